# notebooks: 02-same-event.ipynb

# %% [markdown]
# # 02 · Same event, different words
#
# Notebook 01 counted words per outlet over the whole corpus. That comparison has a trap: **outlets do not cover the same stories**. An outlet that wrote three articles about a prisoner exchange will use سجناء (*sujanāʾ*, "inmates") more than one that wrote about the raid, without any difference in framing.
#
# The fix is to compare outlets **within the same event** (حدث): the same raid, the same air strike, told by several outlets.
#
# In this notebook:
#
# 1. group articles into events automatically, and check the grouping against hand labels;
# 2. find agency copies (articles reprinted from a news wire);
# 3. compare outlets the naive way and within events, and see why the answers differ.

# %%
%matplotlib inline
from pathlib import Path
import tempfile

import pandas as pd
from framing import plot
from framing.events import assign_events, copy_share, evaluate, find_copies, read_gold
from framing.ingest import ingest_to_corpus
from framing import count_terms, kwic, load_lexicon, term_shares
from framing.lexicon import doc_tokens
from framing.stats import compare, shares

pd.set_option("display.max_colwidth", 60)
DEMO = Path("../corpora/demo")
work = Path(tempfile.mkdtemp(prefix="framing-"))
corpus = ingest_to_corpus([DEMO / "pages"], work / "demo-corpus")
outlets = pd.read_csv(DEMO / "gold" / "outlets.csv")
EN = dict(zip(outlets["outlet"], outlets["outlet_en"]))     # Arabic outlet name -> English
corpus

# %% [markdown]
# ## 1. Which articles tell the same story?
#
# *Question: can the computer tell that five articles from five outlets are about the same raid?*
#
# `assign_events` compares every pair of articles published at most 3 days apart (headline and first lines, as word and letter-sequence vectors) and groups the similar ones. Each group gets an `event_id`; `corpus.events` describes the groups: a label (the headline of one article), the words that characterise it, the dates and the outlets.

# %%
corpus = assign_events(corpus)          # a new Corpus with event_id filled in
corpus.events[["event_id", "label", "top_terms", "first", "n_outlets", "articles"]]

# %% [markdown]
# Which outlet covered which event? (Numbers are articles; empty: none.)

# %%
plot.event_coverage(corpus, corpus.events)

# %% [markdown]
# **Check it against the hand labels.** The demo corpus ships with the true event of every article (`gold/events.csv`). *B-cubed* precision asks "of the articles grouped with mine, how many really belong to my event?", recall asks "of the articles of my event, how many were grouped with mine?" (1.0 is perfect).

# %%
gold = read_gold(DEMO / "gold" / "events.csv", corpus)        # article id -> true event (E1 ... E13, S1 ... S6)
predicted = corpus.df.set_index("id")["event_id"]
scores = evaluate(predicted, gold)
{k: round(v, 2) for k, v in scores.items() if k.startswith("bcubed")}

# %% [markdown]
# Where did it go wrong, if anywhere? A true event spread over several found events was **split**; a found event holding several true events **mixes** stories.

# %%
check = pd.DataFrame({"true": gold, "found": predicted.reindex(gold.index)})
check["outlet"] = corpus.df.set_index("id")["outlet"].reindex(gold.index)
split = check.groupby("true")["found"].nunique()
mixed = check.groupby("found")["true"].nunique()
print(f"{(split > 1).sum()} of {len(split)} true events split; {(mixed > 1).sum()} of {len(mixed)} found events mix stories")
check[check["true"].isin(split[split > 1].index) | check["found"].isin(mixed[mixed > 1].index)]

# %% [markdown]
# Be careful with a perfect or near-perfect score here: the settings of `assign_events` were tuned on this demo corpus, so it is the easiest test it will ever get. On your own data, check a sample of events by reading their headlines.
#
# English and Arabic articles share almost no words. The method still links them through what both scripts share: **names and numbers** (كارون / Karun, 14, 23). That works for stories with distinctive names and figures, less well for others. When the grouping matters, label events by hand: `assign_events(corpus, labels="my-labels.csv")` keeps your labels (`id,event`) and groups the remaining articles around them.
#
# ## 2. Copies from a news agency
#
# Outlets often reprint agency text. A reprinted article is the agency's word choice, not the outlet's. `find_copies` marks an article as a copy when most of its 5-word sequences appear in an earlier article.

# %%
copies = find_copies(corpus)
copies = copies[copies["copy_of"].notna()]
titles = corpus.df.set_index("id")["title"]
copies.assign(title=copies["id"].map(titles), copy_of_title=copies["copy_of"].map(titles))

# %%
copy_share(corpus).assign(outlet_en=lambda d: d["outlet"].map(EN))

# %% [markdown]
# `copied_share` is the share of an outlet's text found in another outlet's articles. The agency Al-Barq (وكالة البرق) reprinted two Al-Ufuq stories almost word for word; when you study an outlet's *own* framing, leave such copies out.
#
# ## 3. The naive comparison
#
# *Question: does the choice of word for captives depend on the outlet?*
#
# First we need two tables (the inputs of every statistic in `framing.stats`): per-article counts, and one row per article with its outlet, event and length. We keep Arabic articles only: Northline writes in English, so its words differ from the others for a reason that has nothing to do with framing.

# %%
arabic = corpus.filter(lang="ar")
counts = count_terms(arabic, "captives")      # id, family, term, count (own voice)
docs = doc_tokens(arabic)                                # id, outlet, event_id, published, tokens
naive = compare(counts, docs, "captives")
print(naive.sentence)

# %% [markdown]
# The test (a χ² test, read "chi-square") asks whether the mix of words differs between outlets more than chance would make it. **Cramér's V** measures how strongly (0: not at all, 1: each outlet uses its own word only). The p-value comes from shuffling whole articles between outlets 10,000 times.
#
# ## 4. Within events
#
# Now the same question, but each outlet is compared only with outlets that covered **the same event**, and the shuffling happens only among articles of the same event.

# %%
within = compare(counts, docs, "captives", within_events=True)
print(within.sentence)

# %%
pd.DataFrame({name: {"test": c.test["test"], "outlets": c.test["groups"], "articles": c.test["articles"],
                     "events": c.test["events"], "Cramér's V": round(c.test["cramers_v"], 2),
                     "p-value": round(c.test["p_value"], 4)}
              for name, c in [("naive", naive), ("within events", within)]})

# %% [markdown]
# Two things changed: fewer articles take part (only events covered by at least two outlets that use the family), and the question is sharper. Read the two sentences: the within-event answer is the one that says something about *framing*; with a corpus this small it is also less certain.
#
# The pairs behind it: for each pair of outlets and each term, the difference of shares (`diff`, averaged over the `events` both covered), its 95 % interval (`ci_low`, `ci_high`), and a p-value corrected for the number of pairs compared (`p_holm`, Holm's method). We show pairs that share at least two events, clearest first. In a corpus this small single pairs are rarely clear after the correction, even when the overall test is: the overall test pools all the evidence.

# %%
pairs = within.pairwise.assign(group_a=lambda d: d["group_a"].map(EN).fillna(d["group_a"]),
                               group_b=lambda d: d["group_b"].map(EN).fillna(d["group_b"]))
pairs[pairs["events"] >= 2].sort_values("p_value").head(8).round(2)

# %% [markdown]
# The same picture as a chart: one cell per outlet and event, the share of **رهائن** (hostages) among the outlet's words for captives in that event; the small number is how many words for captives there were.

# %%
by_event = term_shares(arabic, "captives", by="outlet,event")
plot.event_term_share(by_event, "hostages", events=corpus.events, family="captives")

# %% [markdown]
# ## 5. Why the two comparisons differ: a made-up example
#
# Two invented outlets, two invented events. In the *raid* story, both outlets call the captives "hostages" two times out of three; in the *exchange* story, both call them "prisoners" two times out of three. **The outlets frame identically.** But Outlet A wrote 8 raid stories and 2 exchange stories; Outlet B the other way round.

# %%
plan = {("Outlet A", "raid"): 8, ("Outlet A", "exchange"): 2,
        ("Outlet B", "raid"): 2, ("Outlet B", "exchange"): 8}
toy_counts, toy_docs = [], []
for (outlet, event), n in plan.items():
    main, other = ("hostages", "prisoners") if event == "raid" else ("prisoners", "hostages")
    for i in range(n):
        doc = f"{outlet[-1]}-{event}-{i}"
        toy_docs.append((doc, outlet, event, 300))
        toy_counts.append((doc, "captives", main, 2))
        if i % 2:
            toy_counts.append((doc, "captives", other, 1))
toy_counts = pd.DataFrame(toy_counts, columns=["id", "family", "term", "count"])
toy_docs = pd.DataFrame(toy_docs, columns=["id", "outlet", "event_id", "tokens"])
shares(toy_counts, toy_docs, by="outlet")[["outlet", "term", "matches", "share"]]

# %%
print("NAIVE:        ", compare(toy_counts, toy_docs, "captives").sentence.split(". ")[0])
print("WITHIN EVENTS:", compare(toy_counts, toy_docs, "captives", within_events=True).sentence.split(". ")[0])

# %% [markdown]
# The naive comparison "finds" that Outlet A prefers "hostages" (68 % against 32 %). It is an artefact of **which stories** each outlet covered, a case of *Simpson's paradox*. Within events the difference disappears, as it should.
#
# ## What this shows, and what it does not
#
# - Comparing within events removes differences that come from **story selection**. It does not remove differences that come from **who is quoted** (notebook 03) or from **copied agency text** (leave copies out).
# - Automatic events are good, not perfect: check a sample against your own reading, and fix them with hand labels when the result matters.
# - With a handful of articles per outlet and event, tests are weak: a p-value above 0.05 means *the data do not show a difference*, not that there is none.
#
# Next: `03-distinctive-words.ipynb`.
