"""Speaker rules of issue 12's twenty-fifth speaker pass (docs/matching.md, *Speakers*): a statement's issuer after
«صدر عن», condolences conveyed on someone's behalf, and phrases that name no agent.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from .helpers import at


def test_the_issuer_after_a_statement_that_was_issued_speaks():
    """«بيان صدر عن المنظمة» (a verb, as «بيان صادر عن …», the participle): the issuer is in the speaker's span; the
    span does not stop at «صدر»."""
    voice, sp = at("وأوضح بيان صحافي صدر عن منظمة الواحة اليوم (الخميس)، أن الاحتلال باق.", "الاحتلال")
    assert voice == "reported" and sp is not None and sp.endswith("منظمة الواحة")


def test_condolences_conveyed_on_behalf_of_a_person_are_that_persons():
    """«نقل فلان تعازي الملك …»: the King's condolences (coding guide §5.1, on behalf of), up to whom they go."""
    text = ("وعقب الصلاة نقل الدكتور سامي الوادي تعازي خادم الحرمين الشريفين الملك فهد بن سالم آل ناصر، "
            "وسمو ولي عهده إلى أسرة الشهيد.")
    voice, sp = at(text, "الشهيد")
    assert voice == "reported" and sp is not None and sp.startswith("خادم") and "الوادي" not in sp
    voice, sp = at("ونقل المحافظ تعازي أمير المنطقة الأمير سالم بن فهد لذوي الشهيد.", "الشهيد")
    assert sp == "امير المنطقة الامير سالم بن فهد"


def test_condolences_of_a_body_are_conveyed_by_the_one_named():
    """«نقل المحافظ تعازي القيادة»: a body's condolences; the coders mark who conveys them."""
    assert at("ونقل المحافظ تعازي القيادة لذوي الشهيد.", "الشهيد") == ("reported", "المحافظ")
    assert at("وقدم المحافظ تعازيه لذوي الشهيد.", "الشهيد") == ("reported", "المحافظ")


def test_a_document_named_with_who_issued_or_read_it_gives_that_one():
    """«النص الذي قرأه القاضي»، «البيان الذي أصدرته الوزارة»، «التفاصيل التي ذكرتها مواقع»: the one who issued the
    document speaks (coding guide §4, written communications); not one who got it, nor a clause without an agent."""
    voice, sp = at("وحسب النص الذي قرأه القاضي سامر الوادي، دين الرجلان وبقي اثنان محتجزين.", "محتجزين")
    assert voice == "reported" and sp == "القاضي سامر الوادي"
    assert at("وأكد البيان الذي أصدرته وزارة الداخلية أن الرهائن بخير.", "الرهائن")[1] == "وزارة الداخلية"
    voice, sp = at("وتفيد تفاصيل القضية التي ذكرتها مواقع إخبارية محلية إلى أن الرهائن بخير.", "الرهائن")
    assert sp is not None and sp.startswith("مواقع اخبارية")
    assert "الصحيفة" != at("وأكد البيان الذي تلقته الصحيفة أن الرهائن بخير.", "الرهائن")[1]
    assert at("وأكد التقرير الذي نشر أمس أن الرهائن بخير.", "الرهائن")[1] == "التقرير"
