"""The ``framing report``: one PDF (and optionally one self-contained HTML file) that a
researcher can read page by page and a reader can reproduce.

``build_report(corpus, lexicons, ...)`` gathers the numbers (:mod:`.data`), draws the
charts (:mod:`framing.plot`) and writes the PDF (:mod:`.pdf`, fpdf2 + HarfBuzz shaping,
Amiri font) and the HTML (:mod:`.html`).  Imports are lazy so ``framing.plot`` can use
:mod:`.fonts` without pulling in fpdf2.
"""
from __future__ import annotations

import importlib

__all__ = ["build_report", "collect", "ReportData"]
_EXPORTS = {"build_report": "build", "collect": "data", "ReportData": "data"}


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'framing.report' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
