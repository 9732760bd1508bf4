"""extract.textdate: datelines with an outlet we do not list, a wire between slashes, no dash or the
"―" and "_" dashes, a region of three words, "THE HAGUE"; stamps written with hyphens."""

from __future__ import annotations

import datetime as dt

import pytest

from newsprism.extract.textdate import find_dates, parse_dateline


@pytest.mark.parametrize(
    ("line", "place", "agency", "body"),
    [
        (
            "WASHINGTON (AP) Congress is asking the Justice Department to investigate",
            "Washington",
            "AP",
            "Congress",
        ),
        (
            "SAN FRANCISCO (AP) ― One of the three victims of the tiger attack was drunk",
            "San Francisco",
            "AP",
            "One",
        ),
        (
            "HONOLULU _ South Korean golfer Choi Kyung-ju Sunday won the PGA Tour Sony Open",
            "Honolulu",
            None,
            "South",
        ),
        (
            "Fairfield (AP) _ Investigators looking into a fire that damaged a station",
            "Fairfield",
            "AP",
            "Investigators",
        ),
        (
            "GAZA CITY, Gaza Strip, (AP) - Israeli tanks and helicopters raided the Gaza Strip",
            "Gaza City, Gaza Strip",
            "AP",
            "Israeli",
        ),
        (
            "NEW YORK, USA (AFP): Three of the world's best-known ocean liners steamed out",
            "New York, USA",
            "AFP",
            "Three",
        ),
        (
            "STORRS, Conn.: A.J. Price scored a career-high 25 points and Jerome Dyson tied",
            "Storrs, Conn.",
            None,
            "A.J.",
        ),
        (
            "THE HAGUE, Netherlands – Judges in the war crimes trial of former Liberian President",
            "The Hague, Netherlands",
            None,
            "Judges",
        ),
        (
            "ABU DHABI, United Arab Emirates (AFP) - African Nations Cup title holders Egypt",
            "Abu Dhabi, United Arab Emirates",
            "AFP",
            "African",
        ),
        (
            "WASHINGTON (CBS News) ― Barry Bonds' team should have reported concerns about",
            "Washington",
            "CBS News",
            "Barry",
        ),
        (
            "DENVER (Billboard) - There is a reason people still buy CDs more than they do",
            "Denver",
            "Billboard",
            "There",
        ),
        (
            "NAPA COUNTY, Calif. (KGO) -- A plan to bring a Margaritaville Resort, made popular",
            "Napa County, Calif.",
            "KGO",
            "A plan",
        ),
        (
            "Boston (eCanadaNow) - Rosie O'Donnell has come out and stated that she is annoying",
            "Boston",
            "eCanadaNow",
            "Rosie",
        ),
        (
            "LAS VEGAS, Jan. 8 /PRNewswire/ -- LG Electronics has introduced three new series",
            "Las Vegas",
            "PRNewswire",
            "LG",
        ),
        (
            "SAN'A (AP) - Gunmen attacked a convoy of tourists in the east of the country",
            "San'a",
            "AP",
            "Gunmen",
        ),
    ],
)
def test_datelines(line: str, place: str, agency: str | None, body: str) -> None:
    dl = parse_dateline(line)
    assert dl is not None
    assert (dl.place, dl.agency) == (place, agency)
    assert line[dl.end :].startswith(body)  # the body's first word is not eaten


@pytest.mark.parametrize(
    "line",
    [
        # a politician's party and state, a place in brackets, an age, a nickname's note
        "HARRY REID (D-Nev.) - The Senate voted on Tuesday to approve the bill and send it on.",
        "GOLD COAST (Australia), December 30: Fifth-seeded Shahar Peer of Israel moved through",
        "Molly Martens (40) and her father, Tom Martens (73), have been sentenced for manslaughter",
        "Hammer (real name Stanley Burrell) has signed on at dancejam.com to produce what they hope",
        # an outlet we do not list needs a sentence after it; no dash needs one too
        "OBAMA (Update) Wins Big",
        "WASHINGTON (AP) Senate Votes",
        # a word in capitals after "THE" that is no place
        "THE END - Nothing",
    ],
)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


def test_the_hague_needs_a_known_place() -> None:
    assert parse_dateline("THE HAGUE (AP) — The court said on Monday that it would hear the case") is not None
    assert parse_dateline("THE SHOW (AP) — The court said on Monday that it would hear the case") is None


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("12-30-2007, 02h53", [dt.date(2007, 12, 30)]),
        ("Posted on: 17-01-2008", [dt.date(2008, 1, 17)]),
        ("05-05-2008", [dt.date(2008, 5, 5)]),
        # both readings are dates: a page in Poland means 2 November, one in the US 11 February
        ("Dzisiaj, 02-11-2023 13:29", []),
        ("call 555-12-2008", []),
        ("On 1/8/2008 and 01-14-2008 15:45", [dt.date(2008, 1, 8), dt.date(2008, 1, 14)]),
    ],
)
def test_hyphenated_stamps(text: str, dates: list[dt.date]) -> None:
    assert [f.date for f in find_dates(text)] == dates


@pytest.mark.parametrize(
    ("line", "place", "month_day", "body"),
    [
        (
            "GOLD COAST (Australia), December 30: Fifth-seeded Shahar Peer of Israel moved through to the "
            "second round of the Australian Women's Hardcourt tennis championship",
            "Gold Coast",
            (12, 30),
            "Fifth-seeded",
        ),
        ("NEW DELHI (India), Jan 5 - The government said on Monday it would ...", "New Delhi", (1, 5), "The"),
    ],
)
def test_a_country_in_brackets_before_the_date(
    line: str, place: str, month_day: tuple[int, int], body: str
) -> None:
    dl = parse_dateline(line)
    assert dl is not None
    assert (dl.place, (dl.month, dl.day), dl.agency) == (place, month_day, None)
    assert line[dl.end :].startswith(body)


def test_the_bracket_before_the_date_must_be_a_place() -> None:
    line = "GOLD COAST (Nowhere Land), December 30: Fifth-seeded Shahar Peer of Israel moved through to the next round"
    assert parse_dateline(line) is None
