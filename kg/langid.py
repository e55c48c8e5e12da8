"""Deterministic language identification by script, then by marker counts.

News articles are long and monolingual enough that the writing system
decides most cases (Han -> zh, Cyrillic -> ru, Hangul -> ko); only scripts
shared by several languages need a second look: Persian letters and words
against Arabic ones, stopword counts among Latin-script languages. No model,
no randomness: the same text always gets the same code.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Optional

#: (first, last, script) code point ranges, sorted by first
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

#: scripts that belong to one language only
_SINGLE: dict[str, str] = {"Greek": "el", "Armenian": "hy", "Hebrew": "he", "Devanagari": "hi",
                           "Thai": "th", "Georgian": "ka", "Hangul": "ko", "Kana": "ja"}

#: a CJK character carries about as much as a short Latin word
_WEIGHT: dict[str, float] = {"Han": 2.0, "Kana": 2.0, "Hangul": 2.0}

#: frequent function words that tell Latin-script languages apart
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that for on with as was by it from said has have be are "
                    "at which this an its were will would not but".split()),
    "fr": frozenset("le la les des du de et est un une que qui dans pour pas sur au aux avec ce "
                    "cette sont ont été il elle ses leur selon".split()),
    "es": frozenset("el la los las de del y que en un una por con para es se al lo como más su "
                    "sus fue ha según".split()),
    "de": frozenset("der die das und ist nicht mit den dem ein eine zu von auf für sich des im "
                    "auch wird wurde hat".split()),
    "it": frozenset("il lo gli della delle di che è e per con non una un sono del alla nel "
                    "anche ha".split()),
    "pt": frozenset("o os as da do das dos que e em para com uma um não por foi é ao na no "
                    "pelo pela".split()),
}

#: function words of any supported language: menus and tag runs have none
FUNCTION_WORDS: frozenset[str] = frozenset().union(*STOPWORDS.values(), (
    "في من على إلى عن مع بين بعد أن التي الذي "      # ar
    "در از به با و را که این برای "                   # fa
    "в на и с по о для к из что не от за как "         # ru
).split())

#: Persian against Arabic: letters and words only one of them uses
_FA_LETTERS = "پچژگ\u200c"          # pe, che, zhe, gaf, ZWNJ (می‌شود)
_FA_SOFT = "یک"                      # Farsi yeh and keheh (some Arabic sites use them too)
_AR_LETTERS = "ةىيك"                 # teh marbuta, alef maksura, Arabic yeh and kaf
_FA_WORDS = frozenset("است را این که می از با برای های شده کرد نیز یک آن".split())
_AR_WORDS = frozenset("في من على إلى أن التي الذي هذا عن مع كان قد وقال بين".split())
_UR_LETTERS = "ٹڈڑںےھ"               # Urdu-only letters
_WORD = re.compile(r"\w+")


def script_of(ch: str) -> Optional[str]:
    """The script of one letter, or None for digits, punctuation and the rest."""
    cp = ord(ch)
    i = bisect_right(_STARTS, cp) - 1
    if i >= 0 and cp <= _RANGES[i][1] and ch.isalpha():
        return _RANGES[i][2]
    return None


#: the first characters decide the script: an article's main language shows in its opening
_SAMPLE = 4000


def script_counts(text: str) -> Counter[str]:
    """Letters per script, CJK weighted up (see :data:`_WEIGHT`)."""
    counts: Counter[str] = Counter()
    for ch, n in Counter(text[:_SAMPLE]).items():  # per distinct character: far fewer lookups
        script = script_of(ch)
        if script is not None:
            counts[script] += n
    for script, weight in _WEIGHT.items():
        if script in counts:
            counts[script] = int(counts[script] * weight)
    return counts


def detect_language(text: str) -> Optional[str]:
    """ISO 639-1 code of ``text``'s main language, or None without letters."""
    counts = script_counts(text)
    if not counts:
        return None
    script = max(sorted(counts), key=lambda s: counts[s])
    if script == "Han":  # kanji-heavy Japanese still has plenty of kana
        return "ja" if counts.get("Kana", 0) >= 0.1 * (counts["Han"] + counts.get("Kana", 0)) else "zh"
    if script in _SINGLE:
        return _SINGLE[script]
    if script == "Arabic":
        return _arabic_script_language(text)
    if script == "Cyrillic":
        return _cyrillic_language(text)
    return _latin_language(text)


def _arabic_script_language(text: str) -> str:
    """fa when Persian-only letters and words outweigh Arabic ones, ur for Urdu."""
    words = _WORD.findall(text)
    fa = sum(text.count(c) for c in _FA_LETTERS) + 0.3 * sum(text.count(c) for c in _FA_SOFT)
    fa += 2 * sum(1 for w in words if w in _FA_WORDS)
    ar = sum(text.count(c) for c in _AR_LETTERS) + 2 * sum(1 for w in words if w in _AR_WORDS)
    if sum(text.count(c) for c in _UR_LETTERS) > 0.02 * max(len(text), 1):
        return "ur"
    return "fa" if fa > ar else "ar"


def _cyrillic_language(text: str) -> str:
    """Letters unique to a Cyrillic language decide; Russian otherwise."""
    lower = text.lower()
    total = max(sum(1 for c in lower if script_of(c) == "Cyrillic"), 1)
    share = {letters: sum(lower.count(c) for c in letters) / total
             for letters in ("іїєґ", "ў", "ђћџљњј", "ыэ", "ъ")}
    if share["ў"] > 0.002:
        return "be"
    if share["іїєґ"] > 0.01:
        return "uk"
    if share["ђћџљњј"] > 0.005:
        return "sr"
    if share["ыэ"] < 0.001 and share["ъ"] > 0.005:
        return "bg"
    return "ru"


def _latin_language(text: str) -> str:
    """The Latin-script language whose stopwords occur most; English on a tie."""
    words = Counter(w.lower() for w in _WORD.findall(text))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in STOPWORDS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best
