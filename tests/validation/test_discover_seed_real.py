"""Seeded discovery on real news (``framing.discover(words=...)``, ``docs/methods.md`` §5e): for each member of the
25 contests known to be in SaudiNewsNet (``validation/labels/discover-known.csv``) as the seed, is another member of
its contest among the seed's top 10 candidates?  Matching as in ``test_discover_known_real.py`` (a candidate
``term_b`` matches a member when a form of it occurs in it as whole words, or it is one of the member's cores), and
the candidate must not match the seed's own member.  The answers measured when the query was built are stored per
seed in ``validation/labels/discover-seeded-recall.csv`` (``sample``, ``full``: 1 hit, 0 not) and compared; the
precision of the top 10 of ten seeds, judged by hand, is in ``discover-seeded.csv``.

The sample runs whenever ``../shared/data`` is present (``min_events=2``, as the other discover tests); the full
corpus (``min_events=3``) only with ``FRAMING_SLOW=1``.
"""
import csv
import os
from pathlib import Path

import pytest

import framing

from .test_discover_known_real import _contests, _members

LABELS = Path(__file__).resolve().parents[2] / "validation" / "labels"


def seeded_hits(table, contests) -> dict:
    """(contest, member) → whether a row answering that member (column ``word``) has another member as term_b."""
    out = {}
    for cid, members in contests.items():
        for m in members:
            found = (_members(b, members) for b in table.loc[table["word"] == m, "term_b"])
            out[(cid, m)] = any(f and m not in f for f in found)
    return out


def test_hits_on_made_up_rows():
    import pandas as pd
    members = {"حوثيين": ([("حوثيين",)], [("حوثي",)]), "انقلابيين": ([("انقلابيين",)], [])}
    table = pd.DataFrame({"word": ["حوثيين", "حوثيين", "انقلابيين"], "term_b": ["قال", "الانقلابيين", "حوثيين انقلابيين"]})
    assert seeded_hits(table, {"h": members}) == {("h", "حوثيين"): True, ("h", "انقلابيين"): False}


def _check(corpus, tmp_path, min_events: int, column: str) -> None:
    contests = _contests()
    seeds = [m for c in contests.values() for m in c]
    table = framing.discover(framing.detect_events(corpus, output=tmp_path / "events"), words=seeds,
                             min_events=min_events, top=10)
    hits = seeded_hits(table, contests)
    with open(LABELS / "discover-seeded-recall.csv", encoding="utf-8") as f:
        stored = {(r["contest"], r["member"]): r[column] == "1" for r in csv.DictReader(f)}
    by_contest = {c for (c, _), ok in hits.items() if ok}
    print(f"\nseeds answered with another member in their top 10: {sum(hits.values())}/{len(hits)}; "
          f"contests: {len(by_contest)}/{len(contests)}")
    assert hits == stored, {k: v for k, v in hits.items() if stored.get(k) != v}


def test_recall_at_10_on_the_real_sample(real_sample, tmp_path):
    _check(real_sample, tmp_path, 2, "sample")


@pytest.mark.skipif(not os.environ.get("FRAMING_SLOW"), reason="minutes on the full corpus: set FRAMING_SLOW=1 to run")
def test_recall_at_10_on_the_full_corpus(real_full, tmp_path):
    _check(real_full, tmp_path, 3, "full")
