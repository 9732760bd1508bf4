"""The text reader's dates (session 30, dates31). A post's signature line under its story:
textdate.signature_date reads the posting label, the writer and the date with the post's category
and tools after it; extract.text's fallback 7 (/tmp/h30/dates31/text_dates.diff) takes it as the
story's date when it is the first dated line under the body, below a list of undated related links.
A date line alone among the body's first lines (under a deck and a byline the line model kept):
read_stamp reads a Spanish or Portuguese date with its "de"; extract.text's fallback 6 (the same
patch) takes it when its numbers read one way only."""

from __future__ import annotations

import datetime as dt

import pytest

from newsprism.extract.text import read_text
from newsprism.extract.textdate import read_stamp, short_year_stamps, signature_date
from newsprism.records import Document


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # Typepad's line under the post (l3s_gn1 3197cc2b): its category and permalink after the date
        ("Posted by Chris Cornwell on January 9, 2008 in Games | Permalink", dt.date(2008, 1, 9)),
        # Associated Content's signature (539e836c): the label after the writer's handle
        ("By Abesi!, published Jan 18, 2008", dt.date(2008, 1, 18)),
        ("By Canadian Blood Services | Published 01/13/2008 | Community News", dt.date(2008, 1, 13)),
        # the stamp-only post lines read_stamp reads
        ("Posted: January 06, 2008, 4:30 PM by Michael Traikos", dt.date(2008, 1, 6)),
        ("Posted in Sony, News, PSP, Skype by Darrin Olson on January 7th, 2008", dt.date(2008, 1, 7)),
        # a comment's signature (the colon after "by"), a byline with no posting label, a date that
        # does not follow the name at once
        ("Posted by: Sean | Jan 10, 2008 4:49:12 PM", None),
        ("By Julia Beizer March 8, 2013", None),
        ("Posted by the team on our new site, January 9, 2008", None),
    ],
)
def test_signature_date(line: str, day: dt.date | None) -> None:
    assert signature_date(line) == day


_HEAD = (
    "Xboxer360: Soul Calibur IV turns into geek fest with addition of Darth, Yoda\n\nHome\nGames\nHardware\n"
    "Reviews\n\nSoul Calibur IV turns into geek fest with addition of Darth, Yoda\n\n"
    "Wow, I really didn't see this one coming. Darth Vader and Yoda will be duking it out in the next"
    " installment of Soul Calibur, according to a recent story on 1UP. Just to prove that it's real and not"
    " just some phoney internet rumour, the site have actual real pictures of the two and have hinted that"
    " more characters from the Star Wars universe could appear.\n\n"
    "With the exception of Virtua Fighter 5 and Dead or Alive IV, it's a bit of a sparse landscape for beat"
    " 'em ups on the Xbox 360. I'm a little surprised - I'd have thought that especially with the"
    " possibilities inherent in Live we'd see more developers clamouring to release online friendly"
    " multiplayer beat 'em ups. Still, things look set to improve with the fantastic-looking Street Fighter"
    " IV in the works.\nSource:\n1UP\n\nRelated Posts:\n"
    "Soul Calibur IV to get instant-hit kills? If it's true, sounds like a good idea.\n"
    "Soul Calibur IV: in-game shots hit web\n\n"
    "Came straight to this page? Visit www.xboxer.tv for all the latest news.\n\n"
)
_COMMENTS = "TrackBack\n\nComments\n\nPosted by Dave on January 12, 2008 at 10:02 AM\n"


def _published(page: str) -> str | None:
    return read_text(Document(id="x", source="x", content=page)).published


def test_the_posts_signature_under_its_related_links_dates_it() -> None:
    # l3s_gn1 3197cc2b: the signature stands 7 lines under the story, past BELOW_BODY_REACH
    page = _HEAD + "Posted by Chris Cornwell on January 9, 2008 in Games | Permalink\n\n" + _COMMENTS
    assert _published(page) == "2008-01-09"


def test_a_readers_signature_or_a_teasers_date_does_not_date_the_story() -> None:
    # the first signature under the comments' heading is a reader's
    assert _published(_HEAD + _COMMENTS) is None
    # a dated teaser first: the dates under it are other posts'
    page = _HEAD.replace(
        "Soul Calibur IV: in-game shots hit web\n",
        "Soul Calibur IV: in-game shots hit web\nJanuary 3, 2008\n",
    )
    page += "Posted by Chris Cornwell on January 9, 2008 in Games | Permalink\n\n" + _COMMENTS
    assert _published(page) is None


def test_a_spanish_or_portuguese_date_line_is_a_stamp() -> None:
    # htmldate 1735359864 (Público): the date line under the writer's name
    assert read_stamp("11 de Outubro de 2020, 8:34", bare=True) == (True, dt.date(2020, 10, 11))
    assert read_stamp("martes, 15 de enero de 2008", bare=True) == (True, dt.date(2008, 1, 15))
    # a line that goes on in words is no stamp
    assert read_stamp("15 de enero de 2008 fue un martes", bare=True) == (False, None)


_DECK = (
    "PÚBLICO\n\nSociedade\n\nCovid-19: Trump já não corre risco de infectar terceiros, diz médico da Casa Branca\n\n"
    "Novos testes indicam que o Presidente norte-americano “já não apresenta o índice de replicação activa"
    " do vírus”, mas a Casa Branca não indicou se os resultados foram negativos.\n\n"
    "José Volta e Pinto\n{date}\n\n"
    "O médico da Casa Branca, Sean Conley, disse este sábado que o Presidente Donald Trump já não corre o"
    " risco de transmitir o novo coronavírus a outras pessoas, depois de ter recebido o diagnóstico há"
    " pouco mais de uma semana e de ter passado três noites internado num hospital militar.\n\n"
    "Num memorando divulgado pela Casa Branca, Conley afirma que os testes feitos a Trump mostram que o"
    " Presidente já não apresenta o índice de replicação activa do vírus, e que cumpre os critérios para"
    " deixar o isolamento, segundo as orientações dos centros de controlo de doenças.\n"
)


def test_a_date_line_under_the_deck_and_byline_dates_the_story() -> None:
    assert _published(_DECK.format(date="11 de Outubro de 2020, 8:34")) == "2020-10-11"


def test_a_date_line_there_that_reads_both_ways_does_not() -> None:
    # "06/10/2020" is 6 October on a Spanish page and 10 June read month first: no day is taken
    assert _published(_DECK.format(date="06/10/2020")) is None


def test_a_bylines_short_year_date_right_under_the_headline() -> None:
    # htmldate der-farang_com, OnlineMarketing_de: the writer's name, a bar and a two-digit year's date
    assert short_year_stamps("Von: Björn Jahner | 31.10.23", clock_alone=True)[0].date == dt.date(
        2023, 10, 31
    )
    assert short_year_stamps("Swantje Schemmerling | 06.11.23", clock_alone=True)[0].date == dt.date(
        2023, 11, 6
    )
    # not where the caller has not read the line as the story's stamp line, nor with words after it
    assert short_year_stamps("Swantje Schemmerling | 06.11.23") == []
    assert short_year_stamps("Video 01:30 Min. | 19.10.19 | buchmesse.ARD.de", clock_alone=True) == []
    page = (
        "Instagram arbeitet an neuer Videofunktion für Stories | OnlineMarketing.de\n\nStartseite\n"
        "Social Media Marketing\n\nInstagram arbeitet an neuer Videofunktion für Stories\n"
        "Swantje Schemmerling | 06.11.23\n"
        "Das Meta-Unternehmen Instagram arbeitet an einem neuen Feature für die Stories. Dieses ist vor allem"
        " für Creator:innen interessant, die ihre Community mit kurzen Videos auf dem Laufenden halten.\n"
        "#Instagram is working on Video Notes for Stories.\n"
        "— Radu Oncescu (@oncescuradu) November 3, 2023\n"
        "Nutzer:innen haben die Möglichkeit, ein bis zu 15 Sekunden langes Video mit ihrem Smartphone"
        " aufzunehmen und direkt in ihrer Story zu teilen, wie der App Researcher Radu Oncescu berichtet.\n"
        "Die kreativen Elemente in den Stories stehen nach wie vor zur Verfügung. Nutzer:innen können Musik"
        " oder Sticker hinzufügen und das Video mit Text versehen, bevor sie es veröffentlichen.\n"
    )
    assert _published(page) == "2023-11-06"
