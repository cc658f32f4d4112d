"""The report writers on hand-built ReportData (fictional outlets and texts): PDF text is
searchable Arabic in logical order, HTML is escaped and self-contained, bytes are identical
across runs, failed runs leave the previous report, thin data gives a plain message."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from framing.report.build import render

from .conftest import make_data

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) not installed")
BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(path) -> str:
    out = subprocess.run([PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    return " ".join(BIDI.sub("", out.decode("utf-8")).split())


def n_pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    d = tmp_path_factory.mktemp("report")
    out = render(make_data(), pdf=d / "r.pdf", html=d / "r.html", figures=d / "figs")
    return d, out


def test_written_paths_and_page_count(built):
    d, out = built
    assert out["pdf"] == d / "r.pdf" and out["html"] == d / "r.html"
    assert 4 <= n_pages(d / "r.pdf") <= 12
    names = sorted(p.name for p in out["figures"])
    assert "04-captives-captives-shares.png" in names and "04-captives-captives-shares.svg" in names
    assert "01-summary-shares.png" in names  # the summary's small multiples come first
    assert not list(d.glob(".*.tmp"))                         # no temporary files left


@needs_pdftotext
def test_pdf_text_is_searchable_arabic_in_logical_order(built):
    d, _ = built
    text = pdf_text(d / "r.pdf")
    for s in ["رهائن", "أسرى", "صحيفة الواحة", "Desert Post", "Nile Wire",
              "وقالت مصادر محلية إن عدد", "الأسرى",           # a concordance line, original spelling
              "ab" * 32,                                     # the content hash, whole
              "framing report test-corpus --lexicon captives",  # the command
              "75% [65%–85%]", "6.00 (30)"]:                 # a share with its CI; a rate with its count
        assert s in text, s
    assert "nan" not in text.lower().split()


def test_pdf_embeds_the_charts(built):
    d, _ = built
    raw = (d / "r.pdf").read_bytes()
    assert len(re.findall(rb"/Subtype\s*/Image", raw)) >= 5


def test_html_escapes_corpus_text_marks_rtl_and_embeds_charts(built):
    d, _ = built
    html = (d / "r.html").read_text("utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("<script") == 1                 # only the report's own table-sorting script
    assert 'dir="rtl"' in html
    assert html.count("data:image/png;base64,") == 6  # with the summary chart
    assert "src=\"http" not in html and "<link" not in html  # nothing to fetch


def test_same_inputs_give_identical_bytes(built, tmp_path):
    d, _ = built
    render(make_data(), pdf=tmp_path / "r.pdf", html=tmp_path / "r.html")
    assert (tmp_path / "r.pdf").read_bytes() == (d / "r.pdf").read_bytes()
    assert (tmp_path / "r.html").read_bytes() == (d / "r.html").read_bytes()


def test_failed_run_keeps_the_previous_report(tmp_path, monkeypatch):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"previous report")
    import framing.report.pdf as pdfmod

    def boom(*a, **k):
        raise RuntimeError("disk full")
    monkeypatch.setattr(pdfmod, "write_pdf", boom)
    with pytest.raises(RuntimeError):
        render(make_data(events=False), pdf=target)
    assert target.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


@needs_pdftotext
def test_without_events_and_matches_the_report_says_so(tmp_path):
    render(make_data(events=False, matches=False, outlets=["Desert Post"]), pdf=tmp_path / "r.pdf")
    text = pdf_text(tmp_path / "r.pdf")
    assert "not available: run framing events first" in text
    assert "No article in the corpus uses a term of captives" in text
    assert "nan" not in text.lower().split() and "None" not in text.split()


@needs_pdftotext
def test_arabic_report(tmp_path):
    render(make_data(lang="ar"), pdf=tmp_path / "r.pdf")
    text = pdf_text(tmp_path / "r.pdf")
    for s in ["المنهج بلغة بسيطة", "المعدّل لكل", "صحيفة الواحة", "هذا التقرير", "سطور السياق"]:
        assert s in text, s


def test_arabic_extended_a_letters_are_an_arabic_run():
    """A word with a letter of Arabic Extended-A (ࢤ, U+08A4, written in some Maghrebi and African
    Arabic) inside an English sentence is one right-to-left run, not cut at that letter."""
    from framing.report.html import _t
    out = _t("the word كا\u08a4ن here")
    assert '<span lang="ar" dir="rtl">كا\u08a4ن</span>' in out
