"""Precision of ``framing discover``'s top 30 on real news, from hand judgements stored as term pairs
(``validation/labels/discover-*.csv``: 1 = a framing contest, 0 = a synonym, house style or noise), recomputed
with the current ranking whenever ``../shared/data`` is present:

* the SaudiNewsNet sample (2,000 articles, ``min_events=2``): the ranking was chosen on it;
* the full corpus (30,175 articles, ``min_events=3``): its labels were used to choose between ranking
  variants (the swap share among them), not to tune to its pairs.  Event detection and
  discover take minutes there (846 s and a 2.9 GB peak measured on a shared 2-core machine), so it runs
  only with ``FRAMING_SLOW=1`` and skips with that reason otherwise.
"""
import os
from pathlib import Path

import pandas as pd
import pytest

import framing

LABELS = Path(__file__).resolve().parents[2] / "validation" / "labels"


def _judge(corpus, tmp_path, min_events: int, labels: str, least: int, contrast: bool = False) -> None:
    top = framing.discover(framing.detect_events(corpus, output=tmp_path / "events"), min_events=min_events, top=30,
                           contrast=contrast)
    lab = pd.read_csv(LABELS / labels)
    judged = {frozenset((a, b)): j for a, b, j in zip(lab["term_a"], lab["term_b"], lab["judgement"])}
    js = [judged.get(frozenset((a, b))) for a, b in zip(top["term_a"], top["term_b"])]
    unjudged = [f"{a}/{b}" for a, b, j in zip(top["term_a"], top["term_b"], js) if j is None]
    print(f"\ntop 30: {sum(j == 1 for j in js)} contests, {sum(j == 0 for j in js)} not, unjudged: {unjudged}")
    assert len(unjudged) <= 5, f"judge the new candidates by hand first: {unjudged}"
    assert sum(j == 1 for j in js) >= least


@pytest.mark.parametrize("contrast,least", [(False, 14), (True, 14)])  # measured 14/30, 14/30 with --contrast since a pair every outlet mixes at one rate ranks × 0.2 (methods.md §5k; 13 and 13 since §5f, edge trim; 12 and 12 before)
def test_top_30_on_the_real_sample(real_sample, tmp_path, contrast, least):
    _judge(real_sample, tmp_path, 2, "discover-sample.csv", least, contrast)


@pytest.mark.skipif(not os.environ.get("FRAMING_SLOW"), reason="minutes on the full corpus: set FRAMING_SLOW=1 to run")
def test_top_30_on_the_full_corpus(real_full, tmp_path):
    _judge(real_full, tmp_path, 3, "discover-full.csv", 12)            # measured 12/30 with two neutral verbs of saying left out (methods.md §5j: أكد/أوضح enters as أوضح/قال leaves); 11/30 with named things not spread (methods.md §5i; 10/30 with the quoted factor, 10/30 without the neighbour factor, 6/30 before; 7 rows, 5 distinct, before the span merge)
