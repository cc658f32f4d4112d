"""Verbs of saying and the word helpers every voice module shares.

The table of verbs of saying (``_VERBS`` and the sets that refine it), their lemma
(:func:`_verb_lemma`), participles, grammatical gender, and the helpers on normalised text
(:func:`_strip`, :func:`_tokens`, :func:`_char_before`, the complementisers ``_COMPLEMENT``).

The voice rules live in several modules, layered bottom first: ``saying`` → ``quotes`` →
``places`` → ``speakers`` → ``speech`` → ``headlines`` → ``voice``; each imports only the modules
before it.  Naming rule: a leading underscore means private to these voice modules (not to one
file); a module that uses another's helper imports it explicitly by name (``from .saying import
_strip``).  The public names are the ones :mod:`framing.lexicon.voice` lists in ``__all__``.
"""
from __future__ import annotations

import re
from functools import lru_cache


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
    ("شجب", "شجب", ""), ("رحب", "رحب", ""),
    ("تساءل", "تساءل", "متسائل"), ("تعهد", "تعهد", ""),
    ("اشاد", "شيد", "مشيد"),                     # «أشاد الوزير بالمقاومة» (praised; «يشيد مبنى» lacks its بـ)
    ("حث", "حث", ""),                            # «وحثت الكتلة الفصائل على …» (urged, like دعا إلى)
    ("اجاب", "جيب", "مجيب"),                     # «يجيب فلان: «…»» (answers, before a colon or أن)
    ("نص", "نص", ""),                            # «وينص القانون على أن …» (a document that stipulates, guide §5.8)
    ("اتفق", "تفق", ""),                         # «واتفق الوزيران على أن …» (a joint position, guide §5.8)
    ("ابان", "بين", ""),                         # «وأبان الوزير أن …» (made clear; bare «ابان» is also «إبان», during)
    ("نعي", "نعي", ""),                          # «ونعت الوزارة الشهداء» (mourned: what is said of the dead, guide §5.1;
    #                                              not the masculine «نعى», which normalises to «نعي», we realise)
    ("اشتكي", "شتكي", ""),                       # «واشتكى الأهالي من …» (complained of: the complaint's content)
    ("خلص", "خلص", ""),                          # «وخلص التقرير إلى أن …» (concluded; only with إلى and أن soon after)
]
#: forms that are also common other words (between, affiliated, books, student …): verbs only after و/ف
_NEEDS_CONJ = frozenset("بين تابع كتب نقل علق توقع طالب ذكر راي ثمن سال دعا روي وصف عزي تحدث تحدثت يتحدث تتحدث"
                        " عبر طلب حمل يحمل تحمل حملت قدر يقدر تخوف ركز دان تعهد حث نص ابان ابانا نعي نعت نعوا نعيا نعتا خلص".split())   # تعهد: also «a pledge»
#: verbs that report speech only with a given word after them: «شدد على» (stressed) but «شدد
#: الإجراءات» (tightened); «عبر عن» (expressed) but «عبر الحدود» (across); «حمل … المسؤولية»
_NEEDS_WORD = {"شدد": ("علي", "بان"), "عبر": ("عن",), "أعرب": ("عن",), "حمل": ("مسؤولية", "المسؤولية"),
               "هدد": ("ب",), "رحب": ("ب",), "طلب": ("من", "ب"), "المح": ("الي",), "ركز": ("علي",),
               "تعهد": ("ب",), "اشاد": ("ب",), "حث": ("علي",), "اشتكي": ("من",), "خلص": ("الي",)}                 # «تعهد بأن/أن …», «تعهد بإعادة …» (not «تعهد الطرفين»)
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
                       " يشتكي تشتكي يشتكون تشتكون".split())   # يبلغ: «amounts to», not «informs»; «تشتكي من
#      رأسها», «لماذا تشتكي …»: the present complains of pain or rhetorically; «نعى» is also «نعي» (we realise: «أن نعي أن
#      …»): a verb only with و/ف or where a clause opens (:data:`_NEEDS_CONJ`: «كما نعى الجيش …», «وإلى ذلك، نعى …»)
_PASSIVE = {"افيد": "أفيد", "قيل": "قيل", "يقال": "قيل", "ذكر": "ذكر", "نقل": "نقل", "بالقول": "قال",
            "دان": "أدان", "دانوا": "أدان", "قوله": "قال", "قولها": "قال", "قولهم": "قال", "بقوله": "قال", "بقولها": "قال", "دانت": "أدان",
            "مضيفة": "أضاف", "مضيفين": "أضاف"}
_DISPLAY = {"قال": "قال", "اكد": "أكد", "اوضح": "أوضح", "اضاف": "أضاف", "اشار": "أشار", "راي": "رأى",
            "نفي": "نفى", "ادعي": "ادعى", "اعلن": "أعلن", "افاد": "أفاد", "اردف": "أردف", "اعترف": "اعترف",
            "اقر": "أقر", "ابلغ": "أبلغ", "اخبر": "أخبر", "اورد": "أورد", "اعرب": "أعرب", "اعتقد": "اعتقد",
            "افصح": "أفصح", "اتهم": "اتهم", "اعتبر": "اعتبر", "جاء": "جاء في"}
#: how a lemma that the rules key without its hamza or final ى is printed (the ``verb`` column): the rules keep their keys
_SPELLED = {"اشاد": "أشاد", "المح": "ألمح", "ادان": "أدان", "ابدي": "أبدى", "اوصي": "أوصى", "اظهر": "أظهر",
            "عزي": "عزى", "روي": "روى", "حكي": "حكى", "ابان": "أبان", "نعي": "نعى", "اشتكي": "اشتكى"}


def spelled(lemma: str | None) -> str | None:
    """The verb of saying ``lemma`` as it is printed: «أشاد», «أبدى» (the rules' key «اشاد», «ابدي»)."""
    return _SPELLED.get(lemma, lemma)


_EN_VERBS = ("said", "says", "say", "told", "tells", "stated", "added", "noted", "claimed", "claims", "alleged",
             "warned", "announced", "insisted", "denied", "stressed", "explained", "argued", "reported")

#: past duals (قالا، أكدتا) that are also common nouns in the accusative (ذكرا، حذرا، طلبا، نقلا عن):
#: verbs only after و/ف, like :data:`_NEEDS_CONJ`
_DUAL_NOUNS = frozenset("ذكرا حذرا كشفا ختما طلبا حملا ثمنا قدرا نقلا كتبا عبرا طالبا تخوفا توقعا زعما وصفا اقرا"
                        " بينا تابعا لفتا علقا ركزا رحبا شجبا تحدثا نوها رجحا سالا رويا حكيا عزيا تعهدا نفيا رايا صرحا".split())
#: object pronouns written on أخبر (أخبره، أخبرتهم، أخبرني …: «told him that …»)
_OBJECT_CLITICS = ("ه", "ها", "هم", "هما", "هن", "ني", "نا", "كم")

#: the participle of قال as written (with ئ or, normalised, ي): its own forms in both verb tables
_QAIL = ("قايلا", "قايلة", "قائلا", "قائلة", "قايلين", "قائلين")
#: «سائلا الله أن …» (asking God): the hamza is kept by normalize, so the table's «سايل» misses it
_SAIL = ("سائلا", "سائلين")


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
            pasts += ["قالت", "قالوا"]
        pasts += _duals(past)
        if past == "اخبر":                                        # أخبره، أخبرتهم، أخبروني
            pasts += [p + c for p in pasts[:3] for c in _OBJECT_CLITICS]
        imps = []
        for p in ("ي", "ت"):
            imps += [p + stem, p + stem + "ون", p + stem + "ان"]
        if weak:
            imps += ["ي" + stem[:-1] + "ون", "ت" + stem[:-1] + "ون"]
        parts = [part + e for e in ("ا", "ين")] if part else []    # adverbial: مؤكدا أن
        if part.endswith("ي"):
            parts.append(_weak_plural(part))                          # داعين، نافين (a weak root drops its ي)
        if part in _SAFE_FEMININE or part in _COMMA_FEMININE:
            parts.append(part + "ة")                                  # مؤكدة (not متابعة، مطالبة: nouns)
        if past == "قال":
            parts = list(_QAIL)
        if part == "سايل":
            parts += list(_SAIL)
        for f in pasts + imps + parts:
            if f not in _NOT_VERBS:
                table.setdefault(f, lemma)
    for f, lemma in _PASSIVE.items():
        table.setdefault(f, lemma)
    for w in _EN_VERBS:
        table[w] = {"says": "said", "say": "said", "tells": "told", "claims": "claimed"}.get(w, w)
    return table


def _duals(past: str) -> list[str]:
    """The past dual of a verb of saying, masculine and feminine: قالا/قالتا، أكدا/أكدتا، نفيا/نفتا،
    دعتا (دعوا is also the plural, already listed)."""
    if past == "قال":
        return ["قالا", "قالتا"]
    if past.endswith("ا"):
        return [past[:-1] + "تا"]
    if past.endswith("ي"):
        return [past + "ا", past[:-1] + "تا"]
    return [past + "ا", past + "تا"]


def _is_participle(form: str) -> bool:
    """An adverbial participle of a verb of saying (مؤكدا، داعيا، واصفة، لافتين …), with و/ف or not."""
    return form in _participle_forms() or (form[:1] in "وف" and form[1:] in _participle_forms())


@lru_cache(maxsize=1)
def _participle_forms() -> frozenset:
    return frozenset(p + e for _, _, p in _VERBS if p for e in ("ا", "ة", "ين")) | frozenset(_QAIL) \
        | frozenset(_SAIL) | _weak_plurals()


@lru_cache(maxsize=1)
def _weak_plurals() -> frozenset:
    """The plural participles of a weak root, which drop its ي: «داعين», «نافين» (from داعي، نافي); also nouns
    («معزين», mourners), so they count only after a comma (:func:`speech._not_speech`)."""
    return frozenset(_weak_plural(p) for _, _, p in _VERBS if p.endswith("ي"))


def _weak_plural(part: str) -> str:
    """The plural of a weak root's participle ``part`` (ending in ي), which drops it: داعي → داعين."""
    return part[:-1] + "ين"


@lru_cache(maxsize=1 << 16)
def _verb_lemma(token: str) -> str | None:
    """The lemma of a verb of saying written as ``token`` (with و/ف in front), or None."""
    t = _strip(token)
    table = _verb_table()
    if t in _NOT_VERBS or (t[:1] in "وف" and t[1:] in _NOT_VERBS):
        return None
    if t in table and t not in _NEEDS_CONJ and t not in _DUAL_NOUNS:
        return table[t]
    if (len(t) > 3 or t[1:] == "حث") and t[0] in "وف" and t[1:] in table:     # (وحث: the one two-letter verb)
        return table[t[1:]]
    return None


def _char_before(text: str, pos: int) -> str:
    """The last non-space character before ``pos`` ('' at the start): ``text[:pos].rstrip()[-1:]``
    without copying the text.  '' is in every string, so ``_char_before(…) in ".\n"`` also holds at the start of
    the text (a sentence start); to ask for a mark that must be there, compare with a tuple (``in ("،", ",")``)."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > 0 else ""


def _word_after(text: str, pos: int, reach: int) -> str:
    """The first word in the ``reach`` characters from ``pos``, stripped of punctuation ('' if none): a bounded read,
    so that a rule looking one word ahead costs the same however long the field."""
    words = text[pos:pos + reach].split()
    return _strip(words[0]) if words else ""


def _word_before(text: str, pos: int, reach: int, lo: int = 0) -> str:
    """The last word in the ``reach`` characters before ``pos`` (not before ``lo``), stripped of punctuation ('' if
    none)."""
    words = text[max(lo, pos - reach):pos].split()
    return _strip(words[-1]) if words else ""


_PUNCT = "«»“”„‟\"‘’'‹›《》()[]{}،,؛;:.!?؟…-–—"


@lru_cache(maxsize=1 << 16)
def _strip(token: str) -> str:
    return token.strip(_PUNCT)


_COMPLEMENT = frozenset(["ان", "بان", "وان"] + [p + "ان" + s for p in ("", "ب", "و", "وب") for s in
                                               ("ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "كم")] + ["that"])
_NOT_COMPLEMENT_AFTER = frozenset(["بعد", "قبل", "منذ", "حتي", "لو", "ما", "دون", "بدون", "مجرد", "الا", "غير", "رغم",
                                   "بيد", "لولا", "before",
                                   "after", "so", "now"])


def _tokens(text: str, start: int, end: int):
    """``(start, end, token)`` of the whitespace-separated tokens of ``text[start:end]`` (a token cut by ``start``
    or ``end`` is its part inside).  ``str.split`` finds them (whitespace as ``\\s`` has it), ``str.find`` each one's
    offset: only whitespace stands before it, which no token starts with (a fifth cheaper than a regex scan).  The
    slice is split at once, however few tokens are taken (``next``, ``islice``): callers give a sentence's or a
    window's bounds (a sentence is cut at ``quotes.MAX_SENTENCE``), never a text's end, or a scan per word would
    read the rest of the text."""
    pos = start = max(start, 0)
    for tok in text[start:max(start, end)].split():
        pos = text.find(tok, pos)
        yield pos, pos + len(tok), tok
        pos += len(tok)
_PREPOSITIONS = ("عن", "الي", "علي", "من", "ب")
#: «ما أشار إليه فلان»: a pronoun object, not the start of the speech
_PRONOUN_OBJECTS = frozenset("اليه اليها عليه عليها عنه عنها له لها به بها منه منها اليهم عليهم عنهم".split())


def _verb_gender(text: str, span, carried: bool = False) -> str:
    """The gender (:func:`_gender`) of the one-word verb of saying at ``span``, else ``""``; with
    ``carried``, only for a verb whose subject is a pronoun (one opening with و/ف, a participle):
    a verb after «أن نتائج التحقيق» has its subject before it, not the last speaker's gender."""
    form = _strip(text[span[0]:span[1]])
    if carried and form[:1] not in "وفم":
        return ""
    return _gender(form) if form and " " not in form and (_verb_lemma(form) or _verb_table().get(form.lstrip("وف"))) \
        else ""


@lru_cache(maxsize=1 << 12)
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
