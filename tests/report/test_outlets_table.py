"""The outlets table (issue 14, item 7): display names, country and kind set at ingest (a table's
``outlet_name`` / ``outlet_name_ar`` / ``outlet_country`` / ``outlet_kind`` columns) or with
``framing outlets``, kept with the corpus and printed everywhere a report names an outlet."""
from __future__ import annotations

import json

import pandas as pd
from click.testing import CliRunner

import framing
from framing.cli import main
from framing.report import build_report
from framing.report.html import render_html
from framing.report.layout import blocks

from .test_report import needs_pdftotext, pdf_text

ROWS = [("dp", "Desert Post", "بريد الصحراء", "الرهائن في وادي زين بخير، والمفاوضات حول الرهائن مستمرة."),
        ("wh", "Oasis Daily", "صحيفة الواحة", "وصل الأسرى في وادي زين إلى مكان آخر، وارتفع عدد الأسرى."),
        ("nw", None, None, "التقى ذووهم المحتجزين في وادي زين، وأفرج عن أحد الأسرى.")]


def _ingest(tmp_path):
    rows = [{"id": f"{o}{d}", "outlet": o, "outlet_name": en, "outlet_name_ar": ar, "outlet_country": "XX",
             "date": f"2031-04-0{d}", "title": f"وادي زين {d}", "text": t + f" اليوم {d}."}
            for d in range(1, 5) for o, en, ar, t in ROWS]
    src = tmp_path / "t.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "c"
    r = CliRunner().invoke(main, ["ingest", str(src), "-o", str(out), "--quiet"])
    assert r.exit_code == 0, r.output
    return out


def test_outlets_table_from_ingest_and_the_verb(tmp_path):
    out = _ingest(tmp_path)
    t = framing.outlets(out).set_index("outlet")
    assert t.loc["dp", "name_en"] == "Desert Post" and t.loc["wh", "name_ar"] == "صحيفة الواحة"
    assert t.loc["dp", "country"] == "XX" and pd.isna(t.loc["nw", "name_en"])
    assert t["kind"].dtype == "string"          # a missing value prints <NA> like every other table, not None
    r = CliRunner().invoke(main, ["outlets", str(out), "--name-en", "nw=Nile Wire", "--kind", "nw=news agency",
                                  "--country", "nw=EG", "--source", "Wadi Zain Archive", "--licence", "CC0"])
    assert r.exit_code == 0, r.output
    c = framing.load(out)
    assert c.manifest["outlets"]["nw"] == {"name_en": "Nile Wire", "kind": "news agency", "country": "EG"}
    assert c.manifest["source"] == "Wadi Zain Archive" and c.manifest["licence"] == "CC0"
    t = framing.outlets(out).set_index("outlet")
    assert (t.loc["nw", "name_en"], t.loc["nw", "kind"], t.loc["nw", "country"]) == ("Nile Wire", "news agency", "EG")


def test_report_prints_display_names_in_its_language(tmp_path):
    from framing.report.data import collect
    out = _ingest(tmp_path)
    framing.outlets(out, name_en={"nw": "Nile Wire"})
    en = collect(out, ["captives"], kwic_lines=1)
    assert set(en.families[0].shares["outlet"]) == {"Desert Post", "Oasis Daily", "Nile Wire"}
    assert set(en.article_list["outlet"]) == {"Desert Post", "Oasis Daily", "Nile Wire"}
    assert set(en.families[0].kwic["outlet"]) <= {"Desert Post", "Oasis Daily", "Nile Wire"}
    assert en.content_hash == framing.load(out).content_hash()          # the hash of the corpus as stored
    ar = collect(out, ["captives"], kwic_lines=0, report_lang="ar")
    assert set(ar.outlets["outlet"]) == {"بريد الصحراء", "صحيفة الواحة", "Nile Wire"}
    html = render_html(blocks(en), title="t")
    assert "Oasis Daily" in html and ">wh<" in html              # the outlets table keeps the ids
    for word in ("Desert Post", "Oasis Daily", "Nile Wire"):
        assert word in html


@needs_pdftotext
def test_title_page_shows_source_and_licence_from_the_verb(tmp_path):
    out = _ingest(tmp_path)
    framing.outlets(out, source="Wadi Zain Archive", licence="CC BY 4.0")
    build_report(out, ["captives"], pdf=tmp_path / "r.pdf")
    text = pdf_text(tmp_path / "r.pdf")
    assert "Wadi Zain Archive" in text and "CC BY 4.0" in text and "Oasis Daily" in text
