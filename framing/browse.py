"""Reading one article and naming outlets, without re-ingesting (``framing show``, ``framing outlets``).

* ``article(corpus, id)`` → dict ``id, title, outlet, published, url, credit, lang, event_id,
  source_path, text`` of one article (an unambiguous id prefix works too);
* ``outlets(corpus, *, rename=None, name_ar=None, name_en=None, country=None, kind=None)`` →
  DataFrame ``outlet, name_ar, name_en, country, kind, articles, first, last`` (the corpus's
  outlets table).  ``rename={"old": "new"}`` rewrites the outlet of those articles (ids stay as
  they are: an id names an input, not an outlet; a ``new`` that is an outlet already merges the
  two, which ``attrs["note"]`` says); ``name_ar`` / ``name_en`` (display names),
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

from .corpus import FIELD_COLUMNS, load, outlet_fields, outlet_ids  # noqa: F401  (outlet_ids: re-exported)
from .errors import UsageError
from ._renamed import renamed

__all__ = ["article", "outlets", "outlet_fields", "outlet_ids", "FIELD_COLUMNS"]

FIELDS = ["id", "title", "outlet", "published", "url", "credit", "lang", "event_id", "source_path", "text"]


@renamed(doc_id="id")
def article(corpus, id: str) -> dict:  # noqa: A002  (the column's name, as outlet= and event= are)
    """One article as a dict (``FIELDS``; null values as None).  ``id``: the id, or a prefix
    that only one id starts with.  Unknown id: :class:`UsageError`."""
    import pandas as pd
    df = load(corpus).df
    ids = df["id"].astype(str)
    hit = df[ids.eq(str(id)).to_numpy()]
    if hit.empty:
        hit = df[ids.str.startswith(str(id)).to_numpy()]
    if hit.empty:
        raise UsageError(f"no article has the id {id!r} (ids are in the id column of terms, kwic, audit)")
    if len(hit) > 1:
        some = ", ".join(sorted(hit["id"].astype(str))[:3])
        raise UsageError(f"{len(hit)} ids begin with {id!r} ({some}{', …' if len(hit) > 3 else ''}): "
                         f"give more of the id")
    row = hit.iloc[0]
    return {f: (None if f not in row.index or pd.isna(row[f]) else str(row[f])) for f in FIELDS}


def _names(pairs, what) -> dict[str, str]:
    if pairs is not None and not isinstance(pairs, Mapping):
        raise UsageError(f"{what} must map outlet → name, e.g. {{'al-masaa': 'صحيفة المساء'}}")
    return {str(k): str(v) for k, v in (pairs or {}).items()}


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
    merged = [f"{old} into {new}" for old, new in rename.items() if new in set(c.outlets) and new != old]
    if rename or any(given.values()) or meta:
        c = _update(c, rename, given, meta)
    s = c.summary()
    table = outlet_fields(c, s.index.astype(str))
    out = pd.DataFrame({"outlet": s.index.astype(str), **{k: pd.array(table[k], dtype="string") for k in FIELD_COLUMNS},
                         "articles": s["articles"].to_numpy(), "first": s["first"].astype("string").to_numpy(),
                         "last": s["last"].astype("string").to_numpy()})
    if merged:       # renaming onto an existing outlet makes one of two: say so (a rename cannot split them)
        out.attrs["note"] = (f"merged {'; '.join(merged)}: now one outlet (renaming back moves all its articles; "
                             f"to split them again, ingest again)")
    return out


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
