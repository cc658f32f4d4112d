"""Speaker rules of issue 12's eleventh pass, on sentences written for the test (fictional people and outlets;
no article text): a subject named in quotation marks right after its verb, «علي» after a title, a feminine
«وكانت X قد …» and «أول من أمس», «… خبرا قالت فيه», «بحسب قولها» pointing back to its clause's subject, and
حثّ as a verb of saying."""
from framing.lexicon.voice import voice_spans
from framing.text.normalize import normalize

from .helpers import BEFORE, at


def test_a_subject_named_in_quotation_marks_after_its_verb():
    """«وأعرب "فلان" عن …», «ورفع "فلان" صادق تعازيه», «وقدم "فلان" تعازي …»: an outlet's way of naming the speaker."""
    assert at(BEFORE + 'وأعرب "الوادي" عن حزنه على الضحايا في الحادث.', "الضحايا") == ("reported", "الوادي")
    assert at(BEFORE + 'ورفع "الوادي" صادق تعازيه لأسر الضحايا.', "الضحايا") == ("reported", "الوادي")
    assert at(BEFORE + 'وقدم "الوادي" تعازي القيادة لأسر الضحايا.', "الضحايا") == ("reported", "الوادي")
    # a quotation after the verb and its subject is still the speech
    assert at(BEFORE + 'وقال الوزير "الأسرى بخير جميعا" أمس.', "الأسرى") == ("quoted", "الوزير")


def test_ali_after_a_title_is_a_name():
    """«علي» is «على» (on) once normalised: after a personal title or a rank it is the name Ali."""
    assert at(BEFORE + "من جانبه، قال الرائد علي آل سالم من قوات الأمن: «سنثأر للشهداء».", "للشهداء") \
        == ("quoted", "الرائد علي ال سالم")
    assert at(BEFORE + "بكى الشيخ علي جمعة أثناء الخطبة وهو يتحدث عن الضحايا.", "الضحايا") \
        == ("reported", "الشيخ علي جمعة")
    assert at("وأكد الدكتور على ضرورة حماية الأسرى.", "الأسرى") == ("reported", "الدكتور")   # (the preposition)


def test_a_feminine_fronted_subject_and_the_day_before_yesterday():
    """«وكانت المنظمة قد أشارت أول من أمس إلى أن …»: the subject before the verb speaks, «أول» is no speaker."""
    text = BEFORE + "وكانت المنظمة الدولية قد أشارت أول من أمس إلى أن الأزمة انتهت."
    assert at(text, "الأزمة") == ("reported", "المنظمة الدولية")
    text = BEFORE + "وكانت هناك دعوات تؤكد أن الأزمة انتهت."
    assert at(text, "الأزمة")[1] != "هناك دعوات"


def test_a_verb_of_saying_in_a_news_item_takes_its_publisher():
    """«ونشرت القناة خبرا قالت فيه إن …»: who published the item speaks (as «أصدر بيانا قال فيه»)."""
    text = BEFORE + "ونشرت القناة مساء أمس «خبرا عاجلا» على شاشتها قالت فيه إن عشرات القتلى سقطوا."
    assert at(text, "القتلى") == ("reported", "القناة")
    text = BEFORE + "وبعثت الجمعية مذكرة إلى الحكومة طالبت فيها بالإفراج عن الأسرى."
    assert at(text, "الأسرى") == ("reported", "الجمعية")


def test_according_to_her_points_back_to_the_subject_of_its_clause():
    """«أطلقت الفصائل القذائف، ردا، بحسب قولها، على …»: the pronoun is the clause's subject, of the same gender."""
    text = BEFORE + "وأطلقت الفصائل القذائف على البلدات، ردا، بحسب قولها، على تعرض البلدة لهجوم."
    voice, sp = at(text, "لهجوم")
    assert voice == "reported" and sp.startswith("الفصائل")
    text = BEFORE + "وشاهد الشاب حادثا مروعا أودى بحياة صديقه بحسب قوله."
    assert at(text, "بحياة") == ("reported", "الشاب")
    text = BEFORE + "وأطلق الجنود القذائف على البلدات، ردا، بحسب قولها، على تعرض البلدة لهجوم."
    assert at(text, "لهجوم")[1] != "الجنود"               # (a masculine verb: «قولها» is someone else)


def test_a_body_named_in_quotes_before_a_day_and_that():
    """«وأعلنت «اللجنة الوطنية للإغاثة» أمس، أن …»: the body in quotes is the subject; «وعلق الشيخ على ذلك» keeps «on»."""
    text = BEFORE + "وأعلنت «اللجنة الوطنية للإغاثة» أمس، أن عدد الضحايا ارتفع."
    assert at(text, "الضحايا") == ("reported", normalize("اللجنة الوطنية للإغاثة", lower=True))
    text = BEFORE + "وعلق الشيخ على ذلك بالقول: «الأسرى بخير»."
    assert at(text, "الأسرى") == ("quoted", "الشيخ")


def test_an_honorific_points_to_the_name_not_to_the_office():
    """«قدم الأمير فلان بن فلان وزير الحرس …. ودعا سموه …»: the later mention searched is the name («… بن فلان»),
    not the last word of the office, which a unit of the same body repeats."""
    text = ("قدم الأمير سالم بن فهد بن سعود وزير الحرس الوطني تعازيه لوالد الجندي من منسوبي الحرس الوطني.\n"
            "ودعا سموه في اتصال هاتفي أن يتقبل الفقيد في الشهداء.")
    voice, sp = at(text, "الشهداء")
    assert voice == "reported" and "فهد بن سعود" in sp


def test_a_participle_after_a_news_lead_speaks_for_its_subject():
    """«شككت قيادات قبلية في …، مؤكدة أن …»: a lead opening with a verb without و, of the participle's gender."""
    text = "شككت قيادات قبلية في التزام الجماعة بالهدنة، مؤكدة أن الجماعة ستستغلها بعد الضربات الموجعة."
    assert at(text, "الضربات") == ("reported", "قيادات قبلية")
    text = "شكك الناس في التزام الجماعة بالهدنة، مؤكدة أن الجماعة ستستغلها بعد الضربات الموجعة."
    assert at(text, "الضربات")[1] != "الناس"              # (a masculine verb: not the feminine participle's subject)


def test_a_condolence_after_a_long_title_and_boilerplate():
    """The title of a condolence may stand after other words (a share line) if it is at most fourteen words before
    the condolence noun; a comma-less page stays linear (each clause is read over its last 400 characters)."""
    text = ("شارك من خلال تويتر اكتب رأيك رفع صاحب السمو الأمير سالم بن فهد بن سعود أمير منطقة الوادي التعازي "
            "باسمه لأسر الشهداء.")
    voice, sp = at(text, "الشهداء")
    assert voice == "reported" and sp.startswith(normalize("صاحب السمو الأمير سالم", lower=True))
    long_text = "وقدم الأمير فلان تعازيه لأسر الضحايا و" * 1200      # (about 45,000 characters, no comma)
    assert voice_spans(normalize(long_text, lower=True))          # (finishes: no quadratic scan)


def test_a_country_after_a_definite_subject_is_the_object():
    """A definite noun takes no genitive: «وطالب الوزير إسرائيل بوقف …» → the minister speaks, إسرائيل is what he asks
    of (reported, guide §5.1); «رئيس وزراء الوادي» (an indefinite head) keeps the place in the title."""
    text = "وحمّل الأمين العام إسرائيل المسؤولية الكاملة عن تبعات الاعتداءات."
    assert at(text, "إسرائيل") == ("reported", normalize("الأمين العام", lower=True))
    assert at("وطالب الوزير إسرائيل بوقف الاستيطان.", "إسرائيل") == ("reported", "الوزير")
    text = "وأشار خبير الشؤون العسكرية في الشرق الأوسط والخليج سامر الوادي إلى أن الأسرى بخير."   # (و + place)
    assert at(text, "الأسرى")[1].endswith("سامر الوادي")
    text = "وقال رئيس وزراء إسرائيل إن الأسرى بخير."
    assert at(text, "الأسرى") == ("reported", normalize("رئيس وزراء إسرائيل", lower=True))


def test_a_titled_name_after_a_comma_and_about_this():
    """«قال المتحدث باسم أهالي المخطوفين، الشيخ فلان الفلاني: …»: the person named after a comma and a personal
    title is in the speaker's phrase; «وقال بهذا الخصوص إن …» names no one (the speaker named before speaks)."""
    text = BEFORE + "بدوره، قال المتحدث باسم أهالي المختطفين، الشيخ سامر الوادي: لم نتلق أي رد بشأن المخطوفين."
    voice, sp = at(text, "المخطوفين")
    assert voice == "reported" and sp.endswith(normalize("الشيخ سامر الوادي", lower=True))
    text = BEFORE + "وأضاف الوزير أن الاتفاق صعب، وقال بهذا الخصوص إن «هذه محاولة لسرقة حقوق الشهداء»."
    assert at(text, "الشهداء") == ("quoted", "الوزير")


def test_a_colon_glued_to_the_next_word_ends_the_speaker():
    """«وقال المدير:»كل ما نعرفه …»»: the speaker's phrase ends at the colon (before: «المدير:»كل»)."""
    text = "وقال المدير:»كل ما نعرفه أن الطالب من المتميزين، ونتقدم بالعزاء لأسرة الضحية».وذكر أن الحادث الأول."
    assert at(text, "الضحية") == ("quoted", normalize("المدير", lower=True))
