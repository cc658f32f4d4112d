"""Speaker rules of issue 12's sixteenth pass, on sentences written for the test (fictional people, places and
outlets; no article text): «وأبان» as a verb of saying, a speaker named after the medium he spoke to, and «إمام»
(an imam) told from «أمام» (before)."""
from .helpers import BEFORE, at


def test_subject_after_the_medium_he_spoke_to():
    voice, sp = at(BEFORE + "وأضاف لوكالة الأنباء الجديدة المتحدث باسم الجيش سالم الوادي إن الرهائن بخير.", "الرهائن")
    assert (voice, sp) == ("reported", "المتحدث باسم الجيش سالم الوادي")


def test_unnamed_source_after_the_medium():
    voice, sp = at(BEFORE + "وقال لصحيفة الأفق مصدر مطلع إن الرهائن بخير.", "الرهائن")
    assert (voice, sp) == ("reported", "مصدر مطلع")


def test_medium_without_a_subject_after_it_keeps_the_speaker_named_before():
    voice, sp = at(BEFORE + "وأضاف لصحيفة الأفق الجديدة إن الرهائن بخير.", "الرهائن")
    assert (voice, sp) == ("reported", "مدير مدرسة النهر")


def test_a_word_with_another_prefix_is_no_medium_told():
    """Only لـ + a medium is whom the speaker told: «بقناة» (on a channel) after a name does not end it."""
    from framing.lexicon.speakers import _extend_to_name
    from framing.text.normalize import normalize
    text = normalize("وقال المتحدث باسم الجيش في المدينة بقناة سالم الوادي، إن", lower=True)
    start = text.index("المتحدث")
    np = _extend_to_name(text, (start, text.index(" في")), text.index(" ان"))
    assert text[np[0]:np[1]].endswith("الوادي")
    told = normalize("وقال المتحدث باسم الجيش في المدينة لقناة سالم الوادي، إن", lower=True)
    np = _extend_to_name(told, (start, told.index(" في")), told.index(" ان"))
    assert told[np[0]:np[1]] == "المتحدث باسم الجيش"


def test_imam_and_preacher_is_a_speaker():
    voice, sp = at(BEFORE + "ووصف إمام وخطيب جامع النهر الشيخ سالم الوادي الحادث بأنه اعتداء على الرهائن.",
                   "الرهائن")
    assert voice == "reported" and sp is not None and sp.startswith("امام وخطيب جامع النهر")


def test_before_the_press_is_no_speaker():
    voice, sp = at(BEFORE + "وقال أمام الصحافيين إن الرهائن بخير.", "الرهائن")
    assert (voice, sp) == ("reported", "مدير مدرسة النهر")


def test_titled_subject_at_the_end_of_a_sentence_not_closed():
    """A sentence that runs on without a full stop into «title … name + verb of saying»: the title after a definite word
    opens the subject (a definite noun takes no genitive)."""
    text = ("وتم نقله إلى بلدة النهر التي تبعد 120 كم عن مطار الواحة مدير إدارة الطوارئ بصحة الواحة سامر الوادي أشار "
            "أنه تم نقل جثة الشهيد، معربا عن تعازيه لأسرة الشهيد.")
    assert at(text, "الشهيد") == ("reported", "مدير ادارة الطوارئ بصحة الواحة سامر الوادي")


def test_title_inside_a_construct_chain_is_no_new_subject():
    """The tail opens only at an indefinite title right after a definite word: «عن مكتب مدير …» is one chain (no new
    subject), and no tail crosses punctuation."""
    from framing.lexicon.saying import _tokens
    from framing.lexicon.speech import _titled_tail

    def tail(text):
        return " ".join(t[2] for t in _titled_tail(text, list(_tokens(text, 0, len(text)))))
    assert tail("تبعد كثيرا عن مطار الواحة مدير الطوارئ سامر الوادي") == "مدير الطوارئ سامر الوادي"
    assert tail("تبعد كثيرا عن مكتب مدير الطوارئ سامر الوادي") == ""
    assert tail("تبعد كثيرا عن مطار الواحة مدير الطوارئ، سامر الوادي") == ""
    assert tail("تبعد كثيرا عن مطار الواحة -حفظه الله-. مدير الطوارئ") == ""
    assert tail("دان سامر الوادي رئيس اقليم الواحة السبت قصف القرية") == ""     # a day, then the object


def test_feminine_plural_body_after_a_masculine_verb_is_its_object():
    """A non-human plural takes a feminine verb: after «وطالب» «قوات التحالف» is whom he urged, the speaker is
    carried; after «وطالبت» the forces speak."""
    text = "وأكد العميد سالم الوادي أن القوات تقوم بدور فعال، وطالب قوات التحالف بالاستمرار في توجيه الضربات."
    assert at(text, "الضربات") == ("reported", "العميد سالم الوادي")
    assert at("وطالبت قوات التحالف بالاستمرار في توجيه الضربات.", "الضربات") == ("reported", "قوات التحالف")


def test_a_name_in_at_is_no_plural_body():
    assert at("وقال عرفات إن الضربات مستمرة.", "الضربات") == ("reported", "عرفات")


def test_imam_and_preacher_is_a_title():
    from framing.lexicon.voice import split_speaker
    assert split_speaker("امام وخطيب المسجد الكبير الشيخ سامر الوادي") == ("سامر الوادي", "امام وخطيب المسجد الكبير الشيخ")
    assert split_speaker("امام خطيب المسجد الكبير") == ("امام خطيب المسجد الكبير", "")


def test_preacher_in_apposition_does_not_swallow_the_preposition():
    text = "ودعا الشيخ سامر الوادي المفتي العام للنهر، خطيب المسجد الكبير، إلى محاكمة الرهائن دوليا."
    assert at(text, "الرهائن") == ("reported", "الشيخ سامر الوادي المفتي العام للنهر")


def test_imam_opening_a_sentence_is_its_subject_for_a_later_honorific():
    """«وخلص إمام خطيب المسجد الصغير …، مستشهدا فضيلته …»: the imam of this sentence, not another named before."""
    text = ("وقال إمام وخطيب المسجد الكبير الشيخ سالم الوادي إن الصبر مفتاح. \nوخلص إمام خطيب المسجد الصغير في نهاية "
            "خطبته إلى أن العمل مهم، مستشهدا فضيلته بقول علقمة: «قلت: كيف كان الرهائن؟»")
    voice, sp = at(text, "الرهائن")
    assert voice == "quoted" and sp is not None and sp.startswith("امام خطيب المسجد الصغير")
