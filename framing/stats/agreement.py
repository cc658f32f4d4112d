"""Precision and agreement for hand validation: Wilson intervals, Cohen's kappa, Krippendorff's alpha.

Plain numpy, no pandas needed.  Checked against scipy (``binomtest(...).proportion_ci("wilson")``),
scikit-learn (``cohen_kappa_score``) and the worked examples of Krippendorff (2011, "Computing
Krippendorff's Alpha-Reliability": nominal alpha 0.743) in ``tests/stats/test_agreement.py``.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

__all__ = ["wilson", "wilson_bounds", "cohen_kappa", "krippendorff_alpha", "Z95"]

#: the standard normal quantile of a two-sided 95% interval
Z95 = 1.959963984540054


def wilson(k: float, n: float, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval ``(low, high)`` of a proportion ``k / n`` (``z``: 1.96 for 95%).

    ``k`` may be fractional (a share of yes answers averaged over coders); ``n == 0`` gives
    ``(nan, nan)``.  Unlike ``p ± 1.96·se`` it stays inside [0, 1] and is sensible for 0/20 or
    20/20 (Wilson 1927; Newcombe 1998 method 3).
    """
    if n <= 0:
        return math.nan, math.nan
    lo, hi = wilson_bounds(k / n, n, z)
    return (0.0 if k <= 0 else max(0.0, float(lo))), (1.0 if k >= n else min(1.0, float(hi)))   # exact at 0/n and n/n


def wilson_bounds(p, n, z: float = Z95):
    """``(centre - half, centre + half)`` of the Wilson score interval of a proportion ``p`` on ``n``
    trials, not clipped to [0, 1]; floats or numpy arrays (broadcast).  :func:`wilson` and
    :func:`framing.stats.shares.wilson_neff` (shares on an effective number of articles) both use it."""
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z / denom * np.sqrt(np.maximum(p * (1 - p) / n + z2 / (4 * n * n), 0.0))
    return centre - half, centre + half


def cohen_kappa(a: Sequence, b: Sequence) -> float:
    """Cohen's kappa of two coders' labels on the same units (same order, no missing values).

    ``(p_o - p_e) / (1 - p_e)``: observed agreement corrected for the agreement expected from each
    coder's own label frequencies.  ``nan`` when there are no units or chance agreement is 1
    (both coders always gave the same single label: kappa is undefined, read percent agreement).
    """
    if len(a) != len(b):
        raise ValueError("cohen_kappa needs two label lists of the same length")
    n = len(a)
    if n == 0:
        return math.nan
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[c] * cb.get(c, 0) for c in ca) / (n * n)
    if pe >= 1:
        return math.nan
    return (po - pe) / (1 - pe)


def krippendorff_alpha(units: Iterable[Iterable]) -> float:
    """Krippendorff's alpha, nominal level, from ``units``: for each unit the values the coders
    gave it (missing codings simply left out; units with fewer than two values are not pairable
    and ignored).

    ``alpha = 1 - (n - 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k`` with the coincidence matrix
    ``o_ck = Σ_u (c-k pairs in u) / (m_u - 1)``.  ``nan`` when fewer than two values are
    pairable or every pairable value is the same (no variation: alpha is undefined).
    """
    o: Counter = Counter()
    for u in units:
        vals = [v for v in u if v is not None and not (isinstance(v, float) and math.isnan(v))]
        m = len(vals)
        if m < 2:
            continue
        cnt = Counter(vals)
        for c in cnt:
            for k in cnt:
                pairs = cnt[c] * (cnt[k] - (c == k))
                if pairs:
                    o[(c, k)] += pairs / (m - 1)
    n_c: Counter = Counter()
    for (c, _), v in o.items():
        n_c[c] += v
    n = sum(n_c.values())
    if n < 2:
        return math.nan
    disagree = sum(v for (c, k), v in o.items() if c != k)
    expected = n * n - sum(v * v for v in n_c.values())      # Σ_{c≠k} n_c n_k
    if expected <= 0:
        return math.nan
    return 1 - (n - 1) * disagree / expected
