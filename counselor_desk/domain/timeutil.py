"""Times: stored in UTC, shown in local time. The clock is passed in, never read globally."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The real clock, to the second (what is stored and hashed)."""
    return datetime.now(UTC).replace(microsecond=0)


def parse_datetime(text: str) -> datetime:
    """Parse ISO 8601; a time without an offset is local time. Raises ValueError."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.astimezone()  # naive means local: attach the local offset
    return value.astimezone(UTC)


def format_utc(value: datetime) -> str:
    """The one stored and hashed form: UTC, seconds, 'Z'."""
    if value.tzinfo is None:
        raise ValueError("a stored time must carry its offset")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
