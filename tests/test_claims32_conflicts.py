"""corroborate (claims32): the last three false conflicts on heap-10000 (bench/make_corpus.py over the dev
sets), each a real excerpt of the heap's event: a thing named by its owner ("Transocean Horizon" /
"Deepwater Horizon": compare._owner_named), a comparison's other term ("compared with $ 2.9 bn for the
second quarter of 2009": compare._baseline) and a link's label left in the text ("Federal Reserve Opens a
New Window. board": statements._LINK_LABEL). Each has its control, which still conflicts.
"""

from __future__ import annotations

from newsprism.corroborate import corroborate
from newsprism.records import Article


def conflicts(*texts: tuple[str, str]) -> list[dict[str, str]]:
    """The values of each conflict of one event whose articles are (outlet, text)."""
    articles = [Article(id=f"a{k}", source=f"a{k}.txt", text=t, outlet=o) for k, (o, t) in enumerate(texts)]
    return [dict(c.values) for c in corroborate(articles) if c.status == "conflict"]


# heap-10000 event 473 (bpoil_bbc/1870, bpoil_reuters/948, bpoil_foxnews/1621)
ACCUSED = (
    "The company has been accused of failing to follow proper procedures in the run-up to the explosion "
    "on the Deepwater Horizon rig on 20 April ."
)
SANK = (
    "BP 's Macondo well in the U.S. Gulf of Mexico continues to spill oil into the Gulf after deadly "
    "explosions sank the Transocean Horizon rig in late April ."
)
# a page naming the owner a company (made up: the event's Fox News page writes "the drilling rig Deepwater
# Horizon , owned by Transocean Ltd.", whose rig words in a three-sentence event lower the pair's weights)
OWNED = "Shares of Transocean Ltd. , the owner of the rig , fell 3 percent in New York on Wednesday ."


def test_a_rig_named_by_its_owner_is_no_conflict() -> None:
    assert conflicts(("bbc", ACCUSED), ("reuters", SANK), ("foxnews", OWNED)) == []
    # the control: without a page naming Transocean a company, "Transocean" may be a name's first
    # word (a person's, a ship's) like any other
    assert conflicts(("bbc", ACCUSED), ("reuters", SANK)) != []


# heap-10000 event 551 (bpoil_bbc, bpoil_washingtonpost)
COMPARED = (
    "Stripping out the oil spill costs , BP made a second quarter profit , on a replacement cost basis , "
    "of $ 5bn , compared with $ 2.9 bn for the second quarter of 2009 ."
)
DECLARED = (
    "Without costs from the spill , the company would have declared a profit of $ 5.6 billion for the "
    "second quarter ."
)


def test_a_comparisons_other_term_is_no_disputed_figure() -> None:
    assert conflicts(("bbc", COMPARED), ("washingtonpost", DECLARED)) == []
    # the control (made up): the year before given as a figure of its own still conflicts
    stated = COMPARED.replace("of $ 5bn , compared with $ 2.9 bn", "of $ 2.9 bn")
    assert conflicts(("bbc", stated), ("washingtonpost", DECLARED)) == [
        {"a0": "$ 2.9 bn", "a1": "$ 5.6 billion"}
    ]


# heap-10000 event 1102 (Coastal Times, North Star News)
LABELLED = (
    "President Trump Opens a New Window. wants to appoint Herman Cain, the former Republican presidential "
    "candidate, to the Federal Reserve Opens a New Window. board, but is waiting for the completion of his "
    "background check before making a formal announcement."
)
NOMINATES = (
    "That should be the Senate’s response if President Trump actually nominates his friend Herman Cain, the "
    "former pizza magnate turned failed Republican presidential candidate, to the Federal Reserve Board, as "
    "Trump said he plans to do."
)


def test_a_links_label_is_read_as_no_part_of_the_text() -> None:
    articles = [
        Article(id="a", source="a.txt", text=LABELLED, outlet="Coastal Times"),
        Article(id="b", source="b.txt", text=NOMINATES, outlet="North Star News"),
    ]
    claims = corroborate(articles)
    assert [c for c in claims if c.status == "conflict"] == []
    assert any(
        c.evidence.get("a", "").startswith("President Trump wants to appoint Herman Cain") for c in claims
    )
    # the control (made up): another board named in its place still conflicts
    jensen = LABELLED.replace("Reserve Opens a New Window. board", "Jensen Board")
    assert conflicts(("Coastal Times", jensen), ("North Star News", NOMINATES)) == [
        {"a0": "Federal Jensen Board", "a1": "Federal Reserve Board"}
    ]


def test_a_new_window_in_prose_is_left_as_written() -> None:
    text = (
        "The ruling opens a new window for the talks , the lawyers for the three companies said on Monday ."
    )
    (claim,) = corroborate([Article(id="a", source="a.txt", text=text, outlet="x")])
    assert claim.evidence["a"] == text


# heap-10000 event 759 (Morning Courier, Metro Wire)
UPHELD = (
    "The 9th U.S. Circuit Court of Appeals upheld an injunction barring enforcement of key provisions of "
    "President Donald Trump’s second executive order on refugees and migrants Monday."
)
NINTH = (
    "The Ninth Circuit Court of Appeals upheld a Hawaii judge’s ruling barring Donald Trump’s travel ban, "
    "which would prevent all entries from six majority-Muslim countries for 90 days."
)


def test_a_country_is_a_numbered_things_only_when_written_after_its_number() -> None:
    assert conflicts(("Morning Courier", UPHELD), ("Metro Wire", NINTH)) == []
    # made up: a country's fleet and a numbered one are two fleets, the US Navy's Fifth Fleet no
    # Russian one ("Russian Fleet" / "Fifth Fleet" was no conflict at claims31's 2ad0fe0)
    russian = "Warships of the Russian Fleet sailed into the Gulf of Oman on Monday , the navy said ."
    fifth = "Warships of the Fifth Fleet sailed into the Gulf of Oman on Monday , the navy said ."
    assert conflicts(("bbc", russian), ("reuters", fifth)) == [{"a0": "Russian Fleet", "a1": "Fifth Fleet"}]
