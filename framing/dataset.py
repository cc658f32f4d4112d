"""A corpus as a partitioned Parquet dataset (hive layout, by outlet and month) that Dask,
DuckDB, Spark and Arrow read directly: :func:`export_dataset`, :func:`read_dataset`.

Layout (``docs/scale.md``)::

    DATASET/
      outlet=<outlet>/month=<YYYY-MM>/part-<n>.parquet   the articles of one outlet and month
      outlet=<outlet>/month=undated/…                     articles without a readable date
      _framing/manifest.json                              the corpus manifest + "dataset": layout
      _framing/events.parquet                             (when the corpus has events)
      .framing-dataset                                    marker: framing wrote this folder

Partition values are written as they are, in UTF-8 (``outlet=صحيفة المرصد``: Spark and
DuckDB read them back unchanged); an outlet name holding ``/`` or ``%`` cannot name a folder
that every engine reads alike, so it is refused (rename it first: ``framing outlets --rename``).  The files hold every corpus column except ``outlet`` (it is in the path), all strings,
in row groups of at most 5,000 rows; ``month`` (``YYYY-MM``, the first 7 characters of
``published``) exists only in the paths.  Folders starting with ``_`` or ``.`` are skipped by
Arrow, Dask and Spark; name the files for DuckDB: ``DATASET/outlet=*/month=*/*.parquet``.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

from .corpus import DATASET_MARKER
from .errors import InputError, UsageError

__all__ = ["export_dataset", "read_dataset", "is_dataset", "MARKER", "PARTITIONS"]

MARKER = DATASET_MARKER
PARTITIONS = ("outlet", "month")
ROW_GROUP = 5000
OPEN = 256                      # partition files open at once while writing
NO_MONTH = "undated"     # month of articles without a readable date (a null partition value would stop
                         # Dask's reader when one folder holds only such articles)
_MONTH = re.compile(r"^\d{4}-\d{2}")


def is_dataset(path) -> bool:
    """True when ``path`` is a folder :func:`export_dataset` wrote."""
    return (Path(path) / MARKER).is_file()


def _batches(corpus, columns=None):
    """Record batches of the corpus articles (a corpus directory is streamed row group by row
    group; anything else :func:`framing.corpus.load` reads is converted whole), and its manifest
    and events table."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from .corpus import load
    p = Path(corpus) if isinstance(corpus, (str, os.PathLike)) else None
    if p is not None and p.is_dir() and not is_dataset(p):
        from ._store import shared, view
        with shared(p):
            v = view(p)
            if v["articles.parquet"] is None:
                raise InputError(f"{p} is not a corpus directory (no articles.parquet)")
            man = json.loads(v["manifest.json"].read_text("utf-8")) if v["manifest.json"] else {}
            events = pq.read_table(v["events.parquet"]) if v["events.parquet"] else None
            pf = pq.ParquetFile(v["articles.parquet"])
        return pf.iter_batches(batch_size=ROW_GROUP), pf.schema_arrow, man, events
    c = load(corpus)
    table = pa.Table.from_pandas(c.df, preserve_index=False)
    events = pa.Table.from_pandas(c.events, preserve_index=False) if c.events is not None else None
    return table.to_batches(ROW_GROUP), table.schema, dict(c.manifest), events


def _month(batch):
    """``YYYY-MM`` of each row's ``published`` (None when unreadable)."""
    return [m if m and _MONTH.match(m) and len(m) == 7 else None
            for m in (None if v is None else str(v)[:7] for v in batch.column("published").to_pylist())]


def _folder(outlet, month) -> str:
    if outlet is None or "/" in outlet or "%" in outlet or outlet.strip(".") == "":
        raise UsageError(f"outlet name {outlet!r} cannot name a partition folder (no /, %, empty or dots): "
                         f"rename it first (framing outlets CORPUS --rename OLD=NEW)")
    return f"outlet={outlet}/month={month or NO_MONTH}"


def _write_parts(batches, root: Path, schema) -> int:
    """Write the batches into ``outlet=…/month=…/part-<n>.parquet`` files (at most ``OPEN`` open at
    once: then they are closed and later rows go to the next ``part-<n>``); returns the file count."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq
    keep = [n for n in schema.names if n != "outlet"]
    out_schema = pa.schema([schema.field(n) for n in keep])
    writers: dict[str, pq.ParquetWriter] = {}
    serial, files = 0, 0
    try:
        for batch in batches:
            table = pa.Table.from_batches([batch]).select(schema.names)
            keys = [_folder(o, m) for o, m in zip(table.column("outlet").to_pylist(), _month(table))]
            karr = pa.array(keys)
            for key in dict.fromkeys(keys):
                if key not in writers:
                    if len(writers) >= OPEN:
                        for w in writers.values():
                            w.close()
                        writers, serial = {}, serial + 1
                    (root / key).mkdir(parents=True, exist_ok=True)
                    writers[key] = pq.ParquetWriter(root / key / f"part-{serial}.parquet", out_schema)
                    files += 1
                rows = table.filter(pc.equal(karr, key)).select(keep)
                writers[key].write_table(rows.cast(out_schema), row_group_size=ROW_GROUP)
    finally:
        for w in writers.values():
            w.close()
    return files


def _check_target(path: Path, overwrite: bool) -> None:
    if not path.exists():
        return
    if path.is_dir() and not any(path.iterdir()):
        return
    if not is_dataset(path):
        raise UsageError(f"{path} exists and is not a dataset framing wrote: choose a new or empty folder")
    if not overwrite:
        raise UsageError(f"{path} already holds a dataset: pass overwrite=True (--overwrite) to replace it")


def export_dataset(corpus, path, *, overwrite: bool = False) -> Path:
    """Write ``corpus`` (a corpus directory, a table, a DataFrame or a Corpus) as a Parquet dataset
    partitioned by outlet and month (hive layout, see the module doc) at ``path``; returns the path.

    A corpus directory is streamed row group by row group (memory: a few row groups, not the
    corpus).  Rows keep the corpus order within each partition.  The dataset is written beside
    ``path`` and renamed into place, so ``path`` never holds half a dataset; an existing dataset
    is replaced only with ``overwrite``.  ``framing export CORPUS -o DATASET`` calls it.
    """
    import pyarrow.parquet as pq
    path = Path(path)
    _check_target(path, overwrite)
    batches, schema, manifest, events = _batches(corpus)
    if "published" not in schema.names or "outlet" not in schema.names:
        raise InputError("the corpus has no outlet or published column to partition by")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        tmp.mkdir(parents=True)
        _write_parts(batches, tmp, schema)
        meta = tmp / "_framing"
        meta.mkdir(parents=True, exist_ok=True)
        layout = {"partitioning": "hive", "partitions": list(PARTITIONS), "month": "first 7 characters of published",
                  "columns": {f.name: str(f.type) for f in schema if f.name != "outlet"}}
        (meta / "manifest.json").write_text(json.dumps({**manifest, "dataset": layout}, ensure_ascii=False,
                                                       indent=2) + "\n", "utf-8")
        if events is not None:
            pq.write_table(events, meta / "events.parquet")
        (tmp / MARKER).write_text(json.dumps({"format": "framing dataset", "version": 1}) + "\n", "utf-8")
        if path.exists():
            shutil.rmtree(path)
        os.replace(tmp, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return path


def read_dataset(path, columns=None):
    """The articles of a dataset :func:`export_dataset` wrote, as a pandas DataFrame with the corpus
    columns (``outlet`` back as a string column, ``month`` dropped), its files in sorted path order
    (the order :func:`framing.load` and the Dask engine read them in)."""
    import pandas as pd
    from .corpus import dataset_parts, read_dataset_part
    if not is_dataset(path):
        raise InputError(f"{path} is not a dataset written by framing export (no {MARKER})")
    parts = [read_dataset_part(f, k, columns) for f, k in dataset_parts(path)]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns or ["id", "outlet"])
