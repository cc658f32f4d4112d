"""Word choice: lexicons of competing terms, clitic- and quote-aware matching, KWIC, vectoriser.

>>> from framing.lexicon import load_lexicon, count_terms, kwic   # doctest: +SKIP
>>> count_terms("mycorpus", "captives", by="outlet")               # doctest: +SKIP

Matching rules: ``docs/matching.md``.  Contracts: ``docs/dev-contracts.md``.
"""
from __future__ import annotations

from .._lazy import lazy

from .core import doc_tokens, iter_counts, iter_matches, left_out, match, repeated_lines
from .format import Family, Lexicon, Term, list_lexicons, load_lexicon, parse_lexicon

__all__ = ["Lexicon", "Family", "Term", "load_lexicon", "check_lexicon", "LexiconCheck", "list_lexicons",
           "parse_lexicon", "match", "count_terms", "compare_terms", "doc_tokens", "iter_counts", "iter_matches",
           "left_out", "repeated_lines", "kwic", "KwicFrame", "new_lexicon",
           "LexiconVectorizer"]

_LAZY = {"new_lexicon": ".template", "check_lexicon": ".check", "LexiconCheck": ".check", "kwic": ".concordance", "KwicFrame": ".concordance",
         "LexiconVectorizer": ".vectorizer",
         # moved up to framing.analysis (they combine matching and statistics); this old path keeps working
         "count_terms": "framing.analysis", "compare_terms": "framing.analysis"}


__getattr__ = lazy(__name__, _LAZY, globals())
