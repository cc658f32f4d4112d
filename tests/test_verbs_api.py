"""Every CLI verb is one public function (issue 10, part 1): what ``framing events`` and
``framing lexicon check`` do is available from Python, and the CLI only prints it."""
from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.errors import LexiconError


def _table(tmp_path):
    rows = []
    for i, (outlet, verb) in enumerate([("صحيفة الشمال", "اقتحم"), ("قناة الجنوب", "دخل"), ("وكالة الأفق", "هاجم")]):
        rows.append({"id": f"s{i}", "outlet": outlet, "published": "2031-04-02", "title": "فيضان يغمر وادي السدر",
                     "text": f"غمرت مياه الفيضان قرى وادي السدر فجر اليوم و{verb} السيل البيوت القريبة من مجرى الوادي "
                             "وأعلنت فرق الإنقاذ إجلاء مئات الأسر من المنطقة المنكوبة إلى مدارس المدينة."})
    rows.append({"id": "t0", "outlet": "قناة الجنوب", "published": "2031-07-20", "title": "افتتاح مكتبة عامة",
                 "text": "افتتحت البلدية مكتبة عامة جديدة في حي الزهور تضم آلاف الكتب وقاعات للقراءة."})
    path = tmp_path / "articles.jsonl"
    pd.DataFrame(rows).to_json(path, orient="records", lines=True, force_ascii=False)
    return path


def test_detect_events_on_a_table_saves_only_when_asked(tmp_path):
    path = _table(tmp_path)
    c = framing.detect_events(path)
    assert c.df["event_id"].notna().all() and "copy_of" in c.df.columns and c.events is not None
    assert c.path == path and not (tmp_path / "articles").exists()           # a table is not overwritten
    out = framing.detect_events(path, output=tmp_path / "corpus")
    assert out.path == tmp_path / "corpus" and framing.load(out.path).events is not None
    assert out.df.set_index("id").loc["s0", "event_id"] == out.df.set_index("id").loc["s1", "event_id"]


def test_detect_events_updates_a_directory_and_reuses_what_it_holds(tmp_path):
    d = framing.detect_events(_table(tmp_path), output=tmp_path / "corpus").path
    framing.load(d).df.assign(event_id="hand").to_parquet(d / "articles.parquet")   # mark the stored ids
    assert set(framing.detect_events(d, reuse=True).df["event_id"]) == {"hand"}     # shown as stored
    assert "hand" not in set(framing.detect_events(d, reuse=True, window=2).df["event_id"])  # an option: recompute
    assert "hand" not in set(framing.load(d).df["event_id"])                        # … and saved in place
    assert set(framing.detect_events(d, output=False).df["event_id"]) != {"hand"}


def test_check_lexicon(tmp_path):
    p = tmp_path / "mine.yaml"
    p.write_text("name: mine\nversion: 2\nfamilies:\n  - id: f\n    terms:\n"
                 "      - {id: a, language: ar, class: noun, forms: [رهينة]}\n"
                 "      - {id: b, language: ar, class: noun, forms: [والمحتجزين]}\n", "utf-8")
    r = framing.check_lexicon(p)
    assert (r.name, r.version, r.families, r.terms, r.forms) == ("mine", "2", 1, 2, 2) and r.spellings > 10
    assert any("clitic attached" in w for w in r.warnings) and r.summary().startswith("ok: mine (version 2)")
    with pytest.raises(LexiconError, match="no lexicon file"):
        framing.check_lexicon(tmp_path / "missing.yaml")
