"""Hostile tables: one bad row costs one row; provenance and types are the toolkit's (issue 16, cases 6, 12-14)."""
import datetime as dt
import json

import pandas as pd
import pytest

from framing.errors import InputError
from framing.ingest import ingest
from framing.tables import read_table

BODY = "The council of Tal Nura voted on the new market hall after a long night of debate"


def _csv_rows(n):
    return "".join(f"{i},Nura Post,Title {i},{BODY} number {i}.\n" for i in range(1, n + 1))


def test_one_invalid_utf8_byte_rejects_one_row(tmp_path):
    p = tmp_path / "t.csv"
    raw = ("id,outlet,title,text\n" + _csv_rows(50)).encode()
    raw = raw.replace(b"number 7.", b"number \xff7.")
    p.write_bytes(raw)
    df, bad = read_table(p)
    assert len(df) == 49 and bad == [(f"{p}#7", "invalid UTF-8 byte in the row at line 8")]


def test_truncated_last_row_and_unterminated_quote(tmp_path):
    p = tmp_path / "t.csv"
    text = "id,outlet,title,text\n" + _csv_rows(20) + '21,Nura Post,"Broken title,' + BODY + "\n" + _csv_rows(40)[
        len(_csv_rows(21)):] + "42,Nura Post,Cut"
    p.write_text(text, "utf-8")
    df, bad = read_table(p)
    reasons = dict(bad)
    assert len(df) == 39 and len(bad) == 2                   # rows 1-20 and 22-40 (the 21st and 41st data rows)
    assert "unterminated quote at line 22" in reasons[f"{p}#21"]
    assert "has 3 of 4 fields (truncated?)" in reasons[f"{p}#41"]
    assert set(df["id"]) == {str(i) for i in [*range(1, 21), *range(22, 41)]}


def test_windows_1256_and_utf16_tables(tmp_path):
    rows = [{"id": "1", "outlet": "صحيفة النور", "title": "خبر", "text": "اجتمع مجلس المدينة لمناقشة السوق الجديد " * 3}]
    csv = pd.DataFrame(rows).to_csv(index=False)
    (tmp_path / "a.csv").write_bytes(csv.encode("cp1256"))
    (tmp_path / "b.csv").write_bytes(csv.encode("utf-16"))
    (tmp_path / "c.jsonl").write_bytes(json.dumps(rows[0], ensure_ascii=False).encode("utf-16"))
    for name in ("a.csv", "b.csv", "c.jsonl"):
        df, bad = read_table(tmp_path / name)
        assert not bad and df.loc[0, "outlet"] == "صحيفة النور", name


def test_deeply_nested_jsonl_line_and_infinity_are_row_rejects(tmp_path):
    p = tmp_path / "t.jsonl"
    good = [json.dumps({"id": str(i), "outlet": "Nura Post", "text": f"{BODY} {i}"}) for i in range(3)]
    p.write_text("\n".join([good[0], "[" * 100_000 + "]" * 100_000, good[1],
                            '{"id": "x", "outlet": "Nura Post", "text": "a", "score": Infinity}', good[2]]), "utf-8")
    df, bad = read_table(p)
    assert len(df) == 3
    assert dict(bad) == {f"{p}#2": "JSON line nested too deeply",
                         f"{p}#4": "invalid JSON line (Infinity is not a JSON number)"}


def test_out_of_range_date_in_parquet_rejects_one_row(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq
    stamps = pa.array([0, 10**18 // 1000, 253402300800 * 10**6 * 2], type=pa.timestamp("us"))  # last: year ~18000
    t = pa.table({"id": ["1", "2", "3"], "outlet": ["Nura Post"] * 3, "text": [f"{BODY} {i}" for i in range(3)],
                  "date": stamps})
    pq.write_table(t, tmp_path / "t.parquet")
    df, bad = read_table(tmp_path / "t.parquet")
    assert len(df) == 2 and [w for w, _ in bad] == [f"{tmp_path / 't.parquet'}#3"]


def test_provenance_columns_are_the_toolkits(tmp_path):
    p = tmp_path / "t.jsonl"
    p.write_text(json.dumps({"id": "1", "outlet": "Nura Post", "text": BODY, "source_path": "/etc/shadow",
                             "source_sha256": "0" * 64}) + "\n" + json.dumps({"id": "2", "outlet": "Nura Post",
                                                                                "text": "", "source_path": "/etc/x"}),
                 "utf-8")
    df, bad = read_table(p)
    assert df.loc[0, "source_path"] == f"{p}#1" and df.loc[0, "user_source_path"] == "/etc/shadow"
    assert df.loc[0, "source_sha256"] != "0" * 64 and df.loc[0, "user_source_sha256"] == "0" * 64
    assert bad == [(f"{p}#2", "row has no text")]


def test_lax_types_are_rejected_with_a_reason(tmp_path):
    p = tmp_path / "t.jsonl"
    rows = [{"id": "1", "outlet": "Nura Post", "text": True},
            {"id": "2", "outlet": "Nura Post", "text": 12345},
            {"id": "3", "outlet": ["Nura Post"], "text": BODY},
            {"id": "4", "outlet": "Nura Post", "text": BODY + " four", "date": "2025-03-01T10:00:00+99:00"},
            {"id": "5", "outlet": "Nura Post", "text": BODY + " five", "date": "2025-03-01T10:00:00+03:00"}]
    p.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    df, bad = read_table(p)
    assert df["id"].tolist() == ["5"] and df.loc[0, "published"] == "2025-03-01T10:00:00+03:00"
    reasons = dict(bad)
    assert reasons[f"{p}#1"] == "text is true/false, not text"
    assert reasons[f"{p}#2"] == "text is a number, not text"
    assert reasons[f"{p}#3"] == "outlet is a list or object, not text"
    assert "impossible time zone offset" in reasons[f"{p}#4"]


def test_a_table_that_is_one_json_number_is_a_plain_reject(tmp_path):
    (tmp_path / "n.json").write_text("42")
    with pytest.raises(InputError, match="list of articles"):
        read_table(tmp_path / "n.json")
    res = ingest([tmp_path / "n.json"], progress=False)
    assert len(res.rejects) == 1 and "list of articles" in res.rejects.loc[0, "reason"]


def test_all_invalid_jsonl_gives_one_reject_per_line_and_nothing_else(tmp_path):
    p = tmp_path / "t.jsonl"
    p.write_text("{broken\n[1, 2]\n", "utf-8")
    res = ingest([p], progress=False)
    assert len(res.articles) == 0 and len(res.rejects) == 2
    assert not res.rejects["reason"].str.contains("KeyError").any()


def test_inputs_equal_articles_plus_rejects_for_a_mixed_csv(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("id,outlet,title,text\n" + _csv_rows(10) + "11,Nura Post,x,\n12,,x,y\n", "utf-8")
    df, bad = read_table(p)
    assert len(df) + len(bad) == 12


def test_json_array_and_columns(tmp_path):
    rows = [{"id": "1", "outlet": "Nura Post", "text": BODY}, 5]
    (tmp_path / "a.json").write_text(json.dumps(rows))
    df, bad = read_table(tmp_path / "a.json")
    assert len(df) == 1 and bad == [(f"{tmp_path / 'a.json'}#2", "JSON item is not an object")]
    (tmp_path / "b.json").write_text(json.dumps({"id": ["1"], "outlet": ["Nura Post"], "text": [BODY]}))
    assert len(read_table(tmp_path / "b.json")[0]) == 1
    assert dt  # (imported for symmetry with the parquet test)


def test_csv_and_csv_gz_are_streamed_in_chunks_with_the_same_rows_and_rejects(tmp_path):
    """A UTF-8 CSV (and its .gz) is read as a stream of lines, chunk by chunk: the rows and rejects are
    those of the whole-file reader, also when a broken quote spans a chunk boundary; a file whose
    lines end in CR alone is read whole (split as the whole-file reader splits it)."""
    import gzip

    from framing.tables import _read_csv, iter_table
    text = ("\ufeffid,outlet,title,text\n" + _csv_rows(20) + '21,Nura Post,"Broken title,' + BODY + "\n"
            + _csv_rows(40)[len(_csv_rows(21)):] + "42,Nura Post,Cut")
    (tmp_path / "t.csv").write_text(text, "utf-8")
    (tmp_path / "t.csv.gz").write_bytes(gzip.compress(text.encode()))
    (tmp_path / "mac.csv").write_text(text.replace("\n", "\r"), "utf-8")
    whole_bad: list = []
    whole = _read_csv(tmp_path / "t.csv", text.lstrip("\ufeff"), ",", whole_bad)
    for name in ("t.csv", "t.csv.gz", "mac.csv"):
        chunks = list(iter_table(tmp_path / name, rows=3))
        got = pd.concat([df for df, _ in chunks], ignore_index=True)
        bad = [(w.replace(name, "t.csv"), why) for _, b in chunks for w, why in b]
        assert len(chunks) > 5 or name == "mac.csv"
        assert list(got["id"]) == list(whole["id"]) and bad == whole_bad, name
