"""extract.textdate (dates27): a wire's credit and a dash before a date and its clock is a stamp
("Associated Press - January 8, 2008 4:33 PM ET", l3s_gn1 dd2feca5 between its headline and body),
and so is "Last Update: 12/30/2007 11:25 am" (df1055f7): the page's date, no line of the story."""

import datetime as dt

from newsprism.extract.textdate import read_stamp


def test_a_wire_credit_before_a_date_is_a_stamp() -> None:
    assert read_stamp("Associated Press - January 8, 2008 4:33 PM ET") == (True, dt.date(2008, 1, 8))
    assert read_stamp("Reuters — Jan 16, 2008 12:55 PM") == (True, dt.date(2008, 1, 16))


def test_an_update_label_is_a_stamp_label() -> None:
    assert read_stamp("Last Update: 12/30/2007 11:25 am") == (True, dt.date(2007, 12, 30))


def test_words_after_the_label_are_no_stamp() -> None:
    # the credit opening a sentence, an update note with the editor's words
    assert read_stamp("Reuters - The company said on January 8, 2008 it would cut jobs")[0] is False
    assert read_stamp("UPDATE: AARP CEO A. Barry Rand said on Jan. 8, 2008")[0] is False
    assert read_stamp("Associated Press writer Jane Doe, January 8, 2008")[0] is False
