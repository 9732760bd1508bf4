"""quotes31b: part 2 of quotes31's classes (bench/README "quotes31b"). Cases from heap-10000, in
their words."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text, "x", None)]


# H1N1_guardian/563: a sentence about a named person with no speech verb, then a quote that opens
# its sentence, on a one-line page
BOOY = (
    'Mark Fielder , a GP in London , said : " We have n\'t had that many deaths yet . " Have the '
    "deaths in Mexico been hyped ? Robert Booy , head of clinical research at the National Centre "
    "for Immunisation Research and Surveillance based at the University of Sydney , believes there is "
    "a simple explanation for the concentration of more than 100 deaths in Mexico . \" It 's likely "
    "that this outbreak has been running for not one month or even six weeks , but more than eight "
    'weeks . "'
)


def test_a_quote_after_a_sentence_about_a_named_person_is_theirs() -> None:
    found = dict(_quotes(BOOY))
    assert found["We have n't had that many deaths yet ."] == "Mark Fielder"
    # was Mark Fielder's, the speaker before the narration
    assert (
        found[
            "It 's likely that this outbreak has been running for not one month or even six weeks , but "
            "more than eight weeks ."
        ]
        == "Robert Booy"
    )


# bpoil_foxnews/982 (control): a place after "At" is no subject, and the statement goes on
FORT_JACKSON = (
    'Pelicans need role models , " Wendy Fox said . Pelicans take five to six months to reach '
    "independence . At Fort Jackson , one of the youngsters perched alongside a pool and flapped its "
    'wings energetically . " See that ? "'
)


def test_a_place_that_opens_the_sentence_is_no_speaker() -> None:
    found = dict(_quotes(FORT_JACKSON))
    assert found.get("See that ?") != "Fort Jackson"


# bpoil_reuters/1219 (control): a quote that ends in a comma has its own cue after it
BOEING = (
    'Costs are deductible , " Walker Johnson said . But Boeing Co decided to forego seeking a tax '
    "deduction . Boeing Chief Jim McNerney agreed . \" The company 's goal is going to be write off as "
    'much as possible , " Edward McNally , a lawyer at Kasowitz , said .'
)


def test_a_quote_with_its_own_cue_after_it_keeps_it() -> None:
    found = dict(_quotes(BOEING))
    assert found["The company 's goal is going to be write off as much as possible"] == "Edward McNally"


# neus/train-1627-0: a blog's title in quotes, then a later quote with its cue after it
TITLE = (
    "Former president Donald Trump’s webpage has been deleted, his spokesman confirmed Wednesday. The "
    "blog, titled “From the Desk of Donald J. Trump,” has been permanently shut down and “will not be "
    "returning,” senior aide Jason Miller told CNBC."
)


def test_a_title_in_quotes_is_no_ones_speech() -> None:
    found = dict(_quotes(TITLE))
    # was Jason Miller's, by the look-ahead to the cue of the sentence's last quote
    assert found["From the Desk of Donald J. Trump"] is None
    assert found["will not be returning"] == "Jason Miller"


# bpoil_reuters/1708: "It", after a sentence naming BP, reports speech before words quoted in its sentence
IT_SUBJECT = (
    "At a court hearing on the lawsuits on Friday , BP created confusion about its stance on the "
    "liability cap . It did not commit to waiving the cap at the hearing , as many plaintiffs ' "
    'attorneys had expected , and said in a statement on Friday that the cap " is not relevant . " '
    '" BP lawyers would n\'t say on the record they would waive the cap , " said Steve Herman , a '
    "Louisiana attorney ."
)


def test_it_opening_a_sentence_that_reports_speech_is_the_organisation() -> None:
    found = dict(_quotes(IT_SUBJECT))
    assert found["is not relevant ."] == "BP"  # was None
    assert found["BP lawyers would n't say on the record they would waive the cap"] == "Steve Herman"


# control: "It is" stands for no one
IT_IS = (
    'BP said on Monday it would pay . " We will pay , " a spokesman said . The spill grew . It is '
    'likely , analysts said , that the bill will be " very large indeed " .'
)


def test_it_is_stands_for_no_organisation() -> None:
    assert dict(_quotes(IT_IS)).get("very large indeed") != "BP"


# bpoil_reuters/1904: "he" after a person whose role's complement is a business's name
ROLE_COMPLEMENT = (
    "Gary Bratt , owner of Chaise N ' Rays Rentals , which rents recreational equipment on Dauphin "
    'Island , said the threat of the spill reaching shore was ruining his business . " Our business is '
    'off 70 percent at this point , " with potential vacationers canceling " right and left , " he '
    "said ."
)


def test_he_is_not_the_business_a_person_owns() -> None:
    found = dict(_quotes(ROLE_COMPLEMENT))
    assert found["Our business is off 70 percent at this point"] == "Gary Bratt"  # was 'Rays Rentals'


# control (l3s_gn1/59dd28e2...): a title before a name is no role's complement
TITLE_BEFORE = (
    "BERLIN - Secretary of State Condoleezza Rice said Tuesday the Bush administration will fight "
    'efforts to curb aid to Pakistan . " That is very much on everybody \'s mind , " she said .'
)


def test_she_is_the_person_after_a_title_with_of() -> None:
    assert dict(_quotes(TITLE_BEFORE))["That is very much on everybody 's mind"] == "Condoleezza Rice"
