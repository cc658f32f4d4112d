"""What a user would write without framing, one baseline per process (run by ``benchmarks/run.py``).

    python benchmarks/baselines.py NAME CORPUS [--limit N]

NAME: ``terms_camel_hand_loop``, ``keyness_sklearn_logodds``, ``keyness_scattertext``,
``events_dense_cosine``.  CORPUS: a framing corpus directory (its ``articles.parquet`` is read with
pandas, as a user would) or a table pandas reads.  The last line printed is JSON:
``articles, megabytes`` (UTF-8 titles + texts read) and what the baseline found.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path


def read(corpus: Path, limit: int):
    """The first ``limit`` articles: DataFrame ``outlet, title, text`` (missing text as "")."""
    import pandas as pd
    path = corpus / "articles.parquet" if corpus.is_dir() else corpus
    if path.suffix == ".parquet":        # only the first ``limit`` rows are read
        import pyarrow.parquet as pq
        parts, rows = [], 0
        for batch in pq.ParquetFile(path).iter_batches(batch_size=65536, columns=["outlet", "title", "text"]):
            parts.append(batch.to_pandas())
            rows += len(parts[-1])
            if rows >= limit:
                break
        df = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["outlet", "title", "text"])
    else:
        df = pd.read_json(path, lines=True)[["outlet", "title", "text"]]
    return df.head(limit).fillna({"title": "", "text": ""})


def camel_hand_loop(df, lexicon) -> dict:
    """Per-term counts with camel-tools the obvious way: tokenise, normalise each token, strip
    clitic prefixes and suffixes until the rest is a form (no voice, no multi-word forms)."""
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (normalize_alef_ar, normalize_alef_maksura_ar,
                                             normalize_teh_marbuta_ar)

    def norm(w):
        return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(w)))).replace("ـ", "")

    forms = {norm(f).lower(): t.id for t in lexicon.terms for f in t.forms if " " not in f}
    prefixes = ["", "و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "وك", "فب",
                "فل", "وبال", "وكال", "ولل", "فبال", "فلل"]
    suffixes = ["", "ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ي"]
    counts: dict = {}
    for title, text in zip(df["title"], df["text"]):
        for tok in simple_word_tokenize(title + "\n" + text):
            w = norm(tok).lower()
            hit = next((forms[c[:len(c) - len(s)]] for p in prefixes if w.startswith(p)
                        for c in [w[len(p):]] for s in suffixes
                        if c.endswith(s) and c[:len(c) - len(s)] in forms), None)
            if hit:
                counts[hit] = counts.get(hit, 0) + 1
    return counts


def sklearn_logodds(df, top: int = 20, a0: float = 1000.0) -> int:
    """Each outlet against the rest: CountVectorizer word counts (no clitic handling, no
    normalisation), Monroe et al. log-odds with an informative Dirichlet prior in numpy; returns
    the number of (outlet, word) rows kept (``top`` per outlet)."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import CountVectorizer
    X = CountVectorizer(min_df=5).fit_transform(df["title"] + " " + df["text"])
    codes, outlets = df["outlet"].factorize()
    G = sp.csr_matrix((np.ones(len(codes)), (codes, np.arange(len(codes)))), shape=(len(outlets), len(codes)))
    per = np.asarray((G @ X).todense(), dtype=float)          # outlets × words
    total = per.sum(0)
    prior = a0 * total / total.sum()
    rows = 0
    for y_t in per:
        y_r = total - y_t
        n_t, n_r = y_t.sum(), y_r.sum()
        d = (np.log((y_t + prior) / (n_t + a0 - y_t - prior)) - np.log((y_r + prior) / (n_r + a0 - y_r - prior)))
        z = d / np.sqrt(1 / (y_t + prior) + 1 / (y_r + prior))
        rows += len(np.argsort(-z)[:top])
    return rows


def scattertext_keyness(df) -> int:
    """scattertext's corpus and scaled F-scores, the usual first use: terms scored per outlet."""
    import scattertext as st
    corpus = st.CorpusFromPandas(df.assign(body=df["title"] + " " + df["text"]), category_col="outlet",
                                 text_col="body", nlp=st.whitespace_nlp_with_sentences).build()
    rows = 0
    for outlet in corpus.get_categories():
        rows += len(corpus.get_scaled_f_scores(outlet))
    return rows


def dense_events(df, threshold: float = 0.3) -> int:
    """All-pairs cosine on TF-IDF (dense n×n) and connected components: returns the event count."""
    from scipy.sparse.csgraph import connected_components
    from sklearn.feature_extraction.text import TfidfVectorizer
    X = TfidfVectorizer(sublinear_tf=True).fit_transform(df["title"] + " " + df["text"])
    return int(connected_components((X @ X.T).toarray() >= threshold, directed=False)[0])


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("name", choices=["terms_camel_hand_loop", "keyness_sklearn_logodds", "keyness_scattertext",
                                     "events_dense_cosine"])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=10**12)
    args = ap.parse_args(argv)
    df = read(args.corpus, args.limit)
    mb = sum(len(t.encode()) for col in ("title", "text") for t in df[col]) / 1e6
    out = {"articles": len(df), "megabytes": round(mb, 2)}
    if args.name == "terms_camel_hand_loop":
        from framing import load_lexicon
        out["matches"] = sum(camel_hand_loop(df, load_lexicon("captives")).values())
    elif args.name == "keyness_sklearn_logodds":
        out["rows"] = sklearn_logodds(df)
    elif args.name == "keyness_scattertext":
        out["rows"] = scattertext_keyness(df)
    else:
        out["events"] = dense_events(df)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
