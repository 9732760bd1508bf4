"""corroborate (claims38): a teller is found before or after more verbs of telling than "said": "argued",
"emphasised", "insisted", "noted", "warned", "wrote" ... so one teller's two remarks told with two of
them are two facts ("BP chief operating officer Doug Suttles emphasised that there was no reason for
celebration yet" / "BP chief operating officer, Doug Suttles, said engineers would be checking
carefully": heap-10000 event 524, claims_precision37's W). Real excerpts of heap-10000; the control is
marked.
"""

from __future__ import annotations

import pytest

from newsprism.corroborate.predicates import _teller
from test_claims34_backing import corroborated  # two outlets' articles, their corroborated claims


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            'BP chief operating officer Doug Suttles emphasised that there was no reason for " celebration " '
            "yet , particularly for those in areas already damaged by oil .",
            "BP chief operating officer , Doug Suttles , said engineers would be checking carefully to make "
            "sure no oil was escaping from previously undiscovered leaks .",
        ),
        (
            "Retired Coast Guard Adm. Thad Allen , the Obama administration 's spill response chief , insisted "
            'Sunday that " nothing has changed " since Saturday .',
            "Retired Coast Guard Adm. Thad Allen says Monday afternoon that the leaks are so far not a major "
            "concern .",
        ),
    ],
    ids=["emphasised", "insisted"],
)
def test_one_tellers_two_remarks_back_no_claim(a: str, b: str) -> None:
    assert corroborated(a, b) == []


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "Shadow energy secretary Ed Miliband noted the best course of action was an inquiry .",
            "Shadow energy secretary Ed Miliband ",
        ),
        ("The tests were not run at the Macondo well , Bartlit wrote .", ", Bartlit wrote ."),
    ],
)
def test_more_verbs_of_telling_have_a_teller(text: str, teller: str) -> None:
    assert _teller(text) == teller


def test_one_remark_told_with_two_verbs_is_corroborated() -> None:
    # control: the remark itself is shared, whoever tells it
    a = "Senate Majority Leader Mitch McConnell warned that a stimulus deal with Pelosi would divide Republicans before Election Day."
    b = "McConnell said a stimulus deal with Nancy Pelosi would divide Senate Republicans before Election Day."
    assert len(corroborated(a, b)) == 1
