"""Lines an outlet repeats across its articles: link footers, tag lists, sign-offs.

Found from the corpus itself, per outlet, so no list of sites is needed.  With
``need = max(min_articles, min_share × the outlet's articles)``:

* a short line (at most 200 characters) that is the same (outer spaces stripped) in at least ``need`` of the
  outlet's articles («// انتهى //», «تابعونا على تويتر»);
* one of the last two lines of an article (never its first) that starts with the same short
  label before a colon (at most six words) in at least ``2 × need`` articles:
  «رابط الخبر بصحيفة الوئام: …» (the headline repeated after a link label), «سمات: …»;
* the end of an article's last line from a closing marker: one or two words that open the last
  segments of the outlet's articles (after a full stop, or the line's start) in at least
  ``2 × need`` articles, where what follows them is, at least half of the time, not a sentence
  (it does not end with . ! ? ؟): a tag list glued to the last paragraph («… بكلية الطب. سمات
  تبوك جامعة …»), «مقالات أخرى للكاتب …» followed by headlines.  A closing sentence that
  outlets often start alike («يذكر أن … .») ends with a full stop and stays;
* a line of the text that repeats the article's own headline.

Matches inside such lines are not the outlet's words about the story; the matcher leaves
them out (``keep_boilerplate=True`` keeps them).  :meth:`Boilerplate.table` lists what was
found, per outlet, for a user to check.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

__all__ = ["Boilerplate", "find_boilerplate", "stripped_lines", "tally", "merge_tallies", "from_tally", "hashed"]

_LABEL = re.compile(r"^([^:\n]{1,60}?)\s*[:：]")
_SEGMENT = re.compile("[.!?؟][\"”»'’)]*\\s+")
_ENDS_SENTENCE = tuple(".!?؟")
_TAIL = 400       # characters at the end of an article where closing markers are looked for
_SHORT = 200      # a repeated line longer than this is a recycled paragraph, not a footer: not boilerplate


def _label(key: str) -> str | None:
    if ":" not in key and "：" not in key:
        return None                    # (no colon: the pattern's lazy search would try 60 lengths to fail)
    m = _LABEL.match(key)
    return m.group(1) if m and len(m.group(1).split()) <= 6 else None


def _keys(text: str | None) -> list[tuple[int, str, str | None]]:
    """``(line number, key, label)`` of the non-empty lines of ``text``; a label only on the
    last two lines, never on the first (datelines and speech open lines; footers close them)."""
    keys = [(i, k) for i, k in enumerate(map(str.strip, (text or "").split("\n"))) if k]
    n = len(keys)
    return [(i, k, _label(k) if 0 < j >= n - 2 else None) for j, (i, k) in enumerate(keys)]


def _segments(line: str, first: bool):
    """``(start, markers, finished)`` of the closing segments of a line: where each starts, its
    one- and two-word openings, and whether it ends as a sentence does."""
    lo = max(0, len(line) - _TAIL)
    starts = ([] if first or lo else [0]) + [m.end() for m in _SEGMENT.finditer(line, lo)]
    finished = line.endswith(_ENDS_SENTENCE)
    for s in starts:
        words = line[s:s + 80].split()[:2]
        if words:
            yield s, (words[0], " ".join(words)), finished


class Boilerplate:
    """Repeated lines per outlet, repeated labels before a colon, closing markers."""

    def __init__(self, lines: dict, labels: dict, markers: dict, articles: dict):
        self._lines = lines        # outlet -> {key: articles}
        self._labels = labels      # outlet -> {label: articles}
        self._markers = markers    # outlet -> {marker: articles}
        self._articles = articles  # outlet -> articles

    def lines(self, outlet, title: str | None, text: str | None) -> dict[int, int | None]:
        """Boilerplate of ``text``: line number (``text.split("\\n")``) → ``None`` when the whole
        line is boilerplate, or the number of words at the line's end that are."""
        rep, lab, mark = self._lines.get(outlet, {}), self._labels.get(outlet, {}), self._markers.get(outlet, {})
        head = title.strip() if title else None
        if not (rep or lab or mark) and not (head and text and head in text):
            return {}
        keys = _keys(text)
        out: dict[int, int | None] = {i: None for i, key, label in keys
                                      if (len(key) <= _SHORT and key in rep) or (label is not None and label in lab)
                                      or key == head}
        if mark and keys and keys[-1][0] not in out:
            i, key, _ = keys[-1]
            for s, markers, _fin in _segments(key, len(keys) == 1):
                if any(m in mark for m in markers):
                    out[i] = len(key[s:].split())
                    break
        return out

    def kept_lines(self, outlet, title: str | None, text: str) -> list[str]:
        """``text.split("\\n")`` with this outlet's boilerplate left out (:meth:`lines`: a whole line
        blanked, or the words at its end cut), so line numbers stay those of ``text``."""
        lines = text.split("\n")
        for i, n in self.lines(outlet, title, text).items():
            lines[i] = "" if n is None else " ".join(lines[i].split()[:-n])
        return lines

    def table(self):
        """DataFrame ``outlet, kind (line|label|marker), text, articles, share`` of what was found."""
        import pandas as pd
        rows = [(o, kind, k, n, n / self._articles[o])
                for kind, src in (("line", self._lines), ("label", self._labels), ("marker", self._markers))
                for o, d in src.items() for k, n in d.items()]
        return (pd.DataFrame(rows, columns=["outlet", "kind", "text", "articles", "share"])
                .sort_values(["outlet", "articles"], ascending=[True, False], kind="stable").reset_index(drop=True))

    def __bool__(self) -> bool:
        return any(self._lines.values()) or any(self._labels.values()) or any(self._markers.values())


def find_boilerplate(articles: Iterable[tuple], *, min_articles: int = 5, min_share: float = 0.05) -> Boilerplate:
    """Find repeated lines in ``(outlet, text)`` pairs (see the module doc for the rules).

    >>> arts = [("A", f"story {i}\\n\\nread more: link {i}") for i in range(10)]
    >>> bp = find_boilerplate(arts)
    >>> bp.lines("A", None, "other story\\n\\nread more: link 99")
    {2: None}
    >>> arts = [("B", f"Story {i} ended. Tags city{i} town") for i in range(10)]
    >>> find_boilerplate(arts).lines("B", None, "A new story. Tags port harbour")
    {0: 3}
    """
    return from_tally(tally(articles), min_articles=min_articles, min_share=min_share)


def stripped_lines(outlets, titles, texts) -> list[list[str]]:
    """The lines of each article's text without the lines its outlet repeats, found on these articles
    (:func:`find_boilerplate`; :meth:`Boilerplate.kept_lines`).  ``outlets``, ``titles`` (None allowed),
    ``texts``: one value per article; a missing text is read as empty."""
    outlets = list(outlets)
    texts = [t if isinstance(t, str) else "" for t in texts]
    bp = find_boilerplate(zip(outlets, texts))
    return [bp.kept_lines(o, title if isinstance(title, str) else None, text) if bp else text.split("\n")
            for o, title, text in zip(outlets, titles, texts)]


def tally(articles: Iterable[tuple]) -> tuple:
    """The counts :func:`find_boilerplate` decides on, for one chunk of ``(outlet, text)`` pairs:
    ``(lines, labels, markers, open_end, n)`` (per outlet: articles with each line, label, marker;
    articles per outlet).  Tallies of consecutive chunks add up (:func:`merge_tallies`)."""
    lines: dict = defaultdict(Counter)
    labels: dict = defaultdict(Counter)
    markers: dict = defaultdict(Counter)
    open_end: dict = defaultdict(Counter)
    n: Counter = Counter()
    for outlet, text in articles:
        n[outlet] += 1
        keys = [k for k in map(str.strip, (text or "").split("\n")) if k]
        if not keys:
            continue
        lines[outlet].update({k for k in keys if len(k) <= _SHORT})
        labels[outlet].update({lab for lab in map(_label, keys[max(1, len(keys) - 2):]) if lab})
        found = {m: fin for _, ms, fin in _segments(keys[-1], len(keys) == 1) for m in ms}
        markers[outlet].update(found.keys())
        open_end[outlet].update(m for m, fin in found.items() if not fin)
    return lines, labels, markers, open_end, n


def merge_tallies(tallies: list) -> tuple:
    """One tally from the tallies of consecutive chunks (in corpus order: the same decisions as one
    tally of all their articles).  The short lines are kept as :class:`_Lines` (a hash per line,
    the text only of lines seen twice or more): a corpus of a million articles has tens of millions
    of distinct lines, nearly all seen once."""
    out = tally(())
    for t in tallies:
        for mine, theirs in zip(out[1:4], t[1:4]):
            for outlet, counts in theirs.items():
                _add(mine[outlet], counts)
        out[4].update(t[4])
    outlets = dict.fromkeys(o for t in tallies for o in t[0])
    out[0].update({o: _merge_lines([t[0][o] for t in tallies if o in t[0]]) for o in outlets})
    return out


class _Lines:
    """The short lines of one outlet's articles in bounded memory: ``h`` the sorted 8-byte hashes
    (:func:`pandas.util.hash_array`, fixed key: the same in every process) of the distinct lines,
    ``n`` articles with each, ``first`` its rank of first appearance, ``span`` ranks used;
    ``text``: hash → line for the lines in two or more articles (a line needs ``min_articles`` ≥ 2
    to be boilerplate).  Exact unless two distinct lines share a 64-bit hash."""
    __slots__ = ("h", "n", "first", "span", "text")

    def __init__(self, h, n, first, span, text):
        self.h, self.n, self.first, self.span, self.text = h, n, first, span, text

    def items(self):
        """``(line, articles)`` of the lines in two or more articles, in order of first appearance."""
        import numpy as np
        keep = np.flatnonzero(self.n >= 2)
        keep = keep[np.argsort(self.first[keep], kind="stable")]
        return [(self.text[int(self.h[i])], int(self.n[i])) for i in keep]


def _hashes(lines: list):
    import numpy as np
    import pandas as pd
    return pd.util.hash_array(np.asarray(lines, dtype=object), categorize=False) if lines else np.zeros(0, np.uint64)


class _Hashed:
    """One chunk's line Counter with its hashes (:func:`_hashes`) computed where the chunk was read:
    ``h`` the hashes of the lines (in Counter order), ``n`` their counts, :meth:`line` the text of one.
    With ``--jobs`` the workers hash their chunks and the parent's merge only joins arrays (on 50,000
    articles the parent's serial CPU went from 1.39 to 1.19 s).  The lines travel as one UTF-8
    ``bytes`` cut at ``ends`` (a worker sends ≈6 MB of lines per 5,000 articles): the parent copies
    bytes instead of making a string object per line, and decodes only the lines it keeps, those
    seen in two articles or more (parent's CPU in the context pass of generated 50,000: see
    benchmarks/README.md)."""
    __slots__ = ("h", "n", "data", "ends", "keys")

    def __init__(self, counts: Counter):
        import numpy as np
        keys = list(counts)
        self.h = _hashes(keys)
        self.n = np.fromiter(counts.values(), np.int64, len(keys))
        joined = "\n".join(keys)
        self.data, self.ends, self.keys = None, None, keys
        if keys and joined.count("\n") == len(keys) - 1:      # (no line holds a newline: those of tally never do)
            self.data = joined.encode("utf-8", "surrogatepass")
            self.ends = np.r_[np.flatnonzero(np.frombuffer(self.data, np.uint8) == 10), len(self.data)]
            self.keys = None

    def __len__(self) -> int:
        return len(self.h)

    def line(self, i: int) -> str:
        if self.keys is not None:
            return self.keys[i]
        start = int(self.ends[i - 1]) + 1 if i else 0
        return self.data[start:int(self.ends[i])].decode("utf-8", "surrogatepass")


def hashed(t: tuple) -> tuple:
    """A :func:`tally` whose line Counters are hashed (:class:`_Hashed`): the same merge
    (:func:`merge_tallies`), its hashing done by the caller (a worker) instead of the merge."""
    return ({o: _Hashed(c) for o, c in t[0].items()}, *t[1:])


def _merge_lines(items: list) -> _Lines:
    """One :class:`_Lines` from consecutive chunks' line Counters (or :class:`_Hashed`, or earlier :class:`_Lines`)."""
    import numpy as np
    hs, ns, fs, raw, text, off = [], [], [], [], {}, 0
    if any(isinstance(it, _Lines) for it in items[1:]):
        raise ValueError("boilerplate tallies are merged in corpus order: a merged tally can only come first")
    for it in items:
        if isinstance(it, _Lines):
            h, n, f, span = it.h, it.n, it.first, it.span
            text.update(it.text)
        else:
            if not isinstance(it, _Hashed):
                it = _Hashed(it)
            h, n = it.h, it.n
            f, span = np.arange(len(it)), len(it)
            raw.append((h, it))
        hs.append(h)
        ns.append(n)
        fs.append(f + off)
        off += span
    h, n, f = np.concatenate(hs), np.concatenate(ns), np.concatenate(fs).astype(np.int64)
    order = np.lexsort((f, h))
    h, n, f = h[order], n[order], f[order]
    starts = np.flatnonzero(np.r_[True, h[1:] != h[:-1]]) if len(h) else np.zeros(0, np.int64)
    uniq, cnt, first = h[starts], np.add.reduceat(n, starts) if len(h) else n, f[starts]
    for hr, lines in raw:                   # the text of lines now seen twice or more
        for i in np.flatnonzero(cnt[np.searchsorted(uniq, hr)] >= 2):
            k = int(hr[i])
            if k not in text:
                text[k] = lines.line(i)
    return _Lines(uniq, cnt.astype(np.int64), first, off, text)


def _add(mine: Counter, theirs: Counter) -> None:
    """``mine.update(theirs)`` (same counts, same key order) with the new keys copied at C speed:
    most lines of a chunk's tally are seen once, and ``Counter.update`` adds them one by one in
    Python (the merge ran in the parent, serially, while ``--jobs`` workers waited)."""
    sums = {k: mine[k] + theirs[k] for k in mine.keys() & theirs.keys()}
    dict.update(mine, theirs)
    dict.update(mine, sums)


def from_tally(counts: tuple, *, min_articles: int = 5, min_share: float = 0.05) -> Boilerplate:
    """The :class:`Boilerplate` of a corpus from its :func:`tally`."""
    lines, labels, markers, open_end, n = counts
    keep_lines, keep_labels, keep_markers = {}, {}, {}
    for outlet, total in n.items():
        need = max(min_articles, min_share * total)
        if isinstance(lines.get(outlet), _Lines) and need < 2:
            raise ValueError("boilerplate of merged tallies: min_articles must be at least 2")
        keep_lines[outlet] = {k: c for k, c in lines[outlet].items() if c >= need}
        keep_labels[outlet] = {k: c for k, c in labels[outlet].items() if c >= 2 * need}
        keep_markers[outlet] = {k: c for k, c in markers[outlet].items()
                                if c >= 2 * need and open_end[outlet][k] >= 0.5 * c}
    return Boilerplate(keep_lines, keep_labels, keep_markers, dict(n))
