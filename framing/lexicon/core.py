"""Matching a corpus: per-match rows, per-document counts, per-outlet shares.

Every function takes a :class:`framing.corpus.Corpus`, a DataFrame with the corpus
columns (at least ``id`` and ``text``; ``title``, ``outlet``, ``published`` and
``event_id`` when present) or a path that :func:`framing.corpus.load` opens.
Title and text are both searched.  ``voice`` is ``own`` (the outlet's own words),
``quoted`` (inside quotation marks or a «Speaker: statement» headline), ``reported``
(indirect speech and attribution: «قال إن …», «بحسب …»), ``all``, or a list of them
(``["quoted", "reported"]`` or ``"quoted,reported"``); see :mod:`framing.lexicon.voice`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..errors import UsageError
from .format import Lexicon, load_lexicon
from .matcher import index_for, offset_map, scan_field, to_original

__all__ = ["match", "left_out", "repeated_lines", "boilerplate_of", "counts_and_docs", "doc_tokens", "iter_counts", "iter_matches",
           "VOICES", "BATCH_ROWS"]

VOICES = ("own", "quoted", "reported", "all")
BATCH_ROWS = 5000
MATCH_COLUMNS = ["id", "outlet", "published", "event_id", "family", "term", "field", "start", "end",
                 "match", "voice", "speaker", "role", "verb"]
COUNT_COLUMNS = ["id", "family", "term", "count"]
DOC_COLUMNS = ["id", "outlet", "event_id", "published", "tokens"]


def _check_voice(voice):
    """``"all"`` or a frozenset of voices, from ``own|quoted|reported|all``, a comma list or a list."""
    items = voice.split(",") if isinstance(voice, str) else list(voice) if voice is not None else [None]
    items = [v.strip().lower() if isinstance(v, str) else v for v in items]
    bad = [v for v in items if v not in VOICES]
    if bad or not items:
        raise UsageError(f"voice must be one of {', '.join(VOICES)} (or a list of them), got {voice!r}")
    return "all" if "all" in items or set(items) >= {"own", "quoted", "reported"} else frozenset(items)


def voice_name(voice) -> str:
    """The ``voice=`` argument as written in tables and attrs: ``own``, ``all`` or ``quoted,reported``."""
    v = _check_voice(voice)
    return v if isinstance(v, str) else ",".join(x for x in VOICES if x in v)


def corpus_rubrics(df) -> frozenset:
    """Headline rubrics of a corpus (:func:`framing.lexicon.headlines.rubrics`), computed once per corpus."""
    from .headlines import rubrics
    if "title" not in df.columns:
        return frozenset()
    return rubrics(df["title"].tolist(), df["outlet"].tolist() if "outlet" in df.columns else None,
                   df["text"].tolist() if "text" in df.columns else None)


def _scanner(lexicon, morph=None, rubrics=frozenset()):
    """``scan(text, want, label, **rules) -> (tokens, hits, norm)``: the rule matcher, or a
    :class:`~framing.lexicon.morph.LemmaMatcher` when ``morph`` is one (or a database path);
    ``rules`` are :func:`~framing.lexicon.matcher.scan_field`'s keywords (title, other, ...);
    ``rubrics``: the corpus's headline rubrics (:func:`corpus_rubrics`), passed to every scan."""
    if morph is None:
        index = index_for(load_lexicon(lexicon))
        return lambda text, want, label=True, **rules: scan_field(text, index, want=want, label_voice=label,
                                                                  rubrics=rubrics, **rules)
    if not hasattr(morph, "scan_field"):
        from .morph import LemmaMatcher
        morph = LemmaMatcher(lexicon, morph)
    return lambda text, want, label=True, **rules: morph.scan_field(text, want=want, rubrics=rubrics, **rules)


def _find_boilerplate(df):
    from ..text.boilerplate import find_boilerplate
    outlets = df["outlet"].tolist() if "outlet" in df.columns else [None] * len(df)
    return find_boilerplate(zip(outlets, (_none(t) for t in df["text"].tolist())))


def boilerplate_of(df, keep: bool = False, given=None):
    """The repeated lines of the corpus's outlets (:mod:`framing.text.boilerplate`), or None
    when ``keep`` (count them) or when the articles have no outlet; ``given``: lines found
    on a larger corpus (e.g. the whole corpus when matching a subset of it)."""
    if keep or "outlet" not in df.columns or "text" not in df.columns:
        return None
    return given if given is not None else _find_boilerplate(df) or None


def repeated_lines(corpus):
    """The lines each outlet repeats across its articles, which matching leaves out as boilerplate
    (:mod:`framing.text.boilerplate`): DataFrame ``outlet, kind (line|label|marker), text, articles,
    share`` (``share``: of the outlet's articles).  Empty when nothing repeats."""
    return _find_boilerplate(_frame(corpus)).table()


def _scan_article(scan, outlet, event_id, title, text, want, label, bp, dropped=None):
    """``(field, value, tokens, hits, norm)`` for the title and the text of one article;
    ``dropped`` (a list) receives ``(field, value, norm, Dropped)`` for every match a rule left out."""
    title, text = _none(title), _none(text)
    for field, value, other in (("title", title, text), ("text", text, title)):
        boiler = (lambda: bp.lines(outlet, title, text)) if bp is not None and field == "text" else None
        lost = [] if dropped is not None else None
        n, hits, norm = scan(value, want, label, title=field == "title", other=other, event_id=event_id,
                             boiler=boiler, dropped=lost)
        if lost:
            dropped.extend((field, value, norm, d) for d in lost)
        yield field, value, n, hits, norm


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
    if v is None or isinstance(v, str):        # (the common cases: no pandas call for each value)
        return v
    import pandas as pd
    return None if pd.isna(v) else v


def iter_counts(batches: Iterable, lexicon, voice="own", morph=None, boilerplate=None, rubrics=None):
    """Count matches batch by batch: yields ``(counts, docs)`` DataFrames per batch of articles.

    ``batches``: DataFrames (or pyarrow RecordBatches) with the corpus columns, e.g.
    ``pyarrow.parquet.ParquetFile(path).iter_batches(columns=[...])`` for corpora
    that do not fit in memory.  ``counts``: ``id, family, term, count`` (non-zero
    rows); ``docs``: ``id, outlet, event_id, published, tokens`` (every article).
    ``morph``: optional :class:`~framing.lexicon.morph.LemmaMatcher` (or database path).
    ``boilerplate``: a :class:`~framing.text.boilerplate.Boilerplate` whose lines are not counted
    (found over the whole corpus by :func:`boilerplate_of`); ``None`` counts every line.
    ``voice``: ``own``, ``quoted``, ``reported``, ``all`` or a list of them.  ``rubrics``: headline
    rubrics of the whole corpus (:func:`corpus_rubrics`); None: learned from each batch.
    """
    import pandas as pd
    voice = _check_voice(voice)
    for batch in batches:
        if not isinstance(batch, pd.DataFrame):
            batch = batch.to_pandas()
        scan = _scanner(lexicon, morph, corpus_rubrics(batch) if rubrics is None else rubrics)
        counts: dict[tuple[str, str, str], int] = {}
        docs = []
        for doc_id, outlet, published, event_id, title, text in _rows(batch):
            doc_id = _none(doc_id)
            tokens = 0
            for _f, _v, n, hits, _ in _scan_article(scan, _none(outlet), _none(event_id), title, text, voice,
                                                    False, boilerplate):
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


def counts_and_docs(corpus, lexicon, voice: str = "own", morph=None, keep_boilerplate: bool = False):
    """``(counts, docs)`` of the whole corpus: :func:`iter_counts` joined over its batches."""
    import pandas as pd
    from .._progress import bar
    df = _frame(corpus)
    parts = list(bar(iter_counts(_batches(df), lexicon, voice, morph, boilerplate_of(df, keep_boilerplate),
                                 corpus_rubrics(df)), "matching", "batch"))
    if not parts:
        return (pd.DataFrame({c: pd.Series(dtype="int64" if c == "count" else "object") for c in COUNT_COLUMNS}),
                pd.DataFrame({c: pd.Series(dtype="int64" if c == "tokens" else "object") for c in DOC_COLUMNS}))
    counts = pd.concat([p[0] for p in parts], ignore_index=True)
    docs = pd.concat([p[1] for p in parts], ignore_index=True)
    return counts, docs


def doc_tokens(corpus):
    """``id, outlet, event_id, published, tokens``: word tokens in title + text, one row per article.

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

def _hits(corpus, lexicon, voice, morph=None, keep_boilerplate=False, left_out=False, boilerplate=None,
          rubrics=None):
    """``(row, field, value, start, end, family, term, voice, reason, source)`` for every match (or,
    with ``left_out``, every match a rule left out), document by document: ``row`` = ``(id,
    outlet, published, event_id)``, ``value`` the original title or text, ``start``/``end`` offsets
    into it; ``source`` = ``(speaker, role, verb, speaker_start, speaker_end)`` (empty for own).
    ``rubrics`` given (a chunk of a larger corpus, :mod:`framing.lexicon.parts`): the corpus's
    headline rubrics, and ``boilerplate`` is then taken as it is (None: no line left out)."""
    voice = _check_voice(voice)
    df = _frame(corpus)
    scan = _scanner(lexicon, morph, corpus_rubrics(df) if rubrics is None else rubrics)
    bp = boilerplate if rubrics is not None else boilerplate_of(df, keep_boilerplate, boilerplate)
    for doc_id, outlet, published, event_id, title, text in _rows(df):
        row = (_none(doc_id), _none(outlet), _none(published), _none(event_id))
        lost = [] if left_out else None
        for field, value, _n, hits, norm in _scan_article(scan, row[1], row[3], title, text, voice, True, bp, lost):
            if left_out or not hits:
                continue
            omap = offset_map(value, norm)
            for h in hits:
                s, e = to_original(value, omap, h.start, h.end)
                src = _source(value, omap, h)
                for fam, term, _form in h.entries:
                    yield row, field, value, s, e, fam, term, h.voice, None, src
        for field, value, norm, d in lost or ():
            s, e = to_original(value, offset_map(value, norm), d.start, d.end)
            v = _voice_of(norm, field == "title", d.start)
            if voice == "all" or v in voice:
                for fam, term, _form in d.entries:
                    yield row, field, value, s, e, fam, term, v, d.reason, ("", "", "", None, None)


def _voice_of(norm: str, title: bool, pos: int) -> str:
    from .voice import voice_spans
    spans = voice_spans(norm, title=title)
    return spans.at(pos)[0] if spans else "own"


def _source(value: str, omap, h) -> tuple:
    """``(speaker, role, verb, speaker_start, speaker_end)`` of a hit, offsets into ``value``."""
    from .saying import spelled
    from .speakers import split_speaker
    if h.speaker is None:
        return "", "", spelled(h.verb), None, None
    ss, se = to_original(value, omap, *h.speaker)
    name, role = split_speaker(value[ss:se])
    return name, role, spelled(h.verb), ss, se


def iter_matches(corpus, lexicon, *, voice="own", morph=None, keep_boilerplate=False, left_out=False,
                 boilerplate=None):
    """Yield match rows (dicts with the :func:`match` columns), document by document; with
    ``left_out`` the matches a rule left out, with their ``reason``."""
    for (doc_id, outlet, published, event_id), field, value, s, e, fam, term, v, why, src in _hits(
            corpus, lexicon, voice, morph, keep_boilerplate, left_out, boilerplate):
        row = {"id": doc_id, "outlet": outlet, "published": published, "event_id": event_id,
               "family": fam, "term": term, "field": field, "start": s, "end": e, "match": value[s:e],
               "voice": v, "speaker": src[0], "role": src[1], "verb": src[2]}
        if left_out:
            row["reason"] = why
        yield row


def match(corpus, lexicon, *, voice="own", lang: str | None = None, morph=None,
          keep_boilerplate: bool = False, boilerplate=None, exclude_copies: bool = False,
          outlet=None, since=None, until=None, event=None):
    """Every match: ``id, outlet, published, event_id, family, term, field (title|text),
    start, end, match, voice (own|quoted|reported), speaker, role, verb``; ``start``/``end``
    are character offsets into the original ``title`` or ``text`` and ``match`` is the matched text as
    printed, ``text[start:end]`` (a gapped form's whole span; the column ``match`` of :func:`kwic` too).
    ``speaker``/``role``: who says a quoted or reported word when the text names them
    («سيرغي لافروف» / «وزير الخارجية الروسي»); ``verb``: the verb of saying or attribution
    (قال، زعم، بحسب …); empty strings for the outlet's own words.
    ``voice``: ``own`` (default, as in every function), ``quoted``, ``reported``, ``all`` (every
    match) or a list of them.
    ``morph``: optional lemma matching (:class:`~framing.lexicon.morph.LemmaMatcher`).
    Lines an outlet repeats across its articles are not matched unless ``keep_boilerplate``;
    they are found on ``corpus`` itself, or given as ``boilerplate`` (a
    :class:`~framing.text.boilerplate.Boilerplate` found on a larger corpus).
    ``lang``: only articles of that language and the lexicon's terms in it (as everywhere).
    ``exclude_copies``, ``outlet``, ``since``, ``until``, ``event``: the shared filters
    (:func:`framing.corpus.select`), as in :func:`~framing.lexicon.kwic`."""
    import pandas as pd
    from ..schema import only_lang
    from ..corpus import selected
    corpus = selected(corpus, outlet=outlet, since=since, until=until, event=event, exclude_copies=exclude_copies)
    if lang is not None:
        corpus, lexicon = only_lang(_frame(corpus), lang), load_lexicon(lexicon).only_language(lang)
    df = pd.DataFrame(list(iter_matches(corpus, lexicon, voice=voice, morph=morph, keep_boilerplate=keep_boilerplate,
                                        boilerplate=boilerplate)), columns=MATCH_COLUMNS)
    df.attrs.update(voice=voice_name(voice), lang=lang)
    return df.astype({"start": "int64", "end": "int64"})


def left_out(corpus, lexicon, *, voice="own", morph=None, boilerplate=None):
    """The matches a rule left out, so a user sees what was excluded and why: the :func:`match`
    columns and ``reason``: ``letters`` (a letter the term keeps apart differs: يُدعى for يدعي),
    ``context`` (a word that must not stand before/after it, or a name it is part of),
    ``scope`` (outside its family's scope), ``boilerplate`` (a line its outlet repeats)."""
    import pandas as pd
    rows = list(iter_matches(corpus, lexicon, voice=voice, morph=morph, left_out=True, boilerplate=boilerplate))
    return pd.DataFrame(rows, columns=MATCH_COLUMNS + ["reason"]).astype({"start": "int64", "end": "int64"})


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
