"""The Solar Hijri (Jalali) calendar, as Iranian outlets date their articles: the app's one
calendar conversion, both ways, on jdatetime (its arithmetic agrees with the 33-year cycle
the app used before for every day of 1200-1600 AP)."""

from __future__ import annotations

import datetime as dt

import jdatetime

# The years an article can mean: a stray number outside them is not read as a year.
FIRST_YEAR, LAST_YEAR = 1200, 1600


def jalali_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Gregorian date of a Jalali date, or None when the date does not exist."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return None


def gregorian_to_jalali(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) in the Solar Hijri calendar of a Gregorian date."""
    jalali = jdatetime.date.fromgregorian(date=day)
    return jalali.year, jalali.month, jalali.day
