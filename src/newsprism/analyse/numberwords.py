"""Number words that time expressions and claims both read: the tens of a spelled-out number
("forty-two", "seventy vessels")."""

from __future__ import annotations

TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
