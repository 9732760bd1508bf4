"""corroborate (claims37): two statements sharing the words of one name and nothing else back no claim,
however alike their words ("The World Health Organisation says it has confirmed 236 cases" / "We will be
kept continually updated by the World Health Organisation": who they are about, not a fact both tell).
Two or more names shared are a fact told in names ("Obama called Yudhoyono and Rudd" / "Obama telephoned
Rudd and Yudhoyono"). Real excerpts of heap-10000 (event 172) and ecbplus (Croatia's referendum); the
control is marked.
"""

from __future__ import annotations

import pytest

from newsprism.corroborate.align import _PlainWords
from newsprism.corroborate.statements import _statements
from newsprism.records import Article
from test_claims34_backing import corroborated  # two outlets' articles, their corroborated claims

WHO = "The World Health Organisation says it has confirmed 236 cases , up from 148 yesterday ."
WHO_UPDATES = 'We will be kept continually updated by the World Health Organisation . "'


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (WHO, WHO_UPDATES),
        (
            "The Central Election and Referendum Commission declared the election valid.",
            "The Central Election Commission said that turnout was almost 90%.",
        ),
    ],
    ids=["who", "election-commission"],
)
def test_two_statements_sharing_one_name_only_back_no_claim(a: str, b: str) -> None:
    assert corroborated(a, b) == []


def test_a_fact_told_in_two_names_is_corroborated() -> None:
    # control: who called whom, told in the names of both
    a = "Obama called Indonesian President Susilo Bambang Yudhoyono and Australian Prime Minister Kevin Rudd."
    b = "Obama telephoned Kevin Rudd and Susilo Bambang Yudhoyono on Sunday."
    assert len(corroborated(a, b)) == 1


def test_one_name_is_read_from_the_statements_values() -> None:
    statements = [
        s
        for k, text in enumerate([WHO, WHO_UPDATES])
        for s in _statements(Article(id=f"a{k}", source=f"a{k}.txt", text=text), f"outlet{k}")
    ]
    plain = _PlainWords(statements)
    assert plain.one_name(0, 1)
    assert plain.one_name(1, 0)
    assert not plain.one_name(0, 0)  # a statement shares its plain words with itself
