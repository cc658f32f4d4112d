"""``--term`` as a user types it after reading ``framing lexicon show``: the id in any case, a form
as the lexicon lists it (or as a text writes it, with the article), or a label; ambiguous or unknown
names are one line listing the ids."""
import pandas as pd
import pytest

import framing
from framing.errors import UsageError

TEXT = pd.DataFrame({"id": ["k1"], "outlet": ["نشرة الوادي"],
                     "text": ["احتجز المسلحون الرهائن في المدرسة، ونقل المحتجزون إلى مبنى البلدية."]})


@pytest.mark.parametrize("name", ["hostages", "Hostages", "رهائن", "رهينة", "الرهائن"])   # (also as written)
def test_a_term_by_id_form_or_label(name):
    assert framing.kwic(TEXT, "captives", term=name)["match"].tolist() == ["الرهائن"]


def test_an_unknown_name_lists_the_ids_and_the_word_search():
    with pytest.raises(UsageError, match=r"has no term 'المدرسة'; terms are: hostages, .*framing kwic CORPUS WORD"):
        framing.kwic(TEXT, "captives", term="المدرسة")
