"""A report rebuilt from the same corpus directory reads its counts, sources and keyness tables and its content hash back
from the directory (kept results) and writes the same bytes; a corpus whose rows differ is counted anew."""
from __future__ import annotations

import pytest

from framing.corpus import Corpus, load
from framing.ingest import ingest_to_corpus
from framing.report import build_report
from framing.report import data as report_data

from .test_build import corpus


@pytest.fixture()
def wadi(tmp_path):
    src = tmp_path / "wadi.csv"
    corpus(days=2).df.to_csv(src, index=False)
    ingest_to_corpus([src], tmp_path / "wadi", progress=False)
    return tmp_path / "wadi"


def _build(source, out):
    build_report(source, ["captives"], pdf=out / "w.pdf", html=out / "w.html", command="framing report wadi")
    return (out / "w.pdf").read_bytes(), (out / "w.html").read_bytes()


def test_rebuild_reads_kept_counts_and_sources_and_gives_the_same_bytes(wadi, tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = _build(wadi, tmp_path / "a")
    assert {p.name.split("-")[2] for p in wadi.glob(".kept-report-*.json")} == {"counts", "sources", "keyness", "hash"}
    import framing.lexicon.sources as src
    import framing.report.vocab as vocab
    monkeypatch.setattr(vocab, "distinctive", lambda *a, **k: pytest.fail("keyness computed again"))
    monkeypatch.setattr(report_data, "_counts_each", lambda *a, **k: pytest.fail("counted again"))
    monkeypatch.setattr(src, "sources", lambda *a, **k: pytest.fail("sources read again"))
    import importlib
    monkeypatch.setattr(importlib.import_module("framing.chunks"), "content_hash",
                        lambda *a, **k: pytest.fail("hashed again"))
    monkeypatch.setattr(Corpus, "content_hash", lambda *a, **k: pytest.fail("hashed again"))
    assert _build(wadi, tmp_path / "b") == first


def test_a_corpus_with_other_rows_is_counted_anew(wadi, tmp_path):
    (tmp_path / "a").mkdir()
    _build(wadi, tmp_path / "a")
    c = load(wadi)
    df = c.df.copy()
    df.loc[0, "text"] = df.loc[0, "text"] + " وأفرج عن الرهائن."       # same directory, one text edited
    edited = Corpus(df, path=c.path, manifest=c.manifest)
    data = report_data.collect(edited, ["captives"])
    shares = data.families[0].shares
    before = report_data.collect(c, ["captives"]).families[0].shares
    outlet = df.loc[0, "outlet"]
    n = {s["term"]: s["matches"] for _, s in before[before["outlet"] == outlet].iterrows()}
    m = {s["term"]: s["matches"] for _, s in shares[shares["outlet"] == outlet].iterrows()}
    assert m["hostages"] == n["hostages"] + 1
