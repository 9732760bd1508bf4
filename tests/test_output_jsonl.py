"""articles.jsonl's linking pass: write_linked writes, byte for byte, the lines of the parse,
fill and re-dump it replaces, for texts that hold JSON's own syntax, the link fields' words and
characters JSON escapes."""

from __future__ import annotations

from pathlib import Path

from newsprism.corpus import CorpusLinks
from newsprism.output.jsonl import article_record, read_jsonl, with_links, write_jsonl, write_linked
from newsprism.records import Article

UNLINKED = '"duplicate_of": null, "event_id": null, "story_id": null, "dropped": null'


def _articles() -> list[Article]:
    return [
        Article(
            id="a1",
            source="heap.jsonl",
            title='A title with "quotes" and a backslash \\',
            text=f"Text that names the fields: {UNLINKED}\nand a second line, tab\there, café, 北京, \u2028 end.",
            published="2024-04-25",
            outlet="The Tribune",
            authors=("Ajay Banerjee", 'Jo "JJ" Smith'),
            language="en",
            extra={"score": 0.1, "big": 10**20, "tiny": 1e-300, "nested": {"event_id": None, "k": [1, 2.5]}},
        ),
        Article(id='q"uoted\\id', source="heap.jsonl", title=None, text="Short text."),
        Article(id="copy", source="heap.jsonl", title="Copy", text=f"{UNLINKED}"),
        Article(id="lonely", source="heap.jsonl", title="Not linked", text="No event for this one."),
        Article(id="gone", source="gone.txt", dropped="empty file", text=UNLINKED),
        Article(id="é-ünï", source="heap.jsonl", title="Ünïcode id", text="Text."),
    ]


def test_write_linked_equals_parsing_every_line(tmp_path: Path) -> None:
    arts = _articles()
    links = CorpusLinks(
        duplicate_of={"copy": "a1"},
        event_of={"a1": "e-1", "copy": "e-1", 'q"uoted\\id': 'e-"2"', "é-ünï": "e-ü"},
        story_of={"a1": "s-1", "copy": "s-1", 'q"uoted\\id': "s-2", "é-ünï": "s-ü"},
    )
    part = tmp_path / "part.jsonl"
    write_jsonl(map(article_record, arts), part)
    write_jsonl(with_links(read_jsonl(part), links), tmp_path / "parsed.jsonl")
    write_linked(part, links, tmp_path / "linked.jsonl")
    assert (tmp_path / "linked.jsonl").read_bytes() == (tmp_path / "parsed.jsonl").read_bytes()
    rows = {r["id"]: r for r in read_jsonl(tmp_path / "linked.jsonl")}
    assert rows["copy"]["duplicate_of"] == "a1" and rows["copy"]["event_id"] == "e-1"
    assert rows['q"uoted\\id']["event_id"] == 'e-"2"' and rows["é-ünï"]["story_id"] == "s-ü"
    assert rows["lonely"]["event_id"] is None and rows["gone"]["dropped"] == "empty file"
    assert rows["a1"]["text"] == arts[0].text and rows["a1"]["nested"] == {"event_id": None, "k": [1, 2.5]}
