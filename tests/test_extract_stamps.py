"""Stamp lines ("PUBLISHED: WEDNESDAY, MARCH 13, 2013, 12: 38 AM") are furniture: out of the body,
their date kept as the published date (extract19)."""

import datetime as dt

from newsprism.extract import extract
from newsprism.extract.textdate import read_stamp
from newsprism.records import Document


def test_stamp_lines_are_read_with_their_date() -> None:
    cases = {
        "PUBLISHED: WEDNESDAY, MARCH 13, 2013, 12: 38 AM": dt.date(2013, 3, 13),
        "UPDATED: 22: 07 GMT, 7 July 2012": dt.date(2012, 7, 7),
        "PUBLISHED: 02: 31 GMT, 12 March 2013 | UPDATED: 22: 19 GMT, 12 March 2013": dt.date(2013, 3, 12),
        "POSTED: 04 / 02 / 07, 9: 00 PM PDT |": dt.date(2007, 4, 2),
        "UPDATED 05 / 03 / 2013 at 11: 00 AM EDT": dt.date(2013, 5, 3),
        "POSTED: 1052 GMT (1852 HKT), April 10, 2007": dt.date(2007, 4, 10),
        "UPDATED 3: 09 AM EST Dec 19, 2008": dt.date(2008, 12, 19),
        "Published: 2012. 08. 08 09: 01 AM": dt.date(2012, 8, 8),
        "Posted August 2nd, 2013 at 5: 19 pm": dt.date(2013, 8, 2),
        "Last updated at 22: 46 GMT": None,
    }
    for line, day in cases.items():
        assert read_stamp(line) == (True, day), line


def test_a_label_with_words_is_no_stamp() -> None:
    for line in (
        'UPDATE: AARP CEO A. Barry Rand said in a statement, "It has long been policy."',
        "Posted by: Travis on January 9, 2009 10:00 PM",
        "Updated Privacy Policy",
        "UPDATE:",
        "Updated: New York, Jan 12 12:00",
        "UPDATE 2:52 p.m. -- Additional records disclosed Wednesday revealed expenses",
        "Posted 1 year, 160 days ago [downloaded on 2 October 2013]",
    ):
        assert read_stamp(line) == (False, None), line


_BODY = (
    "The sheriff's office said the convicted killer laughed on Tuesday after hearing the jury's "
    "ruling that he be put to death for the murder.\n"
    "He showed almost no emotion throughout the three-week trial in which he was convicted of the "
    "2005 murder of a county deputy.\n"
    "A rare exception was an occasional smile for his mother when he turned in his chair to glance back at her."
)


def test_record_stamps_leave_the_body_and_date_it() -> None:
    text = (
        "Brooklyn riot over teen's death: shot by cops did not have a gun, says witness\n"
        "PUBLISHED: WEDNESDAY, MARCH 13, 2013, 12: 38 AM\n"
        "UPDATED: THURSDAY, MARCH 14, 2013, 2: 30 AM\n" + _BODY
    )
    doc = Document(id="r", source="r", kind="text", content=text, from_record=True)
    a = extract(doc)
    assert "PUBLISHED" not in a.text and "UPDATED" not in a.text
    assert a.text.startswith("The sheriff's office said")
    assert a.title and a.title.startswith("Brooklyn riot")
    assert (a.published, a.published_source) == ("2013-03-13", "stamp")


def test_a_stamp_over_the_headline_is_no_title() -> None:
    text = "Updated: November 11, 2011 20: 09 IST\nNavy foils Somali pirate attack off Gulf of Aden\n" + _BODY
    a = extract(Document(id="r", source="r", kind="text", content=text, from_record=True))
    assert a.title == "Navy foils Somali pirate attack off Gulf of Aden"
    assert a.published == "2011-11-11"


def test_an_update_note_stays() -> None:
    note = 'UPDATE: AARP CEO A. Barry Rand said in a statement, "It has long been our policy to help."'
    a = extract(Document(id="r", source="r", kind="text", content=_BODY + "\n" + note, from_record=True))
    assert note in a.text


def test_a_date_before_a_headline_is_no_part_of_it() -> None:
    text = "27 / 09 / 2013 - Turkmenistan to hold first-ever parliamentary elections\n" + _BODY
    a = extract(Document(id="r", source="r", kind="text", content=text, from_record=True))
    assert a.title == "Turkmenistan to hold first-ever parliamentary elections"
    # a title that is a date and a time, all of it, keeps its time
    from newsprism.extract.textdate import strip_title_date

    assert strip_title_date("Sunday, March 17, 2013 | 5: 00 PM") == "Sunday, March 17, 2013 | 5: 00 PM"


def test_a_record_s_bare_date_line_is_a_stamp() -> None:
    text = "Sunday, March 17, 2013 | 5: 00 PM\nRiots erupt following death of Brooklyn teen\n" + _BODY
    a = extract(Document(id="r", source="r", kind="text", content=text, from_record=True))
    assert a.title == "Riots erupt following death of Brooklyn teen"
    assert a.text.startswith("The sheriff's office said")
    assert (a.published, a.published_source) == ("2013-03-17", "stamp")
    # no label and no whole date: not a stamp ("2013" alone, a time alone)
    assert read_stamp("2013", bare=True) == (False, None)
    assert read_stamp("5: 00 PM", bare=True) == (False, None)
