"""Voice and speaker rules of issue 12's ninth pass, on sentences written for the test (fictional people
and outlets; no article text): a later verb of saying takes the speaker of the verb that opens its clause,
«وفقا لما نقلت عنه …» is an aside, «ما زال» in two words after a relative pronoun, بـ + مفاعلة ends a speaker
phrase, and subject–verb–object on a headline line."""
import pytest

from .helpers import voice_at


at = voice_at


def test_a_later_verb_takes_the_speaker_of_the_verb_that_opens_its_clause():
    """«وأشاد الوزير فلان بالقرار وطالب بـ…»: the speaker of «طالب» is the minister, not «فلان بالقرار» (which
    made the praised decision the outlet's words)."""
    text = "وأشاد وزير الموانئ سامر الوادي بالقرار وطالب بالإفراج عن المحتجزين فورا."
    assert at(text, "القرار") == ("reported", "وزير الموانئ سامر الوادي")
    assert at(text, "المحتجزين") == ("reported", "وزير الموانئ سامر الوادي")
    text = "وأدانت جمعية النهر الهجوم على القرية وطالبت بمحاسبة المسؤولين عن قتل المدنيين."
    for word in ("القرية", "المدنيين"):            # (not «بمحاسبة المسؤولين», the demand, as before)
        voice, sp = at(text, word)
        assert voice == "reported" and sp.startswith("جمعية النهر")


def test_a_verb_in_a_relative_clause_of_the_subject_is_not_the_speaker():
    """«وقال المسؤول الذي لم يشأ كشف هويته إن …»: the official speaks, not «يشأ»."""
    text = "وقال المسؤول الذي لم يشأ كشف هويته إن الهجوم على الميناء مرتبط بجماعة الوادي."
    voice, sp = at(text, "الهجوم")
    assert voice == "reported" and sp == "المسؤول"


def test_ba_with_a_mufaala_noun_opens_the_content_not_the_speaker():
    """«وطالبت بمحاسبة المسؤولين …»: «بمحاسبة» is what is demanded; «بمحافظة» (a place) stays in the speaker."""
    text = "وقالت جمعية النهر إن الطريق مغلق. وطالبت بمحاسبة المسؤولين عن خطف الرهائن."
    assert at(text, "الرهائن") == ("reported", "جمعية النهر")
    text = "وأوضح مسؤول بمحافظة الوادي أن الرهائن بخير."
    assert at(text, "الرهائن") == ("reported", "مسؤول بمحافظة الوادي")


@pytest.mark.parametrize("title, word, speaker", [
    ("جمعية النهر تدين الهجوم على قرية الوادي", "الهجوم", "جمعية النهر"),
    ("وزير الموانئ يعزي أسرة الشهيد سامر", "الشهيد", "وزير الموانئ"),
    ("مجلس الضفة يطالب بعدم التهاون مع المستوطنين", "المستوطنين", "مجلس الضفة"),
])
def test_subject_verb_object_on_a_headline(title, word, speaker):
    """«الجمعية تدين الهجوم»: on a headline line the subject comes first; the phrase after the verb is its
    object, reported, not its speaker."""
    assert at(title, word, title=True) == ("reported", speaker)


def test_subject_first_needs_a_plain_noun_phrase_opening_a_line():
    """An adverb before the verb («اليوم يؤكد الرئيس …») keeps the phrase after the verb as its subject, and so
    does a sentence in the middle of a paragraph."""
    assert at("اليوم يؤكد الرئيس سامر أن المحتجزين بخير", "المحتجزين") == ("reported", "الرئيس سامر")
    text = "انتهى الاجتماع. الجمعية تدين الهجوم على القرية"
    assert at(text, "الجمعية")[0] == "own"


def test_went_on_saying_is_not_part_of_the_speaker():
    """«ومضى فلان بالقول: …» (went on to say): the speaker is فلان; «ومضى بالقول» names no one, so the one
    named before speaks (not «ومضى»)."""
    text = "وقال الشيخ سامر الوادي إن الأذى محرم. ومضى بالقول: إن أذية الرهائن محرمة."
    assert at(text, "الرهائن") == ("reported", "الشيخ سامر الوادي")
    text = "وقال الشيخ سامر الوادي إن الأذى محرم. ومضى الوادي بالقول: إن أذية الرهائن محرمة."
    assert at(text, "الرهائن") == ("reported", "الوادي")


def test_to_me_and_to_us_are_whom_not_who():
    """«وقالت لنا أم سالم …»: لنا is whom she told; «قال لي مبتسما: …» names no one after it."""
    assert at("وقالت لنا أم سالم وهي كبيرة في السن إن الرهائن عادوا.", "الرهائن") == ("reported", "ام سالم")
    text = "وقال الوزير سامر إن الطريق مغلق. ثم قال لي مبتسما: إن الرهائن عادوا."
    assert at(text, "الرهائن") == ("reported", "الوزير سامر")


def test_a_ba_word_of_content_right_after_the_verb_is_no_subject():
    """«وطالبت بضرورة …», «وأفاد بوقوع …»: what is said, the speaker is the one named before."""
    text = "وقالت جمعية النهر إن الطريق مغلق. وطالبت بضرورة الإفراج عن الرهائن."
    assert at(text, "الرهائن") == ("reported", "جمعية النهر")
    text = "وقال المتحدث سامر الوادي إن المعارك مستمرة. وأفاد بوقوع عشرين أسيرا بيد المقاومة."
    assert at(text, "أسيرا") == ("reported", "المتحدث سامر الوادي")


def test_a_verb_inside_a_speech_whose_speaker_is_carried_takes_that_speaker():
    """«وقالت فلانة إن … . وأضافت أن الأطباء أكدوا …»: «أكدوا» is inside the speech of «وأضافت», whose speaker is
    carried by its gender: the woman, not a man named in between."""
    text = ("وقالت المحامية سلمى الوادي إن موكلها بخير. وقال المدير سامر النجار إن الزيارة ممنوعة. "
            "وأضافت أن الأطباء أكدوا أن الرهائن بخير.")
    assert "سلمي الوادي" in (at(text, "أكدوا")[1] or "")
