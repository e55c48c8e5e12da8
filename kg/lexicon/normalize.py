"""Per-script text folding that keeps every character's original offset.

Matching runs on a folded copy of the text, but mentions must point into the
original text, so each folder returns ``(folded, index)`` where ``index[i]`` is
the offset in the original text of folded character ``i``. Folders that map one
character to one character return ``index=None`` (identity).
"""
from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache
from typing import Sequence, Optional

# --- Chinese ---------------------------------------------------------------


@lru_cache(maxsize=1)
def _t2s_table() -> dict[str, str]:
    """Traditional -> simplified, one character to one character.

    Read from the character table bundled with opencc-python-reimplemented:
    converting character by character keeps offsets aligned, which phrase-level
    conversion would not, and reading the table is faster than calling OpenCC
    once per character.
    """
    table: dict[str, str] = {}
    try:
        import opencc  # noqa: WPS433 (optional at import time)

        base = os.path.join(os.path.dirname(opencc.__file__), "dictionary")
        for name in ("TWVariantsRev.txt", "TSCharacters.txt"):
            path = os.path.join(base, name)
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) < 2:
                        continue
                    src, dst = parts[0], parts[1].split(" ")[0]
                    if len(src) == 1 and len(dst) == 1:
                        # TWVariantsRev first: 裏 -> 裡; then TS: 裡 -> 里.
                        table[src] = table.get(dst, dst)
        # Chain: a TW variant maps to a traditional char that TS maps on.
        for src, dst in list(table.items()):
            table[src] = table.get(dst, dst)
    except ImportError:  # pragma: no cover - dependency is declared
        pass
    return table


#: Interpuncts in transliterated names (马苏德·佩泽什基安) come in many shapes.
_ZH_DOTS = {"・": "·", "•": "·", "‧": "·", "･": "·", "∙": "·", "⋅": "·"}


def fold_zh(text: str) -> str:
    """Simplified-Chinese view of ``text``, same length (offsets unchanged)."""
    table = _t2s_table()
    here = {}
    for ch in set(text):  # one translate over the text: per-character Python is the slow part
        mapped = table.get(ch) or _ZH_DOTS.get(ch, ch)
        if mapped != ch:
            here[ord(ch)] = mapped
    return text.translate(here) if here else text


# --- Arabic and Persian ----------------------------------------------------

_AR_MAP = {
    "\u06cc": "\u064a",  # Persian yeh -> Arabic yeh
    "\u0649": "\u064a",  # alef maksura -> yeh
    "\u06a9": "\u0643",  # keheh -> kaf
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
    "\u0629": "\u0647",  # teh marbuta -> heh
    "\u06c0": "\u0647",  # heh with yeh above -> heh
    "\u06d5": "\u0647",
    "\u200c": " ",       # ZWNJ counts as a space: پیونگ‌یانگ == پیونگ یانگ
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ",
}
#: Dropped entirely: tatweel, harakat, superscript alef, hamza marks, bidi marks.
_AR_DROP = re.compile("[\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u200d\u200e\u200f\u061c\u202a-\u202e]")


def _is_ar_drop(ch: str) -> bool:
    return bool(_AR_DROP.match(ch))


_AR_TABLE = str.maketrans(_AR_MAP)


def fold_arabic(text: str) -> tuple[str, Sequence[int]]:
    """Fold Arabic/Persian letter variants; return folded text and offsets."""
    mapped = text.translate(_AR_TABLE)
    gone = {m.start() for m in _AR_DROP.finditer(text)}
    if not gone:
        return mapped, range(len(text))
    keep = [i for i in range(len(text)) if i not in gone]
    return "".join(mapped[i] for i in keep), keep


def arabic_tail(text: str, end: int) -> int:
    """Extend an end offset over trailing marks (diacritics) that folding dropped."""
    while end < len(text) and _is_ar_drop(text[end]) and text[end] not in "\u200c\u200d":
        end += 1
    return end


# --- Latin and Cyrillic ----------------------------------------------------

_LATIN_MAP = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ",
    "\u0451": "\u0435", "\u0401": "\u0415",  # ё -> е, Ё -> Е
})


def fold_latin(text: str) -> str:
    """Fold quotes, dashes, spaces and ё; one character to one character."""
    return text.translate(_LATIN_MAP)


#: Latin letters that look Cyrillic; inside a Cyrillic word they are typos
#: or spam-filter evasion (Росcия with a Latin c) and fold to Cyrillic.
_HOMOGLYPHS = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
_CYR = re.compile("[\u0400-\u04ff]")
_MIXED = re.compile("[a-zA-Z]+")


def fold_cyrillic(text: str) -> str:
    """:func:`fold_latin`, then Latin look-alikes next to Cyrillic letters -> Cyrillic."""
    text = fold_latin(text)
    if not _CYR.search(text):
        return text

    def fix(m: re.Match[str]) -> str:
        s, e = m.start(), m.end()
        before = text[s - 1] if s else ""
        after = text[e] if e < len(text) else ""
        if _CYR.match(before) or _CYR.match(after):
            return m.group().translate(_HOMOGLYPHS)
        return m.group()

    return _MIXED.sub(fix, text)


# --- Whole-string keys for exact lookup --------------------------------------

_KEY_DROP = re.compile(r"[\s.\-·・‧•'\"“”‘’«»《》〈〉「」『』()\[\]（）【】_/]+")


def lookup_key(name: str) -> str:
    """Normalise a name for exact lookup, the way the scorer compares names.

    NFKC, case folding, Chinese traditional->simplified, Arabic/Persian letter
    folding, and removal of spaces, dots, hyphens, quotes and brackets.
    """
    s = unicodedata.normalize("NFKC", name).casefold()
    s = fold_zh(s)
    s, _ = fold_arabic(s)
    s = fold_latin(s)
    return _KEY_DROP.sub("", s)


def script_of(lang: Optional[str]) -> str:
    """Matcher family for a language code: zh, arabic, ru or latin."""
    lang = (lang or "").lower().replace("-", "_")
    if lang.startswith("zh"):
        return "zh"
    if lang in ("ar", "fa", "ur", "ps"):
        return "arabic"
    if lang in ("ru", "uk", "be", "bg", "sr", "kk"):
        return "ru"
    return "latin"
