"""A table none of whose rows has a date (no date column recognised) is said once at ingest, in
the summary, with how to name the column; fictional outlets and texts."""
from __future__ import annotations

import pandas as pd
from click.testing import CliRunner

from framing.cli import main

ROWS = [{"outlet": "Wadi Herald", "headline": f"خبر {i}", "body": f"وصل الوفد إلى وادي زين في اليوم {i}.",
         "day": f"2031-05-0{i}"} for i in range(1, 5)]


def _ingest(where, frame, *extra):
    where.mkdir()
    src = where / "export.csv"
    frame.to_csv(src, index=False)
    return CliRunner().invoke(main, ["ingest", str(src), "-o", str(where / "c"), "--input-format", "table", *extra])


def test_a_table_without_a_date_column_is_warned_about_once(tmp_path):
    r = _ingest(tmp_path / "a", pd.DataFrame(ROWS))
    assert r.exit_code == 0, r.output
    assert r.stderr.count("has a date") == 1 and r.stderr.count("warning") == 1
    assert "no row of " in r.stderr and "export.csv" in r.stderr and "--map NAME=published" in r.stderr
    fixed = _ingest(tmp_path / "b", pd.DataFrame(ROWS), "--map", "day=published")
    assert fixed.exit_code == 0 and "warning" not in fixed.stderr, fixed.output
    named = _ingest(tmp_path / "c", pd.DataFrame(ROWS).rename(columns={"day": "Date"}))
    assert named.exit_code == 0 and "warning" not in named.stderr, named.output


def test_dates_not_understood_are_warned_row_by_row_not_as_a_missing_column(tmp_path):
    r = _ingest(tmp_path / "a", pd.DataFrame(ROWS).assign(day="soon"), "--map", "day=published")
    assert r.exit_code == 0, r.output
    assert "4 warning(s)" in r.stderr and "not understood" in r.stderr and "has a date" not in r.stderr
