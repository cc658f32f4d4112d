"""Faster scans of patterns that open with a lookbehind: :func:`first_char_guard`.

Python's regex engine tries such a pattern at every character of the text (a lookbehind gives it
no first character to skip to).  Putting a lookahead on the characters that can start a match in
front, ``(?=[...])(?:pattern)``, lets it skip the rest at C speed: the same matches (offsets,
groups), several times faster over a long text.  The characters are read from the pattern
itself, so a pattern edited later keeps its guard right.
"""
from __future__ import annotations

import re

__all__ = ["first_char_guard", "first_chars"]

try:                                   # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:                    # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _p

#: a character range wider than this counts as "any character" (no guard)
_MAX_RANGE = 4096
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


def _seq(items) -> tuple[set[int] | None, bool]:
    """``(first characters, can match empty)`` of a sequence of parsed items; None: unknown."""
    out: set[int] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue                   # lookarounds and anchors consume nothing: a superset without them
        chars, empty = _item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _item(op, av) -> tuple[set[int] | None, bool]:
    if op is _c.LITERAL:
        return {av}, False
    if op is _c.IN:
        chars: set[int] = set()
        for kind, arg in av:
            if kind is _c.LITERAL:
                chars.add(arg)
            elif kind is _c.RANGE and arg[1] - arg[0] <= _MAX_RANGE:
                chars.update(range(arg[0], arg[1] + 1))
            else:                      # a negated set, a category (\s, \w), a wide range
                return None, False
        return chars, False
    if op is _c.BRANCH:
        out: set[int] = set()
        empty = False
        for alt in av[1]:
            chars, e = _seq(alt)
            if chars is None:
                return None, False
            out |= chars
            empty = empty or e
        return out, empty
    if op is _c.SUBPATTERN:
        return _seq(av[-1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        chars, e = _seq(av[2])
        return chars, e or av[0] == 0
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _seq(av)
    return None, False                 # ANY, backreferences, conditionals: no guard


def first_chars(pattern: re.Pattern) -> str | None:
    """Every character a match of ``pattern`` can start with, or None when that is not a short list
    (a match may be empty or start with any character, or the pattern ignores case)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    chars, empty = _seq(_p.parse(pattern.pattern, pattern.flags))
    if chars is None or empty or not chars:
        return None
    return "".join(sorted(map(chr, chars)))


def _opens_with_lookaround(items) -> bool:
    """The pattern (or one of its top-level alternatives) starts with a lookaround or an anchor:
    the engine then has no first character to skip to (a literal start it skips to by itself)."""
    if not items:
        return False
    op, av = items[0]
    if op is _c.BRANCH:
        return any(_opens_with_lookaround(alt) for alt in av[1])
    if op is _c.SUBPATTERN:
        return _opens_with_lookaround(av[-1])
    return op in _ZERO_WIDTH


def first_char_guard(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` with a lookahead on its first characters in front (:func:`first_chars`) when it
    opens with a lookbehind: the same matches, found faster; else ``pattern`` itself (a pattern that
    starts with a literal or a character set is already scanned at C speed)."""
    chars = first_chars(pattern)
    if chars is None or not _opens_with_lookaround(_p.parse(pattern.pattern, pattern.flags)):
        return pattern
    cls = "".join(re.escape(ch) if ch not in "\n\t" else ch for ch in chars)
    return re.compile(f"(?=[{cls}])(?:{pattern.pattern})", pattern.flags)
