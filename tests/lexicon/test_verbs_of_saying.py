"""Voice rules (issue 12): which words are verbs of saying and where their speech starts (docs/matching.md, *Reported
speech* → *Verbs of saying* and *Where reported speech starts*): حثّ، أبان، يجيب/أجاب، تناول (a press review),
ينص/اتفق على أن, a verb that needs a word after it or a quotation, verbs that are also nouns (after أو, after a
dateline), and the objects and noun complements that belong to the speech. Written in the tenth to thirteenth and the
sixteenth voice passes.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from framing.text.normalize import normalize

from .helpers import BEFORE, at


# ---------------------------------------------------------------------------------- which words are verbs of saying

def test_urged_is_a_verb_of_saying():
    """«وحث الوزير الأهالي على مساعدة الأسرى»: حثّ على is a call, like دعا إلى (guide §5.1); «في إطار حث …» is a noun."""
    assert at(BEFORE + "وحث الوزير سامر الوادي الأهالي على مساعدة الأسرى.", "الأسرى") \
        == ("reported", "الوزير سامر الوادي")
    assert at(BEFORE + "ويأتي ذلك في إطار حث الأهالي على مساعدة الأسرى.", "الأسرى") == ("own", None)


def test_a_verb_that_needs_a_word_also_introduces_a_quotation():
    """«وحثت الكتلة «فصائل المقاومة في …»»: حث needs على or a complementiser, or a quotation opening after it;
    «وحثت أنقرة الدول الأوروبية على …»: after a bare place name, a definite word is the object."""
    text = BEFORE + "وحثت الكتلة «فصائل المقاومة في الضفة الغربية وفي القدس للدفاع عن المسجد»."
    assert at(text, "الضفة الغربية") == ("quoted", "الكتلة")
    assert at("وحثت أنقرة الدول الأوروبية على وقف الهجوم على القرية.", "الهجوم") == ("reported", "انقرة")
    assert at("وشدد الجيش الإجراءات «في كل المعابر» بعد الهجوم.", "الهجوم")[0] == "own"   # no speech: tightened


def test_answers_as_a_verb_of_saying():
    """«يجيب فلان: «…»»: the one who answers speaks; «أجاب على الأسئلة» reports nothing."""
    text = BEFORE + "* كيف بدأت القصة؟\nيجيب سامر: «قبل الغزو كنا نعيش في القرية»."
    assert at(text, "الغزو") == ("quoted", "سامر")
    assert at(BEFORE + "وأجاب الوزير على أسئلة الصحفيين عن الأزمة.", "الأزمة") == ("own", None)


def test_abana_with_wa_is_a_verb_of_saying():
    assert at("وأبان الدكتور سالم الوادي أن الرهائن بخير.", "الرهائن") == ("reported", "الدكتور سالم الوادي")


def test_bare_ibbana_during_is_no_verb():
    """«إبان» (during) and «أبان» (made clear) are one word after normalisation: without و it is not read as a verb."""
    assert at("إبان الحرب الأهلية كان الرهائن في المدينة.", "الرهائن") == ("own", None)


def test_a_verbal_noun_after_or_is_no_verb_of_saying():
    """«ورفض تأكيد أو نفي إلقاء القبض …، مؤكدا أن …»: «نفي» after «تأكيد أو» is a noun, so no subject is read off the
    words before it; the participle speaks for the official named before."""
    text = ("وقال المسؤول اليمني إن الحوثيين يخسرون.\nورفض تأكيد أو نفي إلقاء القبض على شقيق زعيم المتمردين "
            "«عبدالخالق» قائلا: «لا أستطيع أن أنفي أو أؤكد إلقاء القبض عليه»، مؤكدا أن الأسرى يحظون بكامل الحقوق.")
    assert at(text, "الأسرى") == ("reported", "المسؤول اليمني")


def test_a_verb_that_is_also_a_noun_opens_the_story_after_a_dateline():
    """«فلان- النهر- الرياض: دعا الوزير إلى …»: after an agency dateline the verb opens its sentence (دعا، طالب، دان
    are verbs only there); a credit line «إخراج: دان فلان» has no dash and stays a name."""
    text = "هاني سامر- النهر- الرياض: دعا وزير الخارجية سامر الوادي إلى وقف الهجوم على القرية."
    assert at(text, "الهجوم") == ("reported", "وزير الخارجية سامر الوادي")
    assert at("إخراج: دان فوغلمان بعد الهجوم على القرية.", "الهجوم") == ("own", None)


# ------------------ verbs with their own conditions: a press review, a document that stipulates, parties that agree

def test_the_topic_of_a_press_review_is_reported():
    """«وتناولت الصحف X»: what the papers took up is theirs (guide §5.7), not «تناول الضيوف العشاء»."""
    text = "وتناولت الصحف الوضع الإنساني في القرية حيث يسقط مزيد من القتلى."
    assert at(text, "القتلى") == ("reported", "الصحف")
    text = "ومن المتوقع أن يتناول اللقاء الأزمة في الوادي."     # (a talk not yet held: the outlet's expectation)
    assert at(text, "الأزمة") == ("own", None)
    text = "وتناول الضيوف العشاء بعد سقوط القتلى في القرية."
    assert at(text, "القتلى") == ("own", None)


def test_stipulates_and_agrees_that():
    """«وينص القانون على أن …» (a document that says) and «واتفق الوزيران على أن …» (a joint position) report;
    «اتفقت القوات على أن تهاجم …» (a plan), «اتفق الجميع على أن …» (no parties) and «اتفق الطرفان على وقف …»
    do not."""
    assert at(BEFORE + "وينص القانون على أن يعاقب كل أسير عاد إلى القتال.", "أسير") == ("reported", "القانون")
    assert at(BEFORE + "واتفق وزيرا الخارجية على أن الوقت حان لإنهاء الأزمة.", "الأزمة") \
        == ("reported", "وزيرا الخارجية")
    assert at(BEFORE + "واتفقت قوات البلدين على أن تهاجم الجيش في الوادي.", "الجيش") == ("own", None)
    assert at(BEFORE + "واتفق الطرفان على وقف الأزمة.", "الأزمة") == ("own", None)
    assert at("اتفق الجميع على أن البيان الأخير كشف الأزمة.", "الأزمة") == ("own", None)   # no parties named


def test_the_document_that_stipulates_is_the_speaker_even_when_a_verbal_noun_heads_it():
    """«وينص اقتراح القانون على أن …» (guide §5.8): the bill speaks, not the member who tabled it before."""
    text = "وقدم عضو الكنيست سامر الوادي اقتراح قانون جديد.\nوينص اقتراح القانون على أن يعاقب كل أسير عاد إلى العمل."
    assert at(text, "أسير") == ("reported", "اقتراح القانون")


def test_stipulates_before_a_dash_or_a_lone_mark_names_no_document():
    """«وينص - على أن …» (a dash, no word between): no document and no error (found on the full corpus)."""
    assert at("وينص - على أن الأسير يعاقب.", "الأسير")[1] is None
    assert at("وينص » على أن الأسير يعاقب.", "الأسير")[1] is None


# ------------------------------------------------------------ where the speech starts: objects and noun complements

def test_a_day_between_the_verb_and_its_object():
    """«دعت اللجنة أمس إسرائيل إلى …», «اتهمت المنظمة إسرائيل، اليوم (الاثنين)، باستخدام …»: the day is an aside,
    the object before the preposition is still part of what is said."""
    text = "وفي السياق ذاته، دعت لجنة الإغاثة الدولية أمس إسرائيل للسماح لعائلة الأسير بزيارته."
    assert at(text, "إسرائيل")[0] == "reported"
    text = 'اتهمت منظمة "النهر للحقوق" إسرائيل، اليوم (الاثنين)، باستخدام القوة.'
    assert at(text, "إسرائيل")[0] == "reported"


def test_urging_what_was_named_before_and_all_parties():
    """«وتحث على ذلك» says nothing new (what is urged was named before: the verse after it stays in the outer
    speech); «وحث جميع الأطراف على …»: all parties are whom the call addresses, not who calls."""
    text = BEFORE + "وأكد الوزير دعم بلاده للحوار، وحث جميع الأطراف في الوادي على السماح للمنظمات بالوصول."
    assert at(text, "للمنظمات")[1] != normalize("جميع الأطراف", lower=True)
    text = "وقال المفتي إن النصوص جاءت ترغب في التسابق إلى الخيرات وتحث على ذلك، قال تعالى (فاستبقوا الخيرات)."
    assert at(text, "قال") == ("reported", normalize("المفتي", lower=True))


def test_claims_before_min_anna_are_what_is_condemned():
    """«استهجن فلان مزاعم الجماعة من أن …»: the claims and their content are the condemner's words."""
    text = "استهجن محافظ الوادي السابق سامر النجار مزاعم الانقلابيين من أن تحويل مسار السفن جاء بسبب القصف."
    assert at(text, "مزاعم") == ("reported", "محافظ الوادي السابق سامر النجار")


# ------------------------------------------------------------ twenty-third pass: قد, «عبر عن», حمّل, condemned lists

def test_a_bare_verb_after_qad_is_a_verb_of_saying():
    """«وكان المتحدث قد حث أنصاره على …»: after قد or a subject fronted by كان a form that is also a noun is a past
    verb; «قد تحدث» (may happen) and «وكان من بين الإجراءات حث …» (a noun) are not read so."""
    assert at(BEFORE + "وكان المتحدث باسم الجماعة قد حث أنصاره على تكثيف الهجمات في الشهر.", "الهجمات")[0] == "reported"
    assert at(BEFORE + "وكان المتحدث باسم الجماعة حث أنصاره على تكثيف الهجمات في الشهر.", "الهجمات")[0] == "reported"
    assert at(BEFORE + "وكان من بين الإجراءات حث المواطنين على تجنب الهجمات في الشهر.", "الهجمات")[0] == "own"
    assert at(BEFORE + "وتكثر في المدينة المشكلات التي قد تحدث عن الهجمات.", "الهجمات")[0] == "own"


def test_expressed_without_wa_before_its_an():
    """«عبر فيها عن …», «عبر عن …»: expressed, also without و; «عبر المعابر» is via."""
    assert at(BEFORE + "وسجل الأمير كلمة في سجل المعرض عبر فيها عن سعادته بذكرى الشهيد الملك.", "الشهيد") \
        == ("reported", "الامير")
    assert at(BEFORE + "وتنقل البضائع عبر المعابر عن طريق الشاحنات إلى الشهيد.", "الشهيد")[0] == "own"


def test_whom_a_verb_of_holding_responsible_holds_is_what_is_said():
    """«وحمّلت X المسؤولية»: X is the object, not the speaker: after an earlier verb of saying of its sentence the
    subject is carried; after a subject, the last word before «المسؤولية» with its nisba adjectives."""
    text = BEFORE + "ودانت الحكومة الفلانية بشدة في بيان مقتل الطفل وحملت جارتها الشرقية المسؤولية عن الجريمة."
    assert at(text, "جارتها")[0] == "reported"
    text = BEFORE + "وحمل الوزير سامر الوادي إسرائيل المسؤولية عن الجريمة."
    assert at(text, "إسرائيل") == ("reported", "الوزير سامر الوادي")
    text = BEFORE + "وحمل الوزير الحكومة الإسرائيلية المسؤولية عن الجريمة."
    assert at(text, "الإسرائيلية") == ("reported", "الوزير")
    text = BEFORE + "وحمل مسؤول تركي حزب العمال الفلاني مسؤولية الجريمة."
    assert at(text, "العمال") == ("reported", "مسؤول تركي")


def test_what_was_condemned_goes_on_after_its_describing_clause():
    """«أدان الجرائم التي …، بما في ذلك الهجمات على …»: the list of what is condemned resumes after the clause
    that described it (guide §5.1), up to the next verb of saying; the describing clause stays own."""
    text = BEFORE + ("وأدانت الوزارة الجرائم التي ترتكبها العصابة، بما في ذلك الهجمات على المساجد، "
                     "واتفقت مع الوفد على أن الحرب طويلة.")
    assert at(text, "الهجمات")[0] == "reported"
    assert at(text, "العصابة")[0] == "own"
    text = BEFORE + "وأدانت الوزارة الاعتداء الذي أسفر عن سقوط قتلى، ومنها الهجوم على المدينة."
    assert at(text, "الهجوم")[0] == "reported"
    assert at(text, "قتلى")[0] == "own"
    text = BEFORE + "وأدانت الوزارة الاعتداء الذي أسفر عن سقوط قتلى، وقال الوزير إن الهجوم مدان."
    assert at(text, "الوزير")[0] == "own"


def test_a_speaker_inside_an_attribution_that_opens_the_sentence_is_its_words():
    """«وبحسب الوكالة فقد قال والد الرهينة إن …»: the agency reports what the father said; his name and verb are the
    agency's words (guide §5.5), not the outlet's, with «فقد» as with a comma, also for «فقد دعا» (a verb that is
    also a noun), and with nothing between the source and the verb («وحسب «الأفق» قال …», voice35)."""
    text = BEFORE + "وبحسب وكالة الأفق فقد قال والد الرهينة إن ابنه بخير."
    assert at(text, "الرهينة")[0] == "reported"
    assert at(BEFORE + "وقال والد الرهينة إن ابنه بخير.", "الرهينة")[0] == "own"
    assert at(BEFORE + "وحسب «الأفق» قال والد الرهينة إن ابنه بخير.", "الرهينة") == ("reported", "الافق")
    text = BEFORE + "وبحسب وكالة الأفق فقد دعا والد الرهينة السلطات إلى التعاون."
    assert at(text, "الرهينة") == ("reported", "وكالة الافق")
    assert at(BEFORE + "وبحسب وكالة الأفق، قال والد الرهينة إن ابنه بخير.", "الرهينة") == ("reported", "وكالة الافق")


def test_a_count_by_a_body_is_a_source():
    """«ووفق تعداد لوكالة الأفق فإن …»: the body after لـ is the source; «وفق جدول للوزارة» states conformity."""
    assert at("ووفق تعداد لوكالة الأفق فإن 19 عنصرا قتلوا في هجمات للحزب.", "هجمات")[0] == "reported"
    assert at("وتجري الانتخابات وفق جدول للوزارة بعد هجمات الحزب.", "هجمات")[0] == "own"


def test_a_wish_with_a_possessive_is_no_source():
    """«حسب رغبته»: a wish, not a source, also with a possessive; «حسب قوله» stays an attribution."""
    assert at("ليكمل الصورة حسب رغبته. وهذه آفة الوعي بالهجمات.", "الصورة")[0] == "own"
    assert at("وقتل ثلاثة في الهجوم حسب قوله.", "الهجوم")[0] == "reported"


def test_a_call_of_condolence_is_a_condolence_message():
    """«أجرى الأمير اتصال عزاء بوالد الشهيد»: a message of condolence (guide §5.6); «مجلس عزاء» is a place."""
    assert at("أجرى الأمير سامر اتصال عزاء ومواساة بوالد الشهيد سالم.", "الشهيد")[0] == "reported"
    assert at("وأقيم مجلس عزاء لأسرة الشهيد في القرية.", "الشهيد")[0] == "own"


def test_a_passive_is_considered_before_its_predicate_says_nothing():
    """«كما أنه يعتبر لاذعا تجاه …»: «is considered» before an indefinite accusative has no one who considers;
    «ويعتبر المحللون الخطوة انتصارا …» and «وتعتبر روسيا أن …» still report."""
    assert at("كما أنه يعتبر لاذعا تجاه المهاجرين بعد الهجمات.", "الهجمات")[0] == "own"
    assert at("وتعتبر خسارتها ضربة للجماعة بعد الهجمات.", "الهجمات")[0] == "own"
    assert at("ويعتبر المحللون الخطوة انتصارا بعد الهجمات.", "الهجمات")[0] == "reported"
    assert at("وتعتبر روسيا أن الهجمات لن تتوقف.", "الهجمات")[0] == "reported"


def test_a_preposition_inside_a_setting_does_not_open_the_speech():
    """«وأكد الأمير - خلال اتصاله بأسرة الشهيد - أنه …»: «بأسرة» belongs to the setting (a noun with a possessive
    after خلال), the speech starts at أن; without أن after it, «خلال كلمته عن الهجوم» still reports its object."""
    text = "وأكد الأمير سامر - خلال اتصاله بأسرة الشهيد - أنه نال شهادة العز."
    assert at(text, "الشهيد")[0] == "own"
    assert at(text, "العز")[0] == "reported"
    assert at("وكشف الوزير خلال كلمته عن الهجوم المقبل.", "الهجوم")[0] == "reported"


def test_a_short_quote_as_what_is_condemned_keeps_the_condemnation():
    """«أدانت فيه «الأعمال الإرهابية» في البلاد، ومنها الهجوم …»: two quoted words right after the verb (and فيه)
    are what is condemned in the statement's words (quoted), the rest of the object reported; a longer quotation opens
    the speech."""
    text = "وأصدرت الحركة بيانا أدانت فيه «الأعمال الإرهابية» في البلاد، ومنها الهجوم على المدينة."
    assert at(text, "الهجوم")[0] == "reported"
    assert at(text, "الأعمال")[0] == "quoted"
    assert at("أدانت الحركة «بشدة الهجوم الإرهابي على المدينة الآمنة» في البلاد.", "البلاد")[0] == "reported"


def test_a_verb_of_another_gender_with_its_own_subject_ends_a_that_clause():
    """«وتوقعت مصادر أن …، وقال الإعلام البلجيكي، الأحد، إن …»: after a comma, a verb of saying of another gender
    before a definite subject of its own is another statement the outlet tells: its verb is own."""
    text = "وتوقعت مصادر أوروبية أمس أن يواجه الاقتصاد صعوبات، وقال الإعلام البلجيكي، الأحد، إن الاقتصاد تحمل خسارة."
    assert at(text, "وقال")[0] == "own"
    assert at(text, "صعوبات")[0] == "reported"


def test_a_verb_after_a_topic_phrase_introduces_the_next_answer():
    """«… . وحول مشاركة النحت قال: …» inside a long colon speech (an interview told in turns): the verb after a
    topic phrase that opens its sentence, its colon right after it, is the outlet's; the answer stays reported."""
    text = ("وعن المعرض اتجهنا للفنان سامر الحلبي فأجاب قائلا:\nنجح المعرض هذا العام نجاحا كبيرا. "
            "وحول مشاركة النحت قال: النحت فن مهم في المعرض.")
    assert at(text, "قال")[0] == "own"
    assert at(text, "النحت فن")[0] == "reported"


def test_a_reply_the_narration_tells_is_no_interview_answer():
    """A memoir's dialogue printed in paragraphs: a question, then «فقلت لها: …» — the paragraph opens with و/ف + a verb
    of saying and its colon, so the narration tells who speaks; it is no interviewee's answer («وقلت له: …» stays the
    writer's, guide §5.4)."""
    text = ("ونظرت إلي سلمى ثم قالت: هل أتعبك العمل يا أمي؟\n\nفقلت لها بدهشة: أبدا يا ابنتي، ليه تقولين هذا.\n\n"
            "فعادت تقول: هل أخبرك أحد عن الهجوم يا أمي؟\n\nفقلت لها: لم أسمع بشيء عن الحرب في المدينة ولا عن غيرها.\n\n"
            "ثم سألتني: ألم يوقظك صوت الانفجار يا أمي؟\n\nفقلت لها بسرعة: لا، كنت نائمة طوال الليل في غرفتي.\n")
    assert at(text, "فقلت لها:") == ("own", None)
    assert at(text, "الحرب") == ("own", None)


def test_an_imperfect_verb_inside_a_past_colon_speech_goes_on_with_it():
    """«وقال فلان في تغريدته: يفجر نفسه … ويزعم أنه …»: the outlet tells in the past («وأضاف»); a و-verb of saying in
    the imperfect with no subject of its own is the speaker describing someone, part of his speech."""
    text = "وقال الكاتب سامر الحلبي في تغريدته: يفجر نفسه في السوق ويقتل الأبرياء ويزعم أنه يريد الجنة بعد الهجوم!"
    assert at(text, "ويزعم") == ("reported", "الكاتب سامر الحلبي")
    assert at("وقال الكاتب سامر الحلبي: الوضع صعب، وأكد أن الهجوم فشل.", "وأكد")[0] == "own"


def test_a_verb_after_when_inside_a_that_clause_is_part_of_the_speech():
    """«… أن فوز المدينة جاء تعزيزا لما أعلنه الأمير قبل سنوات حينما قال: …»: a time clause of the that-clause, the
    outer speaker's words; after a sentence end «وعندما قال: …» stays the outlet's."""
    text = ("وأوضح المدير سامر الحلبي أن فوز المدينة بالجائزة جاء تعزيزا لما أعلنه الأمير قبل سنوات حينما قال: "
            "المدينة ستكون الوجهة الأولى.")
    assert at(text, "قال:") == ("reported", "المدير سامر الحلبي")
    assert at("وقال المدير سامر الحلبي إن الهجوم فشل. وعندما قال: انتهى الأمر، صفق الحضور.", "قال:")[0] == "own"


def test_the_plural_participle_of_a_weak_root_drops_its_ya():
    """«…، داعين الله أن يتغمد الشهداء برحمته» (praying, from داعي): the participle reports as «داعيا» does; without
    a comma before it such a plural is a noun («وتوافد معزين على البيت»: mourners) (voice30)."""
    assert at("وأدى الصلاة عدد من الشيوخ، داعين الله أن يتغمد الشهداء برحمته.", "الشهداء")[0] == "reported"
    assert at("وتوافد معزين على بيت الشهداء في القرية.", "الشهداء") == ("own", None)


def test_a_phrase_a_bare_that_closes_qualifies_the_subject_or_the_verb():
    """«وأكد المصدر القريب من حركة النهر أن …»: a prepositional phrase right before a bare أن/إن is part of the subject
    or a setting (whom he told), not a noun-phrase speech: the speech is the that-clause, to its sentence end (voice30).
    «وأن» after the phrase (a second thing warned of) and «بأن» (the complement of the noun before it) keep the phrase."""
    text = ("وأكد المصدر القريب من حركة النهر أن سامر لجأ إلى القرية بعدما غادر المدينة، حيث بدأ الجيش هجوما واسعا "
            "على المسلحين.")
    assert at(text, "هجوما") == ("reported", "المصدر القريب من حركة النهر")
    assert at("وأكد الوزير للصحافيين الذين رافقوه إلى مدينة الوادي أن الاتفاق صامد.", "الوادي") == ("own", None)
    assert at("وحذر سامر من خطورة الهجوم وأن الحرب قادمة.", "الهجوم")[0] == "reported"
    assert at("وحذر سامر من دعوة المستوطنين للشرطة بأن تغلق المسجد.", "المستوطنين")[0] == "reported"


def test_a_short_quoted_name_after_with_does_not_end_the_scan():
    """«وقال شهود عيان في اتصال مع «النهر الجديد» من البلدة أمس، إن …»: one or two quoted words after مع/عبر/لدى name the
    medium or the body talked to; the speech is the إن-clause after them (voice30; before, the verb reported nothing)."""
    text = ("وقال شهود عيان في اتصال مع «النهر الجديد» من إقليم الوادي في بلاد الجبل أمس، إن مسلحين هاجموا ثكنة، وأسفر الهجوم عن مقتل "
            "جنود.")
    assert at(text, "الهجوم") == ("reported", "شهود عيان")


def test_a_report_that_concludes_that():
    """«وخلص تقرير المنظمة إلى أن …» (concluded): a verb of saying only with «إلى» and a complementiser soon after it
    (voice30); not «خلص الاجتماع إلى توصيات» (no أن), «وتخلص الجيش من المسلحين» (got rid of), nor «الدرس الذي خلص
    إليه الباحثون أن …» (the lesson, named before)."""
    assert at("وخلص تقرير المنظمة إلى أن الهجمات الجوية زادت.", "الهجمات") == ("reported", "تقرير المنظمة")
    assert at("خلص الاجتماع إلى توصيات بشأن الهجمات.", "الهجمات") == ("own", None)
    assert at("وتخلص الجيش من المسلحين بعد الهجمات.", "الهجمات") == ("own", None)
    assert at("وكان الدرس الذي خلص إليه الباحثون أنه يمكن وقف الهجمات.", "الهجمات") == ("own", None)
