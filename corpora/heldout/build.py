"""Rebuild the held-back corpora ``set1/`` and ``set2/`` from ``src/set*.yaml``.

    .venv/bin/python corpora/heldout/build.py          # writes set*/pages and set*/gold
    .venv/bin/python corpora/heldout/build.py --check  # only re-verify, write nothing

The sources hold every article's headline and body with each contested term
marked by hand as ``[[surface|term]]`` (the outlet's own voice) or
``[[surface|term|q]]`` (quoted voice); ``[[surface|term|o]]`` is own voice where the
quote heuristic below would guess otherwise (a topic, not a speaker, before a headline colon).  ``gold/terms.csv`` is the tally of those
marks, nothing else: no matcher decides the gold.  Two cross-checks then guard
against slips in the marking (the build stops on any disagreement):

* an independent scan of the unmarked headline+body for every form of the term
  lists (with و/ف, ب/ك/ل, ال/لل and pronoun endings) must find the same number
  per article and term as the marks — so an unmarked or mis-marked term fails;
* a heuristic quote check (inside «» “” "" , after ``Speaker:`` in a headline,
  or in a «ما وصفه ... بـ» construction) must agree with every mark's voice.

Needs only the standard library and PyYAML.  This is a data script, not part of
the ``framing`` package; it does not import ``framing``.
"""
from __future__ import annotations

import csv
import html
import io
import itertools
import json
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- term lists
TERMS = {
    "captives": {
        "hostages": "رهينة رهينتان رهينتين رهائن", "detainees": "محتجز محتجزة محتجزون محتجزين محتجزات",
        "prisoners": "أسير أسيرة أسرى أسيران أسيرين أسيرات",
        "abductees": "مختطف مختطفة مختطفون مختطفين مختطفات مخطوف مخطوفين",
        "inmates": "سجين سجينة سجناء سجينات",
        "en_hostages": "hostage hostages", "en_captives": "captive captives",
        "en_detainees": "detainee detainees", "en_prisoners": "prisoner prisoners",
        "en_abductees": "abductee abductees"},
    "casualties": {
        "killed": "قتيل قتيلة قتلى قتيلا قتيلان قتيلين", "martyrs": "شهيد شهيدة شهداء شهيدا شهيدان شهيدين",
        "victims": "ضحية ضحايا", "died": "لقي_حتفه لقوا_حتفهم لقيت_حتفها لقيا_حتفهما",
        "en_killed": "killed", "en_died": "died", "en_martyrs": "martyr martyrs",
        "en_victims": "victim victims", "en_dead": "dead"},
    "ukraine_war": {
        "smo": "العملية_العسكرية_الخاصة", "war_on": "الحرب_على", "invasion": "الغزو غزو", "crisis": "الأزمة",
        "en_smo": "special_military_operation", "en_invasion": "invasion", "en_war": "war",
        "en_conflict": "conflict", "en_crisis": "crisis"},
    "attribution": {
        "said": "قال قالت يقول تقول قالوا", "stated": "صرح صرحت يصرح تصرح",
        "affirmed": "أكد أكدت يؤكد تؤكد", "clarified": "أوضح أوضحت يوضح توضح",
        "claimed": "زعم زعمت يزعم تزعم زاعما مزاعم", "alleged": "ادعى ادعت يدعي تدعي ادعاءات",
        "admitted": "اعترف اعترفت يعترف تعترف",
        "en_said": "said says", "en_stated": "stated", "en_claimed": "claimed claims",
        "en_alleged": "alleged allegedly", "en_admitted": "admitted"},
    "violence": {
        "massacre": "مجزرة مجازر مذبحة مذابح", "attack": "هجوم هجمات هجوما", "raid": "غارة غارات",
        "strike": "ضربة ضربات", "en_massacre": "massacre massacres", "en_slaughter": "slaughter",
        "en_attack": "attack attacks", "en_strike": "strike strikes"},
}
LEXICON_OF = {t: lex for lex, ts in TERMS.items() for t in ts}

_DIAC = re.compile("[\u064b-\u065f\u0670\u0640]")
_TRANS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك"})


def norm(s: str) -> str:
    """Scanner normalisation: no diacritics/tatweel, one alef, ى ی→ي, ک→ك, Latin lower-case."""
    return _DIAC.sub("", s).translate(_TRANS).lower()


def _spellings(form: str) -> set[str]:
    """Clitic spellings of a normalised form (words joined by spaces)."""
    words = form.split()
    first, rest = words[0], words[1:]
    pre = ["", "و", "ف"]
    out = set()
    if first.startswith("ال"):
        core = first[2:]
        for c in pre:
            for p in ["", "ب", "ك"]:
                out.add(" ".join([c + p + "ال" + core] + rest))
            out.add(" ".join([c + "لل" + core] + rest))
        return out
    enc = ["", "ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ي"]
    bases = [first]
    if first.endswith("ة"):
        bases = [first, first[:-1] + "ت"]
    elif first.endswith("ي"):
        bases = [first, first[:-1] + "ا"]
    elif first.endswith(("ين", "ون")):
        bases = [first, first[:-1]]
    ends = {first} | ({b + e for b in bases for e in enc[1:]} if not rest else set())
    for c in pre:
        for p in ["", "ب", "ك", "ل"]:
            for w in ends:
                out.add(" ".join([c + p + w] + rest))
            if not rest:
                out.add(c + p + "ال" + first if p != "ل" else c + "لل" + first)
    return out


def _build_index():
    ar, en = {}, {}
    for lex, ts in TERMS.items():
        for term, forms in ts.items():
            for f in forms.split():
                f = norm(f.replace("_", " "))
                if term.startswith("en_"):
                    en[f] = term
                else:
                    for s in _spellings(f):
                        assert ar.get(s, term) == term, (s, term, ar.get(s))
                        ar[s] = term
    return ar, en


AR_INDEX, EN_INDEX = _build_index()
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def scan(text: str) -> dict[str, int]:
    """Count every listed form in ``text`` (term id -> count), independent of the marks."""
    toks = [m.group() for m in _WORD.finditer(norm(text))]
    counts: dict[str, int] = {}
    for i in range(len(toks)):
        for n in (3, 2, 1):
            key = " ".join(toks[i:i + n])
            term = AR_INDEX.get(key) or EN_INDEX.get(key)
            if term:
                counts[term] = counts.get(term, 0) + 1
                break
    return counts


# --------------------------------------------------------------------------- marks
MARK = re.compile(r"\[\[([^|\]]+)\|([a-z_]+)(\|[qo])?\]\]")


def strip_marks(s: str) -> str:
    return MARK.sub(lambda m: m.group(1), s)


def marks(s: str):
    """(term, voice, offset_in_plain_text) of each mark in ``s``."""
    out, shift = [], 0
    for m in MARK.finditer(s):
        voice = {"|q": "quoted", "|o": "own!"}.get(m.group(3) or "", "own")
        out.append((m.group(2), voice, m.start() - shift))
        shift += len(m.group(0)) - len(m.group(1))
    return out


_OPEN, _CLOSE = "«“", "»”"


def looks_quoted(plain: str, pos: int, is_title: bool) -> bool:
    """Heuristic voice of the character at ``pos`` (used only to cross-check the marks)."""
    para_start = plain.rfind("\n", 0, pos) + 1
    before = plain[para_start:pos]
    depth = sum(before.count(c) for c in _OPEN) - sum(before.count(c) for c in _CLOSE)
    if depth > 0 or before.count('"') % 2 == 1:
        return True
    if is_title and ":" in plain[:pos]:
        return True
    return bool(re.search(r"ما (?:وصف|وصفه|وصفها|وصفته|وصفوه)\s+\S+(?:\s+\S+){0,4}\s+$", before))


# --------------------------------------------------------------------------- rendering
def esc(s: str) -> str:
    return html.escape(s, quote=True)


def paras(body: str) -> list[str]:
    return [p.strip() for p in body.strip().split("\n\n") if p.strip()]


def render_html(a: dict, o: dict) -> str:
    """An article page: header, nav, article, share buttons, related list, comments, footer."""
    opt = a.get("opts", {})
    title, body = a["title_plain"], paras(a["body_plain"])
    lang = a.get("lang", "ar")
    rtl = ' dir="rtl"' if lang == "ar" else ""
    head = []
    cs = opt.get("charset", "meta")
    if cs == "meta":
        head.append(f'<meta charset="{a["enc_label"]}">')
    elif cs == "http-equiv":
        head.append(f'<meta http-equiv="Content-Type" content="text/html; charset={a["enc_label"]}">')
    site = o["name"]
    head.append(f"<title>{esc(title)} | {esc(site)}</title>" if not opt.get("title_only")
                else f"<title>{esc(title)} - {esc(o['short'])}</title>")
    if not opt.get("title_only") and not opt.get("no_og"):
        head.append(f'<meta property="og:title" content="{esc(title)}">')
        head.append(f'<meta property="og:site_name" content="{esc(site)}">')
    if opt.get("meta_date", True):
        head.append(f'<meta property="article:published_time" content="{a["date"]}T{opt.get("time", "09:30")}:00+03:00">')
    head.append(f'<link rel="canonical" href="{esc(a["url"])}">')
    if opt.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": f"{a['date']}T{opt.get('time', '09:30')}:00Z",
              "publisher": {"@type": "Organization", "name": site}}
        head.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    nav = "".join(f'<li><a href="/{i}">{esc(x)}</a></li>' for i, x in enumerate(o["nav"]))
    share = "".join(f'<a class="share" href="#">{esc(x)}</a>' for x in o["share"])
    related = "".join(f'<li><a href="/r/{i}">{esc(x)}</a></li>' for i, x in enumerate(a.get("related", [])))
    rel_html = f'<aside class="related"><h3>{esc(o["related_h"])}</h3><ul>{related}</ul></aside>' if related else ""
    date_line = f'<p class="date">{esc(a["date_text"])}</p>' if a.get("date_text") else ""
    h = (f'<h2 class="entry-title">{esc(title)}</h2>' if opt.get("title_only")
         else f"<h1>{esc(title)}</h1>")
    ps = []
    for i, p in enumerate(body):
        ps.append(f"<p>{esc(p)}</p>")
        if opt.get("inline_more") and i == opt.get("inline_at", 1):
            ps.append(f'<div class="read-also"><strong>{esc(o["more_label"])}</strong> '
                      f'<a href="/m/1">{esc(opt["inline_more"])}</a></div>')
    credit = f'<p class="credit">{esc(a["credit"])}</p>' if a.get("credit") else ""
    comments = ""
    if a.get("comments"):
        cs_ = "".join(f'<div class="comment"><span class="author">{esc(n)}</span>'
                      f'<span class="when">{esc(w)}</span><p>{esc(t)}</p>'
                      f'<a class="reply" href="#">{esc(o["reply"])}</a></div>'
                      for n, w, t in a["comments"])
        comments = (f'<section id="comments" class="comments"><h3>{esc(o["comments_h"])} '
                    f'({len(a["comments"])})</h3>{cs_}</section>')
    top_date = date_line if opt.get("date_pos", "top") == "top" else ""
    bottom_date = date_line if opt.get("date_pos") == "bottom" else ""
    related_before = rel_html if opt.get("related_before") else ""
    related_after = "" if opt.get("related_before") else rel_html
    return f"""<!DOCTYPE html>
<html lang="{lang}"{rtl}>
<head>
{chr(10).join(head)}
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<header class="site-header"><a class="logo" href="/">{esc(site)}</a><span class="tagline">{esc(o["tagline"])}</span></header>
<nav class="main-nav"><ul>{nav}</ul></nav>
<main>
{related_before}
<article>
<div class="breadcrumb">{esc(o["section"])}</div>
{h}
{top_date}
<div class="article-body">
{chr(10).join(ps)}
{credit}
{bottom_date}
</div>
<div class="share-bar">{share}</div>
</article>
{related_after}
{comments}
</main>
<footer><p>{esc(o["footer"])}</p></footer>
</body>
</html>
"""


def render_txt(a: dict, o: dict) -> str:
    """A browser 'save as text' page shaped like the seed page."""
    opt = a.get("opts", {})
    title, body = a["title_plain"], paras(a["body_plain"])
    L = list(o["nav"]) + [""] + [o["sections_h"], ""]
    for s in o["sections"]:
        L.append(f"  • {s}")
    L.append("")
    if opt.get("related_before"):
        L += [o["related_h"], ""]
        for r in a.get("related", []):
            L += [r, ""]
    L += [title, ""]
    if a.get("date_text") and opt.get("date_pos", "top") == "top":
        L += [a["date_text"], ""]
    for i, p in enumerate(body):
        L += [p, ""]
        if i == 0 and not opt.get("no_caption"):
            L += [title, a.get("photo", "AFP"), ""]
    if a.get("date_text") and opt.get("date_pos") == "bottom":
        L += [a["date_text"], ""]
    if a.get("credit"):
        L += [a["credit"], ""]
    L += [o["comments_h"], ""]
    for n, w, t in a.get("comments", []):
        L += [n, w, t, ""]
    if not opt.get("related_before"):
        for r in a.get("related", []):
            L += [r, ""]
    txt = "\n".join(L).rstrip("\n")
    if opt.get("crlf"):
        txt = txt.replace("\n", "\r\n")
    return txt


def encode(text: str, enc: str) -> bytes:
    if enc == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if enc == "utf-16":
        return text.encode("utf-16")  # with BOM
    return text.encode(enc)


# --------------------------------------------------------------------------- build
def build(name: str, write: bool) -> list[str]:
    spec = yaml.safe_load((HERE / "src" / f"{name}.yaml").read_text(encoding="utf-8"))
    outlets, problems = spec["outlets"], []
    root = HERE / name
    files: dict[str, bytes] = {}
    wire: list[dict] = []
    events, terms, copies, arts = [], [], [], []
    for a in spec["articles"]:
        src = a["source"]
        o = outlets[a["outlet"]]
        a["title_plain"], a["body_plain"] = strip_marks(a["title"]), strip_marks(a["body"])
        # tally of the marks, cross-checked by scan and voice heuristic
        tally: dict[tuple[str, str], int] = {}
        per_term: dict[str, int] = {}
        for field, raw in (("title", a["title"]), ("body", a["body"])):
            plain = strip_marks(raw)
            for term, voice, pos in marks(raw):
                if term not in LEXICON_OF:
                    problems.append(f"{src}: unknown term id {term}")
                    continue
                forced = voice == "own!"
                voice = "own" if forced else voice
                tally[(term, voice)] = tally.get((term, voice), 0) + 1
                per_term[term] = per_term.get(term, 0) + 1
                if not forced and looks_quoted(plain, pos, field == "title") != (voice == "quoted"):
                    problems.append(f"{src}: {field} mark {term}@{pos} marked {voice}: "
                                    f"…{plain[max(0, pos - 40):pos + 25]}…")
        found = scan(a["title_plain"] + "\n\n" + a["body_plain"])
        for t in sorted(set(found) | set(per_term)):
            if found.get(t, 0) != per_term.get(t, 0):
                problems.append(f"{src}: term {t}: marked {per_term.get(t, 0)}, scan finds {found.get(t, 0)}")
        for (term, voice), n in sorted(tally.items()):
            terms.append([src, LEXICON_OF[term], term, voice, n])
        nwords = len(_WORD.findall(norm(a["body_plain"])))
        if not 80 <= nwords <= 250:
            problems.append(f"{src}: body has {nwords} words (want 80-250)")
        events.append([src, a["event"]])
        if a.get("copy_of"):
            copies.append([src, a["copy_of"]])
        arts.append([src, o["name"], a["date"], a.get("lang", "ar"), a["title_plain"]])
        if src.startswith("wire-feed.jsonl#"):
            wire.append({"id": src.split("#", 1)[1], "outlet": o["name"], "date": a["date"],
                         "title": a["title_plain"], "text": "\n\n".join(paras(a["body_plain"])),
                         "url": a["url"]})
            continue
        enc = a.get("encoding", "utf-8")
        a["enc_label"] = {"utf-8-sig": "utf-8", "utf-16": "utf-16"}.get(enc, enc)
        page = render_html(a, o) if src.endswith(".html") else render_txt(a, o)
        files[src] = encode(page, enc)
    if wire:
        files["wire-feed.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in wire).encode()
    # gold
    def table(header, rows):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
        return buf.getvalue().encode("utf-8")
    gold = {"events.csv": table(["source", "event"], events),
            "terms.csv": table(["source", "lexicon", "term", "voice", "count"], terms),
            "copies.csv": table(["source", "copy_of_source"], copies),
            "articles.csv": table(["source", "outlet", "published", "lang", "title"], arts)}
    if write and not problems:
        for sub in ("pages", "gold"):
            d = root / sub
            if d.exists():
                for p in sorted(d.rglob("*"), reverse=True):
                    p.unlink() if p.is_file() else p.rmdir()
        for rel, data in files.items():
            p = root / "pages" / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
        for rel, data in gold.items():
            p = root / "gold" / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
    print(f"{name}: {len(spec['articles'])} articles, {len(files)} files, "
          f"{sum(r[4] for r in terms)} marked terms, {len(problems)} problems")
    return problems


if __name__ == "__main__":
    write = "--check" not in sys.argv
    probs = list(itertools.chain.from_iterable(build(n, write) for n in ("set1", "set2")
                                               if (HERE / "src" / f"{n}.yaml").exists()))
    for p in probs:
        print("PROBLEM", p)
    sys.exit(1 if probs else 0)
