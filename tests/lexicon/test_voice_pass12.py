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


def test_answers_as_a_verb_of_saying():
    """«يجيب فلان: «…»»: the one who answers speaks; «أجاب على الأسئلة» reports nothing."""
    text = BEFORE + "* كيف بدأت القصة؟\nيجيب سامر: «قبل الغزو كنا نعيش في القرية»."
    assert at(text, "الغزو") == ("quoted", "سامر")
    assert at(BEFORE + "وأجاب الوزير على أسئلة الصحفيين عن الأزمة.", "الأزمة") == ("own", None)


def test_a_headline_condemnation_with_a_name_in_quotes():
    """«الوادي يدين الهجوم على «مسجد النور»»: the name in quotes is part of the object, the whole is reported."""
    assert at("الوادي يدين الهجوم الإرهابي على «مسجد النور» بالمدينة", "الهجوم", title=True) \
        == ("reported", "الوادي")
    # a real quotation after a condemnation is still a quotation
    assert at("وأدان الوزير الهجوم وقال «الضحايا أبرياء كلهم»", "الضحايا")[0] == "quoted"


def test_an_attribution_before_a_verb_of_saying_names_the_outer_speaker():
    """«وبحسب المتحدث، أكد الرئيس أن …»: the outlet cites the spokesman (guide §5.5), verb and speech are his."""
    text = BEFORE + "وبحسب المتحدث الرسمي، أكد الرئيس أن المرحلة المقبلة ستشهد إنهاء الأزمة."
    assert at(text, "الأزمة") == ("reported", "المتحدث الرسمي")
    assert at(text, "أكد") == ("reported", "المتحدث الرسمي")
    text = BEFORE + "وأكد الرئيس أن المرحلة المقبلة ستشهد إنهاء الأزمة."
    assert at(text, "أكد") == ("own", None)
    text = BEFORE + "ومن وجهة نظر متفائلة، يقول الخبير سامر إن الأزمة ستنتهي."   # a view, not a source
    assert at(text, "يقول") == ("own", None)
    text = BEFORE + "وبحسب سامر النجار فإن القائد هو «أهم قيادي يقتل منذ بدأ الهجوم»."
    assert at(text, "الهجوم") == ("quoted", "سامر النجار")


def test_as_he_claimed_inside_a_speech_is_part_of_it():
    """«… ليس الملائكة كما ادعى، وإنما …» inside someone's speech: the aside is that speaker's (guide §5.8)."""
    text = BEFORE + "وقال الشيخ سالم إن ما رآه الزعيم ليس الملائكة كما ادّعى، وإنما طائرات."
    voice, sp = at(text, "ادعى")
    assert voice == "reported" and sp.startswith("الشيخ سالم")
    text = BEFORE + "وقال الشيخ سالم إن الزعيم بخير، كما أكد الوزير أن الأزمة انتهت."
    assert at(text, "أكد")[0] == "own"          # a statement of its own, not an aside


def test_stipulates_and_agrees_that():
    """«وينص القانون على أن …» (a document that says) and «واتفق الوزيران على أن …» (a joint position) report;
    «اتفقت القوات على أن تهاجم …» (a plan), «اتفق الجميع على أن …» (no parties) and «اتفق الطرفان على وقف …»
    do not."""
    assert at(BEFORE + "وينص القانون على أن يعاقب كل أسير عاد إلى القتال.", "أسير") == ("reported", "القانون")
    assert at(BEFORE + "واتفق وزيرا الخارجية على أن الوقت حان لإنهاء الأزمة.", "الأزمة") \
        == ("reported", "وزيرا الخارجية")
    assert at(BEFORE + "واتفقت قوات البلدين على أن تهاجم الجيش في الوادي.", "الجيش") == ("own", None)
    assert at(BEFORE + "واتفق الطرفان على وقف الأزمة.", "الأزمة") == ("own", None)
    assert at("اتفق الجميع على أن البيان الأخير كشف الأزمة.", "الأزمة") == ("own", None)   # no parties named


def test_a_day_after_ends_the_speech_without_a_comma():
    """«وقال فلان إن … وذلك بعد يوم من هجوم …»: when it happened is the outlet's telling."""
    text = BEFORE + "وقال سامر إن العمليات ستستمر وذلك بعد يوم من هجوم شنته الطائرات."
    assert at(text, "هجوم") == ("own", None)
    text = BEFORE + "وقال سامر إن العمليات ستستمر وذلك بعد دراسة الهجوم."
    assert at(text, "الهجوم") == ("reported", "سامر")


def test_a_spaced_mark_after_a_sentence_opened_by_a_verb_of_saying():
    """«وأضاف في تصريح صحفي ” … “.»: a double mark followed by a space opens a quotation after a verb of saying that
    opens its sentence (as after a colon); not after the outlet's narration («شاهدت فيلم ” … “»)."""
    text = BEFORE + "وأضاف في تصريح صحفي في القصر ” تجدد القتال أوقع عددا كبيرا من القتلى ويتطلب اهتماما “."
    assert at(text, "القتلى") == ("quoted", "مدير مدرسة النهر")
    assert at(BEFORE + "وشاهد الجمهور فيلم ” القتلى “ أمس.", "القتلى")[0] == "own"


def test_a_manner_word_after_the_verb_is_no_speaker():
    """«أجاب ساخرا: «…»»: an accusative of manner right after the verb is how he spoke; the speaker is carried."""
    text = "وقال الوزير سامر إن الخطة جاهزة. فأجاب ساخرا: «الأزمة انتهت منذ زمن»."
    assert at(text, "الأزمة") == ("quoted", "الوزير سامر")
    text = BEFORE + "وأضاف موباجا أن الخطة جاهزة، موضحا أن الأزمة انتهت."   # a name in ـا after م is still a name
    assert at(text, "الأزمة") == ("reported", "موباجا")
    text = BEFORE + "وبحسب طلب السوق فإن الأزمة انتهت."     # a noun and its genitive, no source
    assert at(text, "الأزمة") == ("own", None)
