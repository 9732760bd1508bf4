"""entities38: an organisation by a group's or a firm's noun and "called" before it, or by a shop's noun
after it and one modifier."""

import pytest

from newsprism.analyse.entities import find_mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # heap train-1715-2
        (
            "The protesters included the street-fighting fraternal group called Proud Boys, and others.",
            "Proud Boys",
        ),
        # heap 13_5ecbplus
        (
            "A restoration company called Heritage Properties picked the buildings up in 1997.",
            "Heritage Properties",
        ),
        # heap 19_5ecbplus
        ("At a Rite Aid drug store on Church Ave. near Albany Ave., about 60 people gathered.", "Rite Aid"),
    ],
)
def test_a_name_after_a_group_called_or_before_a_shop_is_an_organisation(text: str, name: str) -> None:
    assert next(m.type for m in find_mentions(text) if m.name == name) == "organization"
