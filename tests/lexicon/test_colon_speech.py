"""Voice rules (issue 12): speech after a colon and the citations in it (docs/matching.md, *Where reported speech
ends* → *A citation in brackets after a colon* and *A colon speech ends at a new statement*): the verb of saying that
opens a new statement is the outlet's own, so an earlier speech after a colon ends before it — at the closing bracket
of a saying or a verse, at a closing mark whose opening one was lost, at another named speaker's own colon — while a
chain of citations, a chain of narrators and a hadith cited inside the speech stay the speaker's. Written in the
seventeenth and eighteenth voice passes.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from .helpers import at


# ----------------------------------------------------------------------------- a citation in brackets after a colon

def test_a_verse_in_braces_after_a_colon_ends_at_its_closing_brace():
    text = "قال تعالى: {أفلا يتدبرون القرآن} إن الأمة لن تملك النصر إلا بالعودة إلى الكتاب."
    assert at(text, "الأمة") == ("own", None)
    assert at(text, "يتدبرون") == ("quoted", None)       # scripture: no speaker span (guide §5.7)


def test_speech_in_brackets_after_a_colon_ends_at_its_closing_bracket():
    """«قال فلان: (…)، ومن هنا …»: the narration after the bracketed saying is the writer's."""
    text = "وقال الحكيم سامر الحلبي: (الصبر مفتاح كل باب مغلق)، ومن هنا نفهم أن الهجوم على المكتبة كان خطأ."
    assert at(text, "الهجوم")[0] == "own"
    assert at(text, "مغلق")[0] == "quoted"


def test_a_verse_in_braces_ends_the_speech_and_the_next_verb_is_own():
    text = "كما قال سبحانه: {والله مع الصابرين في كل حين} لأن رسول الله صلى الله عليه وسلم قال: (الصبر نور)."
    assert at(text, "قال")[0] == "own"


def test_a_saying_in_brackets_then_a_verb_that_is_no_citation_ends_the_speech():
    """«كما قال فلان: (…) عبارة خالدة تؤكد …»: a verb after the bracket is the writer's unless it cites scripture."""
    text = "وقال الأمير سامر الحلبي: (المواطن هو رجل الأمن الأول) عبارة خالدة تؤكد على أهمية الحذر من الهجوم."
    assert at(text, "تؤكد")[0] == "own"


def test_a_list_in_brackets_after_a_colon_is_no_quotation():
    """«في قرى: (…، …) بجبل …»: two names in brackets do not end the reported sentence."""
    text = "أعلنت جبهة الوادي عن مقتل عشرة في مواجهات في قرى: (الصفا، والندى) بجبل الريح على مدار اليومين."
    assert at(text, "بجبل") == ("reported", "جبهة الوادي")


# --------------------------------------------------------------------------- a colon speech ends at a new statement

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


def test_a_verb_with_a_titled_subject_after_a_comma_takes_up_the_narration_again():
    """«وأضاف: …، …، ووصف وزير الأوقاف …»: a و-verb of saying after a comma, its titled subject after it, ends the
    colon speech with no stop before it; the verb is the outlet's and its own speech starts after it."""
    text = ("وأضاف: نحن ندين هذه الأعمال، والدين بريء منها، ووصف وزير الأوقاف سامر الحلبي المهاجمين بأنهم خونة، "
            "وشدد الوزير على أن الهجوم لن يمر.")
    assert at(text, "ووصف")[0] == "own"
    assert at(text, "بريء")[0] == "reported"
    voice, sp = at(text, "الهجوم")
    assert voice == "reported" and sp is not None and "الوزير" in sp
    # an object after the verb is no subject: «ويدعي الجهاد» stays in the speech
    text = "وقال: إن هذا العمل لا يصدر من شخص يعتنق الإسلام، ويدعي الجهاد، فالإسلام دين التسامح."
    assert at(text, "ويدعي")[0] == "reported"


# ---------------------------------------------------------------------- citations that stay inside the colon speech

def test_a_chain_of_citations_stays_with_the_first_citer():
    """«قال تعالى: (…)، وقال الله …»: the next verse cited straight after one is not the outlet's narration."""
    text = ("وبين الخطيب سامر الحلبي أن الصبر خير كله، قال تعالى: (إن الله مع الصابرين دائما)، "
            "وقال الله عن نبيه: (واصبر وما صبرك إلا بالله).")
    assert at(text, "وقال")[0] == "reported"
    text = ("أصدرت وزارة الوادي أمس بيانا، فيما يلي نصه: قال الله تعالى: ((ولكم في القصاص حياة يا أولي الألباب)) "
            "الآية وقال تعالى: ((ولا تقتلوا النفس التي حرم الله)).")
    assert at(text, "وقال")[0] == "reported"


def test_a_chain_that_opens_the_colon_speech_stays_inside_it():
    """«عن فلان قال: قال علان: …»: the inner verb opens the speech, it is the narrator's words."""
    text = "عن الشيخ سامر الحلبي قال: قال المعلم خالد الوادي: إن العلم نور."
    assert at(text, "قال")[0] == "reported"


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
