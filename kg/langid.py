"""Deterministic language identification: the writing system, then the language's own marks.

News articles are long and monolingual enough that the writing system decides
most cases (Han -> zh, Cyrillic -> ru); where several supported languages share
a script, each scores its distinctive letters (:attr:`Script.marks`) and its
function words (:attr:`Furniture.function_words`), all data of its package.
No model, no randomness: the same text always gets the same code.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from typing import Optional

from kg.lang import all_languages

#: (first, last, script) code point ranges, sorted by first (Unicode facts, not language data)
_RANGES: tuple[tuple[int, int, str], ...] = tuple(sorted((
    (0x0041, 0x005A, "Latin"), (0x0061, 0x007A, "Latin"), (0x00C0, 0x00D6, "Latin"),
    (0x00D8, 0x00F6, "Latin"), (0x00F8, 0x024F, "Latin"), (0x1E00, 0x1EFF, "Latin"),
    (0x0370, 0x03FF, "Greek"), (0x0400, 0x052F, "Cyrillic"), (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"), (0x0600, 0x06FF, "Arabic"), (0x0750, 0x077F, "Arabic"),
    (0x08A0, 0x08FF, "Arabic"), (0x0900, 0x097F, "Devanagari"), (0x0E00, 0x0E7F, "Thai"),
    (0x10A0, 0x10FF, "Georgian"), (0x1100, 0x11FF, "Hangul"), (0x3040, 0x30FF, "Kana"),
    (0x3130, 0x318F, "Hangul"), (0x31F0, 0x31FF, "Kana"), (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"), (0xAC00, 0xD7AF, "Hangul"), (0xF900, 0xFAFF, "Han"),
    (0xFB50, 0xFDFF, "Arabic"), (0xFE70, 0xFEFF, "Arabic"), (0xFF66, 0xFF9F, "Kana"),
    (0x20000, 0x2FA1F, "Han"),
)))
_STARTS: tuple[int, ...] = tuple(r[0] for r in _RANGES)
#: scripts of one language each that we read with fallback rules
_SINGLE: dict[str, str] = {"Greek": "el", "Armenian": "hy", "Hebrew": "he", "Devanagari": "hi", "Thai": "th",
                           "Georgian": "ka", "Hangul": "ko", "Kana": "ja"}
#: a CJK character carries about as much as a short Latin word
_WEIGHT: dict[str, float] = {"Han": 2.0, "Kana": 2.0, "Hangul": 2.0}
#: an article's main language shows in its opening
_SAMPLE = 4000
_WORD = re.compile(r"\w+")


def script_of(ch: str) -> Optional[str]:
    """The script of one letter, or None for digits, punctuation and the rest."""
    cp = ord(ch)
    i = bisect_right(_STARTS, cp) - 1
    if i >= 0 and cp <= _RANGES[i][1] and ch.isalpha():
        return _RANGES[i][2]
    return None


def script_counts(text: str) -> Counter[str]:
    """Letters per script, CJK weighted up."""
    counts: Counter[str] = Counter()
    for ch, n in Counter(text[:_SAMPLE]).items():
        script = script_of(ch)
        if script is not None:
            counts[script] += n
    for script, weight in _WEIGHT.items():
        if script in counts:
            counts[script] = int(counts[script] * weight)
    return counts


@lru_cache(maxsize=1)
def _by_system() -> dict[str, list]:
    out: dict[str, list] = {}
    for language in all_languages():
        out.setdefault(language.script.system, []).append(language)
    return out


def detect_language(text: str) -> Optional[str]:
    """ISO 639-1 code of ``text``'s main language, or None without letters."""
    counts = script_counts(text)
    if not counts:
        return None
    script = max(sorted(counts), key=lambda s: counts[s])
    if script == "Han" and counts.get("Kana", 0) >= 0.1 * (counts["Han"] + counts.get("Kana", 0)):
        return "ja"  # kanji-heavy Japanese still has plenty of kana
    candidates = _by_system().get(script)
    if not candidates:
        return _SINGLE.get(script)
    if len(candidates) == 1:
        return candidates[0].code
    sample = text[:_SAMPLE]
    words = Counter(w.lower() for w in _WORD.findall(sample))

    def score(language) -> float:
        marks = sum(sample.count(c) for c in language.script.marks)
        return 2 * sum(words[w] for w in language.furniture.function_words) + 0.5 * marks
    return max(candidates, key=lambda lang: (score(lang), -candidates.index(lang))).code


def function_words() -> frozenset[str]:
    """Function words of every supported language: menus and tag runs have none."""
    return frozenset(w for language in all_languages() for w in language.furniture.function_words)
