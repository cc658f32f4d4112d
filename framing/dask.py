"""The Dask engine: the counting verbs on a Dask cluster (``--engine dask [--scheduler ADDRESS]``).

Every counting verb is a recipe of chunked passes (:mod:`framing.chunks`): a pure
``part(df_chunk) -> partial``, an exact ``combine(partials)`` and a ``finish``.  The local engine
(``--jobs``) maps ``part`` over the corpus's row groups in worker processes; this engine maps the
SAME ``part`` over the partitions of a :mod:`dask.dataframe` (``map_partitions``), merges the
partials with the same ``combine`` (on the workers in partition order for the counting passes, on the
client for the passes that return rows) and calls the same ``finish``: the results are identical,
and there is one definition of each computation.  Statistics (shares, intervals, keyness scores,
bootstraps) run once, on the client, on the combined per-document counts.

Partitions: one per chunk (1,000 rows of a row group) of a corpus directory's ``articles.parquet``, one per
file of a dataset folder (:func:`framing.export_dataset`, outlet × month), or slices of
:data:`PARTITION_ROWS` rows of a table or DataFrame already in memory.  The workers read the
Parquet files themselves: on a cluster, the corpus must be on a file system every worker sees
(an HPC scratch/project file system, a Kubernetes volume) and ``framing`` installed on every worker.

Distributed: ``ingest`` of tables (each table file is read on a worker), ``count_terms``,
``term_shares``, ``compare_terms``, ``kwic``, ``keyness``, ``sample`` (audit).  Not distributed:
events and wire copies (a date-ordered sweep over the whole corpus: one machine, bounded memory),
reports and statistics (small tables).  See ``docs/scale.md``.

``import framing.dask`` imports neither dask nor distributed: they are imported when a function
runs (``pip install 'framing[dask]'``).
"""
from __future__ import annotations

import contextlib
import functools
import os
from pathlib import Path

from .errors import UsageError
from ._renamed import renamed

__all__ = ["client", "engine", "frame", "run", "ingest_to_corpus", "count_terms", "term_shares",
           "compare_terms", "kwic", "keyness", "sample", "PARTITION_ROWS"]

#: rows per partition when a table or DataFrame in memory is cut into partitions
PARTITION_ROWS = 5000


def _distributed():
    try:
        import dask.dataframe  # noqa: F401
        import distributed
    except ImportError:
        raise UsageError("--engine dask needs dask and distributed: pip install 'framing[dask]'") from None
    return distributed


@contextlib.contextmanager
def client(scheduler=None, *, workers: int | None = None):
    """A ``distributed.Client`` for the duration of the block, set as Dask's default.

    ``scheduler``: the address of a running scheduler (``tcp://10.0.0.5:8786``), a scheduler file
    (``sched.json``, written by ``dask scheduler --scheduler-file``), a cluster object
    (``SLURMCluster``, ``KubeCluster``: its ``scheduler_address``), a ``distributed.Client`` (used
    as it is, not closed) or None: a ``LocalCluster`` on this machine (``workers`` processes,
    default one per core, one thread each, no dashboard, loopback only), closed at the end."""
    distributed = _distributed()
    if isinstance(scheduler, distributed.Client):
        yield scheduler
        return
    scheduler = getattr(scheduler, "scheduler_address", scheduler)
    if scheduler:
        where = str(scheduler)
        file = where.endswith(".json") and os.path.isfile(where)
        try:
            c = (distributed.Client(scheduler_file=where, timeout="30s", set_as_default=True) if file
                 else distributed.Client(where, timeout="30s", set_as_default=True))
        except (OSError, TimeoutError, ValueError) as e:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {str(e).splitlines()[0]}") from None
        with c:
            yield c
        return
    from ._parallel import jobs_count
    n = workers or jobs_count(0)                 # 0: all cores
    with distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  scheduler_port=0, dashboard_address=None) as cluster, \
            distributed.Client(cluster, set_as_default=True) as c:
        yield c


# -- the corpus as a dask DataFrame ------------------------------------------------------------

def _read_chunk(spec: tuple, columns=None):
    """The rows of one chunk ``(path, row_group, start, stop)`` of :func:`framing.chunks.chunk_specs`,
    from a file opened now (a worker lives longer than one corpus version: nothing is cached)."""
    import pyarrow.parquet as pq
    path, group, start, stop = spec
    f = pq.ParquetFile(path)
    cols = [c for c in columns if c in f.schema_arrow.names] if columns else None
    return f.read_row_group(group, columns=cols).slice(start, stop - start).to_pandas()


def _read_dataset_file(path: str, keys: tuple, columns=None):
    from .corpus import read_dataset_part
    return read_dataset_part(path, dict(keys), columns)


def _parts_of(source, columns):
    """``(reader, args, meta)``: the partitions of a corpus directory or dataset folder, or None."""
    if not isinstance(source, (str, os.PathLike)) or not Path(source).is_dir():
        return None
    p = Path(source)
    from .corpus import DATASET_MARKER, dataset_parts
    if (p / DATASET_MARKER).is_file():
        files = dataset_parts(p)
        if not files:
            return None
        args = [(str(f), tuple(sorted(k.items()))) for f, k in files]
        meta = _read_dataset_file(args[0][0], args[0][1], columns).iloc[:0]
        return functools.partial(_read_dataset_file, columns=columns), args, meta
    from .chunks import chunk_specs, streamable
    if streamable(p) is None:
        return None
    specs = chunk_specs(p)
    meta = _read_chunk(specs[0][:2] + (0, 0), columns) if specs else None
    return functools.partial(_read_chunk, columns=columns), [(s,) for s in specs], meta


def frame(source, columns=None):
    """``source`` as a ``dask.dataframe.DataFrame`` of corpus rows, partitions in corpus order.

    A corpus directory: one partition per chunk of :func:`framing.chunks.chunk_specs` (slices of
    ``articles.parquet`` row groups, as the local engine reads them), read by the workers;
    a dataset folder (:func:`framing.export_dataset`): one per file, in sorted path order, with
    ``outlet`` from the folder name; anything else :func:`framing.load` reads (a table, a
    DataFrame, a Corpus): loaded here and cut into partitions of :data:`PARTITION_ROWS` rows.
    ``columns``: only these corpus columns (those that exist)."""
    _distributed()
    import dask.dataframe as dd
    found = _parts_of(source, columns)
    if found is not None and found[1]:
        reader, args, meta = found
        return dd.from_map(reader, *zip(*args), meta=meta, enforce_metadata=False)
    from .lexicon.core import _frame
    df = _frame(source)
    if columns:
        df = df[[c for c in columns if c in df.columns]]
    return dd.from_pandas(df.reset_index(drop=True), chunksize=PARTITION_ROWS, sort=False)


# -- running a plan ---------------------------------------------------------------------------

def _partial(df, part):
    """One partition → a one-element object Series holding ``part(partition)``."""
    import pandas as pd
    out = pd.Series([None], dtype=object)
    out.iat[0] = part(df.reset_index(drop=True))
    return out


def _first(series):
    return series.iat[0]


def run(source, plan, jobs=None, desc: str = "chunks"):
    """``plan.finish(plan.combine([plan.part(p) for p in partitions]))`` on the Dask cluster: ``part``
    in ``map_partitions``, ``combine`` on the workers every ``plan.fold`` partials in partition order (the
    merged ones first) when the plan folds (counting passes), else on the client in partition order (row
    passes); ``finish`` here.
    Same signature as :func:`framing.chunks.run` (``jobs``, ``desc`` unused: the cluster decides)."""
    import dask
    import pandas as pd

    from .chunks import _lock     # the corpus directory's shared lock while the workers read it
    with _lock(source), dask.config.set({"dataframe.convert-string": False}):   # rows as the local reader gives them
        ddf = frame(source, plan.columns)
        part = dask.delayed(plan.part, pure=True)        # one key for the function and its options (a term map)
        partials = ddf.map_partitions(_partial, part, meta=pd.Series(dtype=object), enforce_metadata=False)
        parts = [dask.delayed(_first)(d) for d in partials.to_delayed()]
        fold = plan.fold or 0
        if fold > 1 and len(parts) > fold:        # merged in partition order, as the local runner does:
            acc = dask.delayed(plan.combine)(parts[:fold])      # a merged partial comes first, then raw ones
            for i in range(fold, len(parts), fold - 1):         # (boilerplate tallies keep the text of a
                acc = dask.delayed(plan.combine)([acc] + parts[i:i + fold - 1])   # line only once seen twice)
            parts = [acc]
        results = list(dask.compute(*parts)) if parts else []
    if not results:
        results = [plan.part(ddf._meta.iloc[:0])]
    return plan.finish(plan.combine(results))


@contextlib.contextmanager
def engine(scheduler=None):
    """Inside the block, every chunked pass of the verbs (:func:`framing.chunks.run`) runs on the
    Dask cluster at ``scheduler`` (see :func:`client`), through :func:`framing.chunks.using`."""
    from . import chunks
    with client(scheduler), chunks.using(_run):
        yield


def _run(source, plan, jobs=None, desc: str = "chunks"):
    return run(source, plan, jobs, desc)       # (looked up when called: tests may wrap run)


# -- the verbs ------------------------------------------------------------------------------

def _on_dask(name: str, module: str):
    """``name`` of ``module`` run on the Dask engine: same keywords, plus ``scheduler``."""
    import importlib

    def verb(*args, scheduler=None, **options):
        fn = getattr(importlib.import_module(module), name)
        with engine(scheduler):
            return fn(*args, **options)
    verb.__name__ = verb.__qualname__ = name
    verb.__doc__ = (f"``{module}.{name}`` with its chunked passes on a Dask cluster: same arguments and "
                    f"result, plus ``scheduler`` (an address, a Client, or None: a LocalCluster here).")
    return verb


count_terms = _on_dask("count_terms", "framing.analysis")
term_shares = _on_dask("term_shares", "framing.analysis")
compare_terms = _on_dask("compare_terms", "framing.analysis")
keyness = _on_dask("keyness", "framing.analysis")
kwic = _on_dask("kwic", "framing.lexicon")
sample = _on_dask("sample", "framing.audit.sampling")


def _table_files(paths, format, follow_links):
    from .ingest.files import TABLE_SUFFIXES, walk
    from .tables import table_suffix
    if format not in ("auto", "table"):
        return []
    return [p for p, problem in walk(paths, follow_links=follow_links) if not problem
            and (format == "table" or table_suffix(p) in TABLE_SUFFIXES)]


def _read_table(path, outlet=None, columns=None) -> list:
    """The chunks ``(articles, rejects)`` of one table, read on a worker by the reader of the local
    engine (:func:`framing.tables.iter_table`; the real one, also in a worker thread of this
    process while :func:`ingest_to_corpus` stands in for it)."""
    from . import tables
    fn = tables.iter_table
    return list(getattr(fn, "__wrapped__", fn)(path, outlet=outlet, columns=columns))


@renamed(format="input_format", out="output")
def ingest_to_corpus(paths, output, *, scheduler=None, outlet=None, input_format: str = "auto", columns=None,
                     follow_links: bool = False, **options):
    """:func:`framing.ingest_to_corpus` with every table file (JSONL/CSV/Parquet, gzipped or not) read
    and brought to the corpus schema on a Dask worker (:func:`framing.tables.iter_table`, the reader
    of the local engine); pages, duplicates and the write stay here, in input order, so the corpus
    is the one the local engine writes.  Split a large export into several files (one per month or
    outlet) to spread it over the workers: one file is read by one worker."""
    from . import tables
    from .ingest import ingest_to_corpus as local
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    with client(scheduler) as c:
        files = _table_files(list(paths), input_format, follow_links)
        futures = {str(p): c.submit(_read_table, p, outlet=outlet, columns=columns, pure=False)
                   for p in files}
        real = tables.iter_table

        def iter_table(path, outlet=None, columns=None, **kw):
            f = futures.pop(str(path), None)
            yield from (f.result() if f is not None else real(path, outlet=outlet, columns=columns, **kw))
        iter_table.__wrapped__ = real
        tables.iter_table = iter_table
        try:
            return local(paths, output, outlet=outlet, input_format=input_format, columns=columns, follow_links=follow_links,
                         **options)
        finally:
            tables.iter_table = real
            for f in futures.values():
                f.cancel()
