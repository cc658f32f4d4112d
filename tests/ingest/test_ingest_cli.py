"""``framing ingest``: the seed page, a hostile folder, exit codes, --append, --map, --quiet."""
import json
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from framing.cli import main
from framing.corpus import load

PAGES = Path(__file__).parent / "pages"
SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed_rt_putin.txt"
sys.path.insert(0, str(Path(__file__).parent))
from test_ingest_corpus import hostile_folder  # noqa: E402


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_seed_via_cli(tmp_path):
    r = run("ingest", SEED, "--outlet", "RT Arabic", "-o", tmp_path / "c")
    assert r.exit_code == 0, r.output
    c = load(tmp_path / "c")
    assert len(c) == 1
    a = c.df.iloc[0]
    assert a["title"] == "بوتين: نبذل قصارى جهدنا لتحرير المحتجزين في قطاع غزة"
    assert a["text"].startswith("صرح الرئيس الروسي") and a["text"].endswith("القدس الشرقية.")
    assert a["credit"] == "RT + سبوتنيك" and a["outlet"] == "RT Arabic" and a["lang"] == "ar"
    for junk in ["Sputnik", "التعليقات", "زيارة بوتين إلى الهند", "الرئيس الفنزويلي"]:
        assert junk not in a["text"]
    assert "1 articles added, 0 rejects; the corpus holds 1 articles of 1 outlets" in r.stderr


def test_hostile_folder_via_cli(tmp_path):
    d = hostile_folder(tmp_path)
    r = run("ingest", d, "-o", tmp_path / "c")
    assert r.exit_code == 0, r.output
    assert "Traceback" not in r.output
    c = load(tmp_path / "c")
    rejects = pd.read_csv(tmp_path / "c" / "rejects.csv")
    assert len(c) + len(rejects) == 19           # 18 files, one JSONL with a good and a broken line
    assert rejects["reason"].notna().all()
    assert "rejects.csv" in r.stderr


def test_nothing_produced_exits_1_without_traceback(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    r = run("ingest", tmp_path / "empty.txt", tmp_path / "missing.html", "-o", tmp_path / "c")
    assert r.exit_code == 1
    assert r.stderr.startswith("error: no article produced") and "Traceback" not in r.output
    assert not (tmp_path / "c").exists()


def test_append_map_quiet(tmp_path):
    out = tmp_path / "c"
    r = run("ingest", PAGES / "wadi_news.txt", "--outlet", "Wadi", "-o", out, "--quiet")
    assert r.exit_code == 0 and r.stderr == ""
    t = tmp_path / "t.csv"
    pd.DataFrame({"paper": ["Coast Times"], "story": ["نص الخبر المنشور في الصحيفة الساحلية."]}).to_csv(t, index=False)
    r = run("ingest", t, "--map", "paper=outlet", "--map", "story=text", "-o", out, "--append")
    assert r.exit_code == 0, r.output
    assert load(out).outlets == ["Coast Times", "Wadi"]
    assert json.loads((out / "manifest.json").read_text())["counts"]["outlets"] == 2
    r = run("ingest", t, "--map", "paper", "-o", out)
    assert r.exit_code == 2 and "NAME=COLUMN" in r.stderr


def test_format_text_forces_reader(tmp_path):
    f = tmp_path / "page.dat"
    shutil.copy(PAGES / "atlas_daily.txt", f)
    r = run("ingest", f, "--input-format", "text", "--outlet", "Atlas", "-o", tmp_path / "c")
    assert r.exit_code == 0, r.output
    assert load(tmp_path / "c").df["credit"].tolist() == ["وكالات"]


def test_an_unknown_input_format_names_the_keyword_it_was_given_as(tmp_path):
    """The keyword is input_format (--input-format) since --format became the output table format on every verb."""
    from framing.errors import UsageError
    from framing.ingest import ingest
    with pytest.raises(UsageError, match=r"^input_format \(--input-format\) must be one of auto, "):
        ingest([PAGES / "atlas_daily.txt"], input_format="xml")
