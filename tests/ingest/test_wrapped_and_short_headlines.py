"""Browser-saved and exported text (issue 15): hard-wrapped lines re-joined into paragraphs and
one- or two-word headlines found, by structure, on pages written as six different outlets would
print them (e-mail newsletter, indented archive printout, wire copy, browser save, archive without
blank lines, sentences ending at line ends).  Before: 0 of 6 headlines, 1 of 6 bodies right."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wrapped_pages import PAGES  # noqa: E402

sys.path.pop(0)

from framing.ingest.browser_text import clean_page  # noqa: E402
from framing.ingest.unwrap import is_hard_wrapped, unwrap  # noqa: E402


@pytest.mark.parametrize("name", sorted(PAGES))
def test_headline_and_paragraphs(name):
    text, headline, paragraphs = PAGES[name]()
    page = clean_page(text)
    assert page is not None
    assert page.title == headline
    assert page.text.split("\n\n") == paragraphs


def test_text_that_is_not_wrapped_is_left_alone():
    text, _, _ = PAGES["browser"]()
    assert not is_hard_wrapped(text) and unwrap(text) == text
    assert is_hard_wrapped(PAGES["email"]()[0])


def test_a_latin_word_cut_by_a_hyphen_is_joined():
    para = ("The committee will meet in the capital on Monday to discuss the trans-",
            "port of aid to the valley and the reopening of the roads that were closed",
            "by the floods last week, officials said in a statement on Sunday night.")
    lines = ["Floods", ""] + list(para) * 2
    out = unwrap("\n".join(lines))
    assert "transport of aid" in out
