"""Label audit lines in JupyterLab, one at a time, saving the file after every answer.

>>> from framing.audit import label                       # doctest: +SKIP
>>> label("audit.csv", corpus="mycorpus", coder="ab")      # doctest: +SKIP

:class:`Labeller` is the state (which line, the answers, the saving) and has no widget in it, so
it is tested without a browser; :func:`label` wraps it in ipywidgets.  Keys: click in the small
box "keys" and type ``y`` (yes, the word means what the term means), ``n`` (no), ``s`` (skip),
``b`` (back one line); the voice buttons record whether the own/quoted label is right.
"""
from __future__ import annotations

import html
from pathlib import Path

from .files import read_audit, write_audit

__all__ = ["Labeller", "label", "line_html", "article_html"]

_ANSWERS = {"yes": 1.0, "y": 1.0, 1: 1.0, True: 1.0, "no": 0.0, "n": 0.0, 0: 0.0, False: 0.0,
            "skip": None, "s": None, None: None}


def _dir(text: str) -> str:
    from ..text.script import detect_lang
    return "rtl" if detect_lang(text or "") == "ar" else "ltr"


def line_html(row: dict) -> str:
    """One concordance line as HTML in logical order inside ``dir="rtl"`` (Arabic) or ``ltr``
    (the left context then stands on the right of the match in Arabic), the match in ``<mark>``."""
    left, match, right = (str(row.get(k) or "") for k in ("left", "match", "right"))
    d = _dir(left + match + right)
    return (f'<div dir="{d}" style="font-size:1.35em;line-height:1.9;text-align:{"right" if d == "rtl" else "left"}">'
            f'{html.escape(left)} <mark style="background:#ffe066"><b>{html.escape(match)}</b></mark> '
            f'{html.escape(right)}</div>')


def article_html(title: str, text: str, field: str, start: int, end: int) -> str:
    """The whole article (title, then text) with the match highlighted in its field."""
    def part(value, here):
        value = value or ""
        if not here or not (0 <= start <= end <= len(value)):
            return html.escape(value)
        return (html.escape(value[:start]) + '<mark style="background:#ffe066"><b>'
                + html.escape(value[start:end]) + "</b></mark>" + html.escape(value[end:]))
    d = _dir((title or "") + (text or "")[:500])
    return (f'<div dir="{d}" style="white-space:pre-wrap;max-height:28em;overflow:auto;border:1px solid #ccc;'
            f'padding:0.5em"><h4>{part(title, field == "title")}</h4>{part(text, field == "text")}</div>')


class Labeller:
    """The labelling state over one audit file (``.csv`` or ``.jsonl``).

    ``pos`` is the line shown (``None`` when every line is answered or skipped).  :meth:`answer`
    writes ``sense_ok`` (1 / 0, or leaves it empty for skip), ``voice_ok``, ``coder`` and ``note``
    into that line, **saves the whole file atomically** (a temporary file renamed over it, so a
    dying kernel leaves either the previous or the new file, never half of one) and moves to the
    next line not answered yet.  Reopening the file starts at the first line not answered.
    """

    def __init__(self, path, corpus=None, coder: str = ""):
        self.path = Path(path)
        self.lines = read_audit(self.path)
        self.coder = coder
        self.skipped: set[int] = set()
        self.history: list[int] = []
        self.saves = 0
        self._articles = None
        if corpus is not None:
            from ..lexicon.core import _frame
            df = _frame(corpus)
            df = df[df["id"].astype(str).isin(set(self.lines["id"]))]
            self._articles = {str(i): (t, x) for i, t, x in
                              zip(df["id"], df.get("title", [None] * len(df)), df["text"])}
        self.pos = self._next(-1)

    def _open(self, i: int) -> bool:
        return i not in self.skipped and self.lines["sense_ok"].iat[i] != self.lines["sense_ok"].iat[i]

    def _next(self, after: int):
        for i in range(after + 1, len(self.lines)):
            if self._open(i):
                return i
        return None

    @property
    def current(self) -> dict | None:
        """The line shown, as a dict of the audit columns (``None`` when done)."""
        return None if self.pos is None else self.lines.iloc[self.pos].to_dict()

    @property
    def progress(self) -> tuple[int, int]:
        """``(answered, total)`` lines."""
        return int(self.lines["sense_ok"].notna().sum()), len(self.lines)

    def answer(self, sense, voice_ok=None, note: str | None = None) -> None:
        """Record ``sense`` (``"yes"``/``1``, ``"no"``/``0`` or ``"skip"``/``None``) for the current
        line, with ``voice_ok`` (1 / 0 / None) and an optional ``note``; save; go to the next line."""
        if self.pos is None:
            return
        if sense not in _ANSWERS:
            raise ValueError(f"answer yes, no or skip, got {sense!r}")
        code, i = _ANSWERS[sense], self.pos
        cols = self.lines.columns
        if code is None:
            self.skipped.add(i)
        else:
            self.lines.iat[i, cols.get_loc("sense_ok")] = code
            self.lines.iat[i, cols.get_loc("voice_ok")] = float("nan") if voice_ok is None else float(voice_ok)
            if self.coder:
                self.lines.iat[i, cols.get_loc("coder")] = self.coder
        if note:
            self.lines.iat[i, cols.get_loc("note")] = note
        self.save()
        self.history.append(i)
        self.pos = self._next(i)

    def back(self) -> None:
        """Show the previous line again (its answer can be changed)."""
        if self.history:
            i = self.history.pop()
            self.skipped.discard(i)
            self.lines.iat[i, self.lines.columns.get_loc("sense_ok")] = float("nan")
            self.pos = i

    def save(self) -> None:
        """Write the file atomically (same format as it was read)."""
        write_audit(self.lines, self.path, overwrite=True)      # the file being coded: its codes are these
        self.saves += 1

    def article(self) -> str:
        """HTML of the current line's whole article with the match highlighted ('' without a corpus)."""
        r = self.current
        if r is None or self._articles is None or r["id"] not in self._articles:
            return ""
        title, text = self._articles[r["id"]]
        return article_html(title, text, r["field"], int(r["start"]), int(r["end"]))


def _meta(lab: Labeller) -> str:
    r = lab.current
    done, total = lab.progress
    if r is None:
        return (f"<b>Done</b>: {done} of {total} lines answered"
                + (f", {len(lab.skipped)} skipped" if lab.skipped else "") + f". Saved in {html.escape(str(lab.path))}.")
    bits = [f"line {lab.pos + 1} of {total} ({done} answered)", f"term <b>{html.escape(str(r['term']))}</b>",
            f"family {html.escape(str(r['family']))}", html.escape(str(r.get("outlet") or "")),
            html.escape(str(r.get("published") or "")), f"{r['field']} {int(r['start'])}–{int(r['end'])}",
            f"voice: <b>{html.escape(str(r.get('voice') or '?'))}</b>"]
    return '<div dir="ltr">' + " · ".join(b for b in bits if b) + "</div>"


def label(path, corpus=None, coder: str = ""):
    """A JupyterLab widget to label the audit file at ``path``: one line at a time (right to left
    for Arabic, the match highlighted), **yes / no / skip / back** buttons (or type ``y n s b`` in
    the keys box), the voice check, a note, and the whole article a click away (needs ``corpus``).
    The file is saved after every answer.  Returns the widget (display it, or leave it last in a
    cell); its ``.labeller`` is the :class:`Labeller`."""
    try:
        import ipywidgets as w
    except ImportError as e:
        from ..errors import UsageError
        raise UsageError("the labelling widget needs ipywidgets (pip install 'framing[lab]'); or label the CSV "
                         "in a spreadsheet") from e
    lab = Labeller(path, corpus=corpus, coder=coder)
    meta, line, art = w.HTML(), w.HTML(), w.HTML()
    voice = w.ToggleButtons(options=[("not checked", None), ("voice right", 1), ("voice wrong", 0)], value=None,
                            description="voice label:")
    note = w.Text(placeholder="note (optional)", layout=w.Layout(width="60%"))
    keys = w.Text(placeholder="keys: y n s b", layout=w.Layout(width="9em"))
    show = w.ToggleButton(description="show article", disabled=corpus is None,
                          tooltip="the whole article" if corpus is not None else "give corpus= to see articles")
    buttons = {k: w.Button(description=d, button_style=s) for k, d, s in
               (("yes", "yes (y)", "success"), ("no", "no (n)", "danger"), ("skip", "skip (s)", ""),
                ("back", "back (b)", ""))}

    def refresh(*_):
        meta.value = _meta(lab)
        r = lab.current
        line.value = line_html(r) if r is not None else ""
        art.value = lab.article() if show.value and r is not None else ""
        for b in buttons.values():
            b.disabled = r is None and b is not buttons["back"]
        voice.value, note.value = None, ""

    def act(kind):
        if kind == "back":
            lab.back()
        else:
            lab.answer(kind, voice_ok=voice.value, note=note.value.strip() or None)
        refresh()

    for k, b in buttons.items():
        b.on_click(lambda _b, k=k: act(k))

    def on_key(change):
        v = (change["new"] or "").strip().lower()
        if v:
            keys.value = ""
            kind = {"y": "yes", "n": "no", "s": "skip", "b": "back"}.get(v[-1])
            if kind:
                act(kind)

    keys.observe(on_key, names="value")
    show.observe(refresh, names="value")
    refresh()
    box = w.VBox([meta, line, w.HBox(list(buttons.values()) + [keys]), voice, note, show, art])
    box.labeller = lab
    return box
