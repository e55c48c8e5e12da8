"""The one date resolver (kg.dates) and the calendars behind it (kg.lang.calendars).

Every fragment below is made up. A signing date is only as good as its
resolution against the publication date, so each case states the anchor and
the single value expected: a test that accepted "any of the dates found"
would pass on a resolver that finds every number.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

import pytest

from kg.dates import NUMERIC, find_dates, first_full_date, parse_iso, parse_number, resolve
from kg.lang import SUPPORTED, get
from kg.lang.calendars import gregorian_to_jalali_year, jalali_is_leap, jalali_to_gregorian

#: the named groups kg.dates.resolve knows; a pattern using another name silently loses its value
GROUPS = {"y", "m", "d", "wd", "wrel", "drel", "mrel", "yrel", "sm", "sy", "nd", "nm"}


def values(code: str, text: str, anchor: Optional[date]) -> list[Optional[str]]:
    """The values of every date found in ``text`` read as language ``code``."""
    language = get(code)
    return [d.value for d in find_dates(language.fold(text), language, anchor)]


# --- the language data ------------------------------------------------------------------------

@pytest.mark.parametrize("code", SUPPORTED)
def test_date_patterns_compile_and_use_known_groups(code: str) -> None:
    """A typo in a group name would make a pattern match and resolve to nothing."""
    language = get(code)
    assert language.dates.patterns, code
    for source in language.dates.patterns:
        pattern = language.pattern(source)
        assert set(pattern.groupindex) <= GROUPS, (code, source)
        assert pattern.groupindex, (code, source)


@pytest.mark.parametrize("code", SUPPORTED)
def test_month_tables_are_complete(code: str) -> None:
    """Every month and weekday has a name: a gap would turn one month's dates into None."""
    dates = get(code).dates
    if code == "zh":  # Chinese writes months and weekdays as numerals
        assert dates.numeral is not None and set(dates.weekdays.values()) == set(range(7))
        return
    assert set(dates.months.values()) == set(range(1, 13)), code
    assert set(dates.weekdays.values()) == set(range(7)), code


def test_numeric_patterns_are_shared() -> None:
    assert all(set(re.compile(p).groupindex) <= GROUPS for p in NUMERIC)


# --- resolution against the publication date --------------------------------------------------

@pytest.mark.parametrize("code, text, anchor, expected", [
    # Spanish "pasado" after a day and month is the last such day, not last year's
    ("es", "firmado el 3 de abril pasado", date(2025, 9, 8), "2025-04-03"),
    ("es", "firmado el 3 de abril del año pasado", date(2025, 9, 8), "2024-04-03"),
    # Chinese, both scripts (rules are written in simplified characters)
    ("zh", "两国元首本周五在北京签署", date(2025, 3, 8), "2025-03-07"),
    ("zh", "双方上週三簽署了協定", date(2025, 3, 8), "2025-02-26"),
    ("zh", "该条约今年五月在河内签署", date(2024, 10, 31), "2024-05"),
    ("zh", "去年签署的协定", date(2025, 1, 18), "2024"),
    ("zh", "2023年11月，双方", None, "2023-11"),
    ("zh", "2023年11月5日，双方", None, "2023-11-05"),
    ("zh", "今(7日)在河内", date(2024, 6, 7), "2024-06-07"),
    ("zh", "3月2日,两国外长", date(2025, 4, 22), "2025-03-02"),
    ("zh", "十二月三日签署", date(2025, 1, 10), "2024-12-03"),   # a month later than the anchor: last year
    ("zh", "上个月签署", date(2025, 1, 10), "2024-12"),
    # Arabic (hamza forms fold: أمس and امس are one word)
    ("ar", "وفي مارس، وقع الجانبان", date(2024, 10, 31), "2024-03"),
    ("ar", "أمس الخميس، توقيع", date(2024, 8, 16), "2024-08-15"),
    ("ar", "امس الخميس، توقيع", date(2024, 8, 16), "2024-08-15"),
    ("ar", "وقعت في 3 مارس 2023 في الرباط", None, "2023-03-03"),
    ("ar", "وقعت الشهر الماضي", date(2025, 3, 10), "2025-02"),
    # Persian: Gregorian month names, Solar Hijri dates, weekdays
    ("fa", "روز سه‌شنبه اعلام کرد", date(2024, 11, 14), "2024-11-12"),
    ("fa", "در ماه مارس امضا شد", date(2024, 11, 11), "2024-03"),
    ("fa", "۱۴۰۲/۰۱/۰۱", None, "2023-03-21"),
    ("fa", "۵ مهر ۱۴۰۳", None, "2024-09-26"),
    ("fa", "۲۲ آبان", date(2024, 11, 20), "2024-11-12"),          # the year from the anchor
    ("fa", "آبان ۱۴۰۳", None, "2024"),                             # the whole month lies in one year
    # Russian
    ("ru", "подписан в Ереване 12 марта 2024 года", None, "2024-03-12"),
    ("ru", "подписали в прошлом месяце", date(2025, 3, 10), "2025-02"),
    ("ru", "стороны в пятницу подписали", date(2025, 3, 10), "2025-03-07"),
    # English
    ("en", "signed the accord on March 3, 2023 in", None, "2023-03-03"),
    ("en", "signed it on 3rd of March 2023", None, "2023-03-03"),
    ("en", "on Tuesday signed", date(2025, 9, 17), "2025-09-16"),
    ("en", "signed last month in Rome", date(2025, 3, 10), "2025-02"),
    ("en", "signed in mid-February", date(2025, 3, 10), "2025-02"),
    ("en", "signed in late December", date(2025, 1, 5), "2024-12"),  # across the new year
    ("en", "the pact signed last year", date(2025, 1, 5), "2024"),
    # French, Spanish, German
    ("fr", "ont signé mercredi un accord", date(2025, 9, 18), "2025-09-17"),
    ("fr", "signé le 3 mars 2023 à Dakar", None, "2023-03-03"),
    ("fr", "signé le mois dernier", date(2025, 3, 10), "2025-02"),
    ("es", "firmado el 5 de mayo de 2022 en Lima", None, "2022-05-05"),
    ("es", "lo firmaron el martes", date(2025, 9, 18), "2025-09-16"),
    ("de", "am 3. März 2024 unterzeichnet", None, "2024-03-03"),
    ("de", "am vergangenen Freitag unterzeichnet", date(2025, 3, 10), "2025-03-07"),
])
def test_dates_resolve_against_the_anchor(code: str, text: str, anchor: Optional[date], expected: str) -> None:
    assert values(code, text, anchor) == [expected]


@pytest.mark.parametrize("code, text", [
    ("zh", "在今年6月签署"), ("en", "signed on Friday"), ("ar", "وقعت أمس"), ("ru", "подписали вчера"),
    ("fr", "signé le mois dernier"), ("fa", "۲۲ آبان"), ("de", "heute unterzeichnet"),
])
def test_relative_dates_stay_unresolved_without_an_anchor(code: str, text: str) -> None:
    """Guessing from the clock would date a 2024 article by the day the tests run."""
    found = find_dates(get(code).fold(text), get(code), None)
    assert [(d.value, d.relative) for d in found] == [(None, True)]


@pytest.mark.parametrize("code, text, expected", [
    ("en", "01/02/2025", "2025-01-02"),   # month first in English
    ("fr", "01/02/2025", "2025-02-01"),   # day first elsewhere
    ("en", "13/02/2025", "2025-02-13"),   # a "month" over 12 is the day
    ("ru", "17.01.2025", "2025-01-17"),
    ("ru", "подписан 17.01.2025.", "2025-01-17"),  # the sentence's full stop after the year
    ("zh", "2024/06/19", "2024-06-19"),
    ("en", "2024-02-30", None),           # no such day
    ("ar", "1446/04/12", None),           # a lunar Hijri year: not converted
])
def test_all_digit_dates(code: str, text: str, expected: Optional[str]) -> None:
    assert values(code, text, None) == [expected]


def test_date_spans_index_the_text() -> None:
    """Offsets of a date are offsets in the text as written (folding keeps the length)."""
    text = "两国於2023年11月5日簽署協定，並於上週三換文。"
    language = get("zh")
    found = find_dates(language.fold(text), language, date(2025, 3, 8))
    assert [text[d.span.start:d.span.end] for d in found] == ["2023年11月5日", "上週三"]
    assert [d.relative for d in found] == [False, True]


def test_find_dates_respects_the_window() -> None:
    language = get("en")
    folded = language.fold("On March 3, 2023 they met; on May 5, 2024 they signed.")
    start = folded.index("; ")
    assert [d.value for d in find_dates(folded, language, None, start=start)] == ["2024-05-05"]


def test_first_full_date_skips_partial_and_relative_dates() -> None:
    """Publication dates need a day: a month, a year or "yesterday" is not one."""
    language = get("en")
    folded = language.fold("Yesterday, in March 2023, and then on 4 May 2024 and 5 May 2024")
    value, span = first_full_date(folded, language)
    assert value == "2024-05-04" and folded[span.start:span.end] == "4 May 2024"
    assert first_full_date(language.fold("in March 2023, yesterday"), language) is None


def test_resolve_reports_unknown_words_as_unresolved() -> None:
    value, relative = resolve({"wd": "someday"}, get("en"), date(2025, 1, 1))
    assert (value, relative) == (None, True)


def test_parse_iso() -> None:
    assert parse_iso("2025-01-17") == date(2025, 1, 17)
    assert parse_iso("2025-01-17T10:00:00Z") == date(2025, 1, 17)
    assert parse_iso("2025-01") is None and parse_iso(None) is None and parse_iso("") is None


def test_numbers() -> None:
    zh = get("zh")
    assert [parse_number(t, zh) for t in ("十二", "六", "二十一", "一百", "12", "x")] == [12, 6, 21, 100, 12, None]
    assert parse_number("十二") is None  # no language, no numerals beyond ASCII digits
    assert parse_number("二十一", get("en")) is None


# --- calendars ---------------------------------------------------------------------------------

def test_jalali_conversion() -> None:
    assert jalali_to_gregorian(1403, 8, 21) == date(2024, 11, 11)
    assert jalali_to_gregorian(1403, 1, 1) == date(2024, 3, 20)
    assert jalali_to_gregorian(1404, 1, 1) == date(2025, 3, 21)
    assert jalali_to_gregorian(1403, 12, 30) == date(2025, 3, 20)   # 1403 is a leap year
    assert jalali_to_gregorian(1399, 12, 30) == date(2021, 3, 20)
    assert jalali_to_gregorian(1375, 1, 1) == date(1996, 3, 20)
    assert [y for y in range(1395, 1406) if jalali_is_leap(y)] == [1395, 1399, 1403]
    with pytest.raises(ValueError):
        jalali_to_gregorian(1402, 12, 30)  # not a leap year
    with pytest.raises(ValueError):
        jalali_to_gregorian(1403, 7, 31)   # the second half-year has 30-day months


def test_jalali_days_are_consecutive() -> None:
    """Every day of a Jalali year maps to the next Gregorian day: no gaps, no repeats."""
    day = jalali_to_gregorian(1400, 1, 1)
    count = 0
    for month in range(1, 13):
        for d in range(1, 32):
            try:
                converted = jalali_to_gregorian(1400, month, d)
            except ValueError:
                break
            assert converted == day
            day = date.fromordinal(day.toordinal() + 1)
            count += 1
    assert count == 365 and day == jalali_to_gregorian(1401, 1, 1)


def test_gregorian_to_jalali_year() -> None:
    assert gregorian_to_jalali_year(date(2024, 3, 19)) == 1402
    assert gregorian_to_jalali_year(date(2024, 3, 20)) == 1403
