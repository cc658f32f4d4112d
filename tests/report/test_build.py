"""build_report and ``framing report`` end to end on a small fictional corpus, with the real
lexicon, statistics and events stages: the report's numbers are the CLI's numbers."""
from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

from framing.cli import main
from framing.corpus import Corpus, from_frame
from framing.errors import UsageError
from framing.report import build_report

from .test_report import PDFTOTEXT, n_pages, needs_pdftotext, pdf_text

# Three fictional outlets; each prefers one word for the people held in the fictional town of Wadi Zain.
TEXTS = {
    # the outlets' own sentences (reported speech, «قالت مصادر إن …», is counted apart since issue 12)
    "Desert Post": "الرهائن في وادي زين بخير، والمفاوضات حول الرهائن مستمرة منذ أيام طويلة.",
    "صحيفة الواحة": "وصل الأسرى في وادي زين إلى مكان آخر، وارتفع عدد الأسرى منذ أيام طويلة.",
    "Nile Wire": "التقى ذووهم المحتجزين في وادي زين، وأفرج عن أحد الأسرى منذ أيام طويلة.",
}


def corpus(days: int = 6) -> Corpus:
    rows = []
    for day in range(1, days + 1):
        for outlet, text in TEXTS.items():
            rows.append({"outlet": outlet, "published": f"2025-04-{day:02d}", "title": f"وادي زين: اليوم {day}",
                         "text": text + f" وأضاف التقرير تفاصيل اليوم {day}.", "event_id": f"ev-{(day + 1) // 2}"})
    return Corpus(from_frame(pd.DataFrame(rows)))


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    d = tmp_path_factory.mktemp("build")
    out = build_report(corpus(), ["captives"], pdf=d / "c.pdf", html=d / "c.html", n_boot=200,
                       command="framing report wadi --lexicon captives -o c.pdf")
    return d, out


def test_build_report_writes_pdf_and_html(report):
    d, out = report
    assert set(out) == {"pdf", "html"}
    assert 4 <= n_pages(d / "c.pdf") <= 14


@needs_pdftotext
def test_numbers_match_count_terms(report):
    from framing import term_shares
    d, _ = report
    text = pdf_text(d / "c.pdf")
    by = term_shares(corpus(), "captives", by="outlet", n_boot=200)
    row = by[(by["outlet"] == "صحيفة الواحة") & (by["term"] == "prisoners")].iloc[0]
    assert row["matches"] == 12 and row["share"] == 1.0
    assert f"{row['rate_per_10k']:.2f} (12)" in text          # the rate table shows the CLI's rate
    for s in ["Desert Post", "صحيفة الواحة", "Nile Wire", "الرهائن", "الأسرى", "المحتجزين", "وادي زين",
              "χ²", "framing report wadi --lexicon captives"]:
        assert s in text, s


def test_cli_report(tmp_path):
    src = tmp_path / "wadi.csv"
    corpus(days=2).df.drop(columns=["event_id"]).to_csv(src, index=False)
    pdf = tmp_path / "out" / "wadi.pdf"
    res = CliRunner().invoke(main, ["report", str(src), "--lexicon", "captives", "-o", str(pdf),
                                    "--n-boot", "50", "--figures", str(tmp_path / "figs")])
    assert res.exit_code == 0, res.output
    assert pdf.exists() and "wrote" in res.output
    assert len(list((tmp_path / "figs").glob("*.svg"))) >= 2
    if PDFTOTEXT:
        assert "not available: run framing events first" in pdf_text(pdf)


def test_cli_report_errors_are_one_line(tmp_path):
    src = tmp_path / "wadi.csv"
    corpus(days=1).df.to_csv(src, index=False)
    res = CliRunner().invoke(main, ["report", str(src), "--lexicon", "captives", "--family", "nope",
                                    "-o", str(tmp_path / "x.pdf")])
    assert res.exit_code == 2 and "unknown family" in res.output and "Traceback" not in res.output
    assert not (tmp_path / "x.pdf").exists()


def test_build_report_needs_an_output():
    with pytest.raises(UsageError, match="pdf=FILE"):
        build_report(corpus(days=1), ["captives"])


def test_rebuild_gives_identical_bytes(report, tmp_path):
    """Seeded bootstraps and permutations, fixed dates and ids: the same inputs, the same file."""
    d, _ = report
    build_report(corpus(), ["captives"], pdf=tmp_path / "c.pdf", html=tmp_path / "c.html", n_boot=200,
                 command="framing report wadi --lexicon captives -o c.pdf")
    assert (tmp_path / "c.pdf").read_bytes() == (d / "c.pdf").read_bytes()
    assert (tmp_path / "c.html").read_bytes() == (d / "c.html").read_bytes()


@needs_pdftotext
def test_report_by_another_column(tmp_path):
    """--by lang: groups are languages, and the outlet column does not get in the way."""
    c = corpus(days=2)
    extra = from_frame(pd.DataFrame({"outlet": ["Desert Post"], "published": ["2025-04-02"],
                                     "title": ["Wadi Zain"], "text": ["The hostages in Wadi Zain were freed."]}))
    c = Corpus(pd.concat([c.df, extra], ignore_index=True))
    build_report(c, ["captives"], by="lang", pdf=tmp_path / "l.pdf", n_boot=50)
    text = pdf_text(tmp_path / "l.pdf")
    assert "compares how 2 langs word" in text and "langs 2: ar, en" in text
