"""briefing.html: one self-contained page a reader opens from disk.

Header with the run's counts, a table of contents, then each story (its timeline across events)
and each event: headline, dates and outlets, the cited summary, entities by kind with their roles,
claims side by side (corroborated, single-source, conflicting with each outlet's value next to the
other), quotes with speakers, the event's timeline, and its sources: every article's clean text in
a collapsed <details> under an anchor that the citations [n] point to. Last, what was not used.

Safety: every string that came from a document is escaped (a page can carry `<script>`), article
links are kept only for http(s) URLs, and a Content-Security-Policy forbids scripts, connections
and external loads, so nothing in the page can run or reach the network even if escaping failed.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib.resources import files

from newsprism.output.briefs import (
    CITES_SHOWN,
    CLAIM_KINDS,
    CLAIMS_SHOWN,
    ENTITIES_SHOWN,
    ENTITY_KINDS,
    QUOTES_SHOWN,
    TOC_EVENTS_UP_TO,
    EventBrief,
    RunCounts,
    Sources,
    StoryBrief,
    TimelineShown,
    by_reports,
    date_label,
    plural,
    span_label,
)
from newsprism.output.timeline_svg import charted, ordered, timeline_svg
from newsprism.records import Claim, Entity, Quote, TimelineEntry

__all__ = ["render_html"]

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

# the first items of a long list are shown, the rest fold under "n more": a column taller than a
# screen hides what comes after it (the seeds' events have ~40 entities and ~30 claims each);
# ENTITIES_SHOWN (per kind, the most cited first), CLAIMS_SHOWN (per status, the most corroborated
# first; every conflict is shown) and QUOTES_SHOWN are in briefs.py, as briefing.md shows as many

_HTML_SPECIAL = re.compile("[&<>\"']")  # what html.escape changes


def e(text: str) -> str:
    """html.escape(text), without its five replacements where none applies."""
    return html.escape(text) if _HTML_SPECIAL.search(text) else text


def render_html(
    stories: Sequence[StoryBrief], sources: Sources, counts: RunCounts, title: str
) -> Iterator[str]:
    """The page, in pieces to write one after the other."""
    css = files("newsprism.output").joinpath("briefing.css").read_text(encoding="utf-8")
    yield (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        '<meta name="generator" content="newsprism">\n'
        f"<title>{e(title)}</title>\n<style>\n{css}</style></head>\n<body>\n"
        f'<header><h1>{e(title)}</h1><p class="counts">{e(counts.line())}</p></header>\n'
    )
    yield _contents(stories)
    yield "<main>\n"
    if not stories:
        yield "<p>No article was kept, so there is nothing to brief; see what was not used below.</p>\n"
    for s, story in enumerate(stories, 1):
        yield from _story(s, story, sources)
    unlisted = sources.unlisted()
    if unlisted:
        yield '<section class="unlisted"><h2>Other cited articles</h2><ol class="sources">'
        yield from (_source(aid, sources) for aid in unlisted)
        yield "</ol></section>\n"
    yield "</main>\n"
    yield _run(counts)
    yield "</body></html>\n"


def _contents(stories: Sequence[StoryBrief]) -> str:
    """Stories, and under each its events; a story of one event is one line, and a briefing of
    many stories lists only the stories, so the contents stay shorter than a few screens."""
    items = []
    for s, story in enumerate(stories, 1):
        events = ""
        if len(story.events) > 1 and len(stories) <= TOC_EVENTS_UP_TO:
            events = (
                "<ol>"
                + "".join(
                    f'<li><a href="#e{s}-{k}">{e(b.heading)}</a>{_when(b.event.start, b.event.end)}</li>'
                    for k, b in enumerate(story.events, 1)
                )
                + "</ol>"
            )
        n = (
            f'<span class="meta">{len(story.events)} events</span>'
            if len(story.events) > 1 and not events
            else ""
        )
        items.append(
            f'<li><a href="#s{s}">{e(story.heading)}</a>'
            f"{_when(story.story.start, story.story.end)}{n}{events}</li>"
        )
    items.append('<li><a href="#run">This run</a></li>')
    return f'<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>{"".join(items)}</ol></nav>\n'


def _when(start: str | None, end: str | None) -> str:
    return f'<span class="meta">{e(span_label(start, end))}</span>' if start else ""


def _story(s: int, brief: StoryBrief, sources: Sources) -> Iterator[str]:
    story = brief.story
    meta = " · ".join(sources.story_line(brief))
    yield (
        f'<section class="story" id="s{s}" data-id="{e(story.id)}">'
        f'<h2>{e(brief.heading)}</h2><p class="meta">{e(meta)}</p>\n'
    )
    if brief.shown_timeline:
        yield "<h4>Story timeline</h4>" + _timeline(brief.shown_timeline, sources)
    for k, event in enumerate(brief.events, 1):
        yield from _event(
            f"e{s}-{k}", event, sources, brief.event_timeline(event), heading=not brief.repeats(event)
        )
    yield "</section>\n"


def _event(
    anchor: str, brief: EventBrief, sources: Sources, timeline: TimelineShown, *, heading: bool = True
) -> Iterator[str]:
    ev = brief.event
    ids = sources.of_event(ev.id)
    meta = sources.event_line(ev)
    yield (
        f'<section class="event" id="{anchor}" data-id="{e(ev.id)}">'
        + (f"<h3>{e(brief.heading)}</h3>" if heading else "")
        + f'<p class="meta">{e(" · ".join(meta))}</p>\n'
    )
    if brief.summary:
        sentences = " ".join(f"{e(s.text)}{_cites(s.article_ids, sources)}" for s in brief.cited_summary())
        yield f'<h4>Summary</h4><div class="summary"><p>{sentences}</p></div>\n'
    if brief.entities:
        yield "<h4>Who and where</h4>" + _entities(brief.entities, sources)
    if brief.claims:
        yield "<h4>Claims across outlets</h4>" + _claims(brief, sources)
    statements = brief.shown_statements(sources.duplicate_of)
    if statements.listed or statements.in_summary:
        names = brief.speaker_names()
        quotes = [_quote(q, cited, sources, names) for q, cited in statements.listed]
        yield "<h4>Quotes</h4>" + (_folded(quotes, QUOTES_SHOWN, "div") if quotes else "")
        if said := statements.said_elsewhere():
            yield f'<p class="none">{"and " if quotes else ""}{e(said)}</p>\n'
    said = timeline.said_elsewhere()
    if timeline.listed or said:
        yield "<h4>Timeline</h4>" + (_timeline(timeline.listed, sources) if timeline.listed else "")
        if said:
            yield f'<p class="none">{"and " if timeline.listed else ""}{e(said)}</p>\n'

    yield '<h4>Sources</h4><ol class="sources">'
    yield from (_source(aid, sources) for aid in ids)
    yield "</ol></section>\n"


def _cites(article_ids: Iterable[str], sources: Sources) -> str:
    """[1][3]: links to the cited articles' text in this page, by number; an id this run does not
    know is shown, unlinked, rather than dropped. Past CITES_SHOWN marks, a count of the rest.

    Exact copies (same_text_as: the text of another article word for word) are one mark: the
    first of them by number (the original, where it is cited), then ×N, the times that text is
    cited here. A heap of daily crawls holds one page dozens of times, and a mark per copy, each
    link with its title, made 120,000 of the 180,000 links of a 29,017-document heap's page (24
    MB of its 42) say one text again; the copies are not lost: each keeps its entry among the
    sources ("The same text as [1]"), and a rewritten copy, whose words differ, keeps its mark."""
    texts: dict[str, list[tuple[int, str]]] = {}  # a text (its original's id): its cited articles
    missing = []
    for a in dict.fromkeys(article_ids):
        if a in sources.number:
            texts.setdefault(sources.same_text(a) or a, []).append((sources.number[a], a))
        else:
            missing.append(a)
    marks = sorted((min(cited), len(cited)) for cited in texts.values())
    # only the marks shown are made (a date of 1,250 articles on each of thousands of lines)
    links = [
        f'<a class="cite" href="#a{n}" title="{e(sources.describe(a))}">[{n}]</a>'
        + (
            f'<span class="cite copies" title="and {plural(times - 1, "exact copy", "exact copies")} of [{n}]">×{times}</span>'
            if times > 1
            else ""
        )
        for (n, a), times in marks[:CITES_SHOWN]
    ]
    unknown = missing[: CITES_SHOWN - len(links)]
    links += [f'<span class="cite missing" title="not in this run">[{e(a)}]</span>' for a in unknown]
    shown = sum(times for _, times in marks[:CITES_SHOWN]) + len(unknown)
    if (rest := sum(len(cited) for cited in texts.values()) + len(missing) - shown) > 0:
        more = plural(rest, "more article", "more articles")
        links.append(f'<span class="cite more" title="{e(more)}">+{rest}</span>')
    return f'<sup class="cites">{"".join(links)}</sup>' if links else ""


def _folded(items: Sequence[str], shown: int, tag: str = "ul") -> str:
    """The first `shown` items, then the others in a closed <details> ("12 more")."""
    head, rest = "".join(items[:shown]), items[shown:]
    more = (
        f'<details class="more"><summary>{len(rest)} more</summary><{tag}>{"".join(rest)}</{tag}></details>'
    )
    return f"<{tag}>{head}</{tag}>" + (more if rest else "")


def _entities(entities: Sequence[Entity], sources: Sources) -> str:
    columns = []
    for kind, label in ENTITY_KINDS:
        of_kind = by_reports(entities, kind, sources.duplicate_of)
        if not of_kind:
            continue
        items = []
        for x in of_kind:
            role = f'<span class="role">{e(x.role)}</span>' if x.role else ""
            aka = f'<span class="aka">also {e(", ".join(x.aliases))}</span>' if x.aliases else ""
            items.append(f"<li><b>{e(x.name)}</b>{_cites(x.article_ids, sources)}{role}{aka}</li>")
        columns.append(f'<div class="{kind}"><h5>{label}</h5>{_folded(items, ENTITIES_SHOWN)}</div>')
    return f'<div class="cols entities">{"".join(columns)}</div>\n'


def _claims(brief: EventBrief, sources: Sources) -> str:
    """Three columns, one per status, headed by how many claims it has: those listed, then a line
    for those said elsewhere in the event's section (ClaimsShown), which are not written again."""
    columns = []
    for status, label in CLAIM_KINDS:
        claims = brief.shown_claims(status)
        items = [_claim(c, sources) for c in claims.listed]
        said = claims.said_elsewhere()
        if not items and not said:
            items = ['<li class="none">None found.</li>']
        shown = len(items) if status == "conflict" else CLAIMS_SHOWN
        listed = _folded(items, shown) if items else ""
        elsewhere = f'<p class="none">{"and " if items else ""}{e(said)}</p>' if said else ""
        columns.append(f'<div class="{status}"><h5>{label} ({claims.total})</h5>{listed}{elsewhere}</div>')
    return f'<div class="cols claims">{"".join(columns)}</div>\n'


def _claim(claim: Claim, sources: Sources) -> str:
    if claim.status != "conflict" or not claim.values:
        outlets = sources.outlets(claim.article_ids)
        who = (
            f'<br><span class="outlets">{e(outlets)}</span>'
            if claim.status == "corroborated" and outlets
            else ""
        )
        return f"<li>{e(claim.text)}{_cites(claim.article_ids, sources)}{who}</li>"
    # one box per distinct value, side by side, each with the outlets that give it
    by_value: dict[str, list[str]] = {}
    for aid, value in claim.values.items():
        by_value.setdefault(value, []).append(aid)
    boxes = "".join(
        f'<div><q>{e(value)}</q><span class="who">{e(sources.outlets(ids))}{_cites(ids, sources)}</span>'
        f"{_said(claim, ids)}</div>"
        for value, ids in by_value.items()
    )
    return f'<li>{_marked(claim.text, by_value)}<div class="values">{boxes}</div></li>'


def _said(claim: Claim, ids: Sequence[str]) -> str:
    """The wording of a conflict's value as the first of its articles that gives one wrote it
    (Claim.evidence: an excerpt of its sentence), so that a reader can check each side."""
    said = next((claim.evidence[a] for a in ids if claim.evidence.get(a)), "")
    return f'<span class="said">{e(said)}</span>' if said else ""


def _marked(text: str, values: Iterable[str]) -> str:
    """The claim's text, escaped, with the disputed values it contains in <mark>."""
    found = sorted({v for v in values if v.strip() and v in text}, key=len, reverse=True)
    if not found:
        return e(text)
    parts = re.split("(" + "|".join(map(re.escape, found)) + ")", text)
    return "".join(f"<mark>{e(p)}</mark>" if k % 2 else e(p) for k, p in enumerate(parts))


def _quote(quote: Quote, cited: Sequence[str], sources: Sources, names: Mapping[str, str]) -> str:
    """One statement: its first wording, its speaker (as the event's entities name them), and
    every article that quotes it."""
    speaker = e(names.get(quote.speaker, quote.speaker)) if quote.speaker else "unattributed"
    outlet = sources.outlets(cited)
    return (
        f'<blockquote class="quote"><p>“{e(quote.quote)}”</p><footer>— {speaker}'
        f"{', ' + e(outlet) if outlet else ''}{_cites(cited, sources)}</footer></blockquote>\n"
    )


def _timeline(entries: Sequence[TimelineEntry], sources: Sources) -> str:
    rows = ordered(entries)
    shown, apart = charted([(n, entry, span) for n, (entry, span) in enumerate(rows, 1) if span is not None])
    chart = timeline_svg(shown)
    items = "".join(
        f'<li><span class="tl-when">{e(date_label(entry.date))}</span>{e(entry.text)}'
        f"{_cites(entry.article_ids, sources)}</li>"
        for entry, _ in rows
    )
    notes = []
    if any(span.precision != "day" for _, _, span in shown):
        notes.append("A dot is a day; a bar is a month or a year when the sources give only that.")
    if apart:
        dates = ", ".join(date_label(entry.date) for _, entry, _ in apart)
        notes.append(
            f"Not charted: {plural(len(apart), 'entry', 'entries')} long before the others ({dates}), listed below."
        )
    caption = f"<figcaption>{e(' '.join(notes))}</figcaption>" if notes else ""
    return f'<figure class="tl">{chart}{caption}<ol class="tl-list">{items}</ol></figure>\n'


def _source(article_id: str, sources: Sources) -> str:
    art = sources.articles[article_id]
    n = sources.number[article_id]
    meta = [art.outlet or "unknown outlet", date_label(art.published)]
    if art.authors:
        meta.append("by " + ", ".join(art.authors))
    if art.language and art.language != "en":
        meta.append(f"language {art.language}")
    meta.append(f"id {art.id}")
    original = sources.duplicate_of.get(article_id)
    same = sources.same_text(article_id)
    copy = ""
    if original is not None and same is None:  # an exact copy says it once, below
        copy = f' · <span class="copy">copy of{_cites([original], sources)}</span>'
    link = ""
    if art.url and art.url.lower().startswith(("http://", "https://")):
        link = f' · <a href="{e(art.url)}" rel="noreferrer noopener">original page</a>'
    paragraphs = [p.strip() for p in art.text.split("\n") if p.strip()]
    if same is not None:
        body = f'<p class="meta"><span class="copy">An exact copy.</span> The same text as{_cites([same], sources)}</p>'
    else:
        text = "".join(f"<p>{e(p)}</p>" for p in paragraphs)
        words = sum(len(p.split()) for p in paragraphs)
        # the page is English; an article in another language says so (screen readers, hyphenation)
        lang = f' lang="{e(art.language)}"' if art.language and art.language != "en" else ""
        body = f'<details><summary>Read the text ({words} words)</summary><div class="text"{lang}>{text}</div></details>'
    return (
        f'<li id="a{n}" data-article-id="{e(art.id)}"><span class="n">[{n}]</span><div>'
        f'<span class="title">{e(sources.heading(article_id))}</span><br>'
        f'<span class="meta">{e(" · ".join(meta))}{copy}{link}</span>'
        f"{body}"
        "</div></li>\n"
    )


def _run(counts: RunCounts) -> str:
    rows = [
        ("documents read", counts.documents),
        ("articles kept", counts.kept),
        ("of which copies of another article", counts.copies),
        ("events", counts.events),
        ("stories", counts.stories),
        ("documents not used", counts.dropped_total),
    ]
    table = "".join(f'<tr><td>{e(label)}</td><td class="num">{n}</td></tr>' for label, n in rows)
    reasons = "".join(
        f'<tr><td>{e(reason)}</td><td class="num">{n}</td></tr>' for reason, n in counts.dropped
    )
    why = f"<h4>Why documents were not used</h4><table>{reasons}</table>" if reasons else ""
    return f'<footer class="run" id="run"><h2>This run</h2><table>{table}</table>{why}</footer>\n'
