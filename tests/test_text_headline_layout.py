"""The headline ranker's layout features of plain-text dumps: over_deck (a headline over its
deck), over_date (a headline over a date line) and reader (a line that speaks to the reader)."""

from __future__ import annotations

from newsprism.extract.sitenames import content_words
from newsprism.extract.text import HEADLINE_FEATURES, _date_line, headline_candidates
from newsprism.extract.textdate import find_dates


def _column(lines: list[str], first_body: int, name: str) -> dict[int, float]:
    idx, rows = headline_candidates(lines, first_body, content_words(lines[first_body]))
    return dict(zip(idx, rows[:, HEADLINE_FEATURES.index(name)].tolist(), strict=True))


_MIRROR = [
    "search",
    "about",
    "contact",
    "Artslink.co.za News",
    "Mirror, Mirror",
    "Biting and witty fairytale satire on the role of the artist takes to the Baxter stage",
    "Mike van Graan's biting and witty fairy-tale satire Mirror, Mirror, which contemplates the role "
    "of the artist, takes to the Baxter Sanlam Studio stage this month.",
]


def test_over_deck_marks_a_headline_over_a_longer_headline_like_line() -> None:
    deck = _column(_MIRROR, 6, "over_deck")
    assert deck[4] == 1.0  # the headline, over its deck
    assert deck[5] == 0.0  # the deck itself: the line under it is the body's
    # a line no longer than the one above it by DECK_EXTRA_WORDS is a second headline, not a deck
    lines = [*_MIRROR[:5], "Satire at the Baxter", _MIRROR[6]]
    assert _column(lines, 6, "over_deck")[4] == 0.0
    # a menu's line ("Latest") shares no word with the body or the title: no headline over a deck
    lines = [*_MIRROR[:4], "Latest", *_MIRROR[5:]]
    assert _column(lines, 6, "over_deck").get(4, 0.0) == 0.0


def test_over_date_marks_the_line_over_a_date_line() -> None:
    lines = [
        "Winnipeg Free Press - Editorials",
        "Send us your pet pix!",
        "Capping the deal",
        "Mon Jan 7 2008",
        "David Asper's plan to build a new $145-million stadium and retail complex just got a lot "
        "more interesting this week.",
    ]
    over = _column(lines, 4, "over_date")
    assert over[2] == 1.0 and over[1] == 0.0
    lines = ["Published on 14/01/2008", "2007-12-30 14:49:00.0", "Doncaster Rovers 1 Carlisle United 0"]
    lines.append("Capping the deal")
    dated = [_date_line(lines, j, lambda k: bool(find_dates(lines[k]))) for j in range(len(lines))]
    assert dated == [True, True, False, False]


def test_reader_marks_a_line_that_speaks_to_the_reader() -> None:
    lines = [
        "Winnipeg Free Press - Editorials",
        "Do you think David Ahenakew deserves a new trial?",
        "Send us your pet pix!",
        "Capping the deal",
        "Mon Jan 7 2008",
        "David Asper's plan to build a new $145-million stadium and retail complex just got a lot "
        "more interesting this week.",
    ]
    reader = _column(lines, 5, "reader")
    assert reader[1] == 1.0 and reader[2] == 1.0 and reader[3] == 0.0
