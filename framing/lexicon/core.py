"""Matching a corpus: per-match rows, per-document counts, per-outlet shares.

Every function takes a :class:`framing.corpus.Corpus`, a DataFrame with the corpus
columns (at least ``id`` and ``text``; ``title``, ``outlet``, ``published`` and
``event_id`` when present) or a path that :func:`framing.corpus.load` opens.
Title and text are both searched.  ``voice`` is ``own`` (the outlet's own words),
``quoted`` (inside quotes, reported naming or a «Speaker: statement» headline) or
``all``; see :mod:`framing.lexicon.voice`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..errors import UsageError
from ..text.normalize import DIACRITICS, INVISIBLES, TATWEEL, normalize
from .format import Lexicon, load_lexicon
from .matcher import index_for, scan_field

__all__ = ["match", "counts_and_docs", "doc_tokens", "iter_counts", "iter_matches", "VOICES", "BATCH_ROWS"]

VOICES = ("own", "quoted", "all")
BATCH_ROWS = 5000
MATCH_COLUMNS = ["doc_id", "outlet", "published", "event_id", "family", "term", "field", "start", "end",
                 "surface", "voice"]
COUNT_COLUMNS = ["doc_id", "family", "term", "count"]
DOC_COLUMNS = ["doc_id", "outlet", "event_id", "published", "tokens"]


def _check_voice(voice: str) -> str:
    if voice not in VOICES:
        raise UsageError(f"voice must be one of {', '.join(VOICES)}, got {voice!r}")
    return voice


def _scanner(lexicon, morph=None):
    """``scan(text, title, want) -> (tokens, hits, norm)``: the rule matcher, or a
    :class:`~framing.lexicon.morph.LemmaMatcher` when ``morph`` is one (or a database path)."""
    if morph is None:
        index = index_for(load_lexicon(lexicon))
        return lambda text, title, want, label=True: scan_field(text, index, title=title, want=want,
                                                               label_voice=label)
    if not hasattr(morph, "scan_field"):
        from .morph import LemmaMatcher
        morph = LemmaMatcher(lexicon, morph)
    return lambda text, title, want, label=True: morph.scan_field(text, title=title, want=want)


def _frame(corpus):
    """The articles DataFrame of a Corpus, DataFrame or path."""
    import pandas as pd
    from ..corpus import Corpus, from_frame, load
    if isinstance(corpus, Corpus):
        return corpus.df
    if isinstance(corpus, pd.DataFrame):
        if "id" in corpus.columns and "text" in corpus.columns:
            return corpus
        return from_frame(corpus)
    return load(corpus).df


def _rows(df) -> Iterator[tuple]:
    """(id, outlet, published, event_id, title, text) per row; missing columns give None."""
    n = len(df)
    cols = [df[c].tolist() if c in df.columns else [None] * n
            for c in ("id", "outlet", "published", "event_id", "title", "text")]
    return zip(*cols)


def _batches(df, rows: int = BATCH_ROWS):
    for i in range(0, len(df), rows):
        yield df.iloc[i:i + rows]


def _none(v):
    import pandas as pd
    return None if v is None or (not isinstance(v, str) and pd.isna(v)) else v


def iter_counts(batches: Iterable, lexicon, voice: str = "own", morph=None):
    """Count matches batch by batch: yields ``(counts, docs)`` DataFrames per batch of articles.

    ``batches``: DataFrames (or pyarrow RecordBatches) with the corpus columns, e.g.
    ``pyarrow.parquet.ParquetFile(path).iter_batches(columns=[...])`` for corpora
    that do not fit in memory.  ``counts``: ``doc_id, family, term, count`` (non-zero
    rows); ``docs``: ``doc_id, outlet, event_id, published, tokens`` (every article).
    ``morph``: optional :class:`~framing.lexicon.morph.LemmaMatcher` (or database path).
    """
    import pandas as pd
    _check_voice(voice)
    scan = _scanner(lexicon, morph)
    for batch in batches:
        if not isinstance(batch, pd.DataFrame):
            batch = batch.to_pandas()
        counts: dict[tuple[str, str, str], int] = {}
        docs = []
        for doc_id, outlet, published, event_id, title, text in _rows(batch):
            doc_id = _none(doc_id)
            tokens = 0
            for field, value in (("title", title), ("text", text)):
                value = _none(value)
                n, hits, _ = scan(value, field == "title", voice, False)
                tokens += n
                for h in hits:
                    for fam, term, _form in h.entries:
                        key = (doc_id, fam, term)
                        counts[key] = counts.get(key, 0) + 1
            docs.append((doc_id, _none(outlet), _none(event_id), _none(published), tokens))
        cdf = pd.DataFrame([(*k, v) for k, v in counts.items()], columns=COUNT_COLUMNS)
        cdf["count"] = cdf["count"].astype("int64")
        ddf = pd.DataFrame(docs, columns=DOC_COLUMNS)
        ddf["tokens"] = ddf["tokens"].astype("int64")
        yield cdf, ddf


def counts_and_docs(corpus, lexicon, voice: str = "own", morph=None):
    """``(counts, docs)`` of the whole corpus: :func:`iter_counts` joined over its batches."""
    import pandas as pd
    parts = list(iter_counts(_batches(_frame(corpus)), lexicon, voice, morph))
    if not parts:
        return (pd.DataFrame({c: pd.Series(dtype="int64" if c == "count" else "object") for c in COUNT_COLUMNS}),
                pd.DataFrame({c: pd.Series(dtype="int64" if c == "tokens" else "object") for c in DOC_COLUMNS}))
    counts = pd.concat([p[0] for p in parts], ignore_index=True)
    docs = pd.concat([p[1] for p in parts], ignore_index=True)
    return counts, docs


def doc_tokens(corpus):
    """``doc_id, outlet, event_id, published, tokens``: word tokens in title + text, one row per article.

    Tokens are counted fast, as whitespace-separated pieces of the normalised title and text
    (``hostage's`` is one token; a dash or « standing alone between spaces counts as one):
    within 0.2% of :func:`framing.text.words` on real news (SaudiNewsNet sample), the same rule for
    every outlet, which is what rates per 10,000 tokens need.
    """
    import pandas as pd
    from .format import Lexicon, Family, Term
    empty = Lexicon(name="_tokens", version=1, description="",
                    families=(Family("_", (Term("_", "_", "en", ("\x00",)),)),))
    parts = [d for _, d in iter_counts(_batches(_frame(corpus)), empty, "all")]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=DOC_COLUMNS)


# -- matches with offsets into the original text -------------------------------------------

_DELETED = frozenset(DIACRITICS + TATWEEL + INVISIBLES)
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def offset_map(original: str, norm: str) -> list[int]:
    """For each character of ``norm = normalize(original, lower=True)``, its offset in ``original``."""
    if not _PRESENTATION.search(original):
        keep = [i for i, c in enumerate(original) if c not in _DELETED]
        if len(keep) == len(norm):
            return keep
    out: list[int] = []
    for i, c in enumerate(original):
        out.extend([i] * len(normalize(c, lower=True)))
    if len(out) != len(norm):  # pragma: no cover - normalisation that is not per character
        out = (out + [len(original)] * len(norm))[:len(norm)]
    return out


def to_original(original: str, omap: list[int], start: int, end: int) -> tuple[int, int]:
    """Map normalised ``[start, end)`` to the original text (trailing diacritics included)."""
    s = omap[start]
    e = omap[end - 1] + 1
    while e < len(original) and original[e] in _DELETED and original[e] not in INVISIBLES:
        e += 1
    return s, e


def _hits(corpus, lexicon, voice: str, morph=None):
    """``(row, field, value, start, end, family, term, voice)`` for every match, document by
    document: ``row`` = ``(doc_id, outlet, published, event_id)``, ``value`` the original
    title or text and ``start``/``end`` offsets into it."""
    _check_voice(voice)
    scan = _scanner(lexicon, morph)
    for doc_id, outlet, published, event_id, title, text in _rows(_frame(corpus)):
        row = (_none(doc_id), _none(outlet), _none(published), _none(event_id))
        for field, value in (("title", title), ("text", text)):
            value = _none(value)
            _, hits, norm = scan(value, field == "title", voice)
            if not hits:
                continue
            omap = offset_map(value, norm)
            for h in hits:
                s, e = to_original(value, omap, h.start, h.end)
                for fam, term, _form in h.entries:
                    yield row, field, value, s, e, fam, term, h.voice


def iter_matches(corpus, lexicon, *, voice: str = "own", morph=None):
    """Yield match rows (dicts with the :func:`match` columns), document by document."""
    for (doc_id, outlet, published, event_id), field, value, s, e, fam, term, v in _hits(corpus, lexicon, voice, morph):
        yield {"doc_id": doc_id, "outlet": outlet, "published": published, "event_id": event_id,
               "family": fam, "term": term, "field": field, "start": s, "end": e, "surface": value[s:e],
               "voice": v}


def match(corpus, lexicon, *, voice: str = "own", morph=None):
    """Every match: ``doc_id, outlet, published, event_id, family, term, field (title|text),
    start, end, surface, voice (own|quoted)``; ``start``/``end`` are character offsets
    into the original ``title`` or ``text`` and ``surface`` is the word as printed.
    ``voice``: ``own`` (default, as in every function), ``quoted`` or ``all`` (every match).
    ``morph``: optional lemma matching (:class:`~framing.lexicon.morph.LemmaMatcher`)."""
    import pandas as pd
    df = pd.DataFrame(list(iter_matches(corpus, lexicon, voice=voice, morph=morph)), columns=MATCH_COLUMNS)
    return df.astype({"start": "int64", "end": "int64"})


def ad_hoc_lexicon(word: str) -> Lexicon:
    """A one-form lexicon for a WORD query (family ``query``, term = the word)."""
    from .format import parse_lexicon
    import json
    from ..text.script import has_arabic
    lang = "ar" if has_arabic(word) else "en"
    text = ("name: query\nversion: 1\nfamilies:\n  - id: query\n    terms:\n"
            f"      - id: {json.dumps('q')}\n        language: {lang}\n        forms: [{json.dumps(word)}]\n")
    lex = parse_lexicon(text, f"query {word!r}")
    t = lex.terms[0]
    from dataclasses import replace
    fam = replace(lex.families[0], terms=(replace(t, id=t.forms[0]),))
    return replace(lex, families=(fam,), _cache={})
