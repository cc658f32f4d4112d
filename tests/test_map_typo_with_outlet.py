"""``--outlet NAME`` gives every row its outlet, so a ``--map`` whose COLUMN resembles ``outlet``
is not reported as a missing outlet column (the map-typo check runs on the columns the rows end with)."""
from click.testing import CliRunner

import framing
from framing.cli import main


def test_outlet_option_supplies_the_column(tmp_path):
    src = tmp_path / "t.csv"
    src.write_text("site,body\nDesert Post,أفرجت السلطات عن الرهائن صباح اليوم.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", str(src), "-o", str(tmp_path / "c"), "--outlet", "desert",
                                  "--map", "site=outlett", "--quiet"])
    assert r.exit_code == 0, r.output
    assert framing.load(tmp_path / "c").outlets == ["desert"]


def test_without_outlet_the_typo_is_still_named(tmp_path):
    src = tmp_path / "t.csv"
    src.write_text("site,body\nDesert Post,أفرجت السلطات عن الرهائن صباح اليوم.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", str(src), "-o", str(tmp_path / "c"), "--map", "site=outlett"])
    assert r.exit_code == 1 and "did you mean --map site=outlet?" in r.output
