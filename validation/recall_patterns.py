"""Loose regexes that found the candidates of the recall sample (``labels/recall-<lexicon>.csv``).

``PATTERNS[lexicon][term]`` is a regex run on a field with diacritics, tatweel and zero-width
marks removed (offsets are mapped back to the original field by :func:`candidates`).  The
patterns are deliberately looser than the matcher: any proclitics (و ف ب ك ل س ال), unlisted
inflections (plural, dual, first person, present/past), pronoun endings, hamza seats (شهداؤنا
شهدائنا شهداءنا), and up to three words inside «لقي … حتفه».  Every hit the matcher does not
cover was read by hand; only true uses of the term's meaning are in the recall CSVs.

Draw (repeatable)::

    FRAMING_SHARED=../shared PYTHONPATH=. python validation/recall_patterns.py captives > /tmp/r.txt

The articles: all articles of ``full`` whose title or text holds a candidate of the lexicon,
sorted by id, then ``random.Random(f"recall-11-{lexicon}").sample(ids, 150)``.
"""
from __future__ import annotations

import random
import re
import sys

_STRIP = re.compile("[\u064b-\u065f\u0670\u0640\u200b-\u200f\u202a-\u202e]")
_L = "\u0621-\u064a"                       # Arabic letters
B = f"(?<![{_L}])"                         # word start
E = f"(?![{_L}])"                          # word end
P = "(?:[وفبكلس]{0,3}(?:ال)?)"             # any proclitics, loose
PRON = "(?:ه|ها|هم|هما|هن|كم|كما|نا|ي)?"   # pronoun endings
A = "[اأإآ]"                               # alef seats
GAP = r"(?:\s+\S+){0,3}?\s+"               # up to three words in between


def _ar(body: str) -> str:
    return f"{B}{P}(?:{body}){PRON}{E}"


def _en(body: str) -> str:
    return rf"(?i)\b(?:{body})\b"


PATTERNS = {
    "captives": {
        "hostages": _ar("رهين(?:ة|ت|تان|تين|ات)?|رها[ئي]ن"),
        "detainees": _ar("محتجز(?:ة|ت|ون|ين|ي|ات|تين|تان|ان)?"),
        "prisoners": _ar(f"{A}سير(?:ة|ت|ان|ين|ات|تين|تان|ا)?|{A}سر[اىي]"),
        "abductees": _ar("مخ(?:ت)?طو?ف(?:ة|ت|ون|و|ين|ي|ات|تين|تان|ان|ا)?"),
        "inmates": _ar("سجين(?:ة|ت|ات|ان|ين|تين|تان|ا)?|سجنا[ءئؤ]"),
        "en_hostages": _en("hostages?"), "en_captives": _en("captives?"),
        "en_detainees": _en("detainees?"), "en_prisoners": _en("prisoners?"),
        "en_abductees": _en("abductees?"),
    },
    "casualties": {
        "killed": _ar("قتيل(?:ة|ت|ا|ان|ين|تين|تان|ات)?|قتل[اى]"),
        "martyrs": _ar("شهيد(?:ة|ت|ا|ان|ين|تين|تان|ات)?|شهدا[ءئؤ]?"),
        "victims": _ar("ضحي(?:ة|ت|تين|تان)|ضحايا"),
        "died": f"{B}[وف]?س?(?:[يت]?لق(?:[يىا]|يت|يا|وا|ون|ين|يان|تا)){GAP}حتف{PRON}{E}",
        "en_killed": _en("killed|kills?|killing"), "en_died": _en("died|dies"),
        "en_martyrs": _en("martyrs?"), "en_victims": _en("victims?"), "en_dead": _en("dead"),
    },
    "attribution": {
        "said": _ar("قال(?:ت|وا|ا|تا)?|[يتنأا]قول(?:ون|ان|وا|ين|ي|ا)?|قل(?:ت|نا|تم)"),
        "stated": _ar("صرح(?:ت|وا|ا|تا)?|[يتنأا]صرح(?:ون|ان|وا|ين)?"),
        "affirmed": _ar(f"{A}كد(?:ت|وا|ا|تا|نا)?|[يتن][ؤو]كد(?:ون|ان|وا|ين)?|{A}ؤكد"),
        "clarified": _ar(f"{A}وضح(?:ت|وا|ا|تا|نا)?|[يتن]وضح(?:ون|ان|وا|ين)?"),
        "claimed": _ar("زعم(?:ت|وا|ا|تا|نا)?|[يتنأا]زعم(?:ون|ان|وا|ين)?|زاعم(?:ا|ة|ين|ون|ات|ت)?|مزاعم"),
        "alleged": _ar(f"{A}دع[يى](?:ت|نا)?|{A}دعوا|[يتنأا]دع(?:ي|ون|ين|يان)|{A}دعا[ءئؤ](?:ات)?"),
        "admitted": _ar(f"{A}عترف(?:ت|وا|ا|تا|نا)?|[يتنأا]عترف(?:ون|ان|وا|ين)?"),
        "en_said": _en("said|says|say"), "en_stated": _en("stated|states"),
        "en_claimed": _en("claimed|claims?"), "en_alleged": _en("alleged|allegedly|alleges?"),
        "en_admitted": _en("admitted|admits?"),
    },
}


def candidates(value: str, regex: str):
    """``(start, end)`` offsets into the original ``value`` of every hit of ``regex``."""
    keep = [i for i, ch in enumerate(value) if not _STRIP.match(ch)]
    bare = "".join(value[i] for i in keep)
    return [(keep[m.start()], keep[m.end() - 1] + 1) for m in re.finditer(regex, bare)]


def draw(df, lexicon: str, n: int = 150):
    """Ids of ``n`` articles drawn from those holding a candidate of ``lexicon``."""
    rx = "|".join(f"(?:{r})" for r in PATTERNS[lexicon].values() if not r.startswith("(?i)"))
    en = "|".join(r[4:] for r in PATTERNS[lexicon].values() if r.startswith("(?i)"))
    rx_all = re.compile(rx), re.compile(en, re.I)
    def hit(s):
        s = _STRIP.sub("", s or "")
        return any(r.search(s) for r in rx_all)
    ids = sorted(df.id[df.title.map(hit) | df.text.map(hit)])
    return random.Random(f"recall-11-{lexicon}").sample(ids, min(n, len(ids)))


def main(argv=None):
    """Print every candidate the matcher misses in the drawn articles, for reading."""
    import framing
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from draw import articles, context
    lexicon = (argv or sys.argv[1:])[0]
    df = articles("full")
    sub = df[df.id.isin(draw(df, lexicon))]
    m = framing.match(sub, lexicon, voice="all")
    got = {(r.id, r.field): [] for r in m.itertuples()}
    for r in m.itertuples():
        got[(r.id, r.field)].append((r.start, r.end))
    for art in sub.sort_values("id").itertuples():
        for field in ("title", "text"):
            value = getattr(art, field) or ""
            spans = got.get((art.id, field), [])
            for term, rx in PATTERNS[lexicon].items():
                for s, e in candidates(value, rx):
                    if not any(s < b and a < e for a, b in spans):
                        print(f"CAND full,{art.id},{field},{s},{e},{lexicon},{term}")
                        print(f"  {context(value, s, e, 160)}")


if __name__ == "__main__":
    main()
