import pytest
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar

from framing.text import normalize


@pytest.mark.parametrize("raw, expected", [
    ("المُحْتَجَزِينَ", "المحتجزين"),              # harakat
    ("رهائنٌ", "رهائن"),                           # tanwin
    ("الرهـــائن", "الرهائن"),                      # tatweel
    ("أسرى", "اسري"),                              # hamza alef + alef maqsura
    ("إسرائيل", "اسرائيل"),
    ("آلاف", "الاف"),
    ("ٱلقدس", "القدس"),                            # alef wasla
    ("فارسی", "فارسي"),                            # Farsi yeh
    ("کتاب", "كتاب"),                              # keheh
    ("١٢ نوفمبر ٢٠٢٥", "12 نوفمبر 2025"),           # Arabic-Indic digits
    ("۱۴۰۳", "1403"),                              # Persian digits
    ("المحت\u200cجزين", "المحتجزين"),               # ZWNJ inside a word
    ("\u200fالرهائن\u200e", "الرهائن"),             # bidi marks
    ("\ufeffقال", "قال"),                          # BOM
    ("ﻻ", "لا"),                                   # presentation form (lam-alef ligature)
    ("غزوة", "غزوة"),                              # teh marbuta kept by default
    ("Hostages", "Hostages"),
])
def test_normalize_table(raw, expected):
    assert normalize(raw) == expected


def test_options():
    assert normalize("مجزرة", teh_marbuta=True) == "مجزره"
    assert normalize("أسرى", alef_maqsura=False) == "اسرى"
    assert normalize("٣", digits=False) == "٣"
    assert normalize("Hostage's", lower=True) == "hostage's"


@pytest.mark.parametrize("text", ["وَالمُحْتَجَزِينَ في «غَزَّةَ» ١٢", "إسرائيـل ی ک ة ى", "", "abc ABC"])
def test_idempotent(text):
    once = normalize(text, teh_marbuta=True, lower=True)
    assert normalize(once, teh_marbuta=True, lower=True) == once


def test_agrees_with_camel_tools():
    text = "قالَ الرئيسُ إنّ أُسرى الحربِ والرهائنَ في مدينةِ إدلب سيُفرج عنهم، وأكّد أنّ الأزمة انتهت."
    camel = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(text))))
    assert normalize(text, teh_marbuta=True) == camel


def test_none_and_empty():
    assert normalize("") == ""
    assert normalize(None) == ""


def test_presentation_forms_fold_without_touching_the_rest():
    assert normalize("ﻻ …") == "لا …"                 # NFKC only on the presentation form
    assert normalize("ﷺ قال…") == normalize("ﷺ") + " قال…"
