"""Write report blocks as one self-contained HTML file.

Every piece of corpus text is escaped (``html.escape``), so an article containing
``<script>`` shows as text.  Every element holding Arabic gets ``lang="ar"`` and a ``dir``;
charts are embedded as base64 PNG with an ``alt`` text that says what they show and their main
values, so the file needs nothing else to be opened or mailed.  Tables of numbers are sortable
(``data-sortable``: click a column heading; a small inline script, no external resource), and
every share, rate and count links to its concordance lines further down (``href="#k-…"``).
"""
from __future__ import annotations

import base64
import html
import re

from .. import plot
from ..display.text import clean, has_arabic, starts_rtl
from ..text.script import ARABIC_RANGES

__all__ = ["write_html", "render_html"]

CSS = """
body{font-family:Amiri,"Noto Naskh Arabic","DejaVu Sans",serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
line-height:1.5;color:#111}
h1{border-bottom:1px solid #ccc;margin-top:2.5rem}h3{margin-bottom:.2rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border-bottom:1px solid #ddd;padding:.15rem .5rem;vertical-align:top}th{background:#eee}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.note{color:#555;font-size:.92rem}.sentence{font-weight:bold}
.kv th{text-align:start;background:none;white-space:nowrap}.kv td{word-break:break-all}
figure{margin:1rem 0}figure img{max-width:100%}
.kwic td{padding:.1rem .3rem}.kwic .m{font-weight:bold;text-align:center;white-space:nowrap}
.kwic .meta{color:#666;font-size:.8rem;white-space:nowrap}
code{font-size:.85rem}
table[data-sortable] th{cursor:pointer}table[data-sortable] th[aria-sort=ascending]::after{content:" ▲"}
table[data-sortable] th[aria-sort=descending]::after{content:" ▼"}
td a{color:inherit;text-decoration:underline dotted}tr:target{background:#ffd}
"""

#: sorts a table[data-sortable] by the clicked column (numbers by value, text in Arabic order)
SCRIPT = """
document.querySelectorAll("table[data-sortable] thead th").forEach(function (th) {
  th.tabIndex = 0;
  function sort() {
    var row = th.parentNode, body = th.closest("table").tBodies[0];
    var i = Array.prototype.indexOf.call(row.children, th), up = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(row.children, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", up ? "ascending" : "descending");
    function key(r) {
      var t = r.cells[i] ? r.cells[i].textContent.trim() : "", n = parseFloat(t.replace(/[,%\u066c]/g, ""));
      return isNaN(n) ? t : n;
    }
    Array.prototype.slice.call(body.rows).sort(function (a, b) {
      var x = key(a), y = key(b);
      var d = (typeof x === "number" && typeof y === "number") ? x - y : String(x).localeCompare(String(y), "ar");
      return up ? d : -d;
    }).forEach(function (r) { body.appendChild(r); });
  }
  th.addEventListener("click", sort);
  th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
});
"""


def _e(s) -> str:
    return html.escape(clean(s), quote=True)


def _dir(s) -> str:
    """`` lang="ar" dir="rtl"`` for text whose first letter is Arabic (an Arabic block), `` dir="ltr"``
    for other text with letters (so a command line keeps its order inside an Arabic report)."""
    s = clean(s)
    if starts_rtl(s):
        return ' lang="ar" dir="rtl"'
    return ' dir="ltr"' if any(c.isalpha() for c in s) else ""


#: a run of Arabic letters, with the spaces and hyphens between them
_ARABIC_RUN = re.compile(rf"[{ARABIC_RANGES}](?:[{ARABIC_RANGES}\s\-]*[{ARABIC_RANGES}])?")


def _t(s) -> str:
    """``s`` escaped as element content: in a left-to-right element every Arabic run is its own
    ``<span lang="ar" dir="rtl">`` (an Arabic term in an English sentence is read as Arabic)."""
    s = clean(s)
    if starts_rtl(s) or not has_arabic(s):
        return _e(s)
    out, at = [], 0
    for m in _ARABIC_RUN.finditer(s):
        out.append(html.escape(s[at:m.start()]) + f'<span lang="ar" dir="rtl">{html.escape(m.group())}</span>')
        at = m.end()
    return "".join(out) + html.escape(s[at:])


def _cell(tag: str, s, align: str = "L", link: str | None = None) -> str:
    s = clean(s)
    cls = ' class="n"' if align == "R" and not has_arabic(s) else ""
    body = f'<a href="#{_e(link)}">{_t(s)}</a>' if link else _t(s)
    return f"<{tag}{cls}{_dir(s)}>{body}</{tag}>"


def render_html(blocks: list[dict], *, title: str, lang: str = "en", figure_png: dict | None = None) -> str:
    """The report as an HTML string (see :func:`write_html`)."""
    figure_png = figure_png or {}
    rtl = ' dir="rtl"' if lang == "ar" else ' dir="ltr"'
    out = [f'<!DOCTYPE html>\n<html lang="{_e(lang)}"{rtl}><head><meta charset="utf-8">',
           f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"]
    add = out.append
    for b in blocks:
        kind = b["kind"]
        if kind == "pagebreak":
            continue
        if kind in ("title", "h1", "h2", "h3"):
            tag = {"title": "h1", "h1": "h1", "h2": "h2", "h3": "h3"}[kind]
            add(f"<{tag}{_dir(b['text'])}>{_t(b['text'])}</{tag}>")
        elif kind in ("p", "note", "sentence"):
            cls = f' class="{kind}"' if kind != "p" else ""
            add(f"<p{cls}{_dir(b['text'])}>{_t(b['text'])}</p>")
        elif kind == "kv":
            rows = "".join(f"<tr><th{_dir(k)}>{_t(k)}</th><td{_dir(v)}>{_t(v)}</td></tr>" for k, v in b["rows"])
            add(f'<table class="kv">{rows}</table>')
        elif kind == "table":
            aligns = b.get("align") or ["L"] * len(b["header"])
            head = "".join(_cell("th", h) for h in b["header"])
            links = b.get("links") or [[None] * len(b["header"])] * len(b["rows"])
            body = "".join("<tr>" + "".join(_cell("td", c, a, k) for c, a, k in zip(r, aligns, ln)) + "</tr>"
                           for r, ln in zip(b["rows"], links))
            add(f"<table data-sortable><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif kind == "figure":
            png = figure_png.get(b["name"]) or plot.to_bytes(b["fig"], "png")
            data = base64.b64encode(png).decode("ascii")
            text = b.get("alt") or b["name"]
            add(f'<figure><img alt="{_e(text)}"{_dir(text)} src="data:image/png;base64,{data}"></figure>')
        elif kind == "kwic":
            add(_kwic(b["lines"], lang))
    add(f"<script>{SCRIPT}</script></body></html>\n")
    return "\n".join(out)


def _kwic(lines: list[dict], lang: str = "en") -> str:
    """Concordance lines as a table: the match in the middle column, the text before it on the
    reading-start side (right for Arabic lines), each context flush against the match."""
    table_rtl = lang == "ar"
    rows, last = [], None
    for ln in lines:
        if ln["term"] != last:
            ident = f' id="{_e(ln["term_anchor"])}"' if ln.get("term_anchor") else ""
            rows.append(f'<tr{ident}><th colspan="4"{_dir(ln["term"])}>{_t(ln["term"])}</th></tr>')
            last = ln["term"]
        line_rtl = has_arabic(ln["match"] + ln["left"] + ln["right"])
        meta = ln["meta"] + (f" · {ln['voice']}" if ln.get("voice") else "")
        d = ' lang="ar" dir="rtl"' if line_rtl else ' dir="ltr"'
        cells = [("meta", meta, _dir(meta)), ("left", ln["left"], d), ("m", ln["match"], d), ("right", ln["right"], d)]
        if line_rtl != table_rtl:      # the table runs the other way: lay the cells out reversed
            cells = cells[::-1]
        visual = cells if not table_rtl else cells[::-1]   # left-to-right on screen
        m = [c[0] for c in visual].index("m")
        out = []
        for i, (kind, text, di) in enumerate(visual):
            cls = {"meta": ' class="meta"', "m": ' class="m"'}.get(kind, "")
            align = "" if kind in ("meta", "m") else \
                ' style="text-align:right"' if i < m else ' style="text-align:left"'
            out.append(f"<td{cls}{di}{align}>{_t(text)}</td>")
        ident = f' id="{_e(ln["anchor"])}"' if ln.get("anchor") else ""
        rows.append(f"<tr{ident}>" + "".join(out if not table_rtl else out[::-1]) + "</tr>")
    return f'<table class="kwic" dir="{"rtl" if table_rtl else "ltr"}">{"".join(rows)}</table>'


def write_html(blocks: list[dict], path, *, title: str, lang: str = "en", figure_png: dict | None = None) -> None:
    """Write the report as one HTML file at ``path`` (UTF-8)."""
    from pathlib import Path
    Path(path).write_text(render_html(blocks, title=title, lang=lang, figure_png=figure_png), encoding="utf-8")
