"""framing: measure how outlets tell the same story, Arabic first.

Layers, each importing only those below it (``tests/test_layers.py``; ``docs/dev-contracts.md``)::

    cli ─▶ report ─▶ plot ─▶ display ─▶ analysis ─▶ audit ─▶ stats ─▶ ingest | lexicon | events
        ─▶ features ─▶ corpus (schema, tables, storage) ─▶ text, errors

Public names are imported lazily, so ``import framing`` is quick and pulls in
neither pandas nor matplotlib (nor torch) until they are used.
"""
from __future__ import annotations

from ._lazy import lazy

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "Corpus": "corpus", "load": "corpus", "from_frame": "corpus", "COLUMNS": "corpus",
    "ingest": "ingest", "ingest_to_corpus": "ingest", "write_corpus": "ingest", "IngestResult": "ingest",
    "normalize": "text", "tokenize": "text", "sentences": "text",
    "load_lexicon": "lexicon", "check_lexicon": "lexicon", "new_lexicon": "lexicon", "list_lexicons": "lexicon", "match": "lexicon",
    "kwic": "lexicon", "left_out": "lexicon", "repeated_lines": "lexicon", "LexiconVectorizer": "lexicon",
    "sources": "lexicon.sources",
    "count_terms": "analysis", "term_shares": "analysis", "compare_terms": "analysis", "keyness": "analysis",
    "shares": "stats", "compare": "stats",
    "term_matrix": "features", "ArabicCountVectorizer": "vectorizer",
    "detect_events": "events", "assign_events": "events", "events_table": "events", "find_copies": "events",
    "copy_share": "events",
    "build_report": "report", "article": "browse", "outlets": "browse",
    "discover": "discovery", "write_lexicon_draft": "discovery",
    "export_dataset": "dataset",
    "FramingError": "errors", "InputError": "errors", "SchemaError": "errors",
    "LexiconError": "errors", "UsageError": "errors", "NoEventsError": "errors",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


_getattr = lazy(__name__, {name: f".{module}" for name, module in _EXPORTS.items()}, globals())


def __getattr__(name: str):
    if name == "dask":           # framing.dask: the Dask engine (imports dask only when a function runs)
        import importlib
        return importlib.import_module(".dask", __name__)
    return _getattr(name)


def __dir__():
    return __all__
