"""extract30: a text dump of a section's front page (cleanportaleval bbc_co_uk_news_05: "Dietary potassium
'cuts stroke risk'" over "Increasing potassium in our diets ... say studies in the British Medical
Journal.", and so on) lists other stories, each a short headline over a one-sentence summary; its gold
is no article. Such a page is dropped with its reason; an article whose one-sentence paragraphs run
several in a row between crossheads is kept."""

from __future__ import annotations

from pathlib import Path

from newsprism.extract import extract
from newsprism.extract.text import SECTION_FRONT
from newsprism.records import Document

_NAV = ["BBC News - Health", "Home", "UK", "Africa", "Asia", "Europe", "Business", "Health", "Video"]
_FRONT = [
    "Heart drug 'cuts stroke risk'",
    "A common heart drug may halve the risk of a second stroke, according to a study of ten thousand patients.",
    "Male baldness 'indicates heart risk'",
    "Men going thin on top may be more likely to have heart problems than their friends, say researchers.",
    "Four more cases of bird flu",
    "Four new cases of the bird flu virus have been identified by the health authorities in the south.",
    "Body's 'anti-virus manual' found",
    "The body's own manual for attacking the virus has been read by scientists, who hope to design vaccines.",
    "Obama proposes brain mapping project",
    "Warning over patchy dementia care",
]


def _read(lines: list[str]) -> tuple[str, str | None]:
    article = extract(Document(id="t", source="x", kind="text", content="\n\n".join(lines)))
    return article.text, article.dropped


def test_a_section_front_is_no_article() -> None:
    text, dropped = _read(_NAV + _FRONT)
    assert text == "" and dropped == SECTION_FRONT


def test_an_article_with_crossheads_is_kept() -> None:
    article = [
        "Heart drug cuts stroke risk, study finds",
        "A common heart drug may halve the risk of a second stroke, according to a study of ten thousand patients.",
        "The patients took the drug every day for three years, and their doctors checked them every six months.",
        "Those who took it had half as many strokes as those who did not, the researchers said on Tuesday.",
        "Side effects",
        "A few patients had mild headaches in the first weeks, which passed without any treatment at all.",
        "None of them stopped taking the drug because of the headaches, the researchers said in their report.",
        "What comes next",
        "The team will now test the drug on younger patients, who have had only one minor stroke so far.",
        "The results of that trial are expected in two years, when the last of the patients has been seen.",
    ]
    text, dropped = _read(_NAV + article)
    assert dropped is None and "half as many strokes" in text


def test_the_bbc_front_page_is_dropped(shared: Path) -> None:
    page = next((shared / "data" / "extraction" / "cleanportaleval" / "text").glob("bbc_co_uk_news_05*"))
    article = extract(Document(id="b", source=str(page), kind="text", content=page.read_text("utf-8")))
    assert article.text == "" and article.dropped == SECTION_FRONT
