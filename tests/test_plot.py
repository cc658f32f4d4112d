"""framing.plot: every chart is a Figure built without pyplot, labels keep Arabic in logical
order, and saved files are byte-identical across runs."""
from __future__ import annotations

import matplotlib
import pandas as pd
import pytest
from matplotlib.figure import Figure

from framing import plot

SHARES = pd.DataFrame({
    "outlet": ["Desert Post"] * 3 + ["صحيفة الواحة"] * 3 + ["Quiet Times"] * 3,
    "family": ["captives"] * 9,
    "term": ["hostages", "detainees", "prisoners"] * 3,
    "matches": [30, 8, 2, 3, 6, 25, 0, 0, 0],
    "share": [0.75, 0.2, 0.05, 0.09, 0.18, 0.73, pd.NA, pd.NA, pd.NA],
    "ci_low": [0.6, 0.1, 0.0, 0.0, 0.08, 0.6, pd.NA, pd.NA, pd.NA],
    "ci_high": [0.85, 0.3, 0.15, 0.2, 0.3, 0.85, pd.NA, pd.NA, pd.NA],
}).astype({"share": "Float64", "ci_low": "Float64", "ci_high": "Float64"})
TERMS = pd.DataFrame({"family": ["captives"] * 3, "term": ["hostages", "detainees", "prisoners"],
                      "language": ["ar"] * 3, "label_en": ["hostages", "detainees", "prisoners"],
                      "label_ar": ["رهائن", "محتجزون", "أسرى"]})


def _texts(fig: Figure) -> str:
    fig.canvas.draw()  # creates the tick labels
    out = [t.get_text() for t in fig.findobj(matplotlib.text.Text)]
    return "\n".join(out)


def test_term_shares_panels_labels_and_silent_outlet():
    fig = plot.term_shares(SHARES, "captives", TERMS)
    assert isinstance(fig, Figure)
    drawn = [ax for ax in fig.axes if ax.get_visible() and ax.axison]
    assert len(drawn) == 3                                  # one panel per used term
    text = _texts(fig)
    assert "رهائن" in text and "أسرى" in text               # Arabic names, logical order
    assert "Desert Post" in text and "صحيفة الواحة" in text
    assert "no match of the family in: Quiet Times" in text  # named, not drawn as 0%
    yticks = [t.get_text() for t in drawn[0].get_yticklabels()]
    assert "Quiet Times" not in yticks


def test_no_pyplot_state():
    import matplotlib.pyplot as plt
    before = plt.get_fignums()
    plot.term_shares(SHARES, "captives", TERMS)
    plot.articles_over_time(pd.DataFrame({"outlet": ["A", "B"], "published": ["2025-01-01", "2025-02-01"]}))
    assert plt.get_fignums() == before


def test_articles_over_time_counts_and_missing_dates():
    df = pd.DataFrame({"outlet": ["A", "A", "B", "B"],
                       "published": ["2025-01-01", "2025-01-01T09:00:00+03:00", "2025-01-02", None]})
    fig = plot.articles_over_time(df)
    ax = fig.axes[0]
    assert "1 without a date not shown" in ax.get_title(loc="left")
    img = ax.images[0].get_array()
    assert img.max() == 2                                    # two articles of A on 1 January


def test_event_coverage_without_events_says_so():
    df = pd.DataFrame({"outlet": ["A"], "event_id": [None]})
    fig = plot.event_coverage(df)
    assert "framing events" in _texts(fig)


def test_event_term_share_grey_where_no_family_match():
    sh = pd.DataFrame({"outlet": ["A", "A", "B", "B", "B", "B"], "event_id": ["e1", "e1", "e1", "e1", "e2", "e2"],
                       "family": ["f"] * 6, "term": ["x", "y"] * 3, "matches": [3, 1, 0, 0, 0, 2],
                       "share": [0.75, 0.25, None, None, 0.0, 1.0]})
    fig = plot.event_term_share(sh, "x")
    arr = fig.axes[0].images[0].get_array()                 # rows A, B; columns e1, e2
    assert float(arr[0, 0]) == pytest.approx(0.75)
    assert bool(arr.mask[1, 0])                              # B has no match in e1: grey, not 0%
    assert float(arr[1, 1]) == 0.0                           # B uses only y in e2: a real 0%


def test_event_term_share_writes_the_counts_its_title_promises_on_a_wide_chart():
    """12 outlets × 20 events (240 cells, more than a plain heatmap annotates): every cell with
    family matches still shows its share and, below it, the number of matches."""
    rows = [{"outlet": f"Outlet {o}", "event_id": f"e{e:02d}", "family": "f", "term": t,
             "matches": m, "share": m / 3}
            for o in range(12) for e in range(20) for t, m in (("x", 1 + (o + e) % 3), ("y", 2 - (o + e) % 3))
            if (o + e) % 2 == 0]
    fig = plot.event_term_share(pd.DataFrame(rows), "x", family="f")
    cells = [t.get_text() for t in fig.axes[0].texts]
    assert len(cells) == 120                                 # one per outlet and event with matches
    assert all("\n" in c and c.split("\n")[1] == "3" for c in cells)


def test_keyness_grid_and_bad_input():
    t = pd.DataFrame({"term": ["الاحتلال", "talks"], "z": [4.0, 2.0]})
    fig = plot.keyness_grid({"A": t, "صحيفة الواحة": t})
    assert "الاحتلال" in _texts(fig)
    from framing.errors import SchemaError
    with pytest.raises(SchemaError, match="score column"):
        plot.keyness(pd.DataFrame({"word": ["x"]}))


def test_save_figure_is_byte_identical(tmp_path):
    a = plot.save_figure(plot.term_shares(SHARES, "captives", TERMS), tmp_path / "a")
    b = plot.save_figure(plot.term_shares(SHARES, "captives", TERMS), tmp_path / "b")
    assert [p.suffix for p in a] == [".png", ".svg"]
    for pa, pb in zip(a, b):
        assert pa.read_bytes() == pb.read_bytes()
    assert b"<dc:date>" not in a[1].read_bytes()


def test_term_names_prefer_arabic_label_and_avoid_clashes():
    t = pd.DataFrame({"term": ["hostages", "en_hostages", "x"], "language": ["ar", "en", "ar"],
                      "label_en": ["hostages", "hostages", None], "label_ar": ["رهائن", "رهائن", None]})
    assert plot.term_names(t) == {"hostages": "رهائن", "en_hostages": "hostages", "x": "x"}


def test_arabic_charts_speak_arabic_from_the_right():
    """``lang="ar"`` (an Arabic report): titles, notes and labels in Arabic, titles on the right."""
    df = pd.DataFrame({"outlet": ["A", "A", "B", "B"],
                       "published": ["2025-01-01", "2025-01-01", "2025-01-02", None]})
    ax = plot.articles_over_time(df, lang="ar").axes[0]
    assert ax.get_title(loc="left") == ""
    assert [t.get_text().lstrip("\u200f") for t in ax.get_xticklabels()][:2] == ["01 يناير", "02 يناير"]
    assert "المقالات لكل الوسيلة في كل يوم" in ax.get_title(loc="right") and "بلا تاريخ" in ax.get_title(loc="right")
    text = _texts(plot.term_shares(SHARES, "captives", TERMS, lang="ar"))
    assert "حصة كل مصطلح لكل الوسيلة" in text and "لا مطابقة للعائلة في: Quiet Times" in text
    assert "share of each term" not in text and "no match" not in text
    assert "لا أحداث" in _texts(plot.event_coverage(pd.DataFrame({"outlet": ["A"], "event_id": [None]}), lang="ar"))


def test_source_shares_named_speakers_only():
    src = pd.DataFrame({"outlet": ["Desert Post", "Desert Post", "Desert Post", "صحيفة الواحة"],
                        "speaker": ["سامر الناصري", "", "Lina Hart", "سامر الناصري"],
                        "role": ["وزير الخارجية", "", "", ""], "verb": ["قال", "قال", "said", "زعم"],
                        "quotes": [6, 3, 1, 2], "share": [0.6, 0.3, 0.1, 1.0]})
    fig = plot.source_shares(src, lang="ar")
    text = _texts(fig)
    assert isinstance(fig, Figure) and "60%" in text and "100%" in text and "30%" not in text  # unnamed: not drawn
    assert "من يتكلم" in text or "ﻦﻣ" in text
    empty = plot.source_shares(src.assign(speaker=""))
    assert "No named speaker" in _texts(empty)


def test_family_summary_one_panel_per_compared_family_with_n():
    import pandas as pd
    from framing.plot import family_summary

    def sh(outlets):
        rows = []
        for k, o in enumerate(outlets):
            rows += [{"outlet": o, "term": "x", "matches": 3 + k, "share": 0.6, "ci_low": 0.2, "ci_high": 0.9,
                      "family_articles": 4 + k},
                     {"outlet": o, "term": "y", "matches": 2, "share": 0.4, "ci_low": 0.1, "ci_high": 0.8,
                      "family_articles": 4 + k}]
        return pd.DataFrame(rows)
    fig = family_summary([("a", sh(["Al-Fajr", "Al-Masa"]), {"x": "رهائن"}), ("b", sh(["Al-Fajr"]))])
    used = [ax for ax in fig.axes if ax.axison]
    assert len(used) == 1                                   # family b: one outlet, nothing to compare
    title = " ".join(used[0].get_title(loc=loc) for loc in ("left", "center", "right"))
    assert "a: " in title and "رهائن" in title                 # the term's readable name
    labels = [t.get_text() for t in used[0].get_yticklabels()]
    assert any("n=4" in t for t in labels) and any("n=5" in t for t in labels)


def test_plot_lists_take_top_as_keyness_and_discover_do():
    """keyness, keyness_grid and source_shares say ``top`` (they said ``n``); ``n=`` still works for one release."""
    import inspect
    import warnings
    for f in (plot.keyness, plot.keyness_grid, plot.source_shares):
        assert "top" in inspect.signature(f).parameters and "n" not in inspect.signature(f).parameters
    t = pd.DataFrame({"term": ["أ", "ب", "ج"], "z": [3.0, 2.0, 1.0]})
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        fig = plot.keyness(t, n=2)
    assert any(issubclass(w.category, DeprecationWarning) for w in seen)
    assert len(fig.axes[0].patches) == 2 == len(plot.keyness(t, top=2).axes[0].patches)
