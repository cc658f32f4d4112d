"""The context of matching (outlets' repeated lines, headline rubrics) is kept in a corpus directory
(``.kept-context-*.json``) and read back by the next run while the corpus and the code are the same;
a rewritten corpus, other code or a broken file make it computed anew.  Fictional outlets."""
from __future__ import annotations

import json

import pandas as pd
import pytest

import framing
from framing import _store, chunks
from framing.corpus import Corpus
from framing.lexicon import parts


def _articles(n=12, footer="تابعونا على منصة الوادي"):
    rows = []
    for i in range(n):
        rows.append({"id": f"a{i}", "outlet": "Alef", "title": f"عاجل: خبر رقم {i} عن الرهائن",
                     "text": f"أفرج عن الرهائن في المدينة {i} صباحا.\n{footer}\nرابط الخبر: عنوان {i}"})
        rows.append({"id": f"b{i}", "outlet": "Beh", "title": f"تقرير: خبر {i}",
                     "text": f"قال المتحدث إن الرهائن بخير في الحي {i}.\nسمات: مدينة {i}"})
    return framing.from_frame(pd.DataFrame(rows))


def _save(df, path):
    Corpus(df).save(path)
    return path


def _state(ctx):
    bp = ctx.boilerplate
    return (None if bp is None else (bp._lines, bp._labels, bp._markers, bp._articles, bp.table().to_csv()),
            sorted(ctx.rubrics))


def _counting(monkeypatch):
    """The descriptions of the plans :func:`framing.chunks.run` runs from now on."""
    calls = []
    real = chunks.run
    monkeypatch.setattr(parts, "run", lambda src, plan, jobs=None, desc="": calls.append(desc) or real(src, plan, jobs, desc))
    return calls


def test_the_kept_context_is_the_computed_one(tmp_path, monkeypatch):
    c = _save(_articles(), tmp_path / "c")
    fresh = chunks.run(c, parts.context_plan(), 1)[0]
    assert fresh.boilerplate and fresh.rubrics              # the fixture has both
    calls = _counting(monkeypatch)
    first = parts.context(c, jobs=1)
    second = parts.context(c, jobs=2)
    assert calls == ["reading"]                             # the second run read the kept file
    assert _state(first) == _state(second) == _state(fresh)
    assert len(list(c.glob(".kept-context-*.json"))) == 1
    parts.context(c, keep_boilerplate=True, jobs=1)         # other options: another file
    assert calls == ["reading", "reading"] and len(list(c.glob(".kept-context-*.json"))) == 2
    table = framing.count_terms(c, "captives", jobs=1)
    for kept in c.glob(".kept-*"):
        kept.unlink()
    assert framing.count_terms(c, "captives", jobs=1).to_csv() == table.to_csv()


def test_a_rewritten_corpus_other_code_or_a_broken_file_are_computed_anew(tmp_path, monkeypatch):
    c = _save(_articles(), tmp_path / "c")
    parts.context(c, jobs=1)
    _save(_articles(footer="اقرأ أيضا في الوادي"), c)       # the same folder rewritten: another footer
    calls = _counting(monkeypatch)
    again = parts.context(c, jobs=1)
    assert calls == ["reading"]
    assert _state(again) == _state(chunks.run(c, parts.context_plan(), 1)[0])
    assert "اقرأ أيضا في الوادي" in again.boilerplate.table()["text"].tolist()
    monkeypatch.setattr(_store, "code_digest", lambda: "another version of the rules")
    parts.context(c, jobs=1)
    parts.context(c, jobs=1)
    assert calls == ["reading", "reading"]
    kept, = c.glob(".kept-context-*.json")
    kept.write_text("{not json", "utf-8")
    assert _state(parts.context(c, jobs=1)) == _state(again) and calls[-1] == "reading" and len(calls) == 3
    v = json.loads(kept.read_text("utf-8"))
    assert v["stamp"][-1] == "another version of the rules"


def test_nothing_is_kept_in_a_folder_that_cannot_be_written(tmp_path, monkeypatch):
    c = _save(_articles(), tmp_path / "c")
    monkeypatch.setattr(_store, "write_file", lambda *a: (_ for _ in ()).throw(PermissionError("read-only")))
    calls = _counting(monkeypatch)
    one, two = parts.context(c, jobs=1), parts.context(c, jobs=1)
    assert calls == ["reading", "reading"] and _state(one) == _state(two)
    assert not list(c.glob(".kept-*"))


def test_a_corpus_in_memory_keeps_nothing(monkeypatch):
    calls = _counting(monkeypatch)
    df = _articles()
    assert _state(parts.context(df, jobs=1)) == _state(parts.context(df, jobs=1))
    assert calls == ["reading", "reading"]


def test_code_digest_names_every_file_of_the_package(tmp_path, monkeypatch):
    _store.code_digest.cache_clear()
    first = _store.code_digest()
    _store.code_digest.cache_clear()
    assert _store.code_digest() == first and len(first) == 40
    import pathlib
    real = pathlib.Path.read_bytes
    monkeypatch.setattr(pathlib.Path, "read_bytes",
                        lambda p: real(p) + (b"#" if p.name == "boilerplate.py" else b""))
    _store.code_digest.cache_clear()
    try:
        assert _store.code_digest() != first                # one rule file edited: another digest
    finally:
        monkeypatch.undo()
        _store.code_digest.cache_clear()
