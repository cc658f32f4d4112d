"""Bytes of a page or table → text: :func:`decode` (BOM, UTF-16 without BOM, UTF-8, the declared
charset, UTF-8 with a few broken bytes, else charset-normalizer among the Arabic code pages)."""
from __future__ import annotations

import codecs
import re

__all__ = ["decode", "utf16_guess", "BOMS"]

BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_ARABIC_CODEPAGES = ["utf_8", "cp1256", "iso8859_6", "cp720", "cp864"]


def utf16_guess(raw: bytes) -> str | None:
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


def decode_text(raw: bytes, error: type[Exception] = ValueError) -> str:
    """The text of ``raw`` (:func:`decode`); bytes in no known encoding raise ``error`` with the one
    reason every reader gives."""
    dec = decode(raw)
    if dec is None:
        raise error("undecodable: not UTF-8, UTF-16 or an Arabic code page")
    return dec[0]


def decode(raw: bytes) -> tuple[str, str] | None:
    """Text and the encoding used, or None when the bytes are not text in a known encoding."""
    for bom, enc in BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(enc), enc
            except UnicodeDecodeError:
                return None
    enc = utf16_guess(raw)
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
    loose = raw.decode("utf-8", "surrogateescape")       # UTF-8 text with a few broken bytes
    bad = sum(1 for ch in loose if "\udc80" <= ch <= "\udcff")
    good = sum(1 for ch in loose if ord(ch) > 127) - bad
    if good >= 20 and good >= 4 * bad:
        return raw.decode("utf-8", "replace"), "utf-8"
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(raw, cp_isolation=_ARABIC_CODEPAGES + ["cp1252", "latin_1"]).best()
    except Exception:                          # charset-normalizer failing is just "unknown"
        best = None
    if best is None:
        return None
    return str(best), best.encoding


