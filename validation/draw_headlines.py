"""Draw the 120 colon headlines labelled in ``labels/headlines.csv`` (and print them for reading).

Titles of the SaudiNewsNet full corpus that contain a colon, sorted by id, drawn with
``random.Random("headlines-12")``.  Each printed line: ``id``, the offset of the first colon in
the original title, and the title (for reading only: the labels file stores offsets, never text)::

    FRAMING_SHARED=/work/shared python validation/draw_headlines.py > /tmp/headlines.txt
"""
from __future__ import annotations

import random

from draw import articles

N = 120
SEED = "headlines-12"


def draw(df=None, n: int = N):
    """``[(doc_id, colon offset, title)]``: ``n`` colon titles drawn with the seed."""
    df = articles("full") if df is None else df
    rows = sorted((i, t) for i, t in zip(df["id"], df["title"]) if isinstance(t, str) and ":" in t)
    picked = random.Random(SEED).sample(rows, n)
    return [(i, t.index(":"), t) for i, t in picked]


if __name__ == "__main__":
    for doc_id, colon, title in draw():
        print(f"{doc_id}\t{colon}\t{title}")
