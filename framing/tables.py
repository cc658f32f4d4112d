"""Tables of articles exported by other tools (JSONL, CSV, Parquet) → corpus rows.

``read_table(path, outlet=None, columns=None)`` returns ``(articles, rejects)``:
the rows brought to the corpus schema by :func:`framing.schema.from_frame`
(rows keep their own ``id``; ``columns`` maps other names, as ``--map``),
and one reject ``(path#row, reason)`` per row without text or outlet.  Dates
are rewritten as ISO 8601 by :func:`framing.text.dates.parse_date` (null
when unreadable).  ``outlet`` overrides the table's outlet column.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from .errors import InputError
from .schema import check_map, from_frame
from .text.dates import parse_date

__all__ = ["read_table"]


def table_suffix(path: Path) -> str:
    """The table kind of ``path``: its suffix, or the one before ``.gz`` (``x.jsonl.gz`` → ``.jsonl``)."""
    path = Path(path)
    return Path(path.stem).suffix.lower() if path.suffix.lower() == ".gz" else path.suffix.lower()


def _read_table(path: Path) -> pd.DataFrame:
    suffix = table_suffix(path)
    try:
        if suffix in (".jsonl", ".ndjson"):
            return pd.read_json(path, lines=True, dtype=False)
        if suffix == ".json":
            try:
                return pd.read_json(path, dtype=False)
            except ValueError:
                return pd.read_json(path, lines=True, dtype=False)
        if suffix in (".csv", ".tsv"):
            return pd.read_csv(path, sep="\t" if suffix == ".tsv" else ",", dtype=str,
                               keep_default_na=False, na_values=[""])
        if suffix == ".parquet":
            return pd.read_parquet(path)
    except (ValueError, OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read {path} as a {suffix[1:]} table: {str(e).splitlines()[0]}") from e
    raise InputError(f"cannot read {path}: expected a corpus directory or a .jsonl/.csv/.parquet table")


def _read_jsonl(path: Path, rejects: list) -> pd.DataFrame:
    """JSON lines one by one: a broken line (e.g. a truncated last line) is a reject, the rest is kept."""
    import gzip
    records = []
    with (gzip.open(path, "rb") if path.suffix.lower() == ".gz" else open(path, "rb")) as f:   # streamed
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line.decode("utf-8-sig" if n == 1 else "utf-8"))
            except (ValueError, UnicodeDecodeError) as e:
                rejects.append((f"{path}#{n}", f"invalid JSON line ({str(e).splitlines()[0][:80]})"))
                continue
            if not isinstance(obj, dict):
                rejects.append((f"{path}#{n}", "JSON line is not an object"))
                continue
            obj["_line"] = n
            records.append(obj)
    return pd.DataFrame.from_records(records)


def read_table(path: Path, outlet: str | None = None,
               columns: dict[str, str] | None = None) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """Articles and rejects of one table file; raises :class:`InputError`/``SchemaError`` when
    the file cannot be read as a table or lacks an outlet/text column."""
    path = Path(path)
    rejects: list[tuple[str, str]] = []
    if table_suffix(path) in (".jsonl", ".ndjson"):
        df = _read_jsonl(path, rejects)
    else:
        df = _read_table(path)
    if not isinstance(df, pd.DataFrame) or df.empty:
        if rejects:
            return pd.DataFrame(), rejects
        raise InputError("table has no rows")
    df = df.rename(columns=check_map(df, columns))
    if "source_path" not in df.columns:
        df["source_path"] = [f"{path}#{n}" for n in df.pop("_line")] if "_line" in df.columns else None
    df = df.drop(columns=["_line"], errors="ignore")
    if outlet:
        df["outlet"] = outlet
    df = from_frame(df, source=str(path))
    text = df["text"].fillna("").str.strip()
    bad_text = text.eq("")
    bad_outlet = df["outlet"].fillna("").str.strip().eq("")
    for i in df.index[bad_text | bad_outlet]:
        why = "row has no text" if bad_text[i] else "row has no outlet"
        rejects.append((str(df.at[i, "source_path"]), why))
    df = df[~(bad_text | bad_outlet)].copy()
    df["published"] = df["published"].map(parse_date, na_action="ignore").astype("string")
    return df.reset_index(drop=True), rejects
