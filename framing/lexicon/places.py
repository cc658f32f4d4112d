"""The places gazetteer (``lexicon/data/places.txt``): :func:`is_place` tells a place name
(«غزة», «شمال سوريا») from a speaker, for headlines and for names after a title.

Layering and naming: see :mod:`framing.lexicon.saying`.
"""
from __future__ import annotations

from functools import lru_cache

from .saying import _strip


_DIRECTIONS = frozenset("شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي ريف مدينة محافظة منطقة ولاية اقليم جزيرة جزر "
                        "عاصمة north south east west central northern southern eastern western".split())


@lru_cache(maxsize=1)
def _places() -> frozenset:
    from importlib.resources import files
    from ..text import normalize
    raw = files("framing").joinpath("lexicon/data/places.txt").read_text(encoding="utf-8")
    out = set()
    for line in raw.splitlines():
        line = line.split("#")[0].strip()
        if line:
            out.add(normalize(line, lower=True))
    return frozenset(out)


def is_place(phrase: str) -> bool:
    """True when a (normalised) phrase names a country, capital, region or major city, with
    an optional direction or unit word (شمال سوريا، محافظة جدة) and و/ب/ل in front."""
    words = [_strip(w) for w in phrase.split()]
    words = [w for w in words if w]
    if not words:
        return False
    places = _places()
    while words and words[0] in _DIRECTIONS:
        words = words[1:]
    p = " ".join(words)
    return bool(p) and (p in places or (p[0] in "وبل" and p[1:] in places))


def _has_place(words: list[str]) -> bool:
    places = _places()
    return any(w in places or " ".join(words[i:i + 2]) in places for i, w in enumerate(words))
