"""``--append`` streams the corpus (issue 17): the old articles' ids and text keys come from two
small columns (``dup_key``, written at ingest; computed row group by row group for corpora written
before it), the old row groups are copied as Arrow tables, and the file is the one the in-memory
merge wrote (same rows, order, ids, rejects, bytes), with duplicates of old rows, id clashes, new
or missing columns, two appends in a row, a corpus without keys and a crash mid-write."""
from __future__ import annotations

import json
import os

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import framing
from framing import storage
from framing.corpus import load
from framing.storage import KEY, _gathered, text_key, write_corpus

OUTLETS = ["Wadi Post", "Sahel Courier"]


def _articles(n, start=0, **extra):
    """Made-up articles a{start}…: two fictional outlets, texts unique by number."""
    idx = range(start, start + n)
    return pd.DataFrame({"id": [f"a{i}" for i in idx], "outlet": [OUTLETS[i % 2] for i in idx],
                         "title": [f"جسر الوادي {i}" for i in idx],
                         "text": [f"اجتمع مجلس بلدية الوادي لمناقشة الجسر الجديد، البند {i}." for i in idx],
                         **extra})


@pytest.fixture
def small(monkeypatch):
    monkeypatch.setattr(storage, "ROW_GROUP", 4)


def _merged_in_memory(monkeypatch, old: pd.DataFrame, new: pd.DataFrame, out):
    """The append as it was: every row through pandas (the fallback, :func:`framing.storage._gathered`)."""
    with monkeypatch.context() as m:
        m.setattr(storage, "_streamed", lambda *a: (_ for _ in ()).throw(storage._Unlike()))
        write_corpus(out, old)
        write_corpus(out, new, append=True)


def _streamed_only(monkeypatch):
    monkeypatch.setattr(storage, "_gathered", lambda *a: pytest.fail("fell back to the in-memory merge"))


def _same_files(a, b):
    assert (a / "articles.parquet").read_bytes() == (b / "articles.parquet").read_bytes()
    assert (a / "rejects.csv").read_text("utf-8") == (b / "rejects.csv").read_text("utf-8")
    ma, mb = (json.loads((p / "manifest.json").read_text("utf-8")) for p in (a, b))
    assert ma["counts"] == mb["counts"]


NEW_CASES = {
    "duplicates and clashes": lambda: pd.concat([
        _articles(5, 9),                                        # a9, a10 there already; a11… new
        _articles(1, 2).assign(id="b2"),                        # a2's text under another id
        _articles(1, 40).assign(id="a0")], ignore_index=True),  # a0 taken by another text
    "a new text column": lambda: _articles(6, 20, desk=["local", None, "sport", "local", None, "world"]),
    "a new integer column": lambda: _articles(6, 20, page=list(range(6))),
    "a column the corpus has": lambda: _articles(3, 30),        # the old rows have 'desk', these not
}


@pytest.mark.parametrize("case", NEW_CASES)
def test_append_streams_the_file_the_in_memory_merge_wrote(tmp_path, monkeypatch, small, case):
    old = _articles(11, desk=["x"] * 11) if case == "a column the corpus has" else _articles(11)
    new = NEW_CASES[case]()
    _merged_in_memory(monkeypatch, old, new, tmp_path / "m")
    _streamed_only(monkeypatch)
    write_corpus(tmp_path / "s", old)
    write_corpus(tmp_path / "s", new, append=True)
    _same_files(tmp_path / "s", tmp_path / "m")
    c = load(tmp_path / "s")
    assert list(c.df["id"][:11]) == [f"a{i}" for i in range(11)]
    assert c.df[KEY].tolist() == [text_key(o, t) for o, t in zip(c.df["outlet"], c.df["text"])]
    assert pq.ParquetFile(tmp_path / "s" / "articles.parquet").schema_arrow.names[-1] == KEY
    if case == "duplicates and clashes":
        assert list(c.rejects["reason"]) == ["duplicate of a2"]
        assert len(c) == 11 + 3 + 1 and c.df["id"].iloc[-1] not in {"a0", "b2"}
    if case == "a new integer column":       # as pandas joined them: decimals, null for the old rows
        assert c.df["page"].isna().sum() == 11 and c.df["page"].dropna().tolist() == [0.0, 1, 2, 3, 4, 5]


def _drop_keys(corpus, gaps=False):
    """The corpus as a version before ``dup_key`` wrote it (same row groups, no key column), or
    (``gaps``) as one that kept the column without filling it for the last rows."""
    p = corpus / "articles.parquet"
    f = pq.ParquetFile(p)
    tables = [f.read_row_group(g).drop_columns([KEY]) for g in range(f.num_row_groups)]
    if gaps:
        tables = [t.append_column(f.schema_arrow.field(KEY), pa.array(
            [None if g == len(tables) - 1 else k for k in f.read_row_group(g, columns=[KEY]).column(KEY).to_pylist()],
            f.schema_arrow.field(KEY).type)) for g, t in enumerate(tables)]
    with pq.ParquetWriter(p.with_suffix(".tmp"), tables[0].schema) as w:
        for t in tables:
            w.write_table(t)
    p.with_suffix(".tmp").replace(p)


@pytest.mark.parametrize("gaps", [False, True])
def test_a_corpus_written_before_the_keys_gets_them_and_the_same_rows(tmp_path, monkeypatch, small, gaps):
    new = NEW_CASES["duplicates and clashes"]()
    write_corpus(tmp_path / "keyed", _articles(11))
    write_corpus(tmp_path / "keyed", new, append=True)
    write_corpus(tmp_path / "old", _articles(11))
    _drop_keys(tmp_path / "old", gaps)
    assert (KEY in pq.read_schema(tmp_path / "old" / "articles.parquet").names) == gaps
    assert (KEY in load(tmp_path / "old").df.columns) == gaps          # (readers take it as it is)
    _streamed_only(monkeypatch)
    write_corpus(tmp_path / "old", new, append=True)
    _same_files(tmp_path / "old", tmp_path / "keyed")


@pytest.mark.parametrize("fallback", [False, True])
def test_a_dup_key_column_that_is_not_framing_s_is_computed_again(tmp_path, monkeypatch, small, fallback):
    """A corpus written before framing wrote keys kept a table's own ``dup_key`` as an extra
    column: its values are not keys (the streamed pass stopped on them, the merge trusted them)."""
    new = NEW_CASES["duplicates and clashes"]()
    write_corpus(tmp_path / "keyed", _articles(11))
    write_corpus(tmp_path / "keyed", new, append=True)
    write_corpus(tmp_path / "old", _articles(11))
    p = tmp_path / "old" / "articles.parquet"
    f = pq.ParquetFile(p)
    tables = [f.read_row_group(g) for g in range(f.num_row_groups)]
    tables = [t.set_column(t.column_names.index(KEY), f.schema_arrow.field(KEY),
                           pa.array([f"user-{g}-{i}" for i in range(len(t))], f.schema_arrow.field(KEY).type))
              for g, t in enumerate(tables)]
    with pq.ParquetWriter(p.with_suffix(".tmp"), f.schema_arrow) as w:
        for t in tables:
            w.write_table(t)
    p.with_suffix(".tmp").replace(p)
    if fallback:
        monkeypatch.setattr(storage, "_streamed", lambda *a: (_ for _ in ()).throw(storage._Unlike()))
    else:
        _streamed_only(monkeypatch)
    write_corpus(tmp_path / "old", new, append=True)
    _same_files(tmp_path / "old", tmp_path / "keyed")


def test_the_keys_are_read_from_their_column_not_from_the_texts(tmp_path, monkeypatch, small):
    write_corpus(tmp_path / "c", _articles(9))
    f = pq.ParquetFile(tmp_path / "c" / "articles.parquet")
    monkeypatch.setattr(storage, "text_key", lambda *a: pytest.fail("a text normalised again"))
    have, keys, computed = storage._old_keys(f)
    assert computed == {} and all(f"a{i}" in have for i in range(9)) and "a9" not in have
    df = load(tmp_path / "c").df
    assert all(keys[k] == i for k, i in zip(df[KEY], df["id"]))


def test_the_held_ids_and_keys_answer_as_a_set_and_a_dict(monkeypatch):
    """Repeated keys give the last row's id (as a dict filled in row order); ids whose hashes
    collide are told apart by the id itself; what is added afterwards is held as given."""
    import numpy as np
    ids = ["x", "y", "z", "w"]
    keys = ["00000000000000ff", "0000000000000001", "00000000000000ff", "ffffffffffffffff"]
    have = storage._OldIds(np.array([7, 7, 3, 9], np.int64), ids.__getitem__)
    monkeypatch.setattr(storage, "hash", lambda s: {"x": 7, "y": 7, "q": 7}.get(s, 1), raising=False)
    held = storage._OldKeys(np.array([int(k, 16) for k in keys], np.uint64), ids.__getitem__)
    assert held["00000000000000ff"] == "z" and held["ffffffffffffffff"] == "w" and "0000000000000002" not in held
    assert "x" in have and "y" in have and "q" not in have and "v" not in have
    have.add("v")
    held["0000000000000002"] = "v"
    assert "v" in have and held["0000000000000002"] == "v"


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_two_appends_in_a_row_through_ingest(tmp_path, monkeypatch, small):
    rows = _articles(10).to_dict("records")
    a = _jsonl(tmp_path / "a.jsonl", rows[:6])
    b = _jsonl(tmp_path / "b.jsonl", rows[4:8] + [dict(rows[1], id="z1")])  # a4, a5 there; a1 again
    c2 = _jsonl(tmp_path / "c.jsonl", rows[7:] + [dict(rows[0], id="a3")])  # a7 there; a3 taken
    _streamed_only(monkeypatch)
    out = tmp_path / "corpus"
    framing.ingest_to_corpus([a], out, progress=False)
    framing.ingest_to_corpus([b], out, progress=False, append=True)
    c = framing.ingest_to_corpus([c2, b], out, progress=False, append=True)
    assert c.df["id"].tolist()[:9] == [f"a{i}" for i in range(10)][:9]
    assert len(c) == 10 and c.df["id"].iloc[-1] not in set(c.df["id"].iloc[:-1])
    reasons = c.rejects["reason"].tolist()
    assert reasons.count("duplicate of a1") == 1 and reasons.count("duplicate of a0") == 1
    assert c.manifest["last_ingest"]["same_bytes"] == 1 and c.manifest["last_ingest"]["added"] == 2
    assert c.df[KEY].tolist() == [text_key(o, t) for o, t in zip(c.df["outlet"], c.df["text"])]
    assert not list(tmp_path.glob(".corpus.*parquet"))


def test_a_crash_mid_append_leaves_the_old_corpus(tmp_path, monkeypatch, small):
    write_corpus(tmp_path / "c", _articles(11))
    before = {n: (tmp_path / "c" / n).read_bytes() for n in ("articles.parquet", "rejects.csv", "manifest.json")}
    calls = []

    def dies(self, t):
        calls.append(len(t))
        if len(calls) == 2:
            raise KeyboardInterrupt                    # killed between two row groups
        return real(self, t)
    real = storage.ArticlesSpool.add_arrow
    monkeypatch.setattr(storage.ArticlesSpool, "add_arrow", dies)
    with pytest.raises(KeyboardInterrupt):
        write_corpus(tmp_path / "c", _articles(5, 20), append=True)
    assert {n: (tmp_path / "c" / n).read_bytes() for n in before} == before
    assert not list(tmp_path.glob(".c.*parquet")) and not list((tmp_path / "c").glob(".*.new"))
    monkeypatch.undo()
    write_corpus(tmp_path / "c", _articles(5, 20), append=True)
    assert len(load(tmp_path / "c")) == 16


def test_a_renamed_outlet_gets_new_keys(tmp_path):
    write_corpus(tmp_path / "c", _articles(4))
    framing.outlets(tmp_path / "c", rename={"Wadi Post": "Wadi Daily"})
    df = load(tmp_path / "c").df
    assert "Wadi Daily" in set(df["outlet"])
    assert df[KEY].tolist() == [text_key(o, t) for o, t in zip(df["outlet"], df["text"])]


def test_a_column_null_so_far_takes_the_new_rows_values(tmp_path, monkeypatch, small):
    _streamed_only(monkeypatch)
    write_corpus(tmp_path / "c", _articles(6, note=[None] * 6))      # an all-null column: no type yet
    write_corpus(tmp_path / "c", _articles(3, 20, note=["a", "b", "c"]), append=True)
    c = load(tmp_path / "c")
    assert c.df["note"].tolist()[-3:] == ["a", "b", "c"] and len(c) == 9


def test_rows_that_do_not_fit_the_first_ones_fall_back_to_the_merge(tmp_path, monkeypatch, small):
    """An integer column with a gap in the second row group only: pandas reads that row group as
    decimals, so the in-memory merge wrote decimals; the streamed copy cannot know it from the
    first row group, so the rows are merged in memory, as before."""
    old = _articles(9, page=pd.array([1, 2, 3, 4, None, 6, 7, 8, 9], dtype="Int64").astype(object))
    old["page"] = old["page"].where(old["page"].notna(), None)
    new = _articles(3, 20, page=[1, 2, 3])
    _merged_in_memory(monkeypatch, old, new, tmp_path / "m")
    used = []
    monkeypatch.setattr(storage, "_gathered", lambda *a: used.append(1) or _gathered(*a))
    write_corpus(tmp_path / "c", old)
    write_corpus(tmp_path / "c", new, append=True)
    assert used == [1] and not list(tmp_path.glob(".c.*parquet"))
    _same_files(tmp_path / "c", tmp_path / "m")


def test_the_in_memory_merge_also_fills_missing_keys(tmp_path, monkeypatch, small):
    new = NEW_CASES["duplicates and clashes"]()
    write_corpus(tmp_path / "keyed", _articles(11))
    write_corpus(tmp_path / "keyed", new, append=True)
    write_corpus(tmp_path / "gaps", _articles(11))
    _drop_keys(tmp_path / "gaps", gaps=True)
    monkeypatch.setattr(storage, "_streamed", lambda *a: (_ for _ in ()).throw(storage._Unlike()))
    write_corpus(tmp_path / "gaps", new, append=True)
    _same_files(tmp_path / "gaps", tmp_path / "keyed")


def _killed_append(out):
    """Append, and die (no clean-up) between two row groups of the copy."""
    def dies(self, t):
        if self.rows:
            os._exit(9)
        return real(self, t)
    real = storage.ArticlesSpool.add_arrow
    storage.ArticlesSpool.add_arrow = dies
    write_corpus(out, _articles(5, 20), append=True)


def test_a_killed_append_leaves_the_old_corpus_and_its_spools_go_at_the_next_write(tmp_path, monkeypatch, small):
    import multiprocessing
    write_corpus(tmp_path / "c", _articles(11))
    before = {n: (tmp_path / "c" / n).read_bytes() for n in ("articles.parquet", "rejects.csv", "manifest.json")}
    proc = multiprocessing.get_context("fork").Process(target=_killed_append, args=(tmp_path / "c",))
    proc.start()
    proc.join()
    assert proc.exitcode == 9
    assert {n: (tmp_path / "c" / n).read_bytes() for n in before} == before and len(load(tmp_path / "c")) == 11
    left = sorted(p.name for p in tmp_path.glob(".c.*.parquet"))
    host = storage._host()
    assert left == sorted([f".c.append-{host}-{proc.pid}.parquet", f".c.append-new-{host}-{proc.pid}.parquet"])
    live = tmp_path / f".c.ingest-{host}-{os.getppid()}.parquet"       # another run's spool, still in use
    elsewhere = tmp_path / f".c.ingest-node7-{proc.pid}.parquet"        # a run on another machine
    for f in (live, elsewhere):
        f.write_bytes(b"busy")
    write_corpus(tmp_path / "c", _articles(5, 20), append=True)
    assert len(load(tmp_path / "c")) == 16
    assert sorted(p.name for p in tmp_path.glob(".c.*.parquet")) == sorted([live.name, elsewhere.name])


def test_only_this_corpus_s_dead_spools_go(tmp_path):
    """A corpus named like a glob pattern gets its dead spools removed; a neighbour whose name
    starts with the corpus's (``c.b`` beside ``c``) keeps its own."""
    import subprocess
    dead = subprocess.Popen(["true"])
    dead.wait()
    host = storage._host()
    ours = tmp_path / f".c[1].append-{host}-{dead.pid}.parquet"
    theirs = tmp_path / f".c.b.ingest-{host}-{dead.pid}.parquet"
    plain = tmp_path / f".c.ingest-{host}-{dead.pid}.parquet"
    for f in (ours, theirs, plain):
        f.write_bytes(b"left")
    assert storage._dead_spools(tmp_path / "c[1]") == [ours.name]
    assert storage._dead_spools(tmp_path / "c") == [plain.name]
    assert theirs.exists()


def test_a_failure_after_the_merge_leaves_no_spool_behind(tmp_path, monkeypatch, small):
    """The append's spool (as large as the corpus) goes when anything after the merge fails,
    not only the swap; the corpus stays as it was."""
    write_corpus(tmp_path / "c", _articles(11))
    before = (tmp_path / "c" / "articles.parquet").read_bytes()
    monkeypatch.setattr(storage, "_new_manifest", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        write_corpus(tmp_path / "c", _articles(5, 20), append=True)
    assert list(tmp_path.glob(".c.*.parquet")) == []
    assert (tmp_path / "c" / "articles.parquet").read_bytes() == before


def test_two_spools_of_one_process_for_one_corpus_keep_their_own_rows(tmp_path, small):
    """Two threads ingesting into one corpus: the second spool must not take the first's file
    (it removed it, and the first run then moved the second's rows into its corpus)."""
    a = storage.ArticlesSpool(tmp_path / "c")
    a.add(_articles(5))                          # (a row group written: the file is open)
    b = storage.ArticlesSpool(tmp_path / "c")
    b.add(_articles(5, 10))
    try:
        write_corpus(tmp_path / "c", a)          # (finishes a, moves its file in)
        assert load(tmp_path / "c").df["id"].tolist() == [f"a{i}" for i in range(5)]
        assert b.finish() is None
        assert pq.read_table(b.file).column("id").to_pylist() == [f"a{i}" for i in range(10, 15)]
    finally:
        a.discard()
        b.discard()
    assert storage.ArticlesSpool(tmp_path / "d").file.name == f".d.ingest-{storage._host()}-{os.getpid()}.parquet"
