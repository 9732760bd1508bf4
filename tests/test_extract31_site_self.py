"""extract31: the site speaking of itself as a publisher is no line of the article (prose._SITE_SELF,
through prose.is_page_notice: dump lines and HTML paragraphs alike), and in a dump the site's box it
stands in goes with what follows (text._drop_site_box); a number alone on a line (a view count) is
no line either; an HTML page's own copyright line among the last kept blocks closes the article
even when it names an agency ("© 2008 AFP")."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.extract import extract
from newsprism.extract.prose import is_page_notice
from newsprism.records import Document


@pytest.mark.parametrize(
    "line",
    [
        # l3s_gn1 108204ab, a745e119, 5b6ac14e
        "A publication by the News One Publishing Group.",
        "A publication by the",
        "Our online news publishes a local news story regularly.",
        "This story is sourced direct from an overseas news agency as an additional service to readers. "
        "Spelling follows North American usage, along with foreign currency and measurement units.",
    ],
)
def test_the_site_speaking_of_itself_is_a_notice(line: str) -> None:
    assert is_page_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        # made up: news about publications and services
        "The report, a publication of the Pew Research Center, found that most adults read news online.",
        "The museum said the free shuttle was a service to readers of its guide and to other visitors.",
        '"Our website publishes every council vote," the mayor said on Tuesday.',
        "The article was provided to reporters by a lawyer for the family, who asked not to be named.",
    ],
)
def test_news_about_publishing_is_no_notice(line: str) -> None:
    assert not is_page_notice(line)


def _dump(shared: Path, prefix: str, kind: str = "text") -> str:
    folder = shared / "data" / "extraction" / "l3s_gn1" / kind
    page = next(folder.glob(prefix + "*"))
    return extract(Document(id=prefix, source=str(page), kind=kind, content=page.read_text("utf-8"))).text


@pytest.mark.parametrize("prefix", ["108204ab", "a745e119"])
def test_the_sites_box_and_a_view_count_leave_the_dump(shared: Path, prefix: str) -> None:
    # 108204ab: the story, "64", then "One Local News" / "A publication by the News One Publishing
    # Group." / "Our online news publishes ..."; a745e119: "Local News Leader" / "A publication by the"
    # / "Path Publishing Group." / "Our online news ..." / "Come see us again." / "For complete area
    # coverage pick up a newspaper copy at a store near you."
    text = _dump(shared, prefix)
    last = text.split("\n\n")[-1]
    assert last.startswith(("Hill said he declined", "She also took up an intensive schedule"))
    assert "Publishing Group" not in text and "64" not in text.split()


@pytest.mark.parametrize("prefix", ["5b6ac14e", "c4fa8a20"])
def test_an_agencys_copyright_line_closes_the_html_article(shared: Path, prefix: str) -> None:
    # "© 2008 AFP" / "This story is sourced direct from an overseas news agency ..." under the story
    text = _dump(shared, prefix, "html")
    assert text.endswith(('driving safety."', "police said."))
    assert "© 2008 AFP" not in text and "sourced direct" not in text
