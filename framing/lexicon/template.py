"""``new_lexicon(name)``: a template lexicon file to fill in (``framing lexicon new NAME``).

The template is a valid lexicon (``framing lexicon check`` passes) with one family of two
fictional terms and a comment on every field; the format and the rules are in
``docs/matching.md`` (sections "Rules a term can declare" and "Writing your own lexicon").  An existing file is never
overwritten.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..errors import UsageError

__all__ = ["new_lexicon", "TEMPLATE"]

TEMPLATE = """\
# A framing lexicon: families of terms that compete to name the same thing.
# Every optional field, with an example: docs/matching.md ("Rules a term can declare").
# Check it with:  framing lexicon check {file}
name: {name}               # letters, digits, _ and -
version: 1                 # raise it whenever you change a form or a rule, and cite it
description: What the families of this lexicon name (one sentence).
families:
  - id: protesters         # a family: terms that name the same people or act; shares are within it
    label: {{en: people protesting, ar: المحتجون}}
    terms:
      - id: demonstrators
        language: ar       # ar | en (one language per term)
        label: {{en: demonstrators, ar: متظاهرون}}
        note: people exercising a right    # neutral: what the word implies, not a verdict
        class: noun        # noun | proper | adjective | verb | particle: which clitics attach
        forms: [متظاهر, متظاهرة, متظاهرون, متظاهرين]   # bare forms: no و ب ل ك ف, no pronoun, no vowel marks
      - id: rioters
        language: ar
        label: {{en: rioters, ar: مثيرو الشغب}}
        note: a public-order problem
        class: noun
        forms: [مشاغب, مشاغبون, مشاغبين, مثيري الشغب, مثيرو الشغب]
        # optional rules, once the concordance (framing kwic … --voice all) shows false matches:
        # exclude: [مشاغبة]            # spellings that look attached but are other words
        # not_near: [ملعب, الجماهير]   # words that must not stand in the same sentence (another sense)
        # near_only_before: [الملاعب]  # not_near holds only for a match right before one of these words
        # not_in_paragraph: [غرق]     # words that must not stand in the same paragraph
        # not_in_headline: [غرق]      # words that must not stand in the headline (the article's topic)
        # not_subject: [الصور]         # a verb's subject that is no speaker: «أوضحت الصور», «والصور توضح» (pictures show)
        # event_subjects: [الزيارة]    # events and measures that do not speak: before the verb («الزيارة تؤكد عمق …»), or
        #                              # after it with an أن-clause («وأكدت الزيارة أن …»; «أكد ارتفاع الأسعار» is his words)
        # event_patterns: [استفعال]    # verbal nouns of a pattern (root letters ف ع ل) heading the clause: «استقبال الوفد يؤكد …»
        # not_before: [نادي]           # a word that must not stand just before the match
        # not_after: [الملاعب]         # none of the three words after the match, in its sentence, may be these (or open a two-word entry)
        # not_in: [نادي المشاغبين]      # a name that contains a form and is not the term
        # not_of: [مشاغب]              # bare form + a definite word or لـ: "X of" (figurative), see docs/matching.md
        # of_except: [الملاعب]         # words after which such a form keeps its sense
        # not_object: [مشاغب]          # (verbs) a form whose object is one of `objects` is another verb or an idiom
        # objects: [الجمهور]            #   (the objects that make it so, exactly as written)
        # not_predicate: [مشاغب]       # a form that is the predicate of one of `predicate_verbs` is figurative
        # predicate_verbs: [أصبح]       #   («أصبح اللاعب مشاغبا في نظرهم»)
        # refers_back: [مشاغبين]        # a form alone goes with the last mention of its word in the paragraph
        # not_bare_after: [مما]         # the bare form right after these words is left out («مما يؤكد»: evidence)
        # elative: [أوضح]              # the bare form read as "clearer" by its syntax («هو أوضح دليل») is left out
        # named: [يدعي]                # the form read as the passive "is named" before a name («ضابطا يدعي سامر») is left out
        # evidence: [relative, comes, indefinite, demonstrative, purpose, what]   # a verb with a noun object that describes a thing («التي تؤكد أهمية …»)
        # letters: [teh_marbuta]       # keep ة/ه (or alef_maqsura ى/ي, hamza أ/ا) apart
        # scope: {{words: [مظاهرة, احتجاج], within: paragraph}}   # count only near these words
        # after an audit (framing audit sample / score), record the precision:
        # validated: {{corpus: my-corpus, n: 20, precision: 0.95}}
"""


def new_lexicon(name: str, *, output: str | os.PathLike | None = None) -> Path:
    """Write a template lexicon named ``name`` to ``output`` (default ``NAME.yaml`` in the current
    folder) and return its path.  :class:`UsageError` when the file exists (never overwritten)
    or ``name`` is not an id (letters, digits, ``_`` and ``-``)."""
    import re
    if not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_-]*", name or ""):
        raise UsageError(f"a lexicon name is letters, digits, _ and -; got {name!r}")
    path = Path(output) if output is not None else Path(f"{name}.yaml")
    if path.exists():
        raise UsageError(f"{path} exists: not overwritten (choose another name or -o FILE)")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8") as f:
        f.write(TEMPLATE.format(name=name, file=path.name))
    return path
