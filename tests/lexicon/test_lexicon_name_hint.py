"""``--lexicon protest`` right after ``framing lexicon new protest`` (which writes protest.yaml)
points to the file instead of only listing the shipped lexicons."""
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
