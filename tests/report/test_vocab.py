"""Distinctive vocabulary (issue 14, item 6): no outlet names, brand words or boilerplate, and
one language per ranking.  A fictional corpus written for the test: two Arabic outlets whose
site name, dateline, share bar and sign-off would top their lists, and one English outlet."""
from __future__ import annotations

import pandas as pd
import pytest

from framing.corpus import Corpus
from framing.report.data import _keyness
from framing.report.vocab import distinctive, strip_house_text

TOPICS_A = ["الميناء", "السفن", "الشحن", "البحارة", "الرصيف"]
TOPICS_B = ["الحصاد", "القمح", "المزارعين", "الري", "البذور"]
COMMON = "وقال المسؤولون إن العمل يستمر في المنطقة هذا الأسبوع حسب الخطة المعلنة سابقا"


def _corpus() -> Corpus:
    rows = []
    for i in range(40):
        a, b = TOPICS_A[i % 5], TOPICS_B[i % 5]
        # «صدى الساحل»: its name in the dateline and a share bar glued to the text's start
        rows.append({"outlet": "sada", "outlet_name": "Sada al-Sahil", "outlet_name_ar": "صدى الساحل",
                     "lang": "ar", "title": f"خبر {a} رقم {i}",
                     "text": f"المرفأ {i + 1} رجب صدى الساحل\nشارك عبر منصات صدى الساحل اكتب تعليقك "
                             f"في يوم {i} أعلن {a} أن {a} تحسن بنسبة {i}. {COMMON}\n// نهاية صدى الساحل //"})
        # «نبض الوادي»: byline-brand-city dateline before a colon, and a time stamp as last line
        rows.append({"outlet": "nabd", "outlet_name": "Nabd al-Wadi", "outlet_name_ar": "نبض الوادي",
                     "lang": "ar", "title": f"تقرير {b} {i}",
                     "text": f"سالم العتيبي- نبض- الوادي: ذكر تقرير {i} أن {b} وفير. {COMMON}\n{10 + i % 12}:{i % 60:02d} ص"})
    for i in range(20):
        rows.append({"outlet": "harbour-times", "outlet_name": "Harbour Times", "outlet_name_ar": None,
                     "lang": "en", "title": f"Harbour Times report {i}",
                     "text": f"HARBOUR TIMES - Officials said the harbour cranes worked {i} hours. Harbour Times"})
    df = pd.DataFrame(rows)
    df.insert(0, "id", [f"d{i:03d}" for i in range(len(df))])
    df["published"] = [f"2031-01-{1 + i % 28:02d}" for i in range(len(df))]
    return Corpus(df)


def _words(table, outlet):
    return set(table.loc[table["outlet"] == outlet, "term"])


def test_house_text_is_stripped_per_outlet():
    c = _corpus()
    texts = strip_house_text(c.df)
    sada, nabd = texts[0], texts[1]
    assert "شارك" not in sada and "نهاية" not in sada and "رجب" not in sada
    assert "الميناء" in sada and "الحصاد" in nabd and "العتيبي" not in nabd
    assert " ص" not in nabd.rstrip()[-3:]


def test_no_outlet_name_brand_or_boilerplate_word_tops_a_list():
    table, info = distinctive(_corpus(), top=10)
    brand = {"صدى", "ساحل", "نبض", "وادي", "شارك", "منصات", "تعليقك", "نهاية", "رجب", "مرفا", "عتيبي"}
    for outlet in ("sada", "nabd"):
        words = _words(table, outlet)
        assert words, outlet
        assert not {w.removeprefix("ال") for w in words} & brand, (outlet, words)
    assert {"ميناء", "سفن"} & {w.removeprefix("ال") for w in _words(table, "sada")}
    assert {"harbour", "times"} <= set(info["names"])     # name words still in the text after stripping


def test_one_language_per_ranking():
    table, info = distinctive(_corpus(), top=10)
    assert set(table["lang"]) == {"ar"}                  # the English outlet has no other English outlet
    assert "harbour-times" not in set(table["outlet"])
    assert info["single"] == {"en": "harbour-times"}
    assert set(info["ranked"]["ar"]) == {"sada", "nabd"}


def test_report_keyness_ranks_languages_apart():
    c = _corpus()
    extra = c.df[c.df["outlet"] == "harbour-times"].assign(
        outlet="quay-daily", outlet_name="Quay Daily", id=lambda d: d["id"] + "q",
        text=lambda d: d["text"].str.replace("harbour cranes", "ferry tickets", regex=False))
    both = Corpus(pd.concat([c.df, extra], ignore_index=True))
    key, note, info = _keyness(both, "outlet", 5)
    assert not note
    assert {"sada (ar)", "nabd (ar)", "harbour-times (en)", "quay-daily (en)"} == set(key)
    assert not {"harbour", "times", "quay", "daily"} & set(key["harbour-times (en)"]["normalised"])


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_keyness_section_says_what_was_left_out(lang):
    from framing.report.layout import _keyness_blocks
    from tests.report.conftest import make_data
    data = make_data(lang=lang)
    data.keyness_info = {"names": ["ساحل", "صدى"], "single": {"en": "harbour-times"}, "ranked": {"ar": ["a", "b"]}}
    text = " ".join(b.get("text", "") for b in _keyness_blocks(data, 5))
    assert "ساحل" in text and "harbour-times" in text


def test_distinctive_in_chunks_is_the_article_matrix_ranking(tmp_path, monkeypatch):
    """Read chunk by chunk from a corpus directory (a few articles a chunk, text never loaded), the
    ranking is the one of an article × term matrix of the whole stripped corpus."""
    from framing import chunks
    from framing.analysis import keyness
    from framing.corpus import _load_dir
    from framing.features import term_matrix
    from framing.report.vocab import _without, name_terms
    c = _corpus()
    whole, info = distinctive(c, top=10)
    m = term_matrix(c.df.assign(text=strip_house_text(c.df)))            # one article a row, whole corpus
    m = _without(m, name_terms(m, ["sada", "Sada al-Sahil", "صدى الساحل", "nabd", "Nabd al-Wadi", "نبض الوادي",
                                   "harbour-times", "Harbour Times"]))
    ranked = keyness(matrix=m, by="outlet", target=["nabd", "sada"], lang="ar", top=10, drop_house_style=True)
    pd.testing.assert_frame_equal(whole.drop(columns="lang"), ranked)
    c.save(tmp_path / "c")
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 7)
    textless = _load_dir(tmp_path / "c", only=("id", "outlet", "outlet_name", "outlet_name_ar", "lang", "title",
                                               "published"))
    assert textless.df["text"].isna().all()
    for jobs in (1, 2):
        monkeypatch.setenv("FRAMING_JOBS", str(jobs))
        table, info2 = distinctive(textless, top=10, source=tmp_path / "c")
        pd.testing.assert_frame_equal(table, whole)
        assert info2 == info


def test_pruned_tallies_of_openings_give_the_exact_house_text(monkeypatch):
    """Openings and closings are tallied as a pruned summary between chunks, then their candidates
    counted again: the same stripped texts as one exact tally, as long as the summary keeps more runs
    than the bound (here 100: each article of the fixture adds at most 12 openings, 12 × 40 / 101 < 5)."""
    from framing import chunks
    from framing.report import vocab
    c = _corpus()
    monkeypatch.setattr(vocab, "TALLY_KEEP", 10**9)
    exact = strip_house_text(c.df)
    recounted = []
    part = vocab._recount_part
    monkeypatch.setattr(vocab, "_recount_part", lambda *a, **k: recounted.append(1) or part(*a, **k))
    monkeypatch.setattr(vocab, "TALLY_KEEP", 100)
    monkeypatch.setattr(chunks, "CHUNK_ROWS", 7)
    monkeypatch.setenv("FRAMING_JOBS", "1")          # (counted here, where the spy can see it)
    assert strip_house_text(c.df) == exact
    assert recounted                                  # the summary was pruned, and counted again
    monkeypatch.setattr(vocab, "TALLY_KEEP", 2)       # far below the bound: runs of house text are lost
    assert strip_house_text(c.df) != exact
