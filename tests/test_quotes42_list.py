"""quotes42: the brief's list (session 30): an organisation written with a dotted abbreviation ("the
U.S. military", "the U.K. government") or a place before "military", "navy", "army" speaks as itself."""

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # train-1783-2 (neus), in its words: the letter is the U.S. military's (was None; before
        # quotes41, 'Mark T. Esper', who spoke in the main clause)
        (
            "Defense Secretary Mark T. Esper said Monday that the United States has not made any decision "
            "to leave Iraq, shortly after the U.S. military said in a letter to Iraqi officials that U.S. "
            "forces would be relocating “to prepare for onward movement.”",
            "U.S. military",
        ),
        # made up: a dotted abbreviation before an organisation's head after the quote (was None, as
        # "the UK government said" was 'UK government')
        ("“We will not move,” the U.K. government said.", "U.K. government"),
        # 12_4ecb (ecbplus), in its words: "the Indian navy" with an announcement (was None)
        (
            "At least one Thai crew member was killed in the attack, which the Indian navy had originally "
            'announced by saying it had sunk a pirate "mother ship."',
            "Indian navy",
        ),
        # l3s_gn1 59dd28e2, in its words (was None)
        (
            "Adm. William Fallon was in Pakistan for talks with army chief Ashfaq Kayani. The Pakistan "
            'army said the two men discussed the "security situation" in the region.',
            "Pakistan army",
        ),
    ],
)
def test_an_organisation_with_a_place_or_a_dotted_abbreviation_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_clause_after_a_dotted_abbreviation_is_no_noun_phrase() -> None:
    # train-805-0 (neus), in its words (guard): "the U.S. when he responded" is no subject; "he" is
    # Donald Trump (a first cut read "the U.S. when he" as a noun phrase: None)
    text = (
        "President Donald Trump appeared to draw an equivalence between Russian President Vladimir Putin "
        "and the behavior of the U.S. when he responded to a remark about Mr. Putin being a “killer” by "
        "saying: “We got a lot of killers—what, you think our country’s so innocent?”"
    )
    assert _speakers(text) == ["Donald Trump", "Donald Trump"]


def test_a_code_after_a_dotted_abbreviation_is_no_one() -> None:
    # BASIL 38f7cbb7_2, in its words (guard): the U.S. code's text is no one's words (a first cut
    # read "the U.S. code that" and gave 'Joe Sestak')
    text = (
        "Joe Sestak said he was offered a job. Critics say the Sestak job offer may have violated the "
        'part of the U.S. code that says: "Whoever, directly or indirectly, promises any employment '
        'shall be fined under this title."'
    )
    assert _speakers(text) == [None]


def test_a_pull_quote_box_signer_is_no_subject_of_the_sentence_after_it() -> None:
    # bpoil_bbc/1931, in its words: the page lost the full stop after the BBC box's signature; was
    # 'End Quote Fred Bartlit National Commission'
    text = (
        "We see no instance where a decision-making person or group of people sat there aware of safety "
        'risks , aware of costs , and opted to give up safety for costs " End Quote Fred Bartlit National '
        "Commission on the BP Deepwater Horizon Oil Spill and Offshore Drilling Among the claims , "
        "Democrats Henry Waxman of California and Bart Stupak of Michigan sent a letter in June to "
        "then-BP chief executive Tony Hayward claiming the oil company had made multiple decisions "
        'because of economic reasons that " increased the danger of a catastrophic well failure " .'
    )
    assert _speakers(text) == ["Henry Waxman"]


def test_a_pull_quote_box_then_the_statement_going_on() -> None:
    # bpoil_bbc/1861, in its words: was 'End Quote National Oil Spill Commission'
    text = (
        '" Those were unfortunate , fateful , decisions which actually led to the explosion , " said Don '
        "Boesch , a member of the commission . Mr Boesch said government regulators are also criticised "
        "in the report . Most of the mistakes and oversights at Macondo can be traced back to a single "
        'overarching failure - a failure of management " End Quote National Oil Spill Commission report '
        '" What we found was very limited oversight of these various activities and decisions . "'
    )
    assert _speakers(text)[-1] == "Don Boesch"


# l3s_gn1 7c3b8f34, cut, in its words
_HUGHES = (
    "Portsmouth manager Harry Redknapp emerged as the favorite to take over from Sam Allardyce at "
    "Newcastle, while Blackburn's Mark Hughes said he doesn't expect the Magpies to move for him.\n\n"
    "Newcastle is preparing for a Premier League game against defending champion Manchester United, whose "
    "manager, Alex Ferguson, says he is amazed at the lack of titles.\n\n"
    '"When you analyze the situation up there, it is beyond belief," Ferguson said.\n\n'
    "Hughes is another leading candidate being touted in the media, but the Blackburn manager said he had "
    "received no contact from Newcastle.\n\n"
    '"There\'s always speculation when any big job comes up," the former Manchester United and FC '
    'Barcelona striker said. "I seem to be talked about in good terms and I\'m appreciative of that."'
)


def test_a_role_at_an_employer_is_the_person_named_with_its_possessive() -> None:
    # was 'Alex Ferguson' (a holder of the bare title "manager") for Hughes's two quotes
    assert _speakers(_HUGHES) == ["Alex Ferguson", "Mark Hughes", "Mark Hughes"]


def test_a_thing_at_an_employer_is_no_person_named_with_its_possessive() -> None:
    # H1N1_bbc/629, cut, in its words (guard): "the Deloitte research" is no title (a first cut gave
    # 'Greg Pellegrino', named "Deloitte 's Greg Pellegrino")
    text = (
        'The figures come as a report from Deloitte said a global approach was needed . " Doing nothing is '
        "not an option , \" said Deloitte 's Greg Pellegrino . The president's choice is expected soon . "
        'While the Deloitte research said security in Asia-Pacific needed to " catch up " it noted that '
        "the United Kingdom was in the process of writing a national cyber strategy ."
    )
    assert _speakers(text) == ["Greg Pellegrino", None]
