"""briefing.md / briefing.html and the JSONL records: stories, events and their briefs, article
text escaped, citations that resolve, the timeline chart, dropped documents counted."""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.corpus import Event, Story, link_corpus
from newsprism.output.briefing import EventBrief, StoryBrief, by_coverage, story_briefs, write_briefing
from newsprism.output.briefing_md import md_paragraph
from newsprism.output.briefs import TOC_EVENTS_UP_TO, date_label, date_span, span_label, summary_heading
from newsprism.output.jsonl import RecordSpool, article_record, read_jsonl, with_links, write_jsonl
from newsprism.output.timeline_svg import WIDTH, ordered, timeline_svg
from newsprism.records import Article, Claim, Entity, Quote, SummarySentence, TimelineEntry
from seed_briefs import seed_articles, seed_briefs

BODY = (
    "The trade minister arrived in the capital on Monday for two days of talks with senior officials.\n\n"
    "Officials on both sides said they hoped the talks would lead to regular meetings."
)


def _articles() -> list[Article]:
    return [
        Article(
            id="a1",
            source="a1.txt",
            title="Minister lands in the capital",
            text=BODY,
            published="2024-04-25",
            outlet="The Tribune",
            authors=("Ajay Banerjee",),
            language="en",
        ),
        Article(
            id="evil",
            source="evil.html",
            title="<script>alert(1)</script>",
            text='Body with <script>document.title="pwned"</script> inside, about a football match in the rain.',
        ),
        Article(id="gone", source="gone.txt", dropped="empty file"),
    ]


class _Page(HTMLParser):
    """Every tag, attribute and id of a page, as a browser's parser sees them."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: Counter[str] = Counter()
        self.attrs: list[tuple[str, str, str]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        self.attrs += [(tag, k, v or "") for k, v in attrs]

    def values(self, name: str, tag: str | None = None) -> list[str]:
        return [v for t, k, v in self.attrs if k == name and (tag is None or t == tag)]


def test_jsonl_has_contract_fields_and_links(tmp_path: Path) -> None:
    arts = _articles()
    links = link_corpus(arts)
    path = tmp_path / "articles.jsonl"
    assert write_jsonl(with_links(map(article_record, arts), links), path) == 3
    rows = list(read_jsonl(path))
    contract = {"id", "title", "text", "published", "outlet", "authors", "language", "duplicate_of", "event_id",
                "story_id", "dropped"}  # fmt: skip
    for row in rows:
        assert contract <= set(row)
    assert rows[0]["authors"] == ["Ajay Banerjee"]
    assert rows[0]["event_id"] and rows[0]["story_id"]
    assert rows[2]["dropped"] == "empty file" and rows[2]["event_id"] is None


def test_a_spool_writes_its_lines_in_the_order_asked(tmp_path: Path) -> None:
    """Lines set aside as they come are written in another order, byte for byte as write_jsonl
    writes them, and the scratch file is gone after."""
    records = {
        "e2": [{"id": "e2", "text": "Zürich \u201cquoted\u201d"}],
        "e1": [{"id": "e1", "n": 1}, {"id": "e1", "n": 2}],
        "e3": [],
    }
    with RecordSpool(tmp_path / "scratch.part") as spool:
        spool.add("e2", [{"id": "stale"}])
        for key, recs in records.items():
            spool.add(key, recs)
        spool.write(["e1", "e2", "e3"], tmp_path / "spooled.jsonl")
    write_jsonl([*records["e1"], *records["e2"]], tmp_path / "written.jsonl")
    assert (tmp_path / "spooled.jsonl").read_bytes() == (tmp_path / "written.jsonl").read_bytes()
    assert not (tmp_path / "scratch.part").exists()


def test_briefing_from_links_groups_and_escapes(tmp_path: Path) -> None:
    # what `newsprism digest` calls until the briefs are wired in: links only, empty briefs
    arts = _articles()
    kept = [a for a in arts if a.kept]
    write_briefing(kept, link_corpus(kept), Counter({"empty file": 1}), tmp_path)
    page = (tmp_path / "briefing.html").read_text(encoding="utf-8")
    md = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    assert "Minister lands in the capital" in page and "Minister lands in the capital" in md
    assert "Ajay Banerjee" in page and "25 Apr 2024" in md
    assert 'class="story"' in page and 'class="event"' in page
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "3 documents: 2 kept, 1 dropped" in page and "3 documents: 2 kept, 1 dropped" in md
    assert "1 × empty file" in md and "<td>empty file</td>" in page


@pytest.fixture(scope="module")
def seeds_out(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, tuple[StoryBrief, ...]]:
    arts = seed_articles(shared / "seeds")
    briefs = seed_briefs(shared / "seeds", arts)
    out = tmp_path_factory.mktemp("seeds-briefing")
    write_briefing(arts, briefs, Counter({"not a news document": 1}), out)
    return out, briefs


def test_seed_briefing_shows_every_part(seeds_out: tuple[Path, tuple[StoryBrief, ...]]) -> None:
    out, (story,) = seeds_out
    page = (out / "briefing.html").read_text(encoding="utf-8")
    parsed = _Page(page)
    for heading in (
        "Contents",
        "Summary",
        "Who and where",
        "Claims across outlets",
        "Quotes",
        "Timeline",
        "Sources",
    ):
        assert f">{heading}<" in page, heading
    for brief in story.events:
        assert f"<h3>{brief.event.title}</h3>".replace("'", "&#x27;") in page
    for entity in (x for b in story.events for x in b.entities if x.role):
        assert f'<span class="role">{entity.role}</span>'.replace("'", "&#x27;") in page
    # the name error of the seeds: both values of the conflict in one claim, side by side
    conflict = re.search(r"<li>name of Blinken.*?</li>", page)
    assert conflict and "Chen Gang" in conflict.group() and "Qin Gang" in conflict.group()
    # every citation points to an anchor of this page, and every article has one
    ids = set(parsed.values("id"))
    hrefs = [h for h in parsed.values("href", "a") if h.startswith("#")]
    assert hrefs and {h[1:] for h in hrefs} <= ids
    assert len(parsed.values("data-article-id", "li")) == 5
    assert page.count("<details><summary>Read the text (") == 5
    # one chart per timeline, one row per dated entry; six dated happenings in the story's; an
    # event's timeline lists the dates the story's does not give, and counts the others (B9-1)
    charts = re.findall(r"<svg class=\"timeline\".*?</svg>", page)
    assert len(charts) == 1 + sum(1 for b in story.events if story.event_timeline(b).listed)
    assert all(story.event_timeline(b).in_story for b in story.events if b.timeline)
    assert "dates in the story timeline above</p>" in page
    assert re.findall(r'data-date="([^"]+)"', charts[0]) == [t.date for t in story.timeline]
    # self-contained: no script, nothing loaded from anywhere
    assert parsed.tags["script"] == 0 and parsed.tags["link"] == 0 and parsed.tags["img"] == 0
    assert not parsed.values("src") and "url(" not in page and "@import" not in page
    assert "default-src 'none'" in parsed.values("content", "meta")[0]


def test_markdown_cites_the_same_numbers(seeds_out: tuple[Path, tuple[StoryBrief, ...]]) -> None:
    out, (story,) = seeds_out
    md = (out / "briefing.md").read_text(encoding="utf-8")
    page = (out / "briefing.html").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^- \[(\d+)\] (.+?) · ", md, flags=re.M))
    assert len(listed) == 5
    in_page = dict(re.findall(r'<li id="a(\d+)" data-article-id="[^"]*">.*?class="title">([^<]*)<', page))
    # "[n] title" in the notes is article n of the page too
    assert {n: html.unescape(t) for n, t in in_page.items()} == {
        n: t.replace("\\", "") for n, t in listed.items()
    }
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", md)}
    assert cited == {int(n) for n in listed}
    assert "“Chen Gang”" in md and "“Qin Gang”" in md and " vs " in md
    # a conflict's values follow its text after a dash, not a colon after the text's full stop
    assert re.search(r"^- name of Blinken.* — “[^”]+” \(", md, flags=re.M)
    assert all(f"### {b.event.title}" in md for b in story.events)
    assert "- Nov 2022: Biden and Xi meet" in md  # the story timeline, precision kept
    assert md.count("### [") == 5  # the articles' text, after the events


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.sampled_from("<>&\"'=/ ab\nscriptonerrimg[]()\\"), min_size=1, max_size=80))
def test_no_text_from_a_document_becomes_markup(tmp_path: Path, text: str) -> None:
    art = Article(
        id=f"x{text[:5]}", source="x", title=text, text=text, outlet=text, url=text, authors=(text,)
    )
    ev = Event(id="e", story_id="s", title=text, start=None, end=None, article_ids=(art.id,), outlets=(text,))
    brief = EventBrief(
        event=ev,
        summary=(SummarySentence(text=text, article_ids=(art.id, text)),),
        entities=(Entity(name=text, type="person", role=text, article_ids=(art.id,), aliases=(text,)),),
        claims=(Claim(text=text, status="conflict", article_ids=(art.id,), values={art.id: text}),),
        quotes=(Quote(article_id=art.id, quote=text, speaker=text, start=0, end=1),),
        timeline=(TimelineEntry(date="2024-02", text=text, article_ids=(art.id,)),),
    )
    story = Story(id="s", title=text, event_ids=("e",), start=None, end=None)
    write_briefing(
        [art], [StoryBrief(story=story, events=(brief,))], Counter({text: 1}), tmp_path, title=text
    )
    parsed = _Page((tmp_path / "briefing.html").read_text(encoding="utf-8"))
    ours = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "h5", "p", "nav",
            "ol", "ul", "li", "a", "span", "main", "section", "div", "sup", "b", "br", "q", "blockquote",
            "footer", "figure", "figcaption", "mark", "svg", "line", "text", "tspan", "g", "rect", "circle", "details",
            "summary", "table", "tr", "td"}  # fmt: skip
    assert set(parsed.tags) <= ours
    assert not [k for _, k, _ in parsed.attrs if k.startswith("on")]
    assert parsed.tags["html"] == parsed.tags["body"] == 1
    md = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)<", md.replace("\\\\", ""))  # every < of the text is escaped


def test_only_web_links_are_kept_and_languages_are_marked(tmp_path: Path) -> None:
    arts = [
        Article(id="a", source="a", title="A", text="x", url="javascript:alert(1)"),
        Article(
            id="b",
            source="b",
            title="B",
            text="Die Gespräche gingen weiter.",
            url="https://example.org/b",
            language="de",
        ),  # fmt: skip
    ]
    write_briefing(arts, link_corpus(arts), Counter(), tmp_path)
    page = _Page((tmp_path / "briefing.html").read_text(encoding="utf-8"))
    links = page.values("href")
    assert "https://example.org/b" in links and not [h for h in links if "javascript" in h]
    assert page.values("lang") == ["en", "de"]  # the page, then the German article's text


def test_story_briefs_places_each_result_in_its_event() -> None:
    arts = _articles()[:2]
    links = link_corpus(arts)
    event_of = links.event_of
    q = Quote(article_id="a1", quote="We hope for regular meetings", speaker="Officials", start=0, end=5)
    summary = {event_of["a1"]: [SummarySentence(text="The minister arrived.", article_ids=("a1",))]}
    briefs = story_briefs(links, summaries=summary, quotes=[q])
    events = {b.event.id: b for s in briefs for b in s.events}
    assert set(events) == {ev.id for ev in links.events}
    assert events[event_of["a1"]].quotes == (q,) and events[event_of["evil"]].quotes == ()
    assert events[event_of["a1"]].summary[0].text == "The minister arrived."
    assert events[event_of["evil"]].summary == ()


def test_write_briefing_refuses_other_records(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="story_briefs"):
        write_briefing([], [object()], Counter(), tmp_path)  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("value", "start", "end", "precision", "label"),
    [
        ("2024", date(2024, 1, 1), date(2025, 1, 1), "year", "2024"),
        ("2023-02", date(2023, 2, 1), date(2023, 3, 1), "month", "Feb 2023"),
        ("2023-12", date(2023, 12, 1), date(2024, 1, 1), "month", "Dec 2023"),
        ("2024-02-29", date(2024, 2, 29), date(2024, 3, 1), "day", "29 Feb 2024"),
        ("2024-04-25T09:30:00Z", date(2024, 4, 25), date(2024, 4, 26), "day", "25 Apr 2024"),
    ],
)
def test_date_span_is_as_precise_as_the_date(
    value: str, start: date, end: date, precision: str, label: str
) -> None:
    span = date_span(value)
    assert span is not None and (span.start, span.end, span.precision) == (start, end, precision)
    assert date_label(value) == label


@pytest.mark.parametrize("value", ["2023-13", "2023-02-30", "last Sunday", "20240425", "2024-04-25x"])
def test_date_span_refuses_what_is_not_a_date(value: str) -> None:
    assert date_span(value) is None
    assert date_label(value) == value


def test_span_labels() -> None:
    assert span_label("2024-04-24", "2024-04-26") == "24–26 Apr 2024"
    assert span_label("2023-06-18", "2024-04-25") == "18 Jun 2023 – 25 Apr 2024"
    assert span_label("2024-04-24", "2024-04-24") == "24 Apr 2024"
    assert span_label(None, None) == "undated"


def _chart(entries: list[TimelineEntry]) -> str:
    rows = ordered(entries)
    return timeline_svg([(n, t, s) for n, (t, s) in enumerate(rows, 1) if s is not None])


def test_timeline_draws_months_as_spans_and_days_as_dots() -> None:
    entries = [
        TimelineEntry(date="2024-04-25", text="Blinken lands in Beijing", article_ids=("a",)),
        TimelineEntry(
            date="2023-02", text="Blinken postpones his trip after a balloon is sighted", article_ids=("a",)
        ),
        TimelineEntry(date="2023-06-18", text="Blinken meets Qin Gang", article_ids=("b",)),
        TimelineEntry(date="some day", text="not drawn", article_ids=("b",)),
    ]
    svg = _chart(entries)
    assert re.findall(r'data-date="([^"]+)"', svg) == ["2023-02", "2023-06-18", "2024-04-25"]  # by date
    assert svg.count("<rect") == 1 and svg.count("<circle") == 2
    # February 2023 is 28 of the axis's days; the bar is that wide, the dots sit later on the axis
    width = float(re.search(r'<rect class="tl-span" x="[\d.]+" y="[\d.]+" width="([\d.]+)"', svg).group(1))  # type: ignore[union-attr]
    axis_days = (date(2024, 4, 26) - date(2023, 2, 1)).days
    assert width == pytest.approx(28 / axis_days / 1.08 * (WIDTH - 40), rel=0.05)
    xs = [float(x) for x in re.findall(r'<circle class="tl-day" cx="([\d.]+)"', svg)]
    assert xs == sorted(xs) and xs[-1] > WIDTH * 0.9
    ticks = re.findall(r'class="tl-tick"[^>]*>([^<]+)<', svg)
    assert 3 <= len(ticks) <= 8 and "2024" in " ".join(ticks)


def test_timeline_of_one_day_has_an_axis_of_days() -> None:
    svg = _chart([TimelineEntry(date="2024-04-25", text="Blinken lands in Beijing", article_ids=("a",))])
    ticks = re.findall(r'class="tl-tick"[^>]*>([^<]+)<', svg)
    assert ticks and all(re.fullmatch(r"\d{1,2} [A-Z][a-z]{2}( \d{4})?", t) for t in ticks)
    assert _chart([]) == ""


def test_a_conflict_marks_the_disputed_value_in_its_sentence(tmp_path: Path) -> None:
    arts = [Article(id=a, source=a, title=a, text="Blinken met his counterpart.") for a in ("a", "b")]
    ev = Event(id="e", story_id="s", title="t", start=None, end=None, article_ids=("a", "b"), outlets=())
    text = "Blinken met his Chinese counterpart Chen Gang <b>in Beijing</b>."
    claim = Claim(
        text=text, status="conflict", article_ids=("a", "b"), values={"a": "Chen Gang", "b": "Qin Gang"}
    )
    story = Story(id="s", title="t", event_ids=("e",), start=None, end=None)
    brief = StoryBrief(story=story, events=(EventBrief(event=ev, claims=(claim,)),))
    write_briefing(arts, [brief], Counter(), tmp_path)
    page = (tmp_path / "briefing.html").read_text(encoding="utf-8")
    assert "counterpart <mark>Chen Gang</mark> &lt;b&gt;in Beijing&lt;/b&gt;." in page
    assert "<q>Qin Gang</q>" in page and "<mark>Qin Gang" not in page


@pytest.mark.parametrize(("n_stories", "nested"), [(2, True), (TOC_EVENTS_UP_TO + 1, False)])
def test_contents_list_events_only_while_short(tmp_path: Path, n_stories: int, nested: bool) -> None:
    arts, stories = [], []
    for s in range(n_stories):
        events = []
        for k in range(2):
            art = Article(id=f"a{s}-{k}", source="x", title=f"Talks, round {k}", text="The talks went on.")
            arts.append(art)
            ev = Event(id=f"e{s}-{k}", story_id=f"s{s}", title=art.title, start=None, end=None,
                       article_ids=(art.id,), outlets=())  # fmt: skip
            events.append(EventBrief(event=ev))
        story = Story(
            id=f"s{s}", title=f"Story {s}", event_ids=tuple(b.event.id for b in events), start=None, end=None
        )
        stories.append(StoryBrief(story=story, events=tuple(events)))
    write_briefing(arts, stories, Counter(), tmp_path)
    page = (tmp_path / "briefing.html").read_text(encoding="utf-8")
    toc = page[page.index("<nav") : page.index("</nav>")]
    assert toc.count('href="#s') == n_stories
    assert ('href="#e1-2"' in toc) is nested and ("2 events" in toc) is not nested
    assert "undated" not in toc


@pytest.mark.parametrize(
    ("paragraph", "written"),
    [
        ("# Breaking: talks resume", "\\# Breaking: talks resume"),
        ("- Blinken lands", "\\- Blinken lands"),
        ("1. The talks went on.", "1\\. The talks went on."),
        ("---", "\\---"),
        ("<b>bold</b> [1](javascript:x)", "\\<b\\>bold\\</b\\> \\[1\\](javascript:x)"),
        ("-5 degrees and #1 in 12.5 million homes", "-5 degrees and #1 in 12.5 million homes"),
    ],
)
def test_markdown_paragraphs_stay_paragraphs(paragraph: str, written: str) -> None:
    assert md_paragraph(paragraph) == written


def test_a_large_run_shows_its_largest_stories(tmp_path: Path) -> None:
    # two unrelated articles are two stories; with room for one, the briefing keeps one and says so
    kept = [a for a in _articles() if a.kept]
    links = link_corpus(kept)
    assert len(links.stories) == 2
    write_briefing(kept, links, Counter(), tmp_path, max_stories=1)
    page = (tmp_path / "briefing.html").read_text(encoding="utf-8")
    md = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    for text in (page, md):
        assert "2 events in 2 stories" in text and "the 1 largest stories" in text
    assert page.count('class="story"') == 1
    write_briefing(kept, links, Counter(), tmp_path)
    assert "largest stories" not in (tmp_path / "briefing.md").read_text(encoding="utf-8")


def test_a_statement_quoted_twice_is_shown_once_citing_both() -> None:
    said = "I think it was more embarrassing than it was intentional"
    quotes = (
        Quote(article_id="a", quote=said, speaker="Joe Biden", start=0, end=1, statement="e/q1"),
        Quote(
            article_id="b",
            quote="more embarrassing than intentional",
            speaker="Joe Biden",
            start=0,
            end=1,
            statement="e/q1",
        ),
        Quote(article_id="b", quote="One cannot say one thing and do another", speaker=None, start=5, end=9),
    )
    event = Event(id="e", story_id="s", title=None, start=None, end=None, article_ids=("a", "b"), outlets=())
    shown = EventBrief(event=event, quotes=quotes).statements()
    assert [(q.quote, cited) for q, cited in shown] == [(said, ("a", "b")), (quotes[2].quote, ("b",))]


def test_the_most_reported_stories_come_first_then_the_latest() -> None:
    def story(name: str, n: int, day: str | None) -> StoryBrief:
        ids = tuple(f"{name}{k}" for k in range(n))
        ev = Event(id=name, story_id=name, title=name, start=day, end=day, article_ids=ids, outlets=())
        return StoryBrief(story=Story(id=name, title=name, event_ids=(name,), start=day, end=day),
                          events=(EventBrief(event=ev),))  # fmt: skip

    given = [story("small", 1, "2024-05-01"), story("old", 3, "2023-01-01"), story("undated", 3, None),
             story("new", 3, "2024-04-25"), story("copied", 4, "2024-06-01")]  # fmt: skip
    # "copied" has four articles, but two are copies of its first: two reports
    order = by_coverage(given, {"copied1": "copied0", "copied2": "copied0"})
    assert [s.story.id for s in order] == ["new", "old", "undated", "copied", "small"]


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        # a short sentence is the heading, without its full stop
        ("The Bank of England held rates.", "The Bank of England held rates"),
        # a long sentence is cut after its first clause of 6+ words
        (
            "The council voted 7-2 on Tuesday to close the library, which had "
            "served the town since 1902, despite protests.",
            "The council voted 7-2 on Tuesday to close the library …",
        ),
        (
            "Experts say a vaccine against the new strain -- also known as swine flu -- would take months.",
            "Experts say a vaccine against the new strain …",
        ),
        # no clause ends early enough: the first 14 words
        (
            "Kevin Costner helps clean up oil spill The water will be 99 % clean of crude oil soon",
            "Kevin Costner helps clean up oil spill The water will be 99 % clean …",
        ),
    ],
)
def test_an_untitled_event_is_headed_by_its_summary(sentence: str, heading: str) -> None:
    assert summary_heading([SummarySentence(text=sentence, article_ids=("a",))]) == heading
    assert summary_heading([]) is None


def test_untitled_stories_and_events_show_their_summary_in_the_briefing(tmp_path: Path) -> None:
    art = Article(id="t1", source="t1.txt", title=None, text="The council closed the library on Monday.")
    ev = Event(id="e1", story_id="s1", title=None, start=None, end=None, article_ids=("t1",), outlets=())
    bare = Event(id="e2", story_id="s1", title=None, start=None, end=None, article_ids=("t1",), outlets=())
    summary = (SummarySentence(text="The council closed the library on Monday.", article_ids=("t1",)),)
    story = Story(id="s1", title=None, event_ids=("e2", "e1"), start=None, end=None)
    brief = StoryBrief(story=story, events=(EventBrief(event=bare), EventBrief(event=ev, summary=summary)))
    assert brief.heading == "The council closed the library on Monday"
    assert brief.events[0].heading == "Untitled event"
    write_briefing([art], [brief], Counter(), tmp_path)
    page = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    assert "## The council closed the library on Monday\n" in page
    assert "Untitled story" not in page
    assert "<h2>The council closed the library on Monday</h2>" in (tmp_path / "briefing.html").read_text(
        "utf-8"
    )


def test_escapers_equal_their_full_forms() -> None:
    """e and md skip their replacements on a text with nothing to replace: the same strings as
    html.escape and the whole translation, with and without each special character."""
    from newsprism.output.briefing_html import e
    from newsprism.output.briefing_md import _ESCAPE, md

    texts = [
        "plain words",
        "",
        "  spaced\n out\t",
        "Tom & Jerry",
        "a < b > c",
        'say "hi"',
        "it's",
        "[1] x\\y",
    ]
    texts += [f"left {c} right" for c in "&<>\"'\\[]"]
    for text in texts:
        assert e(text) == html.escape(text)
        assert md(text) == " ".join(text.split()).translate(_ESCAPE)
    assert md("[1] <b>") == "\\[1\\] \\<b\\>"
    assert e("<a href='x'>") == "&lt;a href=&#x27;x&#x27;&gt;"


def test_a_line_cites_at_most_cites_shown_articles_then_a_count() -> None:
    """A timeline date that hundreds of articles name shows the first CITES_SHOWN marks and "+N";
    a line with fewer cites every article (robust17: 1,250 cites a line made 232 MB strings)."""
    from newsprism.output import briefing_html, briefing_md
    from newsprism.output.briefs import CITES_SHOWN, Sources
    from newsprism.records import Article

    ids = [f"a{k:04d}" for k in range(CITES_SHOWN + 7)]
    articles = {a: Article(id=a, source=a, title=f"Headline {a}") for a in ids}
    sources = Sources([], articles, {})
    sources.number.update({a: k + 1 for k, a in enumerate(ids)})
    html = briefing_html._cites(reversed(ids), sources)
    assert html.count('class="cite"') == CITES_SHOWN
    assert f'href="#a{CITES_SHOWN}"' in html and f'href="#a{CITES_SHOWN + 1}"' not in html
    assert 'title="7 more articles">+7</span>' in html
    md = briefing_md._cites(ids, sources)
    assert md.endswith(f"[{CITES_SHOWN}][+7 more]") and md.count("][") == CITES_SHOWN
    few = ids[: CITES_SHOWN - 1]
    assert briefing_md._cites(few, sources) == "".join(f"[{k}]" for k in range(1, CITES_SHOWN))
    assert "more" not in briefing_html._cites(few, sources)
