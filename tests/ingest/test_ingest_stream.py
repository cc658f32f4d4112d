"""Ingest of tables writes the corpus row group by row group (issue 17): the files are the ones
the in-memory write gives (articles.parquet byte for byte, rejects.csv, counts), whatever the
chunking, with duplicates, id clashes, a column that appears late, pages after tables, a table
that fails part way, and --append."""
from __future__ import annotations

import functools
import gzip
import json
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing import storage, tables
from framing.ingest import ingest, write_corpus

PAGES = Path(__file__).parent / "pages"


def _rows(n, late=None):
    rows = [{"id": f"n{i % 31}" if i % 5 == 0 else f"n{i}", "outlet": ["Northline News", "Alef Daily"][i % 2],
             "date": "2025-03-%02d" % (1 + i % 28), "title": f"عنوان {i}", "text": f"نص الخبر رقم {i} عن الميناء"}
            for i in range(n)]
    for i in range(3, n, 11):                       # the same outlet and text again: duplicates
        rows[i] = dict(rows[i - 2], id=f"copy-{i}")
    if late is not None:
        for r in rows[late:]:
            r["desk"] = "local" if int(r["id"].split("-")[-1].lstrip("n")) % 2 else 7
    return rows


def _jsonl(path, rows, gz=False):
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    if gz:
        path.write_bytes(gzip.compress(text.encode())[:-40])      # cut short: fails part way
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _in_memory(paths, out):
    """The corpus as ingest wrote it before it streamed: all rows gathered, then written."""
    res = ingest(paths, progress=False)
    write_corpus(out, res.articles, res.rejects, inputs=res.inputs)
    return out


def _same(a, b):
    assert (a / "articles.parquet").read_bytes() == (b / "articles.parquet").read_bytes()
    assert (a / "rejects.csv").read_text("utf-8") == (b / "rejects.csv").read_text("utf-8")
    ma, mb = (json.loads((p / "manifest.json").read_text("utf-8")) for p in (a, b))
    assert ma["counts"] == mb["counts"] and ma["inputs"] == mb["inputs"]


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(storage, "ROW_GROUP", 7)
    monkeypatch.setattr(tables, "iter_table", functools.partial(tables.iter_table, rows=6))


@pytest.mark.parametrize("late", [None, 20])
def test_streamed_corpus_is_the_in_memory_one(tmp_path, small_chunks, late):
    src = _jsonl(tmp_path / "t.jsonl", _rows(60, late))
    c = framing.ingest_to_corpus([src], tmp_path / "s", progress=False)
    _same(tmp_path / "s", _in_memory([src], tmp_path / "m"))
    assert len(c) > 40 and c.rejects["reason"].str.startswith("duplicate of").sum() >= 5
    assert not list(tmp_path.glob(".*ingest-*"))               # the temporary file was moved in


def test_tables_then_pages_then_a_table_cut_short(tmp_path, small_chunks):
    a = _jsonl(tmp_path / "a.jsonl", _rows(40))
    cut = _jsonl(tmp_path / "cut.jsonl.gz", [dict(r, id=f"x{i}", text=r["text"] + " ثانية")
                                             for i, r in enumerate(_rows(40))], gz=True)
    b = _jsonl(tmp_path / "b.jsonl", [dict(r, text=r["text"] + " أخرى") for r in _rows(20)])
    paths = [a, cut, b, PAGES]
    framing.ingest_to_corpus(paths, tmp_path / "s", progress=False)
    _same(tmp_path / "s", _in_memory(paths, tmp_path / "m"))
    rejects = pd.read_csv(tmp_path / "s" / "rejects.csv")
    assert (rejects["input"] == str(cut)).sum() == 1           # the cut table: one reject, no rows
    assert not framing.load(tmp_path / "s").df["source_path"].str.startswith(str(cut)).any()


def test_append_merges_as_before(tmp_path, small_chunks):
    a = _jsonl(tmp_path / "a.jsonl", _rows(30))
    b = _jsonl(tmp_path / "b.jsonl", _rows(45))
    framing.ingest_to_corpus([a], tmp_path / "s", progress=False)
    c = framing.ingest_to_corpus([b], tmp_path / "s", progress=False, append=True)
    _in_memory([a], tmp_path / "m")
    res = ingest([b], progress=False)
    write_corpus(tmp_path / "m", res.articles, res.rejects, inputs=res.inputs, append=True)
    _same(tmp_path / "s", tmp_path / "m")
    assert c.manifest["last_ingest"]["added"] > 0


def test_without_texts_counts_the_same(tmp_path):
    src = _jsonl(tmp_path / "t.jsonl", _rows(25))
    full = framing.ingest_to_corpus([src], tmp_path / "a", progress=False)
    light = framing.ingest_to_corpus([src], tmp_path / "b", progress=False, texts=False)
    assert len(light) == len(full) and light.outlets == full.outlets
    assert light.manifest["last_ingest"] == full.manifest["last_ingest"] and len(light.rejects) == len(full.rejects)
    assert light.df["text"].isna().all() and light.df["id"].tolist() == full.df["id"].tolist()
    assert light.df["published"].tolist() == full.df["published"].tolist()
