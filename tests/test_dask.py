"""The Dask engine (framing.dask, --engine dask) gives the tables of the local engine.

One ``distributed.LocalCluster`` (2 worker processes, one thread each, loopback, no dashboard)
serves the whole module.  Corpora: the demo corpus (ingested from corpora/demo/pages) and a
generated one of fictional outlets, as a corpus directory and as a partitioned dataset.
"""
from __future__ import annotations

import collections
import functools
from pathlib import Path

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.dataframe")

import framing  # noqa: E402
import framing.dask as fd  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  scheduler_port=0, dashboard_address=None) as c, distributed.Client(c) as client:
        yield client


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "corpus"
    framing.ingest_to_corpus([ROOT / "corpora" / "demo" / "pages"], out, progress=False)
    return out


_WORDS = ["الرهائن", "المحتجزين", "الأسرى", "قتلى", "شهداء", "الغزو", "العملية", "العسكرية", "الخاصة",
          "قال", "إن", "المتحدث", "الميناء", "المدينة", "السفينة", "وصلت", "اليوم", "أمس"]


_FOOTER = "تابعوا نشرتنا الأسبوعية"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A corpus of 1,200 short articles of three fictional outlets over three months (row groups of
    5,000 rows: one partition as a directory; nine as a dataset), deterministic; one outlet closes
    every article with the footer :data:`_FOOTER` (boilerplate)."""
    import random
    rnd = random.Random(7)
    rows = []
    for i in range(1200):
        outlet = ["صحيفة الساحل", "وكالة الشمال", "Harbor Post"][i % 3]
        words = [rnd.choice(_WORDS) for _ in range(rnd.randint(8, 30))]
        if i % 5 == 0:
            words[3:3] = ["وقال", "المتحدث", "«", "أطلقوا", "الرهائن", "»"]
        rows.append({"id": f"g{i:05d}", "outlet": outlet, "published": f"2024-{1 + i // 3 % 3:02d}-{1 + i % 27:02d}",
                     "title": " ".join(words[:4]),
                     "text": " ".join(words) + (f"\n\n{_FOOTER}" if outlet == "صحيفة الساحل" else "")})
    root = tmp_path_factory.mktemp("gen")
    framing.load(pd.DataFrame(rows)).save(root / "corpus")
    framing.export_dataset(root / "corpus", root / "dataset")
    return root


def _toy_plan(fold):
    Plan = collections.namedtuple("Plan", "part combine finish columns fold")
    return Plan(_count_outlets, _sum_counters, dict, ("outlet",), fold)


def _count_outlets(df):
    return collections.Counter(df["outlet"].astype(str))


def _sum_counters(parts):
    return functools.reduce(lambda a, b: a + b, parts, collections.Counter())


def _tagged(df):
    return "raw", collections.Counter(df["outlet"].astype(str))


def _in_order(parts):
    """A combine that, like the boilerplate tallies, takes a merged partial only in first place."""
    assert all(kind == "raw" for kind, _ in parts[1:]), [kind for kind, _ in parts]
    return "merged", functools.reduce(lambda a, b: a + b[1], parts, collections.Counter())


def test_folding_merges_in_partition_order_with_the_merged_partial_first(cluster, generated):
    """Nine partitions folded by two: merged partials never meet each other (the boilerplate
    tallies of ``framing terms`` keep a line's text only once it is seen twice, so two merged
    tallies cannot be merged: a tree of merges raised KeyError on a 10,000-article corpus)."""
    Plan = collections.namedtuple("Plan", "part combine finish columns fold")
    with fd.client(cluster):
        got = fd.run(generated / "dataset", Plan(_tagged, _in_order, lambda p: dict(p[1]), ("outlet",), 2))
    assert got == {"صحيفة الساحل": 400, "وكالة الشمال": 400, "Harbor Post": 400}


def test_two_merged_boilerplate_tallies_are_refused_not_miscounted():
    from framing.text.boilerplate import merge_tallies, tally
    a = tally([("o", "خبر\nتابعونا على المنصة"), ("o", "خبر آخر\nتابعونا على المنصة")])
    with pytest.raises(ValueError, match="corpus order"):
        merge_tallies([merge_tallies([a]), merge_tallies([a])])


@pytest.mark.parametrize("fold", [None, 2])
def test_run_maps_part_over_partitions_and_combines_exactly(cluster, generated, fold):
    with fd.client(cluster):
        got = fd.run(generated / "dataset", _toy_plan(fold))
    assert got == {"صحيفة الساحل": 400, "وكالة الشمال": 400, "Harbor Post": 400}
    assert fd.frame(generated / "dataset").npartitions == 9         # outlet × month files


def test_a_dataset_is_read_in_the_order_load_reads_it(cluster, generated):
    with fd.client(cluster):
        ids = fd.frame(generated / "dataset", ["id"]).compute()["id"].tolist()
    assert ids == framing.load(generated / "dataset").df["id"].tolist()


def test_ingest_of_tables_on_workers_writes_the_local_corpus(cluster, tmp_path):
    tables = tmp_path / "tables"
    tables.mkdir()
    for k in range(3):
        df = pd.DataFrame({"id": [f"t{k}-{i}" for i in range(40)], "source": ["وكالة الشمال"] * 40,
                           "date": ["2024-03-0%d" % (1 + k)] * 40,
                           "body": [f"نص رقم {i} من الملف {k}" for i in range(40)]})
        df.loc[3, "body"] = df.loc[2, "body"]          # a duplicate: a reject in both engines
        df.to_json(tables / f"part{k}.jsonl", orient="records", lines=True, force_ascii=False)
    kw = dict(columns={"source": "outlet", "body": "text"}, progress=False)
    a = framing.ingest_to_corpus([tables], tmp_path / "local", **kw)
    b = fd.ingest_to_corpus([tables], tmp_path / "dask", scheduler=cluster, **kw)
    pd.testing.assert_frame_equal(a.df, b.df)
    pd.testing.assert_frame_equal(a.rejects, b.rejects)


@pytest.fixture
def passes(monkeypatch):
    """The chunked passes the Dask engine ran: ``(source kind, pass)`` per call of framing.dask.run."""
    seen, real = [], fd.run

    def spy(source, plan, jobs=None, desc="chunks"):
        seen.append(desc)
        return real(source, plan, jobs, desc)
    monkeypatch.setattr(fd, "run", spy)
    return seen


def _fresh(corpus):
    """``corpus`` without the matching context a local run kept in it (``.kept-context-*.json``), so that the
    cluster computes it too."""
    for kept in corpus.glob(".kept-*"):
        kept.unlink()
    return corpus


def _same(local, on_dask):
    pd.testing.assert_frame_equal(pd.DataFrame(local), pd.DataFrame(on_dask))
    assert len(pd.DataFrame(local))


VERBS = {   # name: (local function, Dask twin, arguments after the corpus, keywords)
    "terms": (framing.count_terms, fd.count_terms, ("captives",), {}),
    "shares": (framing.term_shares, fd.term_shares, ("captives",), {"by": "outlet"}),
    "keyness": (framing.keyness, fd.keyness, (), {"min_count": 2}),
    "kwic": (framing.kwic, fd.kwic, ("captives",), {"width": 30}),
}


@pytest.mark.parametrize("verb", list(VERBS))
def test_verbs_on_the_demo_corpus_are_identical(cluster, demo, passes, verb):
    local, twin, args, kw = VERBS[verb]
    _same(local(demo, *args, **kw), twin(_fresh(demo), *args, scheduler=cluster, **kw))
    assert passes, "nothing ran on the cluster"


@pytest.mark.parametrize("verb,form", [("terms", "dataset"), ("shares", "corpus"), ("keyness", "dataset")])
def test_verbs_on_a_generated_corpus_are_identical(cluster, generated, passes, verb, form):
    local, twin, args, kw = VERBS[verb]
    _same(local(generated / form, *args, **kw), twin(_fresh(generated / form), *args, scheduler=cluster, **kw))
    assert passes


@pytest.mark.parametrize("keep", [False, True])
def test_keyness_on_dask_leaves_out_the_boilerplate_the_local_engine_leaves_out(cluster, generated, keep):
    """The outlets' repeated lines (the context of framing terms) are found on the cluster too and
    left out of every pass: unigrams (one read locally, two plans on Dask) and n-grams."""
    for ngram in (1, 2):
        kw = dict(min_count=2, ngram=ngram, keep_boilerplate=keep)
        local = framing.keyness(generated / "dataset", **kw)
        _same(local, fd.keyness(_fresh(generated / "dataset"), scheduler=cluster, **kw))
        footer = set(local.loc[local["outlet"] == "صحيفة الساحل", "term"]) & {"نشرتنا", "اسبوعية", "نشرتنا اسبوعية"}
        assert len(footer) == (ngram + 1 if keep else 0), footer


def test_compare_on_dask_is_identical(cluster, demo, passes):
    """compare: the same shares, test and pairwise table on the cluster (the corpus directory's text
    read by the workers)."""
    a = framing.compare_terms(demo, "captives", "captives")
    b = fd.compare_terms(_fresh(demo), "captives", "captives", scheduler=cluster)
    _same(a.shares, b.shares)
    pd.testing.assert_frame_equal(a.pairwise, b.pairwise)
    assert repr(a.test) == repr(b.test) and a.sentence == b.sentence
    assert passes == ["reading", "matching"]


def test_audit_sample_is_the_same_draw(cluster, demo):
    from framing.audit.sampling import sample
    _same(sample(demo, "captives", per_term=3, seed=4),
          fd.sample(demo, "captives", per_term=3, seed=4, scheduler=cluster))


def test_the_cli_runs_a_verb_on_the_scheduler_given(cluster, demo):
    from click.testing import CliRunner
    from framing.cli import main
    args = ["terms", str(demo), "--lexicon", "captives", "--by", "outlet", "--format", "csv"]
    local = CliRunner().invoke(main, args)
    remote = CliRunner().invoke(main, args + ["--engine", "dask", "--scheduler", cluster.scheduler.address])
    assert local.exit_code == remote.exit_code == 0, remote.output
    assert local.output == remote.output


def test_the_cli_refuses_a_scheduler_without_the_dask_engine(demo):
    from click.testing import CliRunner
    from framing.cli import main
    r = CliRunner().invoke(main, ["terms", str(demo), "--lexicon", "captives", "--scheduler", "tcp://127.0.0.1:1"])
    assert r.exit_code == 2 and "--scheduler needs --engine dask" in r.output


def test_a_scheduler_is_an_address_a_scheduler_file_or_a_cluster(cluster, tmp_path):
    import json
    address = cluster.scheduler.address
    sched = tmp_path / "sched.json"
    sched.write_text(json.dumps({"address": address}))
    cl = type("Cluster", (), {"scheduler_address": address})()
    for given in (address, str(sched), cl):
        with fd.client(given) as c:
            assert c.scheduler.address == address
            assert c.submit(sum, [1, 2]).result() == 3
