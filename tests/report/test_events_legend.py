"""Every event code a chart of the report draws is in the report's events table: the table lists
the 60 events covered by the most outlets, and the within-event chart draws the events where a
family is used, which may be others (on real news, E1083 in the chart and nowhere in the table)."""
from __future__ import annotations

import pandas as pd

from framing import load
from framing.report.data import collect
from framing.report.layout import blocks

OUTLETS = ["Wadi Post", "Sahel Daily", "Nakhla News"]


def _corpus():
    rows = []
    for e in range(61):                       # 61 events told by three outlets, without a word of the lexicon
        for o in OUTLETS:
            rows.append({"outlet": o, "published": "2025-04-01", "event_id": f"ev{e:02d}",
                         "title": f"افتتاح معرض الكتاب رقم {e}", "text": f"افتتح المعرض {e} في المدينة القديمة."})
    for o, word in zip(OUTLETS[:2], ["الرهائن", "المحتجزين"]):   # one more, told by two, naming captives
        rows.append({"outlet": o, "published": "2025-04-02", "event_id": "ev-late",
                     "title": "عودة إلى الوادي", "text": f"عاد {word} إلى بيوتهم في الوادي."})
    return load(pd.DataFrame(rows))


def test_the_events_table_lists_every_event_the_within_event_chart_draws():
    data = collect(_corpus(), ["captives"], within_events=True, n_boot=20, kwic_lines=0, keyness_top=3)
    code = dict(zip(data.events["event_id"], data.events["short"]))["ev-late"]
    table = next(b for b in blocks(data) if b["kind"] == "table" and "ev00" in {r[1] for r in b["rows"]})
    assert code in {r[0] for r in table["rows"]} and "ev-late" in {r[1] for r in table["rows"]}


def test_the_within_event_chart_draws_only_the_events_the_within_event_test_compares():
    """An event where one outlet alone uses the family is no comparison: the sentence counted the
    shared events only (9 on SaudiNewsNet) while the chart drew 20, most with one outlet."""
    rows = []
    for ev, place, words in (("shared", "الوادي", ["الرهائن", "المحتجزين"]), ("alone", "الساحل", ["الرهائن", "الصيادون"])):
        for o, word in zip(OUTLETS, words):
            rows.append({"outlet": o, "published": "2025-04-02", "event_id": ev, "title": f"عودة إلى {place}",
                         "text": f"عاد {word} إلى بيوتهم في {place}."})
    data = collect(load(pd.DataFrame(rows)), ["captives"], within_events=True, n_boot=20, kwic_lines=0,
                   keyness_top=3)
    fam = data.families[0]
    assert set(fam.event_shares["event_id"]) == {"shared"}
