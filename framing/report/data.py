"""Gather every number a report shows, from the public stage functions (no maths here).

:func:`collect` calls ``framing.lexicon`` (``count_terms``, ``doc_tokens``, ``kwic``),
``framing.stats`` (``shares``, ``compare``, ``keyness``) and ``framing.events``
(``events_table``, ``copy_share``) exactly as ``framing terms`` / ``framing compare``
do, so the report's numbers are the CLI's numbers.  The result, :class:`ReportData`,
is plain DataFrames and strings: the PDF and HTML writers only lay it out, and tests
can build one by hand.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import __version__
from ..errors import InputError, UsageError
from ..schema import own_event_labels
from .provenance import article_list, provenance

__all__ = ["ReportData", "FamilyResult", "AuditInfo", "collect", "SMALL_FAMILY", "SMALL_CELL"]

#: below this many matches of a family in the whole corpus, the report warns about small counts
SMALL_FAMILY = 30
#: below this many matches of a family in one outlet, that outlet's shares are flagged
SMALL_CELL = 5
#: concordance lines are shown for the groups that use a term most, up to this many groups
KWIC_GROUPS = 4
#: characters of context asked from kwic on each side (the PDF then cuts to the column width)
KWIC_WIDTH = 90


@dataclass
class FamilyResult:
    """What the report shows for one lexicon family.

    ``shares``: ``<by>, family, term, articles, matches, tokens, rate_per_10k, share, ci_low, ci_high``.
    ``test``: ``Comparison.test`` dict (``test, statistic, dof, p_value, cramers_v, n, sentence``) or None.
    ``event_shares``: the same columns plus ``event_id``, for the events with matches of the family
    from two or more groups (those the within-event test compares; empty when none, None without events).
    ``kwic``: ``id, outlet, published, left, match, right, voice, family, term`` (the lines shown).
    """
    lexicon: str
    family: str
    terms: pd.DataFrame                      # terms_table rows of this family
    shares: pd.DataFrame
    sentence: str = ""
    test: dict | None = None
    label: str = ""                          # the family's label from the lexicon
    within_sentence: str = ""                # the comparison within events, when computed
    within_test: dict | None = None
    event_shares: pd.DataFrame | None = None
    focus_term: str | None = None            # term drawn in the outlet × event heatmap
    kwic: pd.DataFrame | None = None
    notes: list[str] = field(default_factory=list)
    part: str = ""                           # language compared ("ar"/"en") when a family mixes languages
    pairwise: pd.DataFrame | None = None     # Comparison.pairwise (for the Arabic sentences)
    within_pairwise: pd.DataFrame | None = None

    @property
    def total_matches(self) -> int:
        return int(self.shares["matches"].sum()) if len(self.shares) else 0


@dataclass
class AuditInfo:
    """The hand check of the terms a report shows (``framing audit``), or the lexicons' own records.

    ``source``: ``audit`` (audit files given to the report) or ``lexicon`` (the ``validated:``
    blocks of the lexicons, measured on another corpus).  ``terms``: ``family, term, n, precision,
    ci_low, ci_high, corpus`` (Wilson 95% interval).  ``agreement``: :class:`~framing.audit.AuditScore`
    agreement table (audit files with two coders or more), else None.  ``stale``: labelled lines
    whose match no longer exists in the corpus (left out of the precision).
    """
    source: str
    terms: pd.DataFrame
    coders: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    n_lines: int = 0
    agreement: pd.DataFrame | None = None
    stale: int = 0
    families: pd.DataFrame | None = None     # AuditScore.families (with precision_weighted), audit files only


@dataclass
class ReportData:
    """Everything a report shows; see :func:`collect`."""
    title: str
    params: dict                             # the parameters of the run, as given
    command: str                             # the exact command line (or Python call)
    corpus_name: str
    n_articles: int
    outlets: pd.DataFrame                    # Corpus.summary() with the outlet as a column
    first: str | None                        # first and last publication dates (ISO)
    last: str | None
    languages: pd.DataFrame                  # lang, articles
    content_hash: str
    created: _dt.datetime                    # fixed date written into the PDF (from the corpus)
    articles: pd.DataFrame                   # id, outlet, published, event_id (for the charts)
    lexicons: pd.DataFrame                   # name, version, description
    families: list[FamilyResult]
    by: str = "outlet"
    voice: str = "own"
    lang: str = "en"
    events: pd.DataFrame | None = None       # events_table output, None when no events
    copies: pd.DataFrame | None = None       # copy_share output, None when not computed
    keyness: dict[str, pd.DataFrame] | None = None   # group -> term, score, ... (top rows)
    keyness_note: str = ""
    keyness_info: dict = field(default_factory=dict)  # names left out, languages ranked (vocab.distinctive)
    sources: pd.DataFrame | None = None      # framing.sources(corpus, by): <by>, speaker, role, verb, quotes, share
    toolkit_version: str = __version__
    notes: list[str] = field(default_factory=list)
    audit: AuditInfo | None = None           # hand-checked precision of the terms (framing audit)
    provenance: dict = field(default_factory=dict)   # source, licence (from the corpus manifest)
    article_list: pd.DataFrame | None = None  # id, <by>, date, title, url of every article (appendix)
    outlet_table: pd.DataFrame | None = None  # outlet (id), name_ar, name_en, country, kind (framing outlets)


def _created(corpus) -> _dt.datetime:
    """The date written into the report: the latest publication date, else the manifest's
    ``created``, else 2000-01-01 — never the clock, so rebuilding gives the same bytes."""
    d = corpus.dates
    if d.notna().any():
        t = d.max()
        return _dt.datetime(t.year, t.month, t.day, tzinfo=_dt.timezone.utc)
    created = (corpus.manifest or {}).get("created")
    if created:
        try:
            t = pd.Timestamp(created)
            t = t.tz_localize("UTC") if t.tzinfo is None else t.tz_convert("UTC")
            return t.to_pydatetime().replace(microsecond=0)
        except (ValueError, TypeError):
            pass
    return _dt.datetime(2000, 1, 1, tzinfo=_dt.timezone.utc)


def _has_events(corpus) -> bool:
    return "event_id" in corpus.df and corpus.df["event_id"].notna().any()


def _evidence(corpus, source, names, lx, fam, counts, docs, shares, by, voice, per_cell, kwic) -> pd.DataFrame | None:
    """Concordance lines shown for a family: for each term, the groups using it most (up to
    :data:`KWIC_GROUPS`), and in each the ``per_cell`` earliest articles (by date, then id)
    that use it.  Only those articles are read (:func:`_rows`) and scanned (fast on big corpora)."""
    from ..corpus import Corpus
    if counts.empty or per_cell < 1:
        return None
    top = (shares[shares["matches"] > 0].sort_values(["term", "matches", by], ascending=[True, False, True],
                                                     kind="stable")
           .groupby("term", sort=False).head(KWIC_GROUPS)[[by, "term"]])
    d = counts.merge(docs[["id", by, "published"]], on="id", how="left").merge(top, on=[by, "term"])
    d = d.sort_values([by, "term", "published", "id"], na_position="last", kind="stable")
    picked = d.groupby([by, "term"], sort=False).head(per_cell)
    if picked.empty:
        return None
    sub = Corpus(_renamed(_rows(source, picked["id"]), names), path=corpus.path, manifest=corpus.manifest)
    k = pd.DataFrame(kwic(sub, lx, family=fam, voice=voice, width=KWIC_WIDTH))
    k = k.merge(picked[["id", "term"]], on=["id", "term"], how="inner")
    order = {t: i for i, t in enumerate(shares.drop_duplicates("term")["term"])}
    k = k.drop_duplicates(["id", "term"]).assign(_o=k["term"].map(order))
    return (k.sort_values(["_o", "outlet", "published", "id"], kind="stable").drop(columns="_o")
            .reset_index(drop=True))


def _family_label(lx, fam: str, lang: str) -> str:
    try:
        f = lx.family(fam)
    except Exception:  # a lexicon-like object without families
        return ""
    first, second = (f.label_ar, f.label_en) if lang == "ar" else (f.label_en, f.label_ar)
    return " / ".join(x for x in (first, second) if x)


AUTO_NOTE = ("No lexicon was named, so this report uses every shipped lexicon with matches in the corpus: "
             "{used} (left out, no match: {unused}). Name lexicons with --lexicon to choose.")


AUTO_NOTE_AR = ("لم يُسمَّ معجم، فاستعمل التقرير كل معجم مرفق له مطابقات في المدوّنة: \u2066{used}\u2069، "
                "وتُرك ما لا مطابقة له: \u2066{unused}\u2069. اختر المعاجم بالأمر framing report … --lexicon NAME "
                "لكل معجم.")


def collect(corpus, lexicons=None, *, families=None, by: str = "outlet", within_events: bool = False,
            voice: str = "own", title: str | None = None, report_lang: str = "en", command: str | None = None,
            n_boot: int = 1000, seed: int = 0, kwic_lines: int = 2, keyness_top: int = 10,
            audit=None) -> ReportData:
    """Compute what a report shows, with the stage functions the CLI uses.

    ``lexicons``: names or paths (or loaded ``Lexicon`` objects); ``families``: family ids to
    keep (default: all of each lexicon); ``by``: the corpus column groups are made of;
    ``voice``: ``own`` (the outlet's own sentences, default), ``quoted``, ``reported``, ``all`` or a
    list of them (``["quoted", "reported"]``), as in :func:`framing.count_terms`;
    ``kwic_lines``: concordance lines shown per group and term; ``report_lang``: ``en`` or
    ``ar``, the language of the report's own wording; ``audit``: labelled audit
    file(s) (``framing audit``) whose precision is shown beside every term (default: the
    ``validated:`` blocks of the lexicons, when they have some).
    """
    from ..lexicon.core import voice_name
    lang, voice = report_lang, voice_name(voice)      # own, all or a comma list (quoted,reported), as in terms
    corpus, source, lexs = _check(corpus, lexicons, by=by, voice=voice, lang=lang)
    names, outlet_table = _display_names(corpus, lang)
    original, corpus = corpus, _named(corpus, names)
    auto = not lexs
    if auto:  # no lexicon given: every shipped one, kept below if it matches the corpus
        from ..lexicon import list_lexicons, load_lexicon
        lexs = [load_lexicon(n) for n in list_lexicons()["name"]]
    wanted = set(families or [])
    opts = dict(by=by, within_events=within_events, voice=voice, lang=lang, n_boot=n_boot, seed=seed,
                kwic_lines=kwic_lines)
    results, lexs, unused = _family_results(corpus, lexs, wanted, auto=auto, source=source, names=names, **opts)
    events = copies = None
    notes = []
    if auto:
        notes.append((AUTO_NOTE_AR if lang == "ar" else AUTO_NOTE).format(used=", ".join(lx.name for lx in lexs) or "none",
                                      unused=", ".join(unused) or "none"))
    if within_events and not _has_events(corpus):
        notes.append("طُلبت المقارنة داخل الأحداث، لكن المدوّنة بلا أحداث: شغّل framing events أولًا."
                     if lang == "ar" else "Within-event comparisons were asked for, but the corpus has no events: "
                     "run framing events first.")
    if _has_events(corpus):
        events = _events(corpus)
    if "copy_of" in corpus.df.columns:
        copies = _copy_share(source, names)
    key, key_note, key_info = _keyness(original, by, keyness_top, names if by == "outlet" else {}, source)
    return _report_data(corpus, lexs, results, families=families, wanted=wanted, title=title, command=command,
                        audit=audit, original=original, outlet_table=outlet_table, events=events, copies=copies, keyness=key, keyness_note=key_note,
                        keyness_info=key_info, notes=notes,
                        sources=_sources(source, by, names), source=source, **opts)


def _check(corpus, lexicons, *, by, voice, lang):
    """``(Corpus, source, [Lexicon])`` after checking the options (one-line errors).  ``source``: what
    the passes over the articles' text read.  A corpus directory given as a path is its own source,
    read row group by row group, and the Corpus is loaded without its ``text`` column (every other
    column, ``title`` included: the article list prints it), so the report never holds the corpus's
    text; a Corpus (filtered, or made in memory) is its own source."""
    from .. import corpus as _corpus
    from ..chunks import columns_of, streamable
    from ..lexicon import load_lexicon
    if isinstance(corpus, (str, os.PathLike)) and streamable(corpus) is not None:
        source = Path(corpus)
        corpus = _corpus._load_dir(source, only=tuple(c for c in columns_of(source) if c != "text"))
    else:
        corpus = source = _corpus.load(corpus)
    if len(corpus) == 0:
        raise InputError("the corpus has no articles: nothing to report (check framing ingest's rejects)")
    if lang not in ("en", "ar"):
        raise UsageError(f"report_lang must be 'en' or 'ar', got {lang!r}")
    if by not in corpus.df.columns:
        raise UsageError(f"cannot group by {by!r}: the corpus has no such column "
                         f"(columns: {', '.join(corpus.df.columns)})")
    if by in ("title", "text", "source_path", "source_sha256", "url"):   # checked before the work, not after
        raise UsageError(f"cannot group by {by!r}: nearly every article has its own; group by outlet, credit, "
                         f"lang or a column that several articles share")
    if lexicons is not None and (isinstance(lexicons, (str, bytes)) or not hasattr(lexicons, "__iter__")):
        lexicons = [lexicons]
    lexicons = [] if lexicons is None else lexicons
    return corpus, source, [lx if hasattr(lx, "terms_table") else load_lexicon(lx) for lx in lexicons]


def _family_results(corpus, lexs, wanted, *, by, within_events, voice, lang, n_boot, seed,
                    kwic_lines, source, names, auto=False) -> tuple[list[FamilyResult], list, list[str]]:
    """One :class:`FamilyResult` per family (and per language part of a mixed family), the
    lexicons used and, with ``auto``, the names of those left out for having no match (``source``:
    the articles as read, outlet ids becoming ``names``: :func:`_check`, :func:`_named`)."""
    df = corpus.df
    all_counts, docs = _count_all(source, lexs, voice)
    docs = _renamed(docs, names)
    unused = [lx.name for lx in lexs if auto and not len(all_counts[lx.name])]
    lexs = [lx for lx in lexs if lx.name not in unused]
    if not lexs:
        raise InputError("no shipped lexicon matches a word of this corpus: give one with --lexicon FILE")
    if by not in docs.columns:
        docs = docs.merge(df[["id", by]].rename(columns={"id": "id"}), on="id", how="left")
    doc_lang = pd.Series(df["lang"].fillna("").to_numpy() if "lang" in df.columns else "", index=df["id"])
    results: list[FamilyResult] = []
    seen = set()
    for lx in lexs:
        name = str(getattr(lx, "name", "lexicon"))
        terms = lx.terms_table()
        for fam in dict.fromkeys(terms["family"]):
            if wanted and fam not in wanted:
                continue
            seen.add(fam)
            for part, fterms, fdocs in _language_parts(terms[terms["family"] == fam].reset_index(drop=True),
                                                       docs, doc_lang):
                counts = all_counts[name]
                fc = counts[(counts["family"] == fam) & counts["term"].isin(fterms["term"])
                            & counts["id"].isin(fdocs["id"])]
                results.append(_family_result(corpus, lx, name, fam, part, fterms, fc, fdocs, by=by,
                                              within_events=within_events, voice=voice, lang=lang,
                                              n_boot=n_boot, seed=seed, kwic_lines=kwic_lines,
                                              source=source, names=names))
    if wanted - seen:
        raise UsageError(f"unknown family(ies) {', '.join(sorted(wanted - seen))}; the lexicons have: "
                         f"{', '.join(dict.fromkeys(f for lx in lexs for f in lx.terms_table()['family']))}")
    return results, lexs, unused


def _family_result(corpus, lx, name, fam, part, fterms, fc, fdocs, *, by, within_events, voice, lang,
                   n_boot, seed, kwic_lines, source, names) -> FamilyResult:
    """Shares, test, within-event comparison and concordance evidence of one family (part)."""
    from ..lexicon import kwic
    from ..stats import compare, shares
    cmp = compare(fc, fdocs, fam, by=by, within_events=False, n_boot=n_boot, seed=seed, terms=fterms)
    res = FamilyResult(lexicon=name, family=fam, terms=fterms, shares=cmp.shares,
                       sentence=str(cmp.sentence), test=dict(cmp.test),
                       label=_family_label(lx, fam, lang) + _PART_LABEL[lang].get(part, ""), part=part,
                       pairwise=cmp.pairwise)
    total = res.total_matches
    if total == 0:
        res.sentence, res.test = "", None
        res.notes.append(f"لا يستعمل أي مقال في المدوّنة مصطلحًا من \u2066{fam}\u2069، "
                         + {"own": "في كلام الوسائل نفسها", "all": "مع الاقتباسات"}.get(voice, f"في الأصوات {voice}")
                         + "." if lang == "ar" else
                         f"No article in the corpus uses a term of {fam} "
                         f"({ {'own': 'own voice only', 'all': 'quotes included'}.get(voice, f'voice {voice}') }).")
        return res
    if total < SMALL_FAMILY:
        res.notes.append(f"الأعداد صغيرة، \u2066{total}\u2069 مطابقة في المجموع: اقرأ الحصص على أنها مؤشرات، "
                         f"ومجالاتها واسعة." if lang == "ar" else
                         f"Counts are small ({total} matches in all): read the shares as "
                         f"indications; their intervals are wide.")
    if _has_events(corpus):
        es = shares(fc, fdocs, by=[by, "event_id"], n_boot=n_boot, seed=seed, terms=fterms)
        # only the events the within-event test compares: family matches from two or more groups
        groups = es[es["matches"] > 0].groupby("event_id")[by].nunique()
        res.event_shares = es[es["event_id"].isin(groups[groups >= 2].index)].reset_index(drop=True)
        res.focus_term = _focus_term(res.shares)
        if within_events:
            cw = compare(fc, fdocs, fam, by=by, within_events=True, n_boot=n_boot, seed=seed, terms=fterms)
            res.within_sentence, res.within_test = str(cw.sentence), dict(cw.test)
            res.within_pairwise = cw.pairwise
    res.kwic = _evidence(corpus, source, names, lx, fam, fc, fdocs, res.shares, by, voice, kwic_lines, kwic)
    return res


def _display_names(corpus, lang: str) -> tuple[dict, pd.DataFrame]:
    """``(outlet id → name printed in the report, outlets table)``: the outlets table
    (:func:`framing.browse.outlets`: ``outlet, name_ar, name_en, country, kind``) gives the name
    in the report's language, else in the other, else the id; two outlets that would print the
    same name keep their ids beside it."""
    from ..browse import outlet_fields
    from ..display.text import clean
    ids = sorted(corpus.df["outlet"].dropna().astype(str).unique())
    f = outlet_fields(corpus, ids)
    table = pd.DataFrame({"outlet": ids, **f})
    first, second = ("name_ar", "name_en") if lang == "ar" else ("name_en", "name_ar")
    names = {o: clean(a) or clean(b) or o for o, a, b in zip(ids, f[first], f[second])}
    seen = pd.Series(list(names.values())).value_counts()
    return {o: (f"{n} ({o})" if seen[n] > 1 and n != o else n) for o, n in names.items()}, table


def _named(corpus, names: dict):
    """``corpus`` with every outlet id replaced by its printed name (one to one, so every number is
    the same; the content hash and the audit are taken from the corpus as given)."""
    from ..corpus import Corpus
    if all(k == v for k, v in names.items()):
        return corpus
    return Corpus(_renamed(corpus.df, names), path=corpus.path, rejects=corpus.rejects, manifest=corpus.manifest,
                  events=corpus.events)


def _renamed(df: pd.DataFrame, names: dict) -> pd.DataFrame:
    """``df`` (corpus rows, or per-article rows with an ``outlet`` column) with each outlet id replaced
    by its printed name (:func:`_named`); ``df`` itself when no name differs from its id."""
    if all(k == v for k, v in names.items()) or "outlet" not in df.columns:
        return df
    out = df["outlet"].astype(object)
    return df.assign(outlet=out.map(lambda o: names.get(str(o), o) if isinstance(o, str) else o))


def _rows(source, ids) -> pd.DataFrame:
    """The rows of ``source`` (a corpus directory, read chunk by chunk, or a Corpus) whose id is one of
    ``ids``, every column, in corpus order."""
    import functools

    from ..chunks import Plan, _concat, run
    return run(source, Plan(functools.partial(_rows_part, ids=frozenset(map(str, ids))), _concat), None, "reading")


def _rows_part(df: pd.DataFrame, *, ids: frozenset) -> pd.DataFrame:
    return df[df["id"].astype(str).isin(ids).to_numpy()]


def _report_data(corpus, lexs, results, *, families, wanted, title, command, audit, by, within_events, voice, lang,
                 n_boot, seed, kwic_lines, original=None, outlet_table=None, source=None, **parts) -> ReportData:
    """The :class:`ReportData` of a report: corpus description, parameters and the results
    (``original``: the corpus before outlet ids became names, for the content hash and the audit)."""
    original = corpus if original is None else original
    source = original if source is None else source
    df = corpus.df
    summary = corpus.summary().reset_index().rename(columns={"index": "outlet"})
    langs = (df["lang"].fillna("unknown").value_counts().rename_axis("lang").reset_index(name="articles"))
    dates = corpus.dates
    lexinfo = pd.DataFrame([{"name": str(getattr(lx, "name", "")), "version": str(getattr(lx, "version", "")),
                             "description": str(getattr(lx, "description", "") or "")} for lx in lexs])
    name = corpus.path.name if corpus.path is not None else "corpus"
    params = {"lexicons": list(lexinfo["name"]), "families": sorted(wanted) or "all", "by": by,
              "within_events": within_events, "voice": voice, "report_lang": lang, "n_boot": n_boot, "seed": seed}
    return ReportData(
        title=title or (f"اختيار الكلمات في {name}: {', '.join(lexinfo['name'])}" if lang == "ar"
                        else f"Word choice in {name}: {', '.join(lexinfo['name'])}"),
        params=params,
        command=command or _python_call(name, lexinfo["name"], families, by, within_events, voice, lang),
        corpus_name=name, n_articles=len(df), outlets=summary,
        first=str(dates.min().date()) if dates.notna().any() else None,
        last=str(dates.max().date()) if dates.notna().any() else None,
        languages=langs, content_hash=_content_hash(source), created=_created(corpus),
        articles=df[["id", "outlet", "published", "event_id", "lang"]
                    + ([by] if by not in ("outlet", "id", "lang", "published", "event_id") else [])],
        lexicons=lexinfo, families=results, by=by, voice=voice, lang=lang,
        audit=_audit_info(audit, source, lexs, name), provenance=provenance(corpus.manifest),
        article_list=article_list(df, by), outlet_table=outlet_table, **parts)


def _content_hash(source) -> str:
    """:meth:`framing.corpus.Corpus.content_hash` of ``source`` (:func:`_check`'s; a corpus directory's
    is read chunk by chunk, :func:`framing.corpus.content_hash`, and kept with it)."""
    from .._store import KeptResult
    from ..chunks import content_hash, streamable
    if not isinstance(source, Path):
        return source.content_hash()
    kept = KeptResult(streamable(source), "report-hash", ["whole"], str, str)
    got = kept.read()
    if got is None:
        got = content_hash(source)
        kept.write(got)
    return got


def _audit_info(audit, source, lexs, corpus_name: str) -> AuditInfo | None:
    """Precision per term from audit files (checked against the corpus when the lexicon named in
    the file loads: the audited articles only are read from ``source``), else from the lexicons'
    ``validated:`` blocks, else None."""
    from ..errors import FramingError
    from ..stats.agreement import wilson
    if audit is not None:
        from ..audit import score
        from ..audit.scoring import _read_all
        from ..corpus import Corpus
        corpus = Corpus(_rows(source, _read_all(audit)[0]["id"]))       # the audited articles: all the check reads
        try:
            res = score(audit, corpus=corpus)
        except FramingError:            # the file's lexicon is not loadable here: no corpus check
            res = score(audit)
        t = res.terms[res.terms["n"] > 0][["family", "term", "n", "precision", "ci_low", "ci_high"]]
        files = [getattr(f, "name", None) or str(f).rsplit("/", 1)[-1] for f in res.files]
        return AuditInfo("audit", t.assign(corpus=corpus_name).reset_index(drop=True), res.coders, files,
                         res.n_lines, res.agreement if len(res.coders) > 1 else None, len(res.stale),
                         families=res.families)
    tables = [lx.validated_table() for lx in lexs if hasattr(lx, "validated_table")]
    v = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame()
    if v.empty:
        return None
    ci = [wilson(p * n, n) for p, n in zip(v["precision"], v["n"])]
    v = v.assign(ci_low=[c[0] for c in ci], ci_high=[c[1] for c in ci])
    return AuditInfo("lexicon", v[["family", "term", "n", "precision", "ci_low", "ci_high", "corpus"]],
                     n_lines=int(v["n"].sum()))


def _sources(source, by: str, names: dict) -> pd.DataFrame | None:
    """Who each group quotes (:func:`framing.sources`), or None when ``by`` is not outlet/event;
    outlet ids replaced by ``names`` (the table's order is then that of the names)."""
    if by not in ("outlet", "event_id"):
        return None
    from ..lexicon.sources import sorted_sources, sources
    kept = _kept(source, "report-sources", [by])
    table = kept.read() if kept is not None else None
    if table is not None:
        table = table[0]
    else:
        table = sources(source, by="outlet" if by == "outlet" else "event")
        if kept is not None:
            kept.write([table])
    if by != "outlet" or table is _renamed(table, names):
        return table
    attrs = table.attrs
    table = sorted_sources(_renamed(table, names), [by])
    table.attrs = attrs
    return table


def _copy_share(source, names: dict) -> pd.DataFrame:
    """:func:`framing.events.copy_share` of ``source``, outlet ids replaced by ``names`` (rows in the
    order of the names); kept with a corpus directory (:func:`_kept`).  It compares the texts of each
    window of days, read whole (a corpus directory: only the columns it needs)."""
    from ..corpus import _load_dir
    from ..events import copy_share
    columns = ("id", "outlet", "published", "title", "text", "copy_of")
    kept = _kept(source, "report-copies", [], columns=columns)
    table = kept.read() if kept is not None else None
    if table is not None:
        table = table[0]
    else:
        table = copy_share(_load_dir(source, only=columns) if isinstance(source, Path) else source)
        if kept is not None:
            kept.write([table])
    return _renamed(table, names).sort_values("outlet", kind="stable").reset_index(drop=True)


_PART_LABEL = {"en": {"ar": " — Arabic articles", "en": " — English articles"},
               "ar": {"ar": " — المقالات العربية", "en": " — المقالات الإنجليزية"}}


def _language_parts(fterms: pd.DataFrame, docs: pd.DataFrame, doc_lang: pd.Series):
    """``(language, terms, docs)`` parts of a family to compare separately
    (:func:`framing.analysis.languages_to_compare`), else one part (language ``""``)."""
    from ..analysis import languages_to_compare
    present = doc_lang.reindex(docs["id"]).fillna("").to_numpy()
    parts = languages_to_compare(fterms["language"], present)
    if not parts:                      # one language in use: its terms only (no empty rows of the other)
        used = [x for x in dict.fromkeys(fterms["language"]) if (present == x).any()]
        yield "", (fterms[fterms["language"] == used[0]].reset_index(drop=True) if len(used) == 1 else fterms), docs
        return
    for x in parts:
        yield x, fterms[fterms["language"] == x].reset_index(drop=True), docs[present == x]


def _count_all(source, lexs, voice: str) -> tuple[dict, pd.DataFrame]:
    """Per lexicon name, the per-article counts (``id, family, term, count``, as
    ``count_terms(by="doc")``), and ``docs`` (``id, outlet, event_id, published, tokens``).

    One matching per lexicon, with the same code ``framing terms`` uses, so the report's
    numbers are the CLI's (merging lexicons into one matching let a multi-word form of one lexicon
    hide the words of another: matches never overlap); but one chunked pass for them all, with the
    corpus context (boilerplate, rubrics) gathered once: each chunk is read, and the workers
    started, once rather than once per lexicon.  Kept in the corpus directory for the next run
    (:func:`_kept`).  ``source``: :func:`_check`'s (outlets as ids: the context's repeated lines and
    rubrics are per outlet, so the counts are those of the renamed corpus)."""
    import functools

    from ..chunks import Plan, run
    from ..lexicon.parts import READ_COLUMNS, context
    kept = _kept(source, "report-counts", [voice, *(hashlib.sha1(repr(lx).encode()).hexdigest() for lx in lexs)])
    frames = kept.read() if kept is not None else None
    if frames is not None and len(frames) == len(lexs) + 1:
        return {lx.name: f for lx, f in zip(lexs, frames)}, frames[-1]
    part = functools.partial(_counts_each, lexicons=tuple(lexs), voice=voice, context=context(source))
    each = run(source, Plan(part, _combine_each, columns=READ_COLUMNS), None, "matching")   # jobs: jobs_default
    out, docs = {}, None
    for lx, (counts, d) in zip(lexs, each):
        out[lx.name] = counts.sort_values(["id", "family", "term"], kind="stable").reset_index(drop=True)
        docs = d if docs is None else docs
    if kept is not None and docs is not None:
        kept.write([*out.values(), docs])
    return out, docs


def _kept(source, name: str, options: list, columns=None):
    """Where a result of the report computed from ``source``'s rows is kept between runs (users
    rebuild a report again and again while writing): a :class:`framing._store.KeptResult` in the
    corpus directory, read back only for the same articles file (its name, size, modification time
    and inode: a corpus rewritten by ingest, events or outlets, or edited, is another file),
    ``options`` and toolkit code.  ``source`` is a corpus directory (:func:`_check`: the report reads
    all of it, so that stamp says which rows it read: nothing more is read for the key) or a Corpus;
    a Corpus read from a directory (filtered, or edited in memory) is kept under a digest of every
    value the result reads, in order (``columns``; default: those matching reads), so it keeps its
    own; None for a Corpus not read from a directory."""
    from .._store import KeptResult
    from ..chunks import streamable
    if isinstance(source, Path):
        return KeptResult(streamable(source), name, ["whole", *options], _frames_json, _frames_from_json)
    path = streamable(source.path) if source.path is not None else None
    if path is None:
        return None
    from ..lexicon.parts import READ_COLUMNS
    h = hashlib.sha1()                  # every value read, in row order
    for col in [c for c in (READ_COLUMNS if columns is None else columns) if c in source.df.columns]:
        h.update(repr(col).encode())
        for v in source.df[col].tolist():
            h.update((v if isinstance(v, str) else "\x00" + repr(v)).encode("utf-8", "surrogatepass") + b"\x1f")
    return KeptResult(path, name, [h.hexdigest(), *options], _frames_json, _frames_from_json)


def _frames_json(frames: list) -> list:
    """DataFrames as Parquet bytes in base64 (every dtype read back as written)."""
    import base64
    import io
    import json
    out = []
    for f in frames:
        buf = io.BytesIO()
        try:
            f.to_parquet(buf, index=False)
            json.dumps(f.attrs)
        except Exception:          # (a column or attribute Parquet or JSON cannot hold: not kept)
            return None
        out.append({"parquet": base64.b64encode(buf.getvalue()).decode("ascii"), "attrs": f.attrs})
    return out


def _frames_from_json(value: list) -> list:
    import base64
    import io
    frames = []
    for v in value:
        f = pd.read_parquet(io.BytesIO(base64.b64decode(v["parquet"])))
        f.attrs = dict(v["attrs"])
        frames.append(f)
    return frames


def _counts_each(df, *, lexicons, voice, context) -> list:
    """:func:`framing.lexicon.parts.counts_part` of one chunk for each lexicon."""
    from ..lexicon.parts import counts_part
    return [counts_part(df, lexicon=lx, voice=voice, context=context) for lx in lexicons]


def _combine_each(partials: list) -> list:
    from ..lexicon.parts import counts_combine
    return [counts_combine([p[k] for p in partials]) for k in range(len(partials[0]))]


def _events(corpus) -> pd.DataFrame:
    """The corpus's events table with a ``short`` code per event (E1, E2… in date order, then id)."""
    ev = _events_table(corpus)
    order = ev.assign(_f=ev["first"].astype(str)).sort_values(["_f", "event_id"], kind="stable").index
    short = pd.Series([f"E{k + 1}" for k in range(len(order))], index=order)
    return ev.assign(short=short.reindex(ev.index).to_numpy())


def _events_table(corpus) -> pd.DataFrame:
    """The corpus's saved events table (``framing events`` writes it), else :func:`events_table`."""
    need = {"event_id", "label", "first", "last", "n_outlets", "articles"}
    saved = corpus.events
    ids = set(corpus.df["event_id"].dropna())
    if saved is not None and need <= set(saved.columns) and ids <= set(saved["event_id"].dropna()):
        return saved[saved["event_id"].isin(ids)].reset_index(drop=True)
    # event ids came with the input (no events.parquet): a light table, without events_table's TF-IDF
    # label: the one the input table gave the event (framing events --list shows the same), else
    # the earliest article's title
    df = corpus.df[corpus.df["event_id"].notna()].assign(_date=corpus.dates)
    df = df.sort_values(["_date", "id"], na_position="last", kind="stable")
    g = df.groupby("event_id", sort=True)
    titles, own = g["title"].first(), own_event_labels(df)
    out = pd.DataFrame({
        "label": pd.Series([own.get(str(e), t) for e, t in titles.items()], index=titles.index, dtype=object),
        "first": g["_date"].min().dt.strftime("%Y-%m-%d"), "last": g["_date"].max().dt.strftime("%Y-%m-%d"),
        "outlets": g["outlet"].agg(lambda s: ", ".join(sorted(s.dropna().unique()))),
        "n_outlets": g["outlet"].nunique(), "articles": g.size()})
    return out.reset_index()


def _focus_term(shares: pd.DataFrame) -> str | None:
    """The term whose share differs most between groups (max − min share), ties by frequency."""
    s = shares[shares["matches"].notna()]
    if s.empty:
        return None
    g = s.groupby("term").agg(spread=("share", lambda x: x.max() - x.min()), n=("matches", "sum"))
    g = g.sort_values(["spread", "n"], ascending=False, kind="stable")
    return str(g.index[0])


def _keyness(corpus, by: str, top: int, names: dict | None = None, source=None) -> tuple[dict | None, str, dict]:
    """Top distinctive words per group within each language, without outlet names, brand words
    and boilerplate (:func:`.vocab.distinctive`), or (None, why not, info).  Keys are the groups,
    ``"group (lang)"`` when more than one language is ranked.  Terms are shown in the group's
    most frequent printed spelling."""
    from .vocab import distinctive
    groups = corpus.df[by].dropna().unique()
    if len(groups) < 2:
        return None, f"Distinctive vocabulary: not available: it needs at least two {by}s (this corpus has {len(groups)}).", {}
    import json
    source = corpus if source is None else source
    kept = _kept(source, "report-keyness", [by, top, json.dumps(corpus.manifest or {}, sort_keys=True, default=str)],
                 columns=corpus.df.columns)          # (every column: the groups, languages and names come from them)
    got = kept.read() if kept is not None else None
    if got is not None:
        table, info = got[0], got[0].attrs.pop("info")
    else:
        table, info = distinctive(corpus, by=by, top=top, source=source)
        if kept is not None:
            t = table.copy()
            t.attrs = {**table.attrs, "info": info}
            kept.write([t])
    names = names or {}
    info["single"] = {x: names.get(str(g), g) for x, g in info["single"].items()}
    if table.empty:
        return None, "Distinctive vocabulary: no word is used often enough to compare.", info
    out = {}
    several = len(info["ranked"]) > 1
    for (g, x), d in table.groupby([table.columns[0], "lang"], sort=True):     # (the group column: keyness's first)
        g = names.get(str(g), g)
        shown = d["spellings"].fillna("").str.split(" | ", regex=False).str[0] if "spellings" in d else d["term"]
        out[f"{g} ({x})" if several else str(g)] = pd.DataFrame(
            {"term": shown.where(shown.astype(bool), d["term"]).to_numpy(), "z": d["z"].to_numpy(dtype=float),
             "normalised": d["term"].to_numpy()})
    return out, "", info


def _python_call(name, lexicons, families, by, within_events, voice, lang) -> str:
    args = [repr(name), repr(list(lexicons))]
    if families:
        args.append(f"families={list(families)!r}")
    for k, v, d in (("by", by, "outlet"), ("within_events", within_events, False), ("voice", voice, "own"),
                    ("report_lang", lang, "en")):
        if v != d:
            args.append(f"{k}={v!r}")
    return f"framing.report.build_report({', '.join(args)}, pdf=...)"
