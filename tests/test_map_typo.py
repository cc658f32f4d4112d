"""A ``--map NAME=COLUMN`` (``columns=``) whose COLUMN misspells a required corpus column says
so, instead of suggesting the misspelt name back ("did you mean 'outlett'?")."""
import pandas as pd
import pytest
from click.testing import CliRunner

import framing
from framing.cli import main
from framing.errors import SchemaError

TABLE = pd.DataFrame({"site": ["Desert Post"], "headline": ["عنوان"], "content": ["أفرجت السلطات عن الرهائن."]})


def test_python_columns_typo():
    with pytest.raises(SchemaError, match=r"--map site=outlett names 'outlett'.*did you mean --map site=outlet\?"):
        framing.load(TABLE, columns={"site": "outlett"})
    assert framing.load(TABLE, columns={"site": "outlet"}).outlets == ["Desert Post"]


def test_cli_map_typo(tmp_path):
    src = tmp_path / "t.csv"
    TABLE.to_csv(src, index=False)
    r = CliRunner().invoke(main, ["ingest", str(src), "-o", str(tmp_path / "c"), "--map", "content=txt"])
    assert r.exit_code == 1
    assert "--map content=txt names 'txt', not a corpus column (did you mean --map content=text?)" in r.output
    assert "Traceback" not in r.output
