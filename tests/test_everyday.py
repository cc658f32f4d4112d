"""Everyday use without surprises (issue 15): listing never writes, the user's event ids are
never replaced silently, outlets named from the page or warned about, appends count what
changed, wrong --map is one clear line.  Texts are written here, outlets fictional."""
from __future__ import annotations

import hashlib

import pandas as pd
import pytest
from click.testing import CliRunner

import framing
from framing.cli import main
from framing.errors import UsageError

FLOOD = ("غمرت مياه الفيضان قرى وادي السدر فجر اليوم و{v} السيل البيوت القريبة من مجرى الوادي "
         "وأعلنت فرق الإنقاذ إجلاء مئات الأسر من المنطقة المنكوبة إلى مدارس المدينة.")
LIBRARY = "افتتحت البلدية مكتبة عامة جديدة في حي الزهور تضم آلاف الكتب وقاعات للقراءة والبحث."


def _rows(event_ids=True):
    rows = [{"id": f"s{i}", "outlet": o, "published": "2031-04-02", "title": "فيضان يغمر وادي السدر",
             "text": FLOOD.format(v=v)}
            for i, (o, v) in enumerate([("صحيفة الشمال", "اقتحم"), ("قناة الجنوب", "دخل"), ("وكالة الأفق", "هاجم")])]
    rows.append({"id": "t0", "outlet": "قناة الجنوب", "published": "2031-07-20", "title": "افتتاح مكتبة عامة",
                 "text": LIBRARY})
    if event_ids:
        for r in rows:
            r["event_id"] = "user-flood" if r["id"].startswith("s") else "user-library"
    return rows


def _corpus_with_own_events(tmp_path):
    src = tmp_path / "mine.jsonl"
    pd.DataFrame(_rows()).to_json(src, orient="records", lines=True, force_ascii=False)
    out = tmp_path / "corpus"
    framing.ingest_to_corpus([src], out, progress=False)
    return out


def _digest(d):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(d.iterdir()) if p.is_file()}


def test_events_list_shows_the_users_ids_and_writes_nothing(tmp_path):
    out = _corpus_with_own_events(tmp_path)
    before = _digest(out)
    r = CliRunner().invoke(main, ["events", str(out), "--list", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "user-flood" in r.stdout and "user-library" in r.stdout and "nothing written" in r.stderr
    assert _digest(out) == before


def test_events_list_shows_the_labels_the_users_table_gives(tmp_path):
    src = tmp_path / "mine.jsonl"
    rows = [dict(r, event_label="سيول الربيع" if r["id"].startswith("s") else "مكتبة الحي") for r in _rows()]
    pd.DataFrame(rows).to_json(src, orient="records", lines=True, force_ascii=False)
    out = tmp_path / "corpus"
    framing.ingest_to_corpus([src], out, progress=False)
    r = CliRunner().invoke(main, ["events", str(out), "--list", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "سيول الربيع" in r.stdout and "مكتبة الحي" in r.stdout


def test_recomputing_the_users_event_ids_needs_an_explicit_option(tmp_path):
    out = _corpus_with_own_events(tmp_path)
    before = _digest(out)
    r = CliRunner().invoke(main, ["events", str(out)])
    assert r.exit_code == 2 and "already carries 4 event ids" in r.stderr and "--replace-events" in r.stderr and "--keep-events" in r.stderr
    assert _digest(out) == before
    with pytest.raises(UsageError):
        framing.detect_events(out)
    r = CliRunner().invoke(main, ["events", str(out), "--replace-events"])
    assert r.exit_code == 0, r.output
    assert "replaced" in r.stderr and "user-flood" not in set(framing.load(out).df["event_id"])


def test_keep_events_keeps_the_users_ids_and_marks_wire_copies(tmp_path):
    out = _corpus_with_own_events(tmp_path)
    own = framing.load(out).df.set_index("id")["event_id"].to_dict()
    r = CliRunner().invoke(main, ["events", str(out), "--keep-events"])
    assert r.exit_code == 0, r.output
    assert "own event ids kept" in r.stderr
    c = framing.load(out)
    assert c.df.set_index("id")["event_id"].to_dict() == own
    assert c.df.set_index("id")["copy_of"].to_dict()["s1"] == "s0"      # the reprint of the flood story
    assert set(c.events["event_id"]) == set(own.values())
    r = CliRunner().invoke(main, ["events", str(out), "--keep-events", "--replace-events"])
    assert r.exit_code == 2 and "cannot be combined" in r.stderr


def test_events_list_on_a_corpus_without_events_writes_nothing(tmp_path):
    src = tmp_path / "plain.jsonl"
    pd.DataFrame(_rows(event_ids=False)).to_json(src, orient="records", lines=True, force_ascii=False)
    out = tmp_path / "corpus"
    framing.ingest_to_corpus([src], out, progress=False)
    before = _digest(out)
    r = CliRunner().invoke(main, ["events", str(out), "--list", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert _digest(out) == before and framing.load(out).events is None


def test_events_list_grep_and_min_outlets(tmp_path):
    from framing.events import list_events
    out = _corpus_with_own_events(tmp_path)
    e = list_events(out, min_outlets=2)
    assert list(e["event_id"]) == ["user-flood"] and int(e["n_outlets"].iat[0]) == 3
    assert list(list_events(out, grep="مكتبه")["event_id"]) == ["user-library"]   # ة = ه
    r = CliRunner().invoke(main, ["events", str(out), "--list", "--grep", "فيضان", "--format", "csv"])
    assert r.exit_code == 0 and "user-flood" in r.stdout and "user-library" not in r.stdout


# -- outlets named from the page, or a warning per file -------------------------------------
ARTICLE = ("أعلنت بلدية المدينة اليوم افتتاح جسر جديد فوق النهر بعد عامين من العمل المتواصل، "
           "وقال رئيس البلدية إن الجسر سيخفف الزحام في وسط المدينة ويختصر الطريق إلى الأحياء الشرقية.")
SECOND = ("وأضاف أن كلفة المشروع بلغت أربعين مليون دينار دفعتها البلدية من موازنتها، وأن أعمال "
          "الإنارة والأرصفة ستنتهي قبل نهاية الشهر المقبل، داعيا السكان إلى الصبر حتى ذلك الحين.")


def _html(title_tag, footer="اتصل بنا", headline="افتتاح جسر النهر الجديد"):
    return (f"<html><head><title>{title_tag}</title></head><body><nav>الرئيسية</nav><article>"
            f"<h1>{headline}</h1><p>{ARTICLE}</p><p>{SECOND}</p></article><footer>{footer}</footer></body></html>")


def _text_page(masthead_line, variant=""):
    return (f"الرئيسية | محليات | رياضة\n{masthead_line}\n\nافتتاح جسر النهر الجديد{variant}\n\n"
            f"{ARTICLE}\n\n{SECOND}\n\nمن نحن | اتصل بنا\n")


def test_two_outlets_in_one_folder_are_named_from_their_pages(tmp_path):
    d = tmp_path / "saved"
    d.mkdir()
    (d / "a.html").write_text(_html("افتتاح جسر النهر الجديد | صحيفة المساء"), "utf-8")
    (d / "b.txt").write_text(_text_page("جريدة الفجر الجديد", " اليوم"), "utf-8")
    (d / "c.html").write_text(_html("Bridge opens", footer="Copyright 2031 The Evening Ledger. All rights reserved.",
                                    headline="Bridge opens"), "utf-8")
    out = tmp_path / "corpus"
    c = framing.ingest_to_corpus([d], out, progress=False)
    assert sorted(c.outlets) == sorted(["صحيفة المساء", "جريدة الفجر الجديد", "The Evening Ledger"])
    assert c.rejects.empty


def test_a_page_named_after_its_folder_is_warned_about_and_recorded(tmp_path):
    d = tmp_path / "al-masaa"
    d.mkdir()
    (d / "a.txt").write_text(_text_page("أخبار اليوم"), "utf-8")
    out = tmp_path / "corpus"
    r = CliRunner().invoke(main, ["ingest", str(d), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "a.txt: warning: outlet named after its folder 'al-masaa'" in r.stderr and "1 warning(s)" in r.stderr
    rej = pd.read_csv(out / "rejects.csv")
    assert rej["reason"].str.startswith("warning: outlet named after its folder").tolist() == [True]
    assert framing.load(out).outlets == ["al-masaa"]


def test_pages_of_one_folder_named_after_it_give_one_warning_with_their_count(tmp_path):
    d = tmp_path / "pages" / "al-masaa"
    for i, month in enumerate(["01", "01", "02"]):            # date folders under the outlet folder
        (d / "2031" / month).mkdir(parents=True, exist_ok=True)
        page = _text_page("أخبار اليوم").replace(ARTICLE, ARTICLE + ["", " وحضر الافتتاح المحافظ.",
                                                                      " وتأخر الافتتاح ساعة."][i])
        (d / "2031" / month / f"p{i}.txt").write_text(page, "utf-8")
    out = tmp_path / "corpus"
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "pages"), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "1 warning(s)" in r.stderr and r.stderr.count("warning: outlet named after") == 1
    assert f"{d}: warning: outlet named after its folder 'al-masaa' for 3 pages" in r.stderr
    rej = pd.read_csv(out / "rejects.csv")
    assert rej["input"].tolist() == [str(d)] and "3 pages" in rej["reason"].iloc[0]
    assert framing.load(out).outlets == ["al-masaa"] and len(framing.load(out)) == 3


def test_append_of_the_same_bytes_adds_nothing_and_says_so(tmp_path):
    d = tmp_path / "p"
    d.mkdir()
    (d / "a.html").write_text(_html("افتتاح جسر النهر الجديد | صحيفة المساء"), "utf-8")
    copy = tmp_path / "elsewhere.html"
    copy.write_bytes((d / "a.html").read_bytes())
    out = tmp_path / "corpus"
    CliRunner().invoke(main, ["ingest", str(d), "-o", str(out)])
    before = framing.load(out)
    r = CliRunner().invoke(main, ["ingest", str(copy), "--outlet", "Another Name", "-o", str(out), "--append"])
    assert r.exit_code == 0, r.output
    assert "0 articles added" in r.stderr and "1 file(s) already in the corpus (same bytes) skipped" in r.stderr
    after = framing.load(out)
    assert after.df.equals(before.df) and after.outlets == ["صحيفة المساء"] and after.rejects.empty


def test_append_of_an_overlapping_export_counts_every_row(tmp_path):
    """Every row read is added, rejected with its reason, or counted as already there: a weekly export that repeats
    last week's rows (same id) must not look like rows lost; the summary names the kinds of rejects."""
    rows = [{"id": "n1", "outlet": "Valley Post", "title": "t1", "text": "افتتاح جسر النهر", "published": "2025-02-01"},
            {"id": "n2", "outlet": "Valley Post", "title": "t2", "text": "أمطار على الوادي", "published": "2025-02-02"},
            {"id": "n3", "outlet": "", "title": "t3", "text": "نص بلا صحيفة", "published": "2025-02-03"}]
    first, second = tmp_path / "week1.jsonl", tmp_path / "week2.jsonl"
    pd.DataFrame(rows).to_json(first, orient="records", lines=True, force_ascii=False)
    later = rows[:2] + [{"id": "n9", "outlet": "Valley Post", "title": "t9", "text": "أمطار على الوادي",
                         "published": "2025-02-09"},
                        {"id": "n4", "outlet": "Valley Post", "title": "t4", "text": "سوق الخضار", "published": "2025-02-09"}]
    pd.DataFrame(later).to_json(second, orient="records", lines=True, force_ascii=False)
    out = tmp_path / "corpus"
    r = CliRunner().invoke(main, ["ingest", str(first), "-o", str(out)])
    assert "2 articles added, 1 rejects (1 row has no outlet)" in r.stderr, r.stderr
    r = CliRunner().invoke(main, ["ingest", str(second), "-o", str(out), "--append"])
    assert r.exit_code == 0, r.output
    assert "1 articles added, 1 rejects (1 duplicate)" in r.stderr, r.stderr          # n9: n2's text, another id
    assert "2 row(s) already in the corpus (same id and text) skipped" in r.stderr   # n1, n2 again
    assert len(framing.load(out)) == 3


def test_wrong_map_is_one_clear_line(tmp_path):
    src = tmp_path / "t.csv"
    pd.DataFrame({"outlet": ["صحيفة المساء"], "outlet_name_ar": ["المساء"], "text": [ARTICLE]}).to_csv(src, index=False)
    out = tmp_path / "corpus"
    r = CliRunner().invoke(main, ["ingest", str(src), "-o", str(out), "--map", "outlet_name_ar=outlet"])
    assert r.exit_code == 2 and r.stderr.count("\n") == 1
    assert "the table already has a column 'outlet'" in r.stderr
    r = CliRunner().invoke(main, ["ingest", str(src), "-o", str(out), "--map", "source=outlet"])
    assert r.exit_code == 2 and "the table has no column 'source'" in r.stderr and r.stderr.count("\n") == 1
    assert not out.exists()


# -- filters on every analysis verb, show, outlets, event labels -----------------------------
CAPTIVE = {"s": "احتجز المسلحون الرهائن في المبنى منذ الصباح وطالبوا بفدية كبيرة قبل الإفراج عنهم جميعا.",
           "t": "ما زال المحتجزون في المبنى والمفاوضات مستمرة منذ الصباح مع الخاطفين في وسط المدينة."}


def _captive_corpus(tmp_path):
    rows = [{"id": "a1", "outlet": "صحيفة الشمال", "published": "2031-04-02", "title": "أزمة المبنى",
             "text": CAPTIVE["s"], "event_id": "ev-a"},
            {"id": "a2", "outlet": "قناة الجنوب", "published": "2031-04-03", "title": "أزمة المبنى",
             "text": CAPTIVE["t"], "event_id": "ev-a"},
            {"id": "a3", "outlet": "صحيفة الشمال", "published": "2031-05-20", "title": "أزمة المبنى مرة أخرى",
             "text": CAPTIVE["s"] + " وتجددت الأزمة.", "event_id": "ev-b"}]
    src = tmp_path / "t.jsonl"
    pd.DataFrame(rows).to_json(src, orient="records", lines=True, force_ascii=False)
    out = tmp_path / "corpus"
    framing.ingest_to_corpus([src], out, progress=False)
    return out


def test_filters_are_the_same_in_python_and_on_the_command_line(tmp_path):
    out = _captive_corpus(tmp_path)
    every = framing.count_terms(out, "captives")
    assert set(every["id"]) == {"a1", "a2", "a3"}
    assert set(framing.count_terms(out, "captives", outlet="صحيفة الشمال")["id"]) == {"a1", "a3"}
    assert set(framing.count_terms(out, "captives", since="2031-04-03", until="2031-04-30")["id"]) == {"a2"}
    assert set(framing.count_terms(out, "captives", event=["ev-b"])["id"]) == {"a3"}
    assert set(framing.kwic(out, "captives", outlet="قناة الجنوب")["id"]) == {"a2"}
    k = framing.keyness(out, outlet=["صحيفة الشمال", "قناة الجنوب"], since="2031-04-01", min_count=1)
    assert set(k["outlet"]) == {"صحيفة الشمال", "قناة الجنوب"}
    r = CliRunner().invoke(main, ["terms", str(out), "--lexicon", "captives", "--outlet", "قناة الجنوب",
                                  "--format", "csv"])
    assert r.exit_code == 0 and "a2" in r.stdout and "a1" not in r.stdout
    r = CliRunner().invoke(main, ["kwic", str(out), "--lexicon", "captives", "--event", "ev-b", "--format", "csv"])
    assert r.exit_code == 0 and "a3" in r.stdout and "a1" not in r.stdout
    r = CliRunner().invoke(main, ["terms", str(out), "--lexicon", "captives", "--outlet", "Nowhere Times"])
    assert r.exit_code == 2 and "unknown outlet" in r.stderr
    r = CliRunner().invoke(main, ["terms", str(out), "--lexicon", "captives", "--since", "April"])
    assert r.exit_code == 2 and "expected a date" in r.stderr


def test_show_prints_one_article(tmp_path):
    out = _captive_corpus(tmp_path)
    r = CliRunner().invoke(main, ["show", str(out), "a2"])
    assert r.exit_code == 0, r.output
    assert "outlet:      قناة الجنوب" in r.stdout and "published:   2031-04-03" in r.stdout
    assert r.stdout.rstrip().endswith(CAPTIVE["t"])
    r = CliRunner().invoke(main, ["show", str(out), "zz"])
    assert r.exit_code == 2 and "no article has the id 'zz'" in r.stderr
    r = CliRunner().invoke(main, ["show", str(out), "a"])      # a1, a2, a3 begin with it: a prefix, not an id
    assert r.exit_code == 2 and "3 ids begin with 'a' (a1, a2, a3): give more of the id" in r.stderr


def test_outlets_lists_renames_and_names_without_reingesting(tmp_path):
    out = _captive_corpus(tmp_path)
    r = CliRunner().invoke(main, ["outlets", str(out), "--rename", "قناة الجنوب=قناة الجنوب الفضائية",
                                  "--name-en", "صحيفة الشمال=The North Daily", "--format", "csv"])
    assert r.exit_code == 0, r.output
    t = framing.outlets(out).set_index("outlet")
    assert list(t.index) == ["صحيفة الشمال", "قناة الجنوب الفضائية"]
    assert t.loc["صحيفة الشمال", "name_en"] == "The North Daily" and t.loc["صحيفة الشمال", "articles"] == 2
    c = framing.load(out)
    assert c.manifest["outlets"]["صحيفة الشمال"]["name_en"] == "The North Daily"
    assert set(c.df["id"]) == {"a1", "a2", "a3"}                       # ids unchanged
    r = CliRunner().invoke(main, ["outlets", str(out), "--name-ar", "Nowhere=لا أحد"])
    assert r.exit_code == 2 and "unknown outlet" in r.stderr


def test_event_labels_are_carried_into_by_outlet_event_tables(tmp_path):
    out = _captive_corpus(tmp_path)
    framing.detect_events(out, replace_events=True)
    t = framing.term_shares(out, "captives", by="outlet,event", n_boot=10)
    assert list(t.columns[:3]) == ["outlet", "event_id", "event_label"]
    assert t["event_label"].str.contains("أزمة المبنى").all()


# -- exports that open right in a spreadsheet ------------------------------------------------
def test_xlsx_and_csv_excel_exports(tmp_path):
    import zipfile
    out = _captive_corpus(tmp_path)
    x = tmp_path / "shares.xlsx"
    r = CliRunner().invoke(main, ["terms", str(out), "--lexicon", "captives", "--by", "outlet", "--n-boot", "10",
                                  "-o", str(x)])
    assert r.exit_code == 0, r.output
    expected = framing.term_shares(out, "captives", by="outlet", n_boot=10)
    with zipfile.ZipFile(x) as z:
        assert z.testzip() is None
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "صحيفة الشمال" in sheet and "<v>" in sheet            # Arabic as text, numbers as numbers
    openpyxl = pytest.importorskip("openpyxl")                     # read it as a spreadsheet program would
    ws = openpyxl.load_workbook(x).active
    rows = list(ws.values)
    assert list(rows[0]) == list(expected.columns) and len(rows) == len(expected) + 1
    back = pd.DataFrame(rows[1:], columns=rows[0])
    assert back["outlet"].tolist() == expected["outlet"].tolist()
    assert back["matches"].tolist() == expected["matches"].astype(int).tolist()
    c = tmp_path / "shares.csv"
    r = CliRunner().invoke(main, ["terms", str(out), "--lexicon", "captives", "--format", "csv-excel", "-o", str(c)])
    assert r.exit_code == 0 and c.read_bytes().startswith(b"\xef\xbb\xbfid,")
    r = CliRunner().invoke(main, ["terms", str(out), "--lexicon", "captives", "--format", "xlsx"])
    assert r.exit_code == 2 and "needs -o FILE" in r.stderr


# -- a lexicon template ------------------------------------------------------------------------
def test_lexicon_new_writes_a_valid_template_and_never_overwrites(tmp_path):
    p = tmp_path / "protest.yaml"
    r = CliRunner().invoke(main, ["lexicon", "new", "protest", "-o", str(p)])
    assert r.exit_code == 0, r.output
    check = framing.check_lexicon(p)
    assert (check.name, check.families, check.terms) == ("protest", 1, 2) and not check.warnings
    lex = framing.load_lexicon(p)
    assert all(t.cls == "noun" for t in lex.terms)
    p.write_text("mine", "utf-8")
    r = CliRunner().invoke(main, ["lexicon", "new", "protest", "-o", str(p)])
    assert r.exit_code == 2 and "not overwritten" in r.stderr and p.read_text("utf-8") == "mine"


def test_every_optional_field_of_the_template_is_a_field_the_checker_knows(tmp_path):
    """Uncommenting the template's optional rules gives a lexicon that loads: each commented field is
    one `framing lexicon check` accepts (the template follows the fields the matcher reads)."""
    import re
    from framing.lexicon.template import TEMPLATE
    text = TEMPLATE.format(name="protest", file="protest.yaml")
    opened = re.sub(r"(?m)^(        )# (?=[a-z_]+: )", r"\1", text)
    from framing.lexicon.format import CONTEXT_FIELDS, EVIDENCE
    missing = [f for f in CONTEXT_FIELDS if f"\n        {f}:" not in opened]
    assert not missing, f"the template does not show {missing}"
    assert all(k in opened for k in EVIDENCE)
    p = tmp_path / "protest.yaml"
    p.write_text(opened, "utf-8")
    check = framing.check_lexicon(p)
    assert (check.families, check.terms) == (1, 2)
    assert not any("unknown" in w for w in check.warnings), check.warnings


# -- compressed inputs -------------------------------------------------------------------------
def test_gzipped_tables_and_a_zip_of_pages_are_read_directly(tmp_path):
    import gzip
    import zipfile
    rows = _rows(event_ids=False)
    d = tmp_path / "in"
    d.mkdir()
    with gzip.open(d / "feed.jsonl.gz", "wt", encoding="utf-8") as f:
        for r in rows[:2]:
            f.write(pd.Series(r).to_json(force_ascii=False) + "\n")
    with gzip.open(d / "export.csv.gz", "wt", encoding="utf-8") as f:
        pd.DataFrame(rows[2:]).to_csv(f, index=False)
    with zipfile.ZipFile(d / "saved.zip", "w") as z:
        z.writestr("al-masaa/a.html", _html("افتتاح جسر النهر الجديد | صحيفة المساء"))
        z.writestr("al-fajr/b.txt", _text_page("جريدة الفجر الجديد", " اليوم"))
        z.writestr("__MACOSX/._a.html", b"\x00\x05")
    out = tmp_path / "corpus"
    c = framing.ingest_to_corpus([d], out, progress=False)
    assert len(c) == 6 and set(c.df["id"]) >= {"s0", "s1", "s2", "t0"}
    pages = c.df[c.df["source_path"].str.contains("saved.zip/")].set_index("outlet")
    assert set(pages.index) == {"صحيفة المساء", "جريدة الفجر الجديد"}
    assert pages.loc["صحيفة المساء", "text"].startswith("أعلنت بلدية المدينة")
    assert list(c.rejects["reason"]) == ["hidden file skipped"]
    again = framing.ingest_to_corpus([d], out, append=True, progress=False)
    assert len(again) == 6 and again.manifest["last_ingest"]["same_bytes"] == 4    # 2 tables + 2 members


def test_a_damaged_zip_is_one_reject(tmp_path):
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 not really")
    (tmp_path / "ok.txt").write_text(_text_page("صحيفة المساء"), "utf-8")
    from framing.ingest import ingest
    res = ingest([tmp_path], progress=False)
    assert len(res.articles) == 1 and res.rejects["reason"].str.startswith("not a readable .zip").sum() == 1


# -- running Python from the folder above a clone ---------------------------------------------
def test_the_folder_above_a_clone_still_imports_the_package_and_says_so(tmp_path):
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    clone = tmp_path / "framing"
    clone.mkdir()
    shutil.copy(root / "__init__.py", clone / "__init__.py")
    os.symlink(root / "framing", clone / "framing")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    r = subprocess.run([sys.executable, "-c", "import framing; print(framing.load.__name__, framing.__file__)"],
                       cwd=tmp_path, env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split()[0] == "load" and r.stdout.split()[1].endswith(os.path.join("framing", "__init__.py"))
    assert "Python runs in the folder above the framing clone" in r.stderr


def test_progress_bars_follow_the_environment(monkeypatch):
    from framing import _progress
    monkeypatch.setenv("FRAMING_PROGRESS", "0")
    items = [1, 2, 3]
    assert _progress.bar(items, "x") is items
    monkeypatch.setenv("FRAMING_PROGRESS", "1")
    wrapped = _progress.bar(items, "x")
    assert wrapped is not items and list(wrapped) == items and wrapped.delay == _progress.DELAY


def test_outlets_show_the_display_names_a_table_carries(tmp_path):
    rows = _rows(event_ids=False)
    for r in rows:
        r["outlet_name_ar"], r["outlet_name"] = {"صحيفة الشمال": ("الشمال", "The North"),
                                                 "قناة الجنوب": ("الجنوب", "South TV"),
                                                 "وكالة الأفق": ("الأفق", "Horizon")}[r["outlet"]]
    src = tmp_path / "t.jsonl"
    pd.DataFrame(rows).to_json(src, orient="records", lines=True, force_ascii=False)
    framing.ingest_to_corpus([src], tmp_path / "c", progress=False)
    t = framing.outlets(tmp_path / "c").set_index("outlet")
    assert t.loc["قناة الجنوب", "name_en"] == "South TV" and t.loc["قناة الجنوب", "name_ar"] == "الجنوب"


def test_the_tables_own_event_labels_are_listed_and_carried(tmp_path):
    from framing.events import list_events
    rows = _rows()
    for r in rows:
        r["event_label"] = "فيضان وادي السدر" if r["event_id"] == "user-flood" else "مكتبة حي الزهور"
    src = tmp_path / "t.jsonl"
    pd.DataFrame(rows).to_json(src, orient="records", lines=True, force_ascii=False)
    out = tmp_path / "c"
    framing.ingest_to_corpus([src], out, progress=False)
    e = list_events(out).set_index("event_id")
    assert e.loc["user-flood", "label"] == "فيضان وادي السدر"
    t = framing.term_shares(out, "violence", by="outlet,event", n_boot=5)
    assert set(t["event_label"]) <= {"فيضان وادي السدر", "مكتبة حي الزهور"} and len(t)


def test_a_bad_page_gets_the_same_reason_in_a_folder_and_in_a_zip(tmp_path, monkeypatch):
    import importlib
    import zipfile
    ing = importlib.import_module("framing.ingest")   # the module (framing.ingest is also the function)
    real = ing._page_row

    def page_row(path, raw, *a):                  # a page that a parser cannot walk
        if b"<div><div>" in raw:
            raise RecursionError("maximum recursion depth exceeded")
        return real(path, raw, *a)
    monkeypatch.setattr(ing, "_page_row", page_row)
    bad = {"empty.html": b"", "deep.html": b"<div>" * 600 + "نص".encode("utf-8"),
           "binary.txt": b"\x00\x01\x02\xff" * 50}
    loose, packed = tmp_path / "loose", tmp_path / "packed"
    loose.mkdir(), packed.mkdir()
    for name, raw in bad.items():
        (loose / name).write_bytes(raw)
    with zipfile.ZipFile(packed / "pages.zip", "w") as z:
        for name, raw in bad.items():
            z.writestr(name, raw)

    def reasons(folder):
        r = ing.ingest([folder], progress=False, jobs=1).rejects
        return {p.rsplit("/", 1)[-1]: why for p, why in zip(r["input"], r["reason"])}
    assert reasons(loose) == reasons(packed)
    assert reasons(packed)["deep.html"] == "nested too deeply to read" and len(reasons(packed)) == 3


def test_by_event_says_what_it_leaves_out_and_needs_events(tmp_path):
    rows = [{"id": "b1", "outlet": "صحيفة الشمال", "text": CAPTIVE["s"], "event_id": "ev-a"},
            {"id": "b2", "outlet": "قناة الجنوب", "text": CAPTIVE["t"], "event_id": None},
            {"id": "b3", "outlet": "قناة الجنوب", "text": CAPTIVE["t"] + " وتجددت الأزمة.", "event_id": None}]
    src = tmp_path / "t.jsonl"
    pd.DataFrame(rows).to_json(src, orient="records", lines=True, force_ascii=False)
    t = framing.term_shares(src, "captives", by="outlet,event")
    assert set(t["event_id"]) == {"ev-a"} and t.attrs["note"].startswith("2 of 3 articles have no event and are in no row")
    assert "note" not in framing.term_shares(src, "captives", by="outlet").attrs
    r = CliRunner().invoke(main, ["terms", str(src), "--lexicon", "captives", "--by", "event", "--format", "csv"])
    assert r.exit_code == 0 and "note: 2 of 3 articles have no event" in r.stderr
    none = tmp_path / "none.jsonl"
    pd.DataFrame(rows).drop(columns="event_id").to_json(none, orient="records", lines=True, force_ascii=False)
    for verb in (["terms", str(none), "--lexicon", "captives", "--by", "outlet,event"],
                 ["keyness", str(none), "--by", "event"]):
        r = CliRunner().invoke(main, verb)
        assert r.exit_code == 2 and r.output.strip().count("\n") == 0 and "run framing events first" in r.output


def test_outlet_ids_in_any_case_and_date_filters_on_undated_corpus_say_why(tmp_path):
    out = _captive_corpus(tmp_path)
    assert set(framing.count_terms(out, "captives", outlet="  قناة   الجنوب ")["id"]) == {"a2"}
    undated = tmp_path / "undated.jsonl"
    pd.DataFrame([{"outlet": "Wadi Post", "day": "2031-04-02", "text": CAPTIVE["s"]}]).to_json(
        undated, orient="records", lines=True, force_ascii=False)
    assert len(framing.count_terms(undated, "captives", outlet="WADI POST")) == 1
    r = CliRunner().invoke(main, ["terms", str(undated), "--lexicon", "captives", "--since", "2031-01-01"])
    assert r.exit_code == 1 and "no article has a publication date" in r.output and "--map NAME=published" in r.output



def test_a_misspelt_outlet_is_named_on_the_command_line(tmp_path):
    out = _captive_corpus(tmp_path)       # ه typed for ة, as on many keyboards; no close name: the list alone
    r = CliRunner().invoke(main, ["terms", str(out), "--lexicon", "captives", "--outlet", "قناه الجنوب"])
    assert r.exit_code == 2 and "unknown outlet(s) قناه الجنوب (did you mean 'قناة الجنوب'?); outlets are:" in r.output
    r = CliRunner().invoke(main, ["kwic", str(out), "--lexicon", "captives", "--outlet", "Mountain Echo"])
    assert r.exit_code == 2 and "unknown outlet(s) Mountain Echo; outlets are:" in r.output

def test_sources_takes_the_shared_filters_and_needs_events_to_group_by_them(tmp_path):
    said = "وقال وزير المياه سالم النجار إن السد سيفتح الأسبوع المقبل أمام المزارعين."
    rows = [{"id": "s1", "outlet": "صحيفة الشمال", "published": "2031-04-02", "text": said},
            {"id": "s2", "outlet": "قناة الجنوب", "published": "2031-04-09", "text": said}]
    src = tmp_path / "t.jsonl"
    pd.DataFrame(rows).to_json(src, orient="records", lines=True, force_ascii=False)
    assert set(framing.sources(src)["outlet"]) == {"صحيفة الشمال", "قناة الجنوب"}
    assert set(framing.sources(src, outlet="قناة الجنوب")["outlet"]) == {"قناة الجنوب"}
    r = CliRunner().invoke(main, ["sources", str(src), "--until", "2031-04-05", "--format", "csv"])
    assert r.exit_code == 0 and "صحيفة الشمال" in r.stdout and "قناة الجنوب" not in r.stdout
    r = CliRunner().invoke(main, ["sources", str(src), "--by", "event"])
    assert r.exit_code == 2 and "run framing events first" in r.output


def test_filters_that_keep_nothing_say_what_there_is(tmp_path):
    out = _captive_corpus(tmp_path)
    with pytest.raises(framing.errors.InputError, match="the articles run from 2031-04-02 to 2031-05-20$"):
        framing.count_terms(out, "captives", since="2031-06-01")
    with pytest.raises(UsageError, match="since 2031-05-01 is after until 2031-04-01"):
        framing.count_terms(out, "captives", since="2031-05-01", until="2031-04-01")
    r = CliRunner().invoke(main, ["terms", str(out), "--lexicon", "captives", "--event", "EV-A"])
    assert r.exit_code == 2 and "(did you mean 'ev-a'?)" in r.output


def test_shares_by_month_and_the_undated_articles_counted_in_a_note(tmp_path):
    out = _captive_corpus(tmp_path)
    t = framing.term_shares(out, "captives", by="outlet,month")
    north = t[(t["outlet"] == "صحيفة الشمال") & (t["term"] == "hostages")].set_index("month")
    assert north["matches"].to_dict() == {"2031-04": 1, "2031-05": 1} and "note" not in t.attrs
    rows = [{"outlet": "صدى الجبل", "published": "2031-04-02", "text": CAPTIVE["s"]},
            {"outlet": "صدى الجبل", "published": None, "text": CAPTIVE["s"] + " وتجددت الأزمة."}]
    src = tmp_path / "half.jsonl"
    pd.DataFrame(rows).to_json(src, orient="records", lines=True, force_ascii=False)
    r = CliRunner().invoke(main, ["terms", str(src), "--lexicon", "captives", "--by", "year", "--format", "csv"])
    assert r.exit_code == 0 and "\n2031,captives,hostages,1,1," in r.stdout
    assert "note: 1 of 2 articles have no date and are in no row" in r.stderr


def test_renaming_onto_an_existing_outlet_says_it_merged_them(tmp_path):
    out = _captive_corpus(tmp_path)
    r = CliRunner().invoke(main, ["outlets", str(out), "--rename", "قناة الجنوب=صحيفة الشمال", "--format", "csv"])
    assert r.exit_code == 0 and "note: merged قناة الجنوب into صحيفة الشمال: now one outlet" in r.stderr
    assert framing.outlets(out)["articles"].tolist() == [3]
    assert "note" not in framing.outlets(out, rename={"صحيفة الشمال": "صحيفة الشمال اليومية"}).attrs


def test_keyness_by_month(tmp_path):
    out = _captive_corpus(tmp_path)
    k = framing.keyness(out, by="month", min_count=1)
    assert set(k["month"]) == {"2031-04", "2031-05"}
    r = CliRunner().invoke(main, ["keyness", str(out), "--by", "outlet,month", "--min-count", "1", "--format", "csv"])
    assert r.exit_code == 0 and "صحيفة الشمال · 2031-04" in r.stdout
    k = framing.keyness(out, by="outlet,month", min_count=1)
    assert "صحيفة الشمال · 2031-05" in set(k["outlet,month"])
