"""Matching chunk by chunk: the lexicon plans of :mod:`framing.chunks` (the contract is
described there).  Two passes: :func:`context_plan` gathers what matching needs to know about
the whole corpus (its outlets' repeated lines and headline rubrics), then :func:`counts_plan`
or :func:`matches_plan` match each chunk with that context bound in.
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..chunks import Plan, _concat, add_counters, rows, run

__all__ = ["Context", "context_plan", "counts_plan", "matches_plan", "texts_plan", "counts_and_docs", "matches",
           "MATCH_PART_COLUMNS"]


@dataclass(frozen=True)
class Context:
    """What matching needs to know about the whole corpus: its outlets' repeated lines
    (:class:`~framing.text.boilerplate.Boilerplate`, None when kept) and headline rubrics."""
    boilerplate: Any = None
    rubrics: frozenset = frozenset()


def context_part(df: pd.DataFrame, keep_boilerplate: bool = False, lang=None, exclude_copies=False) -> tuple:
    """Tallies of one chunk (the rows :func:`framing.chunks.rows` keeps): ``(boilerplate tally or
    None, rubric candidates seen, of them named in the text, has titles, place candidates, unit tally)``
    (the place tallies of :func:`framing.lexicon.headlines._learned_places`)."""
    from ..text.boilerplate import hashed, tally
    from .core import _none
    from .headlines import place_candidates, rubric_candidate, unit_tally
    df = rows(df, lang, exclude_copies)
    outlets = df["outlet"].tolist() if "outlet" in df.columns else [None] * len(df)
    texts = df["text"].tolist() if "text" in df.columns else [None] * len(df)
    none = [_none(t) for t in texts]
    bp = None if keep_boilerplate or "outlet" not in df.columns or "text" not in df.columns else hashed(tally(zip(outlets, none)))
    seen, named = Counter(), Counter()
    titles = df["title"].tolist() if "title" in df.columns else []
    for o, t, x in zip(outlets, titles, texts):
        left, is_named = rubric_candidate(t, x)
        if left is not None:                              # a candidate left side (seen once)
            seen[(o, left)] += 1
            named[(o, left)] += is_named
    return (bp, seen, named, "title" in df.columns, place_candidates(titles),
            unit_tally([x for x in texts if isinstance(x, str)]))


def context_combine(partials: list) -> tuple:
    from ..text.boilerplate import merge_tallies
    bps = [p[0] for p in partials]
    seen, named, unit, cands, spelled = Counter(), Counter(), Counter(), set(), {}
    for p in partials:
        seen.update(p[1])
        named.update(p[2])
        cands |= p[4]
        unit.update(p[5][0])
        spelled.update(p[5][1])
    return ((None if any(b is None for b in bps) else merge_tallies(bps)), seen, named, any(p[3] for p in partials),
            cands, (unit, spelled))


def context_finish(merged: tuple, min_titles: int = 3) -> tuple:
    """The rule of :func:`framing.lexicon.headlines.rubrics` on the merged tallies: ``(Context with the
    repeated left sides as rubrics, spellings of the place candidates whose في/بـ uses are still to
    count)``; :func:`context` counts them in a second pass and adds the places learned."""
    from ..text.boilerplate import from_tally
    from .headlines import place_spellings
    bp, seen, named, has_titles, cands, (unit, spelled) = merged
    rub = frozenset(left for (o, left), n in seen.items() if n >= min_titles and named[(o, left)] * 2 < n)
    boiler = from_tally(bp) if bp is not None else None
    if not has_titles:
        return Context(boiler or None, frozenset()), {}
    return Context(boiler or None, rub), place_spellings(unit, spelled, cands)


def context_plan(keep_boilerplate: bool = False, lang=None, exclude_copies=False) -> Plan:
    part = functools.partial(context_part, keep_boilerplate=keep_boilerplate, lang=lang, exclude_copies=exclude_copies)
    return Plan(part, context_combine, context_finish, ("outlet", "title", "text", "lang", "copy_of"), fold=8)


def context(source, keep_boilerplate: bool = False, lang=None, exclude_copies=False, jobs=None) -> Context:
    """:func:`context_plan` run over ``source``; for a corpus directory, kept in a file of the directory
    (:func:`_kept_context`) and read from it while the corpus and the toolkit's code are those it was
    computed from: every counting verb needs it, and it depends on the lexicon in nothing."""
    from ..chunks import streamable
    path = streamable(source)
    kept = _kept_context(path, keep_boilerplate, lang, exclude_copies) if path is not None else None
    if kept is not None:
        ctx = kept.read()
        if ctx is not None:
            return ctx
    ctx, spelled = run(source, context_plan(keep_boilerplate, lang, exclude_copies), jobs, "reading")
    if spelled:                                    # the places' في/بـ uses: a second pass over the texts
        from .headlines import learned_places
        inside = run(source, Plan(functools.partial(_inside_part, spelled=spelled, lang=lang,
                                                    exclude_copies=exclude_copies), add_counters,
                                  columns=("text", "lang", "copy_of")), jobs, "reading")
        ctx = Context(ctx.boilerplate, ctx.rubrics | learned_places(inside, spelled))
    if kept is not None:
        kept.write(ctx)
    return ctx


def _inside_part(df, *, spelled, lang=None, exclude_copies=False) -> Counter:
    from .headlines import inside_tally
    df = rows(df, lang, exclude_copies)
    return inside_tally([x for x in df["text"].tolist() if isinstance(x, str)] if "text" in df.columns else [], spelled)


def _kept_context(path, keep_boilerplate, lang, exclude_copies):
    from .._store import KeptResult
    return KeptResult(path, "context", [keep_boilerplate, lang, exclude_copies], _context_json, _context_from_json)


def _context_json(ctx: Context):
    """``ctx`` as JSON values (lists keep every dict's order), or None when an outlet is no str (not kept)."""
    bp = ctx.boilerplate
    if bp is None:
        return {"boilerplate": None, "rubrics": sorted(ctx.rubrics)}
    parts = [bp._lines, bp._labels, bp._markers]
    if not all(o is None or isinstance(o, str) for d in parts + [bp._articles] for o in d):
        return None
    return {"boilerplate": [[[o, list(d.items())] for o, d in part.items()] for part in parts]
            + [list(bp._articles.items())], "rubrics": sorted(ctx.rubrics)}


def _context_from_json(v) -> Context:
    from ..text.boilerplate import Boilerplate
    bp = v["boilerplate"]
    if bp is not None:
        bp = Boilerplate(*({o: dict(map(tuple, items)) for o, items in part} for part in bp[:3]),
                         dict(map(tuple, bp[3])))
    return Context(bp, frozenset(v["rubrics"]))


# -- lexicon counts ------------------------------------------------------------------------

def counts_part(df, *, lexicon, voice="own", morph=None, context=Context(), extra=(), lang=None,
                exclude_copies=False) -> tuple:
    """``(counts, docs)`` of one chunk (:func:`framing.lexicon.iter_counts`); ``docs`` also carries
    the corpus columns ``extra`` (e.g. the ``by`` columns of term_shares)."""
    from .core import iter_counts
    df = rows(df, lang, exclude_copies)
    counts, docs = next(iter_counts([df], lexicon, voice, morph, context.boilerplate, context.rubrics))
    for c in extra:
        if c not in docs.columns:
            docs[c] = df[c].to_numpy() if c in df.columns else None
    return counts, docs


def counts_combine(partials: list) -> tuple:
    return _concat([p[0] for p in partials]), _concat([p[1] for p in partials])


def counts_plan(lexicon, voice="own", morph=None, context=Context(), extra=(), lang=None,
                exclude_copies=False) -> Plan:
    part = functools.partial(counts_part, lexicon=lexicon, voice=voice, morph=morph, context=context,
                             extra=tuple(extra), lang=lang, exclude_copies=exclude_copies)
    return Plan(part, counts_combine, columns=READ_COLUMNS + tuple(c for c in extra if c not in READ_COLUMNS))


#: the corpus columns matching reads (``rows`` filters on lang and copy_of): a chunk is read without
#: url, credit, source_path … (a third of the reading time of a corpus directory's row group)
READ_COLUMNS = ("id", "outlet", "published", "event_id", "title", "text", "lang", "copy_of")


def counts_and_docs(source, lexicon, voice="own", morph=None, keep_boilerplate=False, *, extra=(), lang=None,
                    exclude_copies=False, jobs=None) -> tuple:
    """``(counts, docs)`` as :func:`framing.lexicon.core.counts_and_docs`, in two chunked passes
    (context, then counts) over ``source`` with ``jobs`` processes."""
    ctx = context(source, keep_boilerplate, lang, exclude_copies, jobs)
    return run(source, counts_plan(lexicon, voice, morph, ctx, extra, lang, exclude_copies), jobs, "matching")


# -- matches (kwic, match, audit sample) -------------------------------------------------------

def matches_part(df, *, lexicon, voice="own", morph=None, context=Context(), width=None, left_out=False,
                 lang=None, exclude_copies=False) -> pd.DataFrame:
    """Matches of one chunk: ``row`` columns ``id, outlet, published, event_id``, then ``field, start,
    end, family, term, voice, reason, speaker, role, verb, match``, and with ``width`` the context
    ``left, right`` around ``match`` (:func:`framing.lexicon.concordance` lines)."""
    from .core import _hits
    df = rows(df, lang, exclude_copies)
    out = []
    for (doc, outlet, published, event), fld, value, s, e, fam, term, v, why, src in _hits(
            df, lexicon, voice, morph, left_out=left_out, boilerplate=context.boilerplate,
            rubrics=context.rubrics):
        ctx = () if width is None else (_squash(value[max(0, s - width):s]), _squash(value[e:e + width]))
        out.append((doc, outlet, published, event, fld, s, e, fam, term, v, why, *src[:3], value[s:e], *ctx))
    cols = MATCH_PART_COLUMNS + (["left", "right"] if width is not None else [])
    return pd.DataFrame(out, columns=cols).astype({"start": "int64", "end": "int64"})


MATCH_PART_COLUMNS = ["id", "outlet", "published", "event_id", "field", "start", "end", "family", "term", "voice",
                      "reason", "speaker", "role", "verb", "match"]


def _squash(s: str) -> str:
    return " ".join(s.split()) if s else ""


def matches_plan(lexicon, voice="own", morph=None, context=Context(), width=None, left_out=False, lang=None,
                 exclude_copies=False) -> Plan:
    part = functools.partial(matches_part, lexicon=lexicon, voice=voice, morph=morph, context=context, width=width,
                             left_out=left_out, lang=lang, exclude_copies=exclude_copies)
    return Plan(part, _concat, columns=READ_COLUMNS)


def matches(source, lexicon, voice="own", morph=None, *, keep_boilerplate=False, width=None, left_out=False,
            lang=None, exclude_copies=False, jobs=None) -> pd.DataFrame:
    """Every match of ``source`` (:func:`matches_part` columns), in corpus order, two chunked passes."""
    ctx = context(source, keep_boilerplate, lang, exclude_copies, jobs)
    return run(source, matches_plan(lexicon, voice, morph, ctx, width, left_out, lang, exclude_copies), jobs,
               "matching")


def texts_part(df, *, ids: frozenset, fields=("title", "text")) -> dict:
    """``{(id, field): value}`` of the rows whose id is in ``ids``."""
    keep = df["id"].astype(str).isin(ids).to_numpy()
    sub = df[keep]
    return {(str(i), f): v for f in fields if f in sub.columns for i, v in zip(sub["id"], sub[f])}


def _merge_dicts(partials: list) -> dict:
    out: dict = {}
    for p in partials:
        out.update(p)
    return out


def texts_plan(ids, fields=("title", "text")) -> Plan:
    return Plan(functools.partial(texts_part, ids=frozenset(map(str, ids)), fields=tuple(fields)), _merge_dicts,
                columns=("id", *fields))


