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


@pytest.mark.parametrize(
    "text",
    [
        # train-1405-0 (neus), in its words: was 'Mohammad Javad Zarif'
        "Iran's Foreign Minister Mohammad Javad Zarif, has condemned the killing \"as an act of state "
        'terror". Western intelligence agencies view Fakhrizadeh as being behind a covert Iranian nuclear '
        'weapons programme. "If Iran ever chose to weaponise (enrichment), Fakhrizadeh would be known as '
        'the father of the Iranian bomb," one Western diplomat told Reuters news agency in 2014.',
        # bpoil_reuters/38, cut, in its words: was 'David Logan'
        '" A billion here , a billion there , " said Logan of Roger Williams University . Despite BP \'s '
        'official statements , some industry analysts say the company may be expecting to pay more . " The '
        'way that they are selling assets is what you would expect them to do , " said one analyst who asked '
        "not to be named because he did not want to be seen questioning BP 's public comments .",
        # bpoil_guardian/1962, cut, in its words: was 'Brent Coon'
        '" They are going to be offered very little , " said Brent Coon , a lawyer . When Feineberg takes '
        'over this month , claimants will be offered a one-off sum . " The fund will offer lump sum '
        'payments in return for an agreement not to pursue claims in court , " a spokeswoman said .',
    ],
)
def test_an_unnamed_source_after_the_quote_is_no_one_named_before(text: str) -> None:
    assert _speakers(text)[-1] is None


def test_an_unnamed_spokesperson_speaks_for_the_organisation_that_spoke_last() -> None:
    # bpoil_guardian/270, cut, in its words: was 'Igor Sechin'
    text = (
        '" Hayward is about to resign , " Igor Sechin told reporters ahead of his meeting with the BP boss . '
        'BP denied that Hayward was close to resigning . " Tony Hayward remains the chief executive of BP . '
        'There are no plans for him to resign , " a spokeswoman said .'
    )
    assert _speakers(text) == ["Igor Sechin", "BP"]


def test_an_unnamed_spokesperson_goes_on_with_an_organisations_statement_only() -> None:
    # bpoil_guardian/1217, cut, in its words (guard): the department's statement goes on (a first cut
    # gave None)
    text = (
        'The Department of Energy and Climate Change said the UK was exercising " utmost caution " in the '
        'North Sea . But it made it clear that Oettinger demands for a moratorium would not be heeded . " '
        "There is no current provision within EU law which would enable any EU body to declare a moratorium "
        ', " said a spokesman .'
    )
    assert _speakers(text)[-1] == "Department of Energy and Climate Change"


def test_an_aside_of_unnamed_speakers_is_no_statement_going_on() -> None:
    # tests/test_quotes_classes31b.py's IT_IS (made up, guard): "analysts said" in commas reports the
    # second quote, not BP's spokesman's statement going on
    text = (
        'BP said on Monday it would pay . " We will pay , " a spokesman said . The spill grew . It is '
        'likely , analysts said , that the bill will be " very large indeed " .'
    )
    assert _speakers(text) == ["BP", None]


def test_a_list_of_short_quotes_in_narration_is_no_ones_words() -> None:
    # bpoil_guardian/1669 (quotes40's sample no. 40), cut, in its words: each was 'David Camardelle'
    text = (
        "The mayor , David Camardelle , was in Washington this week . \" The shrimp died . It 's a ghost town "
        ". The boom does n't work , \" he said . Around the corner from his operations , a family has erected "
        "101 simple white crosses memorialising what has been lost to the spill . There is sea food "
        'industry , with crosses for tuna , shrimp and oyster catches , but also " beach sunrises " , " '
        'seafood gumbo " , " redfish rodeo " , " family time " , " porch sitting " and " dog on beach " .'
    )
    assert _speakers(text) == ["David Camardelle"] + [None] * 6


def test_a_list_of_short_quotes_its_subject_calls_so_is_its_subjects() -> None:
    # train-2231-2 (neus), in its words (guard)
    text = (
        "President Donald Trump hailed the summit agreement signed by him and North Korean leader Kim Jong "
        "Un on Tuesday as “very important,” “comprehensive” and “far better” than expected."
    )
    assert _speakers(text) == ["Donald Trump"] * 3
