"""One meaning per keyword (issue 10, part 3), on fictional outlets: ``by`` takes any column,
``lang`` filters articles, ``voice`` defaults to ``own``, output tables record their options,
a call that needs events raises one NoEventsError, compare's shares follow ``within_events``,
count_terms/term_shares are two functions, result objects are frozen."""
from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

import framing
from framing.errors import NoEventsError, SchemaError, UsageError

LEX = """name: held
version: 1
families:
  - id: held
    terms:
      - {id: hostages, language: ar, forms: [رهائن]}
      - {id: detainees, language: ar, forms: [محتجزين]}
      - {id: en_hostages, language: en, forms: [hostages]}
"""


def _articles(events=True):
    rows = []
    for i in range(4):
        for outlet, credit, word in (("صحيفة الشمال", "وكالة الأفق", "الرهائن"), ("قناة الجنوب", "مراسلنا", "المحتجزين")):
            rows.append({"id": f"{outlet[:2]}{i}", "outlet": outlet, "credit": credit, "lang": "ar",
                         "published": f"2031-05-0{i + 1}", "title": "خبر",
                         "text": f"أفرج عن {word} اليوم. وقال الوزير «أطلق سراح الرهائن»."})
    rows.append({"id": "x1", "outlet": "صحيفة الشمال", "credit": "وكالة الأفق", "lang": "ar",
                 "published": "2031-06-01", "title": "خبر", "text": "أفرج عن الرهائن في قضية أخرى."})
    rows.append({"id": "e1", "outlet": "North Wire", "credit": "NW", "lang": "en", "published": "2031-05-01",
                 "title": "News", "text": "The hostages were freed."})
    df = pd.DataFrame(rows)
    if events:
        df["event_id"] = [f"ev{i}" for i in range(4) for _ in range(2)] + ["ev-solo", "ev0"]
    return framing.Corpus(framing.from_frame(df))


@pytest.fixture()
def lex(tmp_path):
    p = tmp_path / "held.yaml"
    p.write_text(LEX, "utf-8")
    return p


def test_by_takes_any_column_or_list_of_columns(lex):
    by_credit = framing.term_shares(_articles(), lex, by="credit", n_boot=10)
    assert set(by_credit["credit"]) == {"وكالة الأفق", "مراسلنا", "NW"}
    both = framing.term_shares(_articles(), lex, by=["outlet", "event_id"], n_boot=10)
    assert {"outlet", "event_id"} <= set(both.columns)
    assert framing.term_shares(_articles(), lex, by="outlet,event", n_boot=10)[["outlet", "event_id"]].equals(
        both[["outlet", "event_id"]])
    with pytest.raises(UsageError, match="no column 'planet'"):
        framing.term_shares(_articles(), lex, by="planet")
    cmp = framing.compare_terms(_articles(), lex, "held", by=["outlet", "credit"], lang="ar", n_boot=10)
    assert "صحيفة الشمال · وكالة الأفق" in set(cmp.shares["outlet,credit"])
    key = framing.keyness(_articles(), by="outlet,credit", min_count=1)
    assert "قناة الجنوب · مراسلنا" in set(key["outlet,credit"])


def test_lang_filters_articles_everywhere(lex):
    assert set(framing.term_shares(_articles(), lex, lang="en", n_boot=10)["outlet"]) == {"North Wire"}
    assert set(framing.count_terms(_articles(), lex, lang="en")["id"]) == {"e1"}
    assert framing.compare_terms(_articles(), lex, "held", lang="ar", n_boot=10).lang == "ar"
    assert set(framing.match(_articles(), lex, lang="en")["id"]) == {"e1"}
    assert set(framing.kwic(_articles(), lex, lang="ar")["outlet"]) == {"صحيفة الشمال", "قناة الجنوب"}
    assert set(framing.keyness(_articles(), lang="ar", min_count=1)["outlet"]) <= {"صحيفة الشمال", "قناة الجنوب"}


def test_voice_is_own_by_default_and_tables_record_their_options(lex):
    own = framing.count_terms(_articles(), lex)
    every = framing.count_terms(_articles(), lex, voice="all")
    assert own["count"].sum() < every["count"].sum()                 # the quotes are left out by default
    assert len(framing.match(_articles(), lex)) == own["count"].sum()
    assert own.attrs == {"voice": "own", "by": "id", "lang": None}
    shares = framing.term_shares(_articles(), lex, by="credit", lang="ar", n_boot=10)
    assert shares.attrs == {"voice": "own", "by": ["credit"], "lang": "ar"}


def test_count_terms_by_is_deprecated_for_term_shares(lex):
    with pytest.warns(DeprecationWarning, match="term_shares"):
        old = framing.count_terms(_articles(), lex, by="outlet", n_boot=10)
    pd.testing.assert_frame_equal(old, framing.term_shares(_articles(), lex, by="outlet", n_boot=10))


def test_calls_that_need_events_raise_one_usage_error(lex):
    bare = _articles(events=False)
    for call in (lambda: framing.compare_terms(bare, lex, "held", within_events=True, n_boot=10),
                 lambda: framing.keyness(bare, within_events=True, min_count=1),
                 lambda: framing.count_terms(bare, lex, exclude_copies=True),
                 lambda: framing.term_shares(bare, lex, exclude_copies=True)):
        with pytest.raises(NoEventsError, match="run framing events first") as e:
            call()
        assert isinstance(e.value, UsageError) and isinstance(e.value, SchemaError)


def test_compare_shares_follow_within_events(lex):
    c = _articles()
    pooled = framing.compare_terms(c, lex, "held", lang="ar", n_boot=10)
    within = framing.compare_terms(c, lex, "held", lang="ar", within_events=True, n_boot=10)
    north = lambda r: r.shares.set_index(["outlet", "term"]).loc[("صحيفة الشمال", "hostages"), "articles"]  # noqa: E731
    assert north(pooled) == 5 and north(within) == 4        # x1's event (ev-solo) has one outlet only
    assert pooled.shares.attrs["within_events"] is False and within.shares.attrs["within_events"] is True


def test_exclude_copies_is_a_keyword_of_every_corpus_verb(lex):
    c = _articles()
    df = c.df.assign(copy_of=[None] * 8 + ["صح0", None])
    n = framing.count_terms(framing.Corpus(df), lex, exclude_copies=True)
    assert "x1" not in set(n["id"]) and "x1" in set(framing.count_terms(c, lex)["id"])


def test_results_are_frozen_dataclasses(lex):
    res = framing.compare_terms(_articles(), lex, "held", n_boot=10)
    with pytest.raises(dataclasses.FrozenInstanceError):
        res.lang = "en"
    from framing.audit import AuditScore
    from framing.features import TermMatrix
    from framing.ingest import IngestResult
    from framing.lexicon import LexiconCheck
    for cls in (type(res), IngestResult, LexiconCheck, TermMatrix, AuditScore):
        assert cls.__dataclass_params__.frozen


def test_the_package_ships_py_typed():
    from pathlib import Path
    assert (Path(framing.__file__).parent / "py.typed").is_file()


def test_old_import_paths_keep_working():
    from framing.lexicon import compare_terms, count_terms
    assert count_terms is framing.count_terms and compare_terms is framing.compare_terms
    with pytest.warns(DeprecationWarning, match="framing.keyness"):
        from framing.stats.keyness import keyness
    assert keyness is framing.keyness


def test_tables_of_counts_say_which_voice_they_counted(lex):
    """A written table of counts says whose words it counted, in the column kwic names each match's voice."""
    own = framing.count_terms(_articles(), lex)
    assert list(own.columns) == ["id", "family", "term", "count", "voice"] and set(own["voice"]) == {"own"}
    both = framing.term_shares(_articles(), lex, voice=["reported", "quoted"], n_boot=10)
    assert list(both.columns[-2:]) == ["n_eff", "voice"] and set(both["voice"]) == {"quoted,reported"}
    assert both.attrs["voice"] == "quoted,reported"
    cmp = framing.compare_terms(_articles(), lex, "held", voice="all", lang="ar", n_boot=10)
    assert set(cmp.shares["voice"]) == {"all"} and set(cmp.pairwise["voice"]) == {"all"}
    assert set(framing.kwic(_articles(), lex, voice="all")["voice"]) <= {"own", "quoted", "reported"}


def test_every_table_of_groups_names_its_group_column_as_by_names_it(lex):
    """keyness named its group column ``target`` where term_shares, compare_terms and sources say ``outlet``."""
    c = _articles()
    tables = {"term_shares": framing.term_shares(c, lex, n_boot=10),
              "compare_terms": framing.compare_terms(c, lex, "held", lang="ar", n_boot=10).shares,
              "keyness": framing.keyness(c, min_count=1), "sources": framing.sources(c)}
    assert {name: t.columns[0] for name, t in tables.items()} == dict.fromkeys(tables, "outlet")
    assert "target" not in framing.keyness(c, min_count=100).columns          # an empty table too
    assert framing.keyness(c, by="credit", min_count=1).columns[0] == "credit"
    assert framing.keyness(c, by="event", min_count=1).columns[0] == "event_id"
    pairs = framing.compare_terms(c, lex, "held", lang="ar", n_boot=10).pairwise   # a pair of groups: as discover's
    from framing.discovery import DISCOVER_COLUMNS
    assert list(pairs.columns[:2]) == ["group_a", "group_b"] and {"group_a", "group_b"} <= set(DISCOVER_COLUMNS)
    assert set(pairs["group_a"]) | set(pairs["group_b"]) == {"صحيفة الشمال", "قناة الجنوب"}


def test_keyness_refuses_a_group_column_named_as_one_of_its_columns(lex):
    df = _articles().df.assign(term="x")
    with pytest.raises(UsageError, match="cannot group by 'term'"):
        framing.keyness(framing.Corpus(df), by="term", min_count=1)
