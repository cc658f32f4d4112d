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

This module assembles the rules (:class:`Voices`, :func:`voice_spans`) and re-exports the public
names; the rules live in :mod:`~framing.lexicon.saying` (verbs of saying, shared word helpers),
:mod:`~framing.lexicon.quotes` (sentences, quotation marks), :mod:`~framing.lexicon.places`,
:mod:`~framing.lexicon.speakers` (speaker phrase, roles), :mod:`~framing.lexicon.speech` (reported
speech) and :mod:`~framing.lexicon.headlines`, each importing only the ones before it.
"""
from __future__ import annotations

import bisect
import re

from .headlines import _HEADLINE, HEADLINE_RUBRICS, headline_span, headline_speaker, rubrics
from .places import is_place
from .quotes import MAX_QUOTE, MAX_SENTENCE, _merge, quote_spans, sentence_bounds
from .saying import _WHICH, _is_participle, _strip, _verb_gender, _verb_lemma, _word_before
from .speakers import (_GENERIC_SOURCES, _QUANTIFIERS, _SOURCE_WORDS, _TITLE_WORDS, _role_end, agent,
                       honorific_mention, pronoun_title, split_speaker)
from .speech import (
    _ATTRIB, _NOT_SOURCES, _after_hith, _clause_subject, _continued, _coordinated, _cut_at_next_speaker, _divine, _holds_speech, _inside, _Cover,
    _narrated_end, _in_that_clause, _nested_verbs,
    _asked_speakers, _participle_speakers, _pronoun_source, _quote_speaker, _scare, _SpeakerIndex, _source_phrase, reported_spans, _named_thing,
    speech_events)

__all__ = ["quote_spans", "reported_spans", "headline_span", "headline_speaker", "voice_spans", "voice_at",
           "speech_events", "sentence_bounds", "split_speaker", "rubrics", "is_place", "Voices",
           "HEADLINE_RUBRICS"]


# --------------------------------------------------------------------------------------- assembling

#: words that bind a name to the next word (normalised: آل is «ال»): «آل مبارك», «أبو مازن», «بن علي»
_NAME_LINKS = frozenset("ال ابو ابا ابي ام بن ابن بنت عبد ذو".split())
#: «عن» right before a name: a hadith's narrator (:func:`~framing.lexicon.speakers.narrator`)
_NARRATOR_BEFORE = re.compile(r"(?<!\S)[وف]?عن\s+$")
#: the blessing after a companion's name («رضي الله عنه»): with «عن» before the name, a hadith's narrator (not a source)
_BLESSED = re.compile(r"\s*[-–(]?\s*رضي\s+الله\s+عن")
#: «بن»/«ابن» (son of): a lineage, «فهد بن سلطان بن عبدالعزيز»
_SON_OF = frozenset(("بن", "ابن"))

#: how far back (characters) a speech without a named speaker looks for the last one named
CARRY_SPEAKER = 1500


class Voices:
    """The voice spans of one normalised field; :meth:`at` labels one position.

    ``quoted``: non-overlapping ``(start, end)``; ``reported``: ``speech_events`` tuples sorted
    by start; ``own``: sorted ``(start, end)`` of verbs of saying and speaker names (always the
    outlet's words outside quotation marks); ``quote_info``: quote start → (speaker, verb)."""

    __slots__ = ("quoted", "qstarts", "reported", "rstarts", "quote_info", "own", "ostarts", "_named", "text",
                 "nested", "inner", "sources", "bounds", "_subjects", "_speech_of")

    def __init__(self, quoted, reported, quote_info, text: str = "", nested=None, sources=()):
        self.text = text
        reported = _continued(reported, text)
        self.quoted = quoted
        self.qstarts = [s for s, _ in quoted]
        self.reported = reported
        self.rstarts = [r[0] for r in reported]
        self.quote_info = quote_info
        colon = _Cover([r for r in reported if r[0] > 0 and text[r[0] - 1:r[0]] == ":"])
        self.nested = nested or {}
        self.inner = sorted(self.nested)
        own = sorted([r[4] for r in reported if r[4][1] > r[4][0] and (not _inside(r[4][0], colon, r) or _topic_lead(text, r))
                      and not _holds_key(self.inner, r[4])]
                     + [r[2] for r in reported if r[2] and not _inside(r[2][0], colon, r)]
                     + [w for w in (_leading_verb(text, r) for r in reported) if w is not None])
        self.own = own
        self.sources = _merge(sources)
        self.ostarts = [o[0] for o in own]
        self._named = None
        self.bounds = None
        self._subjects = None
        self._speech_of = None

    @property
    def named(self) -> list:
        """``(speaker span, verb, gender)`` of the reported spans that name their speaker, by position
        (made when a speaker is first carried: most fields never need it).  Not the owner of a claim noun
        («رفض فلان ادعاء البيت الأبيض بأن …»): a claim is cited by another, the one a later verb goes on for; nor
        the one whose condolences another conveys («نقل الأمير تعازي الملك … . وأكد …»: the prince goes on)."""
        if self._named is None:
            self._named = sorted((r[2], r[3], _verb_gender(self.text, r[4])) for r in self.reported if r[2]
                                 and not (r[4][1] <= r[4][0] and _bare_noun(r[3]) in _CLAIM_EVENTS)
                                 and not (r[3] == "عزى" and r[2][0] > r[4][0]))
        return self._named

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
            if {g, gender} == {"m", "f"} or self._quoted_elsewhere(sp[0], pos) or _divine(self.text, sp) \
                    or self._inner_speaker(sp, pos) or _NARRATOR_BEFORE.search(self.text, max(0, sp[0] - 5), sp[0]) \
                    and _BLESSED.match(self.text, sp[1]) and "\n" in self.text[sp[1]:pos]:
                continue                    # another gender; a speaker named inside someone's quotation or speech;
                #                             a hadith's narrator («عن فلان رضي الله عنه قال») past the hadith's paragraph
                #                             (not a source: «نقل موقع … عن فلان قوله … .¶ وأشار» is still carried)
            if self.pronoun_title(sp):
                pronoun = pronoun or (sp, verb)
                continue                    # «وأكد سموه»: the one it stands for is named before
            sub = self._last_subject(pos, gender)
            if sub is not None and sub[0] >= sp[1]:
                return (self.nearest_mention(sub, pos) if nearest else sub), ""
                #                             «… . ورفع الأمير فلان التعازي … . وأضاف»: a later subject
            return (self.nearest_mention(sp, pos) if nearest else sp), verb
        sub = self._last_subject(pos, gender)
        if sub is not None:                 # the subject of a sentence with another verb («رفع الأمير فلان …»)
            return (self.nearest_mention(sub, pos) if nearest else sub), ""
        return pronoun or (None, "")

    def _nested_carry(self, pos):
        """The speaker of a verb inside a speech whose own speaker is not named in its sentence: the one that speech
        was given later (a participle's or a joined verb's speaker), else the one carried to the outer verb, by its
        position and gender («وأضافت أن الجماعة تزعم …»: the woman named before «وأضافت», not a man named since)."""
        outer = self.nested[pos][3] if len(self.nested[pos]) > 3 else None
        if outer is None or outer[1] <= outer[0]:
            return self._last_named(pos)[0]     # (a printed statement or an answer: no verb to carry to)
        given = next((ev[2] for ev in self.reported if ev[4] == outer and ev[2] is not None), None)
        if given is None:
            return self._last_named(outer[0], gender=_verb_gender(self.text, outer, True))[0]
        return self.nearest_mention(given, pos) if given[1] < pos - 300 else given   # (its last mention before)

    def _last_subject(self, pos, gender: str = ""):
        """The titled subject of the last sentence before ``pos`` that opens with a verb of any kind
        (:func:`_clause_subject`), whose verb agrees with ``gender``, or None.  Sentences are read
        backwards from ``pos`` (at most :data:`CARRY_SPEAKER` characters), each once per field."""
        if self._subjects is None:
            self._subjects = {}
            if self.bounds is None:
                self.bounds = sentence_bounds(self.text)
        starts = [0] + self.bounds
        k = bisect.bisect_right(starts, pos) - 1
        own = k                            # the sentence holding pos: its subject may be a name without a title
        while k >= 0 and pos - starts[k] <= CARRY_SPEAKER + MAX_SENTENCE:
            key = (k, k == own)
            if key not in self._subjects:
                end = starts[k + 1] if k + 1 < len(starts) else len(self.text)
                self._subjects[key] = _clause_subject(self.text, starts[k], end, k == own) if end > starts[k] else None
            found = self._subjects[key]
            k -= 1
            if found is None:
                continue
            sp, g = found
            if sp[1] <= pos and pos - sp[1] <= CARRY_SPEAKER and {g, gender} != {"m", "f"} \
                    and not self._quoted_elsewhere(sp[0], pos):
                return sp
        return None

    def pronoun_title(self, sp) -> bool:
        """An honorific with a pronoun (سموه، معاليه …), or one without it, as the whole speaker."""
        return pronoun_title(_strip(self.text[sp[0]:sp[1]]))

    def resolve(self, sp):
        """The speaker ``sp`` stands for: None for scripture («قال تعالى»); for an honorific with a pronoun
        («سماحته»), the nearest mention of the phrase the same honorific opened before it
        (:func:`~framing.lexicon.speakers.honorific_mention`), else the speaker named last before it (``sp`` itself
        when that is another such honorific or none is); for «هذا المصدر» the source named before with that head
        (:meth:`_antecedent_source`); else ``sp``."""
        if _divine(self.text, sp):
            return None                    # «قال تعالى»: scripture names no speaker (coding guide §5.7)
        if sp is not None and self.pronoun_title(sp):
            titled = honorific_mention(self.text, sp, CARRY_SPEAKER)
            if titled is not None:         # «وصف سماحة المفتي فلان … . وقال سماحته»: the person the same honorific
                return self.nearest_mention(titled, sp[0])   # was written before (with no verb of saying too)
            named = self._last_named(sp[0])[0]
            return named if named is not None and not self.pronoun_title(named) else sp
        return self._antecedent_source(sp) if sp is not None else sp

    def _antecedent_source(self, sp):
        """«هذا المصدر»، «هذه المصادر» (a source named again with a demonstrative): the
        indefinite source named before with the same head («مصدر عسكري …»), else ``sp``."""
        words = [_strip(w) for w in self.text[sp[0]:sp[1]].split()]
        if len(words) != 2 or words[0] not in ("هذا", "هذه", "هذين", "هؤلاء"):
            return sp                      # (a bare «المصادر» is labelled as itself: only the demonstrative)
        words = words[1:]
        if len(words) != 1 or not words[0].startswith("ال") or words[0][2:] not in _GENERIC_SOURCES:
            return sp
        head = words[0][2:]
        i = bisect.bisect_right(self.named, ((sp[0], sp[0]), "~")) - 1
        while i >= 0 and sp[0] - self.named[i][0][1] <= CARRY_SPEAKER:
            cand = self.named[i][0]
            if _strip(self.text[cand[0]:cand[1]].split()[0]) == head and cand[1] - cand[0] > len(head):
                return cand
            i -= 1
        return sp

    def _inner_speaker(self, sp, pos: int) -> bool:
        """``sp`` speaks inside the reported speech of another named speaker that does not hold ``pos`` («وأشار
        العمري إلى تأكيد المملكة على أن … . كما ذكر أن …»: المملكة speaks inside his words; the outer speaker
        is the one carried, coding guide §5.5): its verb is nested in that speech, or it is a speech noun's.  A verb
        that opens a statement of its own inside a long span («… في وقت قال زميله فلان إن …») still counts."""
        if self._speech_of is None:             # (the first reported span of each speaker, made once: not a scan of
            self._speech_of = {}                # all the field's spans per speaker tried, per position carried to)
            for r in self.reported:
                if r[2] is not None:
                    self._speech_of.setdefault(r[2], r)
        own = self._speech_of.get(sp)
        if own is None or not (own[4][0] in self.nested or own[4][1] <= own[4][0]):
            return False
        i = bisect.bisect_right(self.rstarts, sp[0]) - 1
        while i >= 0 and sp[0] - self.rstarts[i] <= 2 * MAX_QUOTE:
            r = self.reported[i]
            i -= 1
            if r[2] is not None and r[2] != sp and r[4][1] <= sp[0] < r[1] and not r[0] <= pos < r[1]:
                return True
        return False

    def _quoted_elsewhere(self, at: int, pos: int) -> bool:
        """``at`` lies inside a quotation that does not hold ``pos``."""
        j = bisect.bisect_right(self.qstarts, at) - 1
        return j >= 0 and at < self.quoted[j][1] and not self.quoted[j][0] <= pos < self.quoted[j][1]

    def nearest_mention(self, sp, pos: int):
        """The speaker's last mention after ``sp`` and before ``pos`` (by the last word of the name, «… عباس»; by the
        last two after آل/أبو/بن …: «… آل مبارك», three for «… بن عبدالعزيز»; a «آل X» that ends another lineage
        is passed over, :func:`_another_of_family`), else ``sp`` (also for a title, source or phrase with no name)."""
        words = [_strip(w) for w in self.text[sp[0]:sp[1]].split()]
        k = _role_end(words)
        if not words or not self.text or k >= len(words) or words[0] in _SOURCE_WORDS or words[0] in _QUANTIFIERS \
                or len(words) > 1 and all(w.startswith("ال") for w in words):
            return sp                      # a title or source alone («نائب خادم الحرمين الشريفين»): its own words;
            #                                a phrase with no name («الأخصائية الاجتماعية», «بعض مديري السجون»): its
            #                                last word is no name
        # «فلان الفلاني مدير المسجد الأقصى», «الأمير فلان بن فلان وزير الحرس الوطني»: the name before the next title
        # when that title and its attributes end the phrase («… وأحد قادة البيشمركة، فلان» keeps the name at the end)
        cut = next((i for i, w in enumerate(words) if i > k and w in _TITLE_WORDS), len(words))
        if k == 0 or _role_end(words[cut:]) >= len(words) - cut:
            words = words[:cut]
        last = words[-1]                   # (not «الشريفين» of another phrase), so the mention stays
        if len(words) >= 2 and (words[-2] in _NAME_LINKS or last == "علي"):
            last = words[-2] + " " + last  # «آل مبارك», «أبو مازن»: the last word alone is someone else (or a word;
            #                                «علي» is also the preposition «على» once normalised)
            if words[-2] in _SON_OF and len(words) >= 3 and words[-3] not in _TITLE_WORDS:
                last = words[-3] + " " + last   # «… فهد بن سلطان بن عبدالعزيز»: «بن عبدالعزيز» is a lineage many share
            elif len(words) >= 4 and words[-3] in _SON_OF | {"بنت"} and words[-4] not in _TITLE_WORDS:
                last = words[-4] + " " + words[-3] + " " + last   # «أم هانئ بنت أبي طالب»: «أبي طالب» is her father
        if len(last) < 3:
            return sp
        kin = words[-5:-2] if len(words) >= 5 and words[-2] == "ال" and words[-4] in _SON_OF else None
        j = self._last_word_at(last, sp[1], pos, kin)
        short = _short_lineage(words, k)
        if short is not None:              # «الأمير فلان بن فلان بن عبدالعزيز آل سعود … رئاسة الأمير فلان بن فلان»:
            js = self._last_word_at(short, sp[1], pos)     # a lineage is shortened to the name and the father's
            if js > j:
                return js, js + len(short)
        return (j, j + len(last)) if j >= 0 else sp

    def _last_word_at(self, words: str, lo: int, hi: int, kin=None) -> int:
        """Where ``words`` stand last between ``lo`` and ``hi`` as whole words (not inside a longer word; not a
        «آل X» ending another lineage than ``kin``, :func:`_another_of_family`), else -1."""
        j = self.text.rfind(words, lo, hi)
        while j >= 0 and (j > 0 and self.text[j - 1].isalnum() or
                          j + len(words) < len(self.text) and self.text[j + len(words)].isalnum()
                          or kin is not None and _another_of_family(self.text, j, kin)):
            j = self.text.rfind(words, lo, j)
        return j

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
            elif sp[1] < pos - 50:               # the speaker's last mention before the match («وشدد بحر»
                sp = self.nearest_mention(sp, pos)  # in a long quotation), not before the quotation's start
            return "quoted", self.resolve(sp), verb
        j = bisect.bisect_right(self.ostarts, pos) - 1
        if j >= 0 and pos < self.own[j][1]:
            return "own", None, ""
        k = bisect.bisect_right(self.sources, (pos, len(self.text) + 1)) - 1
        if k >= 0 and pos < self.sources[k][1] and not _holds_key(self.inner, self.sources[k]):
            return "own", None, ""               # «بحسب ما أفادت الوزارة في بيان»: the attribution itself
            #                   (its verb inside another's speech, «كما يقولون» in an answer, is that speech's: §5.8)
        if pos in self.nested and self.nested[pos][1] is not None:   # «… أن الرئيس قال …»: a verb inside
            return "reported", self.resolve(self.nested[pos][1]), self.nested[pos][2]  # another's speech
        i = bisect.bisect_right(self.inner, pos) - 1
        if i >= 0 and pos < max(self.nested[self.inner[i]][0], self.inner[i] + 1) \
                and self.nested[self.inner[i]][2] == "answer":
            return "reported", None, "answer"    # a verb in an interview answer («وكما أكدت»): the interviewee's
        r = self._reported_at(pos)
        if r is None and pos in self.nested:
            return "reported", self.resolve(self._nested_carry(pos)), self.nested[pos][2]
        #                                          (an outer speech whose speaker is carried: the one it carries)
        if r is not None:
            sp, verb = r[2], r[3]
            if sp is None:
                if verb != "answer":             # (an interview answer names no one: the interviewee is in the lead)
                    sp = self._last_named(pos, gender=_verb_gender(self.text, r[4], True))[0]
            elif sp[1] < pos - 300:
                sp = self.nearest_mention(sp, pos)
            return "reported", self.resolve(sp), verb
        return "own", None, ""


#: nouns of a claim whose owner an event names («ادعاء البيت الأبيض بأن …»): an event's noun (its verb field), not
#: speech._CLAIM_NOUNS (the nouns of what a verb denies or affirms, its object)
_CLAIM_EVENTS = frozenset("ادعاء ادعاءات مزاعم زعم".split())


def _bare_noun(w: str) -> str:
    """``w`` without و/ب/ل and ال in front («والادعاء» → «ادعاء»)."""
    w = w[1:] if w[:1] in "وبل" and len(w) > 4 else w
    return w[2:] if w.startswith("ال") else w


def _short_lineage(words: list[str], k: int) -> str | None:
    """The short form «فلان بن فلان» (a name and the father's) of a lineage of more links that ``words`` (a speaker
    phrase, the title ending before ``k``) give: «محمد بن نايف» of «الأمير محمد بن نايف بن عبدالعزيز آل سعود», as the
    person is named again further on; None for a name of one link or none («فلان بن فلان» is its own short form)."""
    if len(words) < k + 4 or words[k + 1] not in _SON_OF or words[k] in _NAME_LINKS or len(words[k]) < 3 \
            or words[k + 2] in _NAME_LINKS:
        return None
    return " ".join(words[k:k + 3])


def _another_of_family(text: str, j: int, kin: list[str]) -> bool:
    """The family name «آل X» at ``j`` ends another person's lineage than ``kin`` (the three words before «آل» in the
    speaker's name, «نايف بن عبدالعزيز»): «الملك سلمان بن عبدالعزيز آل سعود» is not «… نايف بن عبدالعزيز آل سعود»
    (a bare «آل الشيخ» after a verb or a title is the speaker named again)."""
    before = [_strip(w) for w in text[max(0, j - 60):j].split()[-3:]]
    return len(before) == 3 and before[1] in _SON_OF and before != kin


def _holds_key(keys: list, span) -> bool:
    """A key of sorted ``keys`` (starts of verbs inside another's speech) lies in ``span``: the verb span of an
    attribution phrase («وكما يقولون») holds its verb one word on."""
    i = bisect.bisect_left(keys, span[0])
    return i < len(keys) and keys[i] < max(span[1], span[0] + 1)


#: a topic phrase that opens a sentence before its verb of saying: «وحول …»، «وعن …»، «وبشأن …»، «وفيما يتعلق بـ…»
_TOPIC_LEAD = re.compile(r"[وف]?(?:حول|عن|بشان|بخصوص|فيما\s+(?:يتعلق|يخص)|وردا\s+علي|ردا\s+علي)\s")


def _topic_lead(text: str, r) -> bool:
    """«… . وحول مشاركة النحت قال: …»: a verb of saying after a topic phrase that opens its sentence, its colon
    right after it (or its subject), introduces the next answer: the outlet's words even inside an earlier colon
    speech (an interview told in turns), not a verb the speaker uses himself («قال: قلت: من بالباب؟ قال: …»)."""
    vs = r[4][0]
    if not (r[0] > 0 and text[r[0] - 1] == ":"):
        return False
    head = text[max(0, vs - 200):vs]
    cut = max(head.rfind(c) for c in ".\n؟?!")
    if cut < 0:
        return False
    lead = head[cut + 1:].lstrip()
    return bool(_TOPIC_LEAD.match(lead)) and len(lead.split()) <= 12 and not any(c in lead for c in ":«»\"“”")


def _negated_first(text: str, ev) -> bool:
    """«لا أعتقد أن …»، «لا أرى أن …»: a verb of saying after لا that is written as the past («اعتقد») but is the
    first-person imperfect (لا does not negate the past): the writer's own opinion, not a speech (§5.4); so after
    «كنت»/«ما زلت» (I was, I still: «كنت أعتقد أن …», no past follows a first-person كان without its ت)."""
    vs, ve = ev[4]
    form = _strip(text[vs:ve])
    if ve <= vs or form[:1] != "ا" or _verb_lemma("ي" + form[1:]) is None:
        return False
    return _word_before(text, vs, 8) in _FIRST_PERSON_LEADS


#: words after which a verb written as the past («اعتقد») is the first-person imperfect («أعتقد»)
_FIRST_PERSON_LEADS = frozenset("لا ولا فلا كنت وكنت فكنت زلت مازلت".split())


def _leading_verb(text: str, r):
    """The span of a verb of saying that opens the speech of reported span ``r`` after its speaker, with no
    complement («وأضاف سموه يقول “…”»، «وتابع يقول …»): the outlet's words introducing the speech, as the verb
    before it is; None if the speech opens otherwise."""
    if r[4][1] <= r[4][0] or r[0] > 0 and text[r[0] - 1:r[0]] == ":":
        return None
    m = _FIRST_WORD.match(text, r[0], r[1])
    return m.span(1) if m is not None and _verb_lemma(_strip(m.group(1))) is not None else None


_FIRST_WORD = re.compile(r"\s*(\w+)")


def _outer_speakers(events: list, nested: dict, text: str) -> list:
    """A verb of saying inside another's speech after its own subject (``nested``: «وأشار الكاتب إلى أن
    الحكومة حذرت من …») is part of that speech: its words take the outer speech's speaker, the one the
    outlet cites (coding guide §5.5), not the inner subject.  Participles keep the speaker they were given."""
    final = list(events)
    for i in sorted(range(len(events)), key=lambda i: events[i][4][0]):
        ev = events[i]
        vs, ve = ev[4]
        if vs not in nested or ev[2] is None or _is_participle(_strip(text[vs:ve])) or not (
                _in_that_clause(text, vs) or _after_hith(text, vs)):      # («…، حيث أكد الرئيس أن …»)
            continue
        holders = [c for c in final if c[4][0] < vs and c[0] <= vs <= c[1]
                   and c[3] != "answer" and _holds_speech(c, text)]
        if holders:                      # (an outer verb without its subject: the speaker carried to it, at .at())
            final[i] = (*ev[:2], max(holders, key=lambda c: (c[2] is not None, c[4][0]))[2], *ev[3:])
    return _attributed_verbs(final, nested, text)


_SOURCE_ATTRIB = re.compile(r"[وف]?(?:ب?حسب|وفقا|وفق|طبقا|نقلا\s+عن|علي\s+لسان)(?!\w)")
#: the comma after a source's phrase, or «فقد» with or without it («وبحسب الوكالة فقد قال فلان …»), up to the verb
_COMMA_AFTER = re.compile(r"\s*[،,]\s*(?:فقد\s+)?|\s+فقد\s+")
#: the space (after a closing quote) from a source to the word right after it, with no comma: a head that counts only
#: where a verb of saying (or «فإن» and a subject before one) stands there, as checked below («وبحسب «رويترز» قالت
#: الوزارة إن …»: the verb is the source's account too)
_SPACE_AFTER = re.compile(r"[»”\"]?\s+(?=\S)")
#: the rest of a source's phrase up to the comma that closes it («… عن الاجتماعات التي جرت بين …،»)
_SOURCE_TAIL = re.compile(r"[^،,.:؛!؟\n«»\"“”]{1,120}?[،,]\s*")
#: «فإن» and a subject of one to five words, up to the clause's verb (one without و/ف: «وأكدت» opens a clause of its own)
_THEN_SAYS = re.compile(r"ف[اإ]ن\s+(?:[^\s،,.:؛!؟«»\"“”]+\s+){1,5}")


def _attributed_verbs(events: list, nested: dict, text: str) -> list:
    """A sentence that opens with an attribution and its source before a comma (or «فقد», or nothing) and a verb of saying («وبحسب
    المتحدث، أكد الرئيس أن …», «وبحسب الوكالة فقد دعا فلان …», also with «فإن» and the verb's subject between, «وبحسب
    مصادر …، فإن الوزارة أكدت أن …»): the outlet cites the source, so the verb, its subject and its speech are the
    source's words (coding guide §5.5, the outer speaker). Gives the verb's event the source as speaker, starts it right
    after the verb (the verb's subject, «والد الرهينة», is in the source's account too) and records the verb in
    ``nested`` (read as reported); returns the events."""
    events = [(ev[0], ev[1], None, *ev[3:]) if ev[2] is not None and ev[2][1] <= ev[2][0] else ev for ev in events]
    heads = {}                             # (an empty speaker span names no one)
    for ev in events:
        a, sp = ev[4][0], ev[2]
        opens = a == 0 or text[max(0, a - 40):a].rstrip(" \t\xa0")[-1:] in ".\n؟!"
        if sp is None or ev[4][1] <= a or not opens or not _SOURCE_ATTRIB.match(text, a):
            continue                       # (an attribution of a source that opens its sentence: not «من وجهة نظر …»)
        after = _COMMA_AFTER.match(text, sp[1], sp[1] + 8) or _SOURCE_TAIL.match(text, sp[1], sp[1] + 120)
        if after is not None:
            heads[after.end()] = sp
        after = _SPACE_AFTER.match(text, sp[1], sp[1] + 8)
        if after is not None:
            heads.setdefault(after.end(), sp)
    events = _postposed_sources(events, nested, text)
    if not heads:
        return events
    out = []
    starts = sorted(heads)
    for ev in events:
        src = heads.get(ev[4][0])
        i = bisect.bisect_right(starts, ev[4][0]) - 1
        if src is None and i >= 0 and _THEN_SAYS.fullmatch(text, starts[i], ev[4][0]) and text[ev[4][0]] not in "وف":
            src = heads[starts[i]]             # «وبحسب مصادر …، فإن طهران وأنقرة أكدت أن …»: its clause's verb
        w = _strip(text[ev[4][0]:ev[4][1]])
        if src is not None and ev[4][1] > ev[4][0] and (_verb_lemma(w) or _verb_lemma("و" + w)) is not None:
            #                                  («فقد دعا»: a verb that is also a noun, a verb after و or قد)
            ev = (min(ev[0], ev[4][1]), ev[1], src, *ev[3:])   # (from the verb on: its subject is the source's word too)
            nested[ev[4][0]] = (ev[4][1], src, ev[3], ev[4])
        out.append(ev)
    return out


#: a postposed attribution of a source («…، بحسب الوزير فلان.», «…، حسبما قال أقارب له.», «…، وفق ما نقلته تقارير …»)
_TAIL_ATTRIB = re.compile(r"(?:ب?حسب(?:ما)?|وفقا|وفق|طبقا|نقلا\s+عن|علي\s+لسان)(?!\w)")
#: heads of a postposed source that attach to the content, not to who reported the statement: a count or estimate
#: («…، وفق حصيلة جديدة»: the speaker's figure), experts and observers who assess («…، بحسب الخبراء»), rules and plans
#: («…، وفقا للقوانين النافذة»: in accordance with, :data:`_NOT_SOURCES`)
_CONTENT_SOURCES = _NOT_SOURCES | frozenset("""حصيلة احصاء احصائية احصائيات تعداد تقديرات تقدير ارقام معطيات مسح استطلاع
خبراء خبير مراقبين مراقبون مراقب محللين محللون محلل قوانين انظمة لوائح""".split())
#: what may follow a postposed source up to the end of its sentence (no comma, colon or semicolon: «حسبما قال أقارب له.»)
_TAIL_END = re.compile(r"[^،,.!؟\n:؛]{0,60}(?:[.!؟\n]|$)")


def _postposed_sources(events: list, nested: dict, text: str) -> list:
    """A verb of saying in the clause that a postposed attribution of a named source closes, at the end of the sentence
    («وقالت إن الأموال ستسد الدين، بحسب وزير المالية فلان.», «اعترف فلان لأسرته بأنه …، حسبما قال أقارب له.»): the
    outlet cites the source for the whole clause, so the verb, its subject and its speech are the source's account
    (coding guide §5.5, the outer speaker), as when the attribution opens the sentence (:func:`_attributed_verbs`).
    Only when the verb's speech runs to the attribution with no comma in it (the clause the attribution closes holds the
    whole speech: not «وقال الوزير إن …، فيما قتل ثلاثة، بحسب مصادر طبية», where it closes the last clause only); not an
    attribution without a source of its own («…، حسب ما ذكره في حسابه»: the speaker's own channel), nor one before the
    verb's speech opens («وتقول الأستاذة، بحسب الإذاعة، إن …»: an aside on where she said it), nor a source that
    attaches to the content (:data:`_CONTENT_SOURCES`: a toll, experts, a law), nor the speaker's own body («قال مدير
    المرصد …، بحسب المرصد»), nor a verb in a relative clause («المراقبين الذين يؤكدون …»)."""
    tails = []
    for ev in events:
        a, sp = ev[4][0], ev[2]
        if sp is None or ev[4][1] <= a or sp[0] < a or not _TAIL_ATTRIB.match(text, a) or "،" in text[sp[0]:sp[1]] or \
                text[max(0, a - 3):a].strip()[-1:] not in "،," or not _TAIL_END.match(text, sp[1]):
            continue
        head = _strip(next(iter(text[sp[0]:sp[1]].split()), ""))
        head = head[2:] if head.startswith(("ال", "لل")) else head[1:] if head[:1] == "ل" and len(head) > 3 else head
        if head in _CONTENT_SOURCES:
            continue
        tails.append((a, sp))
    if not tails:
        return events
    out = []
    for ev in events:
        vs, ve = ev[4]
        w = _strip(text[vs:ve])
        src = next((sp for a, sp in tails if vs < a and ev[0] < a <= ev[1] + 2 and not any(c in text[vs:a] for c in ".!؟\n")
                    and text[ev[0]:a].strip(" ،,") and not any(c in text[ev[0]:a].rstrip(" ،,") for c in "،,؛;")
                    and (ev[2] is None or text[ev[2][0]:ev[2][1]] != text[sp[0]:sp[1]])), None)
        if src is not None and ev[2] is not None and any(len(x) > 3 and x in _strip(text[ev[2][0]:ev[2][1]]).split()
                                                          for x in _strip(text[src[0]:src[1]]).split()):
            src = None                                   # «قال مدير المرصد …، بحسب ما ذكر المرصد»: his own channel
        if src is not None and _strip(_word_before(text, vs, 12)) in _WHICH:
            src = None                                   # «…، بحسب المراقبين الذين يؤكدون أن …»: a relative clause
        if src is not None and ve > vs and (_verb_lemma(w) or _verb_lemma("و" + w)) is not None and not _is_participle(w):
            ev = (min(ev[0], ve), ev[1], src, *ev[3:])       # (from the verb on: its subject is the source's word too)
            nested[vs] = (ve, src, ev[3], ev[4])
        out.append(ev)
    return out


#: marks that close a quotation (a span of :func:`quote_spans` that ends with one was closed by the writer)
_CLOSERS = "»”\"'’›》)}"


def _outside_quotes(events: list, spans: list, text: str) -> list:
    """``events`` without the verbs of saying that stand, with their subject if any, inside a closed quotation
    («وأضاف أن «… وبين الضحايا عمال»، مشيرا …»): their words are the quotation's, quoted under its speaker (coding
    guide §5.5, the outer speaker); kept, they would cut the speech that holds the quotation and lend their
    subject to a participle or a quotation after it.  A verb outside quotation marks whose subject was found
    inside one («…»، وتابع: …») names no one (its speaker is carried).  ``spans``: :func:`quote_spans` of ``text``."""
    closed = [(s, e) for s, e in spans if text[e - 1:e] in _CLOSERS and text[e - 2:e - 1] != ":"
              and not text[e:e + 1].isalpha()]
    #         (not «… محددة.وقال:»كل …»: a mark after a colon opens the next quotation, whatever its direction; nor
    #         one glued to the next word, «… الحارثي ل"الوطن"»: it opens a name, the pairing went wrong before it)
    if not closed:
        return events
    by_verb = sorted(events, key=lambda ev: ev[4][0])
    verbs = [ev[4][0] for ev in by_verb]
    # a quotation left open over the outlet's narration («… أقوى.. وشدد بحر على أن …»») holds only what precedes it
    closed = [(s, min(e, _narrated_end(text, s, e, by_verb[bisect.bisect_left(verbs, s):bisect.bisect_left(verbs, e)])))
              for s, e in closed]
    starts = [s for s, _ in closed]

    def inside(a: int, b: int):
        j = bisect.bisect_right(starts, a) - 1
        return closed[j] if j >= 0 and closed[j][0] < a and b < closed[j][1] else None
    out = []
    for ev in events:
        verb = inside(*ev[4]) if ev[4][1] > ev[4][0] else None
        if verb is not None and not text[verb[0] + 1:ev[4][0]].strip() and _verb_lemma(text[ev[4][0]:ev[4][1]]):
            verb = None                           # «نفت بشدة» مزاعم …: the quotation opens with the verb, a word quoted
        if verb is not None and (ev[2] is None or inside(*ev[2]) == verb):
            continue
        if verb is None and ev[2] is not None and ev[4][1] > ev[4][0] and inside(*ev[2]) is not None:
            ev = (ev[0], ev[1], None, *ev[3:])    # «…»، وتابع: a subject found inside an earlier quotation
        out.append(ev)
    return out


def _agents(events, text: str, seen: dict | None = None) -> list:
    """``events`` without the speaker phrases that name no one (:func:`~framing.lexicon.speakers.agent`: «كيف»،
    «منهم»، «وكانوا»): such a speech takes the speaker carried to it, as a verb of saying without a subject does.
    ``seen``: speaker span → :func:`agent`'s answer, shared by the calls on one field (most spans come back)."""
    if seen is None:
        seen = {}
    out = []
    for ev in events:
        sp = ev[2]
        if sp is not None:
            ok = seen.get(sp)
            if ok is None:
                ok = seen[sp] = agent(text, sp)
            if not ok:
                ev = (*ev[:2], None, *ev[3:])
        out.append(ev)
    return out


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
    spans = quote_spans(text)
    agents: dict = {}                                 # (agent() of each speaker span, for both passes)
    events = _outside_quotes(sorted(_agents((ev for ev in speech_events(text, bounds, limit) if not _negated_first(text, ev)),
                                            text, agents), key=lambda ev: (ev[0], ev[1])), spans, text)
    nested = _nested_verbs(_continued(events, text), text)
    sources = [_source_phrase(text, ev) if ev[2] is not None else _pronoun_source(text, ev) for ev in events
               if ev[4][1] > ev[4][0] and _ATTRIB.match(text, ev[4][0])]
    events = _coordinated(_cut_at_next_speaker(events, text), text)
    events = _participle_speakers(_asked_speakers(events, text, bounds), text, bounds, spans)
    events = _agents(_outer_speakers(events, nested, text), text, agents)   # (the speakers given to verbs without one too)
    quoted, info = [], {}
    index = _SpeakerIndex(events, spans)              # (one index for all the quotations of the field)
    cover = _Cover(events)
    by_verb = sorted(range(len(events)), key=lambda k: events[k][4][0])
    verbs = [events[k][4][0] for k in by_verb]
    for s, e in spans:
        if _scare(text, s, e) and not _inside(s, cover, None) or _named_thing(text, s, e):
            continue
        inner = sorted(by_verb[bisect.bisect_right(verbs, s + 20):bisect.bisect_left(verbs, e - 20)])
        #                                             (only verbs well inside it can cut it: those, in list order)
        cut = _narrated_end(text, s, e, [events[k] for k in inner])   # a quotation left open over the narration,
        parts = [(s, e)] if cut >= e else [(s, cut)] + [(cut + a, cut + b) for a, b in quote_spans(text[cut:e])]
        for qs, qe in parts:                          # and a quotation after it («…، لافتا إلى أن "…"»)
            quoted.append((qs, qe))
            info[qs] = _quote_speaker(text, bounds, qs, qe, index)
    if title:
        sp = headline_speaker(text, rubrics)
        if sp is not None:
            hs, he = _HEADLINE.match(text).end(), len(text)
            quoted = [q for q in quoted if q[1] <= hs or q[0] >= he] + [(hs, he)]
            quoted.sort()
            info[hs] = (sp, ":")
    v = Voices(quoted, events, info, text, nested, sources)
    v.bounds = bounds
    return v


def voice_at(spans: Voices, pos: int = 0) -> str:
    """The voice (``own``, ``quoted`` or ``reported``) of a match starting at ``pos``."""
    return spans.at(pos)[0]
