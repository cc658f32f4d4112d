"""The report's events table codes events E1, E2… in date order (its charts use the codes); when
those codes are not the corpus's own event ids, the table also prints the id that
``framing events --list`` shows and ``--event`` takes, so a reader can filter on the event."""
import pandas as pd

from framing.report.layout import _events_table_blocks


def _events(ids):
    return pd.DataFrame({"event_id": ids, "short": ["E1", "E2"],
                         "label": ["تبادل الأسرى في الواحة", "Flood in Coast Town"],
                         "first": ["2024-01-02", "2024-01-05"], "last": ["2024-01-02", "2024-01-06"],
                         "n_outlets": [3, 2], "articles": [5, 2]})


def test_codes_that_are_not_the_ids_come_with_the_ids():
    blocks = _events_table_blocks(_events(["ev-20240102-aa11bb", "ev-20240105-cc22dd"]), "en", "outlet")
    table, note = blocks
    assert table["header"][:3] == ["event", "id", "label"]
    assert [r[:2] for r in table["rows"]] == [["E1", "ev-20240102-aa11bb"], ["E2", "ev-20240105-cc22dd"]]
    assert len(table["widths"]) == len(table["align"]) == len(table["header"]) == 7
    assert abs(sum(table["widths"]) - 1) < 1e-9
    assert "--event" in note["text"]


def test_codes_that_are_the_ids_print_once():
    ev = _events(["E1", "E2"])
    (table,) = _events_table_blocks(ev, "en", "outlet")
    assert table["header"] == ["event", "label", "first", "last", "outlets", "articles"]
    assert table["rows"][0][:2] == ["E1", "تبادل الأسرى في الواحة"]


def test_arabic_report_names_the_id_column():
    table, note = _events_table_blocks(_events(["E07", "E03"]), "ar", "outlet")
    assert table["header"][1] == "المعرّف"
    assert "--event" in note["text"]


def test_the_tables_own_event_labels_name_the_events_as_the_listing_does():
    """Event ids that came with the input table: the report labels each event as ``framing events
    --list`` does (the most frequent ``event_label`` of its articles), else by its earliest title."""
    from framing.corpus import load
    from framing.events import list_events
    from framing.report.data import _events
    df = pd.DataFrame({
        "id": ["a", "b", "c", "d"], "outlet": ["desert", "oasis", "oasis", "desert"],
        "published": ["2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"],
        "title": ["سيل في الوادي", "السيل يغمر الطريق", "غرق الطريق", "افتتاح مكتبة"],
        "text": ["نص.", "نص.", "نص.", "نص."], "event_id": ["flood", "flood", "flood", "library"],
        "event_label": ["Wadi storm", "Valley flood", "Valley flood", None]})
    ev = _events(load(df)).set_index("event_id")
    assert ev.loc["flood", "label"] == "Valley flood"
    assert ev.loc["library", "label"] == "افتتاح مكتبة"
    assert ev.loc["flood", "label"] == list_events(df).set_index("event_id").loc["flood", "label"]
