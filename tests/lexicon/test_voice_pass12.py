"""Voice and speaker rules of issue 12's twelfth pass, on sentences written for the test (fictional people and
outlets; no article text): a day between a verb and its subject, «نقلا عن» after an agency, a name in brackets,
a feminine verb before a masculine object, يجيب/أجاب, a headline «X يدين …» with a name in quotes, «وبحسب X، أكد Y
أن», «كما ادعى» inside a speech, ينص/اتفق على أن, «وذلك بعد يوم من», «أهل» after a definite subject."""
from .helpers import BEFORE, at


def test_a_day_between_the_verb_and_its_subject():
    """«قالت أمس الأربعاء وزارة …: إن …»: the day is skipped, the ministry speaks."""
    text = BEFORE + "قالت أمس الأربعاء وزارة الداخلية في الوادي: إن الشرطة فككت خلية بعد هجوم على فندق."
    assert at(text, "هجوم") == ("reported", "وزارة الداخلية في الوادي")
    text = BEFORE + "وقال أمس إن الهجوم انتهى."       # no subject after the day: the one named before
    assert at(text, "الهجوم") == ("reported", "مدير مدرسة النهر")


def test_quoting_after_an_agency_names_the_one_quoted():
    """«وذكرت الوكالة نقلا عن مصادر مطلعة أن …»: the guide's speaker is the one quoted."""
    text = BEFORE + "وذكرت وكالة النهر نقلاً عن مصادر مطلعة أن الهجمات أوقعت عشرة قتلى."
    assert at(text, "الهجمات") == ("reported", "مصادر مطلعة")
    text = BEFORE + "وذكرت وكالة النهر أن الهجمات أوقعت عشرة قتلى."
    assert at(text, "الهجمات") == ("reported", "وكالة النهر")


def test_a_name_in_brackets_as_subject():
    """«وأوضحت (بعثة) في بيان أن …»: a bracketed name right after the verb is its subject."""
    text = BEFORE + "وأوضحت (أونيفال) في بيان صحفي أن الحصيلة تضم عشرين قتيلا."
    assert at(text, "قتيلا") == ("reported", "اونيفال")
    text = BEFORE + "وأوضحت الهيئة (2015) أن الحصيلة تضم عشرين قتيلا."
    assert at(text, "قتيلا")[1] != "2015"


def test_a_masculine_noun_after_a_feminine_verb_is_its_object():
    """«ودعت المجتمع الدولي إلى …»: the subject is the woman or body named before, not the addressee."""
    text = "وأوصت الهيئة العامة للعلماء أهل القرية بالصبر. ودعت المجتمع الدولي إلى أن ينهي الاحتلال."
    assert at(text, "الاحتلال") == ("reported", "الهيئة العامة للعلماء")
    text = "ودعت الصين إلى إنهاء الاحتلال."   # a place in ين is a subject
    assert at(text, "الاحتلال") == ("reported", "الصين")


def test_a_manner_word_after_the_verb_is_no_speaker():
    """«أجاب ساخرا: «…»»: an accusative of manner right after the verb is how he spoke; the speaker is carried."""
    text = "وقال الوزير سامر إن الخطة جاهزة. فأجاب ساخرا: «الأزمة انتهت منذ زمن»."
    assert at(text, "الأزمة") == ("quoted", "الوزير سامر")
    text = BEFORE + "وأضاف موباجا أن الخطة جاهزة، موضحا أن الأزمة انتهت."   # a name in ـا after م is still a name
    assert at(text, "الأزمة") == ("reported", "موباجا")
    text = BEFORE + "وبحسب طلب السوق فإن الأزمة انتهت."     # a noun and its genitive, no source
    assert at(text, "الأزمة") == ("own", None)
