"""Chinese numerals as dates and durations write them (十二月, 二十一日, 一百年)."""
from __future__ import annotations

from typing import Optional

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100}


def parse(token: str) -> Optional[int]:
    """十二 -> 12, 二十一 -> 21, 一百 -> 100, 五 -> 5; None for anything else."""
    token = token.strip()
    if not token or any(c not in _DIGITS and c not in _UNITS for c in token):
        return None
    total = current = 0
    for c in token:
        if c in _UNITS:
            total += (current or 1) * _UNITS[c]
            current = 0
        else:
            current = _DIGITS[c]
    return total + current
