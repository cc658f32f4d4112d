"""Warnings about a valid lexicon that would still count the wrong thing.

``framing lexicon check`` prints them after validation (:func:`lexicon_warnings`):

* a form written with a clitic attached (وأنصار الله, بالرهائن): forms are bare words, the
  matcher adds clitics itself, so the form misses «أنصار الله» and the other spellings;
* one spelling in two terms of a family (the first listed wins, the other never sees it);
* a form that the term's other forms already cover (الغزو when غزو is listed);
* terms that declare no word class (``class:``), so clitics are licensed as for a noun;
* ``evidence:``, ``event_subjects:`` or ``event_patterns:`` on a term that is not ``class: verb`` (checked for verbs
  only);
* a ``not_object``, ``not_predicate`` or ``refers_back`` entry that is none of the term's forms (those rules name
  forms, so it is ignored), or ``objects``/``predicate_verbs`` without the field they qualify.

:func:`check_lexicon` is the whole of ``framing lexicon check`` as one function.
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass

from ..text.clitics import construct
from .format import Lexicon, load_lexicon
from .matcher import form_spellings, index_for

__all__ = ["lexicon_warnings", "check_lexicon", "LexiconCheck"]

_CHAINS = ("وال", "فال", "بال", "كال", "لل", "وبال", "ولل", "فبال", "فلل")


def _clitic_attached(form: str) -> bool:
    first = form.split()[0]
    if first.startswith(_CHAINS) and len(first) > 5 and first not in ("الله", "والله"):
        return True
    return first[0] == "و" and len(first) >= 6


def _covered(term) -> list[str]:
    """Forms of ``term`` all of whose spellings (the matcher's, :func:`form_spellings`: «حربها على» comes from
    «الحرب على», not from «حرب على»; for a noun also its construct spellings) are spellings of the term's other
    forms.  The duals the matcher adds to a singular noun are left aside: a dual or plural listed as its own
    form (رهينتين, محتجزين) is there for the rules that name it (``not_of``)."""
    teh = "teh_marbuta" not in term.letters
    nouns = term.cls == "noun"
    sets = {f: set(form_spellings(f, term.cls, term.language, teh, duals=False))
            | (set(construct(f, teh=teh)) if nouns else set())
            for f in term.forms if "{" not in f}
    seen = Counter(sp for s in sets.values() for sp in s)
    return [f for f, s in sets.items() if len(sets) > 1 and all(seen[sp] > 1 for sp in s)]


def lexicon_warnings(lex: Lexicon, limit: int = 20) -> list[str]:
    """One line per problem (at most ``limit`` of each kind, then a count of the rest)."""
    out: list[str] = []

    def add(lines: list[str], what: str):
        out.extend(lines[:limit])
        if len(lines) > limit:
            out.append(f"… and {len(lines) - limit} more {what}")

    ar = [t for t in lex.terms if t.language == "ar"]
    add([f"term {t.id!r}: form {f!r} looks written with a clitic attached; write the bare word "
         f"(the matcher adds و ف ب ك ل and ال itself)" for t in ar for f in t.forms if _clitic_attached(f)],
        "forms with a clitic")
    add([f"{sp!r} spells a form of both {win!r} and {lose!r} (family {fam}); it counts as {win!r}"
         for sp, fam, win, lose in index_for(lex).conflicts], "shared spellings")
    add([f"term {t.id!r}: form {f!r} is already covered by the term's other forms"
         for t in ar for f in _covered(t)], "covered forms")
    add([f"term {t.id!r}: {fld} is checked only for class: verb, so it is ignored here"
         for t in ar for fld in ("evidence", "event_subjects", "event_patterns") if getattr(t, fld) and t.cls != "verb"],
        "ignored evidence")
    add([f"term {t.id!r}: {fld} names {f!r}, which is none of the term's forms, so it is ignored"
         for t in ar for fld in ("not_object", "not_predicate", "refers_back") for f in getattr(t, fld)
         if f not in t.forms], "ignored form rules")
    add([f"term {t.id!r}: {words} without {fld}, so it is ignored"
         for t in ar for fld, words in (("not_object", "objects"), ("not_predicate", "predicate_verbs"))
         if getattr(t, words) and not getattr(t, fld)], "ignored word lists")
    bare = [t.id for t in ar if t.cls is None]
    if bare:
        out.append(f"{len(bare)} term(s) declare no word class (class: noun|proper|adjective|verb|particle), "
                   f"so clitics are licensed as for a noun: {', '.join(bare[:10])}{' …' if len(bare) > 10 else ''}")
    return out


@dataclass(frozen=True)
class LexiconCheck:
    """What :func:`check_lexicon` found: counts of ``families``, ``terms``, ``forms`` and
    ``spellings`` (clitic spellings the matcher looks for), and ``warnings`` (one line each,
    :func:`lexicon_warnings`)."""
    name: str
    version: str
    families: int
    terms: int
    forms: int
    spellings: int
    warnings: tuple[str, ...]

    def summary(self) -> str:
        return (f"ok: {self.name} (version {self.version}): {self.families} families, {self.terms} terms, "
                f"{self.forms} forms, {self.spellings} spellings with clitics"
                + (f"; {len(self.warnings)} warning(s)" if self.warnings else ""))


def check_lexicon(path: str | os.PathLike) -> LexiconCheck:
    """Validate the lexicon YAML file at ``path`` (errors name the file, line and field:
    :class:`~framing.errors.LexiconError`), count what it matches and list its warnings.

    >>> print(check_lexicon("my_lexicon.yaml").summary())     # doctest: +SKIP
    ok: my_lexicon (version 1): 2 families, 5 terms, 9 forms, 512 spellings with clitics
    A shipped lexicon's name (``"casualties"``) checks its file.
    """
    lex = load_lexicon(path)          # a file, or a shipped lexicon's name, as everywhere (its errors and hints)
    idx = index_for(lex)
    return LexiconCheck(name=lex.name, version=str(lex.version), families=len(lex.families), terms=len(lex.terms),
                        forms=sum(len(t.forms) for t in lex.terms),
                        spellings=len(idx.single) + sum(map(len, idx.multi.values())),
                        warnings=tuple(lexicon_warnings(lex)))
