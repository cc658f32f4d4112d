"""Fonts for charts and reports, in one place: Amiri (from the ``fontpkg-amiri`` wheel).

Amiri is installed from PyPI with the package, so charts and PDFs never depend on
system fonts.  It is used for all PDF text because ``pdftotext`` extracts Arabic
set in Amiri in logical order (searchable, copyable); Noto Sans Arabic and DejaVu
do not (in a pdftotext check, Noto Sans Arabic gave back 6 of 18 Arabic words).
"""
from __future__ import annotations

import functools
from pathlib import Path

__all__ = ["FAMILY", "FALLBACK", "LATIN", "font_files", "fallback_files", "latin_files", "register_matplotlib"]

#: family name of the bundled font, as matplotlib and fpdf2 know it
FAMILY = "Amiri"
#: for the few symbols Amiri lacks (χ ≥ ≤ → ≈ …): DejaVu Sans, shipped inside matplotlib's wheel
FALLBACK = "DejaVu"
#: for PDF text without Arabic letters: STIX General (Times-like, Greek and math symbols included),
#: shipped inside matplotlib's wheel; set without HarfBuzz shaping, which is much faster in fpdf2
LATIN = "STIX"


@functools.cache
def font_files() -> dict[str, Path]:
    """Paths of the Amiri TTF files by fpdf2 style: ``""`` regular, ``"B"`` bold."""
    import fontpkg
    regular = Path(fontpkg.path("amiri"))
    names = {"": "Amiri-Regular.ttf", "B": "Amiri-Bold.ttf"}  # the report uses no italics
    files = {style: regular.with_name(name) for style, name in names.items()}
    return {style: p for style, p in files.items() if p.exists()} | {"": regular}


@functools.cache
def fallback_files() -> dict[str, Path]:
    """DejaVu Sans TTF files from matplotlib's own data folder, by fpdf2 style."""
    import matplotlib
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    files = {"": folder / "DejaVuSans.ttf", "B": folder / "DejaVuSans-Bold.ttf"}
    return {k: p for k, p in files.items() if p.exists()}


@functools.cache
def latin_files() -> dict[str, Path]:
    """STIX General TTF files from matplotlib's own data folder, by fpdf2 style."""
    import matplotlib
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    files = {"": folder / "STIXGeneral.ttf", "B": folder / "STIXGeneralBol.ttf"}
    return {k: p for k, p in files.items() if p.exists()} if files[""].exists() else {}


@functools.cache
def register_matplotlib() -> str:
    """Register the Amiri files with matplotlib's font manager (once); return the family name."""
    from matplotlib import font_manager
    for path in font_files().values():
        font_manager.fontManager.addfont(str(path))
    return FAMILY
