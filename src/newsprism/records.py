"""The records that flow through newsprism, one stage to the next.

ingest yields `Document`s (raw bytes decoded to text or HTML, plus whatever metadata the container
gave), extract turns each into an `Article`. Records are frozen: a stage returns a new record and
never edits one it was given. Later stages (dedup, cluster, corroborate) add their own records.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

Kind = Literal["html", "text"]


# How a note or a dropped reason that an earlier run wrote in its articles.jsonl starts once that
# file is read again (a re-run on the output, two runs' articles merged): "from an earlier run:
# the record's 'published' ... ignored": the row read back no longer shows it (its 'published' is
# null now). Said once, however many runs it passes.
EARLIER_RUN = "from an earlier run"


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One input document as read from disk, before extraction.

    `content` is already decoded to `str`. `error` is set, and `content` empty, when the document
    could not be read at all (truncated gzip, binary blob, ...): extract turns it into a dropped
    Article with that reason.
    """

    id: str
    source: str  # where it came from: a path, or "path#line 12", "path#record 3"
    kind: Kind = "text"
    content: str = ""
    url: str | None = None
    title: str | None = None  # metadata given by the container (JSONL, feed item), trusted first
    published: str | None = None  # YYYY-MM-DD when the container gives one
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    # True for a record of an export (JSONL, JSON, feed item) rather than a saved page: its text is
    # usually the article body already, not a page rendered to text (extract.prose decides)
    from_record: bool = False
    # YYYY-MM-DD the page was fetched (a WARC record's WARC-Date): it was published then or before
    not_after: str | None = None
    error: str | None = None
    # what reading set aside and the user should hear of ("the record's 'published' ... ignored")
    notes: tuple[str, ...] = ()
    # the container's other short fields, as strings ({"topic": "bpoil_bbc"}): what a user may group
    # by (`newsprism timeline --group-by topic`)
    extra: dict[str, str] = field(default_factory=dict)
    # an earlier run's editors' notes (its articles.jsonl's "corrections"): the body read back no
    # longer holds them, so they ride along to the Article's own
    corrections: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A clean news article: main text without page furniture, and its metadata.

    `dropped` is None for a usable article, else a short reason why it was not used; a dropped
    article keeps its id and source so nothing is lost silently.
    """

    id: str
    source: str
    url: str | None = None
    title: str | None = None
    text: str = ""
    published: str | None = None  # YYYY-MM-DD
    published_source: str | None = None  # which evidence gave the date ("meta", "dateline", ...)
    # YYYY-MM-DD: the latest day it can have been published: the page's own (crawl-time) date
    # printed beside a widget, or the day a crawler fetched it (WARC-Date). Not its publication
    # date, but a bound the events can use
    not_after: str | None = None
    dateline: str | None = None  # place of the dateline ("New Delhi, April 24" -> "New Delhi")
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None  # ISO 639-1
    dropped: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    # the Document's notes (a date set aside, a reader that failed): warnings on stderr, and
    # articles.jsonl "notes" when there are any; an earlier run's, read back from its
    # articles.jsonl, ride along marked EARLIER_RUN (ingest.jsonl) and are not said again
    notes: tuple[str, ...] = ()
    # the editors' corrections and update notes about the piece, read out of its body
    # (extract.editnote: "Correction: An earlier version of this story said ..."); written out
    corrections: tuple[str, ...] = ()

    @property
    def kept(self) -> bool:
        return self.dropped is None


def container_article(doc: Document) -> Article:
    """An Article holding only what the container said about the document (no text yet)."""
    return Article(
        id=doc.id,
        source=doc.source,
        url=doc.url,
        title=doc.title,
        published=doc.published,
        outlet=doc.outlet,
        authors=doc.authors,
        not_after=doc.not_after,
    )


def dropped_article(doc: Document, reason: str) -> Article:
    """The Article a stage returns for a document it cannot use."""
    return replace(container_article(doc), dropped=reason)


# --- what the analyse, corroborate, summarise and timeline stages produce --------------------------
# Dates in these records are ISO strings as precise as known: "2023", "2023-02" or "2023-02-14".

EntityType = Literal["person", "organization", "place", "other"]
ClaimStatus = Literal["corroborated", "single_source", "conflict"]


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpression:
    """A date phrase in a text ("last Sunday", "in February", "April 24") resolved against the
    article's publication date; `text[start:end]` of the article text is the phrase."""

    text: str
    start: int
    end: int
    value: str  # "2024", "2024-02" or "2024-02-18"


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """One mention of a named entity in one article's text (offsets into that text)."""

    text: str  # as written: "Blinken", "Foreign Minister Wang Yi" -> "Wang Yi"
    start: int
    end: int
    type: EntityType
    name: str  # the fullest name the article gives for it ("Antony Blinken")
    role: str | None = None  # from a title or apposition ("Secretary of State")


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A person, organisation or place, its mentions merged across the articles of an event."""

    name: str
    type: EntityType
    role: str | None
    article_ids: tuple[str, ...]
    aliases: tuple[str, ...] = ()  # other names seen for it ("Blinken", "the secretary of state")


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A direct quote and who said it (the speaker's full name when the article gives it)."""

    article_id: str
    quote: str
    speaker: str | None
    start: int  # offsets of the quoted words in the article text
    end: int
    # quotes of one event that say the same thing, however worded, share this key (report.py)
    statement: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """A statement of an event checked across outlets. For a conflict, `values` maps each article
    id to the value it gives for the disputed slot (a name, number, date or place)."""

    text: str
    status: ClaimStatus
    article_ids: tuple[str, ...]
    values: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)  # article id -> its own wording of the claim


@dataclass(frozen=True, slots=True, kw_only=True)
class SummarySentence:
    """A sentence of a summary and every article that supports it, not only its source."""

    text: str
    article_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry:
    """A dated happening and the articles that report it."""

    date: str
    text: str
    article_ids: tuple[str, ...]
