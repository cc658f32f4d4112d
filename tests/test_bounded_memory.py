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


def _csr(dense, reverse=False):
    """``dense`` as CSR, each row's entries in decreasing column order with ``reverse`` (unsorted)."""
    from scipy import sparse
    indptr, idx, data = [0], [], []
    for row in dense:
        nz = np.flatnonzero(row)[::-1 if reverse else 1]
        idx.extend(nz)
        data.extend(row[nz])
        indptr.append(len(idx))
    return sparse.csr_matrix((np.array(data, np.int64), np.array(idx, np.int32), np.array(indptr)), shape=dense.shape)


def test_sum_into_adds_moved_rows_and_columns_whatever_their_order():
    """The merge of partial matrices: rows moved to ``code``, columns to each matrix's column map,
    summed, whether a matrix comes with sorted indices and an increasing map or not."""
    rng = np.random.default_rng(5)
    shape = (6, 9)
    mats, cols, code, want = [], [], [], np.zeros(shape, dtype=np.int64)
    for k in range(6):
        r, c = int(rng.integers(2, 6)), int(rng.integers(2, 8))
        dense = rng.integers(1, 4, size=(r, c)) * (rng.random((r, c)) < 0.7)
        cm = np.sort(rng.choice(shape[1], c, replace=False))
        mats.append(_csr(dense, reverse=k % 3 == 1))        # unsorted indices
        cols.append(cm[::-1] if k % 3 == 2 else cm)          # a decreasing column map
        rows = rng.choice(shape[0], r, replace=False)        # rows in any order
        for i in range(r):
            want[rows[i], cols[-1]] += dense[i]
        code.extend(rows)
    got = F._sum_into(mats, cols, np.asarray(code), shape)
    assert got.dtype == np.int64 and np.array_equal(got.toarray(), want)
    assert got.has_canonical_format                          # what the next merge relies on


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
