"""The package is layered: every module imports only layers below its own (or modules of its
own stage).  The test reads every module's imports with ``ast`` — top-level and
function-local ones, and ``importlib.import_module("framing…")`` calls — and fails on an
import that points up or sideways to another stage of the same level.
"""
from __future__ import annotations

import ast
from pathlib import Path

import framing

ROOT = Path(framing.__file__).parent

#: layer of each stage, bottom first (docs/dev-contracts.md draws the same picture)
LAYERS = [
    ("framing", -1), ("framing.errors", -1), ("framing._lazy", -2), ("framing._renamed", -2),
    ("framing.text", 0), ("framing._parallel", 0), ("framing._store", 0.4), ("framing._xlsx", 0.4),
    ("framing._progress", 0.4), ("framing._io", 0.5),
    ("framing.schema", 1.0), ("framing.tables", 1.1), ("framing.storage", 1.1), ("framing.corpus", 1.2),
    ("framing.chunks", 1.25), ("framing.browse", 1.3), ("framing.dataset", 1.3),
    ("framing.features", 2), ("framing.vectorizer", 2.1),    # the scikit-learn adapter of features
    ("framing.ingest", 3), ("framing.lexicon", 3), ("framing.events", 3),
    ("framing.stats", 4),
    ("framing.audit", 4.5),
    ("framing.analysis", 5), ("framing.discovery", 5),
    ("framing.dask", 5.5),          # the Dask engine: runs the verbs' per-chunk functions on a cluster
    ("framing.display", 6),
    ("framing.plot", 7),
    ("framing.report", 8),
    ("framing.cli", 9),
    ("framing.__main__", 10),       # python -m framing: the command line
]

#: old import paths kept working after a function moved up a layer: looked up when used
#: (``importlib``), never imported by the lower module.  (module, target) pairs.
COMPATIBILITY = {
    ("framing.lexicon", "framing.analysis"),          # framing.lexicon.count_terms / compare_terms
    ("framing.stats.keyness", "framing.analysis"),    # framing.stats.keyness.keyness (deprecated alias)
    ("framing.corpus", "framing.lexicon"),            # Corpus.kwic(...)
}


def stage(module: str) -> tuple[str, float]:
    best = max((s for s, _ in LAYERS if module == s or module.startswith(s + ".")), key=len)
    return best, dict(LAYERS)[best]


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path):
    """``(line, target module)`` of every framing import in the file, wherever it stands, and of every
    module named in a string (``importlib.import_module("framing.x")``, a lazy-export table)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield node.lineno, a.name
        elif isinstance(node, ast.ImportFrom) and node.module != "__future__":
            base = package.split(".")
            if node.level:
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            for a in node.names:     # `from .. import plot` imports the module framing.plot
                sub = f"{target}.{a.name}"
                yield node.lineno, sub if _exists(sub) else target
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("framing.")
              and _exists(node.value)):
            yield node.lineno, node.value      # a module named in a string: importlib, lazy export tables


def _exists(module: str) -> bool:
    p = ROOT.parent.joinpath(*module.split("."))
    return p.with_suffix(".py").exists() or (p / "__init__.py").exists()


def test_no_module_imports_upward():
    bad = []
    for path in sorted(ROOT.rglob("*.py")):
        me = module_name(path)
        my_stage, my_level = stage(me)
        for line, target in imports(path):
            if not target.startswith("framing"):
                continue
            their_stage, their_level = stage(target)
            if their_stage == my_stage or their_level < my_level or (me, target) in COMPATIBILITY:
                continue
            bad.append(f"{path.relative_to(ROOT.parent)}:{line}: {me} ({my_level}) imports {target} ({their_level})")
    assert not bad, "imports that point up or sideways:\n" + "\n".join(bad)


def test_the_layer_table_covers_every_module():
    for path in ROOT.rglob("*.py"):
        assert stage(module_name(path))[0] != "framing" or module_name(path) == "framing", module_name(path)


def test_every_compatibility_path_is_still_there():
    """The table lists exactly the old paths kept: drop an entry when its shim goes."""
    used = {(module_name(p), t) for p in ROOT.rglob("*.py") for _, t in imports(p)}
    assert COMPATIBILITY <= used, COMPATIBILITY - used
