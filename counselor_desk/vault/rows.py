"""Small conversions between SQLite values and domain values."""

from __future__ import annotations

from datetime import date, datetime

from counselor_desk.domain.timeutil import format_utc, parse_datetime


def d2s(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def s2d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def t2s(value: datetime) -> str:
    return format_utc(value)


def s2t(value: str | None) -> datetime | None:
    return parse_datetime(value) if value else None
