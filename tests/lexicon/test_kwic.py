import re

import pandas as pd
import pytest

from framing.corpus import Corpus
from framing.errors import UsageError
from framing.lexicon import KwicFrame, kwic

DF = pd.DataFrame([
    {"id": "a", "outlet": "Daily <Test>", "published": "2025-01-02", "title": "خبر",
     "text": "في الصباح أُفرج عن الرَّهائن\nثم قال: «الرهائن بخير» <b>"},
    {"id": "b", "outlet": "Wire", "published": "2025-01-03", "title": "news",
     "text": "The hostages & their families."},
])


def test_kwic_rows_in_original_spelling_and_logical_order(lex):
    k = kwic(DF, lex, term="hostages", width=12, voice="all")
    assert isinstance(k, KwicFrame)
    assert list(k.columns) == ["id", "outlet", "published", "left", "match", "right", "voice", "family", "term",
                               "field", "start", "end", "speaker", "role", "verb"]
    first = k.iloc[0]
    text = DF.loc[0, "text"]
    s = text.index("الرَّهائن")
    assert first["match"] == "الرَّهائن"
    assert first["left"] == " ".join(text[s - 12:s].split()) and first["left"].endswith("عن")
    assert first["right"] == "ثم قال: «ال"        # 12 characters; the line break squashed away
    assert list(k["voice"]) == ["own", "quoted"]
    assert list(k["published"]) == ["2025-01-02", "2025-01-02"]


def test_kwic_word_query_uses_clitic_rules():
    k = kwic(DF, word="رهائن", voice="all")
    assert list(k["match"]) == ["الرَّهائن", "الرهائن"]
    assert set(k["family"]) == {"query"}
    assert list(kwic(DF, word="hostage")["match"]) == []        # English: whole words only
    assert list(kwic(DF, word="hostages")["match"]) == ["hostages"]


def test_kwic_voice_filter_and_errors(lex):
    assert list(kwic(DF, lex, voice="quoted")["match"]) == ["الرهائن"]
    with pytest.raises(UsageError, match="no term 'nope'"):
        kwic(DF, lex, term="nope")
    with pytest.raises(UsageError, match="either a lexicon"):
        kwic(DF)


def test_html_is_escaped_and_arabic_rows_read_right_to_left(lex):
    html = kwic(DF, lex, width=30)._repr_html_()
    assert "<b>" not in re.sub(r"<mark><b>[^<>]*</b></mark>", "", html)
    assert "&lt;b&gt;" in html and "Daily &lt;Test&gt;" in html and "&amp;" in html
    # Arabic rows sit in an rtl table (the table's direction orders the columns: the left
    # context, first cell, is drawn on the right of the match), English rows in an ltr table
    assert html.index('<table dir="rtl"') < html.index('<table dir="ltr"')
    rtl = html.split('<table dir="rtl"')[1].split("</table>")[0]
    cells = rtl.split("<tr>")[1].split("<td")
    assert "عن" in cells[1] and "<mark>" in cells[2]
    assert "<b>hostages</b>" not in rtl and "<b>hostages</b>" in html


def test_corpus_kwic_delegate(lex):
    c = Corpus(DF)
    assert list(c.kwic(lex, term="en_hostages")["match"]) == ["hostages"]
