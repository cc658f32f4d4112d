"""Speaker rules of issue 12's fifteenth pass, on sentences written for the test (fictional people, clubs and
outlets; no article text): a medium right after a continuing verb is whom the speaker told, not the speaker."""
from .helpers import voice_at


def at(text: str, word: str) -> tuple[str, str | None]:
    return voice_at(text, word, strip='"«»()')


_BEFORE = 'وقال سامر الحلبي لاعب نادي الواحة "كانت المفاوضات طويلة هذا الصيف." '


def test_quotation_after_a_site_takes_the_speaker_named_before():
    voice, sp = at(_BEFORE + 'وأضاف لموقع النادي على الانترنت "قال المدرب إن الهجوم يحتاج وقتا."', "الهجوم")
    assert voice == "quoted" and sp is not None and "سامر الحلبي" in sp and "النادي" not in sp.split()[-1:]


def test_colon_quotation_after_a_newspaper_and_its_name():
    voice, sp = at(_BEFORE + 'وأضاف لصحيفة الفجر الجديد: "الهجوم يحتاج وقتا طويلا."', "الهجوم")
    assert voice == "quoted" and sp is not None and "سامر الحلبي" in sp and "الفجر" not in sp


def test_that_clause_after_an_agency_takes_the_speaker_named_before():
    voice, sp = at(_BEFORE + "وأوضح لوكالة نبأ أن الهجوم يحتاج وقتا.", "الهجوم")
    assert voice == "reported" and sp is not None and "سامر الحلبي" in sp and "نبا" not in sp


def test_a_named_subject_before_the_medium_is_kept():
    voice, sp = at(_BEFORE + "وقال المدرب خالد الوادي لقناة الضياء إن الهجوم يحتاج وقتا.", "الهجوم")
    assert (voice, sp) == ("reported", "المدرب خالد الوادي")


def test_a_quoted_outlet_after_the_verb_still_reads_the_subject_after_it():
    """«أكد لـ"الضياء" الشيخ فلان»: the outlet in marks, then who (unchanged)."""
    voice, sp = at('وأكد لـ"الضياء" الشيخ فارس آل سالم أن الهجوم انتهى.', "الهجوم")
    assert voice == "reported" and sp is not None and sp.endswith("فارس ال سالم")
