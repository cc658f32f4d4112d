"""Shared by the events modules: the tuned constants, reading the corpus columns, and the
date sweep (blocks of articles against the days before them)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..corpus import load, publication_day

#: days: articles at most this many days apart can belong to one event
DEFAULT_WINDOW = 3
#: combined cosine similarity (0…1) needed to link two articles / keep a group.  Chosen on the
#: SaudiNewsNet sample and the bundled demo/held-back sets (docs/events.md).  Re-measure on data
#: you have: ``framing events CORPUS --threshold X --evaluate GOLD.csv`` for X in 0.05 … 0.3
DEFAULT_THRESHOLD = 0.1
#: containment (0…1) of the shorter article's word 5-grams in the other one for a wire copy
DEFAULT_COPY_THRESHOLD = 0.5
#: characters of the body used next to the title for event similarity
LEAD_CHARS = 600
#: weight of the word TF-IDF in the combined similarity (the rest: character n-grams)
WORD_WEIGHT = 0.5
#: words and n-grams in more than this share of the articles are dropped (they tell no event
#: apart, and they would make the similarity products dense and slow)
MAX_DF = 0.1  # (never fewer than 50 articles)
#: in corpora of more than LARGE articles each article keeps only its TOP_K largest
#: feature weights: similarity products get ~3x faster, recall drops a little
#: (SaudiNewsNet sample: B-cubed F1 0.907 → 0.870 with it).  Re-measure on data you have: run
#: ``framing events CORPUS --evaluate GOLD.csv`` with hand labels of a sample, once as is and
#: once with ``framing.events._common.LARGE`` raised above the corpus size (no cut), and compare F1
TOP_K = 300
LARGE = 20_000
#: undated articles are compared with all others while undated × all ≤ this many pairs
UNDATED_BUDGET = 25_000_000
#: pairs less similar than FLOOR · threshold are taken as 0 inside the average linkage (they
#: are not kept: the sweep keeps only the pairs that can matter)
FLOOR = 0.3
#: groups of linked articles larger than this are split by raising the threshold before clustering
MAX_GROUP = 1500
#: a similarity fades with the days between two articles: same or next day in full, at the window's
#: edge ``1 − FADE`` of it (linearly in between): a story told again days later is more often a new
#: turn of a long story than the same event.  Chosen on the SaudiNewsNet sample (0.3…0.6 give the
#: same result there; the demo and held-back sets are unchanged by it).  Re-measure: set FADE to
#: 0, 0.2 … 0.8 and run ``framing events CORPUS --evaluate GOLD.csv`` (or
#: ``python corpora/heldout/compare.py`` on the bundled held-back set), keeping the best F1
FADE = 0.4
#: each article keeps at most this many of its most similar earlier articles in the window (its
#: pairs ≥ FLOOR · threshold): the pairs kept for clustering grow with the articles, not with the
#: articles × the articles a day holds.  The SaudiNewsNet sample and the demo never reach it (at most
#: 161 partners either way on the sample); a generated corpus with 550 articles a day did (≈300)
MAX_PARTNERS = 100
#: word n-gram length of the shingles used for wire copies
SHINGLE = 5
#: minimum word 5-grams two articles must share to count as sharing text
MIN_SHARED = 8
#: shingles found in more articles than this (in one step of the date sweep: a block and the
#: window before it) are boilerplate, not copies
MAX_SHINGLE_DF = 200
#: articles per block of the date sweep (see _sweep) and of the other block-by-block passes
_CHUNK = 1000
#: hash buckets of the event features (stems, character n-grams, name skeletons)
_NW, _NC, _NX = 1 << 20, 1 << 21, 1 << 18
#: distance of two articles that may not share an event (≫ MAX_GROUP², see _average_linkage)
_APART = 1e9
#: entries (block rows × window rows) of one similarity product at most: the window is multiplied
#: slice by slice, so a step's memory stays bounded however many articles a day holds
_PRODUCT = 4_000_000



# -- text features -----------------------------------------------------------------
def _frame(corpus) -> pd.DataFrame:
    """The articles of a Corpus, DataFrame or path, indexed 0…n-1 (positions = labels)."""
    return load(corpus).df


def _days(df: pd.DataFrame) -> np.ndarray:
    """Days since 1970 (int64) of ``published``; -1 where unknown."""
    days = (publication_day(df["published"]) - pd.Timestamp("1970-01-01")).dt.days
    return days.fillna(-1).astype("int64").to_numpy()


def _strings(df: pd.DataFrame, column: str, rows=None) -> list[str]:
    """Values of ``column`` ("" for missing) as Python strings, for ``rows`` (positions) only.

    The corpus keeps its texts compactly (Arrow, in chunks: one per Parquet row group or
    concatenated frame); turning all of them into Python strings at once would hold a second
    copy of the corpus, and Arrow's ``take`` on a chunked column first joins all its chunks
    (a copy of the whole column per call), so rows are taken chunk by chunk here.
    """
    s = df[column]
    if rows is None:
        return s.fillna("").astype(str).tolist()
    rows = np.asarray(rows, dtype=np.int64)
    arr = getattr(s.array, "_pa_array", None)
    if arr is None or getattr(arr, "num_chunks", 1) <= 1:
        return s.iloc[rows].fillna("").astype(str).tolist()
    import pyarrow as pa
    bounds = np.cumsum([0] + [len(c) for c in arr.chunks])
    which = np.searchsorted(bounds, rows, side="right") - 1
    out = np.empty(len(rows), dtype=object)
    for c in np.unique(which):
        sel = np.flatnonzero(which == c)
        out[sel] = arr.chunk(int(c)).take(pa.array(rows[sel] - bounds[c])).to_pylist()
    return ["" if v is None else str(v) for v in out]



# -- the date sweep ---------------------------------------------------------------------
def _undated_compared(days: np.ndarray) -> bool:
    """Whether the undated rows (day -1) are compared with every row (``undated × all ≤ UNDATED_BUDGET``)."""
    k = int((days < 0).sum())
    return bool(k) and k * len(days) <= UNDATED_BUDGET


def _swept(days: np.ndarray) -> int:
    """How many rows the blocks of :func:`_sweep` hold (each row is in one block at most):
    the dated rows, and the undated ones when they are compared."""
    return len(days) if _undated_compared(days) else int((days >= 0).sum())


def _sweep(days: np.ndarray, window: int, chunk: int | None = None):
    """Steps ``(block, context)`` (arrays of row positions) that visit every pair of articles
    at most ``window`` days apart exactly once: in the step where the later one is in ``block``.

    Dated rows are sorted by date and cut into blocks of ``chunk`` rows, stretched to cover
    ``window + 1`` days (so the context is not much larger than the block) but never beyond
    ``8 · chunk`` rows; ``context`` holds the earlier rows within ``window`` days of the
    block's first day.  Undated rows (day -1) are compared with every row while
    ``undated × all ≤ UNDATED_BUDGET``: a first step of their own, then part of every
    context; otherwise they meet no other row.  Memory is therefore bounded by the rows of
    a window (block + context), not by the corpus.
    """
    chunk = chunk or _CHUNK
    dated = np.flatnonzero(days >= 0)
    order = dated[np.argsort(days[dated], kind="stable")]
    d = days[order]
    undated = np.flatnonzero(days < 0)
    every = _undated_compared(days)
    if every:
        yield undated, np.zeros(0, int)
    a = 0
    while a < len(order):
        b = int(np.searchsorted(d, d[a] + window, side="right"))
        b = min(max(b, a + chunk), a + 8 * chunk, len(order))
        lo = int(np.searchsorted(d, d[a] - window, side="left"))
        ctx = np.concatenate([undated, order[lo:a]]) if every else order[lo:a]
        yield order[a:b], ctx
        a = b


def _slices(m: int, b: int):
    """``(start, stop, first)`` slices of the rows of a step (``m`` context rows, then ``b`` block
    rows) so that a product of (at most) the block with one slice has ≤ ``_PRODUCT`` entries;
    ``first``: the first block row that can pair with the slice (rows before it only meet later
    rows).  Context and block rows are never in one slice."""
    step = max(1, _PRODUCT // max(b, 1))
    out = [(s, min(s + step, m), 0) for s in range(0, m, step)]
    return out + [(m + s, m + min(s + step, b), s) for s in range(0, b, step)]


def _sliced_pairs(L, right, m: int, days: np.ndarray, rows: np.ndarray, window: int):
    """The pairs of one sweep step, slice by slice (:func:`_slices`): for each slice, :func:`_step_pairs`
    of the block ``L`` (block rows × features) times ``right(start, stop)`` (those rows × features)."""
    for s, e, first in _slices(m, L.shape[0]):
        yield _step_pairs((L[first:] @ right(s, e).T).tocoo(), m + first, days, rows, window, col=s)


def _step_pairs(S, m: int, days: np.ndarray, rows: np.ndarray, window: int, col: int = 0):
    """Pairs of one sweep step from ``S`` (COO: the rows of ``rows`` from position ``m`` on ×
    those from position ``col`` on): ``(r, c, value)`` as positions into ``rows`` with ``c``
    earlier than ``r`` and at most ``window`` days apart (undated rows: any)."""
    r, c = S.row + m, S.col + col
    dr, dc = days[rows[r]], days[rows[c]]
    keep = (c < r) & ((np.abs(dr - dc) <= window) | (dr < 0) | (dc < 0))
    return r[keep], c[keep], S.data[keep]

