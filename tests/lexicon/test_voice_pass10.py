"""Voice and speaker rules of issue 12's tenth pass, on sentences written for the test (fictional people
and outlets; no article text): a relative clause after a condolence is the outlet's, «وتناولت الصحف X» reports
X, «في خطوة تؤكد» has no speaker, نفى's subject ends before «مزاعم …», a connector and a new verb of saying end
a that-clause, the same speaker's «، وقال …: …» is the outlet's telling, and «…» (1967) is a title."""
from framing.text.normalize import normalize

from .helpers import voice_at


at = voice_at


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


def test_the_topic_of_a_press_review_is_reported():
    """«وتناولت الصحف X»: what the papers took up is theirs (guide §5.7), not «تناول الضيوف العشاء»."""
    text = "وتناولت الصحف الوضع الإنساني في القرية حيث يسقط مزيد من القتلى."
    assert at(text, "القتلى") == ("reported", "الصحف")
    text = "ومن المتوقع أن يتناول اللقاء الأزمة في الوادي."     # (a talk not yet held: the outlet's expectation)
    assert at(text, "الأزمة") == ("own", None)
    text = "وتناول الضيوف العشاء بعد سقوط القتلى في القرية."
    assert at(text, "القتلى") == ("own", None)


def test_a_step_that_confirms_is_no_speaker():
    """«في خطوة تؤكد …»: a step shows something; nobody speaks."""
    text = "فرضت وزارة المالية في بلاد النهر عقوبات على شركتين، في خطوة تؤكد استمرار الحرب ضد الجماعة."
    assert at(text, "الحرب") == ("own", None)
    text = "وأصدرت وزارة المالية بيانا تؤكد فيه استمرار الحرب ضد الجماعة."
    assert at(text, "الحرب")[0] == "reported"


def test_the_subject_of_a_denial_ends_before_the_claims():
    """«ونفى متحدث باسم المتمردين مزاعم الحكومة»: the claims are the object (guide §5.1), the spokesman speaks."""
    text = "ونفى متحدث باسم جماعة الوادي مزاعم الحكومة بسيطرتها على المدينة."
    assert at(text, "مزاعم") == ("reported", "متحدث باسم جماعة الوادي")
    text = "ونفى متحدث باسم جماعة الوادي مزاعم الحكومة السبت بسيطرتها على المدينة."   # (a day before the بـ-word)
    assert at(text, "مزاعم") == ("reported", "متحدث باسم جماعة الوادي")


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


def test_a_quotation_before_a_year_is_a_title():
    """«شاهدته في «…» (1967)»: a film's title is a name, the outlet's words."""
    text = "أدى الممثل أدوارا كثيرة، وقبل ذلك شاهدته في «مذبحة يوم الوادي» (1967)، وبعده في «أصدقاء سالم» (1973)."
    assert at(text, "مذبحة") == ("own", None)
    text = "وقال الوزير: «لن نقبل بمذبحة أخرى» (في إشارة إلى القرية)."
    assert at(text, "بمذبحة")[0] == "quoted"


def test_a_time_clause_is_not_the_next_statement():
    """«أفادوا أن مستوطنين تسللوا …، وكتبوا شعارات قبل أن يهربوا إلى …»: «قبل أن» is no complement; the speech runs on."""
    text = "وكان مسؤولون في الوادي أفادوا أن مستوطنين تسللوا إلى القرية، وكتبوا شعارات قبل أن يهربوا إلى مستوطنة مجاورة."
    assert at(text, "مستوطنة")[0] == "reported"


def test_the_subject_of_an_affirmation_ends_before_its_noun_object():
    """«أكدت مصادر طبية في الوادي ارتفاع حصيلة ضحايا الألغام إلى عشرة»: a noun of what is affirmed (وجود، ارتفاع، مقتل …)
    starts the object, not the speaker phrase."""
    text = "من جهة أخرى، أكدت مصادر طبية في الوادي ارتفاع حصيلة ضحايا الألغام إلى عشرة."
    assert at(text, "ضحايا") == ("reported", "مصادر طبية في الوادي")


def test_a_plural_verb_has_its_subject_before_it():
    """«… والجمعية العمومية يعزون ذوي الشهداء»: a verb before its subject stays singular, so the phrase after a
    plural verb is its object (the bereaved), not a speaker."""
    text = ("وأوضح سامر الوادي أن مجلس إدارة النادي والجمعية العمومية يعزون ذوي الشهداء، مؤكدين أن مثقفي الوادي "
            "يجددون التزامهم.")
    assert at(text, "الشهداء") == ("reported", "سامر الوادي")


def test_claims_before_min_anna_are_what_is_condemned():
    """«استهجن فلان مزاعم الجماعة من أن …»: the claims and their content are the condemner's words."""
    text = "استهجن محافظ الوادي السابق سامر النجار مزاعم الانقلابيين من أن تحويل مسار السفن جاء بسبب القصف."
    assert at(text, "مزاعم") == ("reported", "محافظ الوادي السابق سامر النجار")


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
