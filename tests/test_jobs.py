"""``jobs=`` / ``--jobs N`` (issue 17): every counting verb gives the same table whatever the
number of workers and the size of the chunks (framing.chunks), and the same table as the
whole corpus matched in one piece.  The demo corpus (fictional outlets) is split into chunks
of 7 articles so that a row group is cut in many places."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

import framing
from framing import chunks
from framing.lexicon import parts


@pytest.fixture(scope="module")
def corpus(demo_corpus, tmp_path_factory):
    """The demo corpus with events and wire copies (framing events), as a corpus directory."""
    out = tmp_path_factory.mktemp("jobs") / "corpus"
    shutil.copytree(demo_corpus.path, out)
    framing.detect_events(str(out))
    return out


def _csv(x) -> str:
    return pd.DataFrame(x).to_csv()


def _same(fn, monkeypatch, spawn=False):
    """``fn()`` in one chunk on one job, then in chunks of 7 on 1 and 2 jobs: all equal."""
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 10**9)
    whole = fn(1)
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 7)
    if spawn:
        monkeypatch.setenv("FRAMING_START", "spawn")
    for jobs in (1, 2):
        got = fn(jobs)
        assert _csv(got) == _csv(whole), f"jobs={jobs} differs"
    return whole


def test_terms_same_for_any_jobs(corpus, monkeypatch):
    counts = _same(lambda j: framing.count_terms(corpus, "captives", jobs=j), monkeypatch)
    assert len(counts) > 5
    # and the same as the lexicon layer matching the whole DataFrame at once
    from framing.lexicon.core import counts_and_docs
    c, _ = counts_and_docs(framing.load(corpus), "captives")
    assert _csv(c.sort_values(["id", "family", "term"], kind="stable").reset_index(drop=True).assign(voice="own")) \
        == _csv(counts)
    shares = _same(lambda j: framing.term_shares(corpus, "captives", by="outlet", jobs=j), monkeypatch)
    assert shares["matches"].sum() == counts["count"].sum()


def test_terms_filters_and_events_same_for_any_jobs(corpus, monkeypatch):
    _same(lambda j: framing.term_shares(corpus, "casualties", by="event", voice="all", exclude_copies=True,
                                        jobs=j), monkeypatch)
    _same(lambda j: framing.count_terms(framing.load(corpus), "captives", lang="ar", jobs=j), monkeypatch)


def test_compare_same_for_any_jobs(corpus, monkeypatch):
    def run(j):
        r = framing.compare_terms(corpus, "captives", "captives", within_events=True, jobs=j)
        return pd.DataFrame({"all": [_csv(r.shares), repr(r.test), _csv(r.pairwise), r.sentence]})
    _same(run, monkeypatch)


@pytest.mark.parametrize("opts", [{}, {"ngram": 2, "fold_spelling": True},
                                  {"within_events": True, "exclude_copies": True, "method": "g2"}])
def test_keyness_same_for_any_jobs(corpus, monkeypatch, opts):
    table = _same(lambda j: framing.keyness(corpus, jobs=j, **opts), monkeypatch)
    assert len(table) > 20
    # the per-article matrix (framing.features.term_matrix) gives the same table as the cells
    kw = {k: v for k, v in opts.items() if k in ("ngram", "fold_spelling")}
    m = framing.term_matrix(framing.load(corpus), **kw)
    rest = {k: v for k, v in opts.items() if k not in kw}
    assert _csv(framing.keyness(matrix=m, **rest)) == _csv(table)


def test_kwic_and_audit_sample_same_for_any_jobs(corpus, monkeypatch):
    lines = _same(lambda j: framing.kwic(corpus, "captives", voice="all", jobs=j), monkeypatch)
    assert len(lines) > 5 and (lines["left"] != "").any()
    _same(lambda j: framing.kwic(corpus, "israel_palestine", left_out=True, jobs=j), monkeypatch)
    from framing.audit import sample
    drawn = _same(lambda j: sample(corpus, "captives", per_term=3, jobs=j), monkeypatch)
    assert (drawn["match"] != "").all()


def test_spawned_workers_give_the_same_tables(corpus, monkeypatch):
    _same(lambda j: framing.count_terms(corpus, "captives", jobs=j), monkeypatch, spawn=True)
    _same(lambda j: framing.keyness(framing.load(corpus), jobs=j), monkeypatch, spawn=True)


def test_context_in_chunks_is_the_whole_corpus_context(monkeypatch):
    """Boilerplate lines and headline rubrics gathered chunk by chunk are those of the whole corpus."""
    from framing.lexicon.core import boilerplate_of, corpus_rubrics
    rows = [{"id": f"a{i}", "outlet": "صحيفة ألف" if i % 3 else "صحيفة باء",
             "title": f"من الأرشيف: خبر رقم {i}" if i % 2 else f"خبر عن المدينة {i}",
             "text": f"وصل الوفد إلى المدينة في اليوم {i}.\n\nتابعونا على قناتنا\n\nسمات: مدينة، وفد {i}"}
            for i in range(40)]
    rows += [{"id": f"z{i}", "outlet": "صحيفة باء", "title": f"الزهيرية: افتتاح مدرسة رقم {i}",   # a place that
              "text": f"افتتحت محافظة الزهيرية مدرسة رقم {i} في الزهيرية، وقال مدير التعليم إن المدرسة جاهزة."}
             for i in range(12)]                           # no gazetteer knows: learned from the texts
    df = framing.from_frame(pd.DataFrame(rows))
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 5)
    ctx = parts.context(df, jobs=2)
    whole = boilerplate_of(df)
    assert ctx.boilerplate is not None and whole is not None
    assert ctx.boilerplate.table().equals(whole.table())
    assert ctx.rubrics == corpus_rubrics(df) and {"من الارشيف", "الزهيرية"} <= ctx.rubrics
    assert _csv(framing.count_terms(df, "captives", jobs=2)) == _csv(framing.count_terms(df, "captives", jobs=1))


def test_jobs_count_reads_the_environment(monkeypatch):
    from framing._parallel import jobs_count
    monkeypatch.setenv("FRAMING_JOBS", "3")
    assert jobs_count() == 3 and jobs_count(1) == 1
    monkeypatch.delenv("FRAMING_JOBS")
    assert jobs_count() >= 1 and jobs_count(0) == jobs_count()


def test_cli_jobs_prints_the_same_table(corpus):
    from click.testing import CliRunner

    from framing.cli import main
    out = [CliRunner().invoke(main, ["terms", str(corpus), "--lexicon", "captives", "--by", "outlet",
                                     "--jobs", j]) for j in ("1", "2")]
    assert out[0].exit_code == 0, out[0].output
    assert out[0].output == out[1].output
    k = [CliRunner().invoke(main, ["keyness", str(corpus), "--jobs", j]) for j in ("1", "2")]
    assert k[0].exit_code == 0 and k[0].output == k[1].output


def test_ingest_pages_same_for_any_jobs(tmp_path, monkeypatch):
    """Pages parsed by 1 or 2 workers (fork or spawn) give the same articles, order and rejects."""
    from pathlib import Path

    from framing.ingest import ingest
    DEMO_PAGES = Path(__file__).resolve().parent.parent / "corpora" / "demo" / "pages"
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.html").write_text("")
    (tmp_path / "bad" / "binary.html").write_bytes(b"\x00\x01" * 50)
    got = []
    for jobs, start in ((1, "fork"), (2, "fork"), (2, "spawn")):
        monkeypatch.setenv("FRAMING_START", start)
        res = ingest([DEMO_PAGES, tmp_path / "bad"], progress=False, jobs=jobs)
        got.append((res.articles.to_csv(), res.rejects.to_csv(), res.inputs))
    assert got[0] == got[1] == got[2]
    assert "empty.html" in got[0][1]


def test_one_chunk_per_row_group(corpus, tmp_path, monkeypatch):
    """A corpus written in many row groups is read one row group per chunk, the last
    ``TAIL_GROUPS`` row groups in slices of ``CHUNK_ROWS`` rows: same tables."""
    from framing import storage
    monkeypatch.setattr(storage, "ROW_GROUP", 6)
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 4)
    small = framing.load(corpus).save(tmp_path / "groups")
    specs = chunks.chunk_specs(small)
    groups = sorted({g for _, g, _, _ in specs})
    tail = groups[-chunks.TAIL_GROUPS:]
    assert len(groups) >= chunks.MIN_GROUPS
    assert [(g, s) for _, g, s, _ in specs if g not in tail] == [(g, 0) for g in groups if g not in tail]
    import pyarrow.parquet as pq
    md = pq.ParquetFile(chunks.streamable(small)).metadata
    sizes = {g: md.row_group(g).num_rows for g in tail}
    assert [(g, s, e) for _, g, s, e in specs if g in tail] == [(g, s, min(s + 4, sizes[g])) for g in tail
                                                                for s in range(0, sizes[g], 4)]
    assert any(e - s == 4 for _, g, s, e in specs if g in tail)           # a row group is cut
    for verb in (lambda src, j: framing.count_terms(src, "captives", jobs=j),
                 lambda src, j: framing.keyness(src, jobs=j)):
        assert _csv(verb(small, 2)) == _csv(verb(corpus, 1))


def test_a_corpus_rewritten_in_place_is_read_anew(tmp_path):
    """The open Parquet file is cached per file version: a corpus saved again at the same path
    (another verb of the same process) is read anew."""
    def save(texts):
        df = framing.from_frame(pd.DataFrame({"id": [f"d{i}" for i in range(len(texts))], "outlet": "Alef",
                                              "text": texts}))
        from framing.corpus import Corpus
        Corpus(df).save(tmp_path / "c")
    save(["أطلق سراح الرهائن اليوم"])
    first = framing.count_terms(tmp_path / "c", "captives", jobs=1)
    save(["الرهائن والرهائن", "خبر آخر عن الطقس"])
    second = framing.count_terms(tmp_path / "c", "captives", jobs=1)
    assert first["count"].sum() == 1 and second["count"].sum() == 2


def test_another_runner_runs_the_same_plans(corpus):
    calls = []

    def runner(source, plan, jobs, desc):
        calls.append(desc)
        parts = [plan.part(chunks.read_chunk(spec, plan.columns, chunks._frame(source)
                                             if chunks.streamable(source) is None else None))
                 for spec in chunks.chunk_specs(source, 5)]
        return plan.finish(plan.combine(parts))
    for kept in corpus.glob(".kept-*"):           # the context kept by an earlier test: computed anew here
        kept.unlink()
    with chunks.using(runner):
        got = framing.count_terms(corpus, "captives")
    assert calls == ["reading", "matching"]
    assert _csv(got) == _csv(framing.count_terms(corpus, "captives", jobs=1))


def test_keyness_reads_the_text_once_and_matches_the_two_plans(corpus, monkeypatch, tmp_path):
    """Local keyness (unigrams) reads each chunk once and spills the article × word counts (once the
    matching context, whose boilerplate lines it leaves out, is kept in the corpus directory: the
    first run reads each chunk for it too); the tables equal the two-plan path another engine (Dask)
    runs, and no spilled file is left."""
    import tempfile
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 7)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    for kept in corpus.glob(".kept-*"):
        kept.unlink()
    reads = []
    real = chunks.read_chunk
    monkeypatch.setattr(chunks, "read_chunk", lambda spec, *a, **k: reads.append(spec) or real(spec, *a, **k))
    opts = {"within_events": True, "exclude_copies": True, "by": "outlet"}
    first = framing.keyness(corpus, jobs=1, **opts)
    assert sorted(reads) == sorted(chunks.chunk_specs(corpus) * 2)      # the context, then the words
    reads.clear()
    one = framing.keyness(corpus, jobs=1, **opts)
    assert sorted(reads) == sorted(chunks.chunk_specs(corpus))          # every chunk read once
    assert _csv(one) == _csv(first)
    assert _csv(framing.keyness(corpus, jobs=2, **opts)) == _csv(one)

    def runner(source, plan, jobs, desc):
        parts = [plan.part(real(spec, plan.columns)) for spec in chunks.chunk_specs(source, 5)]
        return plan.finish(plan.combine(parts))
    with chunks.using(runner):
        assert _csv(framing.keyness(corpus, **opts)) == _csv(one)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("opts", [{"by": "outlet"}, {"by": "outlet,lang", "lang": "all"},
                                  {"within_events": True, "exclude_copies": True}])
def test_compare_streams_a_corpus_directory(corpus, monkeypatch, opts):
    """compare on a corpus directory reads the text chunk by chunk (never the whole text column)
    and gives the tables of the loaded corpus."""
    def run(src, j):
        r = framing.compare_terms(src, "captives", "captives", jobs=j, **opts)
        return pd.DataFrame({"all": [_csv(r.shares), repr(r.test), _csv(r.pairwise), r.sentence, r.lang]})
    loaded = run(framing.load(corpus), 1)
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 7)
    from framing import analysis
    monkeypatch.setattr(analysis, "_frame", lambda c: c if isinstance(c, pd.DataFrame) and not c["text"].any()
                        else pytest.fail("the corpus was loaded whole"))
    for j in (1, 2):
        assert _csv(run(corpus, j)) == _csv(loaded)


def test_cli_compare_has_the_engines(corpus):
    from click.testing import CliRunner
    from framing.cli import main
    out = [CliRunner().invoke(main, ["compare", str(corpus), "--lexicon", "captives", "--family", "captives",
                                     "--format", "csv", "--jobs", j, "--engine", "local"]) for j in ("1", "2")]
    assert out[0].exit_code == 0, out[0].output
    assert out[0].output == out[1].output and "captives" in out[0].output


def test_sources_same_for_any_jobs(corpus, monkeypatch):
    """sources(jobs=) / framing sources --jobs, as every other verb that reads every article."""
    table = _same(lambda j: framing.sources(corpus, by="outlet,event", jobs=j), monkeypatch)
    assert table["quotes"].sum() > 20
