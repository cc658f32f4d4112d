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
    # a language part used by one outlet only is collapsed to one line (nothing to compare)
    from framing.lexicon import load_lexicon
    lang = load_lexicon("captives").terms_table().set_index("term")["language"]
    part = used["term"].map(lang)
    compared = part.map(used.groupby(part)["outlet"].nunique()) >= 2
    assert compared.any() and not compared.all()
    for r in used[compared.to_numpy()].itertuples():  # every outlet × term row of the numbers tables
        assert f"{r.rate_per_10k:,.2f}" in text, (r.outlet, r.term)
    assert "Evidence: concordance lines" in text and "رهائن" in text


@needs_pdftotext
def test_summary_page_comes_right_after_the_title(demo_report):
    import subprocess
    page2 = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(demo_report), "-"],
                           capture_output=True, text=True).stdout
    assert "Summary: how do these outlets word these subjects differently?" in page2
    assert "captives" in page2 and "V = " in page2 and "matches in" in page2


def test_summary_leads_with_the_within_event_result():
    import pandas as pd
    from types import SimpleNamespace
    from framing.report.data import FamilyResult
    from framing.report.layout import _summary_blocks
    sh = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "term": ["x", "y", "x", "y"], "matches": [5, 1, 1, 5],
                       "share": [5 / 6, 1 / 6, 1 / 6, 5 / 6], "ci_low": [0.4, 0.0, 0.0, 0.4],
                       "ci_high": [1.0, 0.6, 0.6, 1.0], "family_articles": [4, 4, 4, 4]})
    pooled = {"statistic": 9.0, "p_value": 0.0004, "cramers_v": 0.6, "n": 12, "articles": 8}
    within = {"statistic": 1.0, "p_value": 0.3, "cramers_v": 0.2, "n": 10, "articles": 6, "events": 3}
    fam = FamilyResult("lex", "captives", pd.DataFrame(), sh, test=pooled, within_test=within)
    blocks = _summary_blocks(SimpleNamespace(lang="en", by="outlet", families=[fam]))
    texts = [b["text"] for b in blocks if b["kind"] in ("p", "note")]
    first = next(t for t in texts if t.startswith("captives"))
    assert "Within the same events: no clear difference" in first and "3 shared events" in first
    assert any(t.startswith("All articles (affected by which stories each outlet covered): the choice")
               for t in texts)


@needs_pdftotext
def test_demo_report_lexicon_terms_are_searchable(demo_report):
    """Every Arabic label of the lexicon, as printed in the terms table, is found whole by pdftotext."""
    from framing.lexicon import load_lexicon
    text = pdf_text(demo_report)
    labels = [x for x in load_lexicon("captives").terms_table()["label_ar"].dropna() if not x.isascii()]
    assert labels and [x for x in labels if x not in text] == []


@needs_pdftotext
def test_a_part_with_one_outlet_is_one_line(demo_report):
    text = pdf_text(demo_report)
    assert "Word choice: captives (en): Only one outlet (Northline News)" in text
    assert text.count("Word choice: captives (en)") == 1     # no charts, tables or evidence for it
