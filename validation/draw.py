"""Draw a seeded, term-stratified sample of real matches for hand labelling, and show it.

Labels live in ``validation/labels/*.csv`` as offsets only (the SaudiNewsNet text is
CC BY-NC-SA and stays in ``../shared/data``).  Usage::

    python validation/draw.py captives --corpus full --per-term 20 --seed 11 > /tmp/captives.txt
    python validation/draw.py captives,violence --uniform 200 --seed 65   # uniform over all matches

Each printed line: ``key`` (corpus, id, field, start, end, term), the current voice, and
the sentence around the match with the match in [[ ]].  The title is printed too.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: ``$FRAMING_SHARED`` (default: ``shared/`` beside the clone) holds ``data/saudinewsnet``
DATA = Path(os.environ.get("FRAMING_SHARED", ROOT.parent / "shared")) / "data" / "saudinewsnet"
FILES = {"sample": "sample.jsonl", "full": "full.jsonl.gz"}


def articles(corpus: str):
    import pandas as pd
    return pd.read_json(DATA / FILES[corpus], lines=True, dtype={"id": str})


def draw(lexicon: str, corpus: str = "full", per_term: int = 20, seed: int = 11, df=None, uniform: int = 0):
    """Matches of ``lexicon`` (voice all; several lexicons comma-separated), ``per_term`` per term
    drawn with ``seed`` (all when fewer), or ``uniform`` matches drawn at random from all of them
    (each match equally likely, so a figure on them is weighted by frequency)."""
    import framing
    import pandas as pd
    df = articles(corpus) if df is None else df
    m = pd.concat([framing.match(df, lex, voice="all") for lex in lexicon.split(",")], ignore_index=True)
    rng = random.Random(f"{seed}-{lexicon}")
    if uniform:
        rows = m.sort_values(["family", "term", "id", "field", "start"]).to_dict("records")
        return rng.sample(rows, min(uniform, len(rows))), df
    out = []
    for term, g in m.groupby("term", sort=True):
        rows = g.sort_values(["id", "field", "start"]).to_dict("records")
        out += rows if len(rows) <= per_term else rng.sample(rows, per_term)
    return out, df


def context(value: str, start: int, end: int, width: int = 220) -> str:
    s, e = max(0, start - width), min(len(value), end + width)
    return (value[s:start] + "[[" + value[start:end] + "]]" + value[end:e]).replace("\n", " ¶ ")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("lexicon")
    ap.add_argument("--corpus", default="full", choices=list(FILES))
    ap.add_argument("--per-term", type=int, default=20)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--width", type=int, default=220)
    ap.add_argument("--uniform", type=int, default=0, help="draw N matches uniformly instead of per term")
    a = ap.parse_args(argv)
    rows, df = draw(a.lexicon, a.corpus, a.per_term, a.seed, uniform=a.uniform)
    by_id = df.set_index("id")
    for r in rows:
        art = by_id.loc[r["id"]]
        value = art[r["field"]]
        print(f"KEY {a.corpus},{r['id']},{r['field']},{r['start']},{r['end']},{r['family']},{r['term']}"
              f" | voice={r['voice']} | outlet={art['outlet']}")
        print(f"  TITLE: {art['title']}")
        print(f"  {context(value, r['start'], r['end'], a.width)}")
    print(f"{len(rows)} lines", file=sys.stderr)


if __name__ == "__main__":
    main()
