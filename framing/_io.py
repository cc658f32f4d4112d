"""Small I/O helpers shared by every stage: atomic writes and table formats."""
from __future__ import annotations

import contextlib
import os
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
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
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


def write_table(df: pd.DataFrame, path: str | os.PathLike, fmt: str | None = None) -> None:
    """Write ``df`` atomically as csv, jsonl, parquet, xlsx (a spreadsheet) or csv-excel (CSV in UTF-8
    with a byte-order mark, so Excel shows Arabic), from ``fmt`` or the file suffix."""
    fmt = fmt or Path(path).suffix.lstrip(".").lower() or "csv"
    if fmt == "json":
        fmt = "jsonl"
    if fmt not in TABLE_FORMATS:
        raise UsageError(f"unknown table format {fmt!r}: expected one of {', '.join(TABLE_FORMATS)}")
    with atomic_path(path) as tmp:
        if fmt == "csv":
            df.to_csv(tmp, index=False)
        elif fmt == "csv-excel":
            df.to_csv(tmp, index=False, encoding="utf-8-sig")
        elif fmt == "xlsx":
            from ._xlsx import write_xlsx
            write_xlsx(df, tmp)
        elif fmt == "jsonl":
            df.to_json(tmp, orient="records", lines=True, force_ascii=False, date_format="iso")
        else:
            df.to_parquet(tmp, index=False, row_group_size=50_000)
