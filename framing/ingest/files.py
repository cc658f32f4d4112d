"""Finding input files, telling their kind and decoding their bytes.

``walk(paths)`` yields ``(path, problem)`` for every file under the given
files and directories (recursively, sorted, each real file once); ``problem``
is None or a one-line reason the path cannot be read (missing, symlink loop,
permission denied, not a regular file, hidden).  ``kind(path, raw)`` says
``html``, ``mhtml``, ``text``, ``table`` or a reason (binary, empty, asset file).  ``decode(raw)``
turns page bytes into text: BOM, UTF-16 without BOM, UTF-8, the declared
charset, else charset-normalizer among the Arabic code pages.
"""
from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["walk", "kind", "decode", "HTML_SUFFIXES", "TEXT_SUFFIXES", "TABLE_SUFFIXES"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet"}
MHTML_SUFFIXES = {".mhtml", ".mht"}
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


def walk(paths: Iterable[str | os.PathLike], exclude: Iterable[str | os.PathLike] = ()) -> Iterator[tuple[Path, str | None]]:
    """Every file under ``paths`` as ``(path, problem)``; directories are walked recursively
    in sorted order, following symlinks but visiting each directory and file once.
    Hidden entries (``.name``) inside directories are reported as skipped; ``exclude``
    (e.g. the output corpus) is left out."""
    seen: set[tuple[int, int]] = set()
    skip = set()
    for x in exclude:
        try:
            st = os.stat(x)
            skip.add((st.st_dev, st.st_ino))
        except OSError:
            pass
    for p in paths:
        yield from _walk(Path(p), seen, skip, top=True)


def _walk(p: Path, seen, skip, top=False):
    try:
        st = os.stat(p)
    except OSError as e:
        yield p, _reason(e)
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
    if stat.S_ISDIR(st.st_mode):
        try:
            names = sorted(os.listdir(p))
        except OSError as e:
            yield p, "cannot list directory: " + _reason(e)
            return
        for name in names:
            yield from _walk(p / name, seen, skip)
    elif stat.S_ISREG(st.st_mode):
        yield p, None
    else:
        yield p, "not a regular file"


# -- decoding ------------------------------------------------------------------
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_ARABIC_CODEPAGES = ["utf_8", "cp1256", "iso8859_6", "cp720", "cp864"]


def _utf16_guess(raw: bytes) -> str | None:
    head = raw[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    z_even, z_odd = even.count(0) / len(even), odd.count(0) / max(1, len(odd))
    # ASCII markup in UTF-16: one byte of each pair is 0; Arabic letters: 0x06 high byte
    if z_odd > 0.3 and z_even < 0.05:
        return "utf-16-le"
    if z_even > 0.3 and z_odd < 0.05:
        return "utf-16-be"
    six_even, six_odd = even.count(6) / len(even), odd.count(6) / max(1, len(odd))
    if six_odd > 0.4 and z_odd + six_odd > 0.7:
        return "utf-16-le"
    if six_even > 0.4 and z_even + six_even > 0.7:
        return "utf-16-be"
    return None


def decode(raw: bytes) -> tuple[str, str] | None:
    """Text and the encoding used, or None when the bytes are not text in a known encoding."""
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(enc), enc
            except UnicodeDecodeError:
                return None
    enc = _utf16_guess(raw)
    if enc:
        try:
            return raw[: len(raw) - len(raw) % 2].decode(enc), enc
        except UnicodeDecodeError:
            return None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        if e.start >= len(raw) - 3:           # cut inside the last character: a truncated file
            return raw[: e.start].decode("utf-8"), "utf-8"
    m = _CHARSET.search(raw[:4096])
    if m:
        name = m.group(1).decode("ascii", "ignore").lower()
        try:
            codecs.lookup(name)
            if name.replace("-", "").replace("_", "") not in ("utf8", "utf16"):
                return raw.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(raw, cp_isolation=_ARABIC_CODEPAGES + ["cp1252", "latin_1"]).best()
    except Exception:                          # charset-normalizer failing is just "unknown"
        best = None
    if best is None:
        return None
    return str(best), best.encoding


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
    if forced in ("auto", "html") and (path.suffix.lower() in MHTML_SUFFIXES
                                       or raw[:400].lower().find(b"multipart/related") >= 0):
        return "mhtml"
    head = raw[:8192]
    if b"\x00" in head and _utf16_guess(raw) is None and not any(raw.startswith(b) for b, _ in _BOMS):
        raise ValueError("binary file (not a web page, text or table)")
    dec = decode(raw)
    if dec is None:
        raise ValueError("undecodable: not UTF-8, UTF-16 or an Arabic code page")
    text = dec[0]
    if _control_share(text) > 0.02:
        raise ValueError("binary file (not a web page, text or table)")
    if forced in ("html", "text"):
        return forced
    if path.suffix.lower() in HTML_SUFFIXES:
        return "html"
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "text"
    return "html" if _HTML_SNIFF.search(text[:4096]) else "text"
