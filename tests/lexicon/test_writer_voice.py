"""The writer's own voice in columns and memoirs (guide §5.4), on sentences written for the test (fictional people and
outlets; no article text): a first-person reply ends the speech of the one the writer answers."""
from .helpers import at


def test_the_writers_reply_ends_the_speech_he_answers():
    """«يبادرني قائلا: …!، قلت …»: the writer, who spoke of himself before the other's verb, answers; his reply and
    what follows are his narration, the other's words before it stay theirs."""
    text = ("قابلته في المعرض فإذا به يبادرني قائلا: ما زلت تكتب عن الأسرى!، قلت له إن قضية الرهائن "
            "لا تغيب عن قلمي.")
    assert at(text, "الأسرى")[0] == "reported"
    assert at(text, "الرهائن") == ("own", None)
    text = "سألتهم عن الرحلة، فقالوا جميعا إنها رائعة، فقلت لهم إن الرهائن في ذاكرتنا دائما."
    assert at(text, "الرهائن") == ("own", None)


def test_a_first_person_story_inside_someones_speech_stays_theirs():
    """«ويوضح فلان: أجبت الرئيس وقلت له …»: the speaker tells his own story (no first person of the writer before his
    verb); «كما قلنا» inside a speech is no reply."""
    text = "وبدأ العمل في القناة قبل عامين. ويوضح سامر الوادي: أجبت الرئيس وقلت له إن الرهائن سيعودون."
    assert at(text, "الرهائن")[0] == "reported"
    text = "وتضيف سلمى النهر: هناك نوعان من الأسرى، الأول كما قلنا في البداية هم الرهائن."
    assert at(text, "الرهائن")[0] == "reported"
