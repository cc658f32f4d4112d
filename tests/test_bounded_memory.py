"""Bounded-memory paths give the results of the plain ones: cells merged chunk by chunk
(:func:`framing.features.combine_cells`) and worker results fetched a few at a time
(:func:`framing._parallel.imap`)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from framing import features as F
from framing._parallel import imap

WORDS = ["والمحتجزين", "محتجزين", "غزة", "بغزة", "الهدنة", "وهدنة", "قصف", "القصف", "مفاوضات", "رهائن",
         "Ceasefire", "talks", "2024", "وفد", "الوفد"]


def _frame(n=40, seed=3):
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n):
        words = rng.choice(WORDS, size=rng.integers(3, 12))
        rows.append({"outlet": f"Outlet {'ABC'[i % 3]}", "published": f"2025-01-0{1 + i % 4}",
                     "title": " ".join(words[:2]), "text": " ".join(words) + f" {i}"})
    return pd.DataFrame(rows)


def test_cells_merged_by_chunks_equal_one_chunk():
    df = _frame()
    tmap = F.term_map(F.surface_counts(df))
    keys = ("outlet", "published")
    whole = F.finish_cells(F.cell_counts(df, tmap, keys), tmap)
    for size in (1, 3, 7):
        parts = [F.cell_counts(df.iloc[i:i + size].reset_index(drop=True), tmap, keys)
                 for i in range(0, len(df), size)]
        while len(parts) > 1:                       # merged in folds, as the runner does
            parts = [F.combine_cells(parts[:4])] + parts[4:]
        got = F.finish_cells(parts[0], tmap)
        assert list(got.terms) == list(whole.terms) and list(got.spelling) == list(whole.spelling)
        pd.testing.assert_frame_equal(got.docs.reset_index(drop=True), whole.docs.reset_index(drop=True))
        for a, b in ((got.X, whole.X), (got.S, whole.S), (got.extra["presence"], whole.extra["presence"])):
            assert a.dtype == b.dtype and (a != b).nnz == 0


def _square(x):
    return x * x


def test_imap_with_workers_keeps_order_and_every_result():
    assert list(imap(_square, range(57), jobs=2)) == [x * x for x in range(57)]


def test_boilerplate_of_merged_chunks_equals_one_tally(real_sample):
    """Hashed line counts (text kept only for lines seen twice) decide what one tally decides."""
    from framing.text.boilerplate import find_boilerplate, from_tally, merge_tallies, tally
    pairs = [(o, t if isinstance(t, str) else None) for o, t in zip(real_sample["outlet"], real_sample["text"])]
    whole = find_boilerplate(pairs).table()
    assert len(whole)
    parts = [tally(pairs[i:i + 150]) for i in range(0, len(pairs), 150)]
    while len(parts) > 1:
        parts = [merge_tallies(parts[:3])] + parts[3:]
    assert from_tally(parts[0]).table().equals(whole)
