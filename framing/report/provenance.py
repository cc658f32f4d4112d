"""What a citation needs: the data source and licence (from the corpus manifest), a "how to
cite" block and an appendix listing every article the report counted."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..display.text import clean

__all__ = ["provenance", "article_list", "source_rows", "cite_blocks", "appendix_blocks", "articles_file",
           "APPENDIX_ROWS"]

#: the appendix prints at most this many articles; the complete list is always written beside the report
#: (:func:`articles_file`): a 10,000-row table is 300 pages and most of a large report's time
APPENDIX_ROWS = 1000

W = {
    "en": {"source": "data source", "licence": "licence", "missing": "not recorded in the corpus manifest "
           "(add \"source\" and \"licence\" to manifest.json)",
           "cite": "How to cite",
           "cite_text": "{title}. Word-choice report made with framing {version} on the corpus {name} "
                        "({n} articles, {first} – {last}, content hash sha256 {hash}), lexicons {lexicons}; "
                        "data: {source}, licence {licence}. Reproduce with: {command}",
           "caveat": "These numbers describe these articles only: they generalise to an outlet's coverage only "
                     "as far as the collection is a fair sample of it (which articles, which sections, which "
                     "period). The appendix lists every article counted.",
           "h_appendix": "Appendix: the articles counted",
           "appendix_intro": "{n} articles, by {by} and date. Titles and addresses are cut to fit; the id finds "
                             "the full article in the corpus. The complete list is in {file} beside this report.",
           "appendix_cut": "The first {shown} of {n} articles, by {by} and date; all {n} (id, {by}, date, title, URL) "
                           "are in {file} beside this report.",
           "cols": ["id", "{by}", "date", "title", "URL"]},
    "ar": {"source": "مصدر البيانات", "licence": "الترخيص", "missing": "غير مسجّل في بيان المدوّنة: أضف "
           "source وlicence إلى manifest.json",
           "cite": "كيف تستشهد بهذا التقرير",
           "cite_text": "{title}. تقرير اختيار الكلمات بأداة framing {version} على المدوّنة {name}: {n} مقالًا، "
                        "من {first} إلى {last}، بصمة المحتوى sha256 {hash}؛ المعاجم: {lexicons}؛ البيانات: "
                        "{source}، الترخيص: {licence}. لإعادة الإنتاج: {command}",
           "caveat": "تصف هذه الأرقام هذه المقالات وحدها: لا تعمَّم على تغطية وسيلة إلا بقدر ما تمثّلها المجموعة "
                     "تمثيلًا عادلًا، أي أيّ مقالات وأيّ أقسام وأيّ فترة. يسرد الملحق كل مقال عُدّ.",
           "h_appendix": "ملحق: المقالات المعدودة",
           "appendix_intro": "{n} مقالًا، حسب الوسيلة والتاريخ. العناوين والروابط مقصوصة لتتسع؛ المعرّف يدلّ على "
                             "المقال كاملًا في المدوّنة. القائمة كاملة في الملف {file} بجانب هذا التقرير.",
           "appendix_cut": "أول {shown} من {n} مقالًا، حسب الوسيلة والتاريخ؛ القائمة كاملة (المعرّف والوسيلة والتاريخ "
                           "والعنوان والرابط) في الملف {file} بجانب هذا التقرير.",
           "cols": ["المعرّف", "الوسيلة", "التاريخ", "العنوان", "الرابط"]},
}


def provenance(manifest: dict | None) -> dict:
    """``{"source": str|None, "licence": str|None}`` from a corpus manifest (``licence`` or
    ``license``; ``source`` may be a string or a dict with ``name``/``url``)."""
    m = manifest or {}
    src = m.get("source")
    if isinstance(src, dict):
        src = " ".join(str(src[k]) for k in ("name", "url") if src.get(k))
    lic = m.get("licence") or m.get("license")
    if isinstance(lic, dict):
        lic = " ".join(str(lic[k]) for k in ("name", "url") if lic.get(k))
    return {"source": clean(src) or None, "licence": clean(lic) or None}


def article_list(df: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """``id, <by>, date, title, url`` of every article, sorted by group, date and id."""
    dates = pd.to_datetime(df["published"], errors="coerce", utc=True) if "published" in df else None
    out = pd.DataFrame({"id": df["id"].astype(str), by: df[by] if by in df else "",
                        "date": dates.dt.strftime("%Y-%m-%d").fillna("") if dates is not None else "",
                        "title": df["title"] if "title" in df else "",
                        "url": df["url"] if "url" in df else ""})
    return out.sort_values([by, "date", "id"], kind="stable").reset_index(drop=True)


def source_rows(data, lang: str) -> list[tuple[str, str]]:
    w = W[lang]
    prov = getattr(data, "provenance", None) or {}
    return [(w["source"], prov.get("source") or w["missing"]), (w["licence"], prov.get("licence") or w["missing"])]


def cite_blocks(data, lang: str) -> list[dict]:
    """The "how to cite" heading, the citation and the sampling caveat."""
    w = W[lang]
    prov = getattr(data, "provenance", None) or {}
    lexicons = ", ".join(f"{r.name} {r.version}".strip() for r in data.lexicons.itertuples())
    text = w["cite_text"].format(title=data.title, version=data.toolkit_version, name=data.corpus_name,
                                 n=f"{data.n_articles:,}", first=data.first or "?", last=data.last or "?",
                                 hash=data.content_hash, lexicons=lexicons or "–",
                                 source=prov.get("source") or "?", licence=prov.get("licence") or "?",
                                 command=data.command)
    return [{"kind": "h2", "text": w["cite"]}, {"kind": "p", "text": text}, {"kind": "note", "text": w["caveat"]}]


def articles_file(report) -> Path:
    """The complete article list written beside ``report`` (``demo.pdf`` → ``demo-articles.csv``)."""
    report = Path(report)
    return report.with_name(f"{report.stem}-articles.csv")


def appendix_blocks(data, lang: str, sec: int, file: str = "REPORT-articles.csv") -> list[dict]:
    """The appendix: one row per article (id, group, date, title, URL), the first ``APPENDIX_ROWS``
    of them (``file``: the name of the complete list, :func:`articles_file`)."""
    arts = getattr(data, "article_list", None)
    if arts is None or not len(arts):
        return []
    w, by = W[lang], data.by
    rows = [[r[0], clean(r[1]), r[2], clean(r[3]), clean(r[4])] for r in arts.head(APPENDIX_ROWS).itertuples(index=False)]
    key = "appendix_cut" if len(arts) > len(rows) else "appendix_intro"
    return [{"kind": "pagebreak"}, {"kind": "h1", "text": f"{sec}. {w['h_appendix']}"},
            {"kind": "note", "text": w[key].format(n=f"{len(arts):,}", shown=f"{len(rows):,}", by=by, file=file)},
            {"kind": "table", "header": [c.format(by=by) for c in w["cols"]], "rows": rows,
             "widths": [0.13, 0.15, 0.09, 0.38, 0.25], "align": ["L", "A", "L", "A", "L"], "size": 6.5,
             "fit": False}]
