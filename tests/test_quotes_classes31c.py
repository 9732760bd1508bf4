"""quotes31c: a role, then its holder's name between commas, as the cue after a quote (bench/README
"quotes31c"). Cases from heap-10000, in their words."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text, "x", None)]


# bpoil_reuters/1289: `," one visitor , Grace Vondohlen , said` (was 'he', the speaker before)
VONDOHLEN = (
    'Sales of rents are down a little bit , " he said . Beachgoers on Pensacola Beach , many of them '
    "children , picked up rust-colored tar blobs , ranging in size from a button to a table-tennis "
    "ball , scattered along the sugar-white sands . \" It 's pretty sad because we go here on vacation "
    "every summer , and now we wo n't be able to go anymore . I just ca n't believe it , because it "
    'used to be all just white sand , " one visitor , Grace Vondohlen , said . Buck Lee , director of '
    "the Santa Rosa Island Authority , said the beach was open ."
)

# bpoil_guardian/1693: `," a spokesman , Philip Crowley , said` (was Charles Schumer's, named earlier)
CROWLEY = (
    'Senator Charles Schumer said : " It is a disgrace . " The state department has been sympathetic '
    'to anger in the US over his release . " There was an expectation from last August that Mr '
    'Megrahi had only a few months to live , " a spokesman , Philip Crowley , said .'
)

# bpoil_guardian/1685: a possessive role (`," the BP boss , Tony Hayward , told the Wall Street
# Journal`; was Nick Clegg's)
HAYWARD = (
    'Nick Clegg said : " It does need to be dealt with . " The company \'s board of directors is '
    'considering deferring the payment . " We are considering all options on the dividend , but no '
    'decision has been made , " the BP boss , Tony Hayward , told the Wall Street Journal .'
)


def test_a_role_then_a_name_between_commas_after_a_quote_is_its_speaker() -> None:
    found = dict(_quotes(VONDOHLEN))
    assert (
        found[
            "It 's pretty sad because we go here on vacation every summer , and now we wo n't be able to "
            "go anymore . I just ca n't believe it , because it used to be all just white sand"
        ]
        == "Grace Vondohlen"
    )
    assert dict(_quotes(CROWLEY))[
        "There was an expectation from last August that Mr Megrahi had only a few months to live"
    ] == ("Philip Crowley")
    assert dict(_quotes(HAYWARD))[
        "We are considering all options on the dividend , but no decision has been made"
    ] == ("Tony Hayward")
