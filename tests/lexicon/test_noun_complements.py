"""Noun complements of verbs of saying, directing and condolence (guide §3.2 rule 3, §5.1, §5.6), on sentences written
for the test (fictional people, places and outlets; no article text): what the speaker offers, demands or directs is
theirs (`reported`), the speaker and the verb are the outlet's."""
from .helpers import BEFORE, at


def test_condolence_offered_as_al_azaa_is_reported():
    """«لتقديم (واجب) العزاء لذوي …» offers condolences as «تعازيه» does (guide §5.6); the speaker is the one who
    offers them, the relative clause that describes the deaths stays the outlet's."""
    text = ("وصل الأمير سامر بن فهد إلى منطقة الوادي مساء اليوم لتقديم واجب العزاء والمواساة لذوي الشهداء "
            "الذين سقطوا في الهجوم.")
    voice, speaker = at(text, "الشهداء")
    assert voice == "reported" and "سامر بن فهد" in speaker
    assert at(text, "الهجوم") == ("own", None)
    text = "وقدم الوزير سالم الناصر العزاء لأسر الضحايا في قرية النهر."
    voice, speaker = at(text, "الضحايا")
    assert voice == "reported" and "سالم الناصر" in speaker


def test_condolence_raised_past_an_aside_is_reported():
    """«ورفع فلان، في ختام كلمته، أصدق العزاء لذوي …»: رفع offers the condolence as قدم does, and an aside between
    commas that opens with a preposition does not close the clause (guide §5.6); a received one stays own."""
    text = "ورفع العميد سامر الوادي، في ختام كلمته، أصدق العزاء والمواساة لذوي الشهداء في قرية النهر."
    assert at(text, "الشهداء")[0] == "reported"
    assert at("ورفع العميد سامر الوادي أصدق العزاء لذوي الشهداء.", "الشهداء")[0] == "reported"
    assert at("وتقبلت أسرة سامر، في منزلها، العزاء في الشهداء.", "الشهداء") == ("own", None)


def test_a_plural_verb_of_four_letters_has_no_subject_after_it():
    """«حيث دعوا للشهداء والمصابين»: دعوا is plural (its subject is before it, a pronoun), so «والمصابين» after the
    لـ-object is no subject, and the لـ-object is what they called (prayed) for (guide §5.1, §5.6)."""
    text = "وتفاعل المتابعون مع الحادث في مواقع التواصل، حيث دعوا للشهداء والمصابين، واستنكروا الهجوم."
    assert at(text, "للشهداء")[0] == "reported"


def test_condolences_received_or_a_mourning_place_are_own():
    """«تقبل العزاء» (the family receives), «بيت العزاء» (a place) offer nothing: the outlet's words."""
    assert at("وتقبلت أسرة الشهيد العزاء في منزلها بحي النهر.", "الشهيد") == ("own", None)
    assert at("وتوافد المواطنون إلى بيت العزاء لمواساة أسر الشهداء في القرية.", "الشهداء") == ("own", None)


def test_a_directive_with_its_ba_complement_is_reported():
    """«وجّه الأمير فلان (الجهات المعنية) بـ…»: what is directed is the directive's content (guide §3.2 rule 3), the
    titled subject speaks; a relative clause describing the deaths stays the outlet's."""
    text = ("وجه الأمير سامر بن فهد أمير منطقة الوادي، اليوم، الجهات المعنية بتسمية شوارع المدينة بأسماء الشهداء "
            "الذين سقطوا في الهجوم.")
    voice, speaker = at(text, "الشهداء")
    assert voice == "reported" and "سامر بن فهد" in speaker
    assert at(text, "الهجوم") == ("own", None)


def test_directing_a_blow_or_a_ball_is_no_directive():
    """«وجه» with no titled subject right after it (a strike, a ball, a face) directs nothing said."""
    assert at("وجه الجيش ضربة قوية بالصواريخ إلى مواقع الجماعة في القرية.", "ضربة") == ("own", None)
    assert at("ووجه اللاعب الكرة برأسه نحو المرمى بعد الهجوم.", "الهجوم") == ("own", None)


def test_a_directive_after_its_titled_subject_in_a_headline():
    """«أمير المنطقة يوجه بتسمية …» (a headline's subject–verb order): a title of six words at most opens the sentence
    right before the verb and a verbal noun in بـ follows it: the directive reports it, the title speaks; not a ball
    («المدرب يوجه بالكرة …»: no verbal noun)."""
    voice, speaker = at("أمير منطقة الوادي يوجه بتسمية الشوارع بأسماء الشهداء", "الشهداء", title=True)
    assert voice == "reported" and "منطقة الوادي" in speaker
    assert at("ولي العهد يوجه بمعاملة الجرحى معاملة الشهداء", "الشهداء", title=True)[0] == "reported"
    assert at("المدرب يوجه بالكرة نحو مرمى الهجوم", "الهجوم", title=True) == ("own", None)


def test_the_reason_given_after_a_directive_is_own():
    """«…، تضامنا مع …» after the directive is the outlet's account of why (its narration)."""
    text = "وجه الأمير سامر بن فهد بإيقاف احتفالات المهرجان، تضامنا مع أسر الشهداء في القرية."
    assert at(text, "المهرجان")[0] == "reported"
    assert at(text, "الشهداء") == ("own", None)


def test_the_one_who_arrives_to_offer_condolences_past_a_blessing_formula():
    """«وصل - بحفظ الله ورعايته - الأمير فلان … لتقديم واجب العزاء لذوي …»: the formula after the verb does not hide its
    titled subject, who offers the condolences."""
    text = ("وصل - بحفظ الله ورعايته - صاحب السمو الأمير سامر بن فهد إلى الوادي مساء اليوم لتقديم واجب العزاء "
            "لذوي الشهداء.")
    voice, speaker = at(text, "الشهداء")
    assert voice == "reported" and "سامر بن فهد" in speaker


def test_an_occurrence_announced_is_reported():
    """«أعلن الجيش مقتل …», «أعلنت الجماعة (عن) تنفيذ الهجوم»: a death, an attack carried out or an arrest announced is
    a fact on the announcer's word (guide §5.1), also when the subject phrase would run on into it."""
    voice, speaker = at("وأعلنت قوات الجزيرة أمس تنفيذ عشر غارات على مواقع الجماعة.", "غارات")
    assert voice == "reported" and "قوات الجزيرة" in speaker
    voice, speaker = at("وأعلن جيش الوادي عن مقتل ثلاثة من الرهائن في القرية.", "الرهائن")
    assert voice == "reported" and "جيش الوادي" in speaker


def test_a_programme_announced_stays_own():
    """A decision or programme announced (coders: own) stays the outlet's; so does a negated announcement (a claim of
    responsibility is reported: the test below)."""
    assert at("وأعلن الوزير إطلاق برنامج لرعاية أسر الشهداء.", "الشهداء") == ("own", None)
    assert at("ولم يعلن الجيش مقتل الرهائن في القرية.", "الرهائن") == ("own", None)


def test_an_occurrence_announced_needs_its_subject_and_ends_before_another_speaker():
    """A passive «فقد أعلن مرارا عن وفاته» names no announcer (own); an announcement ends before a later clause after a
    comma that opens with a verb of saying («…، قال فلان»: his own statement, not inside the announcement)."""
    assert at("فقد أعلن مرارا عن وفاته منذ الهجوم على القرية.", "الهجوم") == ("own", None)
    text = "وفيما أعلنت الوزارة عن استشهاد ثلاثة من الجنود، قال المتحدث سالم الناصر إن الهجوم فشل."
    assert at(text, "قال") == ("own", None)
    voice, speaker = at(text, "الجنود")
    assert voice == "reported" and "الوزارة" in speaker


def test_a_claim_of_responsibility_reports_the_act_claimed():
    """«أعلن X مسؤوليته عن الهجوم», «تبنت X (في بيان …) الهجوم», «أعلنت X تبنيها للهجوم»: the act claimed is the
    claimant's words (guide §5.1), the claimant speaks; a relative clause or a verb of the act's outcome after it is
    the outlet's description of the act."""
    text = "وأعلن تنظيم الوادي مسؤوليته عن الهجوم الذي أسفر عن مقتل خمسة أشخاص في السوق."
    voice, speaker = at(text, "الهجوم")
    assert voice == "reported" and speaker == "تنظيم الوادي"
    assert at(text, "مقتل") == ("own", None)
    text = "وتبنت الجماعة في بيان نشرته على موقعها الهجوم على مركز الشرطة."
    assert at(text, "الهجوم") == ("reported", "الجماعة")
    assert at("وتبنت الجماعة أمس الهجوم على المركز.", "الهجوم") == ("reported", "الجماعة")   # (a time before the act)
    assert at("وتبنت الجماعة يوم الخميس الماضي الهجوم على المركز.", "الهجوم") == ("reported", "الجماعة")
    assert at("وتبنت الجماعة مساء الخميس الهجوم على المركز.", "الهجوم") == ("reported", "الجماعة")   # (يوم/مساء + a day)
    assert at("وأعلنت الحركة تبنيها للتفجير في ساحة النهر.", "للتفجير") == ("reported", "الحركة")
    assert at("ويومها تبنى الهجوم تنظيم الواحة عبر موقعه.", "الهجوم") == ("reported", "تنظيم الواحة")
    text = "وأعلنت الجبهة مسؤوليتها عن هجوم أوقع عشرين قتيلا في القرية."
    assert at(text, "هجوم")[0] == "reported" and at(text, "قتيلا") == ("own", None)


def test_no_claim_when_denied_adopted_or_only_in_a_relative_clause():
    """A negated verb claims nothing; «تبنى» of a law or a policy adopts (the act named later is no object of it);
    a claim in a relative clause ends with the act, the main clause goes on in the outlet's words."""
    assert at("ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.", "الهجوم") == ("own", None)
    assert at("ولم تتبن أي جماعة الهجوم على القرية.", "الهجوم") == ("own", None)
    assert at("وتبنى البرلمان القانون الجديد بعد الهجوم على القرية.", "الهجوم") == ("own", None)
    assert at("وتبنى البرلمان يوم الخميس القانون بعد الهجوم على القرية.", "الهجوم") == ("own", None)
    assert at("وتبنى مجلس الأمن أمس قرارا بشأن الهجمات على المدنيين.", "الهجمات") == ("own", None)
    text = "وشنت حركة الوادي التي أعلنت مسؤوليتها عن التفجير هجمات متكررة في العاصمة."
    assert at(text, "التفجير") == ("reported", "حركة الوادي")
    assert at(text, "هجمات") == ("own", None)


def test_a_directive_with_its_subject_before_it_is_reported():
    """«الأمير فلان يوجه بمعاملة …» (a headline), «وكان الأمير قد وجه بـ…»: a verb of directing whose first word is a
    verbal noun in بـ directs, its subject before it (guide §3.2 rule 3); a bare «وجه» before an adjective is a face."""
    voice, speaker = at("الأمير سامر بن فهد يوجه بمعاملة الأسرى معاملة حسنة", "الأسرى")
    assert voice == "reported" and "سامر بن فهد" in speaker
    assert at("وكان الأمير سامر قد وجه بإطلاق سراح الأسرى في القرية.", "الأسرى")[0] == "reported"
    assert at("وكانت الهيئة وجهت بإطلاق سراح الأسرى في القرية.", "الأسرى")[0] == "reported"
    assert at("وجه بشوش استقبل الأسرى في القرية.", "الأسرى") == ("own", None)
    assert at("لعل معالي الوزير يوجه بمعاملة الأسرى معاملة حسنة.", "الأسرى") == ("own", None)   # a wish
    assert at("وكان المهرجان قد رفض الطلب حين ووجه باحتجاج الأسرى في القرية.", "الأسرى") == ("own", None)   # وُوجِه


def test_the_dead_mourned_are_reported_and_their_deaths_described_own():
    """«ونعت الحركة (في بيان) الشهداء …»: what a mourning names is its statement (guide §5.1); a relative clause that
    describes the deaths stays the outlet's, as after a condolence; «نعت» alone (an epithet) is no verb, nor «نعي» before
    أن (the masculine past and «we realise» are one word once normalised: it mourns only where a clause opens)."""
    text = "ونعت حركة الفجر في بيان الشهداء الذين سقطوا في الهجوم على القرية."
    voice, speaker = at(text, "الشهداء")
    assert voice == "reported" and "حركة الفجر" in speaker
    assert at(text, "الهجوم") == ("own", None)
    text = "الجامعة العربية تنعى سامر الوادي الذي توفي في قصف المستوطنين"     # a headline, subject first
    assert at(text, "سامر")[0] == "reported" and at(text, "المستوطنين") == ("own", None)
    assert at("وجاء نعت الشهداء بالأبطال في قصيدة سامر.", "الشهداء") == ("own", None)
    assert at("ليتنا نعي أن الأسرى بشر مثلنا.", "الأسرى") == ("own", None)      # نعي: we realise
    assert at("ومن هذه الأساليب نعت الأسرى بالغباء أو أنهم كسالى.", "الأسرى") == ("own", None)   # a verbal noun


def test_what_is_complained_of_is_reported():
    """«واشتكى الأهالي من …» (past): the complaint is what they said (guide §5.1); the present complains of pain or
    asks rhetorically («تشتكي من رأسها», «لماذا تشتكي من …»): the outlet's words."""
    voice, speaker = at("واشتكى أهالي قرية النهر من اعتداءات المستوطنين على المزارع.", "المستوطنين")
    assert voice == "reported" and "قرية النهر" in speaker
    assert at("وكانت الطفلة تشتكي من رأسها بعد الهجوم على القرية.", "الهجوم") == ("own", None)


def test_the_object_before_a_ba_complementiser_is_reported():
    """«ووصف فلان الهجوم بأنه …»: the object of a verb whose complement can be a noun phrase is what it describes, part of
    the speech as before a preposition (guide §5.1); the one told before «بأن» (أبلغ، أخبر) is not."""
    voice, speaker = at("ووصف رئيس الوزراء سامر الوادي الهجوم بأنه جريمة كراهية.", "الهجوم")
    assert voice == "reported" and "سامر الوادي" in speaker
    assert at("وأبلغ رئيس الوزراء سامر الوادي الرهائن بأنهم أحرار.", "الرهائن")[0] == "own"


def test_an_occurrence_announced_with_a_possessive_is_reported():
    """«وكانت القيادة قد أعلنت في بيان لها أمس استشهادهم …»: the verbal noun of a death with a pronoun (استشهادهم،
    إصابته) is the occurrence announced as without one (guide §5.1), spoken by the announcer."""
    voice, speaker = at("وكانت قيادة قوات الوادي قد أعلنت في بيان لها أمس استشهادهم أثناء الهجوم على القرية.", "الهجوم")
    assert voice == "reported" and "قوات الوادي" in speaker
    assert at("وكان سامر قد أعلن مرارا عن وفاته في الهجوم.", "الهجوم") == ("own", None)   # (no announcer)


def test_a_death_confirmed_is_the_speech_even_when_the_subject_phrase_runs_on():
    """«وأكدت مصادر ميدانية مصرع عشرات المسلحين»: a verbal noun of a death after a complete subject is the verb's object
    (what is confirmed or revealed), not part of the subject's name; right after the subject it wins over a later أن
    (voice30). A death with a possessive after a noun that only looks like a verb is no object («لقي طالب مصرعه»)."""
    assert at("وأكدت مصادر ميدانية مصرع عشرات المسلحين في القرية.", "المسلحين") == ("reported", "مصادر ميدانية")
    assert at("كشفت إحصائية للمنظمة مقتل ثلاثين طفلا في البلاد.", "طفلا") == ("reported", "احصائية للمنظمة")
    text = "وأكدت وزارة الخارجية أمس مقتل أحد مواطنيها في الهجوم، إذ كتب المتحدث أن السفارة بخير."
    assert at(text, "الهجوم") == ("reported", "وزارة الخارجية")
    assert at("لقي طالب سوداني مصرعه بعد أن فجر نفسه في الهجوم.", "الهجوم") == ("own", None)
    assert at("وأكدت مصادر ميدانية أن الهجوم فشل.", "الهجوم") == ("reported", "مصادر ميدانية")


def test_the_masculine_na_a_mourned_where_a_clause_opens():
    """«كما نعى الجيش أمس شهداء الواجب»: the masculine «نعى» (normalised «نعي», also «we realise») mourns where a clause
    opens, as the other verbs that are also common words do (after و/ف, كما, a transition and its comma) (voice30);
    «علينا أن نعي أن …» stays the writer's."""
    text = "وقال الوزير إن البلاد بخير. كما نعى الجيش أمس شهداء الواجب الذين سقطوا في المعركة."
    assert at(text, "شهداء") == ("reported", "الجيش")
    assert at(BEFORE + "إلى ذلك، نعى الوزير سامر الوادي، الشهداء، داعيا لهم بالرحمة.", "الشهداء")[0] == "reported"
    assert at("علينا أن نعي أن الهجوم على القرية خطير.", "الهجوم") == ("own", None)


def test_a_death_announced_with_a_day_between_commas():
    """«أعلنت شرطة المنطقة، أمس الأحد، عن مقتل …»: a day set off by commas between the announcer and the death is no
    other punctuation (guide §5.1) (voice30); nor is an apposition between commas right before the death (voice35),
    but an aside with a quotation in it still stops the rule."""
    assert at("أعلنت شرطة الوادي، أمس الأحد، عن مقتل المطلوب سامر في الهجوم.", "الهجوم")[0] == "reported"
    assert at("أعلنت شرطة الوادي، وهي جهة أمنية، عن مقتل المطلوب سامر في الهجوم.", "الهجوم") == ("reported", "شرطة الوادي")
    text = "وأعلنت وحدات حماية الوادي، الجناح العسكري لحزب النهر (فرعه الشرقي)، عن مقتل قائد بارز خلال الهجوم."
    assert at(text, "الهجوم") == ("reported", "وحدات حماية الوادي")
    assert at("أعلنت شرطة الوادي، وهي «جهة أمنية»، عن مقتل المطلوب سامر في الهجوم.", "الهجوم") == ("own", None)
    # at most fifteen words between the commas: a sixteenth makes it a clause of its own
    aside = "وهي الجهة المسؤولة عن حفظ الأمن في المدينة والقرى المجاورة لها منذ سنوات طويلة جدا"
    assert at(f"أعلنت شرطة الوادي، {aside}، عن مقتل المطلوب سامر في الهجوم.", "الهجوم") == ("reported", "شرطة الوادي")
    assert at(f"أعلنت شرطة الوادي، {aside} مضت، عن مقتل المطلوب سامر في الهجوم.", "الهجوم") == ("own", None)


def test_a_directive_of_the_crown_prince():
    """«وجّه ولي العهد …، بمعاملة الشهداء …»: «ولي» (ولي العهد) opens the one who directs, as «صاحب السمو» does (guide
    §3.2 rule 3) (voice30)."""
    voice, speaker = at("وجه ولي العهد وزير الدفاع الأمير سامر، بمعاملة الشهداء من القوة المشاركة معاملة أبناء البلاد.",
                        "الشهداء")
    assert voice == "reported" and "ولي العهد" in speaker


def test_a_death_reported_after_the_bi_its_verb_takes():
    """«وأفاد مصدر أمني بمقتل …», «واعترف الحزب بمقتل …», «وذكرت مصادر سقوط قتلى»: the subject phrase would run on
    over the death, which is what the source reported (guide §5.1; voice35); the subject stays the speaker."""
    voice, speaker = at("وأفاد مصدر أمني في مدينة الوادي بمقتل شخص وإصابة ثمانية آخرين.", "بمقتل")
    assert voice == "reported" and speaker.startswith("مصدر امني")
    assert at("وأفادت مصادر طبية بمقتل سامر في الهجوم على القرية.", "الهجوم") == ("reported", "مصادر طبية")
    assert at("واعترف حزب النهر بمقتل اثنين من عناصره في القرية.", "بمقتل") == ("reported", "حزب النهر")
    assert at("وذكر سكان محليون سقوط قتلى وجرحى في صفوف المسلحين.", "قتلى") == ("reported", "سكان محليون")
    assert at("حزب النهر يعترف بمقتل اثنين من عناصره في القرية", "بمقتل", title=True) == ("reported", "حزب النهر")
    # a ب-phrase that is no death stays in the subject, and «ذكر» with another object reports nothing
    assert at("وذكر سكان الحي بالتفصيل ما جرى قبل الهجوم.", "الهجوم") == ("own", None)


def test_the_act_a_verb_of_condemnation_condemns_is_its_object():
    """«وأدانت الحكومة العراقية الغارات …», «وندد الأمين العام سامر بالهجوم …»: a definite act of violence after a
    verb of condemnation is what is condemned, not part of its subject (guide §5.1; voice35); right after the verb it
    leaves the verb without a subject, so the speaker is carried («وأدان الهجمات …»)."""
    assert at("وأدانت الحكومة العراقية الغارات التركية في الشمال.", "الغارات") == ("reported", "الحكومة العراقية")
    assert at("وندد الأمين العام سامر الوادي بالهجوم على الفندق.", "بالهجوم") == ("reported", "الامين العام سامر الوادي")
    assert at("وقال الوزير سامر إن البلاد بخير. وأدان الهجمات الأخيرة على القرى.", "الهجمات") == ("reported", "الوزير سامر")
    # «عمليات» names a unit in a subject («قائد العمليات»), and a verb of saying outside condemnation takes no act
    assert at("وندد قائد العمليات سامر بالهجوم على الفندق.", "الفندق") == ("reported", "قائد العمليات سامر")
    assert at("وأكد قائد العمليات سامر أن القرية آمنة بعد الهجوم.", "الهجوم") == ("reported", "قائد العمليات سامر")
    assert at("وأكد الوزير الهجمات الأخيرة مرة أخرى.", "الهجمات")[0] == "own"


def test_what_a_speaker_stresses_opens_the_speech():
    """«وأكد (الوزير) (كذلك) أهمية الحل السياسي لتسوية الأزمة … والحفاظ على …»: أهمية/ضرورة after the verb or its
    subject is what is stressed (guide §5.1; voice35), not a later «على» inside it, nor part of the subject's name."""
    text = BEFORE + "وأكد كذلك أهمية الحل السياسي لتسوية الأزمة في الوادي والحفاظ على وحدة البلاد."
    assert at(text, "الأزمة")[0] == "reported"
    text = "وأكد الوزير سامر ضرورة الحل السياسي لتسوية الأزمة في الوادي والحفاظ على وحدة البلاد."
    assert at(text, "الأزمة") == ("reported", "الوزير سامر")
    text = "وقالت وزارة العمل إن البلاد بخير. وأكدت أهمية الحل السياسي لتسوية الأزمة في الوادي."
    assert at(text, "الأزمة") == ("reported", "وزارة العمل")     # أهمية read first as the verb's subject
    # the verb negated reports nothing without أن or a colon
    assert at(BEFORE + "ولم يؤكد كذلك أهمية الحل لتسوية الأزمة في الوادي.", "الأزمة")[0] == "own"


# ------------------------------------------------------------------ what is stated opens the speech

def test_an_existence_stated_after_an_addressee_is_reported():
    """«أكد القائد لـ«الأفق» وجود أسرى …»: the addressee is the outlet's, what is confirmed is the speaker's."""
    text = "أكد قائد المنطقة الشمالية اللواء سامر الوادي لـ«الأفق» وجود أسرى بحوزة الجيش في مدينة النهر."
    voice, speaker = at(text, "أسرى")
    assert voice == "reported" and "سامر الوادي" in speaker
    assert at(text, "الأفق")[0] == "own"


def test_a_rise_stated_with_a_long_object_is_reported_from_its_start():
    """«أكدت مصادر طبية ارتفاع حصيلة ضحايا الألغام التي زرعها المسلحون إلى …»: the object runs on past a relative."""
    text = "من جهة أخرى، أكدت مصادر طبية في النهر ارتفاع حصيلة ضحايا الألغام الأرضية التي زرعها المسلحون إلى عشرة قتلى."
    voice, speaker = at(text, "ضحايا")
    assert voice == "reported" and speaker == "مصادر طبية في النهر"


# ------------------------------------------------------------------ announcements and headlines

def test_an_announcement_in_a_statement_today_reports_the_death():
    """«أعلنت قيادة القوات المشتركة … في بيان لها اليوم استشهاد …»: where and when are not the subject's words."""
    text = ("أعلنت قيادة القوات المشتركة لتحالف دعم الحكومة في الوادي في بيان لها اليوم استشهاد الرقيب سالم الناصر "
            "أثناء أداء واجبه.")
    voice, speaker = at(text, "استشهاد")
    assert voice == "reported" and speaker.startswith("قيادة القوات المشتركة")


def test_a_headline_subject_before_describes_keeps_the_object_in_the_speech():
    """«الوادي تصف مقتل طفل … بأنه …»: the death described is part of what the capital says (guide §3.2 rule 3)."""
    text = "عاصمة الوادي تصف مقتل طفل في قرية النهر بأنه هجوم وحشي"
    assert at(text, "مقتل", title=True)[0] == "reported"
    assert at(text, "عاصمة")[0] == "own"


def test_an_announcement_after_a_comma_closing_the_subject_reports_the_death():
    """«أعلن قائد العمليات اللواء فلان، مقتل …»: a comma that closes the subject does not hide what is announced."""
    text = "من ناحيته، أعلن قائد عمليات الوادي اللواء الركن سامر الناصر، مقتل أربعة مسلحين بضربة جوية شرق المدينة."
    voice, speaker = at(text, "بضربة")
    assert voice == "reported" and "سامر الناصر" in speaker


def test_a_death_admitted_after_when_it_was_admitted_is_reported():
    """«وكان الحزب أقر في منتصف الشهر بمقتل زعيمه في غارة»: the time before «بمقتل» does not hide it (guide §5.1)."""
    text = "وكان حزب الوادي أقر في منتصف يونيو بمقتل زعيمه سامر الناصر في غارة جوية."
    assert at(text, "غارة")[0] == "reported"
    text = "وكان حزب الوادي أقر في منتصف يونيو، بعد أيام من الغارة، خطة جديدة."
    assert at(text, "الغارة")[0] == "own"


def test_a_headline_subject_of_four_words_before_an_imperfect_verb():
    """«المدير العام لحرس الوادي يعزي أسر الشهيدين»: the phrase after the verb is its object, the condolence's
    addressees (guide §5.6), not its subject."""
    title = "المدير العام لحرس الوادي يعزي أسر الشهيدين الناصر والعمري"
    voice, speaker = at(title, "الشهيدين", title=True)
    assert voice == "reported" and speaker == "المدير العام لحرس الوادي"


def test_a_headline_request_of_a_verbal_noun_is_reported():
    """«الجماعة تطلب إطلاق سجينات …»: طلب with no من/بـ, in a headline, requests the verbal noun after it."""
    title = "جبهة الوادي تطلب إطلاق سجينات مقابل جنود مخطوفين"
    assert at(title, "سجينات", title=True) == ("reported", "جبهة الوادي")
    assert at("وطلب الوزير ملفا عن السجناء.", "السجناء")[0] == "own"


def test_condolence_conveyed_with_wajjaha_is_reported():
    """«وجه المجمع بالعزاء والمواساة إلى دولة النهر، بشهدائها …»: وجّه offers «العزاء» as قدم does (guide §5.6); the
    relative clause that describes the deaths stays the outlet's."""
    text = "كما وجه مجمع الوادي بالعزاء والمواساة إلى دولة النهر، بشهدائها الثلاثة الذين سقطوا في الهجوم."
    assert at(text, "بشهدائها")[0] == "reported"
    assert at(text, "الهجوم")[0] == "own"
    assert at("وتوجه الوفد إلى بيت العزاء لمواساة أسرة الشهيد.", "الشهيد")[0] == "own"


def test_a_statement_renewed_or_repeated_is_a_statement():
    """«وجدد المجلس إدانته للهجوم …», «وكرر الوزير دعوته إلى …» (voice38): a verb of renewal whose object is a verbal
    noun of saying states it again; what follows the noun is reported (a condemnation's up to the clause that describes
    the event), spoken by the verb's subject, or carried when none stands there; not a contract renewed, nor shelling
    that resumed."""
    voice, speaker = at("وجدد مجلس الوزراء في بلاد النهر إدانته للهجوم على القرية.", "للهجوم")
    assert voice == "reported" and "مجلس الوزراء" in speaker
    assert at("وكرر الوزير سامر الوادي دعوته إلى الإفراج عن الأسرى.", "الأسرى") == ("reported", "الوزير سامر الوادي")
    assert at(BEFORE + "وجدد في الوقت ذاته تأكيده أن الأسرى بخير.", "الأسرى") == ("reported", "مدير مدرسة النهر")
    text = "وجددت الحكومة إدانتها للهجوم الذي أسفر عن سقوط قتلى في القرية."
    assert at(text, "للهجوم")[0] == "reported" and at(text, "قتلى") == ("own", None)
    assert at("وجدد النادي عقد اللاعب بعد الهجوم على الحافلة.", "الهجوم") == ("own", None)
    assert at("وتجدد القصف على القرية بعد الهجوم.", "الهجوم") == ("own", None)
    text = "وجدد الوزير تحذيره من الهجوم على القرية، بعد زيارة سامر للأسرى."
    assert at(text, "الهجوم")[0] == "reported" and at(text, "للأسرى") == ("own", None)
    assert at("وهو مرشح لدخول الموسم بلا لاعبين جدد بسبب المطالبات المالية للأسرى.", "للأسرى") == ("own", None)
    assert at("وجددت الإدارة المفاوضات بعد أن تم رفض طلبها بشأن الأسرى.", "الأسرى") == ("own", None)
    assert at("ويفكر في أن يكرر الدعوة، مع تفاقم الخلاف حول الأسرى.", "الأسرى") == ("own", None)

