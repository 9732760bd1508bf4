"""Month and weekday names as regular-expression fragments, for the patterns that look for a date's
shape in a sentence without reading its value (a caption's closing date, a page's time stamp).

MONTH: a month's name in full or short, a dot after the short form allowed ("January", "Jan.",
"Sept."); WEEKDAY: a weekday's name in full. Both are bare fragments (no group, no word boundary):
the pattern that holds one says what stands around it. analyse.timex reads dates themselves, with
their values, from tables of its own.
"""

from __future__ import annotations

__all__ = ["MONTH", "WEEKDAY"]

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
