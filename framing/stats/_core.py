"""Machinery shared by ``shares`` and ``compare``: input checks, per-article
count matrices, the article bootstrap and the article permutation test.

Everything works on two tables (see ``docs/dev-contracts.md``):

* ``counts``: ``id, family, term, count`` — matches per article (non-zero rows);
* ``docs``: ``id, outlet, event_id, tokens`` — one row per article, also
  articles without any match (``tokens`` = word tokens in title + text).

``docs`` decides which articles take part: count rows whose ``id`` is not
in ``docs`` are ignored (so ``docs`` filtered to some outlets compares just
those), but if *none* of them is found an ``InputError`` is raised (usually
ids of different types, e.g. int vs str).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import InputError, SchemaError, UsageError
from ..schema import _suggest


class _LazyScipyStats:
    """``scipy.stats``, imported on first use (it takes longer to import than pandas, and
    ``framing terms`` never calls it): ``scipy_stats.norm.sf(z)``."""

    def __getattr__(self, name):
        from scipy import stats
        return getattr(stats, name)


scipy_stats = _LazyScipyStats()

COUNT_COLUMNS = ["id", "family", "term", "count"]
BUDGET = 2_000_000  # random draws per block: bounds memory (≈16 MB per block)


def as_by(by) -> list[str]:
    """``"outlet"`` or ``["outlet", "event_id"]`` → list of column names."""
    cols = [by] if isinstance(by, str) else list(by or [])
    if not cols or not all(isinstance(c, str) for c in cols):
        raise UsageError(f"by must be a column name or a list of names, got {by!r}")
    return cols


def check_columns(df, required, name: str) -> None:
    """Raise ``SchemaError`` naming missing columns (and the closest existing names)."""
    if not isinstance(df, pd.DataFrame):
        raise InputError(f"{name} must be a pandas DataFrame, got {type(df).__name__}")
    missing = [c for c in required if c not in df.columns]
    if missing:
        hints = [f"{c!r}{_suggest(c, [str(x) for x in df.columns], cutoff=0.6)}" for c in missing]
        raise SchemaError(f"{name} needs columns {required}; missing {', '.join(hints)}; "
                          f"has {[str(x) for x in df.columns]}")


@dataclass
class Prepared:
    """Aligned inputs.

    ``gcode``: group number of every row of ``docs`` (-1 = a key is null, left out);
    ``groups``: one row per group (the ``by`` columns, sorted), with ``tokens`` and ``n_docs``;
    ``counts``: ``row`` (position in ``docs``), ``family``, ``term``, ``count`` (summed, > 0).
    """
    by: list[str]
    docs: pd.DataFrame
    gcode: np.ndarray
    groups: pd.DataFrame
    counts: pd.DataFrame


def prepare(counts, docs, by, extra=()) -> Prepared:
    by = as_by(by)
    check_columns(counts, COUNT_COLUMNS, "counts")
    check_columns(docs, ["id", "tokens", *by, *extra], "docs")
    d = docs[list(dict.fromkeys(["id", "tokens", *by, *extra]))].reset_index(drop=True)
    if d["id"].duplicated().any():
        dup = d.loc[d["id"].duplicated(), "id"].iloc[0]
        n = int(d["id"].eq(dup).sum())
        raise SchemaError(f"{n} articles have the id {dup!r} (a table with repeated rows, or an id column that "
                          "repeats): framing ingest keeps one of each and lists the others in rejects.csv")
    tokens = pd.to_numeric(d["tokens"], errors="coerce")
    if tokens.isna().any() or (tokens < 0).any():
        raise SchemaError("docs.tokens must be non-negative numbers (word tokens per article)")
    d["tokens"] = tokens.astype("int64")

    g = d.groupby(by, sort=True, dropna=True)
    gcode = g.ngroup().fillna(-1).to_numpy(dtype=np.int64)
    agg = g.agg(tokens=("tokens", "sum"), n_docs=("id", "size")).reset_index()
    groups = agg[[*by, "tokens", "n_docs"]]

    c = counts[COUNT_COLUMNS]
    n_in = pd.to_numeric(c["count"], errors="coerce")
    if n_in.isna().any() or (n_in < 0).any():
        raise SchemaError("counts.count must be non-negative numbers (matches per article)")
    row = pd.Index(d["id"]).get_indexer(c["id"])
    if len(c) and (row < 0).all():
        raise InputError(f"none of the ids in counts is in docs (counts has {c['id'].iloc[0]!r}, "
                         f"docs has {d['id'].iloc[0] if len(d) else 'no rows'!r})")
    c = pd.DataFrame({"row": row, "family": c["family"].astype(str).to_numpy(),
                      "term": c["term"].astype(str).to_numpy(), "count": n_in.to_numpy(dtype=float)})
    c = c[c["row"] >= 0]
    c = c.groupby(["row", "family", "term"], sort=False, as_index=False)["count"].sum()
    return Prepared(by, d, gcode, groups, c)


def term_order(prep: Prepared, terms=None) -> dict[str, list[str]]:
    """Family → its terms: the order of ``terms`` (a lexicon's ``family, term`` table) first,
    then terms seen in ``counts`` by total matches (most first), then name."""
    order: dict[str, list[str]] = {}
    if terms is not None:
        check_columns(terms, ["family", "term"], "terms")
        for f, t in zip(terms["family"].astype(str), terms["term"].astype(str)):
            if t not in order.setdefault(f, []):
                order[f].append(t)
    tot = prep.counts.groupby(["family", "term"])["count"].sum().reset_index()
    tot = tot.sort_values(["family", "count", "term"], ascending=[True, False, True])
    for f, t in zip(tot["family"], tot["term"]):
        if t not in order.setdefault(f, []):
            order[f].append(t)
    return {f: order[f] for f in sorted(order)}


def family_matrix(prep: Prepared, family: str, terms: list[str]):
    """Articles with ≥1 match of ``family`` whose group key is known.

    Returns ``rows`` (positions in ``docs``, shape M), ``Y`` (M × K float matches of each term).
    """
    c = prep.counts[prep.counts["family"] == family]
    c = c[prep.gcode[c["row"].to_numpy()] >= 0]
    rows, r = np.unique(c["row"].to_numpy(), return_inverse=True)
    k = pd.Index(terms).get_indexer(c["term"])
    Y = np.zeros((len(rows), len(terms)))
    np.add.at(Y, (r, k), c["count"].to_numpy())
    return rows, Y


def group_sums(values: np.ndarray, codes: np.ndarray, n: int) -> np.ndarray:
    """Sum rows of ``values`` (M × K) by ``codes`` (M,) into an (n × K) array."""
    out = np.zeros((n, values.shape[1]))
    np.add.at(out, codes, values)
    return out


def perm_chi2(Y: np.ndarray, labels: np.ndarray, strata: np.ndarray, n_perm: int, rng):
    """Chi-square statistic of labels × terms, summed over strata, for the observed labels
    and for ``n_perm`` permutations that shuffle labels between articles of the same stratum.

    ``Y`` (M × K) matches per article (every row has ≥1 match), ``labels`` (M,) group numbers,
    ``strata`` (M,) stratum numbers (all 0 = one stratum: the plain test).
    Returns ``(observed, permuted array of length n_perm)``. Cells with expected count 0
    (a term unused in that stratum) are skipped, as ``scipy.stats.chi2_contingency`` does
    after dropping all-zero columns.
    """
    order = np.lexsort((labels, strata))
    Y, labels, strata = Y[order], labels[order], strata[order]
    keys, cell = np.unique(np.column_stack([strata, labels]), axis=0, return_inverse=True)
    cell = cell.ravel()
    C, K, M = len(keys), Y.shape[1], len(Y)
    s_codes = np.unique(strata, return_inverse=True)[1].ravel()
    col = group_sums(Y, s_codes, s_codes.max() + 1)  # stratum × term totals (fixed under permutation)
    cell_s = np.zeros(C, dtype=np.int64)
    cell_s[cell] = s_codes
    ref = col[cell_s] / col[cell_s].sum(axis=1, keepdims=True)  # C × K column proportions
    with np.errstate(divide="ignore"):
        inv_ref = np.where(ref > 0, 1 / np.where(ref > 0, ref, 1), 0.0)
    nf = Y.sum(axis=1)
    nz_i, nz_k = np.nonzero(Y)
    nz_y = Y[nz_i, nz_k]
    n = nf.sum()

    # χ² = Σ_cells Σ_terms O² / E − n  with E = row total × column proportion of the stratum;
    # permuting labels within strata keeps every cell's number of articles, so row totals stay > 0
    def stat(cells):  # cells: P × M, the cell of each article under P labellings
        P = len(cells)
        base = np.arange(P)[:, None] * C
        rs = np.bincount((base + cells).ravel(), weights=np.tile(nf, P), minlength=P * C).reshape(P, C)
        flat = ((base + cells[:, nz_i]) * K + nz_k).ravel()
        O = np.bincount(flat, weights=np.tile(nz_y, P), minlength=P * C * K).reshape(P, C, K)
        return ((O * O * inv_ref[None]).sum(axis=2) / rs).sum(axis=1) - n

    observed = float(stat(cell[None])[0])
    perms = np.empty(n_perm)
    step = max(1, BUDGET // max(M + len(nz_y), C * K, 1))
    for s in range(0, n_perm, step):
        e = min(n_perm, s + step)
        # rows are sorted by stratum: sorting stratum + U(0,1) shuffles within each stratum only
        shuffle = np.argsort(strata[None, :] + rng.random((e - s, M)), axis=1)
        perms[s:e] = stat(cell[shuffle])
    return max(observed, 0.0), perms


def perm_p(observed: float, perms: np.ndarray) -> float:
    """Monte-Carlo p-value (1 + #{permuted ≥ observed}) / (1 + n), with a float tolerance."""
    tol = 1e-9 * max(1.0, abs(observed))
    return float((1 + np.sum(perms >= observed - tol)) / (1 + len(perms)))


def holm(p) -> np.ndarray:
    """Holm–Bonferroni adjusted p-values (NaN stays NaN and is not counted)."""
    p = np.asarray(p, dtype=float)
    out = np.full(p.shape, np.nan)
    ok = np.flatnonzero(~np.isnan(p))
    m = len(ok)
    if m == 0:
        return out
    order = ok[np.argsort(p[ok], kind="stable")]
    adj = np.minimum(1.0, np.maximum.accumulate((m - np.arange(m)) * p[order]))
    out[order] = adj
    return out


def holm_alpha(p, alpha: float = 0.05) -> np.ndarray:
    """Per-test error rate of Holm-compatible intervals: the k-th smallest p-value (k = 0, 1, …
    of m) gets ``alpha / (m − k)`` while Holm keeps rejecting, and every later one the rate
    at which Holm stopped. An interval at ``1 − rate`` built from the same z-statistic as
    the p-value then excludes 0 exactly when the Holm-adjusted p-value is below ``alpha``."""
    p = np.asarray(p, dtype=float)
    m = len(p)
    out = np.full(m, alpha / max(m, 1))
    if m == 0:
        return out
    order = np.argsort(p, kind="stable")
    rates = alpha / (m - np.arange(m))
    fail = np.flatnonzero(p[order] >= rates)
    if len(fail):
        rates[fail[0]:] = rates[fail[0]]
    out[order] = rates
    return out
