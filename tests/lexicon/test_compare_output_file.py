"""``framing compare … -o FILE`` writes the shares and the pairwise table to files (FILE and
FILE.pairwise beside it, in FILE's folder) and prints only the heading and the sentence, as
every other verb with -o prints no table."""
import io
import json

import pandas as pd
from click.testing import CliRunner

from framing.cli import main

ARTICLES = [
    {"id": "a1", "outlet": "North Post", "date": "2025-03-01", "title": "خبر", "text": "أفرج عن الرهائن والمحتجزين."},
    {"id": "a2", "outlet": "North Post", "date": "2025-03-02", "title": "خبر", "text": "عاد الرهائن إلى بيوتهم."},
    {"id": "b1", "outlet": "South Daily", "date": "2025-03-01", "title": "خبر", "text": "أفرج عن المحتجزين والأسرى."},
    {"id": "b2", "outlet": "South Daily", "date": "2025-03-02", "title": "خبر", "text": "عاد الأسرى إلى بيوتهم."},
]


def test_compare_to_a_file_prints_the_sentence_only(tmp_path):
    src = tmp_path / "articles.jsonl"
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES), encoding="utf-8")
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "cmp.csv"
    r = CliRunner().invoke(main, ["compare", str(src), "--lexicon", "captives", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "# captives / captives: shares by outlet (own voice)" in r.output
    assert "pairwise differences" not in r.output and "rate_per_10k" not in r.output
    assert f"wrote {out} and {tmp_path / 'out' / 'cmp.pairwise.csv'}" in r.output
    shares = pd.read_csv(out)
    assert set(shares["outlet"]) == {"North Post", "South Daily"}
    assert {"group_a", "group_b", "term", "p_holm"} <= set(pd.read_csv(tmp_path / "out" / "cmp.pairwise.csv").columns)


def test_compare_csv_on_stdout_is_one_csv_and_the_rest_goes_to_stderr(tmp_path):
    src = tmp_path / "articles.jsonl"
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES), encoding="utf-8")
    for fmt in ("csv", "jsonl"):
        r = CliRunner().invoke(main, ["compare", str(src), "--lexicon", "captives", "--format", fmt])
        assert r.exit_code == 0, r.output
        shares = (pd.read_csv if fmt == "csv" else lambda f: pd.read_json(f, lines=True))(io.StringIO(r.stdout))
        assert set(shares["outlet"]) == {"North Post", "South Daily"} and "rate_per_10k" in shares.columns
        assert "#" not in r.stdout and "pairwise" not in r.stdout and "p_holm" not in r.stdout
        assert "# captives / captives: shares by outlet (own voice)" in r.stderr
        assert "pairwise differences" in r.stderr and "p_holm" in r.stderr


def test_compare_format_names_the_format_of_both_files(tmp_path):
    """--format was csv|jsonl only and ignored with -o (the suffix decided); now the files are written in it."""
    src = tmp_path / "articles.jsonl"
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES), encoding="utf-8")
    out = tmp_path / "cmp"
    r = CliRunner().invoke(main, ["compare", str(src), "--lexicon", "captives", "--format", "parquet", "-o", str(out)])
    assert r.exit_code == 0, r.output
    shares, pairs = pd.read_parquet(out), pd.read_parquet(tmp_path / "cmp.pairwise.parquet")
    assert set(shares["outlet"]) == {"North Post", "South Daily"} and set(shares["voice"]) == {"own"}
    assert {"group_a", "group_b", "p_holm", "voice"} <= set(pairs.columns)
    r = CliRunner().invoke(main, ["compare", str(src), "--lexicon", "captives", "--format", "jsonl",
                                  "-o", str(tmp_path / "c.txt")])
    assert r.exit_code == 0 and set(pd.read_json(tmp_path / "c.txt", lines=True)["outlet"]) == {"North Post", "South Daily"}


def test_compare_keep_boilerplate_counts_the_repeated_lines_as_terms_does(tmp_path):
    rows = [{"id": f"n{i}", "outlet": "North Post", "date": "2025-03-01", "title": "خبر",
             "text": f"خبر رقم {i} عن المحتجزين.\n\nرابط الخبر بصحيفة الشمال: الرهائن {i}"} for i in range(12)]
    rows += [{"id": f"s{i}", "outlet": "South Daily", "date": "2025-03-01", "title": "خبر",
              "text": f"خبر رقم {i} عن الأسرى."} for i in range(12)]
    src = tmp_path / "articles.jsonl"
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in rows), encoding="utf-8")
    hostages = {}
    for flag in ([], ["--keep-boilerplate"]):
        r = CliRunner().invoke(main, ["compare", str(src), "--lexicon", "captives", "--format", "csv", *flag])
        assert r.exit_code == 0, r.output
        shares = pd.read_csv(io.StringIO(r.stdout)).set_index(["outlet", "term"])
        hostages[bool(flag)] = int(shares.loc[("North Post", "hostages"), "matches"])
    assert hostages == {False: 0, True: 12}
