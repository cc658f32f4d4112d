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



#: a small lexicon of people held (family ``held``: three Arabic terms, ``hostages`` رهائن, ``prisoners`` أسرى,
#: ``detainees`` محتجزين), for the tests that need one (:func:`held_lexicon`)
HELD_LEXICON = """name: heldtest
version: 1
description: people held, for tests
families:
  - id: held
    terms:
      - id: hostages
        language: ar
        forms: [رهائن]
      - id: prisoners
        language: ar
        forms: [أسرى]
      - id: detainees
        language: ar
        forms: [محتجزين]
"""


@pytest.fixture()
def held_lexicon(tmp_path):
    """:data:`HELD_LEXICON` written to ``tmp_path / "held.yaml"`` (that Path)."""
    p = tmp_path / "held.yaml"
    p.write_text(HELD_LEXICON, "utf-8")
    return p


#: progress bars off unless a test turns them on: once a test has imported ipykernel (the notebook
#: tests), :func:`framing._progress.enabled` would show bars in every later test, and a slow step
#: would add lines to the stderr that CLI tests read
os.environ.setdefault("FRAMING_PROGRESS", "0")


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
