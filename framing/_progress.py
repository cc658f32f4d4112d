"""Progress bars for the steps that can take more than a couple of seconds.

``bar(iterable, desc, unit, total)`` wraps an iterable in ``tqdm.auto`` (a text bar in a
terminal, a widget in a Jupyter notebook) that appears only after ``DELAY`` seconds, so
quick runs print nothing; never in logs and pipes (stderr not a terminal, no notebook).
``counted(iterable, desc, unit, total, size)`` does the same for an iterable of blocks,
counting ``size(block)`` units (e.g. articles) per block; ``counter(desc, unit, total)`` is a
bar to advance by hand (``with counter(...) as c: c.update(k)``), for recursive work.
``FRAMING_PROGRESS=0`` turns every bar off, ``=1`` on.
"""
from __future__ import annotations

import os
import sys

__all__ = ["bar", "counted", "counter", "enabled", "DELAY"]

#: seconds a step must run before its bar appears
DELAY = 2.0


def enabled() -> bool:
    """Whether bars are shown: ``FRAMING_PROGRESS`` if set, else on a terminal or in a notebook."""
    env = os.environ.get("FRAMING_PROGRESS")
    if env is not None:
        return env.strip() not in ("", "0", "false", "no")
    return bool(getattr(sys.stderr, "isatty", lambda: False)()) or "ipykernel" in sys.modules


def _tqdm(iterable=None, **kwargs):
    from tqdm.auto import tqdm
    return tqdm(iterable, delay=DELAY, leave=False, file=sys.stderr, **kwargs)


def bar(iterable, desc: str, unit: str = "it", total: int | None = None):
    """``iterable`` with a delayed progress bar when :func:`enabled` (else ``iterable`` itself)."""
    return _tqdm(iterable, desc=desc, unit=unit, total=total) if enabled() else iterable


def counted(iterable, desc: str, unit: str, total: int, size):
    """``iterable`` with a delayed bar counting ``size(item)`` ``unit``s per item (of ``total``),
    each item counted once the loop body has finished with it; ``iterable`` itself when off."""
    return _counted(iterable, desc, unit, total, size) if enabled() else iterable


def _counted(iterable, desc, unit, total, size):
    with counter(desc, unit, total) as t:
        for item in iterable:
            yield item
            t.update(size(item))


def counter(desc: str, unit: str, total: int):
    """A delayed bar advanced by hand with ``update(k)`` (a context manager); a silent one (tqdm's
    ``disable``) when off."""
    return _tqdm(desc=desc, unit=unit, total=total, disable=not enabled())
