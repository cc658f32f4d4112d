"""`make bench`: framing side by side with the code a user would otherwise write, in one run.

Writes ``benchmarks/results.json``. Data: the SaudiNewsNet sample when ``../shared/data`` is
present (real news, 2,000 articles, ≈6 MB), else the bundled demo corpus replicated. Nothing here
is asserted: the numbers are reported (timed assertions do not belong in tests).

Benchmarks:
* ``terms``    lexicon counting (normalise + tokenise + match + count) in MB/s on one core, against
               the hand loop with camel-tools (simple_word_tokenize + normalisers + clitic prefixes);
* ``events``   event clustering on 100,000 articles (the sample replicated with shifted dates);
* ``keyness``  keyness on 100,000 articles once tokens are counted;
* ``report``   the demo report and a 10,000-article report.
Run one with ``python benchmarks/run.py terms``.
"""
from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path

import pandas as pd

import framing

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT.parent / "shared" / "data" / "saudinewsnet" / "sample.jsonl"
WORK = ROOT / "benchmarks" / "_work"


def _texts() -> tuple[pd.DataFrame, str]:
    if SAMPLE.exists():
        return framing.load(SAMPLE).df, "SaudiNewsNet sample (real news)"
    corpus_dir = WORK / "demo-corpus"
    if not corpus_dir.exists():
        from framing.ingest import ingest_to_corpus
        ingest_to_corpus([ROOT / "corpora" / "demo" / "pages"], corpus_dir)
    df = framing.load(corpus_dir).df
    return pd.concat([df] * 40, ignore_index=True), "demo corpus ×40"


def _mb(df: pd.DataFrame) -> float:
    """UTF-8 size of titles and texts, in MB (10^6 bytes)."""
    return sum(len(t.encode()) for col in ("title", "text") for t in df[col].fillna("")) / 1e6


def baseline_terms(df: pd.DataFrame, lexicon) -> dict:
    """What a user would write by hand with camel-tools: tokenise, normalise, try clitic prefixes."""
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (normalize_alef_ar, normalize_alef_maksura_ar,
                                             normalize_teh_marbuta_ar)

    def norm(w):
        return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(w)))).replace("ـ", "")

    forms = {}
    for row in lexicon.terms_table().itertuples():
        for f in row.forms:
            if " " not in f:
                forms[norm(f).lower()] = (row.family, row.term)
    prefixes = ["", "و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "فب", "فل",
                "وبال", "وكال", "ولل", "فبال", "فلل"]
    suffixes = ["", "ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ي"]
    counts = {}
    for doc_id, title, text in zip(df["id"], df["title"].fillna(""), df["text"].fillna("")):
        for tok in simple_word_tokenize(title + "\n" + text):
            w = norm(tok).lower()
            hit = None
            for p in prefixes:
                if w.startswith(p):
                    core = w[len(p):]
                    for s in suffixes:
                        if core.endswith(s) and core[:len(core) - len(s)] in forms:
                            hit = forms[core[:len(core) - len(s)]]
                            break
                if hit:
                    break
            if hit:
                counts[(doc_id,) + hit] = counts.get((doc_id,) + hit, 0) + 1
    return counts


def bench_terms() -> dict:
    from framing.lexicon import count_terms, load_lexicon
    df, source = _texts()
    corpus = framing.Corpus(df)
    mb = _mb(df)
    out = {"data": source, "articles": len(df), "megabytes": round(mb, 2)}
    for name in ["captives", "casualties", "attribution"]:
        lex = load_lexicon(name)
        t = time.perf_counter()
        ours = count_terms(corpus, lex, by="doc", voice="all")
        t_ours = time.perf_counter() - t
        t = time.perf_counter()
        base = baseline_terms(df, lex)
        t_base = time.perf_counter() - t
        out[name] = {"framing_s": round(t_ours, 3), "framing_MB_per_s": round(mb / t_ours, 1),
                     "baseline_s": round(t_base, 3), "baseline_MB_per_s": round(mb / t_base, 2),
                     "speedup": round(t_base / t_ours, 1),
                     "framing_matches": int(ours["count"].sum()), "baseline_matches": int(sum(base.values()))}
    return out


BENCHES = {"terms": bench_terms}


def main(argv: list[str]) -> None:
    names = argv or list(BENCHES)
    results_path = ROOT / "benchmarks" / "results.json"
    results = json.loads(results_path.read_text()) if results_path.exists() else {}
    results["machine"] = {"python": platform.python_version(), "cpus": os.cpu_count(),
                          "platform": platform.platform(), "framing": framing.__version__}
    for name in names:
        print(f"[bench] {name} …", file=sys.stderr, flush=True)
        t = time.perf_counter()
        results[name] = BENCHES[name]()
        results[name]["wall_s"] = round(time.perf_counter() - t, 2)
        print(json.dumps({name: results[name]}, ensure_ascii=False, indent=1))
    from framing._io import atomic_path
    with atomic_path(results_path) as tmp:
        tmp.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
