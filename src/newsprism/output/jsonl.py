"""The JSON Lines outputs: articles.jsonl, events.jsonl, stories.jsonl (fields in shared/DESIGN.md).

articles.jsonl has one line per input document, kept or dropped. It is first written as the
documents stream through extraction (`write_jsonl` to a part file), then rewritten once the corpus
stages have linked the articles (`with_links`), so extraction never holds dropped pages in memory.
The report stage finishes events biggest story first; each event's lines wait in a `RecordSpool`
(a scratch file) until they are written in the corpus order, so no report is held meanwhile.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsprism.corpus import CorpusLinks, Event, Story
from newsprism.records import Article, Claim, Entity, Quote, SummarySentence, TimelineEntry
from newsprism.report import EventReport

__all__ = [
    "RecordSpool",
    "article_record",
    "event_record",
    "quote_record",
    "read_jsonl",
    "story_record",
    "with_links",
    "write_jsonl",
    "write_linked",
]

# How article_record writes a kept article's line before it is linked: its id first, and its
# links (all null) just before "dropped": null. A JSON string's own quotes are escaped, so the
# run below can only be the record's own fields.
_ID_START = b'{"id": "'
_ID_END = b'", "title": '
_UNLINKED = b'"duplicate_of": null, "event_id": null, "story_id": null, "dropped": null'
_LINKED = '"duplicate_of": {}, "event_id": {}, "story_id": {}, "dropped": null'


def article_record(art: Article) -> dict[str, Any]:
    """The contract's fields first, then the input record's other fields (never over a contract
    field); `with_links` fills the corpus links."""
    record: dict[str, Any] = {
        "id": art.id,
        "title": art.title,
        "text": art.text,
        "published": art.published,
        "outlet": art.outlet,
        "authors": list(art.authors),
        "language": art.language,
        "duplicate_of": None,
        "event_id": None,
        "story_id": None,
        "dropped": art.dropped,
        "url": art.url,
        "dateline": art.dateline,
        "published_source": art.published_source,
        "not_after": art.not_after,
        "source": art.source,
    }
    # the editors' notes read out of the body, only when there are any (few pages print one); after
    # "dropped", so write_linked finds the unlinked fields as written
    if art.corrections:
        record["corrections"] = list(art.corrections)
    # what reading set aside (an unreadable 'published', an extractor that failed on the page):
    # the command prints a few of each kind and points here for the rest, which were nowhere
    if art.notes:
        record["notes"] = list(art.notes)
    record.update((k, v) for k, v in art.extra.items() if k not in record)
    return record


def with_links(records: Iterable[dict[str, Any]], links: CorpusLinks) -> Iterator[dict[str, Any]]:
    for rec in records:
        aid = rec["id"]
        if rec.get("dropped") is None:
            rec["duplicate_of"] = links.duplicate_of.get(aid)
            rec["event_id"] = links.event_of.get(aid)
            rec["story_id"] = links.story_of.get(aid)
        yield rec


def write_linked(part: Path, links: CorpusLinks, path: Path) -> None:
    """Write the article lines of `part` (written by write_jsonl from article_record) to `path`
    with their links: the lines write_jsonl(with_links(read_jsonl(part), links), path) writes.

    A kept article's line is neither parsed nor decoded: only its id is read and its three null
    links replaced (json.dumps of a parsed line gives the line back, so the bytes are the same;
    the round trip took 0.23 s CPU per 10k heap articles against 0.05, bench/articles_writing.py,
    in one process at the end of the digest). Any other line (a dropped page) goes the long way.
    """
    dumps = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(x, ensure_ascii=False)
    with part.open("rb") as f, path.open("wb") as out:
        for line in f:
            at = line.find(_UNLINKED) if line.startswith(_ID_START) else -1
            # the id's closing quote is the first unescaped one: the one before the title field
            end = line.find(_ID_END, len(_ID_START)) if at > 0 else -1
            if end < 0:
                if line.strip():
                    out.writelines(_line(r).encode("utf-8") for r in with_links([json.loads(line)], links))
                continue
            aid = json.loads(line[len(_ID_START) - 1 : end + 1])
            filled = _LINKED.format(
                dumps(links.duplicate_of.get(aid)),
                dumps(links.event_of.get(aid)),
                dumps(links.story_of.get(aid)),
            )
            out.write(line[:at] + filled.encode("utf-8") + line[at + len(_UNLINKED) :])


def event_record(event: Event, report: EventReport | None = None) -> dict[str, Any]:
    """An events.jsonl line; without a report the summary, entities, claims and timeline are []."""
    return {
        "id": event.id,
        "story_id": event.story_id,
        "title": event.title,
        "start": event.start,
        "end": event.end,
        "article_ids": list(event.article_ids),
        "outlets": list(event.outlets),
        "summary": [summary_sentence_record(s) for s in report.summary] if report else [],
        "entities": [entity_record(e) for e in report.entities] if report else [],
        "claims": [claim_record(c) for c in report.claims] if report else [],
        "timeline": [timeline_entry_record(t) for t in report.timeline] if report else [],
    }


def story_record(story: Story, timeline: Iterable[TimelineEntry] = ()) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "event_ids": list(story.event_ids),
        "start": story.start,
        "end": story.end,
        "timeline": [timeline_entry_record(t) for t in timeline],
    }


def summary_sentence_record(s: SummarySentence) -> dict[str, Any]:
    return {"text": s.text, "article_ids": list(s.article_ids)}


def entity_record(e: Entity) -> dict[str, Any]:
    return {
        "name": e.name,
        "type": e.type,
        "role": e.role,
        "article_ids": list(e.article_ids),
        "aliases": list(e.aliases),
    }


def claim_record(c: Claim) -> dict[str, Any]:
    record: dict[str, Any] = {
        "text": c.text,
        "status": c.status,
        "article_ids": list(c.article_ids),
        "values": dict(c.values),
    }
    if c.status == "conflict" and c.evidence:
        # each side's own wording of its value (article id -> an excerpt of its sentence), so that a
        # reader can check the conflict; the other claims' wordings are their articles' text
        record["evidence"] = dict(c.evidence)
    return record


def timeline_entry_record(t: TimelineEntry) -> dict[str, Any]:
    return {"date": t.date, "text": t.text, "article_ids": list(t.article_ids)}


def quote_record(q: Quote, event_id: str | None) -> dict[str, Any]:
    return {
        "article_id": q.article_id,
        "quote": q.quote,
        "speaker": q.speaker,
        "event_id": event_id,
        "statement": q.statement,  # shared by the quotes of one statement, however worded
    }


def write_jsonl(records: Iterable[dict[str, Any]], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(_line(rec))
            n += 1
    return n


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


class RecordSpool:
    """JSON lines set aside in a scratch file under a key as they are made, and written out later
    in any order of the keys; only each key's place in the file is held in memory.

    The report stage gives events as they are done, biggest story first, and the outputs list them
    in the corpus order: held until then, the reports cost ~12 KB an event (the 50k heap's parent
    grew by 250 MB while reporting, a gigabyte at 200k).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = path.open("w+b")
        self._end = 0
        self._place: dict[str, tuple[int, int]] = {}

    def add(self, key: str, records: Iterable[dict[str, Any]]) -> None:
        """Set aside the lines of `records` under `key` (a key added again keeps its last lines)."""
        data = "".join(map(_line, records)).encode("utf-8")
        self._file.seek(self._end)
        self._file.write(data)
        self._place[key] = (self._end, len(data))
        self._end += len(data)

    def write(self, keys: Iterable[str], path: Path) -> None:
        """Write the lines of each of `keys`, in that order, to `path`."""
        with path.open("wb") as out:
            for key in keys:
                start, size = self._place[key]
                self._file.seek(start)
                out.write(self._file.read(size))

    def close(self) -> None:
        """Close and remove the scratch file."""
        self._file.close()
        self.path.unlink(missing_ok=True)

    def __enter__(self) -> RecordSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Stream the records of a JSON Lines file back."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)
