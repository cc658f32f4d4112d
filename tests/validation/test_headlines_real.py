"""Colon headlines on real news: is the part before the colon a speaker whose statement follows?

``validation/labels/headlines.csv`` holds 120 titles with a colon, drawn by
``validation/draw_headlines.py`` from the SaudiNewsNet corpus and labelled by meaning (speaker 1/0,
kind person|office|org|agency|place|rubric|topic|other, the speaker's offsets).  The tool's answer
is :func:`framing.lexicon.voice.headline_speaker` with the rubrics learned from the whole corpus.
Skips when the real data is absent.
"""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

LABELS = Path(__file__).resolve().parents[2] / "validation" / "labels" / "headlines.csv"
#: the accuracy reached on the labels (docs/matching.md), minus a small margin
HEADLINE_FLOOR = 0.93


def test_headline_speakers_on_real_titles(real_full):
    from framing.lexicon.core import corpus_rubrics, offset_map
    from framing.lexicon.voice import headline_speaker
    from framing.text import normalize
    if not LABELS.exists():
        pytest.skip("validation/labels/headlines.csv absent")
    rows = list(csv.DictReader(LABELS.open(encoding="utf-8")))
    rubrics = corpus_rubrics(real_full)
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
    right = sum(n for (_, a, b), n in outcome.items() if a == b)
    print(f"\nheadlines: {right}/{len(rows)} = {right / len(rows):.1%}; speaker spans {dict(spans)}")
    print("errors (kind, label, tool):", {k: n for k, n in outcome.items() if k[1] != k[2]})
    assert right / len(rows) >= HEADLINE_FLOOR
    assert spans["wrong"] <= 0.1 * sum(spans.values())
