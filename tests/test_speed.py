"""What keeps `framing terms` fast without changing a number: the Wilson z of the usual levels is
scipy's own value (no scipy.stats import for one number), and the boilerplate tallies of the
chunks merge to exactly what ``Counter.update`` gives, in the same key order."""
from __future__ import annotations

import subprocess
import sys
from collections import Counter

from framing.stats.shares import _Z
from framing.text.boilerplate import from_tally, merge_tallies, tally


def test_wilson_z_constants_are_scipys_values():
    from scipy.stats import norm
    for level, z in _Z.items():
        assert z == norm.ppf(0.5 + level / 2), level


def test_term_shares_do_not_import_scipy_stats(demo_corpus):
    code = ("import sys, framing; framing.term_shares(sys.argv[1], 'captives', by='outlet', jobs=1); "
            "print('scipy.stats' in sys.modules, 'scipy.sparse' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(demo_corpus.path)],
                         capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def _old_merge(tallies):
    out = tally(())
    for t in tallies:
        for mine, theirs in zip(out[:4], t[:4]):
            for outlet, counts in theirs.items():
                mine[outlet].update(counts)
        out[4].update(t[4])
    return out


def test_merged_tallies_equal_counter_update_in_key_order():
    chunks = [[("Northline", "Story one.\nRead more: northline\nTags a b"), ("Ufuq", "خبر أول\nتابعونا")],
              [("Ufuq", "خبر ثان\nتابعونا"), ("Northline", "Read more: northline\nStory two.")],
              [("Northline", "Story three.\nRead more: northline\nTags a b"), ("Marsad", "سطر\nسطر آخر")]]
    tallies = [tally(c) for c in chunks]
    new, old = merge_tallies(tallies), _old_merge(tallies)
    for a, b in zip(new[1:4], old[1:4]):
        assert list(a) == list(b)
        for outlet in a:
            assert isinstance(a[outlet], Counter)
            assert list(a[outlet].items()) == list(b[outlet].items())
    assert new[4] == old[4]
    # lines: hashed, the text kept for lines in two or more articles, in first-appearance order
    assert list(new[0]) == list(old[0])
    for outlet in new[0]:
        assert new[0][outlet].items() == [(k, c) for k, c in old[0][outlet].items() if c >= 2]
    again = merge_tallies([merge_tallies(tallies[:2]), tallies[2]])      # folded merges: the same
    assert all(again[0][o].items() == new[0][o].items() for o in new[0])
    t1 = from_tally(new, min_articles=2, min_share=0).table()
    assert t1.equals(from_tally(old, min_articles=2, min_share=0).table()) and len(t1)


def test_chunks_hashed_in_workers_merge_to_the_same_tallies():
    from framing.text.boilerplate import hashed
    chunks = [[("Northline", "Story one.\nRead more: northline"), ("Ufuq", "خبر أول\nتابعونا")],
              [("Ufuq", "خبر ثان\nتابعونا"), ("Northline", "Read more: northline\nStory two.")],
              [("Northline", "Read more: northline"), ("Marsad", "سطر\nسطر آخر")]]
    plain, done = merge_tallies([tally(c) for c in chunks]), merge_tallies([hashed(tally(c)) for c in chunks])
    assert list(done[0]) == list(plain[0])
    for outlet in plain[0]:
        assert done[0][outlet].items() == plain[0][outlet].items()
    folded = merge_tallies([merge_tallies([hashed(tally(c)) for c in chunks[:2]]), hashed(tally(chunks[2]))])
    assert all(folded[0][o].items() == plain[0][o].items() for o in plain[0])
    assert from_tally(done, min_articles=2, min_share=0).table().equals(
        from_tally(plain, min_articles=2, min_share=0).table())


# attribution phrases of a fictional wire (normalised as the rules read them), one per alternative of
# _ATTRIB, each after a separator it needs and glued to a letter where it must not match
_ATTRIB_TEXTS = [
    "قال المسؤول ذلك بحسب مصادر محلية، وبحسب ما نشرته وكالة الشمال وفحسب.",
    "حسبما افاد شهود، ووفقا لما ذكره الاهالي، وفق ما اعلنته الهيئة، وفقا للمصادر.",
    "طبقا لما نقلته الصحيفة وطبقا للبيان، نقلا عن مصدر امني، علي حد تعبير الوزير.",
    "استنادا الي تقرير، على لسان المتحدث وعلي لسان المدير، في رايه ان الامر صعب.",
    "في تقديرها ان الوضع هادئ، في نظر الخبراء المحليين، من وجهة نظرهم، وفق مصادر رسمية.",
    "كما قال الوزير امس، وكما اكدت الهيئة، فكما يري المراقبون، بلاحسب ولاوفقا لما.",
    "the minister said, according to officials, as quoted by the agency, and was quoted by others.",
    "علي  حد  قول الشاهد،\nبحسب\nالمصادر، «بحسب الوكالة» (وفقا لما قيل) ،حسب الرواية",
    "سقط ثلاثة، علي ما اعلنت الهيئة، وعلي ما ذكرت الوكالة، علي ما يبدو، فعلي ما قال،علي ما اكدت المصادر.",
    "",
]


def test_attribution_phrases_found_from_their_core_words_are_the_regex_matches():
    from framing.lexicon.speech import _ATTRIB, _CORE_CURRENT, _NOMINAL, _attrib_matches
    # _ATTRIB edited: check that every new phrase holds one of _ATTRIB_CORE's words at most 2 characters
    # after its start (and that none can start inside another), then update _ATTRIB_CORE_FOR
    assert _CORE_CURRENT, "speech._ATTRIB changed: check speech._ATTRIB_CORE, then update _ATTRIB_CORE_FOR"

    def spans(ms):
        return [(m.start(), m.end(), m.group()) for m in ms]
    total = 0
    for text in _ATTRIB_TEXTS:
        for limit in sorted({0, 5, len(text) // 2, len(text) - 1, len(text), len(text) + 4}):
            for rx in (_ATTRIB, _NOMINAL):
                want = spans(rx.finditer(text, 0, limit))
                assert spans(_attrib_matches(rx, text, limit)) == want, (text, limit)
                total += len(want)
    assert total > 40


def test_remembered_title_lengths_are_the_rule_itself():
    from framing.lexicon.speakers import _role_end, _role_end_of
    phrases = ["وزير الخارجية الشمالي فلان الفلاني", "المتحدث باسم الهيئة", "مصادر امنية مطلعة",
               "رئيس مجلس ادارة الشركة", "الدكتور فلان", "فلان الفلاني", "", "السفير الروسي لدي اسرائيل"]
    for p in phrases * 2:
        words = p.split()
        assert _role_end(words) == _role_end_of(words), p


def test_offset_map_with_presentation_forms_is_the_per_character_rule():
    # offset_map normalises each distinct character once; the map must stay: for every character of the
    # normalised text, the offset of the original character it came from (ligatures give two or more)
    from framing.lexicon.matcher import offset_map
    from framing.text.normalize import normalize
    original = "قال ﻻعب النادي: ﷺ الأَسرى ـــ ﻻ ﻹ، و«ﺍلرهائن» ٣"
    norm = normalize(original, lower=True)
    want = [i for i, c in enumerate(original) for _ in normalize(c, lower=True)]
    assert len(want) == len(norm)
    assert offset_map(original, norm) == want
    # and, said without the per-character rule: offsets rise, and each normalised character comes from
    # the normalisation of the original character it is mapped to
    omap = offset_map(original, norm)
    assert omap == sorted(omap) and all(norm[k] in normalize(original[i], lower=True) for k, i in enumerate(omap))
    assert norm[want.index(original.index("ﷺ")):].startswith("صلي الله عليه وسلم")


#: fictional sentences (normalised as the rules read them) for the cheap-first tests below
_GLOSS_TEXTS = [
    "وقال الوزير سامر ان الاسري بخير، وهو ما اكدته الهيئة ايضا.",
    "واكد المتحدث ان الوضع هادئ، لكنه لم يذكر عدد المحتجزين.",
    "واوضح المدير ان المفاوضات مستمرة، وذلك بعد لقاء الوفدين في العاصمة.",
    "وقالت الوزارة ان الهدنة صامدة، في اشارة الي الاتفاق الاخير.",
    "وذكر البيان ان الرهائن نقلوا، وهي مزاعم نفتها الجماعة.",
    "واضاف ان الحكومة تعمل، من جهة اخري، صرح النائب بان الامر خطير.",
    "وقال فلان ان الطقس معتدل والمطر قليل في الشمال.",
    "",
]


def test_gloss_searches_its_words_once_with_the_same_ends():
    from framing.lexicon import speech

    def old_gloss(text, start, end):                     # the body before the one-search shortcut
        if any(text.find(w, start, end) >= 0 for w in ("وهو ما", "وهي ما", "وهذا ما")):
            end = speech._second_source(text, start, end)
        if text.find("لكن", start, end) >= 0:
            end = speech._before_said(speech._BUT_SAID, text, start, end)
        if any(text.find(w, start, end) >= 0 for w in ("ذلك", "اخري", "المقابل")):
            end = speech._before_said(speech._CONNECTOR_SAID, text, start, end)
        if not any(text.find(w, start, end) >= 0 for w in ("اشارة", "وذلك", "مزاعم", "ادعاءات", "اتهامات")):
            return end
        m = speech._GLOSS.search(text, start, end)
        return m.start() if m else end
    cut = 0
    for text in _GLOSS_TEXTS:
        for start in range(0, len(text) + 1, 3):
            for end in (start, start + 20, len(text)):
                assert speech._gloss(text, start, end) == old_gloss(text, start, end), (text, start, end)
                cut += speech._gloss(text, start, end) < end
    assert cut > 20                                      # (the shortcut is not the only answer given)


def test_statement_texts_need_a_colon_at_a_lines_end_or_what_follows():
    from framing.lexicon.speech import _COLON_EOL, _STATEMENT_TEXT, _WHAT_FOLLOWS, _statement_texts
    texts = ["وفيما يلي نص البيان:\nاولا: نؤكد حفظ حقوق الاسري.\nثانيا: ندعو الي الافراج عنهم.",
             "واصدرت الهيئة بيانا جاء نصه علي النحو التالي: \t\nنطالب بالافراج عن المحتجزين.",
             "وفيما يلي نص البيان: نطالب بالافراج عن المحتجزين.\nوقال فلان ان الامر خطير.",
             "وجاء في نص البيان: نطالب بالافراج عن المحتجزين.\nوقال فلان ان الامر خطير."]
    assert [len(list(_statement_texts(t))) for t in texts] == [1, 1, 1, 0]
    for t in texts + _GLOSS_TEXTS:          # every document found passes the shortcut: a colon at a line's end, or
        for d in _statement_texts(t):       # what follows («يلي، التالي، الآتي») before it
            m = next(m for m in _STATEMENT_TEXT.finditer(t) if m.end() == d[0])
            assert _COLON_EOL.search(m.group()) or _WHAT_FOLLOWS.search(t, max(0, m.start() - 20), m.end())


def test_voices_named_made_when_asked_is_the_list_made_at_once():
    from framing.lexicon.saying import _verb_gender
    from framing.lexicon.voice import voice_spans
    text = ("قال الوزير سامر ان الاسري بخير. واضافت المتحدثة باسم الهيئة ان المفاوضات مستمرة. "
            "واكد «ان الامر خطير». وقالت الوزارة في بيان ان الرهائن نقلوا.")
    v = voice_spans(text)
    want = sorted((r[2], r[3], _verb_gender(text, r[4])) for r in v.reported if r[2])
    assert len(want) >= 3 and v.named == want and v.named is v.named


def test_tokens_after_commas_are_every_token_a_comma_stands_before():
    import random
    from framing.lexicon.saying import _char_before, _tokens
    from framing.lexicon.speech import _after_commas

    def after_comma(toks, text):
        return [t for t in toks if _char_before(text, t[0]) in "،,"]
    rng = random.Random(3)
    pieces = ["و", "قال", "وقال", " ", " ", "،", ",", "\n", "\xa0", "«", "ا", "،،", " ، ", ":"]
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        start, end = rng.randint(0, len(text)), rng.randint(0, len(text) + 2)
        want = after_comma(_tokens(text, start, end), text)
        assert after_comma(_after_commas(text, start, end), text) == want, (text, start, end)
        found += len(want)
    assert found > 1000


def test_shortcuts_still_match_the_rules_they_stand_before():
    # Each shortcut above copies a condition of the rule after it; a rule edited later (a new gloss word, a
    # statement pattern that no longer ends at a line break, another character before a joined verb) must
    # update its shortcut too: this fails until it does.
    import inspect
    import re as _re
    from framing.lexicon import speakers, speech
    body = inspect.getsource(speech._gloss).split('"""')[2]
    for word in _re.findall(r'"([^"]+)"', body.split("else:", 1)[1]):
        assert any(w in word for w in speech._GLOSS_WORDS), f"_gloss looks for {word!r}: add it to _GLOSS_WORDS"
    assert speech._STATEMENT_TEXT.pattern.endswith(r":(?:[ \t\xa0]*\n)?")   # a line's end, or what follows:
    shortcut = inspect.getsource(speech._statement_texts).split("return")[0]
    for alt in _re.search(r"\(\?:(.*?)\)", speech._WHAT_FOLLOWS.pattern).group(1).split("|"):
        assert any(f'"{w}" in text' in shortcut and w in alt.replace(r"\s+", " ") for w in ("يلي", "التالي", "الاتي")), alt
    assert '_char_before(text, s) not in "،,"' in inspect.getsource(speech._comma_said)
    assert 'if ev[2] is not None or ve <= vs or ev[3] == "تصريح" or not (' in inspect.getsource(
        speech._participle_speakers)
    src = inspect.getsource(speakers._apposition)
    assert "if k == 0:\n        return np" in src and "_role_end(head) >= len(head):\n        return np" in src
    assert '_strip(toks[k][2]) in _DAY_WORDS and toks[k][2][-1:] not in ".:؛"' in inspect.getsource(
        speakers._lead_day)                              # (its first word is tested alone first)
    src = inspect.getsource(speech._fronted_subject)
    assert "_strip(first[2]) not in _FRONTING" in src and "islice(_tokens(text, s0, vs), 11)" in src


_NAMES = ["سامر", "نادر", "باسل", "فارس", "كامل"]


def test_participles_on_a_long_field_take_their_own_sentences_speaker():
    # _participle_speakers reads only the events of the participle's sentence (not every event of the field):
    # the verb of saying before it in that sentence, not the sentence's first subject («الوفد») nor another one
    from framing.lexicon.voice import voice_spans
    text = " ".join(f"ووصل الوفد الي المدينة امس، وقال الوزير {_NAMES[i % 5]} ان الاسري بخير، مشيرا الي ان "
                    "المفاوضات مستمرة." for i in range(120))
    events = sorted(voice_spans(text).reported, key=lambda r: r[4][0])
    who = {}
    for r in events:
        who.setdefault(text[r[4][0]:r[4][1]], []).append(text[r[2][0]:r[2][1]] if r[2] else None)
    assert len(who["مشيرا"]) == 120 and who["مشيرا"] == who["وقال"]
    assert who["وقال"][:2] == ["الوزير سامر", "الوزير نادر"]


def test_quotations_left_open_on_a_long_field_end_at_their_own_participle():
    # voice_spans hands _narrated_end only the verbs inside each quotation: each is still cut at its own «مؤكدا»
    from framing.lexicon.voice import voice_spans
    text = " ".join(f"وقال الوزير {_NAMES[i % 5]} في المؤتمر: «ان الاسري بخير وان المفاوضات مستمرة في كل المدن منذ "
                    "اسابيع، مؤكدا ان الهدنة صامدة. ثم غادر الوزير القاعة بعد المؤتمر.»" for i in range(60))
    v = voice_spans(text)
    assert len(v.quoted) == 60
    for s, e in v.quoted:
        assert text[s:e].rstrip().endswith("اسابيع،")
    assert v.at(text.rfind("الهدنة"))[0] == "reported"


def test_candidate_words_found_around_the_cores_are_those_of_the_split_field():
    """``_core_words``: the words around the cores' occurrences, intersected with the words that start a
    match, are the candidates of the whole field split after its separators became spaces; on random fields
    of lexicon words, other words, separators, Unicode spaces and long words, with few and many occurrences."""
    import random
    from framing.lexicon.format import load_lexicon
    from framing.lexicon.matcher import SEPARATORS, _core_words, clean_text, index_for
    from framing.text import normalize
    rng = random.Random(7)
    spaces = [" ", " ", " ", "\n", "\t", "\u00a0", "\u2003", "\x1c", "\u3000"]
    seps = list(SEPARATORS[:40]) + ["«", "»", "،", "؟"]
    checked = few = 0
    for name in ("captives", "violence", "attribution"):
        index = index_for(load_lexicon(name))
        assert all(any(c in w for c in index.cores) for w in index.first)     # what Index.cored checks first
        assert index.cored == (name != "attribution")                           # (30 cores: the split is cheaper)
        lexicon_words = sorted(index.first)
        others = [normalize(w, lower=True) for w in ("الأسرة", "سياسي", "اسري", "قاعة", "ضربة", "المدينة", "x" * 70,
                                                     "أسرى" * 12, "قال", "ب" * 40 + "أسرى", "ت" * 70 + "هجوم" + "ك" * 9)]
        for _ in range(3000):
            parts = []
            for _ in range(rng.randint(0, 12)):
                w = rng.choice(lexicon_words) if rng.random() < 0.3 else rng.choice(others)
                if rng.random() < 0.2:
                    w = rng.choice(seps) + w
                if rng.random() < 0.2:
                    w = w + rng.choice(seps)
                parts.append(w + rng.choice(spaces))
            norm = "".join(parts)
            words = _core_words(norm, index.cores)
            if words is None:
                continue
            few += bool(words)
            split = clean_text(norm).split()
            assert words == {w for w in split if any(c in w for c in index.cores)}, norm
            assert index.first.intersection(words) == index.first.intersection(split), norm
            checked += 1
    assert checked > 3000 and few > 1000
