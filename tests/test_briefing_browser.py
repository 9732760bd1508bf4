"""briefing.html in a real browser: headless Chromium opens it from disk (file://), as a reader does.

Checks what only a browser can: the page lays out (conflicting values side by side, the SVG
timeline drawn with its rows, months wider than days), citations land on their article, dark mode
and print styles apply, a screenshot is a real page of the expected size, and no script carried by
an article ever runs. Needs Debian's chromium and chromium-driver (.ci/run installs them); skipped
with the install command when they are missing.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from newsprism.corpus import Event, Story
from newsprism.output.briefing import EventBrief, StoryBrief, write_briefing
from newsprism.output.jsonl import read_jsonl
from newsprism.pipeline import digest
from newsprism.records import Article, Claim, Entity, Quote, SummarySentence, TimelineEntry
from seed_briefs import seed_articles, seed_briefs

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
    reason="Chromium not installed: apt-get install -y chromium chromium-driver (.ci/run does this)",
)
# the flags that keep Chromium offline and quiet in a container run as root
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--force-device-scale-factor=1",
)
WIDTH, HEIGHT = 1100, 900  # a laptop window: the claims' three columns fit side by side

BROKEN_LINKS = """return [...document.querySelectorAll('a[href^="#"]')]
    .map(a => a.getAttribute('href')).filter(h => !document.getElementById(h.slice(1)))"""
HANDLERS = """return [...document.querySelectorAll('*')].flatMap(el => [...el.attributes]
    .filter(a => a.name.startsWith('on')).map(a => el.tagName + ' ' + a.name))"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={WIDTH},{HEIGHT}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    yield driver
    driver.quit()


def _media(browser: Any, media: str = "", scheme: str = "light") -> None:
    features = [{"name": "prefers-color-scheme", "value": scheme}]
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media, "features": features})


def _luminance(css_color: str) -> float:
    r, g, b = (int(v) for v in css_color[css_color.index("(") + 1 : css_color.index(")")].split(",")[:3])
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255


def _texts(browser: Any, selector: str) -> list[str]:
    return [el.text for el in browser.find_elements("css selector", selector)]


def test_seed_digest_opens_from_disk_with_working_links(browser: Any, shared: Path, tmp_path: Path) -> None:
    from PIL import Image, ImageStat

    result = digest([shared / "seeds"], tmp_path / "out", jobs=1)
    events = list(read_jsonl(tmp_path / "out" / "events.jsonl"))
    stories = list(read_jsonl(tmp_path / "out" / "stories.jsonl"))
    _media(browser)
    browser.get((tmp_path / "out" / "briefing.html").as_uri())
    assert browser.find_element("tag name", "h1").text == "newsprism briefing"
    assert (
        f"{result.documents} documents: {result.kept} kept"
        in browser.find_element("css selector", ".counts").text
    )
    h2 = _texts(browser, "h2")
    assert h2[0] == "CONTENTS" and h2[-1] == "This run"  # the contents heading is set in capitals
    assert h2[1:-1] == [s["title"] for s in stories]
    assert _texts(browser, "section.event h3") == [e["title"] for e in events]
    assert len(browser.find_elements("css selector", "[data-article-id]")) == result.kept
    assert browser.execute_script(BROKEN_LINKS) == []
    # every story with a timeline has its chart, one row per dated entry; an event's chart has the
    # dates its story's does not give (the same date and text), which it would only repeat (B9-1)
    above = {s["id"]: {(t["date"], t["text"]) for t in s["timeline"]} for s in stories}
    charts = [(f'section.story[data-id="{s["id"]}"] > figure', s["timeline"]) for s in stories]
    charts += [
        (
            f'section.event[data-id="{e["id"]}"] > figure',
            [t for t in e["timeline"] if (t["date"], t["text"]) not in above[e["story_id"]]],
        )
        for e in events
    ]
    for selector, timeline in charts:
        dated = [t["date"] for t in timeline if t["date"][:4].isdigit()]
        rows = browser.find_elements("css selector", f"{selector} svg g.tl-entry")
        assert sorted(r.get_attribute("data-date") for r in rows) == sorted(dated), selector
    # the screenshot is the window, and shows a page (text and rules), not a blank or an error
    png = Image.open(BytesIO(browser.get_screenshot_as_png())).convert("RGB")
    inner = browser.execute_script("return [innerWidth, innerHeight, devicePixelRatio]")
    assert inner[0] == WIDTH and png.size == (round(inner[0] * inner[2]), round(inner[1] * inner[2]))
    grey = png.convert("L")
    assert grey.getextrema()[0] < 60 and grey.getextrema()[1] > 240  # dark text on a light page
    inked = sum(n for level, n in enumerate(grey.histogram()) if level < 128) / (png.size[0] * png.size[1])
    assert 0.005 < inked < 0.5
    assert ImageStat.Stat(png).stddev[0] > 10


@pytest.fixture(scope="module")
def gold_page(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, tuple[StoryBrief, ...]]:
    arts = seed_articles(shared / "seeds")
    briefs = seed_briefs(shared / "seeds", arts)
    out = tmp_path_factory.mktemp("gold-briefing")
    write_briefing(arts, briefs, Counter({"not a news document": 1}), out)
    return out / "briefing.html", briefs


def test_every_part_of_an_event_is_laid_out(
    browser: Any, gold_page: tuple[Path, tuple[StoryBrief, ...]]
) -> None:
    page, (story,) = gold_page
    _media(browser)
    browser.get(page.as_uri())
    for k, brief in enumerate(story.events, 1):
        section = browser.find_element("id", f"e1-{k}")
        headings = [h.text for h in section.find_elements("tag name", "h4")]
        parts = (
            ("SUMMARY", brief.summary),
            ("WHO AND WHERE", brief.entities),
            ("CLAIMS ACROSS OUTLETS", brief.claims),
            ("QUOTES", brief.quotes),
            ("TIMELINE", brief.timeline),
        )
        assert headings == [label for label, shown in parts if shown] + ["SOURCES"]
        kinds = [h.text for h in section.find_elements("css selector", ".entities h5")]
        assert kinds == [
            label
            for kind, label in (("person", "People"), ("organization", "Organisations"), ("place", "Places"))
            if any(x.type == kind for x in brief.entities)
        ]
        claims = section.find_elements("css selector", ".claims > div")
        assert [c.rect["y"] for c in claims] == [claims[0].rect["y"]] * 3  # three columns, one row
        assert len(section.find_elements("css selector", "blockquote.quote")) == len(brief.quotes)
    assert browser.execute_script(BROKEN_LINKS) == []
    # the name error: "Chen Gang" and "Qin Gang" next to each other, not one under the other
    chen, qin = browser.find_elements("css selector", "#e1-1 .conflict .values > div")
    assert "Chen Gang" in chen.text and "Qin Gang" in qin.text
    assert chen.rect["y"] == qin.rect["y"] and qin.rect["x"] > chen.rect["x"] + chen.rect["width"] - 1


def test_timeline_chart_is_drawn_to_scale(
    browser: Any, gold_page: tuple[Path, tuple[StoryBrief, ...]]
) -> None:
    page, (story,) = gold_page
    _media(browser)
    browser.get(page.as_uri())
    chart = browser.find_element("css selector", "section.story > figure svg.timeline")
    assert chart.rect["width"] > 600 and chart.rect["height"] > 26 * len(story.timeline)
    rows = chart.find_elements("css selector", "g.tl-entry")
    assert [r.get_attribute("data-date") for r in rows] == sorted(t.date for t in story.timeline)
    # "2023-02" is a bar over February, "2024-04-25" a dot: the month is wider, and later is righter
    month = chart.find_element("css selector", 'g[data-date="2023-02"] rect').rect
    day = chart.find_element("css selector", 'g[data-date="2024-04-25"] circle').rect
    assert month["width"] > 1.5 * day["width"] and day["x"] > month["x"]
    ticks = [t.text for t in chart.find_elements("css selector", "text.tl-tick")]
    assert "Jan 2023" in ticks and "Jan 2024" in ticks
    listed = _texts(browser, "section.story > figure ol.tl-list > li")
    assert listed[0].startswith("Nov 2022") and listed[-1].startswith("25 Apr 2024")


def test_a_citation_opens_its_article(browser: Any, gold_page: tuple[Path, tuple[StoryBrief, ...]]) -> None:
    page, _ = gold_page
    _media(browser)
    browser.get(page.as_uri())
    cite = browser.find_element("css selector", "#e1-2 .summary a.cite")
    target = cite.get_attribute("href").split("#")[1]
    cite.click()
    assert browser.execute_script("return location.hash") == f"#{target}"
    article = browser.find_element("id", target)
    # scrolled to it: at the top of the window, or in view when the page ends before it can be
    top, scrolled, height = browser.execute_script(
        "return [arguments[0].getBoundingClientRect().top, scrollY, innerHeight]", article
    )
    assert scrolled > 0 and 0 <= top < height / 2
    text = article.find_element("css selector", "details .text p")
    assert not text.is_displayed()
    article.find_element("tag name", "summary").click()
    assert text.is_displayed() and len(text.text) > 40


def test_dark_mode_and_print(browser: Any, gold_page: tuple[Path, tuple[StoryBrief, ...]]) -> None:
    page, _ = gold_page
    browser.get(page.as_uri())
    background = "return getComputedStyle(document.body).backgroundColor"
    _media(browser, scheme="dark")
    assert _luminance(browser.execute_script(background)) < 0.2
    _media(browser, scheme="light")
    assert _luminance(browser.execute_script(background)) > 0.9
    _media(browser, media="print", scheme="dark")  # paper is white whatever the screen's scheme
    assert _luminance(browser.execute_script(background)) > 0.9
    assert (
        browser.execute_script("return getComputedStyle(document.querySelector('nav.toc')).display") == "none"
    )
    heading = "return getComputedStyle(document.querySelector('.claims .corroborated h5')).color"
    assert _luminance(browser.execute_script(heading)) < 0.5  # dark ink, whatever the screen's scheme
    _media(browser)


PAYLOADS = (
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=2;alert(2)">',
    '<svg onload="window.__pwned=3"></svg>',
    '"><script>window.__pwned=4</script>',
    "</details></li></ol><script>window.__pwned=5</script>",
    '<iframe srcdoc="<script>parent.__pwned=6</script>"></iframe>',
    '<a href="javascript:window.__pwned=7">x</a>',
    "<style>body{display:none}</style>",
)


def test_no_script_from_an_article_runs(browser: Any, tmp_path: Path) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    bad = " ".join(PAYLOADS)
    art = Article(
        id="hostile",
        source="hostile.html",
        url="javascript:window.__pwned=8",
        title=PAYLOADS[0] + " A headline",
        text="\n\n".join(f"Paragraph {k}: {p} and the talks went on." for k, p in enumerate(PAYLOADS)),
        published="2024-04-25",
        outlet=PAYLOADS[1],
        authors=(PAYLOADS[3],),
    )
    ev = Event(id="e", story_id="s", title=bad, start="2024-04-25", end="2024-04-25", article_ids=("hostile",),
               outlets=(PAYLOADS[1],))  # fmt: skip
    brief = EventBrief(
        event=ev,
        summary=(SummarySentence(text=bad, article_ids=("hostile", PAYLOADS[0])),),
        entities=(
            Entity(
                name=PAYLOADS[0],
                type="person",
                role=PAYLOADS[1],
                article_ids=("hostile",),
                aliases=(PAYLOADS[2],),
            ),
        ),  # fmt: skip
        claims=(
            Claim(text=bad, status="conflict", article_ids=("hostile",), values={"hostile": PAYLOADS[4]}),
        ),
        quotes=(Quote(article_id="hostile", quote=PAYLOADS[5], speaker=PAYLOADS[6], start=0, end=1),),
        timeline=(TimelineEntry(date="2024-04", text=bad, article_ids=("hostile",)),),
    )
    story = Story(id="s", title=PAYLOADS[7], event_ids=("e",), start="2024-04-25", end="2024-04-25")
    write_briefing([art], [StoryBrief(story=story, events=(brief,))], Counter({bad: 1}), tmp_path, title=bad)
    _media(browser)
    browser.get((tmp_path / "briefing.html").as_uri())
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert  # noqa: B018 (the lookup itself raises when no alert is open)
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    foreign = "return document.querySelectorAll('script, iframe, img, object, embed, style:not(head > style)').length"
    assert browser.execute_script(foreign) == 0
    assert browser.execute_script(HANDLERS) == []
    assert browser.execute_script("return document.querySelectorAll('svg').length") == 1  # our timeline only
    assert not [
        h for h in browser.execute_script("return [...document.links].map(a => a.href)") if "javascript" in h
    ]
    browser.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    shown = browser.find_element("tag name", "body").text
    assert all(p in shown for p in PAYLOADS)  # the article's words are shown as written, as text
    assert browser.find_element("tag name", "main").is_displayed()
