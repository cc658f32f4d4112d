"""In the Arabic report an option such as --audit right after an Arabic word is printed by the
PDF's bidi as «audit--» (its dashes join the Arabic run), and «--event.» at the end of a
sentence as «.event--».  The Arabic wording therefore puts every option after a Latin word
(``framing report … --audit FILE``)."""
import re

from framing.report import data, layout

ARABIC_THEN_OPTION = re.compile(r"[\u0600-\u06ff][\s\u2066\u2069«(]*--[a-z]")


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def test_no_option_right_after_an_arabic_word():
    texts = [*_strings(list(layout.T["ar"].values())), data.AUTO_NOTE_AR]
    bad = [t for t in texts if ARABIC_THEN_OPTION.search(t)]
    assert bad == []
    assert any("framing report … --audit FILE" in t for t in texts)
