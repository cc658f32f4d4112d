"""The ``framing report``: one PDF (and optionally one self-contained HTML file) that a
researcher can read page by page and a reader can reproduce.

``build_report(corpus, lexicons, ...)`` gathers the numbers (:mod:`.data`), draws the
charts (:mod:`framing.plot`) and writes the PDF (:mod:`.pdf`, fpdf2 + HarfBuzz shaping,
Amiri font) and the HTML (:mod:`.html`).  Imports are lazy, so importing the package pulls
in neither fpdf2 nor matplotlib.
"""
from __future__ import annotations

from .._lazy import lazy

__all__ = ["build_report", "collect", "ReportData"]
_EXPORTS = {"build_report": "build", "collect": "data", "ReportData": "data"}


__getattr__ = lazy(__name__, {name: f".{module}" for name, module in _EXPORTS.items()}, globals())
