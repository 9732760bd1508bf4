"""entities44: acronyms the news write as common nouns ("a PR war", "the faulty BOP", "their GP") name
no organisation: bench/entity_acronyms.py counts each acronym's uses as a name and as a noun over
heap-10000 (analyse/data/acronym_uses.txt); vocabulary._common_acronyms reads the table."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities import find_mentions


def names(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.type) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        # bpoil_guardian/1917, bpoil_bbc/100: "PR" x93 over heap-10000, never written as a name
        (
            "Hayward , vilified in the US media over the spill , has been on a PR offensive to try and "
            "salvage some of his reputation .",
            "PR",
        ),
        (
            "And BP itself is already fighting a PR war to try to minimize the damage to its reputation .",
            "PR",
        ),
        # bpoil_guardian/1874: "BOP" x74 in bpoil texts that never spell it out
        ("The faulty BOP has been subpoenaed by US investigators .", "BOP"),
        ("If the BOP was defective , that could drag its maker , Cameron , into the litigation .", "BOP"),
        # H1N1_bbc/16
        ("Parents were told to contact their GP if exhibiting symptoms .", "GP"),
        # l3s_gn1 (the Zune pages): "DVD" x18
        ("Jackson bought $10,977.74 worth of televisions, DVD players and DVDs at Best Buy.", "DVD"),
    ],
)
def test_a_common_nouns_acronym_names_no_organisation(text: str, acronym: str) -> None:
    assert acronym not in {name for name, _ in names(text)}


def test_the_table_tells_common_nouns_from_organisations() -> None:
    from newsprism.analyse.entities.vocabulary import _common_acronyms

    common = _common_acronyms()
    assert {"PR", "BOP", "GP", "DVD", "LMRP"} <= common
    # organisations the news write as names ("BP 's", "CNN said", "told NBC")
    assert common.isdisjoint({"BP", "BBC", "CNN", "NBC", "NASA", "NHS", "MMS", "NOAA"})


def test_an_organisations_acronym_in_brackets_after_its_name_stays() -> None:
    # guard (heap 'Bureau of Prisons (BOP)', a train-* text): the article spells it out as a name
    text = "He was pronounced dead at 8:07 a.m., according to the Bureau of Prisons (BOP)."
    assert ("BOP", "organization") in names(text)


def test_an_organisations_acronym_stays() -> None:
    # guard (made up): BP's uses are names' (682 of 13,220 over heap-10000: "BP 's", "BP said")
    text = "A BP spokesman said the company was fighting a PR war ."
    assert ("BP", "organization") in names(text)
