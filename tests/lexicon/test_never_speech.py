"""Voice rules (issue 12): what is never speech, the outlet's or the writer's own words (docs/matching.md, *Voice* →
*What is never speech (own)*): a step that confirms, «وبين» after «بين», the writer's first person («نقول», «لا أعتقد
أن …»), and a verb of saying that opens the speech after its speaker; with the same verbs that still report. Written
in the tenth, thirteenth, seventeenth and eighteenth voice passes.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from .helpers import BEFORE, at


def test_a_step_that_confirms_is_no_speaker():
    """«في خطوة تؤكد …»: a step shows something; nobody speaks."""
    text = "فرضت وزارة المالية في بلاد النهر عقوبات على شركتين، في خطوة تؤكد استمرار الحرب ضد الجماعة."
    assert at(text, "الحرب") == ("own", None)
    text = "وأصدرت وزارة المالية بيانا تؤكد فيه استمرار الحرب ضد الجماعة."
    assert at(text, "الحرب")[0] == "reported"


def test_between_after_between_is_no_verb_of_saying():
    text = "كانت بينها وبين المدرسة مسافة طويلة، وسأله المدير: «ما اسمها؟»، فقال العامل الصغير «سلمى»."
    assert at(text, "فقال") == ("own", None)


def test_a_bare_between_with_no_that_clause_is_the_preposition():
    """«وبين الأوراق …» with no أن, colon or quotation: «between», not «explained» with a noun object; the letter's
    quotation after it takes no speaker from the phrase (written in the twenty-seventh speaker pass)."""
    text = "وبين الأوراق المبعثرة التي تركها الطبيب على مكتبه وجدت رسالة قصيرة قال فيها: «لقد نسيت الموعد»."
    voice, sp = at(text, "الموعد")
    assert voice == "quoted" and sp != "الاوراق المبعثرة"
    assert at("وبين الأوراق المبعثرة رسائل كثيرة.", "رسائل") == ("own", None)
    voice, sp = at("وبين المدير التنفيذي للنادي سامر الوادي،أن الهجوم فشل.", "الهجوم")   # a title: who explains
    assert voice == "reported" and sp is not None and "سامر الوادي" in sp


def test_the_verb_explained_still_reports():
    voice, sp = at(BEFORE + "وبين المدير أن الهجوم فشل.", "الهجوم")
    assert (voice, sp) == ("reported", "المدير")


def test_a_verb_of_saying_in_the_first_person_is_the_writers():
    """«لذلك نقول إنه …», «وقلت له: …» (guide §5.4): the columnist speaks; inside someone's colon speech the words
    stay that speaker's («وقال الوزير: نحن نقول إن …»)."""
    assert at("وهذا واضح للجميع، لذلك نقول أنه لا ذنب للاتحاد في الأزمة.", "الأزمة") == ("own", None)
    assert at("وقلت له: إن الأزمة انتهت.", "الأزمة") == ("own", None)
    assert at("وقال الوزير: نحن نقول إن الأزمة انتهت.", "الأزمة") == ("reported", "الوزير")


def test_a_negated_first_person_opinion_is_the_writers_own():
    """«لا أعتقد أن …»: لا before «اعتقد» makes it «I do not think», the columnist's opinion (§5.4)."""
    assert at("لا أعتقد أن الهجوم على الملعب سيغير شيئا في الموسم.", "الهجوم")[0] == "own"


def test_the_same_verb_with_a_subject_or_inside_a_speech_stays_reported():
    assert at("اعتقد المدرب سامر الحلبي أن الهجوم على الملعب سيغير الموسم.", "الهجوم") == (
        "reported", "المدرب سامر الحلبي")
    voice, sp = at("وقال المدرب سامر الحلبي: لا أعتقد أن الهجوم على الملعب سيغير الموسم.", "الهجوم")
    assert voice == "reported" and sp is not None and "سامر الحلبي" in sp


def test_a_verb_of_saying_that_opens_the_speech_after_its_speaker_is_own():
    """«وأضاف سموه يقول “…”»: يقول introduces the speech, as أضاف does."""
    text = "وأضاف الأمير سامر الحلبي يقول “إن الرئاسة وضعت هدفا للمشاركات الخارجية”"
    assert at(text, "يقول")[0] == "own"
    assert at(text, "هدفا")[0] == "quoted"


def test_a_first_person_opinion_after_kuntu_is_the_writers_own():
    """«كنت أعتقد أن …» (I used to think), «ما زلت أعتقد أن …»: after كنت/زلت the verb written as the past is
    «أعتقد», the columnist's opinion (§5.4)."""
    assert at("كنت أعتقد أن الهجوم على الملعب حادث عابر في الموسم.", "الهجوم")[0] == "own"
    assert at("وما زلت أعتقد أن الهجوم على الملعب حادث عابر في الموسم.", "الهجوم")[0] == "own"


def test_what_caught_my_eye_is_no_speaker():
    """«لفت نظري X» (X caught my eye) is no speech; «لفت نظره إلى أن …» (drew his attention to) still reports (written
    in the twenty-seventh speaker pass)."""
    assert at("وعند زيارتي للقرية لفت نظري تكاتف الأهالي بعد الهجوم على السوق.", "الهجوم") == ("own", None)
    assert at("ولفت انتباهي العنوان فاشتريت كتابا عن الهجوم على السوق.", "الهجوم") == ("own", None)
    assert at(BEFORE + "ولفت نظره إلى أن الهجوم على السوق فشل.", "الهجوم")[0] == "reported"


def test_is_considered_with_its_subject_and_predicate_is_no_speech():
    """«وتعتبر القاعدة موقعا استراتيجيا.» opening its sentence: «is considered», no one speaks; mid-sentence
    «يعتبر الفعل تمزقا» (he considers the act a rupture) names no speaker of its own: «الفعل» is the object
    (written in the twenty-seventh speaker pass)."""
    assert at(BEFORE + "وتعتبر القاعدة موقعا استراتيجيا قرب الهجوم.", "الهجوم") == ("own", None)
    voice, sp = at("وبحسب سامر الوادي الذي درس الظاهرة يعتبر الفعل تمزقا يلقي بظلاله على الهجوم.", "الهجوم")
    assert voice == "reported" and "الفعل" not in (sp or "")
    assert at(BEFORE + "ويعتبر الوزير الخطوة انتصارا على الهجوم.", "الهجوم") == ("reported", "الوزير")


def test_yuda_before_a_name_is_is_named_not_claims():
    """«ناشط يدعى سامر» (يُدعى, is named; ى and ي are one letter once normalised): no speech and no speaker, also with an
    adverb between; «يدعي» still claims before أن, a definite object or after a pronoun (voice30)."""
    assert at("وقتل عدد من المسلحين، بينهم ناشط منذ البداية يدعى سامر الوادي بضربات جوية.", "بضربات") == ("own", None)
    assert at("وقال إن شابا يدعى سامر نفذ الهجوم.", "الهجوم")[0] == "reported"      # (the outer أن still reports)
    assert at("ويدعي المسلحون أن الهجوم فشل.", "الهجوم") == ("reported", "المسلحون")
    assert at("وهو يدعي البطولة في الهجوم.", "الهجوم")[0] == "reported"


def test_a_toll_or_statistics_with_no_owner_is_no_speaker():
    """«وكانت الحصيلة الأولى أشارت إلى سقوط تسعة قتلى»: a toll or statistics with the article and no owner are figures
    (guide §2, §5.4), as «الأرقام» are, also after كان; a statistic a body made still speaks («كشفت إحصائية للمنظمة …»)
    (voice30)."""
    assert at(BEFORE + "وكانت الحصيلة الأولى أشارت إلى سقوط تسعة قتلى في الهجوم.", "الهجوم") == ("own", None)
    assert at(BEFORE + "كما تشير الإحصائيات الأولية إلى مقتل مئتي مسلح في الهجوم.", "الهجوم") == ("own", None)
    assert at(BEFORE + "وكشفت إحصائية للمنظمة أن الهجوم أوقع قتلى.", "الهجوم")[0] == "reported"


def test_is_considered_among_or_the_greatest_is_no_speech():
    """«وتعتبر قلعة الوادي من أهم …», «يعتبر أحد أهم …», «ويعتبر أكبر …»: «is considered» with its rank (من, أحد, هو,
    a superlative) after at most three words, or right before an indefinite noun in ة («يعتبر خطوة كبيرة»), no one speaks; «ويعتبر الوزير …», «وتعتبر الوزارة أن …», «يعتبرون …» and a
    «من» after a noun and أن («ويعتبر عدد من الخبراء أن …») still report (issue 12, deem36)."""
    assert at(BEFORE + "وتعتبر قلعة الوادي من أهم المواقع قرب الهجوم.", "الهجوم") == ("own", None)
    assert at(BEFORE + "ويعتبر السوق القديم أكبر سوق قرب موقع الهجوم.", "الهجوم") == ("own", None)
    assert at(BEFORE + "كما يعتبر الجسر أحد أهم الطرق التي قطعها الهجوم.", "الهجوم") == ("own", None)
    assert at(BEFORE + "ويرى كثيرون أن الجسر يعتبر خطوة كبيرة بعد الهجوم.", "الهجوم") == ("reported", "كثيرون")
    assert at(BEFORE + "والجسر يعتبر خطوة كبيرة بعد الهجوم.", "الهجوم") == ("own", None)
    voice, sp = at(BEFORE + "ويعتبر الوزير الخطوة من أسباب الهجوم.", "الهجوم")
    assert voice == "reported" and "الوزير" in (sp or "")
    assert at(BEFORE + "وتعتبر الوزارة أن الخطوة من أسباب الهجوم.", "الهجوم") == ("reported", "الوزارة")
    assert at(BEFORE + "ويعتبر عدد من الخبراء أن الهجوم فشل.", "الهجوم")[0] == "reported"
    assert at(BEFORE + "والسكان يعتبرون الخطوة من أسباب الهجوم.", "الهجوم")[0] == "reported"
