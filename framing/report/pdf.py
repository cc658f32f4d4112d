"""Write report blocks as a PDF with fpdf2, HarfBuzz shaping and the Amiri font.

Text stays text: strings go in in logical order and fpdf2 shapes and orders them
(``set_text_shaping(True)``), so ``pdftotext`` gives the Arabic words back in logical
order.  Pitfalls handled here: paragraphs whose first letter is Arabic
are right-aligned; in an Arabic report tables are mirrored (columns reversed); text with
no Arabic letter is shaped as Latin script (Amiri otherwise draws an Arabic-style raised
full stop in ``3.2``); concordance lines of Arabic articles are laid out right to left.
"""
from __future__ import annotations

import datetime as _dt
import io

from fpdf import FPDF

from .. import plot
from ..display.fonts import FALLBACK, FAMILY, LATIN, fallback_files, font_files, latin_files
from ..display.text import clean, has_arabic, starts_rtl

__all__ = ["write_pdf"]

_MIRROR = {"L": "R", "R": "L", "C": "C"}
_GREY = (110, 110, 110)
_RULE = (200, 200, 200)
#: line height of a wrapped table cell per pt of font size: the lines of a cell are set closer than rows (0.6)
_WRAP_LINE = 0.5


def _largest(hi: int, fits) -> int:
    """The largest ``n`` in ``0..hi`` with ``fits(n)`` (``fits`` true up to some n, false above; 0 when
    none fits): a binary search, so an unbroken 6,000-character name costs ~13 measurements, not 6,000;
    ``hi`` is tried first (the estimate a caller gives usually fits: one measurement, the same answer)."""
    if hi > 0 and fits(hi):
        return hi
    lo = 0
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


# Amiri kerns ر before ي (and a few other pairs) so far left that pdftotext sees a space
# ("العسكر ية"): without the kern table the words stay whole for search and copy
NO_KERN = {"kern": False}


class _PDF(FPDF):
    def __init__(self, footer: str, rtl: bool):
        super().__init__(format="A4", unit="mm")
        self.footer_text, self.rtl = footer, rtl
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, margin=16)
        for style, path in font_files().items():
            self.add_font(FAMILY, style, str(path))
        for style, path in fallback_files().items():
            self.add_font(FALLBACK, style, str(path))
        if fallback_files():
            self.set_fallback_fonts([FALLBACK], exact_match=False)
        self._latin = latin_files()
        for style, path in self._latin.items():
            self.add_font(LATIN, style, str(path))
        self.set_text_shaping(True, features=NO_KERN)
        self._arabic, self._size, self._style = True, 10, ""
        self._widths: dict = {}

    def get_string_width(self, s: str, normalized: bool = False, markdown: bool = False) -> float:
        """fpdf2's width, kept per font, size, shaping and text: tables measure a cell once to choose
        their size and again to cut it, and shaped measuring is most of a report's layout time
        (measuring draws nothing and adds no glyph to the embedded fonts, so the bytes are the same)."""
        key = (self.font_family, self.font_style, self.font_size_pt, self._arabic, self.char_spacing,
               self.font_stretching, normalized, markdown, s)
        w = self._widths.get(key)
        if w is None:
            w = self._widths[key] = super().get_string_width(s, normalized, markdown)
        return w

    # -- text helpers ------------------------------------------------------------
    def _shape_for(self, text: str) -> None:
        """Amiri with HarfBuzz shaping for text with Arabic letters; STIX (a Times-like serif shipped
        in matplotlib's wheel) without shaping for other text — fpdf2 shapes every character again
        while wrapping lines, so shaping only where needed keeps a report fast, and Amiri without
        shaping would draw an Arabic-style raised full stop in ``3.2``."""
        arabic = has_arabic(text)
        if arabic != self._arabic:
            self.set_text_shaping(arabic, features=NO_KERN if arabic else None)
            self._arabic = arabic
        family = FAMILY if arabic or not self._latin else LATIN
        style = self._style if self._style in (font_files() if family == FAMILY else self._latin) else ""
        self.set_font(family, style, self._size)

    def font(self, size: float, style: str = "", color=(0, 0, 0)) -> None:
        self._size, self._style = size, style
        self.set_font(FAMILY, style if style in font_files() else "", size)
        self.set_text_color(*color)

    def para(self, text: str, size: float = 10.5, style: str = "", color=(0, 0, 0), align: str | None = None,
             space: float = 1.5, markdown: bool = False) -> None:
        text = clean(text)
        if not text:
            return
        self.font(size, style, color)
        self._shape_for(text)
        if align is None:
            align = "R" if starts_rtl(text) or (self.rtl and not text[:1].isascii()) else "L"
        self.multi_cell(0, size * 0.48, text, align=align, new_x="LMARGIN", new_y="NEXT", markdown=markdown)
        self.ln(space)

    def fit(self, text: str, width: float, keep_end: bool = False) -> str:
        """``text`` cut at a word boundary (with …) so it fits ``width`` mm in the current font
        (also selects the font for ``text``).  Shaped widths are slow to measure in fpdf2, so
        the cut is estimated from one measurement and checked, not searched word by word."""
        text = clean(text)
        self._shape_for(text)
        room = width - 2
        # cheap bound first: no glyph run of Amiri averages 0.7 em, so short text fits unmeasured
        if len(text) * self.font_size * 0.7 <= room:
            return text
        full = self.get_string_width(text)
        if full <= room:
            return text
        words = text.split(" ")
        if keep_end:
            words = words[::-1]
        budget = len(text) * room / full * 0.95       # characters that should fit
        k, used = 0, 0
        while k < len(words) and used + len(words[k]) + 1 <= budget:
            used += len(words[k]) + 1
            k += 1

        def cand(k):  # the first k words (the last k when keep_end), marked as cut
            kept = words[:k][::-1] if keep_end else words[:k]
            return ("… " + " ".join(kept)) if keep_end else (" ".join(kept) + " …")
        k = _largest(k, lambda j: self.get_string_width(cand(j)) <= room)
        if k >= 1:
            return cand(k)

        def part(n):  # the first n characters (the last n when keep_end), marked as cut
            return ("…" + text[len(text) - n:]) if keep_end else (text[:n] + "…")
        return part(max(1, _largest(len(text), lambda n: self.get_string_width(part(n)) <= room)))

    def wrapped(self, text: str, width: float) -> list[str]:
        """The lines ``text`` takes in a cell ``width`` mm wide in the current font, broken between
        words as ``multi_cell`` draws them (also selects the font for ``text``, as :meth:`fit` does)."""
        text = clean(text)
        self._shape_for(text)
        return self.multi_cell(width, 1, text, dry_run=True, output="LINES") if text else [""]

    def row(self, cells, widths, aligns, h, size, style="", fill=None, border="B", wrap=(), lines=1) -> None:
        """One row of cells, each cut to one line ``h`` mm tall, but a cell of a ``wrap`` column (its index
        in ``cells``), laid out over its lines (:meth:`wrapped`; ``lines``: the most of the row's
        wrapped cells), the row as tall as that (:func:`_row_height`)."""
        wraps = [i in wrap for i in range(len(cells))]
        if self.rtl:
            cells, widths, wraps = cells[::-1], widths[::-1], wraps[::-1]
            aligns = [_MIRROR.get(a, a) for a in aligns[::-1]]
        self.font(size, style)
        if fill:
            self.set_fill_color(*fill)
        self.set_draw_color(*_RULE)
        x, y = self.get_x(), self.get_y()
        line = size * _WRAP_LINE
        for text, w, a, wr in zip(cells, widths, aligns, wraps):
            if wr:
                text = clean(str(text))
                self._shape_for(text)
            else:
                text = self.fit(str(text), w)   # also selects the font for the text
            if a == "A":  # automatic: by the direction of the cell's text
                a = "R" if starts_rtl(text) else "L"
            if lines == 1:
                self.cell(w, h, text, border=border, align=a, fill=bool(fill))
                continue
            self.cell(w, _row_height(h, size, lines), "", border=border, fill=bool(fill))   # fill and rule
            if wr:   # the first line on the one-line cells' baseline
                self.set_xy(x, y + (h - line) / 2)
                self.multi_cell(w, line, text, align=a, new_x="RIGHT", new_y="TOP")
            else:
                self.set_x(x)
                self.cell(w, h, text, align=a)
            x += w
            self.set_xy(x, y)
        self.ln(_row_height(h, size, lines))

    # -- page furniture ------------------------------------------------------------
    def footer(self) -> None:
        self.set_y(-11)
        self.font(7.5, color=_GREY)
        text = f"{self.footer_text} · {self.page_no()}"
        self._shape_for(text)
        self.cell(0, 5, text, align="C")


def write_pdf(blocks: list[dict], path, *, title: str, created: _dt.datetime, footer: str,
              lang: str = "en", figure_png: dict | None = None) -> None:
    """Write ``blocks`` (see :mod:`.layout`) as an A4 PDF at ``path``.

    ``created``: the fixed creation date (so rebuilding gives identical bytes).
    ``figure_png``: PNG bytes per figure name (rendered by the caller, shared with the HTML).
    """
    rtl = lang == "ar"
    pdf = _PDF(footer, rtl)
    pdf.set_creation_date(created)
    pdf.set_title(clean(title))
    pdf.set_creator("framing")
    pdf.set_producer("framing")
    pdf.set_lang(lang)
    pdf.add_page()
    figure_png = figure_png or {}
    for i, b in enumerate(blocks):
        kind = b["kind"]
        if kind in ("h1", "h2", "h3"):  # keep a heading with the start of what follows it
            need = {"h1": 30, "h2": 25, "h3": 15}[kind]
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None and nxt["kind"] == "figure":
                need = 12 + 0.8 * _figure_size(pdf, nxt["fig"])[1]
            elif nxt is not None and i + 2 < len(blocks) and blocks[i + 2]["kind"] == "figure":
                need = 25 + 0.8 * _figure_size(pdf, blocks[i + 2]["fig"])[1]
            if pdf.get_y() + need > pdf.page_break_trigger and pdf.get_y() > pdf.t_margin + 5:
                pdf.add_page()
        if kind == "pagebreak":
            pdf.add_page()
        elif kind == "title":
            pdf.ln(18)
            pdf.para(b["text"], size=22, style="B", space=4)
        elif kind == "h1":
            pdf.para(b["text"], size=16, style="B", space=2)
        elif kind == "h2":
            pdf.ln(2)
            pdf.para(b["text"], size=12.5, style="B", space=1)
        elif kind == "h3":
            pdf.para(b["text"], size=11, style="B", space=0.5)
        elif kind == "p":
            pdf.para(b["text"])
        elif kind == "note":
            pdf.para(b["text"], size=9.5, color=_GREY)
        elif kind == "sentence":
            pdf.para(b["text"], size=10.5, style="B", space=2)
        elif kind == "kv":
            _kv(pdf, b["rows"])
        elif kind == "table":
            _table(pdf, b)
        elif kind == "figure":
            png = figure_png.get(b["name"]) or plot.to_bytes(b["fig"], "png")
            _figure(pdf, png, b["fig"])
        elif kind == "kwic":
            _kwic(pdf, b["lines"])
    pdf.output(str(path))


def _kv(pdf: _PDF, rows) -> None:
    """Label / value pairs; values wrap (commands and hashes are long)."""
    kw, vw = 38, pdf.epw - 38
    for k, v in rows:
        v = clean(v)
        pdf.font(9.5, "B", _GREY)
        pdf._shape_for(k)
        y = pdf.get_y()
        if pdf.rtl:
            pdf.set_x(pdf.l_margin + vw)
            pdf.multi_cell(kw, 5, k, align="R", new_x="LMARGIN", new_y="TOP")
            pdf.set_y(y)
        else:
            pdf.multi_cell(kw, 5, k, align="L", new_x="RIGHT", new_y="TOP")
        pdf.font(9.5)
        pdf._shape_for(v)
        x = pdf.l_margin if pdf.rtl else pdf.l_margin + kw
        pdf.set_xy(x, y)
        pdf.multi_cell(vw, 5, v, align="R" if starts_rtl(v) or pdf.rtl else "L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def _table(pdf: _PDF, b: dict) -> None:
    """A table block; the cells of its ``wrap`` columns (indices) take as many lines as they need."""
    size = b.get("size") or 8.5
    widths = [w * pdf.epw for w in b["widths"]]
    aligns = b.get("align") or ["L"] * len(widths)
    wrap = set(b.get("wrap", ()))
    header = [clean(c) for c in b["header"]]

    rows = [[clean(c) for c in r] for r in b["rows"]]
    if b.get("fit", True):  # long listings (the appendix) keep their size: cells are cut instead
        size = _fitting_size(pdf, [[c for i, c in enumerate(r) if i not in wrap] for r in rows],
                             [w for i, w in enumerate(widths) if i not in wrap], size)
    h = size * 0.6
    # an automatic column is aligned by the direction of most of its cells (one edge per column), but
    # a wrapped cell by its own (lines of Arabic set flush left, or English flush right, read badly)
    aligns = [a if a != "A" or i in wrap else ("R" if 2 * sum(starts_rtl(r[i]) for r in rows) > len(rows) else "L")
              for i, a in enumerate(aligns)]

    def head():
        pdf.row(header, widths, aligns, h, size, "B", fill=(238, 238, 238))
    if pdf.will_page_break(3 * h):
        pdf.add_page()
    head()
    for r in rows:
        lines = 1
        if wrap:
            pdf.font(size)
            lines = max(len(pdf.wrapped(r[i], widths[i])) for i in wrap)
        if pdf.will_page_break(_row_height(h, size, lines)):
            pdf.add_page()
            head()
        pdf.row(r, widths, aligns, h, size, wrap=wrap, lines=lines)
    pdf.ln(2)


def _row_height(h: float, size: float, lines: int) -> float:
    """The height of a table row of one-line height ``h`` whose tallest wrapped cell takes ``lines`` lines."""
    return h + (lines - 1) * size * _WRAP_LINE


def _fitting_size(pdf: _PDF, rows: list, widths: list, size: float, smallest: float = 6.0) -> float:
    """The font size (≤ ``size``, ≥ ``smallest``) at which every cell fits its column, so numbers
    and intervals shrink rather than being cut (text still too long at ``smallest`` is cut)."""
    need = 1.0
    pdf.font(size)
    for r in rows:
        for text, w in zip(r, widths):
            text = str(text)
            if len(text) * size * 0.7 * 0.3528 * 0.6 <= w - 2:   # surely fits (≤ 0.42 em per character)
                continue
            pdf._shape_for(text)
            width = pdf.get_string_width(text)
            if width > w - 2:
                need = min(need, (w - 2) / width)
    return max(smallest, size * need) if need < 1 else size


def _figure_size(pdf: _PDF, fig) -> tuple[float, float]:
    w_in, h_in = fig.get_size_inches()
    w = min(pdf.epw, pdf.epw * w_in / plot.WIDTH)
    return w, w * h_in / w_in


def _figure(pdf: _PDF, png: bytes, fig) -> None:
    w, h = _figure_size(pdf, fig)
    room = pdf.page_break_trigger - pdf.get_y()
    if h > room:
        if h * 0.8 <= room:        # shrink a little rather than leave half a page empty
            w, h = w * room / h, room
        else:
            pdf.add_page()
    x = pdf.l_margin + (pdf.epw - w) / 2
    pdf.image(io.BytesIO(png), x=x, w=w, h=h)
    pdf.ln(2)


def _kwic(pdf: _PDF, lines: list[dict]) -> None:
    """Concordance lines: a small grey line with outlet, date and id, then the line itself
    with the match in bold, centred; Arabic lines are laid out right to left."""
    size, h = 9, 5.2
    ctx = (pdf.epw - 26) / 2
    last_term = None
    for ln in lines:
        if ln["term"] != last_term:
            if pdf.will_page_break(3 * h):
                pdf.add_page()
            pdf.font(9.5, "B")
            pdf._shape_for(ln["term"])
            pdf.cell(0, h + 1, ln["term"], align="R" if starts_rtl(ln["term"]) or pdf.rtl else "L",
                     new_x="LMARGIN", new_y="NEXT")
            last_term = ln["term"]
        if pdf.will_page_break(2 * h):
            pdf.add_page()
        meta = ln["meta"] + (f" · {ln['voice']}" if ln.get("voice") else "")
        pdf.font(7, color=_GREY)
        pdf._shape_for(meta)
        rtl = has_arabic(ln["match"]) or has_arabic(ln["left"] + ln["right"])
        pdf.cell(0, 3.4, meta, align="R" if rtl else "L", new_x="LMARGIN", new_y="NEXT")
        pdf.font(size)
        left = pdf.fit(ln["left"], ctx, keep_end=True)
        right = pdf.fit(ln["right"], ctx)
        pdf.font(size, "B")
        match = pdf.fit(ln["match"], 26)
        pdf.set_draw_color(*_RULE)
        if rtl:   # visual order, right to left: left context | match | right context
            cells = [(right, ctx, "R", ""), (match, 26, "C", "B"), (left, ctx, "L", "")]
        else:
            cells = [(left, ctx, "R", ""), (match, 26, "C", "B"), (right, ctx, "L", "")]
        for text, w, a, style in cells:
            pdf.font(size, style)
            pdf._shape_for(text)
            pdf.cell(w, h, text, align=a, border="B")  # text was cut to fit above
        pdf.ln(h + 0.6)
