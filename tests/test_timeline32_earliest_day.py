"""timeline32: a weekday after "as early as" / "as soon as" is the earliest day of what is still to come,
ahead of the page (EARLIEST_DAY in analyse.timex), whatever past the clause holds; a month or a date after
it may be a past's and keeps its reading."""

import pytest

from test_timeline30_past_forms import _found


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # T17 bpoil_reuters/1898 (a Tuesday page; read the Thursday before)
        (
            "The spill looks likely to leave a legislative legacy . The Senate may begin debating a "
            "slimmed-down energy bill as early as Thursday , and holding BP accountable for cleaning up the "
            "Gulf will be a priority .",
            "2010-07-27",
            "Thursday",
            "2010-07-29",
        ),
        # heap train-1325-0 (a Saturday page; no cue, read the Wednesday before)
        (
            "Federal authorities in Orlando and around the nation are scrambling to connect dots in the wake of "
            "Sunday's massacre by an Islamist terrorist, with potential charges looming for the gunman's wife as "
            "early as Wednesday and agents tracing possible ties to radical Muslims in the U.S. and abroad.",
            "2018-09-01",
            "Wednesday",
            "2018-09-05",
        ),
        # heap train-534-0 (a Friday page)
        (
            "Attorney General William Barr is pushing to reveal the principal conclusions of Special Counsel "
            "Robert Mueller's report as early as Saturday night, an administration official familiar with the "
            "process tells Fox News.",
            "2017-09-01",
            "Saturday night",
            "2017-09-02",
        ),
        # T17 bpoil_reuters/746: a date after it keeps its past
        (
            "Both Halliburton and BP were aware of flaws in the cement slurry , similar to the one used to seal the "
            'mile-deep Macondo well , as early as March 8 , over a month before the spill ."',
            "2010-10-28",
            "March 8",
            "2010-03-08",
        ),
    ],
)
def test_a_weekday_after_as_early_as_is_ahead(text: str, published: str, phrase: str, value: str) -> None:
    assert _found(text, published, phrase)[0] == value
