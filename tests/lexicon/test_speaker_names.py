"""Speaker rules (issue 12, speaker pass spk23): the speaker span reaches the name a title or a medium's word stands
before, and an honorific with a pronoun points to the phrase the same honorific opened (docs/matching.md,
*Speakers*). Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from framing.lexicon.speakers import split_speaker

from .helpers import at


def test_an_honorific_with_a_pronoun_points_to_the_phrase_its_honorific_opened():
    """«وصف سماحة المفتي … الشيخ فلان الحادث … . وقال سماحته: …»: the lead names him with «سماحة» and a verb that
    reports nothing (وصف with an object), so no speaker was named before; «سماحته» stands for that phrase."""
    text = ("وصف سماحة مفتي الواحة الشيخ سالم بن راشد النجار حادث الجسر بالمؤلم.\n"
            "وقال سماحته في اتصال هاتفي: إن الضحايا في ذمة الله.")
    voice, sp = at(text, "الضحايا")
    assert voice == "reported" and "سالم بن راشد النجار" in sp
    text = ("ألقى معالي وزير الري الأستاذ سامر بن علي الوادي كلمة في الحفل، وقال معاليه: نحن فخورون بالعاملين.\n"
            "وأكد معاليه أن العاملين قدموا الشهداء في سبيل الماء.")
    assert at(text, "الشهداء")[1] == "معالي وزير الري الاستاذ سامر بن علي الوادي"   # (not «… كلمة»: his object)


def test_a_verb_inside_a_speech_whose_speaker_is_an_honorific_takes_the_person():
    """«وأوصى سماحة مفتي … . وأوضح سماحته أن …، قال صلى الله عليه وسلم …»: the hadith is cited inside his speech;
    its speaker is the honorific's person, not the honorific."""
    text = ("وأوصى سماحة مفتي الواحة في خطبته بالصبر.\n"
            "وأوضح سماحته أن المؤمن يصبر على الأذى، قال صلى الله عليه وسلم «المؤمن القوي خير».")
    voice, sp = at(text, "قال")
    assert voice == "reported" and sp == "سماحة مفتي الواحة"


def test_a_persons_name_after_a_body_named_in_quotation_marks_inside_the_title():
    """«الرقيب في شرطة «الوادي» سامر النجار»: the body's name is the role's, the person's name follows; a body named in
    quotation marks is the whole subject when its object follows («منظمة «…» إسرائيل»: the accused, not a name)."""
    text = "وأوضح الرقيب في شرطة «الوادي» سامر النجار أن الضحية طالب."
    assert at(text, "الضحية") == ("reported", "الرقيب في شرطة «الوادي» سامر النجار")
    assert split_speaker("الرقيب في شرطة «الوادي» سامر النجار") == ("سامر النجار", "الرقيب في شرطة «الوادي»")
    text = 'اتهمت منظمة "عين الحق" إسرائيل، اليوم، باستخدام القوة.'
    assert at(text, "باستخدام")[1] == 'منظمة "عين الحق'


def test_a_name_in_quotation_marks_that_ends_the_phrase_is_not_cut_inside():
    assert split_speaker('منظمة "عين سلام ووتش"') == ("عين سلام ووتش", "منظمة")
    assert split_speaker("مدير قناة «الوادي» سامر النجار") == ("سامر النجار", "مدير قناة «الوادي»")


def test_a_time_word_after_a_personal_title_is_a_name():
    """«وقال الشيخ صباح الفلاني»: «صباح» (morning) after a title is a name; «صباح اليوم» stays a time."""
    text = "وقال الشيخ صباح الفلاني: «إن الانتهاكات للمسجد متكررة»."
    assert at(text, "الانتهاكات") == ("quoted", "الشيخ صباح الفلاني")
    text = "وقال الشيخ صباح اليوم إن الانتهاكات متكررة."
    assert at(text, "الانتهاكات")[1] == "الشيخ"


def test_a_mediums_name_of_a_participles_shape_is_part_of_the_speaker():
    """«ووفقا لصحيفة ماركا الإسبانية»: «ماركا» has the shape of an accusative participle («مبتسما», which ends a
    speaker phrase) but after a medium's word it is its name."""
    text = "ووفقا لصحيفة ماركا الإسبانية، قتل ثلاثة في الهجوم."
    assert at(text, "الهجوم") == ("reported", "صحيفة ماركا الاسبانية")
    text = "وقال فلان الوادي مبتسما إن الهجوم فشل."
    assert at(text, "الهجوم")[1] == "فلان الوادي"


def test_ali_after_a_title_closed_by_a_comma_is_the_name():
    """«اتهم المتحدث باسم الجبهة، علي الوادي، الجماعة بـ…»: «علي» (also «على», on) after a title and a comma is the
    name set in apposition, with a noun-object verb too (no أن after the name)."""
    text = "اتهم المتحدث باسم حركة النهر، علي الوادي، الجماعة بزرع الألغام قبل الضربات."
    assert at(text, "الضربات") == ("reported", "المتحدث باسم حركة النهر، علي الوادي")
    text = "وأكد المتحدث باسم حركة النهر، على ضرورة وقف الضربات."
    assert at(text, "الضربات")[1] == "المتحدث باسم حركة النهر"
    text = "واعتبر الأمين العام، على لسان المتحدث باسمه، أن الهجوم مرفوض."
    assert at(text, "الهجوم")[1] == "الامين العام"


def test_a_complementiser_inside_a_mediums_name_in_quotation_marks_is_part_of_the_name():
    """«وأكدت قناة "سي إن إن" سقوط …»: «إن» of the channel's name is no complementiser; nor does a later medium's name
    in quotation marks («عرضت قناة "…"») open the speech."""
    text = 'وأكدت قناة "سي إن إن" الإخبارية سقوط عشرة قتلى، في حين عرضت قناة "الوادي الأولى" لقطات للمبنى.'
    assert at(text, "قتلى") == ("reported", 'قناة "سي ان ان')
    # a quoted name inside the subject after a title («مدير شركة "…"»): its «إن» opens no speech either
    text = 'وأكد مدير شركة "سي إن إن" سامر الوادي أن عشرة قتلى سقطوا.'
    assert at(text, "قتلى") == ("reported", 'مدير شركة "سي ان ان" سامر الوادي')


def test_an_attribution_word_ends_the_speaker_phrase():
    """«لاحظ بعض المديرين وفقا لتحقيق نشرته صحيفة …:»: «وفقا» opens an attribution, never part of who speaks."""
    text = "ولاحظ بعض المديرين وفقا لتحقيق نشرته صحيفة الأفق ظاهرة جديدة: ازداد عدد السجناء المتطرفين."
    assert at(text, "السجناء") == ("reported", "بعض المديرين")


def test_the_phrase_an_honorific_opened_ends_before_its_verbs_object():
    """The phrase no verb of saying read ends before the object of its own verb (a verbal noun, a statement or
    condolence noun, a noun with a pronoun); an honorific after لـ (to whom) is not looked for."""
    from framing.lexicon.speakers import honorific_mention
    from framing.text import normalize

    def mention(text, honorific):
        norm = normalize(text, lower=True)
        i = norm.rfind(honorific)
        sp = honorific_mention(norm, (i, i + len(honorific)), 1500)
        return norm[sp[0]:sp[1]] if sp else None
    assert mention("ترأس معالي محافظ الواحة سامر بن راشد الاجتماع الثالث للجنة. وأوضح معاليه أن", "معاليه") \
        == "معالي محافظ الواحة سامر بن راشد"
    assert mention("سمو أمير الواحة يصدر تعليماته بسرعة. وقال سموه إن", "سموه") == "سمو امير الواحة"
    assert mention("ورفع الشكر لسمو أمير الواحة على دعمه. وقال سموه إن", "سموه") is None


def test_a_family_name_of_another_lineage_is_not_the_speakers_mention():
    """«صاحب السمو الأمير سامر بن نايف بن راشد آل واحة … الملك سالم بن راشد آل واحة … . وأكد سموه»: the last «آل
    واحة» ends the king's lineage, not the prince's, so the prince's own phrase is his mention."""
    text = ("استقبل صاحب السمو الأمير سامر بن نايف بن راشد آل واحة أسر الضحايا. وقال: «نقلت لكم تعازي الملك سالم بن "
            "راشد آل واحة».\nوأكد سموه أن الشهداء في ذمة الله.")
    assert at(text, "الشهداء")[1] == "صاحب السمو الامير سامر بن نايف بن راشد ال واحة"


def test_a_hadiths_narrator_named_by_an_before_the_verb_speaks():
    """«عن أبي سامر رضي الله عنه قال: قال رسول الله …»: the narrator speaks; the verb that cites the Prophet is in his
    words (coders mark him); «وعن أولويات الوزارة قال: …» (about) and «وعن أبي سامر قال:» (about him, after و) name
    no narrator."""
    text = "عن أبي سامر رضي الله عنه قال: قال رسول الله صلى الله عليه وسلم: إن الشهداء في الجنة."
    assert at(text, "قال رسول") == ("reported", "ابي سامر")
    text = "عن ابن سالم قال: قال رسول الله صلى الله عليه وسلم: إن الشهداء في الجنة."
    assert at(text, "قال رسول")[1] == "ابن سالم"
    before = "وقال الوزير سامر الوادي إن العمل مستمر. "
    assert at(before + "وعن أولويات الوزارة قال: إن الأسرى أولا.", "الأسرى")[1] == "الوزير سامر الوادي"
    assert at(before + "وعن أبي سالم قال: إن الأسرى أولا.", "الأسرى")[1] == "الوزير سامر الوادي"


def test_the_last_link_of_a_chain_of_narrators_speaks():
    """«عن فلان، عن أبيه، عن فلانة، قالت: قال رسول الله …»: a chain of «عن» links names the narrator in its last link,
    also a one-word name without a blessing; a blessing lets two companions' names run on («عن أبي سامر الواحي وأبي
    سالم رضي الله عنهما قالا»). One «عن» with a one-word name and no blessing is still a topic («وعن الأسرى قال»)."""
    text = "عن سامر بن عروة، عن أبيه، عن سلمى، قالت: قال رسول الله صلى الله عليه وسلم: إن الشهداء في الجنة."
    assert at(text, "قال رسول") == ("reported", "سلمي")
    text = "وعن أبي سامر الواحي وأبي سالم رضي الله عنهما قالا: سمعت رسول الله صلى الله عليه وسلم يقول: الشهداء أحياء."
    assert at(text, "يقول")[1] == "ابي سامر الواحي وابي سالم"
    before = "وقال الوزير سامر الوادي إن العمل مستمر. "
    assert at(before + "وعن الأسرى قال: إن الشهداء في الجنة.", "الشهداء")[1] == "الوزير سامر الوادي"


def test_a_narrator_is_not_carried_past_the_paragraph_of_his_hadith():
    """«فعن سامر بن زيد رضي الله عنه قال: قال رسول الله …» names the narrator of that hadith; in the writer's next
    paragraph a verb with no subject («ونفاجأ اليوم بمن يقول إن من قال: …») is not his."""
    text = ("بل إن الدفاع عن الوادي جهاد في سبيل الله فعن سامر بن زيد رضي الله عنه قال: قال رسول الله صلى الله عليه وسلم "
            "(من مات دون أرضه فهو شهيد) . و يقول صلى الله عليه وسلم: (من مات دون مظلمته فهو شهيد).\nوأصل المشكلة في "
            "كلمة رددها القوم لشيخهم كما يقول مرشدهم حيث يقول: (وما الوادي إلا حفنة تراب)، فليس في منهجهم للوادي اعتبار. "
            "ونفاجأ اليوم بمن يقول أن من قال: نقاتل فداء للوادي، أو قال: ان حب الوادي واجب كلام فارغ لتوهمه أن هذا كله "
            "يناقض الدين، فإذا قتل في سبيل ذلك فهو شهيد.")
    assert at(text, "قال رسول")[1] == "سامر بن زيد"
    assert at(text, "شهيد.") == ("reported", None)


def test_a_companion_heard_with_the_blessing_speaks():
    """«عن أبي سالم أنه سمع سلمى بنت سامر رضي الله عنها تقول: «…»»: the companion heard (named with the blessing right
    before the verb) speaks, not a narrator of an earlier hadith carried to the quotation."""
    text = ("عن سامر بن نايف رضي الله عنهما قال: كنا مع النبي في سفر.\n"
            "عن أبي سالم مولى سلمى أنه سمع سلمى بنت سامر رضي الله عنها تقول: «ذهبت إلى الوادي فوجدت الأسرى في الخيام».")
    assert at(text, "الأسرى") == ("quoted", "سلمي بنت سامر")
    text = ("عن أبي سالم أنه سمع أم سلمى بنت أبي سامر رضي الله عنها تقول: «ذهبت إلى الوادي فسألني: من هذه؟ فقلت: أنا أم "
            "سلمى بنت أبي سامر، فقال: مرحبا، إن الأسرى في الخيام».")
    assert at(text, "الأسرى")[1] == "سلمي بنت ابي سامر"   # (her own mention in the quotation, not «أبي سامر»: her father)


def test_a_lineage_named_again_by_its_short_form_is_the_speakers_last_mention():
    """«الأمير سامر بن نايف بن راشد آل واحة … رئاسة الأمير سامر بن نايف …، ونقل سموه …، داعيا …»: the person named
    with his full lineage is named again as «سامر بن نايف» (the name and the father's); that later mention is his
    last before the match (coding guide §4), not the first."""
    text = ("أكد صاحب السمو الأمير سامر بن نايف بن راشد آل واحة وزير الري أن العمل مستمر في كل المواقع والمشاريع.\n"
            "جاء ذلك لدى رئاسة الأمير سامر بن نايف اجتماعا مع قادة القطاعات في مكتبه مساء أمس، ونقل سموه في بداية "
            "الاجتماع تعازي الملك لأسر الضحايا في حادث الجسر الذي وقع يوم الخميس الماضي في وسط المدينة القديمة، "
            "داعيا المولى أن يتغمد الشهداء بواسع رحمته.")
    assert at(text, "الشهداء") == ("reported", "سامر بن نايف")


def test_amma_opens_the_clause_of_a_subject_put_before_its_verb():
    """«… جذور عميقة أما الناشطة … سلمى الوادي قالت لـ«الواحة»: …»: a heading run into the text with no full stop
    stands before «أما»; the topic «أما» opens is the subject of the verb after it (not the speaker carried from the
    sentence before)."""
    text = ("وأكدت المديرة ليلى سالم أن الأسر بخير. جذور عميقة أما الناشطة الاجتماعية ومدربة معتمدة في مجال التطوير "
            "التربوي سلمى الوادي قالت لـ«الواحة»: يعاني أطفال السجناء من نظرة المجتمع.")
    voice, sp = at(text, "السجناء")
    assert voice == "reported" and sp.endswith("سلمي الوادي") and "ليلي" not in sp


def test_bi_qawlihi_after_an_an_phrase_is_the_subjects_saying():
    """«وعبّر فلان عن الحادثة بقوله "…"»: «عن» is his verb's (what he spoke of), so the quotation is his; «نقل X عن Y
    قوله» still gives the one quoted."""
    text = "وعبر مدير قناة الواحة سامر الوادي عن الحادثة بقوله \"رحم الله الشهداء\"."
    assert at(text, "الشهداء") == ("quoted", "مدير قناة الواحة سامر الوادي")
    text = "ونقلت الصحيفة عن الوزير سامر الوادي قوله \"رحم الله الشهداء\"."
    assert at(text, "الشهداء")[1] == "الوزير سامر الوادي"


def test_a_subject_after_ila_dhalika_is_carried_to_the_next_verb():
    """«إلى ذلك دعا الأمين العام فلان إلى اجتماع. وقال "…"»: the linker «إلى ذلك» before the verb (no comma) does not
    hide the sentence's subject, who speaks in the next sentence (not the speaker of the paragraph before)."""
    text = ("وأوضح مكتب رئيس الوزراء أن الاتصال جرى أمس.\n"
            "إلى ذلك دعا الأمين العام للاتحاد سامر الوادي إلى اجتماع طارئ غدا.\n"
            "وقال \"طلبت الواحة الاجتماع بعد هجمات تعرضت لها\".")
    assert at(text, "هجمات")[1] == "الامين العام للاتحاد سامر الوادي"


def test_a_clause_opened_by_kana_is_no_subject_of_the_next_verb():
    """«… أهمية أن يكون للإنسان وطن آمن. ويقول: «…»»: the clause that a form of كان opens at the end of the sentence
    before is not the subject of a verb that opens the next one with a colon; the speaker is carried (the man named
    before)."""
    text = ("وقال الكاتب سامر الوادي إن الغزو غير حياته.\nورغم أن الوادي لم يكن في الواحة حين حدث الغزو فإنه استشعر "
            "أهمية أن يكون للإنسان وطن مستقر وآمن. ويقول: «كنا في المدينة حين حدث الغزو».")
    voice, sp = at(text, "الغزو»")
    assert voice == "quoted" and "يكون" not in sp and "الوادي" in sp


def test_a_phrase_that_names_no_one_is_no_speaker():
    """A speaker must be an agent (issue 12, spk24): a phrase opening with a particle or a conjunction («كيف»، «ولذلك»،
    «كلما …»), a preposition with a pronoun («منهم»، «بهن وبينهن») or a lone form of كان («وكانوا») names no one, so
    the speech takes the speaker named before, as a verb without a subject does."""
    text = ("وقال مدير مدرسة النهر سامر الوادي إن الطلاب بخير.\n"
            "وأضاف كلما اقتربنا من الامتحانات زاد قلق الأسرى في بيوتهم.")
    assert at(text, "الأسرى") == ("reported", "مدير مدرسة النهر سامر الوادي")      # (was «كلما اقتربنا»)
    text = ("وقالت رئيسة جمعية الواحة سلمى النجار إن المعتقلات يعانين.\n"
            "وسمت الجمعية المعتقلات الثلاث اللواتي تطالب بهن وبينهن ليلى سالم، وقالت إن الأسرى في خطر.")
    assert at(text, "الأسرى")[1] != "بهن وبينهن"
    text = ("وألقى رئيس بلدية النهر المهندس سامر الوادي كلمة رحب فيها بسمو أمير الواحة بين الأسرى المحررين.")
    assert at(text, "الأسرى")[1] != "بسمو أمير الواحة"


def test_agent_reads_the_phrases_first_word():
    """:func:`agent`: names, titles, bodies, documents and a source named again with a demonstrative pass; a particle,
    a preposition with a pronoun alone or before an ال-word, or a lone كان fail; a pronoun object before a name is the
    verb's object put first (the name speaks: «ويرى فيهم المدرب سامر …»)."""
    from framing.lexicon.speakers import agent

    def ok(phrase):
        return agent(phrase, (0, len(phrase)))
    for phrase in ("سامر الوادي", "وزارة الصحة", "البيان", "هذه المصادر", "وكانت الوزارة", "ولي العهد", "مني الوادي",
                   "فيهم المدرب سامر", "لجنة الإغاثة", "بلدية النهر", "بدر الوادي"):
        assert ok(phrase), phrase
    for phrase in ("كيف", "ولذلك", "وعندما", "منهم", "منكم الاهتمام", "بهن وبينهن", "وكانوا", "كنت", "عنك يا",
                   "بسمو أمير الواحة", "بقيادة الرئيس", "للوزير"):
        assert not ok(phrase), phrase
