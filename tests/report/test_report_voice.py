"""``framing report --voice`` takes what every other verb takes (issue 12): own, quoted,
reported, all or a comma list, and the report counts exactly those voices. Fictional outlets
and texts written for the test."""
from __future__ import annotations

import pandas as pd
from click.testing import CliRunner

from framing.cli import main
from framing.corpus import Corpus, from_frame
from framing.report.data import collect


def corpus() -> Corpus:
    rows = []
    for day in range(1, 4):
        # Desert Post: رهائن in its own words, أسرى only inside a quotation;
        # Nile Wire: أسرى in its own words, المحتجزين only in reported speech («قالت مصادر إن …»)
        rows.append({"outlet": "Desert Post", "published": f"2025-04-0{day}", "title": "وادي زين",
                     "text": f"الرهائن في وادي زين بخير في اليوم {day}. وقال المتحدث: «الأسرى سيعودون قريبا»."})
        rows.append({"outlet": "Nile Wire", "published": f"2025-04-0{day}", "title": "وادي زين",
                     "text": f"وصل الأسرى في وادي زين في اليوم {day}. وقالت مصادر إن المحتجزين بخير."})
    return Corpus(from_frame(pd.DataFrame(rows)))


def _used(data) -> set:
    (fam,) = data.families
    s = fam.shares
    return {(o, t) for o, t in s.loc[s["matches"] > 0, ["outlet", "term"]].itertuples(index=False)}


def test_report_counts_the_voices_asked_for():
    c = corpus()
    assert _used(collect(c, ["captives"], voice="own", n_boot=10)) == {("Desert Post", "hostages"),
                                                                       ("Nile Wire", "prisoners")}
    assert _used(collect(c, ["captives"], voice="quoted", n_boot=10)) == {("Desert Post", "prisoners")}
    both = collect(c, ["captives"], voice=["quoted", "reported"], n_boot=10)
    assert both.voice == "quoted,reported"
    assert _used(both) == {("Desert Post", "prisoners"), ("Nile Wire", "detainees")}


def test_cli_report_takes_a_voice_list_and_refuses_an_unknown_voice(tmp_path):
    src = tmp_path / "wadi.csv"
    corpus().df.to_csv(src, index=False)
    html = tmp_path / "wadi.html"
    res = CliRunner().invoke(main, ["report", str(src), "--lexicon", "captives", "--html", str(html),
                                    "--voice", "quoted,reported"])
    assert res.exit_code == 0, res.output
    assert "these voices only: quoted, reported" in html.read_text(encoding="utf-8")
    bad = CliRunner().invoke(main, ["report", str(src), "--lexicon", "captives", "--html", str(tmp_path / "x.html"),
                                    "--voice", "mine"])
    assert bad.exit_code == 2 and "voice must be one of own, quoted, reported, all" in bad.output
    assert not (tmp_path / "x.html").exists()
