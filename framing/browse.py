"""Reading one article and naming outlets, without re-ingesting (``framing show``, ``framing outlets``).

* ``article(corpus, doc_id)`` → dict ``id, title, outlet, published, url, credit, lang, event_id,
  source_path, text`` of one article (an unambiguous id prefix works too);
* ``outlets(corpus, *, rename=None, name_ar=None, name_en=None)`` → DataFrame ``outlet, name_ar,
  name_en, articles, first, last``.  ``rename={"old": "new"}`` rewrites the outlet of those
  articles (ids stay as they are: an id names an input, not an outlet); ``name_ar`` /
  ``name_en`` (``{"outlet": "display name"}``) set display names, kept in the corpus's
  ``manifest.json`` under ``outlets`` (``{"outlet": {"name_ar": …, "name_en": …}}``); without
  them, the input table's ``outlet_name_ar`` / ``outlet_name`` columns when it had them.  Changes
  are written to the corpus directory atomically.
"""
from __future__ import annotations

from collections.abc import Mapping

from .corpus import load
from .errors import UsageError

__all__ = ["article", "outlets"]

FIELDS = ["id", "title", "outlet", "published", "url", "credit", "lang", "event_id", "source_path", "text"]


def article(corpus, doc_id: str) -> dict:
    """One article as a dict (``FIELDS``; null values as None).  ``id``: the id, or a prefix
    that only one id starts with.  Unknown id: :class:`UsageError`."""
    import pandas as pd
    df = load(corpus).df
    ids = df["id"].astype(str)
    hit = df[ids.eq(str(doc_id)).to_numpy()]
    if hit.empty:
        hit = df[ids.str.startswith(str(doc_id)).to_numpy()]
    if len(hit) != 1:
        what = "no article has" if hit.empty else f"{len(hit)} articles have"
        raise UsageError(f"{what} the id {doc_id!r} (ids are in the id column of terms, kwic, audit)")
    row = hit.iloc[0]
    return {f: (None if f not in row.index or pd.isna(row[f]) else str(row[f])) for f in FIELDS}


def _names(pairs, what) -> dict[str, str]:
    if pairs is not None and not isinstance(pairs, Mapping):
        raise UsageError(f"{what} must map outlet → name, e.g. {{'al-masaa': 'صحيفة المساء'}}")
    return {str(k): str(v) for k, v in (pairs or {}).items()}


def outlets(corpus, *, rename: Mapping[str, str] | None = None, name_ar: Mapping[str, str] | None = None,
            name_en: Mapping[str, str] | None = None):
    """The outlets of ``corpus`` with their display names and article counts; with ``rename``,
    ``name_ar`` or ``name_en`` the corpus directory is updated first (see the module docstring)."""
    import pandas as pd
    c = load(corpus)
    rename, name_ar, name_en = _names(rename, "rename"), _names(name_ar, "name_ar"), _names(name_en, "name_en")
    if rename or name_ar or name_en:
        c = _update(c, rename, name_ar, name_en)
    names = (c.manifest or {}).get("outlets") or {}
    s = c.summary()
    given = {key: _column_names(c.df, col) for key, col in (("name_ar", "outlet_name_ar"), ("name_en", "outlet_name"))}
    return pd.DataFrame({
        "outlet": s.index.astype(str),
        "name_ar": [(names.get(o) or {}).get("name_ar") or given["name_ar"].get(o) for o in s.index],
        "name_en": [(names.get(o) or {}).get("name_en") or given["name_en"].get(o) for o in s.index],
        "articles": s["articles"].to_numpy(), "first": s["first"].astype("string").to_numpy(),
        "last": s["last"].astype("string").to_numpy()})


def _column_names(df, col) -> dict:
    """outlet → the most frequent value of the input table's ``col`` (``outlet_name_ar``,
    ``outlet_name``), the display names a table may carry; {} without that column."""
    if col not in df.columns:
        return {}
    d = df[["outlet", col]].dropna()
    return {} if d.empty else d.groupby("outlet")[col].agg(lambda v: v.mode().iat[0]).to_dict()


def _update(c, rename, name_ar, name_en):
    """Apply the changes and write the corpus directory (UsageError for a table or an unknown outlet)."""
    from .storage import write_corpus
    if c.path is None or not c.path.is_dir():
        raise UsageError("renaming outlets needs a corpus directory (framing ingest … -o DIR), not a table")
    known = set(c.outlets)
    unknown = sorted((set(rename) | (set(name_ar) | set(name_en)) - set(rename.values())) - known)
    if unknown:
        raise UsageError(f"unknown outlet(s) {', '.join(unknown)}; outlets are: {', '.join(sorted(known))}")
    df = c.df.assign(outlet=c.df["outlet"].replace(rename)) if rename else c.df
    events = c.events
    if rename and events is not None and "outlets" in events.columns:
        events = events.assign(outlets=events["outlets"].astype("string").map(
            lambda s: ", ".join(dict.fromkeys(rename.get(o, o) for o in s.split(", "))) if isinstance(s, str) else s))
    man = dict(c.manifest or {})
    table = {rename.get(o, o): dict(v) for o, v in (man.get("outlets") or {}).items()}
    for key, given in (("name_ar", name_ar), ("name_en", name_en)):
        for o, name in given.items():
            table.setdefault(rename.get(o, o), {})[key] = name
    man["outlets"] = table
    write_corpus(c.path, df, c.rejects, manifest=man, events=events)
    return load(c.path)
