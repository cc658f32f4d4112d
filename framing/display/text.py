"""Text helpers for charts and reports: Arabic detection, direction marks, number formats.

No reshaping and no visual reordering happen here: matplotlib ≥ 3.11 (libraqm) and
fpdf2 with ``set_text_shaping(True)`` (HarfBuzz) shape logical-order strings
themselves.  Strings stay in logical order so PDF text can be searched and copied.
"""
from __future__ import annotations

import math
import re

from ..text.script import ARABIC, has_arabic

__all__ = ["has_arabic", "starts_rtl", "rtl_label", "clean", "pct", "num", "p_value"]

_STRONG = re.compile(r"[^\W\d_]")  # a letter
_CONTROLS = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
RLM = "\u200f"


def starts_rtl(s: str) -> bool:
    """True when the first letter of ``s`` is Arabic (the paragraph reads right to left)."""
    m = _STRONG.search(s or "")
    return bool(m) and ARABIC.match(m.group()) is not None


def rtl_label(s: object) -> str:
    """A chart label: Arabic-dominant text that begins with Latin letters or digits gets a
    leading U+200F (RLM), so matplotlib lays it out right to left."""
    if isinstance(s, str) and "\n" in s:
        return "\n".join(rtl_label(line) for line in s.split("\n"))
    s = clean(s)
    if not has_arabic(s) or ARABIC.match(s[0]):
        return s
    arabic = len(ARABIC.findall(s))
    latin = sum(c.isascii() and c.isalpha() for c in s)
    return RLM + s if arabic >= latin else s


def clean(s: object) -> str:
    """``s`` as one line of printable text: None/NaN → ``""``, control and bidi characters
    removed, runs of whitespace collapsed."""
    if s is None or (isinstance(s, float) and math.isnan(s)):
        return ""
    try:
        import pandas as pd
        if s is pd.NA or s is pd.NaT:
            return ""
    except ImportError:  # pragma: no cover
        pass
    return " ".join(_CONTROLS.sub("", str(s)).split())


def _bad(x) -> bool:
    try:
        return x is None or math.isnan(float(x))
    except (TypeError, ValueError):
        return True


def pct(x, digits: int = 0, missing: str = "–") -> str:
    """A proportion (0–1) as a percentage string: ``0.4567`` → ``"46%"``; NaN → ``missing``."""
    return missing if _bad(x) else f"{100 * float(x):.{digits}f}%"


def num(x, digits: int = 1, missing: str = "–") -> str:
    """A number with ``digits`` decimals and thousands separators; NaN → ``missing``."""
    if _bad(x):
        return missing
    return f"{float(x):,.{digits}f}"


def p_value(p) -> str:
    """A p-value as the statistics sentences print it (:func:`framing.stats.format_p`)."""
    from ..stats.compare import format_p
    return format_p(None if _bad(p) else p)
