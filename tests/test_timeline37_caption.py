"""A day item that opens its article and is the text's only one is a gallery's top caption, no entry where a
report tells its day (timeline's lone day item); a chronology that opens an article stays its entries.

The caption is T17 bpoil_foxnews/355's; the chronology items are bpoil_bbc/1440's."""

from __future__ import annotations

from newsprism.records import Article
from newsprism.timeline import _read, build_timeline

CAPTION = "June 4 : A crew picks up oil that washed up along Pensacola Beach , Fla. ."
REPORT = (
    "Waves of gooey tar blobs were washing ashore in growing numbers on the white sand of the Florida "
    "Panhandle on June 4 as a slick from the BP spill drifted closer to shore , officials said ."
)
CLOSING = (
    "Officials said the cleanup would go on for months , and residents said they feared for their jobs ."
)


def test_an_opening_lone_day_item_is_a_caption() -> None:
    text = f"{CAPTION} {REPORT} {CLOSING}"
    assert _read(text, "2010-06-06").sentences[0].caption
    pages = [Article(id=f"a{k}", source="t", published="2010-06-06", text=text) for k in range(2)]
    (entry,) = build_timeline(pages, max_dates=1, days_only=True)
    assert entry.date == "2010-06-04"
    assert entry.text == REPORT


def test_a_chronology_opening_an_article_is_no_caption() -> None:
    text = (
        "20 April : A surge in oil and gas causes an explosion on the Deepwater Horizon oil drilling rig . "
        "The blowout preventer is believed to have failed . 22 April : The oil rig sinks and the riser pipe "
        "falls to the seabed ."
    )
    assert not _read(text, "2010-08-10").sentences[0].caption
