"""Two coders against each other, and the tool against each, on the matches labelled in two label sets
(``validation/agreement.py``): the ceiling a voice or speaker figure measured against one coder is read against.

The coders' part reads only the label files (it runs in a plain clone); the tool's part needs the SaudiNewsNet
articles and skips without them.
"""
import sys
from pathlib import Path

VALIDATION = Path(__file__).resolve().parents[2] / "validation"
sys.path.insert(0, str(VALIDATION))
import agreement  # noqa: E402  (validation/agreement.py)


def test_two_coders_agree_on_the_shared_matches():
    ps = agreement.pairs()
    got = agreement.coder_agreement(ps)
    print({k: f"{a}/{n}" for k, (a, n, _) in got.items()})
    assert len(ps) >= 1100                        # 1,148 matches labelled in two sets
    (sa, sn, sk), (va, vn, vk), (pa, pn, _) = got["sense"], got["voice"], got["speaker"]
    assert sa / sn >= 0.98 and sk >= 0.88         # 98.8%, kappa 0.91
    assert va / vn >= 0.95 and vk >= 0.9          # 95.9% (1,017 of 1,060), kappa 0.93
    assert pn >= 300 and pa / pn >= 0.97          # 98.5% (337 of 342)


def test_pairs_need_two_different_sets(tmp_path):
    """A match labelled twice in one set is no second coder; in two sets it is, whichever lexicon file holds it."""
    head = "corpus,id,field,start,end,family,term,sense,voice,speaker_start,speaker_end,reason,note\n"
    (tmp_path / "seta-captives.csv").write_text(head + "full,d1,text,5,9,captives,hostages,1,own,,,,\n"
                                                "full,d1,text,5,9,captives,hostages,1,own,,,,\n"
                                                "full,d2,text,1,4,captives,hostages,1,reported,10,14,,\n", "utf-8")
    (tmp_path / "setb-captives.csv").write_text(head + "full,d2,text,1,4,captives,hostages,1,reported,12,20,,\n"
                                                "full,d3,text,0,3,captives,hostages,0,own,,,,\n", "utf-8")
    ps = agreement.pairs(tmp_path)
    assert [p.key for p in ps] == [("d2", "text", 1, 4)]
    assert agreement.coder_agreement(ps)["speaker"][:2] == (1, 1)      # 10–14 and 12–20 overlap


def test_the_tool_against_each_coder(real_full):
    from framing.text.boilerplate import find_boilerplate
    ps = agreement.pairs()
    got = agreement.tool_agreement(ps, agreement.tool_labels(ps, real_full, find_boilerplate(
        zip(real_full["outlet"], real_full["text"]))))
    print({k: f"{a}/{n}" for k, (a, n) in got.items()})
    for side in ("a", "b"):
        a, n = got[f"voice_{side}"]
        assert n >= 1000 and a / n >= 0.92        # 93.4% and 92.7% (988, 981 of 1,058); the coders 96.0%
        a, n = got[f"speaker_{side}"]
        assert n >= 300 and a / n >= 0.88         # 89.5% and 90.1% (306, 308 of 342); the coders 98.5%
