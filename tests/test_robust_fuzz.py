"""Seeded fuzzing of ingest: a few hundred mutated pages and tables; every input an article or a
reject, never a traceback, and a good page beside them still an article (issue 16)."""
import codecs
import json
import random
from pathlib import Path

import pandas as pd

from framing.ingest import ingest

PAGES = Path(__file__).parent / "ingest" / "pages"
SEED = 16

_HTML = ('<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{title} | صحيفة الوادي</title>'
         '<meta property="og:site_name" content="صحيفة الوادي">'
         '<meta property="article:published_time" content="2025-03-0{d}T10:00:00+03:00"></head>'
         '<body><nav><a href="/">الرئيسية</a></nav><article><h1>{title}</h1>{body}</article>'
         '<footer>جميع الحقوق محفوظة</footer></body></html>')


def _good_html(rng: random.Random, n: int) -> str:
    words = "المجلس البلدي ناقش مشروع السوق الجديد في المدينة وقال رئيس البلدية إن العمل يبدأ قريبا".split()
    paras = "".join("<p>" + " ".join(rng.choice(words) for _ in range(30)) + f" ({n}-{i}).</p>" for i in range(5))
    return _HTML.format(title=f"خبر رقم {n}", d=1 + n % 9, body=paras)


# -- page mutators: bytes -> bytes ------------------------------------------------
def truncate(rng, b):
    return b[: rng.randrange(max(1, len(b)))]


def random_bytes(rng, b):
    i = rng.randrange(max(1, len(b)))
    return b[:i] + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200))) + b[i:]


def flip_bytes(rng, b):
    a = bytearray(b)
    for _ in range(rng.randrange(1, 50)):
        a[rng.randrange(len(a))] = rng.randrange(256)
    return bytes(a)


def deep_nesting(rng, b):
    n = rng.choice([300, 3000, 20000])
    tag = rng.choice([b"div", b"span", b"b", b"p", b"article", b"table"])
    i = b.find(b"<article>")
    return b[:i] + b"<" + tag + b">" * 1 + (b"<" + tag + b">") * n + b[i:] + (b"</" + tag + b">") * rng.choice([0, n])


def huge_attribute(rng, b):
    i = b.find(b"<h1>")
    blob = b"A" * rng.choice([20_000, 2_000_000])
    return b[:i] + b'<img alt="x" src="data:image/png;base64,' + blob + b'">' + b[i:]


def many_attributes(rng, b):
    i = b.find(b"<h1>")
    return b[:i] + b"<div " + b" ".join(b'a%d="v"' % k for k in range(rng.choice([100, 30_000]))) + b">" + b[i:]


def repeat_chunk(rng, b):
    i = rng.randrange(max(1, len(b) - 50))
    return b[:i] + b[i:i + 50] * rng.randrange(2, 2000) + b[i:]


def drop_closing_tags(rng, b):
    import re
    return re.sub(rb"</[a-z0-9]+>", b"", b)


def reencode(rng, b):
    enc = rng.choice(["cp1256", "utf-16", "utf-16-le", "utf-32", "iso8859_6"])
    return b.decode("utf-8", "ignore").encode(enc, "replace")


def nul_bytes(rng, b):
    i = rng.randrange(max(1, len(b)))
    return b[:i] + b"\x00" * rng.randrange(1, 64) + b[i:]


def hostile_markup(rng, b):
    junk = rng.choice([b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;',
                       b"<!--", b"<script>", b"<![CDATA[", b"<svg><svg><svg>", b"&#xFFFFFFFF;&#0;",
                       b"<style>" + b"a{" * 5000, b'<meta charset="x-unknown-9">'])
    i = rng.randrange(max(1, len(b)))
    return b[:i] + junk + b[i:]


PAGE_MUTATORS = [truncate, random_bytes, flip_bytes, deep_nesting, huge_attribute, many_attributes, repeat_chunk,
                 drop_closing_tags, reencode, nul_bytes, hostile_markup]


# -- table mutators: list of row dicts -> bytes of a .jsonl or .csv file ------------------
def _rows(rng, n):
    return [{"id": f"r{i}", "outlet": rng.choice(["Nura Post", "Hill Times"]), "date": f"2025-04-{1 + i % 28:02d}",
             "title": f"Story {i}", "text": f"The harbour board met on day {i} to agree the tariff for boats."}
            for i in range(n)]


def jsonl_lines(rng, rows):
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    for _ in range(rng.randrange(1, 6)):
        k = rng.randrange(len(lines))
        lines[k] = rng.choice([
            lines[k][: rng.randrange(max(1, len(lines[k])))],                       # truncated line
            "[" * 50_000 + "]" * 50_000,                                      # nested too deeply
            lines[k].replace('"title"', '"score": Infinity, "title"'),
            json.dumps({**rows[k], "text": rng.choice([True, 12, ["a"], {"b": 1}, None, ""])}),
            json.dumps({**rows[k], "date": "2025-04-01T10:00:00+99:00"}),
            json.dumps({**rows[k], "source_path": "/etc/shadow"}),
            "42", "null", "\ufeff", "",
        ])
    raw = "\n".join(lines).encode("utf-8")
    if rng.random() < 0.3:
        raw = raw.replace(b"tariff", b"tar\xffiff", 1)
    if rng.random() < 0.2:
        raw = raw.decode("utf-8", "surrogateescape").encode(rng.choice(["utf-16", "cp1256"]), "replace")
    return raw


def csv_text(rng, rows):
    text = pd.DataFrame(rows).to_csv(index=False)
    lines = text.splitlines(True)
    for _ in range(rng.randrange(1, 6)):
        k = rng.randrange(1, len(lines))
        lines[k] = rng.choice([lines[k].replace(",Story", ',"Story', 1), lines[k][: rng.randrange(max(1, len(lines[k])))],
                               lines[k].rstrip("\n") + ",extra\n", "\x00" + lines[k], '"\n', lines[k] * 3])
    raw = "".join(lines).encode("utf-8")
    if rng.random() < 0.3:
        raw = raw.replace(b"tariff", b"tar\xffiff", 1)
    if rng.random() < 0.3:
        raw = raw.decode("utf-8", "surrogateescape").encode(rng.choice(["utf-16", "cp1256"]), "replace")
    if rng.random() < 0.1:
        raw = raw[: rng.randrange(len(raw))]
    return raw


def test_fuzzed_pages_and_tables_are_all_accounted_for(tmp_path):
    rng = random.Random(SEED)
    pages = tmp_path / "in" / "wadi"
    tables = tmp_path / "in" / "tables"
    pages.mkdir(parents=True)
    tables.mkdir()
    good = pages / "000-good.html"
    good.write_text(_good_html(rng, 0), "utf-8")
    (pages / "001-good.txt").write_bytes((PAGES / "wadi_news.txt").read_bytes())
    n_pages = 300
    for n in range(1, n_pages + 1):
        mut = PAGE_MUTATORS[n % len(PAGE_MUTATORS)]
        raw = mut(rng, _good_html(rng, n).encode("utf-8"))
        (pages / f"{n:03d}-{mut.__name__}.{rng.choice(['html', 'htm', 'txt', 'xhtml'])}").write_bytes(raw)
    jsonl_rows = 0
    for n in range(60):
        rows = _rows(rng, rng.randrange(3, 30))
        if n % 2:
            raw = jsonl_lines(rng, rows)
            (tables / f"{n:02d}.jsonl").write_bytes(raw)
        else:
            (tables / f"{n:02d}.csv").write_bytes(csv_text(rng, rows))
    files = sorted(p for p in (tmp_path / "in").rglob("*") if p.is_file())
    res = ingest([tmp_path / "in"], progress=False, seconds=20)
    arts, rej = res.articles, res.rejects
    assert not rej["reason"].str.contains("could not read|Traceback", regex=True).any(), \
        rej[rej["reason"].str.contains("could not read")].head().to_string()
    page_files = [p for p in files if p.parent == pages]
    # every page: exactly one article or one reject
    by_page = pd.concat([arts["source_path"], rej["input"]]).map(lambda s: s.split("#")[0])
    counts = by_page.value_counts()
    for p in page_files:
        assert counts.get(str(p), 0) == 1, (p.name, counts.get(str(p), 0))
    # every table: at least one article or reject, and nothing of it lost silently
    for p in files:
        if p.parent == tables:
            assert counts.get(str(p), 0) >= 1, p.name
    # the good pages beside the fuzzed ones are still articles
    assert {str(good), str(pages / "001-good.txt")} <= set(arts["source_path"])
    assert len(arts) + len(rej) >= len(page_files) + jsonl_rows


def test_fuzzed_jsonl_rows_are_each_an_article_or_a_reject(tmp_path):
    rng = random.Random(SEED + 1)
    for n in range(40):
        rows = _rows(rng, rng.randrange(3, 30))
        raw = jsonl_lines(rng, rows)
        p = tmp_path / f"{n:02d}.jsonl"
        p.write_bytes(raw)
        text = raw.decode("utf-16") if raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else \
            raw.decode("utf-8", "replace") if raw.count(b"\n") or raw else ""
        lines = [x for x in text.removeprefix("\ufeff").split("\n") if x.strip()]
        res = ingest([p], progress=False)
        got = len(res.articles) + len(res.rejects)
        # each non-blank line gives one row (an article, or a reject; duplicates are rejects too)
        assert got == len(lines) or (got == 1 and not lines), (p.name, got, len(lines))
