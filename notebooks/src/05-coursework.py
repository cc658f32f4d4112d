# notebooks: student=05-coursework.ipynb instructor=coursework/05-coursework-instructor.ipynb

# %% [markdown] student
# # 05 · Coursework lab: how do news outlets name the same people?
#
# **90 minutes · work in pairs · no Arabic needed** (every Arabic word is glossed; when you want to read an Arabic line, ask a classmate who reads Arabic or paste it into a translator).
#
# You will study a small corpus of news articles about thirteen (invented) events, told by five (invented) outlets and one news agency, and find out **whether the outlets frame the events differently through their choice of words**, and how sure you can be.
#
# **How this lab works**
#
# - Each step has a **task** (a code cell with `None  # ← your code` to replace), a **hint**, and a **checkpoint** cell that prints ✓ when the step worked, or tells you what to try.
# - ✍️ **Hand-in questions** are answered in writing, in your own words, in the markdown cells marked *Your answer*. Hand in the notebook (File → Download) or a short document with these answers (see `coursework/lab-plan.md`).
# - If you get stuck for more than five minutes, call the instructor; each step starts from code that is given, so a failed step does not block the next one.
#
# Key words (full list in `coursework/glossary.md`): **framing** تأطير, **word choice** اختيار المفردات, **attribution** الإسناد, **corpus** مدونة نصوص, **concordance** سياقات الكلمة.

# %% [markdown] instructor
# # 05 · Coursework lab: how do news outlets name the same people? (INSTRUCTOR VERSION, with answers)
#
# This is the student notebook (`notebooks/05-coursework.ipynb`) with every answer filled in and an **Instructor notes** box after each step: expected results, common mistakes, and questions for discussion. Timing, learning goals and what students hand in: `lab-plan.md`. Run it once before class: every checkpoint should print ✓.
#
# You will study a small corpus of news articles about thirteen (invented) events, told by five (invented) outlets and one news agency, and find out **whether the outlets frame the events differently through their choice of words**, and how sure you can be.
#
# **How this lab works**
#
# - Each step has a **task** (a code cell with `None  # ← your code` to replace), a **hint**, and a **checkpoint** cell that prints ✓ when the step worked, or tells you what to try.
# - ✍️ **Hand-in questions** are answered in writing, in your own words, in the markdown cells marked *Your answer*. Hand in the notebook (File → Download) or a short document with these answers (see `coursework/lab-plan.md`).
# - If you get stuck for more than five minutes, call the instructor; each step starts from code that is given, so a failed step does not block the next one.
#
# Key words (full list in `coursework/glossary.md`): **framing** تأطير, **word choice** اختيار المفردات, **attribution** الإسناد, **corpus** مدونة نصوص, **concordance** سياقات الكلمة.

# %% [markdown]
# ## Step 0 · Setup (5 min)
#
# Run the cell below. It reads the saved news pages into a **corpus**: one row per article, in a pandas DataFrame (`corpus.df`).

# %%
%matplotlib inline
from pathlib import Path
import sys
import tempfile

import pandas as pd
from framing import plot
from framing.events import assign_events, find_copies
from framing.ingest import ingest_to_corpus
from framing import count_terms, discover, kwic, load_lexicon, term_shares
from framing.lexicon import doc_tokens
from framing.stats import compare
from framing import keyness

LAB = Path("coursework") if Path("coursework", "checks.py").is_file() else Path(".")   # the folder of checks.py
sys.path.insert(0, str(LAB.resolve()))
from checks import *                     # the checkpoint functions, and DEMO: the demo corpus folder
pd.set_option("display.max_colwidth", 70)
EN = english_names()                        # outlet name -> English name
work = Path(tempfile.mkdtemp(prefix="framing-lab-"))
corpus = ingest_to_corpus([DEMO / "pages"], work / "corpus")
check_setup(corpus)

# %% [markdown]
# ## Step 1 · Know your corpus (10 min)
#
# Before counting anything, know what you count: how many articles per outlet, in which language.

# %%
corpus.summary()

# %% [markdown]
# **Task 1.** Make a pandas Series with the number of articles of each outlet.
#
# *Hint:* every row of `corpus.df` is an article; `corpus.df["outlet"].value_counts()` counts rows per outlet.

# %% student
articles_per_outlet = None   # ← your code
articles_per_outlet

# %% instructor
articles_per_outlet = corpus.df["outlet"].value_counts()
articles_per_outlet

# %%
check_step1(articles_per_outlet, corpus)

# %% [markdown]
# **Question 1.** One outlet writes in English. Which one? (Write its name as a string.)

# %% student
q1 = None   # ← e.g. "Some Outlet"
check_q1(q1, corpus)

# %% instructor
q1 = "Northline News"
check_q1(q1, corpus)

# %% [markdown] instructor
# > **Instructor notes, step 1.** 75 articles: 69 in Arabic (62 saved pages and 7 agency rows), 6 in English (Northline News). Text pages carry no site name; they take the name the HTML pages of their folder agree on. A good moment to say that *checking the corpus is part of the method*: an outlet listed twice under two names would split its numbers. Discussion: why does it matter that each outlet has only 6 to 16 articles?

# %% [markdown]
# ## Step 2 · Count the words for captives (15 min)
#
# The `captives` lexicon lists the competing words for people held by the other side:
#
# | Arabic | English | what it suggests |
# |---|---|---|
# | رهائن (*rahāʾin*) | hostages | held illegitimately, as leverage |
# | محتجزين (*muḥtajazīn*) | detainees, people held | neutral |
# | أسرى (*asrā*) | prisoners (of war) | taken in a legitimate fight |
# | مختطفين (*mukhtaṭafīn*) | abductees | a crime against civilians |
# | سجناء (*sujanāʾ*) | inmates | people serving a sentence |
#
# **Task 2.** Count the `captives` family by outlet.
#
# *Hint:* `term_shares(corpus, "captives", by="outlet")`. It counts the outlet's **own** words (not words inside quotation marks) in headlines and texts.

# %% student
shares = None   # ← your code
check_step2(shares, corpus)

# %% instructor
shares = term_shares(corpus, "captives", by="outlet")
check_step2(shares, corpus)

# %% [markdown]
# The same as a table of shares (outlets × terms, in %), and as a chart:

# %%
if shares is not None:
    view = shares[shares["matches"] > 0].assign(outlet=lambda d: d["outlet"].map(EN).fillna(d["outlet"]))
    display((view.pivot_table(index="outlet", columns="term", values="share", fill_value=0) * 100).round(0))
    display(plot.term_shares(shares, family="captives", terms=load_lexicon("captives").terms_table()))

# %% [markdown]
# **Question 2.** Among outlets with at least 3 words for captives, which one has the highest share of *hostages* (رهائن)? Write its name (English or Arabic) as a string.

# %% student
q2 = None   # ← e.g. "Some Outlet"
check_q2(q2, shares)

# %% instructor
family_total = shares.groupby("outlet")["matches"].sum()
hostages = shares[(shares["term"] == "hostages") & shares["outlet"].map(family_total).ge(3)]
q2 = hostages.sort_values("share").iloc[-1]["outlet"]
print(q2, "=", EN.get(q2, q2))
check_q2(q2, shares)

# %% [markdown]
# ✍️ **Hand-in 2.** In two sentences: what does the confidence interval of that share (the line in the chart) tell you, and why is it so wide for some outlets?
#
# *Your answer:*

# %% [markdown] instructor
# > **Instructor notes, step 2.** Expected: Al-Marsad Daily (صحيفة المرصد), about two thirds to three quarters of its words for captives are رهائن. The interval is a Wilson interval on the outlet's *articles* (its effective number of articles): an outlet with 2–4 articles that use the family has a wide interval whatever its number of matches, because matches in one article are not independent. Common mistake: counting with `voice="all"` (the checkpoint catches it). Discussion: is "hostages" wrong? The word is accurate for civilians seized as leverage; the point is that the others chose differently for the same people.

# %% [markdown]
# ## Step 3 · Read the evidence (15 min)
#
# A number is only as good as the matches behind it. A **concordance** (KWIC, *keyword in context*) shows every match with the words around it. Arabic lines read right to left: the words *before* the match are on its right.
#
# **Task 3.** List every line where the outlet of question 2 wrote *hostages*.
#
# *Hint:* `kwic(corpus.filter(outlet=q2), "captives", term="hostages")`.

# %% student
lines = None   # ← your code
lines

# %% instructor
lines = kwic(corpus.filter(outlet=q2), "captives", term="hostages")
lines

# %%
check_step3(lines, shares)

# %% [markdown]
# ✍️ **Hand-in 3.** Choose one line. What is the sentence about, and is *hostages* used for the people taken in the raid (or for something else)? If you do not read Arabic, use a translator or the English outlet's lines: `kwic(corpus.filter(outlet="Northline News"), "captives", term="en_hostages")`.
#
# *Your answer:*

# %% [markdown] instructor
# > **Instructor notes, step 3.** Every line is about the 14 people taken from Tal al-Rayhan (E1) or their families and release (E6). Point out spelling variants the matcher handled: كرهائن (*as hostages*), الرهـــائن (with a stretching character, tatweel), رهائنهم (*their hostages*). Good extension for Arabic readers: near-misses the matcher correctly ignores. رهان (*rihān*, a bet) looks like رهائن and occurs twice in the corpus (`kwic(corpus, word="رهان")`), but never among the lines of `kwic(corpus, "captives")`; likewise أسرتي (*my family*) and أسرتهم (*they captured them*, a verb) next to أسرى.

# %% [markdown]
# ## Step 4 · Whose word is it? Quoted voice (15 min)
#
# Outlets quote people who use other words. A word inside «…» or "…" is the **speaker's** word, not the outlet's. The toolkit marks each match `own` or `quoted`.
#
# **Task 4.** Count the `captives` family in **quoted** voice, by outlet.
#
# *Hint:* the call of step 2 with `voice="quoted"`.

# %% student
quoted = None   # ← your code
check_step4(quoted, corpus)

# %% instructor
quoted = term_shares(corpus, "captives", by="outlet", voice="quoted")
check_step4(quoted, corpus)

# %% [markdown]
# The quoted lines themselves:

# %%
kwic(corpus, "captives", voice="quoted")

# %% [markdown]
# ✍️ **Hand-in 4.** Find one line where an outlet quotes a word for captives that it does **not** use in its own voice (compare with the table of step 2). Who is speaking, and why might the outlet quote that word instead of using it?
#
# *Your answer:*

# %% [markdown] instructor
# > **Instructor notes, step 4.** Typical finds: Al-Nahar al-Jadid (which says أسرى, prisoners, in its own voice) quoting Salmari authorities who "allege" the group still holds five «رهائن» (hostages); Al-Marsad (رهائن) quoting the armed group's «أسرى حرب» (prisoners of war). Quoting lets an outlet report the other side's framing while keeping distance from it, sometimes with a doubting verb (ادعى, *alleged*). Limits to raise: indirect speech without quotation marks (قال إن …, "said that …") counts as own voice.

# %% [markdown]
# ## Step 5 · Same event, fair comparison (20 min)
#
# Outlets cover different stories. To compare word choice fairly, compare outlets **within the same event**. The cell below groups articles into events (it compares headlines and first lines of articles published within 3 days) and prepares the two tables every statistic needs, for Arabic articles only. We switch to the **casualties** family: قتلى (*qatlā*, killed), شهداء (*shuhadāʾ*, martyrs), ضحايا (*ḍaḥāyā*, victims), لقوا حتفهم (*laqū ḥatfahum*, "met their death").

# %%
corpus_ev = assign_events(corpus)
arabic = corpus_ev.filter(lang="ar")
counts = count_terms(arabic, "casualties")      # id, family, term, count
docs = doc_tokens(arabic)                        # id, outlet, event_id, published, tokens
plot.event_coverage(corpus_ev, corpus_ev.events)

# %% [markdown]
# **Task 5.** Run two comparisons of the `casualties` family between outlets: a **naive** one over the whole corpus, and one **within events**.
#
# *Hint:* `compare(counts, docs, "casualties")`, and the same with `within_events=True`. Each result has a `.sentence` in plain English.

# %% student
naive = None    # ← your code
within = None   # ← your code
check_step5(naive, within)

# %% instructor
naive = compare(counts, docs, "casualties")
within = compare(counts, docs, "casualties", within_events=True)
check_step5(naive, within)

# %%
for name, result in [("NAIVE", naive), ("WITHIN EVENTS", within)]:
    if result is not None:
        print(name, "·", result.sentence, end="\n\n")

# %% [markdown]
# **Question 5.** Suppose the within-event comparison gives p = 0.11. What does that mean? Set `q5` to `"a"`, `"b"` or `"c"`.
#
# - (a) The outlets use the same words for the dead.
# - (b) These data do not show a difference within events; with so few articles per event, there may or may not be one.
# - (c) The naive comparison is the right one, because its p-value is smaller.

# %% student
q5 = None   # ← "a", "b" or "c"
check_q5(q5)

# %% instructor
q5 = "b"
check_q5(q5)

# %% [markdown]
# ✍️ **Hand-in 5.** In three sentences for a reader who has never heard of statistics: why can the naive comparison find a difference that the within-event comparison does not? (Notebook `02-same-event.ipynb`, section 5, has a worked example.)
#
# *Your answer:*

# %% [markdown] instructor
# > **Instructor notes, step 5.** The naive test is clearly significant on the demo; the within-event test, which keeps only events covered by at least two outlets using the family and shuffles articles only inside an event, is much weaker (8 articles in 3 events on the demo: p comes out near 1, read the printed sentences; with so few articles per event almost every shuffle looks like the data). Two reasons the naive comparison overstates: story selection (an outlet that covered the Serin market strike twice uses "killed" more) and the English outlet (left out here on purpose). Make sure students do not conclude "no framing difference" from p > 0.05 (question 5). Good question: the Cramér's V within events is *larger* than the naive one, and yet less certain. Why? (Small events: V is inflated when cells are tiny.)

# %% [markdown]
# ## Step 6 · Words you did not think of (10 min)
#
# A lexicon only finds the words you listed. **Keyness** finds the words one outlet uses much more than all the others (score `z`; about 2 or more is a clear difference). We use Arabic articles without agency copies, and look at the TV channel Al-Nahar al-Jadid (قناة النهار الجديد).

# %%
copies = find_copies(corpus_ev)
copied = set(copies.loc[copies["copy_of"].notna(), "id"])
arabic_originals = arabic.df[~arabic.df["id"].isin(copied)]
candidates = [o for o in arabic.outlets if EN.get(o) == "Al-Nahar al-Jadid TV"]
TARGET = max(candidates, key=lambda o: (arabic.df["outlet"] == o).sum())
TARGET

# %% [markdown]
# **Task 6.** The 15 most distinctive words of `TARGET`.
#
# *Hint:* `keyness(arabic_originals, target=TARGET, top=15)`; look at the columns `term`, `count_target`, `count_rest`, `z`, `article_share` (share of the outlet's articles that use the word) and `spellings` (how the outlet printed it).

# %% student
key = None   # ← your code
check_step6(key, TARGET)
key if key is None else key[["term", "count_target", "count_rest", "z", "article_share", "spellings"]]

# %% instructor
key = keyness(arabic_originals, target=TARGET, top=15)
check_step6(key, TARGET)
key if key is None else key[["term", "count_target", "count_rest", "z", "article_share", "spellings"]]

# %% [markdown]
# **Question 6.** Which two or three of these words are **framing** (a choice of how to name something), rather than the outlet's own name, a byline, or the topic of a story only it covered? Put them in the list, exactly as in the `term` column. Check each with `kwic(corpus, word="...")`.

# %% student
q6 = []   # ← e.g. ["word1", "word2"]
check_q6(q6, key)

# %% instructor
q6 = [w for w in ["احتلال", "اسري", "شهداء"] if key is not None and w in set(key["term"])]
print(q6)
check_q6(q6, key)

# %% [markdown] instructor
# > **Instructor notes, step 6.** Expected framing words: احتلال (*iḥtilāl*, "occupation", for Salmar's army), أسرى (*asrā*, prisoners; printed as اسري after normalisation), شهداء (*shuhadāʾ*, martyrs), and the war name العملية العسكرية الخاصة (*the special military operation*: عملية, خاصة). Also framing, of attribution: ادعي (*iddaʿā*, alleged; used for the other side) and صرح (*ṣarraḥa*, stated; for its own side). Not framing: نهار, جديد, قناة (the channel's name), names of people it quotes (أوردين, Orden; ابو ليث, Abu Layth). `article_share` near 1 marks bylines and names. Discuss why the toolkit normalises words (أسرى → اسري): so that spellings with and without hamza count together.

# %% [markdown]
# ## Step 7 · Check the dictionary by hand (15 min)
#
# A count is only as good as its matches. If some of the matches of a word are not the thing the lexicon means (another sense, a name, a word that only looks alike), the count and the share overstate it. The share of matches that really mean the term is its **precision** (الدقة). Researchers check it by hand, with **two readers**, and report how far they agree (docs: `docs/methods.md`, section 6).
#
# You and your partner each read the same 20 lines of one term, أسرى (*asrā*, prisoners), and decide for each: **does the word here name people held by the other side?** Then you compare your answers.
#
# The cell below draws the 20 lines (with a fixed seed, so every pair gets the same lines) and writes two files, one per reader. It never overwrites answers already given.

# %%
from framing.audit import label, sample, score, write_audit

AUDIT = Path(tempfile.gettempdir()) / "framing-lab-audit"      # kept when the kernel restarts
MY_FILE, PARTNER_FILE = AUDIT / "audit-me.csv", AUDIT / "audit-partner.csv"
audit_lines = sample(corpus, "captives", family="captives", per_term=20, seed=1, voice="all")
audit_lines = audit_lines[audit_lines["term"] == "prisoners"]
for f in (MY_FILE, PARTNER_FILE):
    if not f.exists():                            # never overwrite answers already given
        write_audit(audit_lines, f)
print(len(audit_lines), "lines of 'prisoners' (أسرى) to read, in", AUDIT)

# %% [markdown]
# **Label.** The widget below shows one line at a time, right to left, with the word highlighted. Click **yes** (or type `y` in the small *keys* box) if the word names people held by the other side, **no** (`n`) if it names something else, **skip** (`s`) if you cannot tell; **back** (`b`) goes back one line. *show article* opens the whole article. If you also check the *voice label* (is the word the outlet's own, or inside a quotation?), set it before answering. Every answer is saved at once, so nothing is lost if the notebook stops. No Arabic? Read the article with a translator, or pair with a classmate who reads Arabic.

# %%
label(MY_FILE, corpus, coder="me")

# %% [markdown]
# **Your partner** now takes the keyboard and labels the same lines in the second file, **without looking at your answers**. (Or your partner runs this notebook on their own computer and sends you their `audit-me.csv`: save it as `PARTNER_FILE`.)

# %%
label(PARTNER_FILE, corpus, coder="partner")

# %% instructor
# INSTRUCTOR VERSION ONLY: the answers of two readers, filled in (in files of their own, beside the students'
# files) so that the step runs without clicking. Reader A judged every line right. Reader B said no to
# «أسير قضى 19 عاما في السجن» (a man jailed for 19 years: an inmate of the state rather than a captive of the
# other side?), a real question of definition.
MY_FILE, PARTNER_FILE = AUDIT / "instructor-A.csv", AUDIT / "instructor-B.csv"
a = audit_lines.assign(sense_ok=1, coder="A")
b = audit_lines.assign(sense_ok=1, coder="B")
b.loc[b["match"] == "أسير", "sense_ok"] = 0
write_audit(a, MY_FILE, overwrite=True)                 # the instructor's own answers, rewritten on every run
write_audit(b, PARTNER_FILE, overwrite=True)

# %% [markdown]
# **Task 7.** Score the two files together: the precision of *prisoners* with its 95% interval, and how far the two of you agree.
#
# *Hint:* `score([MY_FILE, PARTNER_FILE])`. The result has `.terms` (`n` lines, `precision`, `ci_low`, `ci_high`), `.agreement` (percent agreement, Cohen's kappa, Krippendorff's alpha) and `.disagreements` (the lines you answered differently).

# %% student
result = None   # ← your code
check_step7(result)

# %% instructor
result = score([MY_FILE, PARTNER_FILE])
check_step7(result)

# %%
if result is not None:
    display(result.terms[["term", "n", "precision", "ci_low", "ci_high"]])
    display(result.agreement)
    display(result.disagreements)

# %% [markdown]
# ✍️ **Hand-in 7.** (a) In one sentence, report the precision of *prisoners* with its interval. (b) For each line you answered differently, say who was right, or whether the question itself was unclear. (c) Percent agreement can be high while kappa is low: why? (Look at how often you both said yes; `docs/methods.md`, section 6.)
#
# *Your answer:*

# %% [markdown] instructor
# > **Instructor notes, step 7.** With seed 1 the 20 lines of أسرى all name people held by one side of the conflict (prisoners of war, the group's captives, detainees in Salmar's jails; several are quoted), so precision is high: with the filled-in answers, 19.5 of 20 (a line two readers split on counts half), 97.5% with a Wilson interval of about 80%–100%: 20 lines cannot prove more. Percent agreement is 95% but Cohen's kappa and Krippendorff's alpha are both 0: when nearly every answer is *yes*, chance alone agrees almost as often (the *kappa paradox*), so report percent agreement too, and draw lines of harder terms to measure agreement. Good discussion: the one disagreement is about the **definition** (is a man jailed for 19 years by the state «held by the other side»?), not about reading; that is what a second reader is for. Students without Arabic can still do the step with a translator on *show article*; it takes them longer, so pairs may finish it at home. Real lexicons on real news range from under 50% to 100% precision term by term: the same check is `framing audit sample` / `framing audit score` on the command line, and `framing report --audit` puts each term's precision in the report.

# %% [markdown]
# ## Step 8 · A contest nobody told you about (20 min)
#
# Steps 2–5 counted words from a list somebody wrote (the `captives` lexicon); step 6 ranked one outlet's words against all others. `discover` asks another question: **where two outlets tell the same event, which word does one write where the other writes another?** Inside each event of step 5 it lines up the sentences of two outlets that say the same thing and notes the word that differs: رهائن (*hostages*) in one, محتجزين (*detainees*) in the other. Swaps that recur become **candidate pairs**: leads to contests you did not know about. (For researchers: notebook `06-discover.ipynb`.)
#
# The columns you need:
#
# | column | meaning |
# |---|---|
# | `spelling_a`, `spelling_b` | the two words, as the outlets printed them |
# | `groups_a`, `groups_b` | the outlets that prefer each word |
# | `events` | in how many events the swap was seen (more is stronger) |
# | `log_odds`, `ci_low`, `ci_high` | over the whole corpus: above 0, the first outlets really write the first word more (and the others the second); an interval that includes 0 means too few uses to be sure |
# | `evidence` | the sentences in which the swap was seen |
#
# **Task 8.** Find the candidate pairs of the corpus with events (`corpus_ev`, step 5).
#
# *Hint:* `discover(corpus_ev, min_events=1)`. The demo has only thirteen events told by several outlets, so a swap seen in one event counts (`min_events=1`; on a real corpus keep the default, 3).

# %% student
found = None   # ← your code
check_step8(found)

# %% instructor
found = discover(corpus_ev, min_events=1)
check_step8(found)

# %%
show_candidates(found)

# %% [markdown]
# **Question 8.** Read the table and choose **one** pair that you think is a **contest**: the two words tell the reader something different about the same people or act. Not a *synonym* (*said* / *affirmed* say the same), not a *house habit* (an outlet that writes *stated* for every speaker, whichever side), not noise (a connective or a name caught by the alignment). Set `pick` to its row number (the number on the left), then read its evidence in the next cell. Change your pick if the evidence does not hold.

# %% student
pick = None   # ← a row number, e.g. 4
check_pick(pick, found)

# %% instructor
hostages = found[(found["term_a"] == "رهائن") | (found["term_b"] == "رهائن")]
pick = int(hostages.index[0]) if len(hostages) else 0
check_pick(pick, found)

# %%
read_evidence(found, pick, corpus)

# %% [markdown]
# ✍️ **Hand-in 8 · One contest, written up** (about 200 words). Copy the template into your answer and fill in every line:
#
# > **The pair.** «…» (*transliteration*, English meaning) against «…» (*…*, English meaning).
# >
# > **Who writes which.** Outlets that write the first word: … Outlets that write the second: … (`groups_a`, `groups_b`)
# >
# > **Evidence.** Two aligned sentences, each with its outlet and article id. Quote only the words you need (`coursework/ethics.md`) and say in English what each sentence says. Check one more line of each word with `kwic(corpus, word="…")`.
# >
# > **How sure.** Seen in … event(s). Across the whole corpus the log odds ratio is … (95 % interval … to …). In words: …
# >
# > **A contest, not a synonym.** What does each word suggest about the people or the act? Why is the choice not only the outlet's habit (does it write the word in every story, for both sides)? What evidence would change your mind?
#
# *Your answer:*

# %% [markdown] instructor
# > **Instructor notes, step 8.** The order of the rows is a reading order, not a verdict, and it changes as the method improves: judge a pair by its evidence, never by its rank. Contests students should find among the first 35 rows: رهائن / محتجزين and رهائن / مختطفين (Al-Marsad writes *hostages* where Al-Ufuq writes *detainees* and Sawt al-Madina *abductees*, the same 14 people), زعم / قال (Al-Marsad's *claimed* where the agencies write *said*), الأسرى / السجناء (Al-Nahar's *prisoners of war* against Al-Ufuq's *inmates*), استيطانية / سكنية / استعمارية (*settlement*, *residential*, *colonial* units: the same 600 homes), and الاحتلال / سالمار (*the occupation* against the state's name: a contest of naming, but one side is a name). Not contests: صرح / قال (*stated* / *said*: Sawt al-Madina writes *stated* for every speaker it reports, witnesses, officials and ministers of both sides alike: a house habit; `kwic(corpus, word="صرح")` shows it), أكد / قال and وأوضح (*affirmed*, *explained*: synonyms), «المقابل قال» (*in contrast, said*: a connective caught by the alignment). A good write-up reads the evidence (the same sentence, one word changed), reads the interval (pairs seen in one event often have intervals that include 0: a lead, not a finding) and names one limit (thirteen shared events; invented data; one word is not a frame). Common mistakes: choosing the first row because it ranks first; treating *stated* / *said* as framing without checking that the outlet writes *stated* for both sides; quoting whole paragraphs.

# %% [markdown]
# ## Wrap-up (5 min) · What you hand in
#
# 1. Your answers to the ✍️ hand-in questions 2, 3, 4, 5 and 7 (and 8, when your class did step 8).
# 2. One paragraph (about 150 words): *Do these outlets frame the events differently? What is your strongest piece of evidence, and what is the main limit of this evidence?* Quote at least one concordance line (with the outlet and date) as evidence.
#
# Before you write, read `coursework/ethics.md` (what word counts can and cannot show) and `coursework/reading-charts.md` (how to read each chart).
#
# *Your paragraph:*

# %% [markdown] instructor
# > **Instructor notes, wrap-up.** A strong paragraph names the word (رهائن / أسرى / محتجزين), the outlet, the number with its uncertainty, a quoted line as evidence, and one limit: few articles; word choice is not intent; quoted voice; the demo is invented. Marking guide in `lab-plan.md`.
