"""Events: link similar articles within the date window, split groups by average linkage,
name events deterministically, describe them (steps 2–3 of the package docstring)."""
from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ..corpus import Corpus, load
from ..errors import SchemaError, UsageError
from ._common import (_APART, _CHUNK, DEFAULT_THRESHOLD, DEFAULT_WINDOW, FADE, FLOOR, LARGE, MAX_GROUP,
                      MAX_PARTNERS, _NW,
                      TOP_K, UNDATED_BUDGET, _days, _frame, _sliced_pairs, _strings, _sweep, _swept)
from .evaluation import read_gold
from .features import _EventFeatures

#: pairs held for clustering before the groups no later step can change are clustered and
#: dropped (see _cluster)
_HELD = 2_000_000


def _fade(gap, window: int):
    """Weight (``1 − FADE`` … 1) of a similarity between articles ``gap`` days apart (see FADE)."""
    if window < 2:
        return np.ones(np.shape(gap))
    return 1.0 - FADE * np.clip((np.abs(gap) - 1) / (window - 1), 0.0, 1.0)


def _gaps(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Days between articles (0 when either date is unknown)."""
    return np.where((a >= 0) & (b >= 0), np.abs(a - b), 0)


def _nearest(a: np.ndarray, b: np.ndarray, v: np.ndarray, k: int):
    """The pairs ``(a, b, v)`` (``a``: the later article, ``b``: an earlier one, ``v``: similarity)
    keeping each ``a``'s ``k`` most similar partners (equal similarities: the smaller ``b``)."""
    o = np.lexsort((b, -v, a))
    a, b, v = a[o], b[o], v[o]
    starts = np.flatnonzero(np.r_[True, a[1:] != a[:-1]]) if len(a) else np.zeros(0, int)
    rank = np.arange(len(a)) - np.repeat(starts, np.diff(np.r_[starts, len(a)]))
    keep = rank < k
    return a[keep], b[keep], v[keep]


def _event_pairs(feats: _EventFeatures, days: np.ndarray, window: int, floor: float):
    """Per step of the date sweep (:func:`_sweep`): ``(i, j, similarity, last)``, the pairs (``i < j``,
    int32; similarity float32) of articles at most ``window`` days apart whose faded similarity is
    ≥ ``floor``, at most ``MAX_PARTNERS`` for each article of the block and the earlier ones it
    meets, and ``last``: the latest day of the block (-1: undated).  Each block's features are
    multiplied with those of its window one slice at a time (:func:`_slices`: a step's memory
    does not grow with the articles a day holds); nothing is kept from one step to the next."""
    top = TOP_K if len(days) > LARGE else 0
    from .._progress import counted
    steps = counted(_sweep(days, window), "events: date sweep (articles)", "article", _swept(days), lambda s: len(s[0]))
    for block, ctx in steps:
        rows, m = np.concatenate([ctx, block]), len(ctx)
        L, RB = feats.features(block, top)
        a, b, w = np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32)
        right = lambda s, e: feats.features(rows[s:e], top)[1] if s < m else RB[s - m:e - m]  # noqa: E731
        for r, c, v in _sliced_pairs(L, right, m, days, rows, window):
            v = v * _fade(_gaps(days[rows[r]], days[rows[c]]), window)
            keep = v >= floor
            a, b, w = _nearest(np.r_[a, rows[r[keep]]], np.r_[b, rows[c[keep]]],
                               np.r_[w, v[keep].astype(np.float32)], MAX_PARTNERS)
        yield np.minimum(a, b).astype(np.int32), np.maximum(a, b).astype(np.int32), w, int(days[block].max())


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


def _cluster(n: int, steps, days, window, threshold) -> np.ndarray:
    """Event clusters (integer labels, one per article) from the sweep's pairs (``steps``: the
    ``(i, j, v, last)`` of :func:`_event_pairs`), group by group: pairs ≥ ``threshold`` link articles
    into groups; weaker pairs only count inside a group (average linkage); a group of more than
    ``MAX_GROUP`` articles is split first by raising the bar by 0.05, again while a part is that large.

    A group (or a part of a large one) is clustered as soon as no later step can add to it and its
    pairs are dropped (:class:`_Groups`), so memory holds the pairs of the groups still open (those
    with an article in the last ``window`` days of the sweep, or an undated one), not the corpus's,
    also when stories chain into one group across the whole sweep.  Checked each time the held
    pairs reach ``_HELD`` (then twice what was left open): the labels are those of clustering all
    pairs at once."""
    groups = _Groups(days, window, threshold)
    parts, held, limit = [], 0, _HELD
    for i, j, v, last in steps:
        parts.append((i, j, v))
        held += len(i)
        if held >= limit:
            parts = [groups.close(*_joined(parts), last - window)]
            held = len(parts[0][0])
            limit = max(_HELD, 2 * held)
    groups.close(*_joined(parts), None)
    return groups.labels


def _joined(parts):
    """The pairs ``(i, j, v)`` of a list of such triples, concatenated."""
    if not parts:
        return np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, np.float32)
    return tuple(np.concatenate([p[k] for p in parts]) for k in range(3))


def _renumber(i, j, n: int):
    """``(nodes, i', j')``: the distinct values of ``i`` and ``j`` (ascending; all below ``n``) and
    their positions among them (int32), without sorting the pairs (``np.unique`` would hold
    several 8-byte copies of them)."""
    seen = np.zeros(n, bool)
    seen[i] = True
    seen[j] = True
    nodes = np.flatnonzero(seen)
    pos = np.zeros(n, np.int32)
    pos[nodes] = np.arange(len(nodes), dtype=np.int32)
    return nodes, pos[i], pos[j]


class _Groups:
    """The clustering of :func:`_cluster`, fed the sweep's pairs a batch at a time.

    ``labels``: each article's cluster (its smallest article number), written when its group is
    settled; ``done``: articles settled (their pairs can no longer matter); ``deep``: the depth
    from which an article's group is known to be split with a raised bar (0: not known).  A group
    only grows as pairs arrive, so once larger than ``MAX_GROUP`` it stays so: ``deep`` keeps that
    known after the parts already settled (and their pairs) are gone."""

    def __init__(self, days: np.ndarray, window: int, threshold: float):
        self.days, self.window, self.threshold = days, window, threshold
        n = len(days)
        self.labels, self.done, self.deep = np.arange(n), np.zeros(n, bool), np.zeros(n, np.int8)

    def close(self, i, j, v, cutoff):
        """Settle the groups of the pairs ``(i, j, v)`` that are closed (every article dated, all
        before day ``cutoff``: later steps pair only articles of day ``cutoff`` or later; ``None``:
        all are); return the pairs still open (a pair across two settled groups never counts)."""
        live = ~(self.done[i] | self.done[j])
        i, j, v = i[live], j[live], v[live]
        if not len(i):
            return i, j, v
        nodes, li, lj = _renumber(i, j, len(self.days))
        work = []
        keep = self._settle(nodes, li, lj, v, 0, cutoff, work)
        from .._progress import counter
        with counter("events: clustering (articles)", "article", sum(len(g) for g, _ in work)) as bar:
            for glob, S in work:
                if S is not None:
                    sub = _average_linkage(S.toarray(), self.days[glob], self.window, self.threshold, len(self.days))
                    for c in np.unique(sub):
                        part = glob[sub == c]
                        self.labels[part] = part.min()
                bar.update(len(glob))
        return i[keep], j[keep], v[keep]

    def _settle(self, g, i, j, v, depth, cutoff, work):
        """One depth of the split: the groups linked by pairs ≥ the bar of ``depth`` among the
        articles ``g`` (ascending; pairs ``i, j`` local to them); closed groups of at most
        ``MAX_GROUP`` go to ``work`` for average linkage, larger ones are split one depth further.
        Returns which pairs stay held."""
        from scipy.sparse.csgraph import connected_components
        n = len(g)
        s = v >= self.threshold + 0.05 * depth
        k, comp = connected_components(sp.coo_matrix((np.ones(int(s.sum()), np.int8), (i[s], j[s])), shape=(n, n)),
                                       directed=False)
        big = np.bincount(comp, minlength=k) > MAX_GROUP
        np.logical_or.at(big, comp, self.deep[g] > depth)
        big &= depth < 20
        if cutoff is None:
            closed = np.ones(k, bool)
        else:
            d = self.days[g]
            latest, earliest = np.full(k, np.iinfo(np.int64).min), np.full(k, np.iinfo(np.int64).max)
            np.maximum.at(latest, comp, d)
            np.minimum.at(earliest, comp, d)
            closed = (latest < cutoff) & (earliest >= 0)
        same = comp[i] == comp[j]
        inside = same & big[comp[i]]
        keep = ~closed[comp[i]] & ~closed[comp[j]] & ~inside
        ready = (closed & ~big)[comp]
        if ready.any():
            self._ready(g, comp, ready, i, j, v, same, work)
        if inside.any():
            self.deep[g[big[comp]]] = np.maximum(self.deep[g[big[comp]]], depth + 1)
            sub, si, sj = _renumber(i[inside], j[inside], n)
            keep[inside] = self._settle(g[sub], si, sj, v[inside], depth + 1, cutoff, work)
        return keep

    def _ready(self, g, comp, ready, i, j, v, same, work):
        """Queue the closed groups ``ready`` (local articles of ``g``) in ``work`` as ``(articles,
        similarities among them)``, singletons together as ``(articles, None)``; mark them done."""
        n = len(g)
        self.done[g[ready]] = True
        p = same & ready[i]
        A = sp.csr_matrix((np.r_[v[p], v[p]], (np.r_[i[p], j[p]], np.r_[j[p], i[p]])), shape=(n, n), dtype=np.float32)
        loc = np.flatnonzero(ready)
        loc = loc[np.argsort(comp[loc], kind="stable")]
        singles = []
        for members in np.split(loc, np.flatnonzero(np.diff(comp[loc])) + 1):
            if len(members) == 1:
                singles.append(members)
            else:
                work.append((g[members], A[members][:, members]))
        if singles:
            work.append((g[np.concatenate(singles)], None))


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


def assign_events(corpus, *, window: int = DEFAULT_WINDOW, threshold: float | None = None,
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
    groups = _cluster(n, _event_pairs(feats, days, window, FLOOR * threshold) if n else (), days, window, threshold)
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
    from .._progress import counted
    for a, e0, e1 in counted(_event_blocks(ends), "events: describing events (articles)", "article", len(inv),
                             lambda s: ends[s[2] - 1] - s[0]):
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
    return central, top


def _event_blocks(ends: np.ndarray):
    """Blocks ``(a, e0, e1)`` of whole events (positions ``e0:e1`` in date order, their articles
    from position ``a`` to ``ends[e1 - 1]``) of about ``_CHUNK`` articles; ``ends``: each event's
    last article position + 1, cumulated."""
    k = len(ends)
    a = e0 = 0
    while e0 < k:
        e1 = min(int(np.searchsorted(ends, a + _CHUNK, side="left")) + 1, k)
        yield a, e0, e1
        a, e0 = ends[e1 - 1], e1


def _table(df: pd.DataFrame, days, feats: _EventFeatures | None = None) -> pd.DataFrame:
    cols = ["event_id", "label", "top_terms", "first", "last", "outlets", "n_outlets", "articles"]
    if not len(df):
        return pd.DataFrame({c: pd.Series(dtype="string" if c not in ("n_outlets", "articles") else "int64")
                             for c in cols})
    ev = df["event_id"].astype(str).to_numpy()
    names, inv = np.unique(ev, return_inverse=True)
    central, top_terms = _describe(feats or _EventFeatures(df, cross=False), inv, days)
    best = pd.DataFrame({"g": inv, "c": -central, "id": df["id"].astype(str)}).sort_values(["g", "c", "id"])
    best = best.drop_duplicates("g")
    rows = best.index.to_numpy()                   # each event's most central article: its title
    label = np.array([t.strip() for t in _strings(df, "title", rows)], dtype=object)
    empty = np.flatnonzero(label == "")
    label[empty] = [x[:80] for x in _strings(df, "text", rows[empty])]
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



# -- writing -------------------------------------------------------------------------------------
def save_events(corpus: Corpus, path, wait: float = 0.0) -> Path:
    """Write ``corpus`` (with ``event_id``, ``copy_of``, ``copy_score``) and ``events.parquet`` to ``path``
    (``wait``: seconds to wait for another run writing it)."""
    return corpus.save(path, wait=wait)
