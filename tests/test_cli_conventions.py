"""CLI conventions that hold for every verb (see framing/cli.py)."""
import pytest
from click.testing import CliRunner

from framing.cli import main

from .test_api_grammar import _commands

VERBS = sorted(main.commands)


def test_help_lists_the_verbs():
    out = CliRunner().invoke(main, ["--help"]).output
    for verb in ["ingest", "events", "terms", "kwic", "compare", "keyness", "lexicon", "report"]:
        assert verb in out


@pytest.mark.parametrize("verb", VERBS)
def test_every_verb_has_help_with_an_example(verb):
    res = CliRunner().invoke(main, [verb, "--help"])
    assert res.exit_code == 0
    assert "framing " + verb in res.output and "xample" in res.output, res.output


@pytest.mark.parametrize("verb", ["terms", "kwic", "keyness", "events"])
def test_table_verbs_take_format_and_output(verb):
    out = CliRunner().invoke(main, [verb, "--help"]).output
    assert "--format" in out and ("-o," in out or "--output" in out)


def test_errors_are_one_line_with_exit_codes(tmp_path):
    r = CliRunner().invoke(main, ["terms", str(tmp_path / "missing"), "--lexicon", "captives"])
    assert r.exit_code == 1 and "Traceback" not in r.output and len(r.output.strip().splitlines()) == 1
    (tmp_path / "ok.csv").write_text("outlet,text\nA,نص\n", "utf-8")   # --by takes any column (issue 10):
    r = CliRunner().invoke(main, ["terms", str(tmp_path / "ok.csv"), "--by", "planet", "--lexicon", "captives"])
    assert r.exit_code == 2                                              # an unknown one is a usage error
    (tmp_path / "t.csv").write_text("outlet,txt\nA,نص\n", "utf-8")
    r = CliRunner().invoke(main, ["terms", str(tmp_path / "t.csv"), "--lexicon", "captives"])
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert "did you mean" in r.output or "text" in r.output
    r = CliRunner().invoke(main, ["terms", str(tmp_path / "t.csv"), "--lexicon", "no_such_lexicon"])
    assert r.exit_code in (1, 2) and "captives" in r.output          # lists the shipped lexicons


def test_python_dash_m_framing_is_the_command_line(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    import framing
    env = {**__import__("os").environ, "PYTHONPATH": str(Path(framing.__file__).parent.parent)}
    r = subprocess.run([sys.executable, "-m", "framing", "terms", str(tmp_path / "nope"), "--lexicon", "captives"],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 1 and r.stderr.strip() == f"error: no such corpus or table: {tmp_path / 'nope'}"


def test_a_wrong_option_of_a_verb_is_one_line_with_exit_2(tmp_path):
    from click.testing import CliRunner

    from framing.cli import main
    for args, words in ((["terms", str(tmp_path), "--lexicon", "captives", "--lang", "fr"], "'--lang'"),
                        (["terms", str(tmp_path)], "Missing option '--lexicon'"),
                        (["kwic", str(tmp_path), "--lexicon", "captives", "--voice", "owned"], "'--voice'")):
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 2 and r.output.count("\n") == 1, r.output
        assert r.output.startswith("error: ") and words in r.output and f"{args[0]} --help)" in r.output


def test_debug_after_the_verb_shows_the_traceback(tmp_path):
    from click.testing import CliRunner

    from framing.cli import main
    from framing.errors import FramingError
    r = CliRunner().invoke(main, ["terms", str(tmp_path / "nope"), "--lexicon", "captives", "--debug"])
    assert isinstance(r.exception, FramingError) and "no such corpus" in str(r.exception)
    r = CliRunner().invoke(main, ["terms", str(tmp_path / "nope"), "--lexicon", "captives"])
    assert r.exit_code == 1 and r.output.startswith("error: no such corpus")


def test_format_means_the_same_table_formats_on_every_verb():
    """compare, events and audit score took csv|jsonl only, the table verbs five formats: one set now
    (ingest names the kind of its inputs --input-format, so --format means an output table format everywhere)."""
    from framing._io import TABLE_FORMATS
    from framing.cli import TABLE_FORMATS as CLI_FORMATS
    assert CLI_FORMATS == TABLE_FORMATS
    sets = {verb: tuple(p.type.choices) for verb, cmd in _commands() for p in cmd.params if "--format" in p.opts}
    assert {"compare", "events", "audit score", "terms", "keyness", "lexicon list"} <= set(sets)
    assert set(sets.values()) == {TABLE_FORMATS}, sets


@pytest.mark.parametrize("args", [["compare", "{c}", "--lexicon", "captives"], ["terms", "{c}", "--lexicon", "captives"],
                                  ["events", "{c}", "--list"], ["audit", "score", "{c}"]],
                         ids=["compare", "terms", "events", "audit score"])
def test_a_binary_format_without_a_file_is_one_usage_line_before_any_work(tmp_path, args):
    c = tmp_path / "no-corpus.jsonl"            # never read: the format is refused first
    c.write_text("", "utf-8")
    r = CliRunner().invoke(main, [a.format(c=c) for a in args] + ["--format", "parquet"])
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1, r.output
    assert "--format parquet" in r.stderr and "binary" in r.stderr
