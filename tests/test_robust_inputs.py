"""Hostile pages, slow inputs, leftovers and plain messages (issue 16, cases 5, 7, 9, 10, 12)."""
import os
import shutil
import signal
import time
from pathlib import Path

import pytest

import framing.ingest as ing
from framing.errors import LexiconError, UsageError
from framing.ingest import ingest, ingest_to_corpus

PARA = ("<p>The council of Tal Nura met on Tuesday to debate the new market hall, and the mayor said "
        "that paragraph {i} was the last word on the matter for now.</p>")
HEAD = ('<html><head><title>Market hall | Nura Post</title><meta property="og:site_name" content="Nura Post">'
        '</head><body><article><h1>Market hall</h1>')


def _page(inner: str = "", paras: int = 6) -> str:
    return HEAD + inner + "".join(PARA.format(i=i) for i in range(paras)) + "</article></body></html>"


def test_an_inline_image_of_megabytes_keeps_the_article(tmp_path):
    p = tmp_path / "big.html"
    p.write_text(_page('<img src="data:image/png;base64,' + "A" * 3_000_000 + '">'), "utf-8")
    res = ingest([p], progress=False)
    assert len(res.articles) == 1 and "market hall" in res.articles.loc[0, "text"]


def test_a_page_nested_10000_deep_keeps_the_article(tmp_path):
    p = tmp_path / "deep.html"
    p.write_text(HEAD + "<div>" * 10_000 + "".join(PARA.format(i=i) for i in range(6)) + "</div>" * 10_000
                 + "</article></body></html>", "utf-8")
    res = ingest([p], progress=False)
    assert len(res.articles) == 1 and "paragraph 5" in res.articles.loc[0, "text"]


def test_a_tag_with_200000_attributes_is_read(tmp_path):
    p = tmp_path / "attrs.html"
    p.write_text(_page("<div " + " ".join(f'a{i}="v"' for i in range(200_000)) + "></div>"), "utf-8")
    res = ingest([p], progress=False)
    assert len(res.articles) == 1


def test_a_page_over_its_time_budget_is_a_reject(tmp_path, monkeypatch):
    p = tmp_path / "slow.html"
    p.write_text(_page(), "utf-8")

    def crawl(*a, **k):
        while True:
            time.sleep(0.01)
    monkeypatch.setattr(ing, "_page_row", crawl)
    res = ingest([p], progress=False, seconds=0.2)
    assert len(res.articles) == 0
    assert "took more than 0.2 s" in res.rejects.loc[0, "reason"]
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_the_same_folder_passed_two_ways_gives_the_same_ids_and_outlets(tmp_path):
    pages = tmp_path / "pages"
    outlet = pages / "nura-post"
    (outlet / "2025").mkdir(parents=True)
    (outlet / "a.html").write_text(_page(), "utf-8")
    bare = ("Tal Nura market\n\n" + "The new market hall of Tal Nura opened its doors to traders on Sunday "
            "after two years of building work and many delays. " * 3)
    (outlet / "2025" / "b.txt").write_text(bare, "utf-8")            # no site name: borrows the folder's
    other = pages / "hill-times"
    other.mkdir()
    (other / "c.txt").write_text(bare.replace("Sunday", "Monday"), "utf-8")
    c1 = ingest_to_corpus([outlet], tmp_path / "c", progress=False)
    c2 = ingest_to_corpus([pages], tmp_path / "c", progress=False, append=True)
    c3 = ingest_to_corpus([pages], tmp_path / "d", progress=False)
    assert set(c1.df["outlet"]) == {"Nura Post"}
    assert len(c2) == len(c3) == 3 and set(c2.df["id"]) == set(c3.df["id"])
    assert sorted(c3.df["outlet"]) == ["Nura Post", "Nura Post", "hill-times"]
    assert len(c2.manifest["inputs"]) == 3


def test_report_text_is_fitted_by_binary_search():
    from framing.report.pdf import _PDF
    pdf = _PDF("", False)
    pdf.add_page()
    pdf.font(9)
    calls = []
    real = pdf.get_string_width
    pdf.get_string_width = lambda s: calls.append(1) or real(s)
    out = pdf.fit("x" * 6000, 40)
    assert out.endswith("…") and real(out) <= 40 and len(calls) < 40


def test_a_term_with_10000_forms_builds_its_cores_by_lookups():
    from framing.lexicon.format import Family, Lexicon, Term
    from framing.lexicon.matcher import _cores
    forms = tuple(f"word{i:05d}" for i in range(10_000))
    lex = Lexicon(name="big", version=1, description="", path="<t>", families=(Family(id="f", terms=(
        Term(id="t", family="f", language="en", forms=forms, label_en=None, label_ar=None, note=None,
             exclude=(), raw_forms=forms),)),))
    cores = _cores(lex, [(f, (("f", "t", f),)) for f in forms] + ["xword00001y"])
    assert len(cores) == 10_000 and all(any(c in s for c in cores) for s in ("word09999", "xword00001y"))


def test_deeply_nested_lexicon_yaml_is_a_plain_error(tmp_path):
    from framing.lexicon import load_lexicon
    p = tmp_path / "deep.yaml"
    p.write_text("name: x\nfamilies: " + "[" * 50_000 + "]" * 50_000 + "\n")
    with pytest.raises(LexiconError, match="nested too deeply"):
        load_lexicon(p)


def test_report_by_a_free_text_column_fails_before_the_work(demo_corpus, tmp_path, monkeypatch):
    import framing.report.data as data
    monkeypatch.setattr(data, "_count_all", lambda *a: pytest.fail("counted before checking --by"))
    with pytest.raises(UsageError, match="cannot group by 'title'"):
        data.collect(demo_corpus, ["captives"], by="title")


def _grandchild(path):
    from framing._parallel import die_with_parent
    die_with_parent(os.getppid())
    while True:
        Path(path).write_text(str(time.time()))
        time.sleep(0.05)


def _child(path, pids):
    import multiprocessing
    p = multiprocessing.get_context("fork").Process(target=_grandchild, args=(path,))
    p.start()
    pids.put(p.pid)
    time.sleep(60)


def test_a_forked_writer_ends_with_its_parent(tmp_path):
    import multiprocessing
    ctx = multiprocessing.get_context("fork")
    pids = ctx.Queue()
    child = ctx.Process(target=_child, args=(tmp_path / "beat", pids))
    child.start()
    grand = pids.get(timeout=30)
    os.kill(child.pid, signal.SIGKILL)
    child.join()
    for _ in range(600):                      # the kernel kills it at once; wait up to 30 s
        try:
            os.kill(grand, 0)
        except ProcessLookupError:
            break
        with open(f"/proc/{grand}/stat") as f:
            if f.read().split(") ")[1].startswith("Z"):
                break                          # a zombie: ended, waiting to be reaped by init
        time.sleep(0.05)
    else:
        pytest.fail("the grandchild outlived its parent")


def test_leftover_temporary_files_of_dead_runs_are_removed(tmp_path):
    from framing._io import atomic_path
    dead = tmp_path / ".r.pdf.999999999-abc.tmp"
    dead.write_text("half")
    mine = tmp_path / f".r.pdf.{os.getpid()}-keep.tmp"
    mine.write_text("in use")
    with atomic_path(tmp_path / "r.pdf") as tmp:
        tmp.write_text("pdf")
    assert not dead.exists() and mine.exists() and (tmp_path / "r.pdf").read_text() == "pdf"


def test_figures_are_published_as_one_unit(tmp_path):
    from framing.report.build import _publish_folder, _stage
    folder = tmp_path / "figs"
    folder.mkdir()
    (folder / "01-old.png").write_text("old run")
    (folder / "notes.txt").write_text("mine")
    (folder / ".tmp-999999999").mkdir()               # a killed run's staging folder
    stage = _stage(folder)
    assert not (folder / ".tmp-999999999").exists()
    (stage / "01-new.png").write_text("new")
    (stage / "01-new.svg").write_text("new")
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == ["01-old.png", "notes.txt"]
    _publish_folder(stage, folder, ["01-new.png", "01-new.svg"])
    shutil.rmtree(stage, ignore_errors=True)
    assert sorted(p.name for p in folder.iterdir()) == ["01-new.png", "01-new.svg", "notes.txt"]



def test_bytes_in_no_known_encoding_give_one_reason_in_a_table_and_a_page(tmp_path):
    """A UTF-8 byte-order mark before bytes that are no UTF-8: a table is an InputError, a page a reject,
    both with the same reason."""
    from framing.errors import InputError
    from framing.tables import read_table
    broken = b"\xef\xbb\xbf" + "خبر عن السوق ".encode() * 3 + b"\xff\xfe\xc3\x28"
    (tmp_path / "t.csv").write_bytes(b"\xef\xbb\xbfoutlet,text\nnura," + broken[3:] + b"\n")
    with pytest.raises(InputError, match="undecodable: not UTF-8, UTF-16 or an Arabic code page"):
        read_table(tmp_path / "t.csv")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_bytes(broken)
    res = ingest([tmp_path / "pages"], progress=False)
    assert res.articles.empty
    assert res.rejects["reason"].tolist() == ["undecodable: not UTF-8, UTF-16 or an Arabic code page"]
