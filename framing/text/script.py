"""Which script a text is in: Arabic letters (all Arabic blocks, presentation forms too) or Latin."""
from __future__ import annotations

import re

__all__ = ["ARABIC", "ARABIC_RANGES", "LATIN", "has_arabic", "detect_lang", "romanize"]

#: the Arabic blocks (Arabic, Supplement, Extended-A, presentation forms A and B), for a ``[...]`` class
ARABIC_RANGES = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
#: one Arabic character
ARABIC = re.compile(f"[{ARABIC_RANGES}]")
#: one Latin (ASCII) letter
LATIN = re.compile("[A-Za-z]")


def has_arabic(s: object) -> bool:
    """True when ``s`` is a string with at least one Arabic character."""
    return bool(s) and isinstance(s, str) and ARABIC.search(s) is not None


def detect_lang(text: str | None) -> str | None:
    """``ar`` when Arabic letters are at least as many as Latin ones in ``text`` (its first
    4,000 characters), ``en`` when Latin letters are more, None without letters of either."""
    if not text:
        return None
    sample = text[:4000]
    ar, lat = len(ARABIC.findall(sample)), len(LATIN.findall(sample))
    if ar == lat == 0:
        return None
    return "ar" if ar >= lat else "en"


#: Arabic letter → ASCII, in the chat alphabet Arabic readers type (ع 3, ح 7, ء 2): readable ids
_ROMAN = dict(zip("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي",
                  "2 a a 2 e 2 a b a t th j 7 kh d th r z s sh s d t z 3 gh f q k l m n h w a y".split()))


def romanize(text: str) -> str:
    """An ASCII id for ``text`` (letters, digits, ``_``): Arabic letters in the chat alphabet
    («الحوثيين» → ``al7wthyyn``), Latin letters and digits kept, anything else between words
    ``_``; vowel marks and tatweel dropped.  Not reversible: ids, not a transcription."""
    out = []
    for ch in text:
        if ch in _ROMAN:
            out.append(_ROMAN[ch])
        elif ch.isascii() and ch.isalnum():
            out.append(ch.lower())
        elif ch.isspace() or ch in "-_/":
            out.append("_")
    return re.sub("_+", "_", "".join(out)).strip("_")
