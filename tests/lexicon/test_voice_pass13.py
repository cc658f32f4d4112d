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


def test_the_issuer_of_a_memorandum_speaks_in_it():
    """«وكانت هذه المنظمات تقدمت بمجموعة مطالب عبر مذكرة … طالبت فيها بـ…»: the bodies that submitted the memorandum
    (a subject before كان, or a demonstrative phrase after the verb) demand, not the witnesses named before."""
    for opening in ("وكانت هذه المنظمات والجماعات تقدمت", "وتقدمت هذه المنظمات والجماعات"):
        text = (f"وقال شهود العيان إن المستوطنين اقتحموا الحي.\n{opening} بمجموعة مطالب عبر مذكرة رفعتها لرئيس "
                "الحكومة طالبت فيها بإغلاق المسجد وإتاحة المجال لاقتحامات واسعة للمستوطنين.")
        assert at(text, "للمستوطنين") == ("reported", "هذه المنظمات والجماعات"), opening
