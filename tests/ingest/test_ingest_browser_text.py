"""Pages saved as text from a browser: the article without menus, lists, comments and footers."""
from pathlib import Path

import pytest

from framing.ingest.browser_text import clean_page, tidy_body

HERE = Path(__file__).parent
SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed_rt_putin.txt"


def test_seed_page_gives_the_article():
    raw = SEED.read_text("utf-8")
    page = clean_page(raw)
    assert page.title == "بوتين: نبذل قصارى جهدنا لتحرير المحتجزين في قطاع غزة"
    assert page.text.startswith("صرح الرئيس الروسي")
    assert page.text.endswith("القدس الشرقية.")
    assert page.credit == "RT + سبوتنيك"
    for junk in ["Sputnik", "التعليقات", "المصدر", "زيارة بوتين إلى الهند", "كأس العرب", "فيديوهات",
                 "ترامب: ظروف التسوية", "إبستين", "أقسام مهمة", "Stories"]:
        assert junk not in page.text
    assert page.title not in page.text          # the caption repeating the headline is gone
    assert page.text.count("\n\n") == 7          # 8 paragraphs, in order
    paras = page.text.split("\n\n")
    assert paras[1].startswith("وقال بوتين") and paras[-1].startswith("وسبق أن أعلن")


def _page(name, *, title, published, credit, starts, ends, paragraphs=None):
    """The page ``pages/name`` cleaned, after checking its fields, the ends of its text and (when given) how
    many paragraphs it keeps."""
    page = clean_page((HERE / "pages" / name).read_text("utf-8"))
    assert (page.title, page.published, page.credit) == (title, published, credit)
    assert page.text.startswith(starts) and page.text.endswith(ends), page.text
    if paragraphs is not None:
        assert len(page.text.split("\n\n")) == paragraphs
    return page


def test_layout_with_pipes_breadcrumb_byline_caption_and_related():
    page = _page("wadi_news.txt", title="مجلس المدينة يقر خطة جديدة لإعادة إعمار الجسر القديم",
                 published="2025-11-12T10:30:00", credit="أ ف ب", starts="أقر مجلس مدينة الوادي الأخضر",
                 ends="طوال الأشهر الماضية.", paragraphs=4)
    for junk in ["الرئيسية", "كتب: سامي", "شارك", "تويتر", "الجسر القديم بعد الفيضانات", "©", "اقرأ أيضا",
                 "سكان الوادي يطالبون", "مواضيع ذات صلة", "الأرصاد", "جميع الحقوق", "من نحن", "أ ف ب"]:
        assert junk not in page.text, junk


def test_layout_with_levantine_date_dateline_credit_most_read_and_comments():
    page = _page("arz_network.txt", title="افتتاح مكتبة عامة جديدة في بلدة عين الزيتون بعد سنوات من الانتظار",
                 published="2025-02-12", credit="رويترز", starts="عين الزيتون (رويترز) - افتتحت",
                 ends="لجميع السكان والزوار.")
    for junk in ["الأكثر قراءة", "المحروقات", "التعليقات", "أبو سمير", "خطوة رائعة", "شكرا للمتبرعين", "رد",
                 "جميع الحقوق"]:
        assert junk not in page.text.split(), junk
        assert junk not in page.text or junk == "رد", junk


def test_layout_with_question_headline_share_lines_latin_photo_credit_and_source_line():
    page = _page("atlas_daily.txt", title="هل تنجح المدارس القروية في تقليص الهدر المدرسي هذا العام؟",
                 published="2024-08-03", credit="وكالات", starts="أعلنت المديرية الإقليمية", ends="بالوسط القروي.",
                 paragraphs=4)
    for junk in ["Getty", "فيسبوك", "Comments", "شارك", "مقالات ذات صلة", "ثانوية", "المصدر", page.title]:
        assert junk not in page.text, junk


def test_comments_longer_than_nothing_are_not_the_article():
    para = "وقال المتحدث إن الاجتماع المقبل سيعقد في العاصمة لبحث كل الملفات العالقة بين الطرفين."
    comment = ("هذا تعليق طويل جدا من قارئ غاضب يكتب فيه رأيه في الموضوع ويكرر كلامه مرات ومرات "
               "حتى يصبح أطول من أي فقرة في الخبر نفسه وأكثر من ذلك بكثير.")
    page = clean_page("\n".join(["العنوان الرئيسي للخبر اليوم", para, para.replace("المقبل", "القادم"),
                                 "التعليقات", comment, comment + " نعم.", comment + " لا."]))
    assert page.title == "العنوان الرئيسي للخبر اليوم"
    assert "قارئ غاضب" not in page.text


def test_no_prose_gives_none():
    assert clean_page("الرئيسية\nأخبار\nرياضة\n\nاتصل بنا") is None
    assert clean_page("") is None


def test_tidy_body_takes_out_credit_line_and_caption_pair():
    paras, credit = tidy_body(["العنوان هنا الآن", "فقرة أولى طويلة بما يكفي لتكون فقرة من فقرات الخبر هنا.",
                               "صورة من الموقع", "© AFP", "فقرة ثانية طويلة بما يكفي لتكون فقرة من الخبر هنا.",
                               "Source: Reuters"], title="العنوان هنا الآن")
    assert credit == "Reuters"
    assert paras == ["فقرة أولى طويلة بما يكفي لتكون فقرة من فقرات الخبر هنا.",
                     "فقرة ثانية طويلة بما يكفي لتكون فقرة من الخبر هنا."]


def test_credit_printed_under_the_headline():
    para = "قال مسؤولون في الميناء إن السفن عادت إلى العمل بعد توقف دام ثلاثة أيام بسبب العاصفة."
    page = clean_page("\n".join(["الأخبار", "عودة الملاحة إلى ميناء المدينة", "المصدر: وكالة الساحل",
                                 para, para.replace("ثلاثة", "أربعة")]))
    assert page.title == "عودة الملاحة إلى ميناء المدينة" and page.credit == "وكالة الساحل"
    assert page.text.startswith("قال مسؤولون")


def test_page_whose_only_prose_is_a_comment_has_no_article():
    comment = ("هذا تعليق طويل جدا من قارئ غاضب يكتب فيه رأيه في الموضوع ويكرر كلامه مرات ومرات "
               "حتى يصبح أطول من أي فقرة في الخبر نفسه وأكثر من ذلك بكثير.")
    assert clean_page("\n".join(["الرئيسية", "عنوان خبر بلا نص في هذه الصفحة", "التعليقات", comment,
                                 comment + " نعم."])) is None


def test_comments_menu_item_above_the_article_does_not_hide_it():
    para = "قال مسؤولون في الميناء إن السفن عادت إلى العمل بعد توقف دام ثلاثة أيام بسبب العاصفة."
    page = clean_page("\n".join(["الرئيسية", "التعليقات", "رياضة", "عودة الملاحة إلى ميناء المدينة",
                                 para, para.replace("ثلاثة", "أربعة")]))
    assert page is not None and page.title == "عودة الملاحة إلى ميناء المدينة"


def test_headline_starting_with_a_byline_word_is_still_the_headline():
    """«تحرير» is both "editing by" (a byline) and "liberation" (a headline)."""
    from framing.ingest.browser_text import clean_page
    body = ("عاش أهالي البلدة يوما استثنائيا مع تحرير عشرات الأسرى في صفقة تبادل جرت بعد وساطة طويلة "
            "بين الطرفين، وسط احتفالات في الساحات العامة حتى ساعة متأخرة من الليل.")
    page = "\n\n".join(["الرئيسية", "أخبار", "تحرير 40 من الأسرى في صفقة تبادل", "١٨ نوفمبر ٢٠٢٥",
                        body, body.replace("البلدة", "القرية"), "تحرير: سامر الخطيب"])
    got = clean_page(page)
    assert got.title == "تحرير 40 من الأسرى في صفقة تبادل"
    assert got.published == "2025-11-18"


def test_date_from_the_dateline_of_the_first_paragraph():
    from framing.ingest.browser_text import clean_page
    body = ("رفعت الحكومة أسعار الوقود بنسبة سبعة في المئة اعتبارا من السبت في ثالث زيادة منذ بداية "
            "العام وسط احتجاجات واسعة لنقابات النقل في المدن الكبرى وتحذيرات من موجة غلاء جديدة.")
    page = "\n\n".join(["الرئيسية", "اقتصاد", "ارتفاع أسعار الوقود للمرة الثالثة",
                        "مدينة النخيل، 8 نوفمبر 2025 (وكالة الريح) - " + body, body.replace("السبت", "الأحد")])
    assert clean_page(page).published == "2025-11-08"
    no_dateline = "\n\n".join(["الرئيسية", "ارتفاع أسعار الوقود", "قال الوزير إن 12 مارس 2020 كان يوما صعبا، " + body, body])
    assert clean_page(no_dateline).published is None          # a date inside the prose is not the date


def test_photo_credit_ending_in_initials_is_dropped():
    from framing.ingest.browser_text import clean_page
    body = ("أغلق عشرات المحتجين صباح اليوم طريق الميناء في حي البحيرة احتجاجا على انقطاع المياه عن "
            "منازلهم لليوم السادس على التوالي، وسط غياب أي رد من البلدية حتى الآن.")
    page = "\n\n".join(["الرئيسية", "محتجون يغلقون طريق الميناء", body,
                        "محتجون يغلقون طريق الميناء\nS. Madina / A. B.", body.replace("السادس", "السابع")])
    got = clean_page(page)
    assert "Madina" not in got.text and got.text.count("أغلق") == 2


def test_date_line_closing_the_body_is_the_date_not_text():
    from framing.ingest.browser_text import clean_page
    body = ("Gunmen stopped an aid convoy on the coastal road on Sunday and took four workers, the charity "
            "said, adding that it had lost contact with the drivers shortly after noon.")
    page = "\n\n".join(["Home", "World", "Aid workers seized on coastal road", body,
                        body.replace("Sunday", "Monday"), "Published 10 August 2025, 14:20", "Comments"])
    got = clean_page(page)
    assert got.published.startswith("2025-08-10") and "Published" not in got.text


def test_last_paragraph_ending_in_a_wire_credit_is_kept():
    from framing.ingest.browser_text import clean_page
    body = ("أكد الرئيس صباح الأحد أن القوات بدأت عملية واسعة في الإقليم لإعادة المختطفين إلى بيوتهم، "
            "وقال إن العملية ستستمر حتى تحقيق أهدافها كاملة.")
    last = "وفي المدينة خرج مئات في مسيرة تأييد رافعين الصور، وتواصل القناة تغطيتها على مدار الساعة (وكالات)"
    page = "\n\n".join(["الرئيسية", "برامج", "انطلاق العملية في الإقليم", body, body.replace("الأحد", "الاثنين"),
                        last, "التعليقات", "خبر آخر لا علاقة له"])
    got = clean_page(page)
    assert got.text.endswith("(وكالات)") and got.credit == "وكالات"


def test_a_subheading_is_not_a_photo_credit_because_of_a_word_inside_it():
    from framing.ingest.browser_text import _is_photo_credit
    assert _is_photo_credit("AFP", True) and _is_photo_credit("Getty Images", True)
    assert not _is_photo_credit("Separate talks in Doha", False)       # "epa" inside "Separate"
