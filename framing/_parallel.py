"""Use the second core for block-by-block work: :func:`ahead`.

Events and wire copies tokenise a corpus block by block and then do array work on each
block.  :func:`ahead` lets forked workers tokenise the next blocks while the caller works
on the current one.  The workers inherit the function and its data from the fork; only
the items (row numbers) and the results (arrays) cross between processes.
"""
from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

__all__ = ["ahead", "die_with_parent", "jobs_count", "jobs_default", "imap"]

_FN: Callable | None = None
_IN_WORKER = False
_DEFAULT_JOBS: int | None = None


def die_with_parent(parent: int | None = None) -> None:
    """In a forked worker (Linux): ask the kernel to kill this process when its parent dies, so a
    killed run leaves no worker writing files behind it (``parent``: the pid it was forked from)."""
    if sys.platform != "linux":
        return
    try:
        import ctypes
        import signal
        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL), 0, 0, 0)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if parent is not None and os.getppid() != parent:      # the parent died before the request
        os._exit(1)


def _call(item):
    return _FN(item)


def _in_order(pool, call: Callable, items: Iterable, depth: int) -> Iterator:
    """``call(item)`` in ``pool`` for each item, in order, at most ``depth`` items submitted ahead of
    the caller (so results do not pile up in this process when the caller is the slower side)."""
    todo = iter(items)
    pending = deque(pool.apply_async(call, (x,)) for x in islice(todo, depth))
    while pending:
        result = pending.popleft().get()
        for x in todo:
            pending.append(pool.apply_async(call, (x,)))
            break
        yield result


def ahead(fn: Callable, items: Iterable, *, workers: int = 2, depth: int = 4, min_items: int = 4) -> Iterator:
    """``fn(item)`` for each item, in order.

    On Linux with at least two cores and ``min_items`` items or more, ``workers`` forked
    processes compute the results at most ``depth`` items ahead of the caller (so memory
    holds a few results, not all); elsewhere, or for a few items, they are computed here.
    ``fn`` must not depend on state the caller changes while iterating.
    """
    global _FN
    items = list(items)
    if sys.platform != "linux" or (os.cpu_count() or 1) < 2 or len(items) < min_items or _FN is not None:
        yield from map(fn, items)
        return
    import multiprocessing
    _FN = fn
    try:
        # _FN stays set while the pool lives: a worker the pool forks anew still has it, and a
        # nested call (in a worker, or here while iterating) runs serially
        with multiprocessing.get_context("fork").Pool(workers, initializer=die_with_parent,
                                                      initargs=(os.getpid(),)) as pool:
            yield from _in_order(pool, _call, items, depth)
    finally:
        _FN = None


def jobs_count(jobs: int | None = None) -> int:
    """The number of processes for ``jobs``: a positive number as given; ``None`` (the default
    everywhere) reads the environment variable ``FRAMING_JOBS``, else all cores; 0 or a negative
    number means all cores too."""
    if jobs is None:
        jobs = _DEFAULT_JOBS
    if jobs is None:
        env = os.environ.get("FRAMING_JOBS", "").strip()
        jobs = int(env) if env.lstrip("-").isdigit() else 0
    jobs = int(jobs)
    return jobs if jobs > 0 else (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                                  else os.cpu_count() or 1)


class jobs_default:
    """``with jobs_default(n):`` calls inside that get ``jobs=None`` use ``n`` (a verb that calls
    other verbs, such as the report, passes its ``jobs`` on this way); ``n=None`` changes nothing."""

    def __init__(self, jobs: int | None):
        self.jobs = jobs

    def __enter__(self):
        global _DEFAULT_JOBS
        self.saved = _DEFAULT_JOBS
        if self.jobs is not None:
            _DEFAULT_JOBS = self.jobs
        return self

    def __exit__(self, *exc):
        global _DEFAULT_JOBS
        _DEFAULT_JOBS = self.saved


def _start_method() -> str:
    """``fork`` where the platform has it, else ``spawn``; ``FRAMING_START=spawn`` forces spawn
    (the tests check that both give the same results)."""
    import multiprocessing
    want = os.environ.get("FRAMING_START", "").strip()
    methods = multiprocessing.get_all_start_methods()
    if want in methods:
        return want
    return "fork" if "fork" in methods and sys.platform != "darwin" else "spawn"


def _worker_init(parent: int) -> None:
    global _IN_WORKER
    _IN_WORKER = True
    die_with_parent(parent)


def imap(fn: Callable, items: Iterable, jobs: int | None = None) -> Iterator:
    """``fn(item)`` for each item, in order, computed by ``jobs`` worker processes (see
    :func:`jobs_count`; one job, one item, or a call from inside a worker: computed here).

    Forked workers inherit ``fn`` and its data (nothing is pickled but items and results);
    with ``spawn`` (platforms without fork, or ``FRAMING_START=spawn``) ``fn`` and the items are
    pickled, so ``fn`` must be a module-level function or a :func:`functools.partial` of one.
    Results come back in the order of ``items`` whatever the number of workers.
    """
    global _FN
    items = list(items)
    n = min(jobs_count(jobs), len(items))
    if n <= 1 or _FN is not None or _IN_WORKER:
        yield from map(fn, items)
        return
    import multiprocessing
    method = _start_method()
    ctx = multiprocessing.get_context(method)
    if method == "fork":
        _FN = fn
    try:
        with ctx.Pool(n, initializer=_worker_init, initargs=(os.getpid(),)) as pool:
            # at most 2 × n items ahead of the caller: ``pool.imap`` submits every item at once, so
            # when the caller (merging partials) is slower than the workers their results pile up
            # in this process (1M articles: keyness 3.4 GB, most of it queued partials)
            yield from _in_order(pool, _call if method == "fork" else fn, items, 2 * n)
    finally:
        _FN = None
