"""Speaker phrases that name no speaker (issue 12): a seeded sample of the statements ``framing sources`` counts
under a named speaker, judged by hand (plausible speaker or not), and the share of the judged phrases the tool
still gives, as judged.

    python validation/speaker_phrases.py draw sample|full [--n 150]   # print the draw to judge (text: read only)
    python validation/speaker_phrases.py score                        # the figures of labels/speakers-src35.csv

A statement is drawn uniformly among those with a speaker (so a speaker weighs by its statements, as in
``sources``' ``quotes``). ``full`` means a seeded 3,000 of its articles (:data:`FULL_DRAW`).
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw import articles  # noqa: E402

LABELS = Path(__file__).resolve().parent / "labels" / "speakers-src35.csv"
SEED = 35
FULL_DRAW = 3000          # articles of full (seed 35) the full sample is drawn from


def corpus_frame(corpus: str):
    df = articles(corpus)
    return df.sample(FULL_DRAW, random_state=SEED).reset_index(drop=True) if corpus == "full" else df


def named_statements(df, rubrics=None):
    """``(id, field, start, end, speaker_start, speaker_end, name)`` of every statement of ``df`` with a speaker
    (``rubrics``: of the corpus drawn from; by default ``df``'s)."""
    from framing.lexicon.core import corpus_rubrics
    from framing.lexicon.sources import statements
    rubrics = corpus_rubrics(df) if rubrics is None else rubrics
    out = []
    for aid, title, text in zip(df["id"], df["title"], df["text"]):
        for field, value in (("title", title), ("text", text)):
            for _v, s, e, name, _role, _verb, span in statements(value if isinstance(value, str) else None,
                                                                 field == "title", rubrics, speaker_span=True):
                if span is not None:
                    out.append((aid, field, s, e, span[0], span[1], name))
    return out


def draw(corpus: str, n: int = 150):
    rows = named_statements(corpus_frame(corpus))
    return sorted(random.Random(SEED).sample(rows, min(n, len(rows))))


def score(path: Path = LABELS, changed: list | None = None) -> dict:
    """Per corpus: ``judged`` rows, ``garbage_before`` (judged 0), and for the tool now: ``kept`` (a statement
    overlapping the row's has a speaker span overlapping the judged one; ``trimmed``: of those, not the same span),
    ``garbage_after`` (kept, judged 0), ``lost`` (judged 1, not kept) and ``dropped`` (judged 0, not kept).
    ``changed``: a list to extend with the label rows whose exact span is no longer given."""
    labels = list(csv.DictReader(path.open(encoding="utf-8")))
    out = {}
    for corpus in sorted({r["corpus"] for r in labels}):
        from framing.lexicon.core import corpus_rubrics
        rows = [r for r in labels if r["corpus"] == corpus]
        df = corpus_frame(corpus)
        rubrics = corpus_rubrics(df)
        df = df[df["id"].isin({r["id"] for r in rows})]
        now: dict = {}
        for a, f, s, e, ss, se, _n in named_statements(df, rubrics):
            now.setdefault((a, f), []).append((s, e, ss, se))
        fig = dict(judged=len(rows), garbage_before=0, kept=0, garbage_after=0, lost=0, dropped=0, trimmed=0)
        for r in rows:
            bad = r["plausible"] == "0"
            ss, se = int(r["speaker_start"]), int(r["speaker_end"])
            start, end = int(r["start"]), int(r["end"])
            spans = [(a, b) for s, e, a, b in now.get((r["id"], r["field"]), []) if s < end and start < e]
            kept = any(a < se and ss < b for a, b in spans)       # (a span cut shorter is the same speaker; a
            #                                           statement now longer or split is the same statement)
            fig["garbage_before"] += bad
            fig["kept"] += kept
            fig["trimmed"] += kept and (ss, se) not in spans
            fig["garbage_after"] += bad and kept
            fig["lost"] += not bad and not kept
            fig["dropped"] += bad and not kept
            if (ss, se) not in spans and changed is not None:
                changed.append(r)
        out[corpus] = fig
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("draw", "score"))
    ap.add_argument("corpus", nargs="?", default="sample")
    ap.add_argument("--n", type=int, default=150)
    a = ap.parse_args(argv)
    if a.what == "score":
        changed: list = []
        for corpus, f in score(changed=changed).items():
            print(corpus, f, f"garbage {f['garbage_before']}/{f['judged']} before, "
                             f"{f['garbage_after']}/{f['kept']} of the phrases still given after")
        for r in changed:
            print("no longer given:", ",".join(r.values()))
        return
    df = corpus_frame(a.corpus).set_index("id")
    for aid, field, s, e, ss, se, name in draw(a.corpus, a.n):
        text = df.at[aid, field]
        line = f"{a.corpus},{aid},{field},{s},{e},{ss},{se}\t[{name}]\t…{text[max(0, ss - 60):ss]}⟦{text[ss:se]}⟧{text[se:se + 60]}…"
        print(line.replace("\n", " "))


if __name__ == "__main__":
    main()
