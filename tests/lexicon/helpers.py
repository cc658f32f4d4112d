"""Helpers shared by the rule and voice tests of this folder (texts are written by each test)."""
import textwrap

import pandas as pd

from framing.lexicon import load_lexicon, match
from framing.lexicon.format import parse_lexicon
from framing.lexicon.voice import voice_spans
from framing.text.normalize import normalize


def shipped(lexicon, term=None):
    """``m(text, title="")``: the surfaces the shipped ``lexicon`` matches in one article of the fictional outlet
    «الأفق» (``term``'s only, when given)."""
    lex = load_lexicon(lexicon)

    def m(text, title=""):
        return [r.match for r in match(article(text, title), lex, voice="all").itertuples()
                if term is None or r.term == term]
    return m


def article(text: str, title: str = "") -> pd.DataFrame:
    """One article ``d0`` of the fictional outlet «الأفق»."""
    return pd.DataFrame({"id": ["d0"], "outlet": ["الأفق"], "title": [title], "text": [text]})


def one_term(fields: str):
    """A lexicon of one Arabic term ``x`` whose other fields (forms, class, rules) are the YAML lines ``fields``."""
    return parse_lexicon("name: t\nversion: 1\nfamilies:\n  - id: f\n    terms:\n      - id: x\n        language: ar\n"
                         + textwrap.indent(fields, " " * 8))


#: a speaker named in the sentence before, for the voice tests
BEFORE = "وقال مدير مدرسة النهر إن الطلاب بخير. "


def at(text: str, word: str, title: bool = False) -> tuple[str, str | None]:
    """:func:`voice_at` with quotation marks and brackets taken off the speaker's ends."""
    return voice_at(text, word, title, strip='"«»()')


def voice_at(text: str, word: str, title: bool = False, strip: str = "") -> tuple[str, str | None]:
    """``(voice, speaker text or None)`` of the last occurrence of ``word`` in ``text`` (normalised), the speaker
    with the characters of ``strip`` taken off its ends."""
    norm = normalize(text, lower=True)
    pos = norm.rfind(normalize(word, lower=True))
    assert pos >= 0, word
    voice, sp, _verb = voice_spans(norm, title=title).at(pos)
    return voice, None if sp is None else norm[sp[0]:sp[1]].strip(strip)
