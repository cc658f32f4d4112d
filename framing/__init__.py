"""framing: measure how outlets tell the same story, Arabic first.

Data flow, one module per stage::

    ingest ─▶ corpus ─▶ text ─▶ lexicon (word choice) / events / keyness ─▶ stats ─▶ plot / report

Public names are imported lazily, so ``import framing`` is quick and pulls in
neither pandas nor matplotlib (nor torch) until they are used.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "Corpus": "corpus", "load": "corpus", "from_frame": "corpus", "COLUMNS": "corpus",
    "ingest": "ingest", "ingest_to_corpus": "ingest", "write_corpus": "ingest", "IngestResult": "ingest",
    "normalize": "text", "tokenize": "text", "sentences": "text",
    "load_lexicon": "lexicon", "list_lexicons": "lexicon", "match": "lexicon", "count_terms": "lexicon",
    "kwic": "lexicon", "left_out": "lexicon", "LexiconVectorizer": "lexicon", "compare_terms": "lexicon",
    "shares": "stats", "compare": "stats", "keyness": "stats.keyness",
    "term_matrix": "features", "ArabicCountVectorizer": "features",
    "assign_events": "events", "events_table": "events", "find_copies": "events", "copy_share": "events",
    "build_report": "report",
    "FramingError": "errors", "InputError": "errors", "SchemaError": "errors",
    "LexiconError": "errors", "UsageError": "errors",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return __all__
