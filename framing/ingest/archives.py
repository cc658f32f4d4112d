"""Pages inside a ``.zip`` archive, read member by member (never unpacked to disk).

Each member is an input of its own: hashed, told apart (HTML, saved text, MHTML) and read like a
file; its ``source_path`` is ``ARCHIVE.zip/member/path``.  The archive is the outlet root: members
in ``al-masaa/…`` belong to the outlet folder ``al-masaa``.  Folders, hidden members
(``__MACOSX/``, ``.DS_Store``), members larger than a page may be and tables inside an archive
(unzip those first) are rejects with the reason; a damaged archive is one reject.
"""
from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

__all__ = ["read_zip"]


def read_zip(batch, path: Path, *, format: str, outlet, roots, known=None, seconds=None) -> None:
    """Add the pages of the archive at ``path`` to ``batch`` (an ingest run's ``_Batch``)."""
    from . import MAX_PAGE_BYTES, _already_in_corpus
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as e:
        batch.rejects.append((str(path), f"not a readable .zip archive ({e})"))
        return
    root = path.resolve()
    with archive:
        for info in archive.infolist():
            member = path / info.filename
            if info.is_dir():
                continue
            if any(part.startswith(".") or part == "__MACOSX" for part in Path(info.filename).parts):
                batch.rejects.append((str(member), "hidden file skipped"))
                continue
            if info.file_size > MAX_PAGE_BYTES:
                batch.rejects.append((str(member), f"too large for a page ({info.file_size // 2**20} MB)"))
                continue
            try:
                raw = archive.read(info)
            except (zipfile.BadZipFile, OSError, RuntimeError) as e:    # damaged or encrypted member
                batch.rejects.append((str(member), f"cannot read from the archive ({e})"))
                continue
            sha = hashlib.sha256(raw).hexdigest()
            if known and sha in known:
                batch.rejects.append((str(member), _already_in_corpus(known[sha])))
                continue
            batch.inputs.append({"path": str(member), "sha256": sha})
            _read_member(batch, member, root / info.filename, raw, sha, format, outlet, [root] + list(roots),
                         seconds)


def _read_member(batch, member, resolved, raw, sha, format, outlet, roots, seconds=None) -> None:
    from . import _budget, _failure
    from .files import kind
    try:
        what = kind(member, raw, format)
        if what == "table":
            raise ValueError("a table inside a .zip archive: unzip it (or gzip it: .jsonl.gz, .csv.gz)")
        with _budget(seconds):
            row = _page(member, raw, sha, what, outlet)
    except Exception as e:
        batch.rejects.append((str(member), _failure(e, seconds)))
        return
    from . import _outlet_folder
    batch.rows.append(row)
    batch.folders.append(_outlet_folder(resolved, roots))


def _page(member, raw, sha, what, outlet):
    from . import _page_row
    return _page_row(member, raw, sha, what, outlet)
