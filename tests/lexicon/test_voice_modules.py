"""The voice rules are split over modules layered bottom first (saying → quotes → places →
speakers → speech → headlines → voice): each imports only the ones before it, and the old
import path :mod:`framing.lexicon.voice` still gives every public name."""
from __future__ import annotations

import ast
from pathlib import Path

import framing.lexicon.voice as voice

ORDER = ["saying", "quotes", "places", "speakers", "speech", "headlines", "voice"]
HERE = Path(voice.__file__).parent


def _siblings(name: str) -> set[str]:
    tree = ast.parse((HERE / f"{name}.py").read_text("utf-8"))
    return {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 1 and n.module in ORDER}


def test_each_voice_module_imports_only_the_ones_below():
    for i, name in enumerate(ORDER):
        above = _siblings(name) - set(ORDER[:i])
        assert not above, f"framing.lexicon.{name} imports {sorted(above)}, which are not below it in {ORDER}"


def test_public_names_still_import_from_voice():
    for name in voice.__all__:
        assert getattr(voice, name) is not None, name
