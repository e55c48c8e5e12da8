"""The one name normaliser: the key under which two spellings of one name meet.

Lexicon lookups and local entity keys both go through :func:`name_key`, which
folds like every language folds (traditional Chinese, Arabic letter variants,
full-width forms), then case, then drops spaces, dots, hyphens, quotes and
brackets. The scorer (:mod:`kg.score`) keeps its own mirror of the reference
scorer's folding on purpose: it must agree with ``shared/eval/score.py``, not
with us.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from kg.lang import all_languages
from kg.text import fold

_DROP = re.compile(r"[\s.\-·'\"“”‘’«»《》〈〉「」『』()\[\]（）【】_/‐‑–—]+")


@lru_cache(maxsize=1)
def _universal_table() -> dict[str, str]:
    """Every language's one-to-one folding at once (a name may be looked up from any language)."""
    table: dict[str, str] = {}
    for language in all_languages():
        for src in language.script.fold:
            table.setdefault(src, language.script.fold[src])
    return table


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """``name`` reduced to its lookup key (see the module docstring)."""
    text = unicodedata.normalize("NFKC", name).casefold()
    table = _universal_table()
    text = "".join(table.get(c, c) for c in fold(text))
    return _DROP.sub("", text)


def local_key(kind: str, name: str) -> str:
    """A stable key for an entity the lexicon does not know (``person:jane-roe``)."""
    norm = name_key(name)
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", norm).encode("ascii", "ignore").decode()).strip("-")
    if not slug or len(slug) < len(norm) // 2:
        slug = (slug + "-" if slug else "") + hashlib.sha1(norm.encode()).hexdigest()[:10]
    return f"{kind}:{slug}"
