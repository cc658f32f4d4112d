"""Statistics of word choice: shares with article-level bootstrap CIs, outlet comparisons.

    shares(counts, docs, by="outlet")      → term shares per group with CIs
    compare(counts, docs, family, ...)     → Comparison(.shares, .test, .pairwise, .sentence)
    format_p(p)                            → "p < 0.001", "p = 0.04", ...
    holm(p)                                → Holm-adjusted p-values
    keyness_scores(matrix, by=...)         → distinctive words of a term matrix (see keyness.py)

Inputs: ``counts`` (``id, family, term, count``) and ``docs`` (``id, outlet, event_id,
tokens``), see ``docs/dev-contracts.md``; methods in ``docs/methods-stats.md``.
"""
from .compare import Comparison, compare, format_p, holm
from .keyness import keyness_scores, keyness_table
from .shares import shares

__all__ = ["shares", "compare", "Comparison", "format_p", "holm", "keyness_scores", "keyness_table"]
# keyness on a corpus is framing.keyness (framing.analysis); framing.stats.keyness.keyness still works
