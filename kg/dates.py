"""The one date resolver: dates as articles write them, at the precision they support.

Each language's :class:`~kg.lang.base.Dates` lists its month and weekday
names and its date patterns (regexes with named groups); all-digit forms
(2025-04-22, 17.01.2025, 1403/08/21) are the same everywhere and live here.
A match becomes ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. Relative forms
("this Friday", "in June", "last year") are resolved against an anchor (the
publication date or the dateline's day) and stay unresolved without one
rather than being guessed from the clock. The reader uses the same resolver
for publication dates.

>>> from datetime import date
>>> from kg.lang import get
>>> [d.value for d in find_dates("signed last Friday in Paris", get("en"), date(2025, 1, 18))]
['2025-01-17']
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from kg.doc import DateMention, Span
from kg.lang.base import Language
from kg.lang.calendars import gregorian_to_jalali_year, jalali_to_gregorian

#: all-digit dates, the same in every language: year first, or day and month first
NUMERIC: tuple[str, ...] = (
    r"(?<![\d/.-])(?P<y>\d{4})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?!\d|[/.-]\d)",
    r"(?<![\d/.-])(?P<nd>\d{1,2})\s*[./-]\s*(?P<nm>\d{1,2})\s*[./-]\s*(?P<y>\d{4})(?!\d|[/.-]\d)",  # a sentence's full stop may follow
)


def parse_number(token: str, language: Optional[Language] = None) -> Optional[int]:
    """ASCII digits, or the language's own numerals (Chinese 十二 -> 12) when it has a parser."""
    token = token.strip()
    if token.isdigit():
        return int(token)
    if token and language is not None and language.dates.numeral is not None:
        return language.dates.numeral(token)
    return None


@lru_cache(maxsize=32)
def _compiled(language: Language) -> tuple[tuple[re.Pattern[str], ...], dict, dict, dict]:
    d = language.dates
    patterns = tuple(language.pattern(p) for p in d.patterns) + tuple(re.compile(p) for p in NUMERIC)
    words = {name: language.folded_keys(getattr(d, name)) for name in
             ("day_words", "week_words", "month_words", "year_words")}
    return patterns, language.folded_keys(d.months), language.folded_keys(d.weekdays), \
        words | {"solar": language.folded_keys(d.solar_months)}


def _number(table: dict[str, int], token: Optional[str], language: Language) -> Optional[int]:
    if token is None:
        return None
    token = token.strip().lower()
    return table[token] if token in table else parse_number(token, language)


def resolve(groups: dict[str, Optional[str]], language: Language,
            anchor: Optional[date]) -> tuple[Optional[str], bool]:
    """``(value, relative)`` of one date-pattern match; value None when it cannot be resolved."""
    _, months, weekdays, words = _compiled(language)
    if groups.get("nd") is not None:  # all digits, day and month in the language's order
        a, b = int(groups["nd"]), int(groups["nm"])
        day, month = (b, a) if language.dates.numeric == "mdy" and a <= 12 else (a, b)
        if month > 12 >= day:
            day, month = month, day
        groups = {**groups, "d": str(day), "m": str(month)}
    if groups.get("sm") is not None:
        return _solar(groups, words["solar"], anchor)
    year = int(groups["y"]) if groups.get("y") else None
    month = _number(months, groups.get("m"), language)
    day = parse_number(groups["d"], language) if groups.get("d") else None
    relative = year is None
    if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
        return None, relative
    if year is not None and 1300 <= year < 1500:
        if not (language.dates.solar_years and month and day):
            return None, False  # a lunar Hijri year, which we do not convert
        try:
            return jalali_to_gregorian(year, month, day).isoformat(), False
        except ValueError:
            return None, False
    if groups.get("drel") is not None and day is None:
        shift = words["day_words"].get(groups["drel"].lower())
        if anchor is None or shift is None:
            return None, True
        return (anchor + timedelta(days=shift)).isoformat(), True
    if groups.get("mrel") is not None:
        shift = words["month_words"].get(groups["mrel"].lower())
        if anchor is None or shift is None:
            return None, True
        index = anchor.year * 12 + anchor.month - 1 + shift
        return f"{index // 12:04d}-{index % 12 + 1:02d}", True
    if groups.get("wd") is not None:
        weekday = weekdays.get(groups["wd"].lower())
        if anchor is None or weekday is None:
            return None, True
        back = (anchor.weekday() - weekday) % 7
        back += 7 * words["week_words"].get((groups.get("wrel") or "").lower(), 0)
        return (anchor - timedelta(days=back)).isoformat(), True
    if year is None and groups.get("yrel") is not None:
        offset = _year_offset(words["year_words"], groups["yrel"])
        if anchor is None or offset is None:
            return None, True
        year = anchor.year + offset
    if year is None:
        if anchor is None or (month is None and day is None):
            return None, True
        year = anchor.year
        if month is None:  # a bare day of the month ("3日电"): this month, or the last one
            month = anchor.month if day <= anchor.day else (anchor.month - 1 or 12)
            if month == 12 and anchor.month == 1:
                year -= 1
        elif (month, day or 1) > (anchor.month, anchor.day):
            year -= 1  # news reports the past: "in June" said in October is this June
    if month is None:
        return f"{year:04d}", relative
    if day is None:
        return f"{year:04d}-{month:02d}", relative
    try:
        return date(year, month, day).isoformat(), relative
    except ValueError:
        return None, relative


def _year_offset(table: dict[str, int], token: str) -> Optional[int]:
    token = token.strip().lower()
    if token in table:
        return table[token]
    return next((v for k, v in table.items() if token.endswith(k) or k.endswith(token)), None)


def _solar(groups: dict[str, Optional[str]], months: dict[str, int],
           anchor: Optional[date]) -> tuple[Optional[str], bool]:
    """``۲۲ آبان [۱۴۰۳]``: a Solar Hijri day, converted (the year from the anchor when absent)."""
    month = months.get(groups["sm"].lower())
    day = parse_number(groups["d"]) if groups.get("d") else None
    if month is None:
        return None, True
    if groups.get("sy"):
        year, relative = int(groups["sy"]), False
    elif anchor is not None:
        year, relative = gregorian_to_jalali_year(anchor), True
    else:
        return None, True
    try:
        start = jalali_to_gregorian(year, month, day or 1)
        if relative and anchor is not None and start > anchor:
            start = jalali_to_gregorian(year - 1, month, day or 1)
    except ValueError:
        return None, relative
    if day is None:  # a Solar month straddles two Gregorian months: only the year may be certain
        end = jalali_to_gregorian(year + (1 if month == 12 else 0), month % 12 + 1, 1) - timedelta(days=1)
        return (f"{start.year:04d}" if end.year == start.year else None), relative
    return start.isoformat(), relative


def find_dates(folded: str, language: Language, anchor: Optional[date], start: int = 0,
               end: Optional[int] = None) -> list[DateMention]:
    """Every date in ``folded[start:end]`` (folded text), longest first where patterns overlap."""
    end = len(folded) if end is None else end
    patterns = _compiled(language)[0]
    found: list[DateMention] = []
    taken = bytearray(len(folded) + 1)  # characters already inside a date: linear however many dates
    for pattern in patterns:
        for m in pattern.finditer(folded, start, end):
            if any(taken[m.start():m.end()]):
                continue
            value, relative = resolve(m.groupdict(), language, anchor)
            found.append(DateMention(Span(m.start(), m.end()), value, relative))
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return sorted(found, key=lambda d: d.span.start)


def first_full_date(folded: str, language: Language) -> Optional[tuple[str, Span]]:
    """The earliest absolute day-precision date in ``folded`` (publication dates), with its span."""
    for d in find_dates(folded, language, None):
        if d.value and len(d.value) == 10 and not d.relative and 1900 <= int(d.value[:4]) <= 2100:
            return d.value, d.span
    return None


def parse_iso(value: Optional[str]) -> Optional[date]:
    """``YYYY-MM-DD`` -> date (the anchor for relative dates), None otherwise."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
