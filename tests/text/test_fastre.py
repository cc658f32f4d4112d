"""Faster paths that must give exactly what the plain ones give: the first-character guard of
patterns that open with a lookbehind (framing.text.fastre), normalize's one regex scan for its rare characters
and presentation forms, and _none's shortcut.  Texts written for the test
(fictional outlets and people)."""
from __future__ import annotations

import itertools
import random
import re
import sys
import unicodedata

import pytest

from framing.text.fastre import first_char_guard, first_chars

TEXTS = [
    "",
    "قال المتحدث باسم وزارة الصحة في مرفأ البحر إن الوضع مستقر. وأضاف: «لا جديد».",
    "وبحسب ما أفادت وكالة الأنباء، فإن الاجتماع انتهى! هل انتهى حقا؟ نعم…",
    "د. سمير الفلاني قال إن (د.ب.أ) نقلت الخبر.\nوفقا لمصادر مطلعة، وفي تصريح له، أكد الوزير أن …",
    "على حد تعبير المسؤول، «نحن مستعدون». ووفقا للتقرير، طبقا لما نشرته الصحيفة.",
    "According to the Northline Herald, the mayor said: 'no comment'. As quoted by Ufuq.",
    "في تصريحات صحفية، وخلال مؤتمر صحفي، فحسب.\n\n!! ؟؟ ... …",
    "a.b. U.S. e.g. ف.ب ، ؟ ! . \n",
]


def _spans(rx, text, *args):
    return [(m.span(), m.groups()) for m in rx.finditer(text, *args)]


@pytest.mark.parametrize("pattern", [
    r"(?<![\s(.][\u0621-\u064a])(?<!^[\u0621-\u064a])[.!?؟]+(?=[\s\"'»”“’)\]]|$|[\u0621-\u064a])"
    r"|(?<=[\s(.][\u0621-\u064a])[!?؟]+|\n|…",
    r"(?<![^\s«\"(،,])(?:[وف])?(?:ب?حسب(?:ما)?|وفقا\s+لما|علي\s+حد\s+(?:تعبير|قول))|(?<![\w])(?:according\s+to)(?![\w])",
    r"(?<![\w])[وف]?(?:في|خلال)\s+(?:تصريح|تصريحات|مؤتمر\s+صحفي)",
    r"(?<!\S)(a|b)?c+(d)",
    r"(?<!x)(a)\1",                                             # groups keep their numbers
])
def test_guarded_pattern_finds_the_same_matches(pattern):
    rx = re.compile(pattern)
    fast = first_char_guard(rx)
    assert fast is not rx and fast.pattern.startswith("(?=[")
    rnd = random.Random(0)
    alphabet = "قالوفحسبتصريح .،!؟…\n«»\"(abcd"
    texts = TEXTS + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 80))) for _ in range(300)]
    for text in texts:
        assert _spans(fast, text) == _spans(rx, text)
        for pos in range(0, len(text), 7):                      # search and match from inside the text
            assert _spans(fast, text, pos, len(text) - pos // 3) == _spans(rx, text, pos, len(text) - pos // 3)
            a, b = rx.match(text, pos), fast.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_first_chars_of_alternatives_repeats_and_lookarounds():
    assert first_chars(re.compile(r"(?<!x)[ab]+|c|\n|…")) == "\nabc…"
    assert first_chars(re.compile(r"(?<=y)x?y*z")) == "xyz"        # optional items: their characters and the next
    assert first_chars(re.compile(r"(?:ab|)c")) == "ac"


@pytest.mark.parametrize("pattern", [r"(?<!x)\w+", r"(?<!x).", r"(?<!x)a*", r"(?<!x)[^a]b", r"(?i)(?<!x)ab"])
def test_no_guard_when_any_character_can_start(pattern):
    rx = re.compile(pattern)
    assert first_chars(rx) is None and first_char_guard(rx) is rx


def test_a_pattern_that_starts_with_a_literal_is_left_alone():
    rx = re.compile(r"ab(?<=b)c")
    assert first_char_guard(rx) is rx


def test_the_voice_modules_use_guarded_patterns_with_the_same_matches():
    from framing.lexicon import quotes, speech
    assert quotes._SENT_END_FAST.pattern.endswith(quotes._SENT_END.pattern + ")")
    for text in TEXTS:
        assert _spans(quotes._SENT_END_FAST, text) == _spans(quotes._SENT_END, text)
        for rx in (speech._ATTRIB, speech._NOMINAL):
            plain = re.compile(rx.pattern[rx.pattern.index("(?:") + 3:-1])
            assert _spans(rx, text) == _spans(plain, text)


def test_one_scan_finds_every_replaced_character_and_presentation_form():
    nm = sys.modules["framing.text.normalize"]
    for key in itertools.product((True, False), repeat=3):          # every table normalize builds
        pairs = nm._pairs(*key)
        for c in list(range(0, 0x3000)) + list(range(0xF000, 0x10000)) + [0x1F600]:
            text = "أب" + chr(c) + "ة ـج"
            want = nm._PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)
            for a, b in pairs:                 # the plain rule: every pair replaced, one after the other
                want = want.replace(a, b)
            assert nm.normalize(text, alef_maqsura=key[0], teh_marbuta=key[1], digits=key[2]) == want, hex(c)
    from framing.text import normalize
    assert normalize("ﻻ ﷺ") == normalize("لا") + " " + normalize("صلى الله عليه وسلم")
    assert normalize("قال\ud800 x") == "قال\ud800 x"                  # a lone surrogate does not fail


def test_none_shortcut_keeps_missing_values_missing():
    import numpy as np
    import pandas as pd
    from framing.lexicon.core import _none
    for v in (None, np.nan, pd.NA, pd.NaT, float("nan")):
        assert _none(v) is None
    for v in ("", "x", 0, 2.5, pd.Timestamp("2025-01-02")):
        assert _none(v) is v


def test_split_words_equals_the_split_regex():
    from framing.lexicon import speech
    marks = speech._SPLIT_MARKS
    split = re.compile(r"[\s" + re.escape(marks) + "]+")       # the regex split it replaced
    spaces = "".join(chr(i) for i in range(0x3001) if chr(i).isspace())
    rnd = random.Random(1)
    alphabet = marks + spaces + "قال وأكد x" + "\u200b\u00ad"
    for text in TEXTS + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60))) for _ in range(500)]:
        assert speech._split_words(text) == [w for w in split.split(text) if w]


def test_label_shortcut_without_a_colon():
    from framing.text.boilerplate import _LABEL, _label
    for key in ("سمات: تبوك", "رابط الخبر بصحيفة المرفأ : نص", "tags：a b", "no label here", "", "a" * 70 + ":"):
        m = _LABEL.match(key)
        assert _label(key) == (m.group(1) if m and len(m.group(1).split()) <= 6 else None)
