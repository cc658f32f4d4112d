"""Charts: functions that take the stage tables and return a matplotlib ``Figure``.

Nothing is shown or saved here (use :func:`save_figure`), and pyplot's global state
is never touched: every function builds a ``matplotlib.figure.Figure`` with the
object API, so a notebook user can restyle it (``fig.axes[0].set_title(...)``).

Arabic labels are passed in logical order: matplotlib ≥ 3.11 shapes and orders
them itself (no arabic_reshaper/bidi).  All text is set in Amiri, registered from
the ``fontpkg-amiri`` wheel (:func:`framing.display.fonts.register_matplotlib`).

Functions (inputs are the DataFrames of docs/dev-contracts.md):

* :func:`articles_over_time` — articles per outlet per week/month (heatmap).
* :func:`event_coverage` — outlet × event article counts (heatmap).
* :func:`term_shares` — share of each term of a family per outlet, with 95% CIs
  (dot and whisker, one panel per term).
* :func:`event_term_share` — outlet × event heatmap of the share of one term.
* :func:`keyness` — distinctive words of one outlet (horizontal bars of a score).
"""
from __future__ import annotations

import functools
import math
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib import rc_context
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .corpus import publication_day
from .display.fonts import register_matplotlib
from .display.text import clean, pct, rtl_label
from ._renamed import renamed

__all__ = ["articles_over_time", "event_coverage", "term_shares", "family_summary", "event_term_share", "keyness",
           "keyness_grid", "term_names", "group_name", "save_figure", "to_bytes", "STYLE", "source_shares"]

#: matplotlib rcParams used while a chart is built and saved
STYLE = {
    "font.family": ["Amiri"],
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlelocation": "left",
    "svg.hashsalt": "framing",      # stable ids in SVG output
    "svg.fonttype": "path",         # SVG stands alone (no font needed to view it)
    "pdf.fonttype": 42,
    "figure.dpi": 100,
}
WIDTH = 7.0          # inches: the text width of an A4 page with 15 mm margins
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]


def _chart(func):
    """Build the figure under :data:`STYLE` and make lazily created tick labels use Amiri too."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        family = register_matplotlib()
        with rc_context(STYLE):
            fig = func(*args, **kwargs)
            for ax in fig.axes:
                ax.tick_params(labelfontfamily=family)
        return fig
    return wrapper


#: the charts' own wording, per language (``lang=`` of each chart); ``{by}`` is the compared column
_WORDS = {
    "en": {
        "no_dates": "No publication dates: the articles cannot be placed in time.",
        "over_time": "Articles per {by} and {unit}", "D": "day", "W": "week", "M": "month",
        "undated": " ({n} without a date not shown)", "articles": "articles",
        "no_events": "No events: run `framing events` first.",
        "coverage": "Articles per {by} and event{more}", "top": " (top {k} of {n})",
        "no_family": "No matches of {family} in any {by}.", "this_family": "this family",
        "shares": "{family}share of each term per {by} (dot) with 95% CI",
        "rarer": "; {k} rarer term(s) not drawn", "not_found": "\nnot found: {terms}",
        "silent": "\nno match of the family in: {groups}",
        "no_event_family": "No event has matches of {family}.",
        "event_share": "Share of «{term}» within each event (number below: {family} matches; grey: none)",
        "family": "family", "share": "share", "no_keyness": "No distinctive words.",
        "no_sources": "No named speaker is quoted or reported.",
        "sources": "Who speaks: share of each {by}'s quoted and reported statements per speaker (top {k})",
    },
    "ar": {
        "no_dates": "لا تواريخ نشر: لا يمكن وضع المقالات على خط الزمن.",
        "over_time": "المقالات لكل {by} في كل {unit}", "D": "يوم", "W": "أسبوع", "M": "شهر",
        "undated": " (لم تُعرض {n} بلا تاريخ)", "articles": "المقالات",
        "no_events": "لا أحداث: شغّل framing events أولًا.",
        "coverage": "المقالات لكل {by} في كل حدث{more}", "top": " (أكبر {k} من {n})",
        "no_family": "لا مطابقات لـ{family} في أي {by}.", "this_family": "هذه العائلة",
        "shares": "{family}حصة كل مصطلح لكل {by} (النقطة) مع فاصل ثقة 95%",
        "rarer": "؛ {k} مصطلحات أندر لم تُرسم", "not_found": "\nلم يُعثر على: {terms}",
        "silent": "\nلا مطابقة للعائلة في: {groups}",
        "no_event_family": "لا حدث فيه مطابقات لـ{family}.",
        "event_share": "حصة «{term}» داخل كل حدث (الرقم تحتها: مطابقات {family}؛ الرمادي: لا شيء)",
        "family": "العائلة", "share": "الحصة", "no_keyness": "لا كلمات مميزة.",
        "no_sources": "لا متحدث مسمّى في الاقتباسات والكلام المنقول.",
        "sources": "من يتكلم: حصة كل متحدث من اقتباسات كل {by} وكلامها المنقول (أكبر {k})",
    },
}


_AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
              "نوفمبر", "ديسمبر"]


def _w(lang: str, key: str, **kw) -> str:
    return (_WORDS.get(lang) or _WORDS["en"])[key].format(**kw)


def group_name(by: str, lang: str = "en") -> str:
    """The compared column as charts and reports name it (``outlet`` is الوسيلة in Arabic)."""
    return "الوسيلة" if lang == "ar" and by == "outlet" else by


def _title(ax, text: str, lang: str) -> None:
    """An axes title, on the right for Arabic charts (else where :data:`STYLE` puts it)."""
    ax.set_title(rtl_label(text), loc="right" if lang == "ar" else None)


def _suptitle(fig, text: str, lang: str) -> None:
    fig.suptitle(rtl_label(text), x=0.99 if lang == "ar" else 0.01, ha="right" if lang == "ar" else "left",
                 fontsize=10)


def _empty(message: str, height: float = 1.2) -> Figure:
    fig = Figure(figsize=(WIDTH, height))
    ax = fig.add_subplot()
    ax.axis("off")
    ax.text(0.5, 0.5, rtl_label(message), ha="center", va="center", transform=ax.transAxes)
    return fig


def _check(df: pd.DataFrame, cols: list[str], what: str) -> None:
    from .errors import SchemaError
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise SchemaError(f"{what} needs column(s) {', '.join(missing)}; got: {', '.join(map(str, df.columns))}")


def _heatmap(ax, matrix: pd.DataFrame, *, fmt, cmap="Blues", vmin=None, vmax=None, counts=None,
             annotate=True):
    """Draw ``matrix`` (rows × columns) with one cell per value; NaN cells stay light grey.
    Values are written in the cells up to 160 cells; with ``counts`` (a share is unreadable
    without the number under it, which the chart's title promises) up to 24 columns and 30 rows,
    smaller."""
    values = matrix.to_numpy(dtype=float)
    masked = np.ma.masked_invalid(values)
    cm = __import__("matplotlib").colormaps[cmap].with_extremes(bad="#eeeeee")
    vmax = vmax if vmax is not None else (np.nanmax(values) if np.isfinite(values).any() else 1.0)
    im = ax.imshow(masked, aspect="auto", cmap=cm, vmin=vmin if vmin is not None else 0, vmax=vmax or 1.0,
                   interpolation="nearest")
    ax.set_yticks(range(len(matrix.index)), [rtl_label(i) for i in matrix.index])
    ax.set_xticks(range(len(matrix.columns)), [rtl_label(c) for c in matrix.columns])
    ax.tick_params(length=0)
    for s in ax.spines.values():
        s.set_visible(False)
    small = values.size <= 160
    if annotate and (small or (counts is not None and values.shape[0] <= 30 and values.shape[1] <= 24)):
        size = (7 if small else 6) if counts is not None else 8
        for (i, j), v in np.ndenumerate(values):
            if not np.isfinite(v):
                continue
            text = fmt(v) if counts is None else f"{fmt(v)}\n{int(counts[i, j])}"
            dark = (v - (vmin or 0)) / ((vmax or 1.0) - (vmin or 0) or 1) > 0.55
            ax.text(j, i, text, ha="center", va="center", fontsize=size, color="white" if dark else "#222222")
    return im


# ---------------------------------------------------------------------------
@_chart
def articles_over_time(articles: pd.DataFrame, freq: str | None = None, by: str = "outlet",
                       title: str | None = None, lang: str = "en") -> Figure:
    """Articles per outlet per period, as a heatmap (rows: outlets, columns: periods).

    ``articles``: the corpus columns ``outlet`` and ``published`` (a ``Corpus`` works too).
    ``freq``: ``"D"``, ``"W"`` or ``"M"``; by default from the date span (≤ 31 days: days,
    ≤ 26 weeks: weeks, else months).  Articles without a date are left out (and counted
    in the title).  ``lang``: ``en`` or ``ar``, the wording of titles and labels.
    """
    df = getattr(articles, "df", articles)
    _check(df, [by, "published"], "articles_over_time")
    df = pd.DataFrame({"outlet": df[by], "published": df["published"]})
    dates = publication_day(df["published"])
    ok = dates.notna() & df["outlet"].notna()
    if not ok.any():
        return _empty(_w(lang, "no_dates"))
    d = pd.DataFrame({"outlet": df["outlet"][ok].astype(str), "date": dates[ok]})
    span = (d["date"].max() - d["date"].min()).days
    freq = freq or ("D" if span <= 31 else "W" if span <= 26 * 7 else "M")
    period = d["date"].dt.to_period(freq)
    table = (d.assign(period=period).groupby(["outlet", "period"]).size().unstack(fill_value=0))
    full = pd.period_range(period.min(), period.max(), freq=freq)
    table = table.reindex(columns=full, fill_value=0).sort_index()
    label = {"D": "%d %b", "W": "%d %b", "M": "%b %Y"}.get(freq[0], "%Y-%m-%d")
    if lang == "ar":                       # month names as Arabic news sites print them
        label = label.replace("%b", "{month}")
    table.columns = [rtl_label(p.start_time.strftime(label).format(month=_AR_MONTHS[p.start_time.month - 1]))
                     for p in table.columns]
    height = min(9.0, 1.4 + 0.28 * len(table.index))
    fig = Figure(figsize=(WIDTH, height), layout="constrained")
    ax = fig.add_subplot()
    shown = table.where(table > 0)
    im = _heatmap(ax, shown, fmt=lambda v: f"{int(v)}", annotate=len(table.columns) <= 24)
    step = max(1, math.ceil(len(table.columns) / 16))
    ax.set_xticks(range(0, len(table.columns), step), list(table.columns)[::step], rotation=45, ha="right")
    unit = _w(lang, freq[0]) if freq[0] in "DWM" else freq
    missing = int((~ok).sum())
    _title(ax, title or _w(lang, "over_time", by=group_name(by, lang), unit=unit)
           + (_w(lang, "undated", n=missing) if missing else ""), lang)
    fig.colorbar(im, ax=ax, shrink=0.8, label=rtl_label(_w(lang, "articles")), ticks=MaxNLocator(integer=True))
    return fig


@_chart
def event_coverage(articles: pd.DataFrame, events: pd.DataFrame | None = None, max_events: int = 30,
                   by: str = "outlet", title: str | None = None, lang: str = "en") -> Figure:
    """Which outlet covered which event: outlet × event article counts (heatmap).

    ``articles``: columns ``outlet``, ``event_id`` (a ``Corpus`` works too).
    ``events``: optional ``events_table`` output (``event_id``, ``label``) for column labels.
    Shows the ``max_events`` events covered by the most outlets (then most articles).
    """
    df = getattr(articles, "df", articles)
    _check(df, [by, "event_id"], "event_coverage")
    d = pd.DataFrame({"outlet": df[by], "event_id": df["event_id"]})
    d = d[d["event_id"].notna()]
    if d.empty:
        return _empty(_w(lang, "no_events"))
    table = d.groupby(["outlet", "event_id"]).size().unstack(fill_value=0)
    order = pd.DataFrame({"n_outlets": (table > 0).sum(), "articles": table.sum()})
    order = order.sort_values(["n_outlets", "articles"], ascending=False, kind="stable")
    table = table[_by_code(order.index[:max_events], events)]
    labels = _event_labels(events, table.columns)
    table.columns = [labels[c] for c in table.columns]
    height = min(9.0, 2.2 + 0.3 * len(table.index))
    fig = Figure(figsize=(WIDTH, height), layout="constrained")
    ax = fig.add_subplot()
    im = _heatmap(ax, table.where(table > 0), fmt=lambda v: f"{int(v)}", cmap="Greens")
    _event_ticks(ax, list(table.columns))
    more = _w(lang, "top", k=max_events, n=f"{len(order):,}") if len(order) > max_events else ""
    _title(ax, title or _w(lang, "coverage", by=group_name(by, lang), more=more), lang)
    fig.colorbar(im, ax=ax, shrink=0.8, label=rtl_label(_w(lang, "articles")), ticks=MaxNLocator(integer=True))
    return fig


def _event_labels(events: pd.DataFrame | None, ids) -> dict:
    """event id → its column label: the ``short`` code of ``events`` when it has one (E1, E2…,
    explained in a legend table), else the label cut to 28 characters and the id."""
    if events is not None and "short" in getattr(events, "columns", []):
        short = dict(zip(events["event_id"], events["short"]))
        return {i: str(short.get(i, i)) for i in ids}
    labels = {}
    if events is not None and "label" in getattr(events, "columns", []):
        labels = {k: clean(v) for k, v in zip(events["event_id"], events["label"]) if clean(v)}
    out = {}
    for i in ids:
        lab = labels.get(i, "")
        lab = lab if len(lab) <= 28 else lab[:27] + "…"
        out[i] = f"{lab} [{i}]" if lab and lab != str(i) else str(i)
    return out


def _by_code(ids, events) -> list:
    """Event ids in the order of their short codes (E1, E2…: date order) when ``events`` has them."""
    if events is None or "short" not in getattr(events, "columns", []):
        return list(ids)
    num = {i: int(str(c)[1:]) if str(c)[1:].isdigit() else 10 ** 9 for i, c in zip(events["event_id"], events["short"])}
    return sorted(ids, key=lambda i: num.get(i, 10 ** 9))


def _event_ticks(ax, labels: list) -> None:
    """Event labels under a heatmap: upright when they are short codes (E12), else slanted."""
    short = all(len(str(c)) <= 4 for c in labels)
    ax.set_xticks(range(len(labels)), [rtl_label(c) for c in labels], rotation=0 if short else 60,
                  ha="center" if short else "right", fontsize=7)


def term_names(terms: pd.DataFrame | None) -> dict:
    """Readable names of lexicon terms (``Lexicon.terms_table()``): the Arabic label of an Arabic
    term, the English label of an English one, else the term id; ids where names would clash."""
    if terms is None or "term" not in getattr(terms, "columns", []):
        return {}
    names = {}
    for r in terms.to_dict("records"):
        lang = clean(r.get("language")) or "ar"
        name = clean(r.get("label_ar") if lang == "ar" else r.get("label_en")) or clean(r["term"])
        names[r["term"]] = name
    counts = pd.Series(list(names.values())).value_counts()
    return {t: (n if counts[n] == 1 else f"{n} ({t})") for t, n in names.items()}


def _term_labels(terms: pd.DataFrame | None) -> dict:
    """Two-line chart labels: the readable name, then the term id when it differs."""
    return {t: (n if n == t else f"{n}\n{t}") for t, n in term_names(terms).items()}


def _share_panel(ax, t: pd.DataFrame, y: dict, color, label: str) -> None:
    """One panel of :func:`term_shares`: the rows ``t`` of one term (``outlet, share, ci_low,
    ci_high``, shares 0–1) as a dot and a CI whisker per outlet at height ``y[outlet]``; x axis 0–100 %."""
    ys = t["outlet"].map(y).to_numpy(dtype=float)
    share = t["share"].to_numpy(dtype=float)
    lo = np.clip(share - t["ci_low"].to_numpy(dtype=float), 0, None)
    hi = np.clip(t["ci_high"].to_numpy(dtype=float) - share, 0, None)
    ax.errorbar(share, ys, xerr=np.nan_to_num(np.vstack([lo, hi])), fmt="o", color=color, ms=4.5,
                elinewidth=1.4, capsize=0)
    ax.set_xlim(-0.03, 1.03)
    ax.set_xticks([0, 0.5, 1], ["0", "50%", "100%"])
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    ax.set_title(rtl_label(label), fontsize=9, loc="center")


@_chart
def term_shares(shares: pd.DataFrame, family: str | None = None, terms: pd.DataFrame | None = None,
                max_terms: int = 8, title: str | None = None, by: str = "outlet", lang: str = "en") -> Figure:
    """Share of each term of a family per outlet with its 95% confidence interval.

    ``shares``: ``framing.stats.shares`` / ``count_terms(by="outlet")`` output with columns
    ``outlet, family, term, matches, share, ci_low, ci_high`` (share in 0–1).  One panel
    per term (the ``max_terms`` most frequent), outlets as rows, a dot for the share and a
    whisker for the CI.  Outlets with no match of the family are listed in the title.
    ``terms``: optional ``Lexicon.terms_table()`` for English glosses in panel titles.
    """
    _check(shares, [by, "term", "share", "ci_low", "ci_high", "matches"], "term_shares")
    d = shares if family is None or "family" not in shares else shares[shares["family"] == family]
    d = d.drop(columns="outlet", errors="ignore").rename(columns={by: "outlet"}) if by != "outlet" else d
    fam_total = d.groupby("outlet")["matches"].sum()
    silent = sorted(fam_total[fam_total == 0].index.astype(str))
    d = d[d["outlet"].isin(fam_total[fam_total > 0].index)]
    if d.empty:
        return _empty(_w(lang, "no_family", family=family or _w(lang, "this_family"), by=group_name(by, lang)))
    top = d.groupby("term")["matches"].sum().sort_values(ascending=False, kind="stable")
    top = top[top > 0]
    shown_terms = list(top.index[:max_terms])
    if terms is not None and "term" in terms:  # panels in the lexicon's order, as the tables
        rank = {t: k for k, t in enumerate(dict.fromkeys(terms["term"]))}
        shown_terms.sort(key=lambda t: rank.get(t, len(rank)))
    first = shown_terms[0]
    order = (d[d["term"] == first].set_index("outlet")["share"].sort_values(kind="stable"))
    outlets = list(order.index) + sorted(set(d["outlet"]) - set(order.index))
    y = {o: i for i, o in enumerate(outlets)}
    labels = _term_labels(terms)
    ncol = math.ceil(len(shown_terms) / math.ceil(len(shown_terms) / 4))  # 5 panels: 3 + 2, not 4 + 1
    nrow = math.ceil(len(shown_terms) / ncol)
    panel_h = 0.75 + 0.26 * max(len(outlets), 2)      # room for titles even with one outlet
    fig = Figure(figsize=(WIDTH, min(10.0, 0.9 + nrow * panel_h)), layout="constrained")
    grid = fig.subplots(nrow, ncol, sharey=True, squeeze=False)
    axes = grid.ravel()
    for ax in axes[len(shown_terms):]:
        ax.axis("off")
    for k, (ax, term) in enumerate(zip(axes, shown_terms)):
        _share_panel(ax, d[d["term"] == term], y, PALETTE[k % len(PALETTE)], labels.get(term, term))
    n_art = _family_n(d)
    for ax in grid[:, 0]:
        ax.set_yticks(range(len(outlets)), [_with_n(rtl_label(o), n_art.get(o)) for o in outlets])
        ax.set_ylim(-0.6, len(outlets) - 0.4)
    head = title or _w(lang, "shares", family=family + ": " if family else "", by=group_name(by, lang))
    if len(top) > max_terms:
        head += _w(lang, "rarer", k=len(top) - max_terms)
    unused = sorted(set(d["term"]) - set(top.index))
    if unused:
        head += _w(lang, "not_found", terms=", ".join(unused))
    if silent:
        head += _w(lang, "silent", groups=", ".join(silent[:6]) + ("…" if len(silent) > 6 else ""))
    _suptitle(fig, head, lang)
    return fig


@_chart
def family_summary(families: list, by: str = "outlet", lang: str = "en") -> Figure:
    """Small multiples, one panel per family: the share of its most used term per group, with
    its 95% interval, and n (articles with the family) beside each group.

    ``families``: list of ``(title, shares)`` or ``(title, shares, names)``, ``shares`` as
    :func:`framing.stats.shares` (one family; ``by`` column, ``term, matches, share, ci_low,
    ci_high, family_articles``), ``names``: term → readable name (:func:`term_names`).
    """
    panels = []
    for title, d, *rest in families:
        names = rest[0] if rest else {}
        d = d.rename(columns={by: "outlet"}) if by != "outlet" else d
        d = d[d["share"].notna()]
        if d["outlet"].nunique() < 2:  # nothing to compare: said in one line of the summary
            continue
        top = d.groupby("term")["matches"].sum().idxmax()
        panels.append((f"{title}: {names.get(top, top)}", d[d["term"] == top].sort_values("outlet"),
                       _family_n(d)))
    if not panels:
        return _empty("–")
    ncol = min(3, len(panels))
    nrow = math.ceil(len(panels) / ncol)
    rows = max(len(p[1]) for p in panels)
    fig = Figure(figsize=(WIDTH, min(6.0, nrow * (0.6 + 0.2 * rows))), layout="constrained")
    axes = fig.subplots(nrow, ncol, squeeze=False).ravel()
    for ax in axes[len(panels):]:
        ax.axis("off")
    for k, (ax, (title, t, n)) in enumerate(zip(axes, panels)):
        share = t["share"].to_numpy(dtype=float)
        err = np.vstack([np.clip(share - t["ci_low"].to_numpy(dtype=float), 0, None),
                         np.clip(t["ci_high"].to_numpy(dtype=float) - share, 0, None)])
        ax.errorbar(share, np.arange(len(t)), xerr=np.nan_to_num(err), fmt="o", ms=4,
                    color=PALETTE[k % len(PALETTE)], elinewidth=1.2, capsize=0)
        ax.set_yticks(range(len(t)), [_with_n(rtl_label(o), n.get(o)) for o in t["outlet"]], fontsize=7)
        ax.set_ylim(-0.6, max(len(t), 2) - 0.4)
        ax.set_xlim(-0.03, 1.03)
        ax.set_xticks([0, 0.5, 1], ["0", "50%", "100%"])
        ax.grid(axis="x", color="#dddddd", lw=0.6)
        ax.set_title(rtl_label(title), fontsize=8.5)
    return fig


def _family_n(d: pd.DataFrame) -> dict:
    """outlet → articles with ≥1 match of the family (``family_articles``; else ``n_eff``)."""
    col = "family_articles" if "family_articles" in d else "n_eff" if "n_eff" in d else None
    if col is None:
        return {}
    return {o: int(round(float(v))) for o, v in d.groupby("outlet")[col].max().items() if pd.notna(v)}


def _with_n(label: str, n) -> str:
    """``label`` with the number of articles behind its shares ("n=12"), drawn on every chart."""
    return label if n is None else f"{label}  n={n}"


def _event_family_matches(shares: pd.DataFrame, family, by: str, min_matches: int):
    """``shares`` of ``family`` with ``by`` as ``outlet``, and its family matches per outlet and
    event (those with at least ``min_matches``)."""
    d = shares if family is None or "family" not in shares else shares[shares["family"] == family]
    d = d.drop(columns="outlet", errors="ignore").rename(columns={by: "outlet"}) if by != "outlet" else d
    d = d[d["event_id"].notna()]
    fam = d.groupby(["outlet", "event_id"])["matches"].sum()
    return d, fam[fam >= min_matches]


def drawn_events(shares: pd.DataFrame, family: str | None = None, by: str = "outlet", min_matches: int = 1,
                 max_events: int = 20) -> list:
    """The event ids :func:`event_term_share` draws as columns (the ``max_events`` with matches
    of the family in the most groups), so a legend can list every one of them."""
    return _most_covered(_event_family_matches(shares, family, by, min_matches)[1].unstack(), max_events)


def _most_covered(n: pd.DataFrame, max_events: int) -> list:
    """The ``max_events`` columns (events) of ``n`` (family matches, outlets × events) with a value in
    the most rows (outlets), ties in column order."""
    return list(n.notna().sum().sort_values(ascending=False, kind="stable").index[:max_events])


@_chart
def event_term_share(shares: pd.DataFrame, term: str, events: pd.DataFrame | None = None,
                     min_matches: int = 1, max_events: int = 20, family: str | None = None,
                     by: str = "outlet", title: str | None = None, lang: str = "en") -> Figure:
    """Outlet × event heatmap of the share of one term among its family's matches.

    ``shares``: ``shares(..., by=["outlet", "event_id"])`` / ``count_terms(by="outlet,event")``
    output (``outlet, event_id, term, matches, share``).  Cells with fewer than
    ``min_matches`` family matches are grey; each cell shows the share and, below it,
    the number of family matches.  Events with matches in the most outlets come first.
    """
    _check(shares, [by, "event_id", "term", "matches", "share"], "event_term_share")
    d, fam = _event_family_matches(shares, family, by, min_matches)
    if fam.empty:
        return _empty(_w(lang, "no_event_family", family=family or _w(lang, "this_family")))
    t = d[d["term"] == term].set_index(["outlet", "event_id"])["share"]
    share = t.reindex(fam.index).fillna(0.0)
    n = fam.unstack()
    mat = share.unstack().where(n.notna())
    order = _by_code(_most_covered(n, max_events), events)
    mat, n = mat[order], n[order]
    labels = _event_labels(events, mat.columns)
    mat.columns = [labels[c] for c in mat.columns]
    fig = Figure(figsize=(WIDTH, min(9.0, 2.4 + 0.34 * len(mat.index))), layout="constrained")
    ax = fig.add_subplot()
    im = _heatmap(ax, mat, fmt=lambda v: pct(v), vmin=0, vmax=1, cmap="Oranges",
                  counts=n.fillna(0).to_numpy())
    _event_ticks(ax, list(mat.columns))
    _title(ax, title or _w(lang, "event_share", term=term, family=family or _w(lang, "family")), lang)
    fig.colorbar(im, ax=ax, shrink=0.8, label=rtl_label(_w(lang, "share")), format=lambda v, _: pct(v))
    return fig


@renamed(n="top")
@_chart
def source_shares(sources: pd.DataFrame, by: str = "outlet", top: int = 12, title: str | None = None,
                  lang: str = "en") -> Figure:
    """Speaker × group heatmap: each cell is the share of the group's quoted and reported
    statements given to that speaker (0–1; the number below is the statements).

    ``sources``: :func:`framing.sources` output (``<by>, speaker, quotes, share``).  Only named
    speakers are drawn: the ``top`` with the most statements over all groups; grey: none.
    """
    _check(sources, [by, "speaker", "quotes", "share"], "source_shares")
    named = sources[sources["speaker"].fillna("").astype(str).str.strip() != ""]
    if named.empty:
        return _empty(_w(lang, "no_sources"))
    cell = named.groupby(["speaker", by])[["quotes", "share"]].sum()
    most = cell["quotes"].groupby(level=0).sum().sort_values(ascending=False, kind="stable").index[:top]
    mat = cell["share"].unstack().reindex(most)
    counts = cell["quotes"].unstack().reindex(most).fillna(0).to_numpy()
    fig = Figure(figsize=(WIDTH, min(9.0, 1.6 + 0.36 * len(mat.index))), layout="constrained")
    ax = fig.add_subplot()
    im = _heatmap(ax, mat, fmt=lambda v: pct(v), vmin=0, cmap="Purples", counts=counts)
    ax.set_xticks(range(len(mat.columns)), [rtl_label(str(c)) for c in mat.columns], rotation=30, ha="right")
    _title(ax, title or _w(lang, "sources", by=group_name(by, lang), k=len(mat.index)), lang)
    fig.colorbar(im, ax=ax, shrink=0.8, label=rtl_label(_w(lang, "share")), format=lambda v, _: pct(v))
    return fig


@renamed(n="top")
@_chart
def keyness(table: pd.DataFrame, score: str | None = None, top: int = 15, title: str | None = None,
            lang: str = "en") -> Figure:
    """Distinctive words of one group as horizontal bars (longest bar: most distinctive).

    ``table``: a keyness table with a ``term`` column and a score column (``score``;
    default the first of ``z``, ``zeta``, ``logodds``, ``g2``, ``chi2``, ``score``
    present).  Rows with a positive score are drawn, the ``top`` highest.
    """
    score = score or next((c for c in ("z", "zeta", "logodds", "g2", "chi2", "score") if c in table), None)
    if score is None or "term" not in table:
        from .errors import SchemaError
        raise SchemaError(f"keyness needs a 'term' column and a score column; got: {', '.join(table.columns)}")
    d = table[table[score] > 0].nlargest(top, score).iloc[::-1]
    if d.empty:
        return _empty(_w(lang, "no_keyness"))
    fig = Figure(figsize=(WIDTH / 2, 0.9 + 0.22 * len(d)), layout="constrained")
    ax = fig.add_subplot()
    ax.barh(range(len(d)), d[score].to_numpy(dtype=float), color=PALETTE[0], height=0.7)
    ax.set_yticks(range(len(d)), [rtl_label(t) for t in d["term"]])
    ax.set_xlabel(score)
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    if title:
        _title(ax, title, lang)
    return fig


@renamed(n="top")
@_chart
def keyness_grid(tables: dict, score: str | None = None, top: int = 10, ncols: int = 3,
                 title: str | None = None, lang: str = "en") -> Figure:
    """Distinctive words of several groups: one small bar chart per group (``{group: table}``,
    tables as for :func:`keyness`), ``ncols`` panels per row, groups in the given order."""
    items = [(g, t) for g, t in tables.items() if t is not None and len(t)]
    if not items:
        return _empty(_w(lang, "no_keyness"))
    ncols = min(ncols, len(items))
    nrows = math.ceil(len(items) / ncols)
    fig = Figure(figsize=(WIDTH, min(9.5, 0.6 + nrows * (0.45 + 0.17 * top))), layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False).ravel()
    for ax in axes[len(items):]:
        ax.axis("off")
    for ax, (group, table) in zip(axes, items):
        col = score or next((c for c in ("z", "zeta", "logodds", "g2", "chi2", "score") if c in table), None)
        if col is None or "term" not in table:
            from .errors import SchemaError
            raise SchemaError(f"keyness_grid needs 'term' and a score column; got: {', '.join(table.columns)}")
        d = table[table[col] > 0].nlargest(top, col).iloc[::-1]
        ax.barh(range(len(d)), d[col].to_numpy(dtype=float), color=PALETTE[0], height=0.7)
        ax.set_yticks(range(len(d)), [rtl_label(t) for t in d["term"]], fontsize=8)
        ax.tick_params(axis="x", labelsize=7)
        ax.set_title(rtl_label(group), fontsize=9, loc="center")
        ax.grid(axis="x", color="#dddddd", lw=0.6)
        ax.set_axisbelow(True)
    if title:
        _suptitle(fig, title, lang)
    return fig


# ---------------------------------------------------------------------------
def save_figure(fig: Figure, stem: str | Path, formats=("png", "svg"), dpi: int = 200) -> list[Path]:
    """Write ``fig`` as ``stem.png``, ``stem.svg`` (and ``.pdf`` if asked), byte-identical across runs
    (no dates in metadata, fixed SVG id salt), each file atomically. Returns the paths."""
    from ._io import atomic_path
    meta = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None, "ModDate": None}}
    out = []
    with rc_context(STYLE):
        for fmt in formats:
            path = Path(f"{stem}.{fmt}")
            with atomic_path(path) as tmp:
                fig.savefig(tmp, format=fmt, dpi=dpi, metadata=meta.get(fmt))
            out.append(path)
    return out


def to_bytes(fig: Figure, fmt: str = "png", dpi: int = 160) -> bytes:
    """``fig`` rendered to ``fmt`` bytes, without dates in the metadata (deterministic)."""
    import io
    meta = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None, "ModDate": None}}
    buf = io.BytesIO()
    with rc_context(STYLE):
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=meta.get(fmt))
    return buf.getvalue()
