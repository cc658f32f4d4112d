"""The report on the bundled demo corpus: every outlet appears, the numbers are the ones
``framing terms`` gives, and the evidence lines are there in the outlets' spelling."""
from __future__ import annotations

import pytest

from framing import term_shares
from framing.report import build_report

from .test_report import n_pages, needs_pdftotext, pdf_text


@pytest.fixture(scope="module")
def demo_report(demo_corpus, tmp_path_factory):
    d = tmp_path_factory.mktemp("demo-report")
    build_report(demo_corpus, ["captives"], pdf=d / "demo.pdf", n_boot=200)
    return d / "demo.pdf"


@needs_pdftotext
def test_demo_report_outlets_numbers_and_evidence(demo_corpus, demo_report):
    assert 4 <= n_pages(demo_report) <= 20
    text = pdf_text(demo_report)
    for outlet in demo_corpus.outlets:
        assert outlet in text, outlet
    by = term_shares(demo_corpus, "captives", by="outlet", n_boot=200)
    used = by[by["matches"] > 0]
    assert len(used)
    for r in used.itertuples():                    # every outlet × term row of the numbers table
        assert f"{r.rate_per_10k:,.2f}" in text, (r.outlet, r.term)
    assert "Evidence: concordance lines" in text and "رهائن" in text
