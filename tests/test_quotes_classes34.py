"""quotes34: who said it (bench/README "quotes34"). Cases from heap-10000 and the dev texts, in their
words; the controls are made up."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text, "x", None)]


# 1. An unnamed speaker named at the very next quote (find._named_next)

# bpoil_guardian/593 (and its copy): the toxicologist is Ron Kendall, named bare right after
KENDALL = (
    "Independent scientists also criticised the EPA for claiming that the combination of oil and "
    "dispersants posed no greater danger to marine life on its own . On Wednesday , a toxicologist from "
    "Texas Tech University is scheduled to tell a Senate hearing that the unprecedented use of "
    'dispersants " created an eco-toxicological experiment " . " The bottom line is that a lot of oil '
    'is still at sea dispersed in the water column , " said Ron Kendall . " It \'s a big ecological '
    'question as to how this will ultimately unfold . "'
)


def test_an_unnamed_speaker_is_the_person_named_bare_at_the_next_quote() -> None:
    found = dict(_quotes(KENDALL))
    assert found["created an eco-toxicological experiment"] == "Ron Kendall"
    assert found["The bottom line is that a lot of oil is still at sea dispersed in the water column"] == (
        "Ron Kendall"
    )


def test_a_name_with_a_description_of_its_own_at_the_next_quote_is_someone_new() -> None:
    text = KENDALL.replace("said Ron Kendall .", "said Ron Kendall , a professor at Duke University .")
    assert dict(_quotes(text))["created an eco-toxicological experiment"] is None


def test_a_name_written_before_at_the_next_quote_may_be_anyone() -> None:
    text = "Ron Kendall chaired the panel . " + KENDALL
    assert dict(_quotes(text))["created an eco-toxicological experiment"] is None


def test_a_sentence_between_the_unnamed_speaker_and_the_named_quote_gives_no_speaker() -> None:
    text = KENDALL.replace('experiment " . "', 'experiment " . The hearing starts at noon . "')
    assert dict(_quotes(text))["created an eco-toxicological experiment"] is None


# 2. A title word used as the surname of a person named in full (people.title_surname, is_person)

# l3s_gn1-08ba0529: "King said" and "King added that" of Charles King, principal analyst at Pund-IT
KING = (
    'VMware may be not standard fare yet in small businesses, but "it is relevant for certain kinds of '
    'data-intensive small businesses" Charles King, principal analyst at Pund-IT, said. "We\'re not '
    'seeing VMware in production environments for businesses with fewer than 100 employees."\n\n'
    "But for SMBs that moving to virtual servers, the AX4's capabilities will be welcomed, King said. "
    '"Effectively backing up virtual servers is a technically intensive process."\n\n'
    "EMC also isn't going to put all its eggs in one virtual basket. \"Microsoft is a major partner of EMC "
    'and you can expect them to continue to work with them," said King.\n\n'
    "King added that the Dell-EMC relationship has been good for both companies. \"Dell's storage business "
    'has never been as sophisticated as its servers."'
)


def test_a_title_word_that_is_the_surname_of_a_person_named_in_full_reports_the_quote_after() -> None:
    found = dict(_quotes(KING))
    assert (
        found["Effectively backing up virtual servers is a technically intensive process."] == "Charles King"
    )
    assert found["Dell's storage business has never been as sophisticated as its servers."] == "Charles King"
    assert (
        found["Microsoft is a major partner of EMC and you can expect them to continue to work with them"]
        == "Charles King"
    )


def test_a_title_word_of_no_one_named_so_is_no_person() -> None:
    text = (
        "The king opened parliament on Monday. King said the country would recover. "
        '"We have come through worse than this and we will come through it again."'
    )
    assert (
        dict(_quotes(text))["We have come through worse than this and we will come through it again."] is None
    )


# 3. A speech verb in the clause another speech verb reports (speakers._outer_teller)

# bpoil_guardian/348: "the data suggested" is what Kessler said
KESSLER = (
    "John Kessler , a professor at Texas A&M University , led the study . Readings on methane and oxygen "
    'levels at 207 stations indicated a massive bloom . " It likely occurred after affected waters had '
    'flowed away from the wellhead , " the study said . Kessler said the data suggested that the process '
    "of degrading the oil only stopped because the microbes had eaten their way through the methane . "
    '" It appeared that nothing stopped it except for the availability of methane . "'
)


def test_a_noun_phrase_in_the_clause_a_named_person_reports_is_not_the_speaker() -> None:
    found = dict(_quotes(KESSLER))
    assert (
        found["It appeared that nothing stopped it except for the availability of methane ."]
        == "John Kessler"
    )


def test_a_report_in_the_clause_a_named_person_reports_may_be_quoted_itself() -> None:
    text = KESSLER.replace("Kessler said the data suggested", "Kessler said the report suggested")
    assert dict(_quotes(text))[
        "It appeared that nothing stopped it except for the availability of methane ."
    ] != ("John Kessler")


# 4. A role under another of its words (people.by_title, _SAME_ROLE)

# bpoil_guardian/1953: "The lawyer" is the co-general counsel named before (was Transocean)
CLINGMAN = (
    'Transocean admitted there was a " financial tax benefit " in registering its rigs in the Marshall '
    "Islands . But the company 's co-general counsel , Rachel Clingman , said there were practical issues "
    ", too . The lawyer said registering in the US would mean rigs being captained by a US citizen and "
    'needing to be physically inspected by the US coastguard each year . " When the rig is traveling around '
    'the world and is sometimes in the middle east or far east , that becomes a logistical issue . "'
)


def test_the_lawyer_is_the_counsel_named_before() -> None:
    found = dict(_quotes(CLINGMAN))
    assert (
        found[
            "When the rig is traveling around the world and is sometimes in the middle east or far east , "
            "that becomes a logistical issue ."
        ]
        == "Rachel Clingman"
    )


def test_the_lawyer_is_not_the_attorney_general() -> None:
    text = CLINGMAN.replace("co-general counsel , Rachel Clingman", "ally , Attorney General Eric Holder")
    found = dict(_quotes(text))
    assert (
        found[
            "When the rig is traveling around the world and is sometimes in the middle east or far east , "
            "that becomes a logistical issue ."
        ]
        != "Eric Holder"
    )


# 5. "informed" with its object right after a quote that ends in a comma (cues._SUBJECT_INFORMED)

# copy-001190-709268 (heap-10000's reworded copy of a Romney story): no speaker before
ROMNEY = (
    "Romney informed a local Denver TV station earlier on Wednesday that he opposes both same-sex marriage "
    'and civil unions.\n\n"Well, when these issues were raised in my state of Massachusetts, I indicated my '
    'view, which is that I do not favor marriage between people of the same gender," Romney informed Denver '
    "Fox affiliate KDVR-TV."
)


def test_informed_with_its_object_after_a_quote_is_a_speech_verb() -> None:
    assert [s for _, s in _quotes(ROMNEY)] == ["Romney"]
    text = "Mitt Romney spoke in Denver. " + ROMNEY
    assert [s for _, s in _quotes(text)] == ["Mitt Romney"]


def test_informed_in_the_passive_or_before_a_clause_is_no_cue() -> None:
    for tail in (
        "Romney was informed by aides.",
        "Romney informed that he would stay.",
        "aides informed of it said.",
    ):
        text = 'Mitt Romney spoke in Denver. "We will win Colorado," ' + tail
        assert [s for _, s in _quotes(text)] != ["Mitt Romney"], tail


# bpoil_reuters/890: `," said King , who added` is Attorney General Troy King (was Tony Hayward: "King"
# read as a role)
TROY_KING = (
    "Attorney General Troy King said the state was weighing its options . Tony Hayward , BP 's chief "
    'executive , said claims were being paid . If true , it would be a very clear case of " bad corporate '
    'citizenship , " said King , who added that he would not rule out possible legal action .'
)


def test_a_title_word_after_the_verb_is_the_surname_of_the_person_named_in_full() -> None:
    assert dict(_quotes(TROY_KING))["bad corporate citizenship"] == "Troy King"


def test_the_title_word_with_its_article_after_the_verb_is_a_role() -> None:
    text = TROY_KING.replace("said King , who", "said the King , who")
    assert dict(_quotes(text))["bad corporate citizenship"] != "Troy King"


# "pointed out" and "points out" are speech verbs (patterns._SPEECH_VERBS)

# quotes/basil/2ec04201_1 and l3s_gn1-08ba0529 (no speaker before)
SMYTHE = (
    "Austin Smythe, a former budget staff director, studied the plan. The Ryan plan, like any budget "
    "resolution, specifies levels of spending. But, as Mr. Smythe pointed out, “the committees of "
    "jurisdiction determine the details” in separate legislation."
)


def test_pointed_out_brings_in_a_quote() -> None:
    assert dict(_quotes(SMYTHE))["the committees of jurisdiction determine the details"] == "Austin Smythe"
    found = dict(_quotes(KING.replace("King added that", "However, King pointed out that")))
    assert found["Dell's storage business has never been as sophisticated as its servers."] == "Charles King"


def test_an_unnamed_speaker_is_the_person_named_next_with_the_same_noun() -> None:
    # (made up: the task's form; heap-10000 and the dev texts hold none)
    text = KENDALL.replace("said Ron Kendall .", "Ron Kendall , the toxicologist , said .")
    assert dict(_quotes(text))["created an eco-toxicological experiment"] == "Ron Kendall"
    text = KENDALL.replace("said Ron Kendall .", "said Ron Kendall , the senator .")
    assert dict(_quotes(text))["created an eco-toxicological experiment"] is None


# A dateline's date is no person a pronoun could mean (people._register)

# copy-001040-626946 (heap-10000's reworded copy of a Reuters story): "he noted" was 'Mon May'
DATELINE = (
    "Mon May 24 , 2010 6:12 pm EDT BURAS , Louisiana ( Reuters ) - Some fishermen said they had received "
    "$ 5,000 , others noted they had been given less . \" I own the boat but it 's still registered in the "
    'name of my friend who I bought it from , so I just got $ 2,500 , " he noted .'
)


def test_a_datelines_date_is_no_one_a_pronoun_means() -> None:
    assert [s for _, s in _quotes(DATELINE)] == [None]
