"""Voice rules of issue 12's eighteenth pass, on sentences written for the test (fictional people, councils and
sages; no article text): the verb of saying that opens a new statement is the outlet's own, so an earlier speech
after a colon must end before it."""
from .helpers import at


def test_speech_in_brackets_after_a_colon_ends_at_its_closing_bracket():
    """«قال فلان: (…)، ومن هنا …»: the narration after the bracketed saying is the writer's."""
    text = "وقال الحكيم سامر الحلبي: (الصبر مفتاح كل باب مغلق)، ومن هنا نفهم أن الهجوم على المكتبة كان خطأ."
    assert at(text, "الهجوم")[0] == "own"
    assert at(text, "مغلق")[0] == "quoted"


def test_a_verse_in_braces_ends_the_speech_and_the_next_verb_is_own():
    text = "كما قال سبحانه: {والله مع الصابرين في كل حين} لأن رسول الله صلى الله عليه وسلم قال: (الصبر نور)."
    assert at(text, "قال")[0] == "own"


def test_a_chain_of_citations_stays_with_the_first_citer():
    """«قال تعالى: (…)، وقال الله …»: the next verse cited straight after one is not the outlet's narration."""
    text = ("وبين الخطيب سامر الحلبي أن الصبر خير كله، قال تعالى: (إن الله مع الصابرين دائما)، "
            "وقال الله عن نبيه: (واصبر وما صبرك إلا بالله).")
    assert at(text, "وقال")[0] == "reported"
    text = ("أصدرت وزارة الوادي أمس بيانا، فيما يلي نصه: قال الله تعالى: ((ولكم في القصاص حياة يا أولي الألباب)) "
            "الآية وقال تعالى: ((ولا تقتلوا النفس التي حرم الله)).")
    assert at(text, "وقال")[0] == "reported"


def test_a_list_in_brackets_after_a_colon_is_no_quotation():
    """«في قرى: (…، …) بجبل …»: two names in brackets do not end the reported sentence."""
    text = "أعلنت جبهة الوادي عن مقتل عشرة في مواجهات في قرى: (الصفا، والندى) بجبل الريح على مدار اليومين."
    assert at(text, "بجبل") == ("reported", "جبهة الوادي")


def test_a_closing_mark_with_no_opening_one_ends_a_colon_speech():
    """«وأضاف يقول: كلام … جاهز»، وعن … قال: «…»»: the quotation lost its opening mark, the outlet narrates after it."""
    text = ("وقال اللاعب سامر الحلبي إن المعسكر مفيد. وأضاف يقول: المباراة صعبة والفريق جاهز تماما»، "
            "وعن المهاجمين الجدد قال: «بيئة النادي تساعد الجميع».")
    assert at(text, "قال")[0] == "own"
    assert at(text, "جاهز")[0] == "reported"


def test_another_named_speaker_with_his_own_colon_ends_a_colon_speech():
    text = ("وقال عضو المجلس سامر الحلبي: إننا سنبقى أوفياء لهذا الوطن، "
            "وقال عضو المجلس خالد الوادي: إن ما جرى لا يقره عقل.")
    assert at(text, "وقال")[0] == "own"
    voice, sp = at(text, "يقره")
    assert voice == "reported" and sp is not None and "خالد الوادي" in sp


def test_a_chain_that_opens_the_colon_speech_stays_inside_it():
    """«عن فلان قال: قال علان: …»: the inner verb opens the speech, it is the narrator's words."""
    text = "عن الشيخ سامر الحلبي قال: قال المعلم خالد الوادي: إن العلم نور."
    assert at(text, "قال")[0] == "reported"


def test_a_verb_of_saying_that_opens_the_speech_after_its_speaker_is_own():
    """«وأضاف سموه يقول “…”»: يقول introduces the speech, as أضاف does."""
    text = "وأضاف الأمير سامر الحلبي يقول “إن الرئاسة وضعت هدفا للمشاركات الخارجية”"
    assert at(text, "يقول")[0] == "own"
    assert at(text, "هدفا")[0] == "quoted"


def test_a_sentence_opening_with_a_word_that_begins_with_fa_is_narration():
    """«… . فضلا عن ذلك قصفت …»: ف is part of the word, not the conjunction that goes on with the speech (§5.3)."""
    text = "وقال بيان لقيادة الوادي إن خمس غارات أصابت أهدافها. فضلا عن ذلك قصفت أربع غارات مخازن قرب النهر."
    assert at(text, "مخازن")[0] == "own"


def test_fa_before_a_pronoun_still_goes_on_with_the_speech():
    text = "وقال بيان لقيادة الوادي إن خمس غارات أصابت أهدافها. فهي تستهدف مخازن قرب النهر."
    assert at(text, "مخازن")[0] == "reported"


def test_a_negated_first_person_opinion_is_the_writers_own():
    """«لا أعتقد أن …»: لا before «اعتقد» makes it «I do not think», the columnist's opinion (§5.4)."""
    assert at("لا أعتقد أن الهجوم على الملعب سيغير شيئا في الموسم.", "الهجوم")[0] == "own"


def test_the_same_verb_with_a_subject_or_inside_a_speech_stays_reported():
    assert at("اعتقد المدرب سامر الحلبي أن الهجوم على الملعب سيغير الموسم.", "الهجوم") == (
        "reported", "المدرب سامر الحلبي")
    voice, sp = at("وقال المدرب سامر الحلبي: لا أعتقد أن الهجوم على الملعب سيغير الموسم.", "الهجوم")
    assert voice == "reported" and sp is not None and "سامر الحلبي" in sp


def test_fima_with_a_comma_after_it_opens_narration():
    """«… . فيما، أعربت دولة …»: في/فيما is not ف + a verb; the new statement is not the earlier one continued."""
    text = ("وشددت جبهة الوادي، وفقا لما نقلته وكالة نبأ، على رفض العنف. فيما، أعربت دولة النهر عن إدانتها "
            "للتفجير الذي استهدف مسجدا وأسفر عن وقوع عدد من الشهداء.")
    assert at(text, "الشهداء")[0] == "own"


def test_an_attribution_phrase_after_ma_jaa_names_words_and_attributes_nothing():
    """«تعقيبا على ما جاء على لسان فلان»: his words are the object of the outlet's sentence, not its source."""
    text = ("الأفق- الوادي: قالت مديرية الصحة بالوادي في بيان لها؛ تعقيبا على ما جاء على لسان المتحدث سامر الحلبي "
            "بشأن الهجوم على المستشفى، إنها فتحت تحقيقا.")
    assert at(text, "تعقيبا")[0] == "own"
    assert at(text, "تحقيقا") == ("reported", "مديرية الصحة")


def test_the_same_phrase_as_an_attribution_still_reports():
    voice, sp = at("وجاء على لسان المتحدث سامر الحلبي أن الهجوم على المستشفى مدان.", "الهجوم")
    assert voice == "reported" and sp is not None and "سامر الحلبي" in sp


def test_a_hadith_cited_inside_a_colon_speech_stays_the_speakers():
    """«واضاف: … فقال عز من قائل: (…)» and «وقال عليه الصلاة والسلام:» cite inside the speech: reported (guide §5.5)."""
    text = ("وقال الخطيب سامر الحلبي: ألم يحذرنا ربنا من اتباع الهوى في كل أمر، "
            "فقال عز من قائل: (ولا تتبع الهوى فيضلك عن سبيل الله).")
    voice, sp = at(text, "فقال")
    assert voice == "reported" and sp is not None and "سامر الحلبي" in sp
    text = ("ويضيف البيان: لقد حفظ الإسلام للناس أموالهم، وقال صلى الله عليه وسلم: «المسلم أخو المسلم»، "
            "وقال عليه الصلاة والسلام: «اتقوا الظلم».")
    voice, sp = at(text, "وقال")
    assert voice == "reported" and sp == "البيان"


def test_a_rhetorical_question_with_fa_after_a_reported_sentence_is_narration():
    text = "وأكد شيوخ الوادي أن اللغة تقصر عن المعنى. فهل بعد هذا الجهد من جديد في الهجوم على المعنى؟"
    assert at(text, "الهجوم")[0] == "own"


def test_a_saying_in_brackets_then_a_verb_that_is_no_citation_ends_the_speech():
    """«كما قال فلان: (…) عبارة خالدة تؤكد …»: a verb after the bracket is the writer's unless it cites scripture."""
    text = "وقال الأمير سامر الحلبي: (المواطن هو رجل الأمن الأول) عبارة خالدة تؤكد على أهمية الحذر من الهجوم."
    assert at(text, "تؤكد")[0] == "own"
