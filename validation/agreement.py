"""How far two human coders agree, and how far the tool agrees with each of them, on the same real matches.

Some matches were labelled in two label sets by different coders (a later draw that fell on an earlier set's
match, or a set re-read on purpose).  On those matches this compares:

* coder with coder: sense (the term's meaning, 1/0), voice (own / quoted / reported, matches both read in the
  term's sense) and speaker (the two spans overlap, where both called the match quoted or reported and both marked a
  span);
* the tool with each coder, on the same matches (needs the SaudiNewsNet articles): its voice, and its speaker span
  by the same overlap.

The coders' agreement is the ceiling a voice or speaker accuracy measured against one coder can be read against:
a tool that agrees with each coder as often as they agree with each other is as good as a second coder.

    python validation/agreement.py                     # coder with coder (label files only)
    python validation/agreement.py --corpus full        # and the tool with each coder (../shared/data)
"""
from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "validation" / "labels"
VOICES = ("own", "quoted", "reported")


@dataclass(frozen=True)
class Pair:
    """One match labelled in two label sets: ``key`` (id, field, start, end), the lexicon, the two rows."""
    key: tuple
    lexicon: str
    a: dict
    b: dict


def pairs(label_dir: Path = LABELS) -> list[Pair]:
    """The matches (of SaudiNewsNet ``full`` or ``sample``) labelled in two different label sets, each with the first
    two sets' rows (sets in file-name order; a set is the file name's part before its first ``-``)."""
    seen: dict = {}
    for path in sorted(label_dir.glob("*-*.csv")):
        kind, lexicon = path.stem.split("-", 1)
        with open(path, encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            if not {"id", "field", "start", "end", "voice"} <= set(reader.fieldnames or ()):
                continue
            for r in reader:
                if r.get("corpus") not in ("full", "sample") or not r.get("voice"):
                    continue
                rows = seen.setdefault((r["id"], r["field"], int(r["start"]), int(r["end"])), [])
                if all(k != kind for k, _, _ in rows):
                    rows.append((kind, lexicon, r))
    return [Pair(key, rows[0][1], rows[0][2], rows[1][2]) for key, rows in seen.items() if len(rows) >= 2]


def _sense(r: dict) -> str:
    return r.get("sense") or "1"          # recall sets label only matches in the term's sense


def _span(r: dict) -> tuple | None:
    s, e = r.get("speaker_start"), r.get("speaker_end")
    return (int(s), int(e)) if s and e and r.get("voice") != "own" else None


def _overlap(x: tuple, y: tuple) -> bool:
    return x[0] < y[1] and y[0] < x[1]


def coder_agreement(ps: list[Pair]) -> dict:
    """``{sense, voice, speaker}``: each ``(agree, n, kappa)`` of the two coders (kappa: Cohen's, nan for the
    speaker overlap)."""
    from framing.stats.agreement import cohen_kappa
    sense = [(_sense(p.a), _sense(p.b)) for p in ps]
    voice = [(p.a["voice"], p.b["voice"]) for p in ps if _sense(p.a) == _sense(p.b) == "1"]
    spans = [(_span(p.a), _span(p.b)) for p in ps if _sense(p.a) == _sense(p.b) == "1"]
    spans = [(x, y) for x, y in spans if x and y]

    def row(items):
        return (sum(x == y for x, y in items), len(items), cohen_kappa(*zip(*items)) if items else float("nan"))
    return {"sense": row(sense), "voice": row(voice),
            "speaker": (sum(_overlap(x, y) for x, y in spans), len(spans), float("nan"))}


def tool_labels(ps: list[Pair], articles, boilerplate=None) -> dict:
    """``{key: (voice, speaker span or None)}``: the current tool at each pair's offsets (pairs it no longer
    matches there are left out)."""
    import framing
    from framing.lexicon.core import _hits
    out: dict = {}
    by_lex: dict = {}
    for p in ps:
        by_lex.setdefault(p.lexicon, set()).add(p.key[0])
    for lexicon, ids in by_lex.items():
        docs = articles[articles["id"].isin(ids)]
        for (doc_id, *_), field, _v, s, e, _f, _t, voice, _why, src in _hits(
                docs, framing.load_lexicon(lexicon), "all", boilerplate=boilerplate):
            out[(doc_id, field, s, e)] = (voice, (src[3], src[4]) if src[3] is not None else None)
    return out


def tool_agreement(ps: list[Pair], tool: dict) -> dict:
    """``{voice_a, voice_b, speaker_a, speaker_b, coders_voice, coders_speaker}`` as ``(agree, n)`` on the pairs
    both coders read in the term's sense and the tool still matches: the tool against each coder, and the two
    coders on exactly those pairs (voice), or on the pairs where both coders and the tool name a speaker."""
    both = [p for p in ps if _sense(p.a) == _sense(p.b) == "1" and p.key in tool]
    out = {}
    for side in ("a", "b"):
        out[f"voice_{side}"] = (sum(tool[p.key][0] == getattr(p, side)["voice"] for p in both), len(both))
    out["coders_voice"] = (sum(p.a["voice"] == p.b["voice"] for p in both), len(both))
    named = [p for p in both if _span(p.a) and _span(p.b)]
    for side in ("a", "b"):
        out[f"speaker_{side}"] = (sum(bool(tool[p.key][1]) and _overlap(tool[p.key][1], _span(getattr(p, side)))
                                      for p in named), len(named))
    out["coders_speaker"] = (sum(_overlap(_span(p.a), _span(p.b)) for p in named), len(named))
    return out


def _share(k, n) -> str:
    return f"{k}/{n} = {k / n:.1%}" if n else "–"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", choices=["full"], help="also run the tool on these matches (../shared/data)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    ps = pairs()
    print(f"matches labelled in two sets: {len(ps)}")
    for what, (k, n, kappa) in coder_agreement(ps).items():
        print(f"coders, {what}: {_share(k, n)}" + ("" if kappa != kappa else f", Cohen's kappa {kappa:.2f}"))
    if args.corpus:
        import pandas as pd

        from framing.text.boilerplate import find_boilerplate
        path = ROOT.parent / "shared" / "data" / "saudinewsnet" / "full.jsonl.gz"
        articles = pd.read_json(path, lines=True, dtype={"id": str})
        bp = find_boilerplate(zip(articles["outlet"], articles["text"]))
        for what, (k, n) in tool_agreement(ps, tool_labels(ps, articles, bp)).items():
            print(f"{what}: {_share(k, n)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
