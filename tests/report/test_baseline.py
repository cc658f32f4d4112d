"""One chart compared with a stored image, so broken Arabic shaping (disconnected or reversed
letters, a font that is not found) is caught.  Regenerate after a deliberate change with
``FRAMING_UPDATE_BASELINE=1 pytest tests/report/test_baseline.py`` and LOOK at the image."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
from matplotlib.testing.compare import compare_images

from framing import plot

BASELINE = Path(__file__).parent / "baseline" / "term_shares.png"
TOL = 1.5  # RMS difference in grey levels (0-255); reversed Arabic labels give ≈ 5

SHARES = pd.DataFrame({
    "outlet": ["Desert Post", "Desert Post", "صحيفة الواحة", "صحيفة الواحة", "BBC عربي", "BBC عربي"],
    "term": ["hostages", "prisoners"] * 3,
    "matches": [30, 10, 5, 20, 8, 8],
    "share": [0.75, 0.25, 0.2, 0.8, 0.5, 0.5],
    "ci_low": [0.6, 0.1, 0.05, 0.65, 0.3, 0.3],
    "ci_high": [0.9, 0.4, 0.35, 0.95, 0.7, 0.7],
})


def _terms(reverse: bool = False) -> pd.DataFrame:
    ar = ["رهائن", "أسرى"]
    if reverse:  # what the old arabic_reshaper + bidi recipe does to matplotlib ≥ 3.11 labels
        ar = [s[::-1] for s in ar]
    return pd.DataFrame({"term": ["hostages", "prisoners"], "language": ["ar", "ar"],
                         "label_en": ["hostages", "prisoners"], "label_ar": ar})


def _render(path: Path, reverse: bool = False) -> None:
    fig = plot.term_shares(SHARES, terms=_terms(reverse), title="captives: share per outlet")
    path.write_bytes(plot.to_bytes(fig, "png", dpi=100))


def test_chart_matches_baseline(tmp_path):
    if os.environ.get("FRAMING_UPDATE_BASELINE"):
        BASELINE.parent.mkdir(exist_ok=True)
        _render(BASELINE)
    actual = tmp_path / "term_shares.png"
    _render(actual)
    assert compare_images(str(BASELINE), str(actual), tol=TOL) is None


def test_reversed_arabic_would_fail_the_comparison(tmp_path):
    actual = tmp_path / "reversed.png"
    _render(actual, reverse=True)
    result = compare_images(str(BASELINE), str(actual), tol=TOL)
    assert result is not None and "did not match" in result
