"""How often each outlet (or event) uses each term, with intervals that count articles, not matches."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import UsageError
from .agreement import wilson_bounds
from ._core import family_matrix, group_sums, prepare, scipy_stats as sps, term_order

__all__ = ["shares", "wilson_neff", "SHARE_COLUMNS"]

CONTINUITY = 0.25  # continuity correction, in articles (see docs/methods-stats.md)

SHARE_COLUMNS = ["family", "term", "articles", "matches", "tokens", "rate_per_10k", "share", "ci_low", "ci_high",
                 "family_articles", "n_eff"]


def check_boot(n_boot, level) -> None:
    if not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise UsageError(f"n_boot must be a whole number ≥ 1, got {n_boot!r}")
    if not 0 < level < 1:
        raise UsageError(f"level must be between 0 and 1 (e.g. 0.95), got {level!r}")


def shares(counts, docs, *, by="outlet", n_boot=1000, seed=0, level=0.95, terms=None) -> pd.DataFrame:
    """Share of each term within its family, per group, with an interval on effective articles.

    Parameters
    ----------
    counts : DataFrame ``id, family, term, count`` — matches per article (non-zero rows).
    docs : DataFrame ``id, tokens`` and the ``by`` columns (usually ``outlet, event_id``),
        one row per article, *including* articles without a match. Count rows whose
        ``id`` is not in ``docs`` are ignored; articles whose ``by`` key is null are left out.
    by : ``"outlet"``, ``"event_id"``, ``["outlet", "event_id"]`` or any column(s) of ``docs``.
    n_boot, seed : kept for compatibility (checked, no longer used: the interval is closed-form).
    level : confidence level of the interval (0.95).
    terms : optional DataFrame ``family, term`` (e.g. ``Lexicon.terms_table()``): these terms get
        rows even if they never match, and set the term order.

    Returns
    -------
    DataFrame, one row per (group, family, term) for every term that matches anywhere
    (and every term of ``terms``), zero-count terms included:

    ==============  ==============================================================
    <by columns>    the group
    family, term    the lexicon family and term
    articles        articles of the group with ≥1 match of the term
    matches         matches of the term in the group
    tokens          word tokens of all articles of the group (title + text)
    rate_per_10k    matches / tokens × 10,000 (null if the group has no tokens)
    share           matches / all matches of the family in the group (0–1)
    ci_low/ci_high  interval of ``share`` at ``level`` (Wilson score on ``n_eff``)
    family_articles articles of the group with ≥1 match of the family (the share's n)
    n_eff           effective number of articles behind the share (see below)
    ==============  ==============================================================

    ``share``, ``ci_low`` and ``ci_high`` are null (``pd.NA``) when the group has no match of
    the family at all: there is no choice of term to measure there.

    The interval counts articles, not matches: all matches of one article are treated as
    one choice (the worst case, mentions fully clustered). With ``m_i`` the family matches
    of article ``i``, the effective number of articles is ``n_eff = (Σ m_i)² / Σ m_i²``
    (Kish; = the number of articles when they have equally many matches, fewer when a few
    long articles dominate). The interval is the Wilson score interval of ``share`` on
    ``n_eff`` trials with a continuity correction of a quarter article: it never has zero
    width and never collapses to [0, 0] or [1, 1]; its coverage with 3–30 articles and
    strongly clustered mentions is checked in ``tests/stats/test_interval_coverage.py``.
    (A family of one term has share 1 by definition and the interval [1, 1].)
    """
    check_boot(n_boot, level)
    prep = prepare(counts, docs, by)
    pieces = [_family_shares(prep, family, fam_terms, level)
              for family, fam_terms in term_order(prep, terms).items()]
    if not pieces:
        return _empty(prep)
    out = pd.concat(pieces, ignore_index=True)
    # null where undefined (not NaN), and exact bounds where there is no spread
    for name in ["rate_per_10k", "share", "ci_low", "ci_high", "n_eff"]:
        out[name] = out[name].mask(out[name].isna(), pd.NA)
    return out.sort_values([*prep.by, "family"], kind="stable").reset_index(drop=True)


#: ``scipy.stats.norm.ppf(0.5 + level / 2)`` of the usual levels, to the last bit: a command that
#: gives shares does not import scipy.stats (0.7 s of CPU) for one number
_Z = {0.95: 1.959963984540054, 0.9: 1.6448536269514722, 0.99: 2.5758293035489004}


def wilson_neff(share, n_eff, level=0.95, cc=CONTINUITY):
    """Wilson score interval of ``share`` (0–1) on ``n_eff`` trials (arrays broadcast), with a
    continuity correction of ``cc`` trials. Returns ``(low, high)``; NaN where ``n_eff`` ≤ 0."""
    p = np.asarray(share, dtype=float)
    n = np.where(np.asarray(n_eff, dtype=float) > 0, n_eff, np.nan)
    z = _Z.get(level)
    if z is None:
        z = sps.norm.ppf(0.5 + level / 2)
    bounds = [np.clip(wilson_bounds(np.clip(p + sign * cc / n, 0, 1), n, z)[k], 0, 1)
              for k, sign in enumerate((-1, 1))]        # each bound from p moved by cc trials outwards
    return np.where(p <= 0, 0.0, bounds[0]), np.where(p >= 1, 1.0, bounds[1])


def _family_shares(prep, family, fam_terms, level) -> pd.DataFrame:
    """The rows of one family: every group × term, with counts, rate, share and interval."""
    G, K = len(prep.groups), len(fam_terms)
    rows, Y = family_matrix(prep, family, fam_terms)
    codes = prep.gcode[rows]
    matches = group_sums(Y, codes, G)
    articles = group_sums((Y > 0).astype(float), codes, G)
    m = Y.sum(axis=1, keepdims=True)
    m1, m2 = group_sums(m, codes, G)[:, 0], group_sums(m * m, codes, G)[:, 0]
    with np.errstate(divide="ignore", invalid="ignore"):
        n_eff = np.where(m2 > 0, m1 ** 2 / m2, np.nan)
    total = matches.sum(axis=1, keepdims=True)
    tokens = prep.groups["tokens"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(total > 0, matches / total, np.nan)
        rate = np.where(tokens[:, None] > 0, matches / tokens[:, None] * 1e4, np.nan)
    lo, hi = wilson_neff(share, n_eff[:, None], level)
    if K == 1:  # a one-word family: its share is 1 by definition, not an estimate
        lo, hi = share, share
    piece = prep.groups.loc[np.repeat(np.arange(G), K), prep.by].reset_index(drop=True)
    piece["family"] = family
    piece["term"] = np.tile(fam_terms, G)
    piece["articles"] = articles.ravel().astype("int64")
    piece["matches"] = matches.ravel().astype("int64") if _whole(matches) else matches.ravel()
    piece["tokens"] = np.repeat(tokens, K).astype("int64")
    piece["family_articles"] = np.repeat(np.bincount(codes, minlength=G), K).astype("int64")
    for name, arr in [("rate_per_10k", rate), ("share", share), ("ci_low", lo), ("ci_high", hi),
                      ("n_eff", np.repeat(n_eff, K))]:
        piece[name] = pd.array(arr.ravel(), dtype="Float64")
    return piece[[*prep.by, *SHARE_COLUMNS]]


def _whole(a: np.ndarray) -> bool:
    return bool(np.all(a == np.round(a)))


def _empty(prep) -> pd.DataFrame:
    cols = {c: prep.groups[c].iloc[:0] for c in prep.by}
    cols.update({"family": pd.Series([], dtype=object), "term": pd.Series([], dtype=object),
                 "articles": pd.Series([], dtype="int64"), "matches": pd.Series([], dtype="int64"),
                 "tokens": pd.Series([], dtype="int64"),
                 "family_articles": pd.Series([], dtype="int64")})
    cols.update({c: pd.Series([], dtype="Float64") for c in ["rate_per_10k", "share", "ci_low", "ci_high", "n_eff"]})
    return pd.DataFrame(cols)[[*prep.by, *SHARE_COLUMNS]]
