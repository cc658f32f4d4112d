from camel_tools.tokenizers.word import simple_word_tokenize

from framing.text import sentences, tokenize, words


def test_offsets_point_into_original():
    text = "قالَ المتحدث: «إنّ المُحتجَزين بخير» — hostage's release."
    toks = tokenize(text)
    for t in toks:
        assert text[t.start:t.end] == t.text
    assert [t.norm for t in toks] == ["قال", "المتحدث", "ان", "المحتجزين", "بخير", "hostage", "s", "release"]


def test_tatweel_and_zero_width_stay_inside_words():
    text = "الرهـــائن والمحت\u200cجزين"
    assert [t.norm for t in tokenize(text)] == ["الرهائن", "والمحتجزين"]
    assert words(text) == ["الرهـــائن", "والمحت\u200cجزين"]


def test_same_words_as_camel_tools_on_news_text():
    text = ("صرح الرئيس، يوم الأربعاء، أن موسكو تبذل قصارى جهدها (بحسب البيان) لتحرير "
            "المحتجزين في قطاع غزة؛ وقال: \"نعمل مع الجميع\". وأضاف أن 12 شخصا أفرج عنهم؟")
    camel = [w for w in simple_word_tokenize(text) if any(c.isalnum() for c in w)]
    assert words(text) == camel


def test_sentences_arabic_punctuation():
    text = "قال الوزير إن المفاوضات مستمرة. هل ستنجح؟ لا أحد يعرف؛ لكن الأمل قائم!\nسطر جديد بلا نقطة"
    got = [text[a:b] for a, b in sentences(text)]
    assert got == ["قال الوزير إن المفاوضات مستمرة.", "هل ستنجح؟", "لا أحد يعرف؛",
                   "لكن الأمل قائم!", "سطر جديد بلا نقطة"]


def test_sentences_keep_decimals_and_closing_quotes():
    text = "ارتفع المؤشر 3.5 نقطة. وقال: «انتهى الأمر.» ثم غادر."
    got = [text[a:b] for a, b in sentences(text)]
    assert got == ["ارتفع المؤشر 3.5 نقطة.", "وقال: «انتهى الأمر.»", "ثم غادر."]


def test_invisible_marks_alone_are_not_words():
    assert words("قال \u200f \ufeff المتحدث \u00ad") == ["قال", "المتحدث"]
