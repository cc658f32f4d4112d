"""Speaker rules (issue 12): the subject after the verb of saying, where the speaker phrase starts and ends
(docs/matching.md, *Speakers* → *The subject after the verb*): what stands between verb and subject (a day, an
adverb, a name in quotes or brackets), what is no subject (whom he told, the content in بـ, an object after a definite
or plural subject or a verb of the other gender, a manner word), the subject in a clause (the publisher of a news
item, the issuer of a memorandum, the document after «جاء في»), condolences. Titles and names inside the phrase:
test_titles_and_names.py. Written in the ninth to seventeenth voice passes.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from framing.lexicon.voice import voice_spans
from framing.text.normalize import normalize

from .helpers import BEFORE, at


# --------------------------------------------------------------------------------- between the verb and its subject

def test_a_day_between_the_verb_and_its_subject():
    """«قالت أمس الأربعاء وزارة …: إن …»: the day is skipped, the ministry speaks."""
    text = BEFORE + "قالت أمس الأربعاء وزارة الداخلية في الوادي: إن الشرطة فككت خلية بعد هجوم على فندق."
    assert at(text, "هجوم") == ("reported", "وزارة الداخلية في الوادي")
    text = BEFORE + "وقال أمس إن الهجوم انتهى."       # no subject after the day: the one named before
    assert at(text, "الهجوم") == ("reported", "مدير مدرسة النهر")


def test_an_adverb_between_the_verb_and_its_subject_is_skipped():
    voice, sp = at(BEFORE + "وقالت أيضا القوات الجوية الوطنية إنها صدت هجوما للجماعة.", "هجوما")
    assert (voice, sp) == ("reported", "القوات الجوية الوطنية")


def test_an_adverb_before_a_complementiser_leaves_the_speaker_carried():
    voice, sp = at(BEFORE + "وقال كذلك إن الهجوم فشل.", "الهجوم")
    assert voice == "reported" and sp is not None and "مدير مدرسة النهر" in sp


def test_a_subject_named_in_quotation_marks_after_its_verb():
    """«وأعرب "فلان" عن …», «ورفع "فلان" صادق تعازيه», «وقدم "فلان" تعازي …»: an outlet's way of naming the speaker."""
    assert at(BEFORE + 'وأعرب "الوادي" عن حزنه على الضحايا في الحادث.', "الضحايا") == ("reported", "الوادي")
    assert at(BEFORE + 'ورفع "الوادي" صادق تعازيه لأسر الضحايا.', "الضحايا") == ("reported", "الوادي")
    assert at(BEFORE + 'وقدم "الوادي" تعازي القيادة لأسر الضحايا.', "الضحايا") == ("reported", "الوادي")
    # a quotation after the verb and its subject is still the speech
    assert at(BEFORE + 'وقال الوزير "الأسرى بخير جميعا" أمس.', "الأسرى") == ("quoted", "الوزير")


def test_a_body_named_in_quotes_before_a_day_and_that():
    """«وأعلنت «اللجنة الوطنية للإغاثة» أمس، أن …»: the body in quotes is the subject; «وعلق الشيخ على ذلك» keeps «on»."""
    text = BEFORE + "وأعلنت «اللجنة الوطنية للإغاثة» أمس، أن عدد الضحايا ارتفع."
    assert at(text, "الضحايا") == ("reported", normalize("اللجنة الوطنية للإغاثة", lower=True))
    text = BEFORE + "وعلق الشيخ على ذلك بالقول: «الأسرى بخير»."
    assert at(text, "الأسرى") == ("quoted", "الشيخ")


def test_a_name_in_quotation_marks_after_any_title_is_the_speaker():
    """«وقال المعلق "فلان الفلاني" إن …»: a quoted name after one definite noun, then أن/a preposition/a colon, is
    the person; a quoted word that is speech («قال الناخبون «لا»») or an object in لـ is not taken."""
    assert at('وقال المعلق "سامر الوادي" إن الحركة لن تضيع الفرصة.', "الحركة") == ("reported", 'المعلق "سامر الوادي')
    assert at('وحذر المصور "هاني" من أن الحركة لن تضيع الفرصة.', "الحركة") == ("reported", 'المصور "هاني')
    assert at("وقال الناخبون «لا»، فانتهت الأزمة.", "الأزمة")[1] != "الناخبون «لا"


def test_a_name_in_quotes_after_a_title_and_before_a_complementiser_is_still_the_name():
    voice, sp = at('وقال المعلق "سامر الوادي" إن الهجوم انتهى.', "الهجوم")
    assert voice == "reported" and sp.replace('"', "") == "المعلق سامر الوادي"


def test_a_name_in_brackets_as_subject():
    """«وأوضحت (بعثة) في بيان أن …»: a bracketed name right after the verb is its subject."""
    text = BEFORE + "وأوضحت (أونيفال) في بيان صحفي أن الحصيلة تضم عشرين قتيلا."
    assert at(text, "قتيلا") == ("reported", "اونيفال")
    text = BEFORE + "وأوضحت الهيئة (2015) أن الحصيلة تضم عشرين قتيلا."
    assert at(text, "قتيلا")[1] != "2015"


def test_a_colon_glued_to_the_next_word_ends_the_speaker():
    """«وقال المدير:»كل ما نعرفه …»»: the speaker's phrase ends at the colon (before: «المدير:»كل»)."""
    text = "وقال المدير:»كل ما نعرفه أن الطالب من المتميزين، ونتقدم بالعزاء لأسرة الضحية».وذكر أن الحادث الأول."
    assert at(text, "الضحية") == ("quoted", normalize("المدير", lower=True))


# ----------------------------------------------------- what is no subject: whom he told, the content, a manner word

def test_to_me_and_to_us_are_whom_not_who():
    """«وقالت لنا أم سالم …»: لنا is whom she told; «قال لي مبتسما: …» names no one after it."""
    assert at("وقالت لنا أم سالم وهي كبيرة في السن إن الرهائن عادوا.", "الرهائن") == ("reported", "ام سالم")
    text = "وقال الوزير سامر إن الطريق مغلق. ثم قال لي مبتسما: إن الرهائن عادوا."
    assert at(text, "الرهائن") == ("reported", "الوزير سامر")


def test_went_on_saying_is_not_part_of_the_speaker():
    """«ومضى فلان بالقول: …» (went on to say): the speaker is فلان; «ومضى بالقول» names no one, so the one
    named before speaks (not «ومضى»)."""
    text = "وقال الشيخ سامر الوادي إن الأذى محرم. ومضى بالقول: إن أذية الرهائن محرمة."
    assert at(text, "الرهائن") == ("reported", "الشيخ سامر الوادي")
    text = "وقال الشيخ سامر الوادي إن الأذى محرم. ومضى الوادي بالقول: إن أذية الرهائن محرمة."
    assert at(text, "الرهائن") == ("reported", "الوادي")


def test_ba_with_a_mufaala_noun_opens_the_content_not_the_speaker():
    """«وطالبت بمحاسبة المسؤولين …»: «بمحاسبة» is what is demanded; «بمحافظة» (a place) stays in the speaker."""
    text = "وقالت جمعية النهر إن الطريق مغلق. وطالبت بمحاسبة المسؤولين عن خطف الرهائن."
    assert at(text, "الرهائن") == ("reported", "جمعية النهر")
    text = "وأوضح مسؤول بمحافظة الوادي أن الرهائن بخير."
    assert at(text, "الرهائن") == ("reported", "مسؤول بمحافظة الوادي")


def test_a_ba_word_of_content_right_after_the_verb_is_no_subject():
    """«وطالبت بضرورة …», «وأفاد بوقوع …»: what is said, the speaker is the one named before."""
    text = "وقالت جمعية النهر إن الطريق مغلق. وطالبت بضرورة الإفراج عن الرهائن."
    assert at(text, "الرهائن") == ("reported", "جمعية النهر")
    text = "وقال المتحدث سامر الوادي إن المعارك مستمرة. وأفاد بوقوع عشرين أسيرا بيد المقاومة."
    assert at(text, "أسيرا") == ("reported", "المتحدث سامر الوادي")


def test_the_subject_of_a_denial_ends_before_the_claims():
    """«ونفى متحدث باسم المتمردين مزاعم الحكومة»: the claims are the object (guide §5.1), the spokesman speaks."""
    text = "ونفى متحدث باسم جماعة الوادي مزاعم الحكومة بسيطرتها على المدينة."
    assert at(text, "مزاعم") == ("reported", "متحدث باسم جماعة الوادي")
    text = "ونفى متحدث باسم جماعة الوادي مزاعم الحكومة السبت بسيطرتها على المدينة."   # (a day before the بـ-word)
    assert at(text, "مزاعم") == ("reported", "متحدث باسم جماعة الوادي")


def test_the_subject_of_an_affirmation_ends_before_its_noun_object():
    """«أكدت مصادر طبية في الوادي ارتفاع حصيلة ضحايا الألغام إلى عشرة»: a noun of what is affirmed (وجود، ارتفاع، مقتل …)
    starts the object, not the speaker phrase."""
    text = "من جهة أخرى، أكدت مصادر طبية في الوادي ارتفاع حصيلة ضحايا الألغام إلى عشرة."
    assert at(text, "ضحايا") == ("reported", "مصادر طبية في الوادي")


def test_a_manner_word_after_the_verb_is_no_speaker():
    """«أجاب ساخرا: «…»»: an accusative of manner right after the verb is how he spoke; the speaker is carried."""
    text = "وقال الوزير سامر إن الخطة جاهزة. فأجاب ساخرا: «الأزمة انتهت منذ زمن»."
    assert at(text, "الأزمة") == ("quoted", "الوزير سامر")
    text = BEFORE + "وأضاف موباجا أن الخطة جاهزة، موضحا أن الأزمة انتهت."   # a name in ـا after م is still a name
    assert at(text, "الأزمة") == ("reported", "موباجا")
    text = BEFORE + "وبحسب طلب السوق فإن الأزمة انتهت."     # a noun and its genitive, no source
    assert at(text, "الأزمة") == ("own", None)


def test_a_titled_name_after_a_comma_and_about_this():
    """«قال المتحدث باسم أهالي المخطوفين، الشيخ فلان الفلاني: …»: the person named after a comma and a personal
    title is in the speaker's phrase; «وقال بهذا الخصوص إن …» names no one (the speaker named before speaks)."""
    text = BEFORE + "بدوره، قال المتحدث باسم أهالي المختطفين، الشيخ سامر الوادي: لم نتلق أي رد بشأن المخطوفين."
    voice, sp = at(text, "المخطوفين")
    assert voice == "reported" and sp.endswith(normalize("الشيخ سامر الوادي", lower=True))
    text = BEFORE + "وأضاف الوزير أن الاتفاق صعب، وقال بهذا الخصوص إن «هذه محاولة لسرقة حقوق الشهداء»."
    assert at(text, "الشهداء") == ("quoted", "الوزير")


# -------------------------------- an object after a definite subject, or after a verb of the other gender or number

def test_a_country_after_a_definite_subject_is_the_object():
    """A definite noun takes no genitive: «وطالب الوزير إسرائيل بوقف …» → the minister speaks, إسرائيل is what he asks
    of (reported, guide §5.1); «رئيس وزراء الوادي» (an indefinite head) keeps the place in the title."""
    text = "وحمّل الأمين العام إسرائيل المسؤولية الكاملة عن تبعات الاعتداءات."
    assert at(text, "إسرائيل") == ("reported", normalize("الأمين العام", lower=True))
    assert at("وطالب الوزير إسرائيل بوقف الاستيطان.", "إسرائيل") == ("reported", "الوزير")
    text = "وأشار خبير الشؤون العسكرية في الشرق الأوسط والخليج سامر الوادي إلى أن الأسرى بخير."   # (و + place)
    assert at(text, "الأسرى")[1].endswith("سامر الوادي")
    text = "وقال رئيس وزراء إسرائيل إن الأسرى بخير."
    assert at(text, "الأسرى") == ("reported", normalize("رئيس وزراء إسرائيل", lower=True))


def test_the_object_of_a_verb_of_considering_is_not_the_speaker():
    voice, sp = at("ويعتبر الوادي الاتفاق ليس كافيا لوقف الهجوم.", "الهجوم")
    assert (voice, sp) == ("reported", "الوادي")


def test_a_name_followed_by_a_that_clause_is_kept_after_considering():
    voice, sp = at("واعتبر سامر الوادي أن الهجوم مرفوض.", "الهجوم")
    assert (voice, sp) == ("reported", "سامر الوادي")


def test_a_masculine_noun_after_a_feminine_verb_is_its_object():
    """«ودعت المجتمع الدولي إلى …»: the subject is the woman or body named before, not the addressee."""
    text = "وأوصت الهيئة العامة للعلماء أهل القرية بالصبر. ودعت المجتمع الدولي إلى أن ينهي الاحتلال."
    assert at(text, "الاحتلال") == ("reported", "الهيئة العامة للعلماء")
    text = "ودعت الصين إلى إنهاء الاحتلال."   # a place in ين is a subject
    assert at(text, "الاحتلال") == ("reported", "الصين")


def test_feminine_plural_body_after_a_masculine_verb_is_its_object():
    """A non-human plural takes a feminine verb: after «وطالب» «قوات التحالف» is whom he urged, the speaker is
    carried; after «وطالبت» the forces speak."""
    text = "وأكد العميد سالم الوادي أن القوات تقوم بدور فعال، وطالب قوات التحالف بالاستمرار في توجيه الضربات."
    assert at(text, "الضربات") == ("reported", "العميد سالم الوادي")
    assert at("وطالبت قوات التحالف بالاستمرار في توجيه الضربات.", "الضربات") == ("reported", "قوات التحالف")


def test_a_name_in_at_is_no_plural_body():
    assert at("وقال عرفات إن الضربات مستمرة.", "الضربات") == ("reported", "عرفات")


def test_a_plural_verb_has_its_subject_before_it():
    """«… والجمعية العمومية يعزون ذوي الشهداء»: a verb before its subject stays singular, so the phrase after a
    plural verb is its object (the bereaved), not a speaker."""
    text = ("وأوضح سامر الوادي أن مجلس إدارة النادي والجمعية العمومية يعزون ذوي الشهداء، مؤكدين أن مثقفي الوادي "
            "يجددون التزامهم.")
    assert at(text, "الشهداء") == ("reported", "سامر الوادي")


# ------------------------------------------------ a definite masculine plural subject ends before the verb's object

def test_plural_verbs_after_commas_speak_for_the_plural_subject_without_its_object():
    text = ("تظاهر عشرات الصحفيين أمس في الوادي، ورفع الصحفيون الأعلام، وأحرقوا علم الجيش، ودعوا لمقاطعة "
            "الجيش المحتل.")
    assert at(text, "المحتل") == ("reported", "الصحفيون")


def test_object_after_a_plural_subject_is_not_the_speaker():
    assert at("واتهم المتظاهرون الإعلام بتجاهل الأسرى.", "الأسرى") == ("reported", "المتظاهرون")


def test_plural_adjectives_stay_in_the_subject():
    assert at("وأكد المراقبون الأجانب أن الهجوم انتهى.", "الهجوم") == ("reported", "المراقبون الاجانب")
    assert at("وأكد المسؤولون المحليون أن الهجوم انتهى.", "الهجوم") == ("reported", "المسؤولون المحليون")


def test_a_verbal_noun_or_a_medium_in_wn_is_no_plural_subject():
    assert at("وأدانت الأمانة العامة لمنظمة التعاون الإقليمي الهجوم على القرية.", "الهجوم")[1] \
        == "الامانة العامة لمنظمة التعاون الاقليمي"
    assert at("وقال التلفزيون الرسمي إن الهجوم انتهى.", "الهجوم") == ("reported", "التلفزيون الرسمي")


# ------------------------------------------- the subject in a clause: later verbs, relatives, news items, documents

def test_a_later_verb_takes_the_speaker_of_the_verb_that_opens_its_clause():
    """«وأشاد الوزير فلان بالقرار وطالب بـ…»: the speaker of «طالب» is the minister, not «فلان بالقرار» (which
    made the praised decision the outlet's words)."""
    text = "وأشاد وزير الموانئ سامر الوادي بالقرار وطالب بالإفراج عن المحتجزين فورا."
    assert at(text, "القرار") == ("reported", "وزير الموانئ سامر الوادي")
    assert at(text, "المحتجزين") == ("reported", "وزير الموانئ سامر الوادي")
    text = "وأدانت جمعية النهر الهجوم على القرية وطالبت بمحاسبة المسؤولين عن قتل المدنيين."
    for word in ("القرية", "المدنيين"):            # (not «بمحاسبة المسؤولين», the demand, as before)
        voice, sp = at(text, word)
        assert voice == "reported" and sp.startswith("جمعية النهر")


def test_a_verb_in_a_relative_clause_of_the_subject_is_not_the_speaker():
    """«وقال المسؤول الذي لم يشأ كشف هويته إن …»: the official speaks, not «يشأ»."""
    text = "وقال المسؤول الذي لم يشأ كشف هويته إن الهجوم على الميناء مرتبط بجماعة الوادي."
    voice, sp = at(text, "الهجوم")
    assert voice == "reported" and sp == "المسؤول"


def test_a_verb_of_saying_in_a_news_item_takes_its_publisher():
    """«ونشرت القناة خبرا قالت فيه إن …»: who published the item speaks (as «أصدر بيانا قال فيه»)."""
    text = BEFORE + "ونشرت القناة مساء أمس «خبرا عاجلا» على شاشتها قالت فيه إن عشرات القتلى سقطوا."
    assert at(text, "القتلى") == ("reported", "القناة")
    text = BEFORE + "وبعثت الجمعية مذكرة إلى الحكومة طالبت فيها بالإفراج عن الأسرى."
    assert at(text, "الأسرى") == ("reported", "الجمعية")


def test_the_issuer_of_a_memorandum_speaks_in_it():
    """«وكانت هذه المنظمات تقدمت بمجموعة مطالب عبر مذكرة … طالبت فيها بـ…»: the bodies that submitted the memorandum
    (a subject before كان, or a demonstrative phrase after the verb) demand, not the witnesses named before."""
    for opening in ("وكانت هذه المنظمات والجماعات تقدمت", "وتقدمت هذه المنظمات والجماعات"):
        text = (f"وقال شهود العيان إن المستوطنين اقتحموا الحي.\n{opening} بمجموعة مطالب عبر مذكرة رفعتها لرئيس "
                "الحكومة طالبت فيها بإغلاق المسجد وإتاحة المجال لاقتحامات واسعة للمستوطنين.")
        assert at(text, "للمستوطنين") == ("reported", "هذه المنظمات والجماعات"), opening


def test_the_document_after_jaa_fi_speaks_whatever_its_gender():
    """«وجاء في نشرة حول العرض أن …»: after «جاء في» the document is the source, a feminine noun too (after another
    masculine verb a feminine noun is its object: «يؤكد حقيقة واحدة»)."""
    text = BEFORE + "وجاء في نشرة حول العرض أن الحفل تكريم للشهداء."
    assert at(text, "للشهداء") == ("reported", "نشرة")
    text = BEFORE + "وجاء في رسالة الهيئة أن الضحايا مدنيون."
    assert at(text, "الضحايا") == ("reported", "رسالة الهيئة")


# ------------------------------------------------------------------------------------------------------ condolences

def test_a_condolence_after_a_long_title_and_boilerplate():
    """The title of a condolence may stand after other words (a share line) if it is at most fourteen words before
    the condolence noun; a comma-less page stays linear (each clause is read over its last 400 characters)."""
    text = ("شارك من خلال تويتر اكتب رأيك رفع صاحب السمو الأمير سالم بن فهد بن سعود أمير منطقة الوادي التعازي "
            "باسمه لأسر الشهداء.")
    voice, sp = at(text, "الشهداء")
    assert voice == "reported" and sp.startswith(normalize("صاحب السمو الأمير سالم", lower=True))
    long_text = "وقدم الأمير فلان تعازيه لأسر الضحايا و" * 1200      # (about 45,000 characters, no comma)
    assert voice_spans(normalize(long_text, lower=True))          # (finishes: no quadratic scan)


def test_a_passive_verb_of_saying_has_no_subject():
    """«قيل للشيخ فلان: …»، «ويقال للطلاب إن …»: it was said, to someone; the noun after a passive is the addressee,
    never the speaker (written in the twenty-seventh speaker pass)."""
    voice, sp = at("وقيل للشيخ سامر الحلبي: إن الهجوم على القرية فشل.", "الهجوم")
    assert voice == "reported" and sp is None
    voice, sp = at("ويقال للطلاب الجدد إن الهجوم على المدرسة كان خطأ.", "الهجوم")
    assert voice == "reported" and sp is None
    voice, sp = at("وقال الشيخ سامر الحلبي إن الهجوم على القرية فشل.", "الهجوم")
    assert (voice, sp) == ("reported", "الشيخ سامر الحلبي")


def test_a_first_name_in_ta_with_a_surname_and_a_title_speaks():
    """«وقال حمزة الوادي رئيس النادي الذي … إن …»: a man's name in ة, a surname and a title, then إن later: the man
    speaks; «وأكد ضرورة قيام رئيس البلدية بدوره» (no أن) keeps the object reading (written in the twenty-seventh
    speaker pass)."""
    text = "وقال مدير البنك إن السداد قريب. وقال حمزة فارس رئيس نادي الأسرى الذي يدافع عن السجناء إن الرهائن بخير."
    voice, sp = at(text, "الرهائن")
    assert voice == "reported" and sp is not None and sp.startswith("حمزة فارس")
    voice, sp = at("وقال مدير البنك إن السداد قريب. وأكد ضرورة قيام رئيس البلدية بدوره تجاه الرهائن.", "الرهائن")
    assert sp is None or "ضرورة" not in sp


def test_a_place_or_body_alone_before_the_verb_is_its_subject():
    """«…، العاصمة اتهمت «الجماعة» بـ…»: one word heading its clause (a place, a body, a title) before a verb of saying
    is the subject put first; the name after the verb is whom it accused (written in the twenty-seventh speaker pass)."""
    text = "وقال المدير سامر إن الوضع صعب. وقع الانفجار في المدينة، أنقرة اتهمت «الجماعة» بالهجوم على السوق."
    assert at(text, "بالهجوم") == ("reported", "انقرة")
    text = "وقال المدير سامر إن الوضع صعب. وقع الانفجار في المدينة، والوزارة اتهمت «الجماعة» بالهجوم على السوق."
    assert at(text, "بالهجوم") == ("reported", "الوزارة")


def test_a_death_after_the_verb_is_what_is_confirmed_not_who_confirms():
    """«يؤكد مقتل القائد …»: a verbal noun of a death or an attack after the verb is its object."""
    assert at("وأكد مقتل القائد «سامر» بغارة جوية على السوق.", "بغارة") == ("reported", None)
    assert at("والمرصد يؤكد مقتل القائد «سامر» بغارة جوية على السوق.", "بغارة") == ("reported", "المرصد")


# --------------------------------------------------------------------------- a setting before the subject (spk30)

def test_titled_subject_after_a_short_prepositional_phrase():
    """«وقال في هذا الصدد الوزير …»: the setting between the verb and its titled subject is skipped."""
    for setting in ("في هذا الصدد", "خلال المؤتمر", "عن ذلك", "في حديثه لـ«الأفق»", "في تصريح صحفي", "لهم",
                    "في حديث للصحيفة"):
        text = BEFORE + f"وقال {setting} الوزير سامر الوادي إن الأسرى بخير."
        assert at(text, "الأسرى") == ("reported", "الوزير سامر الوادي"), setting


def test_a_title_in_the_prepositional_phrase_is_no_subject():
    """The title is the genitive of an indefinite noun («في رسالة الوزير»), or the phrase holds another preposition or
    a relative verb: no subject there, the speaker named before speaks."""
    for setting in ("في رسالة الوزير", "في رسالة إلى الوزير سامر", "في تصريح نشرته الوزارة", "عن الرئيس",
                    "خلال لقائه محافظ الوادي سامر النجار", "خلال المؤتمر الصحفي"):
        text = BEFORE + f"وقال {setting} إن الأسرى بخير."
        assert at(text, "الأسرى") == ("reported", "مدير مدرسة النهر"), setting


def test_ali_after_the_verb_is_a_name_not_a_setting():
    """«علي» is «على» (on) once normalised: before a title it is the name Ali, who speaks."""
    text = BEFORE + "وأكد علي سليمان مدير عام التسويق أن الأسرى بخير."
    assert at(text, "الأسرى") == ("reported", "علي سليمان مدير عام التسويق")
    text = BEFORE + "وعلق على ذلك المتحدث باسم الجيش قائلا إن الأسرى بخير."
    assert at(text, "الأسرى") == ("reported", "المتحدث باسم الجيش")


def test_an_attribution_after_the_subject_ends_it():
    """«وأكد الوزير، بحسب ما نقلت الصحيفة، أن …»: «بحسب» opens an aside on the source, as «وفقا» does; it is neither
    part of the speaker's phrase nor a name between commas, nor what is said (a بـ-object)."""
    for text in ("وأكد الوزير، بحسب ما نقلت صحيفة الأفق، أن الأسرى بخير.",
                 "وأكد الوزير سامر الوادي بحسب صحيفة الأفق أن الأسرى بخير.",
                 "وأكدت الوزارة بحسب وكالة أنباء الواحة أن الأسرى بخير."):
        voice, sp = at(BEFORE + text, "الأسرى")
        assert voice == "reported" and "بحسب" not in sp and sp.split()[0] in ("الوزير", "الوزارة"), text


def test_an_attribution_right_after_a_colon_verb_is_no_subject():
    """«وأضاف بحسب وكالة الأنباء: «…»»: the attribution's source, not «بحسب وكالة» as the verb's subject."""
    voice, sp = at(BEFORE + "وأضاف بحسب وكالة أنباء الواحة: «الأسرى بخير».", "الأسرى")
    assert voice == "quoted" and not sp.startswith("بحسب")
