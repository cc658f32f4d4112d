"""Keywords renamed for one name per meaning across the API, accepted for one release with a warning.

``@renamed(min_docs="min_articles")`` on a function: a call with ``min_docs=2`` warns
(``DeprecationWarning``, naming the new keyword) and is passed on as ``min_articles=2``; giving both
is a ``TypeError``.
"""
from __future__ import annotations

import functools
import warnings


def renamed(**old_to_new: str):
    """Decorator: accept each old keyword of ``old_to_new`` as its new name, with a ``DeprecationWarning``."""
    def wrap(func):
        @functools.wraps(func)
        def inner(*args, **kwargs):
            for old, new in old_to_new.items():
                if old in kwargs:
                    if new in kwargs:
                        raise TypeError(f"{func.__name__}() got both {old}= and {new}= (use {new}=)")
                    warnings.warn(f"{func.__name__}({old}=...) is renamed {new}=; {old}= goes in the next release",
                                  DeprecationWarning, stacklevel=2)
                    kwargs[new] = kwargs.pop(old)
            return func(*args, **kwargs)
        return inner
    return wrap
