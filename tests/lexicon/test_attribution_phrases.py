"""Voice rules (issue 12): attribution phrases (docs/matching.md, *Voice* → *Attribution phrases*, and *The object of
بحسب/وفقا لـ* under *The subject after the verb*): «وفقا لما نقلت عنه …» is an aside, «وبحسب X، أكد Y» names the
outer speaker, «وفق» before a source, the source of an opening «بحسب/وفقا لـ» ends at a verb, trailing
«حسبما/كما + verb» report the clause they close (not one after them, nor a plural «كما يقولون»), and «على لسان» after
«ما جاء» names words, attributing nothing. Written in the ninth, twelfth to fourteenth, seventeenth and eighteenth
voice passes.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from framing.text.normalize import normalize

from .helpers import BEFORE, at


# --------------------------------------------------------------------- an attribution before or inside the sentence

def test_according_to_what_the_agency_carried_from_him_is_an_aside():
    """«وقال فلان، وفقا لما نقلت عنه وكالة …، إن …»: the words are his; the agency only carried them."""
    text = "وقال الوزير سامر الوادي، وفقا لما نقلت عنه وكالة النهر للأنباء، إن المحتجزين بخير."
    assert at(text, "المحتجزين") == ("reported", "الوزير سامر الوادي")
    text = "وشدد الوزير سامر الوادي، طبقا لما نقلت عنه صحيفة الضفة، على أن المحتجزين بخير."
    assert at(text, "المحتجزين") == ("reported", "الوزير سامر الوادي")
    text = "قتل ثلاثة أشخاص في القصف، وفقا لما ذكرت وكالة النهر للأنباء."   # the attribution itself still speaks
    assert at(text, "القصف")[0] == "reported"
    # «عما/عمن» after the carrier ends its name, as «عن» does: the agencies relayed what someone said
    text = "قتل ثلاثة أشخاص في القصف، طبقا لما نقلت الوكالات عما قاله المتحدث."
    assert at(text, "القصف") == ("reported", "الوكالات")


def test_an_attribution_then_fa_inna_and_a_verb_of_saying_names_the_outer_speaker():
    """«وبحسب مصادر مطلعة على …، فإن X أكدت أن …»: the source's phrase runs to its comma, and the verb of the
    clause after «فإن» (its subject between) is the source's account (guide §5.5); a verb with و after a comma,
    or in the next sentence, opens a clause of its own."""
    text = BEFORE + "وبحسب مصادر مطلعة على المحادثات، فإن كلا من الوزارتين أكدت أن بقاء الأسرى ضروري."
    assert at(text, "أكدت") == ("reported", "مصادر مطلعة")
    assert at(text, "الأسرى") == ("reported", "مصادر مطلعة")
    text = BEFORE + "وبحسب تجار في السوق، أكدوا أن الأسعار لم تتغير."
    assert at(text, "أكدوا") == ("reported", "تجار")
    text = BEFORE + "وبحسب مصادر مطلعة على المحادثات، فإن الأسرى نقلوا، وأكدت الوزارة أن الوضع صعب."
    assert at(text, "وأكدت") == ("own", None)
    text = "وبحسب مصادر مطلعة على اللقاء، فإن الطرفين اجتمعا ثلاث ساعات وأنهما سيلتقيان. وأكد الوزير أن الأسرى بخير."
    assert at(text, "الأسرى") == ("reported", "الوزير")


def test_an_attribution_before_a_verb_of_saying_names_the_outer_speaker():
    """«وبحسب المتحدث، أكد الرئيس أن …»: the outlet cites the spokesman (guide §5.5), verb and speech are his."""
    text = BEFORE + "وبحسب المتحدث الرسمي، أكد الرئيس أن المرحلة المقبلة ستشهد إنهاء الأزمة."
    assert at(text, "الأزمة") == ("reported", "المتحدث الرسمي")
    assert at(text, "أكد") == ("reported", "المتحدث الرسمي")
    text = BEFORE + "وأكد الرئيس أن المرحلة المقبلة ستشهد إنهاء الأزمة."
    assert at(text, "أكد") == ("own", None)
    # … also with no comma after the source («وبحسب «رويترز» قالت الوزارة …», voice35)
    text = BEFORE + "وبحسب «النهر الجديد» قالت وزارة العمل أمس إن الأزمة انتهت."
    assert at(text, "قالت") == ("reported", "النهر الجديد")
    assert at(BEFORE + "وبحسب الوكالة قال الوزير سامر إن الأزمة انتهت.", "قال") == ("reported", "الوكالة")
    text = BEFORE + "ومن وجهة نظر متفائلة، يقول الخبير سامر إن الأزمة ستنتهي."   # a view, not a source
    assert at(text, "يقول") == ("own", None)
    text = BEFORE + "وبحسب سامر النجار فإن القائد هو «أهم قيادي يقتل منذ بدأ الهجوم»."
    assert at(text, "الهجوم") == ("quoted", "سامر النجار")


def test_wifq_before_a_source_word_in_mim_is_an_attribution():
    """«…، وفق مصادر عسكرية عدة.»: وفق before a source word is an attribution, as before any other letter; «وفق
    معايير …» (a rule) stays the outlet's."""
    text = "وأنهت القوات عملية احتجاز رهائن في فندق بتحرير أربعة أشخاص، وفق مصادر عسكرية عدة."
    assert at(text, "رهائن") == ("reported", "مصادر عسكرية عدة")
    assert at("وتوزع المساعدات على الرهائن المحررين وفق معايير محددة.", "الرهائن") == ("own", None)


def test_an_attribution_phrase_after_ma_jaa_names_words_and_attributes_nothing():
    """«تعقيبا على ما جاء على لسان فلان»: his words are the object of the outlet's sentence, not its source."""
    text = ("الأفق- الوادي: قالت مديرية الصحة بالوادي في بيان لها؛ تعقيبا على ما جاء على لسان المتحدث سامر الحلبي "
            "بشأن الهجوم على المستشفى، إنها فتحت تحقيقا.")
    assert at(text, "تعقيبا")[0] == "own"
    assert at(text, "تحقيقا") == ("reported", "مديرية الصحة")


def test_the_same_phrase_as_an_attribution_still_reports():
    voice, sp = at("وجاء على لسان المتحدث سامر الحلبي أن الهجوم على المستشفى مدان.", "الهجوم")
    assert voice == "reported" and sp is not None and "سامر الحلبي" in sp


# ---------------------------------------------- a verb ends the source of an opening بحسب / وفقا لـ without a comma

def test_past_verb_ends_the_source_of_an_opening_attribution():
    assert at("ووفقا لمصادر الواحة اعتقلت قوات الأمن عشرة أشخاص بعد الهجوم.", "الهجوم") == ("reported", "مصادر الواحة")


def test_imperfect_verb_ends_the_source_of_an_opening_attribution():
    assert at("وبحسب وكالة النهار يواصل الجيش القصف على القرية.", "القصف") == ("reported", "وكالة النهار")


def test_verb_of_saying_ends_the_source_too():
    assert at("وبحسب المرصد المحلي أعلنت الشرطة مقتل خمسة في الهجوم.", "الهجوم")[1] == "المرصد المحلي"


def test_name_after_a_spokesman_is_not_read_as_a_verb():
    """«يوسف» after «المتحدث باسم الجيش» is his name, not an imperfect verb."""
    voice, sp = at("وبحسب المتحدث باسم الجيش يوسف الحمدان فإن الهجوم انتهى.", "الهجوم")
    assert voice == "reported" and sp.endswith("يوسف الحمدان")


# ---------------------------------------------------------------------- trailing attributions: حسبما / كما + a verb

def test_a_trailing_attribution_with_ma_and_a_verb_names_who_told():
    voice, sp = at("شن الطيران صباح الخميس ضربات على مواقع المسلحين في الوادي، حسبما أفاد مراسلنا", "ضربات")
    assert (voice, sp) == ("reported", "مراسلنا")


def test_a_trailing_kama_with_a_verb_of_declaring_reports_the_clause_before():
    text = "ودمر انفجار الهجوم حيا سكنيا في وسط المدينة، كما صرح سامر الوادي المتحدث باسم الشرطة."
    voice, sp = at(text, "الهجوم")
    assert voice == "reported" and sp is not None and sp.startswith("سامر الوادي")


def test_a_kama_phrase_between_commas_does_not_report_the_clause_after():
    text = ("قتل مسلح بعد أن أطلق النار داخل سينما المدينة، كما أعلنت الشرطة المحلية، من دون أن يعرف ما إذا "
            "أسفر الهجوم عن قتلى آخرين.")
    assert at(text, "قتلى") == ("own", None)
    assert at(text, "سينما")[0] == "reported"


def test_kama_with_a_feminine_verb_does_not_cut_the_speaker():
    voice, sp = at("وقتل ثلاثة في الهجوم، كما قالت الشرطة المحلية.", "الهجوم")
    assert (voice, sp) == ("reported", "الشرطة المحلية")


def test_kama_with_a_verb_and_its_pronoun_is_an_attribution():
    voice, sp = at("وقتل ثلاثة في الهجوم، كما تقوله الشرطة المحلية.", "الهجوم")
    assert (voice, sp) == ("reported", "الشرطة المحلية")
    assert at("دعوا القيادة لنا واستمتعوا بالرحلة كما تقوله إعلانات الشركة.", "تقوله") == ("own", None)


def test_kama_with_a_plural_verb_is_the_outlets_aside():
    text = "شاركت أجهزة في صناعة التطرف الذي تدعي مقاومته، بعد أن خرج المارد من القمقم، كما يقولون."
    assert at(text, "يقولون") == ("own", None)


def test_a_proper_name_before_a_relative_is_a_source():
    """«وبحسب سامر الوادي الذي درس الظاهرة فإن …»: «الذي» right after words without the article (a family name in
    ـي may have it) shows they are definite by themselves, a proper name: the source speaks; «وفقا للمقترح الذي …»
    (the article in لل) and «بحسب طلب الوزير الذي …» name no source (written in the twenty-seventh speaker pass)."""
    assert at("وبحسب سامر الوادي الذي درس الظاهرة فإن الضحايا كثر.", "الضحايا") == ("reported", "سامر الوادي")
    assert at("وبحسب طلب الوزير الذي وصل أمس نقل الضحايا.", "الضحايا") == ("own", None)
    assert at("ووفقا للمقترح الذي قدمته اللجنة نقل الضحايا.", "الضحايا") == ("own", None)


# ------------------------------------------- the source of an opening phrase ends at its comma (thirty-third pass)

def test_the_source_of_an_opening_attribution_ends_at_its_comma():
    """«وبحسب الوكالة، سقط خمسة قتلى …»: the clause after the comma is what the source says, not more of its name;
    the source was read on into the clause («الوكالة، سقط خمسة»), and a match inside that span lost its voice."""
    for source in ("وكالة النهر", "الوكالة", "المرصد الوطني لحقوق الإنسان"):
        text = "وبحسب " + source + "، سقط خمسة قتلى في الاشتباكات."
        assert at(text, "قتلى") == ("reported", normalize(source, lower=True)), source
    assert at("وحسب وكالة الضفة للأنباء، قتل خمسة أشخاص في الاشتباكات.", "الاشتباكات") == \
        ("reported", "وكالة الضفة للانباء")


def test_a_name_in_apposition_closed_by_a_comma_stays_with_the_source():
    text = "وبحسب المتحدث باسم الشرطة، العقيد سامر الوادي، فإن خمسة قتلى سقطوا في الاشتباكات."
    assert at(text, "قتلى") == ("reported", "المتحدث باسم الشرطة، العقيد سامر الوادي")
    text = "سقط خمسة قتلى في الاشتباكات، بحسب المتحدث باسم الشرطة، العقيد سامر الوادي."
    assert at(text, "قتلى") == ("reported", "المتحدث باسم الشرطة، العقيد سامر الوادي")


def test_a_past_verb_after_an_adjective_ends_the_source_without_a_comma():
    """«بحسب مصادر محلية سقط خمسة …»: no genitive follows an indefinite adjective in ـية, so the bare word after
    it opens the clause (a time word does not: «مصادر محلية أمس»)."""
    assert at("بحسب مصادر محلية سقط خمسة قتلى في الاشتباكات.", "قتلى") == ("reported", "مصادر محلية")
    assert at("وبحسب مصادر طبية قتل خمسة أشخاص في الاشتباكات.", "الاشتباكات") == ("reported", "مصادر طبية")


# ------------------------------------ «حسبما / كما / وفق ما + a verb of saying»: its subject is the source

def test_hasabama_and_a_verb_of_saying_report_the_clause_before_whatever_the_subject():
    """The verb of saying after «ما» makes the phrase an attribution: its subject needs no source word («التنظيم»
    was refused by the source test), and a subject shaped like a verbal noun is no object here (ما is the object)."""
    for phrase in ("حسبما أعلن", "حسبما ذكر", "كما أعلن", "وفق ما أعلن"):
        text = "سقط خمسة قتلى في الاشتباكات، " + phrase + " التنظيم في بيان."
        assert at(text, "قتلى") == ("reported", "التنظيم"), phrase
    text = "سقط خمسة قتلى في الاشتباكات، طبقا لما أعلنه الملازم سامر الوادي."
    assert at(text, "قتلى") == ("reported", "الملازم سامر الوادي")
    text = "ووفقا لما ذكرته صحيفة الضفة، سقط خمسة قتلى في الاشتباكات."
    assert at(text, "قتلى") == ("reported", "صحيفة الضفة")


def test_kama_also_with_a_verbal_noun_object_names_no_one():
    """«كما أكدت تصميم الدولة على …»: «كما» is «also» and the verbal noun the verb's object, not its subject (after
    «ما» the noun is the subject; after «كما» only a definite one that ends there)."""
    text = "وقالت مديرة مدرسة النهر إن الطلاب بخير. كما أكدت تصميم الدولة على ملاحقة القتلة."
    assert at(text, "القتلة") == ("reported", "مديرة مدرسة النهر")     # her speech, carried: «كما» is «also»


def test_ma_and_a_verb_with_no_subject_or_one_that_shows_attribute_nothing():
    """«حسبما أعلن دون أن …» names no one (the verb's subject is carried from before); «وفقا لما نصت عليه اللائحة» and
    figures that show are no source."""
    assert at("أفرج عن الأسرى، حسبما أعلن دون أن يكشف عن عددهم.", "الأسرى") == ("own", None)
    assert at("سقط خمسة قتلى في الاشتباكات، وفقا لما نصت عليه اللائحة.", "قتلى") == ("own", None)


# ------------------------------------------------------------------- a name in quotation marks is a source

def test_a_name_in_quotation_marks_after_the_phrase_is_the_source():
    assert at("وحسب «الضفة» فإن خمسة قتلى سقطوا في الاشتباكات.", "قتلى") == ("reported", "الضفة")
    assert at("ووفقا لـ«النهر» سقط خمسة قتلى في الاشتباكات.", "قتلى") == ("reported", "النهر")
    assert at("وحسب «خطة السلام» يعود الأسرى إلى بيوتهم.", "الأسرى") == ("own", None)        # a plan, not a source


def test_a_postposed_source_takes_the_verb_of_the_clause_it_closes():
    """«وقالت الوزارة إن …، بحسب وكالة الأفق.» (voice38): a named source cited at the end of the sentence for the clause
    that holds a verb's whole speech makes the verb, its subject and its speech the source's account (guide §5.5);
    not the speaker's own channel, an aside before the speech, or an attribution that closes the last clause only."""
    text = "وقالت وزارة المالية في بلاد النهر إن الأسرى بخير، بحسب وكالة الأفق."
    assert at(text, "وقالت") == ("reported", "وكالة الافق")
    assert at(text, "الأسرى") == ("reported", "وكالة الافق")
    text = "مثلا، اعترف سامر، المحتجز في القرية، لأسرته بأنه قضى شهرا مع المسلحين، حسبما قال أقارب له."
    assert at(text, "اعترف")[0] == "reported"
    text = "وقال سامر الوادي إن الناديين لم يقدما الحوالات، حسب ما ذكره في حسابه في تويتر."
    assert at(text, "وقال") == ("own", None)
    assert at("وتقول الأستاذة سلمى، بحسب إذاعة الأفق، إن المرضى بخير.", "وتقول") == ("own", None)
    text = "وقال الوزير سامر إن الحرب طويلة، فيما قتل ثلاثة أسرى، بحسب مصادر طبية."
    assert at(text, "وقال") == ("own", None)
    assert at(text, "أسرى") == ("reported", "مصادر طبية")
    text = "وأوضح سامر أن هذه الأسباب دفعت الشركات إلى رفع الأسعار، بحسب الخبراء."     # experts who assess
    assert at(text, "وأوضح") == ("own", None)
    assert at("وقال سامر إن الهجوم أوقع 60 جريحا، وفق حصيلة جديدة.", "وقال") == ("own", None)   # his figure
    text = "وقال مدير مرصد النهر سامر الوادي إن الطائرة سقطت، بحسب ما ذكر مرصد النهر."      # his own body
    assert at(text, "وقال") == ("own", None)
