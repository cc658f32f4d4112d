"""match() takes the shared filters of kwic, term_shares and sources (outlet, since, until, event,
exclude_copies), so a researcher narrows the match table the same way everywhere."""
import pandas as pd
import pytest

import framing
from framing.errors import UsageError
from framing.lexicon import match

ROWS = [("w1", "wadi", "Wadi Post", "2025-03-01", "e1", "أفرج عن الرهائن في الوادي."),
        ("w2", "wadi", "Wadi Post", "2025-03-06", "e2", "عاد الأسرى إلى قراهم."),
        ("s1", "sahel", "Sahel Daily", "2025-03-01", "e1", "أطلق سراح المحتجزين في الوادي.")]


def _corpus():
    df = pd.DataFrame(ROWS, columns=["id", "outlet", "outlet_name", "published", "event_id", "text"])
    return framing.load(df.assign(title="خبر"))


def test_match_narrows_by_outlet_days_and_event(lex):
    c = _corpus()
    assert set(match(c, lex)["id"]) == {"w1", "w2", "s1"}
    assert set(match(c, lex, outlet="Wadi Post")["id"]) == {"w1", "w2"}
    assert set(match(c, lex, since="2025-03-02")["id"]) == {"w2"}
    assert set(match(c, lex, until="2025-03-01", outlet="sahel")["id"]) == {"s1"}
    assert set(match(c, lex, event="e1")["id"]) == {"w1", "s1"}
    with pytest.raises(UsageError, match="unknown event"):
        match(c, lex, event="e9")


def test_match_leaves_out_wire_copies_on_request(lex):
    """s1 reprints w1 (copy_of, as framing events sets it): exclude_copies keeps each outlet's own text."""
    c = framing.load(_corpus().df.assign(copy_of=[None, None, "w1"]))
    assert set(match(c, lex)["id"]) == {"w1", "w2", "s1"}
    assert set(match(c, lex, exclude_copies=True)["id"]) == {"w1", "w2"}
