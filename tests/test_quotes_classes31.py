"""quotes31: the classes session 22 left (bench/README "quotes31"). Cases from heap-10000 and BASIL
dev pages, in their words."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text, "x", None)]


# bpoil_bbc/1750: a sentence that opens with "But for the first time" and no comma, then its subject
LEAD_PHRASE = (
    'Rahm Emanuel said the incident had " just been part of a long line of PR gaffes " . " To quote '
    "Tony Hayward , he 's got his life back , \" he said . But for the first time Tony Hayward "
    'defended his move to take some time off , and said he would do it again . " I have to confess '
    ', at the time I was pretty angry actually . " I had n\'t seen my son for three months . " I '
    'wanted to see my son , " he told the program .'
)


def test_a_subject_after_an_opening_phrase_with_no_comma() -> None:
    found = dict(_quotes(LEAD_PHRASE))
    # was Rahm Emanuel's, the speaker before the narration (quotes30's rule 9 found no subject)
    assert found["I have to confess , at the time I was pretty angry actually ."] == "Tony Hayward"
    assert found["I wanted to see my son"] == "Tony Hayward"


def test_a_name_inside_the_opening_phrase_is_no_subject() -> None:
    # control (heap-10000 bpoil_foxnews/1129): a name run that a noun follows modifies the phrase
    # ("At a recent White House meeting"); taken as a subject, "the president" became 'White House'
    text = (
        "President Obama is losing patience . At a recent White House meeting on the oil spill , the "
        'president reportedly snapped , " just plug the damn hole . "'
    )
    assert _quotes(text) == [("just plug the damn hole .", "Obama")]


# BASIL 2058ec60_2: a quote that opens its sentence inside a paragraph, after a sentence that
# reports the subject's words, with no quote before it in the paragraph
TOLD_IN_PARAGRAPH = (
    "Wal-Mart's appeal is asking the Supreme Court to stop the case.\n\n"
    "On Tuesday, Dukes walked out of the courthouse full of confidence and poise saying she feels no "
    'anger toward her bosses or anyone else. "Wal-Mart may be a big company and that is no doubt. '
    "But they are not big enough where they can't be challenged in a court of law.\"\n\n"
    "The case started a decade ago when Wal-Mart worker Betty Dukes said the management was "
    "bypassing her."
)


def test_a_quote_after_reported_words_inside_a_paragraph() -> None:
    # was None: rule 9 (quotes30) read only a quote with a quote before it in its paragraph
    assert _quotes(TOLD_IN_PARAGRAPH)[0][1] == "Betty Dukes"
    text = (
        "Former Vice President Joe Biden on Friday told the Des Moines Register editorial board "
        "that he would not testify. \"The reason I wouldn't is because it's all designed to deal "
        'with Trump."'
    )
    assert _quotes(text)[0][1] == "Joe Biden"


def test_a_quote_that_ends_in_a_comma_has_its_own_cue() -> None:
    # heap-10000 bpoil_washingtonpost/2118: the cue after the quote names another ("summarizes"
    # is no verb the cues read); Annie Lowrey, the subject before, did not say it
    text = (
        "Annie Lowrey notes a J.P. Morgan Chase analysis suggesting the BP spill will raise GDP . "
        '" Cleaning up the spill will likely be enough to offset the impact , J.P. Morgan said , " '
        "summarizes Luca Di Leo ."
    )
    assert _quotes(text)[0][1] != "Annie Lowrey"
    # control (t17 bpoil_washingtonpost/1435): the cue after it is the one asked's surname
    text = (
        "Coast Guard Capt. Jason Mathews led the panel . Mathews asked John Guide , the BP well team leader for the Macondo job , whether "
        'cost-consciousness colored decisions involving safety . " No sir , " Guide answered .'
    )
    assert _quotes(text) == [("No sir", "John Guide")]


def test_a_tag_with_its_own_subject_after_a_comma() -> None:
    # neus train-930-1: "his campaign said" is the campaign's statement, not Sanders's own words
    text = (
        "Bernie Sanders will cancel campaign events until further notice after he experienced chest "
        "discomfort at a campaign event on Tuesday evening, his campaign said. “During a campaign "
        "event yesterday evening, Sen. Sanders experienced some chest discomfort.”"
    )
    assert _quotes(text)[0][1] is None


def test_a_relative_before_a_name_after_the_quote() -> None:
    # heap-10000 bpoil_washingtonpost/1875: "widow" is a noun for a person before a name, as
    # "witness" or "wife" are (was None)
    text = (
        'Crew member Shane Roshto shared a dark assessment with his wife . " From Day One he deemed '
        'this hole a well from hell , " widow Natalie Roshto told an investigating panel Thursday .'
    )
    assert _quotes(text) == [("From Day One he deemed this hole a well from hell", "Natalie Roshto")]
    # ecbplus 21_3: "said her nephew, Ravi Singh"
    text = (
        "Chohan later died.\n“We are really just shocked,” said her nephew, Ravi Singh, 32, of Coney Island."
    )
    assert _quotes(text) == [("We are really just shocked", "Ravi Singh")]


def test_a_participle_after_the_quote_has_no_subject_after_it() -> None:
    # heap-10000 bpoil_bbc/1571: `, adding the spill " …"`: 'the spill' is the object clause's
    # subject; the participle hangs on "He" (was None for both)
    text = (
        "London Olympics chairman Lord Coe has said the Gulf of Mexico oil spill will not harm BP . "
        'He said the oil giant was a " trusted partner " , adding the spill " does not make a '
        'difference to us at all " .'
    )
    assert _quotes(text) == [("trusted partner", "Coe"), ("does not make a difference to us at all", "Coe")]


def test_a_long_apposition_between_the_name_and_its_verb() -> None:
    # heap-10000 bpoil_foxnews/1570: an apposition of 84 characters (was Linda McCauley, the
    # speaker before)
    text = (
        '" You really are talking about a triangle of heat , " Linda McCauley , dean of Emory '
        "University 's School of Nursing , said . The mental health of the workers could be fragile . "
        '" Individuals who have been directly affected by it are being told to terminate it , " Victor '
        "Sims , a clinical social worker and counselor at West Jefferson Behavior Medicine Center , "
        "told FoxNews.com ."
    )
    assert _quotes(text)[1][1] == "Victor Sims"


def test_a_long_run_that_opens_with_a_capital_is_no_apposition() -> None:
    # l3s_gn1 224aa27e: 'Tel Aviv' is no subject of "who cautioned" (a clause between, no apposition)
    text = (
        "After a red-carpet airport arrival in Tel Aviv, Bush flew by helicopter to Jerusalem for "
        "talks with Olmert and Israeli President Shimon Peres, who cautioned that peace negotiations "
        '"may be slow, but the progress can be sweet."'
    )
    assert _quotes(text) == [("may be slow, but the progress can be sweet.", "Shimon Peres")]


def test_a_sentence_after_the_quote_that_reports_a_named_clause() -> None:
    # heap-10000 bpoil_reuters/2128: `." Lawyers said BP might ...` reports a clause of its own,
    # as "said he is relieved" does; the quote goes on with "he" (was 'Lawyers')
    text = (
        'Chief Executive James Hackett said the spill was " preventable " . " We will be looking at '
        'our contractual remedies , " he said in an interview . " We are focusing on the fact that '
        'there appears to be gross negligence . " Lawyers said BP would also seek to recover costs .'
    )
    assert _quotes(text)[-1] == (
        "We are focusing on the fact that there appears to be gross negligence .",
        "James Hackett",
    )


def test_admits_and_summarized_after_the_quote() -> None:
    # l3s_gn1 599fc2eb and heap-10000 copy-000570: cues whose verb the cues did not read (was None
    # and Michael Steele, the speaker before)
    text = (
        "Director Anniruddha Roy Choudhary spoke to us . Was the Bengali version not released a year "
        'back? "Yes it was," admits the director. "But the theatrical releases were only in Bengali."'
    )
    assert [s for _, s in _quotes(text)] == ["Anniruddha Roy Choudhary"] * 2
    text = (
        "Michael Steele said the party was united . Dan Senor , a former adviser , disagreed .\n\n"
        "“It’s completely inconsistent with this latest statement,” summarized Senor."
    )
    assert _quotes(text)[-1] == ("It’s completely inconsistent with this latest statement", "Dan Senor")


def test_remarks_and_answered_stay_no_speech_verbs() -> None:
    # controls (heap-10000 bpoil_washingtonpost/1535, bpoil_guardian/1029): "remarks" is a noun as
    # often, "answered" a passive or a perfect with an object
    text = (
        "White House chief of staff Rahm Emanuel spoke on Sunday . Emanuel , in his remarks to ABC , "
        'criticized Hayward for a " long line of PR gaffes and mistakes . "'
    )
    assert _quotes(text) == [("long line of PR gaffes and mistakes .", "Rahm Emanuel")]


def test_the_agent_of_a_speech_verb_in_the_passive() -> None:
    # heap-10000 bpoil_bbc/2016 (was None) and neus train-2223-2 (was Donald Trump, the subject)
    text = (
        'Greenpeace activists shut down 50 BP stations . The action was described by BP as " an '
        'irresponsible and childish act which is interfering with safety systems " .'
    )
    assert _quotes(text)[0][1] == "BP"
    text = (
        "Sudan and Israel have agreed to normalise relations, US President Donald Trump announced on "
        "Friday at the White House, a move that was denounced by Palestinians as a “new stab in the back”."
    )
    assert _quotes(text) == [("new stab in the back", "Palestinians")]
    # control: no agent before the quote
    assert _quotes('The plan was described as "a disaster" by critics.') == [("a disaster", None)]


def test_the_quotes_of_a_sentence_whose_last_quote_has_its_cue_after_it() -> None:
    # ecbplus 8_3ecbplus: the fragments before the last quote were Van Rompuy's, the speaker before
    text = (
        'Van Rompuy insisted the debt problems in Spain and Portugal had "absolutely nothing to do with '
        'the situation in Greece."\n"Greece is a unique and particular case in the EU" because of its '
        '"precarious debt dynamics" and because it "has cheated with its statistics for years and '
        'years," EU Commissioner Olli Rehn said.'
    )
    assert [s for _, s in _quotes(text)] == ["Van Rompuy", "Olli Rehn", "Olli Rehn", "Olli Rehn"]


def test_one_word_in_quotes_before_an_according_to_source_keeps_out() -> None:
    # control (heap-10000 bpoil_reuters/1793): a writer's terms, and "according to" names a source
    text = (
        'Just two out of 37 brokers have an " underperform " or " sell " rating on BP \'s stock , and '
        'over two-thirds rate it " buy " or " strong buy , " according to Thomson Reuters data .'
    )
    assert "Thomson Reuters" not in [s for _, s in _quotes(text)[:3]]


def test_words_quoted_after_two_sentences_of_narration_are_the_writers() -> None:
    # heap-10000 bpoil_guardian/328 (one line, as the page is): Sting's dedication was Larry King's,
    # the speaker of the quote two sentences before
    text = (
        'Larry King explained the purpose of his CNN telethon . " Remember bureaucracy is slow , " he '
        "said . The show turned itself over to two hours "
        "of fundraising . The celebrities on offer were decidedly B-list . Headlining this time was "
        'Sting , who performed his song Fragile , dedicating it to " all the people in the Gulf who '
        'have lost their livelihoods " .'
    )
    assert _quotes(text)[-1] == ("all the people in the Gulf who have lost their livelihoods", None)
    # control: one sentence of narration between, the statement goes on
    text = (
        'Larry King explained the telethon . " We will do our best , " he said . The show ran for two '
        'hours , as King put it , " to get it there pronto " .'
    )
    assert _quotes(text)[-1] == ("to get it there pronto", "Larry King")
