"""Bylines with a date, time or "Updated" stamp after the names (extract.byline), and bylines read
right under the headline of a plain-text page (extract.text)."""

from __future__ import annotations

import pytest

from newsprism.extract import extract
from newsprism.extract.byline import looks_like_person, parse_byline
from newsprism.records import Document


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # l3s_gn1 and htmldate dump lines
        ("By Chris Wilson 14/01/2008", ("Chris Wilson",)),
        ("By Ray Chesterton January 18, 2008 12:00am", ("Ray Chesterton",)),
        ("By: Ryan McNeill Last Updated: 1/14/08 11:15 AM ET | 105 times read", ("Ryan McNeill",)),
        ("By Sage Anderson 2020-02-20 13:52:51 UTC", ("Sage Anderson",)),
        ("By Cheryl Baehr on Wed, Nov 8, 2023 at 1:02 pm", ("Cheryl Baehr",)),
        ("By Chuck Squatriglia January 10, 2008 | 6:46:13 PM Categories: Microcars", ("Chuck Squatriglia",)),
        ("by Logan C. Ritchie November 8, 2023 | 6:03 pm November 8, 2023 | 6:03 pm", ("Logan C. Ritchie",)),
        ("By David A. Utter - Fri, 12/28/2007 - 6:41am.", ("David A. Utter",)),
        ("By Jane Doe and John Roe, Updated 3:45 PM", ("Jane Doe", "John Roe")),
        ("By Jane Doe | 14. Oktober 2019", ("Jane Doe",)),
        ("Von Claudia Riedler 19. Oktober 2019 00:04 Uhr", ("Claudia Riedler",)),
    ],
)
def test_a_stamp_after_the_names_is_no_part_of_them(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "By 2022, the law calls for 36 billion gallons of ethanol a year.",
        "By Washington Post Editors | 02:30 PM ET, 08/15/2012",  # a desk, not a person
        "By the end of January 2008 prices had doubled",
        "By signing up, you agree to our Privacy Policy. Updated 03/26/2020",
        "Von der CO2-Steuer bis zum Klimanotstand reichen ihre Forderungen",
        "Von Stubenhockern und Glucken - 13.945 views",
    ],
)
def test_a_stamp_does_not_make_a_byline(line: str) -> None:
    assert parse_byline(line) == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By JOSEPH WHITE AP Sports Writer", ("Joseph White",)),
        ("By TARIQ PANJA Associated Press Writer", ("Tariq Panja",)),
        ("By FRANK BODANI Daily Record/Sunday News", ("Frank Bodani",)),
        ("By SIBYLLA BRODZINSKY AND FRANCES ROBLES", ("Sibylla Brodzinsky", "Frances Robles")),
        ("By HERB KEINON AND AP", ("Herb Keinon",)),
        ("BY HERALD REPORTER", ()),
        ("By THE ASSOCIATED PRESS", ()),
    ],
)
def test_a_wire_name_in_capitals_before_its_role(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


def test_a_middle_initial_is_a_name_token() -> None:
    assert looks_like_person("David A. Utter")
    assert not looks_like_person("About A Boy")  # "A" without a full stop is still the article


_BODY = [
    "Princess Diana would be alive today if she had not dumped her police minders, a former head of "
    "the force said last night in a long interview with the newspaper.",
    "And the former commissioner, the country's senior policeman at the time, reacted with anger to "
    "the claims that were made at the inquest in London on Monday.",
    "The inquest continues next week, when more witnesses from the police are expected to speak.",
]


def test_a_byline_under_the_headline_above_the_tools_is_read() -> None:
    lines = [
        "Top cop: We could have saved Diana | The Daily Paper",
        "Home",
        "News",
        "Top cop: We could have saved Diana",
        "By Adrian Shaw 18/01/2008",
        *[f"Share on network {n}" for n in range(10)],
        *_BODY,
    ]
    art = extract(Document(id="t", source="x", kind="text", content="\n\n".join(lines)))
    assert art.title == "Top cop: We could have saved Diana"
    assert art.authors == ("Adrian Shaw",)
    assert "Adrian Shaw" not in art.text
