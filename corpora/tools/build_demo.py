"""Build the constructed demo corpus (corpora/demo/pages) and its gold labels (corpora/demo/gold).

The article texts live in ``corpora/demo/src/<outlet-folder>.txt`` (one file per outlet,
``wire.txt`` for the agency feed); this script wraps them in each outlet's page
template (HTML with boilerplate, or a browser-saved text page), encodes them, and
counts the contested terms of the title + body to write the gold files.

    python corpora/tools/build_demo.py          # rebuild pages/ and gold/
    python corpora/tools/build_demo.py --check  # rebuild into a temp dir and compare

Stand-alone on purpose (standard library + ``regex``): the gold counts must not come
from the toolkit they are used to test.  Counting rules are in corpora/README.md.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1] / "demo"

# --------------------------------------------------------------------------- outlets
OUTLETS = {
    "al-ufuq": dict(name="وكالة الأفق", en="Al-Ufuq Agency", domain="alufuq.example", lang="ar",
                    credit="المصدر: وكالة الأفق", photo="Al-Ufuq / K. Saleh", dates="egypt",
                    nav=["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "فيديو"],
                    related=["البنك المركزي في سالمار يبقي سعر الفائدة دون تغيير",
                             "افتتاح معرض ورد الساحل الدولي للكتاب بمشاركة 300 دار نشر",
                             "موجة برد تضرب المناطق الجبلية وتوقعات بتساقط الثلوج",
                             "منتخب سالمار للشباب يتأهل إلى نهائي البطولة الإقليمية",
                             "إطلاق أول قمر صناعي للاتصالات من صنع محلي",
                             "ارتفاع صادرات التمور بنسبة 12 في المئة خلال الربع الثالث"]),
    "al-marsad": dict(name="صحيفة المرصد", en="Al-Marsad Daily", domain="almarsad-daily.example", lang="ar",
                      credit="المصدر: المرصد + وكالات", photo="Marsad / J. Haddad", dates="levant",
                      nav=["الصفحة الأولى", "محليات", "عربي ودولي", "اقتصاد", "رأي", "رياضة", "منوعات"],
                      related=["المرصد تفتح ملف الإيجارات في أحياء العاصمة",
                               "مهرجان الموسيقى الساحلية يعود بعد غياب ثلاث سنوات",
                               "وزارة التربية تعلن مواعيد الامتحانات الفصلية",
                               "كاتب المرصد: عن المدن التي تنسى بحرها",
                               "أسعار الذهب تسجل أعلى مستوى في شهرين",
                               "بلدية ورد الساحل تطلق خطة لتشجير الشوارع الرئيسية"]),
    "al-nahar-al-jadid": dict(name="قناة النهار الجديد", en="Al-Nahar al-Jadid TV", domain="alnahar-tv.example",
                              lang="ar", credit="المصدر: النهار الجديد + وكالات", photo="Nahar TV",
                              dates="indic",
                              nav=["مباشر", "أخبار", "برامج", "تقارير", "رياضة", "علوم وتكنولوجيا"],
                              related=["علماء يكتشفون نوعا جديدا من السلاحف في بحر الزمرد",
                                       "ما هي أطول رحلة قطار في المنطقة؟.. التفاصيل بالأرقام",
                                       "برنامج «حكايا» يستضيف أقدم صانع فخار في الهضبة",
                                       "أسعار النفط تتراجع مع زيادة المخزونات",
                                       "تطبيق جديد يترجم اللهجات المحلية فوريا (فيديو)",
                                       "نجم الهضبة السابق يعتزل التدريب"]),
    "sawt-al-madina": dict(name="صوت المدينة", en="Sawt al-Madina", domain="sawtalmadina.example", lang="ar",
                           credit="المصدر: صوت المدينة", photo="S. Madina / A. B.", dates="maghreb",
                           nav=["الرئيسية", "أخبار المدينة", "وطني", "دولي", "اقتصاد", "رياضة", "فن وثقافة"],
                           related=["مجلس المدينة يصادق على ميزانية السنة المقبلة",
                                    "انطلاق موسم جني الزيتون وسط توقعات بمحصول وفير",
                                    "افتتاح خط حافلات جديد يربط الميناء بالجامعة",
                                    "فرقة المسرح البلدي تعرض مسرحيتها الجديدة",
                                    "تراجع أسعار الخضر في أسواق المدينة",
                                    "جمعية محلية تطلق حملة للتبرع بالدم"]),
    "northline": dict(name="Northline News", en="Northline News", domain="northline.example", lang="en",
                      credit="Source: Northline News / agencies", photo="Northline / M. Torres", dates="en",
                      nav=["Home", "World", "Region", "Business", "Opinion", "Sport", "Video"],
                      related=["Central bank holds rates steady as inflation eases",
                               "Book fair opens in Ward al-Sahil with 300 publishers",
                               "Cold snap brings first snow to the highlands",
                               "Rail link between port and airport to open in spring",
                               "Explainer: how the regional council votes",
                               "Fishing fleets return to Emerald Sea ports"]),
}
WIRE = dict(name="وكالة البرق للأنباء", en="Al-Barq News Agency", domain="albarq-wire.example", lang="ar")

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTH = {11: {"egypt": "نوفمبر", "levant": "تشرين الثاني", "indic": "نوفمبر", "maghreb": "نونبر"},
         12: {"egypt": "ديسمبر", "levant": "كانون الأول", "indic": "ديسمبر", "maghreb": "دجنبر"}}
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def printed_date(style: str, d: dt.date, time: str) -> str:
    """The date as the outlet prints it."""
    if style == "en":
        return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"
    if style == "indic":
        return f"{d.day} {MONTH[d.month][style]} {d.year} - {time}".translate(INDIC)
    wd = WEEKDAYS[d.weekday()]
    if style == "levant":
        return f"{wd} {d.day} {MONTH[d.month][style]} {d.year}"
    return f"{wd} {d.day} {MONTH[d.month][style]} {d.year} - {time}"


# --------------------------------------------------------------------------- lexicons (gold forms)
AR_TERMS = {
    "captives": {
        "hostages": "رهينة رهينتان رهينتين رهائن",
        "detainees": "محتجز محتجزة محتجزون محتجزين محتجزات",
        "prisoners": "أسير أسيرة أسرى أسيرا أسيران أسيرين أسيرات",
        "abductees": "مختطف مختطفة مختطفون مختطفين مختطفات مخطوف مخطوفة مخطوفون مخطوفين",
        "inmates": "سجين سجينة سجناء سجينان سجينين سجينات",
    },
    "casualties": {
        "killed": "قتيل قتيلة قتلى قتيلا قتيلان قتيلين",
        "martyrs": "شهيد شهيدة شهداء شهيدا شهيدان شهيدين",
        "victims": "ضحية ضحايا",
        "died": "لقي_حتفه لقوا_حتفهم لقيت_حتفها لقيا_حتفهما",
        # the deaths family: the event nouns of a violent death
        "killing": "مقتل",
        "martyrdom": "استشهاد",
        "death_in_clash": "مصرع",
    },
    "ukraine_war": {
        "smo": "العملية_العسكرية_الخاصة",
        "war_on": "الحرب_على",
        "invasion": "غزو",
        "crisis": "الأزمة",
    },
    "attribution": {
        "said": "قال قالت يقول تقول قالوا يقولون أقول نقول قلت قلنا تقولون",
        "stated": "صرح صرحت يصرح تصرح",
        "affirmed": "أكد أكدت يؤكد تؤكد أكدوا يؤكدون نؤكد",
        "clarified": "أوضح أوضحت يوضح توضح",
        "claimed": "زعم زعمت يزعم تزعم زاعما مزاعم",
        "alleged": "ادعى ادعت يدعي تدعي ادعاءات",
        "admitted": "اعترف اعترفت يعترف تعترف",
    },
    "violence": {
        "massacre": "مجزرة مجازر مذبحة مذابح",
        "attack": "هجوم هجمات هجوما",
        "raid": "غارة غارات",
        "strike": "ضربة ضربات",
    },
}
EN_TERMS = {
    "captives": {"en_hostages": "hostage hostages", "en_captives": "captive captives",
                 "en_detainees": "detainee detainees", "en_prisoners": "prisoner prisoners",
                 "en_abductees": "abductee abductees"},
    "casualties": {"en_killed": "killed", "en_died": "died", "en_martyrs": "martyr martyrs",
                   "en_victims": "victim victims", "en_dead": "dead"},
    "ukraine_war": {"en_smo": "special_military_operation", "en_invasion": "invasion", "en_war": "war",
                    "en_conflict": "conflict", "en_crisis": "crisis"},
    "attribution": {"en_said": "said says", "en_stated": "stated", "en_claimed": "claimed claims",
                    "en_alleged": "alleged allegedly", "en_admitted": "admitted"},
    "violence": {"en_massacre": "massacre massacres", "en_slaughter": "slaughter",
                 "en_attack": "attack attacks", "en_strike": "strike strikes"},
}
ENCLITICS = ("ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ي")
# «ما وصفه … بـ»: the term right after بـ is the speaker's word
NAMING_VERBS = {"وصفه", "وصفته", "وصفها", "وصفوه", "يصفه", "تصفه", "يسميه", "تسميه", "سماه", "اسماه",
                "يسمونه", "تسميها"}

_DIAC = regex.compile(r"[\u064B-\u065F\u0670\u0640]")
TOKEN = regex.compile(r"[\p{L}\p{M}]+")


def norm(s: str) -> str:
    """Compare form: no diacritics/tatweel, bare alef, ى→ي, Persian ی/ک → ي/ك, lower case."""
    s = _DIAC.sub("", s)
    for a in "أإآٱ":
        s = s.replace(a, "ا")
    return s.replace("ى", "ي").replace("ی", "ي").replace("ک", "ك").lower()


def _with_enclitics(form: str) -> set[str]:
    bases = {form}
    if form.endswith("ة"):
        bases = {form[:-1] + "ت"}
    elif form.endswith("ي") and len(form) > 2:
        bases.add(form[:-1] + "ا")
    elif form.endswith(("ين", "ون")):
        bases.add(form[:-1])
    return {form} | {b + e for b in bases for e in ENCLITICS}


def _build_ar():
    """first-word spelling (no proclitic) → list of (lexicon, term, [following words])."""
    table: dict[str, list] = {}
    for lex, terms in AR_TERMS.items():
        for term, forms in terms.items():
            for f in forms.split():
                words = [norm(w) for w in f.split("_")]
                first, rest = words[0], words[1:]
                if rest:  # multi-word: the first word may take proclitics; pronoun endings on the last
                    last = rest[-1]
                    lasts = {last} if last.endswith("ه") or last.startswith("ال") else _with_enclitics(last)
                    for lw in lasts:
                        table.setdefault(first, []).append((lex, term, rest[:-1] + [lw]))
                elif first.startswith("ال"):
                    table.setdefault(first, []).append((lex, term, []))
                else:
                    table.setdefault("ال" + first, []).append((lex, term, []))
                    for s in _with_enclitics(first):
                        table.setdefault(s, []).append((lex, term, []))
    return table


AR_TABLE = _build_ar()
EN_TABLE: dict[str, list] = {}
for _lex, _terms in EN_TERMS.items():
    for _term, _forms in _terms.items():
        for _f in _forms.split():
            _w = _f.split("_")
            EN_TABLE.setdefault(_w[0], []).append((_lex, _term, _w[1:]))


def _stems(word: str):
    """(proclitics, rest) readings of an Arabic word: conj? prep? and لل → ل+ال."""
    out = []
    for c in ("", "و", "ف"):
        if not word.startswith(c):
            continue
        w1 = word[len(c):]
        for p in ("", "ب", "ك", "ل"):
            if not w1.startswith(p) or len(w1) - len(p) < 2:
                continue
            rest = w1[len(p):]
            out.append((c + p, rest))
            if p == "ل" and rest.startswith("ل"):
                out.append((c + "لل", "ال" + rest[1:]))
    return out


def find_terms(text: str, lang: str, speaker_title: bool = False):
    """Contested-term matches in one paragraph: list of (lexicon, term, voice, surface)."""
    toks = [(m.start(), m.end(), m.group(), norm(m.group())) for m in TOKEN.finditer(text)]
    quoted = _quote_spans(text)
    colon = text.find(":") if speaker_title else -1
    out, i = [], 0
    while i < len(toks):
        hit = _match_at(toks, i, lang)
        if hit is None:
            i += 1
            continue
        (lex, term, n, pro) = hit
        start, end = toks[i][0], toks[i + n - 1][1]
        voice = "own"
        if any(a <= start and end <= b for a, b in quoted):
            voice = "quoted"
        elif colon >= 0 and start > colon:
            voice = "quoted"
        elif "ب" in pro and _after_naming(toks, i):
            voice = "quoted"
        out.append((lex, term, voice, text[start:end]))
        i += n
    return out


def _match_at(toks, i, lang):
    word = toks[i][3]
    if lang == "en":
        for lex, term, rest in EN_TABLE.get(word, []):
            if [t[3] for t in toks[i + 1:i + 1 + len(rest)]] == rest:
                return lex, term, 1 + len(rest), ""
        return None
    best = None
    for pro, stem in _stems(word):
        for lex, term, rest in AR_TABLE.get(stem, []):
            if [t[3] for t in toks[i + 1:i + 1 + len(rest)]] == rest:
                cand = (lex, term, 1 + len(rest), pro)
                if best is None or cand[2] > best[2]:
                    best = cand
    return best


def _after_naming(toks, i):
    for j in range(max(0, i - 7), i - 1):
        if toks[j][3] == "ما" and toks[j + 1][3] in NAMING_VERBS:
            return True
    return False


def _quote_spans(text: str):
    spans = []
    for o, c in (("«", "»"), ("“", "”")):
        pos = 0
        while (a := text.find(o, pos)) >= 0:
            b = text.find(c, a + 1)
            if b < 0:
                raise ValueError(f"unbalanced {o} in: {text[:60]}")
            spans.append((a, b))
            pos = b + 1
    q = [k for k, ch in enumerate(text) if ch == '"']
    if len(q) % 2:
        raise ValueError(f'odd number of " in: {text[:60]}')
    spans += list(zip(q[::2], q[1::2]))
    return spans


def count_article(art) -> Counter:
    """Gold counts of one article: Counter[(lexicon, term, voice)] over title + body.  A lexicon
    listed in the article's ``out=`` is out of its families' scope there (a road accident is not a
    death in violence; «ضحية تصفية حسابات» is a figurative victim): nothing of it is counted."""
    c = Counter()
    for lex, term, voice, _ in find_terms(art["title"], art["lang"], art["speaker"]):
        c[(lex, term, voice)] += 1
    for p in art["body"]:
        for lex, term, voice, _ in find_terms(p, art["lang"]):
            c[(lex, term, voice)] += 1
    return Counter({k: n for k, n in c.items() if k[0] not in art["out"]})


def has_terms(text: str, lang: str) -> bool:
    return bool(find_terms(text, lang))


# --------------------------------------------------------------------------- sources
def parse_sources():
    arts = []
    for path in sorted((ROOT / "src").glob("*.txt")):
        folder = path.stem
        for block in path.read_text("utf-8").split("@@ ")[1:]:
            head, _, rest = block.partition("\n")
            meta = dict(kv.split("=", 1) for kv in head.split())
            lines = rest.strip().split("\n")
            assert lines[0].startswith("T: "), (path, head)
            title = lines[0][3:].strip()
            body = [p.strip() for p in "\n".join(lines[1:]).split("\n\n") if p.strip()]
            lang = meta.get("lang", "ar")
            pre = title.split(":")[0] if ":" in title else None
            speaker = pre is not None and len(TOKEN.findall(pre)) <= 4 and meta.get("speaker", "1") == "1"
            arts.append(dict(folder=folder, id=meta["id"], event=meta["event"], date=meta["date"],
                             time=meta["time"], fmt=meta["fmt"], meta=meta.get("meta") == "1",
                             trap=meta.get("trap"), copy_of=meta.get("copy_of"), lang=lang,
                             title=title, body=body, speaker=speaker,
                             out=set(filter(None, meta.get("out", "").split(",")))))
    return arts


# --------------------------------------------------------------------------- renderers
ENCODINGS = {"html": ("utf-8", "utf-8"), "html1256": ("cp1256", "windows-1256"),
             "html1256-nocs": ("cp1256", None), "html8859-6": ("iso8859_6", "iso-8859-6"),
             "html16": ("utf-16", "utf-16"), "txt": ("utf-8", None)}
ENC_NAMES = {"cp1256": "windows-1256", "iso8859_6": "iso-8859-6"}


def _pick(pool, key, n=4):
    k = sum(map(ord, key)) % len(pool)
    return [pool[(k + j) % len(pool)] for j in range(n)]


def render_html(a, o) -> str:
    enc, declared = ENCODINGS[a["fmt"]]
    en = o["lang"] == "en"
    d = dt.date.fromisoformat(a["date"])
    section = "world" if en else "news"
    if a["meta"]:
        url = f"https://{o['domain']}/{section}/{d:%Y/%m/%d}/{a['id'][11:]}"
    else:   # no date in the URL either: the printed date is the only one
        url = f"https://{o['domain']}/{section}/{sum(map(ord, a['id'])) * 7}-{a['id'][11:]}"
    e = html.escape
    ascii_quotes = a["fmt"] == "html8859-6"
    related = _pick(o["related"], a["id"], 4)
    if a["trap"] == "related":   # boilerplate trap: a contested headline in the related list
        related[1] = "عائلات الرهائن تعتصم أمام مقر الحكومة في ورد الساحل"
    head = []
    if declared == "windows-1256":
        head.append('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
    elif declared:
        head.append(f'<meta charset="{declared}">')
    head += [f"<title>{e(a['title'])} | {e(o['name'])}</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f'<meta property="og:site_name" content="{e(o["name"])}">',
             f'<meta property="og:title" content="{e(a["title"])}">',
             '<meta property="og:type" content="article">',
             f'<meta property="og:url" content="{url}">']
    if a["meta"]:
        head.append(f'<meta property="article:published_time" content="{a["date"]}T{a["time"]}:00+03:00">')
    head.append(f'<link rel="canonical" href="{url}">')
    nav = "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(o["nav"]))
    paras = "\n".join(f"<p>{e(p, quote=False)}</p>" for p in a["body"])
    rel = "\n".join(f'<li><a href="/news/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    if en:
        share, readmore, comments_h, footer = ("Share: Facebook | X | WhatsApp | Copy link", "Read more",
                                               "Comments", f"© 2025 {o['name']}. All rights reserved. "
                                               "About us | Contact | Privacy")
        comments = "<p class=\"no-comments\">Comments are closed for this article.</p>"
    else:
        share = "شارك: فيسبوك | إكس | واتساب | نسخ الرابط"
        readmore, comments_h = "اقرأ أيضا", "التعليقات"
        footer = f"© 2025 {o['name']}. جميع الحقوق محفوظة. من نحن | اتصل بنا | سياسة الخصوصية"
        c1 = "نتمنى أن يعم السلام المنطقة كلها"
        if a["trap"] == "comment":   # boilerplate trap: contested words in a reader comment
            c1 = "الحرية لكل الأسرى والرحمة للشهداء"
        comments = (f'<div class="comment"><span class="author">قارئ من الساحل</span><p>{e(c1)}</p></div>\n'
                    '<div class="comment"><span class="author">ليلى</span><p>شكرا على المتابعة</p></div>')
    if ascii_quotes:   # ISO-8859-6 has no « » © or |-free issues: keep the page to plain characters
        footer = footer.replace("©", "(c)")
    date_line = printed_date(o["dates"], d, a["time"])
    lang_attr = 'lang="en" dir="ltr"' if en else 'lang="ar" dir="rtl"'
    return f"""<!DOCTYPE html>
<html {lang_attr}>
<head>
{chr(10).join(head)}
<link rel="stylesheet" href="/static/site.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<header class="site-header"><a class="logo" href="/">{e(o['name'])}</a>
<div class="top-links"><a href="/live">{'Live' if en else 'البث المباشر'}</a> <a href="/newsletter">{'Newsletter' if en else 'النشرة البريدية'}</a></div></header>
<nav class="main-nav"><ul>{nav}</ul></nav>
<main>
<article class="story">
<div class="breadcrumbs">{e(o['nav'][0])} / {e(o['nav'][2])}</div>
<h1 class="headline">{e(a['title'])}</h1>
<div class="story-meta"><span class="date">{e(date_line)}</span> <span class="by">{e(o['name'])}</span></div>
<figure><img src="/img/{a['id']}.jpg" alt=""><figcaption>{e(o['photo'])}</figcaption></figure>
<div class="story-body">
{paras}
<p class="credit">{e(o['credit'])}</p>
</div>
<div class="share">{e(share)}</div>
</article>
<aside class="related"><h3>{readmore}</h3>
<ul>
{rel}
</ul></aside>
<section class="comments"><h3>{comments_h}</h3>
{comments}
</section>
</main>
<footer class="site-footer">{e(footer)}</footer>
</body>
</html>
"""


def render_txt(a, o) -> str:
    d = dt.date.fromisoformat(a["date"])
    stories = _pick(o["related"], a["id"][::-1], 3)
    related = _pick(o["related"], a["id"], 4)
    lines = ["مباشر" if a["folder"] == "al-nahar-al-jadid" else o["name"], "أين يمكنك متابعتنا", "",
             "أقسام مهمة", ""] + o["nav"] + ["", "Stories", "", f"{20 + len(a['id'])} خبر"]
    lines += [f"  • {s}" for s in stories]
    for s in stories:
        lines += [f"  • {s}", "", f"    {s}", ""]
    lines += [a["title"], ""]
    if o["dates"] != "egypt":   # Al-Ufuq prints its date only in the dateline of the first paragraph
        lines += [printed_date(o["dates"], d, a["time"]), ""]
    lines += [a["body"][0], "", a["title"], o["photo"], ""]
    for p in a["body"][1:]:
        lines += [p, ""]
    lines += [o["credit"], "", "التعليقات", ""]
    for r in related:
        lines += [r, ""]
    return "\n".join(lines)


# --------------------------------------------------------------------------- build
def build(out: Path) -> dict:
    arts = parse_sources()
    pages, gold = out / "pages", out / "gold"
    shutil.rmtree(pages, ignore_errors=True)
    pages.mkdir(parents=True)
    gold.mkdir(parents=True, exist_ok=True)
    wire_rows, events, terms, copies, articles = [], [], [], [], []
    problems = []
    for a in arts:
        words = len(TOKEN.findall(" ".join(a["body"])))
        total = words + len(TOKEN.findall(a["title"]))
        if not (80 <= words and total <= 250):
            problems.append(f"{a['id']}: {words} body words")
        if a["fmt"] == "jsonl":
            source = f"wire-feed.jsonl#{a['id']}"
            wire_rows.append({"id": a["id"], "outlet": WIRE["name"], "date": f"{a['date']}T{a['time']}:00+03:00",
                              "title": a["title"], "text": "\n\n".join(a["body"]),
                              "url": f"https://{WIRE['domain']}/ar/{a['id']}"})
            outlet, enc, declared = WIRE["name"], "utf-8", None
        else:
            o = OUTLETS[a["folder"]]
            ext = "txt" if a["fmt"] == "txt" else "html"
            source = f"{a['folder']}/{a['id']}.{ext}"
            enc, declared = ENCODINGS[a["fmt"]]
            page = render_txt(a, o) if ext == "txt" else render_html(a, o)
            boiler = page
            for s in [html.escape(x, quote=False) for x in [a["title"]] + a["body"]] + [a["title"]] + a["body"]:
                boiler = boiler.replace(s, " ")
            boiler = regex.sub(r"<[^>]+>", " ", boiler)
            if has_terms(html.unescape(boiler), a["lang"]) != bool(a["trap"]):
                problems.append(f"{source}: contested terms in boilerplate: "
                                f"{find_terms(html.unescape(boiler), a['lang'])}")
            try:
                raw = page.encode(enc)
            except UnicodeEncodeError as exc:
                problems.append(f"{source}: cannot encode as {enc}: {exc}")
                continue
            (pages / a["folder"]).mkdir(exist_ok=True)
            (pages / source).write_bytes(raw)
            outlet = o["name"]
        events.append((source, a["event"]))
        for (lex, term, voice), n in sorted(count_article(a).items()):
            terms.append((source, lex, term, voice, n))
        if a["copy_of"]:
            copies.append((source, a["copy_of"] + ".html"))
        articles.append((source, outlet, a["folder"] if a["fmt"] != "jsonl" else "", a["date"], a["lang"],
                         "jsonl" if a["fmt"] == "jsonl" else ("txt" if a["fmt"] == "txt" else "html"),
                         ENC_NAMES.get(enc, enc), declared or "", a["event"], a["title"], total))
    with (pages / "wire-feed.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        for r in wire_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    _csv(gold / "events.csv", ["source", "event"], events)
    _csv(gold / "terms.csv", ["source", "lexicon", "term", "voice", "count"], terms)
    _csv(gold / "copies.csv", ["source", "copy_of_source"], copies)
    _csv(gold / "articles.csv", ["source", "outlet", "folder", "published", "lang", "format", "encoding",
                                 "charset_declared", "event", "title", "words"], articles)
    _csv(gold / "outlets.csv", ["folder", "outlet", "outlet_en", "domain", "lang"],
         [(k, v["name"], v["en"], v["domain"], v["lang"]) for k, v in OUTLETS.items()]
         + [("wire-feed.jsonl", WIRE["name"], WIRE["en"], WIRE["domain"], WIRE["lang"])])
    return dict(articles=arts, problems=problems, terms=terms)


def _csv(path, header, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="build into a temp dir and compare with the repo")
    ap.add_argument("--kwic", action="store_true", help="print every gold match (for proof-reading)")
    args = ap.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            res = build(Path(tmp))
            diffs = _diffs(Path(tmp), ROOT)
        for p in res["problems"]:
            print("problem:", p)
        for d in diffs:
            print("differs:", d)
        return 1 if diffs or res["problems"] else 0
    res = build(ROOT)
    for p in res["problems"]:
        print("problem:", p, file=sys.stderr)
    if args.kwic:
        for a in res["articles"]:
            print(f"## {a['folder']}/{a['id']} [{a['event']}]{' SPEAKER-TITLE' if a['speaker'] else ''}")
            for field, texts in (("T", [a["title"]]), ("B", a["body"])):
                for t in texts:
                    for lex, term, voice, surf in find_terms(t, a["lang"], a["speaker"] and field == "T"):
                        print(f"   {field} {voice:6} {lex}/{term}: {surf}")
    print(f"{len(res['articles'])} articles, {len(res['terms'])} gold term rows, "
          f"{len(res['problems'])} problems", file=sys.stderr)
    return 1 if res["problems"] else 0


def _diffs(a: Path, b: Path):
    out = []
    for sub in ("pages", "gold"):
        fa = {p.relative_to(a / sub) for p in (a / sub).rglob("*") if p.is_file()}
        fb = {p.relative_to(b / sub) for p in (b / sub).rglob("*") if p.is_file()}
        out += [f"{sub}/{p} (only in one)" for p in fa ^ fb]
        out += [f"{sub}/{p}" for p in fa & fb if (a / sub / p).read_bytes() != (b / sub / p).read_bytes()]
    return sorted(out)


if __name__ == "__main__":
    sys.exit(main())
