"""Statements (step 1 of corroborate): what each article says, a sentence or a clause at a time.

In:  an Article and the outlet it counts for. Out: _statements(): its statements (sentences, a long
one cut at a semicolon or a contrastive clause, lines of fewer than MIN_WORDS words and page
furniture left out), each a _Statement with its content words, their weights (NAME_WEIGHT in a
name) and its values (values.py); _informative(): how much a single-source statement carries.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from operator import itemgetter
from typing import NamedTuple

from newsprism.analyse.leadin import cut_off, is_prose
from newsprism.analyse.sentences import split_sentences
from newsprism.extract.pageend import strip_link_labels
from newsprism.records import Article

from .values import _bare, _Value, _values
from .words import _stem, _words

# Tuned on the seed events (../shared/seeds) and read by hand on ../shared/data/clustering/{basil,
# allsides} events; re-tune with bench/claims.py.
MIN_WORDS = 6  # shorter lines are captions, bylines and fragments ("Photo: Reuters"), not statements
LONG_SENTENCE = 40  # words; longer sentences are cut at clause level (they carry several statements)
MIN_CLAUSE = 8  # words; a clause shorter than this stays with its sentence
NAME_WEIGHT = 1.5  # a shared name says more than a shared word ("his counterpart Wang Yi"); at 2 the
# names in every sentence ("US", "China") start to align sentences about different things
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=(?:while|but|although|though|whereas|even as)\s)")
_EVENT_VERBS_TEXT = """
    met meet meets said says told announced signed approved passed killed died arrested charged won
    lost began begun took made went came left fell rose hit shot struck sent held led paid sold
    bought ran set put gave brought fought found kept spent stood saw became broke chose drew drove
    flew grew knew meant sought spoke wrote voted ruled launched raised cut agreed denied rejected
    called visited arrived landed resigned fired attacked warned urged
"""
_EVENT_VERBS = frozenset(_EVENT_VERBS_TEXT.split())
_LOWER_WORD = re.compile(r"[a-z]+")
_PAST_TENSE = re.compile(r"\b[a-z]{3,}ed\b")
_MODAL_VERB = re.compile(r"\b(?:will|would|plans? to|expected to|is to|are to|set to|likely to)\s+\w+", re.I)


class _Statement(NamedTuple):  # a named tuple as _Value: built for every statement, never compared
    article_id: str
    source: str  # the independent outlet it counts for
    outlet: str  # its own outlet (copies keep theirs): a conflict is between two outlets
    position: int  # index in its article: ledes come first
    text: str
    words: tuple[str, ...]  # its distinct content words, in text order
    weights: tuple[float, ...]  # each word's weight before its IDF: NAME_WEIGHT in a name, else 1
    values: tuple[_Value, ...]
    cut: bool = False  # the excerpt's last sentence, cut off mid-way ("... directing a review of the...")
    day: int | None = None  # its article's publication day (a date's ordinal), None when unknown
    question: bool = False  # it asks (_question): it states nothing, so it backs no claim
    caption: bool = False  # a photo's caption (_CAPTION): it aligns only with a statement of SURE_COSINE


_Reading = tuple[tuple[str, ...], tuple[float, ...], tuple[_Value, ...]]  # words, weights, values


def _clauses(sentence: str, n_words: int) -> list[str]:
    """The clauses of MIN_WORDS words or more of a sentence of `n_words` words (at least MIN_WORDS)."""
    if n_words <= LONG_SENTENCE:
        return [sentence]
    pieces: list[str] = []
    last = 0
    for m in _CLAUSE_BREAK.finditer(sentence):
        piece, rest = sentence[last : m.start()], sentence[m.end() :]
        if len(piece.split()) >= MIN_CLAUSE and len(rest.split()) >= MIN_CLAUSE:
            pieces.append(piece.strip() + ("." if m.group().startswith(";") else ""))
            last = m.end()
    pieces.append(sentence[last:].strip())
    return [p[0].upper() + p[1:] for p in pieces if len(p.split()) >= MIN_WORDS]


def _read(clause: str, drop_first: bool) -> _Reading:
    """A statement's distinct content words, their weights and its values (none without content
    words); `drop_first`: its first word, capitalised as every sentence's, is no name (_names)."""
    words = _words(clause)
    distinct = dict.fromkeys(map(itemgetter(0), words[2]))
    distinct.pop(None, None)  # not a content word (_word)
    content = tuple(distinct)
    if not content:
        return (), (), ()
    values = _values(clause, drop_first, words)
    names = {_stem(w) for v in values if v.kind == "name" for w in v.key}
    weights = tuple([NAME_WEIGHT if w in names else 1.0 for w in content]) if names else (1.0,) * len(content)
    return content, weights, values


_FIRST_WORD = re.compile(r"[A-Z][\w'’.-]*")  # the first word of a _NAME run
# a blog post's filing line: "posted in Pedestrian Accidents on Wednesday, September 18, 2013"
_FURNITURE = re.compile(
    r"\b(?:[Pp]osted in|[Ff]iled under) (?:[A-Z][\w'’&-]*(?: and| &)? )+on (?:[A-Z][a-z]+day, )?"
    r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\.?$"
)  # it ends its line: "a video posted in Chicago on Monday showed ..." is prose


# A wire story's end matter, in brackets after its last sentence: who reported, wrote and edited it
# ("( Reporting by Tom Bergin ; Editing by Hans Peters )", or a credit's tail cut from its bracket,
# "Editing by Jon Loades-Carter , John Stonestreet ; Editing by Gary Hill )"), the exchange rate its
# figures were converted at ("( $ 1 = 5.6406 Egyptian pounds )"), its story code before another note
# ("( ID : nHKG372361 ) ( Editing by ..."; a code before prose is left with it: "( ID : nN29104665 )
# The suit was filed on behalf of two commercial shrimp fishermen ..."), where to read more ("( For
# a WHO map of the spread of cases , go to : here )") and whom to write to ("( If you have a query
# or comment on this story , send an email to ... )"). None of it
# is a statement of the story, and on a page saved as one line the page's footer runs on after it
# in the same sentence (Reuters' "An ultra-low latency infrastructure for electronic trading ..."):
# heap-10000 showed 34 such lines as claims, one a name "conflict" between two credit lines. A
# bracket opens the notes; a credit's tail needs its closing bracket (a sentence opening "Reporting
# by the Post found ..." is prose).
_CREDIT_WORDS = "reporting|editing|edited|writing|compiled|written"
_CREDIT = rf"(?:(?:additional|writing and|compiled and)\s+)?(?:{_CREDIT_WORDS})\s+by\b"
_WIRE_NOTE = re.compile(
    rf"\(\s*(?:{_CREDIT}|\$\s?1\s?=|ID\s?:\s?\w+\s?\)\s*(?:[()]|$)"
    r"|For\b[^()]*\bgo to\b|If you have a query\b)"
    rf"|{_CREDIT}[^()]*\)",
    re.I,
)
# the openings the notes need, a cheap test before the pattern
_NOTE_OPENINGS = ("(", "Reporting", "Editing", "Edited", "Writing", "Additional", "Compiled")


def _furniture(clause: str) -> bool:
    """Whether a clause is a page's furniture: a blog's filing line or a wire story's end matter."""
    if clause.startswith(_NOTE_OPENINGS) and _WIRE_NOTE.match(clause) is not None:
        return True
    return ("osted in" in clause or "iled under" in clause) and _FURNITURE.search(clause) is not None


# A question in the writer's own voice states no fact: "Which is safer a deep water oil drilling or
# a nuclear reactor ?", "In that case , why single out BP as responsible ?", "Should the federal
# government be ordered to take over operations from BP ?" (heap-10000's reader comments, polls and
# Q&A pages), "And who, exactly, sucked as much as the other side?" (BASIL) aligned with the
# statements whose words they ask about ("And there 's a lot of oil in the deep water .") and made
# them "corroborated". A question with a quotation mark in it is reported speech, a fact of who
# asked what ("Do you fully support the Obama agenda?”", the question three outlets quote): kept. A
# question is kept for the event's word weights (its words are the event's words), but backs no
# claim and is none (_Statement.question).
_QUOTE_MARKS = ('"', "“", "”")


def _question(clause: str) -> bool:
    """Whether a clause is a question in the writer's own voice: it ends in a question mark that no
    open quotation holds (an odd count of quotation marks before it: 'He asked : " Do you support
    it ?'). A writer's scare quotes close before the end ('Is the " top kill " stopping the leak ?',
    two marks): the writer's own question still."""
    return clause.rstrip().endswith("?") and sum(map(clause.count, _QUOTE_MARKS)) % 2 == 0


# A photo gallery's caption, a day and a colon before what the photo shows ("June 7 : Obama meets with
# members of his Cabinet to discuss the response to BP Deepwater Horizon oil spill , in the Cabinet Room",
# "May 17 : A ship 's wake cuts through a pattern of oil near the site of the Deepwater Horizon oil spill",
# "AP Apr. 21 : An oil slick is seen as the Deepwater Horizon oil rig burns"): the event's background
# in its words, it aligned with other outlets' statements of other things ("Tony Hayward , CEO of BP ,
# has admitted mistakes", claims_precision31's W; "BP already faces a criminal investigation ... over
# the April 20 explosion", claims_precision32's W). A caption aligns only with a statement as alike as
# SURE_COSINE ("June 17 : BP CEO Tony Hayward testifies during a House ... subcommittee hearing" / "Tony
# Hayward , as he arrives on Capitol Hill to testify before the ..."): kept out of every pair, it also
# lost those (claims32, heap-10000). It may stand as a single-source claim of its own.
_CAPTION = re.compile(
    r"(?:AP\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s?:\s+[A-Z]"
)
_CAPITALISED = re.compile(r"(?<=[a-z,;] )[A-Z][\w'’-]*")  # a capitalised word inside a sentence


def _statements(
    article: Article,
    source: str,
    read: Callable[[str, bool], _Reading] = _read,
) -> list[_Statement]:
    """An article's statements; `read` is _read, or a cache of it (an event's copies repeat lines)."""
    # a link's label for screen readers left inline ("the Federal Reserve Opens a New Window. board", Fox
    # Business, heap-10000) made "Federal Reserve Opens" a name: extract strips it from every text it reads,
    # and an Article built by hand is read the same way (one pattern: extract.pageend._LINK_LABEL)
    text = strip_link_labels(article.text or "")
    # words the article capitalises inside a sentence: a sentence's first word is a name only if in here
    capitalised = frozenset(_CAPITALISED.findall(text))
    capitalised |= frozenset(w.removesuffix("'s").removesuffix("’s") for w in capitalised)
    day = _day(article.published)
    out: list[_Statement] = []
    for sentence in split_sentences(text):
        words = sentence.text.split()
        if len(words) < MIN_WORDS:
            continue
        for clause in _clauses(" ".join(words), len(words)):
            if not is_prose(clause) or _furniture(clause):  # a stamp, a headline in title case,
                continue  # a label line, a blog's filing line, a wire story's end notes
            # a sentence's first word is capitalised anyway: a name only if the article capitalises it elsewhere
            first = _FIRST_WORD.match(clause)
            content, weights, values = read(
                clause, first is not None and _bare(first.group()) not in capitalised
            )
            if content:
                out.append(
                    _Statement(
                        article.id,
                        source,
                        article.outlet or article.id,
                        len(out),
                        clause,
                        content,
                        weights,
                        values,
                        False,
                        day,
                        _question(clause),
                        _CAPTION.match(clause) is not None,
                    )
                )
    # the short tests first: the whole text is searched only when its last statement is cut off
    if (
        out
        and cut_off(out[-1].text)
        and cut_off(text)
        and text.rsplit(None, 1)[-1] == out[-1].text.split()[-1]
    ):
        out[-1] = out[-1]._replace(cut=True)
    return out


def _day(published: str | None) -> int | None:
    """A publication date's day (its ordinal), None when unknown or unreadable."""
    try:
        return dt.date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None


def _informative(statement: _Statement) -> int:
    """How much a statement carries: its names, numbers and dates, plus one for an event verb; 0 when
    it has no value or no verb (opinion, colour, "It was a long day")."""
    values = len({v.text for v in statement.values})
    if not values:
        return 0
    lowered = statement.text.lower()
    # the search that stops at the first "-ed" word first: most statements with a verb have one
    verb = (
        bool(_PAST_TENSE.search(lowered))
        or not _EVENT_VERBS.isdisjoint(_LOWER_WORD.findall(lowered))
        or bool(_MODAL_VERB.search(statement.text))
    )
    return values + 1 if verb else 0
