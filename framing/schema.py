"""The corpus schema: column names, file names of a corpus directory, stable ids, and
bringing any table of articles to the columns (:func:`from_frame`).  The bottom of the
corpus layer: :mod:`framing.tables` (reading), :mod:`framing.storage` (writing) and
:mod:`framing.corpus` (the ``Corpus`` object) build on it."""
from __future__ import annotations

import datetime as _dt
import difflib
import hashlib
import json
from collections.abc import Iterable, Mapping

import pandas as pd

from .errors import NoEventsError, SchemaError
from .text.script import detect_lang

COLUMNS = ["id", "outlet", "url", "published", "title", "text", "lang", "credit",
           "event_id", "source_path", "source_sha256"]
REQUIRED = ["outlet", "text"]
_ALIASES = {"published": ["date", "published_at", "pubdate", "datetime", "time"],
            "outlet": ["source", "site", "newspaper", "outlet_name", "media"],
            "text": ["body", "content", "article", "article_text"],
            "title": ["headline"],
            "url": ["link"]}
ARTICLES, REJECTS, MANIFEST, EVENTS = "articles.parquet", "rejects.csv", "manifest.json", "events.parquet"


def stable_id(*parts: str | None) -> str:
    """A short stable id from the given strings (sha256, 16 hex digits)."""
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:16]


def _suggest(name: str, columns: Iterable[str], cutoff: float = 0.5) -> str:
    """`` (did you mean 'NAME'?)`` for the one of ``columns`` closest to ``name`` (difflib ratio ``cutoff`` or
    more), or ``""``: the hint of every unknown column, group or outlet."""
    close = difflib.get_close_matches(name, list(columns), n=1, cutoff=cutoff)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_map(df: pd.DataFrame, columns: Mapping[str, str] | None) -> dict[str, str]:
    """``columns`` (table name → corpus column, as ``--map NAME=COLUMN``) checked against ``df``:
    :class:`~framing.errors.UsageError` when a NAME is not a column of the table, or when the
    COLUMN is already one (the mapping would make two columns of that name)."""
    from .errors import UsageError
    columns = dict(columns or {})
    have = [str(c) for c in df.columns if not str(c).startswith("_")]
    for src, t in columns.items():
        if src not in df.columns:
            raise UsageError(f"--map {src}={t}: the table has no column {src!r}; its columns are: {', '.join(have)}")
        if t in df.columns and src != t:
            raise UsageError(f"--map {src}={t}: the table already has a column {t!r}; mapping {src!r} onto it "
                             f"would make two (leave out --map {src}={t}, or rename or drop {t!r} first)")
    return columns


def fold_case(df: pd.DataFrame, columns: Mapping[str, str] | None = None) -> pd.DataFrame:
    """``df`` with the columns that spell a corpus column or a recognised name in other letter
    cases or with spaces around it (``Outlet``, ``TEXT``, `` Date``: a spreadsheet's export)
    renamed to it, unless the table has that name already or ``columns`` maps to or from it."""
    columns = dict(columns or {})
    known = ({*COLUMNS, *(n for names in _ALIASES.values() for n in names)}
             - {"source_path", "source_sha256"})      # (the toolkit's provenance: a table's own is kept apart)
    taken = set(map(str, df.columns)) | set(columns.values())
    rename = {}
    for c in df.columns:
        k = c.strip().lower() if isinstance(c, str) else None
        if k in known and k not in taken and c not in columns:
            rename[c] = k
            taken.add(k)
    return df.rename(columns=rename) if rename else df


def check_map_targets(columns: Mapping[str, str] | None, have: Iterable[str]) -> None:
    """:class:`SchemaError` when a required column is missing from ``have`` (the table's columns
    after the mapping) because a ``--map NAME=COLUMN`` misspells it (``--map site=outlett``)."""
    have = set(map(str, have))
    for col in REQUIRED:
        if col in have or any(n in have for n in _ALIASES.get(col, [])):
            continue
        for src, t in (columns or {}).items():
            if t != col and difflib.get_close_matches(t, [col], cutoff=0.6):
                raise SchemaError(f"table has no {col!r} column: --map {src}={t} names {t!r}, not a corpus "
                                  f"column (did you mean --map {src}={col}?)")


def from_frame(df: pd.DataFrame, columns: Mapping[str, str] | None = None,
               source: str | None = None) -> pd.DataFrame:
    """Bring a table of articles to the corpus schema (a new DataFrame; ``df`` is not changed).

    ``columns`` maps the table's names to schema names (``{"source": "outlet"}``).
    Without it, common names are recognised (``date`` → ``published``, ``body`` →
    ``text``, …), in any letter case (``Outlet``, ``Date``: :func:`fold_case`).  Rows keep their own ``id`` when they have one; otherwise the
    id is derived from outlet, title and text, so the same row always gets the
    same id.  Raises :class:`SchemaError` naming the missing column.
    """
    columns = check_map(df, columns)
    df = fold_case(df.rename(columns=columns), columns)
    for target, names in _ALIASES.items():
        if target not in df.columns:
            for n in names:
                if n in df.columns:
                    df = df.rename(columns={n: target})
                    break
    check_map_targets(columns, df.columns)
    for col in REQUIRED:
        if col not in df.columns:
            raise SchemaError(f"table has no {col!r} column{_suggest(col, df.columns)}; "
                              f"columns are: {', '.join(map(str, df.columns))} "
                              f"(map one with columns={{'NAME': '{col}'}} or --map NAME={col})")
    df = df.copy()
    for col in COLUMNS:
        if col not in df.columns:
            df[col] = None
    text = df["text"].astype("string")
    df["title"] = df["title"].astype("string")
    df["outlet"] = df["outlet"].astype("string").str.strip()
    if df["id"].isna().any():
        gen = [stable_id(o, t, x) for o, t, x in zip(df["outlet"], df["title"], text)]
        df["id"] = df["id"].astype("string").fillna(pd.Series(gen, index=df.index, dtype="string"))
    if df["lang"].isna().any():
        df["lang"] = df["lang"].astype("string").fillna(text.map(detect_lang, na_action="ignore"))
    df["published"] = df["published"].map(_iso, na_action="ignore")
    if source is not None and df["source_path"].isna().all():
        df["source_path"] = [f"{source}#{i + 1}" for i in range(len(df))]
    if df["source_sha256"].isna().all():
        df["source_sha256"] = [hashlib.sha256(json.dumps([o, t, x], ensure_ascii=False, default=str)
                                              .encode()).hexdigest()
                               for o, t, x in zip(df["outlet"], df["title"], text)]
    extra = [c for c in df.columns if c not in COLUMNS]
    out = df[COLUMNS + extra]
    return out.astype({c: "string" for c in COLUMNS})


def _iso(value) -> str | None:
    if isinstance(value, (_dt.date, pd.Timestamp)):
        return value.isoformat()
    s = str(value).strip()
    return s or None


def require_events(df: pd.DataFrame, *, copies: bool = False, what: str = "this") -> None:
    """Raise :class:`~framing.errors.NoEventsError` when ``df`` has no event ids (``copies=True``:
    no ``copy_of`` column): the one message every function that needs events gives."""
    if copies:
        if "copy_of" not in df.columns:
            raise NoEventsError(f"the corpus has no copy_of column ({what} leaves out wire copies): "
                                f"run framing events first to detect copies")
    elif len(df) == 0:
        raise NoEventsError(f"the corpus has no articles, so {what} has no events to compare")
    elif "event_id" not in df.columns or df["event_id"].isna().all():
        raise NoEventsError(f"the corpus has no events (event_id is empty) and {what} needs them: "
                            f"run framing events first")


def most_frequent(df: pd.DataFrame, key: str, col: str, *, text_keys: bool = False) -> pd.Series:
    """Each value of column ``key`` (as text with ``text_keys``) → the most frequent value of ``col`` in its rows
    (of a tie, the first in sort order); rows missing either left out; empty without column ``col``."""
    if col not in df.columns:
        return pd.Series(dtype=object)
    d = df[[key, col]].dropna()
    return d.groupby(d[key].astype(str) if text_keys else key)[col].agg(lambda v: v.mode().iat[0])


def own_event_labels(df: pd.DataFrame) -> pd.Series:
    """event id (as text) → the label the input table gave that event: the most frequent value of
    its ``event_label`` column (empty without that column or any value in it)."""
    return most_frequent(df, "event_id", "event_label", text_keys=True)


def only_lang(df: pd.DataFrame, lang: str | None) -> pd.DataFrame:
    """The articles of ``df`` in language ``lang`` (``ar``, ``en``, …; from the ``lang``
    column, detected from title and text when the column is missing); all of them for None."""
    if lang is None:
        return df
    if "lang" in df.columns:
        langs = df["lang"]
    else:
        titles = df["title"] if "title" in df.columns else pd.Series(None, index=df.index, dtype=object)
        langs = [detect_lang(f"{'' if pd.isna(t) else t} {'' if pd.isna(x) else x}") for t, x in zip(titles, df["text"])]
    return df[pd.Series(list(langs), index=df.index).eq(lang).fillna(False).to_numpy(dtype=bool)]
