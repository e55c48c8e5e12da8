"""Language data: one module per language, all with the same names.

Each ``kg.lang.xx`` module is data, not code, and holds everything about its
language in one place: the word lists and regexes that :mod:`kg.extract` applies
to the *folded* text (see :mod:`kg.text`), the page furniture the reader strips
(``BOILERPLATE``, see :mod:`kg.lang.boilerplate`) and the titles that introduce
people (``TITLES``, see :mod:`kg.lang.titles`). Adding a language means adding a
module that defines the names of :data:`CONTRACT`, which says what each means.
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from types import ModuleType

SUPPORTED: tuple[str, ...] = ("zh", "ar", "fa", "ru", "en", "fr", "es")

#: names every language module defines (tests/test_dates.py checks them all), with what they mean
CONTRACT: dict[str, str] = {
    "MONTHS": "month names -> 1..12", "WEEKDAYS": "weekday names -> 0 (Monday)..6",
    "DAY_REL": "today/yesterday words -> day offset", "WEEK_REL": "last-week words -> week offset",
    "YEAR_REL": "this/last year -> year offset", "MONTH_REL": "this/last month -> month offset",
    "DATE_PATTERNS": "date regexes with named groups y m d wd drel wrel yrel mrel (kg.dates)",
    "AGREEMENT": "agreement nouns", "KINDS": "noun stem -> kind (treaty, pact, protocol...)",
    "ANAPHORA": "a determiner before the noun (group np: what stands between)",
    "DEMONSTRATIVE": "a true demonstrative always refers back; a bare definite article only when the parties fit",
    "CONNECTOR": "what joins coordinated names", "MAX_GAP": "longest gap inside a coordination",
    "WITH": '"A with B and C" is two bilateral agreements around A; "A, B and C" is one multilateral',
    "SIGN": "signing words (verbs and nouns)", "RATIFY": "ratifying", "IN_FORCE": "entering into force",
    "TERMINATE": "withdrawal, termination", "PLAN": "planning, negotiating",
    "FUTURE": 'future, intention and obligation ("must still be ratified", "仍需"): not yet done',
    "PAST": "past tense of signing", "HYPOTHETICAL": "conditionals and questions: no facts",
    "NEGATION": "negation", "HEDGE": "hedges: a hedged absence is not a no",
    "MUTUAL_DEFENSE": "mutual-defence wording", "COMPARE": "comparisons (group region: the compared one)",
    "DURATION": "durations (group n: years)", "PLACE_PREP": "a locative preposition before a city",
    "MULTILATERAL": "words that make a list one multilateral agreement", "QUOTES": "quote characters",
    "SIGNER_SIDE": "where signers stand relative to the verb: before, after or both",
    "PASSIVE": 'a passive signing names no signers unless an AGENT ("by", "由") follows',
    "AGENT": "the agent marker of a passive",
    "SIGN_VERB": "a finite signing verb: only its subject (or agent) signs; a noun names no signer",
    "PRONOUN": 'a sentence opening with a pronoun or "the document" continues the agreement in focus',
    "BOILERPLATE": "page furniture the reader strips or reads (kg.lang.boilerplate.Boilerplate)",
    "TITLES": "titles that introduce a person's name (format in kg.lang.titles; used by kg.persons)",
}
REQUIRED: tuple[str, ...] = tuple(CONTRACT)


@lru_cache(maxsize=None)
def rules_for(lang: str | None) -> ModuleType:
    """The rule module for ``lang``; English rules for unknown languages."""
    code = lang if lang in SUPPORTED else "en"
    return importlib.import_module(f"kg.lang.{code}")
