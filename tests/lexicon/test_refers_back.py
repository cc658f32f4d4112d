"""Precision rule `refers_back` on the shipped lexicons (issue 11): a bare «الأزمة» goes with the crisis named before
it in its paragraph (or the headline), through other bare mentions, at most `BACK` characters back
(docs/matching.md, *The words around the match*, the `refers_back` row). Written in the tenth precision pass, the
chain in the fourteenth.
Texts are written for these tests (fictional outlets, people and places; no article text)."""
from framing.lexicon import match

from .helpers import article, one_term, shipped


def test_the_crisis_alone_refers_back_to_the_crisis_named_before_it():
    crisis = shipped("ukraine_war", "crisis")
    war = "وتواصل القتال في الشمال. "
    assert crisis(war + "وقال الوزير إن أزمة الاستقدام ستنتهي قريبا، وستنتهي الأزمة خلال أشهر.") == []
    assert crisis("وقال إن الأزمة قد تستمر طوال الصيف رغم القتال.", title="أزمة المهاجرين تتفاقم في الميناء") == []
    assert crisis("وقال إن الأزمة قد تستمر طوال الصيف رغم القتال.", title="الوضع يتفاقم في الميناء") == ["الأزمة"]
    assert crisis(war + "وتفاقمت الأزمة المالية في البلاد، ولم تنته الأزمة بعد.") == []
    # the crisis named before is a war, or the crisis names its own place: counted
    assert crisis(war + "وتحدث عن أزمة سوريا، وقال إن الأزمة طالت.") == ["أزمة", "الأزمة"]
    assert crisis(war + "وعن أزمة الاستقدام قال إنها ستنتهي، أما الأزمة في اليمن فطالت.") == ["الأزمة"]


def test_a_bare_crisis_refers_back_through_other_bare_mentions():
    crisis = shipped("ukraine_war", "crisis")
    war = "وتواصل القتال في الشمال. "
    # «الأزمة … والأزمة … الأزمة»: each bare mention goes with the one before, back to the crisis named
    assert crisis(war + "وقال إن أزمة الاستقدام ستنتهي، والأزمة تتفاقم الآن، وقد تطول الأزمة أشهرا.") == []
    assert crisis(war + "وقال إن أزمة سوريا تطول، والأزمة تتفاقم الآن، وقد تطول الأزمة أشهرا.") \
        == ["أزمة", "والأزمة", "الأزمة"]
    # bare mentions only: the headline names the crisis
    assert crisis("وقال إن الأزمة تتفاقم رغم القتال، وقد تطول الأزمة أشهرا.", title="أزمة المهاجرين تتفاقم") == []


def test_refers_back_is_a_general_field():
    lx = one_term("class: noun\nforms: [المعركة]\nnot_after: [الانتخابية]\nrefers_back: [المعركة]\n")
    df = article("بدأت المعركة الانتخابية، واحتدمت المعركة أمس.\nوفي الجبهة احتدمت المعركة أمس.")
    assert match(df, lx, voice="all")["start"].tolist() == [df["text"][0].rindex("المعركة")]


def test_a_crisis_looks_back_a_bounded_stretch_of_a_long_paragraph():
    crisis = shipped("ukraine_war", "crisis")
    text = "وقالت الوزارة إن الأزمة طالت مع استمرار القتال و " * 1000          # 50,000 characters, no comma
    assert len(crisis(text)) == 1000


def test_a_crisis_named_more_than_back_characters_before_is_not_its_antecedent():
    from framing.lexicon.matcher import BACK
    crisis = shipped("ukraine_war", "crisis")
    fight = "وتواصل القتال في الشمال بين الفريقين "            # 37 characters, no crisis named
    for n, counted in ((BACK // 37 - 2, []), (BACK // 37 + 2, ["الأزمة"])):
        assert crisis("وقال إن أزمة الاستقدام ستنتهي " + fight * n + "وستنتهي الأزمة خلال أشهر.") == counted
