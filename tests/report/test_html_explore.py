"""The HTML report a researcher can explore (issue 14, item 9), parsed with lxml: every Arabic block
has ``lang`` and ``dir``, every chart an ``alt`` that describes it, tables are sortable by an
inline script (nothing loaded from outside), and every share links to concordance lines that exist."""
from __future__ import annotations

import re

import pytest
from lxml import html as lhtml

from framing.report import build_report

from .test_build import corpus

ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    d = tmp_path_factory.mktemp("explore")
    out = {}
    for lang in ("en", "ar"):
        build_report(corpus(), ["captives"], html=d / f"{lang}.html", report_lang=lang)
        out[lang] = lhtml.fromstring((d / f"{lang}.html").read_text(encoding="utf-8"))
    return out


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_arabic_block_has_lang_and_dir(pages, lang):
    doc = pages[lang]
    checked = 0
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "title", "html", "head"):
            continue
        # text inside an element, and text after a child (its tail) belonging to the parent
        for text, holder in ((el.text, el), (el.tail, el.getparent())):
            if text and ARABIC.search(text):
                if holder.tag == "a":            # a link inside a table cell: the cell carries them
                    holder = holder.getparent()
                assert holder.get("lang") == "ar" and holder.get("dir") == "rtl", lhtml.tostring(holder)[:200]
                checked += 1
    assert checked > 20


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_chart_has_a_describing_alt(pages, lang):
    imgs = pages[lang].xpath("//img")
    assert imgs
    for img in imgs:
        alt = img.get("alt") or ""
        assert len(alt) > 40 and "%" in alt or "E1" in alt or ":" in alt, alt
    shares = [i.get("alt") for i in imgs if "captives" in (i.get("alt") or "")]
    assert any("Desert Post" in a and "%" in a for a in shares)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_tables_sortable_offline_and_shares_link_to_existing_lines(pages, lang):
    doc = pages[lang]
    tables = doc.xpath("//table[not(contains(@class,'kv')) and not(contains(@class,'kwic'))]")
    assert tables and all(t.get("data-sortable") is not None for t in tables)
    scripts = doc.xpath("//script")
    assert len(scripts) == 1 and not scripts[0].get("src") and "data-sortable" in scripts[0].text
    assert not doc.xpath("//*[@src and not(starts-with(@src,'data:'))]")
    assert not doc.xpath("//link[@href]")
    ids = set(doc.xpath("//@id"))
    hrefs = [a.get("href") for a in doc.xpath("//td/a")]
    share_links = [a for a in doc.xpath("//td/a") if "%" in a.text_content()]
    assert share_links, "no share links"
    for h in hrefs:
        assert h.startswith("#") and h[1:] in ids, h
    # a share of a term in an outlet leads to that outlet's line with that term
    targets = {a.get("href")[1:] for a in share_links}
    rows = [doc.get_element_by_id(t) for t in targets]
    assert all(r.tag == "tr" for r in rows)
