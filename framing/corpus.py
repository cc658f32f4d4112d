"""The corpus: articles of several outlets, one row each, stored as Parquet.

A corpus is a directory::

    CORPUS/
      articles.parquet   one row per article (columns below), written in row groups
      rejects.csv        input,reason: every input that did not become an article
      manifest.json      toolkit version, created, inputs with sha256, counts
      events.parquet     (after ``framing events``) one row per event
      .framing-corpus    format marker: this folder is a corpus (see framing/_store.py)
      .framing-lock      the writers' lock

Columns of ``articles.parquet`` (all strings; null where unknown):

=============  ==================================================================
id             stable id: the same input always gets the same id
outlet         outlet name (``--outlet``, the page's site name, or its domain)
url            canonical URL when known
published      publication date, ISO 8601 (``2025-11-12`` or ``2025-11-12T09:30:00+03:00``)
title          headline
text           body text only, paragraphs separated by a blank line
lang           detected language: ``ar``, ``en``, …
credit         source/wire credit printed with the article (``RT + سبوتنيك``, ``Reuters``)
event_id       same-event id shared across outlets (null until ``framing events``)
source_path    the file the article came from (for tables: ``file#row``)
source_sha256  sha256 of the raw input (file bytes, or the row for tables)
=============  ==================================================================

Optional columns added by later stages: ``copy_of`` and ``copy_score`` (wire
copies, ``framing events``).  Extra columns of an input table are kept.

``load(path)`` reads a corpus directory or a JSONL/CSV/Parquet table with at
least ``outlet`` and ``text`` (``id``, ``date``/``published`` and ``title`` are
used when present; ``columns={"source": "outlet"}`` maps other names).
"""
from __future__ import annotations

import hashlib
import html
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from .errors import InputError, SchemaError
from .schema import (ARTICLES, COLUMNS, EVENTS, MANIFEST, REJECTS, REQUIRED, _suggest, from_frame, most_frequent,
                     require_events, stable_id)
from .text.script import detect_lang

__all__ = ["COLUMNS", "Corpus", "load", "select", "from_frame", "stable_id", "detect_lang", "publication_day"]



def load(path: str | os.PathLike | "Corpus", columns: Mapping[str, str] | None = None) -> "Corpus":
    """Open a corpus directory, a JSONL/CSV/Parquet table of articles, or a DataFrame, as a :class:`Corpus`.

    >>> corpus = load("reports/demo-corpus")          # doctest: +SKIP
    >>> corpus = load("export.csv", columns={"source": "outlet", "body": "text"})  # doctest: +SKIP
    """
    if isinstance(path, Corpus):
        return path
    if isinstance(path, pd.DataFrame):      # a DataFrame of articles (corpus columns, or mappable ones)
        return Corpus(path if set(COLUMNS) <= set(path.columns) and not columns else from_frame(path, columns))
    p = Path(path)
    if p.is_dir():
        return _load_dataset(p) if (p / DATASET_MARKER).is_file() else _load_dir(p)
    if not p.exists():
        raise InputError(f"no such corpus or table: {p}")
    from .tables import read_table      # the same reader as framing ingest: dates, bad rows
    df, bad = read_table(p, columns=columns)
    return Corpus(df, path=p, rejects=pd.DataFrame(bad, columns=["input", "reason"], dtype="string"))


def select(corpus, *, outlet: str | Iterable[str] | None = None, since=None, until=None,
           event: str | Iterable[str] | None = None, lang: str | None = None,
           exclude_copies: bool = False) -> "Corpus":
    """The filters every analysis verb shares (same names as the command-line options), as a
    new :class:`Corpus`: ``outlet`` (one name or several: ids, or display names of the outlets
    table), ``since``/``until`` (publication days, inclusive, ``YYYY-MM-DD``), ``event`` (event id
    or ids), ``lang`` (``ar``, ``en``), ``exclude_copies`` (leave out wire copies).  ``corpus``: a
    Corpus, DataFrame or path.
    Unknown outlets or events and unreadable dates are a :class:`~framing.errors.UsageError`;
    a filter that leaves no article is an :class:`InputError`."""
    from .errors import UsageError
    c = load(corpus)
    outlet = None if outlet is None or (not isinstance(outlet, str) and not list(outlet)) else outlet
    event = None if event is None or (not isinstance(event, str) and not list(event)) else event
    if outlet is None and event is None and since is None and until is None and lang is None and not exclude_copies:
        return c
    for name, day in (("since", since), ("until", until)):
        if day is not None and pd.isna(pd.to_datetime(str(day), format="ISO8601", errors="coerce")):
            raise UsageError(f"{name}: expected a date YYYY-MM-DD, got {day!r}")
    if since is not None and until is not None and str(since)[:10] > str(until)[:10]:
        raise UsageError(f"since {since} is after until {until}: no day is in between")
    if event is not None:
        events = [event] if isinstance(event, str) else list(event)
        have = set(c.df["event_id"].dropna())
        unknown = sorted(set(events) - have)
        if unknown:
            same = {e.casefold(): e for e in map(str, have)}.get(unknown[0].casefold())
            hint = f" (did you mean {same!r}?)" if same else _suggest(unknown[0], map(str, have), cutoff=0.85)
            raise UsageError(f"unknown event id(s) {', '.join(unknown[:3])}{hint}: see framing events CORPUS --list")
    if exclude_copies:
        c = c.without_copies()
    if outlet is not None:
        outlet = outlet_ids(c, [outlet] if isinstance(outlet, str) else list(outlet))
    if (since is not None or until is not None) and len(c) and c.df["published"].isna().all():
        raise InputError("no article has a publication date, so --since/--until keep none (a table's date "
                         "column of another name: ingest it again with --map NAME=published)")
    before = c
    try:
        c = c.filter(outlet=outlet, since=since, until=until, event=event, lang=lang)
    except SchemaError as e:
        raise UsageError(str(e)) from None
    if len(c) == 0:
        days = before.df["published"].dropna().astype(str).str[:10]
        span = (f"; the articles run from {days.min()} to {days.max()}"
                if (since is not None or until is not None) and len(days) else "")
        raise InputError(f"no article is left after the filters (--outlet, --since/--until, --event, --lang){span}")
    return c


def selected(corpus, *, outlet=None, since=None, until=None, event=None, exclude_copies: bool = False):
    """``corpus`` narrowed by the shared filters (:func:`select`): ``outlet`` (one or several names),
    ``since``/``until`` (days, inclusive), ``event`` (id or ids), ``exclude_copies``; ``corpus`` itself,
    not read, when none is given (so a corpus directory can still be streamed)."""
    if not exclude_copies and since is None and until is None \
            and all(v is None or (not isinstance(v, str) and not list(v)) for v in (outlet, event)):
        return corpus
    return select(corpus, outlet=outlet, since=since, until=until, event=event, exclude_copies=exclude_copies)


def _load_dir(p: Path, only: tuple[str, ...] | None = None) -> "Corpus":
    """A corpus directory, read under its shared lock (see :mod:`framing._store`).  ``only``: read
    just these article columns (``title`` and ``text`` then null): counting a large corpus without
    reading its text."""
    from ._store import check_readable, shared, view
    with shared(p):
        v = view(p)
        if v[ARTICLES] is None:
            raise InputError(f"{p} is not a corpus directory (no {ARTICLES}); "
                             f"build one with: framing ingest FILES... -o {p}")
        check_readable(p)
        try:
            # pre_buffer=False: pyarrow reads column chunks as it decodes them instead of buffering
            # them all first (at 300,000 articles: peak 1.23 GB instead of 1.41, address space 2.6 GB
            # instead of 3.1; the same table)
            df = pd.read_parquet(v[ARTICLES], columns=_present(v[ARTICLES], only), pre_buffer=False)
            rejects = pd.read_csv(v[REJECTS], dtype=str) if v[REJECTS] else _empty_rejects()
            manifest = json.loads(v[MANIFEST].read_text("utf-8")) if v[MANIFEST] else {}
            events = pd.read_parquet(v[EVENTS]) if v[EVENTS] else None
        except (OSError, ValueError) as e:
            raise InputError(f"cannot read the corpus {p}: {str(e).splitlines()[0] if str(e) else type(e).__name__}"
                             ) from e
    if only is not None:
        df = df.assign(**{c: pd.Series(pd.NA, index=df.index, dtype="string") for c in ("title", "text") if c not in df})
    return Corpus(df, path=p, rejects=rejects, manifest=manifest, events=events)


def _present(path, columns):
    """Of ``columns``, those the Parquet file at ``path`` holds (None: all of them)."""
    if columns is None:
        return None
    import pyarrow.parquet as pq
    names = set(pq.read_schema(path).names)
    return [c for c in columns if c in names]


DATASET_MARKER = ".framing-dataset"      # a folder framing.export_dataset wrote (framing/dataset.py)


def dataset_parts(path) -> list[tuple[Path, dict]]:
    """The Parquet files of a dataset folder (``outlet=…/month=…/part-N.parquet``) in the order every
    engine reads them (paths sorted), each with its partition values ``{"outlet": …, "month": …}``."""
    root = Path(path)
    out = []
    for f in sorted(root.glob("*=*/*=*/*.parquet"), key=lambda q: q.relative_to(root).as_posix()):
        keys = dict(part.split("=", 1) for part in f.relative_to(root).parts[:-1])
        out.append((f, keys))
    return out


def read_dataset_part(file, keys: dict, columns=None) -> pd.DataFrame:
    """One file of a dataset as corpus rows: its columns plus ``outlet`` from the folder name."""
    import pyarrow.parquet as pq
    cols = None if columns is None else [c for c in columns if c not in keys]
    df = pq.read_table(file, columns=cols).to_pandas()
    if columns is None or "outlet" in columns:
        df.insert(1 if "id" in df.columns else 0, "outlet", pd.array([keys["outlet"]] * len(df), dtype="string"))
    return df


def _load_dataset(p: Path) -> "Corpus":
    """A dataset folder (:func:`framing.export_dataset`) as a Corpus: its files in :func:`dataset_parts`
    order, with the manifest and events kept under ``_framing/``."""
    parts = [read_dataset_part(f, k) for f, k in dataset_parts(p)]
    if not parts:
        raise InputError(f"{p} is a dataset without articles")
    df = pd.concat(parts, ignore_index=True)
    meta = p / "_framing"
    manifest = json.loads((meta / "manifest.json").read_text("utf-8")) if (meta / "manifest.json").is_file() else {}
    events = pd.read_parquet(meta / "events.parquet") if (meta / "events.parquet").is_file() else None
    return Corpus(df, path=p, manifest=manifest, events=events)


def _text_or_empty(v) -> str:
    """``str(v)``, or "" for None/NaN/pd.NA (``v or ""`` fails on pd.NA)."""
    return "" if v is None or v is pd.NA or (isinstance(v, float) and v != v) else str(v)


def _naive(day) -> pd.Timestamp:
    """A date bound as a timezone-free timestamp (``Corpus.dates`` are days, timezone dropped)."""
    t = pd.Timestamp(day)
    return t.tz_localize(None) if t.tzinfo is not None else t


def _empty_rejects() -> pd.DataFrame:
    return pd.DataFrame({"input": pd.Series(dtype="string"), "reason": pd.Series(dtype="string")})


def publication_day(published: pd.Series) -> pd.Series:
    """The day of each value of a ``published`` column, as ``datetime64`` (the date as the
    outlet printed it: ``2026-03-27T22:10:00+03:00`` is 27 March; NaT when unknown)."""
    return pd.to_datetime(published.astype("string").str.slice(0, 10), errors="coerce", format="%Y-%m-%d")


def group_names(df: pd.DataFrame, by: str = "outlet", manifest: dict | None = None) -> dict[str, list[str]]:
    """Each ``by`` group → the names its articles print, sorted: the group's value, the ``outlet``,
    ``outlet_name`` and ``outlet_name_ar`` of its articles and, for those outlets, ``name_ar`` and
    ``name_en`` of the manifest's outlets table (an outlet's name in its byline is house style)."""
    table = (manifest or {}).get("outlets") or {}
    cols = [c for c in ("outlet", "outlet_name", "outlet_name_ar") if c in df.columns]
    out: dict[str, list[str]] = {}
    for g, part in df.groupby(by, sort=False):
        names = {str(g)} | {str(v) for c in cols for v in part[c].dropna().unique()}
        for o in part["outlet"].dropna().unique() if "outlet" in part.columns else ():
            row = table.get(str(o))
            names |= {str(row[k]) for k in ("name_ar", "name_en") if isinstance(row, dict) and row.get(k)}
        out[str(g)] = sorted(names)
    return out


#: the columns :meth:`Corpus.content_hash` reads
HASH_COLUMNS = ("id", "outlet", "published", "title", "text", "event_id")


def _hashed_rows(df: pd.DataFrame):
    """The bytes :meth:`Corpus.content_hash` reads for each row of ``df``, in order."""
    for row in df[list(HASH_COLUMNS)].itertuples(index=False):
        yield "\x1f".join("" if pd.isna(v) else str(v) for v in row).encode() + b"\x1e"


class Corpus:
    """Articles of several outlets: a pandas DataFrame (``.df``) with the documented columns.

    ``Corpus`` never changes its DataFrame in place: filters return a new Corpus.
    Attributes: ``df`` (articles), ``rejects`` (``input, reason``), ``manifest``
    (dict), ``events`` (DataFrame or None), ``path`` (where it was read from).
    """

    def __init__(self, df: pd.DataFrame, *, path=None, rejects: pd.DataFrame | None = None,
                 manifest: dict | None = None, events: pd.DataFrame | None = None):
        missing = [c for c in REQUIRED + ["id"] if c not in df.columns]
        if missing:
            raise SchemaError(f"corpus table lacks column(s) {', '.join(missing)}")
        self.df = df.reset_index(drop=True)
        self.path = Path(path) if path is not None else None
        self.rejects = rejects if rejects is not None else _empty_rejects()
        self.manifest = manifest or {}
        self.events = events

    # -- basics ---------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.df)

    @property
    def outlets(self) -> list[str]:
        """Outlet names, sorted."""
        return sorted(self.df["outlet"].dropna().unique().tolist())

    @property
    def dates(self) -> pd.Series:
        """Publication dates as ``datetime64`` (day precision, timezone dropped; NaT when unknown)."""
        return publication_day(self.df["published"])

    def filter(self, outlet: str | Iterable[str] | None = None, since=None, until=None,
               event: str | Iterable[str] | None = None, lang: str | None = None, *,
               start=None, end=None) -> "Corpus":
        """A new Corpus with the articles of the given outlet(s) (ids, or display names as in
        ``framing outlets``), publication days ``since``/``until`` (inclusive, ``YYYY-MM-DD``; the
        names every analysis function and command-line option uses; ``start``/``end`` are the old
        names), event id(s) and language (``ar``, ``en``)."""
        for new, old, name in ((since, start, "since/start"), (until, end, "until/end")):
            if new is not None and old is not None:
                raise SchemaError(f"filter: give one of {name} (the same day bound under its new and old name)")
        since = start if since is None else since
        until = end if until is None else until
        m = pd.Series(True, index=self.df.index)
        if outlet is not None:
            outlets = outlet_ids(self, [outlet] if isinstance(outlet, str) else list(outlet))
            unknown = set(outlets) - set(self.outlets)
            if unknown:
                first = sorted(unknown)[0]
                raise SchemaError(f"unknown outlet(s) {', '.join(sorted(unknown))}{_suggest(first, self.outlets)}; "
                                  f"outlets are: {', '.join(self.outlets)}")
            m &= self.df["outlet"].isin(outlets)
        if since is not None:
            m &= (self.dates >= _naive(since)).to_numpy()
        if until is not None:
            m &= (self.dates <= _naive(until)).to_numpy()
        if event is not None:
            m &= self.df["event_id"].isin([event] if isinstance(event, str) else list(event))
        if lang is not None:
            m &= self.df["lang"].eq(lang).fillna(False).to_numpy(dtype=bool)
        return Corpus(self.df[m.to_numpy()], path=self.path, rejects=self.rejects,
                      manifest=self.manifest, events=self.events)

    def without_copies(self) -> "Corpus":
        """A new Corpus without the wire copies (articles whose ``copy_of`` is set by
        ``framing events``): what is left is each outlet's own text."""
        require_events(self.df, copies=True, what="without_copies")
        return Corpus(self.df[self.df["copy_of"].isna().to_numpy()], path=self.path, rejects=self.rejects,
                      manifest=self.manifest, events=self.events)

    def content_hash(self) -> str:
        """sha256 over ids, outlets, dates, titles, texts and event ids (order-independent): cite it
        in reports.  Assigning events changes it: a report made after ``framing events`` rests on
        them."""
        h = hashlib.sha256()
        for row in _hashed_rows(self.df.sort_values("id")):
            h.update(row)
        return h.hexdigest()

    def summary(self) -> pd.DataFrame:
        """Per outlet: ``articles``, ``first``, ``last`` (dates), ``languages``, ``events``."""
        d = self.df.assign(_date=self.dates)
        g = d.groupby("outlet", sort=True)
        return pd.DataFrame({
            "articles": g.size(),
            "first": g["_date"].min().dt.date,
            "last": g["_date"].max().dt.date,
            "languages": g["lang"].agg(lambda s: ", ".join(sorted(s.dropna().unique()))),
            "events": g["event_id"].nunique(),
        })

    def kwic(self, *args, **kwargs):
        """Concordance lines in the original spelling: see :func:`framing.lexicon.kwic`.

        A convenience for notebooks: the lexicon layer sits above the corpus, so it is
        looked up when called (``importlib``), not imported by this module."""
        import importlib
        return importlib.import_module("framing.lexicon").kwic(self, *args, **kwargs)

    def save(self, path: str | os.PathLike, wait: float = 0.0) -> Path:
        """Write this corpus as a corpus directory (atomically, under its lock: ``wait`` seconds
        for another writer).  Saving over the corpus it was read from fails when another run
        changed that corpus meanwhile."""
        from .storage import write_corpus
        same = self.path is not None and self.path.is_dir() and Path(path).resolve() == self.path.resolve()
        return write_corpus(path, self.df, self.rejects, manifest=self.manifest, events=self.events,
                            expect=self.manifest if same and self.manifest else None, wait=wait)

    # -- display --------------------------------------------------------------
    def __repr__(self) -> str:
        dates = self.dates
        span = (f"{dates.min().date()} – {dates.max().date()}" if dates.notna().any() else "no dates")
        return (f"<Corpus {len(self)} articles, {len(self.outlets)} outlets "
                f"({', '.join(self.outlets[:6])}{'…' if len(self.outlets) > 6 else ''}), {span}, "
                f"{len(self.rejects)} rejects>")

    def _repr_html_(self) -> str:
        dates = self.dates
        span = (f"{dates.min().date()} – {dates.max().date()}" if dates.notna().any() else "no dates")
        names = ", ".join(f"<bdi>{html.escape(o)}</bdi>" for o in self.outlets[:8])
        head = (f"Corpus: {len(self)} articles, {len(self.outlets)} outlets ({names}"
                f"{'…' if len(self.outlets) > 8 else ''}), {span}, {len(self.rejects)} rejects")
        summ = self.summary().to_html(classes="framing-summary", border=0)
        rows = []
        for r in self.df.head(10).itertuples(index=False):
            title, full = _text_or_empty(r.title), _text_or_empty(r.text)
            text = full[:200]
            rtl = detect_lang(f"{title} {text}") == "ar"
            d = ' dir="rtl" style="text-align:right"' if rtl else ""
            rows.append(f"<tr><td>{html.escape(str(r.outlet))}</td>"
                        f"<td style='white-space:nowrap'>{html.escape(_text_or_empty(r.published)[:10])}</td>"
                        f"<td{d}><b>{html.escape(title)}</b><br>{html.escape(text)}"
                        f"{'…' if len(full) > 200 else ''}</td></tr>")
        more = f"<p>… {len(self) - 10} more: see <code>.df</code></p>" if len(self) > 10 else ""
        return (f"<div><p dir='ltr'><b>{head}</b></p>{summ}<table><thead><tr><th>outlet</th><th>published</th>"
                f"<th>article</th></tr></thead><tbody>{''.join(rows)}</tbody></table>{more}</div>")


#: outlets-table field → the input-table column it falls back to (kept from ingest)
FIELD_COLUMNS = {"name_ar": "outlet_name_ar", "name_en": "outlet_name", "country": "outlet_country",
                 "kind": "outlet_kind"}


def outlet_fields(c, outlets) -> dict[str, list]:
    """``{field: [value per outlet]}`` for the fields of :data:`FIELD_COLUMNS`: the manifest's
    outlets table first, then the input table's columns (the outlet's most frequent value there), else None."""
    names = (c.manifest or {}).get("outlets") or {}
    out = {}
    for key, col in FIELD_COLUMNS.items():
        from_col = most_frequent(c.df, "outlet", col).to_dict()
        out[key] = [_entry(names, o).get(key) or from_col.get(o) for o in outlets]
    return out


def _entry(names: dict, outlet) -> dict:
    """The manifest's entry of ``outlet`` ({} where there is none or it is not a mapping)."""
    info = names.get(outlet)
    return info if isinstance(info, Mapping) else {}


#: the display-name fields of the outlets table
NAME_FIELDS = ("name_ar", "name_en")


def outlet_ids(c, names: list) -> list:
    """``names`` with each one that is not an outlet id but the display name of exactly one
    outlet replaced by that outlet's id (the reverse of :func:`outlet_fields`).  Display names:
    ``name_ar``/``name_en`` of the outlets table (``framing outlets``) and also any value of the
    input table's ``outlet_name_ar``/``outlet_name`` columns (the outlets table shows only the
    most frequent one); case and spaces ignored, also in the ids (``--outlet OKAZ``)."""
    ids = c.outlets
    known = set(ids)
    if all(n in known for n in names):
        return names
    def key(v):
        return " ".join(str(v).split()).casefold()
    fields = outlet_fields(c, ids)
    pairs = [(o, o) for o in ids] + [(o, v) for f in NAME_FIELDS for o, v in zip(ids, fields[f])
                                     if isinstance(v, str) and v.strip()]
    for col in (FIELD_COLUMNS[f] for f in NAME_FIELDS):
        if col in c.df.columns:
            pairs += c.df[["outlet", col]].dropna().drop_duplicates().itertuples(index=False)
    display: dict[str, set] = {}
    for oid, v in pairs:
        display.setdefault(key(v), set()).add(oid)
    out = []
    for n in names:
        hit = display.get(key(n), set()) if n not in known else set()
        out.append(next(iter(hit)) if len(hit) == 1 else n)
    return out
