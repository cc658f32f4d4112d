"""Whose voice a word is in: the outlet's own (``own``), quoted (``quoted``) or reported (``reported``).

All rules read the normalised field (``normalize(..., lower=True)`` keeps every
quotation mark, colon and line break, with the same offsets).  ``voice_spans(norm)``
returns a :class:`Voices` object; ``Voices.at(pos)`` gives ``(voice, speaker, verb)``
for a match starting at ``pos``: ``speaker`` is ``(start, end)`` in ``norm`` or None.

* ``quoted``: inside quotation marks (:func:`quote_spans`), and the statement of a
  «Speaker: statement» headline (:func:`headline_span`).
* ``reported``: indirect speech and attribution without quotation marks
  (:func:`speech_events`): a verb of saying followed in its clause by أن/إن/بأن or a
  colon, to the end of the sentence; a verb of saying put after its statement
  («…، قال الوزير.»); attribution phrases (بحسب، وفقا لـ، نقلا عن …) for their
  sentence; reported naming («ما وصفه … بـ…», «so-called …»); English said/told/according to.
* everything else is ``own``.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from functools import lru_cache

__all__ = ["quote_spans", "reported_spans", "headline_span", "headline_speaker", "voice_spans", "voice_at",
           "speech_events", "sentence_bounds", "split_speaker", "rubrics", "is_place", "Voices",
           "HEADLINE_RUBRICS"]

# ---------------------------------------------------------------------------------------- sentences

_SENT_END = re.compile(r"(?<![\s(.][\u0621-\u064a])(?<!^[\u0621-\u064a])[.!?؟]+(?=[\s\"'»”“’)\]]|$|[\u0621-\u064a])"
                       r"|(?<=[\s(.][\u0621-\u064a])[!?؟]+|\n|…")   # not after a one-letter abbreviation (د.ب.أ، م.)
#: longest sentence the rules look at (characters): a run-on without punctuation is cut here
MAX_SENTENCE = 600


def sentence_bounds(text: str) -> list[int]:
    """Sorted offsets where sentences end (just after . ! ? ؟ … or at a line break); the dots of
    abbreviations («د. فلان», «أ.د», «(د.ب.أ)», «(اتش.اي.في)») end nothing."""
    return [m.end() for m in _SENT_END.finditer(text) if not _abbreviation(text, m)]


def _abbreviation(text: str, m) -> bool:
    """A single dot after a one-letter word («د.», «م.») or between short letter groups with no
    space («د.ب.أ», «U.S.»): an abbreviation, not a sentence end."""
    i = m.start()
    if m.end() - i != 1 or text[i] != "." or i == 0 or not text[i - 1].isalpha():
        return False
    if i < 2 or not text[i - 2].isalnum():
        return True                                      # «د. القحطاني», «أ.د»
    j = i + 1
    while j < len(text) and text[j].isalpha():
        j += 1
    return 0 < j - i - 1 <= 3 and (j - i - 1 <= 2 or text[j:j + 1] in ".()")   # «اتش.اي.في)»


def _sentence(text: str, bounds: list[int], pos: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence holding ``pos``."""
    i = bisect.bisect_right(bounds, pos)
    start = bounds[i - 1] if i > 0 else 0
    end = bounds[i] if i < len(bounds) else len(text)
    return start, end


# ------------------------------------------------------------------------------------ quotation marks

_QUOTE_CHARS = re.compile("[«»“”„‟\"‘’'‹›《》]")
_COLON_PAREN = re.compile(r":\s*\((?=\S)")
_PAIRS = {"«": "»", "“": "”", "„": "“”", "‟": "”", "‹": "›", "《": "》", "‘": "’"}
#: longest quotation (characters) a pair of marks may hold; a mark with no closer nearer stays unpaired
MAX_QUOTE = 1500
_CLITIC = set("وفبلك")


def _opens(text: str, pos: int) -> bool:
    """A mark that can open a quote: after a space, punctuation or a one-letter clitic; before a letter."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if after.isspace():
        return False
    if not before.isalnum():
        return True
    return before in _CLITIC and (pos < 2 or not text[pos - 2].isalnum())


def _closes(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans inside quotation marks (marks included), outermost quotes only.

    Marks pair within one paragraph and at most :data:`MAX_QUOTE` characters; « » ‹ › 《 》
    pair by direction (also typed reversed, » … «), “ ” „ ‟ ‘ ’ and the ASCII " ' by position:
    an opener stands after a space or clitic and before a letter, a closer after a letter.
    A mark that finds no closer is given up on (a single ' is an apostrophe), except an
    opener right after a colon or at a paragraph start, which quotes to its sentence end.
    """
    spans: list[tuple[int, int]] = []
    if ":" in text and "(" in text:
        for m in _COLON_PAREN.finditer(text):         # «قال تعالى: ( … )»: a quotation in brackets
            close = text.find(")", m.end(), m.end() + MAX_SENTENCE)
            if close > 0 and "\n" not in text[m.end():close]:
                spans.append((m.end() - 1, close + 1))
    if "((" in text:
        for m in re.finditer(r"\(\([^()\n]{3,%d}\)\)" % MAX_QUOTE, text):   # (( … )): a verse or a quotation
            spans.append(m.span())
    if "{" in text:
        for m in re.finditer(r"\{[^{}\n]{3,%d}\}" % MAX_QUOTE, text):   # {…}: Quran and quotations
            spans.append(m.span())
    marks = [(m.start(), m.group()) for m in _QUOTE_CHARS.finditer(text)]
    k = 0
    used_until = -1
    while k < len(marks):
        pos, ch = marks[k]
        if pos < used_until:
            k += 1
            continue
        close = _find_close(text, marks, k)
        if close is not None:
            spans.append((pos, close + 1))
            used_until = close + 1
        elif ch not in "'‘’" and _opens(text, pos) and _introduced(text, pos):
            end = _sentence_end(text, pos + 1)
            spans.append((pos, end))
            used_until = end
        k += 1
    return _merge(spans)


def _merge(spans: list) -> list:
    """Sorted spans with overlapping ones joined (outer quotes cover inner ones)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _sentence_end(text: str, pos: int) -> int:
    stop = min(len(text), pos + MAX_SENTENCE)
    m = _SENT_END.search(text, pos, stop)
    while m and _abbreviation(text, m):
        m = _SENT_END.search(text, m.end(), stop)
    return m.end() if m else stop


def _introduced(text: str, pos: int) -> bool:
    """An unclosed opener right after a colon, a complementiser (قال إن «…), a verb of saying
    with or without its subject (وأكد المصدر "…), or at a paragraph start."""
    head = text[max(0, pos - 30):pos].rstrip()
    if not head or head.endswith((":", "\n")):
        return True
    words = head.split()
    last = _strip(words[-1]) if words else ""
    if last in _COMPLEMENT and last != "that" or _verb_lemma(words[-1]) is not None:
        return True
    return any(_verb_lemma(w) is not None for w in words[-3:]) and not any(c in "،,.؛" for c in head[-20:])


def _loose_open(text: str, pos: int) -> bool:
    """A double mark followed by a space that still opens a quotation: right after a colon or
    a complementiser («وأضاف: ” الناس …”», «أن ” عدد …”»)."""
    if pos + 1 >= len(text) or not text[pos + 1].isspace() or not text[pos + 2:pos + 3].strip():
        return False
    head = text[max(0, pos - 12):pos].rstrip()
    words = head.split()
    return head.endswith(":") or (bool(words) and _strip(words[-1]) in _COMPLEMENT and words[-1][-1:] not in "،,.")


def _find_close(text: str, marks: list, k: int) -> int | None:
    pos, ch = marks[k]
    limit = text.find("\n", pos)
    limit = min(len(text) if limit < 0 else limit, pos + MAX_QUOTE)
    if ch in "«‹《»›》":
        rev = {"«": "»", "»": "«", "‹": "›", "›": "‹", "《": "》", "》": "《"}[ch]
        if ch in "»›》" and not (_opens(text, pos) or _loose_open(text, pos)):
            return None
        depth = 0
        after_colon = ch in "»›》" and text[max(0, pos - 2):pos].strip().endswith(":")
        for p, c in marks[k + 1:]:
            if p >= limit:
                return None
            if c == ch and depth == 0 and after_colon and _closes(text, p) and text[p - 1] not in "»«:":
                return p           # «قائلا:»نتابع …».»: a reversed opener closed by the same mark
            if c == ch:
                depth += 1
            elif c == rev:
                if depth == 0:
                    return p
                depth -= 1
        return None
    single = ch in "'‘’"
    glued = not single and pos + 1 < len(text) and text[pos + 1].isalnum()    # اسم"عنوان الفيلم"
    loose = not single and not glued and _loose_open(text, pos)
    if not _opens(text, pos) and not glued and not loose:
        return None
    for p, c in marks[k + 1:]:
        if p >= limit:
            return None
        if (c in "'‘’") != single:
            continue
        if c == ch or c in _PAIRS.get(ch, "") or (ch in "”“" and c in "”“") or (loose and c in "”“\""):
            if _closes(text, p) or (not single and p > 0 and not text[p - 1].isspace()):
                return p           # a double mark after a letter closes, even glued to the next word
            if not single and text[p + 1:p + 2] in ".،,؛;:!?؟)" and text[p + 1:p + 2]:
                return p           # «… لحظة ".»: a spaced mark before a full stop closes too
            if not single and _opens(text, p):
                return None        # the next mark opens a new quote: ours never closed
    return None


# ------------------------------------------------------------------------------------ verbs of saying

# (past 3rd masc. sg., imperfect stem without its prefix, active participle stem), normalised
_VERBS = [
    ("قال", "قول", "قايل"), ("اكد", "ؤكد", "مؤكد"), ("اوضح", "وضح", "موضح"), ("اضاف", "ضيف", "مضيف"),
    ("اشار", "شير", "مشير"), ("لفت", "لفت", "لافت"), ("ذكر", "ذكر", "ذاكر"), ("صرح", "صرح", "مصرح"),
    ("اعتبر", "عتبر", "معتبر"), ("راي", "ري", ""), ("نفي", "نفي", "نافي"), ("حذر", "حذر", "محذر"),
    ("زعم", "زعم", "زاعم"), ("ادعي", "دعي", "مدعي"), ("اعلن", "علن", "معلن"), ("شدد", "شدد", "مشدد"),
    ("طالب", "طالب", "مطالب"), ("كشف", "كشف", "كاشف"), ("تابع", "تابع", "متابع"), ("افاد", "فيد", "مفيد"),
    ("بين", "بين", "مبين"), ("نوه", "نوه", "منوه"), ("اردف", "ردف", "مردف"), ("استطرد", "ستطرد", "مستطرد"),
    ("استدرك", "ستدرك", "مستدرك"), ("اعترف", "عترف", "معترف"), ("اقر", "قر", "مقر"), ("رجح", "رجح", "مرجح"),
    ("توقع", "توقع", "متوقع"), ("ابلغ", "بلغ", "مبلغ"), ("اخبر", "خبر", "مخبر"), ("نقل", "نقل", "ناقل"),
    ("اورد", "ورد", "مورد"), ("كتب", "كتب", "كاتب"), ("غرد", "غرد", "مغرد"), ("علق", "علق", "معلق"),
    ("اعرب", "عرب", "معرب"), ("لاحظ", "لاحظ", "ملاحظ"), ("اعتقد", "عتقد", "معتقد"), ("نبه", "نبه", "منبه"),
    ("ختم", "ختم", "مختتم"), ("افصح", "فصح", "مفصح"), ("اتهم", "تهم", "متهم"),
    ("دعا", "دعو", "داعي"), ("ناشد", "ناشد", "مناشد"), ("ادان", "دين", "مدين"), ("استنكر", "ستنكر", "مستنكر"),
    ("ندد", "ندد", "منددي"), ("استهجن", "ستهجن", "مستهجن"), ("وصف", "صف", "واصف"), ("ثمن", "ثمن", "مثمن"),
    ("عزي", "عزي", "معزي"), ("سال", "سال", "سايل"), ("ابدي", "بدي", "مبدي"), ("اوصي", "وصي", "موصي"),
    ("اقترح", "قترح", "مقترح"), ("روي", "روي", "راوي"), ("تحدث", "تحدث", ""),
    ("تطرق", "تطرق", "متطرق"), ("عبر", "عبر", "معبر"), ("هدد", "هدد", "مهدد"), ("طلب", "طلب", ""),
    ("حكي", "حكي", ""), ("المح", "لمح", "ملمح"), ("حمل", "حمل", "محمل"),
    ("اظهر", "ظهر", ""), ("قدر", "قدر", ""), ("تخوف", "تخوف", "متخوف"), ("ركز", "ركز", ""),
]
#: forms that are also common other words (between, affiliated, books, student …): verbs only after و/ف
_NEEDS_CONJ = frozenset("بين تابع كتب نقل علق توقع طالب ذكر راي ثمن سال دعا روي وصف عزي تحدث تحدثت يتحدث تتحدث"
                        " عبر طلب حمل يحمل تحمل حملت قدر يقدر تخوف ركز".split())
#: verbs that report speech only with a given word after them: «شدد على» (stressed) but «شدد
#: الإجراءات» (tightened); «عبر عن» (expressed) but «عبر الحدود» (across); «حمل … المسؤولية»
_NEEDS_WORD = {"شدد": ("علي", "بان"), "أكد": ("علي", "بان"), "عبر": ("عن",), "أعرب": ("عن",), "حمل": ("مسؤولية", "المسؤولية"),
               "هدد": ("ب",), "طلب": ("من", "ب"), "المح": ("الي",), "ركز": ("علي",)}
#: participles whose feminine is not also a common noun (متابعة، مطالبة، ذاكرة، ناقلة، كاتبة are)
_SAFE_FEMININE = frozenset("مؤكد مشير مضيف موضح مبين منوه مشدد محذر لافت مستنكر معرب مثمن مستهجن".split())
#: feminine participles that are also nouns (داعية a preacher, مطالبة a demand): participles only after a comma
#: («…، داعية الله أن …», «…، واصفة أنقرة بأنها …»)
_COMMA_FEMININE = frozenset("واصف داعي مطالب مناشد معتبر".split())
#: impersonal passives «يذكر أن» (it is worth noting), «يعتقد أن» (it is believed): the outlet's words
_IMPERSONAL = frozenset("يذكر ويذكر يعتقد ويعتقد يتوقع ويتوقع يرجح ويرجح يلاحظ ويلاحظ يبدو يروي ويروي يظهر ويظهر"
                        " يقدر ويقدر".split())
_RELATIVE = frozenset("ما مما بما".split())
_WHICH = frozenset("الذي التي الذين اللذين اللتين والذي والتي والذين".split())
#: forms that collide with common nouns or other verbs (تبيّن «it turned out», سائل «liquid»)
_NOT_VERBS = frozenset("تبين يبين مبين متحدث متحدثة متحدثين مدين مقترح مقترحة مقترحا سال يبلغ تبلغ يبلغون مبلغ مبلغا"
                       .split())                               # يبلغ: «amounts to», not «informs»
_PASSIVE = {"افيد": "أفيد", "قيل": "قيل", "يقال": "قيل", "ذكر": "ذكر", "نقل": "نقل", "بالقول": "قال",
            "قوله": "قال", "قولها": "قال", "قولهم": "قال", "بقوله": "قال", "بقولها": "قال", "دانت": "أدان",
            "مضيفة": "أضاف", "مضيفين": "أضاف"}
_DISPLAY = {"قال": "قال", "اكد": "أكد", "اوضح": "أوضح", "اضاف": "أضاف", "اشار": "أشار", "راي": "رأى",
            "نفي": "نفى", "ادعي": "ادعى", "اعلن": "أعلن", "افاد": "أفاد", "اردف": "أردف", "اعترف": "اعترف",
            "اقر": "أقر", "ابلغ": "أبلغ", "اخبر": "أخبر", "اورد": "أورد", "اعرب": "أعرب", "اعتقد": "اعتقد",
            "افصح": "أفصح", "اتهم": "اتهم", "اعتبر": "اعتبر", "جاء": "جاء في"}
_EN_VERBS = ("said", "says", "say", "told", "tells", "stated", "added", "noted", "claimed", "claims", "alleged",
             "warned", "announced", "insisted", "denied", "stressed", "explained", "argued", "reported")

#: the participle of قال as written (with ئ or, normalised, ي): its own forms in both verb tables
_QAIL = ("قايلا", "قايلة", "قائلا", "قائلة", "قايلين", "قائلين")


@lru_cache(maxsize=1)
def _verb_table() -> dict[str, str]:
    """Every written form of a verb of saying (normalised, without و/ف) → its lemma."""
    table: dict[str, str] = {}
    for past, stem, part in _VERBS:
        if not stem:
            continue
        lemma = _DISPLAY.get(past, past)
        weak = past.endswith("ي")
        pasts = ([past, past[:-1] + "ت", past[:-1] + "وا"] if weak else [past, past + "ت", past + "وا"])
        if past.endswith("ا"):                                    # دعا، دعت، دعوا
            pasts = [past, past[:-1] + "ت", past[:-1] + "وا"]
        if past == "قال":
            pasts += ["قالت", "قالوا", "قالا", "قالتا"]
        imps = []
        for p in ("ي", "ت"):
            imps += [p + stem, p + stem + "ون", p + stem + "ان"]
        if weak:
            imps += ["ي" + stem[:-1] + "ون", "ت" + stem[:-1] + "ون"]
        parts = [part + e for e in ("ا", "ين")] if part else []    # adverbial: مؤكدا أن
        if part in _SAFE_FEMININE or part in _COMMA_FEMININE:
            parts.append(part + "ة")                                  # مؤكدة (not متابعة، مطالبة: nouns)
        if past == "قال":
            parts = list(_QAIL)
        for f in pasts + imps + parts:
            if f not in _NOT_VERBS:
                table.setdefault(f, lemma)
    for f, lemma in _PASSIVE.items():
        table.setdefault(f, lemma)
    for w in _EN_VERBS:
        table[w] = {"says": "said", "say": "said", "tells": "told", "claims": "claimed"}.get(w, w)
    return table


def _is_participle(form: str) -> bool:
    """An adverbial participle of a verb of saying (مؤكدا، داعيا، واصفة، لافتين …), with و/ف or not."""
    return form in _participle_forms() or (form[:1] in "وف" and form[1:] in _participle_forms())


@lru_cache(maxsize=1)
def _participle_forms() -> frozenset:
    return frozenset(p + e for _, _, p in _VERBS if p for e in ("ا", "ة", "ين")) | frozenset(_QAIL)


@lru_cache(maxsize=1 << 16)
def _verb_lemma(token: str) -> str | None:
    """The lemma of a verb of saying written as ``token`` (with و/ف in front), or None."""
    t = _strip(token)
    table = _verb_table()
    if t in _NOT_VERBS or (t[:1] in "وف" and t[1:] in _NOT_VERBS):
        return None
    if t in table and t not in _NEEDS_CONJ:
        return table[t]
    if len(t) > 3 and t[0] in "وف" and t[1:] in table:
        return table[t[1:]]
    return None


def _char_before(text: str, pos: int) -> str:
    """The last non-space character before ``pos`` ('' at the start): ``text[:pos].rstrip()[-1:]``
    without copying the text."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > 0 else ""


_PUNCT = "«»“”„‟\"‘’'‹›《》()[]{}،,؛;:.!?؟…-–—"


@lru_cache(maxsize=1 << 16)
def _strip(token: str) -> str:
    return token.strip(_PUNCT)


_COMPLEMENT = frozenset(["ان", "بان", "وان"] + [p + "ان" + s for p in ("", "ب", "و", "وب") for s in
                                               ("ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "كم")] + ["that"])
_NOT_COMPLEMENT_AFTER = frozenset(["بعد", "قبل", "منذ", "حتي", "لو", "ما", "دون", "بدون", "مجرد", "الا", "غير", "رغم",
                                   "بيد", "لولا", "before",
                                   "after", "so", "now"])
#: words that end the subject noun phrase after a verb of saying (the NP is the speaker)
_NP_STOP = frozenset("""
في خلال امام يوم امس اليوم عقب لدي عبر اثناء قبل بعد علي الي عن من مع حول ضمن وفي وخلال واثناء
مساء صباح ظهر ليل ليلة الليلة امس الاول السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعة
ان بان انه انها انهم بانه بانها بانهم ايضا كذلك الثلاثاء بدوره بدورها من جهته من جهتها لوكالة بما لما مما فيما ما
فيه فيها له لها لهم لهما عليه عليها منه منها هو هي هم انه نفسه نفسها ولكن لكن ولكنها ولكنه الذي التي الذين
ثم قد وقد لقد جميعهم جميعا كلهم مباشرة فجر حينها انذاك حينذاك دائما ابدا فقط كثيرا احيانا مرارا صراحة
مجددا ايضا بدوره بدورها الشهر الاسبوع الجاري الحالي مؤخرا سابقا حاليا اذ حين عندما والتي والذي والذين اللذين
بوضوح بشدة بقوة بصراحة بحزم بدقة بالفعل القول قوله قولها قولهم صلي رضي رحمه حفظه
in at on during after before to for with from that yesterday today on also this last earlier
""".split())
_ROLE_WORDS = frozenset("""
الرئيس رئيس رئيسة وزير وزيرة الوزير مسؤول مسؤولة المسؤول مسؤولون متحدث المتحدث متحدثة الناطق ناطق
السفير سفير سفيرة الامير امير الملك ملك ولي خادم نائب النائب مدير مديرة المدير امين الامين قائد القائد
زعيم الزعيم عضو اعضاء مستشار المستشار مبعوث المبعوث مندوب المندوب محافظ المحافظ الشيخ شيخ الدكتور د
اللواء لواء العميد عميد العقيد عقيد الفريق فريق الجنرال جنرال الوكيل وكيل المساعد مساعد الممثل ممثل
المفوض مفوض الامينة مدير المدير رئيس الاستاذ المهندس القاضي قاضي المفتي مفتي الاخ السيد السيدة النقيب
الباحث الباحثة الخبير الخبيرة المحلل الكاتب الكاتبة الصحفي الصحافي الاستاذة استاذ المحامي محامي محامية المحامية
معالي سمو صاحب فضيلة سعادة ناشط ناشطة قيادي مدرب لاعب رئيسا قائدة القائدة المتحدثة الناطقة نائبة مستشارة
مندوبة الوزيرة السفيرة عضوة منسق منسقة المنسق معاون المعاون م
استاذة كاتبة كاتب باحث باحثة خبير خبيرة محلل الطبيب الناشط الناشطة المواطن المواطنة العضو الداعية الشاعر المؤرخ الاكاديمي المختص الفنان الفنانة اللاعب المدرب
القيادي السياسي المعارض الاعلامي الاعلامية الدكتورة الرقيب المقدم الرائد العقيد الملازم المشرف المشرفة
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
صحة مدني تعليم مرور جوازات اسكان اوقاف جمارك امارة الامارة منطقة المنطقة محافظة المحافظة شؤون
ministry council committee agency organisation organization party movement army police government office
""".split())


_TOKEN = re.compile(r"\S+")


def _tokens(text: str, start: int, end: int):
    """``(start, end, token)`` of the whitespace-separated tokens of ``text[start:end]``."""
    for m in _TOKEN.finditer(text, start, max(start, end)):
        yield m.start(), m.end(), m.group()



def _speaker_np(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``start`` (subject of a verb of saying, object of بحسب):
    words up to a stop word, a preposition-led word, a quote mark or a clause break."""
    words: list[tuple[int, int]] = []
    skip_next = in_mark = False
    for s, e, tok in _tokens(text, start, end):
        w = _strip(tok)
        if in_mark:                                  # inside «الشرق الأوسط» after لـ
            in_mark = not any(c in tok for c in "»\"”)")
            continue
        if w == "بان" and _ban_ki_moon(text, e):
            words.append((s, e))                     # «بان كي مون»
            continue
        if w.startswith("بال") or (w[:1] == "ب" and _MASDAR.match(w[1:])):
            break                                    # «طالب بالحد …», «أفادت مصادر بارتفاع …»: the content
        if not words and (skip_next and tok[0] in "(«\"“”" or _to_whom(tok, w) or w in _VERB_OBJECTS
                          or w in _PRONOUN_OBJECTS or w in ("فيه", "فيها")):   # «الذي كشف فيه شهود …»
            skip_next = w == "ل" or tok.rstrip("«\"“”(") == "ل"
            opened = any(c in tok for c in "«\"“(")
            in_mark = opened and not any(c in tok[tok.find(next(c for c in tok if c in "«\"“(")) + 1:]
                                         for c in "»\"”)")
            continue                                 # «أكد لـ(عكاظ) الشيخ فلان»: to whom, then who
        skip_next = False
        if not words and w in _PRONOUN_TITLES:
            words.append((s, s + len(tok.rstrip(_PUNCT))))
            break                                    # «وطالب معاليه المجتمع الدولي»: the honorific alone
        if not words and _not_a_subject(text, w, e):
            break
        if _joins(text, words, w, tok, e):
            words.append((s, e))
            continue
        lead = tok[0] in "«\"“”(:"
        if lead and not words and w and _quoted_name(text, s):
            close = _next_close(text, s, 50)
            words.append((s, close + 1))                 # «وتصف "فلانة" كيف …»
            break
        if lead and words and w and (_strip(text[words[-1][0]:words[-1][1]]) in _SOURCE_ORGS
                                     or _role_only(text, words)):
            close = _next_close(text, s, 60, "»\"”")
            if close > 0:                            # «وكالة «رويترز»»: the name in quotes
                words.append((s, close + 1))
            break
        if w in ("سابقا", "حاليا", "حينها", "انذاك") and words and _role_only(text, words):
            continue                                 # «رئيس الأركان سابقا فلان الفلاني»: the name follows
        if lead or _ends_np(text, words, w, tok, e):
            break
        words.append((s, s + len(tok.rstrip(_PUNCT))))
        if len(words) >= 18:
            break
        if tok[-1] in "،,:؛;" or tok.endswith(("»", '"', "”")):
            nxt = text[e:e + 40].split()
            if tok[-1] not in "،," or not _role_only(text, words) or not nxt or _strip(nxt[0]) in _NP_STOP:
                break
    words = _trim_np(text, words)
    return (words[0][0], words[-1][1]) if words else None


def _not_a_subject(text: str, w: str, e: int) -> bool:
    """A first word after a verb of saying that opens no subject: the speech in the first person
    («وأضاف طلبنا من …», نحن: the speaker named before is carried over) or a demonstrative object
    («وأكد تلك التصريحات»; «هذه المصادر» speaks)."""
    if w in ("نحن", "انا") or len(w) > 3 and w.endswith("نا") \
            and _strip((text[e:e + 20].split() or [""])[0]) in _PREPOSITIONS + ("في", "ان", "بان"):
        return True
    if w in ("هذا", "هذه", "ذلك", "تلك", "هؤلاء"):
        nxt = _strip(text[e:e + 30].split()[0]) if text[e:e + 30].split() else ""
        return nxt not in _SPEAKER_WORDS
    return False


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
    return w in ("في", "لدي") and bool(words) and _role_only(text, words) and tok[-1:] not in "،,"


def _ends_np(text: str, words: list, w: str, tok: str, e: int) -> bool:
    """The word ends the speaker's noun phrase: a stop word, «لـ"…"», a complementiser, a verb,
    a number; after the first word also a noun with a pronoun after an ال-word («واختتم المصدر
    تصريحه»: its object), a circumstantial participle («وقال فلان مخاطبا الأهالي»), or «لوكالة،
    لصحيفة» (to whom, not who; «الأمين العام لمجلس التعاون» is a title)."""
    if not w or w in _NP_STOP or (w[:1] in "وف" and w[1:] in _NP_STOP) or \
            (w[0] == "ل" and len(w) > 1 and tok[1:2] in "«\"“”") \
            or (words and w in _COMPLEMENT and not _ban_ki_moon(text, e)) or _verb_lemma(w) is not None \
            or w.isdigit():
        return True
    if not words:
        return False
    if len(w) > 4 and w.endswith(("ه", "ها", "هم", "هما")) and not w.endswith("الله") \
            and _strip(text[words[-1][0]:words[-1][1]]).startswith("ال"):
        return True
    if len(w) >= 5 and w[0] == "م" and w.endswith("ا") and w not in _ROLE_WORDS:
        return True
    return w.startswith("ل") and len(w) > 3 and not w.startswith("ال") and w[1:] in _ORG_WORDS | _ROLE_WORDS \
        and (w[1:] in _MEDIA or not _role_only(text, words))


def _ban_ki_moon(text: str, end: int) -> bool:
    """«بان» followed by «كي مون» is a name, not «بأن» (that)."""
    return text[end:end + 8].split()[:1] == ["كي"]


#: idioms of a verb of saying whose object comes first: «كشف النقاب عن»، «لفت الانتباه إلى»
_VERB_OBJECTS = frozenset("النقاب الانتباه النظر".split())


def _apposition(text: str, np, limit: int):
    """The subject with a title written after the name («السفير فلان الأمين العام المساعد لشؤون …»)."""
    if np is None:
        return None
    toks = list(itertools.islice(_tokens(text, np[1], limit), 12))
    if not toks or text[np[1]:toks[0][0]].strip(" ،,"):
        return np
    words = [_strip(t[2]) for t in toks]
    k = _role_end(words)
    if k == 0:
        return np
    if k == 1 and words[0] in _PERSONAL_TITLES and text[np[1] - 1:np[1]] in "»\"”)":
        while k < min(3, len(words)) and words[k] and words[k] not in _NP_STOP and not _verb_lemma(words[k]) \
                and words[k] not in _COMPLEMENT and toks[k - 1][2][-1:] not in "،,.:؛":
            k += 1                         # «القيادي في حركة «حماس» الدكتور فلان الفلاني»: the name after the title
    return (np[0], toks[k - 1][0] + len(toks[k - 1][2].rstrip(_PUNCT)))


#: titles that come right before a person's name
_PERSONAL_TITLES = frozenset("الدكتور الدكتورة الشيخ المهندس الاستاذ الاستاذة السيد السيدة د م اللواء العميد العقيد "
                             "الفريق الامير القاضي المستشار".split())


def _extend_to_name(text: str, np, limit: int):
    """A title whose name comes after an adjunct, just before the complementiser
    («المتحدث باسم الجيش في المدينة فلان الفلاني، أن …»): the phrase up to that name."""
    if np is None:
        return None
    norm = [_strip(w) for w in text[np[0]:np[1]].split()]
    if _role_end(norm) < len(norm):
        return np                                   # it has a name already
    toks = list(itertools.islice(_tokens(text, np[1], limit), 10))
    told = next((k for k, t in enumerate(toks) if k and (_to_whom(t[2], _strip(t[2])) or _strip(t[2])[1:] in _MEDIA)), None)
    if told is not None:                            # «… فلان الفلاني، لـ«الصحيفة» إن …»: whom he told ends it
        toks, limit = toks[:told], toks[told][0]
    if not 2 <= len(toks) <= 9:
        return np
    tail = []
    for s, e, tok in reversed(toks):
        w = _strip(tok)
        if not w or w in _NP_STOP or _verb_lemma(w) or any(c.isdigit() for c in w) or is_place(w) or len(tail) == 4 \
                or "(" in tok:
            break
        tail.insert(0, (s, s + len(tok.rstrip(_PUNCT)), w))
    while tail and (tail[0][2].startswith("ال") or tail[0][2] in _ROLE_WORDS):
        tail = tail[1:]
    if not tail or tail[-1][1] < limit - 3 and text[tail[-1][1]:limit].strip(" ،,") != "":
        return np
    return (np[0], tail[-1][1])


def _to_whom(tok: str, w: str) -> bool:
    """«لـ"عكاظ"»، «للصحافيين»، «لوكالة …»: the addressee of a verb of saying, before its subject."""
    if w == "ل" or (tok[:1] == "ل" and tok[1:2] in "«\"“”("):
        return True
    return w.startswith("لل") or (w[:1] == "ل" and not w.startswith("ال") and w[1:] in _SOURCE_ORGS)


#: honorifics with a pronoun: they stand for the speaker named before («وأكد سموه أن …»)
_PRONOUN_TITLES = frozenset("سموه سموها معاليه معاليها سماحته فخامته جلالته سعادته سعادتها دولته فضيلته".split())
#: media a speaker talks to («قال فلان لوكالة …»)
_MEDIA = frozenset("وكالة صحيفة قناة موقع اذاعة تلفزيون شبكة مجلة".split())
#: «بيان صادر عن …»: the issuer of a statement follows
_ISSUED = frozenset("صادر الصادر صادرة الصادرة منسوب المنسوب".split())
_QUANTIFIERS = frozenset("عدد بعض احد احدي كثير كثيرون مجموعة جملة عشرات مئات".split())
_CONNECTORS = frozenset("بن ابن بنت ال ابو ابي عبد ام ولد دي دو فان فون".split())


_MASDAR_RX = re.compile(r"^(?:ال)?(?:ت\w\wي\w|ا\wت\wا\w|ا\w\wا\w|است\w\wا\w)$")
#: «إلغاء، إلزام …»: masdars whose own first letters are ال (else «الجار» is ال + a three-letter noun)
_AL_MASDARS = frozenset("الغاء الزام القاء الحاق الحاح".split())


class _Masdar:
    """A verbal noun's shape (تفعيل، افتعال، إفعال، استفعال), not ال + a noun of three letters
    («الجار الله» is a name)."""

    @staticmethod
    def match(w: str) -> bool:
        return bool(_MASDAR_RX.match(w)) and not (len(w) == 5 and w.startswith("ال") and w not in _AL_MASDARS)


_MASDAR = _Masdar()


def _trim_np(text: str, words: list) -> list:
    """Cut a noun phrase after its name: a title with its attributes, then a name of two words
    (two more per بن/أبو/آل/عبد) — «محافظ المدينة فلان الفلاني مزاعم …» ends at الفلاني."""
    norm = [_strip(text[s:e]) for s, e in words]
    if norm and _MASDAR.match(norm[0]) and norm[0] not in _SPEAKER_WORDS:
        return []                            # «أعلن تحرير …», «يشير تقديم …»: an object, not a subject
    i = _role_end(norm)
    if i >= len(norm):
        return words
    allowed = 2 + 2 * sum(1 for w in norm[i:] if w in _CONNECTORS or w.startswith(("عبد", "ابو")))
    if i == 0 and norm and (norm[0] in _SOURCE_WORDS or norm[0] in _QUANTIFIERS):
        allowed = max(allowed, 4)            # «عدد من الأهالي»، «مصادر أمنية مطلعة»
    k = i + allowed
    if k < len(norm) and norm[k].startswith("ال") and norm[k].endswith("ي") and len(norm[k]) > 4 \
            and not norm[k - 1].startswith("ال") and norm[k] not in _ROLE_WORDS:
        k += 1                               # «علي حسين الرفاعي»: a family name after two names
    return words[:k]


def _role_only(text: str, words) -> bool:
    """True when the words so far are a title (vizier, president …) and its attributes only."""
    ws = [_strip(text[s:e]) for s, e in words]
    return bool(ws) and _role_end(ws) >= len(ws)


#: verbs of saying followed by the preposition على (أكد على، شدد على): «علي» after them is «on»
_ON_VERBS = frozenset("أكد شدد حث حرص ركز علق رد أثنى".split())


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
        and w not in ("عدم", "دور", "حق", "اهمية", "ضرورة", "كل", "جميع")
    if given and _verb_lemma(prev) in _ON_VERBS:                       # «أكد على خيار الدولتين»
        w2 = _strip(nxt[1]) if len(nxt) > 1 else ""                    # (but «أكد علي حسين فلان»)
        given = nxt[0][-1:] not in "،,.:" and len(w2) > 2 and (not w2.startswith("ال") or w2.endswith("ي")) \
            and w2 not in _NP_STOP and w2 not in _COMPLEMENT               # a family name: «… الرفاعي»
    return family or given


def split_speaker(name: str) -> tuple[str, str]:
    """``(speaker, role)`` of a speaker noun phrase: «وزير الخارجية الروسي سيرغي لافروف» →
    («سيرغي لافروف», «وزير الخارجية الروسي»).  The role is the title with its attributes
    (words with ال after a title or organisation word, «لشؤون …», «باسم …», «لدى …»); the name
    is what follows.  No name → ``(phrase, "")``.  Reads normalised words, returns ``name``'s own."""
    from ..text import normalize
    words = name.split()
    norm = [_strip(normalize(w, lower=True)) for w in words]
    i = _role_end(norm)
    if i == 0 or i >= len(words):
        return name.strip(_PUNCT + " "), ""
    return " ".join(words[i:]).strip(_PUNCT + " "), " ".join(words[:i]).strip(_PUNCT + " ")


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
    """How many of the (normalised) words are a title and its attributes (0: no title first)."""
    titles = _TITLE_WORDS
    if not norm or norm[0] not in titles:
        return _agent_title(norm)
    i, adjective, chain = 1, False, False
    while i < len(norm):
        w, p = norm[i], norm[i - 1]
        after_adjective, adjective = adjective, False
        construct = (p in titles or chain) and not p.startswith("ال") and p not in _PERSONAL_TITLES
        #                                                            وزير الخارجية، رئيس مجلس (not «د. فلان»)
        chain = False
        w = w[1:] if w.startswith(("وال", "ولل")) or (w[:1] == "و" and w[1:] in titles) else w
        w = w[1:] if w[:1] in "بل" and w[1:] in titles and not w.startswith("ال") else w   # بمديرية، لهيئة
        if w in _ISSUED and norm[i + 1:i + 2] in (["عن"], ["من"]) and i + 2 < len(norm):
            return i + 2                                             # بيان صادر عن: the issuer follows
        if (w in ("سابقا", "حاليا", "حينها", "انذاك") or (w == "اية" and norm[i + 1:i + 2] == ["الله"])) \
                and i + 2 < len(norm):
            i += 1 + (w == "اية")                                    # رئيس الأركان سابقا، آية الله
            continue
        if w in titles or w in ("باسم", "عام", "of", "the", "for") or (w.startswith("ال") and (
                construct or p in titles or p.startswith(("ال", "لل", "ل")) or p in ("باسم", "عام"))):
            i += 1
            chain = w in titles and not w.startswith("ال")
        elif construct and not w.startswith("ال") and w not in _ROLE_WORDS and (
                w in _ORG_WORDS or norm[i + 1:i + 2] and norm[i + 1].startswith("ال")):
            i, chain = i + 1, True                                   # وكيل إمارة منطقة الباحة، وزير شؤون الشرق
        elif construct and p in _ORG_WORDS and not w.startswith("ال") and len(norm) - i >= 3:
            i += 1                                                   # حركة حماس فلان الفلاني: the org's name
        elif w.startswith("لل") or (w[:1] == "ل" and i + 1 < len(norm) and norm[i + 1].startswith("ال")):
            i += 1                                                   # المفوض الأوروبي لشؤون التوسيع
        elif not p.startswith("ال") and (p in titles and p not in _PERSONAL_TITLES or after_adjective) and \
                w.endswith(("ي", "ية", "ة", "ون", "ين")) and not w.startswith("ال") and len(w) > 3:
            i, adjective = i + 1, True                               # مصادر محلية، مسؤول أمريكي
        elif construct and w not in _ROLE_WORDS and i + 1 < len(norm) and norm[i + 1].startswith("ال"):
            i += 1                                                   # وزير خارجية الدولة
        elif w in ("لدي", "في", "in", "to") and i + 1 < len(norm) and (i + 2 < len(norm) or i > 1):
            i += 2                                                   # السفير الروسي لدى إسرائيل
        else:
            break
    return i


# ------------------------------------------------------------------------------- reported speech

_ATTRIB = re.compile(
    r"(?<![^\s«\"(،,])(?:[وف])?(?:ب?حسب(?:ما)?|حسبما|وفقا\s+لما|وفق\s+ما|وفقا\s+ل|طبقا\s+لما|طبقا\s+ل"
    r"|نقلا\s+عن|علي\s+حد\s+(?:تعبير|قول|زعم)|استنادا\s+الي|على\s+لسان|علي\s+لسان"
    r"|في\s+(?:رايهم|رايها|رايه|تقديرها|تقديره|نظره|نظر(?=\s+(?:ال)?(?:خبير|خبراء|محلل|محللين|مراقبين|مسؤول|مسؤولين)))"
    r"|من\s+وجهة\s+نظر(?:هم|ها|ه)?"
    r"|وفق(?=\s+[^\sم])|كما\s+(?:يقول|تقول|قال|قالت|ذكر|ذكرت|اكد|اكدت|اوضح|اوضحت|يري|تري|يؤكد|تؤكد|اشار|اشارت))"
    r"|(?<![\w])(?:according\s+to|as\s+quoted\s+by|quoted\s+by)(?![\w])")
_NOMINAL = re.compile(r"(?<![\w])[وف]?(?:في|خلال)\s+(?:تصريح|تصريحات|حديث|مقابلة|بيان|تغريدة|كلمة|مؤتمر\s+صحفي)")
_JAA = re.compile(r"(?<![\w])[وف]?جاء\s+(?:ذلك\s+)?في\s+")
_SPLIT = re.compile(r"[\s«»\"“”„:،,.()؛;!?؟]+")


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset:
    """Every written verb of saying, also with و/ف in front (for a set intersection at C speed)."""
    table = _verb_table()
    return frozenset(table) | frozenset(p + f for f in table for p in "وف")


def _verb_positions(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, lemma)`` of every verb of saying in ``text``, in order."""
    found = _verb_forms().intersection(_SPLIT.split(text))
    out = []
    table = _verb_table()
    for w in found:
        lemma = _verb_lemma(w)
        opening_only = lemma is None and w in _NEEDS_CONJ and w not in _NOT_VERBS   # «وصف وكيل …» opening a sentence
        if lemma is None and not opening_only:
            continue
        pos = text.find(w)
        while pos >= 0:
            end = pos + len(w)
            if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                if not opening_only or pos == 0 or _char_before(text, pos) in ".\n!؟" \
                        or text[end:end + 2].lstrip()[:1] == ":" \
                        or _strip((text[max(0, pos - 12):pos].split() or [""])[-1]) in _OPENERS \
                        or (w not in ("بين", "تابع") and _complement_follows(text, end)):
                    #                                     «والوزير فلان كتب: …»، «في حين بين فلان أن …»
                    out.append((pos, end, lemma or table[w]))
            pos = text.find(w, end)
    out.sort()
    return out


def _complement_follows(text: str, end: int) -> bool:
    """A complementiser (أن، بأن، إن) within the next eight words, before any punctuation: the
    word before it is a verb of saying («وفي ختام حديثهما دعا المدير بأن …», «وصف عراقيون القرارات بأنها …»)."""
    for n, (s, e, tok) in enumerate(_tokens(text, end, min(len(text), end + 120))):
        if n >= 8:
            return False
        if _strip(tok) in _COMPLEMENT and tok[-1:] not in "،,.:":
            return _strip(tok)[:1] != "و"         # «… وأن …» coordinates a clause: not this word's complement
        if tok[-1:] in "،,.:؛!؟" or _verb_lemma(tok):
            return False
    return False


#: words after which a verb that is also a noun (وصف، دعا، طالب …) opens a clause: «بدوره وصف …»
_OPENERS = frozenset("بدوره بدورها بدورهم جهته جهتها جانبه جانبها كما حيث حين فيما بينما ثم بل لكنه لكنها".split())


def speech_events(text: str, bounds: list[int] | None = None,
                  limit: int | None = None) -> list[tuple[int, int, tuple | None, str]]:
    """Reported-speech spans ``(start, end, speaker, verb, verb_span)`` of a normalised field.

    ``speaker``: ``(start, end)`` of the subject noun phrase (or object of بحسب) or None;
    ``verb``: the verb of saying's lemma (قال، زعم …), ``بحسب`` etc. for attributions;
    ``verb_span``: where the verb or attribution phrase itself stands (the outlet's words).
    """
    bounds = sentence_bounds(text) if bounds is None else bounds
    out = []
    limit = len(text) if limit is None else limit       # verbs from here on cannot reach back before it
    for s, e, lemma in _verb_positions(text):
        if s >= limit:
            break
        before = text[max(0, s - 16):s].split()
        if before and _strip(before[-1]) in _RELATIVE:
            continue                                    # «وهو ما أكدته التطورات»: a relative clause
        if lemma == "اعتبر" and before and _strip(before[-1]) in _WHICH and text[s:e].lstrip("وف")[:1] in "يت" \
                and _strip((text[e:e + 20].split() or [""])[0]) not in _COMPLEMENT:
            continue                                    # «التي تعتبر العقبة الأولى»: «is considered», not speech
        if before and _strip(before[-1]) in ("يا", "فيا") and lemma == "رأى":
            continue                                    # «فيا ترى …»: I wonder (the outlet's question)
        if lemma == "اعتبر" and text[s:e].lstrip("وف")[:1] in "يت" and \
                _strip((text[e:e + 20].split() or [""])[0]) in ("هو", "هي", "هم", "من", "بمثابة"):
            continue                                    # «يعتبر هو المسؤول», «تعتبر من أهم»: is considered
        if len(before) > 1 and _strip(before[-1]) == "ان" and _strip(before[-2]) in ("بعد", "قبل", "منذ"):
            continue                                    # «بعد أن شددت إجراءاتها»: a time clause
        if text[e - 1:e] == "ة" and text[s] == "م" and _char_before(text, s) not in "،,.:؛\n" and before:
            continue                                    # «رقابة مشددة», «معلومات مؤكدة»: an adjective
        if text[e - 1:e] == "ة" and _strip(text[s:e]).lstrip("وف")[:-1] in _COMMA_FEMININE and \
                _char_before(text, s) not in "،,":
            continue                                    # «الداعية فلان», «مطالبة الأهالي»: nouns
        ev = _verb_event(text, bounds, s, e, lemma)
        if ev and lemma == "نقل":
            ev = (*ev[:2], _quoted_source(text, ev[2] or (e, e), ev[0]) or ev[2], *ev[3:])
        if ev and before and _strip(before[-1]) in _WHICH:
            ante = _antecedent(text, text.rfind(before[-1], 0, s))
            ev = (*ev[:2], ante, *ev[3:]) if ante else ev
        if ev:
            out.append(ev)
    for m in (_near(_JAA, _JAA_CORE, 1, text, limit) if "جاء" in text else ()):
        ev = _verb_event(text, bounds, m.start(), m.end() - 1, "جاء في")
        if ev:
            out.append(ev)
    for rx in (_ATTRIB, _NOMINAL):
        if not any(w in text for w in _NEEDLES[rx]):
            continue                                        # none of the words the phrases need
        for m in rx.finditer(text, 0, limit):
            s0, e0 = _sentence(text, bounds, m.start())
            if rx is _NOMINAL and text[s0:m.start()].strip():
                continue                                    # «وفي تصريح له، …» opens its sentence
            if m.group().strip() == "فحسب":
                continue                                    # «فحسب»: only
            after = src_at = m.end()
            nxt = text[after:after + 40].split()
            if rx is _ATTRIB and len(nxt) > 2 and nxt[0] == "ما":       # «بحسب ما بثته وكالة …»
                after = text.find(nxt[1], text.find("ما", after) + 2) + len(nxt[1])
            elif rx is _ATTRIB and text[after - 1:after + 1] == "لل":
                after += 1                                              # «وفقا للمصادر»: ل + المصادر
            elif rx is _ATTRIB and len(nxt) > 1 and m.group().rstrip().endswith("ما") and \
                    _strip(nxt[1]) in _SPEAKER_WORDS:
                after = src_at = text.find(nxt[0], after) + len(nxt[0])  # «وفقا لما نشرته وكالة …»: who published
            sp = _speaker_np(text, after, e0) if rx is _ATTRIB else None
            if sp is not None and _pronoun_saying(text[sp[0]:sp[1]]):
                sp = None                                   # «حسب وصفه»: the speaker named before
            if rx is _ATTRIB and not re.search("كما|راي|تقدير|نظر", m.group()) and not _source_like(text, src_at, sp):
                continue                                    # «وفقا لتاريخ محدد»: not a source
            verb = re.sub(r"\s+", " ", m.group()).strip()
            verb = verb[1:] if rx is _ATTRIB and verb[:1] in "وف" and verb[1:2] in "بحنوطعا" and verb[:4] != "وفقا" \
                and verb[:3] != "وفق" else verb
            out.append((max(s0, m.start() - MAX_SENTENCE), min(e0, m.end() + MAX_SENTENCE), sp,
                        verb if rx is _ATTRIB else "تصريح", (m.start(), m.end())))
            if rx is _ATTRIB and sp is not None and (text[max(s0, m.start() - 3):m.start()].strip()[-1:] in "،,-–—("
                                                     or not text[sp[1]:e0].strip(" .،,؛;\n")):   # or ends the sentence
                out.append((_clause_before(text, s0, m.start()), m.start(), sp, out[-1][3], (m.start(), m.end())))
    out.extend((s, e, None, "reported naming", (s, s)) for s, e in reported_spans(text))
    out.extend(_answers(text, bounds))
    out.extend(_noun_events(text, bounds))
    for m in (_near(_CONDOLENCE, _CONDOLENCE_CORE, 3, text, limit) if "تعاز" in text or "تعزية" in text else ()):            # «قدم الأمير تعازيه لأسر الشهداء …»: a condolence message
        s0, e0 = _sentence(text, bounds, m.start())
        out.append((m.start(), e0, _condolence_speaker(text, s0, m.start()), "عزى", (m.start(), m.start())))
    return out


def _condolence_speaker(text: str, s0: int, pos: int):
    """«قدم الأمير فلان تعازيه …»: the noun phrase between the clause's verb and the condolence
    noun at ``pos``, when it opens with a title (or None)."""
    cut = max(text.rfind("،", s0, pos - 1), text.rfind(",", s0, pos - 1), s0 - 1) + 1
    toks = list(_tokens(text, cut, pos))
    while toks and _strip(toks[0][2]) in _LEAD | _NP_STOP:
        toks = toks[1:]
    titles = _ROLE_WORDS | _ORG_WORDS | _PERSONAL_TITLES
    k = 1 if len(toks) > 1 and _strip(toks[1][2]) in titles else None
    if not k or len(toks) > 14:
        return None                        # a title right after the verb («قدم الأمير …», «ورفع سمو …»)
    np = _speaker_np(text, toks[k][0], pos)
    return np if np is not None and _strip(text[np[0]:np[1]].split()[0]) not in _PRONOUN_OBJECTS else None


def _clause_before(text: str, s0: int, pos: int) -> int:
    """Where the clause that a postposed attribution («…، حسب مراقبين», «… وفقا للمصادر.») closes
    begins: the last comma before it, or at most eight words back within the sentence."""
    head = text[s0:pos].rstrip(" ،,-–—(")
    cut = max(head.rfind("،"), head.rfind(","), -1) + 1
    words = list(_tokens(text, s0 + cut, s0 + len(head)))
    return words[-8][0] if len(words) > 8 else s0 + cut


_CONDOLENCE = re.compile(r"(?<!\S)[وب]?(?:ال)?(?:تعازي|تعازيه|تعازيها|تعازيهم|تعزية|تعازينا)(?=\s)")
_CONDOLENCE_CORE = re.compile("تعاز|تعزية")
_JAA_CORE = re.compile("جاء")


def _near(rx, core, back: int, text: str, limit: int | None = None):
    """The matches of ``rx.finditer(text, 0, limit)``, found by trying ``rx`` only at the ``back``
    characters before each occurrence of its ``core`` word (every match of ``rx`` holds its core
    word at most ``back`` characters after its start): the same matches, without running the
    pattern's lookbehind at every character of the text."""
    end = len(text) if limit is None else min(limit, len(text))
    last = 0
    for c in core.finditer(text, 0, end):
        for q in range(max(last, c.start() - back), c.start() + 1):
            m = rx.match(text, q, end)
            if m:
                yield m
                last = m.end()
                break


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
_SPEAKER_WORDS = _ROLE_WORDS | _ORG_WORDS | _SOURCE_WORDS
_TITLE_WORDS = _ROLE_WORDS | _ORG_WORDS
_SOURCE_ORGS = _ORG_WORDS | _SOURCE_WORDS


def _source_like(text: str, pos: int, sp) -> bool:
    """The object of an attribution names someone who speaks (not «وفقا لتاريخ محدد»)."""
    head = text[pos:pos + 40].split()
    if not head:
        return False
    w = _strip(head[0])
    if w.startswith("ما") and len(w) <= 3 or w in ("ما", "لما") or w.isascii():
        return True
    bare = w[2:] if w.startswith("ال") else w
    bare2 = bare[1:] if bare[:1] == "ل" and len(bare) > 3 else bare
    words = _SPEAKER_WORDS
    if any(x in words or "ال" + x in words for x in (w, bare, bare2)):
        return True
    if bare2 in _QUANTIFIERS or "ل" + bare2 in ("لكثير", "لبعض", "لعدد"):     # «وفقا للكثير من المسؤولين»
        rest = [_strip(t) for t in head[1:4] if _strip(t) != "من"]
        return bool(rest) and (rest[0] in words or rest[0][2:] in words or "ال" + rest[0] in words)
    if bare2 not in _NOT_SOURCES and len(head) > 1 and "،" not in head[0] and _strip(head[1]) in _ORG_WORDS:
        return True                                       # «حسب رصد دائرة الأوقاف»: the genitive is a source
    if bare2 in _NOT_SOURCES or w in ("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين") or w.startswith(("ال", "لل")) \
            or bare2.startswith("ال") or w[-1:] == "ة" or bare2.endswith("ات"):    # «وفقا لمقررات جنيف»
        return False
    near = text[pos:pos + 60].split()[:3]                 # a name: «بحسب رويترز»، «وفق عبد الرحمن،»
    return any(t[-1:] in "،,.:؛" for t in near) or len(text[pos:pos + 60].split()) < 3


#: nouns that follow وفقا لـ / حسب without naming a source (a plan, a date, the rules)
_NOT_SOURCES = frozenset("""
تاريخ ظروف خطة نظام قانون معايير شروط جدول اتفاق اتفاقية قرار الية ضوابط لائحة مبدا قواعد اسس برنامج احكام
مواصفات حجم نوع طبيعة حاجة احتياجات رغبة مصلحة سياسة توجيهات تعليمات مقتضيات الخطة الجدول الظروف المعايير
""".split())

_ANSWER = re.compile(r"؟\s*[-ـ–—]\s*")
_QUESTION_PARAGRAPH = re.compile(r"^[^\n]{5,200}؟[ \t]*\n", re.M)
#: masdars that report speech when a complementiser follows («غداة إعلان المنظمة أن …»)
_SPEECH_NOUNS = re.compile(r"(?<!\S)[وبل]?(?:ال)?(?:اعلان|تاكيد|تصريح|تصريحات|تحذير|ادعاء|ادعاءات|مزاعم|زعم|"
                           r"توضيح)(?=\s)")            # not الإشارة/القول: «تجدر الإشارة إلى أن», «يمكن القول إن» are the outlet's


#: the core words of :data:`_SPEECH_NOUNS` (every match holds one): its needles and its :func:`_near` core
_SPEECH_NOUN_CORES = ("اعلان", "تاكيد", "تصريح", "تحذير", "ادعاء", "مزاعم", "زعم", "توضيح")
_SPEECH_NOUNS_CORE = re.compile("|".join(_SPEECH_NOUN_CORES))
#: words one of which each phrase pattern needs: a pattern is not run on a field without any of them
_NEEDLES = {_ATTRIB: ("حسب", "وفق", "طبقا", "نقلا", "حد", "استنادا", "لسان", "راي", "تقدير", "نظر", "كما",
                      "according", "quoted"),
            _NOMINAL: ("تصريح", "حديث", "مقابلة", "بيان", "تغريدة", "كلمة", "مؤتمر"),
            _SPEECH_NOUNS: _SPEECH_NOUN_CORES}


_QUESTION_WORDS = frozenset("هل ما ماذا لماذا كيف متي اين من وهل وما وماذا ولماذا وكيف ومتي واين ومن".split())


def _answers(text: str, bounds: list[int]):
    """Interview answers: from a dash after a question («…؟ - …») to the next question; and in a
    field with two or more paragraphs that are questions, the paragraphs after each question."""
    for m in _ANSWER.finditer(text):
        if _strip((text[m.end():m.end() + 12].split() or [""])[0]) in _QUESTION_WORDS:
            continue                           # «…؟ - هل …؟ - ما صحة …»: a list of questions, not an answer
        q = text.find("؟", m.end())
        end = len(text) if q < 0 else _sentence(text, bounds, q)[0]
        yield (m.end(), min(end, m.end() + 3000), None, "answer", (m.start(), m.start()))
    if text.count("؟") < 2:
        return
    questions = [m for m in _QUESTION_PARAGRAPH.finditer(text)
                 if m.start() == 0 or text[m.start() - 1] == "\n"]
    if len(questions) < 3:
        return                                 # an interview asks more than a column's rhetorical question
    for m, nxt in zip(questions, questions[1:] + [None]):
        end = nxt.start() if nxt is not None else len(text)
        if end > m.end():
            yield (m.end(), min(end, m.end() + 3000), None, "answer", (m.start(), m.start()))


def _noun_events(text: str, bounds: list[int]):
    """«إعلان/تأكيد/مزاعم X أن …»: a speech noun, its owner, then a complementiser."""
    if not any(w in text for w in _NEEDLES[_SPEECH_NOUNS]):
        return
    for m in _near(_SPEECH_NOUNS, _SPEECH_NOUNS_CORE, 3, text):
        s0, e0 = _sentence(text, bounds, m.start())
        toks = list(_tokens(text, m.end(), min(e0, m.end() + 120)))[:8]
        for n, (s, e, tok) in enumerate(toks):
            if _strip(tok) in _COMPLEMENT or (_strip(tok) in ("من", "بان") and n + 1 < len(toks)
                                               and _strip(toks[n + 1][2]) in _COMPLEMENT):
                sp = _speaker_np(text, m.end(), s)
                yield (s, e0, sp, _strip(m.group()).lstrip("وبل"), (m.start(), m.start()))
                break
            if tok[-1:] in "،,.:؛" or _verb_lemma(tok):
                break


#: verbs that report only with أن right after them and their subject («أظهر التقرير أن», «قدّرت المنظمة أن»,
#: «يتخوف مختصون أن», «ركّز على أن»)
_THAT_ONLY = frozenset(["اظهر", "قدر", "تخوف", "ركز"])
#: «ولم توضح ما إذا …»: a verb of saying negated, with no أن or colon after it, reports nothing
_NEGATIONS = frozenset("لم ولم فلم لن ولن لا ولا".split())
_POSTPOSED = frozenset(["قال", "أضاف", "أوضح", "تابع", "أكد", "said", "told", "added"])
#: verbs whose speech may be a noun phrase (كشف عن …، أشار إلى …، طالب بـ …، نفى …) as well as a clause
_NOMINAL_OK = frozenset(["عبر", "هدد", "طلب", "حكي", "المح", "حمل", "تحدث", "تطرق", "أضاف", "تابع", "استطرد", "أردف", "أكد", "أوضح", "أشار", "لفت", "اعتبر", "نفى", "حذر", "زعم", "ادعى", "شدد",
                         "طالب", "كشف", "أفاد", "بين", "نوه", "دعا", "ناشد", "استهجن",
                         "أعرب", "وصف", "عزي", "أبدى", "أوصي", "اتهم", "رأى", "توقع", "رجح", "سال"])
_PREPOSITIONS = ("عن", "الي", "علي", "من", "ب")
#: «ما أشار إليه فلان»: a pronoun object, not the start of the speech
_PRONOUN_OBJECTS = frozenset("اليه اليها عليه عليها عنه عنها له لها به بها منه منها اليهم عليهم عنهم".split())


#: prepositions after which a verb of saying's written form is its verbal noun (على كشف، إلى تحذير)
_NOUN_AFTER = frozenset("علي الي في عن حول عبر خلال لدي".split())


def _verb_event(text, bounds, vs, ve, lemma):
    """The reported span of one verb of saying at ``[vs, ve)``: ``(start, end, speaker, verb,
    (vs, ve))`` or None."""
    s0, e0 = _sentence(text, bounds, vs)
    e0 = min(e0, vs + MAX_SENTENCE)
    if _strip((text[max(s0, vs - 12):vs].split() or [""])[-1]) in _NOUN_AFTER:
        return None                    # «قادرة على كشف ملابسات …»: a verbal noun after a preposition
    prev = None
    toks = list(itertools.islice(_tokens(text, ve, e0), 27))
    need = _NEEDS_WORD.get(lemma)
    if need and not any(_strip(t[2]) in need or _strip(t[2]) in _COMPLEMENT or t[2].startswith(":")
                        or (("ب",) == need[-1:] and _strip(t[2])[:1] == "ب") for t in toks[:20]):
        sp = _speaker_np(text, ve, e0)         # «شددت إجراءاتها»: not speech; «أكد فلان اكتمال …»:
        return (ve, ve, sp, lemma, (vs, ve)) if sp and _role_end([_strip(w) for w in text[sp[0]:sp[1]].split()]) \
            else None                          # a titled subject still opens a new statement (own verb)
    form = _strip(text[vs:ve])
    impersonal = form in _IMPERSONAL
    participle = form[:1] == "م" or form[:2] in ("وم", "قا") and form.endswith(("ا", "ة", "ين")) \
        or _is_participle(form)
    np0 = None if participle and form.endswith(("ا", "ة", "ين")) else _apposition(text, _speaker_np(text, ve, e0), e0)
    if np0 is not None and _gender(form) == "m":
        head = _strip(text[np0[0]:np0[1]].split()[0])
        if head.endswith("ة") and head not in _SPEAKER_WORDS:
            np0 = None                     # «يؤكد حقيقة واحدة»: a feminine noun after a masculine verb is its object
    after_np = np0[1] if np0 else ve
    negated = _strip((text[max(0, vs - 8):vs].split() or [""])[-1]) in _NEGATIONS
    for n, (s, e, tok) in enumerate(toks[:26]):
        w = _strip(tok)
        if n and _verb_lemma(tok) is not None:
            break                              # another verb of saying: its own speech
        if lemma in _NOMINAL_OK and not negated and s >= after_np and w not in _PRONOUN_OBJECTS and not (w == "علي" and n == 0
                                                                                        and _is_ali(text, e)) and (
                w in _PREPOSITIONS or (w[:1] == "ب" and w[1:3] != "ان" and w not in _COMPLEMENT)):
            nxt = _strip(toks[n + 1][2]) if n + 1 < len(toks) else ""
            if nxt not in _COMPLEMENT:         # «كشف الوزير عن …»، «طالب الأهالي بضرورة …»
                np1 = np0 if np0 is None or np0[1] <= s else _speaker_np(text, ve, s)
                sp = np1 or _subject_before(text, s0, vs)
                return (_object_start(text, np1[1] if np1 else ve, s), _main_clause(text, s, e0), sp, lemma, (vs, ve))
        if lemma in _THAT_ONLY and (n > 6 or tok[-1:] in "،,:"):
            return None                        # «أظهرت الحكومة مؤشرات …:», «يركز على أشخاص، …»: not speech
        if tok.startswith(":"):
            return _colon_span(text, vs, ve, s + 1, e0, lemma)
        if w in _COMPLEMENT and prev not in _NOT_COMPLEMENT_AFTER and not (w == "بان" and _ban_ki_moon(text, e)):
            if impersonal and n == 0:
                return None                # «يذكر أن»: it is worth noting (the outlet's words)
            np1 = np0 if np0 is None or np0[1] <= s else _speaker_np(text, ve, s)
            sp = _extend_to_name(text, np1, s) or _subject_before(text, s0, vs)
            if impersonal and sp is None:
                return None                # «يروى في التاريخ، أن …»: no one speaks
            return (s, _gloss(text, s, e0), sp, lemma, (vs, ve))
        if tok[0] in "«»\"“”„'‘" and not _closed_word(tok) and not _quoted_name(text, s):
            q = quote_spans(text[s:s + MAX_QUOTE])
            if not q or q[0][0] != 0 or len(text[s:s + q[0][1]].split()) <= 2:
                return None                # «ندد فلان بـ«جماعات ضغط»»: a term in quotes, not the speech
            sp = np0 if np0 is None or np0[1] <= s else _speaker_np(text, ve, s)
            sp = sp or _subject_before(text, s0, vs)
            return (s, s, sp, lemma, (vs, ve)) if sp else None   # قال فلان «…»: the quotation alone is
            #                                the speech (an empty span that names its speaker)
        if tok.endswith(":"):
            return _colon_span(text, vs, ve, e, e0, lemma)
        prev = w
    sp = np0 or _subject_before(text, s0, vs)
    if impersonal and sp is None:
        return None                        # «يروى في التاريخ أن …»: no one speaks
    before = text[s0:vs].rstrip()
    if (lemma in _POSTPOSED and before.endswith(("،", ",", "»", '"', "”", "“")) and len(before.split()) >= 2
            and len(toks) <= 8):
        return (s0, vs, sp, lemma, (vs, ve))     # «…»، قال الوزير: the verb comes after
    if lemma in _NOMINAL_OK and not impersonal and not negated:
        start = sp[1] if sp else ve
        rest = text[start:e0].split()
        if len(rest) >= 2:
            return (start, _main_clause(text, start, e0), sp, lemma, (vs, ve))   # كشف الوزير عن …
    return None


def _object_start(text: str, after: int, prep: int) -> int:
    """Where the speech of «دعا الوزير إسرائيل إلى …», «حمّل الأمين العام إسرائيل المسؤولية»,
    «وصف السفير الهجوم بالخطير» starts: at the object before the preposition (up to three words
    after the speaker, no comma, bracket, relative pronoun or time word between), else at the preposition."""
    toks = list(_tokens(text, after, prep))
    if not toks or len(toks) > 3 or any(c in text[after:prep] for c in "،,(«\"-–—") or \
            any(_strip(t[2]) in _NP_STOP | _WHICH for t in toks):
        return prep
    return toks[0][0]


_MAIN_CLAUSE = re.compile(r"[،,]\s*(?:فان|فانه|فانها|فانهم|فقد|ثم|بينما|لكن|لكنه|لكنها|الا ان|غير ان)(?=\s)")


def _main_clause(text: str, start: int, end: int) -> int:
    """Where a noun-phrase complement ends: before «، فإن …» / «، بينما …» (a new clause)."""
    m = _MAIN_CLAUSE.search(text, start, end)
    return _gloss(text, start, m.start() if m else end)


#: the outlet's gloss after a statement: «…، في إشارة إلى …», «…، وذلك بعد/عقب/خلال …»
_GLOSS = re.compile(r"[،,]\s*(?:في\s+اشارة\s+(?:الي|ل)|وذلك\s+(?:بعد|بعيد|عقب|اثر|خلال|قبل|في\s+اعقاب|علي\s+الرغم|رغم|في\s+ظل))"
                    r"|\s(?:وهي|وهو|وهذه)\s+(?:مزاعم|ادعاءات|اتهامات)\s")


def _gloss(text: str, start: int, end: int) -> int:
    """The end of a speech before the outlet's gloss on it (:data:`_GLOSS`), else ``end``."""
    if not any(w in text[start:end] for w in ("اشارة", "وذلك", "مزاعم", "ادعاءات", "اتهامات")):
        return end
    m = _GLOSS.search(text, start, end)
    return m.start() if m else end


def _quoted_source(text: str, sp, limit: int):
    """«نقلت الإذاعة عن المصادر قولها إن …»: the one quoted (after عن), who the coders name as the
    speaker, or None."""
    toks = list(itertools.islice(_tokens(text, sp[1], limit), 2))
    if len(toks) < 2 or _strip(toks[0][2]) != "عن" or toks[0][0] - sp[1] > 2:
        return None
    return _speaker_np(text, toks[1][0], limit)


def _antecedent(text: str, rel: int):
    """The noun phrase before the relative pronoun at ``rel``: the speaker of the verb
    after it («الصحافي فلان، الذي يتابع …، إن …»; «منظمة «فلان»، التي تتابع …»), or None: at most
    five words back, not across a verb, a stop word or punctuation other than the comma before
    the pronoun; from its first title, organisation or source word, else a name (no ال, no
    preposition).  The phrase after such a verb is its object, not its speaker."""
    toks = list(_tokens(text, max(0, rel - 80), rel))[1:]          # (the first may be cut)
    words = []
    for n, (s, e, tok) in enumerate(reversed(toks)):
        w = _strip(tok)
        if not w or w in _NP_STOP or _verb_lemma(w) is not None or len(words) == 5 or any(c.isdigit() for c in w) \
                or any(c in tok for c in "()") or (n and tok.rstrip("»\"”")[-1:] in "،,.:؛;!?؟") \
                or (n == 0 and tok[-1:] in ".:؛;!?؟"):
            break
        words.insert(0, (s, s + len(tok.rstrip(_PUNCT + " "))))
    titles = _SPEAKER_WORDS
    norm = [_strip(text[s:e]) for s, e in words]
    first = next((k for k, w in enumerate(norm) if w in titles), None)
    if first is None:                                  # a name: the words before the pronoun without ال,
        k = len(norm)                                  # a preposition or a pronoun («جان كلود يونكر الذي»)
        while k and not norm[k - 1].startswith(("ال", "بال", "لل", "كال")) and len(norm[k - 1]) > 2 \
                and not norm[k - 1].endswith(("ها", "هم")) and not (norm[k - 1].endswith("ه") and norm[k - 1][-4:] != "الله"):
            k -= 1
        if len(norm) - k < 2:
            return None                                # «في الوقت الذي», «بـ"الحملة" التي»: not a speaker
        first = k
    return words[first][0], words[-1][1]


_LEAD = frozenset("هذا وهذا كان وكان فيما بينما كما وكما حيث اذ و لكن ولكن اما واما".split())


def _subject_before(text: str, s0: int, vs: int) -> tuple[int, int] | None:
    """A subject written before its verb of saying («وكان السفير … قد أكد», «أعضاء الفريق أكدوا»):
    the words from the clause start (sentence start or last comma) to the verb, without
    «هذا/وكان/فيما …» in front and «قد» behind; None when they are not a short noun phrase."""
    cut = max(text.rfind("،", s0, vs), text.rfind(",", s0, vs), s0 - 1) + 1
    form = _strip((text[vs:vs + 20].split() or [""])[0])
    before_comma = cut > s0 and not text[cut:vs].strip() and not (form.lstrip("و")[:1] == "م" or _is_participle(form))
    if before_comma:                                   # «… أن وكالة «فلان» للأنباء، كشفت …»: the clause
        cut = max(text.rfind("،", s0, cut - 1), text.rfind(",", s0, cut - 1), s0 - 1) + 1   # before the comma
        vs = text.rfind("،", 0, vs) if text.rfind("،", 0, vs) >= cut else text.rfind(",", 0, vs)
    if text.count(" ", cut, vs) > 40:
        return None                                 # far more than a short noun phrase, whatever is trimmed
    toks = list(_tokens(text, cut, vs))
    comp = [i for i, t in enumerate(toks) if _strip(t[2]) in _COMPLEMENT]
    if comp and comp[-1] < len(toks) - 1:
        head = text[s0 if _strip(toks[comp[-1]][2])[:1] == "و" else cut:toks[comp[-1]][0]]
        if any(_verb_lemma(w) and _strip(w) not in _IMPERSONAL for w in head.split()):
            return None                                # «قالت الشرطة إن ممرضا يزعم», «أوضح التقرير أن …،
            #                                           وأن الوزراء أكدوا»: speech inside a speech
        toks = toks[comp[-1] + 1:]                     # «رغم أن بعض الدراسات تؤكد»: the subject after أن
    while toks and (_strip(toks[0][2]) in _LEAD or _strip(toks[0][2])[:1] == "و" and _strip(toks[0][2])[1:] in _LEAD):
        toks = toks[1:]                                # «وفيما يروي …»
    if _strip(text[vs:vs + 8]).startswith(("قول", "بقول")):
        at = [k for k, t in enumerate(toks) if _strip(t[2]) == "عن"]
        if at and at[-1] + 1 < len(toks):              # «نقلت الصحيفة عن الوزير قوله: …»: the one quoted
            return _speaker_np(text, toks[at[-1] + 1][0], vs)
    while toks and _strip(toks[-1][2]) in ("قد", "لقد", "ايضا", "اذ", "حين", "عندما"):
        toks = toks[:-1]
    titles = _SPEAKER_WORDS
    if not before_comma and len(toks) > 1 and _strip(toks[0][2])[:1] in "وف" and _strip(toks[0][2])[1:3] != "ال" \
            and _strip(toks[1][2]) in titles:
        toks = toks[1:]                                # «واختتم المصدر تصريحه بالقول»: a verb, then its subject
        for k in range(1, len(toks)):
            w = _strip(toks[k][2])
            if len(w) > 4 and w.endswith(("ه", "ها", "هم")) and not w.endswith("الله"):
                toks = toks[:k]                        # … and its object
                break
    if not toks or len(toks) > (12 if _strip(toks[0][2]) in _ROLE_WORDS else 8) or any(
            _verb_lemma(t[2]) or _strip(t[2]) in _COMPLEMENT or
                                        any(c.isdigit() for c in t[2]) for t in toks):
        return None
    first = _strip(toks[0][2])
    if before_comma and first not in titles:
        return None                                    # (only a titled phrase: «ودعوة الأمم المتحدة، يؤكد …»)
    if first not in titles and first not in _QUANTIFIERS and (first[:1] in "بلك" and first[1:] not in titles
                                                              and (first[1:3] == "ال" or first[:2] == "لل") or
                                any(_strip(t[2]) in _NP_STOP for t in toks) or first in ("لم", "لن", "لا", "ما", "قد")):
        return None                    # «بالتجسس ولكنها»: not a subject
    if cut > s0 and not any(_strip(t[2]) in titles for t in toks) and text[cut:toks[0][0]].strip() == "":
        return None                    # «…، يأتي ويصرح»: after a comma only a title makes a subject
    return toks[0][0], toks[-1][0] + len(toks[-1][2].rstrip(_PUNCT))


def _next_close(text: str, s: int, reach: int, marks: str = "»\"”“") -> int:
    """The first closing mark (one of ``marks``) in ``text[s + 1:s + reach]``, or -1."""
    return min([i for i in (text.find(c, s + 1, s + reach) for c in marks) if i > 0] or [-1])


def _quoted_name(text: str, s: int) -> bool:
    """A short quotation followed by a colon or أن: a name in quotes inside the subject
    («قالت المحامية «فلانة الفلانية»: إن …»), not the speech itself."""
    close = _next_close(text, s, 50)
    if close < 0 or len(text[s:close].split()) > 4:
        return False                   # five words or more: the speech itself
    after = text[close + 1:close + 12].lstrip()
    return after[:1] in ":،," or _strip(after.split()[0] if after.split() else "") in _COMPLEMENT


def _closed_word(tok: str) -> bool:
    """A token that is a whole quotation by itself («عكاظ», "AP")."""
    return len(tok) > 2 and tok.rstrip("،,.:؛;")[-1:] in "»\"”'’"


def _colon_span(text, vs, ve, colon_end, e0, lemma):
    """Speech introduced by a colon: to the end of its paragraph (at most :data:`MAX_QUOTE`
    characters; a colon at a line end introduces the next paragraph), or to the closing mark
    of a quote that opens right after the colon (narration may follow the quote)."""
    sp = _speaker_np(text, ve, colon_end) or _subject_before(text, text.rfind("\n", 0, vs) + 1, vs)
    start = colon_end
    while start < len(text) and text[start].isspace():
        start += 1
    if text[start:start + 1] in ("«", '"', "“", "„"):
        q = quote_spans(text[start:start + MAX_QUOTE])
        if q and q[0][0] == 0:
            return (colon_end, start + q[0][1], sp, lemma, (vs, ve))
    first = text[start:start + 12].split()[:1]
    if first and _strip(first[0]) in _COMPLEMENT:
        return (colon_end, e0, sp, lemma, (vs, ve))   # «وقال: إن …»: indirect speech, to its sentence end
    brk = _PARAGRAPH.search(text, start, start + MAX_QUOTE)
    end = brk.start() if brk else min(len(text), start + MAX_QUOTE)
    turn = _TRANSITION.search(text, start, end)
    return (colon_end, turn.start() + 1 if turn else end, sp, lemma, (vs, ve))


#: a sentence that opens with a transition is the outlet's narration again («. من جهة أخرى، …»)
_TRANSITION = re.compile(r"[.!؟]\s*(?:و)?(?:من\s+(?:جانب|جهة)\s+(?:اخر|اخري)|في\s+غضون\s+ذلك|الي\s+ذلك|في\s+سياق\s+"
                         r"(?:متصل|اخر)|علي\s+صعيد\s+(?:اخر|متصل)|في\s+المقابل|في\s+الاثناء|في\s+هذه\s+الاثناء)")


#: a paragraph break: a line break, or a run of non-breaking spaces standing in for one
_PARAGRAPH = re.compile(r"\n|\xa0\s*\xa0|\s{4,}")


# -------------------------------------------------------------------------------- reported naming

_AR_VERBS = ("وصف|وصفت|وصفوا|يصف|تصف|يصفون|سمي|سما|سمت|سموا|يسمي|تسمي|يسمون|اسمي|اسما|اسمت|اسموا"
             "|اطلق|اطلقت|اطلقوا|يطلق|تطلق|يطلقون")
_REPORTED_AR = re.compile(
    r"ما\s+(?:" + _AR_VERBS + r")(?:ه|ها|هم|هما|هن)?(?:\s+علي(?:ه|ها|هم))?"
    r"(?=(?:\s+[^\s.,،؛;:!?؟]+){0,7}?\s+ب)[^.,،؛;:!?؟\n]{1,100}")
_REPORTED_EN = re.compile(
    r"(?<!\w)(?:what|which)\s+(?:[\w'-]+\s+){0,4}?(?:called|calls|call|described\s+as|describes\s+as"
    r"|termed|terms|dubbed|dubs|labelled|labeled)(?!\w)[^.,;:!?\n]{0,100}"
    r"|(?<!\w)so-called(?:\s+[\w'-]+){1,3}")
_AR_PREFIX = "وفبلم"


def reported_spans(text: str) -> list[tuple[int, int]]:
    """Spans of reported naming («ما وصفه … بـ…», «so-called …»)."""
    out = []
    if "ما" in text:
        for m in _REPORTED_AR.finditer(text):
            i = j = m.start()
            while j > 0 and i - j < 2 and text[j - 1] in _AR_PREFIX:
                j -= 1
            if j == 0 or not text[j - 1].isalnum():
                out.append(m.span())
    if "call" in text or "describ" in text or "term" in text or "dub" in text or "label" in text:
        out.extend(m.span() for m in _REPORTED_EN.finditer(text))
    return out


# ----------------------------------------------------------------------------------------- headlines

#: headline prefixes that are rubrics, not speakers (normalised, lower case)
HEADLINE_RUBRICS = frozenset("""
عاجل فيديو بالفيديو صور بالصور تقرير راي تحليل خاص حصري مباشر شاهد بالارقام انفوجراف انفوغراف
انفوجرافيك حوار مقال تفاصيل متابعة تحديث ملف خبر اخبار مقابلة breaking live exclusive analysis
opinion video watch update explainer factbox photos interview editorial comment review
دراسة دراسات بحث استطلاع احصائية احصاءات ريبورتاج كاريكاتير قصة صورة رياضة اقتصاد سياسة ثقافة
مونديال كاس دوري الدوري بطولة نهائي مباراة اولمبياد انتخابات الانتخابات ميزانية الميزانية بالانفوجرافيك
بالصور بالفيديو بالارقام عام وثيقة وثائق ملخص حصاد قراءة رصد الطقس طقس study poll survey report
""".split())
_DIRECTIONS = frozenset("شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي ريف مدينة محافظة منطقة ولاية اقليم جزيرة جزر "
                        "عاصمة north south east west central northern southern eastern western".split())


@lru_cache(maxsize=1)
def _places() -> frozenset:
    from importlib.resources import files
    from ..text import normalize
    raw = files("framing").joinpath("lexicon/data/places.txt").read_text(encoding="utf-8")
    out = set()
    for line in raw.splitlines():
        line = line.split("#")[0].strip()
        if line:
            out.add(normalize(line, lower=True))
    return frozenset(out)


def is_place(phrase: str) -> bool:
    """True when a (normalised) phrase names a country, capital, region or major city, with
    an optional direction or unit word (شمال سوريا، محافظة جدة) and و/ب/ل in front."""
    words = [_strip(w) for w in phrase.split()]
    words = [w for w in words if w]
    if not words:
        return False
    places = _places()
    while words and words[0] in _DIRECTIONS:
        words = words[1:]
    p = " ".join(words)
    return bool(p) and (p in places or (p[0] in "وبل" and p[1:] in places))


def _has_place(words: list[str]) -> bool:
    places = _places()
    return any(w in places or " ".join(words[i:i + 2]) in places for i, w in enumerate(words))


_HEADLINE = re.compile(r"^\s*([^:\n]{1,80}?)\s*:\s*(?=\S)")
_TO_OUTLET = re.compile(r"\s+ل(?:ـ)?\s*[«\"“][^»\"”]{1,40}[»\"”]\s*$")


_SEGMENT = re.compile(r"\.\.+|…|\s[/|]\s?|\s-\s|،")
_HEAD_CUT = re.compile(r"\s(?:في|بعد|قبل|امام|خلال|عقب|عند|ردا|مدافعا|معلقا)\s")


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
    if s < e and title[s] in "وف" and s + 1 < e and title[s + 1] != " " and e - s > 3:
        s += 1 if title[s:s + 2] != "وز" else 0               # «والخبراء:» → الخبراء
    left = title[s:e]
    cut = _TO_OUTLET.search(left)                         # «وزير … لـ"عكاظ"»: said to the outlet
    if cut:
        e = s + cut.start()
        left = left[:cut.start()]
    verb = next((t for t in _tokens(title, s, e) if _verb_lemma(t[2]) and t[0] > s), None)
    head = _HEAD_CUT.search(left)
    if verb is not None:                                   # «القوى العراقية تندد … مؤكدة:»
        e = verb[0]
        left = title[s:e]
    elif head is not None and not _has_place(left[:head.start()].split()):
        e = s + head.start()                               # «لافروف بعد اجتماع …:»، «أوباما في كينيا:»
        left = left[:head.start()]
    return _judge(left, s, e, rubric_set)


def _judge(left: str, s: int, e: int, rubric_set) -> tuple[int, int] | None:
    while e > s and left[-1:].isspace():
        left, e = left[:-1], e - 1
    marked = any(c in left for c in "«»\"“”")
    core = " ".join(w for w in (_strip(x) for x in left.split()) if w)
    words = core.split()
    if not words or any(ch.isdigit() for ch in core):
        return None
    if marked and len(words) <= 6:
        return (s, e)
    if len(words) > 6 or core in rubric_set or core in HEADLINE_RUBRICS or words[0] in HEADLINE_RUBRICS:
        return None
    speakerish = any(w in _ROLE_WORDS or w in _ORG_WORDS for w in words)
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


def rubrics(titles, outlets=None, texts=None, min_titles: int = 3) -> frozenset:
    """Left sides of «X: …» titles that an outlet repeats (``min_titles`` or more of its titles)
    and that are not speakers: no title/organisation word, not in quotation marks, and (when
    ``texts`` are given) not named in the body of most of those articles — a columnist or a
    minister is named in the article, a rubric («قصة مصورة», «من التاريخ») is not.
    Returns normalised left sides; compute once per corpus."""
    from ..text import normalize
    outlets = list(outlets) if outlets is not None else [None] * len(titles)
    texts = list(texts) if texts is not None else None
    seen: Counter = Counter()
    named: Counter = Counter()
    for i, t in enumerate(titles):
        if not isinstance(t, str) or ":" not in t:
            continue
        m = _HEADLINE.match(normalize(t, lower=True))
        if not m:
            continue
        left = m.group(1).strip()
        if left[:1] in "«\"“" or _TO_OUTLET.search(left):
            continue
        words = [_strip(w) for w in left.split()]
        if any(w in _ROLE_WORDS or w in _ORG_WORDS for w in words):
            continue
        key = (outlets[i], left)
        seen[key] += 1
        if texts is not None and isinstance(texts[i], str):
            last = words[-1][2:] if words[-1].startswith("ال") else words[-1]
            if last and last in normalize(texts[i][:3000], lower=True):
                named[key] += 1
    return frozenset(left for key, n in seen.items() if n >= min_titles
                     and (texts is None or named[key] * 2 < n) for left in [key[1]])


# --------------------------------------------------------------------------------------- assembling

#: how far back (characters) a speech without a named speaker looks for the last one named
CARRY_SPEAKER = 1500


class Voices:
    """The voice spans of one normalised field; :meth:`at` labels one position.

    ``quoted``: non-overlapping ``(start, end)``; ``reported``: ``speech_events`` tuples sorted
    by start; ``own``: sorted ``(start, end)`` of verbs of saying and speaker names (always the
    outlet's words outside quotation marks); ``quote_info``: quote start → (speaker, verb)."""

    __slots__ = ("quoted", "qstarts", "reported", "rstarts", "quote_info", "own", "ostarts", "named", "text",
                 "nested", "sources")

    def __init__(self, quoted, reported, quote_info, text: str = "", nested=None, sources=()):
        self.text = text
        reported = _continued(reported, text)
        self.quoted = quoted
        self.qstarts = [s for s, _ in quoted]
        self.reported = reported
        self.rstarts = [r[0] for r in reported]
        self.quote_info = quote_info
        colon = [r for r in reported if r[0] > 0 and text[r[0] - 1:r[0]] == ":"]
        own = sorted([r[4] for r in reported if r[4][1] > r[4][0] and not _inside(r[4][0], colon, r)
                      and r[4][0] not in (nested or ())]
                     + [r[2] for r in reported if r[2] and not _inside(r[2][0], colon, r)])
        self.own = own
        self.nested = nested or {}
        self.sources = _merge(sources)
        self.ostarts = [o[0] for o in own]
        self.named = sorted((r[2], r[3], _verb_gender(text, r[4])) for r in reported if r[2])
        #                                                     (speaker span, verb, gender) by position

    def __bool__(self):
        return bool(self.quoted or self.reported)

    def _reported_at(self, pos):
        """The reported span holding ``pos``: the latest-starting one, one with a speaker before
        one without; but a speech after a colon keeps its speaker over the verbs of saying he
        uses himself («وقال فلان: يعتبر المجلس …»)."""
        i = bisect.bisect_right(self.rstarts, pos) - 1
        best = colon = None
        while i >= 0 and pos - self.rstarts[i] <= 2 * MAX_QUOTE:
            r = self.reported[i]
            if pos < r[1] and (best is None or (best[2] is None and r[2] is not None)):
                best = r
            if pos < r[1] and colon is None and r[2] is not None and r[0] > 0 and self.text[r[0] - 1:r[0]] == ":":
                colon = r
            i -= 1
        if colon is not None and best is not colon and colon[0] <= best[4][0] < colon[1]:
            return colon
        return best

    def _last_named(self, pos, nearest: bool = True, gender: str = ""):
        """The speaker named last before ``pos`` (within :data:`CARRY_SPEAKER` characters) whose
        verb agrees with ``gender`` (``m``/``f`` of the verb that has no subject: «وأضافت» skips a
        man named since); with ``nearest``, the span of that speaker's last mention before ``pos``."""
        i = bisect.bisect_right(self.named, ((pos, pos), "~")) - 1
        pronoun = None
        while i >= 0 and pos - self.named[i][0][1] <= CARRY_SPEAKER:
            sp, verb, g = self.named[i]
            i -= 1
            if {g, gender} == {"m", "f"} or self._quoted_elsewhere(sp[0], pos) or _divine(self.text, sp):
                continue                    # another gender; a speaker named inside someone's quotation
            if self.pronoun_title(sp):
                pronoun = pronoun or (sp, verb)
                continue                    # «وأكد سموه»: the one it stands for is named before
            return (self.nearest_mention(sp, pos) if nearest else sp), verb
        return pronoun or (None, "")

    def pronoun_title(self, sp) -> bool:
        """An honorific with a pronoun (سموه، معاليه …) as the whole speaker."""
        return _strip(self.text[sp[0]:sp[1]]) in _PRONOUN_TITLES

    def resolve(self, sp, verb=""):
        """A speaker that is an honorific with a pronoun, replaced by the speaker named before it."""
        if sp is not None and self.pronoun_title(sp):
            named = self._last_named(sp[0])[0]
            return named if named is not None and not self.pronoun_title(named) else sp
        return sp

    def _quoted_elsewhere(self, at: int, pos: int) -> bool:
        """``at`` lies inside a quotation that does not hold ``pos``."""
        j = bisect.bisect_right(self.qstarts, at) - 1
        return j >= 0 and at < self.quoted[j][1] and not self.quoted[j][0] <= pos < self.quoted[j][1]

    def nearest_mention(self, sp, pos: int):
        """The speaker's last mention before ``pos`` (by the last word of the name, «… عباس»)."""
        words = self.text[sp[0]:sp[1]].split()
        last = _strip(words[-1]) if words else ""
        if len(last) < 3 or not self.text:
            return sp
        j = self.text.rfind(last, sp[1], pos)
        while j >= 0 and (j > 0 and self.text[j - 1].isalnum() or
                          j + len(last) < len(self.text) and self.text[j + len(last)].isalnum()):
            j = self.text.rfind(last, sp[1], j)
        return (j, j + len(last)) if j >= 0 else sp

    def at(self, pos: int) -> tuple[str, tuple | None, str]:
        """``(voice, speaker span or None, verb)`` for a match starting at ``pos``."""
        i = bisect.bisect_right(self.qstarts, pos) - 1
        if i >= 0 and pos < self.quoted[i][1]:
            sp, verb = self.quote_info.get(self.quoted[i][0], (None, ""))
            if sp is None:
                r = self._reported_at(pos)
                if r is not None:
                    sp, verb = r[2], r[3]
            if sp is None:
                r = self._reported_at(self.quoted[i][0])
                sp, verb2 = self._last_named(self.quoted[i][0], gender=_verb_gender(self.text, r[4], True) if r else "")
                verb = verb or verb2
            elif sp[1] < self.quoted[i][0] - 50:
                sp = self.nearest_mention(sp, self.quoted[i][0])
            return "quoted", self.resolve(sp), verb
        j = bisect.bisect_right(self.ostarts, pos) - 1
        if j >= 0 and pos < self.own[j][1]:
            return "own", None, ""
        k = bisect.bisect_right(self.sources, (pos, len(self.text) + 1)) - 1
        if k >= 0 and pos < self.sources[k][1]:
            return "own", None, ""               # «بحسب ما أفادت الوزارة في بيان»: the attribution itself
        if pos in self.nested:                   # «… أن الرئيس قال …»: a verb inside another's speech
            return "reported", self.nested[pos][1], self.nested[pos][2]
        r = self._reported_at(pos)
        if r is not None:
            sp, verb = r[2], r[3]
            if sp is None:
                sp = self._last_named(pos, gender=_verb_gender(self.text, r[4], True))[0]
            elif sp[1] < pos - 300:
                sp = self.nearest_mention(sp, pos)
            return "reported", self.resolve(sp), verb
        return "own", None, ""


def voice_spans(text: str, title: bool = False, rubrics: frozenset = frozenset(), upto: int | None = None) -> Voices:
    """The :class:`Voices` of a normalised field (``title=True`` adds the headline rule;
    ``rubrics``: left sides learned by :func:`rubrics` that are not speakers).  ``upto``: only
    positions before it will be asked about (the last match): verbs of saying more than a
    sentence after it are not analysed (their speech starts after it)."""
    bounds = sentence_bounds(text)
    limit = None
    if upto is not None:
        i = bisect.bisect_right(bounds, upto) + 1                 # the sentence after the one holding upto
        limit = bounds[i] if i < len(bounds) else None
    events = sorted(speech_events(text, bounds, limit), key=lambda ev: (ev[0], ev[1]))
    nested = _nested_verbs(_continued(events, text), text)
    sources = [_source_phrase(text, ev) if ev[2] is not None else _pronoun_source(text, ev) for ev in events
               if ev[4][1] > ev[4][0] and _ATTRIB.match(text, ev[4][0])]
    events = _coordinated(_cut_at_next_speaker(events, text), text)
    events = _participle_speakers(events, text, bounds)
    quoted, info = [], {}
    for s, e in quote_spans(text):
        if _scare(text, s, e) and not any(ev[0] <= s < ev[1] for ev in events):
            continue
        quoted.append((s, e))
        info[s] = _quote_speaker(text, bounds, s, e, events)
    if title:
        sp = headline_speaker(text, rubrics)
        if sp is not None:
            hs, he = _HEADLINE.match(text).end(), len(text)
            quoted = [q for q in quoted if q[1] <= hs or q[0] >= he] + [(hs, he)]
            quoted.sort()
            info[hs] = (sp, ":")
    return Voices(quoted, events, info, text, nested, sources)


def _pronoun_saying(word: str) -> bool:
    """A noun of saying with (or without) a possessive pronoun (وصفه، قولها، تعبيرهم): «حسب وصفه»,
    «على حد تعبيره» name the speaker before, not a new one."""
    return re.sub("(?:ه|ها|هم)$", "", _strip(word)) in ("وصف", "قول", "تعبير", "زعم", "راي", "تقدير", "كلام")


def _pronoun_source(text: str, ev) -> tuple[int, int]:
    """«حسب زعمها», «على حد تعبيره»: the attribution phrase and its one-word object, own."""
    nxt = list(itertools.islice(_tokens(text, ev[4][1], ev[1]), 1))
    if nxt and _pronoun_saying(nxt[0][2]):
        return ev[4][0], nxt[0][0] + len(nxt[0][2].rstrip(_PUNCT))
    return ev[4]


#: words after a source that start the statement again, unless the phrase names where the source
#: spoke («وفق الملك في حديث تلفزيوني بعد الغزو»: still the source's description)
_CONTENT_STOP = frozenset("بعد عقب اثر خلال منذ حيث عندما بينما فيما".split())
_SPEECH_SETTINGS = frozenset("حديث بيان تصريح تصريحات مقابلة مؤتمر تغريدة كلمة لقاء".split())
_SOURCE_STOP = frozenset("فان فانه فانها فانهم فقد ان بان انه انها".split())


def _source_phrase(text: str, ev) -> tuple[int, int]:
    """The attribution phrase with its source («بحسب ما أفادت الوزارة في بيان», «وفقا لتقرير
    مركز … لدراسات الأسرى»): the outlet's words, up to a comma, a bracket, «فإن» or the sentence
    end within 12 words; without such a stop, up to the end of the source's name."""
    third = list(itertools.islice(_tokens(text, ev[4][1], ev[1]), 3))
    end, name_end = ev[4][1], max(ev[4][1], min(ev[2][1], third[-1][1] if third else ev[4][1]))
    s0 = text.rfind("\n", 0, ev[4][0]) + 1
    fronted = not text[max(s0, ev[4][0] - 12):ev[4][0]].strip(" \t\xa0،,")[-1:].isalpha()   # «وبحسب …، فإن …»
    for n, (s, e, tok) in enumerate(_tokens(text, ev[4][1], ev[1])):
        w = _strip(tok)
        if n >= 12 or w in _WHICH or w[:1] == "(" or tok[:1] == "(":
            return ev[4][0], name_end if fronted or n >= 12 else end
        if w in _SOURCE_STOP or tok[0] in "«\"“”" and n > 1 or (
                w in _CONTENT_STOP and not any(_strip(t) in _SPEECH_SETTINGS for t in text[ev[4][1]:s].split())):
            return ev[4][0], end                 # «بحسب سكاي نيوز بعد هجوم …»: the statement goes on
        end = s + len(tok.rstrip(_PUNCT))
        if tok[-1:] in "،,:؛;)" or (not fronted and (tok[-1:] in ".!؟" or text[e:e + 1] == "\n")):
            far = fronted and len(text[name_end:end].split()) > 2
            return ev[4][0], name_end if far else end      # «ووفقا لمصادر اعتقلت قوات …،»: no comma after the source
    return ev[4][0], name_end if fronted else end


#: words that open a clause before a verb of saying: the verb starts a statement of its own
_CLAUSE_LEAD = frozenset("""الامر حيث كما ثم لكن لكنه لكنها لكنهم ولكن ولكنه ولكنها بل فيما بينما اذ قد وقد لقد فقد كذلك
ايضا بدوره بدورها بدورهم كان وكان كانت وكانت عندما حين حينما وحيث وفيما وكما وبينما اما واما والتي والذي والذين
هي وهي هو وهو""".split())


def _nested_verbs(events: list, text: str) -> dict:
    """Starts of verbs of saying that are part of another speech: inside the span of an earlier
    verb of saying (not of an attribution phrase), right after their own subject — «وأشار الوزير
    إلى أن الرئيس قال …», «وذكرت الوكالة أنه أكد …».  A verb that opens a clause (with و/ف,
    after حيث/كما/لكنه … or a sentence end) starts a statement of its own and stays the outlet's.
    Returns ``{verb start: (verb end, speaker, verb)}`` with the outer speech's speaker and verb."""
    containers = [ev for ev in events if ev[3] not in ("reported naming", "تصريح")
                  and not (ev[4][1] > ev[4][0] and _ATTRIB.match(text, ev[4][0]))]
    out = {}
    for ev in events:
        vs, ve = ev[4]
        holders = [c for c in containers if c is not ev and c[4][0] < vs and c[0] <= vs < c[1]] if ve > vs else []
        if not holders:
            continue
        form = _strip(text[vs:ve])
        if _verb_lemma(form) is None and not _is_participle(form):
            continue                                   # an attribution phrase («كما يقول …»), not a verb
        outer = max(holders, key=lambda c: c[4][0])
        if outer[3] == "answer":
            out[vs] = (ve, outer[2], outer[3])         # an interview answer: the interviewee's words
            continue
        if form[:1] in "وف" and len(form) > 3 and form[1:] in _verb_table() and (
                _gender(form) == _gender(_strip(text[outer[4][0]:outer[4][1]])) or
                (ev[2] is not None and ev[2][0] >= ve)):
            continue                                   # «وأكد …», «وتوضح فلانة …»: a statement of its own
        if _char_before(text, vs) in ".:؛;!؟?\n" or _titled_subject_after(text, ev) or \
                text[ve:ve + 2].strip()[:1] == ":" or (ev[0] > 0 and text[ev[0] - 1] == ":"):
            continue                                   # a sentence start; verb–subject order; «… قال:»
        prev = [_strip(w) for w in text[max(outer[0], vs - 80):vs].split()][-8:]
        lead = max((i for i, w in enumerate(prev) if w in _CLAUSE_LEAD or
                    (w in ("الا", "غير") and prev[i + 1:i + 2] and prev[i + 1] in _COMPLEMENT)), default=-1)
        if lead >= 0 and prev[lead] in ("الا", "غير"):
            lead += 1                                  # «إلا أنه أكد»: a conjunction, not a complement
        if lead >= 0 and not any(w in _COMPLEMENT for w in prev[lead + (prev[lead] in _COMPLEMENT):]):
            continue                                   # «…، وكان المدرب أكد …», «لكنه أكد»
        raw = text[max(outer[0], vs - 80):vs]
        tail = raw[max(raw.rfind("،"), raw.rfind(",")) + 1:].split()
        if 1 <= len(tail) <= 3 and raw.rstrip()[-1:] not in "،," and tail[0][:1] == "و" and \
                _strip(tail[0]) not in _COMPLEMENT and ("،" in raw or "," in raw):
            continue                                   # «…، وامرأة تدعي …»: a new clause with its own subject
        out[vs] = (ve, outer[2], outer[3])
    return out


def _titled_subject_after(text: str, ev) -> bool:
    """The speaker comes after the verb and opens with a title, an organisation or a source
    («، صرح مندوب ثان بأنه …»): verb–subject order, a main clause of its own."""
    sp = ev[2]
    if sp is None or sp[0] < ev[4][1]:
        return False
    words = [_strip(w) for w in text[sp[0]:sp[1]].split()]
    return bool(words) and (_role_end(words) > 0 or words[0] in _SOURCE_WORDS)


def _participle_speakers(events: list, text: str, bounds: list[int]) -> list:
    """An adverbial participle with no subject of its own («…، مشيرا إلى أن …», «…، سائلا الله …»)
    speaks for the subject of its sentence: the speaker of the last verb of saying before it in
    that sentence («أفاد مصدر …، مشيرا») that is not inside another's speech («أضاف المركز أن …
    التي يتوقع كثيرون أن …، مشيرا» → المركز, not a relative clause's) and agrees with it (مشيرة → a feminine verb), else
    the noun phrase after the sentence's first verb («ووجه الإمام رسالة …، معبرا عن …»)."""
    out = list(events)
    for i, ev in enumerate(out):
        vs, ve = ev[4]
        raw = _strip(text[vs:ve])
        form = raw[1:] if raw[:1] in "وف" and len(raw) > 4 else raw
        s0 = _sentence(text, bounds, vs)[0]
        joined = raw[:1] in "وف" and bool(text[s0:vs].strip()) \
            and not _inside(vs, out, ev)              # (not a verb inside someone's speech)
        if ev[2] is not None or ve <= vs or not (form[:1] == "م" and form.endswith(("ا", "ة", "ين"))
                                                  or _is_participle(form) or joined):
            continue                                   # (also «وندد فلان بـ… وقال: …»: و + verb mid-sentence)
        before = [o for o in out if o[2] is not None and s0 <= o[4][0] < vs and o[4][1] > o[4][0]]
        outer = [o for o in before if not any(p is not o and p[0] <= o[4][0] < p[1] for p in before)
                 and _strip((text[max(0, o[4][0] - 8):o[4][0]].split() or [""])[-1]) not in _WHICH
                 and not _divine(text, o[2])]      # «حيث قال تعالى (…)، مشيرا»: the writer's citation
        g = _gender(form)
        outer = [o for o in outer if {g, _verb_gender(text, o[4])} != {"m", "f"}] or outer
        sp = max(outer, key=lambda o: o[4][0])[2] if outer else _sentence_subject(text, s0, vs)
        if joined and not outer and sp is not None and not _plain_subject(text, sp):
            sp = None                                  # «وبعد زيارتي للدكتور … وقال»: no subject there
        if sp is not None:
            out[i] = (ev[0], ev[1], sp, *ev[3:])
    return out


#: God or the Prophet as the speaker of a cited verse or hadith (normalised)
_DIVINE = frozenset(["تعالي", "الله", "الله تعالي", "الله سبحانه", "الله عز وجل", "سبحانه", "الحق تعالي"])


def _divine(text: str, sp) -> bool:
    """A cited verse's speaker («قال تعالى»): not the speaker a later participle or a verb
    without a subject continues."""
    return sp is not None and " ".join(_strip(w) for w in text[sp[0]:sp[1]].split()) in _DIVINE


def _plain_subject(text: str, sp) -> bool:
    """A noun phrase that can be a subject: no word with a possessive pronoun (زيارتي، جهده) and
    no modal verb first (يجب، يمكن)."""
    words = [_strip(w) for w in text[sp[0]:sp[1]].split()]
    return bool(words) and words[0] not in ("يجب", "يمكن", "ينبغي", "يبدو", "يكون", "كان") and not any(
        len(w) > 3 and w.endswith(("تي", "ته", "تها", "ده", "ها", "هم")) and not w.endswith("الله") for w in words)


def _sentence_subject(text: str, s0: int, vs: int):
    """The noun phrase after the first word of a sentence that opens with و/ف + verb, or with
    «بدوره، / من جهته، / وفي المقابل،» and a verb (or None)."""
    toks = list(itertools.islice(_tokens(text, s0, vs), 4))
    lead = next((k + 1 for k, t in enumerate(toks[:3]) if t[2][-1:] in "،,"), 0)
    if lead and lead < len(toks) and _strip(toks[0][2]).lstrip("و") in ("بدوره", "بدورها", "من", "في", "علي") \
            and not _strip(toks[lead][2]).startswith("ال") and _strip(toks[lead][2]) not in _NP_STOP:
        toks = toks[lead:]                             # «بدوره، وصف المفتي …، قائلا»
    elif not toks or len(_strip(toks[0][2])) < 4 or _strip(toks[0][2])[:1] not in "وف" \
            or _strip(toks[0][2])[1:] in _NP_STOP or _strip(toks[0][2])[1:3] == "ال":
        return None
    np = _speaker_np(text, toks[0][1], vs)
    if np is None or np[0] >= vs:
        return None
    words = [_strip(w) for w in text[np[0]:np[1]].split()]
    return np if words and (_role_end(words) or words[0] in _SOURCE_WORDS or len(words) <= 4) else None


_CONTINUE = re.compile(r"[ \t\xa0]*(?:وان|وبان|وانه|وانها|وانهم|كما\s+ان|ف(?!ي(?:ما|ه|ها)?\s)[^\sال]\S*)(?=\s)")


def _continued(events: list, text: str) -> list:
    """A sentence that opens with «وأن …» / «كما أن …» right after a reported sentence goes on
    with the same speech («وقالت إن … . وأن …»)."""
    if not events:
        return events
    ends = {}
    for ev in events:
        if ev[1] > ev[0]:
            ends.setdefault(ev[1], ev)
    extra = []
    for end, ev in ends.items():
        m = _CONTINUE.match(text, end)
        if m and text[end - 1:end] in ".؟!":
            stop = _sentence_end(text, m.end())
            extra.append((m.start(), stop, ev[2], ev[3], (m.start(), m.start())))
    return sorted(events + extra, key=lambda r: (r[0], r[1])) if extra else events


def _verb_gender(text: str, span, carried: bool = False) -> str:
    """The gender (:func:`_gender`) of the one-word verb of saying at ``span``, else ``""``; with
    ``carried``, only for a verb whose subject is a pronoun (one opening with و/ف, a participle):
    a verb after «أن نتائج التحقيق» has its subject before it, not the last speaker's gender."""
    form = _strip(text[span[0]:span[1]])
    if carried and form[:1] not in "وفم":
        return ""
    return _gender(form) if form and " " not in form and (_verb_lemma(form) or _verb_table().get(form.lstrip("وف"))) \
        else ""


def _gender(form: str) -> str:
    """``m``, ``f`` or ``p`` (plural) of a verb of saying as written (قالت، تؤكد → f; قال، يؤكد،
    تابع → m)."""
    f = form[1:] if form[:1] in "وف" and len(form) > 3 else form
    if f.endswith(("وا", "ون", "ين")):
        return "p"
    if f.startswith("ت") and _verb_table().get(f) == f:
        return "m"                                   # تابع، تحدث، توقع: the past tense of its own
    if f.startswith("ت") or (f.endswith("ت") and f != "لفت") or f.endswith("ة"):
        return "f"
    return "m"


def _coordinated(events: list, text: str) -> list:
    """«ودعت الوزارة …، وأكدت أن …»: a verb of saying joined by و/ف to an earlier one of the same
    person and gender, with no subject of its own, is the same speaker's next statement: it
    ends the earlier span and takes its speaker (and, like every introducing verb, stays own).
    A verb of another gender inside a speech («اعتبر الوزير الاتفاقية …، وتؤكد …») is content."""
    if len(events) < 2:
        return events
    out = list(events)
    for i, ev in enumerate(out):
        vs, ve = ev[4]
        form = _strip(text[vs:ve])
        if ve <= vs or ev[2] is not None or form[:1] not in "وف":
            continue
        nxt = text[ve:ve + 30].split()
        first = _strip(nxt[0]) if nxt else ""
        if not (text[ve:ve + 3].lstrip()[:1] in ":«\"“" or first in _COMPLEMENT or first in _PREPOSITIONS
                or first[:1] == "ب"):
            continue                                   # «ويشير تقديم النصح إلى …»: a subject of its own
        for j, outer in enumerate(out):
            if j != i and outer[0] <= vs < outer[1] and outer[4][1] > outer[4][0] and outer[4][0] < vs \
                    and _gender(_strip(text[outer[4][0]:outer[4][1]])) == _gender(form):
                out[j] = (outer[0], vs, *outer[2:])
                out[i] = (ev[0], ev[1], outer[2], *ev[3:])
                break
    return out


def _inside(pos: int, events, me) -> bool:
    return any(ev is not me and ev[0] <= pos < ev[1] for ev in events)


def _cut_at_next_speaker(events: list, text: str = "") -> list:
    """A reported span ends where a new verb of saying with its own named speaker begins
    («أوضح مندوب أنه …، وصرح مندوب ثان بأنه …»: two speeches, two speakers); speech after a
    colon runs on (the speaker may use verbs of saying himself)."""
    starts = sorted(ev[4][0] for ev in events if ev[2] is not None and ev[4][1] > ev[4][0])
    openers = sorted(ev[4][0] for ev in events if ev[4][1] > ev[4][0] and
                     (ev[4][0] == 0 or _char_before(text, ev[4][0]) in ".!؟\n"))
    out = []
    for ev in events:
        if ev[0] > 0 and text[ev[0] - 1:ev[0]] == ":":
            i = bisect.bisect_right(openers, ev[0])      # «…: كلام. وقال …»: a new sentence of narration
            out.append((ev[0], openers[i], *ev[2:]) if i < len(openers) and openers[i] < ev[1] else ev)
            continue
        i = bisect.bisect_right(starts, ev[0])
        if i < len(starts) and starts[i] < ev[1] and starts[i] > ev[4][1]:
            ev = (ev[0], starts[i], *ev[2:])
        out.append(ev)
    return out


def _scare(text: str, s: int, e: int) -> bool:
    """A quotation of one or two words (a name, a scare-quoted term) that no verb of saying
    or colon introduces is not a quotation."""
    if len(text[s + 1:e - 1].split()) > 2:
        return False
    head = text[max(0, s - 40):s].split()
    if text[max(0, s - 3):s].strip().endswith(":"):
        return False
    if head and _strip(head[-1]) in _SOURCE_ORGS and text[e:e + 30].split()[:1] != []:
        return True                                         # «وقالت حركة «حماس» في بيان»: a name
    tail = text[e:e + 30].lstrip(" ،,").split()
    if text[e:e + 3].strip()[:1] in "،," and tail and _verb_lemma(tail[0]) is not None:
        return False                                        # «…»، قال الوزير
    return not any(_verb_lemma(w) is not None or _naming(w) for w in head[-3:])


#: verbs of naming: a word or two in quotes after them is the namer's term («وصفه بـ"الإرهاب"»,
#: called the attack "a massacre")
_NAMING = frozenset("وصف وصفت يصف تصف نصف سمي اسمي سما اسما سمت اسمت يسمي تسمي اطلق اطلقت يطلق تطلق called calls call "
                    "dubbed termed labelled labeled described describes describe named names branded".split())


def _naming(word: str) -> bool:
    """A verb of naming, with و/ف before it and an object pronoun after it (وتصفهم، وصفه، سماها)."""
    w = _strip(word)
    w = w[1:] if w[:1] in "وف" and w[1:] in _NAMING or w[:1] in "وف" and len(w) > 4 else w
    return w in _NAMING or any(w.endswith(p) and w[:-len(p)] in _NAMING for p in ("هما", "هم", "هن", "ها", "ه"))


def _quote_speaker(text, bounds, s, e, events):
    """Speaker and verb of a quotation: the speech event that holds it («قال الوزير: "…"»,
    «وأكد الوزير أن "…"»), else the nearest verb of saying with a named subject in its sentence,
    before it or right after it («"…"، قال الوزير»)."""
    holders = [ev for ev in events if (ev[0] <= s < ev[1] or ev[0] == ev[1] == s) and ev[2] is not None]
    if holders:                            # (an empty span at the quote: «قال فلان في بيان "…"»); the
        ev = max(holders, key=lambda h: h[0])   # latest-starting: «وأضاف المصدر - حسب الوكالة - أن «…»»
        return ev[2], ev[3]
    s0, e0 = _sentence(text, bounds, s)
    best = None
    for ev in events:
        sp = ev[2]
        if sp is None:
            continue
        after = e <= sp[0] < min(e0, e + 80) or (e0 <= e and e <= sp[0] < e + 80 and "\n" not in text[e:sp[0]])
        if s0 <= sp[0] < s or after and _postposed(text, e, ev[4]):
            d = s - sp[1] if sp[0] < s else sp[0] - e
            if best is None or d < best[0]:
                best = (d, sp, ev[3])
    return (best[1], best[2]) if best else (None, "")


def _postposed(text: str, e: int, verb) -> bool:
    """A verb right after a quotation's end, with nothing but punctuation between and no و/ف of
    its own: «"…"، قال الوزير» names the quotation's speaker; «"…"، وأعرب فلان عن …» is a new
    statement."""
    vs, ve = verb
    form = _strip(text[vs:ve])
    if form[:1] in "وف" and len(form) > 3 and (_verb_lemma(form[1:]) is not None or form[1:] in _verb_table()):
        return False
    return vs >= e and not text[e:vs].strip(" ،,.:؛;-–—«»\"“”'\n")


def voice_at(spans: Voices, starts=None, pos: int = 0) -> str:
    """The voice (``own``, ``quoted`` or ``reported``) of a match starting at ``pos``."""
    return spans.at(pos)[0]
