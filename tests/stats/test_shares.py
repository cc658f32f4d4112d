"""shares(): counts by hand, bootstrap at article level, nulls where undefined."""
import numpy as np
import pandas as pd
import pytest

from framing.errors import InputError, SchemaError
from framing.stats import shares

H, D, P = "رهائن", "محتجزين", "أسرى"  # hostages, detainees, prisoners (fictional counts below)


def make(rows, docs):
    counts = pd.DataFrame(rows, columns=["id", "family", "term", "count"])
    docs = pd.DataFrame(docs, columns=["id", "outlet", "event_id", "tokens"])
    return counts, docs


@pytest.fixture
def small():
    # Al-Fajr: 3 articles (one without matches); Al-Masa: 2 articles; Al-Nour: 1 article, no captive words
    return make(
        [("f1", "captives", H, 2), ("f1", "captives", D, 1), ("f2", "captives", H, 1),
         ("m1", "captives", P, 3), ("m2", "captives", D, 1), ("m2", "dead", "شهداء", 2)],
        [("f1", "Al-Fajr", "e1", 100), ("f2", "Al-Fajr", "e2", 200), ("f3", "Al-Fajr", None, 50),
         ("m1", "Al-Masa", "e1", 300), ("m2", "Al-Masa", "e2", 100), ("n1", "Al-Nour", "e1", 80)])


def row(df, **key):
    sel = np.ones(len(df), bool)
    for k, v in key.items():
        sel &= (df[k] == v).to_numpy()
    assert sel.sum() == 1, key
    return df[sel].iloc[0]


def test_counts_rates_and_shares_by_hand(small):
    counts, docs = small
    out = shares(counts, docs, n_boot=200)
    assert list(out.columns) == ["outlet", "family", "term", "articles", "matches", "tokens", "rate_per_10k",
                                 "share", "ci_low", "ci_high", "family_articles", "n_eff"]
    r = row(out, outlet="Al-Fajr", family="captives", term=H)
    assert (r.articles, r.matches, r.tokens, r.family_articles) == (2, 3, 350, 2)
    assert r.rate_per_10k == pytest.approx(3 / 350 * 1e4)
    assert r.share == pytest.approx(3 / 4)
    r = row(out, outlet="Al-Fajr", family="captives", term=D)
    assert (r.articles, r.matches, r.share) == (1, 1, pytest.approx(1 / 4))
    r = row(out, outlet="Al-Masa", family="captives", term=P)
    assert (r.articles, r.matches, r.tokens, r.share) == (1, 3, 400, pytest.approx(3 / 4))
    # every (outlet, family, term) that appears anywhere gets a row: 3 outlets × (3 + 1) terms
    assert len(out) == 12
    # shares of a family add up to 1 in every outlet that uses it
    fam = out[out.family == "captives"].groupby("outlet")["share"].sum()
    assert fam["Al-Fajr"] == pytest.approx(1) and fam["Al-Masa"] == pytest.approx(1)


def test_absent_term_has_share_zero_but_an_interval_that_does_not_collapse(small):
    # interval method changed (Wilson on effective articles): "never in 2 articles" is not "never"
    counts, docs = small
    r = row(shares(counts, docs, n_boot=200), outlet="Al-Fajr", term=P)
    assert (r.articles, r.matches, r.share, r.ci_low) == (0, 0, 0, 0)
    assert r.ci_high > 0.3


def test_group_without_family_matches_is_null_not_nan(small):
    counts, docs = small
    out = shares(counts, docs, n_boot=200)
    for _, r in out[out.outlet == "Al-Nour"].iterrows():
        assert r.share is pd.NA and r.ci_low is pd.NA and r.ci_high is pd.NA
        assert r.matches == 0 and r.tokens == 80 and r.rate_per_10k == 0
    r = row(out, outlet="Al-Fajr", family="dead")
    assert r.share is pd.NA
    assert str(out["share"].dtype) == "Float64"


def test_same_input_same_output(small):
    # interval method changed: closed form, so the seed no longer matters
    counts, docs = small
    a = shares(counts, docs, n_boot=300, seed=7)
    pd.testing.assert_frame_equal(a, shares(counts, docs, n_boot=300, seed=7))
    pd.testing.assert_frame_equal(a, shares(counts, docs, n_boot=300, seed=8))


def bigger(n_per_pattern, outlet="Al-Fajr"):
    """Articles in a fixed pattern: share of H = 6/10 exactly, repeated n times."""
    rows, docs = [], []
    pattern = [{H: 2}, {H: 1, D: 1}, {D: 2}, {H: 3, P: 1}]  # H 6, D 3, P 1
    for i in range(n_per_pattern):
        for j, p in enumerate(pattern):
            d = f"{outlet}-{i}-{j}"
            docs.append((d, outlet, f"e{j}", 100))
            rows += [(d, "captives", t, c) for t, c in p.items()]
    return make(rows, docs)


def test_ci_contains_estimate_and_shrinks_with_more_articles():
    w = {}
    for n in (5, 80):
        out = shares(*bigger(n), n_boot=1000)
        r = row(out, term=H)
        assert r.share == pytest.approx(0.6)
        assert r.ci_low < r.share < r.ci_high
        w[n] = r.ci_high - r.ci_low
    assert w[80] < w[5] / 2  # ~ 1/sqrt(16) in theory


def test_interval_counts_articles_not_matches():
    # two articles, each repeating one word 10 times: share 0.5, but only 2 independent articles
    clustered = make([("a", "captives", H, 10), ("b", "captives", D, 10)],
                     [("a", "Al-Fajr", "e1", 100), ("b", "Al-Fajr", "e1", 100)])
    # twenty articles with one match each: same share, far more evidence
    spread = make([(f"a{i}", "captives", H if i % 2 else D, 1) for i in range(20)],
                  [(f"a{i}", "Al-Fajr", "e1", 100) for i in range(20)])
    c = row(shares(*clustered), term=H)
    s = row(shares(*spread), term=H)
    assert c.share == s.share == 0.5
    assert c.n_eff == 2 and s.n_eff == 20
    assert c.ci_high - c.ci_low > 0.75
    assert s.ci_high - s.ci_low < 0.5


def test_one_long_article_weighs_less_than_its_matches():
    # Kish effective number of articles: (Σm)² / Σm² = (12 + 3)² / (144 + 3) ≈ 1.53
    c, d = make([("a", "captives", H, 12), ("b", "captives", D, 1), ("c", "captives", D, 1),
                 ("e", "captives", D, 1)], [(x, "Al-Fajr", "e1", 100) for x in "abce"])
    r = row(shares(c, d), term=H)
    assert r.n_eff == pytest.approx(225 / 147)


def test_interval_is_wilson_on_effective_articles():
    from framing.stats.shares import wilson_neff
    lo, hi = wilson_neff(np.array([0.0, 1.0, 0.5]), np.array([30.0, 9.0, 1.0]), 0.95, cc=0.0)
    # textbook Wilson bounds: 0 of 30 → [0, 0.114]; 9 of 9 → [0.701, 1]
    assert lo[0] == 0 and hi[0] == pytest.approx(0.1135, abs=1e-3)
    assert lo[1] == pytest.approx(0.7008, abs=1e-3) and hi[1] == 1
    lo, hi = wilson_neff(np.array([0.0, 1.0]), np.array([30.0, 9.0]))  # with the ¼-article correction
    assert lo[0] == 0 and hi[0] > 0.1135 and lo[1] < 0.7008 and hi[1] == 1


def test_level_changes_width(small):
    counts, docs = bigger(10)
    r90 = row(shares(counts, docs, n_boot=1000, level=0.8), term=H)
    r99 = row(shares(counts, docs, n_boot=1000, level=0.99), term=H)
    assert r99.ci_high - r99.ci_low > r90.ci_high - r90.ci_low


def test_by_outlet_and_event_leaves_out_unknown_events(small):
    counts, docs = small
    out = shares(counts, docs, by=["outlet", "event_id"], n_boot=100)
    assert list(out.columns[:2]) == ["outlet", "event_id"]
    assert set(zip(out.outlet, out.event_id)) == {("Al-Fajr", "e1"), ("Al-Fajr", "e2"), ("Al-Masa", "e1"),
                                                  ("Al-Masa", "e2"), ("Al-Nour", "e1")}
    r = row(out, outlet="Al-Fajr", event_id="e1", term=H)
    assert (r.matches, r.tokens, r.share) == (2, 100, pytest.approx(2 / 3))
    ev = shares(counts, docs, by="event_id", n_boot=100)
    assert row(ev, event_id="e1", term=P).share == pytest.approx(3 / 6)


def test_family_with_one_term():
    counts, docs = make([("a", "war", "الغزو", 2), ("b", "war", "الغزو", 1)],
                        [("a", "Al-Fajr", "e1", 10), ("b", "Al-Fajr", "e1", 10)])
    r = row(shares(counts, docs, n_boot=100), term="الغزو")
    assert (r.share, r.ci_low, r.ci_high) == (1, 1, 1)  # a one-word family: 1 by definition


def test_no_matches_and_lexicon_terms():
    counts, docs = make([], [("a", "Al-Fajr", "e1", 10)])
    out = shares(counts, docs)
    assert out.empty and "ci_high" in out.columns
    terms = pd.DataFrame({"family": ["captives", "captives"], "term": [D, H]})
    out = shares(counts, docs, terms=terms)
    assert list(out.term) == [D, H] and out["share"].isna().all() and (out.matches == 0).all()


def test_docs_decide_which_articles_count(small):
    counts, docs = small
    only = shares(counts, docs[docs.outlet == "Al-Fajr"], n_boot=100)
    assert set(only.outlet) == {"Al-Fajr"}
    assert row(only, term=H).share == pytest.approx(3 / 4)
    with pytest.raises(InputError):
        shares(counts.assign(id=range(len(counts))), docs)


def test_bad_inputs(small):
    counts, docs = small
    with pytest.raises(SchemaError, match="tokens"):
        shares(counts, docs.drop(columns="tokens"))
    with pytest.raises(SchemaError, match=r"^2 articles have the id .*framing ingest keeps one"):
        shares(counts, pd.concat([docs, docs.iloc[:1]]))
    with pytest.raises(SchemaError, match="outlet"):
        shares(counts, docs.rename(columns={"outlet": "outlets"}))


def test_inputs_are_not_modified(small):
    counts, docs = small
    c0, d0 = counts.copy(), docs.copy()
    shares(counts, docs, by=["outlet", "event_id"], n_boot=50)
    pd.testing.assert_frame_equal(counts, c0)
    pd.testing.assert_frame_equal(docs, d0)


def test_memory_blocks_do_not_change_the_result(monkeypatch):
    """Tiny blocks (many groups split over blocks, replicates split within a group) give the
    same shares and the same intervals: each group draws from its own seeded generator."""
    import framing.stats._core as core
    counts, docs = bigger(6)
    c2, d2 = bigger(3, outlet="Al-Masa")
    counts, docs = pd.concat([counts, c2]), pd.concat([docs, d2])
    ref = shares(counts, docs, n_boot=3000, seed=4)
    monkeypatch.setattr(core, "BUDGET", 50)
    small = shares(counts, docs, n_boot=3000, seed=4)
    pd.testing.assert_frame_equal(ref, small)


def test_a_groups_interval_does_not_depend_on_the_other_groups():
    """``framing terms`` (all outlets) and ``framing compare --lang`` (some outlets) print the same CI."""
    counts, docs = bigger(6)
    c2, d2 = bigger(3, outlet="Al-Masa")
    both = shares(pd.concat([counts, c2]), pd.concat([docs, d2]), n_boot=500, seed=1)
    alone = shares(counts, docs, n_boot=500, seed=1)
    mine = both[both["outlet"] != "Al-Masa"].reset_index(drop=True)
    pd.testing.assert_frame_equal(mine[["term", "ci_low", "ci_high"]], alone[["term", "ci_low", "ci_high"]])
