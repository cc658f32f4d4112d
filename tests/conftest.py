"""Shared fixtures: the bundled demo corpus, ingested once per test session."""
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO_PAGES = ROOT / "corpora" / "demo" / "pages"


@pytest.fixture(scope="session")
def demo_corpus(tmp_path_factory):
    """The demo pages ingested into a corpus directory (read-only for tests: copy before changing)."""
    from framing.ingest import ingest_to_corpus
    out = tmp_path_factory.mktemp("demo") / "corpus"
    return ingest_to_corpus([DEMO_PAGES], out, progress=False)



#: the real corpus: ``$FRAMING_SHARED/data/saudinewsnet`` (default: ``shared/`` beside the clone)
REAL_DATA = Path(os.environ.get("FRAMING_SHARED", ROOT.parent / "shared")) / "data" / "saudinewsnet"


def _real_articles(name):
    """Articles of the real SaudiNewsNet corpus beside the clone (CC BY-NC-SA: read, never copied)."""
    path = REAL_DATA / name
    if not path.exists():
        pytest.skip(f"real data not on this machine ({path} absent): hand-label checks need ../shared/data")
    import pandas as pd
    return pd.read_json(path, lines=True, dtype={"id": str})


@pytest.fixture(scope="session")
def real_sample():
    """The 2,000-article SaudiNewsNet sample as a DataFrame (columns id, outlet, date, title, text, ...);
    skips with its reason when ``../shared/data`` is absent (a plain clone)."""
    return _real_articles("sample.jsonl")


@pytest.fixture(scope="session")
def real_full():
    """All 30,175 SaudiNewsNet articles (same columns as ``real_sample``); skips when absent."""
    return _real_articles("full.jsonl.gz")
