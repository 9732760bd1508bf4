"""Editors' notes about the piece itself, read out of an article's paragraphs.

A correction or an update note speaks of the page, not of the story: "This article was amended on 6
May 2010. The original said that a leaking well was spewing 5,000 gallons a day ... This has been
corrected." (t17 bpoil_guardian), "CORRECTION: This article originally said the Super Bowl is set to
be held in Tempe, Ariz. ..." (basil 58ed2376), "This post has been updated since it was first
published." (cleanportaleval washingtonpost_com_blog1_12, which the gold body leaves out). A reader
wants the story, and a correction repeats the wrong fact it corrects ("5,000 gallons", "Tempe"),
which the later stages would read as one more claim of the story. So they leave the body, and are
kept beside it (`read_editors_notes`: the readers put them in `Article.corrections`, written out in
articles.jsonl's "corrections").

What is a note (`strip_editors_note`):
- a paragraph opened by a correction's label ("Correction:", "CLARIFICATION -", "Corrections (Dec.
  1):"), or one that is only a label of a note ("UPDATE:", "Correction"): the whole paragraph;
- a sentence that says this piece was changed ("This article was amended on ...", "This story has
  been updated to include ...", "This post has been revised to reflect the following correction:"),
  that it was wrong ("An earlier version of this story termed ...", "Because of an editing error,
  an earlier version of this post said ...", "This article originally said ..."), or an update
  stamp that says what was added ("Updated at 10:30 a.m. with comments from the mayor.", "Updated
  to include ..."). A correction's sentence that opens its paragraph takes the paragraph, when that
  is short (NOTE_PARAGRAPH_MAX_CHARS: the error and the right fact, as the papers print them);
  elsewhere, in a long paragraph (a dump of one line), the note runs to "This has (now) been
  corrected." when that closes it within NOTE_RUN_MAX_CHARS, else it is its sentence and the
  sentences that go on with it ("The original said ...", "In the article above ...").

What is not: the piece's own words about something else ("Update: Williamson called from the road
to tell us more about the photo.", "We will update this post when those issues are resolved.",
cleanportaleval gold), a note's day before the editor's words on the whole piece ("Updated |
Thursday, August 30: Includes additional comments ...", kept by the cleanportaleval gold, as
textdate.strip_timed_note keeps it), "this" in lower case inside a sentence, a law's article ("The
article was amended in 2005": only "this" names the piece), and an "Editor's note:", which often
gives the reader the story's context or the writer's post.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsprism.analyse.sentences import _TITLES
from newsprism.extract.pageend import cut_page_end, drop_closing_bullet, strip_link_labels, strip_syndication
from newsprism.extract.textdate import stamp_tokens, strip_timed_note

__all__ = ["read_editors_notes", "read_paragraph", "read_paragraphs", "strip_editors_note"]

# A paragraph that opens with a correction's sentence is the correction when it is at most this
# long: the error and the right fact, two or three sentences (basil ae243a95: 126 characters,
# 58ed2376: 131). A longer one is read sentence by sentence.
NOTE_PARAGRAPH_MAX_CHARS = 500
# A note's sentence, and a run from its start to "This has been corrected.", is at most this long
# (the longest of t17's: 276 characters, bpoil_guardian/922): past it, what follows is not the note.
NOTE_RUN_MAX_CHARS = 600

_PIECE = r"(?:article|story|post|blog\s+post|piece|column|op-ed|editorial)"
# "this" and a piece's word, found before any other pattern: its literal start ("his ") lets the
# regex engine skip to each "his " at the speed of a C-level scan (76,109 dev paragraphs: 27 ms, a
# loop over each "his " 46 ms), and few paragraphs hold one (421). A note in capitals ("THIS STORY
# HAS BEEN UPDATED") is a short paragraph of its own: only those are searched for it.
_PIECE_WORDS = "article|story|post|blog|piece|column|op-ed|editorial"
_THIS_PIECE = re.compile(rf"his (?:{_PIECE_WORDS}|{_PIECE_WORDS.title()})")
_THIS_PIECE_CAPS = re.compile(rf"HIS (?:{_PIECE_WORDS.upper()})")
_CHANGED = r"(?:updated|amended|corrected|revised|changed|edited|clarified|modified)"
# what follows a change in a note: when ("on 6 May 2010", "at 1pm", "since it was first published"),
# why ("to reflect", "to correct", "with comments"), or the sentence's end. A law's article is
# changed "in 2005" or "by parliament", and is no note; nor is one "amended to allow the president a
# third term" or "amended on 12 March 2005 by the constitutional court" (review22): "to" is a note's
# only when an editor's purpose follows (_NOTE_PURPOSE), and "on"/"at" only when a stamp alone runs to
# the sentence's end or to the purpose (_note_at: textdate.stamp_tokens)
_NOTE_PURPOSE = r"(?:reflect|correct|include|clarify|remove|add|note|show|update|fix|delete|make)"
_CHANGE_NOTE = rf"(?=\s*(?:[.:;,]|$)|\s+(?P<when>on|at)\b|\s+(?:since|with|to\s+{_NOTE_PURPOSE})\b)"
# a change note's "on"/"at" and the words after it (_stamped)
_STAMP_WORDS = re.compile(r"\s+(?:on|at)\b((?:\s+[\w:.,]+){1,8})")
_NON_SPACE = re.compile(r"\S+")
# what a piece "originally" did when it was wrong ("This article originally said ..."), and not where it
# first ran ("This article originally appeared on ...": a syndication credit, heap-10000's copies)
_SAID = (
    r"(?:said|stated|reported|wrote|gave|named|identified|misidentified|described|referred|quoted|"
    r"misquoted|attributed|misattributed|listed|misstated|misspelled|misspelt|included|called)"
)
# A correction's or an update's label, and a correction's sentences (module docstring)
# (a mark then a space or the end: "Corrections-department officials said" opens a story, review22)
_LABEL = r"(?:updated?|corrections?|clarifications?)\b\s*(?:\([^()\n]{0,30}\)\s*)?[:|–—-]+(?:\s+|$)"
_NOTE = re.compile(
    rf"(?:{_LABEL})?"
    r"(?:(?:because\s+of|due\s+to)\s+an?\s+(?:[\w-]+\s+){0,2}?error,?\s+)?"
    rf"(?:an?\s+(?:earlier|previous|prior)\s+version\s+of\s+this\s+{_PIECE}\b"
    rf"|this\s+{_PIECE}\s+(?P<changed>(?:(?:has|had)\s+(?:now\s+)?been|was)\s+{_CHANGED})\b{_CHANGE_NOTE}"
    rf"|this\s+{_PIECE}\s+(?:originally|incorrectly|mistakenly|erroneously|wrongly)\s+{_SAID}\b)",
    re.IGNORECASE,
)
# a paragraph that is only a note's label ("UPDATE:"), and one opened by a correction's label
_BARE_LABEL = r"(?:updated?|corrections?|clarifications?)\W*$"
_CORRECTION_LABEL = re.compile(
    rf"(?:corrections?|clarifications?)\b\s*(?:\([^()\n]{{0,30}}\)\s*)?[:|–—-]+(?:\s|$)|{_BARE_LABEL}",
    re.IGNORECASE,
)
_ONLY_LABEL = re.compile(_BARE_LABEL, re.IGNORECASE)
# an update stamp that says what was added: "Updated at 10:30 a.m. with ...", "Updated to include"
# (`when`, if any, only a stamp's tokens: textdate.stamp_tokens)
_UPDATE_NOTE = re.compile(
    r"updated?\b(?P<when>[^!?\n]{0,40}?)\s*:?\s*"
    r"(?:with|to\s+(?:include|add|reflect|correct|clarify|remove|note|show))\b",
    re.IGNORECASE,
)
# what an update adds "with": a reporter's material ("Updated with comments from the mayor", "with
# new details", "with a statement from BP"); "Updated with modern kitchens and a new roof, the hotel
# reopened in May" opens the story (review22)
_ADDED = re.compile(
    r"(?:\s+(?!(?:comments?|details?|statements?)\b)[\w'-]+){0,3}?\s+(?:comments?|details?|information|"
    r"reactions?|quotes?|statements?|videos?|photos?|photographs?|background|figures|reports?|updates?|"
    r"responses?|remarks|interviews?|context|links?|analysis|news|developments|corrections?)\b",
    re.IGNORECASE,
)
# a sentence's end: a stop, closing quotes, then a capital, a digit or an opening quote, or the end
_SENTENCE_END = re.compile(r"[.!?](?:\s?[\"”’'])*(?=\s+[\"“‘']?[A-Z0-9]|\s*$)")
# the sentence that closes a correction's run
_CLOSER = re.compile(r"this\s+has\s+(?:now\s+)?been\s+(?:corrected|amended|changed|clarified)\s*\.", re.I)
# sentences that go on with a correction's note: what the original said, and the right fact said of
# what it got wrong ("An earlier version of this op-ed referred to ... the Ocean Pollution Act of
# 1990 . It is the Oil Pollution Act of 1990 .", t17 bpoil_washingtonpost/1091)
_GOES_ON = re.compile(
    r"(?:the|in\s+the)\s+original\b|in\s+the\s+(?:article|story|post)\s+above\b|"
    r"(?:it|he|she|they)\s+(?:is|was|are|were)\b",
    re.IGNORECASE,
)
# the right fact of a correction, after its error (_GOES_ON's last branch): one sentence (_note_end)
_FACT = re.compile(r"(?:it|he|she|they)\s", re.IGNORECASE)
# the end of the sentence before a note's word "this": a stop or a colon, maybe closing quotes
_STOP_BEFORE = re.compile(r"[.!?:](?:\s?[\"”’'])*\s+")
# how far back from "this" a note's sentence may start ("Because of an editing error, an earlier
# version of this": 50 characters)
NOTE_LEAD_MAX_CHARS = 80


def _sentence_end(paragraph: str, start: int) -> int | None:
    for m in _SENTENCE_END.finditer(paragraph, start):
        if m.start() - start > NOTE_RUN_MAX_CHARS:
            return None
        # a stop after a title or an initial ends no sentence: "... misspelled the name of Mr.
        # Hayward." was cut after "Mr." and left "Hayward." in the body (review22; sentences._TITLES,
        # the sentence splitter's)
        word = paragraph[max(start, m.start() - 12) : m.start()].rsplit(None, 1)
        last = word[-1].lstrip('("“') if word else ""
        if paragraph[m.start()] == "." and ((len(last) == 1 and last.isupper()) or last.lower() in _TITLES):
            continue
        return m.end()
    return None


def _note_at(paragraph: str, this: int) -> re.Match[str] | None:
    """The note (_NOTE) of the sentence holding the word "this" at `this`, if any: from the
    sentence's start (after the last stop within NOTE_LEAD_MAX_CHARS, or the paragraph's), else
    from "This" itself when capitalised ("... cents This article was amended ...", t17's dumps)."""
    lo = max(0, this - NOTE_LEAD_MAX_CHARS)
    stops = [m.end() for m in _STOP_BEFORE.finditer(paragraph, lo, this)]
    start = stops[-1] if stops else (0 if lo == 0 else None)
    if start is not None and start < this and paragraph[start].isupper():
        m = _NOTE.match(paragraph, start)
        if m is not None and _stamped(paragraph, m):
            return m
    if paragraph[this] == "T" and (this == 0 or paragraph[this - 1].isspace()):
        m = _NOTE.match(paragraph, this)
        if m is not None and _stamped(paragraph, m):
            return m
    return None


def _stamped(paragraph: str, m: re.Match[str]) -> bool:
    """Whether a change note's "on"/"at", if any, gives a stamp ("on 14 and 21 May 2010", "at 1pm
    on 10 June 2010") that ends the sentence or its words: after it comes a stop, the end, a capital
    (a dump's next line, t17 bpoil_guardian/422), "to <purpose>" or "with"; a lower-case word goes
    on with a law's change ("on 12 March 2005 by the constitutional court")."""
    return m["when"] is None or _stamp_end(paragraph, m) is not None


def _stamp_end(paragraph: str, m: re.Match[str]) -> int | None:
    """Where the stamp after a change note's "on"/"at" ends (its last word's end, before any stop),
    when it ends the sentence or its words (_stamped); else None."""
    run = _STAMP_WORDS.match(paragraph, m.end())
    if run is None:
        return None
    end = None
    for word_m in _NON_SPACE.finditer(paragraph, run.start(1), run.end(1)):
        word = word_m.group()
        bare = word.rstrip(".,;:")
        # a stamp's word; a lower-case one of three letters or more ("may") is the sentence's
        if bare == "and" or (
            stamp_tokens(bare) and not (bare.isalpha() and bare.islower() and len(bare) > 2)
        ):
            end = word_m.start() + len(bare)
            if bare != word:  # a stop or a comma closes it
                break
            continue
        nxt = paragraph[word_m.start() : run.end(1)]
        if not bare or word[:1].isupper() or re.match(rf"(?:to\s+{_NOTE_PURPOSE}|with)\b", nxt):
            break
        return None
    return end


def read_paragraph(paragraph: str) -> tuple[str, tuple[str, ...], bool]:
    """(`paragraph` as the body keeps it: up to the page's end (pageend.cut_page_end), without its
    links' labels for screen readers (pageend.strip_link_labels), a closing syndication credit
    (pageend.strip_syndication), a running story's time note opening it (textdate.strip_timed_note)
    nor its editors' notes about the piece; the notes taken out, in their order; whether the page
    ended in it): how a clean text's lines, a page's paragraphs and a dump's lines (extract.text)
    are each read."""
    kept, ended = cut_page_end(strip_link_labels(paragraph))
    text, notes = read_editors_notes(strip_timed_note(strip_syndication(kept)))
    return text, notes, ended


def read_paragraphs(paragraphs: Iterable[str]) -> tuple[list[str], tuple[str, ...]]:
    """(the body's paragraphs up to the page's end, each read by read_paragraph, the emptied ones
    left out; the notes taken out, in their order)."""
    kept: list[str] = []
    notes: list[str] = []
    for paragraph in paragraphs:
        text, read, ended = read_paragraph(paragraph)
        if text:
            kept.append(text)
        notes.extend(read)
        if ended:
            break
    return kept, tuple(notes)


def strip_editors_note(paragraph: str) -> str:
    """`paragraph` without an editor's note about the piece (module docstring); "" when the whole
    paragraph is one."""
    return read_editors_notes(paragraph)[0]


def read_editors_notes(paragraph: str) -> tuple[str, tuple[str, ...]]:
    """(`paragraph` without its editors' notes about the piece, "" when the whole paragraph is one;
    the notes taken out, in their order): what strip_editors_note keeps, and what `Article.corrections`
    keeps of the rest. A label left alone by its note ("Update:") is no note of its own."""
    if paragraph[:1] in "CcUu" and len(paragraph) <= NOTE_RUN_MAX_CHARS:
        if _CORRECTION_LABEL.match(paragraph):
            # a bare label ("Correction") says nothing: it leaves the body and is no note
            return "", () if _ONLY_LABEL.match(paragraph) else (paragraph,)
        m = _UPDATE_NOTE.match(paragraph)
        if (
            m is not None
            and (not m["when"].strip() or _is_stamp(m["when"]))
            and (not m.group().lower().endswith("with") or _ADDED.match(paragraph, m.end()))
        ):
            end = _sentence_end(paragraph, m.end())
            if end is None:
                return paragraph, ()
            return paragraph[end:].lstrip(), (paragraph[:end].strip(),)
    # every note of a correction or a change names "this" piece (_THIS_PIECE)
    out = paragraph
    notes: list[str] = []
    for this_piece in (
        (_THIS_PIECE, _THIS_PIECE_CAPS) if len(paragraph) <= NOTE_RUN_MAX_CHARS else (_THIS_PIECE,)
    ):
        pos = 1
        while (found := this_piece.search(out, pos)) is not None:
            i = found.start()
            pos = i + 4
            if out[i - 1] not in "Tt" or (i > 1 and out[i - 2].isalnum()):
                continue
            m = _note_at(out, i - 1)
            if m is None:
                continue
            start = m.start()
            correction = m["changed"] is None or not m["changed"].lower().endswith("updated")
            if start == 0 and correction and len(out) <= NOTE_PARAGRAPH_MAX_CHARS:
                notes.append(out)
                return "", tuple(notes)
            end = _note_end(out, m, correction)
            if end is None:
                continue
            notes.append(out[start:end].strip())
            # the list bullet that opened the note's line goes with it (t17's Guardian: "... can not
            # be permitted . cents This article was amended on 8 May 2010 ...")
            out = (drop_closing_bullet(out[:start].rstrip()) + " " + out[end:].lstrip()).strip()
            if _ONLY_LABEL.match(out):  # "Update: This story has been updated ..." left "Update:"
                return "", tuple(notes)
            pos = start + 1
    return out, tuple(notes)


def _is_stamp(when: str) -> bool:
    return any(c.isdigit() for c in when) and stamp_tokens(when)


def _note_end(paragraph: str, m: re.Match[str], correction: bool) -> int | None:
    """Where the note matched by `m` ends: at "This has been corrected." within NOTE_RUN_MAX_CHARS
    of its start (a correction), else at its sentence's end and the sentences that go on with it."""
    if correction:
        closer = _CLOSER.search(paragraph, m.end(), m.start() + NOTE_RUN_MAX_CHARS)
        if closer is not None:
            return closer.end()
    if m["when"] is not None and (stamp := _stamp_end(paragraph, m)) is not None:
        # a stamp without a stop ends the note where the paragraph ends, and an update's where a
        # capital follows (a dump's next line: "This article was updated at 1pm on 10 June 2010
        # Letters for publication should be sent to ...", t17 bpoil_guardian/422, ran on into the
        # page's footer); a correction's stamp before a capital may go on ("... 2010 The original
        # said ..."), so it ends at its sentence's end
        after = paragraph[stamp:].lstrip()
        if not after or (not correction and after[0].isupper()):
            return stamp
    end = _sentence_end(paragraph, m.end())
    fact = False  # the right fact is one sentence ("It is the Oil Pollution Act of 1990."): after it,
    # "It was the worst spill ..." is the story again (review22)
    while end is not None and correction:
        rest = len(paragraph) - len(paragraph[end:].lstrip())
        on = _GOES_ON.match(paragraph, rest)
        is_fact = on is not None and _FACT.match(on.group()) is not None
        if on is None or (fact and is_fact):
            break
        fact = fact or is_fact
        nxt = _sentence_end(paragraph, rest)
        if nxt is None:
            break
        end = nxt
    return end
