"""When no input becomes an article, the one-line error groups the reasons (the first input of
each, and how many share it), and a spreadsheet gets a reason that says what to do."""
import pytest

from framing.errors import InputError
from framing.ingest import ingest_to_corpus


def test_reasons_grouped_with_counts(tmp_path):
    d = tmp_path / "pages"
    d.mkdir()
    for i in range(5):
        (d / f"p{i}.html").write_text("<html><body><p>قصير</p></body></html>", encoding="utf-8")
    (d / "articles.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    with pytest.raises(InputError) as e:
        ingest_to_corpus([d], tmp_path / "c", progress=False)
    msg = str(e.value)
    assert msg.startswith("no article produced from 6 input(s) (")
    assert "(and 4 more)" in msg and msg.count("no article text found") == 1
    assert "articles.xlsx: a spreadsheet (.xlsx): save it as CSV (UTF-8) or JSONL" in msg
    assert "\n" not in msg


def test_an_empty_folder_is_named(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=r"^no article produced: no file in .*empty$"):
        ingest_to_corpus(tmp_path / "empty", tmp_path / "c", progress=False)
    assert not (tmp_path / "c").exists()
