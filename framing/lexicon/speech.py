"""Reported speech: :func:`speech_events` finds each verb or noun of saying, attribution phrase
(بحسب، وفقا لـ …) and colon speech with its speaker and the span it reports; :func:`reported_spans`
finds reported naming («ما وصفه … بـ…», so-called).  Then the rules that relate events to each
other: a speech continued in the next sentence (:func:`_continued`), coordinated verbs of one
speaker (:func:`_coordinated`), a verb nested in another's speech (:func:`_nested_verbs`), a
span cut at the next speaker, and the speaker of a quotation (:func:`_quote_speaker`).

An event is a tuple ``(start, end, speaker span or None, verb, verb span)``, character offsets
into the normalised field.  Layering and naming: see :mod:`framing.lexicon.saying`.
"""
from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from functools import lru_cache

from ..text.fastre import first_char_guard
from .saying import (
    _COMMA_FEMININE, _COMPLEMENT, _IMPERSONAL, _NEEDS_CONJ, _NEEDS_WORD, _NOT_COMPLEMENT_AFTER,
    _NOT_VERBS, _PREPOSITIONS, _PRONOUN_OBJECTS, _PUNCT, _RELATIVE, _WHICH, _char_before, _gender,
    _is_participle, _strip, _tokens, _weak_plurals, _verb_gender, _verb_lemma, _verb_table, _word_after,
    _word_before)
from .places import is_place
from .quotes import MAX_QUOTE, MAX_SENTENCE, _mark_open, _sentence, _sentence_end, quote_spans, sentence_bounds
from .speakers import (_GENERIC_SOURCES, _KIN, agent,
    _MASDAR, _MEDIA, _NP_STOP, _mufaala, _ORG_WORDS, _PERSONAL_TITLES, _QUANTIFIERS, _ROLE_WORDS, _SOURCE_ORGS, _SOURCE_WORDS,
    _HONORIFICS, _SPEAKER_WORDS, _TIME_LEADS, _TIME_WORDS, _TITLE_WORDS, _VERB_LIKE_NAMES, _apposition, _ban_ki_moon, _comma_name, _extend_to_name, _in_setting, _titled_name_at_end, _is_ali, _setting, anonymity,
    _INTENSIFIERS, _next_close, _not_a_subject, _OWN_CAPACITY, _quoted_name, _role_end, _speaker_np, _told_to, _tok_end, narrator)


# ------------------------------------------------------------------------------- reported speech

#: speaker words in م after a bare «وفق» (وفق مصادر، وفق مسؤولين): a lookahead inside :data:`_ATTRIB`, so
#: adding a speaker word changes no place where a phrase can start (left out of :data:`_ATTRIB_CORE_FOR`'s hash)
_WAFQ_SPEAKERS = "|".join(sorted(w for w in _SPEAKER_WORDS if w[:1] == "م" and len(w) > 2))
_ATTRIB = re.compile(
    r"(?<![^\s«\"(،,])(?:[وف])?(?:ب?حسب(?:ما)?|حسبما|وفقا\s+لما|وفق\s+ما|وفقا\s+ل|طبقا\s+لما|طبقا\s+ل"
    r"|نقلا\s+عن|علي\s+حد\s+(?:تعبير|قول|زعم)|استنادا\s+الي|على\s+لسان|علي\s+لسان"
    r"|علي(?=\s+ما\s+(?:اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|قال|قالت|اكد|اكدت|اوضح|اوضحت|نقل|نقلت|اورد|اوردت|يقول|تقول)\s)"
    r"|في\s+(?:رايهم|رايها|رايه|تقديرها|تقديره|نظره|نظر(?=\s+(?:ال)?(?:خبير|خبراء|محلل|محللين|مراقبين|مسؤول|مسؤولين)))"
    r"|من\s+وجهة\s+نظر(?:هم|ها|ه)?"
    r"|وفق(?=\s+[^\sم]|\s+(?:" + _WAFQ_SPEAKERS + r")(?!\w))"
    r"|كما\s+(?:يقول|تقول|قال|قالت|ذكر|ذكرت|اكد|اكدت|اوضح|اوضحت|يري|تري|يؤكد|تؤكد|اشار|اشارت|صرح|صرحت"
    r"|افاد|افادت|اعلن|اعلنت|اورد|اوردت)(?:ه|ها|ون|وا)?(?!\w))"
    r"|(?<![^\s\-–(])[وف](?:الحديث|الكلام)\s+(?:(?:ما\s*زال|لا\s*يزال|مازال|لايزال)\s+)?ل(?=ل)"  # «-والحديث ما زال
    r"|(?<![\w])(?:according\s+to|as\s+quoted\s+by|quoted\s+by)(?![\w])")                  # للوزير-»: whose words
_NOMINAL = re.compile(r"(?<![\w])[وف]?(?:في|خلال)\s+(?:تصريح|تصريحات|حديث|مقابلة|بيان|تغريدة|كلمة|مؤتمر\s+صحفي)")
_JAA = re.compile(r"(?<![\w])[وف]?جاء\s+(?:ذلك\s+)?(?:في\s+|(?:فيه|فيها|فيهما)[\s:])")   # «بيانا جاء فيه أن …»
#: marks that separate words besides whitespace (the words of a field for the verb lookup)
_SPLIT_MARKS = "«»\"“”„:،,.()؛;!?؟"


_SPLIT_MARK = re.compile("[" + re.escape(_SPLIT_MARKS) + "]")


def _split_words(text: str) -> list[str]:
    """The words of ``text`` split at whitespace and ``_SPLIT_MARKS``: the marks replaced by spaces in one
    regex pass, then ``str.split`` (twice as fast as a regex split)."""
    return _SPLIT_MARK.sub(" ", text).split()


#: the same matches, found faster (a lookahead on the characters that can start one: framing.text.fastre)
_ATTRIB, _NOMINAL = first_char_guard(_ATTRIB), first_char_guard(_NOMINAL)


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset:
    """Every written verb of saying, also with و/ف in front (for a set intersection at C speed)."""
    table = _verb_table()
    return frozenset(table) | frozenset(p + f for f in table for p in "وف")


#: «عبر عن …», «عبر فيها عن …»: expressed (the preposition «عبر», via, is not followed by «عن»)
_EXPRESSED = re.compile(r"\s+(?:(?:فيه|فيها|فيهما|فيهم)\s+)?عن(?=\s)")


def _verb_positions(text: str, limit: int | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, lemma)`` of every verb of saying in ``text``, in order; with ``limit``, of those that start
    before it (the words after the one running over ``limit`` are not split)."""
    stop = len(text) if limit is None else min(limit, len(text))
    cut = stop
    while cut < len(text) and not text[cut].isspace():
        cut += 1
    found = _verb_forms().intersection(_split_words(text[:cut] if cut < len(text) else text))
    out = []
    table = _verb_table()
    for w in found:
        lemma = _verb_lemma(w)
        opening_only = lemma is None and w in _NEEDS_CONJ and w not in _NOT_VERBS   # «وصف وكيل …» opening a sentence
        if lemma is None and not opening_only:
            continue
        pos = text.find(w, 0, stop + len(w))
        while 0 <= pos < stop:
            end = pos + len(w)
            if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                if not opening_only or pos == 0 or _char_before(text, pos) in ".\n!؟" or _dateline(text, pos) \
                        or text[end:end + 2].lstrip()[:1] == ":" \
                        or _word_before(text, pos, 12) in _OPENERS \
                        or w[:1] != "ي" and w not in _MAY and (_word_before(text, pos, 12) in _QAD or _fronted_subject(
                            text, max(text.rfind(c, 0, pos) for c in ".\n!؟") + 1, pos) is not None) \
                        or _char_before(text, pos) in ("،", ",") and _word_before(text, pos, 12) in _TRANSITION_ENDS \
                        or (w not in ("بين", "تابع", "دان", "عبر", "نعت", "نعي") and _complement_follows(text, end)) \
                        or w == "عبر" and _EXPRESSED.match(text, end):
                    #    «والوزير فلان كتب: …»، «في حين بين فلان أن …» (not «عبر إقناعه أن …»: via; not «أن نعي أن …»,
                    #    we realise)
                    out.append((pos, end, lemma or table[w]))
            pos = text.find(w, end, stop + len(w))
    out.sort()
    return out


def _dateline(text: str, pos: int) -> bool:
    """``pos`` follows a dateline's colon at the start of its line («واس- الرياض: دعا …», «فلان- الصحيفة- جدة: طالب
    …»): one to six words and a dash before the colon, no other punctuation; the verb after it opens the story."""
    head = text[max(0, text.rfind("\n", 0, pos) + 1):pos].rstrip()
    if not head.endswith(":") or len(head) > 80:
        return False
    if not any(c in head for c in "-–ـ"):
        return False                                     # (not «إخراج: دان فلان», a credit line)
    words = head[:-1].replace("-", " ").replace("–", " ").replace("ـ", " ").split()
    return 1 <= len(words) <= 6 and not any(c in head[:-1] for c in "،,.؛«»\"“”") \
        and not any(_verb_lemma(w) is not None for w in words)


def _complement_follows(text: str, end: int) -> bool:
    """A complementiser (أن، بأن، إن) within the next eight words, before any punctuation: the
    word before it is a verb of saying («وفي ختام حديثهما دعا المدير بأن …», «وصف عراقيون القرارات بأنها …»)."""
    for n, tok in enumerate(text[end:end + 120].split(None, 8)):    # (str.split: the words of _tokens, cheaper)
        if n >= 8:
            return False
        if _strip(tok) in _COMPLEMENT and tok[-1:] not in "،,.:":
            return _strip(tok)[:1] != "و"         # «… وأن …» coordinates a clause: not this word's complement
        if tok[-1:] in "،,.:؛!؟" or _verb_lemma(tok):
            return False
    return False


#: words after which a verb that is also a noun (وصف، دعا، طالب …) opens a clause: «بدوره وصف …»
_OPENERS = frozenset("بدوره بدورها بدورهم جهته جهتها جانبه جانبها كما حيث حين فيما بينما ثم بل لكنه لكنها".split()
                     + "اخري ثانية ثالثة وهو وهي".split())   # «من جهة أخرى دعا …», «وهو يتحدث عن …»
#: «وكان التنظيم قد حث أنصاره على …»: after قد (or a subject fronted by كان/أما, :func:`_fronted_subject`: «وكان
#: المتحدث حث …») such a form is a verb, a past one (not «قد تحدث», may happen;
#: «قد عبر» only before its «عن», :data:`_EXPRESSED`: «فقد عبر المعلق "…" عن …» is left, docs/matching.md)
_QAD = frozenset("قد وقد فقد لقد".split())
#: what ends a sentence (a stop, a question mark, a line break): the end of a that-clause or of a name's sentence
_SENTENCE_STOP = re.compile(r"[.!؟?\n]")
_MAY = frozenset("تحدث تتحدث تحمل تقدر عبر".split())
#: last words of a transition set off by a comma, after which such a verb opens a clause: «إلى ذلك، ذكر موقع …»،
#: «وفي السياق ذاته، طالب …», «في المقابل، وصف …»
_TRANSITION_ENDS = frozenset("ذلك نفسه ذاته المقابل الصدد السياق".split())


def speech_events(text: str, bounds: list[int] | None = None,
                  limit: int | None = None) -> list[tuple[int, int, tuple | None, str, tuple[int, int]]]:
    """Reported-speech spans ``(start, end, speaker, verb, verb_span)`` of a normalised field.

    ``speaker``: ``(start, end)`` of the subject noun phrase (or object of بحسب) or None;
    ``verb``: the verb of saying's lemma (قال، زعم …), ``بحسب`` etc. for attributions, ``تصريح`` for a statement
    noun opening a sentence («وفي تصريح له، …»), the noun as written (without و/ب/ل) for a noun of saying before
    أن (:func:`_noun_events`), ``نص`` for a printed statement, ``تناول`` for a topic, ``عزى`` for a condolence, ``وجه`` for a directive,
    ``تبنى`` for a claim of responsibility, ``answer`` for an interview answer, ``reported naming`` for a span of
    :func:`reported_spans`;
    ``verb_span``: where the verb or attribution phrase itself stands (the outlet's words).
    A reply of the writer in the first person («…، قلت له …») ends the speech before it (:func:`_writer_replies`).
    """
    bounds = sentence_bounds(text) if bounds is None else bounds
    out = []
    limit = len(text) if limit is None else limit       # verbs from here on cannot reach back before it
    for s, e, lemma in _verb_positions(text, limit):
        if s >= limit:
            break
        before = text[max(0, s - 16):s].split()
        if _not_speech(text, s, e, lemma, before):
            continue
        ev = _verb_event(text, bounds, s, e, lemma)
        if ev and ev[1] > e:
            ev = (ev[0], _apodosis(text, bounds, s, e, ev[1]), *ev[2:])
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
    out.extend(_attribution_events(text, bounds, limit))
    out.extend((s, e, None, "reported naming", (s, s)) for s, e in reported_spans(text))
    out.extend(_statement_texts(text))
    out.extend(_noun_events(text, bounds))
    out.extend(_listed_events(text, bounds))
    answers = list(_answers(text, bounds))
    if answers:
        out = _outside_questions(out, answers)          # (noun events too: «* ما ردك على مزاعم الوزارة أن …؟»)
    out.extend(answers)
    if "تناول" in text:
        out.extend(_topic_events(text, bounds, limit))
    if "وجه" in text:
        out.extend(_directive_events(text, bounds, limit))
    if "جدد" in text or "كرر" in text:
        out.extend(_renewed_events(text, bounds, limit))  # «وجدد المجلس إدانته للهجوم»: a statement renewed
    if "تبن" in text or "مسؤولي" in text:
        out.extend(_claim_events(text, bounds, limit))     # «أعلن فلان مسؤوليته عن الهجوم»، «تبنت الجماعة الهجوم»
    for m in (_near(_CONDOLENCE, _CONDOLENCE_CORE, 3, text, limit) if "تعاز" in text or "تعزية" in text or
              "عزاء" in text else ()):            # «قدم الأمير تعازيه لأسر الشهداء …»: a condolence message
        start = _offered(text, m.start())
        if start < 0:
            continue
        s0, e0 = _sentence(text, bounds, m.start())
        e0 = min(e0, m.start() + MAX_SENTENCE)          # (as a verb's event, :func:`_verb_event`)
        rel = _DESCRIPTION.search(text, m.end(), e0)    # «تعازيه لأسر الضحايا الذين قضوا في الهجوم»: the relative
        if rel and not any(_is_participle(_strip(t[2])) for t in _tokens(text, m.end(), rel.start())):
            e0 = rel.start()                            # clause describes the event (guide §5.7: own); not after
            #                                             «…، مثمنا الدور الذي قام به …» (what is praised)
        out.append((m.start(), e0, _condolence_speaker(text, s0, start), "عزى", (m.start(), m.start())))
    out.extend(_resumed(text, bounds, out))
    return _writer_replies(out, text) if "قل" in text else out


#: «، بما في ذلك …», «، ومنها …»: what was condemned goes on after the clause that described it
_RESUME = re.compile(r"[،,]\s*(?:بما\s+(?:في\s+ذلك|فيها|فيه|فيهم)|و?من(?:ها|هم|\s+بينها|\s+بينهم)|و?لا\s*سيما|و?خاصة|"
                     r"و?خصوصا)(?=\s)")


def _resumed(text: str, bounds: list[int], events: list) -> list:
    """What was condemned or mourned, named again after the relative or time clause that ended its event
    (:func:`_main_clause`, guide §5.1): «أدان الهجمات التي وقعت، بما في ذلك الهجوم على …» → from «الهجوم» on, one
    event more, to where such an object ends."""
    out = []
    for ev in events:
        nxt = _NONSPACE.search(text, ev[1]) if ev[3] in _CONDEMN or ev[3] == "عزى" else None
        if nxt is None or not _DESCRIPTION.match(text, nxt.start()):
            continue
        e0 = _sentence(text, bounds, ev[1])[1]
        m = _RESUME.search(text, ev[1], e0)
        if m and not any(_verb_lemma(t[2]) for t in _tokens(text, ev[1], m.start())):
            end = _main_clause(text, m.end(), e0, ev[3], ev[4])
            end = next((max(text.rfind("،", 0, s), text.rfind(",", 0, s)) for s, _e, tok in _after_commas(text, m.end(), end)
                        if _char_before(text, s) in "،," and _verb_lemma(tok) is not None), end)
            out.append((m.end(), end, ev[2], ev[3], (m.start(), m.start())))   # (not «…، واتفقوا على أن …»)
    return out


#: «قلت»، «فقلت»، «وقلنا»: the writer's first-person past verb of saying (guide §5.4)
_I_SAID = re.compile(r"(?<!\S)[وف]?(?:قلت|قلنا)(?=\s)")


#: words of a first-person narrator («لي»، «كنت»، «سألتهم» …): the writer who tells his own story
_I_WORDS = frozenset(p + w for p in ("", "و", "ف") for w in
                     "لي معي مني عني انا كنت قلت سالت سالته سالتها سالتهم وجدت رايت".split())


def _writer_before(text: str, pos: int, events: list) -> bool:
    """The writer speaks in the first person in the 300 characters of the paragraph before ``pos``, outside
    everyone's speech (``events``): a word of :data:`_I_WORDS` or a verb with the object «ـني» («يبادرني»، «فهاتفني»;
    six letters or more, no article), not in quotation marks."""
    lo = max(text.rfind("\n", 0, pos) + 1, pos - 300)
    quotes = [(lo + a, lo + b) for a, b in quote_spans(text[lo:pos])]
    return any((w in _I_WORDS or len(w) >= 6 and w.endswith("ني") and not w.startswith(("ال", "وال", "بال")))
               and not any(sp[0] <= s < sp[1] for sp in itertools.chain(events, quotes))
               for s, w in ((t[0], _strip(t[2])) for t in _tokens(text, lo, pos)))


def _writer_replies(events: list, text: str) -> list:
    """«يبادرني قائلا: …!، قلت …», «فقالوا إنها رائعة، فقلت لهم …»: the writer's first-person reply, opening a clause
    (after a comma, a stop or a colon, or with و/ف), ends the speech of the one he answers: the rest is the writer's
    narration (guide §5.4). Only when the writer speaks in the first person in the 300 characters of the paragraph
    before the other's verb (:func:`_writer_before`): «ويوضح فلان: أجبت الرئيس وقلت له …» is his own story. Not «كما
    قلنا» (no clause opening), not «قلت الأمطار» (decreased: a noun with ال after it), not inside an interview answer
    (the interviewee's own first person)."""
    cuts = []
    for m in _I_SAID.finditer(text):
        nxt = _word_after(text, m.end(), 20)
        if nxt.startswith("ال") or m.group()[:1] not in "وف" and _char_before(text, m.start()) not in ("،", ",", ".", "!", "؟", ":", "\n"):
            continue
        cuts.append(m.start())
    if not cuts:
        return events
    out = []
    for ev in events:
        p = next((c for c in cuts if ev[4][1] <= c < ev[1]), None)
        if p is not None and ev[3] != "answer" and ev[4][1] <= ev[0] and _writer_before(text, ev[4][0], events):
            if p <= ev[0]:
                continue                   # «تكتب عن …!، قلت له إن …»: the complementiser is the reply's
            ev = (ev[0], ev[0] + len(text[ev[0]:p].rstrip(" \t\xa0،,")), *ev[2:])
        out.append(ev)
    return out


#: «وفيما يلي نص البيان:», «بيانا جاء نصه على النحو التالي:», «تود بيان ما يلي:» ending their line: the document
#: printed after them (not «نص الحوار:», whose answers and questions have their own rules); with «يلي/التالي/الآتي»
#: (what follows) the colon need not end its line: «وفيما يلي نص البيان: قال الله تعالى …» runs on as well
_STATEMENT_TEXT = re.compile(r"(?<!\S)[وبل]?(?:ال)?(?:بيان|نص|نصه|نصها|رسالة|رسالته|برقية|اعلان|خطاب|خطابه)(?=\s)"
                             r"(?![^\n:]{0,40}(?:الحوار|المقابلة|اللقاء|القصيدة))[^.\n:؟]{0,80}?:(?:[ \t\xa0]*\n)?")
_COLON_EOL = re.compile(r":[ \t\xa0]*\n")
#: «ما يلي», «التالي», «كالآتي» …: what follows
_FOLLOWS = r"ما\s+يلي|مايلي|يلي|التالي|الاتي|كالتالي|كالاتي"
#: words that announce a text: «نصه», «ما يلي» …
_TEXT_FOLLOWS = re.compile(r"(?<!\S)(?:نص|نصه|نصها|بالنص|" + _FOLLOWS + r")(?=[\s:])")
#: words that announce what follows (a colon after them need not end its line)
_WHAT_FOLLOWS = re.compile(r"(?<!\S)(?:فيمايلي|" + _FOLLOWS + r")(?=[\s:])")
#: a paragraph that opens with these is the outlet's again after a printed statement
_STATEMENT_END = re.compile(r"\n[ \t\xa0]*(?:يذكر|ويذكر|يشار|ويشار|وكان|من جهة|من جهته|من جانبه|الي ذلك|وفي سياق|في سياق|"
                            r"تجدر|وتجدر|المصدر|رابط الخبر)")


def _statement_texts(text: str):
    """The document printed after «نص البيان:» (:data:`_STATEMENT_TEXT`, a word of :data:`_TEXT_FOLLOWS` in it): from
    the line after the colon, or right after a colon that does not end its line when a word of :data:`_WHAT_FOLLOWS`
    stands in that line (from 20 characters before the match on) — «وفيما يلي نص البيان: …» — to the end of the
    field (at most 3,000 characters) or to a paragraph where the outlet resumes (:data:`_STATEMENT_END`); no speaker
    of its own (the one named before is carried)."""
    if ":" not in text or not any(w in text for w in ("نص", "بيان", "رسال", "برقية", "اعلان", "خطاب")) \
            or not (_COLON_EOL.search(text) or "يلي" in text or "التالي" in text or "الاتي" in text):
        return                                          # (every match ends with a colon at a line's end or has these)
    for m in _STATEMENT_TEXT.finditer(text):
        if not _TEXT_FOLLOWS.search(m.group()) or m.group()[-1:] != "\n" and not _WHAT_FOLLOWS.search(
                text, max(m.start() - 20, text.rfind("\n", max(0, m.start() - 20), m.start()) + 1), m.end()):
            continue                                    # «رسالة من جوالي:» a line, not a document
        end = min(len(text), m.end() + 3000)
        stop = _STATEMENT_END.search(text, m.end(), end)
        end = stop.start() if stop else end
        nl = text.find("\n", m.end() + 1, end)
        while nl >= 0:                                  # «… \nوأوضح فلان أن …»: the outlet narrates again
            head = [_strip(w) for w in text[nl:nl + 80].split()[:3]]
            if any(_verb_lemma(w) for w in head) and not {"الله", "تعالي", "تعالى", "صلي"} & set(head):
                end = nl
                break
            nl = text.find("\n", nl + 1, end)
        yield (m.end(), end, None, "نص", (m.start(), m.start()))


def _outside_questions(events: list, answers: list) -> list:
    """``events`` without those whose verb stands in an interviewer's question: between one answer's
    end and the next answer's start (at most 600 characters apart), or in the question an answer follows
    (the first one too).  The questions are the outlet's."""
    spans = sorted((a[0], a[1]) for a in answers)
    gaps = [(e, s) for (_, e), (s, _) in zip(spans, spans[1:]) if 0 <= s - e <= 600]
    gaps += [(a[4][0], a[0]) for a in answers if 0 <= a[0] - a[4][0] <= 600]   # each answer's own question
    #                                                    (a paragraph answer's verb span is its question's start)
    return [ev for ev in events if not any(a <= ev[4][0] < b for a, b in gaps)]


#: whom «سائلا/سائلين» asks (the participle of سأل, not the adjective «liquid»)
_ASKED = frozenset("الله المولي المولى الباري ربه ربها ربهم رب العلي ان".split())


#: «في خطوة تؤكد …», «في مؤشر يعكس …»: an act or sign described by the verb, not a speaker
_STEP_NOUNS = frozenset("خطوة خطوات مؤشر دلالة تطور سابقة اجراء اشارة".split())


#: verbs of saying in the first person, the writer's own (guide §5.4): «نقول», «أقول», «قلنا», «قلت»
_I_SAY = frozenset("نقول اقول قلنا قلت نؤكد اؤكد".split())


def _not_speech(text: str, s: int, e: int, lemma: str, before: list[str]) -> bool:
    """A verb-of-saying form at ``[s, e)`` that says nothing here (``before``: the words just before it)."""
    if before and _strip(before[-1]) in _RELATIVE:
        return True                                     # «وهو ما أكدته التطورات»: a relative clause
    if len(before) > 1 and _aside(_strip(before[-1]), _strip(before[-2])) and _strip(before[-1]) == "لما":
        return True                                     # «وفقا لما نقلت عنه الوكالة»: the attribution's verb
    if before and _strip(before[-1]) == "عدم" or anonymity(text, _strip(text[s:e]), e):
        return True                                     # «مصدر طلب عدم الكشف عن اسمه»: not to be named
    if lemma == "اعتبر" and before and _strip(before[-1]) in _WHICH and text[s:e].lstrip("وف")[:1] in "يت" \
            and _word_after(text, e, 20) not in _COMPLEMENT:
        return True                                     # «التي تعتبر العقبة الأولى»: «is considered», not speech
    if lemma == "سال" and _strip(text[s:e]).lstrip("وف").startswith("سائل") and not any(
            _strip(w) in _ASKED for w in text[e:e + 30].split()[:2]):
        return True                                     # «صار الزمان سائلا»: liquid (the participle asks God)
    if before and _strip(before[-1]) in ("يا", "فيا") and lemma == "رأى":
        return True                                     # «فيا ترى …»: I wonder (the outlet's question)
    if lemma == "اعتبر" and text[s:e].lstrip("وف")[:1] in "يت" and (
            _word_after(text, e, 20) in ("هو", "هي", "هم", "من", "بمثابة") or _indefinite_accusative(text, e)):
        return True                                     # «يعتبر هو المسؤول», «تعتبر من أهم», «يعتبر لاذعا»: is considered
    if lemma == "اعتبر" and text[s:e].lstrip("وف")[:1] in "يت" and text[max(0, s - 40):s].rstrip(" \t\xa0")[-1:] in ".\n!؟" \
            and _considered_first(text, e):
        return True                                     # «وتعتبر القاعدة موقعا استراتيجيا.»: opening its sentence,
        #                                                 «is considered» with its subject and predicate, not speech
    if lemma == "اعتبر" and _strip(text[s:e]).lstrip("وف") in ("يعتبر", "تعتبر") and _considered_among(text, e):
        return True                                     # «وتعتبر قاعدة العند من أهم …», «يعتبر أحد أهم …»: is considered
    if lemma == "خلص" and _word_after(text, e, 30) in _PRONOUN_OBJECTS:
        return True                                     # «الدرس الذي خلص إليه الباحثون أن …»: the lesson, named before
    if lemma == "توقع" and (text[e:e + 12].split() or [""])[0][:1].isdigit():
        return True                                     # «وتوقع 16 قتيلا»: inflicts (أوقع), not expects
    if len(before) > 1 and _strip(before[-2]) == "في" and _strip(before[-1]) in _STEP_NOUNS \
            and text[s:e].lstrip("وف")[:1] in "يت":
        return True                                     # «في خطوة تؤكد …»: a step that shows, no one speaks
    if len(before) > 1 and _strip(before[-1]) == "ان" and _strip(before[-2]) in ("بعد", "قبل", "منذ"):
        return True                                     # «بعد أن شددت إجراءاتها»: a time clause
    if text[e - 1:e] == "ة" and text[s] == "م" and _char_before(text, s) not in "،,.:؛\n" and before:
        return True                                     # «رقابة مشددة», «معلومات مؤكدة»: an adjective
    if len(before) > 1 and _strip(before[-1]) in ("او", "ولا", "لا") and _MASDAR.match(_strip(before[-2])):
        return True                                     # «رفض تأكيد أو نفي …»: a verbal noun after another
    if lemma == "بين" and text[s:s + 1] == "و" and _between(text, s):
        return True                                     # «بينها وبين الفن مسافة»: between, not «explained»
    if lemma == "لفت" and _CAUGHT.match(text, e):
        return True                                     # «لفت نظري العنوان»: the title caught my eye, no one speaks
    if before and _adjective_participle(text, s, e, before[-1]):
        return True                                     # «سجلت تراجعا لافتا في …»: a striking fall, no one speaks
    if _strip(text[s:e]).lstrip("وفل") in _I_SAY:
        return True                                     # «لذلك نقول إنه …», «قلت له: …»: the writer (guide §5.4);
        #                                                 inside someone's speech the outer span still holds it
    if lemma == "ادعى" and _strip(text[s:e]) in ("يدعي", "تدعي") and _named_here(text, e, before):
        return True                                     # «قتل ناشط يدعى سامر»: is named (يُدعى), not claims
    if _strip(text[s:e]).lstrip("وف") in _weak_plurals() and _char_before(text, s) not in "،,":
        return True                                     # «وتوافد معزين»: a noun (the participle «…، داعين الله أن …»)
    return text[e - 1:e] == "ة" and _strip(text[s:e]).lstrip("وف")[:-1] in _COMMA_FEMININE and \
        _char_before(text, s) not in "،,"              # «الداعية فلان», «مطالبة الأهالي»: nouns


def _named_here(text: str, e: int, before: list[str]) -> bool:
    """«يدعي» ending at ``e`` is «يُدعى», is named («شاب يدعى سامر», «ناشط منذ البداية يدعى سامر»): the word after it
    has no article (not «يدعي البطولة», claims), no complementiser follows within eight words (not «تدعي وسائل الإعلام
    أن …») and no pronoun, particle, relative or clause opener stands before it («الذي يدعي …», «وهو يدعي …»)."""
    after = [_strip(w) for w in text[e:e + 120].split()[:8]]
    w = _strip(before[-1]).lstrip("وف") if before else ""
    return bool(after) and not after[0].startswith(("ال", "«", '"')) and not any(a in _COMPLEMENT for a in after) \
        and bool(w) and w not in _CLAUSE_WORDS and w not in _OPENERS and w not in _RELATIVE and w not in _WHICH \
        and w not in _NP_STOP - _TIME_WORDS and _verb_lemma(w) is None


#: adverbs in alif that a participle of saying may follow without a comma («وتحدث مطولا مشيرا إلى …»)
_ALIF_ADVERBS = frozenset("ايضا مجددا مرارا سابقا لاحقا دائما كثيرا مطولا حاليا تماما جدا كذلك اخيرا مؤخرا".split())
#: words that may follow an adjective, not a participle's complement: «تراجعا لافتا في …», «… لافتا خلال العام»
_AFTER_ADJECTIVE = frozenset("في خلال بعد منذ مع لدي بين مقارنة خاصة".split())


def _adjective_participle(text: str, s: int, e: int, prev: str) -> bool:
    """The participle of saying at ``[s, e)`` agrees with the indefinite noun right before it, with no comma
    between and no complement after it: an adjective («تراجعا لافتا»، «زيادة لافتة»: striking), not an adverbial
    participle that goes on with what is said («…، لافتا إلى أن …», «وتحدث مطولا مشيرا إلى …», «كان كبيرا سائلا الله
    أن …»): the participle ends its sentence or clause or a word of :data:`_AFTER_ADJECTIVE` follows it."""
    w, p = _strip(text[s:e]), _strip(prev)
    if not (_is_participle(w) and w[:1] not in "وف" and w[-1:] in "اة") or p != prev or p in _ALIF_ADVERBS \
            or p.endswith(("ها", "نا")):       # «مستخدميها محذرا»: a pronoun, no indefinite noun
        return False
    return (len(p) > 3 and p[-1] == w[-1] and not p.startswith(("ال", "وال", "بال", "لل")) and _verb_lemma(p) is None
            and (text[e:e + 3].lstrip()[:1] in ".،,؛!؟\n" or _word_after(text, e, 30) in _AFTER_ADJECTIVE))


#: «نظري/انتباهه …» right after لفت with a pronoun, and no «إلى» after it: «caught my (his) eye», not «drew attention to»
_CAUGHT = re.compile(r"\s+(?:نظر|انتباه)(?:ي|ه|ها|هم|نا|ك|كم)(?!\S)(?!\s+(?:الي|الى|إلى)(?!\S))")


def _considered_first(text: str, e: int) -> bool:
    """After «يعتبر/تعتبر» ending at ``e``: a definite word that is no speaker word, then an indefinite accusative
    (:func:`_indefinite_accusative`): what is considered and its predicate («القاعدة موقعا»)."""
    toks = list(itertools.islice(_tokens(text, e, e + 80), 1))
    return bool(toks) and _strip(toks[0][2]).startswith("ال") and _strip(toks[0][2]) not in _SPEAKER_WORDS \
        and toks[0][2][-1:] not in _PUNCT and _indefinite_accusative(text, toks[0][1])


#: words that open the predicate of a passive «يعتبر/تعتبر» (is considered): «من أهم», «أحد», «هو الأول»
_AMONG = frozenset("من هو هي هم احد احدي واحد واحدا واحدة".split())
#: a superlative (أفعل/أفعلى, no article): «أكبر», «أهم», «أعلى»
_SUPERLATIVE = re.compile(r"ا(?!ل)[^اويىة]{2}(?:[^اويىةهن]|ي)?")


def _considered_among(text: str, e: int) -> bool:
    """After «يعتبر/تعتبر» ending at ``e``: at most three words, none a speaker or title word, an indefinite
    accusative or glued to punctuation, then a predicate (:data:`_AMONG` or a superlative), and no complementiser
    nor colon in the twelve words after the verb: what is considered and its rank («قاعدة العند من أهم», «أكبر
    مستورد»), or right after it an indefinite noun in ة (no speaker word nor place) before no article («خطوة أساسية»,
    «جريمة حرب»): its predicate; not one who considers («يعتبر عدد من الخبراء أن …», «تعتبر الحكومة الاتفاق من …»)."""
    toks = list(itertools.islice(_tokens(text, e, e + 160), 12))
    if any(_strip(t[2]) in _COMPLEMENT or ":" in t[2] for t in toks):
        return False
    first, nxt = (_strip(t[2]) for t in (toks + [(0, 0, "")] * 2)[:2])
    if toks and toks[0][2] == first and first.endswith("ة") and not first.startswith("ال") and len(first) > 3 \
            and first not in _SPEAKER_WORDS and not is_place(first) and nxt and not nxt.startswith(("ال", "لل")):
        return True                                     # «يعتبر خطوة أساسية», «تعتبر جريمة حرب»: an indefinite predicate
    for ts, _, tok in toks[:4]:
        w = _strip(tok)
        if w in _AMONG or _SUPERLATIVE.fullmatch(w):
            return True
        if w in _SPEAKER_WORDS or w in _PERSONAL_TITLES or tok != w or _indefinite_accusative(text, ts):
            return False
    return False


def _indefinite_accusative(text: str, e: int) -> bool:
    """The word after ``e`` ends in alif, glued to nothing, no verb of saying nor a place: an indefinite accusative
    (``لاذعا``، ``انتصارا``), the predicate of a passive «يعتبر» (is considered), or a noun with the possessive ها
    (``خسارتها``، ``سقوطها``), its subject; neither is someone who considers."""
    raw = text[e:e + 30].split()[:1]
    w = _strip(raw[0]) if raw else ""
    return len(w) > 3 and w.endswith("ا") and not w.startswith(("ال", "وال")) and raw[0] == w \
        and _verb_lemma(w) is None and not is_place(w)


#: words that open a condition or a time clause (the protasis): «عندما أدلى فلان بتصريحاته …، فإن …»
_PROTASIS = frozenset(p + w for p in ("", "و") for w in "اذا لو عندما حين حينما لما اما كلما طالما مهما".split())
#: the apodosis after it: ف with إن, قد, a negation or a pronoun («…، فإن تلك التصريحات لم تخرج …»)
_APODOSIS = re.compile(r"(?<!\S)ف(?:ان|انه|انها|انهم|انني|اننا|قد|لا|لن|ليس|هو|هي|هم)(?!\w)")


def _apodosis(text: str, bounds: list[int], vs: int, ve: int, end: int) -> int:
    """The end of the speech of a verb at ``[vs, ve)`` that stands in a protasis (a protasis word among the twelve
    words before it, no comma between: «أما إذا أخذنا العاصمة التي يدعي
    المتشددون أنها سقطت، فإن القتل فيها …»): the main clause after it is the outlet's again, so the speech ends
    before its «فإن»; else ``end``."""
    s0 = _sentence(text, bounds, vs)[0]
    clause = re.split("[،,؛;:]", text[max(s0, vs - 400):vs])[-1].split()[-12:]   # (in the verb's clause, 12 words back)
    if text[vs:vs + 1] == "ف" or not any(_strip(w) in _PROTASIS for w in clause):
        return end
    m = _APODOSIS.search(text, ve, end)
    return ve + len(text[ve:m.start()].rstrip(" \t\xa0،,")) if m else end   # (not text[:m.start()]: a copy of
    #                                                                  the field before it, per verb)


def _between(text: str, s: int) -> bool:
    """«وبين» at ``s`` closes a «بين X وبين Y» pair: «بين» or «بينه/بينها/بيننا …» stands among the six words
    before it, in the same clause (no full stop, comma or colon between)."""
    clause = re.split(r"[.:؛،,!?؟\n]", text[max(0, s - 80):s])[-1].split()[-6:]
    return any(_BAYN.fullmatch(_strip(w)) for w in clause)


_BAYN = re.compile(r"بين(?:ه|ها|هم|هما|نا|كم|ي)?")
_COMMA = re.compile("[،,]")
_NONSPACE = re.compile(r"\S")


def _words_named(text: str, pos: int) -> bool:
    """An attribution phrase at ``pos`` after «ما جاء / ما ورد» (and لما، بما، مما): the relative names someone's
    words as the object of the sentence («ردا على ما جاء على لسان المتحدث»), it does not attribute the sentence."""
    before = [_strip(w) for w in text[max(0, pos - 24):pos].split()[-2:]]
    return len(before) == 2 and before[0] in ("ما", "لما", "بما", "مما", "فيما") \
        and before[1] in ("جاء", "جاءت", "ورد", "وردت")


#: words after «ما + verb of saying» that open no subject (a preposition, «دون أن»)
_NO_SUBJECT = frozenset(_PREPOSITIONS) | {"دون", "بدون"}


def _said_after_ma(word: str) -> str | None:
    """The lemma of a verb of saying right after the «ما» of «حسبما / وفق ما / وفقا لما» (``word`` as written), or None:
    there the verb cannot be a noun, so the forms that need a conjunction elsewhere count («حسبما ذكر …», «وفق ما
    نقل …»), and so does one with an object pronoun («وفقا لما ذكرته صحيفة …», «طبقا لما أعلنه المتحدث …»)."""
    w = _strip(word)
    for v in (w, w[:-1] if w.endswith("ه") else "", w[:-2] if w.endswith(("ها", "هم")) else ""):
        if len(v) > 2 and (_verb_lemma(v) or _verb_table().get(v)):
            return _verb_lemma(v) or _verb_table()[v]
    return None


def _verbal_noun_subject(text: str, after: int, end: int, kama: bool = False):
    """The subject after «ما + verb of saying» that :func:`_speaker_np` drops because its first word has a verbal
    noun's shape (the verb's object is «ما», so the noun after it is its subject, not what is said: «حسبما أعلن
    التنظيم في بيان», «وفق ما ذكر ائتلاف الأحزاب»): that word and the noun phrase right after it (the word alone when
    punctuation ends it or no noun phrase starts right after it), else None. After «كما» (``kama``), which may be
    «also» with the verb's object next («كما أكدت تصميم الدولة»), only a definite one that ends there («كما أعلن
    التنظيم في بيان», «…، كما أعلن التنظيم.»)."""
    first = next(_tokens(text, after, end), None)
    if first is None or not _MASDAR.match(_strip(first[2])) or first[2][:1] in _PUNCT:
        return None
    word_end = first[0] + len(first[2].rstrip(_PUNCT))
    if word_end < first[1]:
        return (first[0], word_end)                     # «…، كما أعلن التنظيم.»
    if kama:
        return (first[0], word_end) if _strip(first[2]).startswith("ال") and _word_after(text, first[1], 20) in (
            "في", "") else None
    rest = _speaker_np(text, first[1], end)
    nxt = next(_tokens(text, first[1], end), None)
    return (first[0], rest[1]) if rest and nxt and rest[0] == nxt[0] else (first[0], word_end)


def _marked_name(text: str, pos: int):
    """A name of one to four words in quotation marks right after ``pos`` (an attribution's object: «بحسب "الضفة"»),
    with its marks, else None."""
    q = pos + len(text[pos:pos + 8]) - len(text[pos:pos + 8].lstrip())
    if text[q:q + 1] not in ("«", '"', "“", "”"):
        return None
    close = _next_close(text, q, 50)
    return (q, close + 1) if close > q + 1 and len(text[q + 1:close].split()) <= 4 else None


#: words after an attribution's source that close a name set in apposition after a comma («…، فإن»)
_APPOSITION_CLOSE = frozenset("فان ان بان انه انها فانه فانها فقد".split())


def _comma_cut(text: str, sp, end: int, trailing: bool):
    """The source ``sp`` of an attribution phrase ends at its first comma («وبحسب الوكالة، سقط خمسة …» → «الوكالة»; None
    when nothing stands before that comma), unless what follows the comma is closed by another comma or a colon at
    most three words after ``sp``'s end (two words and a third one the mark is written on), or right after it by
    «فإن/أن» (a name in apposition: «وبحسب المتحدث باسم الشرطة، العقيد فلان الفلاني، فإن …»), or, for a phrase after
    a comma (``trailing``), by the sentence's end (``end``)."""
    if sp is None:
        return sp
    comma = _COMMA.search(text, sp[0], sp[1])
    if comma is None:
        return sp
    rest = text[sp[1]:end].strip()
    closed = re.match(r"(?:[^\s،,:.؛!؟]+\s+){0,2}?[^\s،,:.؛!؟]*[،,:]", rest)   # <= 3 words, the last on the mark
    if closed or _word_after(text, sp[1], 20) in _APPOSITION_CLOSE or trailing and not rest.strip(" .!؟\n"):
        return sp
    return (sp[0], comma.start()) if _NONSPACE.search(text, sp[0], comma.start()) else None


def _attribution_events(text: str, bounds: list[int], limit: int) -> list:
    """The speech events of attribution phrases (``_ATTRIB``: بحسب، وفقا لـ، نقلا عن …, the source their
    object) and of statement nouns that open a sentence (``_NOMINAL``: «وفي تصريح له، …»), as
    :func:`speech_events` gives them; a phrase after a comma that ends its sentence also reports the
    clause before it («وأكد عباس، وفق ما نقلت عنه وفا، أن …»)."""
    out = []
    for rx in (_ATTRIB, _NOMINAL):
        if not any(w in text for w in _NEEDLES[rx]):
            continue                                        # none of the words the phrases need
        for m in _attrib_matches(rx, text, limit):
            s0, e0 = _sentence(text, bounds, m.start())
            if rx is _NOMINAL and text[s0:m.start()].strip():
                continue                                    # «وفي تصريح له، …» opens its sentence
            if m.group().strip() == "فحسب":
                continue                                    # «فحسب»: only
            if rx is _ATTRIB and _words_named(text, m.start()):
                continue                                    # «تعقيبا على ما جاء على لسان فلان»: his words as an object
            after = src_at = m.end()
            nxt = text[after:after + 40].split()
            said = False                                    # a verb of saying after ما: its subject is the source
            written = rx is _ATTRIB and _written_source(m.group(), nxt)
            if written:                                                  # «حسبما جاء في الشكوى»: the document
                after = src_at = text.find(nxt[written], after) + len(nxt[written]) + 1
            elif rx is _ATTRIB and len(nxt) > 2 and nxt[0] == "ما":       # «بحسب ما بثته وكالة …»
                after = text.find(nxt[1], text.find("ما", after) + 2) + len(nxt[1])
            elif rx is _ATTRIB and text[after - 1:after + 1] == "لل":
                after += 1                                              # «وفقا للمصادر»: ل + المصادر
            elif rx is _ATTRIB and len(nxt) > 1 and m.group().rstrip().endswith("ما") and \
                    _strip(nxt[1]) in _SPEAKER_WORDS:
                after = src_at = text.find(nxt[0], after) + len(nxt[0])  # «وفقا لما نشرته وكالة …»: who published
            elif rx is _ATTRIB and len(nxt) > 1 and m.group().rstrip().endswith("ما") and \
                    (lemma := _said_after_ma(nxt[0])) and (lemma not in _SHOWS or _verb_lemma(nxt[0])):
                said = lemma not in _SHOWS                                  # (not «وفقا لما نصت عليه اللائحة»)
                after = text.find(nxt[0], after) + len(nxt[0])          # «حسبما أفاد مراسلنا»: who told it
                if len(nxt) > 2 and _strip(nxt[1]) in _PRONOUN_OBJECTS:  # «وفق ما صرح به السفير …»: who said it
                    after = src_at = text.find(nxt[1], after) + len(nxt[1])
            kama = m.group().lstrip("وف").startswith("كما")
            said = said or rx is _ATTRIB and kama
            sp = _made_by(text, _verb_cut(text, _speaker_np(text, after, e0)), e0) if rx is _ATTRIB else None
            if sp is None and said:                         # «حسبما أعلن التنظيم في بيان»: ما is the object
                sp = _verbal_noun_subject(text, after, e0, kama)
            elif sp is None and rx is _ATTRIB and not re.search("كما|راي|تقدير|نظر", m.group()):
                sp = _marked_name(text, after)                  # «وحسب «الضفة» فإن …»: the name in the marks
            sp = _comma_cut(text, sp, e0, _char_before(text, m.start()) in ("،", ","))
            said = said and sp is not None and _word_after(text, sp[0], 20) not in _NO_SUBJECT   # («ووفق ما ذكرت من
            #                                   معلومات»: you, no one named; «حسبما أعلن دون أن …»: the subject carried)
            if sp is not None and (_pronoun_saying(text[sp[0]:sp[1]]) or sp[0] == m.end() and
                                   m.group().endswith(("حسب", "تعبير", "قول", "زعم", "لسان", "عن"))):
                sp = None                                   # «حسب وصفه», «وبحسبه»: the speaker named before
            if rx is _ATTRIB and not said and not re.search("كما|راي|تقدير|نظر", m.group()) and not written \
                    and not _source_like(text, src_at) \
                    and not _trailing_source(text, m.start(), src_at, e0):
                continue                                    # «وفقا لتاريخ محدد»: not a source
            if sp is None and rx is _ATTRIB and not written:
                sp = _own_clause_subject(text, s0, m.start(), _pronoun_attribution(text, m.start(), nxt))
            verb = re.sub(r"\s+", " ", m.group()).strip()
            verb = "على ما" if verb.lstrip("وف") == "علي" else verb      # «…، على ما أعلنت الأمم المتحدة»
            verb = verb[1:] if rx is _ATTRIB and verb[:1] in "وف" and verb[1:2] in "بحنوطعا" and verb[:4] != "وفقا" \
                and verb[:3] != "وفق" else verb
            start = max(s0, m.start() - MAX_SENTENCE)
            first = next(_tokens(text, start, m.start()), None)
            if first is not None and _verb_lemma(first[2]) is not None:
                start = first[1]                            # «وأكد عباس، وفق ما نقلت عنه …»: the verb is the outlet's
            end = min(e0, m.end() + MAX_SENTENCE)
            if verb.startswith("كما") and _char_before(text, m.start()) in ("،", ",") \
                    and _NONSPACE.search(text, s0, m.start()):               # (a comma in its sentence, read back)
                comma = _COMMA.search(text, m.end(), end)                   # «…، كما أعلنت الشرطة، من دون أن …»:
                end = comma.start() if comma else end                    # it closes the clause before, not the next
            out.append((start, end, sp, verb if rx is _ATTRIB else "تصريح", (m.start(), m.end())))
            if rx is _ATTRIB and sp is not None and (text[max(s0, m.start() - 3):m.start()].strip()[-1:] in tuple("،,-–—(")
                                                     or not text[sp[1]:e0].strip(" .،,؛;\n")):   # or ends the sentence
                cs = _clause_before(text, s0, m.start())
                first = next(_tokens(text, cs, m.start()), None)
                if first is None or _verb_lemma(first[2]) is None:   # «وأكد عباس، وفق ما نقلت عنه وفا، أن …»:
                    out.append((cs, m.start(), sp, out[-1][3], (m.start(), m.end())))   # the speech follows
    return out


#: words that open a condolence's giver («قدم الأمير فلان تعازيه»): roles, bodies and personal titles (built once)
_CONDOLENCE_TITLES = _TITLE_WORDS | _PERSONAL_TITLES
#: words that open a person's title («الملك»، «أمير المنطقة»، «الدكتور»; not a body: «القيادة»)
_PERSON_TITLES = _ROLE_WORDS | _PERSONAL_TITLES


def _condolence_speaker(text: str, s0: int, pos: int):
    """«قدم الأمير فلان تعازيه …»: the noun phrase between the clause's verb and the condolence
    noun at ``pos``, when it opens with a title (or None).  Condolences of someone else, conveyed
    («نقل الوزير تعازي الأمير فلان …»), are that one's words (coding guide §5.1, on behalf of): the title
    after «تعازي» speaks (a person's; «نقل فلان تعازي القيادة»: a body's, conveyed by the one named)."""
    of = _CONVEYED.match(text, pos)
    pos = _before_intensifier(text, pos)   # «وقدم المجلس خالص تعازيه»: the giver ends before «خالص»
    if of is not None and _strip(text[of.end():of.end() + 20].split()[0]) in _PERSON_TITLES:
        to = _TO_FAMILY.search(text, of.end(), of.end() + 300)     # (up to whom they are conveyed: «لذوي …»)
        return _speaker_np(text, of.end(), to.start() if to else min(len(text), of.end() + 300))
    cut = max(text.rfind("،", s0, pos - 1), text.rfind(",", s0, pos - 1), s0 - 1) + 1
    toks = list(_tokens(text, cut, pos)) if pos - cut < 400 else list(_tokens(text, pos - 400, pos))[1:]
    #                                        (a long clause: its last words, so comma-less text stays linear)
    while toks and _strip(toks[0][2]) in _LEAD_OR_STOP:
        toks = toks[1:]
    if len(toks) > 1 and _OWN_CAPACITY.match(_strip(toks[1][2])) and _verb_like(_strip(toks[0][2])):
        return None                        # «ورفع باسمه ونيابة عن منسوبي الجامعة …»: no subject, the one named before
    titles = _CONDOLENCE_TITLES
    front = _title_before_verb(toks) if cut == s0 else 0
    if front:                              # «نائب الأمير يصل … لتقديم العزاء»: the titled subject, up to its verb
        return toks[0][0], _tok_end(toks[front - 1])
    k = 1 if len(toks) > 1 and (_strip(toks[1][2]) in titles or _quoted_after_verb(text, toks)) else None
    apposed = bool(toks) and cut > s0 and _strip(toks[0][2]) in titles
    if apposed:
        k = None                           # «الأمير فلان، أمير المنطقة التعازي»: an apposition, not a clause
    if not k and not apposed:              # «في بداية الحلقة تقدم الإعلامي فلان بالتعازي»: a verb, then a title
        k = next((j for j in range(max(2, len(toks) - 14), len(toks)) if _strip(toks[j][2]) in titles
                  and _verb_like(_strip(toks[j - 1][2])) and toks[j - 1][2][-1:] not in "،,"), None)
    if not k or len(toks) - k > 13:     # (the title at most fourteen words before the condolence noun)
        found = _clause_subject(text, s0, pos)
        return found[0] if found and found[0][1] <= pos else None   # «رفع الأمير فلان، أمير المنطقة، التعازي»
    np = _speaker_np(text, toks[k][0], pos)
    return np if np is not None and _strip(text[np[0]:np[1]].split()[0]) not in _PRONOUN_OBJECTS else None


def _before_intensifier(text: str, pos: int) -> int:
    """Where the words of :data:`_INTENSIFIERS` right before the condolence noun at ``pos`` begin (``pos`` if none):
    they belong to the message, not to who gives it («قدم المجلس خالص تعازيه»، «رفع أحر وأصدق التعازي»)."""
    for s, _e, tok in reversed(list(_tokens(text, max(0, pos - 30), pos))):
        if _strip(tok) not in _INTENSIFIERS or tok[-1:] in _PUNCT:
            break
        pos = s
    return pos


#: a condolence noun in construct with its giver («تعازي الأمير …», «تعازي ومواساة الملك …»; not «تعازيه»، «التعازي»)
_CONVEYED = re.compile(r"[وب]?تعازي\s+(?:و(?:مواساة|تحيات|تبريكات)\s+)?")
#: whom a condolence goes to: «إلى أسرة …»، «لذوي …»، «للأسرة» (or a sentence's end)
_TO_FAMILY = re.compile(r"(?<!\S)(?:الي|لل\w+|ل(?:ذوي|اسر|عائل|اهل|اقارب)\w*)(?!\S)|[.\n؛]")


def _title_before_verb(toks: list) -> int:
    """A clause that opens with a title (no verb first: «نائب الأمير يصل …», a headline's subject–verb order): the
    index of its imperfect verb (يـ/تـ, not ending in ي, not a verbal noun) among the next five words, none of them
    after punctuation or opening a quotation; else 0."""
    if not toks or _strip(toks[0][2]) not in _TITLE_WORDS:
        return 0
    for j in range(1, min(6, len(toks))):
        w = _strip(toks[j][2])
        if toks[j - 1][2][-1:] in _PUNCT or toks[j][2][:1] in "«\"“(":
            return 0
        if w[:1] in "يت" and _verb_like(w) and not w.endswith("ي") and not _MASDAR.match(w):   # (not «تقديم»)
            return j
    return 0


def _quoted_after_verb(text: str, toks: list) -> bool:
    """«ورفع "فلان" صادق تعازيه»: a verb, then a subject named in quotation marks (:func:`_quoted_name`)."""
    return toks[1][2][:1] in "«\"“”" and _verb_like(_strip(toks[0][2])) and _quoted_name(text, toks[1][0])


def _clause_before(text: str, s0: int, pos: int) -> int:
    """Where the clause that a postposed attribution («…، حسب مراقبين», «… وفقا للمصادر.») closes
    begins: the last comma before it, or at most eight words back within the sentence."""
    head = text[s0:pos].rstrip(" ،,-–—(")
    cut = max(head.rfind("،"), head.rfind(","), -1) + 1
    words = list(_tokens(text, s0 + cut, s0 + len(head)))
    return words[-8][0] if len(words) > 8 else s0 + cut


#: «وتناولت الصحف …», «يتناول التقرير …»: تناول (took up) with a press or talk noun as subject names the topic of
#: what is written or said (guide §5.7: its complement is reported, as after تطرق إلى); not «تناول الطعام»
_TOPIC_VERB = re.compile(r"(?<!\S)[وف]?(?:تناول|تناولت|تناولوا|تناولا|تناولتا|يتناول|تتناول|يتناولون)\s+(?:ال)?"
                         r"(?:صحف|صحيفة|صحافة|مقال|مقالة|تقرير|ندوة|محاضرة|كلمة|خطبة|لقاء|اجتماع|مؤتمر|حلقة|برنامج|"
                         r"دراسة|ورشة|جلسة|مباحثات|محادثات|نقاش|حوار|بيان|رسالة|افتتاحية|افتتاحيات|كتاب|بحث|"
                         r"اتصال|قمة|منتدي|خطاب|تقارير|مقالات|دراسات)(?=[\s،,])")
_TOPIC_CORE = re.compile("تناول")


def _topic_events(text: str, bounds: list[int], limit: int) -> list:
    """The speech events of «وتناولت الصحف X» (:data:`_TOPIC_VERB`): the subject (the talk noun and the
    nisba or «الصادرة اليوم» words after it) speaks, and its object to the end of the sentence (or a new
    clause, :func:`_main_clause`) is reported."""
    out = []
    for m in _near(_TOPIC_VERB, _TOPIC_CORE, 3, text, limit):
        if _word_before(text, m.start(), 12) in ("ان", "سوف", "لم", "لن"):
            continue                                     # «من المتوقع أن يتناول اللقاء …»: a talk not yet held
        s0, e0 = _sentence(text, bounds, m.start())
        e0 = min(e0, m.start() + MAX_SENTENCE)           # (as a verb's event, :func:`_verb_event`)
        verb_end = m.start() + len(m.group().split()[0])
        sub_s = text.find(m.group().split()[1], verb_end)
        toks = list(itertools.islice(_tokens(text, sub_s, e0), 6))
        k = 1
        while k < len(toks) and (_strip(toks[k][2]).endswith(_NISBA) and _strip(toks[k][2]).startswith("ال")
                                 or _strip(toks[k][2]) in ("الصادرة", "اليوم", "الصادر")):
            k += 1
        if k >= len(toks) or toks[k - 1][2][-1:] in "،,.:؛":
            continue                                     # «تناولت الصحف.»: no topic named here
        sub = (sub_s, _tok_end(toks[k - 1]))
        out.append((toks[k][0], _main_clause(text, toks[k][0], e0, "تناول", (m.start(), verb_end)), sub, "تناول",
                    (m.start(), verb_end)))
    return out


#: «وجّه الأمير فلان (الجهات المعنية) بـ…» (directed that …): the verb, written without its shadda
_DIRECT_VERB = re.compile(r"(?<!\S)[وف]?(?:وجه|وجهت|يوجه)(?=\s)")
_DIRECT_CORE = re.compile("وجه")
#: heads of a title or honorific that open the one who directs («وجه خادم الحرمين …»، «وجه سموه …»), with the personal
#: titles (:data:`_PERSONAL_TITLES`: الأمير، الشيخ …) and «ولي» (ولي العهد, the crown prince); not «وجه ضربة», «وجه
#: اللاعب الكرة برأسه»
_DIRECTORS = frozenset("صاحب سمو سموه معالي معاليه فخامة فخامته خادم الملك ولي".split())
#: particles before which a present verb is wished for or intended, not done («لعل الوزير يوجه …»، «أن يوجه …»)
_WISHED = frozenset("لعل ولعل عسى عسي ليت ان لكي كي حتي".split())


def _directed_at_once(text: str, m, first: str) -> bool:
    """«الأمير فلان يوجه بمعاملة …»، «ووجه بصرف …»: a verb of directing (not bare «وجه», also a face) whose first word is
    a verbal noun in بـ directs with its subject before it (a headline's, or the sentence's; bare «وجه» after قد; not
    «ووجه»، «ووجهت», also the passive of «واجه»)."""
    w, verb = _strip(first), _strip(text[m.start():m.end()])
    if w[:1] != "ب" or w in _BA_ADVERBS or verb[:2] in ("وو", "فو") or verb == "وجه" and \
            _word_before(text, m.start(), 12) not in _QAD:
        return False                           # («ووجه باحتجاج مماثل»: وُوجِه, was met with)
    if any(_strip(x) in _WISHED for x in text[max(0, m.start() - 40):m.start()].split()[-3:]):
        return False                           # «لعل معاليكم يوجه بـ…»: a directive wished for, not given
    w = w[1:]
    return bool(_MASDAR.match(w) or _mufaala(w.removeprefix("ال")))


#: «…، تضامنا مع …»: the reason the outlet gives for a directive after a comma (its own words, not the directive's)
_REASON = re.compile(r"[،,]\s*(?:تضامنا|تقديرا|تكريما|وفاء|احتراما|حدادا|مواساة|حرصا)(?=\s)")


def _directive_events(text: str, bounds: list[int], limit: int) -> list:
    """«وجّه الأمير فلان الجهات المعنية بتسمية …»: a directive is a statement with a noun complement (guide §3.2
    rule 3): from its بـ-word to the sentence end (a relative clause that describes the event after it stays the
    outlet's, as after a condolence, and so does a reason after a comma, «…، تضامنا مع …»), spoken by the titled
    subject right after the verb."""
    out = []
    for m in _near(_DIRECT_VERB, _DIRECT_CORE, 2, text, limit):
        s0, e0 = _sentence(text, bounds, m.start())
        e0 = min(e0, m.start() + MAX_SENTENCE)
        toks = list(itertools.islice(_tokens(text, m.end(), e0), 30))
        at_once = bool(toks) and _directed_at_once(text, m, toks[0][2])
        if not toks or _strip(toks[0][2]) not in _DIRECTORS and _strip(toks[0][2]) not in _PERSONAL_TITLES and not at_once:
            continue
        titled = _titled_before(text, s0, m.start()) if at_once else None   # «ولي العهد يوجه بمعاملة …»: the title
        ba = next((t for t in toks[0 if at_once else 1:] if _strip(t[2])[:1] == "ب" and len(_strip(t[2])) > 3
                   and _strip(t[2]) not in _BA_ADVERBS and _strip(t[2])[:3] not in ("بن", "بنت")), None)
        if ba is None or any(t[2][-1:] in ".:؛!؟" for t in toks if t[0] < ba[0]):
            continue
        end = min([c.start() for c in (_DESCRIPTION.search(text, ba[1], e0), _REASON.search(text, ba[1], e0)) if c]
                  or [e0])
        out.append((ba[0], end, titled or _condolence_speaker(text, s0, ba[0]), "وجه", (m.start(), m.end())))
    return out


#: «وجدد المجلس إدانته للهجوم», «وكرر الوزير دعوته إلى …», «جددت الإدارة تأكيدها بأن …»: a verb of renewal or
#: repetition (normalised, without its shadda) whose object is a verbal noun of saying (:data:`_RENEWED_NOUN`)
_RENEW_VERB = re.compile(r"(?<!\S)[وف]?(?:جدد|جددت|جددوا|جددا|جددتا|يجدد|تجدد|يجددون|يجددان|كرر|كررت|كرروا|كررا|كررتا|"
                         r"يكرر|تكرر|يكررون|يكرران)(?=\s)")
_RENEW_CORE = re.compile("جدد|كرر")
#: the verbal nouns of saying a renewal repeats (with و/ب/ال, a plural and a possessive), and the verb each stands for
_RENEWED_NOUN = re.compile(r"[وب]?(?:ال)?(?:(تاكيد|رفض|تحذير|استنكار|ترحيب|تنديد|شجب)(?:ات)?|(ادان|دعو|مطالب)(?:ة|ت(?=\w)|ات))"
                           r"(?:ه|ها|هم|هما|نا)?")
#: what ends a renewed statement after a comma: a time phrase («جدد تحذيره من …، بعد زيارة الوزير …») or «فيما»
#: (while, another's turn: «كرر رفضه للحل، فيما علق مراقبون …»)
_RENEWED_END = re.compile(r"[،,]\s*(?:بعد|بعيد|قبل|عقب|اثر|في\s+اعقاب|فيما)\s")
#: words that open a subordinate clause between a verb of renewal and a noun of saying: the noun is not its object
_RENEW_STOP = frozenset("ان بان انه انها بعد قبل بعدما عندما حين حينما لان كي حتي الذي التي الذين ما تم".split())
_RENEWED_LEMMA = {"تاكيد": "أكد", "رفض": "رفض", "تحذير": "حذر", "استنكار": "استنكر", "ترحيب": "رحب", "تنديد": "ندد",
                  "شجب": "شجب", "ادان": "ادان", "دعو": "دعا", "مطالب": "طالب"}


def _renewed_events(text: str, bounds: list[int], limit: int) -> list:
    """«وجدد مجلس الوزراء إدانته للهجوم على القرية», «وكرر الوزير دعوته إلى الإفراج عن الأسرى»: a statement renewed or
    repeated is a statement (guide §3.2 rule 3): a verb of :data:`_RENEW_VERB` whose object, among its next eight words
    in the sentence (after its subject or a setting, with no other punctuation than a comma, no quotation mark and no
    verb of saying between), is a verbal noun of saying (:data:`_RENEWED_NOUN`) reports what follows that noun, as the
    noun's verb would (:func:`_main_clause`: a condemnation's object up to the clause that describes the event; and up to
    a time phrase or «فيما» after a comma, :data:`_RENEWED_END`: the outlet's telling of when, or another's turn), spoken
    by the verb's subject (none when a setting or nothing stands between: the speaker is carried).  Not «جدد عقده»
    (renewed a contract), «تجدد القصف» (shelling resumed): no noun of saying; not a noun with a comma or nothing after
    it («يفكر في أن يكرر الدعوة، مع …»: an invitation, no content), nor one past a subordinate clause («جددت الإدارة
    المفاوضات بعد أن تم رفض طلبها»: :data:`_RENEW_STOP`), nor «جدد» (new) after an indefinite plural («بلا لاعبين جدد
    بسبب المطالبات»)."""
    out = []
    for m in _near(_RENEW_VERB, _RENEW_CORE, 2, text, limit):
        prev = _word_before(text, m.start(), 16)
        if m.group()[:1] == "ج" and not prev.startswith("ال") and prev.endswith(("ين", "ون", "اء", "ات")):
            continue                                    # «لاعبين جدد»: the adjective (new), no verb
        s0, e0 = _sentence(text, bounds, m.start())
        e0 = min(e0, m.start() + MAX_SENTENCE)
        for n, (s, e, tok) in enumerate(itertools.islice(_tokens(text, m.end(), e0), 9)):
            w = _strip(tok)
            noun = _RENEWED_NOUN.fullmatch(w)
            if noun:
                sp = _speaker_np(text, m.end(), s) if n else None
                start = _tok_end((s, e, tok))
                lemma = _RENEWED_LEMMA[noun.group(1) or noun.group(2)]
                end = _main_clause(text, start, e0, lemma, (m.start(), m.end()))
                cut = _RENEWED_END.search(text, start, end)
                end = cut.start() if cut else end         # «…، بعد زيارة الوزير …»: when is the outlet's telling
                if end > start and text[start:end].strip() and text[start:end].lstrip()[:1] not in "،,":
                    out.append((start, end, sp, lemma, (m.start(), m.end())))
                break
            if any(c in tok for c in "«»\"“”:.؛!؟") or _verb_lemma(w) is not None or w in _RENEW_STOP:
                break
    return out


def _titled_before(text: str, s0: int, vs: int):
    """The span of a title that opens the sentence and stands right before the verb at ``vs`` (at most six words, no
    punctuation or verb between: «ولي ولي العهد يوجه …», «أمير المنطقة يوجه …»), or None."""
    toks = list(_tokens(text, s0, vs))
    words = [_strip(t[2]) for t in toks]
    if not 0 < len(words) <= 6 or any(c in text[s0:vs] for c in "،,:«»\"“”()") or any(_verb_lemma(w) for w in words):
        return None
    return (toks[0][0], toks[-1][1]) if _role_end(words) > 0 or words[0] in _DIRECTORS or words[0] in _PERSONAL_TITLES \
        else None


#: «تبنى/تبنت/يتبنى …» (claimed; also adopted) and «أعلن/ادعى … مسؤوليته عن …» (claimed responsibility), normalised
_CLAIM_VERB = re.compile(r"(?<!\S)[وف]?(?:(?:تبن|[يت]تبن)(?:ي|ت|وا|يا|تا|ون|ين)|(?:اعلن|ادع|[يت]علن|[يت]دعي)(?:ت|وا|ا|تا|ي|ون)?)(?=\s)")
_CLAIM_CORE = re.compile("تبن|علن|دع")
#: what a claim is of: acts of violence (an attack, bombing, killing, kidnapping …), singular, dual and plural
_ACTS = frozenset(b + x for b, xs in (("هجوم", ("", "ا", "ين", "ان")), ("هجم", ("ات", "ة", "تين")),
                                      ("تفجير", ("", "ا", "ات", "ين")), ("انفجار", ("", "ين", "ات")),
                                      ("عملي", ("ة", "ات", "تين")), ("اعتداء", ("", "ات", "ين")),
                                      ("اغتيال", ("",)), ("قتل", ("",)), ("مقتل", ("",)), ("خطف", ("",)),
                                      ("اختطاف", ("",)), ("ذبح", ("",)), ("اعدام", ("",)), ("قصف", ("",)),
                                      ("اسقاط", ("",)), ("كمين", ("", "ا")), ("غار", ("ة", "ات")),
                                      ("ضرب", ("ة", "ات")), ("تدمير", ("",)), ("احراق", ("",)), ("استهداف", ("",)))
                for x in xs)
_RESPONSIBILITY = frozenset("مسؤولية مسؤوليته مسؤوليتها مسؤوليتهم مسؤوليتهما المسؤولية".split())
#: the verbal noun of a claim after أعلن: «أعلنت الجماعة تبنيها للهجوم»
_ADOPTION = frozenset("تبني تبنيه تبنيها تبنيهم تبنيهما".split())
_DEMONSTRATIVE_OBJECTS = frozenset("هذا هذه ذلك تلك هذين هاتين".split())
#: times that may stand between the claimant and the act claimed («تبنت الجماعة أمس الهجوم»)
_CLAIM_TIME = _TIME_WORDS | {"الماضي"}
#: what may stand between the claimant and the act claimed: a time, or a phrase in في/على/عبر (in a statement, on its site)
_CLAIM_GAP = _CLAIM_TIME | frozenset("في علي عبر من خلال".split())


def _act(tok: str, nxt: str) -> bool:
    """``tok`` (stripped) names an act of violence (:data:`_ACTS`, after ال، لل، ل): not «عملية السلام», an
    indefinite «عملية» before a definite noun (a process), unless that noun is an act too («عملية التفجير»)."""
    w = tok[2:] if tok[:2] in ("ال", "لل") else tok[1:] if tok[:1] == "ل" and tok[1:] in _ACTS else tok
    if w not in _ACTS:
        return False
    return not (tok[:4] in ("عملي", "لعمل") and nxt[:2] == "ال" and not _act(nxt, ""))


def _claim_events(text: str, bounds: list[int], limit: int) -> list:
    """A claim of responsibility is a statement whose content is the act claimed (guide §5.1): «وأعلن تنظيم فلان
    مسؤوليته عن الهجوم», «تبنت الجماعة (في بيان …) الهجوم», «أعلنت الجماعة تبنيها للهجوم». The claimant is the
    subject between the verb and the claim, else the one after the act («تبنى الهجوم تنظيم …»), else the clause's
    subject before the verb or a relative's antecedent; the speech is the act's noun phrase: it ends at a comma, a
    time or relative clause, or a verb of its outcome («هجوم أوقع 20 قتيلا»), which describe the act (the outlet's,
    as after a condemnation). A negated verb claims nothing («لم تعلن أي جهة مسؤوليتها»); «تبنى» also means adopted
    (a law, a policy): only an act of violence (:func:`_act`) after its subject (past a time, a phrase in
    في/على/عبر/من/خلال or a word in لـ, :data:`_CLAIM_GAP`)."""
    out = []
    for m in _near(_CLAIM_VERB, _CLAIM_CORE, 3, text, limit):
        before = _word_before(text, m.start(), 12)
        if before in _NEGATIONS or before.lstrip("و") in _NOUN_AFTER | _CLAIM_NOUN_BEFORE:
            continue                           # «ولم تتبن أي جهة الهجوم»; «بعد تبني الحزب قتل …»: the verbal noun
        s0, e0 = _sentence(text, bounds, m.start())
        e0 = min(e0, m.start() + MAX_SENTENCE)
        adopt = "تبن" in m.group()[:5]
        toks = list(itertools.islice(_tokens(text, m.end(), e0), 14))
        for k, (s, e, tok) in enumerate(toks):
            w = _strip(tok)
            nxt = _strip(toks[k + 1][2]) if k + 1 < len(toks) else ""
            claim = w in _RESPONSIBILITY and nxt == "عن" or not adopt and w in _ADOPTION and _act(nxt, "")
            if claim or adopt and _act(w, nxt):
                obj, act = s, min(len(toks) - 1, k + (w in _RESPONSIBILITY) + claim)   # (the act's token)
                while obj > toks[0][0] and _strip(toks[k - 1][2]) in _OBJECT_LEADS:
                    k -= 1                     # «هذا الهجوم»، «معظم هذه الهجمات»: the object
                    obj = toks[k][0]
                sp = _speaker_np(text, m.end(), obj) if obj > toks[0][0] else None
                gap = [_strip(t[2]) for t in toks if (sp[1] if sp else m.end()) <= t[0] < obj]
                while gap and (gap[0] in _CLAIM_TIME or gap[0] in _TIME_LEADS and gap[1:2] and gap[1] in _CLAIM_TIME):
                    gap = gap[1:]              # («تبنت الجماعة يوم/مساء الخميس الماضي الهجوم»: a time, then the act)
                if not claim and gap and gap[0] not in _CLAIM_GAP and gap[0][:1] != "ل":
                    break                      # «تبنى البرلمان (أمس) القانون بعد الهجوم»: another thing adopted
                if sp is None and claim and obj > toks[0][0]:   # «وأعلن تنظيم الوادي مسؤوليته عن …» (a subject
                    sp = _claimant([t for t in toks if t[0] < obj])          # _speaker_np stops at)
                end = _claim_end(text, s, e0)
                after = act + 1 if act + 1 < len(toks) and _strip(toks[act + 1][2]).removeprefix("ال") in _CLAIMANTS else None
                if sp is None and obj == toks[0][0] and after is not None and toks[after][0] < end:
                    sp = _claimant(toks[after:])                # «تبنى الهجوم تنظيم …»: the subject after the act
                    end = toks[after][0]
                if before in _WHICH:                # «وشنت الحركة التي أعلنت مسؤوليتها عن التفجير هجمات …»: the
                    sp = sp or _antecedent(text, text.rfind(" ", 0, m.start() - 1) + 1)   # relative clause ends
                    end = min(end, next((t[0] for t in _tokens(text, toks[act][1], end)
                                    if _strip(t[2])[:2] != "ال"), end))   # with
                    #                                   the act's noun phrase (its article adjectives)
                sp = sp or _subject_before(text, s0, m.start())
                out.append((obj, end, sp, "تبنى", (m.start(), m.end())))
                break
            if tok[-1:] in ".:؛!؟،," or k and _verb_lemma(tok):
                break
    return out


#: words before «تبني» that make it the verbal noun («بعد تبني الحزب …»، «أو حتى تبني هجمات»)
_CLAIM_NOUN_BEFORE = frozenset("بعد قبل عقب اثر منذ حتي او".split())
#: heads of a claimant named after the act («تبنى الهجوم تنظيم …»)
_CLAIMANTS = _ORG_WORDS | frozenset("تنظيم جبهة كتائب سرايا مسلحو متمردو".split())
_MOST = frozenset("معظم غالبية اغلب سلسلة".split())
#: words before the act that are part of the object claimed («هذا الهجوم»، «معظم هذه الهجمات»)
_OBJECT_LEADS = _DEMONSTRATIVE_OBJECTS | _QUANTIFIERS | _MOST
#: verbs of what an act did, after it: «هجوم أوقع 20 قتيلا»، «تفجير أسفر عن …» (the outlet's account of the act)
_OUTCOME = re.compile(r"(?<!\S)[وف]?(?:اوقع|اوقعت|اسفر|اسفرت|ادي|ادت|خلف|خلفت|راح|اودي|اودت|قتل|قتلت|استهدف|استهدفت|وقع|وقعت|"
                      r"تم|نفذ|نفذت|نفذه|نفذها|سقط|يحمل|تحمل)(?=\s)")


def _claimant(toks: list):
    """The claimant's words at the start of ``toks``: up to a phrase in في/على/عبر or a time (:data:`_CLAIM_GAP`)
    or a clause break."""
    words = []
    for t in toks:
        if _strip(t[2]) in _CLAIM_GAP or _strip(t[2]) in _WHICH:
            break
        words.append(t)
        if t[2][-1:] in "،,.:؛!؟":
            break
    return (words[0][0], _tok_end(words[-1])) if words else None


def _claim_end(text: str, start: int, end: int) -> int:
    """Where the act claimed at ``start`` ends: at a comma, a relative or time clause (:data:`_DESCRIPTION`,
    :data:`_CONTENT_STOP`), a verb of its outcome (:data:`_OUTCOME`), a new clause or gloss (:func:`_main_clause`)."""
    cuts = [c.start() for c in (_COMMA.search(text, start, end), _DESCRIPTION.search(text, start, end),
                                _OUTCOME.search(text, start, end)) if c]
    cuts += [t[0] for t in _tokens(text, start, end) if _strip(t[2]) in _CONTENT_STOP][:1]
    return _main_clause(text, start, min(cuts + [end]))


_CONDOLENCE = re.compile(r"(?<!\S)[وب]?(?:ال)?(?:تعازي|تعازيه|تعازيها|تعازيهم|تعزية|تعازينا|عزاء)(?=\s)")
_CONDOLENCE_CORE = re.compile("تعاز|تعزية|عزاء")
#: verbs and verbal nouns that offer «العزاء» (condolence as an act): «قدم واجب العزاء لذوي …», «لتقديم العزاء في …»,
#: «رفع أصدق العزاء لـ…» (raised to someone above); not «تقبل العزاء» (the family receives), «بيت/مجلس العزاء» (the place)
_OFFER = frozenset(p + w for p in ("", "و", "ف", "ل", "ول", "ب") for w in
                   "تقديم قدم قدمت قدموا يقدم تقدم يقدمون اداء ادي ادوا يؤدي رفع رفعت رفعوا يرفع ترفع نرفع "
                   "وجه وجهت وجهوا يوجه توجيه".split())         # «وجه الأزهر بالعزاء والمواساة إلى …»
#: nouns of a message whose genitive «عزاء» makes it a condolence: «اتصال عزاء»، «برقية عزاء»، «رسالة عزاء»
_CONDOLENCE_MESSAGES = frozenset("اتصال اتصالا اتصالات برقية برقيات رسالة رسائل كلمة".split())
_RECEIVE = frozenset(p + w for p in ("", "و", "ف", "ل") for w in "تقبل تقبلت يتقبل تتقبل تلقي تلقت يتلقي استقبل".split())


#: an aside between commas that opens with a preposition of time or setting («، في ختام تصريحه،»), from its opening
#: comma to its closing one
_ASIDE = re.compile(r"[،,]\s*(?:في|خلال|عبر|ضمن|عقب|بعد|اثناء|لدي)\s[^،,.:؛!؟\n]{1,50}[،,]")


def _offered(text: str, s: int) -> int:
    """Where the condolence at ``s`` starts: ``s`` for the message nouns (تعازي، تعزية), which always are one, and for
    «عزاء» after a noun of message (:data:`_CONDOLENCE_MESSAGES`); for «العزاء», the start of «واجب» before it or ``s``,
    when a verb of :data:`_OFFER` stands among the ten words before it in its clause («قدم الأمير فلان العزاء»); else
    -1: a verb of :data:`_RECEIVE` («تقبلت الأسرة العزاء») or a word ending in punctuation closes the search first, but
    an aside between commas (:data:`_ASIDE`, «، في ختام كلمته،») is passed over, its commas too."""
    if "عزاء" not in text[s:s + 8]:
        return s
    before = list(_tokens(text, max(0, s - 120), s))[-10:]
    if before and _strip(before[-1][2]).lstrip("وب") in _CONDOLENCE_MESSAGES:
        return s                                   # «أجرى الأمير اتصال عزاء بوالد الشهيد»: a message of condolence
    if before and _strip(before[-1][2]) == "واجب":
        s = before[-1][0]
    asides = [m.span() for m in _ASIDE.finditer(text, max(0, s - 120), s)]
    for t in reversed(before):
        if any(a <= t[0] < b for a, b in asides):
            continue                               # «ورفع فلان، في ختام تصريحه، العزاء …»: an aside between commas
        if t[2][-1:] in "،,.:؛!؟" and not any(a == t[1] - 1 for a, _ in asides) or _strip(t[2]) in _RECEIVE:
            return -1
        if _strip(t[2]) in _OFFER:
            return s
    return -1


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


def _written_source(phrase: str, nxt: list[str]) -> int:
    """«حسبما جاء في …», «وفق ما ورد في …»: the index in ``nxt`` (the words after ``phrase``) of the
    «في» before the document that is the source, else 0."""
    if phrase.rstrip().endswith("ما") and len(nxt) > 2 and nxt[0] in ("جاء", "ورد") and nxt[1] == "في":
        return 1
    if len(nxt) > 3 and nxt[0] == "ما" and nxt[1] in ("جاء", "ورد") and nxt[2] == "في":
        return 2
    return 0


def _trailing_source(text: str, start: int, pos: int, end: int) -> bool:
    """«…، وفق الشين بيت.»: an attribution after a comma whose object (one to three words, a name,
    not a plan or a rule) ends the sentence names a source, though no source word says so."""
    if text[max(0, start - 3):start].strip()[-1:] not in ("،", ","):
        return False
    words = text[pos:end].strip(" .\n").split()
    bare = _strip(words[0]) if words else ""
    bare = bare[2:] if bare.startswith("ال") else bare[1:] if bare.startswith("ل") else bare
    return 1 <= len(words) <= 3 and bare not in _NOT_SOURCES and "ال" + bare not in _NOT_SOURCES \
        and not bare.endswith("ات") and not any(c in text[pos:end].rstrip(" .\n") for c in "،,؛:()")


#: counts and documents a body makes, named as a source with the body after لـ («وفق تعداد لوكالة …»)
_MADE_COUNTS = frozenset("تعداد احصاء احصائية حصيلة استطلاع مسح تقديرات ارقام تقرير دراسة".split())
_FOR_BODY = re.compile(r"\s+ل(?=\w)")


def _made_by(text: str, sp, end: int):
    """An attribution's object that is one indefinite count or document with a body after لـ («ووفق تعداد لوكالة
    الأنباء، فإن …»، «بحسب إحصائية لمنظمة …»): the body that made it (coding guide §4, written communications);
    else ``sp``."""
    if sp is None or _strip(text[sp[0]:sp[1]]) not in _MADE_COUNTS:
        return sp
    m = _FOR_BODY.match(text, sp[1])
    if m is None or _strip(_word_after(text, m.end(), 20)) not in _SOURCE_ORGS:
        return sp
    body = _speaker_np(text, m.end(), end)
    return body if body is not None else sp


def _verb_cut(text: str, sp):
    """The object of بحسب/وفقا لـ without a comma before the clause it opens: it ends before a verb (one of
    saying, or a past verb in ـت or an imperfect in ي/ت after a definite word that closes a source which is no
    person's title): «ووفقا لمصادر الوادي اعتقلت قوات …» → «مصادر الوادي»; not «بحسب المتحدث باسم الجيش يوسف …».
    After an indefinite adjective in ـية (no genitive can follow one), a three-letter past verb ends it too: «بحسب
    مصادر محلية سقط خمسة …» → «مصادر محلية»."""
    if sp is None:
        return sp
    toks = list(_tokens(text, sp[0], sp[1]))
    norm = [_strip(t[2]) for t in toks]
    for k in range(1, len(norm)):
        w, prev = norm[k], norm[k - 1]
        adjective = k > 1 and len(prev) > 3 and prev.endswith("ية") and not prev.startswith("ال")
        shaped = len(w) >= 3 and _verb_like(w) and w[:1] not in "وف" and w not in _VERB_LIKE_NAMES \
            and (len(w) >= 4 and (w.endswith("ت") or w[:1] in "يت") and (prev.startswith("ال") or adjective)
                 or len(w) == 3 and adjective and w not in _TIME_WORDS) and prev not in _TITLE_WORDS \
            and norm[0] not in _ROLE_WORDS and not any(x in _PERSONAL_TITLES for x in norm[:k])
        if _verb_lemma(w) is not None or shaped:
            return (sp[0], _tok_end(toks[k - 1]))
    return sp


def _source_like(text: str, pos: int) -> bool:
    """The object of an attribution names someone who speaks (not «وفقا لتاريخ محدد»)."""
    head = text[pos:pos + 40].split()
    if not head:
        return False
    w = _strip(head[0])
    if w.startswith("ما") and len(w) <= 3 or w in ("ما", "لما") or w.isascii():
        return True
    bare = w[2:] if w.startswith("ال") else w
    bare2 = bare[1:] if bare[:1] == "ل" and len(bare) > 3 else bare
    if _unpossessed(bare2) in _NOT_SOURCES:
        return False                                      # «حسب رغبته», «وفقا لخطتها»: his wish, not a source
    if head[0][:1] in "«\"“”":
        return True                                       # «وبحسب "الفرنسية"،», «ووفقا لـ«يوروستات»»: a name in marks
    words = _SPEAKER_WORDS
    if any(x in words or "ال" + x in words for x in (w, bare, bare2)):
        return True
    if bare2 in _QUANTIFIERS or "ل" + bare2 in ("لكثير", "لبعض", "لعدد"):     # «وفقا للكثير من المسؤولين»
        rest = [_strip(t) for t in head[1:4] if _strip(t) != "من"]
        return bool(rest) and (rest[0] in words or rest[0][2:] in words or "ال" + rest[0] in words)
    nxt = _strip(head[1]) if len(head) > 1 else ""
    nxt = "ال" + nxt[2:] if nxt.startswith("لل") else nxt[1:] if nxt[:1] == "ل" else nxt
    if bare2 not in _NOT_SOURCES and "،" not in head[0] and (nxt in _ORG_WORDS or nxt[2:] in _ORG_WORDS):
        return True                                       # «حسب رصد دائرة الأوقاف», «وفق تعداد لوكالة …»: the
        #                                                   genitive (also with لـ) is a source
    if is_place(w) or is_place(bare2):
        return True                                       # «بحسب أنقرة», «وفقا لواشنطن»: a government by its capital
    if bare2 in _NOT_SOURCES or w in _DEMONSTRATIVE_OBJECTS or w.startswith(("ال", "لل")) \
            or bare2.startswith("ال") or w[-1:] == "ة" or bare2.endswith("ات"):    # «وفقا لمقررات جنيف»
        return False
    near = text[pos:pos + 60].split()[:3]                 # a name: «بحسب رويترز»، «وفق عبد الرحمن،»
    if len(near) == 3 and _strip(near[2]) == "فان" and not near[0][-1:] in "،,.:؛" and _verb_lemma(w) is None \
            and not _MASDAR.match(w):
        return True                                       # «وبحسب عبد الرحمن فإن …»: a name, then what he says
        #                                                   (not «بحسب طلب السوق فإن …»: a noun and its genitive)
    rel = next((k for k in (1, 2) if k < len(near) and _strip(near[k]) in _WHICH), 0)
    if rel and not w.endswith(("ة", "ات")) and not (w[:1] == "ل" and text[pos - 1:pos] == "ل") and not any(
            _strip(t).startswith(("ال", "لل")) and (k == 0 or not _strip(t).endswith("ي")) or t[-1:] in "،,.:؛"
            or _verb_lemma(t) or _MASDAR.match(_strip(t)) for k, t in enumerate(near[:rel])):
        return True                                       # «وبحسب سامر الوادي الذي درس …»: «الذي» after a word
        #                                                   without the article (and a family name): a proper name
        #                                                   (not «وفقا للمقترح الذي …»: لل, the article)
    return any(t[-1:] in "،,.:؛" for t in near) or len(text[pos:pos + 60].split()) < 3


def _unpossessed(w: str) -> str:
    """``w`` without a possessive pronoun, its ة written again: «رغبته» → «رغبة», «خطتها» → «خطة», «نظامهم» → «نظام»."""
    for c in ("هما", "ها", "هم", "ه"):
        if w.endswith(c) and len(w) > len(c) + 2:
            w = w[:-len(c)]
            return w[:-1] + "ة" if w.endswith("ت") else w
    return w


#: nouns that follow وفقا لـ / حسب without naming a source (a plan, a date, the rules)
_NOT_SOURCES = frozenset("""
تاريخ ظروف خطة نظام قانون معايير شروط جدول اتفاق اتفاقية قرار الية ضوابط لائحة مبدا قواعد اسس برنامج احكام طلب
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
_NEEDLES = {_ATTRIB: ("حسب", "وفق", "طبقا", "نقلا", "حد", "استنادا", "لسان", "راي", "تقدير", "نظر", "كما", "علي ما",
                      "الكلام", "according", "quoted"),             # («الحديث» holds «حد»)
            _NOMINAL: ("تصريح", "حديث", "مقابلة", "بيان", "تغريدة", "كلمة", "مؤتمر"),
            _SPEECH_NOUNS: _SPEECH_NOUN_CORES}

#: where a match of :data:`_ATTRIB`'s Arabic phrases can be: each holds one of these at most 2 characters
#: after its start (و/ف, then ب before حسب), and none of them can start inside another
_ATTRIB_CORE = re.compile(r"حسب|وفق|طبقا|نقلا|استنادا|عل[يى]\s+(?:حد|لسان|ما\s)|في\s+(?:راي|تقدير|نظر)|من\s+وجهة|كما\s"
                          r"|الحديث\s|الكلام\s")
#: the core words above were written for this :data:`_ATTRIB` (md5 of its pattern without :data:`_WAFQ_SPEAKERS`): an edited _ATTRIB
#: falls back to the plain regex scan until its core words are checked and this is updated
#: (tests/test_speed.py fails meanwhile)
_ATTRIB_CORE_FOR = "ee7118ab66675cba797cb9c618d543a9"
_CORE_CURRENT = hashlib.md5(_ATTRIB.pattern.replace(_WAFQ_SPEAKERS, "").encode()).hexdigest() == _ATTRIB_CORE_FOR


def _attrib_matches(rx, text: str, limit: int):
    """``rx.finditer(text, 0, limit)``; for :data:`_ATTRIB` (without its English phrases in the
    text) found by :func:`_near` from its core words: the same matches, 2x faster."""
    if rx is _ATTRIB and _CORE_CURRENT and "quoted" not in text and "according" not in text:
        return _near(rx, _ATTRIB_CORE, 2, text, limit)
    return rx.finditer(text, 0, limit)


_QUESTION_WORDS = frozenset("هل ما ماذا لماذا كيف متي اين من وهل وما وماذا ولماذا وكيف ومتي واين ومن".split())


#: words that address the one asked in the second person (رأيك، تقييمكم، حدثنا، هل تتفق …): questions that
#: hold them are an interviewer's
_ADDRESS = re.compile(
    r"(?<!\S)[وفب]?(?:رايك|رايكم|تقييمك|تقييمكم|تفسيرك|تفسيركم|رؤيتك|رؤيتكم|موقفك|موقفكم|نظرك|نظركم|تصورك|تصوركم"
    r"|قراءتك|قراءتكم|لديك|لديكم|عندك|عندكم|حدثنا|حدثينا|انت|انتم|انك|انكم|تري|ترين|ترون|تعتقد|تعتقدين|تعتقدون"
    r"|تتوقع|تتوقعين|تتوقعون|تقيم|تقيمون|تفسر|تفسرون|تنظر|تنظرون|تتفق|تتفقين|تتفقون)(?=[\s؟?،,.!:]|$)")


def _answers(text: str, bounds: list[int]):
    """Interview answers: from a dash after a question («…؟ - …») to the next question; in a
    field with three or more paragraphs that are questions, the paragraphs after each question;
    else bulleted questions run together (:func:`_bulleted_answers`); else (:func:`_addressed_answers`) an
    interview printed without layout."""
    return list(_laid_out_answers(text, bounds)) or list(_bulleted_answers(text)) or list(_addressed_answers(text, bounds))


#: the bullets that open an interviewer's question («* …», «• …»)
_BULLETS = "*•●■▪"
_BULLET = re.compile(rf"(?<!\S)[{_BULLETS}]+(?=\s)")
#: a question that opens with a bullet («** ما أبرز …؟», «• هل …؟») and ends before any other bullet or line break
_BULLETED_QUESTION = re.compile(rf"(?<!\S)[{_BULLETS}]+\s[^{_BULLETS}؟?\n]{{5,300}}[؟?]")


#: a reader writing of himself in the first person singular («لدي طفل …», «سؤالي يا دكتور …»): a letter to an advice
#: page, not an interviewer's question
_READER = re.compile(r"(?<!\S)[وف]?(?:لدي|عندي|سؤالي|اعاني|انا|عمري|ابني|ابنتي|زوجي|زوجتي)(?=[\s؟?،,.])")


def _bulleted_answers(text: str):
    """An interview whose questions open with a bullet but are not paragraphs of their own (the line breaks
    lost, «** سؤال؟   جواب … ** سؤال؟   جواب …»): in a field with three or more bulleted questions each followed by
    an answer (80 characters or more before the next bullet), the text after each question up to the next bullet
    is an answer; a list of bulleted questions without answers is not an interview, nor a page of readers' questions
    that speak of themselves (:data:`_READER`)."""
    if text.count("؟") + text.count("?") < 3:
        return
    questions = list(_BULLETED_QUESTION.finditer(text))
    if 2 * sum(1 for m in questions if _READER.search(m.group())) >= len(questions):
        return                                  # a reader's questions to an advice page (guide §5.8): its answers are own
    yield from _answers_between([(m.start(), m.end(), nxt.start() if (nxt := _BULLET.search(text, m.end())) is not None
                                  else len(text)) for m in questions])


def _addressed_answers(text: str, bounds: list[int]):
    """An interview printed as running text (no dash, no line break after its questions): in a
    field where at least three questions address someone in the second person (:data:`_ADDRESS`) and
    are followed by an answer (80 characters or more before the next question), the text after each
    question, up to the next question, is an answer."""
    if text.count("؟") + text.count("?") < 3 or not _ADDRESS.search(text):
        return
    starts = [0] + bounds
    questions = [(starts[i], e) for i, e in enumerate(bounds) if text[e - 1:e] in "؟?"]
    nexts = [s for s, _ in questions[1:]] + [len(text)]
    yield from _answers_between([(s, e, nxt) for (s, e), nxt in zip(questions, nexts)],
                                lambda q: _ADDRESS.search(text, q[0], q[1]) is not None)


def _answers_between(questions: list, counts=lambda q: True):
    """Answer events after ``questions`` (``(start, end, next)``: a question's span and where the next one opens):
    none unless three or more questions that ``counts`` are followed by an answer (80 characters or more before the
    next question: a column's list of questions people ask has none); then the text after each question up to the
    next one, when longer than 20 characters (at most 3,000), with the question's start as its verb span."""
    if sum(1 for q in questions if q[2] - q[1] >= 80 and counts(q)) < 3:
        return []
    return [(e, min(nxt, e + 3000), None, "answer", (s, s)) for s, e, nxt in questions if nxt - e > 20]


#: what opens an interviewer's question: a line break or a bullet («* …», «• …»)
_QUESTION_MARK = re.compile(r"\n|" + _BULLET.pattern)
#: «- ما زالت …»: an answer that opens with ما (still), not a question
_STILL = re.compile(r"ما\s+(?:زال|زالت|زلت|زلنا|زالوا|يزال|تزال|نزال|ازال|فتئ)(?=\s)")
_LEAD_BULLET = re.compile(rf"[\s{_BULLETS}]*")


def _question_start(text: str, start: int, sent: int, q: int) -> int:
    """Where the question ending at ``q`` opens, for an answer that starts at ``start``: the last line
    break or bullet before ``q`` when it lies before ``q``'s sentence (``sent``: «- نعم. * هناك أمر …..
    ما رأيك؟»: the whole question is the interviewer's), else ``sent``."""
    last = None
    for last in _QUESTION_MARK.finditer(text, _LEAD_BULLET.match(text, start).end(), q):
        pass
    return last.start() if last is not None and start < last.start() < sent else sent


_NOT_YOU = frozenset("ذلك لذلك بذلك كذلك وكذلك تلك هناك وهناك هنالك مالك ملك الملك".split())


def _interviewer(m) -> bool:
    """A question paragraph that an interviewer asks: it opens with a bullet or dash, or addresses
    someone in the second person (:data:`_ADDRESS`, «إصابتك», «ترونه»), not a columnist's
    rhetorical question («هل يعني هذا …؟»)."""
    q = m.group()
    if re.match(rf"\s*(?:[{_BULLETS}\-–—ـ]|س\s*[:/)-])", q) or _ADDRESS.search(q):
        return True
    return any(w.endswith(("ك", "كم")) and w not in _NOT_YOU and len(w) > 3 for w in map(_strip, q.split()))


def _laid_out_answers(text: str, bounds: list[int]):
    """Answers after a dash («…؟ - …») or after a question that is a paragraph of its own."""
    for m in _ANSWER.finditer(text):
        if _word_after(text, m.end(), 12) in _QUESTION_WORDS and (
                not _STILL.match(text, m.end())):
            continue                           # «…؟ - هل …؟ - ما صحة …»: a list of questions, not an answer
        q = text.find("؟", m.end())
        end = len(text) if q < 0 else _question_start(text, m.end(), _sentence(text, bounds, q)[0], q)
        yield (m.end(), min(end, m.end() + 3000), None, "answer", (m.start(), m.start()))
    if text.count("؟") < 2:
        return
    questions = [m for m in _QUESTION_PARAGRAPH.finditer(text)
                 if m.start() == 0 or text[m.start() - 1] == "\n"]
    if len(questions) < 3 or sum(map(_interviewer, questions)) < 2:
        return                                 # an interview asks more than a column's rhetorical question
    for m, nxt in zip(questions, questions[1:] + [None]):
        end = nxt.start() if nxt is not None else len(text)
        bullet = _BULLET.search(text, _LEAD_BULLET.match(text, m.end()).end(), end)
        end = bullet.start() if bullet is not None else end   # «… . * سؤال آخر؟»: a question after the answer
        if end > m.end() and not _told_reply(text, m.end()):
            yield (m.end(), min(end, m.end() + 3000), None, "answer", (m.start(), m.start()))


def _told_reply(text: str, pos: int) -> bool:
    """The paragraph at ``pos`` opens with و/ف + a verb of saying and its colon within five words («فقلت لها بدهشة: …»,
    «فرد بسرعة: …»): a dialogue the narration tells (a memoir, a story), not an interviewee's answer."""
    words = text[pos:pos + 80].split()[:5]
    return bool(words) and words[0][:1] in "وف" and (_verb_lemma(_strip(words[0])) is not None or
                                                     _I_SAID.match(words[0] + " ")) and any(
        w.endswith(":") for w in words) and not any(w[:-1].endswith(("؟", "?")) for w in words)


#: words that make أن after them «especially as» (خاصة أن، لا سيما أن), a reason, not what a speech noun says
_ESPECIALLY = frozenset("خاصة وخاصة بخاصة خصوصا وخصوصا سيما لاسيما".split())


def _noun_events(text: str, bounds: list[int]):
    """«إعلان/تأكيد/مزاعم X أن …»: a speech noun, its owner, then a complementiser."""
    if not any(w in text for w in _NEEDLES[_SPEECH_NOUNS]):
        return
    for m in _near(_SPEECH_NOUNS, _SPEECH_NOUNS_CORE, 3, text):
        s0, e0 = _sentence(text, bounds, m.start())
        toks = list(_tokens(text, m.end(), min(e0, m.end() + 120)))[:8]
        for n, (s, e, tok) in enumerate(toks):
            if n and _strip(toks[n - 1][2]) in _ESPECIALLY:
                break                          # «التصريحات غير مسؤولة خاصة أنها …»: «especially as», no speech's content
            if _strip(tok) in _COMPLEMENT or (_strip(tok) in ("من", "بان") and n + 1 < len(toks)
                                               and _strip(toks[n + 1][2]) in _COMPLEMENT):
                sp = None if _told_to(toks[0][2], _strip(toks[0][2])) \
                    else _speaker_np(text, m.end(), s)   # «في تصريح لوكالة الأفق إن»: to whom, not whose
                if sp is not None and "ال" not in m.group()[:4] and not _strip(text[sp[0]:sp[1]]).startswith("ال"):
                    sp = None                  # «في تصريح صحفي»: an adjective, not whose statement
                yield (s, e0, sp, _strip(m.group()).lstrip("وبل"), (m.start(), m.start()))
                break
            if tok[-1:] in "،,.:؛" or _verb_lemma(tok):
                break


#: «ومن (بين/أبرز) التعويضات التي أوردتها الصحيفة …»: a sentence that opens with «من» and a list noun, then a relative
#: verb of saying or reporting with its object pronoun (normalised, without hamzas)
_LISTED = re.compile(r"و?من\s+(?:(?:بين|ابرز|اهم)\s+)?\S+\s+(?:التي|الذي)\s+"
                     r"(اورد|ذكر|نقل|نشر|اعلن|كشف|طرح|تضمن)(?:ت)?(?:ها|ه)(?=\s)")


def _listed_events(text: str, bounds: list[int]):
    """«ومن بين التعويضات التي أوردتها الصحافة زيادة المساعدة …»: the rest of the sentence after the subject of the
    relative verb is one item of what that subject said or reported (its speaker), to the sentence end; only at a
    sentence start."""
    if "من" not in text:
        return
    for m in _LISTED.finditer(text):
        s0, e0 = _sentence(text, bounds, m.start())
        if text[s0:m.start()].strip():
            continue
        sp = _speaker_np(text, m.end(), e0)
        if sp is None:
            continue
        words = [_strip(w) for w in text[sp[0]:sp[1]].split()]
        k = _role_end(words) or (1 if words[0] in _SOURCE_WORDS else 0)
        if not k and len(words) > 3:
            continue                           # (no title or source word to end the subject at)
        if k and k < len(words):               # «الصحافة الاسرائيلية | زيادة المساعدة …»: the subject ends at its
            cut = list(_tokens(text, sp[0], sp[1]))[k - 1]          # title or source and their adjectives
            sp = (sp[0], _tok_end(cut))
        start = sp[1] + (1 if text[sp[1]:sp[1] + 1] in "،," else 0)
        if start < e0:
            yield (start, e0, sp, _verb_lemma(m.group(1)) or m.group(1), (m.start(1), m.end()))


#: verbs that report only with أن right after them and their subject («أظهر التقرير أن», «قدّرت المنظمة أن»,
#: «يتخوف مختصون أن», «ركّز على أن»)
_THAT_ONLY = frozenset(["اظهر", "قدر", "تخوف", "ركز", "خلص"])
#: verbs after «ما» whose subject shows, rules, asks or approves rather than says («وفقا لما أظهرته الأرقام», «وفق
#: ما نصت عليه اللائحة», «وفق ما تطلبه السوق», «وفق ما أقرته اللجنة»: in accordance with, not according to): such
#: a phrase is an attribution only if its object passes :func:`_source_like`
_SHOWS = _THAT_ONLY | {"نص", "طلب", "طالب", "دعا", "اقترح", "اوصي", "أقر", "تعهد"}
#: «ولم توضح ما إذا …»: a verb of saying negated, with no أن or colon after it, reports nothing
_NEGATIONS = frozenset("لم ولم فلم لن ولن لا ولا".split())
_POSTPOSED = frozenset(["قال", "أضاف", "أوضح", "تابع", "أكد", "said", "told", "added"])
#: verbs whose speech may be a noun phrase (كشف عن …، أشار إلى …، طالب بـ …، نفى …) as well as a clause
_NOMINAL_OK = frozenset(["عبر", "حث", "هدد", "طلب", "حكي", "المح", "حمل", "تحدث", "تطرق", "أضاف", "تابع", "استطرد", "أردف", "أكد", "أوضح", "أشار", "لفت", "اعتبر", "نفى", "حذر", "زعم", "ادعى", "شدد",
                         "طالب", "كشف", "أفاد", "بين", "نوه", "دعا", "ناشد", "استهجن", "ادان", "أدان", "استنكر", "ندد", "شجب", "رحب",
                         "أعرب", "وصف", "عزي", "ابدي", "اوصي", "اتهم", "رأى", "توقع", "رجح", "سال", "تعهد", "اشاد",
                         "نعي", "اشتكي"])


#: verbal nouns of a death or an attack: «أعلن الجيش مقتل …», «أعلنت الجماعة (عن) تنفيذ الهجوم» report a fact on
#: the announcer's word (guide §5.1); a decision, a programme or an arrest announced («أعلن إطلاق البرنامج»,
#: «أعلنت الوزارة ضبط …»: a coder of `heldout` reads own) and «أعلن مسؤوليته», on which coders split, stay own
_OCCURRENCES = frozenset("مقتل مصرع وفاة استشهاد اصابة اصابات تنفيذ شن سقوط تدمير اسقاط".split())


def _occurrence(w: str) -> bool:
    """``w`` is a verbal noun of :data:`_OCCURRENCES`, also with a possessive pronoun («استشهادهم», «إصابته»: the deaths
    of those just named)."""
    if w in _OCCURRENCES:
        return True
    for end in ("هما", "هم", "هن", "ها", "ه"):
        if w.endswith(end) and len(w) > len(end) + 2:
            base = w[:-len(end)]
            return (base[:-1] + "ة" if base.endswith("ت") else base) in _OCCURRENCES
    return False


#: words of the setting of an announcement, not counted in the subject before what is announced: «أعلنت قيادة
#: القوات المشتركة لتحالف دعم الشرعية في اليمن في بيان لها اليوم استشهاد …»
_ANNOUNCE_SETTING = _TIME_WORDS | frozenset("في بيان له لها لهم".split())


def _announced(text: str, toks: list, n: int) -> bool:
    """The word ``toks[n]`` after «أعلن» opens an occurrence announced (:data:`_OCCURRENCES`, or «عن» before one),
    with only its subject, a day (also between commas) or «في بيان» before it: at most eleven words, not counting
    those of the setting (:data:`_ANNOUNCE_SETTING`: «في بيان لها اليوم»), once a day and an apposition between
    commas are set aside (:func:`_without_time_aside`, :func:`_without_apposition`; the caller reads 26 words after
    the verb), no other punctuation but a comma that closes the subject right before the word («… اللواء فلان،
    مقتل …»), no verb of saying (the aside's words included), and
    not a verbal noun or an adverb first («أعلنت قوات الجزيرة أمس تنفيذ …»; not «أعلن تبني مقتل …», nor the passive
    «فقد أعلن مرارا عن وفاته», which names no announcer)."""
    w = _strip(toks[n][2])
    if not (_occurrence(w) or w == "عن" and n + 1 < len(toks) and _occurrence(_strip(toks[n + 1][2]))):
        return False
    first = _strip(toks[0][2])
    if n and (_MASDAR.match(first) and first not in _SPEAKER_WORDS or len(first) < 5 and first[:1] == "ت"
              or _not_a_subject(text, first, toks[0][1])):
        return False
    before = _without_apposition(_without_time_aside(toks[:n]))
    if sum(_strip(t[2]) not in _ANNOUNCE_SETTING for t in before) > 11:
        return False                     # (the words of «في بيان لها اليوم» are not counted: where and when)
    words = [t[2] for t in before]
    if words and toks[n - 1][0] == before[-1][0]:
        words[-1] = words[-1].rstrip("،,")      # «أعلن قائد العمليات اللواء فلان، مقتل …»: a comma closing the subject
    return not any(c in w for w in words for c in "،,:؛«»\"“”()") and not any(_verb_lemma(t[2]) for t in toks[:n])


def _without_apposition(toks: list) -> list:
    """``toks`` without an apposition set off by commas right before the word announced («أعلنت وحدات فلان، الجناح
    العسكري لحزب فلان (فرعه الشرقي)، عن مقتل …»): from the word whose comma opens it to the comma that closes it, at most
    fifteen words, brackets allowed inside; the word that opens it is left out too."""
    if len(toks) < 3 or toks[-1][2][-1:] not in "،,":
        return toks
    i = next((i for i, t in enumerate(toks[:-1]) if t[2][-1:] in "،,"), None)
    if i is None or len(toks) - i > 16 or any(c in t[2] for t in toks[i + 1:] for c in ":؛«»\"“”"):
        return toks
    return toks[:i]


def _without_time_aside(toks: list) -> list:
    """``toks`` without a day set off by commas («أعلنت شرطة المنطقة، أمس الأحد، عن مقتل …»): its words and the
    word whose comma opens it are left out, so that only other punctuation counts."""
    for i, t in enumerate(toks[:-1]):
        if t[2][-1:] in "،,":
            for j in range(i + 1, min(i + 4, len(toks))):
                w = _strip(toks[j][2])
                if w not in _TIME_WORDS and w not in _TIME_LEADS:
                    break
                if toks[j][2][-1:] in "،,":
                    return toks[:i] + toks[j + 1:]
    return toks


def _announced_end(text: str, toks: list, n: int, end: int) -> int:
    """Where an occurrence announced ends: ``end``, or before a later clause after a comma that opens with a verb of
    saying or «فيما» («وفيما أعلنت الوزارة عن استشهاد …، قال فلان إن …»: his words)."""
    for k in range(n + 1, len(toks)):
        if toks[k][0] >= end:
            break
        if toks[k - 1][2][-1:] in "،," and (_verb_lemma(toks[k][2]) is not None or _strip(toks[k][2]) in ("فيما", "وفيما")):
            return _tok_end(toks[k - 1])
    return end


#: words in ب that head an adverbial, not what is said («طالب الاتحاد إسرائيل مراجعة القرارات، بشأن …»)
_BA_ADVERBS = frozenset("بشان بخصوص بسبب بحضور بمناسبة بدون برفقة بدوره بدورها بدورهم بحسب بحسبما".split())
#: prepositions after which a verb of saying's written form is its verbal noun (على كشف، إلى تحذير)
_NOUN_AFTER = frozenset("علي الي في عن حول عبر خلال لدي".split())


def _verb_event(text, bounds, vs, ve, lemma):
    """:func:`_verb_event_named`, with no speaker for a passive verb of saying (:data:`_AGENTLESS`)."""
    ev = _verb_event_named(text, bounds, vs, ve, lemma)
    if ev is not None and lemma in _AGENTLESS and ev[2] is not None:
        return (*ev[:2], None, *ev[3:])       # «قيل للشيخ فلان: …»: a passive names no one who speaks
    return ev


def _verb_event_named(text, bounds, vs, ve, lemma):
    """The reported span of one verb of saying at ``[vs, ve)``: ``(start, end, speaker, verb,
    (vs, ve))`` or None.  Steps: the verb's sentence; a verb that needs a word it lacks
    (:func:`_lacking_word`); its subject (:func:`_verb_subject`); a death, an attack or what is stressed
    that the subject phrase ran into (:func:`_occurrence_object`) or that opens after a verb with no subject
    (:func:`_stressed_after`); the first complement, colon or quotation after it (:func:`_scan_complement`);
    else a speech put before it or a noun-phrase object (:func:`_uncomplemented`)."""
    s0, e0 = _sentence(text, bounds, vs)
    e0 = min(e0, vs + MAX_SENTENCE)
    if _word_before(text, vs, 12, s0) in _NOUN_AFTER:
        return None                    # «قادرة على كشف ملابسات …»: a verbal noun after a preposition
    toks = list(itertools.islice(_tokens(text, ve, e0), 27))
    need = _NEEDS_WORD.get(lemma)
    if need and _lacking_word(toks, need) and not (lemma == "طلب" and _subject_first(text, s0, vs, _strip(text[vs:ve]))
                                                   and toks and _MASDAR.match(_strip(toks[0][2]))):
        #                                  (a headline «الجماعة تطلب إطلاق أسرى …»: the verbal noun is what is requested)
        sp = _speaker_np(text, ve, e0)         # «شددت إجراءاتها»: not speech; «أكد فلان اكتمال …»:
        return (ve, ve, sp, lemma, (vs, ve)) if sp and _role_end([_strip(w) for w in text[sp[0]:sp[1]].split()]) \
            else None                          # a titled subject still opens a new statement (own verb)
    if s0 > 0 and not _NONSPACE.search(text, s0, vs) and toks and _strip(toks[0][2]) in _TOLD_OBJECT \
            and lemma in _TOLD_BEFORE and not _says_here(toks) and not _imperfect(_strip(text[vs:ve]), lemma):
        sp = _speaker_np(text, toks[0][1], e0)
        if sp is not None:             # «… . أوضح ذلك الناطق الإعلامي فلان.»: the sentence before is his
            return (_sentence(text, bounds, s0 - 1)[0], s0, sp, lemma, (vs, ve))
    form = _strip(text[vs:ve])
    np0 = _verb_subject(text, s0, e0, vs, ve, lemma, form)
    if _evidence_subject(text, s0, vs, np0):
        return None                    # «الوقائع تشير إلى أن …», «تؤكد الأرقام أن …»: nobody speaks (guide §2, §5.4)
    negated = _word_before(text, vs, 8) in _NEGATIONS or _WITHOUT_BEFORE.search(text, max(0, vs - 20), vs) is not None
    cut = _occurrence_object(text, np0, e0, lemma) if (lemma in _NOMINAL_OK or lemma in _OCCURRENCE_VERBS) \
        and np0 is not None and np0[0] >= ve \
        and not negated and form not in _IMPERSONAL and not _preposition_form(text, vs, ve, lemma) else None
    if cut is not None:                # «وأكدت مصادر ميدانية مصرع …»: the subject ends, the death is what is said
        return (cut[1], _main_clause(text, cut[1], e0, lemma, (vs, ve)), (np0[0], cut[0]) if cut[0] > np0[0] else None,
                lemma, (vs, ve))
    start = _stressed_after(toks) if np0 is None and lemma in _NOMINAL_OK and not negated else None
    if start is not None:              # «وأكد كذلك أهمية الحل …»: what is stressed, not a later «على» inside it
        return (start, _main_clause(text, start, e0, lemma, (vs, ve)), None, lemma, (vs, ve))
    found, stop = _scan_complement(text, s0, e0, vs, ve, lemma, toks, np0, form in _IMPERSONAL, negated)
    if lemma == "اتفق" and (found is _NOTHING or found is None or _agreed_plan(text, found[0])
                            or np0 is not None and _strip(text[np0[0]:np0[1]].split()[0]) in _EVERYONE):
        return None                    # «اتفقت القوات على أن تهاجم …»: a plan agreed on, not a position stated;
        #                                «اتفق الجميع على أن …»: the writer's claim of a consensus, no parties named
    if found is not _NOTHING:
        return found
    ev = _uncomplemented(text, s0, e0, vs, ve, lemma, toks, np0, form in _IMPERSONAL, negated, stop)
    return ev if ev is not None or negated else _bare_speech(text, s0, e0, vs, ve, lemma, form, np0, stop)


#: passive verbs of saying («قيل»، «يقال»، «أفيد»: it was said): they name no one who speaks; the noun after them is
#: the addressee or the speech («قيل للشيخ: …»), never its subject
_AGENTLESS = frozenset(("قيل", "أفيد"))


#: subjects that are facts, figures or history, not speakers: «الوقائع على الأرض تشير إلى أن …» is the outlet's
#: (a toll or statistics with the article and no owner: «وكانت الحصيلة الأولى أشارت إلى …»; «إحصائية للمنظمة» speaks)
_EVIDENCE = frozenset("الوقائع الواقع المؤشرات الدلائل الشواهد القرائن الارقام التجارب التجربة التاريخ الحقائق"
                      " الحصيلة الاحصائيات الاحصاءات".split())


#: verbs that close a statement as «أوضح ذلك فلان.» (not «وعبر ذلك اللقاء»: through that meeting)
_TOLD_BEFORE = frozenset(["قال", "أوضح", "أكد", "أفاد", "أعلن", "صرح", "كشف", "أضاف", "ذكر", "بين"])
#: the object of such a verb, «that»: the statement told before it
_TOLD_OBJECT = ("ذلك", "هذا")


def _imperfect(form: str, lemma: str) -> bool:
    """``form`` is an imperfect of ``lemma`` (ي/ت before it: «تؤكد ذلك الأرقام», figures that show; not «تابع»)."""
    f = form.lstrip("وف")
    return f[:1] in "يت" and not _strip(lemma).startswith(f[:1])


def _says_here(toks) -> bool:
    """A complementiser, a colon or a quotation mark before the first comma of ``toks``: the verb's own speech
    follows («وقال هذا المصدر إن …»), so «هذا»/«ذلك» after it is a determiner, not the object «that»."""
    for t in toks:
        if _strip(t[2]) in _COMPLEMENT or ":" in t[2] or t[2][:1] in "«\"“":
            return True
        if t[2][-1:] in "،,":
            return False
    return False


def _evidence_subject(text: str, s0: int, vs: int, np0) -> bool:
    """The verb's subject (after it, ``np0``, or opening its sentence at most five words before it, also after كان) is a
    word of :data:`_EVIDENCE`."""
    if np0 is not None:
        return _strip(text[np0[0]:np0[1]].split()[0]) in _EVIDENCE
    after = text[vs:vs + 40].split()
    if len(after) > 1 and _strip(after[1]) in _EVIDENCE:
        return True                                     # «وتؤكد الأرقام أن …»
    before = text[max(s0, vs - 60):vs]
    if not any(w in before for w in _EVIDENCE):
        return False                                    # (a quick test before the words are split)
    words = [_strip(w) for w in text[s0:vs].split()]    # «الوقائع على الأرض، تشير …»: the sentence opens with it
    words = words[1:] if words and words[0] in _FRONTING else words     # (after كان: «وكانت الحصيلة أشارت …»)
    return 0 < len(words) <= 5 and (words[0] in _EVIDENCE or words[0][:1] == "و" and words[0][1:] in _EVIDENCE)


#: :func:`_scan_complement` found neither a complement nor a reason to refuse the verb
_NOTHING = object()


def _lacking_word(toks, need) -> bool:
    """A verb that reports only with one of ``need`` (or a complementiser, a colon, a بـ object) in
    its next 20 words has none of them."""
    return not any(_strip(t[2]) in need or _strip(t[2]) in _COMPLEMENT or t[2].startswith(":")
                   or (("ب",) == need[-1:] and _strip(t[2])[:1] == "ب") for t in toks[:20]) and not _quote_opens(toks)


def _quote_opens(toks) -> bool:
    """Within the first four words a quotation mark opens a quotation of three words or more (no closing mark on
    its first three words): «وحثت الكتلة «فصائل المقاومة في …»» quotes what was urged (not «عبر «جسر الملك»»)."""
    for k, t in enumerate(toks[:4]):
        if t[2][:1] in "«“\"":
            body = [x[2] for x in toks[k:k + 3]]
            return len(body) == 3 and not any(c in w[1:] if i == 0 else c in w for i, w in enumerate(body)
                                              for c in "»”\"")
    return False


#: words that put the subject before its verb at a sentence start: «وكان فلان، طالب …», «أما فلان فقد أكد …»,
#: «لكن رئيس الاتحاد فلان كشف …» (لكن, but, before a noun: the clause is subject–verb)
_FRONTING = frozenset("كان وكان كانت وكانت اما واما لكن ولكن".split())


def _fronted_subject(text: str, s0: int, vs: int):
    """The subject between a sentence-opening كان/أما and the verb at ``vs`` (one to eight words, then a
    comma or قد at most: «وكان الوزير سامر، طالب الحكومة بـ…»), else None."""
    first = next(_tokens(text, s0, vs), None)
    if first is None or _strip(first[2]) not in _FRONTING:
        return None                        # (the first word tested before the next ten are read)
    toks = list(itertools.islice(_tokens(text, s0, vs), 11))
    body = toks[1:]
    while body and _strip(body[-1][2]) in ("قد", "لقد", "فقد", "ف"):
        body = body[:-1]
    body = _without_age(body)              # «أما فلان 30 عاما فقال: …»: his age, not his name
    if not body or not _plain_subject(text, (body[0][0], body[-1][1])) or \
            len(_strip(body[0][2])) > 3 and _strip(body[0][2]).endswith("ه") and _strip(body[0][2]) != "الله":
        return None                        # «وكان قد أكد …», «أما شعره فشأن آخر …»: no subject before the verb
    verb = _word_after(text, vs, 30)
    if verb.endswith(("ه", "ها", "هم")) and len(verb) > 3 and _verb_lemma(verb) is None:
        return None                        # «أما الفصل الثالث، فقد سماه المؤلف …»: a fronted object
    first = _strip(body[0][2])
    if first in ("هناك", "هنالك", "ثمة"):
        return None                        # «وكانت هناك دعوات …»: there were, no subject
    if first not in _SPEAKER_WORDS and first not in _PERSONAL_TITLES and (len(body) > 3 or first[:1] in "بلك" or any(
            _strip(t[2]) in _WHICH or _strip(t[2]) in _NP_STOP for t in body)):
        return None                        # (a title, a body or a short name: not «إذا أخذنا المدينة التي …»,
        #                                    not «أما بشأن الملف، فاعتبر فلان …»)
    if len(body) > 8 or first in _NP_STOP or text[vs:vs + 1] == "و" or any(
            _verb_lemma(t[2]) or _strip(t[2]) in _COMPLEMENT or t[2][-1:] in "،,.:؛" and k < len(body) - 1
            for k, t in enumerate(body)):
        return None                        # (not «وكان في استقباله فلان، وقال …»: a clause of its own)
    return body[0][0], _tok_end(body[-1])


def _clause_head(text: str, s0: int, vs: int, form: str):
    """«…»، أنقرة اتهمت «داعش»»، «والوزارة أكدت …»: one word alone between the clause's start (its sentence's start, a
    comma or «..») and a verb of saying without و/ف — a place, a body or a title, with or without و — is the verb's
    subject put first; the phrase after the verb is its object.  None otherwise."""
    if form[:1] in "وف" or vs <= s0:
        return None
    cut = max(text.rfind("،", s0, vs), text.rfind(",", s0, vs), text.rfind("..", s0, vs) + 1, s0 - 1) + 1
    toks = list(_tokens(text, cut, vs))
    if len(toks) != 1 or toks[0][2][-1:] in _PUNCT:
        return None
    w = _strip(toks[0][2])
    lead = int(w[:1] == "و" and len(w) > 3 and w not in _SPEAKER_WORDS and text[toks[0][0]] == "و")
    w = w[lead:]                           # («والوزارة»: the span starts after its و)
    return (toks[0][0] + lead, toks[0][1]) if w in _SOURCE_ORGS or w in _ROLE_WORDS and w.startswith("ال") \
        or is_place(w) else None


#: the word after a person's age («30 عاما»)
_YEARS = frozenset("عاما عام سنة سنوات".split())


def _without_age(toks: list) -> list:
    """``toks`` without a person's age at their end («شريف 30 عاما», «سلمى (25 سنة)»)."""
    return toks[:-2] if len(toks) > 2 and _strip(toks[-1][2]) in _YEARS and _strip(toks[-2][2]).isdigit() else toks


#: adverbs in ة that stand between a verb of saying and its أن («وقال صراحة إن …»): no names
_TA_ADVERBS = frozenset("صراحة مرة ثانية مباشرة عادة خاصة تارة اخيرة بداية".split())


def _ta_name(text: str, np) -> bool:
    """The phrase ``np`` after a masculine verb is one word in ة without the article (nor و/ب/ل + ال) and not an
    adverb of :data:`_TA_ADVERBS`, right before أن/إن/بأن/أنه/أنها/بأنه or a colon: a man's name («وأضاف عكاشة أن …»،
    «وقال حمزة: …»), not an object («يؤكد حقيقة واحدة»)."""
    words = text[np[0]:np[1]].split()
    if len(words) > 2:
        return _ta_name_titled(text, np, [_strip(w) for w in words])
    head = _strip(words[0]) if len(words) == 1 else ""
    return bool(head) and not head.startswith(("ال", "وال", "بال", "لل")) and head not in _TA_ADVERBS and (
        text[np[1]:np[1] + 2].lstrip()[:1] == ":" or _word_after(text, np[1], 12) in ("ان", "بان", "انه", "انها", "بانه"))


def _ta_name_titled(text: str, np, norm: list[str]) -> bool:
    """«وقال قدورة فارس رئيس نادي … أن …»: a word in ة and a second name word (no article, no ة, no verbal noun), then a
    title apposed to them, with أن/إن or a colon later in the sentence: a man's first name and surname, not an object
    and its genitive («وأكد ضرورة قيام رئيس الحكومة بدوره», no أن)."""
    first, second = norm[0], norm[1]
    if first.startswith(("ال", "و", "ب", "ل")) or first in _TA_ADVERBS or second.startswith(("ال", "و", "ب", "ل")) \
            or second.endswith(("ة", "ات")) or second in _NP_STOP or _MASDAR.match(second) \
            or not any(w in _ROLE_WORDS for w in norm[2:4]):
        return False
    rest = _SENTENCE_STOP.split(text[np[1]:np[1] + 300], maxsplit=1)[0]
    return ":" in rest or any(_strip(w) in _COMPLEMENT for w in rest.split())


def _verb_subject(text, s0, e0, vs, ve, lemma, form):
    """The subject noun phrase ``(start, end)`` after the verb ``form`` at ``[vs, ve)``, or the one fronted
    before it by كان/أما (:func:`_fronted_subject`), or None: none for a participle with a feminine/plural
    ending or a pronoun subject; not a feminine object noun after a masculine verb; not an attribution
    aside (وفقا لما …); the condemner of a condemnation; not the لـ object of دعا."""
    participle = form[:1] == "م" or form[:2] in ("وم", "قا") and form.endswith(("ا", "ة", "ين")) \
        or _is_participle(form)
    front = None if participle else _fronted_subject(text, s0, vs) or _clause_head(text, s0, vs, form)
    if front is not None:
        return front                       # «أما السفير فلان أدان الحادث»: the phrase after the verb is its object
    np0 = None if participle and form.endswith(("ا", "ة", "ين")) or _plural_verb(form) \
        or _pronoun_subject(text, s0, vs) else _apposition(text, _speaker_np(text, ve, e0), e0)
    if np0 is None and lemma == "نص" and not participle:
        np0 = _stipulating(text, ve, e0)   # «وينص اقتراح القانون على أن …»: the document, a verbal noun too
    if np0 is None and not participle and _plural_verb(form):
        np0 = _made_to(text, s0, vs)       # «مما جعل اللبنانيين يصفون …»: the noun between جعل and the verb
    if np0 is not None and (_subject_first(text, s0, vs, form) or _strip(text[np0[0]:np0[1]].split()[0]) in _OCCURRENCES):
        np0 = None                         # «الجمعية تدين الهجوم»: the subject comes first, the phrase after is the object;
        #                                    «يؤكد مقتل القائد»: the event confirmed, never who confirms it
    if np0 is not None and _gender(form) == "m" and lemma != "جاء في":   # (after «جاء في» the document, any gender)
        head = _strip(text[np0[0]:np0[1]].split()[0])
        if head.endswith("ة") and head not in _SPEAKER_WORDS and not _ta_name(text, np0):
            np0 = None                     # «يؤكد حقيقة واحدة»: a feminine noun after a masculine verb is its object
    if np0 is not None and _gender(form) == "f" and _masculine_object(_strip(text[np0[0]:np0[1]].split()[0])):
        np0 = None                         # «ودعت المجتمع الدولي إلى …»: a masculine noun after a feminine verb is its object
    if np0 is not None and _ATTRIB.match(text, np0[0]):
        np0 = None                         # «وشددت، وفقا لما نقلته الوكالة، على …»: an aside, not the subject
    if np0 is not None and lemma in _CONDEMN:
        np0 = _condemner(text, np0)
    if np0 is not None and (lemma in _CONDEMN or lemma in ("نفى", "أكد")):
        np0 = _before_claim(text, np0)
    if np0 is not None and lemma == "دعا" and _lam_object(text[np0[0]:np0[1]].split()[0]):
        np0 = None                         # «ودعوا لمقاطعة …»: a call for something, not a subject
    if np0 is not None and lemma in ("دعا", "حث", "طالب", "ناشد") and _strip(text[np0[0]:np0[1]].split()[0]) in ("جميع", "كل", "كافة"):
        np0 = None                         # «وحث جميع الأطراف على …»: whom a call addresses, not who calls
    if np0 is not None and lemma == "اعتبر":
        np0 = _considered_object(text, np0)
    if np0 is not None and lemma == "حمل":
        np0 = _holder(text, np0, s0, vs)
    return np0


def _holder(text: str, np, s0: int, vs: int):
    """«حمّل الوزير فلان إسرائيل المسؤولية»: before «المسؤولية» the phrase after a verb of holding responsible ends with
    whom it holds, the start of what is said: its last word with the nisba adjectives before it («الحكومة الإسرائيلية»),
    not after an indefinite title that heads a construct («وزير الداخلية»). One word alone, or a body's name alone («حزب
    العمال …»), is the object when the verb joins an earlier verb of saying of its sentence («دانت الحكومة … وحمّلت
    إسرائيل المسؤولية»: the subject is carried). Not when «المسؤولية» names whom it holds after it («لإسرائيل»)."""
    toks = list(_tokens(text, np[0], np[1]))
    r = next((k for k, t in enumerate(toks) if _strip(t[2]) in _RESPONSIBILITY), None)
    if r == 0 or r is None and _word_after(text, np[1], 20) not in _RESPONSIBILITY:
        return np
    if r is not None:                          # (the phrase ran into «المسؤولية» itself)
        np, toks = (np[0], _tok_end(toks[r - 1])), toks[:r]
    after = _strip((text[np[1]:np[1] + 60].split()[1:2] or [""])[0])     # (the word after «المسؤولية»)
    if after[:1] == "ل" or after == "علي":
        return np
    carried = text[vs:vs + 1] in "وف" and any(_verb_lemma(t[2]) for t in _tokens(text, s0, vs))
    if len(toks) == 1:
        return None if carried else np
    norm = [_strip(t[2]) for t in toks]
    if carried and norm[0] in _ORG_WORDS and norm[0] not in _ROLE_WORDS and _role_end(norm) >= len(norm):
        return None                            # «وقال فلان …، وحمّل حزب العمال الكردستاني مسؤولية …»: a body's name
        #                                        alone is whom the joined verb holds; its subject is carried
    k = len(toks) - 1
    while k > 1 and _strip(toks[k][2]).endswith(_NISBA):
        k -= 1
    while k > 1 and not _strip(toks[k - 1][2]).startswith("ال") and _strip(toks[k - 1][2]) in _SPEAKER_WORDS:
        k -= 1                                 # «مسؤول تركي | حزب العمال الكردستاني»: a body in construct is held
    prev = _strip(toks[k - 1][2])
    if any(c in text[toks[k - 1][0]:toks[k][0]] for c in _PUNCT) or not prev.startswith("ال") and (
            prev in _TITLE_WORDS or prev in _SPEAKER_WORDS):
        return np
    return (np[0], _tok_end(toks[k - 1]))


def _considered_object(text: str, np):
    """«ويعتبر فلان الاتفاق ليس كافيا»: after a verb of considering, a definite word after the first that is no title
    and no nisba adjective, followed by the predicate (ليس، غير، بمثابة or an indefinite accusative «انتهاكا»), is the
    object and ends who considers: the phrase before it («واعتبر الوزير الاتفاق انتصارا» → الوزير)."""
    words = list(_tokens(text, np[0], np[1]))
    norm = [_strip(w[2]) for w in words] + [_word_after(text, np[1], 30)]
    for k in range(len(words)):
        w, nxt = norm[k], norm[k + 1]
        predicate = nxt in ("ليس", "ليست", "غير", "بمثابة") or len(nxt) > 3 and nxt.endswith("ا") \
            and not nxt.startswith("ال") and (k > 0 or nxt not in _NP_STOP and words[k][2][-1:] not in _PUNCT)
        if w.startswith("ال") and w not in _SPEAKER_WORDS and not w.endswith(("ي", "ية", "يين", "يون")) \
                and predicate and (k == 0 or words[k - 1][2][-1:] not in _PUNCT):
            return (np[0], _tok_end(words[k - 1])) if k else None   # (the first word: «ويعتبر الفعل تمزقا», he
    return np                                                         # considers the act a rupture; no subject)


#: masculine definite nouns that a call or statement addresses and that never take a feminine verb
_MASC_ADDRESSEES = frozenset("المجتمع العالم الشعب الجميع الشباب".split())


def _stipulating(text: str, ve: int, e0: int):
    """The document between «ينص» and its «على» (one to five words, no punctuation): «اقتراح القانون», «مشروع
    القرار» (a verbal noun heads it, which the speaker phrase would take for an object), else None."""
    toks = list(itertools.islice(_tokens(text, ve, e0), 6))
    k = next((i for i, t in enumerate(toks) if _strip(t[2]) == "علي"), None)
    if not k or any(t[2][-1:] in "،,.:؛" or t[2][:1] in "«\"“(" or not _strip(t[2]).isalpha() for t in toks[:k]):
        return None                        # (a word on each side: not «ينص - على», a dash or a mark alone)
    return toks[0][0], _tok_end(toks[k - 1])


def _masculine_object(head: str) -> bool:
    """``head`` (the first word after a feminine verb) is masculine and human, so not the verb's subject: a word of
    :data:`_MASC_ADDRESSEES` or a definite sound masculine plural (المسؤولين، المواطنون; not a place: الصين، البحرين)."""
    if head in _MASC_ADDRESSEES:
        return True
    return head.startswith("ال") and head.endswith(("ين", "ون")) and len(head) >= 7 and not is_place(head)


#: verbs of making someone do something («جعل الناس يقولون …»): the noun after them is the next verb's subject
_MAKE = frozenset(p + v for p in ("", "و", "ف") for v in "جعل جعلت يجعل تجعل دفع دفعت يدفع تدفع".split())


def _made_to(text: str, s0: int, vs: int):
    """«… مما جعل اللبنانيين يصفون الوضع بأنه …»: a definite noun (one word) between a verb of making (:data:`_MAKE`)
    and a plural verb of saying is that verb's subject; else None."""
    toks = list(_tokens(text, max(s0, vs - 60), vs))[-2:]
    if len(toks) < 2 or _strip(toks[0][2]) not in _MAKE or toks[0][2][-1:] in _PUNCT or toks[1][2][-1:] in _PUNCT:
        return None
    w = _strip(toks[1][2])
    return (toks[1][0], _tok_end(toks[1])) if w.startswith("ال") and len(w) > 3 and w not in _NP_STOP else None


def _plural_verb(form: str) -> bool:
    """A verb of saying in the 3rd person masculine plural (يعزون، يؤكدون، أكدوا): a verb before its subject
    stays singular, so its subject is before it or a pronoun, and the noun phrase after it is its object
    («… والجمعية يعزون ذوي الشهداء»)."""
    f = form[1:] if form[:1] in "وف" and len(form) > 4 else form
    return len(f) >= 4 and f.endswith(("ون", "وا")) and f[:1] != "م"


#: adverbs and particles that open a sentence before its verb (not its subject)
_HERE = frozenset("هنا هناك هكذا هنالك عندئذ حينئذ بعدها قبلها الم اولم افلا ربما لعل بداية".split())


def _subject_first(text: str, s0: int, vs: int, form: str) -> bool:
    """An imperfect verb of saying (يـ/تـ, no و/ف) after one to five words that open a line (a headline, a
    subheading) and make a plain noun phrase (no stop word, time word, adverb, verb or punctuation): subject–verb–object order, as in
    a headline («الجمعية تدين الهجوم على القرية»); the phrase after the verb is its object."""
    if form[:1] not in "يت" or vs <= s0 or s0 > 0 and text[:s0].rstrip(" \t\xa0")[-1:] != "\n":
        return False                       # (a line's first sentence: a headline or a subheading)
    toks = list(itertools.islice(_tokens(text, s0, vs), 6))
    if not 1 <= len(toks) <= 5 or any(t[2][-1:] in "،,.:؛«»\"“”()" or t[2][:1] in "«\"“(" for t in toks):
        return False
    words = [_strip(t[2]) for t in toks]
    return not any(w in _NP_STOP or w in _LEAD_OR_STOP or w in _OPENING or w in _CLAUSE_LEAD or w in _HERE
                   or _verb_lemma(w) is not None or not w.isalpha() for w in words) \
        and not _conjunct(words[0]) and _subject_before(text, s0, vs) is not None


def _conjunct(w: str) -> bool:
    """The word ``w`` (stripped) opens with the conjunction و/ف: not a title spelled with و (وزير، وزارة، وكالة: a
    word of :data:`_SPEAKER_WORDS`)."""
    return w[:1] in "وف" and w not in _SPEAKER_WORDS


def _aside(prev: str | None, prev2: str | None) -> bool:
    """The two words before a verb of saying open an aside on the source: «حسبما», «(ب)حسب ما», «وفق ما»,
    «على ما», «وفقا لما», «طبقا لما» («قال فلان، وفقا لما نقلت عنه الوكالة، إن …»: the verb is not a new speech,
    so what follows is the words of فلان, whom the agency quotes)."""
    return prev in ("حسبما", "بحسبما") or prev == "ما" and prev2 in ("حسب", "بحسب", "وفق", "علي", "وعلي") \
        or prev == "لما" and prev2 in ("وفقا", "طبقا")


def _scan_complement(text, s0, e0, vs, ve, lemma, toks, np0, impersonal, negated):
    """Read the words after the verb: ``(event or None, stop)`` at the first noun-phrase object of a
    :data:`_NOMINAL_OK` verb, colon, complementiser (أن، إن، بأن) or quotation (not one inside the
    subject ``np0``: «قال رئيس حزب «…» فلان إن …»), else ``(_NOTHING,
    stop)``; ``stop``: where the next verb of saying starts (or the sentence end ``e0``)."""
    after_np = max(np0[1], ve) if np0 else ve
    prev = prev2 = None
    pron = _named_already(toks)
    named = 0                                  # (the end of a medium's name in quotation marks: «قناة "سي إن إن"»)
    for n, (s, e, tok) in enumerate(toks[:26]):
        w = _strip(tok)
        if s < named:
            continue
        if (prev in _MEDIA or prev in _WITH_NAME and _short_quote(text, s)) and tok[0] in "«\"“" \
                and _next_close(text, s, 40) > 0:
            named = _next_close(text, s, 40)
            prev, prev2 = _strip(text[s:named]), prev
            continue                           # «عرضت قناة "سي إن إن"», «في اتصال مع «الأفق» …، إن …»: a name,
            #                                    neither a complementiser nor the speech
        if n and _verb_lemma(tok) is not None and prev != "عدم" and not anonymity(text, w, e) and not _aside(prev, prev2):
            return _NOTHING, s                 # another verb of saying: its own speech (not «طلب عدم الكشف», not
            #                                    «قال فلان، حسب ما نقلت عنه الوكالة، إن …»: an aside on the source)
        if lemma == "أعلن" and not negated and _announced(text, toks, n) and not _ATTRIB.search(text, s0, vs):
            sp = (np0[0], min(np0[1], toks[n - 1][1])) if np0 is not None and n and np0[0] < s else None
            return (s, _announced_end(text, toks, n, _main_clause(text, s, e0, lemma, (vs, ve))),
                    sp or _subject_before(text, s0, vs), lemma, (vs, ve)), e0   # «أعلن الجيش مقتل …» (not after
            #                                      «وبحسب المرصد …»: the attribution's source speaks, guide §5.5)
        if lemma in _CONDEMN and (w[:1] != "ب" or s > after_np + 1):
            pass                               # «أدان الهجوم الذي أسفر عن …»: what is condemned is the object
        elif lemma in _NOMINAL_OK and not negated and s >= after_np and w not in _PRONOUN_OBJECTS and not pron and not (w == "علي" and n == 0
                                                                                        and _is_ali(text, e)) and (
                w in _PREPOSITIONS or (w[:1] == "ب" and w[1:3] != "ان" and w not in _COMPLEMENT and w not in _BA_ADVERBS)
                or lemma == "دعا" and _lam_object(tok) and not _caused(text, s0, vs)):
            nxt = _strip(toks[n + 1][2]) if n + 1 < len(toks) else ""
            if nxt not in _COMPLEMENT and not _named_before_complement(text, np0, toks[n:n + 16]) \
                    and not _setting_before_that(toks, n, after_np) and not _adjunct_before_that(toks, n):
                #                                  «كشف الوزير عن …»
                np1 = np0 if np0 is None or np0[1] <= s else _speaker_np(text, ve, s)
                sp = np1 or _subject_before(text, s0, vs)
                return (_object_start(text, np1[1] if np1 else ve, s), _main_clause(text, s, e0, lemma, (vs, ve)), sp, lemma,
                        (vs, ve)), e0
        if lemma == "قال" and s >= after_np and (n == 0 or toks[n - 1][1] <= after_np) and w in ("نحن", "انا", "اننا", "انني", "لقد") \
                and tok[0] == w[0]:
            sp = np0 or _subject_before(text, s0, vs)   # «قال نحن نقود …»: the words follow with no colon or أن
            return (s, _gloss(text, s, e0), sp, lemma, (vs, ve)), e0
        if lemma in _THAT_ONLY and (n > 6 or tok[-1:] in "،,:"):
            return None, e0                    # «أظهرت الحكومة مؤشرات …:», «يركز على أشخاص، …»: not speech
        if tok.startswith(":"):
            return _colon_span(text, vs, ve, s + 1, e0, lemma, s0), e0
        if w in _COMPLEMENT and prev not in _NOT_COMPLEMENT_AFTER and not (w == "بان" and _ban_ki_moon(text, e)) \
                and not (np0 is not None and np0[0] < s < np0[1] and _mark_open(text[np0[0]:s])):
            #                                  (not in a name the subject quotes: «قناة "سي إن إن"»)
            return _that_clause(text, s0, e0, vs, ve, lemma, np0, s, n, impersonal), e0
        if tok[0] in "«»\"“”„'‘" and s >= after_np and not _closed_word(tok) and not _quoted_name(text, s) \
                and not (lemma in _CONDEMN and _short_quote(text, s) and (prev in ("علي", "في", "ضد", "الي", "من") or all(
                    _strip(t[2]) in _IN_IT for t in toks[:n] if t[0] >= after_np))):
            #                                  («يدين الهجوم على «مسجد الوادي»», «أدانت فيه «الهجمات الإرهابية» في …»:
            #                                   a name or the condemned thing in the statement's words, not the speech)
            found = _quotation_after(text, s0, vs, ve, lemma, np0, s)
            if found is not _NOTHING:
                return found, e0
        if tok.endswith(":"):
            return _colon_span(text, vs, ve, e, e0, lemma, s0), e0
        prev, prev2 = w, prev
    return _NOTHING, e0


def _setting_before_that(toks, n: int, after_np: int) -> bool:
    """The preposition ``toks[n]`` follows a setting after the subject («خلال اتصاله», «في كلمته»,
    :func:`_occasion`) and a complementiser comes within eight words after it: it belongs
    to the setting («وأكد الأمير - خلال اتصاله بأسرة الشهيد - أنه …»), the speech starts at أن."""
    return any(toks[k][0] >= after_np and _occasion(_strip(toks[k][2]), _strip(toks[k + 1][2])) for k in range(n - 1)) \
        and any(_strip(t[2]) in _COMPLEMENT for t in toks[n + 1:n + 9])


#: prepositions whose own complement an أن right after them is («تأكيد الوزارة على أن …», «خوفا من أن …»)
_THAT_AFTER = frozenset("علي الي من في عن".split())


def _adjunct_before_that(toks, n: int) -> bool:
    """The preposition ``toks[n]``, with no punctuation after the verb before it, opens a phrase of two to five words
    that a bare complementiser (أن، إن, not «وأن» or «بأن») ends, with no punctuation, quotation mark, verb of saying or و-word between: the phrase qualifies the subject
    or the verb («وأكد المصدر القريب من الحركة أن …», «أكد الوزير للصحافيين الذين رافقوه إلى الوادي أن …»), the speech
    starts at أن; not «حذر من خطورة الوضع وأن …» (two things warned of) nor «حذر من دعوة المستوطنين للشرطة بأن …» (بأن
    completes the noun warned of), nor «أشار إلى تأكيد الوزارة على أن …» (أن after a preposition of its own is that
    noun's)."""
    if any(t[2][-1:] in "،,.:؛!؟«»\"“”()" for t in toks[:n]):
        return False                   # (a phrase after a comma: «نفى الأول سقوط المدينة، أفاق على حقيقة أن …»)
    for k in range(n + 1, min(n + 7, len(toks))):
        w = _strip(toks[k][2])
        if toks[k - 1][2][-1:] in "،,.:؛!؟«»\"“”()" or toks[k][2][:1] in "«\"“(" or _verb_lemma(toks[k][2]) is not None:
            return False
        if w in _COMPLEMENT:
            prev = _strip(toks[k - 1][2])
            return k > n + 1 and w[:1] not in "وب" and prev not in _NOT_COMPLEMENT_AFTER and prev not in _THAT_AFTER
        if w[:1] == "و":
            return False
    return False


def _occasion(prep: str, noun: str) -> bool:
    """«في بيان», «خلال اتصاله», «أثناء زيارته»: where or when one spoke (a statement noun, or a noun with a
    possessive after a preposition of time or setting)."""
    return _in_setting(prep, noun) or prep in ("في", "خلال", "اثناء", "لدي") and len(noun) > 4 \
        and noun.endswith(("ه", "ها", "هم"))


#: prepositions of a setting before a quoted name («وقال فلان في اتصال مع «الأفق» أمس، إن …»)
_WITH_NAME = frozenset("مع عبر لدي".split())

#: «أدانت فيه …»: in it (the statement), between a verb and its object
_IN_IT = frozenset("فيه فيها فيهما فيهم".split())


#: subjects of «اتفق … على أن» that name no parties (the writer asserts a consensus)
_EVERYONE = frozenset("الجميع الكل كثيرون الكثيرون كلهم جميعهم العالم الناس".split())


def _agreed_plan(text: str, start: int) -> bool:
    """The clause after «اتفق … على أن» (from ``start``) opens with an imperfect verb: what was agreed to be done
    («على أن تهاجم …», «على أن يتم …»), not a position («على أن الوقت حان …», guide §5.8)."""
    words = [_strip(w) for w in text[start:start + 40].split()[:2]]
    w = words[1] if len(words) > 1 and words[0] in _COMPLEMENT else words[0] if words else ""
    return w[:1] == "ي" or w[:1] == "ت" and not w.endswith(("ة", "ات")) and len(w) <= 6


def _short_quote(text: str, s: int) -> bool:
    """One to three words in quotation marks at ``s``, closed within 40 characters: a name inside a condemnation's
    object («يدين الهجوم على «مسجد الوادي»»), not the speech itself."""
    close = _next_close(text, s, 40)
    return close > 0 and 1 <= len(text[s + 1:close].split()) <= 3


def _named_already(toks) -> bool:
    """The verb's first word after it is a prepositional pronoun («وأكد عليها مرة أخرى في …»): what is said was
    named before, not here, so no noun-phrase speech follows (used by :func:`_scan_complement` and
    :func:`_uncomplemented`)."""
    if len(toks) > 1 and _strip(toks[0][2]) in ("علي", "الي", "عن", "من") and _strip(toks[1][2]) in _DEMONSTRATIVES:
        return True                    # «وتحث على ذلك»: what is urged was named before
    return bool(toks) and _strip(toks[0][2]) in _PRONOUN_OBJECTS


_DEMONSTRATIVES = frozenset("ذلك هذا هذه تلك".split())


def _named_before_complement(text: str, np0, toks) -> bool:
    """A complementiser among ``toks`` before any sentence stop or verb, with the subject's name between
    commas before it (:func:`_comma_name`, the complementiser among the first eight tokens), or a name after a
    personal title or a rank in the four tokens right before it
    (:func:`~framing.lexicon.speakers._titled_name_at_end`): the بـ/في/عن-word is an adjunct of the title («أكد
    المتحدث بمحافظة الوادي، سامر النجار، أن …», «أكد قائد الكتيبة المسؤولة عن الحدود العميد سامر النجار، أن …»),
    not the verb's noun complement."""
    for k, (s, _e, tok) in enumerate(toks):
        w = _strip(tok)
        if w in _COMPLEMENT:
            return np0 is not None and (k < 8 and _comma_name(text, np0, s) is not None
                                        or _titled_name_at_end(toks[max(0, k - 4):k]))
        if tok[-1:] in ".:؛!؟" or _verb_lemma(tok) is not None or _is_participle(w):
            return False
    return False


def _that_clause(text, s0, e0, vs, ve, lemma, np0, s, n, impersonal):
    """The speech of a verb followed by a complementiser at ``s`` (its ``n``-th word): from there
    to the sentence's end (or a gloss), or None for the outlet's «يذكر أن» and a speakerless «يروى أن»."""
    if impersonal and n == 0:
        return None                    # «يذكر أن»: it is worth noting (the outlet's words)
    np1 = np0 if np0 is None or np0[1] <= s else _speaker_np(text, ve, s)
    sp = (np1 if np1 is not None and np1[1] <= vs else _extend_to_name(text, np1, s)) or _subject_before(text, s0, vs)
    if impersonal and sp is None:
        return None                    # «يروى في التاريخ، أن …»: no one speaks
    between = list(_tokens(text, np1[1], s)) if np1 is not None and np1[1] <= s else []
    if 2 <= len(between) <= 8 and _strip(between[0][2]) in _CLAIM_NOUNS - {"ما"} and _strip(between[-1][2]) == "من":
        s = between[0][0]              # «استهجن فلان مزاعم الجماعة من أن …»: the claims are what is spoken of
    elif np1 is not None and np1[1] <= s:
        s = _object_before_ba(text, np1[1], s, lemma)
    elif np1 is None and sp is not None and sp[1] <= vs:
        s = _object_before_ba(text, ve, s, lemma)   # «واشنطن تصف مقتل طفل … بأنه …»: the subject before the verb
    return (s, _comma_said(text, s, _gloss(text, s, e0), (vs, ve)), sp, lemma, (vs, ve))


def _object_before_ba(text: str, after: int, s: int, lemma: str) -> int:
    """«ووصف فلان الهجوم بأنه …», «واتهم فلان الجماعة بأنها …»: before a complementiser in بـ (بأن، بأنه …), the object of
    a verb whose complement can be a noun phrase (:data:`_NOMINAL_OK`) is what it describes or accuses, part of the speech
    as before a preposition (:func:`_object_start`); not the one told («أبلغ فلان الوزير بأن …»: أبلغ takes no noun)."""
    return _object_start(text, after, s) if lemma in _NOMINAL_OK and _strip(text[s:s + 3]) == "بان" else s


_COMMA_NEXT = re.compile(r"[،,](?=\s+(\S+))")


def _after_commas(text: str, start: int, end: int):
    """The tokens of :func:`_tokens` ``(text, start, end)`` that can follow a comma: the first (the comma may
    stand before ``start``), then each one after a comma and a space (a token glued to a comma holds it)."""
    first = next(_tokens(text, start, end), None)
    if first is not None:
        yield first
    for m in _COMMA_NEXT.finditer(text, start, end):
        yield m.start(1), m.end(1), m.group(1)


def _comma_said(text: str, start: int, end: int, verb) -> int:
    """«وأضاف فلان أن …، وقال في مؤتمر صحفي: "…"»: after a comma, a verb of saying joined by و of the same gender as the
    ``verb`` at its span (or of another gender before a definite subject of its own), whose own colon, quotation mark or
    complementiser follows within six words, is the same speaker's next statement told by the outlet: the that-clause
    ends before it (the verb is the outlet's; its own event reports what follows), else ``end``."""
    if not any(text.find(c, start, end) >= 0 for c in "،,"):
        return end
    g = _gender(_strip(text[verb[0]:verb[1]]))
    for s, e, tok in _after_commas(text, start, end):
        w = _strip(tok)
        if w[:1] != "و" or len(w) < 4 or _char_before(text, s) not in "،," or _verb_lemma(w) is None \
                or _gender(w) != g and not _strip(_word_after(text, e, 30)).startswith("ال"):
            continue                           # (another gender with a subject of its own: another speaker's statement,
            #                                    «وتوقعت مصادر أن …، وقال الإعلام البلجيكي، الأحد، إن …»)
        prev = ""
        for n, (_s2, _e2, t2) in enumerate(_tokens(text, e, min(end, e + 80))):
            if n > 5 or _strip(t2) in _COMPLEMENT or t2[:1] in "«\"“" or t2.startswith(":") or t2.endswith(":"):
                break
            prev = _strip(t2)
        else:
            continue
        if n <= 5 and (tok.endswith(":") or _strip(t2) in _COMPLEMENT and prev not in _NOT_COMPLEMENT_AFTER
                       or t2[:1] in "«\"“:" or t2.endswith(":")):
            return s                           # (not «، وكتبوا شعارات قبل أن …»: a time clause)
    return end


def _quotation_after(text, s0, vs, ve, lemma, np0, s):
    """قال فلان «…»: the quotation at ``s`` alone is the speech (an empty span that names its
    speaker), or None for a term in quotes («ندد فلان بـ«جماعات ضغط»») or no speaker; ``_NOTHING`` for a
    mark that never closes before a complementiser (the words after it are read on)."""
    q = quote_spans(text[s:s + MAX_QUOTE])
    if not q or q[0][0] != 0:          # a mark that never closes, a complementiser after it: read on
        nxt = text[s + 1:s + 12].split()    # («قوله " إن …» is indirect speech)
        return _NOTHING if nxt and _strip(nxt[0]).strip("«»\"“”") in _COMPLEMENT else None
    if len(text[s:s + q[0][1]].split()) <= 2:
        return None
    sp = np0 if np0 is None or np0[1] <= s else _speaker_np(text, ve, s)
    sp = sp or _subject_before(text, s0, vs)
    return (s, s, sp, lemma, (vs, ve)) if sp else None


def _uncomplemented(text, s0, e0, vs, ve, lemma, toks, np0, impersonal, negated, stop):
    """A verb with no complement, colon or quotation after it: the speech before it («…»، قال
    الوزير), a noun-phrase object of a :data:`_NOMINAL_OK` verb (كشف الوزير عن …، وأدان فلان
    الاعتداء) up to ``stop``, a death (or what is stressed: :func:`_object_noun`) right after a verb of
    :data:`_OCCURRENCE_VERBS` with no subject after it («حزب الوادي يعترف بمقتل …»), or None."""
    sp = np0 or _subject_before(text, s0, vs)
    if impersonal and sp is None:
        return None                        # «يروى في التاريخ أن …»: no one speaks
    before = text[s0:vs].rstrip()
    before = before[:-4].rstrip() if before.endswith(" هكذا") else before      # «…، هكذا قال الوزير»
    if (lemma in _POSTPOSED and before.endswith(("،", ",", "»", '"', "”", "“")) and len(before.split()) >= 2
            and len(toks) <= 8 and not (toks and _opener(toks[0][2]))):
        return (s0, vs, sp, lemma, (vs, ve))     # «…»، قال الوزير: the verb comes after (not «…، وقال يمكن …»:
        #                                          a clause opens after it, :func:`_bare_speech`)
    if _named_already(toks):
        return None
    if lemma in _NOMINAL_OK and not impersonal and not negated and not _preposition_form(text, vs, ve, lemma):
        start = max(sp[1], ve) if sp else ve       # (a subject before the verb: «أما فلان أدان …»)
        rest = text[start:e0].split()
        if len(rest) >= 2 or rest and lemma in _CONDEMN:      # «وأدان فلان الاعتداء.»
            return (start, _main_clause(text, start, stop if lemma in _CONDEMN else e0, lemma, (vs, ve)), sp, lemma, (vs, ve))
    if lemma in _OCCURRENCE_VERBS and (np0 is None or np0[1] <= vs) and not negated:
        k = next((k for k, t in enumerate(toks[:5]) if _object_noun(_strip(t[2]), lemma, False)), None)
        if k is not None and (k == 0 or _strip(toks[0][2]) in ("في", "خلال", "منذ")
                              and not any(t[2][-1:] in _PUNCT for t in toks[:k])):
            return (toks[k][0], _main_clause(text, toks[k][0], e0, lemma, (vs, ve)), sp, lemma, (vs, ve))
            #                              «حزب الوادي يعترف بمقتل …»: the death it admits, its subject before it,
            #                              also after when it admitted («أقر في منتصف الشهر بمقتل زعيمه»)
    return None


#: verbs of saying outside :data:`_NOMINAL_OK` whose object may still be a death or an attack reported: «وذكرت مصادر
#: سقوط قتلى», «واعترف الحزب بمقتل اثنين», «وأقرت الوزارة بوقوع …»
_OCCURRENCE_VERBS = frozenset(["ذكر", "اعترف", "أقر"])
#: nouns of what is stressed: «وأكد (الوزير) أهمية الحل …», «وشدد ضرورة …» open the speech, never its subject's name
_STRESSED = frozenset("اهمية اهميه ضرورة ضروره وجوب".split())
#: verbal nouns that open what a verb of saying states, wherever they stand among the first words after its subject
#: (:func:`_object_start`): what is stressed, and an existence, a rise or a death asserted («أكد وجود …»)
_STATED_NOUNS = _STRESSED | frozenset("صحة وجود ارتفاع انخفاض مقتل مصرع وقوع سقوط".split())


def _stressed_after(toks: list) -> int | None:
    """The start of a noun of what is stressed (:data:`_STRESSED`) among the first three words ``toks`` after a verb,
    with only adverbs or days before it and no punctuation («وأكد كذلك أهمية الحل …»), else None."""
    k = next((k for k, t in enumerate(toks[:3]) if _strip(t[2]) not in _ALIF_ADVERBS and _strip(t[2]) not in _TIME_WORDS), None)
    if k is not None and _strip(toks[k][2]) in _STRESSED and not any(t[2][-1:] in _PUNCT for t in toks[:k]):
        return toks[k][0]
    return None


def _object_noun(w: str, lemma: str, inside: bool) -> bool:
    """``w`` (stripped) opens the object of a verb of saying ``lemma`` that a subject phrase ran into: a verbal noun
    of a death or an attack (:func:`_occurrence`; ``inside`` the phrase without a possessive), also after the بـ the
    verb takes («وأفاد مصدر أمني بمقتل …»); a noun of what is stressed (:data:`_STRESSED`: «وأكد الوزير سامر ضرورة
    …», «بأهمية …»); after a verb of condemnation also a definite act of violence («وأدانت الحكومة العراقية الغارات
    …», «وندد الأمين العام بالهجوم …»; not «العمليات», a unit's name: «قائد العمليات»)."""
    if w[:1] == "ب" and len(w) > 3:
        w = w[1:]
    if w in _OCCURRENCES or w in _STRESSED or not inside and _occurrence(w):
        return True
    return lemma in _CONDEMN and w[:2] == "ال" and not w.startswith("العملي") and _act(w, "")


def _occurrence_object(text: str, np, end: int, lemma: str = ""):
    """``(end of the subject, start of the speech)`` when the object of the verb ``lemma`` (:func:`_object_noun`: a
    death, an attack or what is stressed) stands inside the verb's subject phrase ``np`` after its first word (the
    phrase ran on; with no possessive, not «لقي طالب سوداني مصرعه», met his death: «طالب» is no verb there): «وأكدت
    مصادر ميدانية مصرع عشرات المسلحين», «كشفت إحصائية للمنظمة مقتل …», «وأفاد مصدر أمني عراقي بمقتل …») or right
    after it, a day between («وأكدت الوزارة أمس مقتل أحد مواطنيها»: the death, not a later «أن», is what it
    confirmed); ``(np[0], np[0])``, no subject, when the phrase opens with what is stressed or, after a verb of
    condemnation, with the act condemned («وأكدت أهمية …», «وأدان الهجمات الأخيرة …»); else None."""
    toks = list(itertools.islice(_tokens(text, np[0], end), 40))
    k0 = next((k for k, t in enumerate(toks) if t[0] >= np[1]), len(toks))
    while k0 < len(toks) and _strip(toks[k0][2]) in _TIME_WORDS and toks[k0][2][-1:] not in _PUNCT:
        k0 += 1
    first = _strip(toks[0][2]) if toks else ""
    if first in _STRESSED or lemma in _CONDEMN and _object_noun(first, lemma, True):
        return np[0], np[0]                # «وأدان الهجمات الأخيرة»: an attack condemns nothing, the verb's subject is before
    for k in range(1, min(k0 + 1, len(toks))):
        if toks[k - 1][2][-1:] in _PUNCT:
            return None
        w = _strip(toks[k][2])
        if _object_noun(w, lemma, toks[k][0] < np[1]):
            return _tok_end(toks[k - 1]) if toks[k][0] < np[1] else np[1], toks[k][0]
    return None


#: verbs of saying that take direct speech with neither أن nor a colon (guide §5.7: «وقال المسؤول الأسرى بخير»)
_BARE_VERBS = frozenset(["قال", "أضاف", "تابع", "استطرد", "أردف"])
#: words before such a verb after which its speech is elsewhere: a relative («الذي قال»), «كما قال» (an attribution),
#: «ما قال», a question («ماذا يقول»), a subordinate verb («أن يقول»)
_BARE_BEFORE = _WHICH | frozenset("كما وكما فكما مثلما حسبما بحسبما ما مما وما لما ماذا هل وهل ان بان لان لن لكي كي حتي بدون دون"
                                   .split())
#: words that open a clause: personal pronouns, particles of tense, negation, obligation and existence
_CLAUSE_WORDS = frozenset("""نحن انا هو هي هم هما انتم انت انتن لقد قد لا لن لم ليس ليست لسنا لست لستم ليسوا هناك هنالك
سوف يجب ينبغي لابد يمكن تم كنا كنت كانت كانوا لماذا هل كيف متي اين ماذا يا اذا اذن""".split())
#: nouns that are what is said, not a clause's subject («قال الحق», «قال الحقيقة كاملة», «قال كلاما», «قال ذاك الكلام»)
_SAID_OBJECTS = frozenset("الحق الحقيقة الكلام الكلمة القول الشعر الصدق الكذب الكثير القليل الشيء كلاما شيئا قولا ذلك هذا ذاك"
                          " هذه تلك".split())
#: a medium or setting after the subject: «في تصريح (صحفي) لـ …», «خلال مؤتمر صحفي», «في كلمته»
_BARE_MEDIUM = re.compile(r"(?:في|خلال)\s+(?:تصريح|تصريحات|حديث|حديثه|حديثها|مقابلة|مقابلته|كلمة|كلمته|كلمتها|"
                          r"مؤتمر|تغريدة|تغريدته|بيان|لقاء|اتصال)(?=\s)")


_MEDIUM_WORDS = frozenset("له لها لهم صحفي صحافي خاص صحفية صحافية خاصة متلفز متلفزة".split())


#: whom one speaks to after «لـ»: the press and the media («للصحفيين», «لوكالة …»)
_TOLD = _MEDIA | frozenset("صحفيين صحافيين صحافة صحف اعلام اعلاميين مراسل التلفزيون".split())


def _addressee(tok: str) -> bool:
    """``tok`` names whom one spoke to: «لي», «له», «لـ«الأفق»», «ل(الأفق)», the press or a medium («للصحفيين»,
    «لوكالة»); not any لل-word (a title's genitive: «المتحدث الرسمي للهلال الأحمر»)."""
    w = _strip(tok)
    if w[:1] != "ل":
        return False
    base = w[2:] if w.startswith("لل") else w[1:]
    return w in _PRONOUN_OBJECTS or w in ("لي", "لنا", "لكم", "لك") or tok.lstrip("ل")[:1] in "«\"“(" \
        or base in _TOLD or "ال" + base in _TOLD


def _past_addressee(text: str, toks: list, k: int) -> int:
    """The index after the addressee ``toks[k]`` (:func:`_addressee`): past its quotation marks' close («لـ«الأفق»»)
    and a medium's name («لوكالة الأنباء السعودية», not a clause after it: «… الأسرى بخير»)."""
    lk, named = toks[k][0], _strip(toks[k][2])[1:] in _MEDIA
    k += 1
    while k < len(toks) and (_mark_open(text[lk:toks[k][0]]) or named and _strip(toks[k][2]).startswith("ال")
                             and toks[k - 1][2][-1:] not in "،," and not _ba_predicate(toks, k + 1)):
        k += 1
    return k


def _ba_predicate(toks: list, j: int) -> bool:
    """The token ``toks[j]`` is an indefinite predicate in بـ that ends its clause or phrase («بخير.», «بخير وسيعودون»,
    «بحاجة إلى …»), not «بن» in a name, a definite «بال…» nor a place in construct («بمنطقة جازان»)."""
    if j >= len(toks):
        return False
    tok, w = toks[j][2], _strip(toks[j][2])
    if len(w) < 4 or w[:1] != "ب" or w[1:3] == "ال" or w in ("بنت", "بني"):
        return False
    after = _strip(toks[j + 1][2]) if j + 1 < len(toks) else ""
    return tok[-1:] in _PUNCT or not after or after[:1] == "و" or after in _PREPOSITIONS or after in ("الي", "في", "جدا")


def _opener(tok: str) -> bool:
    """``tok`` can only open a clause, also right after the verb (its subject a pronoun): a word of
    :data:`_CLAUSE_WORDS` or a future verb («سيعود»)."""
    w = _strip(tok)
    return w in _CLAUSE_WORDS or w[:2] in ("سي", "ست", "سن") and len(w) >= 5 and _verb_like(w)


def _set_off(toks: list, k: int) -> str:
    """``"comma"`` when a comma ends the token before ``toks[k]`` and none follows within its next three tokens (not
    a name in apposition: «…، محمود سامر، في …»), else ``""``."""
    if k and toks[k - 1][2][-1:] in "،," and not any(t[2][-1:] in "،," for t in toks[k:k + 3]):
        return "comma"
    return ""


def _clause_start(tok: str, nxt: str, after_subject: bool, set_off: str, ba: bool = False) -> bool:
    """The token ``tok`` (``nxt`` the word after it) opens a full clause, the statement of a bare verb of saying: a
    pronoun or particle or a future verb (:func:`_opener`); after a comma (``set_off``, :func:`_set_off`), an imperfect
    or past verb in ي/ت/ن, not accusative or possessed («…، تلقت غرفة العمليات …», «…، نسأل الله …»; right after a
    subject it may be a name: «وقال د. ناصر …»); after a subject that ended on a definite word, a day, an addressee or
    a medium (``after_subject``), a definite noun with a word after it (a nominal sentence: «الأسرى بخير»; not a preposition or relative, nor a thing said,
    :data:`_SAID_OBJECTS`: «قال الحقيقة»; a nisba adjective only before a predicate in بـ, ``ba``)."""
    w = _strip(tok)
    if tok[:1] in _PUNCT or not w:
        return False
    if _opener(tok):
        return True
    if set_off == "comma" and w[:1] in "يتن" and _verb_like(w) and not w.endswith(("ا", "ه", "ها", "هم")):
        return True                                    # «…، نسأل الله …», «…، تلقت الشرطة …»
    if not after_subject or not nxt or nxt[:1] in _PUNCT:
        return False
    return w.startswith("ال") and len(w) > 3 and w not in _NP_STOP and w not in _WHICH and w not in _SAID_OBJECTS \
        and w not in _PRONOUN_OBJECTS \
        and w not in _TIME_WORDS and w not in _SPEAKER_WORDS \
        and (not w.endswith(_NISBA) or ba)             # «الأسرى بخير» (not a title or a nisba
    #                                                    adjective the subject phrase runs on with: «المتحدثة باسم …»)


def _bare_speech(text, s0, e0, vs, ve, lemma, form, np0, stop):
    """Guide §5.7: after a finite verb of :data:`_BARE_VERBS` with neither أن, a colon nor a quotation, its subject
    phrase ``np0`` (cut where a clause opens inside it: «وقال مدير المدرسة سيعود الطلاب …»), a day, an addressee
    («لي», «للصحفيين», «لـ«الأفق»») or a medium («في تصريح صحفي») and a comma, the rest of the sentence is the
    statement when it opens as a full clause (:func:`_clause_start`; with another verb of saying at ``stop`` before the
    sentence end, only a clause opened by a pronoun or particle, up to that verb: «وقالت أحد أعضاء الهيئة البالغ
    عددهم 12 وتحدثت … إنها …» is no bare speech): ``(start, end, speaker, lemma, (vs, ve))`` or
    None (not after a relative, «كما» or a question word, :data:`_BARE_BEFORE`; not scripture: «قال تعالى»; not a
    participle, «قائلا»)."""
    if lemma not in _BARE_VERBS or form[:1] in "مب" or form.lstrip("وف")[:3] == "قول" or _is_participle(form) \
            or _cites_scripture(text, ve) or text.rfind("(", s0, vs) > text.rfind(")", s0, vs) \
            or _word_before(text, vs, 12, s0) in _BARE_BEFORE:
        return None
    toks = list(itertools.islice(_tokens(text, ve, e0), 40))
    nxt = lambda k: _strip(toks[k + 1][2]) if k + 1 < len(toks) else ""
    if np0 is not None and np0[0] >= ve and _strip(text[np0[0]:np0[1]].split()[0]) in _SAID_OBJECTS:
        return None                                    # «قال ذاك الكلام»، «يقولان كلاما …»: what is said is an object
    k = 0
    j0 = next((j for j, t in enumerate(toks) if np0 is not None and t[0] >= np0[0]), 0)   # (after «قال له»: the phrase)
    subject = np0 is not None and np0[0] >= ve and j0 < len(toks) and not (
        _strip(toks[j0][2]) in _CLAUSE_WORDS or _addressee(toks[j0][2]))   # («قالت لها …»: whom she told, not who
    #                                                    speaks; «وقال لها يا خالة، …»: a vocative opens the speech; a
    #                                                    future verb's shape right after the verb may be a name: «وقال
    #                                                    سيرغي …»)
    if subject:
        k = j0
        while k < len(toks) and toks[k][0] < np0[1]:
            if (k > j0 or j0) and _strip(toks[k][2]).startswith("ال") and _ba_predicate(toks, k + 1) or k > j0 and (
                    _clause_start(toks[k][2], nxt(k), False, _set_off(toks, k)) or _addressee(toks[k][2])):
                break                                  # the phrase ran on into the clause («… الأسرى بخير»)
            k += 1
    sp_end = _tok_end(toks[k - 1]) if subject and k > j0 else None
    subject = subject and k > j0
    k = k if subject else 0
    k0 = k
    while k < len(toks):
        tok, w = toks[k][2], _strip(toks[k][2])
        if w in _TIME_WORDS or tok[:1] == "(" and tok[-1:] == ")":
            k += 1                                     # «أمس», «(الاثنين)»
        elif _addressee(tok):
            k = _past_addressee(text, toks, k)
        elif _BARE_MEDIUM.match(text, toks[k][0]):
            k += 2
            while k < len(toks) and (_strip(toks[k][2]) in _MEDIUM_WORDS or _addressee(toks[k][2])
                                     or _mark_open(text[toks[k - 1][0]:toks[k][0]])):
                k = _past_addressee(text, toks, k) if _addressee(toks[k][2]) else k + 1   # «في تصريح صحفي لـ«الأفق»»
        else:
            break
    if k >= len(toks) or k == 0 and subject:
        return None
    if ":" in text[ve:e0] or any(c in text[ve:toks[k][0]] for c in "«»\"“”") and not subject:
        return None                                    # (a colon's speech is its own rule)
    prev = _strip(toks[k - 1][2]) if k else ""
    ba = _ba_predicate(toks, k + 1)
    if not _clause_start(toks[k][2], nxt(k), k > k0 or prev.startswith(("ال", "لل")) or not subject and (k or ba),
                         _set_off(toks, k), ba):
        return None
    if any(t[2][:1] in "«»\"“”(" for t in toks[k:k + 8]) or any(c in text[ve:toks[k0 - 1][1] if k0 else ve] for c in "«»\"“”("):
        return None                                    # a quotation soon after or in the subject: its own rule
    start = toks[k][0]
    if stop < e0 and (stop <= start or not _opener(toks[k][2])):
        return None
    sp = (np0[0], sp_end) if sp_end else np0 if np0 is not None and np0[1] <= start else None
    sp = sp or _subject_before(text, s0, vs)
    return (start, _gloss(text, start, stop), sp, lemma, (vs, ve))


def _preposition_form(text: str, vs: int, ve: int, lemma: str) -> bool:
    """«بين»/«وبين» with no أن, colon or quotation after it is the preposition (between), not «بيّن» (explained) with a
    noun object: «وبين الأغطية وجدت رسالة»; not before a title, body or honorific, who explains («وبين المدير
    التنفيذي فلان،أن …», an أن glued to a comma)."""
    nxt = _word_after(text, ve, 20)
    return lemma == "بين" and _strip(text[vs:ve]).lstrip("وف") == "بين" and nxt not in _SPEAKER_WORDS \
        and nxt not in _HONORIFICS


#: «X، اليوم (الاثنين)، »: one word, then a day between commas, right before a verb's preposition
_TIME_ASIDE = re.compile(r"\s*(\w+)\s*[،,]\s*(?:اليوم|امس|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعة)"
                         r"(?:\s*\(\w+\))?\s*[،,]\s*$")


def _object_start(text: str, after: int, prep: int) -> int:
    """Where the speech of «دعا الوزير إسرائيل إلى …», «حمّل الأمين العام إسرائيل المسؤولية»,
    «وصف السفير الهجوم بالخطير» starts: at the object before the preposition (up to three words
    after the speaker, no comma, bracket, relative pronoun or time word between), else at the preposition."""
    aside = _TIME_ASIDE.match(text, after, prep)
    if aside:                                  # «اتهمت المنظمة إسرائيل، اليوم (الاثنين)، باستخدام …»: an aside of time
        return aside.start(1)
    toks = list(_tokens(text, after, prep))
    while len(toks) > 1 and _strip(toks[-1][2]) in _TIME_WORDS:
        toks = toks[:-1]                       # «نفى فلان مزاعم الحكومة السبت بسيطرتها …»: when, not what
    while len(toks) > 1 and _strip(toks[0][2]) in _TIME_WORDS and toks[0][2][-1:] not in "،,":
        toks = toks[1:]                        # «دعت اللجنة أمس إسرائيل إلى …»: the object after the day
    if toks and len(toks) <= 6 and _strip(toks[0][2]) in _CLAIM_NOUNS - {"ما"} and not any(c in text[after:prep] for c in "،,(«\"-–—"):
        return toks[0][0]                      # «أكدت مصادر ارتفاع حصيلة ضحايا الألغام إلى …»: the object is longer
    k = next((k for k, t in enumerate(toks[:4]) if _strip(t[2]) in _STATED_NOUNS), None)
    if k is not None and not any(c in text[after:toks[k][0]] for c in "،,(-–—"):
        return toks[k][0]                      # «أكد فلان لـ«الصحيفة» وجود أسرى …», «أكدت مصادر ارتفاع حصيلة ضحايا
        #                                        الألغام التي زرعها الحوثيون إلى …»: what is stated opens the speech,
        #                                        after an addressee or a name's tail, however long it runs
    if not toks or len(toks) > (4 if _strip(toks[-1][2]) == "المسؤولية" else 3) or any(c in text[after:prep] for c in "،,(«\"-–—") or \
            any(_strip(t[2]) in _NP_STOP or _strip(t[2]) in _WHICH for t in toks):
        return prep
    return toks[0][0]


_MAIN_CLAUSE = re.compile(r"[،,]\s*(?:فان|فانه|فانها|فانهم|فقد|ثم|بينما|لكن|لكنه|لكنها|ولكن(?=\s+ال)|الا ان|غير ان|في حين)(?=\s)")


def _main_clause(text: str, start: int, end: int, lemma: str = "", verb: tuple[int, int] | None = None) -> int:
    """Where a noun-phrase complement ends: before «، فإن …» / «، بينما …» / «، ولكن الـ…» (a new clause, with its own
    subject: «وتتوقع الحكومة نموا …، ولكن الهجمات أودت …»); for what
    was condemned (:data:`_CONDEMN`), also before a relative or time clause that describes it
    («دان الهجوم الذي أسفر عن …», «ندد بمقتل طفل حين أحرق مستوطنون …»: the outlet's narration); given
    the ``verb``'s span, also before the same speaker's next verb of saying (:func:`_next_saying`); then
    before a gloss (:func:`_gloss`)."""
    m = _MAIN_CLAUSE.search(text, start, end)
    end = m.start() if m else end
    if lemma in _CONDEMN or lemma in ("تعهد", "عزي", "تبنى", "نعي") or _CONDEMN_NOUN.match(text, start):
        m = _DESCRIPTION.search(text, start, end)   # «تعهدت بتقديم مساندة عقب الهجوم»: when is the outlet's
        end = m.start() if m else end
    m = _AFTER_CLAUSE.search(text, start, end)
    end = m.start() if m else end
    return _gloss(text, start, _next_act(text, start, _next_saying(text, start, end, verb), verb) if verb else end)


def _next_act(text: str, start: int, end: int, verb) -> int:
    """Where a noun-phrase complement of a past verb of saying in ت or وا (its ``verb`` span) meets a past verb of
    the same person joined by و («أعربت المصادر عن خشيتها من ردود الفعل وأمرت قواتها بـ…», «أعربوا عن … وزاروا …»):
    the same subject's next act, narrated by the outlet, not the content of the first; else ``end``. The verb is
    told by its shape (:func:`_verb_like`, the ending, three letters or more before it, not «وت»/«يت» as in «وبيروت»،
    «وتوقيت», no ي/ت/ن of a present tense: «تدين المالكي وتثبت …» goes on with the content); not when the speech
    has أن/إن («أفادت الهيئة في بيان أصدرته وتلقت الصحيفة نسخة منه أن …»: the clause the speech is in)."""
    form = _strip(text[verb[0]:verb[1]]).lstrip("وف")
    ending = "ت" if form.endswith("ت") and form[:1] != "ت" else "وا" if form.endswith("وا") else ""
    if not ending or form[:1] in "يتن":
        return end
    for s, _e, tok in _conj_tokens(text, max(start, verb[1]), end):
        w = _strip(tok)
        if s > start and w[:1] == "و" == tok[:1] and w[1:2] not in "يتنو" and w.endswith(ending) \
                and len(w) - len(ending) > 3 and not w.endswith(("وت", "يت")) and _verb_like(w) and _verb_lemma(w) is None:
            return end if any(_strip(t) in _COMPLEMENT for t in text[start:end].split()) else s
    return end


def _next_saying(text: str, start: int, end: int, verb) -> int:
    """Where a noun-phrase complement meets a verb of saying joined by و/ف of the same gender as its own
    ``verb`` (its span) («أشاد فلان بالقرار وقال: …», «…، وأكدوا أن …») and introducing its own speech (a
    colon, a quotation mark, أن/إن, or a preposition of :data:`_PREPOSITIONS` that opens a noun-phrase
    speech: «وأكدوا على …»): the same speaker's next statement, whose own event reports what follows; else
    ``end`` (a verb of another gender is content: «اعتبر … ، وتؤكد …»)."""
    g = _gender(_strip(text[verb[0]:verb[1]]))
    for s, e, tok in _conj_tokens(text, max(start, verb[1]), end):
        w = _strip(tok)
        if s > start and w[:1] in "وف" and len(w) > 3 and _verb_lemma(w) is not None and _gender(w) == g and (
                text[e:e + 3].lstrip()[:1] in ":«\"“" or _complement_follows(text, e) or _quote_soon(text, e)
                or _verb_lemma(w) in _NOMINAL_OK and _opens_object(_word_after(text, e, 30))):
            return s
    return _clause_saying(text, max(start, verb[1]), end, g)


#: the word that opens a clause after a comma or «حيث» (past a relative pronoun: «…، الذي يقول …»)
_CLAUSE_OPEN = re.compile(r"(?:[،,]\s*|(?<!\S)حيث\s+)(?:(?:حيث|الذي|التي|الذين)\s+)?([^\s،,.:؛!؟«»\"“”]+)")


def _clause_saying(text: str, start: int, end: int, gender: str) -> int:
    """Where a noun-phrase complement meets a clause opened, after a comma or «حيث», by a verb of saying of the
    ``gender`` of its own verb that introduces a speech of its own (a colon, a quotation mark, أن/إن): «كشف فلان
    حقيقة الموقف، حيث قال: …», «تحدث عن منحه أموالا، وردا على سؤال، قال "…"»: a new statement, not the content of
    the first (its verb is the outlet's; its own event reports what follows); not a verse or hadith the speaker
    cites («…، قال تعالى: …»: his speech goes on); else ``end``."""
    for m in _CLAUSE_OPEN.finditer(text, start, end):
        w, e = _strip(m.group(1)), m.end(1)
        if _verb_lemma(w) is not None and not _is_participle(w) and _gender(w) == gender and not _cites_scripture(text, e) and (
                text[e:e + 3].lstrip()[:1] in ":«\"“" or _complement_follows(text, e) or _quote_soon(text, e)):
            return m.start(1)
    return end


_CONJ_TOKEN = re.compile(r"(?<!\S)[%s]*[وف]\S*" % re.escape(_PUNCT))


def _conj_tokens(text: str, start: int, end: int):
    """The tokens of :func:`_tokens` ``(text, start, end)`` that may open with و/ف once stripped: the first (it
    may be cut at ``start``), then each whose first letter after punctuation is و/ف (a regex jumps the rest, so
    a long field without و/ف costs no Python loop per word)."""
    first = next(_tokens(text, start, end), None)
    if first is None:
        return
    yield first
    for m in _CONJ_TOKEN.finditer(text, first[1], max(first[1], end)):
        yield m.start(), m.end(), m.group()


def _quote_soon(text: str, end: int) -> bool:
    """A colon or an opening quotation mark within the five words after ``end``, before any other punctuation
    («وقالت في بيان «…»»: the verb opens a speech of its own after where it was said)."""
    for n, tok in enumerate(text[end:end + 80].split(None, 5)):     # (str.split: the words of _tokens, cheaper)
        if n >= 5 or tok[:1] not in "«\"“" and tok[-1:] in "،,.؛!؟":
            return False
        if tok[:1] in "«\"“" or tok[-1:] == ":":
            return True
    return False


def _opens_object(w: str) -> bool:
    """``w`` (normalised) opens a verb of saying's noun-phrase speech: a preposition of :data:`_PREPOSITIONS`
    or a word in بـ that is not an adverbial («وطالب بالإفراج عن …», not «بشأن», «بدوره», «بأن»)."""
    return w in _PREPOSITIONS or (w[:1] == "ب" and len(w) > 3 and w[1:3] != "ان" and w not in _COMPLEMENT
                                  and w not in _BA_ADVERBS)


#: «أعرب عن إدانته للهجوم الذي …»: a condemnation (or a condolence, guide §5.7) as the noun object of another verb (أعرب، عبر، أبدى)
_CONDEMN_NOUN = re.compile(r"\s*(?:عن\s+)?(?:\S+\s+)?[وب]?(?:ال)?(?:ادانت|ادانة|استنكار|شجب|تنديد|استهجان|تعازي|تعزية)")


_AFTER_CLAUSE = re.compile(r"(?<!\S)[،,]?\s*(?:بعدما|بعد\s+ان)(?=\s)|[،,]\s*(?:في\s+اعقاب|عقب|اثر)(?=\s)")
#   (also «طالبت بإجلاء المحامين، في أعقاب تقارير عن …»: after a comma, when it happened is the outlet's telling)


_DESCRIPTION = re.compile(r"(?<!\S)(?:و?(?:الذي|التي|الذين)|[وف]?(?:عقب|اثر|حين|عندما)|في\s+اعقاب"
                          r"|م?ما\s+(?:ادي|اسفر|اوقع|خلف|تسبب))(?=\s)")
#   (a consequence clause describes the event too: «استنكرت قصف المدينة مما أوقع قتلى»)
#: verbs of condemnation and welcome: what they say is their object, a noun phrase («أدان الاعتداء»)
_CONDEMN = frozenset(["ادان", "أدان", "استنكر", "ندد", "استهجن", "شجب", "رحب"])
_NISBA = ("ي", "ية", "يين", "يون")
#: adjectives that follow a nisba one in a title («الرئيس الأمريكي السابق»)
_POST_ADJECTIVES = frozenset("السابق الاسبق الجديد العام الاعلي الدائم المساعد المكلف الحالي".split())


def _condemner(text: str, np):
    """The subject of a verb of condemnation without the object a greedy noun phrase ran into: a
    definite noun takes no construct, so a verbal noun after it («الوزارة اقتحام …»), a definite noun
    that is no adjective after a nisba adjective («الاتحاد الأوروبي الهجوم …»), a masculine definite
    noun after a feminine one («الوزارة الهجوم …») or «في بيان» starts what follows the subject."""
    toks = list(_tokens(text, np[0], np[1]))
    for k in range(1, len(toks)):
        prev, w = _strip(toks[k - 1][2]), _strip(toks[k][2])
        end = _tok_end(toks[k - 1])
        if k + 1 < len(toks) and _in_setting(w, _strip(toks[k + 1][2])):
            return (np[0], end)                                     # «الوزارة في بيان»: where, not who
        if not prev.startswith("ال") or w in _SPEAKER_WORDS or w in _PERSONAL_TITLES or w in _POST_ADJECTIVES:
            continue
        if _MASDAR.match(w) or prev.endswith(_NISBA) and w.startswith("ال") and not w.endswith(_NISBA):
            return (np[0], end)
        feminine = prev.endswith("ة") or k > 1 and prev.endswith(("ا", "ي")) and _strip(toks[k - 2][2]).endswith("ة")
        if feminine and w.startswith("ال") and not w.endswith(("ة", "ات", "ا", "ي")):   # (الهيئة العليا …)
            return (np[0], end)                                     # «الوزارة الهجوم»: a feminine noun's
            #                                      adjective is feminine too, so a masculine noun is the object
    return np


#: nouns of what is denied, condemned or affirmed: «ونفى متحدث باسم الجماعة مزاعم الحكومة», «أكدت مصادر طبية
#: ارتفاع الحصيلة» (the subject ends before them)
_CLAIM_NOUNS = frozenset(w + s for w in ("مزاعم", "ادعاءات", "اتهامات", "شائعات", "انباء", "اخبار", "تقارير", "روايات",
                                         "تصريحات", "ما")
                         for s in ("", "ها")) | frozenset("المزاعم الادعاءات الاتهامات الشائعات الانباء الاخبار التقارير "
                                                          "الروايات التصريحات صحة وجود ارتفاع انخفاض مقتل وقوع "
                                                          "سقوط".split())


def _before_claim(text: str, np):
    """The subject of a verb of denial, condemnation or affirmation (:data:`_CONDEMN`, نفى، أكد) without the
    object a greedy noun phrase ran into:
    it ends before a word of :data:`_CLAIM_NOUNS` that is not its first («متحدث باسم الجماعة مزاعم
    الحكومة» → «متحدث باسم الجماعة»)."""
    toks = list(_tokens(text, np[0], np[1]))
    for k in range(1, len(toks)):
        if _strip(toks[k][2]) in _CLAIM_NOUNS and not any(c in toks[k][2] for c in "«»\"“”"):   # (not «وكالة «الأخبار»»)
            return (np[0], _tok_end(toks[k - 1]))
    return np


def _caused(text: str, s0: int, vs: int) -> bool:
    """«الأسباب التي دعت تركيا لـ…», «ما دعا …»: دعا after a relative means «led to», not «called for»."""
    before = text[max(s0, vs - 12):vs].split()
    return bool(before) and (_strip(before[-1]) in _WHICH or _strip(before[-1]) in _RELATIVE)


def _lam_object(tok: str) -> bool:
    """A noun with the preposition ل (لمقاطعة، للتوقف): what a call (دعا) is for."""
    w = _strip(tok)
    return w[:1] == "ل" and len(w) > 3 and w[1:3] != "ان" and w not in _PRONOUN_OBJECTS


#: the outlet's gloss after a statement: «…، في إشارة إلى …», «…، وذلك بعد/عقب/خلال …»
_GLOSS = re.compile(r"[،,]\s*(?:(?:وذلك\s+)?في\s+اشارة\s+(?:الي|ل)|وذلك\s+(?:بعد|بعيد|عقب|اثر|خلال|قبل|في\s+اعقاب|علي\s+الرغم|رغم|في\s+ظل"
                    r"|في\s+(?:رسالت|بيان|تصريح|كلمت|كلمة|حديث|خطاب|مقابلة|مؤتمر|اتصال|لقاء|تغريدة|تغريدت)))"
                    r"|\s(?:وهي|وهو|وهذه)\s+(?:مزاعم|ادعاءات|اتهامات)\s"
                    r"|\sوذلك\s+(?:بعد|عقب)\s+(?:يوم|يومين|ايام|ساعة|ساعتين|ساعات|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر)"
                    r"\s+(?:من|علي)\s")           # «… وذلك بعد يوم من …» (no comma): when, in the outlet's telling

#: a word one of :func:`_gloss`'s tests needs is one of these («وذلك» holds «ذلك»): looked for once, before the four
#: tests (a loop of str.find, faster than one regex of them all on Arabic text, measured)
_GLOSS_WORDS = ("وهو ما", "وهي ما", "وهذا ما", "لكن", "ذلك", "اخري", "المقابل", "اشارة", "مزاعم", "ادعاءات", "اتهامات",
                "دون ان")


def _gloss(text: str, start: int, end: int) -> int:
    """The end of a speech before the outlet's gloss on it (:data:`_GLOSS`), its tie to a second source
    («، وهو ما أكدته …»: :func:`_second_source`) or what it says the speaker said next («لكنه لم يذكر …»:
    :data:`_BUT_SAID`) or left unsaid («، دون أن يحدد …»: :data:`_WITHOUT_SAYING`), else ``end``."""
    for w in _GLOSS_WORDS:
        if text.find(w, start, end) >= 0:
            break
    else:
        return end                                  # (none of the words the tests below look for)
    if any(text.find(w, start, end) >= 0 for w in ("وهو ما", "وهي ما", "وهذا ما")):
        end = _second_source(text, start, end)
    if text.find("لكن", start, end) >= 0:
        end = _before_said(_BUT_SAID, text, start, end)
    if text.find("دون ان", start, end) >= 0:
        end = _left_unsaid(text, start, end)
    if any(text.find(w, start, end) >= 0 for w in ("ذلك", "اخري", "المقابل")):
        end = _before_said(_CONNECTOR_SAID, text, start, end)
    if not any(text.find(w, start, end) >= 0 for w in ("اشارة", "وذلك", "مزاعم", "ادعاءات", "اتهامات")):
        return end
    m = _GLOSS.search(text, start, end)
    return m.start() if m else end


#: «…، فضلا عن ذلك، صرح …»: a connector of the outlet's before a new verb of saying starts the outlet's telling
_CONNECTOR_SAID = re.compile(r"[،,]\s*(?:و?فضلا\s+عن\s+ذلك|و?علاوة\s+علي\s+ذلك|و?الي\s+جانب\s+ذلك|و?بالاضافة\s+الي\s+ذلك|"
                            r"و?من\s+جهة\s+اخري|و?من\s+ناحية\s+اخري|و?في\s+المقابل)\s*[،,]?\s*(\S+)")


def _before_said(pattern: re.Pattern, text: str, start: int, end: int) -> int:
    """The start of the first match of ``pattern`` in ``text[start:end]`` whose group 1 is a verb of saying (the
    outlet telling a new statement: :data:`_CONNECTOR_SAID`, :data:`_BUT_SAID`), else ``end``: the speech before
    it ends there."""
    for m in pattern.finditer(text, start, end):
        if _verb_lemma(m.group(1)):
            return m.start()
    return end


#: «…، ولكنها لم تذكر عدد القتلى»: «لكنه/لكنها» + a verb of saying is the outlet telling what the speaker said (or
#: did not) next
_BUT_SAID = re.compile(r"(?<!\S)و?لكن(?:ه|ها|هم)\s+(?:(?:لم|لا|لن)\s+)?(\S+)")
#: «دون أن» before a verb negates it, as «لم» does («دون أن توضح موعد …»: nothing said)
_WITHOUT_BEFORE = re.compile(r"(?<!\S)ب?دون\s+ان\s+$")
#: «…، دون أن يحدد عددهم»: what the speaker left unsaid, in the outlet's words (as «لكنه لم يذكر …»)
_WITHOUT_SAYING = re.compile(r"(?:[،,]\s*|(?<=\s))(?:و?من\s+)?ب?دون\s+ان\s+(\S+)")
#: an aside between commas after which the speech goes on with its next preposition («رحب باشتراك روسيا، من دون أن
#: يشير إلى اسمها، في الحرب …»)
_ASIDE_END = re.compile(r"[^،,.؛!؟\n]{0,80}[،,]\s*(?:في|علي|الي|من|عن|مع|ضد|لل\S*|بال\S*)\s")


def _left_unsaid(text: str, start: int, end: int) -> int:
    """Where a speech ends before the outlet's «دون أن» + a verb of saying (:data:`_WITHOUT_SAYING`), unless that
    phrase is an aside the speech goes on after (:data:`_ASIDE_END`); else ``end``."""
    for m in _WITHOUT_SAYING.finditer(text, start, end):
        if _verb_lemma(m.group(1)) and not (m.group()[:1] in "،," and _ASIDE_END.match(text, m.end(1))):
            return m.start()
    return end


_WHICH_SAID = re.compile(r"[،,]?\s(?:وهو|وهي|وهذا)\s+ما\s+(\S+)")


def _second_source(text: str, start: int, end: int) -> int:
    """«…، وهو ما أكدته زوجته»: the outlet tying a statement to a second source ends the first speech there
    (a verb of saying with an object pronoun after «وهو ما»), else ``end``."""
    for m in _WHICH_SAID.finditer(text, start, end):
        w = _strip(m.group(1))
        if any(w.endswith(p) and _verb_lemma(w[:-len(p)]) for p in ("ها", "هم", "ه")):
            return m.start()
    return end


def _quoted_source(text: str, sp, limit: int):
    """«نقلت الإذاعة عن المصادر قولها إن …»: the one quoted (after عن), who the coders name as the
    speaker, or None."""
    toks = list(itertools.islice(_tokens(text, sp[1], limit), 2))
    if len(toks) < 2 or _strip(toks[0][2]) != "عن" or toks[0][0] - sp[1] > 2:
        return None
    return _an_source(text, toks, limit)


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
        if not w or w in _NP_STOP or _verb_lemma(w) is not None or len(words) == 7 or any(c.isdigit() for c in w) \
                or any(c in tok for c in "()") or (n and tok.rstrip("»\"”")[-1:] in "،,.:؛;!?؟") \
                or (n == 0 and tok[-1:] in ".:؛;!?؟"):
            break
        words.insert(0, (s, s + len(tok.rstrip(_PUNCT + " "))))
    titles = _SPEAKER_WORDS
    norm = [_strip(text[s:e]) for s, e in words]
    first = next((k for k, w in enumerate(norm) if w in titles), None)
    if first is None and words and _name_before_apposition(text, words[0][0], norm) < words[0][0]:
        return _name_before_apposition(text, words[0][0], norm), words[-1][1]   # «فلان، المدعي العام، الذي»
    if first is None:                                  # a name: the words before the pronoun without ال,
        k = len(norm)                                  # a preposition or a pronoun («جان كلود يونكر الذي»)
        while k and not norm[k - 1].startswith(("ال", "بال", "لل", "كال")) and len(norm[k - 1]) > 2 \
                and not norm[k - 1].endswith(("ها", "هم")) and not (norm[k - 1].endswith("ه") and norm[k - 1][-4:] != "الله"):
            k -= 1
        if len(norm) - k < 2:
            return None                                # «في الوقت الذي», «بـ"الحملة" التي»: not a speaker
        first = k
    return _name_before_apposition(text, words[first][0], norm[first:]), words[-1][1]


def _name_before_apposition(text: str, start: int, norm: list[str]) -> int:
    """«جورج فلان، المدعي العام للمقاطعة، الذي قال …»: a title between commas after a name is its
    apposition: the antecedent starts at the name (at most three words before the comma)."""
    if not norm or not (_role_end(norm) or norm[0].startswith("الم")) or \
            not text[max(0, start - 3):start].rstrip().endswith(("،", ",")):
        return start
    name = []
    for n, (s, e, tok) in enumerate(reversed(list(_tokens(text, max(0, start - 60), start))[1:])):
        w = _strip(tok)
        if not w or (n and tok[-1:] in "،,.:؛()") or w in _NP_STOP or _verb_lemma(w) is not None or len(name) == 3 \
                or any(c.isdigit() for c in w) or w in _WHICH:
            break
        name.insert(0, s)
    return name[0] if name else start


#: a subject pronoun, alone or on إنّ/أنّ/لكنّ: the verb after it has its subject already
_SUBJECT_PRONOUNS = frozenset(p + w for p in ("", "و", "ف") for w in
                              "هو هي هم انه انها انهم لكنه لكنها لكنهم بانه بانها بانهم".split())


def _pronoun_subject(text: str, s0: int, vs: int) -> bool:
    """The word right before the verb at ``vs`` is its subject pronoun («فإنها دعت كل المؤسسات …»،
    «أكد أنه طالب الحكومة …»): the noun phrase after the verb is its object, the speaker is carried over."""
    prev = text[max(s0, vs - 12):vs].split()
    return bool(prev) and prev[-1][-1:] not in "،,.:؛" and _strip(prev[-1]) in _SUBJECT_PRONOUNS


#: a statement, speech or message that «قال فيه» refers back to
_STATEMENT_NOUN = re.compile(r"^[وب]?(?:ال)?(?:بيان|تصريح|تصريحات|كلمة|كلمته|خطاب|رسالة|تغريدة|تغريدات|اتصال|مقابلة|حديث|"
                             r"مؤتمر|تقرير|ابيات|قصيدة|مقال|كتاب|فيديو|تسجيل|شريط|خبر|مذكرة|وثيقة|نداء|منشور|مقطع|برقية|عريضة)(?:ا|ات|ه|ها)?$")
#: verbs that issue a statement («أصدر فلان بيانا»، «ألقى كلمة»، «ردّ بأبيات»، «تقدم بمذكرة»), with و/ف, ت, وا, ي/ت
_ISSUE_VERB = re.compile(r"^[وف]?[يت]?(?:اصدر|صدر|نشر|القي|لقي|وزع|بث|اطلق|رد|عقد|اجري|تلقي|وجه|كتب|بعث|ارسل|سجل|غرد|رفع|قدم|تقدم)"
                         r"(?:ت|وا|ا)?$")


def _issuer(text: str, s0: int, vs: int):
    """The speaker of «… بيانا قال فيه»: the issuer of the statement noun before the verb — after «عن/من»
    right behind it («تصريحات صدرت عن الوزير فلان، حذر فيها»، «اتصالا من الشيخ فلان أعرب فيه»), else the
    subject of the issuing verb before it («أصدر العميد فلان، المتحدث …، بيانا جاء فيه»)."""
    toks = list(_tokens(text, max(s0, vs - 300), vs))
    noun = next((k for k in range(len(toks) - 1, max(-1, len(toks) - 24), -1)
                 if _STATEMENT_NOUN.match(_strip(toks[k][2]))), None)
    if noun is None:
        return None
    for k in range(noun + 1, min(len(toks) - 1, noun + 6)):
        if _strip(toks[k][2]) in ("عن", "من"):
            np = _speaker_np(text, toks[k + 1][0], vs)
            words = [_strip(w) for w in text[np[0]:np[1]].split()] if np else []
            if words and (_role_end(words) or words[0] in _SOURCE_WORDS or not words[0].startswith("ال")):
                return np                              # (not «بأبيات من الشعر»)
            break
    for k in range(noun - 1, max(-1, noun - 16), -1):
        if _ISSUE_VERB.match(_strip(toks[k][2])):
            front = _fronted_subject(text, s0, toks[k][0])
            if front is not None:
                return front                           # «وكانت هذه المنظمات تقدمت بمذكرة طالبت فيها …»
            this = _strip(toks[k + 1][2]) in ("هذه", "هذا", "هؤلاء") and k + 2 < noun
            np = _speaker_np(text, toks[k + 2][0] if this else toks[k][1], toks[noun][0])
            if np is None or np[0] >= toks[noun][0] or text[np[0]:np[0] + 1] == "ب":
                return None                            # (not «تقدمت بمجموعة مطالب»: what was submitted)
            return (toks[k + 1][0], np[1]) if this else np   # «وتقدمت هذه المنظمات بمذكرة …»
    return None


_LEAD = frozenset("هذا وهذا كان وكان فيما بينما كما وكما حيث اذ و لكن ولكن اما واما".split())
_LEAD_OR_STOP = _LEAD | _NP_STOP


def _verb_first(text: str, toks: list, later: bool = False) -> list:
    """The tokens of a clause that opens with و/ف + a verb, cut to the verb's subject: «واختتم المصدر تصريحه
    بالقول» → المصدر (a verb, its subject, its object); «وتعرض أبو مازن لقضية …، وقال» → أبو مازن.  None
    (``[]``) for a later verb (``later``: not «قوله») in a clause that opens with another verb of saying (not one
    before a colon): that verb's subject speaks («وأشاد الوزير فلان بالقرار وطالب …»: not «فلان بالقرار»;
    «وقال المسؤول الذي لم يشأ كشف هويته»: not «يشأ»)."""
    if later and len(toks) > 1 and _verb_lemma(toks[0][2]) is not None and toks[0][2][-1:] not in ":،,":
        return []                                      # «وأشاد الوزير فلان بالقرار وطالب …»: the verb before has the
        #                                                subject (and its object): the later verb takes its speaker
    if len(toks) > 1 and _conjunct(_strip(toks[0][2])) and _strip(toks[0][2])[1:3] != "ال" \
            and _strip(toks[1][2]) in _SPEAKER_WORDS:
        toks = toks[1:]
        for k in range(1, len(toks)):
            w = _strip(toks[k][2])
            if len(w) > 4 and w.endswith(("ه", "ها", "هم")) and not w.endswith("الله"):
                return toks[:k]                        # … without its object
        return toks
    if len(toks) > 2 and _conjunct(_strip(toks[0][2])) and _verb_like(_strip(toks[0][2])):
        return _subject_of_clause(toks)
    return toks


#: verbs of going on before «بالقول/قائلا» («ومضى الوزير بالقول: …»): part of the clause, not of its subject
_GO_ON = frozenset("مضي مضت يمضي تمضي استمر استمرت يستمر واصل واصلت يواصل تواصل اختتم اختتمت يختتم ختم ختمت".split())


def _after_go_on(toks: list, form: str) -> list:
    """The tokens before «بالقول/قائلا» (``form``) without a verb of going on (:data:`_GO_ON`) in front
    («ومضى فلان بالقول:», «ومضى بالقول»: the verb «went on», not who) and without the object that follows
    the subject («واختتم فلان تصريحه بالقول»: up to the first word in ـه/ـها/ـهم after the first, not «الله»)."""
    go = _strip(toks[0][2]) if toks else ""
    if not ((go in _GO_ON or go[:1] in "وف" and go[1:] in _GO_ON)
            and form.startswith(("قول", "بقول", "بالقول", "قائل", "قايل"))):
        return toks
    toks = toks[1:]
    return toks[:next((k for k in range(1, len(toks)) if len(_strip(toks[k][2])) > 4 and _strip(toks[k][2]).endswith(
        ("ه", "ها", "هم")) and not _strip(toks[k][2]).endswith("الله")), len(toks))]


#: forms of كان that open a clause inside the sentence (its subject follows them), never a subject phrase's first word
_BE = frozenset("يكون تكون يكونوا تكونوا يكونان تكونان ستكون سيكون".split())
#: «أما/وأما» as a word: the topic it opens is a clause of its own, whatever stands before it in the sentence
_TOPIC = re.compile(r"(?<!\S)و?اما\s(?!.*(?<!\S)و?اما\s)")
_FULL_STOP = re.compile(r"[.!؟?]\s*$")


def _subject_before(text: str, s0: int, vs: int) -> tuple[int, int] | None:
    """A subject written before its verb of saying («وكان السفير … قد أكد», «أعضاء الفريق أكدوا»):
    the words from the clause start (sentence start or last comma) to the verb, without
    «هذا/وكان/فيما …» in front and «قد» behind; None when they are not a short noun phrase."""
    told = narrator(text, s0, vs)
    if told is not None:
        return told                                    # «عن أبي هريرة رضي الله عنه قال: …»: the hadith's narrator
    cut = max(text.rfind("،", s0, vs), text.rfind(",", s0, vs), s0 - 1) + 1
    amma = _TOPIC.search(text, cut, vs)
    topic = amma is not None and amma.start() > s0 \
        and not _FULL_STOP.search(text[max(cut, amma.start() - 6):amma.start()])
    if topic:
        cut = amma.start()                     # «… قنابل موقوتة أما الناشطة فلانة قالت: …»: «أما» inside a sentence
        #   opens the clause (a heading run into the text before it, no full stop); one that opens a sentence is its start
    form = _word_after(text, vs, 20)
    if form.startswith(("قول", "بقول")) and cut > s0:
        quoted = _quoted_an(text, s0, vs)      # «ونقل المحامي عن فلان، الذي زاره …، قوله:»
        if quoted is not None:
            return quoted
    if _is_participle(form) or _pronoun_subject(text, s0, vs):
        return None                                    # «…، مشيرا»، «ويواصل قائلا»: a circumstantial participle
        #                                                has no subject of its own: its sentence's speaker speaks
    if _strip((text[vs:vs + 40].split() or ["", ""])[1:2][0] if len(text[vs:vs + 40].split()) > 1 else "") \
            in ("فيه", "فيها", "فيهما"):
        return _issuer(text, s0, vs)                   # «أصدر فلان بيانا قال فيه …»: who issued the statement
    before_comma = cut > s0 and not text[cut:vs].strip() and not (form.lstrip("و")[:1] == "م" or _is_participle(form))
    if before_comma:                                   # «… أن وكالة «فلان» للأنباء، كشفت …»: the clause
        cut = max(text.rfind("،", s0, cut - 1), text.rfind(",", s0, cut - 1), s0 - 1) + 1   # before the comma
        vs = text.rfind("،", 0, vs) if text.rfind("،", 0, vs) >= cut else text.rfind(",", 0, vs)
        if cut > s0 and _word_after(text, cut, 20) in _WHO_CLAUSE:
            vs = cut - 1                               # «فلان الأمين العام …، الذي يسعى …، أكد»: the relative
            cut = max(text.rfind("،", s0, vs), text.rfind(",", s0, vs), s0 - 1) + 1   # clause is about the subject
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
    if toks and _strip(toks[0][2]) in _BE:
        return None                                    # «… أهمية أن يكون للإنسان وطن آمن. ويقول: …»: a clause, not a
        #                                                subject (the tail of the sentence before a colon's verb)
    toks = _without_age(_after_go_on(toks, form))      # «ومضى فلان بالقول:»; «أما فلان 30 عاما فقال:»
    saying = _strip(text[vs:vs + 8])                   # (vs may have moved to a comma since ``form``)
    if saying.startswith(("قول", "بقول")):
        by_saying = saying.startswith("بقول")
        an = [k for k, t in enumerate(toks) if _strip(t[2]) == "عن"]
        if an and an[-1] < len(toks) - 1 and (not by_saying or any(_verb_lemma(t[2]) == "نقل" for t in toks[:an[-1]])):
            return _an_source(text, toks, vs)          # «نقلت الصحيفة عن الوزير قوله: …»: the one quoted
        if an and by_saying:
            toks = toks[:an[0]]                        # «عبر فلان عن الحادثة بقوله: …» (by saying: عن is his verb's,
            #                                            what he spoke of; the subject stands before it)
    while toks and _strip(toks[-1][2]) in ("قد", "لقد", "فقد", "ايضا", "اذ", "حين", "عندما"):
        toks = toks[:-1]                               # («أما وزير خارجيته فقد أعرب …»: فقد opens the predicate)
    titles = _SPEAKER_WORDS
    if not before_comma:
        toks = _verb_first(text, toks, not form.startswith(("قول", "بقول")))
    if toks and not before_comma and _no_phrase(toks):
        toks = _titled_tail(text, toks)          # «… عن مطار الواحة مدير إدارة الطوارئ سامر الوادي أشار أنه …»
    if not toks or _no_phrase(toks):
        return None
    first = _strip(toks[0][2])
    if before_comma and first not in titles and not (cut == s0 and any(_strip(t[2]) in _ROLE_WORDS for t in toks[1:3])):
        return None                                    # (only a titled phrase: «ودعوة الأمم المتحدة، يؤكد …»; at the
        #                                                sentence start also a name before its title: «فلان الأمين العام …،»)
    if first not in titles and first not in _QUANTIFIERS and (first[:1] in "بلك" and first[1:] not in titles
                                                              and (first[1:3] == "ال" or first[:2] == "لل") or
                                any(_strip(t[2]) in _NP_STOP for t in toks) or first in ("لم", "لن", "لا", "ما", "قد")):
        return None                    # «بالتجسس ولكنها»: not a subject
    if cut > s0 and not topic and not any(_strip(t[2]) in titles for t in toks) and text[cut:toks[0][0]].strip() == "":
        return None                    # «…، يأتي ويصرح»: after a comma only a title makes a subject
    start = _name_before_apposition(text, toks[0][0], [_strip(t[2]) for t in toks])   # «فلان، رئيسة الوفد. قالت:»
    return start, _tok_end(toks[-1])


#: relative pronouns that open a clause about the noun before them
_WHO_CLAUSE = frozenset("الذي التي الذين والذي والتي والذين".split())


def _no_phrase(toks: list) -> bool:
    """The tokens before a verb are too many for its subject (over twelve from a title word or a name before one,
    over eight else) or hold a verb, a complementiser or a digit: no subject phrase (:func:`_subject_before` reads
    them, then their tail)."""
    return len(toks) > (12 if any(_strip(t[2]) in _ROLE_WORDS for t in toks[:3]) else 8) or any(
        _verb_lemma(t[2]) or _strip(t[2]) in _COMPLEMENT or any(c.isdigit() for c in t[2]) for t in toks)


#: characters that end a clause or open an aside: no subject runs across them
_TAIL_BREAKS = "،,.:؛!؟()«»\"“”-–—"


def _titled_tail(text: str, toks: list) -> list:
    """The subject at the end of a clause that runs on without a full stop (a sentence not closed, a heading run into
    the text): the last tokens before the verb from an indefinite title (مدير، رئيس، وزير …) right after a definite word
    (a definite noun takes no genitive, so the title opens a new phrase: «… عن مطار الواحة | مدير إدارة الطوارئ سامر
    الوادي أشار …»), up to twelve words without punctuation that the speaker phrase (:func:`_speaker_np`) reads whole,
    up to the verb (not «رئيس الإقليم السبت قصف …»: a day and an object); else ``[]``."""
    if any(c in toks[-1][2] for c in _TAIL_BREAKS):
        return []
    for k in range(len(toks) - 2, max(0, len(toks) - 12) - 1, -1):
        w, prev = _strip(toks[k][2]), _strip(toks[k - 1][2]) if k else ""
        if any(c in toks[k][2] + (toks[k - 1][2][-1:] if k else "") for c in _TAIL_BREAKS):
            return []
        if w in _ROLE_WORDS and not w.startswith("ال") and prev.startswith("ال") and len(prev) > 3:
            np = _speaker_np(text, toks[k][0], toks[-1][1])
            return toks[k:] if np is not None and np[1] >= toks[-1][1] - 1 else []
    return []


def _quoted_an(text: str, s0: int, vs: int):
    """«ونقلت الوكالة عن الوزير فلان، الذي …، قوله»: the noun phrase after the last «عن» that follows
    a form of نقل in the 30 words before «قوله» at ``vs`` (the one quoted, guide §4), or None."""
    toks = list(_tokens(text, s0, vs))[-30:]
    at = [k for k, t in enumerate(toks) if _strip(t[2]) == "عن"]
    if not at or not any(_verb_lemma(t[2]) == "نقل" for t in toks[:at[-1]]):
        return None
    return _an_source(text, toks, vs)


def _an_source(text: str, toks: list, end: int):
    """The one quoted in «نقل X عن Y قوله» (guide §4), read the same way by the three places that meet it
    (:func:`_quoted_source` after نقل, :func:`_quoted_an` and :func:`_subject_before` before «قوله»): the noun
    phrase after the last «عن» of ``toks`` (``(start, end, token)``), up to ``end``; None without one."""
    at = [k for k, t in enumerate(toks) if _strip(t[2]) == "عن"]
    if not at or at[-1] + 1 >= len(toks):
        return None
    return _speaker_np(text, toks[at[-1] + 1][0], end)


def _subject_of_clause(toks: list) -> list:
    """The tokens of the subject in a clause «و + verb + subject + prepositional object» (``toks``: the
    clause's tokens, the verb first): the words after the verb up to the first word with a preposition
    (في، على، لقضية، بالملف …) when one follows them and the subject opens with a title or a kunya, else ``toks``."""
    first = _strip(toks[1][2])
    if _strip(toks[0][2])[1:] in _LEAD_OR_STOP or not (first in _SPEAKER_WORDS or first in _PERSONAL_TITLES
                                                            or first in ("ابو", "ام")):
        return toks                                    # (only a titled subject or a kunya: «وأنذر أشقاءه …»)
    for k in range(2, len(toks)):
        w = _strip(toks[k][2])
        if toks[k - 1][2][-1:] in "،,.:؛!؟":
            break
        if w in ("في", "الي", "علي", "عن", "من", "مع", "حول") or w.startswith(("لل", "بال")) \
                or w[:1] in "لب" and len(w) > 3 and w.endswith("ة"):
            return toks[1:k]
    return toks


def _closed_word(tok: str) -> bool:
    """A token that is a whole quotation by itself («عكاظ», "AP")."""
    return len(tok) > 2 and tok.rstrip("،,.:؛;")[-1:] in "»\"”'’"


#: how far (characters) speech after a colon on the same line, with no quotation marks, may run on
#: into the following sentences: it ends with the sentence that holds this point (narration resumes)
COLON_REACH = 300


#: brackets that hold a citation after a colon (a verse: «{…}», «((…))», «(…)»), opening → closing
_CITE_BRACKETS = (("{", "}"), ("((", "))"), ("(", ")"))


def _bracket_close(text: str, start: int) -> int:
    """Where a bracketed citation of three words or more opening at ``start`` ends (after its closing bracket,
    within :data:`MAX_QUOTE` characters and its paragraph), else 0."""
    for opening, closing in _CITE_BRACKETS:
        if text.startswith(opening, start):
            end = text.find(closing, start + len(opening), start + MAX_QUOTE)
            inner = text[start + len(opening):end]
            return end + len(closing) if end > 0 and "\n" not in inner and len(inner.split()) >= 3 else 0
    return 0


def _colon_span(text, vs, ve, colon_end, e0, lemma, s0):
    """Speech introduced by a colon: a colon at a line end introduces the next paragraph (a
    statement set off as a block); speech on the colon's own line runs to the end of the sentence
    that holds the point :data:`COLON_REACH` characters on, never past the paragraph's end (at
    most :data:`MAX_QUOTE` characters); a quote that opens right after the colon ends at its
    closing mark (narration may follow the quote).  A subject before the verb is read from the paragraph start, else
    from the sentence start ``s0`` when it opens with a title, body or source word («… . الوزير فلان قال: …»)."""
    para = text.rfind("\n", 0, vs) + 1
    sp = _speaker_np(text, ve, colon_end)
    if sp is not None and _ATTRIB.match(text, sp[0]):
        sp = None                                     # «وأضاف بحسب وكالة الأنباء: …»: an aside, not the subject
    sp = sp or _subject_before(text, para, vs)
    if sp is None and s0 > para:
        sp = _titled_phrase(text, _subject_before(text, s0, vs), vs)   # (not «وعن آلية الاختيار قال:», a topic)
    start = colon_end
    while start < len(text) and text[start].isspace():
        start += 1
    if text[start:start + 1] in ("«", '"', "“", "„"):
        q = quote_spans(text[start:start + MAX_QUOTE])
        if q and q[0][0] == 0:
            return (colon_end, start + q[0][1], sp, lemma, (vs, ve))
    close = _bracket_close(text, start)               # «قال تعالى: {…}»، «كما قال فلان: (…)، ومن هنا …»: the
    if close:                                         # quotation in brackets ends at its closing bracket, as a quotation does
        nxt = [_strip(w).lstrip("و") for w in text[close:close + 80].replace("،", " ").split()[:6]]
        cites = next((i for i, w in enumerate(nxt[:3]) if _verb_lemma(w) is not None), None)
        if not (cites is not None and _CITED.intersection(nxt[cites + 1:cites + 4])):
            return (colon_end, close, sp, lemma, (vs, ve))
        #     (not a chain of citations of scripture, «قال تعالى: (…)، وقال الله …», «((…)) الآية وقال تعالى …», which
        #      the one who cites the first goes on citing; a list of names, «في قرى: (…، …)», is under three words)
    first = text[start:start + 12].split()[:1]
    if first and _strip(first[0]) in _COMPLEMENT:
        return (colon_end, e0, sp, lemma, (vs, ve))   # «وقال: إن …»: indirect speech, to its sentence end
    brk = _PARAGRAPH.search(text, start, start + MAX_QUOTE)
    end = brk.start() if brk else min(len(text), start + MAX_QUOTE)
    orphan = _ORPHAN_CLOSE.search(text, start + 1, end)   # (a mark right after the colon opens, whatever its shape)
    if orphan is not None and _PAIRS_OPEN[orphan.group()] not in text[start:orphan.start()]:
        end = orphan.end()               # «وأضاف يقول: كلام … وصلنا»، وعن …»: a quotation whose opening mark was
        #                                  lost ends at its closing mark (the outlet narrates again after it)
    if "\n" not in text[colon_end:start] and end > start + COLON_REACH:
        end = min(end, _sentence_end(text, start + COLON_REACH))   # no quotation marks to close it: the
        #                                  speech ends with the sentence running at COLON_REACH characters
    if lemma == "تساءل":                               # «متسائلين: ما الفرق …؟ وفي محاولة …»: the question
        ask = re.compile("[؟?؛]").search(text, start, end)  # ends at its question mark (or semicolon)
        end = ask.end() if ask else end
    turn = _TRANSITION.search(text, start, end)
    end = turn.start() + 1 if turn else end
    return (colon_end, _left_unsaid(text, start, end) if text.find("دون ان", start, end) >= 0 else end, sp, lemma, (vs, ve))


#: a closing quotation mark with a direction, and its opener
_PAIRS_OPEN = {"»": "«", "”": "“"}
_ORPHAN_CLOSE = re.compile("[»”]")


#: a sentence that opens with a transition is the outlet's narration again («. من جهة أخرى، …»)
_TRANSITION = re.compile(r"[.!؟]\s*(?:و)?(?:من\s+(?:جانب|جهة)\s+(?:اخر|اخري)|في\s+غضون\s+ذلك|الي\s+ذلك|في\s+سياق\s+"
                         r"(?:متصل|اخر)|علي\s+صعيد\s+(?:اخر|متصل)|في\s+المقابل|في\s+الاثناء|في\s+هذه\s+الاثناء)")


#: a paragraph break: a line break, or a run of non-breaking spaces standing in for one
_PARAGRAPH = re.compile(r"\n|\xa0\s*\xa0|\s{4,}")


# -------------------------------------------------------------------------------- reported naming

#: the verb of naming (سمّى/أسمى), which takes the name without بـ
_NAMING_VERBS = "سمي|سما|سمت|سموا|يسمي|تسمي|يسمون|اسمي|اسما|اسمت|اسموا"
_AR_VERBS = "وصف|وصفت|وصفوا|يصف|تصف|يصفون|" + _NAMING_VERBS + "|اطلق|اطلقت|اطلقوا|يطلق|تطلق|يطلقون"
_REPORTED_AR = re.compile(
    r"ما\s+(?:" + _AR_VERBS + r")(?:ه|ها|هم|هما|هن)?(?:\s+علي(?:ه|ها|هم))?"
    r"(?=(?:\s+[^\s.,،؛;:!?؟]+){0,7}?\s+ب)[^.,،؛;:!?؟\n]{1,100}")
#: «ما يسمى الربيع», «لما تسميه الاحتلال»: a verb of naming (سمّى) takes the name with no بـ, up to three words
_NAMED_AR = re.compile(r"ما\s+(?:" + _NAMING_VERBS + r")(?:ه|ها|هم|هما|هن)?"
                       r"(\s+)(?!ب)[^\s.,،؛;:!?؟\n«»\"“”()]+(?:\s+[^\s.,،؛;:!?؟\n«»\"“”()]+){0,2}")
#: a quotation mark opening within the next few words (before any punctuation)
_QUOTE_SOON = re.compile(r"[^.,،؛;:!?؟\n]{0,40}?[«\"“]")
_REPORTED_EN = re.compile(
    r"(?<!\w)(?:what|which)\s+(?:[\w'-]+\s+){0,4}?(?:called|calls|call|described\s+as|describes\s+as"
    r"|termed|terms|dubbed|dubs|labelled|labeled)(?!\w)[^.,;:!?\n]{0,100}"
    r"|(?<!\w)so-called(?:\s+[\w'-]+){1,3}")
_AR_PREFIX = "وفبلم"


def reported_spans(text: str) -> list[tuple[int, int]]:
    """Spans of reported naming («ما وصفه … بـ…», «ما تسميه …», «so-called …»)."""
    out = []
    if "ما" in text:
        for m in itertools.chain(_REPORTED_AR.finditer(text), _NAMED_AR.finditer(text)):
            if m.re is _NAMED_AR and _QUOTE_SOON.match(text, m.start(1)):
                continue                       # «ما سماه سجناء سابقون «مدرسة …»»: the namers, then the name quoted
            i = j = m.start()
            while j > 0 and i - j < 2 and text[j - 1] in _AR_PREFIX:
                j -= 1
            if j == 0 or not text[j - 1].isalnum():
                out.append(m.span())
    if "call" in text or "describ" in text or "term" in text or "dub" in text or "label" in text:
        out.extend(m.span() for m in _REPORTED_EN.finditer(text))
    return out


def _narrated_end(text: str, s: int, e: int, events) -> int:
    """Where a quotation left open over the outlet's narration ends: at an adverbial participle after
    a comma («…، مؤكدا أن …») or at و + a verb of saying after a sentence end whose subject the outlet
    named before the quotation («وقال بحر: «… أقوى.. وشدد بحر على أن …»): no one says these of himself."""
    if e - s < 80:
        return e
    for ev in events:
        vs, ve = ev[4]
        if not s + 20 < vs < e - 20 or ve <= vs or _ATTRIB.match(text, vs):
            continue
        raw = _strip(text[vs:ve])
        before = _char_before(text, vs)
        if raw[:1] == "و" and before in ".!؟" and ev[2] is not None and 0 <= ev[2][0] - ve < 40 \
                and _named_before(text, ev[2], s) or before in "،," and _is_participle(raw) \
                and (ev[1] < e - 3 or text[e - 1] not in "»”\"“" or _first_person(text, s, vs)):
            return vs                   # (a participle whose sentence the closing mark ends is the quotation's,
    return e                            # when the speaker speaks of himself in the third person: «إنه «… داعيا»»)


#: words of a speaker speaking in the first person
_FIRST_PERSON = frozenset("نحن انا اننا انني اني علينا لنا لدينا عندنا منا بنا الينا بلادنا".split())


def _first_person(text: str, s: int, e: int) -> bool:
    """The quotation ``[s, e)`` speaks in the first person («علينا», «إننا»)."""
    return any(_strip(w).lstrip("وف") in _FIRST_PERSON for w in text[s:e].split())


def _named_before(text: str, sp, pos: int) -> bool:
    """The last word of the speaker ``sp`` is written in the 300 characters before ``pos``."""
    words = text[sp[0]:sp[1]].split()
    last = _strip(words[-1]) if words else ""
    return len(last) > 2 and text.find(last, max(0, pos - 300), pos) >= 0


def _pronoun_saying(word: str) -> bool:
    """A noun of saying with (or without) a possessive pronoun (وصفه، قولها، تعبيرهم): «حسب وصفه»,
    «على حد تعبيره» name the speaker before, not a new one."""
    return re.sub("(?:ه|ها|هم)$", "", _strip(word)) in ("وصف", "قول", "تعبير", "زعم", "راي", "تقدير", "كلام")


def _pronoun_attribution(text: str, at: int, nxt: list[str]) -> str:
    """The word with the pronoun of an attribution at ``at`` that points back («بحسب قولها»: قولها; «وبحسبه»:
    بحسبه), or ""."""
    tok = _word_after(text, at, 20)
    if re.match(r"^[وف]?ب?حسب(?:ه|ها|هم)$", tok):
        return tok
    return nxt[0] if nxt and _pronoun_saying(nxt[0]) else ""


#: cardinal numbers written out, which open a verb's object after its subject («أمطرت الفصائل أربع بلدات»)
_CARDINALS = frozenset("ثلاث ثلاثة اربع اربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة عشرات مئات".split())


def _own_clause_subject(text: str, s0: int, pos: int, word: str):
    """«أمطرت الفصائل البلدات بالقذائف، ردا، بحسب قولها، على …»: an attribution with a pronoun («قولها»,
    «بحسبه») inside a sentence that opens with a verb and its subject points back to that subject when the verb
    agrees with the pronoun (ها: feminine, ه: masculine, هم: plural), also a verb without و opening the text or a
    paragraph; else None (the speaker named before)."""
    w = _strip(word.split()[-1]) if word.split() else ""
    pron = "p" if w.endswith(("هم", "هما")) else "f" if w.endswith("ها") else "m" if w.endswith("ه") else ""
    first = next(_tokens(text, s0, pos), None)
    if not pron or first is None or first[1] >= pos:
        return None
    sp = _sentence_subject(text, s0, pos)
    if sp is None and _strip(first[2])[:1] not in "وف" and _verb_like(_strip(first[2])):
        sp = _speaker_np(text, first[1], pos)      # a text's first sentence, its verb without و: «أمطرت الفصائل …»
    if sp is None or sp[1] > pos:
        return None
    form = _strip(first[2])
    if not (_gender(form) == pron or pron == "p" and form.endswith(("وا", "ت"))):
        return None
    words = list(_tokens(text, sp[0], sp[1]))
    cut = next((k for k, t in enumerate(words) if k and (_strip(t[2]).endswith("ا") and not _strip(t[2]).startswith("ال")
                and len(_strip(t[2])) > 3 or _strip(t[2]) in _CARDINALS)), len(words))
    #                                                  «وشاهد الشاب حادثا …», «أمطرت الفصائل أربع بلدات»: the object ends it
    return sp[0], _tok_end(words[cut - 1])


def _pronoun_source(text: str, ev) -> tuple[int, int]:
    """«حسب زعمها», «على حد تعبيره»: the attribution phrase and its one-word object, own."""
    nxt = list(itertools.islice(_tokens(text, ev[4][1], ev[1]), 2))
    if nxt and _pronoun_saying(nxt[0][2]):
        return ev[4][0], _tok_end(nxt[0])
    if nxt and _verb_lemma(nxt[0][2]) and _strip(text[ev[4][0]:ev[4][1]]).endswith("ما"):
        last = nxt[1] if len(nxt) > 1 and _strip(nxt[1][2]) in _PRONOUN_OBJECTS else nxt[0]
        return ev[4][0], _tok_end(last)      # «وفق ما صرح به …»: the verb too
    return ev[4]


#: words after a source that start the statement again, unless the phrase names where the source
#: spoke («وفق الملك في حديث تلفزيوني بعد الغزو»: still the source's description)
_CONTENT_STOP = frozenset("بعد عقب اثر خلال منذ حيث عندما بينما فيما".split())
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
                w in _CONTENT_STOP and not any(_setting(_strip(t)) for t in text[ev[4][1]:s].split())):
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


def _holds_speech(ev, text: str) -> bool:
    """An event whose span is someone's speech that may hold another verb of saying: not a reported naming,
    a statement noun («في تصريح له») or an attribution phrase (بحسب …) (:func:`_nested_verbs`, and
    ``voice._outer_speakers`` for the speaker such a verb takes)."""
    return ev[3] not in ("reported naming", "تصريح") and not (ev[4][1] > ev[4][0] and _ATTRIB.match(text, ev[4][0]))


def _kama_aside(text: str, ve: int) -> bool:
    """The verb ending at ``ve`` (after «كما») is an aside «as he claimed»: at most three words follow it before a
    comma, full stop or the line end, none a complementiser or a colon («كما ادعى،», «كما زعم الوزير.»; not «كما
    أكد الوزير أن …»: a statement of its own)."""
    m = re.match(r"[^،,.؛;:\n]{0,60}", text[ve:ve + 60])
    words = [_strip(w) for w in m.group().split()]
    rest = text[ve + m.end():ve + m.end() + 1]
    return len(words) <= 3 and rest in ("،", ",", ".", "؛", ";", "\n", "") and not any(w in _COMPLEMENT for w in words)


class _Holders:
    """Speech events sorted by where their verb stands, latest first, to find the one that holds a position
    without reading them all for every verb (:func:`_nested_verbs`)."""

    def __init__(self, containers: list):
        self.order = sorted(containers, key=lambda c: -c[4][0])      # (stable: ties keep the events' order)
        self.keys = [-c[4][0] for c in self.order]
        self.reach = list(itertools.accumulate(reversed([c[1] for c in self.order]), max))[::-1]
        #                                     (reach[k]: the furthest end of the spans from k on)

    def latest(self, ev, vs: int):
        """The container (not ``ev``) with the latest verb before ``vs`` whose span ``[start, end)`` holds ``vs``
        (the first in the events' order on a tie), else None: ``max`` of the ones that hold it, by verb start."""
        k = bisect.bisect_right(self.keys, -vs)
        while k < len(self.order) and self.reach[k] > vs:
            c = self.order[k]
            if c is not ev and c[0] <= vs < c[1]:
                return c
            k += 1
        return None


def _nested_verbs(events: list, text: str) -> dict:
    """Starts of verbs of saying that are part of another speech: inside the span of an earlier
    verb of saying (not of an attribution phrase) and part of it by ``_part_of_speech`` — «وأشار
    الوزير إلى أن الرئيس قال …», «وذكرت الوكالة أنه أكد …» — or, outside every such span, inside a
    statement whose verb comes after it («فيما أكد فلان أن … . أوضح ذلك الناطق …»).
    Returns ``{verb start: (verb end, speaker, verb, verb span)}`` with the holding speech's speaker, verb and where
    its verb stands."""
    containers = _Holders([ev for ev in events if _holds_speech(ev, text)])
    before = [ev for ev in events if ev[0] < ev[1] <= ev[4][0] and ev[2] is not None and _holds_speech(ev, text)
              and _word_after(text, ev[4][1], 12) in _TOLD_OBJECT]
    out = {}
    for ev in events:
        vs, ve = ev[4]
        if ve <= vs:
            continue
        outer = containers.latest(ev, vs)
        if outer is None:                              # «فيما أكد فلان أن … . أوضح ذلك الناطق …»: a verb inside a
            holder = next((c for c in before if c[0] <= vs < c[1]), None)   # statement whose verb comes after it
        else:
            holder = outer if _part_of_speech(text, ev, outer) else None
        if holder is not None:
            out[vs] = (ve, holder[2], holder[3], holder[4])
    return out


def _part_of_speech(text: str, ev, outer) -> bool:
    """The verb of saying of event ``ev``, inside the span of the earlier speech ``outer``, is part of that speech
    (the outer speaker's words): an interview answer, a cited hadith or verse, a clause after «، حيث» or «حينما»,
    a relative clause, an aside after «كما», or a verb right after its own subject inside a that-clause.  Not when
    it is an attribution phrase («كما يقول …»), opens a statement of its own (with و/ف, after لكنه/وكان …, or a
    sentence end), stands before its subject, or opens a colon speech."""
    vs, ve = ev[4]
    if outer[3] == "answer":
        return True                                # an interview answer: the interviewee's words,
        #                                            also an attribution phrase in it («وكما يقولون …», guide §5.8)
    form = _strip(text[vs:ve])
    if _verb_lemma(form) is None and not _is_participle(form):
        return False                               # an attribution phrase («كما يقول …»), not a verb
    if _cites_scripture(text, ve) and _opens_statement(text, outer) and not _cited_speech(text, outer):
        return True                                # «وأوضح سماحته أن …، قال صلى الله عليه وسلم: …»: the
        #                                            preacher cites a hadith or verse in his speech (his words)
    if form[:1] in "وف" and len(form) > 3 and form[1:] in _verb_table() and (
            _gender(form) == _gender(_strip(text[outer[4][0]:outer[4][1]])) or _plural_after_vso(text, outer, form) or
            (ev[2] is not None and ev[2][0] >= ve)) and not _tense_turn(text, outer, ev, form):
        return False                               # «وأكد …», «وتوضح فلانة …»: a statement of its own
    if _hith_clause(text, outer, ev, vs):
        return True                                # «…أن اللقاء تناول …، حيث أكد الرئيس أن …»: a clause of
        #                                            the that-clause, also with its own titled subject (guide §5.5)
    if _when_said(text, outer, ev, vs):
        return True                                # «… لافتا إلى أن … جاء تعزيزا لما أعلنه سموه حينما قال:
        #                                            …»: a time clause of the that-clause, the outer speaker's words
    if _char_before(text, vs) not in ".:؛;!؟?\n" and form[:1] not in "وف" and _that_speech(text, outer) \
            and _in_that_clause(text, vs, 6) and _NONSPACE.search(text, outer[0]).start() == (comp := _last_complement(text, vs)) \
            and _clause_subject_between(text[comp:vs].split()) and not _titled_subject_after(text, ev):
        return True                                # «وأفاد البيان أن الأمير قال في خطابه: …»: the subject of the
        #                                            that-clause that opens the speech speaks inside it, also when a
        #                                            colon speech of its own follows (not «…، إلا أنه أكد …», nor
        #                                            «أن يقذفها ويمضي فقال …»: أن before a verb, a new clause in ف)
    if _char_before(text, vs) in ".:؛;!؟?\n" or _titled_subject_after(text, ev) or \
            text[ve:ve + 2].strip()[:1] == ":" or (ev[0] > 0 and text[ev[0] - 1] == ":"):
        return False                               # a sentence start; verb–subject order; «… قال:»
    prev = [_strip(w) for w in text[max(outer[0], vs - 80):vs].split()][-8:]
    if _relative_verb(prev):
        return True                                # «… مزاعم الجماعة التي زعمت أن …»: a relative clause
        #                                            inside the speech is part of it (guide §3)
    if prev and prev[-1] == "كما" and _kama_aside(text, ve):
        return True                                # «… ليست الملائكة كما ادعى، وإنما …»: an aside on
        #                                            the source inside the speech is part of it (guide §5.8)
    if prev and prev[-1] in ("قد", "لقد"):
        prev = prev[:-1]                           # «… أن الشخص الموقوف قد اعترف»: قد opens no clause
    if prev and prev[-1] == "حيث" and _that_speech(text, outer) \
            and not (ev[2] is None and ev[3] == outer[3]):   # (not «وقال فلان إن …، حيث قال إن …»: his next words)
        return True                                # «وأشار إلى أن الوزير أجرى اتصالا، حيث أكد …»: a
        #                                            clause of the that-clause, the outer speaker's words (guide §3;
        #                                            with a subject of its own after «، حيث»: _hith_clause above)
    lead = max((i for i, w in enumerate(prev) if w in _CLAUSE_LEAD or
                (w in ("الا", "غير") and prev[i + 1:i + 2] and prev[i + 1] in _COMPLEMENT)), default=-1)
    if lead >= 0 and prev[lead] in ("الا", "غير"):
        lead += 1                                  # «إلا أنه أكد»: a conjunction, not a complement
    if lead >= 0 and not any(w in _COMPLEMENT for w in prev[lead + (prev[lead] in _COMPLEMENT):]):
        return False                               # «…، وكان المدرب أكد …», «لكنه أكد»
    raw = text[max(outer[0], vs - 80):vs]
    tail = raw[max(raw.rfind("،"), raw.rfind(",")) + 1:].split()
    if 1 <= len(tail) <= 3 and raw.rstrip()[-1:] not in "،," and tail[0][:1] == "و" and \
            _strip(tail[0]) not in _COMPLEMENT and ("،" in raw or "," in raw):
        return False                               # «…، وامرأة تدعي …»: a new clause with its own subject
    return True


def _clause_subject_between(words: list[str]) -> bool:
    """The words from a complementiser to a verb name the clause's subject: a pronoun joined to it («أنه قال»), or
    words after it whose first does not start with ي, the mark read as an imperfect verb's («أن الأمير قال»; not
    «أن يقول», «أن يقذفها ويمضي فقال»; a تـ imperfect is not told from a noun here)."""
    return bool(words) and (words[1][:1] != "ي" if len(words) > 1 else words[0] not in ("ان", "بان", "وان"))


def _last_complement(text: str, vs: int) -> int:
    """Where the last complementiser (a bare token of :data:`_COMPLEMENT`: أن، إن، بأن، أنه …) in the 80 characters
    before ``vs`` starts, else -1."""
    for s, _e, tok in reversed(list(_tokens(text, vs - 80, vs))):
        if tok in _COMPLEMENT:
            return s
    return -1


#: «when» before a verb: a time clause of the sentence it stands in
_WHEN = frozenset("حينما عندما حين لما".split())


def _when_said(text: str, outer, ev, vs: int) -> bool:
    """A verb of saying with no subject of its own right after حينما/عندما/حين/لما inside a that-clause, in the same
    sentence: the time clause is part of that speech («… أن ذلك جاء تعزيزا لما أعلنه قبل سنوات
    حينما قال: …»)."""
    return ev[2] is None and _word_before(text, vs, 12) in _WHEN and \
        _that_speech(text, outer) and not _SENTENCE_STOP.search(text, outer[0], vs)


def _tense_turn(text: str, outer, ev, form: str) -> bool:
    """«وقال فلان في تغريدته: يقتل نفسه … ويزعم أنه يريد الجنة»: inside a colon speech whose verb is in the past, a
    و-verb of saying in the imperfect (ي-) with no subject of its own goes on with that speech (the outlet tells in the
    past: «وأضاف»), about someone the speaker describes."""
    outer_form = _strip(text[outer[4][0]:outer[4][1]]).lstrip("وف")
    return outer[0] > 0 and text[outer[0] - 1] == ":" and form[1:2] == "ي" and ev[2] is None \
        and outer_form[:1] not in ("ي", "ت") and _verb_lemma(outer_form) is not None


def _hith_clause(text: str, outer, ev, vs: int) -> bool:
    """A verb of saying right after «، حيث» inside a that-clause (``outer``, whose speaker is named) with its own
    subject after it: a clause of that speech, the outer speaker's words; not the same speaker's next words (no subject
    of its own, or the same head noun again) nor a sentence of its own. Checked before the subject-order rules of
    :func:`_nested_verbs`, which leave a verb with a titled subject after it its own statement. The later «حيث» rule
    there takes a verb right after حيث (also «حيث قد», with or without a comma) that those rules let through; the two
    stay apart because they stand on either side of those rules (one condition for both changes which verbs each
    takes)."""
    if ev[2] is None or ev[2][0] < vs or outer[2] is None or outer[0] >= vs - 5 or not _after_hith(text, vs) \
            or ev[0] > 0 and text[ev[0] - 1] == ":" or any(_strip(w) in _CLAUSE_LEAD for w in text[outer[0]:vs].split()[:-1]):
        return False                       # (a colon speech or quotation of its own; a clause opener before it:
        #                                    «… أن ذلك ليس جديدا، حيث اعتاد …، ولكنها …، حيث يقول فلان: «…»»)
    heads = [(text[sp[0]:sp[1]].split() or [""])[0] for sp in (ev[2], outer[2])]
    same = _strip(heads[0]).removeprefix("ال") == _strip(heads[1]).removeprefix("ال")
    return not same and _that_speech(text, outer)      # («وقالت مصادر … إن …، حيث أوضحت المصادر أن»: the same one)


def _after_hith(text: str, vs: int) -> bool:
    """The verb at ``vs`` comes right after «، حيث» (a comma, then «حيث», «where/as»)."""
    prev = text[max(0, vs - 12):vs].split()
    return bool(prev) and _strip(prev[-1]) == "حيث" and _char_before(text, text.rfind(prev[-1], 0, vs)) in ("،", ",")


def _that_speech(text: str, outer) -> bool:
    """The speech of event ``outer`` opens with a complementiser (أن، إن، بأن): a that-clause, not a colon speech, a
    quotation or a noun complement."""
    return _word_after(text, outer[0], 12) in _COMPLEMENT


def _in_that_clause(text: str, vs: int, most: int = 8) -> bool:
    """The verb at ``vs`` stands in a that-clause: أن/إن/بأن (أنه …) then at most ``most`` words, with no
    punctuation, unclosed quotation mark or clause opener (لكن، حيث، كما …) between («… أن الحكومة حذرت»)."""
    words = text[max(0, vs - 80):vs].split()
    k = max((i for i, w in enumerate(words) if w in _COMPLEMENT), default=-1)
    if k < 0 or len(words) - k - 1 > most:
        return False
    between = words[k + 1:]
    joined = " ".join(between)
    return sum(joined.count(c) for c in "«»\"“”") % 2 == 0 and _CLAUSE_PUNCT.isdisjoint(joined) and not any(
        w in _CLAUSE_LEAD for w in between)


_CLAUSE_PUNCT = frozenset("،,.:؛!؟?")


#: a relative pronoun right before a verb (or before كان/ظل/قد … and the verb): «التي زعمت»، «الذي ظل يؤكد»
_RELATIVE_PRONOUNS = frozenset(w for w in _WHICH if w[:1] != "و") | {"اللواتي"}   # (saying's _WHICH without و)
_RELATIVE_AUX = frozenset("كان كانت كانوا ظل ظلت ظلوا قد لم لا ما زال زالت زالوا مازال مازالت مازالوا يزال تزال يزالون"
                          .split())


def _relative_verb(prev: list[str]) -> bool:
    """The words ``prev`` before a verb end with a relative pronoun, or with one and an auxiliary, or with one,
    «ما/لا» and an auxiliary («التي ما زالت»)."""
    k = len(prev)
    while k > 0 and len(prev) - k < 2 and prev[k - 1] in _RELATIVE_AUX:
        k -= 1                             # «التي ما زالت تؤكد»: «ما زال» written as two words
    return k > 0 and prev[k - 1] in _RELATIVE_PRONOUNS and (len(prev) - k < 2 or prev[k] in ("ما", "لا"))


def _plural_after_vso(text: str, outer, form: str) -> bool:
    """A plural verb joined by و after an outer verb written before its subject: the verb before its subject
    is singular, the later one agrees in number («وطالب الخطباء بـ…، وأكدوا على …»: the same speakers)."""
    return _gender(form) == "p" and outer[2] is not None and outer[2][0] >= outer[4][1] \
        and _gender(_strip(text[outer[4][0]:outer[4][1]])) in ("m", "f")


def _titled_subject_after(text: str, ev) -> bool:
    """The speaker comes after the verb and opens with a title, an organisation or a source
    («، صرح مندوب ثان بأنه …»): verb–subject order, a main clause of its own; not after a subject
    of its own in a that-clause («… أن الحكومة حذرت الجماعة من …»: the phrase after is its object)."""
    sp = ev[2]
    if sp is None or sp[0] < ev[4][1] or _in_that_clause(text, ev[4][0], 4) and \
            text[:ev[4][0]].split()[-1] not in _COMPLEMENT:
        return False
    words = [_strip(w) for w in text[sp[0]:sp[1]].split()]
    return bool(words) and (_role_end(words) > 0 or words[0] in _SOURCE_WORDS)


def _participle_speakers(events: list, text: str, bounds: list[int], quotes=None) -> list:
    """An adverbial participle with no subject of its own («…، مشيرا إلى أن …», «…، سائلا الله …»)
    speaks for the subject of its sentence: the speaker of the last verb of saying before it in
    that sentence («أفاد مصدر …، مشيرا») that is not inside another's speech («أضاف المركز أن …
    التي يتوقع كثيرون أن …، مشيرا» → المركز, not a relative clause's) and agrees with it (مشيرة → a feminine verb), else
    the noun phrase after the sentence's first verb («ووجه الإمام رسالة …، معبرا عن …»)."""
    out = list(events)
    cover = _Cover(events)                             # (which verbs are inside another's speech, in one sweep)
    marks = _SpeakerIndex((), quotes or ())
    order = sorted(range(len(out)), key=lambda k: out[k][4][0])   # (the events by verb start, which the loop
    starts = [out[k][4][0] for k in order]                         # never changes: a sentence's, not all, read)
    for i, ev in enumerate(out):
        vs, ve = ev[4]
        if ev[2] is not None or ve <= vs or ev[3] == "تصريح":
            continue                                   # (the first tests of the condition below, before its work)
        raw = _strip(text[vs:ve])
        form = raw[1:] if raw[:1] in "وف" and len(raw) > 4 else raw
        s0 = _sentence(text, bounds, vs)[0]
        joined = raw[:1] in "وف" and bool(text[s0:vs].strip()) \
            and not _inside(vs, cover, ev)            # (not a verb inside someone's speech)
        if ev[2] is not None or ve <= vs or ev[3] == "تصريح" or not (form[:1] == "م" and form.endswith(("ا", "ة", "ين"))
                                                  or _is_participle(form) or joined):
            continue                                   # (also «وندد فلان بـ… وقال: …»: و + verb mid-sentence)
        near = sorted(order[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, vs)])   # (in list order)
        before = [o for o in map(out.__getitem__, near) if o[2] is not None and o[4][1] > o[4][0]
                  and not marks.quoted_elsewhere(o[4][0], vs)]   # (a verb inside a quotation is part of its words)
        before = [o for o in before if not _ATTRIB.match(text, o[4][0])] or before   # a verb's subject before
        #                                              an aside on the source («، حسب ما نقلت عنه الوكالة،»)
        free = _unheld(before)                         # (not inside another's span: a sweep, not a pair loop)
        outer = [o for k, o in enumerate(before) if free[k]
                 and _word_before(text, o[4][0], 8) not in _WHICH
                 and not _divine(text, o[2])]      # «حيث قال تعالى (…)، مشيرا»: the writer's citation
        g = _gender(form)
        outer = [o for o in outer if {g, _verb_gender(text, o[4])} != {"m", "f"}] or outer
        last = max(outer, key=lambda o: o[4][0]) if outer else None
        sp = last[2] if last else _sentence_subject(text, s0, vs) or _lead_subject(text, s0, vs, form) \
            or _front_subject(text, s0, vs, form)
        if last is not None and _strip(text[last[4][0]:last[4][1]]).startswith(("قول", "بقول")) and not joined:
            sp = _reporter(text, s0, last[4][0], g) or sp   # «ونقل فلان عن سكان قولهم إن …، مشيرا»: a participle
            #                       that agrees with نقل and not with «قولهم» goes with the subject of نقل
        if sp is None and joined and not outer:
            sp = _comma_clause_subject(text, s0, vs)   # «…، ورفع الصحفيون الأعلام، وأحرقوا …، ودعوا»
        if joined and not outer and sp is not None and not _plain_subject(text, sp):
            sp = None                                  # «وبعد زيارتي للدكتور … وقال»: no subject there
        if sp is not None and marks.quoted_elsewhere(sp[0], vs):
            sp = None                                  # «… فرغم تداخل …»، وتابع: a subject inside a quotation
        if sp is not None:
            out[i] = (ev[0], ev[1], sp, *ev[3:])
    return out


#: «(عندما) سئل فلان عن …»: was asked (normalised; سئلت for a woman), before the answer
_ASKED_PASSIVE = re.compile(r"(?<!\S)[وف]?سئل(ت?)\s+")


def _asked_speakers(events: list, text: str, bounds: list[int]) -> list:
    """A verb of saying with no subject of its own in a sentence that names, before it, who was asked («عندما سئل فلان،
    أمس، عما إذا كان …، أجاب قائلا: …», «وسئل الوزير عن … فقال: …»): the one asked answers, so that phrase speaks (the
    noun phrase right after the passive سئل/سئلت, of the verb's gender, when no verb of saying with a speaker stands
    between them); not the speaker named in an earlier sentence, which a subjectless verb would otherwise take."""
    if "سئل" not in text:
        return events
    out = list(events)
    for i, ev in enumerate(out):
        vs, ve = ev[4]
        if ev[2] is not None or ve <= vs:
            continue
        s0 = _sentence(text, bounds, vs)[0]
        m = None
        for m in _ASKED_PASSIVE.finditer(text, s0, vs):
            pass
        if m is None:
            continue
        np = _speaker_np(text, m.end(), vs)
        if np is None or np[0] != m.end() or np[1] >= vs or not agent(text, np):
            continue                                   # («سئل عن …»: no one named; the carried speaker stays)
        raw = _strip(text[vs:ve])
        if _gender(raw) != ("f" if m.group(1) else "m") or any(
                o[2] is not None and m.end() < o[4][0] < vs for o in out):
            continue                                   # (another verb with its own speaker between them)
        out[i] = (ev[0], ev[1], np, *ev[3:])
    return out


def _reporter(text: str, s0: int, vs: int, gender: str):
    """The subject of «نقل» in «نقل فلان عن الوزير قوله» (the form «قوله» at ``vs``) for a later participle of
    ``gender``: the noun phrase between a form of نقل of that gender and the last «عن» before ``vs`` in the sentence
    from ``s0``, when «قوله/قولها/قولهم» is of another gender or number (the participle is not the quoted one's);
    else None."""
    toks = list(_tokens(text, s0, vs))[-30:]
    at = [k for k, t in enumerate(toks) if _strip(t[2]) == "عن"]
    verb = [k for k, t in enumerate(toks[:at[-1]]) if _verb_lemma(t[2]) == "نقل"] if at else []
    said = _strip(text[vs:vs + 12].split()[0]) if text[vs:vs + 12].split() else ""
    quoted = "p" if said.endswith(("هم", "هما")) else "f" if said.endswith("ها") else "m"
    if not verb or verb[-1] + 1 >= at[-1] or _gender(_strip(toks[verb[-1]][2])) != gender or quoted == gender:
        return None
    np = _speaker_np(text, toks[verb[-1] + 1][0], toks[at[-1]][0])
    return np if np is not None and np[0] == toks[verb[-1] + 1][0] else None


def _unheld(events: list) -> list[bool]:
    """For each event, whether no other one of ``events`` (by identity) has a span ``[start, end)`` that holds its
    verb's start: ``not any(p is not o and p[0] <= o[4][0] < p[1] for p in events)``, by one sweep by start."""
    spans = sorted(events, key=lambda p: p[0])
    best, second = (None, None), (None, None)        # (end, event): the furthest end so far and the next, another event
    free = [True] * len(events)
    j = 0
    for k in sorted(range(len(events)), key=lambda k: events[k][4][0]):
        o, x = events[k], events[k][4][0]
        while j < len(spans) and spans[j][0] <= x:
            p = spans[j]
            if p is not best[1] and (best[0] is None or p[1] > best[0]):
                best, second = (p[1], p), best
            elif p is not best[1] and p is not second[1] and (second[0] is None or p[1] > second[0]):
                second = (p[1], p)
            j += 1
        end = second[0] if best[1] is o else best[0]
        free[k] = end is None or end <= x
    return free


#: God or the Prophet as the speaker of a cited verse or hadith (normalised)
_DIVINE = frozenset(["تعالي", "الله", "الله تعالي", "الله سبحانه", "الله عز وجل", "الله عز", "الله جل", "المولي عز وجل",
                     "المولي عز", "سبحانه", "الحق تعالي"])


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
    if toks and _strip(toks[0][2])[:1] in "وف" and _strip(toks[0][2])[1:] in _PLACE_PREPS:
        found = _said_after_opener(text, s0, vs)
        if found is not None:
            return found                               # «وعلى صفحته بموقع فيسبوك أعلن فلان عن …، مشيرا»
    lead = next((k + 1 for k, t in enumerate(toks[:3]) if t[2][-1:] in "،,"), 0)
    if lead and lead < len(toks) and _strip(toks[0][2]).lstrip("و") in ("بدوره", "بدورها", "من", "في", "علي") \
            and not _strip(toks[lead][2]).startswith("ال") and _strip(toks[lead][2]) not in _NP_STOP:
        toks = toks[lead:]                             # «بدوره، وصف المفتي …، قائلا»
    elif len(toks) > 1 and _strip(toks[0][2]) in ("وقد", "فقد", "لقد") and toks[0][2][-1:] not in "،," \
            and _strip(toks[1][2]).isalpha() and not _strip(toks[1][2]).startswith("ال"):
        toks = toks[1:]                                # «فقد عبر المعلق فلان عن …، قائلا»: قد, then its verb
    elif not toks or len(_strip(toks[0][2])) < 3 or _strip(toks[0][2])[:1] not in "وف" \
            or _strip(toks[0][2])[1:] in _NP_STOP or _strip(toks[0][2])[1:3] == "ال" \
            and _strip(toks[0][2])[1:] not in _AL_VERBS:
        found = _clause_subject(text, s0, vs)          # «أعلنت قيادة القوات …، داعية»: a titled subject
        return found[0] if found else None
    np = _speaker_np(text, toks[0][1], vs)
    if np is None or np[0] >= vs:
        return None
    words = [_strip(w) for w in text[np[0]:np[1]].split()]
    return np if words and (_role_end(words) or words[0] in _SOURCE_WORDS or len(words) <= 4) else None


#: verbs written with «ال» first once normalised (ألقى، التقى، ألمح …): after و a verb, not و + an ال-noun
_AL_VERBS = frozenset("القي الغي الزم المح الحق الح التقي التزم التمس التفت".split())
#: prepositions that open a sentence's setting before its verb («وعلى صفحته …», «وفي كلمته …», «وخلال اللقاء …»)
_PLACE_PREPS = frozenset("علي في من عبر خلال امام عن".split())


def _said_after_opener(text: str, s0: int, vs: int):
    """A sentence that opens with و + a prepositional phrase, then within eight words (no comma) a verb of saying:
    the plain noun phrase of at most four words after that verb, else None."""
    for k, (s, e, tok) in enumerate(_tokens(text, s0, vs)):
        if k >= 8 or tok[-1:] in "،,:":
            return None
        if k and _verb_lemma(tok) is not None:
            np = _speaker_np(text, e, vs)
            words = [_strip(x) for x in text[np[0]:np[1]].split()] if np else []
            return np if words and len(words) <= 4 and np[0] < vs and _plain_subject(text, np) else None
    return None


def _lead_subject(text: str, s0: int, vs: int, form: str):
    """«شككت قيادات يمنية في …، مؤكدة أن …»: a sentence that opens with a verb without و (past in ـت or
    imperfect in ي/ت: a news lead) whose gender the participle ``form`` shares; its plain noun phrase of at
    most four words speaks (or None)."""
    first = next(_tokens(text, s0, vs), None)
    if first is None or not form.startswith("م"):
        return None
    w = _strip(first[2])
    if len(w) < 4 or not _verb_like(w) or w[:1] in "وف" or not (w.endswith("ت") or w[:1] in "يت"):
        return None
    g = "f" if form.endswith("ة") else "p" if form.endswith("ين") else "m"
    if _gender(w) != g and not (g == "p" and w.endswith("ون")):
        return None
    np = _speaker_np(text, first[1], vs)
    words = [_strip(x) for x in text[np[0]:np[1]].split()] if np else []
    return np if words and len(words) <= 4 and np[0] < vs and _plain_subject(text, np) else None


def _front_subject(text: str, s0: int, vs: int, form: str):
    """«الشاعر فلان علق قائلا:», «أما الوزير فلان فختم حديثه قائلا:»: a participle ``form`` right after a verb (and
    its object with a pronoun) whose subject stands before it at the sentence start: that subject, when a title,
    body or source word opens it (:func:`_subject_before`); else None."""
    if not _is_participle(form):
        return None
    toks = list(_tokens(text, s0, vs))[-3:]
    if len(toks) >= 2 and len(_strip(toks[-1][2])) > 3 and _strip(toks[-1][2]).endswith(("ه", "ها", "هم")) \
            and not _strip(toks[-1][2]).startswith("ال"):
        toks = toks[:-1]                               # «ختم حديثه قائلا»: the verb's object
    verb = _strip(toks[-1][2]) if toks else ""
    g = "f" if form.endswith("ة") else "p" if form.endswith("ين") else "m"
    if len(toks) < 2 or any(c in toks[-1][2] for c in _PUNCT) or len(verb) > 6 or verb.startswith("عبد") \
            or not (_verb_like(verb) or verb in ("رد", "فرد")) or _gender(verb) != g:
        return None                                    # («رد قائلا»: a verb of two letters; the verb agrees with the
        #                                                participle: not «… الملك سلمان بن عبدالعزيز مشيدين»)
    sp = _titled_phrase(text, _subject_before(text, s0, toks[-1][0]), toks[-1][0])
    return sp if sp is not None and not text[sp[1]:toks[-1][0]].strip(" )»\"”") else None


def _titled_phrase(text: str, sp, vs: int):
    """``sp`` when it is a speaker phrase read whole (:func:`_speaker_np` from its start reaches its end, before
    ``vs``) that opens with a title, a personal title, a body or a source noun, else None (not «الرئيس تعامل مع
    النزاع …»: a clause; not «ما حدث …»)."""
    if sp is None or sp[1] > vs:
        return None
    first = _strip((text[sp[0]:sp[1]].split() or [""])[0])
    if len(first) < 2 or first not in _ROLE_WORDS and first not in _PERSONAL_TITLES and first not in _ORG_WORDS \
            and first not in _GENERIC_SOURCES:
        return None                                    # (not «م.», an abbreviation after a sentence's last word)
    np = _speaker_np(text, sp[0], vs)
    rest = text[np[1]:sp[1]].strip() if np is not None else ""
    return sp if np is not None and np[0] == sp[0] and (np[1] >= sp[1] - 1 or rest[:1] == "(" and ")" not in rest[:-1]) \
        else None                                      # («الشاعر (فلان)»: the name in brackets)


#: words that open a sentence before its verb («بدوره، أكد …»، «وكان الوزير …» is the verb كان itself)
_OPENING = frozenset("بدوره بدورها بدورهم جهته جهتها جانبه جانبها المقابل كما وكما وقد فقد قد ثم فيما وفيما بينما "
                     "حيث اذ وحيث ولكن لكن اما واما من في وفي".split())


def _comma_clause_subject(text: str, s0: int, vs: int):
    """The subject of the nearest clause before ``vs`` in its sentence that opens after a comma with و + a
    verb in the singular and a plain noun phrase after it («…، ورفع الصحفيون الأعلام، وأحرقوا العلم، ودعوا
    …» → الصحفيون: a verb in وا has a pronoun subject, so the words after it are its object), or None."""
    cut = vs
    for _ in range(4):
        end, cut = cut, max(text.rfind("،", s0, cut), text.rfind(",", s0, cut))
        if cut < 0 or any(c in text[cut:end] for c in "«»\"“”"):
            return None                    # (no clause inside a quotation)
        toks = list(itertools.islice(_tokens(text, cut + 1, end), 2))
        if not toks:
            continue                       # (the comma right before the verb)
        w = _strip(toks[0][2])
        if len(toks) < 2 or w[:1] != "و" or not _verb_like(w):
            return None
        if w.endswith(("وا", "تم", "نا")):
            continue                       # «وأحرقوا العلم»: a pronoun subject, look further back
        np = _speaker_np(text, toks[0][1], end)
        return np if np is not None and np[0] == toks[1][0] and _plain_subject(text, np) else None
    return None


def _verb_like(w: str) -> bool:
    """A (normalised) word that may be a verb opening a clause: no article or preposition, not a noun
    in ة/ات, not a title (nor one after لـ/بـ: «ولسمو ولي العهد»), a stop word or a complementiser."""
    v = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    return not (len(v) < 3 or v.startswith(("ال", "لل", "بال")) or v in _NP_STOP or v in _COMPLEMENT
                or v in _TITLE_WORDS or v in _PERSONAL_TITLES or v.endswith(("ة", "ات", "ين", "ون"))
                or v[:1] in "لب" and v[1:] in _HONORIFICS
                or any(ch.isdigit() for ch in v) or v in _LEAD or v in _CLAUSE_LEAD or not v.isalpha())


def _clause_subject(text: str, s0: int, end: int, names: bool = False):
    """``(noun phrase, gender)`` of the first clause of ``text[s0:end]`` that opens with a verb and a
    titled subject (with ``names``, also a person's name: :func:`_name_subject`) («رفع صاحب السمو الأمير فلان …»، «وفيما يتعلق بـ…، أبدى الرئيس فلان …»، «أعلنت قيادة
    القوات …»), looking at the sentence start and after each of its first three commas (in its first 200
    characters); None when there is none. The verb is told by its place and shape (no article, no preposition, not
    a noun in ة/ات, not a title). At the sentence start a place in في may stand before the verb («وفي المدينة
    المنورة تحدث فضيلة الشيخ …»: a verb among its next four words); the blessing «بحفظ الله ورعايته» may stand
    between the verb and its subject («وصل - بحفظ الله ورعايته - الأمير فلان»). After a comma, a subject fronted by كان/أما
    before the verb (:func:`_fronted_subject`) is that clause's."""
    starts = [s0] + [s0 + m.start() + 1 for m in re.finditer("[،,]", text[s0:min(end, s0 + 200)])][:3]
    for c in starts:
        toks = list(itertools.islice(_tokens(text, c, end), 8))
        place = False
        opens = bool(toks)                         # (a name subject only right after a clause's first word)
        if len(toks) > 2 and _strip(toks[0][2]) in ("الي", "والي") and _strip(toks[1][2]) == "ذلك" \
                and toks[0][2][-1:] not in "،,":
            toks, opens = toks[2:], False          # «إلى ذلك دعا الأمين العام فلان …»: a linker, then the verb
        while toks and _strip(toks[0][2]) in _OPENING and toks[0][2][-1:] not in "،,":
            opens = False
            place = place or _strip(toks[0][2]) in ("في", "وفي")
            toks = toks[1:]
        if place and c == s0:                      # «وفي المدينة المنورة تحدث فضيلة الشيخ …»: a place before the verb
            k = next((k for k in range(min(4, len(toks))) if _verb_like(_strip(toks[k][2]))), 0)
            if k and toks[k - 1][2][-1:] not in "،,.:؛":
                toks = toks[k:]
        if not toks or toks[0][2][-1:] in "،,.:؛":
            continue
        w = _strip(toks[0][2])
        v = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        if not _verb_like(w) or c > s0 and v == w and len(w) >= 4 and w.endswith(("ها", "هم", "هما")):
            continue                               # «…، بثها التلفزيون الرسمي، …»: a verb with its object pronoun
            #                                        after a comma describes the noun before it (no new clause)
        front = _fronted_subject(text, s0, toks[0][0]) if c > s0 else None
        if front is not None:
            return front, _gender(v)               # «وكان فلان، طالب الوزير …»: the subject before the verb
        k = next((j + 1 for j in range(1, min(6, len(toks) - 1)) if _strip(toks[j][2]) == "ورعايته"), 1) \
            if "بحفظ" in (_strip(t[2]) for t in toks[1:3]) else 1   # «وصل - بحفظ الله ورعايته - الأمير فلان»
        if k > 1 and len(toks) > k and not _strip(toks[k][2]):
            k += 1                                 # (a dash standing alone after the formula)
        np = _speaker_np(text, toks[k - 1][1], end)
        if np is None or len(toks) <= k or np[0] != toks[k][0]:
            continue
        words = [_strip(x) for x in text[np[0]:np[1]].split()]
        if words and (words[0] in _TITLE_WORDS or words[0] in _PERSONAL_TITLES or words[0] in _SOURCE_WORDS
                      and words[0] not in ("نص", "النص", "ما")
                      or words[0] in ("صاحب", "سمو", "معالي", "فخامة")
                      or words[0] == "امام" and _role_end(words) > 0   # (إمام المسجد …; not any agent noun)
                      or names and opens and _opens_verb(w) and _name_subject(words) and agent(text, np)
                      and (_kin_name(words) or _titled_after(text, np[1]) or _says_after(text, w, np[1], end))):
            return np, _gender(v)                  # (not «من المستحيل ذلك», «يلي نص الحوار»)
    return None


def _opens_verb(w: str) -> bool:
    """The clause's first word ``w`` (stripped) is a verb before a name subject: three letters or more without و/ف,
    neither a stop word, a negation, a word on a demonstrative nor a title («وعن أولويات الوزارة قال»: about; «ولا
    يمكن …»، «ولذلك جاءت …»: particles; «، خطيب جامع …»: an apposition)."""
    v = w[1:] if w[:1] in "وف" else w
    return len(v) >= 3 and v not in _NP_STOP and v not in _NEGATIONS and w not in _NEGATIONS \
        and not v.endswith(("ذلك", "هذا", "هذه")) and _role_end([w]) == 0 and _role_end([v]) == 0


def _kin_name(words: list[str]) -> bool:
    """The phrase opens with a kin word and its pronoun («ابنته»، «شقيقها», :data:`_KIN`)."""
    first = words[0]
    return len(first) > 3 and first.endswith(("ه", "ها")) and first[:-1].rstrip("ه") in _KIN


def _says_after(text: str, w: str, np_end: int, end: int) -> bool:
    """The clause's first word ``w`` is a finite verb of saying (no participle) and its speech opens within four words
    after the phrase ending at ``np_end`` (a quotation mark, a colon or a complementiser: «وتقول منظمة فلان «…»»); not
    a phrase followed by more words, which is an object («وكتب قصائد كثيرة …»)."""
    if _verb_lemma(w) is None or _is_participle(w) or _verb_lemma(w) in _THAT_ONLY:
        return False
    for k, (s, e, tok) in enumerate(itertools.islice(_tokens(text, np_end, end), 4)):
        if tok[:1] in "«\"“:" or _strip(tok) in _COMPLEMENT:
            return True
        if tok[-1:] in ":":
            return k < 3
    return False


def _titled_after(text: str, end: int) -> bool:
    """A comma and a title follow the phrase ending at ``end``: a name in apposition («رفض فلان، الناطق باسم …»)."""
    m = re.match(r"\s*[،,]\s*(\S+)(?:\s+(\S+))?", text[end:end + 60])
    return m is not None and _role_end([_strip(w) for w in m.groups() if w]) > 0


def _name_subject(words: list[str]) -> bool:
    """The words of a noun phrase after a clause's verb are a person's name, or a kin word with its pronoun and a name
    («ودافعت ابنته هند عن …»): two to four words, none a stop word, a clause lead or a complementiser; the first (the
    one after a kin word) of letters, without the article (nor بال/لل), not a verb of saying, a place or a word with a
    pronoun; the first word not a noun in ة, a lineage word (بن), a death or an attack (:data:`_OCCURRENCES`: «وأكد
    مقتل القائد …») or a preposition phrase («… رؤية تعبيراته»، «وتحدث بإحدى الشركات»، «قيل لفلان»: an object, an
    adjunct or an addressee)."""
    first = words[0]
    kin = _kin_name(words)
    rest = words[1:] if kin else words
    return 2 <= len(words) <= 4 and not (first.endswith("ة") or first in ("بن", "ابن", "بنت") or first in _OCCURRENCES
                                         or first[:1] in "بلك" and (
        first[1:] in _QUANTIFIERS or len(first) > 4 or first[:1] == "ل" and len(first) > 3)) and all(
        w.isalpha() and len(w) > 1 and not (w.startswith("ال") or w[:1] in "بل" and w[1:3] == "ال" or w in _NP_STOP
                                             or w in _LEAD or _verb_lemma(w) or is_place(w)
                                             or len(w) > 3 and w.endswith(("ه", "ها", "هم", "هما")))
        for w in rest[:1]) and not any(w in _NP_STOP or w in _LEAD or w in _COMPLEMENT or w in ("اذا", "فيه", "فيها", "فيهما")
                                      for w in rest)


_CONTINUE = re.compile(r"[ \t\xa0]*(?:وان|وبان|وانه|وانها|وانهم|كما\s+ان|ف(?!ي(?:ما|ه|ها)?\s)[^\sال]\S*)(?=\s)")


#: words that ف joins to a sentence going on with the speech: pronouns and particles («فهو»، «فإنه»، «فقد»; not an
#: interrogative, «فهل …»: a columnist's rhetorical question is narration, guide §5.3, §5.4)
_AFTER_FA = frozenset("هو هي هم هما هن انه انها انهم ان اننا انني انا نحن قد لقد لا لم لن ما اذا".split())


def _conjunction_fa(word: str) -> bool:
    """A word of :data:`_CONTINUE` whose ف is the conjunction: before a pronoun or particle, a verb of saying or an
    imperfect verb («فيؤكد»), not a word that begins with ف («فضلا عن ذلك»، «فندق»، «فهد»); words without ف pass."""
    if word[:1] != "ف":
        return True
    rest = _strip(word[1:])
    if rest in ("ي", "يما", "يه", "يها"):
        return False                       # «فيما، أعربت …»: في/فيما with a comma after it is no ف + verb
    return rest in _AFTER_FA or rest[:1] in "يت" or _verb_lemma(word) is not None


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
        if m and text[end - 1:end] in ".؟!" and _conjunction_fa(m.group().strip()):
            stop = _sentence_end(text, m.end())
            extra.append((m.start(), stop, ev[2], ev[3], (m.start(), m.start())))
    return sorted(events + extra, key=lambda r: (r[0], r[1])) if extra else events


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
                    and _gender(_strip(text[outer[4][0]:outer[4][1]])) == _gender(form) \
                    and not (form[:1] == "و" and outer[0] > 0 and text[outer[0] - 1] == ":"
                             and _char_before(text, vs) not in ".!؟\n" and ev[3] != "قال" and _we_clause(text, ve, ev[1])):
                #  (a و-verb inside a colon speech, mid-sentence, with «we» after it is the speaker's own:
                #   «قال: …، وأعترف أن إصداراتنا …»; «…، وقال إننا …» is the outlet narrating again)
                out[j] = (outer[0], vs, *outer[2:])
                out[i] = (ev[0], ev[1], outer[2], *ev[3:])
                break
    return out


def _we_clause(text: str, start: int, end: int) -> bool:
    """The words right after a verb (up to 12, to ``end``) speak in the first person plural: «إصداراتنا»,
    «لأننا», «نحن» (a word of five letters or more ending in «نا»); not after a colon (a new speech)."""
    if text[start:start + 3].strip()[:1] == ":":
        return False
    words = [_strip(w) for w in text[start:end].split()[:12]]
    return any(w.lstrip("وفل") in _FIRST_PERSON or len(w) >= 5 and w.endswith("نا") for w in words)


def _inside(pos: int, events, me) -> bool:
    """Whether an event of ``events`` other than ``me`` (by identity) holds ``pos`` in its ``[start, end)``
    (``events`` may be a :class:`_Cover` of them, for many questions on one list)."""
    if isinstance(events, _Cover):
        return events.holds(pos, me)
    return any(ev is not me and ev[0] <= pos < ev[1] for ev in events)


class _Cover:
    """Spans (tuples whose ``[0]``, ``[1]`` are start and end) that answer «does one other than ``me`` hold
    ``pos``?» in a binary search: sorted by start, with the two longest-reaching spans (by identity) of each
    prefix.  Built once per field, it keeps many questions linear (one long paragraph of thousands of
    verbs of saying would otherwise cost verbs × verbs)."""

    __slots__ = ("starts", "top")

    def __init__(self, spans):
        self.starts, self.top = [], []
        first = second = (-1, None)
        for sp in sorted(spans, key=lambda x: x[0]):
            if sp is not first[1] and sp[1] > second[0]:
                if sp[1] > first[0]:
                    first, second = (sp[1], sp), first
                else:
                    second = (sp[1], sp)
            self.starts.append(sp[0])
            self.top.append((first, second))

    def holds(self, pos: int, me) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return False
        return any(end > pos and sp is not me for end, sp in self.top[i])


def _cut_at_next_speaker(events: list, text: str = "") -> list:
    """A reported span ends where a new verb of saying with its own named speaker begins
    («أوضح مندوب أنه …، وصرح مندوب ثان بأنه …»: two speeches, two speakers); speech after a
    colon and an interview answer run on (the speaker may use verbs of saying himself)."""
    starts = sorted(ev[4][0] for ev in events if ev[2] is not None and ev[4][1] > ev[4][0])
    openers = sorted(ev[4][0] for ev in events if ev[4][1] > ev[4][0] and
                     (ev[4][0] == 0 or _char_before(text, ev[4][0]) in ".!؟\n"))
    named = sorted((ev[4][0], text[ev[2][0]:ev[2][1]]) for ev in events if ev[2] is not None
                   and ev[4][1] > ev[4][0] and ev[0] > 0 and text[ev[0] - 1:ev[0]] == ":"
                   and len(text[ev[2][1]:ev[0]].split()) <= 2 and not _divine(text, ev[2])
                   and not _SCRIPTURE.intersection(_strip(w).lstrip("و") for w in text[ev[4][1]:ev[0]].split()))
    #          («وقال فلان الفلاني:», its colon after the name; not a verse or hadith cited, «وقال الله عن نبيه:»,
    #           «فقال عز من قائل:», «وقال عليه الصلاة والسلام:», which the one citing goes on with)
    resumed = sorted(ev[4][0] for ev in events if ev[4][1] > ev[4][0] and _titled_subject_after(text, ev)
                     and _strip(text[ev[4][0]:ev[4][1]])[:1] in "وف" and _char_before(text, ev[4][0]) in ("،", ","))
    #          («…، ووصف وزير الأوقاف …»: a و-verb after a comma, a titled subject after it)
    out = []
    for ev in events:
        if ev[0] > 0 and text[ev[0] - 1:ev[0]] == ":":
            i = bisect.bisect_right(openers, ev[0])      # «…: كلام. وقال …»: a new sentence of narration
            end = openers[i] if i < len(openers) and openers[i] < ev[1] else ev[1]
            k = bisect.bisect_right(resumed, ev[0])      # «…: كلام، …، ووصف وزير الأوقاف …»: the narration takes
            if k < len(resumed) and resumed[k] < end and len(text[ev[0]:resumed[k]].split()) >= 3:
                end = resumed[k]                         # up again with a verb of saying and its named subject
            who = text[ev[2][0]:ev[2][1]] if ev[2] is not None else None
            j = bisect.bisect_right(named, (ev[0], ""))  # «قال فلان: كلام، وقال عضو المجلس علان: …»: another
            while j < len(named) and named[j][0] < end:   # named speaker given his own colon is a new statement
                if named[j][1] != who and len(text[ev[0]:named[j][0]].split()) >= 3 and _new_statement(text, named[j][0]):
                    #                         (not «عن فلان قال: قال رسول الله …»: a chain that opens the speech)
                    end = named[j][0]
                    break
                j += 1
            out.append((ev[0], end, *ev[2:]) if end < ev[1] else ev)
            continue
        if ev[3] == "answer":
            out.append(ev)                               # an interview answer runs to the next question: the people
            continue                                     # the interviewee quotes speak inside it (guide §5.2)
        i = bisect.bisect_right(starts, ev[0])
        if i < len(starts) and starts[i] < ev[1] and starts[i] > ev[4][1]:
            ev = (ev[0], starts[i], *ev[2:])
        out.append(ev)
    return out


#: words of the formulas that cite scripture or the Prophet («عز من قائل»، «صلى الله عليه وسلم»، «عليه السلام»)
_SCRIPTURE = frozenset("تعالي سبحانه عز جل النبي رسول الرسول المصطفي صلي السلام".split())


#: :data:`_SCRIPTURE` and the name of God: words after a verb that make a bracketed citation a chain of citations
_CITED = _SCRIPTURE | {"الله"}


def _cites_scripture(text: str, ve: int) -> bool:
    """The verb of saying ending at ``ve`` cites scripture: a formula follows it («قال صلى الله عليه وسلم»، «يقول
    تعالى»، «قال الله عز وجل»، «قال النبي …»)."""
    nxt = [_strip(w) for w in text[ve:ve + 30].split()[:2]]
    return bool(nxt) and (nxt[0].lstrip("و") in _SCRIPTURE or nxt[0] == "الله" and nxt[1:2] and nxt[1] in _SCRIPTURE)


def _cited_speech(text: str, ev) -> bool:
    """The speech ``ev`` is a verse's or a hadith's own: its speaker is God or the Prophet (:func:`_divine`, or a
    first word of :data:`_CITED`: «قال الرسول …») or its verb cites scripture (:func:`_cites_scripture`)."""
    sp = ev[2]
    return sp is not None and (_divine(text, sp) or _strip(text[sp[0]:sp[1]].split()[0]) in _CITED) \
        or _cites_scripture(text, ev[4][1])


def _opens_statement(text: str, ev) -> bool:
    """The speech ``ev`` is a statement the outlet reports: a printed text (no verb), a verb that opens its sentence
    or paragraph (after a stop, a colon or a line break, or at the text's start: «وأوضح سماحته أن …»، «وقال معاليه:
    …») or any participle, taken to continue such a verb («…، مؤكدا سماحته أن …»; the verb before it is not
    checked); not a verb inside a column's own sentence («… تحث على العمل، قال تعالى: …»)."""
    vs, ve = ev[4]
    if ve == vs or _is_participle(_strip(text[vs:ve])):
        return True
    before = text[max(0, vs - 200):vs].rstrip(" \t\xa0")
    return before[-1:] in ("", ".", ":", "؛", ";", "!", "؟", "?", "\n")


def _new_statement(text: str, vs: int) -> bool:
    """The verb of saying at ``vs`` opens a new clause of narration: with و/ف, after a comma, or after «من
    جانبه/جهته» («، وقال فلان:»، «ومن جانبه قال فلان:»)."""
    word = _word_after(text, vs, 12)
    return word[:1] in "وف" or _char_before(text, vs) in ("،", ",", "؛") \
        or _word_before(text, vs, 20) in ("جانبه", "جانبها", "جهته", "جهتها", "ناحيته", "ناحيتها")


#: a quotation in Latin letters only, in Arabic text: a film, book or programme title
_LATIN_TITLE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ,:;'’&!?.-]*")
_ARABIC = re.compile("[\u0621-\u064a]")


#: nouns after which a quotation is the name of a thing (a site, a book, a campaign), not someone's words
_NAME_NOUNS = frozenset("""موقع صحيفة جريدة مجلة كتاب كتابه كتابها رواية روايته ديوان فيلم فيلمه مسلسل برنامج برنامجه قناة
بعنوان عنوان عنوانه عنوانها باسم اسم شعار حملة مبادرة مشروع مركز جمعية مؤسسة منظمة ائتلاف تجمع تحالف حركة حزب جماعة
تنظيم كتائب لواء جبهة مجموعة مؤتمر ملتقي منتدي مهرجان معرض جائزة مسابقة تطبيق صفحة حساب هاشتاق وسم تحرير""".split())


#: a year in brackets right after a quotation: the title of a film, book or record («…» (1967))
_WORK_YEAR = re.compile(r"[ \t\xa0]*[(\[][ \t]*(?:1[89]|20)\d\d[ \t]*[)\]]")


def _named_thing(text: str, s: int, e: int) -> bool:
    """A quotation of up to eight words that is a name: after a noun that names a thing
    (:data:`_NAME_NOUNS`: «رئيس تحرير «…»», «رواية بعنوان «…»»), or right after a verb of saying and before
    «في بيان …» (the speaker named in quotes: «وقال «تجمع …» في بيان إن …»), or before a year in brackets
    (:data:`_WORK_YEAR`)."""
    words = text[s + 1:e - 1].split()
    if not words or len(words) > 8 or any(c in text[s + 1:e - 1] for c in ".:؟!?"):
        return False
    head = text[max(0, s - 30):s].split()
    last = _strip(head[-1]) if head else ""
    if last in _NAME_NOUNS or last[:1] in "وبل" and last[1:] in _NAME_NOUNS \
            or last[:2] in ("لل", "وب", "ول") and last[2:] in _NAME_NOUNS:
        return True                                         # «لموقع «…»», «بحملة «…»»
    if _WORK_YEAR.match(text, e):
        return True                                         # «شاهدته في «…» (1967)»: a work and its year
    tail = text[e:e + 20].split()
    return bool(head) and _verb_lemma(head[-1]) is not None and len(tail) > 1 \
        and _in_setting(_strip(tail[0]), _strip(tail[1]))


def _scare(text: str, s: int, e: int) -> bool:
    """A quotation of one or two words (a name, a scare-quoted term) or a title in Latin letters
    (up to twelve words) that no verb of saying or colon introduces, or that a complementiser follows (the subject of the verb before it),
    is not a quotation."""
    inner = text[s + 1:e - 1]
    if len(inner.split()) > 2 and not (len(inner.split()) <= 12 and _LATIN_TITLE.fullmatch(inner.strip())
                                       and _ARABIC.search(text, max(0, s - 40), s)):
        return False                                        # (a title in Latin letters in Arabic text is a name too)
    head = text[max(0, s - 40):s].split()
    if text[max(0, s - 3):s].strip().endswith(":"):
        return False
    if _set_speech(text, s) and _word_after(text, e, 30) not in _COMPLEMENT:
        return False                                        # «وقال الوزير في بيان «الأسرى بخير»»: speech
    if head and _strip(head[-1]) in _SOURCE_ORGS and text[e:e + 30].split()[:1] != []:
        return True                                         # «وقالت حركة «حماس» في بيان»: a name
    tail = text[e:e + 30].lstrip(" ،,").split()
    if text[e:e + 3].strip()[:1] in "،," and tail and _verb_lemma(tail[0]) is not None:
        return False                                        # «…»، قال الوزير
    if tail and text[e:e + 3].strip()[:1] not in "،,.:" and _strip(tail[0]) in _COMPLEMENT \
            and _strip(tail[0])[:1] != "ب" and not any(_naming(w) for w in head[-3:]):
        return True                                         # «وتقول "الجهة" إن …»: the subject, named in quotes
    return not any(_verb_lemma(w) is not None or _naming(w) for w in head[-3:])


def _set_speech(text: str, s: int) -> bool:
    """The quotation at ``s`` follows a verb of saying, its subject (up to four words) and where it spoke
    («في بيان»، «في تصريح صحفي»): speech of any length — «وقال الوزير في بيان «الأسرى بخير»»."""
    head = [_strip(w) for w in re.split(r"[.:؛\n]", text[max(0, s - 90):s])[-1].split()]
    k = next((j for j in (len(head) - 2, len(head) - 3) if j >= 1 and _in_setting(head[j], head[j + 1])), None)
    return k is not None and any(_verb_lemma(w) is not None for w in head[max(0, k - 5):k])


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
    before it or right after it («"…"، قال الوزير»).  ``events``: the field's speech events, or their
    :class:`_SpeakerIndex` when many quotations ask (each question then costs a binary search)."""
    index = events if isinstance(events, _SpeakerIndex) else _SpeakerIndex(events)
    holder = index.holder(s)
    if holder is not None:                 # (an empty span at the quote: «قال فلان في بيان "…"»); the
        return holder[2], holder[3]        # latest-starting: «وأضاف المصدر - حسب الوكالة - أن «…»»
    s0, e0 = _sentence(text, bounds, s)
    best = None                            # ((distance, event order), speaker, verb)
    for k, ev in index.speakers_from(s0, s):
        sp = ev[2]
        if index.quoted_elsewhere(sp[0], s):
            continue                       # a subject inside an earlier quotation is part of its words
        cand = ((s - sp[1], k), sp, ev[3])
        if best is None or cand[0] < best[0]:
            best = cand
    for k, ev in index.speakers_from(e, e + 80):
        sp = ev[2]
        after = sp[0] < e0 or (e0 <= e and "\n" not in text[e:sp[0]])
        if after and _postposed(text, e, ev[4]):
            cand = ((sp[0] - e, k), sp, ev[3])
            if best is None or cand[0] < best[0]:
                best = cand
    return (best[1], best[2]) if best else (None, "")


class _SpeakerIndex:
    """The speech events that name a speaker, sorted twice for :func:`_quote_speaker`: by span start (with the
    latest-reaching end of each prefix, to find the latest-starting span that holds a position without
    reading them all) and by the speaker's start (the speakers between two positions).  Ties keep the events'
    order, as a loop over the list would."""

    __slots__ = ("spans", "starts", "reach", "speakers", "sp_starts", "quotes", "qstarts")

    def __init__(self, events, quotes=()):
        self.quotes = sorted(quotes)
        self.qstarts = [q[0] for q in self.quotes]
        named = [(k, ev) for k, ev in enumerate(events) if ev[2] is not None]
        self.spans = sorted(named, key=lambda kv: (kv[1][0], kv[0]))
        self.starts = [ev[0] for _, ev in self.spans]
        self.reach, far = [], -1
        for _, ev in self.spans:
            far = max(far, ev[1])
            self.reach.append(far)
        self.speakers = sorted(named, key=lambda kv: (kv[1][2][0], kv[0]))
        self.sp_starts = [ev[2][0] for _, ev in self.speakers]

    def holder(self, pos: int):
        """The latest-starting event with ``start <= pos < end`` (or an empty span at ``pos``), the first
        in the events' order among equal starts; ``None`` when none holds it."""
        i = bisect.bisect_right(self.starts, pos) - 1
        found = None
        while i >= 0 and (self.reach[i] > pos or self.starts[i] == pos):
            k, ev = self.spans[i]
            if found is not None and ev[0] < found[1][0]:
                break
            if ev[0] <= pos < ev[1] or ev[0] == ev[1] == pos:
                found = (k, ev)            # (walking back: the last found of a start is the first in order)
            i -= 1
        return None if found is None else found[1]

    def quoted_elsewhere(self, at: int, pos: int) -> bool:
        """``at`` lies inside one of the field's quotations that does not hold ``pos``."""
        j = bisect.bisect_right(self.qstarts, at) - 1
        return j >= 0 and at < self.quotes[j][1] and not self.quotes[j][0] <= pos < self.quotes[j][1]

    def speakers_from(self, lo: int, hi: int):
        """``(order, event)`` of the events whose speaker starts in ``[lo, hi)``."""
        i = bisect.bisect_left(self.sp_starts, lo)
        j = bisect.bisect_left(self.sp_starts, hi)
        return self.speakers[i:j]


def _postposed(text: str, e: int, verb) -> bool:
    """A verb right after a quotation's end, with nothing but punctuation (or «هكذا») between and no و/ف of
    its own: «"…"، قال الوزير» names the quotation's speaker; «"…"، وأعرب فلان عن …» is a new
    statement."""
    vs, ve = verb
    form = _strip(text[vs:ve])
    if form[:1] in "وف" and len(form) > 3 and (_verb_lemma(form[1:]) is not None or form[1:] in _verb_table()):
        return False
    between = text[e:vs].strip(" ،,.:؛;-–—«»\"“”'\n")
    return vs >= e and (not between or between in ("هكذا", "كذا"))   # «"…"، هكذا يؤكد الخبير فلان»
