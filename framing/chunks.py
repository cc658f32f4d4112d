"""Split and merge: how every counting verb runs chunk by chunk, on one core, on all cores
(``jobs=``, ``--jobs``) or on a Dask cluster, with the same results.

The contract
------------
A verb that scales is a :class:`Plan` of three pure functions (module-level functions with
their options bound by :func:`functools.partial`, so they pickle for ``spawn`` and Dask):

``part(df_chunk) -> partial``
    ``df_chunk``: a pandas DataFrame of corpus rows with the corpus columns (:data:`framing.schema.COLUMNS`;
    at least ``plan.columns``), any number of rows, never the whole corpus at once.  No state is
    shared between calls: whatever the verb needs about the whole corpus (the outlets' boilerplate
    lines, headline rubrics, the word counts that decide clitic splits) is computed first by another
    plan (:func:`context_plan`, :func:`vocab_plan`) and bound into ``part`` as an option.
``combine(partials) -> partial``
    merges the partials of consecutive chunks, given in chunk order; exact (integer counts, rows
    kept in corpus order) and associative: ``combine([combine(p[:k]), combine(p[k:])]) ==
    combine(p)``, so a runner may merge as results arrive or in a tree.
``finish(partial) -> result``
    turns the merged partial into the verb's result (sorting, canonical term order).

Results are byte-identical whatever the chunks (one chunk, or many) and the number of workers.

The plans live in the layer of what they compute (this module is the runner, low in the
layers, so every stage can use it)::

    framing.lexicon.parts.context_plan(keep_boilerplate=False, lang=None, exclude_copies=False)
        -> Context(boilerplate, rubrics)         what matching needs about the whole corpus
    framing.lexicon.parts.counts_plan(lexicon, voice, morph, context, extra=(), lang=None, exclude_copies=False)
        -> (counts, docs)                        as framing.lexicon.core.counts_and_docs (terms, compare)
    framing.lexicon.parts.matches_plan(lexicon, voice, morph, context, width=None, left_out=False, lang=None,
                                       exclude_copies=False)
        -> DataFrame of matches (+ left, match, right with ``width``)   (kwic, match, audit sample)
    framing.lexicon.parts.texts_plan(ids, fields=("title", "text"))  -> {(id, field): text}
    framing.features.vocab_plan(lang=None, boilerplate=None)   -> Series printed word -> count (keyness pass 1)
    framing.features.cells_plan(term_map, keys, lang=None, exclude_copies=False, boilerplate=None)
        -> TermMatrix over cells (distinct values of ``keys``: groups × units), keyness pass 2
        (``boilerplate``: the context's, whose lines are not read)

and the two-pass recipes the verbs call: ``framing.lexicon.parts.counts_and_docs(source, lexicon, …,
jobs=)``, ``framing.lexicon.parts.matches(source, lexicon, …, jobs=)``,
``framing.features.keyness_matrix(source, keys, …, jobs=)``.

Runner: :func:`run` ``(source, plan, jobs=None)`` reads a corpus directory's ``articles.parquet``
row group by row group (slices of at most :data:`CHUNK_ROWS` rows; never the whole text column)
in forked worker processes (``spawn`` where fork is missing), or slices a DataFrame or Corpus
already in memory.  Dask calls the same ``part`` in ``map_partitions`` and the same
``combine``/``finish`` on the gathered partials.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pandas as pd

from ._parallel import imap, jobs_count
from .schema import only_lang

__all__ = ["Plan", "CHUNK_ROWS", "MIN_GROUPS", "run", "using", "chunk_specs", "read_chunk", "rows", "streamable", "columns_of",
           "events_of", "jobs_count", "content_hash"]

#: rows per chunk (a row group of the corpus Parquet is sliced into chunks of at most this many rows)
CHUNK_ROWS = 1000


def _same(x):
    return x


@dataclass(frozen=True)
class Plan:
    """``part``, ``combine``, ``finish`` of a verb (see the module docstring); ``columns``: the
    corpus columns ``part`` reads (None: all); ``fold``: merge every ``fold`` partials as they
    arrive (bounded memory for aggregating verbs), None: once at the end."""
    part: Callable[[pd.DataFrame], Any]
    combine: Callable[[list], Any]
    finish: Callable[[Any], Any] = _same
    columns: tuple | None = None
    fold: int | None = None


# -- reading chunks ---------------------------------------------------------------------

def streamable(source) -> Path | None:
    """The ``articles.parquet`` of ``source`` when it is a corpus directory (read chunk by chunk),
    else None (a Corpus, DataFrame or table, sliced in memory)."""
    if isinstance(source, (str, os.PathLike)) and Path(source).is_dir():
        from ._store import check_readable, view
        from .schema import ARTICLES
        art = view(Path(source))[ARTICLES]
        if art is not None:
            check_readable(Path(source))         # as load() does: another tool's articles.parquet is a table
        return art
    return None


def chunk_specs(source, rows: int | None = None) -> list[tuple]:
    """The chunks of ``source``: ``(path, row_group, start, stop)`` for a corpus directory (one per
    row group when there are :data:`MIN_GROUPS` or more, the last :data:`TAIL_GROUPS` sliced; else slices of at most ``rows``,
    default :data:`CHUNK_ROWS`, so that a small corpus still keeps every worker busy),
    ``(None, None, start, stop)`` for a DataFrame."""
    rows = rows or CHUNK_ROWS
    path = streamable(source)
    if path is not None:
        import pyarrow.parquet as pq
        md = pq.ParquetFile(path).metadata
        sizes = [md.row_group(g).num_rows for g in range(md.num_row_groups)] if md.num_rows else []
        # the row groups before ``whole`` are one chunk each (a slice of their size), the rest slices of ``rows``
        whole = len(sizes) - TAIL_GROUPS if len(sizes) >= MIN_GROUPS and rows == CHUNK_ROWS else 0
        return [(str(path), g, s, min(s + step, n)) for g, n in enumerate(sizes) if n
                for step in (n if g < whole else rows,) for s in range(0, n, step)]
    n = len(_frame(source))
    return [(None, None, s, min(s + rows, n)) for s in range(0, n, rows)]


#: a corpus with at least this many row groups is read one row group per chunk, but for its last
#: ``TAIL_GROUPS`` row groups, cut into slices of :data:`CHUNK_ROWS` rows: the workers take chunks in
#: turn, and small last chunks let them finish together (a row group of 5,000 articles is ≈2 CPU s of
#: ``framing terms``: one worker waited up to a row group's time for the other); a worker reads a row
#: group once for all its slices (the last one read is kept, :func:`_row_group`), but two workers taking
#: slices of the same row group in turn both read it: with every row group sliced (it was so below 8 row
#: groups), ``--jobs 2`` read SaudiNewsNet full (7 row groups) twice a pass, +0.6 CPU s of 6
MIN_GROUPS = 3
TAIL_GROUPS = 2


_FRAME: pd.DataFrame | None = None        # the DataFrame being chunked (forked workers inherit it)


def _frame(source) -> pd.DataFrame:
    """The articles DataFrame of a Corpus, DataFrame or table path (read whole)."""
    from .corpus import Corpus, from_frame, load
    if isinstance(source, Corpus):
        return source.df
    if isinstance(source, pd.DataFrame):
        return source if "id" in source.columns and "text" in source.columns else from_frame(source)
    return load(source).df


def columns_of(source) -> list[str]:
    """The columns of ``source`` without reading its rows when it is a corpus directory."""
    path = streamable(source)
    return list(_parquet(str(path)).schema_arrow.names) if path is not None else list(_frame(source).columns)


def events_of(source):
    """The events table of ``source`` (``events.parquet`` of a corpus directory, ``.events`` of a
    Corpus), or None."""
    if isinstance(source, (str, os.PathLike)) and Path(source).is_dir():
        from ._store import view
        from .schema import EVENTS
        p = view(Path(source))[EVENTS]
        return pd.read_parquet(p) if p else None
    return getattr(source, "events", None)


def _parquet(path: str):
    """The open ParquetFile of ``path`` (cached per file version: a corpus rewritten in place by
    another verb of the same process is a new file, read anew)."""
    st = os.stat(path)
    return _parquet_version(path, st.st_ino, st.st_mtime_ns, st.st_size)


@functools.lru_cache(maxsize=4)
def _parquet_version(path: str, inode: int, mtime_ns: int, size: int):
    import pyarrow.parquet as pq
    _system_pool()
    return pq.ParquetFile(path)


def _system_pool() -> None:
    """Arrow allocates with the C library's malloc instead of its default mimalloc (unless the user
    chose a pool with ``ARROW_DEFAULT_MEMORY_POOL``): each forked worker that reads row groups with
    mimalloc spent ≈0.5 s of kernel time a pass on fresh memory (50,000 articles, ``--jobs 2``),
    malloc ≈0.15 s; same tables.  Set before the workers fork, so they inherit it."""
    import pyarrow as pa
    if "ARROW_DEFAULT_MEMORY_POOL" not in os.environ and pa.default_memory_pool().backend_name == "mimalloc":
        pa.set_memory_pool(pa.system_memory_pool())


def read_chunk(spec: tuple, columns=None, frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """The rows of one chunk as a DataFrame (only ``columns`` that exist, when given)."""
    path, group, start, stop = spec
    if path is None:
        df = frame if frame is not None else _FRAME
        part = df.iloc[start:stop]
        return part[[c for c in columns if c in part.columns]] if columns else part
    f = _parquet(path)
    cols = [c for c in columns if c in f.schema_arrow.names] if columns else None
    table = _row_group(path, f, group, cols)
    return (table if start == 0 and stop == table.num_rows else table.slice(start, stop - start)).to_pandas()


_GROUP: list = [None, None]        # (key, table) of the last row group read in this process


def _row_group(path: str, f, group: int, cols):
    """Row group ``group`` of the ParquetFile ``f`` (``cols``); the last one read is kept, so the
    slices of a row group cut into several chunks read it once, not once per slice."""
    st = os.stat(path)                           # a file rewritten in place is read anew
    key = (path, st.st_ino, st.st_mtime_ns, st.st_size, group, None if cols is None else tuple(cols))
    if _GROUP[0] != key:
        _GROUP[:] = [None, None]                 # free the old table before reading the next
        _GROUP[:] = [key, f.read_row_group(group, columns=cols)]
    return _GROUP[1]


def _apply(part, columns, spec, frame=None):
    return part(read_chunk(spec, columns, frame).reset_index(drop=True))


_RUNNER: Callable | None = None


@contextlib.contextmanager
def using(runner: Callable | None):
    """``with using(runner):`` every :func:`run` inside calls ``runner(source, plan, jobs, desc)``
    instead (another engine of the same plans, e.g. Dask); ``None`` changes nothing."""
    global _RUNNER
    saved, _RUNNER = _RUNNER, (runner if runner is not None else _RUNNER)
    try:
        yield
    finally:
        _RUNNER = saved


def local() -> bool:
    """True when :func:`run` uses this machine's processes (no other engine set with :func:`using`)."""
    return _RUNNER is None


def run(source, plan: Plan, jobs: int | None = None, desc: str = "chunks"):
    """``plan.finish(plan.combine([plan.part(chunk) for chunk in source]))`` over the chunks of
    ``source`` (a corpus directory, read row group by row group; a Corpus or DataFrame, sliced),
    ``jobs`` worker processes (:func:`framing._parallel.jobs_count`), with a progress bar; or by the
    runner set with :func:`using`."""
    global _FRAME
    if _RUNNER is not None:
        return _RUNNER(source, plan, jobs, desc)
    from ._progress import bar
    path = streamable(source)
    specs = chunk_specs(source)
    frame = None if path is not None else _frame(source)
    fork = path is not None or _spawn_free()
    fn = functools.partial(_apply, plan.part, plan.columns) if fork else None
    items = specs
    if not fork:          # spawn: the slices travel with the items
        items = [frame.iloc[s:e] for _, _, s, e in specs]
        fn = functools.partial(_apply_frame, plan.part, plan.columns)
    saved, _FRAME = _FRAME, frame
    try:
        with _lock(source):
            parts: list = []
            for p in bar(imap(fn, items, jobs), desc, "chunk", total=len(items)):
                parts.append(p)
                if plan.fold and len(parts) >= plan.fold:
                    parts = [plan.combine(parts)]
    finally:
        _FRAME = saved
        _GROUP[:] = [None, None]
    if not parts:
        parts = [plan.part(read_chunk((None, None, 0, 0), plan.columns, _empty_frame(source)))]
    return plan.finish(plan.combine(parts))


def _apply_frame(part, columns, df):
    return part((df[[c for c in columns if c in df.columns]] if columns else df).reset_index(drop=True))


def _spawn_free() -> bool:
    from ._parallel import _start_method
    return _start_method() == "fork"


def _empty_frame(source) -> pd.DataFrame:
    path = streamable(source)
    if path is None:
        return _frame(source).iloc[:0]
    return _parquet(str(path)).schema_arrow.empty_table().to_pandas()


def _lock(source):
    if isinstance(source, (str, os.PathLike)) and Path(source).is_dir():
        from ._store import shared
        return shared(Path(source))
    return contextlib.nullcontext()


def rows(df: pd.DataFrame, lang: str | None = None, exclude_copies: bool = False) -> pd.DataFrame:
    """The rows of a chunk that the shared row filters keep: ``lang`` (only that language),
    ``exclude_copies`` (no ``copy_of``)."""
    if exclude_copies and "copy_of" in df.columns:
        df = df[df["copy_of"].isna().to_numpy()]
    return only_lang(df, lang) if lang is not None else df


def add_counters(parts: list) -> Counter:
    """The chunks' Counters added, in chunk order (so a table built from it has the same order for any
    ``jobs``)."""
    total: Counter = Counter()
    for p in parts:
        total.update(p)
    return total


def _concat(frames: list) -> pd.DataFrame:
    frames = [f for f in frames if f is not None]
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0].reset_index(drop=True)


def content_hash(source, jobs: int | None = None) -> str:
    """:meth:`framing.corpus.Corpus.content_hash` of ``source`` (a Corpus, a table, or a corpus directory, read row
    group by row group without holding its text: each row's bytes are written to a temporary file as
    read, then hashed in id order from it; memory: the ids and the rows' offsets; disk: about the
    size of the text, removed at the end)."""
    import mmap
    import tempfile

    import numpy as np

    from .corpus import HASH_COLUMNS, load
    if streamable(source) is None:
        return load(source).content_hash()
    with tempfile.TemporaryDirectory(prefix="framing-hash-") as spill:
        ids, lens, files = run(source, Plan(functools.partial(_spill_rows, spill=spill), _spill_combine,
                                            columns=HASH_COLUMNS), jobs, "hashing")
        order = ids.reset_index(drop=True).sort_values().index.to_numpy()
        which = np.repeat(np.arange(len(files)), [n for _, n in files])   # the file of each row
        starts, k = np.zeros(len(lens), dtype=np.int64), 0                  # its offset in that file
        for _, n in files:
            starts[k:k + n] = np.cumsum(lens[k:k + n]) - lens[k:k + n]
            k += n
        h = hashlib.sha256()
        with contextlib.ExitStack() as stack:
            maps = []
            for f, n in files:
                fh = stack.enter_context(open(f, "rb"))
                maps.append(stack.enter_context(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)) if n else b"")
            for i in order:
                h.update(maps[which[i]][starts[i]:starts[i] + lens[i]])
    return h.hexdigest()


def _spill_rows(df: pd.DataFrame, *, spill: str) -> tuple:
    """One chunk of :func:`content_hash`: ``(ids, byte lengths, [(file, rows)])``, the rows' bytes
    written one after the other to a file of ``spill``."""
    import uuid

    import numpy as np

    from .corpus import _hashed_rows
    rows = list(_hashed_rows(df))
    path = os.path.join(spill, uuid.uuid4().hex)
    with open(path, "wb") as f:
        f.write(b"".join(rows))
    return df["id"], np.fromiter(map(len, rows), dtype=np.int64, count=len(rows)), [(path, len(rows))]


def _spill_combine(partials: list) -> tuple:
    import numpy as np
    return (pd.concat([p[0] for p in partials], ignore_index=True), np.concatenate([p[1] for p in partials]),
            [f for p in partials for f in p[2]])
