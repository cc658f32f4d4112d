"""Speaker rules of issue 12's twenty-fifth speaker pass (docs/matching.md, *Speakers*): a statement's issuer after
«صدر عن», condolences conveyed on someone's behalf, and phrases that name no agent.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from .helpers import at


def test_the_issuer_after_a_statement_that_was_issued_speaks():
    """«بيان صدر عن المنظمة» (a verb, as «بيان صادر عن …», the participle): the issuer is in the speaker's span; the
    span does not stop at «صدر»."""
    voice, sp = at("وأوضح بيان صحافي صدر عن منظمة الواحة اليوم (الخميس)، أن الاحتلال باق.", "الاحتلال")
    assert voice == "reported" and sp is not None and sp.endswith("منظمة الواحة")


def test_condolences_conveyed_on_behalf_of_a_person_are_that_persons():
    """«نقل فلان تعازي الملك …»: the King's condolences (coding guide §5.1, on behalf of), up to whom they go."""
    text = ("وعقب الصلاة نقل الدكتور سامي الوادي تعازي خادم الحرمين الشريفين الملك فهد بن سالم آل ناصر، "
            "وسمو ولي عهده إلى أسرة الشهيد.")
    voice, sp = at(text, "الشهيد")
    assert voice == "reported" and sp is not None and sp.startswith("خادم") and "الوادي" not in sp
    voice, sp = at("ونقل المحافظ تعازي أمير المنطقة الأمير سالم بن فهد لذوي الشهيد.", "الشهيد")
    assert sp == "امير المنطقة الامير سالم بن فهد"
    voice, sp = at("وقدم المحافظ سامي الوادي تعازي ومواساة أمير المنطقة الأمير سالم بن فهد لذوي الشهيد.", "الشهيد")
    assert sp == "امير المنطقة الامير سالم بن فهد"     # («تعازي ومواساة فلان»: the same construct, two nouns)
    text = ("ونقل المحافظ سامي الوادي تعازي ومواساة أمير المنطقة الأمير سالم بن فهد لذوي الشهيد. "
            "وأكد خلال زيارته أن الشهداء فخر للوطن.")
    assert at(text, "الشهداء") == ("reported", "المحافظ سامي الوادي")   # (a later verb goes on for who conveyed them)


def test_condolences_of_a_body_are_conveyed_by_the_one_named():
    """«نقل المحافظ تعازي القيادة»: a body's condolences; the coders mark who conveys them."""
    assert at("ونقل المحافظ تعازي القيادة لذوي الشهيد.", "الشهيد") == ("reported", "المحافظ")
    assert at("وقدم المحافظ تعازيه لذوي الشهيد.", "الشهيد") == ("reported", "المحافظ")


def test_a_document_named_with_who_issued_or_read_it_gives_that_one():
    """«النص الذي قرأه القاضي»، «البيان الذي أصدرته الوزارة»، «التفاصيل التي ذكرتها مواقع»: the one who issued the
    document speaks (coding guide §4, written communications); not one who got it, nor a clause without an agent."""
    voice, sp = at("وحسب النص الذي قرأه القاضي سامر الوادي، دين الرجلان وبقي اثنان محتجزين.", "محتجزين")
    assert voice == "reported" and sp == "القاضي سامر الوادي"
    assert at("وأكد البيان الذي أصدرته وزارة الداخلية أن الرهائن بخير.", "الرهائن")[1] == "وزارة الداخلية"
    voice, sp = at("وتفيد تفاصيل القضية التي ذكرتها مواقع إخبارية محلية إلى أن الرهائن بخير.", "الرهائن")
    assert sp is not None and sp.startswith("مواقع اخبارية")
    assert "الصحيفة" != at("وأكد البيان الذي تلقته الصحيفة أن الرهائن بخير.", "الرهائن")[1]
    assert at("وأكد التقرير الذي نشر أمس أن الرهائن بخير.", "الرهائن")[1] == "التقرير"


def test_a_participle_after_qad_and_a_verb_speaks_for_that_verbs_subject():
    """«فقد عبر المعلق فلان عن …، قائلا إن …»: قد before the sentence's verb (as و before it); not the speaker of the
    sentence before."""
    text = ("ونشرت صحيفة الأفق العبرية الفيديو. فقد عبر المعلق سامر النجار عن استبعاده لصحة الفيديو "
            "قائلا إنه لو أتيحت لحماس فرصة لما ضيعتها.")
    assert at(text, "لحماس") == ("reported", "المعلق سامر النجار")


def test_a_title_goes_on_over_a_place_of_two_words():
    """«وزير إعلام جنوب السودان فلان»: the place «جنوب السودان» is the title's, and the name after it is in the span."""
    text = 'وقال وزير إعلام جنوب السودان سامر النجار في تصريحات صحفية "لا قاعدة لإسرائيل على أرضنا".'
    assert at(text, "لإسرائيل")[1] == "وزير اعلام جنوب السودان سامر النجار"


def test_a_possessed_noun_in_at_after_a_name_is_the_object():
    """«وقد واصل فلان محاولاته …»: the noun in ـاته is what he went on with, not part of his name; «أرقام وضعتها
    الوكالة» (a source, then who made it) keeps its issuer."""
    text = "وقد واصل سامر النجار محاولاته لتبديد القلق، مؤكدا أن إسرائيل حليف."
    assert at(text, "إسرائيل") == ("reported", "سامر النجار")
    voice, sp = at("وقتل عشرة أشخاص في الهجوم بحسب أرقام وضعتها وكالة الأنباء الوطنية.", "الهجوم")
    assert voice == "reported" and sp is not None and "وكالة الانباء" in sp


def test_a_manner_adverbial_after_the_verb_is_not_its_speaker():
    """«وأردفت بشيء من الانفعال: «…»»: how she went on; the verb has no subject of its own and takes the speaker
    named before."""
    text = "وقالت سلمى الوادي «أخشى أنهم لن ينجوا». وأردفت بشيء من الانفعال: «لا أفهم ما حدث للأسرى»."
    assert at(text, "للأسرى") == ("quoted", "سلمي الوادي")


def test_a_state_or_event_is_no_speaker():
    """«وأضافت أزمة جديدة إلى …» (added a crisis), «يرى فيه خطرا»: a crisis, a danger, rumours or details head no
    speaker phrase; a body whose short name looks like a common noun («صحة الواحة», the health directorate) does."""
    text = "وقال المدير سامر النجار إن الوضع صعب. وأضافت أزمة جديدة إلى الأزمات التي تحاصر الأسرى."
    assert "ازمة" not in (at(text, "الأسرى")[1] or "")
    assert at("وأوضحت صحة الواحة أن الأسرى بخير.", "الأسرى") == ("reported", "صحة الواحة")


def test_a_name_and_title_before_a_relative_clause_and_the_verb_speaks():
    """«فلان الأمين العام …، الذي يسعى …، أكد أن …»: the sentence opens with its subject, a relative clause about him,
    then the verb without و; not the speaker of the sentence before."""
    text = ("وقال الوزير إن الوضع صعب. سامر النجار الأمين العام للمبادرة الوطنية عضو المجلس التشريعي، الذي يسعى "
            "جاهدا لكشف الانتهاكات، أكد على ضرورة أن يقف العالم أمام جرائم قوات الاحتلال.")
    voice, sp = at(text, "الاحتلال")
    assert voice == "reported" and sp is not None and sp.startswith("سامر النجار")


def test_a_claims_owner_is_not_carried_to_a_later_verb():
    """«كما رفض فلان ادعاء البيت الأبيض بأن … . كما نفى أن …»: the claim is the White House's, but the verb without a
    subject goes on for the one who rejects it, named before; the claim's own words keep its owner."""
    text = ("ونفى سامر أن يكون الخلاف شخصيا. كما رفض سامر ادعاء البيت الأبيض بأنه كان سيعارض كل اتفاق. "
            "كما نفى أن بلاده معنية بشن حرب على الجيران.")
    assert at(text, "حرب") == ("reported", "سامر")
    assert at(text, "اتفاق") == ("reported", "البيت الابيض")


def test_a_verb_written_with_al_first_opens_its_clause():
    """«وألقى فلان كلمة …، قائلا: «…»»، «والتقى الوزير فلان …، مؤكدا …»: ألقى/التقى are verbs (not و + an ال-noun), so
    the participle speaks for their subject, and the speech noun after the name is what he gave, not part of him."""
    assert at("وألقى سامر النجار كلمة قائلا: «نقول لكم إنكم منصورون».", "منصورون") == ("quoted", "سامر النجار")
    assert at("والتقى الوزير سامر النجار بالجنود، مؤكدا أن الأسرى بخير.", "الأسرى") == ("reported", "الوزير سامر النجار")
    assert at("وقال رئيس لجنة حوار الأديان سامر النجار إن الأسرى بخير.", "الأسرى")[1] \
        == "رئيس لجنة حوار الاديان سامر النجار"


def test_words_given_on_behalf_of_others_are_theirs():
    """«ألقى فلان كلمة نيابة عن المشايخ»، «وقال فلان نيابة عن أهالي القرية إن …»: the speaker is the group whose
    words they are (coding guide §5.1)."""
    assert at("وألقى سامر النجار كلمة نيابة عن المشايخ والأعيان قائلا: «نقول لكم إنكم منصورون».", "منصورون") \
        == ("quoted", "المشايخ والاعيان")
    assert at("وقال سامر النجار نيابة عن أهالي القرية إن الأسرى بخير.", "الأسرى") == ("reported", "اهالي القرية")


def test_an_age_after_a_fronted_name_is_not_part_of_it():
    """«أما شريف 30 عاما فقال: …»: the age ends the subject fronted by أما, which the speech and a verb inside it take."""
    assert at("أما سامر 30 عاما فقال: طريقة الزواج الموجودة الآن لم تعد تناسب العصر.", "العصر") == ("reported", "سامر")
    assert at("أما سامر (30 عاما) فقال: طريقة الزواج الموجودة الآن لم تعد تناسب العصر.", "العصر") \
        == ("reported", "سامر")


def test_an_al_noun_after_a_family_name_is_the_object():
    """«وثمن العمري الدور الكبير …»: after a family name in ال ending in ي, an ال-noun that is no name or title opens the
    verb's object; a title's adjective stays («المدعي العام»)."""
    text = "وقال سامر إن الوضع مستقر. وثمن الغامدي الدور الكبير الذي قام به الشباب، مؤكدا أن الشهداء أبطال."
    assert at(text, "الشهداء") == ("reported", "الغامدي")
    assert at("وثمن العقيد سامر القحطاني الجهود الكبيرة، مؤكدا أن الشهداء أبطال.", "الشهداء") \
        == ("reported", "العقيد سامر القحطاني")
    assert at("وقال المدعي العام إن الشهداء أبطال.", "الشهداء") == ("reported", "المدعي العام")


def test_an_honorific_after_a_preposition_is_not_a_verb():
    """«…، ولسمو ولي العهد الأمير فلان، ولذوي الشهداء»: «ولسمو» opens no clause, so the prince to whom the condolence
    goes is not its giver; the one named before, who offers it, is."""
    text = ("وقال سامر إن الوضع مستقر. ورفع سامر، في ختام تصريحه، أصدق العزاء لمقام الملك فهد، "
            "ولسمو ولي العهد الأمير سالم بن فهد، ولذوي الشهداء.")
    assert at(text, "الشهداء") == ("reported", "سامر")


def test_a_pronoun_attribution_in_a_texts_first_sentence_points_to_its_subject():
    """«أمطرت الفصائل … أربع بلدات …، ردا، بحسب قولها، على …»: the text's first sentence opens with its verb (no و); the
    pronoun of «قولها» points back to that verb's subject, which ends before the number that opens its object."""
    text = "أمطرت الفصائل المسلحة أربع بلدات محاصرة بالقذائف، ردا، بحسب قولها، على تعرض بلدة الوادي لهجوم من الجيش."
    assert at(text, "لهجوم") == ("reported", "الفصائل المسلحة")


def test_a_governor_of_a_unit_keeps_the_name_after_it():
    """«حاكم مقاطعة شينكاي فلان»: «حاكم» before an indefinite noun is a title, and an administrative unit (مقاطعة، ولاية،
    إقليم، محافظة) takes one name after it, known place or not, before the person's; «حاكم» before a family name in ال
    is a first name («وقال حاكم الفلاني»)."""
    assert at("وأكد حاكم مقاطعة زندوار سامر النجار حصيلة القتلى.", "القتلى") == ("reported", "حاكم مقاطعة زندوار سامر النجار")
    assert at("وقال حاكم الوادياني إن القتلى كثر.", "القتلى") == ("reported", "حاكم الوادياني")


def test_a_count_made_by_a_body_is_that_bodys():
    """«ووفق تعداد لوكالة الأنباء، فإن …»: an indefinite count or document with a body after لـ is that body's
    (coding guide §4, written communications), not the count's."""
    text = "ووفق تعداد لوكالة أنباء الواحة، فإن 19 جنديا قتلوا في هجمات للمتمردين."
    assert at(text, "هجمات") == ("reported", "وكالة انباء الواحة")


def test_a_body_held_responsible_by_a_joined_verb_is_its_object():
    """«وقال المسؤول …، وحمّل حزب النهر الديمقراطي مسؤولية الهجوم»: a body's name alone before «مسؤولية» is whom the
    joined verb holds; who holds it is carried. With another object before «مسؤولية» the body holds it."""
    text = "وقال المسؤول إن الوضع مستقر، وحمل حزب النهر الديمقراطي مسؤولية الهجوم على مركز الشرطة."
    assert at(text, "الهجوم") == ("reported", "المسؤول")
    assert at("وحمل حزب النهر الديمقراطي الحكومة مسؤولية الهجوم على مركز الشرطة.", "الهجوم") \
        == ("reported", "حزب النهر الديمقراطي")


def test_the_name_ban_between_commas_after_a_title_is_kept():
    """«ندد الأمين العام …، بان كي مون، بـ…»: «بان» before «كي» is the name, not «بأن» (that), so the name between
    commas after the title stays in the phrase; «…، بان الوضع مستقر» (that) does not."""
    assert at("ندد الأمين العام لمنظمة الواحة، بان كي مون، بمقتل طفل في هجوم على منزله.", "هجوم") \
        == ("reported", "الامين العام لمنظمة الواحة، بان كي مون")
    assert at("وأكد الأمين العام للمنظمة، بان الوضع مستقر وأن الهجوم مدان.", "الهجوم") \
        == ("reported", "الامين العام للمنظمة")


def test_the_noun_made_to_speak_is_the_subject():
    """«… مما جعل السكان يصفون الوضع بأنه …»: the definite noun between a verb of making (جعل، دفع) and a plural verb
    of saying is that verb's subject, not the speaker named before."""
    text = "وقال سامر إن الوضع سيء. وتراكمت النفايات مما جعل السكان يصفون الوضع بأنه أسير الأزمات."
    assert at(text, "أسير") == ("reported", "السكان")


def test_a_preposition_phrase_is_no_speaker():
    """«وتحدث بإحدى الشركات …»، «كشفت بكل وضوح …»: a noun governed by a preposition (بـ/لـ/كـ + a quantifier, لل + a
    noun) is no subject: the speech takes the speaker named before (written in the twenty-seventh speaker pass)."""
    text = "وقال مدير مدرسة النهر سامر الوادي إن الطلاب بخير. وتحدث بإحدى الشركات عن الهجوم على المخازن."
    assert at(text, "الهجوم") == ("reported", "مدير مدرسة النهر سامر الوادي")
    text = "وقال مدير مدرسة النهر سامر الوادي إن الطلاب بخير. وأضاف للصحفيين إن الهجوم على المخازن فشل."
    assert at(text, "الهجوم") == ("reported", "مدير مدرسة النهر سامر الوادي")


def test_an_honorific_without_its_pronoun_stands_for_the_person_named_before():
    """«ورفع سمو باسمه وباسم …»: «سمو» alone (its pronoun dropped) stands for the prince named before, as «سموه»
    does; «باسمه» (in his name) ends the phrase (written in the twenty-seventh speaker pass)."""
    text = ("أدان صاحب السمو الأمير سامر الوادي رئيس نادي النهر الهجوم على السوق. "
            "ورفع سمو باسمه وباسم أعضاء النادي التعازي لأسر الضحايا.")
    voice, sp = at(text, "الضحايا")
    assert voice == "reported" and sp is not None and "سامر الوادي" in sp
