"""Recall of ``framing discover`` on real news: how many of the contests known to be in SaudiNewsNet
(``validation/labels/discover-known.csv``, found by counting word use per outlet without looking at discover's
output: ``validation/discover_known.py``) appear among its top 30 and top 100 candidates.

A contest *appears* when one candidate row pairs two of its members.  Matching (:func:`_members`): both terms are
read as words after ``normalize(lower=True)`` and the rule-based article split (``framing.text.split`` without a
vocabulary: الحوثيين → حوثيين; discover's terms are stems already); a candidate term matches a member when one of
the member's ``forms`` occurs in it as consecutive whole words (ميليشيات حوثي in «ميليشيات حوثي انقلابية»), or
when it *is* one of the member's ``cores`` (the word a diff leaves when the two members share the others:
ميليشيات for «ميليشيات الحوثي» against «جماعة الحوثي»).  A row (a, b) hits the contest when a matches some
member, b matches some member, and the two sets of matched members differ (a term holding two members,
«انقلابيين حوثيين», against one of them still counts; the same members on both sides do not).

The floors are what the ranking of main found when this file was written; the sample runs with
``min_events=2`` as ``test_discover_real.py`` does, the full corpus with the defaults (``min_events=3``) and
only with ``FRAMING_SLOW=1`` (595 s and a 1.3 GB peak for this test, measured on a shared 2-core machine
under a load of about 7).
"""
import csv
import os
from pathlib import Path

import pytest

import framing
from framing.text import normalize, split

KNOWN = Path(__file__).resolve().parents[2] / "validation" / "labels" / "discover-known.csv"


def _words(term) -> tuple:
    return tuple(split(normalize(w, lower=True))[1] for w in str(term).split())


def _contests(path=KNOWN) -> dict:
    """contest id → {member: (forms as word tuples, cores as word tuples)}."""
    out: dict = {}
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            forms = [_words(x) for x in r["forms"].split("|") if x]
            cores = [_words(x) for x in r["cores"].split("|") if x]
            out.setdefault(r["contest"], {})[r["member"]] = (forms, cores)
    return out


def _inside(words: tuple, part: tuple) -> bool:
    n = len(part)
    return any(words[i:i + n] == part for i in range(len(words) - n + 1))


def _members(term, members: dict) -> frozenset:
    """The members of one contest that a candidate term matches (module docstring)."""
    w = _words(term)
    return frozenset(m for m, (forms, cores) in members.items()
                     if any(_inside(w, f) for f in forms) or w in cores)


def _hits(a, b, members: dict) -> bool:
    ma, mb = _members(a, members), _members(b, members)
    return bool(ma and mb and ma != mb)


def _first_ranks(table, contests: dict) -> dict:
    """contest id → 1-based rank of the first row of ``table`` (term_a, term_b) that hits it, or None."""
    ranks = {}
    for cid, members in contests.items():
        ranks[cid] = next((i for i, (a, b) in enumerate(zip(table["term_a"], table["term_b"]), 1)
                           if _hits(a, b, members)), None)
    return ranks


def test_matching_rule_on_made_up_terms():
    members = {"حوثيين": ([("حوثيين",)], [("حوثي",)]),
               "ميليشيات حوثي": ([("ميليشيات", "حوثي")], [("ميليشيات",)]),
               "جماعة حوثي": ([("جماعة", "حوثي")], [("جماعة",)]),
               "انقلابيين": ([("انقلابيين",)], [])}
    assert _hits("ميليشيات حوثي", "الحوثيين", members)          # the article is cut
    assert _hits("ميليشيات", "جماعة", members)                   # two cores: what a diff leaves
    assert _hits("انقلابيين حوثيين", "حوثيين", members)          # a label added to the name
    assert _hits("ميليشيات حوثي انقلابية", "جماعة", members)    # a form inside a longer term
    assert not _hits("حوثيين", "الحوثيين", members)              # one member on both sides
    assert not _hits("ميليشيات مسلحة", "جماعة", members)         # a core matches only as the whole term
    assert not _hits("حوثيين", "قال", members)


def test_known_contests_file():
    contests = _contests()
    assert 15 <= len(contests) <= 30 and all(len(m) >= 2 for m in contests.values())


def _recall(corpus, tmp_path, min_events: int, least30: int, least100: int) -> None:
    table = framing.discover(framing.detect_events(corpus, output=tmp_path / "events"), min_events=min_events, top=100)
    ranks = _first_ranks(table, _contests())
    top30 = sorted(c for c, r in ranks.items() if r and r <= 30)
    top100 = sorted(c for c, r in ranks.items() if r and r <= 100)
    print(f"\nknown contests found: {len(top30)}/{len(ranks)} in the top 30, {len(top100)} in the top 100 "
          f"({len(table)} rows); first ranks: {dict(sorted((c, r) for c, r in ranks.items() if r))}")
    assert len(top30) >= least30 and len(top100) >= least100


def test_recall_on_the_real_sample(real_sample, tmp_path):
    _recall(real_sample, tmp_path, 2, 5, 5)   # 5/25 (Houthis 3, dying 8, ISIS 7, liberation 15, Saleh 21 since the dispersion factor, methods.md §5k); 5/25 since a swap is cut free of words the other sentence writes (liberation enters at 16; 4 before, 4 on d5d28dd)


@pytest.mark.skipif(not os.environ.get("FRAMING_SLOW"), reason="minutes on the full corpus: set FRAMING_SLOW=1 to run")
def test_recall_on_the_full_corpus(real_full, tmp_path):
    _recall(real_full, tmp_path, 3, 6, 7)     # 6/25 and 8 (Saleh at 100: no margin) since a unit's edge cuts are no swap (methods.md §5h); 6/25 in the top 30, 7 in the top 100 since the edge trim (Saleh's سابق/مخلوع 100 → 102 under two longer cuts of spellings and synonyms); 8 without the neighbour factor, 5 and 8 with it, the quoted factor; 4 and 7 before; 3 and 6 before the span merge
