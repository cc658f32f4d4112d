"""Wilson intervals, Cohen's kappa and Krippendorff's alpha against reference computations."""
import math

import pytest

from framing.stats.agreement import cohen_kappa, krippendorff_alpha, wilson


@pytest.mark.parametrize("k,n", [(0, 20), (7, 20), (13, 20), (20, 20), (1, 3), (81, 263), (150, 400)])
def test_wilson_matches_scipy(k, n):
    from scipy.stats import binomtest
    ref = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    lo, hi = wilson(k, n)
    assert lo == pytest.approx(ref.low, abs=1e-9) and hi == pytest.approx(ref.high, abs=1e-9)


def test_wilson_published_example_and_edges():
    # Newcombe (1998), Statistics in Medicine 17:857, table I: 81/263 -> 0.2553 to 0.3662 (method 3)
    lo, hi = wilson(81, 263)
    assert (round(lo, 4), round(hi, 4)) == (0.2553, 0.3662)
    assert all(math.isnan(x) for x in wilson(0, 0))
    assert wilson(10, 10)[1] == 1.0 and wilson(0, 10)[0] == 0.0


def test_kappa_matches_scikit_learn_and_the_textbook_example():
    from sklearn.metrics import cohen_kappa_score
    a = [1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 1, 0]
    b = [1, 0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1]
    assert cohen_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b))
    # the usual worked example: 50 items, yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> kappa 0.4
    a = [1] * 25 + [0] * 25
    b = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    assert math.isnan(cohen_kappa([1, 1], [1, 1]))          # no variation: undefined
    with pytest.raises(ValueError):
        cohen_kappa([1], [1, 0])


def test_alpha_reproduces_krippendorffs_worked_examples():
    n = None
    # Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability", section C: 4 observers,
    # 12 units, missing data, nominal alpha = 0.743
    data = [[1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
            [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n]]
    assert round(krippendorff_alpha(zip(*data)), 3) == 0.743
    # the computational example of the Wikipedia article: 3 coders, 15 units, nominal 0.691
    data = [[n, n, n, n, n, 3, 4, 1, 2, 1, 1, 3, 3, n, 3],
            [1, n, 2, 1, 3, 3, 4, 3, n, n, n, n, n, n, n],
            [n, n, 2, 1, 3, 4, 4, n, 2, 1, 1, 3, 3, n, 4]]
    assert round(krippendorff_alpha(zip(*data)), 3) == 0.691


def test_alpha_for_two_coders_is_kappa_like_and_handles_no_variation():
    a = [1, 1, 0, 1, 0, 0, 1, 1, 1, 0]
    b = [1, 0, 0, 1, 0, 1, 1, 1, 0, 0]
    # two coders, no missing data: alpha = 1 - (2N - 1) * D_o / (2N * ...): close to Scott's pi
    po = sum(x == y for x, y in zip(a, b)) / len(a)
    p1 = (sum(a) + sum(b)) / (2 * len(a))
    pe = p1 ** 2 + (1 - p1) ** 2
    pi = (po - pe) / (1 - pe)
    n = 2 * len(a)
    alpha_expected = 1 - (n - 1) / n * (1 - po) / (1 - pe)      # Krippendorff's small-sample correction of pi
    assert krippendorff_alpha(zip(a, b)) == pytest.approx(alpha_expected)
    assert krippendorff_alpha(zip(a, b)) > pi
    assert math.isnan(krippendorff_alpha([[1, 1], [1, 1]]))
    assert math.isnan(krippendorff_alpha([[1], [0]]))         # nothing pairable
