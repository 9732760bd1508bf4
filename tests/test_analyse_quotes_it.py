"""find_quotes: "…,” it said" and "…,” the company said" (real sentences of the dev texts: l3s_gn1,
BASIL, bpoil of the heap, ecbplus) are the organisation named before as a subject; a document ("the
email said") speaks for its author."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes
from newsprism.records import Quote


def _speaker(quotes: list[Quote], words: str) -> str | None:
    found = [q for q in quotes if words in q.quote]
    assert len(found) == 1, f"{len(found)} quotes hold {words!r}: {[q.quote for q in quotes]}"
    return found[0].speaker


def test_the_company_is_the_company_named_before() -> None:
    # l3s_gn1 51600d8d: "Microsoft" names no organisation by its words; the verb makes it a subject
    text = (
        'Microsoft said it would cooperate with the investigations. "We are committed to ensuring that '
        'Microsoft is in full compliance with European law and our obligations," the company said in a '
        "statement."
    )
    assert _speaker(find_quotes(text), "We are committed") == "Microsoft"


def test_a_bare_the_company_is_no_speaker_of_its_own() -> None:
    # "The company cut 500 jobs" names no company: the speaker is the one named before it, not "company"
    text = "Acme Corp. announced layoffs. The company cut 500 jobs. “We regret this,” the company said."
    assert _speaker(find_quotes(text), "We regret this") == "Acme Corp"


def test_the_company_is_no_government_body() -> None:
    # "the company" skips an organisation that is no company ("the White House said")
    text = (
        "The White House said it would act. Halliburton said it did not believe the design caused the "
        "incident. “Contractors do not specify well design,” the company said."
    )
    assert _speaker(find_quotes(text), "Contractors do not") == "Halliburton"
    text = "The White House said it would act. “We are ready,” the company said."
    assert _speaker(find_quotes(text), "We are ready") is None


def test_it_said_is_the_organisation_named_before() -> None:
    # l3s_gn1 3ae52969: the group named as a subject, in brackets after its full name
    text = (
        "In an email to the media, the Movement for the Emancipation of the Niger Delta (MEND) said it "
        "sponsored gunmen who shot at six oil industry vessels.\n\n"
        '"MEND will be supporting these small independent groups to harass and sabotage the oil industry '
        'at will," the group said.\n\n'
        "It advised civilians to stay clear of militant camps. It also threatened to shoot down "
        "helicopters.\n\n"
        '"An attack on the Nigerian oil industry that will cause an economic tsunami in the world oil '
        'markets is imminent," it said.'
    )
    quotes = find_quotes(text)
    assert _speaker(quotes, "MEND will be supporting") == "MEND"
    assert _speaker(quotes, "An attack on the Nigerian") == "MEND"


def test_it_said_after_a_company_named_with_its_verb() -> None:
    # l3s_gn1 dc9814d5
    text = (
        "We put these allegations to Fortinet and were told it stands by its research. Fortinet claimed "
        "the application was malware.\n\n"
        '"After additional investigation, our research was accurate," it said.'
    )
    assert _speaker(find_quotes(text), "After additional") == "Fortinet"


def test_it_said_with_no_organisation_keeps_no_speaker() -> None:
    # BASIL 1bb79cc1_3: "it" is a cable, which names no author; no one is guessed
    text = (
        "In addition to identifying the presence of Al Qaeda and Ansar al-Sharia in Benghazi, the groups "
        "ultimately blamed for the assault, a key section of the cable, which remains classified, seemed "
        "to foreshadow the attack itself.\n\n"
        '"RSO (Regional Security Officer) expressed concerns with the ability to defend Post in the event '
        'of a coordinated attack," it said.\n\n'
    )
    assert _speaker(find_quotes(text), "RSO") is None


def test_it_said_is_no_person_and_no_distant_organisation() -> None:
    # a person is no "it"; an organisation named more than MAX_ANTECEDENT_SENTENCES sentences
    # before is too far: the quote goes on with the previous statement as before
    text = "Jane Smith, a lawyer, said the plan was bad. “We will not go,” it said."
    assert _speaker(find_quotes(text), "We will not go") is None
    far = "Acme Corp. said it would cut jobs. " + "The weather was fine. " * 6 + "“We regret this,” it said."
    assert _speaker(find_quotes(far), "We regret this") is None


def test_a_document_named_before_speaks_for_its_author() -> None:
    # "it" is the letter of the sentence before, and the letter is the campaign's
    text = (
        "The Romney campaign sent a letter to donors. The letter says the race is close.\n\n"
        '"We need your help," it said.'
    )
    assert _speaker(find_quotes(text), "We need your help") == "Romney campaign"


def test_it_said_is_an_organisation_that_spoke() -> None:
    # bpoil (heap): "it" is the commission staff, not BP, the subject of "was able to"; "the company"
    # may be the subject of any verb
    text = (
        "In a second report, the commission staff said that although BP was able to come up with spill "
        "control techniques, more was needed. “Existing response equipment was not up to the challenge,” "
        "it added."
    )
    assert _speaker(find_quotes(text), "Existing response") is None
    text = "BP has pledged to meet all claims. “We will pay,” the company said."
    assert _speaker(find_quotes(text), "We will pay") == "BP"


def test_the_email_speaks_for_its_sender() -> None:
    # heap bpoil_bbc/757: "the email" is the one Mr Dudley sent, and "it added" goes on with it
    text = (
        "BP 's new boss Bob Dudley has told the company 's 80,000 employees that safety will be the sole "
        'measure for bonus payments. Mr Dudley said in an email that payments would be linked to " reducing '
        'operational risks " . BP is struggling to repair its image following the Gulf oil spill disaster . '
        "\" We are taking this step in order to be absolutely clear that safety is BP 's number one "
        'priority , " the email said . " In particular , we are committed to ensure that such an incident '
        'never happens again , " it added . A spokesman for BP said the majority of staff received bonuses .'
    )
    quotes = find_quotes(text)
    assert _speaker(quotes, "We are taking this step") == "Bob Dudley"
    assert _speaker(quotes, "In particular") == "Bob Dudley"


def test_a_cable_with_no_author_named_has_no_speaker() -> None:
    # heap bpoil_guardian/817: the cable is named, its author is not
    text = (
        "According to one cable , BP 's outgoing Azerbaijan president , David Woodward , said in November "
        '2006 that Turkey was unlikely to finish . " However , he added that the pipeline would not meet '
        'international standards , " the cable said . In the end , BP said Turkey began receiving gas .'
    )
    assert _speaker(find_quotes(text), "However , he added") is None


def test_it_said_is_an_organisation_that_acted_when_none_spoke() -> None:
    # heap bpoil_reuters/2005: the agency "expressed frustration"; no organisation spoke before
    text = (
        "The U.S. Environmental Protection Agency expressed frustration on Saturday when it released BP 's "
        "response to its directive on dispersants . It accused BP of withholding information . "
        '" EPA continues to strongly urge these companies to voluntarily make this information public , " '
        "it said . It did not name the companies ."
    )
    assert _speaker(find_quotes(text), "EPA continues") == "U.S. Environmental Protection Agency"


def test_the_company_is_the_organisation_that_acted_last() -> None:
    # heap bpoil_washingtonpost/1089: BP spoke first, then Transocean "sought" (a day or "meanwhile"
    # between a name and its verb)
    text = (
        "BP said it supports the commission 's efforts . It said that it has already \" instituted "
        'significant changes . " Transocean , meanwhile , sought to place blame with BP and regulators . '
        '" Consistent with industry standards , the procedures were crafted and directed by BP engineers , " '
        "the company said in a statement ."
    )
    assert _speaker(find_quotes(text), "Consistent with industry") == "Transocean"


def test_a_number_that_acted_is_no_organisation() -> None:
    # heap bpoil_reuters/1429: "Thousands signed contracts" names no company
    text = (
        "BP has said it would employ more people . Thousands signed contracts in the past week to make "
        'their boats available . The company is hiring crews to lay protective lines of " boom " to keep '
        "the oil from spreading ."
    )
    assert _speaker(find_quotes(text), "boom") == "BP"


def test_a_seat_stands_for_its_organisation_when_the_article_names_it() -> None:
    # l3s_gn1 fb6b0ed0: "Redmond" is Microsoft, named before
    text = (
        "Microsoft said that SP1 will include plenty of bug fixes. For interested users, Redmond has a "
        'slew of instructions in place. "The installer service needs to clean up and complete the '
        'uninstall prior to installing the RC," Redmond said in detailed instructions.'
    )
    assert _speaker(find_quotes(text), "The installer service") == "Microsoft"
    # no Microsoft named: the place stays; a person of that name is the person
    assert _speaker(find_quotes(text.replace("Microsoft", "The firm")), "The installer") == "Redmond"
    text = 'Coach Joe Redmond was pleased. "We played well," Redmond said.'
    assert _speaker(find_quotes(text), "We played well") == "Joe Redmond"


def test_it_before_the_quote_is_the_organisation_named_last() -> None:
    # heap bpoil_washingtonpost/1089: "which it called" is Halliburton's, the subject that acted
    text = (
        "BP said it supports the commission 's efforts . Halliburton issued a statement sharply criticizing "
        "the presidential commission and BP . It blamed BP for failing to run a cement bond log test , which "
        'it called " the only means to test the integrity of the cement bond . "'
    )
    assert _speaker(find_quotes(text), "the only means") == "Halliburton"
    # heap bpoil_guardian/798: the later of one that spoke (Obama) and one that acted (the White House)
    text = (
        'Obama said the spill was " very welcome news " . The White House tried to ensure the administration '
        'would gain credit for leading what it called a " robust " response to the disaster .'
    )
    assert _speaker(find_quotes(text), "robust") == "White House"
    # "it is called" names the thing, not who calls it
    text = 'Microsoft said it would act. The plan is new. It is called " Project Zed " .'
    assert _speaker(find_quotes(text), "Project Zed") is None


def test_a_party_member_is_no_name_of_a_person() -> None:
    # heap bpoil_guardian/593: "a New York Democrat" in apposition is no person "York Democrat" for
    # "he"; "the ... Democrat" is a role (allsides: "the moderate West Virginia Democrat wrote")
    text = (
        "Jerrold Nadler , a New York Democrat who introduced a ban on dispersants , said the EPA had failed "
        '. " We are undertaking a huge uncontrolled experiment with the entire Gulf , " he said .'
    )
    assert _speaker(find_quotes(text), "We are undertaking") == "Jerrold Nadler"
    text = (
        "Sen. Joe Manchin said he would vote no. “I believe that partisan voting legislation will destroy "
        "our democracy,” the moderate West Virginia Democrat wrote in an op-ed."
    )
    assert _speaker(find_quotes(text), "partisan voting") == "Joe Manchin"
