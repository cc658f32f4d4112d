"""Corpus: load from a DataFrame, filters, display with missing values, column mapping."""
import pandas as pd
import pytest

import framing
from framing.errors import SchemaError


def _df():
    return pd.DataFrame({"outlet": ["صحيفة أ", "B", "B"], "title": [None, "t", "عنوان"],
                         "text": ["نص عربي عن المحتجزين", "שלום עולם", "Hostages freed"],
                         "published": ["2025-01-02T10:00+03:00", None, "2025-02-01"]})


def test_a_dataframe_loads_and_displays_with_missing_values():
    c = framing.load(_df())
    html = c._repr_html_()
    assert "المحتجزين" in html and "<bdi>صحيفة أ</bdi>" in html
    assert c.df["id"].is_unique


def test_filters_tolerate_unknown_language_and_timezones():
    c = framing.load(_df())
    assert c.df["lang"].isna().sum() == 1                       # Hebrew: neither ar nor en
    assert list(c.filter(lang="ar").df["outlet"]) == ["صحيفة أ"]
    assert len(c.filter(start="2025-01-01T00:00+03:00", end="2025-01-31")) == 1
    with pytest.raises(SchemaError, match="unknown outlet"):
        c.filter(outlet="Nowhere")


def test_mapping_onto_an_existing_column_is_a_clear_error():
    from framing.errors import UsageError
    with pytest.raises(UsageError, match="already has a column 'outlet'"):     # a usage error (issue 15)
        framing.load(_df().assign(source="x"), columns={"source": "outlet"})
    assert framing.load(_df().rename(columns={"outlet": "source"}), columns={"source": "outlet"}).outlets == ["B", "صحيفة أ"]


def test_group_names_gathers_each_outlets_printed_names_and_the_outlets_table():
    import pandas as pd

    from framing.corpus import group_names
    df = pd.DataFrame({"id": ["a", "b", "c"], "outlet": ["north", "north", "south"],
                       "outlet_name_ar": ["صحيفة الشمال", None, "صوت الجنوب"], "lang": ["ar", "ar", "ar"]})
    names = group_names(df, manifest={"outlets": {"north": {"name_en": "North Daily"}}})
    assert names == {"north": ["North Daily", "north", "صحيفة الشمال"], "south": ["south", "صوت الجنوب"]}
    assert group_names(df, by="lang") == {"ar": ["ar", "north", "south", "صحيفة الشمال", "صوت الجنوب"]}


def test_filter_takes_the_names_every_other_function_takes():
    """Corpus.filter has since/until (as term_shares, kwic, --since/--until) and display names."""
    df = pd.DataFrame({"outlet": ["wadi", "wadi", "sahel"], "outlet_name": ["Wadi Post", "Wadi Post", "Sahel Daily"],
                       "title": ["عنوان", "عنوان آخر", "خبر"], "text": ["نص الخبر الأول", "نص الخبر الثاني", "نص ثالث"],
                       "published": ["2025-03-01", "2025-03-05", "2025-03-09"]})
    c = framing.load(df)
    assert list(c.filter(since="2025-03-02", until="2025-03-09").df["published"]) == ["2025-03-05", "2025-03-09"]
    assert len(c.filter(start="2025-03-02", end="2025-03-05")) == 1          # the old names still work
    from framing.errors import SchemaError
    with pytest.raises(SchemaError, match="since/start"):                      # both names: no silent choice
        c.filter(since="2025-03-02", start="2025-03-04")
    assert set(c.filter(outlet="Wadi Post").df["outlet"]) == {"wadi"}
    assert len(c.filter(outlet=["wadi", "Sahel Daily"])) == 3


def test_an_event_id_cut_short_gets_a_did_you_mean():
    """An id copied one character short (ev-…-ccc3a for ev-…-ccc3a7) is named; one unlike any is not guessed."""
    from framing.corpus import select
    from framing.errors import UsageError
    df = pd.DataFrame({"outlet": ["wadi", "sahel", "wadi"], "title": ["سيل", "سيل", "حريق"],
                       "text": ["سيل في الوادي", "سيول في الوادي", "حريق في السوق"],
                       "published": ["2025-03-01"] * 3, "event_id": ["ev-20250301-a1b2c3", "ev-20250301-a1b2c3",
                                                                       "ev-20250301-d4e5f6"]})
    c = framing.load(df)
    with pytest.raises(UsageError, match=r"did you mean 'ev-20250301-a1b2c3'\?"):
        select(c, event="ev-20250301-a1b2c")
    with pytest.raises(UsageError) as e:
        select(c, event="ev-20240101-ffffff")
    assert "did you mean" not in str(e.value)
