"""Dates as articles write them, resolved against the publication date.

Each language module (``kg.lang.xx``) lists its date patterns as regexes
with named groups; this module turns a match into an ISO string at the
precision the text supports (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).
Relative forms ("本周五", "in June", "去年") need the publication date and
stay unresolved without it rather than being guessed from the clock.

>>> from kg.lang import rules_for
>>> [d.value for d in find_dates("于本周五在莫斯科签署", rules_for("zh"), date(2025, 1, 18))]
['2025-01-17']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}


def parse_number(token: str) -> Optional[int]:
    """ASCII or Chinese numerals up to 99 (十二 -> 12, 二十一 -> 21)."""
    token = token.strip()
    if token.isdigit():
        return int(token)
    if not token or any(c not in _CN_DIGITS and c != "十" for c in token):
        return None
    if "十" in token:
        tens, _, ones = token.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(token)


@dataclass(frozen=True)
class DateMention:
    """A date found at ``[start, end)`` of the searched (folded) text."""

    start: int
    end: int
    value: Optional[str]  # None when it needs a publication date we lack
    relative: bool


def _lookup(table: dict[str, int], token: Optional[str]) -> Optional[int]:
    if token is None:
        return None
    token = token.strip().lower()
    if token in table:
        return table[token]
    return parse_number(token)


def _resolve(groups: dict[str, Optional[str]], rules, anchor: Optional[date]) -> tuple[Optional[str], bool]:
    year = int(groups["y"]) if groups.get("y") else None
    month = _lookup(rules.MONTHS, groups.get("m"))
    day = parse_number(groups["d"]) if groups.get("d") else None
    relative = year is None
    if month is not None and not 1 <= month <= 12:
        return None, relative
    if day is not None and not 1 <= day <= 31:
        return None, relative
    if groups.get("sm") is not None:
        return _resolve_solar(groups, rules, anchor)
    if year and 1300 <= year < 1500 and hasattr(rules, "SOLAR_MONTHS") and month and day:
        from kg.lang.calendars import jalali_to_gregorian  # ۱۴۰۳/۰۸/۲۱ is a Solar Hijri date
        try:
            return jalali_to_gregorian(year, month, day).isoformat(), False
        except ValueError:
            return None, False
    if groups.get("drel") is not None:
        if anchor is None:
            return None, True
        shift = rules.DAY_REL.get(groups["drel"].lower())
        return (None if shift is None else (anchor + timedelta(days=shift)).isoformat()), True
    if groups.get("mrel") is not None:  # "last month", "上个月", "الشهر الماضي"
        shift = rules.MONTH_REL.get(groups["mrel"].lower())
        if anchor is None or shift is None:
            return None, True
        index = anchor.year * 12 + anchor.month - 1 + shift
        return f"{index // 12:04d}-{index % 12 + 1:02d}", True
    if groups.get("wd") is not None:
        if anchor is None:
            return None, True
        weekday = rules.WEEKDAYS.get(groups["wd"].lower())
        if weekday is None:
            return None, True
        back = (anchor.weekday() - weekday) % 7
        back += 7 * rules.WEEK_REL.get((groups.get("wrel") or "").lower(), 0)
        return (anchor - timedelta(days=back)).isoformat(), True
    if year is None and groups.get("yrel") is not None:
        if anchor is None:
            return None, True
        offset = rules.YEAR_REL.get(groups["yrel"].lower())
        if offset is None:
            return None, True
        year = anchor.year + offset
    if year is None:
        if anchor is None or month is None:
            return None, True
        year = anchor.year
        if (month, day or 1) > (anchor.month, anchor.day):
            year -= 1  # news reports the past: "in June" said in October is this June
    if month is None:
        return f"{year:04d}", relative
    if day is None:
        return f"{year:04d}-{month:02d}", relative
    try:
        return date(year, month, day).isoformat(), relative
    except ValueError:
        return None, relative


def gregorian_to_jalali_year(day: date) -> int:
    """The Solar Hijri year a Gregorian day falls in (Nowruz is on 20-21 March)."""
    from kg.lang.calendars import jalali_to_gregorian
    jy = day.year - 621
    return jy if day >= jalali_to_gregorian(jy, 1, 1) else jy - 1


def _resolve_solar(groups: dict[str, Optional[str]], rules, anchor: Optional[date]) -> tuple[Optional[str], bool]:
    """``۲۲ آبان [۱۴۰۳]``: a Solar Hijri day, converted (the year from the publication date if absent)."""
    from kg.lang.calendars import jalali_to_gregorian
    month = rules.SOLAR_MONTHS[groups["sm"]]
    day = parse_number(groups["d"]) if groups.get("d") else None
    if groups.get("sy"):
        year, relative = int(groups["sy"]), False
    elif anchor is not None:
        year, relative = gregorian_to_jalali_year(anchor), True
    else:
        return None, True
    try:
        start = jalali_to_gregorian(year, month, day or 1)
        if relative and start > anchor:
            start = jalali_to_gregorian(year - 1, month, day or 1)
    except ValueError:
        return None, relative
    if day is None:  # a Solar month straddles two Gregorian months: only the year is certain
        end = jalali_to_gregorian(start.year - 621 + (1 if month > 10 else 0), month, 1)
        return (f"{start.year:04d}" if end.year == start.year else None), relative
    return start.isoformat(), relative


def find_dates(text: str, rules, anchor: Optional[date], start: int = 0,
               end: Optional[int] = None) -> list[DateMention]:
    """All dates in ``text[start:end]``, longest first where patterns overlap."""
    end = len(text) if end is None else end
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in rules.DATE_PATTERNS:
        for m in pattern.finditer(text, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value, relative = _resolve(m.groupdict(), rules, anchor)
            found.append(DateMention(m.start(), m.end(), value, relative))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def compile_patterns(patterns: list[str], flags: int = 0) -> list[re.Pattern[str]]:
    """Compile a language's date patterns (most specific first)."""
    return [re.compile(p, flags) for p in patterns]


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first so prefixes don't win."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def parse_iso(value: Optional[str]) -> Optional[date]:
    """``YYYY-MM-DD`` -> date (the anchor for relative dates)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
