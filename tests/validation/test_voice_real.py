"""Voice and speaker accuracy on hand-labelled real matches (validation/labels/precision-*.csv).

Each label row names a match by document id, field and character offsets into the
SaudiNewsNet article, with the coder's voice (own|quoted|reported) and, where the sentence
names one, the speaker's offsets.  The current matcher is run on the labelled articles:

* voice accuracy: of the labelled matches the tool finds at the same offsets, the share whose
  voice equals the label;
* speaker accuracy: of the found matches whose label names a speaker, the share where the
  tool's speaker span overlaps the labelled one.

Skips when the real data (``real_full``) or the label files are absent.  Extra label folders can be
given in ``FRAMING_LABEL_DIRS`` (``os.pathsep``-separated) to measure before they are merged.
"""
from __future__ import annotations

import csv
import os
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: floors: the figures reached on the labels, minus a small margin (latest: docs/matching.md «How well it works»;
#: per pass: the comments below and `git show 2c833f2:docs/matching.md`)
VOICE_FLOOR = 0.94                   # 93.2% (483 of 518) after issue 12's third pass; 93.8% (481 of 513) after the fifth; 94.3% (477 of 506) after the eighteenth
SPEAKER_FLOOR = 0.89                 # 87.3% (137 of 157) after issue 12's fourth pass and the fifth; 89.6% (138 of 154) after spk35


def label_files() -> list[Path]:
    dirs = [ROOT / "validation" / "labels"] + [Path(d) for d in os.environ.get("FRAMING_LABEL_DIRS", "").split(
        os.pathsep) if d]
    return sorted({p.resolve() for d in dirs for p in d.glob("precision-*.csv")})


def read_labels(files) -> list[dict]:
    rows = []
    for f in files:
        lexicon = f.stem.split("-", 1)[1]
        with open(f, encoding="utf-8") as fh:
            rows += [dict(r, lexicon=lexicon) for r in csv.DictReader(fh) if r.get("voice")]
    return rows


def _int(v):
    return int(v) if v not in (None, "") else None


def measure(labels, articles, boilerplate=None):
    """``(voice_table, speaker_table, misses)``: Counter of (label, tool) voices, Counter of
    speaker outcomes (``overlap``/``none``/``wrong``), and the rows not found at their offsets.
    ``boilerplate``: repeated lines found on the whole corpus (as when the labels were drawn)."""
    import framing
    from framing.lexicon.core import _hits
    voices, speakers, misses = Counter(), Counter(), []
    by_lex: dict[str, list[dict]] = {}
    for r in labels:
        by_lex.setdefault(r["lexicon"], []).append(r)
    for lexicon, rows in by_lex.items():
        docs = articles[articles["id"].isin({r["id"] for r in rows})]
        found = {}
        for (doc_id, *_), field, _v, s, e, _f, _t, voice, _why, src in _hits(
                docs, framing.load_lexicon(lexicon), "all", boilerplate=boilerplate):
            found[(doc_id, field, s, e)] = (voice, src[3], src[4])
        for r in rows:
            key = (r["id"], r["field"], int(r["start"]), int(r["end"]))
            if key not in found:
                misses.append(r)
                continue
            voice, ss, se = found[key]
            voices[(r["voice"], voice)] += 1
            ls, le = _int(r.get("speaker_start")), _int(r.get("speaker_end"))
            if ls is not None and r["voice"] != "own":
                speakers["none" if ss is None else "overlap" if ss < le and ls < se else "wrong"] += 1
    return voices, speakers, misses


@pytest.fixture(scope="module")
def corpus_boilerplate(real_full):
    from framing.text.boilerplate import find_boilerplate
    return find_boilerplate(zip(real_full["outlet"], real_full["text"]))


def test_voice_and_speaker_accuracy_on_real_labels(real_full, corpus_boilerplate):
    files = label_files()
    if not files:
        pytest.skip("no validation/labels/precision-*.csv in the repository yet")
    labels = read_labels(files)
    voices, speakers, misses = measure(labels, real_full, corpus_boilerplate)
    n = sum(voices.values())
    right = sum(v for (a, b), v in voices.items() if a == b)
    ns = sum(speakers.values())
    print(f"\nvoice: {right}/{n} = {right / max(n, 1):.1%} (labelled {len(labels)}, not found {len(misses)})")
    print("label → tool:", dict(sorted(voices.items())))
    print(f"speaker: {speakers['overlap']}/{ns} = {speakers['overlap'] / max(ns, 1):.1%} {dict(speakers)}")
    assert n > 0
    assert right / n >= VOICE_FLOOR
    if ns:
        assert speakers["overlap"] / ns >= SPEAKER_FLOOR


HOLDOUT = ROOT / "validation" / "labels" / "voice-holdout.csv"
#: floor on the 80 matches drawn after the rules were written (validation/labels/voice-holdout.csv)
HOLDOUT_FLOOR = 0.96                 # 97.3% (72 of 74) after issue 12's fifth pass


def test_voice_on_holdout_matches(real_full, corpus_boilerplate):
    """80 matches drawn at random (seed «holdout-12-voice») from articles no label file touches,
    labelled for voice after the rules were written: a check on text the rules were not tuned on."""
    if not HOLDOUT.exists():
        pytest.skip("validation/labels/voice-holdout.csv absent")
    with open(HOLDOUT, encoding="utf-8") as fh:
        rows = [dict(r, speaker_start="", speaker_end="") for r in csv.DictReader(fh)]
    voices, _, misses = measure(rows, real_full, corpus_boilerplate)
    n = sum(voices.values())
    right = sum(v for (a, b), v in voices.items() if a == b)
    print(f"\nholdout voice: {right}/{n} = {right / max(n, 1):.1%} (not found {len(misses)})",
          dict(sorted(voices.items())))
    assert n > 0 and right / n >= HOLDOUT_FLOOR


#: (label files, voice floor, speaker floor) per later label set, read by other coders:
#: round2 (seed 23): measured 85.5% / 57.6% before any voice rule looked at them, 88.1% / 60.0% now;
#: heldout (seed 37, drawn and read after the voice rules were written, no rule changed after reading
#: them): 87.5% voice, 59.7% speaker (87.5% / 61.3% after later fixes from the other label sets);
#: after the speaker rules of issue 12's second pass: round2 88.7% / 65.5%, heldout 88.0% / 67.2%
#: heldout2 (seed 41, 503 matches of six lexicons drawn before issue 12's second pass, read blind by two coders
#: after it and never shown to whoever wrote rules): 89.1% voice, 61.0% speaker (130 of 213)
#: after issue 12's third pass (voice scope and speaker rules; all sets, heldout2 included, read as development
#: data): round2 91.7% / 77.7%, heldout 91.0% / 77.1%, heldout2 93.5% / 74.4% (157 of 211)
#: heldout3 (seed 43, 503 matches drawn before the third pass, read blind while it was written by authors who never
#: opened it): 87.1% voice, 63.4% speaker before the third pass; 89.2% (445 of 499) and 76.7% (155 of 202) after
#: heldout4 (seed 47, 503 matches drawn before the fourth pass, read blind by two coders while authors who never
#: opened it wrote that pass): 91.3% voice (459 of 503), 80.1% speaker (137 of 171) before; 90.9% (451 of 496) and
#: 83.9% (141 of 168) after (92.6% voice without the 25 rows one coder marked as a saying verb with a noun object)
#: after the fourth pass (every set but heldout4 read as development data): round2 92.1% / 81.9%, heldout 91.4% / 82.5%,
#: heldout2 94.7% / 81.9%, heldout3 91.4% / 84.8%
#: fifth pass (issue 12: colon speech without quotation marks ends with the sentence 300 characters on, interviews
#: printed as running text, a bare «عبر» is «via», quoted names in a subject, titles in Latin letters, speakers after a
#: quoted body name; every set read as development data, heldout4 included), before -> after:
#: round2 92.1% / 81.9% -> 92.1% / 81.9%, heldout 91.4% / 82.5% -> 91.9% / 83.1%, heldout2 94.7% / 81.9% -> 95.1% / 81.9%,
#: heldout3 91.5% / 84.8% -> 92.2% / 84.8%, heldout4 90.9% / 83.9% -> 92.5% / 85.1% (92.5% -> 93.8% without the [nobj] rows)
#: heldout6 (seed 59, 338 matches, 10 a term, drawn before the fifth pass and read blind by two coders while authors who
#: never opened it wrote that pass): 87.6% voice (296 of 338), 79.5% speaker (97 of 122) before; 88.1% (295 of 335) and
#: 80.2% (97 of 121) after (91.3% -> 91.9% without the 28 [nobj] rows: the two coders split on them, see
#: SUMMARY-heldout6-*.md; docs/coding-guide.md now decides them as reported)
#: sixth pass (issue 12: the wrong rows of heldout6/heldout4/heldout3 read and grouped by cause; glosses, condemnation
#: objects' describing clauses, interview questions, trailing attributions, quoted names, printed statements):
#: round2 92.0% -> 92.9%, heldout 92.0% -> 92.0%, heldout2 95.1% -> 95.1%, heldout3 92.1% -> 92.9%, heldout4 92.5% -> 93.1%,
#: heldout6 88.1% -> 90.4% (91.9% -> 94.1% without the [nobj] rows); speakers 80.2% -> 81.0% on heldout6, others unchanged
#: speaker pass (issue 12, every speaker miss of heldout6/4/3 read; accusation objects, ordinal and long titles, quoted
#: names, statement settings with a pronoun), speaker before -> after: heldout6 80.2% -> 82.6% (97 -> 100 of 121),
#: heldout4 85.8% -> 87.0% (139 -> 141 of 162), heldout3 84.7% -> 85.2% (166 -> 167 of 196); the other sets unchanged
#: heldout7, heldout8 (seeds 61, 63, 338 matches each, 10 a term, drawn before the sixth pass and read blind by four coders
#: by docs/coding-guide.md while authors who never opened them wrote that pass): voice 89.6% and 90.2% (303 of 338,
#: 305 of 338 before; 303 of 336 after), speaker 72.6% (98 of 135) and 74.3% -> 74.1% (101 of 136 -> 100 of 135)
#: seventh speaker pass (issue 12: anonymous sources, «هكذا يؤكد», «نقل … عن … قوله», «آل/أبو X», verbs inside a colon
#: speech), speaker before -> after: heldout3 85.7% -> 87.2% (168 -> 171 of 196), heldout4 87.0% -> 89.5% (141 -> 145 of
#: 162; voice 93.1% -> 93.3%); the other development sets unchanged (heldout7/8 not looked at)
#: eighth pass (issue 12, voice: every wrong row of heldout7/heldout8 read; أشاد، openers, أكد + noun, relative verbs inside a
#: speech, evidence subjects, the same speaker's next و-verb), voice before -> after: heldout7 89.6% -> 91.4%, heldout8 90.2% ->
#: 92.0%, heldout6 90.1% -> 90.4%, heldout2 95.1% -> 95.3%, round2 92.9% -> 93.4%, precision 93.7% -> 93.9%, heldout 92.0% -> 91.8%,
#: heldout3/heldout4 unchanged
#: with the eighth speaker pass merged: heldout7 91.3% / 82.7%, heldout8 92.2% / 79.9%, heldout6 90.4% / 86.3%, heldout4
#: 93.3% / 90.7%, heldout3 92.9% / 87.8%
#: heldout9 (seed 65, 338 matches, 10 a term) and heldout10 (seed 65, 200 matches drawn uniformly from all matches, so
#: weighted by frequency), drawn from main before the seventh/eighth passes and read blind by three coders while authors
#: who never opened them wrote those passes: voice 89.6% -> 90.2% (303 -> 305 of 338) and 92.5% -> 93.0% (185 -> 186 of
#: 200), speaker 78.1% -> 80.3% (107 -> 110 of 137) and 72.7% -> 72.7% (24 of 33)
#: ninth pass (issue 12: a later verb takes the speaker of the verb opening its clause, headline subject–verb–object,
#: «ومضى … بالقول», «لي/لنا», «بضرورة/بوقوع»; every set read as development data): heldout9 speaker 80.3% -> 81.0%,
#: heldout10 voice 93.0% -> 93.5% and speaker 72.7% -> 78.8% (26 of 33); heldout3/heldout4 voice -1 row each (a condemnation
#: object, reported by guide §5.1, own for their coder); the other sets unchanged
#: heldout11 (seed 67, 173 matches, 5 a term) and heldout12 (seed 67, 200 matches drawn uniformly), drawn from main before
#: the ninth pass and read blind by four coders while authors who never opened them wrote it: voice 87.3% (151 of 173) and
#: 95.5% (191 of 200), speaker 78.1% (57 of 73) and 65.5% (19 of 29), the same before and after it
#: tenth pass (guide §5.7: condolence clauses, تناول، «في خطوة تؤكد», denial objects, «، وقال …» after a that-clause,
#: «…» (1967), plural verbs): heldout11 and heldout12 are development data from now on (read while writing the pass):
#: voice 87.3% -> 90.8% (157 of 173) and 95.5% -> 96.0% (192 of 200), speaker 78.1% -> 79.5% (58 of 73); heldout3 -2,
#: heldout2 -2, round2 -3 voice rows (the same condolence sentence, «نفى … مزاعم», a film title: their coders' labels
#: differ from guide §5.1/§5.7 and from heldout11's), heldout/heldout10 +1, the other sets unchanged
#: heldout13 (seed 69, 173 matches, 5 a term) and heldout14 (seed 69, 200 drawn uniformly), drawn from main before the
#: eleventh voice pass and read blind by four coders while authors who never opened them wrote it: voice 89.0% (154 of
#: 173) and 94.0% (188 of 200), speaker 75.4% (49 of 65) and 63.6% (21 of 33), the same before and after it; the twelfth
#: pass, written from their misses (development data since): voice 90.7% (156 of 172) and 96.0% (191 of 199), speaker
#: 80.0% (52 of 65) and 87.9% (29 of 33); heldout11 speaker 82.2% -> 83.6%, heldout +0.1 voice, the other sets unchanged
#: twelfth precision pass (issue 11: events, «ما حدث» and «أن ذلك» as the subject of affirmed): it leaves out two sense-0
#: rows of heldout12 whose speaker the tool had right («ما شهدته خلال اللقاء يؤكد», «عادّا أن ذلك «يؤكد», both inside a
#: quotation), so heldout12 speaker 65.5% -> 63.0% (17 of 27) and voice 191/199 -> 190/198 with no answer changed;
#: heldout14 voice 191/199 -> 190/198 (a sense-0 row out). Speaker scores count sense-0 rows too: a precision rule that
#: is right can lower them
#: heldout15 (seed 71, 300 matches drawn uniformly from all matches of the six lexicons), drawn from main before the
#: twelfth precision and thirteenth voice passes and read blind by three coders while authors who never opened it wrote
#: them: voice 94.7% (284 of 300), speaker 76.7% (46 of 60), the same before and after both passes
#: sixteenth pass (issue 12, every set read as development data: «وأبان», a subject after the medium he told, «إمام» not
#: «أمام», a subject at the end of a sentence not closed, a verb after «، حيث» in a that-clause, a body in ـات after a
#: masculine verb is its object), before -> after: heldout15 voice 94.7% -> 95.3% (284 -> 286 of 300), speaker 81.7% ->
#: 88.3% (49 -> 53 of 60); heldout8 speaker 82.7% -> 83.5% (110 -> 111 of 133); round2 speaker 83.8% -> 84.3% (160 -> 161
#: of 191); the other sets unchanged
#: twenty-fifth speaker pass (issue 12, heldout19's speaker misses read: issuers after «صدر عن» and in a document's relative
#: clause, condolences and words on behalf of others, non-agent heads, «فقد + verb», ألقى/التقى, a claim noun's owner not
#: carried, a fronted name before a relative clause, an age after a fronted name), speaker before -> after: heldout19 70.9%
#: -> 80.2% (61 -> 69 of 86), heldout17 132 -> 135 of 151, heldout15 54 -> 55 of 59, heldout11 62 -> 63 of 72, heldout9
#: 116 -> 117 of 137, heldout4 148 -> 149 of 161, heldout 151 -> 153 of 175, round2 162 -> 163 of 191, precision 134 -> 135
#: of 154, heldout8 113 -> 112 of 133 (a coder marked who spoke on behalf of a group, against guide §5.1); voice unchanged
#: seventeenth pass (issue 12, beside the sixteenth: speaker spans end at the name — an adverb before it, a medium in marks, the object of
#: اعتبر; trailing «حسبما أفاد …», «كما صرح …», «أوضح ذلك فلان.»; speech in a protasis ends at «فإن»; a verse in brackets
#: after a colon ends at its bracket and names no speaker; a speaker named inside another's speech is not carried), every set
#: read as development data, heldout16 (seed 73, /work/wt/notes/h16dev) included; before -> after: heldout16 voice 94.0% ->
#: 95.7% (282 -> 287 of 300), speaker 67.2% -> 75.4% (41 -> 46 of 61); precision voice 476 -> 477 of 506; round2 547 -> 548;
#: heldout 551 -> 552; heldout15 284 -> 285; speaker heldout2 172 -> 173, heldout9 115 -> 116;
#: heldout3 voice 439 -> 438 (a verse's colon speech used to run on over a preacher's sentence cut by a glued full stop),
#: heldout6 voice 291 -> 290 («بين … وبين» read as «explained» had made a memoir passage reported by chance)
#: heldout16 (seed 73, 300 matches drawn uniformly) and heldout17 (seed 75, 200 drawn uniformly from the matches the tool
#: calls quoted or reported), drawn from main 05800d5 and read blind by five coders: heldout16 voice 94.0% (282 of 300),
#: speaker 67.2% (41 of 61) before the round and the same after the blind sixteenth pass and the twelfth precision pass;
#: heldout17 voice 85.4% -> 85.9% (170 -> 171 of 199), speaker 84.8% -> 85.4% (128 -> 129 of 151) after them (blind)
#: eighteenth pass (issue 12, from heldout17's misses: a colon speech ends at a new statement — a closing bracket, a closing
#: mark with no opener, another named speaker's colon —, ف continues a speech only as the conjunction, «لا أعتقد», «ما جاء
#: على لسان»): heldout17 voice 85.4% -> 90.5% (170 -> 180 of 199); voice, heldout, heldout3, heldout6, heldout15, round2 +1 or +2
#: nineteenth pass (issue 12, branch speech19, every set read as development data: «العزاء» offered is a condolence, a
#: directive «وجّه الأمير … بـ…» reports its complement): heldout12 voice 96.4% -> 97.0% (190 -> 191 of 197), speaker 69.2%
#: -> 73.1% (18 -> 19 of 26); heldout15 voice 96.0% -> 96.3% (285 -> 286 of 297); heldout16 voice 95.7% -> 96.3% (287 -> 289
#: of 300), speaker 75.4% -> 78.7% (46 -> 48 of 61); the other sets unchanged. Then the writer's first-person reply
#: («…: …!، قلت له …») ends the speech he answers: heldout10 voice 94.4% -> 94.9% (186 -> 187 of 197), heldout15 96.3% ->
#: 96.6% (286 -> 287 of 297), heldout16 96.3% -> 96.7% (289 -> 290 of 300)
#: and a man's name in ة after the verb («وأضاف عكاشة أن …») is its subject: heldout16 speaker 78.7% -> 80.3% (48 -> 49 of 61)
#: and «إلى ذلك، ذكر فلان، أن …» opens a clause: heldout16 voice 96.7% -> 97.0% (290 -> 291), speaker 80.3% -> 82.0% (49 -> 50);
#: heldout6 voice 291 -> 290 (a [nobj] row: «إلى ذلك، تحدثت مصادر عن …», reported by guide §5.7)
#: and a sentence-opening place before the verb («وفي المدينة المنورة تحدث فضيلة إمام …») no longer hides the imam that a
#: later «فضيلته» stands for: heldout16 speaker 82.0% -> 83.6% (50 -> 51 of 61)
#: and «وصل - بحفظ الله ورعايته - الأمير …» keeps its titled subject: heldout15 speaker 88.1% -> 89.8% (52 -> 53 of 59)
#: the twentieth pass (branch speech20): a death or an attack announced («أعلن الجيش مقتل …») is reported, titles in و
#: («وزير الداخلية يؤكد») and broken plurals أفعال («وقال الأطباء») are subjects, a title-first condolence clause ends
#: at its verb: heldout10 voice 94.9% -> 95.4%, speaker 81.8% -> 84.8%; heldout15 96.6% -> 97.0%, 89.8% -> 91.5%;
#: heldout16 97.0% -> 97.7%, 83.6% -> 86.9% (also «ومن بين … التي أوردتها الصحافة …» read as what the press reported); heldout3 92.4% -> 92.6%, 87.7% -> 88.2%; heldout7 91.8% -> 92.1%,
#: 84.1% -> 84.8%; heldout8 92.1% -> 92.4%, 83.5% -> 84.2%; round2 93.5% -> 93.7%, 84.3% -> 84.8%; heldout13 voice
#: 91.3% -> 90.7% (an outlet's gloss after an announcement, «في معلومة لم يؤكدها …», read as the announcement)
#: twenty-first pass (issue 12, branch speech21, heldout18 (seed 77, /work/wt/notes/h18dev) as development data): a claim of
#: responsibility («أعلن X مسؤوليته عن …»، «تبنت X الهجوم») reports the act claimed (guide §5.1): heldout18 voice 91.8% ->
#: 92.4% (459 -> 462 of 500), speaker 66.7% -> 71.0% (62 -> 66 of 93); heldout6 voice 289 -> 288 (a [nobj] row: «أعلنت
#: مسؤوليتها عن المجزرة», reported by guide §5.1), floor 0.9 -> 0.895; the other sets unchanged
#: and a verb citing scripture inside a statement the outlet reports («وأوضح سماحته أن …، قال صلى الله عليه وسلم: …») is
#: the speaker's citation: heldout18 voice 92.4% -> 92.8% (462 -> 464 of 500), speaker 71.0% -> 72.0% (66 -> 67 of 93)
#: heldout18 blind: 92.0% (460 of 500) and 66.7% (62 of 93) when drawn (main 38eb4a1), 91.6% (458) and 66.7% after the
#: nineteenth and twentieth passes and the fourteenth precision pass, whose authors never opened it; with the
#: twenty-first pass merged after them (written from it): 92.6% (463 of 500), 72.0% (67 of 93)
#: the twenty-second voice pass and the twenty-third and twenty-fourth speaker passes (heldout18 as development data):
#: heldout18 voice 92.6% -> 94.4% (462 -> 469 of 497), speaker 72.0% -> 79.1% (67 -> 72 of 91); the other sets unchanged
#: heldout19 (seed 78, 500 uniform drawn from main 7d5bce9, read blind by four coders; no author of this round opened it):
#: voice 95.0% (475 of 500; Wilson 95% 0.927-0.966), speaker 70.9% (61 of 86) when drawn, and the same after all of
#: this round's passes (474 of 499, one false row left out; 61 of 86): the dev gains above did not reach it
#: twenty-third voice pass (branch speech23, heldout19 as development data: bare verbs after قد or a fronted subject,
#: «عبر (فيها) عن», حمّل's object, a condemned list resumed after its describing clause or named in a short quotation,
#: a body after لـ as a source, «حسب رغبته», «اتصال عزاء», an attribution before «فقد», the passive «يعتبر», a
#: preposition in a setting before أن, another gender's verb with its own subject after a comma): heldout19 voice 95.0%
#: -> 96.6% (474 -> 482 of 499), speaker 70.9% -> 76.7% (61 -> 66 of 86); heldout18 94.4% -> 94.6% (469 -> 470),
#: heldout17 90.5% -> 91.5% (180 -> 182), speaker 87.4% -> 88.1% (132 -> 133 of 151); precision 94.2% -> 94.4% (470 ->
#: 471), speaker 87.0% -> 87.7% (134 -> 135 of 154); the other sets unchanged
#: twenty-fourth voice pass (branch speech24, heldout18/19/17/16/heldout misses read: «كنت/زلت أعتقد», a verb after a
#: topic phrase in an interview told in turns, ″ closes “, a reply the narration tells is no answer, an imperfect و-verb
#: inside a past colon speech, a verb after حينما inside a that-clause): heldout19 96.6% -> 97.0% (482 -> 484 of 499),
#: heldout18 94.6% -> 95.0% (470 -> 472 of 497), speaker 72 -> 73 of 91, heldout17 91.5% -> 92.0% (182 -> 183),
#: heldout16 97.7% -> 98.0% (292 -> 293), heldout 92.9% -> 93.0% (546 -> 547), speaker 153 -> 154 of 175; others unchanged
#: twenty-sixth speaker pass (heldout18, then heldout17/heldout as development data; voice unchanged on every set): a
#: family name in ال ending in ي ends before an ال-noun object, «ولسمو …» is no verb, «بحسب قولها» after a verb
#: without و, «حاكم» + a unit's name, a count made by a body after لـ, a body held responsible by a joined verb, «بان كي
#: مون» after a title's comma, «جعل X يقولون»: speaker heldout18 79.1% -> 80.2% (72 -> 73 of 91), heldout19 86.0% ->
#: 88.4% (74 -> 76 of 86), heldout17 90.1% -> 91.4% (136 -> 138 of 151), heldout 87.4% -> 88.6% (153 -> 155 of 175);
#: round2 (165/192) and precision (136/154) unchanged; heldout18's 14 rows without a speaker are all voice misses (own
#: for reported)
#: heldout20 (seed 79, 500 uniform drawn from main 9439435, read blind by four coders; no author of this round opened it):
#: voice 94.2% (471 of 500; Wilson 95% 0.918-0.959), speaker 76.1% (67 of 88; 0.663-0.838) when drawn; after the
#: twenty-third and twenty-fourth voice and twenty-fifth and twenty-sixth speaker passes 94.4% (472) and 76.1% (67):
#: their gains on the development sets (heldout19 voice 95.0% -> 97.0%, speaker 70.9% -> 88.4%) hardly reached it
#: noun complements (branch nc28: نعت/نعوا/ينعى، اشتكى من، «X يوجه بـ…», the object before «بأن» of وصف/اتهم …),
#: voice / speaker before -> after: heldout20 94.4% -> 94.8% (472 -> 474), 80.7% -> 83.0% (71 -> 73 of 88); heldout18
#: 95.1% -> 95.3% (470 -> 471), 82.0% -> 83.1%; heldout8 92.9% -> 93.5% (299 -> 301), 84.2% -> 85.7%; heldout4 speaker
#: 92.5% -> 93.2%; the other sets unchanged
#: heldout21 (seed 82, 500 uniform drawn from main 8a2a4fd, read blind by four coders; no author of this round opened
#: it): voice 92.4% (462 of 500; Wilson 95% 0.898-0.943), speaker 69.6% (71 of 102) when drawn; 92.6% (463) and 70.6%
#: (72 of 102) after this round's passes (spk27, voice25, nc28; one row each from nc28's noun complements). Its 148 rows
#: of the five topical lexicons: voice 88.5% -> 89.2% (131 -> 132), speaker 63 -> 64 of 82
#: recall80, recall83 (every use of the five topical lexicons in 60 + 60 whole articles, read blind; no speaker spans):
#: voice of the uses the matcher finds. recall83 (drawn from 8a2a4fd): 87.3% (117 of 134) when drawn and after this
#: round; recall80 (read by this round's authors only through its recall misses): 85.0% -> 85.9% (134 of 156). Most
#: misses are reported speech called own: noun complements, a verb nested in a speech, an attribution at the end
#: topical voice pass (branch voice30, written from the topical misses of heldout15..21, recall80, recall83): recall80
#: 85.9% -> 90.4% (134 -> 141 of 156), recall83 87.3% -> 91.0% (117 -> 122), heldout21 92.6% -> 93.4% (463 -> 467),
#: speaker 70.6% -> 74.5% (72 -> 76); heldout10, heldout17, heldout7, precision one or two rows better; the rest unchanged
#: heldout22 (seed 85, 500 uniform drawn from main af192a1, read blind by four coders; no author of the next round
#: opened it): voice 95.2% (476 of 500; 0.930-0.968), speaker 77.9% (67 of 86) when drawn; after that round's voice
#: pass (voice30, +1.5 points on the topical rows of the development sets) and speaker pass (spk30): 95.2% (475 of
#: 499) and 77.6% (66 of 85), one false row left out: no row changed. Its 137 topical rows: 94.2% (129) before and
#: after. recall86 (seed recall-86, 60 whole articles, drawn from af192a1): voice 87.1% (88 of 101) before and after
#: topical voice pass voice34 (every topical disagreement of recall80/83/86 and heldout15..22 read; a participle of saying
#: after an indefinite noun is an adjective, a noun complement ends at the same subject's next act): recall83 91.0% ->
#: 92.5% (122 -> 124 of 134), recall86 87.1% -> 89.1% (88 -> 90 of 101), recall80 unchanged; heldout, heldout3, heldout4,
#: heldout6, heldout8, heldout13, round2 +1 row; heldout2, heldout7, heldout9 -1 voice and -1 speaker row (one row read
#: reported by three coders of eleven: «… وأمرت قواتها …، في ظل دعوات الفصائل»)
#: thirty-third speaker pass (branch spk33, the speaker misses of every uniform set pooled and counted by cause,
#: validation/README.md): an own-sentence name subject for a carried speech, «تعازي ومواساة فلان» is that person's (guide
#: §5.6), not carried further; speaker before -> after: heldout2 173 -> 174, heldout3 172 -> 173, heldout4 150 -> 151,
#: heldout15 54 -> 55, heldout20 71 -> 72, round2 165 -> 163, heldout17 135 -> 134, heldout18 74 -> 73 (conveyed
#: condolences, on which coders split); pooled 2204 -> 2205 of 2539, voice unchanged
#: heldout23 (seed 88, 500 uniform drawn from main c55aab8, read blind by four coders): voice 93.6% (468 of 500),
#: speaker 69.3% (61 of 88) when drawn; 94.0% (470) and 71.6% (63) after the attribution-phrase pass (attr33), which the
#: lead wrote from reading this set's misses (not blind for it); the precision, topical voice and speaker passes of the
#: round, whose authors never opened it, changed none of its rows. Its 130 topical rows: 90.8% -> 92.3% (attr33).
#: recall89 (seed recall-89, 60 whole articles from c55aab8): voice 110 of 122 as coded (90.2%), 113 (92.6%) with three
#: directive rows set to reported by the guide's §5.1 decision; recall86 90.1% (91 of 101) after voice34 and the same
#: decision (three rows)
#: voice35 (issue 12, every set read as development data: a death or an act of violence that a verb of saying reports is
#: its object where the subject phrase ran over it — «أفاد مصدر أمني بمقتل …», ذكر/اعترف/أقر with a death, a definite
#: act after a verb of condemnation; «وبحسب X قال Y» with no comma gives the verb to the source; an apposition between
#: commas before «عن مقتل»; أهمية/ضرورة open a noun complement): heldout21 93.6% -> 94.0% (467 -> 469 of 499), speaker
#: 76.5% -> 78.4% (78 -> 80 of 102); heldout23 94.0% -> 94.4% (470 -> 472 of 500), speaker 71.6% -> 73.9% (63 -> 65 of
#: 88); recall89 113 -> 115 of 122 (94.3%); recall86 91 -> 92 of 101 (91.1%); heldout 546 -> 547 of 586, speaker 156 ->
#: 157 of 175; the rest unchanged
#: thirty-fifth speaker pass (branch spk35, every speaker miss of the label sets read and counted by cause; every set
#: development data): a lineage named again by its short form («فلان بن فلان»), the last link of a chain of «عن»
#: narrators and a companion heard («سمع فلانة رضي الله عنها تقول»), «أما» opening a clause after a heading run into
#: the text, «عبر فلان عن X بقوله», «إلى ذلك» before a clause's verb, a form of كان opening no subject phrase;
#: speaker before -> after: heldout15 55 -> 56 of 58, heldout22 66 -> 69 of 85, heldout20 72 -> 73 of 86, heldout17
#: 134 -> 135 of 148, heldout3 173 -> 174 of 194, heldout8 115 -> 116 of 133, precision 137 -> 138 of 154; voice and
#: the other sets (heldout21, heldout23 included) unchanged; the sample's identity unchanged
#: heldout24 (seed 90, 500 uniform drawn from main f8b2e62, read blind by four coders while this round's voice,
#: speaker and source-phrase passes were written by authors who never opened it): voice 94.2% (471 of 500), speaker
#: 70.2% (66 of 94), its 144 topical rows 91.0% (131), when drawn and after the round (no rule changed one of its rows).
#: recall92 (seed recall-92, 60 whole articles from f8b2e62): voice 149 of 165 (90.3%) when drawn, 150 after voice35,
#: 152 of 167 (91.0%) with the two rows fix36 brought back
#: thirty-seventh speaker pass (branch spk37; tuned on heldout2-21, round2 and the recall sets, heldout22-24 kept
#: unread as its held-out check): a name a personal title or rank announces before the complementiser reached over a
#: long adjunct, «نقلا عن» after a bracketed medium, a verb (تم، جرى، كان) opening no subject, a glued quotation mark
#: ending the name, a quoted subject before an adverb, a statement noun's لـ-medium no speaker: speaker heldout2 173 ->
#: 175 of 202, heldout8 116 -> 117 of 133, heldout9 116 -> 118 of 137; held-out heldout22 69, heldout23 64, heldout24
#: 66 unchanged; voice unchanged on every set
#: voice37 (issue 12, where reported speech starts; written from the reported→own rows of the development sets, heldout22,
#: heldout23, heldout24 and recall92 kept out until the rules were written): a verb of saying by the subject of the
#: that-clause opening a speech is nested also before its own colon, a stated verbal noun (وجود، ارتفاع، مقتل …) opens a
#: noun complement past an addressee or a relative clause, «في بيان لها اليوم» and a comma closing the subject of «أعلن»,
#: أقر + a time phrase + «بمقتل», a headline subject of four or five words, «تطلب إطلاق …», «وجّه … بالعزاء»; voice /
#: speaker before -> after: heldout21 466 -> 469 of 496, 77 -> 80 of 99; heldout8 302 -> 304 of 322, 116 -> 117 of 133;
#: heldout9 297 -> 299 of 327, 116 -> 118 of 137; recall80 141 -> 142 of 156; recall89 117 -> 118 of 123; round2 speaker
#: 163 -> 164 of 192 (voice 544 of 577, +1 -1); all development sets pooled 8,025 -> 8,031 of 8,517 voice, 2,143 -> 2,150
#: of 2,450 speaker; precision 470 -> 468 of 496 and heldout4 434 -> 433 of 465 (a headline demand «… تطلب إطلاق سجينات
#: مقابل عسكريين مخطوفين» whose last word three coders read own, and a headline condolence «يعزي أسر الشهيدين» read own
#: here and reported in heldout21: both reported by guide §5.1, §5.6); held out: recall92 152 -> 153 of 167, heldout22
#: (473 of 497), heldout23 (470 of 498), heldout24 (471 of 500) unchanged
#: heldout25 (seed 93, 500 uniform drawn from main d5b5416, read blind by four coders while this round's voice37 and
#: spk37 were written by authors who never opened it): voice 92.8% (464 of 500), speaker 74.5% (73 of 98) when drawn;
#: 463 of 499 and 73 of 98 after the round (fix37 left out one row): no voice or speaker rule of the round changed a row;
#: 464 after colon37, written by the lead from this set's largest voice class (not blind for it);
#: its 158 topical rows 89.2% (141). heldout26 (seed 95, 300 drawn from the five topical lexicons' matches no earlier set
#: had labelled, read blind by four other coders): voice 87.3% (262 of 300), speaker 76.8% (109 of 142) when drawn;
#: 88.0% (263 of 299) and 77.5% (110 of 142) after voice37 and spk37
#: twenty-sixth precision pass (branch prec38): its rules leave out three sense-0 victims rows of heldout22 and
#: heldout24 (one a helicopter crash's victims whose speaker was right): heldout22 voice 473 of 497 -> 472 of 495, heldout24
#: voice 471 of 500 -> 470 of 499, speaker 66 of 94 -> 65 of 93 (69.9%: its floor 0.70 -> 0.695); no voice changed
#: voice38 (issue 12, reported speech the tool called own; written from the misses of heldout18-24 and the older sets,
#: heldout25 and heldout26 unopened): a statement renewed («وجدد المجلس إدانته للهجوم»، «وكرر دعوته إلى …»: جدد/كرر
#: + a verbal noun of saying report what follows the noun) and a postposed source that closes the clause holding a
#: verb's whole speech («وقالت إن …، بحسب وكالة الأفق.»: the verb and its speech are the source's account, guide §5.5);
#: full corpus 35 matches own → reported, 34 read right; voice / speaker before -> after: heldout20 472 -> 473 of 496,
#: 72 -> 73 of 85; heldout21 469 -> 471 of 496, 80 -> 82 of 99; heldout23 470 -> 472 of 498, 64 -> 65 of 87; heldout18,
#: 19, 22, 24 and every older set unchanged; heldout18-24 pooled 3,312 -> 3,317 of 3,476 voice, 502 -> 506 of 625 speaker
#: blind (heldout25, heldout26 measured once, main fd070cb -> voice38): voice unchanged, 464 of 499 and 263 of 299;
#: speaker heldout25 73 of 98 unchanged, heldout26 110 -> 111 of 142
LABEL_SETS = {"round2": (0.935, 0.85), "heldout": (0.92, 0.825), "heldout2": (0.945, 0.86), "heldout3": (0.92, 0.895),
              "heldout4": (0.925, 0.9), "heldout6": (0.895, 0.855),
              "heldout7": (0.92, 0.84), "heldout8": (0.94, 0.875),
              "heldout9": (0.91, 0.855), "heldout10": (0.95, 0.84),
              "heldout11": (0.905, 0.82), "heldout12": (0.965, 0.7),
              "heldout13": (0.9, 0.79), "heldout14": (0.955, 0.85), "heldout15": (0.965, 0.96),
              "heldout16": (0.975, 0.865), "heldout17": (0.9, 0.91),
              "heldout18": (0.945, 0.8), "heldout19": (0.965, 0.86),
              "heldout20": (0.94, 0.845), "heldout21": (0.945, 0.81), "heldout22": (0.945, 0.81),
              "heldout23": (0.94, 0.74), "heldout24": (0.94, 0.695),
              "recall80": (0.905, 0.0), "recall83": (0.905, 0.0), "recall86": (0.9, 0.0), "recall89": (0.95, 0.0),
              "recall92": (0.91, 0.0), "heldout25": (0.92, 0.74), "heldout26": (0.875, 0.77)}


@pytest.mark.parametrize("kind", sorted(LABEL_SETS))
def test_voice_and_speaker_on_later_label_sets(kind, real_full, corpus_boilerplate):
    files = sorted((ROOT / "validation" / "labels").glob(f"{kind}-*.csv"))
    if not files:
        pytest.skip(f"no validation/labels/{kind}-*.csv")
    voice_floor, speaker_floor = LABEL_SETS[kind]
    voices, speakers, misses = measure(read_labels(files), real_full, corpus_boilerplate)
    n = sum(voices.values())
    right = sum(v for (a, b), v in voices.items() if a == b)
    ns = sum(speakers.values())
    print(f"\n{kind} voice: {right}/{n} = {right / max(n, 1):.1%} (not found {len(misses)}); "
          f"speaker: {speakers['overlap']}/{ns} = {speakers['overlap'] / max(ns, 1):.1%}",
          dict(sorted(voices.items())))
    assert n > 0 and right / n >= voice_floor
    assert ns == 0 or speakers["overlap"] / ns >= speaker_floor
