"""extract.text's patterns that start with a run of spaces are tried from the run's start only
(a search retrying every space of a long run was quadratic: a 20,000-character line of spaces cost
read_text 2-3 s). They must match exactly what the plain forms match."""

from __future__ import annotations

import random
import re

import pytest

from newsprism.extract import extract
from newsprism.extract.text import _BY_ALONE, _SUFFIX_SPLIT, _TITLE_PARTS, _TOOL_TAIL
from newsprism.records import Document

_SEPARATOR = r"\s+(?:\||-|–|—|::|«|»|›|·|>)\s+"
_PLAIN_FORMS = [
    (re.compile(_SEPARATOR), _SUFFIX_SPLIT),
    (re.compile(rf"{_SEPARATOR}|:\s+"), _TITLE_PARTS),
    (re.compile(r"(?:\s+(?:save|e-?mail|print|share|comments?)){2,}$", re.IGNORECASE), _TOOL_TAIL),
    (
        re.compile(
            r"\s*(?:by|von|par|written by|author|auteur|autor|autorin|autore)\s*:?\s*$", re.IGNORECASE
        ),
        _BY_ALONE,
    ),
]
_PIECES = [
    " ",
    " ",
    "  ",
    "\t",
    "\n",
    "\u00a0",
    "|",
    "-",
    "–",
    "::",
    ":",
    "«",
    ">",
    "a",
    "Ab",
    "save",
    "Email",
]
_PIECES += ["e-mail", "print", "share", "comments", "by", "By", "written by", "Auteur", "x"]


@pytest.mark.parametrize("seed", range(3))
def test_the_patterns_match_what_their_plain_forms_match(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(5000):
        line = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        for plain, pattern in _PLAIN_FORMS:
            assert [m.span() for m in plain.finditer(line)] == [m.span() for m in pattern.finditer(line)], (
                line
            )
            assert plain.split(line) == pattern.split(line), line
            assert bool(plain.match(line)) == bool(pattern.match(line)), line


def test_a_name_under_a_by_label_padded_with_spaces_is_the_author() -> None:
    # "Stone Bridge" holds news words: only the label above it makes it a name
    body = "The council voted on Tuesday to approve the new budget for the coming year, officials said. " * 3
    content = "\n".join(["Council approves the budget", "By" + " " * 5000, "Stone Bridge", body, body, body])
    assert extract(Document(id="t", source="x", kind="text", content=content)).authors == ("Stone Bridge",)
