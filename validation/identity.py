"""The identity of the tool's answers on the SaudiNewsNet sample: an md5 of ``framing.match(voice="all")`` of the six
shipped lexicons (every column, as CSV) and of ``framing.sources`` by outlet.  A change meant to keep behaviour
(a speed-up, a clean-up) must keep it; a rule change moves it on purpose (``--dump FILE`` writes the tables to diff).

    python validation/identity.py [--dump FILE]
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw import DATA  # noqa: E402  (where ../shared/data/saudinewsnet is)

LEXICONS = ("captives", "casualties", "attribution", "violence", "israel_palestine", "ukraine_war")


def identity(df) -> tuple[str, list[str]]:
    """``(md5, tables as CSV text)`` of the matches and sources of ``df`` (an articles DataFrame)."""
    import framing
    parts = [framing.match(df, lex, voice="all").to_csv(index=False) for lex in LEXICONS]
    parts.append(framing.sources(framing.from_frame(df)).to_csv(index=False))
    h = hashlib.md5()
    for p in parts:
        h.update(p.encode())
    return h.hexdigest(), parts


def main(argv=None):
    import pandas as pd
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", help="write the tables here (to diff two versions)")
    a = ap.parse_args(argv)
    md5, parts = identity(pd.read_json(DATA / "sample.jsonl", lines=True, dtype={"id": str}))
    if a.dump:
        Path(a.dump).write_text("\n".join(parts), encoding="utf-8")
    print(md5)


if __name__ == "__main__":
    main()
