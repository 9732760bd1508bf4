"""summary30: a shortened sentence (candidates._shortened) is never an opening phrase alone whose
comma belongs to an adverb set off after it ("For the next week to 10 days , though , the weather
... ", heap-10000 bpoil_washingtonpost/356, printed in bpoil_bbc/1162's summary as "For the next week
to 10 days , though.")."""

import pytest

from newsprism.summarise.candidates import _shortened


@pytest.mark.parametrize(
    "sentence",
    [
        # heap-10000 bpoil_washingtonpost/356, in its words (cut)
        "For the next week to 10 days , though , the weather and seas are expected to be calm and the company "
        "got the go-ahead from the national incident commander , retired Coast Guard Adm. Thad W. Allen .",
        # ECB 9_6ecb, in its words
        "In a filing with the Interior Department, however, the Natural Resources Defense Council noted that no "
        "evidence of delay and cost was produced to support relaxing the law.",
    ],
)
def test_an_opening_and_its_set_off_adverb_is_no_main_clause(sentence: str) -> None:
    assert not any(head.endswith(("though.", "however.")) for head in _shortened(sentence))


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        # a main clause ending on the adverb stays a head (heap-10000 bpoil_bbc/873, in its words)
        (
            "It has refused to accept blame for the accident , however , as the failed equipment that caused "
            "the explosion was owned and operated by drilling firm Transocean .",
            "It has refused to accept blame for the accident , however.",
        ),
        # an opening with no adverb after it is still skipped, the main clause's trailing clause cut
        (
            "In a filing with the Interior Department, the council noted that no evidence was produced, "
            "according to a statement released on Monday.",
            "In a filing with the Interior Department, the council noted that no evidence was produced.",
        ),
    ],
)
def test_controls(sentence: str, head: str) -> None:
    assert _shortened(sentence) == [head]
