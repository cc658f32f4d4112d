"""Keyness: the words that set one outlet apart from the others.

Each target group (an outlet, by default) is compared with the rest of the
corpus (all other groups together); k groups give one long table whose first
column is the group column, named as ``by`` names it (``outlet`` by default), as in
every table of groups (:func:`framing.term_shares`, :func:`framing.compare_terms`).  Counts are framing terms (:mod:`framing.features`):
normalised, clitic-split words, stop words and numbers left out; ``n`` below is
the number of such terms (per n-gram order: bigrams are compared with bigram
totals).

Methods (``a`` = count in target, ``b`` = count in rest, ``n_t``/``n_r`` = term totals):

``logodds`` (default) — log-odds ratio with an informative Dirichlet prior,
    Monroe, Colaresi & Quinn (2008) "Fightin' Words", eq. 16–22.  Prior
    ``α_w = α0 · (a_w + b_w) / (n_t + n_r)``: the compared corpus's own term shares
    scaled to a total prior mass ``α0`` (default :data:`ALPHA0` = 1000 pseudo-counts,
    i.e. a term with 1 in 1,000 corpus share gets α_w = 1; larger α0 shrinks
    rare terms' δ harder).  Columns::

        delta    = log((a+α)/(n_t+α0−a−α)) − log((b+α)/(n_r+α0−b−α))
        variance = 1/(a+α) + 1/(b+α)
        z        = delta / sqrt(variance);  p_value = two-sided normal tail of z

``g2`` — Dunning's log-likelihood on the 2×2 table (target/rest × term/other terms):
    ``G² = 2 Σ O ln(O/E)`` over the four cells, ``E`` from the margins; signed
    (+ when the target's relative frequency is higher); ``p_value`` from χ²(1).
``chi2`` — Pearson's ``Σ (O−E)²/E`` on the same table, no Yates correction, signed, χ²(1).

Every method also reports ``log_ratio``: Hardie's Log Ratio,
``log2((a/n_t) / (b/n_r))`` with a zero count replaced by 0.5 (so a term the rest
never uses still gets a finite value), and ``rate_target``/``rate_rest`` per
10,000 terms.

``house_style`` marks terms the target over-uses nearly everywhere, whatever the
story: spelling conventions (الأميركية/الأمريكية), bylines, app and brand text,
datelines.  Units are events (with ``within_events``) or publication days
(otherwise); a unit counts when the target has ≥ ``house_min_tokens`` terms in
it and another group is present.  ``house_share`` = share of the counted units
where the term occurs (in target or rest) in which the target's rate is higher
than the rest's; ``house_style`` is True when ``house_share ≥ 0.8``, the term
occurs in ≥ ``house_min_units`` (5) counted units, and the term is over-used
overall (score > 0).  NaN/False when there are too few units.

House style is a heuristic: a framing choice the outlet makes in every story
(e.g. انقلابيين for the Houthis, flagged for one Saudi outlet on the
SaudiNewsNet sample with day units) is as consistent as a byline.  Look at
``article_share`` (share of the target's articles using the term: ≈1 for brand,
byline and app text, low for topic words) before dropping rows with
``drop_house_style``; spelling conventions are better merged with
``fold_spelling``.

Prior mass: on the SaudiNewsNet sample (2,000 articles, ≈440k terms) the
top-20 lists per outlet are 98.5% the same for α0 = 10 … 1000, 94% at 10⁴ and
72% at 10⁵ (where the prior starts to dominate small outlets).

Speed: all statistics are vectorised over terms; group sums are sparse indicator
products (groups × docs @ docs × terms), so there is no Python loop over documents.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..corpus import publication_day
from ..errors import SchemaError, UsageError
from ._core import scipy_stats as stats
from .._renamed import renamed

if TYPE_CHECKING:
    from scipy import sparse

__all__ = ["ALPHA0", "METHODS", "keyness_scores", "keyness_table"]

#: prior mass of the log-odds prior; measured on the SaudiNewsNet sample (module docstring:
#: top-20 lists are stable for 10…1000).  Re-measure on your data with benchmarks/run.py --data FILE
#: and framing keyness --alpha0 10/100/1000/10000, comparing the top lists.
ALPHA0 = 1000.0
METHODS = ("logodds", "g2", "chi2")
_SCORE = {"logodds": "z", "g2": "g2", "chi2": "chi2"}
#: house style: over-used in ≥ 80% of ≥ 5 units where the target has ≥ 300 terms; set by reading the
#: flagged terms of the SaudiNewsNet sample (bylines, app text, spelling habits).  Re-measure: run
#: keyness(corpus, house_threshold=…, house_min_units=…) on your corpus and read the house_style
#: rows with kwic(corpus, word=…) — a flag should be a byline or a habit, not a story's framing
HOUSE_SHARE, HOUSE_MIN_UNITS, HOUSE_MIN_TOKENS = 0.8, 5, 300


def keyness_table(counts_target, counts_rest, method: str = "logodds", alpha0: float = ALPHA0,
                  alpha=None, n_target: float | None = None, n_rest: float | None = None) -> pd.DataFrame:
    """Keyness statistics for term count vectors of a target and of the rest (same term order).

    ``n_target``/``n_rest`` default to the vector sums (pass the full totals when the vectors
    are a subset of the vocabulary).  Log-odds only: ``alpha0`` is the total prior mass α0 and
    ``alpha`` the per-term prior α_w, by default ``alpha0 · (a + b) / (n_target + n_rest)``
    (if you pass your own ``alpha``, pass its total over the full vocabulary as ``alpha0``).  Returns one row per term
    with ``count_target, count_rest, rate_target, rate_rest`` (per 10,000), then
    ``delta, variance, z`` (logodds) or ``g2`` or ``chi2``, then ``p_value, log_ratio``.
    Terms with zero counts on both sides get NaN statistics.
    """
    if method not in METHODS:
        raise UsageError(f"method: expected one of {', '.join(METHODS)}, got {method!r}")
    a = np.asarray(counts_target, dtype=float).ravel()
    b = np.asarray(counts_rest, dtype=float).ravel()
    if a.shape != b.shape:
        raise UsageError(f"counts_target and counts_rest must have the same length, got {a.size} and {b.size}")
    nt = float(a.sum() if n_target is None else n_target)
    nr = float(b.sum() if n_rest is None else n_rest)
    out = {"count_target": a.astype(np.int64), "count_rest": b.astype(np.int64),
           "rate_target": 1e4 * a / nt if nt else np.full_like(a, np.nan),
           "rate_rest": 1e4 * b / nr if nr else np.full_like(a, np.nan)}
    empty = (a + b) == 0
    with np.errstate(divide="ignore", invalid="ignore"):
        if method == "logodds":
            a0 = float(alpha0)
            if alpha is None:
                alpha = a0 * (a + b) / (nt + nr) if nt + nr else np.zeros_like(a)
            else:
                alpha = np.broadcast_to(np.asarray(alpha, dtype=float), a.shape)
            delta = (np.log((a + alpha) / (nt + a0 - a - alpha))
                     - np.log((b + alpha) / (nr + a0 - b - alpha)))
            var = 1.0 / (a + alpha) + 1.0 / (b + alpha)
            z = delta / np.sqrt(var)
            # scipy.stats.norm.sf(x) is special.ndtr(-x) (the same C function, to the last bit): keyness
            # does not import scipy.stats (0.6 s of CPU in the parent, after the counting) for it
            from scipy import special
            out.update(delta=delta, variance=var, z=z, p_value=2 * special.ndtr(-np.abs(z)))
        else:
            n = nt + nr
            obs = [a, b, nt - a, nr - b]
            exp = [nt * (a + b) / n, nr * (a + b) / n, nt * (n - a - b) / n, nr * (n - a - b) / n]
            if method == "g2":
                from scipy import special
                stat = 2 * sum(special.xlogy(o, o) - special.xlogy(o, e) for o, e in zip(obs, exp))
            else:
                stat = sum((o - e) ** 2 / e for o, e in zip(obs, exp))
            stat = np.maximum(stat, 0.0)          # rounding can give −1e−13
            sign = np.where(a * nr >= b * nt, 1.0, -1.0)
            out.update({method: sign * stat, "p_value": stats.chi2.sf(stat, 1)})
        at, br = np.where(a > 0, a, 0.5), np.where(b > 0, b, 0.5)
        out["log_ratio"] = np.log2((at / nt) / (br / nr))
    df = pd.DataFrame(out)
    cols = [c for c in df.columns if c not in ("count_target", "count_rest", "rate_target", "rate_rest")]
    df.loc[empty, cols] = np.nan
    return df


# -- corpus level -------------------------------------------------------------------------

def _indicator(codes: np.ndarray, n_groups: int) -> sparse.csr_matrix:
    """groups × docs 0/1 matrix; ``codes`` < 0 are left out."""
    from scipy import sparse          # (imported here: the commands that never build one do not pay for it)
    ok = codes >= 0
    cols = np.flatnonzero(ok)
    return sparse.csr_matrix((np.ones(len(cols)), (codes[ok], cols)), shape=(n_groups, len(codes)))


def _units(docs: pd.DataFrame, kind: str) -> np.ndarray:
    """Unit code per document (−1 = none): ``event`` ids or publication ``day``."""
    if kind == "event":
        col = docs["event_id"] if "event_id" in docs.columns else pd.Series(pd.NA, index=docs.index)
    else:
        col = (publication_day(docs["published"]) if "published" in docs.columns
               else pd.Series(pd.NA, index=docs.index))
    return pd.factorize(col, use_na_sentinel=True)[0]


def _scale_rows(M, v) -> sparse.csr_matrix:
    """``diag(v) @ M`` for CSR ``M`` without re-sorting indices."""
    M = M.astype(float, copy=True)
    M.data *= np.repeat(np.asarray(v, dtype=float), np.diff(M.indptr))
    return M


def _house(Ut, Ua, min_tokens, min_units) -> np.ndarray:
    """house_share per term from target × unit (``Ut``) and all × unit (``Ua``) counts
    (NaN where the term occurs in fewer than ``min_units`` counted units)."""
    nt = np.asarray(Ut.sum(axis=1)).ravel()
    nr = np.asarray(Ua.sum(axis=1)).ravel() - nt
    q = np.flatnonzero((nt >= min_tokens) & (nr > 0))
    share = np.full(Ut.shape[1], np.nan)
    if len(q):
        Ut, Ua = Ut[q], Ua[q]
        # over-used in unit u: Ut·nr > (Ua − Ut)·nt  ⇔  Ut·(nr + nt) − Ua·nt > 0
        over = (_scale_rows(Ut, nr[q] + nt[q]) - _scale_rows(Ua, nt[q])) > 0
        n_over = np.asarray(over.sum(axis=0)).ravel()
        n_seen = np.asarray((Ua > 0).sum(axis=0)).ravel()
        ok = n_seen >= min_units
        share[ok] = n_over[ok] / n_seen[ok]
    return share


def _spellings(S, spelling_term, spelling, tdocs, term_ids) -> list[str]:
    """The 3 most frequent printed spellings of each term among the target's documents
    (``" | "``-joined; vectorised: no loop over terms)."""
    sc = np.asarray(S[np.flatnonzero(tdocs)].sum(axis=0)).ravel()
    cand = np.flatnonzero((sc > 0) & np.isin(spelling_term, term_ids))
    order = cand[np.lexsort((-sc[cand], spelling_term[cand]))]
    st = spelling_term[order]
    first = np.r_[True, st[1:] != st[:-1]]
    rank = np.arange(len(st)) - np.maximum.accumulate(np.where(first, np.arange(len(st)), 0))
    pos = pd.Series(np.arange(len(term_ids)), index=term_ids)
    cols = []
    for r in range(3):
        col = np.full(len(term_ids), "", dtype=object)
        sel = rank == r
        col[pos.loc[st[sel]].to_numpy()] = spelling[order[sel]]
        cols.append(pd.Series(col))
    joined = cols[0].str.cat(cols[1:], sep=" | ").str.replace(r"( \| )+$", "", regex=True)
    return joined.tolist()


class _Cells:
    """Term counts of (group, unit) cells — units are events (``within_events``) or publication
    days — from one sparse product, and the per-unit totals; what the house-style check and
    the within-events counts read."""

    def __init__(self, X, gcodes: np.ndarray, units: np.ndarray):
        self.U = U = int(units.max()) + 1 if len(units) and units.max() >= 0 else 0
        ok = (gcodes >= 0) & (units >= 0)
        # rows: the (group, unit) pairs present (so many groups × many days stays small)
        pcodes = np.full(len(gcodes), -1)
        pcodes[ok], puniq = pd.factorize(gcodes[ok].astype(np.int64) * max(U, 1) + units[ok])
        puniq = np.asarray(puniq, dtype=np.int64)
        self.group, self.unit = puniq // max(U, 1), puniq % max(U, 1)
        if U:
            self.GU = (_indicator(pcodes, len(puniq)) @ X).tocsr()
            self.UA = (_indicator(self.unit, U) @ self.GU).tocsr()
            self.GU.sort_indices()
            self.UA.sort_indices()
        self.pairs = pd.DataFrame({"e": units[ok], "g": gcodes[ok]}).drop_duplicates()

    def target(self, gi: int, units_wanted=None):
        """Rows of GU for group ``gi`` (optionally only these units) and the matching UA rows."""
        rows = np.flatnonzero(self.group == gi)
        if units_wanted is not None:
            rows = rows[np.isin(self.unit[rows], units_wanted)]
        return self.GU[rows], self.UA[self.unit[rows]]

    def shared_units(self, gi: int) -> np.ndarray:
        """The units of group ``gi`` that at least one other group covers too."""
        n_g = self.pairs.groupby("e")["g"].nunique()
        shared = set(n_g.index[n_g >= 2])
        return np.array(sorted(set(self.pairs.loc[self.pairs["g"] == gi, "e"]) & shared), dtype=int)


def _targets(docs: pd.DataFrame, by: str, target) -> tuple[np.ndarray, list[str], list[str]]:
    """``(group code per document, group names, targets)``; unknown targets are an error."""
    if by not in docs.columns:
        raise SchemaError(f"corpus has no {by!r} column to group by; columns are: {', '.join(map(str, docs.columns))}")
    gcodes, groups = pd.factorize(docs[by], use_na_sentinel=True)
    groups = [str(g) for g in groups]
    if target is None:
        return gcodes, groups, sorted(groups)
    targets = [target] if isinstance(target, str) else list(target)
    unknown = sorted(set(targets) - set(groups))
    if unknown:
        raise SchemaError(f"unknown {by} {', '.join(unknown)}; {by} values are: {', '.join(sorted(groups))}")
    return gcodes, groups, targets


def _score(matrix, a: np.ndarray, b: np.ndarray, method: str, alpha0: float, min_count: int) -> pd.DataFrame | None:
    """``keyness_table`` of the terms with ≥ ``min_count`` occurrences, n-gram order by order
    (totals per order over the whole vocabulary, before ``min_count``); a ``term_id`` column."""
    keep = np.flatnonzero((a + b) >= max(min_count, 1))
    parts = []
    for n in np.unique(matrix.order[keep]):
        sel = matrix.order == n
        ids = keep[matrix.order[keep] == n]
        tab = keyness_table(a[ids], b[ids], method=method, alpha0=alpha0, n_target=a[sel].sum(), n_rest=b[sel].sum())
        tab.insert(0, "term_id", ids)
        parts.append(tab)
    return pd.concat(parts, ignore_index=True) if parts else None


def _columns(method: str, by: str) -> list[str]:
    """The columns of a keyness table grouped by ``by`` with ``method``'s statistic, in order."""
    return ([by, "term", "count_target", "count_rest", "rate_target", "rate_rest"]
            + (["delta", "variance", "z"] if method == "logodds" else [method])
            + ["p_value", "log_ratio", "article_share", "house_share", "house_style", "spellings"])


def _empty(method: str, by: str) -> pd.DataFrame:
    return pd.DataFrame(columns=_columns(method, by))


@renamed(min_docs="min_articles")
def keyness_scores(matrix, *, by: str = "outlet", target: str | Iterable[str] | None = None,
                   method: str = "logodds", alpha0: float = ALPHA0, top: int | None = None,
                   within_events: bool = False, use=None, min_count: int = 5, min_articles: int = 2,
                   drop_house_style: bool = False, house_min_tokens: int = HOUSE_MIN_TOKENS, house_min_units: int = HOUSE_MIN_UNITS,
                   house_threshold: float = HOUSE_SHARE) -> pd.DataFrame:
    """Distinctive terms of each group (``by``, a column of ``matrix.docs``) against the rest,
    from a :class:`~framing.features.TermMatrix`: the statistics behind :func:`framing.keyness`
    (which takes a corpus).  ``use``: boolean mask of the documents that count (default all).
    Columns and options: see :func:`framing.analysis.keyness`.
    """
    if method not in METHODS:
        raise UsageError(f"--method: expected one of {', '.join(METHODS)}, got {method!r}")
    if top is not None and top < 1:
        raise UsageError(f"--top: expected a positive number, got {top}")
    if min_articles < 1:
        raise UsageError(f"--min-articles: expected a positive number, got {min_articles}")
    docs, X = matrix.docs, matrix.X
    gcodes, groups, targets = _targets(docs, by, target)
    if by in _columns(method, by)[1:]:
        raise UsageError(f"keyness cannot group by {by!r}: its table has a column of that name; group by "
                         f"another column")
    if use is not None:
        gcodes = np.where(np.asarray(use, dtype=bool), gcodes, -1)
    units = _units(docs, "event" if within_events else "day")    # house-style units
    cells = _Cells(X, gcodes, units)
    if not within_events:
        C = (_indicator(gcodes, len(groups)) @ X).tocsr()
        total = np.asarray(C.sum(axis=0)).ravel()
    Xb = matrix.extra.get("presence")                    # rows are cells: articles using each term
    if Xb is None:
        Xb = X.copy()
        Xb.data = np.ones_like(Xb.data, dtype=np.int32)  # documents using each term
    ndocs = docs["docs"].to_numpy() if "presence" in matrix.extra else np.ones(len(docs), dtype=np.int64)
    frames = []
    for t in targets:
        gi = groups.index(t)
        Ut = Ua = None
        if within_events:
            mine = cells.shared_units(gi)
            Ut, Ua = cells.target(gi, mine)
            a = np.asarray(Ut.sum(axis=0)).ravel()
            b = np.asarray(Ua.sum(axis=0)).ravel() - a
            tdocs = (gcodes == gi) & np.isin(units, mine)
        else:
            a, tdocs = C[gi].toarray().ravel(), gcodes == gi
            b = total - a
            if cells.U:
                Ut, Ua = cells.target(gi)
        tab = _score(matrix, a, b, method, alpha0, min_count) if a.sum() and b.sum() else None
        if tab is not None:
            frames.append(_finish(tab, matrix, Xb, by, t, tdocs, Ut, Ua, cells.U, method, top, min_articles,
                                  drop_house_style, house_min_tokens, house_min_units, house_threshold, ndocs))
    return pd.concat(frames, ignore_index=True) if frames else _empty(method, by)


def _finish(tab, matrix, Xb, by, t, tdocs, Ut, Ua, U, method, top, min_articles, drop_house_style,
            house_min_tokens, house_min_units, house_threshold, ndocs) -> pd.DataFrame:
    """One target's table (``t``, a value of the group column ``by``): article_share, house style, the
    over-used terms in fewer than ``min_articles`` of the target's articles left out, sorted by score,
    cut to ``top``, spellings
    (``ndocs``: articles per row of the matrix, 1 for an article matrix)."""
    score_col = _SCORE[method]
    share = _house(Ut, Ua, house_min_tokens, house_min_units) if U else np.full(matrix.X.shape[1], np.nan)
    td = np.flatnonzero(tdocs)
    used = np.asarray(Xb[td].sum(axis=0)).ravel()                # target articles using each term
    tab = tab[(used[tab["term_id"]] >= min_articles) | (tab[score_col] <= 0)].copy()   # under-use needs no spread
    score = tab[score_col].to_numpy()
    tab["article_share"] = used[tab["term_id"]] / max(int(ndocs[td].sum()), 1)
    tab["house_share"] = share[tab["term_id"]]
    tab["house_style"] = (tab["house_share"] >= house_threshold).to_numpy() & (score > 0)
    tab = tab.sort_values([score_col, "count_target"], ascending=[False, False], kind="stable")
    if drop_house_style:
        tab = tab[~tab["house_style"]]
    if top is not None:
        tab = tab.head(top)
    tab.insert(0, "term", matrix.terms[tab["term_id"]])
    tab.insert(0, by, t)
    tab["spellings"] = _spellings(matrix.S, matrix.spelling_term, matrix.spelling, tdocs, tab["term_id"].to_numpy())
    return tab.drop(columns="term_id")


def __getattr__(name):
    # keyness on a corpus moved up to framing.analysis (it builds the term matrix); the old
    # path framing.stats.keyness.keyness keeps working, looked up when used
    if name == "keyness":
        import importlib
        import warnings
        warnings.warn("framing.stats.keyness.keyness moved to framing.keyness (framing.analysis): it takes a "
                      "corpus; framing.stats.keyness_scores takes a term matrix", DeprecationWarning, stacklevel=2)
        return importlib.import_module("framing.analysis").keyness
    raise AttributeError(f"module 'framing.stats.keyness' has no attribute {name!r}")
