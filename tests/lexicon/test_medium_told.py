"""Speaker rules (issue 12): a medium right after a verb of saying («لموقع», «لصحيفة», «لوكالة», «لقناة» + its name,
«لـ»…»» after a name) is whom the speaker told, never the speaker (docs/matching.md, *Speakers* → *Pronouns,
participles and the speaker named before*, the medium rule; *Role and name* for the phrase's end). Written in the
fifteenth to seventeenth voice passes.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from .helpers import BEFORE, at


# a player named before (not helpers.BEFORE): the speaker a verb that continues after a medium takes
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


def test_medium_without_a_subject_after_it_keeps_the_speaker_named_before():
    voice, sp = at(BEFORE + "وأضاف لصحيفة الأفق الجديدة إن الرهائن بخير.", "الرهائن")
    assert (voice, sp) == ("reported", "مدير مدرسة النهر")


def test_a_named_subject_before_the_medium_is_kept():
    voice, sp = at(_BEFORE + "وقال المدرب خالد الوادي لقناة الضياء إن الهجوم يحتاج وقتا.", "الهجوم")
    assert (voice, sp) == ("reported", "المدرب خالد الوادي")


def test_subject_after_the_medium_he_spoke_to():
    voice, sp = at(BEFORE + "وأضاف لوكالة الأنباء الجديدة المتحدث باسم الجيش سالم الوادي إن الرهائن بخير.", "الرهائن")
    assert (voice, sp) == ("reported", "المتحدث باسم الجيش سالم الوادي")


def test_unnamed_source_after_the_medium():
    voice, sp = at(BEFORE + "وقال لصحيفة الأفق مصدر مطلع إن الرهائن بخير.", "الرهائن")
    assert (voice, sp) == ("reported", "مصدر مطلع")


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


def test_a_word_with_another_prefix_is_no_medium_told():
    """Only لـ + a medium is whom the speaker told: «بقناة» (on a channel) after a name does not end it."""
    from framing.lexicon.speakers import _extend_to_name
    from framing.text.normalize import normalize
    text = normalize("وقال المتحدث باسم الجيش في المدينة بقناة سالم الوادي، إن", lower=True)
    start = text.index("المتحدث")
    np = _extend_to_name(text, (start, text.index(" في")), text.index(" ان"))
    assert text[np[0]:np[1]].endswith("الوادي")
    told = normalize("وقال المتحدث باسم الجيش في المدينة لقناة سالم الوادي، إن", lower=True)
    np = _extend_to_name(told, (start, told.index(" في")), told.index(" ان"))
    assert told[np[0]:np[1]] == "المتحدث باسم الجيش"


def test_a_medium_in_marks_after_the_name_is_not_the_speaker():
    voice, sp = at("وتضيف الباحثة سلمى قعدان لـ»الفجر»: هناك أنواع من الهجوم على المدارس.", "الهجوم")
    assert voice == "reported" and sp is not None and sp.endswith("قعدان")


def test_the_verb_of_an_attribution_with_a_medium_stays_the_outlets_own():
    voice, _sp = at('"كانت الصور نادرة"، بحسب ما يقول لوكالة نبأ سامر الوادي مدير الدار.', "يقول")
    assert voice == "own"


def test_a_statement_to_a_medium_inside_the_verbs_phrase_names_no_other_speaker():
    """«وقال الوزير فلان في تصريح لوكالة الأفق إن …» (spk37): the medium after «تصريح لـ» is whom the statement went to,
    never whose it is, so the verb's subject stays the speaker."""
    for told in ("لوكالة الأفق", "لصحيفة الأفق", "لـ«الأفق»"):
        text = f"وقال الوزير سامر الوادي في تصريح {told} إن الرهائن بخير."
        assert at(text, "الرهائن") == ("reported", "الوزير سامر الوادي")
