import pickle

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from framing.lexicon import LexiconVectorizer

DOCS = ["والرهائن والمحتجزين", "hostages, captives and hostages", "لا شيء", "«الرهائن بخير الآن» المحتجزين"]


def test_transform_counts_and_feature_names():
    v = LexiconVectorizer("captives")
    X = v.fit_transform(DOCS)
    assert sp.isspmatrix_csr(X) and X.shape == (4, 10) and X.dtype == np.int64
    names = list(v.get_feature_names_out())
    assert names[:2] == ["captives:hostages", "captives:detainees"]
    d = pd.DataFrame(X.toarray(), columns=names)
    assert d.loc[0, "captives:hostages"] == 1 and d.loc[0, "captives:detainees"] == 1
    assert d.loc[1, "captives:en_hostages"] == 2 and d.loc[1, "captives:en_captives"] == 1
    assert d.loc[2].sum() == 0


def test_voice_param_and_dataframe_input():
    X = LexiconVectorizer("captives", voice="own").fit_transform(DOCS)
    assert X[3].toarray().tolist()[0][:2] == [0, 1]           # quoted hostages not counted
    df = pd.DataFrame({"title": ["المتحدث: الرهائن بخير", None], "text": ["المحتجزين", "hostage"]})
    X = LexiconVectorizer("captives", voice="own").fit(df).transform(df)
    assert X.toarray()[0][:2].tolist() == [0, 1] and X.toarray()[1][5] == 1


def test_sklearn_contract(lex):
    v = LexiconVectorizer(lex, voice="quoted")
    c = clone(v)
    assert c.get_params() == {"lexicon": lex, "voice": "quoted"}
    c.set_params(voice="all")
    assert c.voice == "all"
    with pytest.raises(NotFittedError):
        LexiconVectorizer().transform(DOCS)
    with pytest.raises(NotFittedError):
        LexiconVectorizer().get_feature_names_out()
    fitted = LexiconVectorizer("captives").fit(DOCS)
    again = pickle.loads(pickle.dumps(fitted))
    assert (again.transform(DOCS) != fitted.transform(DOCS)).nnz == 0
    with pytest.raises(Exception, match="voice"):
        LexiconVectorizer(voice="loud").fit(DOCS)


def test_in_a_pipeline():
    pipe = make_pipeline(LexiconVectorizer("captives"), LogisticRegression())
    y = [1, 0, 0, 1]
    pipe.fit(DOCS, y)
    assert pipe.predict(["الرهائن الرهائن المحتجزين"]).shape == (1,)
