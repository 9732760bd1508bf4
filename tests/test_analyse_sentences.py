"""Sentence splitting: a table of real news sentences (clustering dev docs), and offset properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.analyse.sentences import Sentence, split_sentences

# (text, expected sentences); texts taken from ../shared/data/clustering/*/docs.jsonl
CASES: list[tuple[str, list[str]]] = [
    (
        "but winning no votes from them. Mr. Obama singled out the Republican leaders.",
        ["but winning no votes from them.", "Mr. Obama singled out the Republican leaders."],
    ),
    (
        "The report says the earthquake struck the island at 5:11 p.m. local time.\n"
        "The U.S. Geological Survey put the quake's strength at magnitude-5.4.",
        [
            "The report says the earthquake struck the island at 5:11 p.m. local time.",
            "The U.S. Geological Survey put the quake's strength at magnitude-5.4.",
        ],
    ),
    (
        "Mr. Sheridan is representing the campaign along with Robert D. Luskin; both are partners.",
        ["Mr. Sheridan is representing the campaign along with Robert D. Luskin; both are partners."],
    ),
    (
        "For that year, the budget was $640 million. It steadily climbed to $1.6 billion in fiscal 2010. "
        "It dipped to $1.5 billion the following year.",
        [
            "For that year, the budget was $640 million.",
            "It steadily climbed to $1.6 billion in fiscal 2010.",
            "It dipped to $1.5 billion the following year.",
        ],
    ),
    (
        "and classify sometimes-heated parent protests as “domestic terrorism.” The NSBA suggested otherwise.",
        [
            "and classify sometimes-heated parent protests as “domestic terrorism.”",
            "The NSBA suggested otherwise.",
        ],
    ),
    (
        "Nemo resideo is a Latin phrase that means, “Leave no one behind.” It is a fundamental value.",
        ["Nemo resideo is a Latin phrase that means, “Leave no one behind.”", "It is a fundamental value."],
    ),
    (
        "Groundhog Day certainly got a workout this past year, didn’t it? It’s almost as if the alarm went off.",
        [
            "Groundhog Day certainly got a workout this past year, didn’t it?",
            "It’s almost as if the alarm went off.",
        ],
    ),
    (
        '“And I say wait for what? Wait until when?"\n\nA voice-over at the end of the ad underscores it.',
        [
            "“And I say wait for what?",
            'Wait until when?"',
            "A voice-over at the end of the ad underscores it.",
        ],
    ),
    (
        "Former Facebook Inc. employee Frances Haugen detailed the internal research.",
        ["Former Facebook Inc. employee Frances Haugen detailed the internal research."],
    ),
    (
        'In 2005, Time Warner Inc. and HBO Films released "The Notorious Bettie Page," a feature film.',
        ['In 2005, Time Warner Inc. and HBO Films released "The Notorious Bettie Page," a feature film.'],
    ),
    (
        "Sen. Joe Manchin dealt a blow to fellow Democrats and President Joe Biden.",
        ["Sen. Joe Manchin dealt a blow to fellow Democrats and President Joe Biden."],
    ),
    (
        '"It\'s something no business can prepare for," Const. Fanning said. Police were called.',
        ['"It\'s something no business can prepare for," Const. Fanning said.', "Police were called."],
    ),
    (
        "The news came along with Rochester Police Department Dep. Chief Joseph Morabito.",
        ["The news came along with Rochester Police Department Dep. Chief Joseph Morabito."],
    ),
    (
        "The last US military planes have left Afghanistan, Gen. Frank McKenzie announced Monday.",
        ["The last US military planes have left Afghanistan, Gen. Frank McKenzie announced Monday."],
    ),
    (
        "Representative James E. Clyburn, the No. 3 House Democrat, said Monday that it mattered.",
        ["Representative James E. Clyburn, the No. 3 House Democrat, said Monday that it mattered."],
    ),
    (
        '"Everyone was respectful," said Juror No. 8, one of six women on the panel.\n"We were able to talk."',
        [
            '"Everyone was respectful," said Juror No. 8, one of six women on the panel.',
            '"We were able to talk."',
        ],
    ),
    (
        "FERGUSON, Mo. — Attorney General Eric H. Holder Jr. arrived in St. Louis on Wednesday.",
        ["FERGUSON, Mo. — Attorney General Eric H. Holder Jr. arrived in St. Louis on Wednesday."],
    ),
    (
        "Holder met officials from the St. Louis-based U.S. attorney's office and the local FBI office.",
        ["Holder met officials from the St. Louis-based U.S. attorney's office and the local FBI office."],
    ),
    (
        "Republicans will institute the rules when they assume the majority on Jan. 5. After handing out "
        "pocket-size Constitutions, they read it.",
        [
            "Republicans will institute the rules when they assume the majority on Jan. 5.",
            "After handing out pocket-size Constitutions, they read it.",
        ],
    ),
    (
        "They must be finalized by Dec. 19 in order for them go into effect before Jan. 20.\nIn a related "
        "development, the Interior Department also acted.",
        [
            "They must be finalized by Dec. 19 in order for them go into effect before Jan. 20.",
            "In a related development, the Interior Department also acted.",
        ],
    ),
    (
        'saying it means "not having big government crowd out civic society, but ... having enough space."',
        ['saying it means "not having big government crowd out civic society, but ... having enough space."'],
    ),
    (
        "“My man! You are the man,” Holder said as Johnson walked in.\n\nAfter the meeting, they left.",
        ["“My man!", "You are the man,” Holder said as Johnson walked in.", "After the meeting, they left."],
    ),
    (
        "We welcome you to Democracy Now! Can you lay out for us exactly when this all began?",
        ["We welcome you to Democracy Now!", "Can you lay out for us exactly when this all began?"],
    ),
    (
        "Johnson was struck outside the store around 7 p.m. Wednesday.\nParamedics rushed Johnson to hospital.",
        [
            "Johnson was struck outside the store around 7 p.m. Wednesday.",
            "Paramedics rushed Johnson to hospital.",
        ],
    ),
    (
        '"Everything seemed under control. They did a great job."\nJust before 7 p.m. Friday, the lights blazed.',
        [
            '"Everything seemed under control.',
            'They did a great job."',
            "Just before 7 p.m. Friday, the lights blazed.",
        ],
    ),
    (
        "if the fire reached the adjacent Crowley Maritime Corp. fuel sales office next door.",
        ["if the fire reached the adjacent Crowley Maritime Corp. fuel sales office next door."],
    ),
    (
        "The United States is circulating a proposal in the U.N. Security Council on Somalia.",
        ["The United States is circulating a proposal in the U.N. Security Council on Somalia."],
    ),
    (
        "The changes were used by U.N. Ambassador Susan Rice.\n\nThe cache of emails paint a fuller picture.",
        [
            "The changes were used by U.N. Ambassador Susan Rice.",
            "The cache of emails paint a fuller picture.",
        ],
    ),
    (
        '"The moratorium is one such decision," D.C. District Court Judge Dabney Friedrich ruled.',
        ['"The moratorium is one such decision," D.C. District Court Judge Dabney Friedrich ruled.'],
    ),
    (
        "A hungry, wet and barefoot Arcade Joseph Comeaux Jr. was caught in northeast Houston.",
        ["A hungry, wet and barefoot Arcade Joseph Comeaux Jr. was caught in northeast Houston."],
    ),
    (
        "WASHINGTON -- Former Rep. Jesse Jackson Jr. (D-Ill.) pleaded guilty in a federal courtroom.",
        ["WASHINGTON -- Former Rep. Jesse Jackson Jr. (D-Ill.) pleaded guilty in a federal courtroom."],
    ),
    (
        "Lindsay Lohan checks into rehab at Betty Ford Center, rehires lawyer Shawn Holley\n"
        "Actress Lindsay Lohan finally checked into rehab late Thursday.\nPUBLISHED: THURSDAY, MAY 2, 2013",
        [
            "Lindsay Lohan checks into rehab at Betty Ford Center, rehires lawyer Shawn Holley",
            "Actress Lindsay Lohan finally checked into rehab late Thursday.",
            "PUBLISHED: THURSDAY, MAY 2, 2013",
        ],
    ),
    (
        "Rahm Emanuel, the chief of staff, asked Mr. Clinton last summer to explore options.",
        ["Rahm Emanuel, the chief of staff, asked Mr. Clinton last summer to explore options."],
    ),
    (
        "President John F. Kennedy was shot in Dallas. J.R.R. Tolkien wrote the books.",
        ["President John F. Kennedy was shot in Dallas.", "J.R.R. Tolkien wrote the books."],
    ),
    (
        "The company earned 3.14 cents a share. Dr. Smith disagreed.",
        ["The company earned 3.14 cents a share.", "Dr. Smith disagreed."],
    ),
    (
        "More at https://www.example.com/news/story.html. Write to tips@example.com. Thanks.",
        ["More at https://www.example.com/news/story.html.", "Write to tips@example.com.", "Thanks."],
    ),
    (
        "The plan has three steps:\n1. Cut taxes.\n2. Raise spending.",
        ["The plan has three steps:\n1. Cut taxes.", "2. Raise spending."],
    ),
    (
        "Troops moved into the U.S. The deployment began on Friday.",
        ["Troops moved into the U.S.", "The deployment began on Friday."],
    ),
    (
        "Shares of Apple Inc. rose. But analysts were cautious.",
        ["Shares of Apple Inc. rose.", "But analysts were cautious."],
    ),
    (
        "He said (as he often does.) The crowd cheered.",
        ["He said (as he often does.)", "The crowd cheered."],
    ),
    (
        "“Stop!” he shouted. Nobody did.",
        ["“Stop!” he shouted.", "Nobody did."],
    ),
    (
        "The vote was delayed... Then it passed 52-48.",
        ["The vote was delayed...", "Then it passed 52-48."],
    ),
    (
        "Gov. Gavin Newsom of Calif. signed the bill, i.e. the budget, on Monday.",
        ["Gov. Gavin Newsom of Calif. signed the bill, i.e. the budget, on Monday."],
    ),
    (
        "Lt. Col. Alexander Vindman testified in Roe v. Wade terms. It was 10 a.m. The hearing ended.",
        [
            "Lt. Col. Alexander Vindman testified in Roe v. Wade terms.",
            "It was 10 a.m.",
            "The hearing ended.",
        ],
    ),
    (
        "A new flu virus has the potential to become a pandemic , the WHO 's chief says . Margaret Chan said so .",
        [
            "A new flu virus has the potential to become a pandemic , the WHO 's chief says .",
            "Margaret Chan said so .",
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_real_news_cases(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_offsets_and_record() -> None:
    text = "  First one.  Second one?\n\nThird!  "
    sentences = split_sentences(text)
    assert sentences == [
        Sentence("First one.", 2, 12),
        Sentence("Second one?", 14, 25),
        Sentence("Third!", 27, 33),
    ]


def test_empty_and_blank() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n\t") == []


def test_refuses_a_list_of_texts() -> None:
    with pytest.raises(TypeError, match="one text as a str"):
        split_sentences(["a text"])  # type: ignore[arg-type]


_NEWSY = st.lists(
    st.sampled_from([*'aB. ?!\n"”)(U.S$1,', "Mr.", "No.", "The", "\n\n", "...", "\u2026", "e.g."]),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), _NEWSY))
def test_offsets_slice_cover_and_order(text: str) -> None:
    sentences = split_sentences(text)
    previous_end = 0
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        assert previous_end <= sentence.start < sentence.end
        previous_end = sentence.end
    covered = "".join(s.text for s in sentences)
    assert "".join(text.split()) == "".join(covered.split())
