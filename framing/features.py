"""Arabic-aware term counting: the analyser, a scikit-learn vectoriser, and the corpus term matrix.

A *term* is the normalised, clitic-segmented form of a word: ``والمحتجزين``,
``المحتجزين`` and ``للمحتجزين`` all count as ``محتجزين``.  Per word:

1. ``normalize(word, lower=True)`` (diacritics, tatweel, alef forms, ى → ي, digits, Latin case);
2. stop words (``framing/data/stopwords_ar.txt``, ``stopwords_en.txt``) and pure numbers
   are not terms (they still occupy a position, so n-grams do not jump over them);
3. ``framing.text.split(word, vocab)`` strips article chains by rule, and a lone
   و ف ب ك ل or a pronoun ending only when the corpus vocabulary shows the stem
   standing alone (``vocab`` = counts of normalised words);
4. with ``fold_spelling=True`` the stem goes through :data:`SPELLING_FOLDS`
   (أميركي/أمريكي, مسئول/مسؤول, final ة/ه, ترمب/ترامب …).

n-grams (``ngram=2`` gives unigrams + bigrams, ``3`` adds trigrams) are runs of
consecutive words whose first and last word are terms (a stop word may sit
inside: ``وزير الخارجية``, ``قطاع من غزة``); they are space-joined terms.

scikit-learn pitfalls this avoids: the default ``token_pattern`` drops
one-letter tokens and splits on Arabic marks, and ``strip_accents`` strips
hamza seats and madda from Arabic letters; here a callable analyser does all.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources

import numpy as np
import regex
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from .errors import SchemaError, UsageError
from .text import normalize, split
from .text.tokenize import WORD_RE

__all__ = ["SPELLING_FOLDS", "fold_spelling", "stopwords", "Analyzer", "analyzer",
           "ArabicCountVectorizer", "TermMatrix", "term_matrix"]

#: Spelling variants folded by ``fold_spelling=True``: (pattern, replacement, why), applied in
#: order to a normalised stem (after ``normalize``, which already folds أ/إ/آ → ا, ى → ي,
#: diacritics, tatweel and Arabic-Indic digits).  Keys may read oddly (final ة → ه);
#: tables show the corpus's most frequent spelling of each folded term instead.
SPELLING_FOLDS: list[tuple[str, str, str]] = [
    ("ڤ", "ف", "Latin v written with veh (ڤيديو/فيديو)"),
    ("پ", "ب", "Latin p written with peh"),
    ("چ", "ج", "ch written with tcheh"),
    ("گ", "ك", "Latin g written with gaf"),
    ("ة$", "ه", "teh marbuta written as heh at the end (غزة/غزه), common on web outlets"),
    ("ئو", "ؤو", "hamza seat before waw (مسئول/مسؤول, شئون/شؤون)"),
    ("^اسراييل", "اسرائيل", "اسراييل/إسرائيل"),
    ("^اميرك", "امريك", "أميركا/أمريكا, أميركي/أمريكي (not ميركل, Merkel)"),
    ("كليز", "جليز", "إنكليزي/إنجليزي"),
    ("^اوربا$", "اوروبا", "أوربا/أوروبا"),
    ("^اوربي", "اوروبي", "أوربي/أوروبي"),
    ("^ترمب$", "ترامب", "ترمب/ترامب (Trump)"),
    ("^نتانياهو$", "نتنياهو", "نتانياهو/نتنياهو"),
    ("^غوغل$", "جوجل", "غوغل/جوجل (Google)"),
    ("^داوود$", "داود", "داوود/داود"),
]
_FOLDS = [(regex.compile(p), r) for p, r, _ in SPELLING_FOLDS]
_DIGITS = regex.compile(r"^[\p{N}]+$")


def fold_spelling(stem: str) -> str:
    """``stem`` with the :data:`SPELLING_FOLDS` applied (a normalised word in, a fold key out).

    >>> fold_spelling("اميركية") == fold_spelling("امريكية")
    True
    """
    for pat, rep in _FOLDS:
        stem = pat.sub(rep, stem)
    return stem


_STOP_FILES = {"ar": ("stopwords_ar.txt",), "en": ("stopwords_en.txt",),
               "all": ("stopwords_ar.txt", "stopwords_en.txt")}


@functools.cache
def _stop_file(name: str) -> frozenset[str]:
    text = resources.files("framing").joinpath("data").joinpath(name).read_text("utf-8")
    return frozenset(normalize(w.strip(), lower=True) for w in text.splitlines()
                     if w.strip() and not w.lstrip().startswith("#"))


def stopwords(lang: str | Iterable[str] | None = "all") -> frozenset[str]:
    """The shipped stop words, normalised: ``"ar"``, ``"en"``, ``"all"`` (both), ``None`` (none),
    or your own iterable of words (normalised here)."""
    if lang is None:
        return frozenset()
    if isinstance(lang, str):
        if lang not in _STOP_FILES:
            raise UsageError(f"stop words: expected 'ar', 'en', 'all', None or a list of words, got {lang!r}")
        return frozenset().union(*(_stop_file(f) for f in _STOP_FILES[lang]))
    return frozenset(normalize(w, lower=True) for w in lang)


class Analyzer:
    """Callable ``text -> list[str]`` of terms: pass it as ``CountVectorizer(analyzer=...)``.

    ``vocab`` (normalised word → count) lets ``split`` strip lone و ف ب ك ل and pronoun
    endings; without it only article chains are split.  ``stop_words`` as in
    :func:`stopwords`; ``numbers=True`` keeps pure numbers as terms.  Instances are
    picklable (for joblib / ``sklearn.base.clone``).

    >>> Analyzer()("والمحتجزين في غزة")
    ['محتجزين', 'غزة']
    """

    def __init__(self, vocab: Mapping[str, int] | None = None, ngram: int = 1, fold_spelling: bool = False,
                 stop_words: str | Iterable[str] | None = "all", numbers: bool = False):
        if ngram not in (1, 2, 3):
            raise UsageError(f"ngram: expected 1, 2 or 3, got {ngram!r}")
        self.vocab, self.ngram, self.fold_spelling = vocab, ngram, fold_spelling
        self.stop_words, self.numbers = stop_words, numbers
        self._stop = stopwords(stop_words)
        self._cache: dict[str, tuple[str, str, bool]] = {}

    def info(self, surface: str) -> tuple[str, str, bool]:
        """``(stem, key, is_term)`` of one printed word: ``key`` is the folded stem."""
        hit = self._cache.get(surface)
        if hit is None:
            hit = self._cache[surface] = self._info(surface)
        return hit

    def _info(self, surface: str) -> tuple[str, str, bool]:
        return self.info_normalized(normalize(surface, lower=True))

    def info_normalized(self, norm: str) -> tuple[str, str, bool]:
        """:meth:`info` of an already normalised word (not cached)."""
        if not norm or self._is_stop(norm) or (not self.numbers and _DIGITS.match(norm)):
            return norm, norm, False
        stem = split(norm, self.vocab)[1]
        if self._is_stop(stem):
            return stem, stem, False
        return stem, (fold_spelling(stem) if self.fold_spelling else stem), True

    def _is_stop(self, w: str) -> bool:
        # a stop word, also behind a lone و or ف (وفي، ولم، فلا: too short for split)
        return w in self._stop or (len(w) > 1 and w[0] in "وف" and w[1:] in self._stop)

    def __call__(self, text: str) -> list[str]:
        out: list[str] = []
        for part in _phrases(text or "") if self.ngram > 1 else [text or ""]:
            seq = [self.info(w)[1:] for w in WORD_RE.findall(part)]
            out += [k for k, ok in seq if ok]
            for n in range(2, self.ngram + 1):
                out += [" ".join(k for k, _ in seq[i:i + n]) for i in range(len(seq) - n + 1)
                        if seq[i][1] and seq[i + n - 1][1]]
        return out

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k != "_cache"} | {"_cache": {}}

    def __repr__(self) -> str:
        return (f"Analyzer(vocab={'None' if self.vocab is None else f'<{len(self.vocab)} words>'}, "
                f"ngram={self.ngram}, fold_spelling={self.fold_spelling}, stop_words={self.stop_words!r})")


#: The default analyser (no corpus vocabulary: article chains only): ``analyzer(text) -> list[str]``.
analyzer = Analyzer()


def _vocab(texts: Iterable[str]) -> dict[str, int]:
    """Counts of normalised words over ``texts`` (what ``split`` needs)."""
    cv = CountVectorizer(analyzer=WORD_RE.findall, lowercase=False, dtype=np.int64)
    m = cv.fit_transform(texts)
    tot = np.asarray(m.sum(axis=0)).ravel()
    out: dict[str, int] = {}
    for k, c in zip(normalize("\n".join(cv.get_feature_names_out()), lower=True).split("\n"), tot):
        out[k] = out.get(k, 0) + int(c)
    return out


class ArabicCountVectorizer(CountVectorizer):
    """scikit-learn ``CountVectorizer`` over framing terms (see :class:`Analyzer`).

    With ``corpus_vocab=True`` (default) ``fit`` first counts the normalised words of
    the training texts so clitics are split as in ``framing keyness``; ``transform``
    reuses that vocabulary.  Other parameters as in ``CountVectorizer``.

    >>> v = ArabicCountVectorizer(ngram=2)
    >>> X = v.fit_transform(["قال الوزير إن المحتجزين بخير", "والمحتجزين في غزة"])
    >>> "محتجزين" in v.vocabulary_
    True
    """

    def __init__(self, *, ngram=1, fold_spelling=False, stop_words_lang="all", numbers=False,
                 corpus_vocab=True, min_df=1, max_df=1.0, max_features=None, vocabulary=None,
                 binary=False, dtype=np.int64):
        self.ngram, self.fold_spelling, self.stop_words_lang = ngram, fold_spelling, stop_words_lang
        self.numbers, self.corpus_vocab = numbers, corpus_vocab
        super().__init__(analyzer="word", lowercase=False, token_pattern=None, min_df=min_df,
                         max_df=max_df, max_features=max_features, vocabulary=vocabulary,
                         binary=binary, dtype=dtype)

    def _analyzer(self, vocab=None) -> Analyzer:
        return Analyzer(vocab, ngram=self.ngram, fold_spelling=self.fold_spelling,
                        stop_words=self.stop_words_lang, numbers=self.numbers)

    def build_analyzer(self):
        return getattr(self, "analyzer_", None) or self._analyzer()

    def fit_transform(self, raw_documents, y=None):
        docs = list(raw_documents)
        self.analyzer_ = self._analyzer(_vocab(docs) if self.corpus_vocab else None)
        return super().fit_transform(docs, y)

    def fit(self, raw_documents, y=None):
        self.fit_transform(raw_documents, y)
        return self


@dataclass(frozen=True)
class TermMatrix:
    """Term counts of a corpus, ready for keyness.

    ``X``: CSR documents × terms (counts; rows in ``docs`` order); ``terms``: term strings;
    ``order``: n of each term (1, 2, 3); ``S``: CSR documents × spellings (the printed
    word or word sequence, e.g. ``والمحتجزين``); ``spelling``: their strings;
    ``spelling_term``: the term index of each spelling (``X == S @ P``);
    ``docs``: the corpus columns except ``title``/``text`` (one row per document).
    """
    X: sparse.csr_matrix
    terms: np.ndarray
    order: np.ndarray
    S: sparse.csr_matrix
    spelling: np.ndarray
    spelling_term: np.ndarray
    docs: "object"          # pandas DataFrame
    ngram: int = 1
    fold_spelling: bool = False
    stop_words: object = "all"
    extra: dict = field(default_factory=dict)

    def tile(self, times: int) -> "TermMatrix":
        """This matrix with its documents repeated ``times`` times (for benchmarks)."""
        import pandas as pd
        docs = pd.concat([self.docs] * times, ignore_index=True)
        return TermMatrix(sparse.vstack([self.X] * times, format="csr"), self.terms, self.order,
                          sparse.vstack([self.S] * times, format="csr"), self.spelling,
                          self.spelling_term, docs, self.ngram, self.fold_spelling, self.stop_words)


_PHRASE_BREAK = re.compile(r"[.!?؟؛،,:;\n«»\"“”()\[\]]+")


def _phrases(text: str) -> list[str]:
    """Stretches of text between punctuation: n-grams never run across a sentence, a clause
    or the join of headline and body."""
    return _PHRASE_BREAK.split(text)


def _texts(df) -> list[str]:
    title = df["title"].fillna("").astype(str) if "title" in df.columns else ""
    return (title + "\n\n" + df["text"].fillna("").astype(str)).tolist()


def term_matrix(corpus, *, ngram: int = 1, fold_spelling: bool = False,
                stop_words: str | Iterable[str] | None = "all", numbers: bool = False) -> TermMatrix:
    """Count the terms of every article (title + text) of ``corpus`` (Corpus, DataFrame or path).

    Two passes for ``ngram=1`` (one tokenisation, then one analysis per distinct
    printed word), one more for n-grams.  With ``fold_spelling`` each folded term is
    shown in its most frequent spelling in the corpus.
    """
    import pandas as pd

    from .corpus import Corpus, load
    if not isinstance(corpus, (Corpus, pd.DataFrame)):
        corpus = load(corpus)
    df = corpus.df if isinstance(corpus, Corpus) else corpus
    if "text" not in df.columns:
        raise SchemaError(f"corpus table has no 'text' column; columns are: {', '.join(map(str, df.columns))}")
    if ngram not in (1, 2, 3):
        raise UsageError(f"--ngram: expected 1, 2 or 3, got {ngram!r}")
    texts = _texts(df)
    cv = CountVectorizer(analyzer=WORD_RE.findall, lowercase=False, dtype=np.int64)
    S1 = cv.fit_transform(texts).tocsr()
    surf = cv.get_feature_names_out().astype(object)
    tot = np.asarray(S1.sum(axis=0)).ravel()
    norms = normalize("\n".join(surf), lower=True).split("\n")   # one call: ~50x faster than per word
    vocab = pd.Series(tot).groupby(norms).sum().to_dict()
    an = Analyzer(vocab, ngram=1, fold_spelling=fold_spelling, stop_words=stop_words, numbers=numbers)
    info = pd.DataFrame([an.info_normalized(n) for n in norms], columns=["stem", "key", "ok"])
    info["n"] = tot
    # a folded key is shown as its most frequent stem
    best = (info[info.ok].groupby(["key", "stem"], sort=False)["n"].sum().reset_index()
            .sort_values(["n", "stem"], ascending=[False, True]).drop_duplicates("key"))
    show = dict(zip(best["key"], best["stem"]))
    info["term"] = info["key"].map(show).where(info["ok"], info["stem"])
    keep = np.flatnonzero(info["ok"].to_numpy())
    blocks, spell, spell_terms = [S1[:, keep]], [surf[keep]], [info["term"].to_numpy()[keep]]
    if ngram > 1:
        table = dict(zip(surf, zip(info["term"], info["ok"])))

        def grams(text):
            out = []
            for part in _phrases(text):
                ws = WORD_RE.findall(part)
                seq = [table[w] for w in ws]
                for n in range(2, ngram + 1):
                    out += [" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)
                            if seq[i][1] and seq[i + n - 1][1]]
            return out
        cv2 = CountVectorizer(analyzer=grams, lowercase=False, dtype=np.int64)
        blocks.append(cv2.fit_transform(texts).tocsr())
        s2 = cv2.get_feature_names_out().astype(object)
        spell.append(s2)
        spell_terms.append(np.array([" ".join(table[w][0] for w in g.split(" ")) for g in s2], dtype=object))
    S = sparse.hstack(blocks, format="csr")
    spelling = np.concatenate(spell)
    codes, terms = pd.factorize(np.concatenate(spell_terms))
    P = sparse.csr_matrix((np.ones(len(codes), dtype=np.int64), (np.arange(len(codes)), codes)),
                          shape=(len(codes), len(terms)))
    X = (S @ P).tocsr()
    terms = np.asarray(terms, dtype=object)
    order = np.array([t.count(" ") + 1 for t in terms], dtype=np.int8)
    docs = df.drop(columns=[c for c in ("title", "text") if c in df.columns]).reset_index(drop=True)
    return TermMatrix(X, terms, order, S, spelling, codes, docs, ngram, fold_spelling, stop_words)
