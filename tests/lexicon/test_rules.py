"""Term rules that make counts hold on real news: word classes, letters, context, scope, gaps,
boilerplate.  Texts are written for these tests (fictional outlets «الأفق» and «المرصد»)."""
import io

import pandas as pd
import pytest

from framing.lexicon import count_terms, kwic, left_out, match
from framing.errors import LexiconError
from framing.lexicon.format import parse_lexicon

from .helpers import shipped

HEAD = "name: t\nversion: 1\nfamilies:\n"


def lex(body: str):
    return parse_lexicon(HEAD + body)


def corpus(*texts, outlet="الأفق", titles=None):
    return pd.DataFrame({"id": [f"d{i}" for i in range(len(texts))], "outlet": outlet,
                         "title": titles or [""] * len(texts), "text": list(texts)})


def words(df, lexicon):
    m = match(df, lexicon, voice="all")       # the rules, whoever speaks (reported speech is not own)
    return [row.match for row in m.itertuples()]


def term(forms, extra="", tid="x", family="f", scope=""):
    return (f"  - id: {family}\n{scope}    terms:\n      - id: {tid}\n        language: ar\n"
            f"        forms: [{forms}]\n{extra}")


def test_a_proper_noun_takes_no_article_and_no_pronoun():
    lx = lex(term("حماس", "        class: proper\n"))
    df = corpus("قالت حماس إن وفدها وصل. وأكد متحدث لحماس ذلك، ووحماس خطأ مطبعي.",
                "استقبل الجمهور الفريق بالحماس المعهود، وزاد حماسه بعد الهدف.")
    assert words(df, lx) == ["حماس", "لحماس"]
    # without a class the old rule stands (user lexicons keep working)
    assert "بالحماس" in words(df, lex(term("حماس")))


def test_a_verb_takes_the_future_and_conjunctions_but_no_article_or_preposition():
    lx = lex(term("يؤكد, صرح", "        class: verb\n"))
    df = corpus("وسيؤكد الوزير ذلك غدا، وصرح مسؤول بأن الصرح التاريخي مغلق، فيؤكده الجميع.")
    assert words(df, lx) == ["وسيؤكد", "وصرح", "فيؤكده"]


def test_hamza_takes_its_seat_before_a_pronoun():
    lx = lex(term("شهداء"))
    df = corpus("نعى الحي شهداءه وشهدائنا، وأحيا ذكرى شهداؤهم.")
    assert words(df, lx) == ["شهداءه", "وشهدائنا", "شهداؤهم"]


def test_alef_maqsura_kept_apart_only_where_the_term_says_and_the_writer_distinguishes():
    lx = lex(term("يدعي, ادعى", "        class: verb\n        letters: [alef_maqsura]\n"))
    df = corpus("وقع الحادث في قرية تدعى النخيل، على بعد ميلين. رجل يُدعى سالم يدعي أنه رأى كل شيء، وادعى غيره العكس.",
                "كتب الموقع: الرجل يدعي انه شاهد الحادث علي الطريق")   # this writer never writes ى
    assert words(df, lx) == ["يدعي", "وادعى", "يدعي"]
    lo = left_out(df, lx)
    assert lo["match"].tolist() == ["يُدعى"] and set(lo["reason"]) == {"letters"}
    # without letters: the old behaviour (يُدعى counts as يدعي)
    assert "يُدعى" in words(df, lex(term("يدعي", "        class: verb\n")))


def test_a_noun_listed_with_the_article_matches_its_construct_state_before_a_definite_word():
    lx = lex(term("الفصائل", "        class: noun\n"))
    df = corpus("سيطرت فصائل المعارضة على آخر معقل لفصائل الجيش، وقالت الفصائل إن فصائل كثيرة انسحبت.")
    assert words(df, lx) == ["فصائل المعارضة"[:5], "لفصائل", "الفصائل"]


def test_a_construct_state_before_a_place_name_and_a_possessive_in_place_of_the_article():
    lx = lex(term("الأزمة, الحرب على", "        class: noun\n"))
    df = corpus("بحث الوزيران حل أزمة سوريا وأزمة المدينة، وخرج البلد من أزمته. "
                "وواصلت الدولة حربها على الإرهاب، وأزمة كبيرة لا تعني شيئا. حربي على ما أعتقد.")
    # سوريا is a place name (definite); حربي is also the adjective "military": no possessive ي
    assert words(df, lx) == ["أزمة", "وأزمة", "أزمته", "حربها على"]
    # a class-less term keeps the old behaviour: the construct state is a noun's, so nothing new
    assert words(df, lex(term("الأزمة"))) == []


def test_a_gap_of_words_with_the_article_holds_only_adjectives_of_a_definite_noun():
    lx = lex(term('الحرب على, "الحرب {1-2:ال} على"', "        class: noun\n"))
    df = corpus("انتهت الحرب الظالمة على المدينة. وطالت الحرب الأهلية الأخيرة على البلاد. "
                "واستمرت الحرب سنوات على الحدود. وقع الحرب على الناس شديد.")
    assert words(df, lx) == ["الحرب الظالمة على", "الحرب الأهلية الأخيرة على", "الحرب على"]
    from framing.errors import LexiconError
    with pytest.raises(LexiconError, match="gap"):
        lex(term('"الحرب {1-2:xx} على"'))


def test_a_word_list_may_include_another_list_by_its_yaml_alias():
    lx = lex(term("ضحية", "        not_near: [&acc [غرق, حريق]]\n", tid="a")
             + "      - id: b\n        language: ar\n        forms: [قتيل]\n        not_near: [*acc, نصب]\n")
    df = corpus("سقط قتيل في حريق. وسقط قتيل في عملية نصب. وسقط قتيل في هجوم. وكان ضحية غرق. ضحية هجوم.")
    assert words(df, lx) == ["قتيل", "ضحية"]


def test_words_that_must_not_stand_in_the_same_paragraph():
    lx = lex(term('"لقي {0-3} حتفه"', "        not_in_paragraph: [تماسيح]\n"))
    df = corpus("تكررت هجمات التماسيح في القرى. ولقي اثنان حتفهما في هجوم.\nوفي المدينة لقي رجل حتفه في هجوم مسلح.")
    assert words(df, lx) == ["لقي رجل حتفه"]
    assert left_out(df, lx, voice="all")["reason"].tolist() == ["context"]


def test_a_gapped_phrase_spans_its_words_and_its_pronoun_agrees():
    lx = lex(term('"لقي {0-3} حتفه"'))   # in a [flow list] a form with braces is quoted
    df = corpus("لقي عامل إنقاذ تايلاندي حتفه أمس. ولقي الرجلان حتفهما. لقي حتفه في الحال. "
                "لقي أربعة من عمال المنجم القديم حتفهم. لقي العامل، حتفه.")
    m = match(df, lx)
    assert m["match"].tolist() == ["لقي عامل إنقاذ تايلاندي حتفه", "ولقي الرجلان حتفهما", "لقي حتفه"]
    k = kwic(df, lx, width=5)
    assert k["match"].iloc[0] == "لقي عامل إنقاذ تايلاندي حتفه"
    text = df["text"].iloc[0]
    assert all(text[r.start:r.end] == r.match for r in k.itertuples())


def test_gaps_are_written_min_max_between_words():
    from framing.errors import LexiconError
    with pytest.raises(LexiconError, match="gap"):
        lex(term('"{0-2} حتفه"'))
    with pytest.raises(LexiconError, match="gap"):
        lex(term('"لقي {3-1} حتفه"'))
    # a not_in idiom holds one gap, right after its first word; no other list holds one
    for bad in ('not_in: ["{0-3} في مقتل"]', 'not_in: ["أصاب في {0-3} مقتل"]', 'not_in: ["أصاب {0-3:ال} في مقتل"]',
                'not_in: ["أصاب {3-1} في مقتل"]', 'not_in: ["أصاب {0-3}"]', 'not_near: ["أصاب {0-3} في"]'):
        with pytest.raises(LexiconError, match="gap"):
            lex(term("مقتل", f"        {bad}\n", tid="killing"))
    lx = lex(term("مقتل", '        not_in: ["أصاب {0-3} في مقتل"]\n', tid="killing"))
    assert words(corpus("وأصابهم الخبر في مقتل. وتسبب الحادث في مقتل اثنين."), lx) == ["مقتل"]


def test_words_before_and_after_and_names_leave_a_match_out():
    lx = lex(term("ضربة, ضربات", "        not_after: [جزاء, ترجيح, الشمس]\n", tid="strike")
             + "      - id: captive\n        language: ar\n        forms: [أسير]\n"
               "        not_in: [نادي الأسير]\n        not_before: [الملك]\n")
    df = corpus("احتسب الحكم ضربة جزاء وضربات الترجيح، وحذر الأطباء من ضربات الشمس. "
                "نفذت الطائرات ضربة جوية. وقال نادي الأسير إن الأسير أفرج عنه. وكرم الملك الأسير السابق.")
    assert words(df, lx) == ["ضربة", "الأسير"]
    lo = left_out(df, lx, voice="all")
    assert sorted(lo["match"]) == sorted(["ضربة", "وضربات", "ضربات", "الأسير", "الأسير"])
    assert set(lo["reason"]) == {"context"}


def test_a_family_scope_counts_only_matches_in_scope_and_says_why():
    scope = "    scope:\n      words: [غزة, فلسطين]\n      within: article\n"
    lx = lex(term("المقاومة", scope=scope))
    df = corpus("قالت المقاومة في غزة إنها صدت الهجوم.", "تقدمت المقاومة الشعبية في مأرب.",
                titles=["", ""])
    assert match(df, lx)["id"].tolist() == ["d0"]
    lo = left_out(df, lx)
    assert lo["id"].tolist() == ["d1"] and lo["reason"].tolist() == ["scope"]
    # the title counts for the article-wide scope
    df2 = corpus("تقدمت المقاومة نحو المدينة.", titles=["غزة: تطورات الميدان"])
    assert len(match(df2, lx)) == 1
    para = lex(term("المقاومة", scope="    scope:\n      words: [غزة]\n      within: sentence\n"))
    df3 = corpus("زار الوفد غزة أمس. ثم تحدث عن المقاومة في اليمن.")
    assert len(match(df3, para)) == 0
    ev = lex(term("المقاومة", scope="    scope:\n      events: [E7]\n"))
    df4 = corpus("تقدمت المقاومة.", "تقدمت المقاومة.").assign(event_id=["E7", "E8"])
    assert match(df4, ev)["id"].tolist() == ["d0"]


def test_a_match_named_by_a_place_reads_its_scope_in_the_wider_unit():
    scope = "    scope:\n      words: [الحرب]\n      within: paragraph\n      named_within: article\n"
    lx = lex(term("الأزمة", "        class: noun\n", scope=scope))
    plain = lex(term("الأزمة", "        class: noun\n", scope=scope.replace("      named_within: article\n", "")))
    df = corpus("استمرت الحرب في البلاد عامها الخامس.\n"
                "وبحث الوزيران الأزمة السورية وحل الأزمة في سوريا ثم الأزمة التي تمر بها المدارس.",
                "وبحث الوزيران الأزمة السورية في لقائهما.")
    text = df["text"][0]
    # the named crises count for the war in the paragraph before; the unnamed one, and a named one in an
    # article with no war word, do not
    assert match(df, lx, voice="all")["start"].tolist() == [text.index("الأزمة السورية"), text.index("الأزمة في")]
    assert match(df, plain, voice="all").empty
    with pytest.raises(LexiconError, match="scope.named_within: expected one of article, paragraph, sentence"):
        lex(term("الأزمة", scope=scope.replace("named_within: article", "named_within: chapter")))



def test_a_scope_only_before_some_words_holds_for_those_matches_only():
    scope = "    scope:\n      words: [الجيش]\n      within: article\n      only_before: [الإرهاب]\n"
    lx = lex(term("الحرب على", "        class: noun\n", scope=scope))
    df = corpus("تدعم الرابطة البلاد في الحرب على الإرهاب، وتندد بالحرب على المدينة.",
                "وأعلن الجيش مواصلة الحرب على الإرهاب في الجبال.")
    text = df["text"][0]
    # before «الإرهاب» the war needs the army in its article; the war on the city is not read for it
    assert [(r.id, r.start) for r in match(df, lx, voice="all").itertuples()] == [
        ("d0", text.index("بالحرب")), ("d1", df["text"][1].index("الحرب"))]
    assert left_out(df, lx)["reason"].tolist() == ["scope"]
    plain = lex(term("الحرب على", "        class: noun\n", scope=scope.replace("      only_before: [الإرهاب]\n", "")))
    assert match(df, plain, voice="all")["id"].tolist() == ["d1"]


def test_lines_an_outlet_repeats_are_not_its_words():
    n = 12
    texts = [f"خبر رقم {i} عن الرهائن في المدينة.\n\nرابط الخبر بصحيفة الأفق: الرهائن والمحتجزون {i}" for i in range(n)]
    lx = lex(term("رهائن"))
    df = corpus(*texts)
    m = match(df, lx)
    assert len(m) == n and all(t.index("الرهائن") == s for t, s in zip(texts, m["start"]))
    lo = left_out(df, lx)
    assert len(lo) == n and set(lo["reason"]) == {"boilerplate"}
    assert len(match(df, lx, keep_boilerplate=True)) == 2 * n
    counts = count_terms(df, lx)
    assert counts["count"].sum() == n
    assert count_terms(df, lx, keep_boilerplate=True)["count"].sum() == 2 * n


def test_the_command_line_keeps_repeated_lines_on_request(tmp_path):
    from click.testing import CliRunner
    from framing.cli import main
    n = 12
    texts = [f"خبر رقم {i} عن الرهائن.\n\nرابط الخبر بصحيفة الأفق: الرهائن {i}" for i in range(n)]
    corpus(*texts).assign(date="2020-01-01").to_csv(tmp_path / "a.csv", index=False)
    (tmp_path / "t.yaml").write_text(HEAD + term("رهائن"), encoding="utf-8")
    total = {}
    for flag in ([], ["--keep-boilerplate"]):
        r = CliRunner().invoke(main, ["terms", str(tmp_path / "a.csv"), "--lexicon", str(tmp_path / "t.yaml"),
                                      "--format", "csv", "--jobs", "1", *flag])
        assert r.exit_code == 0, r.output
        total[bool(flag)] = int(pd.read_csv(io.StringIO(r.stdout))["count"].sum())
    assert total == {False: n, True: 2 * n}


def test_a_few_articles_never_make_boilerplate():
    texts = [f"خبر {i}.\n\nسمات: الرهائن" for i in range(3)]
    assert len(match(corpus(*texts), lex(term("رهائن")))) == 3


def test_lexicon_check_warns_about_attached_clitics_covered_forms_and_missing_classes():
    from framing.lexicon.check import lexicon_warnings
    lx = lex(term("وأنصار الله, الغزو, غزو", tid="a") + "      - id: b\n        language: ar\n        class: proper\n"
             "        forms: [غزة]\n")
    w = "\n".join(lexicon_warnings(lx))
    assert "'وانصار الله' looks written with a clitic attached" in w
    assert "'الغزو' is already covered" in w and "'غزو' is already covered" not in w
    assert "1 term(s) declare no word class" in w and ": a" in w


def test_a_definite_form_that_gives_possessives_is_not_covered_by_the_indefinite():
    from framing.lexicon.check import lexicon_warnings
    # «حربها على» is a spelling of «الحرب على» only: dropping that form would lose it
    lx = lex(term("الحرب على, حرب على", "        class: noun\n", tid="a"))
    assert "covered" not in "\n".join(lexicon_warnings(lx))
    assert len(match(corpus("تواصل الدولة حربها على الجماعة."), lx)) == 1
    lx = lex(term("الغزو, غزو", "        class: noun\n", tid="a"))
    assert "'الغزو' is already covered" in "\n".join(lexicon_warnings(lx))


def test_lexicon_check_warns_that_evidence_needs_a_verb():
    from framing.lexicon.check import lexicon_warnings
    lx = lex(term("يؤكد", "        evidence: [relative]\n", tid="a"))
    assert "term 'a': evidence is checked only for class: verb" in "\n".join(lexicon_warnings(lx))
    lx = lex(term("يؤكد", "        class: verb\n        evidence: [relative]\n", tid="a"))
    assert "evidence" not in "\n".join(lexicon_warnings(lx))


def test_words_that_must_not_stand_in_the_same_sentence():
    lx = lex(term("محتجز, محتجزين", "        not_near: [الدفاع المدني, حريق]\n"))
    df = corpus("أخرجت فرق الدفاع المدني المحتجزين داخل المركبة. وطالبت الأسر بالإفراج عن المحتجزين لدى الجماعة. "
                "وفي حريق آخر بقي محتجز واحد.")
    assert match(df, lx, voice="all")["start"].tolist() == [df["text"][0].index("المحتجزين لدى")]
    assert left_out(df, lx, voice="all")["reason"].tolist() == ["context", "context"]


def test_boilerplate_found_on_a_larger_corpus_applies_to_a_subset():
    from framing.text.boilerplate import find_boilerplate
    texts = [f"خبر {i} عن الرهائن.\n\nسمات: الرهائن، المدينة" for i in range(12)]
    df = corpus(*texts)
    bp = find_boilerplate(zip(df["outlet"], df["text"]))
    assert len(match(df.head(2), lex(term("رهائن")))) == 4          # two articles alone: nothing repeats
    assert len(match(df.head(2), lex(term("رهائن")), boilerplate=bp)) == 2


def test_kwic_left_out_on_the_command_line(tmp_path):
    from click.testing import CliRunner
    from framing.cli import main
    lexf = tmp_path / "l.yaml"
    lexf.write_text(HEAD + term("يدعي", "        class: verb\n        letters: [alef_maqsura]\n"), "utf-8")
    table = tmp_path / "t.jsonl"
    corpus("رجل يُدعى سالم يدعي أنه رأى كل شيء على الطريق.").to_json(table, orient="records", lines=True,
                                                               force_ascii=False)
    out = CliRunner().invoke(main, ["kwic", str(table), "--lexicon", str(lexf), "--left-out", "--format", "csv"])
    assert out.exit_code == 0, out.output
    rows = out.output.strip().splitlines()[1:]
    assert len(rows) == 1 and ",يُدعى," in rows[0] and rows[0].endswith(",letters")


def test_repeated_lines_are_listed_per_outlet_by_function_and_verb(tmp_path):
    from click.testing import CliRunner
    from framing.cli import main
    from framing.lexicon import repeated_lines
    df = corpus(*[f"خبر {i} عن المدينة.\n\nرابط الخبر بصحيفة الأفق: عنوان {i}" for i in range(12)])
    tab = repeated_lines(df)
    assert tab[["outlet", "kind", "text", "articles"]].values.tolist() == [
        ["الأفق", "label", "رابط الخبر بصحيفة الأفق", 12],    # a repeated closing label before a colon
        ["الأفق", "marker", "رابط", 12], ["الأفق", "marker", "رابط الخبر", 12]]   # closing words, no sentence after
    table = tmp_path / "t.jsonl"
    df.to_json(table, orient="records", lines=True, force_ascii=False)
    out = CliRunner().invoke(main, ["boilerplate", str(table), "--format", "csv"])
    assert out.exit_code == 0 and "رابط الخبر بصحيفة الأفق" in out.output


def test_vowel_marks_in_the_text_decide_where_the_form_is_written_with_them():
    lx = lex(term("يَدَّعِي, تَدَّعِي", "        class: verb\n"))
    # this writer never writes ى: the letter alone cannot tell «is named» from «claims», the marks can
    df = corpus("رجل يُدعي سالم يدعي انه راي كل شيء، وامراة تُدعي هند تَدّعي العكس في قرية صغيرة")
    assert words(df, lx) == ["يدعي", "تَدّعي"]
    # (voice="all": «تُدعي هند» is no verb of saying, so the speech of «يدعي انه» runs on over it)
    assert left_out(df, lx, voice="all")["match"].tolist() == ["يُدعي", "تُدعي"]


def test_a_bare_form_before_a_definite_word_or_li_is_captive_of_and_is_left_out():
    lx = lex(term("أسير, أسيرا, أسرى", "        class: noun\n        not_of: [أسير, أسيرا]\n"
                  "        of_except: [الحرب]\n"))
    df = corpus("عاش الشاعر أسير الحب، وظل اللاعب أسيرا لدكة البدلاء. "
                "أفرج الجيش عن أسير الحرب، واقتيد جندي أسيرا للعراق، وبقي أسيرا لدى الجماعة، "
                "وزار الوفد الأسير المريض وأسرى المعارك.")
    assert words(df, lx) == ["أسير", "أسيرا", "أسيرا", "الأسير", "وأسرى"]
    lo = left_out(df, lx)
    assert lo["match"].tolist() == ["أسير", "أسيرا"] and set(lo["reason"]) == {"context"}
    # not_of is only for the forms it lists: أسرى المعارك (plural, construct) counts
    assert "أسير" in words(corpus("عاش الشاعر أسير الحب."), lex(term("أسير", "        class: noun\n")))


def test_a_noun_does_not_follow_a_particle_that_only_stands_before_a_verb():
    lx = lex(term("أسير", "        class: noun\n"))
    df = corpus("قال: لن أسير وحدي، وسوف أسير غدا. وأطلق الجيش أسير الجماعة.")
    assert words(df, lx) == ["أسير"]
    # without a class a form may be anything: the old rule stands
    assert len(words(df, lex(term("أسير")))) == 3


def test_a_term_does_not_put_itself_in_scope_but_its_longer_form_does():
    body = term("حماس, حركة حماس", "        class: proper\n        scope: {within: article, words: [غزة, حماس]}\n")
    lx = lex(body)
    df = corpus("عمل الفريق بحماس، وزاد حماس اللاعبين بعد الهدف.",             # enthusiasm twice: neither counts
                "وصل وفد حركة حماس إلى القاهرة، وقال إن حماس تريد التهدئة.",   # the full name puts حماس in scope
                "قالت حماس إن الوضع في غزة صعب.")
    assert words(df, lx) == ["حماس", "حماس"]        # «حركة حماس» needs a scope word of its own, as before
    lo = left_out(df, lx)
    assert lo["match"].tolist() == ["بحماس", "حماس", "حركة حماس"] and set(lo["reason"]) == {"scope"}


def test_a_singular_noun_also_matches_its_dual():
    lx = lex(term("هجوم, غارة, غارات", "        class: noun\n"))
    df = corpus("قتل جنديان في هجومين منفصلين، وشنت الطائرات غارتين ثم غارات أخرى، ووقع الهجومان ليلا.")
    assert words(df, lx) == ["هجومين", "غارتين", "غارات", "الهجومان"]
    # a plural form has no dual, and a term without a class keeps the old rule
    assert words(df, lex(term("هجوم"))) == []


def test_which_confirms_is_evidence_not_speech():
    lx = lex(term("أكد, يؤكد", "        class: verb\n        not_bare_after: [ما, مما, وهذا]\n"))
    df = corpus("ارتفعت الأسعار مما يؤكد أن الطلب كبير، وهذا يؤكد التوقعات. "
                "ويؤكد الوزير أن الطلب كبير، بحسب ما يؤكد المسؤولون، وهذا ما أكد عليه المدير، كما يؤكد الخبراء.")
    assert words(df, lx) == ["ويؤكد", "يؤكد", "أكد", "يؤكد"]
    assert left_out(df, lx)["match"].tolist() == ["يؤكد", "يؤكد"]


def test_words_that_must_not_stand_in_the_headline():
    lx = lex(term('"لقوا {0-3} حتفهم"', "        not_in_headline: [حادث سير, فيضانات]\n"))
    df = corpus("وقال المسؤول إن تسعة أشخاص لقوا حتفهم على الفور.",
                "وقال المسؤول إن تسعة أشخاص لقوا حتفهم على الفور.",
                titles=["مقتل تسعة في حادث سير شمال البلاد", "مقتل تسعة في هجوم مسلح شمال البلاد"])
    assert words(df, lx) == ["لقوا حتفهم"]
    assert match(df, lx, voice="all")["id"].tolist() == ["d1"]
    assert left_out(df, lx, voice="all")["reason"].tolist() == ["context"]
    # a match in the headline itself is judged by its sentence rules, not by this one
    assert words(corpus("", titles=["حادث سير: ركاب لقوا حتفهم"]), lx) == ["لقوا حتفهم"]


def test_shipped_rules_for_ideas_balls_rescues_slogans_and_things_that_show():
    from framing.lexicon import load_lexicon
    m = lambda text, lexicon, title="": words(corpus(text, titles=[title]), load_lexicon(lexicon))
    # victims of ideas are recruited, not killed; victims of a bombing count
    assert m("سقط شاب ضحية في براثن الأفكار المتطرفة، وسقط عشرة ضحايا في تفجير إرهابي.", "casualties") \
        == ["ضحايا"]
    # a header in football is not a military strike; an air strike is
    assert m("سجل المهاجم بضربة رأس، ونفذت الطائرات ضربة جوية على مواقع المسلحين.", "violence") == ["ضربة"]
    # «a blow to» the opposition is figurative, sunstroke is heat; a strike on a country or by a drone counts
    assert m("كان انضمامه ضربة للمعارضة، وأصيب عامل بضربة شمس. وقتل القائد في ضربة لطائرة بلا طيار، "
             "وحذر من ضربة لإيران.", "violence") == ["ضربة", "ضربة"]
    # a hacking headline makes its attacks cyber attacks
    assert m("وتعرضت الشركة لهجوم كبير أمس.", "violence", "قراصنة الإنترنت يضربون من جديد") == []
    assert m("وتعرضت القاعدة لهجوم كبير أمس.", "violence", "قتلى في هجوم على قاعدة") == ["هجوم", "لهجوم"]
    # people trapped by rain are rescued, not detained; «his captors» is the active participle
    assert m("أنقذت الفرق ثلاثة أشخاص محتجزين بسبب الأمطار. وناشد والده محتجزيه إطلاق سراحه.", "captives") == []
    # a hijacked legitimacy and minds hijacked are figurative; students kidnapped by a militia count
    assert m("دافعوا عن الشرعية المختطفة، وهم مختطفون ذهنيا. وطالبوا الميليشيات بالإفراج عن الطلاب المختطفين.", "captives") \
        == ["المختطفين"]
    # «hostage to» speculation is figurative; held hostage for three years, or by the group, counts
    assert m("ظلت هوية الحكام رهينة للتكهنات. واحتجز رهينة لثلاث سنوات، وأفرج عن رهينة التنظيم.", "captives") \
        == ["رهينة", "رهينة"]
    # Iran's «axis of resistance» and Hezbollah's «slogan» are not the Palestinian armed groups
    df = corpus("تحدث عن محور المقاومة بعد قصف غزة. وقال إن المقاومة في غزة ترد على قصف الاحتلال.")
    got = match(df, load_lexicon("israel_palestine"), voice="all")
    assert got[got["term"] == "resistance"]["match"].tolist() == ["المقاومة"]
    assert got[got["term"] == "resistance"]["start"].tolist() == [df["text"][0].index("إن المقاومة") + 3]
    # «مقاومة الإرهاب» (resisting terrorism) is not the armed groups; «مقاومة الاحتلال» is
    df = corpus("دعا إلى مقاومة الإرهاب في غزة، وإلى مقاومة الاحتلال في غزة.")
    got = match(df, load_lexicon("israel_palestine"), voice="all")
    assert got[got["term"] == "resistance"]["start"].tolist() == [df["text"][0].index("مقاومة الاحتلال")]
    # a sign or table «that shows» is not a speaker clarifying; «والذي يوضح أن» after a name may be, and is lost
    assert m("اقرأ اللوحات التي توضح المناطق الآمنة. وأوضحت الإحصاءات أن الطلب كبير. وأوضح المدير أن العمل مستمر.",
             "attribution") == ["وأوضح"]
    # a slaughter of whales, the municipal slaughterhouses beside the toilets: not a massacre
    assert m("انتقدت جماعة المذبحة السنوية للحيتان. وتفقد الوزير الأنفاق والمجازر ودورات المياه. "
             "وارتكب المسلحون مجزرة بحق المدنيين.", "violence") == ["مجزرة"]
    # a crisis of recruitment is no war; the crisis of Libya (a place, even one that starts with ل) may be
    assert m("تحدث عن أزمة الاستقدام. وقصفت الطائرات المدينة في الحرب، ودعا إلى حل أزمة ليبيا.", "ukraine_war") \
        == ["أزمة"]
    # an indefinite war on terror counts too; a war on pollution does not
    df = corpus("وشن الجيش حربا على الإرهاب، وأعلنت الحكومة حربا على التلوث.")
    got = match(df, load_lexicon("ukraine_war"), voice="all")
    assert got["match"].tolist() == ["حربا على"] and got["term"].tolist() == ["war_on"]
    # a lobby's "war" on an administration, a "war" on art or on women is rhetoric
    df = corpus("أعلنت الجمعية حربا على إدارة المدينة، وشنت الوزارة حربا على الفن الهابط، وحربا ضد النساء. "
                "ويزعمون أن الحرب على الإسلام بدأت.")
    assert match(df, load_lexicon("ukraine_war"), voice="all").empty
    # extremism and satellite channels "invade" without an army, even in an article about a war
    df = corpus("في ظل الحرب سهل ذلك غزو التطرف لنا، وحذر الخطيب من الغزو الفضائي. وبدأ الغزو العسكري للجزيرة.")
    assert match(df, load_lexicon("ukraine_war"), voice="all")["match"].tolist() == ["الغزو"]
    # a headline about a boat sinking: its «victims» died in an accident
    assert m("وتوافدت سيارات الإسعاف لنقل الضحايا.", "casualties", "غرق مركب في النهر") == []


def test_a_subject_that_shows_is_not_a_speaker():
    lx = lex(term("أوضح, أوضحت, يوضح, توضح", "        class: verb\n        not_subject: [الإحصاءات, الفيديو]\n"))
    df = corpus("وأوضحت الإحصاءات أن الطلب كبير، ولا يوضح الفيديو متى وقع الحادث. "
                "وأوضح الوزير أن الإحصاءات دقيقة، وأوضحت الوزارة أن الفيديو قديم.")
    assert words(df, lx) == ["وأوضح", "وأوضحت"]
    assert left_out(df, lx, voice="all")["reason"].tolist() == ["context", "context"]


def test_a_context_phrase_with_the_article_is_found_after_li():
    lx = lex(term("محتجز, محتجزين", "        not_near: [الدفاع المدني]\n"))
    df = corpus("وأنقذت فرق تابعة للدفاع المدني ثلاثة محتجزين. وأفرجت السلطات عن ثلاثة محتجزين.")
    assert words(df, lx) == ["محتجزين"]
    assert match(df, lx, voice="all")["start"].tolist() == [df["text"][0].rindex("محتجزين")]


def test_an_elative_is_not_the_verb_spelled_alike():
    lx = lex(term("أوضح, ادعى", "        class: verb\n        elative: [أوضح, ادعى]\n"))
    df = corpus("وهذا الاتفاق هو أوضح دليل على التعاون، والأمر أوضح من أن يشرح، وفي ذلك أوضح مثال. "
                "كلما قل الكلام كان ذلك أدعى إلى الفهم. "
                "وأوضح المدير أن العمل بدأ، ثم أوضح من جانبه أن الموعد ثابت، لذلك أوضح الوزير الخطة، "
                "وقد ادعى المتهم أنه بريء. إلى ذلك أوضح المتحدث أن الموعد ثابت، والمدير وهو أوضح "
                "أن الموعد ثابت، ثم أوضح إلى الصحيفة أنه باق.")
    assert words(df, lx) == ["وأوضح", "أوضح", "أوضح", "ادعى", "أوضح", "أوضح", "أوضح"]
    # without the field the verb is counted wherever it stands
    assert len(words(df, lex(term("أوضح, ادعى", "        class: verb\n")))) == 11


def test_a_relative_clause_describes_a_thing_unless_its_subject_follows():
    lx = lex(term("يؤكد, تؤكد", "        class: verb\n        not_bare_after: [التي, الذي]\n"))
    df = corpus("صدرت اللوائح التي تؤكد أهمية السلامة، والعدد الذي يؤكد التفوق. "
                "في الوقت الذي تؤكد فيه الوزارة التزامها، والعقد الذي تؤكد الشركة أنه نافذ.")
    assert words(df, lx) == ["تؤكد", "تؤكد"]


def test_a_word_before_ends_its_sentence_at_punctuation():
    lx = lex(term("أكد, تؤكد, يؤكد", "        class: verb\n        not_before: [النتائج]\n"
                  "        not_bare_after: [الأمر الذي]\n"))
    df = corpus("هذه النتائج تؤكد التحسن. سنمضي مهما كانت النتائج. وأكد المدير أن الخطة ثابتة، "
                "وارتفع العدد الأمر الذي يؤكد الطلب.")
    assert words(df, lx) == ["وأكد"]
    # without the rules: all three
    assert len(words(df, lex(term("أكد, تؤكد, يؤكد", "        class: verb\n")))) == 3


def test_abductees_count_only_in_an_article_about_a_conflict_or_states_dealing_with_it():
    m = shipped("captives", "abductees")
    # a kidnapped girl in a feature about families, a kidnapped son in a TV series: not captivity in a conflict
    assert m("تعاني أسرة الفتاة المختطفة من نظرة المجتمع، وتحتاج الأسرة إلى دعم نفسي.") == []
    assert m("يكتشف بطل المسلسل أن ابنه المخطوف في مدينة بعيدة.", "دراما رمضان") == []
    # an armed group in the article, or a foreign ministry dealing with the seizure: counted
    assert m("طالبت الأسر الميليشيات بإطلاق سراح المختطفين.") == ["المختطفين"]
    assert m("قالت وزارة الخارجية إن أربعة من مواطنيها مخطوفون منذ أمس.") == ["مخطوفون"]
    # the headline counts for the article
    assert m("يطالب الأهالي بالإفراج عن المختطفين.", "الحوثيون يخطفون عشرات الطلاب") == ["المختطفين"]


def test_a_subject_that_shows_heading_the_clause_before_a_bare_verb_is_not_a_speaker():
    lx = lex(term("أكد, يؤكد, تؤكد, يوضح", "        class: verb\n        not_subject: [الجدول, الملاحظة, الصور, التفاصيل]\n"))
    df = corpus("والجدول المرفق أدناه يوضح توزيع الدخل. قبل أي دراسة، فإن الملاحظة العابرة تؤكد أن الطلب كبير. "
                "كما أن هذه الصور تؤكد الحادث. وعرض المدير الصور وأكد أنها حديثة. "
                "وبالتفاصيل أكد المتحدث أن العمل مستمر. والوزير يؤكد أن الجدول ثابت.")
    assert words(df, lx) == ["وأكد", "أكد", "يؤكد"]
    assert left_out(df, lx, voice="all")["reason"].tolist() == ["context"] * 3


def test_a_doctrinal_or_political_attack_is_criticism_not_force():
    from framing.lexicon import load_lexicon
    df = corpus("واصلت النشرة هجومها العقائدي على خصومها، ثم شنت هجوما سياسيا على الحزب. "
                "وأسفر هجوم مسلح على الحاجز عن سقوط جرحى.")
    got = match(df, load_lexicon("violence"), voice="all")
    assert got["match"].tolist() == ["هجوم"]
    # a stroke of luck is no blow
    assert match(corpus("لم يكن فوزه ضربة حظ، بل ثمرة عمل."), load_lexicon("violence"), voice="all").empty


def test_hostages_in_the_plot_of_a_series_are_not_counted():
    from framing.lexicon import load_lexicon
    df = corpus("ويروي المسلسل قصة عائلة احتجزت رهائن في منزلها.\nواحتجز المسلحون عشرة رهائن في المصرف.")
    got = match(df, load_lexicon("captives"), voice="all")
    assert got["start"].tolist() == [df["text"][0].rindex("رهائن")]


def test_camels_held_a_verse_and_a_committee_name_are_not_captives():
    from framing.lexicon import load_lexicon
    df = corpus("وجدت الفرق الإبل المحتجزة في الحظيرة. وتلا الخطيب: سبحان الذي أسرى بعبده ليلا. "
                "وزارت اللجنة الوطنية لرعاية السجناء المدينة. وأفرج عن خمسة محتجزين وأسرى.")
    got = match(df, load_lexicon("captives"), voice="all")
    assert got["match"].tolist() == ["محتجزين", "وأسرى"]


def test_right_wing_factions_are_parties_not_armed_groups():
    from framing.lexicon import load_lexicon
    df = corpus("وتدعم الفصائل اليمينية في الكنيست الحكومة، بينما اجتمعت الفصائل في غزة لبحث التهدئة.")
    got = match(df, load_lexicon("israel_palestine"), voice="all")
    got = got[got["term"] == "factions"]
    assert got["start"].tolist() == [df["text"][0].rindex("الفصائل")]


def test_an_elative_in_alef_maqsura_before_li_and_min_is_a_comparison():
    lx = lex(term("ادعى", "        class: verb\n        elative: [ادعى]\n"))
    df = corpus("وما حرم لذاته أدعى للإنكار من غيره. وقد ادعى لنفسه النصر، وادعى للصحيفة أنه بريء.")
    assert words(df, lx) == ["ادعى", "وادعى"]


def test_an_elative_in_alef_maqsura_before_an_and_a_verb_is_a_comparison():
    # «أوجب وأدعى أن يُذكر» (more fitting to be mentioned): the elative takes أن and a verb; the verb "claimed" takes a
    # clause with a subject (أنه، أن الحكومة …), with or without و
    lx = lex(term("ادعى", "        class: verb\n        elative: [ادعى]\n"))
    df = corpus("وهذا المعنى أوجب وأدعى أن يذكر في العيد، وهو أدعى أن تحفظه الأجيال. "
                "وادعى أن الحكومة تأخرت، وقد ادعى أنه بريء.")
    assert words(df, lx) == ["وادعى", "ادعى"]


def test_a_named_form_before_a_name_is_the_passive_is_named():
    # يُدعى (is named) written with ي: after an indefinite noun, or with و after a definite one, before a name
    lx = lex(term("يدعي", "        named: [يدعي]\n"))
    df = corpus("وقاد الفرقة ضابطا يدعي رامي النجار، وأحيل المتهم ويدعي سامر إلى النيابة. "
                "ويدعي سامر أن الضابط بريء، ولا أحد يدعي امتلاكه الحقيقة، والمتهم يدعي البراءة.")
    assert words(df, lx) == ["ويدعي", "يدعي", "يدعي"]
    assert left_out(df, lx, voice="all")["reason"].tolist() == ["context", "context"]
    # a place ending in ا is no indefinite noun: «الوادي تدعي قتال …» claims
    lx = lex(term("تدعي", "        named: [تدعي]\n"))
    assert words(corpus("وقال إن سوريا تدعي قتال الجماعة."), lx) == ["تدعي"]
    # without the field the same words count (the default)
    assert len(words(df, lex(term("يدعي", "")))) == 5


def test_an_elative_after_the_indefinite_noun_it_describes_is_not_the_verb():
    lx = lex(term("أوضح", "        class: verb\n        elative: [أوضح]\n"))
    df = corpus("وفي قصة الوادي مثال أوضح، وأعطت الخطة الموظفين فكرة أوضح عن العمل. "
                "وعقد المدير مؤتمرا أوضح فيه الخطة، ثم قدم مثالا أوضح فيه الفكرة.")
    assert words(df, lx) == ["أوضح", "أوضح"]
    assert left_out(df, lx, voice="all")["reason"].tolist() == ["context", "context"]


def test_a_political_or_economic_crisis_is_not_a_war():
    m = shipped("ukraine_war")
    # «the political crisis» in a paragraph about fighting is the crisis of politics, not the war
    assert m("قصفت القوات المدينة، وتفاقمت الأزمة السياسية في البلاد بعد القصف.") == []
    assert m("قصفت القوات المدينة، وتفاقمت الأزمة في البلاد بعد القصف.") == ["الأزمة"]
    # under a headline about an economic crisis, «the crisis» of a paragraph that names a war is that crisis
    assert m("تذكر الأزمة الراهنة الناس بسنوات الحرب.", "الأزمة الاقتصادية تضرب الوادي") == []
    assert m("تذكر الأزمة الراهنة الناس بسنوات الحرب.", "الوادي بعد عام من القتال") == ["الأزمة"]
    # the Kurdish question, and a site named «Syria in Crisis», in a paragraph about the war
    assert m("بعد القصف قال إن أي حل للأزمة الكردية صعب، وكتب محرر موقع «سوريا في الأزمة» عن الحرب.") == []


def test_a_bare_verb_right_after_a_thing_that_shows_describes_it():
    lx = lex(term("أكد, يؤكد, تؤكد, يوضح", "        class: verb\n        not_subject: [الفيديو, فيديو, مقطع, الحقائق, مؤشر]\n"))
    df = corpus("تداول ناشطون مقطع فيديو يوضح الأمطار الغزيرة. وهذه الحقائق العلمية تؤكد ذلك، في مؤشر يؤكد التحسن. "
                "وظهر المدير في شريط فيديو يؤكد «الدعم الكامل». ونشر الموقع مقطع فيديو يؤكد فيه الوزير الخطة. "
                "وعرض الفيديو، يؤكد المدير أن العمل مستمر.")
    assert words(df, lx) == ["يؤكد", "يؤكد", "يؤكد"]
    assert left_out(df, lx, voice="all")["reason"].tolist() == ["context", "context", "context"]


def test_victims_of_cyber_crime_and_deaths_of_thirst_are_not_violent_deaths():
    m = shipped("casualties")
    # under a headline about hacking, the «victims» of «attacks» lost data, not their lives
    assert m("وقال مسؤول إن ضحايا الهجمات فقدوا بياناتهم.", "قراصنة يخترقون شبكة مصرف الوادي") == []
    assert m("وقال مسؤول إن ضحايا الهجمات دفنوا أمس.", "مسلحون يهاجمون قرية الوادي") == ["ضحايا"]
    # a family that fled the fighting and died of thirst: no violent death
    assert m("فرت العائلة من القصف ولقي أفرادها حتفهم عطشا في الصحراء.") == []
    # a road accident written «حادثة سيارة»
    assert m("مات الممثل قتيلا بحادثة سيارة بعد التصوير.") == []
    # an air accident named in the headline (twenty-third pass): its victims died in a crash, not by violence
    text = "ونقلت جثامين الضحايا إلى الوادي بعد الانفجار."
    assert m(text, "بعد حادثة الطائرة .. الوادي يودع أبناءه") == []
    assert m(text, "بعد سقوط القرية .. الوادي يودع أبناءه") == ["الضحايا"]


def test_settlements_count_only_in_an_article_about_israel_and_palestine():
    m = shipped("israel_palestine", "settlers")
    # a settlement in a film, resident birds, fast-growing settlements in a report on floods: other settlements
    assert m("يقع البطل أسيرا لدى جنود مستوطنة يحكمها طاغية في الصحراء.", "فيلم الوادي الجديد") == []
    assert m("تزور البحيرة الطيور المستوطنة والمهاجرة.") == []
    assert m("هاجم مستوطنون قرية قرب نابلس.") == ["مستوطنون"]


def test_resistance_in_a_sentence_about_peaceful_resistance_is_not_the_armed_groups():
    from framing.lexicon import load_lexicon
    df = corpus("زيارة القدس عنوان لمقاومة سلمية، وأقوى سلاح للمقاومة اليوم هو الحضور. "
                "وقالت المقاومة في غزة إنها ردت على القصف.")
    got = match(df, load_lexicon("israel_palestine"), voice="all")
    assert got[got["term"] == "resistance"]["start"].tolist() == [df["text"][0].index("المقاومة في غزة")]


def test_graded_resistance_is_opposition_not_the_armed_groups():
    from framing.lexicon import load_lexicon
    # «المقاومة القوية من …» (strong opposition from …) is a degree of opposition; a name is not graded
    df = corpus("ويواجه الاتفاق الأصوات المتشككة والمقاومة القوية من إسرائيل في مجلس الأمن. "
                "وقالت المقاومة الباسلة في غزة إنها ردت على القصف الإسرائيلي.")
    got = match(df, load_lexicon("israel_palestine"), voice="all")
    assert got[got["term"] == "resistance"]["start"].tolist() == [df["text"][0].index("المقاومة الباسلة")]


def test_workers_trapped_in_a_mine_are_not_detainees():
    m = shipped("captives")
    assert m("وتسابق الطواقم الوقت للعثور على العمال المحتجزين.", "إنقاذ عمال عالقين في قاع منجم") == []
    assert m("ويحاول المسعفون الوصول إلى العمال المحتجزين في المنجم.") == []
    assert m("وأفرجت السلطات عن العمال المحتجزين.", "الوادي يفرج عن عمال") == ["المحتجزين"]


def test_a_place_named_after_martyrs_is_a_name():
    from framing.lexicon import load_lexicon
    df = corpus("تجمع المحتجون في ساحة الشهداء وسط المدينة، وأغلقت الشرطة نفق الشهيد سالم. "
                "وشيع الأهالي الشهداء الذين سقطوا في القصف.")
    got = match(df, load_lexicon("casualties"), voice="all")
    assert got[got["term"] == "martyrs"]["start"].tolist() == [df["text"][0].index("الشهداء الذين")]


def test_a_cemetery_a_reservoir_or_an_exhibition_named_after_martyrs_is_a_name():
    m = shipped("casualties")
    assert m("ودفن الفقيد في مقبرة الشهداء بالوادي، وتغذي الأحياء مياه خزان الشهداء.") == []
    assert m("وزار الطلاب معرض شهداء الواجب في قاعة البلدية.") == []
    assert m("وزار الطلاب أسر الشهداء في قاعة البلدية.") == ["الشهداء"]


def test_a_district_a_camp_an_operation_or_a_cup_named_after_martyrs_is_a_name():
    m = shipped("casualties", "martyrs")
    assert m("وشملت المشروعات أحياء الشهداء والنخيل والورود في المدينة.") == []
    assert m("وانطلقت القوة من معسكر الشهيد سالم نحو الجبهة، وبدأت عملية الشهيد سالم بقصف المواقع.") == []
    assert m("وفاز فريق الوادي بكأس الشهداء، وختم النادي بطولة شهداء الواجب.") == []
    assert m("ووصلت المساعدات إلى مخيم شهداء الوادي.") == []
    assert m("وسقط في القصف شهداء من أحياء المدينة، وزار الوفد أسر الشهداء في المخيم.") == ["شهداء", "الشهداء"]


def test_hezbollahs_resistance_is_not_the_palestinian_armed_groups():
    m = shipped("israel_palestine", "resistance")
    # the paragraph names Hezbollah: its arms «for resisting Israel» are its pretext
    assert m("يتمسك حزب الله بسلاحه. ويقول إنه سلاح لمقاومة إسرائيل.") == []
    assert m("ويتهم خصومه بأنهم ضد المقاومة وإسرائيل تحتل الأرض.", "كذبة حزب الله") == []
    assert m("وقالت المقاومة في غزة إنها ردت على قصف إسرائيل.") == ["المقاومة"]


def test_a_verb_with_a_noun_object_that_describes_a_thing_is_evidence():
    lx = lex(term("أكد, يؤكد, تؤكد", "        class: verb\n        evidence: [relative, comes]\n"))
    df = corpus("وقدم العمال الشهادات الصحية التي تؤكد خلوهم من الأمراض. وتأتي الزيارة لتؤكد عمق العلاقات. "
                "وزار المدرسة أمير المنطقة، الذي يؤكد دعم التعليم. ونشرت الهيئة التي تؤكد أن الخدمة مستمرة. "
                "وهي الخطة التي تؤكد عليها الوزارة. وجاء المدير ليؤكد أن العمل مستمر. والوزارة تؤكد دعمها.")
    assert words(df, lx) == ["يؤكد", "تؤكد", "تؤكد", "ليؤكد", "تؤكد"]
    assert left_out(df, lx, voice="all")["reason"].tolist() == ["context", "context"]
    m = shipped("attribution", "affirmed")
    assert m("وأرفق النادي الخطاب الذي يؤكد تسجيل اللاعب. وجاء فوز الفريق ليؤكد تفوقه.") == []
    assert m("وأكد الوزير أهمية الخطة التي تؤكد على السلامة.") == ["وأكد"]


def test_a_bare_verb_with_a_noun_object_after_an_indefinite_noun_describes_it():
    lx = lex(term("أكد, يؤكد, تؤكد", "        class: verb\n        evidence: [indefinite]\n"))
    df = corpus("وأبرز العامل شهادة معتمدة تؤكد اجتيازه الدورة، ونشرت الجماعة شريطا يؤكد خطف الجنود. "
                "فيما تؤكد المصادر وصول الوفد. وأصدر النادي شهادة تؤكد أن اللاعب سليم. وإذا بسوريا تؤكد دعمها. "
                'وقال إن "الهيئة" تؤكد دعمها، وإن الشاب البالغ عشرين عاما تؤكد أسرته سلامته.',
                titles=["مصادر مطلعة تؤكد تعيين المدير"])
    assert words(df, lx) == ["تؤكد"] * 6
    assert left_out(df, lx, voice="all")["match"].tolist() == ["تؤكد", "يؤكد"]
    # in a headline, only an accusative noun (an object, never the subject) after the first word
    df = corpus("", "", "", titles=["الجماعة تبث شريطا يؤكد خطف الجنود", "داسيلفا يؤكد أهمية الإعداد",
                                    "النادي يبدأ استعداده وداسيلفا يؤكد أهمية الإعداد"])
    assert words(df, lx) == ["يؤكد", "يؤكد"]


def test_a_verb_form_right_after_a_preposition_is_a_noun_spelt_alike():
    lx = lex(term("صرح, أوضح, يوضح, قال, قالت", "        class: verb\n"))
    df = corpus("وكانت الفكرة اللبنة الأولى في صرح العلم، وشرحها على نحو أوضح. وصرح المدير أن العمل مستمر. "
                "وعن الخطة قال المدير إنها جاهزة. وأطلقت الشركة سيارة (جي.تي.في) قالت إنها الأسرع. "
                "وتحدث محمد علي قال إنه سعيد.")
    assert words(df, lx) == ["وصرح", "قال", "قالت", "قال"]
    assert left_out(df, lx, voice="all")["match"].tolist() == ["صرح", "أوضح"]


def test_a_bare_verb_with_a_noun_object_after_this_and_a_noun_is_evidence():
    lx = lex(term("أكد, يؤكد, تؤكد", "        class: verb\n        evidence: [demonstrative]\n"))
    df = corpus("وقال المدير إن هذا القرار يؤكد عناية الدولة، وإن هذه المساعدات الجديدة تؤكد التزامها. "
                "وهذا الوزير يؤكد أن العمل مستمر. وهذه الوزارة تؤكد على أن الخدمة متاحة.")
    assert words(df, lx) == ["يؤكد", "تؤكد"]
    assert left_out(df, lx, voice="all")["match"].tolist() == ["يؤكد", "تؤكد"]


def test_a_war_on_a_disease_a_centre_forward_and_economic_blows_are_figurative():
    war = shipped("ukraine_war", "war_on")
    assert war("تخوض شركات الدواء الحرب ضد السرطان منذ عقود.") == []
    assert war("أعلن الرئيس الحرب على المتمردين في الشمال.") == ["الحرب على"]
    # who wages it may stand between the war and its target, in a relative clause; a war on drugs stays out
    assert war("تضررت البلدة في الحرب التي شنتها قوات الجار على القرى، والحرب التي تشنها الوزارة على المخدرات.") \
        == ["الحرب التي شنتها قوات الجار على"]
    # fought or declared in the clause, or the side that wages it in construct with the war
    assert war("وتحدث عن الحرب التي خاضتها الحركة ضد الجيش، والحرب التي أعلنتها الحكومة على المتمردين.") \
        == ["الحرب التي خاضتها الحركة ضد", "والحرب التي أعلنتها الحكومة على"]
    assert war("وأشاد بحرب الجيش ضد المتمردين في الشمال.") == ["بحرب الجيش ضد"]
    # a named war before an على governed by another word, and the war of all against all, are no war on anyone
    assert war("واعتمد الفلاحون خلال حرب الاستقلال على الملح، وتحدث الكاتب عن حرب الجميع على الجميع.") == []
    # a deed likened to a declaration of war is a figure; a declaration of war is not
    assert war("ورأى أن القرار بمثابة إعلان حرب على المزارعين، وأن قتل جندي يعني إعلان الحرب على الجميع.") == []
    assert war("وبعد إعلان الحرب على الجار تحركت القوات.") == ["الحرب على"]
    attack = shipped("violence", "attack")
    assert attack("يمكنه أن يلعب في مركز قلب الهجوم بعد الإصابة.") == []
    assert attack("قتل ثلاثة في هجوم على حاجز للجيش.") == ["هجوم"]
    # a race: a rally driver's pace, a candidate's attacks on a rival in the race for office
    assert attack("وخفض السائق وتيرة هجومه ليضمن بلوغ خط نهاية الرالي.") == []
    assert attack("وخرج المرشح من السباق بعد هجماته المتكررة في المناظرة.") == []
    strike = shipped("violence", "strike")
    assert strike("عانت البلاد بعد الضربات الاقتصادية التي فرضها الغرب.") == []
    assert strike("نفذت الطائرات ضربات جوية على مواقع المسلحين.") == ["ضربات"]


def test_an_english_term_counts_in_english_text_not_in_a_title_inside_arabic_text():
    captives = "captives"
    df = corpus("وصدرت الرواية بالإنجليزية بعنوان (The Prisoner of Love) قبل وفاة كاتبها بعامين في باريس.",
                "Rebels said they held two prisoners of war near the border town of Wadi.")
    m = match(df, captives, voice="all")
    assert list(m["id"]) == ["d1"] and list(m["term"]) == ["en_prisoners"]
    assert list(left_out(df, captives)["reason"]) == ["context"]


def test_a_person_said_to_be_a_victim_is_a_predicate_not_the_dead():
    m = shipped("casualties")
    # the singular after a personal pronoun: one feels, or is called, a victim (of terrorism's rhetoric, of a war of words)
    assert m("ويرى الباحث أن المنضم إلى الإرهاب يشعر بالعزلة وأنه ضحية لمجتمعه.") == []
    assert m("ويبقى سكان الوادي هم الضحية الكبرى لخطاب الحرب.") == []
    # the dead of an attack still count
    assert m("وارتفع عدد ضحايا الهجوم على سوق الوادي إلى عشرة.") == ["ضحايا"]


def test_victims_in_the_name_of_a_body_are_not_the_dead():
    m = shipped("casualties")
    assert m("وطالبت جمعية ضحايا التعذيب في الوادي بفتح تحقيق في جرائم النظام.") == []
    assert m("وطالب أهالي ضحايا التعذيب في الوادي بفتح تحقيق في جرائم النظام.") == ["ضحايا"]


def test_the_verb_i_walk_and_a_captive_of_a_feeling_are_not_prisoners():
    prisoners = shipped("captives", "prisoners")
    # «أسير» as the verb (I walk) after a particle that takes a verb
    assert prisoners("وقررت أن أسير وحدي في الطريق، ولا أزال أسير عليه.") == []
    # the bare singular as the predicate of a verb of becoming, and a captive of love
    assert prisoners("وبعد الخسارة أصبح الرجل أسير همومه.") == []
    assert prisoners("", title="أسير حب المدينة") == []
    # a prisoner held, and أن before the plural or the article, still count
    assert prisoners("وأفرجت الجماعة عن أسير فلسطيني، وأكد الوسيط أن الأسرى بخير.") == ["أسير", "الأسرى"]
    assert prisoners("وبات أسيرا لدى الجماعة منذ عامين.") == ["أسيرا"]


def test_victims_of_a_non_lethal_crime_a_price_war_or_a_helicopter_accident_are_not_the_dead():
    victims = shipped("casualties", "victims")
    # a harassment or fraud headline names the story, whatever lethal word a sentence holds
    assert victims("وقال الباحث إن الجناة لا يعون حجم ضررهم على ضحاياهم ولو بلغ الأمر جريمة.",
                   title="التحرش بلا قانون رادع") == []
    assert victims("وقال الباحث إن الجناة لا يعون حجم ضررهم على ضحاياهم ولو بلغ الأمر جريمة.",
                   title="المدينة بلا قانون رادع") == ["ضحاياهم"]
    # a price war is no lethal violence
    assert victims("ولن تكون دول الوادي ضحية توجهات السوق في حرب الأسعار.") == []
    assert victims("وسقط عشرات الضحايا في الحرب على المدينة.") == ["الضحايا"]
    # a helicopter accident is an accident, in the sentence or in the headline
    assert victims("وتم التعرف على هويات جميع الضحايا.", title="مقتل خمسة في حادث مروحية عسكرية") == []
    assert shipped("casualties", "killing")("", title="مقتل خمسة في حادث مروحية عسكرية") == []
    assert shipped("casualties", "killing")("", title="مقتل خمسة في إسقاط مروحية عسكرية") == ["مقتل"]


def test_a_war_on_terror_named_only_beside_a_figurative_battle_is_a_campaign_at_home():
    war = shipped("ukraine_war", "war_on")
    # «معركة/معارك/ضربات» are no armed conflict for the war on terror: a battle against an idea, pre-emptive strikes
    assert war("ونخوض المعركة مع الفكر المتطرف، وتمضي البلاد في الحرب على الإرهاب بعد الضربات الاستباقية.") == []
    assert war("وتمضي البلاد في الحرب على الإرهاب بعد غارات التحالف.") == ["الحرب على"]
    # a war on a culture, and the war on terror in a sentence about drugs
    assert war("وأعلنت هذه النظم الحرب على هذه الثقافة.") == []
    assert war("ومكافحة المخدرات حرب لا تقل أهمية عن الحرب ضد الإرهاب، كما قال قائد الجيش.") == []
    assert war("وقال قائد الجيش إن الحرب ضد الإرهاب مستمرة.") == ["الحرب ضد"]
