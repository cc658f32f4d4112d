"""Speaker rules (issue 12): quotations and the one quoted (docs/matching.md, *Speakers* → *Quotations and the one
quoted*): after a verb, its subject and where it spoke a short quotation is speech (scare quotes without a verb stay
own), «نقلا عن X» after an agency names X, and every quotation of a long paragraph gets the speaker next to it, the
speaker index answering as a loop over all events (linear, results checked, no timing). Written in the twelfth to
fourteenth voice passes.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
import random

from framing.lexicon.quotes import sentence_bounds
from framing.lexicon.speech import _Cover, _inside, _quote_speaker, _SpeakerIndex
from framing.lexicon.voice import voice_spans
from framing.text.normalize import normalize

from .helpers import BEFORE, at


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


# ------------------------------------------------------------------------- a short quotation after a verb of saying

def test_two_word_quotation_after_a_verb_and_its_setting_is_speech():
    assert at("وقال الوزير في بيان «الأسرى بخير»", "الأسرى") == ("quoted", "الوزير")
    assert at("وقال الوزير في بيان «الأسرى بخير».", "الأسرى") == ("quoted", "الوزير")
    assert at("وقالت الهيئة في تصريح صحفي «الجرحى بخير».", "الجرحى") == ("quoted", "الهيئة")


def test_two_word_quotation_ending_the_sentence_after_the_subject_is_speech():
    assert at("وقال الوزير «الأسرى بخير».", "الأسرى") == ("quoted", "الوزير")


def test_scare_quotes_without_a_verb_of_saying_stay_own():
    assert at("وانتقد الوزير «الأسرى بخير» في الصحيفة.", "الأسرى")[0] == "own"


# --------------------------------------------------------------------------------------------------- the one quoted

def test_quoting_after_an_agency_names_the_one_quoted():
    """«وذكرت الوكالة نقلا عن مصادر مطلعة أن …»: the guide's speaker is the one quoted."""
    text = BEFORE + "وذكرت وكالة النهر نقلاً عن مصادر مطلعة أن الهجمات أوقعت عشرة قتلى."
    assert at(text, "الهجمات") == ("reported", "مصادر مطلعة")
    text = BEFORE + "وذكرت وكالة النهر أن الهجمات أوقعت عشرة قتلى."
    assert at(text, "الهجمات") == ("reported", "وكالة النهر")


# ---------------------------------------------------------------------------------------- linear on long paragraphs

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


def test_quoting_after_a_bracketed_name_names_the_one_quoted():
    """«أفادت شبكة (الأفق) نقلا عن مسؤولين …» (spk37): the medium's name in brackets or quotation marks ends its
    phrase, and «نقلا عن» after it still names the one quoted (guide §4), as without the brackets."""
    for name in ("(الأفق نيوز)", "«الأفق نيوز»", "الأفق نيوز"):
        text = f"أفادت شبكة {name} نقلا عن مسؤولين في الدفاع اليوم القول إن الجيش نفذ أول ضربة جوية."
        assert at(text, "ضربة") == ("reported", "مسؤولين")
    assert at("أفادت شبكة (الأفق نيوز) اليوم أن الجيش نفذ أول ضربة جوية.", "ضربة") == ("reported", "شبكة")


def test_a_quotation_mark_glued_to_the_name_ends_the_speaker():
    """«… سامر الوادي"إن …»: a quotation mark written without a space after the name (spk37) opens the speech there."""
    for sep in ('"', ' "'):
        text = (f"وقال الأمين العام المساعد للاتحاد سامر الوادي{sep}إن الاتحاد ضغط على السلطات من أجل السفر إلى "
                "الضفة الغربية\".")
        assert at(text, "الضفة الغربية") == ("quoted", "الامين العام المساعد للاتحاد سامر الوادي")
    assert at('وقال سامر الوادي لـ"الأفق" إن المسلحين احتجزوا الرهائن.', "الرهائن") == ("reported", "سامر الوادي")


def test_a_subject_in_quotation_marks_before_an_adverb_is_the_speaker():
    """«وتشير «الفتوى» أيضا إلى أن …» (spk37): an adverb (أيضا، كذلك) between the quoted subject and its preposition
    keeps the quoted words a name, the subject, as without it."""
    for adverb in ("أيضا ", "كذلك ", ""):
        text = f"وتشير «الفتوى» {adverb}إلى أن الزعيم ليس مثل الخليفة الذي يدعي أنه كذلك."
        assert at(text, "يدعي") == ("reported", "الفتوي")
