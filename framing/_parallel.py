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

__all__ = ["ahead", "die_with_parent"]

_FN: Callable | None = None


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
            todo = iter(items)
            pending = deque(pool.apply_async(_call, (x,)) for x in islice(todo, depth))
            while pending:
                result = pending.popleft().get()
                for x in todo:
                    pending.append(pool.apply_async(_call, (x,)))
                    break
                yield result
    finally:
        _FN = None
