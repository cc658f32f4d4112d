"""A family holding Arabic and English terms is compared within one language by default."""
import pandas as pd

from framing.lexicon import compare_terms

LEX = """name: held
version: 1
families:
  - id: held
    terms:
      - {id: hostages, language: ar, forms: [رهائن]}
      - {id: detainees, language: ar, forms: [محتجزين]}
      - {id: en_hostages, language: en, forms: [hostages]}
      - {id: en_detainees, language: en, forms: [detainees]}
"""


def _corpus():
    rows = []
    for i in range(6):
        rows.append({"id": f"a{i}", "outlet": "صحيفة الشمال", "lang": "ar", "title": "خبر",
                     "text": "أفرج عن الرهائن اليوم. " * (2 if i % 2 else 1)})
        rows.append({"id": f"b{i}", "outlet": "قناة الجنوب", "lang": "ar", "title": "خبر",
                     "text": "أفرج عن المحتجزين اليوم."})
    rows.append({"id": "e1", "outlet": "North Wire", "lang": "en", "title": "News", "text": "The hostages were freed."})
    rows.append({"id": "e2", "outlet": "North Wire", "lang": "en", "title": "News", "text": "Hostages freed today."})
    return pd.DataFrame(rows)


def test_auto_compares_the_majority_language_only(tmp_path):
    (tmp_path / "held.yaml").write_text(LEX, "utf-8")
    res = compare_terms(_corpus(), tmp_path / "held.yaml", "held", n_boot=50)
    assert res.lang == "ar"
    assert set(res.shares["outlet"]) == {"صحيفة الشمال", "قناة الجنوب"}
    assert set(res.shares["term"]) == {"hostages", "detainees"}


def test_all_mixes_languages_and_a_language_can_be_chosen(tmp_path):
    (tmp_path / "held.yaml").write_text(LEX, "utf-8")
    mixed = compare_terms(_corpus(), tmp_path / "held.yaml", "held", lang=None, n_boot=50)
    assert "North Wire" in set(mixed.shares["outlet"]) and mixed.lang is None
    en = compare_terms(_corpus(), tmp_path / "held.yaml", "held", lang="en", n_boot=50)
    assert set(en.shares["outlet"]) == {"North Wire"} and "nothing to compare" in en.sentence


def test_a_one_language_corpus_compares_its_terms_only_and_the_only_family_is_the_default(tmp_path):
    (tmp_path / "held.yaml").write_text(LEX, "utf-8")
    arabic = _corpus().query("lang == 'ar'")
    res = compare_terms(arabic, tmp_path / "held.yaml", n_boot=50)
    assert res.family == "held" and res.lang is None
    assert set(res.shares["term"]) == {"hostages", "detainees"}


def test_a_lexicon_of_several_families_needs_one_named(tmp_path):
    import pytest

    from framing.errors import LexiconError
    two = LEX + """  - id: other
    terms:
      - {id: raid, language: ar, forms: [غارة]}
"""
    (tmp_path / "two.yaml").write_text(two, "utf-8")
    with pytest.raises(LexiconError, match="2 families: name one with --family"):
        compare_terms(_corpus(), tmp_path / "two.yaml", n_boot=50)
