"""Article text out of a page saved as text from a browser (or any page turned into lines).

A saved page holds the article among menus, section lists, share buttons,
"related"/"most read" lists, comments and footers.  ``clean_page(text)`` finds
the article from the page's *structure*, not from any site's strings:

* the **body** is the longest run of prose lines (many words, ending like a
  sentence), allowing up to three short lines inside it (image captions,
  photo credits, sub-headings, "اقرأ أيضا" links);
* a run stops at a marker line that opens a comments section, a related or
  "most read" list, tags or the footer (``التعليقات``, ``Comments``,
  ``الأكثر قراءة``, ``مواضيع ذات صلة``, ``© 2025`` …) and at the credit line;
  nothing after the comments marker can be the article (readers' comments are
  prose too), so a page whose article has no text gives None;
* the **headline** is found in the header block above the body (lines up to
  the menus): a line printed twice on the page (headline + caption) wins, else
  the longest line that reads like a headline (2–40 words, not ending in a
  full stop, not a date, byline, share button, bulleted/menu item or
  breadcrumb); a line inside the body identical to the headline is an image
  caption and is dropped with the short photo-credit line under it
  (``Sputnik``, ``AFP``, ``Getty Images``);
* the **credit** is the ``المصدر: …``/``Source: …`` line next to the body, or a
  clearly marked wire credit (``القاهرة (رويترز) -``, a closing ``— أ ف ب``);
* the **date** is the first date printed above the body (see
  :mod:`framing.text.dates`), else just below it; None when none is printed.

Returns ``None`` when no run of prose of at least ``MIN_WORDS`` words exists.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..text import normalize
from ..text.script import ARABIC
from ..text.dates import find_date

__all__ = ["Page", "clean_page", "tidy_body", "split_credit", "MIN_WORDS"]

#: the body must have at least this many words
MIN_WORDS = 20
_MAX_GAP = 3

_BULLET = re.compile(r"^\s*(?:[•·▪▫◦●○■□►▶»›\-–—*+]|\d{1,2}[.)])\s+")
_WORD = re.compile(r"[\w\u0600-\u06ff]+")
_END_PUNCT = ".!?؟…۔"
_TRAILING = "\"'”»)’]}›>«“ \u200f\u200e"
_BREADCRUMB = re.compile(r"\s[>›»/|]\s|\s[>›»]$")


@functools.lru_cache(maxsize=1 << 16)
def _words(s: str) -> int:
    return len(_WORD.findall(s))


def arabic_share(text: str) -> float:
    """Share of Arabic letters among the first 20,000 characters of ``text``."""
    sample = text[:20000]
    return len(ARABIC.findall(sample)) / len(sample) if sample else 0.0


@functools.lru_cache(maxsize=1 << 16)
def _key(s: str) -> str:
    """Comparison key: normalised letters and digits only."""
    return " ".join(_WORD.findall(normalize(s, lower=True)))


def _ends_sentence(s: str) -> bool:
    s = s.rstrip(_TRAILING)
    return bool(s) and s[-1] in _END_PUNCT


def _latin_share(s: str) -> float:
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return 0.0
    return sum(c.isascii() for c in letters) / len(letters)


def _is_prose(s: str) -> bool:
    """Many words ending like a sentence (or with a wire credit: "… على مدار الساعة (وكالات)").
    A question mark alone needs more words: headlines are often questions."""
    n = _words(s)
    if n >= 25:
        return True
    end = s.rstrip(_TRAILING)[-1:]
    return n >= (15 if end in "؟?" else 6) and (_ends_sentence(s) or bool(_TRAILING_WIRE.search(s)))


# -- marker lines (compared after normalize(lower=True): alef forms folded) ----
def _alts(*phrases: str) -> str:
    return "|".join(re.escape(_key(p)).replace(r"\ ", r"\s+") for p in phrases)


_HARD = re.compile(r"^(?:" + _alts(
    "التعليقات", "تعليقات", "تعليقات القراء", "أضف تعليق", "أضف تعليقك", "اترك تعليقا", "اكتب تعليقك",
    "الأكثر قراءة", "الأكثر قراءةً", "الأكثر مشاهدة", "الأكثر تداولا", "الأكثر شعبية", "الأكثر تعليقا",
    "مواضيع ذات صلة", "موضوعات ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "أخبار متعلقة",
    "ذات صلة", "قد يهمك", "قد يهمك أيضا", "قد يعجبك أيضا", "ننصحك بقراءة", "المزيد من الأخبار",
    "آخر الأخبار", "أحدث الأخبار", "الوسوم", "كلمات مفتاحية", "الكلمات المفتاحية", "الكلمات الدالة",
    "جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر", "تابعونا", "تابعنا على", "تابعونا على",
    "النشرة البريدية", "اشترك في النشرة", "اشترك في نشرتنا",
    "comments", "leave a comment", "add a comment", "related", "related articles", "related stories",
    "related news", "most read", "most popular", "more from", "more stories", "you may also like",
    "tags", "topics", "copyright", "all rights reserved", "follow us", "newsletter", "latest news",
) + r")(?:\s|$)")
# a footer: © with a year, or "all rights reserved" (a bare "© AFP" is a photo credit)
_COMMENTS = re.compile(r"^(?:" + _alts("التعليقات", "تعليقات", "تعليقات القراء", "أضف تعليق", "أضف تعليقك",
                                       "اترك تعليقا", "اكتب تعليقك", "comments", "leave a comment",
                                       "add a comment") + r")(?:\s|$)")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright|حقوق)\D{0,40}(?:19|20)\d\d|(?:19|20)\d\d\s*©"
                        r"|(?:جميع|كل)\s+الحقوق\s+محفوظة|all rights reserved", re.IGNORECASE)
_SOFT = re.compile(r"^(?:" + _alts("اقرأ أيضا", "اقرأ ايضا", "إقرأ أيضا", "اقرأ أيضاً", "اقرأ المزيد",
                                   "للمزيد", "شاهد أيضا", "شاهد ايضا", "read also", "read more", "see also",
                                   "watch") + r")(?:\s|$)")
_SHARE_WORDS = {_key(w) for w in (
    "شارك", "شاركوا", "مشاركة", "شارك الخبر", "شارك المقال", "تويتر", "فيسبوك", "فيس بوك", "واتساب", "واتس اب",
    "واتس آب", "تلغرام", "تيليغرام", "تلجرام", "لينكدإن", "لينكد إن", "انستغرام", "إنستغرام", "يوتيوب", "طباعة",
    "اطبع", "نسخ الرابط", "انسخ الرابط", "نسخ", "الرابط", "أرسل", "إرسال", "البريد الإلكتروني", "بريد", "حفظ",
    "share", "tweet", "twitter", "facebook", "whatsapp", "telegram", "linkedin", "instagram", "youtube",
    "print", "email", "e-mail", "copy link", "link", "x", "reddit", "pinterest", "messenger")}
_BYLINE = re.compile(r"^(?:" + _alts("بقلم", "كتب", "كتبت", "كتبه", "تحرير", "إعداد", "اعداد", "مراسل", "مراسلة",
                                     "by", "author", "written by", "تصوير", "ترجمة") + r")(?:\s|:|$)")
_CREDIT_LINE = re.compile(r"^\s*(?:المصدر|مصدر|المصادر|source|sources)\s*[:：]\s*(?P<c>\S.{0,100}?)\s*\.?\s*$",
                          re.IGNORECASE)
_WIRES = ("رويترز", "أ ف ب", "ا ف ب", "أ.ف.ب", "أ. ف. ب", "ا.ف.ب", "فرانس برس", "فرانس بريس",
          "وكالة الصحافة الفرنسية", "د ب أ", "د.ب.أ", "د. ب. أ", "الأناضول", "وام", "واس", "قنا", "كونا",
          "بترا", "سانا", "أ ش أ", "أ.ش.أ", "الأسوشيتد برس", "أسوشيتد برس", "أ ب", "سبوتنيك", "شينخوا",
          "إرنا", "ارنا", "تاس", "نوفوستي", "رويترز وأ ف ب", "وكالات", "Reuters", "AFP", "AP", "dpa", "DPA",
          "Anadolu", "WAM", "SPA", "Sputnik", "Xinhua", "TASS")
_WIRE_ALT = "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in sorted(_WIRES, key=len, reverse=True))
_WIRE_ONLY = re.compile(rf"^\s*(?:[\-–—]\s*)?[(\[]?\s*(?P<c>{_WIRE_ALT})\s*[)\]]?\s*\.?\s*$", re.IGNORECASE)
_DASH_CREDIT = re.compile(r"^\s*[\-–—]\s*(?P<c>[^\s.،,:؛]+(?:\s+[^\s.،,:؛]+){0,3})\s*\.?\s*$")
_DATELINE = re.compile(rf"^[^()\n]{{0,40}}\(\s*(?P<c>{_WIRE_ALT})\s*\)\s*[\-–—:]", re.IGNORECASE)
_TRAILING_WIRE = re.compile(rf"(?:\s[\-–—]\s*|\s\(\s*)(?P<c>{_WIRE_ALT})\s*\)?\s*\.?\s*$", re.IGNORECASE)
_PHOTO = re.compile(r"©|\b(?:getty|afp|reuters|shutterstock|epa|ap)\b|صورة\s*:|الصورة\s*:|تصوير\s*:|أرشيفية|ارشيفية"
                    r"|\(صورة\)|photo\s*:|credit\s*:", re.IGNORECASE)


def _is_hard(s: str) -> bool:
    n = _words(s)
    return (n <= 6 and bool(_HARD.match(_key(s)))) or (n <= 20 and bool(_COPYRIGHT.search(s)))


def _is_soft(s: str) -> bool:
    return bool(_SOFT.match(_key(s)))


def _is_share(s: str) -> bool:
    parts = [p for p in re.split(r"[|/•·,،\s]+", _key(s)) if p]
    if not parts or len(parts) > 10:
        return False
    k = _key(s)
    return k in _SHARE_WORDS or all(p in _SHARE_WORDS for p in parts)


_INITIALS_END = re.compile(r"(?:^|[\s./])[A-Za-z]\.$")      # "… / A. B." ends in initials, not a sentence


def _is_photo_credit(s: str, arabic_page: bool) -> bool:
    """A short line crediting a picture: ``Sputnik``, ``© AFP``, ``Getty Images``, ``صورة: رويترز``."""
    n = _words(s)
    if n == 0 or n > 6 or (_ends_sentence(s) and not _INITIALS_END.search(s)):
        return False
    if _PHOTO.search(s):
        return True
    return arabic_page and n <= 4 and _latin_share(s) > 0.8


def split_credit(line: str) -> str | None:
    """The credit of a credit line (``المصدر: RT + سبوتنيك`` → ``RT + سبوتنيك``), else None."""
    m = _CREDIT_LINE.match(line) or _WIRE_ONLY.match(line)
    if m:
        return m["c"].strip()
    return None


@dataclass
class Page:
    """What was read from one page: ``title``, ``text`` (paragraphs separated by a blank
    line), ``published`` (ISO 8601 or None) and ``credit`` (or None)."""
    title: str | None
    text: str
    published: str | None = None
    credit: str | None = None


@dataclass
class _Line:
    i: int
    s: str
    bullet: bool


def _lines(text: str) -> list[_Line]:
    out = []
    for i, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        s = raw.replace("\u00a0", " ").replace("\t", " ").strip()
        bullet = bool(_BULLET.match(s))
        if bullet:
            s = _BULLET.sub("", s, count=1)
        s = re.sub(r" {2,}", " ", s).strip()
        if s:
            out.append(_Line(i, s, bullet))
    return out


def _runs(lines: list[_Line], max_gap: int = _MAX_GAP) -> list[tuple[int, int, int]]:
    """Runs of prose as (first, last, words), indices into ``lines``."""
    runs, k = [], 0
    while k < len(lines):
        if not _is_prose(lines[k].s) or _is_hard(lines[k].s):
            k += 1
            continue
        first = last = k
        gap, j = 0, k + 1
        while j < len(lines):
            s = lines[j].s
            if _is_hard(s) or _CREDIT_LINE.match(s):
                break
            if _is_prose(s):
                last, gap = j, 0
            else:
                gap += 1
                if gap > max_gap:
                    break
            j += 1
        words = sum(_words(lines[x].s) for x in range(first, last + 1) if _is_prose(lines[x].s))
        runs.append((first, last, words))
        k = last + 1
    return runs


def _pick_run(lines, runs):
    """The longest run before the comments section.  A comments marker counts once a
    line of five or more words (a headline, a paragraph) stands above it, so a menu
    item "التعليقات" at the top of the page does not."""
    cut = len(lines)
    seen_text = False
    for k, ln in enumerate(lines):
        if seen_text and _COMMENTS.match(_key(ln.s)) and _words(ln.s) <= 6:
            cut = k
            break
        seen_text = seen_text or _words(ln.s) >= 5
    eligible = [r for r in runs if r[0] < cut]
    if not eligible:
        return None
    best = max(eligible, key=lambda r: (r[2], -r[0]))
    return best if best[2] >= MIN_WORDS else None


def _is_nav(line: _Line, counts: dict[str, int]) -> bool:
    s = line.s
    return (line.bullet or _words(s) <= 2 or bool(_BREADCRUMB.search(s)) or _is_hard(s) or _is_share(s)
            or counts.get(_key(s), 0) >= 3)


def _is_byline(s: str) -> bool:
    """"كتب: فلان" / "تحرير فلان الفلاني" — but not a headline that starts with the same
    word ("تحرير 40 من الأسرى في صفقة تبادل": liberation, not editing)."""
    return bool(_BYLINE.match(_key(s))) and (":" in s[:25] or _words(s) <= 5)


def _headline(lines, first, counts, body_keys):
    """Index of the headline above the body (or None) and where the header block starts."""
    candidates, k, top = [], first - 1, first
    while k >= 0 and first - k <= 10:
        ln = lines[k]
        if _is_prose(ln.s) and _ends_sentence(ln.s) and _words(ln.s) > 40:
            break                                 # another text above: stop
        if _is_share(ln.s):                       # share buttons often sit between headline and body
            k -= 1
            continue
        if _is_nav(ln, counts):
            if candidates:
                break
            k -= 1
            continue
        top = k
        s = ln.s
        if not (find_date(s) and _words(s) <= 12) and not _is_byline(s) and not split_credit(s) \
                and not _MAIL_HEADER.match(s):
            candidates.append(k)
        k -= 1
    for k in candidates:                          # a line repeated in the body (caption) is the headline
        if _key(lines[k].s) in body_keys:
            return k, top
    # else the longest headline-like line (datelines such as "القاهرة – خاص" are shorter)
    fit = [k for k in candidates if 2 <= _words(lines[k].s) <= 40 and (
        not _ends_sentence(lines[k].s.rstrip("!؟?")) or lines[k].s.rstrip(_TRAILING).endswith(("..", "…")))]
    for k in fit:                                 # a line printed twice on the page (headline + caption/title)
        if counts.get(_key(lines[k].s), 0) == 2:
            return k, top
    fit = [k for k in fit if _words(lines[k].s) >= 3]
    if fit:
        best = max(fit, key=lambda k: (_words(lines[k].s), k))
        short = None if _alone(lines, best) else _short_headline(lines, first, counts)
        # a masthead block ("أرشيف جريدة الفجر / العدد 4512") loses to a short headline set apart below it
        return (short if short is not None and short > best else best), top
    for k in candidates:
        if _words(lines[k].s) >= 2:
            return k, top
    return _short_headline(lines, first, counts), top


#: a field of an e-mail header block (an exported newsletter): never a headline
_MAIL_HEADER = re.compile(r"^(?:From|To|Cc|Subject|Date|Sent|Reply-To)\s*:", re.IGNORECASE)


def _alone(lines, k) -> bool:
    """Whether line ``k`` stands alone: a blank line (or the page's edge) above and below it."""
    before = lines[k - 1].i if k > 0 else -2
    after = lines[k + 1].i if k + 1 < len(lines) else lines[k].i + 2
    return lines[k].i - before > 1 and after - lines[k].i > 1


def _short_headline(lines, first, counts):
    """A headline of one or two words («زلزال», «Ceasefire»), by structure: the nearest line above
    the body that stands alone between blank lines, printed once, not a list item, date, byline,
    share button, marker or the outlet's masthead; menus (runs of short lines) stop the search."""
    from .sitename import masthead
    for k in range(first - 1, max(-1, first - 11), -1):
        s = lines[k].s
        if find_date(s) and _words(s) <= 12 or _is_byline(s) or split_credit(s) or _is_share(s):
            continue
        if _MAIL_HEADER.match(s):
            return None
        if not _alone(lines, k):
            if _words(s) <= 2:
                return None                       # a menu or a list: no headline above it
            continue
        if (1 <= _words(s) <= 2 and not lines[k].bullet and counts.get(_key(s), 0) == 1 and not _is_hard(s)
                and not _BREADCRUMB.search(s) and not _ends_sentence(s) and masthead(s) is None):
            return k
        if _words(s) <= 2:
            continue
        return None
    return None


def _is_date_line(s: str) -> bool:
    """"Published 10 August 2025, 14:20" / «نُشر في ١٢ نوفمبر ٢٠٢٥»: a short line that is a date."""
    return _words(s) <= 8 and find_date(s) is not None


def tidy_body(paragraphs: list[str], title: str | None = None,
              arabic_page: bool = True) -> tuple[list[str], str | None]:
    """Drop captions, photo credits, share buttons and "read also" links from body
    paragraphs and take out the credit line.  Returns (paragraphs, credit)."""
    tkey = _key(title) if title else None
    paragraphs = [p.strip() for p in paragraphs if p and p.strip()]
    out: list[str] = []
    credit = None
    skip_links = after_caption = False
    n = len(paragraphs)
    for idx, s in enumerate(paragraphs):
        if _CREDIT_LINE.match(s):                          # "المصدر: …" closes the article
            credit = credit or split_credit(s)
            if idx >= n - 3:
                break
            continue
        if tkey and _key(s) == tkey:                       # headline again: first line or a caption
            after_caption = True
            continue
        if _is_photo_credit(s, arabic_page) or (after_caption and _WIRE_ONLY.match(s)):
            if after_caption or 0 < idx < n - 1:
                if not after_caption and out and not _is_prose(out[-1]) and not _ends_sentence(out[-1]):
                    out.pop()                              # the caption above the credit
                after_caption = False
                continue
        after_caption = False
        if _WIRE_ONLY.match(s):                            # "(رويترز)" / "— أ ف ب" alone, first or last
            credit = credit or split_credit(s)
            continue
        if _is_soft(s):
            skip_links = not _is_prose(s)
            continue
        if skip_links and not _is_prose(s):
            continue
        skip_links = False
        if _is_share(s):
            continue
        out.append(s)
    while out and (_is_hard(out[-1]) or _is_share(out[-1]) or _is_date_line(out[-1])):
        out.pop()
    while out and _is_date_line(out[0]):
        out.pop(0)
    if out and credit is None:
        m = _DATELINE.match(out[0])
        if m:
            credit = m["c"]
        else:
            m = _TRAILING_WIRE.search(out[-1])
            d = _DASH_CREDIT.match(out[-1])
            if m:
                credit = m["c"]
            elif d and len(out) > 1:
                credit = d["c"]
                out.pop()
    return out, credit


def clean_page(text: str, max_gap: int = _MAX_GAP) -> Page | None:
    """The article of a page saved as text: see the module docstring.  None when none is found.

    ``max_gap``: how many non-prose lines may stand between two prose lines of the
    body (3; larger for text already stripped of boilerplate, e.g. by trafilatura)."""
    from .unwrap import unwrap
    lines = _lines(unwrap(text))                  # hard-wrapped text: paragraphs joined first
    found = _pick_run(lines, _runs(lines, max_gap))
    if found is None:
        return None
    first, last, _ = found
    counts: dict[str, int] = {}
    for ln in lines:
        counts[_key(ln.s)] = counts.get(_key(ln.s), 0) + 1
    # a few short sentence-like lines may close the article after the last long paragraph
    while (last + 1 < len(lines) and _ends_sentence(lines[last + 1].s) and _words(lines[last + 1].s) >= 2
           and not _is_hard(lines[last + 1].s) and not split_credit(lines[last + 1].s)):
        last += 1
    credit_idx = _credit_below(lines, last)
    body_keys = {_key(lines[k].s) for k in range(first, last + 1)}
    h, top = _headline(lines, first, counts, body_keys)
    title = lines[h].s if h is not None else None
    body = [lines[k].s for k in range(first, last + 1)]
    if credit_idx is not None:
        body.append(lines[credit_idx].s)
    arabic = arabic_share("\n".join(body)) > 1 / 3
    paragraphs, credit = tidy_body(body, title, arabic)
    if sum(_words(p) for p in paragraphs) < MIN_WORDS:
        return None
    if credit is None:                            # "المصدر: …" printed under the headline
        credit = next((split_credit(lines[k].s) for k in range(top, first) if _CREDIT_LINE.match(lines[k].s)),
                      None)
    published = _published(lines, first, last, top, h, paragraphs)
    return Page(title=title, text="\n\n".join(paragraphs), published=published, credit=credit)


def _credit_below(lines: list, last: int) -> int | None:
    """Index of the credit line just below the body (``last``: its last line), before any
    marker, within 4 lines: it belongs to the body.  None when there is none."""
    for k in range(last + 1, min(len(lines), last + 5)):
        if _is_hard(lines[k].s):
            break
        if _CREDIT_LINE.match(lines[k].s) or _WIRE_ONLY.match(lines[k].s):
            return k
    return None


def _published(lines: list, first: int, last: int, top: int, h: int | None, paragraphs: list[str]):
    """The publication date of a page whose body is ``lines[first:last + 1]`` (``top``: first line
    of the header block, ``h``: the headline's line or None): the header block first, then just
    below the body, then anything above; else a date line at the edge of the body, else the
    dateline of the first paragraph.  What :func:`find_date` returns, or None."""
    published = None
    below_end = len(lines)
    for k in range(last + 1, len(lines)):
        if _is_hard(lines[k].s):
            below_end = k
            break
    for rng in (range(top, first), range(last + 1, min(below_end, last + 8)), range(0, top)):
        for k in rng:
            if k != h and _words(lines[k].s) <= 15:
                published = find_date(lines[k].s)
                if published:
                    break
        if published:
            break
    if published is None:                        # a date line at the edge of the body (dropped from it)
        edges = [lines[k].s for k in (first, last) if _is_date_line(lines[k].s)]
        published = find_date(edges[0]) if edges else None
    if published is None and paragraphs:         # a dateline: "المدينة، 8 نوفمبر 2025 (وكالة) - …"
        head = re.split(r"\s[-–—]\s", paragraphs[0], maxsplit=1)
        if len(head) == 2 and _words(head[0]) <= 12:
            published = find_date(head[0])
    return published
