# notebooks: 03-distinctive-words.ipynb

# %% [markdown]
# # 03 · Distinctive words, attribution, own voice and quoted voice
#
# A lexicon only finds the words you thought of. This notebook looks at framing from three other sides:
#
# 1. **Keyness** (الكلمات المميزة): which words does an outlet use much more than the others? This can reveal framing words nobody put in a lexicon.
# 2. **Attribution verbs** (أفعال النقل): *said* (قال, *qāla*) is neutral; *claimed* (زعم, *zaʿama*) and *alleged* (ادعى, *iddaʿā*) cast doubt on the speaker; *admitted* (اعترف, *iʿtarafa*) presents a statement as a concession.
# 3. **Own voice and quoted voice** (صوت الوسيلة وصوت المصدر): a word inside quotation marks «…» is the speaker's word, not the outlet's.

# %%
%matplotlib inline
from pathlib import Path
import tempfile

import pandas as pd
from framing import plot
from framing.events import assign_events, find_copies
from framing.ingest import ingest_to_corpus
from framing import count_terms, kwic, load_lexicon, term_shares
from framing import keyness

pd.set_option("display.max_colwidth", 60)
DEMO = Path("../corpora/demo")
work = Path(tempfile.mkdtemp(prefix="framing-"))
corpus = assign_events(ingest_to_corpus([DEMO / "pages"], work / "demo-corpus"))
outlets = pd.read_csv(DEMO / "gold" / "outlets.csv")
EN = dict(zip(outlets["outlet"], outlets["outlet_en"]))     # Arabic outlet name -> English
corpus

# %% [markdown]
# Agency copies would make the copying outlet look like the agency, so we leave them out (notebook 02 explains `find_copies`). We also keep Arabic articles only: the English outlet would otherwise "stand out" for every English word it uses.

# %%
copies = find_copies(corpus)
copied = set(copies.loc[copies["copy_of"].notna(), "id"])
df = corpus.df
originals = df[~df["id"].isin(copied) & (df["lang"] == "ar")]
print(f"{len(copied)} copies and {(df['lang'] != 'ar').sum()} English articles left out, {len(originals)} articles kept")

# %% [markdown]
# ## 1. Keyness: the words that set an outlet apart
#
# *Question: which words does each outlet use much more often than all the other outlets together?*
#
# Words are first reduced to a base form: the article ال and attached particles are removed (الرهائن, كرهائن, رهائنهم → رهائن), common function words are dropped. Then each outlet is compared with the rest of the corpus. The score `z` is a *log-odds ratio with a prior* (the "Fightin' Words" method): large when the outlet uses the word much more than the rest **and** often enough to be sure; about 2 or more is a clear difference.

# %%
key = keyness(originals, top=8)
key[["outlet", "term", "count_target", "count_rest", "z", "article_share", "spellings"]].head(16)

# %% [markdown]
# - `count_target` / `count_rest`: how often the outlet / all other outlets used the word;
# - `article_share`: the share of the outlet's articles that contain it (near 1: in nearly every article);
# - `spellings`: how the outlet actually printed the word.
#
# All outlets at a glance (one panel per outlet, longest bar = most distinctive):

# %%
tables = {EN.get(o, o): t for o, t in key.groupby("outlet")}
plot.keyness_grid(tables, top=8)

# %% [markdown]
# **How to read it.** Four kinds of words come up:
#
# 1. **The outlet's own name and furniture**: مرصد (*marṣad*, the name of Al-Marsad), وكالة (*wakāla*, "agency") and افق for Al-Ufuq, صوت / مدينة for Sawt al-Madina, month names of a dateline. Their `article_share` is close to 1: they are in (nearly) every article, as a byline or dateline. Not framing.
# 2. **Leftovers of the page layout** that the cleaner missed, such as a photo credit: Latin letters or initials in an Arabic outlet's list are the tell-tale sign. Keyness is a good way to spot them (then read them with `kwic(corpus, word=...)`).
# 3. **Topics the outlet covered more**: place names of stories only it covered. Not framing either: a question of story selection.
# 4. **Framing words**: رهائن (*rahāʾin*, hostages) and غزو (*ghazw*, "invasion") for Al-Marsad, احتلال (*iḥtilāl*, "occupation") and شهداء (*shuhadāʾ*, martyrs) for Al-Nahar al-Jadid, محتجزين (*muḥtajazīn*, detainees) for Al-Ufuq, لقوا حتفهم (*laqū ḥatfahum*, "met their death") for Sawt al-Madina. These are the finds.
#
# The base forms are not perfect: a word with the conjunction و ("and") attached to a verb can stay whole (واوضح "and he clarified" next to اوضح), so one word may appear in two spellings.
#
# To remove differences of story selection, compare each outlet only on the events it covered together with another outlet:

# %%
key_ev = keyness(originals, top=8, within_events=True)
side = pd.DataFrame({
    "whole corpus": key.groupby("outlet")["term"].apply(lambda s: "، ".join(s.head(5))),
    "within shared events": key_ev.groupby("outlet")["term"].apply(lambda s: "، ".join(s.head(5))),
})
side.index = [EN.get(o, o) for o in side.index]
side

# %% [markdown]
# ## 2. Attribution: who *says*, who *claims*?
#
# *Question: when an outlet reports what someone said, which verb does it choose?*

# %%
attribution = load_lexicon("attribution")
arabic = corpus.filter(lang="ar")
verbs = term_shares(arabic, attribution, by="outlet")
(verbs[verbs["matches"] > 0]
 .assign(outlet=lambda d: d["outlet"].map(EN).fillna(d["outlet"]))
 .pivot_table(index="outlet", columns="term", values="matches", aggfunc="sum", fill_value=0))

# %%
plot.term_shares(verbs, family="attribution", terms=attribution.terms_table(), max_terms=5)

# %% [markdown]
# A number does not say **whom** an outlet doubts. The concordance does: here every line where an outlet wrote *claimed* (زعم) or *alleged* (ادعى) in its own voice. Read who the subject of the verb is (the words just before or after it).

# %%
doubt = kwic(arabic, attribution, voice="own")
doubt = doubt[doubt["term"].isin(["claimed", "alleged"])]
doubt.assign(outlet=doubt["outlet"].map(EN).fillna(doubt["outlet"])).sort_values("outlet")

# %% [markdown]
# Pattern to look for: the same outlet writes *said* (قال) or *affirmed* (أكد, *akkada*) for officials of one side, and *claimed* (زعم) for the other side. That asymmetry, not the verb alone, is the framing.
#
# ## 3. Own voice and quoted voice
#
# *Question: is the outlet using the word, or quoting somebody who uses it?*
#
# The toolkit marks every match as `own` (the outlet's words) or `quoted` (inside «…», "…", after «ما وصفه بـ» "what he described as", or after the colon of a headline like «أوردين: …», "Orden: …"). Count both:

# %%
captives = load_lexicon("captives")
voices = pd.concat([term_shares(arabic, captives, by="outlet", voice=v).assign(voice=v) for v in ("own", "quoted")])
voices = voices[voices["matches"] > 0].assign(outlet=lambda d: d["outlet"].map(EN).fillna(d["outlet"]))
voices.pivot_table(index=["outlet", "voice"], columns="term", values="matches", aggfunc="sum", fill_value=0)

# %% [markdown]
# Read it row by row (Arabic outlets): an outlet's **own** row shows its house word; its **quoted** row, when there is one, shows the words of the people it quotes, often the other side's word. Here are all the quoted lines, English ones included:

# %%
kwic(corpus, captives, voice="quoted")

# %% [markdown]
# For example, an outlet that says أسرى (prisoners) in its own voice quotes the other side calling the same people رهائن (hostages), and the reverse. If we had counted all matches, quotations would blur the outlets' own choices. That is why the default is `voice="own"`.
#
# ## What this shows, and what it does not
#
# - **Keyness is exploratory.** It gives candidates; only reading the lines (`kwic(corpus, word="…")`) tells you whether a word is framing, a topic or a byline. With about ten articles per outlet, many scores rest on a handful of uses.
# - **Attribution verbs** depend on who is quoted: an outlet that quotes the army a lot will write *said* of the army a lot. Compare verbs **for the same speaker** across outlets.
# - **Voice detection follows punctuation.** Indirect speech without quotation marks («قال إن …», "said that …") counts as the outlet's own voice, and an unclosed quotation mark can hide a quote. Spot-check with `kwic(..., voice="own")`.
#
# Next: `04-your-own-corpus.ipynb`.
