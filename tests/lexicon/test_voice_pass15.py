"""Speaker rules of issue 12's fifteenth pass, on sentences written for the test (fictional people, clubs and
outlets; no article text): a medium right after a continuing verb is whom the speaker told, not the speaker."""
from .helpers import at


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


def test_only_a_continuing_verb_loses_its_subject_to_the_medium():
    """«بحسب ما يقول لوكالة نبأ سامر …»: the subject may follow the medium; only و/ف + a verb of saying has none
    (on normalised text, as the voice rules read it)."""
    from framing.lexicon.speakers import _continuing_verb
    assert _continuing_verb("واضاف لموقع النادي", 6) and _continuing_verb("وتابع لصحيفة الفجر", 6)
    assert not _continuing_verb("بحسب ما يقول لوكالة نبا", 13) and not _continuing_verb("الذي قال لقناة", 9)
    assert not _continuing_verb("وفقا لصحيفة الفجر", 5)


def test_the_verb_of_an_attribution_with_a_medium_stays_the_outlets_own():
    voice, _sp = at('"كانت الصور نادرة"، بحسب ما يقول لوكالة نبأ سامر الوادي مدير الدار.', "يقول")
    assert voice == "own"
