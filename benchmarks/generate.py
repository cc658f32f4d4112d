"""Synthetic Arabic news corpora of any size, deterministic by seed, for `make bench`.

    python benchmarks/generate.py 100000 -o /tmp/bench-100k.jsonl.gz [--seed 0] [--outlets 12]

Built from the sentences of the constructed demo corpus (``corpora/demo/src``, fictional outlets,
CC0) and everyday-news templates of the same fictional world: each *story* is, one time in ten
(``CONFLICT_SHARE``), one of the demo's contested events, otherwise everyday news (economy,
weather, sport, services) with a lead the story's outlets share; it gets a day of a year (2025) and
one to six of twelve outlets report it within two days.  Every article is new text recombined from
the sentences of its event (and, less often, of the others): 4-9 paragraphs of 1-3 sentences,
numbers changed, the outlet's own dateline, spelling habits per outlet (hamza dropped on alef,
final ى written ي, tatweel, a diacritic now and then) and clitic variants of the lexicon terms
(رهائن → والرهائن, للرهائن, بالرهائن …).  Some outlets close part of their articles with a
footer line («تابعونا على …»): real boilerplate for ``framing boilerplate`` to find, while the
recombined paragraphs are unique and stay counted.  About one article in ten of a story reprints
the story's wire text (a wire copy for ``framing events``).

Output: a JSONL table (gzip when the name ends in .gz) with ``id, outlet, date, title, text, url``,
which ``framing ingest FILE -o CORPUS`` reads.  Written row by row: a million articles (≈2.5 GB
of text) never sit in memory.  Only the standard library is used.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "corpora" / "demo" / "src"

#: fictional outlets: (name, domain, dateline mark, demo source whose sentences it prefers)
OUTLETS = [
    ("وكالة الأفق", "alufuq.example", "الأفق", "al-ufuq"),
    ("صحيفة المرصد", "almarsad-daily.example", "المرصد", "al-marsad"),
    ("قناة النهار الجديد", "alnahar-tv.example", "النهار الجديد", "al-nahar-al-jadid"),
    ("صوت المدينة", "sawtalmadina.example", "صوت المدينة", "sawt-al-madina"),
    ("وكالة البرق للأنباء", "albarq-wire.example", "البرق", "wire"),
    ("جريدة الشروق الساحلية", "shurouq.example", "الشروق", "al-ufuq"),
    ("موقع الهضبة اليوم", "hadaba-today.example", "الهضبة اليوم", "al-nahar-al-jadid"),
    ("صحيفة الرأي الحر", "alrai-alhurr.example", "الرأي الحر", "al-marsad"),
    ("إذاعة النخيل", "nakhil-radio.example", "إذاعة النخيل", "sawt-al-madina"),
    ("بوابة الزمرد", "zumurrud-portal.example", "بوابة الزمرد", "al-ufuq"),
    ("جريدة الميناء", "almina.example", "الميناء", "al-marsad"),
    ("نشرة الهلال", "hilal-bulletin.example", "الهلال", "wire"),
]
PLACES = ["ورد الساحل", "تل الريحان", "سيرين", "دارين", "عين السوسن", "مرسى اللؤلؤ", "نجمة التلال"]
FOOTERS = ["تابعونا على منصات التواصل الاجتماعي", "للمزيد من الأخبار زوروا موقعنا", "// انتهى //",
           "اشترك في النشرة الإخبارية اليومية", "جميع الحقوق محفوظة"]
#: everyday news (economy, weather, sport, culture, services): most stories carry no lexicon term
NEUTRAL = [
    "أعلنت {body} في {place} {day} عن خطة جديدة لتطوير {sector} بتكلفة تقدر بنحو {n} مليون دينار.",
    "ارتفعت أسعار {goods} في أسواق {place} بنسبة {pct} في المئة خلال الشهر الماضي، وفق بيانات رسمية.",
    "قال مسؤول في {body} إن العمل في مشروع {sector} سيكتمل قبل نهاية العام، مشيرا إلى توفير {n} فرصة عمل.",
    "تتوقع هيئة الأرصاد أمطارا متفرقة على {place} {day}، مع انخفاض درجات الحرارة إلى {pct} درجة.",
    "فاز فريق {team} على ضيفه {team2} بهدفين مقابل هدف في الجولة {pct} من الدوري المحلي.",
    "افتتح في {place} معرض {event} بمشاركة {n} جهة من داخل البلاد وخارجها.",
    "أظهرت أرقام {body} أن صادرات {goods} بلغت {n} ألف طن منذ بداية السنة.",
    "وقعت {body} اتفاقية مع شركة محلية لتحديث شبكة {sector} في {place} خلال {pct} شهرا.",
    "دعا خبراء في ندوة عقدت {day} في {place} إلى الاستثمار في {sector} وتشجيع الشباب على ريادة الأعمال.",
    "أكد رئيس بلدية {place} أن أعمال صيانة الطرق في الأحياء الشرقية ستنتهي خلال {pct} أسابيع.",
    "استقبل مطار {place} أكثر من {n} ألف مسافر خلال موسم العطلات، بزيادة {pct} في المئة عن العام الماضي.",
    "تنطلق {day} فعاليات {event} في {place}، ويستمر البرنامج {pct} أيام بحضور فنانين من المنطقة.",
    "أوضحت {body} أن عدد الطلاب المسجلين هذا العام بلغ {n} ألف طالب وطالبة.",
    "سجل مؤشر البورصة في {place} ارتفاعا بنسبة {pct} في المئة مدعوما بأسهم قطاع {sector}.",
    "يلتقي {team} مع {team2} {day} في ملعب {place} في مباراة يحتاج فيها إلى {pct} نقاط لضمان اللقب.",
    "بدأت {body} حملة لتشجير {n} هكتار في محيط {place} بمشاركة متطوعين من المدارس.",
]
SLOTS = dict(
    body=["وزارة الاقتصاد", "وزارة الصحة", "وزارة التربية", "بلدية المدينة", "هيئة الموانئ", "غرفة التجارة",
          "وزارة الزراعة", "هيئة الطاقة", "وزارة النقل", "الجامعة الوطنية"],
    sector=["الطاقة الشمسية", "النقل العام", "المياه", "الاتصالات", "السياحة", "الصناعات الغذائية",
            "التعليم الرقمي", "الموانئ", "الصحة الأولية", "الإسكان"],
    goods=["التمور", "الخضر", "الذهب", "القمح", "زيت الزيتون", "الأسماك", "الإسمنت", "الوقود"],
    team=["نادي الساحل", "نادي الهضبة", "نادي الميناء", "نادي النخيل", "نادي الزمرد", "نادي اللؤلؤ"],
    event=["الكتاب", "الصناعات التقليدية", "الزهور", "التمور", "الفنون التشكيلية", "التكنولوجيا"],
    day=["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "اليوم", "غدا"])
_SLOT = re.compile(r"\{(\w+)\}")
#: share of stories about one of the demo's conflict events (the rest: everyday news)
CONFLICT_SHARE = 0.1
#: lexicon nouns whose clitic-prefixed forms vary (captives, casualties, violence)
NOUNS = ("رهائن محتجزين محتجزون أسرى مختطفين مخطوفين سجناء قتلى شهداء ضحايا مجزرة هجوم غارة ضربة "
         "غارات ضربات هجمات").split()
PREFIXES = ["", "", "ال", "ال", "وال", "بال", "لل", "فال", "كال"]
_NOUN = re.compile(r"(?<![\w])(?:وال|بال|لل|فال|كال|ال)?(" + "|".join(NOUNS) + r")(?![\w])")
_DATELINE = re.compile(r"^[^\n:()]{1,40}?(?: \([^)]{1,20}\))? - (?:[^:\n]{1,25}: )?")
_SENT = re.compile(r"(?<=[.!؟])\s+(?=\S)")
_DIGITS = re.compile(r"\d+")


def parse_demo(src: Path = SRC) -> list[dict]:
    """The Arabic demo articles: ``folder, event, title, sentences`` (datelines stripped)."""
    arts = []
    for path in sorted(src.glob("*.txt")):
        if path.stem == "northline":          # the English outlet: left out
            continue
        for block in path.read_text("utf-8").split("@@ ")[1:]:
            head, _, rest = block.partition("\n")
            meta = dict(kv.split("=", 1) for kv in head.split())
            lines = rest.strip().split("\n")
            paras = [p.strip() for p in "\n".join(lines[1:]).split("\n\n") if p.strip()]
            if paras:
                paras[0] = _DATELINE.sub("", paras[0], count=1)
            sents = [s for p in paras for s in _SENT.split(p) if len(s) > 20]
            arts.append(dict(folder=path.stem, event=meta["event"], title=lines[0][3:].strip(), sentences=sents))
    return arts


class Pools:
    """Sentences and titles by event and by source folder."""

    def __init__(self, arts: list[dict]):
        self.by_event, self.titles = defaultdict(list), defaultdict(list)
        self.by_folder, self.all = defaultdict(list), []
        for a in arts:
            self.by_event[a["event"]] += a["sentences"]
            self.by_folder[a["folder"]] += a["sentences"]
            self.titles[a["event"]].append(a["title"])
            self.all += a["sentences"]
        self.events = sorted(self.by_event)


def _neutral(rng: random.Random) -> str:
    """One everyday-news sentence, its slots filled at random."""
    def fill(m):
        k = m.group(1)
        if k in ("n", "pct"):
            return str(rng.randint(2, 900) if k == "n" else rng.randint(2, 40))
        return rng.choice(PLACES if k == "place" else SLOTS["team" if k == "team2" else k])
    return _SLOT.sub(fill, rng.choice(NEUTRAL))


def _vary(s: str, rng: random.Random, habit: dict) -> str:
    """One sentence with new numbers, a place swapped, clitic and spelling variants."""
    s = _DIGITS.sub(lambda m: str(rng.randint(2, 400)) if rng.random() < 0.7 else m.group(), s)
    if rng.random() < 0.2:
        s = s.replace(rng.choice(PLACES), rng.choice(PLACES), 1)
    s = _NOUN.sub(lambda m: (rng.choice(PREFIXES) + m.group(1)) if rng.random() < 0.35 else m.group(), s)
    if habit["bare_alef"]:
        s = re.sub(r"(?<!\w)[أإ]", "ا", s)
    if habit["ya"] and rng.random() < 0.5:
        s = re.sub(r"ى(?!\w)", "ي", s)
    if rng.random() < habit["tatweel"]:
        words = s.split(" ")
        k = rng.randrange(len(words))
        if len(words[k]) > 3:
            words[k] = words[k][:2] + "ـ" + words[k][2:]
        s = " ".join(words)
    if rng.random() < 0.05:
        s = s.replace("ا", "اً", 1) if "ا " in s else s
    return s


def _paragraphs(rng: random.Random, pools: Pools, event, folder: str, habit: dict, lead: str) -> list[str]:
    """4-9 paragraphs of 1-3 varied sentences: mostly the event's, then the outlet's source, then any;
    for everyday news (``event`` None) the story's ``lead`` then everyday sentences."""
    paras, used = ([lead] if event is None else []), set()
    for _ in range(rng.randint(4, 9)):
        sents = []
        for _ in range(rng.choice((1, 2, 2, 3))):
            r = rng.random()
            if event is None:                 # everyday news: a few sentences of the demo's world
                s = _neutral(rng) if r < 0.93 else rng.choice(pools.all)
            else:
                pool = pools.by_event[event] if r < 0.6 else pools.by_folder[folder] if r < 0.8 else pools.all
                s = rng.choice(pool)
            if s not in used:             # a sentence at most once per article
                used.add(s)
                sents.append(_vary(s, rng, habit))
        if sents:
            paras.append(" ".join(sents))
    return paras


def _habits(rng: random.Random) -> list[dict]:
    return [dict(bare_alef=rng.random() < 0.3, ya=rng.random() < 0.25, tatweel=rng.choice((0.0, 0.02, 0.1)),
                 footer=rng.choice(FOOTERS) if rng.random() < 0.6 else None, footer_share=rng.uniform(0.2, 0.9))
            for _ in OUTLETS]


def _story(rng, pools, habits, day: dt.date, k: int):
    """The articles of one story: ``(article dict, …)`` from 1-6 outlets within two days."""
    event = rng.choice(pools.events) if rng.random() < CONFLICT_SHARE else None
    wire, titles = None, pools.titles[event] if event else None
    lead = " ".join(_neutral(rng) for _ in range(2))
    for o in rng.sample(range(len(OUTLETS)), rng.choice((1, 1, 2, 3, 4, 5, 6))):
        name, domain, mark, folder = OUTLETS[o]
        habit = habits[o]
        if wire is not None and rng.random() < 0.1:
            paras = list(wire)
        else:
            paras = _paragraphs(rng, pools, event, folder, habit, lead)
            wire = wire or paras
        place = rng.choice(PLACES)
        text = [f"{place} - {mark}: {paras[0]}"] + paras[1:]
        if habit["footer"] and rng.random() < habit["footer_share"]:
            text.append(habit["footer"])
        title = _vary(rng.choice(titles), rng, habit) if titles else " ".join(lead.split()[:rng.randint(7, 11)])
        when = dt.datetime.combine(day + dt.timedelta(days=rng.choice((0, 0, 1, 2))),
                                   dt.time(rng.randint(6, 23), rng.choice((0, 15, 30, 45))))
        yield {"id": f"gen-{k:07d}-{o:02d}", "outlet": name, "date": when.strftime("%Y-%m-%dT%H:%M:00+03:00"),
               "title": title, "text": "\n\n".join(text), "url": f"https://{domain}/news/{k}-{o}"}


def generate(n: int, seed: int = 0, src: Path = SRC):
    """Yield ``n`` article dicts (``id, outlet, date, title, text, url``), the same for the same seed."""
    rng = random.Random(seed)
    pools = Pools(parse_demo(src))
    habits = _habits(rng)
    start, made, k = dt.date(2025, 1, 1), 0, 0
    while made < n:
        day = start + dt.timedelta(days=rng.randrange(365))
        for art in _story(rng, pools, habits, day, k):
            if made == n:
                return
            made += 1
            yield art
        k += 1


def write(path: Path, n: int, seed: int = 0) -> dict:
    """Write ``n`` generated articles to ``path`` (JSONL, gzip if it ends in .gz), streaming.
    Returns ``{"articles": n, "megabytes": UTF-8 MB of titles + texts, "path": str}``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    opener = (lambda: gzip.open(tmp, "wt", encoding="utf-8", compresslevel=1)) if path.suffix == ".gz" \
        else (lambda: open(tmp, "w", encoding="utf-8"))
    size = 0
    with opener() as f:
        for art in generate(n, seed):
            size += len(art["title"].encode()) + len(art["text"].encode())
            f.write(json.dumps(art, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return {"articles": n, "megabytes": round(size / 1e6, 2), "path": str(path)}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("-o", "--output", required=True, type=Path, help="FILE.jsonl or FILE.jsonl.gz")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if args.n < 1:
        sys.exit("n must be at least 1")
    print(json.dumps(write(args.output, args.n, args.seed), ensure_ascii=False))


if __name__ == "__main__":
    main()
