"""Speaker phrases that name no one (issue 12, src35 pass; docs/matching.md, *Speakers*): a phrase that opens with a
preposition, a share in %, ما or a plural verb is no subject; a phrase does not end on a demonstrative, particle or
preposition with a pronoun; a printed name keeps no stray bracket, and a name after the last personal title of a
long role is the name.  Sentences are written for these tests (fictional people, bodies and outlets)."""
from framing.lexicon.sources import statements
from framing.lexicon.speakers import agent, split_speaker

from .helpers import at


def _agent(phrase: str) -> bool:
    return agent(phrase, (0, len(phrase)))


def test_a_phrase_opening_with_a_preposition_names_no_one():
    """«وعن مشاريعه قال: …»: the topic fronted before the verb; «وحول الخطة أشار»; a bare في/من/مع."""
    for phrase in ("وعن مشاريعه المقبلة", "وحول الخطة الجديدة", "في المدينة", "فمن", "مع الوفد"):
        assert not _agent(phrase), phrase
    for phrase in ("علي الوادي", "دون سالم", "معن الوادي", "فيصل الوادي", "منظمة الواحة"):
        assert _agent(phrase), phrase                # (علي and دون are names too; فيصل, معن are names)


def test_a_share_in_percent_or_a_number_alone_names_no_one():
    """«وقال 35% إنهم …»: those polled, no one named; a number alone; «ثلاثة مسؤولين» names people."""
    assert not _agent("35%") and not _agent("52٪ ممن") and not _agent("2015")
    assert _agent("3 مسؤولين")


def test_what_and_a_plural_verb_open_no_subject():
    """«ما يؤكده فلان»: a relative clause; «اختاروا», «وانتظروا»: verbs; «وبالفعل»: an adverbial."""
    for phrase in ("ما يؤكده الكاتب", "اختاروا", "وانتظروا سامي", "وبالفعل", "وبشكل دقيق"):
        assert not _agent(phrase), phrase
    assert _agent("بالوتيلي")                       # (بال + a name without و: may be a name)


def test_a_verbal_noun_after_the_verb_is_no_speaker_so_the_one_before_speaks():
    """«وتؤكد انصياع بعض …»: انفعال is a verbal noun's shape as افتعال is; the speech takes the one named before,
    and alone names no one."""
    text = "وأكدت الواحة أن التصريحات مرفوضة. وتؤكد انصياع بعض المسؤولين للأجندات الخارجية."
    assert [row[3] for row in statements(text)] == ["الواحة", "الواحة"]
    assert [row[3] for row in statements("وتؤكد انصياع بعض المسؤولين للأجندات الخارجية.")] == [""]


def test_a_phrase_does_not_end_on_a_demonstrative_or_a_preposition_with_a_pronoun():
    """«ووصف الدكتور سامي ذلك بأنه …»: the object ذلك after the subject is not part of the name."""
    text = "ووصف الدكتور سامي الوادي ذلك بأنه إنجاز كبير للمدينة."
    assert at(text, "إنجاز") == ("reported", "الدكتور سامي الوادي")
    text = "ونفت مصادر في مجلس الواحة ذلك، مؤكدة أن الاجتماع لم يعقد."
    assert at(text, "الاجتماع")[1] == "مصادر في مجلس الواحة"
    text = "وعبرت القناة ثلاثون سفينة أمس بحسب المصدر ذاته."        # (the emphatic: «المصدر», not a name «ذاته»)
    assert [row[3] for row in statements(text)] == ["المصدر"]


def test_a_share_in_percent_takes_the_survey_named_before():
    """«وجد استطلاع … أن … وقال 35% إنهم …»: the percentage is not a speaker; the survey speaks on."""
    text = ("ووجد استطلاع مركز الواحة أن الناخبين منقسمون. وقال 35% إنهم لا يثقون بالاتفاق.")
    rows = statements(text)
    assert rows and all(name != "35%" for _v, _s, _e, name, _r, _verb in rows)
    assert any(name == "استطلاع مركز الواحة" for _v, _s, _e, name, _r, _verb in rows)


def test_a_bracket_split_between_role_and_name_is_dropped():
    assert split_speaker("الرئيس (الواحي سامي) الوادي") == ("سامي الوادي", "الرئيس الواحي")
    assert split_speaker("وزارة الخارجية (الواحية)") == ("وزارة الخارجية (الواحية)", "")   # (a pair stays)


def test_the_name_follows_the_last_personal_title_of_a_long_role():
    """«المشرف العام على مستشفى الواحة الدكتور سامي الوادي»: على … starts no name; the name follows الدكتور."""
    name, role = split_speaker("مدير القطاع الصحي المشرف العام على مستشفى الملك سالم بالواحة الدكتور سامي الوادي")
    assert name == "سامي الوادي" and role.endswith("الدكتور")
    name, role = split_speaker("المبعوث الأممي لليمن سامي ولد الشيخ أحمد")
    assert name.endswith("ولد الشيخ أحمد")          # (الشيخ after ولد is the family's name, not a title)
