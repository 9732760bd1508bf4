"""Headlines of text dumps (session 17, titles17): a title line's " -- " separator, a headline
printed over its byline, a title line's headline printed far above the body."""

from __future__ import annotations

from newsprism.extract.byline import split_glued_dateline
from newsprism.extract.html import read_html
from newsprism.extract.text import clean_headline, read_text
from newsprism.extract.textdate import parse_dateline
from newsprism.records import Document

_PARAGRAPHS = [
    "Harry Redknapp has denied that the club's recent slump is because its African contingent have "
    "turned their attention to the forthcoming Cup of Nations in Ghana this month.",
    "Following Saturday's 1-0 home defeat to Middlesbrough, the team have gone nine hours without "
    "scoring a league goal at home, and the manager was asked about it after the game.",
    '"It\'s got nothing to do with that," he told reporters. "We have had chances in every game and '
    'we have not taken them, that is the only reason, and it will turn for us soon enough."',
    "The club face Sunderland next weekend before the African players leave for the tournament, which "
    "starts on January 20 and could keep several of them away for a month.",
]
_MENU = ["Home", "News", "Football", "Cricket", "Tennis", "Golf", "Rugby Union", "Racing", "Contact Us"]


def _read(lines: list[str]) -> str | None:
    doc = Document(id="t", source="t.txt", kind="text", content="\n\n".join(lines))
    return read_text(doc).title


def test_a_double_hyphen_separates_the_title_lines_parts_only() -> None:
    title = (
        "CTV Toronto - OPP says 'enough' after 2 accused of drunk driving - CTV News, Shows and Sports "
        "-- Canadian Television"
    )
    assert clean_headline(title, title_line=True) == "OPP says 'enough' after 2 accused of drunk driving"
    assert clean_headline("WTC owner to pay millions in fines -- dailypress.com", title_line=True) == (
        "WTC owner to pay millions in fines"
    )
    # in a line of the page it is a typed dash
    line = "Monster movie returns -- and it is big"
    assert clean_headline(line) == line


def test_a_headline_over_a_byline_over_the_body_beats_a_title_line_the_page_does_not_print() -> None:
    # l3s 7c3b8f34: the title line is the site's
    lines = [
        "Premier League Tips and Odds",
        "help | site map",
        "Premier League • Championship • SPL • Champions League • La Liga • Other Leagues • MORE • ODDS",
        "Fixtures • Live Odds • Injuries • Teams • Tables • Statistics",
        "Premier League Friday, Jan 11, 2008",
        "Portsmouth's Redknapp favorite for Toon job",
        "By Associated Press",
        *_PARAGRAPHS,
    ]
    assert _read(lines) == "Portsmouth's Redknapp favorite for Toon job"
    # a byline naming its writer, and a date line under it
    lines[6:7] = ["by Chris Stanton", "30 December 2007"]
    assert _read(lines) == "Portsmouth's Redknapp favorite for Toon job"


def test_a_title_line_the_page_prints_stays_over_a_headline_over_a_byline() -> None:
    lines = [
        "Redknapp rubbishes slump theory - Setanta Sports",
        *_MENU,
        "Redknapp rubbishes slump theory",
        "Pompey boss speaks out",
        "by Chris Stanton, 30 December 2007",
        *_PARAGRAPHS,
    ]
    assert _read(lines) == "Redknapp rubbishes slump theory"


def test_the_title_lines_headline_printed_far_above_the_body_is_the_headline() -> None:
    also = [f"Other story number {n} by this author about the strike" for n in range(12)]
    newsletters = [f"B&C Newsletter {n}" for n in range(24)]
    lines = [
        "The Final Chapter? - 1/21/2008 - Broadcasting & Cable",
        *_MENU,
        "The Final Chapter?",
        "By Ben Grossman -- Broadcasting & Cable, 1/21/2008",
        "ALSO BY THIS AUTHOR...",
        *also,
        "WGA STRIKE UPDATE: DGA, AMPTP Reach Deal",
        "» MORE",
        *newsletters,
        *_PARAGRAPHS,
    ]
    assert _read(lines) == "The Final Chapter?"


def test_a_big_city_glued_to_the_headlines_end_is_the_dateline_in_both_paths() -> None:
    head = "U.K. agency tentatively OKs proposed research with hybrid human-animal embryos"
    assert split_glued_dateline(f"{head} LONDON") == (head, "London")
    assert split_glued_dateline("Voters head to the polls in IOWA") == (
        "Voters head to the polls in IOWA",
        None,
    )
    page = (
        "<html><body><div><table><tr><td>NEWS</td></tr>"
        f"<tr><td>{head} LONDON</td></tr><tr><td>THE ASSOCIATED PRESS</td></tr>"
        + "".join(f"<tr><td>{p}</td></tr>" for p in _PARAGRAPHS)
        + "</table></div></body></html>"
    )
    doc = Document(id="h", source="h.html", kind="html", content=page)
    assert read_html(doc).title == head


def test_a_related_storys_link_below_the_body_is_no_print_of_the_headline() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    page = (
        "<html><head><title>Patriots: Coach never better - The Boston Globe</title></head><body>"
        "<ul><li>Home /</li><li>Sports /</li></ul><h1>History buffs</h1>"
        "<h2>Patriots say Belichick has never been better</h2>"
        "<div>By Christopher L. Gasper</div><div>Globe Staff / December 28, 2007</div>"
        f"<div class='article'>{paragraphs}</div>"
        "<div class='relatedcontent'><ul>"
        "<li><a href='/a'>Patriots: Coach never better</a></li>"
        "<li><a href='/b'>Brady sets the record for touchdown passes</a></li></ul></div>"
        "</body></html>"
    )
    doc = Document(id="h", source="h.html", kind="html", content=page)
    assert read_html(doc).title == "Patriots say Belichick has never been better"


def test_a_former_city_name_in_capitals_opens_a_colon_dateline() -> None:
    line = (
        "KIEV: Yulia Tymoshenko, a leading force in the 2004 Orange Revolution in Ukraine, was unable "
        "Tuesday to win backing from Parliament to regain the office of prime minister."
    )
    dateline = parse_dateline(line)
    assert dateline is not None and (dateline.place, dateline.agency, dateline.end) == ("Kiev", None, 6)
    # in title case before a colon it is a German headline's place, not a dateline
    assert (
        parse_dateline("Kiew: Russland greift erneut mit Drohnen an und trifft ein Wohnhaus in der Stadt")
        is None
    )
    assert parse_dateline("Peking sucht den Superstar: 7 mögliche Gesichter") is None
    lines = [
        "Yushchenko ally fails in bid to regain office of prime minister",
        "Share Article",
        line,
        *_PARAGRAPHS,
    ]
    doc = Document(id="t", source="t.txt", kind="text", content="\n\n".join(lines))
    assert read_text(doc).dateline == "Kiev"


def test_a_place_before_a_country_in_brackets_is_a_dateline_not_an_outlet() -> None:
    line = "Rostow (Russland) - Bei einem Brand in einem Wohnhaus in Russland sind fünf Kinder ums Leben gekommen."
    dateline = parse_dateline(line)
    assert dateline is not None and (dateline.place, dateline.agency) == ("Rostow", None)
    assert line[dateline.end :].startswith("Bei einem Brand")
    # so is a German place name before a listed agency
    kiew = parse_dateline(
        "Kiew (dpa) - Die ukrainische Hauptstadt ist in der Nacht erneut angegriffen worden."
    )
    assert kiew is not None and (kiew.place, kiew.agency) == ("Kiew", "dpa")
    # an outlet in brackets stays the agency; a party is no country
    cnn = parse_dateline(
        "Washington (CNN) - Dr. Anthony Fauci said on Sunday that the country is not out of it."
    )
    assert cnn is not None and cnn.agency == "CNN"
    assert parse_dateline("Müller (SPD) - Der Abgeordnete hat am Sonntag seinen Rücktritt erklärt.") is None
