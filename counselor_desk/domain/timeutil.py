"""Times: stored in UTC, shown in local time. The clock is passed in, never read globally."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from counselor_desk.domain.errors import ValidationError

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The real clock, to the second (what is stored and hashed)."""
    return datetime.now(UTC).replace(microsecond=0)


def parse_datetime(text: str) -> datetime:
    """Parse ISO 8601; a time without an offset is local time. Raises ValueError."""
    value = datetime.fromisoformat(text)  # "Z" too, since Python 3.11
    if value.tzinfo is UTC:  # the stored form: nothing to convert (a chart reads thousands)
        return value
    if value.tzinfo is None:
        value = value.astimezone()  # naive means local: attach the local offset
    return value.astimezone(UTC)


def format_utc(value: datetime) -> str:
    """The one stored and hashed form: UTC, seconds, 'Z'. ValidationError for a time
    whose UTC form is outside the years 1 to 9999 (9999-12-31 23:00 at -05:00)."""
    if value.tzinfo is None:
        raise ValueError("a stored time must carry its offset")
    try:
        utc = value.astimezone(UTC)
    except OverflowError:
        raise ValidationError(
            "That time is out of range: in UTC it falls before the year 1 or after 9999."
        ) from None
    # Not strftime("%Y"): it writes year 999 as "999", which no ISO reader takes back.
    return f"{utc.year:04d}-{utc:%m-%dT%H:%M:%S}Z"
