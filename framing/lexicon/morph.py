"""Optional lemma matching through the camel-tools morphological analyser.

The rule-based matcher (:mod:`framing.lexicon.matcher`) is the default and needs
no download.  Where a user has a camel-tools morphology database (``camel_data -i
morphology-db-msa-r13``, or a database file of their own), :class:`LemmaMatcher`
adds the words whose *lemma* is the lemma of a lexicon form, e.g. inflections and
broken plurals that are not listed as forms.  Rule matches keep precedence; lemma
matches are added only on words the rules did not match.  Multi-word forms and
English forms are matched by the rules only.

``camel_tools.morphology`` is imported only when a :class:`LemmaMatcher` is built.
camel-tools reads a data catalogue at import time and tries to download one when
it is missing; to stay offline, when neither ``CAMELTOOLS_DATA`` is set nor
``~/.camel_tools/catalogue.json`` exists, ``CAMELTOOLS_DATA`` is pointed at a
folder holding an empty catalogue (a user's real data folder always wins).
"""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from ..errors import FramingError
from ..text import normalize
from ..text.script import has_arabic
from .format import Lexicon, load_lexicon
from .matcher import Hit, index_for, scan_field

__all__ = ["LemmaMatcher", "prepare_camel_tools"]

_EMPTY_CATALOGUE = '{"version": "1.6", "packages": {}, "components": {}}'
_WORD = re.compile(r"\S+")


def prepare_camel_tools() -> None:
    """Make ``import camel_tools.morphology`` work offline (see the module docstring)."""
    if os.environ.get("CAMELTOOLS_DATA"):
        return
    if (Path.home() / ".camel_tools" / "catalogue.json").exists():
        return
    d = Path(tempfile.gettempdir()) / "framing-camel-tools"
    d.mkdir(parents=True, exist_ok=True)
    cat = d / "catalogue.json"
    if not cat.exists():
        cat.write_text(_EMPTY_CATALOGUE, encoding="utf-8")
    os.environ.setdefault("CAMELTOOLS_DATA", str(d))


def _lemma_key(lex: str) -> str:
    lex = re.sub(r"_\d+$", "", lex or "")
    return normalize(lex, lower=True, teh_marbuta=True)


class LemmaMatcher:
    """Match a lexicon by lemma as well as by the clitic rules.

    ``db``: path to a camel-tools ``morphology.db`` file, a ``MorphologyDB``, or None
    for camel-tools' installed default database.  Use it with
    ``match(..., morph=LemmaMatcher(lexicon, db))`` or ``count_terms(..., morph=...)``.
    """

    def __init__(self, lexicon, db=None):
        self.lexicon: Lexicon = load_lexicon(lexicon)
        prepare_camel_tools()
        try:
            from camel_tools.morphology.analyzer import Analyzer
            from camel_tools.morphology.database import MorphologyDB
        except Exception as e:  # camel-tools missing or its data catalogue unreadable
            hint = (" (install it without its deep-learning stack: pip install --no-deps camel-tools==1.6.0 && "
                    "pip install 'framing[camel]'; or the full one: pip install 'framing[camel-full]')"
                    if isinstance(e, ImportError) and "camel_tools" in str(e) else "")
            raise FramingError(f"camel-tools morphology is not usable here: {str(e).splitlines()[0]}{hint}") from e
        try:
            if db is None:
                mdb = MorphologyDB.builtin_db()
            elif isinstance(db, (str, os.PathLike)):
                if not Path(db).is_file():
                    raise FramingError(f"no camel-tools morphology database at {db}")
                mdb = MorphologyDB(str(db))
            else:
                mdb = db
        except FramingError:
            raise
        except Exception as e:
            raise FramingError("no camel-tools morphology database: install one with "
                               "'camel_data -i morphology-db-msa-r13' or pass db=PATH "
                               f"({str(e).splitlines()[0] if str(e) else type(e).__name__})") from e
        self.analyzer = Analyzer(mdb)
        self.index = index_for(self.lexicon)
        self.lemmas: dict[str, tuple] = {}
        for term in self.lexicon.terms:
            if term.language != "ar":
                continue
            for form in term.forms:
                if " " in form:
                    continue
                for a in self.analyzer.analyze(form):
                    key = _lemma_key(a.get("lex", ""))
                    if key:
                        ents = dict(((f, t), (f, t, fo)) for f, t, fo in self.lemmas.get(key, ()))
                        ents.setdefault((term.family, term.id), (term.family, term.id, form))
                        self.lemmas[key] = tuple(ents.values())
        self._cache: dict[str, tuple] = {}

    def entries(self, word: str) -> tuple:
        """Lexicon entries whose lemma is a lemma of ``word`` (normalised); cached per word."""
        got = self._cache.get(word)
        if got is None:
            found: dict = {}
            if has_arabic(word):
                for a in self.analyzer.analyze(word):
                    for e in self.lemmas.get(_lemma_key(a.get("lex", "")), ()):
                        found.setdefault(e[:2], e)
            got = self._cache[word] = tuple(found.values())
        return got

    def scan_field(self, text, title: bool = False, want: str = "all", label_voice: bool = True, **rules):
        """Like :func:`framing.lexicon.matcher.scan_field` (same keywords), with lemma matches added."""
        ntok, hits, norm = scan_field(text, self.index, title=title, want="all", **rules)
        if not text:
            return ntok, hits, norm
        from .matcher import clean_text
        clean = clean_text(norm)
        taken = [(h.start, h.end) for h in hits]
        extra = []
        for m in _WORD.finditer(clean):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            ents = self.entries(m.group())
            if ents:
                extra.append((s, e, ents))
        if extra:
            from .matcher import label_hits
            hits = sorted(hits + label_hits(extra, norm, title, "all", rules.get("rubrics", frozenset())),
                          key=lambda h: h.start)
        if want != "all":
            wants = {want} if isinstance(want, str) else set(want)
            hits = [h for h in hits if h.voice in wants]
        return ntok, hits, norm
