"""Corpus-level analyses: lexicon matching or term features combined with statistics.

``count_terms`` (per-article counts), ``term_shares`` (shares and CIs per group),
``compare_terms`` (one family compared across groups) and ``keyness`` (distinctive words)
take a corpus, match a lexicon (:mod:`framing.lexicon`) or count words
(:mod:`framing.features`) and hand the tables to :mod:`framing.stats`.  This layer sits
above both, so neither has to import the other.

One meaning per keyword, in every function here:

* ``voice``: ``own`` (default everywhere), ``quoted``, ``reported``, ``all`` or a comma list (a table
  of counts says which in its ``voice`` column);
* ``lang``: only articles of that language (and the lexicon's terms in it); ``None``: all;
* ``by``: any column of the corpus, or a list of columns (``"event"`` is ``event_id``);
* ``within_events``: only events covered by at least two groups (needs ``framing events``);
* ``exclude_copies``: leave out wire copies (``copy_of``, set by ``framing events``);
* ``outlet``, ``since``, ``until``, ``event``: only these outlets, days (inclusive) and events
  (:func:`framing.corpus.select`; the same options on the command line).

A call that needs events on a corpus without them raises
:class:`~framing.errors.NoEventsError` (a ``UsageError``).  Output tables record
``voice``, ``by`` and ``lang`` in ``DataFrame.attrs``.
"""
from __future__ import annotations

import warnings
from collections.abc import Iterable

from .corpus import selected
from .errors import UsageError
from .lexicon.core import _frame, voice_name
from .lexicon.format import load_lexicon
from .schema import _suggest, only_lang, own_event_labels, require_events
from .stats.keyness import ALPHA0, HOUSE_MIN_TOKENS, HOUSE_MIN_UNITS, HOUSE_SHARE
from ._renamed import renamed

__all__ = ["count_terms", "term_shares", "compare_terms", "keyness", "languages_to_compare"]

_ALIAS = {"event": "event_id", "doc": "id"}


def by_columns(by) -> list[str]:
    """``by`` as a list of columns: a column name, a comma-separated string (``"outlet,event"``)
    or a list; ``event`` stands for ``event_id`` and ``doc`` for ``id``."""
    cols = [c.strip() for c in by.split(",")] if isinstance(by, str) else list(by)
    if not cols or not all(isinstance(c, str) and c for c in cols):
        raise UsageError(f"by must name one or more columns, got {by!r}")
    return [_ALIAS.get(c, c) for c in cols]


def _require_columns(cols, have) -> None:
    """A one-line error when a group column of ``cols`` is not among the corpus columns ``have``."""
    missing = [c for c in cols if c not in have]
    if missing == ["voice"]:              # whose words is a property of each match, not of an article
        raise UsageError("voice is not a column to group by: it belongs to each match, not to an article; count "
                         "one voice per run (--voice own, quoted or reported; voice= in Python) and put the "
                         "tables side by side, or --voice all for every match")
    if missing:
        raise UsageError(f"the corpus has no column {missing[0]!r} to group by{_suggest(missing[0], map(str, have))}; "
                         f"columns: {', '.join(map(str, have))}")


def group_column(df, by) -> tuple:
    """``(df, column)``: the column to compare groups by; several columns (``["outlet", "credit"]``)
    become one, named ``"outlet,credit"``, whose values join theirs with `` · ``."""
    cols = by_columns(by)
    _require_columns(cols, df.columns)
    if len(cols) == 1:
        return df, cols[0]
    name = ",".join(cols)
    return df.assign(**{name: df[cols].astype("string").fillna("–").agg(" · ".join, axis=1)}), name


def articles(corpus, *, lang: str | None = None, exclude_copies: bool = False, within_events: bool = False,
             what: str = "this"):
    """The articles DataFrame of ``corpus`` after the shared filters: ``lang`` (only articles
    of that language), ``exclude_copies`` (no wire copies).  ``within_events`` only checks that
    the corpus has events (:class:`~framing.errors.NoEventsError` otherwise)."""
    df = _frame(corpus)
    if within_events:
        require_events(df, what=what)
    if exclude_copies:
        require_events(df, copies=True, what=what)
        df = df[df["copy_of"].isna().to_numpy()]
    if lang is not None:
        df = only_lang(df, lang)
    return df


def _with_event_labels(table, events, df=None):
    """``table`` with ``event_label`` after ``event_id``: the stored event's label (framing events),
    else the input table's own ``event_label`` column (its most frequent value per event)."""
    if "event_id" not in table.columns or "event_label" in table.columns:
        return table
    if events is not None and "label" in events.columns:
        labels = dict(zip(events["event_id"].astype(str), events["label"]))
    else:
        labels = own_event_labels(df).to_dict() if df is not None else {}
        if not labels:
            return table
    out = table.copy()
    out.insert(list(out.columns).index("event_id") + 1, "event_label", out["event_id"].astype(str).map(labels))
    out.attrs = dict(table.attrs)
    return out


def _audit(audit):
    """The precision table of an audit file (read first: a bad file fails before the counting)."""
    if audit is None:
        return None
    from .audit.scoring import precision_table
    return precision_table(audit)


def _with_precision(table, audit):
    if audit is None:
        return table
    from .audit.scoring import with_precision
    return with_precision(table, audit)


#: groups read from the publication date: ``--by month`` → ``published[:7]`` (``2031-04``)
TIME_GROUPS = {"year": 4, "month": 7, "day": 10}


def _with_time_groups(df, cols):
    """``df`` with the time groups of ``cols`` it lacks (``year``, ``month``, ``day``) read from
    ``published`` (null without a date)."""
    time = {c: TIME_GROUPS[c] for c in cols if c in TIME_GROUPS and c not in df.columns}
    return df.assign(**{c: df["published"].astype("string").str[:n] for c, n in time.items()}) if time else df


def _stored_groups(cols, have) -> list:
    """The group columns of ``cols`` the corpus must hold (all but the time groups it lacks, which
    :func:`_with_time_groups` reads from ``published``); a one-line error for any other one missing."""
    stored = [c for c in cols if c not in TIME_GROUPS or c in have]
    _require_columns(stored, have)
    return stored


def _left_out_note(df, cols, what: str) -> str | None:
    """The articles of ``df`` that no group of ``cols`` holds (a null key: no event, no date, no
    credit), as a note for ``table.attrs["note"]`` (None when every article is in a group): a table
    by event must not look like the whole corpus.  Grouping by event on a corpus without any event
    id is a :class:`~framing.errors.NoEventsError`."""
    if "event_id" in cols:
        require_events(df, what=what)
    empty = [c for c in cols if df[c].isna().any()]
    missing = int(df[cols].isna().any(axis=1).sum())
    if not missing:
        return None
    names = " or ".join("event" if c == "event_id" else "date" if c in TIME_GROUPS else c for c in empty)
    return (f"{missing} of {len(df)} articles have no {names} and are in no row"
            + (" (framing events gives every article an event)" if "event_id" in empty else ""))


def _with_voice(table, voice):
    """``table`` with a last column ``voice``: whose words its matches are (``own``, ``quoted``,
    ``reported``, ``all`` or a comma list, as ``voice=`` and ``--voice`` take it; :func:`kwic` and
    :func:`framing.match` name each match's in a column of the same name), so a written table says
    which voice it counted."""
    table = table.copy()
    table["voice"] = voice_name(voice)
    return table


def _record(table, **attrs):
    """Write the options a table was computed with into ``table.attrs`` (and return it)."""
    table.attrs.update(attrs)
    return table


def _source(corpus, *, exclude_copies=False, within_events=False, what="this"):
    """What the chunked passes read (:mod:`framing.chunks`): a corpus directory as it is (row
    group by row group), anything else as its articles DataFrame; the events checks on its columns."""
    from .chunks import columns_of, streamable
    src = corpus if streamable(corpus) is not None else _frame(corpus)
    if exclude_copies and "copy_of" not in columns_of(src):
        import pandas as pd
        require_events(pd.DataFrame(columns=columns_of(src)), copies=True, what=what)
    if within_events and not isinstance(src, str) and streamable(src) is None:
        require_events(src, what=what)
    return src


def _text_apart(corpus):
    """``corpus`` when it is a corpus directory with a ``lang`` column (a verb can read its text
    chunk by chunk and the other columns whole), else None."""
    from .chunks import columns_of, streamable
    return corpus if streamable(corpus) is not None and "lang" in columns_of(corpus) else None


def _meta(path):
    """Every column of a corpus directory's articles but ``title`` and ``text`` (a ``text`` column
    of empty strings keeps it a corpus table): what the checks, languages and groups need."""
    import pyarrow.parquet as pq

    from .chunks import columns_of, streamable
    cols = [c for c in columns_of(path) if c not in ("title", "text")]
    return pq.read_table(streamable(path), columns=cols).to_pandas().assign(text="")


def _counts(src, lex, voice, morph, keep_boilerplate, *, lang=None, exclude_copies=False, extra=(), jobs=None):
    """``(counts, docs)`` of ``src`` in chunks over ``jobs`` processes (:mod:`framing.lexicon.parts`)."""
    from .lexicon.parts import counts_and_docs
    return counts_and_docs(src, lex, voice, morph, keep_boilerplate, extra=extra, lang=lang,
                           exclude_copies=exclude_copies, jobs=jobs)


def count_terms(corpus, lexicon, *, voice: str = "own", lang: str | None = None, exclude_copies: bool = False,
                morph=None, keep_boilerplate: bool = False, audit=None, by=None, n_boot: int = 1000, seed: int = 0,
                outlet=None, since=None, until=None, event=None, jobs: int | None = None):
    """Per-article term counts: ``id, family, term, count, voice``, one row per non-zero count
    (title and text together), sorted by ``id, family, term``; ``voice``: the voice counted, as given.

    ``voice``: ``own`` (default), ``quoted``, ``reported``, ``all`` or a list of them.  ``lang`` (``ar``/``en``): only
    articles of that language and the lexicon's terms in it.  ``exclude_copies``: leave out
    wire copies.  ``morph``: optional lemma matching (:class:`~framing.lexicon.morph.LemmaMatcher`).
    Lines an outlet repeats across its articles (link footers, tag lists) are not counted
    unless ``keep_boilerplate`` (:mod:`framing.text.boilerplate`).
    ``audit``: a labelled audit file (or its DataFrame, see :mod:`framing.audit`): adds each term's
    audited precision with its Wilson 95% interval and the precision-adjusted count
    (``audited_n, precision, precision_low, precision_high, adjusted, adjusted_low, adjusted_high``).
    ``by`` (deprecated): grouped shares are :func:`term_shares`; ``by="outlet"`` still works for
    one release, with a ``DeprecationWarning``.
    ``jobs``: worker processes (default: ``FRAMING_JOBS`` or all cores; the same table for any
    number); a corpus directory is read row group by row group (:mod:`framing.chunks`).

    >>> count_terms("reports/demo-corpus", "captives").columns.tolist()     # doctest: +SKIP
    ['id', 'family', 'term', 'count', 'voice']
    """
    if by is not None and by != "doc":
        warnings.warn("count_terms(by=...) is deprecated: use term_shares(corpus, lexicon, by=...) for shares "
                      "by group; count_terms gives per-article counts", DeprecationWarning, stacklevel=2)
        return term_shares(corpus, lexicon, by=by, voice=voice, lang=lang, exclude_copies=exclude_copies,
                           n_boot=n_boot, seed=seed, morph=morph, keep_boilerplate=keep_boilerplate, audit=audit,
                           outlet=outlet, since=since, until=until, event=event, jobs=jobs)
    audit = _audit(audit)
    corpus = selected(corpus, outlet=outlet, since=since, until=until, event=event)
    lex = load_lexicon(lexicon)
    if lang is not None:
        lex = lex.only_language(lang)
    src = _source(corpus, exclude_copies=exclude_copies, what="exclude_copies")
    counts, _ = _counts(src, lex, voice, morph, keep_boilerplate, lang=lang, exclude_copies=exclude_copies, jobs=jobs)
    out = _with_voice(counts.sort_values(["id", "family", "term"], kind="stable").reset_index(drop=True), voice)
    return _record(_with_precision(out, audit), voice=voice_name(voice), by="id", lang=lang)


def term_shares(corpus, lexicon, *, by="outlet", voice: str = "own", lang: str | None = None,
                exclude_copies: bool = False, n_boot: int = 1000, seed: int = 0, morph=None,
                keep_boilerplate: bool = False, audit=None, outlet=None, since=None, until=None, event=None,
                jobs: int | None = None):
    """Term shares per group: ``<by columns>, family, term, articles, matches, tokens,
    rate_per_10k, share, ci_low, ci_high, family_articles, n_eff, voice`` from :func:`framing.stats.shares`
    (``voice``: the voice counted, as in :func:`count_terms`)
    (``articles``: the group's articles with the term; ``tokens``: word tokens of all its articles;
    ``rate_per_10k``: matches per 10,000 tokens; ``share``: the term's matches over its family's,
    0–1, with its 95 % Wilson interval on ``n_eff``, the effective number of articles;
    ``family_articles``: articles with any term of the family), ``event_label`` after ``event_id``
    when grouping by event; see ``docs/methods-stats.md``; ``n_boot``/``seed`` are unused, kept
    for old calls.  Articles without a group (no event, no date) are in no row: ``attrs["note"]``
    counts them (grouping by event without any event: :class:`~framing.errors.NoEventsError`).

    ``by``: any corpus column or list of columns (``"outlet,event"`` and ``"event"`` =
    ``event_id`` work too; ``year``, ``month``, ``day``: the publication date's, e.g.
    ``"outlet,month"``).  ``voice``, ``lang``, ``exclude_copies``, ``morph``, ``keep_boilerplate``, ``audit``: as
    :func:`count_terms`.  A lexicon mixing languages drops the rows of terms in a language
    a group does not write in (shares are unchanged).

    >>> term_shares("reports/demo-corpus", "captives", by="outlet")   # doctest: +SKIP
    """
    from .stats import shares
    cols = by_columns(by)
    audit = _audit(audit)
    lex = load_lexicon(lexicon)
    if lang is not None:
        lex = lex.only_language(lang)
    corpus = selected(corpus, outlet=outlet, since=since, until=until, event=event)
    src = _source(corpus, exclude_copies=exclude_copies, what="exclude_copies")
    from .chunks import columns_of
    have = columns_of(src)
    _stored_groups(cols, have)
    extra = [c for c in [*cols, "published", "lang", "event_label"] if c in have]
    counts, df = _counts(src, lex, voice, morph, keep_boilerplate, lang=lang, exclude_copies=exclude_copies,
                         extra=extra, jobs=jobs)
    df = _with_time_groups(df, cols)
    note = _left_out_note(df, cols, "grouping by event")
    terms = lex.terms_table()
    out = shares(counts, df, by=cols if len(cols) > 1 else cols[0], n_boot=n_boot, seed=seed,
                 terms=terms[["family", "term"]])
    out = _with_precision(_with_voice(_own_language_rows(out, terms, df, cols), voice), audit)
    if "event_id" in cols:
        from .chunks import events_of
        out = _with_event_labels(out, events_of(corpus), df)
    return _record(out, voice=voice_name(voice), by=cols, lang=lang, **({"note": note} if note else {}))


def _own_language_rows(table, terms, df, cols):
    """Drop the rows of terms in a language a group does not write in (an Arabic outlet's
    zero rows for "hostages"), when the lexicon mixes languages; shares are unchanged."""
    if terms["language"].nunique() < 2 or "lang" not in df.columns:
        return table
    group_lang = (df.dropna(subset=["lang"]).groupby(cols)["lang"]
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


def compare_terms(corpus, lexicon, family: str | None = None, *, by: str = "outlet", within_events: bool = False,
                  voice: str = "own", lang: str | None = "auto", exclude_copies: bool = False,
                  n_boot: int = 1000, seed: int = 0, morph=None, keep_boilerplate: bool = False,
                  outlet=None, since=None, until=None, event=None, jobs: int | None = None):
    """Compare how groups (outlets) name one thing: :func:`framing.stats.compare` on a lexicon family
    (``family``: its id; default: the lexicon's only family).

    Returns a :class:`~framing.stats.Comparison` (``.shares``, ``.test``, ``.pairwise``,
    ``.sentence``, ``.lang``: the language compared); ``.shares`` and ``.pairwise`` end with the
    column ``voice`` (the voice counted, as in :func:`term_shares`).  With ``within_events`` the shares,
    the test and the pairwise differences all use only the events that two or more groups
    cover (:class:`~framing.errors.NoEventsError` when the corpus has no events).

    ``lang``: ``ar`` or ``en`` compares only articles of that language on the family's
    terms of that language.  ``auto`` (default): when the family holds terms of several
    languages and the corpus articles of several languages, the language with the most
    articles — an Arabic outlet never chooses between رهائن and "hostages", so mixing
    languages would measure language, not word choice.  ``None`` or ``"all"``: no restriction.
    ``by``: a corpus column, or several (compared as one: ``outlet · credit``).
    ``exclude_copies``: leave out wire copies.  ``keep_boilerplate``, ``jobs``: as :func:`count_terms`.
    """
    import dataclasses

    import pandas as pd

    from .errors import InputError
    from .stats import compare
    lex = load_lexicon(lexicon)
    fam = lex.family(family)
    family = fam.id
    corpus = selected(corpus, outlet=outlet, since=since, until=until, event=event)
    src = _text_apart(corpus)       # a corpus directory: the text is read chunk by chunk, not loaded
    df = articles(corpus if src is None else _meta(src), exclude_copies=exclude_copies,
                  within_events=within_events, what="within_events")
    lang = None if lang == "all" else lang
    if lang == "auto":
        doc_lang = df.get("lang", pd.Series(dtype=object))
        term_langs = {t.language for t in fam.terms}
        parts = languages_to_compare(term_langs, doc_lang)
        lang = parts[0] if parts else None
        used = term_langs & set(doc_lang.dropna())
        if lang is None and len(used) == 1 and len(term_langs) > 1:
            lex = lex.only_language(used.pop())     # one language in use: its terms only, as the report
    if lang is not None:
        lex = lex.only_language(lang)
        lex.family(family)
        df = only_lang(df, lang)
        if len(df) == 0:
            raise InputError(f"the corpus has no articles in language {lang!r}")
    df, col = group_column(df, by)
    if src is None:
        counts, docs = _counts(df, lex, voice, morph, keep_boilerplate, extra=[col], jobs=jobs)
    else:                           # the same rows filtered in each chunk, the group column made on docs
        counts, docs = _counts(src, lex, voice, morph, keep_boilerplate, lang=lang, exclude_copies=exclude_copies,
                               extra=by_columns(by), jobs=jobs)
        docs = group_column(docs, by)[0]
    res = compare(counts, docs, family, by=col, within_events=within_events, n_boot=n_boot, seed=seed,
                  terms=lex.terms_table()[["family", "term"]])
    shares, pairwise = (_record(_with_voice(t, voice), voice=voice_name(voice), by=[col], lang=lang,
                                within_events=within_events) for t in (res.shares, res.pairwise))
    return dataclasses.replace(res, shares=shares, pairwise=pairwise, lang=lang)


def _outlet_targets(corpus, target, known: set):
    """``target`` (one outlet or several) with display names (``framing outlets``) replaced by
    the outlet ids, as ``--outlet`` takes them; the corpus is read only when a name is not an id."""
    names = [target] if isinstance(target, str) else list(target)
    if all(n in known for n in names):
        return target
    from .browse import outlet_ids
    from .corpus import load
    ids = outlet_ids(load(corpus), names)
    return ids[0] if isinstance(target, str) else ids


@renamed(min_docs="min_articles")
def keyness(corpus=None, *, by: str = "outlet", target: str | Iterable[str] | None = None, lang: str | None = None,
            method: str = "logodds", alpha0: float = ALPHA0, top: int | None = None, ngram: int = 1,
            within_events: bool = False, fold_spelling: bool = False, exclude_copies: bool = False,
            min_count: int = 5, min_articles: int = 2, drop_house_style: bool = False, keep_boilerplate: bool = False,
            house_min_tokens: int = HOUSE_MIN_TOKENS,
            house_min_units: int = HOUSE_MIN_UNITS, house_threshold: float = HOUSE_SHARE, stop_words="all",
            matrix=None, outlet=None, since=None, until=None, event=None, jobs: int | None = None):
    """Distinctive terms of each group (``by``) against the rest of the corpus.

    ``by``: a column, or several (one group per combination); ``year``, ``month``, ``day``: the
    publication date's (``"outlet,month"``).
    ``corpus``: a Corpus, a DataFrame with corpus columns, or a path; or pass a
    precomputed ``matrix`` (:func:`framing.features.term_matrix`; then ``ngram``,
    ``fold_spelling``, ``stop_words`` and the lines counted are the matrix's: it is the caller's,
    used as it is, boilerplate included unless the caller left it out).  ``target``: one group or a
    list (default: every group); with ``by="outlet"`` an outlet's display name works too, as for
    ``outlet``.  ``lang``: only articles of that language.
    ``within_events``: for each target, only the events it covers together with at least one
    other group (needs ``event_id``).
    ``exclude_copies``: drop articles whose ``copy_of`` is set (wire copies).
    ``keep_boilerplate``: also count the lines an outlet repeats across its articles (link footers,
    sign-offs), which are left out by default: the lines :func:`count_terms` leaves out
    (:mod:`framing.text.boilerplate`, found on the corpus read, per outlet).
    ``min_count``: terms with fewer occurrences in target + rest are left out.
    ``min_articles``: over-used terms found in fewer of the target's articles are left out (default 2: a
    word repeated in one article is that story's, not the group's vocabulary; 1 keeps them; under-used
    terms are kept, as a word the target never writes is telling).
    ``top``: keep the ``top`` highest-scoring terms per target (after dropping
    house-style terms when ``drop_house_style``).  ``alpha0`` and the ``house_*``
    thresholds: see :mod:`framing.stats.keyness`.  ``jobs``: worker processes (default:
    ``FRAMING_JOBS`` or all cores; the same table for any number): the words are counted chunk by
    chunk and summed per group and publication day (or event), so memory grows with those cells,
    not with the articles (:func:`framing.features.keyness_matrix`).

    Returns ``<by>, term, count_target, count_rest, rate_target, rate_rest,
    <delta, variance, z | g2 | chi2>, p_value, log_ratio, article_share, house_share, house_style,
    spellings``: the group column is named as in :func:`term_shares` and :func:`compare_terms`
    (``outlet`` by default; ``event_id`` for ``"event"``; ``"outlet,month"`` for several columns, as
    :func:`compare_terms` joins them); ``count_target``/``count_rest``: the row's group against the
    rest (``rate_target``/``rate_rest``: occurrences per 10,000 of the terms counted here,
    stop words and numbers left out, so higher than :func:`term_shares`' ``rate_per_10k`` per
    10,000 word tokens; ``article_share``: share of the target's articles that use the term;
    ``spellings``: the target's 3 most frequent printed forms, ``" | "``-joined),
    sorted by group, then score (z, signed G² or signed χ²) descending.
    """
    import dataclasses

    from .stats.keyness import keyness_scores
    if matrix is not None and any(v is not None for v in (outlet, since, until, event)):
        raise UsageError("the filters outlet, since, until, event need a corpus, not a precomputed matrix")
    cells = matrix is None
    if cells:
        if corpus is None:
            raise UsageError("keyness needs a corpus or a matrix")
        matrix = _keyness_cells(corpus, by, lang, ngram, within_events, fold_spelling, exclude_copies, stop_words,
                                dict(outlet=outlet, since=since, until=until, event=event), keep_boilerplate, jobs)
    docs, by = group_column(_with_time_groups(matrix.docs, by_columns(by)), by)
    matrix = dataclasses.replace(matrix, docs=docs)
    if target is not None and by == "outlet" and corpus is not None:
        target = _outlet_targets(corpus, target, set(docs["outlet"].dropna().astype(str)))
    if within_events:
        require_events(docs, what="within_events")
    if "event_id" in by_columns(by):
        require_events(docs, what="grouping by event")
    use = docs.index.isin(only_lang(docs, lang).index) if lang is not None and not cells else None
    if exclude_copies and not cells:
        require_events(docs, copies=True, what="exclude_copies")
        use = docs["copy_of"].isna().to_numpy() & (True if use is None else use)
    out = keyness_scores(matrix, by=by, target=target, method=method, alpha0=alpha0, top=top,
                         within_events=within_events, use=use, min_count=min_count, min_articles=min_articles,
                         drop_house_style=drop_house_style, house_min_tokens=house_min_tokens,
                         house_min_units=house_min_units, house_threshold=house_threshold)
    return _record(out, by=by, lang=lang, within_events=within_events, exclude_copies=exclude_copies)


def _keyness_cells(corpus, by, lang, ngram, within_events, fold_spelling, exclude_copies, stop_words, filters,
                   keep_boilerplate, jobs):
    """The term counts keyness needs, per (group, publication day or event) cell, gathered chunk by
    chunk (:func:`framing.features.keyness_matrix`) without the outlets' boilerplate lines unless
    ``keep_boilerplate`` (those :func:`count_terms` leaves out: the same context, kept with a corpus
    directory); the filters and checks of :func:`keyness`."""
    from .chunks import columns_of
    from .features import keyness_matrix
    from .lexicon.parts import context
    if ngram not in (1, 2, 3):
        raise UsageError(f"--ngram: expected 1, 2 or 3, got {ngram!r}")
    src = _source(selected(corpus, **filters), exclude_copies=exclude_copies, what="exclude_copies")
    wanted = by_columns(by)
    cols = _stored_groups(wanted, columns_of(src))
    dated = not within_events or len(cols) < len(wanted)          # a time group is read from published
    keys = list(dict.fromkeys(cols + (["event_id"] if within_events else []) + (["published"] if dated else [])))
    bp = None if keep_boilerplate else context(src, False, lang, exclude_copies, jobs).boilerplate
    return keyness_matrix(src, keys, ngram=ngram, fold_spelling=fold_spelling, stop_words=stop_words, lang=lang,
                          exclude_copies=exclude_copies, boilerplate=bp, jobs=jobs)
