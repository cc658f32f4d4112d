"""``_verb_positions(text, limit)`` (the verbs of saying that :func:`speech_events` analyses when the voices are
needed only before ``limit``) gives the verbs of the whole field that start before ``limit``, wherever ``limit``
falls: between words, inside a verb, inside the word after it.  Sentences written for the test (fictional people
and bodies)."""
from framing.lexicon.speech import _verb_positions
from framing.text.normalize import normalize


def test_a_limit_keeps_the_verbs_that_start_before_it():
    text = normalize("قال سامر إن الأسرى نقلوا. وأضاف المدير: «لا جديد». وأكدت هيئة الوادي أن المحتجزين بخير، "
                     "مشيرة إلى أن الوفد وصل. بدوره وصف الناطق الاتفاق بأنه خطوة. وقالت رنا إن الحوار مستمر.",
                     lower=True)
    whole = _verb_positions(text)
    assert len(whole) >= 5                      # (the text holds verbs all along it)
    for limit in range(len(text) + 2):
        assert _verb_positions(text, limit) == [v for v in whole if v[0] < limit], limit
    assert _verb_positions(text, None) == whole
