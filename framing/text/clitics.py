"""Arabic clitics: attach them to a lexicon form, or split them off a word.

Orthographic clitics written together with an Arabic word, outermost first:

* conjunction و or ف,
* preposition ب, ك or ل,
* article ال (ل + ال is written لل),
* pronoun enclitics ه ها هم هما هن كم كما كن نا ي at the end.

Two directions, both on *normalised* words (``normalize(..., lower=True)``):

``attach(form)``
    every spelling of a bare form with clitics (used by the lexicon matcher:
    a word matches a form when it is one of these spellings, nothing looser,
    so near-misses such as محتجون for محتجزون or الأسرة for أسرى never match).
``split(word, vocab)``
    the (proclitics, stem, enclitics) of a running-text word (used for keyness
    and event features). Article chains (وال، بال، لل …) are split by rule;
    a lone و ف ب ك ل only when ``vocab`` shows the stem is a word of its own (seen more
    than a tenth as often as the whole word): وقال → و+قال, but
    وزير stays وزير; pronoun endings likewise but stricter (the stem at least as
    frequent as the whole word), and never ي, which is also the adjective ending
    (عربي, دولي are not عرب + ي, دول + ي).

Both are rule-based and need no data download.  ``split`` accepts any
``analyzer`` callable returning ``(prefix, stem, suffix)``, so a camel-tools
morphological analyser can be plugged in where a user has its data.
"""
from __future__ import annotations

import itertools
import re

from collections.abc import Callable, Mapping

__all__ = ["CONJUNCTIONS", "PREPOSITIONS", "ARTICLE", "ENCLITICS", "CLASSES", "attach", "construct", "split", "stem",
           "hamza_al"]

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ك", "ل")
ARTICLE = "ال"
ENCLITICS = ("ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ي")

# words that begin with ال but are not article + noun
_NOT_ARTICLE = frozenset({"الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي",
                          "اللواتي", "اللائي", "اللهم", "الله"})
_MIN_STEM = 3


def _proclitic_chains(with_article: bool) -> list[str]:
    """Prefix strings: conj? prep? + ال when ``with_article`` (or the لل contraction)."""
    out = []
    for c in ("",) + CONJUNCTIONS:
        for p in ("",) + PREPOSITIONS:
            if with_article:
                if p == "ل":
                    out.append(c + "لل")     # ل + ال → لل
                else:
                    out.append(c + p + ARTICLE)
            else:
                out.append(c + p)
    return out


#: word classes a lexicon term may declare; each licenses its own clitics (see :func:`attach`)
CLASSES = ("noun", "proper", "adjective", "verb", "particle")
#: object pronouns a verb takes (ني, not the possessive ي)
VERB_ENCLITICS = ("ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ني")
_IMPERFECT = ("ي", "ت", "ن", "ا")


def _endings(word: str, enclitics=ENCLITICS) -> set[str]:
    """Spellings of ``word`` with and without an enclitic pronoun."""
    out = {word}
    bases = [word]
    if word.endswith("ة"):           # رهينة + ه → رهينته
        bases = [word[:-1] + "ت"]
    elif word.endswith(("ي", "ى")) and len(word) > 2:   # اسري (أسرى) + هم → اسراهم; ادعى + ه → ادعاه
        bases = [word, word[:-1] + "ا"]
    elif word.endswith(("ين", "ون")):  # sound plurals drop ن: محتجزين + هم → محتجزيهم,
        bases = [word, word[:-1]]     # and in construct: محتجزي غزة, محتجزو الجماعة
        out.add(word[:-1])
    elif word.endswith("وا") and len(word) > 3:   # قالوا + ه → قالوه
        bases = [word, word[:-1]]
    elif word.endswith("اء") and len(word) > 3:   # hamza takes a seat before a pronoun: شهدائنا, شهداؤهم
        bases = [word, word[:-1] + "ئ", word[:-1] + "ؤ"]
    for b in bases:
        out.update(b + e for e in enclitics)
    return out


def _teh_spellings(word: str, teh: bool = True) -> set[str]:
    """The word and, when it ends in ة or ه, its other spelling (teh marbuta is written both ways)."""
    if teh and len(word) > 2 and word[-1] in "ةه":
        return {word[:-1] + "ة", word[:-1] + "ه"}
    return {word}


def _verb_chains(word: str) -> list[str]:
    """Proclitics of a verb: conjunction, then the future س or ل (both only on the imperfect)."""
    extra = ("س", "ل") if word.startswith(_IMPERFECT) else ()
    return [c + x for c in ("",) + CONJUNCTIONS for x in ("",) + extra]


def _licensed(first: str, cls: str | None) -> tuple[list[str], str, bool, tuple]:
    """The clitics word class ``cls`` licenses on a form whose first word is ``first`` (see
    :func:`attach`): ``(chains, core, has_article, enclitics)``: the proclitic chains, the first
    word without its article, whether it carries the article, the pronoun endings allowed."""
    has_article = (first.startswith(ARTICLE) and len(first) > len(ARTICLE) + 1
                   and first not in _NOT_ARTICLE)
    core = first[len(ARTICLE):] if has_article else first
    if cls == "verb":
        chains, core, has_article = _verb_chains(first), first, False
    elif cls == "particle":
        chains, core, has_article = [""] + list(CONJUNCTIONS), first, False
    elif cls == "proper" and not has_article:
        chains = _proclitic_chains(False)
    else:
        chains = _proclitic_chains(True) + ([] if has_article or cls == "proper" else _proclitic_chains(False))
    enclitics = {"verb": VERB_ENCLITICS, "proper": (), "adjective": (), "particle": ()}.get(cls, ENCLITICS)
    return chains, core, has_article, enclitics


def attach(form: str, cls: str | None = None, *, teh: bool = True) -> dict[str, str]:
    """All clitic spellings of a normalised ``form`` → ``form``.

    Multi-word forms take proclitics on their first word and pronoun endings on
    the last; keys of multi-word forms are space-joined word sequences.  No
    spelling carries both the article and a pronoun ending.  Words ending in ة
    or ه match either spelling (teh marbuta is written both ways; ``teh=False``
    keeps them apart), but a pronoun ه is never read into a ة: غزوة is not غزو + ه.
    Before a pronoun, a final اء takes its hamza seat: شهداء → شهدائنا, شهداؤهم.

    ``cls`` licenses clitics by word class (``None``: as a noun, the default):

    * ``noun``: conjunction, preposition, article, pronoun (as ``None``);
    * ``proper``: conjunction and preposition only — a name takes neither the
      article nor a pronoun (حماس: وحماس, لحماس; not الحماس, حماسه);
    * ``adjective``: conjunction, preposition, article; no pronoun;
    * ``verb``: conjunction, the future سـ and لـ on the imperfect (سيؤكد، ليؤكد),
      object pronouns (قاله، ادعاه); never the article or ب/ك;
    * ``particle``: conjunction only.

    >>> spellings = attach("رهائن")
    >>> all(w in spellings for w in ["رهائن", "كرهائن", "والرهائن", "للرهائن", "رهائنهم"])
    True
    >>> "رهان" in spellings
    False
    >>> sorted(w for w in attach("حماس", "proper") if w.startswith("ال") or w.endswith("ه"))
    []
    >>> "وسيؤكد" in attach("يؤكد", "verb")
    True
    """
    if cls is not None and cls not in CLASSES:
        raise ValueError(f"word class must be one of {', '.join(CLASSES)}, got {cls!r}")
    words = form.split()
    if not words:
        return {}
    chains, core, has_article, enclitics = _licensed(words[0], cls)

    def ends(w: str) -> set[str]:
        return _endings(w, enclitics) if enclitics else {w}

    out: dict[str, str] = {}
    for chain in chains:
        article = has_article or chain.endswith((ARTICLE, "لل"))
        if len(words) == 1:
            for w in _teh_spellings(core, teh):
                for spelled in ({w} if article or w.endswith("ه") else ends(w)):
                    out[chain + spelled] = form
        else:
            lasts = set()
            for w in _teh_spellings(words[-1], teh):
                lasts |= {w} if w.endswith("ه") or w.startswith(ARTICLE) else ends(w)
            for firstw in _teh_spellings(core, teh):
                for middle in itertools.product(*(_teh_spellings(w, teh) for w in words[1:-1])):
                    for lastw in lasts:
                        out[" ".join([chain + firstw, *middle, lastw])] = form
    return out


def construct(form: str, *, teh: bool = True) -> dict[str, str]:
    """Spellings of a one-word noun form listed with the article in the construct state:
    without ال, with conjunction and preposition (فصائل، لفصائل for الفصائل).  They name
    the form only when a definite word follows (فصائل المعارضة): the matcher checks that.
    Forms without the article, of several words or of other classes give nothing."""
    words = form.split()
    if len(words) != 1 or not form.startswith(ARTICLE) or form in _NOT_ARTICLE or len(form) < 5:
        return {}
    core = form[len(ARTICLE):]
    return {chain + w: form for chain in _proclitic_chains(False) for w in _teh_spellings(core, teh)}


def possessed(form: str, *, teh: bool = True) -> dict[str, str]:
    """Spellings of a noun form listed with the article where a possessive pronoun takes the
    article's place, with و ف ب ك ل: أزمته، لأزمتها for الأزمة; حربها على، وحربنا على for
    الحرب على (the pronoun on the first word).  Not the pronoun ي: حربي is also the adjective
    "military".  Forms without the article give nothing."""
    words = form.split()
    if not words or not words[0].startswith(ARTICLE) or words[0] in _NOT_ARTICLE or len(words[0]) < 5:
        return {}
    core = words[0][len(ARTICLE):]
    pronouns = tuple(e for e in ENCLITICS if e != "ي")
    heads = {w for w in _endings(core, pronouns) if w.endswith(pronouns)}
    return {" ".join([chain + h, *words[1:]]): form for chain in _proclitic_chains(False) for h in heads}


_MARKS = "[\u064B-\u065F\u0670\u0640]*"
_HAMZA_AL = re.compile(f"(?:[{''.join(CONJUNCTIONS)}]{_MARKS})?(?:[{''.join(PREPOSITIONS)}]{_MARKS})?[أإآ]{_MARKS}ل")


def hamza_al(surface: str) -> bool:
    """Whether a printed word's ال is written with a hamza (ألحان، وإلغاء، بآلة): root letters, never
    the article, whose alef is never written with a hamza.  Normalisation merges أ and ا, so ask the
    printed word and pass ``article=False`` to :func:`split`.

    >>> hamza_al("ألحان"), hamza_al("وإلغاء"), hamza_al("الحان")
    (True, True, False)
    """
    return _HAMZA_AL.match(surface) is not None


def split(word: str, vocab: Mapping[str, int] | None = None,
          analyzer: Callable[[str], tuple[str, str, str]] | None = None, article: bool = True) -> tuple[str, str, str]:
    """Split a normalised word into ``(proclitics, stem, enclitics)``; ``article=False``: the word holds
    no article (its printed form says so: :func:`hamza_al`).

    >>> split("والمحتجزين")
    ('وال', 'محتجزين', '')
    >>> split("وزير", {"وزير": 50, "زير": 1})
    ('', 'وزير', '')
    >>> split("وقال", {"وقال": 882, "قال": 381})
    ('و', 'قال', '')
    >>> split("عربي", {"عربي": 50, "عرب": 80})
    ('', 'عربي', '')
    """
    if analyzer is not None:
        return analyzer(word)
    if not word or not ("\u0621" <= word[0] <= "\u064a"):
        return "", word, ""
    # 1. article chains, by rule (the tuple test in C skips the loop for most words)
    if article and word.startswith(_ARTICLE_START) and word not in _NOT_ARTICLE:
        for chain in _ARTICLE_CHAINS:
            if word.startswith(chain) and len(word) - len(chain) >= _MIN_STEM:
                return chain, word[len(chain):], ""
    if not vocab:
        return "", word, ""
    n = vocab.get(word, 0)
    pre, rest = "", word
    # 2. a lone conjunction and/or preposition, when the rest is a word of its own
    for chain in _BARE_CHAINS if word.startswith(_BARE_START) else ():
        cand = word[len(chain):]
        if word.startswith(chain) and len(cand) >= _MIN_STEM and vocab.get(cand, 0) > n / 10:
            pre, rest = chain, cand
            break
    # 3. a pronoun ending, when the stem is at least as frequent (never ي: nisba adjectives)
    for enc in _SPLIT_ENCLITICS if rest.endswith(_SPLIT_END) else ():
        cand = rest[:-len(enc)]
        if rest.endswith(enc) and len(cand) >= _MIN_STEM and vocab.get(cand, 0) >= max(vocab.get(rest, 0), 1):
            return pre, cand, enc
    return pre, rest, ""


def stem(word: str, vocab: Mapping[str, int] | None = None) -> str:
    """The stem of ``split(word, vocab)``."""
    return split(word, vocab)[1]


_ARTICLE_CHAINS = sorted(set(_proclitic_chains(True)), key=len, reverse=True)
_BARE_CHAINS = sorted({c for c in _proclitic_chains(False) if c}, key=len, reverse=True)
_SPLIT_ENCLITICS = sorted((e for e in ENCLITICS if e != "ي"), key=len, reverse=True)
_ARTICLE_START, _BARE_START, _SPLIT_END = tuple(_ARTICLE_CHAINS), tuple(_BARE_CHAINS), tuple(_SPLIT_ENCLITICS)
