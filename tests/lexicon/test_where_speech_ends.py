"""Voice rules (issue 12): where reported speech ends (docs/matching.md, *Reported speech* → *Where reported speech
ends*, and the *Continuation* rule under *Nesting*): the outlet's gloss («وذلك بعد …», a time clause), the outlet's
next step (a connector and a new verb), the same speaker's next statement, a condition's apodosis, a noun-phrase
speech cut before a relative clause, sentences that open with ف, «فيما،», and the bounds that keep the scan linear.
Written in the tenth to twelfth, seventeenth and eighteenth voice passes. Colon speech: test_colon_speech.py.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from framing.text.normalize import normalize

from .helpers import BEFORE, at


# ----------------------------------------------------------------------------- the outlet's gloss and a time clause

def test_a_day_after_ends_the_speech_without_a_comma():
    """«وقال فلان إن … وذلك بعد يوم من هجوم …»: when it happened is the outlet's telling."""
    text = BEFORE + "وقال سامر إن العمليات ستستمر وذلك بعد يوم من هجوم شنته الطائرات."
    assert at(text, "هجوم") == ("own", None)
    text = BEFORE + "وقال سامر إن العمليات ستستمر وذلك بعد دراسة الهجوم."
    assert at(text, "الهجوم") == ("reported", "سامر")


def test_a_time_clause_after_a_comma_ends_a_noun_phrase_speech():
    """«تطالب بإجلاء المحامين، في أعقاب تقارير عن …»: when it happened is the outlet's telling (as «بعد أن …»)."""
    text = ("تحقق وزارة الوادي في شكوى تطالب بإجلاء المحامين من القاعدة، في أعقاب تقارير عن حالات مرض بين "
            "موظفين يعملون في محاكمات المحتجزين هناك.")
    assert at(text, "المحامين")[0] == "reported"
    assert at(text, "المحتجزين") == ("own", None)
    text = "وقال المدير إن الأسرى نقلوا، عقب اشتباكات في القرية."       # (a that-clause runs to its sentence end)
    assert at(text, "اشتباكات")[0] == "reported"


def test_a_time_clause_is_not_the_next_statement():
    """«أفادوا أن مستوطنين تسللوا …، وكتبوا شعارات قبل أن يهربوا إلى …»: «قبل أن» is no complement; the speech runs on."""
    text = "وكان مسؤولون في الوادي أفادوا أن مستوطنين تسللوا إلى القرية، وكتبوا شعارات قبل أن يهربوا إلى مستوطنة مجاورة."
    assert at(text, "مستوطنة")[0] == "reported"


# ----------------------------------------------------- the outlet's next step and the same speaker's next statement

def test_a_connector_and_a_new_verb_of_saying_end_the_speech():
    """«وقال X إن …، فضلا عن ذلك، صرح Y بأن …»: the second verb is the outlet's, Y's words follow."""
    text = "وقال 60٪ من المشاركين إن السوق جذابة، فضلا عن ذلك، صرح 50٪ من المشاركين بأن القطاع أكثر جاذبية."
    assert at(text, "صرح") == ("own", None)
    assert at(text, "القطاع")[0] == "reported"
    assert at(text, "السوق")[0] == "reported"


def test_the_same_speakers_next_statement_after_a_comma():
    """«وأضاف سامر أن …، وقال في مؤتمر صحفي "…"»: the verb is the outlet's; the quotation is سامر's."""
    text = "وأضاف سامر أن الحاويات جاءت من الميناء، وقال في مؤتمر صحفي \"كان سيتم بيع البضاعة في الخارج\"."
    assert at(text, "وقال") == ("own", None)
    assert at(text, "البضاعة") == ("quoted", "سامر")
    assert at(text, "الحاويات") == ("reported", "سامر")
    text = "وقال الوزير إن الأطباء فحصوا الجرحى، وأكدوا أن الهجوم لن يتكرر."
    assert at(text, "الهجوم") == ("reported", "الوزير")      # (another gender: still inside the minister's words)


def test_the_same_speakers_next_verb_with_a_quotation_after_where_it_was_said():
    """«وحثت المنظمة على فتح تحقيق …، وقالت في بيان «…»»: the second verb is the outlet's telling (its own event
    reports what follows), as «وقالت: …» right after the verb."""
    text = ("وحثت منظمة «النهر للحقوق» على فتح تحقيق بعد انتشار الفيديو على الشبكات، وقالت في بيان «ينبغي على "
            "السلطات حماية السجناء».")
    assert at(text, "وقالت") == ("own", None)
    assert at(text, "السجناء")[0] == "quoted"


def test_a_new_clause_with_its_own_verb_of_saying_ends_a_noun_phrase_speech():
    """«تحدث فلان عن …، وردا على سؤال، قال "…"», «…، حيث قال: …», «…، الذي يقول إن …»: a verb of saying of the first
    verb's gender that opens a clause after a comma or «حيث» with a speech of its own (colon, mark, أن/إن) is a new
    statement, not the content of the noun phrase: the verb is the outlet's, what follows its own speech."""
    text = "وتحدث سامر عن منحه أموالا للنادي، وردا على سؤال عن السبب، قال \"طلبوا مني ذلك\"."
    assert at(text, "أموالا")[0] == "reported"
    assert at(text, "قال") == ("own", None)
    assert at(text, "طلبوا")[0] == "quoted"
    text = "وكشف المدير سامر الوادي حقيقة الموقف، حيث قال إن الأسرى نقلوا إلى المستشفى."
    assert at(text, "قال") == ("own", None)
    assert at(text, "الأسرى") == ("reported", "المدير سامر الوادي")
    text = "رأي مماثل يعبر عنه الخبير سامر الوادي، الذي يقول إن الهجوم لن يتكرر."
    assert at(text, "يقول") == ("own", None)
    assert at(text, "الهجوم")[0] == "reported"
    text = "وتحدث الخطيب عن حرمة الدماء، قال تعالى: {ولا تقتلوا أنفسكم}."
    assert at(text, "قال")[0] == "reported"              # (a verse the speaker cites: his speech goes on)


def test_what_the_speaker_left_unsaid_is_the_outlets():
    """«…، دون أن يذكر …» after a speech is the outlet's remark, as «لكنه لم يذكر …» is; «دون أن» negates the verb
    (nothing said); an aside between commas after which the speech goes on with a preposition is not its end."""
    text = "وقال المسؤول إن القوات قتلت عددا من المسلحين، دون أن يذكر عدد القتلى."
    assert at(text, "المسلحين") == ("reported", "المسؤول")
    assert at(text, "يذكر") == ("own", None)
    assert at(text, "القتلى") == ("own", None)
    text = "وقال آخر: الصوت العالي يكسر الهجوم، دون أن يوضح أكثر."
    assert at(text, "الهجوم")[0] == "reported"
    assert at(text, "يوضح") == ("own", None)
    text = "وأكدت الوزارة أنها توزع الأدوية دون أن توضح موعد الإفراج عن الأسرى."
    assert at(text, "الأسرى") == ("own", None)
    text = "وبينما رحب سامر باشتراك الوادي، من دون أن يشير إلى اسمها، في الحرب ضد الجماعة، رفض أي تعاون."
    assert at(text, "الحرب ضد")[0] == "reported"


# -------------------------------------------------------------------------------------- a speech inside a condition

def test_a_speech_in_a_protasis_ends_at_its_apodosis():
    text = ("أما إذا أخذنا المدينة التي يدعي المتشددون أنها سقطت في أيديهم، فإن القتل فيها يسقط الضحايا كل يوم.")
    assert at(text, "الضحايا") == ("own", None)
    assert at(text, "أيديهم") == ("reported", "المتشددون")


def test_a_protasis_in_an_earlier_clause_does_not_cut_the_speech():
    text = "وعندما انتهت الجولة، أوضح المدير أن الدورات نجحت فقد تم اختيار مدربين لصد الهجوم."
    assert at(text, "الهجوم") == ("reported", "المدير")


# -------------------------------------------------------------------------------- a noun-phrase speech ends earlier

def test_a_relative_clause_after_a_condolence_is_own():
    """Guide §5.7: the addressees are the condolence's words, the clause describing the event is the outlet's."""
    text = "وقدم الأمين العام لجمعية النهر سامر الوادي تعازيه لأسر الضحايا الذين قضوا في الهجوم، متمنيا الشفاء للجرحى."
    assert at(text, "الضحايا")[0] == "reported"
    assert at(text, "الهجوم") == ("own", None)
    text = "وأعرب رئيس مجلس الوادي عن خالص التعازي لأسر الشهداء الذين لقوا حتفهم في التفجير."
    assert at(text, "الشهداء") == ("reported", "رئيس مجلس الوادي")
    assert at(text, "التفجير") == ("own", None)
    text = "وقدم اللواء سامر تعازي القيادة، مثمنا الدور البطولي الذي قام به الشهيد في حماية الحدود."
    assert at(text, "الشهيد")[0] == "reported"          # (after a participle: what is praised, as before)
    text = "وأدان رئيس مجلس الوادي الهجوم على القرية."          # (condemnations keep their object)
    assert at(text, "القرية")[0] == "reported"


def test_a_consequence_clause_after_a_condemnation_is_own():
    """«مستنكرة قصف المدينة مما أوقع قتلى», «أدان حرق المنزل، ما أدى إلى مقتل …»: what the attack caused describes
    it, as a relative clause does (guide §3 «What stays own»); the condemned act is the speech."""
    text = "وانتقدت الهيئة عودة الاشتباكات، مستنكرة قصف الميليشيا مدينة الوادي مما أوقع العديد من القتلى بين المدنيين."
    assert at(text, "قصف")[0] == "reported"
    assert at(text, "القتلى") == ("own", None)
    text = "من جهته، أدان رئيس المجلس سامر الوادي بأشد العبارات حرق منزل العائلة، ما أدى إلى استشهاد رضيع."
    assert at(text, "حرق")[0] == "reported"
    assert at(text, "استشهاد") == ("own", None)


def test_a_topic_event_ends_within_a_sentence_length_of_its_verb():
    """«وتناولت الصحف X» in a paragraph with no full stop: its reported span ends at most MAX_SENTENCE characters
    after the verb, as a verb of saying's does (the scan of a long comma-joined paragraph stays linear)."""
    from framing.lexicon.quotes import MAX_SENTENCE
    from framing.lexicon.speech import speech_events
    text = normalize("وتناولت الصحف الاقتصاد، " * 200, lower=True)
    topic = [ev for ev in speech_events(text) if ev[3] == "تناول"]
    assert len(topic) == 200
    assert all(ev[1] <= ev[4][0] + MAX_SENTENCE for ev in topic)


def test_a_condolence_event_ends_within_a_sentence_length_of_its_noun():
    """A condolence in a paragraph with no full stop: its reported span (and the search for the relative clause
    that ends it) stops at most MAX_SENTENCE characters after the condolence noun."""
    from framing.lexicon.quotes import MAX_SENTENCE
    from framing.lexicon.speech import speech_events
    text = normalize("وقدم الأمير سامر تعازيه لأسر الضحايا، مثمنا الجهود و" * 100, lower=True)
    cond = [ev for ev in speech_events(text) if ev[3] == "عزى"]
    assert len(cond) == 100
    assert all(ev[1] <= ev[0] + MAX_SENTENCE for ev in cond)


# ----------------------------------------------------------------- continuation: ف, فيما، and a rhetorical question

def test_a_sentence_opening_with_a_word_that_begins_with_fa_is_narration():
    """«… . فضلا عن ذلك قصفت …»: ف is part of the word, not the conjunction that goes on with the speech (§5.3)."""
    text = "وقال بيان لقيادة الوادي إن خمس غارات أصابت أهدافها. فضلا عن ذلك قصفت أربع غارات مخازن قرب النهر."
    assert at(text, "مخازن")[0] == "own"


def test_fa_before_a_pronoun_still_goes_on_with_the_speech():
    text = "وقال بيان لقيادة الوادي إن خمس غارات أصابت أهدافها. فهي تستهدف مخازن قرب النهر."
    assert at(text, "مخازن")[0] == "reported"


def test_a_rhetorical_question_with_fa_after_a_reported_sentence_is_narration():
    text = "وأكد شيوخ الوادي أن اللغة تقصر عن المعنى. فهل بعد هذا الجهد من جديد في الهجوم على المعنى؟"
    assert at(text, "الهجوم")[0] == "own"


def test_fima_with_a_comma_after_it_opens_narration():
    """«… . فيما، أعربت دولة …»: في/فيما is not ف + a verb; the new statement is not the earlier one continued."""
    text = ("وشددت جبهة الوادي، وفقا لما نقلته وكالة نبأ، على رفض العنف. فيما، أعربت دولة النهر عن إدانتها "
            "للتفجير الذي استهدف مسجدا وأسفر عن وقوع عدد من الشهداء.")
    assert at(text, "الشهداء")[0] == "own"


def test_a_noun_phrase_speech_ends_before_but_and_a_new_definite_subject():
    """«وتتوقع الحكومة نموا …، ولكن الهجمات المتكررة أودت …»: after «، ولكن» a clause with its own definite subject is the
    outlet's narration; «، ولكنه …» (the same subject) is not cut by this rule (voice30)."""
    text = "وتتوقع حكومة الوادي نموا بنسبة خمسة في المائة، ولكن الهجمات المتكررة أودت بحياة مئات."
    assert at(text, "الهجمات") == ("own", None)
    assert at("وتتوقع حكومة الوادي نموا رغم الهجمات المتكررة.", "الهجمات")[0] == "reported"
