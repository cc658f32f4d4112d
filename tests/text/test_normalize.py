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


@pytest.mark.parametrize("options", [{}, {"alef_maqsura": False, "teh_marbuta": True, "digits": False},
                                     {"teh_marbuta": True, "lower": True}])
def test_rare_characters_found_in_one_pass_replace_as_every_pair(options):
    """normalize looks for the characters outside the Arabic letters and harakat (Persian letters, Indic digits,
    Quranic marks, invisibles) with one pattern: the same text as replacing every pair in turn."""
    import importlib
    import random
    mod = importlib.import_module("framing.text.normalize")
    pairs = mod._pairs(options.get("alef_maqsura", True), options.get("teh_marbuta", False), options.get("digits", True))
    alphabet = [c for c, _ in pairs] + list("ابتثجحخدذرسشصضطظعغفقكلمنهويةى Ab.\n")
    rare = {c for c, _ in mod._split_pairs(pairs)[1]}
    rng = random.Random(7)
    for n in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        if n % 3 == 0:                                    # (a third with none of the rare ones)
            text = "".join(c for c in text if c not in rare)
        expected = text
        for c, r in pairs:
            expected = expected.replace(c, r)
        assert normalize(text, **options) == (expected.lower() if options.get("lower") else expected)
