"""Lazy public names of a package: ``__getattr__ = lazy(__name__, {name: module}, globals())``
imports ``module`` (relative to the package, or absolute) the first time ``name`` is used, so
``import framing`` stays light (no pandas, no matplotlib until needed)."""
from __future__ import annotations

import importlib


def lazy(package: str, exports: dict[str, str], namespace: dict):
    """A module ``__getattr__`` that loads each name of ``exports`` from its module on first use."""
    def __getattr__(name: str):
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        namespace[name] = value
        return value
    return __getattr__
