"""Speaker rules (issue 12): the subject before the verb of saying (docs/matching.md, *Speakers* → *The subject before
the verb*): a fronted subject after «وكانت … قد», and the titled tail of a sentence not closed. Written in the
eleventh and sixteenth voice passes.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from .helpers import BEFORE, at


def test_a_feminine_fronted_subject_and_the_day_before_yesterday():
    """«وكانت المنظمة قد أشارت أول من أمس إلى أن …»: the subject before the verb speaks, «أول» is no speaker."""
    text = BEFORE + "وكانت المنظمة الدولية قد أشارت أول من أمس إلى أن الأزمة انتهت."
    assert at(text, "الأزمة") == ("reported", "المنظمة الدولية")
    text = BEFORE + "وكانت هناك دعوات تؤكد أن الأزمة انتهت."
    assert at(text, "الأزمة")[1] != "هناك دعوات"


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


def test_titled_subject_before_a_colon_verb_after_a_full_stop_in_the_paragraph():
    """«… . الوزير فلان قال: …» and «أما الناشطة فلانة فقالت: …»: the subject before the verb is read from its sentence's
    start, not the paragraph's; a topic phrase there («وعن الاختيار قال:») is no subject."""
    assert at(BEFORE + "الوزير سامر الوادي قال: الأسرى بخير.", "الأسرى") == ("reported", "الوزير سامر الوادي")
    assert at(BEFORE + "أما الناشطة سلمى الوادي فقالت: الأسرى بخير.", "الأسرى") == ("reported", "الناشطة سلمي الوادي")
    assert at(BEFORE + "وعن آلية الاختيار قال: الأسرى بخير.", "الأسرى") == ("reported", "مدير مدرسة النهر")


def test_participle_after_a_verb_whose_titled_subject_stands_before_it():
    """«الشاعر فلان علق قائلا:», «مدير الشرطة رد قائلا إن …», «الوزير فلان ختم حديثه قائلا:»: the participle speaks
    for the subject of the verb before it; an untitled plural subject is left to the rules before."""
    for text in ("الشاعر سامر الوادي علق قائلا: الأسرى بخير.", "الوزير سامر الوادي ختم حديثه قائلا: الأسرى بخير.",
                 "أما الوزير سامر الوادي فعلق قائلا: الأسرى بخير."):
        assert at(BEFORE + text, "الأسرى") == ("reported", text.split(" علق")[0].split(" ختم")[0].split(" فعلق")[0]
                                              .replace("أما ", ""))
    assert at(BEFORE + "مدير الشرطة رد قائلا إن الأسرى بخير.", "الأسرى") == ("reported", "مدير الشرطة")
    assert at(BEFORE + "الطلاب عادوا إلى المدرسة مؤكدين أن الأسرى بخير.", "الأسرى")[1] != "الطلاب"
