"""framing._parallel.ahead: every item's result, in order, whether forked or not."""
from __future__ import annotations

import os

from framing._parallel import ahead


def test_every_result_in_order_with_forked_workers():
    data = [f"نص {k}" for k in range(1000)]          # inherited by the fork, never pickled
    got = list(ahead(lambda k: (k, data[k], os.getpid()), range(23), depth=4))
    assert [g[0] for g in got] == list(range(23))
    assert [g[1] for g in got] == data[:23]
    if os.name == "posix" and (os.cpu_count() or 1) > 1:
        assert {g[2] for g in got} != {os.getpid()}    # the work was done elsewhere


def test_few_items_are_computed_here():
    got = list(ahead(lambda k: os.getpid(), range(3)))
    assert got == [os.getpid()] * 3


def test_nested_use_inside_a_worker_stays_serial():
    inner = list(ahead(lambda k: list(ahead(lambda j: j * k, range(5))), range(6)))
    assert inner == [[j * k for j in range(5)] for k in range(6)]
