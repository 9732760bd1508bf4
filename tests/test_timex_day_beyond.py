"""DAY_BEYOND (timex): "the day before yesterday" is two days back, "the day after tomorrow" two ahead;
"yesterday" and "tomorrow" alone, or after another "day ...", keep their one day."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # T17 H1N1_bbc/398 (Wednesday 2009-05-06), a reader's comment; read as May 5
        ("Never mind , poor me . The day before yesterday , I just Skype my brother .", "2009-05-04"),
        ("He will arrive the day after tomorrow.", "2009-05-08"),  # made-up
        # guards (made-up)
        ("Yesterday he came.", "2009-05-05"),
        ("It rained all day yesterday.", "2009-05-05"),
        ("He stayed the whole day tomorrow.", "2009-05-07"),
    ],
)
def test_the_day_beyond(text: str, expected: str) -> None:
    (found,) = find_time_expressions(text, "2009-05-06")
    assert found.value == expected
