"""Speaker rules (issue 12): a speaker carried from where it was named (docs/matching.md, *Speakers* → *Pronouns,
participles and the speaker named before*): a nested verb takes the speaker of its outer speech, honorifics point to
the name, adverbial participles speak for their sentence's subject, «بحسب قولها» points back, a speaker named inside
another's speech is not carried, and a verse inside a sermon is the preacher's. The medium told: test_medium_told.py.
Written in the ninth, eleventh, thirteenth and seventeenth voice passes.
Sentences are written for these tests (fictional people, bodies and outlets; no article text)."""
from .helpers import BEFORE, at


def test_a_verb_inside_a_speech_whose_speaker_is_carried_takes_that_speaker():
    """«وقالت فلانة إن … . وأضافت أن الأطباء أكدوا …»: «أكدوا» is inside the speech of «وأضافت», whose speaker is
    carried by its gender: the woman, not a man named in between."""
    text = ("وقالت المحامية سلمى الوادي إن موكلها بخير. وقال المدير سامر النجار إن الزيارة ممنوعة. "
            "وأضافت أن الأطباء أكدوا أن الرهائن بخير.")
    assert "سلمي الوادي" in (at(text, "أكدوا")[1] or "")


def test_a_speaker_named_inside_another_speech_is_not_carried():
    text = ("وأشار المدير سامر الوادي إلى تأكيد الوزارة على أن المدارس بحاجة إلى حماية. "
            "كما ذكر أن الوزارة أوضحت أن الهجوم مرفوض.")
    voice, sp = at(text, "الهجوم")
    assert voice == "reported" and sp is not None and "سامر الوادي" in sp


def test_an_honorific_points_to_the_name_not_to_the_office():
    """«قدم الأمير فلان بن فلان وزير الحرس …. ودعا سموه …»: the later mention searched is the name («… بن فلان»),
    not the last word of the office, which a unit of the same body repeats."""
    text = ("قدم الأمير سالم بن فهد بن سعود وزير الحرس الوطني تعازيه لوالد الجندي من منسوبي الحرس الوطني.\n"
            "ودعا سموه في اتصال هاتفي أن يتقبل الفقيد في الشهداء.")
    voice, sp = at(text, "الشهداء")
    assert voice == "reported" and "فهد بن سعود" in sp


def test_a_participle_after_a_news_lead_speaks_for_its_subject():
    """«شككت قيادات قبلية في …، مؤكدة أن …»: a lead opening with a verb without و, of the participle's gender."""
    text = "شككت قيادات قبلية في التزام الجماعة بالهدنة، مؤكدة أن الجماعة ستستغلها بعد الضربات الموجعة."
    assert at(text, "الضربات") == ("reported", "قيادات قبلية")
    text = "شكك الناس في التزام الجماعة بالهدنة، مؤكدة أن الجماعة ستستغلها بعد الضربات الموجعة."
    assert at(text, "الضربات")[1] != "الناس"              # (a masculine verb: not the feminine participle's subject)


def test_a_participle_after_a_setting_then_a_verb_speaks_for_that_verbs_subject():
    """«وعلى صفحته بموقع فيسبوك أعلن فلان عن المبادرة، مشيرا إلى أن …»: the sentence opens with where, then who."""
    text = ("وكشف القائد سامر الوادي أن قيادات تقدموا بمبادرة. وعلى صفحته بموقع فيسبوك أعلن البركاني عن المبادرة، "
            "مشيرا إلى أن مبادرته تتضمن تبادل الأسرى.")
    assert at(text, "الأسرى") == ("reported", "البركاني")


def test_a_verb_with_its_object_pronoun_after_a_comma_is_no_new_speaker():
    """«وقال فلان أمام مؤيديه في احتفالات، بثها التلفزيون الرسمي، إن …»: the television broadcast the celebration; a
    later speech without its subject («وتابع موضحا أن «…»») is still the man's."""
    text = ("وقال كير أمام الآلاف من مؤيديه في احتفالات يوم الشهداء، بثها التلفزيون الرسمي، إن المقترحات غير متوازنة. "
            "وقال بهذا الخصوص إن «هذه محاولة لسرقة نفطنا».. لكنه لم يسم تلك الجهات، وتابع موضحا أن «هذا استفزاز "
            "لشهدائنا الذين قدموا أرواحهم».")
    assert at(text, "لشهدائنا") == ("quoted", "كير")


def test_according_to_her_points_back_to_the_subject_of_its_clause():
    """«أطلقت الفصائل القذائف، ردا، بحسب قولها، على …»: the pronoun is the clause's subject, of the same gender."""
    text = BEFORE + "وأطلقت الفصائل القذائف على البلدات، ردا، بحسب قولها، على تعرض البلدة لهجوم."
    voice, sp = at(text, "لهجوم")
    assert voice == "reported" and sp.startswith("الفصائل")
    text = BEFORE + "وشاهد الشاب حادثا مروعا أودى بحياة صديقه بحسب قوله."
    assert at(text, "بحياة") == ("reported", "الشاب")
    text = BEFORE + "وأطلق الجنود القذائف على البلدات، ردا، بحسب قولها، على تعرض البلدة لهجوم."
    assert at(text, "لهجوم")[1] != "الجنود"               # (a masculine verb: «قولها» is someone else)


def test_a_verse_in_double_brackets_without_a_colon_inside_a_sermon_is_the_preachers():
    text = ("وأوضح الشيخ سعد الفلاني في خطبة الجمعة أن الظلم محرم، مضيفا أن من ظلم كان من الهالكين "
            "قال تعالى (( لا يستوي أصحاب النار وأصحاب الجنة )) .")
    voice, sp = at(text, "قال")
    assert voice == "reported" and sp is not None and "سعد الفلاني" in sp


# --------------------------------------------------------------------------- a participle after «نقل … عن … قولهم» (spk30)

def test_participle_after_a_report_goes_with_the_reporter_when_it_agrees_with_him():
    """«ونقل فلان عن سكان قولهم إن …، مشيرا»: a singular participle cannot continue «قولهم» (plural): it goes with
    the subject of نقل; one that agrees with the quoted one continues the quoted one's words."""
    said = "عن سكان محليين قولهم إن المقاتلين غادروا، مشيرا إلى أن الأسرى بخير."
    assert at("ونقل الباحث سامر الوادي " + said, "الأسرى") == ("reported", "الباحث سامر الوادي")
    text = "ونقلت الصحيفة عن الوزير قوله إن المقاتلين غادروا، مشيرا إلى أن الأسرى بخير."
    assert at(text, "الأسرى") == ("reported", "الوزير")
    assert at(text.replace("مشيرا", "مشيرة"), "الأسرى") == ("reported", "الصحيفة")


def test_a_speech_without_a_subject_takes_the_name_its_own_sentence_opens_with():
    """A quotation after a clause whose verb is not one of saying («ودافعت ابنته فلانة عن والدتها …: «…»») is the words
    of that clause's subject, a name without a title — after a kin word, with a title in apposition, or after a verb
    of saying —, not of the speaker named sentences before (guide §4: the speaker's mention in the match's own
    sentence); a noun after a negation or a particle is no such subject."""
    text = ("وقال الوزير سامر الوادي إن الوضع مستقر. ودافعت ابنته هند عن والدتها في مقابلة مع إذاعة «الأفق»: "
            "«أنا أول من يقول إن والدي بريء من الهجوم».")
    assert at(text, "الهجوم") == ("quoted", "ابنته هند")
    text = ("وقال الوزير سامر الوادي إن الوضع مستقر. وانتقد كريم نادر، المتحدث باسم الجمعية، القرار في مقابلة مع "
            "إذاعة «الأفق»: «لا أحد يريد الهجوم».")
    assert at(text, "الهجوم") == ("quoted", "كريم نادر")        # (a name with its title in apposition)
    text = ("وقال الوزير سامر الوادي إن الوضع مستقر. وانتقد كريم نادر القرار في مقابلة مع إذاعة «الأفق»: "
            "«لا أحد يريد الهجوم».")
    assert at(text, "الهجوم")[1] == "الوزير سامر الوادي"      # (a bare noun pair may be an object: not read)
    text = ("وقال الوزير سامر الوادي إن الوضع مستقر. ولا يمكن رؤية تفاصيل الخطة في الوثيقة: "
            "«لا أحد يريد الهجوم».")
    assert at(text, "الهجوم")[1] == "الوزير سامر الوادي"


def test_an_auxiliary_verb_after_the_verb_opens_the_speech_not_its_subject():
    """«وأضاف تم القبض على الجاني» (spk37): a verb (تم، جرى، كان) never opens the subject of a verb of saying; the
    clause is the speech and the speaker named before is carried."""
    text = ("وقال المتحدث باسم الشرطة سامر الوادي إن الجثة نقلت إلى المستشفى. \nوأضاف تم القبض على الجاني، وبمواجهته "
            "بالأدلة التي تؤكد وجوده بمسرح الجريمة، اعترف بأنه طعن الضحية.")
    assert at(text, "اعترف") == ("reported", "المتحدث باسم الشرطة سامر الوادي")
    text = "وقال المتحدث باسم الشرطة سامر الوادي إن الجثة نقلت إلى المستشفى. \nوأضاف جرى اقتحام المبنى واحتجاز الرهائن."
    assert at(text, "الرهائن") == ("reported", "المتحدث باسم الشرطة سامر الوادي")
