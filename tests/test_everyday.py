"""Everyday use without surprises (issue 15): listing never writes, the user's event ids are
never replaced silently, outlets named from the page or warned about, appends count what
changed, wrong --map is one clear line.  Texts are written here, outlets fictional."""
from __future__ import annotations

import hashlib

import pandas as pd
import pytest
from click.testing import CliRunner

import framing
from framing.cli import main
from framing.errors import UsageError

FLOOD = ("غمرت مياه الفيضان قرى وادي السدر فجر اليوم و{v} السيل البيوت القريبة من مجرى الوادي "
         "وأعلنت فرق الإنقاذ إجلاء مئات الأسر من المنطقة المنكوبة إلى مدارس المدينة.")
LIBRARY = "افتتحت البلدية مكتبة عامة جديدة في حي الزهور تضم آلاف الكتب وقاعات للقراءة والبحث."


def _rows(event_ids=True):
    rows = [{"id": f"s{i}", "outlet": o, "published": "2031-04-02", "title": "فيضان يغمر وادي السدر",
             "text": FLOOD.format(v=v)}
            for i, (o, v) in enumerate([("صحيفة الشمال", "اقتحم"), ("قناة الجنوب", "دخل"), ("وكالة الأفق", "هاجم")])]
    rows.append({"id": "t0", "outlet": "قناة الجنوب", "published": "2031-07-20", "title": "افتتاح مكتبة عامة",
                 "text": LIBRARY})
    if event_ids:
        for r in rows:
            r["event_id"] = "user-flood" if r["id"].startswith("s") else "user-library"
    return rows


def _corpus_with_own_events(tmp_path):
    src = tmp_path / "mine.jsonl"
    pd.DataFrame(_rows()).to_json(src, orient="records", lines=True, force_ascii=False)
    out = tmp_path / "corpus"
    framing.ingest_to_corpus([src], out, progress=False)
    return out


def _digest(d):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.iterdir()) if p.is_file()}


def test_events_list_shows_the_users_ids_and_writes_nothing(tmp_path):
    out = _corpus_with_own_events(tmp_path)
    before = _digest(out)
    r = CliRunner().invoke(main, ["events", str(out), "--list", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "user-flood" in r.stdout and "user-library" in r.stdout and "nothing written" in r.stderr
    assert _digest(out) == before


def test_recomputing_the_users_event_ids_needs_an_explicit_option(tmp_path):
    out = _corpus_with_own_events(tmp_path)
    before = _digest(out)
    r = CliRunner().invoke(main, ["events", str(out)])
    assert r.exit_code == 2 and "already carries 4 event ids" in r.stderr and "--replace-events" in r.stderr
    assert _digest(out) == before
    with pytest.raises(UsageError):
        framing.detect_events(out)
    r = CliRunner().invoke(main, ["events", str(out), "--replace-events"])
    assert r.exit_code == 0, r.output
    assert "replaced" in r.stderr and "user-flood" not in set(framing.load(out).df["event_id"])


def test_events_list_on_a_corpus_without_events_writes_nothing(tmp_path):
    src = tmp_path / "plain.jsonl"
    pd.DataFrame(_rows(event_ids=False)).to_json(src, orient="records", lines=True, force_ascii=False)
    out = tmp_path / "corpus"
    framing.ingest_to_corpus([src], out, progress=False)
    before = _digest(out)
    r = CliRunner().invoke(main, ["events", str(out), "--list", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert _digest(out) == before and framing.load(out).events is None


def test_events_list_grep_and_min_outlets(tmp_path):
    out = _corpus_with_own_events(tmp_path)
    e = framing.events.list_events(out, min_outlets=2)
    assert list(e["event_id"]) == ["user-flood"] and int(e["n_outlets"].iat[0]) == 3
    assert list(framing.events.list_events(out, grep="مكتبه")["event_id"]) == ["user-library"]   # ة = ه
    r = CliRunner().invoke(main, ["events", str(out), "--list", "--grep", "فيضان", "--format", "csv"])
    assert r.exit_code == 0 and "user-flood" in r.stdout and "user-library" not in r.stdout
