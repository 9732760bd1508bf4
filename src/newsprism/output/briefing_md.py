"""briefing.md: the briefing for terminals and notes, the same content as briefing.html.

Where the page folds a long list, briefing.md cannot: it lists what the page shows before the fold
and every entity, claim or quote that several articles carry, then says how many more there are and in
which file ("*and 18 more single-source claims: events.jsonl, event e-2a41582e1cbc*").

Citations are `[n]`, numbered as in the HTML page; each event ends with its numbered sources, and
the articles' clean texts follow at the end under `[n]` headings. Text from documents has `<`, `>`,
`[`, `]` and `\\` escaped with a backslash: a Markdown viewer shows them as written and never reads
them as HTML or as a link (and `[3]` in an article cannot pass for a citation); a paragraph that
would open a Markdown block ("# ", "- ", "1. ", "---") is escaped so it stays a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

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
    reports,
    same_text_as,
    span_label,
)
from newsprism.output.timeline_svg import ordered
from newsprism.records import Claim, TimelineEntry

__all__ = ["render_markdown"]

_ESCAPE = {ord(c): "\\" + c for c in "\\<>[]"}
_SPECIAL = re.compile(r"[\\<>\[\]]")  # what _ESCAPE changes: most lines hold none


# what would turn a paragraph into a heading, quote, list item or rule at the start of a line
_BLOCK_START = re.compile(r"(?:#{1,6}(?=\s|$)|>|[-+*](?=\s)|=+$|-+$|_+$|\*+$)")
_NUMBERED = re.compile(r"(\d{1,9})([.)])(?=\s|$)")


def md(text: str) -> str:
    """Text from a document, on one line, safe in Markdown."""
    line = " ".join(text.split())
    return line.translate(_ESCAPE) if _SPECIAL.search(line) else line


def md_paragraph(text: str) -> str:
    """A paragraph from a document that stays a paragraph ("1. The talks" is not a list)."""
    line = md(text)
    if _BLOCK_START.match(line):
        return "\\" + line
    return _NUMBERED.sub(r"\1\\\2", line, count=1) if _NUMBERED.match(line) else line


def render_markdown(
    stories: Sequence[StoryBrief], sources: Sources, counts: RunCounts, title: str
) -> Iterator[str]:
    yield f"# {md(title)}\n\n{counts.line()}\n\n"
    if stories:
        yield "## Contents\n\n"
        for story in stories:
            s = story.story
            yield f"- {md(story.heading)}{_when(s.start, s.end)}\n"
            if len(story.events) > 1 and len(stories) <= TOC_EVENTS_UP_TO:
                for b in story.events:
                    yield f"  - {md(b.heading)}{_when(b.event.start, b.event.end)}\n"
        yield "\n"
    else:
        yield "No article was kept, so there is nothing to brief.\n\n"
    for story in stories:
        s = story.story
        yield f"## {md(story.heading)}\n\n*{md(' · '.join(sources.story_line(story)))}*\n\n"
        if story.shown_timeline:
            yield "**Story timeline**\n\n" + _timeline(story.shown_timeline, sources)
        for brief in story.events:
            yield from _event(brief, sources, story.event_timeline(brief), heading=not story.repeats(brief))
    yield from _articles(sources)
    yield "## This run\n\n"
    yield f"- documents read: {counts.documents}\n- articles kept: {counts.kept}\n"
    yield f"- of which copies of another article: {counts.copies}\n- events: {counts.events}\n"
    yield f"- stories: {counts.stories}\n- documents not used: {counts.dropped_total}\n"
    if counts.dropped:
        yield "\nWhy documents were not used:\n\n"
        yield "".join(f"- {n} × {md(reason)}\n" for reason, n in counts.dropped)


def _when(start: str | None, end: str | None) -> str:
    return f" ({span_label(start, end)})" if start else ""


def _cites(article_ids: Iterable[str], sources: Sources) -> str:
    """[1][3]: the cited articles' numbers, an id this run does not know as [id?]; past
    CITES_SHOWN marks, [+N more]."""
    unique = dict.fromkeys(article_ids)
    known = sorted(sources.number[a] for a in unique if a in sources.number)
    missing = [a for a in unique if a not in sources.number]
    # only the marks shown are made (a date of 1,250 articles on each of thousands of lines)
    marks = [f"[{n}]" for n in known[:CITES_SHOWN]]
    marks += [f"[{md(a)}?]" for a in missing[: CITES_SHOWN - len(marks)]]
    if (rest := len(known) + len(missing) - CITES_SHOWN) > 0:
        marks.append(f"[+{rest} more]")
    return "".join(marks)


def _event(
    brief: EventBrief, sources: Sources, timeline: TimelineShown, *, heading: bool = True
) -> Iterator[str]:
    ev = brief.event
    ids = sources.of_event(ev.id)
    yield (
        f"### {md(brief.heading)}\n\n" if heading else ""
    ) + f"*{md(' · '.join(sources.event_line(ev)))}*\n\n"
    if brief.summary:
        yield (
            " ".join(f"{md(s.text)} {_cites(s.article_ids, sources)}".rstrip() for s in brief.cited_summary())
            + "\n\n"
        )
    for kind, label in ENTITY_KINDS:
        of_kind = by_reports(brief.entities, kind, sources.duplicate_of)
        if of_kind:
            # the names the page shows before its fold and every name two reports carry (a copy and
            # its original are one report); the rest, each named by one article, are counted
            reported = sum(reports(x.article_ids, sources.duplicate_of) > 1 for x in of_kind)
            shown = _shown(len(of_kind), max(ENTITIES_SHOWN, reported))
            names = "; ".join(
                md(x.name) + (f" ({md(x.role)})" if x.role else "") + " " + _cites(x.article_ids, sources)
                for x in of_kind[:shown]
            )
            if rest := len(of_kind) - shown:
                names += f"; *and {rest} more, each named by one article: events.jsonl, event {md(ev.id)}*"
            yield f"**{label}:** {names}\n\n"
    if brief.claims:
        for status, label in CLAIM_KINDS:
            claims = brief.shown_claims(status)
            of_status = claims.listed
            if not of_status:
                if said := claims.said_elsewhere():
                    yield f"**{label}:** *{said}*\n\n"
                continue
            # no fold in Markdown: past CLAIMS_SHOWN, single-source claims are counted, not listed
            shown = _shown(len(of_status), CLAIMS_SHOWN if status == "single_source" else len(of_status))
            yield f"**{label}:**\n\n" + "".join(_claim(c, sources) for c in of_status[:shown]) + "\n"
            if rest := len(of_status) - shown:
                what = "single-source claim" if rest == 1 else "single-source claims"
                yield f"*and {rest} more {what}: events.jsonl, event {md(ev.id)}*\n\n"
            if said := claims.said_elsewhere():
                yield f"*and {said}*\n\n"
    shown_statements = brief.shown_statements(sources.duplicate_of)
    statements = list(shown_statements.listed)
    if not statements and (said := shown_statements.said_elsewhere()):
        yield f"**Quotes:** *{said}*\n\n"
    elif statements:
        yield "**Quotes:**\n\n"
        speakers = brief.speaker_names()
        # every statement two articles report (a copy and its original are one report), else the
        # first QUOTES_SHOWN: the list is the most reported first, so the rest were each reported once
        copies = sources.duplicate_of
        reported = sum(reports(cited, copies) > 1 for _, cited in statements)
        shown = _shown(len(statements), max(QUOTES_SHOWN, reported))
        for q, cited in statements[:shown]:
            speaker = md(speakers.get(q.speaker, q.speaker)) if q.speaker else "unattributed"
            outlet = sources.outlets(cited)
            yield f"> “{md(q.quote)}” — {speaker}{', ' + md(outlet) if outlet else ''} {_cites(cited, sources)}\n\n"
        if rest := len(statements) - shown:
            what = "quote, reported by one article" if rest == 1 else "quotes, each reported by one article"
            yield f"*and {rest} more {what}: quotes.jsonl, event {md(ev.id)}*\n\n"
        if said := shown_statements.said_elsewhere():
            yield f"*and {said}*\n\n"
    if timeline.listed:
        yield "**Timeline:**\n\n" + _timeline(timeline.listed, sources)
        if said := timeline.said_elsewhere():
            yield f"*and {said}*\n\n"
    elif said := timeline.said_elsewhere():
        yield f"**Timeline:** *{said}*\n\n"
    yield "**Sources:**\n\n"
    for aid in ids:
        yield f"- {_source_line(aid, sources)}\n"
    yield "\n"


def _shown(total: int, cap: int) -> int:
    """How many items of a list of `total` briefing.md lists: `cap`, or all where only one more
    would be left out ("and 1 more ..." takes the line that item would)."""
    return total if total <= cap + 1 else cap


def _claim(claim: Claim, sources: Sources) -> str:
    if claim.status == "conflict" and claim.values:
        by_value: dict[str, list[str]] = {}
        for aid, value in claim.values.items():
            by_value.setdefault(value, []).append(aid)
        versus = " vs ".join(
            f"“{md(value)}” ({md(sources.outlets(ids)) + ' ' if sources.outlets(ids) else ''}{_cites(ids, sources)})"
            for value, ids in by_value.items()
        )
        # each side's wording (Claim.evidence), one line per value, so that a reader can check it
        said = "".join(
            f"  - {_cites(ids, sources)} {md(text)}\n"
            for ids in by_value.values()
            if (text := next((claim.evidence[a] for a in ids if claim.evidence.get(a)), ""))
        )
        return f"- {md(claim.text)} — {versus}\n{said}"  # a dash, not a colon: the text ends its own sentence
    return f"- {md(claim.text)} {_cites(claim.article_ids, sources)}\n"


def _timeline(entries: Sequence[TimelineEntry], sources: Sources) -> str:
    return (
        "".join(
            f"- {date_label(entry.date)}: {md(entry.text)} {_cites(entry.article_ids, sources)}\n"
            for entry, _ in ordered(entries)
        )
        + "\n"
    )


def _source_line(article_id: str, sources: Sources, *, head: bool = True) -> str:
    """An article on one line, "[3] Headline · Outlet · 25 Apr 2024 · by ... · id ..." (without the
    number and headline where a heading already gives them)."""
    art = sources.articles[article_id]
    parts = [f"[{sources.number[article_id]}] {md(sources.heading(article_id))}"] if head else []
    parts += [md(art.outlet or "unknown outlet"), date_label(art.published)]
    if art.authors:
        parts.append("by " + md(", ".join(art.authors)))
    parts.append(f"id {md(art.id)}")
    original = sources.duplicate_of.get(article_id)
    if original is not None:
        parts.append(f"copy of {_cites([original], sources)}")
    return " · ".join(parts)


def _articles(sources: Sources) -> Iterator[str]:
    if not sources.number:
        return
    yield "## Articles\n\n"
    for aid in sorted(sources.number, key=sources.number.__getitem__):
        art = sources.articles[aid]
        yield f"### [{sources.number[aid]}] {md(sources.heading(aid))}\n\n*{_source_line(aid, sources, head=False)}*\n\n"
        if (original := same_text_as(aid, sources)) is not None:
            yield f"The same text as {_cites([original], sources)}.\n\n"
            continue
        paragraphs = [md_paragraph(p) for p in art.text.split("\n") if p.strip()]
        yield "\n\n".join(paragraphs) + "\n\n"
