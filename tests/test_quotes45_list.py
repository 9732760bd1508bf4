"""quotes45: the brief's list (session 32): a line cited with "put it", ..."""

from newsprism.analyse.quotes import find_quotes


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote[:20], q.speaker) for q in find_quotes(text, "x", None)]


# bpoil_reuters/1469 (and /266), in its words: Shakespeare's line is his, the letter's lines after it
# are no one's the text names (were 'Shakespeare', carried on from the cited line)
_SHAKESPEARE = (
    'Shakespeare definitely put it best , in that famous balcony scene from " Romeo and Juliet " : " What \'s '
    'in a name ? That which we call a rose , by any other name would smell as sweet . " But what if the '
    "original smell was n't so great ? Will a name change make a difference ? Just hours after Barton 's "
    "remarks on Thursday , the House and Senate Democratic campaign committees issued fund-raising appeals "
    'featuring and ridiculing the white-haired Texan . " You wo n\'t believe this , " begins the letter from '
    'the House Democratic campaign committee . " Yes , Texas Congressman Joe Barton actually apologized to BP '
    'CEO Tony Hayward . "'
)


def test_a_line_cited_with_put_it_goes_on_to_no_later_sentence() -> None:
    assert _said(_SHAKESPEARE) == [
        ("What 's in a name ? ", "Shakespeare"),
        ("You wo n't believe t", None),
        ("Yes , Texas Congress", None),
    ]


# bpoil_guardian/1051 (T17), in its words: the comedian's line lost its closing mark, so the
# column's own words were paired into quotes after it (were 'Bill Maher')
_MAHER = (
    'As US comedian Bill Maher put it , " You know what happens when windmills collapse into the sea ? The '
    "most positive possible outcome of this disaster would be a full embrace of the precautionary principle "
    'in science . The mirror opposite of Hayward \'s " If you knew you could not fail " credo , the '
    'precautionary principle holds that " when an activity raises threats of harm " we tread carefully .'
)


def test_the_writers_words_after_a_cited_line_are_no_ones() -> None:
    speakers = [s for _, s in _said(_MAHER)]
    assert len(speakers) > 1
    assert speakers[0] == "Bill Maher"
    assert "Bill Maher" not in speakers[1:]


def test_a_put_it_line_with_its_own_cue_goes_on() -> None:
    # guard (bpoil_foxnews/918, in its words): a quote with a speech verb of its own after it is a
    # statement, which goes on to the next quote
    text = (
        'Clarke put it this way : " We \'ve been doing this every day , " Clarke said . " It \'s just the '
        'arrogant presumption that you have got the thing under control . "'
    )
    assert [s for _, s in _said(text)] == ["Clarke", "Clarke"]


def test_put_it_somewhere_cites_no_one() -> None:
    # guard (copy-000835-924642, in its words): "put it into" is no citing verb
    text = (
        '" We had to scoop up the oil and put it into big plastic garbage bags , " said Liu Jia , a worker at '
        'the beach resort . " Some of my colleagues used chopsticks . " Bao Wulan was there too . " It works '
        ', because the oil is quite sticky . "'
    )
    assert [s for _, s in _said(text)][:2] == ["Liu Jia", "Liu Jia"]


# H1N1_bbc/132 (T17), in its words: a newswire quote over paragraphs, joined into one line by a
# tokenised page, paired its spaced marks out of step: the narration with "Professor Ferguson said
# his findings ..." was read as his quote, the quotes beside it as none
_FERGUSON = (
    'Prof Ferguson told the BBC Radio 4 Today program : " This virus really does have full pandemic '
    'potential . " To put that into context , normal seasonal flu every year affects around 10 % of the '
    "world 's population . \" His study suggests swine flu could kill four in every 1,000 infected people . "
    "Professor Ferguson said his findings confirmed that decisions must be taken swiftly on vaccine "
    'production . " We really need to be prepared , particularly for the autumn . " One of the key '
    "decisions is how much we switch over current vaccine production . I think those decisions need to be "
    'made quickly . "'
)


def test_narration_between_quotes_out_of_step_is_turned_back() -> None:
    assert _said(_FERGUSON) == [
        ("This virus really do", "Ferguson"),
        ("To put that into con", "Ferguson"),
        ("We really need to be", "Ferguson"),
        ("One of the key decis", "Ferguson"),
    ]


def test_a_header_before_a_quote_is_no_gap_quote() -> None:
    # guard (bpoil_washingtonpost/281, in its words): a digest's quoted excerpts holding a reporter's
    # sentence stay quotes; the headers between them end with a colon, no quote's end
    text = (
        "Obamacare still saves money , writes Tim Noah : \" Boehner 's calculation is simply wrong . Boehner "
        "says it 's $ 115 billion , which would reduce the savings . \" Good child care helps kids "
        'academically , reports Shirley Wang : " A study released Friday found benefits . Researchers said '
        'the study tracked more than 1,300 children . " We need free trade in brainpower , writes Ben '
        'Wildavsky : " Talent moves . "'
    )
    assert [q[:20] for q, _ in _said(text)] == [
        "Boehner 's calculati",
        "A study released Fri",
        "Talent moves .",
    ]


# H1N1_bbc/348 (T17), in its words: a transcript's label opens the quote (review37's item 3: was None)
_JERNIGAN = (
    "Dr Dan Jernigan of the CDC took questions . One final quote from Dr Jernigan on those who are most at "
    'risk of complications , responding to a question from Emma Hitt at MedScape : " Dan Jernigan : Your '
    "question is , what numbers of individuals that are hospitalized have underlying diseases , and about "
    'half of them do . "'
)


def test_a_transcripts_name_label_names_the_quote() -> None:
    assert [s for _, s in _said(_JERNIGAN)] == ["Dan Jernigan"]


def test_a_title_or_a_sign_with_a_colon_names_no_one() -> None:
    # guards (l3s 967a6e51 and bpoil_washingtonpost/2061, in their words): a book's title is short; a
    # sign addressing a titled person has no given name
    book = 'NEW YORK - Andrew Morton , author of " Tom Cruise : An Unauthorized Biography , " alleges that Cruise ...'
    sign = (
        'The walls of the office of Blanchard are plastered with homemade signs reading " President Obama : BP '
        'took my business and my money and my boats too . "'
    )
    assert [s for _, s in _said(book)] != ["Tom Cruise"]
    assert [s for _, s in _said(sign)] != ["Obama"]


# train-864-1 (+ its NeuS copy), in its words: a participle moves the other man to speak; his label
# is not the statement of the quote before it going on (was 'Trump'; the role is Bloomberg's only by
# what the reader knows, so no one)
_CLOWN = (
    "President Trump and Michael Bloomberg traded sharp jabs on Twitter Thursday, with the "
    "commander-in-chief ripping the Democratic presidential candidate as a “loser,” prompting the former "
    "Big Apple mayor to describe him as a “barking clown.”"
)


def test_a_participle_that_moves_another_to_speak_ends_the_statement() -> None:
    assert _said(_CLOWN) == [("loser", "Trump"), ("barking clown.", None)]


def test_a_prompted_person_named_in_full_is_the_speaker() -> None:
    # made up: the one prompted is a person the article names in full
    text = (
        "Vladimir Putin met the press . Donald Trump called the sanctions “a disgrace,” prompting Putin to "
        "accuse him of “total weakness” on Friday ."
    )
    assert [s for _, s in _said(text)] == ["Donald Trump", "Vladimir Putin"]


# bpoil_bbc/1750, in its words: an organisation's acronym run into the full name after "of" (was 'BP
# Tony Hayward')
_HAYWARD = (
    'Former BP boss Tony Hayward says the company was " not prepared " . The former boss of BP Tony Hayward '
    'has admitted that the company was " not prepared " to deal with the disaster .'
)


def test_an_acronym_before_a_full_name_is_no_part_of_it() -> None:
    assert [s for _, s in _said(_HAYWARD)] == ["Tony Hayward", "Tony Hayward"]


# bpoil_bbc/848 (T17), in its words: a newswire quote's next paragraph opened with a mark and never
# closed put the spaced marks out of step, so the reporter's sentence after it was read as a quote and
# the term it brings in as none (was 'US Homeland Security Secretary Janet Napolitano said she wanted the')
_NAPOLITANO = (
    'Speaking at the White House , Mr Obama said : " While BP is ultimately responsible for funding the '
    'clean-up , my administration will use every single available resource . " And I have ordered the '
    'Secretaries of Interior and Homeland Security to visit the site on Friday . " US Homeland Security '
    'Secretary Janet Napolitano said she wanted the " strongest possible response " from BP .'
)


def test_a_reporters_sentence_out_of_step_gives_back_its_term() -> None:
    assert [q[:20] for q, _ in _said(_NAPOLITANO)] == [
        "While BP is ultimate",
        "And I have ordered t",
        "strongest possible r",
    ]


def test_a_short_fragment_ending_in_of_stays_a_quote() -> None:
    # guard (bpoil_reuters/1328, in its words): a fragment quoted inside a sentence may end with "of"
    text = (
        'BP said last week it has " plenty of " cash to deal with the problem . A BP spokesman said " nothing '
        'has changed " since Friday .'
    )
    assert [q for q, _ in _said(text)] == ["plenty of", "nothing has changed"]


# copy-000676-422424, in its words: a quote a colon brings in lost its closing mark and ran into the
# narration after it, up to a term's mark: cut at its first sentence's end
_JOHNSON = (
    "Johnson noted : \" I 'm pleased to share these significant supplies of anti-virals with the agencies "
    'in the lead in protecting the UK and its capital . The mayor is " seeking assurances " that London '
    "'s needs are considered ."
)


def test_a_quote_run_into_narration_is_cut_at_its_first_sentence() -> None:
    quotes = [q.quote for q in find_quotes(_JOHNSON, "x", None)]
    assert quotes[0].endswith("the UK and its capital .")
    assert quotes[1:] == ["seeking assurances"]
