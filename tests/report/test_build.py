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
    assert set(out) == {"pdf", "html", "articles"} and out["articles"] == d / "c-articles.csv"
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
    with pytest.raises(UsageError, match=r"needs -o FILE\.pdf and/or --html FILE\.html \(pdf=, html="):
        build_report(corpus(days=1), ["captives"])


def test_an_output_named_for_the_other_format_is_refused_before_any_work(tmp_path):
    from click.testing import CliRunner

    from framing.cli import main
    with pytest.raises(UsageError, match=r"name it r\.pdf \(--html .*r\.html for the other format\)"):
        build_report(corpus(days=1), ["captives"], pdf=tmp_path / "r.html")
    with pytest.raises(UsageError, match=r"--html \(html=\) writes a HTML file: name it r\.html$"):
        build_report(corpus(days=1), ["captives"], html=tmp_path / "r.txt")
    src = tmp_path / "t.jsonl"
    corpus(days=1).df.to_json(src, orient="records", lines=True, force_ascii=False)
    res = CliRunner().invoke(main, ["report", str(src), "--lexicon", "captives", "-o", str(tmp_path / "r.docx")])
    assert res.exit_code == 2 and "name it r.pdf" in res.output and not list(tmp_path.glob("r*"))


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


def test_report_without_lexicon_uses_every_shipped_lexicon_that_matches(tmp_path):
    from framing.report.data import collect
    data = collect(corpus(days=2))
    names = list(data.lexicons["name"])
    assert "captives" in names
    note = next(n for n in data.notes if n.startswith("No lexicon was named"))
    assert "captives" in note and "left out, no match:" in note
    left_out = note.split("left out, no match: ")[1]
    assert all(n not in left_out for n in names)


def test_cli_report_without_lexicon(tmp_path):
    src = tmp_path / "wadi.csv"
    corpus(days=2).df.drop(columns=["event_id"]).to_csv(src, index=False)
    res = CliRunner().invoke(main, ["report", str(src), "-o", str(tmp_path / "w.pdf")])
    assert res.exit_code == 0, res.output
    if PDFTOTEXT:
        assert "uses every shipped lexicon with matches in the corpus" in pdf_text(tmp_path / "w.pdf")


def test_events_get_short_codes_in_date_order():
    from framing.report.data import collect
    ev = collect(corpus(days=6), ["captives"]).events
    ev = ev.sort_values("first", kind="stable")
    assert list(ev["short"]) == [f"E{k}" for k in range(1, len(ev) + 1)]


@needs_pdftotext
def test_arabic_report_sentences_are_arabic(tmp_path):
    build_report(corpus(), ["captives"], pdf=tmp_path / "ar.pdf", report_lang="ar")
    text = pdf_text(tmp_path / "ar.pdf")
    assert "اختيار المصطلح يتوقف على الوسيلة" in text and "خلطة لمقالات كاملة" in text
    for english in ["the choice of term", "Across 3 outlets", "shuffles of whole articles", "Holm correction"]:
        assert english not in text, english


def test_arabic_result_sentences_need_no_fallback_font():
    """Every letter of the Arabic result sentences is in Amiri: a character drawn from the fallback font (χ) made fpdf2
    draw the later lines of the bold paragraph in the wrong font when a table came before it (garbled glyphs)."""
    from fontTools.ttLib import TTFont
    from framing.display.fonts import font_files
    from framing.report.arabic import result_sentence
    test = {"statistic": 122.1, "dof": 44, "p_value": 0.031, "cramers_v": 0.87, "n": 60, "articles": 22,
            "groups": 5, "terms": 5, "n_perm": 10000, "events": 6}
    cmap = set(TTFont(font_files()["B"]).getBestCmap())
    for within in (False, True):
        s = result_sentence(test, None, within=within)
        missing = {c for c in s if ord(c) not in cmap and c not in "\u2066\u2069"}
        assert not missing, missing
        assert "كاي تربيع يساوي" in s


def test_arabic_sentence_keeps_numbers_between_arabic_words():
    import numpy as np
    from framing.report.arabic import p_ar, result_sentence
    test = {"statistic": 117.7, "dof": 16, "p_value": 0.0001, "cramers_v": 0.67, "n": 66, "articles": 23,
            "groups": 5, "terms": 5, "n_perm": 10000, "events": None}
    pw = pd.DataFrame({"group_a": ["صحيفة الواحة"], "group_b": ["Desert Post"], "term": ["prisoners"], "share_a": [0.9],
                       "share_b": [0.1], "diff": [0.8], "ci_low": [0.5], "ci_high": [1.0], "p_value": [1e-5],
                       "p_holm": [1e-4]})
    s = result_sentence(test, pw, within=False, names={"prisoners": "أسرى"})
    assert "اختيار المصطلح يتوقف على الوسيلة" in s and "ارتباط قوي" in s and "«أسرى»" in s
    assert "(" not in s and ")" not in s                      # the PDF bidi does not mirror brackets
    assert "p = " not in s and "n = " not in s                # no number ends a Latin run before Arabic
    assert p_ar(0.0001).replace("\u2066", "").replace("\u2069", "") == "قيمة p أقل من 0.001"
    none = result_sentence({**test, "statistic": None, "groups": 1, "n": 7}, None, within=False,
                           shares=pd.DataFrame({"outlet": ["Desert Post"], "matches": [7]}), by="outlet")
    assert none.startswith("وسيلة واحدة فقط") and "Desert Post" in none and np.isfinite(7)


@needs_pdftotext
def test_provenance_cite_block_and_article_appendix(tmp_path):
    c = corpus(days=2)
    c = Corpus(c.df, manifest={"source": {"name": "Wadi Zain Archive", "url": "https://example.org/wz"},
                               "licence": "CC BY 4.0"})
    build_report(c, ["captives"], pdf=tmp_path / "p.pdf")
    text = pdf_text(tmp_path / "p.pdf")
    assert "Wadi Zain Archive https://example.org/wz" in text and "licence CC BY 4.0" in text
    assert "How to cite" in text and "Appendix: the articles counted" in text
    for art_id in c.df["id"]:
        assert str(art_id) in text


def test_provenance_reads_licence_or_license():
    from framing.report.provenance import provenance
    assert provenance({"source": "X", "license": "CC0"}) == {"source": "X", "licence": "CC0"}
    assert provenance(None) == {"source": None, "licence": None}


@needs_pdftotext
def test_family_section_leads_with_the_within_event_result(tmp_path):
    build_report(corpus(), ["captives"], pdf=tmp_path / "w.pdf", within_events=True)
    text = pdf_text(tmp_path / "w.pdf")
    section = text[text.index("Word choice: captives"):]
    within = section.index("Within events: Comparing")
    pooled = section.index("All articles (affected by which stories each outlet covered): Across")
    assert within < pooled


def test_long_appendix_prints_the_first_rows_and_lists_every_article_beside_the_report(tmp_path, monkeypatch):
    from framing.report import provenance
    c = corpus(days=2)
    monkeypatch.setattr(provenance, "APPENDIX_ROWS", 3)
    out = build_report(c, ["captives"], html=tmp_path / "r.html")
    listing = pd.read_csv(out["articles"], dtype={"id": str})
    assert out["articles"] == tmp_path / "r-articles.csv"
    assert sorted(listing["id"]) == sorted(map(str, c.df["id"])) and len(c.df) > 3
    html = (tmp_path / "r.html").read_text("utf-8")
    assert f"The first 3 of {len(c.df)} articles" in html and "r-articles.csv" in html


def test_title_counts_a_family_split_by_language_once():
    """A family with Arabic and English terms, in a corpus with articles of both languages, is
    compared per language (two results) but is one family: the title page said "2 lexicon families
    (captives)" (on SaudiNewsNet: "3 lexicon families (casualties, deaths)")."""
    from framing.report.data import collect
    from framing.report.layout import blocks
    rows = [{"outlet": o, "published": f"2025-04-0{d}", "title": "Wadi Zain" if lang == "en" else "وادي زين",
             "text": text.format(d=d), "event_id": f"ev-{d}"}
            for d in (1, 2, 3, 4)
            for o, lang, text in [("Desert Post", "ar", "الرهائن في وادي زين بخير، والمفاوضات حول الرهائن مستمرة {d}."),
                                  ("Nile Wire", "ar", "وصل الأسرى في وادي زين إلى مكان آخر، وارتفع عدد الأسرى {d}."),
                                  ("Nile Wire", "en", "The hostages in Wadi Zain are well, and talks on the hostages go on {d}.")]]
    data = collect(Corpus(from_frame(pd.DataFrame(rows))), ["captives"], n_boot=50)
    assert len(data.families) == 2                       # ar and en compared apart
    intro = next(b["text"] for b in blocks(data) if "It counts the terms" in b.get("text", ""))
    assert "the terms of 1 lexicon family (captives)" in intro


def test_event_counts_over_a_thousand_carry_the_thousands_separator():
    """Every count on the title and corpus pages reads 30,095; the events note read '80 of 13576 events
    shown' on SaudiNewsNet, and the coverage chart '(top 30 of 13576)'."""
    from framing import plot
    from framing.report.data import collect
    from framing.report.layout import blocks
    rows = [{"outlet": o, "published": "2025-04-01", "title": "وادي زين", "text": f"الرهائن في البلدة رقم {k} بخير.",
             "event_id": f"ev-{k}"} for k in range(1001) for o in (["Desert Post", "Nile Wire"] if k == 0 else ["Desert Post"])]
    corp = Corpus(from_frame(pd.DataFrame(rows)))
    data = collect(corp, ["captives"], n_boot=50)
    assert any("of 1,001 events shown" in b.get("text", "") for b in blocks(data))
    fig = plot.event_coverage(corp.df, max_events=3)
    assert "(top 3 of 1,001)" in fig.axes[0].get_title(loc="left")
