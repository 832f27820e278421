"""Counselor Desk: offline, encrypted records for addiction counselors."""

__version__ = "0.1.0"
