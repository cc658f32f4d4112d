"""A report of a corpus directory reads the articles' text chunk by chunk (the corpus is loaded
without it) and is the report of the same corpus loaded in memory, outlet ids becoming display
names on the way; its kept results follow the articles file.  Fictional outlets (tests/report/test_build.py)."""
from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from framing import chunks
from framing.chunks import content_hash
from framing.corpus import Corpus, load
from framing.report import data as report_data

from .test_build import corpus


@pytest.fixture()
def wadi(tmp_path):
    c = corpus(days=4)
    df = c.df.assign(copy_of=pd.array([None] * len(c.df), dtype="string"))
    df.loc[4, "copy_of"] = df.loc[1, "id"]                  # one wire copy: the copies table is made
    out = tmp_path / "wadi"
    Corpus(df, manifest={"outlets": {"Nile Wire": {"name_en": "The Nile Wire", "name_ar": "سلك النيل"}}}).save(out)
    return out


def _same(a, b, where=""):
    if isinstance(a, pd.DataFrame):
        pd.testing.assert_frame_equal(a, b, obj=where)
        assert a.attrs == b.attrs, where
    elif isinstance(a, dict):
        assert list(a) == list(b), where
        for k in a:
            _same(a[k], b[k], f"{where}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b)):
            _same(x, y, f"{where}[{i}]")
    elif dataclasses.is_dataclass(a):
        for f in dataclasses.fields(a):
            _same(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}")
    else:
        assert a == b or (a != a and b != b), (where, a, b)


@pytest.mark.parametrize("jobs", [1, 2])
def test_report_of_a_directory_is_the_report_of_the_corpus_in_memory(wadi, monkeypatch, jobs):
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 5)              # several chunks, as in a large corpus
    monkeypatch.setenv("FRAMING_JOBS", str(jobs))
    loaded = []
    check = report_data._check
    monkeypatch.setattr(report_data, "_check", lambda *a, **k: loaded.append(check(*a, **k)) or loaded[-1])
    opts = dict(within_events=True, report_lang="ar", command="framing report wadi")
    streamed = report_data.collect(wadi, ["captives"], **opts)
    assert loaded[0][0].df["text"].isna().all() and loaded[0][1] == wadi      # read in chunks, never held
    in_memory = report_data.collect(load(wadi), ["captives"], **opts)
    assert loaded[1][0].df["text"].notna().all()
    assert "سلك النيل" in set(streamed.sources["outlet"]) and "سلك النيل" in set(streamed.copies["outlet"])
    assert streamed.families[0].kwic is not None and len(streamed.families[0].kwic)
    _same(dataclasses.replace(streamed, created=None), dataclasses.replace(in_memory, created=None))


def test_content_hash_read_in_chunks_is_the_corpus_hash(wadi, monkeypatch):
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 5)
    c = load(wadi)
    assert content_hash(wadi) == c.content_hash() == content_hash(c)
    shuffled = Corpus(c.df.sample(frac=1, random_state=1), manifest=c.manifest)
    shuffled.save(wadi.parent / "shuffled")                    # other row order and row groups: same hash
    assert content_hash(wadi.parent / "shuffled", jobs=2) == c.content_hash()
    edited = c.df.copy()
    edited.loc[3, "text"] += "."
    Corpus(edited, manifest=c.manifest).save(wadi.parent / "edited")
    assert content_hash(wadi.parent / "edited") != c.content_hash()


def test_kept_results_of_a_directory_follow_its_articles_file(wadi):
    first = report_data.collect(wadi, ["captives"])
    assert {p.name.split("-")[2] for p in wadi.glob(".kept-report-*.json")} == {"counts", "sources", "keyness", "hash",
                                                                                 "copies"}
    c = load(wadi)
    df = c.df.copy()
    # the directory rewritten, one text edited: a new hostages sentence, and another outlet's text reprinted
    df.loc[0, "text"] = df.loc[0, "text"] + " وأفرج عن الرهائن.\n\n" + df.loc[2, "text"]
    Corpus(df, manifest=c.manifest, events=c.events).save(wadi)
    again = report_data.collect(wadi, ["captives"])
    outlet = df.loc[0, "outlet"]

    def hostages(data):
        s = data.families[0].shares
        return int(s[(s["outlet"] == outlet) & (s["term"] == "hostages")]["matches"].iloc[0])
    assert hostages(again) == hostages(first) + 1
    assert again.content_hash != first.content_hash == c.content_hash()
    assert again.content_hash == load(wadi).content_hash()
    from framing.events import copy_share
    fresh = copy_share(load(wadi))
    assert not fresh.equals(copy_share(c))                  # the edit changed the shares: not read back stale
    pd.testing.assert_frame_equal(again.copies.drop(columns="outlet"), fresh.drop(columns="outlet"))
