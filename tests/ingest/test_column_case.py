"""A spreadsheet's export names its columns ``Outlet``, ``Title``, ``TEXT``, `` Date``: they are
the corpus columns in any letter case, at ingest and when a table is analysed directly."""
import pandas as pd
from click.testing import CliRunner

import framing
from framing.cli import main

ROWS = [("نشرة الوادي", "فيضان في القرية", "غمرت المياه قرية الوادي واحتجز المسلحون الرهائن في المدرسة.", "2031-03-04"),
        ("صدى الجبل", "أمطار غزيرة", "ما زال المحتجزون في المدرسة بعد أمطار غزيرة على الجبل.", "2031-03-05")]


def _table(path, names):
    pd.DataFrame(ROWS, columns=names).to_csv(path, index=False, encoding="utf-8-sig")   # Excel's BOM
    return path


def test_columns_in_other_cases_are_the_corpus_columns(tmp_path):
    src = _table(tmp_path / "export.csv", ["Outlet", "Title", "TEXT", " Date "])
    r = CliRunner().invoke(main, ["ingest", str(src), "-o", str(tmp_path / "c"), "--quiet"])
    assert r.exit_code == 0, r.output
    df = framing.load(tmp_path / "c").df.set_index("outlet")
    assert df.loc["صدى الجبل", "title"] == "أمطار غزيرة" and df.loc["نشرة الوادي", "published"] == "2031-03-04"
    assert set(framing.term_shares(src, "captives", by="outlet")["outlet"]) == {"نشرة الوادي", "صدى الجبل"}


def test_a_column_already_named_or_mapped_wins_over_another_case(tmp_path):
    src = tmp_path / "t.csv"
    pd.DataFrame({"Outlet": ["ظل"], "outlet": ["نشرة الوادي"], "Text": ["مطر"], "story": [ROWS[0][2]]}
                 ).to_csv(src, index=False)
    c = framing.ingest_to_corpus([src], tmp_path / "c", columns={"story": "text"}, progress=False)
    assert list(c.df["outlet"]) == ["نشرة الوادي"] and list(c.df["text"]) == [ROWS[0][2]]
    assert list(c.df["Outlet"]) == ["ظل"] and list(c.df["Text"]) == ["مطر"]     # kept as they were


def test_map_takes_a_comma_list(tmp_path):
    src = _table(tmp_path / "export.csv", ["paper", "headline", "story", "day"])
    r = CliRunner().invoke(main, ["ingest", str(src), "-o", str(tmp_path / "c"), "--quiet",
                                  "--map", "paper=outlet,story=text", "--map", "day=published"])
    assert r.exit_code == 0, r.output
    df = framing.load(tmp_path / "c").df.set_index("outlet")
    assert df.loc["صدى الجبل", "published"] == "2031-03-05" and df.loc["صدى الجبل", "title"] == "أمطار غزيرة"
