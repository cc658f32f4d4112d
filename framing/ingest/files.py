"""Finding input files, telling their kind and decoding their bytes.

``walk(paths)`` yields ``(path, problem)`` for every file under the given
files and directories (recursively, sorted, each real file once); ``problem``
is None or a one-line reason the path cannot be read (missing, symlink loop,
permission denied, not a regular file, hidden).  ``kind(path, raw)`` says
``html``, ``mhtml``, ``text``, ``table`` or a reason (binary, empty, asset file).  ``decode(raw)``
turns page bytes into text: BOM, UTF-16 without BOM, UTF-8, the declared
charset, UTF-8 with a few broken bytes (replaced by U+FFFD), else charset-normalizer
among the Arabic code pages.
"""
from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from .._store import MARKER
from ..text.encoding import BOMS as _BOMS
from ..text.encoding import decode, decode_text
from ..text.encoding import utf16_guess as _utf16_guess

__all__ = ["walk", "kind", "decode", "HTML_SUFFIXES", "TEXT_SUFFIXES", "TABLE_SUFFIXES"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet"}
MHTML_SUFFIXES = {".mhtml", ".mht"}
#: spreadsheets a user may export articles to: not read (the reason says to save them as CSV)
SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".numbers"}
#: files a browser saves beside a page ("Web page, complete"): never articles
ASSET_SUFFIXES = {".js", ".mjs", ".css", ".map", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp",
                  ".avif", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".mp4", ".webm", ".mp3", ".m4a", ".ogg",
                  ".wasm", ".zip", ".gz", ".pdf", ".exe", ".dll", ".so"}


def _reason(e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "symlink loop"
    if e.errno == errno.ENOENT:
        return "no such file or directory (or a broken symlink)"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return f"cannot read: {e.strerror or type(e).__name__}"


def walk(paths: Iterable[str | os.PathLike], exclude: Iterable[str | os.PathLike] = (),
         follow_links: bool = False) -> Iterator[tuple[Path, str | None]]:
    """Every file under ``paths`` as ``(path, problem)``; directories are walked recursively
    in sorted order, visiting each directory and file once.  Symlinks inside a folder are
    followed when they lead to a place inside the given paths (or anywhere with
    ``follow_links``); others are reported as skipped.  Hidden entries (``.name``) inside
    directories are reported as skipped; ``exclude`` (e.g. the output corpus) is left out."""
    seen: set[tuple[int, int]] = set()
    skip = set()
    for x in exclude:
        try:
            st = os.stat(x)
            skip.add((st.st_dev, st.st_ino))
        except OSError:
            pass
    paths = [Path(p) for p in paths]
    roots = None if follow_links else [Path(os.path.realpath(p)) for p in paths]
    for p in paths:
        yield from _walk(p, seen, skip, top=True, roots=roots)


def _outside(p: Path, roots) -> bool:
    """True when the symlink ``p`` leads outside every root."""
    if roots is None or not p.is_symlink():
        return False
    target = Path(os.path.realpath(p))
    return not any(target == r or r in target.parents for r in roots)


def _walk(p: Path, seen, skip, top=False, roots=None):
    try:
        st = os.stat(p)
    except OSError as e:
        yield p, _reason(e)
        return
    if not top and _outside(p, roots):
        yield p, "symlink to a place outside the input folders skipped (use --follow-links to read it)"
        return
    key = (st.st_dev, st.st_ino)
    if key in skip:
        return
    if not top and p.name.startswith("."):
        yield p, "hidden " + ("directory" if stat.S_ISDIR(st.st_mode) else "file") + " skipped"
        return
    if key in seen:
        yield p, ("directory already visited (symlink loop)" if stat.S_ISDIR(st.st_mode)
                  else "same file already read under another name")
        return
    seen.add(key)
    if stat.S_ISDIR(st.st_mode) and (p / MARKER).is_file():
        yield p, "a framing corpus folder skipped (open it with framing.load, or give its articles.parquet)"
        return
    if stat.S_ISDIR(st.st_mode):
        try:
            names = sorted(os.listdir(p))
        except OSError as e:
            yield p, "cannot list directory: " + _reason(e)
            return
        for name in names:
            yield from _walk(p / name, seen, skip, roots=roots)
    elif stat.S_ISREG(st.st_mode):
        yield p, None
    else:
        yield p, "not a regular file"


# -- decoding: framing.text.encoding (tables use it too) --------------------------
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def _control_share(text: str) -> float:
    sample = text[:8192]
    return len(_CONTROL.findall(sample)) / len(sample) if sample else 0.0


_HTML_SNIFF = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<p[\s>]|<div[\s>]|<article[\s>]",
                         re.IGNORECASE)


def mhtml_html(raw: bytes) -> bytes:
    """The HTML part of a page saved as a single file (``.mhtml``/``.mht``, MIME multipart)."""
    import email
    import email.policy
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            body = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            if charset and body:
                try:
                    return body.decode(charset).encode("utf-8")
                except (LookupError, UnicodeDecodeError):
                    pass
            return body
    raise ValueError("no HTML part in the saved page (.mhtml)")


def kind(path: Path, raw: bytes, forced: str = "auto") -> str:
    """``html``, ``mhtml``, ``text`` or ``table`` for ``raw`` read from ``path``; raises ValueError with
    a reason when the bytes are none of these (empty, binary)."""
    inner = Path(path.stem).suffix.lower() if path.suffix.lower() == ".gz" else path.suffix.lower()
    if forced == "table" or (forced == "auto" and (inner in TABLE_SUFFIXES or raw[:4] == b"PAR1")):
        return "table"
    if not raw.strip():
        raise ValueError("empty file")
    if forced == "auto" and path.suffix.lower() in ASSET_SUFFIXES:
        raise ValueError(f"not a page ({path.suffix.lower()} file)")
    if forced == "auto" and path.suffix.lower() in SPREADSHEET_SUFFIXES:
        raise ValueError(f"a spreadsheet ({path.suffix.lower()}): save it as CSV (UTF-8) or JSONL, tables framing reads")
    if forced in ("auto", "html") and (path.suffix.lower() in MHTML_SUFFIXES
                                       or raw[:400].lower().find(b"multipart/related") >= 0):
        return "mhtml"
    head = raw[:8192]
    if b"\x00" in head and _utf16_guess(raw) is None and not any(raw.startswith(b) for b, _ in _BOMS):
        raise ValueError("binary file (not a web page, text or table)")
    text = decode_text(raw)
    if _control_share(text) > 0.02:
        raise ValueError("binary file (not a web page, text or table)")
    if forced in ("html", "text"):
        return forced
    if path.suffix.lower() in HTML_SUFFIXES:
        return "html"
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "text"
    return "html" if _HTML_SNIFF.search(text[:4096]) else "text"
