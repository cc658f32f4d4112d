"""``detect_events``: what ``framing events`` does, as one function — events, wire copies,
saving the corpus, or reusing what a corpus directory already holds."""
from __future__ import annotations

import os
from pathlib import Path

from ..corpus import Corpus, load
from ..errors import InputError
from ._common import DEFAULT_COPY_THRESHOLD, DEFAULT_WINDOW
from .clustering import assign_events, save_events
from .copies import find_copies


def detect_events(corpus, *, window: int | None = None, threshold: float | None = None, labels=None,
                  copy_threshold: float | None = None, output: str | os.PathLike | bool | None = None,
                  reuse: bool = False, wait: float = 0.0) -> Corpus:
    """Group the articles that report the same event and mark wire copies; save the result.

    Runs :func:`assign_events` (``window`` days, default 3; similarity ``threshold``; hand
    ``labels``) and :func:`find_copies` (``copy_threshold``, default 0.5) and returns a Corpus
    with ``event_id``, ``copy_of``, ``copy_score`` and ``.events``.

    ``output``: the corpus directory to write; ``None`` (default) writes over ``corpus`` when it
    is a corpus directory and saves nothing for a table; ``False`` never saves.  The returned
    Corpus's ``path`` is where it was saved (or read from).
    ``reuse``: when ``corpus`` is a corpus directory that already has events and copies, and no
    option asks for new ones (``window``, ``threshold``, ``labels``, ``copy_threshold``,
    ``output`` all None), return it as stored instead of recomputing.
    ``wait``: seconds to wait for another run writing the corpus (else a one-line error).
    """
    c = load(corpus)
    if len(c) == 0:
        raise InputError(f"{corpus} has no articles")
    is_dir = c.path is not None and c.path.is_dir()
    stored = is_dir and c.events is not None and "copy_of" in c.df.columns
    asked = any(v is not None for v in (window, threshold, labels, copy_threshold, output))
    if reuse and stored and not asked:
        return c
    win = DEFAULT_WINDOW if window is None else window
    c = assign_events(c, window=win, threshold=threshold, labels=labels)
    cp = find_copies(c, threshold=DEFAULT_COPY_THRESHOLD if copy_threshold is None else copy_threshold, window=win)
    c.df["copy_of"] = cp["copy_of"].to_numpy()
    c.df["copy_score"] = cp["copy_score"].to_numpy()
    target = (c.path if is_dir else None) if output is None else (output or None)
    if target:
        c.path = Path(save_events(c, target, wait=wait))
    return c
