"""The ``framing`` command line: thin verbs over the public Python API.

Conventions (tested in ``tests/test_cli_conventions.py``):

* every verb has ``--help`` with an example;
* verbs that produce a table take ``--format csv|jsonl|parquet|xlsx|csv-excel`` (one option,
  :func:`format_option`, the same formats on every verb) and ``-o FILE`` and print a readable
  table on stdout otherwise;
* errors are one line on stderr (a traceback only with ``--debug``);
  exit codes: 0 ok, 1 nothing usable produced, 2 usage error.
"""
from __future__ import annotations

import functools
import sys

import click

from .errors import FramingError, UsageError

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2


class _Group(click.Group):
    """Turns library errors into one-line messages and exit codes."""

    def parse_args(self, ctx, args):
        """``--debug`` anywhere before ``--`` (``framing terms … --debug``, as a user adds it to the
        command that failed) is the group's option."""
        cut = args.index("--") if "--" in args else len(args)
        if "--debug" in args[1:cut]:
            args = ["--debug"] + [a for i, a in enumerate(args) if not (a == "--debug" and i < cut)]
        return super().parse_args(ctx, args)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.UsageError as e:      # a wrong option of a verb: one line too, with where to look
            if ctx.obj and ctx.obj.get("debug"):
                raise
            where = f" (see {e.ctx.command_path} --help)" if e.ctx is not None else ""
            click.echo(f"error: {e.format_message()}{where}", err=True)
            sys.exit(EXIT_USAGE)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except UsageError as e:
            self._fail(ctx, e, EXIT_USAGE)
        except FramingError as e:
            self._fail(ctx, e, EXIT_NOTHING)
        except KeyboardInterrupt:
            click.echo("error: interrupted", err=True)
            sys.exit(130)
        except OSError as e:  # disk full, read-only: say what to do
            from ._store import disk_message
            msg = disk_message(e, e.filename or "the output")
            if msg is None:
                self._fail(ctx, e, EXIT_NOTHING, unexpected=True)
            self._fail(ctx, UsageError(msg), EXIT_NOTHING)
        except Exception as e:  # unexpected: still one line unless --debug
            self._fail(ctx, e, EXIT_NOTHING, unexpected=True)

    @staticmethod
    def _fail(ctx, e, code, unexpected=False):
        if ctx.obj and ctx.obj.get("debug"):
            raise e
        msg = str(e).splitlines()[0] if str(e) else type(e).__name__
        prefix = f"error: {type(e).__name__}: " if unexpected else "error: "
        click.echo(prefix + msg + (" (run with --debug for details)" if unexpected else ""), err=True)
        sys.exit(code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.version_option(package_name="framing")
@click.pass_context
def main(ctx, debug):
    """Measure how outlets tell the same story: word choice, events, keyness, reports.

    \b
    Typical run:
      framing ingest saved_pages/ -o mycorpus
      framing terms mycorpus --lexicon captives --by outlet
      framing report mycorpus --lexicon captives -o reports/captives.pdf
    """
    ctx.ensure_object(dict)["debug"] = debug


#: the formats of ``--format`` wherever it appears (those of :func:`framing._io.write_table`, which imports
#: pandas: ``tests/test_cli_conventions.py`` keeps the two the same); parquet and xlsx only to a file
TABLE_FORMATS = ("csv", "jsonl", "parquet", "xlsx", "csv-excel")
BINARY_FORMATS = ("parquet", "xlsx")


def format_option(help: str = "Table format (default: from the -o suffix, csv; a readable table on stdout). "
                  "xlsx: a spreadsheet; csv-excel: CSV with a byte-order mark, so Excel shows Arabic."):
    """``--format`` of every verb that prints or writes tables: :data:`TABLE_FORMATS`."""
    return click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default=None, help=help)


def check_format(fmt, output, verb_writes: bool = True) -> None:
    """A binary ``--format`` (parquet, xlsx) needs a file: a one-line usage error before any work
    when there is none (``verb_writes=False``: the verb's -o is no table file, as for events)."""
    if fmt in BINARY_FORMATS and not output:
        raise UsageError(f"--format {fmt} needs -o FILE ({fmt} is binary)" if verb_writes else
                         f"--format {fmt} is binary and this verb prints its tables: use --format csv, jsonl or "
                         f"csv-excel (and > FILE)")


def table_output(func):
    """Add ``--format`` and ``-o/--output`` to a verb that returns a DataFrame.

    The wrapped function returns the table; it is written to ``-o`` in the
    given (or suffix-implied) format, or printed readably on stdout.  An empty
    table exits 1 ("nothing usable produced") after writing the header.
    """
    @format_option()
    @click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
                  help="Write the table to this file instead of stdout.")
    @RAW_CSV
    @functools.wraps(func)
    def wrapper(*args, fmt=None, output=None, raw_csv=False, **kwargs):
        check_output(output, _path_args(kwargs))
        check_format(fmt, output)
        df = func(*args, **kwargs)
        emit_table(df, fmt, output, raw=raw_csv)
        if df is not None and df.attrs.get("note"):
            click.echo(f"note: {df.attrs['note']}", err=True)
        if df is not None and len(df) == 0:
            sys.exit(EXIT_NOTHING)
    return wrapper


RAW_CSV = click.option("--raw-csv", "raw_csv", is_flag=True,
                       help="Keep cells starting with = + - @ as they are in CSV (by default they get a leading ' "
                            "so a spreadsheet does not run them as formulas).")


def _path_args(kwargs) -> list:
    """The arguments of a verb that name existing files or folders (its inputs)."""
    import os
    vals = [v for x in kwargs.values() for v in (x if isinstance(x, (list, tuple)) else [x])]
    return [v for v in vals if isinstance(v, str) and v and os.path.exists(v)]


def check_output(output, inputs, kind="file", option="-o") -> None:
    """Refuse an output over an input or inside a corpus folder (see :func:`framing._io.check_output`)."""
    from ._io import check_output as check
    check(output, inputs, kind=kind, option=option)


#: characters of one cell in a readable table (longer ones end in "..."; --format csv/jsonl print them whole)
MAX_CELL = 60


def emit_table(df, fmt=None, output=None, raw=False, err=False) -> None:
    """Write ``df`` to ``output`` (atomically) or print it on stdout (stderr with ``err``); CSV cells that a
    spreadsheet would run as formulas get a leading ' unless ``raw``; readable tables cut cells at ``MAX_CELL``."""
    from ._io import csv_text, write_table
    if df is None:
        return
    if output:
        write_table(df, output, fmt, raw=raw)
        click.echo(f"wrote {len(df)} rows to {output}", err=True)
    elif fmt == "csv":
        click.echo(csv_text(df, raw), nl=False, err=err)
    elif fmt == "jsonl":
        click.echo(df.to_json(orient="records", lines=True, force_ascii=False, date_format="iso"), nl=False, err=err)
    elif fmt == "csv-excel":
        click.echo("\ufeff" + csv_text(df, raw), nl=False, err=err)
    elif fmt in BINARY_FORMATS:
        check_format(fmt, output)
    else:
        import pandas as pd
        with pd.option_context("display.max_rows", 200, "display.max_columns", 50, "display.width", 200):
            click.echo(df.to_string(index=False, max_colwidth=MAX_CELL) if len(df) else "(no rows)", err=err)


def parse_map(pairs, option: str = "--map", form: str = "NAME=COLUMN", lists: bool = False) -> dict[str, str]:
    """``--map source=outlet --map body=text`` → ``{"source": "outlet", "body": "text"}``; with
    ``lists``, ``--map source=outlet,body=text`` too (a comma list whose every item has ``=``)."""
    out = {}
    if lists:
        pairs = [q for p in pairs or () for q in (p.split(",") if all("=" in q for q in p.split(",")) else [p])]
    for p in pairs or ():
        if "=" not in p:
            raise UsageError(f"{option} expects {form}, got {p!r}")
        k, v = p.split("=", 1)
        out[k.strip()] = v.strip()
    return out


# ---------------------------------------------------------------------------
# Verbs. Each block is owned by one stage; keep them thin.
# ---------------------------------------------------------------------------

def _ENGINE(f):
    """--engine local|dask and --scheduler ADDRESS: where the verb's chunked passes run (docs/scale.md)."""
    f = click.option("--scheduler", default=None, metavar="ADDRESS",
                     help="With --engine dask: the Dask scheduler (tcp://HOST:8786, or a scheduler file "
                          "sched.json); default: a local cluster, one worker process per core.")(f)
    return click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                         help="local: this machine; dask: a Dask cluster (framing.dask; same results).")(f)


def _on(engine, scheduler, fn):
    """``fn``, or with ``--engine dask`` its :mod:`framing.dask` twin (same keywords, + ``scheduler``)."""
    if engine != "dask":
        if scheduler:
            raise UsageError("--scheduler needs --engine dask")
        return fn
    from . import dask as on_dask
    return functools.partial(getattr(on_dask, fn.__name__), scheduler=scheduler)


_JOBS = click.option("--jobs", type=click.IntRange(min=0), default=None, metavar="N",
                     help="Worker processes (default: FRAMING_JOBS, else all cores; 0: all cores). "
                          "The results are the same for any number.")


# == ingest (framing.ingest) ==
def _reject_kinds(rejects, n: int) -> str:
    """`` (78 duplicate, 2 row has no outlet)``: the reasons of this run's ``n`` rejects (the last ``n`` rows of
    rejects.csv), their variable part («of 0d2f…», «(…)», «: …») left out, commonest first; three at most."""
    if not n or rejects is None or "reason" not in getattr(rejects, "columns", ()):
        return ""
    import re
    kinds = rejects["reason"].tail(n).astype(str).map(lambda r: re.sub(r"( of | \(|: ).*", "", r)).value_counts()
    shown = [f"{k} {v}" for v, k in zip(kinds.index[:3], kinds.to_numpy()[:3])]
    return " (" + ", ".join(shown) + (", …" if len(kinds) > 3 else "") + ")"


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", "output", required=True, type=click.Path(file_okay=False),
              help="Corpus directory to write (rebuilt atomically unless --append).")
@click.option("--outlet", default=None, help="Outlet name for every input (default: the page's site name, "
              "its domain, or the file's directory name).")
@click.option("--input-format", "input_format", type=click.Choice(["auto", "html", "text", "table"]), default="auto",
              show_default=True, help="Input kind: web pages, text saved from a browser, or JSONL/CSV/Parquet tables.")
@click.option("--append", is_flag=True, help="Add to the corpus at -o instead of rebuilding it.")
@click.option("--replace", is_flag=True, help="Rebuild the corpus at -o from these inputs only, even when it "
              "holds articles of other inputs (without it, that is refused).")
@click.option("--map", "columns", multiple=True, metavar="NAME=COLUMN",
              help="Table column to use as a corpus column, e.g. --map source=outlet --map body=text "
                   "(or --map source=outlet,body=text).")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary line.")
@click.option("--wait", type=click.FloatRange(min=0), default=0.0, metavar="SECONDS",
              help="Wait this long for another run writing the same corpus (default: stop with a message).")
@click.option("--follow-links", is_flag=True, help="Follow symlinks that lead outside the input folders.")
@_JOBS
@_ENGINE
def ingest_cmd(paths, output, outlet, input_format, append, replace, columns, quiet, wait, follow_links, jobs=None,
               engine="local", scheduler=None):
    """Read saved pages, browser text and tables into a corpus directory.

    Files and directories (recursively).  Every input becomes an article or a
    line in CORPUS/rejects.csv with the reason.

    \b
    Examples:
      framing ingest saved_pages/ -o mycorpus
      framing ingest page.txt --outlet "RT Arabic" -o mycorpus --append
      framing ingest export.csv --map source=outlet --map body=text -o mycorpus
    """
    from .ingest import ingest_to_corpus
    check_output(output, paths, kind="corpus")
    c = _on(engine, scheduler, ingest_to_corpus)(list(paths), output, outlet=outlet, input_format=input_format, append=append,
                         replace=replace, progress=False if quiet else None, columns=parse_map(columns, lists=True), wait=wait,
                         follow_links=follow_links, jobs=jobs, texts=False)
    if not quiet:
        run = c.manifest.get("last_ingest") or {}
        same = f", {run['same_bytes']} file(s) already in the corpus (same bytes) skipped" if run.get("same_bytes") else ""
        same += f", {run['already']} row(s) already in the corpus (same id and text) skipped" if run.get("already") else ""
        warn = f", {run['warnings']} warning(s)" if run.get("warnings") else ""
        what = (f"rebuilt from these inputs (it held {run['rebuilt']} articles)" if run.get("rebuilt")
                else f"{run.get('added', len(c))} articles added")
        n_rejects = run.get('rejects', len(c.rejects))
        click.echo(f"{output}: {what}, {n_rejects} rejects{_reject_kinds(c.rejects, n_rejects)}"
                   f"{warn}{same}; the corpus holds {len(c)} articles of {len(c.outlets)} outlets"
                   + (f" (reasons in {output}/rejects.csv)" if run.get("rejects") or run.get("warnings") else ""),
                   err=True)
        if run.get("events_dropped"):
            click.echo(f"its events were computed on the articles before the rebuild and are dropped: "
                       f"run framing events {output} to compute them again", err=True)
        warned = run.get("warned", [])
        for path, reason in warned[:10]:         # the rest are in rejects.csv, not on screen
            click.echo(f"{path}: {reason}", err=True)
        if len(warned) > 10:
            click.echo(f"… and {len(warned) - 10} more warning(s) in {output}/rejects.csv", err=True)
        if run.get("undated"):                   # once, not per row: the whole table has no date
            u = run["undated"]
            click.echo(f"warning: no row of {u[0]}" + (f" nor of {len(u) - 1} other table(s)" if len(u) > 1 else "")
                       + " has a date (no date column recognised, or it is empty: published left empty); "
                         "name the date column with --map NAME=published", err=True)


# == show, outlets (framing.browse) ==
@main.command("show")
@click.argument("corpus", type=click.Path(exists=True))
@click.argument("id", metavar="ID")
def show_cmd(corpus, id):  # noqa: A002
    """Print one article: title, outlet, date, URL, credit, then its text (to read a
    concordance line in context).  ID: the id column of terms, kwic or audit (or a unique prefix).

    \b
    Example:
      framing show mycorpus 3f9a1c2b7d4e5a60
    """
    from .browse import article
    a = article(corpus, id)
    for key in ("title", "outlet", "published", "url", "credit", "lang", "event_id", "id", "source_path"):
        if a.get(key):
            click.echo(f"{key + ':':13}{a[key]}")
    click.echo("")
    click.echo(a.get("text") or "")


@main.command("outlets")
@click.argument("corpus", type=click.Path(exists=True))
@click.option("--rename", "rename", multiple=True, metavar="OLD=NEW",
              help="Give the articles of outlet OLD the outlet name NEW (repeatable; NEW may be an existing "
                   "outlet: the two are merged).  Written to the corpus directory; no re-ingest.")
@click.option("--name-ar", "name_ar", multiple=True, metavar="OUTLET=NAME",
              help="Arabic display name of an outlet (repeatable), kept in the corpus manifest.")
@click.option("--name-en", "name_en", multiple=True, metavar="OUTLET=NAME",
              help="English display name of an outlet (repeatable), kept in the corpus manifest.")
@click.option("--country", "country", multiple=True, metavar="OUTLET=COUNTRY",
              help="Country of an outlet, e.g. okaz=SA (repeatable), kept in the corpus manifest.")
@click.option("--kind", "kind", multiple=True, metavar="OUTLET=KIND",
              help="Kind of outlet, e.g. was='news agency' (repeatable), kept in the corpus manifest.")
@click.option("--source", default=None, metavar="TEXT",
              help="Data source of the whole corpus (name and URL), shown on a report's title page and citation.")
@click.option("--licence", "--license", "licence", default=None, metavar="TEXT",
              help="Licence of the data, e.g. 'CC BY-NC-SA 4.0', shown on a report's title page and citation.")
@table_output
def outlets_cmd(corpus, rename, name_ar, name_en, country, kind, source, licence):
    """List the outlets of a corpus (display names, articles, first and last day), and rename
    them or give them Arabic and English display names without re-ingesting.

    \b
    Examples:
      framing outlets mycorpus
      framing outlets mycorpus --rename al-masaa="صحيفة المساء" --name-en "صحيفة المساء=Al-Masaa Daily"
      framing outlets mycorpus --country okaz=SA --kind "okaz=daily newspaper"
    """
    from .browse import outlets
    return outlets(corpus, rename=parse_map(rename, "--rename", "OLD=NEW") or None,
                   name_ar=parse_map(name_ar, "--name-ar", "OUTLET=NAME") or None,
                   name_en=parse_map(name_en, "--name-en", "OUTLET=NAME") or None,
                   country=parse_map(country, "--country", "OUTLET=COUNTRY") or None,
                   kind=parse_map(kind, "--kind", "OUTLET=KIND") or None, source=source, licence=licence)


# == export (framing.dataset): the corpus as a partitioned Parquet dataset ==
@main.command("export")
@click.argument("corpus", type=click.Path(exists=True))
@click.option("-o", "--output", "path", required=True, type=click.Path(file_okay=False),
              help="Dataset folder to write (new or empty, or a dataset to replace with --overwrite).")
@click.option("--overwrite", is_flag=True, help="Replace the dataset already at -o.")
def export_cmd(corpus, path, overwrite):
    """Write the corpus as a Parquet dataset partitioned by outlet and month (hive layout:
    outlet=NAME/month=YYYY-MM/part-N.parquet) that Dask, DuckDB, Spark and Arrow read directly,
    and that every analysis verb reads like a corpus.  Layout and column types: docs/scale.md.

    \b
    Examples:
      framing export mycorpus -o mycorpus-dataset
      framing terms mycorpus-dataset --lexicon captives --by outlet --engine dask
    """
    from .dataset import export_dataset
    check_output(path, [corpus], kind="folder")
    click.echo(f"wrote the dataset {export_dataset(corpus, path, overwrite=overwrite)}", err=True)


# == lexicon, terms, kwic, compare (framing.lexicon, framing.stats) ==
_VOICE_KINDS = ("own = the outlet's own sentences (default), quoted = inside quotes or a "
                "'Speaker: statement' headline, reported = indirect speech and attribution (qala inna, bihasab), "
                "all = every match; or a comma list (quoted,reported). See docs/matching.md.")
_VOICE_HELP = "Whose words to count: " + _VOICE_KINDS


def _voice_option(value):
    """``--voice own|quoted|reported|all`` or a comma list of them (click callback body), checked by
    the same rule as the Python API's ``voice=`` before any corpus is read."""
    from .lexicon.core import voice_name
    try:
        return voice_name(value)
    except UsageError as e:
        raise click.BadParameter(str(e)) from None


_VOICE = click.option("--voice", default="own", show_default=True, metavar="own|quoted|reported|all",
                      callback=lambda c, p, v: _voice_option(v), help=_VOICE_HELP)


@main.group("lexicon")
def lexicon_group():
    """List, show and check lexicons (families of competing terms).

    \b
    Examples:
      framing lexicon list
      framing lexicon show captives
      framing lexicon check my_lexicon.yaml
    """


@lexicon_group.command("list")
@table_output
def lexicon_list_cmd():
    """The shipped lexicons: name, version, families, terms, description.

    \b
    Example:
      framing lexicon list --format csv
    """
    from .lexicon import list_lexicons
    return list_lexicons()


@lexicon_group.command("show")
@click.argument("name_or_path", metavar="NAME|FILE")
@table_output
def lexicon_show_cmd(name_or_path):
    """The terms of a lexicon (a shipped NAME or a YAML file): family, term, labels, note, forms.

    \b
    Examples:
      framing lexicon show captives
      framing lexicon show my_lexicon.yaml --format csv -o terms.csv
    """
    from .lexicon import load_lexicon
    return load_lexicon(name_or_path).terms_table()


@lexicon_group.command("check")
@click.argument("path", type=click.Path(dir_okay=False))
def lexicon_check_cmd(path):
    """Validate a lexicon YAML file (or a shipped lexicon by name); errors name the file, line and field.

    \b
    Examples:
      framing lexicon check my_lexicon.yaml
      framing lexicon check casualties
    """
    from .lexicon import check_lexicon
    report = check_lexicon(path)
    click.echo(report.summary())
    for w in report.warnings:
        click.echo(f"warning: {w}", err=True)


@lexicon_group.command("new")
@click.argument("name")
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False), metavar="FILE.yaml",
              help="Where to write the template (default: NAME.yaml here; an existing file is never overwritten).")
def lexicon_new_cmd(name, output):
    """Write a template lexicon to fill in: one family, two terms, every field explained.

    \b
    Example:
      framing lexicon new protest && framing lexicon check protest.yaml
    """
    from .lexicon import new_lexicon
    click.echo(f"wrote {new_lexicon(name, output=output)}: fill in the families and terms, then "
               f"framing lexicon check it (format: docs/matching.md)", err=True)


def _load_corpus(path):
    from .corpus import load
    from .errors import InputError
    c = load(path)
    if len(c) == 0:
        raise InputError(f"{path} has no articles")
    return c


_LANG = click.option("--lang", type=click.Choice(["ar", "en"]), default=None,
                     help="Only articles in this language (as in every verb; default: all articles).")
_KEEP_BOILERPLATE = click.option(
    "--keep-boilerplate", is_flag=True, default=False,
    help="Also count lines an outlet repeats across its articles (link footers, tag lists, sign-offs), which "
         "terms, compare and keyness leave out by default (framing boilerplate CORPUS lists them).")
_EXCLUDE_COPIES = click.option("--exclude-copies", is_flag=True,
                               help="Leave out wire copies (copy_of set by framing events): count only "
                                    "each outlet's own text.")


def _FILTERS(f):
    """--outlet, --since, --until, --event: the filters every analysis verb shares (the keywords
    of its function, :func:`framing.corpus.select`)."""
    for opt in reversed([
        click.option("--outlet", multiple=True, metavar="NAME",
                     help="Only this outlet (repeatable; ids as in framing outlets CORPUS, or a display name there)."),
        click.option("--since", default=None, metavar="YYYY-MM-DD", help="Only articles published on or after this day."),
        click.option("--until", default=None, metavar="YYYY-MM-DD", help="Only articles published on or before this day."),
        click.option("--event", multiple=True, metavar="ID",
                     help="Only this event (repeatable; ids as in framing events CORPUS --list)."),
    ]):
        f = opt(f)
    return f


def _streamed(path):
    """A corpus directory as its path (the verb reads it row group by row group), anything else
    loaded (:func:`_load_corpus`)."""
    from pathlib import Path

    from .chunks import chunk_specs, streamable
    from .errors import InputError
    if streamable(path) is None:
        return _load_corpus(path)
    if not chunk_specs(path):
        raise InputError(f"{path} has no articles")
    return Path(path)


def _filters(outlet, since, until, event) -> dict:
    return {"outlet": list(outlet) or None, "since": since, "until": until, "event": list(event) or None}



@main.command("terms")
@click.argument("corpus", type=click.Path())
@click.option("--lexicon", "lexicon", required=True, metavar="NAME|FILE", help="Shipped lexicon name or YAML file.")
@click.option("--by", default="doc", show_default=True, metavar="COLUMN[,COLUMN]",
              help="doc: counts per article; a corpus column or columns (outlet, event, outlet,event, credit, "
                   "…): rates, shares and 95% CIs per group.")
@_VOICE
@click.option("--n-boot", type=click.IntRange(min=0), default=1000, show_default=True,
              help="Unused since intervals are closed-form (Wilson on articles); kept for old scripts.")
@click.option("--seed", type=int, default=0, show_default=True, help="Unused (kept for old scripts).")
@click.option("--lang", type=click.Choice(["ar", "en"]), default=None,
              help="Only articles in this language and the lexicon's terms in it.")
@_EXCLUDE_COPIES
@_KEEP_BOILERPLATE
@click.option("--audit", "audit", default=None, type=click.Path(dir_okay=False), metavar="AUDIT.csv",
              help="A labelled audit file (framing audit sample): add each term's precision with its 95% "
                   "interval and the precision-adjusted count.")
@_FILTERS
@_JOBS
@_ENGINE
@table_output
def terms_cmd(corpus, lexicon, by, voice, n_boot, seed, lang, exclude_copies, keep_boilerplate=False, audit=None,
              outlet=(), since=None, until=None, event=(), jobs=None, engine="local", scheduler=None):
    """Count a lexicon's terms in a corpus (clitic-aware; title and text).

    CORPUS is a corpus directory or a JSONL/CSV/Parquet table with id, outlet,
    date, title, text.  --by doc prints id,family,term,count,voice (non-zero rows);
    --by outlet prints per outlet and term: articles, matches, tokens, rate per
    10,000 tokens, the term's share of its family, its 95% CI (Wilson on the
    effective number of articles n_eff), family_articles = articles using
    the family, and voice (the --voice counted).

    \b
    Examples:
      framing terms mycorpus --lexicon captives
      framing terms mycorpus --lexicon captives --by outlet
      framing terms articles.jsonl --lexicon my_lexicon.yaml --by outlet --voice all -o shares.csv
    """
    from .analysis import count_terms, term_shares
    if by == "doc":      # (the lexicon is read first: a wrong name fails before a large corpus is read)
        return _on(engine, scheduler, count_terms)(corpus, lexicon, voice=voice, lang=lang,
                                                   exclude_copies=exclude_copies, keep_boilerplate=keep_boilerplate,
                                                   audit=audit, jobs=jobs,
                                                   **_filters(outlet, since, until, event))
    return _on(engine, scheduler, term_shares)(corpus, lexicon, by=by, voice=voice, lang=lang,
                                               exclude_copies=exclude_copies, keep_boilerplate=keep_boilerplate,
                                               n_boot=n_boot, seed=seed, audit=audit,
                                               jobs=jobs, **_filters(outlet, since, until, event))


@main.command("kwic")
@click.argument("corpus", type=click.Path())
@click.argument("word", required=False)
@click.option("--lexicon", "lexicon", default=None, metavar="NAME|FILE", help="Lexicon whose matches to show.")
@click.option("--term", default=None, metavar="ID",
              help="Only this term of the lexicon: its id, a label or a form, also as written in a text "
                   "(الرهائن → hostages).")
@click.option("--family", default=None, metavar="ID", help="Only this family of the lexicon.")
@click.option("--width", type=click.IntRange(min=0), default=60, show_default=True,
              help="Characters of context on each side.")
@_VOICE
@_LANG
@click.option("--left-out", "left_out", is_flag=True, default=False,
              help="Show the matches a rule left out (letters, context, scope, boilerplate), with the reason.")
@_EXCLUDE_COPIES
@_FILTERS
@_JOBS
@_ENGINE
@table_output
def kwic_cmd(corpus, word, lexicon, term, family, width, voice, lang, left_out, exclude_copies=False, outlet=(),
             since=None, until=None, event=(), jobs=None, engine="local", scheduler=None):
    """Concordance lines (keyword in context) in the outlets' own spelling.

    Give a lexicon (optionally --term or --family) or a WORD, which is matched
    with the same clitic rules (رهائن finds كرهائن, والرهائن, رهائنهم).
    Columns: id, outlet, published, left, match, right, voice, family, term, field, start, end
    (where the match is: offsets into the original title or text), speaker, role, verb (who says a
    quoted or reported match, and how: as in framing sources --help), and reason with --left-out.

    \b
    Examples:
      framing kwic mycorpus --lexicon captives --term hostages
      framing kwic mycorpus رهائن --width 40 --voice own
      framing kwic mycorpus --lexicon casualties --format csv -o kwic.csv
      framing kwic mycorpus --lexicon israel_palestine --left-out
    """
    from .errors import UsageError
    from .lexicon import kwic
    if (word is None) == (lexicon is None):
        raise UsageError("give either --lexicon NAME or a WORD to look for")
    if word is not None and (term or family):
        raise UsageError("--term and --family need --lexicon")
    k = _on(engine, scheduler, kwic)(_streamed(corpus), lexicon=lexicon, term=term, word=word, width=width,
                                     voice=voice, family=family, lang=lang, left_out=left_out,
                                     exclude_copies=exclude_copies, jobs=jobs,
             **_filters(outlet, since, until, event))
    import pandas as pd
    out = pd.DataFrame(k)
    out.attrs["note"] = k.attrs.get("note")          # (a plain frame drops the KwicFrame's attrs)
    return out


@main.command("sources")
@click.argument("corpus", type=click.Path())
@click.option("--by", default="outlet", show_default=True, metavar="COLUMN[,COLUMN]",
              help="Groups whose sources to count: outlet, event (needs framing events first), outlet,event, "
                   "or any corpus column.")
@_EXCLUDE_COPIES
@_FILTERS
@_JOBS
@table_output
def sources_cmd(corpus, by, exclude_copies=False, outlet=(), since=None, until=None, event=(), jobs=None):
    """Who each outlet lets speak: quoted and reported statements by speaker, role and verb.

    No lexicon needed: every quotation, reported sentence (qala inna, akkada anna ...), attribution
    (bihasab, wifqan li) and 'Speaker: statement' headline of the corpus is counted.  Columns:
    <by>, speaker, role, verb, quotes, share (of the group's statements).  speaker is empty when
    the sentence names no one; verb is the verb of saying or the attribution as printed (قال،
    بحسب), ':' for a 'Speaker: statement' line, 'answer' for an interview's answer, empty for a
    quotation with neither.  A speaker's statements with different verbs are separate rows (sum
    quotes by speaker for who is quoted most).  See docs/matching.md.

    \b
    Examples:
      framing sources mycorpus
      framing sources mycorpus --by event -o sources.csv
      framing sources mycorpus --outlet okaz --since 2015-08-01
    """
    from .lexicon.sources import sources
    return sources(_load_corpus(corpus), by=by, exclude_copies=exclude_copies, jobs=jobs,
                   **_filters(outlet, since, until, event))


@main.command("boilerplate")
@click.argument("corpus", type=click.Path())
@table_output
def boilerplate_cmd(corpus):
    """Lines each outlet repeats across its articles (link footers, tag lists, sign-offs), which
    terms, kwic, compare and report leave out of the outlet's words.

    Columns: outlet, kind (line = a repeated line, label = a repeated closing label before a colon,
    marker = a closing word after which the text is a tag list or a list of headlines), text,
    articles, share (of the outlet's articles).  See docs/matching.md.

    \b
    Example:
      framing boilerplate mycorpus
    """
    from .lexicon import repeated_lines
    return repeated_lines(_load_corpus(corpus))


@main.command("compare")
@click.argument("corpus", type=click.Path())
@_EXCLUDE_COPIES
@click.option("--lexicon", "lexicon", required=True, metavar="NAME|FILE", help="Shipped lexicon name or YAML file.")
@click.option("--family", default=None, metavar="ID",
              help="The family of terms to compare (default: the lexicon's only family).")
@click.option("--by", default="outlet", show_default=True, metavar="COLUMN", help="Groups to compare (a corpus column).")
@click.option("--within-events", is_flag=True,
              help="Compare outlets only within the same events (needs event_id: run framing events first).")
@_VOICE
@_KEEP_BOILERPLATE
@click.option("--n-boot", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Unused since intervals are closed-form; kept for old scripts.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the permutations.")
@click.option("--lang", type=click.Choice(["auto", "ar", "en", "all"]), default="auto", show_default=True,
              help="Only articles in this language and the family's terms in it (compare like with like); "
                   "auto: the majority language when the family mixes languages; all: no restriction.")
@format_option("Format of the shares and pairwise tables written with -o (default: from its suffix), or of the "
               "shares table printed alone on stdout without -o (csv, jsonl, csv-excel: the sentence and the "
               "pairwise table go to stderr) instead of readable tables.")
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False),
              help="Write the shares table here (format from --format, else the suffix); "
                   "pairwise differences go beside it as NAME.pairwise.EXT.")
@_FILTERS
@_JOBS
@_ENGINE
@RAW_CSV
def compare_cmd(corpus, lexicon, family, by, within_events, voice, n_boot, seed, lang, fmt, output, exclude_copies,
                raw_csv, keep_boilerplate=False, outlet=(), since=None, until=None, event=(), jobs=None, engine="local",
                scheduler=None):
    """Compare how outlets name one thing: shares with CIs, a chi-square test, pairwise differences.

    \b
    Examples:
      framing compare mycorpus --lexicon captives
      framing compare mycorpus --lexicon casualties --family deaths --within-events
      framing compare mycorpus --lexicon captives --family captives --lang ar

    A family may hold Arabic and English terms: an Arabic outlet never chooses between
    رهائن and "hostages". By default (--lang auto) such a family is compared within the
    language most articles are written in; --lang ar|en picks one.
    """
    from pathlib import Path

    from .analysis import compare_terms
    check_output(output, [corpus, lexicon])
    check_format(fmt, output)
    res = _on(engine, scheduler, compare_terms)(_streamed(corpus), lexicon, family, by=by, within_events=within_events,
                                                voice=voice, lang=lang, exclude_copies=exclude_copies, n_boot=n_boot,
                                                seed=seed, keep_boilerplate=keep_boilerplate, jobs=jobs,
                                                **_filters(outlet, since, until, event))
    lex_name = Path(lexicon).stem if Path(lexicon).suffix else lexicon
    note = (f", {res.lang} articles only (--lang)" if res.lang else "") + (
        ", only the events two or more groups cover (--within-events)" if within_events else "")
    # --format csv|jsonl without -o: stdout is the shares table alone (one valid CSV/JSONL, as every verb
    # prints), the heading, the sentence and the pairwise table go to stderr; with -o the tables go to the files
    side = bool(fmt) and not output
    click.echo(f"# {lex_name} / {res.family}: shares by {by} ({voice} voice{note})", err=side)
    if not output:
        emit_table(res.shares, fmt, raw=raw_csv)
        click.echo("", err=side)
    click.echo(res.sentence, err=side)
    if not output:
        click.echo("", err=side)
        click.echo("# pairwise differences (Holm-corrected p-values; Holm-adjusted intervals, which exclude 0 "
                   "exactly when p_holm < 0.05)" + (f"; -o FILE writes them as {fmt} beside the shares" if side else ""),
                   err=side)
        emit_table(res.pairwise, raw=raw_csv, err=side)       # readable: with --format it goes to stderr
    if output:
        from ._io import write_table
        out = Path(output)
        ext = out.suffix or "." + ("csv" if fmt in (None, "csv-excel") else fmt)
        pairs = out.with_name(f"{out.stem}.pairwise{ext}")
        write_table(res.shares, out, fmt, raw=raw_csv)
        write_table(res.pairwise, pairs, fmt, raw=raw_csv)
        click.echo(f"wrote {out} and {pairs}", err=True)
    if len(res.shares) == 0:
        sys.exit(EXIT_NOTHING)


# == events, keyness (framing.events, framing.stats.keyness) ==
_EVENT_LIST_FILTERS = lambda f: click.option(  # noqa: E731
    "--grep", default=None, metavar="TEXT",
    help="With --list: only events whose label, top terms or outlets contain TEXT (Arabic letters "
         "normalised: أ/إ/آ = ا, ة = ه, ى = ي).")(click.option(
    "--min-outlets", type=click.IntRange(min=1), default=1, show_default=True,
    help="With --list: only events covered by at least this many outlets.")(f))


@main.command("events")
@click.argument("corpus", type=click.Path(exists=True))
@click.option("--window", type=click.IntRange(min=0), default=None, metavar="DAYS",
              help="Articles at most DAYS apart can share an event (default 3).")
@click.option("--threshold", type=click.FloatRange(0, 1, min_open=True), default=None, metavar="X",
              help="Similarity 0-1 needed to join an event: higher = tighter events (default 0.1, see docs/events.md).")
@click.option("--labels", type=click.Path(exists=True, dir_okay=False), default=None, metavar="FILE",
              help="CSV id,event (or source,event): events assigned by hand; they are kept, the rest is clustered.")
@click.option("-o", "--output", "output", type=click.Path(file_okay=False), default=None, metavar="CORPUS",
              help="Write the corpus with event_id, copy_of, copy_score and events.parquet here "
                   "(default: update CORPUS in place when it is a corpus directory).")
@click.option("--list", "list_", is_flag=True, help="Print the events table.")
@click.option("--copies", is_flag=True, help="Print, per outlet, wire copies and the share of shared text.")
@click.option("--copy-threshold", type=click.FloatRange(0, 1, min_open=True), default=None, metavar="X",
              help="Containment 0-1 of the shorter text for a wire copy (default 0.5).")
@click.option("--evaluate", "gold", type=click.Path(exists=True, dir_okay=False), default=None, metavar="GOLD.csv",
              help="Compare the events with gold labels (CSV id,event or source,event): B-cubed and pairwise P/R/F1.")
@format_option("Print the tables (--list, --copies, --evaluate) in this format instead of readable tables "
               "(csv, jsonl or csv-excel: -o here is the corpus written, no table file).")
@click.option("--replace-events", is_flag=True,
              help="Recompute events even though the corpus carries event ids of its own (from the input "
                   "table): they are replaced.  Without it such ids are never overwritten.")
@click.option("--keep-events", is_flag=True,
              help="Keep the event ids the corpus carries (from the input table) and only mark wire copies.")
@_EVENT_LIST_FILTERS
@click.option("--wait", type=click.FloatRange(min=0), default=0.0, metavar="SECONDS",
              help="Wait this long for another run writing the same corpus (default: stop with a message).")
@RAW_CSV
def events_cmd(corpus, window, threshold, labels, output, list_, copies, copy_threshold, gold, fmt, replace_events,
               keep_events, wait, raw_csv, grep=None, min_outlets=1):
    """Group articles that report the same event, and mark wire copies.

    Every article gets an event_id (articles of several outlets on the same story
    within --window days share one) and, when it reprints another outlet's text,
    copy_of (the earliest article) and copy_score.  On a corpus directory that
    already has events, --list/--copies/--evaluate alone show them without
    recomputing.

    \b
    Examples:
      framing events mycorpus --list
      framing events mycorpus --window 2 --threshold 0.2 -o mycorpus-events
      framing events mycorpus --labels my_events.csv --copies
      framing events mycorpus --keep-events      # your table's own event ids, plus wire copies
      framing events reports/demo-corpus --evaluate corpora/demo/gold/events.csv
    """
    from . import events as ev
    from .events.detect import asks_to_compute
    check_output(output, [corpus, labels, gold], kind="corpus")
    check_format(fmt, None, verb_writes=False)
    shows = bool(list_ or copies or gold)
    options = dict(window=window, threshold=threshold, labels=labels, copy_threshold=copy_threshold, output=output,
                   keep_events=keep_events)
    listing = shows and not asks_to_compute(**options)
    c = ev.detect_events(corpus, reuse=shows, replace_events=replace_events, wait=wait, **options)
    e = c.events
    saved = not listing and c.path is not None and c.path.is_dir()
    wire = (f"{int(c.df['copy_of'].notna().sum())} wire copies" if "copy_of" in c.df.columns
            else "wire copies found for this listing only (not saved)" if copies else "wire copies not computed")
    where = (f"corpus {c.path}" + (" (its own event ids replaced: --replace-events)" if replace_events
                                   else " (its own event ids kept: --keep-events)" if keep_events else "")
             if saved else "nothing written (listing)" if listing
             else "not saved (input is a table: add -o DIR)")
    click.echo(f"{len(c)} articles → {len(e)} events ({int((e['n_outlets'] >= 2).sum())} covered by ≥2 outlets, "
               f"largest {int(e['articles'].max())} articles); {wire}; {where}", err=True)
    if gold:
        import pandas as pd
        m = ev.evaluate(c.df.set_index("id")["event_id"], ev.read_gold(gold, c.df))
        emit_table(pd.DataFrame({"metric": list(m), "value": [round(float(v), 4) for v in m.values()]}), fmt,
                   raw=raw_csv)
    if list_:
        emit_table(ev.list_events(c, grep=grep, min_outlets=min_outlets), fmt, raw=raw_csv)
    if copies:
        emit_table(ev.copy_share(c, copy_threshold=copy_threshold, window=window), fmt, raw=raw_csv)


@main.command("keyness")
@click.argument("corpus", type=click.Path())
@click.option("--by", default="outlet", show_default=True, metavar="COLUMN",
              help="Group articles by this column (outlet, credit, lang, …); each group is compared with the rest.")
@click.option("--target", multiple=True, metavar="GROUP",
              help="Only this group (repeatable; an outlet may be named by its display name, as for "
                   "--outlet); default: every group, one table with a column named as --by.")
@click.option("--within-events", is_flag=True,
              help="Count only events the target covers together with another outlet (needs framing events).")
@click.option("--method", type=click.Choice(["logodds", "g2", "chi2"]), default="logodds", show_default=True,
              help="logodds: Monroe et al. log-odds with informative Dirichlet prior (z); g2: Dunning "
                   "log-likelihood; chi2: Pearson chi-square (no Yates). See docs/methods.md §5 (framing.stats.keyness).")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True,
              help="Terms per target, highest score first.")
@click.option("--all", "all_terms", is_flag=True, help="Every term (over- and under-used), not only --top.")
@click.option("--ngram", type=click.IntRange(1, 3), default=1, show_default=True,
              help="2 = words and two-word sequences, 3 adds three-word sequences.")
@click.option("--fold-spelling", is_flag=True,
              help="Fold spelling variants (أميركي/أمريكي, مسئول/مسؤول, final ة/ه …) into one term.")
@_EXCLUDE_COPIES
@click.option("--min-count", type=click.IntRange(min=1), default=5, show_default=True,
              help="Leave out terms with fewer occurrences in target + rest.")
@click.option("--min-articles", type=click.IntRange(min=1), default=2, show_default=True,
              help="Leave out over-used terms found in fewer of the target's articles (1 keeps the words of one story).")
@click.option("--no-house-style", "drop_house_style", is_flag=True,
              help="Drop terms marked house_style (over-used by the target in >=80% of its events/days: "
                   "spelling habits, bylines, app text).")
@_KEEP_BOILERPLATE
@click.option("--alpha0", type=click.FloatRange(min=0, min_open=True), default=1000.0, show_default=True,
              help="Total prior mass of the log-odds prior (larger = rare words shrink more).")
@_LANG
@_FILTERS
@_JOBS
@_ENGINE
@table_output
def keyness_cmd(corpus, by, target, within_events, method, top, all_terms, ngram, fold_spelling,
                exclude_copies, min_count, min_articles, drop_house_style, keep_boilerplate, alpha0, lang, outlet=(),
                since=None, until=None, event=(), jobs=None, engine="local", scheduler=None):
    """Distinctive vocabulary: the words each outlet uses more than the others.

    Terms are normalised, clitic-split words (والمحتجزين counts as محتجزين),
    stop words and numbers left out.  Columns: the --by column (outlet, …), term,
    count_target, count_rest, rates per 10,000 terms, the statistic (delta/variance/z, g2 or
    chi2, signed: + = over-used by the target), p_value, log_ratio (Hardie's
    Log Ratio, log2), article_share (share of the target's articles using the term),
    house_share/house_style (over-used in >=80% of the target's events, or days,
    where the term occurs: bylines, app text, spelling habits, but also framing
    the outlet uses in every story: check before --no-house-style), and
    spellings (the target's three most frequent printed forms).  Lines an
    outlet repeats across its articles (link footers, sign-offs: framing
    boilerplate CORPUS) are not its vocabulary and are left out, as in
    framing terms, unless --keep-boilerplate.

    \b
    Examples:
      framing keyness mycorpus --top 30
      framing keyness mycorpus --target "Al Arabiya" --within-events --no-house-style
      framing keyness mycorpus --method g2 --ngram 2 --fold-spelling -o keyness.csv
    """
    from .analysis import keyness
    return _on(engine, scheduler, keyness)(_streamed(corpus), by=by, target=list(target) or None, method=method,
                                           alpha0=alpha0,
                   top=None if all_terms else top, ngram=ngram, within_events=within_events,
                   fold_spelling=fold_spelling, exclude_copies=exclude_copies, min_count=min_count,
                   min_articles=min_articles, drop_house_style=drop_house_style, keep_boilerplate=keep_boilerplate,
                   lang=lang, jobs=jobs, **_filters(outlet, since, until, event))


# == discover (framing.discovery): contested terms found from the corpus ==
@main.command("discover")
@click.argument("corpus", type=click.Path())
@click.option("--by", default="outlet", show_default=True, metavar="COLUMN",
              help="The column whose groups are compared (outlet, credit, …).")
@click.option("--min-events", type=click.IntRange(min=1), default=3, show_default=True,
              help="Keep pairs of terms seen in at least this many events.")
@click.option("--top", type=click.IntRange(min=1), default=30, show_default=True, help="Candidates shown, best first.")
@click.option("--min-similarity", type=click.FloatRange(0, 1, min_open=True), default=0.15, show_default=True,
              help="Word overlap (Jaccard of content stems, 0-1) for two sentences to count as saying the same thing.")
@click.option("--write-lexicon", type=click.Path(dir_okay=False), default=None, metavar="FILE.yaml",
              help="Also write the candidates as a lexicon draft (one family per set of terms) to check and edit.")
@click.option("--contrast", is_flag=True,
              help="Also pair words one outlet writes where the other never does in the same event (term contrast; slower).")
@click.option("--word", "words", multiple=True, metavar="WORD",
              help="A word or short phrase you know one side of a contest by (repeatable): list, for each, the "
                   "words outlets write in its place (--top rows per word; the term contrast always on).")
@table_output
def discover_cmd(corpus, by, min_events, top, min_similarity, write_lexicon, contrast, words):
    """Contested terms: the words outlets write in each other's place when they tell the same event.

    Aligns the sentences of different outlets' articles on the same event (needs
    framing events), diffs them word by word and counts the substitutions that
    recur across events; with --contrast, also pairs the words one outlet writes in
    its own voice and the other never does in the same event, where both fill the
    same slot (term contrast).  Columns: term_a, term_b (clitic-split stems), their
    printed spellings, the outlet preferring each, events, aligned (events with
    an aligned swap), source (aligned, contrast or both), pairs, consistency,
    log_odds with a 95% interval, neighbours (context similarity), swap_share,
    topical (residual IDF: ~0 for general words, 1+ for a named group), joined
    (times the corpus lists the two as «a وb»), together (0-1: share of one
    term's places with the other in the same sentence, not side by side), name
    (0-1: share of a term's places inside a person's name), quoted (0-1: the
    smaller share of a term's places inside quotation marks; the rank is x
    quoted / the corpus's share), dispersion (chi2 / df of the outlets' counts of
    the two terms in the swap events: ~1 when every outlet mixes them at one
    rate, the rank then x 0.2), rank, set
    (rows sharing a term form one set of candidate terms), evidence.

    With --word X (repeatable), the answer is for X only: every pair of the
    whole list holding X, and the words that fill X's contexts (neighbours
    left and right, clitics split) and that some outlets write where others
    write X in the same events (source: contexts).  A first column, word, says
    which X a row answers; term_a is X's side.

    \b
    Examples:
      framing events mycorpus
      framing discover mycorpus --top 30
      framing discover mycorpus --min-events 2 --write-lexicon draft.yaml
      framing discover mycorpus --word الحوثيين --word "تنظيم الدولة" --top 10
    """
    from .discovery import discover, write_lexicon_draft
    table = discover(_load_corpus(corpus), by=by, min_events=min_events, top=top, min_similarity=min_similarity,
                     contrast=contrast, words=list(words) or None)
    missing = [w for w in words if w not in set(table["word"])] if words else ([] if len(table) else ["the corpus"])
    if missing and min_events > 1:
        click.echo(f"no candidates for {', '.join(missing)} seen in {min_events} events or more; on a small corpus "
                   f"try --min-events {min_events - 1}", err=True)
    if write_lexicon and len(table):
        write_lexicon_draft(table, write_lexicon)
        click.echo(f"wrote a lexicon draft to {write_lexicon} (check it: framing lexicon check {write_lexicon})", err=True)
    return table


# == report (framing.report) ==
@main.command("report")
@click.argument("corpus", type=click.Path(exists=True))
@_EXCLUDE_COPIES
@click.option("--lexicon", "lexicons", multiple=True, metavar="NAME|FILE",
              help="Lexicon to report on (repeatable): a shipped name (see framing lexicon list) or a YAML file. "
                   "Default: every shipped lexicon with matches in the corpus (the title page says which).")
@click.option("--family", "families", multiple=True, metavar="ID",
              help="Only this family of the lexicons (repeatable; default: every family).")
@click.option("--by", default="outlet", show_default=True, metavar="COLUMN", help="Compare groups of this column.")
@click.option("--within-events", is_flag=True,
              help="Also compare the groups inside shared events (needs framing events first).")
@_VOICE
@click.option("--title", default=None, metavar="TEXT", help="Title of the report (default: from corpus and lexicons).")
@click.option("--report-lang", type=click.Choice(["en", "ar"]), default="en", show_default=True,
              help="Language of the report's own wording (headings, explanations, chart titles).")
@_LANG
@click.option("-o", "--output", "pdf", type=click.Path(dir_okay=False), default=None, metavar="FILE.pdf",
              help="Write the PDF report here (-o, --html or both).")
@click.option("--html", type=click.Path(dir_okay=False), default=None, metavar="FILE.html",
              help="Write the report as one self-contained HTML file (with -o: as well).")
@click.option("--figures", type=click.Path(file_okay=False), default=None, metavar="DIR",
              help="Also save every chart as PNG and SVG in this folder.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the permutation tests.")
@click.option("--n-boot", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Unused since intervals are closed-form; kept for old scripts.")
@click.option("--audit", "audit", multiple=True, type=click.Path(dir_okay=False), metavar="AUDIT.csv",
              help="Labelled audit file(s) (framing audit sample; one per coder): a precision badge beside every "
                   "term, terms below 90% or not audited flagged, the audit in the methods appendix.")
@_FILTERS
@_JOBS
def report_cmd(corpus, lexicons, families, by, within_events, voice, title, report_lang, lang, pdf, html, figures,
               seed, n_boot, exclude_copies, audit=(), outlet=(), since=None, until=None, event=(), jobs=None):
    """Write a PDF (and HTML) report: corpus overview, word choice per outlet with 95%
    intervals and tests, within-event comparisons, concordance evidence, distinctive
    vocabulary and a plain-language methods appendix.

    The same corpus, options and toolkit version give a byte-identical PDF; the title
    page prints the command, the versions and the corpus content hash.

    \b
    Examples:
      framing report mycorpus --lexicon captives -o reports/captives.pdf
      framing report mycorpus --lexicon captives --lexicon casualties --within-events \\
          -o reports/war.pdf --html reports/war.html --figures reports/war-figures
      framing report mycorpus --lexicon my_terms.yaml --family labels --report-lang ar -o reports/ar.pdf
    """
    import os
    import shlex
    import time

    from .report import build_report
    ins = [corpus, *lexicons, *audit]
    check_output(pdf, ins)
    check_output(html, ins, option="--html")
    check_output(figures, ins, kind="folder", option="--figures")
    if html is not None and pdf is not None and os.path.realpath(html) == os.path.realpath(pdf):
        raise UsageError("-o and --html name the same file: give two names")
    started = time.perf_counter()
    command = "framing " + shlex.join(["report", *_without_jobs(sys.argv[sys.argv.index("report") + 1:])]) \
        if "report" in sys.argv else None
    written = build_report(corpus, list(lexicons), exclude_copies=exclude_copies,
                           families=list(families) or None, by=by,
                           within_events=within_events, voice=voice, title=title, lang=lang,
                           report_lang=report_lang, pdf=pdf, html=html, figures=figures, command=command,
                           n_boot=n_boot, seed=seed, audit=list(audit) or None, jobs=jobs,
                           **_filters(outlet, since, until, event))
    what = ", ".join(str(written[k]) for k in ("pdf", "html", "articles") if k in written)
    if "figures" in written:
        what += f", {len(written['figures'])} figure files in {figures}"
    click.echo(f"wrote {what} in {time.perf_counter() - started:.1f} s", err=True)


def _without_jobs(args: list[str]) -> list[str]:
    """The command line without ``--jobs N`` (the title page prints the command: the report must
    not change with the number of workers)."""
    out, skip = [], False
    for a in args:
        if skip:
            skip = False
        elif a == "--jobs":
            skip = True
        elif not a.startswith("--jobs="):
            out.append(a)
    return out


# == audit (framing.audit): hand validation of lexicon matches ==
@main.group("audit")
def audit_group():
    """Hand validation: sample matches to label, then score precision and agreement.

    \b
    Examples:
      framing audit sample mycorpus --lexicon captives --per-term 20 -o audit-ana.csv
      framing audit score audit-ana.csv audit-ben.csv --corpus mycorpus
      framing terms mycorpus --lexicon captives --by outlet --audit audit-ana.csv
    """


@audit_group.command("sample")
@click.argument("corpus", type=click.Path())
@click.option("--lexicon", "lexicon", required=True, metavar="NAME|FILE", help="Shipped lexicon name or YAML file.")
@click.option("--family", default=None, metavar="ID", help="Only this family of the lexicon.")
@click.option("--per-term", type=click.IntRange(min=1), default=20, show_default=True,
              help="Lines drawn per term (all of them when a term has fewer).")
@click.option("--voice", default="own", show_default=True, metavar="own|quoted|reported|all",
              callback=lambda c, p, v: _voice_option(v), help="Which matches to draw from: " + _VOICE_KINDS)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the draw (same seed, same lines).")
@click.option("--width", type=click.IntRange(min=0), default=80, show_default=True,
              help="Characters of context on each side.")
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False), metavar="FILE.csv|FILE.jsonl",
              help="Write the lines to label here (CSV opens right in Excel/LibreOffice; or JSONL).")
@_EXCLUDE_COPIES
@_FILTERS
@_JOBS
@_ENGINE
def audit_sample_cmd(corpus, lexicon, family, per_term, voice, seed, width, output, exclude_copies=False, outlet=(),
                     since=None, until=None, event=(), jobs=None, engine="local", scheduler=None):
    """Draw concordance lines to check by hand, stratified by term, with empty coder columns
    sense_ok (1/0), voice_ok (1/0), coder and note.

    \b
    Examples:
      framing audit sample mycorpus --lexicon captives -o audit.csv
      framing audit sample mycorpus --lexicon casualties --family casualties --per-term 30 --seed 7 -o a.jsonl
    """
    from .audit import sample, write_audit
    from .audit.files import check_replaceable
    if output:
        check_replaceable(output)                 # before the sampling; write_audit checks again
    lines = _on(engine, scheduler, sample)(_streamed(corpus), lexicon, family=family, per_term=per_term, voice=voice,
                                           seed=seed, width=width, jobs=jobs, exclude_copies=exclude_copies,
                                           **_filters(outlet, since, until, event))
    if output:
        write_audit(lines, output)
        click.echo(f"wrote {len(lines)} lines ({lines['term'].nunique()} terms) to {output}", err=True)
    else:
        emit_table(lines)
    if len(lines) == 0:
        sys.exit(EXIT_NOTHING)


@audit_group.command("score")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--corpus", default=None, type=click.Path(), help="Check that every labelled match still exists "
              "in this corpus with the current lexicon (lines that do not are reported).")
@click.option("--lexicon", "lexicon", default=None, metavar="NAME|FILE",
              help="Lexicon to check against (default: the one named in the audit file).")
@format_option("Format of the per-term table written with -o (default: from its suffix); of the tables printed "
               "(csv, jsonl, csv-excel) instead of readable tables.")
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False),
              help="Also write the per-term table here (format from --format, else the suffix).")
@RAW_CSV
def audit_score_cmd(files, corpus, lexicon, fmt, output, raw_csv=False):
    """Precision per term and family (Wilson 95% intervals), voice accuracy, and, for two or more
    coders (one file each, or a coder column), Cohen's kappa / Krippendorff's alpha and the lines
    they disagree on.

    \b
    Examples:
      framing audit score audit.csv
      framing audit score audit-ana.csv audit-ben.csv --corpus mycorpus -o precision.csv
    """
    from .audit import score
    check_format(fmt, output)
    res = score(list(files), corpus=_load_corpus(corpus) if corpus else None, lexicon=lexicon)
    for head, table in (("precision per term", res.terms), ("precision per family", res.families),
                        ("agreement between coders", res.agreement if len(res.coders) > 1 else None),
                        ("lines the coders disagree on", res.disagreements if len(res.disagreements) else None),
                        ("labelled lines whose match no longer exists", res.stale if len(res.stale) else None)):
        if table is not None:
            click.echo(f"# {head}")
            emit_table(table.round(3), None if fmt in BINARY_FORMATS else fmt, raw=raw_csv)
            click.echo("")
    click.echo(res.summary())
    if output:
        from ._io import write_table
        write_table(res.terms, output, fmt, raw=raw_csv)
        click.echo(f"wrote {output}", err=True)
    if res.n_lines == 0:
        sys.exit(EXIT_NOTHING)


if __name__ == "__main__":  # pragma: no cover
    main()
