"""Whose voice a word is in: the outlet's own (``own``) or someone it quotes (``quoted``).

Spans are computed on normalised text (``normalize(..., lower=True)`` keeps every
quotation mark, colon and line break, so the rules read the same as on the
original).  A match is ``quoted`` when it starts inside one of these spans:

* quotation marks: « … », “ … ” (and the reversed ” … “ common in Arabic typing),
  „ … “, ‟ … ”, " … ", and ‘ … ’ / ' … ' when paired at word edges (an
  apostrophe inside a word, as in hostage's, is not a quote).  A quote never
  runs past its paragraph (a line break): an opening mark without a closing one
  quotes to the end of its paragraph (single quotes: not at all), so one stray
  mark cannot flip the rest of the article.  Quotes inside quotes are covered by
  the outer quote.
* reported naming: «ما وصفه … بـ…», «ما سماه/أسماه/يسميه … بـ…», «ما يسمى بـ…»,
  «ما أطلق عليه …» up to the end of the clause (the next punctuation mark, at most
  100 characters); English «what X called/described as …» and «so-called …».
* headlines «Speaker: statement» (title only): a short name or noun phrase (one to
  six words, no digits, not a rubric such as عاجل / فيديو / Breaking), a colon, then
  the statement, which is in the speaker's voice.
"""
from __future__ import annotations

import bisect
import re

__all__ = ["quote_spans", "reported_spans", "headline_span", "voice_spans", "voice_at", "HEADLINE_RUBRICS"]

_QUOTE_CHARS = re.compile("[«»“”„‟\"‘’']")
_DOUBLE = "“”„‟\""
_SINGLE = "‘’'"


def _is_word(c: str) -> bool:
    return c.isalnum()


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of ``text`` inside quotation marks (marks included), paragraph-bounded."""
    spans: list[tuple[int, int]] = []
    marks = [(m.start(), m.group()) for m in _QUOTE_CHARS.finditer(text)]
    k, n = 0, len(text)
    while k < len(marks):                      # one group of marks per paragraph
        pos = marks[k][0]
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = n if end < 0 else end
        j = k
        while j < len(marks) and marks[j][0] < end:
            j += 1
        _paragraph_quotes(text, start, end, marks[k:j], spans)
        k = j
    return spans


def _paragraph_quotes(text: str, start: int, end: int, marks: list, spans: list) -> None:
    disabled: set[int] = set()
    k = 0
    while k < len(marks):
        pos, ch = marks[k]
        kind = _opener_kind(text, pos, ch, start, end)
        if kind is None or k in disabled:
            k += 1
            continue
        # look for the closer
        close = None
        for k2 in range(k + 1, len(marks)):
            p2, c2 = marks[k2]
            if _closes(text, kind, p2, c2, start, end):
                close = k2
                break
        if close is not None:
            spans.append((pos, marks[close][0] + 1))
            k = close + 1
        elif kind == "single":
            disabled.add(k)          # an unpaired single quote is an apostrophe
            k += 1
        else:
            spans.append((pos, end))  # unclosed: quote to the end of the paragraph only
            return


def _opener_kind(text, pos, ch, start, end):
    if ch == "«":
        return "guil"
    if ch == "»":
        # reversed guillemets (» … «) when a « follows in the paragraph
        return "guil_rev" if text.find("«", pos + 1, end) >= 0 and text.find("»", pos + 1, end) < 0 else None
    if ch in _DOUBLE:
        return "double"
    if ch in _SINGLE and ch != "’":
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        if not _is_word(before) and _is_word(after):
            return "single"
    return None


def _closes(text, kind, pos, ch, start, end) -> bool:
    if kind == "guil":
        return ch == "»"
    if kind == "guil_rev":
        return ch == "«"
    if kind == "double":
        return ch in _DOUBLE
    if ch in _SINGLE:
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        return not _is_word(after) and not before.isspace()
    return False


_AR_VERBS = ("وصف|وصفت|وصفوا|يصف|تصف|يصفون|سمي|سما|سمت|سموا|يسمي|تسمي|يسمون|اسمي|اسما|اسمت|اسموا"
             "|اطلق|اطلقت|اطلقوا|يطلق|تطلق|يطلقون")
# literal first, so the regex engine can skip ahead to each «ما»; the word start is checked in Python
_REPORTED_AR = re.compile(
    r"ما\s+(?:" + _AR_VERBS + r")(?:ه|ها|هم|هما|هن)?(?:\s+علي(?:ه|ها|هم))?"
    r"(?=(?:\s+[^\s.,،؛;:!?؟]+){0,7}?\s+ب)[^.,،؛;:!?؟\n]{1,100}")
_REPORTED_EN = re.compile(
    r"(?<!\w)(?:what|which)\s+(?:[\w'-]+\s+){0,4}?(?:called|calls|call|described\s+as|describes\s+as"
    r"|termed|terms|dubbed|dubs|labelled|labeled)(?!\w)[^.,;:!?\n]{0,100}"
    r"|(?<!\w)so-called(?:\s+[\w'-]+){1,3}")
_AR_PREFIX = "وفبلم"


#: headline prefixes that are rubrics, not speakers (normalised, lower case)
HEADLINE_RUBRICS = frozenset("""
عاجل فيديو بالفيديو صور بالصور تقرير راي تحليل خاص حصري مباشر شاهد بالارقام انفوجراف انفوغراف
انفوجرافيك حوار مقال تفاصيل متابعة تحديث ملف خبر اخبار مقابلة breaking live exclusive analysis
opinion video watch update explainer factbox photos interview editorial comment review
""".split())
_HEADLINE = re.compile(r"^\s*([^:\n«»\"“”\d]{1,60}?)\s*:\s*(?=\S)")


def headline_span(title: str) -> tuple[int, int] | None:
    """The statement span of a «Speaker: statement» headline, or None."""
    m = _HEADLINE.match(title)
    if not m:
        return None
    if ".." in m.group(1) or "…" in m.group(1):      # «topic.. A: x.. B: y» lists, not one speaker
        return None
    speaker = m.group(1).split()
    if not 1 <= len(speaker) <= 6 or " ".join(speaker) in HEADLINE_RUBRICS or speaker[0] in HEADLINE_RUBRICS:
        return None
    return m.end(), len(title)


def reported_spans(text: str) -> list[tuple[int, int]]:
    """Spans of reported naming («ما وصفه … بـ…», «so-called …»)."""
    out = []
    if "ما" in text:
        for m in _REPORTED_AR.finditer(text):
            i = j = m.start()
            while j > 0 and i - j < 2 and text[j - 1] in _AR_PREFIX:
                j -= 1
            if j == 0 or not text[j - 1].isalnum():
                out.append(m.span())
    if "call" in text or "describ" in text or "term" in text or "dub" in text or "label" in text:
        out.extend(m.span() for m in _REPORTED_EN.finditer(text))
    return out


def voice_spans(text: str, title: bool = False) -> list[tuple[int, int]]:
    """All quoted spans of a normalised field, sorted and merged."""
    spans = quote_spans(text) + reported_spans(text)
    if title:
        h = headline_span(text)
        if h:
            spans.append(h)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def voice_at(spans: list[tuple[int, int]], starts: list[int], pos: int) -> str:
    """``quoted`` when ``pos`` lies in one of ``spans`` (``starts`` = their start offsets), else ``own``."""
    i = bisect.bisect_right(starts, pos) - 1
    return "quoted" if i >= 0 and pos < spans[i][1] else "own"
