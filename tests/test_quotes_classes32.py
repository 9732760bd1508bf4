"""quotes32: a name, then its role after a comma with no closing comma, as the cue after a quote
(bench/README "quotes32"). Cases from heap-10000, in their words."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text, "x", None)]


# bpoil_reuters/256: `," Oswald Clint , oil analyst at Bernstein said` (was Manoj Ladwa, the speaker
# before)
CLINT = (
    '" A lot of the uncertainty is out of the way , and it is slowly but surely getting back to '
    'business , " Manoj Ladwa , senior trader at ETX Capital , said . However , some analysts said the '
    'result was not necessarily a harbinger of better things . " The underlying beat is therefore of '
    'low quality , " Oswald Clint , oil analyst at Bernstein said in a research note .'
)

# bpoil_reuters/1733: `," David Nicholas , a BP spokesman wrote` (was 'BP', the spokesman's company)
NICHOLAS = (
    "A Facebook page launched by the joint U.S. and BP spill response team has over 11,000 followers "
    '. " We want to ensure that we can get out information about the response to this incident as '
    'rapidly and widely as possible , " David Nicholas , a BP spokesman wrote in an email .'
)

# bpoil_reuters/763: a possessive role (`," Robert Reeves , Anadarko 's general counsel said`; was
# the last speaker named before)
REEVES = (
    "Chief Executive Officer Jim Hackett told investors this week his company had nothing to do with "
    'the well design . " There \'s going to be a lot of fingers pointing in a lot of different ways , " '
    "Robert Reeves , Anadarko 's general counsel said on a conference call on Wednesday ."
)


def test_a_name_then_its_role_without_a_closing_comma_after_a_quote_is_its_speaker() -> None:
    found = dict(_quotes(CLINT))
    assert found["The underlying beat is therefore of low quality"] == "Oswald Clint"
    assert found[
        "A lot of the uncertainty is out of the way , and it is slowly but surely getting back to business"
    ] == ("Manoj Ladwa")


def test_a_spokesman_named_before_his_role_is_the_speaker_not_his_company() -> None:
    found = dict(_quotes(NICHOLAS))
    assert (
        found[
            "We want to ensure that we can get out information about the response to this incident as rapidly "
            "and widely as possible"
        ]
        == "David Nicholas"
    )


def test_a_possessive_role_after_the_name() -> None:
    found = dict(_quotes(REEVES))
    assert (
        found["There 's going to be a lot of fingers pointing in a lot of different ways"] == "Robert Reeves"
    )


def test_a_pronoun_after_a_name_in_the_quote_is_no_role() -> None:
    # the name ends the quote's words, addressed; the pronoun's verb is the cue, not "John Smith , she"
    found = dict(_quotes('Mary Jones spoke . " Come here , John Smith , " she later said .'))
    assert found["Come here , John Smith"] != "John Smith"
