"""What keeps `framing terms` fast without changing a number: the Wilson z of the usual levels is
scipy's own value (no scipy.stats import for one number), and the boilerplate tallies of the
chunks merge to exactly what ``Counter.update`` gives, in the same key order."""
from __future__ import annotations

import subprocess
import sys
from collections import Counter

from framing.stats.shares import _Z
from framing.text.boilerplate import from_tally, merge_tallies, tally


def test_wilson_z_constants_are_scipys_values():
    from scipy.stats import norm
    for level, z in _Z.items():
        assert z == norm.ppf(0.5 + level / 2), level


def test_term_shares_do_not_import_scipy_stats(demo_corpus):
    code = ("import sys, framing; framing.term_shares(sys.argv[1], 'captives', by='outlet', jobs=1); "
            "print('scipy.stats' in sys.modules, 'scipy.sparse' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(demo_corpus.path)],
                         capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def _old_merge(tallies):
    out = tally(())
    for t in tallies:
        for mine, theirs in zip(out[:4], t[:4]):
            for outlet, counts in theirs.items():
                mine[outlet].update(counts)
        out[4].update(t[4])
    return out


def test_merged_tallies_equal_counter_update_in_key_order():
    chunks = [[("Northline", "Story one.\nRead more: northline\nTags a b"), ("Ufuq", "خبر أول\nتابعونا")],
              [("Ufuq", "خبر ثان\nتابعونا"), ("Northline", "Read more: northline\nStory two.")],
              [("Northline", "Story three.\nRead more: northline\nTags a b"), ("Marsad", "سطر\nسطر آخر")]]
    tallies = [tally(c) for c in chunks]
    new, old = merge_tallies(tallies), _old_merge(tallies)
    for a, b in zip(new[1:4], old[1:4]):
        assert list(a) == list(b)
        for outlet in a:
            assert isinstance(a[outlet], Counter)
            assert list(a[outlet].items()) == list(b[outlet].items())
    assert new[4] == old[4]
    # lines: hashed, the text kept for lines in two or more articles, in first-appearance order
    assert list(new[0]) == list(old[0])
    for outlet in new[0]:
        assert new[0][outlet].items() == [(k, c) for k, c in old[0][outlet].items() if c >= 2]
    again = merge_tallies([merge_tallies(tallies[:2]), tallies[2]])      # folded merges: the same
    assert all(again[0][o].items() == new[0][o].items() for o in new[0])
    t1 = from_tally(new, min_articles=2, min_share=0).table()
    assert t1.equals(from_tally(old, min_articles=2, min_share=0).table()) and len(t1)
