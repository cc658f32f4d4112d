"""Two limits of reported speech (issue 12, topical voice pass voice34; docs/matching.md, *Where reported speech
starts* and *Noun phrase*): a participle of saying that is an adjective of the indefinite noun before it says
nothing, and a noun-phrase complement ends at the same subject's next act. Sentences are written for these tests
(fictional people, bodies and places; no article text)."""
from .helpers import at


def test_a_participle_after_an_indefinite_noun_is_an_adjective():
    """«تراجعا لافتا» (a striking fall), «زيادة لافتة»: no one speaks, so the attack after it is the outlet's."""
    assert at("وسجلت مطارات الوادي تراجعا لافتا في حركة المسافرين بعد هجوم النهر.", "هجوم") == ("own", None)
    assert at("وسجل المتحف حضورا لافتا خلال العيد بعد هجوم النهر.", "هجوم") == ("own", None)
    assert at("وشهدت السوق تراجعا متوقعا، بعد هجوم النهر.", "هجوم") == ("own", None)


def test_a_participle_that_goes_on_with_its_speech_still_reports():
    """An adverb before it («مطولا»), a comma before it, a complement or an object after it, a pronoun before it:
    the participle of saying («مشيرا إلى أن …», «سائلا الله أن …»)."""
    assert at("وتحدث الوزير مطولا مشيرا إلى أن هجوم النهر فشل.", "هجوم")[0] == "reported"
    assert at("وقال الوزير إن الوضع مستقر، لافتا إلى أن هجوم النهر فشل.", "هجوم")[0] == "reported"
    assert at("وأكد المدير أن الانفجار كان كبيرا سائلا الله أن يتقبل الشهداء.", "الشهداء")[0] == "reported"
    assert at("وحذر المدير من الألعاب التي تشكل خطرا على مستخدميها محذرا في الوقت ذاته من هجوم النهر.",
              "هجوم")[0] == "reported"


def test_a_noun_complement_ends_at_the_same_subjects_next_act():
    """«أعربت المصادر عن خشيتها من … وأمرت قواتها بـ…»: the order is an act the outlet narrates, not the content
    of the fear; so a plural verb's next act («وزاروا»)."""
    text = ("وأعربت مصادر عسكرية عن خشيتها من ردود فعل غاضبة وأمرت قواتها بالبقاء في حالة تأهب، لا سيما في ظل "
            "دعوات الفصائل للرد.")
    assert at(text, "الفصائل") == ("own", None)
    assert at(text.replace("دعوات الفصائل", "دعوات الفصائل وخطر الأسرى"), "خشيتها من ردود")[0] == "reported"
    assert at("وأعرب الأهالي عن قلقهم من التصعيد وزاروا الأسرى في السجن.", "الأسرى")[0] == "reported"
    assert at("وأعربوا عن قلقهم من التصعيد وزاروا الأسرى في السجن.", "الأسرى") == ("own", None)


def test_the_complement_goes_on_past_a_verb_of_its_content():
    """Not a present verb (its content: «اعترافات تدين المالكي وتثبت …»), not a noun in ت («وتوقيت»), not a masculine
    verb (a verbal noun looks the same: «ودعم»), not when the speech has أن/إن (a relative clause before it:
    «في بيان أصدرته وتلقت الصحيفة نسخة منه أن …»)."""
    assert at("وكشفت المصادر عن اعترافات تدين الوزير وتثبت مسؤوليته عن مقتل الأسرى.", "الأسرى")[0] == "reported"
    assert at("وشددت المصادر على صعوبة المشاركة وتوقيت عودة الأسرى.", "الأسرى")[0] == "reported"
    assert at("وأفادت هيئة شؤون الأسرى في بيان أصدرته وتلقت الصحيفة نسخة منه أن الأسرى بدأوا إضرابا.",
              "الأسرى")[0] == "reported"
