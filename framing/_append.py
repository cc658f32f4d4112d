"""``--append`` without reading the corpus whole (issue 17): the corpus's ``articles.parquet``
followed by the new articles it has not, written row group by row group to a spool beside the
corpus (:class:`framing.storage.ArticlesSpool`), which :func:`framing.storage.write_corpus`
moves in under the corpus lock.

Three passes, each holding one row group (:data:`framing.storage.ROW_GROUP` articles) at most:

1. *keys*: the ids and text keys of the old articles, from the columns ``id`` and
   :data:`~framing.storage.KEY` only (a corpus written before that column: ``id, outlet, text``,
   its keys computed row group by row group, and written by this append);
2. *new*: the new rows checked against them (:func:`framing.storage._fresh`: a repeated text is a
   ``duplicate of <id>`` reject, a taken id gets a derived id), the kept ones spooled;
3. *copy*: the old row groups (Arrow tables, never turned into Python strings) then the kept
   rows, all brought to one schema: the one pandas gives the old and new rows joined (a column
   only one side has is null on the other, an integer column then decimal, as the in-memory
   merge did), so the file is the one that merge wrote.  Rows that do not fit it (a column's
   values of another kind in a later row group) make the append fall back to that merge
   (:func:`_gathered`: the rows in memory).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import storage as _st


class _Unlike(Exception):
    """A row group that cannot be brought to the schema of the first ones."""


def appended(corpus: Path, old_file: Path, new):
    """``(spool, frame, rejects)``: the spool holding the old articles then the new ones not in the
    corpus, what its :meth:`~framing.storage.ArticlesSpool.finish` returned (None: the rows are
    in its file) and the duplicates' rejects ``(input, reason)``.  ``new``: a DataFrame or the
    path of a spool's Parquet file."""
    try:
        return _streamed(corpus, old_file, new)
    except _Unlike:
        return _gathered(corpus, old_file, new)


def _old_keys(f) -> tuple[set, dict, list | None]:
    """Pass 1: ``(ids, keys, computed)`` of the Parquet file ``f`` (ids, text key → id, and the keys in
    row order when the file has no :data:`KEY` column and they had to be computed, else None)."""
    have, keys = set(), {}
    stored = _st.KEY in f.schema_arrow.names
    computed = None if stored else []
    for g in range(f.num_row_groups):
        t = f.read_row_group(g, columns=["id", _st.KEY] if stored else ["id", "outlet", "text"])
        ids = [str(i) for i in t.column("id").to_pylist()]
        if stored:
            ks = t.column(_st.KEY).to_pylist()
        else:
            ks = [_st.text_key(pd.NA if o is None else o, x)
                  for o, x in zip(t.column("outlet").to_pylist(), t.column("text").to_pylist())]
            computed += ks
        have.update(ids)
        keys.update(zip(ks, ids))
    return have, keys, computed


def _new_rows(corpus: Path, new, have: set, keys: dict):
    """Pass 2: the new rows the corpus has not, in a spool (:func:`framing.storage._fresh`), and the rejects."""
    spool = _st.ArticlesSpool(corpus, tag="append-new")
    rejects = []
    try:
        for df in [new] if isinstance(new, pd.DataFrame) else _row_groups(new):
            kept, dup = _st._fresh(_st._schema(df), have, keys)
            spool.add(kept)
            rejects += dup
        return spool, spool.finish(), rejects
    except BaseException:
        spool.discard()
        raise


def _target(f, kept_sample: pd.DataFrame | None):
    """The schema of the appended file: the one pandas gives the old corpus's first row group
    joined with the first kept rows (what the in-memory merge wrote)."""
    import pyarrow as pa
    old = (f.read_row_group(0) if f.num_row_groups else f.schema_arrow.empty_table()).to_pandas()
    if _st.KEY not in old.columns:
        old[_st.KEY] = ""
    frames = [_st._schema(old)] + ([kept_sample] if kept_sample is not None and len(kept_sample) else [])
    joined = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    return pa.Table.from_pandas(_st._schema(joined), preserve_index=False).schema


def _conform(t, schema):
    """The Arrow table ``t`` with the columns and types of ``schema``: missing columns null, and
    only the casts pandas makes when it joins frames (no type yet → any; integers → decimals;
    true/false → text; text stored in 32- or 64-bit offsets); :class:`_Unlike` for anything else, and for integers or true/false with
    nulls (pandas reads those as decimals or objects: the in-memory merge would change their type)."""
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
    f = pq.ParquetFile(old_file)
    have, keys, computed = _old_keys(f)
    kept, kept_frame, rejects = _new_rows(corpus, new, have, keys)
    out = _st.ArticlesSpool(corpus, tag="append")
    try:
        target = _target(f, next(_kept_chunks(kept, kept_frame), None))
        done = 0
        for g in range(f.num_row_groups):
            t = f.read_row_group(g)
            if computed is not None:
                t = t.append_column(_st.KEY, pa.array(computed[done:done + len(t)], target.field(_st.KEY).type))
            done += len(t)
            out.add_arrow(_conform(t, target))
        for df in _kept_chunks(kept, kept_frame):
            out.add_arrow(_conform(pa.Table.from_pandas(_st._schema(df), preserve_index=False), target))
        return out, out.finish(), rejects
    except BaseException:
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
    out = _st.ArticlesSpool(corpus, tag="append")
    have, keys, rejects = set(), {}, []
    try:
        for df in _row_groups(old_file):
            if _st.KEY not in df.columns:
                df = _st._keyed(df)
            have.update(df["id"].astype(str))
            keys.update(zip(df[_st.KEY], df["id"]))
            out.add(df)
        for df in [new] if isinstance(new, pd.DataFrame) else _row_groups(new):
            kept, dup = _st._fresh(_st._schema(df), have, keys)
            out.add(kept)
            rejects += dup
        return out, out.finish(), rejects
    except BaseException:
        out.discard()
        raise


def _row_groups(path: Path):
    """The Parquet file at ``path`` as DataFrames, one row group at a time."""
    import pyarrow.parquet as pq
    f = pq.ParquetFile(path)
    for g in range(f.num_row_groups):
        yield f.read_row_group(g).to_pandas()
