"""Corpus writes that lose nothing: the lock, the marker, the two-phase swap, leftovers (issue 16, cases 1-3, 10, 12)."""
import json
import multiprocessing
import os
from pathlib import Path

import pandas as pd
import pytest

from framing import _store
from framing.corpus import load
from framing.errors import UsageError
from framing.storage import write_corpus

TEXT = "The river council of Wadi Sahel met on Tuesday to discuss the new bridge. " * 3


def _articles(n, start=0, outlet="Wadi Post"):
    return pd.DataFrame({"id": [f"a{i}" for i in range(start, start + n)], "outlet": outlet,
                         "title": [f"Story {i}" for i in range(start, start + n)],
                         "text": [f"{TEXT} Item {i}." for i in range(start, start + n)]})


def _inputs(n, start=0):
    return [{"path": f"in/{i}.txt", "sha256": f"{i:064d}"} for i in range(start, start + n)]


def _append_worker(out, start, barrier):
    barrier.wait()
    write_corpus(out, _articles(20, start), inputs=_inputs(20, start), append=True, wait=60)


def test_two_appends_at_once_lose_nothing(tmp_path):
    out = tmp_path / "c"
    write_corpus(out, _articles(5), inputs=_inputs(5))
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(2)
    procs = [ctx.Process(target=_append_worker, args=(out, s, barrier)) for s in (100, 200)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    assert [p.exitcode for p in procs] == [0, 0]
    c = load(out)
    assert len(c) == 45 and c.manifest["counts"]["articles"] == 45
    assert len(c.manifest["inputs"]) == 45
    assert set(c.df["id"]) == {f"a{i}" for i in [*range(5), *range(100, 120), *range(200, 220)]}


def _hold_lock(out, ready, release):
    with _store.locked(Path(out)):
        ready.set()
        release.wait(30)


def test_a_held_lock_gives_a_one_line_message(tmp_path):
    out = tmp_path / "c"
    write_corpus(out, _articles(2))
    ctx = multiprocessing.get_context("fork")
    ready, release = ctx.Event(), ctx.Event()
    p = ctx.Process(target=_hold_lock, args=(out, ready, release))
    p.start()
    try:
        assert ready.wait(30)
        with pytest.raises(_store.CorpusBusy, match=r"being written by another framing run \(process \d+\).*--wait"):
            write_corpus(out, _articles(3), append=True)
    finally:
        release.set()
        p.join()
    assert len(write_corpus(out, _articles(3), append=True, wait=5) and load(out)) == 3


STEPS = ["staged", "committed", "renamed articles.parquet", "renamed rejects.csv", "renamed events.parquet",
         "renamed manifest"]


def _killed_write(out, step):
    def die(s):
        if s == step:
            os._exit(9)
    _store.checkpoint = die
    events = pd.DataFrame({"event_id": ["e1"], "articles": [4]})
    write_corpus(out, _articles(4, 10, outlet="New Outlet"), rejects=[("x.html", "empty file")], events=events,
                 inputs=_inputs(4, 10))


@pytest.mark.parametrize("step", STEPS)
def test_a_kill_at_each_step_leaves_old_or_new_corpus(tmp_path, step):
    out = tmp_path / "c"
    write_corpus(out, _articles(3), inputs=_inputs(3))
    old_ids = set(load(out).df["id"])
    p = multiprocessing.get_context("fork").Process(target=_killed_write, args=(out, step))
    p.start()
    p.join()
    assert p.exitcode == 9                       # killed at that step
    c = load(out)                                # readable without repair: old or new, never a mix
    ids = set(c.df["id"])
    new = step != "staged"
    assert ids == ({"a10", "a11", "a12", "a13"} if new else old_ids)
    assert c.manifest["counts"]["articles"] == len(c)
    assert len(c.rejects) == (1 if new else 0) and (c.events is not None) == new
    # the next writer finishes or undoes the killed write, then appends
    write_corpus(out, _articles(1, 50), append=True)
    c = load(out)
    assert set(c.df["id"]) == ids | {"a50"} and c.manifest["counts"]["articles"] == len(ids) + 1
    assert not [p.name for p in out.iterdir() if p.name.endswith((".new", ".tmp"))]


def test_a_folder_with_a_users_manifest_is_refused(tmp_path):
    d = tmp_path / "mine"
    d.mkdir()
    (d / "manifest.json").write_text('{"my": "data"}')
    (d / "rejects.csv").write_text("keep me")
    with pytest.raises(UsageError, match="framing did not write"):
        write_corpus(d, _articles(2))
    assert (d / "manifest.json").read_text() == '{"my": "data"}' and (d / "rejects.csv").read_text() == "keep me"


def test_a_corpus_from_before_the_marker_opens_and_is_upgraded(tmp_path):
    d = tmp_path / "old"
    write_corpus(d, _articles(2))
    for name in (".framing-corpus", ".framing-lock"):
        (d / name).unlink()
    man = json.loads((d / "manifest.json").read_text())
    man.pop("files")
    (d / "manifest.json").write_text(json.dumps(man))     # as the toolkit wrote it before
    assert len(load(d)) == 2
    write_corpus(d, _articles(1, 7), append=True)
    assert (d / ".framing-corpus").is_file() and len(load(d)) == 3


def test_a_folder_with_another_tools_parquet_is_not_opened_as_a_corpus(tmp_path):
    """load() asks the writers' question (marker, or a corpus from before it): a folder holding an
    ``articles.parquet`` of another tool is a one-line error that says how to read it as a table."""
    from click.testing import CliRunner

    from framing.cli import main
    from framing.errors import InputError
    d = tmp_path / "export"
    d.mkdir()
    _articles(2).to_parquet(d / "articles.parquet")
    with pytest.raises(InputError, match="not a framing corpus") as e:
        load(d)
    assert "\n" not in str(e.value) and str(d / "articles.parquet") in str(e.value)
    assert len(load(d / "articles.parquet")) == 2                  # the table itself opens
    r = CliRunner().invoke(main, ["terms", str(d), "--lexicon", "captives"])
    assert r.exit_code != 0 and "not a framing corpus" in r.output and "Traceback" not in r.output
    assert sorted(p.name for p in d.iterdir()) == ["articles.parquet"]      # nothing written
    (d / "manifest.json").write_text('{"toolkit": "other"}')
    with pytest.raises(InputError, match="not a framing corpus"):
        load(d)


def test_leftovers_of_an_older_version_are_recovered(tmp_path):
    d = tmp_path / "c"
    write_corpus(d, _articles(2))
    os.rename(d, tmp_path / ".c.old-abc123")          # killed between the two renames of the old swap
    (tmp_path / ".c.tmp-xyz").mkdir()
    write_corpus(d, _articles(1, 9), append=True)
    assert len(load(d)) == 3
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".c.")]


def test_a_fifo_and_a_dangling_symlink_in_the_corpus_do_not_block_writes(tmp_path):
    d = tmp_path / "c"
    write_corpus(d, _articles(2))
    os.mkfifo(d / "pipe")
    (d / "gone").symlink_to(tmp_path / "nowhere")
    write_corpus(d, _articles(1, 5), append=True)
    assert len(load(d)) == 3 and (d / "gone").is_symlink()


def test_events_refuse_to_overwrite_a_corpus_changed_meanwhile(tmp_path):
    d = tmp_path / "c"
    write_corpus(d, _articles(2))
    c = load(d)
    write_corpus(d, _articles(1, 5), append=True)        # another run appends meanwhile
    with pytest.raises(UsageError, match="changed by another run"):
        c.save(d)
    assert len(load(d)) == 3


def test_output_through_a_symlinked_folder_writes_into_the_target(tmp_path):
    target = tmp_path / "real"
    link = tmp_path / "link"
    link.symlink_to(target, target_is_directory=True)
    target.mkdir()
    write_corpus(link, _articles(2))
    assert link.is_symlink() and len(load(target)) == 2


@pytest.mark.parametrize("append", [False, True])
def test_a_full_disk_while_staging_leaves_the_corpus_unchanged(tmp_path, monkeypatch, append):
    import errno

    import framing.storage as ing
    d = tmp_path / "c"
    write_corpus(d, _articles(2))
    before = (d / "manifest.json").read_text()

    def full(*args):
        Path(args[-1] if not append else args[0].file).write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")
    # replacing writes the articles in one go; appending streams them through a spool file
    monkeypatch.setattr(*((ing.ArticlesSpool, "_write", full) if append else (ing, "_write_parquet", full)))
    with pytest.raises(OSError):
        write_corpus(d, _articles(3, 10), append=append)
    assert (d / "manifest.json").read_text() == before and len(load(d)) == 2
    assert not [p.name for p in d.iterdir() if p.name.endswith(".new")]
    assert not list(tmp_path.glob(".c.*.parquet"))          # the spool is gone too
    msg = _store.disk_message(OSError(errno.ENOSPC, "x"), str(d))
    assert "disk is full" in msg and "free some space" in msg


def test_a_read_only_corpus_is_a_plain_message(tmp_path, monkeypatch):
    import errno

    from click.testing import CliRunner

    from framing.cli import main
    d = tmp_path / "c"
    write_corpus(d, _articles(2))

    def read_only(path, wait=0.0):
        raise OSError(errno.EROFS, "Read-only file system", str(path / ".framing-lock"))
    monkeypatch.setattr(_store, "locked", read_only)
    src = tmp_path / "t.jsonl"
    src.write_text(json.dumps({"id": "z", "outlet": "Wadi Post", "text": TEXT}))
    r = CliRunner().invoke(main, ["ingest", str(src), "-o", str(d), "--append", "--quiet"])
    assert r.exit_code == 1 and "read-only" in r.output and "Traceback" not in r.output


def test_an_append_streams_row_groups_and_writes_the_file_a_single_write_would(tmp_path, monkeypatch):
    """Appending reads the corpus a row group at a time (3 rows here) and keeps, in order, the
    old articles then the new ones: a repeated text under another id is a reject, a taken id
    with another text gets a derived id; the file is the one writing all the rows at once gives."""
    import pyarrow.parquet as pq

    import framing.storage as st
    monkeypatch.setattr(st, "ROW_GROUP", 3)
    write_corpus(tmp_path / "c", _articles(7))
    new = pd.concat([_articles(4, 5),                                  # a5, a6 are there already
                     _articles(1, 2).assign(id="b2"),                   # a2's text under another id
                     _articles(1, 20).assign(id="a0")], ignore_index=True)  # a0 taken, other text
    write_corpus(tmp_path / "c", new, append=True)
    c = load(tmp_path / "c")
    assert list(c.df["id"][:9]) == [f"a{i}" for i in range(9)] and len(c) == 10
    assert c.df["id"].iloc[-1] not in {"a0", "b2"} and c.df["title"].iloc[-1] == "Story 20"
    assert list(c.rejects["reason"]) == ["duplicate of a2"]
    assert pq.ParquetFile(tmp_path / "c" / "articles.parquet").metadata.num_row_groups == 4
    write_corpus(tmp_path / "one", c.df)
    assert (tmp_path / "one" / "articles.parquet").read_bytes() == (tmp_path / "c" / "articles.parquet").read_bytes()
