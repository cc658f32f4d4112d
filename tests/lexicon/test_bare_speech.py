"""Speech with neither أن, a colon nor a quotation after a verb of saying (guide §5.7: «وقال المسؤول الأسرى بخير»):
the rest of the sentence is reported when it opens as a full clause (speech._bare_speech). Fictional sentences."""
import pytest

from .helpers import at

BARE = [
    # a nominal sentence after the subject (the subject phrase ran on into it: «المسؤول الأسرى بخير»)
    ("وقال المسؤول الأسرى بخير.", "الأسرى", ("reported", "المسؤول")),
    # after a titled name
    ("وقال وزير الداخلية سامر النجار الأسرى بخير.", "الأسرى", ("reported", "وزير الداخلية سامر النجار")),
    # after an addressee or a medium («لـ«الأفق»», «للصحفيين», «في مؤتمر صحفي») and a day between commas
    ("وقال المسؤول في تصريح لـ«الأفق» الأسرى بخير.", "الأسرى", ("reported", "المسؤول")),
    ("وقال سامر للصحفيين الوضع صعب على الأسرى.", "الأسرى", ("reported", "سامر")),
    ("وقالت المديرة سارة في مؤتمر صحفي لقد عاد الأسرى إلى بيوتهم.", "الأسرى", ("reported", "المديرة سارة")),
    ("وقال الوزير أمس، الأسرى بخير.", "الأسرى", ("reported", "الوزير")),
    ("وقال له المسؤول الأسرى بخير.", "الأسرى", ("reported", "المسؤول")),
    # not a title's genitive in لل… nor a number's adjective before the speaker's own «إن»
    ("وقال المتحدث الرسمي للهلال الأحمر سامر النجار، تلقت الشرطة بلاغا عن مقتل رجل.", "مقتل",
     ("reported", "المتحدث الرسمي للهلال الاحمر سامر النجار")),
    # a verbal sentence (a future verb) the subject phrase ran on into
    ("وقال مدير المدرسة سيعود الأسرى غدا.", "الأسرى", ("reported", "مدير المدرسة")),
    # a verb set off by a comma after the subject's name (not a name right after a title: «د. ناصر»)
    ("وقال الناطق الإعلامي سامر النجار، تلقت الشرطة بلاغا عن مقتل رجل.", "مقتل", ("reported", "الناطق الاعلامي سامر النجار")),
    ("وقال د. ناصر النجار، لا يخفى على أحد حال الأسرى.", "الأسرى", ("reported", "د. ناصر النجار")),
    # a pronoun subject: the clause right after the verb
    ("وأشار المدير إلى تكاليف النقل، وقال يمكن إطلاق الأسرى غدا.", "الأسرى", ("reported", None)),
]


@pytest.mark.parametrize("text, word, expected", BARE)
def test_a_full_clause_after_a_bare_verb_of_saying_is_reported(text, word, expected):
    voice, speaker = at(text, word)
    assert voice == expected[0]
    if expected[1] is not None:
        assert speaker == expected[1]


NOT_BARE = [
    ("وقال المسؤول كلمته عن الأسرى.", "الأسرى"),                  # an object, then a preposition
    ("وقال سامر ذلك عن الأسرى.", "الأسرى"),                       # «قال ذلك»
    ("وقال سامر كلاما عن الأسرى.", "الأسرى"),                     # an indefinite object
    ("وقال له كلمة عن الأسرى.", "الأسرى"),                        # «قال له» + an object only
    ("وقال سامر في حفل الأسرى.", "الأسرى"),                       # a prepositional complement, no clause
    ("وكما قال سامر الأسرى بخير.", "سامر"),                        # «كما قال»: an attribution, its verb the outlet's
    ("وزار سامر الرجل الذي قال الأسرى بخير.", "الأسرى"),           # a relative clause
    ("ماذا يقول الوزير عن الأسرى؟", "الأسرى"),                     # a question
    ("وقال أحد أعضاء اللجنة البالغ عددهم 12 عضوا في مقابلة لاحقة عن الأسرى.", "الأسرى"),   # an adjective, no clause
    ("ويقولان كلاما لا يصدقه الأسرى.", "الأسرى"),                  # an object, then its relative clause
    ("وقال في تصريح لوكالة الأنباء السعودية بمناسبة يوم الأسرى.", "الأسرى"),   # a medium's name, no clause
    ("وقال سيرغي النجار وزير الخارجية في تعليقه على الأسرى.", "الأسرى"),  # a name shaped like a future verb
]


@pytest.mark.parametrize("text, word", NOT_BARE)
def test_no_clause_or_no_statement_stays_own(text, word):
    assert at(text, word)[0] == "own"


def test_scripture_keeps_its_own_rule():
    """«قال تعالى» without brackets, or a verse opening in brackets: scripture (guide §5.7) is not this rule's."""
    assert at("وقال تعالى الأسرى بخير.", "الأسرى")[0] == "own"
    assert at("في قوله تعالى (وقالت القرية الأسرى بخير.", "الأسرى")[0] != "reported"
