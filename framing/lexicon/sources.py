"""Who each outlet lets speak: every quoted or reported statement of a corpus, by speaker.

``sources(corpus, by="outlet")`` needs no lexicon: it reads every title and text with the voice
rules of :mod:`framing.lexicon.voice` (quotation marks, verbs of saying, attribution phrases,
«Speaker: statement» headlines) and counts the statements per group, speaker, role and verb.
Within events (``by="event"`` or ``"outlet,event"``) the same story's sources side by side show
sourcing differences between outlets.
"""
from __future__ import annotations

import functools
from collections import Counter

from ..text.normalize import normalize
from .core import _frame, _none, corpus_rubrics, offset_map, to_original
from .saying import spelled
from .speakers import split_speaker
from .voice import voice_spans

__all__ = ["sources", "statements", "SOURCE_COLUMNS"]

SOURCE_COLUMNS = ["speaker", "role", "verb", "quotes", "share"]


def statements(text: str | None, title: bool = False, rubrics=frozenset(), speaker_span: bool = False):
    """``(voice, start, end, speaker, role, verb)`` of every quoted or reported statement of one
    field; offsets into ``text`` (the original), speaker and role as printed (empty when unnamed).
    ``speaker_span``: each tuple ends with the speaker phrase's ``(start, end)`` in ``text`` too (None when unnamed)."""
    if not text:
        return []
    norm = normalize(text, lower=True)
    v = voice_spans(norm, title=title, rubrics=rubrics)
    if not v:
        return []
    omap = None
    out = []
    items = [("quoted", s, e, *v.quote_info.get(s, (None, ""))) for s, e in v.quoted]
    items += _once([("reported", r[0], r[1], r[2], r[3]) for r in v.reported
                    if r[1] > r[0] and not _only_quotes(norm, r[0], r[1], v.quoted)], norm)
    for voice, s, e, sp, verb in items:
        if sp is None and voice == "quoted":
            r = v._reported_at(s)
            sp, verb = (r[2], r[3]) if r is not None and r[2] is not None else (None, verb)
        if sp is None:
            sp, verb2 = v._last_named(s, nearest=False)
            verb = verb or verb2
        sp = v.resolve(sp)                       # «وأكد سموه»: the one named before
        omap = omap or offset_map(text, norm)
        os_, oe = to_original(text, omap, s, max(e, s + 1))
        name = role = ""
        span = None
        if sp is not None:
            span = ss, se = to_original(text, omap, *sp)
            name, role = split_speaker(text[ss:se])
        out.append((voice, os_, oe, name, role, spelled(verb), span) if speaker_span
                   else (voice, os_, oe, name, role, spelled(verb)))
    return out


def _only_quotes(norm: str, s: int, e: int, quoted) -> bool:
    """A reported span that holds nothing but a quotation («قال: «…»»): one statement, counted once."""
    rest = list(norm[s:e])
    for qs, qe in quoted:
        if qe > s and qs < e:
            rest[max(qs, s) - s:min(qe, e) - s] = " " * (min(qe, e) - max(qs, s))
    return not "".join(rest).strip(" \n،,.:؛;")


def _once(items, norm: str):
    """The reported statements without those a verb of saying already counts: «وقال فلان في تصريح
    إن …» and «وفي بيان لها، قالت الوزارة إن …» are one statement, not a «قال» and a «تصريح»; a
    statement noun's span (:data:`_STATEMENT_NOUNS`) that overlaps a verb of saying's span, or ends
    where one starts later in the same sentence (within 200 characters), is dropped."""
    lemmas = _saying_lemmas()
    verbs = [it for it in items if it[4] in lemmas]
    nouns = [it for it in items if it[4] not in lemmas and _noun(it[4]) in _STATEMENT_NOUNS]
    def covered(it):
        return any(v[1] < it[2] and v[2] > it[1] or v[1] >= it[2] and v[1] - it[2] < 200 and not any(
            c in norm[it[2] - 1:v[1]] for c in ".!?؟\n") for v in verbs)   # (the span may end on its full stop)
    return [it for it in items if not (verbs and it in nouns and covered(it))]


#: what «في تصريح/بيان …» and «إعلان/تأكيد فلان أن …» record as their verb (attributions بحسب، وفقا لـ … stay)
_STATEMENT_NOUNS = frozenset("تصريح تصريحات بيان حديث مقابلة تغريدة كلمة مؤتمر اعلان تاكيد تحذير ادعاء ادعاءات مزاعم"
                             " توضيح".split())


def _noun(verb: str) -> str:
    return verb[2:] if verb.startswith("ال") else verb


@functools.lru_cache(maxsize=1)
def _saying_lemmas() -> frozenset:
    from .saying import _verb_table
    return frozenset(_verb_table().values())


_ALIAS = {"event": "event_id"}


def sources(corpus, *, by="outlet", outlet=None, since=None, until=None, event=None, exclude_copies: bool = False,
            jobs: int | None = None):
    """Statements per group and speaker: ``<by columns>, speaker, role, verb, quotes, share``.

    ``by``: a corpus column (``outlet``, default; ``event`` for ``event_id``), a comma list or a list
    (``"outlet,event"``).  ``quotes``: quoted or reported statements (a quotation, a reported
    sentence, an attribution) of that speaker with that verb in the group; ``share``: ``quotes``
    divided by all statements of the group (0–1), so each group's shares sum to 1.  ``speaker`` is
    the name as printed («سيرغي لافروف»), ``role`` the title before it («وزير الخارجية الروسي»); a
    statement whose sentence names nobody has an empty speaker.  Sorted by group, then most quoted first.
    ``outlet``, ``since``, ``until``, ``event``, ``exclude_copies`` (leave out wire copies, so a
    statement an outlet reprinted from an agency is not counted again): the shared filters
    (:func:`framing.corpus.select`).
    Grouping by event needs event ids (``framing events``; :class:`~framing.errors.NoEventsError`
    otherwise); the statements of articles in no event are the group with an empty event.
    ``jobs``: worker processes (default: ``FRAMING_JOBS`` or all cores; the same table for any number).
    A corpus directory is read row group by row group (its text is never held whole).
    """
    import pandas as pd
    from ..chunks import columns_of, streamable
    from ..corpus import selected
    from ..errors import UsageError
    from ..schema import require_events
    cols = [c.strip() for c in by.split(",")] if isinstance(by, str) else list(by)
    cols = [_ALIAS.get(c, c) for c in cols if c]
    corpus = selected(corpus, outlet=outlet, since=since, until=until, event=event, exclude_copies=exclude_copies)
    path = streamable(corpus)
    df = _frame(corpus) if path is None else None
    have = list(df.columns) if df is not None else columns_of(path.parent)
    missing = [c for c in cols if c not in have]
    if not cols or missing:
        raise UsageError(f"sources: the corpus has no column {(missing or [by])[0]!r} to group by; "
                         f"columns: {', '.join(map(str, have))}")
    if "event_id" in cols:
        require_events(df if df is not None else pd.read_parquet(path, columns=["event_id"]), what="grouping by event")
    from ..chunks import Plan, add_counters, run
    from .parts import context
    rubrics = corpus_rubrics(df) if df is not None else context(path.parent, jobs=jobs).rubrics
    part = functools.partial(_statements_part, cols=tuple(cols), rubrics=rubrics)
    columns = tuple(c for c in (*cols, "title", "text") if c in have)
    counts = run(df if df is not None else path.parent, Plan(part, add_counters, columns=columns, fold=8), jobs, "sources")
    out = pd.DataFrame([(*k, n) for k, n in counts.items()], columns=[*cols, "speaker", "role", "verb", "quotes"])
    out["quotes"] = out["quotes"].astype("int64")
    totals = out.groupby(cols, dropna=False)["quotes"].transform("sum")
    out["share"] = (out["quotes"] / totals).astype("float64") if len(out) else pd.Series(dtype="float64")
    out = sorted_sources(out, cols)
    out.attrs.update(by=cols)
    return out


def sorted_sources(table, cols: list):
    """``table`` (:func:`sources`' rows) in its order: by group, then most quoted first, then speaker
    (stable: rows tied on these keep their order)."""
    return table.sort_values([*cols, "quotes", "speaker"], ascending=[True] * len(cols) + [False, True],
                             kind="stable").reset_index(drop=True)


def _statements_part(df, *, cols: tuple, rubrics: frozenset) -> Counter:
    """Statements of one chunk of articles, per group, speaker, role and verb."""
    counts: Counter = Counter()
    keys = zip(*[df[c].tolist() for c in cols])
    for key, title, text in zip(keys, _col(df, "title"), _col(df, "text")):
        key = tuple(_none(k) for k in key)
        for value, is_title in ((title, True), (text, False)):
            for _v, _s, _e, name, role, verb in statements(_none(value), is_title, rubrics):
                counts[(*key, name, role, verb)] += 1
    return counts


def _col(df, name):
    return df[name].tolist() if name in df.columns else [None] * len(df)
