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
            name = normalize(line, lower=True)
            out.add(name)
            out.add(" ".join(w[:-1] + "ه" if w.endswith("ة") else w for w in name.split()))   # «مكه», «بريده»
    return frozenset(out)


#: a compass point or a coast with the article: with a nisba adjective it names a region («الجنوب اللبناني»)
_REGION_HEADS = frozenset("الشمال الجنوب الشرق الغرب الوسط الساحل الريف الداخل".split())


@lru_cache(maxsize=1 << 16)
def is_place(phrase: str) -> bool:
    """True when a (normalised) phrase names a country, capital, region or major city, with
    an optional direction or unit word (شمال سوريا، محافظة جدة) and و/ب/ل in front; a compass
    point with the article and a nisba adjective is a region too (الجنوب اللبناني).  Each name of
    ``lexicon/data/places.txt`` is also known with a final ه for ة (مكه، بريده)."""
    words = [_strip(w) for w in phrase.split()]
    words = [w for w in words if w]
    if not words:
        return False
    places = _places()
    while words and words[0] in _DIRECTIONS:
        words = words[1:]
    p = " ".join(words)
    if len(words) == 2 and words[0] in _REGION_HEADS and words[1].startswith("ال") and words[1].endswith(("ي", "ية")):
        return True                  # «الجنوب اللبناني», «الساحل الغربي», «الشمال السوري»
    return bool(p) and (p in places or (p[0] in "وبل" and p[1:] in places))


def _has_place(words: list[str]) -> bool:
    places = _places()
    return any(w in places or " ".join(words[i:i + 2]) in places for i, w in enumerate(words))
