"""Discover contested terms: which word does each outlet use where another uses X.

Every lexicon count starts from words someone listed; ``discover`` finds the words that stand in
for each other, from the corpus itself (issue 18; plain language in ``docs/methods.md``):

1. **Aligned sentences within events.**  Inside each event that two or more groups (outlets)
   cover, every sentence of one group's article is paired with the most similar sentence of
   another group's article: Jaccard similarity of their sets of *stems* (``normalize`` +
   ``framing.text.split``: والمحتجزين → محتجزين) at least ``min_similarity``.  Wire copies an
   outlet rewrote (``copy_of``) are the best source: the same sentences with words swapped.
2. **Substitutions.**  ``difflib.SequenceMatcher`` over the two stem sequences; every
   ``replace`` of 1–3 words by 1–3 words is a candidate substitution, once stop words and words the other
   sentence also writes are cut from its ends (:func:`_trim`: «مقتل وإصابة» / «استشهاد … وإصابة»), and so is one word
   inflected two ways at the same end of both (:func:`_trim_common` with :func:`_inflection_key`: «قيادة تهنئ» /
   «ملك نائب يهنئان» → قيادة / ملك نائب, a verb agreeing with two subjects); a stretch that is one unit or word
   written two ways (:func:`_one_word_or_unit`: كجم / كيلو غرامات) gives no pair at its edges.  Left
   out: numbers and number words (``NUMBER_WORDS``: مليون/مليار), month and weekday names, content words found
   elsewhere in the other sentence (names and reordering), the group's own name (house style: «المرصد» for «الأفق» in a
   dateline), spelling variants (one term inside the other, ة read as ت: زيارة/زيارته; stems ≥ 75 % alike by characters: أميركية/أمريكية, قتلى/قتلوا; or the
   same consonants once long vowels, hamza seats and the letters of a foreign g are set aside:
   ليج/ليغ, مدراء/مديرو; or one letter more at a skeleton's edge, not one that makes Arabic patterns:
   هولاند/أولوند, and سروج/سوروتش with تش read as ج: :func:`_transliterations`), a unit abbreviated or
   written out (:func:`_abbreviation`: كجم/كيلو جرام, كلم/كيلومترا), words holding a digit (ال21).
   Two aligned sentences that both give numbers and share none (:func:`_other_numbers`: gold fell 1.25 %, rose
   0.75 %; numbers of two digits or more) report two facts: their swaps are not counted.
3. **Recurrence and preference.**  Inflections and spellings of one pair are pooled (:func:`_root_key`: their
   words' endings ``ENDINGS`` cut, شهيدا/قتيلا with شهيد/قتيل, قالت/اكدت with قال/اكد; an imperfect's ي read as ت,
   يعتبر/تعتبر; ي and hamza seats inside a long word set aside, الميليشيات/المليشيات); the row is named by its most
   frequent stems.  A pair counts once per event; pairs seen in fewer than ``min_events`` events are dropped.  For each group, ``uses_a``/``uses_b`` = the aligned
   pairs in which it wrote a or b; ``consistency`` = Σ|uses_a − uses_b| / Σ(uses_a + uses_b)
   (1: every group always writes the same one of the two; 0: groups swap at random).
4. **Association and distributional support.**  Over the whole corpus, the counts of a and b in
   the articles of ``group_a`` and ``group_b`` give a log odds ratio (Haldane +0.5) with a 95 %
   Woolf interval (> 0: each group writes its own term).  ``neighbours`` = cosine similarity of
   the two terms' left/right neighbour-stem counts across the corpus (stop words left out): terms
   that stand in for each other share contexts; names and boilerplate do not.  The cosine is shrunk
   by ``n / (n + SHRINK)`` (``n``: occurrences of the rarer term), since a term seen once shares its
   neighbours with its substitute by construction.
   ``swap_share`` = events / (events in which the more frequent of the two terms occurs at all, among
   those told by two or more groups, + ``SHARE_K``): a pair of common words (قال/أوضح, مشاريع/مشروعات) is
   seen swapped in many events only because it occurs in thousands; a contest is swapped in a large share
   of the events that name it.  ``SHARE_K`` keeps a word seen in one event from a share of 1.
   ``rank = events × consistency × swap_share × √(2 / words)`` (words: in the
   two terms together, so a one-off paraphrase of three words for three ranks below a word for a word;
   ``neighbours`` is shown, not ranked: synonyms share their neighbours more than a contest's names do, since a
   loaded name brings its own epithets), × ``ONE_ROOT`` when the two terms are two derivations of one root
   (:func:`_same_root`: تواجد/وجود) or one word inflected two ways (:func:`_inflections`: أدانت/تدين, توفي/وفاة),
   a pair that is one word in two plurals or spellings (:func:`_variants`: مشاريع/مشروعات, مهام/مهمات) is left
   out, and so is a pair of two neutral verbs of reporting speech (:func:`_neutral_saying`: أوضح/قال, a house
   habit whichever outlet writes which; أكد and زعم are not neutral, so أكد/قال and زعم/قال stay),
   × max(``topical``, ``MIN_TOPICAL``): ``topical`` = the smaller of the two terms' residual IDF (bits, Church
   and Gale: how much more a term comes in bursts than chance would spread it over the articles;
   :func:`_side_topical`): general vocabulary (قال/أوضح, قادم/مقبل, حالي/جاري) is spread evenly (about 0), a named
   group or event (الحوثيين, داعش) comes in bursts in the articles about it (1 bit or more); a term in fewer than
   ``RARE_DOCS`` articles counts as ``RARE_TOPICAL`` at least (too rare to tell), and × ``JOINED`` when the corpus
   writes the two terms as a list «a وb» ``MIN_JOINED`` times or more (``joined``: two places or groups, تعز وعدن,
   not two names for one), × ``NAMED`` when one term stands in a person's name (after بن, أبو, آل or a title
   such as الأمير, or before بن) or an agency's, paper's or channel's (after وكالة, صحيفة, قناة) at ``NAME_SHARE``
   of its places or more (``name``: سلمان/نايف, two people), or when both terms are made of titles and forms of
   address only (``TITLES``, :func:`_titles`: الأمير/سموه, one person named by protocol),
   and × ``TOGETHER`` when one sentence names both terms, ``NEAR_GAP`` words apart or more, at ``MIN_TOGETHER``
   of the places of one of them or more (``together``, the lower 95 % Wilson bound of that share: إيران … طهران,
   a cup and its match, two things one sentence names, not two names for one; side by side, «المتمردين
   الحوثيين», is a name and its epithet and does not count: :func:`_near`),
   and × ``quoted`` / (the corpus's share): ``quoted`` = the smaller of the two terms' shares of places between
   quotation marks (:func:`framing.lexicon.quotes.quote_spans`), each shrunk towards the corpus's share of all the
   candidate terms' places by ``QUOTED_SHRINK`` places (:func:`_quoted_share`).  The names a contest is about are
   the parties' words too, so they also stand in the statements outlets quote (المتمردين, الشهداء, الاحتلال); an
   outlet's copy-editing habit (القادم/المقبل, الجاري/الحالي, ابتداء/اعتبارا) is its own voice and is rarely
   quoted.  A pair with a neutral verb of saying on one side (زعم/قال, أكد/قال: :func:`_saying`) has no such
   factor: those verbs introduce quotations and never stand inside one.
   And × ``MIXED`` when ``dispersion`` < ``MIN_DISPERSION`` (1): in the events the pair was swapped in, the groups ×
   (a, b) counts of the two terms' places, Pearson's χ² against the pooled share of a over its degrees of freedom
   (:func:`_dispersion`): under 1, every group writes the two at about one rate, mixing them as a writer varies a
   synonym (محادثات/مفاوضات, معارك/مواجهات), while a contest's groups each keep to their term (far above 1).
   Rows that are one substitution cut at different places (سابق/مخلوع and رئيس يمني سابق/مخلوع; داعش/الدولة
   and داعش/الدولة الإسلامية) are one row (:func:`_merge_spans`), its events pooled, its rank the best rank of
   its cuts seen in ``SPAN_SHOWN`` of the events of its most frequent cut or more × (pooled events / that cut's own).
   Rows are listed by rank, each row's rank
   × ``SHARED`` for every row above it that shares one of its terms, so that one word (قال, with all its
   synonyms) does not fill the top of the list; a term of ``NAMED_BITS`` or more residual IDF (a named thing:
   الحوثيين, داعش) is exempt, since each other name outlets give it is a finding (a naming contest has
   several: الحوثيين / الميليشيات / المتمردين).

5. **Within-event term contrast** (a second source of candidates, no aligned sentences needed; on with
   ``contrast=True``: it costs about 70% more time and on real news mostly confirms what step 1 finds).  Inside each event, for each two groups, the 1–3-word stem phrases that one group
   writes in its own voice (words between quotation marks left out: :func:`framing.lexicon.quotes.quote_spans`, the voice layer's) and the other never writes
   in the event are paired when they fill the same slot: the same left or right neighbour word (not a stop
   word) beside at most ``MAX_SLOT`` places of such phrases, the shortest phrase at each place, words the two
   phrases share at either end cut (زعم المتحدث / قال المتحدث → زعم / قال), the filters of step 2 applied.
   A pair counts once per event.  A pair seen this way in events without an aligned swap adds
   ``CONTRAST_WEIGHT`` × those events to the rank's event count (and to the swap share's numerator) only
   when the corpus-wide log-odds interval is above 0 (each group does write its own term more: the
   distributions are complementary); a pair seen only by contrast is kept when it is so in ``min_events``
   events.  Rows keep their aligned names, preference and evidence when they have aligned swaps; the
   ``source`` column says which method found each row, evidence from contrast is joined by ``≈``.

Memory holds the stems of one event's articles, a per-word stem cache and one small record per
distinct substitution seen (evidence kept as sentence offsets): peak ≈0.96 GB on the 30,175
SaudiNewsNet articles, corpus included.  An event with more than ``MAX_ARTICLES`` articles is
sampled by group, each article to its first ``MAX_SENTENCES`` sentences.
"""
from __future__ import annotations

import difflib
import functools
import math
from collections import Counter, defaultdict

from ._progress import bar
from .corpus import group_names
from .errors import UsageError
from .lexicon.quotes import quote_spans
from .text import normalize, split
from .text.clitics import hamza_al
from .text.dates import MONTHS
from .text.tokenize import SENTENCE_END, WORD_RE, sentences
from .text.vocab import stopwords, word_counts

__all__ = ["discover", "write_lexicon_draft", "DISCOVER_COLUMNS"]

#: one event: at most this many articles (spread over its groups), each to this many sentences
MAX_ARTICLES = 24
MAX_SENTENCES = 40
MIN_SENTENCE = 5            # words; shorter sentences (datelines, captions) are not aligned
MAX_PHRASE = 3              # words on either side of a substitution
SHARE_K = 3                 # events added to the swap share's denominator (a term seen in one event shares it by chance)
SHRINK = 5                  # neighbour similarity × n / (n + SHRINK), n = occurrences of the rarer term
MAX_BLOCK = 12              # longest differing stretch whose words next to a shared word are still paired
CONTRAST_SENTENCES = 12     # contrast: sentences read per article (title and lead: where outlets name things)
CONTRAST_PHRASE = 3         # contrast: words in a term at most
MAX_SLOT = 2                # contrast: a neighbour word beside more places of such terms (one per group) is no slot
CONTRAST_WEIGHT = 0.5       # an event supporting a pair by contrast only counts this much in the rank
ONE_ROOT = 0.2             # rank × this for two derivations of one root (two plurals, a verb and its noun)
MIN_TOPICAL = 0.1           # rank × max(topical, this): residual IDF (bits) of the pair's more general term
RARE_DOCS = 10              # a term in fewer articles than this …
RARE_TOPICAL = 0.5          # … counts as at least this topical (too rare to tell)
NAMED_BITS = 1.0            # a term this topical or more (twice as clustered as chance) is a named thing: not spread
MIN_JOINED = 2              # a pair written «a وb» (or «b وa») this many times or more in the corpus …
JOINED = 0.2                # … has its rank × this (two things listed together, not two names for one)
EVIDENCE_KEPT = 8            # sentence pairs kept per candidate while counting (3 shown, repeated wire text left out)
SPELLING_ALIKE = 0.75       # character similarity above which two stems are spelling variants
WEEKDAYS = frozenset(normalize(w, lower=True) for w in (
    "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "اثنين", "ثلاثاء", "أربعاء",
    "خميس", "جمعة", "سبت", "أحد", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))

#: number words (a count written in letters is a number, as a digit is: مليون/مليار, ثلاث/خمس are two amounts);
#: the last line is the fractions; خمس (five and a fifth) stands once, with the counts
NUMBER_WORDS = frozenset("""
واحد واحدة احد احدى اثنان اثنين اثنتان اثنتين اثنا اثني ثلاث ثلاثة اربع اربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية
تسع تسعة عشر عشرة عشرات عشرون عشرين ثلاثون ثلاثين اربعون اربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين
تسعون تسعين مئة مائة مئات مئتان مئتين مائتان مائتين الف الاف الفا الوف مليون ملايين مليار مليارات
اول اولى ثاني ثانية ثالث ثالثة رابع رابعة خامس خامسة سادس سادسة سابع سابعة ثامن ثامنة تاسع تاسعة عاشر عاشرة
نصف ربع ثلث ثلثي
""".split())

#: words that stand just before a person's name (بن سلمان، الأمير تركي، أبو بكر) or an agency's, paper's or channel's
#: (وكالة فرانس برس) or, بن and بنت, just after one (stems): a term found in such a slot in ``NAME_SHARE`` of its
#: occurrences or more is a name (سلمان/نايف: two people, not two names for one; الصحافة الفرنسية/فرانس برس: one
#: agency's name translated and transliterated, house style), and its pair's rank is × ``NAMED``
NAME_BEFORE = frozenset("بن بنت ابن ابو ال امير اميرة ملك شيخ سيد سيدة دكتور مهندس وكالة صحيفة قناة".split())
#: titles and forms of address (stems): a pair whose two terms are made of them only (الأمير/سموه, جلالته/فخامته,
#: خادم الحرمين/الملك) names a person by protocol, not a contest; its rank is × ``NAMED``
TITLES = frozenset("""امير اميرة ملك ملكة رئيس شيخ سمو سموه جلالة جلالته فخامة فخامته معالي معاليه سعادة سعادته
سماحة سماحته خادم حرمين شريفين ولي عهد نائب""".split())
NAME_AFTER = frozenset(("بن", "بنت"))
NAME_SHARE = 0.3
NAMED = 0.1
#: a pair whose terms stand within ``NEAR`` words of each other (``NEAR_GAP`` apart or more: not one name and its
#: epithet) at ``MIN_TOGETHER`` of the places of one of them or more has its rank × ``TOGETHER``: two things one
#: sentence names together (a state and its capital, a cup and its match, two currencies), not two names for one
NEAR = 40
NEAR_GAP = 3
MIN_TOGETHER = 0.2
TOGETHER = 0.2

DISCOVER_COLUMNS = ["term_a", "term_b", "spelling_a", "spelling_b", "group_a", "group_b", "groups_a", "groups_b",
                    "events", "aligned", "source", "pairs", "consistency", "log_odds", "ci_low", "ci_high", "neighbours", "swap_share", "topical", "joined", "together", "name", "quoted", "dispersion", "rank",
                    "set", "evidence"]


class _Stems:
    """Surface word → stem, cached: ``normalize(lower=True)`` then the stem of ``split(word, vocab)``."""

    def __init__(self, vocab: Counter):
        self.vocab, self.cache = vocab, {}

    def __call__(self, surface: str) -> str:
        s = self.cache.get(surface)
        if s is None:
            n = normalize(surface, lower=True)
            s = self.cache[surface] = split(n, self.vocab, article=not hamza_al(surface))[1]
        return s


def _without_boilerplate(df, col):
    """``df`` with each text stripped of the lines its outlet repeats (link footers, tag lists:
    :mod:`framing.text.boilerplate`), so a footer swapped for another is no substitution."""
    from .text.boilerplate import stripped_lines
    who = df["outlet"] if "outlet" in df.columns else df[col]
    titles = df["title"].tolist() if "title" in df.columns else [None] * len(df)
    return df.assign(text=["\n".join(x) for x in stripped_lines(who.tolist(), titles, df["text"].tolist())])


def _article_text(row) -> str:
    title, text = row.title if isinstance(row.title, str) else "", row.text if isinstance(row.text, str) else ""
    return f"{title}\n{text}" if title else text


def _sentences(text: str, stem) -> list[tuple[tuple[int, int], list[str], tuple[bool, ...]]]:
    """``((start, end), stems, quoted)`` of the first ``MAX_SENTENCES`` sentences of ``text`` long enough
    to align (offsets into ``text``: evidence is kept as offsets, its text read back at the end;
    ``quoted[i]``: word i stands between quotation marks, someone else's words)."""
    out = []
    quotes = quote_spans(text)
    for s, e in sentences(text)[:MAX_SENTENCES]:
        ms = list(WORD_RE.finditer(text, s, e))
        if len(ms) >= MIN_SENTENCE:
            inside = tuple(any(a <= m.start() < b for a, b in quotes) for m in ms) if quotes else (False,) * len(ms)
            out.append(((s, e), [stem(m.group()) for m in ms], inside))
    return out


def _aligned(sa, sb, min_similarity: float, stop=frozenset()):
    """Pairs ``(i, j, similarity)`` of sentences of two articles that say the same thing (best match of each
    sentence of ``sa``, Jaccard of stem sets ≥ ``min_similarity``, each sentence used once)."""
    sets_b = [set(x[1]) - stop for x in sb]
    scored = []
    for i, (_, stems, _) in enumerate(sa):
        a = set(stems) - stop
        for j, b in enumerate(sets_b):
            inter = len(a & b)
            if inter:
                jac = inter / (len(a) + len(b) - inter)
                if jac >= min_similarity:
                    scored.append((jac, i, j))
    used_a, used_b, out = set(), set(), []
    for jac, i, j in sorted(scored, reverse=True):
        if jac < 1.0 and i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((i, j, jac))
    return out


def _trim(words: list[str], stop, other=frozenset()) -> list[str]:
    """``words`` without the stop words and the words of ``other`` (the other sentence's content words, when given)
    at either end: a shared word the diff left inside a differing stretch («مقتل وإصابة» / «استشهاد … وإصابة»,
    «تحرير» / «استعادة عدن» with عدن earlier in the first sentence) is no part of the swap."""
    i, j = 0, len(words)
    while i < j and (words[i] in stop or words[i] in other):
        i += 1
    while j > i and (words[j - 1] in stop or words[j - 1] in other):
        j -= 1
    return words[i:j]


def _substitutions(a: list[str], b: list[str], stop, banned, vocab=None):
    """``(phrase_a, phrase_b)`` stem phrases that one sentence writes where the other writes the other:
    each ``replace`` block of 1–3 words on both sides once stop words and words the other sentence also writes
    are cut from its ends (:func:`_trim`); in a longer or uneven block anchored by a shared word, also the
    first (or last) words next to the anchor (عائلات «رهائن تعتصم» أمام / عائلات «محتجزين» أمام → رهائن/محتجزين).
    Only content words count as found elsewhere in the other sentence (:func:`_clean`): «عن» in «أسفر عن
    استشهاد» is no reordering."""
    out = []
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    set_a, set_b = set(a) - stop, set(b) - stop
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "replace":
            continue
        cands = [(_trim(a[i1:i2], stop, set_b), _trim(b[j1:j2], stop, set_a))]
        if all(cands[0]) and _one_word_or_unit(" ".join(cands[0][0]), " ".join(cands[0][1])):
            continue                                        # one word or unit written two ways: its words are no swap either
        if (i2 - i1 != j2 - j1 or i2 - i1 > MAX_PHRASE) and max(i2 - i1, j2 - j1) <= MAX_BLOCK:
            if (i1 > 0) == (j1 > 0):                         # anchored on the left (or both at the start)
                cands.append(([a[i1]], [b[j1]]))
            if (i2 < len(a)) == (j2 < len(b)):               # anchored on the right (or both at the end)
                cands.append(([a[i2 - 1]], [b[j2 - 1]]))
        for pa, pb in cands:
            pair = _clean(_trim(pa, stop), _trim(pb, stop), set_a, set_b, banned, vocab)
            if pair and pair not in out:
                out.append(pair)
    return out


def _conjunction_off(word: str, vocab) -> str | None:
    """``word`` without a leading و or ف read as a conjunction (the rest a word of its own, as
    :func:`framing.text.split` reads it: seen at least a tenth as often), else None (فرنسية stays)."""
    if word[:1] in ("و", "ف") and len(word) > 3 and (vocab is None or vocab.get(word[1:], 0) > vocab.get(word, 0) / 10):
        return word[1:]
    return None


#: long vowels and hamza seats: the letters two spellings or plurals of one word may differ by
_VOWEL_LETTERS = "اويىءأإآؤئ"
_VOWELS = str.maketrans({c: None for c in _VOWEL_LETTERS})
#: letters left out (long vowels, hamza seats) and letters merged (ways of writing a foreign g, t, s, z)
#: when two terms are compared as consonant skeletons
_SKELETON = str.maketrans({**{c: None for c in _VOWEL_LETTERS + " "}, "ة": "ت", "ط": "ت", "غ": "ج", "ق": "ج",
                           "گ": "ج", "ك": "ج", "ص": "س", "ذ": "ز", "ظ": "ز", "چ": "ج", "ڤ": "ف", "پ": "ب"})


def _bare(term: str) -> str:
    """``term``'s words without a leading ال (on words of five letters or more), joined without spaces."""
    return "".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in term.split())


def _skeleton(term: str) -> str:
    """``term``'s consonants, without a leading ال on each word (:data:`_SKELETON`): equal skeletons mean one
    word spelled two ways (جال/غال, هولندا/هولاندا) or inflected (مدراء/مديرو), not two words."""
    return _bare(term).translate(_SKELETON)


#: letters that make Arabic patterns (derivation, not spelling): one of them more or less, or changed, is
#: another word of the same root (انفجار/تفجير, طائرات/طيران), which :func:`_same_root` demotes instead
_PATTERN_LETTERS = frozenset("تمنس")


def _edge_letter(a: str, b: str) -> str | None:
    """The letter that ``a`` and ``b`` differ by when one is the other with one letter more at its start or end
    (None otherwise)."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) != len(short) + 1:
        return None
    if long_[1:] == short:
        return long_[0]
    return long_[-1] if long_[:-1] == short else None


def _transliterations(ta: str, tb: str) -> bool:
    """``ta`` and ``tb`` are one foreign name in two transliterations: their consonant skeletons
    (:func:`_skeleton`, 3 and 4 or more letters) are equal once تش is read as ج (سروج/سوروتش, a Turkish ç), or
    one has a letter more at its start or end that makes no Arabic pattern (:data:`_PATTERN_LETTERS`):
    هولاند/أولوند (a French h).  A letter more inside (ائتلاف/تحالف, أجهزة/جهات) is another word."""
    sa, sb = (_skeleton(t.replace("تش", "ج")) for t in (ta, tb))
    if sa == sb:
        return bool(sa)
    if min(len(sa), len(sb)) < 3:
        return False
    edge = _edge_letter(sa, sb)
    return edge is not None and edge not in _PATTERN_LETTERS


_LONG_VOWELS = frozenset("اويىةآأإ")


def _abbreviation(short: str, long_: str) -> bool:
    """``short`` abbreviates ``long_`` (a unit or a name's initials written as a word): one word of 2–4 letters
    without a long vowel whose letters stand in order in ``long_`` (spaces aside) from its first letter on,
    ``long_`` at least twice as long (كجم/كيلو جرام, كلم/كيلومترا, كم/كيلومتر; حكم/حكومة is not)."""
    joined, short = long_.replace(" ", "").replace("غ", "ج"), short.replace("غ", "ج")   # a foreign g: كيلو غرام
    if " " in short or not 2 <= len(short) <= 4 or set(short) & _LONG_VOWELS or len(joined) < 2 * len(short):
        return False
    if joined[0] != short[0]:
        return False
    rest = iter(joined[1:])
    return all(ch in rest for ch in short[1:])


#: the letters Arabic adds to a root to make its patterns (long vowels, hamza seats, ta marbuta, the م of
#: participles and the ت ن of verb forms and plurals): two terms left with the same two or more letters once
#: they are set aside are two derivations of one root (مشاريع/مشروعات, تواجد/وجود, مشاكل/مشكلات)
_PATTERN = str.maketrans({c: None for c in _VOWEL_LETTERS + "ةتمن "})


def _same_root(ta: str, tb: str) -> bool:
    """``ta`` and ``tb`` keep the same letters (two or more) once :data:`_PATTERN` and a leading ال are set aside."""
    ra, rb = (_bare(t).translate(_PATTERN) for t in (ta, tb))
    return len(ra) >= 2 and ra == rb


#: a verb's person prefix and the endings of inflection (person, number, gender, a possessive), cut by
#: :func:`_inflection_key`: the first of each that a word has
_PERSON_PREFIXES = "يتنا"
_INFLECTION_ENDINGS = ("ات", "ون", "ين", "وا", "ان", "تا", "ها", "هم", "ت", "ة", "ه", "ا")


def _inflection_key(word: str) -> str:
    """``word`` without a verb's person prefix (a word of four letters or more), its first ending of inflection
    (:data:`_INFLECTION_ENDINGS`, two letters or more left) and its long vowels and hamza seats: what the tenses
    and persons of one verb and its verbal noun keep (أدانت/تدين → دن, توفي/وفاة → ف, أدت/تؤدي → د)."""
    if len(word) >= 4 and word[0] in _PERSON_PREFIXES:
        word = word[1:]
    word = _cut_ending(word, _INFLECTION_ENDINGS, 2)
    return word.translate(_VOWELS)


def _inflections(ta: str, tb: str) -> bool:
    """``ta`` and ``tb`` are one word inflected two ways: as many words, each pair with the same
    :func:`_inflection_key` (أدانت/تدين, توفي/وفاة, انتهت/انتهاء).  Unlike :func:`_same_root` it keeps the
    م and ن of a word's pattern (نتج/نجم, قوات/مقاومة stay apart), so one letter left is enough."""
    return _word_by_word(ta, tb, _inflection_key, 1)


def _word_by_word(ta: str, tb: str, key, least: int) -> bool:
    """``ta`` and ``tb`` have as many words, and each pair of words the same ``key`` of ``least`` letters or more
    (:func:`_inflections`, :func:`_variants`)."""
    wa, wb = ta.split(), tb.split()
    return len(wa) == len(wb) and all(len(k := key(x)) >= least and k == key(y) for x, y in zip(wa, wb))


#: ة read as ت, and a hamza on و or ي (ؤ, ئ) as ء on the line, when one term is looked for inside the other (a noun
#: before a possessive ending: زيارة/زيارته, انتماء/انتمائهم; أ and إ are left as they are)
_ONE_SEAT = str.maketrans({"ة": "ت", "ؤ": "ء", "ئ": "ء"})


def _clean(pa, pb, set_a, set_b, banned, vocab=None):
    """The pair ``(phrase_a, phrase_b)`` unless a filter leaves it out (see the module docstring)."""
    if not pa or not pb or len(pa) > MAX_PHRASE or len(pb) > MAX_PHRASE:
        return None
    if pa[0][:1] == pb[0][:1] and len(pa[0]) > 3 and len(pb[0]) > 3 and (
            _conjunction_off(pa[0], vocab) or _conjunction_off(pb[0], vocab)):
        pa, pb = [pa[0][1:], *pa[1:]], [pb[0][1:], *pb[1:]]   # a conjunction both carry (وزعم/وقال) is not the change
    if any(not w or not w[0].isalpha() or any(ch.isdigit() for ch in w) or w in banned for w in pa + pb):
        return None
    pa, pb = _trim_common(pa, pb, _inflection_key)   # one word inflected two ways at an end is no part of the swap
    if set(pa) & set_b or set(pb) & set_a:      # found elsewhere in the other sentence: a name, a reordering
        return None
    ta, tb = " ".join(pa), " ".join(pb)
    ca, cb = (t.replace(" ", "").translate(_ONE_SEAT) for t in (ta, tb))
    if ca in cb or cb in ca or difflib.SequenceMatcher(None, ca, cb).ratio() >= SPELLING_ALIKE:
        return None                              # spelling: عبد العزيز/عبدالعزيز, أميركية/أمريكية; زيارة/زيارته, انتماء/انتمائهم
    if _one_word_or_unit(ta, tb):
        return None                              # ليج/ليغ, مدراء/مديرو, هولاند/أولوند; كجم/كيلو جرام, كلم/كيلومترا
    da, db = ca.replace("ال", ""), cb.replace("ال", "")
    if min(len(da), len(db)) >= 4 and (da in db or db in da):
        return None                              # a name written whole or in part: عبد عزيز/عبدالعزيز ال سعود
    return ta, tb


def _one_word_or_unit(ta: str, tb: str) -> bool:
    """``ta`` and ``tb`` are one word in two transliterations or inflections (one consonant skeleton:
    :func:`_skeleton`, :func:`_transliterations`) or one unit abbreviated and written out (:func:`_abbreviation`)."""
    return _skeleton(ta) == _skeleton(tb) or _transliterations(ta, tb) or _abbreviation(ta, tb) or _abbreviation(tb, ta)


def _house_words(groups, stem) -> set[str]:
    """Stems of a group's names: its value, and its ``outlet``, ``outlet_name``, ``outlet_name_ar``
    (an outlet's name in its dateline or byline is house style, not wording; left out of its pairs)."""
    out = set()
    for g in groups:
        out.update(stem(w) for w in WORD_RE.findall(str(g)))
    return {w for w in out if len(w) > 2}


def _banned(stem) -> frozenset[str]:
    """Words no term may hold: month and weekday names (normalised) and number words (stems, as ``stem`` makes them)."""
    months = {normalize(w, lower=True) for name in MONTHS for w in name.split() if len(w) >= 4}
    return frozenset(months | WEEKDAYS | {stem(w) for w in NUMBER_WORDS})


def _event_articles(ev, col: str, max_articles: int):
    """At most ``max_articles`` articles of one event, taken round-robin over its groups (copies first)."""
    if len(ev) <= max_articles:
        return ev
    order = ev.assign(_c=ev["copy_of"].isna() if "copy_of" in ev.columns else True).sort_values(["_c", "id"])
    order = order.assign(_k=order.groupby(col, sort=False).cumcount()).sort_values(["_k", "_c"], kind="stable")
    return order.head(max_articles).drop(columns=["_c", "_k"])


def _event_pairs(arts, stem, stop, banned, house, min_similarity):
    """Substitutions of one event: ``(term_a, term_b, group_a, group_b, evidence)`` per aligned pair,
    terms ordered alphabetically (``group_a`` writes ``term_a``); ``arts``: ``(id, group, sentences)``
    of the event's articles (:func:`_sentences`)."""
    out = []
    nums = [[_numbers(st) for _, st, _ in sents] for _, _, sents in arts]      # once per sentence, not per pair
    for x in range(len(arts)):
        for y in range(x + 1, len(arts)):
            (ia, ga, sa), (ib, gb, sb) = arts[x], arts[y]
            if ga == gb:
                continue
            for i, j, sim in _aligned(sa, sb, min_similarity, stop):
                if _two_facts(nums[x][i], nums[y][j]):
                    continue
                for ta, tb in _substitutions(sa[i][1], sb[j][1], stop, banned | house.get(ga, set()) | house.get(gb, set()),
                                             stem.vocab):
                    ev_pair = (ia, sa[i][0], ib, sb[j][0], sim)
                    if ta > tb:
                        ta, tb, ga_, gb_, ev_pair = tb, ta, gb, ga, (ib, sb[j][0], ia, sa[i][0], sim)
                    else:
                        ga_, gb_ = ga, gb
                    out.append((ta, tb, ga_, gb_, ev_pair))
    return out


def _numbers(words: list[str]) -> frozenset:
    """The words of a sentence holding two digits or more (a decimal point splits 0.6 into 0 and 6: one digit
    alone says little)."""
    return frozenset(w for w in words if not w.isalpha() and sum(ch.isdigit() for ch in w) >= 2)


def _two_facts(na: frozenset, nb: frozenset) -> bool:
    """Two sentences whose numbers (:func:`_numbers`) are ``na`` and ``nb`` report two facts when both give
    numbers and share none of them."""
    return bool(na and nb and not na & nb)


def _other_numbers(a: list[str], b: list[str]) -> bool:
    """Two sentences (stems) that both give numbers and share none of them report two facts (gold fell 1.25 %,
    gold rose 0.75 %; 1,077 dollars, 40 riyals), however alike their words: their swaps are no rewording.  A
    number of one digit (0.6 is read as 0 and 6) gives no evidence either way (:func:`_numbers`)."""
    return _two_facts(_numbers(a), _numbers(b))


@functools.lru_cache(maxsize=1 << 18)
def _plain(w: str) -> bool:
    return bool(w) and w[0].isalpha() and not any(ch.isdigit() for ch in w)


def _own_terms(doc, sents, stop, bad, terms: set, slots) -> None:
    """Add to ``terms`` the 1–``MAX_PHRASE``-word stem phrases of the first ``CONTRAST_SENTENCES`` sentences
    (and the single words of the others) of one article written in its own voice (no quoted word, no stop word at either end, no number and no
    ``bad`` word), and to ``slots`` (``{slot: {place: [(term, doc, span)]}}``) where they stand: each slot a
    neighbour word (``("L", word)`` before the term, ``("R", word)`` after it; not a stop word), each place
    ``(doc, sentence, position)`` beside it."""
    for _, stems, quoted in sents[CONTRAST_SENTENCES:]:        # later sentences: their words are written too
        terms.update(w for w, q in zip(stems, quoted) if not q)
    for span, stems, quoted in sents[:CONTRAST_SENTENCES]:
        n = len(stems)
        ok = [not q and w not in bad and _plain(w) for w, q in zip(stems, quoted)]
        for i in range(n):
            if stems[i] in stop or not ok[i]:
                continue
            left = stems[i - 1] if i and stems[i - 1] not in stop else None
            for j in range(i + 1, min(i + CONTRAST_PHRASE, n) + 1):
                if not ok[j - 1]:
                    break
                if stems[j - 1] in stop:
                    continue
                t = " ".join(stems[i:j])
                terms.add(t)
                if left is not None:
                    slots[("L", left)][(doc, span, i)].append((t, doc, span))
                if j < n and stems[j] not in stop:
                    slots[("R", stems[j])][(doc, span, j)].append((t, doc, span))


def _trim_common(pa: list, pb: list, key=None):
    """Two phrases without the words they share at either end (زعم متحدث / قال متحدث → زعم / قال); with ``key``,
    words with the same key count as shared (:func:`_inflection_key`: قيادة تهنئ / ملك نائب يهنئان → قيادة / ملك نائب)."""
    same = (lambda x, y: x == y) if key is None else (lambda x, y: len(k := key(x)) >= 2 and k == key(y))
    while len(pa) > 1 and len(pb) > 1 and same(pa[0], pb[0]):
        pa, pb = pa[1:], pb[1:]
    while len(pa) > 1 and len(pb) > 1 and same(pa[-1], pb[-1]):
        pa, pb = pa[:-1], pb[:-1]
    return pa, pb


def _event_contrast(arts, stop, banned, house, vocab=None):
    """Within-event term contrast (no aligned sentences needed): for each two groups of the event, the terms
    that one writes in its own voice and the other never writes in the event, paired when they fill the same
    slot (the same left or right neighbour word, beside at most ``MAX_SLOT`` places of such terms; at each
    place only the shortest term).  Returns ``(term_a, term_b, group_a, group_b, evidence)`` once per pair
    and event, as :func:`_event_pairs`."""
    terms: dict = {}
    slots: dict = {}
    for doc, g, sents in arts:
        _own_terms(doc, sents, stop, banned | house.get(g, set()), terms.setdefault(g, set()),
                   slots.setdefault(g, defaultdict(lambda: defaultdict(list))))
    groups = sorted(terms, key=str)
    best: dict = {}
    for x, ga in enumerate(groups):
        for gb in groups[x + 1:]:
            for key in sorted(slots[ga].keys() & slots[gb].keys()):     # sorted: the same evidence in every run
                side_a = _fillers(slots[ga][key], terms[gb])
                side_b = _fillers(slots[gb][key], terms[ga]) if side_a and len(side_a) < MAX_SLOT else []
                if not side_b or len(side_a) + len(side_b) > MAX_SLOT:
                    continue
                for oa in side_a:
                    for ob in side_b:
                        _contrast_pair(best, oa[0], ob[0], ga, gb, (oa[1], oa[2], ob[1], ob[2]), vocab, stop)
    return list(best.values())


def _fillers(places, other) -> list:
    """The shortest term at each place of a slot that the other group never writes: ``[(term, doc, span)]``."""
    out = []
    for cands in places.values():
        own = [c for c in cands if c[0] not in other]
        if own:
            out.append(min(own, key=lambda c: len(c[0])))
    return out


def _contrast_pair(best, ta, tb, ga, gb, ev, vocab, stop) -> None:
    """Add the pair ``(ta, tb)`` to ``best`` (once) unless a filter of :func:`_clean` leaves it out, after cutting
    the words both share at either end and any stop word then left at an edge (في الحي / على الحي → nothing)."""
    pa, pb = _trim_common(ta.split(), tb.split())
    pair = _clean(_trim(pa, stop), _trim(pb, stop), set(), set(), set(), vocab)
    if pair and pair not in best and pair[::-1] not in best:
        ta, tb = pair
        best[pair] = (ta, tb, ga, gb, ev) if ta < tb else (tb, ta, gb, ga, (ev[2], ev[3], ev[0], ev[1]))


#: endings that inflect one word (feminine, plurals, the accusative alif, the verb's feminine ت): pairs
#: whose words differ only by them are pooled (قالت/اكدت with قال/اكد, شهيدا/قتيلا with شهيد/قتيل)
ENDINGS = ("ات", "ون", "ين", "ة", "ت", "ا")


def _cut_ending(word: str, endings, keep: int) -> str:
    """``word`` without the first of ``endings`` it ends with, when ``keep`` letters or more remain."""
    for e in endings:
        if word.endswith(e) and len(word) - len(e) >= keep:
            return word[:-len(e)]
    return word


def _root_key(term: str) -> str:
    """``term`` with each word's inflectional ending cut (``ENDINGS``, when 3 letters or more remain), an
    imperfect's ي read as ت (يعتبر/تعتبر), and, in a word of five letters or more, the inner letters that
    spellings of one word differ by left out (:data:`_INNER`: ميليشيات/مليشيات)."""
    out = []
    for w in term.split():
        w = _cut_ending(w, ENDINGS, 3)
        if len(w) >= 3 and w[0] == "ي":
            w = "ت" + w[1:]                       # the imperfect's person: يعتبر/تعتبر
        if len(w) >= 5:
            w = w[0] + w[1:-1].translate(_INNER) + w[-1]
        out.append(w)
    return " ".join(out)


#: letters left out inside a word of five letters or more when pairs are pooled (ي and the hamza seats, the
#: letters spellings of one word differ by: ميليشيات/مليشيات, أمريكية/أميركية; not ا and و, which make
#: patterns: مشاريع/مشروعات, مقاتل/مقتول stay apart)
_INNER = str.maketrans({c: None for c in "يىءئؤأإآ"})


def _told_by_several(df, col) -> set:
    """The ``event_id`` of every event told by two or more groups (the only events aligned and counted)."""
    n = df.groupby("event_id")[col].nunique()
    return set(n.index[n > 1])


def _collect(df, col, stem, stop, min_similarity, max_articles, shared, contrast=True):
    """``{(key_a, key_b): {"events": set, "contrast": set, "uses": Counter((group, side)), "evidence": [...],
    "terms": Counter}}`` (keys: :func:`_root_key` of the terms, so inflections of one pair count together;
    ``terms`` counts the stem pairs seen, the most frequent names the row; ``events``: events with an aligned
    swap, ``contrast``: events with a within-event contrast (:func:`_event_contrast`); ``shared``:
    :func:`_told_by_several`)."""
    house = {g: _house_words(names, stem) for g, names in group_names(df, col).items()}
    banned = _banned(stem)
    found: dict = defaultdict(lambda: {"events": set(), "contrast": set(), "uses": Counter(), "cuses": Counter(), "cterms": Counter(), "evidence": [],
                                       "cevidence": [], "terms": Counter()})
    events = ((eid, ev) for eid, ev in df.groupby("event_id", sort=True) if eid in shared)
    for eid, ev in bar(events, "discover: aligning events", "event", total=len(shared)):
        ev = _event_articles(ev, col, max_articles)
        arts = [(r.id, getattr(r, col), _sentences(_article_text(r), stem)) for r in ev.itertuples(index=False)]
        sources = [("events", _event_pairs(arts, stem, stop, banned, house, min_similarity))]
        if contrast:
            sources.append(("contrast", _event_contrast(arts, stop, banned, house, stem.vocab)))
        for kind, pairs in sources:
            for ta, tb, ga, gb, evidence in pairs:
                _add(found, eid, kind, ta, tb, ga, gb, evidence)
    return found


def _add(found, eid, kind, ta, tb, ga, gb, evidence) -> None:
    """Count one substitution (``kind``: ``events`` aligned, ``contrast``) of event ``eid`` in ``found``."""
    ka, kb = _root_key(ta), _root_key(tb)
    if ka == kb:                                # two inflections of one word
        return
    if ka > kb:
        ka, kb, ta, tb, ga, gb = kb, ka, tb, ta, gb, ga
        evidence = (evidence[2], evidence[3], evidence[0], evidence[1], *evidence[4:])
    f = found[(ka, kb)]
    if kind == "contrast" and eid in f["contrast"]:
        return                                  # a contrast counts once per event
    f["terms" if kind == "events" else "cterms"][(ta, tb)] += 1
    f[kind].add(eid)
    uses = f["uses" if kind == "events" else "cuses"]
    uses[(ga, "a")] += 1
    uses[(gb, "b")] += 1
    ev = f["evidence" if kind == "events" else "cevidence"]
    sim = evidence[4] if len(evidence) > 4 else 0.0
    if (len(ev) < EVIDENCE_KEPT or sim > ev[-1][5]) and all(e[0] != evidence[0] or e[2] != evidence[2] for e in ev):
        ev.append((*evidence[:4], kind, sim))     # the most alike sentence pairs are kept: the clearest evidence
        ev.sort(key=lambda e: -e[5])
        del ev[EVIDENCE_KEPT:]


def _preference(uses: Counter):
    """``(consistency, group_a, group_b, groups_a, groups_b)`` from per-group uses of a and b."""
    groups = sorted({g for g, _ in uses}, key=str)        # (ties below keep this order: same result every run)
    diff = {g: uses[(g, "a")] - uses[(g, "b")] for g in groups}
    total = sum(uses.values())
    consistency = sum(abs(d) for d in diff.values()) / total if total else 0.0
    ga = max(groups, key=lambda g: diff[g])
    gb = min(groups, key=lambda g: diff[g])
    prefer_a = [str(g) for g in sorted(groups, key=lambda g: -diff[g]) if diff[g] > 0]
    prefer_b = [str(g) for g in sorted(groups, key=lambda g: diff[g]) if diff[g] < 0]
    return consistency, ga, gb, prefer_a, prefer_b


def _corpus_pass(df, col, stem, stop, terms, shared, partners=None):
    """One pass over every article: per-group counts, printed spellings and neighbour counts of ``terms``
    (stem phrases).  Returns ``(counts[(group, term)], spellings[term], neighbours[term], events[term], spread)``
    (``events[term]``: the events told by two or more groups, ``shared``, in which the term occurs; ``spread``:
    ``{"articles": n, "docs": Counter(term → articles holding it), "and": Counter((term, term) → times the
    second follows the first joined by و: «تعز وعدن»), "name": Counter(term → places inside a person's name),
    "near": {term: Counter(frozenset of terms → places with them near: :func:`_near`)}, "quoted": Counter(term →
    places between quotation marks: :func:`_quoted`), "placed": places of all terms}``, read by
    :func:`_side_topical`, :func:`_joined`, :func:`_together` and the ``name`` column; ``partners`` (term → the terms
    it is paired with): the pairs whose places :func:`_near` counts)."""
    targets = {tuple(t.split()): t for t in terms}
    first = {k[0] for k in targets}
    counts, spell, neigh, events = Counter(), defaultdict(Counter), defaultdict(Counter), defaultdict(set)
    spread = {"articles": 0, "docs": Counter(), "and": Counter(), "name": Counter(), "near": defaultdict(Counter),
              "quoted": Counter(), "placed": 0, "cells": defaultdict(Counter)}
    for r in bar(df.itertuples(index=False), "discover: counting the candidates (articles)", "article", total=len(df)):
        surf, sid, text = [], [], _article_text(r)
        for k, chunk in enumerate(SENTENCE_END.split(text)):
            words = WORD_RE.findall(chunk)
            surf += words
            sid += [k] * len(words)
        stems = [s if s in first or s[1:] not in first or not _conjunction_off(s, stem.vocab) else s[1:]
                 for s in map(stem, surf)]
        g = getattr(r, col)
        places = [(i, n, t) for i, s in enumerate(stems) if s in first for n in range(1, MAX_PHRASE + 1)
                  if (t := targets.get(tuple(stems[i:i + n]))) is not None]
        spread["articles"] += 1
        spread["docs"].update({t for _, _, t in places})
        starts = defaultdict(list)
        for i, _, t in places:
            starts[i].append(t)
        _near(places, sid, spread["near"], partners)
        _quoted(text, places, spread["quoted"])
        spread["placed"] += len(places)
        for i, n, t in places:
            counts[(g, t)] += 1
            if r.event_id in shared:
                events[t].add(r.event_id)
                spread["cells"][r.event_id][(g, t)] += 1         # per event and group: :func:`_dispersion`
            spell[t][" ".join(surf[i:i + n])] += 1
            if (i and stems[i - 1] in NAME_BEFORE) or (i + n < len(stems) and stems[i + n] in NAME_AFTER):
                spread["name"][t] += 1                   # in a person's name: بن سلمان، الأمير تركي، نايف بن
            for k in (i - 1, i + n):
                if 0 <= k < len(stems) and stems[k] not in stop:
                    neigh[t][("L" if k < i else "R", stems[k])] += 1
            k = i + n
            if k in starts and surf[k][:1] == "و" and len(stems[k]) < len(surf[k]):   # «a وb»: a list of two things
                spread["and"].update((t, t2) for t2 in starts[k])
    return counts, spell, neigh, events, spread


def _quoted(text: str, places, quoted: Counter) -> None:
    """Count in ``quoted[t]`` each place of term ``t`` (``places``: ``(word index, words, term)`` of one article,
    ``text``) that stands between quotation marks (:func:`framing.lexicon.quotes.quote_spans`: someone else's words)."""
    spans = quote_spans(text) if places else []
    if not spans:
        return
    starts = [m.start() for m in WORD_RE.finditer(text)]
    quoted.update(t for i, _, t in places if any(a <= starts[i] < b for a, b in spans))


def _near(places, sid, near, partners=None) -> None:
    """Count in ``near[t][others]`` each place of term ``t`` whose sentence (``sid``: each word's sentence number)
    holds the terms ``others`` (a frozenset, one or more) within ``NEAR`` words of it but not next to it
    (``places``: ``(position, words, term)`` of one article; two things one sentence names: إيران … طهران, not
    «الحوثيين المتمردين», a name and its epithet).  A place counts once however many terms stand near it, so a
    share of a term's places (:func:`_together`) is never above 1.  ``partners`` (term → terms): only those pairs
    are counted (None: every pair)."""
    where = defaultdict(list)
    for i, n, t in places:
        where[t].append((i, n))
    for t, spots in where.items():
        others = where.keys() - {t} if partners is None else partners.get(t, set()) & where.keys()
        for i, n in spots:
            hit = frozenset(t2 for t2 in others
                            if any(sid[i2] == sid[i] and NEAR_GAP <= (i2 - i - n if i2 >= i + n else i - i2 - n2) <= NEAR
                                   for i2, n2 in where[t2]))
            if hit:
                near[t][hit] += 1


def _together(sides, spread) -> float:
    """``together`` (0–1): the larger over the two sides of the lower 95 % Wilson bound of the share of a side's
    places (``sides``: ``(stems, occurrences, other side's stems)``) with a term of the other side in the same
    sentence, not next to it (:func:`_near`); 0 for a side with no places.  A share seen in few places (3 of 20)
    is not taken for a habit.  The bound is :func:`framing.stats.agreement.wilson`'s at z = 1.96."""
    from .stats.agreement import wilson
    return max(wilson(sum(c for x in v for hit, c in spread["near"][x].items() if hit & w), occ, 1.96)[0]
               if occ > 0 else 0.0 for v, occ, w in sides)


def _cosine(a: Counter, b: Counter) -> float:
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    na, nb = math.sqrt(sum(v * v for v in a.values())), math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def _log_odds(counts: Counter, ga, gb, ta: str, tb: str):
    """Log odds ratio (Haldane +0.5) that ``ga`` writes ``ta`` rather than ``tb`` more than ``gb`` does,
    with its 95 % Woolf interval: ``(log_odds, ci_low, ci_high)``."""
    x = [counts[(ga, ta)] + .5, counts[(ga, tb)] + .5, counts[(gb, ta)] + .5, counts[(gb, tb)] + .5]
    lo = math.log(x[0] * x[3] / (x[1] * x[2]))
    se = math.sqrt(sum(1 / v for v in x))
    return lo, lo - 1.96 * se, lo + 1.96 * se


def _evidence(pairs, texts) -> str:
    """Evidence as one string: ``doc_a: «sentence» ⟷ doc_b: «sentence»`` for an aligned pair, ``≈`` between
    two sentences of one event that fill the same slot (contrast), joined by `` ‖ `` (``pairs``:
    ``(doc_a, (start, end), doc_b, (start, end), kind, similarity)``, shown aligned first, the most alike first;
    ``texts``: doc id → article text)."""
    def cut(doc, span):
        s = " ".join(texts[doc][span[0]:span[1]].split())
        return s if len(s) <= 240 else s[:237] + "…"
    out, seen = [], set()
    for a, sa, b, sb, kind, _ in sorted(pairs, key=lambda e: (e[4] != "events", -e[5])):
        ta, tb = cut(a, sa), cut(b, sb)
        if (ta, tb) not in seen and len(out) < 3:     # one wire sentence repeated under several ids is one piece of evidence
            seen.add((ta, tb))
            out.append(f"{a}: «{ta}» {'⟷' if kind == 'events' else '≈'} {b}: «{tb}»")
    return " ‖ ".join(out)


def _frame(corpus, by: str):
    """The articles DataFrame and the group column (``by``; ``event`` is not a group here)."""
    import pandas as pd

    from .corpus import Corpus, from_frame, load
    from .schema import require_events
    if isinstance(corpus, Corpus):
        df = corpus.df
    elif isinstance(corpus, pd.DataFrame):
        df = corpus if {"id", "text"} <= set(corpus.columns) else from_frame(corpus)
    else:
        df = load(corpus).df
    require_events(df, what="discover")
    cols = [c.strip() for c in by.split(",")] if isinstance(by, str) else list(by)
    if not cols or any(c not in df.columns or c in ("event_id", "id") for c in cols):
        raise UsageError(f"by must name columns of the corpus that group articles (outlet, credit, …), got {by!r}; "
                         f"columns: {', '.join(map(str, df.columns))}")
    if len(cols) > 1:                  # several columns compared as one: "outlet · credit"
        name = ",".join(cols)
        df = df.assign(**{name: df[cols].astype("string").fillna("–").agg(" · ".join, axis=1)})
        cols = [name]
    df = df[df[cols[0]].notna() & df["event_id"].notna()]
    return df.assign(discover_group=df[cols[0]]), cols[0]      # a plain name: itertuples renames "outlet,credit"


def discover(corpus, *, by: str = "outlet", min_events: int = 3, top: int | None = 30,
             min_similarity: float = 0.15, max_articles: int = MAX_ARTICLES, contrast: bool = False,
             words=None):
    """Candidate contested terms: pairs of words or short phrases that groups write in each other's
    place when they tell the same event (method in the module docstring and ``docs/methods.md``).

    ``corpus``: a Corpus, DataFrame or path with ``event_id`` (run ``framing events`` first, else
    :class:`~framing.errors.NoEventsError`).  ``by``: the column whose groups are compared (outlet),
    or several (``"outlet,credit"`` or a list: compared as one, ``outlet · credit``).
    ``min_events``: a pair must be seen in at least this many events.  ``top``: rows kept (None: all).
    ``min_similarity``: Jaccard similarity (0–1) of two sentences' stem sets to align them.
    ``max_articles``: articles read per event (spread over its groups).  ``contrast``: also pair the terms
    that groups write where the others never do within an event (module docstring, step 5).
    ``words``: a word or phrase (or a list of them) the researcher knows one side of a contest by: instead of the
    corpus-wide list, for each, the words and phrases groups write in its place (section «Seeded discovery» below;
    ``docs/methods.md`` §5e): every row of the whole list holding it (the term contrast always on) and the words
    that fill its contexts and are split between groups with it (``source`` ``contexts``); ``term_a`` is the
    word's side, ``top`` rows per word.

    Returns one row per candidate pair, best first (see the ranking in the module docstring); with ``words``, first
    a column ``word`` (the seed a row answers, as given), the seeds in the order given, each one's rows best first:
    ``term_a, term_b`` (normalised, clitic-split stems; inflections pooled, the most frequent named), ``spelling_a, spelling_b`` (most frequent printed forms), ``group_a,
    group_b`` (the group that most prefers each), ``groups_a, groups_b`` (every group preferring it,
    `` | ``-joined), ``events`` (events supporting, by either source), ``aligned`` (events with an aligned
    swap), ``source`` (``aligned``, ``contrast`` or ``both``; ``contexts`` for a seed's row from its contexts),
    ``pairs`` (aligned sentence pairs),
    ``consistency`` (0–1), ``log_odds, ci_low, ci_high`` (corpus-wide log odds ratio that group_a writes a and group_b
    writes b, 95 % CI), ``neighbours`` (0–1 cosine of the terms' neighbour counts), ``swap_share`` (0–1:
    supporting events / (events told by two or more groups that name the more frequent term + 3)), ``rank``
    ((aligned events + 0.5 × contrast-only events when ci_low > 0) × consistency
    × swap_share × √(2 / words in the two terms), × 0.2 for two derivations of one root or one word inflected two
    ways, × max(topical, 0.1),
    × 0.2 when joined ≥ 2, × 0.1 when name ≥ 0.3 or both terms are titles or forms of address, × 0.2 when
    together ≥ 0.2, × quoted / the corpus's quoted share unless one term is a neutral verb of saying, × 0.2 when
    dispersion < 1;
    rows that are one swap cut at different places are one row, their events pooled; the order
    also spreads the list over terms; two plurals or spellings of one word, and two neutral verbs of saying, are
    left out), ``topical`` (residual IDF in bits of the
    pair's more general term: about 0 for general vocabulary, 1+ for a named group or event; at least 0.5 for a
    term in fewer than 10 articles), ``joined`` (times
    the corpus writes the two as a list, «a وb» or «b وa»), ``together`` (0–1: lower 95 % bound of the share of one
    term's places with the other in the same sentence, not next to it), ``name`` (0–1: the larger share of a
    term's places inside a person's name), ``quoted`` (0–1: the smaller of the two terms' shares of places between
    quotation marks, each shrunk towards the corpus's share by 50 places), ``dispersion`` (χ² / degrees of freedom of
    the groups × (a, b) counts of the two terms in the events the pair was swapped in: about 1 when every group mixes
    the two at one rate, higher when groups keep to their own term), ``set`` (rows sharing a term, directly or through
    other rows, form one candidate set: 1 = the set of the best row) and ``evidence`` (up to 3 sentence pairs in
    the original spelling, aligned ones first, the most alike first, a wire sentence repeated under several ids once: ``id: «sentence» ⟷ id: «sentence»``; two sentences of one event
    that fill the same slot, from the contrast: ``id: «sentence» ≈ id: «sentence»``; joined by `` ‖ ``).
    """
    import pandas as pd
    if min_events < 1 or (top is not None and top < 1) or not 0 < min_similarity <= 1:
        raise UsageError("min_events and top must be ≥ 1 and min_similarity in (0, 1]")
    df, by = _frame(corpus, by)
    col = "discover_group"
    df = _without_boilerplate(df, col)
    stop = stopwords("all")
    stem = _Stems(word_counts(_article_text(r) for r in bar(df.itertuples(index=False), "discover: vocabulary (articles)",
                                                             "article", total=len(df))))
    shared = _told_by_several(df, col)
    found = _collect(df, col, stem, stop, min_similarity, max_articles, shared, contrast or words is not None)
    rows = _candidate_rows(found, min_events)
    if words is not None:
        rows = _seeded(rows, words, df, col, stem, stop, shared, min_events)
    if not rows:
        return _record(pd.DataFrame(columns=(["word"] if words is not None else []) + DISCOVER_COLUMNS), by, min_events)
    partners = defaultdict(set)                  # each term → the terms it is paired with (for ``together``)
    for r in rows:
        for a in r["_va"]:
            partners[a] |= r["_vb"]
            for b in r["_vb"]:
                partners[b].add(a)
    _score(rows, *_corpus_pass(df, col, stem, stop, set(partners), shared, partners), min_events)
    if words is not None:
        rows = _seeded_order(rows, top)
    else:
        rows = [r for r in rows if r.pop("_keep")]
        rows.sort(key=_best_first)
        rows = _diverse(_merge_spans(rows))
        rows = rows[:top] if top else rows
    table = _table(rows, df)
    if words is not None:                        # the word each row answers (as given)
        table.insert(0, "word", [r["word"] for r in rows])
    return _record(table, by, min_events)


def _candidate_rows(found: dict, min_events: int) -> list[dict]:
    """One row (dict) per pair of :func:`_collect`'s ``found`` seen in at least ``min_events``
    events, aligned or by contrast: ``term_a, term_b`` (the pair's most frequent stems), groups,
    ``events``, ``aligned``, ``source``, ``pairs``, ``consistency`` and a first ``rank``
    (support × consistency), plus private ``_``-keys that :func:`_score` and :func:`_table` read."""
    rows = []
    for keys, f in found.items():
        events = f["events"] | f["contrast"]
        if len(f["events"]) < min_events and len(f["contrast"]) < min_events:
            continue
        cons, ga, gb, pa, pb = _preference(f["uses"] or f["cuses"])    # aligned swaps when there are some
        terms = f["terms"] or f["cterms"]                            # named by the aligned swaps when there are some
        ta, tb = min(terms.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        support = len(f["events"]) + CONTRAST_WEIGHT * len(f["contrast"] - f["events"])
        rows.append({"term_a": ta, "term_b": tb, "_keys": keys, "_va": {a for a, _ in terms},
                     "_vb": {b for _, b in terms},
                     "group_a": ga, "group_b": gb, "groups_a": " | ".join(pa),
                     "groups_b": " | ".join(pb), "events": len(events), "aligned": len(f["events"]),
                     "source": "both" if f["events"] and f["contrast"] else "aligned" if f["events"] else "contrast",
                     "pairs": sum(f["uses"].values()) // 2,
                     "_aligned": len(f["events"]), "_contrast": len(f["contrast"] - f["events"]),
                     "_contrast_all": len(f["contrast"]),
                     "consistency": round(cons, 3), "rank": support * cons, "_ev": f["evidence"] + f["cevidence"],
                     "_events": events})
    return rows


def _score(rows, counts, spell, neigh, events, spread, min_events: int = 1) -> None:
    """Each row's spellings, log odds, ``neighbours``, ``swap_share``, ``topical``, ``joined`` and ``rank``
    (module docstring, step 4), from the corpus pass (:func:`_corpus_pass`)."""
    for r in rows:
        va, vb = r.pop("_va"), r.pop("_vb")
        sa, sb = (sum((spell[t] for t in sorted(v)), Counter()) for v in (va, vb))   # sorted: ties named alike in every run
        occ_a, occ_b = sum(sa.values()), sum(sb.values())    # occurrences of each side in the corpus
        sides = [_side_topical(v, occ, spread) for v, occ in ((va, occ_a), (vb, occ_b))]
        r["topical"] = round(min(sides), 3)                  # the pair is as topical as its more general side
        r["_named"] = {k for k, bits in zip(r["_keys"], sides) if bits >= NAMED_BITS}    # not spread: _diverse
        r["joined"] = _joined(va, vb, spread)
        r["together"] = round(_together(((va, occ_a, vb), (vb, occ_b, va)), spread), 3)
        r["name"] = round(max(sum(spread["name"][t] for t in v) / max(occ, 1) for v, occ in ((va, occ_a), (vb, occ_b))), 3)
        base = sum(spread["quoted"].values()) / max(spread["placed"], 1)     # the share of all places quoted
        r["quoted"] = round(min(_quoted_share(v, occ, spread, base) for v, occ in ((va, occ_a), (vb, occ_b))), 3)
        r["_quoted"] = r["quoted"] / base if base and not _saying(va, vb) else 1.0
        r["dispersion"] = round(_dispersion(va, vb, r["_events"], spread["cells"]), 3)
        r["spelling_a"], r["spelling_b"] = (sp.most_common(1)[0][0] if sp else t for sp, t in ((sa, r["term_a"]), (sb, r["term_b"])))
        c = Counter({(g, side): sum(counts[(g, t)] for t in v) for g in (r["group_a"], r["group_b"])
                     for side, v in (("a", va), ("b", vb))})
        lo, low, high = _log_odds(c, r["group_a"], r["group_b"], "a", "b")
        r["log_odds"], r["ci_low"], r["ci_high"] = round(lo, 3), round(low, 3), round(high, 3)
        n = min(occ_a, occ_b)
        na, nb = (sum((neigh[t] for t in v), Counter()) for v in (va, vb))
        r["neighbours"] = round(_cosine(na, nb) * n / (n + SHRINK), 3)
        mention = max(len(set().union(*(events[t] for t in v))) for v in (va, vb))
        aligned, contrast = r.pop("_aligned"), r.pop("_contrast")
        contrast = contrast if r["ci_low"] > 0 else 0     # contrast-only events count when the outlets' uses are complementary
        everywhere = r.pop("_contrast_all")
        r["_keep"] = aligned >= min_events or (r["ci_low"] > 0 and everywhere >= min_events)
        seen = aligned + contrast
        r["swap_share"] = round(seen / (max(seen, mention) + SHARE_K), 3)
        words = _words(r)
        support = aligned + CONTRAST_WEIGHT * contrast
        root = ONE_ROOT if _same_root(r["term_a"], r["term_b"]) or _inflections(r["term_a"], r["term_b"]) else 1.0
        if _variants(r["term_a"], r["term_b"]) or _neutral_saying(va, vb):
            r["_keep"] = False                   # one word in two plurals or spellings (مشاريع/مشروعات), or أوضح/قال
        listed = JOINED if r["joined"] >= MIN_JOINED else 1.0
        r["rank"] = round(support * r["consistency"] * r["swap_share"]
                          * (2 / words) ** LENGTH_POWER * root
                          * max(r["topical"], MIN_TOPICAL) * listed
                          * (NAMED if r["name"] >= NAME_SHARE or _titles(va, vb) else 1.0)
                          * (TOGETHER if r["together"] >= MIN_TOGETHER else 1.0)
                          * (MIXED if r["dispersion"] < MIN_DISPERSION else 1.0)
                          * r.pop("_quoted"), 4)


#: a pair whose groups, in the events it was swapped in, write its two terms no more unevenly than one shared rate
#: would (``dispersion`` under this, the value expected by chance) has its rank × ``MIXED``: :func:`_dispersion`
MIN_DISPERSION = 1.0
MIXED = 0.2


def _dispersion(va, vb, evs, cells) -> float:
    """``dispersion``: how unevenly the groups write the two sides (stems ``va``, ``vb``) in the events ``evs`` (the
    events the pair was swapped in; ``cells``: event → Counter((group, term) → places), from :func:`_corpus_pass`):
    Pearson's χ² of the groups × (a, b) counts against the pooled share of a, over its degrees of freedom (groups − 1).
    About 1 when every group writes a at the same rate, all of them mixing the two as a writer varies a synonym
    (محادثات/مفاوضات, معارك/مواجهات); well above 1 when some groups keep to a and others to b, as in a contest.
    1.0 (not demoted) when fewer than two groups write either or one side is never written in those events."""
    na, nb = Counter(), Counter()
    for e in evs:
        for (g, t), c in cells.get(e, {}).items():
            if t in va:
                na[g] += c
            elif t in vb:
                nb[g] += c
    groups = [g for g in na.keys() | nb.keys() if na[g] + nb[g]]
    n = sum(na[g] + nb[g] for g in groups)
    p = sum(na[g] for g in groups) / n if n else 0.0
    if len(groups) < 2 or p in (0.0, 1.0):
        return 1.0
    chi = sum((na[g] - (na[g] + nb[g]) * p) ** 2 / ((na[g] + nb[g]) * p * (1 - p)) for g in groups)
    return chi / (len(groups) - 1)


#: rank × (2 / words in the two terms) ** this: a word for a word above a paraphrase seen as often, but a two-word
#: name against one word (داعش/الدولة الإسلامية) only × 0.82, not × 0.67 (1 until 6 December: × 2/words)
LENGTH_POWER = 0.5
#: neutral verbs of reporting speech (stems after :func:`_root_key`, which also reads the feminine قالت as قال and
#: the imperfect's يقول as تقول), and their participles of manner (مضيفا، مشيرا: «… مضيفا أن»): two of them are
#: house style, not a contest, and such a pair is left out
NEUTRAL_SAYING = frozenset(_root_key(w) for w in "قال صرح اوضح اضاف ذكر اشار بين لفت نوه افاد تابع اردف اعلن "
                                                 "يقول يضيف يوضح يشير "
                                                 "قائلا مضيفا موضحا مشيرا مبينا لافتا منوها مصرحا".split())


def _titles(va, vb) -> bool:
    """Both sides (their stems) are titles or forms of address only (``TITLES``: أمير/سموه, جلالته/فخامته)."""
    return all(any(all(w in TITLES for w in t.split()) for t in v) for v in (va, vb))


#: a term's quoted share is shrunk towards the corpus's by this many places (a term seen 5 times, never quoted, is
#: not known to be the outlets' own word)
QUOTED_SHRINK = 50


def _quoted_share(stems, occ: int, spread, base: float) -> float:
    """The share of the places of one side (``stems``, ``occ`` places in all) that stand between quotation marks,
    shrunk towards ``base`` (the corpus's share) by ``QUOTED_SHRINK`` places: (quoted + K · base) / (occ + K)."""
    return (sum(spread["quoted"][t] for t in stems) + QUOTED_SHRINK * base) / (occ + QUOTED_SHRINK)


def _says(v) -> bool:
    """One side's stems ``v`` hold a neutral verb of reporting speech (``NEUTRAL_SAYING``), also after a leading و/ف."""
    return any(_root_key(w) in NEUTRAL_SAYING for t in v for w in (t, _conjunction_off(t, None)) if w)


def _saying(va, vb) -> bool:
    """One side (its stems) is a neutral verb of reporting speech (:func:`_says`: قال in زعم/قال): a verb that
    introduces quotations and so never stands inside one (its ``quoted`` share says nothing)."""
    return _says(va) or _says(vb)


def _neutral_saying(va, vb) -> bool:
    """Both sides (their stems) are neutral verbs of reporting speech (:func:`_says`: قال/أوضح, أعلن/قال)."""
    return _says(va) and _says(vb)


def _consonants(word: str) -> str:
    """``word`` without a leading ال (:func:`_bare`), an inflectional ending (ات ون ين ة ه) and its long vowels and hamza seats:
    the letters that two plurals or spellings of one word share (مشاريع/مشروعات → مشرع, مهام/مهمات → مهم)."""
    return _cut_ending(_bare(word), ("ات", "ون", "ين", "ة", "ه"), 2).translate(_VOWELS)


def _variants(ta: str, tb: str) -> bool:
    """``ta`` and ``tb`` are one word in two plurals or spellings: as many words, each pair of words with the same
    letters (two or more) once :func:`_consonants` sets endings, long vowels and hamza seats aside (مشاريع/مشروعات,
    مهام/مهمات, محال/محلات).  Different letters left (قادم/مقبل, ثوار/قوات) are different words."""
    return _word_by_word(ta, tb, _consonants, 2)


def _residual_idf(tokens: int, docs: int, articles: int) -> float:
    """Residual IDF in bits (Church and Gale 1995): log2 of the articles a word of ``tokens`` occurrences would
    occur in if they fell at random over ``articles`` (Poisson), over the ``docs`` articles it does occur in.
    About 0 for a word spread evenly (أوضح، الجاري، الحالي: general vocabulary); 1 or more for a word that comes
    in bursts in the few articles about its subject (a group, a place, an event: الحوثيين، داعش)."""
    if not docs or not articles:
        return 0.0
    return math.log2(articles * -math.expm1(-tokens / articles) / docs)


def _side_topical(v, tokens, spread) -> float:
    """How topical one side of a pair is, in bits: its residual IDF (:func:`_residual_idf`; ``v``: its stems, its
    spellings pooled, ``tokens``: their occurrences, their articles summed), a side found in fewer than ``RARE_DOCS``
    articles counted as at least ``RARE_TOPICAL`` (too rare to show whether it is spread evenly: not general
    vocabulary).  A pair's ``topical`` is the smaller of its two sides'; a side of ``NAMED_BITS`` or more is a
    named thing (:func:`_score`, :func:`_diverse`)."""
    docs = sum(spread["docs"][t] for t in v)
    r = _residual_idf(tokens, docs, spread["articles"])
    return r if docs >= RARE_DOCS else max(r, RARE_TOPICAL)


def _joined(va, vb, spread) -> int:
    """How often the corpus writes one side and then the other joined by و («تعز وعدن», «الدول والمملكة»): two
    things listed together are two things (two places, two groups), not two names for one."""
    return sum(spread["and"][(x, y)] + spread["and"][(y, x)] for x in va for y in vb)


def _runs(term: str) -> set[str]:
    """Every run of whole words of ``term`` (itself included): رئيس سابق → رئيس سابق, رئيس, سابق."""
    w = term.split()
    return {" ".join(w[i:j]) for i in range(len(w)) for j in range(i + 1, len(w) + 1)}


def _inside_pair(small, big, big_runs) -> bool:
    """Row ``small``'s two terms are runs of words of row ``big``'s two terms (``big_runs``: their :func:`_runs`),
    side for side in either order, and ``small`` is shorter (keys: :func:`_root_key`): سابق/مخلوع inside رئيس يمني
    سابق/مخلوع."""
    (sa, sb), (ba, bb), (ra, rb) = small, big, big_runs
    if len(sa.split()) + len(sb.split()) >= len(ba.split()) + len(bb.split()):
        return False
    return (sa in ra and sb in rb) or (sa in rb and sb in ra)


def _words(r) -> int:
    """Words in row ``r``'s two terms together."""
    return len(r["term_a"].split()) + len(r["term_b"].split())


def _best_first(r):
    """Sort key of the candidate list: rank, then events and pairs (descending), then the terms (ties alike in every run)."""
    return -r["rank"], -r["events"], -r["pairs"], r["term_a"], r["term_b"]


#: a group of rows that are one substitution cut at different places is named by its longest row seen in this share
#: of the events of its most frequent row or more (:func:`_merge_spans`)
SPAN_SHOWN = 0.5


def _merge_spans(rows):
    """``rows`` (best first) with the rows that are one substitution cut at different places joined: a row whose
    terms are runs of words of another row's terms (داعش/دولة and إسلامية/داعش inside داعش/الدولة الإسلامية;
    سابق/مخلوع inside رئيس يمني سابق/مخلوع: where the diff cuts decides the span, not the outlets) is one candidate
    with it, linked through any chain of such rows.  Each group is shown as its longest row among those seen in
    ``SPAN_SHOWN`` of the events of its most frequent one or more (its terms, preference and scores: داعش/الدولة
    الإسلامية, not داعش/الدولة; سابق/مخلوع, not the rarer رئيس يمني سابق/مخلوع), with ``events`` the events of any of
    its rows, the best rank of those often-seen rows × (those events / the row's own; a rare cut is no reason to
    lift a group) and the evidence of all its rows."""
    runs = [tuple(_runs(k) for k in r["_keys"]) for r in rows]
    by_run = defaultdict(list)                 # a run of words → rows holding it on one side
    for i, sides in enumerate(runs):
        for side in sides:
            for run in side:
                by_run[run].append(i)
    links = ((i, j) for i, r in enumerate(rows)
             for j in set(by_run.get(r["_keys"][0], ())) & set(by_run.get(r["_keys"][1], ()))
             if j != i and _inside_pair(r["_keys"], rows[j]["_keys"], runs[j]))
    out = []
    for members in _groups(len(rows), links):
        if len(members) == 1:
            out.append(rows[members[0]])
            continue
        events = set().union(*(rows[i]["_events"] for i in members))
        most = max(len(rows[i]["_events"]) for i in members)
        often = [i for i in members if len(rows[i]["_events"]) >= SPAN_SHOWN * most]     # the cuts seen often
        shown = rows[min(often, key=lambda i: (-_words(rows[i]), -len(rows[i]["_events"]), i))]   # the longest names it
        shown["rank"] = round(max(rows[i]["rank"] * len(events) / len(rows[i]["_events"]) for i in often), 4)
        shown["events"] = len(events)
        shown["_ev"] = [e for i in sorted(members, key=lambda i: rows[i] is not shown) for e in rows[i]["_ev"]]
        out.append(shown)
    out.sort(key=_best_first)
    return out


#: a row's rank × this for each better row sharing one of its terms (so one word such as قال does not fill the
#: top of the list; a named thing's terms, ``NAMED_BITS``, are exempt)
SHARED = 0.75


def _diverse(rows):
    """``rows`` (best first) reordered so that one general word does not fill the list: each row's rank
    is multiplied by ``SHARED`` for every row above it that shares one of its terms (inflections pooled),
    unless that term is a named thing (``_named``: residual IDF ``NAMED_BITS`` or more, set by :func:`_score`;
    the names of one referent, الحوثيين/المتمردين and الحوثيين/الميليشيات, are each a finding, while قال's many
    synonyms are one), greedily from the top (the ``rank`` column keeps the unadjusted score)."""
    import heapq

    seen: Counter = Counter()

    def score(r):
        return r["rank"] * SHARED ** sum(seen[k] for k in r["_keys"] if k not in r.get("_named", ()))
    heap = [(-score(r), i) for i, r in enumerate(rows)]
    heapq.heapify(heap)
    out = []
    while heap:                      # lazy greedy: a row's score only falls as rows above it are chosen
        neg, i = heapq.heappop(heap)
        now = score(rows[i])
        if now < -neg:
            heapq.heappush(heap, (-now, i))
            continue
        seen.update(rows[i]["_keys"])
        out.append(rows[i])
    return out


def _table(rows, df):
    """The output table of ``rows``: evidence read back from the articles, candidate sets numbered."""
    import pandas as pd
    need = {d for r in rows for e in r["_ev"] for d in (e[0], e[2])}
    texts = {r.id: _article_text(r) for r in df[df["id"].isin(need)].itertuples(index=False)}
    for r in rows:
        r["evidence"] = _evidence(r.pop("_ev"), texts)
    table = pd.DataFrame(rows, columns=DISCOVER_COLUMNS)
    for k, members in enumerate(sorted(_candidate_sets(table), key=min), 1):
        table.loc[members, "set"] = k
    return table.astype({"set": "int64"})


def _record(table, by, min_events):
    table.attrs.update(by=[by], min_events=min_events)
    return table


def _candidate_sets(table) -> list[list[int]]:
    """Rows of ``table`` joined into sets: two rows sharing a term are one set."""
    first: dict[str, int] = {}
    links = []
    for i, (ta, tb) in enumerate(zip(table["term_a"], table["term_b"])):
        for t in (ta, tb):
            links.append((first.setdefault(t, i), i))
    return _groups(len(table), links)


def _groups(n: int, links) -> list[list[int]]:
    """The indices ``0 … n-1`` joined by the pairs ``(i, j)`` of ``links`` and any chain of them (union-find):
    each group in index order, the groups in the order of their first index."""
    parent = list(range(n))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for i, j in links:
        parent[root(j)] = root(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[root(i)].append(i)
    return list(groups.values())


def _caution(r) -> str:
    """Why the rank of row ``r`` was cut, for a draft's note: the ``name``, ``together`` and ``joined`` columns
    at or above their thresholds ('' when none is, or the table lacks them)."""
    out = []
    if getattr(r, "name", 0) >= NAME_SHARE:
        out.append(f"a person's name in {getattr(r, 'name'):.0%} of its places")
    if getattr(r, "together", 0) >= MIN_TOGETHER:
        out.append(f"one sentence names both (together {getattr(r, 'together'):.2f})")
    if getattr(r, "joined", 0) >= MIN_JOINED:
        out.append(f"listed as «a وb» {getattr(r, 'joined')} times")
    return f" [two things, not two names? {'; '.join(out)}]" if out else ""


def _term_id(stem: str, terms: dict) -> str:
    """A readable ASCII term id for ``stem`` (its romanisation, e.g. ``al7wthyyn``), unique among ``terms``."""
    from .text.script import romanize
    base = romanize(stem) or f"t{len(terms) + 1}"
    taken = {e["id"] for e in terms.values()}
    k, out = 1, base
    while out in taken:
        k += 1
        out = f"{base}_{k}"
    return out


def write_lexicon_draft(table, path, *, name: str = "discovered") -> str:
    """Write the candidates of :func:`discover` as a lexicon draft in the shipped YAML format: one
    family per candidate set (rows sharing a term), one term per stem (its form: the clitic-free
    stem; its label: the most frequent printed spelling), a note with the evidence (events, aligned sentence
    pairs, and why the row ranks low when ``name``, ``together`` or ``joined`` cut its rank).  Returns the text
    written (check it with ``framing lexicon check``; edit before counting with it)."""
    import yaml
    families = []
    for k, rows in enumerate(_candidate_sets(table), 1):
        sub = table.iloc[rows]
        terms: dict[str, dict] = {}
        for r in sub.itertuples(index=False):
            for t, sp, g, other in ((r.term_a, r.spelling_a, r.groups_a or r.group_a, r.term_b),
                                    (r.term_b, r.spelling_b, r.groups_b or r.group_b, r.term_a)):
                e = terms.setdefault(t, {"id": _term_id(t, terms), "language": "ar", "label": {"ar": str(sp)},
                                         "note": f"preferred by {g}", "forms": [t]})
                e["note"] += f"; in place of {other} in {r.events} events ({r.pairs} aligned sentence pairs){_caution(r)}"
        families.append({"id": f"candidate_{k:02d}", "label": {"en": f"discovered set {k}"},
                         "note": "draft from framing discover: check the evidence before use",
                         "terms": list(terms.values())})
    doc = {"name": name, "version": 1, "description": "Draft from framing discover: candidate contested terms "
           "(words outlets write in each other's place in the same events). Review every family.",
           "families": families}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    from pathlib import Path
    Path(path).write_text(text, encoding="utf-8")
    return text


# == Seeded discovery (discover(words=...), docs/methods.md §5e) ==
# Seeded discovery: the words outlets write in the place of a word the researcher already knows
# (``framing.discover(corpus, words=[...])``, ``framing discover CORPUS --word X``; ``docs/methods.md`` §5e).
#
# For each seed X (a word or a short phrase, read as discover reads terms: ``normalize`` and the clitic split,
# inflections pooled by :func:`framing.discovery._root_key`), candidates come from two sources:
#
# 1. **Every row of the whole aligned / contrast list that holds X** (:func:`framing.discovery._candidate_rows` at
#    ``min_events``, not only the top N): its side holding X becomes ``term_a`` (the side that *is* X when there is
#    one, else the side with X among its words: «ميليشيات حوثي» against «حوثيين» for X = الحوثيين).
# 2. **Words that fill X's contexts and that some outlets write where others write X**: each word's nearest non-stop
#    word on the left and on the right (within two words, clitics split, inflections pooled, for words and contexts
#    alike; a phrase seed's places are read as one word), weighted by positive PMI (context counts to the power ¾),
#    each vector cut to its ``TOP_CONTEXTS`` strongest contexts; of the single words with a cosine of ``MIN_COSINE``
#    or more to X's vector, the ``NEAREST`` closest are compared with X per group: the *stories* (event × group; a
#    story counts once) of each group naming X and naming the candidate give the preference (``groups_a``,
#    ``groups_b``, ``consistency``), and a candidate is kept when, in ``min_events`` events told by two or more groups
#    or more, one group writes X and not the candidate while another writes the candidate and not X (``swap``
#    events) and the corpus-wide log-odds interval of the two groups that most prefer each lies above 0.
#    Corpus-wide (``docs/methods.md`` §5d) this source found house style more than contests; for one seed it only
#    ranks X's few dozen neighbours.
#
# Both are then scored as the candidate list is (:func:`framing.discovery._score`: log odds with its interval, names,
# ``together``, ``joined``, ``topical``, ``quoted``); a row of source 2 counts its swap events as contrast events (half
# weight, only when the log-odds interval is above 0) and its ``source`` is ``contexts``.  Rows that are one
# substitution cut at different places are joined (:func:`framing.discovery._merge_spans`); each seed keeps its
# ``top`` rows, best first.

CONTEXT_MIN_COUNT = 10  # a word seen fewer times in the corpus has no context vector (nor is it a context)
TOP_CONTEXTS = 200      # a word's context vector: its this many strongest contexts (count × positive PMI)
MIN_COSINE = 0.15       # a candidate's context vector has at least this cosine with the seed's
NEAREST = 50            # the seed's nearest words (by cosine) that are compared with it per group
SEED_EVIDENCE = 3       # swap events whose sentences are kept as evidence


def _seed_terms(words, stem) -> list[tuple[str, str]]:
    """``(seed as given, its stem phrase)`` for each seed word or phrase (empty ones left out, repeats once)."""
    if isinstance(words, str):
        words = [words]
    out, seen = [], set()
    for w in words:
        t = " ".join(stem(x) for x in WORD_RE.findall(str(w)))
        if t and t not in seen:
            seen.add(t)
            out.append((str(w), t))
    return out


def _flip(r: dict) -> dict:
    """A copy of candidate row ``r`` with its two sides swapped (terms, groups, stems, keys and evidence)."""
    r = dict(r)
    for x, y in (("term_a", "term_b"), ("group_a", "group_b"), ("groups_a", "groups_b"), ("_va", "_vb")):
        r[x], r[y] = r[y], r[x]
    r["_keys"] = r["_keys"][::-1]
    r["_ev"] = [(e[2], e[3], e[0], e[1], *e[4:]) for e in r["_ev"]]
    return r


def _listed_rows(rows, key: str) -> list[dict]:
    """Source 1: copies of the candidate ``rows`` holding the seed (``key``: its :func:`_root_key`), the seed's side
    as side a: the side that is the seed when one is, else the side holding it among its words."""
    out = []
    for r in rows:
        ka, kb = r["_keys"]
        if ka == key or (kb != key and key in _runs(ka)):
            out.append(dict(r))
        elif kb == key or key in _runs(kb):
            out.append(_flip(r))
    return out


class _Contexts:
    """Context vectors and per-story counts of a corpus's words (source 2), built once for all seeds."""

    def __init__(self, df, col, stem, stop, phrases=()):
        import numpy as np
        ids: dict[str, int] = {}
        chunks, docs = [], []
        for k, r in enumerate(df.itertuples(index=False)):
            out = []
            for sent in SENTENCE_END.split(_article_text(r)):
                out.extend(ids.setdefault(stem(w), len(ids)) for w in WORD_RE.findall(sent))
                out.append(-1)
            chunks.append(np.asarray(out, dtype=np.int64))
            docs.append(np.full(len(out), k, dtype=np.int64))
        stems = list(ids)
        keys, kid = np.unique(np.array([_root_key(s) for s in stems] or [""], dtype=object), return_inverse=True)
        kid = kid[:len(stems)]
        tok = np.concatenate(chunks) if chunks else np.zeros(0, np.int64)
        self.doc = np.concatenate(docs) if docs else np.zeros(0, np.int64)
        self.tok = np.where(tok >= 0, kid[np.maximum(tok, 0)] if len(kid) else -1, -1)
        self.stems = defaultdict(set)                            # key id → its stems (inflections, spellings)
        for s, k in zip(stems, kid):
            self.stems[int(k)].add(s)
        self.index = {str(k): i for i, k in enumerate(keys)}
        keys = list(keys)
        words = len(keys)                                       # ids from here on are the seeds' phrases
        for phrase in phrases:                                  # a phrase seed is read as one word
            self._join(phrase, keys)
        self.keys = np.array(keys, dtype=object)
        counts = np.bincount(self.tok[self.tok >= 0], minlength=len(keys))
        is_stop = np.array([any(s in stop for s in self.stems[i]) for i in range(len(keys))], dtype=bool)
        banned = _banned(stem).union(*(_house_words(n, stem) for n in group_names(df, col).values()))
        context_ok = (counts >= CONTEXT_MIN_COUNT) & ~is_stop
        self.eligible = context_ok & np.array([i < words and _plain(k) and len(k) >= 3 and not self.stems[i] & banned
                                               for i, k in enumerate(keys)], dtype=bool)     # single words only
        self.banned, self.vocab, self.stem = banned, stem.vocab, stem
        self.x = _context_vectors(*_contexts(self.tok, context_ok, context_ok), len(keys))
        # stories: each (word, article) once, by word
        sel = self.tok >= 0
        n_docs = max(len(df), 1)
        td = np.unique(self.tok[sel] * n_docs + self.doc[sel])      # sorted by word, then article
        self.t_, self.d_ = td // n_docs, td % n_docs
        self.group = np.unique(df[col].astype(str).to_numpy(), return_inverse=True)
        self.event = df["event_id"].astype(str).to_numpy()
        self.ids = df["id"].astype(str).tolist()

    def _join(self, phrase: str, keys: list) -> None:
        """Read each place of ``phrase`` (a stem phrase) as one word of its own (its key: :func:`_root_key`): its
        first word's id replaced by the phrase's, the others taken out of the token stream."""
        import numpy as np
        key = _root_key(phrase)
        parts = [self.index.get(w) for w in key.split()]
        if key in self.index or None in parts:
            return
        tok, n = self.tok, len(parts)
        hit = np.ones(max(len(tok) - n + 1, 0), dtype=bool)
        for k, w in enumerate(parts):
            hit &= tok[k:len(tok) - n + 1 + k] == w
        at = np.nonzero(hit)[0]
        if not len(at):
            return
        self.index[key] = len(keys)
        keys.append(key)
        self.stems[self.index[key]] = {phrase}
        tok = tok.copy()
        tok[at] = self.index[key]
        drop = (at[:, None] + np.arange(1, n)).ravel()
        self.tok, self.doc = np.delete(tok, drop), np.delete(self.doc, drop)

    def _docs(self, t: int) -> np.ndarray:
        """The article numbers holding word ``t`` (each once, in order)."""
        import numpy as np
        lo, hi = np.searchsorted(self.t_, [t, t + 1])
        return self.d_[lo:hi]

    def _stories(self, t: int) -> dict:
        """group index → {event: first article} of the stories naming word ``t``."""
        out: dict = defaultdict(dict)
        for d in self._docs(t):
            out[int(self.group[1][d])].setdefault(self.event[d], int(d))
        return out

    def rows(self, seed: str, key: str, shared, min_events: int, texts) -> list[dict]:
        """Source 2 for one seed (its stem ``seed``, key ``key``): candidate rows as
        :func:`framing.discovery._candidate_rows` makes them (``shared``: events told by two or more groups;
        ``texts``: article number → text, for the evidence's sentence offsets)."""
        import numpy as np
        s = self.index.get(key)
        if s is None or self.x is None or self.x[s].nnz == 0:
            return []
        cos = np.asarray((self.x @ self.x[s].T).todense()).ravel()
        cos[s] = 0
        cand = np.nonzero(self.eligible & (cos >= MIN_COSINE))[0]
        cand = cand[np.argsort(-cos[cand], kind="stable")][:NEAREST]
        sx = self._stories(s)
        names = self.group[0]
        out = []
        for c in cand:
            term = min(self.stems[int(c)], key=lambda t: (-self.vocab.get(t, 0), t))
            if _clean([seed], [term], set(), set(), self.banned, self.vocab) is None:
                continue
            sc = self._stories(int(c))
            uses = {}
            for g in set(sx) | set(sc):
                uses[(names[g], "a")], uses[(names[g], "b")] = len(sx.get(g, ())), len(sc.get(g, ()))
            ea, eb = defaultdict(dict), defaultdict(dict)     # event → {group: article}
            for src, dst in ((sx, ea), (sc, eb)):
                for g, evs in src.items():
                    for e, d in evs.items():
                        if e in shared:
                            dst[e][g] = d
            swapped = sorted(e for e in ea.keys() & eb.keys() if ea[e].keys() - eb[e].keys() and eb[e].keys() - ea[e].keys())
            if len(swapped) < min_events:
                continue
            ev = []
            for e in swapped[:SEED_EVIDENCE]:
                da, db = ea[e][min(ea[e].keys() - eb[e].keys())], eb[e][min(eb[e].keys() - ea[e].keys())]
                spans = (_seed_sentence(texts(da), key, self.stem), _seed_sentence(texts(db), str(self.keys[c]), self.stem))
                if all(spans):
                    ev.append((self.ids[da], spans[0], self.ids[db], spans[1], "contrast", 0.0))
            cons, ga, gb, pa, pb = _preference(uses)
            out.append({"term_a": seed, "term_b": term, "_keys": (key, str(self.keys[c])), "_va": {seed} | self.stems[s],
                        "_vb": set(self.stems[int(c)]), "group_a": ga, "group_b": gb, "groups_a": " | ".join(pa),
                        "groups_b": " | ".join(pb), "events": len(swapped), "aligned": 0, "source": "contexts",
                        "pairs": 0, "_aligned": 0, "_contrast": len(swapped), "_contrast_all": len(swapped),
                        "consistency": round(cons, 3), "rank": 0.0, "_ev": ev, "_events": set(swapped)})
        return out


def _seed_sentence(text: str, key: str, stem) -> tuple[int, int] | None:
    """Offsets of the first sentence of ``text`` holding words whose stems' keys (:func:`_root_key`) are ``key``."""
    want = key.split()
    for s, e in sentences(text):
        got = [_root_key(stem(m.group())) for m in WORD_RE.finditer(text, s, e)]
        if any(got[i:i + len(want)] == want for i in range(len(got))):
            return s, e
    return None


def _contexts(tok, eligible, context_ok):
    """``(term, left-or-right context)`` id pairs: each eligible token's nearest non-stop word (``context_ok``)
    on each side, within two words and inside its sentence; a right context is coded as ``-(id + 2)``."""
    import numpy as np
    n = len(tok)
    pos = np.nonzero((tok >= 0) & eligible[np.maximum(tok, 0)])[0]
    terms, ctxs = [], []
    for side, sign in ((-1, 1), (1, -1)):
        found = np.full(len(pos), -1, dtype=np.int64)
        blocked = np.zeros(len(pos), dtype=bool)
        for step in (1, 2):
            j = pos + side * step
            w = np.where((j >= 0) & (j < n), tok[np.clip(j, 0, max(n - 1, 0))], -1)
            blocked |= w < 0                                  # a sentence end or the text's edge
            good = ~blocked & (found < 0) & context_ok[np.maximum(w, 0)]
            found[good] = w[good]
            blocked |= good
        keep = found >= 0
        terms.append(tok[pos[keep]])
        ctxs.append(found[keep] if sign > 0 else -(found[keep] + 2))
    return np.concatenate(terms), np.concatenate(ctxs)


def _context_vectors(terms, ctxs, n_terms):
    """Unit-length positive-PMI context vectors of the word ids (a sparse row per id), each cut to its
    ``TOP_CONTEXTS`` strongest contexts; None without contexts."""
    import numpy as np
    from scipy.sparse import coo_matrix, csr_matrix
    if not len(terms):
        return None
    cols = np.where(ctxs >= 0, ctxs * 2, (-ctxs - 2) * 2 + 1)      # left and right contexts apart
    _, cols = np.unique(cols, return_inverse=True)
    m = coo_matrix((np.ones(len(terms)), (terms, cols)), shape=(n_terms, cols.max() + 1)).tocsr()
    m.sum_duplicates()
    rows, cs = np.asarray(m.sum(axis=1)).ravel(), np.asarray(m.sum(axis=0)).ravel() ** 0.75
    coo = m.tocoo()
    pmi = np.log(coo.data * cs.sum() / (rows[coo.row] * cs[coo.col]))
    keep = (pmi > 0) & (coo.data >= 2)                        # a context seen once says nothing
    r, c, v, n = coo.row[keep], coo.col[keep], pmi[keep], coo.data[keep]
    order = np.lexsort((-v * n, r))                           # each word's contexts, most weight (count × PMI) first
    r, c, v = r[order], c[order], v[order]
    keep = np.arange(len(r)) - np.searchsorted(r, r) < TOP_CONTEXTS
    x = csr_matrix((v[keep], (r[keep], c[keep])), shape=m.shape)
    norm = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    return csr_matrix(x.multiply(1 / np.maximum(norm, 1e-12)[:, None]))


def _seeded(rows, words, df, col, stem, stop, shared, min_events: int) -> list[dict]:
    """Both sources' candidate rows for every seed of ``words`` (each row with ``_seed``: the seed's stem phrase, and
    ``word``: the seed as given); rows of source 2 that source 1 has for the seed already are left out."""
    seeds = _seed_terms(words, stem)
    space = _Contexts(df, col, stem, stop, [t for _, t in seeds if " " in t]) if seeds else None
    articles = [_article_text(r) for r in df.itertuples(index=False)] if space is not None else []
    out = []
    for given, t in seeds:
        key = _root_key(t)
        mine = _listed_rows(rows, key)
        if space is not None:
            have = {r["_keys"][1] for r in mine}
            mine += [r for r in space.rows(t, key, shared, min_events, articles.__getitem__) if r["_keys"][1] not in have]
        for r in mine:
            r["_seed"], r["word"] = t, given
        out += mine
    return out


def _seeded_order(rows, top) -> list[dict]:
    """Each seed's kept rows (scored), one substitution cut at different places joined, best first, its ``top``
    first; the seeds in the order given."""
    by_seed: dict = defaultdict(list)
    for r in rows:
        by_seed[r.pop("_seed")].append(r)
    out = []
    for mine in by_seed.values():
        mine = [r for r in mine if r.pop("_keep")]
        mine.sort(key=_best_first)
        mine = _merge_spans(mine)
        out += mine[:top] if top else mine
    return out
