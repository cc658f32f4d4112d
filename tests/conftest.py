"""Shared fixtures: the bundled demo corpus, ingested once per test session."""
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

