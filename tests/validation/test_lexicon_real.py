"""Precision and recall of the shipped lexicons on real news, recomputed from the hand labels in
``validation/labels`` with the current matcher (SaudiNewsNet, read from ``../shared/data``).

Two label sets:

* ``precision-*.csv`` / ``recall-*.csv`` (seed 11): matches of the first matcher, read by hand
  before the rules were written.  The rules were designed from them, so they measure how many
  known false matches are now avoided and how many true ones are kept — not an unbiased precision.
* ``heldout-*.csv`` (seed 23): matches of the revised matcher and lexicons, drawn and read after
  the rules were frozen: the precision the lexicon files record under ``validated:``.
"""
from pathlib import Path

import pandas as pd
import pytest

from framing import load_lexicon, match
from framing.lexicon.format import shipped_lexicons
from framing.text.boilerplate import find_boilerplate

LABELS = Path(__file__).resolve().parents[2] / "validation" / "labels"


def _labels(kind):
    files = sorted(LABELS.glob(f"{kind}-*.csv"))
    if not files:
        pytest.skip(f"no {kind} labels in {LABELS}")
    return {f.stem.split("-", 1)[1]: pd.read_csv(f, dtype={"doc_id": str}) for f in files}


@pytest.fixture(scope="module")
def real(real_full):
    return real_full, find_boilerplate(zip(real_full["outlet"], real_full["text"]))


def _found(labels: pd.DataFrame, lexicon: str, real) -> pd.Series:
    """For each labelled row: does the current matcher match its term at (an overlap of) its offsets?"""
    df, bp = real
    m = match(df[df["id"].isin(set(labels["doc_id"]))], lexicon, boilerplate=bp)
    spans = {}
    for r in m.itertuples():
        spans.setdefault((r.doc_id, r.field, r.term), []).append((r.start, r.end))
    return pd.Series([any(s < row.end and row.start < e for s, e in spans.get((row.doc_id, row.field, row.term), ()))
                      for row in labels.itertuples()], index=labels.index)


def test_known_false_matches_are_avoided_and_true_ones_kept(real):
    rows = []
    for lexicon, lab in _labels("precision").items():
        lab = lab.assign(found=_found(lab, lexicon, real))
        rows.append(lab.assign(lexicon=lexicon))
    allrows = pd.concat(rows, ignore_index=True)
    true, false = allrows[allrows["sense"] == 1], allrows[allrows["sense"] == 0]
    kept, avoided = true["found"].mean(), 1 - false["found"].mean()
    by_term = allrows[allrows["found"]].groupby(["lexicon", "term"])["sense"].agg(["size", "mean"])
    print(f"\ntrue matches kept {true['found'].sum()}/{len(true)} = {kept:.3f}; "
          f"false matches avoided {(~false['found']).sum()}/{len(false)} = {avoided:.3f}")
    print(by_term.to_string())
    assert kept >= 0.95
    assert avoided >= 0.70


def test_recall_of_what_each_term_intends(real):
    rows = []
    for lexicon, lab in _labels("recall").items():
        rows.append(lab.assign(found=_found(lab, lexicon, real), lexicon=lexicon))
    for lexicon, lab in _labels("precision").items():
        lab = lab[lab["sense"] == 1]
        rows.append(lab.assign(found=_found(lab, lexicon, real), lexicon=lexicon, kind="listed"))
    allrows = pd.concat(rows, ignore_index=True)
    by_kind = allrows.groupby("kind")["found"].agg(["size", "mean"])
    recall = allrows["found"].mean()
    print(f"\nrecall {allrows['found'].sum()}/{len(allrows)} = {recall:.3f}\n{by_kind.to_string()}")
    assert recall >= 0.90


def test_heldout_precision_matches_what_the_lexicons_record(real):
    """The ``validated:`` block of every shipped term is the held-out precision of its labels."""
    labels = _labels("heldout")
    checked = 0
    for lexicon, lab in labels.items():
        lab = lab.assign(found=_found(lab, lexicon, real))
        lex = load_lexicon(shipped_lexicons()[lexicon])
        for t in lex.terms:
            got = lab[(lab["term"] == t.id) & lab["found"]]
            if t.validated is None or got.empty:
                continue
            assert t.validated["n"] == len(got), (lexicon, t.id)
            assert t.validated["precision"] == pytest.approx(got["sense"].mean(), abs=0.005), (lexicon, t.id)
            checked += 1
    assert checked > 0
