"""Offset-safe text folding and sentence/clause splitting.

Rules match on a *folded* copy of the article (traditional -> simplified
Chinese, Arabic letter variants unified, diacritics dropped, Persian digits
to ASCII) and every match is mapped back to the original offsets, so
evidence always quotes the article as written.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from kg.doc import Span

_ARABIC_FOLD = {"ی": "ي", "ى": "ي", "ک": "ك", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
                "ة": "ه", "ۀ": "ه", "ؤ": "و", "ئ": "ي"}
_DIGITS = {**{chr(0x06F0 + i): str(i) for i in range(10)}, **{chr(0x0660 + i): str(i) for i in range(10)}}
_DROP = re.compile(r"[\u0640\u064b-\u065f\u0670\u200d\u200e\u200f\u00ad]")
_SOFT_HYPHEN = re.compile("\u00ad")


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC  # shipped with opencc-python-reimplemented; no download
    return OpenCC("t2s")


@lru_cache(maxsize=65536)
def _simplify_char(ch: str) -> str:
    out = _t2s().convert(ch)
    return out if len(out) == 1 else ch


@dataclass(frozen=True)
class Folded:
    """A folded copy of ``original`` with a map from folded to original offsets."""

    original: str
    text: str
    index: Sequence[int]  # index[i] = original offset of folded char i; len = len(text)+1

    def at(self, offset: int) -> int:
        """Folded offset of an original offset (the first folded char at or after it)."""
        from bisect import bisect_left
        return bisect_left(self.index, offset, 0, len(self.index) - 1)

    def span(self, start: int, end: int) -> Span:
        """Original-text span of the folded range ``[start, end)``."""
        return Span(self.index[start], self.index[end - 1] + 1 if end > start else self.index[start])


def _table(text: str, lang: str | None) -> dict[int, str]:
    """A 1:1 translate table for the characters of ``text`` (no deletions)."""
    table: dict[int, str] = {}
    han, arabic = lang == "zh", lang in ("ar", "fa")
    for ch in set(text):
        if ch in _DIGITS:
            table[ord(ch)] = _DIGITS[ch]
        elif han and "\u3400" <= ch <= "\u9fff":
            simple = _simplify_char(ch)
            if simple != ch:
                table[ord(ch)] = simple
        elif arabic and ch in _ARABIC_FOLD:
            table[ord(ch)] = _ARABIC_FOLD[ch]
        elif arabic and ch == "\u200c":  # ZWNJ joins word parts: treat as a space
            table[ord(ch)] = " "
        if ch in "\u2019\u02bc":
            table[ord(ch)] = "'"
    return table


def fold(text: str, lang: str | None) -> Folded:
    """Fold ``text`` for matching; offsets map back through ``index``.

    Most characters fold 1:1 (one ``str.translate``); only dropped characters
    (Arabic diacritics and tatweel, soft hyphens) need an index that shifts.
    """
    folded = text.translate(_table(text, lang))
    drop = _DROP if lang in ("ar", "fa") else _SOFT_HYPHEN
    gone = {m.start() for m in drop.finditer(folded)}
    if not gone:
        return Folded(text, folded, range(len(text) + 1))
    index = [i for i in range(len(text)) if i not in gone]
    index.append(len(text))
    return Folded(text, "".join(ch for i, ch in enumerate(folded) if i not in gone), tuple(index))


def fold_keys(table: dict[str, int], lang: str) -> dict[str, int]:
    """A word table with its keys folded like the text it will be matched against."""
    return {fold(key, lang).text: value for key, value in table.items()}


def normalize_name(name: str) -> str:
    """The key under which two spellings of one name meet (as the scorer folds them)."""
    name = unicodedata.normalize("NFKC", name).casefold()
    name = "".join(_ARABIC_FOLD.get(c, c) for c in name)
    return re.sub(r"[\s·・‧\-‐‑–—.'\"“”«»《》「」()（）\u0640\u064b-\u0652\u200c]", "", name)


_SENTENCE_END = re.compile(r"(?<=[。！？!?؟])[”」』\"']?|(?<=[.;؛])(?=\s+[\"“«]?[A-ZА-ЯЁ0-9\u0600-\u06ff])|\n+")


def split_sentences(text: str) -> list[Span]:
    """Sentences as spans; newlines always end one, CJK/Arabic/Latin stops too."""
    spans: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if end > start:
            spans.append(Span(start, end))
        start = end
    if start < len(text):
        spans.append(Span(start, len(text)))
    return [_trim(text, s) for s in spans if text[s.start:s.end].strip()]


def _trim(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def split_clauses(text: str, sentence: Span) -> list[Span]:
    """Clauses of a sentence (split at commas, semicolons and colons)."""
    out: list[Span] = []
    start = sentence.start
    for m in re.finditer(r"[，,；;：:،؛]|\s[–—-]\s|——", text[sentence.start:sentence.end]):
        end = sentence.start + m.start()
        if end > start:
            out.append(Span(start, end))
        start = sentence.start + m.end()
    if start < sentence.end:
        out.append(Span(start, sentence.end))
    return out
