"""Text alternatives of the report's charts (HTML ``alt``) and the anchors that link a table's
numbers to their concordance lines.

Each ``alt_*`` function says what a chart shows and its main values, in the report's language,
from the same tables the chart is drawn from (so a reader without the image gets the numbers).
"""
from __future__ import annotations

import hashlib

import pandas as pd

from ..display.text import clean, pct

__all__ = ["anchor", "alt_shares", "alt_summary", "alt_time", "alt_coverage", "alt_events", "alt_keyness",
           "alt_sources"]

#: groups and terms spelled out in an alt text at most (the tables hold the rest)
MAX_GROUPS, MAX_TERMS = 8, 4

W = {"en": {"shares": "Bar chart: share of each term of {family} per {by}, with 95% intervals and n articles. ",
            "summary": "Small multiples, one panel per word family: each {by}'s share of its most used terms. ",
            "time": "Line chart: articles per {by} over time, {first} to {last}. ",
            "coverage": "Grid of events (columns, E1… in date order) by {by} (rows): which {by} covered which "
                        "event. {n} events, {k} covered by two {by}s or more.",
            "events": "Heat map: share of «{term}» in each event (columns) per {by} (rows). ",
            "keyness": "Bar charts, one per {by}: its most distinctive words by log-odds z. ",
            "sources": "Bar chart: share of each {by}'s quoted statements by speaker. ",
            "event_item": "{g}: {mean} on average over {k} events ({lo} to {hi})",
            "more": "… ({k} more)", "none": "no match"},
     "ar": {"shares": "رسم أعمدة: حصة كل مصطلح من {family} لكل وسيلة، مع مجال 95% وعدد المقالات n. ",
            "summary": "لوحات صغيرة، لوحة لكل عائلة كلمات: حصة كل وسيلة من أكثر مصطلحاتها استعمالًا. ",
            "time": "رسم خطي: المقالات لكل وسيلة عبر الزمن، من {first} إلى {last}. ",
            "coverage": "شبكة الأحداث (الأعمدة، E1… بترتيب التاريخ) والوسائل (الصفوف): أي وسيلة غطّت أي حدث. "
                        "{n} حدثًا، غطّت {k} منها وسيلتان أو أكثر.",
            "events": "خريطة حرارية: حصة «{term}» في كل حدث (الأعمدة) لكل وسيلة (الصفوف). ",
            "keyness": "رسوم أعمدة، واحد لكل وسيلة: أكثر كلماتها تمييزًا بمقياس z. ",
            "sources": "رسم أعمدة: حصة كل متحدث من أقوال كل وسيلة. ",
            "event_item": "{g}: {mean} في المتوسط على \u2066{k}\u2069 أحداث (من {lo} إلى {hi})",
            "more": "… (و{k} غيرها)", "none": "لا مطابقة"}}


def anchor(*parts) -> str:
    """A stable HTML id for a concordance section: ``k-`` + 12 hex digits of the parts."""
    return "k-" + hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def _sep(lang: str) -> str:
    return "؛ " if lang == "ar" else "; "


def _groups(items: list[str], lang: str) -> str:
    more = W[lang]["more"].format(k=len(items) - MAX_GROUPS) if len(items) > MAX_GROUPS else ""
    return _sep(lang).join(items[:MAX_GROUPS]) + more


def _share_list(s: pd.DataFrame, by: str, names: dict, lang: str, n_terms: int = MAX_TERMS) -> str:
    """``group: term 62% (n=14), term 30%; …`` from a shares table (most used terms first)."""
    items = []
    s = s[s["matches"] > 0]
    for g, d in s.groupby(by, sort=True):
        d = d.sort_values("share", ascending=False, kind="stable").head(n_terms)
        n = int(d["family_articles"].max()) if "family_articles" in d else None
        terms = ", ".join(f"{clean(names.get(t, t))} {pct(v)}" for t, v in zip(d["term"], d["share"]))
        items.append(f"{clean(g)}: {terms}" + (f" (n={n})" if n is not None else ""))
    return _groups(items, lang) if items else W[lang]["none"]


def alt_shares(shares: pd.DataFrame, family: str, by: str, names: dict, lang: str) -> str:
    return W[lang]["shares"].format(family=family, by=by) + _share_list(shares, by, names, lang)


def alt_summary(families: list, by: str, lang: str) -> str:
    """``families``: ``(name, shares, term names)`` as drawn by :func:`framing.plot.family_summary`."""
    parts = [f"{name} — {_share_list(s, by, names, lang, 2)}" for name, s, names in families]
    return W[lang]["summary"].format(by=by) + " | ".join(parts)


def alt_time(articles: pd.DataFrame, by: str, first, last, lang: str) -> str:
    counts = articles[by].value_counts().sort_index() if by in articles else pd.Series(dtype=int)
    return W[lang]["time"].format(by=by, first=first or "?", last=last or "?") + _groups(
        [f"{clean(g)}: {int(n):,}" for g, n in counts.items()], lang)


def alt_coverage(events: pd.DataFrame, by: str, lang: str) -> str:
    n = len(events)
    k = int((events["n_outlets"] >= 2).sum()) if "n_outlets" in events else 0
    return W[lang]["coverage"].format(by=by, n=n, k=k)


def alt_events(shares: pd.DataFrame, term: str, label: str, by: str, lang: str) -> str:
    """Per group, the share of ``term`` over the events it covered (mean, lowest and highest)."""
    s = shares[(shares["term"] == term) & shares["share"].notna()]
    items = [W[lang]["event_item"].format(g=clean(g), mean=pct(d["share"].mean()), k=d["event_id"].nunique(),
                                          lo=pct(d["share"].min()), hi=pct(d["share"].max()))
             for g, d in s.groupby(by, sort=True)]
    return W[lang]["events"].format(term=label, by=by) + (_groups(items, lang) if items else W[lang]["none"])


def alt_keyness(tables: dict, lang: str) -> str:
    items = [f"{clean(g)}: {', '.join(map(clean, k['term'][:3]))}" for g, k in tables.items()]
    return W[lang]["keyness"].format(by="outlet") + _groups(items, lang)


def alt_sources(sources: pd.DataFrame, col: str, lang: str) -> str:
    named = sources[sources["speaker"].astype(str).str.strip() != ""]
    items = []
    for g, d in named.groupby(col, sort=True):
        top = d.groupby("speaker")["share"].sum().sort_values(ascending=False).head(2)
        items.append(f"{clean(g)}: " + ", ".join(f"{clean(sp)} {pct(v)}" for sp, v in top.items()))
    return W[lang]["sources"].format(by=col) + _groups(items, lang)
