"""Keyword in context: concordance lines in the outlet's own spelling.

``kwic(corpus, lexicon="captives", term="hostages")`` or ``kwic(corpus, word="رهائن")``
returns a :class:`KwicFrame` (a pandas DataFrame) with the columns
``id, outlet, published, left, match, right, voice, family, term, field, start, end, speaker, role,
verb``: ``left`` and
``right`` are up to ``width`` characters of the original text before and after the
match (line breaks shown as spaces), in logical order.  In JupyterLab the frame
renders as a three-column concordance; Arabic rows read right to left, so their
left context stands on the right of the match.
"""
from __future__ import annotations

import html

import numpy as np
import pandas as pd

from ..errors import UsageError
from ..text.script import detect_lang
from .core import _check_voice, _frame, _none, voice_name, ad_hoc_lexicon
from .format import load_lexicon

__all__ = ["kwic", "KwicFrame", "KWIC_COLUMNS"]

KWIC_COLUMNS = ["id", "outlet", "published", "left", "match", "right", "voice", "family", "term", "field", "start", "end",
                "speaker", "role", "verb"]


class KwicFrame(pd.DataFrame):
    """A DataFrame of concordance lines that renders right-to-left where the text is Arabic."""

    @property
    def _constructor(self):
        return KwicFrame

    def _repr_html_(self) -> str:
        """Concordance table; Arabic rows go in ``<table dir="rtl">`` blocks (the table's direction,
        not a row's, orders the columns), so their left context stands right of the match."""
        if not {"left", "match", "right"} <= set(self.columns):
            return super()._repr_html_()
        blocks: list[tuple[str, list[str]]] = []
        for r in self.head(500).to_dict("records"):
            d = "rtl" if detect_lang(f"{r['left']}{r['match']}{r['right']}") == "ar" else "ltr"
            # the left context hugs the match: in rtl it stands on the right, so aligns left
            near, far = ("left", "right") if d == "rtl" else ("right", "left")
            meta = " · ".join("<bdi>" + html.escape(str(r[k])[:10] if k == "published" else str(r[k])) + "</bdi>"
                              for k in ("outlet", "published", "term", "voice") if k in r and _none(r[k]))
            clip = "overflow:hidden;white-space:nowrap;text-overflow:ellipsis"
            row = (f'<tr><td style="width:36%"><div style="text-align:{near};{clip}">'
                   f'{html.escape(str(r["left"]))}</div></td>'
                   f'<td style="width:12%;text-align:center;white-space:nowrap"><mark><b>'
                   f'{html.escape(str(r["match"]))}</b></mark></td><td style="width:36%">'
                   f'<div style="text-align:{far};{clip}">{html.escape(str(r["right"]))}</div></td>'
                   f'<td dir="ltr" style="width:16%;color:#666;font-size:smaller">'
                   f'<div style="{clip}">{meta}</div></td></tr>')
            if not blocks or blocks[-1][0] != d:
                blocks.append((d, []))
            blocks[-1][1].append(row)
        tables = "".join(f'<table dir="{d}" style="width:100%;table-layout:fixed"><tbody>{"".join(rows)}</tbody></table>'
                         for d, rows in blocks)
        more = f"<p>… {len(self) - 500} more lines</p>" if len(self) > 500 else ""
        return f'<div class="framing-kwic"><p>{len(self)} concordance lines</p>{tables}{more}</div>'


def _squash(s: str) -> str:
    return " ".join(s.split()) if s else ""


def _term_id(lex, term: str) -> str:
    """The id of the term ``term`` names: its id, or else (case, spacing and Arabic spelling
    ignored) its id, one of its forms, or its English or Arabic label, tried in that order, when
    that names one term (``رهائن``, ``Hostages`` → ``hostages``), or else the one term the matcher
    finds in ``term`` as a whole, as it would in an article (``الرهائن``, ``للمحتجزين``: a form
    with its article or clitics); :class:`UsageError` listing the ids otherwise."""
    if term in {t.id for t in lex.terms}:
        return term
    from ..text import normalize

    def key(v):
        return " ".join(normalize(str(v), lower=True).split())
    want, hits = key(term), set()
    for names in (lambda t: [t.id], lambda t: t.forms, lambda t: [t.label_en, t.label_ar]):   # the surest first
        hits = {t.id for t in lex.terms if want in {key(x) for x in names(t) if x}}
        if len(hits) == 1:
            return hits.pop()
        if hits:
            break
    if not hits:                                 # a form as written in a text: the matcher's clitic rules
        from .core import _scanner
        _, found, norm = _scanner(lex)(term, "all", False)
        whole = {e[1] for h in found if h.start == 0 and h.end == len(norm) for e in h.entries}
        if len(whole) == 1:
            return whole.pop()
    raise UsageError(f"lexicon {lex.name!r} has no term {term!r}" + (f" (it names {len(hits)}: "
                     f"{', '.join(sorted(hits))})" if hits else "") + f"; terms are: {', '.join(t.id for t in lex.terms)} "
                     f"(any word as written: framing kwic CORPUS WORD, word= in Python)")


def kwic(corpus, lexicon=None, *, term: str | None = None, word: str | None = None, width: int = 60,
         voice="own", lang: str | None = None, family: str | None = None, morph=None,
         left_out: bool = False, exclude_copies: bool = False, outlet=None, since=None, until=None,
         event=None, jobs: int | None = None) -> KwicFrame:
    """Concordance of a lexicon's matches (optionally one ``term`` or ``family``) or of one ``word``:
    ``id, outlet, published, left, match, right, voice, family, term, field, start, end, speaker, role,
    verb``, one row per match, in the original spelling.

    ``term``: a term id, or its label or one of its forms (``"رهائن"`` → ``hostages``).
    A ``word`` is matched with the same clitic rules as a lexicon form
    (``word="رهائن"`` finds كرهائن, والرهائن …).  ``width``: characters of context on
    each side.  ``voice``: ``own`` (default, as everywhere), ``quoted``, ``reported``, ``all`` or a list
    of them; ``speaker``, ``role``, ``verb``: who says a quoted or reported match (empty for own).  ``morph``: optional
    lemma matching, as in :func:`~framing.lexicon.match`.  ``field``, ``start``, ``end``: where
    the match is in the article (offsets into the original title or text; a gapped phrase
    spans all its words).  ``left_out=True``: the lines a rule left out instead, with a
    ``reason`` column (see :func:`~framing.lexicon.left_out`).  ``lang``: only articles of that
    language (as everywhere).  ``exclude_copies``, ``outlet``, ``since``, ``until``, ``event``: the
    shared filters (:func:`framing.corpus.select`).  ``jobs``: worker processes (default:
    ``FRAMING_JOBS`` or all cores; the same lines for any number; a corpus directory is read
    row group by row group, :mod:`framing.chunks`).
    """
    _check_voice(voice)
    if (lexicon is None) == (word is None):
        raise UsageError("kwic needs either a lexicon (optionally with term=) or a word, not both")
    if width < 0:
        raise UsageError(f"width must be 0 or more characters, got {width}")
    lex = ad_hoc_lexicon(word) if word is not None else load_lexicon(lexicon)
    asked = term
    if term is not None:
        term = _term_id(lex, term)
    if family is not None:
        fam = lex.family(family)
        if term is not None and term not in {t.id for t in fam.terms}:     # else: no rows, as if never written
            raise UsageError(f"term {term!r} is not in family {family!r} of lexicon {lex.name!r}; its terms are: "
                             f"{', '.join(t.id for t in fam.terms)}")
    from ..corpus import selected
    corpus = selected(corpus, outlet=outlet, since=since, until=until, event=event, exclude_copies=exclude_copies)
    from ..chunks import streamable
    from .parts import matches
    src = corpus if streamable(corpus) is not None else _frame(corpus)
    m = matches(src, lex, voice, morph, width=width, left_out=left_out, lang=lang, jobs=jobs)
    keep = np.ones(len(m), dtype=bool)
    if term is not None:
        keep &= (m["term"] == term).to_numpy()
    if family is not None:
        keep &= (m["family"] == family).to_numpy()
    out = m[keep][KWIC_COLUMNS + (["reason"] if left_out else [])]
    k = KwicFrame(out.reset_index(drop=True))
    k.attrs.update(voice=voice_name(voice), lang=lang)
    if term is not None and term != asked and not len(k):     # «martyr» is the English term en_martyrs, not شهداء
        t = next(t for t in lex.terms if t.id == term)
        k.attrs["note"] = (f"{asked!r} is the term {term!r} ({t.language}: {', '.join(t.forms)}) of lexicon "
                           f"{lex.name!r}, with no matches here; its terms: {', '.join(x.id for x in lex.terms)}")
    return k
