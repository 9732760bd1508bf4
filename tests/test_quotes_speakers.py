"""Speakers of quotes: the words before a name and the cues that name no one (analyse.quotes)."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import KIN_BEFORE_CHARS, find_quotes
from newsprism.analyse.quotes.lexicon import _PERSON_NOUNS


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a country's people before a name whose given name no list holds
        ('"Both face double standards," Azerbaijani Bilal Hayee said.', "Bilal Hayee"),
        ('"We will talk," Pakistani Imran Khan said.', "Imran Khan"),
        # an organisation after the demonym stays whole
        ('"We will respond," Israeli Defense Forces said.', "Israeli Defense Forces"),
    ],
)
def test_a_demonym_before_a_name_is_no_part_of_it(text: str, speaker: str) -> None:
    assert find_quotes(text)[0].speaker == speaker


def test_a_list_of_places_after_in_is_no_title() -> None:
    text = (
        "Trump threatened protesters, saying they would be treated unlike in "
        '"New York, Seattle, or Minneapolis." He starred in "Meet the Press" too.'
    )
    assert [q.quote for q in find_quotes(text)] == ["New York, Seattle, or Minneapolis."]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name that ends a phrase opened by a participle, set off by commas, is its object
        (
            "A mother whose daughter is a student, recounting what her child told her to the Journal,"
            " said the boys were “weird and wrong.”",
            None,
        ),
        # the subject before the phrase still speaks
        ("John Hayes, speaking to the Journal, said the plan was “weird and wrong.”", "John Hayes"),
        # a name with no comma after it is the subject of its own clause
        ("A scientist named John Oxford declared that “it will be the first pandemic.”", "John Oxford"),
    ],
)
def test_a_name_inside_a_participle_phrase_is_no_subject(text: str, speaker: str | None) -> None:
    assert find_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        '"We act," Obama said. If the government talks, everyone screams " BIG GOVERNMENT " .',
        'Beck asked what America suffers from. Someone shouted "President Obama," and Beck laughed.',
        '"It is fine," Hayward said. No one thinks " Hey , maybe it is fine . "',
    ],
)
def test_an_indefinite_pronoun_before_a_quote_names_no_one(text: str) -> None:
    assert find_quotes(text)[-1].speaker is None


def test_an_article_after_everyone_is_no_verb() -> None:
    # "wishing everyone a “HAPPY MOTHER’S DAY”": Trump's words, not everyone's
    text = "Trump tweeted, wishing everyone a “HAPPY MOTHER’S DAY” and railing at critics."
    assert find_quotes(text)[0].speaker == "Trump"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a wire's credit after a dateline is no subject
        (
            "WASHINGTON (AP) — Former U.S. Ambassador William Taylor gave a “disturbing” account.",
            "William Taylor",
        ),
        (
            "TORONTO (AP) — Don Cherry was fired Monday for calling immigrants “you people” on air.",
            "Don Cherry",
        ),
        # an acronym brought in after its name is the organisation's
        (
            "Lysol maker Reckitt Benckiser (RB) on Friday issued a warning that “under no circumstance” "
            "should its products be taken.",
            "RB",
        ),
    ],
)
def test_a_credit_in_brackets_is_no_subject(text: str, speaker: str) -> None:
    assert find_quotes(text)[0].speaker == speaker


def test_a_long_next_sentence_that_opens_with_a_speaker_is_the_cue() -> None:
    text = (
        "Booker had called on Biden to apologize. "
        '"Apologize for what?" Biden told CNN when asked about it outside a fundraiser in Rockville, Maryland.'
    )
    assert find_quotes(text)[0].speaker == "Biden"


def test_a_long_next_sentence_that_reports_a_clause_is_no_cue() -> None:
    text = (
        '"It is over." Kennon said he is relieved that the long trial of the man is now over at last today.'
    )
    assert find_quotes(text)[0].speaker is None


def test_neither_opens_no_name() -> None:
    text = (
        "Neither Afghanistan nor Iraq is a democracy. The central problem, as she noted, was that "
        "“there was a revolution still to be made.”"
    )
    assert find_quotes(text)[0].speaker is None


def test_a_title_of_nobility_tells_the_gender() -> None:
    text = (
        "Ozzy Osbourne spoke out. Harry and Meghan have children Prince Archie, four, and Princess "
        "Lilibet, two, together.\n\nHe added: “But the funny thing was, it was amazing.”"
    )
    assert find_quotes(text)[0].speaker != "Lilibet"


def test_a_noun_for_a_person_before_a_name_leaves_it_a_subject() -> None:
    # (the page's "siad" is no speech verb: the sentence's subject quotes the words)
    text = 'The star died on Thursday. Her agent Mark Roesler siad: "With deep sadness I announce it."'
    assert find_quotes(text)[0].speaker == "Mark Roesler"


def test_an_owner_and_a_noun_for_a_person_are_no_words_of_the_name() -> None:
    text = "President Joe Biden’s son Hunter Biden has described his life as a “harrowing journey” in print."
    assert find_quotes(text)[0].speaker == "Hunter Biden"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Now Tea Party conservatives are claiming Obama has “shaken down” BP.", "Tea Party conservatives"),
        ("Yet AARP called the plan “a disaster for seniors” on Friday.", "AARP"),
        ("AP The US government called the plan “a disaster” on Friday.", "US government"),
    ],
)
def test_a_sentence_opener_is_no_word_of_a_group(text: str, speaker: str) -> None:
    assert find_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In the face of what the geologist Jill Schneiderman has described as “Pandora’s well”, they act.",
            "Jill Schneiderman",
        ),
        # after "of" the name is not who the phrase means
        ("The brother of George Floyd called it “a disgrace” today.", "brother of George Floyd"),
    ],
)
def test_a_noun_in_lower_case_before_a_full_name_is_no_word_of_it(text: str, speaker: str) -> None:
    assert find_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a lawmaker's party and state in apposition are no name
        (
            'Sen. John Cornyn, R-TX, who heads the GOP campaign committee, said Tuesday, "I think it is a revelation."',
            "John Cornyn",
        ),
        (
            'Rep. Peter King, R-N.Y., who opposes the project, said Monday that the White House heard "pushback."',
            "Peter King",
        ),
        # a dateline of one word in capitals is no subject
        (
            'CAIRO, Egypt - Osama bin Laden warned Arabs in a new tape, threatening "blood for blood."',
            "Osama bin Laden",
        ),
        # nor a participle that opens the sentence
        ("Having described such an attack as a “red line” last year, the president waited.", None),
    ],
)
def test_tags_datelines_and_participles_are_no_subjects(text: str, speaker: str | None) -> None:
    assert find_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The U.S. Centers for Disease Control and Prevention said that areas with “substantial” rates should act.",
            "Centers for Disease Control and Prevention",
        ),
        (
            "Anthony H. Cordesman of the Center for Strategic and International Studies said it was “a mess.”",
            "Anthony H. Cordesman",
        ),
        # "and" between two names joins nothing
        ('Barack Obama and Congress said it was "a disgrace."', "Congress"),
    ],
)
def test_a_name_cut_at_and_of_or_for_is_read_whole(text: str, speaker: str) -> None:
    assert find_quotes(text)[0].speaker == speaker


def test_a_local_office_is_a_title() -> None:
    text = '"It is a win," said Supervisor Alfredo Pedroza of Napa County.'
    assert find_quotes(text)[0].speaker == "Alfredo Pedroza"


def test_a_name_for_a_thing_is_no_ones_words() -> None:
    text = (
        'President Trump announced a so-called "safe third country" deal with Guatemala, calling it a '
        "“landmark agreement” on Friday."
    )
    assert [q.speaker for q in find_quotes(text)] == [None, "Trump"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Eleni Daniilidou upset Alona Bondarenko 6-3, 6-3 today. "
            '"I stayed very tough today, especially the mental part," the Greek said.',
            "Eleni Daniilidou",
        ),
        # a nation's word that opens a name is the name's
        (
            "Obama spoke on Monday. The American Petroleum Institute said the plan was “a disaster.”",
            "American Petroleum Institute",
        ),
    ],
)
def test_one_of_a_nations_people_is_the_salient_person(text: str, speaker: str) -> None:
    assert find_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Soon he came. “We didn’t know it was Eric Holder,” Rev. John Paul Hopping of Our Lady of "
            "Guadalupe, told HuffPost.",
            "John Paul Hopping",
        ),
        (
            '"We are seeing a rise in arguing," Howard J. Osofsky of the Louisiana State University Health '
            "Sciences Center in New Orleans said during a hearing.",
            "Howard J. Osofsky",
        ),
        # an "in" after a name with no "of" is no part of the subject phrase, nor "in The"
        (
            "Brad Sandler, a bankruptcy attorney with Pachulski Stang Ziehl & Jones in Wilmington, Delaware, "
            'said the likelihood was "probably remote."',
            "Brad Sandler",
        ),
        ('Writing in The Mirror Linda said: "It was hard."', "Linda"),
    ],
)
def test_a_name_with_of_runs_on_to_its_verb(text: str, speaker: str) -> None:
    assert find_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“I heard it did not go well,” House Speaker Nancy Pelosi (D-Calif.) told a colleague.",
            "Nancy Pelosi",
        ),
        ('"It is a win," Democratic Rep. Steve Cohen (TN) told CNN.', "Steve Cohen"),
        # an acronym in brackets is the organisation's own
        (
            "The Health and Safety Executive (HSE) accused the firm of “bullying and intimidation” of staff.",
            "HSE",
        ),
    ],
)
def test_a_tag_in_brackets_between_a_name_and_its_verb(text: str, speaker: str) -> None:
    assert find_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The Board of Elections acknowledged a "discrepancy" in the count.', "Board of Elections"),
        # a person's name after "of" stays the person's
        ('Secretary of State Blinken said it was "a good day."', "Blinken"),
        (
            'Office of Management and Budget Director Mick Mulvaney defended the aide\'s "dying" joke.',
            "Mick Mulvaney",
        ),
    ],
)
def test_one_word_after_an_organisations_of_is_the_organisations(text: str, speaker: str) -> None:
    assert find_quotes(text)[0].speaker == speaker


def test_a_firms_co_after_an_ampersand_ends_the_firms_name() -> None:
    text = 'The solicitor for the farmers, Paul Dowling of Leigh Day & Co, said: "The evidence is clear."'
    assert find_quotes(text)[0].speaker == "Paul Dowling"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Prince Harry spoke on Monday. Her brother Jack went on to criticise people for defending Harry "
            "and Meghan.\n\nHe added: “But the funny thing was, I don’t know.”",
            "Jack",
        ),
        # not a name in a list after a comma, nor one that does not open its sentence
        (
            "Hugh Jackman is a family man. He makes pancakes for son Oscar, 8, daughter Ava, 3.\n"
            '"Deb and my kids have been the best things," he said.',
            "Hugh Jackman",
        ),
    ],
)
def test_a_given_name_after_her_brother_is_a_person(text: str, speaker: str) -> None:
    assert find_quotes(text)[0].speaker == speaker


def test_a_barrister_or_a_campaigner_before_a_name_is_a_role() -> None:
    text = (
        "Defence barrister Rhianydd Clement said he had a job in Scarborough.\n\n"
        "“It led to him being involved with the wrong people,” she added."
    )
    assert find_quotes(text)[0].speaker == "Rhianydd Clement"
    text = '"There is growing concern," Greenpeace Japan anti-whaling campaigner Sakyo Noda said.'
    assert find_quotes(text)[0].speaker == "Sakyo Noda"


def test_a_name_after_words_quoted_inside_a_sentence_is_no_subject() -> None:
    text = (
        "Marcos Baghdatis lost to Robin Haase. Rafael Nadal beat Mathieu Montcourt.\n\n"
        'Nadal said he felt sad for "good friend" Baghdatis because his strokes delighted the crowd.\n\n'
        '"His defeat takes something out of the tournament," the Spaniard said.'
    )
    assert find_quotes(text)[-1].speaker == "Rafael Nadal"
    text = (
        "Bruce Braley mocked Sen. Chuck Grassley. He said he “respects” Grassley and backed farmers.\n\n"
        "“I have tremendous respect for Iowa farmers,” he said."
    )
    assert find_quotes(text)[-1].speaker == "Bruce Braley"


@pytest.mark.parametrize(
    "text",
    [
        "President Trump returned on Monday to excoriating the free press as “the true Enemy of the People” "
        "even as CNN announced it had received another suspected bomb in the mail.",
        "President Trump on Thursday defended the payments, saying he reimbursed his attorney through a "
        "retainer that had “nothing to do with the campaign.”",
    ],
)
def test_a_surname_after_a_persons_title_is_the_quoting_subject(text: str) -> None:
    assert find_quotes(text)[0].speaker == "Trump"


def test_a_title_in_lower_case_with_its_of_before_a_name_leaves_it_a_subject() -> None:
    text = (
        "Former US secretary of transportation Norm Mineta contends networking cars is the "
        '"next step in the evolution of driving safety."'
    )
    assert find_quotes(text)[0].speaker == "Norm Mineta"
    # "the" after "of" opens an organisation's name, whose run is no subject
    text = 'Hilary Shelton, director of the NAACP\'s Washington bureau, spoke.\n\n"I hope it will help," he said.'
    assert find_quotes(text)[0].speaker == "Hilary Shelton"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('BP has resumed its high-risk " top kill " operation to stem the leak , Allen said .', None),
        # ("his new “Recall Express” campaign bus": a campaign's name, now no quote at all:
        # tests/test_quotes_review19q.py)
        # one word, or words of degree, are the speaker's own
        ("Rick Perry criticized the administration as having a “catch-and-release” policy.", "Rick Perry"),
        # (the quote stays a quote; "Officials" opening its sentence names no one, as "officials
        # said" does not: quotes26, tests/test_quotes_junk26.py)
        ('Officials said there were "very strong" plans in place.', None),
    ],
)
def test_two_or_three_words_before_a_noun_for_a_method_or_plan_name_it(
    text: str, speaker: str | None
) -> None:
    assert find_quotes(text)[0].speaker == speaker


def test_the_person_asked_whether_answers_next() -> None:
    text = (
        "White House spokesman Robert Gibbs spoke on Tuesday. At a hearing, one lawmaker asked Associate "
        "Attorney General Thomas Perrelli whether the department could act. "
        '"We are looking very closely at this," he said.'
    )
    assert find_quotes(text)[0].speaker == "Thomas Perrelli"


def test_a_quote_in_a_leading_participle_clause_is_the_main_clauses_subjects() -> None:
    text = (
        "Fox News host Tucker Carlson visited the fence this week.\n\n"
        'He liked what he saw. After praising the fence for being so "clean and orderly", in contrast to '
        'the "chaos" on the border, he told his viewers: "It does not require a big GDP."'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tucker Carlson"] * 3


def test_the_kin_window_holds_the_longest_noun_for_a_person() -> None:
    # KIN_BEFORE_CHARS: a mark, a space, "Their ", the longest of _PERSON_NOUNS and a space fit in it
    assert len("? Their ") + max(map(len, _PERSON_NOUNS)) + 1 <= KIN_BEFORE_CHARS
    text = (
        "Did the team lose again? Their goaltender Jack went on to criticise the coach.\n\n"
        "He added: “But the funny thing was, I don’t know.”"
    )
    assert find_quotes(text)[0].speaker == "Jack"


@pytest.mark.parametrize(
    "text",
    [
        '"Twilight" director Catherine Hardwicke was unable to return for the sequel, Meyer said.',
        "Moments earlier, “Fleabag” creator Phoebe Waller-Bridge thanked the cast.",
        'The "Love Actually" actress is relieved she found fame late.',
        # one who hosts it or stars in it
        "She told “Good Morning America” host Robin Roberts that it was fine.",
        "He thanked the “Dancing with the Stars” stars, then left.",
    ],
)
def test_a_title_right_before_one_who_made_the_work_is_no_quote(text: str) -> None:
    assert find_quotes(text) == []


def test_a_quote_with_its_own_mark_before_a_director_is_his() -> None:
    quotes = find_quotes("“Great,” director Ron Howard said on Monday.")
    assert [(q.quote, q.speaker) for q in quotes] == [("Great", "Ron Howard")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Absolutely,” host Sean Hannity said on his show.", "Sean Hannity"),
        ("“Never,” Fox News anchor Bret Baier said.", "Bret Baier"),
        # words seen with no place after them, or not after a gerund of seeing, are no work
        ("Witnesses reported seeing “dead people everywhere,” Jane Porter said.", "Jane Porter"),
        ("Holder said he saw “oil for miles” at Grand Isle.", "Holder"),
    ],
)
def test_a_quote_near_a_word_for_a_show_is_no_title(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_a_sentence_ending_in_a_capitalised_word_names_no_outlet() -> None:
    # "on Tuesday." is no "on <outlet>" before a title; "on N.B.C." still is
    quotes = find_quotes("The council voted on Tuesday. “Yes,” said Jane Porter.")
    assert [(q.quote, q.speaker) for q in quotes] == [("Yes", "Jane Porter")]
    assert find_quotes("He said it on N.B.C. “Today” with a smile.") == []


@pytest.mark.parametrize(
    "text",
    [
        "After seeing “between a whisper and a cry” at the ICA LA, Alberta Whittle is on the top of my list.",
        "She loved watching “the nutcracker” at the Royal Opera House.",
    ],
)
def test_a_work_seen_at_a_place_is_no_quote(text: str) -> None:
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rep. Alexandria Ocasio-Cortez (D-N.Y.) after members of the GOP booed her for voting for "
            'newly-elected Speaker Nancy Pelosi (D-Calif.) tweeted a taunting rebuttal: "Don\'t hate me"',
            "Alexandria Ocasio-Cortez",
        ),
        ('A lawyer working for President Trump said: "We will appeal."', None),
        # a name's own "for" is no gerund's
        (
            'The National Organization for Women President Terry O\'Neill said: "We will appeal."',
            "Terry O'Neill",
        ),
    ],
)
def test_a_name_after_a_gerund_and_for_is_its_object(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # words quoted inside a sentence: its own cue before them, not the short next sentence's
        (
            "President Trump said a warning from President Emmanuel Macron of France that Europe could "
            "no longer assume American support was “a very dangerous statement.” Mr. Macron said he "
            "stood by it.",
            "Trump",
        ),
        # with no cue before it, the next sentence's cue still serves
        ("Police said the shooting “was not precipitated by an argument.” Police said.", "Police"),
        # a quote that is its sentence: the short next sentence is its cue, as before
        ("“It was intentional.” Biden said on Friday.", "Biden"),
    ],
)
def test_words_quoted_inside_a_sentence_take_its_cue_first(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "BP will pump mud into the well at high pressure, a procedure called a “top kill.” The firm "
        "said it would start on Wednesday.",
        "Engineers may fire golf balls into the well, a technique called a “junk shot”, BP said.",
    ],
)
def test_a_name_given_in_apposition_with_called_is_no_ones_words(text: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a surname joined to its particle by a hyphen is part of the name
        (
            '"I name it Accountability Without Justice Law," said the Sunni secular politician Salih '
            "al-Mutlak, head of the Iraqi National Dialogue Front.",
            "Salih al-Mutlak",
        ),
        (
            "A Shiite lawmaker, Hassan al-Senied who praised the bill, said that the law will pave the way. "
            '"This law will have a dramatic impact," he said.',
            "Hassan al-Senied",
        ),
        ('"We will not surrender," said breeder Hatem el-Gabali.', "Hatem el-Gabali"),
    ],
)
def test_a_particle_joined_by_a_hyphen_is_part_of_the_name(text: str, speaker: str) -> None:
    assert find_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a word or two in quotes that its sentence goes on past after a dash or a comma: a term
        (
            '"We will fix it," Tony Hayward said. One can hardly call Dr. Schmidt a " denier " - he is not .',
            None,
        ),
        (
            '"We will fix it," Tony Hayward said. Engineers are also looking at a " junk shot " , a new idea .',
            None,
        ),
        # a speech verb after the comma: said by someone
        ('"We will fix it," Tony Hayward said. "fake news", he said.', "Tony Hayward"),
    ],
)
def test_words_quoted_before_a_dash_or_a_comma_are_a_term(text: str, speaker: str | None) -> None:
    assert find_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name at the end of a relative clause before the verb is no subject
        (
            "Navy Secretary Ray Mabus , who drew up a Gulf Coast recovery plan at the direction of "
            'President Barack Obama , said Congress should dedicate " a significant amount " of the fines .',
            "Ray Mabus",
        ),
        (
            "The no-nonsense back rower, who is likely to fill an informal mentoring role with Wales, "
            "added, “It is about sharing information.”",
            None,
        ),
        ("Smith, who was fired, said: “No.”", "Smith"),
    ],
)
def test_a_name_in_a_relative_clause_before_the_verb_is_no_subject(text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # words given as examples of a kind of word, and the rest of their list: no one's words
        (
            'Tony Hayward was seen as an old-school oil man . Words such as " informal " , " quiet " or '
            '" easy-going " are often used to describe his manner .',
            [None, None, None],
        ),
        (
            "The Biden administration has ordered agencies to stop using terms such as “alien,” “illegal alien” "
            "and “assimilation” when referring to immigrants.",
            [None, None, None],
        ),
        # after "used": the subject's own words
        (
            'Mitt Romney has used words like "phony," "fraud" and "con man" to describe Donald Trump.',
            ["Mitt Romney"] * 3,
        ),
        # a quote after the list is not in it
        ('Words such as "quiet" describe him. "It is fine," Tony Hayward said.', [None, "Tony Hayward"]),
    ],
)
def test_quoted_examples_of_words_are_no_ones(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in find_quotes(text)] == speakers


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a work that wins an award, a group someone leads: names, not quotes
        (
            '"It is fun," Brad Bird said.\n\n"Enchanted" won best family film and "Sicko" was best documentary '
            "feature.",
            ["It is fun"],
        ),
        (
            '"We will strike," a statement said. Nasir al-Wuhayshi was later named in a Web statement as the '
            'leader of "Al-Qaida in Yemen."',
            ["We will strike"],
        ),
        # a show told something, in title case right after "told"
        (
            '"It will go on," Mick Mulvaney told "Fox News Sunday" that day.',
            ["It will go on"],
        ),
        # a show after its broadcaster's acronym
        (
            '"We are considering it," Anthony Fauci told CNN\'s "State of the Union" on Sunday.',
            ["We are considering it"],
        ),
        ("NBC’s “Meet the Press” apologized for editing a clip.", []),
        # words told someone: in lower case
        (
            'She said she had been told "go back where you came from" at a store.',
            ["go back where you came from"],
        ),
        # "of" after another noun, "was" with no award: words quoted
        ('Smith spoke of the danger of "Al-Qaida in Yemen."', ["Al-Qaida in Yemen."]),
        ('"We Won" was the headline, Smith said.', ["We Won"]),
    ],
)
def test_award_winners_and_groups_led_are_titles(text: str, quotes: list[str]) -> None:
    assert [q.quote for q in find_quotes(text)] == quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject of a passive verb: words said about it, not its own
        (
            "The director, Vusi Pikoli, led the office.\n\nVusi Pikoli was suspended due to “an irretrievable "
            "breakdown in the relationship” with the minister.",
            None,
        ),
        (
            "Kyle Beus ran the office.\nBeus was indicted last year on charges he took the money for his own "
            '"personal and discretionary use."',
            None,
        ),
        # ... after a quote earlier in its paragraph
        (
            'Kyle Beus ran the office.\n"It was fine," he said. David Dykes was considered a "junkyard dog" by staff.',
            None,
        ),
        # a passive verb that brings in what the subject does: still the subject's
        ("Kyle Beus ran the office.\nBeus was asked to call the plan “a disgrace” on Monday.", "Kyle Beus"),
        # an active verb: the subject's
        ("Kyle Beus ran the office.\nBeus called the plan “a disgrace” on Monday.", "Kyle Beus"),
    ],
)
def test_the_subject_of_a_passive_verb_does_not_quote(text: str, speaker: str | None) -> None:
    assert find_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role brought in with "a"/"an" at its clause's start: someone unnamed, not the last person
        (
            '"We will act," Max Richtman said.\n\nAn aide to the House Ways and Means Committee, who spoke on '
            'condition of anonymity, said the plan was welcome.\n\n"The longer we wait," the aide said.',
            None,
        ),
        (
            '"It is over," said Herman Van Rompuy.\nA senior fire department official said the crews were late.\n'
            '"Several crucial minutes were lost," the official said.',
            None,
        ),
        (
            "Saparmurat Niyazov's gold statue still towers over the capital.\n"
            '"The facade has changed," said a Western diplomat, who requested anonymity.\n'
            '"Power rests entirely with the president," the diplomat added.',
            None,
        ),
        # after a comma, with a verb after it; "the official" again on the way refers back in turn
        (
            "James Clapper spoke on Friday. Several hours earlier, a senior administration official also pushed "
            'back.\n\nIt was not clear how the official defined it.\n\n"The program is lawful," the official said.',
            None,
        ),
        # "one" brings in an unnamed source after a quote too, not the organisation named before
        (
            "Yet AARP reassured labor groups, labor officials told HuffPost.\n\n"
            '"The top folks like to be in the inside game," one union official said.',
            None,
        ),
        # "one" brings it in too
        (
            'Jonathan Cowan spoke first.\n"They are walking backwards now," one union official said.\n\n'
            'The official said that the "longstanding position" had not changed.',
            None,
        ),
        # a name's apposition, or a name before the role: the person, as before
        (
            "James Clapper, a former intelligence official, spoke on Friday.\n"
            '"The program is lawful," the official said.',
            "James Clapper",
        ),
        (
            'White House official Jen Psaki spoke on Friday.\n"The program is lawful," the official said.',
            "Jen Psaki",
        ),
    ],
)
def test_a_role_brought_in_unnamed_is_no_one_named(text: str, speaker: str | None) -> None:
    assert find_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a work after "sequel to", "star of": a title
        ('Chris Weitz will take on the sequel to "Twilight".', []),
        ('Jackman, star of the "X-Men" movies, may pull out.', []),
        # a dash split off by tokenisation keeps a title in title case
        ("Lawrence is set to star in the sequel to ‘X - Men: First Class’ that could go ahead soon.", []),
        # a headline, of any length and case
        (
            "Jade Magnus Ogunnaike published a column under the headline “Juneteenth Is More Than a Federal "
            "Holiday. We Need Reparations.”",
            [],
        ),
        ('Enten is back with a piece headlined "Gary Johnson Isn\'t Fading."', []),
        # an event named in title case, before its noun or with it as its last word
        ('Trump rallied his base at a "Make America Great Again" event in Pensacola.', []),
        ("Trump assailed Facebook at a White House “Social Media Summit” on Thursday.", []),
        # controls: words quoted with a mark of their own, a month, words in lower case
        ('"Great," rally organisers said.', ["Great"]),
        ('"We Will Meet in March," Smith said.', ["We Will Meet in March"]),
        ('Trump called it "the greatest event" in history.', ["the greatest event"]),
    ],
)
def test_sequels_headlines_and_events_are_titles(text: str, quotes: list[str]) -> None:
    assert [q.quote for q in find_quotes(text)] == quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a false name, a name given in the passive, a name of something unnamed
        ('Marty Earley uses the alias "Crazy T" online.', None),
        ('Kyl said an official analysis, referred to as a "score," is not yet ready.', None),
        ('Vicki Guillot said he holds a patent for something called a "Microstructure Chromatograph".', None),
        # an event that its last word names
        (
            'President Trump hosted activists at the White House for a "social media summit" on Thursday.',
            None,
        ),
        # controls: the subject's own words (an active "referred to", an article, a list)
        ('The plan, which John Smith referred to as a "total and utter disaster," was late.', "John Smith"),
        (
            'A BP spokesman, Toby Odone, described the leak as " a significant event " on Monday.',
            "Toby Odone",
        ),
        ("Smith said the fall was a “factual, historical event” in his view.", "Smith"),
    ],
)
def test_names_for_things_and_events_are_no_ones_words(text: str, speaker: str | None) -> None:
    assert find_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # where a speaker is based is no part of its name
        (
            'New York-based Human Rights Watch said in an assessment that the country was "one of the most '
            'repressive states."',
            "Human Rights Watch",
        ),
        ('"The well is capped," said Houston-based Anadarko on Monday.', "Anadarko"),
        # control: no name after it
        ('"We will pay," a New York-based company said on Monday.', None),
    ],
)
def test_where_a_speaker_is_based_is_no_part_of_its_name(text: str, speaker: str | None) -> None:
    assert find_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # words mentioned as words: no one's
        ("Tony Hayward knew that the word “suspected” was crucial.", None),
        (
            "Mr. Obama tweaked House Republicans for passing a resolution reaffirming the national motto, “In God "
            "We Trust,” when they should be creating jobs.",
            None,
        ),
        ('Frank Klein saw a receipt from the store, which contains the words "engagement ring".', None),
        # a verb of using them: the subject's
        ('Rick Santorum said that when he used the word "theology" he was referring to it.', "Rick Santorum"),
        ('Tony Hayward went for the phrase "absolutely gutted" on Monday.', "Tony Hayward"),
        ('Newt Gingrich unveiled the slogan "Drill Here, Drill Now, Pay Less" in May.', "Newt Gingrich"),
    ],
)
def test_words_mentioned_as_words_are_no_ones(text: str, speaker: str | None) -> None:
    assert find_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a law's or a plan's name in title case: a title, dropped
        ('Senate Republicans on Wednesday unveiled their "Justice Act" police reform legislation.', []),
        ("President Trump rolled out his “America First Healthcare Plan” on Thursday.", []),
        # ... not with a mark of its own
        ('"Stick to the Plan," Tom Smith said.', ["Tom Smith"]),
        # "known" and words before "as"
        (
            'Tom Smith said the pipe could clog with what are known in the drilling industry as " ice plugs . "',
            [None],
        ),
        # (a name in title case right after "the" is dropped as a title since quotes25: marks._THE_ENDS)
        (
            "Rep. Ayanna Pressley, one of the congresswomen known collectively as the “Squad,” is planning a bill.",
            [],
        ),
    ],
)
def test_named_laws_and_terms_known_as(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in find_quotes(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the president" is not the vice president named nearer
        (
            "President Barack Obama unveiled the plan, drawn up by Vice President Joe Biden.\n\n"
            "\"If there's even one life that can be saved, we've got an obligation to try,\" said the president.",
            "Barack Obama",
        ),
        # a lesser office the phrase names itself is the one asked for
        (
            "President Barack Obama spoke first. Deputy Secretary David Hayes spoke next.\n\n"
            '"We did not mean it," said the deputy secretary.',
            "David Hayes",
        ),
    ],
)
def test_a_title_is_not_a_lesser_office_of_it(text: str, speaker: str | None) -> None:
    assert find_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a label in the passive: who was labelled does not speak
        (
            "Tony Hayward, BP's chief executive, spoke on Monday. Hayward, who was dubbed \"the most hated "
            'man in America" last week, is handing over the clean-up.',
            None,
        ),
        ('For these reasons, Mark Teixeira has been described as the "apple of Theo Epstein\'s eye."', None),
        ('The fire at the Wasilla Bible Church has been labeled "suspicious" by investigators.', None),
        ('Chief executive Tony Hayward has been widely dubbed "wayward Hayward" by the media.', None),
        # the active label is the subject's
        ('Tom Smith dubbed the plan "Operation Clean Sweep" on Monday.', "Tom Smith"),
        # "was quoted as saying" brings in the subject's own words
        ('Tom Smith was quoted as saying "we will win" on Monday.', "Tom Smith"),
    ],
)
def test_a_passive_label_has_no_speaker_in_its_subject(text: str, speaker: str | None) -> None:
    assert find_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name joined to an object pronoun is an object: "he" is the earlier subject
        (
            "Senator John Kerry left for the State Department. William Cowan said Patrick offered him the job "
            'on Tuesday.\n\nHe said there would be "no daylight" between him and Kerry on policy. Asked about '
            'the sequester, he said the "best-case scenario" was a "balanced approach."',
            "William Cowan",
        ),
        # a plural title names two people or more, whom no "he" means
        (
            "Paul Burrell said Diana would have consulted her children, Princes William and Harry.\n\n"
            '"It was not an engagement ring," he told the High Court in London.',
            "Paul Burrell",
        ),
        # control: a name after "and" that opens a clause is a subject
        (
            'Paul Burrell spoke first, and John Kerry followed him.\n\n"We will see," he said.',
            "John Kerry",
        ),
    ],
)
def test_a_pronoun_means_no_name_in_object_place(text: str, speaker: str | None) -> None:
    assert find_quotes(text)[-1].speaker == speaker


def test_a_plural_title_before_one_name_leaves_the_name_a_subject() -> None:
    # quotes23's rule keeps "he" from the names a plural title joins ("Princes William and Harry");
    # a plural title before one name is a slip, and the name is still the sentence's subject
    text = "Still, Representatives Nancy Pelosi doesn't agree. “It divides the country,” she said."
    assert [q.speaker for q in find_quotes(text)] == ["Nancy Pelosi"]
