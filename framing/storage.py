"""Writing a corpus directory (``articles.parquet``, ``rejects.csv``, ``manifest.json``,
``events.parquet``) under its lock, staged and swapped in (see :mod:`framing._store`):
:func:`write_corpus`, used by ``framing ingest`` and :meth:`framing.corpus.Corpus.save`."""
from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import threading
from pathlib import Path

import pandas as pd

from . import __version__
from .errors import UsageError
from .schema import ARTICLES, COLUMNS, EVENTS, MANIFEST, REJECTS, stable_id
from .text import normalize

__all__ = ["write_corpus", "text_key", "KEY"]

ROW_GROUP = 5000
#: column of ``articles.parquet`` holding each article's :func:`text_key` (16 hex digits), written
#: last: ``--append`` reads it instead of normalising every old text again (corpora written
#: before it have none: their keys are computed row group by row group, and written by the append)
KEY = "dup_key"


def text_key(outlet, text) -> str:
    """Key for exact duplicates: outlet and normalised text with whitespace collapsed."""
    text = "" if text is None or text is pd.NA else str(text)
    return stable_id(outlet, " ".join(normalize(text, lower=True).split()))


def _schema(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    for c in COLUMNS:
        if c not in df.columns:
            df[c] = None
    extra = [c for c in df.columns if c not in COLUMNS and c != KEY]
    for c in extra:                   # an extra column with mixed kinds (str here, int or list there)
        if df[c].dtype == object:     # would stop Parquet: keep its values as text
            df[c] = df[c].map(lambda v: v if v is None or isinstance(v, str) else
                              json.dumps(v, ensure_ascii=False, default=str), na_action="ignore")
    key = [KEY] if KEY in df.columns else []
    return df[COLUMNS + extra + key].astype({c: "string" for c in COLUMNS + key}).reset_index(drop=True)


def _keyed(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` (corpus columns) with :data:`KEY` computed from its outlets and texts (replacing one it had)."""
    keys = [text_key(o, t) for o, t in zip(df["outlet"], df["text"])]
    return _schema(df.assign(**{KEY: pd.Series(keys, index=df.index, dtype="string")}))


def _rejects_frame(rejects) -> pd.DataFrame:
    if isinstance(rejects, pd.DataFrame):
        df = rejects.reindex(columns=["input", "reason"])
    else:
        df = pd.DataFrame(list(rejects or []), columns=["input", "reason"])
    return df.astype("string").drop_duplicates().reset_index(drop=True)


def _read_existing(path: Path, articles: bool):
    """``(articles, rejects, manifest, events)`` of the corpus at ``path`` (under its lock):
    ``articles`` is the path of its Parquet file (None when it has none); only its manifest
    when ``articles`` is false (replacing a corpus keeps nothing of it but its ``created`` time)."""
    from ._store import view
    v = view(path)
    rej = pd.read_csv(v[REJECTS], dtype=str, keep_default_na=False) if articles and v[REJECTS] else None
    man = json.loads(v[MANIFEST].read_text("utf-8")) if v[MANIFEST] else {}
    ev = pd.read_parquet(v[EVENTS]) if articles and v[EVENTS] else None
    return (v[ARTICLES] if articles else None), rej, man, ev


def claim(rid: str, outlet, text, ids: set, keys: dict) -> tuple[str | None, str]:
    """Keep an article once: ``(id, key)``, the id to keep it under (``rid``, or an id derived from
    it when another text has taken ``rid``: two exports that both number their rows 1…N) and its
    text key (:func:`text_key`), with ``ids`` and ``keys`` (text key → id) updated; ``(None, key)``
    when the outlet's text is kept already, under ``keys[key]``."""
    k = text_key(outlet, text)
    if k in keys:
        return None, k
    if rid in ids:
        rid = stable_id(rid, outlet, k)
    ids.add(rid)
    keys[k] = rid
    return rid, k


def _fresh(new: pd.DataFrame, have: set, keys: dict) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """Rows of ``new`` not already kept (:func:`claim`; ``have``: ids kept, ``keys``: text key → id):
    same id and text → already there (no change); same outlet and text under another id → a
    reject ``duplicate of <id>``; an id taken by another text → a derived id (both kept).
    The rows kept carry their text key in :data:`KEY`."""
    keep, rejects, kept_keys = [], [], []
    ids = list(new["id"])
    for n, (i, o, t, src) in enumerate(zip(new["id"], new["outlet"], new["text"], new["source_path"])):
        kept, k = claim(i, o, t, have, keys)
        if kept is None:
            if keys[k] != i:                 # the same text again under another id
                rejects.append((str(src), f"duplicate of {keys[k]}"))
            continue                         # (same id and text: already there, no change)
        ids[n] = kept
        keep.append(n)
        kept_keys.append(k)
    out = new.assign(id=ids).iloc[keep]
    return _schema(out.assign(**{KEY: pd.Series(kept_keys, index=out.index, dtype="string")})), rejects


# --- appending (issue 17) ------------------------------------------------------------
# ``--append`` without reading the corpus whole (issue 17): the corpus's ``articles.parquet``
# followed by the new articles it has not, written row group by row group to a spool beside the
# corpus (:class:`framing.storage.ArticlesSpool`), which :func:`framing.storage.write_corpus`
# moves in under the corpus lock.
#
# Three passes, each holding one row group (:data:`framing.storage.ROW_GROUP` articles) at most:
#
# 1. *keys*: the ids and text keys of the old articles, from the columns ``id`` and
#    :data:`~framing.storage.KEY` only (a corpus written before that column: ``id, outlet, text``,
#    its keys computed row group by row group, and written by this append);
# 2. *new*: the new rows checked against them (:func:`framing.storage._fresh`: a repeated text is a
#    ``duplicate of <id>`` reject, a taken id gets a derived id), the kept ones spooled;
# 3. *copy*: the old row groups (Arrow tables, never turned into Python strings) then the kept
#    rows, all brought to one schema: the one pandas gives the old and new rows joined (a column
#    only one side has is null on the other, an integer column then decimal, as the in-memory
#    merge did), so the file is the one that merge wrote.  Rows that do not fit it (integers
#    with a gap in a later row group only: pandas made them decimals) make the append fall back
#    to that merge (:func:`_gathered`: the rows in memory).


class _Unlike(Exception):
    """A row group that cannot be brought to the schema of the first ones."""


def _appended(corpus: Path, old_file: Path, new):
    """``(spool, frame, rejects)``: the spool holding the old articles then the new ones not in the
    corpus, what its :meth:`~framing.storage.ArticlesSpool.finish` returned (None: the rows are
    in its file) and the duplicates' rejects ``(input, reason)``.  ``new``: a DataFrame or the
    path of a spool's Parquet file."""
    try:
        return _streamed(corpus, old_file, new)
    except _Unlike:
        return _gathered(corpus, old_file, new)


def _old_keys(f) -> tuple["_OldIds", "_OldKeys", dict]:
    """Pass 1: ``(ids, keys, computed)`` of the Parquet file ``f``: its ids and its text keys → ids
    as the set and dict :func:`claim` takes (:class:`_OldIds`, :class:`_OldKeys`: 8-byte numbers
    an article, not Python strings), and row group → its keys (``uint64``) for the row groups whose
    :data:`KEY` column is missing, has gaps or is not framing's (:func:`_stored`): those are
    computed from the texts."""
    import numpy as np
    stored = KEY in f.schema_arrow.names
    idh, kh, computed = [], [], {}
    for g in range(f.num_row_groups):
        t = f.read_row_group(g, columns=["id", KEY] if stored else ["id"])
        idh.append(np.array([hash(str(i)) for i in t.column("id").to_pylist()], dtype=np.int64))
        if stored and _stored(t.column(KEY)):
            kh.append(np.array([int(k, 16) for k in t.column(KEY).to_pylist()], dtype=np.uint64))
            continue
        t = f.read_row_group(g, columns=["outlet", "text"])
        kh.append(computed.setdefault(g, np.array(
            [int(text_key(pd.NA if o is None else o, x), 16)
             for o, x in zip(t.column("outlet").to_pylist(), t.column("text").to_pylist())], dtype=np.uint64)))
    reader = _IdReader(f)
    return (_OldIds(np.concatenate(idh) if idh else np.zeros(0, np.int64), reader),
            _OldKeys(np.concatenate(kh) if kh else np.zeros(0, np.uint64), reader), computed)


def _stored(col) -> bool:
    """Whether the Arrow column ``col`` (:data:`KEY`) holds a key on every row: text of 16 hex
    digits (not a gap, nor a ``dup_key`` column of the user's that a corpus written before
    framing had it kept as an extra column); else the group's keys are computed from the texts."""
    import pyarrow as pa
    import pyarrow.compute as pc
    if not (pa.types.is_string(col.type) or pa.types.is_large_string(col.type)) or col.null_count:
        return False
    return pc.all(pc.match_substring_regex(col, "^[0-9a-f]{16}$")).as_py() is not False


class _IdReader:
    """The id of row ``r`` of a Parquet file (its row group's ids read when asked; the last few kept)."""

    def __init__(self, f):
        import numpy as np
        self.f = f
        self.starts = np.cumsum([0] + [f.metadata.row_group(g).num_rows for g in range(f.num_row_groups)])
        self.cache: dict[int, list] = {}

    def __call__(self, r: int) -> str:
        import numpy as np
        g = int(np.searchsorted(self.starts, r, "right")) - 1
        if g not in self.cache:
            if len(self.cache) >= 4:
                self.cache.pop(next(iter(self.cache)))
            self.cache[g] = [str(i) for i in self.f.read_row_group(g, columns=["id"]).column("id").to_pylist()]
        return self.cache[g][r - int(self.starts[g])]


def _sorted(values):
    import numpy as np
    order = np.argsort(values, kind="stable")
    return order, values[order]


class _OldIds:
    """The set of ids :func:`claim` takes: the old corpus's as sorted hashes (a hash found is checked
    against the id itself, so the answer is exact), the ids added since in a set."""

    def __init__(self, hashes, id_at):
        self.order, self.hashes = _sorted(hashes)
        self.id_at, self.new = id_at, set()

    def __contains__(self, rid) -> bool:
        import numpy as np
        if rid in self.new:
            return True
        h = np.int64(hash(rid))
        lo, hi = np.searchsorted(self.hashes, h, "left"), np.searchsorted(self.hashes, h, "right")
        return any(self.id_at(int(r)) == rid for r in self.order[lo:hi])

    def add(self, rid) -> None:
        self.new.add(rid)


class _OldKeys:
    """The dict text key → id :func:`claim` takes: the old corpus's keys as sorted 64-bit numbers
    (a key repeated in the corpus gives its last row's id, as a dict filled in row order), the keys
    added since in a dict."""

    def __init__(self, keys, id_at):
        self.order, self.keys = _sorted(keys)
        self.id_at, self.new = id_at, {}

    def _row(self, k: str):
        import numpy as np
        v = np.uint64(int(k, 16))
        lo, hi = np.searchsorted(self.keys, v, "left"), np.searchsorted(self.keys, v, "right")
        return int(self.order[hi - 1]) if hi > lo else None

    def __contains__(self, k) -> bool:
        return k in self.new or self._row(k) is not None

    def __getitem__(self, k: str) -> str:
        if k in self.new:
            return self.new[k]
        r = self._row(k)
        if r is None:
            raise KeyError(k)
        return self.id_at(r)

    def __setitem__(self, k: str, rid: str) -> None:
        self.new[k] = rid


def _add_fresh(spool: "ArticlesSpool", new, have, keys) -> list[tuple[str, str]]:
    """Add to ``spool`` the rows of ``new`` not kept already (:func:`_fresh`, which updates ``have``
    and ``keys``); returns the duplicates' rejects ``(input, reason)``.  ``new``: a DataFrame or
    the path of a spool's Parquet file (read a row group at a time)."""
    rejects = []
    for df in [new] if isinstance(new, pd.DataFrame) else _row_groups(new):
        kept, dup = _fresh(_schema(df), have, keys)
        spool.add(kept)
        rejects += dup
    return rejects


def _new_rows(corpus: Path, new, have, keys):
    """Pass 2: the new rows the corpus has not, in a spool (:func:`_add_fresh`), and the rejects."""
    spool = ArticlesSpool(corpus, tag="append-new")
    try:
        rejects = _add_fresh(spool, new, have, keys)
        return spool, spool.finish(), rejects
    except BaseException:
        spool.discard()
        raise


def _target(f, kept_sample: pd.DataFrame | None):
    """The schema of the appended file: the one pandas gives the old corpus's first row group
    joined with the first kept rows (what the in-memory merge wrote)."""
    import pyarrow as pa
    first = f.read_row_group(0, use_threads=False) if f.num_row_groups else f.schema_arrow.empty_table()
    old = _blanked(first).to_pandas()
    if KEY not in old.columns:
        old[KEY] = ""
    frames = [_schema(old)] + ([kept_sample] if kept_sample is not None and len(kept_sample) else [])
    joined = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    return pa.Table.from_pandas(_schema(joined), preserve_index=False).schema


def _blanked(t):
    """``t`` with every non-null text emptied: the same pandas types from a fraction of the memory."""
    import pyarrow as pa
    import pyarrow.compute as pc
    for i, fld in enumerate(t.schema):
        if pa.types.is_string(fld.type) or pa.types.is_large_string(fld.type):
            c = t.column(i)
            t = t.set_column(i, fld, pc.if_else(pc.is_null(c), pa.scalar(None, fld.type), pa.scalar("", fld.type)))
    return t


def _conform(t, schema):
    """The Arrow table ``t`` with the columns and types of ``schema``: missing columns null, and
    only the casts pandas makes when it joins frames (no type yet → any; integers → decimals;
    true/false → text; text stored in 32- or 64-bit offsets); :class:`_Unlike` for anything else,
    and for integers or true/false with nulls (pandas reads those as decimals or objects: the
    in-memory merge would change their type)."""
    import pyarrow as pa
    if set(t.column_names) - set(schema.names):
        raise _Unlike()
    cols = []
    for fld in schema:
        c = t.column(fld.name) if fld.name in t.column_names else pa.nulls(len(t), fld.type)
        if c.type != fld.type:
            c = _cast(c, fld.type)
        elif (pa.types.is_integer(c.type) or pa.types.is_boolean(c.type)) and c.null_count:
            raise _Unlike()
        cols.append(c)
    return pa.Table.from_arrays(cols, schema=schema)


def _cast(c, to):
    """``c`` cast to ``to`` as pandas would join it (:func:`_conform`), else :class:`_Unlike`."""
    import pyarrow as pa
    t = c.type
    text = pa.types.is_string(to) or pa.types.is_large_string(to)
    ok = (pa.types.is_null(t) or (pa.types.is_integer(t) and pa.types.is_floating(to))
          or (text and (pa.types.is_boolean(t) or pa.types.is_string(t) or pa.types.is_large_string(t))))
    if not ok:
        raise _Unlike()
    try:
        return c.cast(to)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError) as e:
        raise _Unlike() from e


def _streamed(corpus: Path, old_file: Path, new):
    """Passes 1-3 (module doc); raises :class:`_Unlike` (nothing left behind) for the fallback."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    with pq.ParquetFile(old_file, pre_buffer=False) as f:    # (closed before the swap, also on _Unlike)
        have, keys, computed = _old_keys(f)
        kept, kept_frame, rejects = _new_rows(corpus, new, have, keys)
        out = None
        try:
            out = ArticlesSpool(corpus, tag="append")
            target = _target(f, next(_kept_chunks(kept, kept_frame), None))
            for g in range(f.num_row_groups):
                t = f.read_row_group(g, use_threads=False)
                if g in computed:
                    t = t.drop_columns([KEY]) if KEY in t.column_names else t
                    keys_hex = [f"{v:016x}" for v in computed[g].tolist()]
                    t = t.append_column(KEY, pa.array(keys_hex, target.field(KEY).type))
                out.add_arrow(_conform(t, target))
            for df in _kept_chunks(kept, kept_frame):
                out.add_arrow(_conform(pa.Table.from_pandas(_schema(df), preserve_index=False), target))
            return out, out.finish(), rejects
        except BaseException:
            if out is not None:
                out.discard()
            raise
        finally:
            kept.discard()


def _kept_chunks(kept, frame):
    """The kept new rows a row group at a time (or the frame the spool gathered)."""
    if frame is not None:
        yield frame
    elif kept.rows:
        yield from _row_groups(kept.file)


def _gathered(corpus: Path, old_file: Path, new):
    """The merge as it was before :func:`_streamed`: every row through pandas, gathered in memory
    by the spool when the schemas differ."""
    import pyarrow as pa
    out = ArticlesSpool(corpus, tag="append")
    have, keys = set(), {}
    try:
        for df in _row_groups(old_file):
            if KEY not in df.columns or not _stored(pa.array(df[KEY])):
                df = _keyed(df)
            have.update(df["id"].astype(str))
            keys.update(zip(df[KEY], df["id"]))
            out.add(df)
        rejects = _add_fresh(out, new, have, keys)
        return out, out.finish(), rejects
    except BaseException:
        out.discard()
        raise


def _row_groups(path: Path):
    """The Parquet file at ``path`` as DataFrames, one row group at a time."""
    import pyarrow.parquet as pq
    with pq.ParquetFile(path) as f:              # (closed when read through, or the reading stops)
        for g in range(f.num_row_groups):
            yield f.read_row_group(g).to_pandas()


def _write_parquet(df: pd.DataFrame, path: Path) -> None:
    """``df`` as Parquet in row groups of ``ROW_GROUP`` rows, each written from contiguous arrays
    (``combine_chunks``: the bytes depend on the values only, not on how the frame was pieced
    together, so :class:`ArticlesSpool` writes the same file)."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    table = pa.Table.from_pandas(df, preserve_index=False)
    with pq.ParquetWriter(path, table.schema) as w:
        for start in range(0, max(len(df), 1), ROW_GROUP):
            w.write_table(table.slice(start, ROW_GROUP).combine_chunks())


class ArticlesSpool:
    """Articles written to Parquet row group by row group as an ingest reads them, so it never
    holds them all: a temporary file beside the corpus folder (``.NAME.ingest-HOST-PID.parquet``), moved
    into the corpus by :func:`write_corpus` under its lock (the write stays atomic).  The file is
    the one :func:`_write_parquet` writes from the same rows joined.  Chunks whose columns or types
    differ from the first chunk's (a column that first appears late in a JSON lines file; pages
    after tables with extra columns) make the spool gather the rows in memory instead (as before).
    ``rows``: articles so far; ``outlets``: their distinct outlets."""

    def __init__(self, corpus_path, tag: str = "ingest"):
        p = self._corpus = Path(corpus_path).absolute()
        self._tag = tag                          # (two spools of one process: another file name)
        self.file = _spool_file(p, tag)
        self.rows, self.outlets = 0, set()
        self._writer = self._schema = self._dtypes = self._frames = None
        self._pending, self._waiting = [], 0     # arrow tables not yet written, their rows
        with contextlib.suppress(OSError):       # left by a killed run that had this process id
            self.file.unlink()

    def add(self, df: pd.DataFrame) -> None:
        """Add articles (corpus columns, any extra columns; empty frames are skipped)."""
        import pyarrow as pa
        if not len(df):
            return
        df = _schema(df)
        self.rows += len(df)
        self.outlets.update(df["outlet"].dropna().unique())
        if self._frames is None:
            t = pa.Table.from_pandas(df, preserve_index=False)
            if self._schema is None:
                self._schema, self._dtypes = t.schema, df.dtypes
            if t.schema.equals(self._schema, check_metadata=True):
                self._queue(t)
                return
            self._gather()
        self._frames.append(df)

    def add_arrow(self, t) -> None:
        """Add an Arrow table of articles with the columns and types of every other table added
        this way (:func:`_streamed`: the old row groups then the new rows of an append)."""
        import pyarrow.compute as pc
        if not len(t):
            return
        if self._schema is None:
            self._schema = t.schema
        self.rows += len(t)
        self.outlets.update(o for o in pc.unique(t.column("outlet")).to_pylist() if o is not None)
        self._queue(t)

    def _queue(self, t) -> None:
        """Hold the Arrow table ``t`` until a row group's worth (:data:`ROW_GROUP` rows) is written."""
        self._pending.append(t)
        self._waiting += len(t)
        while self._waiting >= ROW_GROUP:
            self._write(ROW_GROUP)

    def _write(self, n: int) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq
        t = pa.concat_tables(self._pending)
        if self._writer is None:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            self._writer = pq.ParquetWriter(self.file, self._schema)
        self._writer.write_table(t.slice(0, n).combine_chunks())
        rest = t.slice(n)
        self._pending, self._waiting = ([rest] if len(rest) else []), len(rest)

    def _gather(self) -> None:
        """Switch to gathering in memory: the rows written so far are read back."""
        import pyarrow as pa
        import pyarrow.parquet as pq
        parts = []
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self.file.exists():                   # (closed by finish, or still open)
            parts.append(pq.read_table(self.file))
            self.file.unlink()
        parts += self._pending
        self._pending, self._waiting = [], 0
        self._frames = [pa.concat_tables(parts).to_pandas().astype(self._dtypes)] if parts else []

    def frame(self) -> pd.DataFrame:
        """Every article as one DataFrame (read back; the spool then holds them in memory)."""
        if self._frames is None:
            self._gather()
        frames = [pd.concat(self._frames, ignore_index=True)] if self._frames else []
        self._frames = frames
        return _schema(frames[0] if frames else pd.DataFrame(columns=COLUMNS))

    def truncate(self, n: int) -> None:
        """Keep the first ``n`` articles (a table that failed part way is taken back; rare, so
        the articles are read back and added again)."""
        if n >= self.rows:
            return
        df = self.frame().iloc[:n]
        self.discard()
        self.__init__(self._corpus, self._tag)
        self.add(df)

    def finish(self) -> pd.DataFrame | None:
        """None when every article is in :attr:`file` (closed); else the articles as a DataFrame
        (gathered in memory, or none at all) for :func:`write_corpus` to write."""
        if self._frames is not None or self.rows == 0:
            return self.frame()
        if self._waiting:
            self._write(self._waiting)
        self._writer.close()
        self._writer = None
        return None

    def discard(self) -> None:
        """Remove the temporary file (after it was moved into the corpus, or on failure)."""
        with _LIVE_LOCK:
            _LIVE.discard(self.file)
        if self._writer is not None:
            with contextlib.suppress(Exception):
                self._writer.close()
            self._writer = None
        with contextlib.suppress(OSError):
            self.file.unlink()


def write_corpus(path: str | os.PathLike, articles: "pd.DataFrame | ArticlesSpool", rejects: pd.DataFrame | None = None,
                 manifest: dict | None = None, events: pd.DataFrame | None = None,
                 inputs: list[dict] | None = None, append: bool = False, wait: float = 0.0,
                 expect: dict | None = None) -> Path:
    """Write a corpus directory: ``articles.parquet`` (row groups of 5000; the corpus columns, any
    extra ones, then :data:`KEY`), ``rejects.csv`` (``input, reason``), ``manifest.json`` and,
    when given, ``events.parquet``.  ``articles``: a DataFrame (its :data:`KEY` computed again
    from ``outlet`` and ``text``), or an :class:`ArticlesSpool` whose file is moved in (its rows
    carry their keys, as ingest writes them).

    Safe against other writers and kills (see :mod:`framing._store`): the corpus lock is held
    while the corpus is re-read, merged and written (``wait``: seconds to wait for another
    writer, else :class:`~framing._store.CorpusBusy`); the new files are staged and swapped
    in so that the path always holds the old or the new corpus.  With ``append=True`` the
    articles are added to the existing corpus (same id: kept once; same outlet and text
    under another id: a ``duplicate of`` reject) and rejects, inputs and events are kept.
    The manifest keeps the original ``created`` time.  Other files in the directory are
    left alone.  ``expect``: the manifest the caller read; when the corpus on disk has
    another, it was changed meanwhile and :class:`UsageError` is raised.
    Raises :class:`UsageError` when ``path`` is a file or a folder framing did not write.
    """
    from . import _store
    path = Path(path)
    _store.legacy_leftovers(path)
    _store.check_writable(path)
    spool = articles if isinstance(articles, ArticlesSpool) else None
    # None: the rows are in spool.file; a spool's rows carry their keys, a frame's are computed
    articles = spool.finish() if spool is not None else _keyed(_schema(articles))
    articles = _schema(articles) if articles is not None else None
    rejects = _rejects_frame(rejects)
    with _store.locked(path, wait):
        _store.recover(path)
        _dead_spools(path)
        _store.check_writable(path)
        old_file, old_rej, old_man, old_ev = _read_existing(path, articles=append)
        if expect is not None and old_man and old_man != expect:
            raise UsageError(f"{path} was changed by another run since it was read: run the command again")
        old_inputs = list(old_man.get("inputs") or [])
        merged = append and old_file is not None
        if merged:
            spool, articles, dup = _appended(path, old_file, spool.file if articles is None else articles)
        try:                                 # (from here on, a failure removes the append's spool file)
            if merged:
                parts = [r for r in (old_rej, rejects, _rejects_frame(dup)) if r is not None and len(r)]
                rejects = _rejects_frame(pd.concat(parts, ignore_index=True) if parts else None)
                events = old_ev if events is None else events
            inputs = _merged_inputs(old_inputs, inputs, manifest, append)
            man = _new_manifest(old_man, manifest, append, inputs, articles, spool, rejects)
            _stage_and_swap(path, articles if articles is not None else spool.file, rejects, man, events)
        finally:
            if spool is not None:
                spool.discard()              # (the caller's, its file moved in, or the append's merged one)
    return path


_LIVE: set[Path] = set()                     # spool files of this process in use (:func:`_spool_file`)
_LIVE_LOCK = threading.Lock()


def _spool_file(corpus: Path, tag: str) -> Path:
    """A spool file beside ``corpus`` no other spool of this process uses:
    ``.NAME.TAG-HOST-PID.parquet``, ``TAG2``, ``TAG3``… while the first is in use (two threads
    ingesting into one corpus: with one name, the second spool removed the first's file and the
    first run moved the second's, maybe half-written, into its corpus)."""
    with _LIVE_LOCK:
        n = 1
        while (f := corpus.parent / f".{corpus.name}.{tag}{n if n > 1 else ''}-{_host()}-{os.getpid()}.parquet") in _LIVE:
            n += 1
        _LIVE.add(f)
        return f


def _host() -> str:
    """This machine's name in a spool file's name (letters, digits and ``_``)."""
    import re
    import socket
    return re.sub(r"[^A-Za-z0-9_]", "_", socket.gethostname()) or "host"


def _dead_spools(corpus: Path) -> list[str]:
    """Remove the spool files (:class:`ArticlesSpool`) that runs killed while writing ``corpus`` left
    beside it (``.NAME.TAG-HOST-PID.parquet`` of this machine whose process is gone: as large as the
    corpus after an append); those of live processes and of other machines (a shared file system)
    are left alone.  Returns their names."""
    import re
    p = corpus.absolute()
    # (the name matched as text, not as a glob pattern: a corpus named «c[1]» or the spools of
    # a neighbour «c.b», ``.c.b.ingest-…``, are not those of «c»; the tags: letters, digits, ``-``)
    mine = re.compile(rf"\.{re.escape(p.name)}\.[a-z0-9-]+-{re.escape(_host())}-(\d+)\.parquet")
    gone = []
    for f in p.parent.glob(".*.parquet"):
        m = mine.fullmatch(f.name)
        if m is None or int(m.group(1)) == os.getpid():
            continue
        try:
            os.kill(int(m.group(1)), 0)
            continue                         # (alive, or not ours to signal: kept)
        except ProcessLookupError:
            pass
        except OSError:
            continue
        with contextlib.suppress(OSError):
            f.unlink()
            gone.append(f.name)
    return gone


def _merged_inputs(old_inputs: list[dict], inputs: list[dict] | None, manifest: dict | None,
                   append: bool) -> list[dict]:
    """The manifest's ``inputs`` list (dicts with ``path``, ``sha256``, …): ``inputs``, else the
    given manifest's; when appending, the old corpus's inputs first, then the new ones that are
    not the same file (same real path and sha256) as an old one."""
    if inputs is None:
        inputs = list((manifest or {}).get("inputs") or [])
    if append:
        def same(d):                     # the same file, however its path was written
            return os.path.realpath(str(d.get("path") or "")), d.get("sha256")
        seen = {same(d) for d in old_inputs}
        inputs = old_inputs + [d for d in inputs if same(d) not in seen]
    return inputs


def _new_manifest(old_man: dict, manifest: dict | None, append: bool, inputs: list[dict],
                  articles: pd.DataFrame | None, spool: "ArticlesSpool | None", rejects: pd.DataFrame) -> dict:
    """The manifest to write: the given one (over the old one when appending; never its ``files``)
    with ``toolkit``, ``version``, ``created`` (the old corpus's, else the given, else now, UTC
    ISO seconds), ``inputs`` and ``counts`` (articles, rejects, outlets: of ``articles``, or of
    ``spool`` when the rows are in its file)."""
    created = (old_man.get("created") or (manifest or {}).get("created")
               or _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat())
    man = {k: v for k, v in {**(old_man if append else {}), **(manifest or {})}.items()
           if k != "files"}                  # (appending keeps e.g. the outlets' display names)
    n, outlets = ((len(articles), articles["outlet"].nunique()) if articles is not None
                  else (spool.rows, len(spool.outlets)))
    man.update({"toolkit": "framing", "version": __version__, "created": created, "inputs": inputs,
                "counts": {"articles": int(n), "rejects": int(len(rejects)), "outlets": int(outlets)}})
    return man


def _stage_and_swap(path: Path, articles, rejects, man: dict, events) -> None:
    """Stage the new files beside the old ones, commit by writing the staged manifest, swap.
    ``articles``: a DataFrame, or a Parquet file written already (moved in)."""
    import shutil

    from . import _store
    names = [ARTICLES, REJECTS] + ([EVENTS] if events is not None else [])
    try:
        if isinstance(articles, Path):
            shutil.move(articles, _store.staged(path, ARTICLES))
        else:
            _write_parquet(articles, _store.staged(path, ARTICLES))
        rejects.to_csv(_store.staged(path, REJECTS), index=False)
        if events is not None:
            events.to_parquet(_store.staged(path, EVENTS), index=False)
        mode = 0o666 & ~_umask()
        for n in names:
            os.chmod(_store.staged(path, n), mode)
        _store.checkpoint("staged")
        _store.write_marker(path)
        text = json.dumps(man | {"files": names}, ensure_ascii=False, indent=2) + "\n"
        _store.write_file(path / _store.COMMIT, text)      # the commit point
    except BaseException:
        for n in names:
            with contextlib.suppress(OSError):
                _store.staged(path, n).unlink()
        raise
    _store.checkpoint("committed")
    _store.roll_forward(path, names)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
