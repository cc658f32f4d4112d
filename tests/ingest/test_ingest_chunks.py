"""Ingest of a table read in many chunks (issue 17): every row is an article or a reject, exact
duplicates across chunks are rejects, and the corpus equals the one read in a single chunk."""
from __future__ import annotations

import functools
import json

import pandas as pd

import framing
from framing import tables


def _table(path):
    rows = [{"id": f"n{i}", "outlet": "Northline News" if i % 2 else "Alef Daily", "date": "2025-03-0%d" % (1 + i % 9),
             "title": f"عنوان {i}", "text": f"نص الخبر رقم {i} عن الميناء"} for i in range(23)]
    rows[17] = dict(rows[4], id="copy-of-4")              # the same outlet and text again: a duplicate
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(9, "{not json")                          # a broken line: a reject
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_table_in_many_chunks_keeps_every_row(tmp_path, monkeypatch):
    src = _table(tmp_path / "t.jsonl")
    whole = framing.ingest_to_corpus([src], tmp_path / "whole", progress=False)
    monkeypatch.setattr(tables, "iter_table", functools.partial(tables.iter_table, rows=4))
    small = framing.ingest_to_corpus([src], tmp_path / "small", progress=False)
    pd.testing.assert_frame_equal(whole.df, small.df)
    pd.testing.assert_frame_equal(whole.rejects, small.rejects)
    assert len(small) == 22 and len(small.rejects) == 2
    reasons = " ".join(small.rejects["reason"])
    assert "duplicate of" in reasons and "copy-of-4" not in set(small.df["id"])
