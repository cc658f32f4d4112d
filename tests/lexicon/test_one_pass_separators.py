"""Separators replaced in one regex pass give the text that one ``str.replace`` per separator gave (reference
versions below, on random texts of separators, letters and spaces)."""
import random

from framing.lexicon.matcher import SEPARATORS, clean_text
from framing.lexicon.speech import _SPLIT_MARKS, _split_words


def _replaced(text, marks):
    for c in marks:
        if c in text:
            text = text.replace(c, " ")
    return text


def test_clean_text_and_field_words_as_when_each_separator_is_replaced_in_turn():
    rng = random.Random(4)
    alphabet = SEPARATORS + _SPLIT_MARKS + "ابت ab\n\t\\]^-"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert clean_text(text) == _replaced(text, SEPARATORS)
        assert len(clean_text(text)) == len(text)
        assert _split_words(text) == _replaced(text, _SPLIT_MARKS).split()
    assert clean_text("قال: «الأسرى»، (بخير).") == "قال   الأسرى    بخير  "
