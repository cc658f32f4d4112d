"""The bundled demo corpus (corpora/demo): files, encodings and gold labels agree with corpora/README.md.

These tests look at the corpus files only; ingestion and matching are tested against the
gold elsewhere.
"""
from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[1] / "corpora" / "demo"
PAGES, GOLD = DEMO / "pages", DEMO / "gold"
WIRE = PAGES / "wire-feed.jsonl"

TERM_IDS = {
    "captives": {"hostages", "detainees", "prisoners", "abductees", "inmates",
                 "en_hostages", "en_captives", "en_detainees", "en_prisoners", "en_abductees"},
    "casualties": {"killed", "martyrs", "victims", "died", "en_killed", "en_died", "en_martyrs", "en_victims",
                   "en_dead", "killing", "martyrdom", "death_in_clash"},
    "ukraine_war": {"smo", "war_on", "invasion", "crisis", "en_smo", "en_invasion", "en_war", "en_conflict",
                    "en_crisis"},
    "attribution": {"said", "stated", "affirmed", "clarified", "claimed", "alleged", "admitted",
                    "en_said", "en_stated", "en_claimed", "en_alleged", "en_admitted"},
    "violence": {"massacre", "attack", "raid", "strike", "en_massacre", "en_slaughter", "en_attack", "en_strike"},
}


def _csv(name):
    with (GOLD / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def wire_rows():
    return [json.loads(line) for line in WIRE.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def articles():
    return {r["source"]: r for r in _csv("articles.csv")}


def _exists(source, wire_rows):
    if source.startswith("wire-feed.jsonl#"):
        return source.split("#", 1)[1] in {r["id"] for r in wire_rows}
    return (PAGES / source).is_file()


def test_article_counts(articles, wire_rows):
    pages = sorted(p for p in PAGES.rglob("*") if p.is_file() and p.name != "wire-feed.jsonl")
    assert all(p.suffix in (".html", ".txt") for p in pages)
    assert len(pages) + len(wire_rows) == len(articles)
    langs = [a["lang"] for a in articles.values()]
    assert 60 <= langs.count("ar") <= 75          # 69: 62 pages + 7 wire rows (E9–E13 added 20 pages)
    assert 5 <= langs.count("en") <= 8
    assert 6 <= len(wire_rows) <= 10
    for a in articles.values():
        assert 80 <= int(a["words"]) <= 250, a["source"]
    # formats: roughly 40 % HTML, 40 % text pages, plus the wire table
    fmts = [a["format"] for a in articles.values()]
    assert 0.35 <= fmts.count("html") / len(fmts) <= 0.55
    assert 0.35 <= fmts.count("txt") / len(fmts) <= 0.55


def test_every_gold_source_exists(wire_rows, articles):
    for name, cols in (("events.csv", ["source"]), ("terms.csv", ["source"]), ("articles.csv", ["source"]),
                       ("copies.csv", ["source", "copy_of_source"])):
        for row in _csv(name):
            for col in cols:
                assert _exists(row[col], wire_rows), f"{name}: {row[col]} does not exist"
    # and every article has exactly one event
    events = [r["source"] for r in _csv("events.csv")]
    assert len(events) == len(set(events)) == len(articles)


def test_pages_live_in_outlet_folders(articles):
    folders = {r["folder"]: r["outlet"] for r in _csv("outlets.csv")}
    for a in articles.values():
        if a["format"] != "jsonl":
            folder = a["source"].split("/")[0]
            assert folders[folder] == a["outlet"]
            assert a["folder"] == folder


def test_events_cover_three_to_five_outlets_within_two_days(articles):
    by_event = defaultdict(list)
    for row in _csv("events.csv"):
        by_event[row["event"]].append(articles[row["source"]])
    shared = {e: arts for e, arts in by_event.items() if e.startswith("E")}
    single = {e: arts for e, arts in by_event.items() if e.startswith("S")}
    assert len(shared) == 13                      # E1–E8, and E9–E13 that repeat the contests
    assert 4 <= len(single) <= 6
    for e, arts in shared.items():
        assert 3 <= len({a["outlet"] for a in arts}) <= 5, e
        days = [dt.date.fromisoformat(a["published"]) for a in arts]
        assert (max(days) - min(days)).days <= 2, e
    for e, arts in single.items():
        assert len(arts) == 1, e


def _declared_charset(raw: bytes) -> str | None:
    m = re.search(rb"charset=[\"']?([\w-]+)", raw[:2000].replace(b"\x00", b""))
    return m.group(1).decode().lower() if m else None


def test_encodings_are_what_the_readme_says(articles):
    seen = defaultdict(int)
    for a in articles.values():
        if a["format"] == "jsonl":
            continue
        raw = (PAGES / a["source"]).read_bytes()
        enc, declared = a["encoding"], a["charset_declared"] or None
        seen[(enc, declared)] += 1
        if enc == "utf-8":
            raw.decode("utf-8")
        else:
            with pytest.raises(UnicodeDecodeError):
                raw.decode("utf-8")
        text = raw.decode({"windows-1256": "cp1256", "iso-8859-6": "iso8859_6"}.get(enc, enc))
        if a["lang"] == "ar":
            assert re.search("[\u0621-\u064a]{3}", text)
        if enc == "utf-16":
            assert raw[:2] == b"\xff\xfe"
        else:
            assert _declared_charset(raw) == declared, a["source"]
    assert seen[("windows-1256", "windows-1256")] >= 2
    assert seen[("windows-1256", None)] >= 2
    assert seen[("windows-1256", "windows-1256")] + seen[("windows-1256", None)] >= 4
    assert 1 <= seen[("iso-8859-6", "iso-8859-6")] <= 2
    assert seen[("utf-16", "utf-16")] == 1


def test_wire_feed_table(wire_rows):
    for r in wire_rows:
        assert list(r) == ["id", "outlet", "date", "title", "text", "url"]
        dt.datetime.fromisoformat(r["date"])
    assert len({r["outlet"] for r in wire_rows}) == 1
    assert len({r["id"] for r in wire_rows}) == len(wire_rows)


def _article_text(source, wire_rows):
    if source.startswith("wire-feed.jsonl#"):
        rid = source.split("#", 1)[1]
        return next(r["text"] for r in wire_rows if r["id"] == rid)
    return (PAGES / source).read_bytes().decode("utf-8", errors="replace")


def _shingles(text, n=5):
    w = re.findall(r"[\u0621-\u064a]+", text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def test_wire_copies_reprint_their_original(wire_rows):
    copies = _csv("copies.csv")
    assert len(copies) == 2
    for c in copies:
        copy, orig = _shingles(_article_text(c["source"], wire_rows)), _shingles(
            _article_text(c["copy_of_source"], wire_rows))
        assert len(copy & orig) / len(copy) > 0.7, c


def test_terms_gold_is_well_formed(articles):
    rows = _csv("terms.csv")
    keys = set()
    for r in rows:
        assert r["source"] in articles
        assert r["term"] in TERM_IDS[r["lexicon"]], r
        assert r["voice"] in ("own", "quoted")
        assert int(r["count"]) >= 1
        assert r["term"].startswith("en_") == (articles[r["source"]]["lang"] == "en"), r
        key = (r["source"], r["lexicon"], r["term"], r["voice"])
        assert key not in keys
        keys.add(key)


def _own_counts(articles):
    own = defaultdict(lambda: defaultdict(int))
    for r in _csv("terms.csv"):
        if r["voice"] == "own":
            own[(articles[r["source"]]["outlet"], r["lexicon"])][r["term"]] += int(r["count"])
    return own


def test_house_styles_differ_and_every_side_appears(articles):
    own = _own_counts(articles)
    arabic_pages = {r["outlet"] for r in _csv("outlets.csv") if r["lang"] == "ar" and r["folder"] != "wire-feed.jsonl"}
    for lex in ("captives", "casualties", "ukraine_war"):
        top = {o: max(own[(o, lex)], key=own[(o, lex)].get) for o in arabic_pages}
        assert len(set(top.values())) == len(arabic_pages), (lex, top)   # four outlets, four favourite words
    used = defaultdict(set)
    for r in _csv("terms.csv"):
        used[r["lexicon"]].add(r["term"])
    for lex, need in {"captives": {"hostages", "detainees", "prisoners", "abductees", "inmates"},
                      "casualties": {"killed", "martyrs", "victims", "died"},
                      "ukraine_war": {"smo", "war_on", "invasion", "crisis"},
                      "attribution": {"said", "stated", "affirmed", "clarified", "claimed", "alleged", "admitted"},
                      "violence": {"massacre", "attack", "raid", "strike"}}.items():
        assert need <= used[lex], (lex, need - used[lex])
    quoted = [r for r in _csv("terms.csv") if r["voice"] == "quoted"]
    assert len({r["source"] for r in quoted}) >= 15


def test_hard_cases_are_present(wire_rows, articles):
    text = "\n".join(_article_text(s, wire_rows) for s in articles if not s.endswith(".html"))
    text += "\n".join((PAGES / s).read_bytes().decode(a["encoding"].replace("windows-", "cp"))
                      for s, a in articles.items() if s.endswith(".html"))
    for needle in ["محتجون", "الأسرة", "رهان", "غزوة", "الشهود", "قتال", "أسرار",          # near-misses
                   "والمحتجزين", "كرهائن", "بالأسرى", "للشهداء", "وبالعملية العسكرية الخاصة", "رهائنهم",
                   "المُحتجَزين", "الرهـــائن", "ی", "ک", "٢٠٢٥", "تشرين الثاني", "نونبر", "ما وصفه"]:
        assert needle in text, needle


def test_no_real_outlet_names():
    real = re.compile(r"\b(?:Reuters|AFP|BBC|CNN|Al Jazeera|Sputnik|RT)\b|الجزيرة|العربية نت|رويترز|سبوتنيك|روسيا اليوم")
    for p in PAGES.rglob("*"):
        if p.is_file():
            raw = p.read_bytes()
            for enc in ("utf-8", "utf-16", "cp1256"):
                try:
                    text = raw.decode(enc)
                    break
                except UnicodeDecodeError:
                    continue
            assert not real.search(text), p


def test_pages_and_gold_match_the_sources():
    spec = importlib.util.spec_from_file_location("build_demo", DEMO.parent / "tools" / "build_demo.py")
    build_demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_demo)
    assert build_demo.main(["--check"]) == 0
