"""One grammar for the Python API and the CLI (issue 10): every verb is one public function,
and every option of a verb is a keyword of that function with the same name and default.

The few documented exceptions are in ``EXCEPTIONS`` below (printed by the test): output
and display options of the command line that have no meaning for a function returning a
table or a Corpus.
"""
from __future__ import annotations

import inspect

import click
import pytest

import framing
import framing.audit
from framing.cli import main

#: CLI verb → the public function(s) it calls
VERBS = {
    "ingest": [framing.ingest_to_corpus],
    "show": [framing.article],
    "outlets": [framing.outlets],
    "lexicon list": [framing.list_lexicons],
    "lexicon show": [framing.load_lexicon],
    "lexicon check": [framing.check_lexicon],
    "lexicon new": [framing.new_lexicon],
    "terms": [framing.count_terms, framing.term_shares],
    "kwic": [framing.kwic],
    "sources": [framing.sources],
    "boilerplate": [framing.repeated_lines],
    "compare": [framing.compare_terms],
    "events": [framing.detect_events],
    "keyness": [framing.keyness],
    "report": [framing.build_report],
    "audit sample": [framing.audit.sample],
    "audit score": [framing.audit.score],
    "discover": [framing.discover],
    "export": [framing.export_dataset],
}

#: (verb, option) → why the option is not a keyword of the function ("*": every verb)
EXCEPTIONS = {
    ("*", "output"): "-o/--output of a table verb writes the printed table to a file",
    ("*", "fmt"): "--format csv|jsonl|parquet|xlsx|csv-excel: how the table is printed or written",
    ("*", "raw_csv"): "--raw-csv: CSV cells starting with = + - @ are printed as they are (no leading ')",
    ("ingest", "quiet"): "--quiet is progress=False and no summary line",
    ("terms", "by"): "--by doc (default) calls count_terms (per article); --by COLUMN calls term_shares(by=COLUMN)",
    ("events", "list_"): "--list prints events_table (the returned Corpus's .events)",
    ("events", "copies"): "--copies prints copy_share(corpus)",
    ("events", "gold"): "--evaluate GOLD prints evaluate(events, read_gold(GOLD)); with --list/--copies it is reuse=True",
    ("events", "grep"): "--grep filters the printed events table (framing.events.list_events(grep=))",
    ("events", "min_outlets"): "--min-outlets filters the printed events table (list_events(min_outlets=))",
    ("keyness", "all_terms"): "--all is top=None",
    ("discover", "write_lexicon"): "--write-lexicon FILE also writes the table as a lexicon draft (write_lexicon_draft)",
    ("*", "engine"): "--engine dask calls the verb's twin in framing.dask (same keywords + scheduler=; docs/scale.md)",
    ("*", "scheduler"): "--scheduler ADDRESS is framing.dask.<verb>(..., scheduler=ADDRESS)",
    ("keyness", "top"): "the CLI prints the top 20 per target (a screen); keyness() returns every term (top=None)",
}

_NO_DEFAULT = inspect.Parameter.empty


def _commands(group=main, prefix=""):
    for name, cmd in sorted(group.commands.items()):
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", cmd


def _cli_default(p: click.Parameter, cmd):
    d = p.get_default(click.Context(cmd))
    if d is None or type(d).__name__ == "Sentinel":      # click ≥ 8.3: UNSET
        d = False if getattr(p, "is_flag", False) else None
    if getattr(p, "multiple", False) or (isinstance(p, click.Argument) and p.nargs == -1):
        return None if d in ((), None) else d
    return d


def test_every_verb_maps_to_a_function():
    assert {v for v, _ in _commands()} == set(VERBS)


def test_the_documented_exceptions():
    print("\nCLI options that are not keywords of the verb's function:")
    for (verb, opt), why in EXCEPTIONS.items():
        print(f"  {verb:8} {opt:10} {why}")
    assert all(why for why in EXCEPTIONS.values())


@pytest.mark.parametrize("verb,cmd", list(_commands()), ids=[v for v, _ in _commands()])
def test_options_are_keywords_with_the_same_default(verb, cmd):
    funcs = VERBS[verb]
    sigs = [inspect.signature(f).parameters for f in funcs]
    for p in cmd.params:
        if p.name == "help" or (verb, p.name) in EXCEPTIONS or ("*", p.name) in EXCEPTIONS:
            continue
        having = [s[p.name] for s in sigs if p.name in s]
        assert having, f"framing {verb}: option {p.name!r} is no keyword of {', '.join(f.__name__ for f in funcs)}"
        for fp in having:
            if fp.default is _NO_DEFAULT or p.required:
                continue
            assert _cli_default(p, cmd) == fp.default, (f"framing {verb} {p.name}: CLI default {p.default!r}, "
                                                    f"function default {fp.default!r}")


@pytest.mark.parametrize("func", sorted({f for fs in VERBS.values() for f in fs}, key=lambda f: f.__name__),
                         ids=lambda f: f.__name__)
def test_options_after_the_first_positionals_are_keyword_only(func):
    """At most three positional parameters (corpus, lexicon, family / paths, out); the rest keyword-only."""
    positional = [p for p in inspect.signature(func).parameters.values()
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    assert len(positional) <= 3, f"{func.__name__}: {[p.name for p in positional]}"


def test_voice_has_one_default_everywhere():
    """``voice`` is ``own`` by default in every function that takes it, CLI included."""
    funcs = [framing.match, framing.kwic, framing.left_out, framing.count_terms, framing.term_shares, framing.compare_terms,
             framing.build_report, framing.LexiconVectorizer, framing.audit.sample]
    defaults = {f.__name__: inspect.signature(f).parameters["voice"].default for f in funcs}
    assert set(defaults.values()) == {"own"}, defaults


@pytest.mark.parametrize("func", [framing.shares, framing.compare, framing.term_matrix, framing.assign_events,
                                  framing.find_copies, framing.copy_share, framing.match, framing.left_out],
                         ids=lambda f: f.__name__)
def test_building_blocks_take_options_by_keyword(func):
    positional = [p for p in inspect.signature(func).parameters.values()
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    assert len(positional) <= 3, f"{func.__name__}: {[p.name for p in positional]}"


def test_every_voice_option_explains_every_voice():
    """--voice takes own, quoted, reported, all (or a comma list) wherever it is; its help says what
    each is, not only the metavar."""
    for name, cmd in _commands():
        for p in cmd.params:
            if "--voice" in getattr(p, "opts", []):
                assert all(f"{v} =" in p.help for v in ("own", "quoted", "reported", "all")), (name, p.help)


def test_every_rate_column_a_function_returns_has_its_unit_in_the_docstring():
    """help(framing.keyness) named rate_target and rate_rest without saying per how many of what."""
    import re
    for fn in (framing.term_shares, framing.keyness, framing.compare_terms, framing.count_terms, framing.shares):
        doc = inspect.getdoc(fn) or ""
        if re.search(r"\brate_\w+", doc):
            assert "10,000" in doc, fn.__name__


def test_threshold_means_one_thing():
    """``threshold`` is the similarity of an event (assign_events, detect_events); the containment of a
    wire copy is ``copy_threshold`` wherever it is a keyword (find_copies and copy_share said threshold)."""
    for f in (framing.assign_events, framing.detect_events):
        assert "threshold" in inspect.signature(f).parameters
    for f in (framing.detect_events, framing.find_copies, framing.copy_share):
        params = inspect.signature(f).parameters
        assert "copy_threshold" in params and (f is framing.detect_events or "threshold" not in params), f.__name__


def test_a_count_of_articles_is_called_articles():
    """keyness said min_docs and doc_share where discover says max_articles and every table articles."""
    import re
    funcs = {n: getattr(framing, n) for n in framing.__all__ if callable(getattr(framing, n, None))}
    docs = {(n, p) for n, f in funcs.items() if not isinstance(f, type)
            for p in inspect.signature(f).parameters if re.search(r"(^|_)docs?(_|$)", p) and p != "docs"}
    assert not docs, docs                                # (docs alone: the per-article table of shares/compare)
    cols = framing.keyness(framing.from_frame(__import__("pandas").DataFrame(
        {"id": ["a", "b"], "outlet": ["North", "South"], "title": ["t", "t"], "text": ["سيل الوادي", "مطر غزير"]})),
        min_count=1).columns
    assert "article_share" in cols and not any("doc" in c for c in cols)


def test_where_to_write_is_output():
    """ingest_to_corpus called it out, detect_events and new_lexicon output (-o/--output on every verb)."""
    import framing.dask
    for f in (framing.ingest_to_corpus, framing.dask.ingest_to_corpus, framing.detect_events, framing.new_lexicon):
        params = inspect.signature(f).parameters
        assert "output" in params and "out" not in params, f.__name__


#: keywords a user sets on every verb that counts: where the verb's function takes one, the verb offers it
SHARED = ("voice", "lang", "by", "within_events", "exclude_copies", "keep_boilerplate", "audit", "outlet", "since",
          "until", "event", "jobs")


@pytest.mark.parametrize("verb,cmd", list(_commands()), ids=[v for v, _ in _commands()])
def test_a_shared_keyword_of_the_function_is_an_option_of_the_verb(verb, cmd):
    """compare_terms took keep_boilerplate but framing compare had no --keep-boilerplate (terms and keyness had)."""
    options = {p.name for p in cmd.params}
    for f in VERBS[verb]:
        missing = [k for k in SHARED if k in inspect.signature(f).parameters and k not in options]
        assert not missing, f"framing {verb}: {f.__name__} takes {missing}, the verb has no such option"


def test_renamed_keywords_still_work_for_one_release_with_a_warning(tmp_path):
    """min_docs, doc_id, format, out and threshold were renamed this round: an old call warns and gives the new
    call's answer; both names at once is an error."""
    import warnings as _w

    from framing._renamed import renamed

    @renamed(min_docs="min_articles")
    def f(*, min_articles=2):
        return min_articles

    with pytest.warns(DeprecationWarning, match="min_articles"):
        assert f(min_docs=1) == 1
    with _w.catch_warnings():
        _w.simplefilter("error")
        assert f(min_articles=3) == 3
    with pytest.raises(TypeError, match="both"):
        f(min_docs=1, min_articles=1)
    import framing
    from framing.events.copies import copy_share, find_copies
    from framing.stats.keyness import keyness_scores
    for fn, old in ((framing.keyness, "min_docs"), (keyness_scores, "min_docs"),
                    (framing.article, "doc_id"), (framing.ingest, "format"), (framing.ingest_to_corpus, "format"),
                    (framing.ingest_to_corpus, "out"), (find_copies, "threshold"), (copy_share, "threshold")):
        with pytest.raises(TypeError, match="both"):
            fn(None, **{old: 1, {"min_docs": "min_articles", "doc_id": "id", "format": "input_format", "out": "output",
                                 "threshold": "copy_threshold"}[old]: 1})
