"""Headline rules of issue 12 (point 2) added in the head12 round: made-up titles of fictional
outlets; the speaker span is compared on the normalised title (None: no speaker)."""
from __future__ import annotations

import pytest

from framing.text import normalize


def _speaker(title: str):
    from framing.lexicon.headlines import headline_speaker
    norm = normalize(title, lower=True)
    sp = headline_speaker(norm)
    return norm[sp[0]:sp[1]] if sp else None


@pytest.mark.parametrize("title, speaker", [
    # a clause before the colon: its subject speaks
    ("سالم الوادي يفتح دفتر الذكريات: المسرح علمني الصبر", "سالم الوادي"),
    ("نادي الساحل يطمئن جماهيره: لن نفرط في أي لاعب", "نادي الساحل"),
    ("غرفة الوادي التجارية ترفض الاقتراح وتؤكد: لا تنسيق معنا", "غرفة الوادي التجارية"),
    ("«صحيفة النهر» تنشر مذكرات فلان (3): طفولتي في القرية", None),   # a series: a number after the verb
    ("جامعة تبوك: التسجيل يبدأ غدا", "جامعة تبوك"),                     # a place is no verb
    ("كاتب مسرحية «هيا تعال»: الجمهور ذكي", "كاتب مسرحية «هيا تعال»"),   # no verb inside quotation marks
    ("سياسيون يمنيون: الحوار هو الحل", "سياسيون يمنيون"),                # a nisba plural is no verb
    # a 3-letter verb of narration after the colon
    ("الاتحاد الإقليمي: يحض الأطراف على الحوار", None),
    # openers: prepositional phrases, negations, pronouns
    ("بالإثباتات: الجسر بني بلا ترخيص", None),
    ("بالقاسم: حريصون على الفوز", "بالقاسم"),                           # a name opening with بال
    ("للمرة الأولى في تاريخها: الشركة تربح", None),
    ("للمتسرعين: الطريق ليس حلبة", None),
    ("على ذمة دراسة: القهوة تطيل العمر", None),
    ("علي الوادي: الفريق جاهز", "علي الوادي"),                          # على … is also the name علي
    ("لا تؤجل عملك: نصائح للطلاب", None),
    ("حتى لا يكرر المتابعون الخطأ: «اقرأ قبل أن تنشر»", None),
    ("ندوة عن الطرق.. منها: السرعة والإرهاق", None),
    # verbal nouns of the تفاعل pattern open a topic or a programme
    ("تقاسم أدوار إقليمي: الشمال للجيش والجنوب للشرطة", None),
    ("تكامل لخدمة المجتمع: برنامج تطوعي جديد", None),
    # a statement opening with «عن» names what a piece is about
    ("«سأريك الطريق»: عن السينما والكتب", None),
    # campaigns and newspapers named after a place speak
    ("الحملة الوطنية: 300 ألف مستفيد", "الحملة الوطنية"),
    ("نيويورك تايمز: الاتفاق قريب", "نيويورك تايمز"),
])
def test_headline_rules_head12(title, speaker):
    assert _speaker(title) == (normalize(speaker, lower=True) if speaker else None)
