"""Run framing on a held-back set and compare with its gold (prints numbers, changes nothing).

    .venv/bin/python corpora/heldout/compare.py            # both sets
    .venv/bin/python corpora/heldout/compare.py set2 -v    # one set, list every difference

Measures, per set: articles ingested; outlet/title/date agreement with
``gold/articles.csv``; body cleaning (gold paragraphs lost, extra text kept);
term counts by article × term × voice against ``gold/terms.csv`` (precision,
recall); events against ``gold/events.csv`` (B-cubed and pairwise, via
``framing.events.evaluate``); wire copies against ``gold/copies.csv``.
Outlets are compared as names and, because text pages carry no site name, as a
grouping (do the articles of one gold outlet share one toolkit outlet?).
"""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import pandas as pd
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build  # noqa: E402  (the term lists and normalisation of the gold build)

LEXICONS = ["captives", "casualties", "ukraine_war", "attribution", "violence"]


def gold_source(path: str, row_id: str) -> str:
    rel = str(path).replace("\\", "/").split("/pages/", 1)[-1]
    return f"wire-feed.jsonl#{row_id}" if rel.startswith("wire-feed.jsonl#") else rel


def compare(name: str, verbose: bool = False) -> dict:
    from framing.events import assign_events, evaluate, find_copies
    from framing.ingest import ingest_to_corpus
    from framing.lexicon import count_terms

    spec = yaml.safe_load((HERE / "src" / f"{name}.yaml").read_text(encoding="utf-8"))
    out: dict = {"set": name}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = ingest_to_corpus([HERE / name / "pages"], Path(tmp) / "c", progress=False)
        df = corpus.df.copy()
        df["src"] = [gold_source(p, i) for p, i in zip(df["source_path"], df["id"])]
        byid = dict(zip(df["src"], df["id"]))
        out["articles"] = f"{len(df)}/{len(spec['articles'])}"
        notes = []
        # metadata and cleaning
        title_ok = date_ok = name_ok = 0
        lost = extra = 0
        groups: dict[str, set] = {}
        for a in spec["articles"]:
            rows = df[df["src"] == a["source"]]
            if rows.empty:
                notes.append(f"MISSING {a['source']}")
                continue
            r = rows.iloc[0]
            title_ok += build.norm(str(r["title"] or "")) == build.norm(build.strip_marks(a["title"]))
            date_ok += str(r["published"])[:10] == a["date"]
            name_ok += r["outlet"] == spec["outlets"][a["outlet"]]["name"]
            groups.setdefault(a["outlet"], set()).add(r["outlet"])
            text = build.norm(str(r["text"] or ""))
            want = [build.norm(p) for p in build.paras(build.strip_marks(a["body"]))]
            miss = [p for p in want if p not in text]
            rest = text
            for p in want:
                rest = rest.replace(p, "")
            rest = re.sub(r"\s+", " ", rest).strip()
            lost += bool(miss)
            extra += bool(rest)
            if miss:
                notes.append(f"LOST   {a['source']}: {miss[0][:60]}…")
            if rest:
                notes.append(f"EXTRA  {a['source']}: {rest[:80]}…")
        n = len(spec["articles"])
        out["titles"] = f"{title_ok}/{n}"
        out["dates"] = f"{date_ok}/{n}"
        out["outlet_names"] = f"{name_ok}/{n}"
        out["outlets_one_group"] = f"{sum(len(v) == 1 for v in groups.values())}/{len(groups)}"
        out["paras_lost"] = lost
        out["extra_text"] = extra
        # terms
        gold = pd.read_csv(HERE / name / "gold" / "terms.csv")
        gold["id"] = gold["source"].map(byid)
        # the gold has two voices: quoted, and own (which includes reported speech, a voice the toolkit
        # now tells apart); so the toolkit's own and reported are compared with the gold's own
        got = pd.concat([count_terms(corpus, lex, voice=v).assign(voice=g, lexicon=lex)
                         for lex in LEXICONS for v, g in ((["own", "reported"], "own"), ("quoted", "quoted"))])
        key = ["id", "lexicon", "term", "voice"]
        m = pd.concat([gold.groupby(key)["count"].sum().rename("gold"),
                       got.groupby(key)["count"].sum().rename("got")], axis=1).fillna(0).astype(int)
        agree = int(m.min(axis=1).sum())
        out["terms_gold"], out["terms_toolkit"] = int(m["gold"].sum()), int(m["got"].sum())
        out["terms_precision"] = round(agree / max(m["got"].sum(), 1), 3)
        out["terms_recall"] = round(agree / max(m["gold"].sum(), 1), 3)
        src = dict(zip(df["id"], df["src"]))
        for (i, lex, term, voice), r in m[m["gold"] != m["got"]].iterrows():
            notes.append(f"TERM   {src.get(i, i)} {lex}/{term}/{voice}: gold {r.gold}, toolkit {r.got}")
        # events
        ev = assign_events(corpus).df
        gold_ev = pd.read_csv(HERE / name / "gold" / "events.csv")
        gold_ev = pd.Series(gold_ev["event"].values, index=gold_ev["source"].map(byid))
        scores = evaluate(pd.Series(ev["event_id"].values, index=ev["id"]), gold_ev)
        out.update({k: round(v, 3) for k, v in scores.items() if k.startswith("bcubed")})
        pred = dict(zip(ev["id"], ev["event_id"]))
        gold_of = gold_ev.to_dict()
        for g, ids in gold_ev.groupby(gold_ev).groups.items():
            got_ev = {pred.get(i) for i in ids}
            mates = {gold_of.get(j) for j, e in pred.items() if e in got_ev}
            if len(got_ev) > 1 or mates != {g}:
                notes.append(f"EVENT  gold {g} ({len(ids)} articles) -> {len(got_ev)} predicted event(s) "
                             f"holding gold {', '.join(sorted(map(str, mates)))}")
        # copies
        cp = find_copies(corpus)
        found = {(src.get(r["id"]), src.get(r["copy_of"])) for _, r in cp.iterrows() if pd.notna(r["copy_of"])}
        want = set(map(tuple, pd.read_csv(HERE / name / "gold" / "copies.csv").values.tolist()))
        out["copies_found"] = f"{len(found & want)}/{len(want)}"
        out["copies_extra"] = len(found - want)
        for f in sorted(found - want):
            notes.append(f"COPY?  {f[0]} -> {f[1]}")
        if verbose:
            for line in notes:
                print(f"[{name}] {line}")
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")] or ["set1", "set2"]
    rows = [compare(a, verbose="-v" in sys.argv) for a in args]
    print(pd.DataFrame(rows).set_index("set").T.to_string())
