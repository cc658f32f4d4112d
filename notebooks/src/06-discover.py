# notebooks: 06-discover.ipynb

# %% [markdown]
# # 06 · Find the contests you did not know about
#
# Every count in notebooks 01–04 starts from a lexicon somebody wrote: it only measures contests its author already knew. `framing.discover` asks the reverse question: **where outlets tell the same event, which words stand in for each other?** The same slot in the same sentence filled with رهائن (*hostages*) by one outlet and محتجزين (*detainees*) by another.
#
# In this notebook we:
#
# 1. group the demo corpus into events and run `discover`;
# 2. read its table column by column;
# 3. read the evidence sentences behind a candidate;
# 4. decide, candidate by candidate, whether it is a **contest** (a choice of framing), a **synonym** (the same meaning in other words) or **house style** (an outlet's habit: its name, its register, its spelling), and keep the contests;
# 5. write the accepted ones as a lexicon draft, check it, and count it like any shipped lexicon.
#
# The method and its limits, in plain words: `docs/methods.md`, section 5b. The command line does the same: `framing events CORPUS`, then `framing discover CORPUS --min-events 1 --write-lexicon draft.yaml`.

# %%
%matplotlib inline
from pathlib import Path
import tempfile

import pandas as pd
import yaml
import framing
from framing import plot
from framing import write_lexicon_draft

pd.set_option("display.max_colwidth", 70)
DEMO = Path("../corpora/demo")
work = Path(tempfile.mkdtemp(prefix="framing-"))
outlets = pd.read_csv(DEMO / "gold" / "outlets.csv")
EN = dict(zip(outlets["outlet"], outlets["outlet_en"]))     # Arabic outlet name -> English

# %% [markdown]
# ## 1. Events first, then discovery
#
# `discover` compares outlets **inside events**: only there do two sentences say the same thing, so that a word swapped between them is a choice rather than a different story. `framing.detect_events` groups the articles into events and marks agency copies (rewritten wire copies are the best material: the same sentence with a word changed); it saves both into the corpus folder.

# %%
corpus = framing.ingest_to_corpus([DEMO / "pages"], work / "demo-corpus", progress=False)
corpus = framing.detect_events(corpus.path)
events = corpus.events
print(len(corpus), "articles,", len(events), "events,", int((events["n_outlets"] >= 2).sum()), "of them told by two or more outlets")
events.sort_values("n_outlets", ascending=False)[["event_id", "label", "n_outlets", "articles"]].head(10)

# %% [markdown]
# Now the candidates. The demo has only thirteen events told by several outlets, so a pair seen in **one** event is kept (`min_events=1`; on a real corpus of thousands of articles keep the default, 3). `top=None` keeps every candidate: we will read the best ones and look up others by their words.

# %%
found = framing.discover(corpus, min_events=1, top=None)
print(len(found), "candidate pairs;", found["set"].nunique(), "candidate sets")
found.columns.tolist()

# %% [markdown]
# **When you know one side.** Often a researcher knows one word of a contest and asks for the others. `words=` (on the command line `--word`, repeatable) answers for those words only: every pair of the whole list that holds the word, and the words that fill its contexts across the corpus (the words just before and after it, clitics split) and that some outlets write where others write it in the same events (`source` = `contexts`). The first column, `word`, says which word a row answers; `term_a` is its side. Method and measured recall: `docs/methods.md`, section 5e.

# %%
framing.discover(corpus, words=["الرهائن"], min_events=1, top=5)[["word", "spelling_a", "spelling_b", "source", "events", "group_a", "group_b"]]

# %% [markdown]
# ## 2. Reading the table
#
# One row is one **candidate pair**: two words (or short phrases of up to three words) that outlets wrote in each other's place. Best first.
#
# | column | what it says |
# |---|---|
# | `term_a`, `term_b` | the two terms as **stems**: normalised, clitics split off (والمحتجزين → محتجزين), in alphabetical order. These are the forms a lexicon matches. |
# | `spelling_a`, `spelling_b` | how the outlets most often **printed** each term (الأسرى for the stem اسري). |
# | `group_a`, `group_b` | the outlet that most prefers `term_a`, and the one that most prefers `term_b`. |
# | `groups_a`, `groups_b` | every outlet that prefers each term (`|`-joined): more than one outlet on a side is a camp, not a quirk. |
# | `events` | in how many **events** the swap was seen. The strongest evidence: the same swap in different stories. |
# | `pairs` | aligned sentence pairs showing the swap (several pairs can come from one event). |
# | `consistency` | 0–1. 1: each outlet always writes the same one of the two; 0: outlets swap at random. |
# | `log_odds`, `ci_low`, `ci_high` | over the **whole corpus**, not only aligned sentences: the log odds ratio that `group_a` writes `term_a` and `group_b` writes `term_b`, with its 95 % interval. 0 means no preference; an interval above 0 means the preference holds beyond chance; a wide interval means few uses. |
# | `neighbours` | 0–1: how alike the words next to each term are, across the corpus. Words that stand in for each other share neighbours; a name and a verb do not. Shrunk for rare terms. Shown, not ranked: two synonyms share their neighbours more than a contest's two names do (a loaded name brings its own epithets). |
# | `swap_share` | 0–1: the events showing the swap, out of the events (told by two or more outlets) that name the more frequent of the two terms at all, plus 3. Common words (قال, مشاريع) are swapped in many events only because they occur in thousands; a contest is swapped in a good share of the events that name it. |
# | `topical` | residual IDF in bits of the pair's more general term: about 0 for everyday words spread evenly over the articles (قال, المقبل), 1 or more for the name of a group or an event, which comes in bursts in the articles about it. At least 0.5 for a term in fewer than 10 articles (too rare to tell). |
# | `joined` | how often the corpus writes the two terms as a list, «a وb»: two things listed together (two towns, two groups) are not two names for one. |
# | `together` | how often one sentence names both terms (not side by side), as a share of one term's places (lower 95 % bound): a state and its capital, a cup and its match are two things written together, not two names for one. |
# | `name` | the share of a term's places inside a person's name (after «بن», «أبو» or a title such as «الأمير»): two people, not two names for one. |
# | `rank` | events × consistency × swap_share × √(2 / words in the two terms) × topical (at least 0.1), × 0.2 when `joined` is 2 or more, × 0.2 when `together` is 0.2 or more, × 0.1 when `name` is 0.3 or more or both terms are titles (الأمير/سموه), × 0.2 for two derivations of one root or one word inflected two ways (أدانت/تدين); one word in two plurals (مشاريع/مشروعات) and two neutral verbs of saying (أوضح/قال) are left out, and one swap cut at several places (داعش/الدولة and داعش/الدولة الإسلامية) is one row: the order of the table (a word for a word before a paraphrase, a named thing before everyday words). A lead to read, not a score of framing. |
# | `set` | rows sharing a term are one **candidate set** (رهائن / محتجزين and رهائن / مختطفين: three words for the same people). |
# | `evidence` | up to three aligned sentence pairs, in the original spelling: `id: «sentence» ⟷ id: «sentence»`, joined by `‖`; the first sentence of a pair is the one that writes `term_a`. |
#
# The twenty best candidates, outlets in English:

# %%
def english(names):
    """'name | name' -> English names of the demo's outlets."""
    return " | ".join(EN.get(n, n) for n in str(names).split(" | ") if n)

top = found.head(20)
top.assign(**{c: top[c].map(english) for c in ["group_a", "group_b", "groups_a", "groups_b"]})[
    ["spelling_a", "spelling_b", "groups_a", "groups_b", "events", "pairs", "consistency",
     "log_odds", "ci_low", "ci_high", "neighbours", "set"]]

# %% [markdown]
# One row, read as a sentence: which outlets write which term, in how many events, and how sure the corpus-wide interval is.

# %%
def say(row):
    """One candidate in words."""
    sure = ("the interval is above 0: a preference beyond chance" if row["ci_low"] > 0 else
            "the interval is below 0: across the corpus these outlets lean the other way" if row["ci_high"] < 0 else
            "the interval includes 0: too few uses to be sure")
    return (f"«{row['spelling_a']}» ({english(row['groups_a']) or english(row['group_a'])}) where "
            f"«{row['spelling_b']}» ({english(row['groups_b']) or english(row['group_b'])}): seen in {row['events']} event(s), "
            f"{row['pairs']} aligned sentence pair(s), consistency {row['consistency']:.2f}; corpus-wide log odds "
            f"{row['log_odds']:.1f} (95% CI {row['ci_low']:.1f} to {row['ci_high']:.1f}): {sure}.")

for _, row in found.head(3).iterrows():
    print(say(row), end="\n\n")

# %% [markdown]
# ## 3. Read the evidence
#
# A candidate is only a lead until you have read the sentences. The `evidence` column packs them into one string; this small function lays them out as a table, one aligned pair per row, with the outlets:

# %%
OUTLET = dict(zip(corpus.df["id"], corpus.df["outlet"]))

def evidence(row):
    """The aligned sentence pairs of one row of ``discover``: who wrote term_a, who wrote term_b, and the two sentences."""
    out = []
    for pair in row["evidence"].split(" ‖ "):
        left, right = pair.split(" ⟷ ")
        (id_a, sent_a), (id_b, sent_b) = left.split(": ", 1), right.split(": ", 1)
        out.append({"writes " + row["spelling_a"]: EN.get(OUTLET.get(id_a), id_a), "sentence_a": sent_a[1:-1],
                    "writes " + row["spelling_b"]: EN.get(OUTLET.get(id_b), id_b), "sentence_b": sent_b[1:-1]})
    return pd.DataFrame(out)

evidence(found.iloc[0])

# %% [markdown]
# Questions to ask of each pair of sentences:
#
# - **Is it the same slot?** Both sentences should say the same thing about the same people or act, with one word changed. If the sentences only share a name and a date, the swap is noise from a loose alignment.
# - **Does the choice change what the reader is told?** رهائن (*hostages*) says the people are held illegitimately as leverage; محتجزين (*detainees*) says only that they are held. That is a **contest**. أكد (*affirmed*) for قال (*said*) changes little: a **synonym**. صرح (*stated*) in every article of one outlet, whoever speaks, is **house style**.
# - **Is one side a name?** «الاحتلال» (*the occupation*) where another outlet writes «سالمار» (the state's name) is a real contest of naming, but the name also occurs everywhere else: a lexicon term «سالمار» would count every mention of the country.
#
# Every candidate of one set, with its evidence: here the set of the best candidate.

# %%
best_set = found[found["set"] == found["set"].iloc[0]]
for _, row in best_set.head(3).iterrows():
    print(say(row))
    display(evidence(row))

# %% [markdown]
# To look up a pair by its words, filter on the stems (either order), and read its lines in the whole corpus with `kwic(corpus, word=...)`:

# %%
def pair(a, b):
    """The row of the candidate pair (a, b), stems in either order (empty when discover did not find it)."""
    return found[((found["term_a"] == a) & (found["term_b"] == b)) | ((found["term_a"] == b) & (found["term_b"] == a))]

hostages = pair("رهائن", "محتجزين")
if len(hostages):
    print(say(hostages.iloc[0]))
    display(evidence(hostages.iloc[0]))
framing.kwic(corpus, word="محتجزين").head(5)

# %% [markdown]
# ## 4. Decide: contest, synonym, house style or noise
#
# Telling them apart needs a reader: all four are consistent outlet preferences, so no score separates them. Below are **our** verdicts on the demo's candidates, after reading their evidence (yours may differ: write down why). The table of candidates gets a `verdict` column; rows nobody has read yet say so.

# %%
VERDICTS = {   # (stem, stem): (verdict, why), in our own words after reading the evidence
    ("رهائن", "محتجزين"): ("contest", "the same 14 people: hostages (held as leverage) against detainees (neutral)"),
    ("رهائن", "مختطفين"): ("contest", "hostages against abductees (a crime against civilians)"),
    ("محتجزين", "مختطفين"): ("contest", "detainees against abductees, the same people"),
    ("اسري", "سجناء"): ("contest", "prisoners of war (a legitimate fight) against inmates (a sentence served)"),
    ("زعم", "قال"): ("contest", "claimed (doubt cast on the speaker) against said"),
    ("زعم", "صرح"): ("contest", "claimed against stated, for the same speaker"),
    ("استيطانية", "سكنية"): ("contest", "settlement units against residential units, the same 600 homes"),
    ("استعمارية", "سكنية"): ("contest", "colonial units against residential units"),
    ("استعمارية", "استيطانية"): ("contest", "colonial against settlement: two loaded words of one camp"),
    ("احتلال", "سالمار"): ("contest (a name)", "the occupation against the state's name: real, but the name matches every mention"),
    ("احتلال", "سالماري"): ("contest (a name)", "the occupation against Salmari: as above"),
    ("شخصا", "مدنيا"): ("contest (an ending)", "14 persons against 14 civilians; the stems carry the accusative ending, so a lexicon would miss most uses"),
    ("صرح", "قال"): ("house style", "one outlet writes stated for every speaker it reports"),
    ("اكد", "قال"): ("synonym", "affirmed against said: the same report"),
    ("صرح", "واوضح"): ("synonym", "stated against explained"),
    ("اكد", "واوضح"): ("synonym", "affirmed against explained"),
    ("حكومة", "سالمار"): ("synonym", "the government against the state's name, the same referent"),
    ("اقرت", "مصادقة"): ("synonym", "approved against approval: a rewording"),
    ("صرح", "مقابل قال"): ("noise", "«in contrast, said»: the alignment caught a connective"),
    ("زعم", "مقابل قال"): ("noise", "as above"),
}

def verdict(row):
    v = VERDICTS.get((row["term_a"], row["term_b"])) or VERDICTS.get((row["term_b"], row["term_a"]))
    return pd.Series(v or ("not read yet", ""), index=["verdict", "why"])

judged = pd.concat([found, found.apply(verdict, axis=1)], axis=1)
print(judged.head(20)["verdict"].value_counts().to_string())
judged.head(20)[["spelling_a", "spelling_b", "events", "consistency", "ci_low", "verdict", "why"]]

# %% [markdown]
# We accept the plain contests for the lexicon. The "contest (a name)" and "contest (an ending)" rows are real choices of wording but poor lexicon terms as they stand: a term that is a place name, or a stem with a grammatical ending, would count the wrong things. Note them in the write-up instead, or add hand-made forms to the lexicon later.

# %%
accepted = judged[judged["verdict"] == "contest"]
accepted[["spelling_a", "spelling_b", "groups_a", "groups_b", "events", "log_odds", "ci_low", "ci_high", "set", "why"]]

# %% [markdown]
# ## 5. From candidates to a lexicon
#
# `write_lexicon_draft` writes the accepted rows in the shipped YAML format: **one family per candidate set** (rows that share a term), one term per stem (its form: the stem without clitics; its label: the printed spelling), and a note with the evidence count. It is a draft: families are called `candidate_01` …, terms by their stem in the chat alphabet (`rha2n` for رهائن) …

# %%
DRAFT = work / "discovered.yaml"
text = write_lexicon_draft(accepted, DRAFT, name="discovered")
print(text[:1200])

# %% [markdown]
# **Edit it.** Give every family and term a name a reader understands, an English label, and its word class (a verb takes other clitics than a noun; `check_lexicon` warns when the class is missing). In a real project you would do this by hand in an editor; here a small table does it, from the stems:

# %%
NAMES = {   # stem -> (term id, English label, word class)
    "رهائن": ("hostages", "hostages", "noun"), "محتجزين": ("detainees", "detainees", "noun"),
    "مختطفين": ("abductees", "abductees", "noun"), "اسري": ("prisoners", "prisoners (of war)", "noun"),
    "سجناء": ("inmates", "inmates", "noun"), "زعم": ("claimed", "claimed", "verb"), "قال": ("said", "said", "verb"),
    "صرح": ("stated", "stated", "verb"), "استيطانية": ("settlement", "settlement (units)", "adjective"),
    "سكنية": ("residential", "residential (units)", "adjective"), "استعمارية": ("colonial", "colonial (units)", "adjective"),
}
lex = yaml.safe_load(DRAFT.read_text("utf-8"))
for family in lex["families"]:
    for term in family["terms"]:
        tid, label, word_class = NAMES.get(term["forms"][0], (term["id"], term["forms"][0], "noun"))
        term.update(id=tid, label={"ar": term["label"]["ar"], "en": label}, **{"class": word_class})
    family["id"] = "_".join(t["id"] for t in family["terms"])            # e.g. claimed_said
    family["label"] = {"en": " / ".join(t["label"]["en"] for t in family["terms"])}
DRAFT.write_text(yaml.safe_dump(lex, allow_unicode=True, sort_keys=False, width=120), "utf-8")
[f["id"] for f in lex["families"]]

# %% [markdown]
# **Check it**, as `framing lexicon check discovered.yaml` would: the file is valid, and how many spellings (with clitics) the matcher will look for. A warning is a line to read, not a failure.

# %%
report = framing.check_lexicon(DRAFT)
print(report.summary())
for w in report.warnings:
    print("warning:", w)

# %% [markdown]
# ## 6. Count the new lexicon
#
# From here on the draft is a lexicon like the shipped ones: `count_terms` gives per-article counts, `term_shares` the share of each term in its family per outlet, with its interval (own voice: quoted words are the speaker's, not the outlet's).

# %%
counts = framing.count_terms(corpus, DRAFT)
print(len(counts), "article × term counts;", int(counts["count"].sum()), "matches in", counts["id"].nunique(), "articles")
shares = framing.term_shares(corpus, DRAFT, by="outlet")
view = shares[shares["matches"] > 0].assign(outlet=lambda d: d["outlet"].map(EN).fillna(d["outlet"]))
(view.pivot_table(index="outlet", columns=["family", "term"], values="matches", aggfunc="sum", fill_value=0))

# %% [markdown]
# The family of the best accepted candidate, as a chart (one panel per term; the whisker is the 95 % interval):

# %%
terms = framing.load_lexicon(DRAFT).terms_table()
first = accepted.iloc[0]
family = terms.loc[terms["forms"].map(lambda f: first["term_a"] in f.split("، ")), "family"].iloc[0]
print(family)
plot.term_shares(shares, family=family, terms=terms)

# %% [markdown]
# And the lines behind the numbers, as always: `kwic` with the draft lexicon, here the lines of the first term of that candidate.

# %%
term = terms.loc[terms["forms"].map(lambda f: first["term_a"] in f.split("، ")), "term"].iloc[0]
framing.kwic(corpus, DRAFT, term=term)[["outlet", "left", "match", "right", "voice"]].head(8)

# %% [markdown]
# ## What this shows, and what it does not
#
# - **A candidate is a lead, not a finding.** `discover` finds consistent differences of wording between outlets telling the same events; whether a difference is framing, a synonym or a house habit is a reader's judgement, made on the evidence sentences. Keep the verdicts and the reasons with your data.
# - **It needs the same events told in similar sentences.** A small corpus (like this demo: thirteen shared events) finds few swaps, each seen once or twice; intervals are wide. Rewritten wire copies are the richest source; heavily rewritten stories give little.
# - **Not found:** phrases longer than three words, a word swapped for a paraphrase, contests inside one outlet, and contests no outlet in the corpus takes part in.
# - **The ranking is a reading order.** It will change as the method improves; the columns and their meaning will not. Judge rows by their evidence, not by their position.
# - After counting, **check the new terms by hand** (`framing audit`, notebook `05-coursework.ipynb` step 7): a discovered stem can match more than the contest you saw.
