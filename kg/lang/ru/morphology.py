"""Russian case endings, generated from the nominative (the lexicon matcher uses them).

The lexicon stores Russian names in the nominative (Россия, Москва, Владимир
Путин); articles use every case (России, Москве, Владимиром Путиным). Rather
than list forms word by word, each word is split into a stem and the set of
endings its declension class allows, and matching accepts stem + any of them.
The classes are deliberately generous: a name is only looked for where its
stem already matched, so an extra ending costs little precision.
"""
from __future__ import annotations

import re

# Adjective endings (hard and soft stems, all genders, cases, plural).
_ADJ = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "ого", "его", "ому", "ему",
        "им", "ым", "ом", "ем", "ую", "юю", "ою", "ей", "их", "ых", "ими", "ыми")

_NOUN_IY = ("ий", "ия", "ию", "ием", "ии", "ие")
_CLASSES: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    # (nominative ending, letters to strip, endings that may follow the stem)
    ("ский", 2, _ADJ), ("цкий", 2, _ADJ), ("ской", 2, _ADJ),
    ("ая", 2, _ADJ), ("яя", 2, _ADJ), ("ое", 2, _ADJ), ("ее", 2, _ADJ),
    ("ый", 2, _ADJ), ("ые", 2, _ADJ), ("ие", 2, _ADJ),
    ("ий", 2, _NOUN_IY + _ADJ),                                  # Дмитрий
    ("ия", 2, ("ия", "ии", "ию", "ией", "иею", "ие")),           # Россия, Федерация
    ("ья", 2, ("ья", "ьи", "ью", "ьей", "ье")),
    ("я", 1, ("я", "и", "ю", "ей", "ею", "е")),                  # Корея
    ("а", 1, ("а", "ы", "и", "е", "у", "ой", "ою", "ам", "ами", "ах")),  # Москва
    ("ь", 1, ("ь", "я", "ю", "ем", "ём", "е", "и", "ью")),       # Кремль, Беларусь
    ("й", 1, ("й", "я", "ю", "ем", "ём", "е")),                  # Китай, Сергей
    ("ы", 1, ("ы", "", "ов", "ам", "ами", "ах")),                # Штаты, Филиппины
)
_CONSONANT = ("", "а", "у", "ом", "ым", "е", "ем", "ы", "ов", "ам", "ами", "ах")  # Иран, Путин
_INDECLINABLE = re.compile(r"[оеиуюэ]$|[^а-яё]$", re.IGNORECASE)


def word_stem(word: str) -> tuple[str, tuple[str, ...]]:
    """Split a nominative word into (stem, allowed endings).

    Acronyms (РФ, США, КНДР) and words ending in a vowel that Russian does not
    decline in foreign names (Сомали, Марокко, Моди) take no ending.
    """
    if len(word) >= 2 and word.isupper():
        return word, ("",)
    low = word.lower()
    for ending, strip, endings in _CLASSES:
        if low.endswith(ending) and len(word) - strip >= 2:
            return word[: len(word) - strip], endings
    if _INDECLINABLE.search(low):
        return word, ("",)
    return word, _CONSONANT


def adjective_stem(word: str) -> str | None:
    """The stem of an inflected Russian adjective (российского -> российск)."""
    low = word.lower().replace("ё", "е")
    for ending in sorted(_ADJ, key=len, reverse=True):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: len(low) - len(ending)]
    if low.endswith("о") and len(low) > 4:  # compound prefix: российско-, ирано-
        return low
    return None


_STEM_ENDINGS = sorted(["ого", "его", "ому", "ему", "ыми", "ими", "ием", "ией", "еем", "ой", "ей", "ою", "ею",
                        "ую", "юю", "ым", "им", "ом", "ем", "ая", "яя", "ий", "ый", "ия", "ии", "ию", "ея", "ею",
                        "ее", "а", "я", "у", "ю", "е", "ы", "и", "й", "ь"], key=len, reverse=True)


def name_stem(word: str) -> str:
    """A name word without its case ending, so that every case meets: Путина, Путиным -> путин."""
    w = word.lower().replace("ё", "е")
    for ending in _STEM_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: len(w) - len(ending)]
    return w
