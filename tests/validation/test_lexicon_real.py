"""Precision and recall of the shipped lexicons on real news, recomputed from the hand labels in
``validation/labels`` with the current matcher (SaudiNewsNet, read from ``../shared/data``).

Two label sets:

* ``precision-*.csv`` / ``recall-*.csv`` (seed 11): matches of the first matcher, read by hand
  before the rules were written.  The rules were designed from them, so they measure how many
  known false matches are now avoided and how many true ones are kept — not an unbiased precision.
* ``round2-*.csv`` (seed 23): matches of the revised matcher, read by other coders; the rules were
  revised again after it, so it is development data too.
* ``heldout-*.csv`` (seed 37): drawn and read after the first rules were frozen; rules were revised after it.
* ``heldout2-*.csv`` (seed 41), ``heldout3-*.csv`` (seed 43): held-out sets of earlier revisions, development data now.
* ``heldout4-*.csv`` (seed 47): held out in the fourth revision, development data since.
* ``heldout6-*.csv`` (seed 59, 10 a term): held out in the fifth revision, development data since.
* ``heldout7-*.csv``, ``heldout8-*.csv`` (seeds 61 and 63, 10 a term each): held out in the sixth revision,
  development data since.
* ``heldout9-*.csv`` (seed 65, 10 a term) and ``heldout10-*.csv`` (seed 65, 200 matches drawn uniformly from all
  matches): blind in the seventh and eighth revisions, read by the ninth's authors.
* ``heldout11-*.csv`` (seed 67, 5 a term) and ``heldout12-*.csv`` (seed 67, 200 uniform): drawn before the ninth
  revision, read by coders who never saw the rule authors' work, and never opened by them; read by the tenth's.
* ``heldout13-*.csv`` (seed 69, 5 a term) and ``heldout14-*.csv`` (seed 69, 200 uniform): drawn before the tenth
  precision revision, read blind the same way; the eleventh was written from their false rows.
* ``heldout15-*.csv`` (seed 71) and ``heldout16-*.csv`` (seed 73), 300 uniform each, read blind before the twelfth and
  thirteenth precision revisions. heldout11 to heldout16 together are the precision the lexicon files record under
  ``validated:`` (``score.FINAL``).
* ``heldout17-*.csv`` (seed 75): 200 drawn uniformly from the matches the tool calls quoted or reported (voice and
  speaker of the tool's attributions, ``tests/validation/test_voice_real.py``).
* ``heldout5-attribution.csv`` (seed 53): a second blind sample of the attribution verbs, 30 a term.
"""
import sys
from pathlib import Path

import pandas as pd
import pytest

from framing import load_lexicon
from framing.lexicon.format import shipped_lexicons
from framing.text.boilerplate import find_boilerplate

LABELS = Path(__file__).resolve().parents[2] / "validation" / "labels"
sys.path.insert(0, str(LABELS.parent))
import score  # noqa: E402  (validation/score.py: one definition of a label still being matched)


def _labels(kind):
    found = score.labels(kind)
    if not found:
        pytest.skip(f"no {kind} labels in {LABELS}")
    return found


@pytest.fixture(scope="module")
def real(real_full):
    return real_full, find_boilerplate(zip(real_full["outlet"], real_full["text"]))


def _found(labels: pd.DataFrame, lexicon: str, real) -> pd.Series:
    """For each labelled row: does the current matcher match its term at (an overlap of) its offsets?
    (the same test as ``validation/score.py``, which writes the ``validated:`` blocks)"""
    df, bp = real
    return pd.Series(score.found(labels, lexicon, df, bp), index=labels.index)


def test_known_false_matches_are_avoided_and_true_ones_kept(real):
    """Round 1 (the first matcher's matches): most known false matches avoided; both rounds: true
    matches kept.  Round 2 was drawn from the revised matcher, so all its rows matched then."""
    rows = []
    for kind in ("precision", "round2"):
        for lexicon, lab in _labels(kind).items():
            rows.append(lab.assign(found=_found(lab, lexicon, real), lexicon=lexicon, kind=kind))
    allrows = pd.concat(rows, ignore_index=True)
    for kind, g in allrows.groupby("kind"):
        true, false = g[g["sense"] == 1], g[g["sense"] == 0]
        print(f"\n{kind}: true matches kept {true['found'].sum()}/{len(true)}; "
              f"false matches avoided {(~false['found']).sum()}/{len(false)}")
    print(allrows[allrows["found"]].groupby(["kind", "lexicon", "term"])["sense"].agg(["size", "mean"]).to_string())
    true = allrows[allrows["sense"] == 1]
    round1_false = allrows[(allrows["sense"] == 0) & (allrows["kind"] == "precision")]
    round2_false = allrows[(allrows["sense"] == 0) & (allrows["kind"] == "round2")]
    assert true["found"].mean() >= 0.97
    assert 1 - round1_false["found"].mean() >= 0.80      # 138/159 with the rules of the precision branch
    assert 1 - round2_false["found"].mean() >= 0.45      # 54/97 (0 when it was drawn)


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


def test_blind_recall_of_the_loose_patterns_hits(real):
    """``recall15-*.csv`` (seed recall-71): every hit of the loose patterns of ``validation/recall_patterns.py`` in
    the full corpus (60,053), 150 drawn uniformly and 6 a term more, read by two coders who did not know which ones
    the matcher finds; recall = the share of true uses (sense 1) the matcher finds, frequency-weighted on the
    uniform rows. Blind, before the twelfth precision pass: 133/134 uniform, 201/203 in all."""
    rows = pd.concat([lab.assign(found=_found(lab, lexicon, real), lexicon=lexicon)
                      for lexicon, lab in _labels("recall15").items()], ignore_index=True)
    true = rows[rows["sense"] == 1]
    uniform = true[true["sample"] == "uniform"]
    print(f"\nblind recall: uniform {uniform['found'].sum()}/{len(uniform)} = {uniform['found'].mean():.3f}; "
          f"all {true['found'].sum()}/{len(true)} = {true['found'].mean():.3f}")
    print(true.groupby(["lexicon", "term"])["found"].agg(["size", "mean"]).to_string())
    assert uniform["found"].mean() >= 0.97 and true["found"].mean() >= 0.97


#: exhaustive-reading recall sets: name -> (uses read, uses the matcher must find). recall80 (seed recall-80): 60
#: articles of the full corpus (40 drawn uniformly from the 4,686 with a match of the five topical lexicons, 20 from the
#: 25,489 without), blind at main 9439435: 152/158 = 0.962 (0.920-0.982); the misses: the Syrian crisis in a paragraph
#: without war words (3, the crisis term's paragraph scope; all 3 found since the twentieth pass reads a named crisis's
#: war words in the whole article), «حرب من قبل «داعش» على» and «الحرب التي شنتها إسرائيل على» (gaps; the second now
#: matched), attacks on a stadium in a story about a match (the football context). recall83 (seed recall-83, the same
#: design, drawn from main 8a2a4fd before this round's rules): 134/135 = 0.993 (0.959-0.999) when drawn; the miss: the
#: dual «بهجومي» (two attacks). recall86 (seed recall-86, the same design, drawn from main af192a1 before the next round's
#: rules): 101/105 = 0.962 (0.906-0.985) when drawn and after that round; the misses: «مصرع» in Al-Weeam's link footer
#: (boilerplate, left out by design), the Yemen crisis in quotation marks (the crisis term's scope), the plural «أزمات
#: البلاد» and «مقبرة شهداء المعركة» (read as a cemetery's name). The three sets pooled: 391/398 = 0.982 (0.964-0.991)
#: recall89 (seed recall-89, the same design, drawn from main c55aab8 before the next round's rules): 122/125 = 0.976
#: (0.932-0.992) when drawn and after that round; the misses: «القتلى» of a battle and «شهداء» of duty honoured (not
#: found), a gapped indefinite «حرب عصابات، استمرت سنتين ضد» (the coder unsure). The four sets pooled: 513/523 = 0.981
#: recall92 (seed recall-92, the same design, drawn from main f8b2e62 before the next round's rules): 165/173 = 0.954
#: (0.911-0.976) when drawn; 167 after the lead's storm fix (fix36, written from reading its misses: not blind for it),
#: which brought back two martyrs of «عاصفة الحزم» left out as weather deaths; the misses left: a soldier's martyrdom in
#: one long sentence of his father's words that names the father's chronic diseases (five rows, `not_near: *accidents`)
#: and the Syrian crisis in the lead of an article whose paragraph names no war word (scope). The five sets pooled, each
#: when drawn: 678/696 = 0.974 (0.959-0.984)
RECALL_SETS = {"recall80": (158, 156), "recall83": (135, 134), "recall86": (105, 101), "recall89": (125, 122),
               "recall92": (173, 167)}


@pytest.mark.parametrize("kind", sorted(RECALL_SETS))
def test_blind_recall_of_every_use_read_in_whole_articles(real, kind):
    """Articles read whole (title and text) by two coders who saw no output of the tool and marked every use of every
    Arabic term of captives, casualties, violence, israel_palestine and ukraine_war in its sense, in any form the
    language allows (not only the listed forms or the loose patterns); recall = the share of those uses the matcher
    finds, as the same term (``<kind>-*.csv``, ``articles-<kind>.csv``)."""
    rows = pd.concat([lab.assign(found=_found(lab, lexicon, real), lexicon=lexicon)
                      for lexicon, lab in _labels(kind).items()], ignore_index=True)
    print(f"\n{kind} exhaustive-reading recall: {rows['found'].sum()}/{len(rows)} = {rows['found'].mean():.3f}")
    print(rows.groupby(["lexicon", "term"])["found"].agg(["size", "sum"]).to_string())
    n, found = RECALL_SETS[kind]
    assert len(rows) == n and rows["found"].sum() >= found


def test_heldout_precision_matches_what_the_lexicons_record(real):
    """The ``validated:`` block of every shipped term is the held-out precision of its labels."""
    labels = _labels(score.FINAL)
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


#: heldout5 (seed 53): 211 attribution matches, 30 a term, drawn before the last attribution rules (elatives, things that
#: show) and read blind for sense only; scored before and after them: 0.965 weighted by frequency both times
HELDOUT5_FLOOR = 0.95


def test_attribution_precision_on_the_second_blind_sample(real):
    labels = _labels("heldout5")
    df, _ = real
    lab = labels["attribution"]
    lab = lab[_found(lab, "attribution", real).to_numpy()]
    lab = lab[~lab["term"].str.startswith("en_")]
    from framing import match
    freq = match(df, "attribution", voice="all", boilerplate=real[1])["term"].value_counts()
    prec = lab.groupby("term")["sense"].mean()
    weighted = (prec * freq.reindex(prec.index)).sum() / freq.reindex(prec.index).sum()
    print(f"\nheldout5 attribution: weighted precision {weighted:.3f}", prec.round(3).to_dict())
    assert weighted >= HELDOUT5_FLOOR


#: the samples drawn uniformly from all matches (so their plain share is the precision weighted by frequency), each
#: read blind before a round (all but heldout16 read by later rules' authors since). Rows still matched, with the rules
#: after the fifteenth precision pass: heldout10 191/196, heldout12 194/197, heldout14 192/196, heldout15 288/296,
#: heldout16 289/299, heldout18 483/497 (before it 192/197 and 483/499: the Geneva Convention title, two Houthi «الاحتلال»
#: rows left out); pooled 1637/1681 = 0.974.
#: Blind, each when drawn: heldout15 288/300, heldout16 289/300, heldout18 (seed 77, 500 drawn from main 38eb4a1, read
#: blind while the fourteenth precision pass was written) 483/500, the same after that pass
#: heldout19 (seed 78, 500 drawn from main 7d5bce9, read blind by four coders while the fifteenth and sixteenth precision
#: passes were written): 487/500 = 0.974 (Wilson 95%: 0.956-0.985) when drawn, 487/499 after them (one false row left out);
#: the six blind uniform samples pooled (seeds 67-78, each when drawn): 1933/2000 = 0.967 (0.958-0.974)
#: heldout20 (seed 79, 500 drawn from main 9439435, read blind by four coders while the seventeenth and eighteenth
#: precision passes were written): 486/500 = 0.972 (0.954-0.983) when drawn and after them (none of its rows left out);
#: the seven blind uniform samples pooled (seeds 67-79, each when drawn): 2419/2500 = 0.968 (0.960-0.974)
#: heldout21 (seed 82, 500 drawn from main 8a2a4fd, read blind by four coders while the twentieth precision pass was
#: written): 485/500 = 0.970 (0.951-0.982) when drawn and after it (none of its rows left out);
#: the eight blind uniform samples pooled (seeds 67-82, each when drawn): 2904/3000 = 0.968 (0.961-0.974)
#: heldout22 (seed 85, 500 drawn from main af192a1, read blind by four coders while the twenty-first and twenty-second
#: precision passes were written): 479/500 = 0.958 (0.937-0.972) when drawn, 479/499 after them (one false row left
#: out); its false rows are mostly things that «confirm» (8 of 21, affirmed); the nine blind uniform samples pooled
#: (seeds 67-85, each when drawn): 3383/3500 = 0.967 (0.960-0.972)
#: after the twenty-third precision pass (development data): heldout20 486/499 (an air accident's victims left out),
#: heldout22 479/498 (a war on terror waged by the security services left out)
#: heldout23 (seed 88, 500 drawn from main c55aab8, read blind by four coders while the twenty-third precision pass
#: was written): 485/500 = 0.970 (0.951-0.982) when drawn and after it (none of its rows left out); the ten blind
#: uniform samples pooled (seeds 67-88, each when drawn): 3868/4000 = 0.967 (0.961-0.972)
#: heldout24 (seed 90, 500 drawn from main f8b2e62, read blind by four coders while the twenty-fourth precision pass
#: was written): 488/500 = 0.976 (0.958-0.986) when drawn and after it (none of its rows left out); its twelve false
#: rows: things that "confirm" (data, tests, a political scene), «الإنصاف يقول», verbal and media attacks (three), a
#: film's and a hashtag's names, a helicopter crash's victims, a domestic war on terror, Lebanon's political crisis.
#: The eleven blind uniform samples pooled (seeds 67-90, each when drawn): 4356/4500 = 0.968 (0.962-0.973)
#: heldout25 (seed 93, 500 drawn from main d5b5416, read blind by four coders while the twenty-fifth precision pass was
#: written): 486/500 = 0.972 (0.954-0.983) when drawn, 486/499 after the round (fix37, written by the lead after reading
#: this row: the fatal spot «وأصابت أعداء الأمة في مقتل», not blind for it); its 14 false rows: 8 other senses, 4 out of
#: scope (a bombing's wounded given blood, a trial's living victims, a bear, a crash), a name, a letter. The twelve blind
#: uniform samples pooled (seeds 67-93, each when drawn): 4842/5000 = 0.968 (0.963-0.973)
#: heldout26 (seed 95, 300 drawn from the five topical lexicons only, among matches no earlier set had labelled; drawn
#: from d5b5416 and read blind by four other coders): 283/300 = 0.943 (0.911-0.964) when drawn, 283/299 after fix37.
#: Not uniform over all matches (no verbs of saying), so it is not pooled here; it is in score.FINAL (per-term precision)
UNIFORM = ("heldout10", "heldout12", "heldout14", "heldout15", "heldout16", "heldout18", "heldout19", "heldout20",
           "heldout21", "heldout22", "heldout23", "heldout24", "heldout25")
UNIFORM_FLOOR = 0.95


def test_precision_on_the_uniform_samples(real):
    """Each uniform sample's share of true matches among its rows the matcher still finds, and all of them pooled."""
    k = n = 0
    for kind in UNIFORM:
        rows = pd.concat([lab[_found(lab, lexicon, real).to_numpy()] for lexicon, lab in _labels(kind).items()])
        print(f"\n{kind}: {int(rows['sense'].sum())}/{len(rows)} = {rows['sense'].mean():.3f}")
        assert rows["sense"].mean() >= UNIFORM_FLOOR, kind
        k, n = k + int(rows["sense"].sum()), n + len(rows)
    print(f"pooled: {k}/{n} = {k / n:.3f}")
    assert k / n >= 0.955
