"""Text helpers every stage shares: one folding, sentences and clauses.

Rules match on a *folded* copy of the article that has exactly the length of
the original (every character folds to one character), so an offset found in
the folded text is an offset in ``Document.text`` and evidence always quotes
the article as written. Folding is Unicode compatibility (full-width forms,
digits of every script, typographic apostrophes and hyphens) plus the
language's own one-to-one table (traditional to simplified Chinese, Arabic
letter variants, Russian ё). Characters that would need deleting (Arabic
diacritics, tatweel) are removed by the reader before any offset exists.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from kg.doc import Span

if TYPE_CHECKING:
    from kg.lang.base import Language

_APOSTROPHES = "\u2019\u2018\u02bc\u00b4\u2032"
_HYPHENS = "\u2010\u2011\u2012"
_SPACES = "\u00a0\u2009\u202f\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000"


@lru_cache(maxsize=8192)
def _generic(ch: str) -> str:
    """The language-independent fold of one character (itself when nothing applies)."""
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII
        return chr(code - 0xFEE0)
    if ch in _APOSTROPHES:
        return "'"
    if ch in _HYPHENS:
        return "-"
    if ch in _SPACES:
        return " "
    if ch.isdigit() and not ch.isascii():
        value = unicodedata.decimal(ch, None)
        if value is not None:
            return str(value)
    return ch


def fold(text: str, language: "Language | None" = None) -> str:
    """``text`` folded for matching: same length, one character for one character."""
    table = language.script.fold if language is not None else {}
    mapping: dict[int, str] = {}
    for ch in set(text):
        out = table.get(ch) or _generic(ch)
        if out != ch:
            mapping[ord(ch)] = out
    return text.translate(mapping) if mapping else text


def strip_marks(text: str, language: "Language") -> str:
    """Remove the characters the language never needs for meaning (diacritics, tatweel)."""
    chars = language.script.strip
    return re.sub(f"[{re.escape(chars)}]", "", text) if chars else text


# --- sentences --------------------------------------------------------------------------------

def _abbreviation_pattern(language: "Language") -> re.Pattern[str]:
    words = sorted(language.script.abbreviations, key=len, reverse=True)
    body = "|".join(re.escape(w.rstrip(".")) for w in words) or r"(?!)"
    # an abbreviation or a single capital initial (George H. W. Bush, А. Лихачев) before the stop
    return re.compile(rf"(?:(?<![\w.])(?:{body})|(?<![\w.])[^\W\d_])$", re.IGNORECASE)


@lru_cache(maxsize=32)
def _sentence_rules(language: "Language") -> tuple[re.Pattern[str], re.Pattern[str]]:
    ends = re.escape(language.script.terminators)
    # a terminator (and closing quotes) followed by space and a likely sentence start, or a newline
    after = r"(?=\s|$)" if language.script.spaced else ""
    boundary = re.compile(rf"[{ends}]+[\"'”’»」』)\]]*{after}|\n+")
    return boundary, _abbreviation_pattern(language)


def split_sentences(text: str, language: "Language") -> list[Span]:
    """Sentences as spans: a newline always ends one; a terminator does unless it ends an
    abbreviation or an initial, or the next word starts in lower case (Latin, Cyrillic)."""
    boundary, abbreviation = _sentence_rules(language)
    spans: list[Span] = []
    start = 0
    spaced = language.script.spaced
    for m in boundary.finditer(text):
        if m.group().startswith("\n"):
            end = m.start()
        else:
            end = m.end()
            stop = text[m.start()]
            if spaced and stop == ".":
                if abbreviation.search(text, max(0, m.start() - 12), m.start()):
                    continue
                nxt = re.match(r"\s*(\S)", text[m.end():m.end() + 8])
                if nxt and language.script.cased and nxt.group(1).islower():
                    continue
                if nxt and nxt.group(1).isdigit() and text[m.start() - 1:m.start()].isdigit():
                    continue  # 1.5 million: not a stop
                if nxt and nxt.group(1) in "/(":
                    continue  # "MOSCOW, 5 June. /TASS/.": the credit after a dateline's date
        if end > start:
            spans.append(Span(start, end))
        start = m.end()
    if start < len(text):
        spans.append(Span(start, len(text)))
    return [t for t in (_trim(text, s) for s in spans) if t.end > t.start]


def _trim(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


@lru_cache(maxsize=32)
def _clause_pattern(language: "Language") -> re.Pattern[str]:
    return language.pattern(language.script.clause_breaks)


def clause_breaks(folded: str, span: Span, language: "Language") -> list[int]:
    """Offsets inside ``span`` where a clause ends (commas, semicolons, colons, dashes)."""
    return [m.start() for m in _clause_pattern(language).finditer(folded, span.start, span.end)]


def clauses(folded: str, span: Span, language: "Language") -> list[Span]:
    """The clauses of a sentence, as spans between its clause breaks."""
    out: list[Span] = []
    start = span.start
    for m in _clause_pattern(language).finditer(folded, span.start, span.end):
        if m.start() > start:
            out.append(Span(start, m.start()))
        start = m.end()
    if start < span.end:
        out.append(Span(start, span.end))
    return out


def iter_words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Word tokens (letters, digits, inner apostrophes and hyphens) of ``text[start:end]``."""
    return _WORD.finditer(text, start, len(text) if end is None else end)


_WORD = re.compile(r"[^\W_](?:[\w'-]*[^\W_])?")
