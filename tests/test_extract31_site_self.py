"""extract31: the site speaking of itself as a publisher is no line of the article (prose._SITE_SELF,
through prose.is_page_notice: dump lines and HTML paragraphs alike), nor its disclaimer of what it
prints ("In no way do they represent the view of NWHerald.com" over the readers' comments); in a
dump the site's box such a line stands in goes with what follows (text._drop_site_box). A number
alone on a line (a view count) is no line either; an HTML page's own copyright line among the last
kept blocks closes the article even when it names an agency ("© 2008 AFP")."""

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
        # its disclaimers: l3s_gn1 1e3a9cbb, 8348d112, f5c86ef9
        "The opinions expressed in this release are those of the organization issuing it, and do not "
        "necessarily reflect the thoughts or opinions of OurSports Central or its staff.",
        "The following are comments from the readers. In no way do they represent the view of NWHerald.com "
        "or Shaw Newspapers.",
        "Opinions expressed at FXstreet.com are those of the individual authors and do not necessarily "
        "represent the opinion of FXstreet.com or its management.",
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
        # a columnist's note (T17 records) and news about views (l3s_gn1 c3ddd8a2's gold)
        "James Saft is a Reuters columnist. The opinions expressed are his own.",
        "Even as Kamat told Herald that he holds the views expressed by the Congress against the SEZs as supreme "
        "and that his government cannot go against the party stand, he admitted the projects were approved.",
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


def test_a_disclaimer_in_the_articles_block_cuts_only_from_itself(shared: Path) -> None:
    # 8348d112 prints the story and "The following are comments from the readers. In no way do they
    # represent the view of NWHerald.com or Shaw Newspapers." in one blank-line block
    text = _dump(shared, "8348d112")
    assert "So said two members of the Southern California defense" in text
    assert text.endswith("I’m looking forward to a good game.”") and "In no way" not in text


@pytest.mark.parametrize("prefix", ["16a1fc25", "6a736234"])
def test_the_storys_age_alone_is_no_line(shared: Path, prefix: str) -> None:
    # "5 days ago", "14 hours ago" under the headline: a stamp, kept by the line model
    text = _dump(shared, prefix)
    assert text and not any(line.endswith(" ago") for line in text.split("\n"))
