"""quotes36: a name whose page lost an accented letter ("Jos Angel C rdova" of José Ángel Córdova:
patterns._LOST_LETTER_TAIL); "the author" in the sentence of another subject is the person the
sentence names as an owner ("Flashman ... in Fraser's mind ..., which the author described as",
speakers._role_named_before). Excerpts of the dev texts in their words, where named; the rest made
up."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_a_name_cut_where_the_page_lost_an_accented_letter() -> None:
    # H1N1_guardian/1194 (was None)
    text = (
        "The Mexican government yesterday issued a decree authorising President Felipe Calder n to "
        'invoke powers . The health secretary , Jos Angel C rdova , said : " We are very , very '
        'concerned . "'
    )
    assert _speakers(text) == ["Jos Angel C rdova"]


def test_a_lone_capital_before_words_in_lower_case_is_no_lost_letter() -> None:
    # made up: "I" before a verb with no comma after is no cut name
    text = 'Jane Smith spoke . " When I was young , " Smith said , " I was poor . "'
    assert _speakers(text) == ["Jane Smith", "Jane Smith"]


def test_the_author_beside_his_character_as_subject() -> None:
    # l3s_gn1 d552f187 (was 'Harry Flashman')
    text = (
        "Thirty-five years ago, George MacDonald Fraser had the idea of making Harry Flashman the hero "
        'of a novel. "I can\'t subscribe to that," he once said.\n\n'
        "Flashman, for all his imperfections, appears to have represented in Fraser's mind, as he has "
        "for many readers, a yearning for a time before political correctness, which the author "
        'described as "a damnable and dangerous thing".'
    )
    assert _speakers(text)[-1] == "George MacDonald Fraser"


def test_a_leader_renamed_after_the_subject_of_the_sentence_before() -> None:
    # neus val-222-0, control as quotes35b left it: McConnell, not Mueller
    text = (
        "Mitch McConnell declared “case closed” on special counsel Robert Mueller’s investigation. "
        "The GOP leader said the report was “a clear finding” for the president."
    )
    assert _speakers(text)[-1] == "Mitch McConnell"


def test_a_relative_the_name_owns_is_the_subject_not_the_name() -> None:
    # neus val-232-1 (was 'Michael Flynn')
    text = (
        "Retired Lt. Gen. Michael Flynn's son sparred with CNN's Jake Tapper on Twitter over the "
        '"pizzagate" conspiracy that led an armed man into a Washington, DC, pizza shop Sunday.'
    )
    assert _speakers(text) == [None]


def test_a_family_s_statement_is_not_the_person_s() -> None:
    # neus train-1629-0 (was 'Toni Morrison')
    text = (
        "When Toni Morrison received her Nobel Prize in Literature in 1993, her remarks began with a "
        "reflection on the phrase once upon a time. In her signature, measured cadence, Morrison told the "
        "Swedish Academy she believed these were some of the first words we remember from our childhoods. "
        "Morrison, who was 88, died Monday night at Montefiore Medical Center in New York, according to her "
        "publisher, Penguin Random House. Morrison's family, in a statement released by the publisher, said "
        'she died "following a short illness" and surrounded by loved ones.'
    )
    assert _speakers(text) == [None]


def test_a_possessive_before_a_thing_leaves_the_name_the_subject() -> None:
    # made up: control, "Perry's plan" is no relative (as before)
    text = "Rick Perry's plan would end \"Obama's war on religion\"."
    assert _speakers(text) == ["Rick Perry"]


def test_a_person_named_in_full_only_as_an_owner_before_a_thing() -> None:
    # l3s_gn1 a62ff1b5 (was 'Frenchman Jo-Wilfried Tsonga' twice)
    text = (
        "Andy Murray’s Grand Slam season got off to a terrible start last night when he lost in the opening "
        "round of the Australian Open.\n\n"
        "The British number one, who was seeded ninth, was defeated by un-seeded Frenchman Jo-Wilfried "
        "Tsonga 7-5 6-4 0-6 7-6 (7-5).\n\n"
        "Tsonga won the first two sets before Murray hit back in the third.\n\n"
        "Murray, who is still yet to progress past the fourth round of a major in nine attempts, is "
        "confident he will quickly recover from this setback.\n\n"
        "Advertisement\n\n"
        "“I want to stay in the top 10,” he said"
    )
    assert _speakers(text) == ["Andy Murray"]


def test_a_document_s_author_named_with_it() -> None:
    # neus train-647-2 (was 'CNN')
    text = (
        "Washington (CNN)Sixteen US Marines were arrested Thursday for alleged involvement in various illegal "
        "activities, according to a statement from the Marine Corps. The arrests took place on Thursday "
        'morning at Camp Pendleton. "Information gained from a previous human smuggling investigation '
        'precipitated the arrests," the statement said.'
    )
    assert _speakers(text) == ["Marine Corps"]


def test_a_document_a_subject_acts_on_is_not_its_author_s_words() -> None:
    # BASIL df5fe55a_1, control (as before): the House Democrats signed Peter Welch's letter
    text = (
        "Close to three dozen House Democrats have signed a letter from Representative Peter Welch, Democrat "
        "of Vermont, calling the tax deal “fiscally irresponsible” and “grossly unfair.” The letter says "
        "Mr. Obama “should not back down. Nor should we.”"
    )
    assert _speakers(text)[-1] == "House Democrats"
