"""How often each outlet (or event) uses each term, with article-level bootstrap CIs."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import UsageError
from ._core import family_matrix, group_seeds, group_sums, iter_boot, prepare, term_order

__all__ = ["shares", "SHARE_COLUMNS"]

SHARE_COLUMNS = ["family", "term", "articles", "matches", "tokens", "rate_per_10k", "share", "ci_low", "ci_high"]


def check_boot(n_boot, level) -> None:
    if not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise UsageError(f"n_boot must be a whole number ≥ 1, got {n_boot!r}")
    if not 0 < level < 1:
        raise UsageError(f"level must be between 0 and 1 (e.g. 0.95), got {level!r}")


def shares(counts, docs, *, by="outlet", n_boot=1000, seed=0, level=0.95, terms=None) -> pd.DataFrame:
    """Share of each term within its family, per group, with a cluster-bootstrap CI.

    Parameters
    ----------
    counts : DataFrame ``doc_id, family, term, count`` — matches per article (non-zero rows).
    docs : DataFrame ``doc_id, tokens`` and the ``by`` columns (usually ``outlet, event_id``),
        one row per article, *including* articles without a match. Count rows whose
        ``doc_id`` is not in ``docs`` are ignored; articles whose ``by`` key is null are left out.
    by : ``"outlet"``, ``"event_id"``, ``["outlet", "event_id"]`` or any column(s) of ``docs``.
    n_boot : bootstrap replicates. seed : seed of the numpy Generator (same inputs → same output).
    level : confidence level of the interval (0.95 → 2.5th and 97.5th percentiles).
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
    ci_low/ci_high  percentile bootstrap interval of ``share`` at ``level``
    ==============  ==============================================================

    ``share``, ``ci_low`` and ``ci_high`` are null (``pd.NA``) when the group has no match of
    the family at all: there is no choice of term to measure there.

    The bootstrap resamples articles, not matches: within each group, the articles with ≥1
    match of the family are drawn with replacement (as many as there are), so all matches
    of one article move together. A term with 0 matches in a group gets the interval
    [0, 0]; a group with one such article gets an interval of zero width (no spread can be
    measured from one article).
    """
    check_boot(n_boot, level)
    prep = prepare(counts, docs, by)
    keys = ["\x1f".join(map(str, k)) for k in prep.groups[prep.by].itertuples(index=False, name=None)]
    pieces = [_family_shares(prep, family, fam_terms, keys, n_boot, seed, level)
              for family, fam_terms in term_order(prep, terms).items()]
    if not pieces:
        return _empty(prep)
    out = pd.concat(pieces, ignore_index=True)
    # null where undefined (not NaN), and exact bounds where there is no spread
    for name in ["rate_per_10k", "share", "ci_low", "ci_high"]:
        out[name] = out[name].mask(out[name].isna(), pd.NA)
    return out.sort_values([*prep.by, "family"], kind="stable").reset_index(drop=True)


def _family_shares(prep, family, fam_terms, keys, n_boot, seed, level) -> pd.DataFrame:
    """The rows of one family: every group × term, with counts, rate, share and bootstrap CI."""
    G, K = len(prep.groups), len(fam_terms)
    alpha = (1 - level) / 2
    rows, Y = family_matrix(prep, family, fam_terms)
    codes = prep.gcode[rows]
    matches = group_sums(Y, codes, G)
    articles = group_sums((Y > 0).astype(float), codes, G)
    lo = np.full((G, K), np.nan)
    hi = np.full((G, K), np.nan)
    for gids, sums in iter_boot(Y, codes, G, n_boot, None, group_seeds(seed, family, keys)):
        reps = sums / sums.sum(axis=2, keepdims=True)  # every replicate has ≥1 article with matches
        lo[gids], hi[gids] = np.quantile(reps, [alpha, 1 - alpha], axis=0)
    total = matches.sum(axis=1, keepdims=True)
    tokens = prep.groups["tokens"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(total > 0, matches / total, np.nan)
        rate = np.where(tokens[:, None] > 0, matches / tokens[:, None] * 1e4, np.nan)
    piece = prep.groups.loc[np.repeat(np.arange(G), K), prep.by].reset_index(drop=True)
    piece["family"] = family
    piece["term"] = np.tile(fam_terms, G)
    piece["articles"] = articles.ravel().astype("int64")
    piece["matches"] = matches.ravel().astype("int64") if _whole(matches) else matches.ravel()
    piece["tokens"] = np.repeat(tokens, K).astype("int64")
    for name, arr in [("rate_per_10k", rate), ("share", share), ("ci_low", lo), ("ci_high", hi)]:
        piece[name] = pd.array(arr.ravel(), dtype="Float64")
    return piece


def _whole(a: np.ndarray) -> bool:
    return bool(np.all(a == np.round(a)))


def _empty(prep) -> pd.DataFrame:
    cols = {c: prep.groups[c].iloc[:0] for c in prep.by}
    cols.update({"family": pd.Series([], dtype=object), "term": pd.Series([], dtype=object),
                 "articles": pd.Series([], dtype="int64"), "matches": pd.Series([], dtype="int64"),
                 "tokens": pd.Series([], dtype="int64")})
    cols.update({c: pd.Series([], dtype="Float64") for c in ["rate_per_10k", "share", "ci_low", "ci_high"]})
    return pd.DataFrame(cols)
