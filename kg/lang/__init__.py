"""Language data: one package per language, one registry that lists them.

``kg/lang/<iso>/`` holds everything about one language as data and exposes
``LANGUAGE``, a :class:`~kg.lang.base.Language`. :data:`SUPPORTED` is the one
list of supported languages; adding a language means adding its folder,
naming it here and giving the lexicon its name column.

>>> get("ru").name
'Russian'
>>> get("xx").code  # unknown languages read with English rules
'en'
"""
from __future__ import annotations

import importlib
from functools import lru_cache

from kg.lang.base import Language

#: every supported language, in the order language identification prefers them
SUPPORTED: tuple[str, ...] = ("zh", "ar", "fa", "ru", "en", "fr", "es", "de")
#: the language whose rules read text in a language we do not support
FALLBACK = "en"


@lru_cache(maxsize=None)
def get(code: str | None) -> Language:
    """The :class:`Language` for an ISO 639-1 code (``zh-TW`` and ``zh_Hant`` give ``zh``)."""
    base = (code or "").replace("_", "-").split("-")[0].lower()
    if base not in SUPPORTED:
        base = FALLBACK
    return importlib.import_module(f"kg.lang.{base}").LANGUAGE


def all_languages() -> tuple[Language, ...]:
    """Every supported language's object, in :data:`SUPPORTED` order."""
    return tuple(get(code) for code in SUPPORTED)
