"""Loose candidate regexes used to look for misses (recall sample, coder 2).

``PATTERNS[lexicon][term]`` is a regex applied to a *loosely normalised* copy of each field
(see :func:`loose`): presentation forms folded (NFKC), diacritics and tatweel removed,
أ إ آ ٱ → ا, ى → ي, lower case.  Offsets found there are mapped back to the original field.
The patterns are deliberately wider than the lexicon forms (any proclitics and endings,
gaps of up to three words inside multi-word expressions, construct state without ال,
future س on verbs, ة/ه/ت endings); every candidate the matcher did not match was judged
by hand and only true uses of the term's meaning were stored in ``labels/recall-*.csv``.
"""
from __future__ import annotations

import re
import unicodedata

L = "\u0621-\u064A"                      # Arabic letters (after normalisation)
PRE = rf"(?<![{L}])[وف]?[بكلس]?(?:ال|لل|ل)?"  # any proclitics, loosely
SUF = rf"[{L}]{{0,5}}(?![{L}])"           # any endings, loosely
GAP = r"(?:\s+\S+){0,3}?\s+"             # up to three words inside a multi-word expression
TA = "[ةهت]"                             # teh marbuta, its ه spelling, or ت before a suffix

PATTERNS: dict[str, dict[str, str]] = {
    "israel_palestine": {
        "israel": PRE + rf"اسرائيل(?!ي)(?:ه|ها|هم|نا)?(?![{L}])",
        "occupation": PRE + "احتلال" + SUF,
        "zionist_entity": PRE + "كيان" + SUF + GAP + rf"[{L}]*صهيون" + SUF,
        "west_bank": PRE + "ضف" + TA + SUF + rf"(?:{GAP}[{L}]*غربي{TA}" + SUF + ")?",
        "judea_samaria": PRE + "يهودا" + GAP + "[وف]?السامر" + TA,
        "settlers": PRE + "مستوطن" + SUF,
        "colonists": PRE + "مستعمر" + SUF,
        "hamas": PRE + "حماس" + SUF,
        "resistance_movement": PRE + "حرك" + TA + SUF + GAP + "[لا]*مقاوم" + TA + SUF + GAP
                               + "[لا]*اسلامي" + TA,
        "factions": PRE + "فصائل" + SUF,
        "resistance": PRE + "مقاوم" + TA + SUF,
        "en_israel": r"(?i)\bisrael\b",
        "en_occupation": r"(?i)\boccupation\b",
        "en_zionist_entity": r"(?i)\bzionist\s+entity\b",
        "en_west_bank": r"(?i)\bwest\s+bank\b",
        "en_hamas": r"(?i)\bhamas\b",
        "en_resistance": r"(?i)\bresistance\b",
    },
    "ukraine_war": {
        "smo": PRE + "عملي" + TA + SUF + GAP + "[لا]*عسكري" + TA + SUF + GAP + "[لا]*خاص" + TA,
        "war_on": PRE + "حرب" + SUF + rf"(?:{GAP})?(?:على|علي|ضد)" + SUF,
        "invasion": PRE + rf"غزو(?!{TA})(?:ا|ه|ها|هم|نا)?(?![{L}])",
        "crisis": PRE + "ازم" + TA + SUF,
        "en_war": r"(?i)\bwars?\b",
        "en_invasion": r"(?i)\binvasions?\b",
        "en_crisis": r"(?i)\bcris[ie]s\b",
        "en_conflict": r"(?i)\bconflicts?\b",
    },
    "violence": {
        "massacre": PRE + "(?:مجزر|مجازر|مذبح|مذابح)" + SUF,
        "attack": PRE + "(?:هجوم|هجمات|هجم" + TA + ")" + SUF,
        "raid": PRE + "غار(?:ات|" + TA + ")" + SUF,
        "strike": PRE + "ضرب(?:ات|" + TA + ")" + SUF,
        "en_attack": r"(?i)\battacks?\b",
        "en_strike": r"(?i)\bstrikes?\b",
        "en_massacre": r"(?i)\bmassacres?\b",
    },
}

_DIAC = re.compile("[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})


def loose(value: str) -> tuple[str, list[int]]:
    """``(normalised text, index map)``: ``index[i]`` is the original offset of character i."""
    out, idx = [], []
    for i, ch in enumerate(value):
        t = unicodedata.normalize("NFKC", ch) if "\uFB50" <= ch <= "\uFEFF" else ch
        for c in t:
            if _DIAC.match(c):
                continue
            out.append(c.translate(_ALEF).lower())
            idx.append(i)
    return "".join(out), idx


def candidates(value: str, lexicon: str):
    """Yield ``(term, start, end)`` offsets into the original ``value`` for every loose hit."""
    norm, idx = loose(value)
    for term, pat in PATTERNS[lexicon].items():
        for m in re.finditer(pat, norm):
            if m.end() > m.start():
                yield term, idx[m.start()], idx[m.end() - 1] + 1
