"""The sentence, paragraph and scope checks read each field's breaks and each unit once for all its matches
(``_breaks``, ``_where``): the answers are those of reading the unit again for every match, as the matcher
did before (reference versions below, on random texts of a few letters)."""
import random
import re

import pytest

from framing.lexicon import matcher as M


def unit_once_per_match(norm, pos, stop):
    if stop:
        s, e = norm.rfind(stop, 0, pos) + 1, norm.find(stop, pos)
    else:
        prev = [m.end() for m in M._SENTENCE_END.finditer(norm, max(0, pos - 600), pos)]
        s = prev[-1] if prev else max(0, pos - 600)
        m = M._SENTENCE_END.search(norm, pos)
        e = m.start() if m else -1
    return s, len(norm) if e < 0 else e


def boiler_once_per_match(boiler, norm, pos):
    line = norm.count("\n", 0, pos)
    if line not in boiler:
        return False
    words = boiler[line]
    if words is None:
        return True
    end = norm.find("\n", pos)
    return len(norm[pos:end if end >= 0 else len(norm)].split()) <= words


def test_unit_bounds_and_boilerplate_lines_as_when_found_per_match():
    rng = random.Random(1)
    for _ in range(600):
        n = rng.choice([0, 1, 5, 50, 700, 2000])
        norm = "".join(rng.choice("ab  .\n!؟؛,") if rng.random() < 0.3 else "x" for _ in range(n))
        boiler = {k: rng.choice([None, 0, 1, 3]) for k in range(0, 30, 2)}
        for pos in range(0, n + 1, max(1, n // 40)):
            for stop in ("\n", None):
                b, s, e = M._unit(norm, pos, stop)
                assert (s, e) == unit_once_per_match(norm, pos, stop)
                assert b <= s and (b == 0 or M._SENTENCE_END.match(norm[b - 1]))
            assert M._in_boiler(boiler, norm, pos) == boiler_once_per_match(boiler, norm, pos)


@pytest.mark.parametrize("per_match", [0, 3, 10 ** 9])     # always placed once, first reads per match, always read
def test_words_in_a_unit_with_the_match_blanked_as_when_read_per_match(per_match, monkeypatch):
    monkeypatch.setattr(M, "PER_MATCH_READS", per_match)
    M._READS.clear()
    rng = random.Random(7)
    phrases = ["ا ب", "ب ب", "الب ج", "ب ج د", "ا ا", "ج د ا ب", "ا ب ا", "با", "د ا"]
    words = ["ا", "ب", "ج", "د", "وا", "الب", "لب", "والج", "x", "فبا", "بج", "ابا"]
    found = 0
    for _ in range(1500):
        ws = M._WordSet(rng.sample(["ا", "ب", "ج", "البيت", "لب", "بج"] + phrases, rng.randint(1, 5)))
        toks = [rng.choice(words) for _ in range(rng.randint(1, 16))]
        clean = "".join(rng.choice([" ", "  ", "\n", " \t "]) + w for w in toks) + rng.choice(["", " ", "\n"])
        starts = [m.start() for m in re.finditer(r"\S+", clean)]
        ends = [m.end() for m in re.finditer(r"\S+", clean)]
        for _ in range(6):
            b = rng.randrange(len(clean))
            if not [a for a in starts if a >= b]:
                continue
            pos = rng.choice([a for a in starts if a >= b])
            end = rng.choice([z for z in ends if z > pos])
            s, e = rng.randint(b, pos), rng.randint(pos + 1, len(clean))      # s and e may cut a word
            blanked = clean[:pos] + " " * (end - pos) + clean[end:]
            assert ws.found_in(clean, (b, s, e), pos, end) == ws.found(blanked[s:e])
            s = rng.randint(b, e)
            assert ws.found_in(clean, (b, s, e)) == ws.found(clean[s:e])
            found += ws.found(blanked[s:e])
    assert found > 1000             # both answers occur


def test_a_long_paragraph_without_breaks_gives_the_rows_of_its_sentences():
    import pandas as pd
    from framing.lexicon import load_lexicon, match
    lex = load_lexicon("ukraine_war")
    one = "وقالت الوزارة إن الأزمة طالت مع استمرار القتال و "
    text = one * 400 + "وتحدث عن أزمة الاستقدام قائلا إن الأزمة ستنتهي " + one * 400       # 40,000 characters, no comma
    df = pd.DataFrame({"id": ["d0"], "outlet": ["الأفق"], "title": [""], "text": [text]})
    starts = match(df, lex, voice="all").query("term == 'crisis'")["start"].tolist()
    from framing.lexicon.matcher import BACK
    named = text.index("أزمة الاستقدام")
    # every «الأزمة» counts but those after the recruitment crisis that reach it (each bare one refers back through
    # the bare ones before it, at most BACK characters back), and «أزمة الاستقدام» itself
    out = [m.start() for m in re.finditer("الأزمة", text) if named < m.start() <= named + BACK]
    assert 20 < len(out) < 40
    assert starts == [m.start() for m in re.finditer("الأزمة", text) if m.start() not in out]


def test_the_last_mention_before_a_match_as_when_read_per_match():
    rng = random.Random(3)
    found = 0
    for _ in range(5000):
        spellings = frozenset(rng.sample(["ا", "با", "الب", "ب", "وا"], 2))
        toks = [rng.choice(["ا", "ب", "با", "الب", "x", "والب", "ابا"]) for _ in range(rng.randint(1, 12))]
        clean = "".join(rng.choice([" ", "  ", "\n"]) + w for w in toks) + " "
        pos = rng.choice([m.start() for m in re.finditer(r"\S+", clean)])
        s = rng.randint(0, pos)                     # may cut a word
        prev = [m for m in re.finditer(r"\S+", clean[s:pos]) if m.group() in spellings]
        read = (s + prev[-1].start(), s + prev[-1].end()) if prev else None
        assert M._last_mention(spellings, clean, s, pos) == read
        found += read is not None
    assert found > 1000


def test_the_last_words_of_a_clause_as_when_split_whole():
    rng = random.Random(5)
    for _ in range(5000):
        clean = "".join(rng.choice(["ا", "بب", " ", "  ", "\n", "x"]) for _ in range(rng.randint(0, 30)))
        pos = rng.randint(0, len(clean))
        lo, k = rng.randint(0, pos), rng.randint(1, 5)            # lo may cut a word
        assert M._words_before(clean, pos, k, lo) == clean[lo:pos].split()[-k:]


def test_a_subject_heading_the_clause_as_when_the_clause_is_split_whole():
    from .helpers import one_term
    lx = one_term("class: verb\nforms: [يوضح]\nnot_subject: [الجدول, الأرقام]\n")
    ctx = M._Context(lx.terms[0])

    def split_whole(norm, clean, pos):          # the former reading: every word of the clause
        words = clean[M._clause_start(norm, pos):pos].split()
        if not all(w in M._OPENERS for w in words[:-M.SUBJECT_BEFORE]):     # a long clause: after its last أن
            near = words[-M.SUBJECT_AFTER_THAT - 1:]
            ks = [i for i, w in enumerate(near) if w in M._COMPLEMENT]
            words = near[ks[-1] + 1:] if ks else []
        while words and words[0] in M._OPENERS:
            words = words[1:]
        if not 0 < len(words) <= M.SUBJECT_AFTER_THAT or words[0] not in ctx.subject:
            return False
        head = words[0][1:] if words[0][0] in "وف" else words[0]
        if head.startswith(("بال", "كال", "لل")):
            return False
        return head.startswith("ال") or head[0] not in "بكل" or head[1:] not in ctx.subject

    rng = random.Random(11)
    found = 0
    for _ in range(4000):
        parts = [rng.choice(["الجدول", "الأرقام", "بالأرقام", "وكالجدول", "أدناه", "كما", "أن", "هذا", "الرسمية", "x", "،", ".", "\n"])
                 for _ in range(rng.randint(0, 9))]
        norm = " ".join(parts + ["يوضح", "ذلك"])
        clean = M.clean_text(norm)
        pos = norm.rindex("يوضح")
        old = split_whole(norm, clean, pos)
        assert ctx.subject_before(norm, clean, pos, ctx.subject) == old
        found += old
    assert found > 150
