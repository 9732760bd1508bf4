"""extract36: "... interested in hearing from ..." closes a dump's story only when the readers are
asked (the Observer's "... is interested in hearing from fans who ...", l3s_gn1 95469dc3, in
test_extract34_text); a police appeal in the same words is a line of the story. The story is
ecbplus 14_2ecb (Surrey Police, the Banstead Waitrose fire), a UK crime story that ends on its
appeal's "Anyone with information is asked to call police on ..."; the appeal's own line is the
wording UK police use, set above that last line as such a story prints it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.extract import extract
from newsprism.records import Document

APPEAL = "Police are interested in hearing from anyone who saw anything suspicious in the High Street on Friday evening."
LAST = "Anyone with information is asked to call police on 0845 125 2222 or Crimestoppers anonymously on 0800 555 111."


def _story_lines(shared: Path) -> list[str]:
    with (shared / "data" / "clustering" / "ecbplus" / "docs.jsonl").open(encoding="utf-8") as f:
        record = next(json.loads(line) for line in f if '"id": "14_2ecb"' in line)
    lines = record["text"].split("\n")
    assert lines[-1] == LAST
    return lines


def _read(lines: list[str]) -> str:
    # a page rendered to text: the site's menu above the story, its footer under it
    page = ["Home", "News", "Sport", "Local News", *lines, "Privacy policy | Terms & conditions"]
    return extract(Document(id="14_2ecb", source="14_2ecb.txt", kind="text", content="\n".join(page))).text


def test_a_police_appeal_near_the_end_is_the_storys_own_line(shared: Path) -> None:
    lines = _story_lines(shared)
    text = _read([*lines[:-1], APPEAL, lines[-1]])
    assert APPEAL in text
    assert text.endswith(LAST)


@pytest.mark.parametrize("at", [1, 3])
def test_a_police_appeal_inside_the_story_keeps_it(shared: Path, at: int) -> None:
    lines = _story_lines(shared)
    text = _read([*lines[:at], APPEAL, *lines[at:]])
    assert APPEAL in text
    assert text.endswith(LAST)


def test_the_story_without_the_appeal_ends_as_before(shared: Path) -> None:
    # the control: what the reader keeps of the story, the appeal aside
    assert _read(_story_lines(shared)).endswith(LAST)
