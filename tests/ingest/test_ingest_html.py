"""HTML pages in Arabic encodings: body, title, date, outlet, URL and credit; nothing external resolved."""
import codecs

import pytest

from framing.ingest import ingest
from framing.ingest.files import decode
from framing.ingest.html import read_html

TITLE = "وزير النقل يفتتح محطة القطار الجديدة في مدينة السهل"
PARAS = [
    "افتتح وزير النقل صباح الأحد محطة القطار الجديدة في مدينة السهل بحضور عدد من المسؤولين والسكان.",
    "وقال الوزير في كلمة قصيرة إن المحطة ستخدم أكثر من عشرة آلاف مسافر يوميا عند اكتمال الخط الشمالي.",
    "وأضاف أن الحكومة ستفتتح ثلاث محطات أخرى قبل نهاية العام إذا سارت الأعمال وفق الجدول المحدد.",
]


def page(*, charset=None, meta_date=True, jsonld=False, time_tag=False, site=True, canonical=True,
         extra_body="", doctype="<!DOCTYPE html>", brand=True):
    """``brand``: the site name printed in the <title> suffix and the footer (False: nowhere)."""
    head = [f'<meta charset="{charset}">' if charset else "",
            f"<title>{TITLE} | جريدة السهل</title>" if brand else f"<title>{TITLE}</title>"]
    if site:
        head.append('<meta property="og:site_name" content="جريدة السهل">')
    if meta_date:
        head.append('<meta property="article:published_time" content="2025-03-09T08:15:00+02:00">')
    if jsonld:
        head.append('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
                    ' "datePublished": "2024-12-01T10:00:00+03:00", "publisher": {"@type": "Organization",'
                    ' "name": "وكالة الجبل"}}</script>')
    if canonical:
        head.append('<link rel="canonical" href="https://www.sahl-news.example/transport/2025/station">')
    time = '<time datetime="2023-05-04">4 مايو 2023</time>' if time_tag else ""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f'{doctype}<html lang="ar" dir="rtl"><head>{"".join(head)}</head><body>'
            '<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/s">سياسة</a></li></ul></nav>'
            f'<article><h1>{TITLE}</h1>{time}<figure><img src="https://img.example/x.jpg">'
            f'<figcaption>المحطة الجديدة</figcaption></figure>{body}{extra_body}<p>المصدر: وكالة السهل للأنباء</p></article>'
            '<section class="comments"><h3>التعليقات</h3><div class="comment"><p>تعليق قارئ يقول إن المحطة '
            'جميلة جدا ولكنها بعيدة عن وسط المدينة ويجب توفير حافلات إليها.</p></div></section>'
            + ('<footer>© 2025 جريدة السهل. جميع الحقوق محفوظة</footer>' if brand else '<footer>اتصل بنا</footer>')
            + '</body></html>')


ENCODINGS = [("utf-8", True), ("utf-8", False), ("windows-1256", True), ("windows-1256", False),
             ("iso-8859-6", True), ("iso-8859-6", False), ("utf-16", True), ("utf-16-le", False),
             ("utf-16-be", False), ("utf-8-sig", False)]


@pytest.mark.parametrize("encoding,declared", ENCODINGS)
def test_encodings(tmp_path, encoding, declared):
    html = page(charset=encoding if declared else None)
    raw = html.encode(encoding, "xmlcharrefreplace")
    f = tmp_path / "p.html"
    f.write_bytes(raw)
    res = ingest([f], progress=False)
    assert res.rejects.empty, res.rejects
    a = res.articles.iloc[0]
    assert a["title"] == TITLE
    assert a["text"] == "\n\n".join(PARAS)
    assert a["published"] == "2025-03-09T08:15:00+02:00"
    assert a["outlet"] == "جريدة السهل"
    assert a["url"] == "https://www.sahl-news.example/transport/2025/station"
    assert a["credit"] == "وكالة السهل للأنباء"
    assert a["lang"] == "ar"
    assert "تعليق قارئ" not in a["text"] and "المحطة الجديدة" not in a["text"]


def test_wrong_charset_declaration_still_decodes():
    raw = page(charset="utf-8").encode("windows-1256")
    text, enc = decode(raw)
    assert TITLE in text and enc != "utf-8"


def test_date_from_jsonld_then_time_tag_and_outlet_fallbacks():
    a = read_html(page(meta_date=False, jsonld=True, site=False))
    assert a.published == "2024-12-01T10:00:00+03:00" and a.outlet == "وكالة الجبل"
    a = read_html(page(meta_date=False, time_tag=True, site=False, brand=False))
    assert a.published == "2023-05-04" and a.outlet is None and "sahl-news.example" in a.url
    a = read_html(page(meta_date=False, site=False, canonical=False, brand=False))
    assert a.published is None and a.outlet is None and a.url is None
    assert read_html(page(site=False)).outlet == "جريدة السهل"          # the <title> suffix (issue 15)


def test_outlet_from_directory_when_page_names_none(tmp_path):
    d = tmp_path / "al-sahl"
    d.mkdir()
    (d / "p.html").write_text(page(site=False, canonical=False, brand=False), "utf-8")
    res = ingest([d], progress=False)
    assert res.articles["outlet"].tolist() == ["al-sahl"]
    assert res.rejects["reason"].tolist() == ["warning: outlet named after its folder 'al-sahl' (the page prints "
                                              "no site name): check it, or give --outlet"]
    res = ingest([d], outlet="Sahl Daily", progress=False)
    assert res.articles["outlet"].tolist() == ["Sahl Daily"]
    (d / "p.html").write_text(page(site=False, brand=False), "utf-8")   # canonical URL, no site name
    assert ingest([d], progress=False).articles["outlet"].tolist() == ["sahl-news.example"]


def test_pages_without_site_name_join_their_folders_outlet(tmp_path):
    """Text saved from a browser names no site: it takes the name its folder's HTML pages agree on."""
    d = tmp_path / "pages" / "sahl"
    d.mkdir(parents=True)
    (d / "a.html").write_text(page(), "utf-8")
    (d / "b.txt").write_text("الرئيسية\nأخبار\n\nعنوان الخبر هنا\n\n" + "هذه فقرة طويلة من نص الخبر تتحدث عن الأحداث. " * 6,
                             "utf-8")
    res = ingest([tmp_path / "pages"], progress=False)
    assert res.articles["outlet"].nunique() == 1
    assert res.articles["outlet"].iloc[0] != "sahl"


def test_xxe_and_external_references_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-LINE root:x:0:0", "utf-8")
    dtd = (f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">'
           '<!ENTITY passwd SYSTEM "file:///etc/passwd">]>')
    html = page(doctype=dtd, extra_body="<p>&xxe; &passwd; فقرة فيها كيانات خارجية لا يجوز أن تحل أبدا هنا.</p>")
    f = tmp_path / "xxe.xhtml"
    f.write_text(html, "utf-8")
    res = ingest([f], progress=False)
    blob = res.articles.to_csv() + res.rejects.to_csv()
    assert "TOP-SECRET" not in blob and "root:x:0:0" not in blob
    with open("/etc/passwd", encoding="utf-8", errors="replace") as fh:
        first = fh.readline().strip()
    if first:
        assert first not in blob


def test_page_without_article_text_is_a_reject(tmp_path):
    f = tmp_path / "nav.html"
    f.write_text("<html><body><nav><a>الرئيسية</a><a>أخبار</a></nav><p>اتصل بنا</p></body></html>", "utf-8")
    res = ingest([f], progress=False)
    assert res.articles.empty
    assert res.rejects["reason"].str.contains("no article text").all()


def test_div_soup_page_falls_back_to_line_reader():
    body = "".join(f"<div>{p}</div>" for p in PARAS)
    html = (f"<html><body><div>الرئيسية</div><div>أخبار</div><div>{TITLE}</div><div>الأحد 9 آذار 2025</div>"
            f"{body}<div>التعليقات</div></body></html>")
    a = read_html(html)
    assert a is not None and a.text.startswith(PARAS[0][:20]) and a.text.endswith(PARAS[-1][-20:])
    assert a.published == "2025-03-09"


def test_mhtml_single_file_page(tmp_path):
    html = page(charset="windows-1256").encode("windows-1256", "xmlcharrefreplace")
    import quopri
    qp = quopri.encodestring(html).decode("ascii")
    mhtml = ("From: <Saved by Blink>\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
             'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
             "------B\r\nContent-Type: text/html; charset=windows-1256\r\n"
             "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://sahl.example/a\r\n\r\n"
             f"{qp}\r\n------B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
             "------B--\r\n")
    f = tmp_path / "saved.mhtml"
    f.write_bytes(mhtml.encode("ascii"))
    res = ingest([f], progress=False)
    assert res.rejects.empty, res.rejects
    assert res.articles["title"][0] == TITLE and res.articles["text"][0] == "\n\n".join(PARAS)


def test_saved_page_assets_are_rejected_by_kind(tmp_path):
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "app.js").write_text("var x = 1; // " + "كلمة " * 50, "utf-8")
    (tmp_path / "page_files" / "style.css").write_text("body { direction: rtl; }", "utf-8")
    res = ingest([tmp_path], progress=False)
    assert sorted(res.rejects["reason"]) == ["not a page (.css file)", "not a page (.js file)"]
