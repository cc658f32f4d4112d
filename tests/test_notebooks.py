"""The notebooks: stored without outputs, and each one runs top to bottom without an error.

All notebooks are executed once per session, concurrently (one kernel process each, at most
``NOTEBOOK_WORKERS`` at a time), by nbclient with a ``python3`` kernel that runs the test
interpreter (the project venv) and the notebook's own folder as working directory (as
JupyterLab does).  The per-notebook tests then only read the results, so on two cores the
module takes about half the notebooks' summed run time (≈ 30-40 s on an idle 2-core machine).  Set ``FRAMING_SKIP_NOTEBOOKS=1`` to skip execution.
"""
from __future__ import annotations

import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb")) + sorted((NOTEBOOKS / "coursework").glob("*.ipynb"))
IDS = [str(p.relative_to(NOTEBOOKS)) for p in PATHS]
CELL_TIMEOUT = 180          # seconds per cell (the slowest cell takes a few seconds)
NOTEBOOK_WORKERS = max(2, min(3, os.cpu_count() or 2))

nbformat = pytest.importorskip("nbformat")


def test_the_expected_notebooks_exist():
    names = set(IDS)
    for name in ["01-quickstart.ipynb", "02-same-event.ipynb", "03-distinctive-words.ipynb",
                 "04-your-own-corpus.ipynb", "05-coursework.ipynb", "coursework/05-coursework-instructor.ipynb",
                 "06-discover.ipynb"]:
        assert name in names
    assert (NOTEBOOKS / "coursework" / "checks.py").is_file()


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_notebook_is_stored_without_outputs(path):
    nb = nbformat.read(str(path), as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count)]
    assert not dirty, (f"cells {dirty} of {path.name} have outputs or execution counts: clear them "
                       f"(Edit > Clear Outputs of All Cells) before committing")


def _execute(path: Path):
    """Run one notebook; return (executed notebook, error or None)."""
    from nbclient import NotebookClient
    nb = nbformat.read(str(path), as_version=4)
    client = NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3", allow_errors=False,
                            resources={"metadata": {"path": str(path.parent)}})
    try:
        client.execute()
    except Exception as e:          # CellExecutionError, timeouts, dead kernel: reported by the test
        return nb, e
    return nb, None


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """All notebooks, executed concurrently: {path: (notebook, error)}."""
    if os.environ.get("FRAMING_SKIP_NOTEBOOKS"):
        pytest.skip("FRAMING_SKIP_NOTEBOOKS is set")
    pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    # Kernel "python3" must be the interpreter running the tests (the project venv), even when the
    # user has another python3 kernel spec: a spec in JUPYTER_PATH is found before all others.
    specs = tmp_path_factory.mktemp("jupyter")
    kernel = specs / "kernels" / "python3"
    kernel.mkdir(parents=True)
    (kernel / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (framing tests)", "language": "python"}))
    with pytest.MonkeyPatch.context() as mp, ThreadPoolExecutor(NOTEBOOK_WORKERS) as pool:
        mp.setenv("JUPYTER_PATH", str(specs))
        mp.setenv("TMPDIR", str(tmp_path_factory.mktemp("notebook-work")))   # their work folders go with the test's
        return dict(zip(PATHS, pool.map(_execute, PATHS)))


def _outputs(nb, kind=None):
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            if kind is None or out.get("output_type") == kind:
                yield out


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_notebook_runs_without_error(path, executed):
    nb, error = executed[path]
    assert error is None, f"{path.name} failed:\n{str(error)[-3000:]}"
    assert not list(_outputs(nb, "error"))
    images = [o for o in _outputs(nb) if "image/png" in o.get("data", {})]
    assert images, f"{path.name} drew no chart"


def _text(nb) -> str:
    parts = []
    for o in _outputs(nb):
        parts.append(o.get("text", "") if o.get("output_type") == "stream" else o.get("data", {}).get("text/plain", ""))
    return "\n".join(parts)


def test_instructor_version_passes_every_checkpoint(executed):
    nb, error = executed[NOTEBOOKS / "coursework" / "05-coursework-instructor.ipynb"]
    assert error is None
    lines = [ln for ln in _text(nb).splitlines() if ln.startswith(("✓", "✗", "…"))]
    assert len(lines) >= 11, lines
    assert all(ln.startswith("✓") for ln in lines), "\n".join(lines)


def test_student_version_only_gives_hints(executed):
    nb, error = executed[NOTEBOOKS / "05-coursework.ipynb"]
    assert error is None
    lines = [ln for ln in _text(nb).splitlines() if ln.startswith(("✓", "✗", "…"))]
    assert lines[0].startswith("✓")                       # setup is done for the student
    assert len(lines) >= 11 and all(ln.startswith("… ") and "Hint:" in ln for ln in lines[1:]), "\n".join(lines)


# -- the coursework checkpoints, called directly (no kernel) ---------------------------------
@pytest.fixture(scope="module")
def checks():
    """notebooks/coursework/checks.py, loaded under a private name (no sys.path change)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("_coursework_checks", NOTEBOOKS / "coursework" / "checks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _said(capsys) -> str:
    return capsys.readouterr().out.strip()


def test_checkpoints_tell_right_from_wrong(checks, demo_corpus, capsys):
    counts = demo_corpus.df["outlet"].value_counts()
    checks.check_step1(counts, demo_corpus)
    assert _said(capsys).startswith("✓")
    checks.check_step1(counts + 1, demo_corpus)
    assert _said(capsys).startswith("✗")
    checks.check_step1(None, demo_corpus)
    assert "Hint:" in _said(capsys)
    checks.check_q1("Northline News", demo_corpus)
    assert _said(capsys).startswith("✓")
    checks.check_q1("northline news ", demo_corpus)          # case and spaces do not matter
    assert _said(capsys).startswith("✓")
    checks.check_q1("Al-Ufuq Agency", demo_corpus)
    assert _said(capsys).startswith("✗")
    for answer, mark in [("b", "✓"), ("a", "✗"), ("c", "✗"), ("z", "✗")]:
        checks.check_q5(answer)
        assert _said(capsys).startswith(mark), answer


def test_checkpoint_catches_counting_quoted_words(checks, demo_corpus, capsys):
    from framing import term_shares
    checks.check_step2(term_shares(demo_corpus, "captives", by="outlet", voice="all", n_boot=10), demo_corpus)
    out = _said(capsys)
    assert out.startswith("✗") and "quoted" in out
    own = term_shares(demo_corpus, "captives", by="outlet", n_boot=10)
    checks.check_step2(own, demo_corpus)
    assert _said(capsys).startswith("✓")
    checks.check_q2("Northline News", own)
    assert _said(capsys).startswith("✗")


def test_checkpoint_of_the_hand_check(checks, demo_corpus, tmp_path, capsys):
    from framing.audit import sample, score, write_audit
    # every match that is not a quotation (own words and reported speech, as before issue 12)
    lines = sample(demo_corpus, "captives", family="captives", per_term=12, seed=1, voice=["own", "reported"])
    lines = lines[lines["term"] == "prisoners"]
    checks.check_step7(None)
    assert "Hint:" in _said(capsys)
    blank = write_audit(lines, tmp_path / "blank.csv")
    checks.check_step7(score([blank]))
    assert _said(capsys).startswith("✗")
    me = write_audit(lines.assign(sense_ok=1, coder="A"), tmp_path / "me.csv")
    checks.check_step7(score([me]))
    out = _said(capsys)
    assert out.startswith("✗") and "only one reader" in out
    partner = write_audit(lines.assign(sense_ok=[1, 0] * 6, coder="B"), tmp_path / "partner.csv")
    checks.check_step7(score([me, partner]))
    out = _said(capsys)
    assert out.startswith("✓") and "precision 75%" in out and "agree on 50% of 12 lines" in out


def test_checkpoints_of_the_discovery_step(checks, demo_corpus, capsys):
    """Step 8: the table of discover is recognised, a pick is a row of it, its evidence reads as a table
    (nothing here depends on which pair ranks where)."""
    from framing import assign_events, discover
    found = discover(assign_events(demo_corpus), min_events=1, top=10)
    checks.check_step8(None)
    assert "Hint:" in _said(capsys)
    checks.check_step8(found.drop(columns="evidence"))
    assert _said(capsys).startswith("✗")
    checks.check_step8(found)
    assert _said(capsys).startswith("✓ 10 candidate pairs")
    checks.check_pick(None, found)
    assert "Hint:" in _said(capsys)
    for wrong in (99, "3", True, 1.5):
        checks.check_pick(wrong, found)
        assert _said(capsys).startswith("✗"), wrong
    checks.check_pick(3, found)
    out = _said(capsys)
    assert out.startswith("✓ row 3:") and found.loc[3, "spelling_a"] in out
    table = checks.read_evidence(found, 3, demo_corpus)
    assert len(table) == found.loc[3, "evidence"].count(" ‖ ") + 1 and table.shape[1] == 6
    assert set(table["outlet_a"]) <= set(checks.english_names().values()) | set(demo_corpus.df["outlet"])
    assert checks.read_evidence(found, None, demo_corpus) is None and checks.show_candidates(None) is None
