"""The outlet's name as the page prints it, when no ``og:site_name`` says it.

* ``title_site(title, headline)``: the tail of ``<title>Headline | Site</title>`` (also
  ``-``, ``–``, ``—``, ``:``, ``«»``-free) when the head is the headline (the ``<h1>`` or
  ``og:title``) or the tail is a short name (1–5 words, no sentence end, no digits);
* ``masthead(text)``: a copyright line among the last lines of the page (``© 2031 صحيفة
  المساء``, ``جميع الحقوق محفوظة لصحيفة المساء``, ``Copyright 2031 The Evening Ledger. All
  rights reserved.``), else a short masthead line naming an outlet kind (``صحيفة المساء``,
  ``جريدة …``, ``وكالة …``, ``قناة …``, ``موقع …``) among the first, then the last lines.

Both return None when the page does not say; the caller then falls back to the folder name or
the domain and records a warning for that file.
"""
from __future__ import annotations

import re

__all__ = ["title_site", "masthead"]

_KINDS = r"(?:صحيفة|جريدة|مجلة|موقع|قناة|وكالة|شبكة|إذاعة|راديو|تلفزيون)"
_KIND_LINE = re.compile(rf"^(?:ل)?({_KINDS}\s+[^\s.!?؟:،,|]+(?:\s+[^\s.!?؟:،,|]+){{0,2}})$")
_COPY = re.compile(r"(?:©|\(c\)|copyright|حقوق\s+(?:النشر|الطبع)?\s*محفوظة|جميع\s+الحقوق\s+محفوظة)", re.IGNORECASE)
_NOISE = re.compile(r"(?:©|\(c\)|copyright|all\s+rights\s+reserved\.?|جميع\s+الحقوق\s+محفوظة|حقوق\s+(?:النشر|الطبع)?"
                    r"\s*محفوظة|\b(?:19|20)\d\d\b(?:\s*[-–]\s*(?:19|20)\d\d)?|[.،,|·\-–—]+\s*$)", re.IGNORECASE)
_SPLIT = re.compile(r"^(?P<head>.+?)\s+[|\-–—:]\s+(?P<tail>[^|\-–—:]+)$")
_EDGE_LINES = 12


def _short_name(s: str) -> bool:
    return 1 <= len(s.split()) <= 5 and not re.search(r"[.!?؟\d]$|\d", s)


def title_site(title: str | None, headlines=()) -> str | None:
    """The site name in a ``<title>`` suffix, or None."""
    if not title:
        return None
    m = _SPLIT.match(" ".join(title.split()))
    if not m:
        return None
    head, tail = m["head"].strip(), m["tail"].strip()
    if head in {" ".join(h.split()) for h in headlines if h} and _short_name(tail):
        return tail
    return tail if _short_name(tail) and re.match(_KINDS, tail) else None


def _from_copyright(line: str) -> str | None:
    rest = " ".join(_NOISE.sub(" ", line).split()).strip(" -–—|·.،,")
    rest = re.sub(rf"^(?:ل|لـ\s*)(?={_KINDS})", "", rest)
    rest = re.sub(r"^(?:ل|لـ\s*)", "", rest) if rest.startswith("لـ") else rest
    return rest if rest and _short_name(rest) else None


def masthead(text: str) -> str | None:
    """The outlet named by a page's footer copyright line (last lines), else by a masthead line
    naming an outlet kind (first lines, then last lines), or None.  A ``©`` line near the top is
    a photo credit, not the outlet."""
    lines = [" ".join(x.split()) for x in text.splitlines() if x.strip()]
    top, bottom = lines[:_EDGE_LINES], lines[-_EDGE_LINES:]
    for line in reversed(bottom):
        if _COPY.search(line) and len(line.split()) <= 12:
            name = _from_copyright(line)
            if name:
                return name
    for line in top + bottom:
        m = _KIND_LINE.match(line.strip(" «»\"'"))
        if m:
            return m.group(1)
    return None
