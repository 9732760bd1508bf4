"""review29: entities34's spouse's title (coreference._fitting) gives "Ms Trump" / "Miss Trump" to the
first lady, though "Ms" is any woman's honorific (the BBC's for Ivanka Trump) and "Miss" an unmarried
one's. Made-up inputs in the BBC's style (none on heap-10000: 'first lady' articles there write only
'Mrs Obama', 'Mrs Trump'). Fixed in coreference: only "Mrs" picks the wife."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities import find_mentions


def _people(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[m.start : m.end], m.name, m.role) for m in find_mentions(text) if m.type == "person"]


def test_ms_is_the_daughter_named_just_before_not_the_first_lady() -> None:
    text = (
        "President Donald Trump and first lady Melania Trump arrived in Riyadh on Saturday. Later the "
        "president's daughter Ivanka Trump spoke at a forum on women in business. Ms Trump said the "
        "kingdom had made progress."
    )
    assert _people(text)[-1][:2] == ("Trump", "Ivanka Trump")


def test_miss_is_no_first_lady() -> None:
    text = (
        "First lady Melania Trump and Tiffany Trump attended the gala. Tiffany Trump, 23, wore a blue "
        "gown. Miss Trump said she was proud."
    )
    assert _people(text)[-1][:2] == ("Trump", "Tiffany Trump")


def test_mrs_is_still_the_first_lady() -> None:
    text = (
        "US President Donald Trump and First Lady Melania Trump have met the Queen. Mr and Mrs Trump "
        "laid a wreath."
    )
    assert ("Trump", "Melania Trump", "First Lady") in _people(text)


# coreference._fitting's relation rule: "her husband George W. Bush" is no relative of the office's
# holder but the holder himself; "President Bush" kept the name "Bush" (was George W. Bush before
# entities34). Made-up, in the news's words.
BUSH = (
    "Former first lady Laura Bush and her husband George W. Bush attended the opening of the library "
    "in Dallas on Thursday. President Bush said the library would tell the story of his two terms."
)


def test_the_first_ladys_husband_is_the_president() -> None:
    assert _people(BUSH)[-1][:2] == ("Bush", "George W. Bush")


def test_a_son_introduced_by_the_relation_is_still_no_president() -> None:
    text = (
        "President Trump on Wednesday gathered reporters in the Oval Office. “She’s got a son,” Trump said, "
        "referencing first lady Melania Trump, who was present, and their teenage son Barron Trump."
    )
    assert [name for _, name, _ in _people(text)][:2] == ["Trump", "Trump"]


# entities34 cfb177b (mentions._thing_acronyms): "United Nations Development Programme" ends in a
# programme's head, so its acronym UNDP became "other"; the UN's programmes are its bodies (UNDP, UNEP,
# WFP), organisations. Made-up, in the news's words. Fixed in mentions._UN_BODY.
UNDP = (
    "The United Nations Development Programme (UNDP) released its report on Monday. UNDP officials "
    "said poverty rose."
)


def test_a_un_programmes_acronym_is_an_organisation() -> None:
    types = {(UNDP[m.start : m.end], m.type) for m in find_mentions(UNDP)}
    assert types >= {("UNDP", "organization")}
    assert ("UNDP", "other") not in types


def test_a_laws_acronym_is_still_other() -> None:
    text = "The Affordable Care Act was passed in 2010. The ACA covers millions."
    assert ("ACA", "other") in {(text[m.start : m.end], m.type) for m in find_mentions(text)}


# entities34 cfb177b (mentions._lead_owner): the text's first word as a possessive owning lower-case
# words became a name: "Women's football" typed 'Women' other (was no mention). Made-up leads a user's
# heap holds daily. Fixed by mentions.COMMON_OWNERS.
@pytest.mark.parametrize(
    "text",
    [
        "Women's football is growing fast in England.",
        "Children's hospitals are full, doctors say.",
        "Men's health is often ignored.",
        "Tonight's game will be shown live on television.",
    ],
)
def test_a_common_nouns_possessive_opening_the_text_is_no_name(text: str) -> None:
    first = text.split("'", 1)[0]
    assert first not in {text[m.start : m.end] for m in find_mentions(text)}


def test_a_firms_possessive_opening_the_text_is_still_its_name() -> None:
    text = (
        "Nike's polarizing decision to put Colin Kaepernick at the center of its latest ad campaign paid off."
    )
    assert "Nike" in {text[m.start : m.end] for m in find_mentions(text)}
