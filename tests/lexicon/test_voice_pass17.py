"""Speaker span rules of issue 12's seventeenth pass, on sentences written for the test (fictional people, bodies and
outlets; no article text): the speaker phrase ends at the end of the name (not an adverb before it, a medium, an
object or a clause after it), trailing attributions give the clause they close its speaker, a speaker named inside
another's speech is not carried, and scripture names no speaker (docs/coding-guide.md §4, §5.5, §5.7, §5.8)."""
from .helpers import at

_BEFORE = "وقال مدير مدرسة النهر إن الطلاب بخير. "


def test_an_adverb_between_the_verb_and_its_subject_is_skipped():
    voice, sp = at(_BEFORE + "وقالت أيضا القوات الجوية الوطنية إنها صدت هجوما للجماعة.", "هجوما")
    assert (voice, sp) == ("reported", "القوات الجوية الوطنية")


def test_an_adverb_before_a_complementiser_leaves_the_speaker_carried():
    voice, sp = at(_BEFORE + "وقال كذلك إن الهجوم فشل.", "الهجوم")
    assert voice == "reported" and sp is not None and "مدير مدرسة النهر" in sp


def test_a_medium_in_marks_after_the_name_is_not_the_speaker():
    voice, sp = at("وتضيف الباحثة سلمى قعدان لـ»الفجر»: هناك أنواع من الهجوم على المدارس.", "الهجوم")
    assert voice == "reported" and sp is not None and sp.endswith("قعدان")


def test_the_object_of_a_verb_of_considering_is_not_the_speaker():
    voice, sp = at("ويعتبر الوادي الاتفاق ليس كافيا لوقف الهجوم.", "الهجوم")
    assert (voice, sp) == ("reported", "الوادي")


def test_a_name_followed_by_a_that_clause_is_kept_after_considering():
    voice, sp = at("واعتبر سامر الوادي أن الهجوم مرفوض.", "الهجوم")
    assert (voice, sp) == ("reported", "سامر الوادي")


def test_a_speaker_named_inside_another_speech_is_not_carried():
    text = ("وأشار المدير سامر الوادي إلى تأكيد الوزارة على أن المدارس بحاجة إلى حماية. "
            "كما ذكر أن الوزارة أوضحت أن الهجوم مرفوض.")
    voice, sp = at(text, "الهجوم")
    assert voice == "reported" and sp is not None and "سامر الوادي" in sp


def test_a_verse_in_double_brackets_without_a_colon_inside_a_sermon_is_the_preachers():
    text = ("وأوضح الشيخ سعد الفلاني في خطبة الجمعة أن الظلم محرم، مضيفا أن من ظلم كان من الهالكين "
            "قال تعالى (( لا يستوي أصحاب النار وأصحاب الجنة )) .")
    voice, sp = at(text, "قال")
    assert voice == "reported" and sp is not None and "سعد الفلاني" in sp
