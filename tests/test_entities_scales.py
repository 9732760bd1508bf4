"""Entities22: a word that numbers a grade of a scale, with its number ("the Phase 3 trial", "a
Category 5 hurricane"), names nothing; a numbered name stays one ("Chapter 11", "Section 230")."""

from newsprism.analyse.entities import find_mentions


def test_a_scales_grade_is_no_name() -> None:
    text = "Moderna began the Phase 3 trial. It was a Category 5 hurricane, Florida said. It rose to Phase 6."
    assert [m.name for m in find_mentions(text)] == ["Moderna", "Florida"]
    text = "The firm filed for Chapter 11 protection and cited Section 230 of the law."
    assert [m.name for m in find_mentions(text)] == ["Chapter 11", "Section 230"]
