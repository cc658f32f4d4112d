"""Voice rules (issue 12): other shapes of reported speech (docs/matching.md, *Reported speech* → *Other shapes of
reported speech*): the verb after its statement with «ذلك» («أوضح ذلك الناطق …» reports the sentence before, «وتؤكد
ذلك الأرقام» does not, «وقال هذا المصدر إن …» keeps its subject), and «خاصة أن» after a speech noun. Written in the
thirteenth and seventeenth voice passes.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from .helpers import at


def test_a_verb_with_that_after_the_statement_gives_the_sentence_before():
    text = "شارك في السباق شباب المحافظة. أوضح ذلك الناطق الإعلامي للمهرجان سامر الوادي."
    voice, sp = at(text, "شباب")
    assert voice == "reported" and sp is not None and sp.endswith("سامر الوادي")


def test_a_verb_inside_the_statement_before_takes_its_speaker():
    text = "فيما أكد المدرب أن الفريق يسعى لإنشاء مركز. أوضح ذلك الناطق الإعلامي للمهرجان سامر الوادي."
    voice, sp = at(text, "أكد")
    assert voice == "reported" and sp is not None and sp.endswith("سامر الوادي")


def test_figures_that_confirm_that_report_nothing_before():
    text = "شارك في السباق شباب المحافظة. وتؤكد ذلك الأرقام الرسمية."
    assert at(text, "شباب") == ("own", None)


def test_through_that_meeting_is_no_statement_after():
    text = "استضافت القناة الشاعرة سلمى الوادي في حلقة عن المدارس. وعبر ذلك اللقاء، قالت الشاعرة إنها بخير."
    assert at(text, "المدارس") == ("own", None)


def test_this_source_with_its_own_complement_is_a_subject():
    text = "أعلن مصدر في الوادي أن السباق تأجل. وقال هذا المصدر إن الهجوم على الملعب فشل."
    assert at(text, "الهجوم") == ("reported", "مصدر في الوادي")     # (the source named before, not the rule above)
    assert at(text, "السباق") == ("reported", "مصدر في الوادي")


def test_especially_as_after_a_speech_noun_opens_no_statement():
    """«وعدت الهيئة هذه التصريحات غير مسؤولة خاصة أنها …»: «خاصة أن» gives a reason; «غير مسؤولة» owns no statement,
    and the next sentence's «وأشارت» continues the body that spoke."""
    text = ("وعدت أمانة الهيئة هذه التصريحات غير مسؤولة خاصة أنها تصدر عن مسؤول رفيع، مؤكدة أنها تخالف الميثاق. "
            "وأشارت إلى أن هذه الادعاءات تنافي الواقع.")
    assert at(text, "الادعاءات") == ("reported", "امانة الهيئة")
