"""benchmarks/: the corpus generator (deterministic, streamed, readable by framing, boilerplate only
where it was put) and the bench harness on a tiny corpus (the structure of results.json; no timings
asserted)."""
from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gen():
    return _module("generate")


def test_generator_is_deterministic_by_seed_and_readable(gen, tmp_path):
    a = list(gen.generate(50, seed=1))
    assert a == list(gen.generate(50, seed=1))
    assert a != list(gen.generate(50, seed=2))
    info = gen.write(tmp_path / "g.jsonl.gz", 200, seed=1)
    assert info["articles"] == 200 and info["megabytes"] > 0.2

    import framing
    corpus = framing.load(tmp_path / "g.jsonl.gz")
    assert len(corpus) == 200 and corpus.df["id"].is_unique
    assert len(corpus.outlets) >= 10
    dates = corpus.df["published"].str.slice(0, 7)
    assert dates.nunique() >= 10                       # spread over the year, not one week


def test_generated_text_varies_and_only_footers_are_boilerplate(gen):
    from framing.text.boilerplate import find_boilerplate
    arts = list(gen.generate(3000, seed=0))
    found = find_boilerplate((a["outlet"], a["text"]) for a in arts).table()
    assert set(found.loc[found["kind"] == "line", "text"]) <= set(gen.FOOTERS)
    paragraphs = Counter(p for a in arts for p in a["text"].split("\n\n"))
    footers = sum(paragraphs[f] for f in gen.FOOTERS)
    assert max(n for p, n in paragraphs.items() if p not in gen.FOOTERS) < 0.01 * len(arts)
    assert footers > 0
    text = " ".join(a["text"] for a in arts)
    assert "والرهائن" in text or "للرهائن" in text or "بالرهائن" in text     # clitic variants
    assert "ـ" in text                                                        # tatweel habits


def test_baselines_count_on_a_small_table(gen, tmp_path):
    import pandas as pd

    from framing import load_lexicon
    base = _module("baselines")
    df = pd.DataFrame(list(gen.generate(300, seed=4)))[["outlet", "title", "text"]]
    assert sum(base.camel_hand_loop(df, load_lexicon("captives")).values()) > 0
    assert base.sklearn_logodds(df, top=5) == 5 * df["outlet"].nunique()


def test_harness_writes_results_on_a_tiny_corpus(tmp_path):
    run = _module("run")
    out = tmp_path / "results.json"
    res = run.main(["--sizes", "200", "--stages", "terms", "--no-baselines", "--no-variants",
                    "--workdir", str(tmp_path / "w"), "--out", str(out)])
    assert json.loads(out.read_text("utf-8")) == json.loads(json.dumps(res))
    assert {"cores", "ram_gb", "python", "date"} <= set(res["machine"])
    (one,) = res["runs"]
    assert one["articles"] == 200 and one["megabytes"] > 0
    terms = one["stages"]["terms"]
    assert "error" not in terms, terms
    assert {"wall_s", "cpu_s", "peak_rss_mb", "mb_per_s", "articles_per_s", "command"} <= set(terms)
    assert terms["peak_rss_mb"] > 10
    assert (tmp_path / "w" / "gen-200-seed0" / "terms.csv").exists()
    assert res["complete"] is True and "jobs" not in one
    # the --jobs / Dask rows run only when this framing offers them, otherwise say why
    missing = run._dask_missing()
    assert missing is None or missing.startswith("not available")


def test_voice_profile_prints_the_same_digest_as_the_scan_it_times(gen, tmp_path, capsys):
    gen.write(tmp_path / "g.jsonl.gz", 300, seed=3)
    prof = _module("voice_profile")
    prof.main([str(tmp_path / "g.jsonl.gz"), "-n", "300"])
    out = capsys.readouterr().out
    assert "300 articles" in out and "with voice" in out and "md5 " in out
    assert "voice_spans" in out and "_verb_event" in out      # the voice rules ran (captives matches)
