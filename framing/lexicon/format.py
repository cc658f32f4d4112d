"""Lexicon files: YAML loading and validation with file, line and field in every error.

A lexicon is one YAML file::

    name: captives            # lexicon id (letters, digits, _ and -)
    version: 1                # integer
    description: How people held by the other side are named.
    families:                 # a family = terms that compete to name the same thing
      - id: captives
        label: {en: people held by the other side, ar: المحتجزون}
        terms:
          - id: hostages
            language: ar      # ar | en
            label: {en: hostages, ar: رهائن}
            note: implies illegitimate captivity as leverage   # optional
            forms: [رهينة, رهينتان, رهينتين, رهائن]           # bare forms, no clitics
            exclude: [رهانه]  # optional: spellings that look attached but are other words
            class: noun       # optional: noun | proper | adjective | verb | particle (licenses clitics)
            letters: [alef_maqsura]   # optional: letter distinctions kept (alef_maqsura, teh_marbuta, hamza)
            not_before: [نادي] # optional: words that must not stand just before a match
            not_after: [جزاء]  # optional: words that must not stand in the three words after a match (a two-word
                               #   entry, «على الحكومة», a preposition and its object: opening within them)
            not_in: [نادي الأسير]     # optional: names that contain a form and are not the term
            not_near: [الدفاع المدني] # optional: words that must not stand in the same sentence
            near_only_before: [الإرهاب] # optional: not_near holds only for a match right before one of these words
            not_in_paragraph: [غرق]   # optional: words that must not stand in the same paragraph
            not_in_headline: [غرق]    # optional: words that must not stand in the headline (for a match in the text)
            not_subject: [الصور]      # optional: a verb's subject that is no speaker (right after it, or heading its clause)
            event_subjects: [الزيارة] # optional: events and measures that do not speak, taken as the subject only where a
                               #   verbal noun is no object: before the verb, or after it with an أن-clause («تؤكد الزيارة أن»)
            event_patterns: [استفعال]   # optional: verbal nouns of these patterns (root letters ف ع ل), in construct (no
                               #   ال), heading the clause of the verb or after أن, are events too («استقبال الوفد يؤكد»)
            not_of: [أسير]     # optional: forms that, bare and followed by ال/لـ + a word, mean "X of": أسير الوفاء
            of_except: [الحرب] # optional: words after which such a form keeps its sense (أسير الحرب)
            not_object: [تزعم] # optional: forms that, with one of ``objects`` right after them (or after a subject
            objects: [حزب]     #   of one or two words) and no أن/إن in their clause, nor a colon or a quotation mark
                               #   after them in their sentence, are another verb spelt alike (تزعّم حزبا: led a party)
            refers_back: [الأزمة]   # optional: forms that, alone, refer back to the last mention of their word in the
                                    #   paragraph (or the headline): left out when that mention is (a not_after word
                                    #   right after it, or not_of)
            not_predicate: [ضربة]   # optional: forms that, bare and not in construct, after one of ``predicate_verbs``
            predicate_verbs: [يشكل] #   in their clause are its predicate: figurative («يشكل القرار ضربة له»)
            not_bare_after: [مما]  # optional: the bare form right after these words is left out (مما يؤكد: evidence)
            elative: [أوضح]    # optional: forms that, bare, also spell an elative adjective (هو أوضح مثال: clearest)
            named: [يدعي]      # optional: forms that also spell the passive "is named" before a name (ضابطا يدعى سامر)
            evidence: [relative, comes]   # optional (verbs): a verb with a noun object that describes a thing (التي تؤكد أهمية)
            scope: {words: [الحرب, القتال], within: sentence}   # optional: as a family's, for this term
            validated: {corpus: saudinewsnet-full, n: 40, precision: 0.95}   # optional: a hand audit
        scope:                # optional, per family: where matches count
          words: [غزة, فلسطين]        # at least one of these words (clitics allowed) ...
          within: article             # ... in the same article | paragraph | sentence
          named_within: article       # optional: wider, for a match named by a place right after it (الأزمة السورية)
          only_before: [الإرهاب]       # optional: the scope holds only for a match right before one of these words
          events: [E1, E2]            # or: only articles of these events

A form may hold a gap: ``لقي {0-3} حتفه`` matches لقي and حتفه with up to three words between
them (a pronoun on the last word agrees in any person: حتفها، حتفهم).

Shipped lexicons live in ``framing/lexicons/NAME.yaml``; ``load_lexicon`` takes
a shipped name or a path.  Errors are :class:`framing.errors.LexiconError` with
a one-line message ``FILE:LINE: FIELD: what was expected, what arrived``.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import LexiconError, NoFamilyError
from ..text import normalize
from ..text.clitics import CLASSES
from ..text.script import has_arabic

__all__ = ["Term", "Family", "Scope", "Lexicon", "LETTERS", "SCOPE_UNITS", "load_lexicon", "list_lexicons", "shipped_lexicons",
           "LEXICON_DIR", "LANGUAGES"]

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"
LANGUAGES = ("ar", "en")
_ID_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
#: characters a form may not contain (they are word separators for the matcher)
_FORM_BAD = re.compile(r"[^\w\s]")
#: a gap inside a form: ``{0-3}`` = zero to three words; ``{0-2:ال}`` = zero to two words that each carry
#: the article (adjectives of a definite noun: الحرب الظالمة الأخيرة على)
GAP = re.compile(r"^\{(\d)-(\d)(:ال)?\}$")
#: letter distinctions a term can keep (normalisation merges them otherwise)
LETTERS = ("alef_maqsura", "teh_marbuta", "hamza")
SCOPE_UNITS = ("article", "paragraph", "sentence")


@dataclass(frozen=True)
class Term:
    """One way of naming a thing: ``forms`` are normalised (``normalize(lower=True)``)."""
    id: str
    family: str
    language: str
    forms: tuple[str, ...]
    label_en: str | None = None
    label_ar: str | None = None
    note: str | None = None
    exclude: tuple[str, ...] = ()
    raw_forms: tuple[str, ...] = ()
    cls: str | None = None
    letters: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    not_in: tuple[str, ...] = ()
    not_near: tuple[str, ...] = ()
    near_only_before: tuple[str, ...] = ()
    not_in_paragraph: tuple[str, ...] = ()
    not_in_headline: tuple[str, ...] = ()
    not_subject: tuple[str, ...] = ()
    event_subjects: tuple[str, ...] = ()
    event_patterns: tuple[str, ...] = ()
    not_of: tuple[str, ...] = ()
    of_except: tuple[str, ...] = ()
    not_object: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    not_predicate: tuple[str, ...] = ()
    refers_back: tuple[str, ...] = ()
    predicate_verbs: tuple[str, ...] = ()
    not_bare_after: tuple[str, ...] = ()
    elative: tuple[str, ...] = ()
    named: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    scope: "Scope | None" = None
    validated: dict | None = field(default=None, compare=False)   # a record, not part of identity (hashable Term)

    @property
    def has_context(self) -> bool:
        """True when the term has rules that look at the words around a match."""
        # (of_except only qualifies not_of, objects only not_object, predicate_verbs only not_predicate)
        return any(getattr(self, f) for f in CONTEXT_FIELDS if f not in ("of_except", "objects", "predicate_verbs"))


@dataclass(frozen=True)
class Family:
    """Terms that compete to name the same thing."""
    id: str
    terms: tuple[Term, ...]
    label_en: str | None = None
    label_ar: str | None = None
    scope: "Scope | None" = None


@dataclass(frozen=True)
class Scope:
    """Where a family's matches count: an article (or its paragraph, or sentence) that holds one
    of ``words`` (normalised, any clitics), and/or an article of one of ``events``.  ``named_within``: the
    unit read instead for a match named by a place right after it (a country, or its adjective: «الأزمة السورية»,
    «الأزمة في سوريا»), a name that holds for the whole article."""
    words: tuple[str, ...] = ()
    within: str = "article"
    events: tuple[str, ...] = ()
    named_within: str | None = None
    #: the scope holds only for a match right before one of these words (any clitics); the term's other matches
    #: always count: «الحرب على الإرهاب» needs an armed conflict named in its article, «الحرب على غزة» names one
    only_before: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """A validated lexicon.  ``families`` in file order; ``path`` where it was read from."""
    name: str
    version: int
    description: str
    families: tuple[Family, ...]
    path: str | None = None
    _cache: dict = field(default_factory=dict, compare=False, repr=False, hash=False)

    @property
    def terms(self) -> list[Term]:
        """All terms, family by family, in file order."""
        return [t for f in self.families for t in f.terms]

    def family(self, family_id: str | None = None) -> Family:
        """The family with this id (``None``: the lexicon's only family); :class:`NoFamilyError`
        (a ``LexiconError`` and a ``UsageError``: exit 2 on the command line) listing the ids otherwise."""
        if family_id is None and len(self.families) == 1:
            return self.families[0]
        if family_id is None:
            raise NoFamilyError(f"lexicon {self.name!r} has {len(self.families)} families: name one "
                                f"with --family (family= in Python): {', '.join(f.id for f in self.families)}")
        for f in self.families:
            if f.id == family_id:
                return f
        raise NoFamilyError(f"lexicon {self.name!r} has no family {family_id!r}; "
                            f"families are: {', '.join(f.id for f in self.families)}")

    def only_language(self, language: str) -> "Lexicon":
        """A copy with the terms of one language (``ar`` or ``en``); families left empty are dropped."""
        from dataclasses import replace
        if language not in LANGUAGES:
            raise LexiconError(f"language must be one of {', '.join(LANGUAGES)}, got {language!r}")
        fams = tuple(replace(f, terms=tuple(t for t in f.terms if t.language == language)) for f in self.families)
        fams = tuple(f for f in fams if f.terms)
        if not fams:
            raise LexiconError(f"lexicon {self.name!r} has no {language} terms")
        return replace(self, families=fams, _cache={})

    def terms_table(self):
        """DataFrame ``family, term, language, label_en, label_ar, note, forms`` (forms joined by ``، ``)."""
        import pandas as pd
        rows = [{"family": t.family, "term": t.id, "language": t.language, "label_en": t.label_en,
                 "label_ar": t.label_ar, "note": t.note, "forms": "، ".join(t.raw_forms or t.forms)}
                for t in self.terms]
        return pd.DataFrame(rows, columns=["family", "term", "language", "label_en", "label_ar",
                                           "note", "forms"])

    def validated_table(self):
        """DataFrame ``family, term, corpus, n, precision`` of the terms whose ``validated:`` block gives
        ``n`` (lines read by hand, > 0) and ``precision`` (0-1); the report shows it when no audit is given."""
        import math

        import pandas as pd
        rows = []
        for t in self.terms:
            v = t.validated or {}
            n, p = v.get("n", 0), v.get("precision", math.nan)
            if n and n > 0 and 0 <= p <= 1:
                rows.append({"family": t.family, "term": t.id, "corpus": str(v.get("corpus") or "?"), "n": int(n),
                             "precision": float(p)})
        return pd.DataFrame(rows, columns=["family", "term", "corpus", "n", "precision"])

    def __getstate__(self):  # the matcher index is rebuilt on demand
        return {k: (v if k != "_cache" else {}) for k, v in self.__dict__.items()}

    def __setstate__(self, state):
        self.__dict__.update(state)


def shipped_lexicons() -> dict[str, Path]:
    """Shipped lexicon names → file paths."""
    return {p.stem: p for p in sorted(LEXICON_DIR.glob("*.yaml"))}


def load_lexicon(name_or_path: "str | os.PathLike | Lexicon") -> Lexicon:
    """A shipped lexicon by name (``"captives"``) or a lexicon YAML file by path.

    Unknown names raise :class:`LexiconError` listing the shipped lexicons.
    """
    if isinstance(name_or_path, Lexicon):
        return name_or_path
    if isinstance(name_or_path, (list, tuple, set)):
        raise LexiconError(f"one lexicon at a time (got {len(name_or_path)}): call once per lexicon, e.g. "
                           "pd.concat([framing.term_shares(corpus, x) for x in names]); a report takes several")
    s = os.fspath(name_or_path)
    shipped = shipped_lexicons()
    if s in shipped:
        return _load_file(shipped[s])
    p = Path(s)
    if p.is_file() or p.suffix.lower() in (".yaml", ".yml") or os.sep in s or "/" in s:
        if not p.is_file():
            near = ([q for q in (p.with_suffix(".yaml"), p.with_suffix(".yml")) if q != p and q.is_file()]
                    + (_shipped_like(p.stem, shipped) if p.parent == Path(".") else []))
            raise LexiconError(f"no lexicon file {s}" + (f" (did you mean {near[0]}?)" if near else ""))
        return _load_file(p)
    near = ([f"the file {s}{x}" for x in (".yaml", ".yml") if Path(f"{s}{x}").is_file()]   # framing lexicon new NAME
            + _shipped_like(s, shipped))
    raise LexiconError(f"unknown lexicon {s!r}: " + (f"did you mean {near[0]}? " if near else "")
                       + f"expected a file path or one of the shipped lexicons: {', '.join(shipped) or '(none)'}")


def _shipped_like(name: str, shipped) -> list[str]:
    """``["the shipped NAME"]`` for the shipped lexicon closest to ``name`` (case ignored; a misspelt name:
    ``captive`` → captives), or ``[]``: the did-you-mean of :func:`load_lexicon`."""
    import difflib
    return [f"the shipped {n}" for n in difflib.get_close_matches(name.lower(), list(shipped), n=1, cutoff=0.75)]


def list_lexicons():
    """DataFrame ``name, version, families, terms, description`` of the shipped lexicons."""
    import pandas as pd
    rows = []
    for name, path in shipped_lexicons().items():
        lex = _load_file(path)
        rows.append({"name": lex.name, "version": lex.version, "families": len(lex.families),
                     "terms": len(lex.terms), "description": lex.description})
    return pd.DataFrame(rows, columns=["name", "version", "families", "terms", "description"])


_FILE_CACHE: dict[tuple[str, float, int], Lexicon] = {}


def _load_file(path: Path) -> Lexicon:
    st = path.stat()
    key = (str(path.resolve()), st.st_mtime, st.st_size)
    lex = _FILE_CACHE.get(key)
    if lex is None:
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise LexiconError(f"{path}: cannot read lexicon: {e}") from e
        lex = _FILE_CACHE[key] = parse_lexicon(text, str(path))
    return lex


# -- validation --------------------------------------------------------------------------------

class _Doc:
    """Helpers that turn YAML nodes into values and raise errors with file:line:field."""

    def __init__(self, source: str):
        self.source = source

    def fail(self, node, fld: str, msg: str):
        line = node.start_mark.line + 1 if node is not None else 1
        raise LexiconError(f"{self.source}:{line}: {fld}: {msg}")

    def mapping(self, node, fld: str) -> dict:
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, fld, f"expected a mapping (key: value lines), got {_kind(node)}")
        out = {}
        for k, v in node.value:
            if not isinstance(k, yaml.ScalarNode):
                self.fail(k, fld, "expected plain keys")
            if k.value in out:
                self.fail(k, f"{fld}.{k.value}" if fld else k.value, "duplicate key")
            out[k.value] = (k, v)
        return out

    def seq(self, node, fld: str) -> list:
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, fld, f"expected a list, got {_kind(node)}")
        return list(node.value)

    def string(self, node, fld: str, required_id: bool = False) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.value is None:
            self.fail(node, fld, f"expected text, got {_kind(node)}")
        v = str(node.value).strip()
        if not v:
            self.fail(node, fld, "expected text, got an empty value")
        if required_id and not _ID_RE.match(v):
            self.fail(node, fld, f"expected an id of letters, digits, _ . or -, got {v!r}")
        return v

    def label(self, node, fld: str) -> tuple[str | None, str | None]:
        if node is None:
            return None, None
        if isinstance(node, yaml.ScalarNode):
            return self.string(node, fld), None
        m = self.mapping(node, fld)
        for k, (kn, _) in m.items():
            if k not in ("en", "ar"):
                self.fail(kn, f"{fld}.{k}", "expected only the keys en and ar")
        return (self.string(m["en"][1], f"{fld}.en") if "en" in m else None,
                self.string(m["ar"][1], f"{fld}.ar") if "ar" in m else None)


def _kind(node) -> str:
    if node is None:
        return "nothing"
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"{node.value!r}" if node.value != "" else "an empty value"


def _check_keys(doc: _Doc, m: dict, allowed: set, fld: str):
    for k, (kn, _) in m.items():
        if k not in allowed:
            import difflib
            close = difflib.get_close_matches(str(k), sorted(allowed), n=1, cutoff=0.75)
            doc.fail(kn, f"{fld}.{k}" if fld else k, "unknown field"
                     + (f": did you mean {close[0]}?" if close else "")
                     + f" (expected one of: {', '.join(sorted(allowed))})")


def _norm_form(doc: _Doc, node, fld: str, language: str) -> str:
    raw = doc.string(node, fld)
    f = " ".join(normalize(raw, lower=True).split())
    if not f:
        doc.fail(node, fld, f"form {raw!r} is empty after normalisation")
    words = f.split()
    gaps = [w for w in words if w.startswith("{")]
    for w in gaps:
        m = GAP.match(w)
        if not m or int(m[1]) > int(m[2]):
            doc.fail(node, fld, f"form {raw!r}: a gap is written {{MIN-MAX}} with digits, e.g. {{0-3}} "
                     f"(or {{0-2:ال}} for words with the article); got {w!r}")
    if gaps and (words[0].startswith("{") or words[-1].startswith("{")):
        doc.fail(node, fld, f"form {raw!r}: a gap stands between two words, not at an end")
    if _FORM_BAD.search(" ".join(w for w in words if w not in gaps).replace("_", "")):
        doc.fail(node, fld, f"form {raw!r} has punctuation: forms are words separated by spaces")
    has_ar = has_arabic(f)
    if language == "en" and has_ar:
        doc.fail(node, fld, f"form {raw!r} is Arabic but the term's language is en")
    if language == "ar" and not has_ar:
        doc.fail(node, fld, f"form {raw!r} has no Arabic letters but the term's language is ar")
    return f


def _words(doc: _Doc, m: dict, key: str, fld: str, raw: bool = False) -> tuple[str, ...]:
    """A list field of words or phrases, normalised (``raw``: as written).  An item that is itself a list
    (a YAML alias of another term's list: ``[*accidents, نصب]``) adds its words, and so does a list inside it
    (``&accidents [&crashes [غرق, تحطم], حريق]``: a shorter list named inside a longer one).  A gap
    (``{MIN-MAX}``) fails but in a ``not_in`` idiom (:func:`_check_gap`)."""
    if key not in m:
        return ()

    def flat(n):
        return [w for x in doc.seq(n, f"{fld}.{key}") for w in (flat(x) if isinstance(x, yaml.SequenceNode) else [x])]

    nodes = flat(m[key][1])
    items = [doc.string(n, f"{fld}.{key}") for n in nodes]
    out = tuple(items if raw else (" ".join(normalize(x, lower=True).split()) for x in items))
    for n, raw_item, x in zip(nodes, items, out):
        _check_gap(doc, n, f"{fld}.{key}", key, raw_item, x)
    return out


def _check_gap(doc: _Doc, node, where: str, key: str, raw: str, phrase: str) -> None:
    """Fail on a gap in a list item (``phrase``, as read) unless it is a ``not_in`` idiom's one ``{MIN-MAX}`` (no
    ``:ال``, MIN ≤ MAX) right after its first word and before at least one more (what the matcher's gapped idioms
    read, ``matcher._gapped_names``)."""
    words = phrase.split()
    gaps = [i for i, w in enumerate(words) if w.startswith("{")]
    g = GAP.match(words[1]) if gaps == [1] and len(words) > 2 else None
    if gaps and (key != "not_in" or not g or g[3] or int(g[1]) > int(g[2])):
        doc.fail(node, where, f"{raw!r}: only a not_in idiom holds a gap, one {{MIN-MAX}} right after its "
                 "first word, e.g. 'أصاب {0-3} في مقتل'")


def _validated(doc: _Doc, m: dict, fld: str) -> dict | None:
    """``validated: {corpus, n, precision}``: the term's precision measured by hand on a corpus."""
    if "validated" not in m:
        return None
    v = doc.mapping(m["validated"][1], f"{fld}.validated")
    _check_keys(doc, v, {"corpus", "n", "precision", "labels"}, f"{fld}.validated")
    out = {k: doc.string(node, f"{fld}.validated.{k}") for k, (_, node) in v.items()}
    try:
        out["n"] = int(out.get("n", 0))
        out["precision"] = float(out.get("precision", "nan"))
    except ValueError:
        doc.fail(m["validated"][1], f"{fld}.validated", "n must be an integer and precision a number")
    return out


def _scope(doc: _Doc, node, fld: str) -> Scope:
    m = doc.mapping(node, fld)
    _check_keys(doc, m, {"words", "within", "events", "named_within", "only_before"}, fld)
    units = {}
    for key in ("within", "named_within"):
        units[key] = doc.string(m[key][1], f"{fld}.{key}") if key in m else None
        if units[key] is not None and units[key] not in SCOPE_UNITS:
            doc.fail(m[key][1], f"{fld}.{key}", f"expected one of {', '.join(SCOPE_UNITS)}, got {units[key]!r}")
    scope = Scope(words=_words(doc, m, "words", fld), within=units["within"] or "article",
                  events=_words(doc, m, "events", fld, raw=True), named_within=units["named_within"],
                  only_before=_words(doc, m, "only_before", fld))
    if not scope.words and not scope.events:
        doc.fail(node, fld, "a scope needs words or events")
    return scope


#: a term's word-list fields about the words around a match (:class:`Term`, ``docs/matching.md``)
CONTEXT_FIELDS = ("not_before", "not_after", "not_in", "not_near", "near_only_before", "not_in_paragraph", "not_in_headline", "not_subject",
                  "event_subjects", "event_patterns", "not_of", "of_except", "not_object", "objects", "not_predicate", "predicate_verbs", "refers_back",
                  "not_bare_after", "elative", "named", "evidence")
#: the constructions ``evidence`` may name (``docs/matching.md``): where a verb of saying describes a thing
EVIDENCE = ("relative", "comes", "indefinite", "demonstrative", "purpose", "what")
_TERM_KEYS = {"id", "language", "label", "note", "forms", "exclude", "class", "letters", "scope", "validated",
              *CONTEXT_FIELDS}


def _compose(text: str, source: str):
    """The YAML node tree of ``text``, with one-line errors for what is not YAML."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise LexiconError(f"{source}:{line}: not valid YAML: {problem}") from e
    except RecursionError:
        raise LexiconError(f"{source}: nested too deeply to be a lexicon (expected name, version, description, "
                           f"families; see framing lexicon show captives for the layout)") from None
    if root is None:
        raise LexiconError(f"{source}:1: empty file: expected name, version, description, families")
    return root


def _header(doc: _Doc, root, top: dict) -> tuple[str, int, str]:
    """``(name, version, description)`` of the lexicon."""
    _check_keys(doc, top, {"name", "version", "description", "families"}, "")
    for req in ("name", "families"):
        if req not in top:
            doc.fail(root, req, "missing (a lexicon needs name, version, description and families)")
    name = doc.string(top["name"][1], "name", required_id=True)
    version = 1
    if "version" in top:
        vn = top["version"][1]
        try:
            version = int(doc.string(vn, "version"))
        except ValueError:
            doc.fail(vn, "version", f"expected an integer, got {vn.value!r}")
    description = doc.string(top["description"][1], "description") if "description" in top else ""
    return name, version, description


def _id(doc: _Doc, m: dict, node, parent: str, k: int, seen: dict, what: str) -> str:
    """The ``id`` of the ``k``-th family or term of ``parent``, unique among ``seen`` (id → line)."""
    if "id" not in m:
        doc.fail(node, f"{parent}[{k}].id", "missing id")
    value = doc.string(m["id"][1], f"{parent}[{k}].id", required_id=True)
    if value in seen:
        doc.fail(m["id"][1], f"{parent}[{value}].id", f"duplicate {what} id (first on line {seen[value]})")
    seen[value] = m["id"][1].start_mark.line + 1
    return value


def _family(doc: _Doc, fnode, i: int, fam_ids: dict) -> Family:
    fm = doc.mapping(fnode, f"families[{i}]")
    fid = _id(doc, fm, fnode, "families", i, fam_ids, "family")
    ffld = f"families[{fid}]"
    _check_keys(doc, fm, {"id", "label", "terms", "description", "note", "scope"}, ffld)
    flabel = doc.label(fm["label"][1] if "label" in fm else None, f"{ffld}.label")
    if "terms" not in fm:
        doc.fail(fnode, f"{ffld}.terms", "missing terms")
    tnodes = doc.seq(fm["terms"][1], f"{ffld}.terms")
    if not tnodes:
        doc.fail(fm["terms"][1], f"{ffld}.terms", "expected at least one term")
    term_ids, form_owner = {}, {}
    terms = tuple(_term(doc, tnode, j, ffld, fid, term_ids, form_owner) for j, tnode in enumerate(tnodes))
    scope = _scope(doc, fm["scope"][1], f"{ffld}.scope") if "scope" in fm else None
    return Family(id=fid, terms=terms, label_en=flabel[0], label_ar=flabel[1], scope=scope)


def _term(doc: _Doc, tnode, j: int, ffld: str, fid: str, term_ids: dict, form_owner: dict) -> Term:
    tm = doc.mapping(tnode, f"{ffld}.terms[{j}]")
    tid = _id(doc, tm, tnode, f"{ffld}.terms", j, term_ids, "term")
    tfld = f"{ffld}.terms[{tid}]"
    _check_keys(doc, tm, _TERM_KEYS, tfld)
    if "language" not in tm:
        doc.fail(tnode, f"{tfld}.language", "missing language (expected ar or en)")
    lang = doc.string(tm["language"][1], f"{tfld}.language")
    if lang not in LANGUAGES:
        doc.fail(tm["language"][1], f"{tfld}.language", f"expected ar or en, got {lang!r}")
    tlabel = doc.label(tm["label"][1] if "label" in tm else None, f"{tfld}.label")
    forms, raw = _forms(doc, tm, tnode, tfld, tid, lang, form_owner)
    exclude = tuple(" ".join(normalize(x, lower=True).split()) for x in _words(doc, tm, "exclude", tfld, raw=True))
    cls = doc.string(tm["class"][1], f"{tfld}.class") if "class" in tm else None
    if cls is not None and cls not in CLASSES:
        doc.fail(tm["class"][1], f"{tfld}.class", f"expected one of {', '.join(CLASSES)}, got {cls!r}")
    for x in _words(doc, tm, "evidence", tfld, raw=True):
        if x not in EVIDENCE:
            doc.fail(tm["evidence"][1], f"{tfld}.evidence", f"expected some of {', '.join(EVIDENCE)}, got {x!r}")
    letters = _words(doc, tm, "letters", tfld, raw=True)
    for x in letters:
        if x not in LETTERS:
            doc.fail(tm["letters"][1], f"{tfld}.letters", f"expected some of {', '.join(LETTERS)}, got {x!r}")
    return Term(id=tid, family=fid, language=lang, forms=forms, label_en=tlabel[0], label_ar=tlabel[1],
                note=doc.string(tm["note"][1], f"{tfld}.note") if "note" in tm else None, exclude=exclude,
                raw_forms=raw, cls=cls, letters=letters,
                **{f: _words(doc, tm, f, tfld) for f in CONTEXT_FIELDS},
                scope=_scope(doc, tm["scope"][1], f"{tfld}.scope") if "scope" in tm else None,
                validated=_validated(doc, tm, tfld))


def _forms(doc: _Doc, tm: dict, tnode, tfld: str, tid: str, lang: str, form_owner: dict):
    """``(normalised forms, forms as written)``; a form may belong to one term of a family only."""
    if "forms" not in tm:
        doc.fail(tnode, f"{tfld}.forms", "missing forms (expected a list of words)")
    fnodes = doc.seq(tm["forms"][1], f"{tfld}.forms")
    if not fnodes:
        doc.fail(tm["forms"][1], f"{tfld}.forms", "empty forms (expected at least one form)")
    forms, raw = [], []
    for fn in fnodes:
        f = _norm_form(doc, fn, f"{tfld}.forms", lang)
        if f in form_owner and form_owner[f][0] != tid:
            doc.fail(fn, f"{tfld}.forms", f"form {fn.value!r} also belongs to term "
                     f"{form_owner[f][0]!r} of this family (line {form_owner[f][1]})")
        form_owner.setdefault(f, (tid, fn.start_mark.line + 1))
        if f not in forms:
            forms.append(f)
            raw.append(doc.string(fn, f"{tfld}.forms"))
    return tuple(forms), tuple(raw)


def parse_lexicon(text: str, source: str = "<lexicon>") -> Lexicon:
    """Validate lexicon YAML ``text`` (``source`` names it in errors) and return a :class:`Lexicon`."""
    doc = _Doc(source)
    root = _compose(text, source)
    top = doc.mapping(root, "")
    name, version, description = _header(doc, root, top)
    fam_nodes = doc.seq(top["families"][1], "families")
    if not fam_nodes:
        doc.fail(top["families"][1], "families", "expected at least one family")
    fam_ids: dict = {}
    families = tuple(_family(doc, fnode, i, fam_ids) for i, fnode in enumerate(fam_nodes))
    return Lexicon(name=name, version=version, description=description, families=families, path=source)
