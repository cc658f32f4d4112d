"""Colon headlines on real news: is the part before the colon a speaker whose statement follows?

``validation/labels/headlines.csv`` holds 120 titles with a colon, drawn by
``validation/draw_headlines.py`` from the SaudiNewsNet corpus and labelled by meaning (speaker 1/0,
kind person|office|org|agency|place|rubric|topic|other, the speaker's offsets);
``headlines2.csv`` 100 more, labelled blind by another coder (conventions in ``validation/README.md``).  The tool's answer
is :func:`framing.lexicon.voice.headline_speaker` with the rubrics learned from the whole corpus.
Skips when the real data is absent.
"""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

LABEL_DIR = Path(__file__).resolve().parents[2] / "validation" / "labels"
#: the accuracy reached on each label file, minus a small margin (history below; the pass log: `git show
#: 2c833f2:docs/matching.md`)
#: headlines3.csv: the other 100 titles of the same blind draw, held back while the rules were written and
#: scored once after: 89/100 before those rules, 93/100 after (the target is 95%); all three are development data
#: since the head12 round, which measured 119/120, 99/100 and 99/100 (floors: one title less)
#: headlines4.csv: 100 other colon titles (seed ``headlines-59``, the titles of the three files above left out), labelled
#: blind while the head12 round was written by an author who never opened it: 99/100 before and after that round,
#: exact speaker spans 59 -> 68 of 74; 73 of 74 after the speaker pass (name alone beside a title, ranks, addressees)
#: headlines5.csv, headlines6.csv: 200 other colon titles (seeds ``headlines-61``, ``headlines-63``), labelled blind while
#: the sixth pass was written by authors who never opened them: 97/100 and 94/100 before and after it (studies, surveys,
#: a novel's and a film's titles read as speakers; two speakers missed), exact spans 70 of 73 and 73 -> 75 of 77;
#: headlines6 96/100 since issue 12's eighth speaker pass (a survey and an index before the colon are topics)
#: headlines7.csv: 100 other colon titles (seed ``headlines-65``), labelled blind while the seventh/eighth passes were
#: written by authors who never opened it: 94/100 before and after them (a press review, a narrated ministry item and two
#: op-eds naming their subject read as speakers; unnamed writers and a quoted wife missed), exact spans 70 of 74
#: headlines8.csv: 100 other colon titles (seed ``headlines-67``), labelled blind while the ninth pass was written by
#: authors who never opened it: 96/100 before and after it (three topics read as speakers, a group missed), exact spans 74 of 77
#: headlines9.csv: 100 other colon titles (seed ``headlines-84``, the titles of the files above left out), drawn from
#: main 8a2a4fd and labelled blind by a coder who saw no tool output: 96/100 (an op-ed and a profile naming their subject,
#: an app's users' tips read as speakers; a programme supervisor «بـ «هارفارد»» missed), exact spans 76 of 79
HEADLINE_FLOORS = {"headlines.csv": 0.98, "headlines2.csv": 0.98, "headlines3.csv": 0.98, "headlines4.csv": 0.98,
                   "headlines5.csv": 0.97, "headlines6.csv": 0.95, "headlines7.csv": 0.93,
                   "headlines8.csv": 0.95, "headlines9.csv": 0.95}
#: share of the speaker spans (of titles both call a speaker) equal to the label's offsets: 95/98, 75/76, 79/80 measured
EXACT_SPAN_FLOOR = 0.9


@pytest.fixture(scope="module")
def full_rubrics(real_full):
    from framing.lexicon.core import corpus_rubrics
    return corpus_rubrics(real_full)


@pytest.mark.parametrize("name", sorted(HEADLINE_FLOORS))
def test_headline_speakers_on_real_titles(real_full, full_rubrics, name):
    from framing.lexicon.core import offset_map
    from framing.lexicon.voice import headline_speaker
    from framing.text import normalize
    labels = LABEL_DIR / name
    if not labels.exists():
        pytest.skip(f"validation/labels/{name} absent")
    rows = list(csv.DictReader(labels.open(encoding="utf-8")))
    rubrics = full_rubrics
    titles = real_full.set_index("id")["title"]
    outcome, spans = Counter(), Counter()
    for r in rows:
        title = titles[r["id"]]
        norm = normalize(title, lower=True)
        sp = headline_speaker(norm, rubrics)
        outcome[(r["kind"], int(r["speaker"]), int(sp is not None))] += 1
        if sp is not None and r["speaker"] == "1":
            omap = offset_map(title, norm)
            s, e = omap[sp[0]], omap[sp[1] - 1] + 1
            spans["overlap" if s < int(r["speaker_end"]) and int(r["speaker_start"]) < e else "wrong"] += 1
            spans["exact"] += (s, e) == (int(r["speaker_start"]), int(r["speaker_end"]))
    right = sum(n for (_, a, b), n in outcome.items() if a == b)
    print(f"\n{name}: {right}/{len(rows)} = {right / len(rows):.1%}; speaker spans {dict(spans)}")
    print("errors (kind, label, tool):", {k: n for k, n in outcome.items() if k[1] != k[2]})
    assert right / len(rows) >= HEADLINE_FLOORS[name]
    assert spans["wrong"] <= 0.1 * (spans["overlap"] + spans["wrong"])
    assert spans["exact"] >= EXACT_SPAN_FLOOR * (spans["overlap"] + spans["wrong"])
