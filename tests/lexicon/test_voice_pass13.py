"""Voice and speaker rules of issue 12's thirteenth pass, on sentences written for the test (fictional people and
outlets; no article text), and the linear pairing of quotation marks and quotation speakers on generated input
(results checked, no timing)."""
import random

from framing.lexicon.quotes import quote_spans, sentence_bounds
from framing.lexicon.speech import _Cover, _inside, _quote_speaker, _SpeakerIndex
from framing.lexicon.voice import voice_spans
from framing.text.normalize import normalize

from .helpers import BEFORE, at


# ------------------------------------------------------------------------------- linear on pathological input

def test_ten_thousand_unclosed_marks_in_one_paragraph_pair_nothing():
    """10,000 ASCII marks that never close, in one paragraph: none of them pairs with a mark far away."""
    assert quote_spans(normalize('كلمة "عابرة ' * 10000, lower=True)) == []
    assert quote_spans(normalize("نص «عابر " * 10000, lower=True)) == []


def test_ten_thousand_closed_quotes_in_one_paragraph_pair_each_with_its_own():
    text = normalize('قال الوزير "الهجوم" ' * 10000, lower=True)
    spans = quote_spans(text)
    assert len(spans) == 10000
    assert all(text[s:e] == '"الهجوم"' for s, e in spans)


def test_each_quotation_of_a_long_paragraph_gets_the_speaker_next_to_it():
    """A paragraph of 3,000 statements by alternating ministers, without a full stop: every quotation is the
    words of the minister named just before it."""
    names = ["الوزير سامر", "الوزيرة هالة", "مدير الهيئة"]
    text = normalize("".join(f'قال {names[i % 3]} "الهجوم انتهى صباح اليوم" ' for i in range(3000)) + "وانتهى اللقاء.", lower=True)
    v = voice_spans(text)
    assert len(v.quoted) == 3000
    for i, (s, e) in enumerate(v.quoted):
        sp, verb = v.quote_info[s]
        assert text[sp[0]:sp[1]] == normalize(names[i % 3], lower=True), i


def _by_loop(text, bounds, s, e, events):
    """The speaker of a quotation read off every event (the rule of :func:`_quote_speaker`, written as a loop)."""
    from framing.lexicon.quotes import _sentence
    from framing.lexicon.speech import _postposed
    holders = [ev for ev in events if (ev[0] <= s < ev[1] or ev[0] == ev[1] == s) and ev[2] is not None]
    if holders:
        ev = max(holders, key=lambda h: h[0])
        return ev[2], ev[3]
    s0, e0 = _sentence(text, bounds, s)
    best = None
    for ev in events:
        sp = ev[2]
        if sp is None:
            continue
        after = e <= sp[0] < min(e0, e + 80) or (e0 <= e and e <= sp[0] < e + 80 and "\n" not in text[e:sp[0]])
        if s0 <= sp[0] < s or after and _postposed(text, e, ev[4]):
            d = s - sp[1] if sp[0] < s else sp[0] - e
            if best is None or d < best[0]:
                best = (d, sp, ev[3])
    return (best[1], best[2]) if best else (None, "")


def test_the_speaker_index_answers_as_the_loop_over_all_events():
    """:class:`_SpeakerIndex` and :class:`_Cover` give the same answers as reading every event, on random events."""
    rnd = random.Random(5)
    text = normalize("قال الوزير إن الهجوم انتهى، " * 400, lower=True)
    bounds = sentence_bounds(text)
    for _ in range(20):
        events = []
        for _ in range(60):
            a = rnd.randrange(0, len(text) - 50)
            b = a + rnd.choice([0, rnd.randrange(1, 400)])
            sp = None if rnd.random() < 0.3 else (max(0, a - rnd.randrange(0, 30)), a)
            events.append((a, b, sp, rnd.choice(["قال", "اكد"]), (a, a + 3)))
        index = _SpeakerIndex(events)
        cover = _Cover(events)
        for _ in range(60):
            s = rnd.randrange(0, len(text) - 100)
            e = s + rnd.randrange(1, 60)
            assert _quote_speaker(text, bounds, s, e, index) == _by_loop(text, bounds, s, e, events)
            me = rnd.choice(events)
            assert _inside(s, cover, me) == _inside(s, events, me)


# ------------------------------------------------------------------ verbs of saying inside a quotation

def test_a_verb_inside_a_quotation_lends_no_speaker_to_the_participle_after_it():
    """«وأضاف أن «… وبين الضحايا عمال»، مشيرا إلى أن «…»»: «بين» is the quoted man's word, not a new speaker."""
    text = ("وقال قائد الشرطة سامر الوادي: «أحصينا ثمانية قتلى». وأضاف أن «عددا من الأطفال قتلوا وبين الضحايا عمال»، "
            "مشيرا إلى أن «المهاجمين أرادوا ارتكاب مجزرة».")
    assert at(text, "مجزرة") == ("quoted", "قائد الشرطة سامر الوادي")


def test_a_subject_inside_an_earlier_quotation_is_not_the_next_verbs():
    """«…: «… . فرغم تداخل الأزمات …»، وتابع: «…»»: the sentence of «وتابع» opens inside the first quotation."""
    text = ("وأضاف النائب سامر الوادي في تغريدة: «الحكومة تنظر بعين واحدة. فرغم تداخل وتشابك الأزمات فأهم هدف لديها "
            "الحرب على المهربين»، وتابع: «ولا تهتم الحكومة إلا بالحرب على الغلاء».")
    assert at(text, "بالحرب على") == ("quoted", "النائب سامر الوادي")


def test_an_aside_inside_a_quotation_keeps_the_quoted_speaker():
    """«ويقول المصدر إن دخول الحزب «لم يكن كما زعم، ولا كما قال قياديون فيه»»: the source speaks (guide §5.8)."""
    text = ("ويشكك مصدر معارض في رواية الحزب. ويقول المصدر إن دخول الحزب المعركة «لم يكن بسبب حماية المراقد كما زعم "
            "في البداية، ولا لحماية الحدود كما قال قياديون فيه»، معتبرا أن الحزب أخطأ.")
    assert at(text, "زعم") == ("quoted", "المصدر")
    assert at(text, "قال") == ("quoted", "المصدر")


def test_a_quotation_left_open_over_the_narration_still_ends_there():
    """«وقال سامر: «… أقوى.. وشدد سامر على أن …»»: the outlet's «وشدد سامر» inside badly closed marks is narration."""
    text = ("وقال النائب سامر الوادي: «إن الاحتلال يحاول كسر إرادة الأهالي بكل الطرق ولكن عزيمتهم أقوى من ذلك.. وشدد "
            "الوادي على أن الإفراج عن الأسرى واجب وطني تتحمله كافة الفصائل».")
    assert at(text, "الفصائل")[0] == "reported"


def test_a_name_in_quotation_marks_after_any_title_is_the_speaker():
    """«وقال المعلق "فلان الفلاني" إن …»: a quoted name after one definite noun, then أن/a preposition/a colon, is
    the person; a quoted word that is speech («قال الناخبون «لا»») or an object in لـ is not taken."""
    assert at('وقال المعلق "سامر الوادي" إن الحركة لن تضيع الفرصة.', "الحركة") == ("reported", 'المعلق "سامر الوادي')
    assert at('وحذر المصور "هاني" من أن الحركة لن تضيع الفرصة.', "الحركة") == ("reported", 'المصور "هاني')
    assert at("وقال الناخبون «لا»، فانتهت الأزمة.", "الأزمة")[1] != "الناخبون «لا"


def test_the_document_after_jaa_fi_speaks_whatever_its_gender():
    """«وجاء في نشرة حول العرض أن …»: after «جاء في» the document is the source, a feminine noun too (after another
    masculine verb a feminine noun is its object: «يؤكد حقيقة واحدة»)."""
    text = BEFORE + "وجاء في نشرة حول العرض أن الحفل تكريم للشهداء."
    assert at(text, "للشهداء") == ("reported", "نشرة")
    text = BEFORE + "وجاء في رسالة الهيئة أن الضحايا مدنيون."
    assert at(text, "الضحايا") == ("reported", "رسالة الهيئة")


def test_especially_as_after_a_speech_noun_opens_no_statement():
    """«وعدت الهيئة هذه التصريحات غير مسؤولة خاصة أنها …»: «خاصة أن» gives a reason; «غير مسؤولة» owns no statement,
    and the next sentence's «وأشارت» continues the body that spoke."""
    text = ("وعدت أمانة الهيئة هذه التصريحات غير مسؤولة خاصة أنها تصدر عن مسؤول رفيع، مؤكدة أنها تخالف الميثاق. "
            "وأشارت إلى أن هذه الادعاءات تنافي الواقع.")
    assert at(text, "الادعاءات") == ("reported", "امانة الهيئة")


def test_a_feminine_nisba_title_keeps_the_name_after_it():
    """«طالبت الأخصائية الاجتماعية فلانة الفلانية بـ…»: a title no list holds, known by its form, then the name; a
    later «وأضافت» carries that woman, not the last «الاجتماعية» of another phrase."""
    text = ("طالبت الأخصائية الاجتماعية هالة سامر بتشكيل فريق للطوارئ من قسم الخدمة الاجتماعية في المستشفيات أو وزارة "
            "الشؤون الاجتماعية بالمنطقة.\nوأضافت ان التفجير لا تقر به الشريعة التي تدعيها الجماعات الضالة.")
    assert at(text, "تدعيها") == ("reported", "الاخصائية الاجتماعية هالة سامر")
    # a masculine nisba is as often a family name: the object after it stays out
    assert at("وطالب المومني الحكومة بتحمل مسؤولياتها عن الاحتلال.", "الاحتلال")[1] != "المومني الحكومة بتحمل"


def test_a_participle_after_a_setting_then_a_verb_speaks_for_that_verbs_subject():
    """«وعلى صفحته بموقع فيسبوك أعلن فلان عن المبادرة، مشيرا إلى أن …»: the sentence opens with where, then who."""
    text = ("وكشف القائد سامر الوادي أن قيادات تقدموا بمبادرة. وعلى صفحته بموقع فيسبوك أعلن البركاني عن المبادرة، "
            "مشيرا إلى أن مبادرته تتضمن تبادل الأسرى.")
    assert at(text, "الأسرى") == ("reported", "البركاني")


def test_a_verb_with_its_object_pronoun_after_a_comma_is_no_new_speaker():
    """«وقال فلان أمام مؤيديه في احتفالات، بثها التلفزيون الرسمي، إن …»: the television broadcast the celebration; a
    later speech without its subject («وتابع موضحا أن «…»») is still the man's."""
    text = ("وقال كير أمام الآلاف من مؤيديه في احتفالات يوم الشهداء، بثها التلفزيون الرسمي، إن المقترحات غير متوازنة. "
            "وقال بهذا الخصوص إن «هذه محاولة لسرقة نفطنا».. لكنه لم يسم تلك الجهات، وتابع موضحا أن «هذا استفزاز "
            "لشهدائنا الذين قدموا أرواحهم».")
    assert at(text, "لشهدائنا") == ("quoted", "كير")


def test_a_verb_that_needs_a_word_also_introduces_a_quotation():
    """«وحثت الكتلة «فصائل المقاومة في …»»: حث needs على or a complementiser, or a quotation opening after it;
    «وحثت أنقرة الدول الأوروبية على …»: after a bare place name, a definite word is the object."""
    text = BEFORE + "وحثت الكتلة «فصائل المقاومة في الضفة الغربية وفي القدس للدفاع عن المسجد»."
    assert at(text, "الضفة الغربية") == ("quoted", "الكتلة")
    assert at("وحثت أنقرة الدول الأوروبية على وقف الهجوم على القرية.", "الهجوم") == ("reported", "انقرة")
    assert at("وشدد الجيش الإجراءات «في كل المعابر» بعد الهجوم.", "الهجوم")[0] == "own"   # no speech: tightened


def test_a_verbal_noun_after_or_is_no_verb_of_saying():
    """«ورفض تأكيد أو نفي إلقاء القبض …، مؤكدا أن …»: «نفي» after «تأكيد أو» is a noun, so no subject is read off the
    words before it; the participle speaks for the official named before."""
    text = ("وقال المسؤول اليمني إن الحوثيين يخسرون.\nورفض تأكيد أو نفي إلقاء القبض على شقيق زعيم المتمردين "
            "«عبدالخالق» قائلا: «لا أستطيع أن أنفي أو أؤكد إلقاء القبض عليه»، مؤكدا أن الأسرى يحظون بكامل الحقوق.")
    assert at(text, "الأسرى") == ("reported", "المسؤول اليمني")


def test_a_verb_that_is_also_a_noun_opens_the_story_after_a_dateline():
    """«فلان- النهر- الرياض: دعا الوزير إلى …»: after an agency dateline the verb opens its sentence (دعا، طالب، دان
    are verbs only there); a credit line «إخراج: دان فلان» has no dash and stays a name."""
    text = "هاني سامر- النهر- الرياض: دعا وزير الخارجية سامر الوادي إلى وقف الهجوم على القرية."
    assert at(text, "الهجوم") == ("reported", "وزير الخارجية سامر الوادي")
    assert at("إخراج: دان فوغلمان بعد الهجوم على القرية.", "الهجوم") == ("own", None)


def test_the_document_that_stipulates_is_the_speaker_even_when_a_verbal_noun_heads_it():
    """«وينص اقتراح القانون على أن …» (guide §5.8): the bill speaks, not the member who tabled it before."""
    text = "وقدم عضو الكنيست سامر الوادي اقتراح قانون جديد.\nوينص اقتراح القانون على أن يعاقب كل أسير عاد إلى العمل."
    assert at(text, "أسير") == ("reported", "اقتراح القانون")


def test_wifq_before_a_source_word_in_mim_is_an_attribution():
    """«…، وفق مصادر عسكرية عدة.»: وفق before a source word is an attribution, as before any other letter; «وفق
    معايير …» (a rule) stays the outlet's."""
    text = "وأنهت القوات عملية احتجاز رهائن في فندق بتحرير أربعة أشخاص، وفق مصادر عسكرية عدة."
    assert at(text, "رهائن") == ("reported", "مصادر عسكرية عدة")
    assert at("وتوزع المساعدات على الرهائن المحررين وفق معايير محددة.", "الرهائن") == ("own", None)


def test_the_issuer_of_a_memorandum_speaks_in_it():
    """«وكانت هذه المنظمات تقدمت بمجموعة مطالب عبر مذكرة … طالبت فيها بـ…»: the bodies that submitted the memorandum
    (a subject before كان, or a demonstrative phrase after the verb) demand, not the witnesses named before."""
    for opening in ("وكانت هذه المنظمات والجماعات تقدمت", "وتقدمت هذه المنظمات والجماعات"):
        text = (f"وقال شهود العيان إن المستوطنين اقتحموا الحي.\n{opening} بمجموعة مطالب عبر مذكرة رفعتها لرئيس "
                "الحكومة طالبت فيها بإغلاق المسجد وإتاحة المجال لاقتحامات واسعة للمستوطنين.")
        assert at(text, "للمستوطنين") == ("reported", "هذه المنظمات والجماعات"), opening


def test_a_verb_of_saying_in_the_first_person_is_the_writers():
    """«لذلك نقول إنه …», «وقلت له: …» (guide §5.4): the columnist speaks; inside someone's colon speech the words
    stay that speaker's («وقال الوزير: نحن نقول إن …»)."""
    assert at("وهذا واضح للجميع، لذلك نقول أنه لا ذنب للاتحاد في الأزمة.", "الأزمة") == ("own", None)
    assert at("وقلت له: إن الأزمة انتهت.", "الأزمة") == ("own", None)
    assert at("وقال الوزير: نحن نقول إن الأزمة انتهت.", "الأزمة") == ("reported", "الوزير")


def test_a_verb_after_haythu_inside_a_that_clause_is_the_outer_speakers():
    """«وأشار فلان إلى أن الوزير أجرى اتصالا، حيث أكد …»: the حيث clause is part of the that-clause (guide §3, a verb
    inside someone's speech); outside a speech «…، حيث صرح أحد الأعضاء» stays the outlet's verb."""
    text = ("وأشار المتحدث سامر الوادي إلى أن وزير الخارجية كان قد أجرى اتصالا مع رئيس الحكومة، حيث أكد دعم البلاد "
            "الكامل للحكومة.")
    assert at(text, "أكد") == ("reported", "المتحدث سامر الوادي")
    assert at("ورفض الحشد عودة النازحين رغم القرار، حيث صرح أحد أعضاء الحكومة بأن العودة ممكنة.", "صرح") == ("own", None)


def test_stipulates_before_a_dash_or_a_lone_mark_names_no_document():
    """«وينص - على أن …» (a dash, no word between): no document and no error (found on the full corpus)."""
    assert at("وينص - على أن الأسير يعاقب.", "الأسير")[1] is None
    assert at("وينص » على أن الأسير يعاقب.", "الأسير")[1] is None


def test_a_reversed_mark_after_a_colon_opens_and_keeps_its_verb():
    """«… «أن الطلاب كثيرون.وقال:»كل ما نعرفه …»»: the » after «وقال:» opens the next quotation; «وقال» is no verb
    inside a closed quotation, so its words stay someone's."""
    text = ("وبين سامر الوادي رئيس هيئة الطلاب «أن الطلاب كثيرون في الحرم.وقال:»كل ما نعرفه أن الطالب متميز، ونتقدم "
            "بخالص العزاء لأسرة الضحية».")
    assert at(text, "الضحية")[0] != "own"


def test_a_quotation_that_opens_with_the_verb_keeps_the_verb():
    """«إلا أن البعثة «نفت بشدة» مزاعم قتل مدنيين»: the quoted words are the verb itself, whose complement follows."""
    text = ("وقال المسؤول الطبي سامر الوادي إنه تم نقل 18 شخصا إلى المستشفى. إلا أن بعثة الاتحاد في النهر «نفت بشدة» "
            "مزاعم قتل مدنيين، وأوضحت أن قواتها اكتشفت مركز تدريب.")
    assert at(text, "مزاعم")[0] == "reported"


def test_the_same_verb_after_haythu_without_a_subject_is_the_speakers_next_statement():
    """«وقال فلان إن القتال مستمر، حيث قال إن …»: the same speaker goes on (his verb is the outlet's, guide §3)."""
    text = "وقال المتحدث سامر الوادي إن القتال مستمر في القاعدة، حيث قال إن المقاتلين أتلفوا الطائرات."
    assert at(text, "قال إن المقاتلين")[0] == "own"


def test_a_mark_glued_to_the_next_word_closes_nothing_for_the_verbs_before_it():
    """«وكشف مصدر ل"الوطن" أن "قياديا اجتمع بهم … من جانبه، أوضح المستشار ل"الوطن" أن …»: the last mark opens a
    name; «أوضح» is not dropped as a verb inside a quotation, it stays the outlet's."""
    text = ('وكشف مصدر ل"الوطن" أن "قياديا اجتمع بالموظفين ولم يقدم لهم أي وعود، مشيرا إلى أن الأبواب مفتوحة.من جانبه، '
            'أوضح المستشار القانوني سامر الوادي ل"الوطن" أن "أي موظف تعرض لظلم من حقه أن يشتكي".')
    assert at(text, "أوضح")[0] == "own"
