"""Article out of an HTML page: trafilatura for the body, the page's metadata for the rest.

``read_html(text)`` takes the *decoded* page (see :func:`framing.ingest.files.decode`,
which handles UTF-8, windows-1256, ISO-8859-6 and UTF-16 with or without BOM or
charset declaration) and returns an :class:`HtmlArticle` or None when the page
holds no article text.

* body: ``trafilatura.bare_extraction(..., include_comments=False)``, one
  paragraph per line → paragraphs separated by a blank line, tidied like saved
  text (headline and caption repeats, photo credits, share buttons and the
  credit line taken out).  When trafilatura finds nothing, the page is turned
  into lines and read like a page saved from a browser;
* title: ``og:title``/``<h1>``/``<title>`` as trafilatura picks it, without a
  trailing `` | Site name``;
* published: ``article:published_time`` and similar meta tags, JSON-LD
  ``datePublished``, ``<time datetime>``, else a date printed near the
  headline; never trafilatura's guesses;
* outlet: ``og:site_name`` (or JSON-LD publisher), else the ``<title>`` suffix or a masthead or
  footer line (:mod:`framing.ingest.sitename`), else None (the caller falls back to
  the outlet folder's agreed site name, then the canonical URL's domain);
* url: ``<link rel=canonical>``, else ``og:url``.

Nothing external is fetched or resolved: no network, no DTD, no entities
(``<!ENTITY x SYSTEM "file:///etc/passwd">`` stays unresolved).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .browser_text import MIN_WORDS, _is_hard, _is_prose, _words, arabic_share, clean_page, tidy_body
from ..text.dates import parse_date

__all__ = ["HtmlArticle", "read_html"]

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_DATE_META = ("article:published_time", "og:published_time", "article:published", "published_time",
              "datepublished", "pubdate", "publishdate", "publish-date", "publication_date", "date",
              "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "sailthru.date",
              "parsely-pub-date", "original-publish-date", "article.published")
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
               "header", "footer", "nav", "aside", "figure", "figcaption", "blockquote", "tr", "table",
               "title", "main", "dd", "dt", "pre", "hr", "time"}


@dataclass
class HtmlArticle:
    """What one HTML page gave: all strings, None when unknown."""
    title: str | None
    text: str
    published: str | None
    credit: str | None
    outlet: str | None
    url: str | None


def _parse(text: str):
    import lxml.html
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(text, parser=parser)
    except Exception:                                # lxml raises several kinds on garbage
        return None


def _meta(tree) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        val = (m.get("content") or "").strip()
        if key and val and key not in out:
            out[key] = val
    return out


def _jsonld(tree) -> list[dict]:
    objs: list[dict] = []

    def walk(x):
        if isinstance(x, dict):
            objs.append(x)
            for v in x.values():
                if isinstance(v, (dict, list)):
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    for s in tree.iter("script"):
        if (s.get("type") or "").lower() == "application/ld+json" and s.text:
            try:
                walk(json.loads(s.text))
            except (ValueError, RecursionError):
                continue
    return objs


def _date(tree, meta) -> str | None:
    for key in _DATE_META:
        if key in meta:
            d = parse_date(meta[key])
            if d:
                return d
    for obj in _jsonld(tree):
        for key in ("datePublished", "dateCreated", "uploadDate"):
            if isinstance(obj.get(key), str):
                d = parse_date(obj[key])
                if d:
                    return d
    times = list(tree.iter("time"))
    times.sort(key=lambda t: (t.get("itemprop") or "").lower() != "datepublished")
    for t in times:
        d = parse_date(t.get("datetime") or t.text_content())
        if d:
            return d
    return None


def _site(tree, meta) -> str | None:
    if meta.get("og:site_name"):
        return meta["og:site_name"]
    for obj in _jsonld(tree):
        pub = obj.get("publisher")
        if isinstance(pub, dict) and isinstance(pub.get("name"), str) and pub["name"].strip():
            return pub["name"].strip()
    return None


def _canonical(tree, meta) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and (link.get("href") or "").strip():
            return link.get("href").strip()
    return meta.get("og:url")


def domain(url: str | None) -> str | None:
    """``https://www.aljazeera.net/news/x`` → ``aljazeera.net``."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    host = host.removeprefix("www.")
    return host or None


def _strip_site(title: str | None, site: str | None, h1: list[str] = ()) -> str | None:
    """``Headline | Site`` → ``Headline`` when the tail is the site name or the page's
    ``<h1>`` is the headline alone (a real tail such as ``- فيديو`` stays)."""
    if not title:
        return None
    title = " ".join(title.split())
    m = re.match(r"^(?P<head>.+?)\s+[|\-–—:]\s+(?P<tail>[^|\-–—:]+)$", title)
    if m and ((site and m["tail"].strip().lower() == site.strip().lower()) or m["head"].strip() in h1):
        return m["head"].strip()
    return title or None


def _as_lines(tree) -> str:
    """The page's text with one line per block element (for the saved-text reader)."""
    import copy
    tree = copy.deepcopy(tree)
    for bad in tree.xpath("//script|//style|//noscript|//template|//svg"):
        bad.drop_tree()
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() != "br":
                el.text = "\n" + (el.text or "")
    return tree.text_content()


#: attribute values longer than this (inline ``data:`` images of single-file page savers) are emptied
MAX_ATTRIBUTE = 16 * 1024
#: a tag longer than this (thousands of attributes) keeps its name only
MAX_TAG = 32 * 1024
#: pages nested deeper than this are flattened (containers dropped) before parsing
MAX_DEPTH = 400
_HUGE_VALUE = re.compile(r"""=\s*(?:"[^"]{%d,}"|'[^']{%d,}'|data:[^\s>]{%d,})""" % ((MAX_ATTRIBUTE,) * 3))
_HUGE_TAG = re.compile(r"<([A-Za-z][\w:-]*)\s[^<>]{%d,}>" % MAX_TAG)
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^<>]*?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr", "p", "li", "option", "td", "tr", "th", "dt", "dd"}       # (and elements closed implicitly)
_CONTAINERS = re.compile(r"</?(?:div|span|section|font|center|b|i|u|em|strong|small|big|a|table|tbody|thead|"
                         r"tr|td|th|ul|ol|li|dl|dt|dd|blockquote|main|aside|nav|header|footer|figure|label|form|"
                         r"button|q|cite|sup|sub|mark|abbr|time|ins|del|s|strike|tt|code|pre|bdi|bdo)\b[^<>]*>",
                         re.IGNORECASE)
_ANY_TAG = re.compile(r"</?(?!(?:p|h[1-6]|title|meta|link|head|body|html|article|br|script|style)\b)"
                      r"[A-Za-z][\w:-]*[^<>]*>", re.IGNORECASE)


def _depth(text: str) -> int:
    """How deep the page's elements nest (counting open and close tags; void elements skipped)."""
    depth = deepest = 0
    for m in _TAG.finditer(text):
        if m[3] or m[2].lower() in _VOID:
            continue
        depth = max(0, depth - 1) if m[1] else depth + 1
        deepest = max(deepest, depth)
    return deepest


def tame(text: str) -> str:
    """The page without what makes parsers fail or crawl: huge attribute values (inline images
    of MBs), tags with thousands of attributes, and nesting deeper than :data:`MAX_DEPTH`
    (containers dropped: the text stays).  Raises ValueError when it stays too deep."""
    text = _HUGE_VALUE.sub('=""', text)
    text = _HUGE_TAG.sub(lambda m: f"<{m[1]}>", text)
    if _depth(text) > MAX_DEPTH:
        text = _CONTAINERS.sub(" ", text)
        if _depth(text) > MAX_DEPTH:
            text = _ANY_TAG.sub(" ", text)
            if _depth(text) > MAX_DEPTH:
                raise ValueError(f"page nested more than {MAX_DEPTH} elements deep, even without its containers")
    return text


def read_html(text: str) -> HtmlArticle | None:
    """The article in a decoded HTML page, or None when it holds no article text (raises
    ValueError when the page is nested too deeply to read, see :func:`tame`)."""
    text = _DOCTYPE_SUBSET.sub("<!DOCTYPE html>", _XML_DECL.sub("", text, count=1), count=1)
    text = tame(text)
    tree = _parse(text)
    if tree is None:
        return None
    meta = _meta(tree)
    site = _site(tree, meta)
    url = _canonical(tree, meta)
    published = _date(tree, meta)
    from trafilatura import bare_extraction
    try:
        # htmldate's extensive search is slow (dateparser: seconds per page) and guesses;
        # the date comes from _date() instead
        doc = bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False,
                              deduplicate=False,
                              date_extraction_params={"original_date": True, "extensive_search": False})
    except Exception:                                # trafilatura on broken markup: fall back below
        doc = None
    d = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    h1 = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    title = _strip_site(d.get("title") or meta.get("og:title"), site, h1)
    extracted = d.get("text") or ""
    # trafilatura already removed most boilerplate: keep its lines from the first prose
    # line to the first comments/related/footer marker (lists and poems inside stay)
    lines = [x.strip() for x in extracted.split("\n") if x.strip()]
    start = next((i for i, x in enumerate(lines) if _is_prose(x)), 0)
    end = next((i for i in range(start, len(lines)) if _is_hard(lines[i])), len(lines))
    if title is None and start > 0:
        title = next((x for x in reversed(lines[:start]) if 3 <= _words(x) <= 40), None)
    arabic = arabic_share(extracted) > 1 / 3
    paragraphs, credit = tidy_body(lines[start:end], title, arabic)
    if sum(_words(p) for p in paragraphs) < MIN_WORDS:
        page = clean_page(_as_lines(tree))
        if page is None:
            return None
        paragraphs, credit = page.text.split("\n\n"), page.credit
        title = title or page.title
        published = published or page.published
    if published is None:
        page = clean_page(_as_lines(tree))
        published = page.published if page is not None else None
    if site is None:                                 # the <title> suffix, else a masthead or footer line
        from .sitename import masthead, title_site
        head = tree.find(".//title")
        site = (title_site(head.text_content() if head is not None else None, h1 + [meta.get("og:title")])
                or masthead(_as_lines(tree)))
        site = None if site and credit and site in credit else site
    return HtmlArticle(title=title, text="\n\n".join(paragraphs), published=published, credit=credit,
                       outlet=site, url=url or d.get("url"))
