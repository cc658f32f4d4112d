"""Corpus-level analyses: lexicon matching combined with statistics.

``count_terms`` (term counts by group, with shares and CIs) and ``compare_terms`` (one family
compared across groups) match a lexicon in a corpus (:mod:`framing.lexicon`) and hand the
per-document counts to :mod:`framing.stats`.  This layer sits above both, so neither has
to import the other.
"""
from __future__ import annotations

from .errors import UsageError
from .lexicon.core import _counts_and_docs, _frame, _none
from .lexicon.format import load_lexicon

__all__ = ["count_terms", "compare_terms", "languages_to_compare"]

_BY = {"doc": None, "outlet": ["outlet"], "event": ["event_id"], "outlet,event": ["outlet", "event_id"],
       "event,outlet": ["outlet", "event_id"]}


def count_terms(corpus, lexicon, by: str = "doc", voice: str = "own", n_boot: int = 1000, seed: int = 0,
                morph=None, lang: str | None = None):
    """Term counts.

    ``by="doc"``: ``doc_id, family, term, count`` — one row per non-zero count
    (title and text together).  ``by="outlet"``, ``"event"`` or ``"outlet,event"``:
    ``outlet, [event_id,] family, term, articles, matches, tokens, rate_per_10k,
    share, ci_low, ci_high`` from :func:`framing.stats.shares` (share of the term in
    its family; 95 % bootstrap CI resampling articles, ``n_boot`` draws, ``seed``).
    ``morph``: optional lemma matching (:class:`~framing.lexicon.morph.LemmaMatcher`).
    ``lang`` (``ar`` or ``en``): only articles of that language (corpus ``lang`` column) and
    only the lexicon's terms of that language, so shares compare like with like.
    """
    cols = _by(by)
    lex = load_lexicon(lexicon)
    if lang is not None:
        lex, corpus = lex.only_language(lang), _only_lang(corpus, lang)
    counts, docs = _counts_and_docs(corpus, lex, voice, morph)
    if cols is None:
        return counts.sort_values(["doc_id", "family", "term"], kind="stable").reset_index(drop=True)
    from .stats import shares
    terms = lex.terms_table()
    out = shares(counts, docs, by=cols if len(cols) > 1 else cols[0], n_boot=n_boot, seed=seed,
                 terms=terms[["family", "term"]])
    return _own_language_rows(out, terms, _frame(corpus), cols)


def _own_language_rows(table, terms, df, cols):
    """Drop the rows of terms in a language a group does not write in (an Arabic outlet's
    zero rows for "hostages"), when the lexicon mixes languages; shares are unchanged."""
    if terms["language"].nunique() < 2 or "lang" not in df.columns:
        return table
    group_lang = (df.rename(columns={"id": "doc_id"}).dropna(subset=["lang"]).groupby(cols)["lang"]
                  .agg(lambda s: s.mode().iat[0]).rename("_group_lang").reset_index())
    term_lang = terms[["family", "term", "language"]]
    t = table.merge(term_lang, on=["family", "term"], how="left").merge(group_lang, on=cols, how="left")
    keep = t["_group_lang"].isna() | (t["language"] == t["_group_lang"])
    return table[keep.to_numpy()].reset_index(drop=True)


def languages_to_compare(term_languages, article_languages) -> list[str]:
    """The languages in which a family must be compared separately, most articles first; [] when
    no split is needed (the family's terms are of one language, or the articles of one of them).

    An Arabic outlet never chooses between رهائن and "hostages": comparing outlets of two
    languages on one mixed family would measure language, not word choice.
    """
    import pandas as pd
    fam = set(term_languages)
    counts = pd.Series(article_languages).value_counts()
    present = [x for x in counts.index if x in fam]
    return present if len(fam) > 1 and len(present) > 1 else []


def compare_terms(corpus, lexicon, family: str, by: str = "outlet", within_events: bool = False,
                  voice: str = "own", lang: str | None = "auto", n_boot: int = 1000, seed: int = 0, morph=None):
    """Compare how groups (outlets) name one thing: :func:`framing.stats.compare` on a lexicon family.

    Returns a :class:`~framing.stats.Comparison` (``.shares``, ``.test``, ``.pairwise``,
    ``.sentence``) with one more attribute, ``.lang``: the language compared.

    ``lang``: ``ar`` or ``en`` compares only articles of that language on the family's
    terms of that language.  ``auto`` (default): when the family holds terms of several
    languages and the corpus articles of several languages, the language with the most
    articles — an Arabic outlet never chooses between رهائن and "hostages", so mixing
    languages would measure language, not word choice.  ``None``: no restriction.
    """
    import pandas as pd

    from .errors import InputError
    from .stats import compare
    lex = load_lexicon(lexicon)
    fam = lex.family(family)
    df = _frame(corpus)
    if lang == "auto":
        parts = languages_to_compare([t.language for t in fam.terms], df.get("lang", pd.Series(dtype=object)))
        lang = parts[0] if parts else None
    if lang is not None:
        lex = lex.only_language(lang)
        lex.family(family)
        df = _only_lang(df, lang)
        if len(df) == 0:
            raise InputError(f"the corpus has no articles in language {lang!r}")
    if by not in df.columns:
        raise InputError(f"the corpus has no column {by!r} to compare by; columns: {', '.join(df.columns)}")
    counts, docs = _counts_and_docs(df, lex, voice, morph)
    if by not in docs.columns:
        docs = docs.merge(df[["id", by]].rename(columns={"id": "doc_id"}), on="doc_id", how="left")
    res = compare(counts, docs, family, by=by, within_events=within_events, n_boot=n_boot, seed=seed,
                  terms=lex.terms_table()[["family", "term"]])
    res.lang = lang
    return res


def _only_lang(corpus, lang: str):
    """The articles of one language (from the ``lang`` column, detected when missing)."""
    from .text.script import detect_lang
    df = _frame(corpus)
    if "lang" in df.columns:
        langs = df["lang"]
    else:
        langs = [detect_lang(f"{_none(t) or ''} {_none(x) or ''}") for t, x in zip(df.get("title", [None] * len(df)),
                                                                                 df["text"])]
    import pandas as pd
    return df[pd.Series(list(langs), index=df.index).eq(lang).fillna(False).to_numpy(dtype=bool)]


def _by(by: str):
    key = by.replace(" ", "") if isinstance(by, str) else by
    if key not in _BY:
        raise UsageError(f"by must be one of doc, outlet, event, outlet,event; got {by!r}")
    return _BY[key]
