"""quotes40: the brief's list: a title "of" a department whose name runs on over "and" or a second
"of" before its holder's name."""

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_holder_after_department_with_and_before_the_verb() -> None:
    # made up (review32's note): the run was cut at "and" to 'Human Services Kathleen Sebelius'
    text = '"We will not retreat," Secretary of Health and Human Services Kathleen Sebelius said.'
    assert _speakers(text) == ["Kathleen Sebelius"]


def test_holder_after_department_with_and_after_the_verb() -> None:
    # made up: after the verb the run "Secretary of Health" read as a role with no holder (None)
    text = '"It is a fine law," said Secretary of Health and Human Services Kathleen Sebelius.'
    assert _speakers(text) == ["Kathleen Sebelius"]


def test_holder_after_department_with_a_second_of_and_a_rank() -> None:
    # val-24-2 (neus), in its words: was 'Joint Chiefs'
    text = (
        "On Thursday, Chairman of the Joint Chiefs of Staff General Joseph Dunford informed the military "
        "that the Pentagon would not implement a ban on transgender troops “until the President's direction "
        "has been received by the Secretary of Defense and the Secretary has issued implementation guidance.”"
    )
    assert _speakers(text) == ["Joseph Dunford"]


def test_two_people_joined_by_and_stay_the_first() -> None:
    # made up guard: "and" joins two titled people, not a department's words
    text = '"No," said Secretary of State Hillary Clinton and Defense Secretary Robert Gates.'
    assert _speakers(text) == ["Hillary Clinton"]


def test_department_with_no_joining_word_unchanged() -> None:
    # made up guard (quotes37's S5): one department word, read by _name_of as before
    assert _speakers('"We are ready," Secretary of Energy Steven Chu said.') == ["Steven Chu"]


def test_the_company_is_the_one_that_speaks_next_when_none_is_named_before() -> None:
    # 22_2ecbplus (ecbplus), in its words: was None
    text = (
        'Dough mixer Andy Ryan said he was on the third floor.\n"I heard the gunfire, and I ran," he told '
        'The Associated Press.\n"This is a sad day for the Kraft Foods family," the company said in a '
        'statement.\n"Our thoughts and prayers go out to their families.\nThe loss of a loved one is a '
        'great sorrow."\nKraft said the plant would be closed until further notice.'
    )
    assert _speakers(text) == ["Andy Ryan", "Kraft", "Kraft"]


def test_the_company_named_after_in_the_next_sentence() -> None:
    # train-480-2 (neus), in its words: was None
    text = (
        "LOS ANGELES (AP) — Nick Cannon’s “hateful speech” and anti-Semitic theories led ViacomCBS to cut "
        "ties with the TV host and producer, the media giant said. “ViacomCBS condemns bigotry of any kind "
        "and we categorically denounce all forms of anti-Semitism,” the company said in a statement "
        "Tuesday. It is terminating its relationship with Cannon, ViacomCBS said."
    )
    assert _speakers(text)[-1] == "ViacomCBS"


def test_the_company_after_a_company_named_in_its_sentence_is_not_the_next() -> None:
    # copy-000047-622954 (heap), in its words: Anadarko's, not BP's, who responds next
    text = (
        'James Hackett , chief executive of Anadarko Petroleum , said it was considering " contractual '
        'remedies " for what the company has described as BP \'s " gross negligence or wilful misconduct " '
        "over the spill . BP responded that Anadarko was wrong ."
    )
    assert _speakers(text)[-1] != "BP"


def test_a_plural_of_people_is_no_company() -> None:
    # bpoil_bbc/1831 (heap), in its words: "Experts" speak next, no company
    text = (
        'The company said that " there can be no assurance that the sealing cap will be successfully '
        'installed " , given it has never been attempted at this depth before . Experts say that the '
        "new cap will have to withstand enormous pressure ."
    )
    assert _speakers(text) == [None]


def test_a_surname_alone_that_speaks_is_who_the_pronoun_means() -> None:
    # l3s_gn1 9e25cf1a, in its words: was 'Paddy Ashdown', the candidate to replace him
    text = (
        "Paddy Ashdown, a former leader of Britain's opposition Liberal Democrats, is a leading candidate "
        "to replace Koenigs.\n\nAfter two years as special representative, Koenigs said he leaves the "
        'country with both hope and concern.\n\n"Afghanistan is moving from being a country decimated by '
        'decades of conflict," he said.'
    )
    assert _speakers(text) == ["Koenigs"]


def test_a_surname_alone_after_a_named_player() -> None:
    # l3s_gn1 89fc8a0d, in its words: was 'Jessica Moore'
    text = (
        "AN EMOTIONAL Nicole Pratt broke down last night after announcing her immediate retirement from "
        "tennis.\n\nJessica Moore and Alicia Molik play today. Moore, a 17-year-old schoolgirl, faces 17th "
        "seed Shahar Peer of Israel.\n\nPratt said she felt it was time for the next generation of "
        'Australian players to step up.\n\n"I think we\'ve been doing well, probably the last year or two," '
        "she said."
    )
    assert _speakers(text) == ["Pratt"]


def test_a_word_opening_a_sentence_is_no_surname_alone() -> None:
    # bpoil_foxnews/1914 (heap), in its words: "When asked" is no one (a first cut gave 'When')
    text = (
        'Spike Lee spoke in San Diego on Saturday . The film is a follow-up to " When the Levees Broke " . '
        "When asked if BP cooperated he said , "
        '" Nobody was speaking to me from BP . "'
    )
    assert _speakers(text) != ["When"]


def test_a_term_explained_after_a_dash_is_no_ones_words() -> None:
    # l3s_gn1 d552f187, in its words: was 'George MacDonald Fraser'
    text = (
        '"Nowadays the view of the British Empire is that it was a bad thing," George MacDonald Fraser once '
        'said.\n\nBorn in 1925, he had grown up on "tuppenny bloods" - the children\'s comics that robustly '
        "extolled the valour of men and war."
    )
    assert _speakers(text) == ["George MacDonald Fraser", None]


def test_a_word_before_a_dash_and_a_clause_stays_the_speakers() -> None:
    # train-962-0 (neus), in its words: the dash brings in a clause, not the word's meaning
    text = (
        '"I faced death face to face," said Rabbi Yisroel Goldstein. Goldstein believes the shooting would '
        'have been much worse had it not been for a "miracle" – the shooter\'s gun jammed.'
    )
    assert _speakers(text) == ["Yisroel Goldstein", "Yisroel Goldstein"]


def test_the_subject_of_a_whether_clause_with_a_modal_is_whom_he_means() -> None:
    # bpoil_reuters/708, in its words: was 'Jason Kenney'
    text = (
        'BP chief executive Tony Hayward has come under fire . " The last thing that President ( Barack ) '
        'Obama needs today is " bigger oil , " ING \'s Kenney said in a research note . CEO HAYWARD LOSES HIS '
        "JOB - UNLIKELY , FOR THE MOMENT Inevitably , there have been questions over whether Hayward should "
        'stay . He told the Daily Mail " ... it would be ridiculous to resign at this point " and most '
        "analysts have defended the CEO 's position ."
    )
    assert _speakers(text)[-1] == "Tony Hayward"


def test_the_whether_clause_of_a_question_put_to_someone_stays_the_askeds() -> None:
    # made up guard: the one asked answers, not the subject of the question
    text = (
        "President Barack Obama met reporters. Obama was asked whether Tony Hayward should resign. "
        '"I would have fired him," he said.'
    )
    assert _speakers(text) == ["Barack Obama"]


def test_a_surname_alone_that_spoke_before_and_acts_again_is_whom_he_means() -> None:
    # copy-001021-486671 (heap), in its words: was None and 'Mike Ashley'
    text = (
        "But amid fevered speculation that his employers could be looking for a new saviour, Mort has "
        'dismissed the rumours.\n\nHe said: "All this makes me laugh."\n\nClub owner Mike Ashley was among '
        "the travelling fans at Wigan on Boxing Day.\n\nHowever, with Ashley enjoying a winter break, Mort "
        'was there to hear the away supporters.\n\nHe said: "We were all very proud of the players."'
    )
    assert _speakers(text) == ["Mort", "Mort"]


def test_the_end_of_a_compound_is_no_surname_alone() -> None:
    # copy-000095-274219 (heap), in its words: a first cut read 'Qaida' of "al-Qaida" as a person
    text = (
        "Al-Qaida said the tape was genuine. Gen. David Petraeus said al-Qaida was becoming increasingly "
        'fearful of losing the support of Sunni Arabs. "They are trying to counter this," he said.'
    )
    assert _speakers(text)[-1] == "David Petraeus"
