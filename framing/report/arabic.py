"""The result sentences of an Arabic report, written in Arabic from the test and pairwise numbers
(the statistics stage words its sentences in English).

Left-to-right runs (numbers, p-values, English names) are wrapped in Unicode isolates
(U+2066 … U+2069), which browsers honour. The PDF writer's bidi ignores isolates, does not
mirror brackets and detaches a number that ends a Latin run before Arabic text ("p = 0.006،"
prints as "0.006 = p"), so these sentences use no brackets and put every number between
Arabic words: "قيمة p أقل من 0.001"، "معامل V يساوي 0.67"، "65 مطابقة".
"""
from __future__ import annotations

import pandas as pd

from ..display.text import num, p_value, pct

__all__ = ["result_sentence", "ltr", "p_ar", "equals"]


def ltr(text) -> str:
    """``text`` as an isolated left-to-right run."""
    return f"\u2066{text}\u2069"


def p_ar(p) -> str:
    """A p-value in Arabic words around the number: ``قيمة p أقل من 0.001``."""
    text = p_value(p)              # "p < 0.001", "p = 0.004", "p > 0.99", "p = n/a"
    op, value = text[2], text[4:]
    if value == "n/a":
        return "قيمة p غير متاحة"
    word = {"<": "أقل من", ">": "أكبر من"}.get(op, "تساوي")
    return f"قيمة {ltr('p')} {word} {ltr(value)}"


def equals(label: str, value) -> str:
    """``label يساوي value`` with both as isolated runs."""
    return f"{ltr(label)} يساوي {ltr(value)}"


def _strength(v: float) -> str:
    return "ضعيف جدًا" if v < 0.1 else "ضعيف" if v < 0.3 else "متوسط" if v < 0.5 else "قوي"


def _no_test(test: dict, shares: pd.DataFrame | None, by: str, within: bool) -> str:
    n = int(test.get("n") or 0)
    if n == 0:
        return ("لا حدث فيه مطابقات من وسيلتين أو أكثر، فالمقارنة داخل الأحداث غير ممكنة." if within
                else "لا مطابقات لهذه العائلة في هذه المقالات، فلا شيء للمقارنة.")
    if (test.get("groups") or 0) < 2:
        name = ""
        if shares is not None and by in shares and len(shares):
            used = shares.groupby(by)["matches"].sum()
            name = "، " + ltr(used.idxmax()) + "،" if (used > 0).any() else ""
        return f"وسيلة واحدة فقط{name} تستعمل كلمات هذه العائلة، في {ltr(n)} مطابقة، فلا شيء للمقارنة."
    if (test.get("terms") or 0) < 2:
        return "كل المطابقات بالمصطلح نفسه، فلا يمكن أن يختلف الاختيار بين الوسائل."
    return f"المطابقات أقل من أن تُختبر: {ltr(n)} مطابقة فقط."


def _pair(pw: pd.DataFrame | None, names: dict) -> str:
    if pw is None or pw.empty:
        return ""
    sig = pw[pw["p_holm"] < 0.05]
    if sig.empty:
        k = pw.attrs.get("holm_tests", len(pw))
        return f" لا يختلف أي زوج من الوسائل بوضوح في مصطلح واحد بعد تصحيح Holm لعدد {ltr(k)} مقارنة."
    r = sig.loc[sig["diff"].abs().idxmax()]
    term = names.get(r["term"], r["term"])
    d, lo, hi = (ltr(f"{100 * r[c]:+.0f}") for c in ("diff", "ci_low", "ci_high"))
    return (f" أوضح فرق: {ltr(r['group_a'])} تستعمل «{term}» في {ltr(pct(r['share_a']))} من مطابقاتها، و{ltr(r['group_b'])} "
            f"في {ltr(pct(r['share_b']))}؛ الفرق {d} نقطة، ومجال 95% المعدّل بطريقة Holm من {lo} إلى {hi}، "
            f"{p_ar(r['p_holm'])}.")


def result_sentence(test: dict | None, pairwise: pd.DataFrame | None, *, within: bool, shares=None,
                    by: str = "outlet", names: dict | None = None) -> str:
    """The Arabic counterpart of ``Comparison.sentence`` (test, then the clearest pair)."""
    if not test:
        return ""
    if test.get("statistic") is None:
        return _no_test(test, shares, by, within)
    p, v = test.get("p_value"), test.get("cramers_v") or 0.0
    p = 1.0 if p is None else p
    n, arts, perms = (ltr(f"{int(test.get(k) or 0):,}") for k in ("n", "articles", "n_perm"))
    groups, events = ltr(test.get("groups") or "–"), ltr(test.get("events") or "–")
    verdict = ("اختيار المصطلح يتوقف على الوسيلة" if p < 0.05
               else "لا تُظهر البيانات أن اختيار المصطلح يتوقف على الوسيلة")
    size = f"ارتباط {_strength(v)}" if p < 0.05 else "وهو حجم تنتجه الصدفة وحدها مع هذه البيانات"
    # «كاي تربيع», not χ²: Amiri lacks χ, and fpdf2 draws the lines of a shaped paragraph after one set in the
    # fallback font with the wrong font (garbled glyphs in the PDF)
    chi, cv = f"كاي تربيع يساوي {ltr(num(test['statistic'], 1))}", "معامل " + equals("Cramér V", num(v, 2))
    stats = f"{chi}، ودرجات الحرية {ltr(test['dof'])}، و{p_ar(p)}؛ و{cv}، {size}"
    if within:
        s = (f"بمقارنة {groups} وسائل داخل الأحداث نفسها، وعددها {events}، "
             f"في {n} مطابقة من {arts} مقالًا: {verdict}. {stats}. تأتي قيمة p من {perms} خلطة لمقالات "
             "كاملة بين الوسائل داخل كل حدث، فلا تختلط الفروق بتغطية قصص مختلفة.")
    else:
        s = (f"عبر {groups} وسائل و{n} مطابقة في {arts} مقالًا: {verdict}. {stats}. تأتي قيمة p "
             f"من {perms} خلطة لمقالات كاملة بين الوسائل، لأن مطابقات المقال الواحد ليست مستقلة.")
    return s + _pair(pairwise, names or {})
