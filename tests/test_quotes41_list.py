"""quotes41: the brief's list: a speech verb in a clause that a subordinator opens has a subject of its
own (not the sentence's first); "the Fox News host" is the host the story is about, not the last one
given the bare title."""

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_subordinate_clause_subject_is_not_the_sentence_subject() -> None:
    # train-1783-2 (neus), in its words: was 'Mark T. Esper', who spoke in the main clause; the letter
    # is the U.S. military's (quotes42: the patterns read "the U.S. military" as an organisation)
    text = (
        "Defense Secretary Mark T. Esper said Monday that the United States has not made any decision to "
        "leave Iraq, shortly after the U.S. military said in a letter to Iraqi officials that U.S. forces "
        "would be relocating “to prepare for onward movement.”"
    )
    assert _speakers(text) == ["U.S. military"]


def test_verb_joined_to_the_subject_after_a_subordinate_clause() -> None:
    # bpoil_guardian/1221, in its words (guard): "after the oil stopped spewing and told": the verb
    # is the sentence subject's, joined by "and"
    text = (
        "Kent Wells , BP 's senior vice-president , emerged barely five minutes after the oil stopped "
        'spewing and told reporters that it " felt very good not to see any oil going into the Gulf of '
        "Mexico . What I 'm trying to do is maintain my emotions . \""
    )
    assert _speakers(text) == ["Kent Wells"]


def test_a_headline_speaks_for_its_publisher() -> None:
    # train-893-1 (neus), in its words (guard): "after a headline characterized": the Post's headline
    text = (
        "The Washington Post is facing backlash after a headline characterized the Islamic State leader "
        'who was killed in a U.S. raid over the weekend as an "austere religious scholar." The headline '
        "was quickly changed."
    )
    assert _speakers(text) == ["Washington Post"]


# BASIL 6f95dcb9_3, cut to the sentences that name the hosts, in its words
_BECK = (
    "Bombastic conservative talk show host Glenn Beck closed a three-day conservative conference on "
    "Saturday by demanding that Republicans get their own house in order.\n\n"
    "In a winding speech, Beck had the packed auditorium at CPAC captivated from the start.\n\n"
    "If last year's CPAC keynote speech - delivered by radio host Rush Limbaugh - was defined by urging "
    "President Barack Obama to fail, Beck's stood out for his demand that conservatism succeed.\n\n"
    "For Beck and the surrounding CPAC crowd, however, ideological purity was the path to redemption and "
    "recovery.\n\n"
    "All we've heard, the Fox News host complained, is \"we need a big tent. We need a big tent. Can we "
    'get a bigger tent?"'
)


def test_the_employer_named_host_is_the_one_the_story_is_about() -> None:
    # was 'Rush Limbaugh', the last one given "host" before the quote
    assert _speakers(_BECK) == ["Glenn Beck"]


def test_the_bare_title_still_means_the_nearest_holder() -> None:
    # made up guard: "the radio host" names no employer: the nearest holder, as before
    text = _BECK.replace("the Fox News host", "the radio host")
    assert _speakers(text) == ["Rush Limbaugh"]


def test_a_holder_whose_title_names_another_club_is_not_the_one() -> None:
    # l3s_gn1 7c3b8f34 (cut, in its words; guard): "Portsmouth manager Harry Redknapp" is not "the
    # Blackburn manager" (Hughes, whom the article gives no title; the speaker stays as before)
    text = (
        "NEWCASTLE, England -- Portsmouth manager Harry Redknapp emerged as the favorite to take over from "
        "Sam Allardyce at Newcastle, while Blackburn's Mark Hughes said he doesn't expect the Magpies to "
        "move for him.\n\nRedknapp did not appear at Portsmouth's scheduled news conference.\n\n"
        "Newcastle is preparing for a game against Manchester United, whose manager, Alex Ferguson, says he "
        "is amazed.\n\n"
        "Hughes is another leading candidate, but the Blackburn manager said he had received no contact "
        'from Newcastle.\n\n"There\'s always speculation when any big job comes up," the former Manchester '
        "United and FC Barcelona striker said."
    )
    assert "Harry Redknapp" not in _speakers(text)


# bpoil_foxnews/1492, cut to the lines that name Pleasant and the exchange, in its words
_PLEASANT = (
    "After dinner , Chris Pleasant , a Transocean subsea supervisor , went to the drill shack to begin his "
    "shift . Ezell jumped into his coveralls and ran . In Pleasant 's office , a rig worker looked over . "
    '" Chris , what \'s that water ? " he asked , apparently seeing the fluid rising from the well and onto '
    'the rig . " They \'re probably coming out the hole , " Pleasant answered , fixated on the computer '
    "screen ."
)


def test_a_quote_that_calls_the_speaker_by_name_is_not_his() -> None:
    # was 'Chris Pleasant' for the worker's question; his answer stays his
    assert _speakers(_PLEASANT) == [None, "Chris Pleasant"]


def test_answered_after_a_quote_is_the_reply_s_verb() -> None:
    # bpoil_washingtonpost/1142, in its words: was 'Richard Godfrey', who asked
    text = (
        "Case in point : Michael Williams , a chief electronics technician , testified . "
        '" You ever ask to stop operations on the rig because of the blue screen of death ? " BP attorney '
        'Richard Godfrey asked . " No , I did not . We had two other chairs , " Williams answered .'
    )
    assert _speakers(text) == ["Richard Godfrey", "Michael Williams"]


def test_answered_in_the_passive_is_no_cue() -> None:
    # bpoil_washingtonpost/1461's words (guard): "until those questions are answered" names no speaker
    text = (
        'Nelson said although he supports expanding domestic energy production , " until those questions '
        "are answered satisfactorily , I do n't see how our government can go forward . \""
    )
    assert _speakers(text) == ["Nelson"]


def test_he_after_a_pull_quote_box_is_the_text_s_last_speaker() -> None:
    # bpoil_bbc/2120, cut, in its words: was 'USA He' (the box's place line and the pronoun read as
    # one run), then 'Kristine Florida' (the box's signer) on a first cut
    text = (
        'US ambassador Louis Susman said Mr Obama had used " British Petroleum " . Mr Susman said it had '
        'been a " very warm conversation " covering a " multitude " of subjects . Most Americans have no '
        "idea that BP stands for British Petroleum - and do n't really care \" End Quote Kristine Florida , "
        'USA He added : " It has nothing to do with anti-British ( sentiment ) . "'
    )
    assert _speakers(text)[-1] == "Louis Susman"


def test_he_after_a_signer_with_a_role_line() -> None:
    # bpoil_bbc/1927, cut, in its words: was 'Shell Oil He'
    text = (
        "At the CBI employers ' group , director general Richard Lambert also believes it is time to calm "
        "the rhetoric . There is something merciless about how the US political class will gang up on "
        'foreign business class " End Quote John Hofmeister Former president , Shell Oil He told the '
        "Financial Times that Mr Obama 's attack on BP was \" obviously a matter of concern - politicians "
        'getting heavily involved in business in this way always is " .'
    )
    assert _speakers(text) == ["Richard Lambert"]


def test_a_run_past_the_box_into_the_next_subject_keeps_its_person() -> None:
    # bpoil_bbc/1237, cut, in its words (guard): the run "End Quote Simon Boxall Southampton University
    # Dr Chris Reddy" goes on into the next sentence's subject, whom "he" means
    text = (
        "Understanding how this plume is dispersing will determine how quickly deepwater fishing can "
        'resume in the Gulf " End Quote Simon Boxall Southampton University Dr Chris Reddy of the Woods '
        "Hole Oceanographic Institute , who was among those involved in the research , said he was unable "
        'to speculate . " I \'d ( need ) a much better inventory of all the molecules , " he said .'
    )
    assert _speakers(text) == ["Chris Reddy"]


def test_a_quoted_name_before_a_noun_for_a_measure_is_no_one_s_words() -> None:
    # train-1747-0 (neus), in its words (sample no. 44): was 'Ken Cuccinelli' for the rule's name;
    # the words quoted after it stay his
    text = (
        'Cuccinelli told reporters at the White House that the "public charge" change promotes “the ideals '
        'of self-sufficiency and personal responsibility.” "We certainly expect people of any income to be '
        'able to stand on their own two feet."'
    )
    assert _speakers(text) == [None, "Cuccinelli", "Cuccinelli"]


def test_a_quoted_name_of_laws_is_no_one_s_words() -> None:
    # train-626-0 (neus), in its words: was 'Lindsey Graham'
    text = (
        "Sen. Lindsey Graham said Monday he will propose bipartisan legislation to encourage more states to "
        "adopt “red flag” laws following a pair of horrific mass shootings."
    )
    assert _speakers(text) == [None]


def test_words_of_degree_before_a_measure_stay_the_speaker_s() -> None:
    # made up guard (_DEGREE): a judgement, not a name
    text = 'Graham said it was a " very big " change for the state .'
    assert _speakers(text) == ["Graham"]
