"""Checkpoints for the coursework lab (``05-coursework.ipynb``).

Each ``check_*`` function looks at what a student computed and prints one line:
``✓ …`` when the step worked, or ``✗ …`` / ``… not done yet`` with a hint.  The
checkers never raise, so a student can always run the next cell.  They recompute
the expected answer from the same corpus with the public ``framing`` API, so they
stay right if the demo corpus changes.  They return nothing (so a checkpoint cell shows
only the message).
"""
from __future__ import annotations

import re

from pathlib import Path

import pandas as pd

__all__ = ["DEMO", "english_names", "check_setup", "check_step1", "check_q1", "check_step2", "check_q2", "check_step3",
           "check_step4", "check_step5", "check_q5", "check_step6", "check_q6", "check_step7",
           "show_candidates", "read_evidence", "check_step8", "check_pick"]

DEMO = Path(__file__).resolve().parents[2] / "corpora" / "demo"      #: the demo corpus folder
OK, NO = "✓", "✗"


def _say(ok: bool, message: str) -> None:
    print(f"{OK if ok else NO} {message}")


def _todo(what: str, hint: str) -> None:
    print(f"… {what} not done yet. Hint: {hint}")


def english_names() -> dict:
    """Outlet name (Arabic site name or folder name) -> English name, from the demo's outlets.csv."""
    t = pd.read_csv(DEMO / "gold" / "outlets.csv")
    names = dict(zip(t["outlet"], t["outlet_en"]))
    names.update(zip(t["folder"], t["outlet_en"]))
    return names


def _same_outlet(answer, outlet) -> bool:
    """True when ``answer`` names ``outlet`` (its own name or its English name, any case)."""
    if not isinstance(answer, str) or not answer.strip():
        return False
    a = answer.strip().casefold()
    names = {str(outlet).casefold(), str(english_names().get(outlet, outlet)).casefold()}
    return a in names


def _corpus_df(corpus) -> pd.DataFrame:
    return getattr(corpus, "df", corpus)


# -- setup ---------------------------------------------------------------------------------
def check_setup(corpus) -> None:
    """The demo corpus was ingested: every page is an article, nothing rejected."""
    from framing.corpus import Corpus
    if corpus is None:
        return _todo("Loading the corpus", "run the cell with ingest_to_corpus(...) above.")
    if not isinstance(corpus, Corpus):
        return _say(False, f"expected a Corpus (from ingest_to_corpus), got {type(corpus).__name__}.")
    pages = sum(1 for p in (DEMO / "pages").rglob("*") if p.is_file() and p.suffix in (".html", ".txt"))
    rows = sum(1 for line in (DEMO / "pages" / "wire-feed.jsonl").read_text("utf-8").splitlines() if line.strip())
    if len(corpus.rejects):
        return _say(False, f"{len(corpus.rejects)} file(s) were rejected: look at corpus.rejects.")
    if len(corpus) != pages + rows:
        return _say(False, f"expected {pages + rows} articles ({pages} pages + {rows} feed rows), got {len(corpus)}: "
                           "did you point ingest_to_corpus at the whole corpora/demo/pages folder?")
    return _say(True, f"{len(corpus)} articles from {corpus.df['outlet'].nunique()} outlet names, no rejects.")


# -- step 1 --------------------------------------------------------------------------------
def check_step1(articles_per_outlet, corpus) -> None:
    """``articles_per_outlet``: number of articles per outlet (a Series outlet -> count, or a DataFrame
    with an ``articles`` column indexed by outlet, such as ``corpus.summary()``)."""
    if articles_per_outlet is None:
        return _todo("Step 1", "corpus.df[\"outlet\"].value_counts() counts the rows of each outlet.")
    got = articles_per_outlet
    if isinstance(got, pd.DataFrame):
        if "articles" not in got.columns:
            return _say(False, "a table needs an 'articles' column; a Series from value_counts() is simpler.")
        got = got["articles"]
    if not isinstance(got, pd.Series):
        return _say(False, f"expected a pandas Series (outlet -> number), got {type(got).__name__}.")
    want = _corpus_df(corpus)["outlet"].value_counts()
    got = pd.Series(got.to_numpy(), index=got.index.astype(str))
    if got.sort_index().to_dict() != {str(k): int(v) for k, v in want.sort_index().items()}:
        return _say(False, "the numbers do not match the corpus: count the rows of corpus.df per outlet "
                           "(value_counts on the 'outlet' column).")
    top = want.idxmax()
    return _say(True, f"{len(want)} outlets; the largest is {english_names().get(top, top)} with {want.max()} articles.")


def check_q1(answer, corpus) -> None:
    """Which outlet writes in English?"""
    if answer is None:
        return _todo("Question 1", "look at the 'languages' column of corpus.summary().")
    df = _corpus_df(corpus)
    english = df.loc[df["lang"] == "en", "outlet"].unique()
    if any(_same_outlet(answer, o) for o in english):
        return _say(True, "right: its words are English, so compare it with the others only through the English terms.")
    return _say(False, "not that one: filter corpus.df on lang == 'en' and look at the outlet column.")


# -- step 2 --------------------------------------------------------------------------------
def _hostage_leader(shares: pd.DataFrame) -> tuple[str, float]:
    fam = shares.groupby("outlet")["matches"].sum()
    big = fam[fam >= 3].index
    t = shares[(shares["term"] == "hostages") & shares["outlet"].isin(big)].set_index("outlet")["share"]
    return str(t.idxmax()), float(t.max())


def check_step2(shares, corpus) -> None:
    """``shares``: ``term_shares(corpus, "captives", by="outlet")`` (own voice)."""
    if shares is None:
        return _todo("Step 2", 'term_shares(corpus, "captives", by="outlet") gives one row per outlet and term.')
    need = {"outlet", "term", "matches", "share", "ci_low", "ci_high"}
    if not isinstance(shares, pd.DataFrame) or not need <= set(shares.columns):
        return _say(False, "expected the table of term_shares(..., by=\"outlet\") with columns "
                           + ", ".join(sorted(need)) + ".")
    from framing import term_shares
    if set(shares.get("family", pd.Series(["captives"]))) != {"captives"}:
        return _say(False, "the table should hold the 'captives' family only: term_shares(corpus, \"captives\", ...).")
    want = term_shares(corpus, "captives", by="outlet", n_boot=10)
    if int(shares["matches"].sum()) != int(want["matches"].sum()):
        allv = term_shares(corpus, "captives", by="outlet", voice="all", n_boot=10)
        if int(shares["matches"].sum()) == int(allv["matches"].sum()):
            return _say(False, "you counted quoted words too: leave voice at its default (\"own\").")
        return _say(False, f"expected {int(want['matches'].sum())} matches in all, got {int(shares['matches'].sum())}.")
    return _say(True, f"{int(want['matches'].sum())} own-voice matches of the captives family.")


def check_q2(answer, shares) -> None:
    """Which outlet (with at least 3 matches of the family) has the highest share of 'hostages' (رهائن)?"""
    if answer is None:
        return _todo("Question 2", 'shares[shares["term"] == "hostages"].sort_values("share") and read the last row.')
    if shares is None:
        return _todo("Question 2", "finish step 2 first.")
    leader, share = _hostage_leader(shares)
    if _same_outlet(answer, leader):
        return _say(True, f"{english_names().get(leader, leader)}: {share:.0%} of its words for captives are رهائن.")
    return _say(False, "not that outlet: sort the 'hostages' rows by 'share' (outlets with at least 3 matches).")


# -- step 3 --------------------------------------------------------------------------------
def check_step3(lines, shares) -> None:
    """``lines``: ``kwic`` of the term 'hostages' in the outlet of question 2."""
    if lines is None:
        return _todo("Step 3", 'kwic(corpus.filter(outlet=...), "captives", term="hostages").')
    if not isinstance(lines, pd.DataFrame) or not {"left", "match", "right", "term", "outlet"} <= set(lines.columns):
        return _say(False, "expected the table returned by kwic(...) (columns left, match, right, term, outlet...).")
    if len(lines) == 0:
        return _say(False, "no lines: check the outlet name (copy it from the table) and term=\"hostages\".")
    if set(lines["term"]) != {"hostages"}:
        return _say(False, "there are other terms in your lines: pass term=\"hostages\".")
    leader, _ = _hostage_leader(shares) if shares is not None else (None, 0)
    if leader is not None and set(lines["outlet"]) != {leader}:
        return _say(False, "keep only the outlet of question 2: corpus.filter(outlet=...).")
    own = int((lines["voice"] == "own").sum())
    return _say(True, f"{len(lines)} lines, {own} in the outlet's own voice. Now read them.")


# -- step 4 --------------------------------------------------------------------------------
def check_step4(quoted, corpus) -> None:
    """``quoted``: ``term_shares(corpus, "captives", by="outlet", voice="quoted")``."""
    if quoted is None:
        return _todo("Step 4", 'the same term_shares call as in step 2, with voice="quoted".')
    if not isinstance(quoted, pd.DataFrame) or not {"outlet", "term", "matches"} <= set(quoted.columns):
        return _say(False, "expected the table of term_shares(..., by=\"outlet\", voice=\"quoted\").")
    from framing import term_shares
    want = term_shares(corpus, "captives", by="outlet", voice="quoted", n_boot=10)
    if int(quoted["matches"].sum()) != int(want["matches"].sum()):
        return _say(False, f"expected {int(want['matches'].sum())} quoted matches, got {int(quoted['matches'].sum())}: "
                           "did you pass voice=\"quoted\"?")
    return _say(True, f"{int(want['matches'].sum())} quoted matches: words the outlets put in other people's mouths.")


# -- step 5 --------------------------------------------------------------------------------
def check_step5(naive, within) -> None:
    """``naive``/``within``: ``compare(counts, docs, "casualties")`` without and with ``within_events=True``."""
    from framing.stats import Comparison
    if naive is None or within is None:
        return _todo("Step 5", 'compare(counts, docs, "casualties") and the same with within_events=True.')
    if not isinstance(naive, Comparison) or not isinstance(within, Comparison):
        return _say(False, "expected two results of framing.stats.compare(...).")
    if naive.family != "casualties" or within.family != "casualties":
        return _say(False, "compare the 'casualties' family in both.")
    if naive.within_events or not within.within_events:
        return _say(False, "the first comparison is the naive one; pass within_events=True only to the second.")
    if within.test.get("p_value") is None:
        return _say(False, "no within-event test was possible: did you run assign_events before counting?")
    return _say(True, f"naive p = {naive.test['p_value']:.4f} over {naive.test['articles']} articles; within events "
                      f"p = {within.test['p_value']:.4f} over {within.test['articles']} articles in {within.test['events']} events.")


def check_q5(answer) -> None:
    """Multiple choice on reading the within-event p-value."""
    if answer is None:
        return _todo("Question 5", 'set q5 to "a", "b" or "c".')
    key = str(answer).strip().lower()[:1]
    if key == "b":
        return _say(True, "right: a p-value above 0.05 means these data do not show a difference, "
                          "not that there is none. With a few articles per event, tests are weak.")
    if key == "a":
        return _say(False, "careful: 'no clear evidence of a difference' is not 'evidence of no difference'.")
    if key == "c":
        return _say(False, "the within-event comparison is the fairer one: it removes differences of story selection.")
    return _say(False, 'answer with "a", "b" or "c".')


# -- step 6 --------------------------------------------------------------------------------
def check_step6(key, target) -> None:
    """``key``: ``keyness(..., target=<outlet>)``; ``target``: the outlet name used."""
    if key is None:
        return _todo("Step 6", "keyness(arabic_originals, target=OUTLET, top=15).")
    if not isinstance(key, pd.DataFrame) or not {"outlet", "term", "z"} <= set(key.columns):
        return _say(False, "expected the table of keyness(...) (columns outlet, term, z, ...).")
    if set(key["outlet"]) != {target}:
        return _say(False, f"keep one outlet: pass target={target!r}.")
    own_name = key[key["article_share"] >= 0.9]["term"].head(3).tolist()
    return _say(True, f"{len(key)} distinctive words of {english_names().get(target, target)}; words in (almost) "
                      f"every article, likely names or bylines: {', '.join(own_name) or 'none'}.")


def check_q6(framing_words, key) -> None:
    """``framing_words``: a list of words from the keyness table that the student thinks are framing words."""
    if not framing_words:
        return _todo("Question 6", "copy two or three words from the 'term' column into the list.")
    if isinstance(framing_words, str):
        framing_words = [framing_words]
    terms = set(key["term"]) if isinstance(key, pd.DataFrame) and "term" in key else set()
    missing = [w for w in framing_words if w not in terms]
    if missing:
        return _say(False, f"not in the keyness table: {', '.join(missing)} (copy them exactly from the 'term' column).")
    return _say(True, f"{len(framing_words)} word(s) chosen. Now check each with kwic(corpus, word=...) and "
                      "explain in the hand-in why it is framing and not a name or a topic.")


# -- step 7 --------------------------------------------------------------------------------
def check_step7(result) -> None:
    """``result``: ``framing.audit.score([MY_FILE, PARTNER_FILE])`` after both partners labelled the lines."""
    if result is None:
        return _todo("Step 7", "score([MY_FILE, PARTNER_FILE]) once you have both labelled the lines.")
    if not hasattr(result, "terms") or not hasattr(result, "agreement"):
        return _say(False, "expected the result of score([...]) from framing.audit.")
    if result.n_lines == 0:
        return _say(False, "no line answered yet: label the lines with the widgets above (yes / no / skip).")
    if len(result.coders) < 2:
        return _say(False, f"only one reader ({', '.join(result.coders)}): your partner labels PARTNER_FILE with the "
                           "second widget, then score both files together.")
    ag = result.agreement.set_index("what").loc["sense_ok"]
    if ag["lines"] < 10:
        return _say(False, f"only {int(ag['lines'])} lines were answered by both of you: label all of them first.")
    t = result.terms.sort_values("n").iloc[-1]
    kappa = ("undefined (no variation: every answer was the same)" if pd.isna(ag["cohen_kappa"])
             else f"{ag['cohen_kappa']:.2f}")
    return _say(True, f"{int(t['n'])} lines of {t['term']}: precision {t['precision']:.0%} (95% CI {t['ci_low']:.0%}–"
                      f"{t['ci_high']:.0%}); you agree on {ag['percent_agreement']:.0%} of {int(ag['lines'])} lines, "
                      f"Cohen's kappa {kappa}.")


# -- step 8 --------------------------------------------------------------------------------
DISCOVER_COLUMNS = {"term_a", "term_b", "spelling_a", "spelling_b", "groups_a", "groups_b", "events", "log_odds",
                    "ci_low", "ci_high", "evidence"}


def _english_list(names) -> str:
    """``"name | name"`` (the ``groups_a`` column of ``discover``) with the demo outlets' English names."""
    return " | ".join(str(english_names().get(n, n)) for n in str(names).split(" | ") if n and n != "nan")


def show_candidates(found) -> pd.DataFrame | None:
    """The columns of ``discover(...)`` a student reads, outlets in English (None when not run yet)."""
    if not isinstance(found, pd.DataFrame) or not DISCOVER_COLUMNS <= set(found.columns):
        return None
    show = found.assign(groups_a=found["groups_a"].map(_english_list), groups_b=found["groups_b"].map(_english_list))
    return show[["spelling_a", "spelling_b", "groups_a", "groups_b", "events", "log_odds", "ci_low", "ci_high"]]


def read_evidence(found, row, corpus) -> pd.DataFrame | None:
    """The sentence pairs of row ``row`` (its index) of ``discover(...)``, one pair per line: the
    article id and outlet of each side and its sentence (the ``evidence`` column is ``id: «…» ⟷ id: «…»``
    for aligned sentences, ``≈`` for two sentences of one event from the term contrast, pairs joined by ``‖``;
    the first sentence writes ``spelling_a``).  None when there is nothing to show."""
    if show_candidates(found) is None or row is None or row not in found.index:
        return None
    df = _corpus_df(corpus)
    outlet = dict(zip(df["id"], df["outlet"]))
    r, lines = found.loc[row], []
    for pair in str(r["evidence"]).split(" ‖ "):
        left, right = re.split(" ⟷ | ≈ ", pair, maxsplit=1)
        (ia, sa), (ib, sb) = left.split(": ", 1), right.split(": ", 1)
        lines.append({"outlet_a": english_names().get(outlet.get(ia), outlet.get(ia, ia)), "article_a": ia,
                      f"writes «{r['spelling_a']}»": sa[1:-1],
                      "outlet_b": english_names().get(outlet.get(ib), outlet.get(ib, ib)), "article_b": ib,
                      f"writes «{r['spelling_b']}»": sb[1:-1]})
    return pd.DataFrame(lines)


def check_step8(found) -> None:
    """``found``: ``discover(corpus_ev, min_events=1)``, the candidate pairs of the events corpus."""
    if found is None:
        return _todo("Step 8", "discover(corpus_ev, min_events=1) (the demo has few events: a swap seen once counts).")
    if show_candidates(found) is None:
        return _say(False, "expected the table of discover(...) (columns term_a, term_b, groups_a, events, evidence, …).")
    if len(found) == 0:
        return _say(False, "no candidate: did you pass the corpus with events (corpus_ev) and min_events=1?")
    if found.attrs.get("min_events", 1) > 1:
        return _say(False, "the demo has only eight events told by several outlets: pass min_events=1.")
    return _say(True, f"{len(found)} candidate pairs. Read the first ones and their evidence before you choose.")


def check_pick(pick, found) -> None:
    """``pick``: the row (index) of ``found`` the student chose as a contest."""
    if pick is None:
        return _todo("Question 8", "set pick to the row number (the index on the left of the table) of the pair you chose.")
    if show_candidates(found) is None:
        return _todo("Question 8", "finish step 8 first.")
    try:
        ok = not isinstance(pick, bool) and int(pick) == pick and int(pick) in found.index
    except (TypeError, ValueError):
        ok = False
    if not ok:
        return _say(False, f"pick must be a row number of the table, from {found.index.min()} to {found.index.max()}.")
    pick = int(pick)
    r = found.loc[pick]
    return _say(True, f"row {pick}: «{r['spelling_a']}» ({_english_list(r['groups_a'])}) where «{r['spelling_b']}» "
                      f"({_english_list(r['groups_b'])}), in {r['events']} event(s). Read its evidence below, then "
                      "fill in the write-up.")
