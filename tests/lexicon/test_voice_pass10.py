"""Voice and speaker rules of issue 12's tenth pass, on sentences written for the test (fictional people
and outlets; no article text): a relative clause after a condolence is the outlet's, «وتناولت الصحف X» reports
X, «في خطوة تؤكد» has no speaker, نفى's subject ends before «مزاعم …», a connector and a new verb of saying end
a that-clause, the same speaker's «، وقال …: …» is the outlet's telling, and «…» (1967) is a title."""
from framing.text.normalize import normalize

from .helpers import voice_at


at = voice_at


def test_the_subject_of_a_denial_ends_before_the_claims():
    """«ونفى متحدث باسم المتمردين مزاعم الحكومة»: the claims are the object (guide §5.1), the spokesman speaks."""
    text = "ونفى متحدث باسم جماعة الوادي مزاعم الحكومة بسيطرتها على المدينة."
    assert at(text, "مزاعم") == ("reported", "متحدث باسم جماعة الوادي")
    text = "ونفى متحدث باسم جماعة الوادي مزاعم الحكومة السبت بسيطرتها على المدينة."   # (a day before the بـ-word)
    assert at(text, "مزاعم") == ("reported", "متحدث باسم جماعة الوادي")


def test_the_subject_of_an_affirmation_ends_before_its_noun_object():
    """«أكدت مصادر طبية في الوادي ارتفاع حصيلة ضحايا الألغام إلى عشرة»: a noun of what is affirmed (وجود، ارتفاع، مقتل …)
    starts the object, not the speaker phrase."""
    text = "من جهة أخرى، أكدت مصادر طبية في الوادي ارتفاع حصيلة ضحايا الألغام إلى عشرة."
    assert at(text, "ضحايا") == ("reported", "مصادر طبية في الوادي")


def test_a_plural_verb_has_its_subject_before_it():
    """«… والجمعية العمومية يعزون ذوي الشهداء»: a verb before its subject stays singular, so the phrase after a
    plural verb is its object (the bereaved), not a speaker."""
    text = ("وأوضح سامر الوادي أن مجلس إدارة النادي والجمعية العمومية يعزون ذوي الشهداء، مؤكدين أن مثقفي الوادي "
            "يجددون التزامهم.")
    assert at(text, "الشهداء") == ("reported", "سامر الوادي")
