"""Events and wire copies on a small hand-written corpus of fictional outlets."""
from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

from framing import events as ev
from framing.errors import InputError, UsageError
from framing.events import _common, clustering, features
from framing.events import copies as copies_module
from framing.cli import main
from framing.corpus import Corpus, from_frame, load

AGENCY = ("أعلنت وزارة الصحة في مدينة الساحل الأخضر اليوم تسجيل ثلاثين إصابة جديدة بالحمى النزفية "
          "في مخيمات النازحين شمال المدينة، وقالت إن فرقها الطبية نقلت المصابين إلى مستشفى الرحمة الميداني. "
          "وأضافت الوزارة في بيانها أن حملة تطعيم واسعة ستبدأ صباح الأحد وتشمل أكثر من عشرة آلاف طفل، "
          "داعية السكان إلى غلي مياه الشرب وتجنب الآبار المكشوفة حتى إشعار آخر.")

ROWS = [
    # event A: dam collapse, three outlets, two days
    ("a1", "الأفق", "2030-03-01", "انهيار سد وادي الريم يغرق ثلاث قرى",
     "انهار سد وادي الريم فجر اليوم بعد أمطار غزيرة، وغمرت المياه ثلاث قرى في المنطقة الجبلية. "
     "وقال الدفاع المدني إن فرق الإنقاذ أجلت مئات الأسر من القرى المنكوبة وإن البحث جار عن مفقودين."),
    ("a2", "النهار الجديد", "2030-03-01", "فيضانات بعد انهيار سد الريم وإجلاء مئات الأسر",
     "أدى انهيار سد الريم إلى فيضانات واسعة في القرى الجبلية، وأعلن الدفاع المدني إجلاء مئات الأسر. "
     "وتواصل فرق الإنقاذ البحث عن مفقودين بعد أن غمرت المياه المنازل والمزارع."),
    ("a3", "صوت المدينة", "2030-03-02", "سد الريم: حصيلة الفيضانات ترتفع والبحث عن المفقودين مستمر",
     "ارتفعت حصيلة ضحايا الفيضانات التي أعقبت انهيار سد وادي الريم، وقال الدفاع المدني إن فرق الإنقاذ "
     "ما زالت تبحث عن مفقودين في القرى التي غمرتها المياه."),
    # event B: football final, three outlets, same day as A
    ("b1", "الأفق", "2030-03-01", "النجوم يتوج بكأس الدوري بعد فوزه على الشعلة",
     "توج نادي النجوم بكأس الدوري بعد فوزه على نادي الشعلة بهدفين مقابل هدف في المباراة النهائية "
     "التي أقيمت على الملعب الكبير أمام خمسين ألف متفرج، وسجل المهاجم سالم هدف الفوز في الدقيقة الأخيرة."),
    ("b2", "النهار الجديد", "2030-03-01", "هدف قاتل لسالم يمنح النجوم لقب الدوري",
     "منح المهاجم سالم فريقه النجوم لقب الدوري بهدف في الدقيقة الأخيرة من النهائي أمام الشعلة، "
     "لينتهي اللقاء بفوز النجوم بهدفين مقابل هدف على الملعب الكبير."),
    ("b3", "صوت المدينة", "2030-03-02", "جماهير النجوم تحتفل بلقب الدوري",
     "احتفلت جماهير نادي النجوم حتى ساعات الصباح بلقب الدوري بعد الفوز على الشعلة في النهائي، "
     "وأشاد المدرب بالمهاجم سالم صاحب هدف الفوز في الدقيقة الأخيرة."),
    # event C: ministers' summit on water, two outlets
    ("c1", "الأفق", "2030-03-02", "قمة وزراء المياه تقر خطة لتقاسم مياه نهر الفرات الجديد",
     "أقرت قمة وزراء المياه في العاصمة خطة لتقاسم مياه نهر الفرات الجديد بين الدول الثلاث، "
     "ونصت الخطة على لجنة فنية مشتركة تراقب منسوب النهر وتوزع الحصص كل موسم."),
    ("c2", "صوت المدينة", "2030-03-03", "اتفاق على لجنة مشتركة لحصص نهر الفرات الجديد",
     "اتفق وزراء المياه في ختام قمتهم على تشكيل لجنة فنية مشتركة لتوزيع حصص نهر الفرات الجديد "
     "ومراقبة منسوبه، في خطة وصفها الوزراء بالتاريخية."),
    # singletons
    ("s1", "الأفق", "2030-03-01", "افتتاح معرض الكتاب الدولي بمشاركة مئتي دار نشر",
     "افتتح معرض الكتاب الدولي أبوابه بمشاركة مئتي دار نشر من عشرين بلدا، ويستمر المعرض عشرة أيام "
     "ويضم ندوات شعرية وأمسيات للأطفال."),
    ("s2", "النهار الجديد", "2030-03-02", "ارتفاع أسعار الذهب إلى مستوى قياسي",
     "ارتفعت أسعار الذهب في الأسواق المحلية إلى مستوى قياسي مع تراجع العملة، وقال تجار إن الطلب "
     "على السبائك تضاعف خلال أسبوع."),
    # dam again, 20 days later: same words, outside the window
    ("a9", "النهار الجديد", "2030-03-22", "بدء إعادة بناء سد وادي الريم",
     "بدأت أعمال إعادة بناء سد وادي الريم الذي انهار قبل ثلاثة أسابيع وأغرق ثلاث قرى، "
     "وقال الدفاع المدني إن الأسر التي أجليت عادت إلى القرى."),
    # wire copies: the agency item, a full reprint, and a partial reprint with an own introduction
    ("w0", "وكالة الأنباء", "2030-03-02", "ثلاثون إصابة جديدة بالحمى النزفية في مخيمات النازحين", AGENCY),
    ("w1", "الأفق", "2030-03-02", "الحمى النزفية تضرب مخيمات النازحين", AGENCY),
    ("w2", "صوت المدينة", "2030-03-03", "قلق في الساحل الأخضر من تفشي الحمى",
     "يعيش سكان الساحل الأخضر حالة من القلق بعد انتشار أنباء عن تفشي المرض في المخيمات، "
     "واصطف المئات أمام الصيدليات لشراء الأدوية والمطهرات. " + AGENCY + " "
     "وطالب نواب عن المنطقة الحكومة بإرسال فرق طبية إضافية وتوفير مياه نظيفة للمخيمات، "
     "كما دعت جمعيات أهلية إلى التبرع بالدم لصالح المستشفى الميداني الذي يعاني نقصا حادا "
     "في الأسرة والمعدات والكوادر، وسط تحذيرات من أن موسم الأمطار المقبل قد يزيد الوضع سوءا "
     "في المخيمات المكتظة التي تفتقر إلى شبكات صرف صحي."),
]
GOLD = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B", "b3": "B", "c1": "C", "c2": "C",
        "s1": "S1", "s2": "S2", "a9": "A9", "w0": "W", "w1": "W", "w2": "W"}


def make_corpus(rows=ROWS) -> Corpus:
    df = pd.DataFrame(rows, columns=["id", "outlet", "published", "title", "text"])
    df["event_id"] = "stale"          # an existing column must be ignored
    return Corpus(from_frame(df))


@pytest.fixture(scope="module")
def corpus():
    return make_corpus()


@pytest.fixture(scope="module")
def assigned(corpus):
    return ev.assign_events(corpus)


def groups(c: Corpus) -> dict[str, str]:
    return dict(zip(c.df["id"], c.df["event_id"]))


# -- evaluate -----------------------------------------------------------------
def test_evaluate_matches_hand_computed_bcubed():
    # gold: {1,2,3} {4,5}; pred: {1,2} {3,4,5}
    gold = pd.Series({"1": "x", "2": "x", "3": "x", "4": "y", "5": "y"})
    pred = pd.Series({"1": "p", "2": "p", "3": "q", "4": "q", "5": "q", "9": "q"})  # 9 not in gold
    m = ev.evaluate(pred, gold)
    # precision per item: 1:1, 2:1, 3:1/3, 4:2/3, 5:2/3 -> 11/3 / 5
    assert m["bcubed_precision"] == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    # recall per item: 1:2/3, 2:2/3, 3:1/3, 4:1, 5:1
    assert m["bcubed_recall"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    # pairs: pred {12, 34, 35, 45}, gold {12, 13, 23, 45}; common {12, 45}
    assert m["pairwise_precision"] == pytest.approx(2 / 4)
    assert m["pairwise_recall"] == pytest.approx(2 / 4)
    assert m["n"] == 5
    p, r = m["bcubed_precision"], m["bcubed_recall"]
    assert m["bcubed_f1"] == pytest.approx(2 * p * r / (p + r))


def test_evaluate_perfect_and_no_overlap():
    s = pd.Series({"a": 1, "b": 1, "c": 2})
    assert ev.evaluate(s, s)["bcubed_f1"] == 1.0
    with pytest.raises(InputError):
        ev.evaluate(pd.Series({"x": 1}), s)


# -- events -------------------------------------------------------------------
def test_events_recover_hand_groups(assigned):
    m = ev.evaluate(assigned.df.set_index("id")["event_id"], pd.Series(GOLD))
    assert m["bcubed_f1"] >= 0.9, m
    g = groups(assigned)
    assert g["a1"] == g["a2"] == g["a3"]
    assert g["b1"] == g["b2"] == g["b3"]
    assert g["c1"] == g["c2"]
    assert len({g["a1"], g["b1"], g["c1"], g["s1"], g["s2"], g["w0"]}) == 6
    assert "stale" not in set(g.values())


def test_window_keeps_a_later_story_apart(assigned):
    g = groups(assigned)
    assert g["a9"] != g["a1"]
    wide = groups(ev.assign_events(make_corpus(), window=30))
    assert wide["a9"] == wide["a1"]


def test_no_event_spans_more_than_the_window():
    # a rolling story told every day for eight days: similar enough to chain, but the window
    # (3 days) bounds every event: no two of its articles more than 3 days apart
    text = ROWS[0][4]
    rows = [(f"d{k}", ["الأفق", "النهار الجديد"][k % 2], f"2030-03-{k + 1:02d}",
             f"سد وادي الريم: اليوم {k + 1} من البحث عن المفقودين", text) for k in range(8)]
    out = ev.assign_events(make_corpus(rows), window=3)
    day = pd.to_datetime(out.df["published"])
    span = day.groupby(out.df["event_id"]).agg(lambda s: (s.max() - s.min()).days)
    assert span.max() <= 3
    assert out.df["event_id"].nunique() < 8          # the story is still grouped, day by day


def test_a_retelling_days_later_needs_more_similarity():
    # c1/c2 (the water summit) a day apart link at a strict threshold; the same pair three days
    # apart (still inside the window) does not: similarity fades after the next day (FADE)
    later = [r if r[0] != "c2" else (*r[:2], "2030-03-05", *r[3:]) for r in ROWS]
    near = groups(ev.assign_events(make_corpus(ROWS), threshold=0.45))
    far = groups(ev.assign_events(make_corpus(later), threshold=0.45))
    assert near["c1"] == near["c2"]
    assert far["c1"] != far["c2"]


def test_ids_are_deterministic_and_order_free(assigned):
    shuffled = make_corpus(ROWS[::-1])
    assert groups(ev.assign_events(shuffled)) == groups(assigned)
    assert all(e.startswith("ev-2030") for e in assigned.df["event_id"])


def test_threshold_one_splits_everything(corpus):
    g = groups(ev.assign_events(corpus, threshold=1.0))
    # only the verbatim pair shares most features; everything else is alone
    assert len(set(g.values())) >= len(ROWS) - 2


def test_events_table(assigned):
    t = assigned.events
    assert list(t.columns) == ["event_id", "label", "top_terms", "first", "last", "outlets", "n_outlets", "articles"]
    assert t["articles"].sum() == len(ROWS)
    row = t[t["event_id"] == groups(assigned)["a1"]].iloc[0]
    assert row["first"] == "2030-03-01" and row["last"] == "2030-03-02"
    assert row["n_outlets"] == 3 and row["articles"] == 3
    assert row["outlets"] == "الأفق, النهار الجديد, صوت المدينة"
    assert "الريم" in row["label"]
    assert "ريم" in row["top_terms"].split() or "سد" in row["top_terms"].split()
    # public function on a corpus that already has ids gives the same table
    again = ev.events_table(assigned)
    assert again["event_id"].tolist() == t["event_id"].tolist()


def test_labels_win_and_unlabelled_join(corpus):
    labels = {"a1": "flood", "a2": "flood", "s1": "flood", "b1": "final"}   # s1 deliberately odd
    g = groups(ev.assign_events(corpus, labels=labels))
    assert g["a1"] == g["a2"] == g["s1"] == "flood"          # labelled rows are never moved
    assert g["a3"] == "flood"                                # unlabelled articles join their event
    assert g["b2"] == g["b3"] == g["b1"] == "final"
    assert g["c1"] == g["c2"] not in ("flood", "final")      # no label fits: clustered as usual
    assert g["s2"] not in ("flood", "final")


def test_undated_articles_compared_in_small_corpus():
    rows = [r if r[0] != "a3" else (r[0], r[1], None, r[3], r[4]) for r in ROWS]
    g = groups(ev.assign_events(make_corpus(rows)))
    assert g["a3"] == g["a1"]


def test_bad_parameters(corpus):
    with pytest.raises(UsageError):
        ev.assign_events(corpus, threshold=0)
    with pytest.raises(UsageError):
        ev.assign_events(corpus, window=-1)


# -- wire copies ---------------------------------------------------------------
def test_find_copies(corpus):
    cp = ev.find_copies(corpus).set_index("id")
    assert cp.loc["w1", "copy_of"] == "w0" and cp.loc["w1", "copy_score"] > 0.9
    assert cp.loc["w2", "copy_of"] == "w0"                   # the agency text is all inside w2
    assert pd.isna(cp.loc["w0", "copy_of"]) and pd.isna(cp.loc["a2", "copy_of"])
    assert cp["copy_of"].notna().sum() == 2
    assert cp.loc["w2", "copy_score"] > 0.9                  # containment of the shorter text
    loose = ev.find_copies(corpus, copy_threshold=0.2, window=0).set_index("id")
    assert loose.loc["w1", "copy_of"] == "w0" and pd.isna(loose.loc["w2", "copy_of"])  # w2 is a day later


def test_copy_share(corpus):
    t = ev.copy_share(corpus).set_index("outlet")
    assert t.loc["وكالة الأنباء", "copied_share"] == pytest.approx(1.0)
    assert t.loc["الأفق", "copies"] == 1 and t.loc["صوت المدينة", "copies"] == 1
    # about half of w2 is agency text, the rest of صوت المدينة is its own
    assert 0.05 < t.loc["صوت المدينة", "copied_share"] < 0.5
    assert t.loc["النهار الجديد", "copied_share"] == 0


# -- gold files and CLI ---------------------------------------------------------------
def test_read_gold_by_source(tmp_path):
    df = make_corpus().df.copy()
    df["source_path"] = [f"/data/pages/{o}/{i}.html" for o, i in zip(df["outlet"], df["id"])]
    df.loc[df["id"] == "w0", "source_path"] = "/data/pages/wire-feed.jsonl#3"
    p = tmp_path / "gold.csv"
    pd.DataFrame({"source": ["الأفق/a1.html", "wire-feed.jsonl#w0", "missing.html"],
                  "event": ["A", "W", "Z"]}).to_csv(p, index=False)
    g = ev.read_gold(p, df)
    assert g.to_dict() == {"a1": "A", "w0": "W"}


def test_cli_events_roundtrip(tmp_path):
    src = tmp_path / "in.jsonl"
    make_corpus().df.to_json(src, orient="records", lines=True, force_ascii=False)
    gold = tmp_path / "gold.csv"
    pd.Series(GOLD, name="event").rename_axis("id").reset_index().to_csv(gold, index=False)
    out = tmp_path / "corpus"
    r = CliRunner().invoke(main, ["events", str(src), "-o", str(out), "--evaluate", str(gold), "--format", "csv"])
    assert r.exit_code == 0, r.output
    metrics = dict(line.split(",") for line in r.stdout.strip().splitlines()[1:])
    assert float(metrics["bcubed_f1"]) >= 0.9
    c = load(out)
    assert c.df["event_id"].notna().all() and c.events is not None
    assert c.df.set_index("id").loc["w1", "copy_of"] == "w0"
    # stored events are shown without recomputing
    r = CliRunner().invoke(main, ["events", str(out), "--list", "--copies", "--format", "csv"])
    assert r.exit_code == 0 and "event_id,label" in r.stdout and "outlet,articles,copies" in r.stdout


def test_cli_bad_labels_file(tmp_path):
    src = tmp_path / "in.jsonl"
    make_corpus().df.to_json(src, orient="records", lines=True, force_ascii=False)
    bad = tmp_path / "labels.csv"
    bad.write_text("doc,label\n1,x\n")
    r = CliRunner().invoke(main, ["events", str(src), "--labels", str(bad)])
    assert r.exit_code == 2 or r.exit_code == 1
    assert "expected columns id,event" in r.stderr


def test_latin_article_joins_its_arabic_event_by_names():
    en = ("b4", "Coastline Daily", "2030-03-01", "Al-Nujoum win the league as Salem scores late",
          "Al-Nujoum were crowned league champions on Sunday after striker Salem scored in the last minute "
          "of the final against Al-Shuala at the Grand Stadium. Nujoum coach Karim Haddad praised Salem.")
    other = ("x4", "Coastline Daily", "2030-03-02", "Gold prices hit a record high",
             "Gold prices rose to a record high in local markets as the currency fell, traders said.")
    g = groups(ev.assign_events(make_corpus(ROWS + [en, other])))
    assert g["b4"] == g["b1"]
    assert g["x4"] not in (g["b1"], g["s2"], g["a1"])


@pytest.mark.parametrize("latin, arabic", [("Qanawati", "قنواتي"), ("Karun", "كارون"), ("Salmar", "سالمار"),
                                           ("Nakhil", "نخيل"), ("Ward", "ورد")])
def test_name_skeletons_agree_across_scripts(latin, arabic):
    assert features._skeleton(latin, False) == features._skeleton(arabic, True)
    assert features._skeleton("Karun", False) != features._skeleton("سيرين", True)


def test_top_k_keeps_largest_weights_per_row():
    import scipy.sparse as sp
    X = sp.csr_matrix([[0.1, 0.5, 0.0, 0.3], [0.0, 0.0, 0.2, 0.0]])
    Y = features._top_k(X, 2).toarray()
    assert Y.tolist() == [[0.0, 0.5, 0.0, 0.3], [0.0, 0.0, 0.2, 0.0]]
    # equal weights: the first columns win, whatever other rows are cut with it
    tie = sp.csr_matrix([[0.0, 0.25, 0.25, 0.25]])
    alone = features._top_k(tie, 2).toarray()
    stacked = features._top_k(sp.vstack([sp.csr_matrix([[9.0, 0.0, 0.1, 0.2]]), tie]), 2).toarray()[1:]
    assert alone.tolist() == stacked.tolist() == [[0.0, 0.25, 0.25, 0.0]]


@pytest.fixture(scope="module")
def demo():
    from pathlib import Path
    root = Path(__file__).resolve().parents[1] / "corpora" / "demo"
    if not (root / "gold" / "events.csv").exists():
        pytest.skip("demo corpus not present")
    from framing.ingest import ingest
    return root, Corpus(ingest([str(root / "pages")], progress=False).articles)


def test_demo_corpus_events_and_copies(demo):
    """The defaults on the project's demo corpus (the corpus they were tuned on)."""
    root, corpus = demo
    c = ev.assign_events(corpus)
    m = ev.evaluate(c.df.set_index("id")["event_id"], ev.read_gold(root / "gold" / "events.csv", c.df))
    assert m["n"] == len(c) and m["bcubed_f1"] >= 0.9, m
    cp = ev.find_copies(c).merge(c.df[["id", "source_path"]], on="id")
    found = {(a.rsplit("/", 1)[-1], b) for a, b in zip(cp["source_path"], cp["copy_of"]) if pd.notna(b)}
    gold = pd.read_csv(root / "gold" / "copies.csv")
    assert len(found) == len(gold)


def test_sweep_visits_every_pair_in_the_window_once():
    import numpy as np
    rng = np.random.default_rng(7)
    days = rng.integers(0, 40, 120)
    days[rng.choice(120, 6, replace=False)] = -1            # undated: compared with all (small corpus)
    seen = []
    for block, ctx in _common._sweep(days, 3, chunk=5):
        rows = np.concatenate([ctx, block])
        for k, r in enumerate(block):
            for c in rows[:len(ctx) + k]:
                if days[r] < 0 or days[c] < 0 or abs(days[r] - days[c]) <= 3:
                    seen.append((min(r, c), max(r, c)))
    want = {(a, b) for a in range(120) for b in range(a + 1, 120)
            if days[a] < 0 or days[b] < 0 or abs(days[a] - days[b]) <= 3}
    assert len(seen) == len(set(seen)) and set(seen) == want


def test_results_do_not_depend_on_the_block_size(demo, monkeypatch):
    """Blocks bound the memory; the IDF is the corpus's, so cutting finer changes nothing."""
    _, corpus = demo
    events, copies, share = (ev.assign_events(corpus).df["event_id"], ev.find_copies(corpus),
                             ev.copy_share(corpus))
    for module in (_common, clustering, copies_module, features):    # the package reads _CHUNK in each
        monkeypatch.setattr(module, "_CHUNK", 4)
    assert len(list(_common._sweep(_common._days(corpus.df), 3))) > 5
    assert ev.assign_events(corpus).df["event_id"].equals(events)
    pd.testing.assert_frame_equal(ev.find_copies(corpus), copies)
    pd.testing.assert_frame_equal(ev.copy_share(corpus), share)


def test_slices_cover_the_step_and_bound_the_product(monkeypatch):
    """A step's window is multiplied slice by slice: each row once, context and block apart,
    and a block row only meets the slices of rows before it."""
    monkeypatch.setattr(_common, "_PRODUCT", 12)
    sl = _common._slices(7, 4)                     # 7 context rows, 4 block rows: slices of 3
    assert sl == [(0, 3, 0), (3, 6, 0), (6, 7, 0), (7, 10, 0), (10, 11, 3)]
    assert all((e - s) * 4 <= 12 for s, e, _ in sl)
    assert _common._slices(0, 0) == []


def test_results_do_not_depend_on_the_product_slices(demo, monkeypatch):
    """Slicing a step's similarity product (memory bounded however dense the days) changes
    no event, copy or share: each pair's value is computed the same way in any slice."""
    _, corpus = demo
    events, copies, share = (ev.assign_events(corpus), ev.find_copies(corpus), ev.copy_share(corpus))
    monkeypatch.setattr(_common, "_PRODUCT", 5)
    for module in (_common, clustering, copies_module, features):    # small blocks: context slices too
        monkeypatch.setattr(module, "_CHUNK", 4)
    again = ev.assign_events(corpus)
    assert again.df["event_id"].equals(events.df["event_id"])
    pd.testing.assert_frame_equal(again.events, events.events)
    pd.testing.assert_frame_equal(ev.find_copies(corpus), copies)
    pd.testing.assert_frame_equal(ev.copy_share(corpus), share)


def test_nearest_keeps_each_articles_most_similar_partners():
    """MAX_PARTNERS: each later article keeps its k most similar earlier ones (ties: the earlier
    row number), so the kept pairs grow with the articles, not with the articles a day holds."""
    import numpy as np
    a = np.array([5, 5, 5, 7, 5, 7])
    b = np.array([1, 2, 3, 1, 4, 2])
    v = np.array([0.2, 0.9, 0.5, 0.3, 0.5, 0.1], np.float32)
    ka, kb, kv = clustering._nearest(a, b, v, 2)
    assert sorted(zip(ka.tolist(), kb.tolist())) == [(5, 2), (5, 3), (7, 1), (7, 2)]
    assert clustering._nearest(a[:0], b[:0], v[:0], 2)[0].tolist() == []


def test_a_filtered_dataframe_works_as_input():
    """A notebook user filters the articles DataFrame (index no longer 0…n-1) and passes it in."""
    import pandas as pd

    from framing.events import assign_events, events_table
    df = pd.DataFrame({
        "id": [f"d{i}" for i in range(6)], "outlet": ["A", "B", "C", "A", "B", "C"],
        "published": ["2025-01-01"] * 3 + ["2025-03-01"] * 3,
        "title": ["زلزال يضرب مدينة الواحة الساحلية"] * 3 + ["افتتاح معرض الكتاب في العاصمة"] * 3,
        "text": ["ضرب زلزال قوي مدينة الواحة الساحلية فجر اليوم وخلف أضرارا في المباني."] * 3
        + ["افتتح وزير الثقافة معرض الكتاب الدولي في العاصمة بمشاركة مئات الناشرين."] * 3})
    sub = df[df["outlet"] != "A"]
    table = events_table(assign_events(sub).df)
    assert sorted(table["articles"]) == [2, 2]


def test_strings_are_taken_chunk_by_chunk_in_order():
    """Rows of a chunked Arrow column (a concatenated or Parquet-read corpus) come back in the
    asked order, missing values as "", without joining the chunks."""
    pytest.importorskip("pyarrow")
    parts = [pd.Series(["أ", None, "ب"], dtype="string[pyarrow]"), pd.Series(["ج", "د"], dtype="string[pyarrow]")]
    df = pd.DataFrame({"text": pd.concat(parts, ignore_index=True)})
    assert df["text"].array._pa_array.num_chunks == 2
    assert _common._strings(df, "text", [4, 0, 1, 3]) == ["د", "أ", "", "ج"]
    assert _common._strings(df, "text") == ["أ", "", "ب", "ج", "د"]
    plain = pd.DataFrame({"text": ["x", None]})
    assert _common._strings(plain, "text", [1, 0]) == ["", "x"]


def test_articles_without_words_are_events_of_their_own():
    rows = [("p1", "الأفق", "2030-03-01", "", ""), ("p2", "الأفق", "2030-03-01", "...", "؟!"),
            ("p3", "النهار الجديد", "2030-03-01", "", "—")]
    out = ev.assign_events(make_corpus(rows))
    assert out.df["event_id"].nunique() == 3 and len(out.events) == 3
    assert ev.find_copies(make_corpus(rows))["copy_of"].isna().all()


def test_missing_titles_and_no_lang_column():
    df = pd.DataFrame({"id": ["a", "b", "c"], "outlet": ["X", "Y", "Z"], "published": ["2030-01-01"] * 3,
                       "title": [pd.NA, "انهيار سد وادي الريم", "Dam collapse at Wadi al-Reem"],
                       "text": ["انهار سد وادي الريم فجر اليوم وغمرت المياه القرى", pd.NA,
                                "The Wadi al-Reem dam collapsed at dawn, flooding villages"]}).astype("string")
    assert features._scripts(df)[0].tolist() == [True, True, False]
    out = ev.assign_events(df)
    assert out.df["event_id"].notna().all() and len(out.events) >= 1


def test_cli_events_reports_progress_only_when_on(tmp_path, monkeypatch):
    """With progress forced on (and no delay), ``framing events`` names each stage on stderr,
    counted in articles; with it off, stderr holds the summary line only."""
    from framing import _progress
    src = tmp_path / "in.jsonl"
    make_corpus().df.to_json(src, orient="records", lines=True, force_ascii=False)
    monkeypatch.setattr(_progress, "DELAY", 0)
    monkeypatch.setenv("FRAMING_PROGRESS", "1")
    r = CliRunner().invoke(main, ["events", str(src), "-o", str(tmp_path / "on")])
    assert r.exit_code == 0, r.output
    for stage in ("events: reading (articles)", "events: date sweep (articles)", "events: clustering (articles)",
                  "events: describing events",
                  "events: wire copies"):
        assert stage in r.stderr
    assert f"/{len(ROWS)}" in r.stderr              # articles done of the total
    monkeypatch.setenv("FRAMING_PROGRESS", "0")
    r = CliRunner().invoke(main, ["events", str(src), "-o", str(tmp_path / "off")])
    assert r.exit_code == 0 and "events:" not in r.stderr and "sweep" not in r.stderr and "%|" not in r.stderr
    assert r.stderr.startswith(f"{len(ROWS)} articles →")     # the summary line only
    assert load(tmp_path / "on").df["event_id"].tolist() == load(tmp_path / "off").df["event_id"].tolist()


def test_counted_bar_counts_units_and_is_absent_when_off(monkeypatch):
    from framing import _progress
    blocks = [[1, 2], [3], [4, 5, 6]]
    monkeypatch.setenv("FRAMING_PROGRESS", "0")
    assert _progress.counted(blocks, "x", "article", 6, len) is blocks
    monkeypatch.setenv("FRAMING_PROGRESS", "1")
    assert list(_progress.counted(blocks, "x", "article", 6, len)) == blocks


@pytest.mark.parametrize("days", [[3, 1, -1, 2, 2, 9], [-1, -1, 0], [5, 6, 7], [-1] * 3])
def test_swept_is_the_rows_the_sweep_blocks_hold(days, monkeypatch):
    import numpy as np
    d = np.array(days)
    assert _common._swept(d) == sum(len(b) for b, _ in _common._sweep(d, 3, chunk=2))
    monkeypatch.setattr(_common, "UNDATED_BUDGET", 0)      # undated rows then meet no other row
    assert _common._swept(d) == sum(len(b) for b, _ in _common._sweep(d, 3, chunk=2))


@pytest.mark.parametrize("max_group", [2, 1000])
def test_clustering_progress_counts_every_article_once(max_group, monkeypatch):
    """Each article of the linked groups advances the clustering bar once, also when a large
    chain is split again with a raised bar (``MAX_GROUP``)."""
    from framing import _progress
    seen = []

    class Rec:
        def __init__(self, desc, unit, total):
            seen.append([desc, total, 0])

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def update(self, k=1):
            seen[-1][2] += k

    monkeypatch.setattr(_progress, "counter", Rec)
    monkeypatch.setattr(clustering, "MAX_GROUP", max_group)
    ev.assign_events(make_corpus())
    assert seen and all(desc == "events: clustering (articles)" and done == total for desc, total, done in seen)


def _chained_steps(seed, n_days=40, per_day=6, window=3, block=9):
    """Sweep steps ``(i, j, v, last)`` of a made-up corpus whose links chain across all its days."""
    import numpy as np
    rng = np.random.default_rng(seed)
    days = np.repeat(np.arange(n_days), per_day).astype(np.int64)
    steps = []
    for b0 in range(0, len(days), block):
        pairs = [(c, a, rng.uniform(0.03, 0.4)) for a in range(b0, min(b0 + block, len(days))) for c in range(a)
                 if days[a] - days[c] <= window and rng.random() < 0.3]
        i, j, v = (np.array(x, t) for x, t in zip(zip(*pairs), (np.int32, np.int32, np.float32)))
        steps.append((i, j, v, int(days[min(b0 + block, len(days)) - 1])))
    return days, steps


@pytest.mark.parametrize("max_group", [5, 12, 1500])
@pytest.mark.parametrize("seed", [0, 1])
def test_clustering_during_the_sweep_equals_clustering_all_pairs_at_once(seed, max_group, monkeypatch):
    """Groups (and parts of groups larger than MAX_GROUP) are settled as soon as no later step
    can add to them; the labels are those of clustering every pair at the end, also when the links
    chain into one group across the whole sweep, and the pairs held stay few."""
    days, steps = _chained_steps(seed)
    monkeypatch.setattr(clustering, "MAX_GROUP", max_group)
    monkeypatch.setattr(clustering, "_HELD", 10 ** 9)
    at_once = clustering._cluster(len(days), iter(steps), days, 3, 0.1)
    monkeypatch.setattr(clustering, "_HELD", 25)
    held, close = [], clustering._Groups.close

    def spy(self, i, j, v, cutoff):
        out = close(self, i, j, v, cutoff)
        held.append(len(out[0]))
        return out

    monkeypatch.setattr(clustering._Groups, "close", spy)
    assert clustering._cluster(len(days), iter(steps), days, 3, 0.1).tolist() == at_once.tolist()
    assert len(set(at_once.tolist())) > 20 and len(held) > 3
    if max_group < 1500:        # the chain is one group: only its split lets parts of it go
        assert max(held) < sum(len(s[0]) for s in steps) / 4
