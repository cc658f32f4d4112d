"""Turn :class:`ReportData` into a list of blocks (headings, paragraphs, tables, figures,
concordance lines) that the PDF and HTML writers render the same way.

A block is a dict with ``kind`` in ``title, h1, h2, p, note, sentence, code, kv, table,
figure, kwic, pagebreak``; a ``table``'s ``wrap`` lists the columns whose cells the PDF lays out
over as many lines as they need (its other cells are cut to one line; the HTML shows every cell
whole).  All wording of the report lives here, in English and Arabic (``lang``).  Charts are built
here with :mod:`framing.plot` and kept as Figures.
"""
from __future__ import annotations

import pandas as pd

from .. import plot
from ..audit.scoring import LOW_PRECISION
from ..display.text import clean, has_arabic, num, p_value, pct
from .arabic import equals, ltr, p_ar, result_sentence
from .data import KWIC_WIDTH, SMALL_CELL, FamilyResult, ReportData
from .provenance import appendix_blocks, cite_blocks, source_rows
from . import alt

__all__ = ["blocks", "T"]

#: events the report's events table lists (those covered by the most groups), besides every event a chart draws
EVENTS_LISTED = 60

#: the fixed wording of a report, per language
T = {
    "en": {
        "subtitle": "A word-choice report made with framing {version}",
        "intro": ("This report compares how {n_groups} {by}s word the same subjects in {n} articles "
                  "published between {first} and {last}. It counts the terms of {n_fam} lexicon "
                  "famil{ies} ({families}) and tests whether the {by}s differ in which term they choose."),
        "corpus": "Corpus", "made": "How this report was made",
        "k_name": "corpus", "k_articles": "articles", "k_outlets": "{by}s", "k_dates": "published",
        "k_events": "events", "k_langs": "languages", "k_hash": "content hash (sha256)",
        "k_command": "command", "k_params": "parameters", "k_toolkit": "toolkit",
        "k_lexicons": "lexicons", "k_date": "date of the report",
        "date_note": "{date} (the latest publication date in the corpus, so a rebuild gives the same file)",
        "no_events": "none assigned (run framing events first)",
        "reproduce": ("To reproduce: run the command above on a corpus with the same content hash; "
                      "the same toolkit and lexicon versions give a byte-identical PDF."),
        "h_corpus": "The corpus",
        "per_outlet": "Articles per {by}",
        "cols_outlets": ["{by}", "articles", "first", "last", "languages", "events"],
        "languages": "Languages (detected per article): {langs}.",
        "h_events": "Events: who covered what",
        "events_na": ("Event coverage: not available: run framing events first (it groups articles "
                      "about the same event across {by}s, which the within-event comparisons need)."),
        "cols_events": ["event", "label", "first", "last", "{by}s", "articles"],
        "events_more": "{shown} of {total} events shown (those covered by the most {by}s, and every event a chart shows).",
        "col_event_id": "id",
        "events_ids_note": ("event: this report's code (E1, E2… in date order, used in its charts); id: the "
                            "corpus's event id, as framing events --list prints it and --event takes it."),
        "h_copies": "Wire copies",
        "copies_na": ("Wire-copy share: not available: run framing events first (framing events --keep-events "
                      "marks copies and keeps a corpus's own event ids)."),
        "cols_copies": ["{by}", "articles", "copies", "copied share"],
        "copies_text": ("A copy is an article whose text is (nearly) the same as an earlier article "
                        "of another {by}, such as an agency dispatch printed as is."),
        "h_family": "Word choice: {family}",
        "family_intro": ("Lexicon {lexicon} (version {version}), family {family}: {n_terms} terms. "
                         "Counted in {voice}."),
        "voice_own": "the outlets' own words (quoted speech left out)",
        "voice_all": "all text, quoted speech included",
        "voice_some": "these voices only: {voices} (see the appendix: own and quoted voice)",
        "cols_terms": ["term", "English", "Arabic label", "note"],
        "test_line": "{test}: statistic {stat}, {dof} degrees of freedom, {p}, Cramér's V {v}, {n} matches.",
        "h_rates": "Rates per 10,000 tokens (matches in brackets)",
        "h_shares": "Share of the family's matches, with 95% interval (n: articles using the family)",
        "cols_rate_lead": ["{by}", "all articles", "tokens", "matches"],
        "cols_share_lead": ["{by}", "n articles", "tokens", "matches"],
        "small_cells": "Fewer than {k} matches of this family in: {groups}: their shares rest on very few words.",
        "unused": "Not found in this corpus: {terms}.",
        "h_numbers": "Rates and shares per term",
        "col_term": "term", "col_rate": "per 10,000 tokens", "col_share": "share [95% interval]",
        "col_key": "most distinctive words ({score})",
        "long_note": "Only terms a {by} uses are listed; tokens are all word tokens of the {by}'s articles.",
        "h_within": "Within events",
        "within_na": "Within-event comparison: not available: run framing events first.",
        "within_none": "No event has matches of this family from two or more {by}s: nothing to compare within events.",
        "within_caption": ("Share of «{term}» (the term whose share differs most between {by}s) inside "
                           "each event: comparing {by}s on the same events removes differences that come "
                           "only from covering different stories."),
        "within_sentence": "Within events: {sentence}",
        "within_title": "Share of «{term}» in each event (below: {family} matches; grey: none)",
        "h_evidence": "Evidence: concordance lines",
        "evidence_intro": ("The earliest articles of each {by} that use each term, in the outlet's own "
                           "spelling (document id and date, so each line can be checked in the corpus)."),
        "no_lines": "No concordance lines to show.",
        "h_sources": "Who speaks",
        "sources_intro": ("Quoted and reported statements per {by} (quotation marks, «قال إن …», «بحسب …», "
                          "speaker headlines), with their named speaker; the share is of all that {by}'s "
                          "statements. Rules and measured accuracy: docs/matching.md."),
        "cols_sources": ["{by}", "speaker", "role", "verbs", "statements", "share"],
        "h_keyness": "Distinctive vocabulary",
        "keyness_intro": ("Words each {by} uses more than the other {by}s of its language together (score: "
                          "log-odds {score}; higher is more distinctive). Left out, as learned from this corpus: "
                          "each outlet's repeated lines, openings and closings (footers, share bars, sign-offs), "
                          "its datelines, and house style (words a {by} over-uses whatever the story). These are "
                          "not lexicon terms: they show what else sets each {by} apart."),
        "keyness_names": "Left out of every list as outlet names (also where they are ordinary words): {words}.",
        "keyness_single": "Not ranked, the only {by} in its language ({language}): {groups}.",
        "keyness_langs": "Ranked within each language: {langs}.",
        "h_methods": "Methods, in plain language",
        "fig_time": None, "fig_coverage": None, "fig_shares": None,
        "methods": [
            ("What is counted", "A lexicon lists, for one subject (a family), the words outlets choose "
             "between, for example رهائن (hostages), محتجزين (detainees) and أسرى (prisoners/captives). "
             "Each term is matched with its Arabic clitic forms (و، ف، ب، ل، ال…) and spelling variants "
             "after normalisation (alef forms, diacritics, tatweel), in titles and texts."),
            ("Rate per 10,000 tokens", "How often a term appears: its matches divided by all word tokens "
             "of the group's articles, times 10,000. It grows when an outlet writes more about the subject."),
            ("Share", "Which word an outlet chooses when it names the subject: a term's matches divided by "
             "all matches of its family in that group. Shares of a family add up to 100% per group and do "
             "not depend on how much the outlet writes about the subject."),
            ("95% interval", "The interval counts articles, not words, because one article often repeats "
             "its word: it is a Wilson score interval on the effective number of articles that use the "
             "family (n, printed beside every share and on the charts). It never shrinks to a point at 0% "
             "or 100%: a share from 3 articles stays wide. Intervals of differences between two groups are "
             "Holm-adjusted: one excludes 0 exactly when the Holm-corrected p-value is below 0.05."),
            ("Chi-square test", "Tests whether the groups use the terms of a family in the same proportions. "
             "A small p-value says the differences are larger than chance alone would often give; "
             "Cramér's V says how large they are (0: none, 1: each group uses its own term)."),
            ("Own and quoted voice", "Own voice is the outlet's own sentences; quoted voice is speech "
             "inside quotation marks (« » “ ” \"), a reported naming («ما وصفه … بـ», so-called) or a "
             "'Speaker: statement' headline. A paraphrase after «قال إن …» without quotation marks counts as "
             "the outlet's own words. With voice own, a word an outlet only quotes is not counted as its choice."),
            ("Within events", "Outlets cover different stories. Comparing the same events across outlets "
             "(events found by framing events) separates word choice from story choice."),
            ("Limits", "A lexicon measures word choice, not intent or truth. Small counts give wide "
             "intervals; a missing term may be a spelling the lexicon does not list. Read the concordance "
             "lines before drawing conclusions."),
            ("How to cite", "Cite the toolkit and version, the lexicon names and versions, and the corpus "
             "content hash printed on the title page, e.g.: «framing {version}, lexicons {lexicons}, corpus "
             "sha256 {hash12}…»."),
        ],
        "not_available": "not available",
        "col_precision": "precision (hand check)",
        "badge": "{p} [{lo}–{hi}], n={n}", "badge_low": "LOW {p} [{lo}–{hi}], n={n}", "badge_none": "not audited",
        "precision_note": ("Precision: the share of a term's matches that a person reading them judged to mean the "
                           "term ({where}; 95% Wilson interval). A count means what it says only as far as its "
                           "precision goes."),
        "where_audit": "hand check of {n} lines of this corpus", "where_lexicon": "as recorded in the lexicon, "
        "measured on {corpora}, not on this corpus",
        "flag_low": "Below {bar} precision: {terms}.", "flag_none": "Not audited: {terms}.",
        "h_validation": "Hand validation (precision of the terms)",
        "validation_audit": ("{n} concordance lines, drawn at random term by term (framing audit sample), were read "
                             "by {k} coder{s} ({coders}; files {files}), who marked each match right (the word means "
                             "what the term means) or wrong. Precision per term is shown beside each term with its "
                             "95% Wilson interval; terms below {bar} are flagged LOW: many of their matches are other "
                             "words or other senses, so their counts and shares overstate them (framing terms "
                             "--audit gives precision-adjusted counts)."),
        "validation_agreement": ("On the {lines} lines read by more than one coder they agreed on {pa} of them{kappa}; "
                                 "Krippendorff's alpha {alpha} (1 = perfect agreement, 0 = chance; 0.8 or more is "
                                 "usually asked for)."),
        "validation_kappa": ", Cohen's kappa {kappa}",
        "validation_weighted": ("Precision of all of a family's matches in the corpus (each term weighted by how "
                                "often it occurs, 95% interval): {families}."),
        "validation_stale": "{k} labelled lines no longer match the current lexicon in this corpus; they are left out.",
        "validation_lexicon": ("No audit file was given. The precision shown is the one recorded in the lexicon "
                               "files (validated blocks), measured by hand on {corpora}; on this corpus it may differ: "
                               "check it with framing audit sample and framing audit score, then rebuild with --audit."),
        "validation_none": ("No term was checked by hand for this report. A count is only as good as its precision "
                            "(the share of matches that really mean the term): draw lines with framing audit sample, "
                            "read them, and rebuild the report with --audit (see docs/methods.md)."),
    },
    "ar": {
        "subtitle": "تقرير عن اختيار الكلمات أُعدّ بأداة framing {version}",
        "intro": ("يقارن هذا التقرير كيف تسمّي {n_groups} وسيلة إعلامية الموضوعات نفسها في {n} مقالًا "
                  "نُشرت بين {first} و{last}. يَعُدّ مصطلحات {n_fam} من عائلات المعجم ({families}) "
                  "ويختبر هل تختلف الوسائل في المصطلح الذي تختاره."),
        "corpus": "المدوّنة", "made": "كيف أُعدّ هذا التقرير",
        "k_name": "المدوّنة", "k_articles": "المقالات", "k_outlets": "الوسائل", "k_dates": "تاريخ النشر",
        "k_events": "الأحداث", "k_langs": "اللغات", "k_hash": "بصمة المحتوى (sha256)",
        "k_command": "الأمر", "k_params": "المعاملات", "k_toolkit": "الأداة",
        "k_lexicons": "المعاجم", "k_date": "تاريخ التقرير",
        "date_note": "{date} (آخر تاريخ نشر في المدوّنة، فتعطي إعادة البناء الملف نفسه)",
        "no_events": "لم تُحدَّد (شغّل framing events أولًا)",
        "reproduce": ("لإعادة الإنتاج: شغّل الأمر أعلاه على مدوّنة لها بصمة المحتوى نفسها؛ "
                      "النسخ نفسها من الأداة والمعاجم تعطي ملف PDF مطابقًا بايتًا ببايت."),
        "h_corpus": "المدوّنة",
        "per_outlet": "المقالات حسب الوسيلة",
        "cols_outlets": ["الوسيلة", "المقالات", "الأول", "الأخير", "اللغات", "الأحداث"],
        "languages": "اللغات (لكل مقال): {langs}.",
        "h_events": "الأحداث: من غطّى ماذا",
        "events_na": "تغطية الأحداث: غير متاحة: شغّل framing events أولًا.",
        "cols_events": ["الحدث", "العنوان", "الأول", "الأخير", "الوسائل", "المقالات"],
        "events_more": "عُرض {shown} من {total} حدثًا (الأكثر تغطية، وكل حدث في رسم).",
        "col_event_id": "المعرّف",
        "events_ids_note": ("الحدث: رمزه في هذا التقرير ورسومه، بترتيب التاريخ؛ المعرّف: معرّف الحدث في المدوّنة "
                            "كما يطبعه الأمر framing events --list، وهو ما يأخذه framing terms --event ID "
                            "وسائر الأوامر."),
        "h_copies": "نسخ الوكالات",
        "copies_na": ("حصة النسخ: غير متاحة: شغّل framing events أولًا؛ والأمر framing events --keep-events "
                      "يحدّد النسخ ويُبقي أرقام الأحداث الخاصة بالمدوّنة كما هي."),
        "cols_copies": ["الوسيلة", "المقالات", "النسخ", "حصة النسخ"],
        "copies_text": "النسخة مقال نصّه (شبه) مطابق لمقال سابق لوسيلة أخرى، مثل خبر وكالة منشور كما هو.",
        "h_family": "اختيار الكلمات: {family}",
        "family_intro": "المعجم {lexicon} (النسخة {version})، العائلة {family}: {n_terms} مصطلحات. العدّ في {voice}.",
        "voice_own": "كلام الوسيلة نفسها (دون الاقتباسات)",
        "voice_all": "النص كله بما فيه الاقتباسات",
        "voice_some": "هذه الأصوات وحدها: \u2066{voices}\u2069",
        "cols_terms": ["المصطلح", "بالإنجليزية", "بالعربية", "ملاحظة"],
        "test_line": "اختبار كاي تربيع مع خلط المقالات: الإحصاءة \u2066{stat}\u2069، ودرجات الحرية \u2066{dof}\u2069، "
                     "و{p}، ومعامل \u2066Cramér's V\u2069 يساوي \u2066{v}\u2069، في \u2066{n}\u2069 مطابقة.",
        "h_rates": "المعدّل لكل 10,000 كلمة (عدد المطابقات بين قوسين)",
        "h_shares": "الحصة من مطابقات العائلة، مع مجال 95% (n: المقالات التي تستعمل العائلة)",
        "cols_rate_lead": ["الوسيلة", "كل المقالات", "الكلمات", "المطابقات"],
        "cols_share_lead": ["الوسيلة", "n مقالات", "الكلمات", "المطابقات"],
        "small_cells": "أقل من {k} مطابقات لهذه العائلة في: {groups}: حصصها مبنية على كلمات قليلة جدًا.",
        "unused": "لم يرد في هذه المدوّنة: {terms}.",
        "h_numbers": "المعدّلات والحصص لكل مصطلح",
        "col_term": "المصطلح", "col_rate": "لكل 10,000 كلمة", "col_share": "الحصة [مجال 95%]",
        "col_key": "أكثر الكلمات تمييزًا ({score})",
        "long_note": "تُذكر المصطلحات التي تستعملها الوسيلة فقط؛ الكلمات هي كل كلمات مقالاتها.",
        "h_within": "داخل الأحداث",
        "within_na": "المقارنة داخل الأحداث: غير متاحة: شغّل framing events أولًا.",
        "within_none": "لا حدث فيه مطابقات لهذه العائلة من وسيلتين أو أكثر، فلا شيء للمقارنة داخل الأحداث.",
        "within_caption": ("حصة «{term}» (المصطلح الذي تختلف حصته أكثر بين الوسائل) داخل كل حدث: "
                           "المقارنة على الأحداث نفسها تزيل الفروق الناتجة عن تغطية قصص مختلفة فقط."),
        "within_sentence": "المقارنة داخل الأحداث: {sentence}",
        "within_title": "حصة «{term}» في كل حدث (تحتها: مطابقات {family}؛ الرمادي: لا شيء)",
        "h_evidence": "الشواهد: سطور السياق",
        "evidence_intro": ("أقدم مقالات كل وسيلة تستعمل كل مصطلح، بإملاء الوسيلة نفسها "
                           "(مع رقم الوثيقة وتاريخها للتحقق منها في المدوّنة)."),
        "no_lines": "لا توجد سطور سياق لعرضها.",
        "h_sources": "من يتكلم",
        "sources_intro": ("الاقتباسات والكلام المنقول لكل {by} (علامات التنصيص، «قال إن …»، «بحسب …»، "
                          "عناوين المتحدثين) مع المتحدث المسمّى؛ الحصة من كل ما نقلته تلك {by}. "
                          "القواعد ودقتها المقيسة: docs/matching.md."),
        "cols_sources": ["{by}", "المتحدث", "الصفة", "الأفعال", "الأقوال", "الحصة"],
        "h_keyness": "المفردات المميِّزة",
        "keyness_intro": ("كلمات تستعملها كل وسيلة أكثر من الوسائل الأخرى بلغتها مجتمعة (المقياس: \u2066{score}\u2069؛ "
                          "الأعلى أكثر تمييزًا). استُبعد ما تكرره كل وسيلة كما تعلّمناه من هذه المدوّنة: السطور "
                          "المكررة وافتتاحيات المقالات وخواتيمها (التذييلات وأزرار المشاركة) وأسطر المكان والتاريخ، "
                          "وأسلوب الدار. ليست من مصطلحات المعجم: تبيّن ما يميّز الوسيلة غير ذلك."),
        "keyness_names": "استُبعدت من كل القوائم كلمات أسماء الوسائل، ولو كانت كلمات عادية: {words}.",
        "keyness_single": "لم تُرتَّب، لأنها الوسيلة الوحيدة بلغتها (\u2066{language}\u2069): {groups}.",
        "keyness_langs": "رُتّبت كل لغة وحدها: {langs}.",
        "h_methods": "المنهج بلغة بسيطة",
        "methods": [
            ("ما الذي يُعدّ", "يسرد المعجم، لكل موضوع (عائلة)، الكلمات التي تختار الوسائل بينها، مثل رهائن "
             "ومحتجزين وأسرى. يُطابَق كل مصطلح مع سوابقه ولواحقه (و، ف، ب، ل، ال…) وصور إملائه بعد التطبيع "
             "(أشكال الألف، التشكيل، التطويل) في العناوين والنصوص."),
            ("المعدّل لكل 10,000 كلمة", "عدد مطابقات المصطلح مقسومًا على كل كلمات مقالات المجموعة، مضروبًا في "
             "10,000. يزيد حين تكتب الوسيلة أكثر عن الموضوع."),
            ("الحصة", "أيّ كلمة تختار الوسيلة حين تسمّي الموضوع: مطابقات المصطلح مقسومة على كل مطابقات عائلته "
             "في المجموعة. مجموع حصص العائلة 100% لكل مجموعة."),
            ("مجال 95%", "يَعُدّ المجال المقالات لا الكلمات، لأن المقال الواحد يكرر كلمته غالبًا: هو مجال Wilson "
             "على العدد الفعلي للمقالات التي تستعمل العائلة (n، مطبوع بجانب كل حصة وعلى الرسوم). لا ينكمش إلى "
             "نقطة عند 0% أو 100%: الحصة المبنية على 3 مقالات تبقى واسعة."),
            ("اختبار كاي تربيع", "يختبر هل تستعمل المجموعات مصطلحات العائلة بالنسب نفسها. قيمة p الصغيرة تعني أن "
             "الفروق أكبر مما تعطيه الصدفة عادة، ومعامل Cramér's V يبيّن حجمها (0: لا فرق، 1: لكل مجموعة مصطلحها)."),
            ("صوت الوسيلة والاقتباس", "صوت الوسيلة جملها هي؛ والاقتباس كلام بين علامات التنصيص أو في تسمية منقولة "
             "(«ما وصفه … بـ») أو في عنوان على صيغة «المتحدث: التصريح». أما إعادة الصياغة بعد «قال إن» بلا علامات "
             "تنصيص فتُحسب من صوت الوسيلة. مع خيار own لا تُحسب الكلمة التي تقتبسها الوسيلة فقط اختيارًا لها."),
            ("داخل الأحداث", "تغطي الوسائل قصصًا مختلفة. مقارنة الأحداث نفسها بين الوسائل تفصل اختيار الكلمة عن "
             "اختيار القصة."),
            ("الحدود", "المعجم يقيس اختيار الكلمات لا النوايا ولا الحقيقة. الأعداد الصغيرة تعطي مجالات واسعة، "
             "وقد يكون المصطلح الغائب مكتوبًا بإملاء لا يسرده المعجم. اقرأ سطور السياق قبل الاستنتاج."),
            ("كيف تستشهد", "اذكر الأداة ونسختها وأسماء المعاجم ونسخها وبصمة المدوّنة المطبوعة في الصفحة الأولى، "
             "مثلًا: «framing {version}، المعاجم {lexicons}، المدوّنة sha256 {hash12}…»."),
        ],
        "not_available": "غير متاح",
        "col_precision": "الدقة (تحقق يدوي)",
        "badge": "{p} [{lo}–{hi}]، n={n}", "badge_low": "منخفضة {p} [{lo}–{hi}]، n={n}", "badge_none": "لم يُتحقَّق منه",
        "precision_note": ("الدقة: نسبة مطابقات المصطلح التي حكم قارئ بشري بأنها تعني المصطلح فعلًا ({where}؛ مجال "
                           "ويلسون 95%). لا يعني العدد ما يقوله إلا بقدر دقته."),
        "where_audit": "تحقق يدوي من {n} سطرًا من هذه المدوّنة",
        "where_lexicon": "كما سُجّلت في المعجم، مقيسة على {corpora} لا على هذه المدوّنة",
        "flag_low": "دقة أقل من {bar}: {terms}.", "flag_none": "لم يُتحقَّق منها: {terms}.",
        "h_validation": "التحقق اليدوي (دقة المصطلحات)",
        "validation_audit": ("قرأ {k} مُرمِّز ({coders}؛ الملفات {files}) {n} سطر سياق سُحبت عشوائيًا لكل مصطلح "
                             "(framing audit sample)، وحكموا على كل مطابقة هل تعني المصطلح. تظهر دقة كل مصطلح بجانبه "
                             "مع مجال ويلسون 95%؛ والمصطلحات التي دقتها أقل من {bar} موسومة بكلمة منخفضة: كثير من "
                             "مطابقاتها كلمات أو معانٍ أخرى، فأعدادها وحصصها مبالغ فيها."),
        "validation_agreement": ("في {lines} سطرًا قرأها أكثر من مُرمِّز اتفقوا في {pa} منها{kappa}؛ ألفا كريبندورف "
                                 "{alpha} (1 = اتفاق تام، 0 = صدفة؛ يُطلب عادة 0.8 فأكثر)."),
        "validation_kappa": "، كابا كوهين {kappa}",
        "validation_weighted": "دقة كل مطابقات العائلة في المدوّنة (كل مصطلح بوزن تكراره، مجال 95%): {families}.",
        "validation_stale": "{k} سطرًا موسومًا لم تعد تطابق المعجم الحالي في هذه المدوّنة، فاستُبعدت.",
        "validation_lexicon": ("لم يُعطَ ملف تحقق. الدقة المعروضة هي المسجلة في ملفات المعجم، مقيسة يدويًا على "
                               "{corpora}؛ وقد تختلف على هذه المدوّنة: تحقق منها بـ framing audit ثم أعد بناء التقرير "
                               "بالأمر framing report … --audit FILE لتظهر الدقة المقيسة."),
        "validation_none": ("لم يُتحقَّق يدويًا من أي مصطلح في هذا التقرير. العدد لا يساوي أكثر من دقته (نسبة المطابقات "
                            "التي تعني المصطلح فعلًا): اسحب سطورًا بـ framing audit sample واقرأها ثم أعد بناء التقرير "
                            "بالأمر framing report … --audit FILE لتظهر الدقة المقيسة."),
    },
}


def _t(lang: str, key: str, **kw):
    s = T[lang].get(key) or T["en"][key]
    return s.format(**kw) if kw and isinstance(s, str) else s


def _events_table_blocks(top, lang: str, by: str) -> list[dict]:
    """The events table (``short`` code, label, first, last, groups, articles); when the codes
    (E1, E2… in date order) are not the corpus's own event ids, a column with the id, which is
    what ``--event`` takes, and a note saying so."""
    ids = [clean(r.event_id) for r in top.itertuples()]
    codes = [clean(getattr(r, "short", r.event_id)) for r in top.itertuples()]
    rows = [[c, clean(r.label), str(clean(r.first))[:10], str(clean(r.last))[:10], f"{int(r.n_outlets)}",
             f"{int(r.articles):,}"] for c, r in zip(codes, top.itertuples())]
    header, widths = _cols(lang, "cols_events", by), [0.07, 0.51, 0.12, 0.12, 0.09, 0.09]
    align = ["L", "A", "R", "R", "R", "R"]
    if ids == codes:
        return [{"kind": "table", "header": header, "rows": rows, "widths": widths, "align": align, "size": 8}]
    rows = [[row[0], i] + row[1:] for row, i in zip(rows, ids)]
    wide = max(len(i) for i in ids) > 8
    widths = [0.06, 0.17 if wide else 0.08] + [0.34 if wide else 0.43, 0.12, 0.12, 0.09, 0.10]
    return [{"kind": "table", "header": [header[0], _t(lang, "col_event_id")] + header[1:], "rows": rows,
             "widths": widths, "align": ["L", "L"] + align[1:], "size": 8},
            {"kind": "note", "text": _t(lang, "events_ids_note")}]


def _cols(lang: str, key: str, by: str) -> list[str]:
    return [c.format(by=by) for c in _t(lang, key)]


def blocks(data: ReportData, articles_file: str = "REPORT-articles.csv") -> list[dict]:
    """The report as blocks, in reading order (see the module docstring): title page, corpus
    overview, one section per family, keyness, methods, the appendix of articles (``articles_file``:
    the name of the complete list written beside the report)."""
    by = data.by
    groups = (sorted(map(str, data.articles[by].dropna().unique())) if by in data.articles
              else list(map(str, data.outlets["outlet"])))
    langs = ", ".join(f"{r.lang} {r.articles:,}" for r in data.languages.itertuples())
    out = _title_blocks(data, groups, langs) + _summary_blocks(data) + _corpus_blocks(data, 1, langs)
    sec = 1
    versions = dict(zip(data.lexicons["name"], data.lexicons["version"]))
    for fam in data.families:
        sec += 1
        if _nothing_to_compare(fam, by):  # one line, no charts, no page of its own
            name = fam.family + (f" ({fam.part})" if fam.part else "")
            said = _sentence(fam, data, within=False) or " ".join(fam.notes) or SUMMARY[data.lang]["none"]
            out.append({"kind": "p", "text": f"اختيار الكلمات في {ltr(name)}: {said}" if data.lang == "ar"
                        else f"{sec}. {_t(data.lang, 'h_family', family=name)}: {said}"})
            continue
        out.append({"kind": "pagebreak"})
        out.extend(_family_blocks(fam, data, sec, versions.get(fam.lexicon, "")))
    out += _keyness_blocks(data, sec + 1)
    sec += 1
    if data.sources is not None:
        sec += 1
        out += _sources_blocks(data, sec)
    return out + _methods_blocks(data, sec + 1) + appendix_blocks(data, data.lang, sec + 2, articles_file)


def _title_blocks(data: ReportData, groups: list[str], langs: str) -> list[dict]:
    """Title page: what was compared, the corpus, how the report was made."""
    lang, by, fams = data.lang, data.by, data.families
    names = list(dict.fromkeys(f.family for f in fams))    # a family split by language (ar, en) is one family
    fam_names = ", ".join(names) or "–"
    n_groups = len(groups)
    out = [{"kind": "title", "text": data.title},
           {"kind": "p", "text": _t(lang, "subtitle", version=data.toolkit_version)},
           {"kind": "p", "text": _t(lang, "intro", n_groups=n_groups, by=by, n=f"{data.n_articles:,}",
                                    first=data.first or "?", last=data.last or "?", n_fam=len(names),
                                    ies="y" if len(names) == 1 else "ies", families=fam_names)}]
    n_events = data.events["event_id"].nunique() if data.events is not None else 0
    out.append({"kind": "h2", "text": _t(lang, "corpus")})
    out.append({"kind": "kv", "rows": [
        (_t(lang, "k_name"), data.corpus_name),
        (_t(lang, "k_articles"), f"{data.n_articles:,}"),
        (_t(lang, "k_outlets", by=by), f"{n_groups}: " + ", ".join(map(str, groups[:12]))
         + ("…" if len(groups) > 12 else "")),
        (_t(lang, "k_dates"), f"{data.first or '?'} – {data.last or '?'}"),
        (_t(lang, "k_events"), f"{n_events:,}" if data.events is not None else _t(lang, "no_events")),
        (_t(lang, "k_langs"), langs),
        (_t(lang, "k_hash"), data.content_hash),
        *source_rows(data, lang),
    ]})
    out.append({"kind": "h2", "text": _t(lang, "made")})
    p = data.params
    params = (f"by={p.get('by')}, voice={p.get('voice')}, within_events={p.get('within_events')}, "
              f"families={p.get('families')}, report_lang={p.get('report_lang')}, "
              f"seed={p.get('seed')}")
    lexicons = "; ".join(f"{r.name} {r.version}".strip() for r in data.lexicons.itertuples())
    out.append({"kind": "kv", "rows": [
        (_t(lang, "k_command"), data.command),
        (_t(lang, "k_params"), params),
        (_t(lang, "k_toolkit"), f"framing {data.toolkit_version}"),
        (_t(lang, "k_lexicons"), lexicons),
        (_t(lang, "k_date"), _t(lang, "date_note", date=data.created.date().isoformat())),
    ]})
    out.append({"kind": "note", "text": _t(lang, "reproduce")})
    return out + [{"kind": "note", "text": n} for n in data.notes] + cite_blocks(data, lang)


SUMMARY = {
    "en": {"h": "Summary: how do these {by}s word these subjects differently?",
           "intro": "One line per word family: the headline result first, then the effect size (Cramér's V: "
                    "0 = same choice of words, 1 = each {by} its own word) and n (matches in articles). "
                    "Details, intervals and evidence follow in the sections.",
           "within": "Within the same events", "pooled": "All articles (affected by which stories each {by} "
                                                          "covered)",
           "differs": "the choice of word depends on the {by}", "same": "no clear difference between {by}s",
           "stats": "{p}, V = {v}, n = {n} matches in {a} articles", "events": "{k} shared events",
           "none": "nothing to compare"},
    "ar": {"h": "الخلاصة: كيف تختلف الوسائل في تسمية هذه الموضوعات؟",
           "intro": "سطر لكل عائلة كلمات: النتيجة الرئيسة أولًا، ثم حجم الأثر \u2066Cramér's V\u2069، وهو صفر حين "
                    "تختار الوسائل الكلمات نفسها و1 حين لكل وسيلة كلمتها، ثم n، أي المطابقات في المقالات. التفاصيل "
                    "والمجالات والشواهد في الأقسام التالية.",
           "within": "داخل الأحداث نفسها", "pooled": "كل المقالات، وهي تتأثر بالقصص التي غطتها كل وسيلة",
           "differs": "اختيار الكلمة يتوقف على الوسيلة", "same": "لا فرق واضح بين الوسائل",
           "stats": "{p}، و{v}، في \u2066{n}\u2069 مطابقة من \u2066{a}\u2069 مقالًا",
           "events": "\u2066{k}\u2069 حدثًا مشتركًا", "none": "لا شيء للمقارنة"},
}


def _headline(test: dict | None, lang: str, by: str) -> str:
    """``"the choice of word depends on the outlet (p < 0.001, V = 0.41, n = …)"`` or ``nothing to compare``."""
    w = SUMMARY[lang]
    if not test or test.get("statistic") is None:
        return w["none"]
    p = test.get("p_value")
    verdict = w["differs" if p is not None and p < 0.05 else "same"].format(by=by)
    pv, vv = (p_ar(p), "معامل " + equals("V", num(test.get("cramers_v"), 2))) if lang == "ar" else \
        (p_value(p), num(test.get("cramers_v"), 2))
    st = w["stats"].format(p=pv, v=vv, n=f"{int(test.get('n') or 0):,}",
                           a=f"{int(test.get('articles') or 0):,}")
    if test.get("events"):
        st += ", " + w["events"].format(k=int(test["events"]))
    return f"{verdict}: {st}" if lang == "ar" else f"{verdict} ({st})"


def _sentence(fam: FamilyResult, data: ReportData, within: bool) -> str:
    """The family's result sentence (pooled or within events) in the report's language."""
    if data.lang != "ar":
        return fam.within_sentence if within else fam.sentence
    test, pw = (fam.within_test, fam.within_pairwise) if within else (fam.test, fam.pairwise)
    return result_sentence(test, pw, within=within, shares=fam.shares, by=data.by,
                           names=plot.term_names(fam.terms) if len(fam.terms) else {})


def _nothing_to_compare(fam: FamilyResult, by: str) -> bool:
    """True when fewer than two groups use the family: there is no comparison to show."""
    s = fam.shares
    if not len(s) or by not in s:
        return True
    used = s.groupby(by)["matches"].sum()
    return int((used > 0).sum()) < 2


def _summary_blocks(data: ReportData) -> list[dict]:
    """Page 1 after the title: per family its headline result, the within-event one leading when
    computed (the pooled one labelled as affected by coverage), and the small multiple chart."""
    lang, by = data.lang, data.by
    w = SUMMARY[lang]
    out = [{"kind": "pagebreak"}, {"kind": "h1", "text": w["h"].format(by=by)},
           {"kind": "note", "text": w["intro"].format(by=by)}]
    for fam in data.families:
        name = fam.family + (f" ({fam.part})" if fam.part else "")
        name = f"عائلة {ltr(name)}" if lang == "ar" else name
        if fam.total_matches == 0 or not fam.test or fam.test.get("statistic") is None:
            out.append({"kind": "p", "text": f"{name}: {w['none']}"})
            continue
        if fam.within_test is not None:
            out.append({"kind": "p", "text": f"{name}. {w['within']}: {_headline(fam.within_test, lang, by)}."})
            out.append({"kind": "note", "text": f"{w['pooled'].format(by=by)}: {_headline(fam.test, lang, by)}."})
        else:
            out.append({"kind": "p", "text": f"{name}: {_headline(fam.test, lang, by)}."})
    shown = [f for f in data.families if f.test and f.test.get("statistic") is not None]
    if shown:
        panels = [(f.family + (f" ({f.part})" if f.part else ""), f.shares,
                   plot.term_names(f.terms) if len(f.terms) else {}) for f in shown]
        out.append({"kind": "figure", "name": "summary-shares", "alt": alt.alt_summary(panels, by, lang),
                    "fig": plot.family_summary(panels, by=by, lang=lang)})
    return out


def _corpus_blocks(data: ReportData, sec: int, langs: str) -> list[dict]:
    """Section ``sec``: articles per group and over time, events, wire copies."""
    lang, by = data.lang, data.by
    out = [{"kind": "pagebreak"}, {"kind": "h1", "text": f"{sec}. {_t(lang, 'h_corpus')}"},
           {"kind": "h2", "text": _t(lang, "per_outlet", by=by)}]
    rows = [[clean(r.outlet), f"{int(r.articles):,}", clean(r.first), clean(r.last), clean(r.languages),
             f"{int(r.events):,}"] for r in data.outlets.itertuples()]
    out.append({"kind": "table", "header": _cols(lang, "cols_outlets", by), "rows": rows,
                "widths": [0.34, 0.13, 0.14, 0.14, 0.13, 0.12], "align": ["L", "R", "R", "R", "L", "R"]})
    out.extend(_outlet_table_blocks(data))
    out.append({"kind": "figure", "name": "articles-over-time",
                "alt": alt.alt_time(data.articles, by, data.first, data.last, lang),
                "fig": plot.articles_over_time(data.articles, by=by, lang=lang)})
    out.append({"kind": "p", "text": _t(lang, "languages", langs=langs)})
    out.append({"kind": "h2", "text": _t(lang, "h_events")})
    if data.events is not None and len(data.events):
        out.append({"kind": "figure", "name": "event-coverage", "alt": alt.alt_coverage(data.events, by, lang),
                    "fig": plot.event_coverage(data.articles, data.events, by=by, lang=lang)})
        ev = data.events.sort_values(["n_outlets", "articles"], ascending=False, kind="stable")
        drawn = {e for f in data.families if f.event_shares is not None and f.focus_term is not None
                 for e in plot.drawn_events(f.event_shares, f.family, by=by)}
        top, rest = ev.iloc[:EVENTS_LISTED], ev.iloc[EVENTS_LISTED:]
        top = pd.concat([top, rest[rest["event_id"].isin(drawn)]])   # and every code a chart shows
        if "short" in top:  # the legend of the charts' codes, in date order
            top = top.assign(_n=top["short"].str[1:].astype(int)).sort_values("_n", kind="stable")
        out.extend(_events_table_blocks(top, lang, by))
        if len(ev) > len(top):
            out.append({"kind": "note", "text": _t(lang, "events_more", shown=f"{len(top):,}", total=f"{len(ev):,}", by=by)})
    else:
        out.append({"kind": "note", "text": _t(lang, "events_na", by=by)})
    out.append({"kind": "h2", "text": _t(lang, "h_copies")})
    if data.copies is not None and len(data.copies):
        rows = [[clean(r.outlet), f"{int(r.articles):,}", f"{int(r.copies):,}", pct(r.copied_share)]
                for r in data.copies.itertuples()]
        out.append({"kind": "table", "header": _cols(lang, "cols_copies", by), "rows": rows,
                    "widths": [0.4, 0.2, 0.2, 0.2], "align": ["L", "R", "R", "R"]})
        out.append({"kind": "note", "text": _t(lang, "copies_text", by=by)})
    else:
        out.append({"kind": "note", "text": _t(lang, "copies_na")})
    return out


OUTLETS = {"en": {"h": "The outlets", "cols": ["id", "name (Arabic)", "name (English)", "country", "kind"],
                  "note": "Names, country and kind from the corpus's outlets table (framing outlets CORPUS; "
                          "set them with --name-ar, --name-en, --country, --kind). The report prints each "
                          "outlet under its name in the report's language."},
           "ar": {"h": "الوسائل", "cols": ["المعرّف", "الاسم بالعربية", "الاسم بالإنجليزية", "البلد", "النوع"],
                  "note": "الأسماء والبلد والنوع من جدول وسائل المدوّنة (\u2066framing outlets CORPUS\u2069)؛ "
                          "ويطبع التقرير كل وسيلة باسمها بلغة التقرير."}}


def _outlet_table_blocks(data: ReportData) -> list[dict]:
    """The outlets table (id, names, country, kind) when the corpus knows more than the ids."""
    t = data.outlet_table
    fields = ["name_ar", "name_en", "country", "kind"]
    if t is None or not len(t) or not t[fields].notna().any().any():
        return []
    w = OUTLETS[data.lang]
    rows = [[clean(r.outlet)] + [clean(getattr(r, f)) or "–" for f in fields] for r in t.itertuples()]
    return [{"kind": "h2", "text": w["h"]},
            {"kind": "table", "header": w["cols"], "rows": rows, "widths": [0.18, 0.24, 0.3, 0.12, 0.16],
             "align": ["L", "A", "L", "L", "A"], "size": 8},
            {"kind": "note", "text": w["note"]}]


def _keyness_notes(data: ReportData) -> list[dict]:
    """What the distinctive-words lists leave out (outlet names) and which languages they rank."""
    lang, info, out = data.lang, data.keyness_info or {}, []
    if info.get("names"):      # Latin and Arabic words apart, each run isolated (bidi)
        latin = ", ".join(w for w in info["names"] if not has_arabic(w))
        arabic = "، ".join(w for w in info["names"] if has_arabic(w))
        words = "; ".join(x for x in (f"\u2066{latin}\u2069" if latin else "",
                                      f"\u2067{arabic}\u2069" if arabic else "") if x)
        out.append({"kind": "note", "text": _t(lang, "keyness_names", words=words)})
    if len(info.get("ranked") or {}) > 1:
        out.append({"kind": "note", "text": _t(lang, "keyness_langs", langs="; ".join(
            f"{x} ({len(g)})" for x, g in info["ranked"].items()))})
    for x, g in (info.get("single") or {}).items():
        out.append({"kind": "note", "text": _t(lang, "keyness_single", by=data.by, language=x or "?", groups=g)})
    return out


def _keyness_blocks(data: ReportData, sec: int) -> list[dict]:
    """Section ``sec``: the distinctive words of each group."""
    lang, by = data.lang, data.by
    out = [{"kind": "pagebreak"}, {"kind": "h1", "text": f"{sec}. {_t(lang, 'h_keyness')}"}]
    if not data.keyness:
        return out + [{"kind": "note", "text": (data.keyness_note or _t(lang, "not_available"))}]
    first = next(iter(data.keyness.values()))
    score = next((c for c in ("z", "zeta", "logodds", "g2", "chi2", "score") if c in first), "score")
    out.append({"kind": "p", "text": _t(lang, "keyness_intro", by=by, score=score)})
    out.extend(_keyness_notes(data))
    out.append({"kind": "figure", "name": "keyness", "alt": alt.alt_keyness(data.keyness, lang),
                "fig": plot.keyness_grid(data.keyness, score=score, lang=lang)})
    rows = []
    for g, k in data.keyness.items():
        words = [f"{clean(t)} ({num(z, 1)})" for t, z in zip(k["term"][:6], k[score][:6])]
        rows.append([clean(g), ("، " if has_arabic(" ".join(words)) else ", ").join(words)])
    out.append({"kind": "table", "header": [plot.group_name(by, lang), _t(lang, "col_key", score=score)],
                "rows": rows, "widths": [0.22, 0.78], "align": ["L", "A"]})
    return out


def _methods_blocks(data: ReportData, sec: int) -> list[dict]:
    """Section ``sec``: the plain-language methods appendix."""
    lang = data.lang
    out = [{"kind": "pagebreak"}, {"kind": "h1", "text": f"{sec}. {_t(lang, 'h_methods')}"}]
    lexnames = ", ".join(f"{r.name} {r.version}".strip() for r in data.lexicons.itertuples())
    for head, text in _t(lang, "methods"):
        out.append({"kind": "h3", "text": head})
        out.append({"kind": "p", "text": text.format(version=data.toolkit_version, lexicons=lexnames,
                                                     hash12=data.content_hash[:12])})
    out.extend(_validation_blocks(data))
    return out


def _validation_blocks(data: ReportData) -> list[dict]:
    """The methods appendix on the hand check: sample size, coders, agreement (or why there is none)."""
    lang, a = data.lang, data.audit
    out = [{"kind": "h3", "text": _t(lang, "h_validation")}]
    if a is None:
        return out + [{"kind": "p", "text": _t(lang, "validation_none")}]
    if a.source != "audit":
        corpora = ", ".join(dict.fromkeys(map(str, a.terms["corpus"])))
        return out + [{"kind": "p", "text": _t(lang, "validation_lexicon", corpora=corpora)}]
    k = len(a.coders)
    out.append({"kind": "p", "text": _t(lang, "validation_audit", n=f"{a.n_lines:,}", k=k, s="" if k == 1 else "s",
                                        coders=", ".join(a.coders), files=", ".join(a.files), bar=pct(LOW_PRECISION))})
    ag = a.agreement
    if ag is not None and len(ag) and int(ag["lines"].iat[0]) > 0:
        r = ag.iloc[0]
        kappa = _t(lang, "validation_kappa", kappa=num(r["cohen_kappa"], 2)) if pd.notna(r["cohen_kappa"]) else ""
        out.append({"kind": "p", "text": _t(lang, "validation_agreement", lines=int(r["lines"]),
                                            pa=pct(r["percent_agreement"]), kappa=kappa,
                                            alpha=num(r["krippendorff_alpha"], 2))})
    fams = a.families.dropna(subset=["precision_weighted"]) if a.families is not None and \
        "precision_weighted" in a.families else None
    if fams is not None and len(fams):
        out.append({"kind": "p", "text": _t(lang, "validation_weighted", families="; ".join(
            f"{r.family} {pct(r.precision_weighted)} [{pct(r.weighted_ci_low)}–{pct(r.weighted_ci_high)}]"
            for r in fams.itertuples()))})
    if a.stale:
        out.append({"kind": "note", "text": _t(lang, "validation_stale", k=a.stale)})
    return out


def _precision_rows(data: ReportData, fam: FamilyResult) -> dict | None:
    """term -> its audit row (``n, precision, ci_low, ci_high``) for this family; None without any audit."""
    if data.audit is None:
        return None
    t = data.audit.terms
    t = t[t["family"] == fam.family]
    return {r["term"]: r for r in t.to_dict("records")}


def _badge(lang: str, row: dict | None) -> str:
    if row is None:
        return _t(lang, "badge_none")
    low = row["precision"] < LOW_PRECISION       # (one decimal, so 0.897 does not print as the bar's 90%)
    return _t(lang, "badge_low" if low else "badge", p=pct(row["precision"], int(low)), lo=pct(row["ci_low"]),
              hi=pct(row["ci_high"]), n=int(row["n"]))


def _chart_terms(terms: pd.DataFrame, prec: dict | None) -> pd.DataFrame:
    """The terms table with each label followed by its audited precision (``?`` when not audited)."""
    if prec is None or "term" not in terms:
        return terms
    tag = [f"({pct(prec[t]['precision']) if t in prec else '?'})" for t in terms["term"]]
    out = terms.copy()
    for col in ("label_en", "label_ar"):
        if col in out:
            out[col] = [f"{clean(v) or t} {g}" for v, t, g in zip(out[col], out["term"], tag)]
    return out


def _precision_notes(data: ReportData, fam: FamilyResult, prec: dict) -> list[dict]:
    lang, a = data.lang, data.audit
    where = (_t(lang, "where_audit", n=f"{a.n_lines:,}") if a.source == "audit" else
             _t(lang, "where_lexicon", corpora=", ".join(dict.fromkeys(map(str, a.terms["corpus"])))))
    out = [{"kind": "note", "text": _t(lang, "precision_note", where=where)}]
    terms = list(fam.terms["term"]) if "term" in fam.terms else []
    low = [f"{t} ({pct(prec[t]['precision'], 1)})" for t in terms if t in prec and prec[t]["precision"] < LOW_PRECISION]
    none = [t for t in terms if t not in prec]
    if low:
        out.append({"kind": "note", "text": _t(lang, "flag_low", terms=", ".join(low), bar=pct(LOW_PRECISION))})
    if none:
        out.append({"kind": "note", "text": _t(lang, "flag_none", terms=", ".join(none))})
    return out


def _family_blocks(fam: FamilyResult, data: ReportData, sec: int, version: str) -> list[dict]:
    lang, by = data.lang, data.by
    out: list[dict] = []
    add = out.append
    add({"kind": "h1", "text": f"{sec}. {_t(lang, 'h_family', family=fam.family)}"
                               + (f" ({fam.part})" if fam.part else "")})
    if fam.label:
        add({"kind": "p", "text": fam.label})
    voice = _t(lang, f"voice_{data.voice}") if data.voice in ("own", "all") else \
        _t(lang, "voice_some", voices=data.voice.replace(",", ", "))
    add({"kind": "p", "text": _t(lang, "family_intro", lexicon=fam.lexicon, version=version or "?",
                                 family=fam.family, n_terms=len(fam.terms), voice=voice)})
    prec = _precision_rows(data, fam)
    out.extend(_terms_table_blocks(fam, data, prec))
    if fam.within_sentence and fam.within_test:  # like with like first; the pooled result is confounded
        add({"kind": "sentence", "text": _t(lang, "within_sentence", sentence=_sentence(fam, data, True))})
        if fam.sentence:
            add({"kind": "p", "text": SUMMARY[lang]["pooled"].format(by=by) + ": " + _sentence(fam, data, False)})
    elif fam.sentence:
        add({"kind": "sentence", "text": _sentence(fam, data, within=False)})
    if fam.test and fam.test.get("statistic") is not None:
        t = fam.test
        ar = lang == "ar"
        add({"kind": "note", "text": _t(lang, "test_line", test=clean(t.get("test")) or "chi-square",
                                        stat=num(t.get("statistic"), 2), dof=clean(t.get("dof")) or "–",
                                        p=p_ar(t.get("p_value")) if ar else p_value(t.get("p_value")),
                                        v=num(t.get("cramers_v"), 2), n=num(t.get("n"), 0))})
    for n in fam.notes:
        add({"kind": "note", "text": n})
    if fam.total_matches == 0:
        return out
    names = plot.term_names(fam.terms)
    terms = _shown_terms(fam)
    table_names = names if prec is None else {
        t: f"{names.get(t, t)} · {pct(prec[t]['precision']) if t in prec else '?'}" for t in set(names) | set(terms)}
    unused = [t for t in fam.terms["term"] if t not in set(terms)]
    add({"kind": "figure", "name": f"{fam.lexicon}-{fam.family}{'-' + fam.part if fam.part else ''}-shares",
         "alt": alt.alt_shares(fam.shares, fam.family, by, names, lang),
         "fig": plot.term_shares(fam.shares, fam.family, _chart_terms(fam.terms, prec), by=by, lang=lang)})
    out.extend(_number_tables(fam, data, terms, table_names))
    if unused:
        add({"kind": "note", "text": _t(lang, "unused", terms=", ".join(unused))})
    # within events
    add({"kind": "h2", "text": _t(lang, "h_within")})
    if fam.event_shares is not None and fam.focus_term is not None and len(fam.event_shares):
        add({"kind": "p", "text": _t(lang, "within_caption", term=names.get(fam.focus_term, fam.focus_term), by=by)})
        add({"kind": "figure", "name": f"{fam.lexicon}-{fam.family}{'-' + fam.part if fam.part else ''}-events",
             "alt": alt.alt_events(fam.event_shares, fam.focus_term, names.get(fam.focus_term, fam.focus_term), by,
                                   lang),
             "fig": plot.event_term_share(fam.event_shares, fam.focus_term, data.events, family=fam.family,
                                          by=by, lang=lang, title=_t(lang, "within_title", term=names.get(
                                              fam.focus_term, fam.focus_term), family=fam.family))})
        if fam.within_sentence and not fam.within_test:
            add({"kind": "sentence", "text": _t(lang, "within_sentence", sentence=_sentence(fam, data, True))})
    else:
        add({"kind": "note", "text": _t(lang, "within_na" if fam.event_shares is None else "within_none", by=by)})
    out.extend(_evidence_blocks(fam, lang, by, names))
    return out


def _terms_table_blocks(fam: FamilyResult, data: ReportData, prec: dict | None) -> list[dict]:
    """The table of a family's terms (term, English and Arabic labels, note) and, when terms were
    checked by hand (``prec``: term → precision record), a precision column and its notes."""
    lang = data.lang
    if not len(fam.terms):
        return []
    if prec is None:
        rows = [[clean(r.get("term")), clean(r.get("label_en")), clean(r.get("label_ar")), clean(r.get("note"))]
                for r in fam.terms.to_dict("records")]
        return [{"kind": "table", "header": _t(lang, "cols_terms"), "rows": rows,
                 "widths": [0.18, 0.22, 0.2, 0.4], "align": ["A", "L", "A", "A"], "size": 8, "wrap": [3]}]
    rows = [[clean(r.get("term")), clean(r.get("label_en")), clean(r.get("label_ar")), clean(r.get("note")),
             _badge(lang, prec.get(r.get("term")))] for r in fam.terms.to_dict("records")]
    return [{"kind": "table", "header": _t(lang, "cols_terms") + [_t(lang, "col_precision")], "rows": rows,
             "widths": [0.15, 0.16, 0.15, 0.3, 0.24], "align": ["A", "L", "A", "A", "A"], "size": 8, "wrap": [3]},
            *_precision_notes(data, fam, prec)]


def _evidence_blocks(fam: FamilyResult, lang: str, by: str, names: dict) -> list[dict]:
    """The evidence section of a family: heading, intro and its concordance lines (``fam.kwic``;
    ``names``: term id → readable name), each (term, outlet) pair's first line anchored."""
    out = [{"kind": "h2", "text": _t(lang, "h_evidence")}, {"kind": "p", "text": _t(lang, "evidence_intro", by=by)}]
    if fam.kwic is None or not len(fam.kwic):
        return out + [{"kind": "note", "text": _t(lang, "no_lines")}]
    lines, seen = [], set()
    for r in fam.kwic.itertuples(index=False):
        # date and id first: after an Arabic outlet name a date would be reordered (bidi rule W2)
        key = (r.term, r.outlet)
        lines.append({"meta": f"{str(clean(r.published))[:10]} · {clean(r.id)} · {clean(r.outlet)}",
                      "term": names.get(r.term, clean(r.term)), "left": _cut_word(r.left, True),
                      "match": clean(r.match), "right": _cut_word(r.right, False),
                      "voice": clean(getattr(r, "voice", "")), "term_anchor": _anchor(fam, r.term),
                      "anchor": _anchor(fam, *key) if key not in seen else None})
        seen.add(key)
    return out + [{"kind": "kwic", "lines": lines}]


def _sources_blocks(data: ReportData, sec: int, top: int = 3) -> list[dict]:
    """Who speaks: the speaker chart and each group's most quoted named speakers."""
    lang, by = data.lang, data.by
    col = "outlet" if by == "outlet" else "event_id"
    src = data.sources
    out = [{"kind": "pagebreak"}, {"kind": "h1", "text": f"{sec}. {_t(lang, 'h_sources')}"},
           {"kind": "p", "text": _t(lang, "sources_intro", by=plot.group_name(by, lang))}]
    named = src[src["speaker"].astype(str).str.strip() != ""]
    if named.empty:
        out.append({"kind": "note", "text": _t(lang, "not_available")})
        return out
    out.append({"kind": "figure", "name": "sources", "alt": alt.alt_sources(src, col, lang),
                "fig": plot.source_shares(src, by=col, lang=lang)})
    agg = (named.groupby([col, "speaker", "role"], dropna=False)
           .agg(quotes=("quotes", "sum"), share=("share", "sum"),
                verbs=("verb", lambda v: "، ".join(dict.fromkeys(x for x in v if x)))).reset_index())
    rows = []
    for g, part in agg.sort_values([col, "quotes"], ascending=[True, False], kind="stable").groupby(col, sort=True):
        for r in part.head(top).itertuples():
            rows.append([clean(g), clean(r.speaker), clean(r.role), clean(r.verbs), num(r.quotes, 0), pct(r.share)])
    out.append({"kind": "table", "header": _cols(lang, "cols_sources", plot.group_name(by, lang)), "rows": rows,
                "widths": [0.16, 0.22, 0.24, 0.18, 0.1, 0.1], "align": ["L", "A", "A", "A", "R", "R"]})
    return out


def _cut_word(context, left: bool) -> str:
    """A concordance context without the partial word kwic's fixed width leaves at its outer end
    (marked with …); contexts shorter than the width reach the start/end of the text."""
    s = clean(context)
    if len(str(context or "")) < KWIC_WIDTH - 2 or " " not in s:
        return s
    return "… " + s.split(" ", 1)[1] if left else s.rsplit(" ", 1)[0] + " …"


def _anchor(fam: FamilyResult, term, group=None) -> str:
    """The HTML id of a family's concordance lines for ``term`` (and ``group``)."""
    return alt.anchor(fam.lexicon, fam.family, fam.part, term, *(() if group is None else (group,)))


def _links(fam: FamilyResult, by: str):
    """``link(term, group) -> id | None``: the concordance lines of that term in that group, else of
    the term, else (``term`` None) the group's first lines in the family; None without lines."""
    k = fam.kwic
    if k is None or not len(k):
        return lambda term, group: None
    pairs = set(zip(k["term"], k["outlet"])) if by == "outlet" else set()
    terms = set(k["term"])
    first = {} if by != "outlet" else dict(zip(k["outlet"][::-1], k["term"][::-1]))

    def link(term, group):
        if term is None:
            return _anchor(fam, first[group], group) if group in first else None
        if (term, group) in pairs:
            return _anchor(fam, term, group)
        return _anchor(fam, term) if term in terms else None
    return link


def _shown_terms(fam: FamilyResult) -> list[str]:
    """Terms with at least one match, in lexicon order (then any other matched term)."""
    order = list(dict.fromkeys(list(fam.terms.get("term", [])) + list(fam.shares["term"])))
    used = fam.shares.groupby("term")["matches"].sum()
    return [t for t in order if used.get(t, 0) > 0]


def _number_tables(fam: FamilyResult, data: ReportData, terms: list[str], names: dict) -> list[dict]:
    """Rates per 10,000 tokens and shares with CIs: one column per term (≤ 5 terms), else one
    row per group and term."""
    lang, by = data.lang, data.by
    s = fam.shares
    out = []
    lead = s.groupby(by, sort=True).agg(tokens=("tokens", "first"), matches=("matches", "sum"))
    arts = data.articles
    if fam.part and "lang" in arts:                 # a language part: its own articles only
        arts = arts[arts["lang"].eq(fam.part).fillna(False).to_numpy(dtype=bool)]
    n_art = arts.groupby(by).size() if by in arts else pd.Series(dtype=int)
    cell = s.set_index([by, "term"])
    small = [clean(g) for g, r in lead.iterrows() if 0 < r.matches < SMALL_CELL]

    def rate(row):
        return f"{num(row['rate_per_10k'], 2)} ({int(row['matches'])})"

    def share(row):
        return (f"{pct(row['share'])} [{pct(row['ci_low'])}–{pct(row['ci_high'])}]"
                if pd.notna(row["share"]) else "–")

    fam_n = s.groupby(by)["family_articles"].max() if "family_articles" in s else pd.Series(dtype=int)
    link = _links(fam, by)
    if len(terms) <= 5:
        w = 0.54 / max(len(terms), 1)
        widths, align = [0.19, 0.09, 0.09, 0.09] + [w] * len(terms), ["L", "R", "R", "R"] + ["R"] * len(terms)
        for title, f, cols in (("h_rates", rate, "cols_rate_lead"), ("h_shares", share, "cols_share_lead")):
            rows, links = [], []
            for g, r in lead.iterrows():
                n = fam_n.get(g, 0) if cols == "cols_share_lead" else n_art.get(g, 0)
                rows.append([clean(g), f"{int(n):,}", f"{int(r.tokens):,}", f"{int(r.matches):,}"]
                            + [f(cell.loc[(g, t)]) if (g, t) in cell.index else "–" for t in terms])
                links.append([None, None, None, link(None, g)] + [link(t, g) for t in terms])
            out.append({"kind": "h2", "text": _t(lang, title)})
            out.append({"kind": "table", "header": _cols(lang, cols, by) + [names.get(t, t) for t in terms],
                        "rows": rows, "links": links, "widths": widths, "align": align,
                        "size": 8 if len(terms) > 3 else None})
    else:
        out.append({"kind": "h2", "text": _t(lang, "h_numbers")})
        lead_cols = _cols(lang, "cols_share_lead", by)
        header = [lead_cols[0], _t(lang, "col_term"), lead_cols[1], _t(lang, "col_rate"), _t(lang, "col_share")]
        rows, links = [], []
        for g, r in lead.iterrows():
            for t in terms:
                if (g, t) in cell.index and cell.loc[(g, t)]["matches"] > 0:
                    row = cell.loc[(g, t)]
                    rows.append([clean(g), names.get(t, t), f"{int(fam_n.get(g, 0)):,}",
                                 num(row["rate_per_10k"], 2), share(row)])
                    links.append([None, link(t, None), None, link(t, g), link(t, g)])
        out.append({"kind": "table", "header": header, "rows": rows, "links": links,
                    "widths": [0.25, 0.25, 0.12, 0.14, 0.24],
                    "align": ["L", "A", "R", "R", "R"]})
        out.append({"kind": "note", "text": _t(lang, "long_note", by=by)})
    if small:
        out.append({"kind": "note", "text": _t(lang, "small_cells", k=SMALL_CELL, groups=", ".join(small))})
    return out
