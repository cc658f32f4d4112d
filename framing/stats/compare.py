"""Does the choice of term depend on the outlet? A test, pairwise differences, one sentence.

See ``docs/methods-stats.md`` for the plain-language account of every number.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import combinations

import numpy as np
import pandas as pd
from ._core import scipy_stats as sps

from ..errors import UsageError
from ._core import family_matrix, group_sums, holm, holm_alpha, perm_chi2, perm_p, prepare, term_order
from .shares import check_boot, shares

__all__ = ["Comparison", "compare", "format_p", "holm", "PAIRWISE_COLUMNS"]

PAIRWISE_COLUMNS = ["group_a", "group_b", "term", "share_a", "share_b", "diff", "ci_low", "ci_high", "p_value", "p_holm",
                    "events"]
MIN_MATCHES = 10  # below this many matches no test is run
MAX_GROUPS = 60  # pairwise tables grow with the square of the groups
PERM_ARTICLES = 5_000  # up to this many articles with matches, 10,000 permutations by default


@dataclass(frozen=True)
class Comparison:
    """Result of :func:`compare` for one family.

    ``shares``: as :func:`framing.stats.shares` (that family only).
    ``test``: dict ``test, statistic, dof, p_value, cramers_v, n, sentence`` and also
    ``p_chi2`` (from the χ² distribution), ``p_permutation``, ``n_perm``, ``low_expected``
    (expected count < 5 in > 20% of cells), ``groups``, ``terms``, ``articles``, ``events``.
    Numbers are ``None`` when no test was possible; ``sentence`` then says why.
    ``pairwise``: DataFrame ``group_a, group_b, term, share_a, share_b, diff, ci_low, ci_high, p_value,
    p_holm, events`` (the two groups, values of ``by``, as :func:`framing.discover` names a pair's; shares 0–1; ``diff`` = share_a − share_b; CI of ``diff`` at ``level``).
    ``sentence``: the test sentence plus, if any, the clearest pairwise difference.
    ``lang``: the article language compared (set by :func:`framing.compare_terms`; None: all).
    """
    family: str
    by: str
    within_events: bool
    shares: pd.DataFrame
    test: dict
    pairwise: pd.DataFrame
    sentence: str
    lang: str | None = None

    def __repr__(self):
        return (f"Comparison(family={self.family!r}, by={self.by!r}, within_events={self.within_events}, "
                f"pairs={len(self.pairwise)}): {self.sentence}")


def format_p(p) -> str:
    """``p < 0.001``, ``p = 0.004``, ``p = 0.21``, ``p > 0.99``; ``p = n/a`` when missing."""
    if p is None or p is pd.NA or (isinstance(p, float) and math.isnan(p)):
        return "p = n/a"
    p = float(p)
    if p < 0.001:
        return "p < 0.001"
    if round(p, 3) < 0.1:
        return f"p = {p:.3f}"
    if p > 0.99:
        return "p > 0.99"
    return f"p = {p:.2f}"


def _strength(v: float) -> str:
    return "negligible" if v < 0.1 else "weak" if v < 0.3 else "moderate" if v < 0.5 else "strong"


def _nouns(by: str) -> tuple[str, str]:
    return {"outlet": ("outlet", "outlets"), "event_id": ("event", "events")}.get(by, (by, f"{by} groups"))


def compare(counts, docs, family, *, by="outlet", within_events=False, n_boot=1000, seed=0, level=0.95,
            n_perm=None, terms=None) -> Comparison:
    """Compare the terms of one ``family`` between outlets (or another ``by`` column).

    Inputs as :func:`framing.stats.shares` (``docs`` also needs ``event_id`` when
    ``within_events=True``). Only articles with ≥1 match of the family take part in the
    test and the differences (articles without a match say nothing about *which* term).

    Plain comparison (``within_events=False``)
        ``test``: χ² statistic of independence group × term on match counts
        (``scipy.stats.chi2_contingency``, no continuity correction, all-zero rows/columns
        dropped), Cramér's V = sqrt(χ² / (n · (min(rows, cols) − 1))). ``p_value`` is always
        a Monte-Carlo permutation p-value: whole articles (with all their matches) are
        shuffled between groups ``n_perm`` times (seeded), because matches within one article
        are not independent — the textbook ``p_chi2`` is kept for reference; on real news
        it is often far too small (one article repeating a word counts many times).
        ``low_expected`` flags expected counts < 5 in more than 20% of cells.
    Within events (``within_events=True``)
        Only events in which ≥2 of the groups use the family are kept. ``statistic`` is the
        sum over those events of each event's χ² (group × term); ``p_value`` comes from
        ``n_perm`` permutations that shuffle group labels between articles *of the same
        event*; ``dof`` is the sum of the events' degrees of freedom; ``cramers_v`` =
        sqrt(Σχ² / Σ nₑ(min(rₑ, cₑ) − 1)), a weighted average of the events' V² (inflated
        when events are small: read it only together with the p-value).
    ``n_perm``: None = 10,000 permutations up to 5,000 articles with matches, else 2,000.

    ``shares``: as :func:`framing.stats.shares`; within events, over the articles of the
    kept events only (so the table matches the test and the differences).

    ``pairwise``: every pair of groups with matches × every term. Shares and ``diff`` are
    the groups' shares (within events: the average over the events in which both groups
    use the family, weighted by the smaller of the two groups' family matches in that
    event; ``events`` = how many).
    ``p_value``: two-sided z-test of equal shares whose variance is computed from article
    totals around the pooled share (a cluster-robust two-proportion test: an article with
    many matches weighs as one article; × m/(m−1) for m articles; within events the
    per-event variances are pooled with the same weights). Normal approximation: rough
    with fewer than ~10 articles per group. ``p_holm``: Holm-adjusted over all pairs ×
    terms of the family; a term neither group uses is not counted (its ``p_value`` is 1), and
    with two terms each pair counts once (the second term mirrors the first).
    ``ci_low, ci_high``: Holm-adjusted interval of ``diff``, ``diff ± z·se`` with the test's
    standard error and the per-test rate of :func:`~framing.stats._core.holm_alpha` (at
    ``1 − level`` overall): it excludes 0 exactly when ``p_holm < 1 − level``. Where the
    articles show no spread at all (e.g. a term neither group uses), each article counts as
    one binomial trial with the pooled share pulled half an article towards ½, so no interval
    has zero width; rows left out of the Holm count get the Bonferroni level.
    Pairs without a shared event are left out.
    """
    by = _check_args(by, within_events, n_boot, level, n_perm)
    prep = prepare(counts, docs, by, extra=("event_id",) if within_events else ())
    order = term_order(prep, terms)
    fam_terms = order.get(str(family), [])
    sub_terms = None if terms is None else terms[terms["family"].astype(str) == str(family)]
    fam_counts = counts[counts["family"].astype(str) == str(family)]
    one, many = _nouns(by)

    rows, Y = family_matrix(prep, str(family), fam_terms)
    labels = prep.gcode[rows]
    if within_events:
        rows, Y, labels, strata, shared = _shared_events(prep, rows, Y, labels)
        docs = docs[docs["event_id"].isin(shared).to_numpy()]          # the shares, too, use only these events
        fam_counts = fam_counts[fam_counts["id"].isin(set(docs["id"])).to_numpy()]
    else:
        strata = np.zeros(len(rows), dtype=np.int64)
    sh = shares(fam_counts, docs, by=by, n_boot=n_boot, seed=seed, level=level, terms=sub_terms)

    if n_perm is None:  # p-values down to 1e-4 when cheap; 2,000 still resolves p < 0.001
        n_perm = 10_000 if len(Y) <= PERM_ARTICLES else 2_000
    names = prep.groups[by].to_numpy()
    present = np.unique(labels)
    if len(present) > MAX_GROUPS:
        raise UsageError(f"compare handles up to {MAX_GROUPS} {many} with matches, got {len(present)}; "
                         f"use shares() for many groups")
    test = _test(Y, labels, strata, within_events, n_perm, np.random.default_rng([seed, 1]), family, one, many,
                 names, fam_terms)
    pairwise = _pairwise(Y, labels, strata, within_events, names, fam_terms, level)
    sentence = test["sentence"]
    if test["statistic"] is not None:  # no pairwise summary where no test could be run
        sentence += _pair_sentence(pairwise, within_events, many, level)
    return Comparison(str(family), by, bool(within_events), sh, test, pairwise, sentence)


def _check_args(by, within_events, n_boot, level, n_perm) -> str:
    """The one column compared (``by`` may be a one-item list); one-line errors otherwise."""
    check_boot(n_boot, level)
    if n_perm is not None and (not isinstance(n_perm, (int, np.integer)) or n_perm < 1):
        raise UsageError(f"n_perm must be a whole number ≥ 1 (or None: automatic), got {n_perm!r}")
    if not isinstance(by, str) and len(by) == 1:
        by = by[0]
    if not isinstance(by, str):
        raise UsageError(f"compare needs one column to compare by (e.g. 'outlet'), got {by!r}")
    if within_events and by == "event_id":
        raise UsageError("within_events compares groups inside each event, so by cannot be 'event_id'")
    return by


def _shared_events(prep, rows, Y, labels):
    """``(rows, Y, labels, strata, events)`` of the articles in events where ≥2 groups use the
    family (``strata``: event number 0…k-1 per article; ``events``: the kept event ids)."""
    ev = prep.docs["event_id"].to_numpy()[rows]
    known = ~pd.isna(ev)
    rows, Y, labels, ev = rows[known], Y[known], labels[known], ev[known]
    strata = pd.factorize(ev, sort=True)[0]
    n_labels = pd.Series(labels).groupby(strata).nunique().to_numpy() if len(strata) else np.array([])
    keep = n_labels[strata] >= 2 if len(strata) else np.zeros(0, bool)
    rows, Y, labels, strata = rows[keep], Y[keep], labels[keep], strata[keep]
    return rows, Y, labels, pd.factorize(strata, sort=True)[0], set(ev[keep])


def _test(Y, labels, strata, within, n_perm, rng, family, one, many, names, fam_terms) -> dict:
    n = float(Y.sum())
    cols = Y.sum(axis=0) > 0
    groups_used = np.unique(labels)
    test = {"test": ("χ² within events (sum over events, permutation within events)" if within
                     else "χ² test of independence (article-level permutation p-value)"),
            "statistic": None, "dof": None, "p_value": None, "cramers_v": None, "n": int(round(n)),
            "p_chi2": None, "p_permutation": None, "n_perm": None, "low_expected": None,
            "groups": int(len(groups_used)), "terms": int(cols.sum()), "articles": int(len(Y)),
            "events": int(len(np.unique(strata))) if within else None}
    where = " within shared events" if within else ""
    if n == 0:
        test["sentence"] = (f"No event has matches of '{family}' from two or more {many}, so a within-event "
                            "comparison is not possible (try without --within-events, within_events=True in "
                            "Python)." if within else
                            f"No matches of '{family}' in these articles, so there is nothing to compare.")
        return test
    if len(groups_used) < 2:
        test["sentence"] = (f"Only one {one} ({names[groups_used[0]]}) uses words of '{family}' "
                            f"(n = {n:,.0f} matches), so there is nothing to compare.")
        return test
    if cols.sum() < 2:
        term = fam_terms[int(np.flatnonzero(cols)[0])]
        test["sentence"] = (f"All {n:,.0f} matches{where} use the same term ({term}), so the choice of "
                            f"term cannot differ between {many}.")
        return test
    if n < MIN_MATCHES:
        test["sentence"] = f"Too few matches{where} to test (n = {n:,.0f})."
        return test

    # per-cell (stratum × group) tables: observed, expected, degrees of freedom
    cells, cell = np.unique(np.column_stack([strata, labels]), axis=0, return_inverse=True)
    cell = cell.ravel()
    O = group_sums(Y, cell, len(cells))
    col = group_sums(Y, strata, strata.max() + 1)[cells[:, 0]]
    E = O.sum(axis=1, keepdims=True) * col / col.sum(axis=1, keepdims=True)
    low = float((E[col > 0] < 5).mean()) > 0.2
    r_e = np.bincount(cells[:, 0])
    c_e = (group_sums(Y, strata, strata.max() + 1) > 0).sum(axis=1)
    n_e = np.bincount(strata, weights=Y.sum(axis=1))
    dof = int(((r_e - 1) * (c_e - 1)).sum())
    stat, perms = perm_chi2(Y, labels, strata, n_perm, rng)
    p = perm_p(stat, perms)
    if not within:  # the textbook test, for reference (same statistic)
        stat, p_chi2, dof, _ = sps.chi2_contingency(O[:, cols], correction=False)
        stat, p_chi2, dof = float(stat), float(p_chi2), int(dof)
    else:
        p_chi2 = float(sps.chi2.sf(stat, dof)) if dof > 0 else 1.0
    denom = float((n_e * (np.minimum(r_e, c_e) - 1)).sum())
    v = math.sqrt(stat / denom) if denom > 0 else 0.0
    test.update(statistic=stat, dof=dof, p_value=p, cramers_v=v, p_chi2=p_chi2, p_permutation=p,
                n_perm=n_perm, low_expected=low)
    test["sentence"] = _test_sentence(test, within, one, many)
    return test


def _test_sentence(test: dict, within: bool, one: str, many: str) -> str:
    """The plain-words sentence of a test that could be run (``test``: the dict of :func:`_test`,
    with statistic, dof, p_value, cramers_v, p_chi2, n_perm, low_expected, groups, n, articles)."""
    stat, dof, p, v, p_chi2 = test["statistic"], test["dof"], test["p_value"], test["cramers_v"], test["p_chi2"]
    n_perm, low, n_groups, n_art = test["n_perm"], test["low_expected"], test["groups"], test["articles"]
    verdict = (f"the choice of term depends on the {one}" if p < 0.05 else
               f"the data do not show that the choice of term depends on the {one}")
    size = (f"a {_strength(v)} association" if p < 0.05 else
            "a size that chance alone can produce with these data")
    if within:
        s = (f"Comparing {n_groups} {many} within the same {test['events']} events "
             f"({test['n']:,} matches in {n_art:,} articles), {verdict} (within-event χ² = {stat:.1f}, "
             f"df = {dof}, {format_p(p)}; Cramér's V = {v:.2f}, {size}). The p-value comes from "
             f"{n_perm:,} shuffles of whole articles between {many} inside each event, so {many} that "
             f"covered different stories are not confounded.")
    else:
        s = (f"Across {n_groups} {many} and {test['n']:,} matches in {n_art:,} articles, {verdict} "
             f"(χ² = {stat:.1f}, df = {dof}, {format_p(p)}; Cramér's V = {v:.2f}, {size}). The p-value "
             f"comes from {n_perm:,} shuffles of whole articles between {many}, because matches within one "
             f"article are not independent")
        if p_chi2 < 0.05 <= p:
            s += f"; the textbook χ² table would give {format_p(p_chi2)} and overstate the evidence."
        elif low:
            s += "; counts are small in some cells, where the textbook χ² table would be unreliable."
        else:
            s += "."
    return s


def _pairwise(Y, labels, strata, within, names, fam_terms, level) -> pd.DataFrame:
    """Pairwise share differences; see :func:`compare`. Vectorised over terms."""
    K = len(fam_terms)
    cells, cell = np.unique(np.column_stack([strata, labels]), axis=0, return_inverse=True)
    cell = cell.ravel()
    C = len(cells)
    nf = Y.sum(axis=1, keepdims=True)  # family matches per article
    Ys = group_sums(Y, cell, C)  # matches per cell × term
    N = group_sums(nf, cell, C)[:, 0]  # family matches per cell
    m = np.bincount(cell, minlength=C)  # articles per cell
    Syy, Syn = group_sums(Y * Y, cell, C), group_sums(Y * nf, cell, C)
    Snn = group_sums(nf * nf, cell, C)[:, 0]
    idx = pd.Series(np.arange(C), index=pd.MultiIndex.from_arrays([cells[:, 0], cells[:, 1]]))

    def ssr(c, R0):  # Σ over the cell's articles of (y − R0·n)², per term
        return Syy[c] - 2 * R0 * Syn[c] + R0 ** 2 * Snn[c, None]

    out = []
    for a, b in combinations(np.unique(labels), 2):
        sa_idx, sb_idx = idx.xs(a, level=1), idx.xs(b, level=1)
        shared = sa_idx.index.intersection(sb_idx.index)
        if not len(shared):
            continue
        ca, cb = sa_idx[shared].to_numpy(), sb_idx[shared].to_numpy()
        Ra, Rb = Ys[ca] / N[ca, None], Ys[cb] / N[cb, None]
        R0 = (Ys[ca] + Ys[cb]) / (N[ca] + N[cb])[:, None]  # pooled share: the null of no difference
        n_art = m[ca] + m[cb]
        var_e = (ssr(ca, R0) / N[ca, None] ** 2 + ssr(cb, R0) / N[cb, None] ** 2) * (n_art / (n_art - 1))[:, None]
        w = np.minimum(N[ca], N[cb]) if within else np.ones(1)
        w = w / w.sum()
        sa, sb = w @ Ra, w @ Rb
        diff = sa - sb
        var = np.clip((w[:, None] ** 2 * var_e).sum(axis=0), 0, None)
        z = np.abs(diff) / np.sqrt(np.where(var > 1e-15, var, 1.0))
        row = pd.DataFrame({"group_a": names[a], "group_b": names[b], "term": fam_terms, "share_a": sa, "share_b": sb,
                            "diff": diff, "p_value": np.where(var > 1e-15, 2 * sps.norm.sf(z), 1.0),
                            "events": len(ca)})
        # no spread among the articles (every article splits its words as the pooled share):
        # the interval falls back to each article as one binomial trial, share pulled ½ article
        # towards ½ so that "all articles agree" does not read as certainty
        r0 = (R0 * n_art[:, None] + 0.5) / (n_art[:, None] + 1)
        floor = (w[:, None] ** 2 * r0 * (1 - r0) * (1 / m[ca] + 1 / m[cb])[:, None]).sum(axis=0)
        row["se"] = np.sqrt(np.where(var > 1e-15, var, floor))
        out.append(row)
    if not out or K == 0:
        return _empty_pairwise()
    return _holm_columns(pd.concat(out, ignore_index=True), K, level, within)


def _holm_columns(res: pd.DataFrame, K: int, level: float, within: bool) -> pd.DataFrame:
    """Add ``p_holm``, ``ci_low``, ``ci_high`` (Holm-adjusted at ``1 − level`` overall) to the
    pairwise rows ``res`` (``K`` terms a pair, in order), ``events`` as Int64 (NA unless
    ``within``) and ``attrs["holm_tests"]``; returns the :data:`PAIRWISE_COLUMNS`."""
    # Holm counts real tests only: not a term neither group uses, and with two terms not the
    # second term (its test mirrors the first: diff → −diff)
    p = res["p_value"].to_numpy(dtype=float)
    counted = ~((res["share_a"] == 0) & (res["share_b"] == 0)).to_numpy()
    if K == 2:
        counted &= np.tile([True, False], len(res) // 2)
    p_holm = np.ones(len(res))
    p_holm[counted] = holm(p[counted])
    if K == 2:
        p_holm[1::2] = p_holm[::2]
    res["p_holm"] = p_holm
    alpha = np.full(len(res), (1 - level) / max(int(counted.sum()), 1))  # uncounted rows: Bonferroni
    alpha[counted] = holm_alpha(p[counted], 1 - level)
    if K == 2:
        alpha[1::2] = alpha[::2]
    se = res["se"].to_numpy(dtype=float)
    half = np.where(se > 0, sps.norm.isf(alpha / 2) * se, np.nan)
    res["ci_low"] = np.clip(res["diff"] - half, -1, 1)
    res["ci_high"] = np.clip(res["diff"] + half, -1, 1)
    res.attrs["holm_tests"] = int(counted.sum())
    res["events"] = pd.array(res["events"] if within else [pd.NA] * len(res), dtype="Int64")
    return res[PAIRWISE_COLUMNS]


def _empty_pairwise() -> pd.DataFrame:
    df = pd.DataFrame({c: pd.Series([], dtype=float) for c in PAIRWISE_COLUMNS})
    for c in ["group_a", "group_b", "term"]:
        df[c] = df[c].astype(object)
    df["events"] = df["events"].astype("Int64")
    return df


def _pair_sentence(pw: pd.DataFrame, within: bool, many: str, level: float) -> str:
    if pw.empty:
        return ""
    sig = pw[pw["p_holm"] < 0.05]
    if sig.empty:
        tests = pw.attrs.get("holm_tests", len(pw))
        return (f" No single pair of {many} differs clearly on one term after Holm correction for "
                f"{tests} comparisons.")
    r = sig.loc[sig["diff"].abs().idxmax()]
    where = f" (within {int(r['events'])} shared events)" if within else ""
    return (f" The clearest difference{where}: {r['group_a']} uses {r['term']} in {r['share_a']:.0%} of its matches, "
            f"{r['group_b']} in {r['share_b']:.0%} (difference {100 * r['diff']:+.0f} points, Holm-adjusted "
            f"{level:.0%} CI {100 * r['ci_low']:+.0f} to {100 * r['ci_high']:+.0f}, {format_p(r['p_holm'])}).")
