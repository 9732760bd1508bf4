"""The input of the `summarize` command: GROUPS.jsonl in, (group id, its documents as Articles)
out, each line checked (read_groups).
"""

from __future__ import annotations

import codecs
import itertools
import json
import re
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any, BinaryIO

from newsprism.errors import InputNotFound, MalformedGroups, NewsprismError
from newsprism.ingest.streams import open_input, read_once
from newsprism.records import Article

_SPACE = re.compile(r"\s*")


def read_groups(path: str | Path) -> Iterator[tuple[str, list[Article]]]:
    """(group id, its documents as Articles) for each line `{"id", "documents": [{"id"?, "title",
    "text"}]}` of a JSON Lines file; a document without an id gets "<group id>-<position>".
    Raises MalformedGroups, naming the file and line, for a line that is not such a group, and for
    NewsprismError for a group whose id an earlier line's group has (naming both lines): each summary is known by its
    group's id alone, so two lines of one id in the output could not be told apart or joined back
    to their groups (a user's `jq 'select(.id == "x")'` found two summaries; a dict of them kept the
    last). The id is compared as written out: 7 and "7" are one id. Nothing is written then, as
    the whole input is read before the output (write_summaries). Groups pretty-printed over many
    lines (jq's output without -c: `jq '.[]' groups.json`, `jq . groups.jsonl`, a JSON list) are
    read too (_pretty_records), each known by the line it starts on."""
    path = Path(path)
    if not path.exists():
        raise InputNotFound(str(path))
    if path.is_dir():  # a folder is there: "does not exist" would mislead
        raise NewsprismError(
            f"'{path}' is a folder: summarize reads one GROUPS.jsonl file, give the file itself"
        )
    with ExitStack() as stack:
        if not path.is_file():  # a pipe or a device: its first bytes are kept for the gzip test
            stack.enter_context(read_once(path))
        f = stack.enter_context(open_input(path))  # gzip-compressed groups are read too
        seen: dict[str, int] = {}  # group id -> the line it was first on
        for number, record in _records(f, str(path)):
            gid, articles = _group(record, str(path), number)
            first = seen.setdefault(gid, number)
            if first != number:  # not MalformedGroups: its "each line must be a JSON object" misleads
                raise NewsprismError(
                    f"{path}, lines {first} and {number}: two groups with the id "
                    f"{json.dumps(gid, ensure_ascii=False)}; each group needs an id of its own, as "
                    "its summary line is known by it alone (merge their documents into one group, "
                    "or give one of them another id)"
                )
            yield gid, articles


def _records(f: BinaryIO, path: str) -> Iterator[tuple[int, Any]]:
    """(line number, JSON value) of each group of the file: one per non-blank line, or, where the
    first non-blank line is a lone "{" or "[" (no group fits on one such line), the values written
    one after another or as a list's items (_pretty_records). A byte order mark opening the file
    (an editor's UTF-8 with BOM) is no part of the first line."""

    def text(raw: bytes, number: int) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise MalformedGroups(path, number, "not UTF-8 text") from None

    head = [f.readline().removeprefix(codecs.BOM_UTF8)]  # blank lines, then the first that is not
    while head[-1] and not head[-1].strip():
        head.append(f.readline())
    # a line that opens with "[" is no group (a group is an object): a JSON list of groups, on
    # one line as `json.dump(groups, f)` writes it ("line 1: a JSON list, not an object") or over many
    if head[-1].strip() == b"{" or head[-1].lstrip().startswith(b"["):
        yield from _pretty_records(text(b"".join(head) + f.read(), 1), path)
        return
    for number, raw in enumerate(itertools.chain(head, f), 1):
        line = text(raw, number)
        if line.strip():
            yield number, _json(line, path, number)


def _pretty_records(text: str, path: str) -> Iterator[tuple[int, Any]]:
    """(the line each starts on, value) of JSON values written one after another, or of the items
    of one JSON list, each over as many lines as it likes."""
    decoder = json.JSONDecoder()
    pos, line, seen = 0, 1, 0  # the text is read to `pos`; `line` counts the newlines before `seen`

    def skip(at: int) -> int:  # past the white space at `at`
        return _SPACE.match(text, at).end()  # type: ignore[union-attr]  # \s* always matches

    def line_at(at: int) -> int:
        nonlocal line, seen
        line, seen = line + text.count("\n", seen, at), at
        return line

    pos = skip(pos)
    listed = text.startswith("[", pos)
    pos = skip(pos + listed)
    while pos < len(text) and not (listed and text[pos] == "]"):
        try:
            value, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as e:
            raise MalformedGroups(path, e.lineno, f"not JSON ({e.msg} at column {e.colno})") from None
        yield line_at(pos), value
        pos = skip(end)
        if listed and text.startswith(",", pos):
            pos = skip(pos + 1)
    if listed and (pos := skip(pos + 1)) < len(text):  # a second list, or a group after the list's end
        raise MalformedGroups(path, line_at(pos), "more JSON after the list of groups has ended")


def _json(line: str, path: str, number: int) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as e:
        raise MalformedGroups(path, number, f"not JSON ({e.msg} at column {e.colno})") from None


def _group(record: Any, path: str, number: int) -> tuple[str, list[Article]]:
    def bad(problem: str) -> MalformedGroups:
        return MalformedGroups(path, number, problem)

    if not isinstance(record, dict):
        raise bad(f"a JSON {type(record).__name__}, not an object")
    if "documents" not in record and ("text" in record or "html" in record):
        raise _NewsRecord(path, number, record)
    gid = record.get("id")
    if not isinstance(gid, (str, int)) or isinstance(gid, bool):
        raise bad("no string or integer 'id'")
    documents = record.get("documents")
    if not isinstance(documents, list):
        raise bad(f"group {gid!r} has no 'documents' list")
    articles: list[Article] = []
    for k, doc in enumerate(documents):
        if not isinstance(doc, dict):
            raise bad(f"document {k} of group {gid!r} is not an object")
        text, title, doc_id = doc.get("text", ""), doc.get("title"), doc.get("id", f"{gid}-{k}")
        if not isinstance(text, str) or not (title is None or isinstance(title, str)):
            raise bad(f"document {k} of group {gid!r}: 'text' and 'title' must be strings")
        if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
            raise bad(f"document {k} of group {gid!r}: 'id' must be a string or an integer")
        articles.append(Article(id=str(doc_id), source=f"{path}#line {number}", title=title, text=text))
    if len({a.id for a in articles}) < len(articles):
        raise bad(f"group {gid!r} has two documents with the same id")
    return str(gid), articles


class _NewsRecord(NewsprismError):
    """A line that is a news article's record ({"id", "title", "text"}: a docs.jsonl given for the
    groups), not a group of them: "group '...' has no 'documents' list" did not say that digest
    and timeline are what read such records."""

    def __init__(self, path: str, number: int, record: dict[str, Any]) -> None:
        given = "-" if path in ("/dev/stdin", "-") else path
        fields = ", ".join(map(str, list(record)[:8]))
        super().__init__(
            f"{path}, line {number}: a news article's record ({fields}), not a group of documents: "
            'summarize reads groups, one {"id": ..., "documents": [{"id"?, "title", "text"}, ...]} per '
            f"line; for news articles run newsprism digest {given} -o OUT (its briefing summarises each "
            f"event), or newsprism timeline {given} -o t.jsonl"
        )
        self.path = path
        self.line = number
