"""Hard-wrapped text (lines broken at a fixed width, as archives and e-mail exports print it)
joined back into paragraphs, by structure.

``unwrap(text)`` leaves text alone unless it *is* hard-wrapped: among the lines of five words or
more, most reach close to one width (the 90th percentile of their lengths, 30–120 characters) and
many of those stop in mid-sentence.  Then the lines of a paragraph are joined with a space
(``trans-`` + ``port`` → ``transport`` for a Latin word cut by a hyphen); a paragraph ends at a
blank line, at a line clearly shorter than the width (its last line), or before an indented line
when the text indents its paragraphs.  Short lines (menus, headlines, dates) stay lines of
their own.
"""
from __future__ import annotations

import re

__all__ = ["unwrap", "is_hard_wrapped"]

_WORD = re.compile(r"[\w\u0600-\u06ff]+")
_END = ".!?؟…۔:\"'”»)"
#: a line reaching this share of the width is a wrapped line
NEAR = 0.75


def _width(lines: list[str]) -> int | None:
    long = sorted(len(x.rstrip()) for x in lines if len(_WORD.findall(x)) >= 5)
    if len(long) < 4:
        return None
    w = long[int(0.9 * (len(long) - 1))]
    return w if 30 <= w <= 120 else None


def is_hard_wrapped(text: str) -> bool:
    """Whether ``text`` is printed with lines broken at a fixed width (see the module docstring)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    w = _width(lines)
    if w is None:
        return False
    long = [x.rstrip() for x in lines if len(_WORD.findall(x)) >= 5]
    near = [x for x in long if len(x) >= NEAR * w]
    open_ = [x for x in near if x[-1] not in _END]
    return len(near) >= 0.6 * len(long) and len(open_) >= max(2, 0.4 * len(near))


def unwrap(text: str) -> str:
    """``text`` with hard-wrapped paragraphs joined into one line each (unchanged otherwise)."""
    if not is_hard_wrapped(text):
        return text
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    w = _width(lines)
    indented = sum(1 for x in lines if re.match(r"^(?: {2,}|\t)\S", x))
    indents = 2 <= indented < 0.5 * sum(1 for x in lines if x.strip())
    out, cur = [], []

    def flush():
        if cur:
            out.append(_join(cur))
            cur.clear()

    for raw in lines:
        s = raw.strip()
        if not s:
            flush()
            out.append("")
            continue
        if indents and re.match(r"^(?: {2,}|\t)\S", raw):
            flush()
        cur.append(s)
        if len(raw.rstrip()) < NEAR * w or len(_WORD.findall(s)) < 5:
            flush()                                # the last line of a paragraph, or a short line
    flush()
    return "\n".join(out)


def _join(parts: list[str]) -> str:
    text = parts[0]
    for p in parts[1:]:
        if re.search(r"[A-Za-z]-$", text) and p[:1].islower():
            text = text[:-1] + p                   # a Latin word cut by a hyphen at the line end
        else:
            text = f"{text} {p}"
    return text
