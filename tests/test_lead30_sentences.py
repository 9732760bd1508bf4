"""A Reuters instrument code written apart in tokenised text ("( BP . L )") is no sentence's end:
T17's and heap-10000's Reuters stories were cut into "... BP plc ( BP ." and "L ) plans to sell ..."."""

import pytest

from newsprism.analyse.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LONDON , July 27 ( Reuters ) - BP plc ( BP . L ) plans to sell $ 30 billion of assets . It said so .",
            [
                "LONDON , July 27 ( Reuters ) - BP plc ( BP . L ) plans to sell $ 30 billion of assets .",
                "It said so .",
            ],
        ),
        (
            "In Hong Kong , Cathay Pacific Airways ( 0293 . HK ) fell . Others rose .",
            ["In Hong Kong , Cathay Pacific Airways ( 0293 . HK ) fell .", "Others rose ."],
        ),
        # a stop written apart before a bracketed word that is no code still ends its sentence
        ("He went home ( see above ) . N ) was odd .", ["He went home ( see above ) .", "N ) was odd ."]),
        ("The rig blew up . BP shares fell .", ["The rig blew up .", "BP shares fell ."]),
    ],
)
def test_a_tokenised_instrument_code_is_no_sentence_end(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected
