"""Speaker rules of issue 12's thirty-eighth speaker pass (spk38): a name of an adverb's shape after a feminine verb,
feminine titles, a quantifier and the plural it counts, a plural of people shaped like a verbal noun, a name before
الذي, the subject put before its verb after «لكن», «فقد» after a fronted subject, the one asked who answers
(docs/matching.md, *Speakers*). Sentences are written for these tests (fictional people, bodies and outlets)."""
from .helpers import at


def test_a_name_of_an_adverbs_shape_after_a_feminine_verb():
    """«وقالت فاديا الوادي …»: «فاديا» has the shape of an accusative of manner («ضاحكا»), but hers would end in ة."""
    text = "وقالت فاديا الوادي مسؤولة الإعلام بمستشفى النهر، إن المستشفى استقبل ضحايا القصف."
    assert at(text, "ضحايا") == ("reported", "فاديا الوادي مسؤولة الاعلام بمستشفي النهر")
    text = "وقال الوزير سامر إن الطلاب بخير. وأعلنت لاحقا أن ضحايا القصف في المستشفى."
    assert at(text, "ضحايا")[1] != "لاحقا"


def test_a_feminine_title_before_a_field_and_a_name():
    text = "وقالت مدربة في التنمية البشرية سامية الوادي لـ«الأفق»: إن ضحايا القصف أطفال."
    assert at(text, "ضحايا")[1] == "مدربة في التنمية البشرية سامية الوادي"


def test_a_quantifier_and_the_plural_it_counts():
    text = "واعتبر العديد من الخبراء الاقتصاديين أن ضحايا القصف كثيرون."
    assert at(text, "ضحايا") == ("reported", "العديد من الخبراء الاقتصاديين")
    text = "وأكد الكثير من المحللين أن ضحايا القصف كثيرون."
    assert at(text, "ضحايا")[1] == "الكثير من المحللين"


def test_a_plural_of_people_shaped_like_a_verbal_noun_and_a_name_before_alladhi():
    """«أصحاب»، «أفراد» have the letters of a verbal noun إفعال once normalised (إصحاب); a word without the article
    right before الذي is a name («أكجاي», also of that shape), since an indefinite verbal noun takes no الذي."""
    text = "وقال أصحاب هذه المبادرة: إن ضحايا القصف كثيرون."
    assert at(text, "ضحايا") == ("reported", "اصحاب")
    text = 'وقال أكجاي الذي شهد الحادث "إن ضحايا القصف كثيرون في المدينة".'
    assert at(text, "ضحايا") == ("quoted", "اكجاي")


def test_the_subject_put_before_its_verb_after_lakin():
    text = "لكن رئيس الاتحاد سامر الوادي كشف أمس رفض المبادرة مؤكدا أن ضحايا القصف كثيرون."
    assert at(text, "ضحايا")[1] == "رئيس الاتحاد سامر الوادي"


def test_faqad_after_a_fronted_subject_is_no_part_of_it():
    text = "أما وزير الخارجية فقد أعرب عن أمله بوقف القصف، مشيرا إلى أن ضحايا القصف كثيرون."
    assert at(text, "ضحايا")[1] == "وزير الخارجية"


def test_the_one_asked_answers():
    """«عندما سئل فلان …، أجاب: …»: the verb has no subject of its own; the one asked in its sentence speaks, not the
    speaker named in the sentence before."""
    text = ("وقال المدير إن العمل مستمر. وعندما سئل الوزير سامر، أمس، عما إذا كان الاتفاق سيصمد، أجاب قائلا: "
            "«ضحايا القصف كثيرون في المدينة».")
    assert at(text, "ضحايا") == ("quoted", "الوزير سامر")
    text = "وقال المدير إن العمل مستمر. وحين سئل عن الاتفاق قال إن ضحايا القصف كثيرون."
    assert at(text, "ضحايا")[1] == "المدير"
