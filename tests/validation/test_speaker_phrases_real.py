"""Speaker phrases that name no speaker (issue 12), on the hand-judged sample of ``framing sources``' statements
(validation/labels/speakers-src35.csv, :mod:`validation.speaker_phrases`): the share of judged non-speakers the tool
still gives, and the judged speakers it no longer gives.  Skips when ``../shared/data`` is absent."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

VALIDATION = Path(__file__).resolve().parents[2] / "validation"
sys.path.insert(0, str(VALIDATION))

#: judged non-speakers still given: 12 of 150 (sample) and 14 of 150 (full) before issue 12's src35 pass, 11 of 149
#: and 10 of 146 after it
GARBAGE_CEILING = {"sample": 11, "full": 10}
#: judged speakers no longer given (of 138 and 136): none after the src35 pass; one of a kind may go with a rule
LOST_CEILING = {"sample": 1, "full": 1}


def test_speaker_phrases_judged_not_speakers_are_dropped():
    import speaker_phrases
    from draw import DATA
    if not (DATA / "sample.jsonl").exists() or not (DATA / "full.jsonl.gz").exists():
        pytest.skip("../shared/data/saudinewsnet absent")
    figures = speaker_phrases.score()
    for corpus, f in figures.items():
        print(f"\n{corpus}: {f}; garbage {f['garbage_before']}/{f['judged']} before, {f['garbage_after']}/{f['kept']} now")
        assert f["garbage_after"] <= GARBAGE_CEILING[corpus]
        assert f["lost"] <= LOST_CEILING[corpus]
