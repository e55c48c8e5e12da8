"""Finding lexicon names in folded running text: one matcher per language.

Every matcher does leftmost-longest, non-overlapping matching over the
folded text (:func:`kg.text.fold`, same length as the original), so its
offsets are offsets in ``Document.text``. How names change shape in the text
is the language's :class:`~kg.lang.base.Morphology`: proclitics glued to a
name (Arabic), case endings (Russian), article and endings on demonyms.

Unspaced scripts (Chinese) match plain substrings, longest first. Spaced
scripts match word by word: each word is a stem plus the endings it may take
before the word ends; a name's first letter must be written as in the
lexicon (``US`` is not ``us``) unless the text is in capitals.

A candidate may have no target (``None``): a *blocker*, an ordinary word
that contains a name (a Chinese word for "method" contains "France") and so
must win the position without producing a mention.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from kg.lang.base import Language
from kg.text import fold

_WORD_START = re.compile(r"(?<!\w)\w")
_WORD_TAIL = re.compile(r"\w*")


@dataclass(frozen=True)
class Hit:
    """A match: offsets into the (folded and original) text and the key it stands for."""

    start: int
    end: int
    key: str


def _lower(s: str) -> str:
    """Lower-case without changing the length (offsets must survive)."""
    low = s.lower()
    return low if len(low) == len(s) else "".join(c if len(c.lower()) != 1 else c.lower() for c in s)


class _Substrings:
    """Unspaced scripts: substrings of the folded text, longest first at each position."""

    def __init__(self, names: Iterable[tuple[str, Optional[str]]], language: Language) -> None:
        buckets: dict[str, dict[str, Optional[str]]] = {}
        for name, key in names:
            folded = fold(name.strip(), language)
            if len(folded) >= 2:
                buckets.setdefault(folded[0], {}).setdefault(folded, key)
        self._buckets = {c: sorted(d.items(), key=lambda kv: -len(kv[0])) for c, d in buckets.items()}

    def find(self, folded: str) -> list[Hit]:
        hits: list[Hit] = []
        i, n = 0, len(folded)
        while i < n:
            step = 1
            for name, key in self._buckets.get(folded[i], ()):
                if folded.startswith(name, i):
                    if key is not None:
                        hits.append(Hit(i, i + len(name), key))
                    step = len(name)
                    break
            i += step
        return hits


#: one word of a name: (stem as written, lower-cased stem, endings, exact case?)
_Word = tuple[str, str, frozenset[str], bool]


class _Words:
    """Spaced scripts: names as word sequences, bucketed by their first two lower-cased letters."""

    def __init__(self, names: Iterable[tuple[str, Optional[str]]], language: Language,
                 adjective: bool = False) -> None:
        m = language.morphology
        self._cased = language.script.cased
        self._prefixes = tuple(fold(p, language) for p in ("",) + m.prefixes + (m.articles if adjective else ()))
        suffixes = frozenset(("",) + tuple(fold(s, language) for s in m.adjective_suffixes)) if adjective \
            else frozenset(("",))
        self._buckets: dict[str, list[tuple[tuple[_Word, ...], Optional[str]]]] = {}
        seen: set = set()
        for name, key in names:
            folded = " ".join(fold(name, language).split())
            if len(folded) < 2:
                continue
            variants = [folded]
            if adjective and self._cased and folded[0].islower():
                variants.append(folded[0].upper() + folded[1:])  # a demonym opening a sentence
            if not self._cased and " " in folded:
                variants.append(folded.replace(" ", ""))  # پیونگ یانگ written پیونگیانگ
            for variant in variants:
                words = self._words(variant, m.inflect, suffixes)
                if (words, key) not in seen:
                    seen.add((words, key))
                    self._buckets.setdefault(words[0][1][:_KEY], []).append((words, key))
        for cands in self._buckets.values():
            cands.sort(key=lambda c: -sum(len(w[0]) for w in c[0]))

    def _words(self, name: str, inflect, last_endings: frozenset[str]) -> tuple[_Word, ...]:
        parts = name.split(" ")
        out: list[_Word] = []
        for i, w in enumerate(parts):
            acronym = self._cased and sum(c.isupper() for c in w) >= 2 and not any(c.islower() for c in w)
            if inflect is not None and not acronym:
                stem, endings = inflect(w)
                out.append((stem, _lower(stem), frozenset(_lower(e) for e in endings), False))
            else:
                endings = last_endings if i == len(parts) - 1 else frozenset(("",))
                out.append((w, _lower(w), endings, acronym or not self._cased))
        return tuple(out)

    @staticmethod
    def _match(folded: str, lower: str, pos: int, words: tuple[_Word, ...], cased: bool) -> int:
        """End of the name at ``pos``, or -1."""
        p, n = pos, len(folded)
        for i, (stem, stem_low, endings, exact) in enumerate(words):
            if i:
                if p >= n or not folded[p].isspace():
                    return -1
                while p < n and folded[p].isspace():
                    p += 1
            if not lower.startswith(stem_low, p):
                return -1
            if exact and cased:
                if not folded.startswith(stem, p):
                    return -1
            elif cased and stem and folded[p] != stem[0] and not folded[p:p + len(stem)].isupper():
                return -1  # first letter as written (China, not china), or ALL CAPS
            q = p + len(stem)
            tail = _WORD_TAIL.match(folded, q).end() if stem[-1:].isalnum() or stem[-1:] == "_" else q
            if lower[q:tail] not in endings:
                return -1
            p = tail
        return p

    def find(self, folded: str) -> list[Hit]:
        lower = _lower(folded)
        hits: list[Hit] = []
        pos = 0
        n = len(folded)
        for m in _WORD_START.finditer(folded):
            i = m.start()
            if i < pos:
                continue
            for prefix in self._prefixes:
                if prefix and not folded.startswith(prefix, i):
                    continue
                start = i + len(prefix)
                if start >= n:
                    continue
                best_end, best_key = -1, None
                for k in range(_KEY, 0, -1):  # names bucketed by their first letters (fewer for short stems)
                    for words, key in self._buckets.get(lower[start:start + k], ()):
                        if k < _KEY and len(words[0][1]) != k:
                            continue  # a longer stem lives in the longer bucket
                        end = self._match(folded, lower, start, words, self._cased)
                        if end > best_end:
                            best_end, best_key = end, key
                if best_end > start:
                    if best_key is not None:
                        hits.append(Hit(start, best_end, best_key))
                    pos = best_end
                    break
        return hits


#: how many first letters of a name's first stem key its bucket
_KEY = 4


class NameMatcher:
    """Leftmost-longest matching of many names in one language's folded text."""

    def __init__(self, names: Iterable[tuple[str, Optional[str]]], language: Language,
                 adjective: bool = False) -> None:
        names = list(names)
        self._impl = _Words(names, language, adjective) if language.script.spaced else _Substrings(names, language)

    def find(self, folded: str) -> list[Hit]:
        """Every name in ``folded`` (text already folded for this language)."""
        return self._impl.find(folded)
