"""The rule-based matcher: clitic-aware, longest match first, no overlaps, with voice.

How a field of text is matched (one pass per field, title and text separately):

1. ``norm = normalize(text, lower=True)`` (:mod:`framing.text.normalize`);
2. the field's token count is ``len(norm.split())`` (whitespace-separated words);
3. prefilter: unless ``norm`` holds one of the lexicon's cores (short substrings that
   every spelling contains), the field cannot match and stops here;
4. ``clean`` = ``norm`` with punctuation replaced by spaces (same length, so offsets
   agree); its words are intersected with the index of every spelling of every form
   (built once per lexicon from :func:`framing.text.attach`; English forms match
   as whole lower-case words only);
5. candidate words are located (``str.find`` with a whitespace-boundary check),
   multi-word forms are checked word by word (only spaces between the words),
   the longest match wins and matches never overlap;
6. each match gets its voice from :mod:`framing.lexicon.voice`.

Steps 1–3 run at C speed; steps 4–6 only for documents that hold a candidate.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass

from ..text import attach, normalize
from ..text.clitics import _proclitic_chains
from .format import Lexicon
from .voice import voice_spans

__all__ = ["Index", "index_for", "scan_field", "SEPARATORS", "clean_text", "Hit"]

#: characters treated as word separators (replaced by spaces before splitting)
SEPARATORS = "".join(dict.fromkeys(
    string.punctuation + "«»“”„‟‘’‚‛‹›،؛؟٪٫٬۔…–—―‐‑‒•·°×÷¦§¶©®™€£¥«»（）【】《》〈〉"))


def clean_text(norm: str) -> str:
    """``norm`` with every separator replaced by a space (same length)."""
    for c in SEPARATORS:
        if c in norm:
            norm = norm.replace(c, " ")
    return norm


#: one entry per family: (family, term, form)
Entry = tuple[str, str, str]


@dataclass(frozen=True)
class Hit:
    """A match in a normalised field: offsets into the normalised text."""
    start: int
    end: int
    entries: tuple[Entry, ...]
    voice: str
    #: ``(start, end)`` of the speaker's name in the normalised field (quoted/reported), or None
    speaker: tuple[int, int] | None = None
    #: the verb of saying (lemma, e.g. قال، زعم) or attribution (بحسب) that introduces the speech
    verb: str = ""


class Index:
    """Every clitic spelling of every form of a lexicon → the (family, term, form) it names.

    ``single``: one-word spelling → entries; ``multi``: first word → list of
    (following words, entries), longest first; ``first``: every word that can
    start a match.  When two terms of a family share a spelling, the term whose
    form IS the spelling wins, then the term listed first.
    """

    def __init__(self, lexicon: Lexicon):
        best: dict[str, dict[str, tuple[int, int, Entry]]] = {}
        #: (spelling, family, term that wins, term that loses) when two terms of a family share a spelling
        self.conflicts: list[tuple[str, str, str, str]] = []
        order = 0
        bare_chains = [c for c in _proclitic_chains(False)]
        for term in lexicon.terms:
            excluded = {c + x for x in term.exclude for c in bare_chains}
            for form in term.forms:
                spellings = {form: form} if term.language == "en" else attach(form)
                for sp in spellings:
                    if sp in excluded:
                        continue
                    rank = (0 if sp == form else 1, order)
                    fam = best.setdefault(sp, {})
                    cur = fam.get(term.family)
                    if cur is not None and cur[2][1] != term.id:
                        win, lose = (term.id, cur[2][1]) if rank < cur[:2] else (cur[2][1], term.id)
                        self.conflicts.append((sp, term.family, win, lose))
                    if cur is None or rank < cur[:2]:
                        fam[term.family] = (*rank, (term.family, term.id, form))
                order += 1
        self.single: dict[str, tuple[Entry, ...]] = {}
        multi: dict[str, list[tuple[tuple[str, ...], tuple[Entry, ...]]]] = {}
        for sp, fams in best.items():
            entries = tuple(v[2] for v in fams.values())
            words = sp.split()
            if len(words) == 1:
                self.single[sp] = entries
            else:
                multi.setdefault(words[0], []).append((tuple(words[1:]), entries))
        self.multi = {k: sorted(v, key=lambda x: -len(x[0])) for k, v in multi.items()}
        self.first = frozenset(self.single) | frozenset(self.multi)
        self.max_follow = max((len(v[0][0]) for v in self.multi.values()), default=0)
        spellings = set(self.single) | {" ".join((w, *rest)) for w, opts in self.multi.items() for rest, _ in opts}
        self.cores = _cores(lexicon, spellings)


def _cores(lexicon: Lexicon, spellings: set) -> tuple[str, ...]:
    """Short substrings such that every spelling (multi-word ones space-joined) contains one of them.

    A field whose normalised text holds none of them cannot match (prefilter).  Per form,
    its longest word without the last letter (the letter that changes before a pronoun:
    ة→ت, ى→ا, the ن of sound plurals; the first word also without its article); then
    checked against every spelling, which gets a core of its own if none fits.
    """
    cores = set()
    for term in lexicon.terms:
        for form in term.forms:
            words = form.split()
            if term.language == "ar":
                head = words[0][2:] if words[0].startswith("ال") and len(words[0]) > 3 else words[0]
                cands = [w[:-1] if len(w) > 2 else w for w in [head, *words[1:]]]
                cores.add(max(cands, key=len))     # multi-word forms: the longest word's core
            else:
                cores.add(max(words, key=len))
    for sp in spellings:                  # guarantee: every spelling holds a core
        if not any(c in sp for c in cores):
            cores.add(sp)
    # drop cores that contain a shorter core: the shorter one already lets the field through
    kept = sorted(cores, key=len)
    out: list[str] = []
    for c in kept:
        if not any(k in c for k in out):
            out.append(c)
    return tuple(out)


def index_for(lexicon: Lexicon) -> Index:
    """The lexicon's index, built once and cached on the lexicon."""
    idx = lexicon._cache.get("index")
    if idx is None:
        idx = lexicon._cache["index"] = Index(lexicon)
    return idx


_NEXT = re.compile(r"\s+(\S+)")


def _find_all(clean: str, word: str, out: list) -> None:
    n, k = len(clean), len(word)
    pos = clean.find(word)
    while pos >= 0:
        end = pos + k
        if (pos == 0 or clean[pos - 1].isspace()) and (end == n or clean[end].isspace()):
            out.append((pos, word))
        pos = clean.find(word, pos + 1)


def scan_field(text: str | None, index: Index, title: bool = False, want="all",
               label_voice: bool = True, rubrics: frozenset = frozenset()) -> tuple[int, list[Hit], str]:
    """Match one field.  Returns ``(tokens, hits, norm)``; hits keep only voice ``want``
    (``own``, ``quoted``, ``reported``, ``all`` or a set of voices); offsets are into ``norm``.
    With ``want="all"`` and ``label_voice=False`` the voice is not computed (``Hit.voice`` is
    ``""``): for counts.  ``rubrics``: headline left sides that are not speakers
    (:func:`framing.lexicon.voice.rubrics`)."""
    if not text:
        return 0, [], ""
    norm = normalize(text, lower=True)
    ntok = len(norm.split())
    for core in index.cores:
        if core in norm:
            break
    else:
        return ntok, [], norm
    clean = clean_text(norm)
    cands = index.first.intersection(clean.split())
    if not cands:
        return ntok, [], norm
    occ: list[tuple[int, str]] = []
    for w in cands:
        _find_all(clean, w, occ)
    occ.sort()
    raw: list[tuple[int, int, tuple[Entry, ...]]] = []
    last_end = -1
    for pos, w in occ:
        if pos < last_end:
            continue
        end = pos + len(w)
        entries = None
        options = index.multi.get(w)
        if options:
            follow: list[tuple[str, int]] = []   # (word, end offset) of the next words
            p = end
            for _ in range(index.max_follow):
                m = _NEXT.match(clean, p)
                if not m or not norm[p:m.start(1)].isspace():
                    break
                follow.append((m.group(1), m.end(1)))
                p = m.end(1)
            for rest, ents in options:
                if len(rest) <= len(follow) and all(follow[i][0] == r for i, r in enumerate(rest)):
                    entries, end = ents, follow[len(rest) - 1][1]
                    break
        if entries is None:
            entries = index.single.get(w)
            if entries is None:
                continue
        raw.append((pos, end, entries))
        last_end = end
    if not raw:
        return ntok, [], norm
    if want == "all" and not label_voice:
        return ntok, [Hit(s, e, ents, "") for s, e, ents in raw], norm
    return ntok, label_hits(raw, norm, title, want, rubrics), norm


def label_hits(raw, norm: str, title: bool, want, rubrics=frozenset()) -> list[Hit]:
    """Hits with their voice, speaker and verb from ``(start, end, entries)``, keeping voices ``want``."""
    wants = None if want == "all" else ({want} if isinstance(want, str) else set(want))
    voices = voice_spans(norm, title=title, rubrics=rubrics)
    hits = []
    for s, e, ents in raw:
        v, speaker, verb = voices.at(s) if voices else ("own", None, "")
        if wants is None or v in wants:
            hits.append(Hit(s, e, ents, v, speaker, verb))
    return hits
