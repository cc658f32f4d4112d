"""Fixtures for the report tests: a ReportData built by hand, in the shapes of the stage
contracts (docs/dev-contracts.md), with fictional outlets and texts written for the tests."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from framing.report.data import FamilyResult, ReportData

OUTLETS = ["Desert Post", "صحيفة الواحة", "Nile Wire"]
TERMS = pd.DataFrame({"family": ["captives"] * 3, "term": ["رهائن", "محتجزين", "أسرى"],
                      "language": ["ar"] * 3, "label_en": ["hostages", "detainees", "prisoners"],
                      "label_ar": ["رهائن", "محتجزون", "أسرى"], "note": ["", "", "also used for POWs"],
                      "forms": [3, 4, 2]})
#: matches per outlet and term (Desert Post says رهائن, الواحة says أسرى, Nile Wire mixes)
MATCHES = {"Desert Post": [30, 8, 2], "صحيفة الواحة": [3, 6, 25], "Nile Wire": [10, 12, 9]}


def _shares(by_event: bool = False) -> pd.DataFrame:
    rows = []
    events = ["ev-1", "ev-2"] if by_event else [None]
    for o, m in MATCHES.items():
        for e in events:
            mm = np.array(m) // (2 if by_event else 1) + (1 if e == "ev-2" else 0) * np.array([0, 2, 0])
            total = mm.sum()
            for t, k in zip(TERMS["term"], mm):
                s = k / total
                rows.append({"outlet": o, "event_id": e, "family": "captives", "term": t, "articles": int(k),
                             "matches": int(k), "tokens": 50_000, "rate_per_10k": k / 5.0, "share": s,
                             "ci_low": max(0.0, s - 0.1), "ci_high": min(1.0, s + 0.1)})
    df = pd.DataFrame(rows)
    return df if by_event else df.drop(columns="event_id")


def make_data(events: bool = True, lang: str = "en", matches: bool = True, outlets=OUTLETS) -> ReportData:
    arts = []
    for i in range(60):
        o = outlets[i % len(outlets)]
        arts.append({"id": f"doc{i:03d}", "outlet": o, "published": f"2025-03-{1 + i % 28:02d}",
                     "event_id": (f"ev-{1 + i % 2}" if events else None)})
    articles = pd.DataFrame(arts)
    shares = _shares()
    shares = shares[shares["outlet"].isin(outlets)]
    if not matches:
        shares = shares.assign(matches=0, articles=0, rate_per_10k=0.0, share=pd.NA, ci_low=pd.NA, ci_high=pd.NA)
    kwic = pd.DataFrame([
        {"id": "doc001", "outlet": "صحيفة الواحة", "published": "2025-03-02",
         "left": "وقالت مصادر محلية إن عدد", "match": "الأسرى", "right": "ارتفع إلى اثني عشر بعد الهجوم",
         "voice": "own", "family": "captives", "term": "أسرى"},
        {"id": "doc000", "outlet": "Desert Post", "published": "2025-03-01",
         "left": "أعلنت الحكومة أن المفاوضات حول", "match": "الرهائن", "right": "مستمرة <script>alert(1)</script>",
         "voice": "own", "family": "captives", "term": "رهائن"},
    ])
    fam = FamilyResult(lexicon="captives", family="captives", terms=TERMS, shares=shares,
                       sentence=("The outlets differ in the words they use for captives (chi-square = 48.1, "
                                 "p < 0.001): Desert Post says رهائن most, صحيفة الواحة says أسرى."),
                       test={"test": "chi-square", "statistic": 48.12, "dof": 4, "p_value": 1e-9,
                             "cramers_v": 0.31, "n": 105, "sentence": "…"},
                       event_shares=_shares(True) if events else None,
                       focus_term="رهائن" if events else None, kwic=kwic if matches else None)
    if not matches:
        fam.sentence, fam.test = "", None
        fam.notes.append("No article in the corpus uses a term of captives (own voice only).")
    ev = pd.DataFrame({"event_id": ["ev-1", "ev-2"], "label": ["تبادل الأسرى", "Ceasefire talks"],
                       "top_terms": ["أسرى, تبادل", "ceasefire"], "first": ["2025-03-01", "2025-03-02"],
                       "last": ["2025-03-28", "2025-03-27"], "outlets": [", ".join(outlets)] * 2,
                       "n_outlets": [len(outlets)] * 2, "articles": [30, 30]}) if events else None
    summary = articles.groupby("outlet").agg(articles=("id", "size"), first=("published", "min"),
                                             last=("published", "max")).reset_index()
    summary["languages"] = "ar"
    summary["events"] = 2 if events else 0
    return ReportData(
        title="Captives in the test corpus", params={"lexicons": ["captives"], "families": "all", "by": "outlet",
                                                     "within_events": False, "voice": "own", "report_lang": lang,
                                                     "n_boot": 200, "seed": 0},
        command="framing report test-corpus --lexicon captives -o out.pdf", corpus_name="test-corpus",
        n_articles=len(articles), outlets=summary, first="2025-03-01", last="2025-03-28",
        languages=pd.DataFrame({"lang": ["ar"], "articles": [len(articles)]}),
        content_hash="ab" * 32, created=dt.datetime(2025, 3, 28, tzinfo=dt.timezone.utc), articles=articles,
        lexicons=pd.DataFrame({"name": ["captives"], "version": ["1.0"], "description": ["test"]}),
        families=[fam], lang=lang, events=ev,
        copies=pd.DataFrame({"outlet": outlets, "articles": [20] * len(outlets), "copies": [0, 5, 2][:len(outlets)],
                             "copied_share": [0.0, 0.25, 0.1][:len(outlets)]}) if events else None,
        keyness={o: pd.DataFrame({"term": ["الاحتلال", "المقاومة", "talks"], "z": [5.0, 3.2, 2.1]})
                 for o in outlets} if len(outlets) > 1 else None,
        keyness_note="" if len(outlets) > 1 else "not available: needs at least two outlets")


@pytest.fixture
def report_data():
    return make_data()
