# notebooks: 01-quickstart.ipynb

# %% [markdown]
# # 01 · Quickstart: how do outlets name the same people?
#
# **Framing** (تأطير, *taʾṭīr*) is the way a news story is told: what is put first, who is quoted, and, above all here, **which words are chosen**.
# When armed men take people across a border, one outlet writes **رهائن** (*rahāʾin*, "hostages"), another **محتجزين** (*muḥtajazīn*, "people being held, detainees"), a third **أسرى** (*asrā*, "prisoners, captives of war"). The event is the same; the word tells the reader who is in the right.
#
# In this notebook you will, in about 15 minutes:
#
# 1. load a small corpus (a collection of articles) and look at it;
# 2. count one **family** of competing words per outlet;
# 3. draw the chart;
# 4. read the actual sentences behind one number.
#
# **The data are invented.** The demo corpus (`corpora/demo`) is 75 short articles written for this toolkit: five fictional outlets and one fictional news agency covering thirteen fictional events. Nothing in it is real news; it was written so that the outlets have clear, but not perfect, habits. Run the cells from top to bottom (Shift + Enter).

# %%
%matplotlib inline
from pathlib import Path
import tempfile

import pandas as pd
from framing import plot
from framing.ingest import ingest_to_corpus
from framing import count_terms, kwic, load_lexicon, term_shares

pd.set_option("display.max_colwidth", 70)
DEMO = Path("../corpora/demo")          # the notebooks run from the notebooks/ folder
work = Path(tempfile.mkdtemp(prefix="framing-"))

# read every saved page (HTML, text saved from a browser, a JSONL feed) into one corpus
corpus = ingest_to_corpus([DEMO / "pages"], work / "demo-corpus")
corpus

# %% [markdown]
# ## 1. What is in the corpus?
#
# *Question: how many articles does each outlet have, in which language, over which days?*
#
# `corpus.summary()` gives one row per outlet. `first`/`last` are publication dates; `events` stays 0 until we group articles into events (notebook 02).

# %%
corpus.summary()

# %% [markdown]
# Most outlet names are Arabic: they are the names the pages give themselves. Here is what they mean (the table ships with the demo corpus):

# %%
outlets = pd.read_csv(DEMO / "gold" / "outlets.csv")
EN = dict(zip(outlets["outlet"], outlets["outlet_en"]))     # Arabic name -> English name, used below
outlets[["outlet", "outlet_en", "lang"]]

# %% [markdown]
# Every article is one row of a pandas DataFrame, `corpus.df`. The columns are the same for every corpus (`id, outlet, url, published, title, text, lang, …`).

# %%
corpus.df[["outlet", "published", "title"]].head(8)

# %% [markdown]
# Read one whole article: the headline, then the body text that the toolkit kept (menus, comments, "read also" lists and footers of the saved page were removed).

# %%
article = corpus.df.iloc[10]
print(EN.get(article["outlet"], article["outlet"]), "·", article["published"])
print(article["title"])
print()
print(article["text"])

# %% [markdown]
# When did each outlet publish? Each cell is the number of articles an outlet published that day (empty: none).

# %%
plot.articles_over_time(corpus)

# %% [markdown]
# ## 2. The words that compete: a lexicon
#
# A **lexicon** (معجم) is a list of words the toolkit looks for. Words that compete to name the same thing form a **family**. The `captives` lexicon has one family, *people held by the other side*:
#
# | Arabic | transliteration | English | what the word suggests |
# |---|---|---|---|
# | رهائن | *rahāʾin* | hostages | held illegitimately, as leverage |
# | محتجزين | *muḥtajazīn* | detainees, people held | neutral, descriptive |
# | أسرى | *asrā* | prisoners, captives (of war) | taken in a legitimate fight |
# | مختطفين | *mukhtaṭafīn* | abductees, kidnapped | a crime against civilians |
# | سجناء | *sujanāʾ* | inmates, jailed prisoners | people serving a sentence |
#
# Each term is listed with its **forms** (singular, dual, plural). The matcher also finds them with attached particles and pronouns (clitics): والرهائن "and the hostages", كرهائن "as hostages", أسرانا "our prisoners".

# %%
captives = load_lexicon("captives")
captives.terms_table()[["term", "language", "label_en", "label_ar", "forms"]]

# %% [markdown]
# ## 3. Count the family by outlet
#
# *Question: which word does each outlet use, and how often?*
#
# `term_shares(..., by="outlet")` counts matches in headlines and body text. By default it counts only the outlet's **own voice**: a word inside quotation marks «…» is somebody else's word and is left out (notebook 03 looks at quotes).

# %%
shares = term_shares(corpus, captives, by="outlet")
shares[shares["matches"] > 0].head(6).round(3)

# %% [markdown]
# The columns, one row per outlet × term:
#
# - `articles`: articles of the outlet that use the term at least once; `matches`: how many times it occurs;
# - `tokens`: words the outlet published in total; `rate_per_10k`: matches per 10,000 words;
# - `share`: the term's matches divided by all matches of the family in that outlet (0 to 1);
# - `ci_low`, `ci_high`: a 95 % **confidence interval** (مجال الثقة) for the share, computed on the number of the outlet's *articles* that use the family, not on its matches (a Wilson interval; `docs/methods-stats.md`). A wide interval means: few articles, do not lean on this number.
#
# Easier to read as a table of counts (outlets × terms, English glosses):

# %%
table = (shares[shares["matches"] > 0]
         .assign(outlet=lambda d: d["outlet"].map(EN).fillna(d["outlet"]))
         .pivot_table(index="outlet", columns="term", values="matches", aggfunc="sum", fill_value=0))
table

# %% [markdown]
# ## 4. The chart
#
# One panel per term, one row per outlet: the dot is the share of that term among the outlet's words for captives, the line is its 95 % confidence interval. (English terms are the `en_…` panels: Northline writes in English.)

# %%
fig = plot.term_shares(shares, family="captives", terms=captives.terms_table())
fig

# %% [markdown]
# ## 5. The sentences behind a number
#
# *Question: a number is only as good as the matches behind it. Are they right?*
#
# Take the largest count in the table and list every line where it was found: a **concordance** or **KWIC** (*keyword in context*). Arabic lines read right to left, so the text *before* the word is on its right.

# %%
top = shares.sort_values("matches", ascending=False).iloc[0]
print(f"{EN.get(top['outlet'], top['outlet'])} used '{top['term']}' {top['matches']} times in {top['articles']} articles")

lines = kwic(corpus.filter(outlet=top["outlet"]), captives, term=top["term"])
lines

# %% [markdown]
# Read the lines, and check two things:
#
# 1. **Is each line really about people held by the other side?** Here they are all about the civilians taken from the border town and their release. If a line were about something else (a *near-miss*, like أسرة *family* for أسرى *prisoners*), the count would be wrong and you would fix the lexicon (notebook 04). Note the spellings the matcher handled: كرهائن ("as hostages"), الرهـــائن (stretched with a *tatweel* character), رهائنهم ("their hostages").
# 2. **Whose word is it?** The `voice` column says `own` (the outlet's words) or `quoted` (inside quotation marks). The count above used own voice only; the concordance shows both.
#
# You can also look up any single word, with the same clitic rules:

# %%
kwic(corpus, word="أسرى", width=40)

# %% [markdown]
# ## 6. What this shows, and what it does not
#
# - **It shows** word choice: how often each outlet used each competing word, with an honest margin of error.
# - **It does not show intent.** A word can be a house style, a legal term, or a habit copied from a news agency.
# - **Few articles, wide intervals.** Each outlet here wrote 6 to 11 articles; a share of 100 % from two articles means little. The confidence intervals say so.
# - **Outlets covered different stories.** An outlet that wrote more about the prisoner exchange will use سجناء (inmates) more. Notebook **02** compares outlets *within the same event*.
#
# Next: `02-same-event.ipynb`.
