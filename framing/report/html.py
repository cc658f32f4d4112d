"""Write report blocks as one self-contained HTML file.

Every piece of corpus text is escaped (``html.escape``), so an article containing
``<script>`` shows as text.  Arabic blocks get ``dir="rtl"``; charts are embedded as
base64 PNG, so the file needs nothing else to be opened or mailed.
"""
from __future__ import annotations

import base64
import html

from .. import plot
from ..display.text import clean, has_arabic, starts_rtl

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
"""


def _e(s) -> str:
    return html.escape(clean(s), quote=True)


def _dir(s) -> str:
    """`` dir="rtl"`` for text whose first letter is Arabic (an Arabic block), `` dir="ltr"`` for
    other text with letters (so a command line keeps its order inside an Arabic report)."""
    s = clean(s)
    if starts_rtl(s):
        return ' dir="rtl"'
    return ' dir="ltr"' if any(c.isalpha() for c in s) else ""


def _cell(tag: str, s, align: str = "L") -> str:
    s = clean(s)
    cls = ' class="n"' if align == "R" and not has_arabic(s) else ""
    return f"<{tag}{cls}{_dir(s)}>{_e(s)}</{tag}>"


def render_html(blocks: list[dict], *, title: str, lang: str = "en", figure_png: dict | None = None) -> str:
    """The report as an HTML string (see :func:`write_html`)."""
    figure_png = figure_png or {}
    rtl = ' dir="rtl"' if lang == "ar" else ""
    out = [f'<!DOCTYPE html>\n<html lang="{_e(lang)}"{rtl}><head><meta charset="utf-8">',
           f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"]
    add = out.append
    for b in blocks:
        kind = b["kind"]
        if kind == "pagebreak":
            continue
        if kind in ("title", "h1", "h2", "h3"):
            tag = {"title": "h1", "h1": "h1", "h2": "h2", "h3": "h3"}[kind]
            add(f"<{tag}{_dir(b['text'])}>{_e(b['text'])}</{tag}>")
        elif kind in ("p", "note", "sentence"):
            cls = f' class="{kind}"' if kind != "p" else ""
            add(f"<p{cls}{_dir(b['text'])}>{_e(b['text'])}</p>")
        elif kind == "kv":
            rows = "".join(f"<tr><th>{_e(k)}</th><td{_dir(v)}>{_e(v)}</td></tr>" for k, v in b["rows"])
            add(f'<table class="kv">{rows}</table>')
        elif kind == "table":
            aligns = b.get("align") or ["L"] * len(b["header"])
            head = "".join(_cell("th", h) for h in b["header"])
            body = "".join("<tr>" + "".join(_cell("td", c, a) for c, a in zip(r, aligns)) + "</tr>"
                           for r in b["rows"])
            add(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif kind == "figure":
            png = figure_png.get(b["name"]) or plot.to_bytes(b["fig"], "png")
            data = base64.b64encode(png).decode("ascii")
            add(f'<figure><img alt="{_e(b["name"])}" src="data:image/png;base64,{data}"></figure>')
        elif kind == "kwic":
            add(_kwic(b["lines"], lang))
    add("</body></html>\n")
    return "\n".join(out)


def _kwic(lines: list[dict], lang: str = "en") -> str:
    """Concordance lines as a table: the match in the middle column, the text before it on the
    reading-start side (right for Arabic lines), each context flush against the match."""
    table_rtl = lang == "ar"
    rows, last = [], None
    for ln in lines:
        if ln["term"] != last:
            rows.append(f'<tr><th colspan="4"{_dir(ln["term"])}>{_e(ln["term"])}</th></tr>')
            last = ln["term"]
        line_rtl = has_arabic(ln["match"] + ln["left"] + ln["right"])
        meta = ln["meta"] + (f" · {ln['voice']}" if ln.get("voice") else "")
        d = ' dir="rtl"' if line_rtl else ' dir="ltr"'
        cells = [("meta", meta, ""), ("left", ln["left"], d), ("m", ln["match"], d), ("right", ln["right"], d)]
        if line_rtl != table_rtl:      # the table runs the other way: lay the cells out reversed
            cells = cells[::-1]
        visual = cells if not table_rtl else cells[::-1]   # left-to-right on screen
        m = [c[0] for c in visual].index("m")
        out = []
        for i, (kind, text, di) in enumerate(visual):
            cls = {"meta": ' class="meta"', "m": ' class="m"'}.get(kind, "")
            align = "" if kind in ("meta", "m") else \
                ' style="text-align:right"' if i < m else ' style="text-align:left"'
            out.append(f"<td{cls}{di}{align}>{_e(text)}</td>")
        rows.append("<tr>" + "".join(out if not table_rtl else out[::-1]) + "</tr>")
    return f'<table class="kwic" dir="{"rtl" if table_rtl else "ltr"}">{"".join(rows)}</table>'


def write_html(blocks: list[dict], path, *, title: str, lang: str = "en", figure_png: dict | None = None) -> None:
    """Write the report as one HTML file at ``path`` (UTF-8)."""
    from pathlib import Path
    Path(path).write_text(render_html(blocks, title=title, lang=lang, figure_png=figure_png), encoding="utf-8")
