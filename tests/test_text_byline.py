"""Bylines with a date, time or "Updated" stamp after the names (extract.byline), and bylines read
right under the headline of a plain-text page (extract.text)."""

from __future__ import annotations

import pytest

from newsprism.extract import extract
from newsprism.extract.byline import lone_name, looks_like_person, parse_byline
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


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # cleanportaleval BBC bylines: a role or an outlet after the name, no separator
        ("By Mark Kinver Environment reporter, BBC News", ("Mark Kinver",)),
        ("By Michael Goldfarb Writer and broadcaster", ("Michael Goldfarb",)),
        ("By Jane O'Brien BBC, Washington", ("Jane O'Brien",)),
        ("By Maryam Maruf BBC World Service", ("Maryam Maruf",)),
        ("By Nastaran Tavakoli-Far BBC World Service", ("Nastaran Tavakoli-Far",)),
        # a role after a comma is no second name
        ("By Claudine Beaumont, Digital Channel Editor, at CES in Las Vegas", ("Claudine Beaumont",)),
        # a big city glued between the name and the stamp is the dateline's
        ("By Peter Sayer Paris | Monday, 14 January, 2008", ("Peter Sayer",)),
        ("By Mary Anne Wilson | May 2, 2008", ("Mary Anne Wilson",)),  # a town's name is a surname too
    ],
)
def test_a_role_outlet_or_city_glued_to_the_name_is_no_part_of_it(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


def _page(*header: str) -> str:
    return "\n\n".join(["Sri Lanka defence chief calls for end to truce | The Daily Paper", *header, *_BODY])


def test_the_dateline_under_a_byline_that_opens_the_body_is_read() -> None:
    body = _BODY[0].replace("Princess Diana", "HOUSTON - Princess Diana")
    content = "\n\n".join(
        [
            "Top cop: We could have saved Diana | The Daily Paper",
            "Top cop: We could have saved Diana",
            "By LIZ AUSTIN PETERSON, Associated Press Writer Sat Dec 29, 10:10 AM ET",
            body,
            *_BODY[1:],
        ]
    )
    art = extract(Document(id="t", source="x", kind="text", content=content))
    assert art.authors == ("Liz Austin Peterson",)
    assert art.dateline == "Houston"


def test_a_dateline_under_a_headline_the_body_mask_opened_with_is_read() -> None:
    # the headline line is the first line the line model kept: the body starts below it
    lines = [
        "AFP: Sri Lanka defence secretary calls for formal end to truce",
        "Go to Google News",
        "Sri Lanka defence secretary calls for formal end to truce",
        "Dec 29, 2007",
        "COLOMBO (AFP) — Sri Lanka's defence secretary said the government should formally pull out of "
        "a ceasefire with Tamil Tiger rebels amid escalating fighting in the island, a daily reported.",
        "A 2002 Norwegian-brokered truce began to unravel in December 2005 and both sides have blamed "
        "each other for the mounting violence which has claimed over 6,000 lives since then.",
        "The internationally backed deal requires either party to give two weeks' notice to Norway "
        "before formally ending it, and the government has not said whether it will do so.",
    ]
    art = extract(Document(id="t", source="x", kind="text", content="\n\n".join(lines)))
    assert art.title == "Sri Lanka defence secretary calls for formal end to truce"
    assert art.dateline == "Colombo"


def test_a_dateline_of_its_own_line_that_ends_in_its_agency_is_read() -> None:
    art = extract(Document(id="t", source="x", kind="text", content=_page("BUFFALO, New York (AFP)")))
    assert art.dateline == "Buffalo, New York"  # one form: capitals in title case (extract21)
    assert "BUFFALO" not in art.text
    art = extract(Document(id="t", source="x", kind="text", content=_page("Photo: Jane Doe (AFP)")))
    assert art.dateline is None


def test_posted_by_is_a_byline_only_where_the_caller_reads_a_header() -> None:
    line = "Posted by Marty Baron on March 25, 2013 at 7:05 am"
    assert parse_byline(line) == ()  # below the body such a line signs a comment
    assert parse_byline(line, posted=True) == ("Marty Baron",)
    assert parse_byline("Posted by nolasad on 01/13/08 at 12:02PM", posted=True) == ()
    content = "\n\n".join(
        [
            "Top cop: We could have saved Diana | The Daily Paper",
            "Top cop: We could have saved Diana",
            line,
            *_BODY,
        ]
    )
    art = extract(Document(id="t", source="x", kind="text", content=content))
    assert art.authors == ("Marty Baron",)
    assert "Posted by" not in art.text


@pytest.mark.parametrize(
    ("line", "after_by", "named"),
    [
        # dev dump lines that stand alone next to the body
        ("Sponsored Links", False, False),
        ("Guardian Unlimited", False, False),
        ("Send Feedback", False, False),
        ("Malaysia Sun", False, False),
        ("Dan Muse", False, True),  # a given name first
        ("Louise Taylor", False, True),
        ("Aliyah Frumin", False, True),  # no given name, but no news word either
        ("Uriel Gadessaud", False, True),
        ("Jordan James", False, False),  # "jordan" is no given name of the list, "james" a news word
        ("Jordan James", True, True),  # under a lone "By"
        ("Top News", True, False),  # still no person
        ("Agence France-Presse", False, False),  # an outlet
        ("Precedente Precedente", False, False),  # a button printed twice
    ],
)
def test_a_lone_name_line_needs_a_given_name_or_no_news_word(line: str, after_by: bool, named: bool) -> None:
    assert lone_name(line, after_by) is named


def test_a_menu_label_next_to_the_body_is_no_author() -> None:
    content = "\n\n".join(
        [
            "Top cop: We could have saved Diana | The Daily Paper",
            "Top cop: We could have saved Diana",
            "Sponsored Links",
            *_BODY,
        ]
    )
    assert extract(Document(id="t", source="x", kind="text", content=content)).authors == ()
    content = content.replace("Sponsored Links", "By\n\nJordan James")
    assert extract(Document(id="t", source="x", kind="text", content=content)).authors == ("Jordan James",)


def test_a_city_glued_to_the_headline_is_the_dateline() -> None:
    def read(head: str) -> tuple[str | None, str | None]:
        content = "\n\n".join(["Investment News", "Last updated at 8:37 AM on 18/01/08", head, *_BODY])
        art = extract(Document(id="t", source="x", kind="text", content=content))
        return art.title, art.dateline

    assert read("U.K. agency OKs proposed research with hybrid human-animal embryos LONDON") == (
        "U.K. agency OKs proposed research with hybrid human-animal embryos",
        "London",
    )
    head = "Rabbitohs ready to say g'day to the USA"  # a country in capitals is the headline's
    assert read(head) == (head, None)


def test_a_byline_three_lines_under_the_headline_is_read() -> None:
    lines = [
        "Pepsi to Push Amazon's MP3 Store | News",
        "Pepsi to Push Amazon's MP3 Store",
        "Pepsi, Justin Timberlake Line Up Behind Amazon MP3s",
        "The Associated Press",
        "By JESSICA MINTZ AP Technology Writer",
        *[f"Share on network {n}" for n in range(10)],
        *_BODY,
    ]
    art = extract(Document(id="t", source="x", kind="text", content="\n\n".join(lines)))
    assert art.authors == ("Jessica Mintz",)


def test_a_dateline_under_a_stamp_that_opens_the_body_is_read() -> None:
    content = "\n\n".join(
        [
            "Top cop: We could have saved Diana | The Daily Paper",
            "Top cop: We could have saved Diana",
            "Associated Press - December 29, 2007 4:44 AM ET",
            "BOSTON (AP) - " + _BODY[0],
            *_BODY[1:],
        ]
    )
    art = extract(Document(id="t", source="x", kind="text", content=content))
    assert art.dateline == "Boston"


def test_byline_word_lists_are_the_entities_lists_held_once() -> None:
    # byline and analyse/entities read the same data files: one frozenset each in memory
    from newsprism.analyse.entities import vocabulary
    from newsprism.extract import byline

    assert byline._given_names() is vocabulary._given_names()
    assert byline._news_words() is vocabulary._news_words()
    assert "john" in byline._given_names() and "said" in byline._news_words()
