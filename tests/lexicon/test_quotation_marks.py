"""Voice rules (issue 12): quotation marks and how they pair (docs/matching.md, *Voice* → *Quotation marks and
pairing*): marks that never close, careless and reversed marks, a mark glued to the next word, quotes that are no
quotation (a title before a year, a name inside a condemnation's object), a quotation left open over the narration;
and the pairing stays linear on generated input (results checked, no timing). Written in the tenth, twelfth and
thirteenth voice passes.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from framing.lexicon.quotes import quote_spans
from framing.text.normalize import normalize

from .helpers import BEFORE, at


# ------------------------------------------------------------------------------------- linear on pathological input

def test_ten_thousand_unclosed_marks_in_one_paragraph_pair_nothing():
    """10,000 ASCII marks that never close, in one paragraph: none of them pairs with a mark far away."""
    assert quote_spans(normalize('كلمة "عابرة ' * 10000, lower=True)) == []
    assert quote_spans(normalize("نص «عابر " * 10000, lower=True)) == []


def test_ten_thousand_closed_quotes_in_one_paragraph_pair_each_with_its_own():
    text = normalize('قال الوزير "الهجوم" ' * 10000, lower=True)
    spans = quote_spans(text)
    assert len(spans) == 10000
    assert all(text[s:e] == '"الهجوم"' for s, e in spans)


# --------------------------------------------------------------------------------------------------- careless marks

def test_a_spaced_mark_after_a_sentence_opened_by_a_verb_of_saying():
    """«وأضاف في تصريح صحفي ” … “.»: a double mark followed by a space opens a quotation after a verb of saying that
    opens its sentence (as after a colon); not after the outlet's narration («شاهدت فيلم ” … “»)."""
    text = BEFORE + "وأضاف في تصريح صحفي في القصر ” تجدد القتال أوقع عددا كبيرا من القتلى ويتطلب اهتماما “."
    assert at(text, "القتلى") == ("quoted", "مدير مدرسة النهر")
    assert at(BEFORE + "وشاهد الجمهور فيلم ” القتلى “ أمس.", "القتلى")[0] == "own"


def test_a_reversed_mark_after_a_colon_opens_and_keeps_its_verb():
    """«… «أن الطلاب كثيرون.وقال:»كل ما نعرفه …»»: the » after «وقال:» opens the next quotation; «وقال» is no verb
    inside a closed quotation, so its words stay someone's."""
    text = ("وبين سامر الوادي رئيس هيئة الطلاب «أن الطلاب كثيرون في الحرم.وقال:»كل ما نعرفه أن الطالب متميز، ونتقدم "
            "بخالص العزاء لأسرة الضحية».")
    assert at(text, "الضحية")[0] != "own"


def test_a_mark_glued_to_the_next_word_closes_nothing_for_the_verbs_before_it():
    """«وكشف مصدر ل"الوطن" أن "قياديا اجتمع بهم … من جانبه، أوضح المستشار ل"الوطن" أن …»: the last mark opens a
    name; «أوضح» is not dropped as a verb inside a quotation, it stays the outlet's."""
    text = ('وكشف مصدر ل"الوطن" أن "قياديا اجتمع بالموظفين ولم يقدم لهم أي وعود، مشيرا إلى أن الأبواب مفتوحة.من جانبه، '
            'أوضح المستشار القانوني سامر الوادي ل"الوطن" أن "أي موظف تعرض لظلم من حقه أن يشتكي".')
    assert at(text, "أوضح")[0] == "own"


# ------------------------------------------------------------------------------------- quotes that are no quotation

def test_a_quotation_before_a_year_is_a_title():
    """«شاهدته في «…» (1967)»: a film's title is a name, the outlet's words."""
    text = "أدى الممثل أدوارا كثيرة، وقبل ذلك شاهدته في «مذبحة يوم الوادي» (1967)، وبعده في «أصدقاء سالم» (1973)."
    assert at(text, "مذبحة") == ("own", None)
    text = "وقال الوزير: «لن نقبل بمذبحة أخرى» (في إشارة إلى القرية)."
    assert at(text, "بمذبحة")[0] == "quoted"


def test_a_headline_condemnation_with_a_name_in_quotes():
    """«الوادي يدين الهجوم على «مسجد النور»»: the name in quotes is part of the object, the whole is reported."""
    assert at("الوادي يدين الهجوم الإرهابي على «مسجد النور» بالمدينة", "الهجوم", title=True) \
        == ("reported", "الوادي")
    # a real quotation after a condemnation is still a quotation
    assert at("وأدان الوزير الهجوم وقال «الضحايا أبرياء كلهم»", "الضحايا")[0] == "quoted"


def test_a_quotation_that_opens_with_the_verb_keeps_the_verb():
    """«إلا أن البعثة «نفت بشدة» مزاعم قتل مدنيين»: the quoted words are the verb itself, whose complement follows."""
    text = ("وقال المسؤول الطبي سامر الوادي إنه تم نقل 18 شخصا إلى المستشفى. إلا أن بعثة الاتحاد في النهر «نفت بشدة» "
            "مزاعم قتل مدنيين، وأوضحت أن قواتها اكتشفت مركز تدريب.")
    assert at(text, "مزاعم")[0] == "reported"


# ------------------------------------------------------------------------- a quotation left open over the narration

def test_a_quotation_left_open_over_the_narration_still_ends_there():
    """«وقال سامر: «… أقوى.. وشدد سامر على أن …»»: the outlet's «وشدد سامر» inside badly closed marks is narration."""
    text = ("وقال النائب سامر الوادي: «إن الاحتلال يحاول كسر إرادة الأهالي بكل الطرق ولكن عزيمتهم أقوى من ذلك.. وشدد "
            "الوادي على أن الإفراج عن الأسرى واجب وطني تتحمله كافة الفصائل».")
    assert at(text, "الفصائل")[0] == "reported"


def test_a_double_prime_closes_a_curly_quote():
    """«“ويندوز 10″»: a double prime typed for ” after a digit closes the quote (a name in quotes, no quotation),
    so a verb of saying after it is the outlet's, not inside a quotation left open to the end."""
    text = "كشفت صحيفة “النهر 360″ عن سعر الهاتف الجديد، حيث قالت إن الهجوم على المتجر أوقف البيع."
    assert at(text, "قالت")[0] == "own"
    assert at(text, "الهجوم")[0] == "reported"
    assert quote_spans(normalize("وصدر الهاتف “سامر 5″ أمس", lower=True)) == [(12, 20)]
