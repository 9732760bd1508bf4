"""quotes33: who said it (bench/README "quotes33"). Cases from heap-10000 and the dev texts, in
their words."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text, "x", None)]


# 1. A sentence of narration whose subject is "he" or "she", then the quote (speakers._told_by_referent)

# bpoil_reuters/1912: "... said Uhlmann of the University of Michigan . But he said ... . " ... "" (was
# Mary Wood, the speaker of the quote before)
UHLMANN = (
    "Mary Wood , director of the environmental and natural resources law program , said Halliburton would "
    'be vulnerable . " A company could be held negligent if it did not act as a reasonable person would , " '
    "she said . Halliburton could ultimately face criminal charges under the Clean Water Act , along with BP "
    "and Transocean , as well as civil penalties , said David Uhlmann of the University of Michigan . But he "
    "said liability to victims could be limited , depending on how many chose to tap the $ 20 billion "
    'victims fund . " They might be better off going to the fund , where money will be available within '
    'several months , rather than litigate . "'
)

# extraction/cleanportaleval/blogs_wsj_com_brussels_11: a paragraph that opens with the narration (was
# no one)
ELAMIN = (
    "UPDATE: Ahmed ElAmin, the site’s project editor, called to clarify a few points about Citzalia. "
    "“People are calling it a game,” he says. “But it’s not, it’s a simulation of how the parliament works.”\n\n"
    "ESN is paying a quarter of the costs and is using the project as a kind of marketing venture, he adds. "
    "“We’re not making any money from this. We want to show the skills and thinking outside the box that "
    "we’re capable of.”"
)

# bpoil_guardian/508: the "he" is an unnamed captain; the name before him is ten sentences back
CAPTAIN = (
    "Barack Obama 's point man on the spill , the US Coast Guard 's former commander , Thad Allen , said at "
    "the weekend that the well no longer posed any threat to the Gulf . Crews will begin the last few "
    "remaining operations needed to abandon the well this week . People here live and die by the water . "
    "No one , it seems , believes the assurances from the White House . BP evacuated work crews and boats ; "
    'many have not returned . " Oh , the oil \'s out there , " said a captain of one of the air boats '
    "chewing through the marsh . When the water is clear the oil pops out like a giant black teardrop . He "
    "said the air boats were carrying away up to 3,000 white plastic trash bags of oiled sand each day . "
    '" We \'ll be here for at least a year if they still want us , that is . "'
)

# H1N1_guardian/604: words named, not said, after "He says"
SWINE = (
    "Mexico 's health minister Jose Angel Cordova says the number of new cases is stabilising . He says "
    "Mexico has 260 confirmed swine flu cases , including 12 deaths . But he says he 'll stop updating his "
    'count of suspected cases . " Swine flu " or " H1N1 " ? As we \'ve reported , the US government has '
    "dropped the former name ."
)

# bpoil_guardian/1878: a role the article gives no name ("The US TV show host") is not the last name of
# a list before it
HOST = (
    "Last night celebrities came rushing to the rescue as the Larry King Live Show turned itself over to two "
    "hours of fundraising . The line-up included Sting , who performed his song Fragile , Robert Redford and "
    "Cameron Diaz . The US TV show host explained the purpose of his CNN telethon in characteristically "
    'eloquent fashion . " Remember bureaucracy is slow ; you can hear about billions being donated but it '
    "do n't get there tomorrow . \""
)


def test_a_pronoun_that_reports_speech_before_a_quote_gives_it_the_person_named_just_before() -> None:
    found = dict(_quotes(UHLMANN))
    assert (
        found[
            "They might be better off going to the fund , where money will be available within several "
            "months , rather than litigate ."
        ]
        == "David Uhlmann"
    )
    assert (
        found["A company could be held negligent if it did not act as a reasonable person would"]
        == "Mary Wood"
    )


def test_a_paragraph_that_opens_with_a_pronoun_paraphrase_then_the_quote() -> None:
    found = dict(_quotes(ELAMIN))
    assert (
        found[
            "We’re not making any money from this. We want to show the skills and thinking outside the box "
            "that we’re capable of."
        ]
        == "Ahmed ElAmin"
    )


def test_a_pronoun_whose_person_is_named_far_back_gives_no_speaker() -> None:
    found = dict(_quotes(CAPTAIN))
    assert found["We 'll be here for at least a year if they still want us , that is ."] is None


def test_terms_in_quotes_after_a_pronoun_paraphrase_are_no_ones_words() -> None:
    found = dict(_quotes(SWINE))
    assert found["Swine flu"] is None
    assert found["H1N1"] is None


def test_a_role_the_article_names_no_one_by_gives_no_speaker() -> None:
    found = dict(_quotes(HOST))
    assert (
        found[
            "Remember bureaucracy is slow ; you can hear about billions being donated but it do n't get there tomorrow ."
        ]
        is None
    )


# 2. Cues after a quote (cues._name_comma_who; patterns._BETWEEN's words said ahead)

# bpoil_reuters/107: a relative clause in the apposition, with a place's comma in it (was 'Barack Obama')
MERTZ = (
    "President Barack Obama visited the coast on Sunday . The fate of BP 's shares weighed on investors but "
    "was of little concern to residents of Louisiana 's coast . \" I really do n't care much about it , \" "
    "Kimberly Mertz , who works at a marina in rural Venice , Louisiana , said of the share price . "
    '" We want to get everything cleaned up . "'
)

# neus/train-1594-1: a name's comma in the clause (was no one)
MILLER = (
    "Families paid tribute with wreath-layings and the solemn roll call of the dead Wednesday. “As long as "
    "the city will gift us this moment, I will be here,” Margie Miller, who lost her husband, Joel, said as "
    "she attended the ceremony."
)

# bpoil_foxnews/59: "is expected to tell" (was 'AFP In')
CAMERON = (
    "In what will likely be the biggest point of contention in their Tuesday White House meeting , British "
    "Prime Minister David Cameron is expected to tell President Obama that the release of convicted Pan Am "
    'Flight 103 bomber Abdel Baset al-Megrahi was " wrong . "'
)


def test_a_relative_clause_in_commas_between_the_name_and_the_verb_after_a_quote() -> None:
    found = dict(_quotes(MERTZ))
    assert found["I really do n't care much about it"] == "Kimberly Mertz"
    assert found["We want to get everything cleaned up ."] == "Kimberly Mertz"
    assert (
        dict(_quotes(MILLER))["As long as the city will gift us this moment, I will be here"]
        == "Margie Miller"
    )


def test_words_a_speaker_is_expected_to_say() -> None:
    assert dict(_quotes(CAMERON))["wrong ."] == "David Cameron"
    text = 'Chuck Schumer spoke first. "We will not let this stand," Mitch McConnell is expected to say on Tuesday.'
    assert dict(_quotes(text))["We will not let this stand"] == "Mitch McConnell"


# 3. "WHO" in capitals is the World Health Organization (names._ACRONYMS_OF_WORDS)

# H1N1_reuters/913 (was no one)
WHO = (
    "So far , the virus has tended to cause very mild illness in otherwise healthy people , it said . But "
    'influenza viruses mutate frequently and " the emergence of an inherently more virulent virus during the '
    'course of a pandemic can never be ruled out , " the WHO said .'
)


# H1N1_reuters/101: the organisation's "It" (was no one)
WHO_IT = (
    "Those two vaccine-preventable diseases account for more than 35 percent of the world 's child deaths each "
    'year , the WHO said . It also stressed that " there are many causes of diarrhoeal disease , " meaning that '
    "efforts to improve water quality must continue ."
)


def test_the_who_in_capitals_is_an_organisation_that_speaks() -> None:
    assert dict(_quotes(WHO_IT))["there are many causes of diarrhoeal disease"] == "WHO"
    found = dict(_quotes(WHO))
    assert (
        found[
            "the emergence of an inherently more virulent virus during the course of a pandemic can never be ruled out"
        ]
        == "WHO"
    )


# 3. A line's label in capitals before a colon is no subject (cues._clause_subject)

# neus/train-577-0 and neus/train-2182-2 (were 'CLAIM')
CLAIM = (
    "CLAIM: The Washington Post reported youth puberty blockers are “reversible” in an article critical of a "
    "South Dakota proposed law."
)
CLAIM_ALONE = (
    'We’re separating fact from fiction on some of the most widely shared claims. CLAIM: "There have been '
    "reports of irregularities in several Wisconsin counties which raise serious doubts about the validity of "
    'the results."'
)


def test_a_fact_checks_label_is_no_speaker() -> None:
    assert dict(_quotes(CLAIM))["reversible"] == "Washington Post"
    found = dict(_quotes(CLAIM_ALONE))
    assert (
        found[
            "There have been reports of irregularities in several Wisconsin counties which raise serious doubts "
            "about the validity of the results."
        ]
        is None
    )


# A role, then the name after a comma, after an inverting verb (cues._NOUN_THEN_NAME)

# H1N1_bbc/459 (was 'WHO' with "WHO" read as the organisation; None before that); bpoil_foxnews/597, a
# comma written apart (was no one)
CHAN = (
    'For that to happen , officials would have to verify that the disease had become established . " Once I '
    'get indisputable evidence , I will make the announcement , " said WHO director general , Margaret Chan .'
)
LANDRY = (
    'The American Petroleum Institute has not taken a position on the tax increase . " We understand we need '
    'to have an insurance policy in order to cover people in the event of a spill , " said the spokeswoman , '
    "Cathy Landry ."
)


def test_a_name_in_apposition_to_a_role_after_the_verb_is_the_speaker() -> None:
    assert (
        dict(_quotes(CHAN))["Once I get indisputable evidence , I will make the announcement"]
        == "Margaret Chan"
    )
    found = dict(_quotes(LANDRY))
    assert (
        found[
            "We understand we need to have an insurance policy in order to cover people in the event of a spill"
        ]
        == "Cathy Landry"
    )


# 7. An article and a describing word before a name that opens a sentence (names._after_described_opening)

# neus/train-695-0 (was no one: "he" found no person before it)
MACARTHUR = (
    "In 1962, an aging Gen. Douglas MacArthur delivered a final speech to the corps of cadets at the U.S. "
    "Military Academy at West Point. He was nearing the end of his of life, and he knew it. “The soldier, "
    "above all other people, prays for peace,” he said."
)
# neus/train-1096-2 (was no one)
BIDEN = (
    "On the eve of Super Tuesday, a confident Joe Biden glanced back to his landslide victory in South "
    'Carolina. The former vice president told supporters in Houston that "we won in South Carolina, and '
    "we’ll win in Texas tomorrow.” Texas is the second biggest prize."
)


def test_a_name_after_an_article_and_a_describing_word_is_a_subject() -> None:
    assert (
        dict(_quotes(MACARTHUR))["The soldier, above all other people, prays for peace"]
        == "Douglas MacArthur"
    )
    assert dict(_quotes(BIDEN))["we won in South Carolina, and we’ll win in Texas tomorrow."] == "Joe Biden"


# 8. "crowed" is a speech verb (patterns._SPEECH_VERBS)

# neus/train-1570-2 (was no one)
CROWED = (
    "President Donald Trump’s promised breakthrough in health care coverage looks like it could be insurance "
    "protection for preexisting conditions. “Over the next two weeks I’ll be pursuing a major executive order "
    "requiring health insurance companies to cover all preexisting conditions,” Trump crowed at a news "
    "conference Friday."
)


def test_crowed_brings_in_a_speaker() -> None:
    found = dict(_quotes(CROWED))
    assert (
        found[
            "Over the next two weeks I’ll be pursuing a major executive order requiring health insurance "
            "companies to cover all preexisting conditions"
        ]
        == "Donald Trump"
    )


# 1 (control): "she" whose person the article gives no gender does not hand on a quote
# (l3s_gn1-9c0924df: was 'Father Asi', nearer than Malik, whose "she" this is)
ASI = (
    "The service was led by Father Emanuel Asi and the programme was arranged by PPP workers Napoleon "
    "Qayyum, Naveed Alam and Ashar Bhatti.\n\nFather Asi said Ms Bhutto was a symbol of equality and "
    "democracy. “She was a great advocate of communal harmony,” he said.\n\nMalik said Ms Bhutto had always "
    "given priority to minorities. “The PPP has taken a clear stance that it will repeal all discriminatory "
    "laws,” she said.\n\nShe said Ms Bhutto was a politician of international stature. “It was only she who "
    "had the calibre to foresee the future.”"
)


def test_a_she_of_a_person_of_no_told_gender_hands_on_no_quote() -> None:
    assert dict(_quotes(ASI))["It was only she who had the calibre to foresee the future."] != "Father Asi"
