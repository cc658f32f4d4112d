"""Same-event alignment across outlets, and wire copies.

Two questions about a corpus of several outlets:

* **Which articles report the same event?**  :func:`assign_events` gives every
  article an ``event_id``: articles (of one or several outlets) that tell the
  same story within a few days of each other share an id; a story only one
  article tells gets an id of its own.  :func:`events_table` describes each
  event (label, top terms, dates, outlets).
* **Which articles reprint the same (agency) text?**  :func:`find_copies` marks
  reprints: ``copy_of`` is the id of the earliest article of the group,
  ``copy_score`` how much of the shorter text is found in the other.
  :func:`copy_share` gives, per outlet, how much of its text is shared.

How events are found (plain language in ``docs/events.md``):

1. Each article is represented by its title (counted twice) and lead (the first
   ``LEAD_CHARS`` characters of the text), normalised with
   ``framing.text.normalize(lower=True)``, in two ways: TF-IDF over words with
   the article and its clitic chains removed (``framing.text.split``: والمحتجزين →
   محتجزين), and TF-IDF over character 3–5-grams inside words (``char_wb``;
   catches other clitics and inflections: يحتجز / المحتجزين share ``حتج``).  Both are
   sublinear, L2-normalised and combined so that
   ``similarity = WORD_WEIGHT · cos_words + (1 − WORD_WEIGHT) · cos_chars`` (0 … 1).
   Terms are hashed to fixed columns and their document frequencies summed over the
   whole corpus first (:class:`_EventFeatures`).
2. Similarities are computed only between articles whose publication dates are
   at most ``window`` days apart, and fade with the days between them (same or next
   day in full, ``1 − FADE`` at the window's edge).  The corpus is swept in date
   order, one block of articles at a time against the days before it
   (:func:`_sweep`): memory holds the features of one window, never the corpus's,
   and never an n × n matrix; the results do not depend on the block size.
3. Pairs with similarity ≥ ``threshold`` are linked; each group of linked
   articles is then split by average-linkage clustering (a group is kept only
   when the *average* similarity of its members is ≥ ``threshold``; pairs below
   ``FLOOR · threshold`` count as 0), so a chain A~B~C~D of loosely related stories
   does not merge into one event.  No event holds two articles more than ``window``
   days apart.

Articles without a publication date are compared with every article when the
corpus is small (``undated × all ≤ UNDATED_BUDGET`` pairs, i.e. up to ~5,000
articles); in a larger corpus each undated article is an event of its own.

Event ids are deterministic: ``ev-YYYYMMDD-<6 hex digits>`` (first date of the
event, hash of its sorted member ids); ``ev-nodate-<hash>`` when no member has a
date.  User labels (``labels=``) are kept as given.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ._parallel import ahead
from .corpus import Corpus, load, publication_day
from .errors import InputError, SchemaError, UsageError

__all__ = ["assign_events", "events_table", "find_copies", "copy_share", "evaluate", "read_gold", "save_events",
           "DEFAULT_WINDOW", "DEFAULT_THRESHOLD", "DEFAULT_COPY_THRESHOLD"]

#: days: articles at most this many days apart can belong to one event
DEFAULT_WINDOW = 3
#: combined cosine similarity (0…1) needed to link two articles / keep a group
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
#: (SaudiNewsNet sample: B-cubed F1 0.907 → 0.870 with it)
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
#: same result there; the demo and held-back sets are unchanged by it)
FADE = 0.4
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


def _event_texts(df: pd.DataFrame) -> list[str]:
    from .text import normalize
    titles, texts = _strings(df, "title"), _strings(df, "text")
    return [normalize(f"{t}\n{t}\n{x[:LEAD_CHARS]}", lower=True) for t, x in zip(titles, texts)]


def _hash(terms, n_features: int) -> np.ndarray:
    """Hash bucket (0 … n_features-1) of each string (MurmurHash3, stable across runs)."""
    from sklearn.utils import murmurhash3_32
    return np.fromiter((murmurhash3_32(t, seed=0, positive=True) % n_features for t in terms),
                       dtype=np.int64, count=len(terms))


class _EventFeatures:
    """The event features of a corpus, built block by block.

    Each article is tokenised once (title twice + lead, normalised, ``_event_texts``) into
    ``tokens``: counts over the run's vocabulary (articles × words; ≈ 0.6 KB an article).
    What a distinct word contributes is worked out once per word: its stem (article chain
    removed: والمحتجزين → محتجزين; function words dropped, ``framing.features.stopwords``),
    hashed to one of ``_NW`` columns (``stem``), and its character 3–5-grams (``char_wb``)
    hashed to ``_NC`` columns (``grams``).  Document frequencies per script group are summed
    block by block, so the IDF is that of the whole corpus and :meth:`features` of any set
    of rows is the same however the corpus is cut into blocks.
    """

    def __init__(self, df: pd.DataFrame, cross: bool = True):
        import itertools
        from sklearn.feature_extraction.text import HashingVectorizer
        from .features import stopwords
        from .text import split, words
        n = len(df)
        self.arabic, self.latin = _scripts(df)
        self.group = (~self.arabic).astype(int)
        self.n = np.bincount(self.group, minlength=2)
        index: dict[str, int] = {}
        data, cols, ptr = [], [], [np.zeros(1, np.int64)]

        def tokenise(a):
            toks = [words(t) for t in _event_texts(df.iloc[a:a + _CHUNK])]
            lens = np.fromiter(map(len, toks), dtype=np.int64, count=len(toks))
            return lens, *pd.factorize(np.fromiter(itertools.chain.from_iterable(toks), dtype=object,
                                                   count=int(lens.sum())))

        for lens, codes, uniq in ahead(tokenise, range(0, n, _CHUNK)):      # a second process helps
            for w in uniq:
                index.setdefault(w, len(index))
            ids = np.fromiter((index[w] for w in uniq), np.int64, count=len(uniq))
            T = sp.csr_matrix((np.ones(len(codes), np.float32), (np.repeat(np.arange(len(lens)), lens), ids[codes])),
                              shape=(len(lens), len(index)))
            data.append(T.data); cols.append(T.indices); ptr.append(T.indptr[1:] + ptr[-1][-1])
        self.tokens = sp.csr_matrix((np.concatenate(data) if data else np.zeros(0, np.float32),
                                     np.concatenate(cols) if cols else np.zeros(0, np.int32),
                                     np.concatenate(ptr)), shape=(n, len(index)))
        stop = stopwords("all")
        content = [w if w not in stop else "" for w in index]
        stems = [split(w)[1] if w else "" for w in content]
        col = _hash(stems, _NW)
        ok = np.flatnonzero([bool(w) for w in content])
        self.stems = dict(zip(col[ok].tolist(), [stems[k] for k in ok]))     # column → a stem
        self.stem = sp.csr_matrix((np.ones(len(ok), np.float32), (ok, col[ok])), shape=(len(index), _NW))
        self.grams = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=False, n_features=_NC,
                                       alternate_sign=False, norm=None, dtype=np.float32).transform(content) \
            if content else sp.csr_matrix((0, _NC), dtype=np.float32)
        self.names = None
        if cross and self.arabic.any() and self.latin.any():
            parts = []
            for a in range(0, n, _CHUNK):
                rows = np.arange(a, min(a + _CHUNK, n))
                terms = [_cross_terms(t, x, ar) if (ar or la) else []
                         for t, x, ar, la in zip(_strings(df, "title", rows), _strings(df, "text", rows),
                                                 self.arabic[rows], self.latin[rows])]
                r = np.repeat(np.arange(len(rows)), [len(t) for t in terms])
                parts.append(sp.csr_matrix((np.ones(len(r), np.float32),
                                            (r, _hash([t for ts in terms for t in ts], _NX))),
                                           shape=(len(rows), _NX)))
            self.names = sp.vstack(parts, format="csr")
        top = max(MAX_DF * n, 50)
        self.idf_words = _idf(self.n, self._doc_freq(self.stem, _NW), top)
        self.idf_chars = None                                  # counted when first needed
        if self.names is not None:
            self.idf_names = _idf(np.array([n]), np.bincount(self.names.indices, minlength=_NX)[None, :], np.inf)

    def _doc_freq(self, to_cols, width: int) -> np.ndarray:
        """Document frequency (2 script groups × ``width``) of ``tokens @ to_cols``, by blocks."""
        out = np.zeros((2, width), np.int64)
        for a in range(0, self.tokens.shape[0], _CHUNK):
            M = (self.tokens[a:a + _CHUNK] @ to_cols).tocsr()
            g = self.group[a:a + _CHUNK]
            for k in (0, 1):
                out[k] += np.bincount(M[np.flatnonzero(g == k)].indices, minlength=width)
        return out

    def words(self, rows):
        """Word (stem) TF-IDF of ``rows`` (articles × ``_NW``, L2-normalised rows)."""
        return _tfidf(self.tokens[rows] @ self.stem, self.group[rows], self.idf_words)

    def features(self, rows, top_k: int = 0):
        """``(L, R)`` of ``rows``: combined L2-normalised features whose products ``L @ R.T`` are
        the similarities (``WORD_WEIGHT`` · word cosine + the rest · character n-gram cosine).
        ``L`` is ``R`` unless the corpus mixes Arabic and Latin-script articles: then Arabic
        rows carry their name skeletons in block A of L and block B of R, Latin rows the other
        way round, so the name/number cosine (``CROSS_WEIGHT``) is added only across scripts."""
        from sklearn.preprocessing import normalize as l2
        if self.idf_chars is None:
            self.idf_chars = _idf(self.n, self._doc_freq(self.grams, _NC), max(MAX_DF * len(self.group), 50))
        group = self.group[rows]
        C = _tfidf(self.tokens[rows] @ self.grams, group, self.idf_chars)
        X = sp.hstack([np.sqrt(WORD_WEIGHT) * self.words(rows), np.sqrt(1 - WORD_WEIGHT) * C], format="csr")
        X = l2(_top_k(X, top_k)).astype(np.float32)
        if self.names is None:
            return X, X
        N = _tfidf(self.names[rows], np.zeros(len(group), int), self.idf_names) * np.float32(np.sqrt(CROSS_WEIGHT))
        A = sp.diags(self.arabic[rows].astype(np.float32)) @ N
        B = sp.diags(self.latin[rows].astype(np.float32)) @ N
        return sp.hstack([X, A, B], format="csr"), sp.hstack([X, B, A], format="csr")


def _idf(n: np.ndarray, df: np.ndarray, max_df: float) -> np.ndarray:
    """IDF per script group and column (``ln((1 + n) / (1 + df)) + 1``, scikit-learn's smoothed
    IDF), learnt within each group: in a mostly Arabic corpus the few English articles would
    otherwise find every English word rare.  0 for columns found in more than ``max_df``
    articles in all (they tell no event apart)."""
    idf = np.log((1.0 + n[:, None]) / (1.0 + df)) + 1.0
    return (idf * (df.sum(axis=0) <= max_df)).astype(np.float32)


def _tfidf(counts, group: np.ndarray, idf: np.ndarray):
    """Sublinear TF-IDF rows (``(1 + ln tf) · idf[group]``), L2-normalised."""
    from sklearn.preprocessing import normalize as l2
    M = sp.csr_matrix(counts, dtype=np.float32, copy=True)
    g = group[np.repeat(np.arange(M.shape[0]), np.diff(M.indptr))]
    M.data = (1.0 + np.log(M.data)) * idf[g, M.indices]
    M.eliminate_zeros()
    return l2(M)


def _top_k(X, k: int):
    """Keep the ``k`` largest weights of each row of a CSR matrix (the rest add little to a
    cosine but make every similarity product slower)."""
    X = sp.csr_matrix(X)
    nnz = np.diff(X.indptr)
    if not k or nnz.max(initial=0) <= k:
        return X
    rows = np.repeat(np.arange(X.shape[0]), nnz)
    scale = 2.0 * float(np.abs(X.data).max()) + 1.0
    order = np.argsort(rows * scale - X.data, kind="quicksort")   # by row, largest weight first
    rank = np.arange(len(order)) - X.indptr[rows[order]]
    keep = np.zeros(len(order), bool)
    keep[order[rank < k]] = True
    return sp.csr_matrix((X.data[keep], X.indices[keep], np.concatenate([[0], np.cumsum(np.bincount(rows[keep], minlength=X.shape[0]))])),
                         shape=X.shape)


def _scripts(df: pd.DataFrame):
    """``(arabic, latin)`` boolean arrays: Arabic articles (by ``lang``, detected when missing),
    and Latin-script ones (not Arabic, and no Arabic letter in the title and lead)."""
    from .text.script import detect_lang, has_arabic
    lang = df["lang"].astype("string") if "lang" in df.columns else pd.Series(pd.NA, index=df.index, dtype="string")
    missing = np.flatnonzero(lang.isna().to_numpy())
    if len(missing):
        lang = lang.copy()
        lang.iloc[missing] = [detect_lang(f"{t} {x[:400]}") or ""
                              for t, x in zip(_strings(df, "title", missing), _strings(df, "text", missing))]
    arabic = lang.to_numpy(dtype=object) == "ar"
    latin = np.zeros(len(df), bool)
    other = np.flatnonzero(~arabic)
    for k, t, x in zip(other, _strings(df, "title", other), _strings(df, "text", other)):
        sample = t + x[:200]
        latin[k] = bool(sample) and not has_arabic(sample)
    return arabic, latin


# -- across languages: names and numbers -------------------------------------------------
# Latin and Arabic articles share no words, but they share names (Karun / كارون) and
# numbers.  Names are compared as consonant skeletons: both scripts are mapped to one
# consonant alphabet, vowels (and inner و ي) dropped, doubled letters merged.
_AR_SKELETON = str.maketrans({
    "ب": "b", "ت": "t", "ث": "θ", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
    "س": "s", "ش": "š", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ا": "", "ى": "", "ة": "", "ء": "",
    "ئ": "", "ؤ": "", "ع": ""})
_LATIN_DIGRAPHS = (("kh", "x"), ("sh", "š"), ("th", "θ"), ("dh", "d"), ("gh", "g"), ("ph", "f"),
                   ("ck", "k"), ("q", "k"), ("c", "k"), ("p", "b"), ("v", "f"))
#: weight of the name/number similarity between an Arabic and a Latin-script article
CROSS_WEIGHT = 1.5


def _skeleton(word: str, arabic: bool) -> str:
    if arabic:
        s = word.translate(_AR_SKELETON)
    else:
        s = word.lower()
        for a, b in _LATIN_DIGRAPHS:
            s = s.replace(a, b)
        s = "".join(ch for ch in s if "a" <= ch <= "z" or ch in "xšθ")
    if not s:
        return ""
    head, rest = s[0], s[1:]
    head = "" if head in "aeiou" else head
    rest = "".join(ch for ch in rest if ch not in "aeiouwy")
    out = []
    for ch in head + rest:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _cross_terms(title: str, text: str, arabic: bool) -> list[str]:
    """Name skeletons (≥ 3 consonants) and numbers (≥ 2 digits) of an article's title and lead."""
    from .text import normalize, split, words
    out = []
    for w in words(normalize(f"{title}\n{text[:LEAD_CHARS * 2]}")):
        if w.isdigit():
            if len(w) >= 2:
                out.append(w)
        elif arabic:
            sk = _skeleton(split(w)[1], True)
            if len(sk) >= 3:
                out.append("~" + sk)
        elif w[:1].isupper() and w.isalpha() and w.isascii():
            sk = _skeleton(w, False)
            if len(sk) >= 3:
                out.append("~" + sk)
    return out


# -- the date sweep ---------------------------------------------------------------------
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
    every = len(undated) and len(undated) * len(days) <= UNDATED_BUDGET
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


def _step_pairs(S, m: int, days: np.ndarray, rows: np.ndarray, window: int):
    """Pairs of one sweep step from ``S`` (block rows × context+block rows, COO):
    ``(r, c, value)`` as positions into ``rows`` with ``c`` earlier than ``r`` and at most
    ``window`` days apart (undated rows: any)."""
    r, c = S.row + m, S.col
    dr, dc = days[rows[r]], days[rows[c]]
    keep = (c < r) & ((np.abs(dr - dc) <= window) | (dr < 0) | (dc < 0))
    return r[keep], c[keep], S.data[keep]


def _fade(gap, window: int):
    """Weight (``1 − FADE`` … 1) of a similarity between articles ``gap`` days apart (see FADE)."""
    if window < 2:
        return np.ones(np.shape(gap))
    return 1.0 - FADE * np.clip((np.abs(gap) - 1) / (window - 1), 0.0, 1.0)


def _gaps(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Days between articles (0 when either date is unknown)."""
    return np.where((a >= 0) & (b >= 0), np.abs(a - b), 0)


def _event_pairs(feats: _EventFeatures, days: np.ndarray, window: int, floor: float):
    """Pairs ``(i, j, similarity)`` (``i < j``) of articles at most ``window`` days apart whose
    faded similarity is ≥ ``floor``: the date sweep (:func:`_sweep`) multiplies each block's
    features with those of its window only."""
    top = TOP_K if len(days) > LARGE else 0
    I, J, V = [], [], []
    for block, ctx in _sweep(days, window):
        rows = np.concatenate([ctx, block])
        L, R = feats.features(rows, top)
        r, c, v = _step_pairs((L[len(ctx):] @ R.T).tocoo(), len(ctx), days, rows, window)
        v = v * _fade(_gaps(days[rows[r]], days[rows[c]]), window)
        keep = v >= floor
        a, b = rows[r[keep]], rows[c[keep]]
        I.append(np.minimum(a, b).astype(np.int32)); J.append(np.maximum(a, b).astype(np.int32))
        V.append(v[keep].astype(np.float32))
    if not I:
        return np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, np.float32)
    return np.concatenate(I), np.concatenate(J), np.concatenate(V)


def _comparable(days: np.ndarray, window: int, n_total: int) -> np.ndarray:
    """Boolean matrix: which pairs of these articles may share an event (date window, undated rule)."""
    dd = days[:, None] - days[None, :]
    ok = np.abs(dd) <= window
    und = days < 0
    if und.any():
        allow = und.sum() * n_total <= UNDATED_BUDGET if n_total else False
        ok = np.where(und[:, None] | und[None, :], allow, ok & ~und[:, None] & ~und[None, :])
    return ok


def _average_linkage(S, days, window, threshold, n_total) -> np.ndarray:
    """Average-linkage clusters (labels 0…k-1) of articles with similarities ``S`` (dense,
    symmetric), cut at ``threshold``."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    m = S.shape[0]
    if m <= 2:
        return np.zeros(m, int)
    D = np.clip(1.0 - S, 0.0, 1.0)
    # pairs that may not share an event (dates too far apart) get a distance no average can
    # bring under the cut: a cluster never holds two articles more than ``window`` days apart
    D[~_comparable(days, window, n_total)] = _APART
    np.fill_diagonal(D, 0.0)
    Z = linkage(squareform(D, checks=False), method="average")
    return fcluster(Z, t=1.0 - threshold + 1e-9, criterion="distance") - 1


def _cluster(n: int, i, j, v, days, window, threshold) -> np.ndarray:
    """Event clusters (integer labels, one per article) from the similar pairs ``(i, j, v)``:
    pairs below ``threshold`` only count inside the average linkage."""
    labels = np.arange(n)
    A = sp.csr_matrix((np.r_[v, v], (np.r_[i, j], np.r_[j, i])), shape=(n, n), dtype=np.float32)
    strong = v >= threshold
    _split_groups(A, days, window, threshold, np.arange(n), i[strong], j[strong], v[strong], labels, n)
    return labels


def _split_groups(A, days, window, threshold, nodes, i, j, v, labels, n_total, depth=0):
    """Connected components of the thresholded graph, each split by average linkage (in place)."""
    from scipy.sparse.csgraph import connected_components
    n = len(nodes)
    g = sp.coo_matrix((np.ones(len(i)), (i, j)), shape=(n, n))
    k, comp = connected_components(g, directed=False)
    order = np.argsort(comp, kind="stable")
    bounds = np.flatnonzero(np.diff(comp[order])) + 1
    for members in np.split(order, bounds):
        if len(members) == 1:
            continue
        if len(members) > MAX_GROUP and depth < 20:
            # a chain too large to cluster densely: raise the bar inside it and retry
            inside = np.zeros(n, bool)
            inside[members] = True
            local = np.full(n, -1)
            local[members] = np.arange(len(members))
            keep = inside[i] & (v >= threshold + 0.05 * (depth + 1))
            _split_groups(A, days, window, threshold, nodes[members], local[i[keep]], local[j[keep]],
                          v[keep], labels, n_total, depth + 1)
            continue
        glob = nodes[members]
        sub = _average_linkage(A[glob][:, glob].toarray(), days[glob], window, threshold, n_total)
        for c in np.unique(sub):
            part = glob[sub == c]
            labels[part] = part.min()


def _event_ids(df: pd.DataFrame, groups: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Deterministic ids ``ev-YYYYMMDD-<hash>`` for integer groups."""
    ids = df["id"].astype(str).to_numpy()
    out = np.empty(len(df), dtype=object)
    order = np.argsort(groups, kind="stable")
    bounds = np.flatnonzero(np.diff(groups[order])) + 1
    for members in np.split(order, bounds):
        if not len(members):
            continue
        h = hashlib.sha1("\x1f".join(sorted(ids[members])).encode()).hexdigest()[:6]
        dd = days[members]
        dd = dd[dd >= 0]
        day = (pd.Timestamp("1970-01-01") + pd.Timedelta(days=int(dd.min()))).strftime("%Y%m%d") \
            if len(dd) else "nodate"
        out[members] = f"ev-{day}-{h}"
    return out


# -- public: events --------------------------------------------------------------------
def _labels_series(labels, df: pd.DataFrame) -> pd.Series:
    """User labels as a Series id → event (only ids of the corpus)."""
    if isinstance(labels, (str, os.PathLike)):
        labels = read_gold(labels, df)
    elif isinstance(labels, pd.DataFrame):
        if not {"id", "event"} <= set(labels.columns):
            raise SchemaError(f"labels table needs columns id,event; got {', '.join(map(str, labels.columns))}")
        labels = labels.set_index("id")["event"]
    elif isinstance(labels, Mapping):
        labels = pd.Series(dict(labels))
    s = pd.Series(labels).dropna().astype(str)
    s.index = s.index.astype(str)
    s = s[~s.index.duplicated(keep="last")]
    return s[s.index.isin(df["id"].astype(str))]


def assign_events(corpus, window: int = DEFAULT_WINDOW, threshold: float | None = None,
                  labels=None) -> Corpus:
    """A new Corpus whose ``event_id`` groups the articles that report the same event.

    Parameters
    ----------
    corpus : Corpus, corpus directory or table path.  An existing ``event_id``
        column is ignored (recomputed); pass ``labels`` to keep ids by hand.
    window : days (int ≥ 0).  Two articles can share an event only when their
        publication dates are at most ``window`` days apart (no event spans more);
        their similarity fades after the first day (``FADE``).  Default 3.
    threshold : similarity 0…1 (default ``DEFAULT_THRESHOLD``).  Higher: fewer,
        tighter events (more stories split); lower: broader events (more merges).
    labels : hand labels, ``{id: event}``, a Series, a DataFrame ``id,event`` or a CSV
        path (``id,event`` or ``source,event``).  Labelled articles keep their event
        exactly.  All articles are clustered as usual; the unlabelled articles of a
        cluster that holds labelled ones join the label most of those carry; other
        clusters keep their own ids.

    Returns a Corpus with ``event_id`` filled for every article and ``.events`` set
    to :func:`events_table` (``event_id, label, top_terms, first, last, outlets,
    n_outlets, articles``).
    """
    threshold = DEFAULT_THRESHOLD if threshold is None else float(threshold)
    if not 0.0 < threshold <= 1.0:
        raise UsageError(f"threshold must be a similarity in (0, 1], got {threshold}")
    if int(window) != window or window < 0:
        raise UsageError(f"window must be a whole number of days ≥ 0, got {window}")
    window = int(window)
    base = load(corpus)
    df = base.df.copy()
    n = len(df)
    days = _days(df)
    ids = df["id"].astype(str)
    lab = _labels_series(labels, df) if labels is not None else pd.Series(dtype=str)
    fixed = ids.map(lab).to_numpy(dtype=object) if len(lab) else np.full(n, None, dtype=object)
    feats = _EventFeatures(df) if n else None
    i, j, v = _event_pairs(feats, days, window, FLOOR * threshold) if n else (np.zeros(0, int),) * 3
    groups = _cluster(n, i, j, v, days, window, threshold)
    out = _event_ids(df, groups, days) if n else np.zeros(0, object)
    if len(lab):
        out = _apply_labels(out, fixed, groups)
    df["event_id"] = pd.array(out, dtype="string")
    table = _table(df, days, feats)
    return Corpus(df, path=base.path, rejects=base.rejects, manifest=base.manifest, events=table)


def _apply_labels(out, fixed, groups):
    """Labelled articles keep their label; the unlabelled articles of a cluster that holds
    labelled ones take the label most of those carry (ties: the first in sort order)."""
    out = out.copy()
    has = pd.notna(fixed)
    t = pd.DataFrame({"g": groups[has], "label": fixed[has].astype(str)})
    best = (t.groupby(["g", "label"]).size().rename("k").reset_index()
            .sort_values(["g", "k", "label"], ascending=[True, False, True]).drop_duplicates("g"))
    take = dict(zip(best["g"], best["label"]))
    for k in np.flatnonzero(~has):
        if groups[k] in take:
            out[k] = take[groups[k]]
    out[has] = fixed[has]
    return out


def _describe(feats: _EventFeatures, inv: np.ndarray, days: np.ndarray, k_terms: int = 5):
    """``(central, top_terms)``: each article's cosine with its event's centroid (word TF-IDF),
    and each event's ``k_terms`` stems (≥ 3 letters, not numbers) of highest summed weight,
    space-separated.  Events (``inv``: event number per article) are taken in order of their
    first day, in chunks of whole events of about ``_CHUNK`` articles: memory is bounded by
    a chunk, not the corpus."""
    k = int(inv.max()) + 1
    first = np.full(k, np.iinfo(np.int64).max)
    np.minimum.at(first, inv, np.where(days >= 0, days, np.iinfo(np.int64).max))
    ev_order = np.argsort(first, kind="stable")
    rank = np.empty(k, int)
    rank[ev_order] = np.arange(k)
    pos = np.argsort(rank[inv], kind="stable")              # articles, event by event
    ends = np.cumsum(np.bincount(inv, minlength=k)[ev_order])
    good = np.zeros(_NW, bool)
    good[[c for c, t in feats.stems.items() if len(t) >= 3 and not t.isdigit()]] = True
    central, top = np.zeros(len(inv)), np.empty(k, dtype=object)
    a = e0 = 0
    while e0 < k:
        e1 = min(int(np.searchsorted(ends, a + _CHUNK, side="left")) + 1, k)
        rows = pos[a:ends[e1 - 1]]
        W = feats.words(rows)
        local = rank[inv[rows]] - e0
        cent = (sp.csr_matrix((np.ones(len(rows), np.float32), (local, np.arange(len(rows)))),
                              shape=(e1 - e0, len(rows))) @ W).tocsr()
        norm = np.sqrt(np.asarray(cent.multiply(cent).sum(axis=1)).ravel())
        central[rows] = np.asarray(W.multiply(cent[local]).sum(axis=1)).ravel() / np.maximum(norm[local], 1e-12)
        # top terms: entries of each event's centroid, by event, largest weight first
        r = np.repeat(np.arange(e1 - e0), np.diff(cent.indptr))
        m = good[cent.indices]
        r, c, v = r[m], cent.indices[m], cent.data[m]
        o = np.lexsort((c, -v, r))
        r, c = r[o], c[o]
        first_of = np.searchsorted(r, np.arange(e1 - e0))
        keep = np.arange(len(r)) - first_of[r] < k_terms
        names = np.empty(len(r), dtype=object)
        names[keep] = [feats.stems[x] for x in c[keep]]
        starts = np.searchsorted(r[keep], np.arange(e1 - e0 + 1))
        kept = names[keep]
        top[ev_order[e0:e1]] = [" ".join(kept[starts[e]:starts[e + 1]]) for e in range(e1 - e0)]
        a, e0 = ends[e1 - 1], e1
    return central, top


def _table(df: pd.DataFrame, days, feats: _EventFeatures | None = None) -> pd.DataFrame:
    cols = ["event_id", "label", "top_terms", "first", "last", "outlets", "n_outlets", "articles"]
    if not len(df):
        return pd.DataFrame({c: pd.Series(dtype="string" if c not in ("n_outlets", "articles") else "int64")
                             for c in cols})
    ev = df["event_id"].astype(str).to_numpy()
    names, inv = np.unique(ev, return_inverse=True)
    central, top_terms = _describe(feats or _EventFeatures(df, cross=False), inv, days)
    titles = np.array([t.strip() for t in _strings(df, "title")], dtype=object)
    empty = np.flatnonzero(titles == "")
    titles[empty] = [x[:80] for x in _strings(df, "text", empty)]
    best = pd.DataFrame({"g": inv, "c": -central, "id": df["id"].astype(str)}).sort_values(["g", "c", "id"])
    best = best.drop_duplicates("g")
    label = titles[best.index.to_numpy()]
    dates = pd.Series(days).where(days >= 0)
    outl = df["outlet"].astype(str)
    frame = pd.DataFrame({"g": inv, "day": dates, "outlet": outl})
    agg = frame.groupby("g").agg(first=("day", "min"), last=("day", "max"),
                                 outlets=("outlet", lambda s: ", ".join(sorted(set(s)))),
                                 n_outlets=("outlet", "nunique"), articles=("outlet", "size"))

    def iso(x):
        return None if pd.isna(x) else (pd.Timestamp("1970-01-01") + pd.Timedelta(days=int(x))).date().isoformat()

    table = pd.DataFrame({
        "event_id": names,
        "label": label[np.argsort(best["g"].to_numpy())],
        "top_terms": top_terms,
        "first": agg["first"].map(iso).to_numpy(),
        "last": agg["last"].map(iso).to_numpy(),
        "outlets": agg["outlets"].to_numpy(),
        "n_outlets": agg["n_outlets"].to_numpy().astype("int64"),
        "articles": agg["articles"].to_numpy().astype("int64"),
    })
    table = table.sort_values(["first", "articles", "event_id"], ascending=[True, False, True],
                              na_position="last").reset_index(drop=True)
    for c in ("event_id", "label", "top_terms", "first", "last", "outlets"):
        table[c] = table[c].astype("string")
    return table


def events_table(corpus) -> pd.DataFrame:
    """One row per event of ``corpus`` (its current ``event_id``).

    Columns: ``event_id``; ``label`` (title of the most central article: the one
    closest to the event's average); ``top_terms`` (5 words with the highest
    average TF-IDF weight, space-separated); ``first``, ``last`` (ISO dates);
    ``outlets`` (comma-separated names); ``n_outlets``; ``articles``.
    Articles without ``event_id`` are each an event of their own.
    """
    df = _frame(corpus).copy()
    if df["event_id"].isna().any():
        df["event_id"] = df["event_id"].astype("string").fillna("single-" + df["id"].astype(str))
    return _table(df, _days(df))


# -- evaluation --------------------------------------------------------------------------
def evaluate(pred, gold) -> dict:
    """B-cubed and pairwise precision, recall, F1 of predicted events against gold events.

    ``pred`` and ``gold`` are Series (or dicts) id → event.  Only ids present in
    both count (``n``).  B-cubed: for each article, precision = share of its
    predicted event's (gold-labelled) articles that share its gold event; recall =
    share of its gold event's articles in its predicted event; averaged over
    articles.  Pairwise: over article pairs placed together.  With no pair at all
    in a denominator the pairwise score is 1.0 (nothing wrongly placed).
    """
    p = pd.Series(pred).dropna()
    g = pd.Series(gold).dropna()
    p.index, g.index = p.index.astype(str), g.index.astype(str)
    both = g.index.intersection(p.index)
    if not len(both):
        raise InputError("no article of the gold labels has a predicted event (ids do not match)")
    t = pd.DataFrame({"p": p[both].astype(str).to_numpy(), "g": g[both].astype(str).to_numpy()})
    cell = t.groupby(["p", "g"]).size().rename("n").reset_index()
    cell["np"] = cell["p"].map(t["p"].value_counts())
    cell["ng"] = cell["g"].map(t["g"].value_counts())
    n = len(t)
    bp = float((cell["n"] ** 2 / cell["np"]).sum() / n)
    br = float((cell["n"] ** 2 / cell["ng"]).sum() / n)

    def pairs(x):
        x = np.asarray(x, dtype=float)
        return float((x * (x - 1) / 2).sum())

    tp = pairs(cell["n"])
    pp, gp = pairs(t["p"].value_counts()), pairs(t["g"].value_counts())
    pw_p = tp / pp if pp else 1.0
    pw_r = tp / gp if gp else 1.0

    def f1(a, b):
        return 2 * a * b / (a + b) if a + b else 0.0

    return {"bcubed_precision": bp, "bcubed_recall": br, "bcubed_f1": f1(bp, br),
            "pairwise_precision": pw_p, "pairwise_recall": pw_r, "pairwise_f1": f1(pw_p, pw_r), "n": n}


def read_gold(path, corpus) -> pd.Series:
    """Read a gold/labels CSV as a Series article id → event.

    Accepts ``id,event`` or ``source,event``; a ``source`` matches an article whose
    ``source_path`` equals it or ends with ``/source`` (for ``file#fragment`` also
    when the file matches and the fragment is the article id or its row).
    """
    df = corpus if isinstance(corpus, pd.DataFrame) else _frame(corpus)
    try:
        g = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    except (OSError, ValueError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read labels {path}: {str(e).splitlines()[0]}") from e
    g.columns = [c.strip().lower() for c in g.columns]
    if "event" not in g.columns or not ({"id", "source"} & set(g.columns)):
        raise SchemaError(f"{path}: expected columns id,event or source,event; got {', '.join(g.columns)}")
    g = g.dropna(subset=["event"])
    if "id" in g.columns:
        return pd.Series(g["event"].to_numpy(), index=g["id"].astype(str).to_numpy())
    return pd.Series(*_match_sources(g["source"].astype(str).tolist(), g["event"].tolist(), df))


def _match_sources(sources, events, df):
    paths = df["source_path"].fillna("").astype(str).str.replace("\\", "/").tolist()
    ids = df["id"].astype(str).tolist()
    by_path: dict[str, list[int]] = {}
    for k, p in enumerate(paths):
        by_path.setdefault(p, []).append(k)
    vals, idx = [], []
    for s, ev in zip(sources, events):
        s = s.strip().replace("\\", "/").lstrip("./")
        hits = [k for k, p in enumerate(paths) if p == s or p.endswith("/" + s)]
        if not hits and "#" in s:
            f, frag = s.rsplit("#", 1)
            hits = [k for k, p in enumerate(paths)
                    if (p.split("#")[0] == f or p.split("#")[0].endswith("/" + f))
                    and (ids[k] == frag or p.rsplit("#", 1)[-1] == frag)]
        for k in hits:
            vals.append(ev)
            idx.append(ids[k])
    return vals, idx


# -- wire copies ------------------------------------------------------------------------------
def _shingle_hashes(texts: list[str]):
    """``(rows, hashes)``: the unique (article, word 5-gram) pairs of ``texts`` (rows
    relative to the list), 5-grams as 64-bit hashes of normalised words."""
    import itertools
    from sklearn.utils import murmurhash3_32
    from .text import normalize, words
    toks = [words(normalize(x, lower=True)) for x in texts]
    counts = np.fromiter((len(t) for t in toks), dtype=np.int64, count=len(toks))
    total = int(counts.sum())
    if total < SHINGLE:
        return np.zeros(0, np.int64), np.zeros(0, np.uint64)
    codes, uniq = pd.factorize(np.fromiter(itertools.chain.from_iterable(toks), dtype=object, count=total))
    del toks
    # a stable 64-bit value per distinct word (two 32-bit murmur hashes)
    wh = np.array([(murmurhash3_32(w, seed=1, positive=True) << 32) | murmurhash3_32(w, seed=2, positive=True)
                   for w in uniq], dtype=np.uint64)
    h1 = wh[codes]
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    doc = np.repeat(np.arange(len(texts)), counts)
    m = total - SHINGLE + 1
    valid = ((np.arange(total) - starts[doc]) <= counts[doc] - SHINGLE)[:m]
    acc = np.zeros(m, np.uint64)
    P = np.uint64(1_000_003)
    with np.errstate(over="ignore"):
        for k in range(SHINGLE):
            acc = acc * P + h1[k:k + m]
    rows, h = doc[:m][valid], acc[valid]
    order = np.lexsort((rows, h))
    rows, h = rows[order], h[order]
    first = np.concatenate([[True], (h[1:] != h[:-1]) | (rows[1:] != rows[:-1])]) if len(h) else np.zeros(0, bool)
    return rows[first], h[first]


def _copy_pairs(df: pd.DataFrame, window: int):
    """Cross-outlet article pairs at most ``window`` days apart sharing ≥ MIN_SHARED word
    5-grams, found step by step (:func:`_sweep`: memory bounded by a window's articles).

    In each step the shingles of the step's articles are counted; those found in 2 …
    ``MAX_SHINGLE_DF`` of them are compared (more: boilerplate).  Texts are the normalised
    bodies (the title when the body is empty).  Returns ``(i, j, shared, lens, copied)``:
    pairs ``i < j`` with their number of shared 5-grams; per article, ``lens`` its distinct
    5-grams and ``copied`` the share of them found in a partner (another outlet's article
    sharing text with it).
    """
    n = len(df)
    days = _days(df)
    outlet = df["outlet"].astype(str).to_numpy()
    lens, copied = np.zeros(n, np.int64), np.zeros(n)
    seen: dict[int, np.ndarray] = {}     # article → its 5-grams (hashes) found in a partner so far
    visited = np.zeros(n, bool)
    I, J, V = [], [], []

    def done(keep=()):
        for x in [x for x in seen if x not in keep]:
            copied[x] = len(seen.pop(x)) / max(lens[x], 1)

    def shingles(rows):
        return _shingle_hashes([x or t for t, x in zip(_strings(df, "title", rows), _strings(df, "text", rows))])

    at = np.full(n, -1)                               # position of an article in the step
    kept_g, kept_h = np.zeros(0, np.int64), np.zeros(0, np.uint64)   # the last step's shingles
    steps = list(_sweep(days, window))
    # each article is cut into shingles once, in its block (by a second process, ahead of this
    # one); the context's shingles are the last step's
    cut = ahead(shingles, [b for b, _ in steps])
    for (block, ctx), (fr, fh) in zip(steps, cut):
        rows = np.concatenate([ctx, block])
        done(set(rows.tolist()))                    # articles no later step sees
        at[rows] = np.arange(len(rows))
        reuse = (at[kept_g] >= 0) & (at[kept_g] < len(ctx))
        g, h = np.concatenate([kept_g[reuse], block[fr]]), np.concatenate([kept_h[reuse], fh])
        r = at[g]
        lens[block] = np.bincount(r, minlength=len(rows))[len(ctx):]
        visited[block] = True
        kept_g, kept_h = g, h
        at[rows] = -1
        uniq, code = np.unique(h, return_inverse=True)
        dfc = np.bincount(code)
        ok = (dfc[code] >= 2) & (dfc[code] <= MAX_SHINGLE_DF)
        B = sp.csr_matrix((np.ones(int(ok.sum()), np.float32), (r[ok], code[ok])), shape=(len(rows), len(uniq)))
        pr, pc, pv = _step_pairs((B[len(ctx):] @ B.T).tocoo(), len(ctx), days, rows, window)
        keep = (pv >= MIN_SHARED) & (outlet[rows[pr]] != outlet[rows[pc]])
        pr, pc, pv = pr[keep], pc[keep], pv[keep]
        if not len(pr):
            continue
        I.append(rows[pr]); J.append(rows[pc]); V.append(np.rint(pv).astype(np.int64))
        P = sp.csr_matrix((np.ones(2 * len(pr), np.float32), (np.r_[pr, pc], np.r_[pc, pr])),
                          shape=(len(rows), len(rows)))
        hit = (P @ B).multiply(B).tocsr()          # each article's 5-grams found in a partner
        for x in np.flatnonzero(np.diff(hit.indptr)):
            got = uniq[hit.indices[hit.indptr[x]:hit.indptr[x + 1]]]
            k = int(rows[x])
            seen[k] = np.union1d(seen[k], got) if k in seen else got
    done()
    rest = np.flatnonzero(~visited)                 # undated articles no step compared
    for a in range(0, len(rest), _CHUNK):
        r, _ = shingles(rest[a:a + _CHUNK])
        lens[rest[a:a + _CHUNK]] = np.bincount(r, minlength=len(rest[a:a + _CHUNK]))
    if not I:
        return np.zeros(0, int), np.zeros(0, int), np.zeros(0, np.int64), lens, copied
    i, j = np.concatenate(I), np.concatenate(J)
    return np.minimum(i, j), np.maximum(i, j), np.concatenate(V), lens, copied


def _timestamps(df: pd.DataFrame) -> np.ndarray:
    """Publication times as int64 nanoseconds (UTC; dates without a time at 00:00 UTC;
    unknown = the largest int64, i.e. last)."""
    def one(v):
        try:
            t = pd.Timestamp(str(v))
        except (ValueError, TypeError):
            return np.iinfo(np.int64).max
        if t is pd.NaT:
            return np.iinfo(np.int64).max
        t = t.tz_localize("UTC") if t.tzinfo is None else t.tz_convert("UTC")
        return t.value
    return np.array([one(v) if pd.notna(v) else np.iinfo(np.int64).max for v in df["published"]], dtype=np.int64)


def _copies(df: pd.DataFrame, threshold: float, window: int):
    from scipy.sparse.csgraph import connected_components
    i, j, shared, lens, copied = _copy_pairs(df, window)
    n = len(df)
    score = shared / np.maximum(np.minimum(lens[i], lens[j]), 1)
    copy_of = np.full(n, None, dtype=object)
    copy_score = np.full(n, np.nan)
    e = score >= threshold
    if e.any():
        g = sp.coo_matrix((np.ones(e.sum()), (i[e], j[e])), shape=(n, n))
        _, comp = connected_components(g, directed=False)
        key = pd.DataFrame({"comp": comp, "day": _timestamps(df), "id": df["id"].astype(str).to_numpy()})
        sizes = np.bincount(comp)
        first = key[sizes[comp] > 1].sort_values(["comp", "day", "id"]).drop_duplicates("comp")
        orig = dict(zip(first["comp"], first.index))
        direct, best = {}, {}
        for a, b, s in zip(i[e], j[e], score[e]):
            o = orig[comp[a]]
            for x, y in ((a, b), (b, a)):
                if x != o:
                    best[x] = max(s, best.get(x, 0.0))
                    if y == o:
                        direct[x] = s
        for x, s in best.items():
            copy_of[x] = key["id"].iat[orig[comp[x]]]
            copy_score[x] = direct.get(x, s)
    return copy_of, copy_score, copied, lens


def find_copies(corpus, threshold: float = DEFAULT_COPY_THRESHOLD, window: int = DEFAULT_WINDOW) -> pd.DataFrame:
    """Wire copies: articles of different outlets that print the same text.

    Texts (title + body, normalised) are cut into overlapping word 5-grams
    ("shingles").  Two articles of different outlets published at most ``window``
    days apart that share at least ``MIN_SHARED`` shingles are compared exactly:
    ``copy_score`` = shared shingles / shingles of the shorter article (containment,
    0…1).  Pairs with ``copy_score ≥ threshold`` are grouped; in each group the
    earliest article (by publication time, then id) is the original and every other one gets
    ``copy_of`` = the original's id and ``copy_score`` = its containment score
    with the original (or its best score in the group when it shares less with
    the original directly).  Originals and unique articles have nulls.

    Returns DataFrame ``id, copy_of, copy_score`` (one row per article, same order).
    """
    df = _frame(corpus)
    copy_of, copy_score, _, _ = _copies(df, threshold, window)
    return pd.DataFrame({"id": df["id"].astype("string").to_numpy(),
                         "copy_of": pd.array(copy_of, dtype="string"),
                         "copy_score": copy_score.round(4)})


def copy_share(corpus, threshold: float = DEFAULT_COPY_THRESHOLD, window: int = DEFAULT_WINDOW) -> pd.DataFrame:
    """Per outlet: how much of its text is printed by other outlets too.

    Columns: ``outlet``; ``articles``; ``copies`` (articles marked ``copy_of``: the
    corpus's own column when present, else :func:`find_copies`); ``copied_share``
    (0…1: share of the outlet's word 5-grams that also appear in an article of
    another outlet within ``window`` days; partial reprints count here even when
    they are below the copy threshold).
    """
    df = _frame(corpus)
    copy_of, _, copied, lens = _copies(df, threshold, window)
    if "copy_of" in df.columns and df["copy_of"].notna().any():
        copy_of = df["copy_of"].to_numpy(dtype=object)
    t = pd.DataFrame({"outlet": df["outlet"].astype(str), "copy": pd.notna(copy_of),
                      "shared": copied * lens, "len": lens})
    g = t.groupby("outlet", sort=True)
    out = pd.DataFrame({"articles": g.size(), "copies": g["copy"].sum().astype("int64"),
                        "copied_share": (g["shared"].sum() / g["len"].sum().clip(lower=1)).round(4)})
    return out.reset_index()


# -- writing -------------------------------------------------------------------------------------
def save_events(corpus: Corpus, path, wait: float = 0.0) -> Path:
    """Write ``corpus`` (with ``event_id``, ``copy_of``, ``copy_score``) and ``events.parquet`` to ``path``
    (``wait``: seconds to wait for another run writing it)."""
    return corpus.save(path, wait=wait)
