"""`make bench`: framing side by side with the code a user would otherwise write, in one run.

Writes ``benchmarks/results.json``. Data: ``--data FILE`` (a corpus directory or a JSONL/CSV/
Parquet table, e.g. the SaudiNewsNet sample: 2,000 real articles, ≈6.4 MB); without it, a corpus
generated deterministically from the bundled demo pages (ingested, then replicated ×40 with new
ids), so a fresh clone benchmarks without anything outside the repository.  Nothing here is
asserted: the numbers are reported (timed assertions do not belong in tests).
Each benchmark runs in its own process, so peak memory (``peak_rss_mb``) is its own.

* ``terms``    lexicon counting (normalise + tokenise + match + count, own/quoted voice) in MB/s of
               CPU time on one core, against the hand loop a camel-tools user would write
               (simple_word_tokenize + normalisers + trying clitic prefixes and suffixes per token);
* ``events``   event clustering and wire copies of 100,000 articles (the sample replicated with
               shifted dates), time and peak memory, and the same at 25,000 (memory growth per article),
               against all-pairs dense TF-IDF cosine + connected components on a 5,000-article slice
               (what a user would write; it cannot run at 100,000: the n×n matrix alone is 80 GB);
* ``keyness``  keyness of 100,000 articles once tokens are counted, against a Counter-per-outlet loop;
* ``report``   the demo report end to end, and a report on 10,000 articles.

Run some with ``python benchmarks/run.py terms keyness``; on real data with
``python benchmarks/run.py --data ../shared/data/saudinewsnet/sample.jsonl``.
"""
from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: the --data table, handed to each benchmark's own process
DATA_ENV = "FRAMING_BENCH_DATA"


def _articles():
    """The benchmark articles as a DataFrame and a description of where they come from."""
    import pandas as pd

    import framing
    data = os.environ.get(DATA_ENV)
    if data:
        c = framing.load(data)
        return c.df, f"{Path(data).name} ({len(c)} articles, {len(c.outlets)} outlets)"
    with tempfile.TemporaryDirectory() as tmp:
        df = framing.ingest_to_corpus([ROOT / "corpora" / "demo" / "pages"], Path(tmp) / "c", progress=False).df
    return pd.concat([df.assign(id=df["id"] + f"-{k}") for k in range(40)], ignore_index=True), "demo corpus ×40"


def _replicate(df, n: int):
    """``n`` articles: copies of ``df`` with new ids and dates shifted by the span of ``df`` + 1 day."""
    import pandas as pd
    dates = pd.to_datetime(df["published"].str.slice(0, 10), errors="coerce")
    span = (dates.max() - dates.min()).days + 1
    parts, k = [], 0
    while sum(map(len, parts)) < n:
        shifted = (dates + pd.Timedelta(days=span * k)).dt.strftime("%Y-%m-%d")
        parts.append(df.assign(id=df["id"] + f"-{k}", published=shifted, event_id=None))
        k += 1
    return pd.concat(parts, ignore_index=True).head(n)


def _mb(df) -> float:
    """UTF-8 size of titles and texts, in MB (10^6 bytes)."""
    return sum(len(t.encode()) for col in ("title", "text") for t in df[col].fillna("")) / 1e6


def _cpu(fn, repeat: int = 1):
    """(best CPU seconds of this process over ``repeat`` runs, last result)."""
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.process_time()
        out = fn()
        best = min(best, time.process_time() - t)
    return best, out


def _wall(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


# -- baselines: what a user would write without framing ------------------------------------------
def camel_hand_loop(df, lexicon) -> dict:
    """Per-term counts with camel-tools the obvious way: tokenise, normalise each token, strip
    clitic prefixes and suffixes until the rest is a form (no voice, no multi-word forms)."""
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (normalize_alef_ar, normalize_alef_maksura_ar,
                                             normalize_teh_marbuta_ar)

    def norm(w):
        return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(w)))).replace("ـ", "")

    forms = {norm(f).lower(): t.id for t in lexicon.terms for f in t.forms if " " not in f}
    prefixes = ["", "و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "وك", "فب",
                "فل", "وبال", "وكال", "ولل", "فبال", "فلل"]
    suffixes = ["", "ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ي"]
    counts: dict = {}
    for title, text in zip(df["title"].fillna(""), df["text"].fillna("")):
        for tok in simple_word_tokenize(title + "\n" + text):
            w = norm(tok).lower()
            hit = next((forms[c[:len(c) - len(s)]] for p in prefixes if w.startswith(p)
                        for c in [w[len(p):]] for s in suffixes
                        if c.endswith(s) and c[:len(c) - len(s)] in forms), None)
            if hit:
                counts[hit] = counts.get(hit, 0) + 1
    return counts


def dense_events_baseline(df, threshold: float = 0.3) -> int:
    """All-pairs cosine on TF-IDF (dense n×n) and connected components: returns the event count."""
    from scipy.sparse.csgraph import connected_components
    from sklearn.feature_extraction.text import TfidfVectorizer
    X = TfidfVectorizer(sublinear_tf=True).fit_transform(df["title"].fillna("") + " " + df["text"].fillna(""))
    sim = (X @ X.T).toarray()
    return connected_components(sim >= threshold, directed=False)[0]


def counter_keyness_baseline(df) -> int:
    """Log-odds with a Dirichlet prior per outlet via Python Counters (Monroe et al.), words split on spaces."""
    import math
    from collections import Counter
    per = {o: Counter(w for t in g["text"].fillna("") for w in t.split()) for o, g in df.groupby("outlet")}
    total = Counter()
    for c in per.values():
        total.update(c)
    a0, n_all = 1000.0, sum(total.values())
    rows = 0
    for o, c in per.items():
        n_t = sum(c.values())
        n_r = n_all - n_t
        for w, tot in total.items():
            a = a0 * tot / n_all
            y_t, y_r = c.get(w, 0), tot - c.get(w, 0)
            d = (math.log((y_t + a) / (n_t + a0 - y_t - a)) - math.log((y_r + a) / (n_r + a0 - y_r - a)))
            _z = d / math.sqrt(1 / (y_t + a) + 1 / (y_r + a))
            rows += 1
    return rows


# -- benchmarks ----------------------------------------------------------------------------------
def bench_terms() -> dict:
    import framing
    from framing import count_terms, load_lexicon
    df, source = _articles()
    corpus, mb = framing.Corpus(df), _mb(df)
    out = {"data": source, "articles": len(df), "megabytes": round(mb, 2), "unit": "MB/s of CPU time, one core"}
    for name in ["captives", "casualties", "attribution"]:
        lex = load_lexicon(name)
        count_terms(corpus.filter(outlet=corpus.outlets[0]), lex)            # warm caches and imports
        t_ours, ours = _cpu(lambda: count_terms(corpus, lex, voice="all"), repeat=3)
        camel_hand_loop(df.head(20), lex)
        t_base, base = _cpu(lambda: camel_hand_loop(df, lex))
        out[name] = {"framing_s": round(t_ours, 3), "framing_MB_per_s": round(mb / t_ours, 1),
                     "baseline_s": round(t_base, 3), "baseline_MB_per_s": round(mb / t_base, 2),
                     "speedup": round(t_base / t_ours, 1),
                     "framing_matches": int(ours["count"].sum()), "baseline_matches": int(sum(base.values()))}
    return out


def _events_at(n: int) -> dict:
    """Events then wire copies of ``n`` replicated articles, in this (fresh) process."""
    import framing
    from framing.events import assign_events, find_copies
    df, _ = _articles()
    corpus = framing.Corpus(_replicate(df, n))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t, res = _wall(lambda: assign_events(corpus))
    t_copies, copies = _wall(lambda: find_copies(res))
    return {"articles": n, "events_s": round(t, 1), "copies_s": round(t_copies, 1),
            "events_plus_copies_s": round(t + t_copies, 1),
            "events": int(res.df["event_id"].nunique()), "copies": int(copies["copy_of"].notna().sum()),
            "rss_with_corpus_mb": round(rss),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "peak_rss_worker_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)}


def bench_events() -> dict:
    import framing
    from framing.events import assign_events
    df, source = _articles()
    # each size in a fresh process, so each peak memory is its own
    sizes = {}
    for n in (25_000, 100_000):
        proc = subprocess.run([sys.executable, __file__, "--events-at", str(n)], capture_output=True, text=True,
                              check=True)
        sizes[n] = json.loads(proc.stdout.strip().splitlines()[-1])
    small = _replicate(df, 5_000)
    t_small, _ = _wall(lambda: assign_events(framing.Corpus(small)))
    t_base, n_base = _wall(lambda: dense_events_baseline(small))
    big, quarter = sizes[100_000], sizes[25_000]
    growth = (big["peak_rss_mb"] - big["rss_with_corpus_mb"]) - (quarter["peak_rss_mb"] - quarter["rss_with_corpus_mb"])
    return {"data": f"{source}, replicated with shifted dates",
            "events_plus_copies_s": big["events_plus_copies_s"], "peak_rss_100000_mb": big["peak_rss_mb"],
            "at_100000": big, "at_25000": quarter,
            "working_memory_growth_mb_per_10k_articles": round(growth / 7.5, 1),
            "memory_note": "at_N.peak_rss_mb: the process that ran events and copies on N articles (corpus "
                           "included); peak_rss_worker_mb: its largest forked tokenising worker, whose pages "
                           "are mostly shared with it (copy-on-write); peak_rss_mb below: the process that ran "
                           "the 5,000-article slice and the dense baseline",
            "slice_articles": len(small), "framing_slice_s": round(t_small, 2),
            "baseline_dense_slice_s": round(t_base, 2), "baseline_events": int(n_base),
            "baseline_note": "dense n×n cosine: 0.2 GB at 5,000 articles, 80 GB at 100,000 (not run)"}


def bench_keyness() -> dict:
    import framing
    from framing.features import term_matrix
    from framing import keyness
    df, source = _articles()
    big = _replicate(df, 100_000)
    t_count, m = _wall(lambda: term_matrix(framing.Corpus(df)))
    # 100,000 articles once tokens are counted: stack the sample's matrices (same terms)
    import dataclasses

    import scipy.sparse as sp
    reps = -(-len(big) // len(df))
    mbig = dataclasses.replace(m, X=sp.vstack([m.X] * reps).tocsr()[:len(big)],
                               S=sp.vstack([m.S] * reps).tocsr()[:len(big)],
                               docs=big.drop(columns=["title", "text"]).reset_index(drop=True))
    corpus_big = framing.Corpus(big)
    t_key, table = _wall(lambda: keyness(corpus_big, by="outlet", top=20, matrix=mbig))
    t_base, rows = _wall(lambda: counter_keyness_baseline(big))
    return {"data": f"{source}, 100,000 articles", "articles": len(big), "count_sample_s": round(t_count, 2),
            "framing_keyness_s": round(t_key, 2), "rows": len(table),
            "baseline_counter_loop_s": round(t_base, 1), "baseline_rows": rows,
            "speedup": round(t_base / t_key, 1)}


def bench_report() -> dict:
    import framing
    from framing.events import assign_events
    from framing.report import build_report
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t, _ = _wall(lambda: subprocess.run(
            [sys.executable, "-m", "framing.cli", "ingest", str(ROOT / "corpora" / "demo" / "pages"), "-o",
             str(tmp / "demo"), "--quiet"], check=True))
        t_ev, _ = _wall(lambda: subprocess.run([sys.executable, "-m", "framing.cli", "events", str(tmp / "demo")],
                                               check=True, capture_output=True))
        t_rep, _ = _wall(lambda: subprocess.run(
            [sys.executable, "-m", "framing.cli", "report", str(tmp / "demo"), "--lexicon", "captives",
             "--lexicon", "casualties", "--lexicon", "ukraine_war", "--lexicon", "attribution",
             "--within-events", "-o", str(tmp / "demo.pdf"), "--html", str(tmp / "demo.html")], check=True))
        out["demo"] = {"ingest_s": round(t, 2), "events_s": round(t_ev, 2), "report_s": round(t_rep, 2)}
        df, source = _articles()
        big = _replicate(df, 10_000)
        corpus = assign_events(framing.Corpus(big))
        t_big, _ = _wall(lambda: build_report(corpus, ["captives", "casualties"], within_events=True,
                                              pdf=tmp / "big.pdf"))
        out["10k"] = {"data": f"{source} replicated to 10,000", "report_s": round(t_big, 1)}
    return out


BENCHES = {"terms": bench_terms, "events": bench_events, "keyness": bench_keyness, "report": bench_report}


def _child(name: str) -> None:
    res = BENCHES[name]()
    res["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(res, ensure_ascii=False))


def main(argv: list[str]) -> None:
    if "--data" in argv:
        k = argv.index("--data")
        if k + 1 >= len(argv):
            sys.exit("--data needs a corpus directory or a table file")
        os.environ[DATA_ENV] = str(Path(argv[k + 1]).resolve())
        argv = argv[:k] + argv[k + 2:]
    if argv[:1] == ["--child"]:
        return _child(argv[1])
    if argv[:1] == ["--events-at"]:
        return print(json.dumps(_events_at(int(argv[1]))))
    names = argv or list(BENCHES)
    results_path = ROOT / "benchmarks" / "results.json"
    results = json.loads(results_path.read_text("utf-8")) if results_path.exists() else {}
    import framing
    results["machine"] = {"python": platform.python_version(), "cpus": os.cpu_count(),
                          "platform": platform.platform(), "framing": framing.__version__,
                          "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    for name in names:
        print(f"[bench] {name} …", file=sys.stderr, flush=True)
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, __file__, "--child", name], capture_output=True, text=True)
        if proc.returncode:
            results[name] = {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1]}
        else:
            results[name] = json.loads(proc.stdout.strip().splitlines()[-1])
        results[name]["wall_s"] = round(time.perf_counter() - t, 1)
        print(json.dumps({name: results[name]}, ensure_ascii=False, indent=1))
    tmp = results_path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", "utf-8")
    os.replace(tmp, results_path)


if __name__ == "__main__":
    main(sys.argv[1:])
