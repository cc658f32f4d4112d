"""A rebuild of a corpus says it rebuilt it (not "N articles added") and, when the corpus had
events, that they are dropped and how to compute them again; fictional outlets and texts."""
from __future__ import annotations

import pandas as pd
from click.testing import CliRunner

from framing.cli import main
from framing.corpus import load

ROWS = [{"outlet": o, "date": f"2031-05-0{d}", "title": f"وادي زين {d}",
         "text": f"وصل وفد {o} إلى وادي زين في اليوم {d} وبحث مع الأهالي ملف المياه والطرق."}
        for d in range(1, 4) for o in ("Wadi Herald", "Nakhil Times")]


def test_rebuild_from_the_same_input_says_rebuilt_and_events_dropped(tmp_path):
    src, out = tmp_path / "export.csv", tmp_path / "c"
    pd.DataFrame(ROWS).to_csv(src, index=False)
    first = CliRunner().invoke(main, ["ingest", str(src), "-o", str(out)])
    assert first.exit_code == 0 and "6 articles added" in first.stderr and "events" not in first.stderr
    again = CliRunner().invoke(main, ["ingest", str(src), "-o", str(out)])       # no events yet: nothing dropped
    assert again.exit_code == 0 and "rebuilt from these inputs (it held 6 articles)" in again.stderr
    assert "added" not in again.stderr and "events" not in again.stderr
    assert CliRunner().invoke(main, ["events", str(out)]).exit_code == 0
    assert (out / "events.parquet").exists()
    r = CliRunner().invoke(main, ["ingest", str(src), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "rebuilt from these inputs (it held 6 articles)" in r.stderr and "articles added" not in r.stderr
    assert "events were computed on the articles before the rebuild and are dropped: run framing events" in r.stderr
    assert load(out).events is None


def test_last_ingest_counts_what_a_rebuild_replaced(tmp_path):
    from framing.ingest import ingest_to_corpus
    src, out = tmp_path / "export.csv", tmp_path / "c"
    pd.DataFrame(ROWS).to_csv(src, index=False)
    run = ingest_to_corpus([src], out, progress=False).manifest["last_ingest"]
    assert (run["rebuilt"], run["events_dropped"]) == (0, False)
    run = ingest_to_corpus([src], out, progress=False).manifest["last_ingest"]
    assert (run["rebuilt"], run["events_dropped"]) == (6, False)
    run = ingest_to_corpus([src], out, progress=False, append=True).manifest["last_ingest"]
    assert (run["added"], run["rebuilt"]) == (0, 0)
