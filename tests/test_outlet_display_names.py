"""``--outlet`` / ``outlet=`` take an outlet's id or its display name from the outlets table
(``framing outlets``: Arabic or English name, case and spaces ignored); an unknown name is still
a one-line usage error listing the ids."""
import pandas as pd
import pytest
from click.testing import CliRunner

from framing.cli import main
from framing.corpus import select
from framing.errors import UsageError


def _df():
    return pd.DataFrame({
        "id": ["a1", "a2", "b1"], "outlet": ["desert", "desert", "oasis"],
        "outlet_name": ["Desert Post", "Desert Post", "Oasis Daily"],
        "outlet_name_ar": ["بريد الصحراء", "بريد الصحراء", "يومية الواحة"],
        "published": ["2024-01-02", "2024-01-03", "2024-01-02"],
        "title": ["عنوان", "عنوان ثان", "عنوان ثالث"],
        "text": ["أفرج عن الرهائن.", "عاد المحتجزون.", "تبادل الأسرى."]})


@pytest.mark.parametrize("name", ["desert", "Desert Post", "desert  post", "بريد الصحراء"])
def test_id_or_display_name(name):
    c = select(_df(), outlet=name)
    assert sorted(c.df["id"]) == ["a1", "a2"]


def test_mixed_ids_and_names():
    assert sorted(select(_df(), outlet=["Oasis Daily", "desert"]).df["id"]) == ["a1", "a2", "b1"]


def test_any_name_the_table_carries():
    """Not only the most frequent name of an outlet, the one ``framing outlets`` shows."""
    df = _df()
    df.loc[1, "outlet_name"] = "The Desert Post"
    assert sorted(select(df, outlet="the desert post").df["id"]) == ["a1", "a2"]


def test_a_name_two_outlets_carry_names_neither():
    df = _df()
    df.loc[2, "outlet_name"] = "Desert Post"
    with pytest.raises(UsageError, match="unknown outlet.*Desert Post"):
        select(df, outlet="Desert Post")


def test_unknown_name_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown outlet.*Coast Times.*desert, oasis"):
        select(_df(), outlet="Coast Times")


def test_manifest_names_on_the_command_line(tmp_path):
    src = tmp_path / "t.jsonl"
    _df().drop(columns=["outlet_name", "outlet_name_ar"]).to_json(src, orient="records", lines=True,
                                                                  force_ascii=False)
    r = CliRunner()
    assert r.invoke(main, ["ingest", str(src), "-o", str(tmp_path / "c"), "--quiet"]).exit_code == 0
    res = r.invoke(main, ["outlets", str(tmp_path / "c"), "--name-en", "oasis=Oasis Daily"])
    assert res.exit_code == 0, res.output
    res = r.invoke(main, ["terms", str(tmp_path / "c"), "--lexicon", "captives", "--by", "outlet",
                          "--outlet", "oasis daily", "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = [line.split(",")[0] for line in res.output.splitlines()[1:] if line]
    assert set(rows) == {"oasis"}
    res = r.invoke(main, ["terms", str(tmp_path / "c"), "--lexicon", "captives", "--outlet", "SA"])
    assert res.exit_code == 2 and "unknown outlet(s) SA" in res.output


def test_keyness_target_by_display_name():
    import framing
    df = pd.concat([_df()] * 3, ignore_index=True)
    df["id"] = [f"x{i}" for i in range(len(df))]
    by_id = framing.keyness(df, target="oasis", min_count=1)
    by_name = framing.keyness(df, target="يومية الواحة", min_count=1)
    assert set(by_name["outlet"]) == {"oasis"}
    pd.testing.assert_frame_equal(by_id.reset_index(drop=True), by_name.reset_index(drop=True))
