"""The `deaths` family of `casualties`: the event nouns of a person's violent death (مقتل، استشهاد، مصرع), which stand
for one another in a headline («استشهاد رضيع» / «مقتل الطفل»), and the rules that keep crashes, falls and the fatal
spot of «يصيب في مقتل» out. Texts are written for these tests (the fictional outlet «الأفق», made-up people and
places; no article text)."""
from framing.lexicon import load_lexicon

from .helpers import one_term, shipped


def test_the_event_nouns_of_one_death_are_counted_under_either_name():
    killing, martyrdom = shipped("casualties", "killing"), shipped("casualties", "martyrdom")
    assert killing("", title="مقتل طفل في هجوم مسلحين على قرية الوادي") == ["مقتل"]
    assert martyrdom("", title="استشهاد طفل في هجوم مسلحين على قرية الوادي") == ["استشهاد"]
    # with its clitics: a preposition, a conjunction, a pronoun
    assert killing("وأدى القصف إلى مقتله وتسبب بمقتل اثنين آخرين.") == ["مقتله", "بمقتل"]
    assert martyrdom("وأعلن الجيش استشهاده واستشهاد جنديين في الكمين.") == ["استشهاده", "واستشهاد"]


def test_an_arson_is_a_killing_not_an_accident():
    # fire («حريق») is an accident word of the older family; a fire set by attackers is still a killing here
    assert shipped("casualties", "martyrdom")("", title="استشهاد طفل في حريق أشعله مهاجمون في بلدة النخيل") \
        == ["استشهاد"]
    assert shipped("casualties", "killing")("أسفر الحريق الذي أشعله مسلحون عن مقتل رضيع.") == ["مقتل"]


def test_a_killing_in_a_crash_is_left_out():
    killing = shipped("casualties", "killing")
    assert killing("أسفر حادث مروري على طريق الساحل عن مقتل شخصين.") == []
    assert killing("أسفر هجوم مسلح على طريق الساحل عن مقتل شخصين.") == ["مقتل"]
    # a plane that crashed (the verb), or a technical fault, in the sentence
    assert killing("وتحطمت طائرة صغيرة قرب مطار الوادي مما أسفر عن مقتل راكبيها.") == []
    assert killing("وسقطت المروحية بسبب خلل فني ما أدى إلى مقتل طاقمها.") == []
    assert shipped("casualties", "killed")("وتحطمت طائرة نقل في الوادي، وأعلنت السلطات سقوط ثمانية قتلى.") == []


def test_a_fatal_spot_is_no_killing():
    killing = shipped("casualties", "killing")
    assert killing("وقال الناقد إن هذا الكلام يصيب في مقتل كل من يدافع عن الخطة.") == []
    assert killing("وكأن القرار أصابهم في مقتل.") == []
    assert killing("وتسبب الانفجار في مقتل خمسة من الحراس.") == ["مقتل"]
    # the verb's object between (up to three words, a pronoun on the verb too): still the idiom
    assert killing("ووقفت المدينة صفا واحدا وأصابت خصوم الوادي في مقتل، فتراجعوا.") == []
    assert killing("فالإضراب ضرب صناعة النقل الساحلية في مقتل هذا العام.") == []
    assert killing("ضربتهم الأزمة في مقتل.") == []
    # a clause of its own in the gap, or a stop before «في مقتل»: a death
    assert killing("أصاب صاروخ مبنى الوادي وتسبب في مقتل ثلاثة أطفال.") == ["مقتل"]
    assert killing("أصاب القصف منزلا. وحقق الأمن في مقتل الحارس.") == ["مقتل"]


def test_masra_counts_in_a_clash_not_in_a_crash_or_a_fall():
    death = shipped("casualties", "death_in_clash")
    assert death("لقي ثلاثة مسلحين مصرعهم في اشتباكات مع قوات الأمن.") == ["مصرعهم"]
    assert death("لقي شاب مصرعه طعنا بسكين قرب سوق النخيل.") == ["مصرعه"]
    # the cause named in the paragraph, in the headline, or not about violence at all
    assert death("لقي شخصان مصرعهما؛ إثر حادث مروري على طريق الوادي.") == []
    assert death("لقي شخصان مصرعهما فجر أمس.", title="مصرع وإصابة خمسة في «مروري» بالوادي") == []
    assert death("لقي عامل مصرعه إثر سقوطه في بئر بمزرعة في الوادي.") == []


def test_a_list_inside_an_included_list_adds_its_words():
    # ``&accidents [&crashes [...], حريق]``: the shorter list named inside the longer one, each usable alone
    lex = load_lexicon("casualties")
    killed, killing = ({t.id: t for t in lex.terms}[i] for i in ("killed", "killing"))
    assert "حريق" in killed.not_near and "حريق" not in killing.not_near
    assert set(killing.not_near) < set(killed.not_near)
    t = one_term("forms: [قتلى]\nnot_near: [[[غرق], حريق], سيل]\n").terms[0]
    assert set(t.not_near) == {"غرق", "حريق", "سيل"}


def test_the_shipped_lexicon_names_its_two_families():
    assert [f.id for f in load_lexicon("casualties").families] == ["casualties", "deaths"]


def test_check_takes_a_shipped_lexicon_by_name():
    from click.testing import CliRunner

    from framing.cli import main
    r = CliRunner().invoke(main, ["lexicon", "check", "casualties"])
    assert r.exit_code == 0 and r.output.startswith("ok: casualties (version 1): 2 families")
    assert "warning" not in r.output
