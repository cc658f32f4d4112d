"""Writing a corpus directory atomically (``articles.parquet``, ``rejects.csv``,
``manifest.json``, ``events.parquet``): :func:`write_corpus`, used by
``framing ingest`` and :meth:`framing.corpus.Corpus.save`."""
from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from . import __version__
from .errors import UsageError
from .schema import ARTICLES, COLUMNS, EVENTS, MANIFEST, REJECTS, stable_id
from .text import normalize

__all__ = ["write_corpus", "text_key"]

ROW_GROUP = 5000


def text_key(outlet, text) -> str:
    """Key for exact duplicates: outlet and normalised text with whitespace collapsed."""
    text = "" if text is None or text is pd.NA else str(text)
    return stable_id(outlet, " ".join(normalize(text, lower=True).split()))


def _schema(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    for c in COLUMNS:
        if c not in df.columns:
            df[c] = None
    extra = [c for c in df.columns if c not in COLUMNS]
    for c in extra:                   # an extra column with mixed kinds (str here, int or list there)
        if df[c].dtype == object:     # would stop Parquet: keep its values as text
            df[c] = df[c].map(lambda v: v if v is None or isinstance(v, str) else
                              json.dumps(v, ensure_ascii=False, default=str), na_action="ignore")
    return df[COLUMNS + extra].astype({c: "string" for c in COLUMNS}).reset_index(drop=True)


def _rejects_frame(rejects) -> pd.DataFrame:
    if isinstance(rejects, pd.DataFrame):
        df = rejects.reindex(columns=["input", "reason"])
    else:
        df = pd.DataFrame(list(rejects or []), columns=["input", "reason"])
    return df.astype("string").drop_duplicates().reset_index(drop=True)


def _read_existing(path: Path, articles: bool):
    """``(articles, rejects, manifest)`` of the corpus at ``path``; only its manifest when
    ``articles`` is false (replacing a corpus keeps nothing of it but its ``created`` time)."""
    df = pd.read_parquet(path / ARTICLES) if articles and (path / ARTICLES).exists() else None
    rej = pd.read_csv(path / REJECTS, dtype=str, keep_default_na=False) if articles and (path / REJECTS).exists() else None
    man = json.loads((path / MANIFEST).read_text("utf-8")) if (path / MANIFEST).exists() else {}
    return df, rej, man


def _merge(old: pd.DataFrame, new: pd.DataFrame) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """Rows of ``new`` not in ``old``: same id → already there (no change); same
    outlet and text under another id → a reject ``duplicate of <id>``."""
    have = set(old["id"].astype(str))
    keys = {text_key(o, t): i for i, o, t in zip(old["id"], old["outlet"], old["text"])}
    keep, rejects = [], []
    ids = list(new["id"])
    for n, (i, o, t, src) in enumerate(zip(new["id"], new["outlet"], new["text"], new["source_path"])):
        k = text_key(o, t)
        if k in keys:
            if keys[k] != i:                 # the same text again under another id
                rejects.append((str(src), f"duplicate of {keys[k]}"))
            continue                         # (same id and text: already there, no change)
        if i in have:                        # an id taken by another text: keep both
            i = ids[n] = stable_id(i, o, k)
        have.add(i)
        keys[k] = i
        keep.append(n)
    new = new.assign(id=ids)
    return pd.concat([old, new.iloc[keep]], ignore_index=True), rejects


def _write_parquet(df: pd.DataFrame, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    table = pa.Table.from_pandas(df, preserve_index=False)
    with pq.ParquetWriter(path, table.schema) as w:
        for start in range(0, max(len(df), 1), ROW_GROUP):
            w.write_table(table.slice(start, ROW_GROUP))


def write_corpus(path: str | os.PathLike, articles: pd.DataFrame, rejects: pd.DataFrame | None = None,
                 manifest: dict | None = None, events: pd.DataFrame | None = None,
                 inputs: list[dict] | None = None, append: bool = False) -> Path:
    """Write a corpus directory: ``articles.parquet`` (row groups of 5000), ``rejects.csv``
    (``input, reason``), ``manifest.json`` and, when given, ``events.parquet``.

    Atomic: everything is written to a temporary directory beside ``path`` that then
    replaces the old one, so a failure leaves the previous corpus intact.  With
    ``append=True`` the articles are added to the existing corpus (same id: kept once;
    same outlet and text under another id: a ``duplicate of`` reject) and rejects,
    inputs and events are kept.  The manifest keeps the original ``created`` time.
    Other files in the old directory (not the four above) are carried over.
    Raises :class:`UsageError` when ``path`` is a file or a non-empty directory that
    is not a corpus.
    """
    path = Path(path)
    old_df = old_rej = None
    old_man: dict = {}
    if path.exists():
        if not path.is_dir():
            raise UsageError(f"{path} exists and is a file, expected a corpus directory")
        if not (path / ARTICLES).exists() and not (path / MANIFEST).exists() and any(path.iterdir()):
            raise UsageError(f"{path} exists and is not a corpus directory (no {ARTICLES}); "
                             f"choose a new or empty directory")
        old_df, old_rej, old_man = _read_existing(path, articles=append)
    articles = _schema(articles)
    rejects = _rejects_frame(rejects)
    old_inputs = list(old_man.get("inputs") or [])
    if append and old_df is not None:
        articles, dup = _merge(_schema(old_df), articles)
        parts = [r for r in (old_rej, rejects, _rejects_frame(dup)) if r is not None and len(r)]
        rejects = _rejects_frame(pd.concat(parts, ignore_index=True) if parts else None)
        if events is None and (path / EVENTS).exists():
            events = pd.read_parquet(path / EVENTS)
    if inputs is None:
        inputs = list((manifest or {}).get("inputs") or [])
    if append:
        seen = {(d.get("path"), d.get("sha256")) for d in old_inputs}
        inputs = old_inputs + [d for d in inputs if (d.get("path"), d.get("sha256")) not in seen]
    created = (old_man.get("created") or (manifest or {}).get("created")
               or _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat())
    man = {**(old_man if append else {}), **(manifest or {})}     # (appending keeps e.g. outlet names)
    man.update({"toolkit": "framing", "version": __version__, "created": created, "inputs": inputs,
                "counts": {"articles": int(len(articles)), "rejects": int(len(rejects)),
                           "outlets": int(articles["outlet"].nunique())}})
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.tmp-", dir=path.parent))
    try:
        os.chmod(tmp, 0o777 & ~_umask())
        _write_parquet(articles, tmp / ARTICLES)
        rejects.to_csv(tmp / REJECTS, index=False)
        (tmp / MANIFEST).write_text(json.dumps(man, ensure_ascii=False, indent=2) + "\n", "utf-8")
        if events is not None:
            events.to_parquet(tmp / EVENTS, index=False)
        if path.exists():
            for p in path.iterdir():
                if p.name not in (ARTICLES, REJECTS, MANIFEST, EVENTS) and not (tmp / p.name).exists():
                    (shutil.copytree if p.is_dir() else shutil.copy2)(p, tmp / p.name)
        _swap(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return path


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _swap(tmp: Path, path: Path) -> None:
    """Rename ``tmp`` to ``path``, replacing an existing directory."""
    if not path.exists():
        os.replace(tmp, path)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{path.name}.old-", dir=path.parent))
    os.rmdir(old)
    os.replace(path, old)
    try:
        os.replace(tmp, path)
    except BaseException:
        os.replace(old, path)
        raise
    with contextlib.suppress(OSError):
        shutil.rmtree(old)
