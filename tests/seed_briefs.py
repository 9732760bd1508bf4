"""Briefs of the five seed pages built from their hand-made reference (shared/seeds/gold.json).

The briefing tests render these so they can check every part of the page (summary, entities,
claims, quotes, timelines) without waiting for the stages that compute them. The articles are the
real extraction of the seed pages; the events, story, entities, claims, quotes and timeline are
the gold's, turned into the records the stages will produce.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsprism.corpus import Event, Story
from newsprism.ingest import read_documents
from newsprism.output.briefing import EventBrief, StoryBrief
from newsprism.pipeline import extract_all
from newsprism.records import Article, Claim, Entity, Quote, SummarySentence, TimelineEntry


def seed_articles(seeds: Path) -> list[Article]:
    return [a for a in extract_all(read_documents(sorted(seeds.glob("*.txt")))) if a.kept]


def seed_briefs(seeds: Path, articles: list[Article]) -> tuple[StoryBrief, ...]:
    """One story of two events, as the gold draws them, with the gold's findings."""
    gold = json.loads((seeds / "gold.json").read_text(encoding="utf-8"))
    by_id = {a.id: a for a in articles}

    def full(short: str) -> str:  # the gold names articles by their number ("003")
        return next(aid for aid in sorted(by_id) if aid.startswith(short))

    def ids(shorts: list[str], within: set[str] | None = None) -> tuple[str, ...]:
        """The articles, only those of the event `within` when given (a stage sees one event)."""
        return tuple(a for a in map(full, shorts) if within is None or a in within)

    events = []
    for key, ev in gold["events"].items():
        members = tuple(full(a[:3]) for a in ev["articles"])
        event_ids = set(members)
        dates = sorted(d for a in members if (d := by_id[a].published))
        entities = tuple(
            Entity(
                name=x["name"], type=x["type"], role=x.get("role"), article_ids=ids(x["articles"], event_ids)
            )
            for x in gold["entities"]
            if ids(x["articles"], event_ids)
        )
        claims = tuple(_claims(gold["claims"], ids, full, event_ids))
        quotes = tuple(_quotes(gold["quotes"], full, by_id, event_ids))
        timeline = tuple(
            TimelineEntry(date=t["when"], text=t["what"], article_ids=ids(t["articles"], event_ids))
            for t in gold["timeline"]
            if ids(t["articles"], event_ids)
        )
        # a summary cited as the summariser will cite: the corroborated claims with their sources
        summary = tuple(SummarySentence(text=c.text + ".", article_ids=c.article_ids) for c in claims[:3])
        events.append(
            EventBrief(
                event=Event(
                    id=key,
                    story_id="S1",
                    title=ev["title"],
                    start=dates[0] if dates else None,
                    end=dates[-1] if dates else None,
                    article_ids=tuple(sorted(members)),
                    outlets=tuple(sorted({o for a in members if (o := by_id[a].outlet)})),
                ),
                summary=summary,
                entities=entities,
                claims=claims,
                quotes=quotes,
                timeline=timeline,
            )
        )
    ((story_key, story),) = gold["stories"].items()
    starts = [e.event.start for e in events if e.event.start]
    return (
        StoryBrief(
            story=Story(
                id=story_key,
                title=story["title"],
                event_ids=tuple(e.event.id for e in events),
                start=min(starts, default=None),
                end=max((e.event.end for e in events if e.event.end), default=None),
            ),
            events=tuple(events),
            timeline=tuple(
                TimelineEntry(date=t["when"], text=t["what"], article_ids=ids(t["articles"]))
                for t in gold["timeline"]
            ),
        ),
    )


def _claims(gold: dict[str, Any], ids: Any, full: Any, event_ids: set[str]) -> list[Claim]:
    out = [
        Claim(text=c["claim"], status=status, article_ids=ids(c["articles"]))
        for status in ("corroborated", "single_source")
        for c in gold[status]
    ]
    for c in gold["conflicts"]:
        values = {full(k): v for k, v in c["values"].items()}
        out.append(Claim(text=c["about"], status="conflict", article_ids=tuple(values), values=values))
    return [c for c in out if event_ids & set(c.article_ids)]


def _quotes(
    gold: list[dict[str, Any]], full: Any, by_id: dict[str, Article], event_ids: set[str]
) -> list[Quote]:
    out = []
    for q in gold:
        for short in q["articles"]:
            aid = full(short)
            text = q.get("text") or q[f"text_{short}"]
            start = max(by_id[aid].text.find(text), 0)
            if aid in event_ids:
                out.append(
                    Quote(
                        article_id=aid, quote=text, speaker=q["speaker"], start=start, end=start + len(text)
                    )
                )
    return out
