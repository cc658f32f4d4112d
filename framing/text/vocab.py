"""Word lists shared by every stage that counts words: the shipped stop words and a corpus's
counts of normalised words (what :func:`framing.text.split` needs to strip a lone و or a pronoun).

Here, in the text layer, so that ``framing.features`` (scikit-learn) and ``framing.discover``
(no scikit-learn) read one copy.
"""
from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from importlib import resources

from .normalize import normalize
from .tokenize import WORD_RE

__all__ = ["STOP_FILES", "stopwords", "word_counts"]

#: the shipped stop-word files (``framing/data``) of each language key
STOP_FILES = {"ar": ("stopwords_ar.txt",), "en": ("stopwords_en.txt",),
              "all": ("stopwords_ar.txt", "stopwords_en.txt")}


@functools.cache
def _stop_file(name: str) -> frozenset[str]:
    text = resources.files("framing").joinpath("data").joinpath(name).read_text("utf-8")
    return frozenset(normalize(w.strip(), lower=True) for w in text.splitlines()
                     if w.strip() and not w.lstrip().startswith("#"))


def stopwords(lang: str | Iterable[str] | None = "all") -> frozenset[str]:
    """The shipped stop words, normalised: ``"ar"``, ``"en"``, ``"all"`` (both), ``None`` (none),
    or your own iterable of words (normalised here).  An unknown key raises ``ValueError``."""
    if lang is None:
        return frozenset()
    if isinstance(lang, str):
        if lang not in STOP_FILES:
            raise ValueError(f"stop words: expected 'ar', 'en', 'all', None or a list of words, got {lang!r}")
        return frozenset().union(*(_stop_file(f) for f in STOP_FILES[lang]))
    return frozenset(normalize(w, lower=True) for w in lang)


def word_counts(texts: Iterable[str]) -> dict[str, int]:
    """Counts of normalised words (``normalize(lower=True)``) over ``texts`` (non-strings skipped):
    normalised word → number of occurrences."""
    surfaces: Counter = Counter()
    for t in texts:
        if isinstance(t, str):
            surfaces.update(WORD_RE.findall(t))
    out: dict[str, int] = {}
    keys = normalize("\n".join(surfaces), lower=True).split("\n") if surfaces else []
    for k, c in zip(keys, surfaces.values()):
        out[k] = out.get(k, 0) + c
    return out
