"""Eleventh precision pass (issue 11): general cues behind the false `affirmed` rows of the seed-69 sets.
Texts are written for these tests (fictional outlets and people)."""
from framing.lexicon import match

from .helpers import article, one_term, shipped




def test_a_thing_that_shows_pointed_at_after_the_verb_is_no_speaker():
    affirmed, clarified = shipped("attribution", "affirmed"), shipped("attribution", "clarified")
    assert affirmed("وتداول سكان الوادي مقاطع للشهاب. ويؤكد هذا الفيديو أن ما شوهد كان نيزكا.") == []
    assert affirmed("ونام المشاركون ثماني ساعات. وتؤكد هذه النتائج أن النوم مهم.") == []
    assert clarified("وتوضح هذه الأرقام حجم الإقبال على المعرض.") == []
    # a demonstrative before a word that is not a thing that shows, or a quotation after the verb: counted
    assert affirmed("وأكدت هذه المصادر أن الوفد وصل.") == ["وأكدت"]
    assert affirmed("وتؤكد هذه الدول الثلاث أن الاتفاق قائم.") == ["وتؤكد"]
    assert affirmed("وأكد «هذه النتائج تكفي لنا جميعا» في كلمته.") == ["وأكد"]
    # a stop between the verb and the demonstrative: the word after belongs to another sentence
    assert affirmed("وقال المدير إن الفريق جاهز كما أكد. هذه النتائج مرضية.") == ["أكد"]


def test_a_thing_pointed_at_before_an_indefinite_subject_is_the_object():
    affirmed = shipped("attribution", "affirmed")
    # «these results» is the object; «another study», the subject that follows, says
    assert affirmed("وتؤكد هذه النتائج دراسة أخرى نشرتها جامعة الوادي.") == ["وتؤكد"]
    assert affirmed("وتؤكد هذه النتائج على أهمية النوم.") == []
    # an indefinite noun object cannot be told from that subject: counted (the cost of the rule)
    assert affirmed("وتؤكد هذه النتائج أهمية النوم.") == ["وتؤكد"]


def test_a_purpose_lam_after_a_comma_with_a_noun_object_is_evidence():
    affirmed = shipped("attribution", "affirmed")
    # «…، ليؤكد حرص …»: the event of the clause before confirms; nobody speaks
    assert affirmed("وانطلق الجسر الجوي لإغاثة المنكوبين، ليؤكد حرص المملكة على جيرانها.") == []
    assert affirmed("وارتفعت الطلبات في الربع الثاني، لتؤكد ارتفاع شهية المستثمرين.") == []
    # a subject after the verb, speech after it, or no comma before it: counted
    assert affirmed("وعقدت الوزارة مؤتمرا، لتؤكد الوزارة حرصها على الشفافية.") == ["لتؤكد"]
    assert affirmed("وعقدت الهيئة مؤتمرا صحفيا، لتؤكد أن الخدمة مستمرة.") == ["لتؤكد"]
    assert affirmed("ووزارة الوادي إذ تعلن ذلك لتؤكد للجميع حرص الحكومة على الأمن.") == ["لتؤكد"]


def test_purpose_is_a_general_evidence_kind():
    lx = one_term("class: verb\nforms: [يثبت, تثبت]\nevidence: [purpose]\n")
    df = article("وفاز الفريق بالمباراة، ليثبت جدارته باللقب. وقال المدرب إنه سعيد ليثبت أن الفريق قوي.")
    assert [r.surface for r in match(df, lx, voice="all").itertuples()] == ["ليثبت"]


def test_purpose_after_a_verb_of_saying_in_the_sentence_is_speech():
    affirmed = shipped("attribution", "affirmed")
    # the subject of «تشدد» speaks, and goes on speaking in «لتؤكد»
    assert affirmed("وهيئة الوادي تشدد دائما على رفضها للفساد، لتؤكد حرصها على المال العام.") == ["لتؤكد"]
