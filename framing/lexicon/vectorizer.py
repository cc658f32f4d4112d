"""A scikit-learn transformer: documents → sparse document × term count matrix."""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from .core import _check_voice, _none
from .format import load_lexicon
from .matcher import index_for, scan_field

__all__ = ["LexiconVectorizer"]


class LexiconVectorizer(TransformerMixin, BaseEstimator):
    """Count a lexicon's terms per document (clitic- and quote-aware, like ``framing terms``).

    Parameters
    ----------
    lexicon : str, path or Lexicon
        A shipped lexicon name, a lexicon YAML path, or a loaded :class:`~framing.lexicon.Lexicon`.
    voice : {"own", "quoted", "reported", "all"} or a list of them
        Which matches to count (default ``own``, as everywhere; see ``docs/matching.md``).

    ``fit`` learns nothing from the data; it loads the lexicon and fixes the
    feature order (``family:term`` in lexicon order).  ``transform`` accepts a list
    of strings or a DataFrame with a ``text`` column (and ``title``, matched too)
    and returns a ``scipy.sparse.csr_matrix`` of int64 counts (documents × terms).
    """

    def __init__(self, lexicon="captives", voice: str = "own"):
        self.lexicon = lexicon
        self.voice = voice

    def fit(self, X=None, y=None):
        _check_voice(self.voice)
        lex = load_lexicon(self.lexicon)
        self.lexicon_name_ = lex.name
        self.feature_names_ = [f"{t.family}:{t.id}" for t in lex.terms]
        self.vocabulary_ = {f: i for i, f in enumerate(self.feature_names_)}
        return self

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "vocabulary_")
        return np.asarray(self.feature_names_, dtype=object)

    def transform(self, X):
        check_is_fitted(self, "vocabulary_")
        index = index_for(load_lexicon(self.lexicon))
        fields = _fields(X)
        want = _check_voice(self.voice)
        rows, cols, vals = [], [], []
        for i, doc in enumerate(fields):
            counts: dict[int, int] = {}
            for k, value in enumerate(doc):
                _, hits, _ = scan_field(value, index, title=k == 0 and len(doc) == 2, want=want)
                for h in hits:
                    for fam, term, _ in h.entries:
                        j = self.vocabulary_[f"{fam}:{term}"]
                        counts[j] = counts.get(j, 0) + 1
            for j, c in counts.items():
                rows.append(i)
                cols.append(j)
                vals.append(c)
        return sp.csr_matrix((np.asarray(vals, dtype=np.int64), (rows, cols)),
                             shape=(len(fields), len(self.vocabulary_)), dtype=np.int64)

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags


def _fields(X) -> list[tuple]:
    """Per document: (title, text) for a DataFrame with titles, else (text,)."""
    import pandas as pd
    if isinstance(X, str):
        raise ValueError("LexiconVectorizer expects a list of documents, got a single string")
    if isinstance(X, pd.DataFrame):
        if "text" not in X.columns:
            raise ValueError(f"LexiconVectorizer needs a 'text' column, got columns {list(X.columns)}")
        texts = [_none(v) for v in X["text"].tolist()]
        if "title" in X.columns:
            return list(zip([_none(v) for v in X["title"].tolist()], texts))
        return [(t,) for t in texts]
    if isinstance(X, pd.Series):
        X = X.tolist()
    return [(_none(x),) for x in X]
