"""Headlines: «Speaker: statement» titles (:func:`headline_speaker`, :func:`headline_span`) and
the rubrics (:func:`rubrics`, ``HEADLINE_RUBRICS``: «عاجل:», «فيديو:») that are not speakers.

Layering and naming: see :mod:`framing.lexicon.saying`.
"""
from __future__ import annotations

import re
from collections import Counter

from .saying import _strip, _tokens, _verb_lemma
from .places import _has_place, is_place
from .quotes import _mark_open
from .speakers import _HONORIFICS, _ORG_WORDS, _PERSONAL_TITLES, _ROLE_WORDS, _VERB_LIKE_NAMES, split_speaker


# ----------------------------------------------------------------------------------------- headlines

#: headline prefixes that are rubrics, not speakers (normalised, lower case)
HEADLINE_RUBRICS = frozenset("""
عاجل فيديو بالفيديو صور بالصور تقرير راي تحليل خاص حصري مباشر شاهد بالارقام انفوجراف انفوغراف
انفوجرافيك حوار مقال تفاصيل متابعة تحديث ملف خبر اخبار مقابلة breaking live exclusive analysis
opinion video watch update explainer factbox photos interview editorial comment review
دراسة دراسات بحث استطلاع احصائية احصاءات ريبورتاج كاريكاتير قصة صورة رياضة اقتصاد سياسة ثقافة
مونديال كاس دوري الدوري بطولة نهائي مباراة اولمبياد انتخابات الانتخابات ميزانية الميزانية بالانفوجرافيك
بالصور بالفيديو بالارقام عام وثيقة وثائق ملخص حصاد قراءة رصد الطقس طقس study poll survey report
رواية فيلم كتاب مسلسل مسرحية قصيدة بروفايل novel film book profile
رسميا حصريا مجددا اخيرا نهائيا عاجلا ايضا وصفة وصفات مطعم شاشات شاشة اوامر نافذة اضواء اضاءة استبيان
نص نصوص خاطرة خواطر قصائد مقالة زاوية عمود
مسح مسوح مؤشر مؤشرات ابحاث بحوث احصائيات استطلاعات استبيانات تعداد
""".split())


#: first words of a left side that addresses or asks, or opens with a preposition or a superlative
#: («إلى الأمير …:», «يا فلان:», «نداء لوزير …:», «من التاريخ:», «بعد …:», «لماذا …:», «أبرز …:»): no speaker is named
_NOT_SPEAKER_OPENERS = frozenset("""
الي الى يا ايها ايتها من في عن حول بين مع بعد قبل خلال عقب اثر منذ لماذا كيف هل ماذا متي اين
اخر ابرز اهم نداء مناشدة عزيزي عزيزتي
بتوجيه بتوجيهات بامر بمناسبة لمناسبة برعاية بحضور بالتعاون بالتزامن بسبب بدعم بمشاركة
منها منهم منه عنها عنهم عنه فيها فيهم فيه لها لهم لا لن لم ليس لست كم حتي كي لكي لئلا اذا لو عندما حين حينما
""".split())

#: nouns that make «على X» an idiom opening an adverbial left side («على ذمة دراسة:», «على هامش القمة:»),
#: where على (normalised «علي») is no first name
_ALA_IDIOMS = frozenset("ذمة هامش خطي طريقة طريق وقع ابواب مشارف عتبة ضفاف صفيح حافة غرار نهج مدي".split())

#: event and topic nouns that open a left side naming an event, not a speaker («مظاهرات … :», «زلزال …:»)
_EVENT_NOUNS = frozenset("""
مظاهرات مظاهرة تظاهرات تظاهرة احتجاجات احتجاج مسيرة مسيرات اشتباكات معارك انفجار انفجارات تفجير تفجيرات
هجوم هجمات زلزال حريق فيضانات سيول اعصار غارات قصف مجزرة عاصفة ازمة قمة مهرجان معرض ملتقي منتدي ندوة
دورة فضائح فضيحة حفل احتفال احتفالات موسم جولة اسبوع يوم كارثة حادث حادثة عملية
مؤتمر اجتماع لقاء مباحثات محادثات مفاوضات زيارة جلسة مسابقة سباق ماراثون كرنفال بيانات
""".split())

#: unnamed groups of people who speak («أبناء عسير:», «أهالي الحي:», «جماهير النادي:»)
_GROUP_WORDS = frozenset("""
علماء شباب قضاة طلبة لاعبين لاعبو لاعبي حجاج معتمرين مصلين زوار ناخبين مبتعثين خريجين
ابناء اهالي سكان مواطنو مواطني مواطنات جماهير مشجعو مشجعي اسر عائلات اولياء معلمون معلمات معلمو طلاب طالبات
جموع مشايخ شيوخ وجهاء اعيان قبائل قبيلة خطباء ائمة نساء رجال مثقفو مثقفي مسؤولو مسؤولي مسئولو مسئولي مسئولون مسئول متقاعدون مقيمون مغردون مغردين مستثمرون عمال موظفو موظفون موظفات اطباء ذوو ذوي لاجئون نازحون اسرة عائلة والد والدة زوج زوجة ارملة شقيق شقيقة ابن ابنة
""".split())

#: number words: a left side that counts («الفنون السبعة:», «ثلاثة أسئلة:») lists a topic, like a digit
_NUMBER_WORDS = frozenset("""
ثلاث ثلاثة الثلاث الثلاثة اربع اربعة الاربع الاربعة خمس خمسة الخمس الخمسة ستة الستة سبع سبعة السبع السبعة
ثماني ثمانية الثماني الثمانية تسع تسعة التسع التسعة عشر عشرة العشر العشرة
""".split())

#: titles and sector names of offices not in the speakers' lists («الملحق الثقافي بـ…:», «سياحة جازان:»)
_OFFICE_WORDS = frozenset("ملحق الملحق سياحة زراعة تجارة مياه كهرباء نقل اتصالات فلكية غاز مطار ميناء صحف صحيفة الصحف طرق مفوضية المفوضية مدعي المدعي "
                          "حملة الحملة تايمز بوست جورنال تريبيون هيرالد نادي النادي فريق منتخب المنتخب مرشح المرشح مرشحة المرشحة".split())
#: words that make a left side a speaker: a role, a body, an office, a group of people
_SPEAKER_HEADS = _ROLE_WORDS | _ORG_WORDS | _OFFICE_WORDS | _GROUP_WORDS

#: «تنويع الاقتصاد:», «تطوير التعليم:»: a left side opening with a verbal noun of the تفعيل pattern is a topic
_TAFIL = re.compile(r"^ت(?:[^\sي]{2}ي[^\sي]|[^\sا]ا[^\sا]{2})$")      # تفعيل, تفاعل («تقاسم الأدوار:»)

#: a participle's plural in construct opening the left side: a group of people («مسلمو الهند:», «منتسبو الجامعة:»)
_PARTICIPLE_PLURAL = re.compile(r"^م[^اوي\s]\S{2,}و$")

#: «لي، لنا، له …» after a verb of saying that opens the left side («قال لي:»)
_TO_PRONOUN = frozenset("لي لنا له لها لهم لك لكم".split())

#: 3rd-person present verbs of no quotation right after the colon that still are no narration («يجب»، «يمكن»)
_IMPERSONAL = frozenset("يجب ينبغي يمكن يحق يوجد يتم يكفي يبدو يا يابن يد يوم يونيو يوليو يناير يعقوب ينبع يثرب".split())

#: a short alternative question as the whole statement («عمل أم وجاهة؟»): the left side is the topic it asks about
_ALTERNATIVE = re.compile(r"(?:\S+\s+){0,3}ام\s+(?:\S+\s*){1,3}[؟?]\s*$")
_HEADLINE = re.compile(r"^\s*([^:\n]{1,80}?)\s*:\s*(?=\S)")
_TO_OUTLET = re.compile(r"\s+ل(?:ـ)?\s*(?:[«\"“”{(]|&quot;)+[^»\"“”})&]{1,40}(?:[»\"“”})]|&quot;)+\s*$")


_SEGMENT = re.compile(r"\.\.+|…|\s[/|]\s?|\s-\s|،")
_HEAD_CUT = re.compile(r"\s(?:في|من|بعد|قبل|امام|خلال|اثناء|عقب|عند|ردا|مدافعا|معلقا|in|after|before|at|during)\s")


def headline_speaker(title: str, rubric_set=frozenset()) -> tuple[int, int] | None:
    """The speaker span of a «Speaker: statement» headline (normalised), or None when the part
    before the colon is a place, a rubric (static, or learned by :func:`rubrics`) or a topic.

    Only the last segment before the colon counts («رياضي / مدرب الفريق:», «topic .. وفلان:»);
    «X لـ"صحيفة"» is X speaking to an outlet; «X في/بعد …» is X; «X يندد … مؤكدا:» is X."""
    m = _HEADLINE.match(title)
    if not m:
        return None
    s, e = m.span(1)
    segs = list(_SEGMENT.finditer(title, s, e))
    if segs:
        s = segs[-1].end()
    while s < e and title[s].isspace():
        s += 1
    if s < e and title[s] in "وف" and e - s > 3 and title[s:s + 4] != "والد" and (title[s + 1:s + 3] == "ال" or segs and title[s:s + 2] != "وز"):
        s += 1                        # «والخبراء:», «… .. ونتنياهو يؤكد:» (not «فان بيرسي»، «فيصل» opening a title)
    left = title[s:e]
    cut = _TO_OUTLET.search(left)                         # «وزير … لـ"عكاظ"»: said to the outlet
    if cut:
        e = s + cut.start()
        left = left[:cut.start()]
    numbered = any(ch.isdigit() for ch in left)           # «الكتابة للمستقبل (3):»: a series, a list, a date
    to = _addressee(left)                                 # «وزير … للأمير فلان:»: said to someone
    if to is not None:
        e, left = s + to, left[:to]
    verb = next((t for t in _tokens(title, s, e) if _verb_lemma(t[2]) and t[0] > s), None)
    head = _HEAD_CUT.search(left)
    if title.startswith(("عن ", "بين "), m.end()) or _ALTERNATIVE.match(title, m.end()):
        return None                                        # «المشهد: عن رحيل فلان», «X: بين …», «X: عمل أم وجاهة؟»: a topic
    if verb is None and numbered:
        return None
    if verb is None and _narrated(title, m.end()):
        return None                                        # «أمير المنطقة: يتفقد …»: narration
    if verb is not None:                                   # «القوى العراقية تندد … مؤكدة:»
        e = verb[0]
        left = title[s:e]
    elif head is not None and not _has_place(left[:head.start()].split()) and not _role_in(left, head.start()):
        e = s + head.start()                               # «لافروف بعد اجتماع …:»، «أوباما في كينيا:»
        left = left[:head.start()]
    k = _clause_verb(left)
    if k is not None:                                      # «فلان يفتح دفتر الذكريات:»: the subject speaks
        e, left = s + k, left[:k]
    sp = _judge(left, s, e, rubric_set)
    return None if sp is None else _trim(title, *sp)



def _clause_verb(left: str) -> int | None:
    """Offset in ``left`` of a 3rd-person present verb that follows a subject of one to three
    words («فلان يفتح دفتر الذكريات», «النادي يطمئن جماهيره», «الغرفة التجارية ترفض …»): the
    subject is who speaks after the colon.  ي-verbs: four letters or more, not يا/يو/يي (names,
    «يوم»), no ة/ي/يون ending; ت-verbs only after a feminine subject (a word in ة or ات, an
    organisation word such as «شؤون», or quoted), and not a verbal noun (تفعيل، تفاعل); never a place, a word inside quotation marks,
    or a clause with a number after the verb (a series: «… تنشر مذكرات فلان (3):»).  None when
    there is none."""
    found = list(re.finditer(r"\S+", left))
    for i, m in enumerate(found[1:4], start=1):
        w = _strip(m.group())
        before = left[:m.start()]
        if len(w) < 4 or w[0] not in "يت" or w[1] in "اوي" or w.endswith(("ة", "ات", "ي", "يون", "يين")) \
                or w in _VERB_LIKE_NAMES or is_place(w) or any(w.startswith(x) for x in _IMPERSONAL if len(x) > 2) \
                or _mark_open(before):
            continue
        subject = [_strip(x.group()) for x in found[:i]]
        if w[0] == "ت" and (_TAFIL.match(w) or w.endswith(("ين", "ون")) or not (
                any(x.endswith(("ة", "ات")) or x in _ORG_WORDS or x in _OFFICE_WORDS for x in subject)
                or found[0].group()[:1] in "«\"“")):
            continue
        return None if any(ch.isdigit() for ch in left[m.start():]) else m.start()
    return None


def _role_in(left: str, pos: int) -> bool:
    """«عضو في …», «خبير في …», «قياديون في …»: an indefinite title (or its plural) just before ``pos`` (a «في» that
    says where the title holds, part of the speaker, not where the speaker spoke)."""
    before = left[:pos].split()
    w = _strip(before[-1]) if before else ""
    plural = w.endswith(("ون", "ين")) and w[:-2] in _ROLE_WORDS          # «قياديون في …»
    return left[pos:pos + 4].strip() == "في" and (w in _ROLE_WORDS or plural) and not w.startswith("ال")


def _addressee(left: str) -> int | None:
    """Offset in ``left`` of the word where whom the speaker addresses begins, after its first word;
    None when absent: «لـ + title» («… للأمير فلان», «… لوزير الإسكان»); a lone «لـ» or «لـال…»
    before an outlet's name without quotation marks («فلان لـ عكاظ», «فلان لـالوطن»); any «لـ + word»
    after a bare name («فلان للاعبين», «فلان للزوجة السارقة», «فلان لبوتين»: not لو…/لي…, «دييجو لوبيز»);
    «لـ + word with a pronoun» («أمير المنطقة للأهالي», ««الهيئة» لموظفيها»); «لـ + group» after anything
    but an organisation word («لجنة الانضباط للاعبين»).
    «لـ + organisation» after a title stays: it is mostly «of» («الأمين العام للأمم المتحدة»)."""
    found = list(re.finditer(r"\S+", left))
    for k, m in enumerate(found):
        w = _strip(m.group())
        if k == 0 or not w.startswith("ل"):
            continue
        base = "ال" + w[2:] if w.startswith("لل") else w[1:]
        before = [_strip(x.group()) for x in found[:k]]
        prev = before[-1]
        speakerish = any(b in _SPEAKER_HEADS for b in before)
        bare_name = not speakerish and not any(c in left[:m.start()] for c in "«»\"“”")
        group = (base, base[2:], base[:-1] + "و", base[:-1] + "ون")
        owned = base.endswith(("ها", "هم", "ه")) and len(base) > 4     # «لموظفيها»: no body's name («… للأمم»)
        people = any(g in _GROUP_WORDS for g in group) or w.startswith("لل") and base.endswith(("يين", "ين"))
        named = bare_name and k == 1 and len(w) > 3 and w[1] not in "اوي" and w != "لصالح" and not any(is_place(x) for x in (base, w, w[:-1])) \
            and not _TAFIL.match(before[0])                               # «فلان لبوتين» (not «دييجو لوبيز», «سيرغي لافروف»)
        if base in _ROLE_WORDS or w == "ل" or w.startswith("لال") or bare_name and w.startswith("لل") or named \
                or owned or people and prev not in _ORG_WORDS and prev not in _OFFICE_WORDS:
            return m.start()
    return None


#: honorifics before a name or an office («د. فلان», «سماحة المفتي», «الأمير فلان»): not part of the speaker
_HONORIFIC = re.compile(r"^(?:(?:[" + "".join(sorted(w for w in _HONORIFICS if len(w) == 1)) + r"]\.\s*)|(?:"
                        + "|".join(sorted((w for w in _HONORIFICS if len(w) > 1), key=len, reverse=True))
                        + r")(?:\s+الركن)?\s+)+(?=\S)(?!لل)")   # (not «القاضي للبلديات»: a name, then whom)
#: a participle of manner after the speaker («فلان مغردا:», «فلان معلقا:»): how, not who
_MANNER = re.compile(r"\s+م[^\sاوي]\S{2,}ا(?=\s|$)")


def _trim(title: str, s: int, e: int) -> tuple[int, int]:
    """The speaker span without outer quotation marks, honorifics, a title beside the name or a participle of
    manner after it («"الهيئة"» → الهيئة, «د. فلان مغردا» → فلان, «فلان عضو «الحزب»» → فلان), as the labels write it."""
    m = _MANNER.search(title, s, e)
    if m is not None and m.start() > s:
        e = m.start()
    m = _HONORIFIC.match(title[s:e])
    if m is not None and m.end() < e - s:
        s += m.end()
    s, e = _name_only(title, s, e)
    for op, cl in (("&quot;", "&quot;"), ("«", "»"), ('"', '"'), ("“", "”"), ("”", "”"), ("{", "}")):
        inner = title[s + len(op):e - len(cl)]
        if title.startswith(op, s) and title.endswith(cl, s, e) and e - s > len(op) + len(cl) \
                and not any(c in inner for c in "«»\"“”{}") and "&quot;" not in inner:
            s, e = s + len(op), e - len(cl)
            break
    while s < e and title[s].isspace():
        s += 1
    while e > s and title[e - 1].isspace():
        e -= 1
    return s, e


def _name_only(title: str, s: int, e: int) -> tuple[int, int]:
    """The name alone when the speaker span holds a name and a title (:func:`~framing.lexicon.speakers.split_speaker`):
    a title after the name («فلان عضو «الحزب»» → فلان) or a title ending in a nisba before it («وزير الخارجية
    الروسي فلان الفلاني» → فلان الفلاني); else the span is kept («مدير جامعة الأمير سطام», «السفير آل صالح»,
    «رئيس الهيئات بعسير»: the split is not sure there)."""
    name, role = split_speaker(title[s:e])
    at = title.find(name, s, e) if name and role else -1
    if at < 0 or not _plain_name(name):
        return s, e
    before = [_strip(w) for w in title[s:at].split()]
    if before and not (before[-1].startswith("ال") and before[-1].endswith("ي") and before[-1] not in _PERSONAL_TITLES):
        return s, e
    return at, at + len(name)


def _plain_name(name: str) -> bool:
    """A name the headline span may shrink to: no quotation mark, no «و»/«بـ»/«لـ» opening it, and no word that is
    a title, a kin word or a nisba («مساعدة مدير …», «والدة رئيس …», «طاهي الرئيس …», «سياسي لبناني»)."""
    words = [_strip(w) for w in name.split()]
    if not words or any(c in name for c in "«»\"“”{}") or name[:1] == "و" or name[:1] in "بل" and len(words[0]) > 3:
        return False
    return not any(w in _ROLE_WORDS or w[:-1] in _ROLE_WORDS or w in _GROUP_WORDS or w[:-1] + "ة" in _GROUP_WORDS
                   or (w.endswith("ي") and not w.startswith("ال")) for w in words)


def _narrated(title: str, pos: int) -> bool:
    """True when the statement after the colon (at ``pos``) opens with a 3rd-person present verb
    («أمير المنطقة: يتفقد …», «الوزارة: تؤكد …»): the outlet narrates what X does, X is not quoted."""
    first = _strip(title[pos:pos + 40].split(maxsplit=1)[0]) if title[pos:pos + 40].split() else ""
    if len(first) < 3 or any(first.startswith(w) and len(first) - len(w) <= (2 if len(w) > 2 else 0) for w in _IMPERSONAL):
        return False                     # «يجب …», «يكفيهم …»: the statement itself
    if _verb_lemma(first) is not None:
        return first[0] == "ي"
    return first[0] == "ي" and first[1] not in "اوي" and not first.endswith(("ة", "ي", "ون", "ين"))


def _place_subject(words: list[str]) -> bool:
    """«الكويت ترفض … وتؤكد:»: a place opening the left side as the subject of a verb (the place
    speaks through its government, counted as a place)."""
    return len(words) > 1 and words[1][:1] in "يت" and len(words[1]) > 3 and words[1] not in _OFFICE_WORDS and (
        is_place(words[0]) or is_place(" ".join(words[:2])))


def _adverbial(raw: list[str]) -> bool:
    """A left side opening with a prepositional phrase («بالإثباتات:», «للمرة الأولى:», «على ذمة
    دراسة:»): it says how or when, no one speaks.  بال only before a plural in ات: «بالقاسم» is a name."""
    w = raw[0]
    return w.startswith("بال") and w.endswith("ات") or w.startswith("لل") and len(w) > 3 or (
        w == "علي" and len(raw) > 1 and raw[1] in _ALA_IDIOMS)


def _judge(left: str, s: int, e: int, rubric_set) -> tuple[int, int] | None:
    while e > s and left[-1:].isspace():
        left, e = left[:-1], e - 1
    raw = [w for w in (_strip(x) for x in left.split()) if w]
    if not raw or raw[0] in _NOT_SPEAKER_OPENERS or raw[0] in _EVENT_NOUNS or _place_subject(raw) or "يا" in raw \
            or _adverbial(raw):
        return None                      # «إلى الأمير …:», «مظاهرات …:», «الكويت ترفض …:», «سجل يا تاريخ:»
    parts = left.split()
    quoted = [p[:1] in "«\"“" for p in parts]
    if not quoted[0] and (raw[0] in HEADLINE_RUBRICS and not (len(parts) > 1 and quoted[1]) or (
            len(raw) > 1 and not any(quoted) and _TAFIL.match(raw[0]) and raw[0] not in _ORG_WORDS)):
        return None                      # «عام على «الخلافة»:» (not «تقرير «الشركة»:»), «تنويع الاقتصاد:»
    if left.rfind("«") > left.rfind("»"):
        return None                      # «… و«العرب: نكون أو لا نكون»»: a colon inside a quoted title
    if "لكم" in raw[1:] or "لك" in raw[1:]:
        return None                      # «أكتب لكم:», «هديتي لك:»: a column speaks to its reader, names no one
    if _verb_lemma(raw[0]) is not None and all(w in _TO_PRONOUN for w in raw[1:]):
        return None                      # «قال: …», «قال لي: …»: a column's opening verb, no one named
    marked = any(c in left for c in "«»\"“”")
    core = " ".join(w for w in (_strip(x) for x in left.split()) if w)
    words = core.split()
    if not words or any(ch.isdigit() for ch in core) or any(w in _NUMBER_WORDS for w in words):
        return None
    if marked and len(words) <= 6:
        return (s, e)
    if len(words) > 6 or core in rubric_set or core in HEADLINE_RUBRICS or words[0] in HEADLINE_RUBRICS:
        return None
    speakerish = any(w in _SPEAKER_HEADS for w in words) or (
        len(words) > 1 and _PARTICIPLE_PLURAL.match(words[0]) is not None)
    if is_place(core) or (_has_place(words) and not speakerish):
        return None
    if not speakerish and len(words) > 4:
        return None
    return (s, e)


def headline_span(title: str, rubric_set=frozenset()) -> tuple[int, int] | None:
    """The statement span of a «Speaker: statement» headline, or None (see :func:`headline_speaker`)."""
    sp = headline_speaker(title, rubric_set)
    if sp is None:
        return None
    return _HEADLINE.match(title).end(), len(title)


def rubric_candidate(title, text=None) -> tuple[str | None, bool]:
    """``(left side, named)`` of a «X: …» title that could be a rubric (normalised; None when the
    title has no such left side, or it holds a title/organisation word or quotation marks), and
    whether its last word is named in the first 3,000 characters of ``text`` (a str)."""
    from ..text import normalize
    if not isinstance(title, str) or ":" not in title:
        return None, False
    m = _HEADLINE.match(normalize(title, lower=True))
    if not m:
        return None, False
    left = m.group(1).strip()
    if left[:1] in "«\"“" or _TO_OUTLET.search(left):
        return None, False
    words = [_strip(w) for w in left.split()]
    if any(w in _ROLE_WORDS or w in _ORG_WORDS for w in words):
        return None, False
    last = (words[-1][2:] if words[-1].startswith("ال") else words[-1]) if words else ""
    return left, isinstance(text, str) and bool(last) and last in normalize(text[:3000], lower=True)


def rubrics(titles, outlets=None, texts=None, min_titles: int = 3) -> frozenset:
    """Left sides of «X: …» titles that an outlet repeats (``min_titles`` or more of its titles)
    and that are not speakers: no title/organisation word, not in quotation marks, and (when
    ``texts`` are given) not named in the body of most of those articles — a columnist or a
    minister is named in the article, a rubric («قصة مصورة», «من التاريخ») is not.
    Returns normalised left sides; compute once per corpus."""
    outlets = list(outlets) if outlets is not None else [None] * len(titles)
    texts = list(texts) if texts is not None else [None] * len(titles)
    seen: Counter = Counter()
    named: Counter = Counter()
    for o, t, x in zip(outlets, titles, texts):
        left, is_named = rubric_candidate(t, x)
        if left is not None:
            seen[(o, left)] += 1
            named[(o, left)] += is_named
    learned = {key[1] for key, n in seen.items() if n >= min_titles and named[key] * 2 < n}
    return frozenset(learned | _learned_places(titles, texts))


_UNIT_BEFORE = re.compile(r"(?:محافظ|مدين|بلد|قري)[ةه]\s+([^\s،.,:؛]+)")


#: a title's left side is a place when the texts name it this often after محافظة/مدينة/… and after في/بـ
PLACE_MIN_UNIT, PLACE_MIN_IN = 10, 3


def _learned_places(titles, texts, min_unit: int = PLACE_MIN_UNIT, min_in: int = PLACE_MIN_IN) -> set:
    """One-word left sides of «X: …» titles that the corpus's texts name as a place: at least
    ``min_unit`` times after محافظة/مدينة/بلدة/قرية («محافظة المخواة») and ``min_in`` times after
    في/بـ, and no title or organisation word (a governorate missing from the gazetteer, «بلجرشي:»).
    In three steps that a chunked reading runs one pass each (:func:`framing.lexicon.parts.rubrics_of`):
    :func:`place_candidates` of the titles, :func:`place_units` and :func:`place_inside` of the texts."""
    cands = place_candidates(titles)
    texts = [x for x in texts if isinstance(x, str)] if cands else []
    unit, spelled = place_units(texts, cands)
    spelled = {raw: w for raw, w in spelled.items() if unit[w] >= min_unit}
    if not spelled:
        return set()
    inside = place_inside(texts, spelled)
    return {w for w in set(spelled.values()) if inside[w] >= min_in}


def place_candidates(titles) -> set:
    """Normalised one-word left sides of «X: …» titles, without title or organisation words."""
    from ..text import normalize
    cands = set()
    for t in titles:
        if isinstance(t, str) and ":" in t:
            m = _HEADLINE.match(normalize(t, lower=True))
            if m and len(m.group(1).split()) == 1:
                cands.add(_strip(m.group(1).strip()))
    return cands - (_ROLE_WORDS | _ORG_WORDS | _GROUP_WORDS)


def place_units(texts, cands: set) -> tuple[Counter, dict]:
    """``(unit, spelled)``: per candidate, its mentions after محافظة/مدينة/بلدة/قرية in ``texts``;
    each printed spelling met → its candidate (missing texts skipped)."""
    from ..text import normalize
    unit, spelled, norm = Counter(), {}, {}
    for x in texts if cands else ():
        if not isinstance(x, str):
            continue
        for m in _UNIT_BEFORE.finditer(x):
            raw = m.group(1)
            w = norm[raw] if raw in norm else norm.setdefault(raw, _strip(normalize(raw, lower=True)))
            if w in cands:
                unit[w] += 1
                spelled[raw] = w
    return unit, spelled


def place_inside(texts, spelled: dict) -> Counter:
    """Per candidate, its mentions after في/بـ in ``texts`` (``spelled``: printed spelling → candidate)."""
    inside: Counter = Counter()
    if not spelled:
        return inside
    inner = re.compile(r"(?:في\s+|ب)(" + "|".join(map(re.escape, sorted(spelled, key=len, reverse=True)))
                       + r")(?![^\s،.,:؛])")
    for x in texts:
        if isinstance(x, str):
            for m in inner.finditer(x):
                inside[spelled[m.group(1)]] += 1
    return inside
