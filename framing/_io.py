"""Small I/O helpers shared by every stage: atomic writes and table formats."""
from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

import pandas as pd

from .errors import UsageError

TABLE_FORMATS = ("csv", "jsonl", "parquet", "xlsx", "csv-excel")


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike):
    """Yield a temporary path beside ``path``; on success rename it over ``path``.

    A failure leaves the previous file untouched and removes the temporary one.
    """
    path = Path(path)
    if path.is_symlink():                     # write through to the target, keep the link
        path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)      # mkstemp makes 0600; give the file the usual mode
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean_leftovers(path: Path) -> None:
    """Remove ``.NAME.PID-*.tmp`` files beside ``path`` that a killed run left (its process is gone)."""
    with contextlib.suppress(OSError):
        for p in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
            m = re.match(r"(\d+)-", p.name[len(path.name) + 2:])
            if m and int(m.group(1)) != os.getpid() and not _alive(int(m.group(1))):
                with contextlib.suppress(OSError):
                    p.unlink()


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


# -- spreadsheet formulas ------------------------------------------------------
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?")


def neutral(value):
    """A cell a spreadsheet would run as a formula (text starting with ``= + - @``, tab or CR)
    with a single quote in front (the OWASP recipe); numbers such as ``-3.5`` stay numbers."""
    if isinstance(value, str) and value and value[0] in "=+-@\t\r" and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_csv(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with every text cell and column name passed through :func:`neutral` (a copy)."""
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object or pd.api.types.is_string_dtype(out[c].dtype):
            out[c] = out[c].map(neutral, na_action="ignore")
    out.columns = [neutral(c) if isinstance(c, str) else c for c in out.columns]
    return out


def csv_text(df: pd.DataFrame, raw: bool = False) -> str:
    """``df`` as CSV text; formulas neutralised unless ``raw``."""
    return (df if raw else safe_csv(df)).to_csv(index=False)


# -- output paths --------------------------------------------------------------
def _corpus_around(p: Path) -> Path | None:
    """The corpus folder ``p`` is in (or is), if any."""
    from ._store import ARTICLES, MARKER
    for d in [p, *p.parents]:
        if (d / MARKER).is_file() or ((d / ARTICLES).is_file() and (d / "manifest.json").is_file()):
            return d
    return None


def check_output(output, inputs=(), kind: str = "file", option: str = "-o") -> None:
    """Refuse an output that would destroy an input: raises :class:`UsageError` when ``output``
    resolves to one of ``inputs`` or (for ``kind="file"`` or ``"folder"``) into a corpus
    folder, or when a file output is an existing folder.  ``kind="corpus"``: the output is a
    corpus folder (it may be the input corpus itself, but not an input file or inside another corpus)."""
    if output is None:
        return
    out = Path(os.path.realpath(output))
    if kind == "file" and out.is_dir():
        raise UsageError(f"{option} {output} is a folder: give a file name")
    for inp in inputs:
        if inp is None or not os.path.exists(inp):
            continue
        src = Path(os.path.realpath(inp))
        if out == src and not (kind == "corpus" and src.is_dir()):
            raise UsageError(f"{option} {output} is the input {inp}: it would be overwritten; choose another name")
        if kind != "corpus" and src.is_dir() and src in out.parents and _corpus_around(src):
            raise UsageError(f"{option} {output} is inside the input corpus {inp}: write it elsewhere")
    around = _corpus_around(out.parent if kind == "corpus" else out)
    if around is not None:
        raise UsageError(f"{option} {output} is inside the corpus folder {around}: write it elsewhere")


def write_table(df: pd.DataFrame, path: str | os.PathLike, fmt: str | None = None, raw: bool = False) -> None:
    """Write ``df`` atomically as csv, jsonl, parquet, xlsx (a spreadsheet) or csv-excel (CSV in UTF-8
    with a byte-order mark, so Excel shows Arabic), from ``fmt`` or the file suffix; in CSV, cells a
    spreadsheet would run as formulas are neutralised unless ``raw`` (xlsx cells are text, never formulas)."""
    fmt = fmt or Path(path).suffix.lstrip(".").lower() or "csv"
    if fmt == "json":
        fmt = "jsonl"
    if fmt not in TABLE_FORMATS:
        raise UsageError(f"unknown table format {fmt!r}: expected one of {', '.join(TABLE_FORMATS)}")
    with atomic_path(path) as tmp:
        if fmt == "csv":
            (df if raw else safe_csv(df)).to_csv(tmp, index=False)
        elif fmt == "csv-excel":
            (df if raw else safe_csv(df)).to_csv(tmp, index=False, encoding="utf-8-sig")
        elif fmt == "xlsx":
            from ._xlsx import write_xlsx
            write_xlsx(df, tmp)
        elif fmt == "jsonl":
            df.to_json(tmp, orient="records", lines=True, force_ascii=False, date_format="iso")
        else:
            df.to_parquet(tmp, index=False, row_group_size=50_000)
