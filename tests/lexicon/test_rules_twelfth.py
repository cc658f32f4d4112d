"""Twelfth precision pass (issue 11): events and measures that "confirm" without speaking (`event_subjects`), and a
subject that heads an أن-clause further from its verb. Texts are written for these tests (fictional outlets and people)."""
from framing.lexicon import match

from .helpers import article, one_term, shipped


def test_an_event_before_the_verb_is_no_speaker():
    affirmed, clarified = shipped("attribution", "affirmed"), shipped("attribution", "clarified")
    assert affirmed("زيارة الأمير تؤكد عمق العلاقات بين البلدين") == []                  # a headline
    assert affirmed("وقال النائب إن الزيارة تؤكد متانة العلاقات.") == []
    assert affirmed("وسافر الوفد إلى الوادي، وهي زيارة تؤكد أن العلاقات قوية.") == []
    assert affirmed("وكتب المحلل: والحادث الإجرامي الأخير أكد تلاحم الناس.") == []
    assert clarified("ورفض المتمردين للهدنة سيوضح للعالم من المتعنت.") == []
    assert affirmed("أقول ذلك لأن رفض الطلب يؤكد أن الوزارة لم تقرأ الملف.") == []


def test_an_event_governed_by_a_preposition_or_a_relative_is_no_subject():
    affirmed = shipped("attribution", "affirmed")
    # «خلال اللقاء»: the subject is the clause before; «وإزاء جريمة كهذه»: the centre after the verb speaks
    assert affirmed("وإزاء جريمة كهذه يؤكد مركز الوادي للحقوق أن الاعتداء مرفوض.") == ["يؤكد"]
    assert affirmed("وقال الرئيس: نعم، رئيس اللجنة العليا على السوق الذي يؤكد على ضرورة التطوير.") == ["يؤكد"]
    # a plural verb has people for subject; a pronoun after the verb sends it to a speaker in the video
    assert affirmed("ورفض الملاك تلك الزيادة التي يؤكدون أنها ضرورية.") == ["يؤكدون"]
    assert affirmed("ونشرت الجماعة شريط فيديو يؤكد فيه قائدها أنه حي.") == ["يؤكد"]


def test_a_verbal_noun_right_after_the_verb_is_its_object_unless_an_an_clause_follows():
    affirmed = shipped("attribution", "affirmed")
    # «أكد ارتفاع …», «أكد استمرار …»: he confirmed the rise, the work going on (the speaker named before)
    assert affirmed("وتحدث الوزير عن الأسعار وأكد ارتفاع الطلب هذا العام.") == ["وأكد"]
    assert affirmed("وبشأن الزيارة، أكد استمرار العمل على ترتيبها، دون أن يحدد موعدا.") == ["أكد"]
    assert affirmed("وقال المرشد في خطابه حيث أكد استمرار الدعم وتأكيده أن الاتفاق لن يغير شيئا.") == ["أكد"]
    assert affirmed("وأكد فوزي العلي رئيس النادي أن الفريق جاهز.") == ["وأكد"]    # «فوزي» is a name, not «my win»
    # an أن-clause is the object: the noun right after the verb is its subject
    assert affirmed("وتؤكد نسبة النمو في الواردات خلال خمس سنوات أن هناك حاجة إلى التنويع.") == []
    assert affirmed("وأكدت الزيارة أن البلدين يربطهما مصير مشترك.") == []
    # a span of time as the subject: the past months showed, nobody speaks
    assert affirmed("وأكدت الأشهر الخمسة الماضية أن وحدة الفصائل تؤدي إلى الانتصار.") == []


def test_a_thing_that_shows_heading_a_long_an_clause():
    affirmed = shipped("attribution", "affirmed")
    # after أن the clause opens, whatever stands before it, and its subject may stand five words before the verb
    assert affirmed("وأعلن وزير العدل أن نتائج الفحص الطبي لجثمان الشاب أكدت وجود جرح.") == []
    assert affirmed("وأعلن وزير العدل أن الطبيب المسؤول عن الفحص في المستشفى أكد وجود جرح.") == ["أكد"]
    # six words between أن and the verb: too far for this rule, but a far subject (test_rules_thirteenth) whose verb
    # agrees with it — a broken plural (نتائج) agrees with either gender since the fourteenth pass
    assert affirmed("وأعلن الوزير أن نتائج الفحص الطبي الأولي لجثمان الشاب أكدت وجود جرح.") == []


def test_event_subjects_is_a_general_field():
    lx = one_term("class: verb\nforms: [يثبت, تثبت, أثبت, أثبتت]\nevent_subjects: [مباراة]\n")
    df = article("وقال المدرب إن المباراة تثبت قوة الفريق. وأثبت المباراة جدارته. وأثبتت المباراة أن الفريق قوي.")
    assert [r.surface for r in match(df, lx, voice="all").itertuples()] == ["وأثبت"]


def test_what_happened_confirms_nobody_speaks():
    affirmed = shipped("attribution", "affirmed")
    # evidence: [what] — a clause opening with «ما» and a verb (a free relative) is the subject of the bare verb
    assert affirmed("وقال المدرب: «ما شاهدته في المباراة يؤكد أن الفريق جاهز».") == []
    assert affirmed("ما حدث ويحدث في النادي يؤكد أن الإدارة مرتبكة.") == []
    assert affirmed("ونحتاج إلى مراجعة، لأن ما تم كشفه يؤكد أن العمل لم يكن دقيقا.") == []
    # «ما زال» (still) is a negation; a second «ما» nearer the verb is its object, whose subject follows
    assert affirmed("ما زال الوزير يؤكد أن الخطة قائمة.") == ["يؤكد"]
    assert affirmed("ما صحة ما يؤكده صندوق الوادي بأن الأسعار سترتفع؟") == ["يؤكده"]


def test_that_after_an_or_all_confirms_nobody_speaks():
    affirmed = shipped("attribution", "affirmed")
    # «ذلك» after أن/إن/فإن or كل is the subject of the bare verb (that confirms), as «هذا يؤكد» was
    assert affirmed("ورحب النائب بالاتفاق، لافتا إلى أن ذلك يؤكد قدرة المعارضة على التوافق.") == []
    assert affirmed("وانسحبت القوات من المدينة، كل ذلك يؤكد بدء النهاية.") == []
    assert affirmed("وإذا رفض التسوية فإن ذلك يؤكد أن كلامه للاستهلاك.") == []
    # after a preposition «ذلك» is its object: the subject follows the verb and speaks
    assert affirmed("ومع ذلك يؤكد المسؤولون أن الأسعار مناسبة.") == ["يؤكد"]
    assert affirmed("وحول ذلك، يؤكد الباحث أن المؤسسة تغيرت.") == ["يؤكد"]
