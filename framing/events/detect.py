"""``detect_events``: what ``framing events`` does, as one function — events, wire copies,
saving the corpus, or reusing what a corpus directory already holds."""
from __future__ import annotations

import os
from pathlib import Path

from ..corpus import Corpus, load
from ..errors import InputError, UsageError
from ..schema import own_event_labels
from ._common import DEFAULT_COPY_THRESHOLD, DEFAULT_WINDOW
from .clustering import assign_events, events_table, save_events
from .copies import find_copies


def detect_events(corpus, *, window: int | None = None, threshold: float | None = None, labels=None,
                  copy_threshold: float | None = None, output: str | os.PathLike | bool | None = None,
                  reuse: bool = False, replace_events: bool = False, keep_events: bool = False,
                  wait: float = 0.0) -> Corpus:
    """Group the articles that report the same event and mark wire copies; save the result.

    Runs :func:`assign_events` (``window`` days, default 3; similarity ``threshold``; hand
    ``labels``) and :func:`find_copies` (``copy_threshold``, default 0.5) and returns a Corpus
    with ``event_id``, ``copy_of``, ``copy_score`` and ``.events``.

    ``output``: the corpus directory to write; ``None`` (default) writes over ``corpus`` when it
    is a corpus directory and saves nothing for a table; ``False`` never saves.  The returned
    Corpus's ``path`` is where it was saved (or read from).
    ``reuse``: when ``corpus`` is a corpus directory that already has events and copies, and no
    option asks for new ones (``window``, ``threshold``, ``labels``, ``copy_threshold``,
    ``output`` all None), return it as stored instead of recomputing.  A listing never
    writes: with ``reuse`` and no such option, event ids the corpus carries (e.g. from the
    user's table) are shown as they are, and a corpus without any is grouped in memory only.
    ``replace_events``: event ids the corpus already carries that ``framing events`` did not
    compute (no ``events.parquet``: the input table's own ids) are only recomputed in place
    with ``replace_events=True`` (a table or another ``output`` leaves them where they are);
    otherwise :class:`UsageError` says how many would be replaced.
    ``keep_events``: keep the event ids the corpus carries (e.g. from the input table) and only mark
    wire copies; the events table is described from those ids (their ``event_label`` if given).
    ``wait``: seconds to wait for another run writing the corpus (else a one-line error).
    """
    c = load(corpus)
    if len(c) == 0:
        raise InputError(f"{corpus} has no articles")
    is_dir = c.path is not None and c.path.is_dir()
    stored = is_dir and c.events is not None and "copy_of" in c.df.columns
    asked = asks_to_compute(window=window, threshold=threshold, labels=labels, copy_threshold=copy_threshold,
                            output=output, keep_events=keep_events)
    held = int(c.df["event_id"].notna().sum())
    if keep_events and (replace_events or threshold is not None or labels is not None):
        raise UsageError("--keep-events (keep_events=True) keeps the corpus's own event ids: it cannot be combined "
                         "with --replace-events, --threshold or --labels")
    if keep_events and not held:
        raise UsageError(f"{corpus} carries no event ids of its own to keep: run framing events without "
                         f"--keep-events (keep_events=False)")
    if reuse and not asked:
        if stored:
            return c
        if held:            # the ids the corpus carries, shown as they are: nothing written
            return Corpus(c.df, path=c.path, rejects=c.rejects, manifest=c.manifest,
                          events=c.events if c.events is not None else _own_labels(events_table(c), c.df))
        output = False      # nothing to show yet: grouped in memory, never written by a listing
    in_place = is_dir and (output is None or (output is not False and Path(output).resolve() == c.path.resolve()))
    if held and c.events is None and in_place and not (replace_events or keep_events):
        raise UsageError(f"{corpus} already carries {held} event ids of its own (not computed by framing "
                         f"events); recomputing would replace them: add --keep-events (keep_events=True) to "
                         f"keep them and only mark wire copies, --replace-events (replace_events=True), "
                         f"-o NEWDIR to write elsewhere, or --list to show them")
    win = DEFAULT_WINDOW if window is None else window
    if keep_events:
        c = Corpus(c.df.copy(), path=c.path, rejects=c.rejects, manifest=c.manifest,
                   events=_own_labels(events_table(c), c.df))
    else:
        c = assign_events(c, window=win, threshold=threshold, labels=labels)
    cp = find_copies(c, copy_threshold=DEFAULT_COPY_THRESHOLD if copy_threshold is None else copy_threshold,
                     window=win)
    c.df["copy_of"] = cp["copy_of"].to_numpy()
    c.df["copy_score"] = cp["copy_score"].to_numpy()
    target = (c.path if is_dir else None) if output is None else (output or None)
    if target:
        c.path = Path(save_events(c, target, wait=wait))
    return c


def asks_to_compute(*, window=None, threshold=None, labels=None, copy_threshold=None, output=None,
                    keep_events: bool = False) -> bool:
    """Whether these :func:`detect_events` options ask for events or copies to be (re)computed or
    written; without any, a ``reuse`` call only shows what the corpus holds (a listing)."""
    return keep_events or any(v is not None for v in (window, threshold, labels, copy_threshold, output))


def list_events(corpus, *, grep: str | None = None, min_outlets: int = 1):
    """The events table of ``corpus`` (stored, or described from its ``event_id`` column;
    never recomputed): ``event_id, label, top_terms, first, last, outlets, n_outlets, articles``,
    keeping events covered by at least ``min_outlets`` outlets and, with ``grep``, those whose
    label, top terms or outlets contain it (normalised: أ/إ/آ = ا, ة = ه, ى = ي, case folded)."""
    from ..text import normalize
    c = load(corpus)
    e = c.events if c.events is not None else _own_labels(events_table(c), c.df)
    keep = e["n_outlets"].astype(int) >= min_outlets
    if grep:
        needle = normalize(grep, lower=True, teh_marbuta=True)
        hay = (e["label"].astype("string").fillna("") + " " + e["top_terms"].astype("string").fillna("") + " "
               + e["outlets"].astype("string").fillna(""))
        keep &= hay.map(lambda s: needle in normalize(s, lower=True, teh_marbuta=True)).astype(bool)
    return e[keep.to_numpy()].reset_index(drop=True)


def _own_labels(events, df):
    """``events`` with the labels the input table gave its own events (an ``event_label`` column)."""
    own = own_event_labels(df)
    if own.empty:
        return events
    return events.assign(label=events["event_id"].astype(str).map(own).fillna(events["label"]))
