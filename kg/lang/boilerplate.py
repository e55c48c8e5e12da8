"""Page furniture the READ stage strips or reads: the format, and the rules common to all.

Scraped articles arrive wrapped in whatever the site printed around them:
share buttons, tag clouds, "read also" teasers, machine summaries, app
promos. Left in the text they become false facts (a teaser about another
treaty, a tag that names a country). Each language module defines its
``BOILERPLATE``, a :class:`Boilerplate` that lists, for that language, regexes that recognise that furniture by its *form* (a labelled
line, a widget caption), never by one article's wording, so the next site
with the same widget is handled too. :mod:`kg.read` applies the rules of all
languages at once, since the language is only known after cleaning.

All regexes are matched case-insensitively against one stripped line, with
Persian/Arabic-Indic digits already turned into ASCII digits.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping


@dataclass(frozen=True)
class Boilerplate:
    """One language's furniture rules (see the module docstring)."""

    lang: str
    #: a line matching any of these (``re.search``) is dropped
    drop_line: tuple[str, ...] = ()
    #: like ``drop_line`` but only among the first lines (author bylines:
    #: "By ..." opens body sentences too)
    header_drop: tuple[str, ...] = ()
    #: consecutive-line patterns (``re.fullmatch`` each); the first line of a
    #: match and everything below it is dropped ("read also" + another article)
    cut_from: tuple[tuple[str, ...], ...] = ()
    #: removed from inside a line
    inline: tuple[str, ...] = ()
    #: ``(start, end)``: a start line, the lines after it up to and including
    #: the end line are dropped (machine summaries); end within 40 lines
    blocks: tuple[tuple[str, str], ...] = ()
    #: "来源", "المصدر": ``label: outlet`` names the publisher
    source_labels: tuple[str, ...] = ()
    #: "Published", "تاريخ النشر": ``label: date`` is the publication date
    published_labels: tuple[str, ...] = ()
    #: section names in an ``Outlet/ Section`` byline under the headline
    sections: tuple[str, ...] = ()
    #: endings of outlet names, for a leading ``(德国之声中文网)`` credit
    outlet_suffixes: tuple[str, ...] = ()
    #: regexes with a ``name`` group that name the publishing outlet (weak)
    publisher_patterns: tuple[str, ...] = ()
    #: words a breadcrumb starts with ("首页 > 国际")
    home_words: tuple[str, ...] = ()
    #: Gregorian month names (lower case) -> 1..12
    months: Mapping[str, int] = field(default_factory=dict)
    #: Solar Hijri month names -> 1..12 (dates using them are Jalali)
    jalali_months: Mapping[str, int] = field(default_factory=dict)


#: a run of capitalised names ("Jane Doe and John Roe"); case-sensitive inside
#: the case-insensitive rules, so "By 2030 the pact..." is not a byline
_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’.-]*)"
NAMES = rf"{_NAME}(?:(?:\s+|\s*,\s*|\s+(?:and|et|y|und|&)\s+){_NAME}){{0,7}}"


def _months(*names: str) -> dict[str, int]:
    """``"jan|january", "feb|february", ...`` -> name -> month number."""
    return {alias: number for number, group in enumerate(names, 1) for alias in group.split("|")}


COMMON = Boilerplate(
    lang="*",
    drop_line=(
        r"^(?:\d{1,7}|\d{1,3}(?:,\d{3})+)$",      # a view counter / pagination digit
        r"^(?:https?://|www\.)\S+$",           # a bare link
        r"^(?:top|↑|▲)$",                      # back-to-top button
        r"^[\W_]+$",                           # a rule, bullets, ornaments only
    ),
    inline=(
        # Al Jazeera's inline teaser list (its aria text is English in every edition)
        r"(?:阅读更多|閱讀更多|Read more|اقرأ المزيد|إقرأ المزيد|Читать далее|En savoir plus|بیشتر بخوانید)?"
        r"\s*list of \d+ items?\s*list 1 of \d+.*?end of list",
        r"^Array(?=[^\x00-\x7f])",             # a PHP "Array" glued to the text
    ),
)

DE = Boilerplate(
    lang="de",
    drop_line=(r"^teilen$", r"^anzeige$", r"^(?:schlagworte|themen)\s*:"),
    header_drop=(rf"^von\s+{NAMES}$",),
    cut_from=((r"(?:lesen sie auch|mehr zum thema|das könnte sie auch interessieren)\s*:?",),),
    source_labels=("Quelle",),
    published_labels=("Veröffentlicht am", "Veröffentlicht", "Stand"),
    sections=("Ausland", "Politik", "Welt"),
    home_words=("Startseite",),
    months=_months("januar|jan|jänner", "februar|feb", "märz|maerz|mär", "april|apr", "mai",
                   "juni|jun", "juli|jul", "august|aug", "september|sep|sept",
                   "oktober|okt", "november|nov", "dezember|dez"),
)

#: the languages whose module in ``kg.lang`` defines a ``BOILERPLATE``
LANGUAGES: tuple[str, ...] = ("zh", "en", "fr", "es", "ru", "ar", "fa")


def all_rules() -> tuple[Boilerplate, ...]:
    """Every language's rules (``kg.lang.xx.BOILERPLATE``) plus the common and German ones;
    :mod:`kg.read` merges them."""
    import importlib
    own = tuple(importlib.import_module(f"kg.lang.{code}").BOILERPLATE for code in LANGUAGES)
    return (COMMON,) + own + (DE,)
