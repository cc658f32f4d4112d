"""Ingestion: saved web pages, text saved from a browser and exported tables → a corpus.

>>> from framing.ingest import ingest_to_corpus
>>> corpus = ingest_to_corpus(["saved_pages/"], "mycorpus")        # doctest: +SKIP

* ``ingest(paths, outlet=None, format="auto", progress=None, columns=None) -> IngestResult``
  reads files and directories (recursively) one file at a time.  Every input
  becomes an article or a reject ``(input, reason)``: empty, binary,
  undecodable or unreadable files, symlink loops, pages with no article text,
  table rows without text, exact duplicates (same outlet and normalised text:
  ``duplicate of <id>``).  Nothing stops the batch.
* ``write_corpus(path, articles, rejects, ...)`` writes the corpus directory under
  its lock, staging new files and swapping them in (see :mod:`framing._store`).
* ``ingest_to_corpus(paths, out, ...)`` does both and returns the :class:`~framing.corpus.Corpus`.

The id of an article from a page is ``stable_id(outlet, sha256 of the file)``:
the same file always gets the same id.  Table rows keep their own ``id``.
Outlet: ``outlet=`` (``--outlet``), else the page's site name (``og:site_name``),
(pages without one take the site name the other pages of their outlet folder agree on),
else the domain of its canonical URL, else the name of the file's directory.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import __version__
from ..corpus import ARTICLES, COLUMNS, EVENTS, MANIFEST, REJECTS, Corpus, detect_lang, load, stable_id
from ..errors import FramingError, InputError, UsageError
from ..text import normalize

__all__ = ["IngestResult", "ingest", "write_corpus", "ingest_to_corpus", "text_key"]

FORMATS = ("auto", "html", "text", "table")
#: pages larger than this are rejected (tables may be larger)
MAX_PAGE_BYTES = 50 * 1024 * 1024
#: seconds one page may take to read before it becomes a reject (None: no limit)
PAGE_SECONDS = 60.0
ROW_GROUP = 5000


class _OverBudget(Exception):
    pass


@contextlib.contextmanager
def _budget(seconds: float | None):
    """Raise :class:`_OverBudget` in the block after ``seconds`` (SIGALRM; main thread only, else no limit)."""
    import signal
    import threading
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(signum, frame):
        raise _OverBudget()
    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@dataclass
class IngestResult:
    """``articles`` (corpus columns), ``rejects`` (``input, reason``) and ``inputs``
    (``[{"path", "sha256"}]``, one per file read)."""
    articles: pd.DataFrame
    rejects: pd.DataFrame
    inputs: list[dict] = field(default_factory=list)

    def summary(self) -> str:
        outlets = self.articles["outlet"].nunique() if len(self.articles) else 0
        return f"{len(self.articles)} articles, {len(self.rejects)} rejects, {outlets} outlets"


def text_key(outlet, text) -> str:
    """Key for exact duplicates: outlet and normalised text with whitespace collapsed."""
    text = "" if text is None or text is pd.NA else str(text)
    return stable_id(outlet, " ".join(normalize(text, lower=True).split()))


def _sha256(path: Path) -> tuple[str, int]:
    h, n = hashlib.sha256(), 0
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
            n += len(block)
    return h.hexdigest(), n


def _page_row(path: Path, raw: bytes, sha: str, what: str, outlet: str | None) -> dict:
    """One article from a page file, or raise ValueError with the reason."""
    from .browser_text import clean_page
    from .files import decode, mhtml_html
    from .html import read_html
    if what == "mhtml":
        raw, what = mhtml_html(raw), "html"
    decoded = decode(raw)
    if decoded is None:
        raise ValueError("undecodable: not UTF-8, UTF-16 or an Arabic code page")
    text = decoded[0]
    site = url = None
    if what == "html":
        art = read_html(text)
        if art is None:
            raise ValueError("no article text found in the page")
        title, body, published, credit, site, url = (art.title, art.text, art.published, art.credit,
                                                     art.outlet, art.url)
    else:
        page = clean_page(text)
        if page is None:
            raise ValueError("no article text found (no run of prose paragraphs)")
        title, body, published, credit = page.title, page.text, page.published, page.credit
    return {"id": None, "outlet": outlet or site, "url": url, "published": published, "title": title,
            "text": body, "lang": detect_lang(f"{title or ''}\n{body}"), "credit": credit, "event_id": None,
            "source_path": str(path), "source_sha256": sha}


_DATE_FOLDER = __import__("re").compile(r"^[\d_.\-]+$")


def _outlet_folder(path: Path, roots: list[Path]) -> tuple[Path, str]:
    """The folder that names a page's outlet and how the page lies in it: the first folder under
    the directory it was found in (``pages/al-ufuq/2025/08/x.txt`` → ``al-ufuq``, ``"sub"``), or
    that directory itself when the page lies directly in it (``"root"``), so ``al-ufuq/`` and its
    parent folder give the same outlet folder; a folder named like a date (``2025``, ``08``)
    gives way to the nearest folder above it that is not.  ``"alone"``: a file given by itself."""
    resolved = path.resolve()
    folder, how = resolved.parent, "alone"
    for root in roots:
        try:
            rel = resolved.relative_to(root)
        except ValueError:
            continue
        folder, how = (root / rel.parts[0], "sub") if len(rel.parts) > 1 else (root, "root")
        break
    while _DATE_FOLDER.match(folder.name) and folder.parent != folder:
        folder = folder.parent
    return folder, how


def _name_outlets(rows: list[dict], folders: list[tuple[Path, str]]) -> None:
    """Give pages without a site name (text saved from a browser, bare HTML) the outlet of
    their folder: the site name its other pages agree on (in a folder given on the command
    line, only when most of its pages name it: it may be a mixed bag; and only when the
    page's own URL, if any, is on a domain of those pages), else its URL's domain, else the
    folder's name.  Then derive each page's id from (outlet, sha256), so the same input
    always gets the same id."""
    from .html import domain
    sites: dict[Path, set] = {}
    domains: dict[Path, set] = {}
    named: dict[Path, int] = {}
    total: dict[Path, int] = {}
    for row, (folder, how) in zip(rows, folders):
        total[folder] = total.get(folder, 0) + 1
        if row["outlet"] and how != "alone":
            sites.setdefault(folder, set()).add(row["outlet"])
            domains.setdefault(folder, set()).add(domain(row["url"]))
            named[folder] = named.get(folder, 0) + 1
    for row, (folder, how) in zip(rows, folders):
        if not row["outlet"]:
            agreed = sites.get(folder, set())
            own = domain(row["url"])
            fits = (own is None or own in domains.get(folder, set())) and \
                (how == "sub" or 2 * named.get(folder, 0) > total[folder])
            row["outlet"] = (next(iter(agreed)) if len(agreed) == 1 and fits
                             else own or folder.name)
        row["id"] = stable_id(row["outlet"], row["source_sha256"])


def ingest(paths: Iterable[str | os.PathLike] | str | os.PathLike, outlet: str | None = None,
           format: str = "auto", progress: bool | None = None, columns: dict[str, str] | None = None,
           exclude: Iterable[str | os.PathLike] = (), follow_links: bool = False,
           seconds: float | None = PAGE_SECONDS) -> IngestResult:
    """Read files and directories (recursively) into articles and rejects.

    ``format``: ``auto`` (from suffix and content), ``html``, ``text`` (saved from a
    browser) or ``table`` (JSONL/CSV/Parquet).  ``progress``: None shows a bar on a
    terminal or in a Jupyter notebook (tqdm.auto), True/False force it.  ``columns`` maps table column names
    (``{"source": "outlet"}``).  ``follow_links``: also read files that symlinks inside the
    folders lead to outside them.  ``seconds``: the time one page may take (else it is a reject).
    Never raises for a bad input: it becomes a reject.
    """
    from tqdm.auto import tqdm
    from .files import TABLE_SUFFIXES, kind, walk
    from .tables import read_table
    if format not in FORMATS:
        raise UsageError(f"format must be one of {', '.join(FORMATS)}, got {format!r}")
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = list(paths)
    roots = [Path(p).resolve() for p in paths if Path(p).is_dir()]
    files = list(walk(paths, exclude=exclude, follow_links=follow_links))
    frames: list[pd.DataFrame] = []
    rows: list[dict] = []
    folders: list[str] = []
    rejects: list[tuple[str, str]] = []
    inputs: list[dict] = []
    ids: dict[str, str] = {}      # id -> input
    keys: dict[str, str] = {}     # text key -> id

    def fresh(rid: str, outlet, text, src: str) -> str | None:
        """The id to keep the row under, or None (and a reject) when an outlet's text is
        already kept.  A table id already taken by another text (two exports that both
        number their rows 1…N) gets a derived id, so neither article is lost."""
        k = text_key(outlet, text)
        if k in keys:
            rejects.append((src, f"duplicate of {keys[k]}"))
            return None
        if rid in ids:
            rid = stable_id(rid, outlet, k)
        ids[rid], keys[k] = src, rid
        return rid

    def keep(df: pd.DataFrame) -> pd.DataFrame:
        new = [fresh(i, o, t, str(s)) for i, o, t, s in zip(df["id"], df["outlet"], df["text"], df["source_path"])]
        ok = [i is not None for i in new]
        return df[ok].assign(id=[i for i in new if i is not None])

    if progress is None:          # a bar on a terminal or in a notebook, not in logs and pipes
        progress = sys.stderr.isatty() or "ipykernel" in sys.modules
    bar = tqdm(files, disable=not progress, file=sys.stderr,
               unit="file", desc="ingest", leave=False)
    for path, problem in bar:
        if problem:
            rejects.append((str(path), problem))
            continue
        table = format == "table" or (format == "auto" and path.suffix.lower() in TABLE_SUFFIXES)
        try:
            raw = None
            if table or path.stat().st_size > MAX_PAGE_BYTES:
                sha, size = _sha256(path)             # tables and oversized files: hashed as a stream
            else:
                with open(path, "rb") as f:           # a page is read once: hashed and parsed
                    raw = f.read()
                sha, size = hashlib.sha256(raw).hexdigest(), len(raw)
        except OSError as e:
            from .files import _reason
            rejects.append((str(path), _reason(e)))
            continue
        inputs.append({"path": str(path), "sha256": sha})
        try:
            if table:
                df, bad = read_table(path, outlet=outlet, columns=columns)
                rejects.extend(bad)
                frames.append(keep(df))
                continue
            if raw is None:
                raise ValueError(f"too large for a page ({size // 2**20} MB)")
            what = kind(path, raw, format)
            if what == "table":
                df, bad = read_table(path, outlet=outlet, columns=columns)
                rejects.extend(bad)
                frames.append(keep(df))
                continue
            with _budget(seconds):
                row = _page_row(path, raw, sha, what, outlet)
            rows.append(row)
            folders.append(_outlet_folder(path, roots))
        except _OverBudget:
            rejects.append((str(path), f"took more than {seconds:g} s to read (the time allowed per page)"))
        except RecursionError:
            rejects.append((str(path), "nested too deeply to read"))
        except (ValueError, FramingError, OSError) as e:
            msg = str(e).splitlines()[0] if str(e) else type(e).__name__
            rejects.append((str(path), msg))
        except Exception as e:                       # a bug or a library failing on odd input
            rejects.append((str(path), f"could not read ({type(e).__name__}: {str(e)[:120]})"))
    bar.close()
    _name_outlets(rows, folders)
    rows = [r | {"id": rid} for r in rows
            if (rid := fresh(r["id"], r["outlet"], r["text"], r["source_path"])) is not None]
    if rows:
        frames.append(pd.DataFrame(rows, columns=COLUMNS))
    frames = [f for f in frames if len(f)]
    articles = (pd.concat(frames, ignore_index=True) if frames
                else pd.DataFrame({c: pd.Series(dtype="string") for c in COLUMNS}))
    return IngestResult(_schema(articles), _rejects_frame(rejects), inputs)


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


# -- writing -------------------------------------------------------------------
def _read_existing(path: Path, articles: bool):
    """``(articles, rejects, manifest, events)`` of the corpus at ``path`` (under its lock); only its
    manifest when ``articles`` is false (replacing a corpus keeps nothing of it but its ``created`` time)."""
    from .._store import view
    v = view(path)
    df = pd.read_parquet(v[ARTICLES]) if articles and v[ARTICLES] else None
    rej = pd.read_csv(v[REJECTS], dtype=str, keep_default_na=False) if articles and v[REJECTS] else None
    man = json.loads(v[MANIFEST].read_text("utf-8")) if v[MANIFEST] else {}
    ev = pd.read_parquet(v[EVENTS]) if articles and v[EVENTS] else None
    return df, rej, man, ev


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
                 inputs: list[dict] | None = None, append: bool = False, wait: float = 0.0,
                 expect: dict | None = None) -> Path:
    """Write a corpus directory: ``articles.parquet`` (row groups of 5000), ``rejects.csv``
    (``input, reason``), ``manifest.json`` and, when given, ``events.parquet``.

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
    from .. import _store
    path = Path(path)
    _store.legacy_leftovers(path)
    _store.check_writable(path)
    articles = _schema(articles)
    rejects = _rejects_frame(rejects)
    with _store.locked(path, wait):
        _store.recover(path)
        _store.check_writable(path)
        old_df, old_rej, old_man, old_ev = _read_existing(path, articles=append)
        if expect is not None and old_man and old_man != expect:
            raise UsageError(f"{path} was changed by another run since it was read: run the command again")
        old_inputs = list(old_man.get("inputs") or [])
        if append and old_df is not None:
            articles, dup = _merge(_schema(old_df), articles)
            parts = [r for r in (old_rej, rejects, _rejects_frame(dup)) if r is not None and len(r)]
            rejects = _rejects_frame(pd.concat(parts, ignore_index=True) if parts else None)
            if events is None:
                events = old_ev
        if inputs is None:
            inputs = list((manifest or {}).get("inputs") or [])
        if append:
            def same(d):                     # the same file, however its path was written
                return os.path.realpath(str(d.get("path") or "")), d.get("sha256")
            seen = {same(d) for d in old_inputs}
            inputs = old_inputs + [d for d in inputs if same(d) not in seen]
        created = (old_man.get("created") or (manifest or {}).get("created")
                   or _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat())
        man = {k: v for k, v in (manifest or {}).items() if k != "files"}
        man.update({"toolkit": "framing", "version": __version__, "created": created, "inputs": inputs,
                    "counts": {"articles": int(len(articles)), "rejects": int(len(rejects)),
                               "outlets": int(articles["outlet"].nunique())}})
        _stage_and_swap(path, articles, rejects, man, events)
    return path


def _stage_and_swap(path: Path, articles, rejects, man: dict, events) -> None:
    """Stage the new files beside the old ones, commit by writing the staged manifest, swap."""
    from .. import _store
    names = [ARTICLES, REJECTS] + ([EVENTS] if events is not None else [])
    try:
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


def ingest_to_corpus(paths, out: str | os.PathLike, outlet: str | None = None, format: str = "auto",
                     append: bool = False, progress: bool | None = None,
                     columns: dict[str, str] | None = None, wait: float = 0.0) -> Corpus:
    """Ingest ``paths`` and write the corpus to ``out`` (replacing it, or adding to it with
    ``append=True``; ``wait``: seconds to wait for another writer of ``out``).  Raises :class:`InputError` when no input gave an article (the
    corpus at ``out`` is then left as it was); the message names the first rejects."""
    res = ingest(paths, outlet=outlet, format=format, progress=progress, columns=columns, exclude=[out])
    if len(res.articles) == 0:
        first = "; ".join(f"{Path(i).name}: {r}" for i, r in res.rejects.head(3).itertuples(index=False))
        raise InputError(f"no article produced from {len(res.rejects)} input(s)"
                         + (f" ({first})" if first else ""))
    write_corpus(out, res.articles, res.rejects, inputs=res.inputs, append=append, wait=wait)
    return load(out)
