"""Tables of articles exported by other tools (JSONL, JSON, CSV/TSV, Parquet) → corpus rows.

``read_table(path, outlet=None, columns=None)`` returns ``(articles, rejects)``:
the rows brought to the corpus schema by :func:`framing.schema.from_frame`
(rows keep their own ``id``; ``columns`` maps other names, as ``--map``),
and one reject ``(path#row, reason)`` per row that cannot be an article.  Dates
are rewritten as ISO 8601 by :func:`framing.text.dates.parse_date` (null
when unreadable).  ``outlet`` overrides the table's outlet column.

A table is read row by row where its format allows, so one bad row costs one row:

* the bytes are decoded as pages are (BOM, UTF-16, UTF-8, Arabic code pages); in a UTF-8
  file, a row with an invalid byte is a reject;
* CSV/TSV: a row with the wrong number of fields (a truncated last row, an unterminated
  quote that swallowed the lines after it) is a reject and reading resumes on the next line;
* JSONL: a line that is not a JSON object, is nested too deeply or holds ``NaN``/``Infinity``
  is a reject;
* Parquet: read in batches; a row whose values cannot be converted (a date out of range)
  is a reject;
* a row whose text, title or outlet is not text (``true``, a number, a list), or whose date
  has an impossible time zone offset, is a reject.

``source_path`` (``file#row``) and ``source_sha256`` are the toolkit's provenance columns:
a table's own columns of those names are kept as ``user_source_path`` and ``user_source_sha256``.
"""
from __future__ import annotations

import codecs
import csv
import json
import re
from itertools import islice
from pathlib import Path

import pandas as pd

from .errors import InputError
from .schema import _ALIASES, COLUMNS, check_map, check_map_targets, fold_case, from_frame
from .text.dates import bad_offset, parse_date
from .text.encoding import BOMS, decode_text, utf16_guess

__all__ = ["read_table", "iter_table"]

PROVENANCE = ("source_path", "source_sha256")
#: reasons in the rejects table that start with this are warnings: the input did become an article
WARNING = "warning: "
_ROW = "__framing_row__"   # the row number, while a table is read (a name no export uses)


def table_suffix(path: Path) -> str:
    """The table kind of ``path``: its suffix, or the one before ``.gz`` (``x.jsonl.gz`` → ``.jsonl``)."""
    path = Path(path)
    return Path(path.stem).suffix.lower() if path.suffix.lower() == ".gz" else path.suffix.lower()


def decode_table(raw: bytes) -> str:
    """The text of a table file: BOM/UTF-16/Arabic code pages as for pages; a UTF-8 file with a
    few invalid bytes keeps them as surrogates (``\\udc80``-``\\udcff``) so their rows can be rejected."""
    if not any(raw.startswith(b) for b, _ in BOMS) and utf16_guess(raw) is None:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("utf-8", "surrogateescape")
            bad = len(_SURROGATE.findall(text))
            good = len(_NON_ASCII.findall(text)) - bad
            if good >= 4 * bad or bad <= 2:           # UTF-8 with a few broken bytes
                return text
    return decode_text(raw, InputError)


_SURROGATE = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _broken(s) -> bool:
    """True when ``s`` holds a byte that was not valid UTF-8 (kept as a surrogate by :func:`decode_table`)."""
    return isinstance(s, str) and _SURROGATE.search(s) is not None


def _no_constants(name):
    raise ValueError(f"{name} is not a JSON number")


def _json_row(line: str):
    """A JSON object, or a reason it is not one."""
    if _broken(line):
        return None, "invalid UTF-8 byte in the line"
    try:
        obj = json.loads(line, parse_constant=_no_constants)
    except RecursionError:
        return None, "JSON line nested too deeply"
    except ValueError as e:
        return None, f"invalid JSON line ({str(e).splitlines()[0][:80]})"
    if not isinstance(obj, dict):
        return None, "JSON line is not an object"
    return obj, None


def _read_jsonl(path: Path, text: str, rejects: list) -> pd.DataFrame:
    """JSON lines one by one: a broken line (e.g. a truncated last line) is a reject, the rest is kept
    (:func:`_jsonl_lines` in one chunk)."""
    df, bad = next(_jsonl_lines(path, text.split("\n"), None))
    rejects.extend(bad)
    return df


def _read_json(path: Path, text: str, rejects: list) -> pd.DataFrame:
    """A JSON array of objects (or an object holding one); JSON lines when it is not one document."""
    try:
        data = json.loads(text.lstrip("\ufeff"), parse_constant=_no_constants)
    except RecursionError:
        raise InputError("JSON nested too deeply") from None
    except ValueError:
        return _read_jsonl(path, text, rejects)
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list)]
        if len(lists) == 1 and all(isinstance(x, dict) for x in lists[0]):
            data = lists[0]
        elif lists and len(lists) == len(data):
            try:
                return pd.DataFrame(data).assign(**{_ROW: lambda d: range(1, len(d) + 1)})
            except ValueError as e:
                raise InputError(f"JSON columns of unequal length ({e})") from None
        else:
            data = [data]
    if not isinstance(data, list):
        raise InputError(f"a .json table must hold a list of articles (objects), not a {type(data).__name__}")
    records = []
    for n, obj in enumerate(data, 1):
        if isinstance(obj, dict):
            records.append(obj | {_ROW: n})
        else:
            rejects.append((f"{path}#{n}", "JSON item is not an object"))
    return pd.DataFrame.from_records(records)


def _csv_lines(text: str) -> list[str]:
    return [x + "\n" for x in text.split("\n")] if "\u2028" in text or "\x0b" in text else text.splitlines(True)


def _read_csv(path: Path, text: str, sep: str, rejects: list) -> pd.DataFrame:
    """Rows of a CSV/TSV text (all of :func:`_csv_chunks` at once)."""
    df, bad = next(_csv_chunks(path, _csv_lines(text), sep, rows=None))
    rejects.extend(bad)
    return df


class _Lines:
    """Lines, counted, that can step back: a broken CSV record is read again from the line after
    its first, since the lines it swallowed may be good rows."""

    def __init__(self, lines):
        self.lines, self.back, self.n, self.record = iter(lines), [], 0, []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self.back.pop() if self.back else next(self.lines)
        self.n += 1
        self.record.append(line)
        return line

    def first(self) -> int:
        """The number of the current record's first line (1-based)."""
        return self.n - len(self.record) + 1

    def retry(self) -> None:
        rest = self.record[1:]
        self.back.extend(reversed(rest))
        self.n -= len(rest)
        self.record = []


def _csv_chunks(path: Path, lines, sep: str, rows: int | None):
    """``(raw rows, rejects)`` of CSV/TSV ``lines`` (an iterable of text lines), at most ``rows`` rows
    each (None: one chunk); a broken row is a reject and reading resumes on the line after its first
    line (so an unterminated quote costs one row, not the rest of the file)."""
    src = _Lines(lines)
    header, row, records, rejects = None, 0, [], []

    def take(fields, problem) -> bool:
        """Handle one record; True to read again below its first line."""
        nonlocal header, row, sep
        line, span = src.first(), len(src.record)
        if header is None:
            if not problem and fields:
                swap = sep == "," and len(fields) == 1 and ";" in fields[0]   # Excel's CSV in many locales
                if swap:
                    sep, fields = ";", next(csv.reader([fields[0]], delimiter=";"))
                header = _unique([f.strip().lstrip("\ufeff") for f in fields])
                return swap                      # after a swap the rows are read again with ;
            return False
        if fields == [] and not problem:
            return False
        row += 1
        where = f"{path}#{row}"
        if problem:
            rejects.append((where, f"unreadable CSV row at line {line} ({problem})"))
            return True
        if len(fields) != len(header):
            if span > 1:                 # a stray quote swallowed the lines after it
                rejects.append((where, f"unterminated quote at line {line}"))
                return True
            rejects.append((where, f"row at line {line} has {len(fields)} of {len(header)} fields"
                            + (" (truncated?)" if len(fields) < len(header) else "")))
        elif any(_broken(f) for f in fields):
            rejects.append((where, f"invalid UTF-8 byte in the row at line {line}"))
        else:
            records.append(dict(zip(header, [f if f != "" else None for f in fields])) | {_ROW: row})
        return False

    again = True
    while again:
        again = False
        rd = csv.reader(src, delimiter=sep, strict=False)
        src.record = []
        try:
            for fields in rd:
                if take(fields, None):
                    src.retry()
                    again = True
                    break
                src.record = []
                if rows and len(records) >= rows:
                    yield pd.DataFrame.from_records(records, columns=header + [_ROW]), rejects
                    records, rejects = [], []
        except csv.Error as e:
            take(None, str(e).splitlines()[0][:80])
            src.retry()
            again = True
    if header is None:
        raise InputError("table has no header row")
    yield (pd.DataFrame.from_records(records, columns=header + [_ROW]) if records
           else pd.DataFrame(columns=header)), rejects


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        k = seen.get(n, 0)
        out.append(n if k == 0 else f"{n}.{k}")
        seen[n] = k + 1
    return out


def _read_parquet(path: Path, rejects: list) -> pd.DataFrame:
    frames = []
    for df, bad in _parquet_chunks(path, 5000):
        frames.append(df)
        rejects.extend(bad)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def _parquet_batch(path: Path, batch, row: int, rejects: list) -> pd.DataFrame:
    """One record batch as a DataFrame (``_ROW`` from ``row + 1``); a row whose values cannot be
    converted is a reject."""
    try:
        return batch.to_pandas(timestamp_as_object=True).assign(**{_ROW: range(row + 1, row + 1 + batch.num_rows)})
    except Exception:
        frames = []
        for k in range(batch.num_rows):
            try:
                frames.append(batch.slice(k, 1).to_pandas(timestamp_as_object=True).assign(**{_ROW: row + k + 1}))
            except Exception as e:
                rejects.append((f"{path}#{row + k + 1}", f"unreadable value ({str(e).splitlines()[0][:80]})"))
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def _read_any(path: Path, rejects: list) -> pd.DataFrame:
    suffix = table_suffix(path)                 # (a .parquet file is read by _parquet_chunks, never here)
    if path.suffix.lower() == ".gz":             # a .gz not in UTF-8 (or a JSON document): decompressed in memory
        import gzip
        try:
            raw = gzip.decompress(path.read_bytes())
        except (OSError, EOFError) as e:
            raise InputError(f"not a readable gzip file ({e})") from None
    else:
        raw = path.read_bytes()
    if raw[:4] == b"PAR1":
        return _read_parquet(path, rejects)
    text = decode_table(raw)
    if suffix in (".csv", ".tsv"):
        return _read_csv(path, text, "\t" if suffix == ".tsv" else ",", rejects)
    if suffix == ".json":
        return _read_json(path, text, rejects)
    if suffix in (".jsonl", ".ndjson") or text.lstrip("\ufeff \n\r\t")[:1] in ("{", "["):
        return _read_jsonl(path, text, rejects)
    return _read_csv(path, text, "\t" if text.split("\n", 1)[0].count("\t") > text.split("\n", 1)[0].count(",")
                     else ",", rejects)


def _target_columns(df: pd.DataFrame, columns: dict) -> dict[str, str]:
    """Which column of ``df`` will become text, title, outlet and published (as from_frame maps them)."""
    names = {columns.get(c, c): c for c in df.columns}
    out = {}
    for target in ("text", "title", "outlet", "published"):
        if target in names:
            out[target] = names[target]
            continue
        for alias in _ALIASES.get(target, []):
            if alias in names:
                out[target] = names[alias]
                break
    return out


def _kind(v) -> str | None:
    """None when ``v`` is text or missing, else what it is (``a number``, ``true/false``, ``a list``)."""
    if v is None or isinstance(v, str):
        return None
    if isinstance(v, bool):
        return "true/false"
    if isinstance(v, float) and v != v:
        return None
    if isinstance(v, (int, float)) or type(v).__module__ == "numpy" and hasattr(v, "dtype") and v.dtype.kind in "iufb":
        return "a number"
    if isinstance(v, (list, tuple, dict)) or type(v).__name__ == "ndarray":
        return "a list or object"
    if v is pd.NA or v is pd.NaT:
        return None
    return None


def _lax_rows(df: pd.DataFrame, columns: dict, where: list[str], rejects: list) -> pd.Series:
    """True for the rows to keep; a reject for each row whose text, title or outlet is not text
    or whose date has an impossible time zone offset."""
    ok = [True] * len(df)
    targets = _target_columns(df, columns)
    for target in ("text", "title", "outlet"):
        col = targets.get(target)
        if col is None or col not in df.columns or pd.api.types.is_string_dtype(df[col].dtype) \
                and df[col].dtype != object:
            continue
        for i, v in enumerate(df[col].tolist()):
            k = None if type(v) is str else _kind(v)
            if k and ok[i]:
                ok[i] = False
                rejects.append((where[i], f"{target} is {k}, not text"))
    col = targets.get("published")
    if col is not None and col in df.columns:
        for i, v in enumerate(df[col].tolist()):
            if ok[i] and type(v) is str and v[-1:].isdigit() and bad_offset(v):
                ok[i] = False
                rejects.append((where[i], f"date {v[:40]!r} has an impossible time zone offset"))
    return pd.Series(ok, index=df.index)


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="string") for c in COLUMNS})


def read_table(path: Path, outlet: str | None = None,
               columns: dict[str, str] | None = None) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """Articles and rejects of one table file; raises :class:`InputError`/``SchemaError`` when
    the file cannot be read as a table or lacks an outlet/text column (the chunks of
    :func:`iter_table`, joined)."""
    frames, rejects = [], []
    for df, bad in iter_table(path, outlet=outlet, columns=columns):
        frames.append(df)
        rejects.extend(bad)
    frames = [f for f in frames if len(f)] or frames[:1]
    return (pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]), rejects


#: rows per chunk when a table is read chunk by chunk
CHUNK_ROWS = 5000


def iter_table(path: Path, outlet: str | None = None, columns: dict[str, str] | None = None,
               rows: int = CHUNK_ROWS):
    """``(articles, rejects)`` of a table file, chunk by chunk (at most ``rows`` rows each): JSON
    lines (also ``.jsonl.gz``, decompressed as a stream) and Parquet (by batch) are never held
    whole in memory; so are CSV/TSV files in UTF-8 (also ``.csv.gz``); JSON documents and tables in
    UTF-16 or an Arabic code page are read whole, then cut.  Raises as :func:`read_table`."""
    path = Path(path)
    columns = dict(columns or {})
    first = True
    for raw, rejects in _raw_chunks(path, rows):
        if first and (not isinstance(raw, pd.DataFrame) or raw.empty):
            if rejects:
                yield _empty(), rejects
                continue
            raise InputError("table has no rows")
        if first:
            check_map(raw, columns)                  # a wrong --map is a usage error (one line)
            first = False
        yield _finish_rows(raw, path, outlet, columns, rejects), rejects


def _raw_chunks(path: Path, rows: int):
    """``(raw DataFrame, rejects)`` chunks of a table file (``_ROW`` holds the row numbers)."""
    kind = table_suffix(path)
    if kind in (".jsonl", ".ndjson", ".csv", ".tsv") and _plain_utf8(path):
        if kind in (".csv", ".tsv"):
            yield from _csv_chunks(path, _text_lines(path), "\t" if kind == ".tsv" else ",", rows)
        else:
            yield from _jsonl_lines(path, _text_lines(path), rows)
        return
    if path.suffix.lower() == ".parquet" or _magic(path) == b"PAR1":
        yield from _parquet_chunks(path, rows)
        return
    rejects: list = []
    df = _read_any(path, rejects)
    if not isinstance(df, pd.DataFrame) or df.empty:
        yield df, rejects
        return
    for s in range(0, len(df), rows):
        yield df.iloc[s:s + rows], (rejects if s == 0 else [])


def _magic(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(4)


def _open(path: Path):
    """The file's bytes as a stream (a .gz decompressed as it is read)."""
    if path.suffix.lower() == ".gz":
        import gzip
        return gzip.open(path, "rb")
    return open(path, "rb")


def _plain_utf8(path: Path) -> bool:
    """Whether the start of the file (or its .gz) is plain UTF-8, so it can be read as a stream of lines;
    UTF-16 and Arabic code pages are read whole by :func:`decode_table`."""
    try:
        with _open(path) as f:
            head = f.read(1 << 16)
    except (OSError, EOFError) as e:
        raise InputError(f"not a readable gzip file ({e})") from None
    if any(head.startswith(b) for b, _ in BOMS if b != codecs.BOM_UTF8) or utf16_guess(head) is not None:
        return False
    if b"\r" in head.replace(b"\r\n", b""):          # lines ended by CR alone: split by the whole-file reader
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start < len(head) - 4:                  # not a character cut at the end of the block
            return False
    return True


def _text_lines(path: Path):
    """The file's lines as text (invalid UTF-8 bytes kept as surrogates, so their rows are rejects),
    read as a stream; the byte-order mark left out."""
    try:
        with _open(path) as f:
            for n, line in enumerate(f, 1):
                text = line.decode("utf-8", "surrogateescape")
                yield text.removeprefix("\ufeff") if n == 1 else text
    except (OSError, EOFError) as e:
        raise InputError(f"not a readable gzip file ({e})") from None


def _jsonl_lines(path: Path, lines, rows: int | None):
    """``(raw rows, rejects)`` of JSON ``lines`` (an iterable of text lines), at most ``rows`` rows
    each (None: one chunk); a broken line is a reject."""
    records: list = []
    rejects: list = []
    for n, text in enumerate(lines, 1):
        text = text.rstrip("\n")
        if not text.strip():                 # (Unicode spaces too)
            continue
        obj, why = _json_row(text.lstrip("\ufeff"))
        if why:
            rejects.append((f"{path}#{n}", why))
        else:
            records.append(obj | {_ROW: n})
        if rows and len(records) >= rows:
            yield pd.DataFrame.from_records(records), rejects
            records, rejects = [], []
    yield pd.DataFrame.from_records(records), rejects


def _parquet_chunks(path: Path, rows: int):
    import pyarrow.parquet as pq
    try:
        pf = pq.ParquetFile(path)
    except Exception as e:                     # pyarrow raises several kinds on a broken file
        raise InputError(f"cannot read {path} as a parquet table: {str(e).splitlines()[0][:120]}") from None
    row, any_rows = 0, False
    for batch in pf.iter_batches(batch_size=rows):
        rejects: list = []
        df = _parquet_batch(path, batch, row, rejects)
        row += batch.num_rows
        any_rows = True
        yield df, rejects
    if not any_rows:
        yield pd.DataFrame(), []


def _finish_rows(df: pd.DataFrame, path: Path, outlet, columns: dict, rejects: list) -> pd.DataFrame:
    """Raw rows of a table (with ``_ROW``) → corpus rows; a reject for each row that cannot be one."""
    if df.empty:
        return _empty()
    df = fold_case(df.rename(columns={c: f"user_{c}" for c in PROVENANCE if c in df.columns}), columns)
    rows = df.pop(_ROW).tolist() if _ROW in df.columns else list(range(1, len(df) + 1))
    where = [f"{path}#{n}" for n in rows]
    keep = _lax_rows(df.reset_index(drop=True), columns, where, rejects)
    df = df.reset_index(drop=True)[keep.to_numpy()].reset_index(drop=True)
    where = [w for w, k in zip(where, keep) if k]
    if df.empty:
        return _empty()
    df = df.rename(columns=columns)
    df["source_path"] = where
    if outlet:
        df["outlet"] = outlet
    check_map_targets(columns, df.columns)       # after --outlet, which gives every row its outlet
    df = from_frame(df, source=str(path))
    text = df["text"].fillna("").str.strip()
    bad_text = text.eq("")
    bad_outlet = df["outlet"].fillna("").str.strip().eq("")
    for i in df.index[bad_text | bad_outlet]:
        why = "row has no text" if bad_text[i] else "row has no outlet"
        rejects.append((str(df.at[i, "source_path"]), why))
    df = df[~(bad_text | bad_outlet)].copy()
    raw = df["published"]
    df["published"] = raw.map(parse_date, na_action="ignore").astype("string")
    _warn_dates(df, raw, rejects)
    return df.reset_index(drop=True)


def _warn_dates(df: pd.DataFrame, raw: pd.Series, rejects: list) -> None:
    """A ``warning:`` line per row kept whose date was given but not understood (published left
    empty), so a date in an unknown format is not lost silently."""
    given = raw.notna() & raw.astype("string").str.strip().fillna("").ne("")
    for i in df.index[(given & df["published"].isna()).to_numpy(dtype=bool)]:
        rejects.append((str(df.at[i, "source_path"]),
                        f"{WARNING}date {str(raw[i])[:40]!r} not understood (e.g. 2024-01-31): published left empty"))
