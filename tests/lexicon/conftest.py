import textwrap

import pytest

from framing.lexicon import parse_lexicon

LEXICON_YAML = textwrap.dedent("""\
    name: test_captives
    version: 2
    description: Fictional test lexicon.
    families:
      - id: captives
        label: {en: people held, ar: المحتجزون}
        terms:
          - id: hostages
            language: ar
            label: {en: hostages, ar: رهائن}
            note: leverage
            forms: [رهينة, رهينتين, رهائن]
          - id: detainees
            language: ar
            label: {en: detainees, ar: محتجزون}
            forms: [محتجز, محتجزون, محتجزين]
          - id: prisoners
            language: ar
            forms: [أسير, أسرى]
          - id: en_hostages
            language: en
            forms: [hostage, hostages]
          - id: en_prisoners
            language: en
            forms: [prisoner, prisoners, prisoner of war]
      - id: war
        terms:
          - id: smo
            language: ar
            forms: [العملية العسكرية الخاصة]
          - id: operation
            language: ar
            forms: [العملية]
          - id: invasion
            language: ar
            forms: [الغزو, غزو]
          - id: martyrs
            language: ar
            forms: [شهداء]
          - id: said
            language: ar
            forms: [قال]
    """)


@pytest.fixture(scope="session")
def lex():
    return parse_lexicon(LEXICON_YAML, "test_captives.yaml")


@pytest.fixture()
def lexfile(tmp_path):
    p = tmp_path / "test_captives.yaml"
    p.write_text(LEXICON_YAML, encoding="utf-8")
    return p


@pytest.fixture(scope="session")
def lexicon_yaml():
    return LEXICON_YAML
