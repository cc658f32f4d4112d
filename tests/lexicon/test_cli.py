import io
import json

import pandas as pd
import pytest
from click.testing import CliRunner

from framing.cli import main

ARTICLES = [
    {"id": "a1", "outlet": "North Post", "date": "2025-03-01", "title": "المتحدث: الرهائن بخير",
     "text": "أفرج عن الرهائن والمحتجزين. وقال الوزير «الأسرى بخير»."},
    {"id": "a2", "outlet": "North Post", "date": "2025-03-02", "title": "خبر", "text": "عاد الرهائن إلى بيوتهم."},
    {"id": "b1", "outlet": "South Daily", "date": "2025-03-01", "title": "خبر", "text": "أفرج عن المحتجزين والأسرى."},
    {"id": "b2", "outlet": "South Daily", "date": "2025-03-02", "title": "خبر", "text": "لا شيء هنا."},
]


@pytest.fixture()
def corpus(tmp_path):
    p = tmp_path / "articles.jsonl"
    p.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES), encoding="utf-8")
    return str(p)


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_lexicon_list_show_check(lexfile, tmp_path):
    r = run("lexicon", "list", "--format", "csv")
    assert r.exit_code == 0 and "captives" in r.output and "israel_palestine" in r.output
    r = run("lexicon", "show", "captives", "--format", "csv")
    df = pd.read_csv(io.StringIO(r.output))
    assert r.exit_code == 0 and "hostages" in set(df["term"])
    r = run("lexicon", "check", str(lexfile))
    assert r.exit_code == 0 and r.output.startswith("ok: test_captives (version 2): 2 families, 10 terms")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: bad\nfamilies:\n  - id: f\n    terms:\n      - id: t\n        language: de\n"
                   "        forms: [x]\n", encoding="utf-8")
    r = run("lexicon", "check", str(bad))
    assert r.exit_code == 1 and f"error: {bad}:6: families[f].terms[t].language: expected ar or en" in r.output
    r = run("lexicon", "show", "nope")
    assert r.exit_code == 1 and "shipped lexicons: attribution, captives" in r.output


def test_terms_by_doc_csv(corpus):
    r = run("terms", corpus, "--lexicon", "captives", "--format", "csv")
    assert r.exit_code == 0, r.output
    df = pd.read_csv(io.StringIO(r.output))
    got = {(d, t): c for d, t, c in zip(df.id, df.term, df["count"])}
    assert got == {("a1", "hostages"): 1, ("a1", "detainees"): 1, ("a2", "hostages"): 1,
                   ("b1", "detainees"): 1, ("b1", "prisoners"): 1}
    r = run("terms", corpus, "--lexicon", "captives", "--voice", "quoted", "--format", "csv")
    df = pd.read_csv(io.StringIO(r.output))
    assert sorted(zip(df.id, df.term)) == [("a1", "hostages"), ("a1", "prisoners")]


def test_terms_by_outlet_writes_a_table(corpus, tmp_path):
    pytest.importorskip("framing.stats")
    out = tmp_path / "shares.csv"
    r = run("terms", corpus, "--lexicon", "captives", "--by", "outlet", "--n-boot", "20", "-o", str(out))
    assert r.exit_code == 0, r.output
    df = pd.read_csv(out)
    north = df[(df.outlet == "North Post") & (df.term == "hostages")].iloc[0]
    assert north["matches"] == 2 and north["share"] == pytest.approx(2 / 3)


def test_grouping_by_voice_says_how_to_count_each_voice(corpus):
    """--by outlet,voice is what a researcher asking 'in whose voice' tries first; the error listed the
    corpus columns (voice is none of them) without saying that voice is chosen with --voice."""
    r = run("terms", corpus, "--lexicon", "captives", "--by", "outlet,voice")
    assert r.exit_code == 2 and "voice is not a column to group by" in r.output and "--voice own, quoted" in r.output
    r = run("compare", corpus, "--lexicon", "captives", "--by", "voice")
    assert r.exit_code == 2 and "--voice all" in r.output


def test_kwic_verb(corpus):
    r = run("kwic", corpus, "رهائن", "--format", "csv", "--width", "10", "--voice", "all")
    assert r.exit_code == 0, r.output
    df = pd.read_csv(io.StringIO(r.output))
    assert list(df["match"]) == ["الرهائن", "الرهائن", "الرهائن"]
    assert list(df["voice"]) == ["quoted", "own", "own"]
    r = run("kwic", corpus, "--lexicon", "captives", "--term", "prisoners", "--voice", "own", "--format", "csv")
    assert list(pd.read_csv(io.StringIO(r.output))["id"]) == ["b1"]
    r = run("kwic", corpus)
    assert r.exit_code == 2 and "either --lexicon" in r.output
    r = run("kwic", corpus, "غير_موجود")
    assert r.exit_code == 1          # nothing found: header only, exit 1


def test_kwic_says_which_term_a_word_named_when_it_has_no_matches(corpus):
    """--term hostage names the English term en_hostages (its form), not the Arabic hostages: on an
    Arabic corpus that printed '(no rows)' as if no outlet wrote رهائن."""
    r = run("kwic", corpus, "--lexicon", "captives", "--term", "hostage")
    assert r.exit_code == 1 and "(no rows)" in r.stdout
    assert "note: 'hostage' is the term 'en_hostages' (en: hostage, hostages)" in r.stderr
    r = run("kwic", corpus, "--lexicon", "captives", "--term", "الرهائن")     # found: no note
    assert r.exit_code == 0 and "note:" not in r.stderr and "en_hostages" not in r.stderr


def test_compare_verb(corpus):
    pytest.importorskip("framing.stats")
    r = run("compare", corpus, "--lexicon", "captives", "--family", "captives", "--n-boot", "20")
    assert r.exit_code == 0, r.output
    assert "# captives / captives: shares by outlet (own voice)" in r.output
    assert "pairwise differences" in r.output and "North Post" in r.output
    r = run("compare", corpus, "--lexicon", "captives", "--family", "nope")
    assert r.exit_code == 2 and "has no family 'nope'" in r.output      # a usage error, as a wrong --term


def test_family_errors_are_usage_errors(corpus, tmp_path):
    """A family the lexicon lacks, or none named where it has two, is an argument that does not fit:
    exit 2 like an unknown --term (it was 1, "nothing usable produced"), in every verb that takes --family."""
    two = tmp_path / "two.yaml"
    two.write_text("name: two\nfamilies:\n  - id: a\n    terms:\n      - id: x\n        language: ar\n"
                   "        forms: [رهائن]\n  - id: b\n    terms:\n      - id: y\n        language: ar\n"
                   "        forms: [أسرى]\n")
    r = run("compare", corpus, "--lexicon", str(two))
    assert r.exit_code == 2 and "2 families: name one with --family" in r.output
    r = run("kwic", corpus, "--lexicon", str(two), "--family", "c")
    assert r.exit_code == 2 and "has no family 'c'" in r.output
    r = run("kwic", corpus, "--lexicon", str(two), "--family", "b", "--term", "x")   # x is of family a
    assert r.exit_code == 2 and "term 'x' is not in family 'b'" in r.output


def test_check_warns_about_spellings_shared_by_two_terms(tmp_path):
    p = tmp_path / "shared.yaml"
    p.write_text("name: shared\nfamilies:\n  - id: f\n    terms:\n      - id: a\n        language: ar\n"
                 "        forms: [رهينة]\n      - id: b\n        language: ar\n        forms: [رهين]\n",
                 encoding="utf-8")
    r = CliRunner().invoke(main, ["lexicon", "check", str(p)])
    assert r.exit_code == 0
    assert "warning: 'رهينه' spells a form of both 'a' and 'b' (family f); it counts as 'a'" in r.output


def test_compare_within_events_says_so_in_its_heading(tmp_path):
    pytest.importorskip("framing.stats")
    p = tmp_path / "ev.jsonl"
    rows = [{"id": f"{o}{i}", "outlet": o, "event_id": f"ev{i}",
             "text": ("احتجز المسلحون الرهائن في المبنى." if o == "N" else "نقل المحتجزون إلى المبنى.")}
            for i in range(3) for o in ("N", "S")]
    p.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in rows), encoding="utf-8")
    r = run("compare", str(p), "--lexicon", "captives", "--family", "captives", "--within-events")
    assert r.exit_code == 0, r.output
    assert r.output.startswith("# captives / captives: shares by outlet (own voice, "
                               "only the events two or more groups cover (--within-events))")
