"""Voice rules (issue 12): a verb of saying inside someone's speech (docs/matching.md, *Reported speech* → *Nesting*):
a verb inside a closed quotation lends no speaker, a sentence that opens inside a quotation names no one, an aside
(«كما زعم», «كما ادعى») stays the speaker's, a verb after حيث inside a that-clause is the outer speaker's account.
Written in the ninth, twelfth, thirteenth and sixteenth voice passes.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from .helpers import BEFORE, at


# ----------------------------------------------------- a verb inside a quotation or a relative clause of the speech

def test_a_verb_inside_a_quotation_lends_no_speaker_to_the_participle_after_it():
    """«وأضاف أن «… وبين الضحايا عمال»، مشيرا إلى أن «…»»: «بين» is the quoted man's word, not a new speaker."""
    text = ("وقال قائد الشرطة سامر الوادي: «أحصينا ثمانية قتلى». وأضاف أن «عددا من الأطفال قتلوا وبين الضحايا عمال»، "
            "مشيرا إلى أن «المهاجمين أرادوا ارتكاب مجزرة».")
    assert at(text, "مجزرة") == ("quoted", "قائد الشرطة سامر الوادي")


def test_a_subject_inside_an_earlier_quotation_is_not_the_next_verbs():
    """«…: «… . فرغم تداخل الأزمات …»، وتابع: «…»»: the sentence of «وتابع» opens inside the first quotation."""
    text = ("وأضاف النائب سامر الوادي في تغريدة: «الحكومة تنظر بعين واحدة. فرغم تداخل وتشابك الأزمات فأهم هدف لديها "
            "الحرب على المهربين»، وتابع: «ولا تهتم الحكومة إلا بالحرب على الغلاء».")
    assert at(text, "بالحرب على") == ("quoted", "النائب سامر الوادي")


def test_an_aside_inside_a_quotation_keeps_the_quoted_speaker():
    """«ويقول المصدر إن دخول الحزب «لم يكن كما زعم، ولا كما قال قياديون فيه»»: the source speaks (guide §5.8)."""
    text = ("ويشكك مصدر معارض في رواية الحزب. ويقول المصدر إن دخول الحزب المعركة «لم يكن بسبب حماية المراقد كما زعم "
            "في البداية، ولا لحماية الحدود كما قال قياديون فيه»، معتبرا أن الحزب أخطأ.")
    assert at(text, "زعم") == ("quoted", "المصدر")
    assert at(text, "قال") == ("quoted", "المصدر")


def test_as_he_claimed_inside_a_speech_is_part_of_it():
    """«… ليس الملائكة كما ادعى، وإنما …» inside someone's speech: the aside is that speaker's (guide §5.8)."""
    text = BEFORE + "وقال الشيخ سالم إن ما رآه الزعيم ليس الملائكة كما ادّعى، وإنما طائرات."
    voice, sp = at(text, "ادعى")
    assert voice == "reported" and sp.startswith("الشيخ سالم")
    text = BEFORE + "وقال الشيخ سالم إن الزعيم بخير، كما أكد الوزير أن الأزمة انتهت."
    assert at(text, "أكد")[0] == "own"          # a statement of its own, not an aside


def test_still_written_as_two_words_after_a_relative_pronoun():
    """«… الجماعة التي ما زالت تزعم …»: a verb in a relative clause inside someone's speech is part of it."""
    text = "وأكد الوزير سامر الوادي أن الجماعة هي التي ما زالت تزعم براءتها وتحتجز الرهائن منذ شهر."
    assert at(text, "تزعم") == ("reported", "الوزير سامر الوادي")


# -------------------------------------------------------------------------------------------------------- after حيث

def test_a_verb_after_haythu_inside_a_that_clause_is_the_outer_speakers():
    """«وأشار فلان إلى أن الوزير أجرى اتصالا، حيث أكد …»: the حيث clause is part of the that-clause (guide §3, a verb
    inside someone's speech); outside a speech «…، حيث صرح أحد الأعضاء» stays the outlet's verb."""
    text = ("وأشار المتحدث سامر الوادي إلى أن وزير الخارجية كان قد أجرى اتصالا مع رئيس الحكومة، حيث أكد دعم البلاد "
            "الكامل للحكومة.")
    assert at(text, "أكد") == ("reported", "المتحدث سامر الوادي")
    assert at("ورفض الحشد عودة النازحين رغم القرار، حيث صرح أحد أعضاء الحكومة بأن العودة ممكنة.", "صرح") == ("own", None)


def test_verb_after_hith_inside_a_that_clause_is_the_outer_speech():
    """«وأوضح فلان أن اللقاء تناول …، حيث أكد الرئيس أن …» (guide §5.5): the verb and its speech are the outer
    speaker's account, also with a titled subject of their own."""
    text = "وأوضح الدكتور سالم الوادي أن اللقاء تناول أوضاع الأحزاب، حيث أكد الرئيس أن الرهائن بخير."
    assert at(text, "أكد") == ("reported", "الدكتور سالم الوادي")
    assert at(text, "الرهائن") == ("reported", "الدكتور سالم الوادي")


def test_verb_after_hith_with_the_same_source_again_keeps_its_mention():
    text = "وقالت مصادر محلية إن الطائرات نفذت غارات، حيث أوضحت المصادر أن الرهائن بخير."
    assert at(text, "الرهائن") == ("reported", "المصادر")


def test_verb_after_hith_in_a_new_sentence_is_its_own():
    text = "وقال الدكتور سالم الوادي إن اللقاء تناول أوضاع الأحزاب. حيث أكد الرئيس أن الرهائن بخير."
    assert at(text, "الرهائن") == ("reported", "الرئيس")


def test_verb_after_hith_past_another_clause_or_before_a_colon_is_its_own():
    """Only a حيث clause of the that-clause itself: not after another clause opener in it, nor a colon speech."""
    text = ("واعتبر الشباب أن ذلك النشاط ليس جديدا، حيث اعتاد أهاليهم عليه، ولكنها باتت منظمة، حيث يقول سامر "
            "الوادي: «الرهائن بخير».")
    assert at(text, "الرهائن") == ("quoted", "سامر الوادي")


def test_the_same_verb_after_haythu_without_a_subject_is_the_speakers_next_statement():
    """«وقال فلان إن القتال مستمر، حيث قال إن …»: the same speaker goes on (his verb is the outlet's, guide §3)."""
    text = "وقال المتحدث سامر الوادي إن القتال مستمر في القاعدة، حيث قال إن المقاتلين أتلفوا الطائرات."
    assert at(text, "قال إن المقاتلين")[0] == "own"


def test_a_verse_or_hadith_cited_inside_a_preachers_speech_is_his():
    """«وأوضح سماحته أن …، قال صلى الله عليه وسلم: …», «…، مؤكدا سماحته أن …، يقول تعالى: …»: the verb that cites
    scripture inside an official's reported speech opens no statement of the outlet: it is his (reported), as the
    words around it; a verb citing scripture in a column's own sentence stays the writer's."""
    text = ("وقال الشيخ سامر الوادي مفتي الواحة إن الصبر واجب. وأوضح سماحته أن المؤمن القوي يجب أن يكون قويا بأخلاقه، "
            "قال صلى الله عليه وسلم: «انصر أخاك ظالما أو مظلوما»، فالمؤمن يملك نفسه.")
    assert at(text, "قال صلى")[0] == "reported"
    text = ("وقال الشيخ سامر الوادي إن العمل عبادة، مؤكدا سماحته أن هذه صفات المؤمن القوي، يقول صلى الله عليه وسلم: "
            "«ليس القوي بالصرعة»، فالمؤمن يملك نفسه.")
    voice, speaker = at(text, "يقول")
    assert voice == "reported" and "سامر الوادي" in speaker
    text = ("وردت نصوص كثيرة تحث على العمل وطلب الرزق، قال تعالى: (فإذا قضيت الصلاة فانتشروا في الأرض)، "
            "وهذا واضح.")
    assert at(text, "قال")[0] == "own"


# ------------------------------------------------------------------ a verb inside the that-clause that opens a speech

def test_the_subject_of_a_that_clause_speaks_inside_it_before_a_colon():
    """«وأفاد البيان أن الأمير قال في كلمته: …»: the prince's verb is the statement's words (guide §3, §5.5)."""
    text = "وأفاد البيان أن أمير منطقة الوادي قال في كلمته: نشكر العاملين في الهيئة على جهودهم."
    voice, speaker = at(text, "قال")
    assert voice == "reported" and speaker == "البيان"


def test_a_verb_after_but_inside_a_speech_is_a_statement_of_its_own():
    """«بين فلان أنه …، إلا أنه أكد أن …»: the complementiser of «إلا أن» opens no speech of the first verb."""
    text = "من جهته، بين سالم الناصر أنه حضر الحفل في القاعة القديمة، إلا أنه أكد أن المساحة لم تكن كافية."
    assert at(text, "أكد")[0] == "own"
    text = "فالأرقام الرسمية تقول إن السكان في ازدياد؛ إلا أن مصادر مستقلة تؤكد أنهم في تناقص."
    assert at(text, "تؤكد")[0] == "own"
    text = "ثم أجاب مباشرة دون أن يسمع مني جوابا، وكأنه يريد أن يقذفها ويمضي فقال لي: مقالاتكم لا يقرأها أحد."
    assert at(text, "فقال")[0] == "own"        # أن before a verb opens no that-clause; فقال is the writer's narration


def test_a_verb_after_that_he_inside_the_speech_is_part_of_it():
    """«وذكرت صحيفة الأفق أنه قال: …»: «أنه» names the that-clause's subject; its verb is the paper's report."""
    text = "وذكرت صحيفة الأفق في عددها الأخير أنه قال: لن نترك الأسرى."
    assert at(text, "قال")[0] == "reported"
    text = "وكان الشيخ سالم يكثر أن يقول: يا رب ثبت قلبي."
    assert at(text, "يقول") == ("own", None)  # «أن يقول»: أن before a verb names no subject (the verb's own rules)
