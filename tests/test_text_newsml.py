"""extract.text: an agency's NewsML header printed as one line above the body gives the headline,
the byline and the dateline ("RSS Feeds", a menu's last item, was taken as the headline)."""

from __future__ import annotations

import random
import re

import pytest

from newsprism.extract import extract
from newsprism.extract.text import _newsml_line
from newsprism.records import Document

_BODY = [
    "Thailand's Supreme Court on Friday cleared the way for allies of ousted premier Thaksin Shinawatra "
    "to form a government, rejecting legal challenges to their victory in last month's polls.",
    "The People Power Party, which campaigned as Thaksin's political successor, won general elections "
    "on December 23 but fell just shy of a majority of the 480 seats.",
    "The party's victory was threatened by cases at the Supreme Court as well as dozens of vote fraud "
    "investigations before the Election Commission.",
]
_MENU = ["Business", "Motoring", "Competitions", "Services", "RSS Feeds", "MAIL THIS STORY PRINT FRIENDLY"]


def _read(header: str) -> tuple[str | None, tuple[str, ...], str | None]:
    art = extract(Document(id="t", source="x", kind="text", content="\n".join([*_MENU, header, "", *_BODY])))
    return art.title, art.authors, art.dateline


def test_a_newsml_header_line_gives_headline_byline_and_dateline() -> None:
    header = (
        "20080101T064242Z afp.com 20080101 080101062849.77i9bh87 1 urn:newsml:afp.com:20080101:080101062849.77i9bh87:1 "
        "Lifestyle-US-tourism-animal-horses 20080101T064202Z 20080101T064202Z New York City's carriage horses may "
        "disappear by Paola Messana NEW YORK (AFP) © 2008 AFP Lifestyle-US-tourism-animal-horses FEATURE"
    )
    assert _read(header) == ("New York City's carriage horses may disappear", ("Paola Messana",), "New York")
    no_byline = header.replace(" by Paola Messana", "")
    assert _read(no_byline) == ("New York City's carriage horses may disappear", (), "New York")


def test_a_header_is_read_from_its_first_urn_followed_by_a_name() -> None:
    # A bare "urn:newsml: " (no name after it) cannot start the header, so the one after it does;
    # a later "urn:newsml:" inside the header's own text changes nothing.
    header = (
        "see urn:newsml: for the format 20080101 urn:newsml:afp.com:20080101:1 Lifestyle urn:newsml:afp.com:x "
        "20080101T064202Z 20080101T064202Z New York City's carriage horses may disappear by Paola Messana "
        "NEW YORK (AFP) © 2008 AFP"
    )
    assert _read(header) == ("New York City's carriage horses may disappear", ("Paola Messana",), "New York")


# The header as one pattern, as text11 wrote it (matched from the line's first urn): re retried it
# from every timestamp pair and every place start, so lines of many stamps or of long runs of
# capitals took seconds; _newsml_line reads it in two linear steps and must read it the same.
_NAME = r"[A-Z](?:[a-z.]|['’][A-Z])[\w.'’-]*"
_ONE_PATTERN = re.compile(
    r"urn:newsml:\S+ .*?(?:\d{8}T\d{6}Z ){2}(?P<headline>\S.+?) "
    rf"(?:by (?P<author>{_NAME}(?: {_NAME}){{0,3}}) )?"
    r"(?P<place>[A-Z][A-Z .'-]*[A-Z]) \((?P<agency>AFP|AP|Reuters)\)"
)
_STAMP = "20080118T125454Z"
_PIECES = {
    "head": [
        "Thai",
        "court",
        "A",
        "NEW",
        "by",
        "O'NEIL",
        "x",
        "J.",
        "(AP)",
        "-",
        "b",
        _STAMP,
        "urn:newsml:a",
    ],
    "name": ["Paola", "Messana", "J.", "O'NEIL", "O’Neil", "Ab-c", "A", "by"],
    "place": ["NEW", "YORK", "BANGKOK", "A", "O'HARE", "ST.", "-", "x", "by"],
    "agency": ["(AFP)", "(AP)", "(Reuters)", "(AFP", "(ap)"],
}


def _header_like(rng: random.Random) -> str:
    """A line built like a header (urn, stamps, headline, byline, place and agency) from pieces that
    also break it: stamps missing or doubled, places in lower case, agencies cut, tabs, newlines."""
    parts = ["urn:newsml:" + rng.choice(["a", "", "b:c"])]
    parts += [rng.choice([_STAMP, "x", _STAMP]) for _ in range(rng.randint(0, 3))] + [_STAMP] * 2
    parts += [rng.choice(_PIECES["head"]) for _ in range(rng.randint(0, 5))]
    if rng.random() < 0.5:
        parts += ["by", *(rng.choice(_PIECES["name"]) for _ in range(rng.randint(0, 5)))]
    for _ in range(rng.randint(1, 3)):
        parts += [rng.choice(_PIECES["place"]) for _ in range(rng.randint(0, 3))] + [
            rng.choice(_PIECES["agency"])
        ]
        parts += [rng.choice(_PIECES["head"]) for _ in range(rng.randint(0, 3))]
    return "".join(p + rng.choice([" "] * 30 + ["", "  ", "\t", "\n"]) for p in parts)


@pytest.mark.parametrize("seed", range(3))
def test_the_two_step_read_is_the_one_pattern(seed: int) -> None:
    rng = random.Random(seed)
    read = 0
    for _ in range(3000):
        line = _header_like(rng)
        urn = re.search(r"urn:newsml:\S", line)
        one = _ONE_PATTERN.match(line, urn.start()) if urn else None
        two = _newsml_line(line)
        assert (one and (one["headline"], one["author"], one["place"], one["agency"])) == (
            two and (two[0], two[1]["author"], two[1]["place"], two[1]["agency"])
        ), line
        read += one is not None
    assert read > 200  # the lines hold headers, not only near misses


def test_a_headline_after_a_long_run_of_capitals_is_read() -> None:
    line = f"urn:newsml:a {_STAMP} {_STAMP} x" + " A" * 20_000 + " b BANGKOK (AFP)"
    read = _newsml_line(line)
    assert read is not None
    assert read[0] == "x" + " A" * 20_000 + " b"
    assert (read[1]["place"], read[1]["agency"]) == ("BANGKOK", "AFP")
