"""Speaker-span rules of issue 12's fourteenth pass, on sentences written for the test (fictional people, places
and outlets; no article text)."""
from framing.lexicon.speakers import split_speaker

from .helpers import at


# ------------------------------------------------------------- 1. a personal title never ends a speaker's phrase

def test_long_role_with_a_place_then_a_titled_name_keeps_the_name():
    voice, sp = at("وأوضح مدير إدارة المشاريع الكبرى بمدينة الوادي المهندس سامر الحمدان، أن الهجوم انتهى.", "الهجوم")
    assert (voice, sp) == ("reported", "مدير ادارة المشاريع الكبري بمدينة الوادي المهندس سامر الحمدان")
    name, role = split_speaker(sp)
    assert name == "سامر الحمدان"
    assert "بمدينة الوادي" in role and role.startswith("مدير ادارة المشاريع الكبري")


def test_tribal_title_then_sheikh_and_family_name():
    voice, sp = at("وأعرب شيخ شمل قبائل النخيل والواحة الشيخ فارس آل سالم عن أمله في انتهاء الهجوم.", "الهجوم")
    assert voice == "reported"
    assert sp == "شيخ شمل قبائل النخيل والواحة الشيخ فارس ال سالم"
    assert split_speaker(sp)[0] == "فارس ال سالم"


def test_rank_before_a_name_after_a_long_role():
    voice, sp = at("وأكد قائد القوات الخاصة في محافظة الوادي العميد هاني الزيدي أن الهجوم فشل.", "الهجوم")
    assert voice == "reported" and sp.endswith("العميد هاني الزيدي")


def test_title_at_the_end_of_the_phrase_with_no_name_is_left_as_it_was():
    """«آل الشيخ» is a family name, not a title before a name."""
    voice, sp = at("وقال الوزير سامي آل الشيخ إن الهجوم انتهى.", "الهجوم")
    assert (voice, sp) == ("reported", "الوزير سامي ال الشيخ")


# ------------------------------------------------- 2. a verb ends the object of بحسب / وفقا لـ without a comma


# -------------------------------------------- 3. a definite masculine plural subject ends before the verb's object

def test_plural_verbs_after_commas_speak_for_the_plural_subject_without_its_object():
    text = ("تظاهر عشرات الصحفيين أمس في الوادي، ورفع الصحفيون الأعلام، وأحرقوا علم الجيش، ودعوا لمقاطعة "
            "الجيش المحتل.")
    assert at(text, "المحتل") == ("reported", "الصحفيون")


def test_object_after_a_plural_subject_is_not_the_speaker():
    assert at("واتهم المتظاهرون الإعلام بتجاهل الأسرى.", "الأسرى") == ("reported", "المتظاهرون")


def test_plural_adjectives_stay_in_the_subject():
    assert at("وأكد المراقبون الأجانب أن الهجوم انتهى.", "الهجوم") == ("reported", "المراقبون الاجانب")
    assert at("وأكد المسؤولون المحليون أن الهجوم انتهى.", "الهجوم") == ("reported", "المسؤولون المحليون")


# ---------------------------------- 4. after a verb of saying and where it spoke, a short quotation is speech

def test_two_word_quotation_after_a_verb_and_its_setting_is_speech():
    assert at("وقال الوزير في بيان «الأسرى بخير»", "الأسرى") == ("quoted", "الوزير")
    assert at("وقال الوزير في بيان «الأسرى بخير».", "الأسرى") == ("quoted", "الوزير")
    assert at("وقالت الهيئة في تصريح صحفي «الجرحى بخير».", "الجرحى") == ("quoted", "الهيئة")


def test_two_word_quotation_ending_the_sentence_after_the_subject_is_speech():
    assert at("وقال الوزير «الأسرى بخير».", "الأسرى") == ("quoted", "الوزير")


def test_scare_quotes_without_a_verb_of_saying_stay_own():
    assert at("وانتقد الوزير «الأسرى بخير» في الصحيفة.", "الأسرى")[0] == "own"


def test_a_name_in_quotes_after_a_title_and_before_a_complementiser_is_still_the_name():
    voice, sp = at('وقال المعلق "سامر الوادي" إن الهجوم انتهى.', "الهجوم")
    assert voice == "reported" and sp.replace('"', "") == "المعلق سامر الوادي"


def test_a_verbal_noun_or_a_medium_in_wn_is_no_plural_subject():
    assert at("وأدانت الأمانة العامة لمنظمة التعاون الإقليمي الهجوم على القرية.", "الهجوم")[1] \
        == "الامانة العامة لمنظمة التعاون الاقليمي"
    assert at("وقال التلفزيون الرسمي إن الهجوم انتهى.", "الهجوم") == ("reported", "التلفزيون الرسمي")
