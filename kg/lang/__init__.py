"""Language data: one module per language, all with the same names.

Each ``kg.lang.xx`` module is data, not code, and holds everything about its
language in one place: the word lists and regexes that :mod:`kg.extract` applies
to the *folded* text (see :mod:`kg.text`), the page furniture the reader strips
(``BOILERPLATE``, see :mod:`kg.lang.boilerplate`) and the titles that introduce
people (``TITLES``, see :mod:`kg.lang.titles`). Adding a language means adding a
module that defines the names listed in :data:`REQUIRED`.
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from types import ModuleType

SUPPORTED: tuple[str, ...] = ("zh", "ar", "fa", "ru", "en", "fr", "es")

#: names every language module defines (tests/test_lang.py checks them all)
REQUIRED: tuple[str, ...] = (
    "MONTHS", "WEEKDAYS", "DAY_REL", "WEEK_REL", "YEAR_REL", "MONTH_REL", "DATE_PATTERNS",
    "AGREEMENT", "ANAPHORA", "DEMONSTRATIVE", "CONNECTOR", "MAX_GAP", "SIGN", "RATIFY", "IN_FORCE",
    "TERMINATE", "PLAN", "FUTURE", "PAST", "HYPOTHETICAL", "NEGATION", "HEDGE",
    "MUTUAL_DEFENSE", "COMPARE", "DURATION", "PLACE_PREP", "KINDS", "QUOTES",
    "MULTILATERAL", "SIGNER_SIDE", "PASSIVE", "AGENT", "SIGN_VERB", "WITH", "PRONOUN",
)


@lru_cache(maxsize=None)
def rules_for(lang: str | None) -> ModuleType:
    """The rule module for ``lang``; English rules for unknown languages."""
    code = lang if lang in SUPPORTED else "en"
    return importlib.import_module(f"kg.lang.{code}")
