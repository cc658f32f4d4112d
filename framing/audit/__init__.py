"""Hand validation of lexicon matches: sample concordance lines, label them, score precision and agreement.

    sample(corpus, lexicon, per_term=20, seed=0)   → DataFrame of lines to label (AUDIT_COLUMNS)
    write_audit(lines, "audit.csv")                 → CSV that opens right in a spreadsheet (or .jsonl)
    read_audit("audit.csv")                         → the lines back, codes as numbers
    label("audit.csv", corpus)                      → a JupyterLab widget: yes / no / skip, saved after each answer
    score(["ana.csv", "ben.csv"], corpus=...)       → AuditScore(.terms, .families, .agreement, .disagreements, .stale)
    precision_table(audit)                          → family, term, n, precision, ci_low, ci_high (for count_terms)

A line is identified by ``id, field, start, end, family, term`` (offsets into the original title
or text); two coders label the same lines in two files.  Why and how: ``docs/methods.md``.
"""
from __future__ import annotations

from .._lazy import lazy

__all__ = ["sample", "write_audit", "read_audit", "score", "AuditScore", "precision_table", "label",
           "Labeller", "AUDIT_COLUMNS", "KEY"]

_LAZY = {"sample": "sampling", "write_audit": "files", "read_audit": "files", "AUDIT_COLUMNS": "files",
         "KEY": "files", "score": "scoring", "AuditScore": "scoring", "precision_table": "scoring",
         "label": "labelling", "Labeller": "labelling"}


__getattr__ = lazy(__name__, {name: f".{module}" for name, module in _LAZY.items()}, globals())
