"""A table row whose date is given but not understood keeps its article, with a ``warning:``
line in rejects.csv naming the row and the date (nothing is lost silently); the screen shows at
most ten warnings."""
import json

from click.testing import CliRunner

from framing.cli import main
from framing.corpus import load


def _rows(n_bad: int) -> list[dict]:
    good = {"id": "g1", "outlet": "Desert Post", "title": "عنوان", "text": "أفرجت السلطات عن المحتجزين.",
            "date": "2024-01-02"}
    bad = [{"id": f"b{i}", "outlet": "Oasis Daily", "title": "تاريخ غريب", "text": f"نص رقم {i} عن الأسرى.",
            "date": "2024-13-45"} for i in range(n_bad)]
    return [good] + bad


def _write(path, rows):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")


def test_unreadable_date_is_a_warning_with_its_row(tmp_path):
    src = tmp_path / "t.jsonl"
    _write(src, _rows(1))
    res = CliRunner().invoke(main, ["ingest", str(src), "-o", str(tmp_path / "c")])
    assert res.exit_code == 0, res.output
    c = load(tmp_path / "c")
    assert sorted(c.df["id"]) == ["b0", "g1"]                     # the article is kept
    assert c.df.set_index("id").loc["b0", "published"] is None or \
        str(c.df.set_index("id").loc["b0", "published"]) in ("<NA>", "None")
    reasons = c.rejects.set_index("input")["reason"]
    assert reasons[f"{src}#2"].startswith("warning: date '2024-13-45' not understood")
    assert "1 warning(s)" in res.output


def test_good_and_missing_dates_give_no_warning(tmp_path):
    src = tmp_path / "t.jsonl"
    rows = _rows(0) + [{"id": "n1", "outlet": "Oasis Daily", "title": "بلا تاريخ", "text": "نص بلا تاريخ."}]
    _write(src, rows)
    res = CliRunner().invoke(main, ["ingest", str(src), "-o", str(tmp_path / "c")])
    assert res.exit_code == 0, res.output
    assert "warning" not in res.output
    assert len(load(tmp_path / "c").rejects) == 0


def test_screen_shows_ten_warnings_then_a_count(tmp_path):
    src = tmp_path / "t.jsonl"
    _write(src, _rows(13))
    res = CliRunner().invoke(main, ["ingest", str(src), "-o", str(tmp_path / "c")])
    assert res.exit_code == 0, res.output
    assert res.output.count("not understood") == 10
    assert "… and 3 more warning(s)" in res.output
    assert len(load(tmp_path / "c").rejects) == 13                # all of them in rejects.csv
