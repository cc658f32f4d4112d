"""Arabic-aware term counting: the analyser and the corpus term matrix (the scikit-learn vectoriser over the
analyser is :class:`framing.vectorizer.ArabicCountVectorizer`, a module of its own).

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
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import regex
from scipy import sparse

from . import chunks
from .errors import SchemaError, UsageError
from .text import normalize, split
from .text.clitics import hamza_al
from .text.tokenize import WORD_RE
from .text.vocab import stopwords as _text_stopwords
from .text.vocab import word_counts

__all__ = ["SPELLING_FOLDS", "fold_spelling", "stopwords", "Analyzer", "analyzer",
           "TermMatrix", "term_matrix", "TermMap", "term_map", "surface_counts",
           "vocab_plan", "cells_plan", "keyness_matrix"]

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


def stopwords(lang: str | Iterable[str] | None = "all") -> frozenset[str]:
    """The shipped stop words, normalised: ``"ar"``, ``"en"``, ``"all"`` (both), ``None`` (none),
    or your own iterable of words (normalised here); :func:`framing.text.vocab.stopwords`."""
    try:
        return _text_stopwords(lang)
    except ValueError as e:
        raise UsageError(str(e)) from None


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
        return self.info_normalized(normalize(surface, lower=True), not hamza_al(surface))

    def info_normalized(self, norm: str, article: bool = True) -> tuple[str, str, bool]:
        """:meth:`info` of an already normalised word (not cached); ``article=False`` when its printed
        form holds no article (:func:`framing.text.clitics.hamza_al`)."""
        if not norm or self._is_stop(norm) or (not self.numbers and _DIGITS.match(norm)):
            return norm, norm, False
        stem = split(norm, self.vocab, article=article)[1]
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


def _texts(df, boilerplate=None) -> list[str]:
    """Title, blank line, text of each row; with ``boilerplate`` (a
    :class:`~framing.text.boilerplate.Boilerplate`) the text without the lines its outlet repeats
    (:meth:`~framing.text.boilerplate.Boilerplate.kept_lines`, the lines matching leaves out)."""
    titles = df["title"].fillna("").astype(str).tolist() if "title" in df.columns else [""] * len(df)
    texts = df["text"].fillna("").astype(str).tolist()
    if boilerplate is not None and "outlet" in df.columns:
        texts = ["\n".join(boilerplate.kept_lines(o, t or None, x))
                 for o, t, x in zip(df["outlet"].tolist(), titles, texts)]
    return [t + "\n\n" + x for t, x in zip(titles, texts)]


def surface_counts(df, boilerplate=None) -> "object":
    """Printed words of the titles and texts of ``df`` (a chunk of corpus rows): a pandas Series
    word → count, sorted by word (what :func:`term_map` needs; chunks add up); ``boilerplate``: as
    :func:`_texts`."""
    import pandas as pd
    from collections import Counter
    c = Counter(WORD_RE.findall("\n".join(_texts(df, boilerplate)))) if len(df) else Counter()
    return pd.Series(c, dtype="int64").sort_index() if c else pd.Series(dtype="int64")


@dataclass(frozen=True)
class TermMap:
    """How each printed word of a corpus becomes a term (from its word counts: clitic splits
    need the corpus vocabulary).  ``spelling``: the printed words that are terms, sorted;
    ``code``: the term index of each (terms in order of first spelling); ``terms``: term
    strings; ``table``: printed word → ``(term, is_term)`` for every word (n-grams)."""
    spelling: np.ndarray
    code: np.ndarray
    terms: np.ndarray
    table: dict
    ngram: int = 1
    fold_spelling: bool = False
    stop_words: object = "all"

    @functools.cached_property
    def index(self):
        import pandas as pd
        return pd.Index(self.spelling, dtype=object)   # object: looked up with object arrays, no conversion


def _infos(words: list, analyzer: "Analyzer") -> list:
    return [analyzer.info_normalized(n, article) for n, article in words]


def term_map(words, *, fold_spelling: bool = False, stop_words="all", numbers: bool = False, ngram: int = 1,
             jobs: int | None = 1) -> TermMap:
    """The :class:`TermMap` of a corpus from its printed-word counts (``words``: Series word →
    count sorted by word, :func:`surface_counts`).  With ``fold_spelling`` each folded term is
    shown in its most frequent spelling in the corpus.  ``jobs``: processes splitting the words
    (clitic rules: the same map for any number)."""
    import pandas as pd
    if ngram not in (1, 2, 3):
        raise UsageError(f"--ngram: expected 1, 2 or 3, got {ngram!r}")
    surf = np.asarray(words.index, dtype=object)
    tot = words.to_numpy()
    norms = normalize("\n".join(surf), lower=True).split("\n") if len(surf) else []   # one call: ~50x faster
    vocab = pd.Series(tot).groupby(norms).sum().to_dict() if len(surf) else {}
    an = Analyzer(vocab, ngram=1, fold_spelling=fold_spelling, stop_words=stop_words, numbers=numbers)
    from ._parallel import imap
    step = 20000
    words = list(zip(norms, (not hamza_al(w) for w in surf)))
    parts = imap(functools.partial(_infos, analyzer=an), [words[i:i + step] for i in range(0, len(words), step)], jobs)
    info = pd.DataFrame([x for part in parts for x in part], columns=["stem", "key", "ok"])
    info["n"] = tot
    # a folded key is shown as its most frequent stem
    best = (info[info.ok].groupby(["key", "stem"], sort=False)["n"].sum().reset_index()
            .sort_values(["n", "stem"], ascending=[False, True]).drop_duplicates("key"))
    show = dict(zip(best["key"], best["stem"]))
    info["term"] = info["key"].map(show).where(info["ok"], info["stem"])
    keep = np.flatnonzero(info["ok"].to_numpy(dtype=bool))
    codes, terms = pd.factorize(info["term"].to_numpy()[keep])
    table = dict(zip(surf, zip(info["term"], info["ok"]))) if ngram > 1 else {}
    return TermMap(surf[keep], codes, np.asarray(terms, dtype=object), table, ngram, fold_spelling, stop_words)


def _grams(text: str, table: dict, ngram: int) -> list[str]:
    """Printed n-grams (2 … ``ngram`` words) of ``text`` whose first and last words are terms."""
    out = []
    for part in _phrases(text):
        ws = WORD_RE.findall(part)
        seq = [table[w] for w in ws]
        for n in range(2, ngram + 1):
            out += [" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1) if seq[i][1] and seq[i + n - 1][1]]
    return out


def _word_counts(texts: list[str]):
    """``(S, words)``: documents × printed words counts (CSR, int64) and the words (in order of
    first appearance); hashing in pandas, not a Python loop per word."""
    import pandas as pd
    toks = [WORD_RE.findall(t) for t in texts]
    lens = np.fromiter(map(len, toks), dtype=np.int64, count=len(toks))
    flat = np.fromiter(itertools.chain.from_iterable(toks), dtype=object, count=int(lens.sum()))
    codes, words = pd.factorize(flat)
    rows = np.repeat(np.arange(len(texts)), lens)
    S = sparse.csr_matrix((np.ones(len(codes), dtype=np.int64), (rows, codes)), shape=(len(texts), len(words)))
    S.sum_duplicates()
    return S, np.asarray(words, dtype=object)


def _doc_counts(texts: list[str], tmap: TermMap, counted: tuple | None = None):
    """``(S, spell_ids, X, gram_spellings, gram_terms)`` of some texts: documents × the map's
    spellings present (``spell_ids``: their indices in ``tmap.spelling``), documents × terms
    (unigram terms first, by ``tmap`` code, then the n-gram terms ``gram_terms``), and for
    n-grams the documents × n-gram spellings block is appended to ``S``.  ``counted``: the
    texts' :func:`_word_counts` already made (unigrams only: the texts are not read again)."""
    S, names = counted if counted is not None else _word_counts(texts)
    g = tmap.index.get_indexer(names)
    has = np.flatnonzero(g >= 0)
    S, ids = S[:, has], g[has]
    T1 = len(tmap.terms)
    P = sparse.csr_matrix((np.ones(len(ids), dtype=np.int64), (np.arange(len(ids)), tmap.code[ids])),
                          shape=(len(ids), T1))
    X = (S @ P).tocsr()
    gram_spell, gram_terms = np.array([], dtype=object), np.array([], dtype=object)
    if tmap.ngram > 1:
        import pandas as pd
        from sklearn.feature_extraction.text import CountVectorizer   # only for n-grams: a 1 s import
        cv2 = CountVectorizer(analyzer=functools.partial(_grams, table=tmap.table, ngram=tmap.ngram),
                              lowercase=False, dtype=np.int64)
        try:
            S2 = cv2.fit_transform(texts).tocsr()
            gram_spell = cv2.get_feature_names_out().astype(object)
        except ValueError:          # no n-gram at all
            S2 = sparse.csr_matrix((len(texts), 0), dtype=np.int64)
        tt = np.array([" ".join(tmap.table[w][0] for w in g.split(" ")) for g in gram_spell], dtype=object)
        c2, gram_terms = pd.factorize(tt)
        P2 = sparse.csr_matrix((np.ones(len(c2), dtype=np.int64), (np.arange(len(c2)), c2)),
                               shape=(len(c2), len(gram_terms)))
        X = sparse.hstack([X, S2 @ P2], format="csr")
        S = sparse.hstack([S, S2], format="csr")
        gram_terms = np.asarray(gram_terms, dtype=object)
    return S, ids, X, gram_spell, gram_terms


def term_matrix(corpus, *, ngram: int = 1, fold_spelling: bool = False,
                stop_words: str | Iterable[str] | None = "all", numbers: bool = False) -> TermMatrix:
    """Count the terms of every article (title + text) of ``corpus`` (Corpus, DataFrame or path).

    Two passes: the printed words are counted (they decide clitic splits, :func:`term_map`),
    then each article's words are mapped to terms.  With ``fold_spelling`` each folded term is
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
    tmap = term_map(surface_counts(df), fold_spelling=fold_spelling, stop_words=stop_words, numbers=numbers,
                    ngram=ngram)
    S, ids, X, gram_spell, gram_terms = _doc_counts(_texts(df), tmap)
    docs = df.drop(columns=[c for c in ("title", "text") if c in df.columns]).reset_index(drop=True)
    return _matrix(tmap, S, ids, X, gram_spell, gram_terms, docs)


def _matrix(tmap: TermMap, S, ids, X, gram_spell, gram_terms, docs, presence=None) -> TermMatrix:
    """A :class:`TermMatrix` in the canonical order: spellings sorted (unigrams, then n-grams),
    terms in order of their first spelling (what every chunking gives); ``presence`` (cells ×
    terms, same columns as ``X``) goes to ``extra["presence"]``."""
    import pandas as pd
    n1 = len(ids)
    order1 = np.argsort(ids, kind="stable")             # spellings present, in map order
    order2 = n1 + np.argsort(gram_spell, kind="stable") if len(gram_spell) else np.array([], dtype=int)
    S = S[:, np.r_[order1, order2].astype(int)]
    spelling = np.concatenate([tmap.spelling[ids[order1]], np.asarray(gram_spell, dtype=object)[order2 - n1]])
    T1 = len(tmap.terms)
    all_terms = np.concatenate([tmap.terms, np.asarray(gram_terms, dtype=object)])
    sp_term = np.concatenate([tmap.code[ids[order1]], T1 + _gram_codes(gram_spell, gram_terms, tmap)[order2 - n1]])
    codes, uniq = pd.factorize(sp_term)                 # terms present, in order of first spelling
    X = X.tocsc()[:, uniq].tocsr()
    extra = {} if presence is None else {"presence": presence.tocsc()[:, uniq].tocsr()}
    terms = np.asarray(all_terms[uniq], dtype=object)
    order = np.array([t.count(" ") + 1 for t in terms], dtype=np.int8)
    return TermMatrix(X, terms, order, S.tocsr(), spelling, codes, docs, tmap.ngram, tmap.fold_spelling,
                      tmap.stop_words, extra)


def _gram_codes(gram_spell, gram_terms, tmap) -> np.ndarray:
    import pandas as pd
    tt = [" ".join(tmap.table[w][0] for w in g.split(" ")) for g in gram_spell]
    return pd.Index(gram_terms).get_indexer(tt) if len(tt) else np.array([], dtype=int)


# -- counts per cell (chunked keyness, framing.chunks) ------------------------------------

def cell_counts(df, tmap: TermMap, keys, boilerplate=None) -> tuple:
    """Counts of one chunk summed per cell (distinct values of the ``keys`` columns; n-grams up to
    ``tmap.ngram``): ``(cells, S, ids, X, D, gram_spell, gram_terms)``; ``cells``: the key columns
    and ``docs`` (articles per cell), ``D``: articles per cell using each term; ``boilerplate``: as
    :func:`_texts`."""
    return _cells(_cell_keys(df, keys), *_doc_counts(_texts(df, boilerplate), tmap))


def _cells(keyframe, S, ids, X, gram_spell, gram_terms) -> tuple:
    """:func:`cell_counts` from the documents' key columns and :func:`_doc_counts`."""
    Xb = X.copy()
    Xb.data = np.ones_like(Xb.data)
    code, cells = _cell_codes(keyframe)
    ind = _indicator(code, len(cells))
    cells["docs"] = np.bincount(code, minlength=len(cells)).astype(np.int64)
    # the unigram spellings in map order and every matrix with sorted indices: the merge of the
    # partials (:func:`_sum_into`, serial in the parent) then adds them without sorting anything
    by_id = np.argsort(ids, kind="stable")
    S = S[:, np.r_[by_id, len(ids) + np.arange(S.shape[1] - len(ids))].astype(np.int64)]
    return (cells, _sorted(ind @ S), ids[by_id], _sorted(ind @ X), _sorted(ind @ Xb), gram_spell, gram_terms)


def _sorted(M):
    """``M`` as CSR with the column indices of each row sorted, in two counting passes (CSR → CSC →
    CSR, O(entries); a row-by-row sort of the indices costs several times more)."""
    return M.tocsc().tocsr()


def _indicator(code, n: int):
    """``n`` × rows: 1 where row j belongs to cell ``code[j]`` (``ind @ M`` sums ``M``'s rows per cell)."""
    return sparse.csr_matrix((np.ones(len(code), dtype=np.int64), (code, np.arange(len(code)))),
                             shape=(n, len(code)))


def _cell_keys(df, keys):
    import pandas as pd
    out = pd.DataFrame(index=range(len(df)))
    for k in keys:
        v = df[k] if k in df.columns else pd.Series([None] * len(df))
        if k == "published":          # house-style units are publication days
            v = v.astype("string").str.slice(0, 10)
        out[k] = v.astype(object).where(v.notna().to_numpy(), None).to_numpy()
    return out


def _cell_codes(keyframe):
    """``(code per row, distinct key rows)`` in order of first appearance (missing values kept)."""
    if len(keyframe.columns) == 0 or len(keyframe) == 0:
        return np.zeros(len(keyframe), dtype=np.int64), keyframe.iloc[:1 if len(keyframe) else 0].reset_index(drop=True)
    codes = keyframe.groupby(list(keyframe.columns), dropna=False, sort=False).ngroup().to_numpy()
    first = np.unique(codes, return_index=True)[1]
    order = np.argsort(first, kind="stable")            # code k first seen before code k+1
    remap = np.empty_like(order)
    remap[order] = np.arange(len(order))
    return remap[codes].astype(np.int64), keyframe.iloc[first[order]].reset_index(drop=True)


def combine_cells(partials: list) -> tuple:
    """One partial from the :func:`cell_counts` of consecutive chunks (cells merged by key,
    spellings and n-gram terms united)."""
    import pandas as pd
    if len(partials) == 1:
        return partials[0]
    cells = pd.concat([p[0] for p in partials], ignore_index=True)
    code, merged = _cell_codes(cells.drop(columns="docs"))
    merged["docs"] = np.bincount(code, weights=cells["docs"].to_numpy(), minlength=len(merged)).astype(np.int64)
    ids, ix = np.unique(np.concatenate([p[2] for p in partials]).astype(np.int64), return_inverse=True)
    gspell, gsx = _unite([p[5] for p in partials])
    gterms, gtx = _unite([p[6] for p in partials])
    T1 = max((p[3].shape[1] - len(p[6]) for p in partials), default=0)
    scols, tcols, a, b, c = [], [], 0, 0, 0
    for p in partials:
        n1, n2, nt = len(p[2]), len(p[5]), len(p[6])
        scols.append(np.r_[ix[a:a + n1], len(ids) + gsx[b:b + n2]].astype(np.int64))
        tcols.append(np.r_[np.arange(T1), T1 + gtx[c:c + nt]].astype(np.int64))
        a, b, c = a + n1, b + n2, c + nt
    shape = len(merged)
    S = _sum_into([p[1] for p in partials], scols, code, (shape, len(ids) + len(gspell)))
    X = _sum_into([p[3] for p in partials], tcols, code, (shape, T1 + len(gterms)))
    D = _sum_into([p[4] for p in partials], tcols, code, (shape, T1 + len(gterms)))
    return merged, S, ids, X, D, gspell, gterms


def _sum_into(mats: list, cols: list, code, shape):
    """``ind @ vstack(recolumned mats)``: the rows of the stacked matrices added into row ``code[j]``,
    column j of matrix k moved to ``cols[k][j]`` (within one matrix both maps are one-to-one).  Each
    matrix is moved into place with its indices sorted (no work when it comes sorted and its column
    map increases, as :func:`_cells` makes them; else two counting passes), then they are added in
    pairs: scipy adds sorted CSR matrices row by row, merging, without the sort of every entry that a
    COO sum needs (which took most of the parent's serial time in keyness).  Integer sums: the same
    matrix."""
    placed, off = [], 0
    for M, cm in zip(mats, cols):
        M = M.tocsr()
        rows = np.asarray(code[off:off + M.shape[0]], dtype=np.int64)
        off += M.shape[0]
        cm = np.asarray(cm, dtype=np.int64)
        ordered = M.has_sorted_indices and bool(np.all(cm[1:] > cm[:-1]))
        if len(rows) > 1 and not np.all(rows[1:] > rows[:-1]):
            order = np.argsort(rows, kind="stable")
            M, rows = M[order], rows[order]          # row gather: the order within each row kept
        lens = np.zeros(shape[0], dtype=np.int64)
        lens[rows] = np.diff(M.indptr)
        P = sparse.csr_matrix((M.data.astype(np.int64, copy=False), cm[M.indices], np.r_[0, np.cumsum(lens)]),
                              shape=shape)
        placed.append(P if ordered else _sorted(P))
        del M, P
    if not placed:
        return sparse.csr_matrix(shape, dtype=np.int64)
    while len(placed) > 1:
        placed = [placed[i] + placed[i + 1] if i + 1 < len(placed) else placed[i] for i in range(0, len(placed), 2)]
    return placed[0].tocsr()


def _unite(arrays: list) -> tuple:
    """Distinct strings of several arrays (first appearance order) and each element's index."""
    import pandas as pd
    allv = np.concatenate([np.asarray(a, dtype=object) for a in arrays]) if arrays else np.array([], dtype=object)
    codes, uniq = pd.factorize(allv) if len(allv) else (np.array([], dtype=np.int64), np.array([], dtype=object))
    return np.asarray(uniq, dtype=object), np.asarray(codes, dtype=np.int64)


def finish_cells(partial: tuple, term_map: TermMap) -> TermMatrix:
    """The :class:`TermMatrix` over cells (``docs``: the cell keys and ``docs``, articles per cell;
    ``extra["presence"]``: cells × terms articles using the term)."""
    cells, S, ids, X, D, gram_spell, gram_terms = partial
    return _matrix(term_map, S, ids, X, gram_spell, gram_terms, cells, presence=D)


# -- chunk plans (framing.chunks): word counts, then counts per (group, unit) cell ----------------

def vocab_part(df, lang=None, boilerplate=None, prepare=None) -> "pd.Series":
    """Printed words of one chunk's titles and texts (without ``boilerplate``, :func:`_texts`): Series
    word → count; ``prepare``: a function of the chunk's rows returning the rows to read (as
    :func:`keyness_matrix`)."""
    return surface_counts(_prepared(chunks.rows(df, lang), prepare), boilerplate)


def _prepared(df, prepare):
    return df if prepare is None else prepare(df)


def vocab_combine(partials: list) -> "pd.Series":
    import pandas as pd
    parts = [p for p in partials if len(p)]
    if not parts:
        return pd.Series(dtype="int64")
    s = pd.concat(parts)
    return s.groupby(level=0, sort=True).sum() if len(parts) > 1 else s.sort_index()


def vocab_plan(lang=None, boilerplate=None, prepare=None) -> "chunks.Plan":
    return chunks.Plan(functools.partial(vocab_part, lang=lang, boilerplate=boilerplate, prepare=prepare),
                       vocab_combine, columns=("outlet", "title", "text", "lang"), fold=8)


def cells_part(df, *, term_map, keys, lang=None, exclude_copies=False, boilerplate=None, prepare=None):
    """Counts of one chunk summed per cell (the distinct values of the ``keys`` columns)."""
    df = _prepared(chunks.rows(df, lang, exclude_copies), prepare)
    return cell_counts(df, term_map, keys, boilerplate)


def cells_plan(term_map, keys, lang=None, exclude_copies=False, boilerplate=None, prepare=None) -> "chunks.Plan":
    """Keyness pass 2: the :class:`TermMatrix` over cells (n-grams up to ``term_map.ngram``)."""
    part = functools.partial(cells_part, term_map=term_map, keys=tuple(keys), lang=lang,
                             exclude_copies=exclude_copies, boilerplate=boilerplate, prepare=prepare)
    return chunks.Plan(part, combine_cells, functools.partial(finish_cells, term_map=term_map), fold=8)


def keyness_matrix(source, keys, *, ngram=1, fold_spelling=False, stop_words="all", lang=None,
                   exclude_copies=False, boilerplate=None, prepare=None, jobs=None):
    """A :class:`~framing.features.TermMatrix` whose rows are cells (one per distinct value of the
    ``keys`` columns: the groups, the units, the copy mark) instead of articles: the same sums as
    :func:`framing.features.term_matrix`, in memory that grows with the cells, not the articles.
    ``boilerplate``: a :class:`~framing.text.boilerplate.Boilerplate` whose lines are not read (in
    every pass: the words that decide clitic splits too), None: every line.  ``prepare``: a function
    (picklable: module level or a partial of one) of a chunk's rows, after the row filters, returning
    the rows whose titles and texts are counted (e.g. texts with the outlets' house text cut out, the
    report's :func:`framing.report.vocab.distinctive`); None: the rows as read."""
    if ngram == 1 and chunks.local():       # another engine (Dask) runs the two plans below
        return _keyness_one_read(source, keys, fold_spelling=fold_spelling, stop_words=stop_words, lang=lang,
                                 exclude_copies=exclude_copies, boilerplate=boilerplate, prepare=prepare, jobs=jobs)
    words = chunks.run(source, vocab_plan(lang, boilerplate, prepare), jobs, "words")
    tmap = term_map(words, fold_spelling=fold_spelling, stop_words=stop_words, ngram=ngram, jobs=jobs)
    return chunks.run(source, cells_plan(tmap, keys, lang, exclude_copies, boilerplate, prepare), jobs, "counting")


# -- keyness in one read of the text (local runner, unigrams) ------------------------------------
#
# Pass 1 reads each chunk once: its printed words are counted per article (the tokenizer of
# every other pass, :func:`_word_counts`), the corpus word counts go back to the driver, and
# the article × word matrix with the cell keys is spilled to a temporary file.  The clitic map
# is made once from the corpus word counts, then pass 2 maps the spilled matrices to terms and
# sums them per cell (:func:`_cells`), without reading or tokenising the text again.  Memory:
# the word counts and a few chunks; disk: about the size of the text, removed as it is read.
# The outlets' boilerplate lines (the matching context, read before and kept with a corpus
# directory) are left out of each article before its words are counted.

def words_part(df, *, spill, keys, lang=None, exclude_copies=False, boilerplate=None, prepare=None) -> tuple:
    """Pass 1 of one chunk: ``(word counts Series sorted by word, [spill file])``; the words of
    copies count for the clitic rules (as :func:`vocab_part`), their articles are not spilled."""
    import os
    import pickle
    import uuid
    df = _prepared(chunks.rows(df, lang), prepare)
    S, words = _word_counts(_texts(df, boilerplate))
    counts = (np.asarray(words, dtype=object), np.asarray(S.sum(axis=0)).ravel().astype(np.int64))
    keep = np.ones(len(df), dtype=bool)
    if exclude_copies and "copy_of" in df.columns:
        keep = df["copy_of"].isna().to_numpy()
    S = S[np.flatnonzero(keep)]
    used = np.flatnonzero(np.diff(S.tocsc().indptr))        # words of the kept articles only
    path = os.path.join(spill, uuid.uuid4().hex + ".pkl")
    with open(path, "wb") as f:
        pickle.dump((S[:, used].tocsr(), words[used], _cell_keys(df[keep], keys)), f, protocol=5)
    return counts, [path]


def words_combine(partials: list) -> tuple:
    """Word counts of several chunks summed (words in order of first appearance), spill files in order."""
    import pandas as pd
    words = np.concatenate([p[0][0] for p in partials]) if partials else np.array([], dtype=object)
    counts = np.concatenate([p[0][1] for p in partials]) if partials else np.array([], dtype=np.int64)
    if len(partials) > 1 and len(words):
        codes, uniq = pd.factorize(words)
        words = np.asarray(uniq, dtype=object)
        counts = np.bincount(codes, weights=counts, minlength=len(words)).astype(np.int64)   # exact below 2**53
    return (words, counts), [f for p in partials for f in p[1]]


def words_finish(partial: tuple) -> tuple:
    """``(Series word → count sorted by word, spill files)``: the order of :func:`vocab_plan`."""
    import pandas as pd
    (words, counts), files = partial
    try:                                     # code point order = UTF-8 byte order, sorted in C++
        import pyarrow as pa
        import pyarrow.compute as pc
        order = pc.sort_indices(pa.array(words, type=pa.string())).to_numpy()
    except Exception:                        # e.g. a lone surrogate: Python compares code points too
        order = np.argsort(words, kind="stable")
    return pd.Series(counts[order], index=pd.Index(words[order], dtype=object), dtype="int64"), files


def spilled_cells(path: str, *, term_map: TermMap) -> tuple:
    """Pass 2 of one spilled chunk: :func:`cell_counts` from its article × word matrix (the file
    is removed once read)."""
    import os
    import pickle
    with open(path, "rb") as f:
        S, words, keyframe = pickle.load(f)
    os.remove(path)
    return _cells(keyframe, *_doc_counts([], term_map, (S, words)))


def _keyness_one_read(source, keys, *, fold_spelling, stop_words, lang, exclude_copies, boilerplate, prepare, jobs):
    import tempfile
    from ._parallel import imap
    from ._progress import bar
    cols = tuple(dict.fromkeys(("outlet", "title", "text", "lang", "copy_of") + tuple(keys)))
    with tempfile.TemporaryDirectory(prefix="framing-keyness-") as spill:
        plan = chunks.Plan(functools.partial(words_part, spill=spill, keys=tuple(keys), lang=lang,
                                             exclude_copies=exclude_copies, boilerplate=boilerplate, prepare=prepare),
                           words_combine, words_finish, cols, fold=8)
        words, files = chunks.run(source, plan, jobs, "words")
        tmap = term_map(words, fold_spelling=fold_spelling, stop_words=stop_words, ngram=1, jobs=jobs)
        parts: list = []
        for p in bar(imap(functools.partial(spilled_cells, term_map=tmap), files, jobs), "counting", "chunk",
                     total=len(files)):
            parts.append(p)
            if len(parts) >= 8:
                parts = [combine_cells(parts)]
    return finish_cells(combine_cells(parts), tmap)
