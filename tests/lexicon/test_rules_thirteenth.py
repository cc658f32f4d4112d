"""Thirteenth precision pass (issue 11): a thing that confirms as the subject of a long clause — right after أن/إن, or
heading the verb's clause — far from its verb, which agrees with it. Texts are written for these tests (fictional
outlets and people)."""
from framing.lexicon import match

from .helpers import article, one_term, shipped


def test_a_far_subject_after_an_confirms_nobody_speaks():
    affirmed, clarified = shipped("attribution", "affirmed"), shipped("attribution", "clarified")
    # a meeting, a refusal, findings: the subject of the أن-clause, however long, across commas
    assert affirmed("وأوضح الوزير أن لقاءه بأمير الوادي، وولي عهده أكد أهمية تدعيم العلاقات بين البلدين.") == []
    assert affirmed("وأضافوا أن الرفض المتكرر من الجماعة لإعلان الهدنات التي دعت لها القيادة، يؤكد حقيقة واحدة.") == []
    assert clarified("وقال العلماء إن الأدلة المطمورة في صخور دقيقة مأخوذة من شمال الوادي أوضحت أن الحقل قديم.") == []


def test_a_far_subject_heading_its_clause():
    affirmed = shipped("attribution", "affirmed")
    assert affirmed("الوزير النجار : مباحثات مثمرة وبناءة مع وزير خارجية الوادي تؤكد تطابق الرؤى") == []


def test_a_far_subject_needs_agreement_and_no_subject_of_its_own():
    affirmed, clarified = shipped("attribution", "affirmed"), shipped("attribution", "clarified")
    # a noun after the verb before its أن, or a title after it, is the verb's subject: it speaks
    assert affirmed("وقال المدير إن الزيارة التي قام بها الوفد إلى المدينة الأسبوع الماضي، أكدت الوزارة أنها ناجحة.") \
        == ["أكدت"]
    assert affirmed("والعملية مستمرة في المنطقة منذ أسبوع، يؤكد المتحدث العسكري.") == ["يؤكد"]
    # the verb does not agree with the noun (a feminine visit, a masculine verb): another subject
    assert affirmed("زيارة الوزير للمنطقة الشرقية يوم أمس أكد مسؤولون أنها ناجحة") == ["أكد"]
    # a pronoun subject of its own («لكنه»), or a relative right before the verb, opens another clause
    assert clarified("ولفت الصندوق إلى أن انخفاض أسعار النفط يخفض التضخم في الوادي، لكنه أوضح أن النمو ضعيف.") \
        == ["أوضح"]
    assert affirmed("وقال المدير إن زيارته للمشروع تأتي تنفيذا للتوجيهات، التي تؤكد أن يتم العمل بسرعة.") == ["تؤكد"]
    # a verb with و shares the subject of the clause before: the speaker
    assert affirmed("وقال المدير إن الزيارة التي قام بها الوفد إلى المدينة ناجحة، وأكد أن العمل مستمر.") == ["وأكد"]


def test_far_subjects_follow_the_terms_own_lists():
    # the rule reads a term's own not_subject and event_subjects words: none declared, none taken
    lex = one_term("class: verb\nforms: [يؤكد]\n")
    text = "وقال إن الرفض المتكرر من الجماعة لإعلان الهدنات، يؤكد حقيقة واحدة."
    assert len(match(article(text), lex, voice="all")) == 1
    lex = one_term("class: verb\nforms: [يؤكد]\nevent_subjects: [رفض]\n")
    assert len(match(article(text), lex, voice="all")) == 0


def test_a_verb_right_after_a_comma_takes_the_head_of_its_sentence():
    clarified = shipped("attribution", "clarified")
    assert clarified("القراءة السابقة للأندية الأربعة الكبار، توضح واقعية الفريق الأزرق.") == []
    # a phrase of place or time before the comma is no subject; a title after the verb speaks
    assert clarified("وفي ختام الزيارة، أوضح الوزير أن العمل مستمر.") == ["أوضح"]
    assert clarified("الزيارة مستمرة، أوضح الوزير.") == ["أوضح"]


def test_a_statistic_shows():
    clarified = shipped("attribution", "clarified")
    assert clarified("وأوضحت الإحصائية أن عدد الزيجات بلغ ألفين.") == []
    assert clarified("ووصل الوفد إلى الوادي، وأوضحت إحصائية رسمية أن عدد الزوار ارتفع.") == []
    assert clarified("وأوضحت الوزارة أن الإحصائية ستصدر غدا.") == ["وأوضحت"]


def test_a_media_attack_in_the_feminine_is_criticism():
    attack = shipped("violence", "attack")
    assert attack("ومنذ ذلك الوقت والسياسة النفطية تتعرض لهجمات إعلامية شرسة من الخارج.") == []
    assert attack("وطالب بالرد على الهجمات الإعلامية الممنهجة.") == []
    assert attack("وشن مسلحون هجوما على مقر قناة إعلامية في المدينة.") == ["هجوما"]


def test_a_thing_pointed_at_heading_a_long_clause():
    affirmed, clarified = shipped("attribution", "affirmed"), shipped("attribution", "clarified")
    # «هذه/هذا» + a definite noun, then a relative clause or a phrase, then a bare imperfect with a noun object
    assert affirmed("هذه العبارة التي أطلقها الأمير قبل سنوات تؤكد رؤية واضحة لحماية الوطن.") == []
    assert clarified("وهذا العدد الكبير من حالات الضبط يوضح مقدار الجهد المبذول.") == []
    # an أن after the verb (speech), a title pointed at, or a demonstrative that does not agree: kept
    assert affirmed("هذه القيادات في الحزب الحاكم أكدت أنه لا تغيير.") == ["أكدت"]
    assert affirmed("هذا المسؤول الكبير في الوزارة يؤكد حرص الدولة على المواطن.") == ["يؤكد"]
    assert affirmed("هذه العبارة التي قالها الأمير في خطابه يؤكد الوزير صحتها.") == ["يؤكد"]


def test_a_broken_plural_agrees_with_either_verb():
    # a thing's broken plural (نتائج، وثائق، شواهد) takes a feminine verb, and in news a masculine one too
    affirmed = shipped("attribution", "affirmed")
    assert affirmed("وقال المدير إن النتائج التي نشرتها مجلة الوادي العلمية أمس تؤكد سلامة الدواء.") == []
    assert affirmed("وقال المدير إن نتائج الربع الأول من العام الحالي للشركة يؤكد قوة أدائها.") == []
    # a singular noun still has to agree: a masculine refusal, a feminine verb with its own subject
    assert affirmed("وقال المدير إن الرفض المتكرر من الجماعة لإعلان الهدنة، تؤكد الوزارة أنه مستمر.") == ["تؤكد"]


def test_a_far_subject_beyond_fifteen_words_when_the_near_clause_has_none():
    affirmed = shipped("attribution", "affirmed")
    # twenty words between «أن الرفض» and its verb, across commas: the refusal confirms
    assert affirmed("وأضافوا أن الرفض المتكرر من ميليشيات الوادي لإعلان الهدنات الإنسانية التي دعت لها قيادة "
                    "التحالف الذي تقوده الدولة الجارة، ودعوة المنظمة الدولية، يؤكد حقيقة واحدة.") == []
    # the nearer clause has a subject of its own, a thing: it is taken, not the far أن-clause's
    assert affirmed("وأعلن النادي أن سامر شارك في التدريب الذي أقيم قبل يومين وظهر بصورة طيبة إلا أنه شعر بآلام "
                    "في اليوم التالي، لكن الكشف الطبي الذي خضع له أكد إصابته.") == []
    # «فيما» opens a clause with its own subject; «أكد ذلك» + a name: the subject follows
    assert affirmed("وبين البائع سامر أن أسعار الخواتم في متناول الجميع وتتراوح بين مئة وألف، فيما أكد البائع "
                    "رامي أن السوق تطور.") == ["أكد"]
    assert affirmed("وأوضح البيان أن الحادث حريق منزل تمت السيطرة عليه دون وقوع إصابات، أكد ذلك المقدم سامر "
                    "النجار.") == ["أكد"]
