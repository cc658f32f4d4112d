"""``check_lexicon``: validate a lexicon file and describe what it will match (``framing lexicon check``)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import LexiconError
from .format import load_lexicon
from .matcher import index_for

#: shared spellings listed one by one; the rest are counted
MAX_LISTED = 20


@dataclass(frozen=True)
class LexiconCheck:
    """What :func:`check_lexicon` found: counts of ``families``, ``terms``, ``forms`` and
    ``spellings`` (clitic spellings the matcher looks for), and ``conflicts``: tuples
    ``(spelling, family, winning term, losing term)`` for spellings of two terms."""
    name: str
    version: str
    families: int
    terms: int
    forms: int
    spellings: int
    conflicts: tuple

    def summary(self) -> str:
        return (f"ok: {self.name} (version {self.version}): {self.families} families, {self.terms} terms, "
                f"{self.forms} forms, {self.spellings} spellings with clitics")

    def warnings(self) -> list[str]:
        out = [f"warning: {sp!r} spells a form of both {win!r} and {lose!r} (family {fam}); it counts as {win!r}"
               for sp, fam, win, lose in self.conflicts[:MAX_LISTED]]
        if len(self.conflicts) > MAX_LISTED:
            out.append(f"warning: … and {len(self.conflicts) - MAX_LISTED} more shared spellings")
        return out


def check_lexicon(path: str | os.PathLike) -> LexiconCheck:
    """Validate the lexicon YAML file at ``path`` (errors name the file, line and field:
    :class:`~framing.errors.LexiconError`) and count what it matches.

    >>> check_lexicon("my_lexicon.yaml").summary()     # doctest: +SKIP
    'ok: my_lexicon (version 1): 2 families, 5 terms, 9 forms, 512 spellings with clitics'
    """
    if not Path(path).is_file():
        raise LexiconError(f"no lexicon file {path}")
    lex = load_lexicon(Path(path))
    idx = index_for(lex)
    return LexiconCheck(name=lex.name, version=str(lex.version), families=len(lex.families), terms=len(lex.terms),
                        forms=sum(len(t.forms) for t in lex.terms),
                        spellings=len(idx.single) + sum(map(len, idx.multi.values())),
                        conflicts=tuple(idx.conflicts))
