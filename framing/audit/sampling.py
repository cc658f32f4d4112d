"""Draw the lines to label: a seeded sample of a lexicon's matches, stratified by term."""
from __future__ import annotations

import random

import pandas as pd

from ..errors import UsageError
from ..lexicon.core import _frame
from ..lexicon.format import load_lexicon, shipped_lexicons
from .files import AUDIT_COLUMNS

__all__ = ["sample"]


def _squash(s: str) -> str:
    return " ".join(s.split()) if s else ""


def _date(d) -> str:
    """``YYYY-MM-DD`` of a date (text or timestamp), empty when unknown."""
    if d is None or (not isinstance(d, str) and pd.isna(d)):
        return ""
    return str(d)[:10]


def lexicon_ref(lex) -> str:
    """How an audit file names its lexicon: the shipped name, else the YAML path it was read from."""
    if lex.name in shipped_lexicons():
        return lex.name
    return str(lex.path or lex.name)


def sample(corpus, lexicon, *, family: str | None = None, per_term: int = 20, voice: str = "own",
           seed: int = 0, width: int = 80, morph=None, jobs: int | None = None, exclude_copies: bool = False,
           outlet=None, since=None, until=None, event=None) -> pd.DataFrame:
    """Concordance lines to label by hand: up to ``per_term`` matches of every term (all of them
    when a term has fewer), drawn with ``seed``; the same corpus, lexicon and seed give the same
    lines, and each term is drawn on its own (adding a term does not change the others' lines).

    ``family``: only this family; ``voice``: ``own`` (default, as everywhere), ``quoted``, ``reported``, ``all``
    or a list of them;
    ``width``: characters of context on each side.  Columns :data:`~framing.audit.AUDIT_COLUMNS`:
    ``id, outlet, published, family, term, field, start, end, left, match, right, voice``
    (offsets into the original field, text in the outlet's own spelling), the empty coder columns
    ``sense_ok, voice_ok, coder, note``, ``lexicon``, and ``term_matches`` (the term's matches in the
    corpus: its stratum size, used to weight the family's precision).  Lines are grouped by family and term
    (lexicon order), then by document.  ``jobs``: worker processes for the matching (default:
    ``FRAMING_JOBS`` or all cores; the same lines for any number; a corpus directory is read row
    group by row group, and only the drawn lines' texts are kept).
    ``exclude_copies``, ``outlet``, ``since``, ``until``, ``event``: the shared filters
    (:func:`framing.corpus.select`): lines are drawn from those articles only, and ``term_matches``
    counts the matches in them (the precision is then that of the articles studied).
    """
    if per_term < 1:
        raise UsageError(f"per_term must be 1 or more lines, got {per_term}")
    if width < 0:
        raise UsageError(f"width must be 0 or more characters, got {width}")
    lex = load_lexicon(lexicon)
    if family is not None:
        lex.family(family)
    from ..chunks import run, streamable
    from ..lexicon.parts import matches, texts_plan
    from ..corpus import selected
    corpus = selected(corpus, outlet=outlet, since=since, until=until, event=event, exclude_copies=exclude_copies)
    src = corpus if streamable(corpus) is not None else _frame(corpus)
    m = matches(src, lex, voice, morph, jobs=jobs)
    if family is not None:
        m = m[m["family"] == family]
    order = {(t.family, t.id): i for i, t in enumerate(lex.terms)}
    picked = []
    for (fam, term), g in sorted(m.groupby(["family", "term"], sort=False),
                                 key=lambda kv: order.get(kv[0], len(order))):
        g = g.sort_values(["id", "field", "start"], kind="stable")
        if len(g) > per_term:
            rows = sorted(random.Random(f"{seed}|{fam}|{term}").sample(range(len(g)), per_term))
            g = g.iloc[rows]
        picked.append(g)
    out = pd.concat(picked, ignore_index=True) if picked else m.iloc[:0]
    stratum = m.groupby(["family", "term"]).size()
    text = run(src, texts_plan(set(out["id"].astype(str))), jobs, "lines") if len(out) else {}
    left, mid, right = [], [], []
    for doc, f, s, e in zip(out["id"].astype(str), out["field"], out["start"], out["end"]):
        v = text.get((doc, f)) or ""
        left.append(_squash(v[max(0, s - width):s]))
        mid.append(v[s:e])
        right.append(_squash(v[e:e + width]))
    out = out.assign(id=out["id"].astype(str), left=left, match=mid, right=right,
                     sense_ok=float("nan"), voice_ok=float("nan"), coder="", note="", lexicon=lexicon_ref(lex),
                     term_matches=[int(stratum.get((f, t), 0)) for f, t in zip(out["family"], out["term"])])
    out["published"] = out["published"].map(_date)
    return out[AUDIT_COLUMNS].reset_index(drop=True)
