"""framing export / export_dataset: a corpus as a Parquet dataset partitioned by outlet and month
(hive layout) that Arrow and Dask read back unchanged."""
from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.dataset import NO_MONTH, export_dataset, is_dataset, read_dataset
from framing.errors import UsageError


def _corpus(tmp_path):
    df = pd.DataFrame({
        "id": ["a1", "a2", "a3", "b1", "b2"],
        "outlet": ["صحيفة الساحل", "صحيفة الساحل", "صحيفة الساحل", "Harbor Post", "Harbor Post"],
        "published": ["2024-01-03", "2024-01-30T10:00:00+03:00", "2024-02-01", "2024-01-05", None],
        "title": ["عنوان أول", "عنوان ثان", "عنوان ثالث", "First", "Second"],
        "text": ["نص المقال الأول", "نص المقال الثاني", "نص ثالث", "Some text", "More text"],
    })
    c = framing.load(df)
    c.save(tmp_path / "corpus")
    return tmp_path / "corpus", c


def test_partitions_by_outlet_and_month_in_plain_utf8(tmp_path):
    path, c = _corpus(tmp_path)
    out = export_dataset(path, tmp_path / "ds")
    assert is_dataset(out)
    folders = sorted(str(p.parent.relative_to(out)) for p in out.rglob("*.parquet") if not p.parts[-2].startswith("_"))
    assert folders == sorted(["outlet=Harbor Post/month=2024-01", f"outlet=Harbor Post/month={NO_MONTH}",
                              "outlet=صحيفة الساحل/month=2024-01", "outlet=صحيفة الساحل/month=2024-02"])
    back = read_dataset(out).set_index("id").sort_index()
    want = c.df.set_index("id").sort_index()
    for col in ["outlet", "published", "title", "text"]:
        assert back[col].fillna("-").tolist() == want[col].fillna("-").tolist(), col
    assert (out / "_framing" / "manifest.json").is_file()


def test_dask_reads_the_dataset_directly(tmp_path):
    dd = pytest.importorskip("dask.dataframe")
    path, c = _corpus(tmp_path)
    out = export_dataset(c, tmp_path / "ds")
    d = dd.read_parquet(str(out)).compute()
    assert sorted(d["outlet"].astype(str)) == sorted(c.df["outlet"])
    assert d.loc[d["id"] == "a2", "month"].astype(str).tolist() == ["2024-01"]


def test_refuses_to_overwrite_or_to_write_over_other_folders(tmp_path):
    path, c = _corpus(tmp_path)
    out = export_dataset(path, tmp_path / "ds")
    with pytest.raises(UsageError, match="already holds a dataset"):
        export_dataset(path, out)
    export_dataset(path, out, overwrite=True)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(UsageError, match="not a dataset"):
        export_dataset(path, tmp_path / "other", overwrite=True)
    assert (tmp_path / "other" / "notes.txt").read_text() == "mine"


def test_an_outlet_name_that_cannot_be_a_folder_is_refused(tmp_path):
    df = pd.DataFrame({"id": ["x"], "outlet": ["News/Views"], "published": ["2024-01-01"], "title": ["t"],
                       "text": ["body"]})
    with pytest.raises(UsageError, match="rename"):
        export_dataset(df, tmp_path / "ds")
    assert not (tmp_path / "ds").exists()


def test_load_reads_a_dataset_like_a_corpus(tmp_path):
    path, c = _corpus(tmp_path)
    out = export_dataset(path, tmp_path / "ds")
    back = framing.load(out)
    assert sorted(back.df["id"]) == sorted(c.df["id"])
    assert back.outlets == c.outlets
    assert "month" not in back.df.columns
    again = export_dataset(out, tmp_path / "ds2")          # a dataset exports again, unchanged
    assert read_dataset(again).equals(read_dataset(out))
