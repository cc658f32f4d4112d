"""`make bench`: every stage of framing, whole commands, beside the code a user would otherwise write.

    python benchmarks/run.py                         # generated corpora of 10,000 and 50,000 articles
    python benchmarks/run.py --sizes 1000000         # a million (≈2.6 GB of text; `make bench BIG=1`)
    python benchmarks/run.py --sizes 10000 --data ../shared/data/saudinewsnet/full.jsonl.gz
    python benchmarks/run.py --sizes 200 --stages terms --out /tmp/r.json   # a quick check

Corpora come from ``benchmarks/generate.py`` (deterministic by ``--seed``; written to ``--workdir``,
reused when already there) and from any real table given with ``--data`` (repeatable).  Each stage
is the command-line verb a user runs, in its own process, measured from outside: wall time, CPU
time (user + system, workers included), peak RSS of its largest process (``os.wait4``), and the
sum of the RSS of its process tree sampled every 0.1 s (``psutil``, when installed; forked
workers' shared pages are counted in each, so an upper bound).  Throughput: MB of text (UTF-8
titles + texts, 10^6 bytes) and articles per second of wall time.

Stages: ``ingest`` (the JSONL.gz table to a corpus directory), ``terms`` (``--lexicon captives --by
outlet``), ``kwic`` (``--lexicon captives``), ``keyness`` (every outlet, top 20), ``events`` (events
and wire copies), ``report`` (PDF, ``--lexicon captives``; only up to ``--report-max`` articles).
Baselines, each a process of its own too: the camel-tools hand loop for terms (on at most
``--baseline-max`` articles), scikit-learn ``CountVectorizer`` + numpy log-odds for keyness, dense
all-pairs cosine for events (5,000 articles), scattertext when it is installed.  ``--jobs 1``
against ``--jobs 2`` and the local engine against ``--engine dask`` run when the installed framing
has those options (otherwise the result says "not available" and why).

Results go to ``benchmarks/results.json`` (``--out``).  Nothing here is asserted: timings on a
shared machine are noisy, and timed assertions do not belong in tests.
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
STAGES = ["ingest", "terms", "kwic", "keyness", "events", "report"]
#: stages compared --jobs 1 / --jobs 2 and local / --engine dask (when framing offers the option);
#: ingest and kwic are offered too (``--variant-stages``), left out by default to keep `make bench` short
VARIANT_STAGES = ["terms", "keyness"]
DEFAULT_SIZES = [10_000, 50_000]       # 50,000 ≈ 130 MB of text: above the 100 MB of the --jobs target
#: the framing source tree the stages run (``--framing``; default: this checkout)
SRC = [ROOT]


# -- measuring a command from outside ----------------------------------------------------------
def _tree_rss(proc) -> int:
    """Bytes resident in ``proc`` and its descendants now (0 when it is gone)."""
    try:
        return sum(p.memory_info().rss for p in [proc] + proc.children(recursive=True))
    except Exception:           # a worker ended between listing and reading: skip this sample
        return 0


def measure(cmd: list[str], log: Path) -> dict:
    """Run ``cmd`` (stdout and stderr to ``log``): ``wall_s, cpu_s, peak_rss_mb`` (largest process,
    workers included), ``tree_rss_mb`` (largest sampled sum over the process tree, or None) and
    ``error`` (last line of stderr) when it failed."""
    try:
        import psutil
    except ImportError:
        psutil = None
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(SRC[0]), os.environ.get("PYTHONPATH")])))
    t0, tree = time.perf_counter(), 0
    with open(log, "w") as f:
        p = subprocess.Popen(cmd, stdout=f, stderr=subprocess.STDOUT, env=env, cwd=SRC[0])
        handle = psutil.Process(p.pid) if psutil else None
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            tree = max(tree, _tree_rss(handle)) if handle else 0
            time.sleep(0.1)
    p.returncode = os.waitstatus_to_exitcode(status)
    out = {"wall_s": round(time.perf_counter() - t0, 2), "cpu_s": round(ru.ru_utime + ru.ru_stime, 2),
           "peak_rss_mb": round(ru.ru_maxrss / 1024), "tree_rss_mb": round(tree / 2**20) if psutil else None}
    if p.returncode:
        lines = [ln for ln in log.read_text(errors="replace").splitlines() if ln.strip()]
        out["error"] = (lines or [f"exit {p.returncode}"])[-1][:300]
    return out


def _rates(m: dict, mb: float, n: int) -> dict:
    if "error" not in m and m["wall_s"] > 0:
        m.update(mb_per_s=round(mb / m["wall_s"], 2), articles_per_s=round(n / m["wall_s"]),
                 mb_per_cpu_s=round(mb / m["cpu_s"], 2) if m["cpu_s"] > 0 else None)
    return m


# -- what the installed framing offers -------------------------------------------------------
def _options(verb: str) -> set[str]:
    """Long option names of ``framing VERB``."""
    from framing.cli import main as cli
    cmd = cli.commands.get(verb) if hasattr(cli, "commands") else None
    return {o for p in (cmd.params if cmd else []) for o in getattr(p, "opts", []) if o.startswith("--")}


def _dask_missing() -> str | None:
    """Why ``--engine dask`` cannot run here, or None."""
    if "--engine" not in _options("terms"):
        return "not available: this framing has no --engine option (issue 17, Dask engine not merged)"
    proc = subprocess.run([sys.executable, "-c", "import dask.dataframe, distributed"], capture_output=True,
                          text=True)
    if proc.returncode:
        return "not available: dask/distributed do not import: " + (proc.stderr.strip().splitlines() or ["?"])[-1]
    return None


# -- the runs ------------------------------------------------------------------------------------
def _cli(*args) -> list[str]:
    return [sys.executable, "-m", "framing.cli", *map(str, args)]


def stage_command(stage: str, table: Path, corpus: Path, work: Path) -> list[str]:
    """The command line of one stage (``corpus`` is written by ingest, read by the others)."""
    return {"ingest": _cli("ingest", table, "-o", corpus, "--quiet"),
            "terms": _cli("terms", corpus, "--lexicon", "captives", "--by", "outlet", "-o", work / "terms.csv"),
            "kwic": _cli("kwic", corpus, "--lexicon", "captives", "-o", work / "kwic.csv"),
            "keyness": _cli("keyness", corpus, "-o", work / "keyness.csv"),
            "events": _cli("events", corpus, "-o", work / "with-events"),
            "report": _cli("report", corpus, "--lexicon", "captives", "-o", work / "report.pdf")}[stage]


def _baseline_cmd(name: str, corpus: Path, limit: int) -> list[str]:
    return [sys.executable, str(ROOT / "benchmarks" / "baselines.py"), name, str(corpus), "--limit", str(limit)]


def run_baselines(corpus: Path, work: Path, n: int, args) -> dict:
    """The baselines on this corpus; each reports the articles and MB it read."""
    out = {}
    plan = {"terms_camel_hand_loop": args.baseline_max, "keyness_sklearn_logodds": n,
            "events_dense_cosine": 5_000, "keyness_scattertext": min(n, args.baseline_max)}
    for name, limit in plan.items():
        if name == "keyness_scattertext" and subprocess.run([sys.executable, "-c", "import scattertext"],
                                                            capture_output=True).returncode:
            out[name] = {"skipped": "not available: scattertext is not installed (not a dependency)"}
            continue
        if name == "events_dense_cosine" and "events" not in args.stages:
            continue
        log = work / f"baseline-{name}.log"
        m = measure(_baseline_cmd(name, corpus, limit), log)
        if "error" not in m:
            info = json.loads(log.read_text().strip().splitlines()[-1])
            m = _rates({**info, **m}, info["megabytes"], info["articles"])
        out[name] = m
        _say(f"    baseline {name}: {m}")
    return out


def _stage_run(stage, extra, table, corpus, work, mb, n) -> dict:
    """One stage with extra options (none, ``--jobs 2``, ``--engine dask``) measured, with its rates and
    ``command`` (log ``WORK/<stage><extra>.log``)."""
    cmd = stage_command(stage, table, corpus, work) + list(extra)
    m = _rates(measure(cmd, work / f"{stage}{''.join(extra)}.log"), mb, n)
    m["command"] = " ".join(cmd[2:]).replace(str(work), "WORK")
    return m


def _variant(stage, extra, table, corpus, work, mb, n) -> dict:
    """:func:`_stage_run` on a copy of the corpus for ingest, so the measured corpus stays as it is."""
    target = work / "variant-corpus" if stage == "ingest" else corpus
    return _stage_run(stage, extra, table, target, work, mb, n)


def run_variants(table, corpus, work, mb, n, args, stages: dict) -> dict:
    """``--jobs 1`` vs ``--jobs 2`` and local vs ``--engine dask``, where framing offers them;
    ``local_over_dask``: the stage's default (local) wall time ÷ Dask's (``stages``: those runs)."""
    jobs, dask = {}, {}
    for stage in args.variant_stages:
        if "--jobs" not in _options(stage):
            jobs[stage] = {"skipped": f"not available: framing {stage} has no --jobs option"}
            continue
        jobs[stage] = {f"jobs_{k}": _variant(stage, ["--jobs", str(k)], table, corpus, work, mb, n) for k in (1, 2)}
        one, two = jobs[stage]["jobs_1"], jobs[stage]["jobs_2"]
        if "error" not in one and "error" not in two:
            jobs[stage]["speedup"] = round(one["wall_s"] / two["wall_s"], 2)
        _say(f"    jobs {stage}: {jobs[stage]}")
    missing = _dask_missing()
    for stage in args.variant_stages:
        if missing or "--engine" not in _options(stage):
            dask[stage] = {"skipped": missing or f"not available: framing {stage} has no --engine option"}
        else:
            dask[stage] = {"dask_local_cluster": _variant(stage, ["--engine", "dask"], table, corpus, work, mb, n)}
            local = stages.get(stage, {})
            if "wall_s" in local and "error" not in dask[stage]["dask_local_cluster"]:
                dask[stage]["local_over_dask"] = round(local["wall_s"] / dask[stage]["dask_local_cluster"]["wall_s"], 2)
        _say(f"    dask {stage}: {dask[stage]}")
    return {"jobs": jobs, "dask": dask}


def run_dataset(label: str, table: Path, work: Path, n: int, mb: float, args, runs: list) -> dict:
    """Every asked stage, the baselines and the variants on one table, appended to ``runs`` (and
    saved by ``args.checkpoint`` after each stage)."""
    corpus = work / "corpus"
    res = {"data": label, "articles": n, "megabytes": mb, "stages": {}}
    runs.append(res)
    for stage in args.stages:
        if stage == "report" and n > args.report_max:
            res["stages"][stage] = {"skipped": f"more than --report-max {args.report_max} articles"}
            continue
        if stage != "ingest" and not (corpus / "articles.parquet").exists():
            ingest = measure(stage_command("ingest", table, corpus, work), work / "ingest.log")
            if "error" in ingest:
                raise SystemExit(f"ingest of {table} failed: {ingest['error']}")
        m = res["stages"][stage] = _stage_run(stage, [], table, corpus, work, mb, n)
        args.checkpoint()
        _say(f"  {label} {stage}: {m['wall_s']} s, {m.get('mb_per_s')} MB/s, {m['peak_rss_mb']} MB"
             + (f" ERROR {m['error']}" if "error" in m else ""))
    res["baselines"] = run_baselines(corpus, work, n, args) if args.baselines else {}
    res["versus"] = versus(res)
    args.checkpoint()
    res.update(run_variants(table, corpus, work, mb, n, args, res["stages"]) if args.variants else {})
    args.checkpoint()
    return res


def versus(res: dict) -> dict:
    """framing against its baseline, by MB/s of wall and of CPU time (the baseline may have read
    fewer articles): ``terms_x_camel`` = framing's throughput ÷ the hand loop's (higher is better);
    ``keyness_time_÷_sklearn`` = framing's time ÷ the plain baseline's on the same articles (issue 17
    target: at most 1.2)."""
    st, bl, out = res["stages"], res["baselines"], {}
    pairs = {"terms_x_camel": ("terms", "terms_camel_hand_loop"), "keyness_x_sklearn": ("keyness", "keyness_sklearn_logodds")}
    for key, (stage, base) in pairs.items():
        a, b = st.get(stage, {}), bl.get(base, {})
        if "wall_s" in a and "wall_s" in b and "error" not in a and "error" not in b:
            mb_a, mb_b = res["megabytes"], b["megabytes"]
            out[key] = {"wall": round((mb_a / a["wall_s"]) / (mb_b / b["wall_s"]), 2),
                        "cpu": round((mb_a / a["cpu_s"]) / (mb_b / b["cpu_s"]), 2)}
    if "keyness_x_sklearn" in out:
        out["keyness_time_over_sklearn"] = {k: round(1 / v, 2) for k, v in out["keyness_x_sklearn"].items()}
    return out


def _table_size(path: Path) -> tuple[int, float]:
    """Articles and MB of titles + texts of a table or corpus, read once (for --data)."""
    import framing
    df = framing.load(path).df
    mb = sum(len(str(t).encode()) for col in ("title", "text") for t in df[col].fillna(""))
    return len(df), round(mb / 1e6, 2)


def growth(runs: list[dict]) -> dict:
    """Per stage over the generated sizes: wall time and peak RSS per size, and how much time grew
    relative to the number of articles (1.0 = linear)."""
    gen = sorted((r for r in runs if r["data"].startswith("generated")), key=lambda r: r["articles"])
    out = {}
    for stage in STAGES:
        pts = [(r["articles"], r["stages"][stage]) for r in gen
               if "wall_s" in r["stages"].get(stage, {}) and "error" not in r["stages"][stage]]
        if len(pts) < 2:
            continue
        (n0, a), (n1, b) = pts[0], pts[-1]
        out[stage] = {"articles": [n for n, _ in pts], "wall_s": [m["wall_s"] for _, m in pts],
                      "peak_rss_mb": [m["peak_rss_mb"] for _, m in pts],
                      "time_growth_per_article_growth": round((b["wall_s"] / a["wall_s"]) / (n1 / n0), 2)}
    return out


def machine() -> dict:
    import framing
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cores": os.cpu_count(), "ram_gb": round(mem, 1), "python": platform.python_version(),
            "platform": platform.platform(), "cpu": _cpu_name(), "framing": framing.__version__,
            "framing_tree": _git(SRC[0]), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}


def _git(tree: Path) -> str:
    """``branch@commit`` of the framing tree that ran (``+dirty`` with uncommitted changes)."""
    def git(*a):
        return subprocess.run(["git", "-C", str(tree), *a], capture_output=True, text=True).stdout.strip()
    head = git("rev-parse", "--short", "HEAD")
    return f"{git('rev-parse', '--abbrev-ref', 'HEAD')}@{head}{'+dirty' if git('status', '--porcelain', '-uno') else ''}" \
        if head else str(tree)


def _cpu_name() -> str:
    try:
        return next(ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo") if ln.startswith("model name"))
    except (OSError, StopIteration):
        return platform.processor()


# -- the table in benchmarks/README.md -------------------------------------------------------------
def _cell(m: dict, key: str):
    return "—" if m.get(key) is None else m[key]


def markdown(res: dict) -> str:
    """The results as Markdown tables: machine, stages, baselines, --jobs and Dask, growth with N."""
    mc = res["machine"]
    out = [f"Machine: {mc['cores']} cores ({mc['cpu']}), {mc['ram_gb']} GB RAM, Python {mc['python']}, "
           f"framing {mc['framing']}, {mc['date']}; load average at start {mc['load_average_at_start'][0]} "
           f"(`{res['command']}`).", "",
           "| data | articles | MB | stage | wall s | CPU s | MB/s | MB per CPU s | articles/s | peak RSS MB | tree RSS MB |",
           "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in res["runs"]:
        for stage, m in r["stages"].items():
            per_cpu = {"mb_per_cpu_s": round(r["megabytes"] / m["cpu_s"], 2) if m.get("cpu_s") else None}
            cells = ([m["skipped"]] + [""] * 6) if "skipped" in m else \
                [_cell({**m, **per_cpu}, k) for k in ("wall_s", "cpu_s", "mb_per_s", "mb_per_cpu_s", "articles_per_s",
                                                      "peak_rss_mb", "tree_rss_mb")]
            if "error" in m:
                cells[0] = f"error: {m['error'][:80]}"
            out.append(f"| {r['data']} | {r['articles']:,} | {r['megabytes']} | {stage} | " + " | ".join(map(str, cells)) + " |")
    out += ["", "| data | baseline | articles read | wall s | CPU s | MB/s | peak RSS MB | found |", "|---|---|---:|---:|---:|---:|---:|---|"]
    for r in res["runs"]:
        for name, m in r.get("baselines", {}).items():
            found = ", ".join(f"{k} {m[k]}" for k in ("matches", "rows", "events") if k in m)
            body = m.get("skipped") or m.get("error") or " | ".join(
                str(_cell(m, k)) for k in ("articles", "wall_s", "cpu_s", "mb_per_s", "peak_rss_mb"))
            out.append(f"| {r['data']} {r['articles']:,} | {name} | {body} | {found} |")
    out += ["", "| data | stage | variant | wall s | CPU s | MB/s | peak RSS MB | speedup (jobs 1 ÷ jobs 2; local ÷ Dask) |", "|---|---|---|---:|---:|---:|---:|---:|"]
    for r in res["runs"]:
        for kind in ("jobs", "dask"):
            for stage, row in r.get(kind, {}).items():
                if "skipped" in row:
                    out.append(f"| {r['data']} {r['articles']:,} | {stage} | {row['skipped']} | | | | | |")
                for v, m in ((k, v) for k, v in row.items() if isinstance(v, dict)):
                    cells = m.get("error") or " | ".join(str(_cell(m, k)) for k in ("wall_s", "cpu_s", "mb_per_s", "peak_rss_mb"))
                    out.append(f"| {r['data']} {r['articles']:,} | {stage} | {v} | {cells} | {row.get('speedup', row.get('local_over_dask', ''))} |")
    vs = [(r, k, v) for r in res["runs"] for k, v in r.get("versus", {}).items()]
    if vs:
        out += ["", "| data | framing ÷ baseline (throughput ratio; keyness: time ratio) | by wall time | by CPU time |",
                "|---|---|---:|---:|"]
        out += [f"| {r['data']} {r['articles']:,} | {k} | {v['wall']} | {v['cpu']} |" for r, k, v in vs]
    if res.get("growth"):
        out += ["", "| stage | articles | wall s | peak RSS MB | time growth ÷ article growth |", "|---|---|---|---|---:|"]
        for stage, g in res["growth"].items():
            out.append(f"| {stage} | {' → '.join(f'{n:,}' for n in g['articles'])} | {' → '.join(map(str, g['wall_s']))} | "
                       f"{' → '.join(map(str, g['peak_rss_mb']))} | {g['time_growth_per_article_growth']} |")
    return "\n".join(out) + "\n"


def write_readme_table(res: dict, readme: Path = ROOT / "benchmarks" / "README.md") -> None:
    """Replace the text between the results markers of ``readme`` with :func:`markdown`."""
    start, end = "<!-- results: written by benchmarks/run.py -->", "<!-- /results -->"
    text = readme.read_text("utf-8") if readme.exists() else f"{start}\n{end}\n"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        readme.write_text(f"{head}{start}\n{markdown(res)}{end}{rest.split(end, 1)[1]}", "utf-8")


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def parse(argv) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="framing benchmarks (see the module doc)")
    ap.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                    help="generated corpus sizes, comma-separated (0 or '' = none)")
    ap.add_argument("--data", action="append", default=[], type=Path, help="a real table or corpus (repeatable)")
    ap.add_argument("--stages", default=",".join(STAGES), help="comma-separated, from " + ",".join(STAGES))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "framing-bench")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.json")
    ap.add_argument("--report-max", type=int, default=10_000, help="largest corpus to run the report on")
    ap.add_argument("--baseline-max", type=int, default=10_000, help="articles given to the slow baselines")
    ap.add_argument("--framing", type=Path, default=ROOT, help="framing source tree to run (default: this checkout)")
    ap.add_argument("--no-baselines", dest="baselines", action="store_false")
    ap.add_argument("--no-variants", dest="variants", action="store_false", help="skip --jobs / dask runs")
    ap.add_argument("--variant-stages", default=",".join(VARIANT_STAGES),
                    help="stages run again with --jobs 1, --jobs 2 and --engine dask (ingest,terms,kwic,keyness)")
    args = ap.parse_args(argv)
    args.sizes = [int(s) for s in args.sizes.replace("_", "").split(",") if s.strip() and int(s)]
    args.stages = [s for s in args.stages.split(",") if s]
    args.variant_stages = [s for s in args.variant_stages.split(",") if s in args.stages]
    if bad := set(args.stages) - set(STAGES):
        ap.error(f"unknown stage(s): {', '.join(sorted(bad))}")
    return args


def save(results: dict, out: Path, complete: bool) -> None:
    """Write ``results`` to ``out`` atomically (``complete`` false while the run goes on, so an
    interrupted run keeps what it measured); the default file also updates benchmarks/README.md."""
    results["complete"] = complete
    results["growth"] = growth(results["runs"])
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", "utf-8")
    os.replace(tmp, out)
    if complete and out.resolve() == (ROOT / "benchmarks" / "results.json").resolve():
        write_readme_table(results)


def _generated(n: int, args) -> tuple[Path, Path, dict]:
    """(work folder, table, ``{articles, megabytes}``) of the generated corpus of ``n`` articles
    (made once per size and seed in --workdir)."""
    from generate import write
    work = args.workdir / f"gen-{n}-seed{args.seed}"
    work.mkdir(parents=True, exist_ok=True)
    table, t = work / "articles.jsonl.gz", time.perf_counter()
    info = json.loads((work / "table.json").read_text()) if table.exists() and (work / "table.json").exists() \
        else write(table, n, args.seed)
    (work / "table.json").write_text(json.dumps(info))
    _say(f"[bench] generated {n} articles, {info['megabytes']} MB ({time.perf_counter() - t:.0f} s)")
    return work, table, info


def main(argv=None) -> dict:
    if argv and argv[0] == "--table":          # print the tables of a results file
        res = json.loads(Path(argv[1] if len(argv) > 1 else ROOT / "benchmarks" / "results.json").read_text("utf-8"))
        return print(markdown(res))
    args = parse(argv)
    SRC[0], args.workdir = args.framing.resolve(), args.workdir.resolve()   # children run in SRC[0]
    sys.path.insert(0, str(SRC[0]))
    # byte-compile framing once, as an installed package is: under PYTHONDONTWRITEBYTECODE (set on some
    # machines) every command would otherwise compile each module again, ~0.1 s a command that users don't pay
    compileall.compile_dir(str(SRC[0] / "framing"), quiet=1)
    results = {"machine": machine(), "command": "python benchmarks/run.py " + " ".join(argv or sys.argv[1:]),
               "note": "wall times on a machine shared with other jobs are noisy; see load_average_at_start",
               "runs": []}
    args.checkpoint = lambda: save(results, args.out, complete=False)
    for n in args.sizes:
        work, table, info = _generated(n, args)
        run_dataset(f"generated (seed {args.seed})", table, work, n, info["megabytes"], args, results["runs"])
    for data in args.data:
        work = args.workdir / f"data-{data.name}"
        work.mkdir(parents=True, exist_ok=True)
        n, mb = _table_size(data)
        table = data / "articles.parquet" if data.is_dir() else data      # a corpus: re-ingest its table
        run_dataset(data.name, table.resolve(), work, n, mb, args, results["runs"])
    save(results, args.out, complete=True)
    _say(f"[bench] wrote {args.out}")
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
