"""The exceptions ``framing`` raises on purpose.

Every message is one line that says what was expected and what arrived; the
CLI prints it as ``error: <message>`` without a traceback.

    FramingError
    ├── InputError      a file or table could not be read as asked
    ├── SchemaError     a table lacks a required column (suggests the closest names)
    ├── LexiconError    a lexicon file is invalid (names file, line and field)
    └── UsageError      arguments that do not fit together
        ├── NoEventsError   the call needs events (or copy marks): run ``framing events`` first
        └── NoFamilyError   a lexicon has no such family, or several and none was named
"""


class FramingError(Exception):
    """Base class of every error ``framing`` raises on purpose."""


class InputError(FramingError):
    """An input file or table could not be read as asked."""


class SchemaError(FramingError):
    """A table lacks a required column or has one of the wrong kind."""


class LexiconError(FramingError):
    """A lexicon file is invalid."""


class UsageError(FramingError):
    """Arguments that do not fit together."""


class NoEventsError(UsageError, SchemaError):
    """The call needs events (``event_id``) or wire-copy marks (``copy_of``) that the corpus lacks:
    the message says to run ``framing events`` first.  (Also a ``SchemaError``: a column is missing.)"""


class NoFamilyError(UsageError, LexiconError):
    """A lexicon was asked for a family it lacks, or has several and none was named: the arguments do not
    fit the lexicon (a usage error, exit 2 on the command line; also a ``LexiconError``, as before)."""


__all__ = ["FramingError", "InputError", "SchemaError", "LexiconError", "UsageError", "NoEventsError",
           "NoFamilyError"]
