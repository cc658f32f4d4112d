"""Keyness statistics against hand-written formulas, and the corpus-level table on fictional outlets."""
import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from framing.corpus import Corpus, from_frame
from framing.errors import SchemaError, UsageError
from framing.analysis import keyness
from framing.stats.keyness import keyness_table

# a small hand-made table: 5 terms, target and rest
A = [10, 0, 5, 20, 1]
B = [5, 8, 5, 40, 0]


def _fightin_words(a, b, alpha0):
    """Monroe, Colaresi & Quinn (2008) eq. 16-22, written out term by term."""
    nt, nr = sum(a), sum(b)
    n = nt + nr
    out = []
    for ai, bi in zip(a, b):
        aw = alpha0 * (ai + bi) / n                     # informative prior from the pooled counts
        d = (math.log((ai + aw) / (nt + alpha0 - ai - aw))
             - math.log((bi + aw) / (nr + alpha0 - bi - aw)))   # eq. 16
        v = 1 / (ai + aw) + 1 / (bi + aw)                      # eq. 20
        out.append((d, v, d / math.sqrt(v)))                   # eq. 22
    return out


def _two_by_two(ai, bi, nt, nr):
    obs = [ai, bi, nt - ai, nr - bi]
    n = nt + nr
    exp = [nt * (ai + bi) / n, nr * (ai + bi) / n, nt * (n - ai - bi) / n, nr * (n - ai - bi) / n]
    return obs, exp


@pytest.mark.parametrize("alpha0", [7.5, 1000.0])
def test_logodds_matches_monroe_formulas(alpha0):
    tab = keyness_table(A, B, method="logodds", alpha0=alpha0)
    for row, (d, v, z) in zip(tab.itertuples(), _fightin_words(A, B, alpha0)):
        assert row.delta == pytest.approx(d, abs=1e-9)
        assert row.variance == pytest.approx(v, abs=1e-9)
        assert row.z == pytest.approx(z, abs=1e-9)
        assert row.p_value == pytest.approx(2 * (1 - stats.norm.cdf(abs(z))), abs=1e-9)
    assert list(tab["count_target"]) == A and list(tab["count_rest"]) == B


def test_g2_and_chi2_match_written_formulas():
    nt, nr = sum(A), sum(B)
    g2 = keyness_table(A, B, method="g2")
    chi = keyness_table(A, B, method="chi2")
    for i, (ai, bi) in enumerate(zip(A, B)):
        obs, exp = _two_by_two(ai, bi, nt, nr)
        g = 2 * sum(o * math.log(o / e) for o, e in zip(obs, exp) if o > 0)   # Dunning: 2 Σ O ln(O/E)
        c = sum((o - e) ** 2 / e for o, e in zip(obs, exp))                    # Pearson, no Yates
        sign = 1 if ai / nt > bi / nr else -1
        assert g2["g2"][i] == pytest.approx(sign * g, abs=1e-9)
        assert chi["chi2"][i] == pytest.approx(sign * c, abs=1e-9)
        assert g2["p_value"][i] == pytest.approx(stats.chi2.sf(g, 1), abs=1e-9)
        # and scipy's own 2x2 tests agree
        table = [[ai, nt - ai], [bi, nr - bi]]
        ref_c = stats.chi2_contingency(table, correction=False)[0]
        ref_g = stats.chi2_contingency(table, correction=False, lambda_="log-likelihood")[0]
        assert abs(chi["chi2"][i]) == pytest.approx(ref_c, abs=1e-9)
        assert abs(g2["g2"][i]) == pytest.approx(ref_g, abs=1e-9)


def test_log_ratio_is_hardie_with_half_count_for_zeros():
    nt, nr = sum(A), sum(B)
    tab = keyness_table(A, B, method="g2")
    for i, (ai, bi) in enumerate(zip(A, B)):
        expect = math.log2(((ai or 0.5) / nt) / ((bi or 0.5) / nr))
        assert tab["log_ratio"][i] == pytest.approx(expect, abs=1e-9)
    assert tab["log_ratio"][1] < 0 < tab["log_ratio"][4]


def test_sign_and_empty_terms():
    tab = keyness_table([10, 0, 0], [0, 10, 0], method="chi2")
    assert tab["chi2"][0] > 0 > tab["chi2"][1]
    assert np.isnan(tab["chi2"][2]) and np.isnan(tab["log_ratio"][2])
    with pytest.raises(UsageError):
        keyness_table([1], [1], method="tfidf")
    with pytest.raises(UsageError):
        keyness_table([1, 2], [1], method="g2")


# -- corpus level ------------------------------------------------------------------------

FILLER = ("اجتمع الوزير مع الوفد في العاصمة وناقش الطرفان ملف المفاوضات والوضع الإنساني "
          "وأكدت المصادر استمرار الاتصالات بين الجانبين خلال الأيام المقبلة")


def _corpus():
    rows = []
    days = ["2025-03-01", "2025-03-02", "2025-03-03", "2025-03-04"]
    for i, day in enumerate(days):
        # Desert Herald: says الرهائن; dateline الصحراء in every article
        rows.append(("Desert Herald", day, f"e{i}", f"الصحراء: {FILLER} وأطلق سراح الرهائن والرهائن بخير"))
        # Coast Times: says المحتجزين (with clitics); writes الأميركية
        rows.append(("Coast Times", day, f"e{i}", f"{FILLER} وأطلق سراح المحتجزين وللمحتجزين الإدارة الأميركية"))
        # Valley Post: says الأسرى; writes الأمريكية
        rows.append(("Valley Post", day, f"e{i}", f"{FILLER} وأطلق سراح الأسرى الإدارة الأمريكية والأمريكية"))
    # an event only Desert Herald covers
    rows.append(("Desert Herald", "2025-03-05", "solo", "الصحراء: الفيضان الفيضان الفيضان الفيضان في الوادي للرهائن"))
    df = pd.DataFrame(rows, columns=["outlet", "published", "event_id", "text"])
    return Corpus(from_frame(df))


def test_min_docs_leaves_out_the_words_of_one_article_but_keeps_under_use():
    tab = keyness(_corpus(), min_count=1)                       # default min_articles=2
    assert "فيضان" not in set(tab.loc[tab["outlet"] == "Desert Herald", "term"])   # 4× in its one solo article
    kept = keyness(_corpus(), min_count=1, min_articles=1)
    assert _row(kept, "Desert Herald", "فيضان").count_target == 4
    under = tab[(tab["outlet"] == "Desert Herald") & (tab["count_target"] == 0)]
    assert len(under) and (under["z"] < 0).all()                 # never written by the target: still listed
    with pytest.raises(UsageError, match="--min-articles"):
        keyness(_corpus(), min_articles=0)


def _row(tab, target, term):
    hit = tab[(tab["outlet"] == target) & (tab["term"] == term)]
    assert len(hit) == 1, f"{term!r} not in {target}'s table"
    return hit.iloc[0]


def test_keyness_table_for_every_outlet_and_counts():
    tab = keyness(_corpus(), min_count=1, min_articles=1)
    assert set(tab["outlet"]) == {"Coast Times", "Desert Herald", "Valley Post"}
    r = _row(tab, "Coast Times", "محتجزين")          # المحتجزين + وللمحتجزين, 4 articles
    assert (r.count_target, r.count_rest) == (8, 0)
    assert "وللمحتجزين" in r.spellings.split(" | ") and "المحتجزين" in r.spellings.split(" | ")
    assert _row(tab, "Desert Herald", "رهائن").count_target == 9
    # target vs rest partitions the corpus for every term
    tot = tab.groupby("term")[["count_target", "count_rest"]].sum().sum(axis=1)
    per = tab.groupby("term")["count_target"].sum()
    assert ((tot / 3) == per).all()
    # sorted by target, then z descending
    for _, g in tab.groupby("outlet", sort=False):
        assert g["z"].is_monotonic_decreasing
    assert list(tab["outlet"]) == sorted(tab["outlet"])
    # shared filler is not distinctive; the outlet's own word is at the top
    assert abs(_row(tab, "Coast Times", "وزير").z) < 1
    top = keyness(_corpus(), top=1, min_count=1)
    assert dict(zip(top["outlet"], top["term"]))["Valley Post"] in {"اسري", "امريكية"}
    assert len(top) == 3


def test_methods_and_target_and_min_count():
    c = _corpus()
    g = keyness(c, method="g2", target="Coast Times", min_count=1)
    assert set(g["outlet"]) == {"Coast Times"} and "g2" in g.columns and "z" not in g.columns
    assert g["g2"].is_monotonic_decreasing
    assert (g["g2"] < 0).any()                      # under-used terms are kept, signed
    assert keyness(c, min_count=100).empty
    with pytest.raises(SchemaError, match="unknown outlet"):
        keyness(c, target="Nowhere News")
    with pytest.raises(UsageError):
        keyness(c, method="tfidf")


def test_within_events_leaves_out_single_outlet_events():
    c = _corpus()
    plain = keyness(c, target="Desert Herald", min_count=1, min_articles=1)
    within = keyness(c, target="Desert Herald", within_events=True, min_count=1, min_articles=1)
    assert _row(plain, "Desert Herald", "فيضان").count_target == 4
    assert "فيضان" not in set(within["term"])
    spellings = _row(plain, "Desert Herald", "رهائن").spellings.split(" | ")
    assert set(spellings) == {"والرهائن", "الرهائن", "للرهائن"} and spellings[2] == "للرهائن"
    r = _row(within, "Desert Herald", "رهائن")
    assert r.count_target == 8 and "للرهائن" not in r.spellings
    nodates = Corpus(from_frame(c.df.assign(event_id=None)))
    with pytest.raises(SchemaError, match="run framing events first"):
        keyness(nodates, within_events=True)


def test_exclude_copies():
    c = _corpus()
    with pytest.raises(SchemaError, match="run framing events first to detect copies"):
        keyness(c, exclude_copies=True)
    df = c.df.copy()
    df["copy_of"] = None
    df.loc[df["outlet"] == "Coast Times", "copy_of"] = "x"        # pretend: all wire copies
    df.loc[df.index[1], "copy_of"] = None                         # but one
    tab = keyness(Corpus(df), exclude_copies=True, min_count=1, min_articles=1, target="Coast Times")
    assert _row(tab, "Coast Times", "محتجزين").count_target == 2


def test_house_style_marks_terms_used_everywhere():
    tab = keyness(_corpus(), min_count=1, min_articles=1, house_min_tokens=1, house_min_units=3)
    dateline = _row(tab, "Desert Herald", "صحراء")
    assert dateline.house_style and dateline.house_share == 1.0 and dateline.article_share == 1.0
    assert _row(tab, "Desert Herald", "فيضان").article_share == pytest.approx(0.2)
    assert not _row(tab, "Desert Herald", "فيضان").house_style    # one day only
    assert not _row(tab, "Coast Times", "وزير").house_style       # shared by all
    dropped = keyness(_corpus(), min_count=1, house_min_tokens=1, house_min_units=3, drop_house_style=True)
    assert "صحراء" not in set(dropped.loc[dropped["outlet"] == "Desert Herald", "term"])
    # too few units: no judgement
    tab = keyness(_corpus(), min_count=1, house_min_tokens=1, house_min_units=10)
    assert not tab["house_style"].any() and tab["house_share"].isna().all()


def test_fold_spelling_merges_variants():
    plain = keyness(_corpus(), min_count=1)
    assert _row(plain, "Coast Times", "اميركية").count_target == 4
    assert _row(plain, "Valley Post", "امريكية").count_target == 8
    folded = keyness(_corpus(), min_count=1, fold_spelling=True)
    assert "اميركية" not in set(folded["term"])                    # shown in the commoner spelling
    r = _row(folded, "Coast Times", "امريكية")
    assert (r.count_target, r.count_rest) == (4, 8)
    assert r.spellings == "الأميركية"
    assert _row(folded, "Coast Times", "امريكية").z < _row(plain, "Coast Times", "اميركية").z


def test_bigrams_use_bigram_totals():
    tab = keyness(_corpus(), ngram=2, min_count=1, target="Coast Times")
    r = _row(tab, "Coast Times", "سراح محتجزين")
    assert r.count_target == 4 and r.spellings == "سراح المحتجزين"
    uni = tab[~tab["term"].str.contains(" ")]
    bi = tab[tab["term"].str.contains(" ")]
    # rates are per 10,000 terms of the same order (min_count=1 keeps every term)
    assert uni["rate_target"].sum() == pytest.approx(1e4, rel=1e-9)
    assert bi["rate_target"].sum() == pytest.approx(1e4, rel=1e-9)


def test_cli_keyness(tmp_path):
    from click.testing import CliRunner

    from framing.cli import main
    path = tmp_path / "articles.jsonl"
    _corpus().df.to_json(path, orient="records", lines=True, force_ascii=False)
    run = CliRunner().invoke(main, ["keyness", str(path), "--target", "Coast Times", "--top", "2",
                                    "--min-count", "1", "--format", "csv"])
    assert run.exit_code == 0, run.output
    out = pd.read_csv(__import__("io").StringIO(run.output))
    assert list(out["outlet"]) == ["Coast Times"] * 2 and "محتجزين" in set(out["term"])
    assert {"z", "p_value", "log_ratio", "house_style", "spellings"} <= set(out.columns)
    run = CliRunner().invoke(main, ["keyness", str(path), "--exclude-copies"])
    # a call that needs events on a corpus without them is a usage error (issue 10: exit 2, was 1)
    assert run.exit_code == 2 and "run framing events first to detect copies" in run.output


def test_plain_table_without_dates_or_ids():
    df = pd.DataFrame({"outlet": ["North Wire", "North Wire", "South Wire"],
                       "text": ["الرهائن الرهائن", "الرهائن الوزير", "المحتجزين الوزير"]})
    tab = keyness(df, min_count=1, method="chi2")
    assert _row(tab, "North Wire", "رهائن").count_target == 3
    assert tab["house_share"].isna().all() and not tab["house_style"].any()


def test_house_style_within_events_uses_event_units():
    tab = keyness(_corpus(), within_events=True, min_count=1, house_min_tokens=1, house_min_units=3)
    r = _row(tab, "Desert Herald", "صحراء")
    assert r.house_style and r.house_share == 1.0 and r.article_share == 1.0   # 4 shared events; solo one left out
    assert not _row(tab, "Coast Times", "وزير").house_style
    assert not keyness(_corpus(), within_events=True, min_count=1, house_min_tokens=1,
                       house_min_units=5)["house_style"].any()             # only 4 event units


# -- boilerplate: the lines an outlet repeats are not its vocabulary (as in framing terms) ----------

FOOTER = "اشتركوا في نشرة المرفأ البريدية اليومية"      # fictional sign-off of one outlet
STORIES = ["افتتح المحافظ جسرا جديدا فوق النهر", "ارتفعت أسعار القمح في الأسواق المحلية",
           "فاز فريق القرية بكأس البطولة", "أغلقت العاصفة الطريق الساحلي ساعات",
           "وصلت قافلة المساعدات إلى المخيم", "ناقش المجلس ميزانية المدارس الجديدة"]


def _footer_corpus():
    """Three fictional outlets on six days; Harbor Gazette closes every article with :data:`FOOTER`."""
    rows = []
    for i, story in enumerate(STORIES):
        day = f"2025-04-0{i + 1}"
        rows.append(("Harbor Gazette", day, f"h{i}", f"عنوان الميناء {i}", f"{story} في المرفأ\n\n{FOOTER}"))
        rows.append(("Plains Daily", day, f"p{i}", f"عنوان السهل {i}", f"{story} في السهل"))
        rows.append(("Ridge Courier", day, f"r{i}", f"عنوان الجبل {i}", f"{story} في الجبل"))
    return Corpus(from_frame(pd.DataFrame(rows, columns=["outlet", "published", "id", "title", "text"])))


def _footer_terms():
    """The footer's terms but مرفا, which Harbor Gazette's stories use too."""
    return {"اشتركوا", "نشرة", "بريدية", "يومية"}


@pytest.mark.parametrize("ngram", [1, 2])
def test_an_outlets_repeated_footer_is_not_its_vocabulary(ngram):
    footer = _footer_terms()
    tab = keyness(_footer_corpus(), target="Harbor Gazette", min_count=1, ngram=ngram)
    assert not footer & set(tab["term"]), "the footer's words are left out, as framing terms leaves them out"
    assert not any("نشرة" in t.split() for t in tab["term"])            # nor its n-grams
    assert _row(tab, "Harbor Gazette", "مرفا").count_target == 6      # its own word in the story line stays
    kept = keyness(_footer_corpus(), target="Harbor Gazette", min_count=1, ngram=ngram, keep_boilerplate=True)
    assert footer <= set(kept["term"])
    assert all(_row(kept, "Harbor Gazette", t).count_target == 6 for t in footer)
    assert _row(kept, "Harbor Gazette", "مرفا").count_target == 12


def test_boilerplate_is_left_out_alike_in_chunks_and_processes(monkeypatch, tmp_path):
    """Several chunks (the boilerplate found over all of them), one or two processes, a corpus
    directory or a DataFrame: the same table."""
    from framing import chunks
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 4)
    _footer_corpus().save(tmp_path / "c")
    tables = [keyness(src, min_count=1, ngram=n, jobs=j).to_csv(index=False)
              for n in (1, 2) for src in (_footer_corpus(), tmp_path / "c") for j in (1, 2)]
    assert tables[0] == tables[1] == tables[2] == tables[3] and tables[4] == tables[5] == tables[6] == tables[7]
    assert not _footer_terms() & set(pd.read_csv(__import__("io").StringIO(tables[0]))["term"])


def test_a_precomputed_matrix_is_the_callers():
    from framing.features import term_matrix
    tab = keyness(matrix=term_matrix(_footer_corpus().df), target="Harbor Gazette", min_count=1)
    assert _footer_terms() <= set(tab["term"])          # counted as the caller's matrix counted them


def test_cli_keyness_keep_boilerplate(tmp_path):
    from click.testing import CliRunner

    from framing.cli import main
    _footer_corpus().save(tmp_path / "c")
    args = ["keyness", str(tmp_path / "c"), "--target", "Harbor Gazette", "--min-count", "1", "--all",
            "--format", "csv"]
    terms = [set(pd.read_csv(__import__("io").StringIO(r.output))["term"]) for r in
             (CliRunner().invoke(main, args), CliRunner().invoke(main, args + ["--keep-boilerplate"]))]
    assert not _footer_terms() & terms[0] and _footer_terms() <= terms[1]
