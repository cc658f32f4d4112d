"""Arabic (and Latin) normalisation: one place, used by every later stage.

All functions are pure, idempotent (``f(f(x)) == f(x)``) and fast: the whole
mapping is a table of character replacements built from the character classes that
camel-tools normalises (``dediac_ar``, ``normalize_alef_ar``,
``normalize_alef_maksura_ar``, ``normalize_teh_marbuta_ar``), extended with what
news pages carry and camel-tools leaves alone: tatweel, Persian/Urdu letters,
Arabic-Indic digits, zero-width and bidi control characters.
``tests/text/test_normalize.py`` checks agreement with camel-tools itself.

What each step does (``normalize`` defaults in brackets):

* diacritics (harakat, tanwin, shadda, sukun, dagger alef) and tatweel U+0640
  are removed [always];
* alef variants أ إ آ ٱ → ا [always];
* alef maqsura ى → ي [``alef_maqsura=True``];
* teh marbuta ة → ه [``teh_marbuta=False``: off by default because ة/ه at the
  end of a word is what tells غزوة (a raid) from غزوه (his invasion)];
* Persian/Urdu letters ی ي ے → ي, ک ګ → ك, ە ۀ ہ ھ → ه [always];
* Arabic-Indic and Persian digits → ASCII digits [``digits=True``];
* zero-width (ZWSP, ZWNJ, ZWJ, BOM, soft hyphen) and bidi controls
  (LRM, RLM, ALM, LRE…PDF, LRI…PDI) removed [always];
* Arabic presentation forms (ﻻ, ﺍ…) folded by NFKC when present [always];
* Latin letters lower-cased [``lower=False``].
"""
from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["normalize", "normalize_series", "DIACRITICS", "TATWEEL", "INVISIBLES"]

TATWEEL = "\u0640"
#: harakat, tanwin, shadda, sukun, small high marks and the dagger alef
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6))
#: zero-width characters, soft hyphen and bidi controls
INVISIBLES = ("\u200b\u200c\u200d\u2060\ufeff\u00ad"
              "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

_ALEFS = "أإآٱ"
_YEH = "یےۍې"        # Farsi yeh, yeh barree, ... → Arabic yeh
_KAF = "کڪګ"         # keheh, swash kaf, kaf with ring → Arabic kaf
_HEH = "ەۀہھ"        # Kurdish ae, heh with yeh, heh goal, heh doachashmee → heh
_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"

_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")   # U+FEFF (BOM) is an invisible


def _pairs(alef_maqsura: bool, teh_marbuta: bool, digits: bool) -> tuple[tuple[str, str], ...]:
    """(character, replacement) pairs; ``str.replace`` per pair is ~10x faster
    than one ``str.translate`` with a dict table on Arabic text (measured)."""
    t = {c: "" for c in DIACRITICS + TATWEEL + INVISIBLES}
    t.update({c: "ا" for c in _ALEFS})
    t.update({c: "ي" for c in _YEH})
    t.update({c: "ك" for c in _KAF})
    t.update({c: "ه" for c in _HEH})
    if alef_maqsura:
        t["ى"] = "ي"
    if teh_marbuta:
        t["ة"] = "ه"
    if digits:
        t.update({c: str(i % 10) for i, c in enumerate(_DIGITS)})
    return tuple(t.items())


#: characters replaced in most Arabic texts (and ة, often there): looked for one by one (``in``, C speed)
_COMMON = "أإآىة\u064b\u0640\u0651"
#: every other character a table may replace, and the presentation forms: found in one regex pass
#: (a field holds few of them: one scan instead of ~90 ``in`` tests and a UTF-8 encoding)
_RARE = re.compile("[" + re.escape("".join(c for c, _ in _pairs(True, True, True) if c not in _COMMON))
                   + "\ufb50-\ufdff\ufe70-\ufefe]")

@functools.cache
def _tables(key: tuple[bool, bool, bool]) -> tuple[tuple[tuple[str, str], ...], dict[str, str]]:
    """``(pairs of the common characters, {rare character: replacement})`` of :func:`_pairs`; no replacement is
    itself a replaced character, so the order of the replacements does not matter."""
    pairs = _pairs(*key)
    return tuple((c, r) for c, r in pairs if c in _COMMON), {c: r for c, r in pairs if c not in _COMMON}


def normalize(text: str, *, alef_maqsura: bool = True, teh_marbuta: bool = False,
              digits: bool = True, lower: bool = False) -> str:
    """Return ``text`` normalised for comparison (see the module docstring).

    >>> normalize("وَالمُحْتَجَزِينَ")
    'والمحتجزين'
    >>> normalize("إسرائيـــل")
    'اسرائيل'
    """
    if not text:
        return "" if text is None else text
    common, rare = _tables((alef_maqsura, teh_marbuta, digits))
    found = set(_RARE.findall(text))
    if found and any(c >= "\ufb50" for c in found) and _PRESENTATION.search(text):
        text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)   # fold ﻻ ﷺ … alone
        found = set(_RARE.findall(text))
    for c, r in common:
        if c in text:
            text = text.replace(c, r)
    for c in found:
        r = rare.get(c)
        if r is not None:
            text = text.replace(c, r)
    return text.lower() if lower else text


def normalize_series(texts, **kwargs):
    """Vectorised :func:`normalize` over a pandas Series (nulls stay null)."""
    return texts.map(lambda s: normalize(s, **kwargs) if isinstance(s, str) else s)
