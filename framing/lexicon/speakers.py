"""Who speaks: the speaker noun phrase before or after a verb of saying (:func:`_speaker_np`),
apposition and titles (:func:`_apposition`, :func:`_extend_to_name`), and :func:`split_speaker`,
which splits a speaker phrase into name and role («وزير الخارجية الروسي سيرغي لافروف»).

Also the word classes of speakers (``_ROLE_WORDS``, ``_ORG_WORDS``, ``_SOURCE_WORDS`` …).
Offsets are characters into the normalised field.  Layering and naming: see :mod:`framing.lexicon.saying`.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .saying import (_COMPLEMENT, _PREPOSITIONS, _PRONOUN_OBJECTS, _PUNCT, _gender, _is_participle, _strip, _tokens,
                     _verb_lemma, _word_after, _word_before)
from .places import is_place


def _tok_end(tok) -> int:
    """Where the word of a token ``(start, end, text)`` of :func:`~framing.lexicon.saying._tokens` ends, without the
    punctuation glued to it («الوزير،» ends before its comma)."""
    return tok[0] + len(tok[2].rstrip(_PUNCT))


#: words that end the subject noun phrase after a verb of saying (the NP is the speaker)
_NP_STOP = frozenset("""
في خلال امام يوم امس اليوم عقب لدي عبر اثناء قبل بعد علي الي عن عما عمن من مع حول ضمن وفي وخلال واثناء
مساء صباح ظهر ليل ليلة الليلة امس الاول السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعة
ان بان انه انها انهم بانه بانها بانهم ايضا كذلك الثلاثاء بدوره بدورها من جهته من جهتها لوكالة بما لما مما فيما ما
فيه فيها له لها لهم لهما عليه عليها منه منها هو هي هم انه نفسه نفسها ولكن لكن ولكنها ولكنه الذي التي الذين
منذ ثم قد وقد لقد لم جميعهم جميعا كلهم مباشرة فجر حينها انذاك حينذاك دائما ابدا فقط كثيرا احيانا مرارا صراحة
مجددا ايضا بدوره بدورها الشهر الاسبوع الجاري الحالي مؤخرا سابقا حاليا اذ حين عندما والتي والذي والذين اللذين
بوضوح بشدة بقوة بصراحة بحزم بدقة بالفعل القول قوله قولها قولهم صلي رضي رحمه حفظه وفقا طبقا
in at on during after before to for with from that yesterday today on also this last earlier
""".split())
_ROLE_WORDS = frozenset("""
الرئيس رئيس رئيسة وزير وزيرة الوزير مسؤول مسؤولة المسؤول مسؤولون متحدث المتحدث متحدثة الناطق ناطق
السفير سفير سفيرة الامير امير الملك ملك ولي خادم نائب النائب مدير مديرة المدير امين الامين قائد القائد
زعيم الزعيم عضو اعضاء مستشار المستشار مبعوث المبعوث مندوب المندوب محافظ المحافظ الشيخ شيخ الدكتور د
اللواء لواء العميد عميد العقيد عقيد الفريق فريق الجنرال جنرال الوكيل وكيل المساعد مساعد الممثل ممثل
المفوض مفوض الامينة مدير المدير رئيس الاستاذ المهندس القاضي قاضي المفتي مفتي الاخ السيد السيدة النقيب
الباحث الباحثة الخبير الخبيرة المحلل الكاتب الكاتبة الصحفي الصحافي الاستاذة استاذ المحامي محامي محامية المحامية
معالي سمو صاحب فضيلة سعادة سماحة فخامة جلالة البروفسور البروفيسور ناشط ناشطة قيادي مدرب لاعب رئيسا قائدة القائدة المتحدثة الناطقة نائبة مستشارة
مندوبة الوزيرة السفيرة عضوة منسق منسقة المنسق معاون المعاون م كبير كبيرة
استاذة كاتبة كاتب باحث باحثة خبير خبيرة محلل الطبيب الناشط الناشطة المواطن المواطنة العضو الداعية الشاعر المؤرخ الاكاديمي المختص الفنان الفنانة اللاعب المدرب
القيادي السياسي المعارض الاعلامي الاعلامية الدكتورة الرقيب المقدم الرائد العقيد الملازم المشرف المشرفة
اميرة زعيمة عميدة قاضية قنصلة لاعبة مبعوثة محللة مدربة مفوضة ممثلة وكيلة المدربة اللاعبة المحللة القاضية
الاميرة المبعوثة الوكيلة المفوضة العميدة
قنصل القنصل مختصون مختصين خبراء الخبراء محللون مراقبون علماء اقتصاديون مثقفون مواطنون مسؤولون ناشطون نشطاء
president minister spokesman spokeswoman spokesperson official ambassador secretary general chief
head director governor mr mrs ms dr prince king sheikh envoy commander senator deputy
""".split())
_ORG_WORDS = frozenset("""
وزارة الوزارة هيئة الهيئة مجلس المجلس منظمة المنظمة لجنة اللجنة جمعية الجمعية حزب الحزب حركة الحركة جماعة
الجماعة شركة الشركة بنك البنك صندوق الصندوق مؤسسة المؤسسة مركز المركز المرصد مرصد وكالة الوكالة ادارة الادارة
جامعة الجامعة اتحاد الاتحاد قوات القوات جيش الجيش شرطة الشرطة مكتب المكتب امانة الامانة بلدية البلدية محكمة
المحكمة النيابة نيابة ديوان الديوان الحكومة حكومة البرلمان برلمان التحالف تحالف السفارة سفارة القنصلية
الدفاع الداخلية الخارجية الصحة التعليم الارصاد الجوازات المرور البيت الكرملين الامم الجامعة واس رويترز
غرفة الغرفة جهاز الجهاز دائرة الدائرة مديرية المديرية المصادر مصادر مصدر المصدر بيان البيان تقرير التقرير
صحة مدني تعليم مرور جوازات اسكان اوقاف جمارك امارة الامارة اقليم الاقليم منطقة المنطقة محافظة المحافظة شؤون فرع الفرع مستشفي المستشفي قيادة القيادة مسجد المسجد
ministry council committee agency organisation organization party movement army police government office
""".split())



def _speaker_np(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``start`` (subject of a verb of saying, object of بحسب):
    words up to a stop word, a preposition-led word, a quote mark or a clause break.  Where the phrase names
    another as the one speaking, that one instead: the one quoted after «نقلا عن», the issuer a document's
    relative clause names (:func:`_issuer`: «وحسب النص الذي قرأه القاضي»), the one after «(كلمة) نيابة عن»."""
    words: list[tuple[int, int]] = []
    skip_next = in_mark = False
    skip_to = _lead_day(text, start, end) or _lead_setting(text, start, end)   # «قالت أمس الأربعاء وزارة …»,
    #                                                  «وقال في هذا الصدد الوزير …»: the day or setting, then who
    bracket = _bracketed_name(text, skip_to or start, end)
    if bracket is not None:
        return bracket                             # «وأوضحت (يونامي) في بيان …»
    for s, e, tok in _tokens(text, start, end):
        w = _strip(tok)
        if s < skip_to:
            continue
        if in_mark:                                  # inside «الشرق الأوسط» after لـ
            in_mark = not any(c in tok for c in "»\"”)")
            continue
        if w == "بان" and _ban_ki_moon(text, e):
            words.append((s, e))                     # «بان كي مون»
            continue
        if _opens_content(text, w, e, not words):
            break                                    # «طالب بالحد …», «وطالبت بضرورة …»: what is said
        if not words and w[:1] == "ل" and w[1:] in _MEDIA:
            skip_to = _after_medium(text, e, end)
            if skip_to:
                continue                             # «وأضاف لوكالة الأنباء المتحدث باسم الجيش فلان إن …»: who
            if _continuing_verb(text, start):        # speaks comes after the medium's name
                return None                          # «وأضاف لموقع النادي "…"»: to which medium; no subject, the
            #                                          speaker is carried (the medium's name is not who speaks)
        if not words and (skip_next and tok[0] in "(«\"“”" or _to_whom(tok, w) or w in _VERB_OBJECTS
                          or w in _PRONOUN_OBJECTS or w in ("فيه", "فيها", "لي", "لنا")):   # «الذي كشف فيه شهود …»,
            #                                                                        «وقالت لنا فلانة»: to us, then who
            skip_next = w == "ل" or tok.rstrip("«\"“”(") == "ل"
            opened = any(c in tok for c in "«\"“(")
            in_mark = opened and not any(c in tok[tok.find(next(c for c in tok if c in "«\"“(")) + 1:]
                                         for c in "»\"”)")
            if tok.rstrip("،,")[-1:] in ").؛" and not opened and not skip_next:
                break                                # «لم يكشف للعلن)، تعززت …»: the clause ends there
            continue                                 # «أكد لـ(عكاظ) الشيخ فلان»: to whom, then who
        skip_next = False
        if not words and w in _LEAD_ADVERBS and tok[-1:] not in _PUNCT:
            continue                                 # «وقالت أيضا القوات الجوية إنها …»: an adverb, then who
        if not words and w in _PRONOUN_TITLES:
            words.append((s, s + len(tok.rstrip(_PUNCT))))
            break                                    # «وطالب معاليه المجتمع الدولي»: the honorific alone
        if not words and (_not_a_subject(text, w, e) and not _name_after_feminine(text, start, w, e)
                          or _disagrees(text, start, w)):
            break
        if words and anonymity(text, w, e):
            break                                    # «مصدر طلب عدم الكشف عن اسمه»: the source ends there
        if words and _OWN_CAPACITY.match(w):
            break                                    # «ورفع سموه باسمه وباسم …»: in his name, an adverbial
        if words and w in _ATTRIBUTION_OPENERS and not re.match(r"\s*(?!ال)\w+(?:ه|ها|هم)(?!\w)", text[e:e + 20]):
            break                                    # «وأكد الوزير، بحسب ما نقلت الصحيفة، أن …»: an aside on the
            #                    source opens there, as «وفقا/طبقا» do (not a pointer, «بحسب زعمه», left as it was)
        if words and w == "نقلا" and text[e:e + 5].split()[:1] == ["عن"]:
            break                                    # «وذكرت الوكالة نقلا عن مصادر …»: the one quoted (guide §4),
            #                                          read after the phrase (_QUOTING)
        if words and w in ("الذي", "التي") and len(words) <= 3:
            issuer = _issuer(text, words, e, end)
            if issuer is not None:
                return issuer                        # «وحسب النص الذي قرأه القاضي»: who wrote or read it (guide §4)
        if _joins(text, words, w, tok, e):
            words.append((s, e))
            continue
        lead = tok[0] in "«\"“”(:"
        if lead and not words and w and _quoted_name(text, s):
            words.append((s, _next_close(text, s, 50) + 1))   # «وتصف "فلانة" كيف …»
            break
        if lead and words and w and (_strip(text[words[-1][0]:words[-1][1]]) in _SOURCE_ORGS
                                     or _role_only(text, words) or _name_in_marks(text, words, s)):
            skip_to = _quoted_part(text, words, s, w)     # «وكالة «رويترز»»: the name in quotes
            if skip_to:
                continue                                  # «رئيس حزب «…» فلان الفلاني»: the person's name follows
            break
        if w in ("سابقا", "حاليا", "حينها", "انذاك") and words and _role_only(text, words):
            continue                                 # «رئيس الأركان سابقا فلان الفلاني»: the name follows
        if lead or _ends_np(text, words, w, tok, e) or _place_object(text, words, w) or _kin_object(text, words, w) \
                or _after_place(text, words, w):
            break
        words.append((s, s + _word_len(tok)))
        if len(words) >= 24:                         # (a mufti's titles run to twenty words)
            break
        if (tok[-1] in "،,:؛;" or tok.endswith(("»", '"', "”"))) and _punct_ends(text, words, tok, e) \
                or tok[-1] in "-–—" and len(tok) > 1 or _glued_opening(tok) > 0:
            break                                    # (a dash closes an aside: «-والحديث للمسؤول- وضعت …»)
    words = _trim_np(text, words)
    if words:
        quoting = _QUOTING.match(text, words[-1][1], end)
        inner = _speaker_np(text, quoting.end(), end) if quoting else None
        if inner is not None:
            return inner                             # «أفادت شبكة (الأفق) نقلا عن مسؤولين …»: the one quoted, also
            #                                          after a name in brackets or marks that ended the phrase
        behalf = _ON_BEHALF.match(text, words[-1][1], end)
        inner = _speaker_np(text, behalf.end(), end) if behalf else None
        if inner is not None and agent(text, inner):
            return inner                             # «وألقى فلان كلمة نيابة عن الأهالي»: theirs (guide §5.1)
    return (words[0][0], words[-1][1]) if words else None


#: words that open an attribution (بحسب …): after a speaker's first word they end the phrase
_ATTRIBUTION_OPENERS = frozenset("بحسب وبحسب حسبما بحسبما وحسبما".split())
#: بـ + name, capacity or self with a pronoun («باسمه»، «بصفتها»، «بنفسه»): how or for whom one speaks, never a speaker
_OWN_CAPACITY = re.compile(r"^و?ب(?:اسم|صفت|نفس)(?:ه|ها|هم|هما|ي|نا)$")


#: «نقلا عن …» right after a speaker, or after the name in brackets or quotation marks that ends it («شبكة (الأفق)»)
_QUOTING = re.compile(r"\s*(?:[(«\"“][^()«»\"“”\n]{1,40}[)»\"”])?\s*[،,]?\s*نقلا\s+عن\s+")


#: «(كلمة) نيابة عن …» right after a speaker: the words are given on behalf of the one named after it
_ON_BEHALF = re.compile(r"\s+(?:(?:كلمة|بيانا|رسالة|خطابا|الكلمة)\s+)?نيابة\s+عن\s+")


#: written communications whose issuer a relative clause may name («البيان الذي أصدرته الوزارة»)
_DOCUMENTS = frozenset("""نص بيان تقرير وثيقة دراسة رسالة مذكرة تصريحات تحقيق تفاصيل فتوي تغريدة خطاب كلمة مقال
تسجيل شريط""".split())
#: a verb with a pronoun for its object, right after الذي/التي («قرأه»، «أصدرته»، «نشرتها»)
_RESUMED = re.compile(r"^(?!ال)\w{2,}?(?:ه|ها)$")
#: verbs of getting a document, whose subject did not write it («البيان الذي تلقته الصحيفة»)
_GOT = ("تلق", "حصل", "اطلع", "استلم", "تسلم", "رأ", "شاهد", "نقل")


def _issuer(text: str, words: list, e: int, end: int):
    """The subject of the relative clause after a document («البيان الذي أصدرته الوزارة»، «وحسب النص الذي قرأه
    القاضي»، «تفاصيل القضية التي ذكرتها مواقع …»): who issued, read or wrote it, the speaker when the sentence names
    them (coding guide §4, written communications); None when the clause opens otherwise or with a verb of getting
    it («الذي تلقته الصحيفة»)."""
    head = _strip(text[words[0][0]:words[0][1]])
    head = head[2:] if head.startswith("ال") else head
    if head not in _DOCUMENTS:
        return None
    verb = next(_tokens(text, e, end), None)
    if verb is None or verb[2][-1:] in _PUNCT or not _RESUMED.match(_strip(verb[2])) \
            or _strip(verb[2]).lstrip("وف").startswith(_GOT):
        return None
    np = _speaker_np(text, verb[1], end)
    return np if np is not None and agent(text, np) else None


#: the words of a kunya or nasab before a name (normalised): «أبي هريرة», «ابن عباس», «أم سلمة»
_KUNYA = ("ابي", "ابن", "ام", "ابو")
#: «عن أبي هريرة (رضي الله عنه) قال»: a hadith's narrator right before the verb (groups: و/ف, the name, the blessing)
_NARRATED = re.compile(r"(?<!\S)([وف]?)عن\s+((?:" + "|".join(_KUNYA) + r")\s+\w+|\w+(?:\s+(?!و?عن\s|رضي\s)\w+){0,5})"
                       r"\s*(?:[-–(]?\s*(رضي\s+الله\s+عن(?:ه|ها|هما|هم))\s*[-–)]?)?\s*[،,]?\s*(?:انه\s+|انها\s+)?$")
#: «سمع فلانة رضي الله عنها تقول: …»: a companion heard, named with the blessing right before the verb (group: the name)
_HEARD = re.compile(r"(?<!\S)[وف]?سمع(?:ت|نا)?\s+(\w+(?:\s+(?!رضي\s)\w+){0,5})\s*[-–(]?\s*رضي\s+الله\s+عن(?:ه|ها|هما|هم)"
                    r"\s*[-–)]?\s*$")
#: the link of a chain of narrators right before a narrator's «عن» («عن هشام بن عروة، عن أبيه، | عن عائشة قالت»)
_CHAIN_LINK = re.compile(r"(?<!\S)عن\s+\w+(?:\s+\w+){0,3}\s*[،,]\s*$")


def narrator(text: str, s0: int, vs: int):
    """The narrator of a hadith named by «عن» right before a verb of saying with no subject of its own («عن أبي هريرة
    رضي الله عنه قال: …», «عن ابن عباس قال: …»): the one whose words these are (coding guide §4: the speaker the
    sentence names), or None.  A blessing after the name, or a kunya or nasab (أبو/أبي/ابن/أم + a name), tells the
    narrator from a topic («وعن أولويات الحكومة قال: …», about the priorities; a kunya only without و: «وعن أبي سامر
    قال:» is about him), and so does a chain of narrators before it («عن فلان، عن أبيه، عن فلانة، قالت: …»: the
    last link).  With a blessing the name may run to six words («عن أبي فلان وأبي فلان رضي الله عنهما قالا»).  A
    companion heard, with the blessing, speaks too («أنه سمع فلانة رضي الله عنها تقول: …»)."""
    m = _NARRATED.search(text, max(s0, vs - 90), vs)
    if m is None:
        heard = _HEARD.search(text, max(s0, vs - 90), vs)
        return heard.span(1) if heard else None
    words = m.group(2).split()
    kunya = len(words) == 2 and words[0] in _KUNYA and not words[1].startswith("ال") \
        and not words[1].endswith(("ه", "ها", "هم")) and not m.group(1)     # («وعن أبي مازن قال:»: about him)
    chain = len(words) <= 3 and _CHAIN_LINK.search(text, max(0, m.start() - 60), m.start()) is not None
    return m.span(2) if m.group(3) or kunya or chain else None


def _after_medium(text: str, start: int, end: int) -> int:
    """Where the subject starts after a medium the speaker talked to («قال لوكالة الأنباء الألمانية | المتحدث باسم
    الجيش …»): the offset of a title (:data:`_ROLE_WORDS`, a rank or personal title) or an unnamed source («مصدر»)
    among the next five words,
    when the words before it are the medium's name (no stop word, complementiser, verb or clause punctuation);
    else 0."""
    for k, (s, e, tok) in enumerate(itertools.islice(_tokens(text, start, end), 6)):
        w = _strip(tok)
        if k and (w in _ROLE_WORDS or w in _NAME_TITLES or w in _GENERIC_SOURCES):
            return s
        if k == 5 or not w or w in _NP_STOP or w in _COMPLEMENT or _verb_lemma(w) or tok[-1] in ".:؛،,":
            return 0
    return 0


def _disagrees(text: str, start: int, w: str) -> bool:
    """A body in a feminine plural (قوات، سلطات …) right after a masculine singular verb of saying cannot be its
    subject (a non-human plural takes a feminine verb): it is the verb's object and the subject is carried
    («وأكد فلان أن …، وطالب قوات التحالف بالاستمرار …» → فلان, not «قوات التحالف»)."""
    if not w.endswith("ات") or len(w) < 4 or w not in _SPEAKER_WORDS:
        return False
    verb = _word_before(text, start, 30)
    return _verb_lemma(verb) is not None and _gender(verb) == "m" and not verb.endswith(("ا", "وا", "ون"))


#: adverbs that may stand between a verb of saying and its subject («وقال كذلك الوزير …»)
_LEAD_ADVERBS = frozenset("ايضا كذلك بدوره بدورها بدورهم مجددا بدوري".split())


def _continuing_verb(text: str, start: int) -> bool:
    """The word just before ``start`` is و/ف + a verb of saying («وأضاف»، «وتابع»): a verb that continues a speech
    (not «الذي قال»، «بحسب ما يقول»، «ما صرح به», whose subject is elsewhere or may follow the medium)."""
    w = _word_before(text, start, 30)
    return len(w) > 3 and w[:1] in "وف" and _verb_lemma(w) is not None


#: words of a date or time of day between a verb of saying and its subject
_DAY_WORDS = frozenset("امس الامس اليوم مساء صباح ظهر فجر ليلة يوم الاول الماضي السبت الاحد الاثنين الثلاثاء"
                       " الاربعاء الخميس الجمعة".split())


def _lead_day(text: str, start: int, end: int) -> int:
    """Where the subject starts after a date right after the verb («قالت أمس الأربعاء وزارة …», «أكد اليوم (الاثنين)
    الوزير …»): the offset of the first word after one to four day words (with brackets or a comma), when it is no stop
    word, preposition, complementiser or punctuation; else 0 (nothing to skip)."""
    first = next(_tokens(text, start, end), None)
    if first is None or _strip(first[2]) not in _DAY_WORDS or first[2][-1:] in ".:؛":
        return 0                                   # (no day word first: the test below gives 0, after six words)
    toks = list(itertools.islice(_tokens(text, start, end), 6))
    k = 0
    while k < min(len(toks), 4) and _strip(toks[k][2]) in _DAY_WORDS and toks[k][2][-1:] not in ".:؛":
        k += 1
    if k == 0 or k == len(toks) or _strip(toks[0][2]) in ("يوم", "الاول", "الماضي"):
        return 0
    nxt = _strip(toks[k][2])
    if not nxt or nxt in _NP_STOP or nxt in _COMPLEMENT or toks[k][2][:1] in "«\"“”(:،,." or _verb_lemma(nxt):
        return 0                                   # «وقال أمس إن …», «وأضاف اليوم في …»: no subject here
    return toks[k][0]


#: prepositions of a setting between a verb of saying and its subject («وقال في هذا الصدد الوزير …»)
_SETTING_PREPS = frozenset("في خلال عن علي عبر امام لدي من حول اثناء".split())
#: a preposition with its pronoun: whom or what it was said to or about («وأوضح لهم المدير …»)
_PRONOUN_PPS = _PRONOUN_OBJECTS | frozenset("لهم لهما لكم لنا لي فيه فيها".split())
_DEMONSTRATIVES = frozenset("ذلك ذاك تلك".split())
#: speech nouns that take a pronoun in a setting («في حديثه», «من جانبه»); not a meeting («خلال لقائه المحافظ»: whom)
_SAID_IN = frozenset("حديث كلمت تصريح تصريحات بيان رسالت خطاب تعليق رد مداخلت تغريدت جهت جانب".split())


def _lead_setting(text: str, start: int, end: int) -> int:
    """Where a titled subject starts after a short prepositional phrase right after the verb («وقال في هذا الصدد
    الوزير فلان إن …», «وأكد خلال المؤتمر مدير الشرطة أن …», «وأوضح لهم المدير فلان أن …»): the phrase is a preposition
    with its pronoun, or a preposition and up to three words closed by a definite word, «ذلك», a speech noun with a
    pronoun right after the preposition («في حديثه», «من جانبه»; not «خلال لقائه المحافظ», whom he met, nor a relative
    verb, «في تصريح نشرته الوكالة») or an indefinite noun's adjective (a definite noun takes no genitive, so the title
    after it opens the subject); «علي» only before a demonstrative (else it is the name Ali); the subject opens with a
    title, a personal title, a body's head without the article or a source word, not a definite nisba (the setting's
    adjective: «خلال المؤتمر الصحفي») nor a word before a comma, and is followed by أن/إن, a colon or a participle of
    saying.  Else 0 (nothing to skip; «في رسالة الوزير»: the title is the genitive)."""
    toks = list(itertools.islice(_tokens(text, start, end), 6))
    if len(toks) < 3 or any(c in toks[0][2] for c in "،,.:؛«»\"“”()"):
        return 0
    w = _strip(toks[0][2])
    k = 1 if w in _PRONOUN_PPS else 0
    if w == "علي" and _strip(toks[1][2]) not in _DEMONSTRATIVES | {"هذا", "هذه"}:
        return 0                                   # «قال علي سليمان …»: the name Ali, not «على» (on); «على ذلك» is
    if not k and w in _SETTING_PREPS:
        for j in range(1, min(4, len(toks) - 1)):
            tok, x = toks[j][2], _strip(toks[j][2])
            if j > 1 and _to_whom(tok, x):
                k = j                              # «في حديث للصحيفة»: the setting, then to whom
                break
            if tok != x and any(c in tok for c in "،,.:؛«»\"“”()") or not x.isalpha() \
                    or x in _NP_STOP and x not in ("جهته", "جهتها") \
                    or x in _COMPLEMENT or _verb_lemma(x):
                return 0
            prev = _strip(toks[j - 1][2])
            if x.startswith("ال") or x in _DEMONSTRATIVES or j == 1 and (x[:-1] in _SAID_IN or x[:-2] in _SAID_IN) \
                    or j > 1 and not prev.startswith("ال") and x.endswith(("ي", "ية")) and len(x) > 3:
                k = j + 1                  # «في هذا الصدد»، «خلال المؤتمر»، «عن ذلك»، «في حديثه»، «في تصريح صحفي»
                break
    if k and k < len(toks) and _to_whom(toks[k][2], _strip(toks[k][2])):
        k += 1                                     # «في حديثه لـ"الفجر" رئيس …»: to whom, then who
        while k < len(toks) and toks[k - 1][2][:1] == "ل" and not any(c in toks[k - 1][2][2:] for c in "»\"”)") \
                and any(c in toks[k - 1][2] for c in "«\"“("):
            k += 1                                 # (the medium's name in marks runs to its closing mark)
    if not k or k >= len(toks):
        return 0
    first = _strip(toks[k][2])
    if first not in _ROLE_WORDS and first not in _PERSONAL_TITLES and first not in _GENERIC_SOURCES \
            and not (first in _ORG_WORDS and not first.startswith("ال")) or toks[k][2][-1:] in "،,.؛" \
            or first.startswith("ال") and first.endswith(("ي", "ية")):
        return 0                                   # (not «خلال المؤتمر الصحفي»: an adjective; «عن مواصفات الجهاز
        #                                            الداخلية، إلا»: a body's short name may be an adjective too)
    np = _speaker_np(text, toks[k][0], end)
    if np is None or np[0] != toks[k][0]:
        return 0
    after = text[np[1]:np[1] + 30]
    nxt = _strip((after.split() or [""])[0])
    return toks[k][0] if after.lstrip()[:1] == ":" or nxt in _COMPLEMENT or _is_participle(nxt) else 0


def _bracketed_name(text: str, start: int, end: int):
    """A name of one to three words in round brackets right after the verb, followed by في/خلال, a complementiser
    or a colon («واوضحت (يونامي) في بيان أن …»): its span with the brackets, else None."""
    while start < end and text[start] in " \t\xa0":
        start += 1
    if text[start:start + 1] != "(":
        return None
    close = text.find(")", start + 1, min(end, start + 40))
    inner = text[start + 1:close].split() if close > 0 else []
    if not 1 <= len(inner) <= 3 or any(c.isdigit() for c in "".join(inner)) or any(_strip(w) in _NP_STOP for w in inner):
        return None
    after = text[close + 1:close + 30].split()
    nxt = _strip(after[0]) if after else ""
    ok = nxt in ("في", "خلال", "عبر") or nxt in _COMPLEMENT or text[close + 1:close + 3].lstrip()[:1] == ":"
    return (start, close + 1) if ok else None


def _glued_opening(tok: str) -> int:
    """Where a colon glued to the next word stands inside ``tok`` («المدير:»كل»), or an opening quotation mark glued
    to the word before it («الوادي"إن»: the speech opens there; not «لـ"الأفق"», a one-letter preposition), or -1."""
    i = tok.find(":", 1)
    if 0 < i < len(tok) - 1:
        return i
    i = next((k for k, c in enumerate(tok) if c in "«\"“"), -1)
    return i if 2 <= i < len(tok) - 1 and tok[i - 1].isalpha() and tok[i - 2].isalpha() and tok[i + 1].isalpha() else -1


def _word_len(tok: str) -> int:
    """The length of the word in ``tok`` that a speaker's phrase takes: without trailing punctuation, and up to a
    colon or an opening quotation mark glued to it (:func:`_glued_opening`: «وقال المدير:»كل …», «الوادي"إن …» →
    المدير، الوادي)."""
    glued = _glued_opening(tok)
    return glued if glued > 0 else len(tok.rstrip(_PUNCT))


def _place_object(text: str, words: list, w: str) -> bool:
    """A country or city without the article right after a definite word is not in the speaker's phrase (a
    definite noun takes no genitive): the verb's object, «وطالب الوزير | إسرائيل بوقف …», «ودعت اللجنة الدولية
    | إسرائيل إلى …»; «رئيس وزراء إسرائيل» (an indefinite head) keeps it."""
    if not words or w.startswith("ال") or not is_place(w) or w[:1] in "لبو" and is_place(w[1:]):
        return False                   # (not «لصور», «والخليج»: a phrase in لـ/بـ, a place joined by و)
    last = _strip(text[words[-1][0]:words[-1][1]])
    return last.startswith("ال") and len(last) > 3 and text[words[-1][1]:words[-1][1] + 1] != "-"


def _after_place(text: str, words: list, w: str) -> bool:
    """A definite word right after a bare place name that is the whole phrase so far opens the verb's object (a
    proper noun takes no genitive): «وحثت أنقرة | الدول الأوروبية على …» (not «أنقرة الرسمية»)."""
    if len(words) != 1 or not w.startswith("ال") or w in ("الرسمية", "الرسمي"):
        return False
    first = _strip(text[words[0][0]:words[0][1]])
    return not first.startswith("ال") and is_place(first)


def _kin_object(text: str, words: list, w: str) -> bool:
    """«أهل»/«أبناء»/«ذوي» right after a definite word opens the verb's object (a definite noun takes no genitive):
    «وأوصت الأمانة العامة لهيئة العلماء | أهل القرية بالتقوى» (not «رابطة أهل الحي»: an indefinite head)."""
    if not words or w not in ("اهل", "ابناء", "ذوي", "اسر", "عائلات"):
        return False
    last = _strip(text[words[-1][0]:words[-1][1]])
    return last.startswith(("ال", "لل")) and len(last) > 3


def _punct_ends(text: str, words: list, tok: str, e: int) -> bool:
    """Punctuation after ``tok`` ends the speaker's phrase, except a comma after a title alone with a name
    after it («المدير العام …، فلان الفلاني،»; not after an unnamed source: «مصدر …، فضل عدم …»)."""
    nxt = text[e:e + 40].split()
    if tok[-1] in "،," and len(nxt) > 1 and _titled_name_follows(text, words, nxt):
        return False                   # «المتحدث باسم أهالي المخطوفين، الشيخ فلان الفلاني:»: the person after a title
    return tok[-1] not in "،," or not _role_only(text, words) or not nxt or _strip(nxt[0]) in _NP_STOP \
        and not _ali_apposed(text, e) and nxt[:2] != ["بان", "كي"] or _strip(text[words[0][0]:words[0][1]]) in _GENERIC_SOURCES
    #                                    («الأمين العام للأمم المتحدة، بان كي مون،»: the name «بان», not «بأن»)


def _ali_apposed(text: str, e: int) -> bool:
    """After a comma ending at ``e``, «علي» and one or two name-like words closed by a comma: the name Ali set in
    apposition after a title («المتحدث باسم الحركة، علي الفلاني، …»), not the preposition «على» («، على لسان …»)."""
    m = re.match(r"\s*(علي)\s+(\S+)(?:\s+(\S+))?", text[e:e + 60])
    if m is None:
        return False
    closed = m.group(2)[-1:] in "،," or m.group(3) is not None and m.group(3)[-1:] in "،," and m.group(2)[-1:] not in _PUNCT
    return closed and _ali_after_title(text, e + m.end(1)) and _strip(m.group(2)) != "لسان"


def _titled_name_follows(text: str, words: list, nxt: list[str]) -> bool:
    """After a comma that closes a phrase opening with a title (``words``), a personal title or rank and a
    name-like word (``nxt``, the next raw words) set the person's name in apposition."""
    head = _strip(text[words[0][0]:words[0][1]]) if words else ""
    first, second = _strip(nxt[0]), _strip(nxt[1])
    return head in _ROLE_WORDS and head not in _GENERIC_SOURCES and first in _NAME_TITLES \
        and nxt[0][-1:] not in "،,.:" and len(second) > 1 and second not in _NP_STOP and second not in _COMPLEMENT \
        and not second.startswith(("ال", "بال", "لل")) and _verb_lemma(second) is None


def _name_in_marks(text: str, words: list, s: int) -> bool:
    """After one definite noun (``words``: «المعلق», «الناشطة»), a name of one to three words in quotation marks at
    ``s``, the first without the article, then a complementiser, a preposition or a colon: the person's name in apposition
    («وقال المعلق "فلان الفلاني" إن …»), whatever the noun (a title list cannot hold every occupation)."""
    if len(words) != 1:
        return False
    head = _strip(text[words[0][0]:words[0][1]])
    close = _next_close(text, s, 40, "»\"”")
    inner = [_strip(x) for x in text[s + 1:close].split()] if close > 0 else []
    if not head.startswith("ال") or len(head) < 4 or is_place(head) or not 1 <= len(inner) <= 3 \
            or inner[0].startswith(("ال", "بال", "لل")) or any(x in _NP_STOP or _verb_lemma(x) for x in inner):
        return False
    after = text[close + 1:close + 30].split()
    nxt = _strip(after[0]) if after else ""
    return nxt in _COMPLEMENT or nxt in ("عن", "من", "في", "علي", "الي", "ل", "خلال") \
        or text[close + 1:close + 3].lstrip()[:1] in (":", "،", ",")


def _quoted_part(text: str, words: list, s: int, w: str) -> int:
    """A quotation at ``s`` (first word ``w``) after the title or body ``words``: appended to ``words``
    when it is a name; returns where to go on reading when the person's name follows it, else 0."""
    close = _next_close(text, s, 60, "»\"”")
    last = _strip(text[words[-1][0]:words[-1][1]])
    construct = _construct_head(last)
    if close > 0 and len(text[s:close].split()) > 2 and not construct and last not in ("في", "من") \
            and last not in _PERSONAL_TITLES and w not in _NAME_TITLES:
        return 0                                     # «وأضافت المتحدثة «هذا هجوم …»»: the speech, not a name
    if close > 0 and not construct and last not in _PERSONAL_TITLES and text[close + 1:close + 4].strip()[:1] in ("", ".", "!", "؟"):
        return 0                                     # «وقال الوزير «الأسرى بخير».»: a sentence ends with it, speech
    #                                                  (but «مصادر في «…»», «… "الدكتور فلان"», «الشيخ "فلان …"»)
    if close > 0:
        words.append((s, close + 1))
    if close > 0 and construct:
        norm = [_strip(text[a:b]) for a, b in words]
        role = _role_end(norm)
        if (role >= len(norm) or norm[0] in _ROLE_WORDS and role >= len(norm) - 1) and _name_follows(text, close + 1):
            return close + 1                         # «الرقيب في شرطة «الوادي» فلان»: a person's title up to the body's
    #                                                  name, the person's name after it (not «منظمة «…» إسرائيل»: an object)
    return 0


def _construct_head(w: str) -> bool:
    """An indefinite title or body word (مدير، حزب، وكالة) or باسم: a noun in construct whose
    complement, a name, may stand in quotation marks («مدير «المرصد …»»)."""
    return w == "باسم" or not w.startswith("ال") and (w in _TITLE_WORDS or w in _SOURCE_ORGS)


def _name_follows(text: str, pos: int) -> bool:
    """The next word after ``pos`` (a closing quotation mark) may start a person's name: a personal
    title (الدكتور), else no punctuation, stop word, verb, complementiser, quotation mark or ال-word."""
    nxt = text[pos:pos + 40].split()
    if not nxt or text[pos:pos + 1] not in " " or nxt[0][:1] in "«\"“”(،,.:؛":
        return False
    w = _strip(nxt[0])
    if w in _PERSONAL_TITLES:
        return True                                 # «… «…» الدكتور فلان»
    if w in ("كان", "كانت", "يكون", "تكون", "ليس", "ليست") or w.startswith(("بال", "لل", "بم", "بت")):
        return False                                # «وكالة «…» كان البنك …»، «مصادر «…» بمقتل …»
    return bool(w) and w not in _NP_STOP and not w.startswith("ال") and _verb_lemma(w) is None and not _is_participle(w) \
        and w not in _COMPLEMENT and (w[:1] not in "وف" or w[1:] not in _NP_STOP) and not w.isdigit()


#: «طلب عدم الكشف عن اسمه», «طلبت عدم كشف هوياتها», «فضل عدم ذكر اسمه»: a source that stays anonymous
_ANON_VERBS = frozenset(p + v + x for p in ("", "و") for v in ("طلب", "فضل", "يطلب", "تطلب", "يفضل", "تفضل")
                        for x in ("", "ت", "ا", "تا", "وا", "ون", "ان")) | frozenset(
    "طالبا طالبة طالبين طالبتين مفضلا مفضلة مفضلين".split())     # «… طالبا عدم ذكر اسمه»
_DISCLOSE = re.compile(r"\s*عدم\s+(?:ال)?(?:كشف|ذكر|نشر|افصاح|اعلان|تحديد)(?=\s)")


def anonymity(text: str, w: str, e: int) -> bool:
    """The (normalised) word ``w`` ending at ``e`` asks not to be named: «طلب عدم الكشف عن اسمه»."""
    return w in _ANON_VERBS and _DISCLOSE.match(text, e) is not None


def _not_a_subject(text: str, w: str, e: int) -> bool:
    """A first word after a verb of saying that opens no subject: the speech in the first person
    («وأضاف طلبنا من …», نحن: the speaker named before is carried over) or a demonstrative object
    («وأكد تلك التصريحات»; «هذه المصادر» speaks)."""
    if w in ("نحن", "انا") or len(w) > 3 and w.endswith("نا") \
            and _word_after(text, e, 20) in _PREPOSITIONS + ("في", "ان", "بان"):
        return True
    if len(w) == 5 and w[1] == "ا" and w[-1] == "ا" or len(w) in (5, 6) and w[0] == "م" and w[-1] == "ا" \
            and w[1] not in "اوي" and "ا" not in w[3:-1]:     # (فاعلا، مفعلا، مفاعلا، مفتعلا; not «موباجا»)
        return True                                   # «أجاب ضاحكا: …», «وقال مبتسما»: how, not who (an accusative)
    if w == "اول" and re.match(r"\s+من\s+امس", text[e:e + 12]):
        return True                                   # «أشارت أول من أمس إلى …»: the day before yesterday, no one
    if w in _AUXILIARIES:
        return True                                   # «وأضاف تم القبض على الجاني»: a clause opens, the speaker is
        #                                               carried (a verb never opens its subject)
    if w in ("بهذا", "بهذه", "بذلك", "لهذا", "لذلك", "وبهذا", "وبذلك"):
        return True                                   # «وقال بهذا الخصوص إن …»: about this, no subject
    if _opens_condolence(text, w, e):
        return True                                   # «ورفع خالص التعازي …»: the message; the subject is carried
    if w in ("عدم", "مدي", "مثل", "لمثل", "بمثل") or _possessed_object(w):   # («يستنكر مثل تلك الأعمال»: such, an object)
        return True                                   # «واتهم خصومه بـ…»، «لفت نظري»: an object, the subject is carried
    if w in ("هذا", "هذه", "ذلك", "تلك", "هؤلاء"):
        nxt = _word_after(text, e, 30)
        return nxt not in _SPEAKER_WORDS
    return False


def _name_after_feminine(text: str, start: int, w: str, e: int) -> bool:
    """A word shaped as an accusative of manner (فاعلا: «ضاحكا») right after a feminine singular verb of saying and
    before another name word is a woman's name, not how she spoke: a manner adverbial agrees with its subject, and
    hers would end in ة («وقالت فاديا الوادي إن …», «وأضافت رانيا سامر أن …» → the name; «وقالت ضاحكة:» stays)."""
    if not (len(w) == 5 and w[1] == "ا" and w[-1] == "ا") or w in _NP_STOP or text[e - 1:e] in _PUNCT:
        return False
    verb = _word_before(text, start, 30)
    nxt = _word_after(text, e, 30)
    return _verb_lemma(verb) is not None and _gender(verb) == "f" and not verb.endswith(("ن", "وا")) \
        and _name_word(nxt) and nxt not in _COMPLEMENT and text[e:e + 3].strip()[:1] not in "«\"“(:،,"


#: the passive auxiliary and كان with its forms (normalised), which open a clause («تم القبض»، «كان الوضع …»)
_AUXILIARIES = frozenset("تم يتم سيتم جري يجري سيجري كان كانت يكون تكون سيكون ستكون".split())


#: nouns with a possessive pronoun that speak («وقال شقيقه»، «وأكدت زوجته»، «وقال محاميه»)
_KIN = frozenset("""ابن ابنت بنت زوج زوجت والد والدت شقيق شقيقت اخ اخي اخت ام اب ابو ابي عم خال جد جدت اسرت عائلت ذوي
اقارب اهل اصدقاء صديق رفاق زملاء زميل محامي محاميت طبيب مكتب حكومت حزب نائب مستشار مساعد متحدث ناطق قائد انصار
مؤيدي معارضي منتقدي مقربون مقربين اتباع""".split())


@lru_cache(maxsize=1 << 16)
def _possessed_object(w: str) -> bool:
    """A noun with a possessive pronoun (خصومه، نظري، حالته، حقيقتها) that is not a kin word, a title or a
    body («شقيقه»، «محاميها»، «حكومته» speak): after a verb of saying, the object — its subject is carried."""
    m = re.match(r"^(\w{3,}?)(?:ه|ها|هم|هما|هن)$|^(\w{4,}?)(?:كم|كما|كن)$", w)   # (your: «مشاعركم»)
    if not m or len(w) < 4 or w.endswith("الله") or w in _PRONOUN_TITLES:
        return False
    stem = m.group(1) or m.group(2)
    if w.startswith("ال"):
        return False
    stem_a = stem[:-1] + "ة" if stem.endswith("ت") else stem
    return not any(x in _KIN or x in _SPEAKER_WORDS or "ال" + x in _SPEAKER_WORDS for x in (stem, stem_a))


#: the start or end of an occasion, after «في» («في بداية الاجتماع»، «في ختام الجلسة»): when one spoke, not who
_OCCASION_EDGES = frozenset("بداية مستهل ختام نهاية مطلع افتتاح اختتام".split())


def _joins(text: str, words: list, w: str, tok: str, e: int) -> bool:
    """A word the speaker's noun phrase takes in although it would end another: «بيان صادر عن
    المقاومة» (the issuer), «عدد من الأهالي», «علي» the name, «القيادي في الحركة فلان» (a title goes on)."""
    last = _strip(text[words[-1][0]:words[-1][1]]) if words else ""
    if w in ("عن", "من") and last in _ISSUED and _strip(text[words[0][0]:words[0][1]]) in _SOURCE_ORGS:
        return True
    if w == "من" and last in _QUANTIFIERS:
        return True
    if not words and w == "علي" and _is_ali(text, e):
        return True
    if w == "علي" and words and last in ("بن", "ابن", "ابو", "ابي", "عبد"):
        return True                                  # «سامر بن علي الوادي»: Ali in a lineage
    if w == "علي" and words and (last in _NAME_TITLES and _ali_after_title(text, e) or text[words[-1][1]:words[-1][1] + 1]
                                 in "،," and _role_only(text, words) and _ali_apposed(text, words[-1][1] + 1)):
        return True                                  # «الرائد علي آل سالم», «الشيخ علي جمعة», «المتحدث باسم
        #                                              الجبهة، علي الفلاني،»: a name after a title
    if w == "في" and (_setting(_word_after(text, e, 20)) or _word_after(text, e, 20) in _OCCASION_EDGES):
        return False                                 # «… في بيان»: where it spoke, not part of who; «… في بداية
        #                                              الاجتماع»: when
    return w in ("في", "لدي") and bool(words) and _role_only(text, words) and tok[-1:] not in "،,"


#: military and police ranks, which stand right before a name like the personal titles («الرائد علي فلان»);
#: (one set: a second, later definition used to override this one silently, so this is the set every use saw)
_RANKS = frozenset("المقدم الرائد النقيب الملازم الرقيب العريف المشير العقيد العميد اللواء الفريق".split())


#: what follows God's name (normalised): «الله سبحانه وتعالى»، «الله عز وجل»، «الله تعالى»
_EPITHETS = frozenset("سبحانه تعالي عز جل".split())


#: words that intensify a condolence noun right before it («خالص تعازيه»، «بأحر التعازي»، «صادق العزاء»; normalised),
#: and «واجب» (the duty of: «قدم واجب العزاء»)
_INTENSIFIERS = frozenset(p + w for p in ("", "و", "ب") for w in
                          "خالص صادق بالغ عميق احر اصدق اعمق اخلص ابلغ جزيل وافر واجب".split())
#: a condolence noun (normalised): «تعازيه»، «التعازي»، «بالتعزية»، «العزاء»
_CONDOLENCE_WORD = re.compile(r"^[وب]?(?:ال)?(?:تعازي|تعازيه|تعازيها|تعازيهم|تعازينا|تعزية|عزاء|عزاءه|عزاءها)$")


def _opens_condolence(text: str, w: str, e: int) -> bool:
    """``w`` (ending at ``e``) is a condolence noun or an intensifier right before one («خالص تعازيه»): the message
    starts there, so who gives it ends before («وتقدم المجمع بأحر التعازي»: المجمع; «صادق» alone may be a name)."""
    return bool(_CONDOLENCE_WORD.match(w)) or w in _INTENSIFIERS and bool(_CONDOLENCE_WORD.match(_word_after(text, e, 30)))


def _epithet(w: str) -> bool:
    """An epithet after God's name (normalised; «وتعالي» with its و): never part of a person's name."""
    return w in _EPITHETS or w[:1] == "و" and w[1:] in _EPITHETS


def _ends_np(text: str, words: list, w: str, tok: str, e: int) -> bool:
    """The word ends the speaker's noun phrase: a stop word, «لـ"…"», a complementiser, a verb, a number; after the
    first word also a noun with a pronoun after an ال-word («واختتم المصدر تصريحه»: its object) or a noun in ة/ات with a
    pronoun after any word («واصل فلان محاولاته»), a word of what was given (:data:`_SPEECH_SETTINGS`, «وألقى فلان كلمة
    …») after a word that is no title or rank, a circumstantial participle («وقال فلان مخاطبا الأهالي»), an ال-noun
    after a surname in ي (:func:`_object_after_surname`: «وثمن العمري الدور …»), or «لوكالة، لصحيفة» (to whom, not who;
    «الأمين العام لمجلس التعاون» is a title). «إمام» of a mosque (:func:`_imam`) after nothing but honorifics
    (:data:`_HONORIFICS`) goes on: the imam, not the stop word «أمام» (before)."""
    if w == "امام" and _imam(text, e) and all(_strip(text[a:b]) in _HONORIFICS for a, b, *_ in words):
        return False                         # «وصف (فضيلة) إمام وخطيب جامع النهر …»: the imam, not «أمام» (before)
    if w in _TIME_LEADS and words and _strip(text[words[-1][0]:words[-1][1]]) in _NAME_TITLES \
            and tok[-1:] not in _PUNCT and _word_after(text, e, 20) not in _TIME_WORDS:
        return False                         # «وقال الشيخ صباح الأحمد»: a name after a title (not «صباح اليوم»)
    if not w or w in _NP_STOP or (w[:1] in "وف" and w[1:] in _NP_STOP) or w == "ل" or \
            (w[0] == "ل" and len(w) > 1 and tok.replace("ـ", "")[1:2] in "«»\"“”") \
            or (words and w in _COMPLEMENT and not _ban_ki_moon(text, e)) or _verb_lemma(w) is not None \
            or w.isdigit():
        return True
    if not words:
        return False
    if _opens_condolence(text, w, e):
        return True                          # «وتقدم المجمع بأحر التعازي»: the message, not who gives it
    last = _strip(text[words[-1][0]:words[-1][1]])
    if w == "الله" and (last.startswith("ال") and last in _SPEAKER_WORDS or _epithet(_word_after(text, e, 20))):
        return True                          # «ودعت القيادة الله سبحانه وتعالى أن …»: God, the object (a definite
        #                                      noun is in construct with no name: not «حزب الله»، «عطا الله»، «الجار الله»)
    if len(w) > 4 and w.endswith(("ه", "ها", "هم", "هما")) and not w.endswith("الله") \
            and _strip(text[words[-1][0]:words[-1][1]]).startswith("ال"):
        return True
    last = _strip(text[words[-1][0]:words[-1][1]])
    if w in _SPEECH_SETTINGS and last not in _TITLE_WORDS and last not in _NAME_TITLES:
        return True                          # «وألقى فلان كلمة …»: what he gave after his name (not «لجنة حوار …», a
        #                                      body's name, nor «المحامية بيان …», a name after a title)
    if len(w) > 5 and re.search(r"ت(?:ه|ها|هم|هما)$", w) and _possessed_object(w) \
            and not {_strip(text[words[0][0]:words[0][1]]), _strip(text[words[-1][0]:words[-1][1]])} & _SOURCE_WORDS:
        return True                          # «وواصل فلان محاولاته»: a noun in ة/ات with a pronoun (not «أرقام
        #                                      وضعتها الوكالة»، «تقرير حديث أصدرته منظمة …»: a source, then the
        #                                      verb of who made it)
    if len(w) >= 5 and w[0] == "م" and w.endswith("ا") and w not in _ROLE_WORDS \
            and _strip(text[words[-1][0]:words[-1][1]]) not in _MEDIA:
        return True                          # «قال فلان مبتسما»: how (but «صحيفة ماركا»: the medium's name)
    if _object_after_plural(_strip(text[words[-1][0]:words[-1][1]]), w):
        return True
    before = _strip(text[words[-2][0]:words[-2][1]]) if len(words) > 1 else ""
    if _object_after_surname(last, w) and (before in _NAME_TITLES or not (
            before.lstrip("و").startswith("ال") or before in _TITLE_WORDS or before in _ORG_WORDS or before in _CONNECTORS)):
        return True                          # (after a person's name or a personal title: «العميد السحيباني»; not «الفنان
        #                                      القطري القدير», «المؤتمر العربي …», «عبد الهادي السلطان»)
    return w.startswith("ل") and len(w) > 3 and not w.startswith("ال") and w[1:] in _TITLE_WORDS \
        and (w[1:] in _MEDIA or not _role_only(text, words))


#: adjectives that follow a title ending in ي («المدعي العام»), not an object after a surname
_AFTER_TITLE_ADJECTIVES = frozenset("العام العامة الخاص الاعلي الاول الاسبق السابق الاكبر".split())


def _object_after_surname(last: str, w: str) -> bool:
    """After a family name in ال ending in ي («العمري»، «القحطاني»; not a title: «المفتي»، «المحامي»), an ال-noun that
    is not another such name, a title or an adjective of a title opens the verb's object: «وثمن العمري الدور الكبير …»
    (who ends at «العمري»). The caller asks it only after a person's name (the surname alone, after a first name or a
    personal title; not after another title, an ال-word or «عبد»)."""
    return len(last) >= 6 and last.startswith("ال") and last.endswith("ي") and last not in _TITLE_WORDS \
        and last not in _NAME_TITLES and w.startswith("ال") and len(w) > 3 and not w.endswith(("ي", "ية", "يون", "يين")) \
        and w not in _TITLE_WORDS and w not in _AFTER_TITLE_ADJECTIVES and w not in _SOURCE_WORDS


#: words after «امام» that make it «إمام» (an imam) rather than «أمام» (before): both normalise to امام
_MOSQUE_WORDS = frozenset("وخطيب خطيب ومؤذن مسجد جامع المسجد الجامع الحرم الحرمين".split())


def _imam(text: str, e: int) -> bool:
    """The word after ``e`` is a mosque or its preacher: «امام» before it is a title («إمام وخطيب جامع …»)."""
    return _word_after(text, e, 20) in _MOSQUE_WORDS


def _object_after_plural(last: str, w: str) -> bool:
    """``w`` after the definite sound masculine plural ``last`` (الصحفيون) is the verb's object, not part of who
    speaks: a definite word that is no plural adjective in ون/ين nor one of :data:`_PLURAL_ADJECTIVES` (a definite
    plural takes no genitive); the plural has a human shape (مـ، ـيون، فاعلون: not «التعاون») — «ورفع الصحفيون الأعلام» → الصحفيون; «الصحفيون الأجانب»، «المسؤولون المحليون» go on."""
    human = last[2:3] == "م" or last.endswith("يون") or last[3:4] == "ا"      # المتظاهرون، الصحفيون، الناشطون
    return human and last.startswith("ال") and last.endswith("ون") and len(last) >= 7 and last not in _NOT_PLURALS \
        and w.startswith("ال") and len(w) > 3 and not w.endswith(("ون", "ين")) and w not in _PLURAL_ADJECTIVES \
        and w not in _ROLE_WORDS and not is_place(w)


#: definite words in ون of a human plural's shape that are no plural («التلفزيون الرسمي»; «التعاون» has no such shape)
_NOT_PLURALS = frozenset("التلفزيون الطاعون الحلزون الماعون الكانون".split())


#: broken-plural adjectives that follow a definite plural noun («المواطنون العرب»، «اللاعبون الكبار»)
_PLURAL_ADJECTIVES = frozenset("العرب الاجانب الجدد الكبار الصغار القدامي الشباب الاحرار الاكراد الاتراك الروس الفرس "
                               "الافارقة الاوائل الاخر الكرام الابرار الشرفاء الاقوياء الفقراء الاغنياء الاوروبيون".split())


def _ban_ki_moon(text: str, end: int) -> bool:
    """«بان» followed by «كي مون» is a name, not «بأن» (that)."""
    return text[end:end + 8].split()[:1] == ["كي"]


def _opens_content(text: str, w: str, e: int, first: bool) -> bool:
    """The word ``w`` (normalised, ending at ``e``) opens what is said, not who says it: a word in «بال» or a
    verbal noun in بـ («طالب بالحد …», «أفادت مصادر بارتفاع …», «بمحاسبة»); as the ``first`` word after the
    verb, a word of :data:`_BA_CONTENT` («وطالبت بضرورة …», «وأفاد بوقوع …»: no subject) or «لي/لنا» with no one
    named after it («قال لي مبتسما: …»)."""
    if w.startswith("بال") or (w[:1] == "ب" and (_MASDAR.match(w[1:]) or _mufaala(w[1:]))):
        return True
    return first and (w in _BA_CONTENT or w in ("لي", "لنا") and not _named_after(text, e))


def _named_after(text: str, e: int) -> bool:
    """The word after ``e`` may open a speaker's phrase: an ال-word, a title, a source or kin word, a kunya
    («وقالت لنا أم سالم», «قال لي المخرج فلان»), not a participle or a word of the speech («قال لي مبتسما»)."""
    nxt = _word_after(text, e, 30)
    return nxt.startswith("ال") and len(nxt) > 3 or nxt in _SPEAKER_WORDS or nxt in _PERSONAL_TITLES \
        or nxt in ("ام", "ابو", "احد", "احدهم", "احدهما", "احداهن") or nxt[:-1] in _KIN


#: words in بـ (not «بال») that open what is said right after a verb of saying: «طالب بضرورة …», «أفاد بوقوع …»
_BA_CONTENT = frozenset("بضرورة بوقوع بوجود باهمية بعدم بسقوط بمقتل بانه بانها بانهم".split())


#: idioms of a verb of saying whose object comes first: «كشف النقاب عن»، «لفت الانتباه إلى»
_VERB_OBJECTS = frozenset("النقاب الانتباه النظر نظري نظرنا انتباهي".split())


def _apposition(text: str, np, limit: int):
    """The subject with a title written after the name («السفير فلان الأمين العام المساعد لشؤون …»)."""
    if np is None:
        return None
    toks = list(itertools.islice(_tokens(text, np[1], limit), 12))
    if not toks or text[np[1]:toks[0][0]].strip(" ،,") or toks[0][2][:1] in "«\"“”„":
        return np                          # (a quotation after the name is the speech: «قال فلان "المصاب …»)
    words = [_strip(t[2]) for t in toks]
    k = _role_end(words)
    if k == 0:
        return np                          # (tested first: the test below also gives np, and costs more)
    head = [_strip(w) for w in text[np[0]:np[1]].split()]
    if head and head[0] in _ORG_WORDS and head[0] not in _ROLE_WORDS and _role_end(head) >= len(head):
        return np                          # «منظمة التحرير حكومةَ الجزيرة»: a body has no title after it
    if words[k - 1] in _PERSONAL_TITLES and k < len(words) and words[k].startswith("ال") and words[k] not in _NP_STOP \
            and toks[k - 1][2][-1:] not in "،,.:؛":
        k += 1                             # «… آية الله السيد الفلاني»: the name after the title
    elif words[k - 1] in _PERSONAL_TITLES and (k > 1 or text[np[1] - 1:np[1]] in "»\"”)"):
        while k < min(3 if k == 1 else k + 2, len(words)) and words[k] and words[k] not in _NP_STOP and not _verb_lemma(words[k]) \
                and words[k] not in _COMPLEMENT and toks[k - 1][2][-1:] not in "،,.:؛":
            k += 1                         # «القيادي في حركة «حماس» الدكتور فلان الفلاني»: the name after the title
    return (np[0], _tok_end(toks[k - 1]))


#: titles that come right before a person's name («الدكتور فلان»; د، م، أ abbreviated «د.»): the speaker rules read
#: a name after them; with the honorifics of address (:data:`_PRONOUN_TITLES` without their pronoun: سماحة، معالي …,
#: which take a title after them, «معالي الوزير») they are :data:`_HONORIFICS`, which a headline speaker's span leaves
#: out (:data:`framing.lexicon.headlines._HONORIFIC` is built from it)
_PERSONAL_TITLES = frozenset("الدكتور الدكتورة الشيخ المهندس الاستاذ الاستاذة السيد السيدة د م ا اللواء العميد العقيد "
                             "الفريق الامير الاميرة القاضي المستشار البروفسور البروفيسور".split())


def _comma_name(text: str, np, limit: int):
    """A titled phrase whose name stands between two commas just before the complementiser, after an
    adjunct of at most six words («المتحدث باسم الجبهة بمحافظة الوادي، سامر النجار، أن …», also with
    «لـ«الصحيفة»» after the name): the phrase up to that name, else None."""
    head = _strip(text[np[0]:np[1]].split()[0]) if text[np[0]:np[1]].split() else ""
    if head not in _ROLE_WORDS and head.lstrip("و") not in _ROLE_WORDS:
        return None
    toks = list(itertools.islice(_tokens(text, np[1], limit), 14))
    told = next((k for k, t in enumerate(toks) if _to_whom(t[2], _strip(t[2]))), None)
    toks = toks[:told] if told is not None else toks
    ends = [k for k, t in enumerate(toks) if t[2][-1:] in "،,"]
    if not toks or not ends or ends[-1] != len(toks) - 1 or len(ends) < 2:
        return None                                 # «…، NAME،» closes the words before the complementiser
    name = toks[ends[-2] + 1:]
    words = [_strip(t[2]) for t in name]
    if not 1 <= len(words) <= 3 or ends[-2] > 6 or any(t[2][-1:] in ".:؛()" for t in toks[:ends[-2]]) or \
            words[0].lstrip("و") in ("هو", "هي", "هم", "هما") or len(words[0]) > 3 and words[0].endswith(("ها", "هم", "هما")) \
            or any(
            not w or w in _NP_STOP and not (w == "علي" and i) or w.startswith("ال") and i == 0 or _verb_lemma(w) or is_place(w)
            or any(c.isdigit() or c in "«»\"“”()" for c in t[2]) for i, (w, t) in enumerate(zip(words, name))):
        return None
    return (np[0], _tok_end(name[-1]))


def _extend_to_name(text: str, np, limit: int):
    """A title whose name comes after an adjunct, just before the complementiser
    («المتحدث باسم الجيش في المدينة فلان الفلاني، أن …»): the phrase up to that name."""
    if np is None:
        return None
    comma = _comma_name(text, np, limit)
    if comma is not None:
        return comma
    norm = [_strip(w) for w in text[np[0]:np[1]].split()]
    toks = list(itertools.islice(_tokens(text, np[1], limit), 16))
    titled = _titled_name_at_end(toks)              # «… بالجمعية الدكتور فلان الفلاني، أن»: a name is announced
    if len(toks) > 9 and not titled:
        toks = toks[:10]                            # (a longer adjunct only before «العميد فلان»: see below)
    if _role_end(norm) < len(norm) and not (titled and norm[0] in _ROLE_WORDS) or norm[0] in _GENERIC_SOURCES and "،" in text[np[1]:limit] \
            or text[np[1]:np[1] + 1] == ":":
        return np                                   # it has a name already, or names none («مصدر مسؤول …، فضل …»,
        #                                             «المدير:»كل ما نعرفه أن …»: the speech opens at the colon)
    if any(anonymity(text, _strip(t[2]), t[1]) for t in toks):
        return np                                   # «مسؤول طلب عدم الكشف عن اسمه أن»: no name to come
    if next((_strip(t[2]) for t in toks if _strip(t[2])), "") in _ATTRIBUTION_OPENERS | {"وفقا", "طبقا", "وفق"}:
        return np                                   # «وأكدت الوزارة بحسب وكالة الأنباء أن»: an aside on the source
    if toks and norm[0] in _GENERIC_SOURCES and _to_whom(toks[0][2], _strip(toks[0][2])):
        return np                                   # «مصادر مطلعة لـ«الصحيفة» إن»: whom it told, no name
    told = next((k for k, t in enumerate(toks) if k and _told_to(t[2], _strip(t[2]))), None)
    if told is not None:                            # «… فلان الفلاني، لـ«الصحيفة» إن …»: whom he told ends it
        toks, limit = toks[:told], toks[told][0]
    if not 2 <= len(toks) <= (15 if _titled_name_at_end(toks) else 9):
        return np                                   # «قائد الكتيبة 80 المسؤولة عن تأمين الحدود مع الجار العميد فلان
        #                                             الفلاني، أن»: a personal title or a rank opens the name, so the
        #                                             adjunct before it may run longer
    tail = []
    for s, e, tok in reversed(toks):
        w = _strip(tok)
        if not w or w in _NP_STOP or _verb_lemma(w) or any(c.isdigit() for c in w) or is_place(w) or len(tail) == 4 \
                or "(" in tok or _epithet(w):
            break                                   # («ودعت القيادة الله سبحانه وتعالى أن …»: God is no name)
        tail.insert(0, (s, s + len(tok.rstrip(_PUNCT)), w))
    while tail and (tail[0][2].startswith("ال") and norm[-1] not in _PERSONAL_TITLES or tail[0][2] in _ROLE_WORDS):
        tail = tail[1:]                             # (after «السيد»، «الدكتور» an ال-word is the name: «السيد الفلاني»)
    if not tail or tail[-1][1] < limit - 3 and text[tail[-1][1]:limit].strip(" ،,") != "" \
            or tail[0][2] in _OCCASION_EDGES:
        return np                                   # («… في مستهل الجلسة أن»: when, no name)
    last = [t for t in toks if t[0] < tail[-1][1]]
    if len(last) >= 2 and _in_setting(_strip(last[-2][2]), _strip(last[-1][2])):
        return (np[0], last[-3][0] + len(last[-3][2].rstrip("،,.:؛; "))) if len(last) >= 3 else np
    return (np[0], tail[-1][1])                     # (without «في بيانه» at its end: where, not who)


def _titled_name_at_end(toks: list) -> bool:
    """The tokens end with a personal title or a rank and one to three name words after it, the last right before the
    complementiser («… العميد فلان الفلاني،»): a name is announced there, whatever adjunct comes before it."""
    words = [_strip(t[2]) for t in toks]
    for k in range(max(0, len(words) - 4), len(words) - 1):
        if words[k] in _NAME_TITLES and toks[k][2][-1:] not in _PUNCT and all(
                w and not (w.startswith("ال") and i == 0) and w not in _NP_STOP and not _verb_lemma(w) and not is_place(w)
                and not any(c.isdigit() or c in "«»\"“”()" for c in t[2])
                for i, (w, t) in enumerate(zip(words[k + 1:], toks[k + 1:]))):
            return True
    return False


def _to_whom(tok: str, w: str) -> bool:
    """«لـ"عكاظ"»، «للصحافيين»، «لوكالة …»: the addressee of a verb of saying, before its subject."""
    if w == "ل" or (tok[:1] == "ل" and tok[1:2] in "«\"“”("):
        return True
    return w.startswith("لل") or (w[:1] == "ل" and not w.startswith("ال") and w[1:] in _SOURCE_ORGS)


def _told_to(tok: str, w: str) -> bool:
    """An addressee (:func:`_to_whom`) or a medium in لـ («لصحيفة …»، «لقناة …»): whom a statement was told, never
    whose it is."""
    return _to_whom(tok, w) or w[:1] == "ل" and w[1:] in _MEDIA


#: honorifics with a pronoun: they stand for the speaker named before («وأكد سموه أن …»)
_PRONOUN_TITLES = frozenset("سموه سموها معاليه معاليها سماحته فخامته جلالته سعادته سعادتها دولته فضيلته".split())


def _bare_honorific(w: str) -> str:
    """An honorific of :data:`_PRONOUN_TITLES` without its pronoun: سموه → سمو، سماحته → سماحة."""
    return re.sub("ت$", "ة", re.sub("(?:ه|ها)$", "", w))


#: the honorifics of :data:`_PRONOUN_TITLES` without their pronoun: as a whole speaker phrase («ورفع سمو باسمه …», the
#: pronoun dropped) one stands for the person, as «سموه» does
_LONE_HONORIFICS = frozenset(_bare_honorific(w) for w in _PRONOUN_TITLES) - {"دولة"}


def pronoun_title(w: str) -> bool:
    """``w`` (normalised), a whole speaker phrase, is an honorific standing for a person named before: «سموه»، «معاليه»,
    or one of them without its pronoun (:data:`_LONE_HONORIFICS`)."""
    return w in _PRONOUN_TITLES or w in _LONE_HONORIFICS


#: honorifics before a name or a title (:data:`_PERSONAL_TITLES` and the bare honorifics of :data:`_PRONOUN_TITLES`;
#: not «دولة», a state)
_HONORIFICS = _PERSONAL_TITLES | {_bare_honorific(w) for w in _PRONOUN_TITLES} - {"دولة"}


def honorific_mention(text: str, sp, reach: int):
    """The phrase an honorific with a pronoun at ``sp`` («سماحته», «سموه») stands for: the last phrase within ``reach``
    characters before it that opens with the same honorific without its pronoun («سماحة مفتي عام المملكة الشيخ
    فلان», «صاحب السمو الملكي الأمير فلان», «لسمو أمير المنطقة»), read as a speaker phrase, or None (the honorific
    names the person it addresses; coding guide §4: mark that person's last mention before the match)."""
    w = _strip(text[sp[0]:sp[1]])
    bare = _bare_honorific(w) if w in _PRONOUN_TITLES else w if w in _LONE_HONORIFICS else ""
    if not bare or bare == "دولة":
        return None                     # («دولة» alone is a state)
    lo = max(0, sp[0] - reach)
    last = None
    for m in re.finditer(r"(?<!\S)(?:صاحب\s+ال|صاحبة\s+ال)?(" + bare + r")(?=[\s،,])", text[lo:sp[0]]):
        if _word_before(text, lo + m.start(), 20) not in ("مع", "الي", "لدي", "عن", "من", "علي", "بين", "و"):
            last = m                    # (not «لخادم الحرمين وسمو نائبه», «التقى مع سمو …»: whom, a list of them)
    if last is None:
        return None
    start = lo + last.start()
    np = _speaker_np(text, start, sp[0])
    if np is None or np[1] - np[0] <= len(bare) + 1:
        return None
    toks = list(_tokens(text, np[0], np[1]))
    norm = [_strip(t[2]) for t in toks]
    role = _role_end(norm)
    k = next((k for k in range(max(role, 1), len(norm)) if norm[k] in _SPEECH_SETTINGS or _possessed_object(norm[k])
              or norm[k].removeprefix("ال").startswith("تعاز") or _MASDAR.match(norm[k]) and norm[k] not in _SPEAKER_WORDS),
             None)                      # («ألقى سمو الأمير فلان كلمة …», «قدم معالي الوزير فلان التعازي», «ترأس …
    if k is None and len(norm) > max(role, 1) and norm[-1][:1] in "يت" and _possessed_object(_word_after(text, np[1], 30)):
        k = len(norm) - 1               # (the phrase ended before the object: «سمو الأمير يصدر | تعليماته»: the verb out)
    if k is not None:                   # الاجتماع», «سمو الأمير يصدر تعليماته»: the object of a verb no rule of saying read)
        k = k if not any(_possessed_object(w) for w in norm[role:k + 1]) else role
        return (np[0], _tok_end(toks[k - 1])) if k else None
    return _apposition(text, np, sp[0])
#: the personal titles and the ranks: words a person's name follows («الدكتور فلان»، «الرائد فلان»)
_NAME_TITLES = _PERSONAL_TITLES | _RANKS
#: media a speaker talks to («قال فلان لوكالة …»)
_MEDIA = frozenset("وكالة صحيفة قناة موقع اذاعة تلفزيون شبكة مجلة".split())
#: «بيان صادر عن …»: the issuer of a statement follows
_ISSUED = frozenset("صادر الصادر صادرة الصادرة صدر صدرت منسوب المنسوب".split())
_QUANTIFIERS = frozenset("عدد بعض احد احدي كثير كثيرون مجموعة جملة عشرات مئات العديد عديد الكثير العشرات المئات".split())
_CONNECTORS = frozenset("بن ابن بنت ال ابو ابي عبد ام ولد دي دو فان فون كي".split())


_MASDAR_RX = re.compile(r"^(?:ال)?(?:ت\w\wي\w|ا\wت\wا\w|ا\w\wا\w|است\w\wا\w|ان\w\wا\w)$")
#: «إلغاء، إلزام …»: masdars whose own first letters are ال (else «الجار» is ال + a three-letter noun)
_AL_MASDARS = frozenset("الغاء الزام القاء الحاق الحاح".split())


class _Masdar:
    """A verbal noun's shape (تفعيل، افتعال، إفعال، استفعال، انفعال: «انصياع»), not ال + a noun of three letters
    («الجار الله» is a name)."""

    @staticmethod
    def match(w: str) -> bool:
        return bool(_MASDAR_RX.match(w)) and not (len(w) == 5 and w.startswith("ال") and w not in _AL_MASDARS)


_MASDAR = _Masdar()
#: the verbal noun مفاعلة (محاسبة، مطالبة، مواصلة): after بـ it opens what is said, not who says it
_MUFAALA = re.compile(r"^م\wا\w\wة$")
#: مفاعلة nouns that name a place («مسؤول بمحافظة عدن»): part of who speaks
_MUFAALA_PLACES = frozenset("محافظة مقاطعة".split())


def _mufaala(w: str) -> bool:
    """``w`` (after its بـ) is a verbal noun مفاعلة (محاسبة، مطالبة), not a place (محافظة)."""
    return bool(_MUFAALA.match(w)) and w not in _MUFAALA_PLACES


def _trim_np(text: str, words: list) -> list:
    """:func:`_trim_words`, and nothing when what is left is the object of اتهم/وصف (:func:`_accused`); without the
    words no name ends on (:func:`_no_end`: «ووصف البروفيسور فلان ذلك بأنه …», «ونفى الحزب عقد أي لقاءات»)."""
    while len(words) > 1 and _no_end(_strip(text[words[-1][0]:words[-1][1]])):
        words = words[:-1]
    kept = _trim_words(text, words)
    if 1 < len(kept) < len(words) and _strip(text[kept[-1][0]:kept[-1][1]]) in ("هذا", "هذه", "هؤلاء", "ذلك", "تلك"):
        kept = kept[:-1]                   # «وصف المستشار | تلك الوسائل بـ…»: a demonstrative the cut left last opens
        #                                    the object (or is the speaker's genitive: «أصحاب [هذه المبادرة]»), never a name
    return [] if kept and _accused(text, kept, [_strip(text[s:e]) for s, e in kept], len(kept) < len(words)) else kept


#: demonstratives and particles a speaker phrase runs on into when the verb's object follows its subject, and the
#: emphatic ذاته/نفسه («وبحسب المصدر ذاته» is «المصدر», not a name «ذاته» after a role)
_END_WORDS = _DEMONSTRATIVES | frozenset("هذا هذه هؤلاء اي لا ذاته ذاتها ذاتهم نفسه نفسها نفسهم".split())


def _no_end(w: str) -> bool:
    """``w`` (normalised) ends no speaker's name: a demonstrative, particle or emphatic (:data:`_END_WORDS`,
    :data:`_NOT_HEADS`) or a preposition with a pronoun (:func:`_prep_pronoun`: «أحد منا»)."""
    return w in _END_WORDS or _function_word(w) or _prep_pronoun(w)


def _nisba_title(norm: list[str]) -> int:
    """A title no list holds, by its form: a definite feminine nisba noun of a person («الأخصائية», «الإعلامية») and
    its definite attributes («الاجتماعية»), before a word without the article that is no verbal noun (the name):
    their count, else 0."""
    if len(norm) < 2 or not norm[0].startswith("ال") or len(norm[0]) < 7 or not norm[0].endswith("ية") \
            or norm[0] in _SOURCE_ORGS or is_place(norm[0][2:]):
        return 0                           # (a masculine nisba is as often a family name: «قال المومني الحكومة …»)
    j = 1
    while j < len(norm) and norm[j].startswith("ال"):
        j += 1
    return j if j < len(norm) and not _MASDAR.match(norm[j]) and not norm[j].startswith(("بال", "لل")) else 0


#: broken plurals of people in the shape أفعال, never verbal nouns («وقال أصحاب المبادرة …»، «نفى أفراد الأسرة …»; not
#: «أبناء», as often whom a call addresses: «ودعت أبناء الشعب إلى …»)
_PEOPLE_AFAAL = frozenset("اصحاب افراد انصار اشخاص".split())


def _plural_of_people(text: str, words: list, norm: list[str]) -> bool:
    """A broken plural أفعال (الأطباء، الأكراد), which without hamzas has the letters of a verbal noun إفعال (الإفراج):
    a plural subject when its form without ال is a speaker word (الأطباء: أطباء), or when it stands alone before
    أن/إن, a colon or «الذين» («وقال الأكراد إن …», «الأكراد الذين …»: a verbal noun is no subject of what follows,
    and «الذين» follows people)."""
    w = norm[0]
    if w[:2] == "ال" and w[2:] in _SPEAKER_WORDS or w in _PEOPLE_AFAAL or w[2:] in _PEOPLE_AFAAL and w[:2] == "ال":
        return True
    return len(norm) == 1 and re.fullmatch(r"الا\w\wا\w", w) is not None and (
        _word_after(text, words[0][1], 12) in _COMPLEMENT | {"الذين"} or text[words[0][1]:words[0][1] + 3].lstrip()[:1] == ":")


def _trim_words(text: str, words: list) -> list:
    """Cut a noun phrase after its name: a title with its attributes, then a name of two words
    (two more per بن/أبو/آل/عبد) — «محافظ المدينة فلان الفلاني مزاعم …» ends at الفلاني."""
    norm = [_strip(text[s:e]) for s, e in words]
    if norm and _MASDAR.match(norm[0]) and norm[0] not in _SPEAKER_WORDS and not _plural_of_people(text, words, norm) \
            and not (len(norm) == 1 and _word_after(text, words[0][1], 12) in ("الذي", "التي")):
        return []                            # «أعلن تحرير …», «يشير تقديم …»: an object, not a subject (but a word
        #                                      without the article before الذي is a name: «وقال أكجاي الذي شهد …»)
    i = _role_end(norm) or _nisba_title(norm)
    if 0 < i < len(norm) - 1 and text[words[i][0]] in "«\"“" and _construct_head(norm[i - 1]):
        i += 1                               # «الرقيب في شرطة «الوادي» فلان الفلاني»: the body's name is the role's
    if i >= len(norm):
        return words
    if 0 < i and norm[0] in _SOURCE_ORGS and norm[0] not in _ROLE_WORDS and norm[i - 1].startswith("ال") \
            and (norm[i].endswith(("ة", "ات")) or norm[i + 1:i + 2] and norm[i + 1].startswith("ال")):
        return words[:i]                     # «منظمة التحرير الفلسطينية حكومةَ …»: a body takes no name after it
    allowed = 2 + 2 * sum(1 for w in norm[i:] if w in _CONNECTORS or w.startswith(("عبد", "ابو")))
    if i == 0 and norm and (norm[0] in _SOURCE_WORDS or norm[0] in _QUANTIFIERS):
        allowed = max(allowed, 4)            # «عدد من الأهالي»، «مصادر أمنية مطلعة»
    k = i + allowed
    titled = next((j for j in range(max(i, 1), len(norm) - 1) if norm[j] in _NAME_TITLES
                   and norm[j - 1] != "ال" and _name_word(norm[j + 1])), None)
    if titled is not None:                   # «المتحدث باسم أهالي المخطوفين، الشيخ فلان الفلاني», «مدير إدارة …
        k = max(k, titled + 1 + 2 + 2 * sum(1 for w in norm[titled + 1:] if w in _CONNECTORS))   # بمدينة الوادي
    #                                          المهندس فلان الفلاني»: a personal title never ends the phrase, its name does
    family = next((j for j in range(i, len(norm) - 1) if norm[j] == "ال"), None)
    if family is not None:
        k = min(k, family + 2)               # «… آل الشيخ»، «… آل خليفة»: the family name ends the name
    if k < len(norm) and norm[k].startswith("ال") and norm[k].endswith("ي") and len(norm[k]) > 4 \
            and not norm[k - 1].startswith("ال") and norm[k] not in _ROLE_WORDS:
        k += 1                               # «علي حسين الرفاعي»: a family name after two names
    return words[:k]


def _name_word(w: str) -> bool:
    """``w`` (normalised) may be the first word of a name after a personal title: no stop word, verb or number."""
    return bool(w) and w not in _NP_STOP and _verb_lemma(w) is None and not w.isdigit()


#: first names that look like a 3rd-person present verb («محمد يزيد», «عبدالله يحيى»)
_VERB_LIKE_NAMES = frozenset("يزيد يحيي يعقوب يسري يسرا يعرب يشجب يمامة".split())


#: verbs of saying whose first noun after them is their object when a بـ-phrase follows it («اتهم X بـ…»)
_ACCUSING = frozenset("اتهم وصف".split())


def _accused(text: str, words: list, norm: list[str], cut: bool = False) -> bool:
    """The noun phrase right after اتهم/وصف is its object, not its subject, when no title, body or source word
    opens it and a بـ-word follows it at once or after «لم …» («واتهم حماس بالإقدام …», «يصف خاله بأنه …», «اتهم جهات مسؤولة
    لم يحددها بالفساد»; not «ويتهم الجمهوريون إدارة فلان بأنها …»): the speaker is the one named before.  ``cut``:
    the phrase was trimmed before more words, so only a بال/بأن word or a verbal noun after it counts."""
    before = text[max(0, words[0][0] - 30):words[0][0]].split() if words else []
    if not before or _verb_lemma(before[-1]) not in _ACCUSING or norm[0] in _SPEAKER_WORDS or norm[0] in _PERSONAL_TITLES:
        return False                         # (a title, a body or a source speaks: «اتهمت منظمة دولية الجيش بـ…»)
    nxt = [_strip(t) for t in text[words[-1][1]:words[-1][1] + 80].split()[:3]]
    if nxt[:1] == ["لم"]:
        nxt = nxt[2:]
    if cut and nxt and not (nxt[0].startswith(("بال", "بان")) or _MASDAR.match(nxt[0][1:])):
        return False                         # the phrase was cut before a name: «تصف الشيف فلانة برويا …»
    if len(words) > 1 and nxt and _mufaala(nxt[0][1:]):
        return False                         # «واتهمت حماس إسرائيل بمحاولة …»: a subject and its object
    return bool(nxt) and nxt[0][:1] == "ب" and nxt[0] not in ("باسم", "بن")


def _role_only(text: str, words) -> bool:
    """True when the words so far are a title (vizier, president …) and its attributes only."""
    ws = [_strip(text[s:e]) for s, e in words]
    return bool(ws) and _role_end(ws) >= len(ws)


#: verbs of saying followed by the preposition على (أكد على، شدد على): «علي» after them is «on»
_ON_VERBS = frozenset("أكد شدد حث حرص ركز علق رد أثنى".split())


#: nouns that open what is said or a quantity, never a given name after «على/علي» («أكد على ضرورة …», «على كل …»)
_NOT_GIVEN = frozenset("عدم دور حق اهمية ضرورة كل جميع".split())


def _is_ali(text: str, end: int) -> bool:
    """«علي» (the name Ali, spelled like the preposition على once normalised) before a name:
    a family name in ال…ي («علي الأحمدي») or a word without the article («علي عبدالله»)."""
    nxt = text[end:end + 30].split()
    if not nxt:
        return False
    w = _strip(nxt[0])
    prev = _strip((text[max(0, end - 20):end].split() or ["", ""])[-2:][0])
    if w.endswith(("ها", "هم", "هما", "ته", "نا")):
        return False                                                   # «على صفحتها»
    family = w.startswith("ال") and w.endswith("ي") and len(w) > 4
    given = len(w) > 2 and not w.startswith("ال") and w not in _COMPLEMENT and not _MASDAR.match(w) \
        and w[:1] not in "بل" and w not in _NP_STOP and not w.endswith(("ة", "ات", "ية")) \
        and w not in _NOT_GIVEN
    if given and _verb_lemma(prev) in _ON_VERBS:                       # «أكد على خيار الدولتين»
        w2 = _strip(nxt[1]) if len(nxt) > 1 else ""                    # (but «أكد علي حسين فلان»)
        given = nxt[0][-1:] not in "،,.:" and len(w2) > 2 and (not w2.startswith("ال") or w2.endswith("ي")) \
            and w2 not in _NP_STOP and w2 not in _COMPLEMENT               # a family name: «… الرفاعي»
    return family or given


def _ali_after_title(text: str, end: int) -> bool:
    """After a personal title or a rank, «علي» ending at ``end`` is the name Ali when a name-like word follows:
    not a stop word, a complementiser, a word with a pronoun, a verbal noun or a noun of what is stressed
    («أكد الدكتور على ضرورة …» keeps the preposition)."""
    nxt = text[end:end + 30].split()
    if not nxt or text[end - 1:end] in "،,.:":
        return False
    w = _strip(nxt[0])
    return len(w) > 1 and w not in _NP_STOP and w not in _COMPLEMENT and not _MASDAR.match(w) \
        and not w.startswith(("بال", "لل")) and not w.endswith(("ها", "هم", "هما", "ته", "نا")) \
        and w not in _NOT_GIVEN and w not in ("ان", "راس", "هامش", "وجوب", "اهميه") \
        and w not in ("هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هذين", "هاتين", "نحو", "مدي", "خلفية", "اثر") \
        and (not w.startswith("ال") or w.endswith("ي") or w == "ال")


def split_speaker(name: str) -> tuple[str, str]:
    """``(speaker, role)`` of a speaker noun phrase: «وزير الخارجية الروسي سيرغي لافروف» →
    («سيرغي لافروف», «وزير الخارجية الروسي»).  The role is the title with its attributes
    (words with ال after a title or organisation word, «لشؤون …», «باسم …», «لدى …»); the name
    is what follows.  No name → ``(phrase, "")``.  Reads normalised words, returns ``name``'s own."""
    from ..text import normalize
    words = name.split()
    norm = [_strip(normalize(w, lower=True)) for w in words]
    cut = next((k for k in range(1, len(norm) - 1) if _in_setting(norm[k], norm[k + 1])), None)
    if cut is not None:                      # «الحركة في بيان نشرته»، «في تصريحه»: where it spoke, not who
        words, norm = words[:cut], norm[:cut]
        name = " ".join(words)
    end = min(_time_cut(words, norm), _addressee_cut(words, norm))
    if end < len(words):                     # «… اليوم الثلاثاء»، «… لـ«الصحيفة»»: when or to whom, not who
        words, norm = words[:end], norm[:end]
        name = " ".join(words)
    if norm and norm[0] in _GENERIC_SOURCES:
        return _clean(name), ""             # «مصدر مطلع»، «مصادر في مكتب الرئيس فلان»: the source, no name
    i = _role_end(norm)
    if i >= len(words):
        return _clean(name), ""
    opened = next((k for k in range(1, i) if words[k][:1] in _OPENERS and not words[k].rstrip(" ،,.:؛;")[-1:] in _CLOSERS), 0)
    if opened and words[-1].rstrip(" ،,.:؛;")[-1:] in _CLOSERS and not any(
            c in w for w in words[opened + 1:-1] for c in _OPENERS + _CLOSERS):
        return _clean(" ".join(words[opened:])), _clean(" ".join(words[:opened]))   # «منظمة "هيومن رايتس ووتش"»:
    #                                          a name in quotation marks that ends the phrase is cut nowhere inside
    i = _past_quoted_body(words, norm, i)    # «مدير قناة «الوادي» فلان»: the body's name is the role's
    if i >= len(words):
        return _clean(name), ""
    j = _apposed_title(norm, i)              # «فلان الفلاني مدير المسجد»: a title after the name
    t = next((k for k in range(len(norm) - 2, i - 1, -1) if norm[k] in _NAME_TITLES and norm[k - 1] not in _CONNECTORS
              and _name_word(norm[k + 1])), None) if i > 0 else None
    if t is not None and (t >= j or _no_head(norm[i]) or norm[i][:1] in "لب" or _NUMBER.match(norm[i])):
        i, j = t + 1, len(norm)              # «… لشركة مترو الواحة الدكتور فلان»، «المشرف العام على مستشفى الوادي
        #                                      الدكتور فلان»، «قائد الكتيبة 80 … العميد فلان» (a unit's number): the
        #                                      name after the last personal title
    role = " ".join(w for w in (_clean(" ".join(words[:i])), _clean(" ".join(words[j:]))) if w)
    return _clean(" ".join(words[i:j])), role


def _clean(part: str) -> str:
    """``part`` without punctuation at its ends, but with the closing mark of a quotation it opens
    («مدير قناة «الوادي»» keeps its last »), and without tatweel before a letter («المتحدث لـمركز …» and «… لمركز …» are one role),
    nor a bracket left without its pair («حسن) روحاني» → «حسن روحاني»)."""
    part = re.sub(r"ـ+(?=[^\W\d_])", "", part)      # (before a letter: «لـ«حزب …»» keeps its tatweel)
    out = part.strip(_PUNCT + " ")
    tail = part.rstrip(" ،,.:؛;")
    if tail[-1:] in "»”\"" and sum(out.count(c) for c in "«»“”\"") % 2:
        out += tail[-1]                      # («”» opens as often as «“» in the corpus: count all marks)
    elif sum(out.count(c) for c in "«»“”\"") == 1:
        out = re.sub(r"(\s*)[«»“”\"](\s*)", lambda m: " " if m.group(1) or m.group(2) else "", out).strip()
        #                                      «العم “فلان» (its closing mark outside the span): a stray mark
    elif tail.endswith(")") and out.count("(") > out.count(")"):
        out += ")"
    if out.count("(") != out.count(")"):     # «الرئيس (الإيراني حسن) روحاني»: a bracket split between role and name
        out = " ".join(re.sub(r"[()]", " ", out).split())
    return out


_OPENERS, _CLOSERS = "«“\"", "»”\""


def _past_quoted_body(words: list[str], norm: list[str], i: int) -> int:
    """Where the name starts when a body named in quotation marks after a construct head of the role
    (مدير، قناة، لحزب، باسم: :func:`_construct_head`; «مدير قناة «الوادي» فلان»، «رئيس تحرير صحيفة «…» فلان»)
    closes before the last word: after the (last such) quotation, the body belonging to the role;
    ``len(words)`` when no name follows it («وكالة «…» للأنباء»، «منظمة «…» المعارضة»: all a body); else ``i``.
    Not after a personal title, an ال-word or another word («الشيخ «فلان» …»، «الناشط "أبو فلان"»: the
    quotation is the name; «… مع «الصحيفة» على ذلك»), nor after a comma (a name before it: «الشاعر فلان،
    رئيس تحرير مجلة «…» …»)."""
    if i < 1:
        return i
    opened, start, nameless = None, i, False
    for k, tok in enumerate(words[:-1]):
        if tok.rstrip()[-1:] in "،,":
            break
        if opened is None and tok.lstrip("لبو")[:1] in _OPENERS:
            opened = k
        t = tok.rstrip(" .:؛;")
        if opened is not None and t[-1:] in _CLOSERS and len(t) > 1:
            prev = norm[opened - 1] if opened else ""
            prev = prev[1:] if prev[:1] in "لب" and prev[1:] in _SOURCE_ORGS else prev
            if k + 1 > start and _construct_head(prev) and prev not in _NAME_TITLES:
                nameless = not _name_after_body(norm[k + 1])
                start = start if nameless else k + 1
            opened = None
    return len(words) if nameless else start


def _name_after_body(w: str) -> bool:
    """The (normalised) word after a quoted body may start a person's name: not a title or body word,
    an ال-word, a verb, «لل…» or a word in ل… ة («لصناعة»، «للأنباء»: the body's attribute)."""
    if w in _NAME_TITLES:
        return True
    return _name_follows(" " + w, 0) and w not in _TITLE_WORDS and not (w[:1] == "ل" and w.endswith("ة"))


def _setting(w: str) -> bool:
    """A statement noun, bare or with a possessive pronoun (بيان، بيانه، تصريحها): where one spoke."""
    stem = re.sub(r"(?:ه|ها|هم|هما)$", "", w)
    return w in _SPEECH_SETTINGS or stem in _SPEECH_SETTINGS or stem[:-1] + "ة" in _SPEECH_SETTINGS


def _in_setting(prep: str, noun: str) -> bool:
    """«في/خلال + a statement noun» (في بيان، خلال تصريحه): the words ``prep`` ``noun`` name where one spoke."""
    return prep in ("في", "خلال") and _setting(noun)


#: addressees without a medium's name: «قال للصحافيين»
_TO_PRESS = frozenset("للصحافيين للصحفيين للاعلاميين للصحافة للمراسلين".split())


def _addressee_cut(words: list[str], norm: list[str]) -> int:
    """Where a speaker phrase runs into whom it spoke to, else ``len(words)``: «للصحافيين», a medium
    (لصحيفة، لوكالة …; not after a statement noun: «تقرير لقناة …»، «استطلاع آخر لشبكة …» are whose), or «لـ«…»» after a
    name or a source («مصادر محلية لـ«الصحيفة»»; right after a title, before or after the name, it may be
    the body: «فلان الرئيس التنفيذي لـ«…»» is kept)."""
    for k in range(1, len(words)):
        w = norm[k]
        medium = w[:1] == "ل" and w[1:] in _MEDIA and not any(x in _SOURCE_WORDS and x not in _GENERIC_SOURCES
                                                             for x in norm[:k])
        quoted = words[k].replace("ـ", "")[:2] in ("ل«", "ل»", 'ل"', "ل“", "ل”") or w == "ل" and k + 1 < len(words) \
            and words[k + 1][:1] in _OPENERS + "»”"
        if w in _TO_PRESS or medium or quoted and (norm[0] in _GENERIC_SOURCES or not any(
                norm[j] in _TITLE_WORDS and _role_end(norm[j:k]) >= k - j for j in range(k))):   # (not after a title)
            return k
    return len(words)


#: time adverbs: a speaker phrase ends before them («… اليوم الثلاثاء»، «… مساء أمس»)
_TIME_WORDS = frozenset("اليوم امس الامس البارحة السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعة".split())
#: parts of the day (and «يوم»): a time adverb only before a time word («صباح اليوم»; «صباح فلان» is a name)
_TIME_LEADS = frozenset("صباح مساء ظهر فجر عصر ليل ليلة يوم".split())


def _time_cut(words: list[str], norm: list[str]) -> int:
    """Where a speaker phrase runs into a time adverb (outside quotation marks, not after a medium's
    word: «صحيفة اليوم»، «روسيا اليوم» are names), else ``len(words)``."""
    depth, ascii_open = 0, False
    for k, (tok, w) in enumerate(zip(words, norm)):
        nxt = norm[k + 1] if k + 1 < len(norm) else ""
        prev = norm[k - 1] if k else ""
        time = w in _TIME_WORDS and (k or w != "اليوم") or w in _TIME_LEADS and nxt in _TIME_WORDS
        before = words[k - 1] if k else ""
        marked = any(c in words[k] for c in _OPENERS + _CLOSERS) or before.lstrip("لـ")[:1] in "«“”\"" \
            and before.rstrip(" ،,.:؛;")[-1:] not in _CLOSERS   # (after «لـ”عين»: the medium's name goes on)
        if time and depth <= 0 and not ascii_open and not marked and prev not in _MEDIA \
                and not (prev[:1] in "لب" and prev[1:] in _MEDIA):
            return k
        depth += sum(tok.count(c) for c in "«“") - sum(tok.count(c) for c in "»”")
        ascii_open ^= tok.count('"') % 2 == 1
    return len(words)


def _apposed_title(norm: list[str], i: int) -> int:
    """Where a title in apposition starts after the name that begins at ``i`` («أحمد سعدات الأمين العام
    للجبهة»، «فلان الفلاني أستاذ العلوم السياسية»، «فلان أحد أبناء …»), else ``len(norm)``: a title word
    (not after بن/عبد …) with an ال-word, لـ or في after it, or one that has the article itself."""
    for j in range(i + 1, min(len(norm), i + 5 + 2 * sum(w in ("بن", "ال") for w in norm[i:i + 5]))):
        w, nxt = norm[j], norm[j + 1] if j + 1 < len(norm) else ""
        third = norm[j + 2] if j + 2 < len(norm) else ""
        if norm[j - 1] in _CONNECTORS or norm[j - 1] == "عبد" or i == 0 and w in _PERSONAL_TITLES or \
                not w.startswith("ال") and nxt.startswith("ال") and nxt.endswith("ي") and j + 2 >= len(norm):
            continue                         # «عبد الأمير»، «محمد أمين الحسيني»: names
        if w in ("احد", "احدي") and nxt or w in _ROLE_WORDS and nxt and (
                w.startswith("ال") or nxt.startswith(("ال", "لل", "ل")) or nxt in ("في", "باسم")
                or nxt in _TITLE_WORDS or third.startswith("ال")):
            return j
    return len(norm)


#: indefinite sources: the words after them describe them («مصدر مطلع»); a name there is someone else's
_GENERIC_SOURCES = frozenset("""مصدر مصدرا مصادر مسؤول مسؤولا مسؤولون مسؤولين شهود ناشطون ناشطين نشطاء مراقبون مراقبين
خبراء سكان اهالي مسعفون مسعفين اطباء دبلوماسي دبلوماسيون دبلوماسيين""".split())


def _agent_title(norm: list[str]) -> int:
    """An agent noun with the article and its ال-adjectives before a name, read as a title
    («المصور المستقل فلان الفلاني», «المعلق فلان»): how many words (0 when not so)."""
    w = norm[0] if norm else ""
    if len(w) < 5 or not w.startswith("الم") or w.endswith(("ة", "ات", "ين", "ون")) or w in _NP_STOP:
        return 0
    i = 1
    while i < min(len(norm), 3) and norm[i].startswith("ال") and not norm[i].endswith(("ة", "ات")):
        i += 1
    rest = norm[i:i + 1]
    return i if rest and not rest[0].startswith(("ال", "لل")) and rest[0] not in _NP_STOP and len(rest[0]) > 2 \
        and _verb_lemma(rest[0]) is None and not rest[0].endswith(("ها", "هم", "هما", "ته")) \
        and not (rest[0][:1] in "بل" and len(rest[0]) > 4) \
        and not _MASDAR.match(rest[0]) else 0     # «المنتخب السعودي جاهزيته»: an object, no name


def _role_end(norm: list[str]) -> int:
    """How many of the (normalised) words are a title and its attributes (0: no title first).
    An ordinal before the title belongs to it («أول رئيس للجنة …»)."""
    key = tuple(norm)                     # (remembered: the same phrases come back for every verb)
    got = _ROLE_ENDS.get(key)
    if got is None:
        if len(_ROLE_ENDS) >= 1 << 16:
            _ROLE_ENDS.clear()
        got = _ROLE_ENDS[key] = _role_end_of(norm)
    return got


_ROLE_ENDS: dict[tuple, int] = {}
#: administrative units whose name follows them («مقاطعة شينكاي»، «ولاية زابل»): after a title, one word, known place or not
_UNITS = frozenset("مقاطعة ولاية اقليم محافظة".split())
#: «حاكم» (governor, ruler) is a title only before an indefinite noun («حاكم ولاية …», «حاكم مصرف …»), for it is a
#: first name too («النائب حاكم الفلاني»)
_GOVERNOR = frozenset(("حاكم", "حاكمة"))


def _role_end_of(norm: list[str]) -> int:
    titles = _TITLE_WORDS | _GOVERNOR if norm[:1] == ["حاكم"] or norm[:1] == ["حاكمة"] else _TITLE_WORDS
    if len(norm) > 1 and norm[0] in _ORDINALS and norm[1] in titles:
        return 1 + _role_end(norm[1:])
    if not norm or norm[0] not in titles and not (norm[0] == "امام" and norm[1:2] and norm[1] in _MOSQUE_WORDS) \
            or norm[0] in _GOVERNOR and (len(norm) < 3 or norm[1].startswith("ال")):
        return _agent_title(norm)                  # (but «إمام وخطيب المسجد …», «إمام مسجد …»: a title; «حاكم» before
        #                                            an indefinite noun, «حاكم ولاية …», «حاكم مصرف …», not the name «حاكم الفلاني»)
    i, adjective, chain = 1, False, False
    while i < len(norm):
        w, p = norm[i], norm[i - 1]
        p = p[1:] if p.startswith(("وال", "ولل")) else p                 # «الأوقاف والشؤون الدينية»
        after_adjective, adjective = adjective, False
        if _role_stops(norm, i, w, p):
            break
        body = norm[i - 2][1:] if i >= 2 and norm[i - 2][:1] in "لب" else norm[i - 2] if i >= 2 else ""
        if p in ("الملك", "الامير", "الشيخ", "الامام") and body in _ORG_WORDS and not body.startswith("ال") \
                and not w.startswith("ال") and i + 1 < len(norm):            # (not «وزير الخارجية الشيخ فلان»)
            i += 1 + (norm[i + 1:i + 2] == ["بن"] and i + 2 < len(norm))  # «مركز الملك سلمان للإغاثة»: a
            continue                                                  # body named after a king is one name
        construct = (p in titles or chain or p == "عام") and not p.startswith("ال") and p not in _PERSONAL_TITLES
        #                                                            وزير الخارجية، رئيس مجلس (not «د. فلان»)
        chain = False
        place = _place_len(norm, i) if construct or after_adjective else 0
        if place:
            i, chain = i + place, False                  # «جامعة تبوك»، «مفتي مصر»، «… جنوب السودان»: its place
            continue
        w = w[1:] if w.startswith(("وال", "ولل")) or (w[:1] == "و" and w[1:] in titles) else w
        w = w[1:] if w[:1] in "بل" and w[1:] in titles and not w.startswith("ال") else w   # بمديرية، لهيئة
        if w in _ISSUED and norm[i + 1:i + 2] in (["عن"], ["من"]) and i + 2 < len(norm):
            return i + 2                                             # بيان صادر عن: the issuer follows
        if (w in ("سابقا", "حاليا", "حينها", "انذاك") or (w == "اية" and norm[i + 1:i + 2] == ["الله"])) \
                and i + 2 < len(norm):
            i += 1 + (w == "اية")                                    # رئيس الأركان سابقا، آية الله
            continue
        if w in _ORG_WORDS and w == norm[i] and not w.startswith("ال") and p.startswith("ال") \
                and norm[0] in _ORG_WORDS and norm[0] not in _ROLE_WORDS:
            break                                                    # «منظمة التحرير الفلسطينية حكومةَ …»: the object
        step = _role_step(norm, i, w, p, construct, after_adjective)
        if step is None:
            break
        i, chain, adjective = i + step[0], step[1], step[2]
    return i


#: ordinals before a title («أول رئيس للجنة …», «ثاني أمين عام …»)
_ORDINALS = frozenset("اول اخر ثاني ثالث".split())


def _role_stops(norm: list[str], i: int, w: str, p: str) -> bool:
    """The title ends before word ``i``: «في بيانه»، «خلال تصريح» (where it spoke, not who:
    :func:`_setting`), or a name after a personal title («اللواء الغامدي»)."""
    if norm[i + 1:i + 2] and _in_setting(w, norm[i + 1]):
        return True
    return p in _PERSONAL_TITLES and w.startswith("ال") and w not in _TITLE_WORDS and w not in _PERSONAL_TITLES \
        and not w.startswith("الركن") and not (w.startswith("الم") and not w.endswith("ي")) \
        and not (norm[i + 1:i + 2] and (norm[i + 1] in _TITLE_WORDS or norm[i + 1] in _PERSONAL_TITLES))


def _role_step(norm: list[str], i: int, w: str, p: str, construct: bool, after_adjective: bool):
    """How word ``i`` (``w``, after ``p``) goes on the title: ``(words taken, chain, adjective)`` — a
    construct chain goes on after an indefinite title word, an adjective after a title — or None: it ends."""
    titles = _TITLE_WORDS
    nxt = norm[i + 1] if i + 1 < len(norm) else ""
    if p == "امام" and w in ("وخطيب", "خطيب"):
        return 1, True, False                                        # إمام وخطيب المسجد …
    if w in titles or w in ("باسم", "عام", "of", "the", "for") or (w.startswith("ال") and (
            construct or p in titles or p.startswith(("ال", "لل", "ل")) or p in ("باسم", "عام"))):
        return 1, w in titles and not w.startswith("ال"), False
    if p == "باسم" and nxt.startswith("ال") and w.isalpha() and _verb_lemma(w) is None and i + 2 < len(norm) \
            and not norm[i + 2].startswith("ال") and _name_word(norm[i + 2]) and not _MASDAR.match(norm[i + 2]) \
            and not re.fullmatch(r"ان\w\wا\w", norm[i + 2]):
        return 1, True, False                                        # المتحدث باسم نادي النهر سامر: «باسم» takes a
        #          noun in construct, listed or not, when a name follows (not «حث الناطق باسم فتح الدول …» nor «أكد متحدث
        #          باسم خفر السواحل انقلاب القارب»: the object, a noun or a verbal noun)
    if construct and p in _UNITS and not w.startswith("ال") and w not in _ROLE_WORDS and w not in _ORG_WORDS \
            and not _verb_lemma(w):
        return 1, False, False                                       # حاكم مقاطعة شينكاي: the unit's name, one word
    if construct and not w.startswith("ال") and w not in _ROLE_WORDS and (w in _ORG_WORDS or nxt.startswith("ال")
                                                                       or _place_len(norm, i + 1) or w in _UNITS):
        return 1, True, False                                        # وكيل إمارة منطقة الباحة، وزير شؤون الشرق
    if construct and p in _ORG_WORDS and not w.startswith("ال") and len(norm) - i >= 3:
        return 1, False, False                                       # حركة حماس فلان الفلاني: the org's name
    if w.startswith("لل") or (w[:1] == "ل" and nxt.startswith("ال")):
        return 1, False, False                                       # المفوض الأوروبي لشؤون التوسيع
    if not p.startswith("ال") and (p in titles and p not in _PERSONAL_TITLES or after_adjective) and \
            w.endswith(("ي", "ية", "ة", "ون", "ين")) and not w.startswith("ال") and len(w) > 3:
        return 1, False, True                                        # مصادر محلية، مسؤول أمريكي
    if w in _TITLE_ADJECTIVES:
        return 1, False, False                                       # محافظ نينوى السابق: it agrees with the title
    if w in ("لدي", "في", "in", "to") and i + 1 < len(norm) and (i + 2 < len(norm) or i > 1):
        two = i + 3 < len(norm) and is_place(" ".join(norm[i + 1:i + 3]))
        return 2 + two, False, False                                 # السفير الروسي لدى إسرائيل، … في جنوب السودان
    return None


def _place_len(norm: list[str], i: int) -> int:
    """The words of a place that starts at word ``i``: 1 («مصر»), 2 («جنوب السودان»), or 0."""
    if i >= len(norm):
        return 0
    return 1 if is_place(norm[i]) else 2 if i + 1 < len(norm) and is_place(norm[i] + " " + norm[i + 1]) else 0


#: adjectives that agree with a title, wherever they stand after it (after a place: «محافظ نينوى السابق»)
_TITLE_ADJECTIVES = frozenset("""السابق السابقة الاسبق الاسبقة الحالي الحالية الجديد الجديدة المكلف المكلفة العام
العامة المساعد المساعدة المناوب المناوبة المؤقت المؤقتة المنتخب المنتخبة المقال المقالة المستقيل المستقيلة
الفخري الفخرية بالانابة بالوكالة""".split())
#: nouns that name a source of information (the object of بحسب / وفقا لـ)
_SOURCE_WORDS = frozenset("""
مصادر مصدر وكالة صحيفة صحف تقارير تقرير بيان بيانات مسؤولين مسؤول مسؤولون شهود ناشطين ناشطون مراقبين خبراء
احصاءات احصائيات ارقام تقديرات معلومات وسائل موقع قناة اذاعة التلفزيون تلفزيون شبكة مجلة سكان اهالي روايات رواية
مصادر ما المصادر رويترز واس اطباء مسعفين سلطات السلطات نشطاء تصريحات تصريح مصدرا
نص النص وثيقة الوثيقة دراسة الدراسة رسالة مذكرة شهادة شهادات استطلاع الصحيفة الوكالة
حصيلة الحصيلة معطيات رصد احصائية احصائيات سجلات ارقام توقعات
""".split())
#: the head words of a speaker noun phrase (title, organisation or source), of a named source and of
#: a title (_role_end), built once here rather than as a union on every call
#: where a statement was made («في بيان»، «خلال مؤتمر»): never part of who made it
_SPEECH_SETTINGS = frozenset("حديث حوار خطبة بيان تصريح تصريحات مقابلة مؤتمر تغريدة كلمة لقاء رسالة خطاب".split())
_SPEAKER_WORDS = _ROLE_WORDS | _ORG_WORDS | _SOURCE_WORDS
_TITLE_WORDS = _ROLE_WORDS | _ORG_WORDS
_SOURCE_ORGS = _ORG_WORDS | _SOURCE_WORDS


def _next_close(text: str, s: int, reach: int, marks: str = "»\"”“") -> int:
    """The first closing mark (one of ``marks``) in ``text[s + 1:s + reach]``, or -1."""
    return min([i for i in (text.find(c, s + 1, s + reach) for c in marks) if i > 0] or [-1])


def _quoted_name(text: str, s: int) -> bool:
    """A short quotation followed by a colon or أن: a name in quotes inside the subject
    («قالت المحامية «فلانة الفلانية»: إن …»), not the speech itself."""
    close = _next_close(text, s, 50)
    if close < 0 or len(text[s:close].split()) > 4:
        return False                   # five words or more: the speech itself
    after = text[close + 1:close + 30].lstrip()
    nxt = [_strip(w) for w in after.split()[:2]]
    if len(nxt) == 2 and nxt[0] in ("في", "خلال", "اثناء") and _setting(nxt[1]) and _name_like(text[s + 1:close]):
        return True                    # «وأضاف “فلان” خلال حواره …», «وقال "تجمع …" في بيان …»
    if nxt and nxt[0] in _LEAD_ADVERBS:
        nxt = nxt[1:]                  # «وتشير «الفتوى» أيضا إلى أن …»: an adverb, then what the subject does
    if nxt and nxt[0] in _TIME_WORDS:
        nxt = [_strip(w) for w in after.split()[1:2]] or nxt      # «… «فلان» أمس، أن …»: the word after the day
        if nxt[0] not in _COMPLEMENT:
            return False
    if nxt and _opens_clause(text, s) and _quoted_subject(text[s + 1:close], nxt[0]):
        return True                    # «وأعرب "فلان" عن …», «ورفع "فلان" صادق تعازيه»
    return after[:1] in ":،," or (nxt[0] if nxt else "") in _COMPLEMENT


#: words that open what a subject named in quotation marks does right after the verb: «وأعرب "فلان" عن …»
_AFTER_QUOTED_SUBJECT = frozenset("عن الي علي صادق خالص بالغ عميق تعازي التعازي تعازيه بالتعازي".split())


def _opens_clause(text: str, s: int) -> bool:
    """The word before ``s`` opens a clause: it has و/ف or follows a sentence start, a comma or a line break
    («وأعرب "فلان"», «، تابع "فلان"»; not «بحسب ما نقلت «الصحيفة»», where an attribution goes on)."""
    head = text[max(0, s - 30):s].rstrip()
    prev = head.split()[-1] if head.split() else ""
    before = head[:len(head) - len(prev)].rstrip()
    return bool(prev) and (prev[:1] in "وف" or not before or before[-1:] in ".،,:؛\n!؟")


def _quoted_subject(quoted: str, nxt: str) -> bool:
    """One or two name-like words in quotation marks right after a verb, followed (``nxt``, normalised) by the
    verb's preposition, a condolence word or a noun with a possessive pronoun: the subject named in quotes
    (an outlet's habit: «وأعرب "فلان" عن …», «وقدم "فلان" تعازي …», «تابع "فلان" هجومه …»), not a short quotation."""
    words = quoted.split()
    if 2 < len(words) <= 4 and nxt in _COMPLEMENT and _strip(words[0]) in _SPEAKER_WORDS and _name_like(quoted):
        return True                    # «وأعلنت «اللجنة الوطنية للإغاثة» أمس، أن …»: a body named in quotes
    return 1 <= len(words) <= 2 and _name_like(quoted) and (
        nxt in _AFTER_QUOTED_SUBJECT or nxt in _COMPLEMENT or _possessed_object(nxt))


def _name_like(quoted: str) -> bool:
    """Words in quotation marks that may be a name or a body: no stop word, verb, complementiser or
    negation in them («لن نتراجع» is speech)."""
    words = [_strip(w) for w in quoted.split()]
    return bool(words) and not any(not w or w in _NP_STOP or w in _COMPLEMENT or _verb_lemma(w) is not None
                                   or w in ("لا", "لن", "لم", "نحن", "انا") for w in words)


#: words that open no speaker's phrase (normalised, without و/ف): particles, conjunctions, interrogatives and
#: adverbs («كيف»، «كما»، «ولذلك»، «هكذا»، «نعم»); a phrase may hold them further on, where it ran on past its name
#: («الحركة دون إسهاب»: the subject is still there).  Not the demonstratives: «هذه المصادر» is a source named again
_NOT_HEADS = frozenset("""كيف كلما لو لا لذا لذلك لان لانه لانها اذا عندما حينما منذ مما هل هنا هكذا هناك نعم كما
غير بينما فيما حتي ليس لم لن قد لقد فقد ثم لكن لكنه لكنها اما اي يا انا نحن انت انتم""".split())
#: the finite forms of كان: alone, no one («وكانوا قد تحدثوا»، «كنت»); before a noun its subject follows («وكانت بريطانيا»)
_KANA = frozenset("كان كانت كنت كنا كانوا يكون تكون اكون نكون".split())
#: a preposition or أن with a pronoun suffix («منهم»، «بهن»، «معك»، «فإني»، «خلالها»، «منا»; not «مني», a name, nor «كي», «لي»)
_PREP_PRONOUN = re.compile(r"^(?:ب|ل|من|عن|علي|الي|في|مع|عند|لدي|بين|ان|لان|خلال|حول|امام|ضد|دون)"
                           r"(?:ه|ها|هم|هن|هما|ني|نا|ك|كم|كن)$|^(?:منا|عنا|عني)$")


def agent(text: str, sp) -> bool:
    """The speaker phrase ``text[sp[0]:sp[1]]`` may name someone who speaks (a person, an office, a body, a medium,
    a document): its first word, with or without و/ف, is no particle, conjunction or demonstrative
    (:data:`_NOT_HEADS`), no title, body or honorific with a preposition («رحب فيها بسمو الأمير»: whom; :func:`_with_preposition`),
    no preposition or أن with a pronoun («وطلبت منهم أن …»، «وسمى … اللواتي يطالب بهن
    وبينهن …»: the object) and not a form of كان standing alone («وكانوا قد تحدثوا»، «كنت»).  A phrase that
    fails names no speaker: the speech takes the one named before, as a verb without a subject does (coding guide §4).
    A preposition with a pronoun before a name or a title is the verb's object put first: the name after it speaks
    («ويرى فيهم المدرب فلان …»), so it fails only alone, before another such word or before an ال-word that is no
    title, body or source word («وطلبت منكم الاهتمام …»).  Nor does a phrase that opens with a thing or a manner
    (:func:`_thing`: «أضافت أزمة جديدة …»، «وأردفت بشيء من الانفعال»), nor one whose first word no subject can
    be (:func:`_no_head`: a preposition, a number in %, a plural verb: «وعن مشاريعها قالت»، «وقال 35% إنهم …»), nor a number alone."""
    words = [_strip(t) for t in text[sp[0]:sp[1]].split()]
    return bool(words) and not (_function_word(words[0]) or _with_preposition(words[0]) or _thing(words[0])
                                or _governed(words[0]) or _no_head(words[0])
                                or len(words) == 1 and _NUMBER.match(words[0])
                                or _prep_pronoun(words[0]) and (
        len(words) == 1 or _prep_pronoun(words[1]) or _function_word(words[1])
        or words[1].startswith("ال") and words[1] not in _SPEAKER_WORDS and words[1] not in _PERSONAL_TITLES)
        or len(words) == 1 and _bare(words[0]) in _KANA)


#: heads that name a state, an event or a piece of content, never one who speaks («أضافت أزمة جديدة إلى …»، «يرى فيه
#: خطرا»، «ومما يؤكد صحة الرواية»), and the nouns of a manner adverbial after بـ («وأردفت بشيء من الانفعال:»)
_THINGS = frozenset("""ازمة جريمة شائعات تفاصيل خطر خطرا اهتمام اهتماما هول حقيقة اهمية ضرورة
ظاهرة مقولة""".split())
_MANNERS = frozenset("شيء نبرة صوت لهجة لغة حماس حماسة غضب انفعال حزن ثقة شكل صورة طريقة".split())


def _thing(w: str) -> bool:
    """``w`` (normalised, with or without و/ف and ال) heads no speaker: :data:`_THINGS`, or بـ + :data:`_MANNERS`."""
    w = _bare(w)
    w = w[2:] if w.startswith("ال") and len(w) > 4 else w
    return w in _THINGS or w[:1] == "ب" and w[1:] in _MANNERS


#: prepositions that open no subject, bare or with و/ف («وعن راموس قال»، «وحول المشاريع أشار»; not علي nor دون, also names)
_OPENING_PREPOSITIONS = frozenset("عن في من الي مع حول عبر خلال عند لدي بين منذ ضد".split())
#: a number: alone, or a share in % first («وقال 35% إنهم …»: those polled), it names no one («وقال 3 مسؤولين» does)
_NUMBER = re.compile(r"^[\d٠-٩][\d٠-٩.,٫]*[%٪]?$")
#: a past verb of the shapes افتعلوا/انفعلوا/استفعلوا («اختاروا»، «انتظروا»): a verb, not a name
_PLURAL_VERB = re.compile(r"^ا\w{3,}وا$")


def _no_head(w: str) -> bool:
    """``w`` (normalised, with or without و/ف) can open no subject: a preposition (:data:`_OPENING_PREPOSITIONS`),
    و/ف + بـ/كـ + ال + a noun («وبالفعل»: an adverbial; without و it may be a name, «بالوتيلي»), ما («ما يؤكده
    فلان»: what he says, a clause), a share in % (:data:`_NUMBER`) or a plural past verb (:data:`_PLURAL_VERB`)."""
    b = w[1:] if w[:1] in "وف" and len(w) > 2 else w
    return b in _OPENING_PREPOSITIONS or w in _OPENING_PREPOSITIONS or "ما" in (b, w) \
        or w[:1] in "وف" and len(b) > 5 and b[:3] in ("بال", "كال") or bool(_NUMBER.match(w)) and w[-1] in "%٪" \
        or bool(_PLURAL_VERB.match(b))


def _governed(w: str) -> bool:
    """``w`` (with or without و/ف) is a noun in a preposition phrase, never a subject: لل + a definite noun («للوزير»:
    to whom), or بـ/لـ/كـ + a quantifier («بإحدى الشركات»، «لجميع»، «بكل»)."""
    w = _bare(w)
    return len(w) > 4 and w.startswith("لل") or w[:1] in "بلك" and (w[1:] in _QUANTIFIERS or w[1:] in _ALL)


#: «جميع/كل/مختلف …» after a preposition (with :data:`_QUANTIFIERS`)
_ALL = frozenset("جميع كل مختلف كافة".split())
def _with_preposition(w: str) -> bool:
    """``w`` is a title, body, source or honorific word with بـ/لـ/كـ glued to it («بسمو أمير المنطقة»، «بقيادة الرئيس»،
    «للوزير»): the verb's object or addressee («رحب فيها بسمو الأمير»), never its subject."""
    rest = "ال" + w[2:] if w[:2] == "لل" else w[1:] if w[:1] in "بلك" else ""
    return len(rest) > 2 and (rest in _SPEAKER_WORDS or rest in _HONORIFICS or rest in _MEDIA
                              or rest in _GENERIC_SOURCES)                   # (سمو, an honorific: بسمو الأمير)


def _bare(w: str) -> str:
    """``w`` without its و/ف when at least three letters stay («وعندما» → «عندما»; «ولي» and «فلان», a word, stay)."""
    return w[1:] if w[:1] in "وف" and len(w) > 3 and w != "فلان" else w


def _function_word(w: str) -> bool:
    return w in _NOT_HEADS or _bare(w) in _NOT_HEADS


def _prep_pronoun(w: str) -> bool:
    return any(_PREP_PRONOUN.match(x) and x != "مني" for x in (w, _bare(w)))
