"""The demo corpus through the whole pipeline, checked against its hand-written gold files."""
from pathlib import Path

import pandas as pd
import pytest

from framing.lexicon import count_terms, load_lexicon, match

DEMO_GOLD = Path(__file__).resolve().parent.parent / "corpora" / "demo" / "gold"


def gold_sources(df: pd.DataFrame) -> pd.Series:
    """The gold files' ``source`` of each article: its path under pages/, or ``table#<id>`` for table rows."""
    rel = df["source_path"].str.replace("\\", "/", regex=False).str.split("corpora/demo/pages/", n=1).str[-1]
    table = rel.str.contains("#", regex=False)
    return rel.where(~table, rel.str.split("#").str[0] + "#" + df["id"])


def test_every_page_becomes_one_article(demo_corpus):
    gold = pd.read_csv(DEMO_GOLD / "articles.csv")
    got = demo_corpus.df.assign(source=gold_sources(demo_corpus.df))
    assert len(demo_corpus.rejects) == 0
    assert sorted(got["source"]) == sorted(gold["source"])


def test_outlet_names_are_consistent_per_outlet(demo_corpus):
    """HTML pages carry a site name, text pages do not: both must land under one outlet."""
    gold = pd.read_csv(DEMO_GOLD / "articles.csv").set_index("source")
    got = demo_corpus.df.assign(source=gold_sources(demo_corpus.df)).set_index("source")
    assert got["outlet"].nunique() == gold["outlet"].nunique()


def test_titles_and_dates_match_gold(demo_corpus):
    gold = pd.read_csv(DEMO_GOLD / "articles.csv").set_index("source")
    got = demo_corpus.df.assign(source=gold_sources(demo_corpus.df)).set_index("source")
    got = got.loc[gold.index]
    assert (got["title"].str.strip() == gold["title"].str.strip()).mean() >= 0.98
    dated = gold["published"].notna()
    assert (got.loc[dated, "published"].str.slice(0, 10) == gold.loc[dated, "published"]).all()


@pytest.mark.parametrize("lexicon", ["captives", "casualties", "ukraine_war", "attribution", "violence"])
def test_term_counts_match_gold_by_voice(demo_corpus, lexicon):
    gold = pd.read_csv(DEMO_GOLD / "terms.csv")
    gold = gold[gold["lexicon"] == lexicon]
    lex = load_lexicon(lexicon)
    # the demo gold tells quoted words (in quotation marks, a speaker headline, or reported naming
    # «ما وصفه … بـ») from the rest; since issue 12 the tool splits the rest into the outlet's own
    # words and reported speech («قال إن …»), and calls reported naming reported
    m = match(demo_corpus, lex, voice="all")
    gold_voice = ["quoted" if v == "quoted" or verb == "reported naming" else "own"
                  for v, verb in zip(m["voice"], m["verb"])]
    got = (m.assign(voice=gold_voice).groupby(["id", "term", "voice"]).size().rename("count")
           .reset_index())
    src = pd.Series(gold_sources(demo_corpus.df).to_numpy(), index=demo_corpus.df["id"])
    got = got.assign(source=got["id"].map(src))
    key = ["source", "term", "voice"]
    merged = (gold.groupby(key)["count"].sum().rename("gold").to_frame()
              .join(got.groupby(key)["count"].sum().rename("got"), how="outer").fillna(0))
    wrong = merged[merged["gold"] != merged["got"]]
    assert wrong.empty, f"{len(wrong)} (article, term, voice) counts differ from gold:\n{wrong.head(20)}"


def test_exclude_copies_leaves_out_the_wire_reprints(demo_corpus, tmp_path):
    import framing
    from framing.events import find_copies
    copies = find_copies(demo_corpus)[["id", "copy_of"]]
    with_events = framing.Corpus(demo_corpus.df.merge(copies, on="id", how="left"))
    gold = pd.read_csv(DEMO_GOLD / "copies.csv")
    own = with_events.without_copies()
    assert len(with_events) - len(own) == len(gold)
    left_out = set(with_events.df["id"]) - set(own.df["id"])
    assert {"wire-feed.jsonl#" + i for i in left_out} == set(gold["source"])
    with pytest.raises(Exception, match="run framing events first"):
        demo_corpus.without_copies()
