"""Coverage of the share interval by simulation: few articles, strongly clustered mentions.

Synthetic outlets with a known true share: each article has 1 + Poisson(2.5) matches of the
family (×4 for one article in seven: a few long articles), and its own probability of using
the term, drawn from Beta(p·κ, (1 − p)·κ) with κ = 0.1 (intra-article correlation ≈ 0.9:
an article mostly sticks to one word). 2,000 outlets per cell, seeded.
"""
import numpy as np
import pandas as pd
import pytest

from framing.stats import shares

ARTICLES = (3, 10, 30)
TRUE = (0.02, 0.1, 0.5, 0.9)
OUTLETS = 2000
KAPPA = 0.1


def simulate(n_articles, p, rng):
    """counts, docs of OUTLETS fictional outlets × n_articles articles (family 'f', terms x, y)."""
    m = 1 + rng.poisson(2.5, size=(OUTLETS, n_articles))
    m = np.where(rng.random(m.shape) < 1 / 7, 4 * m, m)
    x = rng.binomial(m, rng.beta(p * KAPPA, (1 - p) * KAPPA, size=m.shape))
    doc = np.arange(m.size)
    docs = pd.DataFrame({"id": doc, "outlet": np.repeat(np.arange(OUTLETS), n_articles), "tokens": 100})
    counts = pd.concat([pd.DataFrame({"id": doc, "family": "f", "term": "x", "count": x.ravel()}),
                        pd.DataFrame({"id": doc, "family": "f", "term": "y", "count": (m - x).ravel()})])
    return counts[counts["count"] > 0], docs


def coverage_table(seed=2026):
    rng = np.random.default_rng(seed)
    table = {}
    for n in ARTICLES:
        for p in TRUE:
            counts, docs = simulate(n, p, rng)
            out = shares(counts, docs)
            out = out[out["term"] == "x"]
            lo, hi = out["ci_low"].to_numpy(dtype=float), out["ci_high"].to_numpy(dtype=float)
            table[n, p] = (float(np.mean((lo <= p) & (p <= hi))), float(np.mean(hi - lo)),
                           float(np.mean(hi - lo <= 0)))
    return table


@pytest.fixture(scope="module")
def table():
    return coverage_table()


def test_coverage_at_least_93_percent_in_every_cell(table):
    low = {k: round(v[0], 3) for k, v in table.items() if v[0] < 0.93}
    assert not low, f"coverage below 93% in (articles, true share) cells: {low}"


def test_intervals_never_collapse(table):
    assert all(v[2] == 0 for v in table.values())


def test_intervals_narrow_with_more_articles(table):
    for p in TRUE:
        assert table[30, p][1] < table[10, p][1] < table[3, p][1]


if __name__ == "__main__":  # python tests/stats/test_interval_coverage.py: print the table
    t = coverage_table()
    print("articles  " + "  ".join(f"p={p:<5}" for p in TRUE))
    for n in ARTICLES:
        print(f"{n:>8}  " + "  ".join(f"{t[n, p][0]:.3f}  " for p in TRUE))
