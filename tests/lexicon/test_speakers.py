"""Who speaks: the speaker rules of framing.lexicon.voice on sentences written for the test
(fictional people and outlets; no article text)."""
import pytest

from framing.lexicon.voice import split_speaker, voice_spans
from framing.text.normalize import normalize


def speaker_of(text: str, word: str) -> str | None:
    """The speaker the voice rules give a match of ``word`` (its last occurrence) in ``text``."""
    norm = normalize(text, lower=True)
    pos = norm.rfind(normalize(word, lower=True))
    assert pos >= 0, word
    voice, sp, _verb = voice_spans(norm).at(pos)
    return None if sp is None else norm[sp[0]:sp[1]]


@pytest.mark.parametrize("text, word, expected", [
    # an honorific with a pronoun (سموه، معاليه) stands for the speaker named before it
    ("وقال وزير خارجية الجزيرة سمو الشيخ سالم بن راشد آل فهد إن الاتفاق قريب. "
     "وأكد سموه أن الأسرى سيعودون قريبا.", "الأسرى", "فهد"),
    ("وأوضح الأمين العام الدكتور ناصر الحمدان أن الوضع هادئ. وطالب معاليه المجتمع الدولي بحماية الرهائن.",
     "الرهائن", "الحمدان"),
    # «الجار الله» is a name (ال + a three-letter noun), not a verbal noun like «إلغاء»
    ("وأشار الجار الله إلى أن الرهائن بخير.", "الرهائن", "الجار الله"),
])
def test_speaker(text, word, expected):
    sp = speaker_of(text, word)
    assert sp is not None and normalize(expected, lower=True) in sp


def test_split_speaker_keeps_title_and_name_apart():
    assert split_speaker("وزير الخارجية الروسي سيرغي لافروف") == ("سيرغي لافروف", "وزير الخارجية الروسي")
    assert split_speaker("المتحدث باسم الجماعة") == ("المتحدث باسم الجماعة", "")
