"""How a corpus directory is written safely: a lock, a format marker and a two-phase swap.

* **Lock** – every writer holds ``fcntl.flock`` on ``CORPUS/.framing-lock`` (exclusive) while it
  re-reads, merges and writes; readers take it shared for the moment they read.  A held lock
  gives :class:`CorpusBusy` with a one-line message (``wait`` seconds to wait for it).
* **Marker** – ``CORPUS/.framing-corpus`` says the folder is a corpus this toolkit wrote.  A
  folder without it is written only when it is empty, or when it is a corpus written before
  the marker existed (``articles.parquet`` and a ``manifest.json`` naming the toolkit): it
  then gets the marker.
* **Swap** – new data files are staged as ``.articles.parquet.new`` … beside the old ones;
  writing ``.manifest.json.new`` is the commit point; then each staged file is renamed over
  its old one and the manifest last.  Before the commit point the old corpus is what
  readers see, after it the new one (:func:`view` reads a staged file while it is not yet
  renamed), so at every instant the path holds either the old or the new corpus.  A run
  killed anywhere is finished (after the commit point) or undone (before) by the next
  writer; :func:`view` needs no repair to read either.

:func:`checkpoint` is called between the steps; tests make it kill the process.
"""
from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import json
import os
import shutil
import time
from pathlib import Path

from .errors import InputError, UsageError

ARTICLES, REJECTS, MANIFEST, EVENTS = "articles.parquet", "rejects.csv", "manifest.json", "events.parquet"
DATA = (ARTICLES, REJECTS, EVENTS)
MARKER, LOCK = ".framing-corpus", ".framing-lock"
COMMIT = ".manifest.json.new"
FORMAT = 2
#: entries a folder may hold and still count as empty (ours, from an unfinished first write)
_OURS = {MARKER, LOCK, COMMIT} | {f".{n}.new" for n in DATA}


class CorpusBusy(UsageError):
    """Another process holds the corpus lock."""


def checkpoint(step: str) -> None:
    """Called between the steps of a write (``staged``, ``committed``, ``renamed <file>``);
    does nothing.  Fault-injection tests replace it."""


def staged(path: Path, name: str) -> Path:
    return path / f".{name}.new"


def is_ours(path: Path) -> bool:
    """True when ``path`` holds the marker or is a corpus written before the marker existed."""
    if (path / MARKER).is_file():
        return True
    try:
        man = json.loads((path / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return (path / ARTICLES).is_file() and isinstance(man, dict) and man.get("toolkit") == "framing"


def check_readable(path: Path) -> None:
    """Raise :class:`InputError` unless ``path`` (a folder holding ``articles.parquet``) is a corpus
    of ours, by the test writers make (:func:`is_ours`): a Parquet file of another tool is a table."""
    if not is_ours(path):
        raise InputError(f"{path} is not a framing corpus (it holds {ARTICLES} but no {MARKER} marker): read the "
                         f"table itself ({path / ARTICLES}) or ingest it: framing ingest {path / ARTICLES} -o NEW_FOLDER")


def check_writable(path: Path) -> None:
    """Raise :class:`UsageError` unless ``path`` is missing, empty, or a corpus of ours."""
    if not path.exists() and not path.is_symlink():
        return
    if path.is_symlink() and not path.exists():
        raise UsageError(f"{path} is a broken symlink: remove it or choose another output folder")
    if not path.is_dir():
        raise UsageError(f"{path} exists and is a file, expected a corpus directory")
    if is_ours(path):
        return
    others = [p.name for p in path.iterdir() if p.name not in _OURS]
    if others:
        raise UsageError(f"{path} is a folder framing did not write (no {MARKER} marker; it holds "
                         f"{others[0]!r}{' …' if len(others) > 1 else ''}): choose a new or empty folder")


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        pid = int(os.pread(fd, 32, 0).decode().strip() or 0)
        if pid:
            return f" (process {pid})"
    return ""


@contextlib.contextmanager
def locked(path: Path, wait: float = 0.0):
    """Hold the exclusive corpus lock of ``path`` (created as a folder when missing)."""
    import fcntl
    path.mkdir(parents=True, exist_ok=True)
    fd = os.open(path / LOCK, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        if not _flock(fd, fcntl.LOCK_EX, wait):
            raise CorpusBusy(f"{path} is being written by another framing run{_holder(fd)}: try again "
                             f"when it has finished, or wait for it with --wait SECONDS")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)


def _flock(fd: int, mode: int, wait: float | None) -> bool:
    """Take the ``flock`` ``mode`` on ``fd``, trying for up to ``wait`` seconds; whether it was had."""
    import fcntl
    deadline = time.monotonic() + max(0.0, wait or 0.0)
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)


@contextlib.contextmanager
def shared(path: Path, wait: float = 120.0):
    """Hold the corpus lock shared while reading (skipped when there is no lock file to open:
    then no writer of this toolkit can be at work)."""
    import fcntl
    try:
        fd = os.open(path / LOCK, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        _flock(fd, fcntl.LOCK_SH, wait)    # not had in time: read what view() says is there
        yield
    finally:
        os.close(fd)


def view(path: Path) -> dict[str, Path | None]:
    """The file to read for each of the corpus's files (or None when absent): the committed
    state, reading a staged file of a commit that was not finished."""
    commit = path / COMMIT
    out: dict[str, Path | None] = {}
    if commit.is_file():
        try:
            files = set(json.loads(commit.read_text("utf-8")).get("files", DATA))
        except (OSError, ValueError):
            files = None
        if files is not None:
            for name in DATA:
                s = staged(path, name)
                out[name] = s if s.exists() else (path / name if name in files and (path / name).exists() else None)
            out[MANIFEST] = commit
            return out
    for name in DATA + (MANIFEST,):
        out[name] = path / name if (path / name).exists() else None
    return out


def recover(path: Path) -> list[str]:
    """Finish or undo a write that was killed (call under the lock); returns what was done."""
    done = []
    commit = path / COMMIT
    files = None
    if commit.is_file():
        with contextlib.suppress(OSError, ValueError):
            files = json.loads(commit.read_text("utf-8")).get("files", list(DATA))
    if files is not None:
        roll_forward(path, files)
        done.append("finished an interrupted write")
    else:
        for p in [commit] + [staged(path, n) for n in DATA]:
            if p.exists():
                p.unlink()
                done.append(f"removed {p.name} left by an interrupted write")
    for p in path.glob(".*.tmp"):           # our atomic-write temporaries
        with contextlib.suppress(OSError):
            p.unlink()
    return done


def roll_forward(path: Path, files) -> None:
    """Rename the staged files over the old ones, drop files the new corpus has not, the manifest last."""
    for name in DATA:
        s = staged(path, name)
        if s.exists():
            os.replace(s, path / name)
            checkpoint(f"renamed {name}")
        elif name not in files and (path / name).exists():
            (path / name).unlink()
    os.replace(path / COMMIT, path / MANIFEST)
    checkpoint("renamed manifest")


def write_marker(path: Path) -> None:
    if not (path / MARKER).is_file():
        write_file(path / MARKER, json.dumps({"format": "framing corpus", "version": FORMAT}) + "\n")


def write_file(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` through a temporary file renamed over it."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, "utf-8")
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def legacy_leftovers(path: Path) -> list[str]:
    """Folders an older version left beside ``path`` when it was killed: the old corpus
    (``.NAME.old-*``) is put back when ``path`` is gone; full copies (``.NAME.tmp-*``) are removed."""
    try:
        parent, name = path.resolve().parent, path.resolve().name
    except OSError:
        return []
    if not name or not parent.is_dir():
        return []
    done = []
    olds = sorted(parent.glob(f".{name}.old-*"), key=lambda p: p.stat().st_mtime)
    if olds and not path.exists():
        with contextlib.suppress(OSError):
            os.rename(olds[-1], path)
            done.append(f"put back the corpus an interrupted run left in {olds[-1].name}")
    for p in parent.glob(f".{name}.tmp-*"):
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
            done.append(f"removed {p.name} left by an interrupted run")
    return done


def disk_message(e: OSError, what: str) -> str | None:
    """A plain message for a write that failed for want of space or permission, else None."""
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk is full while writing {what}: free some space or write elsewhere (-o); nothing was changed"
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"cannot write {what}: permission denied or read-only disk; choose another -o"
    return None


class KeptResult:
    """A result computed from a corpus directory's articles that several runs need (the context of
    matching: :func:`framing.lexicon.parts.context`), kept as JSON in the directory
    (``.kept-NAME-DIGEST.json``, one file per ``options``) and read back only while its stamp holds:
    the same articles file (name, size, modification time in ns, inode), the same ``options`` and the same
    toolkit code (:func:`code_digest`).  Anything else (a corpus rewritten by ingest, events or
    outlets, an edited rule, a file that does not parse) reads as absent, and the caller computes the
    result and writes it anew.  Nothing is kept when the folder cannot be written, or when ``to_json``
    returns None."""

    def __init__(self, articles: Path, name: str, options: list, to_json, from_json):
        self.articles, self.options, self.to_json, self.from_json = Path(articles), options, to_json, from_json
        key = hashlib.sha1(json.dumps(options).encode()).hexdigest()[:12]
        self.file = self.articles.parent / f".kept-{name}-{key}.json"
        self.stamp = self._stamp()

    def _stamp(self) -> list | None:
        try:
            st = os.stat(self.articles)
        except OSError:
            return None
        return [self.articles.name, st.st_size, st.st_mtime_ns, st.st_ino, self.options, code_digest()]

    def read(self):
        """The kept result, or None."""
        try:
            v = json.loads(self.file.read_text("utf-8"))
            return self.from_json(v["value"]) if self.stamp is not None and v["stamp"] == self.stamp else None
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None

    def write(self, result) -> None:
        """Keep ``result`` (computed from the articles as stamped when this object was made; not kept when
        the articles file changed since)."""
        v = self.to_json(result)
        if v is None or self.stamp is None or self._stamp() != self.stamp:
            return
        with contextlib.suppress(OSError):
            write_file(self.file, json.dumps({"stamp": self.stamp, "value": v}, ensure_ascii=False))


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of every file of the installed ``framing`` package (its code and word lists): a kept
    result (:class:`KeptResult`) computed by other code is stale."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha1()
    for p in sorted(root.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo"):
            h.update(str(p.relative_to(root)).encode("utf-8", "surrogatepass") + b"\0")
            h.update(p.read_bytes())
    return h.hexdigest()
