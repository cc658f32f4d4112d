"""Dask engine scaling: the same verbs on the local engine and on a LocalCluster of 1 and 2 workers.

    python benchmarks/dask_scale.py [--articles N] [--data TABLE] [--out FILE.json]

Builds (in a temporary folder, never in the repository) a corpus of N articles by repeating the
rows of TABLE (default: the SaudiNewsNet sample under $FRAMING_SHARED) with new ids and dates
shifted by the span of the table, writes it as a corpus directory and as a partitioned dataset,
then times (on the corpus directory) ``count_terms`` (captives), ``term_shares`` by outlet and ``keyness`` by outlet:
local engine with ``jobs=1`` (one core), then ``framing.dask`` on a LocalCluster of 1 and 2 worker
processes (the cluster's start-up is not counted; each verb is run once to warm the workers first).
Checks that every Dask table equals the local one.  Wall-clock seconds, and CPU seconds of the
client and of each worker (how the work was split, whatever the load of a shared machine); the
machine and its load average are recorded.
"""
from __future__ import annotations

import argparse
import inspect
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import framing  # noqa: E402
import framing.dask as fd  # noqa: E402


def corpus_of(table: Path, n: int, where: Path) -> Path:
    df = framing.load(table).df
    dates = pd.to_datetime(df["published"].astype("string").str.slice(0, 10), errors="coerce")
    span = (dates.max() - dates.min()).days + 1
    parts, k = [], 0
    while sum(map(len, parts)) < n:
        shifted = (dates + pd.Timedelta(days=span * k)).dt.strftime("%Y-%m-%d")
        parts.append(df.assign(id=df["id"].astype(str) + f"-{k}", published=shifted))
        k += 1
    big = pd.concat(parts, ignore_index=True).head(n)
    framing.load(big).save(where / "corpus")
    framing.export_dataset(where / "corpus", where / "dataset")
    return where


VERBS = {
    "count_terms": lambda src, **kw: (framing.count_terms, fd.count_terms, (src, "captives"), kw),
    "term_shares": lambda src, **kw: (framing.term_shares, fd.term_shares, (src, "captives"), {"by": "outlet", **kw}),
    "keyness": lambda src, **kw: (framing.keyness, fd.keyness, (src,), {"by": "outlet", **kw}),
}


def _wall(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def _cpu_seconds() -> float:
    """CPU seconds (user + system) this process has used so far."""
    import resource
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _workers_cpu(client) -> dict:
    return client.run(_cpu_seconds)


def main(argv=None) -> int:
    import distributed
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--data", default=os.path.join(os.environ.get("FRAMING_SHARED", "/work/shared"),
                                                  "data", "saudinewsnet", "sample.jsonl"))
    ap.add_argument("--out", default=None)
    a = ap.parse_args(argv)
    res = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform(),
                       "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                       "load_average_at_start": os.getloadavg()},
           "articles": a.articles, "data": Path(a.data).name, "seconds": {}}
    with tempfile.TemporaryDirectory(prefix="framing-dask-bench-") as tmp:
        where = corpus_of(Path(a.data), a.articles, Path(tmp))
        src = str(where / "corpus")          # a corpus directory: the workers read its row groups
        res["megabytes_text"] = round(sum(len(str(t).encode()) for c in ("title", "text")
                                          for t in framing.load(where / "corpus").df[c].fillna("")) / 1e6, 1)
        local = {}
        for name, make in VERBS.items():
            fn, _, args, kw = make(src)
            if "jobs" in inspect.signature(fn).parameters:
                kw = {**kw, "jobs": 1}
            c0 = _cpu_seconds()
            t, local[name] = _wall(lambda: fn(*args, **kw))
            res["seconds"].setdefault(name, {})["local_jobs1"] = round(t, 2)
            res.setdefault("cpu_seconds", {}).setdefault(name, {})["local_jobs1"] = round(_cpu_seconds() - c0, 2)
        for workers in (1, 2):
            with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                          scheduler_port=0, dashboard_address=None) as cl, distributed.Client(cl) as c:
                for name, make in VERBS.items():
                    _, twin, args, kw = make(src)
                    twin(*args, scheduler=c, **kw)                          # warm the workers
                    w0, c0 = _workers_cpu(c), _cpu_seconds()
                    t, out = _wall(lambda: twin(*args, scheduler=c, **kw))
                    w1, c1 = _workers_cpu(c), _cpu_seconds()
                    pd.testing.assert_frame_equal(pd.DataFrame(local[name]), pd.DataFrame(out))
                    res["seconds"][name][f"dask_{workers}_workers"] = round(t, 2)
                    res["cpu_seconds"][name][f"dask_{workers}_workers"] = {
                        "client": round(c1 - c0, 2), "workers": sorted(round(w1[k] - w0[k], 2) for k in w1)}
        res["load_average_at_end"] = os.getloadavg()
    text = json.dumps(res, indent=2, ensure_ascii=False)
    print(text)
    if a.out:
        Path(a.out).write_text(text + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
