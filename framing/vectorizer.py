"""scikit-learn's ``CountVectorizer`` over framing's Arabic terms (clitics split, spelling normalised).

Its own module so that ``framing.features`` (and ``framing keyness``) does not import scikit-learn.
"""
from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

from .features import Analyzer
from .text.vocab import word_counts

__all__ = ["ArabicCountVectorizer"]


class ArabicCountVectorizer(CountVectorizer):
    """scikit-learn ``CountVectorizer`` over framing terms (see :class:`framing.features.Analyzer`).

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
        self.analyzer_ = self._analyzer(word_counts(docs) if self.corpus_vocab else None)
        return super().fit_transform(docs, y)

    def fit(self, raw_documents, y=None):
        self.fit_transform(raw_documents, y)
        return self
