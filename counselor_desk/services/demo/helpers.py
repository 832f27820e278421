"""Small helpers every part of the demo uses: seeded ids, local wall-clock times and
dates."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta, tzinfo

# -- helpers -------------------------------------------------------------------------------


def _rng_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _local(day: date, hour: int, minute: int, tz: tzinfo | None) -> datetime:
    """A wall-clock time on ``day``: in ``tz``, or in the machine's zone (DST-correct)."""
    if tz is not None:
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _weekday_on_or_before(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day
