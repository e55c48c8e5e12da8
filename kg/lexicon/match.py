"""Finding lexicon names in running text, one matcher per script.

Every matcher does leftmost-longest, non-overlapping matching over a folded
copy of the text and reports spans in the original text. Candidates are
bucketed by their first folded characters, and compared with plain string
operations (no per-name regular expressions), so building a matcher for a few
thousand names takes milliseconds and a 5,000-character article only tries the
handful of names that could start at each word.

A name is a sequence of words; each word is a stem plus the set of endings it
may take before the word ends (just ``""`` for fixed names; Russian case
endings for Russian names; ة/ين/... for Arabic adjectives). Words are separated
by whitespace in the text.

A candidate may have no target (``None``): a *blocker*, a longer ordinary word
that contains a name (合法国家 contains 法国) and so must win the position
without producing a mention.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Generic, Iterable, Optional, Sequence, TypeVar

from .normalize import arabic_tail, fold_arabic, fold_cyrillic, fold_latin, fold_zh
from .russian import word_stem

T = TypeVar("T")

_WORD_START = re.compile(r"(?<!\w)\w")
_WORD_TAIL = re.compile(r"\w*")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Hit(Generic[T]):
    """A match: original-text offsets and the target the name stands for."""

    start: int
    end: int
    target: T


def _lower(s: str) -> str:
    """Lower-case without changing the length (offsets must survive)."""
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in s)


# --- Chinese: plain substrings ---------------------------------------------


class ZhMatcher(Generic[T]):
    """Substring matching over simplified-folded text, longest first."""

    def __init__(self, names: Iterable[tuple[str, Optional[T]]]) -> None:
        buckets: dict[str, dict[str, Optional[T]]] = {}
        for name, target in names:
            key = fold_zh(name.strip())
            if len(key) < 2:
                continue  # single characters are abbreviations, not names
            # First registered wins a surface (callers register blockers first).
            buckets.setdefault(key[0], {}).setdefault(key, target)
        self._buckets = {c: sorted(d.items(), key=lambda kv: -len(kv[0])) for c, d in buckets.items()}

    def find(self, text: str) -> list[Hit[T]]:
        folded = fold_zh(text)
        hits: list[Hit[T]] = []
        i, n = 0, len(folded)
        while i < n:
            cands = self._buckets.get(folded[i])
            step = 1
            if cands:
                for name, target in cands:
                    if folded.startswith(name, i):
                        if target is not None:
                            hits.append(Hit(i, i + len(name), target))
                        step = len(name)
                        break
            i += step
        return hits


# --- Scripts with word boundaries --------------------------------------------

#: One word of a name: (stem as written, lower-cased stem, allowed endings,
#: exact case?). Non-exact words still need their first letter as written.
_Word = tuple[str, str, frozenset[str], bool]


class _WordMatcher(Generic[T]):
    """Names as word sequences, bucketed by the first two lower-cased characters."""

    def __init__(self) -> None:
        self._buckets: dict[str, list[tuple[tuple[_Word, ...], Optional[T]]]] = {}
        self._seen: set[tuple[tuple[_Word, ...], object]] = set()

    def _add(self, words: Sequence[_Word], target: Optional[T]) -> None:
        words = tuple(words)
        if not words or (words, target) in self._seen:
            return
        self._seen.add((words, target))
        self._buckets.setdefault(words[0][1][:2], []).append((words, target))

    def _freeze(self) -> None:
        for cands in self._buckets.values():
            # Longer names first: on equal match length the fuller name wins;
            # stable, so registration order (state before city...) breaks ties.
            cands.sort(key=lambda c: -sum(len(w[0]) for w in c[0]))
        self._seen.clear()

    @staticmethod
    def _match(folded: str, lower: str, pos: int, words: tuple[_Word, ...]) -> int:
        """End of the name at ``pos``, or -1."""
        p = pos
        n = len(folded)
        for i, (stem, stem_low, endings, exact) in enumerate(words):
            if i:
                if p >= n or not folded[p].isspace():
                    return -1
                while p < n and folded[p].isspace():
                    p += 1
            if not lower.startswith(stem_low, p):
                return -1
            if exact:
                if not folded.startswith(stem, p):
                    return -1
            elif stem and folded[p] != stem[0] and not folded[p : p + len(stem)].isupper():
                return -1  # first letter as written (China, not china), or ALL CAPS
            q = p + len(stem)
            if stem and stem[-1].isalnum() or stem[-1:] == "_":
                tail = _WORD_TAIL.match(folded, q).end()
            else:
                tail = q  # name word ends in punctuation (U.S.): no ending follows
            if lower[q:tail] not in endings:
                return -1
            p = tail
        return p

    def _best(self, folded: str, lower: str, pos: int) -> tuple[int, Optional[T]]:
        best_end, best_target = -1, None
        for words, target in self._buckets.get(lower[pos : pos + 2], ()):
            end = self._match(folded, lower, pos, words)
            if end > best_end:
                best_end, best_target = end, target
        return best_end, best_target


class LatinMatcher(_WordMatcher[T]):
    """English, French, Spanish and (with inflection) Russian names.

    Names match whole words, first letter as written (``US`` is not ``us``),
    the rest case-insensitive so that title-case headlines and ALL-CAPS
    datelines (MANILA) match too. Acronyms (all capitals) match exactly.
    With ``russian=True`` every word also takes the case endings its
    nominative form allows (see :mod:`kg.lexicon.russian`).
    """

    def __init__(self, names: Iterable[tuple[str, Optional[T]]], russian: bool = False) -> None:
        super().__init__()
        self._fold = fold_cyrillic if russian else fold_latin
        for name, target in names:
            name = fold_latin(name).strip()
            if len(name) < 2:
                continue
            words: list[_Word] = []
            for w in name.split():
                acronym = sum(c.isupper() for c in w) >= 2 and not any(c.islower() for c in w)
                if russian and not acronym:
                    stem, endings = word_stem(w)
                    words.append((stem, _lower(stem), frozenset(_lower(e) for e in endings), False))
                else:
                    words.append((w, _lower(w), frozenset(("",)), acronym))
            self._add(words, target)
        self._freeze()

    def find(self, text: str) -> list[Hit[T]]:
        folded = self._fold(text)
        lower = _lower(folded)
        hits: list[Hit[T]] = []
        pos = 0
        for m in _WORD_START.finditer(folded):
            i = m.start()
            if i < pos:
                continue
            end, target = self._best(folded, lower, i)
            if end > i:
                if target is not None:
                    hits.append(Hit(i, end, target))
                pos = end
        return hits


# Arabic proclitics that attach to the next word: conjunction (و ف), preposition
# (ب ل ك). "ل" + "ال" is written "لل" (للصومال), handled by giving every
# ال-name a لل-variant. Names carry their own article (الصومال) or never take
# one (روسيا), so the article is a proclitic only for adjectives (الروسية):
# otherwise المالي ("the financial") would be Mali.
_AR_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_AR_ARTICLES = ("ال", "وال", "بال", "فال", "كال", "وبال", "لل", "ولل")


class ArabicMatcher(_WordMatcher[T]):
    """Arabic and Persian: folded letters, clitic prefixes, word end required.

    A space inside a name may be missing in the text (پیونگیانگ for
    پیونگ‌یانگ, whose ZWNJ folds to a space). ``suffixes`` are endings
    accepted on the last word and ``article`` allows ال before the first
    (adjectives: الروسية = ال + روسي + ة).
    """

    def __init__(self, names: Iterable[tuple[str, Optional[T]]], suffixes: tuple[str, ...] = (),
                 article: bool = False) -> None:
        super().__init__()
        self._proclitics = _AR_PROCLITICS + (_AR_ARTICLES if article else ())
        ends = frozenset(("",) + tuple(fold_arabic(s)[0] for s in suffixes))
        plain = frozenset(("",))
        for name, target in names:
            folded = " ".join(fold_arabic(name)[0].split())
            if len(folded) < 2:
                continue
            variants = {folded, folded.replace(" ", "")}
            if folded.startswith("ال") and len(folded) > 3:
                variants |= {"لل" + v[2:] for v in variants}
            for v in variants:
                parts = v.split(" ")
                words = [(w, w, ends if k == len(parts) - 1 else plain, True) for k, w in enumerate(parts)]
                self._add(words, target)
        self._freeze()

    def find(self, text: str) -> list[Hit[T]]:
        folded, index = fold_arabic(text)
        hits: list[Hit[T]] = []
        pos = 0
        n = len(folded)
        for m in _WORD_START.finditer(folded):
            i = m.start()
            if i < pos:
                continue
            for clitic in self._proclitics:
                if clitic and not folded.startswith(clitic, i):
                    continue
                start = i + len(clitic)
                if start >= n:
                    continue
                end, target = self._best(folded, folded, start)
                if end > start:
                    if target is not None:
                        hits.append(Hit(index[start], arabic_tail(text, index[end - 1] + 1), target))
                    pos = end
                    break
        return hits
