"""Dates given by a container (JSONL `published`, a feed item's pubDate) -> `YYYY-MM-DD`.

    container_date("2024-04-25T10:00:00+08:00") -> "2024-04-25"
    container_date("Thu, 25 Apr 2024 10:00:00 GMT") -> "2024-04-25"
    container_date("last Tuesday") -> None

The day is the one written in the timestamp (the publisher's own time zone), not converted to
UTC: a story filed at 23:30 in New York on the 25th was published on the 25th for its readers.
Reading dates out of article text is extract's job, not this module's.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

__all__ = ["container_date", "unread_date"]

# A note shows this much of the value it sets aside (a record's 'published' may be any JSON value)
SHOWN_VALUE_CHARS = 40

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s_])")
_ISO_BASIC_DAY = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T)")  # 20240425T100000Z


def _valid(y: str, m: str, d: str) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def container_date(value: object) -> str | None:
    """A container's date as YYYY-MM-DD, or None when it is not a date we can read for sure."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        # a bare number may be seconds, milliseconds or a year: not guessed here. A JSON record's
        # 'published' number is read by ingest/jsonl._published, in the one unit (s or ms) that
        # puts it in 1973-2286 (robust25)
        return None
    if not isinstance(value, str) or not value.strip():
        return None
    for pattern in (_ISO_DAY, _ISO_BASIC_DAY):
        if m := pattern.match(value):
            return _valid(*m.groups())
    try:
        return parsedate_to_datetime(value.strip()).date().isoformat()  # RFC 822 (RSS pubDate)
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        return datetime.strptime(value.strip(), "%Y/%m/%d").date().isoformat()
    except ValueError:
        return None


def unread_date(field: str, value: object) -> str | None:
    """The note for a container date that container_date could not read (None when none was given):
    the user should hear that it was set aside, not find a null."""
    if value is None or isinstance(value, str) and not value.strip():
        return None
    shown = repr(value)
    if len(shown) > SHOWN_VALUE_CHARS:
        shown = shown[: SHOWN_VALUE_CHARS - 3] + "..."
    return (
        f"{field} {shown} is not a date newsprism reads (YYYY-MM-DD, ISO 8601, RFC 822 or YYYY/MM/DD): "
        "ignored, the date is looked for on the page"
    )
