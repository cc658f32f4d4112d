"""framing.discover(words=...) / ``framing discover --word``: the words outlets write in the place of a known word.

Texts are written for these tests (fictional outlets «الشرق الجديد» and «صدى الوادي»; ``tests/test_discover.py``'s
corpora).
"""
from __future__ import annotations

import pandas as pd
from click.testing import CliRunner

from framing.cli import main
from framing.discovery import DISCOVER_COLUMNS, discover
from framing.lexicon.format import parse_lexicon

from .test_discover import PLACES, _corpus

TOWNS = ["الورد", "السدر", "الريح", "القمح", "البحر", "الزيتون", "الرمان", "النخيل", "الصفصاف", "البلوط",
         "الجوز", "التين"]


def _habits(towns=TOWNS, name="المتمردين"):
    """One event per town; outlet A calls the fighters «المتمردين», outlet B «الثوار», in sentences too unlike to
    align and never in the same slot within one event (A writes «شن … هجوما» where B writes «أعلن … سيطرتهم» and
    the other way round in the next event), while across the corpus both words stand between the same words."""
    rows = []
    for k, t in enumerate(towns):
        x, y = ("شن", "هجوما"), ("أعلن", "سيطرتهم")
        a, b = (x, y) if k % 2 else (y, x)
        rows.append({"id": f"a{k}", "outlet": "الشرق الجديد", "event_id": f"ev-{k}", "title": "",
                     "text": f"{a[0]} {name} {a[1]} في بلدة {t} فجر اليوم."})
        rows.append({"id": f"b{k}", "outlet": "صدى الوادي", "event_id": f"ev-{k}", "title": "",
                     "text": f"وبحسب شهود عيان تحدثوا لمراسلنا مساء {b[0]} الثوار {b[1]} بعد معارك طويلة "
                             f"استمرت ساعات حول {t}."})
    return pd.DataFrame(rows)


def test_a_word_gets_the_rows_holding_it_from_the_whole_list():
    out = discover(_corpus(), words=["الرهائن"], min_events=3)
    assert list(out.columns) == ["word", *DISCOVER_COLUMNS]
    assert list(zip(out["word"], out["term_a"], out["term_b"])) == [("الرهائن", "رهائن", "محتجزين")]
    r = out.iloc[0]
    assert (r.group_a, r.group_b, r.events) == ("الشرق الجديد", "صدى الوادي", 4) and r.log_odds > 0


def test_the_words_side_comes_first():
    """Seeded with the other side of the same pair: the row is turned round, its groups, odds and evidence too."""
    out = discover(_corpus(), words="والمحتجزين", min_events=3)
    r = out.iloc[0]
    assert (r.term_a, r.term_b, r.group_a, r.group_b) == ("محتجزين", "رهائن", "صدى الوادي", "الشرق الجديد")
    assert r.log_odds > 0 and r.evidence.startswith("b") and "محتجزين" in r.evidence.split("⟷")[0]


def test_several_words_each_get_their_rows():
    out = discover(_corpus(), words=["الرهائن", "زعم", "الرهائن", "بلدة"], min_events=3)
    assert list(zip(out["word"], out["term_b"])) == [("الرهائن", "محتجزين"), ("زعم", "قال")]


def test_words_that_fill_the_same_contexts_and_split_the_outlets():
    """Source 2: no aligned sentence and no shared slot within an event, but the corpus shows «الثوار» where the
    other outlet writes «المتمردين»."""
    df = _habits()
    listed = discover(df, min_events=1, top=None, contrast=True)
    assert not {"متمردين", "ثوار"} & (set(listed["term_a"]) | set(listed["term_b"]))   # the whole list lacks them
    out = discover(df, words=["المتمردين"], min_events=3, top=None)
    assert list(zip(out["term_a"], out["term_b"], out["source"])) == [("متمردين", "ثوار", "contexts")]
    r = out.iloc[0]
    assert (r.group_a, r.group_b, r.events, r.aligned) == ("الشرق الجديد", "صدى الوادي", 12, 0)
    assert r.ci_low > 0 and r.consistency == 1.0
    assert "≈" in r.evidence and "المتمردين" in r.evidence.split("≈")[0] and "الثوار" in r.evidence.split("≈")[1]
    assert discover(df, words=["المتمردين"], min_events=13).empty          # swapped in 12 events only


def test_a_phrase_is_read_as_one_word_for_its_contexts():
    """A two-word seed: its places are read as one word, so the word the other outlet writes in its contexts is
    found; neither of its own words is proposed."""
    out = discover(_habits(name="الجماعة المسلحة"), words=["الجماعة المسلحة"], min_events=3, top=None)
    assert list(zip(out["term_a"], out["term_b"], out["source"])) == [("جماعة مسلحة", "ثوار", "contexts")]
    assert out.iloc[0].spelling_a == "الجماعة المسلحة" and "الجماعة المسلحة" in out.iloc[0].evidence.split("≈")[0]


def test_a_seed_the_corpus_lacks_gives_an_empty_table():
    out = discover(_corpus(PLACES), words=["الغيوم"], min_events=1)
    assert out.empty and list(out.columns) == ["word", *DISCOVER_COLUMNS]


def test_cli_word_option_and_lexicon_draft(tmp_path):
    path = tmp_path / "c.jsonl"
    _habits().to_json(path, orient="records", lines=True, force_ascii=False)
    draft = tmp_path / "d.yaml"
    res = CliRunner().invoke(main, ["discover", str(path), "--word", "المتمردين", "--format", "csv",
                                    "--write-lexicon", str(draft)])
    assert res.exit_code == 0, res.output
    assert "ثوار" in res.output and "contexts" in res.output
    lex = parse_lexicon(draft.read_text(encoding="utf-8"))
    assert {f for fam in lex.families for t in fam.terms for f in t.forms} == {"متمردين", "ثوار"}


def test_cli_says_when_a_word_has_no_candidates_at_this_min_events(tmp_path):
    path = tmp_path / "c.jsonl"
    _habits().to_json(path, orient="records", lines=True, force_ascii=False)
    runner = CliRunner()                           # (click 8.2+: res.stderr apart from res.stdout)
    res = runner.invoke(main, ["discover", str(path), "--word", "المتمردين", "--min-events", "13", "--format", "csv"])
    assert res.exit_code == 1                      # nothing usable produced (the CLI's exit codes)
    assert "no candidates for المتمردين seen in 13 events or more" in res.stderr   # (12 events)
    assert "--min-events 12" in res.stderr
    res = runner.invoke(main, ["discover", str(path), "--word", "المتمردين", "--format", "csv"])
    assert res.exit_code == 0 and "ثوار" in res.stdout and "no candidates" not in res.stderr
