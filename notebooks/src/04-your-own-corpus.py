# notebooks: 04-your-own-corpus.ipynb

# %% [markdown]
# # 04 · Your own corpus and your own lexicon
#
# The demo corpus is invented. To study real coverage you will collect articles yourself, usually by **saving pages from the browser**: *File → Save page as…* gives an HTML file ("Web page, complete" or "HTML only"); *Select all → Copy → paste into a text editor* gives a text file. Arabic sites and old editors use several **encodings** (the way letters are stored as bytes): UTF-8, UTF-16, windows-1256, ISO-8859-6. The toolkit reads them all.
#
# In this notebook we:
#
# 1. write a few small saved pages into a temporary folder (two invented outlets reporting an invented protest), in different formats and encodings;
# 2. ingest them and check what was **rejected** and what was **extracted**;
# 3. write our own lexicon as a YAML file, **validate** it, fix a mistake, and run it.
#
# Before you collect real pages, read `coursework/ethics.md`: collect legally, keep the URLs, quote with attribution.

# %%
%matplotlib inline
from pathlib import Path
import tempfile

import pandas as pd
import framing
from framing import plot
from framing.errors import LexiconError
from framing.ingest import ingest, ingest_to_corpus
from framing import count_terms, kwic, load_lexicon, term_shares

pd.set_option("display.max_colwidth", 80)
work = Path(tempfile.mkdtemp(prefix="framing-"))
pages = work / "pages"
print("working in", work)

# %% [markdown]
# ## 1. Saved pages, as you would get them
#
# Two invented outlets report the same invented protest against water cuts in the town of الوادي الأخضر (*al-Wādī al-Akhḍar*, "Green Valley"): **الراصد اليومي** (*al-Rāṣid al-Yawmī*, "The Daily Observer"), close to the authorities, and **نبض الشارع** (*Nabḍ al-Shāriʿ*, "Pulse of the Street"), close to the protesters. One folder per outlet.
#
# First an HTML page as a browser saves it, with a menu, a comments box and a footer around the article, stored in **windows-1256** (the old Windows Arabic encoding):

# %%
(pages / "al-rasid").mkdir(parents=True)
html_rasid = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="windows-1256">
<meta property="og:site_name" content="الراصد اليومي">
<meta property="article:published_time" content="2026-03-03T21:40:00+02:00">
<title>الشرطة تفرق مثيري الشغب في الوادي الأخضر | الراصد اليومي</title></head>
<body><nav><a href="/">الرئيسية</a> | <a href="/local">محليات</a> | <a href="/sport">رياضة</a></nav>
<article><h1>الشرطة تفرق مثيري الشغب في الوادي الأخضر</h1>
<p>فرقت قوات الشرطة مساء الثلاثاء العشرات من مثيري الشغب الذين أغلقوا الطريق الرئيسي في بلدة الوادي الأخضر وأحرقوا إطارات السيارات أمام مبنى البلدية.</p>
<p>وقال المتحدث باسم الشرطة إن المخربين ألحقوا أضرارا بواجهة المبنى، وإن عشرة منهم أوقفوا للتحقيق، مؤكدا أن الوضع تحت السيطرة.</p>
<p>وكان عدد من السكان قد تجمعوا احتجاجا على انقطاع المياه، ووصف أحدهم للراصد المشاركين بأنهم «متظاهرون يطالبون بحقهم في الماء».</p>
</article>
<section class="comments"><h3>التعليقات</h3><p>الله يحمي البلد</p></section>
<footer>جميع الحقوق محفوظة © الراصد اليومي 2026</footer></body></html>"""
path = pages / "al-rasid" / "2026-03-03-shaghab.html"
path.write_bytes(html_rasid.encode("windows-1256"))
print(path.name, path.stat().st_size, "bytes")

# %% [markdown]
# Then the same outlet's follow-up, copied from the browser as plain text (UTF-8): the menu lines and the comment section came along with the article.

# %%
text_rasid = """الراصد اليومي
الرئيسية
محليات
رياضة
عودة الهدوء إلى الوادي الأخضر بعد أعمال الشغب
الأربعاء 4 مارس 2026
عاد الهدوء صباح الأربعاء إلى بلدة الوادي الأخضر بعد ليلة من أعمال الشغب، وأعادت البلدية فتح الطريق الرئيسي أمام السيارات.
وأكد رئيس البلدية أن مثيري الشغب لا يمثلون أهالي البلدة، وأن إصلاح شبكة المياه سيبدأ الأسبوع المقبل.
وأوضح أن المخربين الموقوفين سيحالون إلى القضاء خلال أيام.
التعليقات
أضف تعليقك
"""
path = pages / "al-rasid" / "2026-03-04-hudu.txt"
path.write_text(text_rasid, encoding="utf-8")
print(path.name, path.stat().st_size, "bytes")

# %% [markdown]
# The other outlet: an HTML page in UTF-8 and a text file saved by an old editor in windows-1256 ("ANSI" in Windows Notepad).

# %%
(pages / "nabd").mkdir()
html_nabd = """<!DOCTYPE html>
<html lang="ar"><head><meta charset="utf-8">
<meta property="og:site_name" content="نبض الشارع">
<meta property="article:published_time" content="2026-03-03T22:15:00+02:00">
<title>آلاف المتظاهرين في الوادي الأخضر يطالبون بالماء</title></head>
<body><header><a href="/">نبض الشارع</a></header><nav>أخبار | رأي | فيديو</nav>
<main><h1>آلاف المتظاهرين في الوادي الأخضر يطالبون بالماء</h1>
<p>خرج آلاف المتظاهرين مساء الثلاثاء في بلدة الوادي الأخضر احتجاجا على انقطاع المياه منذ ثلاثة أسابيع، ورفعوا لافتات تطالب بحق السكان في الماء.</p>
<p>وقال أحد المحتجين لنبض الشارع إن الشرطة استخدمت الغاز المسيل للدموع لتفريق المتظاهرين السلميين، وأوقفت عشرة منهم.</p>
<p>في المقابل، زعم المتحدث باسم الشرطة أن «مثيري الشغب» أحرقوا إطارات وألحقوا أضرارا بمبنى البلدية.</p>
</main><aside><h3>اقرأ أيضا</h3><ul><li>مباراة الديربي تنتهي بالتعادل</li></ul></aside>
<footer>نبض الشارع 2026</footer></body></html>"""
_ = (pages / "nabd" / "2026-03-03-mutazahirun.html").write_text(html_nabd, encoding="utf-8")

text_nabd = """نبض الشارع
الرئيسية
أخبار
أهالي الوادي الأخضر يواصلون احتجاجهم رغم الاعتقالات
4 مارس 2026
واصل المحتجون في الوادي الأخضر اعتصامهم أمام مبنى البلدية صباح الأربعاء، مطالبين بالإفراج عن المتظاهرين العشرة الموقوفين.
وأكدت لجنة الأهالي أن المتظاهرين لن يغادروا الساحة قبل عودة المياه إلى البيوت، وأن احتجاجهم سلمي.
شارك الخبر
"""
_ = (pages / "nabd" / "2026-03-04-itisam.txt").write_bytes(text_nabd.encode("windows-1256"))
print(sorted(p.name for p in (pages / "nabd").iterdir()))

# %% [markdown]
# Real folders also hold things that are not articles. Add an empty file, a picture, and the same article saved twice:

# %%
_ = (pages / "nabd" / "notes.txt").write_text("")
_ = (pages / "nabd" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(500))
_ = (pages / "nabd" / "2026-03-03-mutazahirun (1).html").write_text(html_nabd, encoding="utf-8")
sorted(str(p.relative_to(pages)) for p in pages.rglob("*") if p.is_file())

# %% [markdown]
# ## 2. Ingest, then check the rejects
#
# `ingest` reads every file and returns the articles and the **rejects**: every input that did not become an article, with the reason. Nothing is dropped silently, and one bad file never stops the batch. **Always read the rejects.**

# %%
result = ingest([pages])
print(result.summary())
result.rejects

# %% [markdown]
# Three rejects, three good reasons: an exact duplicate (the page saved twice: one copy is kept), an empty file, and a file that is not a page (the picture). Now the articles: did the toolkit find the right outlet, date, headline and body, and decode every encoding?

# %%
result.articles[["outlet", "published", "title", "lang", "source_path"]]

# %%
for row in result.articles.itertuples():
    print(f"── {row.outlet} · {row.published} · {row.title}")
    print(row.text, end="\n\n")

# %% [markdown]
# Check the list:
#
# - the menus, comments, "read also" list, footer and "share" lines are gone; the body paragraphs are kept;
# - the dates of the text files come from the date line (`الأربعاء 4 مارس 2026`, "Wednesday 4 March 2026");
# - the outlet of an **HTML page** comes from the page itself (`og:site_name`). A **text file** has no such field: it takes the site name the other pages of its folder agree on, else the folder's name. So keep **one folder per outlet**. A folder with text files only would be named `al-rasid`, `nabd`: then give the name yourself with `outlet=` (one folder at a time, `append=True` to add to a corpus).
#
# Everything looks right, so we write the corpus directory (`articles.parquet`, `rejects.csv`, `manifest.json`) that the other functions read:

# %%
mine = ingest_to_corpus([pages], work / "my-corpus")
mine.summary()

# %% [markdown]
# The same in a terminal: `framing ingest pages -o my-corpus` (and, for a folder without site names, `framing ingest pages/al-rasid --outlet "الراصد اليومي" -o my-corpus --append`). Later sessions open it with `framing.load("my-corpus")`.
#
# Already have a spreadsheet of articles (an export from a news database)? Load it directly; `columns=` maps its column names to the corpus names:

# %%
export = work / "export.csv"
pd.DataFrame({"source": ["نبض الشارع"], "date": ["2026-03-05"], "headline": ["تشييع متظاهر في الوادي الأخضر"],
              "body": ["شيع أهالي الوادي الأخضر أحد المتظاهرين الذي توفي متأثرا بإصابته."]}).to_csv(export, index=False)
framing.load(export, columns={"source": "outlet", "body": "text"}).df[["outlet", "published", "title", "text"]]

# %% [markdown]
# ## 3. Your own lexicon
#
# *Question: how does each outlet name the people in the street?* None of the shipped lexicons covers protests, so we write one. A lexicon is a small **YAML** file: a family of competing terms, each with a language, an English and Arabic label, a word `class` (which clitics attach) and its **forms** (singular, plural, feminine; no ال and no attached particles, the matcher adds those).
#
# | Arabic | transliteration | English | what it suggests |
# |---|---|---|---|
# | متظاهرون | *mutaẓāhirūn* | demonstrators | people exercising a right |
# | محتجون | *muḥtajjūn* | protesters | neutral |
# | مثيرو الشغب | *muthīrū al-shaghab* | rioters (lit. "stirrers of unrest") | a public-order problem |
# | مخربون | *mukharribūn* | vandals, saboteurs | criminals |
#
# Our first draft has a mistake in it (a very common one):

# %%
draft = """\
name: protest
version: 1
description: How people protesting in the street are named.
families:
  - id: protesters
    label: {en: people protesting, ar: المحتجون}
    terms:
      - id: demonstrators
        language: ar
        label: {en: demonstrators, ar: متظاهرون}
        note: people exercising a right
        class: noun
        forms: [متظاهر, متظاهرة, متظاهرون, متظاهرين]
      - id: protesters
        language: arabic
        label: {en: protesters, ar: محتجون}
        class: noun
        forms: [محتج, محتجة, محتجون, محتجين]
      - id: rioters
        language: ar
        label: {en: rioters, ar: مثيرو الشغب}
        note: a public-order problem
        class: noun
        forms: [مثيري الشغب, مثيرو الشغب, مشاغب, مشاغبون, مشاغبين]
      - id: vandals
        language: ar
        label: {en: vandals, ar: مخربون}
        note: criminals
        class: noun
        forms: [مخرب, مخربون, مخربين]
"""
lexicon_file = work / "protest.yaml"
_ = lexicon_file.write_text(draft, encoding="utf-8")

try:
    load_lexicon(lexicon_file)          # loading validates the file
except LexiconError as error:
    print("Not valid:", error)

# %% [markdown]
# The message names the file, the **line** and the field, what was expected and what arrived. (In a terminal: `framing lexicon check protest.yaml`.) Fix it and load again:

# %%
_ = lexicon_file.write_text(draft.replace("language: arabic", "language: ar"), encoding="utf-8")
protest = load_lexicon(lexicon_file)
protest.terms_table()[["term", "label_en", "note", "forms"]]

# %% [markdown]
# ## 4. Run it

# %%
words = term_shares(mine, protest, by="outlet")
words[["outlet", "term", "articles", "matches", "share"]]

# %% [markdown]
# The same people, two frames: in its own voice الراصد اليومي (*The Daily Observer*) only writes *rioters* and *vandals*, نبض الشارع (*Pulse of the Street*) only *demonstrators* and *protesters*. With two articles per outlet this is a test that the lexicon works, not a finding about the outlets: an interval from two articles says little.

# %%
plot.term_shares(words, family="protesters", terms=protest.terms_table())

# %% [markdown]
# And the evidence, including the quoted words (`voice`): each outlet quotes the other side's word once.

# %%
kwic(mine, protest, width=45)

# %% [markdown]
# ## Before you trust a lexicon on real data
#
# - **Start from the template**: `framing lexicon new NAME` writes a valid file with every field explained; the format is in `docs/matching.md` ("Writing your own lexicon"). Give every term a `class` (as here: `noun`), as the shipped lexicons do.
# - **Read the concordance** for every term, with `voice="all"`: look for *near-misses*. A look-alike *spelling* that is another word goes to the term's `exclude:` list; the same spelling in *another sense* (detainees trapped in a fire, prisoners' club) gets a context rule, as in the shipped lexicons: `not_near`, `not_before`, `not_in`, `letters` or `scope` (`docs/matching.md`). `kwic(..., left_out=True)` shows what a rule removed.
# - **Measure precision by hand**: `framing audit sample` draws lines per term, `framing audit score` gives the precision with its interval; record it under the term's `validated:` (every shipped term does) and say in its `note` what a term below 90% still counts.
# - **Look for forms you forgot**: `kwic(mine, word="متظاهر")` finds a single word with all clitics; the keyness notebook (03) finds frequent words you did not think of.
# - **Keep the file under version control** and cite its version: a count is only reproducible with the lexicon that made it.
# - A word counts **what was written, not what was meant**: see `coursework/ethics.md`.
