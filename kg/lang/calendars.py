"""Non-Gregorian calendars that news pages print dates in.

Persian sites date articles in the Solar Hijri (Jalali) calendar
(``۱۴۰۳/۰۸/۲۱``). The conversion follows the jalaali-js algorithm (Borkowski's
break years), which matches the official Iranian calendar for years -61..3177,
so leap years such as 1403 come out right where the plain 33-year rule drifts.
"""
from __future__ import annotations

from datetime import date, timedelta

#: Jalali years where the 33-year leap cycle is re-anchored (Borkowski).
_BREAKS: tuple[int, ...] = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
                            1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178)


def _jalali_year(jy: int) -> tuple[int, int, int]:
    """``(gregorian_year, march_day_of_nowruz, leap)`` for Jalali year ``jy``.

    ``leap == 0`` means ``jy`` is a leap year (Esfand has 30 days).
    """
    if not _BREAKS[0] <= jy < _BREAKS[-1]:
        raise ValueError(f"Jalali year out of range: {jy}")
    gy = jy + 621
    leap_j = -14
    jp = _BREAKS[0]
    jump = 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += (jump // 33) * 8 + (jump % 33) // 4
        jp = jm
    n = jy - jp
    leap_j += (n // 33) * 8 + ((n % 33) + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - ((gy // 100 + 1) * 3) // 4 - 150
    march = 20 + leap_j - leap_g
    if jump - n < 6:
        n = n - jump + ((jump + 4) // 33) * 33
    leap = ((n + 1) % 33 - 1) % 4 if (n + 1) % 33 else 4
    return gy, march, leap


def jalali_is_leap(jy: int) -> bool:
    """True when Esfand of ``jy`` has 30 days."""
    return _jalali_year(jy)[2] == 0


def jalali_month_length(jy: int, jm: int) -> int:
    """Days in month ``jm`` (1..12) of Jalali year ``jy``."""
    if jm <= 6:
        return 31
    if jm <= 11:
        return 30
    return 30 if jalali_is_leap(jy) else 29


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> date:
    """The Gregorian date of Jalali ``jy/jm/jd`` (1403/08/21 -> 2024-11-11)."""
    if not 1 <= jm <= 12 or not 1 <= jd <= jalali_month_length(jy, jm):
        raise ValueError(f"no such Jalali date: {jy}/{jm}/{jd}")
    gy, march, _ = _jalali_year(jy)
    offset = (jm - 1) * 31 - (jm // 7) * (jm - 7) + jd - 1
    return date(gy, 3, march) + timedelta(days=offset)


def gregorian_to_jalali_year(day: date) -> int:
    """The Solar Hijri year a Gregorian day falls in (Nowruz is on 20-21 March)."""
    jy = day.year - 621
    return jy if day >= jalali_to_gregorian(jy, 1, 1) else jy - 1
