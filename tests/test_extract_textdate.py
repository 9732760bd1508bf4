"""extract.textdate.parse_dateline: labels, captions, speakers and headings before a colon or a dash
are no datelines; a place's colon or dash before the body's first sentence is one."""

from __future__ import annotations

import pytest

from newsprism.extract.textdate import parse_dateline


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("Toronto: Canada has threatened to use force to deport a paralysed Indian Sikh", "Toronto", None),
        (
            "Dehradun (PTI): Nehru Institute of Mountaineering on Friday paid rich tributes to",
            "Dehradun",
            "PTI",
        ),
        ("LAS VEGAS- Magellan today introduced nine new vehicle navigation units", "Las Vegas", None),
        (
            "LAS VEGAS--(BUSINESS WIRE)--LG Electronics has introduced three new series",
            "Las Vegas",
            "BUSINESS WIRE",
        ),
        ("DANVILLE, Ky. –- Joe Biden did everything President Barack Obama did not", "Danville, Ky.", None),
        ("SAN FRANCISCO—Police have identified a man killed outside a school", "San Francisco", None),
        # a colon dateline's place is a known one, in capitals too; a dash one may be a small town
        (
            "KATHMANDU: Lukla Airport, the gateway to the world's highest peak Mt. Everest will be",
            "Kathmandu",
            None,
        ),
        (
            "NEW DELHI: Union Communications and Information Technology Minister A. Raja on Monday launched",
            "New Delhi",
            None,
        ),
        (
            "Thiruvananthapuram: The state government on Monday decided to set up a new panel",
            "Thiruvananthapuram",
            None,
        ),
        (
            "WAYLAND - Bowed down on bended knee, Muslim mourners rocked gently back and forth",
            "Wayland",
            None,
        ),
        # a known place in title case before an agency or a dash
        (
            "Washington (CNN)When President Donald Trump unveiled his administration's proposal",
            "Washington",
            "CNN",
        ),
        ("Detroit (CNN)The drama on night two of CNN's presidential debate starts", "Detroit", "CNN"),
        ("Colombo - Sri Lanka's cricket chief Jayantha Dharmadasa on Monday stepped down", "Colombo", None),
        (
            "Romulus — U.S. Rep. Rashida Tlaib joined airline catering workers who work for Delta",
            "Romulus",
            None,
        ),
        # tokenised texts: a space before the comma and inside the agency's brackets
        (
            "POINTE-AUX-CHENES , LA. -- The best thing about this place -- where the dry land",
            "Pointe-Aux-Chenes, La.",
            None,
        ),
        (
            "OCEAN SPRINGS , Miss. -- The law firm of Kenneth Feinberg , the man in charge",
            "Ocean Springs, Miss.",
            None,
        ),
        (
            "PENSACOLA BEACH , Florida ( Reuters ) - Gary Chernekoff does n't own a restaurant , is n't a charter boat captain",
            "Pensacola Beach, Florida",
            "Reuters",
        ),
        (
            "NEW ORLEANS ( AP ) -- For days now , Dr. Damon Dietrich and other physicians have seen patients",
            "New Orleans",
            "AP",
        ),
        # a short line after the dash is the body's when it ends like a sentence, and a line of
        # its own (or a Business Wire dash) puts the body on the next line
        ("ANAHEIM — So, meet Illinois.", "Anaheim", None),
        ("LONDON --\n\nAmy Winehouse's husband appeared in court Friday to face charges", "London", None),
        ("LAS VEGAS--(BUSINESS WIRE)--", "Las Vegas", None),
        # capitals after the dash: an acronym, a company, a repeated dateline
        ("MIAMI -- BP PLC and the other companies involved in the Gulf of Mexico oil spill", "Miami", None),
        (
            "LONDON -- A U.S. B-52 bomber crashed off the coast of Guam on Monday, officials said",
            "London",
            None,
        ),
        (
            "WASHINGTON -- WASHINGTON ( AP ) -- Nobody led . Not the president of the United States",
            "Washington",
            None,
        ),
    ],
)
def test_datelines(line: str, place: str, agency: str | None) -> None:
    dl = parse_dateline(line)
    assert dl is not None
    assert (dl.place, dl.agency) == (place, agency)


@pytest.mark.parametrize(
    "line",
    [
        # labels of a page or a credit, and a day opening a caption
        "Courtesy: San Jose State Athletics",
        "Director : Anurag Kashyap",
        "Credit : Reuters/American Museum of Natural History/Handout WASHINGTON | Thu Jul 8 , 2010",
        "FILE - In this June 1, 2010 file photo, workers collect oil that washed ashore",
        "Wednesday: President Obama and Vice President Biden meet with BP executives in the Roosevelt Room",
        # a headline's kicker: no sentence follows
        "American Gladiators: Hellga",
        "Lawyer: Lindsay Lohan checks into rehab facility",
        "Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder And One Of Attempted Murder",
        "After Bhutto:\n\nThe world will long remember Benazir Bhutto as a modern Muslim woman who",
        # a label before a sentence: no place
        "Topline: President Trump—increasingly a booster of hydroxychloroquine as a potential treatment",
        "Intercontinental Mission: Clarity on Eddie Jones should be achieved next week",
        # a name in title case before a dash, a known place before a heading
        "David Dykes -- The federal regulator now leading his agency's investigation of the spill",
        "Georgia — The peach state",
        # a speaker's words
        'Trump: "Just the other day, they came out with a statement that 85% of the people',
        # a word's hyphen
        "AL-QAEDA chief Osama bin Laden has warned Muslims against supporting the government",
        "COVID-19 has brought a raft of intense new stressors while removing many resources",
        # a heading in capitals before a dash goes on in capitals; a kicker has a short headline
        "EDGAR HERNANDEZ - FIRST CONFIRMED CASE Edgar Hernandez says he now feels a lot better",
        "MAIN BUSINESS - IN THIS SECTION\n\nPakistan's stocks nosedived and its currency hit a low",
        "CLOSING TIME - Era ends for historic pub [Warrnambool]",
        # a review's label over its headline (l3s_gn1 efee8480: the HTML path read "Movie Review")
        "MOVIE REVIEW - Murder and morals collide in Allen’s ‘Dream’",
        "BOOK REVIEW - A life of Lincoln in letters",
    ],
)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None
