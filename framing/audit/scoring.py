"""Score labelled audit files: precision per term and family with Wilson intervals, voice accuracy,
agreement between coders (Cohen's kappa, Krippendorff's alpha) and the lines they disagree on.

Imports nothing above :mod:`framing.stats` at module level, so :func:`framing.lexicon.count_terms`
can use :func:`precision_table` (the corpus check of :func:`score` loads the lexicon when asked).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError, UsageError
from ..stats.agreement import Z95, cohen_kappa, krippendorff_alpha, wilson
from .files import KEY, read_audit

__all__ = ["score", "AuditScore", "precision_table", "TERM_COLUMNS", "LOW_PRECISION"]

#: terms whose precision (audited, or a lexicon's ``validated:``) is below this share are flagged in reports: the
#: bar issue 11 sets for every term with 20 or more matches
LOW_PRECISION = 0.9
TERM_COLUMNS = ["family", "term", "n", "yes", "no", "precision", "ci_low", "ci_high", "voice_n",
                "voice_accuracy", "voice_ci_low", "voice_ci_high", "uncoded", "stale", "coders"]


@dataclass(frozen=True)
class AuditScore:
    """What :func:`score` measured.

    ``terms`` / ``families``: :data:`TERM_COLUMNS` per term / per family (``n`` lines coded,
    ``yes``/``no`` = lines judged right/wrong — averaged over coders when several coded a line, so
    they may be fractional —, ``precision = yes / n`` with a Wilson 95% interval, the same for the
    voice label (``voice_n`` lines checked), ``uncoded`` lines not answered yet, ``stale`` lines
    whose match no longer exists in the corpus (left out of the precision), ``coders``).
    ``agreement``: one row per coded column (``sense_ok``, ``voice_ok``): ``what, coders, lines``
    (coded by two coders or more), ``percent_agreement, cohen_kappa`` (exactly two coders),
    ``krippendorff_alpha`` (nominal, any number of coders).  ``disagreements``: the lines coded
    differently (``KEY`` columns, ``match, what, codes`` like ``ab=1 · cd=0``, ``notes``).
    ``stale``: the labelled lines with no match left (``KEY``, ``match``, ``coder``, ``sense_ok``).
    ``families`` also has ``precision_weighted, weighted_ci_low, weighted_ci_high``: the precision of
    all the family's matches, terms weighted by how often they occur (see :func:`_weighted`).
    """
    terms: pd.DataFrame
    families: pd.DataFrame
    agreement: pd.DataFrame
    disagreements: pd.DataFrame
    stale: pd.DataFrame
    lines: pd.DataFrame
    coders: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    corpus_checked: bool = False

    @property
    def n_lines(self) -> int:
        """Lines coded (not stale), each counted once whatever the number of coders."""
        return int(self.terms["n"].sum()) if len(self.terms) else 0

    def summary(self) -> str:
        """One paragraph in plain English: lines, coders, overall precision, agreement, stale lines."""
        parts = [f"{self.n_lines} lines coded by {len(self.coders)} coder{'s' if len(self.coders) != 1 else ''}"
                 + (f" ({', '.join(self.coders)})" if self.coders else "")
                 + ("" if self.n_lines else " (fill in sense_ok with 1 or 0, yes or no, on each line of the "
                    "file first; voice_ok likewise, coder with initials)")]
        if self.n_lines:
            yes = float(self.terms["yes"].sum())
            lo, hi = wilson(yes, self.n_lines)
            parts.append(f"precision of the sampled lines {yes / self.n_lines:.0%} (95% CI {lo:.0%}–{hi:.0%}; "
                         f"every line counts once, whatever its term's frequency)")
            f = self.families.dropna(subset=["precision_weighted"]) if "precision_weighted" in self.families else []
            for r in (f.itertuples() if len(f) else []):
                parts.append(f"{r.family}: {r.precision_weighted:.0%} of all its matches in the corpus "
                             f"(terms weighted by their matches; 95% CI {r.weighted_ci_low:.0%}–{r.weighted_ci_high:.0%})")
        a = self.agreement[self.agreement["what"] == "sense_ok"] if len(self.agreement) else self.agreement
        if len(a) and a["lines"].iat[0] > 0:
            r = a.iloc[0]
            k = (f"Cohen's kappa {r.cohen_kappa:.2f}, " if pd.notna(r.cohen_kappa) else "")
            parts.append(f"agreement on {int(r.lines)} shared lines: {r.percent_agreement:.0%}, {k}"
                         f"Krippendorff's alpha {r.krippendorff_alpha:.2f}")
        if len(self.stale):
            parts.append(f"{len(self.stale)} labelled line(s) no longer match the lexicon in the corpus and are "
                         f"left out")
        return "; ".join(parts) + "."


def _read_all(files) -> tuple[pd.DataFrame, list[str]]:
    if isinstance(files, (str, os.PathLike, pd.DataFrame)):
        files = [files]
    frames, names = [], []
    for i, f in enumerate(files):
        if isinstance(f, pd.DataFrame):
            from .files import AUDIT_COLUMNS
            df = f.copy()
            for c in AUDIT_COLUMNS:
                if c not in df:
                    df[c] = np.nan if c in ("sense_ok", "voice_ok") else ""
            name = f"table{i + 1}"
        else:
            df, name = read_audit(f), Path(f).stem
        df["coder"] = df["coder"].fillna("").astype(str).str.strip().replace("", name)
        df["term_matches"] = pd.to_numeric(df["term_matches"], errors="coerce")
        df["id"] = df["id"].astype(str)
        frames.append(df)
        names.append(str(f) if not isinstance(f, pd.DataFrame) else name)
    if not frames:
        raise UsageError("score needs at least one audit file")
    return pd.concat(frames, ignore_index=True), names


def _stale_keys(df: pd.DataFrame, corpus, lexicon) -> set:
    """Keys of the lines whose match is not found again (same doc, field, offsets, family, term)."""
    from ..lexicon.core import _frame, match
    from ..lexicon.format import load_lexicon
    articles = _frame(corpus)
    articles = articles[articles["id"].astype(str).isin(set(df["id"]))]
    refs = [lexicon] if lexicon is not None else [r for r in dict.fromkeys(df["lexicon"]) if r]
    if not refs:
        raise UsageError("the audit file does not name its lexicon: give it (--lexicon) to check the corpus")
    found = set()
    for ref in refs:
        m = match(articles, load_lexicon(ref), voice="all")
        found |= set(zip(m["id"].astype(str), m["field"], m["start"], m["end"], m["family"], m["term"]))
    keys = set(zip(*(df[c] for c in KEY)))
    return keys - found


def _prop(k, n):
    lo, hi = wilson(k, n)
    return (k / n if n else np.nan), lo, hi


def _group_table(lines: pd.DataFrame, by: list[str], coded: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for key, g in lines.groupby(by, sort=False):
        key = key if isinstance(key, tuple) else (key,)
        live = g[~g["stale"]]
        s, v = live["sense"].dropna(), live["voice"].dropna()
        p, lo, hi = _prop(float(s.sum()), len(s))
        vp, vlo, vhi = _prop(float(v.sum()), len(v))
        sel = coded.set_index(by).index.isin([key if len(by) > 1 else key[0]])
        rows.append({**dict(zip(by, key)), "n": len(s), "yes": float(s.sum()), "no": float(len(s) - s.sum()),
                     "precision": p, "ci_low": lo, "ci_high": hi, "voice_n": len(v), "voice_accuracy": vp,
                     "voice_ci_low": vlo, "voice_ci_high": vhi, "uncoded": int(live["sense"].isna().sum()),
                     "stale": int(g["stale"].sum()), "coders": int(coded.loc[sel, "coder"].nunique())})
    cols = by + TERM_COLUMNS[2:]
    return pd.DataFrame(rows, columns=cols)


def _weighted(families: pd.DataFrame, terms: pd.DataFrame, lines: pd.DataFrame) -> pd.DataFrame:
    """Add ``precision_weighted, weighted_ci_low, weighted_ci_high`` to the family table: the term-stratified
    estimate of the precision of *all* the family's matches in the corpus, each audited term weighted
    by its matches (``term_matches``, recorded when the lines were drawn; NaN when unknown).  The
    plain ``precision`` counts every sampled line once, so a rare term weighs as much as a frequent
    one.  Interval: normal approximation of the stratified estimate, each term's variance taken
    from its Agresti-Coull proportion (``(yes + 2) / (n + 4)``, so 20/20 is not given zero variance)."""
    size = lines.groupby(["family", "term"])["term_matches"].max()
    out = []
    for fam in families["family"]:
        t = terms[(terms["family"] == fam) & (terms["n"] > 0)]
        w = np.array([size.get((fam, x), np.nan) for x in t["term"]], dtype=float)
        if not len(t) or np.isnan(w).any() or w.sum() <= 0:
            out.append((np.nan, np.nan, np.nan))
            continue
        w = w / w.sum()
        p = float((w * t["precision"].to_numpy(float)).sum())
        n = t["n"].to_numpy(float)
        pt = (t["yes"].to_numpy(float) + 2) / (n + 4)
        se = float(np.sqrt((w ** 2 * pt * (1 - pt) / (n + 4)).sum()))
        out.append((p, max(0.0, p - Z95 * se), min(1.0, p + Z95 * se)))
    return families.assign(precision_weighted=[o[0] for o in out], weighted_ci_low=[o[1] for o in out],
                           weighted_ci_high=[o[2] for o in out])


def _agreement(coded: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows, dis = [], []
    coders = sorted(coded["coder"].unique())
    for what in ("sense_ok", "voice_ok"):
        wide = coded.pivot_table(index=KEY, columns="coder", values=what, aggfunc="last")
        wide = wide[wide.notna().sum(axis=1) >= 2]
        units = [list(r[~np.isnan(r)]) for r in wide.to_numpy(dtype=float)]
        agree = [len(set(u)) == 1 for u in units]
        kappa = np.nan
        if len(coders) == 2 and len(wide):
            both = wide.dropna()
            kappa = cohen_kappa(list(both.iloc[:, 0]), list(both.iloc[:, 1])) if len(both) else np.nan
        rows.append({"what": what, "coders": len(coders), "lines": len(units),
                     "percent_agreement": float(np.mean(agree)) if units else np.nan, "cohen_kappa": kappa,
                     "krippendorff_alpha": krippendorff_alpha(units) if units else np.nan})
        for (key, r), ok in zip(wide.iterrows(), agree):
            if not ok:
                codes = " · ".join(f"{c}={int(r[c])}" for c in wide.columns if pd.notna(r[c]))
                dis.append({**dict(zip(KEY, key)), "what": what, "codes": codes})
    dis = pd.DataFrame(dis, columns=KEY + ["what", "codes"])
    if len(dis):
        extra = (coded.groupby(KEY, sort=False)
                 .agg(match=("match", "first"), notes=("note", lambda s: " | ".join(x for x in s if x)))
                 .reset_index())
        dis = dis.merge(extra, on=KEY, how="left")
    else:
        dis = dis.assign(match=pd.Series(dtype=object), notes=pd.Series(dtype=object))
    return pd.DataFrame(rows), dis[KEY + ["match", "what", "codes", "notes"]]


def score(files, corpus=None, lexicon=None) -> AuditScore:
    """Score one or more labelled audit files (paths or DataFrames as :func:`read_audit` gives).

    Each file is one coder's work (an empty ``coder`` cell takes the file's name); two files on the
    same lines give the agreement.  A line coded by several coders counts once in precision, as
    the mean of their answers (1 = right, 0 = wrong).  With ``corpus`` (and the lexicon named in
    the file, or ``lexicon``), lines whose match is not found again at that document, field and
    offsets for that term are listed in ``.stale`` and left out of precision.  See
    :class:`AuditScore` for the tables.
    """
    df, names = _read_all(files)
    stale = _stale_keys(df, corpus, lexicon) if corpus is not None else set()
    df["stale"] = [k in stale for k in zip(*(df[c] for c in KEY))]
    coded = df[df["sense_ok"].notna() | df["voice_ok"].notna()]
    coded = coded.drop_duplicates(KEY + ["coder"], keep="last")
    lines = (df.groupby(KEY, sort=False)
             .agg(match=("match", "first"), stale=("stale", "first"), term_matches=("term_matches", "max"))
             .join(coded.groupby(KEY)[["sense_ok", "voice_ok"]].mean().rename(
                 columns={"sense_ok": "sense", "voice_ok": "voice"}))
             .reset_index())
    live = coded[~coded["stale"]]
    terms = _group_table(lines, ["family", "term"], live)
    families = _weighted(_group_table(lines, ["family"], live), terms, lines)
    agreement, dis = _agreement(live)
    stale_rows = df[df["stale"]][KEY + ["match", "coder", "sense_ok"]].reset_index(drop=True)
    return AuditScore(terms=terms, families=families, agreement=agreement, disagreements=dis,
                      stale=stale_rows, lines=lines, coders=sorted(live["coder"].unique()), files=names,
                      corpus_checked=corpus is not None)


def precision_table(audit) -> pd.DataFrame:
    """``family, term, n, precision, ci_low, ci_high`` of the audited terms, from an audit file path,
    a list of paths, a DataFrame of labelled lines, an :class:`AuditScore` or a table that already
    has these columns (terms with no coded line are left out)."""
    if isinstance(audit, AuditScore):
        t = audit.terms
    elif isinstance(audit, pd.DataFrame) and {"precision", "n", "term", "family"} <= set(audit.columns):
        t = audit
    else:
        t = score(audit).terms
    t = t[t["n"] > 0]
    if t.empty:
        raise InputError("the audit has no coded line yet (sense_ok is empty everywhere): label some lines first")
    return t[["family", "term", "n", "precision", "ci_low", "ci_high"]].reset_index(drop=True)


def with_precision(table: pd.DataFrame, audit, count: str | None = None) -> pd.DataFrame:
    """``table`` (rows with ``family, term`` and a count column) with each term's audited precision
    and a precision-adjusted count: ``audited_n, precision, precision_low, precision_high`` (Wilson
    95%) and ``adjusted, adjusted_low, adjusted_high`` = count × precision (and × its interval
    bounds: the interval carries the uncertainty of the precision, not of the count).  ``count``:
    the column to adjust (default ``matches``, else ``count``).  Terms not audited get NaN."""
    p = precision_table(audit).rename(columns={"n": "audited_n", "ci_low": "precision_low",
                                               "ci_high": "precision_high"})
    count = count or ("matches" if "matches" in table.columns else "count")
    out = table.merge(p, on=["family", "term"], how="left")
    out["audited_n"] = out["audited_n"].astype("Int64")
    for col, src in (("adjusted", "precision"), ("adjusted_low", "precision_low"),
                     ("adjusted_high", "precision_high")):
        out[col] = out[count] * out[src]
    return out
