"""A within-event comparison that is not possible says how to drop it in the words a user typed:
the command-line option and the Python keyword."""
import pandas as pd

import framing


def test_hint_names_the_option_and_the_keyword():
    df = pd.DataFrame({
        "id": ["a1", "b1"], "outlet": ["North Post", "South Daily"], "event_id": ["e1", "e2"],
        "published": ["2025-03-01", "2025-03-02"], "title": ["خبر", "خبر"],
        "text": ["أفرج عن الرهائن صباح اليوم.", "أفرج عن الأسرى صباح اليوم."]})
    cmp = framing.compare_terms(df, "captives", "captives", within_events=True)
    assert "try without --within-events, within_events=True in Python" in cmp.sentence
