"""Sentences and quotation marks: :func:`sentence_bounds` (where sentences end) and
:func:`quote_spans` (which quotation marks pair up into a quotation), on normalised text.

Offsets are characters into the normalised field.  Layering and naming: see :mod:`framing.lexicon.saying`.
"""
from __future__ import annotations

import bisect
import re

from ..text.fastre import first_char_guard
from .saying import _COMPLEMENT, _strip, _verb_lemma


# ---------------------------------------------------------------------------------------- sentences

_SENT_END = re.compile(r"(?<![\s(.][\u0621-\u064a])(?<!^[\u0621-\u064a])[.!?؟]+(?=[\s\"'»”“’)\]]|$|[\u0621-\u064a])"
                       r"|(?<=[\s(.][\u0621-\u064a])[!?؟]+|\n|…")   # not after a one-letter abbreviation (د.ب.أ، م.)
#: the same matches, found 4x faster (a lookahead on the characters that can start one: framing.text.fastre)
_SENT_END_FAST = first_char_guard(_SENT_END)
#: longest sentence the rules look at (characters): a run-on without punctuation is cut here
MAX_SENTENCE = 600


def sentence_bounds(text: str) -> list[int]:
    """Sorted offsets where sentences end (just after . ! ? ؟ … or at a line break); the dots of
    abbreviations («د. فلان», «أ.د», «(د.ب.أ)», «(اتش.اي.في)») end nothing."""
    return [m.end() for m in _SENT_END_FAST.finditer(text) if not _abbreviation(text, m)]


def _abbreviation(text: str, m) -> bool:
    """A single dot after a one-letter word («د.», «م.») or between short letter groups with no
    space («د.ب.أ», «U.S.»): an abbreviation, not a sentence end."""
    i = m.start()
    if m.end() - i != 1 or text[i] != "." or i == 0 or not text[i - 1].isalpha():
        return False
    if i < 2 or not text[i - 2].isalnum():
        return True                                      # «د. القحطاني», «أ.د»
    j = i + 1
    while j < len(text) and text[j].isalpha():
        j += 1
    return 0 < j - i - 1 <= 3 and (j - i - 1 <= 2 or text[j:j + 1] in ".()")   # «اتش.اي.في)»


def _sentence(text: str, bounds: list[int], pos: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence holding ``pos``."""
    i = bisect.bisect_right(bounds, pos)
    start = bounds[i - 1] if i > 0 else 0
    end = bounds[i] if i < len(bounds) else len(text)
    return start, end


# ------------------------------------------------------------------------------------ quotation marks

#: ″ (double prime) is a closing mark typed after a digit or a Latin letter («“ويندوز 10″»), never an opener
_QUOTE_CHARS = re.compile("[«»“”„‟\"‘’'‹›《》″]")
_COLON_PAREN = re.compile(r":\s*\((?=\S)")
#: «قال الله تعالى ( … )», «قوله عز وجل ( … )»: a verse in brackets after the formula that cites it
_VERSE_PAREN = re.compile(r"(?<!\S)(?:تعالي|تعالى|وجل|سبحانه|وتعالي|وتعالى)\s*\(")
_PAIRS = {"«": "»", "“": "”", "„": "“”", "‟": "”", "‹": "›", "《": "》", "‘": "’"}
#: longest quotation (characters) a pair of marks may hold; a mark with no closer nearer stays unpaired
MAX_QUOTE = 1500
_CLITIC = set("وفبلك")


def _mark_open(part: str) -> bool:
    """A quotation mark (", « or “) opened in ``part`` is not closed in it («قناة "سي»: the words after are inside
    the quotation, a name's or a quoted word's, not the sentence's)."""
    return part.count('"') % 2 == 1 or part.count("«") > part.count("»") or part.count("“") > part.count("”")


def _opens(text: str, pos: int) -> bool:
    """A mark that can open a quote: after a space, punctuation or a one-letter clitic; before a letter."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if after.isspace():
        return False
    if not before.isalnum():
        return True
    return before in _CLITIC and (pos < 2 or not text[pos - 2].isalnum())


def _closes(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans inside quotation marks (marks included), outermost quotes only.

    Marks pair within one paragraph and at most :data:`MAX_QUOTE` characters; « » ‹ › 《 》
    pair by direction (also typed reversed, » … «), “ ” „ ‟ ‘ ’ and the ASCII " ' by position:
    an opener stands after a space or clitic and before a letter, a closer after a letter.
    A mark that finds no closer is given up on (a single ' is an apostrophe), except an
    opener right after a colon or at a paragraph start, which quotes to its sentence end.
    """
    spans: list[tuple[int, int]] = []
    if ":" in text and "(" in text:
        for m in _COLON_PAREN.finditer(text):         # «قال تعالى: ( … )»: a quotation in brackets
            close = text.find(")", m.end(), m.end() + MAX_SENTENCE)
            if close > 0 and "\n" not in text[m.end():close]:
                spans.append((m.end() - 1, close + 1))
    if "(" in text and ("تعال" in text or "وجل" in text or "سبحانه" in text):
        for m in _VERSE_PAREN.finditer(text):
            close = text.find(")", m.end(), m.end() + MAX_SENTENCE)
            if close > 0 and "\n" not in text[m.end():close] and text[m.end():close].strip():
                spans.append((m.end() - 1, close + 1))
    if "((" in text:
        for m in re.finditer(r"\(\([^()\n]{3,%d}\)\)" % MAX_QUOTE, text):   # (( … )): a verse or a quotation
            spans.append(m.span())
    if "{" in text:
        for m in re.finditer(r"\{[^{}\n]{3,%d}\}" % MAX_QUOTE, text):   # {…}: Quran and quotations
            spans.append(m.span())
    marks = [(m.start(), m.group()) for m in _QUOTE_CHARS.finditer(text)]
    k = 0
    used_until = -1
    while k < len(marks):
        pos, ch = marks[k]
        if pos < used_until:
            k += 1
            continue
        close = _find_close(text, marks, k)
        if close is not None:
            spans.append((pos, close + 1))
            used_until = close + 1
        elif ch not in "'‘’″" and _opens(text, pos) and _introduced(text, pos):
            end = _sentence_end(text, pos + 1)
            spans.append((pos, end))
            used_until = end
        k += 1
    return _merge(spans)


def _merge(spans: list) -> list:
    """Sorted spans with overlapping ones joined (outer quotes cover inner ones)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _sentence_end(text: str, pos: int) -> int:
    stop = min(len(text), pos + MAX_SENTENCE)
    m = _SENT_END_FAST.search(text, pos, stop)
    while m and _abbreviation(text, m):
        m = _SENT_END_FAST.search(text, m.end(), stop)
    return m.end() if m else stop


def _introduced(text: str, pos: int) -> bool:
    """An unclosed opener right after a colon, a complementiser (قال إن «…), a verb of saying
    with or without its subject (وأكد المصدر "…), or at a paragraph start."""
    head = text[max(0, pos - 30):pos].rstrip()
    if not head or head.endswith((":", "\n")):
        return True
    words = head.split()
    last = _strip(words[-1]) if words else ""
    if last in _COMPLEMENT and last != "that" or _verb_lemma(words[-1]) is not None:
        return True
    return any(_verb_lemma(w) is not None for w in words[-3:]) and not any(c in "،,.؛" for c in head[-20:]) \
        or _after_aside(text, pos)


def _after_aside(text: str, pos: int) -> bool:
    """An unclosed opener after a comma that ends an aside between a verb of saying opening its sentence
    and its quotation («وأضاف الوزير، ردا على أسئلة الصحافيين، "…»): nothing else (أن، إن, a colon) introduced it."""
    if text[max(0, pos - 3):pos].strip()[-1:] not in ("،", ","):
        return False
    start = max(text.rfind(c, max(0, pos - 300), pos) for c in ".!؟\n") + 1
    words = text[start:pos].split()
    return len(words) >= 3 and any(_verb_lemma(w) is not None for w in words[:2]) and not any(
        _strip(w) in _COMPLEMENT or ":" in w for w in words)


def _loose_open(text: str, pos: int) -> bool:
    """A double mark followed by a space that still opens a quotation: right after a colon or
    a complementiser («وأضاف: ” الناس …”», «أن ” عدد …”»)."""
    if pos + 1 >= len(text) or not text[pos + 1].isspace() or not text[pos + 2:pos + 3].strip():
        return False
    head = text[max(0, pos - 12):pos].rstrip()
    words = head.split()
    return head.endswith(":") or (bool(words) and _strip(words[-1]) in _COMPLEMENT and words[-1][-1:] not in "،,.") \
        or _verb_opened(text, pos)


def _verb_opened(text: str, pos: int) -> bool:
    """The sentence before ``pos`` opens with a verb of saying (its first or second word) and runs at most fifteen
    words with no complementiser or colon: what follows is its quotation («وأضاف في تصريح صحفي ” الوضع …“»)."""
    start = max(text.rfind(c, max(0, pos - 200), pos) for c in ".!؟\n") + 1
    if start == 0 and pos > 200:
        return False
    head = text[start:pos]
    words = head.split()
    return 2 <= len(words) <= 15 and not any(c in head for c in "«»\"“”:") and any(
        _verb_lemma(w) is not None for w in words[:2]) and not any(_strip(w) in _COMPLEMENT for w in words)


def _find_close(text: str, marks: list, k: int) -> int | None:
    pos, ch = marks[k]
    if ch == "″":
        return None                                    # (a closing mark only)
    limit = text.find("\n", pos, pos + MAX_QUOTE)      # (searched within the window: one long paragraph
    limit = min(len(text) if limit < 0 else limit, pos + MAX_QUOTE)    # of many marks stays linear)
    if ch in "«‹《»›》":
        rev = {"«": "»", "»": "«", "‹": "›", "›": "‹", "《": "》", "》": "《"}[ch]
        if ch in "»›》" and not (_opens(text, pos) or _loose_open(text, pos)):
            return None
        depth = 0
        after_colon = ch in "»›》" and text[max(0, pos - 2):pos].strip().endswith(":")
        for j in range(k + 1, len(marks)):          # (indices, not a copy of the rest of the list)
            p, c = marks[j]
            if p >= limit:
                return None
            if c == ch and depth == 0 and after_colon and _closes(text, p) and text[p - 1] not in "»«:":
                return p           # «قائلا:»نتابع …».»: a reversed opener closed by the same mark
            if c == ch:
                depth += 1
            elif c == rev:
                if depth == 0:
                    return p
                depth -= 1
        return None
    single = ch in "'‘’"
    glued = not single and pos + 1 < len(text) and text[pos + 1].isalnum()    # اسم"عنوان الفيلم"
    loose = not single and not glued and _loose_open(text, pos)
    if not _opens(text, pos) and not glued and not loose:
        return None
    for j in range(k + 1, len(marks)):
        p, c = marks[j]
        if p >= limit:
            return None
        if (c in "'‘’") != single:
            continue
        if c == ch or c in _PAIRS.get(ch, "") or (ch in "”“" and c in "”“″") or (loose and c in "”“\""):
            if _closes(text, p) or (not single and p > 0 and not text[p - 1].isspace()):
                return p           # a double mark after a letter closes, even glued to the next word
            if not single and text[p + 1:p + 2] in ".،,؛;:!?؟)" and text[p + 1:p + 2]:
                return p           # «… لحظة ".»: a spaced mark before a full stop closes too
            if not single and _opens(text, p):
                return None        # the next mark opens a new quote: ours never closed
    return None
