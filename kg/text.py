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
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from kg.doc import Span
from kg.folding import fold_chars

if TYPE_CHECKING:
    from kg.lang.base import Language

def fold(text: str, language: "Language | None" = None) -> str:
    """``text`` folded for matching: same length, one character for one character."""
    return fold_chars(text, language.script.fold if language is not None else None)


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
    return [t for s in spans for t in _bounded(text, _trim(text, s)) if t.end > t.start]


#: longer "sentences" (a page without stops, a list run together) are cut: no news sentence is
#: this long, and every stage's work per sentence stays bounded
MAX_SENTENCE = 1500
_CUT = re.compile(r"[,;:،؛，；：、]\s*|\s+")


def _bounded(text: str, span: Span) -> list[Span]:
    """``span`` in pieces of at most MAX_SENTENCE characters, cut after a comma or a space."""
    out: list[Span] = []
    start = span.start
    while span.end - start > MAX_SENTENCE:
        window_lo = start + MAX_SENTENCE // 2
        cuts = [m.end() for m in _CUT.finditer(text, window_lo, start + MAX_SENTENCE)]
        cut = cuts[-1] if cuts else start + MAX_SENTENCE
        out.append(_trim(text, Span(start, cut)))
        start = cut
    out.append(_trim(text, Span(start, span.end)))
    return out


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
