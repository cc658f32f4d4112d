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

import re
from collections import Counter, defaultdict

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


class _Learned:
    """What one outlet repeats: opening/closing runs, digit shapes of short lines, head words."""

    def __init__(self):
        self.n, self.opens, self.closes = 0, Counter(), Counter()
        self.shapes, self.heads = Counter(), Counter()

    def add(self, lines: list[str]) -> None:
        self.n += 1
        idx = [i for i, x in enumerate(lines) if x.strip()]      # the non-blank lines (as _edges)
        if not idx:
            return
        e = idx[0], idx[-1]
        # openings: of the first two non-blank lines (a dateline line, then the text)
        self.opens.update({tuple(w[:k]) for w in (lines[i].split() for i in idx[:2]) for k in _RUNS if len(w) > k})
        last = lines[e[1]].split()
        self.closes.update({tuple(last[-k:]) for k in _RUNS if len(last) > k})
        self.shapes.update({_DIGITS.sub("0", x.strip()) for x in lines if 0 < len(x.strip()) <= _SHAPE_MAX
                            and _DIGITS.search(x)})
        h = _head(lines[e[0]].strip())
        if h:
            self.heads.update(_words(lines[e[0]].strip()[:h]))

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
    from ..text.boilerplate import stripped_lines
    outlets = df["outlet"].astype(str).tolist() if "outlet" in df.columns else [""] * len(df)
    titles = df["title"].tolist() if "title" in df.columns else [None] * len(df)
    split = stripped_lines(outlets, titles, df["text"].tolist())
    learned: dict = defaultdict(_Learned)
    for o, lines in zip(outlets, split):
        learned[o].add(lines)
    for x in learned.values():
        x.freeze()
    return ["\n".join(learned[o].strip(lines)) for o, lines in zip(outlets, split)]


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
    return dataclasses.replace(matrix, X=X, S=S)


def distinctive(corpus, by: str = "outlet", top: int = 10) -> tuple[pd.DataFrame, dict]:
    """Keyness (log-odds z, house style dropped) of each ``by`` group within each language,
    on the articles stripped of house text, outlet names left out (module docstring).

    Returns ``(table, info)``: ``table`` is :func:`framing.analysis.keyness`'s columns plus
    ``lang`` (the language ranked); ``info`` has ``names`` (the name terms left out, sorted),
    ``single`` (language → its only group, not ranked) and ``ranked`` (language → groups).
    """
    from ..analysis import keyness
    from ..features import term_matrix
    df = corpus.df
    frame = df.assign(text=strip_house_text(df))
    m = term_matrix(frame)
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
