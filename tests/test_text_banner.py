"""A site's banner printed twice on the page gives way to the headline below it (text.pick_headline,
text.printed_twice)."""

from __future__ import annotations

import numpy as np

from newsprism.extract import extract
from newsprism.extract.text import HEADLINE_FEATURES, pick_headline, printed_twice
from newsprism.records import Document

_BODY = [
    "…und die Zeit mit der Genossenschaft geht nun zu Ende, nach vielen Jahren im kleinen Laden.",
    "Sie war für uns spannend, energiegeladen und voller wunderbarer Begegnungen. Nun ist es still "
    "geworden online und offline, aber wir wollen nicht klanglos verschwinden, sondern uns verabschieden.",
    "Wir schauen mit Begeisterung zurück auf all die Veranstaltungen, die uns vorantrieben, und auf die "
    "vielen inspirierenden Menschen und Gespräche, die wir führen durften.",
]


def _title(*lines: str) -> str | None:
    return extract(Document(id="t", source="x", kind="text", content="\n\n".join(lines))).title


_MENU = [":: Über uns", ":: besserwisser eG", ":: Impressum", ":: Landkarte"]


def test_a_banner_printed_twice_is_no_headline() -> None:
    banner = "Marktplatz für ein gutes Leben"
    title = _title(
        f"Alles hat seine Zeit… | {banner}",
        *_MENU,
        banner,
        banner,
        "Menü",
        "Suche",
        ":: Ernährung",
        "Veröffentlicht am 5. April 2017",
        "Alles hat seine Zeit…",
        "von besserwisser eG",
        *_BODY,
    )
    assert title == "Alles hat seine Zeit…"


def test_printed_twice_and_the_pick_below_the_banner() -> None:
    lines = ["Headline | Banner", "Banner", "Menu", "Banner", "Headline"]
    twice = printed_twice(lines, [0, 1, 4])
    assert twice.tolist() == [False, True, False]
    feats = np.zeros((3, len(HEADLINE_FEATURES)))
    feats[1:, HEADLINE_FEATURES.index("in_title")] = 1
    scores = np.array([1.0, 5.0, 4.0])
    assert pick_headline(feats, scores, None, twice) == 2
    # a line printed once is kept; so is a banner with nothing in the title line below it
    assert pick_headline(feats, scores, None, np.zeros(3, bool)) == 1
    feats[2, HEADLINE_FEATURES.index("in_title")] = 0
    assert pick_headline(feats, scores, None, twice) == 1
