"""The package's functions keep their names whichever of its modules was imported first."""
import importlib


def test_sample_and_score_stay_functions_after_their_modules_are_imported():
    audit = importlib.import_module("framing.audit")
    importlib.import_module("framing.audit.sampling")
    importlib.import_module("framing.audit.scoring")
    assert callable(audit.sample) and audit.sample.__name__ == "sample"
    assert callable(audit.score) and audit.score.__name__ == "score"
