"""Outputs over inputs, spreadsheet formulas, symlinks and plain messages on the command line (issue 16)."""
import errno
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from framing._io import check_output, neutral, safe_csv
from framing.cli import main
from framing.errors import UsageError

TEXT = "The harbour board of Port Miral agreed a new tariff for fishing boats after a long debate. "
ROWS = [{"id": "x1", "outlet": "=HYPERLINK(\"http://evil\",\"x\")", "date": "2025-03-01", "title": "Tariff",
         "text": TEXT + "hostages"},
        {"id": "x2", "outlet": "Harbour Times", "date": "2025-03-02", "title": "+cmd|' /C calc'!A0",
         "text": TEXT + "captives and hostages"}]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture()
def table(tmp_path):
    p = tmp_path / "t.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in ROWS), "utf-8")
    return p


def test_neutral_cells_keep_numbers():
    assert neutral("=1+1") == "'=1+1" and neutral("@SUM(A1)") == "'@SUM(A1)" and neutral("\tx") == "'\tx"
    assert neutral("-3.5") == "-3.5" and neutral("+7") == "+7" and neutral(-3.5) == -3.5
    assert neutral("- a dash") == "'- a dash" and neutral("plain") == "plain"
    df = safe_csv(pd.DataFrame({"=a": ["=x", None], "n": [-1.5, 2.0]}))
    assert list(df.columns) == ["'=a", "n"] and df["=a" if False else "'=a"].tolist()[0] == "'=x"
    assert df["n"].tolist() == [-1.5, 2.0]


def test_kwic_csv_is_neutralised_to_stdout_and_files_unless_raw(table, tmp_path):
    r = run("kwic", table, "hostages", "--format", "csv")
    assert r.exit_code == 0, r.output
    df = pd.read_csv(io.StringIO(r.output))
    assert all(not str(v).startswith(("=", "+", "@")) for v in df.astype(str).to_numpy().ravel())
    assert "'=HYPERLINK" in r.output
    out = tmp_path / "k.csv"
    assert run("kwic", table, "hostages", "-o", out).exit_code == 0
    assert "'=HYPERLINK" in out.read_text("utf-8")
    r = run("kwic", table, "hostages", "--format", "csv", "--raw-csv")
    assert ',"=HYPERLINK' in r.output and "'=HYPERLINK" not in r.output


def test_outputs_over_inputs_are_refused(table, tmp_path):
    before = table.read_bytes()
    r = run("kwic", table, "hostages", "-o", table)
    assert r.exit_code == 2 and "is the input" in r.output and table.read_bytes() == before
    corpus = tmp_path / "c"
    assert run("ingest", table, "-o", corpus, "--quiet").exit_code == 0
    r = run("kwic", corpus, "hostages", "-o", corpus / "articles.parquet")
    assert r.exit_code == 2 and "inside the input corpus" in r.output
    r = run("report", corpus, "--lexicon", "captives", "-o", corpus / "articles.parquet")
    assert r.exit_code == 2 and "corpus" in r.output
    assert len(pd.read_parquet(corpus / "articles.parquet")) == 2
    r = run("ingest", table, "-o", table)
    assert r.exit_code == 2 and table.read_bytes() == before


def test_dash_o_dot_is_a_plain_message(table, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run("kwic", table, "hostages", "-o", ".")
    assert r.exit_code == 2 and "is a directory" in r.output
    with pytest.raises(UsageError, match="is a folder: give a file name"):
        check_output(".", [])
    r = run("ingest", table, "-o", ".")                  # a folder holding the input: not a corpus
    assert r.exit_code == 2 and "framing did not write" in r.output
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.chdir(empty)
    r = run("ingest", table, "-o", ".", "--quiet")       # an empty folder: the corpus is written in it
    assert r.exit_code == 0 and (empty / "articles.parquet").is_file()


def test_disk_full_says_what_to_do(table, tmp_path, monkeypatch):
    import framing._io as io_mod

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "k.csv"))
    monkeypatch.setattr(io_mod, "write_table", full)
    r = run("kwic", table, "hostages", "-o", tmp_path / "k.csv")
    assert r.exit_code == 1 and "disk is full" in r.output and "Traceback" not in r.output


def test_ingest_a_folder_that_is_not_a_corpus_is_refused(table, tmp_path):
    d = tmp_path / "mine"
    d.mkdir()
    (d / "manifest.json").write_text("{}")
    r = run("ingest", table, "-o", d)
    assert r.exit_code == 2 and "framing did not write" in r.output
    assert (d / "manifest.json").read_text() == "{}" and not (d / "rejects.csv").exists()


def test_symlink_out_of_the_input_tree_is_skipped_unless_asked(tmp_path):
    secret = tmp_path / "elsewhere"
    secret.mkdir()
    (secret / "story.txt").write_text("Port Miral\n\n" + TEXT * 3, "utf-8")
    inp = tmp_path / "pages" / "harbour-times"
    inp.mkdir(parents=True)
    (inp / "a.txt").write_text("Port Miral board\n\n" + (TEXT + "The board will meet again in May. ") * 3, "utf-8")
    (inp / "link.txt").symlink_to(secret / "story.txt")
    out = tmp_path / "c"
    assert run("ingest", tmp_path / "pages", "-o", out, "--quiet").exit_code == 0
    rej = pd.read_csv(out / "rejects.csv")
    assert rej["reason"].str.contains("outside the input folders").any()
    out2 = tmp_path / "c2"
    assert run("ingest", tmp_path / "pages", "-o", out2, "--quiet", "--follow-links").exit_code == 0
    assert not pd.read_csv(out2 / "rejects.csv")["reason"].astype(str).str.contains("outside").any()


def test_dash_o_symlink_to_a_file_writes_through(table, tmp_path):
    target = tmp_path / "real.csv"
    target.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert run("kwic", table, "hostages", "-o", link).exit_code == 0
    assert link.is_symlink() and "match" in target.read_text("utf-8")


def test_held_lock_message_on_the_command_line(table, tmp_path):
    import fcntl
    import os
    out = tmp_path / "c"
    assert run("ingest", table, "-o", out, "--quiet").exit_code == 0
    fd = os.open(out / ".framing-lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        other = tmp_path / f"other{Path(table).suffix}"          # new bytes (the same bytes add nothing: issue 15)
        other.write_bytes(Path(table).read_bytes() + b"\n")
        r = run("ingest", other, "-o", out, "--append", "--quiet")
        assert r.exit_code == 2 and "being written by another framing run" in r.output
    finally:
        os.close(fd)


def test_a_corpus_folder_inside_the_inputs_is_skipped_with_a_reason(table, tmp_path):
    inp = tmp_path / "inputs"
    inp.mkdir()
    assert run("ingest", table, "-o", inp / "older", "--quiet").exit_code == 0
    (inp / "t.jsonl").write_bytes(table.read_bytes())
    assert run("ingest", inp, "-o", tmp_path / "new", "--quiet").exit_code == 0
    rej = pd.read_csv(tmp_path / "new" / "rejects.csv")
    assert rej["reason"].str.contains("a framing corpus folder skipped").sum() == 1
    assert len(pd.read_parquet(tmp_path / "new" / "articles.parquet")) == 2
