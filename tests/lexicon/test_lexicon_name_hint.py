"""``--lexicon protest`` right after ``framing lexicon new protest`` (which writes protest.yaml)
points to the file instead of only listing the shipped lexicons."""
import pandas as pd
import pytest

from framing.errors import LexiconError
from framing.lexicon import load_lexicon, new_lexicon


def test_name_of_a_new_lexicon_points_to_its_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    new_lexicon("protest")
    with pytest.raises(LexiconError, match=r"unknown lexicon 'protest': did you mean the file protest\.yaml\?"):
        load_lexicon("protest")
    assert load_lexicon("protest.yaml").name == "protest"


def test_unknown_name_without_a_file_lists_the_shipped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(LexiconError) as e:
        load_lexicon("protest")
    assert "did you mean" not in str(e.value) and "captives" in str(e.value)


def test_a_misspelt_shipped_name_a_list_and_a_voice_in_capitals():
    import framing
    with pytest.raises(LexiconError, match=r"unknown lexicon 'captive': did you mean the shipped captives\?"):
        load_lexicon("captive")
    with pytest.raises(LexiconError, match=r"^one lexicon at a time \(got 2\)"):
        framing.term_shares("x.jsonl", ["captives", "casualties"])
    t = pd.DataFrame({"outlet": ["صدى الجبل"], "text": ["احتجز المسلحون الرهائن في المدرسة."]})
    assert framing.count_terms(t, "captives", voice="Own")["count"].tolist() == [1]


def test_the_other_yaml_suffix_is_suggested(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    new_lexicon("protest")
    with pytest.raises(LexiconError, match=r"^no lexicon file protest\.yml \(did you mean protest\.yaml\?\)$"):
        load_lexicon("protest.yml")
    with pytest.raises(LexiconError, match=r"^no lexicon file other\.yaml$"):
        load_lexicon("other.yaml")


def test_a_shipped_name_written_as_a_file_points_to_the_shipped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(LexiconError, match=r"^no lexicon file captives\.yml \(did you mean the shipped captives\?\)$"):
        load_lexicon("captives.yml")
    with pytest.raises(LexiconError, match=r"^no lexicon file mine/captives\.yaml$"):   # a folder: the user's own file
        load_lexicon("mine/captives.yaml")


def test_a_misspelt_group_column_is_named():
    import framing
    from framing.errors import UsageError
    t = pd.DataFrame({"id": ["a1"], "outlet": ["صدى الجبل"], "text": ["احتجز المسلحون الرهائن في المدرسة."]})
    with pytest.raises(UsageError, match=r"no column 'outlt' to group by \(did you mean 'outlet'\?\); columns: id"):
        framing.term_shares(t, "captives", by="outlt")
    with pytest.raises(UsageError, match=r"no column 'zzz' to group by; columns: id"):
        framing.term_shares(t, "captives", by="zzz")
