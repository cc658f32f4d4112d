"""``framing events CORPUS --copies`` on a corpus whose event ids came with its table (no
copy_of saved) finds the copies for the listing: the summary line says so instead of
'wire copies not computed' above a table of copies."""
import json

from click.testing import CliRunner

from framing.cli import main

TEXT = ("أفرجت السلطات في مدينة الواحة الساحلية عن الرهائن بعد مفاوضات طويلة قادها وسطاء من دول الجوار "
        "خلال الأسبوع الماضي وقال المتحدث إن الجهود مستمرة للإفراج عن الباقين في الأيام المقبلة.")


def test_copies_listing_says_they_are_not_saved(tmp_path):
    rows = [{"id": "a1", "outlet": "Desert Post", "date": "2024-01-02", "title": "الإفراج عن الرهائن",
             "text": TEXT, "event_id": "ev1"},
            {"id": "b1", "outlet": "Oasis Daily", "date": "2024-01-02", "title": "الإفراج عن الرهائن",
             "text": TEXT + " المصدر: وكالة الأفق.", "event_id": "ev1"}]
    src = tmp_path / "t.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    r = CliRunner()
    assert r.invoke(main, ["ingest", str(src), "-o", str(tmp_path / "c"), "--quiet"]).exit_code == 0
    res = r.invoke(main, ["events", str(tmp_path / "c"), "--copies"])
    assert res.exit_code == 0, res.output
    assert "wire copies found for this listing only (not saved)" in res.output
    assert "not computed" not in res.output
    res = r.invoke(main, ["events", str(tmp_path / "c"), "--list"])
    assert "wire copies not computed" in res.output
