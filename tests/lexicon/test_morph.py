"""Optional lemma path: a tiny camel-tools morphology database written for the test (no download)."""
import subprocess
import sys
import textwrap

import pandas as pd
import pytest

from framing.lexicon import match, parse_lexicon

pytest.importorskip("camel_tools")

FEATS = "prc2:0 prc1:0 prc0:0 enc0:0 cas:u stt:u"
T = "\t"
DB = "\n".join([
    "###DEFINES###",
    "DEFINE pos pos:noun pos:verb pos:digit pos:punc pos:latin pos:foreign",
    "DEFINE lex lex:*open*",
    "DEFINE diac diac:*open*",
    "DEFINE prc0 prc0:0 prc0:Al_det",
    "DEFINE prc1 prc1:0 prc1:bi_prep prc1:ka_prep prc1:li_prep",
    "DEFINE prc2 prc2:0 prc2:wa_conj prc2:fa_conj",
    "DEFINE enc0 enc0:0 enc0:3mp_poss",
    "DEFINE num num:s num:p num:d",
    "DEFINE cas cas:n cas:a cas:g cas:u",
    "DEFINE stt stt:i stt:d stt:c stt:u",
    "###DEFAULTS###",
    f"DEFAULT pos:noun lex:* diac:* num:s {FEATS}",
    f"DEFAULT pos:digit lex:* diac:* num:s {FEATS}",
    f"DEFAULT pos:punc lex:* diac:* num:s {FEATS}",
    f"DEFAULT pos:latin lex:* diac:* num:s {FEATS}",
    "###ORDER###",
    "ORDER pos lex diac prc2 prc1 prc0 enc0 num cas stt",
    "###TOKENIZATIONS###",
    "TOKENIZATION prc2 prc1 prc0 enc0",
    "###STEMBACKOFF###",
    "STEMBACKOFF NOAN_ALL N",
    "###PREFIXES###",
    f"{T}Pref-0{T}diac: prc0:0 prc1:0 prc2:0",
    f"ال{T}Pref-Al{T}diac:ال prc0:Al_det",
    f"وال{T}Pref-wAl{T}diac:وَال prc2:wa_conj prc0:Al_det",
    f"و{T}Pref-w{T}diac:وَ prc2:wa_conj",
    "###SUFFIXES###",
    f"{T}Suff-0{T}diac:",
    f"هم{T}Suff-hm{T}diac:هُم enc0:3mp_poss",
    "###STEMS###",
    f"رهينه{T}N{T}diac:رَهِينَة lex:رَهِينَة_1 pos:noun num:s {FEATS}",
    f"رهائن{T}N{T}diac:رَهائِن lex:رَهِينَة_1 pos:noun num:p {FEATS}",
    f"اسير{T}N{T}diac:أَسِير lex:أَسِير_1 pos:noun num:s {FEATS}",
    f"اساري{T}N{T}diac:أُسارَى lex:أَسِير_1 pos:noun num:p {FEATS}",
    f"اسره{T}N{T}diac:أُسْرَة lex:أُسْرَة_1 pos:noun num:s {FEATS}",
    "###TABLE AB###",
    "Pref-0 N", "Pref-Al N", "Pref-wAl N", "Pref-w N",
    "###TABLE BC###",
    "N Suff-0", "N Suff-hm",
    "###TABLE AC###",
    "Pref-0 Suff-0", "Pref-0 Suff-hm", "Pref-Al Suff-0", "Pref-wAl Suff-0", "Pref-w Suff-0", "Pref-w Suff-hm",
]) + "\n"

LEX = textwrap.dedent("""\
    name: lemmas
    families:
      - id: captives
        terms:
          - id: hostages
            language: ar
            forms: [رهينة]
          - id: prisoners
            language: ar
            forms: [أسير]
          - id: en_hostages
            language: en
            forms: [hostage]
    """)


@pytest.fixture()
def camel_env(tmp_path, monkeypatch):
    data = tmp_path / "camel_data"
    data.mkdir()
    (data / "catalogue.json").write_text('{"version": "1.6", "packages": {}, "components": {}}')
    monkeypatch.setenv("CAMELTOOLS_DATA", str(data))
    monkeypatch.setenv("HOME", str(tmp_path))
    db = tmp_path / "morphology.db"
    db.write_text(DB, encoding="utf-8")
    return db


def test_lemma_matching_adds_unlisted_inflections(camel_env):
    from framing.lexicon.morph import LemmaMatcher
    lex = parse_lexicon(LEX, "lemmas.yaml")
    lm = LemmaMatcher(lex, camel_env)
    # an English term counts in English text (a field with more Latin letters than Arabic), here the title
    df = pd.DataFrame([{"id": "d", "outlet": "X", "title": "A hostage freed",
                        "text": "والرهائن و«الأسارى هنا الآن» الأسير الأسرة hostage"}])
    rules = match(df, lex, voice="all")
    assert list(rules["match"]) == ["hostage", "الأسير"]        # رهائن, أسارى are not listed forms
    m = match(df, lex, morph=lm, voice="all")
    assert list(zip(m["match"], m["term"], m["voice"])) == [
        ("hostage", "en_hostages", "own"), ("والرهائن", "hostages", "own"), ("الأسارى", "prisoners", "quoted"),
        ("الأسير", "prisoners", "own")]                          # الأسرة (family) has another lemma
    # the concordance reads the same matches, with their context
    from framing.lexicon import kwic
    k = kwic(df, lex, term="hostages", morph=lm, width=3)
    assert list(zip(k["left"], k["match"], k["right"])) == [("", "والرهائن", "و«")]


def test_missing_database_is_a_clear_error(camel_env, tmp_path):
    from framing.errors import FramingError
    from framing.lexicon.morph import LemmaMatcher
    with pytest.raises(FramingError, match="no camel-tools morphology database at"):
        LemmaMatcher(parse_lexicon(LEX, "lemmas.yaml"), tmp_path / "nope.db")


def test_import_framing_lexicon_does_not_import_camel_morphology():
    code = ("import sys, framing, framing.lexicon; from framing.lexicon import match; "
            "print(any(m.startswith('camel_tools') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
