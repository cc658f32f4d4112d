"""Distinctive vocabulary for the report: each outlet's words against the others of its
language, without outlet names, brand words and boilerplate.

Everything left out is learned from the corpus itself, per outlet (no list of sites):

* **repeated lines** (:mod:`framing.text.boilerplate`: link footers, tag lists, sign-offs such
  as «// انتهى //», a line repeating the headline);
* **repeated openings and closings**: the longest run of 3–12 words that opens (or closes) the
  first (last) line of at least ``need`` of the outlet's articles (a share bar glued to the
  text: «شارك من خلال تويتر فيسبوك …»), and short lines that repeat once digits are set aside
  (a time stamp «12:44 ت م»);
* **datelines**: the head of an article (its first line, or the first line's words before a
  colon, at most :data:`HEAD_WORDS` words) when it holds a word that opens at least
  :data:`HEAD_SHARE` of the outlet's articles («الرياض … الموافق … واس», «فلان- سبق- جدة:»);
* **outlet names**: every word of every outlet's names (its id, the display names of the
  outlets table — :func:`framing.browse.outlets` — and a table's ``outlet_name`` /
  ``outlet_name_ar`` columns) is left out of every ranking: an outlet's name in its own
  articles is a byline or a dateline, in another's a citation («نقلت عكاظ»).  A name that is
  also an ordinary word (الرياض, المدينة, اليوم) is left out with it; the report says so.

``need`` = max(5, 5% of the outlet's articles), as for repeated lines.  Rankings are made
within each language (:func:`framing.analysis.keyness` with ``lang``): an English outlet is
never ranked against Arabic ones; a language with one outlet only is not ranked.
"""
from __future__ import annotations

import heapq
import re
from collections import Counter

import numpy as np
import pandas as pd

__all__ = ["distinctive", "strip_house_text", "name_terms", "HEAD_WORDS", "HEAD_SHARE"]

#: a dateline is at most this many words (the first line, or its words before a colon)
HEAD_WORDS = 14
#: a word opening at least this share of an outlet's articles makes their heads datelines
HEAD_SHARE = 0.1
MIN_ARTICLES, MIN_SHARE = 5, 0.05
_RUNS = range(12, 2, -1)           # opening / closing runs tried, longest first
_HEAD = re.compile(r"^([^:\n]{1,200}?)\s*:")
_DIGITS = re.compile(r"[0-9٠-٩]+")
_SHAPE_MAX = 60                    # a repeated digit-shape line is short (a time stamp, a page number)


def _head(line: str) -> int:
    """Characters of ``line`` that form its head (0: none): the words before a colon, else the
    whole line, when at most :data:`HEAD_WORDS` words."""
    m = _HEAD.match(line)
    if m and len(m.group(1).split()) <= HEAD_WORDS:
        return m.end()
    return len(line) if len(line.split()) <= HEAD_WORDS else 0


def _words(s: str) -> set[str]:
    from ..text.tokenize import WORD_RE
    return set(WORD_RE.findall(s))


def _edges(lines: list[str]) -> tuple[int, int] | None:
    idx = [i for i, x in enumerate(lines) if x.strip()]
    return (idx[0], idx[-1]) if idx else None


#: openings and closings kept per outlet between chunks (:meth:`_Learned.prune`): an article adds at
#: most 20 openings (two lines × 10 run lengths) and 10 closings, so a run in ``need`` of an outlet's
#: n articles (≥ 5% and ≥ 5) outweighs the summary's error (≤ 20n / 1001 < 0.05n, and < 2 below 100 articles)
TALLY_KEEP = 1000


def _runs(lines: list[str]) -> tuple[set, set, set, set]:
    """``(openings, closings, digit shapes, head words)`` of one article's lines (each counted once)."""
    idx = [i for i, x in enumerate(lines) if x.strip()]      # the non-blank lines (as _edges)
    if not idx:
        return set(), set(), set(), set()
    e = idx[0], idx[-1]
    # openings: of the first two non-blank lines (a dateline line, then the text)
    opens = {tuple(w[:k]) for w in (lines[i].split() for i in idx[:2]) for k in _RUNS if len(w) > k}
    last = lines[e[1]].split()
    closes = {tuple(last[-k:]) for k in _RUNS if len(last) > k}
    shapes = {_DIGITS.sub("0", x.strip()) for x in lines if 0 < len(x.strip()) <= _SHAPE_MAX and _DIGITS.search(x)}
    h = _head(lines[e[0]].strip())
    return opens, closes, shapes, (_words(lines[e[0]].strip()[:h]) if h else set())


class _Learned:
    """What one outlet repeats: opening/closing runs, digit shapes of short lines, head words."""

    def __init__(self):
        self.n, self.opens, self.closes = 0, Counter(), Counter()
        self.shapes, self.heads = Counter(), Counter()
        self.pruned = False

    def add(self, lines: list[str]) -> None:
        self.n += 1
        for tally, seen in zip((self.opens, self.closes, self.shapes, self.heads), _runs(lines)):
            tally.update(seen)

    def merge(self, other: "_Learned") -> None:
        """Add the tallies of ``other`` (another chunk's articles of the same outlet)."""
        self.n += other.n
        self.pruned |= other.pruned
        for mine, theirs in ((self.opens, other.opens), (self.closes, other.closes), (self.shapes, other.shapes),
                             (self.heads, other.heads)):
            mine.update(theirs)

    def prune(self, keep: int | None = None) -> None:
        """Keep at most ``keep`` openings and closings: a Misra–Gries summary (the ``keep + 1``-th
        largest count subtracted from every count, those left at 0 or below dropped; summaries of
        chunks added up and pruned again stay one, Agarwal et al. 2012), whose counts are low by at
        most (runs tallied) / (``keep`` + 1): every run frequent enough to be house text is kept
        (:data:`TALLY_KEEP`), with a count to be made exact by a second pass (:func:`_learn`).  Digit
        shapes and head words are few per outlet and stay exact."""
        keep = TALLY_KEEP if keep is None else keep
        for name in ("opens", "closes"):
            tally = getattr(self, name)
            if len(tally) > keep:
                cut = heapq.nlargest(keep + 1, tally.values())[-1]
                setattr(self, name, Counter({k: c - cut for k, c in tally.items() if c > cut}))
                self.pruned = True

    def freeze(self) -> None:
        need = max(MIN_ARTICLES, MIN_SHARE * self.n)
        self.opens = {k for k, c in self.opens.items() if c >= need}
        self.closes = {k for k, c in self.closes.items() if c >= need}
        self.shapes = {k for k, c in self.shapes.items() if c >= need}
        self.heads = {k for k, c in self.heads.items() if c >= max(MIN_ARTICLES, HEAD_SHARE * self.n)}

    def strip(self, lines: list[str]) -> list[str]:
        lines = ["" if _DIGITS.search(x) and _DIGITS.sub("0", x.strip()) in self.shapes else x for x in lines]
        e = _edges(lines)
        if e is None:
            return lines
        i, j = e
        for _ in range(2):          # a dateline line of its own: then the next line's opening
            words = lines[i].split()
            k = next((k for k in _RUNS if tuple(words[:k]) in self.opens), 0)
            lines[i] = " ".join(words[k:])
            h = _head(lines[i].strip())
            if h and _words(lines[i].strip()[:h]) & self.heads:
                lines[i] = lines[i].strip()[h:]
            nxt = _edges(lines)
            if nxt is None or lines[i].strip():
                break
            i, j = nxt
        words = lines[j].split()
        k = next((k for k in _RUNS if tuple(words[-k:]) in self.closes), 0)
        if k:
            lines[j] = " ".join(words[:-k])
        return lines


def strip_house_text(df: pd.DataFrame) -> list[str]:
    """The ``text`` of every article of ``df`` (columns ``outlet``, ``text``, ``title`` optional)
    without the outlet's repeated lines, openings, closings and datelines (module docstring)."""
    from ..lexicon.parts import context
    bp = context(df).boilerplate
    return _stripped(df, boilerplate=bp, learned=_learn(df, bp))["text"].tolist()


def _kept_lines(df: pd.DataFrame, boilerplate) -> tuple[list[str], list[list[str]]]:
    """``(outlets, lines)`` of the articles of ``df``: each text's lines without the lines its outlet
    repeats (``boilerplate``, the matching context's: :meth:`~framing.text.boilerplate.Boilerplate.kept_lines`;
    a missing text is read as empty)."""
    outlets = df["outlet"].astype(str).tolist() if "outlet" in df.columns else [""] * len(df)
    titles = df["title"].tolist() if "title" in df.columns else [None] * len(df)
    texts = [t if isinstance(t, str) else "" for t in df["text"].tolist()]
    return outlets, [boilerplate.kept_lines(o, title if isinstance(title, str) else None, text) if boilerplate
                     else text.split("\n") for o, title, text in zip(outlets, titles, texts)]


def _learn(source, boilerplate) -> dict:
    """Per outlet, what its articles repeat (:class:`_Learned`, frozen), read chunk by chunk from
    ``source`` in memory that does not grow with the articles: the openings and closings are
    tallied as a pruned summary (:meth:`_Learned.prune`), then the candidates it keeps are counted
    exactly in a second pass (only when a summary was pruned): the sets of one exact tally."""
    import functools

    from ..chunks import Plan, run
    learned = run(source, Plan(functools.partial(_learn_part, boilerplate=boilerplate), _learn_combine,
                               columns=("outlet", "title", "text"), fold=8), None, "house text")
    if any(x.pruned for x in learned.values()):
        wanted = {o: (frozenset(x.opens), frozenset(x.closes)) for o, x in learned.items()}
        exact = run(source, Plan(functools.partial(_recount_part, boilerplate=boilerplate, wanted=wanted),
                                 functools.partial(_learn_combine, prune=False), columns=("outlet", "title", "text"),
                                 fold=8), None, "house text")
        for o, x in learned.items():
            x.opens, x.closes = (exact[o].opens, exact[o].closes) if o in exact else (Counter(), Counter())
    for x in learned.values():
        x.freeze()
    return learned


def _learn_part(df: pd.DataFrame, *, boilerplate) -> dict:
    """What each outlet of one chunk repeats (:class:`_Learned`, pruned): pass 1 of :func:`_learn`."""
    learned: dict = {}
    for o, lines in zip(*_kept_lines(df, boilerplate)):
        (learned[o] if o in learned else learned.setdefault(o, _Learned())).add(lines)
    for x in learned.values():
        x.prune()
    return learned


def _recount_part(df: pd.DataFrame, *, boilerplate, wanted: dict) -> dict:
    """Exact counts of the candidate openings and closings (``wanted``: outlet → two sets) of one chunk."""
    out: dict = {}
    for o, lines in zip(*_kept_lines(df, boilerplate)):
        opens, closes = wanted.get(o, ((), ()))
        x = out[o] if o in out else out.setdefault(o, _Learned())
        found = _runs(lines)
        x.opens.update(found[0].intersection(opens))
        x.closes.update(found[1].intersection(closes))
    return out


def _learn_combine(partials: list, prune: bool = True) -> dict:
    """The tallies of several chunks added up, per outlet (and pruned, :meth:`_Learned.prune`)."""
    out: dict = {}
    for p in partials:
        for o, x in p.items():
            if o not in out:
                out[o] = _Learned()
            out[o].merge(x)
    if prune:
        for x in out.values():
            x.prune()
    return out


def _stripped(df: pd.DataFrame, *, boilerplate, learned: dict) -> pd.DataFrame:
    """The rows of one chunk with each ``text`` stripped of its outlet's house text (``learned``:
    :func:`_learn` of the whole corpus): what :func:`distinctive` counts."""
    outlets, split = _kept_lines(df, boilerplate)
    return df.assign(text=["\n".join(learned[o].strip(lines)) for o, lines in zip(outlets, split)])


def name_terms(matrix, names) -> set[str]:
    """The terms of ``matrix`` (:class:`framing.features.TermMatrix`) that the words of ``names``
    become, analysed as the matrix's words were (clitics split against the corpus's vocabulary)."""
    from ..features import Analyzer
    from ..text.normalize import normalize
    counts = np.asarray(matrix.S.sum(axis=0)).ravel()
    vocab: dict[str, int] = {}
    for s, c in zip(normalize("\n".join(map(str, matrix.spelling)), lower=True).split("\n"), counts):
        vocab[s] = vocab.get(s, 0) + int(c)
    an = Analyzer(vocab, stop_words=matrix.stop_words)
    out = set()
    for name in names:
        for w in _words(str(name)):
            stem, key, ok = an.info(w)
            if ok and len(stem) > 1:
                out.add(stem)
    return out & set(map(str, matrix.terms))


def _without(matrix, drop: set[str]):
    """``matrix`` with the counts of the terms ``drop`` set to zero (as if never written)."""
    import dataclasses

    from scipy import sparse
    keep = (~np.isin(matrix.terms.astype(str), list(drop))).astype(np.int64)
    X = (matrix.X @ sparse.diags(keep, dtype=matrix.X.dtype)).tocsr()
    S = (matrix.S @ sparse.diags(keep[matrix.spelling_term], dtype=matrix.S.dtype)).tocsr()
    X.eliminate_zeros()
    S.eliminate_zeros()
    extra = dict(matrix.extra)
    if "presence" in extra:              # a matrix over cells: no article uses the terms dropped either
        extra["presence"] = (extra["presence"] @ sparse.diags(keep, dtype=extra["presence"].dtype)).tocsr()
        extra["presence"].eliminate_zeros()
    return dataclasses.replace(matrix, X=X, S=S, extra=extra)


def distinctive(corpus, by: str = "outlet", top: int = 10, source=None) -> tuple[pd.DataFrame, dict]:
    """Keyness (log-odds z, house style dropped) of each ``by`` group within each language,
    on the articles stripped of house text, outlet names left out (module docstring).

    ``source``: where the same articles are read chunk by chunk (a corpus directory, read row
    group by row group); default ``corpus`` (then its ``df`` needs ``title`` and ``text``).  Passes
    that hold neither the corpus's text nor tallies growing with it: what each outlet repeats (with
    the outlets' repeated lines of the matching context, :func:`framing.lexicon.parts.context`;
    :func:`_learn`), then the words of the
    stripped texts summed per (group, language, publication day) cell
    (:func:`framing.features.keyness_matrix`): the sums of an article matrix, in memory that grows
    with the cells.

    Returns ``(table, info)``: ``table`` is :func:`framing.analysis.keyness`'s columns plus
    ``lang`` (the language ranked); ``info`` has ``names`` (the name terms left out, sorted),
    ``single`` (language → its only group, not ranked) and ``ranked`` (language → groups).
    """
    import functools

    from ..analysis import keyness
    from ..features import keyness_matrix
    from ..lexicon.parts import context
    df = corpus.df
    source = corpus if source is None else source
    bp = context(source).boilerplate
    learned = _learn(source, bp)
    keys = list(dict.fromkeys([by, "lang", "published"]))
    m = keyness_matrix(source, keys, prepare=functools.partial(_stripped, boilerplate=bp, learned=learned))
    from ..corpus import group_names
    names = name_terms(m, [n for v in group_names(df, "outlet", corpus.manifest).values() for n in v])
    m = _without(m, names)
    lang = m.docs["lang"].fillna("").astype(str) if "lang" in m.docs.columns else pd.Series("", index=m.docs.index)
    parts, single, ranked = [], {}, {}
    langs = sorted(lang.unique())
    for x in langs:
        if not x and len(langs) > 1:      # articles of unknown language: not ranked against a known one
            continue
        groups = sorted(m.docs.loc[lang.eq(x).to_numpy(), by].dropna().astype(str).unique())
        if len(groups) < 2:
            single.update({x: g for g in groups})
            continue
        ranked[x] = groups
        t = keyness(matrix=m, by=by, target=groups, lang=x or None, top=top, drop_house_style=True)
        parts.append(t.assign(lang=x))
    table = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    return table, {"names": sorted(names), "single": single, "ranked": ranked}
