"""Throughput of the lexicon matcher vs the hand loop a camel-tools user would write.

    python -m framing.lexicon._bench ARTICLES.jsonl [--lexicon captives] [--repeat 3]

Prints MB/s (UTF-8 bytes of title + text per CPU-second of this process) for
``framing.lexicon.iter_counts`` (normalise + tokenise + match + count, voice=own)
and for the camel-tools hand loop (``simple_word_tokenize`` + normalisers + trying
clitic prefixes per token, no voice), and their ratio.  Used by ``make bench``;
not a test.
"""
from __future__ import annotations

import argparse
import time


def _mb(df) -> float:
    return sum(len((t or "").encode()) + len((x or "").encode())
               for t, x in zip(df["title"].fillna(""), df["text"].fillna(""))) / 1e6


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def camel_hand_loop(texts, lexicon) -> dict:
    """Counts per term the way a user would with camel-tools: tokenize, normalise, strip prefixes."""
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar
    forms = {}
    for t in lexicon.terms:
        for f in t.forms:
            if " " not in f:
                forms[f] = t.id
    prefixes = ["", "و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "وك", "فب", "فل",
                "وبال", "ولل", "فبال", "فلل"]
    counts: dict = {}
    for text in texts:
        for tok in simple_word_tokenize(text):
            w = normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(tok))).replace("\u0640", "").lower()
            for p in prefixes:
                if w.startswith(p) and w[len(p):] in forms:
                    term = forms[w[len(p):]]
                    counts[term] = counts.get(term, 0) + 1
                    break
    return counts


def main(argv=None):
    import pandas as pd

    from .core import _batches, iter_counts
    from .format import load_lexicon
    from .matcher import index_for
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles")
    ap.add_argument("--lexicon", default="captives")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    df = pd.read_json(args.articles, lines=True, dtype=False)
    for c in ("title", "text"):
        if c not in df.columns:
            df[c] = None
    if "id" not in df.columns:
        df["id"] = range(len(df))
    mb = _mb(df)
    lex = load_lexicon(args.lexicon)
    index_for(lex)
    ours = _best(lambda: list(iter_counts(_batches(df), lex, "own")), args.repeat)
    texts = [f"{t or ''}\n{x or ''}" for t, x in zip(df["title"], df["text"])]
    camel_hand_loop(texts[:10], lex)   # warm the imports
    theirs = _best(lambda: camel_hand_loop(texts, lex), max(1, args.repeat - 1))
    print(f"lexicon {lex.name}: {mb:.2f} MB of title+text")
    print(f"framing terms (normalise+tokenise+match+count, voice own): {mb / ours:.1f} MB/s per core")
    print(f"camel-tools hand loop (tokenize+normalise+prefixes):       {mb / theirs:.1f} MB/s per core")
    print(f"speed-up: {theirs / ours:.1f}x")


if __name__ == "__main__":
    main()
