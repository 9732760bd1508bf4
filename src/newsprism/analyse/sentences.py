"""Sentence splitting of English news text, by rule.

split_sentences(text) -> list[Sentence]: each Sentence holds its text and its character offsets in
`text` (`text[s.start:s.end] == s.text`), in order, without overlap, with surrounding whitespace
left out; together they cover every non-space character of `text`.

Where a sentence ends:
  1. at a blank line ("\\n\\n"), always;
  2. at a single line break when the next line starts like a sentence (not in lower case) and the
     line before does not end in a comma, colon, dash or a word that needs a continuation
     (one-paragraph-per-line texts, headlines without a full stop);
  3. after "?", "!", "." or an ellipsis, with any closing quotes and brackets, followed by space and
     a word that does not start in lower case, unless the full stop belongs to
       a. a title or abbreviation that is never last ("Mr.", "Gen.", "St.", "e.g."),
       b. an abbreviation that takes a number next ("No. 5", "Jan. 20", "p. 12"),
       c. an initial or initials ("John F. Kennedy", "J.R.R. Tolkien"),
       d. a list number at the start of a line ("1. First"),
     or to an abbreviation that may be last ("U.S.", "Inc.", "a.m.") and the next word is not one
     that usually opens a sentence ("The", "He", "But" ...).
Decimals, money, URLs and e-mail addresses need no rule: their dots are not followed by a space.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its text and where it lies in the text it came from (end exclusive)."""

    text: str
    start: int
    end: int


# 3a. never the last word of a sentence (lower-cased, without the final dot)
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "messrs",
        "mme",
        "mlle",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "cpl",
        "pvt",
        "adm",
        "cmdr",
        "brig",
        "sen",
        "rep",
        "gov",
        "pres",
        "supt",
        "insp",
        "det",
        "const",  # a Canadian or British police constable: "Const. Tim Fanning said"
        "dep",  # "Dep. Chief Joseph Morabito"
        "asst",
        "pfc",
        "spc",
        "atty",
        "rev",
        "fr",
        "msgr",
        "hon",
        "amb",
        "sec",
        "treas",
        "gen",
        "lieut",
        "st",
        "ste",
        "mt",
        "ft",
        "pt",
        "sr",
        "jr",
        "vs",
        "v",
        "e.g",
        "i.e",
        "cf",
        "viz",
        "approx",
        "est",
        "fig",
        "figs",
        "ca",
    ]
) - {"sr", "jr", "st"}
# 3b. take a number next; a capital next is a new sentence ("in Jan. The" is rare, "No. The" too)
_BEFORE_NUMBER = frozenset(
    [
        "no",
        "nos",
        "nr",
        "art",
        "p",
        "pp",
        "vol",
        "vols",
        "ch",
        "chap",
        "sec",
        "fig",
        "figs",
        "op",
        "ed",
        "eds",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "tel",
        "ext",
    ]
)
# may end a sentence: a boundary only when a usual sentence opener follows
_MAY_END = frozenset(
    [
        "inc",
        "corp",
        "co",
        "ltd",
        "llc",
        "plc",
        "jr",
        "sr",
        "st",
        "bros",
        "cos",
        "assn",
        "univ",
        "dept",
        "govt",
        "ave",
        "blvd",
        "rd",
        "ft",
        "etc",
        "al",
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "tenn",
        "tex",
        "va",
        "vt",
        "wash",
        "wis",
        "wyo",
    ]
)
# words that usually open a sentence, after an abbreviation that may end one ("the U.S. The ...")
_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "however",
        "meanwhile",
        "still",
        "also",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "by",
        "after",
        "before",
        "as",
        "when",
        "while",
        "if",
        "though",
        "although",
        "since",
        "because",
        "during",
        "under",
        "over",
        "about",
        "according",
        "what",
        "who",
        "why",
        "how",
        "where",
        "which",
        "some",
        "many",
        "most",
        "several",
        "one",
        "two",
        "three",
        "no",
        "not",
        "all",
        "both",
        "each",
        "neither",
        "either",
        "mr",
        "mrs",
        "ms",
        "dr",
        "officials",
        "police",
        "authorities",
    ]
)
# A cut candidate: "?", "!", "." or an ellipsis with any closing quotes and brackets before a space,
# a blank line, or a line break. The pattern opens with the class of all the marks and tells what
# each one takes after it by looking back at it, so the regex engine skips straight to the marks
# instead of trying every position: 5x faster than the plain `(?:\.{2,}|…|[.!?]+)[closers]*(?=\s)|
# \n\s*\n|\n`, with the same matches (a shorter run of stops would leave a stop next, never a space).
# Group 1 is the word after the mark ("" at the end of the text).
_TERMINAL = re.compile(
    r"[.!?…\n](?:(?<=…)[\"'”’»)\]]*(?=\s)|(?<=[.!?])[.!?]*[\"'”’»)\]]*(?=\s)|(?<=\n)\s*\n|(?<=\n))"
    r"(?=\s*(\S*))"
)
_CLOSERS = "\"'”’»)]"
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")  # "U.S", "J.R.R", "a.m", "F"
_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*\(?(?:\d{1,3}|[a-zA-Z])$")
# a line ending like this continues on the next line (rule 2)
_CONTINUES = re.compile(
    r"(?:[,;:\-–—(/&]|\b(?:the|a|an|of|and|or|to|in|on|at|for|with|by|from|that|as|is|was|be)\)?)\s*$",
    re.I,
)


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, with their character offsets (see the module docstring)."""
    if not isinstance(text, str):
        raise TypeError(f"split_sentences expects one text as a str, not {type(text).__name__}")
    return list(_split(text))


# The report stage reads each article's sentences in five places (quotes, claims, summary,
# timeline...) one right after another: the last few hundred texts' sentences are kept.
@functools.lru_cache(maxsize=256)
def _split(text: str) -> tuple[Sentence, ...]:
    cuts = [0]
    for match in _TERMINAL.finditer(text):
        if _is_boundary(text, match):
            cuts.append(match.end())
    cuts.append(len(text))
    sentences = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            sentences.append(Sentence(text[start:end], start, end))
    return tuple(sentences)


# how much text before a full stop the rules look at (the word and the start of its line)
_LOOK_BACK = 120


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    mark, following = match.group(0, 1)
    if not following:
        return False  # end of text: the last cut covers it
    first = following.lstrip("\"'“‘«([")[:1] or following[:1]
    # 1. blank line
    if mark.startswith("\n") and "\n" in mark[1:]:
        return True
    # 2. single line break
    if mark == "\n":
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text[line_start : match.start()]
        if not line.strip():
            return True
        return not (first.islower() or _CONTINUES.search(line))
    # 3. punctuation
    if first.islower() or first in "-–—,;:":  # "FERGUSON, Mo. — Attorney General ..."
        return False
    stops = mark.rstrip(_CLOSERS)
    if "?" in stops or "!" in stops or stops in ("…",) or len(stops) > 1:
        return True
    at = match.start()
    if at == 0 or text[at - 1].isspace():
        return True  # " ." in tokenised text
    before = text[max(0, at - _LOOK_BACK) : at]
    if at <= _LOOK_BACK:
        before = "\n" + before  # the text's start is a line start
    word = before.rsplit(None, 1)[-1]
    token = word.rstrip(_CLOSERS)
    bare = token.lstrip("\"'“‘«([").lower()
    if not bare:
        return True
    # 3d. a list number opening a line (a word of at most 4 characters: "12", "(a)")
    if len(word) <= 4 and _LIST_NUMBER.search(before):
        return False
    # 3a. titles and abbreviations that are never last
    if bare in _TITLES:
        return False
    # 3b. abbreviations followed by a number
    if bare in _BEFORE_NUMBER and (first.isdigit() or not following[:1].isalpha()):
        return False
    # 3c. a lone capital initial is followed by the rest of a name ("John F. Kennedy")
    if len(bare) == 1 and token.lstrip("\"'“‘«([")[:1].isupper():
        return False
    is_initials = bool(_INITIALS.fullmatch(token.lstrip("\"'“‘«([")))
    if bare in _MAY_END or (is_initials and "." in bare):
        return following.strip("\"'“‘«([,;:").lower() in _OPENERS
    return True
