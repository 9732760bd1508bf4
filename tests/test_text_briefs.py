"""Wire briefs saved as text (a few paragraphs of whole sentences under at most one headline) are
read whole: no paragraph lost, no paragraph given as the title (extract.text, prose.brief_start).

The briefs are real l3s_gn1 dev articles (the gold text's first paragraphs, the gold headline over
them or not). The line model of extract.text, learnt on pages wrapped in furniture, read them in
part: it lost the last short paragraph (and a short first one), and a brief with no headline gave
its first paragraph as the title.
"""

from __future__ import annotations

import pytest

from newsprism.extract import extract
from newsprism.extract.prose import brief_start
from newsprism.records import Article, Document

COHEN = [  # l3s_gn1 bf644274
    "Israel midfielder Tamir Cohen has agreed terms with Bolton.",
    "The 23-year-old, son of former Liverpool defender Avi, is set to sign a two-and-half-year deal if "
    "the Barclays Premier League club can gain international clearance.",
    "\"I'm really pleased to be able to add someone of Tamir's potential to our squad,\" Trotters boss "
    "Gary Megson told the club's official website, www.bwfc.co.uk.",
    "\"He's been training with us and has already met the lads.",
]
PAPERS = [  # l3s_gn1 fa832e49
    "All the papers have two stories in common on Monday morning: the planning of the state funeral "
    "for Sir Edmund Hilary and the arrival of two Australian kayakers who crossed the Tasman Sea to New "
    "Zealand.",
    "The New Zealand Herald headline is: 'Sir Ed's final farewells start in Antarctica. The paper says "
    "his first memorial service was held on Sunday on the Antarctic ice.",
    "Above a photo of the two elated Australian kayakers is the headline: 'Jumping for joy over "
    "oarsome feat'.",
]
WINSLET = [  # l3s_gn1 209c7877
    "Kate Winslet is in line to replace Nicole Kidman in Stephen Daldry's post-World War II drama \"The "
    'Reader."',
    "Kidman pulled out of the Weinstein Co. production because of her pregnancy. She was set to begin "
    "shooting on the drama, an adaptation of the Bernhard Schlink bestseller, this month in Germany.",
    "Shooting is now more likely to start in late February or March, according to a spokesman for "
    "Cologne, Germany-based MMC Studios, where Daldry will shoot the bulk of the production.",
]
COLLETTE = [  # l3s_gn1 e8f75e89
    "Australian actress Toni Collette has given birth to a baby girl.",
    "The star and her husband, musician Dave Galafassi, welcomed Sage Florence Galafassi on Wednesday, "
    "January 9 in Sydney, a spokeswoman for Collette said.",
    "It is the couple's first child.",
    '"Both mother and baby are very well and very happy," the spokeswoman said.',
]
STUDIOS = [  # l3s_gn1 4c09a620
    "LOS ANGELES (Reuters) - Hollywood's major film and television studios said on Friday they would "
    "begin formal contract talks with directors as soon as this weekend, marking a key development in "
    "the ongoing screenwriters strike.",
    "In a statement, the Alliance of Motion Picture and Television Producers said the talks are "
    "scheduled to begin on Saturday, January 12, and that neither the directors or producers would "
    "comment to news organizations during negotiations.",
    "Industry watchers believe that if the directors can reach a deal separate from the writers, it will "
    "lead writers and producers to eventually return to the bargaining table.",
    "Negotiations between the two groups broke off in early December.",
]
ILLINOIS = [  # l3s_gn1 ad3bd9fa
    "ANAHEIM \u2014 So, meet Illinois.",
    "OK, some of you are probably saying, \"I know Illinois. It's that state next to Indiana, the one "
    "where the motto is vote early and often.' That's where Chicago is.\"",
    "So let me be more specific: Meet the University of Illinois football team.",
]
PHONES = [  # l3s_gn1 708163a2
    "People who talk on their cell phones in the evening may have trouble getting to sleep, according "
    "to a news wire report that appeared on PhysOrg.com .",
    "Bengt Arnetz, a researcher from Sweden's Uppsala University, said that radiation from mobile "
    "phones causes insomnia, headaches and problems concentrating.",
]


def _read(headline: str | None, paragraphs: list[str]) -> Article:
    content = "\n\n".join(([headline] if headline else []) + paragraphs)
    return extract(Document(id="brief", source="brief.txt", content=content))


@pytest.mark.parametrize(
    ("headline", "paragraphs"),
    [
        ("Cohen set for Bolton switch", COHEN),  # lost the first and the last paragraph
        ("Summer Report: local papers", PAPERS),  # lost the last paragraph
        ("Winslet could replace Kidman in 'Reader'", WINSLET),  # the first paragraph was the title
    ],
)
def test_a_brief_under_its_headline_is_read_whole(headline: str, paragraphs: list[str]) -> None:
    art = _read(headline, paragraphs)
    assert art.dropped is None
    assert art.text == "\n\n".join(paragraphs)
    assert art.title == headline


@pytest.mark.parametrize("paragraphs", [COLLETTE, STUDIOS])
def test_a_brief_with_no_headline_has_no_title(paragraphs: list[str]) -> None:
    art = _read(None, paragraphs)
    assert art.text == "\n\n".join(paragraphs)
    assert art.title is None


def test_a_brief_keeps_its_dateline() -> None:
    assert _read(None, STUDIOS).dateline == "Los Angeles"
    # a dateline opens the body however short its sentence: no headline
    art = _read(None, ILLINOIS)
    assert (art.title, art.dateline, art.text) == (None, "Anaheim", "\n\n".join(ILLINOIS))


def test_a_question_or_a_quote_over_a_brief_is_its_headline() -> None:
    # headlines keep no full stop but may ask, cry or quote
    assert _read("Does Cell Phone Energy Keep You Up?", PHONES).title == "Does Cell Phone Energy Keep You Up?"
    assert brief_start("Does Cell Phone Energy Keep You Up?\n\n" + "\n\n".join(PHONES)) == 1
    assert brief_start("Phishers on the hunt for \u2018mules\u2019\n\n" + "\n\n".join(PHONES)) == 1
    # a short sentence with a full stop opens the body; a prose line too, whatever its end
    assert brief_start("\n\n".join(COLLETTE)) == 0
    assert brief_start("\n\n".join(PHONES)) == 0
    # capitals before a dash that name no place are no dateline's: a headline
    assert (
        brief_start(
            "MOVIE REVIEW - Murder and morals collide in Allen\u2019s \u2018Dream\u2019\n\n" + PHONES[0]
        )
        == 1
    )


def test_a_byline_over_a_brief_is_no_headline() -> None:
    art = _read("By RAQUEL MARIA DILLON, For The Associated Press", STUDIOS[1:])
    assert art.title is None
    assert art.authors == ("Raquel Maria Dillon",)
    assert art.text == "\n\n".join(STUDIOS[1:])


def test_a_dump_is_no_brief() -> None:
    page = "\n".join(["Home", "News", "Sport", "Cohen set for Bolton switch", *COHEN, "Share this"])
    assert brief_start(page) is None
    assert brief_start("\n\n".join(["Cohen set for Bolton switch", *COHEN] * 4)) is None  # 20 lines
