"""Wire copies: articles of different outlets that print the same text (word 5-gram shingles)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .._parallel import ahead
from ._common import (_CHUNK, DEFAULT_COPY_THRESHOLD, DEFAULT_WINDOW, MAX_SHINGLE_DF, MIN_SHARED, SHINGLE,
                      _days, _frame, _sliced_pairs, _strings, _sweep, _swept)
from .._renamed import renamed


# -- wire copies ------------------------------------------------------------------------------
def _shingle_hashes(texts: list[str]):
    """``(rows, hashes)``: the unique (article, word 5-gram) pairs of ``texts`` (rows
    relative to the list), 5-grams as 64-bit hashes of normalised words."""
    import itertools
    from sklearn.utils import murmurhash3_32
    from ..text import normalize, words
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


def _copy_pairs(df: pd.DataFrame, window: int, threshold: float = 0.0):
    """Cross-outlet article pairs at most ``window`` days apart sharing ≥ MIN_SHARED word
    5-grams, found step by step (:func:`_sweep`: memory bounded by a window's articles).

    In each step the shingles of the step's articles are counted; those found in 2 …
    ``MAX_SHINGLE_DF`` of them are compared (more: boilerplate).  Texts are the normalised
    bodies (the title when the body is empty).  Returns ``(i, j, shared, lens, copied)``:
    pairs ``i < j`` with their number of shared 5-grams, only those whose containment (shared ÷
    the shorter article's 5-grams) is ≥ ``threshold`` (the others are not kept: in recombined or
    agency-heavy text they run to dozens an article); per article, ``lens`` its distinct 5-grams
    and ``copied`` the share of them found in a partner (another outlet's article sharing text
    with it, at any containment).
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
    from .._progress import counted
    steps = list(_sweep(days, window))
    # each article is cut into shingles once, in its block (by a second process, ahead of this
    # one); the context's shingles are the last step's
    cut = ahead(shingles, [b for b, _ in steps])
    for (block, ctx), (fr, fh) in counted(zip(steps, cut), "events: wire copies (articles)", "article",
                                          _swept(days), lambda s: len(s[0][0])):
        rows = np.concatenate([ctx, block])
        done(set(rows.tolist()))                    # articles no later step sees
        kept_g, kept_h, r = _step_shingles(rows, len(ctx), block, fr, fh, kept_g, kept_h, at)
        lens[block] = np.bincount(r, minlength=len(rows))[len(ctx):]
        visited[block] = True
        B, uniq = _step_matrix(r, kept_h, len(rows))
        pr, pc, pv = _shared(B, len(ctx), days, rows, window)
        keep = outlet[rows[pr]] != outlet[rows[pc]]
        pr, pc, pv = pr[keep], pc[keep], pv[keep]
        if not len(pr):
            continue
        sh = np.rint(pv).astype(np.int64)
        e = sh / np.maximum(np.minimum(lens[rows[pr]], lens[rows[pc]]), 1) >= threshold
        I.append(rows[pr[e]]); J.append(rows[pc[e]]); V.append(sh[e])
        _found(B, pr, pc, rows, uniq, seen)
    done()
    _unvisited_lens(np.flatnonzero(~visited), shingles, lens)   # undated articles no step compared
    if not I:
        return np.zeros(0, int), np.zeros(0, int), np.zeros(0, np.int64), lens, copied
    i, j = np.concatenate(I), np.concatenate(J)
    return np.minimum(i, j), np.maximum(i, j), np.concatenate(V), lens, copied


def _step_shingles(rows, n_ctx: int, block, fr, fh, kept_g, kept_h, at):
    """The (article, 5-gram hash) pairs of one step of :func:`_copy_pairs`: the last step's pairs
    (``kept_g`` articles, ``kept_h`` hashes) of the articles still in context (the first ``n_ctx``
    of ``rows``), then the block's own (``fr``: positions into ``block``, ``fh``: hashes).
    ``at``: article → position in the step, -1 outside it (set for the step, then reset).
    Returns ``(g, h, r)``: articles, hashes and the articles' positions in ``rows``."""
    at[rows] = np.arange(len(rows))
    reuse = (at[kept_g] >= 0) & (at[kept_g] < n_ctx)
    g, h = np.concatenate([kept_g[reuse], block[fr]]), np.concatenate([kept_h[reuse], fh])
    r = at[g]
    at[rows] = -1
    return g, h, r


def _step_matrix(r, h, n_rows: int):
    """``(B, uniq)``: the step's articles × its distinct 5-gram hashes ``uniq`` (float32 ones),
    keeping only the 5-grams found in 2 … ``MAX_SHINGLE_DF`` of its articles (``r``: positions,
    ``h``: hashes of the (article, 5-gram) pairs)."""
    uniq, code = np.unique(h, return_inverse=True)
    dfc = np.bincount(code)
    ok = (dfc[code] >= 2) & (dfc[code] <= MAX_SHINGLE_DF)
    B = sp.csr_matrix((np.ones(int(ok.sum()), np.float32), (r[ok], code[ok])), shape=(n_rows, len(uniq)))
    return B, uniq


def _unvisited_lens(rest, shingles, lens) -> None:
    """Fill ``lens`` (distinct 5-grams an article) for the articles ``rest`` no step compared,
    ``_CHUNK`` at a time (``shingles``: rows → (positions, hashes), as :func:`_shingle_hashes`)."""
    for a in range(0, len(rest), _CHUNK):
        r, _ = shingles(rest[a:a + _CHUNK])
        lens[rest[a:a + _CHUNK]] = np.bincount(r, minlength=len(rest[a:a + _CHUNK]))


def _found(B, pr, pc, rows, uniq, seen, step: int = 256):
    """Add to ``seen`` (article → 5-gram hashes) each article's 5-grams found in a partner of the
    pairs ``(pr, pc)`` (positions into ``rows``; ``B``: rows × the step's 5-grams ``uniq``), ``step``
    rows at a time: the partners' 5-grams of all the rows at once can be a matrix far larger than
    the step's own (an article with dozens of partners)."""
    n = B.shape[0]
    P = sp.csr_matrix((np.ones(2 * len(pr), np.float32), (np.r_[pr, pc], np.r_[pc, pr])), shape=(n, n))
    busy = np.flatnonzero(np.diff(P.indptr))
    for s in range(0, len(busy), step):
        x = busy[s:s + step]
        hit = (P[x] @ B).multiply(B[x]).tocsr()          # these articles' 5-grams found in a partner
        for r in np.flatnonzero(np.diff(hit.indptr)):
            got = uniq[hit.indices[hit.indptr[r]:hit.indptr[r + 1]]]
            k = int(rows[x[r]])
            seen[k] = np.union1d(seen[k], got) if k in seen else got


def _shared(B, m: int, days: np.ndarray, rows: np.ndarray, window: int):
    """``(r, c, shared)``: pairs of one sweep step (positions into ``rows``, ``c`` earlier than
    ``r``, ≤ ``window`` days apart) sharing at least ``MIN_SHARED`` 5-grams, with how many
    (``B``: rows × the step's 5-grams), the block (rows ``m`` …) times one slice of the rows at a
    time (pairs sharing fewer are dropped slice by slice)."""
    R, C, V = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)], [np.zeros(0, np.float32)]
    for r, c, v in _sliced_pairs(B[m:], lambda s, e: B[s:e], m, days, rows, window):
        k = v >= MIN_SHARED
        R.append(r[k]); C.append(c[k]); V.append(v[k])
    return np.concatenate(R), np.concatenate(C), np.concatenate(V)


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
    i, j, shared, lens, copied = _copy_pairs(df, window, threshold)
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


@renamed(threshold="copy_threshold")
def find_copies(corpus, *, copy_threshold: float = DEFAULT_COPY_THRESHOLD, window: int = DEFAULT_WINDOW) -> pd.DataFrame:
    """Wire copies: articles of different outlets that print the same text.

    Texts (title + body, normalised) are cut into overlapping word 5-grams
    ("shingles").  Two articles of different outlets published at most ``window``
    days apart that share at least ``MIN_SHARED`` shingles are compared exactly:
    ``copy_score`` = shared shingles / shingles of the shorter article (containment,
    0…1).  Pairs with ``copy_score ≥ copy_threshold`` are grouped (the keyword of
    :func:`~framing.events.detect_events` and ``--copy-threshold``; its ``threshold`` is the
    similarity of an event); in each group the
    earliest article (by publication time, then id) is the original and every other one gets
    ``copy_of`` = the original's id and ``copy_score`` = its containment score
    with the original (or its best score in the group when it shares less with
    the original directly).  Originals and unique articles have nulls.

    Returns DataFrame ``id, copy_of, copy_score`` (one row per article, same order).
    """
    df = _frame(corpus)
    copy_of, copy_score, _, _ = _copies(df, copy_threshold, window)
    return pd.DataFrame({"id": df["id"].astype("string").to_numpy(),
                         "copy_of": pd.array(copy_of, dtype="string"),
                         "copy_score": copy_score.round(4)})


@renamed(threshold="copy_threshold")
def copy_share(corpus, *, copy_threshold: float | None = DEFAULT_COPY_THRESHOLD,
               window: int | None = DEFAULT_WINDOW) -> pd.DataFrame:
    """Per outlet: how much of its text is printed by other outlets too.

    Columns: ``outlet``; ``articles``; ``copies`` (articles marked ``copy_of``: the
    corpus's own column when present, else :func:`find_copies`); ``copied_share``
    (0…1: share of the outlet's word 5-grams that also appear in an article of
    another outlet within ``window`` days; partial reprints count here even when
    they are below the copy threshold).
    """
    df = _frame(corpus)
    threshold = DEFAULT_COPY_THRESHOLD if copy_threshold is None else copy_threshold      # None: the default
    copy_of, _, copied, lens = _copies(df, threshold, DEFAULT_WINDOW if window is None else window)
    if "copy_of" in df.columns and df["copy_of"].notna().any():
        copy_of = df["copy_of"].to_numpy(dtype=object)
    t = pd.DataFrame({"outlet": df["outlet"].astype(str), "copy": pd.notna(copy_of),
                      "shared": copied * lens, "len": lens})
    g = t.groupby("outlet", sort=True)
    out = pd.DataFrame({"articles": g.size(), "copies": g["copy"].sum().astype("int64"),
                        "copied_share": (g["shared"].sum() / g["len"].sum().clip(lower=1)).round(4)})
    return out.reset_index()


