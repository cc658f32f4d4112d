"""Precision of ``framing discover``'s top 30 on the FULL SaudiNewsNet corpus (30,175 articles; the
ranking was tuned on the 2,000-article sample, so this is a held-out check), from hand judgements
stored as term pairs (``validation/labels/discover-full.csv``: 1 = a framing contest, 0 = a synonym,
house style or noise), recomputed with the current ranking whenever ``../shared/data`` is present.
Takes minutes (event detection on 30,175 articles, then discover: 846 s and a 2.9 GB peak measured on a
2-core machine shared with other jobs), so it runs only with ``FRAMING_SLOW=1`` and skips with that reason
otherwise."""
import os
from pathlib import Path

import pandas as pd
import pytest

import framing

LABELS = Path(__file__).resolve().parents[2] / "validation" / "labels" / "discover-full.csv"


@pytest.mark.skipif(not os.environ.get("FRAMING_SLOW"), reason="minutes on the full corpus: set FRAMING_SLOW=1 to run")
def test_top_30_on_the_full_corpus(real_full, tmp_path):
    corpus = framing.detect_events(real_full, output=tmp_path / "events")
    top = framing.discover(corpus, min_events=3, top=30)
    lab = pd.read_csv(LABELS)
    judged = {frozenset((a, b)): j for a, b, j in zip(lab["term_a"], lab["term_b"], lab["judgement"])}
    js = [judged.get(frozenset((a, b))) for a, b in zip(top["term_a"], top["term_b"])]
    unjudged = [f"{a}/{b}" for a, b, j in zip(top["term_a"], top["term_b"], js) if j is None]
    print(f"\ntop 30: {sum(j == 1 for j in js)} contests, {sum(j == 0 for j in js)} not, unjudged: {unjudged}")
    assert len(unjudged) <= 5, f"judge the new candidates by hand first: {unjudged}"
    assert sum(j == 1 for j in js) >= 4           # measured 5/30 (3 distinct contests; docs/methods.md §5b)
