"""compare(): every number against a written-out computation on small hand-made tables."""
import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats as sps

from framing.errors import SchemaError, UsageError
from framing.stats import compare, format_p, holm
from framing.stats._core import perm_chi2, perm_p

H, D, P = "رهائن", "محتجزين", "أسرى"


def corpus(articles):
    """articles: list of (id, outlet, event_id, {term: count}) → (counts, docs)."""
    rows = [(d, "captives", t, c) for d, _, _, terms in articles for t, c in terms.items() if c]
    counts = pd.DataFrame(rows, columns=["id", "family", "term", "count"])
    docs = pd.DataFrame([(d, o, e, 200) for d, o, e, _ in articles], columns=["id", "outlet", "event_id", "tokens"])
    return counts, docs


def from_table(table, outlets, terms=(H, D, P), per_article=1, event="e1"):
    """One article per ``per_article`` matches, so the match table is exactly ``table``."""
    arts = []
    for o, counts in zip(outlets, table):
        for t, n in zip(terms, counts):
            for i in range(n // per_article):
                arts.append((f"{o}-{t}-{event}-{i}", o, event, {t: per_article}))
    return corpus(arts)


TABLE = [[30, 10, 5], [12, 25, 8], [15, 14, 11]]
OUTLETS = ["Al-Fajr", "Al-Masa", "Al-Nour"]


def chi2_by_hand(table):
    """Σ (O − E)² / E with E = row total × column total / n, written out."""
    t = np.asarray(table, float)
    n = t.sum()
    stat = 0.0
    for i in range(t.shape[0]):
        for j in range(t.shape[1]):
            e = t[i].sum() * t[:, j].sum() / n
            stat += (t[i, j] - e) ** 2 / e
    return stat


def test_chi_square_cramers_v_and_dof_by_hand():
    c = compare(*from_table(TABLE, OUTLETS), "captives", n_boot=200)
    stat = chi2_by_hand(TABLE)
    assert c.test["statistic"] == pytest.approx(stat, abs=1e-9)
    assert c.test["dof"] == 4 and c.test["n"] == 130 and c.test["groups"] == 3
    assert c.test["cramers_v"] == pytest.approx(math.sqrt(stat / (130 * 2)), abs=1e-12)
    assert c.test["p_chi2"] == pytest.approx(sps.chi2.sf(stat, 4), rel=1e-9)
    # one match per article: shuffling articles is shuffling matches, so both p-values agree
    assert c.test["p_value"] == c.test["p_permutation"] == pytest.approx(c.test["p_chi2"], abs=0.002)
    assert c.test["low_expected"] is False
    assert "Across 3 outlets and 130 matches" in c.sentence and "depends on the outlet" in c.sentence
    assert "Cramér's V = 0.27, a weak association" in c.sentence  # sqrt(18.6 / 260)
    assert len(c.pairwise) == 9  # 3 pairs × 3 terms, all Holm-adjusted together
    np.testing.assert_allclose(c.pairwise.p_holm, holm(c.pairwise.p_value))


def test_zero_columns_are_dropped_and_zero_outlets_ignored():
    counts, docs = from_table([[30, 10, 0], [12, 25, 0]], OUTLETS[:2])
    docs = pd.concat([docs, pd.DataFrame([("x", "Al-Nour", "e1", 50)], columns=docs.columns)])
    c = compare(counts, docs, "captives", n_boot=100, terms=pd.DataFrame({"family": ["captives"] * 3,
                                                                          "term": [H, D, P]}))
    assert c.test["statistic"] == pytest.approx(chi2_by_hand([[30, 10], [12, 25]]), abs=1e-9)
    assert c.test["dof"] == 1 and c.test["groups"] == 2
    assert set(c.shares.outlet) == set(OUTLETS) and c.shares[c.shares.outlet == "Al-Nour"]["share"].isna().all()
    assert set(zip(c.pairwise.group_a, c.pairwise.group_b)) == {("Al-Fajr", "Al-Masa")}
    # P is used by neither outlet: a row (p = 1) but not one of the tests Holm counts
    unused = c.pairwise[c.pairwise.term == P].iloc[0]
    assert (unused["diff"], unused.p_value, unused.p_holm) == (0, 1, 1)
    used = c.pairwise[c.pairwise.term != P]
    np.testing.assert_allclose(used.p_holm, holm(used.p_value))


def test_holm_against_hand_worked_example():
    # sorted: 0.005×4 = 0.02, 0.01×3 = 0.03, 0.03×2 = 0.06, 0.04×1 = 0.04 → running max 0.06
    got = holm([0.01, 0.04, 0.03, 0.005, np.nan])
    np.testing.assert_allclose(got[:4], [0.03, 0.06, 0.06, 0.02])
    assert np.isnan(got[4])
    assert holm([0.5, 0.6])[1] == 1.0  # capped at 1
    assert holm([]).size == 0


def test_pairwise_shares_and_z_test_by_hand():
    # articles with several matches: the test must treat the article as the unit
    arts = [("f1", "A", "e1", {H: 3, D: 1}), ("f2", "A", "e1", {H: 2}), ("f3", "A", "e2", {H: 1, D: 1}),
            ("f4", "A", "e2", {D: 1}), ("m1", "B", "e1", {D: 4}), ("m2", "B", "e1", {H: 1, D: 2}),
            ("m3", "B", "e2", {D: 1}), ("m4", "B", "e2", {H: 1})]
    c = compare(*corpus(arts), "captives", n_boot=500)
    r = c.pairwise[(c.pairwise.group_a == "A") & (c.pairwise.term == H)].iloc[0]
    # by hand: A has H 6 of 9 matches, B has H 2 of 9
    assert (r.share_a, r.share_b) == (pytest.approx(6 / 9), pytest.approx(2 / 9))
    assert r["diff"] == pytest.approx(6 / 9 - 2 / 9)
    y = {"A": [3, 2, 1, 0], "B": [0, 1, 0, 1]}
    n = {"A": [4, 2, 2, 1], "B": [4, 3, 1, 1]}
    r0 = 8 / 18  # pooled share under the null
    var = sum(sum((yi - r0 * ni) ** 2 for yi, ni in zip(y[o], n[o])) / sum(n[o]) ** 2 for o in "AB")
    var *= 8 / 7  # 8 articles, one pooled share estimated
    z = (6 / 9 - 2 / 9) / math.sqrt(var)
    assert r.p_value == pytest.approx(2 * (1 - sps.norm.cdf(z)), rel=1e-9)
    assert r.ci_low < r["diff"] < r.ci_high
    assert r.events is pd.NA  # only counted within events
    # two terms: the second term's test mirrors the first, so Holm counts one test per pair
    np.testing.assert_allclose(c.pairwise.p_holm, c.pairwise.p_value)


def test_sparse_table_gets_article_permutation_p():
    counts, docs = from_table([[4, 1], [1, 4]], ["A", "B"], terms=(H, D))
    c = compare(counts, docs, "captives", n_boot=200, n_perm=2000)
    t = c.test
    assert t["low_expected"] is True and t["n_perm"] == 2000
    assert t["p_value"] == t["p_permutation"] and t["p_chi2"] == pytest.approx(sps.chi2.sf(t["statistic"], 1))
    assert "shuffles of whole articles" in c.sentence and "small in some cells" in c.sentence
    # exact permutation distribution of 5 H + 5 D articles split 5/5: Fisher's exact test (two-sided)
    assert t["p_value"] == pytest.approx(sps.fisher_exact([[4, 1], [1, 4]])[1], abs=0.03)


def test_articles_repeating_a_word_are_not_independent_evidence():
    # 6 articles, each repeating its word 6 times: the match table [[12, 6], [6, 12]] looks
    # significant (χ² = 4, p = 0.046) but it is 2 vs 1 articles per outlet
    arts = [("a1", "A", "e1", {H: 6}), ("a2", "A", "e1", {H: 6}), ("a3", "A", "e1", {D: 6}),
            ("b1", "B", "e1", {D: 6}), ("b2", "B", "e1", {D: 6}), ("b3", "B", "e1", {H: 6})]
    c = compare(*corpus(arts), "captives", n_perm=2000)
    assert c.test["statistic"] == pytest.approx(4.0) and c.test["p_chi2"] < 0.05
    # shuffling 3 H-articles and 3 D-articles into 3 + 3: the split 2–1 is the most even there is
    assert c.test["p_value"] == 1.0
    assert "overstate the evidence" in c.sentence and "do not show" in c.sentence


def test_permutation_keeps_strata_and_matches_a_plain_loop():
    rng = np.random.default_rng(5)
    Y = rng.integers(0, 3, size=(60, 3)).astype(float)
    Y[Y.sum(axis=1) == 0, 0] = 1
    labels = rng.integers(0, 3, 60)
    strata = rng.integers(0, 4, 60)
    obs, perms = perm_chi2(Y, labels, strata, 1000, np.random.default_rng(1))

    def stat(lab, chi2=lambda t: sps.chi2_contingency(t, correction=False)[0]):
        total = 0.0
        for s in range(4):
            m = strata == s
            t = np.array([Y[m & (lab == g)].sum(axis=0) for g in range(3)])
            t = t[t.sum(axis=1) > 0][:, t.sum(axis=0) > 0]
            if t.shape[0] > 1 and t.shape[1] > 1:
                total += chi2(t)
        return total

    assert obs == pytest.approx(stat(labels), abs=1e-9)
    loop_rng = np.random.default_rng(2)
    ref = []
    for _ in range(1000):
        lab = labels.copy()
        for s in range(4):
            idx = np.flatnonzero(strata == s)
            lab[idx] = loop_rng.permutation(lab[idx])
        ref.append(stat(lab, chi2=lambda t: chi2_by_hand(t)))
    assert perm_p(obs, perms) == pytest.approx(perm_p(obs, np.array(ref)), abs=0.04)
    assert np.mean(perms) == pytest.approx(np.mean(ref), rel=0.05)


def simpson():
    """Event e1: everyone says H (hostages); e2: everyone says D (detainees).
    Al-Fajr covers mostly e1, Al-Masa mostly e2 — same words within each event."""
    arts = []
    for o, n1, n2 in [("Al-Fajr", 18, 2), ("Al-Masa", 2, 18)]:
        arts += [(f"{o}-1-{i}", o, "e1", {H: 1}) for i in range(n1)]
        arts += [(f"{o}-2-{i}", o, "e2", {D: 1}) for i in range(n2)]
    return corpus(arts)


def test_within_events_removes_a_difference_due_to_different_events():
    naive = compare(*simpson(), "captives", n_boot=500)
    within = compare(*simpson(), "captives", within_events=True, n_boot=500, n_perm=2000)
    r = naive.pairwise[naive.pairwise.term == H].iloc[0]
    assert r["diff"] == pytest.approx(0.9 - 0.1) and r.p_holm < 0.001
    assert naive.test["p_value"] < 0.001
    w = within.pairwise[within.pairwise.term == H].iloc[0]
    assert w["diff"] == pytest.approx(0) and w.p_value == pytest.approx(1) and w.events == 2
    assert w.ci_low <= 0 <= w.ci_high
    assert within.test["statistic"] == pytest.approx(0, abs=1e-9) and within.test["p_value"] == 1
    assert within.test["events"] == 2 and "do not show" in within.sentence and "2 events" in within.sentence


def test_within_events_pools_with_min_match_weights():
    arts = [("a1", "A", "e1", {H: 3}), ("a2", "A", "e1", {D: 1}),  # A e1: H 3/4
            ("b1", "B", "e1", {D: 2}),  # B e1: H 0/2   weight min(4,2)=2
            ("a3", "A", "e2", {H: 1}),  # A e2: H 1/1
            ("b2", "B", "e2", {H: 1}), ("b3", "B", "e2", {D: 1}), ("b4", "B", "e2", {D: 1}),  # B e2: 1/3, w 1
            ("a4", "A", "e3", {H: 1}), ("c1", "C", "e3", {D: 1})]  # e3 not shared by A and B
    c = compare(*corpus(arts), "captives", within_events=True, n_boot=300, n_perm=200)
    r = c.pairwise[(c.pairwise.group_a == "A") & (c.pairwise.group_b == "B") & (c.pairwise.term == H)].iloc[0]
    assert r.events == 2
    assert r.share_a == pytest.approx((2 * 3 / 4 + 1 * 1) / 3)
    assert r.share_b == pytest.approx((2 * 0 + 1 * 1 / 3) / 3)
    assert c.test["events"] == 3  # e3 has two outlets with matches (A, C)


def test_edge_cases_give_sentences_not_nan():
    one = compare(*corpus([("a", "A", "e1", {H: 5}), ("b", "A", "e1", {D: 2})]), "captives")
    assert one.sentence.startswith("Only one outlet (A)") and one.pairwise.empty
    none = compare(*corpus([("a", "A", "e1", {H: 5})]), "dead")
    assert "No matches of 'dead'" in none.sentence and none.shares.empty
    single = compare(*corpus([("a", "A", "e1", {H: 5}), ("b", "B", "e1", {H: 7})]), "captives")
    assert f"use the same term ({H})" in single.sentence and "Holm" not in single.sentence
    tiny = compare(*corpus([("a", "A", "e1", {H: 2}), ("b", "B", "e1", {D: 1})]), "captives")
    assert tiny.sentence.startswith("Too few matches to test (n = 3)")
    nowhere = compare(*corpus([("a", "A", "e1", {H: 5}), ("b", "B", "e2", {D: 7})]), "captives", within_events=True)
    assert "No event has matches" in nowhere.sentence
    for c in (one, none, single, tiny, nowhere):
        for v in c.test.values():
            assert v is None or isinstance(v, (str, bool, int)) or math.isfinite(v)
        assert "nan" not in c.sentence.lower()


def test_reproducible_with_seed():
    counts, docs = from_table([[4, 1, 2], [1, 4, 2]], ["A", "B"], per_article=1)
    a = compare(counts, docs, "captives", n_boot=300, n_perm=500, seed=3)
    b = compare(counts, docs, "captives", n_boot=300, n_perm=500, seed=3)
    pd.testing.assert_frame_equal(a.pairwise, b.pairwise)
    assert a.test == b.test and a.sentence == b.sentence


def test_usage_errors():
    counts, docs = simpson()
    with pytest.raises(UsageError):
        compare(counts, docs, "captives", by="event_id", within_events=True)
    with pytest.raises(UsageError):
        compare(counts, docs, "captives", by=["outlet", "event_id"])
    with pytest.raises(SchemaError, match="event_id"):
        compare(counts, docs.drop(columns="event_id"), "captives", within_events=True)


@pytest.mark.parametrize("p, text", [(0.0004, "p < 0.001"), (0.0042, "p = 0.004"), (0.049, "p = 0.049"),
                                     (0.213, "p = 0.21"), (0.999, "p > 0.99"), (None, "p = n/a"),
                                     (float("nan"), "p = n/a"), (pd.NA, "p = n/a")])
def test_format_p(p, text):
    assert format_p(p) == text


def test_pairwise_interval_and_holm_p_agree():
    """The Holm-adjusted interval excludes 0 exactly when p_holm < 0.05 (one clear pair, others not)."""
    from framing.stats._core import holm_alpha
    arts = []
    for o, h in [("Al-Fajr", 16), ("Al-Masa", 4), ("Al-Nour", 6), ("Al-Sabah", 5)]:
        arts += [(f"{o}-{i}", o, "e1", {H: 1} if i < h else {D: 2}) for i in range(20)]
    pw = compare(*corpus(arts), "captives").pairwise
    pw = pw[pw.term == H]
    excludes = (pw.ci_low > 0) | (pw.ci_high < 0)
    assert (excludes == (pw.p_holm < 0.05)).all()
    assert excludes.any() and not excludes.all()
    # step-down rates α/m, α/(m−1), … while Holm rejects, then the rate where it stopped
    assert list(holm_alpha([0.001, 0.02, 0.2, 0.01])) == pytest.approx([0.05 / 4, 0.05 / 2, 0.05, 0.05 / 3])
    assert list(holm_alpha([0.001, 0.03, 0.04])) == pytest.approx([0.05 / 3, 0.05 / 2, 0.05 / 2])


def test_pairwise_interval_and_holm_agree_on_random_tables():
    """Over many random small corpora (within events too), interval excludes 0 ⇔ p_holm < 0.05."""
    rng = np.random.default_rng(5)
    checked = 0
    for k in range(12):
        arts = []
        for o, bias in [("Al-Fajr", 0.8), ("Al-Masa", 0.3), ("Al-Nour", 0.5)]:
            for i in range(int(rng.integers(3, 15))):
                t = H if rng.random() < bias else (D if rng.random() < 0.7 else P)
                arts.append((f"{o}-{k}-{i}", o, f"e{i % 3}", {t: int(rng.integers(1, 4))}))
        for within in (False, True):
            pw = compare(*corpus(arts), "captives", within_events=within, n_perm=200).pairwise
            excl = (pw.ci_low > 0) | (pw.ci_high < 0)
            assert (excl == (pw.p_holm < 0.05)).all()
            assert (pw.ci_high > pw.ci_low).all()               # never zero width
            checked += len(pw)
    assert checked > 100
