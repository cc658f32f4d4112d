"""Build the lab notebooks from their plain-text sources in ``notebooks/src/`` (edit those, not the .ipynb).

    python notebooks/build.py            write every notebook from its source
    python notebooks/build.py --check    exit 1 when a notebook differs from its source (``make test`` runs this)

A source is a Python file of cells.  Its first line names the notebook(s) it builds::

    # notebooks: 01-quickstart.ipynb
    # notebooks: student=05-coursework.ipynb instructor=coursework/05-coursework-instructor.ipynb

Each cell starts with a line ``# %%`` (code) or ``# %% [markdown]`` (markdown, every line
written as a ``# `` comment), optionally followed by ``student`` or ``instructor``: a cell
only one version of the lab has (the exercise in the student notebook, its worked answer in
the instructor's).  Cells without a variant are in both, so the two versions are edited
together.  Cell ids are ``NN-MM`` (source number, position); notebooks are stored without outputs.
"""
from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
METADATA = {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"name": "python"}}
VARIANTS = ("student", "instructor")


def parse(text: str) -> tuple[dict[str, str], list[tuple[str, str | None, str]]]:
    """``({variant: notebook path}, [(cell type, variant or None, source)])`` of a source file."""
    lines = text.split("\n")
    head = lines[0].removeprefix("# notebooks:").split()
    targets = dict(t.split("=", 1) if "=" in t else ("all", t) for t in head)
    cells: list[tuple[str, str | None, list[str]]] = []
    for line in lines[1:]:
        if line.startswith("# %%"):
            words = line[4:].split()
            kind = "markdown" if words[:1] == ["[markdown]"] else "code"
            variant = next((w for w in words if w in VARIANTS), None)
            cells.append((kind, variant, []))
        elif cells:
            kind, _, body = cells[-1]
            body.append((line[2:] if line.startswith("# ") else line[1:]) if kind == "markdown" else line)
    out = []
    for kind, variant, body in cells:
        while body and body[-1] == "":          # the blank line(s) before the next cell
            body.pop()
        out.append((kind, variant, "\n".join(body)))
    return targets, out


def notebook(cells, prefix: str) -> str:
    """The .ipynb text (nbformat 4.5, no outputs) of ``cells`` = [(type, source)]."""
    nb_cells = []
    for i, (kind, source) in enumerate(cells):
        lines = source.split("\n")
        cell = {"cell_type": kind, "id": f"{prefix}-{i:02d}", "metadata": {},
                "source": [x + "\n" for x in lines[:-1]] + ([lines[-1]] if lines[-1] else [])}
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        nb_cells.append(cell)
    nb = {"cells": nb_cells, "metadata": METADATA, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def build(source: Path) -> dict[Path, str]:
    """``{notebook path: text}`` for every notebook a source builds."""
    targets, cells = parse(source.read_text("utf-8"))
    prefix = source.name[:2]
    out = {}
    for variant, path in targets.items():
        keep = [(k, s) for k, v, s in cells if v is None or v == variant]
        out[HERE / path] = notebook(keep, prefix)
    return out


def main(argv: list[str]) -> int:
    stale = []
    for source in sorted(SRC.glob("*.py")):
        for path, text in build(source).items():
            if "--check" in argv:
                if not path.exists() or path.read_text("utf-8") != text:
                    stale.append(f"{path.relative_to(HERE)} differs from src/{source.name}")
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, "utf-8")
    for line in stale:
        print(line + ": run python notebooks/build.py (edit the source, not the notebook)", file=sys.stderr)
    return 1 if stale else 0


# -- one-off: write the sources from notebooks made before the sources existed ----------------------
def _cells_of(path: Path):
    nb = json.loads(path.read_text("utf-8"))
    return [(c["cell_type"], "".join(c["source"])) for c in nb["cells"]]


def _cell_text(kind: str, variant: str | None, source: str) -> str:
    head = "# %%" + (" [markdown]" if kind == "markdown" else "") + (f" {variant}" if variant else "")
    body = "\n".join(("# " + x if x else "#") for x in source.split("\n")) if kind == "markdown" else source
    return f"{head}\n{body}\n"


def extract(student: str, instructor: str | None = None) -> str:
    """A source text from one notebook, or from a student and an instructor version."""
    a = _cells_of(HERE / student)
    b = _cells_of(HERE / instructor) if instructor else a
    head = f"# notebooks: student={student} instructor={instructor}" if instructor else f"# notebooks: {student}"
    parts = [head + "\n"]
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            parts += [_cell_text(k, None, s) for k, s in a[i1:i2]]
        else:
            parts += [_cell_text(k, "student", s) for k, s in a[i1:i2]]
            parts += [_cell_text(k, "instructor", s) for k, s in b[j1:j2]]
    return "\n".join(parts)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
