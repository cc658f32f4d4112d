"""Corpus directories: every input accounted for, stable ids, re-ingest, append, atomic writes, tables."""
import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import framing.ingest as ing
import framing.storage as storage
from framing.corpus import COLUMNS, load
from framing.errors import InputError, UsageError
from framing.ingest import ingest, ingest_to_corpus, write_corpus

PAGES = Path(__file__).parent / "pages"


def _pages(tmp_path, names=("wadi_news.txt", "arz_network.txt")):
    d = tmp_path / "in"
    d.mkdir(exist_ok=True)
    for n in names:
        shutil.copy(PAGES / n, d / n)
    return d


def test_corpus_directory_contents(tmp_path):
    src = _pages(tmp_path)
    corpus = ingest_to_corpus([src], tmp_path / "c", outlet="Fictional Daily", progress=False)
    out = tmp_path / "c"
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["articles.parquet", "manifest.json", "rejects.csv"]
    assert (out / ".framing-corpus").is_file()
    assert list(corpus.df.columns[:len(COLUMNS)]) == COLUMNS
    assert len(corpus) == 2 and corpus.outlets == ["Fictional Daily"]
    man = json.loads((out / "manifest.json").read_text("utf-8"))
    assert man["counts"] == {"articles": 2, "rejects": 0, "outlets": 1}
    assert {Path(i["path"]).name for i in man["inputs"]} == {"wadi_news.txt", "arz_network.txt"}
    assert all(len(i["sha256"]) == 64 for i in man["inputs"])
    assert man["version"] and man["created"].endswith("+00:00")
    assert pd.read_csv(out / "rejects.csv").columns.tolist() == ["input", "reason"]
    assert pq.ParquetFile(out / "articles.parquet").metadata.num_row_groups >= 1
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".c.")]   # no temp dirs left


def test_same_input_same_id_and_reingest_changes_nothing(tmp_path):
    src = _pages(tmp_path)
    out = tmp_path / "c"
    first = ingest_to_corpus([src], out, outlet="Fictional Daily", progress=False)
    man1 = (out / "manifest.json").read_text("utf-8")
    again = ingest_to_corpus([src], out, outlet="Fictional Daily", progress=False)
    assert again.df.equals(first.df)
    assert (out / "manifest.json").read_text("utf-8") == man1      # created time kept, same inputs
    appended = ingest_to_corpus([src], out, outlet="Fictional Daily", append=True, progress=False)
    assert appended.df.equals(first.df) and appended.rejects.empty
    assert (out / "manifest.json").read_text("utf-8") == man1


def test_append_adds_new_files_and_keeps_created(tmp_path):
    src = _pages(tmp_path, ["wadi_news.txt"])
    out = tmp_path / "c"
    ingest_to_corpus([src], out, outlet="A", progress=False)
    created = json.loads((out / "manifest.json").read_text())["created"]
    more = tmp_path / "more"
    more.mkdir()
    shutil.copy(PAGES / "atlas_daily.txt", more / "atlas_daily.txt")
    c = ingest_to_corpus([more], out, outlet="A", append=True, progress=False)
    assert len(c) == 2
    man = json.loads((out / "manifest.json").read_text())
    assert man["created"] == created and len(man["inputs"]) == 2 and man["counts"]["articles"] == 2
    c = ingest_to_corpus([more], out, outlet="A", replace=True, progress=False)     # --replace: rebuilt
    assert len(c) == 1


def test_exact_duplicates_kept_once_with_reason(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    text = (PAGES / "wadi_news.txt").read_text("utf-8")
    (d / "a.txt").write_text(text, "utf-8")
    (d / "b.txt").write_text(text.replace("من نحن", "عن الجريدة"), "utf-8")   # other bytes, same article
    res = ingest([d], outlet="X", progress=False)
    assert len(res.articles) == 1
    [(inp, reason)] = res.rejects.itertuples(index=False)
    assert inp.endswith("b.txt") and reason == f"duplicate of {res.articles.id[0]}"
    res2 = ingest([d], outlet="Y", progress=False)                  # outlet is part of the id
    assert res2.articles.id[0] != res.articles.id[0]


def test_failed_write_leaves_previous_corpus_intact(tmp_path, monkeypatch):
    src = _pages(tmp_path)
    out = tmp_path / "c"
    before = ingest_to_corpus([src], out, outlet="A", progress=False)
    snapshot = {p.name: p.read_bytes() for p in out.iterdir()}

    def boom(df, path):
        Path(path).write_bytes(b"partial")
        raise OSError("disk full")
    monkeypatch.setattr(storage, "_write_parquet", boom)      # moved with write_corpus

    def boom_spool(self, n):                                  # ingest writes through the spool
        self.file.write_bytes(b"partial")
        raise OSError("disk full")
    monkeypatch.setattr(storage.ArticlesSpool, "_write", boom_spool)
    with pytest.raises(OSError):
        ingest_to_corpus([PAGES / "atlas_daily.txt"], out, outlet="A", replace=True, progress=False)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == snapshot
    assert len(load(out)) == len(before)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "in"]


def test_refuses_to_replace_a_directory_that_is_not_a_corpus(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(UsageError):
        ingest_to_corpus([PAGES / "wadi_news.txt"], d, outlet="A", progress=False)
    assert (d / "thesis.docx").read_bytes() == b"precious"


def test_nothing_produced_raises_and_keeps_corpus(tmp_path):
    out = tmp_path / "c"
    ingest_to_corpus([PAGES / "wadi_news.txt"], out, outlet="A", progress=False)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="no article"):
        ingest_to_corpus([empty], out, outlet="A", progress=False)
    assert len(load(out)) == 1


def test_corpus_save_round_trip(tmp_path):
    c = ingest_to_corpus([PAGES / "wadi_news.txt"], tmp_path / "c", outlet="A", progress=False)
    c.df["event_id"] = "ev1"
    events = pd.DataFrame({"event_id": ["ev1"], "label": ["bridge"]})
    c2 = type(c)(c.df, rejects=c.rejects, manifest=c.manifest, events=events)
    c2.save(tmp_path / "c")
    back = load(tmp_path / "c")
    assert back.df["event_id"].tolist() == ["ev1"] and back.events["label"].tolist() == ["bridge"]
    assert back.manifest["created"] == c.manifest["created"]


# -- tables ---------------------------------------------------------------------
def test_table_with_bad_row_and_own_ids(tmp_path):
    rows = [{"id": "t1", "source": "Desert Post", "headline": "عنوان أول", "body": "نص الخبر الأول هنا.",
             "date": "١٢ نوفمبر ٢٠٢٥"},
            {"id": "t2", "source": "Desert Post", "headline": "عنوان ثان", "body": "   ", "date": "2025-11-13"},
            {"id": "t3", "source": "Coast Times", "headline": "Second", "body": "An English text.",
             "date": "not a date"}]
    f = tmp_path / "export.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    res = ingest([f], progress=False)
    assert res.articles["id"].tolist() == ["t1", "t3"]
    assert res.articles["published"].tolist()[0] == "2025-11-12"
    assert pd.isna(res.articles["published"].tolist()[1])                  # unreadable → null
    assert res.articles["lang"].tolist() == ["ar", "en"]
    assert res.rejects.values.tolist() == [[f"{f}#2", "row has no text"],   # the unreadable date: a warning
                                           [f"{f}#3", "warning: date 'not a date' not understood (e.g. "
                                                      "2024-01-31): published left empty"]]


def test_table_map_and_csv_and_parquet(tmp_path):
    df = pd.DataFrame({"paper": ["Coast Times", "Coast Times"], "story": ["نص أول للخبر.", "نص ثان للخبر."]})
    df.to_csv(tmp_path / "a.csv", index=False)
    df.to_parquet(tmp_path / "b.parquet")
    res = ingest([tmp_path / "a.csv"], columns={"paper": "outlet", "story": "text"}, progress=False)
    assert len(res.articles) == 2 and res.rejects.empty
    res = ingest([tmp_path / "b.parquet"], columns={"paper": "outlet", "story": "text"}, progress=False)
    assert len(res.articles) == 2
    res = ingest([tmp_path / "a.csv"], progress=False)                      # no mapping: a reject, not a crash
    assert res.articles.empty and "no 'outlet' column" in res.rejects["reason"][0]


# -- broken and hostile inputs ----------------------------------------------------
def hostile_folder(root: Path) -> Path:
    d = root / "mixed"
    (d / "sub").mkdir(parents=True)
    shutil.copy(PAGES / "wadi_news.txt", d / "good1.txt")
    shutil.copy(PAGES / "atlas_daily.txt", d / "sub" / "good2.txt")
    (d / "good3.html").write_bytes(
        ("<html><head><meta property='og:site_name' content='Hill Herald'></head><body><h1>عنوان الخبر هنا الآن</h1>"
         + "<p>فقرة من الخبر فيها كلمات كثيرة تكفي لتكون جزءا من مقال حقيقي طويل.</p>" * 3
         + "</body></html>").encode("windows-1256"))
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.html").write_text("   \n\n  ", "utf-8")
    (d / "image.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 8)
    (d / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (d / "truncated.html").write_bytes(((d / "good3.html").read_bytes())[:180])
    (d / "nav_only.html").write_text("<html><body><ul><li>الرئيسية</li><li>رياضة</li></ul></body></html>", "utf-8")
    (d / "xxe.html").write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                                "<html><body><p>&e;</p></body></html>", "utf-8")
    (d / "bad.jsonl").write_text('{"outlet": "A", "text": "نص"}\n{"outlet": "A", "te', "utf-8")
    (d / "noisy.csv").write_bytes(b"\x00\x01\x02garbage")
    os.symlink("loop_b", d / "loop_a")
    os.symlink("loop_a", d / "loop_b")
    os.symlink(".", d / "sub" / "self")                      # a directory loop
    os.symlink("missing.txt", d / "dangling.txt")
    (d / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    locked = d / "locked.txt"
    shutil.copy(PAGES / "arz_network.txt", locked)
    locked.chmod(0)
    return d


def test_hostile_folder_every_file_accounted_for(tmp_path):
    d = hostile_folder(tmp_path)
    res = ingest([d], progress=False)
    names = sorted(Path(p).name.split("#")[0]
                   for p in list(res.articles["source_path"]) + list(res.rejects["input"]))
    expected = sorted(["good1.txt", "good2.txt", "good3.html", "empty.txt", "blank.html", "image.jpg", "binary.txt",
                       "truncated.html", "nav_only.html", "xxe.html", "bad.jsonl", "bad.jsonl", "noisy.csv", "loop_a", "loop_b",
                       "self", "dangling.txt", ".DS_Store", "locked.txt"])
    assert names == expected
    assert res.rejects["reason"].str.len().min() > 3
    assert not res.rejects["reason"].str.contains("Traceback").any()
    reasons = dict(zip(res.rejects["input"].map(lambda p: Path(p).name), res.rejects["reason"]))
    assert reasons["empty.txt"] == "empty file"
    assert reasons["loop_a"] == "symlink loop"
    assert reasons["image.jpg"] == "not a page (.jpg file)"
    assert "binary" in reasons["binary.txt"]
    assert "no article text" in reasons["nav_only.html"]
    assert "root:" not in res.articles.to_csv()
    if os.geteuid() != 0:                                      # root reads anything
        assert reasons["locked.txt"] == "permission denied"
    # the pages' masthead / footer lines, og:site_name (issue 15: no longer the folder's name)
    assert set(res.articles["outlet"]) >= {"صحيفة الوادي", "جريدة الأطلس", "Hill Herald"}
    assert reasons["bad.jsonl#2"].startswith("invalid JSON line")
    assert "bad.jsonl#1" in set(res.articles["source_path"].map(lambda p: Path(p).name))


def test_two_tables_numbering_rows_alike_lose_nothing(tmp_path):
    """Two exports that both number their rows 1…N: every row is kept, ids stay unique."""
    (tmp_path / "a.csv").write_text("id,outlet,text\n1,صحيفة أ,نص الخبر الأول عن الرهائن\n2,صحيفة أ,نص ثان\n", "utf-8")
    (tmp_path / "b.csv").write_text("id,outlet,text\n1,صحيفة ب,خبر آخر تماما\n2,صحيفة ب,خبر رابع\n", "utf-8")
    res = ingest([tmp_path / "a.csv", tmp_path / "b.csv"], progress=False)
    assert len(res.articles) == 4 and res.articles["id"].is_unique and len(res.rejects) == 0
    out = tmp_path / "c"
    ingest_to_corpus([tmp_path / "a.csv"], out, progress=False)
    again = ingest_to_corpus([tmp_path / "b.csv"], out, append=True, progress=False)
    assert len(again) == 4 and again.df["id"].is_unique
    assert len(ingest_to_corpus([tmp_path / "b.csv"], out, append=True, progress=False)) == 4   # idempotent


def test_extra_columns_of_mixed_kinds_are_kept_as_text(tmp_path):
    (tmp_path / "a.csv").write_text("id,outlet,text,views\n1,A,نص الخبر,120\n", "utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "x", "outlet": "B", "text": "خبر", "views": 7}\n'
                                      '{"id": "y", "outlet": "B", "text": "خبر آخر", "views": [1, 2]}\n', "utf-8")
    c = ingest_to_corpus([tmp_path / "a.csv", tmp_path / "b.jsonl"], tmp_path / "c", progress=False)
    assert len(c) == 3 and set(c.df["views"].astype(str)) == {"120", "7", "[1, 2]"}


def test_pages_are_hashed_as_read_and_oversized_ones_rejected(tmp_path, monkeypatch):
    import hashlib
    d = tmp_path / "pages" / "outlet"
    d.mkdir(parents=True)
    page = d / "a.txt"
    shutil.copy(PAGES / "arz_network.txt", page)
    res = ingest([tmp_path / "pages"], progress=False)
    assert res.inputs == [{"path": str(page), "sha256": hashlib.sha256(page.read_bytes()).hexdigest()}]
    assert res.articles["source_sha256"].tolist() == [res.inputs[0]["sha256"]]
    monkeypatch.setattr(ing, "MAX_PAGE_BYTES", 100)
    res = ingest([tmp_path / "pages"], progress=False)
    assert len(res.articles) == 0 and res.rejects["reason"].str.startswith("too large for a page").all()
    assert res.inputs[0]["sha256"] == hashlib.sha256(page.read_bytes()).hexdigest()


def test_rebuild_that_would_drop_articles_is_refused_and_hand_set_names_survive(tmp_path):
    from framing.cli import main
    from click.testing import CliRunner
    out = tmp_path / "c"
    ingest_to_corpus([_pages(tmp_path)], out, outlet="Fictional Daily", progress=False)
    import framing
    framing.outlets(out, name_en={"Fictional Daily": "The Fictional Daily"})
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(PAGES / "wadi_news.txt", other / "only_one.txt")
    before = (out / "articles.parquet").read_bytes()
    with pytest.raises(UsageError, match="already holds 2 articles.*--append.*--replace"):
        ingest_to_corpus([other], out, outlet="Fictional Daily", progress=False)
    r = CliRunner().invoke(main, ["ingest", str(other), "-o", str(out), "--outlet", "Fictional Daily", "--quiet"])
    assert r.exit_code == 2 and r.output.count("\n") == 1 and "--replace" in r.output
    assert (out / "articles.parquet").read_bytes() == before            # nothing lost
    again = ingest_to_corpus([tmp_path / "in"], out, outlet="Fictional Daily", progress=False)   # same inputs
    assert len(again) == 2 and again.manifest["outlets"]["Fictional Daily"]["name_en"] == "The Fictional Daily"
    assert len(ingest_to_corpus([other], out, outlet="Fictional Daily", replace=True, progress=False)) == 1
    with pytest.raises(UsageError, match="give one"):
        ingest_to_corpus([other], out, append=True, replace=True, progress=False)
