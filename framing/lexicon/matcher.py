"""The rule-based matcher: clitic-aware, longest match first, no overlaps, with voice.

How a field of text is matched (one pass per field, title and text separately):

1. ``norm = normalize(text, lower=True)`` (:mod:`framing.text.normalize`);
2. the field's token count is ``len(norm.split())`` (whitespace-separated words);
3. prefilter: unless ``norm`` holds one of the lexicon's cores (short substrings that
   every spelling contains), the field cannot match and stops here;
4. ``clean`` = ``norm`` with punctuation replaced by spaces (same length, so offsets
   agree); its words are intersected with the index of every spelling of every form
   (built once per lexicon from :func:`framing.text.attach`; English forms match
   as whole lower-case words only); when the cores occur at most ``FEW_CORES`` times, only the
   words around them are looked up (the same candidates: :func:`_core_words`);
5. candidate words are located (``str.find`` with a whitespace-boundary check),
   multi-word forms are checked word by word (only spaces between the words),
   forms with a gap (``لقي {0-3} حتفه``) allow that many words between their words,
   a one-word noun form listed with ال also matches its construct state when a
   definite word or a place name follows (فصائل المعارضة for الفصائل, أزمة سوريا for
   الأزمة), and a noun form listed with ال matches with a possessive pronoun instead
   (أزمته, حربها على),
   the longest match wins and matches never overlap;
6. each match is checked against its term's rules, all on the token stream the matcher
   already has: letters the term keeps apart (يدعى is not يدعي), words that must not
   stand before or after it, names it must not be part of, its family's scope, and
   repeated boilerplate lines of its outlet; a match that fails is left out (with the
   reason, for :func:`framing.lexicon.left_out`);
7. each match gets its voice from :mod:`framing.lexicon.voice`.

Steps 1–3 run at C speed; steps 4–6 only for documents that hold a candidate.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
import string
from dataclasses import dataclass

from ..text import attach, normalize
from ..text.clitics import _proclitic_chains, construct, possessed
from ..text.normalize import DIACRITICS, INVISIBLES, TATWEEL
from ..text.script import LATIN
from .format import GAP, Lexicon, Term
from .places import _places
from .speakers import _ROLE_WORDS
from .voice import voice_spans

__all__ = ["Index", "index_for", "scan_field", "SEPARATORS", "clean_text", "Hit", "Dropped", "REASONS",
           "offset_map", "to_original"]

#: characters treated as word separators (replaced by spaces before splitting)
SEPARATORS = "".join(dict.fromkeys(
    string.punctuation + "«»“”„‟‘’‚‛‹›،؛؟٪٫٬۔…–—―‐‑‒•·°×÷¦§¶©®™€£¥«»（）【】《》〈〉"))


_SEPARATOR = re.compile("[" + re.escape(SEPARATORS) + "]")
#: where a word of ``clean_text(norm).split()`` ends: a space (``\s`` is ``str.isspace``, as ``split`` reads it) or a separator
_BOUNDARY = re.compile("[\\s" + re.escape(SEPARATORS) + "]")


def clean_text(norm: str) -> str:
    """``norm`` with every separator replaced by a space (same length): one regex pass, twice as fast as a
    ``str.replace`` per separator (each is one character and the space is none of them: the same text)."""
    return _SEPARATOR.sub(" ", norm)


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


@dataclass(frozen=True)
class Dropped:
    """A match left out by a rule: offsets into the normalised field, and why."""
    start: int
    end: int
    entries: tuple[Entry, ...]
    reason: str


#: why a match is left out: ``letters`` (a letter the term keeps apart differs), ``context``
#: (a word before/after or a name it is part of), ``scope`` (outside its family's scope),
#: ``boilerplate`` (a line the outlet repeats across its articles)
REASONS = ("letters", "context", "scope", "boilerplate")


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
        #: (family, term) → Term, for the rules checked after a candidate is found
        self.terms: dict[tuple[str, str], Term] = {(t.family, t.id): t for t in lexicon.terms}
        #: (family, term) → its scope; a term's own one-word forms are not its scope words (a second «حماس»
        #: meaning enthusiasm does not put the first in scope; «حركة حماس» does)
        fam_scope = {f.id: f.scope for f in lexicon.families if f.scope is not None}
        self.scopes = {(t.family, t.id): _ScopeCheck(t.scope or fam_scope[t.family], t.forms)
                       for t in lexicon.terms if t.scope is not None or t.family in fam_scope}
        self.strict: dict[tuple[str, str], frozenset] = {}
        #: (family, term) → {normalised form: the vowel marks of each of its letters}, for forms written with them
        self.vowels: dict[tuple[str, str], dict[str, tuple]] = {}
        self.context: dict[tuple[str, str], _Context] = {}
        construct_sp: dict[str, dict[str, Entry]] = {}
        gapped: dict[str, list[tuple[tuple, Entry]]] = {}
        order = 0                          # running count of the plain forms: the tie-break of a shared spelling
        bare_chains = [c for c in _proclitic_chains(False)]
        for term in lexicon.terms:
            order = self._add_term(term, order, bare_chains, best, construct_sp, gapped)
        self._tables(lexicon, best, construct_sp, gapped)

    def _add_term(self, term: Term, order: int, bare_chains: list[str], best: dict,
                  construct_sp: dict, gapped: dict) -> int:
        """Add one term: its rules (:meth:`_rules`), each plain form's spellings to ``best``
        (spelling → family → (is not the form, order, entry)), its construct-state spellings to
        ``construct_sp`` (spelling → family → entry) and its forms with a gap to ``gapped`` (first word
        → [(pattern, entry)]).  ``order``: the plain forms added before; returns it counted on."""
        key = (term.family, term.id)
        excluded = {c + x for x in term.exclude for c in bare_chains}
        teh = "teh_marbuta" not in term.letters
        self._rules(term, key, excluded)
        for form in term.forms:
            if "{" in form:
                for first, pattern in _gapped(form, term.cls, teh):
                    gapped.setdefault(first, []).append((pattern, (term.family, term.id, form)))
                continue
            self._add_form(term, form, teh, excluded, order, best)
            if term.cls == "noun" and term.language == "ar":
                for sp in construct(form, teh=teh):
                    if sp not in excluded:
                        construct_sp.setdefault(sp, {}).setdefault(term.family, (term.family, term.id, form))
            order += 1
        return order

    def _add_form(self, term: Term, form: str, teh: bool, excluded: set, order: int, best: dict) -> None:
        """Put every clitic spelling of one plain ``form`` (not in ``excluded``) into ``best``: per
        spelling and family the term whose form IS the spelling wins, then the lower ``order``; a
        spelling two terms of a family share is noted in :attr:`conflicts`."""
        for sp in form_spellings(form, term.cls, term.language, teh):
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

    def _tables(self, lexicon: Lexicon, best: dict, construct_sp: dict, gapped: dict) -> None:
        """The lookup tables from the collected spellings: :attr:`single`, :attr:`multi`,
        :attr:`construct`, :attr:`gapped`, :attr:`first`, :attr:`max_follow` (words after the
        first a match can span), :attr:`cores` and :attr:`checks` (any rule to check)."""
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
        #: construct-state spellings (فصائل for الفصائل): a match only before a definite word
        self.construct = {sp: tuple(f.values()) for sp, f in construct_sp.items() if sp not in self.single}
        #: first word of a form with a gap → [(pattern, entry)], longest pattern first
        self.gapped = {k: sorted(v, key=lambda x: -_span(x[0])) for k, v in gapped.items()}
        self.first = frozenset(self.single) | frozenset(self.multi) | frozenset(self.construct) | frozenset(self.gapped)
        self.max_follow = max([len(v[0][0]) for v in self.multi.values()] + [1 if self.construct else 0]
                              + [_span(p) for v in self.gapped.values() for p, _ in v])
        spelled = itertools.chain(self.single.items(), self.construct.items(),   # (spelling, entries)
                                  ((" ".join((w, *rest)), es) for w, opts in self.multi.items() for rest, es in opts))
        self.cores = _cores(lexicon, spelled)
        self.checks = bool(self.strict or self.context or self.scopes or self.vowels
                           or any(t.language == "en" for t in lexicon.terms))    # en: not in Arabic fields


    def _rules(self, term: Term, key, excluded) -> None:
        """The checks a term's candidates go through: letters, vowel marks, context."""
        if term.letters and term.language == "ar":
            self.strict[key] = _strict_spellings(term, excluded)
        voweled = {f: v for f, v in map(_vowels, term.raw_forms) if any(v)}
        if voweled and term.language == "ar":
            self.vowels[key] = voweled
        if term.has_context or (term.cls in (*_NOMINAL, "verb") and term.language == "ar"):
            self.context[key] = _Context(term)

    @functools.cached_property
    def cored(self) -> bool:
        """Every word that can start a match holds a core, and no core holds a space or a separator: the
        candidate words of a field are then the words around its cores' occurrences (:func:`_core_words`).
        False with more than ``FEW_CORES`` × 4 cores (each is looked for in the whole field: with the 30 cores
        of attribution, most of them two letters, that cost more than splitting the field, +10%)."""
        return len(self.cores) <= 4 * FEW_CORES and all(not _BOUNDARY.search(c) for c in self.cores) and all(
            any(c in w for c in self.cores) for w in self.first)


def form_spellings(form: str, cls: str | None, language: str, teh: bool = True,
                   duals: bool = True) -> dict[str, str]:
    """Every spelling the matcher looks up for one plain (gapless) ``form`` → ``form``: its clitic spellings
    by word class (:func:`attach`), and for an Arabic noun also its possessed forms (أزمته for الأزمة,
    حربها على for الحرب على) and, with ``duals``, its duals (هجومين for هجوم).  ``framing lexicon check``
    tells a form covered by the term's other forms from these same spellings."""
    if language == "en":
        return {form: form}
    spellings = attach(form, cls, teh=teh)
    if cls == "noun" and language == "ar":
        spellings = {**possessed(form, teh=teh), **spellings}
        if duals:
            spellings = {**{k: form for d in _duals(form) for k in attach(d, "noun", teh=teh)}, **spellings}
    return spellings


def _duals(form: str) -> tuple[str, ...]:
    """The dual of a one-word singular noun form (هجوم → هجومان، هجومين; غارة → غارتان، غارتين): a form
    that ends as a plural, a dual or an accusative (ات ون ين ان ا ى اء) or carries the article has none."""
    if " " in form or "{" in form or form.startswith("ال") or len(form) < 3 \
            or form.endswith(("ات", "ون", "ين", "ان", "ا", "ى", "اء", "ي")):
        return ()
    base = form[:-1] + "ت" if form.endswith("ة") else form
    return base + "ان", base + "ين"


def _span(pattern: tuple) -> int:
    """Most words a gapped pattern (after its first word) can take."""
    return sum(p[1] if isinstance(p, tuple) else 1 for p in pattern)


def _gapped(form: str, cls, teh: bool):
    """``(first spelling, pattern)`` pairs of a form with gaps: the pattern after the first word is a
    tuple of word-spelling sets and ``(min, max)`` gaps.  A pronoun on the last word agrees in any
    person (حتفه → حتفها، حتفهم)."""
    from ..text.clitics import ENCLITICS, _teh_spellings
    words = form.split()
    pattern = []
    for i, w in enumerate(words[1:], 1):
        m = GAP.match(w)
        if m:
            pattern.append((int(m[1]), int(m[2]), bool(m[3])))
        elif i == len(words) - 1:
            base = next((w[:-len(e)] for e in sorted(ENCLITICS, key=len, reverse=True)
                         if e != "ي" and w.endswith(e) and len(w) - len(e) >= 3), None)
            pattern.append(frozenset({w} | ({base + e for e in ENCLITICS} if base else _teh_spellings(w, teh))))
        else:
            pattern.append(frozenset(_teh_spellings(w, teh)))
    firsts = {**attach(words[0], cls, teh=teh), **(possessed(words[0], teh=teh) if cls == "noun" else {})}
    return [(sp, tuple(pattern)) for sp in firsts]


def _match_pattern(pattern: tuple, follow: list, i: int = 0):
    """Index in ``follow`` (words after the first) just past a match of ``pattern``, or -1."""
    if not pattern:
        return i
    head, rest = pattern[0], pattern[1:]
    if isinstance(head, tuple):
        for k in range(0 if head[2] else head[0], head[1] + 1):
            if i + k > len(follow) or (head[2] and k and not follow[i + k - 1][0].startswith("ال")):
                return -1               # a {0-2:ال} gap holds only words with the article
            if k >= head[0]:
                j = _match_pattern(rest, follow, i + k)
                if j >= 0:
                    return j
        return -1
    if i < len(follow) and follow[i][0] in head:
        return _match_pattern(rest, follow, i + 1)
    return -1


# -- letters a term keeps apart -----------------------------------------------------------------

_HAMZA_KEEP = str.maketrans("أإآ", "\ue001\ue002\ue003")
_HAMZA_BACK = str.maketrans("\ue001\ue002\ue003", "أإآ")


def strict_fold(s: str, letters) -> str:
    """``normalize(s, lower=True)`` keeping the distinctions in ``letters`` (alef_maqsura: ى ≠ ي,
    hamza: أ إ آ ≠ ا; teh_marbuta is always kept by normalize)."""
    if "hamza" in letters:
        s = s.translate(_HAMZA_KEEP)
    if "alef_maqsura" in letters:       # Persian yeh is dotless at the end of a word, as ى is: read it so
        s = s.replace("\u06cc", "ى")
    s = normalize(s, lower=True, alef_maqsura="alef_maqsura" not in letters)
    return s.translate(_HAMZA_BACK) if "hamza" in letters else s


def _strict_spellings(term: Term, excluded) -> frozenset:
    out = set()
    teh = "teh_marbuta" not in term.letters
    for raw in term.raw_forms or term.forms:
        form = " ".join(strict_fold(raw, term.letters).split())
        out.update(sp for sp in attach(form, term.cls, teh=teh) if normalize(sp) not in excluded)
    return frozenset(out)


def _letters_apply(letters, text: str, other: str | None) -> bool:
    """A writer who never writes ى (or hamza on alef) does not tell the letters apart: the
    distinction is only enforced in articles that use the letter somewhere."""
    both = text + (other or "")
    return (("alef_maqsura" in letters and "ى" in both)
            or ("hamza" in letters and ("أ" in both or "إ" in both))
            or "teh_marbuta" in letters)


# -- vowel marks written in the text ------------------------------------------------------------

#: short vowels (tanwin counts as its vowel); shadda and dagger alef are not compared
_VOWEL = {"\u064e": "a", "\u064b": "a", "\u064f": "u", "\u064c": "u", "\u0650": "i", "\u064d": "i", "\u0652": "0"}


def _vowels(raw: str) -> tuple[str, tuple]:
    """``(normalised letters, vowel of each letter or "")`` of a word as written."""
    letters, marks = [], []
    for c in raw:
        if c in _VOWEL:
            if marks:
                marks[-1] = _VOWEL[c]
        elif c in DIACRITICS or c in TATWEEL:
            continue
        else:
            for x in normalize(c, lower=True):
                letters.append(x)
                marks.append("")
    return "".join(letters), tuple(marks)


def _vowels_agree(form, written: str) -> bool:
    """False when the text marks a letter of the form with another vowel than the form does
    (يُدعى «is named» against the form يَدَّعِي «claims»); unmarked letters always agree."""
    if not form:
        return True
    letters, marks = _vowels(written)
    k = letters.find(form[0].replace(" ", ""))
    if k < 0:
        return True
    return all(not f or not t or f == t for f, t in zip(form[1], marks[k:k + len(form[1])]))


# -- words around a match -----------------------------------------------------------------------

def _words_before(clean: str, pos: int, k: int, lo: int = 0) -> list[str]:
    """The last ``k`` words of ``clean[lo:pos]`` (``clean[lo:pos].split()[-k:]``, read back from ``pos``)."""
    return list(itertools.islice(_words_back(clean, pos, lo), k))[::-1]


def _words_back(clean: str, pos: int, lo: int = 0):
    """The words of ``clean[lo:pos]`` from the last one back, read only as far as they are asked for (a window of
    the text before ``pos`` split at a time, widened while one word fills it)."""
    width = 48
    while pos > lo:
        start = max(lo, pos - width)
        words = clean[start:pos].split()
        cut = start > lo and not clean[start - 1].isspace() and not clean[start].isspace()   # first word runs on
        if cut and len(words) == 1:
            width *= 2
            continue
        for w in reversed(words[1:] if cut else words):
            yield w
        pos = start + len(words[0]) if cut else start


def _clause_head(clean: str, pos: int, start: int, k: int) -> "list[str] | None":
    """The last ``k`` words of the clause ``clean[start:pos]`` without the openers that head them (:data:`_OPENERS`),
    or None when a word before those ``k`` opens no clause (the clause is longer).  Read back from ``pos`` only as
    far as needed, not a split of the whole field."""
    back = _words_back(clean, pos, start)
    words = list(itertools.islice(back, k))[::-1]
    return _past_openers(words) if all(w in _OPENERS for w in back) else None


#: broken plurals by their pattern: فعائل (نتائج، حقائق، وثائق), فواعل (شواهد), مفاعيل/تفاعيل (تحاليل، مشاريع). A
#: thing's plural takes a feminine verb («النتائج التي أعلنت، تؤكد …») and in news often a masculine one («نتائج
#: النصف الأول يؤكد …»). Not أفعال or مفاعل, whose hamza-less spelling singular verbal nouns share (إقبال; تفاعل)
_BROKEN_PLURAL = re.compile(r"^(?:\w\wائ\w|\wوا\w\w|\w\wا\wي\w)$")


def _broken_plural(word: str) -> bool:
    """``word`` (normalised, with or without ال) has the pattern of a broken plural (:data:`_BROKEN_PLURAL`)."""
    return _BROKEN_PLURAL.match(word[2:] if word.startswith("ال") else word) is not None


def _past_openers(words: list[str]) -> list[str]:
    """``words`` without the openers (:data:`_OPENERS`: particles, demonstratives) that head them."""
    i = 0
    while i < len(words) and words[i] in _OPENERS:
        i += 1
    return words[i:]


def _past_quantifier(words: list[str]) -> list[str]:
    """``words`` without a quantifier (:data:`_QUANTIFIERS`) heading them, when a word follows it."""
    return words[1:] if len(words) > 1 and words[0] in _QUANTIFIERS else words


def _gap(norm: str, clean: str, pos: int) -> bool:
    """True when a stop, a comma or a line break stands between ``pos`` and the word before it: «… مهما
    كانت النتائج. وأكد الوزير» (that word ends another sentence)."""
    j = pos - 1
    while j >= 0 and clean[j].isspace():
        j -= 1
    return any(c in _STOPS for c in norm[j + 1:pos])


#: what ends a sentence or a clause (not quotes or brackets: «كتائب (شهداء الإسلام)» is one name)
_STOPS = frozenset(".!?؟؛;,،:\n…")
#: what ends a sentence (not a comma): a clause of أن runs on across commas
_SENTENCE_STOPS = frozenset(".!?؟؛;:\n…")
_STOP = re.compile("[" + re.escape("".join(sorted(_STOPS))) + "]")     # the first of them, in one search


def _clause_start(norm: str, pos: int, stops=_STOPS) -> int:
    """Where the clause before ``pos`` starts: after the last of ``stops`` in the 200 characters before it, or
    at the start of the field when there is none."""
    m = _last_of(stops).match(norm, max(0, pos - 200), pos)
    return m.end() if m else 0


@functools.cache
def _last_of(stops: frozenset) -> re.Pattern:
    """A pattern whose match from a window's start ends just after the window's last character of ``stops``."""
    return re.compile("(?s).*[" + re.escape("".join(sorted(stops))) + "]")


def _words_after(clean: str, end: int, k: int) -> list[str]:
    return clean[end:end + 40 * k].split()[:k]


def _clause_after(norm: str, clean: str, end: int, k: int) -> list[str]:
    """Up to ``k`` words after ``end`` (in the next ``40 * k`` characters) in the same sentence (. ! ? ؟ ؛, a
    colon or a line break ends it; not a comma, nor ; or …): «… الهجمات الإرهابية. ووفقا للقرار …» — القرار
    belongs to the next sentence."""
    m = _SENTENCE_END.search(norm, end, end + 40 * k)
    stop = m.start() if m else end + 40 * k
    c = norm.find(":", end, stop)
    return clean[end:stop if c < 0 else c].split()[:k]


#: a ``not_subject`` word heading the clause stands at most this many words before a bare verb
#: (the noun and up to three adjectives or a short complement: «والجدول المرفق أدناه يوضح»)
SUBJECT_BEFORE = 4
#: after أن/إن/لأن, a ``not_subject`` word heading that clause stands at most this many words before the verb
SUBJECT_AFTER_THAT = 5
#: after أن/إن/لأن, a ``not_subject`` or ``event_subjects`` word right after it is the subject of the first bare verb
#: that agrees with it at most this many words on, across commas (a long subject: «أن الرفض المتكرر من …، يؤكد …»)
SUBJECT_FAR = 15
#: … and up to this many when no subject heads the nearer clause («أن الرفض المتكرر … [twenty words]، يؤكد»)
FAR_REACH = 25
#: ``not_after`` words are looked for this many words after a match (a verb's subject may stand
#: between: اعترف الدين الإسلامي بحق …)
AFTER = 3
#: a ``refers_back`` form looks for its antecedent at most this many characters back in its paragraph
BACK = 1500


@functools.lru_cache(maxsize=64)
def _mentions(spellings: frozenset, clean: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the words of ``clean`` spelt as one of ``spellings``, found once per field."""
    found = [m.span() for m in re.finditer(r"\S+", clean) if m.group() in spellings]
    return [a for a, _ in found], [z for _, z in found]


def _last_mention(spellings: frozenset, clean: str, s: int, pos: int) -> tuple[int, int] | None:
    """``(start, end)`` of the last word of ``clean[s:pos]`` (``pos``: a word's start) spelt as one of
    ``spellings`` — the first word may be cut by ``s`` — or None."""
    starts, ends = _mentions(spellings, clean)
    k = bisect.bisect_left(starts, pos) - 1
    if k >= 0 and starts[k] >= s:
        return starts[k], ends[k]
    if 0 < s < pos and not clean[s - 1].isspace():          # the word cut by s
        z = s
        while z < pos and not clean[z].isspace():
            z += 1
        if z > s and clean[s:z] in spellings:
            return s, z
    return None


#: particles that stand only before a verb: a noun form right after one is a verb spelled alike
#: (لا أزال / لن أسير «I (will not) walk», not أسير «captive»); with و or ف too
VERB_PARTICLES = frozenset(c + p for p in ("لم", "لن", "سوف", "قد", "لقد") for c in ("", "و", "ف"))
#: attribution words before «ما»: «بحسب ما توضح الوزارة» is speech, not evidence
_SOURCE = frozenset({"بحسب", "حسب", "وحسب", "وبحسب", "وفق", "ووفق", "وفقا", "حسبما"})


def _bare(words: str) -> frozenset:
    return frozenset(clean_text(normalize(w, lower=True)) for w in words.split())


#: the particles that open a clause whatever stands before them («وأعلن الوزير أن …»)
_COMPLEMENT = _bare("أن إن لأن بأن وأن وإن فإن")
#: words that may open a clause before its subject: particles and demonstratives («كما أن هذه الأرقام تؤكد»)
_OPENERS = _bare("أن ان إن فإن وإن فان وان كما وكما لأن لان بل لكن ولكن إلا الا ثم حيث إذ اذ هذا هذه ذلك تلك "
                 "وهذا وهذه وذلك فهذا فهذه")
#: quantifiers in construct with the noun that heads a clause: «أن جميع المؤشرات والتقارير، تؤكد …» (all the
#: indicators show), «وكل الأرقام تؤكد» — the noun after them is the subject
_QUANTIFIERS = frozenset(c + w for w in _bare("جميع كل كافة معظم أغلب غالبية بعض") for c in ("", "و", "ف"))


#: relative pronouns before a bare imperfect: «الأرقام التي توضح» (a thing described); the verb agrees with them
_RELATIVE = {w: p for ws, p in (("الذي والذي", "ي"), ("التي والتي", "ت")) for w in _bare(ws)}
#: a preposition with a pronoun back to the relative: the subject follows («الوقت الذي تؤكد فيه الوزارة»)
_RESUMPTIVE = _bare("فيه فيها عليه عليها له لها به بها منه منها إليه إليها عنه عنها")
#: words that cannot stand between a verb and its object (a ``not_object`` word after them is governed by them)
_OBJECT_STOPS = _bare("في خلال عبر ضمن اثناء أثناء بعد قبل عن مع من على الى إلى حول عند لدى منذ بين")
#: prepositions: a verb form right after one is a noun spelt alike («في صرح العلم», an edifice; «على نحو أوضح»);
#: not على (normalised علي is also the name Ali: «بن علي يقول»), not من (who: «من قال»)
_PREPOSITIONS = _bare("في عن مع حول نحو لدى عند بين خلال ضمن داخل فوق تحت")      # not إلى: «إليّ يقول» (to me)
#: the verb «come» of «يأتي لـ…» (an event comes to confirm …): past and present, with و/ف
_COME = _bare("جاء جاءت يأتي تأتي أتى أتت يجيء تجيء") | {c + w for c in "وف" for w in _bare("جاء جاءت يأتي تأتي أتى أتت")}
#: what opens the complement of a verb of saying: a clause («أن …»), not a noun phrase
_THAT = _bare("أن إن ان بأن بان وأن وإن أنه إنه بأنه أنها إنها بأنها أنهم إنهم بأنهم أننا إننا أني إني أنني إنني "
              "أنك إنك أنكم إنكم")
#: a subject pronoun, alone or on a particle: a clause of its own, whose subject it is («لكنه أوضح أن …»)
_HE = _bare("هو هي وهو وهي فهو فهي لكنه لكنها ولكنه ولكنها فإنه فإنها")
#: a pronoun back to a noun before the verb, whose subject then follows («شريط يؤكد فيه القائد …»)
_BACK = _RESUMPTIVE | _bare("خلاله خلالها فيهما فيهم")


#: words ending like an indefinite noun (ة، ات، tanween ا) that are particles or adverbs: «فيما تؤكد المصادر …»
_NOT_NOUNS = _bare("فيما وفيما بينما وبينما إنما انما كما وكما هكذا بداية عندما حينما كلما ربما طالما مثلما لما أما "
                   "إذا اذا لذا هنا مما ومما بما أيضا ايضا مؤخرا مرارا دائما حاليا مثلا سابقا لاحقا جدا أبدا تماما "
                   "غالبا أحيانا عادة فعلا حقا رسميا علنا صراحة حسبما عاما سنة")   # (البالغ عشرين عاما: a person's age)


def _indefinite(before: list[str]) -> bool:
    """The word right before a bare verb is an indefinite noun or adjective (no article, ending in ة, ات or the
    tanween ا), not a particle, an adverb, a place, a title or a word with a pronoun, and no title stands before
    it: the verb opens a clause that describes it («أصدر مطبوعا يؤكد شرعية …», «شهادة معتمدة تؤكد …»)."""
    w = before[-1]
    if len(w) < 4 or w[:2] == "ال" or w[1:3] == "ال" or w in _NOT_NOUNS or w in _ROLE_WORDS or w[0] == "ي" \
            or w[0] in "وف" and w[1:] in _NOT_NOUNS:
        return False                                        # (يفتأ، يبدأ: a verb before it)
    if w in _places() or w[0] in "وفبل" and w[1:] in _places():
        return False
    if w.endswith(("ها", "هما", "وا")) or not w.endswith(("ة", "ات", "ا")):
        return False
    return not (len(before) == 2 and before[0] in _ROLE_WORDS)


#: demonstratives that point at a subject right after its verb: «ويؤكد هذا الفيديو …» (no و: it follows a verb)
_POINTERS = _bare("هذا هذه")
#: demonstratives that head a subject before its verb: «هذا القرار يؤكد …»
_DEMONSTRATIVES = _bare("هذا هذه ذلك تلك وهذا وهذه وذلك وتلك فهذا فهذه فذلك")


def _this_thing(before: list[str]) -> bool:
    """A demonstrative and a definite noun (and its adjective) right before a bare verb: «هذا القرار يؤكد
    عناية …», «هذه المساعدات الجديدة تؤكد …» (a decision, aid that confirm); a person would be named, not
    pointed at."""
    k = 2 if len(before) == 3 and before[1].startswith("ال") and before[2].startswith("ال") else 1
    return len(before) > k and before[-k - 1] in _DEMONSTRATIVES and before[-k].startswith("ال") \
        and before[-k] not in _ROLE_WORDS


#: verbs of saying: one earlier in the sentence makes its subject the speaker of a «…، لتؤكد …» after it
_SAYS = _bare("قال قالت يقول تقول أكد أكدت يؤكد تؤكد أوضح أوضحت يوضح توضح صرح صرحت شدد شددت يشدد تشدد أعلن أعلنت "
              "يعلن تعلن أشار أشارت يشير تشير")
_SAYS = _SAYS | {c + w for c in "وف" for w in _SAYS}


def _after_comma(norm: str, clean: str, pos: int) -> bool:
    """A comma (، or ,) is the last mark before ``pos``, with only spaces between: «…، ليؤكد حرص المملكة»."""
    j = pos - 1
    while j >= 0 and clean[j].isspace() and norm[j] not in "،,":
        j -= 1
    return j >= 0 and norm[j] in "،,"


def _object_in_title(before: list[str], clean: str, pos: int) -> bool:
    """In a headline, whose «X يؤكد …» names a speaker first («مصادر مطلعة تؤكد …»), an indefinite noun describes
    the verb only in the accusative (ending in ا, without و), after the headline's first word: «تبث شريطا يؤكد …»."""
    w = before[-1]
    return w.endswith("ا") and w[0] not in "وف" and len(clean[:pos].split()) > 1


def _quote_next(norm: str, end: int) -> bool:
    """A quotation mark opens right after normalised offset ``end`` (at most two spaces before it): «قال «…»»."""
    nxt = norm[end:end + 3].lstrip()
    return bool(nxt) and nxt[0] in _QUOTES


def _noun_object(norm: str, clean: str, end: int) -> bool:
    """The words after a verb, to the end of its clause (at most 15), hold no أن/إن and no pronoun back to a
    noun before it, and no colon or quotation mark opens them: its object is a noun phrase, not speech."""
    stop = min((i for i in (norm.find(c, end, end + 300) for c in _STOPS) if i >= 0), default=end + 300)
    if _quote_next(norm, end) or norm[end:end + 3].lstrip().startswith(":"):
        return False
    words = clean[end:stop].split()[:15]
    return bool(words) and not set(words) & _THAT and words[0] not in _BACK


#: a copula before an elative: «هو أوضح دليل», «ليست أوضح», «فذلك أدعى»; a demonstrative only after
#: كان («كان ذلك أدعى إلى»): «إلى ذلك أكد الوزير» (besides, the minister affirmed) is the verb
_COPULA = _bare("هو فهو هي فهي ليس وليس ليست وليست فذلك فهذا")      # not وهو: «وهو أكد» (and he affirmed)
_WAS = _bare("كان وكان فكان لكان ولكان يكون تكون كانت")
_THIS = _bare("ذلك هذا هذه")
#: the indefinite nouns an elative stands in construct with: «أوضح مثال», «أوضح دليل على»
_ELATIVE_NOUNS = _bare("مثال مثالا دليل دليلا برهان برهانا نموذج نموذجا تعبير تعبيرا دلالة مؤشر شاهد")
#: indefinite nouns an elative describes when it follows them: «مثال أوضح», «فكرة أوضح» (a clearer example,
#: idea); not بيان، موقف، رسالة: «أصدر بيانا أوضح فيه» (a statement in which he clarified)
_DESCRIBED = _ELATIVE_NOUNS | _bare("فكرة رؤية صورة")
#: after «من», the comparison of an elative: «أوضح من أن», «أوضح من ذلك»
_THAN = _bare("أن ان أي اي ذلك غيره غيرها")
#: a comma or a stop right after an elative form closes the phrase it ends («بعبارة أوضح، …», «رسالة أوضح.»): a verb
#: of saying goes on to its subject or its words (not a colon: «وأوضح: …»)
_CLAUSE_END = frozenset("،,.؛;!?؟")
#: quotation marks that open quoted speech after a verb
_QUOTES = frozenset('«"“„\'')
#: the word classes that cannot follow a verb particle
_NOMINAL = ("noun", "proper", "adjective")


#: words that govern the noun after them, which is then no subject: prepositions, «ما» (what), relatives
_GOVERNS = _OBJECT_STOPS | _PREPOSITIONS | _bare("ما مما الذي التي إزاء بشأن وفي وعن ومن وخلال وبعد")


def _event_spellings(words) -> frozenset:
    """``event_subjects`` words as they head a subject: bare, with ال or a pronoun (not ي: «فوزي» is a name), and
    و/ف; never with a preposition (بسوق، للزيارة: governed, no subject)."""
    out = set()
    for w in words:
        stem = w[:-1] + "ت" if w.endswith("ة") else w
        for x in (w, "ال" + w, *(stem + p for p in ("ه", "ها", "هم", "هما", "هن", "كم", "نا"))):
            out.update((x, "و" + x, "ف" + x))
    return _bare(" ".join(out))


#: a noun of one of these patterns that speaks: a document or a meeting («وأكد التقرير أن …», «الاجتماع أكد …»;
#: coding guide §5.7), a body named by its work in construct («تنظيم داعش», «ائتلاف دولة القانون», «استخبارات الجيش»),
#: a person (تلميذ) or a name (توفيق)
_SPEAKING_PATTERNED = _bare("تقرير تصريح تسريب تعميم تحقيق تعليق توجيه تحليل توضيح تأكيد اجتماع تنظيم ائتلاف "
                            "استخبار تلميذ توفيق")


class _EventPatterns:
    """``event_subjects`` words with the verbal-noun patterns of ``event_patterns`` (root letters ف ع ل: استفعال,
    افتعال, انفعال, تفعيل), as they head a subject: with و/ف, ال or a pronoun (:func:`_event_spellings`), or a
    plural in ات; a document or a meeting of those patterns speaks (:data:`_SPEAKING_PATTERNED`)."""

    def __init__(self, words: frozenset, patterns):
        self.words = words
        alts = ["".join("\\w" if c in "فعل" else c for c in clean_text(normalize(p, lower=True))) for p in patterns]
        self.pattern = re.compile("^(?:" + "|".join(alts) + ")$") if alts else None

    def __bool__(self) -> bool:
        return bool(self.words) or self.pattern is not None

    def __contains__(self, word: str) -> bool:
        if word in self.words:
            return True
        if self.pattern is None:
            return False
        w = word[1:] if word[:1] in "وف" and len(word) > 5 else word
        if w.startswith("ال"):          # «التعليم» (the ministry), «التنظيم» (the group): a body named by its work
            return False
        w = re.sub("(?:ه|ها|هم|هما|هن|كم|نا)$", "", w)
        w = w[:-2] if w.endswith("ات") and len(w) > 6 else w
        return w not in _SPEAKING_PATTERNED and w not in _places() and self.pattern.match(w) is not None


def _stands_before(words: frozenset, clean: str, end: int) -> bool:
    """The word right after a match ending at ``end`` is one of ``words`` (a scope's ``only_before``, a term's
    ``near_only_before``)."""
    return not words.isdisjoint(_words_after(clean, end, 1))


def _describes(noun: str, word: str) -> bool:
    """``word`` can be an adjective of ``noun``: definite with a definite noun («الحادث الإجرامي»), an
    indefinite adjective ending (ة، ي، ية، ات، ا، ين) or a definite noun in construct with an indefinite one
    («زيارة رسمية», «زيارة الأمير»); not a relative, a demonstrative or «كهذه»."""
    if word in _RELATIVE or word in _DEMONSTRATIVES:
        return False
    bare = noun[1:] if noun[:1] in "وف" and noun[1:3] == "ال" else noun
    if bare.startswith("ال"):
        return word.startswith("ال")
    return word.startswith("ال") or len(word) > 3 and word.endswith(("ة", "ي", "ات", "ا", "ين"))


#: «ما» (what) opening a free relative, and the verbs and particles after which it is a negation («ما زال», still)
_WHAT = _bare("ما وما فما")
_STILL = _bare("زال زالت زالوا يزال تزال فتئ فتئت انفك انفكت برح برحت دام دامت كان كانت لم لا إن ان")
#: verbs of saying and their participles, which open a clause of their own: an أن after them is theirs
_SAYS_ALSO = _SAYS | _bare("مشيرا مضيفا موضحا مؤكدا لافتا منوها مبينا معتبرا قائلا مشيرة مضيفة موضحة مؤكدة")

#: words that open a clause of their own between a far subject and its verb (:meth:`_Context.far_subject`,
#: :meth:`_Context.far_thing`)
_OWN_CLAUSE = _SAYS_ALSO | _THAT | _HE | _bare("فيما وفيما بينما وبينما")   # «…، فيما أكد البائع»


class _Context:
    """A term's context rules as spelling sets (clitics allowed on the neighbouring words)."""

    def __init__(self, term: Term):
        self.before = _WordSet(term.not_before).single
        if term.cls in _NOMINAL and term.language == "ar":
            self.before = self.before | VERB_PARTICLES
        self.after = _WordSet(term.not_after).single
        # a two-word entry (a preposition and its object, «على الحكومة»): the pair opens within the three words after
        self.after_pairs = frozenset(tuple(w.split()) for w in term.not_after if w.count(" ") == 1)
        self.subject = _WordSet(term.not_subject).single
        self.events = _event_spellings(term.event_subjects)
        # the listed words and the verbal nouns of ``event_patterns``, as the head of a clause (:class:`_EventPatterns`)
        self.event_heads = _EventPatterns(self.events, term.event_patterns)
        names: dict[int, set] = {}          # the spellings of the not_in names, by their number of words (one pass each)
        for n in term.not_in:
            if "{" not in n:
                names.setdefault(len(n.split()), set()).update(attach(n))
        self.names = [(k, frozenset(spellings)) for k, spellings in sorted(names.items())]
        self.gapped = _gapped_names([n for n in term.not_in if "{" in n])
        self.near = _WordSet(term.not_near) if term.not_near else None
        self.near_only_before = _WordSet(term.near_only_before).single     # (as a scope's only_before)
        self.paragraph = _WordSet(term.not_in_paragraph) if term.not_in_paragraph else None
        self.headline = _WordSet(term.not_in_headline) if term.not_in_headline else None
        self.of_forms = frozenset(term.not_of)
        self.of_except = _WordSet(term.of_except).single
        self.object_forms = frozenset(term.not_object)
        self.objects = frozenset(term.objects)      # as written: «تزعم حزب» (led), not «كما تزعم الحزب.» (claims)
        self.predicate_forms = frozenset(term.not_predicate)
        self.predicate_verbs = frozenset(c + w for w in term.predicate_verbs for c in ("", "و", "ف"))   # a verb: و/ف only
        self.back = frozenset(term.refers_back)
        self.back_spellings = frozenset(itertools.chain.from_iterable(
            (*attach(f), *construct(f)) for f in term.refers_back if " " not in f))
        self.bare_after = frozenset(term.not_bare_after)     # as written: no clitics added (كما يؤكد is speech)
        self.bare_pairs = frozenset(w for w in self.bare_after if " " in w)      # «الأمر الذي يؤكد»
        self.verb = term.cls == "verb"
        self.elative = _bare(" ".join(term.elative))
        self.named = _bare(" ".join(term.named))
        self.evidence = frozenset(term.evidence) if self.verb else frozenset()

    def of_phrase(self, norm: str, clean: str, pos: int, end: int, form: str) -> bool:
        """A ``not_of`` form, bare (no article, no pronoun), followed by a definite word or by لـ + a word:
        «أسير الوفاء», «أسيرا للوهم» (captive of); not before إلى, لدى, a place name or an ``of_except`` word.
        A form listed with ال is "X of" in its construct state: «مقاومة الإرهاب» (resisting terrorism)."""
        sur = clean[pos:end]
        bare = form[2:] if form.startswith("ال") and len(form) > 4 else form
        if form not in self.of_forms or not sur.endswith(bare) or sur[:-len(bare)].endswith(("ال", "لل")):
            return False
        nxt = _follow(clean, norm, end, 1)
        if not nxt or nxt[0][0] in self.of_except:
            return False
        w = nxt[0][0]
        if w in _places():                  # أزمة ليبيا, not لـ + يبيا
            return False
        if w.startswith("ال"):
            return w not in ("الي", "الى")
        place = "ال" + w[2:] if w.startswith("لل") else w[1:]       # taken captive to a country: أسيرا للعراق
        return w.startswith("ل") and len(w) > 2 and not w.startswith(("لدي", "لدى")) and place not in _places()

    def other_verb(self, norm: str, clean: str, end: int) -> bool:
        """A ``not_object`` form whose object is one of ``objects`` — right after it, or after a subject of one
        or two words, with no preposition before it — and no أن/إن, colon or quotation mark in its clause
        (:func:`_noun_object`) is another verb, or an idiom, spelt alike: «تزعّم حزبا» (led a party), «من تزعّم قوات»
        (leading forces), «قال الشعب كلمته» (had its say); «وتزعم الجماعة أنها …», «وتزعم الصين السيادة» (claims),
        «وقال في كلمته إن …», and a form followed in its sentence by a colon or a quotation mark («قالت كلمتها
        المشهورة: …», «قال كلمته الأخيرة حين … «…»»: the words follow) count."""
        after = _words_after(clean, end, 3)
        i = next((k for k, w in enumerate(after) if w in self.objects), None)
        if i is None or set(after[:i]) & _OBJECT_STOPS or not _noun_object(norm, clean, end):
            return False
        m = _SENTENCE_END.search(norm, end, end + 200)           # «قالت كلمتها المشهورة: «…»»: her words follow
        rest = norm[end:m.start() if m else end + 200]
        return ":" not in rest and not any(q in rest for q in _QUOTES)

    def predicate(self, norm: str, clean: str, pos: int, end: int, form: str) -> bool:
        """A ``not_predicate`` form as listed (no article, no clitic) and not in construct (no definite word
        after it), with one of ``predicate_verbs`` among the ``SUBJECT_BEFORE`` words before it in its clause, is
        that verb's predicate: «ويشكل مقتله ضربة جديدة للتنظيم», «وتعتبر خسارة القاعدة ضربة قاسية لهم» (a blow,
        figurative); «وتعد ضربات التحالف الأعنف» (ضربات in construct: the subject) and «شن ضربة» count."""
        if clean[pos:end] != form or any(w.startswith(("ال", "لل")) for w in _words_after(clean, end, 1)):
            return False
        words = _words_before(clean, pos, SUBJECT_BEFORE, _clause_start(norm, pos))     # (not a split of all before)
        return bool(set(words) & self.predicate_verbs)

    def refers_to_left_out(self, norm: str, clean: str, pos: int, end: int, form: str, headline: str | None) -> bool:
        """A ``refers_back`` form alone (:func:`_alone`: no definite word or place after it, nor في and one: not
        «الأزمة السورية», «الأزمة في اليمن») refers back to the last mention of its word in its paragraph (at most
        ``BACK`` characters before it) that is not alone itself — a mention alone refers back in turn, so the chain
        goes on past it — or, when every mention there is alone or there is none, to the last in the headline: when
        that mention is left out by a ``not_after`` word right after it or by ``not_of`` (:meth:`left_out_mention`:
        «أزمة الاستقدام … والأزمة تتفاقم … وستنتهي الأزمة», «أزمة المهاجرين» in the headline), so is the match."""
        if not _alone(clean, end):
            return False
        lo, at = max(_unit(norm, pos, "\n")[1], pos - BACK), pos
        while prev := _last_mention(self.back_spellings, clean, lo, at):
            if not _alone(clean, prev[1]):          # a bare mention refers back in turn: the chain goes on
                return self.left_out_mention(norm, clean, *prev, form)
            at = prev[0]
        if headline is None:
            return False
        tnorm = normalize(headline, lower=True)
        tclean = clean_text(tnorm)
        prev = [m for m in re.finditer(r"\S+", tclean) if m.group() in self.back_spellings]
        return bool(prev) and self.left_out_mention(tnorm, tclean, prev[-1].start(), prev[-1].end(), form)

    def left_out_mention(self, norm: str, clean: str, pos: int, end: int, form: str) -> bool:
        """The mention at ``pos``–``end`` is one the term leaves out: a ``not_after`` word right after it, or
        "X of" (``not_of``)."""
        return bool(set(_words_after(clean, end, 1)) & self.after) or (
            form in self.of_forms and self.of_phrase(norm, clean, pos, end, form))

    def bare_after_word(self, norm: str, clean: str, pos: int, end: int, form: str) -> bool:
        """The form as listed (no clitic, no pronoun) right after a ``not_bare_after`` word: «مما يؤكد»,
        «وهذا يوضح» (which confirms, this shows: evidence, not speech); «بحسب ما توضح» is speech.  For a verb,
        only its imperfect forms (يؤكد، توضح): «وهذا ما أكد عليه الوزير» is speech.  Not with a stop or a comma
        between (:func:`_gap`): «… يجسد الواقع، يقول …» (the word ends another clause)."""
        if clean[pos:end] != form or (self.verb and not form.startswith(("ي", "ت", "ن"))) or _gap(norm, clean, pos):
            return False
        before = _words_before(clean, pos, 2)
        pair = len(before) == 2 and " ".join(before) in self.bare_pairs
        if not pair and (not before or before[-1] not in self.bare_after or (len(before) == 2 and before[0] in _SOURCE)):
            return False
        rel = _RELATIVE.get(before[-1])
        return rel is None or (form.startswith(rel) and not set(_words_after(clean, end, 1)) & _RESUMPTIVE)

    def elative_word(self, norm: str, clean: str, pos: int, end: int) -> bool:
        """An ``elative`` form, bare as written, read as the adjective "clearer, more conducive": after a
        copula or a demonstrative («هو أوضح», «كان ذلك أدعى»), right after an indefinite noun it describes
        («مثال أوضح», «فكرة أوضح»; not «مثال أوضح فيه») or after any indefinite noun or adjective when a comma or a
        stop follows it («بعبارة أوضح، …», «رسالة أوضح.»; not «كما أوضح،», «الذي أوضح،»), a form in ى before إلى or before لـ + a word + من
        («أدعى للإنكار من …», more deserving of … than), before من + a comparison («أوضح من أن»), or in construct
        with an indefinite noun of proof («أوضح مثال», «أوضح دليل»); with و/ف only in that construct before على
        («وأوضح دليل على ذلك …», the clearest proof of it; «وأوضح شاهد عيان أن …» is the verb)."""
        after = _words_after(clean, end, 2)
        # «أوجب وأدعى أن يُذكر» (more fitting to be mentioned): the elative takes أن and a verb, the verb "claimed" a
        # clause with a subject («ادعى أنه …», «ادعى أن الحكومة …»)
        verb_next = clean[end - 1] == "ي" and len(after) == 2 and after[0] == "ان" and after[1][0] in "يتن"
        if clean[pos] in "وف" and clean[pos + 1:end] in self.elative:
            return verb_next or len(after) == 2 and after[0] in _ELATIVE_NOUNS and after[1] == "علي"
        if clean[pos:end] not in self.elative:
            return False
        if verb_next:
            return True
        before = _words_before(clean, pos, 2)
        if not _gap(norm, clean, pos) and before and (before[-1] in _COPULA or (
                len(before) == 2 and before[0] in _WAS and before[1] in _THIS)
                or (before[-1] in _DESCRIBED and not set(after[:1]) & _RESUMPTIVE)
                or (_indefinite(before) and norm[end:end + 3].lstrip()[:1] in _CLAUSE_END)):
            return True
        to = clean[end - 1] == "ي" and after and (after[0] in ("الي", "الى")   # أدعى إلى; but «أكد إلى الصحيفة»
                                                  or len(after) == 2 and after[0][0] == "ل" and after[1] == "من")
        return bool(after) and (to or after[0] in _ELATIVE_NOUNS
                                or (after[0] == "من" and len(after) == 2 and after[1] in _THAN))

    def named_passive(self, norm: str, clean: str, pos: int, end: int) -> bool:
        """A ``named`` form (bare, or with و) read as the passive "is named" (يُدعى، تُدعى, written with ي) before a
        name: right after an indefinite noun or adjective (:func:`_indefinite`: «ضابطا يدعي كيرني», «طيارا أردنيا يدعي
        سامر النجار»; not a place, «تركيا تدعي قتال …»), or with و after a word with ال («وإحالة المتهم ويدعي سامر»),
        with no stop or comma between (:func:`_gap`); the word after it has no ال, no pronoun and no accusative or
        feminine ending (an object: «يدعي امتلاكه», «تدعي وصلا», «تدعي حماية …»), nor is ذلك/هذا/هذه, and no أن/إن
        stands among the eight words after it in its sentence («ويدعي سامر أن …» claims)."""
        word = clean[pos:end]
        with_wa = word[0] == "و" and word[1:] in self.named
        if not with_wa and word not in self.named or _gap(norm, clean, pos):
            return False
        before = _words_before(clean, pos, 2)
        if not before or (not before[-1].startswith("ال") if with_wa else not _indefinite(before)):
            return False
        after = _clause_after(norm, clean, end, 8)
        return bool(after) and not after[0].startswith("ال") and after[0] not in _THIS \
            and not after[0].endswith(("ا", "ة", "ه", "ها", "هم", "هما")) and not set(after) & _THAT

    @staticmethod
    def after_preposition(norm: str, pos: int) -> bool:
        """A verb form right after a preposition, with only a space between (not «(إس.يو.في) قالت»), is a noun
        or an adjective spelt alike: «في صرح العلم» (an edifice), «على نحو أوضح» (clearer)."""
        j = pos - 1
        while j >= 0 and norm[j] == " ":
            j -= 1
        i = norm.rfind(" ", 0, j + 1)
        return j < pos - 1 and norm[i + 1:j + 1] in _PREPOSITIONS

    def evidence_clause(self, norm: str, clean: str, pos: int, end: int, form: str, title: bool) -> bool:
        """A bare imperfect verb of saying with a noun phrase for its object (no أن/إن, colon or quotation
        mark in its clause, no «فيه/خلالها» sending it to a later subject) that describes a thing, by the
        constructions the term's ``evidence`` names: with the لـ of purpose in a clause of «جاء/يأتي» («وتأتي
        الزيارة لتؤكد عمق …», ``comes``); right after a demonstrative and a definite noun («هذا القرار يؤكد …»,
        ``demonstrative``); right after an indefinite noun («شهادة معتمدة تؤكد …», ``indefinite``; in a headline
        only an accusative, :func:`_object_in_title`); right after a relative pronoun it agrees with («الخطة التي
        تؤكد أهمية …», ``relative``; a masculine one not when a title stands among the eleven words before)."""
        sur = clean[pos:end]
        comes = ("comes" in self.evidence or "purpose" in self.evidence) and sur == "ل" + form
        if not form.startswith(("ي", "ت")) or not (sur == form or comes) or not _noun_object(norm, clean, end):
            return False
        if comes and "purpose" in self.evidence and _after_comma(norm, clean, pos):
            nxt = _words_after(clean, end, 1)               # «، لتؤكد الوزارة حرصها»: a subject follows, who speaks
            start = max(norm.rfind(c, max(0, pos - 300), pos) for c in ".!?؟\n") + 1
            return bool(nxt) and not nxt[0].startswith("ال") and nxt[0] not in _ROLE_WORDS \
                and not set(clean[start:pos].split()) & _SAYS    # «والهيئة تشدد على …، لتؤكد حرصها»: it speaks
        if comes and "comes" not in self.evidence:
            return False
        if comes:
            return _last_mention(_COME, clean, _clause_start(norm, pos), pos) is not None     # a «come» in its clause
        if "demonstrative" in self.evidence and self.far_thing(norm, clean, pos, form):
            return True
        before = [] if _gap(norm, clean, pos) else _words_before(clean, pos, 3)
        if not before:
            return False
        if "demonstrative" in self.evidence and _this_thing(before) and not form.endswith("ون"):
            return True
        before = before[-2:]
        if "indefinite" in self.evidence and _indefinite(before) and not form.endswith("ون") \
                and (not title or _object_in_title(before, clean, pos)) \
                and norm[pos - 2:pos].strip() not in _QUOTES:          # «"الهيئة" توضح»: a name in quotes
            return True
        if "relative" not in self.evidence or _RELATIVE.get(before[-1]) != form[0]:
            return False
        # «… أمير المنطقة، الذي يؤكد دفع …»: a masculine relative may go back to a person named by his title
        start = _clause_start(norm, pos, ".!?؟\n")
        return form[0] == "ت" or not set(_words_before(clean, pos, 11, start)) & _ROLE_WORDS

    @staticmethod
    def far_thing(norm: str, clean: str, pos: int, form: str) -> bool:
        """``evidence: [demonstrative]`` further back: «هذا/هذه» and a definite noun that is no title heading the clause
        of a bare imperfect with a noun object, up to ``SUBJECT_FAR`` words before it, the demonstrative agreeing with
        the verb: «هذه العبارة التي أطلقها الأمير قبل سنوات تؤكد رؤية واضحة» (this phrase confirms: a person would be
        named, not pointed at).  Not when a verb of saying, an أن or a subject pronoun stands between, nor right after
        a relative."""
        words = _words_before(clean, pos, SUBJECT_FAR + 1, _clause_start(norm, pos))     # one more: too far
        if len(words) > SUBJECT_FAR or len(words) < 3 or _DEMONSTRATIVES.isdisjoint(words):
            return False
        i = 0
        while i < len(words) and words[i] in _OPENERS and words[i] not in _DEMONSTRATIVES:
            i += 1
        rest = words[i:]
        if len(rest) < 3 or rest[0] not in _DEMONSTRATIVES or not rest[1].startswith("ال") or rest[1] in _ROLE_WORDS \
                or set(rest[2:]) & _OWN_CLAUSE or rest[-1] in _RELATIVE:
            return False
        this = rest[0][1:] if rest[0][0] in "وف" else rest[0]
        return (this in ("هذه", "تلك")) == (form[0] == "ت") and form[0] in "يت"

    def subject_before(self, norm: str, clean: str, pos: int, subject: frozenset) -> bool:
        """A ``not_subject`` word heading the clause of a bare verb (no و/ف), at most
        ``SUBJECT_BEFORE`` words before it: «والجدول أدناه يوضح», «فإن الأرقام الرسمية تؤكد» (a table,
        figures show: nobody speaks).  The clause starts at a stop, a comma or a line break; a particle
        (أن، إن، كما، لكن، بل) or a demonstrative (هذا، هذه) may open it.  A verb with و/ف shares the
        subject of the clause before («عرض الوزير الصور وأكد أن …»), so it is never taken.  After أن/إن/لأن the
        clause opens there, whatever stands before it, and its subject may stand ``SUBJECT_AFTER_THAT`` words
        before the verb («وأعلن الوزير أن نتائج الصفة التشريحية للجثمان أكدت …»)."""
        if not self.verb or clean[pos] in "وف":
            return False
        start = _clause_start(norm, pos)
        words = _clause_head(clean, pos, start, SUBJECT_BEFORE)
        if words is None:                               # a word before these that opens no clause: too far back
            near = _words_before(clean, pos, SUBJECT_AFTER_THAT + 1, start)    # unless an أن stands near
            k = max((i for i, w in enumerate(near) if w in _COMPLEMENT), default=-1)
            if k < 0:
                return False
            words = _past_openers(near[k + 1:])
        words = _past_quantifier(words or [])
        if not words or words[0] not in subject:
            return False
        head = words[0][1:] if words[0][0] in "وف" else words[0]     # a subject takes no preposition
        if head.startswith(("بال", "كال", "لل")):                         # («وبالتفاصيل أوضح»: in detail)
            return False
        return head.startswith("ال") or head[0] not in "بكل" or head[1:] not in subject

    def far_subject(self, norm: str, clean: str, pos: int, end: int, form: str, subject: frozenset) -> bool:
        """A ``subject`` word right after أن/إن/لأن (past openers) is the subject of its clause, however long: of a
        bare singular verb up to ``SUBJECT_FAR`` words on in its sentence, across commas, that agrees with it in
        gender — «أن لقاءه بولي العهد، وولي ولي العهد أكد أهمية …», «أن الرفض المتكرر من الميليشيات …، يؤكد
        حقيقة …» (a meeting, a refusal confirm: nobody speaks); so is such a word heading the verb's clause (from a
        stop, a comma or a colon) as far back: «الوزير: مباحثات مثمرة مع نظيره الإيطالي تؤكد تطابق الرؤى».  Not
        when a verb of saying, another أن or a pronoun subject stands between (a clause of its own: «…، لكنه
        أوضح أن …»), nor right after a relative («…، التي تؤكد»: the relative's noun is the subject), nor with a quotation or a pronoun
        back right after the verb, nor when a title follows the verb or words stand between it and an أن/إن after it
        (its subject: «…، أكدت الوزارة أنها …», «…، يؤكد المتحدث», «أكد ذلك المتحدث»), nor after «فيما/بينما».  When
        the nearer clause has no such subject, an أن or a clause head up to ``FAR_REACH`` words back is read.  A
        broken plural (:func:`_broken_plural`, a thing's plural) agrees with a verb of either gender."""
        if not self.verb or clean[pos] in "وف" or form.endswith(("ون", "وا")) or form[0] == "ن" \
                or _quote_next(norm, end):
            return False
        sentence = _clause_start(norm, pos, _SENTENCE_STOPS)
        start = _clause_start(norm, pos)
        rest = None
        for reach in (SUBJECT_FAR, FAR_REACH):   # the nearest clause first; a longer one only when it has no subject
            words = _words_before(clean, pos, reach + 1, sentence)     # read back: a sentence may fill the field
            k = max((i for i, w in enumerate(words) if w in _COMPLEMENT), default=-1)
            rest = _past_openers(words[k + 1:]) if k >= 0 else _clause_head(clean, pos, start, reach)
            if rest == [] and k < 0:    # the verb right after a comma: the head of its sentence («القراءة …، توضح»)
                rest = _clause_head(clean, start, sentence, reach)
            rest = _past_quantifier(rest or [])
            if rest and rest[0] in subject:
                break
        if not rest or rest[0] not in subject or set(rest[1:]) & _OWN_CLAUSE or rest[-1] in _RELATIVE:
            return False
        m = _STOP.search(norm, end, end + 300)
        after = clean[end:m.start() if m else end + 300].split()[:15]
        if not after or after[0] in _BACK or after[0] in _ROLE_WORDS or set(after[1:]) & _THAT \
                or after[0] == "ذلك" and after[1:2] and after[1][0] not in "وف":   # «أكد ذلك المتحدث»: a subject after
            return False
        head = rest[0][1:] if rest[0][0] in "وف" else rest[0]
        if _broken_plural(head):        # a thing's plural: a feminine verb, in news also a masculine one
            return True
        feminine = head.endswith(("ة", "ات")) or re.search("ت(?:ه|ها|هم|هما|هن|كم|نا)$", head) is not None
        return feminine == (form[0] == "ت" or form.endswith("ت"))

    def described(self, norm: str, clean: str, pos: int, end: int, subject: frozenset) -> bool:
        """A bare imperfect verb right after a ``not_subject`` word or a word and its adjective, in the same
        clause, describes that thing: «تداول ناشطون مقطع فيديو يوضح …», «الحقائق العلمية تؤكد …» (a video
        that shows, facts that confirm).  Not when a quotation follows the verb («شريط فيديو يؤكد «…»»: someone
        speaks in it) or a pronoun sends the verb to a subject after it («مقطع يؤكد فيه الوزير»)."""
        if not self.verb or clean[pos] not in "يتن":
            return False
        before = [] if _gap(norm, clean, pos) else _words_before(clean, pos, 2)
        if len(before) == 2 and _gap(norm, clean, clean.rindex(before[1], 0, pos)):
            before = before[1:]             # «…، الأرقام تؤكد»: the word before the comma is another clause
        if not set(before) & subject or set(_words_after(clean, end, 1)) & _RESUMPTIVE:
            return False
        return not _quote_next(norm, end)

    def pointed_subject(self, norm: str, clean: str, end: int, subject: frozenset) -> bool:
        """A ``not_subject`` word pointed at by «هذا/هذه» right after a verb (no stop between, no quotation):
        «ويؤكد هذا الفيديو أن …», «وتؤكد هذه النتائج …» (this video, these results show: nobody speaks), as the
        bare word would be; «وأكدت هذه المصادر» (a word not listed) counts, and so does an indefinite noun after
        the pointed one, the verb's subject then («وتؤكد هذه النتائج دراسة أخرى»: a study confirms them)."""
        words = _clause_after(norm, clean, end, 3)
        if len(words) < 2 or words[0] not in _POINTERS or words[1] not in subject or _quote_next(norm, end):
            return False
        return len(words) == 2 or not _indefinite(words[2:])

    def what_subject(self, norm: str, clean: str, pos: int, end: int) -> bool:
        """``evidence: [what]``: a bare imperfect whose clause opens with «ما» and a verb, at most five words before
        it — a free relative, what happened or was found, is its subject: «ما حدث ويحدث يؤكد أن …», «لأن ما تم
        كشفه يؤكد …», «وما ذكرناه بهذه الأمثلة يؤكد …» (nobody speaks).  Not the negation «ما زال/ما فتئ …» (still),
        nor with a quotation or a pronoun back to a noun right after the verb, nor after a second «ما»."""
        if clean[pos] not in "يت" or _gap(norm, clean, pos) or _quote_next(norm, end) \
                or set(_words_after(clean, end, 1)) & _BACK:
            return False
        words = _clause_head(clean, pos, _clause_start(norm, pos), 7)   # «ما» must open the clause (after أن، كما …)
        # a second «ما» nearer the verb is its object («ما صحة ما يؤكده الصندوق», what the fund affirms)
        return words is not None and 2 <= len(words) <= 5 and words[0] in _WHAT and words[1] not in _STILL \
            and not set(words[1:]) & _WHAT

    def event_subject(self, norm: str, clean: str, pos: int, end: int, form: str) -> bool:
        """An ``event_subjects`` word (an event or a measure: a visit, a rise, an operation) as the subject of a
        singular verb (``docs/matching.md``).  A verbal noun right after the verb is mostly its object («أكد ارتفاع
        الأسعار», he confirmed the rise), so there (or pointed at by «هذا/هذه») it is the subject only when an أن/إن
        clause, the object, follows it before a stop or a comma («وتؤكد نسبة النمو … أن …»).  Before the verb: heading
        its clause («أن العمليات الإرهابية … تؤكد», as a ``not_subject`` word), or right before a bare imperfect,
        alone or with one adjective, governed by no preposition («زيارة الأمير تؤكد …», «هي زيارة تؤكد أن …»; not
        «ما شهدته خلال اللقاء يؤكد», «وإزاء جريمة كهذه يؤكد المركز»).  Never with a quotation or a pronoun back to
        a noun right after the verb («شريط فيديو يؤكد فيه …»: someone speaks in it)."""
        if not self.verb or form.endswith(("ون", "وا")) or form[0] == "ن" or _quote_next(norm, end) \
                or set(_words_after(clean, end, 1)) & _BACK:
            return False
        m = _STOP.search(norm, end, end + 300)
        stop = m.start() if m else end + 300
        after = clean[end:stop].split()[:15]      # to a word with و (another phrase: «… وتأكيده أن …») or of saying
        after = after[:1] + list(itertools.takewhile(lambda w: w[0] != "و" and w not in _SAYS_ALSO, after[1:]))
        if after[:1] and after[0] in self.events and set(after[1:]) & _THAT \
                or after[:1] and after[0] in _POINTERS and after[1:2] and after[1] in self.events \
                and set(after[2:]) & _THAT:
            return True
        if self.subject_before(norm, clean, pos, self.event_heads):
            return True
        before = [] if _gap(norm, clean, pos) or clean[pos] not in "يت" else _words_before(clean, pos, 3)
        if before and before[-1] in self.events:
            return len(before) < 2 or before[-2] not in _GOVERNS
        return len(before) > 1 and before[-2] in self.events and _describes(before[-2], before[-1]) \
            and (len(before) < 3 or before[-3] not in _GOVERNS)

    @staticmethod
    def quote_after(norm: str, end: int) -> bool:
        """A quotation opens right after the verb: the word after it is the quote's, not its subject («قال
        «الإحصائيات …»»); not a quoted name closed within three words («لا توضح «خريطة الطريق» …», its subject)."""
        if not _quote_next(norm, end):
            return False
        head = " ".join(norm[end:end + 80].lstrip()[1:].split()[:3])
        return not any(c in head for c in '»"”“\'')   # „…“ closes with “

    def ok(self, norm: str, clean: str, pos: int, end: int, form: str = "", headline: str | None = None,
           title: bool = False) -> bool:
        """``headline``: the article's title (original spelling) when the match is in its text, for
        ``not_in_headline`` (a headline sets the topic of every paragraph: «… in a bus crash»); ``title``: the
        match is in a headline (whose «X يؤكد …» names a speaker before the verb)."""
        if self.of_forms and self.of_phrase(norm, clean, pos, end, form):
            return False
        if self.bare_after and self.bare_after_word(norm, clean, pos, end, form):
            return False
        if form in self.object_forms and self.other_verb(norm, clean, end):
            return False
        if form in self.predicate_forms and self.predicate(norm, clean, pos, end, form):
            return False
        if form in self.back and self.refers_to_left_out(norm, clean, pos, end, form, headline):
            return False
        if self.elative and self.elative_word(norm, clean, pos, end):
            return False
        if self.named and self.named_passive(norm, clean, pos, end):
            return False
        if self.evidence and self.evidence_clause(norm, clean, pos, end, form, title):
            return False
        if "what" in self.evidence and self.what_subject(norm, clean, pos, end):
            return False
        if self.verb and clean[pos] not in "وف" and self.after_preposition(norm, pos):
            return False
        if self.near is not None and (not self.near_only_before or _stands_before(self.near_only_before, clean, end)):
            if self.near.found_in(clean, _unit(norm, pos, None)):
                return False
        if self.paragraph is not None:
            if self.paragraph.found_in(clean, _unit(norm, pos, "\n")):
                return False
        if self.headline is not None and headline and self.headline.found(_clean_title(headline)):
            return False
        if self.before and not _gap(norm, clean, pos) and set(_words_before(clean, pos, 1)) & self.before:
            return False
        if self.after and set(_clause_after(norm, clean, end, AFTER)) & self.after:
            return False
        if self.after_pairs:
            words = _clause_after(norm, clean, end, AFTER + 1)
            if any(pair in self.after_pairs for pair in zip(words[:AFTER], words[1:])):
                return False
        if self.subject and (set(_past_quantifier(_words_after(clean, end, 2))[:1]) & self.subject
                             and not self.quote_after(norm, end)
                             or self.pointed_subject(norm, clean, end, self.subject)
                             or self.subject_before(norm, clean, pos, self.subject)
                             or self.described(norm, clean, pos, end, self.subject)
                             or self.far_subject(norm, clean, pos, end, form, self.subject)):
            return False
        if self.event_heads and (self.event_subject(norm, clean, pos, end, form)
                            or self.far_subject(norm, clean, pos, end, form, self.event_heads)):
            return False
        for k, spellings in self.names:
            left, mid, right = _words_before(clean, pos, k - 1), clean[pos:end].split(), _words_after(clean, end, k - 1)
            seq = left + mid + right
            # a name that holds the whole match, or one inside a longer (gapped) match: «حربها الدعائية ضد», or an
            # idiom that the last word of a longer match opens, its other k - 1 words after the match: «الحرب العراقية
            # على أنها …» (على أنها: as)
            inner = range(len(left), len(left) + len(mid) - k + 1) if k < len(mid) else ()
            last = (len(left) + len(mid) - 1,) if len(mid) > 1 and 1 < k <= len(right) + 1 else ()
            for i in (*range(max(0, len(left) + len(mid) - k), min(len(left), len(seq) - k) + 1), *inner, *last):
                if " ".join(seq[i:i + k]) in spellings:
                    return False
        return not any(self.in_gapped(norm, clean, pos, end, g) for g in self.gapped)

    @staticmethod
    def in_gapped(norm: str, clean: str, pos: int, end: int, gapped) -> bool:
        """A gapped ``not_in`` idiom (``أصاب {1-3} في مقتل``): its tail holds the match and its head word stands
        the gap's number of words before the tail, in the same clause (no stop, colon, comma or line break between)
        and with no word opening another clause in the gap (و/ف + word, :data:`_GAP_OPENERS`): «وأصابت أعداء
        الأمة في مقتل» (hit where it hurts), not «أصاب صاروخ مبنى وتسبب في مقتل ثلاثة».  ``gapped``:
        one of :func:`_gapped_names`; it reads back at most 40 characters a word."""
        head, lo, hi, k, tail = gapped
        start = max(0, pos - 40 * (hi + k + 1))
        for stop in _CLAUSE_STOP.finditer(norm, start, pos):
            start = stop.end()                  # (after the last stop before the match)
        left = _words_before(clean, pos, k - 1 + hi + 1, start)
        mid, right = clean[pos:end].split(), _words_after(clean, end, k - 1)
        seq = left + mid + right
        for i in range(max(0, len(left) + len(mid) - k), len(left) + 1):
            if " ".join(seq[i:i + k]) not in tail:
                continue
            for g in range(lo, hi + 1):
                j = i - g - 1
                if j >= 0 and seq[j] in head and not any(w[0] in "وف" or w in _GAP_OPENERS for w in seq[j + 1:i]):
                    return True
        return False


_SENTENCE_END = re.compile(r"[.!?؟؛\n]")
#: what ends the clause a gapped ``not_in`` idiom reads back over
_CLAUSE_STOP = re.compile(r"[.!?؟؛:,،\n]")
#: words that open another clause inside the gap of a ``not_in`` idiom
_GAP_OPENERS = frozenset("ما مما الذي التي ثم".split())


def _gapped_names(phrases: list[str]) -> list:
    """``head {lo-hi} tail…`` ``not_in`` idioms → ``(head spellings (any clitic, as a verb), lo, hi, tail length, tail
    spellings)``, one per gap and tail: the idioms that differ only in their head («يصيب/أصاب/ضرب {0-3} في مقتل»)
    are read in one pass, their heads together."""
    heads: dict = {}
    for phrase in phrases:
        words = phrase.split()
        g = next(i for i, w in enumerate(words) if w.startswith("{"))
        lo, hi = map(int, GAP.match(words[g]).groups()[:2])
        key = (lo, hi, " ".join(words[g + 1:]))
        heads[key] = heads.get(key, frozenset()) | frozenset(attach(" ".join(words[:g]), "verb"))
    return [(head, lo, hi, len(tail.split()), frozenset(attach(tail))) for (lo, hi, tail), head in heads.items()]


_LINE_BREAK = re.compile("\n")


@functools.lru_cache(maxsize=256)
def _clean_title(title: str) -> str:
    """A headline (or the other field of an article) normalised and cleaned as the text it is compared with, once
    per article (not per match)."""
    return clean_text(normalize(title, lower=True))


class _WordSet:
    """Words (any clitic spelling) and phrases (proclitics on the first word) to look for in a stretch."""

    def __init__(self, words):
        self.single = frozenset().union(*(attach(w) for w in words if " " not in w), frozenset())
        # a phrase with the article also after لـ, which drops the alef: «للحياة الفطرية» for «الحياة الفطرية»
        self.phrases = [v for w in words if " " in w for v in ((w, "ل" + w[1:]) if w.startswith("ال") else (w,))]
        self.longest = max((p.count(" ") + 1 for p in self.phrases), default=1)     # words in the longest phrase

    def found(self, clean: str) -> bool:
        if self.single and not self.single.isdisjoint(clean.split()):
            return True
        if not self.phrases:
            return False
        padded = " " + " ".join(clean.split()) + " "
        return any(p in padded and re.search(_PROCLITICS + re.escape(p) + r"(?= )", padded) for p in self.phrases)

    def found_in(self, clean: str, unit: tuple[int, int, int], pos: int = -1, end: int = -1) -> bool:
        """:meth:`found` in ``clean[s:e]``, with the words at ``pos``–``end`` (a match) blanked out when given, for
        ``unit = (b, s, e)``: ``b`` is where the paragraph or sentence begins and ``s`` (``b`` or after it) where
        the stretch read begins.  A unit's first ``PER_MATCH_READS`` matches read its stretch; after them it is
        placed once for all its other matches (:func:`_where`): a word or phrase of the set wholly in the stretch
        outside the match, or one that involves a word cut by ``s`` or that blanking the match joins (the words on
        both sides of the gap)."""
        b, s, e = unit
        if not self.phrases and s == b and self.single.isdisjoint(clean[b:e].split()):
            return False                                    # (no word of the set in the unit: nothing to place)
        key = (self, clean, b, e)
        reads = _READS.get(key, 0)
        if reads < PER_MATCH_READS:                         # a unit with few matches: read its stretch (C speed)
            if len(_READS) >= 64:
                _READS.clear()
            _READS[key] = reads + 1
            return self.found(clean[s:pos] + " " + clean[end:e] if pos >= 0 else clean[s:e])
        starts, words, hits, firsts = _where(self, clean, b, e)
        i0 = bisect.bisect_left(starts, s)                  # the first whole word of the stretch
        i, j = (bisect.bisect_left(starts, pos), bisect.bisect_left(starts, end)) if pos >= 0 else (len(words),) * 2
        if hits and hits[-1][0] >= j:
            return True
        for a, z in hits[bisect.bisect_left(firsts, i0):]:  # in the stretch before the match (the few passed
            if a >= i:                                      # over run into it)
                break
            if z <= i:
                return True
        k = self.longest - 1
        cut = [words[i0 - 1][s - starts[i0 - 1]:]] if i0 and s < starts[i0 - 1] + len(words[i0 - 1]) else []
        if len(cut) + i - i0 <= 2 * k + 1:                  # (no slice of the whole unit: only these words)
            windows = [cut + words[i0:i] + words[j:j + k]]
        else:
            windows = [(cut + words[i0:i0 + k + 1])[:k + 1], words[i - k:i] + words[j:j + k]]
        return any((cut or k) and self.found(" ".join(w)) for w in windows if w)


#: a unit is read per match (:meth:`_WordSet.found` on its stretch with the match blanked, in C) for its first
#: ``PER_MATCH_READS`` matches, then placed once for all the others (:func:`_where`, a word table made in Python):
#: the same answers, the cheaper way for the few matches most units have
PER_MATCH_READS = 12
_READS: dict = {}          # (word set, text, unit begin, unit end) -> times read per match (the last few texts)


@functools.lru_cache(maxsize=64)
def _where(words: _WordSet, clean: str, b: int, e: int) -> tuple[list[int], list[str], list, list[int]]:
    """The words of ``clean[b:e]`` (their offsets in ``clean``, and the words) and the stretches ``[a, z)`` (word
    indices, sorted) that :meth:`_WordSet.found` finds there: a word of the set, or a phrase (with their starts)."""
    spans = [(b + m.start(), m.group()) for m in re.finditer(r"\S+", clean[b:e])]
    starts, toks = [a for a, _ in spans], [w for _, w in spans]
    hits = [(k, k + 1) for k, w in enumerate(toks) if w in words.single]
    if words.phrases:
        padded = " " + " ".join(toks) + " "
        at = list(itertools.accumulate((len(w) + 1 for w in toks), initial=1))     # each word's offset in padded
        for p in words.phrases:                  # (?=…): every start, overlapping ones too
            for m in re.finditer("(?=" + _PROCLITICS + re.escape(p) + r"(?= ))", padded):
                a = bisect.bisect_left(at, m.start())
                hits.append((a, a + p.count(" ") + 1))
    hits.sort()
    return starts, toks, hits, [a for a, _ in hits]


_PROCLITICS = r"(?<= )(?:[وف]?(?:[بكل]|لل|ال|بال|كال)?)?"


class _ScopeCheck(_WordSet):
    """A family's scope: its words (any clitic spelling) in the article, paragraph or sentence."""

    def __init__(self, scope, own=()):
        single = {f for f in own if " " not in f}
        words = [w for w in scope.words if w not in single]
        if len(words) < len(scope.words):         # its longer forms («حركة حماس») name it unambiguously
            words += [f for f in own if " " in f and "{" not in f]
        super().__init__(words)
        self.scope = scope
        self.only_before = _WordSet(scope.only_before).single

    def ok(self, norm: str, clean: str, pos: int, end: int, other: str | None, event_id, title: bool) -> bool:
        """In scope: the article is of a listed event, or a scope word stands in the unit around the
        match (the match itself does not count: «حماس» does not put itself in scope).  ``other`` is
        the article's other field: for an article scope it always counts; for a paragraph or sentence
        only when it is the headline (``title`` is False: the match is in the text), since a headline
        sets the topic of every paragraph."""
        if self.scope.events and event_id is not None and str(event_id) in self.scope.events:
            return True
        if self.only_before and not _stands_before(self.only_before, clean, end):
            return True                     # (not before one of its words: the scope does not hold for it)
        if not self.scope.words:
            return False
        if self._within(self.scope.within, norm, clean, pos, end, other, title):
            return True
        wider = self.scope.named_within
        return bool(wider) and wider != self.scope.within and _named_by_place(clean, end) and \
            self._within(wider, norm, clean, pos, end, other, title)

    def _within(self, within: str, norm: str, clean: str, pos: int, end: int, other: str | None, title: bool) -> bool:
        unit = (0, 0, len(clean)) if within == "article" else \
            _unit(norm, pos, "\n" if within == "paragraph" else None)
        if self.found_in(clean, unit, pos, end):
            return True
        if not other or within != "article" and title:
            return False
        other = _clean_title(other)
        return self.found_in(other, (0, 0, len(other)))


def _named_by_place(clean: str, end: int) -> bool:
    """A place names the match right after it: its adjective («الأزمة السورية», «اليمنية»), the place itself
    («أزمة سوريا») or في and the place («الأزمة في سوريا»)."""
    words = _words_after(clean, end, 2)
    if words and words[0] == "في":
        words = words[1:]
    if not words:
        return False
    w, places = words[0], _places()
    if w in places:
        return True
    if not w.startswith("ال") or not w.endswith(("ية", "يه", "ي")):
        return False
    base = w[2:-2] if w.endswith(("ية", "يه")) else w[2:-1]      # السورية → سور: سوريا, سورية; اليمني → يمن: اليمن
    return len(base) > 1 and any(p in places for p in (base, base + "ا", base + "يا", base + "ية", "ال" + base))


@functools.lru_cache(maxsize=8)
def _breaks(norm: str) -> tuple[list[int], list[int]]:
    """Offsets of the line breaks and of the sentence ends (``_SENTENCE_END``) of a field, found once per field
    (the fields seen last), not once per match: a long field without a break is not rescanned for each match."""
    return [m.start() for m in _LINE_BREAK.finditer(norm)], [m.start() for m in _SENTENCE_END.finditer(norm)]


def _unit(norm: str, pos: int, stop: str | None) -> tuple[int, int, int]:
    """``(b, s, e)``: the paragraph (``stop="\\n"``) or sentence around ``pos`` begins at ``b`` and ends at ``e``;
    ``s`` is where it is read from: ``b``, or for a sentence at most 600 characters before ``pos``."""
    lines, ends = _breaks(norm)
    found = lines if stop else ends
    i = bisect.bisect_left(found, pos)              # found[i - 1] < pos <= found[i]
    low = 0 if stop else max(0, pos - 600)
    b = found[i - 1] + 1 if i else 0
    return b, max(b, low), found[i] if i < len(found) else len(norm)


def _cores(lexicon: Lexicon, spellings) -> tuple[str, ...]:
    """Short substrings such that every spelling (multi-word ones space-joined) contains one of them.

    A field whose normalised text holds none of them cannot match (prefilter).  Per form,
    its longest word without the last letter (the letter that changes before a pronoun:
    ة→ت, ى→ا, the ن of sound plurals; the first word also without its article); then
    checked against every spelling (``spellings``: spellings, or ``(spelling, entries)``
    pairs: the core of the spelling's own forms is tried first, then every substring of it),
    which gets a core of its own if none fits.  Set look-ups, not all-pairs comparisons: a
    term of 10,000 forms takes a second, not minutes.
    """
    core_of: dict[str, str] = {}
    for term in lexicon.terms:
        for form in term.forms:
            words = [w for w in form.split() if not w.startswith("{")]
            if term.language == "ar":
                head = words[0][2:] if words[0].startswith("ال") and len(words[0]) > 3 else words[0]
                cands = [w[:-1] if len(w) > 2 else w for w in [head, *words[1:]]]
                core_of[form] = max(cands, key=len)     # multi-word forms: the longest word's core
            else:
                core_of[form] = max(words, key=len)
    cores = set(core_of.values())
    lengths = sorted({len(c) for c in cores})
    for item in spellings:                    # guarantee: every spelling holds a core
        sp, entries = (item, ()) if isinstance(item, str) else item
        if any(core_of.get(e[2], "\0") in sp for e in entries) or _holds(sp, cores, lengths):
            continue
        cores.add(sp)
        lengths = sorted(set(lengths) | {len(sp)})
    # drop cores that contain a shorter core: the shorter one already lets the field through
    out: set[str] = set()
    lengths = []
    for c in sorted(cores, key=lambda c: (len(c), c)):
        if not _holds(c, out, lengths):
            out.add(c)
            lengths = sorted(set(lengths) | {len(c)})
    return tuple(sorted(out, key=lambda c: (len(c), c)))


def _holds(s: str, cores: set, lengths) -> bool:
    """True when some substring of ``s`` is in ``cores`` (``lengths``: the lengths of the cores)."""
    return any(s[i:i + n] in cores for n in lengths if n <= len(s) for i in range(len(s) - n + 1))


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


def _follow(clean: str, norm: str, end: int, k: int) -> list[tuple[str, int]]:
    """(word, end offset) of up to ``k`` words after ``end`` with only spaces between (no punctuation)."""
    follow: list[tuple[str, int]] = []
    p = end
    for _ in range(k):
        m = _NEXT.match(clean, p)
        if not m or not norm[p:m.start(1)].isspace():
            break
        follow.append((m.group(1), m.end(1)))
        p = m.end(1)
    return follow


def _alone(clean: str, end: int) -> bool:
    """The word ending at ``end`` stands alone: no definite word after it, nor في and one («الأزمة السورية», «الأزمة
    في اليمن» name their crisis)."""
    after = _words_after(clean, end, 2)
    return not (after and (_definite(after[0]) or after[0] in ("في", "فى") and len(after) == 2 and _definite(after[1])))


def _definite(word: str) -> bool:
    """A word that can follow a construct state: with the article, or a place name (أزمة سوريا)."""
    return word.startswith(("ال", "لل")) or word in _places()


def _candidates(clean: str, norm: str, index: Index, occ: list) -> list[tuple[int, int, tuple[Entry, ...]]]:
    """Matches ``(start, end, entries)`` from sorted word occurrences: longest first, no overlaps."""
    raw: list[tuple[int, int, tuple[Entry, ...]]] = []
    last_end = -1
    for pos, w in occ:
        if pos < last_end:
            continue
        end = pos + len(w)
        entries = None
        follow = (_follow(clean, norm, end, index.max_follow)
                  if w in index.multi or w in index.gapped or w in index.construct else [])
        for pattern, entry in index.gapped.get(w, ()):
            j = _match_pattern(pattern, follow)
            if j > 0:
                entries, end = (entry,), follow[j - 1][1]
                break
        if entries is None:
            for rest, ents in index.multi.get(w, ()):
                if len(rest) <= len(follow) and all(follow[i][0] == r for i, r in enumerate(rest)):
                    entries, end = ents, follow[len(rest) - 1][1]
                    break
        if entries is None:
            entries = index.single.get(w)
        if entries is None and w in index.construct and follow and _definite(follow[0][0]):
            entries = index.construct[w]
        if entries is None:
            continue
        raw.append((pos, end, entries))
        last_end = end
    return raw


#: the main Arabic block only (not :data:`framing.text.script.ARABIC`, all blocks): what this test has always counted
_ARABIC = re.compile(r"[\u0600-\u06FF]")


def _arabic_field(text: str) -> bool:
    """More Arabic letters than Latin ones: an English word in the field is a title, a name or a gloss («فيلم
    "First They Killed My Father"», «النوبة المرارية (gallbladder attack)»), not English prose, so an ``en`` term
    does not count there.  (Unlike :func:`framing.text.script.detect_lang`: the whole field, the main block, and a
    tie is not Arabic.)"""
    return len(_ARABIC.findall(text)) > len(LATIN.findall(text))


def _check(raw, index: Index, text: str, norm: str, clean: str, other, event_id, boiler, dropped, title):
    """Keep the entries of each candidate that pass their term's rules; the rest go to ``dropped``."""
    omap = None
    arabic = None
    out = []
    if callable(boiler):
        boiler = boiler()
    for s, e, ents in raw:
        in_boiler = bool(boiler) and _in_boiler(boiler, norm, s)
        keep, lost = [], {}
        for ent in ents:
            key = ent[:2]
            reason = None
            if in_boiler:
                reason = "boilerplate"
            elif key in index.strict and _letters_apply(index.terms[key].letters, text, other):
                if omap is None:
                    omap = _OffsetMap(text, norm)
                a, b = to_original(text, omap, s, e)
                if " ".join(strict_fold(text[a:b], index.terms[key].letters).split()) not in index.strict[key]:
                    reason = "letters"
            if reason is None and key in index.vowels and len(text) != len(norm):   # the text has marks
                if omap is None:
                    omap = _OffsetMap(text, norm)
                a, b = to_original(text, omap, s, e)
                marks = index.vowels[key].get(ent[2])
                if marks and not _vowels_agree((ent[2], marks), text[a:b]):
                    reason = "letters"
            if reason is None and key in index.context and not index.context[key].ok(norm, clean, s, e, ent[2],
                                                                                 None if title else other, title):
                reason = "context"
            if reason is None and index.terms[key].language == "en":
                arabic = _arabic_field(text) if arabic is None else arabic
                if arabic:
                    reason = "context"
            scope = index.scopes.get(key)
            if reason is None and scope is not None and not scope.ok(norm, clean, s, e, other, event_id, title):
                reason = "scope"
            if reason is None:
                keep.append(ent)
            else:
                lost.setdefault(reason, []).append(ent)
        if keep:
            out.append((s, e, tuple(keep)))
        if dropped is not None:
            dropped.extend(Dropped(s, e, tuple(v), r) for r, v in lost.items())
    return out


def _in_boiler(boiler: dict, norm: str, pos: int) -> bool:
    """Is ``pos`` in a boilerplate line, or in the boilerplate words that end one?"""
    lines = _breaks(norm)[0]
    line = bisect.bisect_left(lines, pos)           # the line breaks before pos
    if line not in boiler:
        return False
    words = boiler[line]
    if words is None:
        return True
    end = lines[line] if line < len(lines) else len(norm)
    return len(norm[pos:end].split()) <= words


def scan_field(text: str | None, index: Index, title: bool = False, want="all",
               label_voice: bool = True, *, other: str | None = None, event_id=None,
               boiler=None, dropped: list | None = None,
               rubrics: frozenset = frozenset()) -> tuple[int, list[Hit], str]:
    """Match one field.  Returns ``(tokens, hits, norm)``; hits keep only voice ``want``
    (``own``, ``quoted``, ``reported``, ``all`` or a set of voices); offsets are into ``norm``.
    With ``want="all"`` and ``label_voice=False`` the voice is not computed (``Hit.voice`` is
    ``""``): for counts.  ``rubrics``: headline left sides that are not speakers
    (:func:`framing.lexicon.headlines.rubrics`).

    ``other``: the article's other field (title or text, original spelling), for article-wide
    scopes and letter habits; ``event_id``: the article's event, for event scopes; ``boiler``:
    ``{line number: None (whole line) or words at its end}`` of this field that are boilerplate
    (or a function returning it, called only when the field has a match); ``dropped``: a list that receives a
    :class:`Dropped` for every match a rule left out."""
    if not text:
        return 0, [], ""
    norm = normalize(text, lower=True)
    ntok = len(norm.split())
    for k, core in enumerate(index.cores):
        if core in norm:
            break
    else:
        return ntok, [], norm
    words = _core_words(norm, index.cores[k:]) if index.cored else None      # (the cores before k are not in it)
    if words is not None:          # (few occurrences of the cores: their words, not every word of the field)
        cands = index.first.intersection(words)
        if not cands:
            return ntok, [], norm
        clean = clean_text(norm)
    else:
        clean = clean_text(norm)
        cands = index.first.intersection(clean.split())
        if not cands:
            return ntok, [], norm
    occ: list[tuple[int, str]] = []
    for w in cands:
        _find_all(clean, w, occ)
    occ.sort()
    raw = _candidates(clean, norm, index, occ)
    if raw and (index.checks or boiler):
        raw = _check(raw, index, text, norm, clean, other, event_id, boiler, dropped, title)
    if not raw:
        return ntok, [], norm
    if want == "all" and not label_voice:
        return ntok, [Hit(s, e, ents, "") for s, e, ents in raw], norm
    # counts need the voice only: verbs of saying after the last match are not analysed (same voices;
    # only a quote's speaker can come from a verb after it, and counts do not report speakers)
    upto = None if label_voice else max(s for s, _, _ in raw)
    return ntok, label_hits(raw, norm, title, want, rubrics, upto), norm


#: a field whose cores occur more often than this is split into words instead (:func:`_core_words`)
FEW_CORES = 4


def _core_words(norm: str, cores, few: int = FEW_CORES) -> set | None:
    """The words of ``clean_text(norm).split()`` that hold an occurrence of one of ``cores`` (which hold no
    space or separator), or None when the cores occur more than ``few`` times.  A field can only match
    through a word that holds a core (:attr:`Index.cored`), and most fields that pass the prefilter hold
    one or two occurrences in words of no term («الأسرة», «سياسي»): finding those words is cheaper than
    replacing the field's separators and splitting it all (the same candidate set)."""
    at = []
    for c in cores:
        i = norm.find(c)
        while i >= 0:
            if len(at) == few:
                return None
            at.append(i)
            i = norm.find(c, i + 1)
    words = set()
    for p in at:
        m = _BOUNDARY.search(norm, p)
        words.add(norm[_word_start(norm, p):m.start() if m else len(norm)])
    return words


def _word_start(norm: str, p: int) -> int:
    """Where the word holding ``p`` starts (after the last space or separator before ``p``)."""
    while p > 0:
        lo, last = max(0, p - 32), None
        for last in _BOUNDARY.finditer(norm, lo, p):
            pass
        if last is not None:
            return last.end()
        p = lo
    return 0


@functools.lru_cache(maxsize=4096)
def _voices(norm: str, title: bool, rubrics: frozenset, upto: int | None):
    """:func:`voice_spans` of a field up to its last match, kept for the fields seen last (a report
    reads the same articles again for each family of a lexicon)."""
    return voice_spans(norm, title=title, rubrics=rubrics, upto=upto)


def label_hits(raw, norm: str, title: bool, want, rubrics=frozenset(), upto: int | None = None) -> list[Hit]:
    """Hits with their voice, speaker and verb from ``(start, end, entries)``, keeping voices ``want``."""
    wants = None if want == "all" else ({want} if isinstance(want, str) else set(want))
    voices = _voices(norm, title, frozenset(rubrics), upto)
    hits = []
    for s, e, ents in raw:
        v, speaker, verb = voices.at(s) if voices else ("own", None, "")
        if wants is None or v in wants:
            hits.append(Hit(s, e, ents, v, speaker, verb))
    return hits


# -- offsets into the original text -------------------------------------------------------------

_DELETED = frozenset(DIACRITICS + TATWEEL + INVISIBLES)
_DELETED_RE = re.compile("[" + re.escape("".join(sorted(_DELETED))) + "]")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


class _OffsetMap:
    """``offset_map`` looked up one offset at a time: when normalisation only deleted characters
    (diacritics, tatweel, invisibles), the original offset of normalised ``k`` is ``k`` plus the
    deleted characters before it, found by bisection over their positions (no per-character list)."""

    def __init__(self, original: str, norm: str):
        self.full = None
        self.dels = [m.start() for m in _DELETED_RE.finditer(original)]
        if len(original) - len(self.dels) != len(norm) or _PRESENTATION.search(original):
            self.full = offset_map(original, norm)

    def __getitem__(self, k: int) -> int:
        if self.full is not None:
            return self.full[k]
        lo, hi = 0, len(self.dels)      # the smallest i with i - (deleted before i) == k and i kept
        while lo < hi:
            mid = (lo + hi) // 2
            if self.dels[mid] - mid <= k:
                lo = mid + 1
            else:
                hi = mid
        return k + lo


def offset_map(original: str, norm: str) -> list[int]:
    """For each character of ``norm = normalize(original, lower=True)``, its offset in ``original``."""
    if not _PRESENTATION.search(original):
        keep = [i for i, c in enumerate(original) if c not in _DELETED]
        if len(keep) == len(norm):
            return keep
    out: list[int] = []
    width: dict[str, int] = {}          # characters normalised once each (a field is ~3,000 characters
    for i, c in enumerate(original):    # of some 60 distinct ones)
        n = width.get(c)
        if n is None:
            n = width[c] = len(normalize(c, lower=True))
        out.extend([i] * n)
    if len(out) != len(norm):  # pragma: no cover - normalisation that is not per character
        out = (out + [len(original)] * len(norm))[:len(norm)]
    return out


def to_original(original: str, omap: list[int], start: int, end: int) -> tuple[int, int]:
    """Map normalised ``[start, end)`` to the original text (trailing diacritics included)."""
    s = omap[start]
    e = omap[end - 1] + 1
    while e < len(original) and original[e] in _DELETED and original[e] not in INVISIBLES:
        e += 1
    return s, e
