"""``kwic --term`` accepts a form as it is written in a text, with the article or a clitic
(``الرهائن``, ``للمحتجزين``), and resolves it as the bare form; fictional lexicon and texts."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from framing.cli import main
from framing.errors import UsageError
from framing.lexicon import kwic

ARTICLES = [{"id": f"w{i}", "outlet": "Wadi Herald", "published": f"2031-06-0{i}", "title": "خبر",
             "text": f"أفرجت الجماعة عن الرهائن في اليوم {i}، وسلّمت الطعام للمحتجزين في وادي زين."}
            for i in range(1, 4)]


@pytest.fixture()
def files(tmp_path, held_lexicon):
    """The articles as JSONL and the lexicon of tests/conftest.py (hostages رهائن, prisoners, detainees محتجزين)."""
    src = tmp_path / "wadi.jsonl"
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES), "utf-8")
    return str(src), str(held_lexicon)


def test_term_written_with_the_article_or_a_clitic_is_the_bare_forms_term(files):
    src, lex = files
    bare = kwic(src, lex, term="رهائن")
    assert len(bare) == 3 and set(bare["term"]) == {"hostages"}
    assert kwic(src, lex, term="الرهائن").equals(bare)
    assert set(kwic(src, lex, term="للمحتجزين")["term"]) == {"detainees"}
    with pytest.raises(UsageError, match="has no term 'الرهائن والمحتجزين'"):   # two terms: not one
        kwic(src, lex, term="الرهائن والمحتجزين")


def test_cli_kwic_term_with_the_article(files):
    src, lex = files
    r = CliRunner().invoke(main, ["kwic", src, "--lexicon", lex, "--term", "الرهائن", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.stdout.count(",hostages,") == 3 and "detainees" not in r.stdout
