"""Who speaks: framing.sources and `framing sources` on texts written for the test (fictional outlets)."""
import io
import json

import pandas as pd
import pytest
from click.testing import CliRunner

import framing
from framing.cli import main
from framing.lexicon.voice import split_speaker

ARTICLES = [
    {"id": "n1", "outlet": "North Post", "title": "وزير المالية: الميزانية متوازنة",
     "text": "وقال وزير الخارجية الشمالي سامر الناصري إن المفاوضات مستمرة. "
             "وزعم المتحدث باسم الجماعة أن الأسرى بخير."},
    {"id": "n2", "outlet": "North Post", "title": "ليبيا: أمطار غزيرة",
     "text": "قتل ثلاثة أشخاص، بحسب وكالة الأنباء المحلية. وعاد الهدوء إلى المدينة."},
    {"id": "s1", "outlet": "South Daily", "title": "خبر عادي",
     "text": "وأكد سامر الناصري أن الاتفاق قريب. وقال: «لن نتراجع عن مطالبنا الآن»."},
]


def test_sources_counts_speakers_roles_and_verbs():
    df = pd.DataFrame(ARTICLES)
    s = framing.sources(df)
    assert list(s.columns) == ["outlet", "speaker", "role", "verb", "quotes", "share"]
    north = s[s.outlet == "North Post"]
    rows = set(zip(north.speaker, north.role, north.verb))
    assert ("سامر الناصري", "وزير الخارجية الشمالي", "قال") in rows
    assert ("المتحدث باسم الجماعة", "", "زعم") in rows                 # no name: the title is the speaker
    assert any(v == "بحسب" and sp.startswith("وكالة الأنباء") for sp, _, v in rows)
    assert ("", "وزير المالية", ":") in rows or ("وزير المالية", "", ":") in rows   # a speaker headline
    assert not any("ليبيا" in sp for sp in north.speaker)              # a place before a colon is no speaker
    assert s.groupby("outlet")["share"].sum().round(9).eq(1).all()
    south = s[s.outlet == "South Daily"]
    assert set(south.speaker) == {"سامر الناصري"}                       # «وقال: «…»» keeps the last speaker
    assert south.quotes.sum() == 2


def test_sources_by_event_and_bad_by():
    df = pd.DataFrame(ARTICLES).assign(event_id=["e1", "e2", "e1"])
    s = framing.sources(df, by="event")
    assert list(s.columns[:2]) == ["event_id", "speaker"] and set(s.event_id) == {"e1", "e2"}
    with pytest.raises(framing.UsageError):
        framing.sources(df, by="no_such_column")


def test_sources_leave_out_wire_copies_as_every_verb_does(tmp_path):
    """s1 reprints n1 (copy_of set by framing events): --exclude-copies counts South Daily's own text only."""
    rows = [dict(a, event_id="e1", copy_of="n1" if a["id"] == "s1" else None) for a in ARTICLES]
    df = pd.DataFrame(rows)
    assert set(framing.sources(df)["outlet"]) == {"North Post", "South Daily"}
    assert set(framing.sources(df, exclude_copies=True)["outlet"]) == {"North Post"}
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    r = CliRunner().invoke(main, ["sources", str(p), "--exclude-copies", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert set(pd.read_csv(io.StringIO(r.output))["outlet"]) == {"North Post"}


def test_split_speaker_title_and_name():
    assert split_speaker("وزير الخارجية الروسي سيرغي لافروف") == ("سيرغي لافروف", "وزير الخارجية الروسي")
    assert split_speaker("الأمير فيصل بن خالد") == ("فيصل بن خالد", "الأمير")
    assert split_speaker("المفوض الأوروبي لشؤون التوسيع يوهان هانسن") == ("يوهان هانسن",
                                                                        "المفوض الأوروبي لشؤون التوسيع")
    assert split_speaker("بوتين") == ("بوتين", "")


def test_cli_sources(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES), encoding="utf-8")
    r = CliRunner().invoke(main, ["sources", str(p), "--format", "csv"])
    assert r.exit_code == 0, r.output
    df = pd.read_csv(io.StringIO(r.output))
    assert list(df.columns) == ["outlet", "speaker", "role", "verb", "quotes", "share"]
    assert "سامر الناصري" in set(df.speaker)
    r = CliRunner().invoke(main, ["sources", str(p), "--by", "nope"])
    assert r.exit_code != 0 and "Traceback" not in r.output


def test_verbs_are_printed_with_their_hamza_and_alef_maqsura():
    """The rules key some verbs without hamza or final ى («اشاد», «ابدي»); sources and match print them spelled."""
    df = pd.DataFrame([{"id": "h1", "outlet": "North Post", "title": "خبر عادي",
                        "text": "وأشاد وزير الخارجية الشمالي سامر الناصري بالاتفاق الموقع مع الجيران. "
                                "وأبدى الناصري ارتياحه لنتائج المفاوضات مع الأسرى."}])
    verbs = set(framing.sources(df).verb)
    assert "أشاد" in verbs and "اشاد" not in verbs
    m = framing.match(df, "captives", voice="all")
    assert list(m.verb) == ["أبدى"]


def test_a_verb_and_a_statement_noun_count_one_statement():
    """«قال فلان في تصريح إن …» and «وفي بيان لها، قالت الوزارة إن …»: one statement each, the verb's."""
    from framing.lexicon.sources import statements
    for text, verb in (("وقال وزير الخارجية سالم العادل في تصريح صحفي إن الأسرى بخير.", "قال"),
                       ("وفي بيان لها، قالت وزارة الزراعة إن المحاصيل جيدة.", "قال"),
                       ("وأكد المتحدث سالم في بيان أن المفاوضات مستمرة.", "أكد")):
        assert [r[5] for r in statements(text)] == [verb], text
    two = statements("وقال الوزير سالم إن الأسرى بخير. وفي بيان لاحق أن المفاوضات مستمرة.")
    assert len(two) == 2                       # a statement noun in another sentence is its own statement
    assert [r[5] for r in statements("كما تم التوضيح له أن القبول تم. وتابع: القبول نهائي.")] == ["التوضيح", "تابع"]
    both = statements("وبحسب وكالة الأنباء، قال الوزير سالم إن الأسرى بخير.")
    assert [r[5] for r in both] == ["بحسب", "قال"]   # an attribution names its own source: it stays


@pytest.mark.parametrize("phrase, expected", [
    # a body named in quotation marks after a construct word belongs to the role; the name follows it
    ("مدير قناة «الوادي» سالم الفلاني", ("سالم الفلاني", "مدير قناة «الوادي»")),
    ("رئيس تحرير صحيفة «الوادي الأخضر» سالم الفلاني", ("سالم الفلاني", "رئيس تحرير صحيفة «الوادي الأخضر»")),
    ('رئيس تحرير مجلة "الوادي" سلمى الفلانية', ("سلمى الفلانية", 'رئيس تحرير مجلة "الوادي"')),
    ("الكاتب في مجلة «الوادي» وفي صحيفة «السهل» سالم الفلاني",
     ("سالم الفلاني", "الكاتب في مجلة «الوادي» وفي صحيفة «السهل»")),
    # no name after the quoted body: it is all a body; a name before a comma keeps its place
    ("وكالة «الوادي» للأنباء", ("وكالة «الوادي» للأنباء", "")),
    ("مدير «تحريات» شرطة الوادي", ("مدير «تحريات» شرطة الوادي", "")),
    ('المتحدث الأمني سالم الفلاني في اتصال مع "الوادي" على ذلك',
     ('سالم الفلاني في اتصال مع "الوادي" على ذلك', "المتحدث الأمني")),
    ("الشاعر سالم الفلاني، رئيس تحرير مجلة «الوادي» الثقافية",
     ("سالم الفلاني، رئيس تحرير مجلة «الوادي» الثقافية", "الشاعر")),
    # an adjective agreeing with the title after a place belongs to the role
    ("محافظ نينوى السابق سالم الفلاني", ("سالم الفلاني", "محافظ نينوى السابق")),
    ("أمير منطقة تبوك الجديد سالم الفلاني", ("سالم الفلاني", "أمير منطقة تبوك الجديد")),
    # a time adverb ends the speaker («صباح» before a name is a name)
    ("كبير المفاوضين سامر الحلو اليوم الثلاثاء", ("سامر الحلو", "كبير المفاوضين")),
    ("المتحدث باسم الوزارة مساء أمس", ("المتحدث باسم الوزارة", "")),
    ("رئيس المجلس صباح الفلاني", ("صباح الفلاني", "رئيس المجلس")),
    ('موقع "الوادي اليوم"', ('موقع "الوادي اليوم"', "")),
    ("مدير مركز الوادي لـ”السهل اليوم”", ("مدير مركز الوادي لـ”السهل اليوم”", "")),
    ('الاتحاد "الوادي"، اليوم', ('الاتحاد "الوادي"', "")),
])
def test_split_speaker_quoted_body_adjective_and_time(phrase, expected):
    assert split_speaker(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # whom the speaker told ends the phrase: the press, a medium, «لـ«…»» after a name or a source
    ("سامر الحلو للصحافيين", ("سامر الحلو", "")),
    ("الحلو لـ«الوادي»", ("الحلو", "")),
    ("مصدر عسكري لـ«الوادي»", ("مصدر عسكري", "")),
    ("مصادر محلية لوكالة الوادي", ("مصادر محلية", "")),
    ("السفير في تصريحه لـ«الوادي»", ("السفير", "")),
    # … but a report's medium and a title's body stay
    ("تقرير لقناة الوادي", ("تقرير لقناة الوادي", "")),
    ('سالم الفلاني الرئيس التنفيذي لـ"الوادي"', ("سالم الفلاني", 'الرئيس التنفيذي لـ"الوادي"')),
    ("استطلاع آخر لشبكة الوادي", ("استطلاع آخر لشبكة الوادي", "")),
    ("الأمين العام لـ«حزب الوادي» سالم الفلاني", ("سالم الفلاني", "الأمين العام لـ«حزب الوادي»")),
])
def test_split_speaker_ends_at_the_addressee(phrase, expected):
    assert split_speaker(phrase) == expected


def test_help_says_what_the_verb_column_holds_besides_verbs(tmp_path):
    """The verb column also holds ':' (a 'Speaker: statement' line), 'answer' (an interview) and ''
    (a quotation without a verb): the help says so, or a reader takes ':' for a parsing error."""
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"id": "a", "outlet": "North Post", "title": "الوزير: لن نتراجع عن الخطة",
                             "text": "نص قصير عن الخطة."}, ensure_ascii=False), encoding="utf-8")
    r = CliRunner().invoke(main, ["sources", str(p), "--format", "csv"])
    assert ":" in set(pd.read_csv(io.StringIO(r.output), keep_default_na=False)["verb"])
    text = " ".join(CliRunner().invoke(main, ["sources", "--help"]).output.split())
    assert "':' for a 'Speaker: statement' line" in text and "'answer' for an interview" in text
