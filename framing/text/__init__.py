"""The Arabic text layer: normalisation, tokenisation with offsets, clitics.

Everything in ``framing`` that looks at words goes through here.
"""
from .clitics import attach, split, stem
from .normalize import normalize, normalize_series
from .tokenize import Token, sentences, tokenize, words

__all__ = ["normalize", "normalize_series", "Token", "tokenize", "words", "sentences",
           "attach", "split", "stem"]
