"""Arabic term analyser, vectoriser and corpus term matrix (fictional texts)."""
import pickle

import numpy as np
import pandas as pd
import pytest
from scipy import sparse
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from framing.errors import UsageError
from framing.vectorizer import ArabicCountVectorizer
from framing.features import (Analyzer, analyzer, fold_spelling, stopwords,
                              term_matrix)


def test_analyzer_normalises_splits_articles_and_drops_stop_words():
    assert analyzer("وَالمحتجزين في غزّة") == ["محتجزين", "غزة"]
    assert analyzer("قال إن الرهائن لدى الحركة منذ 2023") == ["قال", "رهائن", "حركة"]
    assert analyzer("The hostages' families") == ["hostages", "families"]
    assert analyzer("") == [] and analyzer(None) == []


def test_analyzer_keeps_one_letter_tokens_and_optional_numbers():
    # sklearn's default token_pattern would drop these
    assert analyzer("ج x") == ["ج", "x"]
    assert Analyzer(numbers=True)("عام ٢٠٢٣") == ["عام", "2023"]


def test_analyzer_uses_corpus_vocab_for_lone_clitics():
    assert analyzer("وقال") == ["وقال"]                        # rules only: و may be part of the word
    assert Analyzer({"قال": 10, "وقال": 3})("وقال") == ["قال"]
    assert Analyzer({"وزير": 10, "زير": 1})("وزير") == ["وزير"]
    assert analyzer("وفي ولم فلا") == []                       # stop words behind و/ف


def test_ngrams_may_hold_but_not_start_or_end_with_stop_words():
    out = Analyzer(ngram=3)("وزير الخارجية في غزة")
    assert out[:3] == ["وزير", "خارجية", "غزة"]
    assert "وزير خارجية" in out and "خارجية في غزة" in out
    assert "خارجية في" not in out and "في غزة" not in out
    assert "وزير خارجية في" not in out
    assert "وزير خارجية" not in Analyzer(ngram=1)("وزير الخارجية")
    with pytest.raises(UsageError):
        Analyzer(ngram=4)


def test_fold_spelling_table():
    assert fold_spelling("اميركية") == fold_spelling("امريكية")
    assert fold_spelling("مسئول") == fold_spelling("مسؤول")
    assert fold_spelling("غزه") == fold_spelling("غزة")
    assert fold_spelling("ترمب") == "ترامب"
    assert fold_spelling("ميركل") == "ميركل"   # not a prefix of أميركا
    a = Analyzer(fold_spelling=True)
    assert a("الأميركية") == a("الأمريكية")


def test_stopword_lists_are_shipped_and_normalised():
    ar, en = stopwords("ar"), stopwords("en")
    assert {"في", "الي", "علي", "الذي", "كان", "هذه"} <= ar       # normalised: إلى → الي
    assert not any(w.startswith("#") for w in ar | en)
    assert {"the", "and", "of"} <= en and "hostage" not in en
    assert stopwords("all") == ar | en and stopwords(None) == frozenset()
    assert stopwords(["إلى"]) == {"الي"}
    with pytest.raises(UsageError):
        stopwords("fr")


def test_vectorizer_is_sklearn_compatible():
    docs = ["قال الوزير إن المحتجزين بخير", "والمحتجزين في غزة", "وقال الوزير كلاما"]
    v = ArabicCountVectorizer(ngram=2)
    X = v.fit_transform(docs)
    vocab = v.vocabulary_
    assert "محتجزين" in vocab and "وزير" in vocab and "في" not in vocab
    assert "قال" in vocab and "وقال" not in vocab                # split with the training vocabulary
    assert X[1, vocab["محتجزين"]] == 1 and X.sum() == sum(len(v.build_analyzer()(d)) for d in docs)
    assert clone(v).get_params()["ngram"] == 2
    v2 = pickle.loads(pickle.dumps(v))
    assert (v2.transform(docs) != X).nnz == 0
    model = make_pipeline(ArabicCountVectorizer(), LogisticRegression()).fit(docs, [0, 1, 0])
    assert list(model.predict(["والمحتجزين في غزة"])) == [1]


def _df():
    return pd.DataFrame({
        "id": ["a", "b", "c"], "outlet": ["Desert Herald", "Coast Times", "Coast Times"],
        "title": ["الأميركية", None, "رهائن"],
        "text": ["والمحتجزين في غزة والمحتجزين", "الأمريكية والأمريكية المحتجزين", "قطاع غزة"]})


def test_term_matrix_counts_and_spellings():
    m = term_matrix(_df())
    assert m.X.shape == (3, len(m.terms)) and sparse.isspmatrix_csr(m.X)
    col = {t: i for i, t in enumerate(m.terms)}
    assert m.X[0, col["محتجزين"]] == 2 and m.X[1, col["محتجزين"]] == 1
    assert m.X[2, col["رهائن"]] == 1                              # titles count
    assert "في" not in col
    # X is S summed over the spellings of each term
    P = sparse.csr_matrix((np.ones(len(m.spelling_term)), (np.arange(len(m.spelling_term)), m.spelling_term)))
    assert (m.S @ P != m.X).nnz == 0
    assert set(m.spelling[m.spelling_term == col["محتجزين"]]) == {"والمحتجزين", "المحتجزين"}
    assert list(m.docs.columns) == ["id", "outlet"]
    assert set(m.order) == {1}


def test_term_matrix_fold_shows_the_commonest_spelling_and_ngrams():
    m = term_matrix(_df(), fold_spelling=True)
    assert "امريكية" in set(m.terms) and "اميركية" not in set(m.terms)
    assert m.X[:, list(m.terms).index("امريكية")].sum() == 3
    m2 = term_matrix(_df(), ngram=2)
    assert "قطاع غزة" in set(m2.terms) and set(m2.order) == {1, 2}
    assert m2.tile(3).X.shape == (9, len(m2.terms))
    with pytest.raises(UsageError):
        term_matrix(_df(), ngram=5)


def test_ngrams_do_not_cross_punctuation_or_the_headline_join():
    out = Analyzer(ngram=2)("انهيار الهدنة\n\nوزارة الصحة تعلن حصيلة القتلى. صواريخ أطلقت على المدينة")
    assert "هدنه وزاره" not in out and "هدنة وزارة" not in out          # headline | body
    assert not any(g.startswith("قتلي ") or g.startswith("قتلى ") for g in out if " " in g)   # across «.»
    assert any(" " in g for g in out)                                     # bigrams inside a sentence remain
