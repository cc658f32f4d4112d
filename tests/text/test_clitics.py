import pytest

from framing.text import attach, normalize, split


def spellings(form):
    return attach(normalize(form, lower=True))


@pytest.mark.parametrize("form, word", [
    ("محتجزين", "والمحتجزين"),
    ("محتجزين", "للمحتجزين"),                  # ل + ال contraction
    ("محتجزين", "محتجزيهم"),                   # sound plural drops ن before a pronoun
    ("محتجزين", "محتجزي"),                     # ... and in construct (محتجزي غزة)
    ("محتجزون", "ومحتجزو"),
    ("رهائن", "كرهائن"),
    ("رهائن", "فبالرهائن"),
    ("رهائن", "رهائنهم"),
    ("رهينة", "رهينته"),                       # ة → ت before a pronoun
    ("رهينة", "رهينه"),                        # ة written as ه
    ("أسرى", "أسراهم"),                        # ى → ا before a pronoun
    ("أسرى", "وللأسرى"),
    ("العملية العسكرية الخاصة", "بالعملية العسكرية الخاصة"),
    ("العملية العسكرية الخاصة", "للعمليه العسكريه الخاصه"),
])
def test_attached_spellings_match(form, word):
    assert normalize(word, lower=True) in spellings(form)


@pytest.mark.parametrize("form, near_miss", [
    ("محتجزون", "محتجون"),        # protesters
    ("أسرى", "الأسرة"),           # family
    ("رهائن", "رهان"),            # bet
    ("غزو", "غزوة"),              # a raid, not غزو + ه
    ("شهداء", "الشهود"),          # witnesses
    ("قتلى", "قتال"),
    ("رهائن", "الرهائنهم"),       # article and pronoun never together
])
def test_near_misses_do_not_match(form, near_miss):
    assert normalize(near_miss, lower=True) not in spellings(form)


def test_split_article_chains_by_rule():
    assert split("والمحتجزين") == ("وال", "محتجزين", "")
    assert split("للمحتجزين") == ("لل", "محتجزين", "")
    assert split("الذين") == ("", "الذين", "")          # relative pronoun, not article + noun
    assert split("الله") == ("", "الله", "")


def test_split_lone_proclitic_needs_vocabulary_evidence():
    vocab = {"وزير": 40, "زير": 1, "وقال": 10, "قال": 80, "محتجزيهم": 2, "محتجزي": 5}
    assert split("وزير", vocab) == ("", "وزير", "")
    assert split("وقال", vocab) == ("و", "قال", "")
    assert split("وقال") == ("", "وقال", "")            # no vocabulary, no guess
    assert split("محتجزيهم", vocab) == ("", "محتجزي", "هم")
    real = {"وقال": 882, "قال": 381, "عربي": 50, "عرب": 80, "دولي": 30, "دول": 60}   # counts as in real news
    assert split("وقال", real) == ("و", "قال", "")
    assert split("عربي", real) == ("", "عربي", "")      # adjective ending, not a pronoun
    assert split("دولي", real) == ("", "دولي", "")


def test_an_al_written_with_a_hamza_is_never_split_as_the_article():
    from framing.features import Analyzer
    from framing.text.clitics import hamza_al, split
    assert hamza_al("ألحان") and hamza_al("وَإِلغاء") and hamza_al("بآلة")
    assert not hamza_al("الحان") and not hamza_al("والمحتجزين") and not hamza_al("للحان") and hamza_al("لألحان")
    assert split("الحان") == ("ال", "حان", "")                      # normalised alone: read as the article
    assert split("الحان", article=False) == ("", "الحان", "")
    vocab = {"حان": 40, "الحان": 3, "الغاء": 9}
    # printed with a hamza: melodies, cancellation — not «حان» and «غاء» behind an article
    assert Analyzer(vocab)("ألحان جميلة وإلغاء القرار") == ["الحان", "جميلة", "الغاء", "قرار"]
    assert Analyzer(vocab)("الحان") == ["حان"]
