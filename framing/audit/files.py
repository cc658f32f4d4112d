"""Audit files: the lines to label, as CSV (for a spreadsheet) or JSONL, read back with codes as numbers.

Columns (:data:`AUDIT_COLUMNS`): ``id, outlet, published, family, term, field (title|text),
start, end`` (character offsets of the match in the original field), ``left, match, right`` (the
context in the outlet's own spelling), ``voice`` (own|quoted, as the matcher said), then the coder's
columns ``sense_ok`` (1 = the word means what the term means here, 0 = it does not, empty = not
coded yet), ``voice_ok`` (1 = the voice label is right, 0 = wrong, empty = not checked), ``coder``
(initials), ``note`` (free text), ``lexicon`` (the lexicon the lines were drawn from) and
``term_matches`` (how many matches the term had in the corpus when the lines were drawn: the size
of its stratum, which weights the family's precision).

CSV is written in UTF-8 with a byte-order mark (Excel then shows Arabic instead of mojibake) and
every text cell starting with ``= + - @`` (or a tab / carriage return) gets a leading ``'`` so a
spreadsheet never runs it as a formula; :func:`read_audit` removes that ``'`` again.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

from .._io import atomic_path
from ..errors import FramingError, InputError, SchemaError, UsageError

__all__ = ["AUDIT_COLUMNS", "CODER_COLUMNS", "KEY", "write_audit", "read_audit", "parse_code", "coded_lines"]

CODER_COLUMNS = ["sense_ok", "voice_ok", "coder", "note"]
AUDIT_COLUMNS = ["id", "outlet", "published", "family", "term", "field", "start", "end", "left", "match",
                 "right", "voice", *CODER_COLUMNS, "lexicon", "term_matches"]
#: the columns that identify a line (one match of one term)
KEY = ["id", "field", "start", "end", "family", "term"]
REQUIRED = ["id", "term", "field", "start", "end", "sense_ok"]
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_YES = {"1", "1.0", "y", "yes", "true", "t", "ok", "نعم"}
_NO = {"0", "0.0", "n", "no", "false", "f", "لا"}


def parse_code(value):
    """A coder's answer as 1.0, 0.0 or NaN (empty, skip); ``ValueError`` for anything else."""
    if value is None or (isinstance(value, float) and value != value):
        return float("nan")
    if isinstance(value, bool):
        return float(value)
    s = str(value).strip().lower()
    if s in ("", "nan", "none", "skip", "s", "?", "-"):
        return float("nan")
    if s in _YES:
        return 1.0
    if s in _NO:
        return 0.0
    raise ValueError(f"expected 1 (yes), 0 (no) or empty, got {value!r}")


def _neutral(v):
    return "'" + v if isinstance(v, str) and v.startswith(_FORMULA) else v


def _code_text(v) -> str:
    return "" if v != v or v is None else str(int(v))


def write_audit(lines: pd.DataFrame, path, fmt: str | None = None, *, overwrite: bool = False) -> Path:
    """Write audit ``lines`` atomically to ``path``: ``csv`` (default; UTF-8 with BOM, formula cells
    neutralised) or ``jsonl`` (from ``fmt`` or the suffix).  Returns the path.

    A file already at ``path`` that holds coded lines, or is not an audit file, is refused
    (``UsageError``, as ``framing audit sample -o`` refuses it) unless ``overwrite=True``, which
    the :class:`~framing.audit.Labeller` passes when it saves the file it is coding."""
    path = Path(path)
    if not overwrite:
        check_replaceable(path, hint=", or pass overwrite=True")
    fmt = fmt or path.suffix.lstrip(".").lower() or "csv"
    fmt = "jsonl" if fmt == "json" else fmt
    if fmt not in ("csv", "jsonl"):
        raise UsageError(f"an audit file is .csv or .jsonl, got {path.name!r}")
    df = lines.copy()
    for c in ("sense_ok", "voice_ok"):
        if c in df:
            df[c] = df[c].map(parse_code)
    with atomic_path(path) as tmp:
        if fmt == "csv":
            for c in ("sense_ok", "voice_ok"):
                if c in df:
                    df[c] = df[c].map(_code_text)
            obj = df.select_dtypes(include=["object", "string"]).columns
            df[obj] = df[obj].map(_neutral)
            df.to_csv(tmp, index=False, encoding="utf-8-sig")
        else:
            with open(tmp, "w", encoding="utf-8") as f:
                for rec in df.to_dict("records"):
                    rec = {k: (None if not isinstance(v, str) and pd.isna(v) else
                               int(v) if k in ("start", "end", "sense_ok", "voice_ok", "term_matches") else v)
                           for k, v in rec.items()}
                    f.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
    return path


def _read_csv(path: Path) -> pd.DataFrame:
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "cp1256"):          # Excel on Arabic Windows saves "CSV" in cp1256
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1256 decodes almost anything
        raise InputError(f"{path}: cannot decode the file (save it as CSV UTF-8)")
    first = text.split("\n", 1)[0]
    sep = ";" if first.count(";") > first.count(",") else ","   # spreadsheets in some locales use ;
    import io
    df = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    return df.map(lambda v: v[1:] if isinstance(v, str) and v[:1] == "'" and v[1:2] in _FORMULA and v[1:2]
                  else v)


def check_replaceable(path, hint: str = "") -> None:
    """``UsageError`` when ``path`` is a file that a new sample would destroy: one holding coded
    lines, or one that is not an audit file; nothing when it is absent or nobody coded it yet."""
    try:
        coded = coded_lines(path)
    except FramingError as e:
        raise UsageError(f"{path} exists and is not an audit file a new sample may replace ({e}): "
                         f"write the sample to another file{hint}") from None
    if coded:
        raise UsageError(f"{path} holds {coded} coded line(s): write the new sample to another file "
                         f"(the codes would be lost), or move that one away first{hint}")


def coded_lines(path) -> int:
    """How many lines of the audit file at ``path`` a coder has filled in (``sense_ok``,
    ``voice_ok`` or ``coder``); 0 when there is no such file; the errors of :func:`read_audit` when
    it is not an audit file."""
    path = Path(os.fspath(path))
    if not path.is_file():
        return 0
    df = read_audit(path)
    done = df["sense_ok"].notna() | df["voice_ok"].notna() | df["coder"].astype(str).str.strip().ne("")
    return int(done.sum())


def read_audit(path) -> pd.DataFrame:
    """Read an audit file (``.csv`` or ``.jsonl``, as written by :func:`write_audit` or saved by a
    spreadsheet): :data:`AUDIT_COLUMNS` (missing optional ones empty), ``start``/``end`` as
    integers and ``sense_ok``/``voice_ok`` as 1.0 / 0.0 / NaN.  Errors name the file and line."""
    path = Path(os.fspath(path))
    if not path.is_file():
        raise InputError(f"no audit file {path}")
    try:
        if path.suffix.lower() in (".jsonl", ".json"):
            df = pd.read_json(path, lines=True, dtype=False)
            df = df.astype({c: str for c in df.columns if c not in ("start", "end", "sense_ok", "voice_ok")})
            df = df.replace({"None": "", "nan": ""})
        else:
            df = _read_csv(path)
    except (ValueError, OSError) as e:
        raise InputError(f"{path}: cannot read the audit file: {str(e).splitlines()[0]}") from e
    if "sense_ok" not in df.columns and "sense" in df.columns:     # validation/labels/precision-*.csv
        df = df.rename(columns={"sense": "sense_ok"})
    if "id" not in df.columns and "doc_id" in df.columns:         # files written before the key was `id`
        df = df.rename(columns={"doc_id": "id"})
    missing = [c for c in REQUIRED if c not in df.columns]
    if missing:
        raise SchemaError(f"{path}: not an audit file: no column(s) {', '.join(missing)} "
                          f"(make one with framing audit sample)")
    for c in AUDIT_COLUMNS:
        if c not in df.columns:
            df[c] = ""
    first = 1 if path.suffix.lower() in (".jsonl", ".json") else 2     # line of the first record
    for c in ("start", "end"):
        num = pd.to_numeric(df[c], errors="coerce")
        bad = num.isna() | (num % 1 != 0)
        if bad.any():
            i = int(bad.to_numpy().argmax())
            raise InputError(f"{path}:{i + first}: {c}: expected a character offset (a whole number), "
                             f"got {df[c].iat[i]!r}")
        df[c] = num.astype("int64")
    for c in ("sense_ok", "voice_ok"):
        vals = []
        for line, v in enumerate(df[c].tolist(), start=first):
            try:
                vals.append(parse_code(v))
            except ValueError as e:
                raise InputError(f"{path}:{line}: {c}: {e}") from e
        df[c] = pd.Series(vals, index=df.index, dtype="float64")
    df["id"] = df["id"].astype(str)
    df["term_matches"] = pd.to_numeric(df["term_matches"], errors="coerce")
    return df[AUDIT_COLUMNS + [c for c in df.columns if c not in AUDIT_COLUMNS]]
