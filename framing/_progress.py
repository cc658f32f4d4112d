"""Progress bars for the steps that can take more than a couple of seconds.

``bar(iterable, desc, unit, total)`` wraps an iterable in ``tqdm.auto`` (a text bar in a
terminal, a widget in a Jupyter notebook) that appears only after ``DELAY`` seconds, so
quick runs print nothing; never in logs and pipes (stderr not a terminal, no notebook).
``FRAMING_PROGRESS=0`` turns every bar off, ``=1`` on.
"""
from __future__ import annotations

import os
import sys

__all__ = ["bar", "enabled", "DELAY"]

#: seconds a step must run before its bar appears
DELAY = 2.0


def enabled() -> bool:
    """Whether bars are shown: ``FRAMING_PROGRESS`` if set, else on a terminal or in a notebook."""
    env = os.environ.get("FRAMING_PROGRESS")
    if env is not None:
        return env.strip() not in ("", "0", "false", "no")
    return bool(getattr(sys.stderr, "isatty", lambda: False)()) or "ipykernel" in sys.modules


def bar(iterable, desc: str, unit: str = "it", total: int | None = None):
    """``iterable`` with a delayed progress bar when :func:`enabled` (else ``iterable`` itself)."""
    if not enabled():
        return iterable
    from tqdm.auto import tqdm
    return tqdm(iterable, desc=desc, unit=unit, total=total, delay=DELAY, leave=False, file=sys.stderr)
