from datetime import date

import pytest

from kg.dates import find_dates, parse_number
from kg.lang import REQUIRED, SUPPORTED, rules_for
from kg.text import fold


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_language_module_defines_the_rule_names(lang):
    module = rules_for(lang)
    assert [n for n in REQUIRED if not hasattr(module, n)] == []


@pytest.mark.parametrize("lang,text,anchor,expected", [
    ("zh", "于本周五在莫斯科签署", date(2025, 1, 18), "2025-01-17"),
    ("zh", "普京今年六月在访问朝鲜时", date(2024, 10, 31), "2024-06"),
    ("zh", "俄罗斯去年与朝鲜签署的条约", date(2025, 1, 18), "2024"),
    ("zh", "2024年12月，随着", None, "2024-12"),
    ("zh", "今(19日)在平壤", date(2024, 6, 19), "2024-06-19"),
    ("zh", "1月17日,普京與伊朗總統", date(2025, 4, 22), "2025-01-17"),
    ("ar", "وفي يونيو، وقع بوتين", date(2024, 10, 31), "2024-06"),
    ("ar", "امس الاربعاء، توقيع", date(2024, 8, 15), "2024-08-14"),
    ("en", "signed the agreement on July 8, 2024 as", None, "2024-07-08"),
    ("en", "on Wednesday signed", date(2025, 9, 17), "2025-09-17"),
    ("ru", "подписан в Минске 6 декабря 2024 года", None, "2024-12-06"),
    ("fr", "ont signé mercredi un accord", date(2025, 9, 18), "2025-09-17"),
    ("fa", "روز سه‌شنبه ۲۲ آبان اعلام کرد", date(2024, 11, 13), "2024-11-12"),
    ("en", "signed last month in Paris", date(2025, 3, 10), "2025-02"),
    ("en", "signed in mid-January", date(2025, 3, 10), "2025-01"),
    ("zh", "上个月签署", date(2025, 1, 10), "2024-12"),
    ("ar", "وقعت الشهر الماضي", date(2025, 3, 10), "2025-02"),
    ("ru", "подписали в прошлом месяце", date(2025, 3, 10), "2025-02"),
    ("fr", "signé le mois dernier", date(2025, 3, 10), "2025-02"),
    ("fa", "در ماه ژوئن امضا کرد", date(2024, 11, 11), "2024-06"),
    ("fa", "دوشنبه ۱۴۰۳/۰۸/۲۱", None, "2024-11-11"),
    ("fa", "۱۰ دی ۱۴۰۲", None, "2023-12-31"),
])
def test_dates_resolve_against_the_publication_date(lang, text, anchor, expected):
    folded = fold(text, lang)
    values = [d.value for d in find_dates(folded.text, rules_for(lang), anchor)]
    assert expected in values


def test_relative_dates_stay_unresolved_without_a_publication_date():
    folded = fold("在今年6月签署", "zh")
    assert [d.value for d in find_dates(folded.text, rules_for("zh"), None)] == [None]


def test_chinese_numerals():
    assert parse_number("十二") == 12
    assert parse_number("六") == 6
    assert parse_number("二十一") == 21
    assert parse_number("x") is None
