"""corroborate (claims32): a photo gallery's caption ("May 17 : A ship 's wake cuts through ...") aligns with
another outlet's statement only when the two are as alike as SURE_COSINE (statements._CAPTION). Real
excerpts of heap-10000 (bench/make_corpus.py over the dev sets): Fox News' captions of the BP spill.
"""

from __future__ import annotations

from newsprism.corroborate import corroborate
from newsprism.records import Article


def corroborated(caption: str, other: str) -> list[str]:
    """The corroborated claims of a Fox News caption and another outlet's text."""
    articles = [
        Article(id="a", source="a.txt", text=caption, outlet="foxnews"),
        Article(id="b", source="b.txt", text=other, outlet="guardian"),
    ]
    return [c.text for c in corroborate(articles) if c.status == "corroborated"]


def test_a_caption_backs_no_other_outlets_statement_of_the_same_topic() -> None:
    # event 406 (claims_precision31.tsv: W) and event 507
    wake = "May 17 : A ship 's wake cuts through a pattern of oil near the site of the Deepwater Horizon oil spill in the Gulf of Mexico ."
    hayward = (
        "BP chief executive Tony Hayward in his own words The BP boss has had plenty to say about the Gulf "
        "coast oil spill . Tony Hayward , CEO of BP , has admitted mistakes early on in the Deepwater Horizon "
        "Gulf oil spill , and that he ` did not know ' if his job was under threat ."
    )
    assert corroborated(wake, hayward) == []
    fire = "Apr. 21 : Fire boat crews battle the blazing remnants of the offshore oil rig Deepwater Horizon ."
    spew = "Up to 5,000 barrels of oil a day continue to spew into the water beneath the site of the Deepwater Horizon rig ."
    assert corroborated(fire, spew) == []


def test_a_caption_as_alike_as_a_sure_match_still_backs_it() -> None:
    # event 488: the hearing the photo shows, told by the Guardian
    testifies = (
        "June 17 : BP CEO Tony Hayward testifies during a House Oversight and Investigations subcommittee "
        "hearing on the role of BP in the Deepwater Horizon Explosion and oil spill , on Capitol Hill in Washington ."
    )
    arrives = (
        "Andrew Clark follows his defense of his company 's handling of the Deepwater Horizon oil spill "
        "Protesters stand behind BP 's chief executive , Tony Hayward , as he arrives on Capitol Hill to "
        "testify before the House Oversight and Investigations subcommittee ."
    )
    assert len(corroborated(testifies, arrives)) == 1
