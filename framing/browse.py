"""Reading one article and naming outlets, without re-ingesting (``framing show``, ``framing outlets``).

* ``article(corpus, doc_id)`` → dict ``id, title, outlet, published, url, credit, lang, event_id,
  source_path, text`` of one article (an unambiguous id prefix works too);
* ``outlets(corpus, *, rename=None, name_ar=None, name_en=None, country=None, kind=None)`` →
  DataFrame ``outlet, name_ar, name_en, country, kind, articles, first, last`` (the corpus's
  outlets table).  ``rename={"old": "new"}`` rewrites the outlet of those articles (ids stay as
  they are: an id names an input, not an outlet); ``name_ar`` / ``name_en`` (display names),
  ``country`` and ``kind`` (``{"outlet": "value"}``, e.g. ``{"okaz": "SA"}``, ``{"okaz":
  "newspaper"}``) are kept in the corpus's ``manifest.json`` under ``outlets`` (``{"outlet":
  {"name_ar": …, "name_en": …, "country": …, "kind": …}}``); a field not set there comes from
  the input table's columns when it had them (``outlet_name_ar``, ``outlet_name``,
  ``outlet_country``, ``outlet_kind``: set at ingest).  Changes are written to the corpus
  directory atomically;
* ``outlet_ids(corpus, names)`` → the names with each outlet display name replaced by its id (what
  ``--outlet`` / ``outlet=`` and keyness's ``target`` take).
"""
from __future__ import annotations

from collections.abc import Mapping

from .corpus import load
from .errors import UsageError

__all__ = ["article", "outlets", "outlet_fields", "outlet_ids", "FIELD_COLUMNS"]

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


#: outlets-table field → the input-table column it falls back to (kept from ingest)
FIELD_COLUMNS = {"name_ar": "outlet_name_ar", "name_en": "outlet_name", "country": "outlet_country",
                 "kind": "outlet_kind"}


def outlets(corpus, *, rename: Mapping[str, str] | None = None, name_ar: Mapping[str, str] | None = None,
            name_en: Mapping[str, str] | None = None, country: Mapping[str, str] | None = None,
            kind: Mapping[str, str] | None = None, source: str | None = None, licence: str | None = None):
    """The outlets table of ``corpus`` (display names, country, kind, article counts); with
    ``rename`` or any field given the corpus directory is updated first (see the module docstring).
    ``source`` / ``licence``: the data source and licence of the whole corpus, kept in the manifest
    (``source``, ``licence``) and shown on a report's title page and in its citation."""
    import pandas as pd
    c = load(corpus)
    rename = _names(rename, "rename")
    given = {k: _names(v, k) for k, v in (("name_ar", name_ar), ("name_en", name_en), ("country", country),
                                           ("kind", kind))}
    meta = {k: str(v) for k, v in (("source", source), ("licence", licence)) if v}
    if rename or any(given.values()) or meta:
        c = _update(c, rename, given, meta)
    s = c.summary()
    table = outlet_fields(c, s.index.astype(str))
    return pd.DataFrame({"outlet": s.index.astype(str), **{k: pd.array(table[k], dtype="string") for k in FIELD_COLUMNS},
                         "articles": s["articles"].to_numpy(), "first": s["first"].astype("string").to_numpy(),
                         "last": s["last"].astype("string").to_numpy()})


def outlet_fields(c, outlets) -> dict[str, list]:
    """``{field: [value per outlet]}`` for the fields of :data:`FIELD_COLUMNS`: the manifest's
    outlets table first, then the input table's columns, else None."""
    names = (c.manifest or {}).get("outlets") or {}
    out = {}
    for key, col in FIELD_COLUMNS.items():
        from_col = _column_names(c.df, col)
        out[key] = [_entry(names, o).get(key) or from_col.get(o) for o in outlets]
    return out


def _entry(names: dict, outlet) -> dict:
    """The manifest's entry of ``outlet`` ({} where there is none or it is not a mapping)."""
    info = names.get(outlet)
    return info if isinstance(info, Mapping) else {}


#: the display-name fields of the outlets table
NAME_FIELDS = ("name_ar", "name_en")


def outlet_ids(c, names: list) -> list:
    """``names`` with each one that is not an outlet id but the display name of exactly one
    outlet replaced by that outlet's id (the reverse of :func:`outlet_fields`).  Display names:
    ``name_ar``/``name_en`` of the outlets table (``framing outlets``) and also any value of the
    input table's ``outlet_name_ar``/``outlet_name`` columns (the outlets table shows only the
    most frequent one); case and spaces ignored."""
    ids = c.outlets
    known = set(ids)
    if all(n in known for n in names):
        return names
    def key(v):
        return " ".join(str(v).split()).casefold()
    fields = outlet_fields(c, ids)
    pairs = [(o, v) for f in NAME_FIELDS for o, v in zip(ids, fields[f]) if isinstance(v, str) and v.strip()]
    for col in (FIELD_COLUMNS[f] for f in NAME_FIELDS):
        if col in c.df.columns:
            pairs += c.df[["outlet", col]].dropna().drop_duplicates().itertuples(index=False)
    display: dict[str, set] = {}
    for oid, v in pairs:
        display.setdefault(key(v), set()).add(oid)
    out = []
    for n in names:
        hit = display.get(key(n), set()) if n not in known else set()
        out.append(next(iter(hit)) if len(hit) == 1 else n)
    return out


def _column_names(df, col) -> dict:
    """outlet → the most frequent value of the input table's ``col`` (``outlet_name_ar``,
    ``outlet_name``), the display names a table may carry; {} without that column."""
    if col not in df.columns:
        return {}
    d = df[["outlet", col]].dropna()
    return {} if d.empty else d.groupby("outlet")[col].agg(lambda v: v.mode().iat[0]).to_dict()


def _update(c, rename, given, meta=None):
    """Apply the changes and write the corpus directory (UsageError for a table or an unknown outlet)."""
    from .storage import write_corpus
    if c.path is None or not c.path.is_dir():
        raise UsageError("renaming outlets needs a corpus directory (framing ingest … -o DIR), not a table")
    known = set(c.outlets)
    named = set().union(*map(set, given.values()))
    unknown = sorted((set(rename) | named - set(rename.values())) - known)
    if unknown:
        raise UsageError(f"unknown outlet(s) {', '.join(unknown)}; outlets are: {', '.join(sorted(known))}")
    df = c.df.assign(outlet=c.df["outlet"].replace(rename)) if rename else c.df
    events = c.events
    if rename and events is not None and "outlets" in events.columns:
        events = events.assign(outlets=events["outlets"].astype("string").map(
            lambda s: ", ".join(dict.fromkeys(rename.get(o, o) for o in s.split(", "))) if isinstance(s, str) else s))
    man = dict(c.manifest or {})
    table = {rename.get(o, o): dict(v) for o, v in (man.get("outlets") or {}).items()}
    for key, values in given.items():
        for o, value in values.items():
            table.setdefault(rename.get(o, o), {})[key] = value
    man["outlets"] = table
    man.update(meta or {})
    write_corpus(c.path, df, c.rejects, manifest=man, events=events)
    return load(c.path)
