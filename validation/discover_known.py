"""Known contests of SaudiNewsNet, for the recall of ``framing discover`` (``labels/discover-known.csv``).

The contests below were chosen by reading and by counting word use per outlet in the full corpus, without
looking at discover's output.  Each member is a normalised, clitic-split stem phrase (as discover prints terms):
``forms`` are counted for the evidence and matched; ``cores`` are matched only (the word left when a diff cuts the
words two members share: «ميليشيات الحوثي» / «جماعة الحوثي» → ميليشيات / جماعة).  Run::

    FRAMING_SHARED=/work/shared python validation/discover_known.py

to recount the evidence (articles of ``full`` holding a form, per outlet) and rewrite the CSV.  A member used by
fewer than two outlets in at least ``MIN_DOCS`` articles each is dropped (printed), as is a contest left with
fewer than two members.
"""
from __future__ import annotations

import csv
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIN_DOCS = 3        # articles of an outlet that use a member, for that outlet to count as using it

# contest id: (topic, note, [(member, forms, cores), ...])
CONTESTS = {
    "houthis": ("yemen", "naming the Houthi movement: its name, a militia, coup-makers or rebels (delegitimation scale)", [
        ("حوثيين", "حوثيين|حوثيون", "حوثي|حوثية"),
        ("ميليشيات حوثي", "ميليشيات حوثي|ميليشيا حوثي|ميليشيات حوثية|ميليشيا حوثية|مليشيات حوثي|مليشيا حوثي|مليشيات حوثية",
         "ميليشيات|ميليشيا|مليشيات|مليشيا"),
        ("جماعة حوثي", "جماعة حوثي|جماعة حوثية|حركة حوثي|انصار الله", "جماعة|حركة"),
        ("انقلابيين", "انقلابيين|انقلابيون", "انقلابي|انقلابية"),
        ("متمردين", "متمردين|متمردون", "متمرد|متمردة")]),
    "saleh": ("yemen", "Ali Abdullah Saleh as the deposed (مخلوع) rather than the former president", [
        ("مخلوع", "مخلوع", ""),
        ("رئيس سابق", "رئيس سابق علي|رئيس يمني سابق", "سابق")]),
    "isis": ("isis", "the Islamic State: the pejorative acronym, its own name, or the Kharijites (religious delegitimation)", [
        ("داعش", "داعش", ""),
        ("تنظيم دولة", "تنظيم دولة|دولة اسلامية", "دولة"),
        ("خوارج", "خوارج", ""),
        ("دواعش", "دواعش", "")]),
    "regime": ("syria/iran", "a regime (نظام) or a government (حكومة) of Syria or Iran", [
        ("نظام", "نظام سوري|نظام اسد|نظام بشار|نظام ايراني|نظام طهران", "نظام"),
        ("حكومة", "حكومة سورية|حكومة ايرانية|سلطات سورية|حكومة دمشق", "حكومة")]),
    "syrian_army": ("syria", "the Syrian army as the regime's forces or as the army / government forces", [
        ("قوات نظام", "قوات نظام|جيش نظام|قوات اسد|قوات نظام سوري", ""),
        ("جيش سوري", "جيش سوري|قوات حكومية|قوات سورية|قوات حكومية سورية", "")]),
    "syrian_rebels": ("syria", "the armed Syrian opposition as revolutionaries, the opposition or armed factions", [
        ("ثوار", "ثوار", ""),
        ("معارضة", "معارضة سورية|معارضة مسلحة|فصائل معارضة|معارضة سورية مسلحة", "معارضة"),
        ("فصائل مسلحة", "فصائل مسلحة|جماعات مسلحة", "")]),
    "iran_rulers": ("iran", "Iran's rulers as the mullahs / the jurist's rule rather than Iran, Tehran or its regime", [
        ("ملالي", "ملالي|نظام ملالي|ولي فقيه", ""),
        ("ايران", "نظام ايراني|حكومة ايرانية|نظام طهران", "ايران|طهران")]),
    "iranians": ("iran", "Iranians as Persians / Safavids / Magians (ethnic and sectarian slurs) rather than Iranians", [
        ("ايرانيين", "ايرانيين|ايرانيون", ""),
        ("فرس", "فرس", ""),
        ("صفويين", "صفويين|صفوية|صفوي", ""),
        ("مجوس", "مجوس", "")]),
    "dead": ("casualties", "the dead as martyrs, the killed or victims", [
        ("شهداء", "شهداء|شهيد", ""),
        ("قتلي", "قتلي|قتيل", ""),
        ("ضحايا", "ضحايا", "")]),
    "dying": ("casualties", "a death told as martyrdom, a killing or a fall (مصرع)", [
        ("استشهاد", "استشهاد|استشهد|استشهدوا", ""),
        ("مقتل", "مقتل|قتل", ""),
        ("مصرع", "مصرع|لقي مصرع|لقوا مصرع|لقي حتف|لقوا حتف", "")]),
    "militants": ("terrorism", "armed men of the Syrian and Iraqi wars as fighters, militants, jihadists, extremists or terrorists", [
        ("مقاتلين", "مقاتلين|مقاتلون", ""),
        ("مسلحين", "مسلحين|مسلحون", ""),
        ("متشددين", "متشددين|متشددون", ""),
        ("جهاديين", "جهاديين|جهاديون", ""),
        ("متطرفين", "متطرفين|متطرفون", ""),
        ("ارهابيين", "ارهابيين|ارهابيون", "")]),
    "deviant_group": ("terrorism", "Saudi militants as the deviant group (the state's phrase) or a terrorist cell / organisation", [
        ("فئة ضالة", "فئة ضالة", "فئة"),
        ("خلية ارهابية", "خلية ارهابية|خلايا ارهابية|تنظيم ارهابي|تنظيمات ارهابية|جماعات ارهابية", "خلية|خلايا|تنظيم")]),
    "ideology": ("terrorism", "the militants' ideas as misguided, deviant, extremist, takfiri, terrorist or Daeshi thought", [
        ("فكر ضال", "فكر ضال", "ضال"),
        ("فكر منحرف", "فكر منحرف", "منحرف"),
        ("فكر متطرف", "فكر متطرف", "متطرف"),
        ("فكر تكفيري", "فكر تكفيري", "تكفيري"),
        ("فكر ارهابي", "فكر ارهابي", "ارهابي"),
        ("فكر داعشي", "فكر داعشي", "داعشي")]),
    "attack": ("terrorism", "a bombing named a terrorist act / crime rather than a suicide attack", [
        ("عمل ارهابي", "عمل ارهابي|عملية ارهابية|هجوم ارهابي|جريمة ارهابية|تفجير ارهابي", "ارهابي|ارهابية"),
        ("هجوم انتحاري", "هجوم انتحاري|عملية انتحارية|تفجير انتحاري", "انتحاري|انتحارية")]),
    "massacre": ("violence", "a deadly attack or shelling called a massacre", [
        ("مجزرة", "مجزرة|مذبحة|مجازر|محرقة", ""),
        ("هجوم", "هجوم|قصف", "")]),
    "pkk": ("turkey", "the PKK by its name, as Kurdish rebels, Kurdish fighters or separatists", [
        ("حزب عمال كردستاني", "حزب عمال كردستاني|عمال كردستاني", "كردستاني"),
        ("متمردين اكراد", "متمردين اكراد", "متمردين"),
        ("مقاتلين اكراد", "مقاتلين اكراد", "مقاتلين"),
        ("انفصاليين", "انفصاليين", "")]),
    "israel": ("israel/palestine", "Israel and its forces named as such or as the occupation / the Zionist entity", [
        ("اسرائيل", "اسرائيل|جيش اسرائيلي|قوات اسرائيلية|سلطات اسرائيلية", "اسرائيلي|اسرائيلية"),
        ("احتلال", "قوات احتلال|سلطات احتلال|جيش احتلال|كيان صهيوني", "احتلال|صهيوني")]),
    "settlers": ("israel/palestine", "the attackers of Duma and of Palestinians as settlers or as Jewish extremists / Jewish terror", [
        ("مستوطنين", "مستوطنين|مستوطنون", ""),
        ("متطرفين يهود", "متطرفين يهود|يهود متطرفين|ارهاب يهودي", "")]),
    "pmf": ("iraq", "Iraq's Popular Mobilisation by its name or as Shiite / sectarian militias", [
        ("حشد شعبي", "حشد شعبي", "حشد"),
        ("ميليشيات شيعية", "ميليشيات شيعية|مليشيات شيعية|ميليشيات طائفية", "")]),
    "captives": ("captives", "people held by an armed side as prisoners of war, hostages, detainees or abductees", [
        ("اسري", "اسري|اسير", ""),
        ("رهائن", "رهائن|رهينة", ""),
        ("محتجزين", "محتجزين", ""),
        ("معتقلين", "معتقلين", ""),
        ("مختطفين", "مختطفين|مخطوفين", "")]),
    "protesters": ("protests", "people in the street as demonstrators, protesters, or saboteurs / rioters", [
        ("متظاهرين", "متظاهرين|متظاهرون", ""),
        ("محتجين", "محتجين|محتجون", ""),
        ("مخربين", "مخربين", ""),
        ("مشاغبين", "مشاغبين|اعمال شغب", "")]),
    "morsi": ("egypt", "Mohamed Morsi as the ousted (معزول) rather than the former president", [
        ("معزول", "رئيس معزول|معزول محمد مرسي", "معزول"),
        ("رئيس اسبق", "رئيس اسبق محمد مرسي|رئيس سابق محمد مرسي|رئيس اسبق", "اسبق")]),
    "migrants": ("migration", "people crossing into Europe as refugees, migrants, illegal migrants or infiltrators", [
        ("لاجئين", "لاجئين|لاجئون", ""),
        ("مهاجرين", "مهاجرين|مهاجرون", ""),
        ("مهاجرين غير شرعيين", "مهاجرين غير شرعيين|هجرة غير شرعية|مهاجرين سريين", "غير شرعيين"),
        ("متسللين", "متسللين", "")]),
    "foreign_workers": ("saudi society", "foreigners living in the Kingdom as residents, incomers or (foreign) labour", [
        ("مقيمين", "مقيمين", ""),
        ("وافدين", "وافدين|عمالة وافدة", "وافدة"),
        ("عمالة", "عمالة", "")]),
    "liberation": ("yemen", "taking a city (Aden, Lahij) as liberation or cleansing rather than control or recapture", [
        ("تحرير", "تحرير", ""),
        ("تطهير", "تطهير", ""),
        ("سيطرة", "سيطرة", ""),
        ("استعادة", "استعادة", "")]),
}


def _stemmer(texts):
    """Surface word → discover's stem: :class:`framing.discovery._Stems` (normalize(lower=True), then the clitic
    split with the vocabulary of ``texts``), the very stemmer discover uses, so members and terms are read alike."""
    from framing.discovery import _Stems
    from framing.text.vocab import word_counts
    return _Stems(word_counts(texts))


def _stem_texts(df):
    """One string per article: its title and text as stems joined by spaces, « # » at punctuation."""
    from framing.text.tokenize import WORD_RE
    texts = (df["title"].fillna("") + " . " + df["text"].fillna("")).tolist()
    stem = _stemmer(texts)
    cut = re.compile(r'[.!?؟\n،:;«»"()]+')
    return [" # " + " # ".join(" ".join(stem(w) for w in WORD_RE.findall(p)) for p in cut.split(t)) + " # "
            for t in texts]


def rows(df):
    """The CSV rows: one per member, evidence counted in ``df`` (articles with ``outlet, title, text``)."""
    import pandas as pd
    stems = pd.Series(_stem_texts(df), index=df.index)
    out = []
    for cid, (topic, note, members) in CONTESTS.items():
        per = {}
        for member, forms, _ in members:
            pat = "|".join(re.escape(f" {f} ") for f in forms.split("|"))
            per[member] = df.loc[stems.str.contains(pat), "outlet"].value_counts()
        total = pd.concat(list(per.values())).groupby(level=0).sum()
        kept = [m for m in members if (per[m[0]] >= MIN_DOCS).sum() >= 2]
        for m in members:
            if m not in kept or len(kept) < 2:
                print(f"dropped {cid}/{m[0]}: {dict(per[m[0]])}", file=sys.stderr)
        if len(kept) < 2:
            continue
        for member, forms, cores in kept:
            c = per[member]
            used = c[c >= MIN_DOCS].sort_values(ascending=False)
            ev = "; ".join(f"{o} {n} ({100 * n / total[o]:.0f}%)" for o, n in used.items())
            out.append({"contest": cid, "topic": topic, "member": member, "forms": forms, "cores": cores,
                        "docs": int(c.sum()), "outlets": len(used), "evidence": ev, "note": note})
    return out


def main():
    import pandas as pd
    shared = Path(os.environ.get("FRAMING_SHARED", HERE.parent.parent / "shared"))
    df = pd.read_json(shared / "data" / "saudinewsnet" / "full.jsonl.gz", lines=True, dtype={"id": str})
    out = rows(df)
    with open(HERE / "labels" / "discover-known.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(out[0]))
        w.writeheader()
        w.writerows(out)
    print(f"{len({r['contest'] for r in out})} contests, {len(out)} members")


if __name__ == "__main__":
    main()
