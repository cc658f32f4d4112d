"""Word choice: lexicons of competing terms, clitic- and quote-aware matching, KWIC, vectoriser.

>>> from framing.lexicon import load_lexicon, count_terms, kwic   # doctest: +SKIP
>>> count_terms("mycorpus", "captives", by="outlet")               # doctest: +SKIP

Matching rules: ``docs/matching.md``.  Contracts: ``docs/dev-contracts.md``.
"""
from __future__ import annotations

import importlib

from .core import compare_terms, count_terms, doc_tokens, iter_counts, iter_matches, left_out, match
from .format import Family, Lexicon, Term, list_lexicons, load_lexicon, parse_lexicon

__all__ = ["Lexicon", "Family", "Term", "load_lexicon", "list_lexicons", "parse_lexicon", "match",
           "count_terms", "compare_terms", "doc_tokens", "iter_counts", "iter_matches", "left_out", "kwic", "KwicFrame",
           "LexiconVectorizer"]

_LAZY = {"kwic": "concordance", "KwicFrame": "concordance", "LexiconVectorizer": "vectorizer"}


def __getattr__(name):
    mod = _LAZY.get(name)
    if mod is None:
        raise AttributeError(f"module 'framing.lexicon' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{mod}", __name__), name)
    globals()[name] = value
    return value
