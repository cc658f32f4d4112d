"""A table's ``wrap`` columns are laid out over as many lines as they need in the PDF (the terms
table's notes are read whole), other cells are still cut to one line, and a table whose cells all
fit is drawn as without ``wrap``."""
from __future__ import annotations

import datetime as dt
import subprocess
from types import SimpleNamespace

import pandas as pd
import pytest

from framing.report.layout import _terms_table_blocks
from framing.report.pdf import write_pdf

from .test_report import PDFTOTEXT, n_pages, needs_pdftotext, pdf_text

# fictional notes, ~300 characters, each ending in words found nowhere else
NOTE_EN = ("a made-up word for people held by a fictional side; the Valley Courier uses it in reports on the "
           "border towns. Not a crowd held in a stadium, a queue at a gate, a flock of birds or a figure "
           "of speech about traffic. Still counted: the plural after a number, and the word in a caption "
           "under a picture, closing on lantern harbour")
NOTE_AR = ("كلمة مختلقة لمن تحتجزهم جهة خيالية في تقارير صحيفة الوادي عن بلدات الحدود، وليست محتجزي ملعب أو "
           "طابور عند بوابة أو سربا من الطيور أو مجازا عن زحام الطريق، وتبقى محسوبة في صيغة الجمع بعد عدد وفي "
           "تعليق تحت صورة، وفي خاتمة النص قافلة الغيوم")


def _terms(prec):
    fam = SimpleNamespace(terms=pd.DataFrame({"term": ["capt", "asra"], "label_en": ["held", "captives"],
                                              "label_ar": ["محتجزون", "أسرى"], "note": [NOTE_EN, NOTE_AR]}))
    data = SimpleNamespace(lang="en", audit=SimpleNamespace(source="audit", n_lines=40))
    return _terms_table_blocks(fam, data, prec)


@pytest.mark.parametrize("prec", [None, {"capt": {"precision": 0.95, "ci_low": 0.9, "ci_high": 0.98, "n": 40}}],
                         ids=["no-precision", "precision"])
def test_the_terms_table_wraps_its_note_column(prec):
    table = _terms(prec)[0]
    assert [table["header"][i] for i in table["wrap"]] == ["note"]


@needs_pdftotext
@pytest.mark.parametrize("rtl", [False, True], ids=["en", "ar"])
@pytest.mark.parametrize("prec", [None, {"capt": {"precision": 0.95, "ci_low": 0.9, "ci_high": 0.98, "n": 40}}],
                         ids=["no-precision", "precision"])
def test_a_long_note_is_printed_whole(tmp_path, prec, rtl):
    cut = {"kind": "table", "header": ["term", "note"], "rows": [["capt", NOTE_EN.replace("harbour", "meadow")]],
           "widths": [0.3, 0.7]}   # no wrap: still one line, cut
    path = tmp_path / "t.pdf"
    write_pdf([*_terms(prec), cut], path, title="t", created=dt.datetime(2025, 1, 1), footer="test",
              lang="ar" if rtl else "en")
    text = pdf_text(path)
    for words in ("lantern harbour", "خاتمة النص قافلة الغيوم"):   # each note's last words
        assert words in text, words
    assert "meadow" not in text and "…" in text


@needs_pdftotext
def test_wrap_changes_nothing_when_every_cell_fits(tmp_path):
    """Same words at the same places (the bytes differ only in the order glyphs enter the font subset:
    measuring the lines adds them before drawing)."""
    table = {"kind": "table", "header": ["term", "note"], "rows": [["capt", "held"], ["asra", "أسرى الحرب"]],
             "widths": [0.3, 0.7], "align": ["L", "L"]}
    boxes = []
    for wrap in ((), (1,)):
        path = tmp_path / f"t{len(boxes)}.pdf"
        write_pdf([{**table, "wrap": list(wrap)}, {"kind": "p", "text": "after"}], path, title="t",
                  created=dt.datetime(2025, 1, 1), footer="test")
        boxes.append(subprocess.run([PDFTOTEXT, "-bbox", str(path), "-"], capture_output=True, text=True,
                                    check=True).stdout)
    assert boxes[0] == boxes[1] and ">held<" in boxes[0] and ">after<" in boxes[0]


@needs_pdftotext
def test_a_row_that_does_not_fit_goes_whole_to_the_next_page(tmp_path):
    filler = NOTE_EN.rsplit(",", 1)[0]
    rows = [[f"term{i}", f"opens{i} {filler} closes{i}"] for i in range(30)]
    path = tmp_path / "t.pdf"
    write_pdf([{"kind": "table", "header": ["term", "remark"], "rows": rows, "widths": [0.3, 0.3], "wrap": [1]}],
              path, title="t", created=dt.datetime(2025, 1, 1), footer="test")
    pages = [subprocess.run([PDFTOTEXT, "-f", str(n), "-l", str(n), str(path), "-"], capture_output=True,
                            text=True, check=True).stdout for n in range(1, n_pages(path) + 1)]
    assert len(pages) > 2 and all(page.count("remark") == 1 for page in pages)   # the header on every page
    where = {w: n for n, page in enumerate(pages) for w in page.split()}
    assert all(where[f"opens{i}"] == where[f"closes{i}"] for i in range(30)), where   # no note split
