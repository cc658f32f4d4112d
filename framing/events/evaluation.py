"""Events against gold labels: B-cubed and pairwise scores, reading label files."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import InputError, SchemaError
from ._common import _frame


# -- evaluation --------------------------------------------------------------------------
def evaluate(pred, gold) -> dict:
    """B-cubed and pairwise precision, recall, F1 of predicted events against gold events.

    ``pred`` and ``gold`` are Series (or dicts) id → event.  Only ids present in
    both count (``n``).  B-cubed: for each article, precision = share of its
    predicted event's (gold-labelled) articles that share its gold event; recall =
    share of its gold event's articles in its predicted event; averaged over
    articles.  Pairwise: over article pairs placed together.  With no pair at all
    in a denominator the pairwise score is 1.0 (nothing wrongly placed).
    """
    p = pd.Series(pred).dropna()
    g = pd.Series(gold).dropna()
    p.index, g.index = p.index.astype(str), g.index.astype(str)
    both = g.index.intersection(p.index)
    if not len(both):
        raise InputError("no article of the gold labels has a predicted event (ids do not match)")
    t = pd.DataFrame({"p": p[both].astype(str).to_numpy(), "g": g[both].astype(str).to_numpy()})
    cell = t.groupby(["p", "g"]).size().rename("n").reset_index()
    cell["np"] = cell["p"].map(t["p"].value_counts())
    cell["ng"] = cell["g"].map(t["g"].value_counts())
    n = len(t)
    bp = float((cell["n"] ** 2 / cell["np"]).sum() / n)
    br = float((cell["n"] ** 2 / cell["ng"]).sum() / n)

    def pairs(x):
        x = np.asarray(x, dtype=float)
        return float((x * (x - 1) / 2).sum())

    tp = pairs(cell["n"])
    pp, gp = pairs(t["p"].value_counts()), pairs(t["g"].value_counts())
    pw_p = tp / pp if pp else 1.0
    pw_r = tp / gp if gp else 1.0

    def f1(a, b):
        return 2 * a * b / (a + b) if a + b else 0.0

    return {"bcubed_precision": bp, "bcubed_recall": br, "bcubed_f1": f1(bp, br),
            "pairwise_precision": pw_p, "pairwise_recall": pw_r, "pairwise_f1": f1(pw_p, pw_r), "n": n}


def read_gold(path, corpus) -> pd.Series:
    """Read a gold/labels CSV as a Series article id → event.

    Accepts ``id,event`` or ``source,event``; a ``source`` matches an article whose
    ``source_path`` equals it or ends with ``/source`` (for ``file#fragment`` also
    when the file matches and the fragment is the article id or its row).
    """
    df = corpus if isinstance(corpus, pd.DataFrame) else _frame(corpus)
    try:
        g = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    except (OSError, ValueError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read labels {path}: {str(e).splitlines()[0]}") from e
    g.columns = [c.strip().lower() for c in g.columns]
    if "event" not in g.columns or not ({"id", "source"} & set(g.columns)):
        raise SchemaError(f"{path}: expected columns id,event or source,event; got {', '.join(g.columns)}")
    g = g.dropna(subset=["event"])
    if "id" in g.columns:
        return pd.Series(g["event"].to_numpy(), index=g["id"].astype(str).to_numpy())
    return pd.Series(*_match_sources(g["source"].astype(str).tolist(), g["event"].tolist(), df))


def _match_sources(sources, events, df):
    paths = df["source_path"].fillna("").astype(str).str.replace("\\", "/").tolist()
    ids = df["id"].astype(str).tolist()
    by_path: dict[str, list[int]] = {}
    for k, p in enumerate(paths):
        by_path.setdefault(p, []).append(k)
    vals, idx = [], []
    for s, ev in zip(sources, events):
        s = s.strip().replace("\\", "/").lstrip("./")
        hits = [k for k, p in enumerate(paths) if p == s or p.endswith("/" + s)]
        if not hits and "#" in s:
            f, frag = s.rsplit("#", 1)
            hits = [k for k, p in enumerate(paths)
                    if (p.split("#")[0] == f or p.split("#")[0].endswith("/" + f))
                    and (ids[k] == frag or p.rsplit("#", 1)[-1] == frag)]
        for k in hits:
            vals.append(ev)
            idx.append(ids[k])
    return vals, idx


