"""review35 (session 30): findings on session 30's extraction rules (extract.html), each shown on
made-up paragraphs the rule misreads. Each test is xfail(strict) until the patch its reason names is
applied (against HEAD)."""

from __future__ import annotations

import pytest

from newsprism.extract.html import _is_credit_line


@pytest.mark.parametrize(
    "paragraph",
    [
        "BP to cut 10,000 staff",
        "Hospital to hire more staff",
        "A letter from the editor",
        "Meet the new editor",
    ],
)
def test_a_deck_ending_on_a_role_noun_is_no_credit(paragraph: str) -> None:
    # a721690's _is_credit_line drops any short first paragraph ending on "staff", "writer",
    # "editor", ...; a credit's other words are a name's (capitalised), a deck's are lower case
    assert not _is_credit_line(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Staff and agencies",
        "AP Golf Writer",
        "CTV.ca News Staff",
        "From our ANI Correspondent",
        "Author : Sports News Editor",
        "Staff writer",
        "The Associated Press",
    ],
)
def test_the_dev_pages_credits_stay_credits(paragraph: str) -> None:
    # the 21 credits a721690 drops from the dev pages' first two paragraphs (control)
    assert _is_credit_line(paragraph)
