"""framing.text.script: one definition of "Arabic" for every stage."""
from framing.text.script import detect_lang, has_arabic


def test_arabic_in_every_block_and_presentation_forms():
    for s in ("عدن", "ﻻ", "ﷺ", "ٹ", "ࢠ"):          # Arabic, presentation forms A/B, Urdu letter, Extended-A
        assert has_arabic(s), s
    assert not has_arabic("Aden 14") and not has_arabic(None) and not has_arabic(3)


def test_detect_lang_counts_letters_of_each_script():
    assert detect_lang("قالت وكالة Reuters إن") == "ar"
    assert detect_lang("The agency said عدن") == "en"
    assert detect_lang("14 - 2026") is None and detect_lang("") is None
    assert detect_lang("١٤") == "ar"                  # Arabic-Indic digits are Arabic script


def test_romanize_gives_readable_ascii_ids():
    from framing.text.script import romanize
    assert romanize("الحوثيين") == "al7wthyyn"
    assert romanize("ميليشيا الحوثي") == "mylyshya_al7wthy"
    assert romanize("رهائن") == "rha2n" and romanize("عمليّة") == "3mlya"      # shadda dropped
    assert romanize("Daesh 2") == "daesh_2" and romanize("«»") == ""
