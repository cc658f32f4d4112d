"""Which script a text is in: Arabic letters (all Arabic blocks, presentation forms too) or Latin."""
from __future__ import annotations

import re

__all__ = ["ARABIC", "ARABIC_RANGES", "has_arabic", "detect_lang"]

#: the Arabic blocks (Arabic, Supplement, Extended-A, presentation forms A and B), for a ``[...]`` class
ARABIC_RANGES = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
#: one Arabic character
ARABIC = re.compile(f"[{ARABIC_RANGES}]")
_LATIN = re.compile("[A-Za-z]")


def has_arabic(s: object) -> bool:
    """True when ``s`` is a string with at least one Arabic character."""
    return bool(s) and isinstance(s, str) and ARABIC.search(s) is not None


def detect_lang(text: str | None) -> str | None:
    """``ar`` when Arabic letters are at least as many as Latin ones in ``text`` (its first
    4,000 characters), ``en`` when Latin letters are more, None without letters of either."""
    if not text:
        return None
    sample = text[:4000]
    ar, lat = len(ARABIC.findall(sample)), len(_LATIN.findall(sample))
    if ar == lat == 0:
        return None
    return "ar" if ar >= lat else "en"
