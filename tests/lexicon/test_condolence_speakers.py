"""Who gives a condolence (issue 12, junk speakers of condolence statements; docs/matching.md, *Speakers*): the
subject before the intensifier and the condolence noun, never a word of the message, a God-phrase or a noun with
«your». Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from framing.lexicon.sources import statements
from framing.lexicon.speakers import split_speaker

from .helpers import at


def test_the_giver_ends_before_the_intensifier_of_the_condolence():
    """«وقدم المجلس خالص تعازيه»: the council speaks, not «خالص» (sincere); so «أحر»، «صادق»، «بأحر» …."""
    assert at("وقدم المجلس خالص تعازيه لأسر الشهداء.", "الشهداء") == ("reported", "المجلس")
    assert at("ورفع نائب رئيس الهيئة صادق تعازيه لذوي الشهداء.", "الشهداء") == ("reported", "نائب رئيس الهيئة")
    assert at("وتقدم المجلس بأحر التعازي لأسر الشهداء.", "الشهداء") == ("reported", "المجلس")
    assert at("ورفع أعضاء مجلس شباب الوادي أحر التعازي لأسر الشهداء.", "الشهداء") == (
        "reported", "اعضاء مجلس شباب الوادي")
    assert at("فيما رفع رئيس النادي سامي الوادي نيابة عن الأعضاء خالص التعازي لأسر الشهداء.", "الشهداء") == (
        "reported", "الاعضاء")


def test_in_his_own_name_the_giver_is_the_one_named_before():
    """«ورفع باسمه ونيابة عن منسوبي الجامعة أصدق التعازي»: no subject after the verb (in his name and for the staff):
    the one named before gives it, not «الجامعة أصدق»."""
    text = ("وقال مدير الجامعة الدكتور سامي الوادي إن الهجوم جبان. "
            "ورفع باسمه ونيابة عن منسوبي الجامعة أصدق التعازي لأسر الشهداء.")
    voice, sp = at(text, "الشهداء")
    assert voice == "reported" and sp is not None and sp.endswith("سامي الوادي")


def test_a_god_phrase_is_never_part_of_the_speaker():
    """«ودعت القيادة الله سبحانه وتعالى أن …»: the leadership prays; God is the object, not the speaker's name."""
    voice, sp = at("ودعت القيادة الله سبحانه وتعالى أن يتقبل الشهداء.", "الشهداء")
    assert voice == "reported" and sp == "القيادة"
    voice, sp = at("ودعا الأمير سالم بن فهد الله عز وجل أن يتقبل الشهداء.", "الشهداء")
    assert sp == "الامير سالم بن فهد"
    assert at("وقال المستشار عطا الله إن الشهداء في الجنة.", "الشهداء")[1] == "المستشار عطا الله"


def test_a_feeling_noun_with_your_is_never_a_speaker():
    """«ونقل مشاعركم الصادقة …» (your sincere feelings, in a father's words to his visitors): an object, not who
    speaks; a noun with «your» (ـكم) is never a speaker."""
    text = ("واستهل والد الشهيد الحديث مع المحافظ وقال نثمن العزاء من معاليكم ونشكركم على زيارتكم ونقل مشاعركم "
            "الصادقة وهذا ليس بغريب عليكم ونحن نهنئ أنفسنا أن رحل ابننا شهيدا.")
    assert not any("مشاعركم" in st[3] for st in statements(text))


def test_like_those_is_never_a_speaker():
    """«الدين الذي يستنكر مثل تلك الأعمال»: «مثل تلك» (such) opens an object, never who speaks; the condolence after
    it is the minister's."""
    text = ("وقال الوزير سامي الوادي في تصريح صحفي إن الهجوم أصبح دين الجماعات الضالة ما يؤكد بعدها عن الدين الذي "
            "يستنكر مثل تلك الأعمال الإجرامية. وعبر عن تعازيه لأسر الشهداء.")
    names = [st[3] for st in statements(text)]
    assert "مثل تلك" not in names and names[-1] == "سامي الوادي"


def test_a_stray_quotation_mark_is_not_part_of_the_name():
    """«العم “فلان الفلاني» (its closing mark left outside the span) and «العم “فلان الفلاني”» are one speaker."""
    assert "“" not in "".join(split_speaker("العم “سامي الوادي"))
    assert split_speaker("منظمة “الواحة”")[0].endswith("“الواحة”")     # (balanced marks stay)


def test_a_carried_giver_ends_before_the_condolence():
    """«وتقدم المجمع بأحر التعازي …، سائلا المولى أن …»: the assembly (not a title word) is the subject the later
    participle carries; its span ends before «بأحر التعازي», the message."""
    text = ("وأكد المجمع في بيان أن الهجوم جبان. وتقدم المجمع بأحر التعازي لذوي الشهداء سائلا المولى عز وجل "
            "أن يتقبل الشهداء.")
    names = [st[3] for st in statements(text)]
    assert names and not any("التعازي" in n or "بأحر" in n for n in names)


def test_a_party_named_after_god_keeps_its_name():
    """«حزب الله» is a body's name (an indefinite noun in construct), not God after a speaker."""
    voice, sp = at("وقال نائب رئيس المجلس التنفيذي في حزب الله سامي الوادي إن الشهداء في الجنة.", "الشهداء")
    assert sp is not None and sp.endswith("سامي الوادي")


def test_the_start_or_end_of_an_occasion_is_not_part_of_the_speaker():
    """«ونقل نائب رئيس الهيئة في بداية الاجتماع تعازي …»: «في بداية/ختام/مستهل …» tells when, not who (a title's «في»
    otherwise goes on: «القيادي في الحركة»)."""
    assert at("ونقل نائب رئيس الهيئة في بداية الاجتماع تعازي القيادة لذوي الشهداء.", "الشهداء") == (
        "reported", "نائب رئيس الهيئة")
    assert at("وقال مدير الإدارة في مستهل الجلسة إن الشهداء في الجنة.", "الشهداء") == ("reported", "مدير الادارة")


def test_a_condolence_right_after_its_verb_has_the_speaker_named_before():
    """«ورفع خالص التعازي …»، «وقدم واجب العزاء …» (no subject between the verb and the message): not «خالص» or
    «واجب», but the one named before."""
    text = ("واستنكر الدكتور سامي الوادي مساعد رئيس المجلس الهجوم. ورفع خالص التعازي لأسر الشهداء سائلا المولى أن "
            "يتقبل الشهداء.")
    names = [st[3] for st in statements(text)]
    assert names and not any(n in ("خالص", "خالص التعازي") for n in names)
    text = "وقال اللواء سامي الوادي إن الهجوم جبان. وقدم واجب العزاء لأسر الشهداء داعيا الله أن يتقبل الشهداء."
    assert not any(st[3].startswith("واجب") for st in statements(text))
