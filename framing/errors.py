"""The exceptions ``framing`` raises on purpose.

Every message is one line that says what was expected and what arrived; the
CLI prints it as ``error: <message>`` without a traceback.

    FramingError
    ├── InputError      a file or table could not be read as asked
    ├── SchemaError     a table lacks a required column (suggests the closest names)
    ├── LexiconError    a lexicon file is invalid (names file, line and field)
    └── UsageError      arguments that do not fit together
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


__all__ = ["FramingError", "InputError", "SchemaError", "LexiconError", "UsageError"]
