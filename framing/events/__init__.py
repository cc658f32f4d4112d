"""Same-event alignment across outlets, and wire copies.

Two questions about a corpus of several outlets:

* **Which articles report the same event?**  :func:`assign_events` gives every
  article an ``event_id``: articles (of one or several outlets) that tell the
  same story within a few days of each other share an id; a story only one
  article tells gets an id of its own.  :func:`events_table` describes each
  event (label, top terms, dates, outlets).
* **Which articles reprint the same (agency) text?**  :func:`find_copies` marks
  reprints: ``copy_of`` is the id of the earliest article of the group,
  ``copy_score`` how much of the shorter text is found in the other.
  :func:`copy_share` gives, per outlet, how much of its text is shared.

How events are found (plain language in ``docs/events.md``):

1. Each article is represented by its title (counted twice) and lead (the first
   ``LEAD_CHARS`` characters of the text), normalised with
   ``framing.text.normalize(lower=True)``, in two ways: TF-IDF over words with
   the article and its clitic chains removed (``framing.text.split``: والمحتجزين →
   محتجزين), and TF-IDF over character 3–5-grams inside words (``char_wb``;
   catches other clitics and inflections: يحتجز / المحتجزين share ``حتج``).  Both are
   sublinear, L2-normalised and combined so that
   ``similarity = WORD_WEIGHT · cos_words + (1 − WORD_WEIGHT) · cos_chars`` (0 … 1).
   Terms are hashed to fixed columns and their document frequencies summed over the
   whole corpus first (:class:`_EventFeatures`).
2. Similarities are computed only between articles whose publication dates are
   at most ``window`` days apart, and fade with the days between them (same or next
   day in full, ``1 − FADE`` at the window's edge).  The corpus is swept in date
   order, one block of articles at a time against the days before it
   (:func:`_sweep`): memory holds the features of one window, never the corpus's,
   and never an n × n matrix; the results do not depend on the block size.
3. Pairs with similarity ≥ ``threshold`` are linked; each group of linked
   articles is then split by average-linkage clustering (a group is kept only
   when the *average* similarity of its members is ≥ ``threshold``; pairs below
   ``FLOOR · threshold`` count as 0), so a chain A~B~C~D of loosely related stories
   does not merge into one event.  No event holds two articles more than ``window``
   days apart.  A group is clustered during the sweep as soon as no later block can add to
   it, and its pairs are then dropped: memory holds the pairs of the open groups only.

Articles without a publication date are compared with every article when the
corpus is small (``undated × all ≤ UNDATED_BUDGET`` pairs, i.e. up to ~5,000
articles); in a larger corpus each undated article is an event of its own.

Event ids are deterministic: ``ev-YYYYMMDD-<6 hex digits>`` (first date of the
event, hash of its sorted member ids); ``ev-nodate-<hash>`` when no member has a
date.  User labels (``labels=``) are kept as given.
"""
from __future__ import annotations

from ._common import (DEFAULT_COPY_THRESHOLD, DEFAULT_THRESHOLD, DEFAULT_WINDOW, FADE, FLOOR,
                      LARGE, LEAD_CHARS, MAX_DF, MAX_GROUP, MAX_PARTNERS, MAX_SHINGLE_DF, MIN_SHARED, SHINGLE, TOP_K,
                      UNDATED_BUDGET, WORD_WEIGHT)
from .clustering import assign_events, events_table, save_events
from .copies import copy_share, find_copies
from .detect import detect_events, list_events
from .evaluation import evaluate, read_gold
from .features import CROSS_WEIGHT

__all__ = ["detect_events", "list_events", "assign_events", "events_table", "find_copies", "copy_share", "evaluate", "read_gold", "save_events",
           "DEFAULT_WINDOW", "DEFAULT_THRESHOLD", "DEFAULT_COPY_THRESHOLD"]
