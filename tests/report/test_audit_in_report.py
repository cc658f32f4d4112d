"""The hand check in a report: a precision badge beside every term, flags, the methods appendix."""
from __future__ import annotations

import pandas as pd

from framing.report.data import AuditInfo
from framing.report.layout import blocks

from .conftest import make_data


def _text(bl) -> str:
    parts = []
    for b in bl:
        parts.append(str(b.get("text", "")))
        if b["kind"] == "table":
            parts.append(" | ".join(b["header"]))
            parts += [" | ".join(map(str, r)) for r in b["rows"]]
    return "\n".join(parts)


def _audit(source="audit"):
    t = pd.DataFrame({"family": ["captives"] * 2, "term": ["رهائن", "أسرى"], "n": [20, 18],
                      "precision": [0.95, 0.61], "ci_low": [0.76, 0.39], "ci_high": [0.99, 0.80],
                      "corpus": ["test-corpus" if source == "audit" else "wadi-news"] * 2})
    ag = pd.DataFrame({"what": ["sense_ok"], "coders": [2], "lines": [38], "percent_agreement": [0.92],
                       "cohen_kappa": [0.81], "krippendorff_alpha": [0.8]})
    return AuditInfo(source, t, coders=["ab", "cd"] if source == "audit" else [], files=["ab.csv", "cd.csv"],
                     n_lines=38, agreement=ag if source == "audit" else None, stale=2 if source == "audit" else 0)


def test_a_term_just_under_the_bar_is_flagged_with_a_decimal():
    data = make_data()
    data.audit = _audit()
    data.audit.terms.loc[0, "precision"] = 0.897          # rounds to the bar's 90%: printed 89.7% and flagged
    text = _text(blocks(data))
    assert "LOW 89.7% [76%–99%], n=20" in text and "Below 90% precision: رهائن (89.7%), أسرى (61.0%)." in text


def test_badges_flags_and_methods_from_an_audit():
    data = make_data()
    data.audit = _audit()
    text = _text(blocks(data))
    assert "precision (hand check)" in text
    assert "95% [76%–99%], n=20" in text and "LOW 61.0% [39%–80%], n=18" in text
    assert "Below 90% precision: أسرى (61.0%)." in text and "Not audited: محتجزين." in text
    assert "رهائن · 95%" in text and "محتجزون · ?" in text          # number tables: name · precision
    assert "38 concordance lines" in text and "2 coders (ab, cd" in text
    assert "terms below 90% are flagged LOW" in text                 # the methods say the bar the badges use
    assert "agreed on 92%" in text and "Cohen's kappa 0.81" in text and "alpha 0.80" in text
    assert "2 labelled lines no longer match" in text


def test_lexicon_records_are_labelled_with_their_corpus_and_arabic_wording():
    data = make_data(lang="ar")
    data.audit = _audit("lexicon")
    text = _text(blocks(data))
    assert "الدقة (تحقق يدوي)" in text and "wadi-news" in text and "منخفضة 61.0%" in text
    data = make_data()
    data.audit = _audit("lexicon")
    text = _text(blocks(data))
    assert "measured on wadi-news, not on this corpus" in text and "recorded in the lexicon files" in text


def test_without_any_audit_the_report_says_how_to_make_one():
    text = _text(blocks(make_data()))
    assert "precision (hand check)" not in text
    assert "No term was checked by hand" in text and "--audit" in text


def test_collect_reads_audit_files_and_lexicon_records(demo_corpus, tmp_path):
    from framing.audit import sample, write_audit
    from framing.report.data import collect
    lines = sample(demo_corpus, "captives", family="captives", per_term=3, seed=0, voice="all")
    write_audit(lines.assign(sense_ok=1, coder="ab"), tmp_path / "ab.csv")
    data = collect(demo_corpus, ["captives"], n_boot=20, kwic_lines=0, keyness_top=3, audit=tmp_path / "ab.csv")
    a = data.audit
    assert a.source == "audit" and a.coders == ["ab"] and a.n_lines == len(lines) and a.stale == 0
    data.audit = a
    assert "Precision of all of a family's matches in the corpus" in _text(blocks(data))
    assert set(a.terms["term"]) == set(lines["term"]) and (a.terms["precision"] == 1).all()
    from framing.lexicon.format import load_lexicon
    path = load_lexicon("captives").path
    import re
    shipped = re.sub(r"\n        validated: \{[^\n]*\}", "", open(path, encoding="utf-8").read())  # one record only
    text = shipped.replace(
        "      - id: hostages\n", "      - id: hostages\n        validated: {corpus: wadi-news, n: 40, precision: 0.9}\n", 1)
    mine = tmp_path / "captives.yaml"
    mine.write_text(text, "utf-8")
    data = collect(demo_corpus, [mine], n_boot=20, kwic_lines=0, keyness_top=3)
    assert data.audit.source == "lexicon"
    assert data.audit.terms[["term", "n", "precision", "corpus"]].values.tolist() == [["hostages", 40, 0.9, "wadi-news"]]
