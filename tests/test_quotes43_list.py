"""quotes43: the brief's list (session 31): a surname alone is no antecedent of a pronoun of the other
gender than the article gives it."""

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


# made up: Merkel, never given a full name, speaks between the man named first and the pronoun
_MERKEL = (
    "French President Nicolas Sarkozy met reporters in Paris on Monday . {merkel} has kept silent on "
    'the plan . Merkel said {said} . " We will not be rushed by anyone , " {pronoun} said .'
)


@pytest.mark.parametrize(
    ("merkel", "said", "pronoun", "speaker"),
    [
        # the pronoun after her speech verb tells her gender: "he" is the man named before (was 'Merkel')
        ("Merkel", "she would wait for the vote in Berlin", "he", "Nicolas Sarkozy"),
        # ... and so does an honorific (was 'Merkel')
        ("Mrs Merkel", "the vote in Berlin comes first", "he", "Nicolas Sarkozy"),
        # guards: a pronoun of her gender is hers, and so is any pronoun where nothing tells her gender
        ("Merkel", "she would wait for the vote in Berlin", "she", "Merkel"),
        ("Merkel", "the vote in Berlin comes first", "he", "Merkel"),
    ],
)
def test_a_surname_alone_of_the_other_gender_is_not_the_pronoun(
    merkel: str, said: str, pronoun: str, speaker: str
) -> None:
    assert _speakers(_MERKEL.format(merkel=merkel, said=said, pronoun=pronoun)) == [speaker]


# bpoil_bbc/1188, in its words: a BBC caption over a pull quote, run into the text; the caption's
# quote is Doug Suttles', and the pronouns after it mean Obama, named before it (were 'Doug Suttles')
_SUTTLES = (
    "Mr Obama said the additional manpower would lay more booms , clean beaches and monitor stricken "
    "wildlife . He said 20,000 people had already been deployed to contain and clean up the spill . Doug "
    'Suttles of BP : " We \'ve had periods of pumping followed by periods of monitoring " He said US Energy '
    'Secretary Steven Chu was leading a team of " the world \'s top scientists , engineers and experts " in '
    'devising a contingency plan . " Our response will continue with its full force regardless of the '
    'outcome of the top-kill approach , " he told reporters .'
)


def test_a_caption_names_its_quote_and_no_pronoun_after_it() -> None:
    assert _speakers(_SUTTLES) == ["Doug Suttles", "Obama", "Obama"]


def test_a_caption_after_the_headline_names_its_quote() -> None:
    # H1N1_bbc/1095, in its words (was None)
    text = (
        'First UK swine flu patient death Prof. John Oxford : " We are preparing for a more severe outbreak '
        'in Autumn " The swine flu virus has claimed its first victim in the UK .'
    )
    assert _speakers(text) == ["John Oxford"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # neus/val-73-2, in its words: words quoted inside a sentence that goes on are no pull quote; the
        # statement goes on to the second (None in a first cut)
        (
            "Sen. Lindsey Graham: “Anything short” of Russia collusion will probably “fall into partisan camps.”",
            ["Lindsey Graham", "Lindsey Graham"],
        ),
    ],
)
def test_no_caption(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


def test_an_appositions_place_before_a_colon_is_no_caption() -> None:
    # bpoil_foxnews/745, in its words: 'Plaquemines Parish' in a first cut (Billy Nugesser's words;
    # the rules give None here, 'Tony Hayward' in the whole article before)
    text = (
        "And the public stews . Listen to Billy Nugesser , president of the coastal Plaquemines Parish : "
        '" We are dying a slow death here . "'
    )
    assert _speakers(text) != ["Plaquemines Parish"]


def test_a_writer_a_digest_quotes_after_reports() -> None:
    # bpoil_washingtonpost/281 (Wonkbook), in its words: the writer's article's words (was 'EPA')
    text = (
        'The EPA is cracking down on greenhouse gas emissions , reports Sindya Bhanoo : " The Environmental '
        'Protection Agency unveiled a final rule on Thursday for regulating major emitters of greenhouse gases . "'
    )
    assert _speakers(text) == ["Sindya Bhanoo"]


def test_a_caption_with_its_organisation_after_a_comma() -> None:
    # copy-000385-667109 (sample no. 32), in its words (was 'US Coast Guard')
    text = (
        "Mike O'Berry , US Coast Guard : \" We 'll search until all likelihood of success has passed \" The US "
        "Coast Guard says that no oil appears to be leaking from a rig that sank off Louisiana on Thursday ."
    )
    assert _speakers(text) == ["Mike O'Berry"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # train-1328-1 (neus), in its words: the memo's words are its issuer's; "according to" at the end
        # of the sentence names who reported it (was 'NBC News')
        (
            "The move came after Attorney General Bill Barr issued a memo to federal prosecutors authorizing "
            "them to probe “specific allegations” of voter fraud ahead of the results of the presidential race "
            "being certified, according to NBC News.",
            "Bill Barr",
        ),
        # train-1787-1 (neus), in its words (guard): "according to" right after the quote names who gave
        # its words
        (
            'The 1776 Commission released a 45-page report Monday that offered "a definitive chronicle of the '
            'American founding," according to the White House.',
            "White House",
        ),
    ],
)
def test_a_document_issuer_before_a_far_according_to(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# bpoil_foxnews/125, in its words: titles of films are no one's words (were 'Angelina Jolie' x2 and
# 'Brad Pitt')
_PITT = (
    'Angelina Jolie and actor Brad Pitt pose at the premiere of " Salt " in Hollywood . Brad Pitt has said '
    'that he would consider executing those responsible for the BP oil spill . The " Fight Club " and " '
    "Ocean 's Eleven \" actor , said he usually opposed capital punishment . The actor was talking during the "
    'screening of " If God Is Willing And Da Creek Do n\'t Rise , " a fim by director Spike Lee .'
)


def test_film_titles_are_no_quotes() -> None:
    assert [q.quote for q in find_quotes(_PITT, "x", None)] == []


def test_remembers_is_a_speech_verb_as_recalls_is() -> None:
    # copy-000725-575916 (a scrambled copy), in its words: the mark after "flames ," closes a quote
    # before its cue, and the pairing turns (was 'remembers Hosking . The smoke ...' as a quote of
    # 'Maurice Foley')
    text = (
        "Maurice Foley , undersecretary for defense , insisted . Les Hosking from Marazion , Cornwall , "
        "remembers the moment . So , extraordinarily , the officials dropped Napalm on the slick . \" I 've never "
        'seen anything like it . " When that came in there was a sheet of flames , " remembers Hosking . The '
        "smoke went up into the sky for what seemed like miles ."
    )
    assert [(q.quote, q.speaker) for q in find_quotes(text, "x", None)] == [
        ("When that came in there was a sheet of flames", "Les Hosking")
    ]
    # bpoil_reuters/1581, in its words (was 'Rick Steiner', named before)
    text = (
        'Rick Steiner said so . " This stuff became much more difficult to deal with plastered on the rocks '
        "than it was the first few days , \" NOAA 's Robinson remembers , describing the decision . John "
        "Robinson was there ."
    )
    assert _speakers(text) == ["John Robinson"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # bpoil_reuters/2149, in its words: the second of two joint speakers is a person after a title
        # (the first is named; was the run 'Environmental Protection Agency Administrator Lisa Jackson')
        (
            '" In responding to this oil spill , it is critical that all actions be conducted in a transparent '
            'manner , " Homeland Security Secretary Janet Napolitano and Environmental Protection Agency '
            "Administrator Lisa Jackson said in a letter .",
            ["Janet Napolitano"],
        ),
        # bpoil_washingtonpost/675, in its words (were 'EPA Administrator Lisa P. Jackson' and 'Jackson')
        (
            'EPA Administrator Lisa P. Jackson conceded that there had been " frustration in the field " from '
            'EPA officials about the waivers . " EPA may not have concurred with every single waiver , " Jackson '
            "said .",
            ["Lisa P. Jackson", "Lisa P. Jackson"],
        ),
    ],
)
def test_an_administrator_is_a_title(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers
