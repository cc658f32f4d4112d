"""Publication dates as outlets print them → ISO 8601 strings.

``parse_date(s)`` reads one date (metadata value or printed line) and
``find_date(text)`` the first date printed in a longer text.  Both return
``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM:SS`` when a time is printed, with an
offset (``+03:00``) only when one is given; ``None`` when no date can be read
— never a guess such as "today" (``منذ ساعتين`` gives ``None``).

Understood forms (weekday, commas and ``الموافق`` are optional, digits may be
Arabic-Indic ``١٢`` or Persian ``۱۲``):

* ISO: ``2025-11-12``, ``2025-11-12T09:30:00+03:00``, ``2025-11-12 09:30Z``;
* numeric day first: ``12/11/2025``, ``12-11-2025``, ``12.11.2025`` and ``2025/11/12``;
* day month-name year, month names in the Egyptian/Gulf form (يناير … ديسمبر, ابريل,
  يونيه, يوليه), the Levantine/Iraqi form (كانون الثاني … كانون الأول), the Maghrebi
  form (ماي, يوليوز, غشت, شتنبر, نونبر, دجنبر), the Algerian/Tunisian form (جانفي, فيفري,
  أفريل, جوان, جويلية, أوت) and English (``12 November 2025``, ``Nov 12, 2025``);
  double forms such as ``12 شباط (فبراير) 2025`` or ``12 فبراير/شباط 2025``;
* an optional time after the date: ``10:30``, ``10:30 ص``/``م``/``صباحا``/``مساء``/``AM``/``PM``,
  ``GMT+3`` / ``UTC`` give an offset.
"""
from __future__ import annotations

import datetime as _dt
import re

__all__ = ["parse_date", "find_date", "bad_offset", "MONTHS"]

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

#: month name (as printed) → month number (built from the lists below)
_MONTH_LIST = {
    1: ["يناير", "كانون الثاني", "كانون ثاني", "جانفي", "january", "jan"],
    2: ["فبراير", "شباط", "فيفري", "february", "feb"],
    3: ["مارس", "آذار", "اذار", "march", "mar"],
    4: ["أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل", "april", "apr"],
    5: ["مايو", "أيار", "ايار", "ماي", "may"],
    6: ["يونيو", "يونيه", "حزيران", "جوان", "june", "jun"],
    7: ["يوليو", "يوليه", "تموز", "يوليوز", "جويلية", "july", "jul"],
    8: ["أغسطس", "اغسطس", "آب", "اب", "غشت", "أوت", "اوت", "august", "aug"],
    9: ["سبتمبر", "أيلول", "ايلول", "شتنبر", "september", "sept", "sep"],
    10: ["أكتوبر", "اكتوبر", "تشرين الأول", "تشرين أول", "تشرين الاول", "تشرين اول", "october", "oct"],
    11: ["نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر", "november", "nov"],
    12: ["ديسمبر", "كانون الأول", "كانون أول", "كانون الاول", "كانون اول", "دجنبر", "december", "dec"],
}
MONTHS: dict[str, int] = {name: n for n, names in _MONTH_LIST.items() for name in names}

_MONTH_RE = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(MONTHS, key=len, reverse=True))
# a month name not glued to other letters (آب must not match inside a word)
_MONTH = rf"(?<![\w\u0600-\u06ff])(?P<{{g}}>{_MONTH_RE})(?![\w\u0600-\u06ff])"
_ALT = rf"(?:\s*[/(\-–]\s*(?:{_MONTH_RE})\s*\)?)?"        # شباط (فبراير) / فبراير/شباط
_SEP = r"[\s,،\-–]*"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_TIME = (r"(?:[\s,،\-–|/]*(?:الساعة|at)?\s*(?P<H>\d{1,2}):(?P<M>\d\d)(?::(?P<S>\d\d))?"
         r"\s*(?P<ampm>صباحاً|صباحا|مساءً|مساء|ص|م|[AaPp]\.?[Mm]\.?)?"
         r"(?:\s*(?:بتوقيت\s*)?(?P<tz>GMT|UTC|غرينتش|جرينتش)\s*(?P<off>[+-]\s*\d{1,2}(?::?\d\d)?)?)?)?")

_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"
                  r"(?:[T ](?P<H>\d\d):(?P<M>\d\d)(?::(?P<S>\d\d)(?:\.\d+)?)?"
                  r"\s*(?P<tz>Z|[+-]\d\d:?\d\d)?)?(?!\d)")
_DMY_NAME = re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:من\s+)?{_MONTH.format(g='mon')}\.?{_ALT}"
                       rf"{_SEP}{_YEAR}(?!\d){_TIME}", re.IGNORECASE)
_MDY_NAME = re.compile(rf"{_MONTH.format(g='mon')}\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}(?!\d){_TIME}",
                       re.IGNORECASE)
_DMY_NUM = re.compile(rf"(?<![\d/.\-])(?P<d>\d{{1,2}})(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?P=sep){_YEAR}(?![\d/.\-]){_TIME}")
_YMD_NUM = re.compile(rf"(?<![\d/.\-]){_YEAR}(?P<sep>[/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![\d/.\-]){_TIME}")


def _month(name: str) -> int | None:
    key = re.sub(r"\s+", " ", name.strip().lower())
    return MONTHS.get(key)


_ANY_OFFSET = re.compile(r"\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:(?:GMT|UTC)\s*)?(?P<sign>[+-])(?P<h>\d\d?):?(?P<m>\d\d)?\s*$")


def bad_offset(value: str) -> bool:
    """True when ``value`` ends in a time zone offset no place has (beyond ±14:00, minutes ≥ 60)."""
    m = _ANY_OFFSET.search(value.strip()) if isinstance(value, str) else None
    return bool(m) and (int(m["h"]) > 14 or int(m["m"] or 0) > 59)


def _offset(tz: str | None, off: str | None) -> str | None:
    if not tz:
        return None
    if tz == "Z":
        return "+00:00"
    if tz[0] in "+-":                        # ISO offset
        digits = tz[1:].replace(":", "")
        return f"{tz[0]}{digits[:2]}:{digits[2:4]}"
    if not off:                              # GMT / UTC alone
        return "+00:00"
    off = off.replace(" ", "")
    sign, rest = off[0], off[1:]
    hh, _, mm = rest.partition(":")
    if not mm and len(hh) > 2:
        hh, mm = hh[:-2], hh[-2:]
    return f"{sign}{int(hh):02d}:{int(mm or 0):02d}"


def _build(y, m, d, H=None, M=None, S=None, ampm=None, tz=None, off=None) -> str | None:
    try:
        day = _dt.date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None
    if not 1900 <= day.year <= 2100:
        return None
    if H is None:
        return day.isoformat()
    h, mi, s = int(H), int(M), int(S or 0)
    if ampm:
        pm = ampm[0] in "مPp"
        if h > 12:
            pass
        elif pm and h < 12:
            h += 12
        elif not pm and h == 12:
            h = 0
    if h > 23 or mi > 59 or s > 59:
        return day.isoformat()
    stamp = f"{day.isoformat()}T{h:02d}:{mi:02d}:{s:02d}"
    o = _offset(tz, off)
    if o and (int(o[1:3]) > 14 or int(o[4:6]) > 59):     # +99:00: no place on earth
        return day.isoformat()
    return stamp + o if o else stamp


def _from_match(m: re.Match) -> str | None:
    g = m.groupdict()
    if "mon" in g and g.get("mon"):
        month = _month(g["mon"])
    else:
        month = g.get("m")
    return _build(g["y"], month, g["d"], g.get("H"), g.get("M"), g.get("S"), g.get("ampm"),
                  g.get("tz"), g.get("off"))


def _candidates(s: str):
    """All date matches in ``s`` as (start, iso) pairs, first in text order."""
    out = []
    for rx in (_ISO, _DMY_NAME, _MDY_NAME, _YMD_NUM):
        for m in rx.finditer(s):
            iso = _from_match(m)
            if iso:
                out.append((m.start(), iso))
    for m in _DMY_NUM.finditer(s):
        d, mo = int(m["d"]), int(m["m"])
        if mo > 12 and d <= 12:              # month-first (US style) only when unambiguous
            iso = _build(m["y"], d, mo, m["H"], m["M"], m["S"], m["ampm"], m["tz"], m["off"])
        else:
            iso = _from_match(m)
        if iso:
            out.append((m.start(), iso))
    return sorted(out, key=lambda t: t[0])


def find_date(text: str | None) -> str | None:
    """The first publication date printed in ``text`` as ISO 8601, or None."""
    if not text:
        return None
    s = str(text).translate(_DIGITS).replace("\u200f", "").replace("\u200e", "")
    found = _candidates(s)
    return found[0][1] if found else None


def parse_date(value) -> str | None:
    """One date (metadata value, printed date, ``datetime``) as ISO 8601, or None.

    >>> parse_date("الخميس ١٢ شباط ٢٠٢٥")
    '2025-02-12'
    >>> parse_date("2025-11-12T09:30:00+0300")
    '2025-11-12T09:30:00+03:00'
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    try:
        import pandas as pd
        if isinstance(value, pd.Timestamp):
            return None if pd.isna(value) else value.isoformat()
        if pd.isna(value):
            return None
    except (TypeError, ValueError, ImportError):
        pass
    return find_date(str(value))
