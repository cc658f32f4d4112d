"""Speaker rules (issue 12): subject–verb–object on a headline line («الجمعية تدين الهجوم»: the subject comes first,
the phrase after the verb is its object), only for a plain noun phrase opening a line (docs/matching.md, *Headlines*;
the colon headlines «X: statement» are tested in test_headline_rules.py). Written in the ninth voice pass.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
import pytest

from .helpers import at


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
