"""Who speaks: the speaker rules of framing.lexicon.voice on sentences written for the test
(fictional people and outlets; no article text)."""
import pytest

from framing.lexicon.voice import split_speaker, voice_spans
from framing.text.normalize import normalize


def speaker_of(text: str, word: str) -> str | None:
    """The speaker the voice rules give a match of ``word`` (its last occurrence) in ``text``."""
    norm = normalize(text, lower=True)
    pos = norm.rfind(normalize(word, lower=True))
    assert pos >= 0, word
    voice, sp, _verb = voice_spans(norm).at(pos)
    return None if sp is None else norm[sp[0]:sp[1]]


@pytest.mark.parametrize("text, word, expected", [
    # an honorific with a pronoun (سموه، معاليه) stands for the speaker named before it
    ("وقال وزير خارجية الجزيرة سمو الشيخ سالم بن راشد آل فهد إن الاتفاق قريب. "
     "وأكد سموه أن الأسرى سيعودون قريبا.", "الأسرى", "فهد"),
    ("وأوضح الأمين العام الدكتور ناصر الحمدان أن الوضع هادئ. وطالب معاليه المجتمع الدولي بحماية الرهائن.",
     "الرهائن", "الحمدان"),
    # «الجار الله» is a name (ال + a three-letter noun), not a verbal noun like «إلغاء»
    ("وأشار الجار الله إلى أن الرهائن بخير.", "الرهائن", "الجار الله"),
    # a verb after a quotation names its speaker only when it follows it directly, without و
    ('وقال المدير سامر الخالدي إن الطريق مغلق. وأضاف "الرهائن بخير تماما في المبنى"، وأعرب الوزير عن أمله.',
     "الرهائن", "الخالدي"),
    # a subject before «كتب:» (a verb that otherwise needs و or a sentence start)
    ("وزير الإعلام سامي النجار كتب: «الرهائن سيعودون إلى بيوتهم قريبا».", "الرهائن", "النجار"),
    # a verb's written form after a preposition is its verbal noun: «على كشف» names no one
    ("وأكد الوزير سالم العمري أن الشرطة قادرة على كشف ملابسات الحادث، مشيرا إلى أن الرهائن بخير.",
     "الرهائن", "العمري"),
    # «في حين بين فلان أن …»: a clause opening with its verb
    ("انتهى الاجتماع أمس، في حين بين الخبير ماجد الحربي أن الرهائن بخير.", "الرهائن", "الحربي"),
    # «الأمين العام لمجلس …» is a title (لـ + a body), «لوكالة …» is whom he spoke to
    ("وأعرب الأمين العام لمجلس التعاون الدكتور فهد السالم عن تعازيه لذوي الشهداء.", "الشهداء", "السالم"),
    # a verb with no subject of its own takes the last speaker whose verb agrees with it in gender
    ("وقالت الوزيرة سلمى الراشد إن المفاوضات مستمرة. وقال المدير إنه لا يعرف. "
     "وأضافت أن الرهائن بخير.", "الرهائن", "الراشد"),
    # a participle speaks for its sentence's speaker, not for a relative clause's («التي يتوقع كثيرون»)
    ("وأضاف المركز الإعلامي في بيان أن الطائرات قصفت مدينة الواحة التي يتوقع كثيرون أن تكون ساحة "
     "المعركة المقبلة، مشيرا إلى أن الرهائن بخير.", "الرهائن", "المركز الإعلامي"),
    # «بيان صادر عن …»: the issuer is part of the speaker
    ("وأكد بيان صادر عن اللجنة الأهلية أن الرهائن بخير.", "الرهائن", "اللجنة الأهلية"),
    # «الذي كشف فيه شهود …»: the resumptive pronoun is not the speaker
    ("في الوقت الذي كشف فيه شهود عيان أن الرهائن نقلوا إلى مكان آخر.", "الرهائن", "شهود عيان"),
    # an agent noun with its adjectives before a name is a title («المصور المستقل فلان»)
    ("وصرح المصور المستقل كمال دروي الذي حضر المراسم «أريد أن يعرف العالم ما حدث للرهائن هنا».",
     "للرهائن", "كمال دروي"),
    # «سابقا» after a title: the name follows
    ("وحذر رئيس الأركان سابقا سعيد الواحي من أن الرهائن في خطر.", "الرهائن", "سعيد الواحي"),
    # a verb of saying after a relative pronoun speaks for the phrase before the pronoun
    ("يقول الصحافي عامر الحلو، الذي يتابع نشاط الجماعات، إن «الرهائن نقلوا إلى الجبال أمس».",
     "الرهائن", "عامر الحلو"),
    # «نقلت الإذاعة عن فلان قوله …»: the one quoted speaks
    ("ونقلت إذاعة الوادي عن الوزير كريم السالمي قوله إن الرهائن بخير.", "الرهائن", "كريم السالمي"),
    # «على» after أكد/شدد, or before a word with a pronoun, is the preposition, not the name Ali
    ("كشفت الوزيرة سلمى الراشد عن الخطة، وأضافت على صفحتها في الموقع أن الرهائن بخير.", "الرهائن", "الراشد"),
    ("وقال المتحدث سامر الخالدي إن الوضع صعب، وأكد على خيار التفاوض لإطلاق الرهائن.", "الرهائن", "الخالدي"),
    ("أكد علي حسين الرفاعي الباحث في الشؤون الإقليمية أن الرهائن بخير.", "الرهائن", "علي حسين الرفاعي"),
    # a verb of saying whose على comes after a long subject and adjunct
    ("أكد وزير الخارجية عادل الفارس خلال مؤتمر صحفي عقده قبل قليل مع وزير الخارجية في البلد الجار "
     "على أهمية إطلاق الرهائن وفقا لمقررات القمة.", "الرهائن", "عادل الفارس"),
    # condolences: the titled phrase between the verb and «تعازي»
    ("وعقب الصلاة، قدم الأمير سالم بن فهد تعازيه لأسر الشهداء.", "الشهداء", "سالم بن فهد"),
    # a quotation inside a speech and an attribution in dashes: the speech's own speaker
    ("وأضاف المصدر العسكري - حسب وكالة الأنباء - أن «الرهائن لا يزالون في المبنى».", "الرهائن", "المصدر العسكري"),
    # the speech opens in the first person right after the verb: the speaker named before
    ("وقال الوزير سامر الخالدي إن المفاوضات مستمرة. وأضاف طلبنا من الوسطاء إطلاق الرهائن.", "الرهائن", "الخالدي"),
    # a subject before its verb whose name starts with ك (not the preposition كـ), and an adverb
    ("وكان كارلوس ميندي قال بوضوح قبل وصوله: «لن نترك الرهائن».", "الرهائن", "كارلوس ميندي"),
    # «دي/فان» inside a European name
    ("يقول العقيد لودو دي فريس إن الرهائن نقلوا.", "الرهائن", "لودو دي فريس"),
    # «بدوره، وصف فلان …، قائلا»: the participle's speaker after an opening adverbial
    ("بدوره، وصف المفتي العام الشيخ صالح الفارس الحادثة قائلا «إن الشهداء في قلوبنا جميعا».",
     "الشهداء", "صالح الفارس"),
    # a noun with a pronoun after the subject is its object («واختتم المصدر تصريحه»)
    ("واختتم المصدر تصريحه بالقول إن الرهائن بخير.", "الرهائن", "المصدر"),
    # a man's name in ة right before أن or a colon is the subject, not a feminine object («يؤكد حقيقة»)
    ("وقال مدير البنك إن السداد قريب. وأضاف حمزة أن الرهائن بخير.", "الرهائن", "حمزة"),
])
def test_speaker(text, word, expected):
    sp = speaker_of(text, word)
    assert sp is not None and normalize(expected, lower=True) in sp


def test_split_speaker_keeps_title_and_name_apart():
    assert split_speaker("وزير الخارجية الروسي سيرغي لافروف") == ("سيرغي لافروف", "وزير الخارجية الروسي")
    assert split_speaker("المتحدث باسم الجماعة") == ("المتحدث باسم الجماعة", "")
    assert split_speaker("المصور المستقل كمال دروي") == ("كمال دروي", "المصور المستقل")
    assert split_speaker("رئيس الأركان سابقا سعيد الواحي") == ("سعيد الواحي", "رئيس الأركان سابقا")
    assert split_speaker("د. سلمى الراشد") == ("سلمى الراشد", "د")
    assert split_speaker("بيان صادر عن اللجنة الأهلية") == ("اللجنة الأهلية", "بيان صادر عن")
    assert split_speaker("المنتخب الوطني جاهزيته") == ("المنتخب الوطني جاهزيته", "")   # an object, no name


def test_attribution_objects_that_name_no_source():
    """«وفقا لمقررات القمة» names no source; «من وجهة نظرهم» is a whole word, not «نظره» + «م»."""
    norm = normalize("تم الاتفاق على إطلاق الرهائن وفقا لمقررات القمة.", lower=True)
    assert voice_spans(norm).at(norm.find("الرهائن"))[0] == "own"
    norm = normalize("ووفقا لموقع «الأخبار» فإن الرهائن غاضبون من الحكم الذي جاء مخففا من وجهة نظرهم.",
                     lower=True)
    voice, sp, _ = voice_spans(norm).at(norm.find("الرهائن"))
    assert voice == "reported" and "الاخبار" in norm[sp[0]:sp[1]]


def test_object_with_pronoun_ends_the_speaker():
    assert speaker_of("واختتم المصدر تصريحه بالقول إن الرهائن بخير.", "الرهائن") == "المصدر"


def test_condolence_and_relative_clause_names():
    # «وأعرب في بيان عن تعازيه»: no title right after the verb, so the speaker named before
    text = "قال الأمين العام سامي الكردي إن الهجوم مروع. وأعرب في بيان عن خالص تعازيه لأسر الضحايا."
    assert "الكردي" in speaker_of(text, "الضحايا")
    # a name after its title's organisation, before «الذي قال» (names may start with ك/ب/ل)
    text = "هي خطة المفوضية مذ ترأسها جان كلود بيرنار الذي قال إن الرهائن بخير."
    assert speaker_of(text, "الرهائن") == "جان كلود بيرنار"


def test_carry_over_skips_speakers_quoted_by_someone_else():
    text = ('وقال اللاعب سامي الحربي "حصلت على الفرصة. يقول الناس دوما إنني لا أملك القوة". '
            'وأضاف "الرهائن في قلوبنا جميعا".')
    assert "الحربي" in speaker_of(text, "الرهائن")


def test_honorific_without_a_speaker_before_stays():
    assert speaker_of("وقال سماحته في مداخلة: الرهائن بخير.", "الرهائن") == "سماحته"


def test_quoted_one_ends_before_al_qawl():
    assert speaker_of("ونقلت الإذاعة عن نتنياهو القول: إن الرهائن بخير.", "الرهائن") == "نتنياهو"


@pytest.mark.parametrize("text, expected", [
    ("وقال عدد من الأهالي إن الرهائن بخير.", "عدد من الاهالي"),
    ("وفقا لما نشرته وكالة الأنباء المحلية فإن الرهائن بخير.", "وكالة الانباء المحلية"),
    ("وفيما يروي الشاهد سالم الفهد أن الرهائن بخير.", "الشاهد سالم"),
])
def test_noun_phrase_edges(text, expected):
    assert speaker_of(text, "الرهائن") == expected


def test_postposed_attribution_and_clause_openers():
    text = "ودعا الرئيس سامر الخالدي إلى اتفاق ينهي نزاعا أسفر عن سقوط مئات الرهائن، حسب مراقبين، ونزوح آخرين."
    assert speaker_of(text, "الرهائن") == "مراقبين"
    assert "الخالدي" not in speaker_of(text, "الرهائن")
    text = "وادعت الشرطة أن الرجل سائح. ولكن دائرة الأوقاف في المدينة أكدت أن الرهائن بخير."
    assert speaker_of(text, "الرهائن") == "دائرة الاوقاف في المدينة"


@pytest.mark.parametrize("text, expected", [
    # a titled subject before a comma that stands right before its verb
    ("يذكر أن وكالة «الأنباء الحرة» للأنباء، كشفت النقاب، أمس، عن خطة لإطلاق الرهائن.", "وكالة"),
    # «نقلت وكالات عن ملحق صحافي بسفارة … قوله إن …»: the one quoted, adjuncts and all
    ("ونقلت وكالات أنباء محلية اليوم، عن ملحق صحافي بسفارة البلاد لدى الجزيرة قوله إن بين الرهائن مواطنين.",
     "ملحق صحافي"),
    # an attribution that ends the sentence names the clause before it
    ("واستهدفت إحدى الغارات تجمعا للمسلحين وقتل 8 من الرهائن وفقا للمصادر الطبية.", "مصادر الطبية"),
])
def test_subjects_before_a_comma_and_postposed_sources(text, expected):
    assert normalize(expected, lower=True) in speaker_of(text, "الرهائن")


def test_participle_after_a_comma_has_no_subject_of_its_own():
    # «…، مؤكدا أنه …»: the comma before a participle does not make the clause before it its subject
    text = "أعلن الجيش أنه حرر 178 شخصا كانت الجماعة تحتجزهم رهائن، مؤكدا أن بين الرهائن أطفالا."
    assert speaker_of(text, "أطفالا") == "الجيش"


def test_long_titled_subject_and_cited_verses():
    text = ("أما الناشطة الاجتماعية ومدربة معتمدة في مجال التطوير التربوي سلمى الراشد قالت للصحيفة: "
            "يعاني أبناء الرهائن كثيرا.")
    assert "الراشد" in speaker_of(text, "الرهائن")
    text = ("وقال الوزير سامر الخالدي إن الحادث مؤلم. الداعية فهد الناصر صنف الحادث جريمة حيث قال تعالى "
            "(ولا تقتلوا أنفسكم)، مشيرا إلى أن الرهائن أبرياء.")
    sp = speaker_of(text, "أبرياء")
    assert sp is None or "تعالي" not in sp


def test_one_letter_abbreviations_do_not_end_a_sentence():
    text = "وقالت مصادر محلية لوكالة الأنباء (د.ب.أ)، إن الرهائن نقلوا. وقال م. سالم الفهد إن الوضع هادئ."
    assert speaker_of(text, "الرهائن") == "مصادر محلية"
    assert "سالم الفهد" in speaker_of(text, "هادئ")


def test_name_after_a_title_before_whom_he_told():
    text = "وقال المتحدث باسم المقاومة الجنوبية، سامر الحريري، لـ«الصحيفة» إن الرهائن بخير."
    assert "سامر الحريري" in speaker_of(text, "الرهائن")


def test_verb_joined_to_a_non_speech_verb_takes_its_subject():
    text = "وقال الوزير سامر الخالدي إن الوضع هادئ. وندد القيادي ماجد الفارس بالهجوم وقال: «الرهائن أبرياء»."
    assert "ماجد الفارس" in speaker_of(text, "الرهائن")


def test_joined_verb_needs_a_plain_subject():
    # «وبعد زيارتي للطبيب … وقال»: a possessive phrase is no subject (nothing named before: no speaker)
    assert speaker_of("وبعد زيارتي للطبيب أمس وقال إن الرهائن بخير.", "الرهائن") is None


# ---- issue 12, part 4: general rules of who speaks (fictional sentences) --------------------------------------

def test_nearest_mention_is_sought_by_the_name_not_by_a_title_word():
    # a speaker named by a title alone keeps its own mention («الشريفين» of another phrase is not him)
    # (no «الذي» clause after the condolence: guide §5.7 makes that clause the outlet's)
    text = ("ونقل نائب رئيس المجلس الأعلى تعازيه لأسر الضحايا "
            "في الحادث الواقع في المدينة الساحلية أمس وراح ضحيته عدد من العمال والمارة في السوق القديمة "
            "«شهداء الواجب».")
    assert speaker_of(text, "شهداء") == "نائب رئيس المجلس الاعلي"
    # a name with its title after it: the later mention is sought by the name («الخالدي»), not «الأقصى»
    text = ("وقال سامر الخالدي مدير المسجد الأقصى إن الزوار كثر اليوم. وأضاف أن مجموعة من الزوار دخلت "
            "باحات المسجد الأقصى وأن شرطة الاحتلال تدخلت.")
    assert "الخالدي" in speaker_of(text, "الاحتلال")


def test_a_circumstantial_participle_has_no_subject_before_it():
    # «…” مضيفا»: the clause before a participle is not its subject; the sentence's speaker speaks
    text = 'وقال سامر الخالدي “رأيت الحطام هناك. شاهدت السيارة المحترقة” مضيفا أنه رأى المسعفين ينقلون الرهائن.'
    assert "الخالدي" in speaker_of(text, "الرهائن")
    assert speaker_of("خاطب البحر جاره الجبل قائلا: ما أجمل الرهائن.", "الرهائن") is None


def test_an_object_with_a_possessive_pronoun_is_not_the_speaker():
    text = "ونفى الوزير سامر الخالدي الاتهام، واتهم خصومه بالكذب، قائلا إن الرهائن بخير."
    assert "الخالدي" in speaker_of(text, "الرهائن")
    # kin and bodies with a pronoun do speak
    assert speaker_of("وقال شقيقه إن الرهائن بخير.", "الرهائن") == "شقيقه"
    assert speaker_of("ورد الوزير سامر الخالدي على من يزعمون عدم وجود الرهائن.", "الرهائن") is None or \
        "عدم" not in speaker_of("ورد الوزير سامر الخالدي على من يزعمون عدم وجود الرهائن.", "الرهائن")


def test_a_verb_with_fihi_speaks_for_who_issued_the_statement():
    text = "وأصدر العميد سامر الخالدي، المتحدث باسم الجيش، بيانا أكد فيه أن الرهائن بخير."
    assert "سامر الخالدي" in speaker_of(text, "الرهائن")
    text = "وتلقى الوزير اتصالا هاتفيا من الشيخ فهد الناصر أعرب فيه عن قلقه على الرهائن."
    assert "فهد الناصر" in speaker_of(text, "الرهائن")
    text = "وجاء الرد على تصريحات صدرت عن الوزير كمال دروي يوم الجمعة حذر فيها من أن الرهائن في خطر."
    assert "كمال دروي" in speaker_of(text, "الرهائن")
    text = "ورد الشاعر سامر الخالدي على منتقديه بأبيات من الشعر يقول فيها: «الرهائن في القلب»."
    assert "الخالدي" in speaker_of(text, "الرهائن")


def test_an_attribution_with_a_pronoun_names_no_one_new():
    text = "وقال القيادي ماجد الفارس إن الوضع هادئ. وبحسبه، فإن الرهائن بخير."
    sp = speaker_of(text, "الرهائن")
    assert sp is not None and len(sp) > 1 and "الفارس" in sp


def test_the_subject_of_a_sentence_with_another_verb_carries_over():
    # «رفع الأمير فلان التعازي …. وقال سموه»: the honorific stands for the subject of «رفع»
    text = ("رفع صاحب السمو الأمير سالم بن فهد أمير منطقة الواحة أصدق مشاعر العزاء للأسر. "
            "وعبر سموه عن حزنه، وقال: «نسأل الله أن يعيد الرهائن سالمين».")
    assert "سالم بن فهد" in speaker_of(text, "الرهائن")
    # a participle in a sentence whose verb is not one of saying: its subject speaks
    text = "أعلنت قيادة القوات المشتركة في بيان لها اليوم إصابة جندي، داعية الله أن يحفظ الرهائن."
    assert speaker_of(text, "الرهائن") == "قيادة القوات المشتركة"
    # «وفيما يتعلق بـ…، أبدى الرئيس فلان استعداده …، وقال:»: the subject after the opening phrase
    text = ("وثمن الرئيس جهود اللجنة. وفيما يتعلق بالمصالحة الوطنية، أبدى الرئيس كريم السالمي استعداده للحوار، "
            "وقال : نطالب بالإفراج عن الرهائن.")
    assert "السالمي" in speaker_of(text, "الرهائن")


def test_split_speaker_name_and_apposed_title():
    assert split_speaker("سالم الراشد أستاذ العلوم السياسية") == ("سالم الراشد", "أستاذ العلوم السياسية")
    assert split_speaker("القائد سامر الخالدي الأمين العام للجبهة") == ("سامر الخالدي", "القائد الأمين العام للجبهة")
    assert split_speaker("الدكتور كمال دروي مدير مستشفى الواحة") == ("كمال دروي", "الدكتور مدير مستشفى الواحة")
    assert split_speaker("محمد أمين") == ("محمد أمين", "")
    assert split_speaker("عبد الأمير الحلو") == ("عبد الأمير الحلو", "")


def test_split_speaker_titles_places_and_sources():
    # a family name in ال after a personal title is the name, not an adjective
    assert split_speaker("اللواء الغامدي") == ("الغامدي", "اللواء")
    # a place after a title or a body belongs to the role
    assert split_speaker("المتحدث الإعلامي لجامعة تبوك") == ("المتحدث الإعلامي لجامعة تبوك", "")
    assert split_speaker("وزير خارجية قطر خالد العلي") == ("خالد العلي", "وزير خارجية قطر")
    # «مدير عام» + a body; coordinated bodies
    assert split_speaker("مدير عام فرع وزارة الصحة بالمنطقة فهد العلي") == (
        "فهد العلي", "مدير عام فرع وزارة الصحة بالمنطقة")
    assert split_speaker("المدير العام للشؤون الدينية في وزارة الأوقاف والشؤون الدينية")[1] == ""
    # where it spoke is not who spoke; an indefinite source keeps its description
    assert split_speaker("الحركة في بيان نشرته") == ("الحركة", "")
    assert split_speaker("مصدر مطلع") == ("مصدر مطلع", "")
    assert split_speaker("مصادر في مكتب رئيس الوزراء سامر الخالدي")[1] == ""


def test_split_speaker_name_after_a_title_that_ends_a_body_name():
    # a personal title or a rank after a body's name: the name follows it, the body stays in the role
    assert split_speaker("المدير التنفيذي لشركة مترو الواحة الدكتور سالم الفهد") == (
        "سالم الفهد", "المدير التنفيذي لشركة مترو الواحة الدكتور")
    assert split_speaker("المتحدث الرسمي للدفاع المدني بالمنطقة المقدم سامر بن فهد")[0] == "سامر بن فهد"
    assert split_speaker("الأمين العام للمنظمة بان كي مون")[0] == "بان كي مون"


def test_a_source_named_again_is_the_one_named_before():
    text = ("أعلن مصدر عسكري في الواحة أن العملية متواصلة. وقال هذا المصدر في اتصال معه إن «احتجاز الرهائن "
            "متواصل».")
    assert speaker_of(text, "الرهائن").startswith("مصدر عسكري")
    text = "قالت مصادر أمنية إن المهاجمين فروا. وقالت هذه المصادر إن الرهائن بخير."
    assert speaker_of(text, "الرهائن").startswith("مصادر امنية")


def test_body_takes_no_name_and_short_verbs_open_a_sentence():
    text = "وحملت منظمة التحرير الوطنية حكومة الجزيرة مسؤولية مقتل الرهائن."
    assert speaker_of(text, "الرهائن") == "منظمة التحرير الوطنية"
    assert speaker_of("دعت حركة المقاومة حماس امس إلى حماية الرهائن.", "الرهائن") == "حركة المقاومة حماس"
    # «ورد فلان قائلا»: a verb of three letters with و opens the sentence, its subject speaks
    text = "وحمل الوزير الحكومة المسؤولية. ورد عباس قائلا إن انفلات الرهائن خطير."
    assert speaker_of(text, "الرهائن") == "عباس"
    assert split_speaker("عبد العزيز الشيخ المتحدث عن المقاومة")[0] == "عبد العزيز الشيخ"


def test_no_speaker_across_a_closing_bracket_nor_an_adjective_after_a_speech_noun():
    text = "وبالإضافة إلى الاعتقالات (لم يكشف للعلن)، تعززت العلاقة بين الرهائن والمقاتلين."
    sp = speaker_of(text, "الرهائن")
    assert sp is None or "تعززت" not in sp
    assert "سالم الفهد" in speaker_of("وأكد لـ(عكاظ) الشيخ سالم الفهد أن الرهائن بخير.", "الرهائن")
    from framing.lexicon.sources import statements
    names = {st[3] for st in statements("وقال الوزير سالم الفهد في تصريح صحافي اليوم إن الرهائن بخير.")}
    assert names == {"سالم الفهد"}


def test_condolence_speaker_after_words_before_the_verb_and_across_an_apposition():
    text = "في بداية الحلقة الرابعة تقدم الإعلامي سامر الخالدي بالتعازي لأسر الرهائن."
    assert "سامر الخالدي" in speaker_of(text, "الرهائن")
    text = "رفع صاحب السمو الأمير سالم بن فهد، أمير منطقة الواحة التعازي للأسر، سائلا المولى أن يحفظ الرهائن."
    assert "سالم بن فهد" in speaker_of(text, "الرهائن")


def test_speaker_mention_nearest_the_match_and_a_lone_lam():
    # a long quotation that names its speaker again: the mention nearest the match
    text = ("وقال سامر الخالدي في كلمة ألقاها أمام الأهالي: «إن الطريق طويل والعمل كثير والصبر واجب علينا جميعا "
            "في هذه الأيام الصعبة.. وشدد الخالدي على أن الإفراج عن الرهائن واجب».")
    norm = normalize(text, lower=True)
    sp = voice_spans(norm).at(norm.rfind("الرهائن"))[1]
    assert sp is not None and sp[0] > norm.find("وشدد")
    assert speaker_of("وذكر شهود عيان ل «الصحيفة» أن الرهائن بخير.", "الرهائن") == "شهود عيان"


def test_relative_clause_after_an_apposition_speaks_for_the_name():
    text = "واتفقت المحكمة مع سامر الخالدي، المدعي العام لمقاطعة الواحة، الذي قال إن الرهائن أبرياء."
    assert "سامر الخالدي" in speaker_of(text, "الرهائن")
    text = "والثالثة هي سلمى الراشد، رئيسة وفد المفاوضات. قالت: «كان صعبا أن نترك الرهائن»."
    assert "الراشد" in speaker_of(text, "الرهائن")


def test_a_body_named_after_a_king_is_one_name():
    assert split_speaker("المتحدث الرسمي لمركز الملك سالم للإغاثة والأعمال الإنسانية كمال دروي") == (
        "كمال دروي", "المتحدث الرسمي لمركز الملك سالم للإغاثة والأعمال الإنسانية")
    # (a body linked by لـ to another is one name: «الأمانة العامة لهيئة كبار العلماء»)
    assert split_speaker("الأمانة العامة لهيئة كبار العلماء") == ("الأمانة العامة لهيئة كبار العلماء", "")


def test_only_a_titled_subject_carries_over():
    # «من المستحيل ذلك»، «وفيما يلي نص الحوار»: no subject to carry to an interview answer
    text = ("من المستحيل ذلك. وفيما يلي نص الحوار:\\n* هل ستلتقون؟\\n- لا فكرة لدينا عن ذلك، ولقد قلنا لهم إن "
            "الرهائن أولا. * ومتى؟\\n- قريبا.")
    sp = speaker_of(text, "الرهائن")
    assert sp is None or ("ذلك" not in sp and "نص" not in sp)
    # an adjective after a title, with a title after it, is not the name
    assert split_speaker("المستشار القانوني د. سالم الفهد") == ("سالم الفهد", "المستشار القانوني د")


def test_a_title_goes_on_to_the_name_after_a_quoted_body_and_kabir_is_a_title():
    # «رئيس حزب «…» الدكتور فلان»: the body's name in quotation marks, then the person's name
    assert speaker_of("أكد رئيس حزب «النهضة الخضراء» الدكتور سامر الوادي أن «الرهائن سيعودون قريبا».",
                      "الرهائن").endswith("الوادي")
    assert speaker_of("وقال رئيس حزب «النهضة الخضراء» سامر الوادي إن الرهائن بخير.", "الرهائن").endswith("الوادي")
    # the body alone stays the speaker when no name follows
    assert speaker_of("وقالت حركة «النهضة الخضراء» إن الرهائن بخير.", "الرهائن") == "حركة «النهضة الخضراء»"
    assert speaker_of("وبحسب وكالة «النهار» كان الرهائن في المدينة.", "الرهائن") == "وكالة «النهار»"
    # «كبير المفاوضين …» is a title: the name after its adjectives belongs to the speaker
    assert speaker_of("واعتبر كبير المفاوضين الجزريين رامي السالم أن الرهائن ورقة ضغط.", "الرهائن").endswith("السالم")


def test_a_letter_is_where_one_spoke_and_a_feminine_subject_takes_no_masculine_object():
    # «في رسالة» like «في بيان»: where the minister spoke, not part of who
    assert speaker_of("وكتب الوزير سامر الوادي في رسالة إلى اللجنة أن الأسرى بخير.", "الأسرى") == "الوزير سامر الوادي"
    # after a feminine definite noun, a masculine definite noun is not its adjective: the object starts there
    assert speaker_of("وأدانت الوزارة الهجوم على الأسرى.", "الأسرى") == "الوزارة"
    assert speaker_of("وأدانت الهيئة العليا الهجوم على الأسرى.", "الأسرى") == "الهيئة العليا"


def test_an_ordinal_title_a_two_word_place_and_a_long_title_before_a_comma_and_the_name():
    # «أول رئيس للجنة …»: the ordinal opens the title; «في جنوب الوادي» is one place
    assert speaker_of("وقال أول رئيس للجنة الأولمبية في جنوب السودان سامر الوادي: «الرهائن عادوا».",
                      "الرهائن").endswith("سامر الوادي")
    assert split_speaker("أول رئيس للجنة الأولمبية في جنوب السودان سامر الوادي") == (
        "سامر الوادي", "أول رئيس للجنة الأولمبية في جنوب السودان")
    # «… في حكومة إقليم الوادي، فلان الفلاني،»: إقليم is a body word, the title goes on to the name
    assert speaker_of("وقال المدير العام للشؤون الدينية في حكومة إقليم كردستان، سامر الوادي، إن الرهائن بخير.",
                      "الرهائن").endswith("سامر الوادي")


def test_a_statement_with_its_pronoun_is_where_one_spoke():
    # «في بيانه»، «في حواره» (a statement noun with a pronoun) end the title: where, not who
    assert speaker_of("وقال المسؤول في الهلال الأخضر في بيانه إن الرهائن بخير.", "الرهائن") == \
        "المسؤول في الهلال الاخضر"


def test_a_name_in_quotation_marks_before_a_statement_setting():
    # «وأضاف “فلان” خلال حواره …»: the quoted word is the name, not the speech
    assert speaker_of("وأضاف “الوادي” خلال حواره مع الإذاعة أنه أطلق الرهائن.", "الرهائن") == "“الوادي”"
    # speech in quotation marks is no name: a negation or a verb in it
    assert speaker_of("وقال الوزير سامر الوادي: «لن نتراجع» في كلمته أمام الرهائن.", "الرهائن") != "«لن نتراجع»"


def test_the_object_of_an_accusation_is_not_its_speaker():
    # «واتهم حماس بالإقدام …»: حماس is accused; the speaker is the one named before
    text = "وتحدث الرئيس سامر الوادي عن المصالحة واتهم الجبهة بخطف الرهائن، وقال: «إن الجبهة تحتجز الرهائن»."
    assert "الجبهة" not in (speaker_of(text, "الرهائن") or "")
    assert "الجبهة" not in (speaker_of("وأكد الباحث سامر الوادي أن المنفذ يصف خاله بأنه من الرهائن.", "الرهائن")
                            or "")
    # … but a subject with its object before the بـ-phrase speaks
    assert speaker_of("ويتهم الجمهوريون إدارة الرئيس بأنها أهملت الرهائن.", "الرهائن").startswith("الجمهوريون")


def test_a_family_name_ends_the_name_and_an_unnamed_source_takes_no_name_after_a_comma():
    # «… آل فلان» ends the name: what follows is the object («استنكر … آل الوادي حادثة التفجير»)
    assert speaker_of("واستنكر سماحة المفتي الشيخ سامر بن عبدالله آل الوادي حادثة التفجير، وقال إن الشهداء في الجنة.",
                      "الشهداء").endswith("ال الوادي")          # (normalised: آل → ال)
    # «مصدر مسؤول …، فضل عدم ذكر اسمه»: no name after the comma of an unnamed source
    sp = speaker_of("وقال مصدر مسؤول في وزارة الداخلية في حكومة إقليم الوادي، فضل عدم الكشف عن اسمه، إن الرهائن بخير.",
                    "الرهائن")
    assert sp.startswith("مصدر مسؤول") and "فضل" not in sp
    # a phrase cut before more of a name is not an accused object: «تصف الشيف فلانة برويا …»
    assert "سامية" in (speaker_of("«المهنة صعبة»، هكذا تصف الشيف سامية برويا طبيعة عملها، وتؤكد أن الرهائن بخير.",
                                  "الرهائن") or "")


def test_bodies_and_sources_speak_after_an_accusing_verb():
    # «اتهمت منظمة دولية الجيش بـ…»: a body opens the phrase, so it speaks
    assert speaker_of("اتهمت منظمة دولية قوات الجيش بارتكاب جرائم ضد الرهائن.", "الرهائن").startswith("منظمة دولية")


def test_a_sheikh_after_a_ministry_is_a_person_and_a_title_after_a_long_name_is_its_role():
    # «وزير الخارجية الشيخ فلان بن فلان آل فلان»: not a body named after a sheikh («مركز الملك سلمان» is one)
    assert split_speaker("وزير الخارجية الشيخ سامر بن راشد آل الوادي") == ("سامر بن راشد آل الوادي", "وزير الخارجية الشيخ")
    # a title after a name with بن/آل is its role
    assert split_speaker("الأمير سامر بن راشد آل الوادي رئيس الوزراء") == ("سامر بن راشد آل الوادي", "الأمير رئيس الوزراء")


def test_tatweel_is_no_part_of_a_role():
    # «لـمركز» and «لمركز» print as one role, so `framing sources` counts them together
    assert split_speaker("المتحدث الرسمي لـمركز الوادي للإغاثة سامر الفلاني") == \
        split_speaker("المتحدث الرسمي لمركز الوادي للإغاثة سامر الفلاني")


def test_a_name_before_a_statement_setting_and_an_unnamed_source_before_whom_it_told():
    # «وقال الناطق باسم الجهاز سامر النجار في حديث لـ«الصحيفة» إن …»: the name, without «في حديث»
    assert speaker_of("وقال الناطق باسم الجهاز سامر النجار في حديث لـ«الصحيفة» إن الهجوم على الرهائن فشل.",
                      "الرهائن") == "الناطق باسم الجهاز سامر النجار"
    # an unnamed source keeps the words that describe it, not whom it told
    assert speaker_of("وقالت مصادر مطلعة لـ«الصحيفة» إن الرهائن بخير.", "الرهائن") == "مصادر مطلعة"
    assert speaker_of("وقالت مصادر قريبة الصلة من قادة الجبهة إن الرهائن بخير.", "الرهائن") == \
        "مصادر قريبة الصلة من قادة الجبهة"


def test_anonymous_source_is_not_a_verb_of_saying():
    """«مصادر طلبت عدم كشف هوياتها أن …»: the request not to be named is part of the source's
    description, neither a verb of saying of its own nor part of the speaker phrase."""
    text = ("وأوضح مصدر أمني لوكالة النهار أن المهاجم تسلل إلى الساحة. وذكرت ثلاثة مصادر في الشرطة طلبت عدم "
            "كشف هوياتها أن حصيلة القتلى بلغت عشرين.")
    assert speaker_of(text, "القتلى").startswith("ثلاثة مصادر")
    assert speaker_of("وقال مسؤول طلب عدم الكشف عن اسمه إن الأسرى بخير.", "الأسرى") == "مسؤول"


def test_speaker_named_after_the_quotation_with_hakadha():
    """«"…"، هكذا يؤكد الخبير فلان»: the speaker named after the quotation, «هكذا» between."""
    text = ("وقال الوزير سامر إن الوضع هادئ. «هناك هجمة شرسة على الأسرى في المنطقة كلها ولا بد من مواجهتها»، "
            "هكذا يؤكد الخبير الأمني ماهر الوادي.")
    assert "ماهر الوادي" in speaker_of(text, "الأسرى")


def test_subject_between_a_verb_and_its_object_before_the_verb_of_saying():
    """«وتعرض أبو سامر لقضية المصالحة، وقال إن …»: the speaker is the name, not the clause with its verb."""
    text = "وتعرض أبو سامر لقضية المصالحة وقال إن الأسرى سيعودون قريبا."
    assert speaker_of(text, "الأسرى") == "ابو سامر"
    other = "وأنذر أشقاءه المتبقين فداء للوطن وقال إن الأسرى سيعودون."
    assert speaker_of(other, "الأسرى") != "أشقاءه المتبقين"       # an object, not a titled subject


def test_nearest_mention_keeps_al_and_abu_with_the_name():
    """In a long quotation the speaker is his last mention before the match, found by «آل مبارك»
    together: «مبارك» alone is another word («العيد مبارك»)."""
    text = ("وقال الشيخ سالم آل مبارك: «نحن نعمل منذ سنوات طويلة في هذا المجال ونرى أن العيد مبارك على الجميع، "
            "ونأمل أن يعود الأسرى إلى بيوتهم قريبا»")
    assert "ال مبارك" in speaker_of(text, "الأسرى")


def test_quoted_one_after_a_relative_clause_and_an_unclosed_mark():
    """«ونقل المحامي عن فلان، الذي زاره …، قوله: …» gives the one quoted (guide §4), across the relative
    clause; «قوله " إن …» with a mark that never closes is still his indirect speech."""
    text = ('ونقل محامي نادي الأسرى عن سامر الذي زاره أمس الأحد في سجن "الوادي"، قوله: إن عنوان التصعيد '
            "سيكون مطالب الأسرى العامة.")
    assert speaker_of(text, "الأسرى") == "سامر"
    unclosed = 'ونقلت وكالة الأنباء عن صاحب المبنى سامر أبو ماهر قوله " إن جرافات الاحتلال داهمت المبنى فجرا'
    norm = normalize(unclosed, lower=True)
    voice, sp, _verb = voice_spans(norm).at(norm.find("الاحتلال"))
    assert voice == "reported" and "ابو ماهر" in norm[sp[0]:sp[1]]
    other = 'وأضاف يقول " بالصبر يغلب المرء خصمه ويعود الأسرى'
    assert voice_spans(normalize(other, lower=True)).at(0)[0] == "own"   # the verb stays the outlet's


def test_a_verb_inside_a_that_clause_speaks_in_the_outer_speakers_words():
    """«وأشار الكاتب إلى أن الحكومة حذرت الجماعة من …»: the words after the inner verb are still the
    writer's (guide §5.5, nested speech), not the inner subject's nor its object's."""
    text = "وأشار الكاتب سامر الوادي إلى أن الحكومة حذرت الجماعة المسلحة من أنها سترد على أي هجوم."
    assert speaker_of(text, "هجوم") == "الكاتب سامر الوادي"
    text = "وأعلن رئيس الوزراء ماجد النهري أن نتائج التحقيق تفيد بأن الجماعة تقف وراء الهجوم."
    assert speaker_of(text, "الهجوم") == "رئيس الوزراء ماجد النهري"
    # a verb after a clause opener or a comma is a statement of its own
    text = "وكان الوزير يلمح إلى قادة الجماعة، قال جهاز الأمن إنهم أسرى سابقون."
    assert speaker_of(text, "أسرى") == "جهاز الامن"


def test_a_name_between_commas_after_a_titled_phrase_and_its_adjunct():
    """«أكد المتحدث باسم الجبهة بمحافظة الوادي، سامر النجار، أن …»: the name between the commas ends the
    speaker phrase (the بـ-word is the title's adjunct, not the verb's noun complement)."""
    text = "من جانبه، أكد المتحدث باسم جبهة الساحل بمحافظة الوادي، سامر النجار، أن المسلحين خطفوا عددا من الرهائن."
    assert speaker_of(text, "الرهائن").endswith("سامر النجار")
    text = ("بدوره، قال القيادي في حزب الوادي، وقائد قوات الحرس في محور غرب النهر، زعيم علي، لـ«الصحيفة» إن "
            "الحرب على الجماعة ستطول. وأضاف «لا يمكن أن نقبل بهذا، وقد عرضنا على الجميع أن يتحملوا مسؤولية الحرب»")
    assert speaker_of(text, "الحرب").endswith("زعيم علي")     # (not «على» found again as «علي»)


def test_a_subject_written_before_its_verb_after_kana_or_amma():
    """«أما السفير فلان أدان الحادث …», «وكان فلان، طالب الوزير بأن …»: the subject stands before the verb,
    so the phrase after it is its object, and a later verb without a subject carries the subject."""
    text = ("أما السفير سامر الوادي أدان الحادث الذي استهدف المصلين. وقال في بيان: أدين التفجير، "
            "مضيفا: قلبي مع ذوي الضحايا")
    assert speaker_of(text, "الضحايا") == "السفير سامر الوادي"
    text = "وكان الخطيب، طالب الوزير بأن يكون أكثر جرأة. وقال في خطبته إن البلد يواجه حربا ضد الإرهاب."
    assert speaker_of(text, "الإرهاب") == "الخطيب"
    # a prepositional phrase after «أما» is no subject: the name after the verb speaks
    assert speaker_of("أما بشأن الملف، فاعتبر سامر «هذا الملف يخص الرهائن وحدهم»", "الرهائن") == "سامر"


def test_the_talk_is_still_the_officials():
    """«-والحديث ما زال للمسؤول في السلطة-»: the words around the aside are that official's, and a later
    «وبحسبه» points back to him."""
    text = ("وقال عضو اللجنة سامر الوادي إن الوضع صعب. وأشار مسؤول في السلطة إلى أن الأمن مستتب. ومن أجل ذلك "
            "-والحديث ما زال للمسؤول في السلطة- وضعت الأجهزة خطة كاملة. وبحسبه، فإن الخطة لا تهمل تهديدات الفصائل.")
    assert "مسؤول في السلطة" in speaker_of(text, "الفصائل")
    assert "مسؤول في السلطة" in speaker_of(text, "الأجهزة")


def test_an_aside_on_the_source_keeps_the_verbs_subject():
    """«قال المسؤول فلان، حسب ما نقلت عنه وكالة …، إن …، نافيا …»: the official speaks; the agency that
    carried his words is an aside, not the speaker of his statement or of his participle."""
    text = ("من جهته قال المسؤول الإعلامي في السفارة سامر الوادي، حسب ما نقلت عنه وكالة النهر للأنباء، إن ثلاثة "
            "مواطنين بخير، نافيا بذلك معلومات اعتبرتهم محتجزين في الفندق.")
    assert speaker_of(text, "محتجزين").endswith("سامر الوادي")
    assert speaker_of(text, "مواطنين").endswith("سامر الوادي")
    other = text.replace("حسب ما نقلت", "على ما نقلت")                   # «على ما» is the same aside
    assert speaker_of(other, "مواطنين").endswith("سامر الوادي")


def test_a_plural_verb_after_commas_speaks_for_the_subject_of_the_singular_verb_before():
    """«…، ورفع الصحفيون الأعلام، وأحرقوا العلم، ودعوا لمقاطعة …»: a verb in وا has a pronoun subject; the
    noun phrase after «ورفع» (singular verb, subject after it) is the one who calls."""
    text = ("تظاهر عشرات الصحفيين أمس، احتجاجا على الجريمة، ورفع الصحفيون أمام نقابتهم أعلام البلاد، "
            "وأحرقوا علم الجيش، ودعوا لمقاطعة الجيش المحتل.")
    assert speaker_of(text, "المحتل") == "الصحفيون"


def test_a_verb_inside_a_carried_speech_takes_the_carried_speaker():
    """«وقال فلان إن … . وأشار إلى أن هذه الفئة تسعى …، تدعي الجهاد …»: the inner verb is part of a speech
    whose speaker is carried from the sentence before; it takes that speaker, not none."""
    text = ("وقال الشيخ سامر الوادي المتحدث باسم المجلس، إن هذا العمل إجرامي. وأشار إلى أن هذه الفئة تسعى "
            "لإضعاف الأمة، تدعي الجهاد بعمليات تقتل الأبرياء.")
    assert "سامر الوادي" in speaker_of(text, "تدعي")


def test_an_adverb_or_a_thing_in_ta_is_no_speaker():
    """«وقال صراحة إن …»: an adverb; the speaker named before goes on."""
    assert speaker_of("قال الوزير سامر الخالدي إن الوضع صعب. وقال صراحة إن الرهائن بخير.", "الرهائن") == "الوزير سامر الخالدي"


def test_an_imam_named_after_a_place_is_carried_to_his_honorific():
    """«وفي مدينة النهر تحدث فضيلة إمام وخطيب جامع النهر الشيخ سامر الوادي عن …. وبين فضيلته أن …»: the place before
    the verb does not hide the titled subject, and «إمام» after «فضيلة» is the imam (not «أمام», before)."""
    text = ("وقال الدكتور سالم الفهد إن الصبر واجب. وفي مدينة النهر تحدث فضيلة إمام وخطيب جامع النهر الشيخ سامر الوادي "
            "عن الرحمة. وبين فضيلته أن الرهائن أمانة.")
    assert "سامر الوادي" in speaker_of(text, "الرهائن")


@pytest.mark.parametrize("text, word, expected", [
    ("وزير الداخلية يؤكد أن الرهائن بخير", "الرهائن", "وزير الداخلية"),
    ("وزارة الصحة تعزي أسر الشهداء", "الشهداء", "وزارة الصحة"),
    ("وكيل الجامعة يدين الاعتداء على الرهائن", "الرهائن", "وكيل الجامعة"),
])
def test_a_title_in_waw_opens_a_headline_subject(text, word, expected):
    """«وزير/وزارة/وكالة/وكيل …» open with the letter of «و»: the title itself, not «و» + a word, so a headline
    subject before its verb keeps it (not «الداخلية يؤكد …», and «… تعزي أسر الشهداء» is the ministry's words)."""
    norm = normalize(text, lower=True)
    voice, _sp, _verb = voice_spans(norm).at(norm.rfind(normalize(word, lower=True)))
    assert voice == "reported" and speaker_of(text, word) == normalize(expected, lower=True)


@pytest.mark.parametrize("text, word, expected", [
    ("وقال الأطباء إن الرهائن بخير.", "الرهائن", "الأطباء"),
    ("وأكد الأكراد أن الرهائن بخير.", "الرهائن", "الأكراد"),
    ("وقال الأعضاء: الرهائن بخير.", "الرهائن", "الأعضاء"),
    # «الذين» follows people: the participle's subject before a relative clause
    ("واحتشد الأكراد الذين يقيمون في الوادي، معبرين عن تضامنهم مع الرهائن.", "الرهائن", "الأكراد"),
])
def test_a_broken_plural_afaal_is_a_subject_not_a_verbal_noun(text, word, expected):
    """Without hamzas the plural أفعال (الأطباء، الأكراد) has the letters of the verbal noun إفعال (الإفراج): it is
    the subject when its form without ال is a speaker word or when أن/إن, a colon or «الذين» follows it."""
    assert speaker_of(text, word) == normalize(expected, lower=True)


def test_a_verbal_noun_after_the_verb_is_still_its_object():
    """«وأكد فلان … . وأعلن الإفراج عن …»: a verbal noun إفعال is no subject (the speaker is carried)."""
    text = "وقال الوزير سامر الوادي إن المفاوضات مستمرة. وأكد الإصرار على الإفراج عن الرهائن."
    assert "سامر الوادي" in speaker_of(text, "الرهائن")


def test_a_title_first_condolence_headline_ends_its_subject_at_the_verb():
    """«نائب الأمير يصل … لتقديم العزاء»: the title opens the clause (subject–verb order), so the subject is the
    title's phrase up to the verb, not «الأمير يصل»; a name in ت after the title is no verb («الأمير تركي»)."""
    assert speaker_of("نائب الأمير يصل إلى الوادي لتقديم واجب العزاء لأسر الشهداء", "الشهداء") == "نائب الامير"
    assert speaker_of("أمير الوادي تركي بن سالم يقدم العزاء لأسر الشهداء", "الشهداء") == "امير الوادي تركي بن سالم"


def test_an_item_listed_from_a_source_in_a_relative_clause():
    """«ومن بين التعويضات التي أوردتها الصحافة الجزرية زيادة …»: the rest of the sentence is one item of what the
    relative verb's subject reported; a relative clause that names no saying («المستشفى الذي نقل إليه …») reports
    nothing."""
    text = "ومن بين التعويضات التي أوردتها الصحافة الجزرية زيادة المساعدة العسكرية للرهائن والبالغة ثلاثة مليارات."
    norm = normalize(text, lower=True)
    assert voice_spans(norm).at(norm.find("للرهائن"))[0] == "reported"
    assert speaker_of(text, "للرهائن") == normalize("الصحافة الجزرية", lower=True)
    assert speaker_of("وزار الوزير المستشفى الذي نقل إليه الرهائن أمس.", "الرهائن") is None
