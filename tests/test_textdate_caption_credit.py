"""extract.textdate.strip_photo_credit: a photo's caption closed by its credit in brackets ("(REUTERS/Jose
Miguel Gomez)") tells of the day the photo was taken; its date is no date line (dates26b)."""

from newsprism.extract.textdate import date_line_dates, strip_photo_credit


def _days(line: str) -> list[str]:
    return [found.date.isoformat() for found in date_line_dates(strip_photo_credit(line))]


def test_a_caption_closed_by_its_photo_credit_is_prose() -> None:
    # l3s_gn1 a71f1646, d43791da: the text reader took the caption's day for the story's
    assert (
        _days(
            "Firemen prepare a MI-17 Venezuelan helicopter with Red Cross stickers at Villavicencio airport "
            "in Colombia, December 29, 2007. (REUTERS/Jose Miguel Gomez)"
        )
        == []
    )
    assert (
        _days(
            "New York Islanders goalie Rick DiPietro (39) makes a save during the second period of their "
            "NHL hockey action in Vancouver, Tuesday, Jan. 8, 2008. Canucks' Henrik Sedin looks for a "
            "rebound on the play. (AP Photo/The Canadian Press, Richard Lam)"
        )
        == []
    )


def test_a_date_line_with_an_agency_in_brackets_stays_a_date_line() -> None:
    # no slash in the brackets: a byline's agency, not a photo's credit
    assert _days("By Nelson Bocanegra, December 30, 2007 (Reuters)") == ["2007-12-30"]
    assert strip_photo_credit("Posted January 9, 2008 (Reuters)") == "Posted January 9, 2008 (Reuters)"
