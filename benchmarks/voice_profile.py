"""Where the CPU time of ``framing terms`` goes inside matching, on the first N articles of a corpus.

    PYTHONPATH=. python benchmarks/voice_profile.py CORPUS [-n 5000] [--lexicon captives]

``CORPUS``: a corpus directory or a table (anything :func:`framing.load` opens).

Runs the per-field scan that ``framing terms`` runs (voice ``own``, voices computed up to the last
match) twice in this process: once without the voice rules (``want="all"``, no voice: the floor) and
once with them, and prints CPU seconds (``time.process_time``, steadier than wall time on a shared
machine), MB of text per CPU second, and the CPU seconds spent in the main voice functions (each
wrapped with a timer: a few per cent of overhead, nested functions counted in their callers too).
``md5`` of the hits (offsets, entries, voice, speaker, verb) lets two source trees be compared: a
change meant to be faster only must print the same digest.  Nothing here is asserted.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import time

#: (module, function) pairs timed inside the voice rules
TIMED = [("voice", "voice_spans"), ("speech", "speech_events"), ("speech", "_verb_event"),
         ("speech", "_verb_subject"), ("speakers", "_speaker_np"), ("speech", "_scan_complement"),
         ("speech", "_verb_positions"), ("speech", "_attribution_events"), ("quotes", "sentence_bounds"),
         ("quotes", "quote_spans"), ("matcher", "_check")]


def _timed(spent: collections.Counter) -> None:
    """Wrap each function of :data:`TIMED` in every voice module that holds it by name."""
    import importlib
    mods = [importlib.import_module(f"framing.lexicon.{m}") for m in
            ("saying", "quotes", "places", "speakers", "speech", "headlines", "voice", "matcher")]
    for mod, name in TIMED:
        orig = getattr(importlib.import_module(f"framing.lexicon.{mod}"), name)

        def wrapper(*a, _orig=orig, _name=name, **k):
            t = time.process_time()
            try:
                return _orig(*a, **k)
            finally:
                spent[_name] += time.process_time() - t
        for m in mods:
            if getattr(m, name, None) is orig:
                setattr(m, name, wrapper)


def scan(rows, scanner, label: bool) -> tuple[float, str]:
    """CPU seconds and md5 of the hits of every field of ``rows`` (voice rules on when ``label``)."""
    from framing.lexicon import core, matcher
    matcher._voices.cache_clear()                # (voices are remembered per field text,
    getattr(matcher, "_READS", {}).clear()       # and how often each unit was read: each scan a first pass)
    digest, t = hashlib.md5(), time.process_time()
    for _id, outlet, _pub, event_id, title, text in rows:
        for _f, _v, ntok, hits, _n in core._scan_article(scanner, outlet, event_id, title, text,
                                                         "own" if label else "all", False, None):
            digest.update(repr((ntok, hits)).encode())
    return time.process_time() - t, digest.hexdigest()


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="a corpus directory or a table (framing.load)")
    ap.add_argument("-n", type=int, default=5000, help="first N articles")
    ap.add_argument("--lexicon", default="captives")
    args = ap.parse_args(argv)
    import framing
    from framing.lexicon import core
    df = framing.load(args.corpus).df.head(args.n)
    rows = list(core._rows(df))
    mb = sum(len((r[4] or "").encode()) + len((r[5] or "").encode()) for r in rows) / 1e6
    scanner = core._scanner(args.lexicon, None, core.corpus_rubrics(df))
    floor, _ = scan(rows, scanner, False)
    voiced, digest = scan(rows, scanner, True)
    print(f"{len(rows)} articles, {mb:.1f} MB, lexicon {args.lexicon}")
    print(f"  without voice {floor:.2f} CPU s ({mb / floor:.1f} MB/CPU s); with voice {voiced:.2f} CPU s "
          f"({mb / voiced:.1f} MB/CPU s); voice {100 * (voiced - floor) / voiced:.0f}% ; md5 {digest}")
    spent: collections.Counter = collections.Counter()
    _timed(spent)
    scan(rows, scanner, True)
    for name, s in spent.most_common():
        print(f"  {name:22s} {s:6.2f} CPU s")


if __name__ == "__main__":
    main()
