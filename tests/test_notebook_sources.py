"""The lab notebooks are built from plain-text sources (``notebooks/src/``) by
``notebooks/build.py``; the student and instructor versions of the coursework come from one
source, so they are edited together.  This test fails when a notebook was edited by hand or a
source was changed without rebuilding."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_notebooks_are_in_sync_with_their_sources():
    r = subprocess.run([sys.executable, str(ROOT / "notebooks" / "build.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_one_source_builds_both_coursework_versions():
    sys.path.insert(0, str(ROOT / "notebooks"))
    try:
        import build
    finally:
        sys.path.pop(0)
    out = build.build(ROOT / "notebooks" / "src" / "05-coursework.py")
    names = sorted(p.relative_to(ROOT / "notebooks").as_posix() for p in out)
    assert names == ["05-coursework.ipynb", "coursework/05-coursework-instructor.ipynb"]
