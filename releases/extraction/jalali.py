"""Solar Hijri (Jalali) dates, as Iranian outlets write them, to Gregorian dates."""

from __future__ import annotations

import datetime as dt

_ANCHOR_YEAR, _ANCHOR = 1400, dt.date(2021, 3, 21)  # 1 Farvardin 1400


def _leap(year: int) -> bool:
    # The 33-year arithmetic cycle: exact for every year from 1178 to 1633 AP.
    return (25 * year + 11) % 33 < 8


def jalali_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Gregorian date of a Jalali date, or None when the date does not exist."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)) or not 1200 <= year <= 1600:
        return None
    if month == 12 and day == 30 and not _leap(year):
        return None
    if year >= _ANCHOR_YEAR:
        days = sum(366 if _leap(y) else 365 for y in range(_ANCHOR_YEAR, year))
    else:
        days = -sum(366 if _leap(y) else 365 for y in range(year, _ANCHOR_YEAR))
    days += (month - 1) * 31 if month <= 7 else 6 * 31 + (month - 7) * 30
    try:
        return _ANCHOR + dt.timedelta(days=days + day - 1)
    except OverflowError:
        return None
