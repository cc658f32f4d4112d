"""Speaker span rules of issue 12's seventeenth pass, on sentences written for the test (fictional people, bodies and
outlets; no article text): the speaker phrase ends at the end of the name (not an adverb before it, a medium, an
object or a clause after it), trailing attributions give the clause they close its speaker, a speaker named inside
another's speech is not carried, and scripture names no speaker (docs/coding-guide.md §4, §5.5, §5.7, §5.8)."""
from .helpers import at

_BEFORE = "وقال مدير مدرسة النهر إن الطلاب بخير. "


def test_an_adverb_between_the_verb_and_its_subject_is_skipped():
    voice, sp = at(_BEFORE + "وقالت أيضا القوات الجوية الوطنية إنها صدت هجوما للجماعة.", "هجوما")
    assert (voice, sp) == ("reported", "القوات الجوية الوطنية")


def test_an_adverb_before_a_complementiser_leaves_the_speaker_carried():
    voice, sp = at(_BEFORE + "وقال كذلك إن الهجوم فشل.", "الهجوم")
    assert voice == "reported" and sp is not None and "مدير مدرسة النهر" in sp


def test_a_medium_in_marks_after_the_name_is_not_the_speaker():
    voice, sp = at("وتضيف الباحثة سلمى قعدان لـ»الفجر»: هناك أنواع من الهجوم على المدارس.", "الهجوم")
    assert voice == "reported" and sp is not None and sp.endswith("قعدان")


def test_the_object_of_a_verb_of_considering_is_not_the_speaker():
    voice, sp = at("ويعتبر الوادي الاتفاق ليس كافيا لوقف الهجوم.", "الهجوم")
    assert (voice, sp) == ("reported", "الوادي")


def test_a_name_followed_by_a_that_clause_is_kept_after_considering():
    voice, sp = at("واعتبر سامر الوادي أن الهجوم مرفوض.", "الهجوم")
    assert (voice, sp) == ("reported", "سامر الوادي")


def test_between_after_between_is_no_verb_of_saying():
    text = "كانت بينها وبين المدرسة مسافة طويلة، وسأله المدير: «ما اسمها؟»، فقال العامل الصغير «سلمى»."
    assert at(text, "فقال") == ("own", None)


def test_the_verb_explained_still_reports():
    voice, sp = at(_BEFORE + "وبين المدير أن الهجوم فشل.", "الهجوم")
    assert (voice, sp) == ("reported", "المدير")


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


def test_a_verb_with_that_after_the_statement_gives_the_sentence_before():
    text = "شارك في السباق شباب المحافظة. أوضح ذلك الناطق الإعلامي للمهرجان سامر الوادي."
    voice, sp = at(text, "شباب")
    assert voice == "reported" and sp is not None and sp.endswith("سامر الوادي")


def test_a_verb_inside_the_statement_before_takes_its_speaker():
    text = "فيما أكد المدرب أن الفريق يسعى لإنشاء مركز. أوضح ذلك الناطق الإعلامي للمهرجان سامر الوادي."
    voice, sp = at(text, "أكد")
    assert voice == "reported" and sp is not None and sp.endswith("سامر الوادي")


def test_figures_that_confirm_that_report_nothing_before():
    text = "شارك في السباق شباب المحافظة. وتؤكد ذلك الأرقام الرسمية."
    assert at(text, "شباب") == ("own", None)


def test_through_that_meeting_is_no_statement_after():
    text = "استضافت القناة الشاعرة سلمى الوادي في حلقة عن المدارس. وعبر ذلك اللقاء، قالت الشاعرة إنها بخير."
    assert at(text, "المدارس") == ("own", None)


def test_kama_with_a_verb_and_its_pronoun_is_an_attribution():
    voice, sp = at("وقتل ثلاثة في الهجوم، كما تقوله الشرطة المحلية.", "الهجوم")
    assert (voice, sp) == ("reported", "الشرطة المحلية")
    assert at("دعوا القيادة لنا واستمتعوا بالرحلة كما تقوله إعلانات الشركة.", "تقوله") == ("own", None)


def test_kama_with_a_plural_verb_is_the_outlets_aside():
    text = "شاركت أجهزة في صناعة التطرف الذي تدعي مقاومته، بعد أن خرج المارد من القمقم، كما يقولون."
    assert at(text, "يقولون") == ("own", None)


def test_this_source_with_its_own_complement_is_a_subject():
    text = "أعلن مصدر في الوادي أن السباق تأجل. وقال هذا المصدر إن الهجوم على الملعب فشل."
    assert at(text, "الهجوم") == ("reported", "مصدر في الوادي")     # (the source named before, not the rule above)
    assert at(text, "السباق") == ("reported", "مصدر في الوادي")


def test_a_speech_in_a_protasis_ends_at_its_apodosis():
    text = ("أما إذا أخذنا المدينة التي يدعي المتشددون أنها سقطت في أيديهم، فإن القتل فيها يسقط الضحايا كل يوم.")
    assert at(text, "الضحايا") == ("own", None)
    assert at(text, "أيديهم") == ("reported", "المتشددون")


def test_a_protasis_in_an_earlier_clause_does_not_cut_the_speech():
    text = "وعندما انتهت الجولة، أوضح المدير أن الدورات نجحت فقد تم اختيار مدربين لصد الهجوم."
    assert at(text, "الهجوم") == ("reported", "المدير")


def test_a_speaker_named_inside_another_speech_is_not_carried():
    text = ("وأشار المدير سامر الوادي إلى تأكيد الوزارة على أن المدارس بحاجة إلى حماية. "
            "كما ذكر أن الوزارة أوضحت أن الهجوم مرفوض.")
    voice, sp = at(text, "الهجوم")
    assert voice == "reported" and sp is not None and "سامر الوادي" in sp


def test_a_verse_in_braces_after_a_colon_ends_at_its_closing_brace():
    text = "قال تعالى: {أفلا يتدبرون القرآن} إن الأمة لن تملك النصر إلا بالعودة إلى الكتاب."
    assert at(text, "الأمة") == ("own", None)
    assert at(text, "يتدبرون") == ("quoted", None)       # scripture: no speaker span (guide §5.7)


def test_a_verse_in_double_brackets_without_a_colon_inside_a_sermon_is_the_preachers():
    text = ("وأوضح الشيخ سعد الفلاني في خطبة الجمعة أن الظلم محرم، مضيفا أن من ظلم كان من الهالكين "
            "قال تعالى (( لا يستوي أصحاب النار وأصحاب الجنة )) .")
    voice, sp = at(text, "قال")
    assert voice == "reported" and sp is not None and "سعد الفلاني" in sp
