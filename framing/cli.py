"""The ``framing`` command line: thin verbs over the public Python API.

Conventions (tested in ``tests/test_cli.py``):

* every verb has ``--help`` with an example;
* verbs that produce a table take ``--format csv|jsonl|parquet`` and ``-o FILE``
  and print a readable table on stdout otherwise;
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

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except UsageError as e:
            self._fail(ctx, e, EXIT_USAGE)
        except FramingError as e:
            self._fail(ctx, e, EXIT_NOTHING)
        except KeyboardInterrupt:
            click.echo("error: interrupted", err=True)
            sys.exit(130)
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


def table_output(func):
    """Add ``--format`` and ``-o/--output`` to a verb that returns a DataFrame.

    The wrapped function returns the table; it is written to ``-o`` in the
    given (or suffix-implied) format, or printed readably on stdout.  An empty
    table exits 1 ("nothing usable produced") after writing the header.
    """
    @click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default=None,
                  help="Table format (default: from the -o suffix, csv; a readable table on stdout).")
    @click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
                  help="Write the table to this file instead of stdout.")
    @functools.wraps(func)
    def wrapper(*args, fmt=None, output=None, **kwargs):
        df = func(*args, **kwargs)
        emit_table(df, fmt, output)
        if df is not None and len(df) == 0:
            sys.exit(EXIT_NOTHING)
    return wrapper


def emit_table(df, fmt=None, output=None) -> None:
    """Write ``df`` to ``output`` (atomically) or print it on stdout."""
    from ._io import write_table
    if df is None:
        return
    if output:
        write_table(df, output, fmt)
        click.echo(f"wrote {len(df)} rows to {output}", err=True)
    elif fmt == "csv":
        click.echo(df.to_csv(index=False), nl=False)
    elif fmt == "jsonl":
        click.echo(df.to_json(orient="records", lines=True, force_ascii=False, date_format="iso"), nl=False)
    elif fmt == "parquet":
        raise UsageError("--format parquet needs -o FILE (Parquet is binary)")
    else:
        import pandas as pd
        with pd.option_context("display.max_rows", 200, "display.max_columns", 50, "display.width", 200,
                               "display.max_colwidth", 60):
            click.echo(df.to_string(index=False) if len(df) else "(no rows)")


def parse_map(pairs) -> dict[str, str]:
    """``--map source=outlet --map body=text`` → ``{"source": "outlet", "body": "text"}``."""
    out = {}
    for p in pairs or ():
        if "=" not in p:
            raise UsageError(f"--map expects NAME=COLUMN, got {p!r}")
        k, v = p.split("=", 1)
        out[k.strip()] = v.strip()
    return out


# ---------------------------------------------------------------------------
# Verbs. Each block is owned by one stage; keep them thin.
# ---------------------------------------------------------------------------

# == ingest (framing.ingest) ==
@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", "out", required=True, type=click.Path(file_okay=False),
              help="Corpus directory to write (replaced atomically unless --append).")
@click.option("--outlet", default=None, help="Outlet name for every input (default: the page's site name, "
              "its domain, or the file's directory name).")
@click.option("--format", "fmt", type=click.Choice(["auto", "html", "text", "table"]), default="auto",
              show_default=True, help="Input kind: web pages, text saved from a browser, or JSONL/CSV/Parquet tables.")
@click.option("--append", is_flag=True, help="Add to the corpus at -o instead of replacing it.")
@click.option("--map", "maps", multiple=True, metavar="NAME=COLUMN",
              help="Table column to use as a corpus column, e.g. --map source=outlet --map body=text.")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary line.")
def ingest_cmd(paths, out, outlet, fmt, append, maps, quiet):
    """Read saved pages, browser text and tables into a corpus directory.

    Files and directories (recursively).  Every input becomes an article or a
    line in CORPUS/rejects.csv with the reason.

    \b
    Examples:
      framing ingest saved_pages/ -o mycorpus
      framing ingest page.txt --outlet "RT Arabic" -o mycorpus --append
      framing ingest export.csv --map source=outlet --map body=text -o mycorpus
    """
    from .errors import InputError
    from .ingest import ingest, write_corpus
    res = ingest(list(paths), outlet=outlet, format=fmt, progress=False if quiet else None,
                 columns=parse_map(maps), exclude=[out])
    if len(res.articles) == 0:
        first = "; ".join(f"{i}: {r}" for i, r in res.rejects.head(3).itertuples(index=False))
        raise InputError(f"no article produced from {len(res.inputs)} file(s), {len(res.rejects)} reject(s)"
                         + (f": {first}" if first else ""))
    write_corpus(out, res.articles, res.rejects, inputs=res.inputs, append=append)
    if not quiet:
        click.echo(f"{out}: {res.summary()} from {len(res.inputs)} file(s)"
                   + (f" (reasons in {out}/rejects.csv)" if len(res.rejects) else ""), err=True)


# == lexicon, terms, kwic, compare (framing.lexicon, framing.stats) ==

# == events, keyness (framing.events, framing.stats.keyness) ==

# == report (framing.report) ==


if __name__ == "__main__":  # pragma: no cover
    main()
