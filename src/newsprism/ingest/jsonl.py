"""JSON Lines and JSON files -> Documents, one per record, streamed.

    read_jsonl(path, stem) -> Iterator[Document]   one record per line, read line by line
    read_json(path, stem)  -> Iterator[Document]   a list of records (streamed item by item),
                                                   one record (pretty-printed or not), records one
                                                   after another (jq's output), or JSON Lines
    record_document(record, fallback_id=..., source=...) -> Document

A record holds `id` and `text` or `html` (`html` wins when both are there: the page keeps the
dates and bylines that extract reads; a `text` that opens with a block element's tag is HTML too),
plus optional `url`, `title`, `published` (cut to YYYY-MM-DD; a number is Unix time), `outlet` and
`authors` (HTML escapes in a title, outlet or author read); other short scalar fields (a `topic`, a
`section`) are kept as strings in `Document.extra`, the rest is ignored. Ids: the record's `id`
(or `_id`, as NYT's API and a search index's hits name it), else `<stem>-<line>` (`<stem>-<item>`
in a list), else for a file holding a single record, `<stem>`.
A malformed line, a record with no text, a line over the size limit: each yields one Document with
`error` set, and reading goes on with the next line.
"""

from __future__ import annotations

import codecs
import html
import io
import json
import re
import shlex
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO

from newsprism.errors import UnreadableDocument
from newsprism.ingest.dates import container_date, unread_date
from newsprism.ingest.decoding import SAMPLE_BYTES, BinaryContent, decode, looks_like_markup
from newsprism.ingest.streams import (
    MAX_DOCUMENT_BYTES,
    STREAM_ERRORS,
    DocumentTooLarge,
    describe_stream_error,
    input_size,
    open_input,
    read_capped,
)
from newsprism.records import EARLIER_RUN, Document

__all__ = ["read_json", "read_jsonl", "record_document"]

# Bytes read at a time from a JSON list: big enough that a typical record arrives in one or two
# reads, small next to the per-document limit; the buffer doubles for records bigger than this.
ARRAY_CHUNK_BYTES = 1 << 20

# How much of a .json file's start is peeked to tell a list, one record and JSON Lines apart.
PEEK_BYTES = 4096

_WHITESPACE = " \t\r\n\ufeff"

# The fields a record's Document reads itself; other fields go to Document.extra.
_DOCUMENT_FIELDS = frozenset(
    ["id", "text", "html", "url", "title", "published", "outlet", "authors", "corrections"]
)
# Longer values of other fields are bodies (an abstract, a second text), not labels to group by.
MAX_EXTRA_CHARS = 200

# JSON may escape lone UTF-16 surrogates ("\ud800"), which json.loads keeps but no UTF-8 writer
# accepts: they become U+FFFD, as an undecodable byte does in a page.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: str) -> str:
    return _LONE_SURROGATE.sub("\ufffd", value.replace("\x00", ""))


# -- records -----------------------------------------------------------------------------------


def _string(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return _clean(value.strip())
    return None


# An HTML character reference: `&amp;`, `&#8211;`, `&#x2019;`
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def _label(value: Any) -> str | None:
    """A title, an outlet or an author's name as the page showed it: a scraper that copies a
    page's <title>, og:title or a CMS's API field keeps its HTML escapes ("Q&amp;A: the budget
    &#8211; explained"), which were shown as they are in every output."""
    text = _string(value)
    return html.unescape(text) if text and _CHARACTER_REFERENCE.search(text) else text


def _record_id(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    return _string(value)


def _authors(value: Any) -> tuple[str, ...]:
    if isinstance(value, str | dict):
        value = [value]
    if not isinstance(value, list):
        return ()
    names = (_label(a.get("name")) if isinstance(a, dict) else _label(a) for a in value)
    return tuple(dict.fromkeys(name for n in names if n and not _LINK.match(n) for name in _byline_names(n)))


# An author that is a link, not a name: NewsAPI gives the outlet's social page for some outlets'
# stories ("author": "https://www.facebook.com/bbcnews"), and a CMS may give the author's page
_LINK = re.compile(r"(?i)(?:https?://|www\.)\S+$")


# What may part or open a byline's names: a comma, a semicolon, "and", "&", a leading "By"
_BYLINE_MARKS = re.compile(r"[,;&]|\band\b|^by\b", re.IGNORECASE)


def _byline_names(author: str) -> tuple[str, ...]:
    """The names in one author string, read as a page's byline is (extract.byline): "Jane Doe, John
    Roe" and "By Jane Doe and John Roe" name two people, "Jane Doe, Reuters" one (each was one
    name as written, "By" and all). A string the byline reader finds no name in ("Doe, Jane", a
    name in a script it does not read) is kept as written."""
    if not _BYLINE_MARKS.search(author):
        return (author,)
    from newsprism.extract.byline import parse_byline  # the names' rules are extract's; loaded late

    byline = author.replace(";", ",")  # "Jane Doe; John Roe", as a list is written in a CSV's cell
    return parse_byline(byline) or parse_byline(f"By {byline}") or (author,)


def _corrections(value: Any) -> tuple[str, ...]:
    """An earlier run's "corrections" (a list of editors' notes); anything else is none."""
    if not isinstance(value, list):
        return ()
    return tuple(n for n in map(_string, value) if n)


# The fields every line of a digest's articles.jsonl has and a news export seldom does: a record
# with all three is such a line read again (a re-run on the output, two runs' articles merged),
# whose "notes", "dropped" and "not_after" are that run's (a user's "notes" list is not).
_DIGEST_ROW = frozenset(["source", "event_id", "dropped"])


def _digest_row(record: dict[str, Any]) -> bool:
    return record.keys() >= _DIGEST_ROW


def _earlier(said: str, source: str | None = None) -> str:
    """A note or dropped reason of an earlier run's articles.jsonl row, as this run keeps it: marked
    as that run's, once. Not with the row's "source" in it: the briefing counts the dropped
    documents by their reason, and a source in each made every one its own kind. Except where the
    reason names a line ("malformed JSON on line 63 ...; fix or remove that line"): the line is
    one of the earlier run's input, which the row's source names (the warning's source is now
    this articles.jsonl, whose line 63 is another row); such a reason is its own kind already."""
    if said.startswith(EARLIER_RUN):
        return said
    where = source.split("#", 1)[0] if source and _NAMES_A_LINE.search(said) else None
    return f"{EARLIER_RUN}: {where}: {said}" if where else f"{EARLIER_RUN}: {said}"


# a reason that points at a line of the input it was read from (ingest.jsonl's own reasons)
_NAMES_A_LINE = re.compile(r"\bline \d+\b")


def _earlier_notes(record: dict[str, Any]) -> tuple[str, ...]:
    """An earlier run's "notes" (what its reading set aside: a 'published' that was no date, a
    reader that failed on the page): still true of the article, and its row read back no longer
    shows why (the 'published' is null now). Anything but a list of strings is none."""
    value = record.get("notes")
    if not isinstance(value, list) or not _digest_row(record):
        return ()
    return tuple(_earlier(n) for n in map(_string, value) if n)


def _extra(record: dict[str, Any]) -> dict[str, str]:
    out = {}
    # the article under its export's name too, once renamed as a dropped row's jq line says
    # (`.text = .content`): a short one was written out twice, as 'text' and 'content'
    texts = (record.get("text"), record.get("html"))
    for key, value in record.items():
        if key in _DOCUMENT_FIELDS or isinstance(value, bool) or not isinstance(value, str | int | float):
            continue
        if value in texts:
            continue
        text = _clean(str(value).strip())
        if text and len(text) <= MAX_EXTRA_CHARS:
            out[str(key)] = text
    return out


def _describe(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )


# The fields a record's Document takes a string from. A value of another type was left out in
# silence: the article had no title, outlet or link, or an id made up for it, and no word of why
# (journey 10: "title": {"main": ...}, "outlet": false, "url": 42, "id": ["a", "b"]). Each is a note,
# as a 'published' that is no date is; null (or no field) is no value, not a wrong one.
_STRING_FIELDS = ("title", "url", "outlet")


def _wrong_types(record: dict[str, Any], doc_id: str) -> tuple[str, ...]:
    notes = []
    value = record.get("id")
    if value is not None and not isinstance(value, str) and _record_id(value) is None:
        notes.append(
            f"the record's 'id' {_shown(value)} is {_describe(value)}, not a string or a whole number: "
            f"its id is {doc_id}"
        )
    for field in _STRING_FIELDS:
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            notes.append(
                f"the record's '{field}' {_shown(value)} is {_describe(value)}, not a string: ignored"
            )
    value = record.get("authors")
    if value is not None and not isinstance(value, str | list | dict):
        notes.append(
            f"the record's 'authors' {_shown(value)} is {_describe(value)}, not a name or a list of names: ignored"
        )
    return tuple(notes)


def _shown(value: Any) -> str:
    """A value as JSON writes it, cut to 40 characters (a note is one line)."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:39] + "…"


# A JSON number as 'published' is Unix time (what time.time(), Date.now(), HN's and Reddit's APIs
# give) when its unit is not in doubt: it is read in the one unit, seconds or milliseconds, that
# puts it between 1973-03-03 and 2286-11-20 (1e8-1e10 s, 1e11-1e13 ms; news is never dated in
# 1970-73, so no number reads as a date in both units). Below both is a year (2024) or a date
# written as a number (20240304), between them a number that is 2286-5138 in seconds or 1970-73 in
# milliseconds, above them micro- or nanoseconds: none is guessed. The day is UTC's, as for an ISO
# timestamp written with Z: Unix time carries no zone.
_UNIX_SECONDS = (1e8, 1e10)
_UNIX_MILLISECONDS = (1e11, 1e13)
# A number whose digits read as YYYYMMDDHH or YYYYMMDDHHMM (2024030411) falls in those ranges too
# (2034 in seconds, 1976 in milliseconds): a stamp written without separators, not guessed either.
_DIGIT_STAMP = re.compile(r"(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])([0-5]\d)?")
_WRITE_INSTEAD = "write it as YYYY-MM-DD or ISO 8601 (2024-03-04T11:00:00Z)"


def _unix_day(value: float) -> tuple[str | None, str]:
    """The UTC day of a Unix time, or None and why the number is not read as one."""
    for (low, high), per_second in ((_UNIX_SECONDS, 1), (_UNIX_MILLISECONDS, 1000)):
        if low <= value < high:
            if _DIGIT_STAMP.fullmatch(str(int(value))):
                return (
                    None,
                    f"its digits read as a day and hour (YYYYMMDDHH) as well as Unix time: {_WRITE_INSTEAD}",
                )
            return datetime.fromtimestamp(value / per_second, timezone.utc).date().isoformat(), ""
    # NaN and the infinities (Python's json reads them) fall in no range either
    return (
        None,
        f"a number is read as Unix time in seconds or milliseconds between 1973 and 2286, else {_WRITE_INSTEAD}",
    )


def _published(value: Any, field: str = "published") -> tuple[str | None, str | None]:
    """A record's 'published' as YYYY-MM-DD, or None and the note that says why it was set aside."""
    named = f"the record's '{field}'"
    if isinstance(value, int | float) and not isinstance(value, bool):
        day, why = _unix_day(value)
        return (day, None) if day else (None, f"{unread_date(named, value)}; {why}")
    published = container_date(value)
    return published, None if published else unread_date(named, value)


# The names common exports give a Document's fields, read where a record has no value under the
# field's own name: NewsAPI's articles (publishedAt, author, source.name), schema.org's NewsArticle
# as JSON-LD (datePublished, headline, author, publisher.name), news-please (date_publish), the
# Guardian's content API (webPublicationDate, webTitle, webUrl). These are the exports whose text
# field a dropped row names with the jq line that renames it (_TEXT_NAMES): renamed so, such a
# record was read without its date, byline and outlet (robust30's NewsAPI line). news-please's
# 'source_domain' is not an outlet's name ("www.bbc.co.uk"): extract names the outlet from the url.
# The Guardian's byline is in its 'fields' ('fields.byline'); NYT's Article Search API names its
# date 'pub_date', its link 'web_url', its headline 'headline.main', its byline 'byline.original'
# ("By Jane Doe and John Roe") and its id '_id' ("nyt://article/..."; Elasticsearch's hits name
# theirs so too; MongoDB's {"$oid": ...} is no string, so is passed over).
_OTHER_NAMES = {
    "id": ("_id",),
    "published": ("publishedAt", "datePublished", "date_publish", "webPublicationDate", "pub_date"),
    "authors": ("author", "fields.byline", "byline.original"),
    "outlet": ("source.name", "publisher.name"),
    "title": ("headline", "webTitle", "headline.main"),
    "url": ("webUrl", "web_url"),
}
# the values a field takes from another name; the rest (title, url, outlet) take a string
_OTHER_TYPES: dict[str, type | tuple[type, ...]] = {
    "id": (str, int),
    "published": (str, int, float),
    "authors": (str, list, dict),
}


def _lookup(record: dict[str, Any], name: str) -> Any:
    """A record's value at a name, "source.name" one object down; None where there is none."""
    value: Any = record
    for key in name.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _named(record: dict[str, Any], field: str) -> tuple[str, Any]:
    """(the name read, its value) for a Document field: the field's own, else the first other name
    of _OTHER_NAMES holding a value; a value of the wrong type for the field (NYT's "headline":
    {"main": ...}) is passed over, as it stays in the record and says nothing of what it is."""
    if record.get(field) is not None or _digest_row(record):
        return field, record.get(field)
    wanted = _OTHER_TYPES.get(field, str)
    for name in _OTHER_NAMES.get(field, ()):
        value = _lookup(record, name)
        if isinstance(value, wanted) and not isinstance(value, bool) and value != "":
            return name, value
    return field, None


def record_document(record: Any, *, fallback_id: str, source: str) -> Document:
    """One JSON record as a Document; a record that holds no document gives one with `error` set."""
    if not isinstance(record, dict):
        return Document(
            id=fallback_id,
            source=source,
            error=f"not a news document: JSON {_describe(record)} where an object with 'text' or 'html' "
            "was expected",
        )
    published_name, published_value = _named(record, "published")
    published, note = _published(published_value, published_name)
    doc_id = _record_id(_named(record, "id")[1]) or fallback_id
    wrong = _wrong_types(record, doc_id)
    notes = tuple(dict.fromkeys((*_earlier_notes(record), *([note] if note else []), *wrong)))
    doc = Document(
        id=doc_id,
        source=source,
        url=_string(_named(record, "url")[1]),
        title=_label(_named(record, "title")[1]),
        published=published,
        outlet=_label(_named(record, "outlet")[1]),
        authors=_authors(_named(record, "authors")[1]),
        corrections=_corrections(record.get("corrections")),
        # the day an earlier run's crawl fetched the page (a WARC record's date, its row's
        # "not_after"): a bound on the publication date the events use, lost on a re-run
        not_after=container_date(record.get("not_after")) if _digest_row(record) else None,
        from_record=True,
        extra=_extra(record),
        notes=notes,
    )
    for field in ("html", "text"):
        value = record.get(field)
        if isinstance(value, str) and value.strip():
            content = _clean(value)
            if len(content) > MAX_DOCUMENT_BYTES:
                return replace(doc, error=str(DocumentTooLarge(len(content.encode("utf-8")))))
            html_text = field == "html" or _HTML_FRAGMENT.match(content) is not None
            if cut := _NEWSAPI_CUT.search(content[-_NEWSAPI_MARK_CHARS:]):
                content = content[: len(content) - len(cut.group(0))]
                doc = replace(doc, notes=(*doc.notes, _newsapi_note(field, cut.group(1))))
            return replace(doc, kind="html" if html_text else "text", content=content)
    if _digest_row(record) and (reason := _string(record.get("dropped"))) is not None:
        # an earlier run's dropped row (no text: it was not used): its reason, not "empty document"
        return replace(doc, error=_earlier(reason, _string(record.get("source"))))
    given = [f for f in ("html", "text") if f in record]
    if given:
        value = record[given[0]]
        what = "empty" if isinstance(value, str) or value is None else f"{_describe(value)}, not a string"
        return replace(doc, error=f"empty document: the record's '{given[0]}' field is {what}")
    found = ", ".join(sorted(map(str, record))[:8]) or "none"
    return replace(
        doc,
        error=f"not a news document: JSON record has no 'text' or 'html' field (fields: {found})"
        + (_newsprism_output(record) or _wrapped_list(record, source) + _text_elsewhere(record)),
    )


# NewsAPI's mark where it cut an article's 'content' ("... the minister… [+2345 chars]"): its
# free plan gives the first 200 characters. The mark is no words of the article (it was read into
# the text and the summaries as "[+2345 chars]"); the cut is said, as the rest is at the url.
_NEWSAPI_CUT = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+(\d+) chars\]\s*$")
# looked for in a text's end only: the mark is 15-20 characters, and a search of a whole text for
# a space-led pattern is slow on a long run of spaces
_NEWSAPI_MARK_CHARS = 40


def _newsapi_note(field: str, left: str) -> str:
    return (
        f"the record's '{field}' ends in NewsAPI's mark '[+{left} chars]': it holds the article's start "
        "only, the rest is at its url (the mark is left out)"
    )


# A 'text' that is HTML: a scraper that saved an element's inner HTML as the text ("<p>The council
# ...</p><p>...</p>"), whose tags and escapes were the article's words. Told by its start, a block
# element's tag, as a text never starts (the dev sets' two texts holding a stray tag start as prose).
_HTML_FRAGMENT = re.compile(
    r"\s*<(?:p|div|article|section|main|h[1-6]|ul|ol|table|blockquote|figure|header)\b[^<>]*>", re.IGNORECASE
)


# The lines newsprism's own commands write, met as input (a timelines file left in the folder
# read): "no 'text' or 'html' field (fields: entries, topic)" did not say what the file is. A
# digest's events.jsonl, stories.jsonl and quotes.jsonl named on the command line (or copied
# beside new pages) were told to "make that list the file's content" of their 'summary' or
# 'timeline'. Told by fields each of their lines has (fields may be added to them); a gold file's
# quotes (article_id, quote, speaker) and timelines (topic, entries, timeline_id) are not ours.
_NEWSPRISM_OUTPUTS = (
    (frozenset(["topic", "entries"]), True, "a newsprism timeline's output"),
    (frozenset(["id", "summary", "sentences", "headline"]), True, "newsprism summarize's output"),
    (
        frozenset(["id", "story_id", "article_ids", "summary", "claims"]),
        False,
        "a newsprism digest's events.jsonl",
    ),
    (frozenset(["id", "event_ids", "timeline"]), False, "a newsprism digest's stories.jsonl"),
    (frozenset(["article_id", "quote", "speaker", "event_id"]), False, "a newsprism digest's quotes.jsonl"),
)


def _newsprism_output(record: dict[str, Any]) -> str:
    """What a line of newsprism's own output is, said after a dropped row's reason; "" for others.
    The first two are told by their fields exactly (`exact`), as they always were."""
    keys = frozenset(map(str, record))
    for fields, exact, what in _NEWSPRISM_OUTPUTS:
        if keys == fields if exact else keys >= fields:
            return f"; it is a line of {what}, not news"
    return ""


# The names exports give the article's text, written lower case without "_", "-" or spaces:
# news-please's 'maintext', schema.org's 'articleBody', the Guardian API's 'bodyText', a CMS's
# 'body' or 'content'. A name, not a length: a gold file's 'summary', 'quote' or 'about' (given by
# mistake, 2,000 lines of shared/data) is as long as a short article, and is none; nor 'story' or
# 'article', which a gold file's lines hold as labels (ecbplus's "story": "1_7ecb").
_TEXT_NAMES = frozenset(["body", "content", "maintext", "articlebody", "bodytext", "articletext", "fulltext"])
# and prose, not a label: a 'content' of "politics" or "video" names a kind of item
_TEXT_WORDS = 10


# Names of a part of the article, where an export holds no more of it: NYT's Article Search API
# gives an article's 'lead_paragraph' and 'abstract', never its text. Hinted only where no name of
# _TEXT_NAMES is, and said to be a part.
_PART_NAMES = ("leadparagraph", "abstract")


def _text_elsewhere(record: dict[str, Any]) -> str:
    """What to do with a record whose article is under another name (_TEXT_NAMES), or one field
    down (the Guardian API's 'fields.bodyText', a search index's '_source.text'): such an export
    was dropped as "not a news document" with no word of the field that holds the article. The
    field is named, with the jq line that renames it."""
    if inner := _inner_record(record):
        fields = ", ".join(sorted(map(str, record[inner]))[:8])
        return (
            f"; its '{inner}' is a record (fields: {fields}): bring its fields to the top "
            f"(in JSON Lines: jq -c '. + {_jq_path([inner])}')"
        )
    if (advice := _renamed_field(record)) is None:
        return ""
    field, name, path, part = advice
    if part:
        return (
            f"; its '{field}' may be a part of the article (the record holds no more of it): to read that "
            f"part, name it '{name}' (in JSON Lines: jq -c '.{name} = {path}')"
        )
    return f"; its '{field}' may be the article: name it '{name}' (in JSON Lines: jq -c '.{name} = {path}')"


def _inner_record(record: dict[str, Any]) -> str | None:
    """The field whose value is a record of ours, one field down (Elasticsearch's hits: {"_id",
    "_source": {"id", "title", "text"}}), or None. Its text is prose, not a label ("meta": {"text":
    "breaking"}), as for a text under another name."""
    for key, value in record.items():
        if isinstance(value, dict) and (_prose(value.get("text")) or _string(value.get("html"))):
            return str(key)
    return None


def _prose(value: Any) -> bool:
    return isinstance(value, str) and len(value.split(None, _TEXT_WORDS)) > _TEXT_WORDS


def _plain_name(key: Any) -> str:
    return re.sub(r"[\s_-]", "", str(key)).lower()


def _renamed_field(record: dict[str, Any]) -> tuple[str, str, str, bool] | None:
    """(the field that may hold the article, the name it is to have, its jq path, whether it holds a
    part of the article only), or None. Looked for in order: 1. a name of _TEXT_NAMES, 2. the same
    one field down ('fields.bodyText'), 3. a name of _PART_NAMES."""
    texts: list[tuple[str, ...]] = [
        (str(k),) for k, v in record.items() if _plain_name(k) in _TEXT_NAMES and _prose(v)
    ]
    inner_texts: list[tuple[str, ...]] = [
        (str(k), str(k2))
        for k, v in record.items()
        if isinstance(v, dict)
        for k2, v2 in v.items()
        if _plain_name(k2) in _TEXT_NAMES and _prose(v2)
    ]
    parts: list[tuple[str, ...]] = [
        (str(k),) for name in _PART_NAMES for k, v in record.items() if _plain_name(k) == name and _prose(v)
    ]
    found = texts or inner_texts or parts[:1]
    if not found:
        return None
    part = not (texts or inner_texts)
    keys = max(found, key=lambda keys: len(_lookup_keys(record, keys)))
    value = _lookup_keys(record, keys)[:SAMPLE_BYTES].encode("utf-8", "replace")
    name = "html" if looks_like_markup(value) else "text"
    return ".".join(keys), name, _jq_path(keys), part


def _lookup_keys(record: dict[str, Any], keys: tuple[str, ...]) -> str:
    value: Any = record
    for key in keys:
        value = value[key]
    return str(value)


# a name jq takes after a dot (`.fields.bodyText`); any other is written `.["article body"]`
_JQ_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _jq_path(keys: Sequence[str]) -> str:
    """The jq path of a field some fields down: `.fields.bodyText`, `.["article body"]`."""
    return "".join(
        f".{key}"
        if _JQ_NAME.fullmatch(key)
        else f".[{json.dumps(key)}]"
        if i == 0
        else f"[{json.dumps(key)}]"
        for i, key in enumerate(keys)
    )


# How far down a wrapper's records are looked for: NewsAPI's {"articles": [...]} is one field
# down, the Guardian's {"response": {"results": [...]}} and NYT's {"response": {"docs": [...]}} two.
_WRAPPER_DEPTH = 2


def _wrapped(record: dict[str, Any], keys: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """(the path, the value) of each list of objects, and each object two fields down or more,
    inside a wrapper: nearer ones first."""
    nested = []
    for key, value in record.items():
        path = (*keys, str(key))
        if isinstance(value, list) and value and isinstance(value[0], dict):
            yield path, value
        elif isinstance(value, dict):
            nested.append((path, value))
    for path, value in nested:
        if len(path) > 1:  # one field down, an object is read by _text_elsewhere
            yield path, value
        if len(path) < _WRAPPER_DEPTH:
            yield from _wrapped(value, path)


def _wrapped_list(record: dict[str, Any], source: str = "FILE") -> str:
    """What to do with an export that wraps its records in an object ({"articles": [...]}, the
    Guardian's {"response": {"results": [...]}}, or its one item {"response": {"content": {...}}}):
    the records are there, a field or two down. Where their article is under another name
    (NewsAPI's {"articles": [{"title", "content", ...}]}: _text_elsewhere), the jq line that does
    both; such a file was "no 'text' or 'html' field (fields: articles, status, totalResults)"
    alone."""
    for keys, value in _wrapped(record):
        listed = isinstance(value, list)
        first = value[0] if listed else value
        what = (
            "a record" if not listed else f"a list of {len(value)} record" + ("s" if len(value) > 1 else "")
        )
        where = ".".join(keys)
        items = _jq_path(keys) + ("[]" if listed else "")
        lines = "them one per line" if listed else "it on one line"
        if {"text", "html"} & first.keys():
            if not listed:
                return f"; its '{where}' is a record: write it on one line (jq -c '{items}' {_file_of(source)} > records.jsonl) and give that"
            return (
                f"; its '{where}' is {what}: make that list the file's content "
                "(a JSON list of records) or write one record per line (JSON Lines)"
            )
        if advice := _renamed_field(first):
            field, name, path, part = advice
            may_be = "may be a part of the article" if part else "may be the article"
            return (
                f"; its '{where}' is {what} whose '{field}' {may_be}: "
                f"write {lines} with it named '{name}' (jq -c '{items} | .{name} = {path}' "
                f"{_file_of(source)} > records.jsonl) and give that"
            )
    return ""


def _file_of(source: str) -> str:
    """A Document's source as the jq line's input: the file, without the "#line 3" of a record in
    it, quoted for the shell (the line said FILE, for the user to fill in). FILE still for a list's
    item (the path in jq differs) and standard input."""
    path = re.sub(r"#line \d+$", "", source)
    return "FILE" if "#" in path or path in ("-", "/dev/stdin", "<stdin>") else shlex.quote(path)


def _at(e: json.JSONDecodeError) -> str:
    """The decoder's message and where: json's "Unterminated string starting at" ends in its own
    "at" (it said "starting at at column 42")."""
    return f"{e.msg.removesuffix(' at')} at column {e.colno}"


def _cut_short(e: json.JSONDecodeError) -> bool:
    """Whether the JSON text ends inside a value: a string left open (a JSON line holds no raw
    newline, so it runs to the text's end), or the decoder wanting more at the very end. An input
    cut short (`head -c`, a download or a pipe that stopped early) ends so; a typo does not."""
    return e.msg.startswith("Unterminated string") or e.pos >= len(e.doc.rstrip())


_CUT_ADVICE = (
    "it was cut short (a download, a copy or a pipe that stopped early?): re-download or re-export it"
)
# JSON records written over several lines each, one after another (jq's output without -c)
_ONE_PER_LINE = "write it one record per line (jq -c)"


class _CutShort(ValueError):
    """A JSON list whose input ends inside it."""


# -- JSON Lines --------------------------------------------------------------------------------


# Of a record too large to read, the id is looked for in its first and last bytes only: a dump
# writes the id before the text (the usual order) or after it, never in the middle of 50 MB.
ID_LOOK_BYTES = 1 << 16

_JSON_STRING = r'"(?:[^"\\]|\\.)*"'
_JSON_SCALAR = rf"(?:{_JSON_STRING}|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)"
# An "id" near the record's end, followed only by other scalar fields and the closing brace: the
# brace then closes the record itself (a nested object's id would be followed by two). A quote
# right after a comma is never inside a string (there it would be escaped).
_TAIL_ID = re.compile(
    rf',\s*"id"\s*:\s*({_JSON_STRING}|-?\d+)(?:\s*,\s*{_JSON_STRING}\s*:\s*{_JSON_SCALAR})*\s*\}}\s*$'
)


def _head_id(head: str) -> str | None:
    """The record's own `id` among the top-level fields that come whole before the cut."""
    decoder = json.JSONDecoder()
    text = head.lstrip(_WHITESPACE)
    if not text.startswith("{"):
        return None
    pos = 1
    try:
        while True:
            key, pos = decoder.raw_decode(text, _skip_space(text, pos))
            pos = _skip_space(text, pos)
            if not isinstance(key, str) or text[pos : pos + 1] != ":":
                return None
            value, pos = decoder.raw_decode(text, _skip_space(text, pos + 1))
            if key == "id":
                return _record_id(value)
            pos = _skip_space(text, pos)
            if text[pos : pos + 1] != ",":
                return None
            pos += 1
    except json.JSONDecodeError:  # a field cut by the end of the head: the id is not before it
        return None


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _WHITESPACE:
        pos += 1
    return pos


def oversized_id(head: str, tail: str) -> str | None:
    """The `id` of a record too large to parse, from its first and last bytes (ID_LOOK_BYTES of
    each), or None: so that its dropped row names the record, not `<stem>-<line>`."""
    found = _head_id(head[:ID_LOOK_BYTES])
    if found is None and (match := _TAIL_ID.search(tail[-ID_LOOK_BYTES:])):
        try:
            found = _record_id(json.loads(match.group(1)))
        except json.JSONDecodeError:
            return None
    return found


class _Oversized:
    """A line over the size limit, not held: only its id, when its ends give one."""

    def __init__(self, record_id: str | None) -> None:
        self.id = record_id


class _MacLines:
    """A stream whose lines end in a lone CR (classic Mac OS line ends, which some spreadsheet and
    database exports still write), read line by line as if each ended in LF. JSON holds no raw CR
    inside a string, so each CR of a JSON Lines file ends a line (the whole file was one line,
    "malformed JSON on line 1: Extra data")."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream, self.buffer = stream, bytearray()

    def readline(self, size: int) -> bytes:
        """The next line, at most `size` bytes, its CR written as LF."""
        looked = 0
        while (end := self.buffer.find(b"\r", looked, size)) < 0 and len(self.buffer) < size:
            looked = len(self.buffer)
            if not (chunk := self.stream.read(ARRAY_CHUNK_BYTES)):
                break
            self.buffer += chunk
        n = end + 1 if end >= 0 else min(size, len(self.buffer))
        line = bytes(self.buffer[:n])
        del self.buffer[:n]  # a bytearray lets go of its start without copying the rest
        return line[:-1] + b"\n" if end >= 0 else line


def _lines(stream: BinaryIO | _MacLines) -> Iterator[tuple[int, bytes | _Oversized]]:
    """(line number, line) for each line; an _Oversized when it is over the size limit."""
    number = 0
    while line := stream.readline(MAX_DOCUMENT_BYTES + 1):
        number += 1
        if len(line) > MAX_DOCUMENT_BYTES and not line.endswith(b"\n"):
            head, tail = line[:ID_LOOK_BYTES], line[-ID_LOOK_BYTES:]
            del line
            while (rest := stream.readline(ARRAY_CHUNK_BYTES)) and not rest.endswith(b"\n"):
                tail = tail[-ID_LOOK_BYTES:] + rest  # skip the rest of the line, keeping its end
            ends = (
                head.decode("utf-8", "replace"),
                (tail + rest)[-ID_LOOK_BYTES:].decode("utf-8", "replace"),
            )
            yield number, _Oversized(oversized_id(*ends))
        else:
            yield number, line


def _line_document(line: bytes | _Oversized, number: int, stem: str, path: Path) -> tuple[Document, bool]:
    """The line's Document, and whether its id is the fallback `<stem>-<line>`."""
    fallback, source = f"{stem}-{number}", f"{path}#line {number}"
    if isinstance(line, _Oversized):
        error = f"line {number}: {DocumentTooLarge()}"
        return Document(id=line.id or fallback, source=source, error=error), line.id is None
    if not line.strip(_NUL_PADDING):
        return Document(id=fallback, source=source, error=f"line {number}: {_PADDED}"), True
    try:
        record = json.loads(decode(line).rstrip("\r\n"))
    except BinaryContent:  # its words were a page's, "binary content, not text or HTML"
        error = f"line {number}: {BinaryContent(line, 'a JSON record')}"
        return Document(id=fallback, source=source, error=error), True
    except UnreadableDocument as e:
        return Document(id=fallback, source=source, error=f"line {number}: {e}"), True
    except json.JSONDecodeError as e:
        if not line.endswith(b"\n") and _cut_short(e):  # the last line, and the record goes on past it
            error = f"line {number}: the input ends inside this record; {_CUT_ADVICE}"
        else:
            error = f"malformed JSON on line {number}: {_at(e)}; fix or remove that line"
        return Document(id=fallback, source=source, error=error), True
    own_id = _record_id(record.get("id")) if isinstance(record, dict) else None
    return record_document(record, fallback_id=fallback, source=source), own_id is None


# A file whose end is NUL bytes: space a writer set aside and never filled (it stopped, or the
# machine did, before its last records reached the disk). Such a line was "binary content, not
# text or HTML", as if a page were expected there.
_NUL_PADDING = b"\x00\r\n"
_PADDED = (
    "NUL bytes where a record was expected: this part of the file was never written (did the "
    "program writing it stop?); the lines before it were read"
)
# What a line may hold and still be a blank one: white space, and DOS's end-of-file mark (Ctrl-Z),
# which some Windows tools still write at a file's end (it was a dropped row, "binary content")
_BLANK = b" \t\r\n\x1a"


def _jsonl_documents(path: Path, stem: str, *, mac: bool = False) -> Iterator[tuple[Document, bool]]:
    """Each line's Document and whether its id is the fallback; `mac`: lines end in a lone CR."""
    records, number = 0, 0
    try:
        with open_input(path, utf8=True) as f:
            for number, line in _lines(_MacLines(f) if mac else f):
                if isinstance(line, bytes) and not line.strip(_BLANK):
                    continue
                records += 1
                if isinstance(line, bytes) and not line.endswith(b"\n") and _grown(path, f, wait=GROWTH_WAIT):
                    error = f"line {number}: {_STILL_WRITTEN}: this line and the ones after it were not read; {_RUN_AGAIN}"
                    yield Document(id=f"{stem}-{number}", source=f"{path}#line {number}", error=error), True
                    return
                yield _line_document(line, number, stem, path)
            if _grown(path, f):
                error = f"{_STILL_WRITTEN}: the lines after line {number} were not read; {_RUN_AGAIN}"
                yield (
                    Document(id=f"{stem}-{number + 1}", source=f"{path}#line {number + 1}", error=error),
                    True,
                )
    except STREAM_ERRORS as e:
        at = f" (line {number})" if number else ""  # "after 0 records (line 0)" said nothing
        error = f"{describe_stream_error(e)}: stopped after {records} records{at}; re-download it"
        if isinstance(e, EOFError):
            error = f"truncated gzip stream after {records} records{at}: the rest is lost; re-download it"
        yield Document(id=f"{stem}-{number + 1}", source=f"{path}#line {number + 1}", error=error), False


# A JSON Lines file that grows while it is read (a scraper still appending to it): its last line
# was "cut short (a download ... stopped early?): re-download it", and the lines written after the
# reader reached the end were lost unsaid. A regular file longer now than where reading stopped
# is being written; what was read is kept.
_STILL_WRITTEN = "the file was still being written while it was read (it has grown since)"
_RUN_AGAIN = "run again once it is complete"


# How long a last line without its newline waits for the rest to arrive before it is read as cut
# short: a writer between two writes of a line (the reader met the end in between) is seldom away
# longer; paid only by a file that ends inside a line, which is an error either way.
GROWTH_WAIT = 0.25


def _grown(path: Path, f: BinaryIO, *, wait: float = 0.0) -> bool:
    """Whether the uncompressed regular file at `path` holds more than `f` has read of it (now, or
    after `wait` seconds)."""
    # gunzipped, or a UTF-16 file read as UTF-8 (streams.open_input): its position is not the file's
    if not isinstance(f, io.BufferedReader) or not isinstance(f.raw, io.FileIO):
        return False
    try:
        size, read = input_size(path), f.tell()
        if size is None or size > read or not wait:
            return size is not None and size > read
        time.sleep(wait)
        return (input_size(path) or 0) > read
    except (OSError, ValueError):
        return False


def read_jsonl(path: Path, stem: str, *, lone_id: bool = False) -> Iterator[Document]:
    """Documents of a JSON Lines file; with `lone_id`, a file of one record without id is `<stem>`.
    One whose first line is a lone `{` or `[` holds JSON written over many lines (`jq . a.jsonl >
    b.jsonl`, jq's output without -c): no line of it is a record (it was a dropped row per line,
    "malformed JSON on line 1, 2, ..."), so it is read as JSON."""
    if _first_line(path) in (b"{", b"["):
        yield from read_json(path, stem)
        return
    docs = _jsonl_documents(path, stem, mac=_mac_line_ends(path))
    first = next(docs, None)
    if first is None:
        yield Document(id=stem, source=str(path), error="empty file")
        return
    second = next(docs, None)
    if second is None:
        doc, fallback = first
        # the file is the one record, kept or dropped (a 55 MB one-line .json without id was
        # dropped as `dump-1`, where read whole as one record it was `dump`)
        yield replace(doc, id=stem) if lone_id and fallback else doc
        return
    yield first[0]
    yield second[0]
    for doc, _ in docs:
        yield doc


# -- JSON --------------------------------------------------------------------------------------


def _array_items(stream: BinaryIO, *, listed: bool = True) -> Iterator[Any]:
    """The items of a JSON list, one at a time; raises ValueError where the list is malformed.
    Not `listed`: the JSON values one after another, as `jq . x.jsonl` and `jq '.[]' x.json`
    write records (each pretty-printed over several lines, none between brackets)."""
    decoder = json.JSONDecoder()
    utf8 = codecs.getincrementaldecoder("utf-8")("replace")
    buffer, pos, done, expect_item = "", 0, False, True

    def more(size: int) -> bool:
        nonlocal buffer, pos
        chunk = stream.read(size)
        buffer = buffer[pos:] + utf8.decode(chunk, final=not chunk)
        pos = 0
        return bool(chunk)

    def skip_item() -> _Oversized:
        """Past an item too large to decode, a chunk at a time, keeping only its two ends (its id),
        so that the list's later items are read."""
        nonlocal buffer, pos, done
        head, tail, end = buffer[pos : pos + ID_LOOK_BYTES], "", _ValueEnd()
        while (stop := end.feed(buffer, pos)) is None:
            tail = (tail + buffer[max(pos, len(buffer) - ID_LOOK_BYTES) :])[-ID_LOOK_BYTES:]
            if done:
                raise _CutShort()
            buffer, pos = "", 0  # what was scanned is let go
            done = not more(ARRAY_CHUNK_BYTES)
        tail = (tail + buffer[max(pos, stop - ID_LOOK_BYTES) : stop])[-ID_LOOK_BYTES:]
        pos = stop
        return _Oversized(oversized_id(head, tail))

    more(ARRAY_CHUNK_BYTES)
    pos = len(buffer) - len(buffer.lstrip(_WHITESPACE)) + listed  # past the opening "["
    while True:
        while pos < len(buffer) and buffer[pos] in _WHITESPACE:
            pos += 1
        if pos == len(buffer):
            if done and listed:
                raise _CutShort()
            if done:
                return
            done = not more(ARRAY_CHUNK_BYTES)
            continue
        if listed and buffer[pos] == "]":
            return
        if not expect_item:
            if buffer[pos] != ",":
                raise ValueError(f"expected ',' or ']' between items, found {buffer[pos]!r}")
            pos, expect_item = pos + 1, True
            continue
        try:
            item, pos = decoder.raw_decode(buffer, pos)
        except json.JSONDecodeError as e:
            if done:
                raise (_CutShort() if _cut_short(e) else ValueError(_at(e))) from None
            if len(buffer) - pos > MAX_DOCUMENT_BYTES:
                if buffer[pos] not in '{["':  # a 50 MB number or word: no item, no end to find
                    raise DocumentTooLarge() from None
                yield skip_item()
                expect_item = not listed
                continue
            done = not more(max(ARRAY_CHUNK_BYTES, len(buffer) - pos))  # doubling: linear overall
            continue
        expect_item = not listed
        yield item


_OUTSIDE_STRING = re.compile(r'["\[\]{}]')
_INSIDE_STRING = re.compile(r'["\\]')


class _ValueEnd:
    """Where a JSON object, list or string ends, found chunk by chunk without decoding it (its
    brackets and quotes are counted; an escaped character is stepped over)."""

    def __init__(self) -> None:
        self.depth, self.in_string, self.carry = 0, False, 0

    def feed(self, text: str, i: int) -> int | None:
        """The index just past the value's end in `text`, or None if it goes on in the next chunk."""
        i += self.carry
        self.carry = 0
        while i < len(text):
            if self.in_string:
                if (m := _INSIDE_STRING.search(text, i)) is None:
                    return None
                i = m.end()
                if m.group() == "\\":  # the escaped character (maybe the next chunk's first)
                    self.carry, i = max(0, i + 1 - len(text)), i + 1
                    continue
                self.in_string = False
                if self.depth == 0:  # the value was a string
                    return i
                continue
            if (m := _OUTSIDE_STRING.search(text, i)) is None:
                return None
            i, mark = m.end(), m.group()
            if mark == '"':
                self.in_string = True
            elif mark in "[{":
                self.depth += 1
            else:
                self.depth -= 1
                if self.depth == 0:
                    return i
        return None


def _read_array(path: Path, stem: str, *, listed: bool = True) -> Iterator[Document]:
    """The records of a JSON list, or (not `listed`) of JSON records one after another."""
    number = 0
    try:
        with open_input(path, utf8=True) as f:
            for number, item in enumerate(_array_items(f, listed=listed), start=1):
                fallback, source = f"{stem}-{number}", f"{path}#item {number}"
                if isinstance(item, _Oversized):
                    yield Document(
                        id=item.id or fallback, source=source, error=f"item {number}: {DocumentTooLarge()}"
                    )
                else:
                    yield record_document(item, fallback_id=fallback, source=source)
    except _CutShort:
        items = "1 item" if number == 1 else f"{number} items"
        inside = "the JSON list" if listed else "a JSON record"
        error = f"the input ends inside {inside}, after {items}; {_CUT_ADVICE}"
        yield Document(id=f"{stem}-{number + 1}", source=f"{path}#item {number + 1}", error=error)
    except (ValueError, UnreadableDocument) as e:
        what, fix = ("JSON list", "export it as JSON Lines") if listed else ("JSON", _ONE_PER_LINE)
        error = f"malformed {what} after {number} items: {e}; fix the file or {fix}"
        yield Document(id=f"{stem}-{number + 1}", source=f"{path}#item {number + 1}", error=error)
    except STREAM_ERRORS as e:
        error = f"{describe_stream_error(e)}: stopped after {number} items; re-download it"
        yield Document(id=f"{stem}-{number + 1}", source=f"{path}#item {number + 1}", error=error)


def _read_single(path: Path, stem: str) -> Iterator[Document]:
    """One record, pretty-printed or not; or several, one after another (read_records)."""
    try:
        with open_input(path, utf8=True) as f:
            record = json.loads(decode(read_capped(f)))
    except json.JSONDecodeError as e:
        if _cut_short(e):
            yield Document(
                id=stem, source=str(path), error=f"the input ends inside the JSON record; {_CUT_ADVICE}"
            )
        elif e.msg == "Extra data":  # a whole record, then more: records one after another
            yield from _read_array(path, stem, listed=False)
        else:
            yield Document(id=stem, source=str(path), error=f"malformed JSON on line {e.lineno}: {_at(e)}")
        return
    except DocumentTooLarge as e:
        # Over the limit whole: records one after another, each within it (`jq '.[]'` of a big
        # export), are read one by one, as under it; one value over it stays one row, too large.
        docs = _read_array(path, stem, listed=False)
        first, second = next(docs, None), next(docs, None)
        if first is None or second is None:
            yield Document(id=stem, source=str(path), error=str(e))
            return
        yield first
        yield second
        yield from docs
        return
    except UnreadableDocument as e:
        yield Document(id=stem, source=str(path), error=str(e))
        return
    except STREAM_ERRORS as e:
        yield Document(id=stem, source=str(path), error=f"{describe_stream_error(e)}; re-download it")
        return
    yield record_document(record, fallback_id=stem, source=str(path))


def read_json(path: Path, stem: str) -> Iterator[Document]:
    """A .json file: a list of records, a single record, or (misnamed) JSON Lines."""
    try:
        with open_input(path, utf8=True) as f:
            head = f.read(PEEK_BYTES)
            rest = f.readline(MAX_DOCUMENT_BYTES) if b"\n" not in head else b""
            first_line, _, following = (head + rest).partition(b"\n")
            if not following.strip() and (head + rest).endswith(b"\n"):
                following = f.read(PEEK_BYTES)  # the second line's start, past what was read
    except STREAM_ERRORS as e:
        yield Document(id=stem, source=str(path), error=f"{describe_stream_error(e)}; re-download it")
        return
    start = head.lstrip(b" \t\r\n").removeprefix(codecs.BOM_UTF8).lstrip(b" \t\r\n")[:1]
    if not start:
        yield Document(id=stem, source=str(path), error="empty file")
    elif start == b"[":
        yield from _read_array(path, stem)
    elif start == b"{" and (_is_json(first_line) or _cut(rest) or _next_record(first_line, following)):
        # A first line cut at the limit is over it whatever it holds: read as JSON Lines, it is
        # dropped under its own id and the lines after it are read (read whole, as one record, the
        # lines after a 50 MB first line were lost with it: a pipe of JSON Lines is read here).
        yield from read_jsonl(path, stem, lone_id=True)
    else:
        yield from _read_single(path, stem)


def _first_line(path: Path) -> bytes | None:
    """The file's first line that is not blank, stripped, as far as PEEK_BYTES go; None if it
    cannot be read (its reader reports why). A line ends in LF, CRLF or a lone CR (_MacLines)."""
    try:
        with open_input(path, utf8=True) as f:
            head = f.read(PEEK_BYTES)
    except STREAM_ERRORS:
        return None
    return (head.removeprefix(codecs.BOM_UTF8).lstrip(b" \t\r\n").splitlines() or [b""])[0].strip()


def _mac_line_ends(path: Path) -> bool:
    """Whether the file's first line ends in a lone CR (classic Mac OS), not LF or CRLF: looked for
    as far as the first line goes (one record, read again right after, at most MAX_DOCUMENT_BYTES)."""
    looked = 0
    try:
        with open_input(path, utf8=True) as f:
            while looked <= MAX_DOCUMENT_BYTES and (chunk := f.read(PEEK_BYTES)):
                looked += len(chunk)
                if (end := _LINE_END.search(chunk)) is not None:
                    after = chunk[end.end() : end.end() + 1] or f.read(1)
                    return end.group() == b"\r" and after not in (b"\n", b"")
    except STREAM_ERRORS:  # its reader reports why
        pass
    return False


_LINE_END = re.compile(rb"[\r\n]")


def _next_record(first_line: bytes, following: bytes) -> bool:
    """Whether a first line that is no JSON closes a record and the next line opens one: JSON Lines
    whose first record is broken (`{"id": "a", "text": "x",}`). Read whole as one record, the
    lines after it were lost with it; a record written over several lines ends its first line
    with `{` or `,`, not `}`."""
    return first_line.rstrip().endswith(b"}") and following.lstrip(b" \t\r\n")[:1] == b"{"


def _cut(rest: bytes) -> bool:
    """Whether the first look's readline stopped at MAX_DOCUMENT_BYTES inside the first line."""
    return len(rest) >= MAX_DOCUMENT_BYTES and not rest.endswith(b"\n")


def _is_json(line: bytes) -> bool:
    try:
        json.loads(line.removeprefix(codecs.BOM_UTF8))
    except (ValueError, UnicodeDecodeError):
        return False
    return True
