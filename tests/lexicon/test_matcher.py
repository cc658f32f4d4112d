"""Acceptance table: texts as a new user writes them, every count by voice."""
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from framing import term_shares
from framing.lexicon import count_terms, doc_tokens, load_lexicon, match


def counts(lex, text, title=None):
    df = pd.DataFrame([{"id": "d1", "outlet": "Test Daily", "title": title, "text": text}])
    m = match(df, lex, voice="all")
    return dict(Counter(f"{t}/{v}" for t, v in zip(m["term"], m["voice"])))


CASES = [
    # clitics, diacritics, tatweel
    ("أُفرِجَ عَنِ الرَّهَائِنِ وَالرهائن", {"hostages/own": 2}),
    ("الرهائـــــن", {"hostages/own": 1}),
    ("سلّم للمحتجزين رسالة، ومحتجزيهم بخير", {"detainees/own": 2}),
    ("كرهائن ورهائنهم ورهينتين ورهينته", {"hostages/own": 4}),
    ("وأسراهم والأسرى وللأسرى وبأسير", {"prisoners/own": 4}),
    ("قاله وقال فقال", {"said/own": 3}),
    # Persian/Urdu letters, zero-width and bidi controls
    ("المحتجزین", {"detainees/own": 1}),            # Farsi yeh
    ("کرهائن", {"hostages/own": 1}),                # keheh
    ("الرهائ\u200cن \u200fالأسرى\u200e", {"hostages/own": 1, "prisoners/own": 1}),
    # near misses never match
    ("المحتجون في الساحة", {}),                      # protesters
    ("الأسرة والأسر", {}),                           # family, families
    ("رهان خاسر", {}),                               # a bet
    ("غزوة بدر", {}),                                # a raid, not غزو + ه
    ("الشهود والشهادة", {}),                         # witnesses, testimony
    ("غزو والغزو وغزوهم", {"invasion/own": 3}),
    ("الشهداء", {"martyrs/own": 1}),
    # multi-word forms, longest match, no overlap
    ("بدأت العملية العسكرية الخاصة", {"smo/own": 1}),
    ("وبالعملية العسكرية الخاصة ثم العملية", {"smo/own": 1, "operation/own": 1}),
    ("العملية، العسكرية الخاصة", {"operation/own": 1}),     # punctuation breaks a multi-word form
    # quotes: guillemets, curly (either direction), straight, paragraph-bounded
    ("قال: «أطلقوا سراح الرهائن» ثم زار المحتجزين", {"said/own": 1, "hostages/quoted": 1, "detainees/own": 1}),
    ("وأضاف ”الرهائن بخير“ والمحتجزين", {"hostages/quoted": 1, "detainees/own": 1}),
    ('وصف "الأسرى" بأنهم محتجزون', {"prisoners/quoted": 1, "detainees/reported": 1}),   # the describer's word
    ("قال «الرهائن هنا\n\nوالمحتجزين هناك", {"said/own": 1, "hostages/quoted": 1, "detainees/own": 1}),
    # one or two words in quotes with no verb of saying before them: a name or scare quotes, not a quotation
    ("«المحتجزين» «الرهائن", {"detainees/own": 1, "hostages/own": 1}),
    ("قال «الرهائن» ثم حركة «حماس»", {"said/own": 1, "hostages/quoted": 1}),
    # reported naming: ما وصفه … بـ / ما يسمى (someone else's words without quotation marks: reported)
    ("ندد الوزير بما وصفه المتحدث بالعملية العسكرية الخاصة. ثم العملية", {"smo/reported": 1, "operation/own": 1}),
    ("ما يسمى بـالرهائن لدى المحتجزين", {"hostages/reported": 1, "detainees/reported": 1}),
    ("ما أسماه الوزير بالأسرى. والأسرى", {"prisoners/reported": 1, "prisoners/own": 1}),
    # reported speech: a verb of saying, its subject, then أن/إن or a colon, to the sentence end
    ("وقال الوزير إن الرهائن بخير. والمحتجزين", {"said/own": 1, "hostages/reported": 1, "detainees/own": 1}),
    ("وأكدت المتحدثة باسم الجيش أن المحتجزين بخير", {"detainees/reported": 1}),
    ("الرهائن بخير، بحسب مصادر أمنية. والرهائن", {"hostages/reported": 1, "hostages/own": 1}),
    ("بحسب الخطة، الرهائن", {"hostages/own": 1}),                      # a plan is not a source
    ("ويذكر أن الرهائن بخير", {"hostages/own": 1}),                    # «it is worth noting»: the outlet
    # English: case, possessive, hyphenated compounds, multi-word, quotes, apostrophes
    ("HOSTAGES and the Hostage's family; the hostage-release deal", {"en_hostages/own": 3}),
    ("a prisoner of war, two prisoners' lawyers", {"en_prisoners/own": 2}),
    ("He said 'the hostages are safe' and the hostage's mother wept", {"en_hostages/quoted": 1, "en_hostages/own": 1}),
    ('"Free the prisoners," she said about the prisoner.', {"en_prisoners/quoted": 1, "en_prisoners/own": 1}),
    ("what the minister called hostages, and hostages", {"en_hostages/reported": 1, "en_hostages/own": 1}),
    ("the so-called prisoners of the camp", {"en_prisoners/reported": 1}),
    ("The army said that hostages are safe. Hostages", {"en_hostages/reported": 1, "en_hostages/own": 1}),
    ("Hostages were freed, according to officials.", {"en_hostages/reported": 1}),
    ("hostageship hostaged", {}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_counts_by_voice(lex, text, expected):
    assert counts(lex, text) == expected


@pytest.mark.parametrize("title, expected", [
    ("المتحدث العسكري: الرهائن بخير", {"hostages/quoted": 1}),
    ("Army spokesman: hostages are safe", {"en_hostages/quoted": 1}),
    ("عاجل: الرهائن بخير", {"hostages/own": 1}),                 # a rubric, not a speaker
    ("Breaking: hostages freed", {"en_hostages/own": 1}),
    ("الإفراج عن الرهائن", {"hostages/own": 1}),
    ("2024: عام الرهائن", {"hostages/own": 1}),                   # digits: not a speaker
])
def test_headline_speaker_colon_statement_is_quoted(lex, title, expected):
    assert counts(lex, None, title=title) == expected


def test_speaker_colon_in_body_is_not_a_headline_quote(lex):
    assert counts(lex, "المتحدث: الرهائن بخير") == {"hostages/own": 1}


def test_offsets_and_match_are_in_the_original_spelling(lex):
    text = "قالَ إنَّ «الرَّهائـنَ» وَلِلمُحْتَجَزِينَ"
    df = pd.DataFrame([{"id": "d1", "outlet": "X", "title": "", "text": text}])
    m = match(df, lex, voice="all")
    assert list(m["match"]) == ["قالَ", "الرَّهائـنَ", "وَلِلمُحْتَجَزِينَ"]
    for s, e, surf in zip(m["start"], m["end"], m["match"]):
        assert text[s:e] == surf
    assert list(m["field"]) == ["text"] * 3
    assert list(m.columns) == ["id", "outlet", "published", "event_id", "family", "term", "field", "start",
                               "end", "match", "voice", "speaker", "role", "verb"]


def test_voice_filter_and_count_by_doc(lex):
    df = pd.DataFrame([
        {"id": "a", "outlet": "X", "title": "المتحدث: الرهائن بخير", "text": "الرهائن و«الرهائن بخير هنا» والمحتجزين"},
        {"id": "b", "outlet": "Y", "title": "لا شيء", "text": "لا شيء هنا"},
    ])
    own = count_terms(df, lex, voice="own")
    assert own.to_dict("records") == [
        {"id": "a", "family": "captives", "term": "detainees", "count": 1, "voice": "own"},
        {"id": "a", "family": "captives", "term": "hostages", "count": 1, "voice": "own"}]
    quoted = count_terms(df, lex, voice="quoted")
    assert quoted.to_dict("records") == [{"id": "a", "family": "captives", "term": "hostages", "count": 2,
                                          "voice": "quoted"}]
    allv = count_terms(df, lex, voice="all")
    assert allv.set_index("term")["count"].to_dict() == {"detainees": 1, "hostages": 3}


def test_doc_tokens_counts_title_and_text_words():
    df = pd.DataFrame([{"id": "a", "outlet": "X", "title": "عنوان قصير", "text": "كلمة ، «كلمتان» هنا\n\nو هنا"},
                       {"id": "b", "outlet": "Y", "title": None, "text": ""}])
    t = doc_tokens(df)
    assert list(t.columns) == ["id", "outlet", "event_id", "published", "tokens"]
    assert t.set_index("id")["tokens"].to_dict() == {"a": 2 + 6, "b": 0}


def test_by_outlet_uses_stats_shares(lex):
    pytest.importorskip("framing.stats")
    df = pd.DataFrame([
        {"id": "a", "outlet": "X", "title": "", "text": "الرهائن الرهائن المحتجزين"},
        {"id": "b", "outlet": "Y", "title": "", "text": "المحتجزين"},
        {"id": "c", "outlet": "Y", "title": "", "text": "خبر آخر"},
    ])
    out = term_shares(df, lex, by="outlet", n_boot=50)
    row = out[(out.outlet == "X") & (out.term == "hostages")].iloc[0]
    assert row["matches"] == 2 and row["share"] == pytest.approx(2 / 3) and row["tokens"] == 3
    y = out[(out.outlet == "Y") & (out.term == "detainees")].iloc[0]
    assert y["articles"] == 1 and y["share"] == 1.0 and y["tokens"] == 3


def test_exclude_drops_lookalike_spellings():
    lex = load_lexicon("israel_palestine")
    df = pd.DataFrame([{"id": "a", "outlet": "X", "title": "", "text": "جندي إسرائيلي في إسرائيل ولإسرائيل"}])
    assert list(match(df, lex, voice="all")["match"]) == ["إسرائيل", "ولإسرائيل"]


# -- the seed page: RT's own headline says المحتجزين, the quoted speech says كرهائن ---------------

SEED_TITLE = "بوتين: نبذل قصارى جهدنا لتحرير المحتجزين في قطاع غزة"
SEED_BODY = """صرح الرئيس الروسي، فلاديمير بوتين يوم الأربعاء، أن موسكو تبذل قصارى جهدها لتحرير المحتجزين في قطاع غزة، بعد تفاقم الوضع مؤخرا في الشرق الأوسط.

وقال بوتين، أثناء لقائه مع كبير حاخامات روسيا بيرل لازار، ورئيس اتحاد الجاليات اليهودية ألكسندر بورودا: "أنتم تعلمون أن روسيا بعد تفاقم الوضع في الشرق الأوسط، تبذل كل ما في وسعها لمساعدة الأشخاص المحتجزين كرهائن".

وفي سياق متصل، طلبت حركة "حماس" في ردها على الإطار العام لاتفاق وقف الحرب مع إسرائيل بندا.

واستقبل بوتين في الكرملين يوم الأربعاء، لازار وبورودا، وأكد أن روسيا لا تولي اهتمامها للمواطنين الروس فحسب، بل أيضا لمواطني الدول الأخرى المحتجزين في قطاع غزة.

هذا وكان السفير الروسي لدى إسرائيل أناتولي فيكتوروف قد أكد في أواخر الشهر الماضي، أن "روسيا الاتحادية ستواصل السعي نحو ضمان الإفراج عن جميع الإسرائيليين المحتجزين في قطاع غزة، ومن ضمنهم مواطنونا، وستستمر في بذل الجهود الهادفة في هذا الاتجاه"."""


def _seed_checks(df):
    m = match(df, "captives", voice="all")
    body = m[m.field == "text"]
    # «صرح … أن …» and «وأكد أن …» are Putin's words reported without quotation marks
    assert Counter(zip(body.match, body.voice)) == {("المحتجزين", "reported"): 2, ("المحتجزين", "quoted"): 2,
                                                      ("كرهائن", "quoted"): 1}
    assert set(body[body.voice != "own"].speaker) >= {"فلاديمير بوتين", "أناتولي فيكتوروف"}
    title = m[m.field == "title"]
    assert list(zip(title.term, title.voice)) == [("detainees", "quoted")]   # «بوتين: …» is Putin's voice
    reported = count_terms(df, "captives", voice="reported")
    assert reported[["term", "count"]].to_dict("records") == [{"term": "detainees", "count": 2}]
    assert count_terms(df, "captives", voice="own").empty


def test_seed_page_excerpt():
    _seed_checks(pd.DataFrame([{"id": "rt", "outlet": "RT Arabic", "title": SEED_TITLE, "text": SEED_BODY}]))


SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed_rt_putin.txt"


def test_seed_page_after_ingestion():
    ingest = pytest.importorskip("framing.ingest")
    res = ingest.ingest([str(SEED)], progress=False)
    assert len(res.articles) == 1
    _seed_checks(res.articles)


def test_iter_counts_runs_batch_by_batch_on_arrow_batches(lex):
    import pyarrow as pa

    from framing.lexicon import iter_counts
    df = pd.DataFrame([{"id": f"d{i}", "outlet": "X", "title": "", "text": "الرهائن " * i} for i in range(5)])
    table = pa.Table.from_pandas(df, preserve_index=False)
    parts = list(iter_counts(table.to_batches(max_chunksize=2), lex, voice="own"))
    assert len(parts) == 3
    counts = pd.concat([c for c, _ in parts])
    docs = pd.concat([d for _, d in parts])
    assert counts.set_index("id")["count"].to_dict() == {"d1": 1, "d2": 2, "d3": 3, "d4": 4}
    assert list(docs["tokens"]) == [0, 1, 2, 3, 4]


def test_by_event_and_outlet_event(lex):
    pytest.importorskip("framing.stats")
    df = pd.DataFrame([
        {"id": "a", "outlet": "X", "event_id": "e1", "title": "", "text": "الرهائن"},
        {"id": "b", "outlet": "Y", "event_id": "e1", "title": "", "text": "المحتجزين"},
        {"id": "c", "outlet": "Y", "event_id": "e2", "title": "", "text": "المحتجزين الرهائن"},
    ])
    ev = term_shares(df, lex, by="event", n_boot=20)
    e1 = ev[(ev.event_id == "e1") & (ev.term == "hostages")].iloc[0]
    assert e1["matches"] == 1 and e1["share"] == 0.5
    oe = term_shares(df, lex, by="outlet,event", n_boot=20)
    assert {"outlet", "event_id"} <= set(oe.columns)
    row = oe[(oe.outlet == "Y") & (oe.event_id == "e2") & (oe.term == "detainees")].iloc[0]
    assert row["share"] == 0.5


@pytest.mark.parametrize("name", ["captives", "casualties", "ukraine_war", "attribution", "violence",
                                  "israel_palestine"])
def test_prefilter_cores_cover_every_spelling(name):
    from framing.lexicon.matcher import index_for
    idx = index_for(load_lexicon(name))
    spellings = set(idx.single) | {" ".join((w, *rest)) for w, opts in idx.multi.items() for rest, _ in opts}
    assert spellings and all(any(c in sp for c in idx.cores) for sp in spellings)
    assert len(idx.cores) < len(spellings) / 20          # the prefilter is much smaller than the index


def test_lang_keeps_one_language_of_articles_and_terms(lex):
    pytest.importorskip("framing.stats")
    df = pd.DataFrame([
        {"id": "a", "outlet": "X", "lang": "ar", "title": "", "text": "الرهائن والمحتجزين hostages"},
        {"id": "b", "outlet": "Y", "lang": "en", "title": "", "text": "the hostages"},
    ])
    out = term_shares(df, lex, by="outlet", lang="ar", n_boot=10)
    assert set(out["outlet"]) == {"X"}
    assert not out["term"].str.startswith("en_").any()
    assert out.set_index("term").loc["hostages", "share"] == 0.5
    with pytest.raises(Exception, match="no fr terms|language must be"):
        lex.only_language("fr")


@pytest.mark.parametrize("lexicon, text, surfaces", [
    ("violence", "أسلوب هجومي بعد الهجوم", ["الهجوم"]),
    ("israel_palestine", "خطاب حماسي عن حماس في غزة", ["حماس"]),   # حماس is in scope near غزة
])
def test_shipped_excludes_keep_adjectives_out(lexicon, text, surfaces):
    df = pd.DataFrame([{"id": "a", "outlet": "X", "title": "", "text": text}])
    assert list(match(df, lexicon, voice="all")["match"]) == surfaces
