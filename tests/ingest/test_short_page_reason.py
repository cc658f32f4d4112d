"""A page too short to be an article is a reject whose reason says what was missing (a run of
prose of MIN_WORDS words), so a user with short briefs knows why they were left out."""
from framing.ingest import ingest
from framing.ingest.browser_text import MIN_WORDS

SHORT = ('<html lang="ar"><head><meta charset="utf-8"><title>خبر قصير - Desert Post</title></head>'
         '<body><article><h1>خبر قصير</h1><p>أفرجت السلطات عن الرهائن صباح اليوم.</p></article></body></html>')


def test_short_page_reason_names_the_minimum(tmp_path):
    d = tmp_path / "desert_post"
    d.mkdir()
    (d / "brief.html").write_text(SHORT, encoding="utf-8")
    (d / "brief.txt").write_text("خبر قصير\n\nأفرجت السلطات عن الرهائن صباح اليوم.\n", encoding="utf-8")
    res = ingest([tmp_path], progress=False)
    assert len(res.articles) == 0
    reasons = dict(res.rejects.values.tolist())
    assert reasons[str(d / "brief.html")] == \
        f"no article text found in the page (no run of prose paragraphs of {MIN_WORDS}+ words)"
    assert reasons[str(d / "brief.txt")].endswith(f"of {MIN_WORDS}+ words)")
