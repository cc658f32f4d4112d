"""Lines an outlet repeats across its articles: link footers, tag lists, sign-offs.

Found from the corpus itself, per outlet, so no list of sites is needed:

* a line (paragraph) that is the same (outer spaces stripped) in at least
  ``max(min_articles, min_share × the outlet's articles)`` of the outlet's articles
  («// انتهى //», «تابعونا على تويتر»);
* one of the last two lines of an article (never its first line) that starts with the same
  short label before a colon (at most six words) in at least twice that many articles: «رابط الخبر بصحيفة الوئام: …»
  (the headline repeated after a link label), «سمات: …» (a tag list);
* a line of the text that repeats the article's own headline.

Matches inside such lines are not the outlet's words about the story; the matcher leaves
them out (``keep_boilerplate=True`` keeps them).  :meth:`Boilerplate.table` lists what was
found, per outlet, for a user to check.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable


__all__ = ["Boilerplate", "find_boilerplate"]

_LABEL = re.compile(r"^([^:\n]{1,60}?)\s*[:：]")


def _key(line: str) -> str:
    return line.strip()


def _label(key: str) -> str | None:
    m = _LABEL.match(key)
    return m.group(1) if m and len(m.group(1).split()) <= 6 else None


def _keys(text: str | None) -> list[tuple[int, str, str | None]]:
    """``(line number, key, label)`` of the non-empty lines of ``text``; a label only on the
    last two lines, never on the first (datelines and speech open lines; footers close them)."""
    keys = [(i, k) for i, k in enumerate(map(str.strip, (text or "").split("\n"))) if k]
    n = len(keys)
    return [(i, k, _label(k) if 0 < j >= n - 2 else None) for j, (i, k) in enumerate(keys)]


class Boilerplate:
    """Repeated lines per outlet (outer spaces stripped) and repeated labels before a colon."""

    def __init__(self, lines: dict, labels: dict, articles: dict):
        self._lines = lines        # outlet -> {key: articles}
        self._labels = labels      # outlet -> {label: articles}
        self._articles = articles  # outlet -> articles

    def lines(self, outlet, title: str | None, text: str | None) -> frozenset[int]:
        """Line numbers (``text.split("\\n")``) of ``text`` that are boilerplate."""
        rep, lab = self._lines.get(outlet, {}), self._labels.get(outlet, {})
        head = _key(title) if title else None
        return frozenset(i for i, key, label in _keys(text)
                         if key in rep or (label is not None and label in lab) or key == head)

    def table(self):
        """DataFrame ``outlet, kind (line|label), text, articles, share`` of what was found."""
        import pandas as pd
        rows = [(o, kind, k, n, n / self._articles[o]) for kind, src in (("line", self._lines), ("label", self._labels))
                for o, d in src.items() for k, n in d.items()]
        return (pd.DataFrame(rows, columns=["outlet", "kind", "text", "articles", "share"])
                .sort_values(["outlet", "articles"], ascending=[True, False], kind="stable").reset_index(drop=True))

    def __bool__(self) -> bool:
        return any(self._lines.values()) or any(self._labels.values())


def find_boilerplate(articles: Iterable[tuple], *, min_articles: int = 5, min_share: float = 0.05) -> Boilerplate:
    """Find repeated lines in ``(outlet, text)`` pairs (see the module doc for the rules).

    >>> arts = [("A", f"story {i}\\n\\nread more: link {i}") for i in range(10)]
    >>> bp = find_boilerplate(arts)
    >>> sorted(bp.lines("A", None, "other story\\n\\nread more: link 99"))
    [2]
    """
    lines: dict = defaultdict(Counter)
    labels: dict = defaultdict(Counter)
    n: Counter = Counter()
    for outlet, text in articles:
        n[outlet] += 1
        seen = list(_keys(text))
        lines[outlet].update({k for _, k, _ in seen})
        labels[outlet].update({lab for _, _, lab in seen if lab})
    keep_lines, keep_labels = {}, {}
    for outlet, total in n.items():
        need = max(min_articles, min_share * total)
        keep_lines[outlet] = {k: c for k, c in lines[outlet].items() if c >= need}
        keep_labels[outlet] = {k: c for k, c in labels[outlet].items() if c >= 2 * need}
    return Boilerplate(keep_lines, keep_labels, dict(n))
