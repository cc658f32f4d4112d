"""framing.audit: sampling, spreadsheet-safe files, scoring, the labelling state, count_terms(audit=).

Texts are written here for invented outlets (no real article text)."""
import math

import pandas as pd
import pytest

from framing.audit import Labeller, read_audit, sample, score, write_audit
from framing.audit.files import AUDIT_COLUMNS, KEY

@pytest.fixture()
def lexicon(held_lexicon):
    """The lexicon of tests/conftest.py (hostages, prisoners, detainees in family held)."""
    return held_lexicon


@pytest.fixture()
def corpus():
    rows = []
    for i in range(25):   # 25 articles with one hostages each; the first five also say prisoners
        text = f"قالت مصادر في وادي النخيل إن الجماعة أفرجت عن رهائن اليوم رقم {i}."
        if i < 5:
            text += " وطالب الأهالي بعودة الأسرى إلى بيوتهم."
        rows.append({"id": f"d{i:02d}", "outlet": "Sawt al-Wadi" if i % 2 else "Al-Marfa Daily",
                     "published": f"2031-03-{i % 28 + 1:02d}", "title": "خبر", "text": text})
    rows.append({"id": "f01", "outlet": "Al-Marfa Daily", "published": "2031-04-01", "title": "",
                 "text": "=1+1 رهائن -x"})
    return pd.DataFrame(rows)


def test_sample_is_stratified_reproducible_and_points_into_the_text(corpus, lexicon):
    s = sample(corpus, lexicon, voice="all", per_term=10, seed=3)
    assert list(s.columns) == AUDIT_COLUMNS
    assert s["term"].value_counts().to_dict() == {"hostages": 10, "prisoners": 5}   # all 5 when fewer
    assert list(dict.fromkeys(s["term"])) == ["hostages", "prisoners"]                # lexicon order
    text = corpus.set_index("id")
    for r in s.itertuples():
        assert text.at[r.id, r.field][r.start:r.end] == r.match
    assert s[["sense_ok", "voice_ok"]].isna().all().all() and (s["coder"] == "").all()
    assert s["published"].str.match(r"2031-\d\d-\d\d").all()
    pd.testing.assert_frame_equal(s, sample(corpus, lexicon, voice="all", per_term=10, seed=3))
    other = sample(corpus, lexicon, voice="all", per_term=10, seed=4)
    assert set(other["id"][other["term"] == "hostages"]) != set(s["id"][s["term"] == "hostages"])
    # drawing more lines of one term does not change which lines the other term gets
    assert sample(corpus, lexicon, voice="all", per_term=30, seed=3)["term"].value_counts()["hostages"] == 26
    assert len(sample(corpus, lexicon, voice="all", family="held", per_term=2)) == 4


def test_sample_rejects_unknown_family_and_bad_sizes(corpus, lexicon):
    from framing.errors import LexiconError, UsageError
    with pytest.raises(LexiconError, match="no family"):
        sample(corpus, lexicon, voice="all", family="nope")
    with pytest.raises(UsageError):
        sample(corpus, lexicon, voice="all", per_term=0)


def test_csv_opens_in_a_spreadsheet_and_reads_back(corpus, lexicon, tmp_path):
    s = sample(corpus, lexicon, voice="all", per_term=30, seed=0)
    s.loc[0, "note"] = "@mention"
    p = write_audit(s, tmp_path / "a.csv")
    raw = p.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                      # BOM: Excel reads UTF-8 Arabic
    text = raw.decode("utf-8-sig")
    assert ",'=1+1," in text and "'@mention" in text and ",'-x," in text   # never a formula
    back = read_audit(p)
    assert back.loc[s["id"] == "f01", "left"].iat[0] == "=1+1"
    assert back.loc[0, "note"] == "@mention"
    pd.testing.assert_frame_equal(back[["id", "start", "end", "left", "match", "right"]],
                                  s[["id", "start", "end", "left", "match", "right"]], check_dtype=False)
    j = read_audit(write_audit(s, tmp_path / "a.jsonl"))
    assert j["match"].tolist() == s["match"].tolist() and j["sense_ok"].isna().all()


def test_read_audit_accepts_spreadsheet_answers_and_names_bad_lines(corpus, lexicon, tmp_path):
    from framing.errors import InputError, SchemaError
    s = sample(corpus, lexicon, voice="all", per_term=3)
    s["sense_ok"] = ["yes", "n", "1", "", "0", "TRUE"]
    back = read_audit(write_audit(s, tmp_path / "a.csv"))
    assert back["sense_ok"].tolist()[:3] == [1.0, 0.0, 1.0] and math.isnan(back["sense_ok"].iat[3])
    bad = tmp_path / "bad.csv"
    bad.write_text(s.assign(sense_ok=["1", "1", "maybe", "", "", ""]).to_csv(index=False), "utf-8")
    with pytest.raises(InputError, match=r"bad.csv:4: sense_ok"):
        read_audit(bad)
    (tmp_path / "x.csv").write_text("a,b\n1,2\n", "utf-8")
    with pytest.raises(SchemaError, match="not an audit file"):
        read_audit(tmp_path / "x.csv")


def _coded(s, coder, codes):
    return s.assign(coder=coder, sense_ok=codes, voice_ok=1.0)


def test_score_one_coder_precision_with_wilson_interval(corpus, lexicon):
    from scipy.stats import binomtest
    s = sample(corpus, lexicon, voice="all", per_term=10, seed=1)
    codes = [1.0] * 7 + [0.0] * 2 + [math.nan] + [1.0] * 5
    r = score(_coded(s, "ab", codes))
    t = r.terms.set_index("term")
    assert t.at["hostages", "n"] == 9 and t.at["hostages", "uncoded"] == 1
    assert t.at["hostages", "precision"] == pytest.approx(7 / 9)
    ref = binomtest(7, 9).proportion_ci(method="wilson")
    assert (t.at["hostages", "ci_low"], t.at["hostages", "ci_high"]) == pytest.approx((ref.low, ref.high))
    assert t.at["prisoners", "precision"] == 1.0 and t.at["prisoners", "ci_high"] == 1.0
    f = r.families.iloc[0]
    assert (f["n"], f["yes"]) == (14, 12.0)
    assert r.coders == ["ab"] and r.agreement["lines"].eq(0).all()


def test_two_coders_kappa_and_their_disagreements(corpus, lexicon):
    from sklearn.metrics import cohen_kappa_score
    s = sample(corpus, lexicon, voice="all", per_term=10, seed=1)
    a = [1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1]
    b = [1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1]
    r = score([_coded(s, "ab", a), _coded(s, "cd", b)])
    row = r.agreement.set_index("what").loc["sense_ok"]
    assert row["lines"] == 15 and row["percent_agreement"] == pytest.approx(12 / 15)
    assert row["cohen_kappa"] == pytest.approx(cohen_kappa_score(a, b))
    assert len(r.disagreements) == 3 and set(r.disagreements["codes"]) == {"ab=1 · cd=0", "ab=0 · cd=1"}
    # a line two coders split on counts as half right
    assert r.terms.set_index("term").at["hostages", "yes"] == 8.0 and (r.lines["sense"] == 0.5).sum() == 3
    assert "Cohen's kappa" in r.summary()


def test_three_coders_krippendorff_alpha(corpus, lexicon):
    from framing.stats.agreement import krippendorff_alpha
    s = sample(corpus, lexicon, voice="all", per_term=4, seed=2)
    codes = {"a": [1, 1, 0, 1, 1, 1, 1, 0], "b": [1, 0, 0, 1, 1, 1, 1, 1], "c": [1, 1, 0, math.nan, 1, 0, 1, 0]}
    r = score([_coded(s, k, v) for k, v in codes.items()])
    row = r.agreement.set_index("what").loc["sense_ok"]
    assert math.isnan(row["cohen_kappa"]) and row["coders"] == 3
    units = [[v[i] for v in codes.values() if not math.isnan(v[i])] for i in range(8)]
    assert row["krippendorff_alpha"] == pytest.approx(krippendorff_alpha(units))
    assert 0 < row["krippendorff_alpha"] < 1


def test_lines_whose_match_no_longer_exists_are_reported(corpus, lexicon, tmp_path):
    s = sample(corpus, lexicon, voice="all", per_term=10, seed=1)
    s = _coded(s, "ab", [1.0] * len(s))
    s.loc[0, "start"] += 1                                           # an offset that moved
    assert len(score(s.iloc[1:], corpus=corpus).stale) == 0
    changed = tmp_path / "changed.yaml"                              # the lexicon lost a form
    changed.write_text(lexicon.read_text("utf-8").replace("[أسرى]", "[سجناء]"), "utf-8")
    r = score(s, corpus=corpus, lexicon=changed)
    assert len(r.stale) == 6 and set(r.stale["term"]) == {"hostages", "prisoners"}
    t = r.terms.set_index("term")
    assert (t.at["prisoners", "n"], t.at["prisoners", "stale"]) == (0, 5)
    assert (t.at["hostages", "n"], t.at["hostages", "stale"]) == (9, 1)
    assert "no longer match" in r.summary()


def test_labeller_saves_after_every_answer_and_resumes(corpus, lexicon, tmp_path):
    path = write_audit(sample(corpus, lexicon, voice="all", per_term=3, seed=0), tmp_path / "lab.csv")
    lab = Labeller(path, corpus=corpus, coder="ab")
    assert lab.pos == 0 and lab.progress == (0, 6)
    assert "<mark" in lab.article() and lab.current["match"] in lab.article()
    lab.answer("yes", voice_ok=1)
    on_disk = read_audit(path)
    assert on_disk.loc[0, ["sense_ok", "voice_ok", "coder"]].tolist() == [1.0, 1.0, "ab"]
    lab.answer("skip")
    lab.answer("no", note="a name, not captives")
    on_disk = read_audit(path)
    assert lab.saves == 3 and on_disk["sense_ok"].iat[0] == 1.0 and math.isnan(on_disk["sense_ok"].iat[1])
    assert on_disk.loc[2, "note"] == "a name, not captives" and on_disk.loc[2, "sense_ok"] == 0.0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]      # no temporary file left
    # the kernel dies here: a new labeller starts at the first line not answered (the skipped one)
    again = Labeller(path)
    assert again.pos == 1 and again.progress == (2, 6)
    again.back()                                                    # nothing to go back to yet
    again.answer(1)
    again.back()
    assert again.pos == 1
    with pytest.raises(ValueError):
        again.answer("maybe")
    for _ in range(5):
        again.answer("y")
    assert again.pos is None and again.current is None and again.progress == (6, 6)
    again.answer("yes")                                             # done: nothing happens
    assert read_audit(path)["sense_ok"].notna().all()


def test_line_html_reads_right_to_left(corpus, lexicon):
    from framing.audit.labelling import line_html
    r = sample(corpus, lexicon, voice="all", per_term=1).iloc[0].to_dict()
    h = line_html(r)
    assert 'dir="rtl"' in h and f"<b>{r['match']}</b>" in h
    assert 'dir="ltr"' in line_html({"left": "they freed the", "match": "hostages", "right": "today"})


def test_label_widget_answers_through_buttons_and_keys(corpus, lexicon, tmp_path):
    pytest.importorskip("ipywidgets")
    from framing.audit import label
    path = write_audit(sample(corpus, lexicon, voice="all", per_term=2), tmp_path / "w.jsonl")
    box = label(path, corpus=corpus, coder="ab")
    lab = box.labeller
    buttons = [c for c in box.children if hasattr(c, "children")][0].children
    buttons[0].click()                       # yes
    buttons[-1].value = "n"                  # the keys box
    assert read_audit(path)["sense_ok"].tolist()[:2] == [1.0, 0.0] and lab.pos == 2


def test_count_terms_with_an_audit_adjusts_counts(corpus, lexicon, tmp_path):
    from framing import count_terms, term_shares
    s = sample(corpus, lexicon, voice="all", per_term=10, seed=1)
    path = write_audit(_coded(s, "ab", [1.0] * 8 + [0.0] * 2 + [1.0] * 5), tmp_path / "a.csv")
    t = term_shares(corpus, lexicon, by="outlet", n_boot=10, audit=path)
    h = t[t["term"] == "hostages"]
    assert (h["precision"] == 0.8).all() and (h["audited_n"] == 10).all()
    assert h["adjusted"].tolist() == pytest.approx((h["matches"] * 0.8).tolist())
    assert (h["adjusted_low"] <= h["adjusted"]).all() and (h["adjusted"] <= h["adjusted_high"]).all()
    assert t.loc[t["term"] == "detainees", "precision"].isna().all()      # not audited
    d = count_terms(corpus, lexicon, audit=path)
    assert d["adjusted"].tolist() == pytest.approx((d["count"] * d["precision"]).tolist())


def test_cli_sample_score_and_terms(corpus, lexicon, tmp_path):
    from click.testing import CliRunner

    from framing.cli import main
    src = tmp_path / "c.jsonl"
    corpus.to_json(src, orient="records", lines=True, force_ascii=False)
    run = CliRunner().invoke
    out = tmp_path / "a.csv"
    res = run(main, ["audit", "sample", str(src), "--lexicon", str(lexicon), "--per-term", "4", "--voice", "all", "-o", str(out)])
    assert res.exit_code == 0, res.output
    a = read_audit(out)
    assert len(a) == 8 and a["lexicon"].iat[0].endswith("held.yaml")
    write_audit(a.assign(sense_ok=[1, 1, 1, 0, 1, 1, 1, 1], coder="ab"), tmp_path / "ab.csv")
    write_audit(a.assign(sense_ok=[1, 1, 0, 0, 1, 1, 1, 1], coder="cd"), tmp_path / "cd.csv")
    res = run(main, ["audit", "score", str(tmp_path / "ab.csv"), str(tmp_path / "cd.csv"), "--corpus", str(src)])
    assert res.exit_code == 0, res.output
    assert "precision per term" in res.output and "Cohen's kappa" in res.output
    assert "lines the coders disagree on" in res.output
    res = run(main, ["terms", str(src), "--lexicon", str(lexicon), "--by", "outlet", "--n-boot", "5",
                     "--audit", str(tmp_path / "ab.csv"), "--format", "csv"])
    assert res.exit_code == 0 and "precision_low" in res.output.splitlines()[0]
    res = run(main, ["audit", "score", str(tmp_path / "nope.csv")])
    assert res.exit_code == 1 and "no audit file" in res.output


def test_sample_draws_from_the_articles_the_shared_filters_keep(corpus, lexicon, tmp_path):
    """--outlet/--since/--until (outlet=, since=, until=), as for kwic and terms: the lines and each
    term's stratum size (term_matches) come from those articles only."""
    s = sample(corpus, lexicon, voice="all", per_term=30, outlet="Sawt al-Wadi", until="2031-03-20")
    assert set(s["outlet"]) == {"Sawt al-Wadi"} and s["published"].max() <= "2031-03-20"
    assert s["term_matches"][s["term"] == "hostages"].iat[0] == len(s[s["term"] == "hostages"]) == 10
    from click.testing import CliRunner

    from framing.cli import main
    src = tmp_path / "c.jsonl"
    corpus.to_json(src, orient="records", lines=True, force_ascii=False)
    res = CliRunner().invoke(main, ["audit", "sample", str(src), "--lexicon", str(lexicon), "--voice", "all",
                                    "--outlet", "Al-Marfa Daily", "--since", "2031-03-10", "-o", str(tmp_path / "a.csv")])
    assert res.exit_code == 0, res.output
    a = read_audit(tmp_path / "a.csv")
    assert set(a["outlet"]) == {"Al-Marfa Daily"} and a["published"].min() >= "2031-03-10"


def test_lexicon_terms_may_carry_a_validated_block(lexicon):
    from framing.lexicon.format import parse_lexicon
    text = lexicon.read_text("utf-8").replace("        forms: [رهائن]\n", "        forms: [رهائن]\n"
                                              "        validated: {corpus: wadi-news, n: 40, precision: 0.925}\n")
    lex = parse_lexicon(text, "v.yaml")
    v = lex.terms[0].validated
    assert (v["corpus"], v["n"], v["precision"]) == ("wadi-news", 40, 0.925) and lex.terms[1].validated is None
    assert lex.validated_table().to_dict("records") == [
        {"family": "held", "term": "hostages", "corpus": "wadi-news", "n": 40, "precision": 0.925}]
    # a block without lines read, or a precision outside 0-1, is not shown as a measurement
    for bad in ("n: 0", "precision: 1.5"):
        old = "n: 40" if bad.startswith("n") else "precision: 0.925"
        assert parse_lexicon(text.replace(old, bad), "v.yaml").validated_table().empty


def test_family_precision_weights_terms_by_their_matches(corpus, lexicon, tmp_path):
    s = sample(corpus, lexicon, voice="all", per_term=10, seed=1)
    assert s.groupby("term")["term_matches"].first().to_dict() == {"hostages": 26, "prisoners": 5}
    codes = [1.0] * 8 + [0.0] * 2 + [1.0] * 5
    r = score(read_audit(write_audit(_coded(s, "ab", codes), tmp_path / "a.csv")))
    f = r.families.iloc[0]
    assert f["precision"] == pytest.approx(13 / 15)                          # every line once
    assert f["precision_weighted"] == pytest.approx((26 * 0.8 + 5 * 1.0) / 31)   # every match once
    assert f["weighted_ci_low"] < f["precision_weighted"] < f["weighted_ci_high"] <= 1
    assert "of all its matches in the corpus" in r.summary()
    # files without the stratum sizes (made by hand) still score, without the weighted estimate
    r = score(_coded(s, "ab", codes).drop(columns="term_matches"))
    assert math.isnan(r.families["precision_weighted"].iat[0]) and r.families["precision"].iat[0] == pytest.approx(13 / 15)


def test_a_new_sample_never_replaces_coded_lines(corpus, lexicon, tmp_path):
    from click.testing import CliRunner

    from framing.cli import main
    src = tmp_path / "c.jsonl"
    corpus.to_json(src, orient="records", lines=True, force_ascii=False)
    out = tmp_path / "a.csv"
    args = ["audit", "sample", str(src), "--lexicon", str(lexicon), "--per-term", "4", "-o", str(out)]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert CliRunner().invoke(main, args).exit_code == 0            # nothing coded yet: drawn again
    a = read_audit(out)
    write_audit(a.assign(sense_ok=[1] + [None] * (len(a) - 1)), out)
    before = out.read_bytes()
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 2 and "holds 1 coded line(s)" in res.output and out.read_bytes() == before
    (tmp_path / "notes.csv").write_text("mine,notes\n1,2\n", "utf-8")
    res = CliRunner().invoke(main, args[:-1] + [str(tmp_path / "notes.csv")])
    assert res.exit_code == 2 and "not an audit file" in res.output
    assert (tmp_path / "notes.csv").read_text("utf-8") == "mine,notes\n1,2\n"


def test_write_audit_refuses_to_overwrite_coded_lines_unless_told(corpus, lexicon, tmp_path):
    from framing.errors import UsageError
    s = sample(corpus, lexicon, voice="all", per_term=3, seed=0)
    out = write_audit(s, tmp_path / "a.csv")
    write_audit(s, out)                                             # nothing coded yet: drawn again
    write_audit(s.assign(sense_ok=[1] + [None] * (len(s) - 1)), out)
    before = out.read_bytes()
    with pytest.raises(UsageError, match=r"holds 1 coded line\(s\).*overwrite=True"):
        write_audit(s, out)
    assert out.read_bytes() == before
    (tmp_path / "notes.csv").write_text("mine,notes\n1,2\n", "utf-8")
    with pytest.raises(UsageError, match="not an audit file"):
        write_audit(s, tmp_path / "notes.csv")
    assert (tmp_path / "notes.csv").read_text("utf-8") == "mine,notes\n1,2\n"
    write_audit(s.assign(sense_ok=0), out, overwrite=True)          # said so: replaced
    assert (read_audit(out)["sense_ok"] == 0).all()


def test_scoring_a_file_nobody_coded_says_what_to_fill_in(corpus, lexicon, tmp_path):
    out = write_audit(sample(corpus, lexicon, per_term=3), tmp_path / "a.csv")
    assert score([out]).summary() == ("0 lines coded by 0 coders (fill in sense_ok with 1 or 0, yes or no, on each "
                                      "line of the file first; voice_ok likewise, coder with initials).")
