"""Seeded discovery: the words outlets write in the place of a word the researcher already knows
(``framing.discover(corpus, words=[...])``, ``framing discover CORPUS --word X``; ``docs/methods.md`` §5e).

For each seed X (a word or a short phrase, read as discover reads terms: ``normalize`` and the clitic split,
inflections pooled by :func:`framing.discovery._root_key`), candidates come from two sources:

1. **Every row of the whole aligned / contrast list that holds X** (:func:`framing.discovery._candidate_rows` at
   ``min_events``, not only the top N): its side holding X becomes ``term_a`` (the side that *is* X when there is
   one, else the side with X among its words: «ميليشيات حوثي» against «حوثيين» for X = الحوثيين).
2. **Words that fill X's contexts and that some outlets write where others write X**: each word's nearest non-stop
   word on the left and on the right (within two words, clitics split, inflections pooled, for words and contexts
   alike; a phrase seed's places are read as one word), weighted by positive PMI (context counts to the power ¾),
   each vector cut to its ``TOP_CONTEXTS`` strongest contexts; of the single words with a cosine of ``MIN_COSINE``
   or more to X's vector, the ``NEAREST`` closest are compared with X per group: the *stories* (event × group; a
   story counts once) of each group naming X and naming the candidate give the preference (``groups_a``,
   ``groups_b``, ``consistency``), and a candidate is kept when, in ``min_events`` events told by two or more groups
   or more, one group writes X and not the candidate while another writes the candidate and not X (``swap``
   events) and the corpus-wide log-odds interval of the two groups that most prefer each lies above 0.
   Corpus-wide (``docs/methods.md`` §5d) this source found house style more than contests; for one seed it only
   ranks X's few dozen neighbours.

Both are then scored as the candidate list is (:func:`framing.discovery._score`: log odds with its interval, names,
``together``, ``joined``, ``topical``, ``quoted``); a row of source 2 counts its swap events as contrast events (half
weight, only when the log-odds interval is above 0) and its ``source`` is ``contexts``.  Rows that are one
substitution cut at different places are joined (:func:`framing.discovery._merge_spans`); each seed keeps its
``top`` rows, best first.
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np

from .text.tokenize import SENTENCE_END, WORD_RE, sentences

MIN_COUNT = 10          # a word seen fewer times in the corpus has no context vector (nor is it a context)
TOP_CONTEXTS = 200      # a word's context vector: its this many strongest contexts (count × positive PMI)
MIN_COSINE = 0.15       # a candidate's context vector has at least this cosine with the seed's
NEAREST = 50            # the seed's nearest words (by cosine) that are compared with it per group
EVIDENCE = 3            # swap events whose sentences are kept as evidence


def seed_terms(words, stem) -> list[tuple[str, str]]:
    """``(seed as given, its stem phrase)`` for each seed word or phrase (empty ones left out, repeats once)."""
    if isinstance(words, str):
        words = [words]
    out, seen = [], set()
    for w in words:
        t = " ".join(stem(x) for x in WORD_RE.findall(str(w)))
        if t and t not in seen:
            seen.add(t)
            out.append((str(w), t))
    return out


def _flip(r: dict) -> dict:
    """A copy of candidate row ``r`` with its two sides swapped (terms, groups, stems, keys and evidence)."""
    r = dict(r)
    for x, y in (("term_a", "term_b"), ("group_a", "group_b"), ("groups_a", "groups_b"), ("_va", "_vb")):
        r[x], r[y] = r[y], r[x]
    r["_keys"] = r["_keys"][::-1]
    r["_ev"] = [(e[2], e[3], e[0], e[1], *e[4:]) for e in r["_ev"]]
    return r


def listed_rows(rows, key: str) -> list[dict]:
    """Source 1: copies of the candidate ``rows`` holding the seed (``key``: its :func:`_root_key`), the seed's side
    as side a: the side that is the seed when one is, else the side holding it among its words."""
    from .discovery import _runs
    out = []
    for r in rows:
        ka, kb = r["_keys"]
        if ka == key or (kb != key and key in _runs(ka)):
            out.append(dict(r))
        elif kb == key or key in _runs(kb):
            out.append(_flip(r))
    return out


class Contexts:
    """Context vectors and per-story counts of a corpus's words (source 2), built once for all seeds."""

    def __init__(self, df, col, stem, stop, phrases=()):
        from .corpus import group_names
        from .discovery import _article_text, _banned, _house_words, _plain, _root_key
        ids: dict[str, int] = {}
        chunks, docs = [], []
        for k, r in enumerate(df.itertuples(index=False)):
            out = []
            for sent in SENTENCE_END.split(_article_text(r)):
                out.extend(ids.setdefault(stem(w), len(ids)) for w in WORD_RE.findall(sent))
                out.append(-1)
            chunks.append(np.asarray(out, dtype=np.int64))
            docs.append(np.full(len(out), k, dtype=np.int64))
        stems = list(ids)
        keys, kid = np.unique(np.array([_root_key(s) for s in stems] or [""], dtype=object), return_inverse=True)
        kid = kid[:len(stems)]
        tok = np.concatenate(chunks) if chunks else np.zeros(0, np.int64)
        self.doc = np.concatenate(docs) if docs else np.zeros(0, np.int64)
        self.tok = np.where(tok >= 0, kid[np.maximum(tok, 0)] if len(kid) else -1, -1)
        self.stems = defaultdict(set)                            # key id → its stems (inflections, spellings)
        for s, k in zip(stems, kid):
            self.stems[int(k)].add(s)
        self.index = {str(k): i for i, k in enumerate(keys)}
        keys = list(keys)
        words = len(keys)                                       # ids from here on are the seeds' phrases
        for phrase in phrases:                                  # a phrase seed is read as one word
            self._join(phrase, keys)
        self.keys = np.array(keys, dtype=object)
        counts = np.bincount(self.tok[self.tok >= 0], minlength=len(keys))
        is_stop = np.array([any(s in stop for s in self.stems[i]) for i in range(len(keys))], dtype=bool)
        banned = _banned(stem).union(*(_house_words(n, stem) for n in group_names(df, col).values()))
        context_ok = (counts >= MIN_COUNT) & ~is_stop
        self.eligible = context_ok & np.array([i < words and _plain(k) and len(k) >= 3 and not self.stems[i] & banned
                                               for i, k in enumerate(keys)], dtype=bool)     # single words only
        self.banned, self.vocab, self.stem = banned, stem.vocab, stem
        self.x = _context_vectors(*_contexts(self.tok, context_ok, context_ok), len(keys))
        # stories: each (word, article) once, by word
        sel = self.tok >= 0
        n_docs = max(len(df), 1)
        td = np.unique(self.tok[sel] * n_docs + self.doc[sel])      # sorted by word, then article
        self.t_, self.d_ = td // n_docs, td % n_docs
        self.group = np.unique(df[col].astype(str).to_numpy(), return_inverse=True)
        self.event = df["event_id"].astype(str).to_numpy()
        self.ids = df["id"].astype(str).tolist()

    def _join(self, phrase: str, keys: list) -> None:
        """Read each place of ``phrase`` (a stem phrase) as one word of its own (its key: :func:`_root_key`): its
        first word's id replaced by the phrase's, the others taken out of the token stream."""
        from .discovery import _root_key
        key = _root_key(phrase)
        parts = [self.index.get(w) for w in key.split()]
        if key in self.index or None in parts:
            return
        tok, n = self.tok, len(parts)
        hit = np.ones(max(len(tok) - n + 1, 0), dtype=bool)
        for k, w in enumerate(parts):
            hit &= tok[k:len(tok) - n + 1 + k] == w
        at = np.nonzero(hit)[0]
        if not len(at):
            return
        self.index[key] = len(keys)
        keys.append(key)
        self.stems[self.index[key]] = {phrase}
        tok = tok.copy()
        tok[at] = self.index[key]
        drop = (at[:, None] + np.arange(1, n)).ravel()
        self.tok, self.doc = np.delete(tok, drop), np.delete(self.doc, drop)

    def _docs(self, t: int) -> np.ndarray:
        lo, hi = np.searchsorted(self.t_, [t, t + 1])
        return self.d_[lo:hi]

    def _stories(self, t: int) -> dict:
        """group index → {event: first article} of the stories naming word ``t``."""
        out: dict = defaultdict(dict)
        for d in self._docs(t):
            out[int(self.group[1][d])].setdefault(self.event[d], int(d))
        return out

    def rows(self, seed: str, key: str, shared, min_events: int, texts) -> list[dict]:
        """Source 2 for one seed (its stem ``seed``, key ``key``): candidate rows as
        :func:`framing.discovery._candidate_rows` makes them (``shared``: events told by two or more groups;
        ``texts``: article number → text, for the evidence's sentence offsets)."""
        from .discovery import _clean, _preference
        s = self.index.get(key)
        if s is None or self.x is None or self.x[s].nnz == 0:
            return []
        cos = np.asarray((self.x @ self.x[s].T).todense()).ravel()
        cos[s] = 0
        cand = np.nonzero(self.eligible & (cos >= MIN_COSINE))[0]
        cand = cand[np.argsort(-cos[cand], kind="stable")][:NEAREST]
        sx = self._stories(s)
        names = self.group[0]
        out = []
        for c in cand:
            term = min(self.stems[int(c)], key=lambda t: (-self.vocab.get(t, 0), t))
            if _clean([seed], [term], set(), set(), self.banned, self.vocab) is None:
                continue
            sc = self._stories(int(c))
            uses = {}
            for g in set(sx) | set(sc):
                uses[(names[g], "a")], uses[(names[g], "b")] = len(sx.get(g, ())), len(sc.get(g, ()))
            ea, eb = defaultdict(dict), defaultdict(dict)     # event → {group: article}
            for src, dst in ((sx, ea), (sc, eb)):
                for g, evs in src.items():
                    for e, d in evs.items():
                        if e in shared:
                            dst[e][g] = d
            swapped = sorted(e for e in ea.keys() & eb.keys() if ea[e].keys() - eb[e].keys() and eb[e].keys() - ea[e].keys())
            if len(swapped) < min_events:
                continue
            ev = []
            for e in swapped[:EVIDENCE]:
                da, db = ea[e][min(ea[e].keys() - eb[e].keys())], eb[e][min(eb[e].keys() - ea[e].keys())]
                spans = (_sentence(texts(da), key, self.stem), _sentence(texts(db), str(self.keys[c]), self.stem))
                if all(spans):
                    ev.append((self.ids[da], spans[0], self.ids[db], spans[1], "contrast", 0.0))
            cons, ga, gb, pa, pb = _preference(uses)
            out.append({"term_a": seed, "term_b": term, "_keys": (key, str(self.keys[c])), "_va": {seed} | self.stems[s],
                        "_vb": set(self.stems[int(c)]), "group_a": ga, "group_b": gb, "groups_a": " | ".join(pa),
                        "groups_b": " | ".join(pb), "events": len(swapped), "aligned": 0, "source": "contexts",
                        "pairs": 0, "_aligned": 0, "_contrast": len(swapped), "_contrast_all": len(swapped),
                        "consistency": round(cons, 3), "rank": 0.0, "_ev": ev, "_events": set(swapped)})
        return out


def _sentence(text: str, key: str, stem) -> tuple[int, int] | None:
    """Offsets of the first sentence of ``text`` holding words whose stems' keys (:func:`_root_key`) are ``key``."""
    from .discovery import _root_key
    want = key.split()
    for s, e in sentences(text):
        got = [_root_key(stem(m.group())) for m in WORD_RE.finditer(text, s, e)]
        if any(got[i:i + len(want)] == want for i in range(len(got))):
            return s, e
    return None


def _contexts(tok, eligible, context_ok):
    """``(term, left-or-right context)`` id pairs: each eligible token's nearest non-stop word (``context_ok``)
    on each side, within two words and inside its sentence; a right context is coded as ``-(id + 2)``."""
    n = len(tok)
    pos = np.nonzero((tok >= 0) & eligible[np.maximum(tok, 0)])[0]
    terms, ctxs = [], []
    for side, sign in ((-1, 1), (1, -1)):
        found = np.full(len(pos), -1, dtype=np.int64)
        blocked = np.zeros(len(pos), dtype=bool)
        for step in (1, 2):
            j = pos + side * step
            w = np.where((j >= 0) & (j < n), tok[np.clip(j, 0, max(n - 1, 0))], -1)
            blocked |= w < 0                                  # a sentence end or the text's edge
            good = ~blocked & (found < 0) & context_ok[np.maximum(w, 0)]
            found[good] = w[good]
            blocked |= good
        keep = found >= 0
        terms.append(tok[pos[keep]])
        ctxs.append(found[keep] if sign > 0 else -(found[keep] + 2))
    return np.concatenate(terms), np.concatenate(ctxs)


def _context_vectors(terms, ctxs, n_terms):
    """Unit-length positive-PMI context vectors of the word ids (a sparse row per id), each cut to its
    ``TOP_CONTEXTS`` strongest contexts; None without contexts."""
    from scipy.sparse import coo_matrix, csr_matrix
    if not len(terms):
        return None
    cols = np.where(ctxs >= 0, ctxs * 2, (-ctxs - 2) * 2 + 1)      # left and right contexts apart
    _, cols = np.unique(cols, return_inverse=True)
    m = coo_matrix((np.ones(len(terms)), (terms, cols)), shape=(n_terms, cols.max() + 1)).tocsr()
    m.sum_duplicates()
    rows, cs = np.asarray(m.sum(axis=1)).ravel(), np.asarray(m.sum(axis=0)).ravel() ** 0.75
    coo = m.tocoo()
    pmi = np.log(coo.data * cs.sum() / (rows[coo.row] * cs[coo.col]))
    keep = (pmi > 0) & (coo.data >= 2)                        # a context seen once says nothing
    r, c, v, n = coo.row[keep], coo.col[keep], pmi[keep], coo.data[keep]
    order = np.lexsort((-v * n, r))                           # each word's contexts, most weight (count × PMI) first
    r, c, v = r[order], c[order], v[order]
    keep = np.arange(len(r)) - np.searchsorted(r, r) < TOP_CONTEXTS
    x = csr_matrix((v[keep], (r[keep], c[keep])), shape=m.shape)
    norm = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    return csr_matrix(x.multiply(1 / np.maximum(norm, 1e-12)[:, None]))


def seeded(rows, words, df, col, stem, stop, shared, min_events: int) -> list[dict]:
    """Both sources' candidate rows for every seed of ``words`` (each row with ``_seed``: the seed's stem phrase);
    rows of source 2 that source 1 has for the seed already are left out."""
    from .discovery import _article_text, _root_key
    seeds = seed_terms(words, stem)
    space = Contexts(df, col, stem, stop, [t for _, t in seeds if " " in t]) if seeds else None
    articles = [_article_text(r) for r in df.itertuples(index=False)] if space is not None else []
    out = []
    for given, t in seeds:
        key = _root_key(t)
        mine = listed_rows(rows, key)
        if space is not None:
            have = {r["_keys"][1] for r in mine}
            mine += [r for r in space.rows(t, key, shared, min_events, articles.__getitem__) if r["_keys"][1] not in have]
        for r in mine:
            r["_seed"], r["word"] = t, given
        out += mine
    return out


def seeded_order(rows, top) -> list[dict]:
    """Each seed's kept rows (scored), one substitution cut at different places joined, best first, its ``top``
    first; the seeds in the order given."""
    from .discovery import _best_first, _merge_spans
    by_seed: dict = defaultdict(list)
    for r in rows:
        by_seed[r.pop("_seed")].append(r)
    out = []
    for mine in by_seed.values():
        mine = [r for r in mine if r.pop("_keep")]
        mine.sort(key=_best_first)
        mine = _merge_spans(mine)
        out += mine[:top] if top else mine
    return out
