"""The one folding, character for character: Unicode compatibility folds plus a language's table.

:func:`kg.text.fold` applies it with a :class:`~kg.lang.base.Language`; the language data
itself folds its rules with it (so this module sits below both and imports neither).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Mapping

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


def fold_chars(text: str, table: "Mapping[str, str] | None" = None) -> str:
    """``text`` folded with a language's one-to-one ``table`` on top of the generic folds."""
    table = table or _NO_TABLE  # one object, so that its translation is built once
    if text and max(text) > "\uffff":  # beyond the basic plane: char by char
        return _fold_each(text, table)
    return text.translate(_translation(table))


_NO_TABLE: dict[str, str] = {}
#: one str.translate table per language table, kept as long as the process
_TRANSLATIONS: dict[int, tuple[object, dict[int, str]]] = {}


def _translation(table: "Mapping[str, str]") -> dict[int, str]:
    """Every basic-plane character the folds change, for ``str.translate`` (which leaves the
    rest alone): built once per table, instead of a mapping for each text folded."""
    hit = _TRANSLATIONS.get(id(table))
    if hit is None or hit[0] is not table:
        if len(_TRANSLATIONS) > 64:  # tables made on the fly by a caller: do not keep them all
            _TRANSLATIONS.clear()
        mapping = dict(_generic_plane())
        mapping.update({ord(k): v for k, v in table.items() if len(k) == 1 and v})
        hit = _TRANSLATIONS[id(table)] = (table, mapping)
    return hit[1]


@lru_cache(maxsize=1)
def _generic_plane() -> dict[int, str]:
    out: dict[int, str] = {}
    for code in range(0x10000):
        ch = chr(code)
        folded = _generic.__wrapped__(ch)
        if folded != ch:
            out[code] = folded
    return out


def _fold_each(text: str, table: "Mapping[str, str]") -> str:
    mapping: dict[int, str] = {}
    for ch in set(text):
        out = table.get(ch) or _generic(ch)
        if out != ch:
            mapping[ord(ch)] = out
    return text.translate(mapping) if mapping else text
