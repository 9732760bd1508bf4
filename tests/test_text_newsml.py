"""extract.text: an agency's NewsML header printed as one line above the body gives the headline,
the byline and the dateline ("RSS Feeds", a menu's last item, was taken as the headline)."""

from __future__ import annotations

from newsprism.extract import extract
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
