"""Ingestion: saved web pages, text saved from a browser and exported tables → a corpus.

>>> from framing.ingest import ingest_to_corpus
>>> corpus = ingest_to_corpus(["saved_pages/"], "mycorpus")        # doctest: +SKIP

* ``ingest(paths, outlet=None, input_format="auto", progress=None, columns=None) -> IngestResult``
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
import functools
import hashlib
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..corpus import COLUMNS, Corpus, detect_lang, load, stable_id
from ..errors import FramingError, InputError, UsageError
from ..storage import KEY, _rejects_frame, _schema, claim, text_key, write_corpus
from ..tables import WARNING
from .._renamed import renamed

__all__ = ["IngestResult", "ingest", "write_corpus", "ingest_to_corpus", "text_key"]

FORMATS = ("auto", "html", "text", "table")
SAME_BYTES = "same bytes as "

#: pages larger than this are rejected (tables may be larger)
MAX_PAGE_BYTES = 50 * 1024 * 1024
#: seconds one page may take to read before it becomes a reject (None: no limit)
PAGE_SECONDS = 60.0


def _already_in_corpus(first: str) -> str:
    """The reject reason of an input whose bytes (sha256) are those of ``first``, an input of the
    corpus already: starts with :data:`SAME_BYTES` (the summary counts these apart)."""
    return f"{SAME_BYTES}{first}, already in the corpus: not added again"


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




@dataclass(frozen=True)
class IngestResult:
    """``articles`` (corpus columns), ``rejects`` (``input, reason``) and ``inputs``
    (``[{"path", "sha256"}]``, one per file read)."""
    articles: pd.DataFrame
    rejects: pd.DataFrame
    inputs: list[dict] = field(default_factory=list)

    def summary(self) -> str:
        outlets = self.articles["outlet"].nunique() if len(self.articles) else 0
        return f"{len(self.articles)} articles, {len(self.rejects)} rejects, {outlets} outlets"


def _sha256(path: Path) -> tuple[str, int]:
    h, n = hashlib.sha256(), 0
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
            n += len(block)
    return h.hexdigest(), n


def _page_row(path: Path, raw: bytes, sha: str, what: str, outlet: str | None) -> dict:
    """One article from a page file, or raise ValueError with the reason."""
    from .browser_text import MIN_WORDS, clean_page
    from ..text.encoding import decode_text
    from .files import mhtml_html
    from .html import read_html
    if what == "mhtml":
        raw, what = mhtml_html(raw), "html"
    text = decode_text(raw)
    site = url = None
    if what == "html":
        art = read_html(text)
        if art is None:
            raise ValueError(f"no article text found in the page (no run of prose paragraphs of {MIN_WORDS}+ words)")
        title, body, published, credit, site, url = (art.title, art.text, art.published, art.credit,
                                                     art.outlet, art.url)
    else:
        page = clean_page(text)
        if page is None:
            raise ValueError(f"no article text found (no run of prose paragraphs of {MIN_WORDS}+ words)")
        title, body, published, credit = page.title, page.text, page.published, page.credit
        from .sitename import masthead
        site = masthead(text)
        if site and credit and site in credit:   # a wire agency's credit line is not the outlet
            site = None
    return {"id": None, "outlet": outlet or site, "url": url, "published": published, "title": title,
            "text": body, "lang": detect_lang(f"{title or ''}\n{body}"), "credit": credit, "event_id": None,
            "source_path": str(path), "source_sha256": sha}


_DATE_FOLDER = re.compile(r"^[\d_.\-]+$")


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


def _name_outlets(rows: list[dict], folders: list[tuple[Path, str]]) -> list[tuple[str, str]]:
    """Give pages without a site name (text saved from a browser, bare HTML) the outlet of
    their folder: the site name its other pages agree on (in a folder given on the command
    line, only when most of its pages name it: it may be a mixed bag; and only when the
    page's own URL, if any, is on a domain of those pages), else its URL's domain, else the
    folder's name, with one warning ``(input, reason)`` per folder for its pages named after a
    domain or the folder (returned; :func:`_fallback_warning`).  Then derive each page's id from (outlet, sha256), so the same input always
    gets the same id."""
    from .html import domain
    sites: dict[Path, set] = {}
    domains: dict[Path, set] = {}
    named: dict[Path, int] = {}
    total: dict[Path, int] = {}
    fallback: dict[tuple[Path, str], list[str]] = {}      # (folder, "folder 'x'" or "domain 'y'") -> pages
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
            use = len(agreed) == 1 and fits
            row["outlet"] = next(iter(agreed)) if use else own or folder.name
            if not use:
                fallback.setdefault((folder, f"domain {own!r}" if own else f"folder {folder.name!r}"),
                                    []).append(row["source_path"])
        row["id"] = stable_id(row["outlet"], row["source_sha256"])
    return [_fallback_warning(folder, what, pages) for (folder, what), pages in fallback.items()]


def _fallback_warning(folder: Path, what: str, pages: list[str]) -> tuple[str, str]:
    """One warning ``(input, reason)`` for the pages of the outlet folder ``folder`` named after
    ``what`` (the folder or a domain): the page itself when it is alone, else the folder (as the
    pages' paths spell it, above date folders; else its full path), with the number of pages."""
    if len(pages) == 1:
        return pages[0], f"{WARNING}outlet named after its {what} (the page prints no site name): check it, or give --outlet"
    try:
        common = Path(os.path.commonpath(pages))
    except ValueError:                           # absolute and relative paths mixed
        common = folder
    where = next((p for p in (common, *common.parents) if p.name == folder.name), folder)
    return (str(where), f"{WARNING}outlet named after its {what} for {len(pages)} pages "
            "(they print no site name): check it, or give --outlet")


class _Batch:
    """What an ingest run has read so far: page rows (with their outlet folders), table frames
    (or, with a ``sink``, the tables' rows written to it as they come:
    :class:`framing.storage.ArticlesSpool`), rejects, inputs, and the ids and text keys already
    kept (exact duplicates become rejects; only these are held across the chunks of a table)."""

    def __init__(self, sink=None):
        self.sink = sink
        self.frames: list[pd.DataFrame] = []
        self.rows: list[dict] = []
        self.folders: list[tuple[Path, str]] = []
        self.rejects: list[tuple[str, str]] = []
        self.inputs: list[dict] = []
        self.ids: set[str] = set()
        self.keys: dict[str, str] = {}     # text key -> id
        self.undated: list[str] = []       # tables none of whose rows has a date (no date column recognised)

    def fresh(self, rid: str, outlet, text, src: str, rejects: list | None = None,
              added: list | None = None) -> str | None:
        """The id to keep the row under, or None (and a reject, in ``rejects`` or the batch's)
        when an outlet's text is already kept.  A table id already taken by another text (two
        exports that both number their rows 1…N) gets a derived id, so neither article is lost.
        ``added``: gets ``(id, key)`` of each row kept (to take them back)."""
        rid, k = claim(rid, outlet, text, self.ids, self.keys)
        if rid is None:
            (self.rejects if rejects is None else rejects).append((src, f"duplicate of {self.keys[k]}"))
            return None
        if added is not None:
            added.append((rid, k))
        return rid

    def table(self, df: pd.DataFrame, rejects: list, added: list) -> None:
        """Keep a chunk of a table's rows (duplicates become ``rejects``), with their text keys (:data:`KEY`)."""
        start = len(added)
        new = [self.fresh(i, o, t, str(s), rejects, added)
               for i, o, t, s in zip(df["id"], df["outlet"], df["text"], df["source_path"])]
        ok = [i is not None for i in new]
        kept = df[ok].assign(id=[i for i in new if i is not None], **{KEY: [k for _, k in added[start:]]})
        if self.sink is not None:
            self.sink.add(kept)
        else:
            self.frames.append(kept)

    def mark(self) -> tuple[int, int]:
        return len(self.frames), (self.sink.rows if self.sink is not None else 0)

    def undo(self, mark: tuple[int, int], added: list) -> None:
        """Take back the rows kept since ``mark`` (a table that failed part way adds nothing)."""
        del self.frames[mark[0]:]
        if self.sink is not None:
            self.sink.truncate(mark[1])
        for rid, k in added:
            self.ids.discard(rid)
            self.keys.pop(k, None)

    def articles(self):
        """Every kept article: tables' rows, then pages (outlets named, duplicates left out); with
        a sink, the pages are added to it with their :data:`KEY` and the sink is returned."""
        self.rejects.extend(_name_outlets(self.rows, self.folders))
        added = []
        rows = [r | {"id": rid} for r in self.rows
                if (rid := self.fresh(r["id"], r["outlet"], r["text"], r["source_path"], added=added)) is not None]
        if self.sink is not None:
            if rows:
                self.sink.add(pd.DataFrame(rows, columns=COLUMNS).assign(**{KEY: [k for _, k in added]}))
            return self.sink
        frames = [f for f in self.frames + ([pd.DataFrame(rows, columns=COLUMNS)] if rows else []) if len(f)]
        self.frames = []                         # (the chunks are freed as soon as they are joined)
        return (pd.concat(frames, ignore_index=True) if frames
                else pd.DataFrame({c: pd.Series(dtype="string") for c in COLUMNS}))


def _read_input(path: Path, table: bool) -> tuple[bytes | None, str, int]:
    """``(raw bytes or None, sha256, size)``: a page is read once (hashed and parsed); tables
    and oversized files are hashed as a stream (``raw`` None).  Raises OSError."""
    if table or path.stat().st_size > MAX_PAGE_BYTES:
        sha, size = _sha256(path)
        return None, sha, size
    with open(path, "rb") as f:
        raw = f.read()
    return raw, hashlib.sha256(raw).hexdigest(), len(raw)


def _read_table(batch: _Batch, path: Path, *, outlet, columns, progress: bool = False) -> None:
    """Add a table's rows to ``batch`` chunk by chunk as they are read (:func:`framing.tables.iter_table`:
    JSON lines and Parquet are never held whole, a .gz is decompressed as it is read), with a bar
    counting rows; the table's unreadable rows then its duplicates become rejects; nothing is
    added when the table fails part way (the file becomes a reject)."""
    from tqdm.auto import tqdm

    from ..tables import iter_table
    bad, dups, added, mark = [], [], [], batch.mark()
    rows = dated = 0
    try:
        with tqdm(disable=not progress, file=sys.stderr, unit="row", desc=path.name[:30], leave=False,
                  unit_scale=True) as bar:
            for df, rejects in iter_table(path, outlet=outlet, columns=columns):
                bad.extend(rejects)
                bar.update(len(df) + len(rejects))
                rows += len(df)
                dated += int(df["published"].notna().sum())
                batch.table(df, dups, added)
    except BaseException:
        batch.undo(mark, added)
        raise
    batch.rejects.extend(bad + dups)
    if rows and not dated and not any(r.startswith(f"{WARNING}date ") for _, r in bad):  # (dates not understood
        batch.undated.append(str(path))                                                   # are warned row by row)


def _read_one(batch: _Batch, path: Path, table: bool, raw, size: int, *, format, outlet, columns, roots,
              seconds=None, progress: bool = False) -> None:
    """Add one input file's articles to ``batch`` (raises on a file that cannot be read)."""
    what = "table" if table else _page_kind(path, raw, size, format)
    if what == "table":
        _read_table(batch, path, outlet=outlet, columns=columns, progress=progress)
        return
    with _budget(seconds):
        row = _page_row(path, raw, batch.inputs[-1]["sha256"], what, outlet)
    batch.rows.append(row)
    batch.folders.append(_outlet_folder(path, roots))


def _page_kind(path: Path, raw: bytes | None, size: int, format: str) -> str:
    """What a page file is read as (:func:`~framing.ingest.files.kind`: ``table``, ``html``,
    ``mhtml``, ``text``); ValueError with the reason when it is too large to read as a page
    (``raw`` None; ``size`` in bytes) or cannot be read."""
    from .files import kind
    if raw is None:
        raise ValueError(f"too large for a page ({size // 2**20} MB)")
    return kind(path, raw, format)


def _is_table(path: Path, format: str) -> bool:
    """Whether ``path`` is read as a table (``format`` table, or auto and a table suffix)."""
    from ..tables import table_suffix
    from .files import TABLE_SUFFIXES
    return format == "table" or (format == "auto" and table_suffix(path) in TABLE_SUFFIXES)


def _is_zip(path: Path, format: str) -> bool:
    """Whether ``path`` is a .zip of pages, read member by member."""
    return format in ("auto", "html", "text") and path.suffix.lower() == ".zip"


def _page_work(item, *, format, outlet, known, seconds) -> tuple:
    """One walked file, in a worker process (``ingest(jobs=)``): ``("here",)`` for a table or a
    .zip (read by the caller, in order), ``("unreadable", reason)``, ``("same", sha256)``, ``("row",
    sha256, row)`` or ``("reject", sha256, reason)`` for a page."""
    from .files import _reason
    path, problem = item
    if problem:
        return ("problem",)
    if _is_table(path, format) or _is_zip(path, format):
        return ("here",)
    try:
        raw, sha, size = _read_input(path, False)
    except OSError as e:
        return ("unreadable", _reason(e))
    if known and sha in known:
        return ("same", sha)
    try:
        what = _page_kind(path, raw, size, format)
        if what == "table":
            return ("here",)
        with _budget(seconds):
            return ("row", sha, _page_row(path, raw, sha, what, outlet))
    except Exception as e:
        return ("reject", sha, _failure(e, seconds))


def _failure(e: Exception, seconds) -> str:
    """The reject reason of an input whose reading raised ``e`` (``seconds``: the time allowed per page)."""
    if isinstance(e, _OverBudget):
        return f"took more than {seconds:g} s to read (the time allowed per page)"
    if isinstance(e, RecursionError):
        return "nested too deeply to read"
    if isinstance(e, (ValueError, FramingError, OSError)):
        return str(e).splitlines()[0] if str(e) else type(e).__name__
    return f"could not read ({type(e).__name__}: {str(e)[:120]})"   # a bug or a library failing on odd input


def _read_here(batch: _Batch, path: Path, *, format, outlet, columns, roots, known, seconds,
               progress: bool = False) -> None:
    """A table or a .zip of pages, read in this process into ``batch`` (rejects for what fails)."""
    from .files import _reason
    if _is_zip(path, format):
        from .archives import read_zip       # pages in a .zip: read member by member
        read_zip(batch, path, format=format, outlet=outlet, roots=roots, known=known, seconds=seconds)
        return
    table = _is_table(path, format)
    try:
        raw, sha, size = _read_input(path, table)
    except OSError as e:
        batch.rejects.append((str(path), _reason(e)))
        return
    if known and sha in known:
        batch.rejects.append((str(path), _already_in_corpus(known[sha])))
        return
    batch.inputs.append({"path": str(path), "sha256": sha})
    try:
        _read_one(batch, path, table, raw, size, format=format, outlet=outlet, columns=columns, roots=roots,
                  seconds=seconds, progress=progress)
    except UsageError:                           # a wrong --map: the user's mistake, not the file's
        raise
    except Exception as e:
        batch.rejects.append((str(path), _failure(e, seconds)))


@renamed(format="input_format")
def ingest(paths: Iterable[str | os.PathLike] | str | os.PathLike, outlet: str | None = None,
           input_format: str = "auto", progress: bool | None = None, columns: dict[str, str] | None = None,
           exclude: Iterable[str | os.PathLike] = (), follow_links: bool = False,
           seconds: float | None = PAGE_SECONDS, known: dict[str, str] | None = None,
           jobs: int | None = None) -> IngestResult:
    """Read files and directories (recursively) into articles and rejects: ``articles`` has the
    corpus columns and a table's extra ones, never ``dup_key`` (:data:`~framing.storage.KEY`,
    which :func:`write_corpus` adds); ``rejects``: ``input, reason``.

    ``input_format``: ``auto`` (from suffix and content), ``html``, ``text`` (saved from a
    browser) or ``table`` (JSONL/CSV/Parquet; ``.jsonl.gz``/``.csv.gz`` read directly; a ``.zip``
    of pages is read member by member).  ``progress``: None shows a bar on a
    terminal or in a Jupyter notebook (tqdm.auto), True/False force it.  ``columns`` maps table column names
    (``{"source": "outlet"}``).  ``follow_links``: also read files that symlinks inside the
    folders lead to outside them.  ``seconds``: the time one page may take (else it is a reject).
    Never raises for a bad input: it becomes a reject.  ``jobs``: worker processes reading pages
    (default: ``FRAMING_JOBS`` or all cores); the articles, their order and the rejects are the same
    for any number.
    ``known``: sha256 → path of inputs already read (``--append``): a file with the same bytes is
    not read again (a reject ``same bytes as …``), whatever its name or ``outlet``.
    """
    batch = _gather(paths, outlet=outlet, format=input_format, progress=progress, columns=columns, exclude=exclude,
                    follow_links=follow_links, seconds=seconds, known=known, jobs=jobs)
    articles = _schema(batch.articles())
    return IngestResult(articles.drop(columns=KEY, errors="ignore"), _rejects_frame(batch.rejects), batch.inputs)


def _gather(paths, *, outlet, format, progress, columns, exclude, follow_links, seconds, known, jobs,
            sink=None) -> _Batch:
    """The work of :func:`ingest`: every input read into a :class:`_Batch` (tables' rows into
    ``sink`` when given)."""
    from tqdm.auto import tqdm

    from .._parallel import imap
    from .files import walk
    if format not in FORMATS:
        raise UsageError(f"input_format (--input-format) must be one of {', '.join(FORMATS)}, got {format!r}")
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = list(paths)
    roots = [Path(p).resolve() for p in paths if Path(p).is_dir()]
    batch = _Batch(sink)
    if progress is None:          # a bar on a terminal or in a notebook, not in logs and pipes
        progress = sys.stderr.isatty() or "ipykernel" in sys.modules
    items = list(walk(paths, exclude=exclude, follow_links=follow_links))
    bar = tqdm(items, disable=not progress, file=sys.stderr, unit="file", desc="ingest", leave=False)
    work = functools.partial(_page_work, format=format, outlet=outlet, known=known, seconds=seconds)
    for (path, problem), done in zip(bar, imap(work, items, jobs if len(items) >= 8 else 1)):
        if problem:
            batch.rejects.append((str(path), problem))
        elif done[0] == "here":                      # tables and .zip archives: read here, in order
            _read_here(batch, path, format=format, outlet=outlet, columns=columns, roots=roots, known=known,
                       seconds=seconds, progress=progress)
        elif done[0] == "unreadable":
            batch.rejects.append((str(path), done[1]))
        elif done[0] == "same":
            batch.rejects.append((str(path), _already_in_corpus(known[done[1]])))
        else:
            batch.inputs.append({"path": str(path), "sha256": done[1]})
            if done[0] == "row":
                batch.rows.append(done[2])
                batch.folders.append(_outlet_folder(path, roots))
            else:
                batch.rejects.append((str(path), done[2]))
    bar.close()
    return batch


@renamed(format="input_format", out="output")
def ingest_to_corpus(paths, output: str | os.PathLike, *, outlet: str | None = None, input_format: str = "auto",
                     append: bool = False, progress: bool | None = None,
                     columns: dict[str, str] | None = None, wait: float = 0.0,
                     follow_links: bool = False, jobs: int | None = None, texts: bool = True,
                     replace: bool = False) -> Corpus:
    """Ingest ``paths`` and write the corpus to ``output`` (rebuilding it, or adding to it with
    ``append=True``; ``wait``: seconds to wait for another writer of ``output``; ``follow_links``:
    also read what symlinks inside the input folders lead to outside them).  Raises :class:`InputError` when no input gave an article (the
    corpus at ``output`` is then left as it was); the message names the first rejects.
    With ``append``, inputs whose bytes (sha256) the corpus already read are skipped.  The
    returned Corpus's ``manifest["last_ingest"]`` counts what this run changed (not stored):
    ``added`` articles, ``same_bytes`` inputs skipped, ``already`` (rows the corpus held already, same
    id and text: skipped with ``append``), ``warnings``, ``rejects``, ``undated`` (the
    tables none of whose rows has a date: no date column recognised, or an empty one), ``rebuilt``
    (the articles of the corpus this rebuild replaced; 0 when there was none, or with ``append``)
    and ``events_dropped`` (the replaced corpus had events: ``framing events`` must compute them again).
    ``texts=False``: the returned Corpus leaves the titles and texts unread (null), so a large
    corpus is not read back whole only to count it (``framing ingest`` prints counts only).
    A rebuild that would drop articles (the corpus at ``output`` read inputs that ``paths`` no
    longer give, byte for byte) is a :class:`UsageError` unless ``replace=True``; a rebuild from
    the same inputs keeps the outlets' display names, ``source`` and ``licence`` of its manifest."""
    from .._store import EVENTS, check_writable, view
    from ..storage import ArticlesSpool
    if append and replace:
        raise UsageError("--append (append=True) adds to the corpus, --replace (replace=True) rebuilds it: give one")
    check_writable(Path(output))                 # before the work, not after
    n, known, man = _existing(output, manifest=True)  # the corpus at output, if any: appended to, or rebuilt
    old_rejects = int((man.get("counts") or {}).get("rejects", 0)) if append else 0
    before, known = (n, known) if append else (0, {})
    # a rebuild replaces the corpus at output: its article count and whether its events (computed on the
    # old articles, so not known to match the new ones) are dropped, for the summary to say so
    rebuilt = 0 if append else n
    events_dropped = bool(rebuilt) and bool(view(Path(output)).get(EVENTS))
    spool = ArticlesSpool(output)                # tables' rows written as they are read
    try:
        batch = _gather(paths, outlet=outlet, format=input_format, progress=progress, columns=columns, exclude=[output],
                        follow_links=follow_links, seconds=PAGE_SECONDS, known=known,
                        jobs=jobs, sink=spool)
        batch.articles()
        rejects = _rejects_frame(batch.rejects)
        same = int(rejects["reason"].str.startswith(SAME_BYTES).sum())
        if spool.rows == 0 and not (append and same):
            first = _reasons(rejects)
            if not len(rejects):
                where = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
                raise InputError(f"no article produced: no file in {', '.join(map(str, where))}")
            raise InputError(f"no article produced from {len(rejects)} input(s)"
                             + (f" ({first})" if first else ""))
        kept = rejects[~rejects["reason"].str.startswith(SAME_BYTES).fillna(False).to_numpy(dtype=bool)]
        meta = None if append or replace else _rebuild_kept(output, batch.inputs)
        read = spool.rows
        if spool.rows or len(kept):
            write_corpus(output, spool, kept, inputs=batch.inputs, append=append, wait=wait, manifest=meta)
    finally:
        spool.discard()
    c = load(output) if texts else _without_texts(output)
    warned = rejects[rejects["reason"].str.startswith(WARNING).fillna(False).to_numpy(dtype=bool)]
    # appending: a row whose text the corpus holds under another id is a `duplicate of` reject written
    # by the merge; one with the same id and text is already there (no change, no reject): counted here
    merged_dups = max(len(c.rejects) - old_rejects - len(kept), 0) if append else 0
    c.manifest["last_ingest"] = {"added": len(c) - before, "same_bytes": same, "warnings": len(warned),
                                 "already": max(read - (len(c) - before) - merged_dups, 0) if append else 0,
                                 "rejects": len(rejects) - same - len(warned) + merged_dups,
                                 "warned": list(warned.itertuples(index=False, name=None)),
                                 "undated": batch.undated, "rebuilt": rebuilt, "events_dropped": events_dropped}
    return c


def _reasons(rejects) -> str:
    """The reasons of ``rejects`` (``input, reason``) for a one-line message: each of the three
    most frequent with its first input and how many inputs share it."""
    parts = []
    counts = rejects["reason"].value_counts(sort=True)
    for reason, n in counts.head(3).items():
        where = Path(rejects.loc[rejects["reason"].eq(reason).to_numpy(), "input"].iloc[0]).name
        parts.append(f"{where}: {reason}" + (f" (and {n - 1} more)" if n > 1 else ""))
    rest = int(counts.iloc[3:].sum())
    return "; ".join(parts) + (f"; {rest} input(s) for other reasons" if rest else "")


def _existing(out, manifest: bool = False) -> tuple:
    """Articles in the corpus at ``out`` and its inputs' sha256 → path (0, {} when there is none;
    ``manifest=True``: and its manifest, a third item).  Read without waiting for the lock: the
    write itself happens under it (and merges again)."""
    import json
    from .._store import view
    p = Path(out)
    n, man = 0, {}
    if p.is_dir():
        v = view(p)
        try:
            man = json.loads(v["manifest.json"].read_text("utf-8")) if v.get("manifest.json") else {}
            if v.get("articles.parquet"):
                import pyarrow.parquet as pq
                n = pq.read_metadata(v["articles.parquet"]).num_rows
        except (OSError, ValueError):
            n, man = 0, {}
    known = {d["sha256"]: d.get("path", "?") for d in man.get("inputs") or [] if d.get("sha256")}
    return (int(n), known, man) if manifest else (int(n), known)


#: what a corpus's manifest holds that no input gives (set by ``framing outlets``)
_BY_HAND = ("outlets", "source", "licence")


def _rebuild_kept(out, inputs: list[dict]) -> dict | None:
    """Before rebuilding the corpus at ``out`` from ``inputs``: a :class:`UsageError` when it holds
    articles of inputs not among them (the rebuild would drop them), else the manifest entries
    set by hand, to keep (None when there is no corpus)."""
    n, known, man = _existing(out, manifest=True)
    if not n:
        return None
    new = {d.get("sha256") for d in inputs}
    gone = [path for sha, path in known.items() if sha not in new]
    if gone:
        raise UsageError(f"{out} already holds {n} articles, read from {len(gone)} input(s) not among these "
                         f"(e.g. {gone[0]}): add --append (append=True) to add these inputs to it, or --replace "
                         f"(replace=True) to rebuild it from these inputs only")
    return {k: man[k] for k in _BY_HAND if k in man} or None


def _without_texts(out) -> Corpus:
    """The corpus at ``out`` with only ``id, outlet, published, lang`` read (``title`` and ``text``
    null): for counting a large corpus (a million articles: tens of MB, not the GBs of the table)."""
    from ..corpus import _load_dir
    return _load_dir(Path(out), only=("id", "outlet", "published", "lang"))
