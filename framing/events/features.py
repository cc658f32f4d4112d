"""Event features: title + lead as hashed word stems, character n-grams and cross-script name
skeletons, TF-IDF weighted (see the package docstring, step 1)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .._parallel import ahead
from .._progress import counted
from ._common import _CHUNK, _NC, _NW, _NX, LEAD_CHARS, MAX_DF, WORD_WEIGHT, _strings


def _event_texts(df: pd.DataFrame) -> list[str]:
    from ..text import normalize
    titles, texts = _strings(df, "title"), _strings(df, "text")
    return [normalize(f"{t}\n{t}\n{x[:LEAD_CHARS]}", lower=True) for t, x in zip(titles, texts)]


def _hash(terms, n_features: int) -> np.ndarray:
    """Hash bucket (0 … n_features-1) of each string (MurmurHash3, stable across runs)."""
    from sklearn.utils import murmurhash3_32
    return np.fromiter((murmurhash3_32(t, seed=0, positive=True) % n_features for t in terms),
                       dtype=np.int64, count=len(terms))


class _EventFeatures:
    """The event features of a corpus, built block by block.

    Each article is tokenised once (title twice + lead, normalised, ``_event_texts``) into
    ``tokens``: counts over the run's vocabulary (articles × words; ≈ 0.6 KB an article).
    What a distinct word contributes is worked out once per word: its stem (article chain
    removed: والمحتجزين → محتجزين; function words dropped, ``framing.features.stopwords``),
    hashed to one of ``_NW`` columns (``stem``), and its character 3–5-grams (``char_wb``)
    hashed to ``_NC`` columns (``grams``).  Document frequencies per script group are summed
    block by block, so the IDF is that of the whole corpus and :meth:`features` of any set
    of rows is the same however the corpus is cut into blocks.
    """

    def __init__(self, df: pd.DataFrame, cross: bool = True):
        import itertools
        from sklearn.feature_extraction.text import HashingVectorizer
        from ..features import stopwords
        from ..text import split, words
        n = len(df)
        self.arabic, self.latin = _scripts(df)
        self.group = (~self.arabic).astype(int)
        self.n = np.bincount(self.group, minlength=2)
        index: dict[str, int] = {}
        data, cols, ptr = [], [], [np.zeros(1, np.int64)]

        def tokenise(a):
            toks = [words(t) for t in _event_texts(df.iloc[a:a + _CHUNK])]
            lens = np.fromiter(map(len, toks), dtype=np.int64, count=len(toks))
            return lens, *pd.factorize(np.fromiter(itertools.chain.from_iterable(toks), dtype=object,
                                                   count=int(lens.sum())))

        read = counted(ahead(tokenise, range(0, n, _CHUNK)), "events: reading (articles)", "article", n,
                       lambda x: len(x[0]))
        for lens, codes, uniq in read:      # a second process helps
            for w in uniq:
                index.setdefault(w, len(index))
            ids = np.fromiter((index[w] for w in uniq), np.int64, count=len(uniq))
            T = sp.csr_matrix((np.ones(len(codes), np.float32), (np.repeat(np.arange(len(lens)), lens), ids[codes])),
                              shape=(len(lens), len(index)))
            data.append(T.data); cols.append(T.indices); ptr.append(T.indptr[1:] + ptr[-1][-1])
        self.tokens = sp.csr_matrix((np.concatenate(data) if data else np.zeros(0, np.float32),
                                     np.concatenate(cols) if cols else np.zeros(0, np.int32),
                                     np.concatenate(ptr)), shape=(n, len(index)))
        stop = stopwords("all")
        content = [w if w not in stop else "" for w in index]
        stems = [split(w)[1] if w else "" for w in content]
        col = _hash(stems, _NW)
        ok = np.flatnonzero([bool(w) for w in content])
        self.stems = dict(zip(col[ok].tolist(), [stems[k] for k in ok]))     # column → a stem
        self.stem = sp.csr_matrix((np.ones(len(ok), np.float32), (ok, col[ok])), shape=(len(index), _NW))
        self.grams = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=False, n_features=_NC,
                                       alternate_sign=False, norm=None, dtype=np.float32).transform(content) \
            if content else sp.csr_matrix((0, _NC), dtype=np.float32)
        self.names = None
        if cross and self.arabic.any() and self.latin.any():
            parts = []
            for a in counted(range(0, n, _CHUNK), "events: names across scripts (articles)", "article", n,
                             lambda a: min(_CHUNK, n - a)):
                rows = np.arange(a, min(a + _CHUNK, n))
                terms = [_cross_terms(t, x, ar) if (ar or la) else []
                         for t, x, ar, la in zip(_strings(df, "title", rows), _strings(df, "text", rows),
                                                 self.arabic[rows], self.latin[rows])]
                r = np.repeat(np.arange(len(rows)), [len(t) for t in terms])
                parts.append(sp.csr_matrix((np.ones(len(r), np.float32),
                                            (r, _hash([t for ts in terms for t in ts], _NX))),
                                           shape=(len(rows), _NX)))
            self.names = sp.vstack(parts, format="csr")
        top = max(MAX_DF * n, 50)
        self.idf_words = _idf(self.n, self._doc_freq(self.stem, _NW), top)
        self.idf_chars = None                                  # counted when first needed
        if self.names is not None:
            self.idf_names = _idf(np.array([n]), np.bincount(self.names.indices, minlength=_NX)[None, :], np.inf)

    def _doc_freq(self, to_cols, width: int) -> np.ndarray:
        """Document frequency (2 script groups × ``width``) of ``tokens @ to_cols``, by blocks."""
        out = np.zeros((2, width), np.int64)
        for a in range(0, self.tokens.shape[0], _CHUNK):
            M = (self.tokens[a:a + _CHUNK] @ to_cols).tocsr()
            g = self.group[a:a + _CHUNK]
            for k in (0, 1):
                out[k] += np.bincount(M[np.flatnonzero(g == k)].indices, minlength=width)
        return out

    def words(self, rows):
        """Word (stem) TF-IDF of ``rows`` (articles × ``_NW``, L2-normalised rows)."""
        return _tfidf(self.tokens[rows] @ self.stem, self.group[rows], self.idf_words)

    def features(self, rows, top_k: int = 0):
        """``(L, R)`` of ``rows``: combined L2-normalised features whose products ``L @ R.T`` are
        the similarities (``WORD_WEIGHT`` · word cosine + the rest · character n-gram cosine).
        ``L`` is ``R`` unless the corpus mixes Arabic and Latin-script articles: then Arabic
        rows carry their name skeletons in block A of L and block B of R, Latin rows the other
        way round, so the name/number cosine (``CROSS_WEIGHT``) is added only across scripts."""
        from sklearn.preprocessing import normalize as l2
        if self.idf_chars is None:
            self.idf_chars = _idf(self.n, self._doc_freq(self.grams, _NC), max(MAX_DF * len(self.group), 50))
        group = self.group[rows]
        C = _tfidf(self.tokens[rows] @ self.grams, group, self.idf_chars)
        X = sp.hstack([np.sqrt(WORD_WEIGHT) * self.words(rows), np.sqrt(1 - WORD_WEIGHT) * C], format="csr")
        X = l2(_top_k(X, top_k)).astype(np.float32)
        if self.names is None:
            return X, X
        N = _tfidf(self.names[rows], np.zeros(len(group), int), self.idf_names) * np.float32(np.sqrt(CROSS_WEIGHT))
        A = sp.diags(self.arabic[rows].astype(np.float32)) @ N
        B = sp.diags(self.latin[rows].astype(np.float32)) @ N
        return sp.hstack([X, A, B], format="csr"), sp.hstack([X, B, A], format="csr")


def _idf(n: np.ndarray, df: np.ndarray, max_df: float) -> np.ndarray:
    """IDF per script group and column (``ln((1 + n) / (1 + df)) + 1``, scikit-learn's smoothed
    IDF), learnt within each group: in a mostly Arabic corpus the few English articles would
    otherwise find every English word rare.  0 for columns found in more than ``max_df``
    articles in all (they tell no event apart)."""
    idf = np.log((1.0 + n[:, None]) / (1.0 + df)) + 1.0
    return (idf * (df.sum(axis=0) <= max_df)).astype(np.float32)


def _tfidf(counts, group: np.ndarray, idf: np.ndarray):
    """Sublinear TF-IDF rows (``(1 + ln tf) · idf[group]``), L2-normalised."""
    from sklearn.preprocessing import normalize as l2
    M = sp.csr_matrix(counts, dtype=np.float32, copy=True)
    g = group[np.repeat(np.arange(M.shape[0]), np.diff(M.indptr))]
    M.data = (1.0 + np.log(M.data)) * idf[g, M.indices]
    M.eliminate_zeros()
    return l2(M)


def _top_k(X, k: int):
    """Keep the ``k`` largest weights of each row of a CSR matrix (the rest add little to a
    cosine but make every similarity product slower)."""
    X = sp.csr_matrix(X)
    nnz = np.diff(X.indptr)
    if not k or nnz.max(initial=0) <= k:
        return X
    rows = np.repeat(np.arange(X.shape[0]), nnz)
    # by row, largest weight first, equal weights by column: a row keeps the same weights
    # whichever rows it is computed with (results do not depend on how the corpus is cut)
    order = np.lexsort((X.indices, -X.data, rows))
    rank = np.arange(len(order)) - X.indptr[rows[order]]
    keep = np.zeros(len(order), bool)
    keep[order[rank < k]] = True
    return sp.csr_matrix((X.data[keep], X.indices[keep], np.concatenate([[0], np.cumsum(np.bincount(rows[keep], minlength=X.shape[0]))])),
                         shape=X.shape)


def _scripts(df: pd.DataFrame):
    """``(arabic, latin)`` boolean arrays: Arabic articles (by ``lang``, detected when missing),
    and Latin-script ones (not Arabic, and no Arabic letter in the title and lead)."""
    from ..text.script import detect_lang, has_arabic
    lang = df["lang"].astype("string") if "lang" in df.columns else pd.Series(pd.NA, index=df.index, dtype="string")
    missing = np.flatnonzero(lang.isna().to_numpy())
    if len(missing):
        lang = lang.copy()
        lang.iloc[missing] = [detect_lang(f"{t} {x[:400]}") or ""
                              for t, x in zip(_strings(df, "title", missing), _strings(df, "text", missing))]
    arabic = lang.to_numpy(dtype=object) == "ar"
    latin = np.zeros(len(df), bool)
    other = np.flatnonzero(~arabic)
    for k, t, x in zip(other, _strings(df, "title", other), _strings(df, "text", other)):
        sample = t + x[:200]
        latin[k] = bool(sample) and not has_arabic(sample)
    return arabic, latin


# -- across languages: names and numbers -------------------------------------------------
# Latin and Arabic articles share no words, but they share names (Karun / كارون) and
# numbers.  Names are compared as consonant skeletons: both scripts are mapped to one
# consonant alphabet, vowels (and inner و ي) dropped, doubled letters merged.
_AR_SKELETON = str.maketrans({
    "ب": "b", "ت": "t", "ث": "θ", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
    "س": "s", "ش": "š", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ا": "", "ى": "", "ة": "", "ء": "",
    "ئ": "", "ؤ": "", "ع": ""})
_LATIN_DIGRAPHS = (("kh", "x"), ("sh", "š"), ("th", "θ"), ("dh", "d"), ("gh", "g"), ("ph", "f"),
                   ("ck", "k"), ("q", "k"), ("c", "k"), ("p", "b"), ("v", "f"))
#: weight of the name/number similarity between an Arabic and a Latin-script article
CROSS_WEIGHT = 1.5


def _skeleton(word: str, arabic: bool) -> str:
    if arabic:
        s = word.translate(_AR_SKELETON)
    else:
        s = word.lower()
        for a, b in _LATIN_DIGRAPHS:
            s = s.replace(a, b)
        s = "".join(ch for ch in s if "a" <= ch <= "z" or ch in "xšθ")
    if not s:
        return ""
    head, rest = s[0], s[1:]
    head = "" if head in "aeiou" else head
    rest = "".join(ch for ch in rest if ch not in "aeiouwy")
    out = []
    for ch in head + rest:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _cross_terms(title: str, text: str, arabic: bool) -> list[str]:
    """Name skeletons (≥ 3 consonants) and numbers (≥ 2 digits) of an article's title and lead."""
    from ..text import normalize, split, words
    out = []
    for w in words(normalize(f"{title}\n{text[:LEAD_CHARS * 2]}")):
        if w.isdigit():
            if len(w) >= 2:
                out.append(w)
        elif arabic:
            sk = _skeleton(split(w)[1], True)
            if len(sk) >= 3:
                out.append("~" + sk)
        elif w[:1].isupper() and w.isalpha() and w.isascii():
            sk = _skeleton(w, False)
            if len(sk) >= 3:
                out.append("~" + sk)
    return out


