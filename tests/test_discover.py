"""framing.discover (issue 18): contested terms found from aligned same-event sentences.

Texts are written for these tests (fictional outlets «الشرق الجديد» and «صدى الوادي»); the demo
corpus plants its own contests (hostages/detainees/prisoners, killed/martyrs, attribution verbs).
"""
from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

import framing
from framing.cli import main
from framing.discovery import discover, write_lexicon_draft
from framing.errors import NoEventsError, UsageError
from framing.lexicon.format import parse_lexicon

#: one event per place; outlet A says رهائن and زعم, outlet B says محتجزين and قال (both also write the bare
#: verbs once, in a closing sentence they share, so the corpus shows و in وزعم/وقال to be a conjunction)
SHARED_LINE = " ولم يتضح بعد ما زعم البيان وما قال الشهود عن العملية."
PLACES = ["تل الورد", "عين الماء", "وادي السدر", "جبل الريح"]


def _corpus(places=PLACES):
    rows = []
    for k, p in enumerate(places):
        ev = f"ev-{k}"
        rows.append({"id": f"a{k}", "outlet": "الشرق الجديد", "event_id": ev, "title": "",
                     "text": f"الشرق الجديد - اقتاد مسلحون سبعة رهائن من بلدة {p} فجر الاثنين إلى جهة مجهولة. "
                             f"وزعم المتحدث باسم الجماعة أن العملية جاءت ردا على قصف سابق للبلدة." + (SHARED_LINE if k == 0 else "")})
        rows.append({"id": f"b{k}", "outlet": "صدى الوادي", "event_id": ev, "title": "",
                     "text": f"صدى الوادي - اقتاد مسلحون سبعة محتجزين من بلدة {p} فجر الاثنين إلى جهة مجهولة. "
                             f"وقال المتحدث باسم الجماعة إن العملية جاءت ردا على قصف سابق للبلدة." + (SHARED_LINE if k == 0 else "")})
    return pd.DataFrame(rows)


def test_finds_the_substitutions_and_who_prefers_each():
    out = discover(_corpus(), min_events=3)
    pairs = {(r.term_a, r.term_b): r for r in out.itertuples()}
    assert ("رهائن", "محتجزين") in pairs and ("زعم", "قال") in pairs
    r = pairs[("رهائن", "محتجزين")]
    assert (r.group_a, r.group_b, r.events, r.consistency) == ("الشرق الجديد", "صدى الوادي", 4, 1.0)
    assert r.log_odds > 0 and r.ci_low < r.log_odds < r.ci_high
    assert r.evidence.count("⟷") == 3 and "رهائن" in r.evidence and "a0" in r.evidence   # original spelling, doc ids
    assert pairs[("زعم", "قال")].spelling_a == "وزعم"
    assert list(out.columns) == framing.discovery.DISCOVER_COLUMNS


def test_filters_house_style_places_days_and_rare_pairs():
    out = discover(_corpus(), min_events=1, top=None)
    terms = set(out["term_a"]) | set(out["term_b"])
    assert not terms & {"شرق", "جديد", "صدي", "وادي"}          # the outlets' own names (datelines)
    assert not terms & {"اثنين", "ورد", "ماء"}                  # weekdays; names differ by event, not by outlet
    assert discover(_corpus(PLACES[:2]), min_events=3).empty    # seen in 2 events only


def test_needs_events_and_a_group_column():
    with pytest.raises(NoEventsError, match="framing events"):
        discover(_corpus().drop(columns=["event_id"]))
    with pytest.raises(UsageError):
        discover(_corpus(), by="nope")


def test_lexicon_draft_passes_the_lexicon_parser(tmp_path):
    table = discover(_corpus(), min_events=3)
    text = write_lexicon_draft(table, tmp_path / "draft.yaml")
    lex = parse_lexicon(text)
    forms = {f for fam in lex.families for t in fam.terms for f in t.forms}
    assert {"رهائن", "محتجزين", "زعم", "قال"} <= forms
    ids = {t.id: t.forms[0] for fam in lex.families for t in fam.terms}
    assert ids["rha2n"] == "رهائن" and ids["z3m"] == "زعم"      # readable ids, not t1, t2
    assert len(lex.families) == 2 and all("events" in t.note for fam in lex.families for t in fam.terms)


def test_cli_prints_the_table_and_writes_a_lexicon(tmp_path):
    src = tmp_path / "c.jsonl"
    _corpus().to_json(src, orient="records", lines=True, force_ascii=False)
    draft = tmp_path / "draft.yaml"
    res = CliRunner().invoke(main, ["discover", str(src), "--write-lexicon", str(draft), "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert "رهائن" in res.output and draft.exists()
    assert CliRunner().invoke(main, ["lexicon", "check", str(draft)]).exit_code == 0


#: the demo's planted contests (issue 18: hostages/detainees/prisoners, killed/martyrs, war naming,
#: attribution verbs), as (family, term, term) of the shipped lexicons, fixed before measuring
PLANTED = {("captives", "detainees", "hostages"), ("captives", "hostages", "prisoners"),
           ("captives", "detainees", "prisoners"), ("captives", "abductees", "hostages"),
           ("casualties", "killed", "martyrs"), ("casualties", "died", "martyrs"),
           ("war_naming", "invasion", "war_on"), ("war_naming", "invasion", "smo"),
           ("attribution", "claimed", "said"), ("attribution", "alleged", "said"), ("attribution", "affirmed", "claimed")}


def _terms(spelling: str) -> set:
    """``(family, term)`` of the four lexicons that the matcher finds in ``spelling`` (a candidate as printed:
    «وزعمت», «الأسرى» are the terms they are, whatever their clitics and inflection, and whatever the topic of
    the one-word article: a term left out by its family's scope, «المختطفين», is still the term)."""
    from framing.lexicon import left_out
    doc = pd.DataFrame({"id": ["x"], "outlet": ["o"], "title": [""], "text": [spelling]})
    names = ("captives", "casualties", "attribution", "ukraine_war")
    found = [framing.match(doc, n, voice="all") for n in names]
    found += [lo[lo["reason"] == "scope"] for lo in (left_out(doc, n, voice="all") for n in names)]
    return {(r.family, r.term) for tab in found for r in tab.itertuples()}


def planted_found(table) -> set:
    found = set()
    for a, b in zip(table["spelling_a"], table["spelling_b"]):
        for fa in _terms(a):
            for fb in _terms(b):
                if fa[0] == fb[0] and fa[1] != fb[1]:
                    found.add((fa[0], *sorted((fa[1], fb[1]))))
    return found


def test_demo_planted_pairs(demo_corpus, tmp_path):
    """Recall of the demo's planted contests among the top 20 (printed; issue 18 targets ≥ 80 %).
    The demo has 13 events covered by two or more outlets (E9–E13 repeat each contest: docs/methods.md §5b);
    min_events=1 as before, so the figure compares with the 4/11 measured on E1–E8 alone."""
    c = framing.detect_events(demo_corpus, output=tmp_path / "demo")
    top = discover(c, min_events=1, top=20)
    found = planted_found(top)
    print(f"\nplanted pairs in the top 20 of the demo: {len(found & PLANTED)}/{len(PLANTED)}: {sorted(found & PLANTED)}; "
          f"other lexicon pairs: {sorted(found - PLANTED)}")
    assert {("captives", "detainees", "hostages"), ("attribution", "claimed", "said")} <= found
    # measured 8/11 (7 before the name and together factors, 4/11 before E9–E13): a floor. Missed: affirmed/claimed,
    # alleged/said, died/martyrs (docs/methods.md §5b)
    assert len(found & PLANTED) >= 8
    default = planted_found(discover(c, top=20)) & PLANTED              # min_events=3, the default
    print(f"at the default min_events=3: {len(default)}/{len(PLANTED)}; missed {sorted(PLANTED - default)}")
    assert len(default) >= 9                       # issue 18's 80 %: measured 9/11 (8 before), affirmed/claimed and alleged/said out


def test_outlet_footers_are_no_substitutions():
    """A line each outlet repeats under its articles (a link footer) is left out before aligning."""
    places = PLACES + ["سهل القمح", "رأس البحر"]
    df = _corpus(places)
    footer = {"الشرق الجديد": "تابعوا آخر الأخبار العاجلة عبر حسابنا على منصة التواصل الاجتماعي الشهيرة",
              "صدى الوادي": "تابعوا آخر الأخبار العاجلة عبر قناتنا على تطبيق المراسلة الفورية المعروف"}
    df["text"] = df["text"] + "\n" + df["outlet"].map(footer)
    terms = set(discover(df, min_events=3, top=None)[["term_a", "term_b"]].itertuples(index=False, name=None))
    assert ("رهائن", "محتجزين") in terms
    assert not any("منصة" in a + b or "تطبيق" in a + b or "حساب" in a + b for a, b in terms)


def test_stop_words_are_the_shipped_ones():
    import framing.discovery as discovery
    from framing.features import stopwords
    assert discovery.stopwords("all") == stopwords("all")


def test_by_several_columns_groups_by_their_combination():
    df = _corpus().assign(credit="own")
    out = discover(df, by="outlet,credit", min_events=3)
    assert set(out["group_a"]) | set(out["group_b"]) == {"الشرق الجديد · own", "صدى الوادي · own"}
    assert out.attrs["by"] == ["outlet,credit"]


def test_an_outlets_printed_name_is_house_style():
    """Outlets keyed by a Latin code still have their Arabic name (outlet_name_ar) filtered."""
    df = _corpus().replace({"outlet": {"الشرق الجديد": "sharq", "صدى الوادي": "sada"}})
    df["outlet_name_ar"] = df["outlet"].map({"sharq": "الشرق الجديد", "sada": "صدى الوادي"})
    terms = set(discover(df, min_events=1, top=None)[["term_a", "term_b"]].itertuples(index=False, name=None))
    assert ("رهائن", "محتجزين") in terms
    assert not any(w in a + " " + b for a, b in terms for w in ("شرق", "صدي"))


def test_rows_sharing_a_term_form_one_set():
    table = pd.DataFrame({"term_a": ["a", "b", "x", "a"], "term_b": ["b", "c", "y", "d"]})
    from framing.discovery import _candidate_sets
    assert sorted(map(sorted, _candidate_sets(table))) == [[0, 1, 3], [2]]
    out = discover(_corpus(), min_events=3)
    assert sorted(out["set"]) == [1, 2]


def test_a_name_written_whole_or_in_part_is_spelling():
    from framing.discovery import _clean
    assert _clean(["عبد", "عزيز"], ["عبدالعزيز", "ال", "سعود"], set(), set(), set()) is None
    assert _clean(["امريكية"], ["اميركية"], set(), set(), set()) is None
    assert _clean(["داعش"], ["دولة", "اسلامية"], set(), set(), set()) == ("داعش", "دولة اسلامية")


def test_a_root_letter_is_no_conjunction():
    """و/ف at the start of a word is cut as a conjunction only where the rest is a word of its own
    (as ``split`` reads it): فرنسية is not ف + رنسية, so «فرنسية» is counted as itself."""
    from framing.discovery import _clean, _conjunction_off
    vocab = {"فرنسية": 120, "وقال": 882, "قال": 381, "وزعم": 40, "زعم": 30}
    assert _conjunction_off("فرنسية", vocab) is None
    assert _conjunction_off("وقال", vocab) == "قال"
    assert _clean(["وزعم"], ["وقال"], set(), set(), set(), vocab) == ("زعم", "قال")
    assert _clean(["فرنسية"], ["فرانس"], set(), set(), set(), vocab) is None or \
        _clean(["فرنسية"], ["فرانس"], set(), set(), set(), vocab)[0] == "فرنسية"


def test_a_pair_of_common_words_ranks_below_a_contest():
    """swap_share: قال is written in every event of the corpus (twelve told by both outlets) and swapped for
    زعم in four; رهائن/محتجزين is swapped in all four events that name them, so it ranks first."""
    extra = [{"id": f"{o}x{k}", "outlet": name, "event_id": f"ev-x{k}", "title": "",
              "text": f"{name} - قال رئيس البلدية إن أعمال صيانة الطريق رقم {k} ستنتهي خلال أسبوعين."}
             for k in range(8) for o, name in (("a", "الشرق الجديد"), ("b", "صدى الوادي"))]
    out = discover(pd.concat([_corpus(), pd.DataFrame(extra)], ignore_index=True), min_events=3)
    rows = {(r.term_a, r.term_b): r for r in out.itertuples()}
    contest, common = rows[("رهائن", "محتجزين")], rows[("زعم", "قال")]
    assert contest.swap_share == round(4 / (4 + 3), 3) and common.swap_share == round(4 / (12 + 3), 3)
    assert list(out["term_a"])[:2] == ["رهائن", "زعم"] and contest.rank > common.rank


def test_one_word_in_two_spellings_and_numbers_are_no_candidates():
    """Transliterations (a foreign g written ج or غ), two plurals of one noun and words holding a digit
    are left out; different words with different consonants are kept."""
    from framing.discovery import _clean
    assert _clean(["ليج"], ["ليغ"], set(), set(), set()) is None
    assert _clean(["مدراء"], ["مديرو"], set(), set(), set()) is None
    assert _clean(["ال21"], ["حادية", "عشرين"], set(), set(), set()) is None
    assert _clean(["زيارة"], ["زيارته"], set(), set(), set()) is None          # the same noun with a possessive ending
    assert _clean(["انتماء"], ["انتمائهم"], set(), set(), set()) is None        # … whose hamza changes its seat before it
    assert _clean(["ابناء"], ["ابنائهم"], set(), set(), set()) is None
    assert _clean(["رهائن"], ["محتجزين"], set(), set(), set()) == ("رهائن", "محتجزين")


def test_spreading_the_list_is_the_plain_greedy_order():
    """_diverse (a lazy heap) gives the order of the plain greedy rule: each step takes the row whose rank ×
    SHARED^(rows above sharing one of its terms) is highest, the earlier row on ties."""
    import random
    from collections import Counter

    from framing.discovery import SHARED, _diverse
    rnd = random.Random(5)
    words = [f"w{i}" for i in range(40)]
    rows = sorted(({"rank": rnd.choice([1.0, 2.0, round(rnd.random() * 3, 3)]), "_keys": tuple(rnd.sample(words, 2)),
                    "id": i} for i in range(300)), key=lambda r: -r["rank"])
    left, plain, seen = list(rows), [], Counter()
    while left:
        best = max(range(len(left)), key=lambda i: (left[i]["rank"] * SHARED ** sum(seen[k] for k in left[i]["_keys"]), -i))
        seen.update(left[best]["_keys"])
        plain.append(left.pop(best)["id"])
    assert [r["id"] for r in _diverse(rows)] == plain



def test_the_names_of_one_named_thing_are_not_spread():
    """A row sharing a term with a better row falls by SHARED (one word such as قال does not fill the top), unless
    that term is a named thing (``_named``, residual IDF NAMED_BITS or more): the other names outlets give one
    referent are each a finding. A general word a row shares still spreads it."""
    from framing.discovery import NAMED_BITS, _diverse, _side_topical
    best = {"rank": 1.0, "_keys": ("حوثي", "متمرد"), "id": "best"}
    other = {"rank": 0.9, "_keys": ("حوثي", "مليشي"), "id": "other"}
    next_ = {"rank": 0.8, "_keys": ("رهائن", "محتجز"), "id": "next"}
    assert [r["id"] for r in _diverse([best, other, next_])] == ["best", "next", "other"]      # 0.9 × 0.75 < 0.8
    other["_named"] = {"حوثي"}
    assert [r["id"] for r in _diverse([best, other, next_])] == ["best", "other", "next"]
    other["_keys"] = ("متمرد", "مليشي")                     # shares a term that is not named: spread as before
    assert [r["id"] for r in _diverse([best, other, next_])] == ["best", "next", "other"]
    # a term that comes in bursts (100 places in 10 of 1,000 articles) is a named thing; one spread evenly is not
    spread = {"articles": 1000, "docs": {"حوثيين": 10, "اوضح": 95}}
    assert _side_topical({"حوثيين"}, 100, spread) >= NAMED_BITS > _side_topical({"اوضح"}, 100, spread)

def _unaligned(places=PLACES):
    """One event per place; the two outlets write different sentences (nothing to align), but outlet A calls
    the attack «الغزو» and outlet B «التدخل», each beside the word «الكاروني»."""
    rows = []
    for k, p in enumerate(places):
        rows.append({"id": f"a{k}", "outlet": "الشرق الجديد", "event_id": f"ev-{k}", "title": "",
                     "text": f"تتواصل المعارك حول بلدة {p} منذ الفجر. وأدان سكان البلدة الغزو الكاروني بشدة، "
                             f"فيما فر مئات منهم نحو الجبال المحيطة."})
        rows.append({"id": f"b{k}", "outlet": "صدى الوادي", "event_id": f"ev-{k}", "title": "",
                     "text": f"وصلت تعزيزات جديدة إلى مشارف {p} ليلا. ويرى محللون أن التدخل الكاروني يهدف إلى "
                             f"تأمين الطريق التجاري الرئيسي قبل حلول الشتاء."})
    return pd.DataFrame(rows)


def test_contrast_finds_a_pair_without_aligned_sentences():
    """Within-event term contrast: each outlet's own word in the same slot («… الكاروني»), never written by the
    other in that event, recurring over four events; the evidence is one sentence of each (joined by ≈)."""
    out = discover(_unaligned(), min_events=3, top=None, contrast=True)
    rows = {(r.term_a, r.term_b): r for r in out.itertuples()}
    assert ("تدخل", "غزو") in rows
    r = rows[("تدخل", "غزو")]
    assert (r.source, r.aligned, r.events, r.group_a, r.group_b) == ("contrast", 0, 4, "صدى الوادي", "الشرق الجديد")
    assert "≈" in r.evidence and "⟷" not in r.evidence and "الغزو" in r.evidence


def test_contrast_leaves_out_quoted_words_and_shared_words():
    """A word the outlet only quotes («…») is not its own wording (the pair keeps all six events); a word both
    outlets write in an event is no contrast there."""
    places = PLACES + ["سهل القمح", "رأس البحر"]
    df = _unaligned(places)
    df.loc[df["id"].eq("b0"), "text"] += " وقال أحد السكان: «هذا هو الغزو الكاروني بعينه»."
    out = discover(df, min_events=6, top=None, contrast=True)
    assert ("تدخل", "غزو") in set(out[["term_a", "term_b"]].itertuples(index=False, name=None))
    df.loc[df["id"].eq("b0"), "text"] += " ولم يعلق أحد على الغزو الكاروني بعد."
    out = discover(df, min_events=6, top=None, contrast=True)
    assert ("تدخل", "غزو") not in set(out[["term_a", "term_b"]].itertuples(index=False, name=None))


def test_contrast_cuts_shared_words_and_stop_words_at_the_edges():
    from framing.discovery import _contrast_pair
    best = {}
    _contrast_pair(best, "زعم متحدث", "قال متحدث", "A", "B", ("a", (0, 1), "b", (0, 1)), None, frozenset({"في"}))
    _contrast_pair(best, "في حي", "علي حي", "A", "B", ("a", (0, 1), "b", (0, 1)), None, frozenset({"في", "علي"}))
    assert list(best) == [("زعم", "قال")] and best[("زعم", "قال")][2:4] == ("A", "B")


def test_the_contrast_is_off_by_default():
    out = discover(_unaligned(), min_events=3, top=None)
    assert set(out["source"]) <= {"aligned"} and ("تدخل", "غزو") not in set(zip(out["term_a"], out["term_b"]))


def test_two_derivations_of_one_root_are_no_contest():
    """Two plurals of one noun or a verb and its noun keep the same root letters once the pattern letters are set
    aside (مشاريع/مشروعات, تواجد/وجود): ranked a fifth (ONE_ROOT); different words stay apart."""
    from framing.discovery import ONE_ROOT, _same_root
    assert _same_root("مشاريع", "مشروعات") and _same_root("تواجد", "وجود") and _same_root("مشاكل", "مشكلات")
    assert not any(_same_root(a, b) for a, b in [("رهائن", "محتجزين"), ("حوثيين", "متمردين"), ("قادم", "مقبل"),
                                                  ("استشهاد", "مقتل"), ("جيش", "موالية")])
    assert not _same_root("ادانت", "تدين")          # one root letter left: too few to tell (نتج/نجم would match)
    assert ONE_ROOT < 1
    rows = {(r.term_a, r.term_b): r.rank for r in discover(_corpus(), min_events=3).itertuples()}
    df = _corpus()
    df["text"] = df["text"].str.replace("محتجزين", "مختطفات").str.replace("رهائن", "مخطوفين")
    out = discover(df, min_events=3)
    ranks = dict(zip(zip(out["term_a"], out["term_b"]), out["rank"]))
    assert ranks[("مختطفات", "مخطوفين")] < rows[("رهائن", "محتجزين")] / 4      # the same text, a fifth of the rank
    assert list(out["term_a"]) == ["زعم", "مختطفات"]


def test_one_verb_in_two_tenses_or_a_verb_and_its_noun_rank_low():
    """Two tenses or persons of one verb, or a verb and its verbal noun (أدانت/تدين, توفي/وفاة: the root test
    leaves one letter there and gives up) are one word inflected: without a person prefix, an ending and long
    vowels they are the same (``_inflections``), ranked a fifth (ONE_ROOT) as two derivations of one root are."""
    from framing.discovery import ONE_ROOT, _inflections
    assert _inflections("ادانت", "تدين") and _inflections("توفي", "وفاة") and _inflections("ادت", "تؤدي")
    assert not any(_inflections(a, b) for a, b in [("نتج", "نجم"), ("قوات", "مقاومة"), ("رهائن", "محتجزين"),
                                                    ("استشهاد", "مقتل"), ("انفجار", "تفجير"), ("قادم", "مقبل"),
                                                    ("مختطفات", "مخطوفين"), ("داعش", "دولة اسلامية")])
    rows = {(r.term_a, r.term_b): r.rank for r in discover(_corpus(), min_events=3).itertuples()}
    df = _corpus()
    df["text"] = df["text"].str.replace("رهائن", "أدانت").str.replace("محتجزين", "تدين")
    ranks = {(r.term_a, r.term_b): r.rank for r in discover(df, min_events=3).itertuples()}
    assert ranks[("ادانت", "تدين")] == pytest.approx(rows[("رهائن", "محتجزين")] * ONE_ROOT, rel=0.02)


def test_one_foreign_name_in_two_transliterations_is_spelling():
    """Two spellings of one transliterated name: skeletons with one letter more at an edge (not a letter that
    makes Arabic patterns), or the same once تش is read as ج; two words of one root stay (demoted, not filtered)."""
    from framing.discovery import _clean, _transliterations
    assert _transliterations("اولوند", "هولاند")          # a French h written or not
    assert _transliterations("سروج", "سوروتش")            # a Turkish ç as ج or تش
    assert _transliterations("بيرلسكوني", "برلوسكوني")
    assert _clean(["فيتنام"], ["ڤيتنام"], set(), set(), set()) is None
    for a, b in [("انفجار", "تفجير"), ("مشاريع", "مشروعات"), ("طائرات", "طيران"), ("قصف", "قذف"),
                 ("اكد", "قال"), ("رهائن", "محتجزين"), ("متشددين", "متطرفين"), ("داعش", "دولة"),
                 ("ائتلاف", "تحالف"), ("اجهزة", "جهات"), ("تبلغ", "تلقي")]:     # a letter more inside: another word
        assert not _transliterations(a, b), (a, b)
    assert _clean(["رهائن"], ["محتجزين"], set(), set(), set()) == ("رهائن", "محتجزين")


def test_a_unit_abbreviated_or_written_out_is_style():
    from framing.discovery import _abbreviation, _clean
    for short, long_ in [("كجم", "كيلو جرام"), ("كلم", "كيلومترا"), ("كم", "كيلومتر"), ("سم", "سنتيمتر"), ("ملم", "مليمتر")]:
        assert _abbreviation(short, long_) and _clean([short], long_.split(), set(), set(), set()) is None
    for short, long_ in [("حكم", "حكومة"), ("قتل", "قتال"), ("غزو", "غارة جوية"), ("سجن", "معتقل")]:
        assert not _abbreviation(short, long_), (short, long_)


def test_transliterations_are_left_out_of_the_list():
    """Constructed: one outlet spells a foreign minister «هولاند», the other «أولوند»; both swap رهائن/محتجزين."""
    df = _corpus()
    df["text"] = df["text"] + [" وقال الرئيس الفرنسي فرانسوا هولاند إن بلاده تتابع القضية." if o == "الشرق الجديد"
                               else " وقال الرئيس الفرنسي فرانسوا أولوند إن بلاده تتابع القضية." for o in df["outlet"]]
    terms = set(discover(df, min_events=1, top=None)[["term_a", "term_b"]].itertuples(index=False, name=None))
    assert ("رهائن", "محتجزين") in terms
    assert not any("هولاند" in a + b or "اولوند" in a + b for a, b in terms)


def test_one_term_spelled_two_ways_pools_its_swaps():
    """Constructed: outlet A writes «المسلحين», outlet B «الميليشيات» in two events and «المليشيات» in a third;
    the three events count for one row (long vowels inside a long word set aside), as do يعتبر/تعتبر."""
    from framing.discovery import _root_key
    assert _root_key("ميليشيات") == _root_key("مليشيات") == _root_key("مليشيا")
    assert _root_key("تعتبر") == _root_key("يعتبر") and _root_key("قال") != _root_key("قيل")
    rows = []
    for k, (p, word) in enumerate(zip(PLACES[:3], ["الميليشيات", "الميليشيات", "المليشيات"])):
        for o, w in (("الشرق الجديد", "المسلحين"), ("صدى الوادي", word)):
            rows.append({"id": f"{o[:2]}{k}", "outlet": o, "event_id": f"ev-{k}", "title": "",
                         "text": f"قصفت الطائرات مواقع {w} قرب بلدة {p} فجر الاثنين وأوقعت خسائر كبيرة في صفوفهم."})
    out = discover(pd.DataFrame(rows), min_events=3, top=None)
    assert len(out) == 1 and out.iloc[0]["events"] == 3 and out.iloc[0]["spelling_b"] == "الميليشيات"


def test_preference_lists_tied_groups_in_the_same_order_in_every_run():
    """Groups with equal preference are listed in name order, whatever Python's string hash seed."""
    import os
    import subprocess
    import sys
    code = ("from collections import Counter; from framing.discovery import _preference; "
            "u = Counter({(g, 'a'): 2 for g in ('wadi', 'nahar', 'ufuq', 'marsad', 'sawt')}); "
            "u.update({(g, 'b'): 1 for g in ('rasid', 'bayan', 'manar', 'fajr')}); print(_preference(u))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(6)}
    assert len(outs) == 1
    assert "['marsad', 'nahar', 'sawt', 'ufuq', 'wadi']" in outs.pop()


def test_residual_idf_tells_general_words_from_topical_ones():
    """A word met once in each of 100 articles of 1,000 is spread as chance spreads it (about 0 bits); the same
    100 occurrences packed five to an article in 20 articles come in bursts, as the name of a group does."""
    from framing.discovery import _residual_idf
    assert abs(_residual_idf(100, 100, 1000)) < 0.1
    assert _residual_idf(100, 20, 1000) > 2
    assert _residual_idf(5, 0, 1000) == 0.0


def _general_and_topical(filler: int = 40):
    """Four events: outlet A writes «الرهائن» (three times an article, nowhere else) and «المقبل», outlet B
    «المحتجزين» and «القادم»; ``filler`` one-outlet articles write «المقبل» and «القادم» once each (general
    vocabulary: in every article, once)."""
    rows = []
    for k, p in enumerate(PLACES):
        for o, name, hostage, next_ in (("a", "الشرق الجديد", "رهائن", "المقبل"), ("b", "صدى الوادي", "محتجزين", "القادم")):
            rows.append({"id": f"{o}{k}", "outlet": name, "event_id": f"ev-{k}", "title": "",
                         "text": f"اقتاد مسلحون سبعة {hostage} من بلدة {p} فجر يوم عاصف إلى جهة مجهولة. "
                                 f"وطالب أهالي ال{hostage} بالإفراج عن ال{hostage} دون شروط. "
                                 f"وتعقد لجنة الوساطة اجتماعها الأسبوع {next_} في العاصمة لبحث الأزمة."})
    for i in range(filler):
        name = ("الشرق الجديد", "صدى الوادي")[i % 2]
        rows.append({"id": f"f{i}", "outlet": name, "event_id": f"ev-f{i}", "title": "",
                     "text": f"يفتتح المعرض رقم {i} أبوابه الشهر المقبل، ويستمر حتى العام القادم بحسب المنظمين."})
    return pd.DataFrame(rows)


def test_a_pair_of_general_words_ranks_below_a_named_group():
    """topical: «المقبل/القادم» are swapped in as many events as «الرهائن/المحتجزين», but they stand once in
    every article (residual IDF under 0: general vocabulary), while the hostages come in bursts."""
    out = discover(_general_and_topical(), min_events=3, top=None)
    rows = {(r.term_a, r.term_b): r for r in out.itertuples()}
    contest, general = rows[("رهائن", "محتجزين")], rows[("قادم", "مقبل")]
    assert contest.events == general.events == 4
    assert contest.topical > 1 and general.topical < 0
    assert contest.rank > 5 * general.rank


def test_a_rare_term_is_not_taken_for_general_vocabulary():
    """A side found in fewer than RARE_DOCS articles counts as RARE_TOPICAL at least: four articles are too
    few to tell whether a word is spread evenly (the demo's «زعم» against «قال»)."""
    from framing.discovery import RARE_TOPICAL
    out = discover(_general_and_topical(filler=0), min_events=3, top=None)
    general = out[(out.term_a == "قادم") & (out.term_b == "مقبل")].iloc[0]
    assert general.topical == RARE_TOPICAL


def test_two_things_listed_together_are_no_two_names_for_one():
    """joined: a pair the corpus writes «a وb» (two places, two groups) ranks × JOINED; the same articles with
    «a ثم b» (no list) leave it alone."""
    from framing.discovery import JOINED
    ranks = {}
    for between in ("الرهائن والمحتجزين", "الرهائن ثم المحتجزين"):
        lists = pd.DataFrame([{"id": f"l{k}", "outlet": "الشرق الجديد", "event_id": f"ev-l{k}", "title": "",
                               "text": f"تحدث التقرير عن {between} في السجون."} for k in range(2)])
        out = discover(pd.concat([_corpus(), lists], ignore_index=True), min_events=3, top=None)
        r = out[(out.term_a == "رهائن") & (out.term_b == "محتجزين")].iloc[0]
        ranks[between] = (r["joined"], r["rank"])
    (joined, listed), (apart, alone) = ranks.values()
    assert joined == 2 and apart == 0
    assert listed == pytest.approx(JOINED * alone, rel=0.1)      # (the neighbours differ a little: و vs ثم)


def test_number_words_are_amounts_not_names():
    """A count written in letters (مليون/مليار, ثلاثة/خمسة) is left out as a digit is."""
    rows = []
    for k, p in enumerate(PLACES):
        for o, name, n in (("a", "الشرق الجديد", "مليون"), ("b", "صدى الوادي", "مليار")):
            rows.append({"id": f"{o}{k}", "outlet": name, "event_id": f"ev-{k}", "title": "",
                         "text": f"خصصت بلدية {p} نحو {n} دينار لإصلاح شبكة المياه في الأحياء الشرقية هذا العام."})
    out = discover(pd.DataFrame(rows), min_events=1, top=None)
    assert not (set(out["term_a"]) | set(out["term_b"])) & {"مليون", "مليار"}


def test_tens_ordinals_and_fractions_are_numbers():
    """The tens (ثلاثين/أربعين), ordinals (الثالث/الرابع) and fractions (نصف/ربع) are amounts, left out as digits are."""
    rows = []
    for k, p in enumerate(PLACES):
        for o, name, (n, nth, part) in (("a", "الشرق الجديد", ("ثلاثين", "الثالث", "نصف")),
                                        ("b", "صدى الوادي", ("أربعين", "الرابع", "ربع"))):
            rows.append({"id": f"{o}{k}", "outlet": name, "event_id": f"ev-{k}", "title": "",
                         "text": f"وصلت إلى بلدة {p} قافلة من {n} شاحنة في اليوم {nth} للحصار تحمل {part} حاجة السكان من الطحين."})
    out = discover(pd.DataFrame(rows), min_events=1, top=None)
    assert not (set(out["term_a"]) | set(out["term_b"])) & {"ثلاثين", "اربعين", "ثالث", "رابع", "نصف", "ربع"}


def _two_princes(slot: str) -> pd.DataFrame:
    """Four events: outlet A names one son, «{slot} فهد», where outlet B names another, «{slot} ماجد»."""
    rows = []
    for k, p in enumerate(PLACES):
        for o, name, who in (("a", "الشرق الجديد", "فهد"), ("b", "صدى الوادي", "ماجد")):
            rows.append({"id": f"{o}{k}", "outlet": name, "event_id": f"ev-{k}", "title": "",
                         "text": f"افتتح {slot} {who} مساء أمس مستشفى جديدا في بلدة {p} بحضور عدد من الأهالي والمسؤولين."})
    return pd.DataFrame(rows)


def test_a_persons_name_ranks_below_a_word():
    """name: a term found after «بن» (or a title such as «الأمير») in NAME_SHARE of its places or more is a name
    (two people, not two names for one): its pair ranks × NAMED; the same swap after «الوفد» is left alone."""
    from framing.discovery import NAMED
    named = discover(_two_princes("الأمير محمد بن"), min_events=3, top=None)
    plain = discover(_two_princes("الوفد الطبي"), min_events=3, top=None)
    a, b = (t[(t.term_a == "فهد") & (t.term_b == "ماجد")].iloc[0] for t in (named, plain))
    assert a["name"] == 1.0 and b["name"] == 0.0
    assert a["rank"] == pytest.approx(NAMED * b["rank"], rel=0.05)


def test_two_things_one_sentence_names_are_no_two_names_for_one():
    """together: when one sentence of the corpus often names both terms (a state and its capital), their pair
    ranks × TOGETHER; the two written side by side («الرهائن المحتجزين»: a name and its epithet) do not count."""
    from framing.discovery import TOGETHER
    ranks = {}
    for between in ("الرهائن في بيان وزعت نسخة منه على المحتجزين", "الرهائن المحتجزين"):
        extra = pd.DataFrame([{"id": f"s{k}", "outlet": "الشرق الجديد", "event_id": f"ev-s{k}", "title": "",
                               "text": f"تحدث التقرير رقم {k} عن {between} منذ {k} أشهر."} for k in range(40)])
        out = discover(pd.concat([_corpus(), extra], ignore_index=True), min_events=3, top=None)
        ranks[between] = out[(out.term_a == "رهائن") & (out.term_b == "محتجزين")].iloc[0]
    apart, side_by_side = ranks.values()
    assert apart["together"] > 0.12 and side_by_side["together"] == 0
    assert apart["rank"] < 2 * TOGETHER * side_by_side["rank"]     # (the other factors differ a little: 40 other articles)


def test_together_does_not_trust_a_few_places():
    """``together`` is the lower Wilson bound of a side's share: 3 places of 20 weigh less than 300 of 2,000
    (both 15 %); a side with no places gives 0, and the larger side's bound is taken."""
    from framing.discovery import _together
    def together(k, occ):
        return _together([({"a"}, occ, {"b"})], {"near": {"a": {frozenset({"b"}): k, frozenset({"c"}): 50}}})
    assert together(3, 20) < 0.12 < together(300, 2000) < 0.15
    assert together(0, 0) == 0.0 and together(0, 20) == 0.0
    spread = {"near": {"a": {frozenset({"b"}): 3}, "b": {frozenset({"a"}): 300}}}
    assert _together([({"a"}, 20, {"b"}), ({"b"}, 2000, {"a"})], spread) == together(300, 2000)


def test_evidence_shows_a_repeated_wire_sentence_once():
    """A wire sentence printed under several ids is one piece of evidence, not three."""
    rows = []
    for k, p in enumerate(PLACES[:3]):
        for o, name, word in (("a", "الشرق الجديد", "رهائن"), ("c", "نبض الساحل", "رهائن"), ("b", "صدى الوادي", "محتجزين")):
            rows.append({"id": f"{o}{k}", "outlet": name, "event_id": f"ev-{k}", "title": "",
                         "text": f"اقتاد مسلحون سبعة {word} من بلدة الصفصاف فجر الاثنين إلى جهة مجهولة."})
    out = discover(pd.DataFrame(rows), min_events=1, top=None)
    ev = out[(out.term_a == "رهائن") & (out.term_b == "محتجزين")].iloc[0]["evidence"]
    pieces = ev.split(" ‖ ")
    assert len(pieces) == len({p.split("«", 1)[1] for p in pieces}) == 1


def test_two_sentences_with_other_numbers_report_two_facts():
    """Aligned sentences that both give numbers and share none report two facts (a price fell 1.25, another
    rose 3.40): their word swap (انخفض/ارتفع) is no rewording; sharing a number (the same 23 hostages) keeps it."""
    from framing.discovery import _other_numbers
    assert _other_numbers(["سعر", "1", "25", "انخفض"], ["سعر", "3", "40", "ارتفع"])
    assert not _other_numbers(["23", "رهائن"], ["23", "محتجزين"])
    assert not _other_numbers(["رهائن"], ["17", "محتجزين"])          # a number on one side only: nothing to compare
    rows = []
    for k, p in enumerate(PLACES):
        for o, name, verb, n in (("a", "الشرق الجديد", "انخفض", f"{k + 1}1"), ("b", "صدى الوادي", "ارتفع", f"{k + 5}7")):
            rows.append({"id": f"{o}{k}", "outlet": name, "event_id": f"ev-{k}", "title": "",
                         "text": f"{verb} سعر القمح في سوق بلدة {p} صباح اليوم إلى {n} دينارا للكيس الواحد."})
    out = discover(pd.DataFrame(rows), min_events=1, top=None)
    assert not ((out.term_a == "ارتفع") & (out.term_b == "انخفض")).any()


def test_a_swap_is_cut_free_of_words_the_other_sentence_writes():
    """A differing stretch loses at its ends the words the other sentence writes elsewhere («مقتل وإصابة» against
    «استشهاد … وإصابة» is مقتل/استشهاد), and a stop word inside a phrase («أدى إلى مقتل» / «أسفر عن استشهاد», «عن»
    elsewhere in the first sentence) is no reordering; a content word inside one still is."""
    from framing.discovery import _substitutions
    from framing.text.vocab import stopwords
    stop = stopwords("all")
    one = "انفجار عن بعد في سوق بلدة الكاروني ادي الي مقتل اصابة عدد من الباعة صباح امس".split()
    two = "انفجار في سوق بلدة الكاروني اسفر عن استشهاد عدد من الباعة اصابة صباح امس".split()
    got = _substitutions(one, two, stop, frozenset())
    assert ("ادي الي مقتل", "اسفر عن استشهاد") in got
    one = "قال الدفاع المدني ان الحريق في سوق بلدة الكاروني ادي الي مقتل اطفال تجار اليوم".split()
    two = "قال الدفاع المدني ان الحريق في سوق بلدة الكاروني ادي الي استشهاد اليوم اطفال".split()
    got = _substitutions(one, two, stop, frozenset())
    assert ("مقتل", "استشهاد") in got and ("مقتل اطفال تجار", "استشهاد") not in got


def test_together_counts_a_place_once_however_many_spellings_stand_near_it():
    """A place of «رهائن» with both pooled spellings of the other side (محتجزين, محتجزون) in its sentence is one
    place with the other term near it, not two: the share stays at most 1 (it was 2, and the Wilson bound raised
    a math domain error)."""
    rows = []
    for k, p in enumerate(PLACES):
        for o, name, w in (("a", "الشرق الجديد", "رهائن"), ("b", "صدى الوادي", "محتجزين" if k % 2 else "محتجزون")):
            rows.append({"id": f"{o}{k}", "outlet": name, "event_id": f"ev-{k}", "title": "",
                         "text": f"اقتاد مسلحون سبعة {w} من بلدة {p} فجر الاثنين إلى جهة مجهولة في الوادي."})
    rows += [{"id": f"s{j}", "outlet": "الشرق الجديد", "event_id": f"ev-s{j}", "title": "",
              "text": f"تحدث التقرير رقم {j} عن الرهائن في بيان عن المحتجزين وعن المحتجزون أمس."} for j in range(30)]
    out = discover(pd.DataFrame(rows), min_events=2, top=None)
    r = out[out.term_a == "رهائن"].iloc[0]
    assert r.term_b in {"محتجزين", "محتجزون"} and 0.7 < r["together"] <= 1.0     # 30 of 34 places, lower bound


def test_the_lexicon_draft_says_why_a_row_ranks_low(tmp_path):
    """A draft term whose row was ranked down as a person's name says so in its note; a plain swap does not."""
    named = discover(_two_princes("الأمير محمد بن"), min_events=3, top=None)
    plain = discover(_two_princes("الوفد الطبي"), min_events=3, top=None)
    texts = [write_lexicon_draft(t[(t.term_a == "فهد") & (t.term_b == "ماجد")], tmp_path / f"{k}.yaml")
             for k, t in enumerate((named, plain))]
    notes = [" ".join(t.note for fam in parse_lexicon(x).families for t in fam.terms) for x in texts]
    assert "a person's name in 100% of its places" in notes[0] and "two things" not in notes[1]


def test_an_empty_corpus_says_it_has_no_articles_not_to_run_events():
    import pandas as pd
    from framing.errors import NoEventsError
    from framing.schema import require_events
    empty = pd.DataFrame({"id": [], "outlet": [], "event_id": []})
    with pytest.raises(NoEventsError, match="no articles"):
        require_events(empty, what="discover")


def test_one_substitution_cut_at_different_places_is_one_row():
    from framing.discovery import _merge_spans

    def row(a, b, events, rank):
        return {"term_a": a, "term_b": b, "_keys": (a, b), "events": len(events), "_events": set(events),
                "rank": rank, "pairs": len(events), "_ev": [(a, b)]}
    rows = [row("اخضر", "زيتون", {1, 2, 3}, 1.0),                    # best ranked, the most frequent cut
            row("اخضر", "زيتون فاتح", {2, 3, 4}, 0.8),              # the same swap, one word more on one side
            row("فاتح", "اخضر", {4, 5}, 0.5),                       # its other edge
            row("احمر", "قرمزي", {1, 6}, 0.4)]                       # another pair
    out = _merge_spans(rows)
    assert [(r["term_a"], r["term_b"]) for r in out] == [("اخضر", "زيتون فاتح"), ("احمر", "قرمزي")]
    assert out[0]["events"] == 5 and out[0]["rank"] == round(1.0 * 5 / 3, 4) and len(out[0]["_ev"]) == 3
    assert out[1]["events"] == 2 and out[1]["rank"] == 0.4


def test_two_plurals_or_spellings_of_one_word_are_no_pair():
    from framing.discovery import _variants
    assert _variants("مشاريع", "مشروعات") and _variants("مهام", "مهمات") and _variants("محال", "محلات")
    assert _variants("مواضيع كبيرة", "موضوعات كبيرة")
    assert not _variants("قادم", "مقبل") and not _variants("ثوار", "قوات") and not _variants("رهائن", "محتجزين")
    assert not _variants("دولة اسلامية", "داعش")                # not as many words


def test_two_neutral_verbs_of_saying_are_left_out_but_a_loaded_one_is_kept():
    """Outlet A writes «وأوضح» (or «وأكد») where outlet B writes «وقال», in the four events of :func:`_corpus`:
    two neutral verbs of saying are a house habit and give no row; affirmed against said is a contest."""
    from framing.discovery import _neutral_saying
    assert _neutral_saying({"اوضح"}, {"قال"}) and _neutral_saying({"واضاف"}, {"قالت"})
    assert _neutral_saying({"مضيفا"}, {"واضاف"}) and _neutral_saying({"مشيرا"}, {"موضحا"})    # participles of manner
    assert not _neutral_saying({"مؤكدا"}, {"مضيفا"})
    assert not _neutral_saying({"زعم"}, {"قال"}) and not _neutral_saying({"اكد"}, {"قال"})
    assert not _neutral_saying({"قال مدير"}, {"اوضح"})
    for verb, kept in (("وأوضح", False), ("وأكد", True)):
        df = _corpus()
        df["text"] = df["text"].str.replace("وزعم المتحدث", f"{verb} المتحدث")
        out = discover(df, min_events=3, top=None)
        pairs = {frozenset(t.removeprefix("و") for t in p) for p in zip(out["term_a"], out["term_b"])}   # وأكد: و not split here
        assert frozenset(("رهائن", "محتجزين")) in pairs
        assert (frozenset((verb[1:].replace("أ", "ا"), "قال")) in pairs) is kept, pairs


def test_a_person_named_by_title_or_form_of_address_is_protocol():
    from framing.discovery import _titles
    assert _titles({"امير"}, {"سموه"}) and _titles({"جلالته"}, {"فخامته"}) and _titles({"خادم حرمين"}, {"ملك"})
    assert not _titles({"رئيس سابق"}, {"مخلوع"}) and not _titles({"ملك"}, {"قائد"})


def test_a_rare_longer_cut_neither_names_nor_lifts_its_group():
    from framing.discovery import _merge_spans

    def row(a, b, events, rank):
        return {"term_a": a, "term_b": b, "_keys": (a, b), "events": len(events), "_events": set(events),
                "rank": rank, "pairs": len(events), "_ev": [(a, b)]}
    rows = [row("قائد قديم سابق", "مخلوع", {7}, 5.0),                 # one event, a high rank: under SPAN_SHOWN
            row("سابق", "مخلوع", {1, 2, 3, 4, 5, 6}, 1.0)]
    out = _merge_spans(rows)
    assert [(r["term_a"], r["term_b"]) for r in out] == [("سابق", "مخلوع")]
    assert out[0]["events"] == 7 and out[0]["rank"] == round(1.0 * 7 / 6, 4)


def test_an_event_told_by_one_outlet_or_with_empty_texts_gives_an_empty_table():
    from framing.discovery import DISCOVER_COLUMNS
    same = "قال الوزير إن الحرب انتهت اليوم في المدينة الكبيرة"
    one = pd.DataFrame({"id": ["1", "2"], "outlet": ["a", "a"], "title": ["", ""], "event_id": [1, 1],
                        "text": [same, same.replace("قال", "أوضح")]})
    empty = pd.DataFrame({"id": ["1", "2"], "outlet": ["a", "b"], "title": [None, ""], "text": ["", None],
                          "event_id": [1, 1]})
    for df in (one, empty):
        for contrast in (False, True):
            table = discover(df, min_events=1, contrast=contrast)
            assert table.empty and list(table.columns) == DISCOVER_COLUMNS


def test_places_between_quotation_marks_are_counted():
    """``_quoted`` counts the places of a term that stand inside a quotation (someone else's words)."""
    from collections import Counter

    from framing.discovery import _quoted
    from framing.text.tokenize import WORD_RE
    text = "وردد الأهالي: «الحرية للرهائن» أمام المبنى، فيما بقي الرهائن في المبنى."
    words = [m.group() for m in WORD_RE.finditer(text)]
    places = [(i, 1, "رهائن") for i, w in enumerate(words) if "رهائن" in w]
    quoted = Counter()
    _quoted(text, places, quoted)
    assert len(places) == 2 and quoted == Counter({"رهائن": 1})


def test_a_pair_also_written_in_quotations_ranks_above_the_outlets_own_wording():
    """Words that the parties' own statements use (found between quotation marks too) rank above words only ever
    written in the outlets' own voice, as copy-editing habits are (``quoted`` column, rank × quoted / the corpus's
    share); a pair with a verb of saying (زعم/قال) is left as it is: such verbs introduce quotations."""
    plain = discover(_corpus(), min_events=3, top=None)
    df = _corpus()
    said = {"الشرق الجديد": " وردد الأهالي: «الحرية للرهائن الآن».", "صدى الوادي": " وردد الأهالي: «الحرية للمحتجزين الآن»."}
    df["text"] = df["text"] + df["outlet"].map(said)
    quoted = discover(df, min_events=3, top=None)
    rank = {name: {(r.term_a, r.term_b): r for r in t.itertuples()} for name, t in (("plain", plain), ("quoted", quoted))}
    hostages, claimed = ("رهائن", "محتجزين"), ("زعم", "قال")
    assert rank["plain"][hostages].quoted == 0 and rank["quoted"][hostages].quoted > 0.1
    assert rank["plain"][hostages].rank <= rank["plain"][claimed].rank             # not above زعم/قال without quotations
    assert list(zip(quoted["term_a"], quoted["term_b"])) == [hostages, claimed]      # above it with them
    assert rank["quoted"][hostages].rank > rank["quoted"][claimed].rank                # the same swaps, × quoted
    assert rank["quoted"][claimed].rank == rank["plain"][claimed].rank              # a verb of saying: no factor


def test_cli_discover_reports_progress_only_when_on(tmp_path, monkeypatch):
    """discover is the longest verb (3.5 minutes on SaudiNewsNet's 30,000 articles): with progress on (a
    terminal, a notebook, or FRAMING_PROGRESS=1) it names its stages on stderr as events and articles
    do; off, stderr is empty and the table the same."""
    from framing import _progress
    src = tmp_path / "c.jsonl"
    _corpus().to_json(src, orient="records", lines=True, force_ascii=False)
    monkeypatch.setattr(_progress, "DELAY", 0)
    monkeypatch.setenv("FRAMING_PROGRESS", "1")
    on = CliRunner().invoke(main, ["discover", str(src), "--format", "csv"])
    assert on.exit_code == 0, on.output
    for stage in ("discover: vocabulary (articles)", "discover: aligning events",
                  "discover: counting the candidates (articles)"):
        assert stage in on.stderr
    assert f"/{len(PLACES)}" in on.stderr            # events aligned of those told by both outlets
    monkeypatch.setenv("FRAMING_PROGRESS", "0")
    off = CliRunner().invoke(main, ["discover", str(src), "--format", "csv"])
    assert off.exit_code == 0 and off.stderr == "" and off.stdout == on.stdout


def test_one_word_inflected_two_ways_at_a_phrase_end_is_no_part_of_the_swap():
    """A greeting template whose verb agrees with its subject («مجلس الوادي يهنئ» / «الأمير ونائبه يهنئان») differs
    by the subject, not by the verb: the verb, one word inflected two ways at the same end of both phrases, is cut
    as a word both write; a label added to a name on one side only («ميليشيات الكاروني» / «الكارونيين») stays."""
    from framing.discovery import _clean, _trim_common
    assert _clean(["مجلس", "يهنئ"], ["امير", "نائب", "يهنئان"], set(), set(), set()) == ("مجلس", "امير نائب")
    assert _clean(["ميليشيات", "كاروني"], ["جماعة", "كارونيين"], set(), set(), set()) == ("ميليشيات", "جماعة")
    assert _clean(["كارونيين"], ["ميليشيات", "كاروني"], set(), set(), set()) == ("كارونيين", "ميليشيات كاروني")
    assert _trim_common(["زعم", "متحدث"], ["قال", "متحدث"]) == (["زعم"], ["قال"])             # exact words, as before
    assert _trim_common(["زعم", "متحدث"], ["قال", "متحدثون"]) == (["زعم", "متحدث"], ["قال", "متحدثون"])


def test_a_stretch_that_is_one_unit_written_two_ways_gives_no_swap_at_its_edges():
    """«كجم» against «كيلو غرامات» is one unit (a foreign g written غ too); the word next to the anchor, «كيلو»
    alone, is no swap either, while a real uneven swap still gives its edge word."""
    from framing.discovery import _abbreviation, _substitutions
    from framing.text.vocab import stopwords
    stop = stopwords("all")
    assert _abbreviation("كجم", "كيلو غرامات")
    one = "ضبط مفتشو الهيئة في منفذ الوادي 2500 كجم من لحوم فاسدة صباح امس".split()
    two = "ضبط مفتشو الهيئة في منفذ الوادي 2500 كيلو غرامات من لحوم فاسدة صباح امس".split()
    assert _substitutions(one, two, stop, frozenset()) == []
    one = "اقتحم متمردون بلدة الكاروني فجر امس".split()
    two = "اقتحم ميليشيات الوادي المسلحة بلدة الكاروني فجر امس".split()
    assert ("متمردون", "ميليشيات") in _substitutions(one, two, stop, frozenset())


def test_dispersion_tells_mixing_groups_from_split_ones():
    """``dispersion`` (χ² / df of groups × sides in the swap events): groups that all mix the two terms at one rate
    score under 1 (a synonym varied by every writer, rank × MIXED); groups that each keep to one term score far
    above 1; undefined cases (one group, one side never written) are 1, not demoted."""
    from collections import Counter

    from framing.discovery import MIN_DISPERSION, _dispersion
    mixed = {1: Counter({("A", "x"): 3, ("A", "y"): 3, ("B", "x"): 2, ("B", "y"): 2}), 2: Counter({("C", "x"): 1})}
    assert _dispersion({"x"}, {"y"}, {1}, mixed) == 0.0 < MIN_DISPERSION
    split = {1: Counter({("A", "x"): 5, ("B", "y"): 5}), 2: Counter({("A", "x"): 4, ("B", "y"): 1, ("B", "x"): 1})}
    assert _dispersion({"x"}, {"y"}, {1}, split) == 10.0
    assert _dispersion({"x"}, {"y"}, {1, 2}, split) > MIN_DISPERSION
    assert _dispersion({"x"}, {"y"}, {2}, mixed) == 1.0                  # one group
    assert _dispersion({"x"}, {"z"}, {1}, mixed) == 1.0                  # one side never written there
    assert _dispersion({"x"}, {"y"}, {9}, mixed) == 1.0                  # no such event
