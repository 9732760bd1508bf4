"""What the briefing shows, as records: one `StoryBrief` per story, one `EventBrief` per event.

An `EventBrief` is an event (from the corpus stages) with what the later stages found in it: its
cited summary, entities, claims, quotes and timeline. A `StoryBrief` is a story with its own
timeline and the briefs of its events. `story_briefs` assembles them from per-event results keyed
by event id, so each stage can hand over its own mapping.

`Sources` numbers the articles once for both renderers: in reading order (story, event, then the
event's articles by date), so `[3]` means the same article in briefing.md and briefing.html.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from newsprism.corpus import CorpusLinks, Event, Story
from newsprism.records import Article, Claim, Entity, Quote, SummarySentence, TimelineEntry
from newsprism.summarise.headlines import central_event

__all__ = [
    "CITES_SHOWN",
    "CLAIMS_SHOWN",
    "CLAIM_KINDS",
    "ClaimsShown",
    "ENTITIES_SHOWN",
    "ENTITY_KINDS",
    "entity_section",
    "QUOTES_SHOWN",
    "DateSpan",
    "EventBrief",
    "RunCounts",
    "Sources",
    "StatementsShown",
    "StoryBrief",
    "TOC_EVENTS_UP_TO",
    "TimelineShown",
    "article_heading",
    "by_corroboration",
    "by_reports",
    "date_label",
    "date_span",
    "plural",
    "reports",
    "span_label",
    "story_briefs",
    "summary_heading",
]

# the briefing's sections of an event's entities and claims, in order, with their headings
ENTITY_KINDS = (
    ("person", "People"),
    ("organization", "Organisations"),
    ("place", "Places"),
    ("other", "Other"),
    ("group", "Groups"),
)


def entity_section(entity: Entity) -> str:
    """The ENTITY_KINDS section an entity is listed in: its type, except that an unnamed group of
    actors the article names twice ("police", "lawmakers", typed other and written in lower case:
    analyse.entities keeps them, as BASIL lists such groups among an article's main entities) is
    listed under Groups, apart from named things. So is one whose last word is in lower case
    ("Chinese officials", "Republican lawmakers", "House leadership"): a name's head word is
    capitalised ("Pacific Naval Symposium"), so a lower-case head is a description of people (all
    145 such names of heap-10000's first 3,000 articles' events, none a named thing), and a
    particle spelled with its name is no such word ("Saud al-Qahtani")."""
    words = entity.name.split()
    if entity.type == "other" and words and (words[0][:1].islower() or words[-1].islower()):
        return "group"
    return entity.type


CLAIM_KINDS = (
    ("corroborated", "Corroborated"),
    ("single_source", "Single source"),
    ("conflict", "Conflicting"),
)
TOC_EVENTS_UP_TO = 30  # stories; beyond, the contents list stories only (allsides dev: 175 stories)
# Citation marks after one line (a summary sentence, an entity, a claim, a timeline date): the
# lowest-numbered this many, then "+N more". A date that 1,250 articles name cited every one of
# them on each of thousands of timeline lines: two strings of 232 MB in the briefing of
# bench/pathological_inputs.py's dates_1250 (robust17), and no reader follows a 1,250-link list.
CITES_SHOWN = 20
# The first items of a long list of an event: a list taller than a screen hides what comes after it
# (the seeds' events have ~40 entities, ~30 claims and up to 16 statements; an ECB+ event has 83).
# briefing.html folds the rest under "n more"; briefing.md, which cannot fold, shows the same first
# items and says how many more there are and in which file. What several articles carry is never
# cut from briefing.md: every corroborated claim and conflict, every statement two articles report.
# per kind of entity, the most cited first: briefing.md lists past this only the names that two
# articles (not a copy and its original) carry; heap-10000's BP hearing event listed 55 people on
# one line of 1,800 characters, 45 of them named by one article each
ENTITIES_SHOWN = 8
CLAIMS_SHOWN = 5  # single-source claims (the page: of each status, conflicts all shown)
QUOTES_SHOWN = 6  # statements, the most reported first


# An event whose articles have no headline (scraper dumps of bare text, T17's articles) is headed by
# the opening of its summary's first sentence: at most this many words, cut after its first clause
# of HEADING_MIN_WORDS or more, so the contents list says what happened instead of "Untitled".
HEADING_WORDS = 14  # about the longest news headlines run (most are 8-12 words)
HEADING_MIN_WORDS = 6  # a shorter first clause is a lead-in ("On Monday,") that says nothing
_CLAUSE_END = (",", ";", ":")


# Words that open a lead-in, a circumstance before the sentence's subject ("At the time of the
# explosion, ...", "On Friday, Alabama became ..."): prepositions, subordinators and sentence adverbs.
# Such a phrase alone headed 6 of the 157 untitled events of heap-10000's first 1,500 articles ("At
# the time of the explosion …", "In the 1989 Exxon Valdez spill …"), which say no happening. A
# lead-in is a phrase, a preposition and its noun phrase ("In its quarterly earnings statement on
# November 2", 8 words); before a longer run's comma was as often the sentence's own clause ("In 1967
# the Torrey Canyon was shipwrecked while ..., when") in the same articles.
LEAD_IN_WORDS = 8
LEAD_INS_LEFT_OUT = 2  # one lead-in may follow another; a third never did in heap-10000's first 1,500
# fmt: off
_LEAD_IN_OPENERS = frozenset({
    "about", "according", "across", "after", "against", "along", "amid", "amidst", "among", "as",
    "at", "because", "before", "behind", "besides", "despite", "during", "following", "for", "from",
    "if", "in", "inside", "meanwhile", "on", "once", "over", "since", "though", "although",
    "throughout", "to", "under", "unlike", "until", "upon", "when", "whenever", "where", "while",
    "with", "within", "without", "however", "separately", "earlier", "later", "instead", "still",
})
# fmt: on


def summary_heading(summary: Sequence[SummarySentence]) -> str | None:
    """A heading from the first summary sentence (summarise has cut its dateline): the sentence
    itself when it is short, else its first clause or its first HEADING_WORDS words, with "…";
    None for no summary. A lead-in clause is left out (`_without_lead_in`): the heading says what
    happened, "Alabama became the first state to sue BP ...", not "On Friday, Alabama became …"."""
    if not summary:
        return None
    words: Sequence[str] = summary[0].text.split()
    for _ in range(LEAD_INS_LEFT_OUT):  # "In the 1989 Exxon Valdez spill, when about 250,000 ..., "
        words = _without_lead_in(words)
    return _opening(words)


def _without_lead_in(words: Sequence[str]) -> Sequence[str]:
    """The words after an opening lead-in: a phrase of at most LEAD_IN_WORDS words, the first of
    _LEAD_IN_OPENERS, up to a comma, its next word capitalised. Kept whole when the words after
    the comma run to another comma in HEADING_MIN_WORDS or fewer ("In the 85 days of the leak, the
    worst oil disaster in history, nearly ...": an apposition; "In addition Lenny Kravitz, John Legend,
    and ...": a list; "In Houston, Texas, ..."), where that first comma ended no lead-in."""
    if not words or words[0].lower() not in _LEAD_IN_OPENERS:
        return words
    for n, w in enumerate(words[: LEAD_IN_WORDS + 1]):
        if w.endswith(_CLAUSE_END):
            rest = words[n + 1 :]
            # the words of the rest's first clause ("history ," and "history," are one word)
            clause = next(
                (k + (x not in _LONE_MARK) for k, x in enumerate(rest) if x.endswith(_CLAUSE_END)), None
            )  # None: no other clause mark, the rest is one clause
            if w[-1] != "," or (clause is not None and clause <= HEADING_MIN_WORDS):
                return words
            return [rest[0][:1].upper() + rest[0][1:], *rest[1:]]
    return words


# the end of a text's first sentence: a full stop, ! or ? after three lower-case letters or digits
# (so not after an initial or a title: "Raúl R. Labrador", "Mr. Cantor", "U.S. officials"), then
# a space and a capital or an opening quote
_SENTENCE_END = re.compile(r"(?<=[a-z0-9]{3}[.!?])[\"”’']?\s+(?=[\"“‘'A-Z])")
# the opening of a text's first non-blank line: HEADING_WORDS words fit in far fewer characters,
# and heap-10000 has one-line texts of tens of kB that splitting whole cost 0.2 s of CPU
_FIRST_LINE = re.compile(r"[^\s][^\n]{0,400}")


def article_heading(article: Article) -> str:
    """An article's headline; without one (ECB+ has none for 210 of its 462 dev texts, scraper
    dumps of bare text), its first sentence, or that sentence's first HEADING_WORDS words and "…",
    so its sources line and its text's heading say what it reports rather than repeating its id.
    Not cut at a first clause as an event's heading is: an article is told from the others of
    its event by what follows a lead-in ("For the fourth time in two months, ...")."""
    if article.title:
        return article.title
    line = _FIRST_LINE.search(article.text)
    first = _SENTENCE_END.split(line.group(), maxsplit=1)[0] if line else ""
    return _opening(first.split(), clauses=False) or article.id


# a mark of punctuation written as a word of its own: tokenised text (heap-10000's Gulf spill
# articles, "In a 30-minute phone call , the US president ...") puts a space before each comma
_LONE_MARK = frozenset({",", ";", ":", ".", "!", "?"})


def _opening(words: Sequence[str], *, clauses: bool = True) -> str | None:
    # a lone mark joins the word before it, so it is not counted as a word ("call ," made a
    # five-word lead-in pass for a first clause of six) and the heading reads "call, the"
    joined: list[str] = []
    for w in words:
        if w in _LONE_MARK and joined:
            joined[-1] += w
        else:
            joined.append(w)
    words = joined
    if not words:
        return None
    if len(words) <= HEADING_WORDS:
        return " ".join(words).rstrip(".")
    for n in range(HEADING_MIN_WORDS, (HEADING_WORDS + 1) if clauses else 0):
        if words[n - 1].rstrip(",;:").lower() in _SPEECH_VERBS:
            continue  # "Bob Dudley said :" opens what he said: a cut there says nothing
        if words[n - 1].endswith(_CLAUSE_END) or words[n] in ("--", "–", "—"):
            return " ".join(words[:n]).rstrip(",;: ") + " …"
    return " ".join(words[: _cut_at(words, HEADING_WORDS)]).rstrip(",;: ") + " …"


# Words a heading cut at HEADING_WORDS should not end on: articles, prepositions, conjunctions,
# auxiliaries, possessives and subject pronouns leave the reader mid-phrase ("... Hugh Jackman
# will …", "... its obligations to both …"). Of briefing.md's headings cut with "…" (events' and
# articles' without a headline), 56 of 259 ended so for heap-10000's first 1,500 articles and 61 of
# 192 for ECB+ dev (bench/briefing_headings.py).
# fmt: off
_OPEN_ENDED = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "into", "about",
    "around", "after", "before", "over", "under", "between", "through", "across", "against",
    "during", "within", "without", "near", "since", "until", "toward", "towards", "upon", "like",
    "as", "and", "or", "but", "nor", "that", "which", "who", "whose", "will", "would", "shall",
    "should", "can", "could", "may", "might", "must", "is", "are", "was", "were", "be", "been",
    "being", "has", "have", "had", "do", "does", "did", "its", "his", "her", "their", "our", "your",
    "my", "this", "these", "those", "than", "'s", "’s", "he", "she", "it", "they", "we",
})
# fmt: on
# A verb of saying before a clause mark opens what is said: a heading cut at that mark names a
# speaker and leaves out all they said ("BP group chief executive Bob Dudley said :" -> "... Bob
# Dudley said …", heap-10000), so the heading runs on to HEADING_WORDS. (Backing a cut at
# HEADING_WORDS off over such a verb as over "will" was tried: "... the terms of the " static
# kill " BP says …" became "... static kill " BP …", a wrong compound; 0 of 22 read better.)
# ("states" is left out: "the Gulf states, starting ..." is a noun)
_SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "added", "adds", "stated", "wrote", "writes"})
# small words inside a name of capitalised words ("Isle of Wight", "Academy of Motion Picture Arts
# and Sciences"): a cut before one is a cut inside the name ("on", "for" were as often a date's or a
# purpose's: "hit southern Iran on Sunday")
_NAME_JOINERS = frozenset({"of", "and", "de"})
# a name a cut falls inside is finished when it ends within this many more words ("to Alaska Gov.
# Sarah" + "Palin", "the 81st" + "Annual Academy Awards"); a longer one is left out whole
NAME_RUN_WORDS = 3
# capitalised words that open a sentence, not go on with a name: a scraped text's headline glued to
# its first sentence ("... move to end rift over BP A ...", heap-10000)
_SENTENCE_OPENERS = frozenset({"A", "An", "The"})


def _cut_at(words: Sequence[str], n: int) -> int:
    """Where to cut `words` at most `n` long: past the end of a name the cut falls inside, where
    it ends within NAME_RUN_WORDS ("Governor of Alaska, Sarah" | "Palin"); else backed off over a
    last word that opens a phrase (_OPEN_ENDED) or is a part of a longer name, down to
    HEADING_MIN_WORDS."""

    def in_name(k: int) -> bool:  # whether words[k - 1] and words[k] are parts of one name
        last, following = words[k - 1], words[k]
        goes_on = (following[:1].isupper() and following not in _SENTENCE_OPENERS) or (
            following in _NAME_JOINERS and k + 1 < len(words) and words[k + 1][:1].isupper()
        )
        return (last[:1].isupper() or last in _NAME_JOINERS) and goes_on and not last.endswith(_CLAUSE_END)

    if in_name(n):
        end = next(
            (k for k in range(n + 1, n + NAME_RUN_WORDS + 1) if k >= len(words) or not in_name(k)), None
        )
        if end is not None and end < len(words):
            return end
    while n > HEADING_MIN_WORDS and (words[n - 1].lower() in _OPEN_ENDED or in_name(n)):
        n -= 1
    return n


# A partial quote of a word or two ("responsibly", "resume") says nothing on its own: the briefing
# shows quotes of at least this many words (quotes.jsonl keeps every one).
MIN_QUOTE_WORDS = 4


def reports(article_ids: Iterable[str], duplicate_of: Mapping[str, str]) -> int:
    """How many reports these articles are: a copy and its original are one."""
    return len({duplicate_of.get(a, a) for a in article_ids})


def by_reports(entities: Iterable[Entity], kind: str, duplicate_of: Mapping[str, str]) -> list[Entity]:
    """An event's entities of one ENTITY_KINDS section, the most reported first (articles naming
    it, a copy with its original counting once), then the most cited, then by name: one order for
    briefing.md and briefing.html, so that what two outlets name comes before what one copied."""
    return sorted(
        (x for x in entities if entity_section(x) == kind),
        key=lambda x: (-reports(x.article_ids, duplicate_of), -len(x.article_ids), x.name),
    )


# A single-source claim whose words are mostly a quote the event's Quotes list holds is that quote
# with its attribution ("“They were playing with fire,” said McCaul."): more than this share of its
# words between quotation marks. Below it the sentence says a thing of its own beside the quote
# ("Despite the U.S. being on track to hit 160 million people fully vaccinated ..., Biden said, ...
# “and because of that, ...”", 48% quoted, AllSides dev), which only the claim shows.
QUOTED_SHARE = 0.5


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimsShown:
    """An event's claims of one status as the briefing lists them, so a reader meets a statement
    once in the event's section: `listed`, and the claims said elsewhere in the section, counted
    under the list and not written again.

    `in_summary`: a claim whose text is a summary sentence word for word (AllSides dev: 236 of
    1,177 claims, B9-2). The summary keeps it: it is read as one text, in order, whose first
    sentence heads the event, and a sentence taken out of it breaks its thread; a summary
    sentence already cites every article that supports it, and `EventBrief.cited_summary` adds
    the claim's articles, so its outlets are not lost. A conflict is always listed: its values
    side by side are what the summary cannot show.

    `in_quotes`: a single-source claim whose words are mostly a quote (QUOTED_SHARE) of its own
    article that the Quotes list holds (B9-3) and cites with each of its articles (B11-3,
    EventBrief._quoted_by_all), or a corroborated one whose quote Quotes lists with
    each of its articles (B10-3, EventBrief._quotes_cite_all). Quotes keeps it: it names the
    speaker as the People list does and gathers every article quoting the statement, where the
    claim is one article's sentence (or several articles' one quote) with no speaker by it."""

    listed: tuple[Claim, ...]
    in_summary: int = 0
    in_quotes: int = 0

    @property
    def total(self) -> int:
        return len(self.listed) + self.in_summary + self.in_quotes

    def said_elsewhere(self) -> str:
        """The claims left out of the list, for the line under it: "2 more said in the summary
        above, 1 more quoted under Quotes" ("2 said ..." where none is listed; "" for none)."""
        more = " more" if self.listed else ""
        where = ((self.in_summary, "said in the summary above"), (self.in_quotes, "quoted under Quotes"))
        return ", ".join(f"{n}{more} {place}" for n, place in where if n)


def by_corroboration(claims: Iterable[Claim], status: str) -> list[Claim]:
    """An event's claims of one status, the most corroborated (most articles) first, else as
    given: one order for briefing.md and briefing.html."""
    return sorted((c for c in claims if c.status == status), key=lambda c: -len(c.article_ids))


@dataclass(frozen=True, slots=True, kw_only=True)
class EventBrief:
    """An event and everything the briefing says about it."""

    event: Event
    summary: tuple[SummarySentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()

    @property
    def heading(self) -> str:
        """The event's title, else the opening of its summary (`summary_heading`)."""
        return self.event.title or summary_heading(self.summary) or "Untitled event"

    def cited_ids(self) -> Iterable[str]:
        """Every article id the brief cites, in the order the briefing shows them."""
        for s in self.summary:
            yield from s.article_ids
        for e in self.entities:
            yield from e.article_ids
        for c in self.claims:
            yield from c.article_ids
            yield from c.values
        for q in self.quotes:
            yield q.article_id
        for t in self.timeline:
            yield from t.article_ids

    def cited_summary(self) -> tuple[SummarySentence, ...]:
        """The summary as the briefing shows it: each sentence citing, after its own articles, those
        of the claims that repeat it word for word (ClaimsShown.in_summary) and of the statement it
        quotes (StatementsShown.in_summary), whose lists leave them out, so a corroborated sentence
        shows every outlet that carries it."""
        extra: dict[str, list[str]] = {}
        for c in self.claims:
            if c.status != "conflict":
                extra.setdefault(_words(c.text), []).extend(c.article_ids)
        for q, cited in self.statements():
            if (k := self._quoting_sentence(q)) is not None:
                extra.setdefault(_words(self.summary[k].text), []).extend(cited)
        if not extra:
            return self.summary
        return tuple(
            SummarySentence(text=s.text, article_ids=tuple(dict.fromkeys((*s.article_ids, *more))))
            if (more := extra.get(_words(s.text)))
            else s
            for s in self.summary
        )

    def shown_claims(self, status: str) -> ClaimsShown:
        """The claims of one status, the most corroborated first (by_corroboration), less those a
        summary sentence or a quote of this section says (ClaimsShown)."""
        said = {_words(s.text) for s in self.summary}
        quoted: dict[str, list[str]] = {}
        for q in self.quotes:
            if q.speaker:  # an unattributed quote leaves the claim's sentence the one to say who
                quoted.setdefault(q.article_id, []).append(q.quote.strip())
        listed: list[Claim] = []
        in_summary = in_quotes = 0
        for c in by_corroboration(self.claims, status):
            if status != "conflict" and _words(c.text) in said:
                in_summary += 1
            elif _is_quoted(c, quoted) and (
                status == "single_source"
                and self._quoted_by_all(c)
                or status == "corroborated"
                and self._quotes_cite_all(c)
            ):
                if self._left_to_summary(c):
                    in_summary += 1
                else:
                    in_quotes += 1
            else:
                listed.append(c)
        return ClaimsShown(listed=tuple(listed), in_summary=in_summary, in_quotes=in_quotes)

    def _quotes_cite_all(self, claim: Claim) -> bool:
        """Whether Quotes lists what a corroborated claim quotes, by its speaker, citing every
        article the claim does: the statements whose wordings of the claim's articles are in its
        text, each with a speaker and shown (`_shown_wordings`) in words of the claim's text or in
        words that hold the claim's quote, together quoted by all of its articles, the claim's words
        Quotes shows more than QUOTED_SHARE of its words. A statement shown in other words would
        hide the claim's (heap-10000: "Allen observed: “To push BP out of the way, it would raise a
        question ...”" where Salazar's statement, "push them out of the way", took it), one shown
        in a few of them the rest of its words ("“People want to believe that everything is OK and
        ... a false sense of confidence ...,” he said." under Markey's "false sense of
        confidence"); one shown in more words than the claim's says them too (B11-2: Transocean's
        "Based on the limited information ... took appropriate actions to gain control of the well
        . They were well trained ..."). One of its articles whose own statement is another
        ("Education Secretary Miguel Cardona said" where one of three outlets' quote is not grouped
        with the others', AllSides dev) leaves the claim the one line that shows that outlet
        carries it (B10-3)."""
        wording = self._shown_wordings()
        found, quoting = self._statements_in(claim)
        shown: dict[str, int] = {}  # statement -> how many of the claim's words Quotes shows
        for key, words in found.items():
            quote = wording[key].quote.strip()
            if not wording[key].speaker:
                continue
            if quote in claim.text:  # Quotes shows a part of the claim
                shown[key] = len(quote.split())
            elif _word_run(words) in _word_run(quote):  # Quotes shows the claim's quote and more
                shown[key] = len(words.split())
        cited = set().union(*(quoting[key] for key in shown))
        return (
            len(shown) == len(found) > 0
            and sum(shown.values()) > QUOTED_SHARE * len(claim.text.split())
            and set(claim.article_ids) <= cited
        )

    def _quoted_by_all(self, claim: Claim) -> bool:
        """Whether the statements a single-source claim quotes are, together, quoted by every article
        it cites, so Quotes cites each of them: a claim of a copy and its original (two articles,
        one report) where one outlet's text does not hold the quote (or its quote is grouped under
        another statement) stays listed, the one line that shows that outlet carries it (B10-3's
        rule for corroborated claims, B11-3)."""
        found, quoting = self._statements_in(claim)
        return set(claim.article_ids) <= set().union(*(quoting[key] for key in found))

    def _left_to_summary(self, claim: Claim) -> bool:
        """Whether each statement a claim quotes is one Quotes leaves to the summary, whose sentence
        quotes it with its speaker (`_quoting_sentence`): the claim is then said in the summary, not
        under Quotes. Counted under Quotes, the two lists pointed at each other, neither showing it
        (AllSides dev e-6011df9a3a41: "“My Administration is committed to expanding access ...,”
        Biden's proclamation states." counted "quoted under Quotes", Quotes counting that statement
        "quoted in the summary above" for the summary's "“My Administration ...,” Biden said in a
        statement."). The summary sentence cites the statement's articles, so the claim's too."""
        found, _ = self._statements_in(claim)
        wording = self._shown_wordings()
        return bool(found) and all(self._quoting_sentence(wording[key]) is not None for key in found)

    def _statements_in(self, claim: Claim) -> tuple[dict[str, str], dict[str, set[str]]]:
        """The statements a claim quotes, each with its longest wording by one of the claim's
        articles that is in the claim's text, and the articles quoting each statement of the event
        (however worded)."""
        keys = self._statement_keys()
        quoting: dict[str, set[str]] = {}
        found: dict[str, str] = {}
        for key, q in zip(keys, self.quotes, strict=True):
            quoting.setdefault(key, set()).add(q.article_id)
            words = q.quote.strip()
            in_claim = q.article_id in claim.article_ids and words and words in claim.text
            if in_claim and len(words.split()) > len(found.get(key, "").split()):
                found[key] = words
        return found, quoting

    def _statement_keys(self) -> list[str]:
        """Each quote's statement: quotes.jsonl's `statement`, else the quote alone."""
        return [q.statement or f"#{k}" for k, q in enumerate(self.quotes)]

    def _shown_wordings(self) -> dict[str, Quote]:
        """Each statement's wording as Quotes shows it: the longest of those by the speaker of its
        first that hold the first's words in a row. The first alone was shown, and it may be a
        fragment another outlet quotes in full (AllSides dev: Murthy's "a serious threat to public
        health" beside "Health misinformation is a serious threat to public health. It can cause
        confusion, ..."; heap-10000: Markey's "determined to use every last minute in office ..."
        beside "The Bush administration appears to be determined to use every last minute in office
        ..."), which Quotes then hid (B11-2). A wording without the first's words in a row may be
        another thing said, grouped with it ("To push BP out of the way, it would raise a question
        ..." by Allen under Salazar's "push them out of the way", heap-10000); one another speaker
        is given may be the reporter's text or another's quote glued to it (heap-10000: Clare
        Spencer's sentence in "by the oil giant . The new report criticises BP , ..." given to BP:
        a version taking any speaker's wording was wrong on 7 of 30 changed events read, against 2
        of 30 for this one), and the first stays."""
        wordings: dict[str, list[Quote]] = {}
        for key, q in zip(self._statement_keys(), self.quotes, strict=True):
            wordings.setdefault(key, []).append(q)
        shown = {key: quotes[0] for key, quotes in wordings.items()}
        if all(len(quotes) == 1 for quotes in wordings.values()):
            return shown  # no statement worded twice (most events): nothing to choose
        names = self.speaker_names()
        for key, quotes in wordings.items():
            if len(quotes) > 1:
                first = _word_run(quotes[0].quote)
                by = _speaker(quotes[0], names)
                shown[key] = max(
                    (q for q in quotes if _speaker(q, names) == by and first in _word_run(q.quote)),
                    key=lambda q: len(q.quote.split()),
                )
        return shown

    def speaker_names(self) -> dict[str, str]:
        """A quote's speaker as the event's entities name them: each alias of one person or
        organisation maps to that entity's name ("Biden" -> "Joe Biden", "Counsel Robert Bauer" ->
        "Robert F. Bauer"), so a speaker reads as in the People list and one person is not two
        names among the quotes (BASIL dev: 180 of 1,088 shown quotes' speakers are such an alias).
        An alias two entities share maps to neither."""
        owners: dict[str, set[str]] = {}
        for x in self.entities:
            if x.type in ("person", "organization"):
                for alias in x.aliases:
                    owners.setdefault(alias, set()).add(x.name)
        return {alias: next(iter(names)) for alias, names in owners.items() if len(names) == 1}

    def shown_statements(self, duplicate_of: Mapping[str, str] | None = None) -> StatementsShown:
        """The statements as Quotes lists them (`statements`), less those a summary sentence
        quotes with its speaker (`_quoting_sentence`), which are counted, not written again."""
        listed = []
        in_summary = 0
        for q, cited in self.statements(duplicate_of):
            if self._quoting_sentence(q) is None:
                listed.append((q, cited))
            else:
                in_summary += 1
        return StatementsShown(listed=tuple(listed), in_summary=in_summary)

    def _quoting_sentence(self, quote: Quote) -> int | None:
        """The summary sentence that is this quote and says who said it, by its place in the summary;
        None for none. Such a sentence ("“They were playing with fire,” said McCaul.", AllSides dev,
        B10-1) was written twice in the event's section, in the summary and under Quotes; the summary
        keeps it, read in its order. The sentence must be mostly the quote (more than QUOTED_SHARE
        of its words: a few words quoted in the reporter's sentence, "Trump said he is “closely
        monitoring” the approach ...", are a part of what the sentence says, and Quotes lists them
        as the speaker's) and name the speaker (the last word of the quote's speaker or of the
        entity that speaker is an alias of: "McCaul") outside the quote ("“If Barack Obama Were A
        Country, He'd Be Belgium,” he said." does not), which Quotes would otherwise be the one to
        say."""
        words = quote.quote.strip()
        if not quote.speaker or not words:
            return None
        names = {quote.speaker, self.speaker_names().get(quote.speaker, quote.speaker)}
        last_words = {name.split()[-1].strip(".,") for name in names if name.split()} - {""}
        if not last_words:
            return None
        for k, sentence in enumerate(self.summary):
            text = sentence.text
            # the name is looked for only in the few sentences that hold the quote (a pattern
            # compiled per quote cost ~0.2 s on heap-10000's briefing: speed33)
            if words in text and len(words.split()) > QUOTED_SHARE * len(text.split()):
                rest = text.replace(words, " ")
                if any(re.search(rf"\b{re.escape(w)}\b", rest) for w in last_words):
                    return k
        return None

    def statements(
        self, duplicate_of: Mapping[str, str] | None = None
    ) -> list[tuple[Quote, tuple[str, ...]]]:
        """Each statement once: the wording Quotes shows (`_shown_wordings`) and every article
        quoting it (however worded).

        The most reported first (articles quoting it, a copy counting with its original as one
        report), then those with a speaker before the unattributed, then in the order found: a
        reader sees first what several outlets carry and who said it, where the articles' order
        put a G7 statement's fragment with no speaker ahead of the seeds' event's quotes."""
        wording = self._shown_wordings()
        cited: dict[str, list[str]] = {}
        for key, q in zip(self._statement_keys(), self.quotes, strict=True):
            if q.article_id not in cited.setdefault(key, []):
                cited[key].append(q.article_id)
        self._fold_held(wording, cited)
        copies = duplicate_of or {}

        def rank(key: str) -> tuple[int, bool]:
            return -reports(cited[key], copies), wording[key].speaker is None

        return [(wording[key], tuple(cited[key])) for key in sorted(wording, key=rank)]  # stable

    def _fold_held(self, wording: dict[str, Quote], cited: dict[str, list[str]]) -> None:
        """Leave out a statement whose shown words another statement's shown wording holds in a row,
        by the same speaker or with none, citing its articles with that one: the quotes stage kept
        them apart, and Quotes listed one speaker's words twice (AllSides dev: Granholm's "This has
        got to be done soon" under "This has got to be done soon. And without putting a specific
        ...", Greene's "I have made a mistake" under "I have made a mistake, and it's really
        bothered me ...", "We can achieve that objective ..." unattributed for The Hill under Biden's
        for Politico). A wording of fewer than MIN_QUOTE_WORDS words is not one Quotes lists."""
        if len(wording) < 2:
            return
        names = self.speaker_names()
        runs = {key: _word_run(q.quote) for key, q in wording.items()}
        speakers = {key: _speaker(q, names) for key, q in wording.items()}
        order = {key: k for k, key in enumerate(wording)}  # equal words: the first found stays
        for key in list(wording):
            if len(runs[key].split()) < MIN_QUOTE_WORDS:
                continue
            by = speakers[key]
            holder = next(
                (
                    other
                    for other in wording
                    if other != key
                    and runs[key] in runs[other]
                    and (runs[key] != runs[other] or order[other] < order[key])
                    and by in (None, speakers[other])
                ),
                None,
            )
            if holder is not None:
                cited[holder].extend(a for a in cited[key] if a not in cited[holder])
                del wording[key]


def _speaker(quote: Quote, names: Mapping[str, str]) -> str | None:
    """A quote's speaker by the last word of the entity's name it is an alias of (`names`, from
    EventBrief.speaker_names), so one person's names are alike: "Obama", "Barack Obama"."""
    if not quote.speaker or not quote.speaker.split():
        return None
    return names.get(quote.speaker, quote.speaker).split()[-1].lower()


_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _word_run(text: str) -> str:
    """A wording's words in lower case, without its punctuation and marks ("..." cut a quote short),
    spaced so that one holds another's words in a row as a part: " we can grow " in " with ... "."""
    return f" {' '.join(_WORD.findall(text.lower()))} "


def _words(text: str) -> str:
    """A text with its spacing made one: the claim and the summary sentence cut from one article
    sentence may differ in it."""
    return " ".join(text.split())


# the quotation marks that open or close a quote in the articles ("'" and "’" are apostrophes too)
_QUOTE_MARKS = re.compile('["“”„«»]')
_BEFORE_WORDS = " .…'\"“‘([-—"  # what may come before a quote's first word ("... and", "[The]")


def _is_quoted(claim: Claim, quoted: Mapping[str, Sequence[str]]) -> bool:
    """Whether a claim is its article's quotes (`quoted`: the event's attributed quotes by article)
    and what says who said them:

    1. more than QUOTED_SHARE of its words are in those quotes;
    2. each opens a sentence (a capital or a digit first): a quote that opens in lower case is a
       part of the reporter's sentence, whose words say what it is about ("Carlson told his
       listeners that they should pay attention to Hungary “if you care about Western
       civilization ...”", "Those videos, Lohmeier added, “taught that ...”", AllSides dev);
    3. it quotes nothing else: no quotation mark is left once they are taken out with the marks
       around them. A scraped page's pull quote glued to the next ("Most of the mistakes ... a
       failure of management " End Quote National Oil Spill Commission report " What we found
       ...", heap-10000) holds words no quote of the list does."""
    text = claim.text
    found = {q for a in claim.article_ids for q in quoted.get(a, ()) if q and q in text}
    found = {q for q in found if not any(q != other and q in other for other in found)}  # once
    if sum(len(q.split()) for q in found) <= QUOTED_SHARE * len(text.split()):
        return False
    rest = text
    for q in found:
        first = q.lstrip(_BEFORE_WORDS)[:1]
        if not (first.isupper() or first.isdigit()):
            return False
        # the quote with its own marks, and the comma or stop before its closing one
        rest = re.sub(
            f"{_QUOTE_MARKS.pattern}?\\s*{re.escape(q)}\\s*[,.;:!?]*\\s*{_QUOTE_MARKS.pattern}?", " ", rest
        )
    return not _QUOTE_MARKS.search(rest)


# An untitled story (no article of it has a headline) was headed by its first event's heading: in a
# story of several events, often a side story or a lead-in ("Along with Homeland Security Secretary
# Janet Napolitano and ...", heap-10000's 14-event Gulf spill story, B9-8). From this many events on,
# where the first is a third of the story or less, it is headed by what it is and the names most of
# its events share; in a story of two events the first is half of it, and its heading, a sentence
# saying what happened ("Maurice Cheeks became the fifth NBA head coach to be fired ..."), says more
# than names ("Philadelphia 76ers, Portland, Philly").
NAMED_STORY_EVENTS = 3
STORY_NAMES = 3  # names in such a heading: as many as a headline's length holds


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementsShown:
    """An event's statements as Quotes lists them (each with the articles quoting it), and how many
    it leaves to the summary above, whose sentence is the quote with its speaker
    (EventBrief.shown_statements)."""

    listed: tuple[tuple[Quote, tuple[str, ...]], ...]
    in_summary: int = 0

    def said_elsewhere(self) -> str:
        """ "1 more quoted in the summary above" ("1 quoted ..." where none is listed; "" for none)."""
        more = " more" if self.listed else ""
        return f"{self.in_summary}{more} quoted in the summary above" if self.in_summary else ""


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineShown:
    """An event's timeline entries the briefing lists, and how many of its dates it leaves to the
    story's timeline above (StoryBrief.event_timeline)."""

    listed: tuple[TimelineEntry, ...]
    in_story: int = 0

    def said_elsewhere(self) -> str:
        """The line for the entries left out: "2 more dates in the story timeline above" ("2 dates
        ..." where none is listed; "" for none)."""
        if not self.in_story:
            return ""
        more = " more" if self.listed else ""
        return (
            f"{self.in_story}{more} {'date' if self.in_story == 1 else 'dates'} in the story timeline above"
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryBrief:
    """A story, its timeline across events, and the briefs of its events."""

    story: Story
    events: tuple[EventBrief, ...]
    timeline: tuple[TimelineEntry, ...] = ()

    @property
    def shown_timeline(self) -> tuple[TimelineEntry, ...]:
        """The story's timeline as the briefing shows it: none for a story of one event whose
        timeline holds every date of the story's (timeline.py builds both from the same articles),
        where it would be the same list twice, one under the other (heap-10000's first 3,000
        articles: 844 such stories of the 1,151 with a timeline)."""
        if len(self.events) == 1:
            own = {(t.date, t.text) for t in self.events[0].timeline}
            if all((t.date, t.text) in own for t in self.timeline):
                return ()
        return self.timeline

    def event_timeline(self, brief: EventBrief) -> TimelineShown:
        """An event's timeline as the briefing shows it: the dates the story's timeline, printed
        above, does not already give (the same date and text), and how many it does. A story of
        several events repeated them in each event's (heap-10000's first 1,500 articles: 409 of the
        460 entries of multi-event stories' event timelines, B9-1), so a reader scrolled past every
        date twice; the count says where they are."""
        above = {(t.date, t.text) for t in self.shown_timeline}
        if not above:
            return TimelineShown(listed=brief.timeline)
        listed = tuple(t for t in brief.timeline if (t.date, t.text) not in above)
        return TimelineShown(listed=listed, in_story=len(brief.timeline) - len(listed))

    def repeats(self, brief: EventBrief) -> bool:
        """Whether an event's heading would repeat the story's just above it: a story of one
        event headed by that event's title (61 of the 303 stories shown for heap-10000's first
        3,000 articles), so the event's heading is left out and its line follows the story's."""
        return len(self.events) == 1 and brief.heading == self.heading

    @property
    def heading(self) -> str:
        """The story's title; else, for a story of NAMED_STORY_EVENTS or more events, the heading of
        its most central event (summarise's central_event: the one whose title and summary hold
        most of what the others say), which says what happened ("Swine flu has been confirmed as
        the cause of 26 deaths in Mexico …" for "Story of 16 events: H1N1, Mexico, United States",
        B11-1), unless that event is the first, whose heading is printed right under the story's;
        else what it is and the names its events share ("Story of 14 events: Gulf of Mexico,
        Louisiana, Deepwater Horizon", `shared_names`); else the heading of its first event that has
        one."""
        if self.story.title:
            return self.story.title
        if len(self.events) >= NAMED_STORY_EVENTS:
            central = central_event([b.summary for b in self.events], [b.event.title for b in self.events])
            # the first event's heading heads its own section right below (heap-10000: 4 of the 17
            # untitled stories of 3+ events shown had their first event central, each heading then
            # printed twice in a row)
            if (
                central is not None
                and central > 0
                and (self.events[central].event.title or self.events[central].summary)
            ):
                return self.events[central].heading
        if len(self.events) >= NAMED_STORY_EVENTS and (names := self.shared_names()):
            return f"Story of {len(self.events)} events: {', '.join(names)}"
        return next((b.heading for b in self.events if b.event.title or b.summary), "Untitled story")

    def shared_names(self) -> list[str]:
        """Up to STORY_NAMES names (people, organisations, places, other things; not groups nor the
        story's outlets) that more than half of the story's events name, those most events name
        first, then those most articles name."""
        events: dict[str, int] = {}
        articles: dict[str, int] = {}
        for brief in self.events:
            for x in brief.entities:
                if entity_section(x) != "group":
                    articles[x.name] = articles.get(x.name, 0) + len(x.article_ids)
            for name in {x.name for x in brief.entities if entity_section(x) != "group"}:
                events[name] = events.get(name, 0) + 1
        # an outlet of the story's articles is named in its own credit lines ("(Reuters) - ..."),
        # not as what the story is about: the heap's swine flu story named Reuters in 5 of 6 events
        outlets = {"".join(o.lower().split()) for b in self.events for o in b.event.outlets}
        shared = [
            name
            for name, n in events.items()
            if 2 * n > len(self.events) and "".join(name.lower().split()) not in outlets
        ]
        return sorted(shared, key=lambda name: (-events[name], -articles[name], name))[:STORY_NAMES]


def story_briefs(
    links: CorpusLinks,
    *,
    summaries: Mapping[str, Sequence[SummarySentence]] | None = None,
    entities: Mapping[str, Sequence[Entity]] | None = None,
    claims: Mapping[str, Sequence[Claim]] | None = None,
    timelines: Mapping[str, Sequence[TimelineEntry]] | None = None,
    quotes: Iterable[Quote] = (),
    story_timelines: Mapping[str, Sequence[TimelineEntry]] | None = None,
) -> tuple[StoryBrief, ...]:
    """Briefs for every story of `links`, in its order. The mappings are keyed by event id
    (`story_timelines` by story id); a quote goes to the event of its article. What is missing is
    left empty, so the briefing shows what has been computed."""
    quotes_of: dict[str, list[Quote]] = {}
    for q in quotes:
        if len(q.quote.split()) < MIN_QUOTE_WORDS:
            continue
        event_id = links.event_of.get(q.article_id)
        if event_id is not None:
            quotes_of.setdefault(event_id, []).append(q)
    events = {ev.id: ev for ev in links.events}

    def brief(ev: Event) -> EventBrief:
        return EventBrief(
            event=ev,
            summary=tuple((summaries or {}).get(ev.id, ())),
            entities=tuple((entities or {}).get(ev.id, ())),
            claims=tuple((claims or {}).get(ev.id, ())),
            quotes=tuple(quotes_of.get(ev.id, ())),
            timeline=tuple((timelines or {}).get(ev.id, ())),
        )

    return tuple(
        StoryBrief(
            story=story,
            events=tuple(brief(events[eid]) for eid in story.event_ids),
            timeline=tuple((story_timelines or {}).get(story.id, ())),
        )
        for story in links.stories
    )


class Sources:
    """The articles a briefing cites, numbered in reading order, and what to say about each."""

    def __init__(
        self, stories: Sequence[StoryBrief], articles: Mapping[str, Article], duplicate_of: Mapping[str, str]
    ) -> None:
        self.articles = articles
        self.duplicate_of = duplicate_of
        self.number: dict[str, int] = {}
        self._of_event: dict[str, list[str]] = {}
        self._headings: dict[str, str] = {}
        self._same: dict[str, str | None] = {}
        cited: list[str] = []
        for story in stories:
            for brief in story.events:
                ids = [a for a in brief.event.article_ids if a in articles]
                ids.sort(key=lambda a: (articles[a].published or "9999", a))  # by date, undated last
                self._of_event[brief.event.id] = ids
                for aid in ids:
                    self.number.setdefault(aid, len(self.number) + 1)
                cited += brief.cited_ids()
            for entry in story.shown_timeline:
                cited += entry.article_ids
        # an article cited where it is not a member (a story timeline, a claim that reaches into
        # another event) keeps its number from its own event; one that no event lists is numbered
        # last and listed under "Other cited articles", so no citation points nowhere
        for aid in cited:
            if aid in articles:
                self.number.setdefault(aid, len(self.number) + 1)

    def of_event(self, event_id: str) -> list[str]:
        return self._of_event.get(event_id, [])

    def same_text(self, article_id: str) -> str | None:
        """same_text_as, found once per article: every citation mark of the page asks it."""
        if article_id not in self._same:
            self._same[article_id] = same_text_as(article_id, self)
        return self._same[article_id]

    def unlisted(self) -> list[str]:
        """Numbered articles that no event lists (cited by a story timeline only)."""
        listed = {a for ids in self._of_event.values() for a in ids}
        return [a for a in self.number if a not in listed]

    def outlet(self, article_id: str) -> str | None:
        art = self.articles.get(article_id)
        return art.outlet if art else None

    def outlets(self, article_ids: Iterable[str]) -> str:
        """The known outlets of these articles, as "Reuters, The Tribune" ("" when none is known)."""
        return ", ".join(sorted({o for a in article_ids if (o := self.outlet(a))}))

    def describe(self, article_id: str) -> str:
        """One line about an article: outlet, date, headline."""
        art = self.articles.get(article_id)
        if art is None:
            return f"article {article_id} (not in this run)"
        # the headline or the id, not `heading`: every citation mark of the page carries this in its
        # title, and heap-10000's 1,870 untitled articles' openings made the page 10% larger
        return " · ".join([art.outlet or "unknown outlet", art.published or "undated", art.title or art.id])

    def heading(self, article_id: str) -> str:
        """`article_heading` of an article, found once (its sources line and its text's heading)."""
        heading = self._headings.get(article_id)
        if heading is None:
            heading = self._headings[article_id] = article_heading(self.articles[article_id])
        return heading

    def copies(self, article_ids: Iterable[str]) -> int:
        """How many of these articles are copies of another article."""
        return sum(1 for a in article_ids if a in self.duplicate_of)

    def event_line(self, event: Event) -> list[str]:
        """An event's dates, outlets and articles for its heading's line, the same in both files:
        "25 Apr 2024 · Tribune and 2 articles of unknown outlet · 3 articles · 1 copy". The seeds'
        first event said "Tribune News Service · 3 articles" where two of the three have no known
        outlet, which reads as three Tribune reports; a copy is not another report."""
        ids = self.of_event(event.id)
        unknown = sum(1 for a in ids if not self.outlet(a))
        outlets = ", ".join(event.outlets)
        if outlets and unknown:
            outlets += f" and {plural(unknown, 'article', 'articles')} of unknown outlet"
        line = [
            span_label(event.start, event.end),
            outlets or "outlets unknown",
            plural(len(ids), "article", "articles"),
        ]
        if copies := self.copies(ids):
            line.append(plural(copies, "copy", "copies"))
        return line

    def story_line(self, story: StoryBrief) -> list[str]:
        """A story's dates, events and articles: "24–25 Apr 2024 · 2 events · 5 articles"."""
        ids = [a for b in story.events for a in self.of_event(b.event.id)]
        s = story.story
        line = [
            span_label(s.start, s.end),
            plural(len(story.events), "event", "events"),
            plural(len(ids), "article", "articles"),
        ]
        if copies := self.copies(ids):
            line.append(plural(copies, "copy", "copies"))
        return line


# --- dates as precise as known ---------------------------------------------------------------------

Precision = Literal["year", "month", "day"]
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class DateSpan:
    """The days a date string covers: `start` included, `end` excluded ("2024-04" = all of April)."""

    start: date
    end: date
    precision: Precision


def date_span(value: str) -> DateSpan | None:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a longer timestamp is cut to its day); None if not a date."""
    value = value.strip()
    m = _ISO.match(value)
    rest = value[m.end() :] if m else ""
    if m is None or (rest and not (m.group(3) and rest[0] in "T ")):  # only a day may carry a time
        return None
    year, month, day = (int(g) if g else None for g in m.groups())
    assert year is not None
    try:
        if month is None:
            return DateSpan(date(year, 1, 1), date(year + 1, 1, 1), "year")
        if day is None:
            first = date(year, month, 1)
            return DateSpan(first, (first + timedelta(days=32)).replace(day=1), "month")
        day_ = date(year, month, day)
        return DateSpan(day_, day_ + timedelta(days=1), "day")
    except (ValueError, OverflowError):
        return None


@functools.lru_cache(maxsize=4096)  # a page shows each day many times (sources, timelines, spans)
def date_label(value: str | None) -> str:
    """A date for people: "25 Apr 2024", "Apr 2024", "2024"; anything unparsable as given."""
    if not value:
        return "undated"
    span = date_span(value)
    if span is None:
        return value
    d = span.start
    if span.precision == "year":
        return str(d.year)
    if span.precision == "month":
        return f"{MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def span_label(start: str | None, end: str | None) -> str:
    """A span for people: "24–25 Apr 2024", "Jun 2023 – Apr 2024" or "undated"."""
    if not start:
        return "undated"
    if not end or end == start:
        return date_label(start)
    a, b = date_span(start), date_span(end)
    if a and b and a.precision == b.precision == "day" and a.start.replace(day=1) == b.start.replace(day=1):
        return f"{a.start.day}–{date_label(end)}"
    return f"{date_label(start)} – {date_label(end)}"


# --- the run's counts ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class RunCounts:
    """What went in and what came out, for the briefing's header and its "This run" section."""

    documents: int
    kept: int
    copies: int
    events: int
    stories: int
    dropped: tuple[tuple[str, int], ...]  # (reason, count), most frequent first
    shown_stories: int | None = None  # when the briefing shows only the largest stories

    @property
    def dropped_total(self) -> int:
        return sum(n for _, n in self.dropped)

    def line(self) -> str:
        """The counts in a sentence: "6 documents: 5 kept (1 copy), 1 dropped; 2 events in 1 story"."""
        copies = f" ({plural(self.copies, 'copy', 'copies')})" if self.copies else ""
        return (
            f"{plural(self.documents, 'document', 'documents')}: {self.kept} kept{copies}, "
            f"{self.dropped_total} dropped; {plural(self.events, 'event', 'events')} in "
            f"{plural(self.stories, 'story', 'stories')}."
            + (
                f" Shown here: the {self.shown_stories} largest stories (stories.jsonl and "
                "events.jsonl hold them all)."
                if self.shown_stories is not None and self.shown_stories < self.stories
                else ""
            )
        )


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def same_text_as(article_id: str, sources: Sources) -> str | None:
    """The original whose text a copy has word for word (the briefing shows that text once), else None.

    A heap of daily crawls holds one page dozens of times: each exact copy's text written again
    under its [n] made a 29,017-document heap's briefing.md 52 MB and briefing.html 82 MB, most of
    it the same texts again (robust23, journey 9). A rewritten copy keeps its own text: what it
    changed is what a reader compares."""
    original = sources.duplicate_of.get(article_id)
    if original is None or original not in sources.number:
        return None
    return original if sources.articles[original].text == sources.articles[article_id].text else None
