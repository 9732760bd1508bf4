"""Direct quotes in an article and who said them, by rule.

find_quotes(text, article_id, names) -> list[Quote], in text order; same_statement(a, b) and
group_statements(quotes) tell when quotes in different articles are one statement worded apart.

1. Quote spans.
   a. Quote marks are paired line by line (a line is a paragraph): curly marks by their shape,
      straight ones by the side their space is on, then in turn. A quote left open at the end of a
      paragraph continues into the next one when that one opens with a quote mark (the newswire
      convention for a quote that runs over paragraphs): the whole passage is one quote. A double
      quote left open also runs over the lines with no mark after it (ECB+ writes one sentence a
      line) when the first line with a double mark, at most MAX_UNMARKED_LINES on, closes it. Single
      marks (British and international English: ‘We will not back down,’ said ...; 'It was great,'
      Ferguson said) are quote marks too, though most of them are apostrophes (it’s, O’Brien, dogs’,
      the ’90s, rock ’n’ roll, 'em): one opens a quote only where its paragraph closes it, or where
      the next paragraph opens with one (a quote over paragraphs); a closing mark with a word after
      it (the dogs’ home, called it ‘a disgrace’ and) closes only when no surer one follows. Marks
      of the other kind inside a quote are a quote within it (“… ‘assault weapons’ …”); ‘‘ and ’’
      are a double mark. A straight double mark with a space on each side after a paragraph's
      dateline in capitals is an em-dash that the page's encoding lost (AP: `STOCKHOLM " Swedish
      Prime Minister ...`), no mark; a question mark after a full stop or a comma and before a space
      inside a double quote its paragraph leaves open is a closing mark the encoding lost (`“…
      unless you count the dead vote.? In 2013, he wrote`).
   b. A short span in title case that names a show, a book or an ad (`said on NBC's “Meet the
      Press”`, `starred in "American Pie"`, `the “Today” show`, `the ad titled “Strong”`), a work after its author's possessive
      (`Pablo Neruda’s “Keeping Quiet,”`), or a nickname (William "Mo" Cowan) is no quote: nobody
      said it; a title may open with a number (`film “1917”`, `on “60 Minutes”`), and after
      "titled" hold words in lower case (`is titled “If Indeed I am Ill, Brother.”`); two spans in
      title case side by side in a list are names too (`as well as “Joker,” “Marriage Story,” and`,
      `"Van Wilder" and "The Big Lebowski"`); a list of places is none (`dealt with in "New York,
      Seattle, or Minneapolis."`). Its cue still serves the quotes after it.
2. The attribution cue, looked for in the quote's sentence with every quote in it blanked out:
   a. right after the quote: `,” Mr. Steele said`, `,” said Brendan Buck`, `,” Dukes once told`,
      `, according to X`, `," Sooners coach Bob Stoops said` (a role before the name), `," said
      his wife, Sheraine Lathon`, `," co-chair Bill Reilly said` (a hyphenated role by its last
      part), `,” de Blasio said` (a particle in lower case opening the surname), `," Juror No. 12
      said` (a number after "No." ends the name), `," Xinhua quoted Erekat as saying`, `," X was
      quoted as saying`; an unnamed source brought in with "a" or "an"
      is the organisation named with it (`," a Twitter representative told`), or nobody named (`,"
      a senior official said`, `," a Republican aide said`); not a speech verb that brings in a
      clause of its own after a quote that ends its sentence (`… world . " Kennon said he is
      relieved`);
      a short next sentence that is a cue (`…intentional.” Biden said.`) unless it brings in a
      quote of its own and this one has a cue before it (the coroner asks Mr Mansfield “…?” Mr
      Mansfield said: “Yes.”);
   b. before it: `Perry stated, “`, `X, the foreign minister, said “…”`, `he called the deal “…”`,
      `…, saying “…”`, `According to Anna Lee, the plan is “…”`, `Dunford is calling the report
      “…”`: the speech verb nearest the quote that has a subject (a noun phrase ends before a
      conjunction: `Moore declined to identify the donor but said, “…”` is Moore's, 2d); an
      unnamed spokesperson is the organisation named with it (`A Surrey Police spokeswoman said`);
   c. none in the sentence: the statement goes on (“We are ready,” she said. “We will act.”):
      the speaker of the previous quote in the paragraph (unless the quote's own sentence has a
      subject before it: "Cotton used the opportunity to accuse them of spreading “fake news.”"),
      or, for a paragraph that opens with a quote, of the previous paragraph's last quote or its
      last sentence's speech verb;
   d. a quote inside a sentence with no speech verb ("Perry pledges to end “Obama's war on
      religion”"): the sentence's subject, if it is a person (a surname after a person's title
      too: "President Trump returned ... to excoriating the press as “…”"), or the subject of its
      last clause after ", but" ("... took a big step -- but Republicans laughed it off as a “…”"),
      or, in a leading clause that opens with a participle, of the main clause after it ("After
      praising the fence for being so “clean and orderly”, ..., he told his viewers").
3. The speaker phrase becomes a name:
   a. a name: the fullest name the article gives with that surname ("Blinken" -> "Antony Blinken",
      William "Mo" Cowan -> "William Cowan"), titles and honorifics taken off ("NAACP President Ben
      Jealous") and so are the words before a name that are none of it: an owner's possessive before
      two names or more ("Guardian's Sam Wollaston"), a word that describes the person before a
      given name and a surname ("Historian Alan Brinkley", "American Bobby Fischer"), a word that
      opens a sentence ("Sometimes Simon's ...", "Plus Obama", an adverb: "Hilariously"), a plural
      title before two names ("U.S. Senators Tammy Baldwin and Josh Hawley"), an outlet's name after
      "The" before a person's ("Writing in The Mirror Linda said"), words shaped as adjectives after
      "the" ("the somber-looking Lofven"); a lead's first word in capitals is read in the name's case
      ("KELLY Osbourne has" -> "Kelly Osbourne"); a surname with its particle is the fullest name's
      ("de Blasio" -> "Bill de Blasio"); a lone surname it never gives in full, one letter from one
      it does, is that one misspelt ("said Cowen"); a surname that is a title, alone, the person of
      that surname ("King said" of Billy King);
   b. a pronoun: the most recent person of fitting gender (from an honorific, Mr or Mr., or a
      common first name) who spoke, opened a sentence or was named after the speech verb that
      closes one (", said Adam Babich, director of ..."), or was asked a question ("asked Thomas
      Perrelli whether"), a subject earlier in the same sentence first; a given name alone after
      "Her brother" and the like that open a sentence is a person ("Her brother Jack went on");
      not a name after a preposition that opens the pronoun's sentence ("Of Obama, he said"), nor
      right after words quoted inside a sentence ("sad for “good friend” Baghdatis because"), nor,
      with entity mentions, a titled name after a preposition, "that" or "whether" ("works for
      Rep. Stephen Fincher", "his comment that President Obama subscribed"), nor the object of a
      gerund that opens a sentence ("Saying President Obama, he said, was");
   c. a title ("the secretary of state"): the person the article gives that title, before a name
      ("Secretary of State Antony Blinken") or in apposition ("Vivian Balakrishnan, Singapore's
      foreign minister").
      A role phrase the article gives to no name ("the Texas governor continues") is the most
      recent salient person, as a pronoun would be, unless "of" brings in an office holder the
      article has not named ("the mayor of Washington, DC, suggested": no speaker) or it is "the
      judge" (in a trial's story the salient person is the defendant: no speaker); a party's
      member named by place and party ("the Kentucky Republican said", "the Conservative MP said")
      is such a role phrase too,
      which may also mean a lawmaker or governor named with the title in the possessive ("the gist
      of Senator Tim Scott’s rebuttal ... the South Carolina Republican accused");
   d. an organisation or a group: itself when it is the subject ("the Obama campaign said",
      "Republican lawmakers said", "The State Department ... noted", "Close to three dozen House
      Democrats ..., calling"); "the campaign", "the group" is the last one named as a subject
      before, a head alone on the way ("The company cut 500 jobs") referring back in turn; "the
      company" and "…,” it said" are the organisation named last as the subject of a verb in their
      sentence or the MAX_ANTECEDENT_SENTENCES before ("Microsoft said it would cooperate",
      "Fortinet claimed"; "the company" no government body), or the author of a document named so
      ("The letter says"); "the company", and "it said" when no organisation spoke, may also be the
      subject of a verb in the past tense ("Transocean , meanwhile , sought", "The ... Agency
      expressed frustration on Saturday"); with none, "it said" is no cue; "the navy", "the team",
      "the police" with no name of their own are the group last written as capitalised words before
      that head ("The Indian navy noted ... “…,” the navy said"); a place that stands for an
      organisation seated there (_SEATS: "Redmond said") is that organisation when the article names
      it; an unnamed "the spokesperson" is the organisation it speaks for ("a spokesperson for
      Google"). A named spokesperson stays the person ("Lis Smith, a spokeswoman for the Obama
      campaign" -> Lis Smith), as in the seeds' gold and in quote-attribution corpora that name the
      source (BASIL instead often labels a person's words with the group among its main entities);
   e. a document ("the ad says", "the letter states", "the email said"): its author, named as
      owner ("the Romney campaign's ad", "the Washington Post report") or as the subject of the
      sentence that last brought in a document of its kind ("The Romney campaign retorted with an
      ad").
   f. a place or a document is no speaker: a place the gazetteer knows after a preposition, just
      before the verb, is no subject ("A federal judge in Maryland added", "Boxall, oceanographer at
      the ... center in Southampton, Hampshire, said"): the clause's subject speaks, or no one
      named; a spokesperson placed with "based in" and the like ("A BP spokesman based in America
      described") speaks for the organisation named with it; a run with a word of places or laws
      ("Florissant Valley", "U.S. Constitution") is no person that "he" could be; nor is a dateline
      ("WEST PALM BEACH, Fla.—", "Thu Oct 21", "CAIRO, Egypt -"), a wire's credit in brackets
      ("WASHINGTON (AP) — Former U.S. Ambassador William Taylor provided"), a lawmaker's tag
      ("Sen. John Cornyn, R-TX, who heads ..., said"), or a name that ends a participle's phrase
      ("A mother ..., recounting what her child told her to the Journal, said").
   g. a name run cut at "and", "of" or "for" is read whole ("Centers for Disease Control and
      Prevention said", "Anthony H. Cordesman of the Center for Strategic and International
      Studies said", "Paul Dowling of Leigh Day & Co, said"); one word after an organisation's
      "of" is the organisation's ("the Board of Elections acknowledged"); a group's name loses the
      word that opens its sentence ("Now Tea Party conservatives"); a name with an "of" may run on
      over a second "of" and an "in" to its verb ("Rev. John Paul Hopping of Our Lady of
      Guadalupe, told"), and a tag in brackets may stand between a name and its verb ("Nancy Pelosi
      (D-Calif.) told").
   A cue whose subject is none of these ("a spokesman said" with no organisation near, a letter
   from a group the article does not name) gives no speaker; nor does an indefinite pronoun
   ("everyone screams “BIG GOVERNMENT”", "Someone asked “…”"); a name for a thing ("a procedure
   known as “top kill”", the so-called “Loop Current”, two or three words before a noun for a
   method or a plan: `its high-risk " top kill " operation`) is no one's words.

Names come from `names` (entity mentions) when given, else from capitalised word runs of the text.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from operator import attrgetter, itemgetter

from newsprism.analyse import places
from newsprism.analyse.sentences import Sentence, split_sentences
from newsprism.extract.textdate import MONTHS
from newsprism.records import Mention, Quote

__all__ = ["find_quotes", "group_statements", "same_statement"]

# --- 1. quote marks ------------------------------------------------------------------------------
_OPENING = "“«„"
_CLOSING = "”»"
_DOUBLE = '"“”«»„'
# double marks; single curly marks (‘We will not back down,’ said ...) and straight ones ('...,'
# Ferguson said), which are apostrophes too (it’s, dogs’, O'Brien); two single curly marks that stand
# for a double one (‘‘Match Point,’’); not an apostrophe inside a word (it’s, O'Brien), which neither
# opens nor closes a quote (_single_side). Each regex opens with a class of characters, which the
# regex engine skips to (alternatives would make it try every position: 2x slower over heap texts).
_MARKS = re.compile(r"[\"“”«»„‘’'](?!(?<=\w[’'])\w)")
# the same for a paragraph where no single quote opens: ’ only as the first of ’’
_MARKS_BUT_SINGLE = re.compile(r"[\"“”«»„‘’](?!(?<=’)(?:[^’]|$))")
# a character before an opening mark / after a closing mark
_OPEN_BEFORE = set(" \t([{—–-/")
_CLOSE_AFTER = set(" \t.,;:!?)]}—–-/'’")
# ... of a single mark, which may stand inside a double quote or hold one (‘He said “no”’)
_SINGLE_OPEN_BEFORE = _OPEN_BEFORE | set('“"')
_SINGLE_CLOSE_AFTER = (_CLOSE_AFTER - set("'’")) | set('”"')
# a single mark before these opens no quote: a decade ('90s; not a number: ‘35 years of experience’),
# an elision ('em, ‘til, 'cause, 'Tis), a contraction that tokenisation split off (Ma 's, they 're)
_ELIDED_AFTER = re.compile(r"\d\ds\b|(?i:n['’‘]|em|til|cause|cos|tis|twas|bout)\b|(?:s|re|ve|ll|d|m|t)\b")
# ... nor closes one after: a contraction split off ("don’ t", "What’ s")
_CONTRACTION_AFTER = re.compile(r" (?:s|re|ve|ll|d|m|t)\b")
# a straight mark that may open a quote (_single_side)
# (the mark first, the character before it looked at after: the regex engine then skips from mark
# to mark)
_STRAIGHT_OPENING = re.compile(rf"'(?<![^\s(\[{{—–\-/“\"]')(?!{_ELIDED_AFTER.pattern})[^\W_]")
# a word after a closing single mark and a space ("the dogs’ home", "called it ‘a disgrace’ and"): an
# apostrophe or a closing mark, told by the marks after it (_single_close)
_WORD_AFTER = re.compile(r" \w")

# --- 2. cues ------------------------------------------------------------------------------------
# verbs that take an object ("dismissed that criticism", "called the deal “…”"); speech verbs too
_OBJECT_VERBS = (
    "called",
    "calls",
    "describes",
    "described",
    "dubbed",
    "labeled",
    "labelled",
    "termed",
    "branded",
    "accused",
    "accuses",
    "dismissed",
    "decried",
    "denounced",
    "characterized",
    "hailed",
    "referred",
    "refers",
)
_SPEECH_VERBS = [
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "added",
    "adds",
    "add",
    "asked",
    "asks",
    "ask",
    "wrote",
    "writes",
    "write",
    "stated",
    "states",
    "continued",
    "continues",
    "explained",
    "explains",
    "argued",
    "argues",
    "insisted",
    "insists",
    "noted",
    "notes",
    "declared",
    "declares",
    "warned",
    "warns",
    "responded",
    "responds",
    "replied",
    "replies",
    "reply",
    "retorted",
    "retort",
    "remarked",
    "acknowledged",
    "admitted",
    "conceded",
    "complained",
    "complains",
    "claimed",
    "claims",
    "charged",
    "countered",
    "observed",
    "predicted",
    "promised",
    "vowed",
    "vows",
    "urged",
    "urges",
    "announced",
    "joked",
    "quipped",
    "cautioned",
    "emphasized",
    "emphasised",
    "stressed",
    "suggested",
    "tweeted",
    "testified",
    "recalled",
    "recalls",
    "concluded",
    "contended",
    "maintained",
    "asserted",
    "lamented",
    "boasted",
    "shouted",
    "pleaded",
    "reiterated",
    "echoed",
    "mused",
    "commented",
    "yelled",
    "screamed",
    "cried",
    "whispered",
    *_OBJECT_VERBS,
    "saying",
    "adding",
    "telling",
    "asking",
    "writing",
    "stating",
    "noting",
    "arguing",
    "insisting",
    "warning",
    "declaring",
    "explaining",
    "calling",
    "describing",
    "accusing",
    "claiming",
    "urging",
]


def _word_alternatives(words: Sequence[str]) -> str:
    r"""A regex of `\b(?:word|...)\b` written by first letter, each letter before a lookbehind that
    stands for the `\b` (`s(?<!\ws)(?:aid|ays|...)|t(?<!\wt)(?:old|...)`): the regex engine then
    skips to the next of those letters instead of trying every word at every position (2x faster
    over heap texts). The same matches: a word followed by `\b` is the whole word at its place,
    whatever the order of the alternatives."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(rf"{c}(?<!\w{c})(?:{'|'.join(r)})" for c, r in rests.items()) + r")\b"


# "according to X" brings in a speaker too, opening a sentence or not ("According to Anna Lee, the
# plan is “dead on arrival”")
_VERB = re.compile(_word_alternatives([*_SPEECH_VERBS, "according to", "According to"]))
# a speech verb right before a participle ("Hutchinson said, adding")
_VERB_THEN = re.compile(_VERB.pattern + r"\s*,?\s*$")
# speech verbs whose subject may follow them ("said Adam Babich"); not those whose object is a
# person ("told", "asked", "urged")
_INVERTING_VERBS = frozenset(
    [
        "said",
        "says",
        "added",
        "adds",
        "continued",
        "continues",
        "noted",
        "notes",
        "explained",
        "explains",
        "wrote",
        "writes",
        "argued",
        "argues",
        "stated",
        "states",
        "insisted",
        "insists",
        "replied",
        "replies",
        "responded",
        "responds",
        "recalled",
        "recalls",
        "concluded",
        "declared",
        "observed",
        "acknowledged",
        "admitted",
        "conceded",
        "remarked",
        "countered",
        "quipped",
        "joked",
        "cautioned",
    ]
)
# what may follow a subject after its verb (", said Adam Babich, director", "said Uhlmann of the
# University of Michigan.")
_INVERTED_SUBJECT_END = re.compile(r"\s*(?:[,.;:(]|$|(?:of|who|in|at)\b)")
# participles take the subject of the clause they hang on ("Biden downplayed it, saying: “…”")
_PARTICIPLE = frozenset(v for v in _SPEECH_VERBS if v.endswith("ing"))
# words allowed between a subject and its verb ("Biden was quick to retort", "Dukes once told", "Mr
# Wen is reported to have replied"), or between a verb and its subject ("explained newly-minted
# Speaker John Boehner")
_BETWEEN = (
    r"(?:(?:[a-z]+ly(?:-[a-z]+)?|also|once|later|then|again|has|had|have|was|were|is|would|will|did|does|"
    r"first|just|quick|to|not|never|had|been|recently|earlier|previously|who|reported|understood|"
    r"(?:on\s+)?[MTWFS][a-z]{2,5}day)\s+){0,4}"  # "President Trump on Friday said"
)
# a capitalised word, an initial or a title abbreviation ("Mr.", "Sen.", "U.S.", "O’Brien")
_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Adm|Rev|St|Jr|Sr|Pres|Amb|Atty|Supt|Prof"
_ABBREV = rf"(?:{_ABBREVIATIONS})\."
# (each abbreviation is a capital, 1 to 3 small letters and a full stop: the lookahead asks that once
# before the alternatives are tried one by one)
_CAP = rf"(?:(?=[A-Z][a-z]{{1,3}}\.){_ABBREV}|(?:[A-Z]\.){{2,}}|[A-Z]\.(?=\s+[A-Z])|[A-Z][\w’'\-]*\w|[A-Z])"
_PARTICLES = ("de", "da", "di", "del", "der", "van", "von", "bin", "ibn", "al", "la", "le")
_PARTICLE = rf"(?:{'|'.join(_PARTICLES)})"
# a particle in lower case that opens a surname right after a quote (`,” de Blasio said`: _cue_after)
_PARTICLE_FIRST = re.compile(rf"{_PARTICLE}[^\S\n]+(?=[A-Z])")
# a surname that opens with a particle glued to it in lower case ("Mike deBoisblanc"), after a name
_GLUED_PARTICLES = ("de", "di", "da", "du", "la", "le", "van", "von")
_GLUED = rf"(?:{'|'.join(_GLUED_PARTICLES)})[A-Z][\w’'\-]*\w"
# the small letters a name's next word may open with: a particle's first (no other word in lower case)
_NAME_WORD_SMALL_FIRST = "".join(sorted({p[0] for p in _PARTICLES + _GLUED_PARTICLES}))
# (never across a line break; after the spaces a capital or a particle's or a glued particle's first
# letter: the lookahead asks that once, not the ~40 alternatives after each name's last word)
_MORE_NAME = rf"(?:[^\S\n]+(?=[A-Z{_NAME_WORD_SMALL_FIRST}])(?:{_PARTICLE}[^\S\n]+)?(?:{_CAP}|{_GLUED}))*"
_NAME = rf"{_CAP}{_MORE_NAME}"
# _CAP's forms as they go on after their capital (which the lookbehind tells for an abbreviation);
# the abbreviations are tried only before 1 to 3 small letters and a full stop, as each of them is
# (not one by one after every capital: _NAME_RE finds the same runs ~20% faster over heap texts)
_ABBREVIATIONS_AFTER = "|".join(rf"(?<={a[0]}){a[1:]}\." for a in _ABBREVIATIONS.split("|"))
_AFTER_CAPITAL = "|".join(
    [
        rf"(?=[a-z]{{1,3}}\.)(?:{_ABBREVIATIONS_AFTER})",
        r"\.(?:[A-Z]\.)+",
        r"\.(?=\s+[A-Z])",
        r"[\w’'\-]*\w",
        "",
    ]
)
# a name run not inside a word: `(?<![\w’'])({_NAME})` written to open with the class of its first
# capital, so that the regex engine skips from capital to capital instead of trying every position
# (2.4x faster over heap texts, the same runs); group 2 holds the words after the first, if any
_NAME_RE = re.compile(rf"([A-Z](?<![\w’'][A-Z])(?:{_AFTER_CAPITAL})({_MORE_NAME}))")
_PRONOUN = r"\b(?:he|she|they|He|She|They)\b"
# a given name right before a quote mark (William "Mo" Cowan)
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
# "the secretary of state", "China's top diplomat"
# (its last word no conjunction: "Moore declined to identify the donor but said" is Moore's)
_NP = (
    rf"(?:\b(?:the|The)|{_CAP}[’']s)\s+(?:[\w’'\-]+\s+){{0,3}}?(?!(?:but|and|or|yet)\b)[\w’'\-]+"
    rf"(?:\s+of\s+(?:the\s+)?[\w’'\-]+)?"
)
# a name may carry an "of" ("Mike Thompson of California", "Secretary of State Antony Blinken")
_NAME_OF = rf"{_NAME}(?:\s+of\s+(?:the\s+)?{_NAME})?"
# heads of a phrase that names an organisation ("the Obama campaign", "the group") or a group of
# people ("Republican lawmakers"): the phrase is the speaker, not some person's title
_ORG_HEADS = frozenset(
    [
        "campaign",
        "administration",
        "government",
        "department",
        "ministry",
        "committee",
        "party",
        "company",
        "firm",
        "group",
        "organization",
        "organisation",
        "coalition",
        "association",
        "union",
        "agency",
        "council",
        "commission",
        "movement",
        "caucus",
        "alliance",
        "foundation",
        "league",
        "bureau",
        "corporation",
        "campaigns",
        "companies",
        "groups",
        "organizations",
        "unions",
        "agencies",
    ]
)
_PEOPLE_HEADS = frozenset(
    [
        "lawmakers",
        "legislators",
        "officials",
        "leaders",
        "activists",
        "protesters",
        "protestors",
        "senators",
        "scholars",
        "critics",
        "supporters",
        "opponents",
        "advocates",
        "organizers",
        "plaintiffs",
        "prosecutors",
        "investigators",
        "conservatives",
        "liberals",
        "democrats",
        "republicans",
        "bishops",
    ]
)
_GROUP_HEADS = _ORG_HEADS | _PEOPLE_HEADS
# documents that speak for their authors ("the ad says", "the letter states"), by kind: an
# earlier "ad", "advertisement" or "commercial" is the same document
_DOCUMENTS = {
    "ad": "ad",
    "ads": "ad",
    "advertisement": "ad",
    "commercial": "ad",
    "spot": "ad",
    "video": "ad",
    "letter": "letter",
    "missive": "letter",
    "lawsuit": "suit",
    "suit": "suit",
    "complaint": "suit",
    "resolution": "resolution",
    "statement": "statement",
    "report": "report",
    "memo": "memo",
    "memorandum": "memo",
    "petition": "petition",
    "email": "email",
    "e-mail": "email",
    "cable": "cable",
}
# capitalised words and a group head ("Republican lawmakers", "State Department officials",
# "Obama’s campaign"), not the title of a person named next ("Obama campaign spokeswoman Lis Smith")
_GROUP = (
    rf"(?:{_CAP}[^\S\n]+){{1,4}}(?:{'|'.join(sorted(_GROUP_HEADS))})\b"
    r"(?![^\S\n]+(?:[A-Z]|(?:spokes\w*|aides?|advisers?|officials?|chair\w*|director|manager|member|"
    r"secretary|strategist|president|leader)\b))"
)
# the longest tag in brackets between a name and its verb ("(D-Calif.)"), which a sentence end may
# fall in when tokenized ("( D-Mich . )": _bracket_closed, _bracket_opened)
MAX_BRACKET_CHARS = 30
_SUBJECT = rf"(?:(?P<pron>{_PRONOUN})|(?P<np>{_NP})|(?P<group>{_GROUP})|(?P<name>{_NAME_OF}))"
# an apposition between a name and its verb ("X, the foreign minister, said"; after an age, "Jane
# Smith, 45, from Leeds, said"; a lawmaker's tag in brackets, "Nancy Pelosi (D-Calif.) told"), not a
# clause; an acronym in brackets is an organisation's own ("Health and Safety Executive (HSE) said")
_APPOSITION = (
    rf"(?:\s*\((?!\s?[A-Z]{{3,6}}\s?\))[^()“”\"◊\n]{{1,{MAX_BRACKET_CHARS}}}\))?"
    rf"(?:(?:\s*,\s*\d{{1,3}})?\s*,(?![^,]*\b(?:{'|'.join(_SPEECH_VERBS)})\b)[^,“”\"◊]{{1,80}},|\s*,)?"
)
# a name with an "of" before its verb, which may run on over another "of" and an "in" ("Rev. John
# Paul Hopping of Our Lady of Guadalupe, told", "Howard J. Osofsky of the Louisiana State University
# Health Sciences Center in New Orleans said"); _name_of reads the person before the first "of". Not
# "in The" ("Writing in The Mirror Linda said"), nor an "in" after a name with no "of" ("Brad
# Sandler, a bankruptcy attorney with Pachulski Stang Ziehl & Jones in Wilmington, Delaware, said")
_NAME_OF_ON = (
    rf"{_NAME}(?:\s+of\s+(?:the\s+)?{_NAME}(?:\s+of\s+(?:the\s+)?{_NAME})?(?:\s+in\s+(?!The\b){_NAME})?)?"
)
_SUBJECT_LEAD = (
    rf"(?:(?P<pron>{_PRONOUN})|(?P<group>{_GROUP}){_APPOSITION}"
    rf"|(?:[Tt]he\s+)?(?P<name>{_NAME_OF_ON}){_APPOSITION}|(?P<np>{_NP}))"
)
# subject just before a verb, with an apposition between ("Rep. Gregory Meeks, D-N.Y., said")
_SUBJECT_BEFORE = re.compile(rf"{_SUBJECT_LEAD}\s+{_BETWEEN}$")
# where a form of _SUBJECT_LEAD or _CLAUSE_SUBJECT may start: a capital, the h, s or t that opens a
# word (a pronoun, "the"), or a "the " inside one (_SUBJECT_LEAD's `[Tt]he\s+` before a name has no
# word boundary); an h, s or t inside a word opens none of them, and most of those letters are
_SUBJECT_START = re.compile(r"[A-Z]|\b[hst]|the\s")
# subject just after a verb ("said Brendan Buck", "says Perry", "according to Mr. Reid")
_SUBJECT_AFTER = re.compile(rf"\s*{_BETWEEN}{_SUBJECT}")
_QUOTE_HOLE = " ◊ "  # stands for a blanked-out quote inside a cue window
# hot patterns compiled once
_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*(?:‘‘|[\"“«„‘'])?")  # inside a quote that runs over paragraphs
_POSSESSIVE_END = re.compile(r"[’']s?$")  # "Obama’s", "Democrats'"
_POSSESSIVE = re.compile(r"[’']s$")
_OF = re.compile(r"\s+of\s+(?:the\s+)?")  # "Mike Thompson of California"
_ARTICLE_LEAD = re.compile(r"\b(?:[Tt]he|[Aa]n?)(?:\s+[a-z][\w\-]*){0,2}\s+$")  # "The nearby "
_GIVEN_NAME_END = re.compile(r"\b[A-Z][a-z]+\s$")  # William "Mo" Cowan
_SURNAME_START = re.compile(r"\s[A-Z][a-z]")
_LOWER_WORD_SHAPE = re.compile(r"[a-z][a-z’'\-]+")
_WORDS = re.compile(r"\w+")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w")
# the letters of a word in lower case ("attack" in "the attack", not in "Libya Attack")
_LOWER_WORD_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz’'-")
_CUE_LEAD = re.compile(r"[\s,;:—–\-]*")
# a place after one of these is their object, no subject ("a judge in Maryland added"): _place_object
_PREPOSITIONS = frozenset(
    [
        "of",
        "for",
        "to",
        "with",
        "about",
        "against",
        "by",
        "on",
        "at",
        "from",
        "in",
        "into",
        "onto",
        "over",
        "under",
        "near",
        "inside",
        "outside",
        "across",
        "through",
        "toward",
        "towards",
        "within",
        "between",
        "among",
        "behind",
        "beyond",
        "throughout",
        "upon",
        "via",
    ]
)

# a place named after a preposition ("a judge in Maryland") is told by the gazetteer: cities of at
# least this many people, the ones news name most (as in analyse.entities)
PLACE_MIN_POPULATION = 50_000

# a lone surname the article never gives in full, one letter from a surname it does, is that
# person misspelt; shorter names differ by a letter too often ("Kerr", "Kerry")
MIN_MISSPELT_LETTERS = 5
# a gerund that opens a sentence before a name is this long or longer ("Saying", "Painting"): the
# shorter words in "ing" are names ("King", "Ming", "Qing")
MIN_GERUND_LETTERS = 6

# a quote of at most this many words, in lower case and inside a sentence that goes on after it,
# is a scare quote or a term ("the “blob” of oil"): it goes on with no statement before it (2c)
MAX_FRAGMENT_WORDS = 4
_FRAGMENT_GOES_ON = re.compile(r"\s*[a-z(]")

# a paragraph's first word in capitals before a capitalised word ("KELLY Osbourne has", _lead_case)
MAX_LEAD_CHARS = 600  # a byline and a dateline may come before the lead
# (it opens with "\n", and _lead_case puts one before the text, not with a re.M "^": the engine
# skips from one "\n" to the next, where "^" is tried at every place, 4x slower on heap-10000's leads)
_LEAD_CAPITALS = re.compile(r"\n([A-Z]{4,})(?= [A-Z][a-z])")

# a straight double mark with a space on each side after a paragraph's dateline in capitals
# ("STOCKHOLM " Swedish Prime Minister ...", AP pages whose em-dashes became marks) is that dash,
# no quote mark; a dateline is at most this long
MAX_DATELINE_CHARS = 40
_DATELINE_DASH = re.compile(
    r"[A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*)*(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)? \" "
)

# --- 1b. titles -----------------------------------------------------------------------------------
# A quoted span in title case of at most this many words may be the title of a show, a book or an
# ad ("Meet the Press", "The Book of Mormon"); the longest titles in BASIL dev have five words
MAX_TITLE_WORDS = 6
# what a title is the title of: written before it ("the CNN program “State of the Union”", "the
# ad titled “Strong”") or after it ("the “Today” show", "a “Daily Show” sketch")
_MEDIA = (
    r"show|program|programme|series|broadcast|sketch|episode|segment|host|anchor|star|book|novel|"
    r"film|movie|documentary|drama|sitcom|musical|play|album|song|magazine|newspaper|column|ad|spot|"
    r"commercial|video|thriller|biopic|comedy|poem|anthology|opera|painting|podcast|memoir|adaptation|"
    r"remake|sequel|prequel|trilogy|miniseries|franchise|exhibition|single"
)
# before the opening mark: "on", "in" or "titled" with the outlet between ("Speaking on ABC’s", "said
# on the Fox News program", "starred in"), or a medium ("the Broadway show", "an episodic drama like")
_TITLE_BEFORE = re.compile(
    rf"(?:\b(?:[Oo]n|[Ii]n|titled|entitled)|\b(?:{_MEDIA})(?:\s+(?:titled|entitled|called|like))?)"
    rf"(?:\s+(?:the|a|an|[A-Z][\w.&\-]*(?:[’']s?)?))*(?:\s+(?:{_MEDIA}))?\s*[,:]?\s*$"
)
_TITLED_BEFORE = re.compile(r"\b(?:titled|entitled)\s*[,:]?\s*$")
_TITLE_AFTER = re.compile(rf"[,.]?\s*(?:{_MEDIA})\b")
# one who made a work, right after its title with no mark between ("Twilight" director Catherine
# Hardwicke, the "Love Actually" actress, 'South Park' creators): not after a quote that ends with
# a mark of its own (`“Great,” director Ron Howard said`)
_MAKER_AFTER = re.compile(
    r"[^\S\n]+(?:director|actor|actress|creator|producer|filmmaker|screenwriter|writer|author|co-star)s?\b"
)
_OWN_MARK = re.compile(r"[.,;:!?]")
# a show named as the place of an interview ("an exclusive “Fox & Friends” interview", "in an
# interview with “Axios on HBO”", "in an interview Friday morning with “Fox & Friends,”")
_INTERVIEW_BEFORE = re.compile(r"\binterview(?:\s+[\w’']+){0,3}?\s+(?:with|on)\s*$")
_INTERVIEW_AFTER = re.compile(r"[,.]?\s*interviews?\b")
# a title in apposition to what it is ("“Catch and Kill,” an upcoming book by Farrow"): an
# indefinite article and at most two words before the medium
_TITLE_APPOSITION = re.compile(
    r",?\s*an?\s+(?:[\w\-]+\s+){0,2}?(?:book|novel|memoir|film|movie|documentary|show|program|"
    r"programme|series|album|song|play|musical|podcast)\b"
)
# a work after its author's possessive, the author named with a given name and a surname at least
# ("Pablo Neruda’s “Keeping Quiet,”", "John Okrent's “Two Days in March”"): one capitalised word alone
# may be a contraction that opens a sentence ("It's", "That's")
_AUTHOR_BEFORE = re.compile(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)+(?:[’']s|s[’'])\s*$")
# what stands between two titles side by side in a list: a comma, "and", "or", "as well as" (at most
# MAX_LIST_BETWEEN_CHARS characters)
MAX_LIST_BETWEEN_CHARS = 14
_LIST_BETWEEN = re.compile(r"[,;]?[^\S\n]*(?:(?:and|or|as well as|&)[^\S\n]+)?")
_TITLE_SMALL_WORDS = frozenset(
    ["a", "an", "the", "of", "and", "or", "on", "in", "to", "for", "at", "by", "with", "but", "from", "as"]
) | {"&"}  # "Fox & Friends"


def _titles(text: str, spans: Sequence[_Span]) -> list[bool]:
    """Whether each span is a title or a nickname (_is_title), or one of two in title case side by
    side in a list (`as well as “Joker,” “Marriage Story,” and`): names, not words someone said."""
    found = [_title_words(text, span) for span in spans]
    titles = [f is not None and _is_title(text, span, f) for span, f in zip(spans, found, strict=True)]
    for i in range(len(spans) - 1):
        first, second = spans[i], spans[i + 1]
        if (
            second.outer_start - first.outer_end <= MAX_LIST_BETWEEN_CHARS
            and _LIST_BETWEEN.fullmatch(text, first.outer_end, second.outer_start)
            and _title_cased(text, first, found[i])
            and _title_cased(text, second, found[i + 1])
        ):
            titles[i] = titles[i + 1] = True
    return titles


def _title_words(text: str, span: _Span) -> tuple[list[str], bool] | None:
    """The words of a span short enough to be a title that opens with a capital or a number (a
    title may: the film “1917”), punctuation at its end left out, and whether they are in title
    case (each opens with a capital or a number or is a small word: "The Book of Mormon"); None
    for any other span."""
    # (a long quote is not split to its last word: one more than MAX_TITLE_WORDS tells)
    words = text[span.start : span.end].rstrip(".,;:!? ").split(maxsplit=MAX_TITLE_WORDS)
    if not 1 <= len(words) <= MAX_TITLE_WORDS or not words[0][:1].isalnum() or words[0][:1].islower():
        return None
    return words, all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def _title_cased(text: str, span: _Span, found: tuple[list[str], bool] | None) -> bool:
    """A short span in title case (`found` is _title_words' for it) that is no exclamation (`calling
    them “Fake News” and “Presidential Harassment!”` are words someone said)."""
    return found is not None and found[1] and not text[span.start : span.end].rstrip().endswith("!")


def _is_title(text: str, span: _Span, found: tuple[list[str], bool]) -> bool:
    """A quoted span that names a show, a book or an ad ("Meet the Press", “Today” show) or is a
    nickname inside a name (William "Mo" Cowan): a name, not words someone said (1b). `found` is
    _title_words' for the span."""
    words, title_case = found
    if not title_case:
        # not in title case: a title only when "titled" brings it in (`is titled “If Indeed I am Ill,
        # Brother.”`; the 14 characters before the mark hold "entitled" and a colon)
        return _TITLED_BEFORE.search(text, max(0, span.outer_start - 14), span.outer_start) is not None
    # (the line break searched for in the 80 characters only: not back to the start of a long line)
    line_start = text.rfind("\n", max(0, span.outer_start - 80), span.outer_start) + 1
    before = text[max(line_start, span.outer_start - 80) : span.outer_start]
    after = text[span.outer_end : span.outer_end + 20]
    if len(words) == 1 and _GIVEN_NAME_END.search(before) and _SURNAME_START.match(after):
        return True  # a nickname between a given name and a surname
    # a list of places someone named is no title (`dealt with in "New York, Seattle, or
    # Minneapolis."`): asked last, of the few spans the tests before it find titles
    return bool(
        _TITLE_BEFORE.search(before)
        or _TITLE_AFTER.match(after)
        or _MAKER_AFTER.match(after) is not None
        and _OWN_MARK.search(text, span.end - 1, span.outer_end) is None
        or _INTERVIEW_BEFORE.search(before)
        or _INTERVIEW_AFTER.match(after)
        or _TITLE_APPOSITION.match(text, span.outer_end, span.outer_end + 40)
        or _AUTHOR_BEFORE.search(before)
    ) and not (len(words) > 1 and _place_list(words))


def _place_list(words: list[str]) -> bool:
    """A title's words are a list of two places or more that the gazetteer knows, commas, "and" or
    "or" between ("New York, Seattle, or Minneapolis")."""
    parts = _LIST_PARTS.split(" ".join(words))
    return len(parts) > 1 and all(part.casefold() in _places() for part in parts)


# what stands between the places of a list (_place_list)
_LIST_PARTS = re.compile(r", (?:(?:and|or) )?| (?:and|or) ")


# --- 3. names -----------------------------------------------------------------------------------
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mme": "f"} | {
    # titles of nobility and royalty ("Princess Lilibet", "Sir Keir Starmer", "Dame Judi Dench")
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "baroness": "f",
}
# title words taken off the front of a name ("Secretary of State Antony Blinken" keeps 2 words)
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mme",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "vice",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "secretary",
        "minister",
        "prime",
        "foreign",
        "defense",
        "defence",
        "state",
        "treasury",
        "interior",
        "home",
        "sheriff",
        "mayor",
        "speaker",
        "chairman",
        "chairwoman",
        "chair",
        "judge",
        "justice",
        "gen",
        "general",
        "adm",
        "admiral",
        "lt",
        "col",
        "colonel",
        "sgt",
        "capt",
        "captain",
        "rev",
        "pope",
        "king",
        "queen",
        "prince",
        "princess",
        "former",
        "chancellor",
        "premier",
        "commissioner",
        "ambassador",
        "amb",
        "chief",
        "leader",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "attorney",
        "district",  # "District Attorney Steve Cooley", "the District Attorney said"
        "atty",
        "supt",
        "pres",
        "officer",
        "commander",
        "coach",
        "candidate",
        "congressman",
        "congresswoman",
        "councilman",
        "councilwoman",
        # local offices ("Supervisor Alfredo Pedroza of Napa County", "Assemblyman Marc Berman")
        "supervisor",
        "alderman",
        "assemblyman",
        "assemblywoman",
        "activist",
        "organizer",
        "founder",
        "ceo",
        "executive",
        "deputy",
        "assistant",
        "acting",
        "majority",
        "minority",
        "whip",
        "house",
        "senate",
        "us",
        "u.s.",
        "uk",
        "fellow",
        "new",
        "then",
        # British usage ("Detective Inspector Mark Turner", "Baroness Hale")
        "professor",
        "detective",
        "det",
        "inspector",
        "insp",
        "superintendent",
        "constable",
        "sergeant",
        "councillor",
        "councilor",  # (American spelling)
        "baroness",
        "baron",
        "mp",  # "Labour MP Jess Phillips"
        "mep",
        "msp",
        # hyphenated titles and others a name run may open with ("President-elect Joe Biden",
        # "Director-General Margaret Chan", "Chief of Staff Rahm Emanuel": "Staff Rahm Emanuel")
        "president-elect",
        "vice-president",
        "director-general",
        "secretary-general",
        "undersheriff",
        "rabbi",
        "imam",
        "ayatollah",
        "cardinal",
        "archbishop",
        "commodore",
        "comrade",
        "staff",
        "fr",  # "Fr McManus", Father Tom McManus
    ]
)
# words of places and organisations that are also surnames, after a given name (Ann Hall, Liam Fox,
# Drew Fox; "Albert Hall" alone is then a person too)
_SURNAME_WORDS = frozenset(["hall", "park", "church", "fox", "court", "banks"])
# titles that are also surnames (Billy King, Jim Justice, John Major)
_SURNAME_TITLES = frozenset(["king", "justice", "judge", "bishop", "prince", "major", "marshal"])
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
# how an adverb that opens a sentence ends ("Hilariously referred to as", "Surprisingly Jones"): no
# name ends so ("Kelly", "Connolly", "Daly" end otherwise)
_ADVERB_ENDS = (
    "ously",
    "ively",
    "ingly",
    "ably",
    "ibly",
    "ently",
    "antly",
    "fully",
    "ically",
    "edly",
    "lessly",
)
# capitalised words that open a sentence and belong to no name
_NOT_NAME = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "but",
        "or",
        "so",
        "if",
        "when",
        "while",
        "then",
        "there",
        "here",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "in",
        "on",
        "at",
        "of",
        "for",
        "to",
        "by",
        "with",
        "from",
        "as",
        "after",
        "before",
        "since",
        "during",
        "under",
        "over",
        "into",
        "about",
        "against",
        "between",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "we",
        "they",
        "he",
        "she",
        "i",
        "you",
        "yes",
        "no",
        "not",
        "also",
        "still",
        "yet",
        "even",
        "just",
        "only",
        "asked",
        "told",
        "said",
        "says",
        "meanwhile",
        "afterwards",
        "afterward",
        "however",
        "although",
        "though",
        "because",
        "why",
        "what",
        "who",
        "how",
        "where",
        "which",
        "both",
        "all",
        "some",
        "many",
        "most",
        "several",
        "few",
        "one",
        "two",
        "three",
        "last",
        "next",
        "earlier",
        "later",
        "today",
        "tonight",
        *_WEEKDAYS,
        "like",
        "unlike",
        "despite",
        "among",
        # "Neither Afghanistan nor Iraq is", "Either Smith or Jones will"
        "neither",
        "either",
        # "Having described such an attack as a “red line”"
        "having",
        "being",
        # words that open a sentence before a name and are none of it ("Sometimes Simon's acerbic
        # criticisms", "Amid Israeli security concerns", "Plus Obama ...")
        "amid",
        "another",
        "plus",
        "sometimes",
        "perhaps",
        "indeed",
        "instead",
        "besides",
        "following",
        "including",
        "whether",
        "every",
        "each",
        "such",
        "thus",
        "hence",
        "moreover",
        "furthermore",
        "nevertheless",
        "nonetheless",
        "alleged",
        "wait",
    ]
)
# the last word of a place's name ("Florissant Valley", "Gaza Strip"): with a place's name a run
# is no person and no organisation (a place is never a speaker)
_PLACE_WORDS = frozenset(
    [
        "valley",
        "peninsula",
        "gulf",
        "strait",
        "straits",
        "desert",
        "province",
        "region",
        "canal",
        "coast",
        "district",
        "territory",
        "canyon",
        "mountain",
    ]
)
# words of the names of laws and documents ("U.S. Constitution", "Affordable Care Act", "Paris
# Accord"): a document speaks for its author, never as a person or an organisation itself
_LAW_WORDS = frozenset(
    ["constitution", "amendment", "act", "treaty", "charter", "declaration", "accord", "accords", "bible"]
)
# a word in a run that marks an organisation or a place, not a person
_NOT_PERSON = frozenset(
    [
        "st",
        "house",
        "senate",
        "congress",
        "committee",
        "department",
        "party",
        "court",
        "news",
        "times",
        "post",
        "journal",
        "association",
        "council",
        "university",
        "college",
        "institute",
        "foundation",
        "agency",
        "administration",
        "ministry",
        "office",
        "bank",
        "fund",
        "group",
        "union",
        "coalition",
        "campaign",
        "network",
        "center",
        "centre",
        "commission",
        "board",
        "service",
        "corp",
        "inc",
        "company",
        "press",
        "republicans",
        "democrats",
        "republican",
        "democrat",
        "democratic",
        "states",
        "kingdom",
        "nations",
        "street",
        "guard",
        "army",
        "navy",
        "force",
        "forces",
        "church",
        "federation",
        "organization",
        "organisation",
        "club",
        "movement",
        "television",
        "radio",
        "channel",
        "magazine",
        "review",
        "standard",
        "street",
        "avenue",
        "county",
        "city",
        "state",
        "island",
        "islands",
        "republic",
        "league",
        "times",
        "fox",
        "cnn",
        "abc",
        "nbc",
        "cbs",
        "msnbc",
        "bureau",
        "authority",
        "council",
        "caucus",
        "school",
        "hospital",
        "airport",
        "station",
        "tower",
        "hall",
        "square",
        "park",
        "river",
        "sea",
        "ocean",
        "mountains",
        "times",
        "tea",
        "china",
        "america",
        "europe",
        "africa",
        "asia",
    ]
) | {  # places and laws and documents ("Florissant Valley", "the U.S. Constitution")
    *_PLACE_WORDS,
    *_LAW_WORDS,
}
# words that open a clause: a name after them in a phrase is the clause's subject ("the Times that Gray")
_CLAUSE_WORDS = frozenset(
    [
        "that",
        "who",
        "which",
        "when",
        "while",
        "as",
        "after",
        "before",
        "because",
        "if",
        "where",
        "but",
        "since",
    ]
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "mp", "qc", "kc"})  # ("Michael Mansfield QC")
# weekdays and months as datelines write them ("Thu Oct 21 , 2010"): two together are a date, not
# a name (one alone may be: "Jan Brewer", "Theresa May")
_DATE_WORDS = (
    frozenset(MONTHS) | _WEEKDAYS | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)
# heads of a definite phrase that names someone already in the story ("the Texas governor",
# "the communications pro"): without a title match they are the most recent salient person
_ROLE_HEADS = frozenset(
    [
        "president",
        "governor",
        "senator",
        "congressman",
        "congresswoman",
        "democrat",  # "the New York Democrat told reporters"
        "representative",
        "lawmaker",
        "secretary",
        "minister",
        "sheriff",
        "mayor",
        "speaker",
        "chairman",
        "chairwoman",
        "chair",
        "judge",
        "justice",
        "general",
        "admiral",
        "ambassador",
        "chancellor",
        "premier",
        "commissioner",
        "director",
        "chief",
        "leader",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "attorney",
        "candidate",
        "nominee",
        "official",
        "aide",
        "adviser",
        "advisor",
        "pro",
        "veteran",
        "activist",
        "founder",
        "executive",
        "officer",
        "commander",
        "host",
        "star",
        "businessman",
        "businesswoman",
        "billionaire",
        "mogul",
        "congressman",
        "politician",
        "diplomat",
        "envoy",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "cardinal",
        "bishop",
        "priest",
        "pastor",
        "reverend",
        "rabbi",
        "imam",
        "economist",
        "analyst",
        "professor",
        "scientist",
        "author",
        "writer",
        # the arts and trades ("poet Ada Limon struggled", "chef Jamie Oliver said")
        "poet",
        "novelist",
        "playwright",
        "journalist",
        "singer",
        "musician",
        "actor",
        "actress",
        "comedian",
        "filmmaker",
        "artist",
        "chef",
        "designer",
        "photographer",
        "lawyer",
        "prosecutor",
        # British courts and callings ("Defence barrister Rhianydd Clement said")
        "barrister",
        "solicitor",
        "magistrate",
        "campaigner",
        "lecturer",
        "headteacher",
        "detective",
        "coach",
        "player",
        "reporter",
        "worker",
        "organizer",
        "organiser",
        "anchor",
        # sport and British usage ("the United centre-half said", "the Labour MP said")
        "manager",
        "boss",
        "captain",
        "skipper",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "winger",
        "centre-half",
        "coroner",
        "inspector",
        "coordinator",
        "quarterback",
        "cornerback",
        "linebacker",
        "receiver",
        "pitcher",
        "shortstop",
        "mp",
        "mep",
        "msp",
        "ceo",
        # media and professions ("said Oscar producer Laurence Mark", "said GOP strategist Ford
        # O'Connell")
        "producer",
        "editor",
        "columnist",
        "commentator",
        "correspondent",
        "strategist",
        "pollster",
        "consultant",
        "researcher",
        "historian",
        "surgeon",
        "physician",
        # sciences ("AccuWeather lead hurricane forecaster Dan Kottlowski")
        "forecaster",
        "meteorologist",
        "climatologist",
        "epidemiologist",
        "virologist",
    ]
)
_CONJUNCTIONS = frozenset(
    [
        "and",
        "but",
        "or",
        "while",
        "when",
        "because",
        "since",
        "although",
        "though",
        "then",
        "so",
        "if",
        "after",
        "before",
        "once",
        "until",
        "where",
    ]
)
# "the Texas governor" is "Gov. Rick Perry" in the same article
_TITLE_ABBREVIATIONS = {
    "governor": r"(?:governor|gov\.)",
    "senator": r"(?:senator|sen\.)",
    "representative": r"(?:representative|rep\.)",
    "congressman": r"(?:congressman|rep\.)",
    "congresswoman": r"(?:congresswoman|rep\.)",
    "general": r"(?:general|gen\.)",
    "president": r"(?:president|pres\.)",
}
# a title of lower-case words before a name ("Republican presidential candidate", "reporter")
# ("under new team boss Ross Brawn": the preposition is no part of it, and makes the name no subject)
_ROLE_PREFIX = re.compile(
    rf"(?:{_NAME}[^\S\n]+)?(?:(?<![\w’'])(?!(?:{'|'.join(sorted(_PREPOSITIONS))})\b)[a-z][\w\-]*[^\S\n]+){{0,3}}"
    rf"(?<![\w’'])(?:{'|'.join(sorted(_ROLE_HEADS))})$"
)
# words of organisations among those that mark a run as no person (places and streets left out)
_ORG_WORDS = _NOT_PERSON - {
    "republican",  # adjectives: "Republican presidential candidate Rick Perry"
    "democratic",
    "democrat",  # a member: "a New York Democrat" (no person's name, nor an organisation's)
    "st",
    "street",
    "avenue",
    "county",
    "city",
    "state",
    "states",
    "kingdom",
    "republic",
    "island",
    "islands",
    "river",
    "sea",
    "ocean",
    "mountains",
    "square",
    "park",
    "tower",
    "hall",
    "airport",
    "station",
    "china",
    "america",
    "europe",
    "africa",
    "asia",
    *_PLACE_WORDS,
    *_LAW_WORDS,
}
# (a group opens with a capital: the lookahead lets the regex engine skip to the next one instead of
# trying every position; the same matches, ~38% faster over heap texts)
_GROUP_RE = re.compile(rf"(?=[A-Z])(?<![\w’'])(?:{_GROUP})")
# heads that may refer to any organisation named before ("the group" is the St. Louis Tea Party)
_ANY_GROUP = frozenset({"group", "organization", "organisation"})
# heads of "the company": an organisation named before whose own head is none of the other
# organisations' ("Microsoft said it would cooperate. “…,” the company said", not "the State
# Department")
_COMPANY_HEADS = frozenset({"company", "firm", "corporation"})
# (words of organisations that are no company: "White House", "Coast Guard", "Health and Safety
# Executive"; not those of companies and media: "BP Plc", "Fox News")
_NOT_COMPANY_WORDS = (
    (_ORG_HEADS - _COMPANY_HEADS)
    | _PEOPLE_HEADS
    | (
        _ORG_WORDS
        - {
            "company",
            "corp",
            "inc",
            "group",
            "bank",
            "fund",
            "channel",
            "network",
            "news",
            "fox",
            "abc",
            "cbs",
        }
        - {
            "cnn",
            "nbc",
            "msnbc",
            "post",
            "times",
            "journal",
            "magazine",
            "radio",
            "television",
            "press",
            "standard",
        }
        - {"review", "club"}
    )
    | {"executive", "police"}
)
# a verb right after a name, which makes it the subject of a clause ("Microsoft said it would",
# "Fortinet claimed", "BP has", "Acme Corp. announced", "the Movement for ... (MEND) said")
_VERB_AFTER_NAME = re.compile(
    rf"[.)]?[^\S\n]+(?:[a-z]+ly[^\S\n]+)?(?:{_VERB.pattern}|(?:has|had|is|was|will|would|can|could|did|does|also)\b)"
)
# a verb in the past tense right after a name, a day or "meanwhile" between ("Transocean ,
# meanwhile , sought", "The National Archives on Saturday apologized"): "it said" when no
# organisation spoke before (not "BP was able to": no auxiliary)
_ACTED_AFTER_NAME = re.compile(
    r"[.)]?(?:[^\S\n]*,[^\S\n]*(?:meanwhile|however|too|though|in turn)[^\S\n]*,)?[^\S\n]+"
    r"(?:(?:[a-z]+ly|yesterday|today|also|later|then|on[^\S\n]+[A-Z][a-z]+day)[^\S\n]+)?"
    r"(?:[a-z]{2,}ed|sought|took|made|sent|gave|began|brought|won|lost|held|kept|left|struck|told|said)\b"
)
# a speech verb right after a name ("Microsoft said", "BP has also said"): "it said" is one that
# spoke before (not "BP was able to", "Royal Bank of Scotland upgraded BP")
_SPEECH_AFTER_NAME = re.compile(
    rf"[.)]?[^\S\n]+(?:(?:[a-z]+ly|has|had|have|will|would|also|later|then)[^\S\n]+){{0,2}}(?:{_VERB.pattern})"
)
# a document as the subject of a clause ("the letter continued", "The report says"), for "it said"
_DOCUMENT_SUBJECT = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]his)[^\S\n]+(?:[\w’'\-]+[^\S\n]+){{0,3}}?(?:{'|'.join(sorted(_DOCUMENTS))})"
    rf"(?={_VERB_AFTER_NAME.pattern})"
)
# words that open a sentence before a name ("Yet BP said"), besides _STOPWORDS (_organisation_name)
_OPENING_WORDS = frozenset(
    {"yet", "while", "still", "instead", "meanwhile", "now", "today", "yesterday", "also"}
)
# "…,” it said: an organisation or a document speaks (_it)
_IT_SAID = re.compile(rf"it\s+{_BETWEEN}(?:{_VERB.pattern})")
# places that news writes for the organisation seated there ("Redmond said in detailed instructions"
# of Microsoft): a speaker so named is that organisation when the article names it (_seated)
_SEATS = {
    "Redmond": ("Microsoft",),
    "Cupertino": ("Apple",),
    "Mountain View": ("Google", "Alphabet"),
    "Menlo Park": ("Facebook", "Meta"),
    "Langley": ("CIA", "Central Intelligence Agency"),
    "Foggy Bottom": ("State Department",),
}
# the kinds of cue whose speaker "it" is (_it): after the quote (,” it said) and before it
_IT_KINDS = frozenset({"it", "it_before"})
# "It said “…”", "which it called “…”": "it" the subject of an active verb before a quote (_it)
_IT_BEFORE = re.compile(r"\b[Ii]t\s+(?:(?:[a-z]+ly|also|has|had|then|later|again|once)\s+){0,2}$")
# how many sentences before its cue an organisation may be named for "it" or "the company"
MAX_ANTECEDENT_SENTENCES = 4
# "a spokesperson for Google", "A Microsoft spokesperson"
_SPOKESPERSON_FOR = re.compile(
    rf"\bspokes(?:man|woman|person)[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?(?P<after>{_NAME}(?:[^\S\n]+(?:{'|'.join(_GROUP_HEADS)})\b)?)"
    rf"|(?P<before>(?!(?:A|An|The)\b){_NAME}(?:[^\S\n]+(?:{'|'.join(_GROUP_HEADS)}))?)[^\S\n]+spokes(?:man|woman|person)\b"
)
# the subject of a clause: a pronoun, a group, a definite phrase with a head that can speak ("the
# Texas governor", "the group", "the letter"), or a name
_CLAUSE_SUBJECT = re.compile(
    rf"(?P<pron>{_PRONOUN})|(?P<group>{_GROUP})"
    rf"|(?P<np>(?:\b(?:the|The)|{_CAP}[’']s)\s+(?:[\w’'\-]+\s+){{0,3}}?"
    rf"(?:{'|'.join(sorted(_ROLE_HEADS | _GROUP_HEADS | set(_DOCUMENTS)))})\b)"
    rf"|(?P<name>{_NAME_OF})"
)
# a role in lower case right after a name ("said the Navy chief"), ending the subject phrase
_ROLE_AFTER_NAME = re.compile(rf"[^\S\n]+(?:{'|'.join(sorted(_ROLE_HEADS))})(?=[^\S\n]*(?:[,.;:]|$))")
_BEFORE_ROLE = re.compile(rf"[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+){{0,2}}(?:{'|'.join(sorted(_ROLE_HEADS))})\b")
# a number before a group ("Close to three dozen", "Nearly 90", "Some"), looked past for its subject
_QUANTITY = re.compile(
    r"(?i:\b(?:close to|nearly|almost|about|more than|over|around|some|at least)\s+)?"
    r"(?i:\b(?:\d[\d,]*|a|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|"
    r"several|many|few|some)(?:\s+of)?\s*)+$"
)
_QUANTITY_ENDS = (
    *"0123456789,",
    *[
        "a",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
    ],
    *["thousands", "several", "many", "few", "some", "of"],
)
_SUBORDINATE = re.compile(
    r"\s*(?:After|When|While|Before|Because|Although|Though|If|As|Since|Until|Once|Asked|Despite)\b[^,]*,"
)
# women's first names common in English-language news, so that "she" skips "Joe Biden" and "he"
# skips "Hillary Clinton" when the article gives no honorific (a gazetteer, not learned)
_FEMALE_NAMES = frozenset(
    [
        "mary",
        "patricia",
        "jennifer",
        "linda",
        "elizabeth",
        "barbara",
        "susan",
        "jessica",
        "sarah",
        "karen",
        "nancy",
        "lisa",
        "betty",
        "margaret",
        "sandra",
        "ashley",
        "kimberly",
        "emily",
        "donna",
        "michelle",
        "dorothy",
        "carol",
        "amanda",
        "melissa",
        "deborah",
        "stephanie",
        "rebecca",
        "sharon",
        "laura",
        "cynthia",
        "kathleen",
        "amy",
        "shirley",
        "angela",
        "helen",
        "anna",
        "brenda",
        "pamela",
        "nicole",
        "emma",
        "samantha",
        "katherine",
        "christine",
        "debra",
        "rachel",
        "catherine",
        "carolyn",
        "janet",
        "ruth",
        "maria",
        "heather",
        "diane",
        "virginia",
        "julie",
        "joyce",
        "victoria",
        "olivia",
        "kelly",
        "christina",
        "lauren",
        "joan",
        "evelyn",
        "judith",
        "megan",
        "cheryl",
        "andrea",
        "hannah",
        "martha",
        "jacqueline",
        "frances",
        "gloria",
        "ann",
        "teresa",
        "kathryn",
        "sara",
        "janice",
        "jean",
        "alice",
        "madison",
        "doris",
        "abigail",
        "julia",
        "judy",
        "grace",
        "denise",
        "amber",
        "marilyn",
        "beverly",
        "danielle",
        "theresa",
        "sophia",
        "marie",
        "diana",
        "brittany",
        "natalie",
        "isabella",
        "charlotte",
        "rose",
        "alexis",
        "kayla",
        "hillary",
        "nancy",
        "michele",
        "sonia",
        "elena",
        "ruth",
        "condoleezza",
        "valerie",
        "kathleen",
        "janet",
        "dianne",
        "barbara",
        "olympia",
        "kirsten",
        "meredith",
        "tammy",
        "tulsi",
        "kamala",
        "elise",
        "liz",
        "lis",
        "huma",
        "sasha",
        "malia",
        "jill",
        "melania",
        "ivanka",
        "sheryl",
        "marissa",
        "theresa",
        "angela",
        "christine",
        "ursula",
        "jacinda",
        "benazir",
        "indira",
        "golda",
        "margaret",
        "sheikh",
        "yvette",
        "dana",
        "betsy",
        "kellyanne",
        "sarah",
        "nikki",
        "susana",
        "jan",
        "dina",
        "jeri",
        "michele",
        "jackie",
        "debbie",
        "patty",
        "claire",
        "tina",
        "amy",
        "kay",
        "lynn",
        "marsha",
        "cathy",
        "gwen",
        "samantha",
        "loretta",
        "janet",
        "kathleen",
        "sylvia",
        "penny",
        "elaine",
        "anita",
        "aung",
        "tsai",
        "yingluck",
        "park",
        "dilma",
        "cristina",
        "michelle",
    ]
) - {"park", "sheikh", "aung", "tsai"}

# men's first names common in English-language news, so that "she" skips "Joe Biden" when the
# article gives no honorific (as _FEMALE_NAMES; names given to both, Terry, Sam, Jordan, Chris, left out)
_MALE_NAMES = frozenset(
    [
        "james",
        "john",
        "robert",
        "michael",
        "william",
        "david",
        "richard",
        "joseph",
        "thomas",
        "charles",
        "christopher",
        "daniel",
        "matthew",
        "anthony",
        "mark",
        "donald",
        "steven",
        "stephen",
        "paul",
        "andrew",
        "joshua",
        "kenneth",
        "kevin",
        "brian",
        "george",
        "timothy",
        "ronald",
        "edward",
        "jason",
        "jeffrey",
        "ryan",
        "jacob",
        "gary",
        "nicholas",
        "eric",
        "jonathan",
        "larry",
        "justin",
        "scott",
        "brandon",
        "benjamin",
        "samuel",
        "gregory",
        "alexander",
        "frank",
        "patrick",
        "raymond",
        "jack",
        "dennis",
        "jerry",
        "tyler",
        "aaron",
        "jose",
        "adam",
        "nathan",
        "henry",
        "hugh",
        "douglas",
        "zachary",
        "peter",
        "kyle",
        "noah",
        "ethan",
        "jeremy",
        "walter",
        "christian",
        "keith",
        "roger",
        "austin",
        "sean",
        "gerald",
        "carl",
        "harold",
        "dylan",
        "arthur",
        "lawrence",
        "jesse",
        "bryan",
        "billy",
        "bruce",
        "gabriel",
        "joe",
        "logan",
        "alan",
        "juan",
        "albert",
        "willie",
        "elijah",
        "wayne",
        "randy",
        "vincent",
        "roy",
        "ralph",
        "bobby",
        "russell",
        "bradley",
        "philip",
        "eugene",
        "barack",
        "mitt",
        "mitch",
        "newt",
        "rick",
        "ted",
        "marco",
        "rand",
        "bernie",
        "chuck",
        "harry",
        "boris",
        "vladimir",
        "emmanuel",
        "hugo",
        "nicolas",
        "tony",
        "gordon",
        "nigel",
        "keir",
        "rishi",
        "liam",
        "oliver",
        "ed",
        "nick",
        "dominic",
        "matt",
        "sajid",
        "steve",
        "dave",
        "mike",
        "tom",
        "jim",
        "bob",
        "bill",
        "ben",
        "dan",
        "pete",
        "andy",
        "rob",
        "greg",
        "jeff",
        "ken",
        "ron",
        "tim",
        "jon",
        "phil",
        "doug",
        "ray",
        "eddie",
        "fred",
        "al",
        "herman",
        "hunter",
        "beto",
        "cory",
        "rudy",
        "lloyd",
        "antony",
        "jake",
        "jared",
        "mohammed",
        "muhammad",
        "mohamed",
        "ahmed",
        "ali",
        "omar",
        "hassan",
        "hussein",
        "abdul",
        "recep",
        "narendra",
        "shinzo",
        "jair",
        "xi",
        "wang",
        "li",
        "pierre",
        "francois",
        "jacques",
        "angelo",
        "giuseppe",
        "carlos",
        "luis",
        "miguel",
        "jorge",
        "pedro",
        "manuel",
        "antonio",
        "alejandro",
        "sergei",
        "sergey",
        "dmitry",
        "alexei",
        "volodymyr",
        "viktor",
        "ivan",
        "benny",
        "yair",
        "naftali",
        "mahmoud",
        "bashar",
        "hamid",
        "karim",
        "martin",
        "luther",
        "jimmy",
        "ronnie",
        "gerry",
        "lyndon",
        "dwight",
        "franklin",
        "woodrow",
        "elon",
        "warren",
        "tucker",
        "rush",
        "glenn",
        "bret",
        "anderson",
        "wolf",
    ]
)

_FIRST_NAMES = _FEMALE_NAMES | _MALE_NAMES

# --- same_statement ------------------------------------------------------------------------------
# Two wordings are one statement when this share of the shorter one's content words is in the
# other. Paraphrased quotes keep their content words and lose or change function words and tense
# ("it was more embarrassing" / "it's more embarrassing": 3 of 3); distinct statements on one
# story share the story's vocabulary but rarely over half of a sentence's content words.
SAME_STATEMENT_OVERLAP = 0.7
# ... and this share of their weight, a word weighing its rarity in news (log of 10,000 articles
# over those holding it: analyse/data/word_df.txt), so that "I don't think we need to translate
# that" is not "I think we need to be very, very careful not to ...": 3 of 4 words, but the rare
# one missing. On BASIL dev (bench/quotes.py) 0.5 still joins 24 pairs of quotes across events,
# 0.6 15 (5 after the window below), and 0.7 splits a spokeswoman's quote from its shorter wording.
SAME_STATEMENT_WEIGHT = 0.6
# the shorter wording is found within a stretch of the longer one at most this many times its
# length (in content words): a partial quote is a passage of the full one, not words strewn over
# a long speech ("not putting people back to work" is no passage of a 60-word quote)
SAME_STATEMENT_SPREAD = 2
# a statement needs this many content words to be matched on overlap; shorter ones (scare quotes
# like "phony") must be equal, or every article using the word would be one statement, and in
# group_statements they must also have one named speaker ("amnesty" in two stories is a word, not
# a statement)
SAME_STATEMENT_MIN_WORDS = 3
WORD_FREQUENCIES_FILE = "data/word_df.txt"
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "then",
        "so",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "it's",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "such",
        "only",
        "own",
        "same",
        "than",
        "too",
        "very",
        "can",
        "will",
        "just",
        "do",
        "does",
        "did",
        "doing",
        "have",
        "has",
        "had",
        "having",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "shall",
        "about",
        "into",
        "over",
        "after",
        "before",
        "again",
        "further",
        "once",
        "also",
        "s",
        "t",
        "d",
        "ll",
        "re",
        "ve",
        "m",
    ]
)
_NEGATIONS = frozenset({"not", "no", "never", "nothing", "nobody", "none", "nor", "cannot"})


@dataclass(frozen=True, slots=True)
class _Span:
    """One quote: the quoted words' offsets (`start`, `end`) and the marks' (`outer_*`)."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    line: int  # index of the paragraph it opens in
    line_end: int  # index of the paragraph it closes in
    opens_line: bool  # the quote is the first thing in its paragraph
    # the furthest end (outer_end) of this quote and every one before it in the text's list: it
    # never falls along the list, so _blank finds by bisection the quotes that all end before a part
    # (set in texts of more than FEW_SPANS quotes; 0 in the others, which _blank goes through)
    reach: int = 0


_REACH = attrgetter("reach")
# _blank goes through the quotes of a text with at most this many from the first (speed only: for
# most texts that is cheaper than setting `reach` and bisecting)
FEW_SPANS = 16


@dataclass(frozen=True, slots=True)
class _Cue:
    """A speaker phrase found by a cue: what kind it is, its text and where it stands."""

    kind: str  # "name", "pron", "group", "np", "unnamed" (a speaker the text does not name) or _IT_KINDS
    text: str
    at: int  # offset in the article text, for recency


# lines with no quote mark that a double quote left open may run over before the line that closes
# it (ECB+, one sentence a line: 223 of the 227 such quotes that close within 11 lines close within 3)
MAX_UNMARKED_LINES = 3


# ---------------------------------------------------------------------------------------------------
# 1. quote spans
# ---------------------------------------------------------------------------------------------------
_DETACHED_CLOSE = re.compile(r"(?:said|says|added|told|asked|explained|continued|wrote)\b")


def _mark_side(text: str, pos: int) -> str:
    """'open', 'close' or 'either' for the quote mark at `pos`, from its shape and its spaces."""
    ch = text[pos]
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    opens = (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()
    closes = (after.isspace() or after in _CLOSE_AFTER) and not before.isspace()
    if ch in _OPENING:
        return "close" if closes and not opens and before.isalnum() else "open"
    if ch in _CLOSING:
        return "open" if opens and not closes else "close"
    if opens and not closes:
        # ECB+ detaches a closing mark from its quote and glues it to the verb: `progress, "said
        # Stefanski.`
        if ch == '"' and pos >= 2 and text[pos - 2] in ",.?!" and _DETACHED_CLOSE.match(text, pos + 1):
            return "close"
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, whitespace trimmed."""
    out = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _single_side(text: str, pos: int) -> str | None:
    """'open', 'close' or 'weak' for the single mark at `pos` (‘, ’ or '), None for an apostrophe
    (it’s, O'Brien, the ’90s, rock ’n’ roll). 'weak': a closing mark with a word after it, which may
    be an apostrophe ("the dogs’ home") or close a quote ("called it ‘a disgrace’ and")."""
    ch = text[pos]
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if ch != "’" and (before.isspace() or before in _SINGLE_OPEN_BEFORE) and after.isalnum():
        return None if _ELIDED_AFTER.match(text, pos + 1) else "open"
    if ch == "‘" or before.isspace() or not (after.isspace() or after in _SINGLE_CLOSE_AFTER):
        return None
    if before in "nN" and pos >= 2 and text[pos - 2] in "’‘'":  # rock ’n’ roll
        return None
    if _CONTRACTION_AFTER.match(text, pos + 1):
        return None
    return "weak" if before.isalnum() and _WORD_AFTER.match(text, pos + 1) else "close"


# one quote mark of a paragraph: (offset, end, family, side); family "double" (“ ” " « » „ and ‘‘ ’’),
# "curly" (‘ ’) or "straight" ('); side "open", "close", "either" (a straight double mark with no
# space to tell) or "weak" (see _single_side)
_Mark = tuple[int, int, str, str]


# a closing mark that a page's encoding made a question mark, after a full stop or a comma and
# before a space (`“poppycock, unless you count the dead vote.? In 2013, he wrote`): it closes a
# double quote its paragraph leaves open ("U.S.?" is a question)
_LOST_CLOSE = re.compile(r"(?<![A-Z])[.,]\?(?=\s)")


def _line_marks(text: str, start: int, end: int, singles: bool = True) -> list[_Mark]:
    """The quote marks of a paragraph, apostrophes left out. With `singles` False (the text has no
    mark that may open a single quote) or none in the paragraph, no apostrophe is looked at."""
    if singles and (text.find("‘", start, end) >= 0 or _STRAIGHT_OPENING.search(text, start, end)):
        marks = _MARKS
    else:
        marks = _MARKS_BUT_SINGLE
    out: list[_Mark] = []
    for m in marks.finditer(text, start, end):
        pos, ch = m.start(), m.group()
        if out and out[-1][1] > pos:
            continue  # the second mark of ‘‘ or ’’
        if ch in "‘’" and text.startswith(ch, pos + 1):  # ‘‘ or ’’: a double mark
            out.append((pos, pos + 2, "double", "open" if ch == "‘" else "close"))
        elif ch in _DOUBLE:
            if (
                pos - start <= MAX_DATELINE_CHARS
                and ch == '"'
                and _DATELINE_DASH.fullmatch(text, start, pos + 2)
            ):
                continue  # "STOCKHOLM " Swedish Prime Minister ...": a dash that a page's encoding lost
            out.append((pos, pos + 1, "double", _mark_side(text, pos)))
        elif (side := _single_side(text, pos)) is not None:
            out.append((pos, pos + 1, "straight" if ch == "'" else "curly", side))
    return out


def _line_opener(text: str, start: int) -> str | None:
    """The family of the mark that opens the paragraph at `start` ("double", "curly", "straight"),
    None when it opens with no opening mark."""
    ch = text[start : start + 1]
    if ch == "‘" and text.startswith("‘", start + 1) or ch and ch in _DOUBLE:
        return "double" if ch == "‘" or _mark_side(text, start) != "close" else None
    if ch in ("‘", "'") and _single_side(text, start) == "open":
        return "straight" if ch == "'" else "curly"
    return None


def _single_close(marks: list[_Mark], k: int) -> int | None:
    """The index of the mark that closes the single quote opened by marks[k]: the first closing mark
    of its family, or, before it and before the next opening mark, the first weak one ("the ‘experts’
    say it is ‘fine’": the weak mark closes; "‘The workers’ pay is too low,’ she said": it does not);
    None when the paragraph does not close it."""
    family = marks[k][2]
    weak = None
    for j in range(k + 1, len(marks)):
        _, _, its_family, side = marks[j]
        if its_family != family:
            continue
        if side == "close":
            return j
        if side == "open":
            break
        if weak is None:
            weak = j
    return weak


def _quote_spans(text: str, lines: list[tuple[int, int]]) -> list[_Span]:
    """The quotes of a text whose paragraphs are `lines` (_lines(text)). Double marks pair as they
    come; a single mark opens a quote only where the paragraph closes it, or where it is the
    paragraph's last mark and the next paragraph opens with a mark of its kind (a quote over
    paragraphs); marks of the other kind inside a quote are a quote within it."""
    spans: list[_Span] = []
    carried: _Span | None = None  # a quote left open at the end of the previous paragraph
    family = ""  # the kind of its marks
    # whether a single quote may open anywhere (most texts have none: each paragraph is not asked)
    singles = "‘" in text or _STRAIGHT_OPENING.search(text) is not None
    resume = -1  # a double quote left open goes on over lines with no mark up to this one
    for li, (ls, le) in enumerate(lines):
        if li < resume:
            continue
        if carried is not None and _line_opener(text, ls) != family and li != resume:
            if family == "double" and (close := _closing_line(text, lines, li)) is not None:
                resume = close
                if close > li:
                    continue
            else:
                spans.append(carried)  # not taken up by this paragraph: it ended with the last one
                carried = None
        prior, carried = carried, None  # the part of the quote this paragraph opens with
        marks = _line_marks(text, ls, le, singles)
        # an open double quote: its mark, where its words start, the part of it carried from before
        opened, words, first = -1, -1, None
        if li == resume and prior is not None:  # the line that closes a quote over unmarked lines
            opened, words, first = ls, ls, prior
        k = 0
        while k < len(marks):
            pos, end, its_family, side = marks[k]
            k += 1
            head = prior if pos == ls else None
            if opened >= 0:
                if its_family != "double":
                    continue  # a single mark inside a double quote
                if side == "open":  # an opening mark inside an open quote: the first was never closed
                    spans.append(_left_open(text, opened, words, pos, li, ls, first)[0])
                    opened, words, first = pos, end, head
                else:
                    spans.append(_span(text, opened, words, end, end - pos, li, ls, first))
                    opened = -1
                continue
            if its_family == "double":
                if side != "close":
                    opened, words, first = pos, end, head
                continue
            if side != "open":
                continue
            j = _single_close(marks, k - 1)
            if j is not None:
                spans.append(_span(text, pos, end, marks[j][1], 1, li, ls, head))
                k = j + 1
            elif (
                li + 1 < len(lines)
                and _line_opener(text, lines[li + 1][0]) == its_family
                and all(m[2] != "double" and m[2] != its_family for m in marks[k:])
            ):  # a quote over paragraphs
                carried, family = _span(text, pos, end, le, 0, li, ls, head), its_family
                break
            elif head is not None:  # the last paragraph of a quote over paragraphs, never closed
                spans.append(_span(text, pos, end, le, 0, li, ls, head))
                break
        if opened >= 0:
            span, closed = _left_open(text, opened, words, le, li, ls, first)
            if closed:
                spans.append(span)
            else:
                carried, family = span, "double"
    if carried is not None:
        spans.append(carried)
    spans = [s for s in spans if _WORD.search(text, s.start, s.end)]
    if len(spans) <= FEW_SPANS:
        return spans
    reach = 0
    for k, s in enumerate(spans):
        reach = max(reach, s.outer_end)
        spans[k] = _Span(s.start, s.end, s.outer_start, s.outer_end, s.line, s.line_end, s.opens_line, reach)
    return spans


def _left_open(
    text: str, opened: int, words: int, end: int, line: int, line_start: int, first: _Span | None
) -> tuple[_Span, bool]:
    """A double quote opened at `opened` (its words from `words`) that no mark closes before `end`
    (the next opening mark or the paragraph's end): the span up to a closing mark that the page's
    encoding made a question mark (_LOST_CLOSE) and True, else the span up to `end` and False."""
    lost = _LOST_CLOSE.search(text, words, end)
    if lost is not None:
        return _span(text, opened, words, lost.end(), 1, line, line_start, first), True
    return _span(text, opened, words, end, 0, line, line_start, first), False


def _closing_line(text: str, lines: list[tuple[int, int]], li: int) -> int | None:
    """The line that closes a double quote left open before line `li`, where the lines between have
    no mark ("“No.\nI've done it.\nTrust me.\nI'm not just a party girl.”": ECB+ writes one
    sentence a line): the first line with a double mark, when that mark closes (or may, the line's
    only one) and it is at most MAX_UNMARKED_LINES after the quote's own; else None."""
    for j in range(li, min(li + MAX_UNMARKED_LINES + 1, len(lines))):
        marks = [m for m in _line_marks(text, *lines[j], singles=False) if m[2] == "double"]
        if marks:
            side = marks[0][3]
            return j if side == "close" or side == "either" and len(marks) % 2 else None
    return None


def _span(
    text: str,
    opened: int,
    inner_start: int,
    closed: int,
    mark: int,
    line: int,
    line_start: int,
    first: _Span | None,
) -> _Span:
    """The span between an opening mark at `opened` (its words from `inner_start`) and the end
    `closed`, after a closing mark of `mark` characters, or with `mark` 0 a paragraph end or the next
    opening mark (a double mark just before it is dropped); `first` is the part of the same quote
    carried from earlier paragraphs."""
    start, end = inner_start, closed - mark
    if not mark and end > start and text[end - 1] in _DOUBLE:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if first is not None:
        return _Span(first.start, end, first.outer_start, closed, first.line, line, first.opens_line)
    return _Span(start, end, opened, closed, line, line, opened == line_start)


def _quote_text(text: str, span: _Span) -> str:
    """The quoted words, the paragraph breaks (and their opening marks) of a long quote made spaces."""
    quoted = text[span.start : span.end]
    # (a quote of one paragraph, most, has no break to look for)
    return (_PARAGRAPH_BREAK.sub(" ", quoted) if "\n" in quoted else quoted).strip()


# ---------------------------------------------------------------------------------------------------
# 3. names: who is who in this article
# ---------------------------------------------------------------------------------------------------
# a name run that opens with a capitalised preposition ("Of Obama, he said", "With President Obama
# gone, he"): its person is the preposition's object
_PREPOSITION_RUN = re.compile(
    "(?:"
    + "|".join(sorted(w.capitalize() for w in (*_PREPOSITIONS, "like", "unlike", "despite", "during")))
    + r")\s"
)


# words after which a titled name is an object or a subordinate clause's subject, no antecedent
# (_People.runs_before with entity mentions: "works for Rep. Stephen Fincher", "whether President
# Obama is", "his comment that President Obama subscribed")
_OBJECT_LEADS = _PREPOSITIONS | {"that", "whether"}
# characters before a run that _OBJECT_LEADS' words are looked for in: the longest ("throughout")
# and two spaces
_OBJECT_LEAD_CHARS = max(map(len, _OBJECT_LEADS)) + 2


class _People:
    """The article's names: surname -> fullest name, gender from honorifics, and the lookups that
    turn a speaker phrase into a name."""

    def __init__(
        self,
        text: str,
        names: Sequence[Mention] | None,
        sentences: Sequence[Sentence] = (),
        spans: Sequence[_Span] = (),
    ) -> None:
        self.text = text
        self.names = names
        # 1 at every character inside a quote (its marks included), for quoted(): one lookup
        # instead of a pass over the quotes for each name that a pronoun might refer to
        self.inside = bytearray(len(text))
        for s in spans:
            self.inside[s.outer_start : s.outer_end] = b"\1" * (s.outer_end - s.outer_start)
        self.sentences = list(sentences) or split_sentences(text)
        self.starts = [s.start for s in self.sentences]
        runs = list(_NAME_RE.finditer(text))
        self.found = [(m.start(), m.group(1)) for m in runs]  # every name run
        self.full: dict[str, str] = {}  # surname (casefolded) -> fullest person name
        self.given_first: dict[str, str] = {}  # first word (casefolded) -> a full name
        self.lower_case: dict[str, bool] = {}  # word -> whether the text writes it in lower case
        self.gender: dict[str, str] = {}  # surname -> "m" / "f"
        self.subject_runs: dict[int, tuple[int, str] | None] = {}  # (_subject_run)
        self.titled_names: dict[tuple[str, ...], list[tuple[int, str]]] = {}  # (titled)
        self.line_from, self.line_to = 0, -1  # (line_end's last answer)
        if names is not None:
            for mention in names:
                if mention.type == "person":
                    self._register(mention.name.split())
            return
        # a run of one word (most runs) is no full name and has no honorific before a name: only the
        # runs of more words are stripped and registered
        # (and no run that a gerund opens at a sentence's start: "Painting Biden’s calls")
        longer = [
            m
            for m in runs
            if m.group(2) and ("ing " not in m.group(1) or not _gerund_opens(text, m.start(), m.group(1)))
        ]
        named: Iterable[tuple[Sequence[str], str | None]]
        named = map(_stripped_phrase, [m.group(1) for m in longer])
        nicknamed = _nicknamed(text, spans)
        if nicknamed:  # put in text order among the runs
            ordered = sorted(
                [(m.start(), _stripped_phrase(m.group(1))) for m in longer]
                + [(at, (tokens, None)) for at, tokens in nicknamed],
                key=lambda n: n[0],
            )
            named = [n for _, n in ordered]
        for tokens, honorific in named:
            if tokens:
                if 2 <= len(tokens) <= 4:  # (_register's first test, asked before the call)
                    self._register(tokens)
                if honorific in _HONORIFIC_GENDER:
                    self.gender[_surname(tokens)] = _HONORIFIC_GENDER[honorific]

    # what follows is read only for some cues (a pronoun, "the group"): found on first use

    def runs_before(self, at: int) -> Iterator[tuple[int, str]]:
        """(offset, fullest name), latest first, of every person mention before `at` outside quotes
        that stands where a subject stands, or after a speech verb ("..., said Adam Babich, director
        of the clinic"). The runs are asked one by one from `at` back, each once (_subject_run):
        the person a pronoun means is mostly named just before it. A name after a preposition that
        opens the sentence of `at` is not who its pronoun means ("Of Obama, he said"), though one
        in an earlier sentence may be ("For Ryan Lambert, ... such action comes too late. “…,” he
        said")."""
        own = self.sentence_at(at).start
        if self.names is not None:
            found = []
            for m in self.names:
                if m.type != "person" or m.start >= at or self.quoted(m.start):
                    continue
                start = self.run_start(m.start)
                # (a title before the mention is part of its run: "who works for Rep. Stephen
                # Fincher" is the preposition's object, as the run "Rep. Stephen Fincher" is)
                if (
                    _stands_as_subject(self.text, m.start, m.end)
                    and not (start >= own and _PREPOSITION_RUN.match(self.text, start))
                    and not (
                        start < m.start
                        and _last_word(self.text[max(0, start - _OBJECT_LEAD_CHARS) : start].rstrip())
                        in _OBJECT_LEADS
                    )
                    and not (start < m.start and _gerund_opens(self.text, start, self.text[start : m.end]))
                ):
                    found.append((m.start, self.fullest(m.name)))
            yield from sorted(found, reverse=True)
            return
        for k in range(bisect_left(self.found, at, key=itemgetter(0)) - 1, -1, -1):
            run = self._subject_run(k)
            if run is not None and not (run[0] >= own and _PREPOSITION_RUN.match(self.text, run[0])):
                yield run

    def run_start(self, at: int) -> int:
        """Where the name run that holds the mention at `at` starts: a mention's name leaves out
        the title before it ("Rep. Stephen Fincher", "President Obama", "Of Obama"), whose place
        tells whether the person stands as a subject ("who works for Rep. Stephen Fincher")."""
        k = bisect_right(self.found, at, key=itemgetter(0)) - 1
        if k >= 0 and self.found[k][0] + len(self.found[k][1]) > at:
            return self.found[k][0]
        return at

    def _subject_run(self, k: int) -> tuple[int, str] | None:
        """(offset, fullest name) of name run k when it is a person's name that stands as a subject
        outside quotes (runs_before), else None; worked out once."""
        if k in self.subject_runs:
            return self.subject_runs[k]
        at, run = self.found[k]
        found = None
        if (
            not self.quoted(at)
            and (self.is_person(run) or self.titled_person(run, at) or self._kin_named(run, at))
            and _stands_as_subject(self.text, at, at + len(run))
            and not _gerund_opens(self.text, at, run)
        ):
            found = (at, self.fullest(run))
        self.subject_runs[k] = found
        return found

    def _kin_named(self, run: str, at: int) -> bool:
        """A given name alone after a noun for a person that opens its sentence with a possessive
        ("Her brother Jack went on"): a person, though the article never gives the surname."""
        if " " in run or run.lower() not in _given_names():
            return False
        m = _KIN_BEFORE.search(self.text, max(0, at - KIN_BEFORE_CHARS), at)
        return m is not None and m.group(1) in _PERSON_NOUNS

    def lawmakers_owning(self, at: int) -> list[tuple[int, str]]:
        """(offset, fullest name), latest first, of each lawmaker or governor named with the title
        in the possessive before `at`, outside quotes ("the gist of Senator Tim Scott’s rebuttal"):
        whom "the South Carolina Republican" may mean, though the name stands as no subject."""
        found = []
        for start, run in self.found[: bisect_left(self.found, at, key=itemgetter(0))]:
            if not _POSSESSIVE.search(run) or self.quoted(start):
                continue
            words = run.split()
            tokens, _ = _strip_phrase(run)
            if (
                len(tokens) < len(words)
                and words[-len(tokens) - 1].lower().rstrip(".") in _LAWMAKER_TITLES
                and _looks_personal(tokens)
            ):
                found.append((start, self.fullest(" ".join(tokens))))
        return found[::-1]

    def line_end(self, at: int) -> int:
        """Where the line that holds `at` ends: text.find("\\n", at), or the text's end. The last
        answer holds for any offset from where it was asked up to it (no line break lies between):
        quotes asked in text order search each line once, not to its end for each quote (60,000
        quotes on one line: 2.5 s)."""
        if not self.line_from <= at <= self.line_to:
            end = self.text.find("\n", at)
            self.line_from, self.line_to = at, len(self.text) if end < 0 else end
        return self.line_to

    @cached_property
    def groups(self) -> list[tuple[int, str, str]]:
        """(offset, name, head) of every organisation or group the text names, for "the group"; a
        head alone ("The company cut 500 jobs") is one word, the head itself."""
        return sorted(
            [
                (m.start(), _group_name(m.group(0)), m.group(0).split()[-1].lower())
                for m in _GROUP_RE.finditer(self.text)
            ]
            + [
                (at, org, org.split()[-1].lower())
                for at, run in self.found
                if (org := _organisation(run)) is not None
            ]
        )

    def _register(self, tokens: Sequence[str]) -> None:
        if not 2 <= len(tokens) <= 4 or not self._personal(tokens):
            return
        # a surname alone means the person first named in full with it (news introduce the
        # subject first: "Barack Obama", then "his daughter Malia Obama"); a longer form of that same
        # name replaces it ("John Boehner" -> "John A. Boehner")
        key, name = _surname(tokens), " ".join(tokens)
        known = self.full.get(key)
        if known is None or (len(tokens) > len(known.split()) and tokens[0] == known.split()[0]):
            self.full[key] = name
        # family name first ("Wang Wenbin" is "Wang"), asked only when no surname matches
        self.given_first.setdefault(tokens[0].casefold(), " ".join(tokens))

    def fullest(self, phrase: str) -> str:
        """The fullest name the article gives for a name phrase ("Mr. Steele" -> "Michael Steele")."""
        tokens, _ = _strip_phrase(phrase)
        if not tokens:
            return phrase.strip()
        full = self.full.get(_surname(tokens))
        # ("de Blasio" -> "Bill de Blasio": a particle opens no given name)
        if full is not None and (
            len(tokens) == 1 or full.split()[0][0] == tokens[0][0] or tokens[0].islower()
        ):
            return full
        if len(tokens) == 1 and tokens[0].casefold() in self.given_first:  # "Wang" -> "Wang Wenbin"
            return self.given_first[tokens[0].casefold()]
        if len(tokens) == 1 and full is None:  # "said Cowen" of William Cowan: a misspelt surname
            misspelt = [name for key, name in self.full.items() if _one_letter_apart(key, _surname(tokens))]
            if len(misspelt) == 1:
                return misspelt[0]
        return " ".join(tokens)

    def is_person(self, phrase: str) -> bool:
        tokens, honorific = _strip_phrase(phrase)
        if not tokens:
            return False
        if _surname(tokens) in self.full or (len(tokens) == 1 and tokens[0].casefold() in self.given_first):
            return True
        return honorific is not None and self._personal(tokens)

    def named_with_title(self, word: str) -> str | None:
        """The person whose surname is a title word that the article names in full with a first name
        no list knows ("Tishana King", "Attorney General Troy King"), for "King said": the first
        name run ending with it whose word before it is capitalised, no title and no word of
        organisations; that word and the surname."""
        for _, run in self.found:
            tokens = run.split()
            if len(tokens) < 2 or tokens[-1].casefold() != word:
                continue
            first = tokens[-2]
            lower = first.lower()
            if (
                first[1:].islower()
                and lower not in _TITLES
                and lower not in _NOT_PERSON
                and lower not in _NOT_NAME
            ):
                return f"{first} {tokens[-1]}"
        return None

    def titled_person(self, phrase: str, at: int) -> bool:
        """A surname after a person's title at `at` ("President Biden", "Vice President Harris"),
        whom a pronoun may mean, as one after an honorific; not after a word that may open the name
        of an organisation ("General Motors"), nor after an article ("The Lady Marija", a boat) or
        before a possessive ("President Obama 's nominee")."""
        tokens, _ = _strip_phrase(phrase)
        return (
            len(tokens) == 1
            and _titled_surname(phrase)
            and phrase.split(None, 1)[0] not in ("The", "A", "An")
            and not _ARTICLE_END.search(self.text, max(0, at - 4), at)
            and not _POSSESSIVE_AFTER.match(self.text, at + len(phrase))
            and self._personal(tokens)
        )

    def _personal(self, tokens: Sequence[str]) -> bool:
        """Tokens that can make a person's name: none is a word this article also writes in lower
        case ("Libya Attack" in a headline: "attack" is a common word here, not a name). The
        words are asked one by one (_written_in_lower_case) and remembered, not all the text's
        lower-case words found (_People 25% faster over heap-10000)."""
        if not _looks_personal_run(tuple(tokens)):
            return False
        for token in tokens:
            if token.islower():  # a particle ("Bill de Blasio"), lower case by its nature
                continue
            word = token.lower()
            known = self.lower_case.get(word)
            if known is None:
                # (most words of names are not in the text in lower case at all: "in" tells fast)
                known = self.lower_case[word] = word in self.text and _written_in_lower_case(self.text, word)
            if known:
                return False
        return True

    def sentence_at(self, pos: int) -> Sentence:
        return self.sentences[_sentence_at(self.starts, pos)]

    def quoted(self, at: int) -> bool:
        """Whether the character at `at` lies inside one of the article's quotes."""
        return 0 <= at < len(self.inside) and self.inside[at] == 1

    def recent_group(self, at: int, head: str) -> str | None:
        """The organisation or group "the campaign" or "the group" refers to: the most recent one
        named before `at`, outside quotes, with that head ("Romney campaign"), any for "group". A
        head alone on the way ("The company cut 500 jobs") names none: it refers back in turn."""
        for start, name, its_head in reversed(self.groups):
            if (
                start < at
                and not self.quoted(start)
                and (head in _ANY_GROUP or its_head == head)
                and _group_subject_like(self.text, start)
            ):
                if name.lower() != its_head or its_head not in _GROUP_HEADS:
                    return _organisation_name(name) or name
                head = its_head
        return None

    @cached_property
    def organisations(self) -> list[tuple[int, str, bool]]:
        """(offset, name, spoke) of every organisation the text names that "it" or "the company"
        may refer to: the groups that are no group of people ("White House", "NAACP", not
        "Republican lawmakers"), and the names of no person that a verb follows ("Microsoft said it
        would", "Fortinet claimed"; "Apple" is no organisation by its words); `spoke`: the verb is
        a speech verb (_SPEECH_AFTER_NAME)."""
        return self._subjects(_VERB_AFTER_NAME)

    @cached_property
    def acting(self) -> list[tuple[int, str, bool]]:
        """As organisations, for the organisations that are the subject of a verb in the past tense
        ("Transocean , meanwhile , sought", "The U.S. Environmental Protection Agency expressed
        frustration on Saturday"): who "it said" is when no organisation spoke before."""
        return self._subjects(_ACTED_AFTER_NAME)

    def _subjects(self, verb: re.Pattern[str]) -> list[tuple[int, str, bool]]:
        found = [
            (m.start(), _group_name(m.group(0)), m.end())
            for m in _GROUP_RE.finditer(self.text)
            if m.group(0).split()[-1].lower() not in _PEOPLE_HEADS and verb.match(self.text, m.end())
        ]
        found += [
            (at, org or run, at + len(run))
            for at, run in self.found
            if verb.match(self.text, at + len(run))
            and ((org := _organisation(run)) is not None or _name_of(run) == run)
            and run.casefold() not in _FIRST_NAMES
            and not self.is_person(run)
            and not _QUANTITY.match(run)  # "Thousands signed contracts"
        ]
        return sorted(
            (at, name, _SPEECH_AFTER_NAME.match(self.text, end) is not None)
            for at, run, end in found
            if (name := _organisation_name(run)) is not None and (name == run or not self._names_person(name))
        )

    def _names_person(self, name: str) -> bool:
        """A name that a run holds after its opening words ("Yesterday Barack Obama") is a person's."""
        return self.is_person(name) or " " in name and _looks_personal(name.split())

    def organisation_before(
        self, at: int, companies: bool = False, acted: bool = False
    ) -> tuple[int, str] | None:
        """(offset, name) of the organisation named last as a subject, outside quotes, before `at`
        and in its sentence or the MAX_ANTECEDENT_SENTENCES before: for "it", the subject of a speech
        verb; with `companies`, of any verb, one that may be "the company" (_NOT_COMPANY_WORDS); with
        `acted`, of a verb in the past tense (acting)."""
        lo = self._antecedent_start(at)
        subjects = self.acting if acted else self.organisations
        for start, name, spoke in reversed(subjects[: bisect_left(subjects, at, key=itemgetter(0))]):
            if start < lo:
                break
            if not companies and not acted and not spoke:
                continue
            if companies and any(w.lower() in _NOT_COMPANY_WORDS for w in name.split()):
                continue
            if not self.quoted(start) and _group_subject_like(self.text, start):
                return start, name
        return None

    def _antecedent_start(self, at: int) -> int:
        """Where the sentences that "it" or "the company" at `at` may refer back into start."""
        return (
            self.starts[max(_sentence_at(self.starts, at) - MAX_ANTECEDENT_SENTENCES, 0)]
            if self.starts
            else 0
        )

    def document_before(self, at: int) -> tuple[int, str] | None:
        """(offset, phrase) of the document named last as a subject ("the letter continued"),
        outside quotes, before `at` and within the sentences organisation_before looks at."""
        lo = self._antecedent_start(at)
        for m in reversed(list(_DOCUMENT_SUBJECT.finditer(self.text, lo, at))):
            if not self.quoted(m.start()) and _subject_like(self.text, m.start()):
                return m.start(), m.group(0)
        return None

    def described_group(self, at: int, head: str) -> str | None:
        """The organisation that "the navy", "the team" or "the agency" with no name of its own
        refers to: the last one before `at`, outside quotes and in its sentence or the
        MAX_ANTECEDENT_SENTENCES before, written as capitalised words before that head in lower
        case where a subject stands ("The Indian navy noted ...; “…,” the navy said" -> "Indian
        navy"; "The National Football League team in Washington, D.C., will retire" -> "National
        Football League team"); None when there is none."""
        lo = self._antecedent_start(at)
        found = None
        for m in _described_group(head).finditer(self.text, lo, at):
            # (what comes after the head is asked here, not in the head's pattern: compiled with
            # the verbs in it, each new head's pattern cost more than all its searches)
            if (
                not self.quoted(m.start())
                and _AFTER_DESCRIBED_GROUP.match(self.text, m.end(), at)
                and _subject_like(self.text, m.start())
            ):
                found = m
        if found is None:
            return None
        return f"{_SPACES.sub(' ', found.group(1).strip())} {head}"

    def spoken_for(self, at: int) -> str | None:
        """Whom an unnamed "the spokesperson" speaks for: the organisation of the nearest "a
        spokesperson for Google" or "A Microsoft spokesperson" before `at`."""
        found = [m for m in _SPOKESPERSON_FOR.finditer(self.text, 0, at)]
        if not found:
            return None
        org = found[-1].group("after") or found[-1].group("before")
        return _group_name(org) or None

    def gender_of(self, name: str) -> str | None:
        """ "m" or "f" from an honorific the article gives ("Ms. Lauten") or a common first name
        (_FEMALE_NAMES, _MALE_NAMES); None when unknown."""
        tokens = name.split()
        known = self.gender.get(_surname(tokens))
        if known is None and len(tokens) > 1:
            first = tokens[0].lower()
            female, male = first in _FEMALE_NAMES, first in _MALE_NAMES
            return "f" if female and not male else "m" if male and not female else None
        return known

    def by_title(self, phrase: str, at: int) -> str | None:
        """The person the article gives a title to ("the secretary of state" -> "Antony Blinken"),
        the mention nearest before `at` first; the title's leading modifiers are dropped one by one
        until it is found ("the former Pennsylvania senator" -> "senator")."""
        words = tuple(w for w in phrase.split() if w.lower() not in ("the", "a", "an"))
        while words:
            hits = self.titled(words)
            if hits:
                before = [h for h in hits if h[0] < at]
                return self.fullest((max(before) if before else min(hits))[1])
            words = words[1:]
        return None

    def titled(self, words: tuple[str, ...]) -> list[tuple[int, str]]:
        """(offset, name) of each person the article gives the title `words` (by_title), found once
        for the article."""
        hits = self.titled_names.get(words)
        if hits is not None:
            return hits
        hits = []
        # "Secretary of State Antony Blinken", "the aide, Elizabeth Lauten": the title is
        # evidence enough that a name follows
        for start, end in _titles_before_names(self.text, words):
            name = _NAME_RE.match(self.text, end)
            tokens = _strip_phrase(name.group(1))[0] if name is not None else []
            if name is not None and tokens and _looks_personal(tokens):
                hits.append((start, name.group(1)))
        # "Vivian Balakrishnan, Singapore's foreign minister"
        hits += [
            (start, run)
            for start, run in self.before_comma
            if _title_in_apposition(self.text, start + len(run), words) and self.is_person(run)
        ]
        self.titled_names[words] = hits
        return hits

    @cached_property
    def before_comma(self) -> list[tuple[int, str]]:
        """The name runs a comma follows, the only ones a title may follow in apposition."""
        return [(start, run) for start, run in self.found if self.text.startswith(",", start + len(run))]


# heads of organisations besides _ORG_HEADS that news writes in lower case after a name ("the Indian
# navy", "the Minneapolis police"), for "the navy said" (_People.described_group)
_UNNAMED_GROUP_HEADS = frozenset({"navy", "army", "team", "club", "police"})
# a possessive and a noun that open a sentence right before a name (_People._kin_named)
_KIN_BEFORE = re.compile(r"(?:^|[.!?”\"]\s+|\n)(?:Her|His|Their|My|Our) ([a-z]+) $")
# how far before a name _KIN_BEFORE is searched: its longest match whose noun is one of
# _PERSON_NOUNS (10 letters at most: "goaltender", "defenceman") with one space after the mark is 19
# characters ("? Their goaltender "); the rest leaves room for more white space after the mark
KIN_BEFORE_CHARS = 30


@lru_cache(maxsize=64)
def _described_group(head: str) -> re.Pattern[str]:
    """An organisation written as "The Indian navy" (_People.described_group): the capitalised
    words are group 1. Where it stands is asked after (_AFTER_DESCRIBED_GROUP): one match at most
    starts at each place (the head, in lower case, is the first word after it that is no
    capitalised word), and one that starts inside it ends where it ends."""
    return re.compile(rf"\b(?:[Tt]he|[Aa]n?)[^\S\n]+((?:{_CAP}[^\S\n]+){{1,4}}){head}\b")


# what follows an organisation described as "The Indian navy" where a subject stands: a verb, a
# preposition or a mark
_AFTER_DESCRIBED_GROUP = re.compile(
    r"[^\S\n]*[,.;:(]|[^\S\n]+(?:in|of|on|at|for|from|which|that|who)\b"
    rf"|(?:{_VERB_AFTER_NAME.pattern})|(?:{_ACTED_AFTER_NAME.pattern})"
)


def _written_in_lower_case(text: str, word: str) -> bool:
    r"""Whether `re.findall(r"(?<![\w’'])[a-z][a-z’'\-]+", text)` holds `word`. A match is a run
    of those letters (a-z ’ ' -) from the first place in the run where one may start (a
    lower-case letter after no word character or apostrophe: after a space, a mark or a hyphen)
    to the run's end."""
    if not _LOWER_WORD_SHAPE.fullmatch(word):
        return False
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (end == len(text) or text[end] not in _LOWER_WORD_LETTERS) and _lower_word_starts(text, at):
            return True
        at = text.find(word, at + 1)
    return False


def _lower_word_starts(text: str, at: int) -> bool:
    """A match of a word in lower case starts at `at` (a lower-case letter): none may start just after a word
    character or an apostrophe, and after a hyphen none may have started earlier in its run
    ("anti-war" is one match, "X-ray" gives "ray")."""
    if at == 0:
        return True
    before = text[at - 1]
    if before != "-":
        return not (before in "’'" or before.isalnum() or before == "_")
    run = at - 1
    while run > 0 and text[run - 1] in _LOWER_WORD_LETTERS:
        run -= 1
    for i in range(run, at - 1):
        if "a" <= text[i] <= "z" and (
            text[i - 1] == "-" if i > run else i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")
        ):
            return False
    return True


def _nicknamed(text: str, spans: Sequence[_Span]) -> list[tuple[int, tuple[str, str]]]:
    """(offset, (given name, surname)) of each name written around a nickname in quotes (William
    "Mo" Cowan), which splits the name's run in two."""
    out = []
    for span in spans:
        # a quote of one word, a space after its closing mark
        if not text.startswith(" ", span.outer_end) or _SPACES.search(text, span.start, span.end):
            continue
        given = _GIVEN_BEFORE.search(text, max(0, span.outer_start - 30), span.outer_start)
        surname = _NAME_RE.match(text, span.outer_end + 1)
        if given is not None and surname is not None:
            out.append((given.start(), (given.group(1), surname.group(1).split()[0])))
    return out


# A title is matched word by word, each word's pattern compiled once (a pattern for each title
# cost more than the search: most titles are asked in one article only). The helpers below find
# what the regexes `(?i:\b{title}),?\s+` (before a name) and `,\s+(?:(?:[\w’'\-]+|(?:[A-Z]\.)+)\s+)
# {0,4}?(?i:{title})\b` (in apposition) would, with {title} the words joined by `\s+`: each of
# their parts matches in one way only, so no other match is left to backtrack to.
_SPACES = re.compile(r"\s+")
_BOUNDARY = re.compile(r"\b")
_TITLE_END = re.compile(r",?\s+")
_APPOSITION_START = re.compile(r",\s+")
_APPOSITION_WORD = re.compile(r"(?:[\w’'\-]+|(?:[A-Z]\.)+)\s+")
# words that may stand between a name's comma and its title ("Vivian Balakrishnan, Singapore's
# foreign minister"): more are a clause, not an apposition
MAX_WORDS_BEFORE_TITLE = 4


@lru_cache(maxsize=1 << 12)  # the same title words come back quote after quote
def _title_word(word: str) -> re.Pattern[str]:
    """One word of a title in any case, or its abbreviation ("governor" or "Gov.")."""
    return re.compile(rf"(?i:{_TITLE_ABBREVIATIONS.get(word.lower(), re.escape(word))})")


def _title_end(text: str, at: int, words: Sequence[str]) -> int | None:
    """Where the title `words` ends when it is written at `at`, spaces between its words."""
    for i, word in enumerate(words):
        if i:
            space = _SPACES.match(text, at)
            if space is None:
                return None
            at = space.end()
        found = _title_word(word).match(text, at)
        if found is None:
            return None
        at = found.end()
    return at


def _titles_before_names(text: str, words: Sequence[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each title written as a word, with a comma maybe and the spaces after it
    ("Secretary of State ", "the aide, "), in text order, none inside another."""
    first = _title_word(words[0])
    at = 0
    while (found := first.search(text, at)) is not None:
        start = found.start()
        end = _title_end(text, start, words) if _BOUNDARY.match(text, start) else None
        after = _TITLE_END.match(text, end) if end is not None else None
        if after is None:
            at = start + 1
            continue
        yield start, after.end()
        at = after.end()


def _title_in_apposition(text: str, at: int, words: Sequence[str]) -> bool:
    """Whether the title `words` comes at `at` after a comma and up to MAX_WORDS_BEFORE_TITLE
    words (", Singapore's foreign minister"), ending as a word."""
    start = _APPOSITION_START.match(text, at)
    if start is None:
        return False
    at = start.end()
    for skipped in range(MAX_WORDS_BEFORE_TITLE + 1):
        end = _title_end(text, at, words)
        if end is not None and _BOUNDARY.match(text, end):
            return True
        word = _APPOSITION_WORD.match(text, at) if skipped < MAX_WORDS_BEFORE_TITLE else None
        if word is None:
            return False
        at = word.end()
    return False


def _strip_phrase(phrase: str) -> tuple[list[str], str | None]:
    """A name run without its leading non-name words and titles, and the honorific it had ("Mr.")."""
    kept, honorific = _stripped_phrase(phrase)
    return list(kept), honorific


@lru_cache(maxsize=1 << 16)  # a name run is asked about again and again
def _stripped_phrase(phrase: str) -> tuple[tuple[str, ...], str | None]:
    return _stripped(tuple(phrase.split()))


@lru_cache(maxsize=1 << 16)  # an article's names come back run after run, and across articles
def _stripped(run: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    tokens = list(run)
    if tokens:
        tokens[-1] = _POSSESSIVE_END.sub("", tokens[-1])
    words = [t.lower().rstrip(".") for t in tokens]  # (each token's word, worked out once)
    honorific = None
    start, end = 0, len(tokens)  # the kept tokens: tokens[start:end]
    while start < end and (words[start] in _NOT_NAME or words[start].endswith(_ADVERB_ENDS)):
        start += 1
    # "Writing in The Mirror Linda said": an outlet's name, then the person's
    if start and tokens[start - 1] == "The" and (named := _named_after_outlet(tokens[start:end])):
        start = end - len(named)
    # everything up to the last title word goes ("NAACP President Benjamin Todd Jealous")
    for i in range(start, end - 1):
        if words[i] in _TITLES or words[i] in _PLURAL_TITLES:
            start = i + 1
            honorific = words[i] if words[i] in _HONORIFIC_GENDER else honorific
    while end - start > 1 and words[end - 1] in _SUFFIXES:
        end -= 1
    # an owner before two names or more ("Guardian's Sam Wollaston", "Kraft Food's Susan Davison"):
    # no name of the person's
    for i in range(end - 3, start - 1, -1):
        if _POSSESSIVE.search(tokens[i]):
            start = i + 1
            break
    # a describing word before a given name and a surname ("Linebacker Joey Porter", "Billionaire
    # Tom Steyer", "American Bobby Fischer"), or a country's people before a person's name, given
    # name listed or not ("Azerbaijani Bilal Hayee", "Pakistani Imran Khan"): no name of the person's
    if end - start >= 3 and (
        (
            words[start] not in _given_names()
            and words[start + 1] in _given_names()
            and _describes(tokens[start], words[start])
        )
        or (words[start] in _demonyms() and _looks_personal_run(tuple(tokens[start + 1 : end])))
    ):
        start += 1
    if all(w in _TITLES for w in words[start:end]):
        return (), honorific
    return tuple(t for t in tokens[start:end] if t), honorific


# a title before the first of two names or more ("U.S. Senators Tammy Baldwin and Josh Hawley",
# "Republican Sens. Mitt Romney and Susan Collins"): taken off as a title is
_PLURAL_TITLES = frozenset(
    {
        "senators",
        "sens",
        "reps",
        "representatives",
        "congressmen",
        "congresswomen",
        "governors",
        "govs",
        "mayors",
        "ministers",
        "presidents",
        "judges",
        "justices",
        "councillors",
        "councilors",
        "commissioners",
        "mps",
        "meps",
        "ambassadors",
        "secretaries",
        "generals",
        "drs",
        "professors",
        "profs",
        "coaches",
        "directors",
        "chairmen",
        "sheriffs",
        "detectives",
        "candidates",
        "activists",
        "founders",
    }
)
# nouns for people that a name may follow, besides roles (_ROLE_HEADS: "Billionaire Tom Steyer")
# and those _DESCRIBING_ENDS tells ("Expert Jane Doe", "Swede Henrik Stenson")
_DESCRIBING_WORDS = frozenset({"expert", "swede", "canuck"})
# how a word that describes a person ends: a nation's or a place's people ("American", "Italian";
# "Swede" excepted), a trade ("Shrimper", "Moviemaker", "Lawyer", "Astronomer")
_DESCRIBING_ENDS = ("an", "ese", "ish", "er", "ist")
# a word told by its ending is this long or longer: "San Francisco Bay Area" is no describing word
# before a given name ("Francisco")
MIN_DESCRIBING_LETTERS = 4


def _describes(token: str, word: str) -> bool:
    """A capitalised word before a given name that describes the person, no name of theirs: a
    possessive ("Twitter's Adam Sharp"), a role or a noun for a person ("Historian Alan Brinkley",
    "Actor Kevin Costner"), a nation's or a trade's word ("American Bobby Fischer", "Shrimper
    Randy Nunez"); not a given name that the lists lack ("José Manuel Barroso", "Tariq Al Shaikh")."""
    if _POSSESSIVE.search(token):
        return True
    return token[1:].islower() and (
        word in _ROLE_HEADS
        or word in _PERSON_NOUNS
        or word in _DESCRIBING_WORDS
        or (word.endswith(_DESCRIBING_ENDS) and len(word) >= MIN_DESCRIBING_LETTERS)
    )


# the census list of given names (as analyse.entities reads it), for a describing word before a
# given name and a surname ("Actor Leonardo DiCaprio", "Comedian Ellen DeGeneres")
GIVEN_NAMES_FILE = "data/given_names.txt"


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The lower-case given names of GIVEN_NAMES_FILE and _FIRST_NAMES."""
    text = resources.files("newsprism.analyse").joinpath(GIVEN_NAMES_FILE).read_text(encoding="utf-8")
    return _FIRST_NAMES.union(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _group_name(phrase: str) -> str:
    """A group phrase as a speaker: no determiner, no possessive ("the Obama campaign" -> "Obama
    campaign", "Obama’s campaign" -> "Obama campaign")."""
    words = [_POSSESSIVE.sub("", w) for w in phrase.split()]
    # a word that opens the sentence, and what a caption's credit leaves before an article ("Now
    # Tea Party conservatives are claiming", "But lawmakers still stressed", "AP A coalition of
    # environmental groups"), are none of the group's name
    for k in range(len(words) - 2, 0, -1):
        if words[k] in ("A", "An", "The"):
            words = words[k:]
            break
    while len(words) > 1 and words[0].lower() in _GROUP_OPENERS:
        words = words[1:]
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


_GROUP_OPENERS = frozenset({"and", "but", "so", "now", "then", "yet", "still", "also", "there"})


@lru_cache(maxsize=1 << 16)  # the same runs come back across an article and across articles
def _organisation(run: str) -> str | None:
    """The name of the organisation or group a capitalised run names ("The State Department",
    "NAACP", "House Democrats", "St. Louis Tea Party"), None for a person's name."""
    tokens, _ = _strip_phrase(run)
    if not tokens or _looks_personal(tokens) and not any(_is_acronym(t) for t in tokens):
        return None
    words = [w.lower().rstrip(".").removesuffix("’s").removesuffix("'s") for w in run.split()]
    if any(w in _ORG_WORDS or w in _GROUP_HEADS for w in words) or any(_is_acronym(t) for t in tokens):
        return _group_name(run)
    return None


def _organisation_name(run: str) -> str | None:
    """An organisation's name as a speaker for "it" or "the company": the run from its last inner
    "The" ("Reuters The White House commission"), without the sentence words that open it ("But BP",
    "Yet BP"); None for a head alone ("company"), a dateline ("AP ON THE GULF OF MEXICO") or none."""
    words = run.split()
    inner = [i for i, w in enumerate(words) if w == "The"]
    words = words[inner[-1] + 1 :] if inner else words
    while words and (words[0].lower() in _STOPWORDS or words[0].lower() in _OPENING_WORDS):
        words = words[1:]
    name = " ".join(words)
    if len(words) < 2 and name.lower() in _GROUP_HEADS or not words or _is_dateline(name):
        return None
    return name


def _is_acronym(token: str) -> bool:
    """ "NAACP", "GOP", "NRA": 2 to 5 capitals (a longer run is a dateline, "WASHINGTON", or a
    label, "UPDATE"; dotted "U.S." is a country)."""
    return 2 <= len(token) <= 5 and token.isalpha() and token.isupper()


def _name_of(run: str) -> str | None:
    """The name in a run that may hold an "of": the person before it ("Mike Thompson of
    California"), else the person after it ("Secretary of State Antony Blinken"), else the whole run
    as an organisation's name ("Department of Defense"); None for a run with no name in it, or
    one that is a dateline or a date ("PENSACOLA BEACH , Florida", "Thu Oct 21 , 2010")."""
    if _is_dateline(run):
        return None
    parts = _OF.split(run, maxsplit=1)
    for part in parts:
        tokens, _ = _strip_phrase(part)
        if tokens and _looks_personal(tokens):
            return part
    tokens, _ = _strip_phrase(run)
    return run if tokens else None


def _is_dateline(run: str) -> bool:
    """Two or more words that make a date ("Mon May", "Tue Jan"), or a place or a label in
    capitals ("NEW YORK", "PENSACOLA BEACH", "MANAGER'S VIEW", and one word of a place the gazetteer
    knows: "CAIRO, Egypt -"): no speaker. A capitals word of up to 5 letters may be an acronym ("BP
    PLC", "NAACP"), and one of 3 letters a country's ("USA")."""
    words = run.split()
    if len(words) < 2:
        return run.isupper() and len(run) > 3 and run.casefold() in _places()
    if all(w.casefold().rstrip(".") in _DATE_WORDS for w in words):
        return True
    if not all(w.isupper() for w in words):
        return False
    return run.casefold() in _places() or any(len(w) > 5 and w.isalpha() for w in words)


def _group_subject_like(text: str, at: int) -> bool:
    """A group name at `at` stands where a subject stands, its article and adjectives included
    ("The nearby St. Louis Tea Party had", not "to the NAACP's plan")."""
    lead = _ARTICLE_LEAD.search(text[max(0, at - 40) : at])
    return _subject_like(text, at - len(lead.group(0)) if lead else at)


def _gerund_opens(text: str, at: int, run: str) -> bool:
    """A name run at `at` opens its sentence with a gerund ("Painting Biden’s calls for unity as
    “empty platitudes,” the South Carolina Republican accused"): the participle's object, no
    subject, and the gerund no name's word. A word of MIN_GERUND_LETTERS or more ending in "ing"
    that news write in lower case (WORD_FREQUENCIES_FILE lists it), no given name, title or place
    ("Sterling Brown", "Irving Berlin" are not listed; "Acting", "Beijing" are)."""
    first, _, rest = run.partition(" ")
    if not rest or not first.endswith("ing") or len(first) < MIN_GERUND_LETTERS:
        return False
    before = text[max(0, at - 3) : at].rstrip()
    if before and before[-1] not in '.!?"”\n':
        return False
    word = first.lower()
    return word in _idf() and word not in _FIRST_NAMES and word not in _TITLES and word not in _places()


def _stands_as_subject(text: str, start: int, end: int) -> bool:
    """A name at text[start:end] is a subject: where a subject stands, or after a speech verb that
    follows what was said and takes no person as object, the name ending its clause (", said Adam
    Babich, director of", not "He said Grassley would" nor "told Adam Babich")."""
    if _subject_like(text, start):
        return True
    before = text[max(0, start - 30) : start].rstrip()
    verb = _last_word(before)
    if verb == "asked" and _ASKED_ABOUT.match(text, end):
        # "one lawmaker asked Thomas Perrelli whether ...": the person asked is who answers next
        return True
    if verb not in _INVERTING_VERBS or not before[: -len(verb)].rstrip().endswith((",", "”", '"')):
        return False
    return _INVERTED_SUBJECT_END.match(text, end) is not None


# what a question put to a person opens with (_stands_as_subject)
_ASKED_ABOUT = re.compile(r"[^\S\n]+(?:whether|if|about|why|how|what|when|where)\b")


def _titled_surname(phrase: str) -> bool:
    """A phrase of a title and one name whose title is a person's ("President Biden", "Gov.
    Perry"), not a word that may open an organisation's name ("General Motors", "State Farm")."""
    words = phrase.split()
    return len(words) > 1 and words[-2].lower().rstrip(".") in _PERSON_TITLES


def _title_of(before: str) -> bool:
    """The text ends with a capitalised title and "of" ("Secretary of")."""
    words = before.rsplit(None, 2)
    return len(words) > 1 and words[-2][:1].isupper() and words[-2].lower() in _TITLES


def _subject_like(text: str, at: int) -> bool:
    """A name at `at` stands where a subject stands: after a sentence or clause break or a
    conjunction, not after a verb, a preposition or an article ("chided Obama", "of Obama")."""
    before = text[max(0, at - 80) : at].rstrip()
    last = before.rsplit(None, 1)[-1] if before else ""
    # a title's lower-case modifier or its "of" belongs to the name ("former Vice President Joe
    # Biden", "Secretary of State Jane Rice"): look before them
    while last in _TITLE_MODIFIERS or last == "of" and _title_of(before):
        before = before[: -len(last)].rstrip()
        if last == "of":
            before = before[: -len(before.rsplit(None, 1)[-1])].rstrip()
        last = before.rsplit(None, 1)[-1] if before else ""
    if last.isalpha() and last.islower() and last not in _DETERMINERS and before.endswith(f" of {last}"):
        # a title in lower case with its "of" ("former US secretary of transportation Norm Mineta"):
        # look before the "of"
        head = before[: -len(last) - 4].rstrip()
        if _last_word(head).lower() in _ROLE_HEADS:
            before, last = head, _last_word(head).lower()
    role = _ROLE_PREFIX.search(before) if last in _ROLE_HEADS else None
    if role is not None:  # "Republican presidential candidate Rick Perry": look before the title
        before = before[: role.start()].rstrip()
    elif last in _PERSON_NOUNS:  # "Her brother Jack went on", ", his wife Jane said": look before them
        before = before[: -len(last)].rstrip()
        determiner = before.rsplit(None, 1)[-1] if before else ""
        if determiner.lower() in _DETERMINERS:
            before = before[: -len(determiner)].rstrip()
    # (a search anchored at the end tries every start: asked only when the last word may end one)
    quantity = _QUANTITY.search(before) if _may_end_quantity(before) else None
    if quantity is not None:  # "Close to three dozen House Democrats": look before the number
        before = before[: quantity.start()].rstrip()
    if not before or before[-1] in '.,;:—–(“"\n':
        # not right after a quote that closes on a word inside its sentence ("sad for “good friend”
        # Baghdatis because"), on the same line
        return not (before[-1:] == '"' and _after_words_quoted(text, at))
    if before[-1] == "”":
        return not _after_words_quoted(text, at)
    word = _last_word(before)
    # "according to leading lawyer Athar Minallah": a source, as a subject is
    return not word or word[0].isupper() or word in _CONJUNCTIONS or before.endswith("according to")


def _after_words_quoted(text: str, at: int) -> bool:
    """Only spaces between `at` and a closing quote mark that follows a letter ("for “good friend”
    Baghdatis"), not a mark after punctuation (`,” Baghdatis said`) nor one on another line."""
    k = at
    while k and text[k - 1] in " \t\xa0":
        k -= 1
    return k > 1 and text[k - 1] in '"”' and text[k - 2].isalpha()


# what may stand before a noun for a person before a name ("Her brother Jack", "the witness Jane Doe")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your"})


def _may_end_quantity(before: str) -> bool:
    """The stripped text's last word ends as _QUANTITY's last word can ("dozen", "90", "of")."""
    return bool(before) and before.rsplit(None, 1)[-1].casefold().endswith(_QUANTITY_ENDS)


def _last_word(text: str) -> str:
    """The run of word characters (regex \\w) that ends the text, "" if none."""
    i = len(text)
    while i and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:]


def _one_letter_apart(known: str, word: str) -> bool:
    """A surname written with one letter changed, added or dropped ("Cowen", "Cowan"): both of
    MIN_MISSPELT_LETTERS or more, the first letter kept."""
    if min(len(known), len(word)) < MIN_MISSPELT_LETTERS or known[0] != word[0] or known == word:
        return False
    if len(known) == len(word):
        return sum(a != b for a, b in zip(known, word, strict=True)) == 1
    short, long = sorted((known, word), key=len)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _surname(tokens: Sequence[str]) -> str:
    return tokens[-1].casefold().rstrip(".")


@lru_cache(maxsize=1 << 16)  # the same names come back run after run, and across articles
def _looks_personal_run(tokens: tuple[str, ...]) -> bool:
    return _looks_personal(tokens)


def _looks_personal(tokens: Sequence[str]) -> bool:
    """Capitalised words, none of them a word of organisations or places, not an acronym, nor a
    title, but as the surname after a given name (_given_names: "Billy King", "Ann Hall", "Drew
    Fox", "Erik Prince")."""
    last = len(tokens) - 1
    for k, token in enumerate(tokens):
        word = token.lower().rstrip(".")
        if word in _NOT_NAME:
            return False
        if word in _NOT_PERSON or word in _TITLES:  # (the given names are asked only then)
            surname = k == last and k and tokens[0].lower() in _given_names()
            if not surname or (word in _NOT_PERSON and word not in _SURNAME_WORDS):
                return False
        if len(token) > 1 and token.isupper() and not token.endswith("."):
            return False
    return True


# ---------------------------------------------------------------------------------------------------
# 2. cues
# ---------------------------------------------------------------------------------------------------
def _cue_after(window: str, offset: int, it: bool = False, ended: bool = False) -> _Cue | None:
    """2a: a speaker phrase right after the quote (`,” Mr. Steele said`, `,” said Buck`); with `it`,
    also `,” it said` (an "it" cue, _it); `ended`: the quote ends with . ! or ?."""
    if "quoted" in window:
        window = _as_saying(window)
    lead = _CUE_LEAD.match(window)
    rest = window[lead.end() if lead else 0 :]
    base = offset + len(window) - len(rest)
    if "statement" in rest and (cue := _statement_from(_STATEMENT_AFTER.match(rest), base)) is not None:
        return cue
    subject = _SUBJECT_BEFORE_VERB.match(rest)
    if ended and subject is not None and _REPORTED_CLAUSE.match(rest, subject.end()):
        # `… folks of this world . " Kennon said he is relieved`: a quote that ends its sentence, then
        # a new sentence whose verb reports a clause of its own, not this quote
        return None
    cue = _cue(subject, base)
    if cue is None and rest[:1].islower() and (particle := _PARTICLE_FIRST.match(rest)) is not None:
        # `,” de Blasio said`: a surname that opens with its particle in lower case
        named = _SUBJECT_BEFORE_VERB.match(rest, particle.end())
        if named is not None and named.group("name") and named.start("name") == particle.end():
            cue = _Cue("name", rest[: named.end("name")], base)
    verb = _VERB.match(rest)
    if cue is None and verb is not None:
        after = _SUBJECT_AFTER.match(rest, verb.end())
        cue = _cue(after, base)
        if (
            cue is not None
            and after is not None
            and cue.kind in ("name", "np")
            and (role := _ROLE_AFTER_NAME.match(rest, after.end()))
        ):
            # "said the Navy chief": the role, not the organisation that opens it
            start = after.start(cue.kind)
            cue = _Cue("np", rest[start : role.end()], base + start)
        # ," said his mother, Jane Smith; ," said running back Rashard Mendenhall
        named = _NOUN_THEN_NAME.match(rest, verb.end())
        if named is None and verb.group(0) in _INVERTING_VERBS:
            named = _ROLE_THEN_NAME.match(rest, verb.end())
            # a phrase cut at a number is no subject ("said the 36 - year - old Klitschko")
            if named is None and (cue is None or (cue.kind == "np" and cue.text[-1:].isdigit())):
                named = _described_name(rest, verb.end())
        if named is not None:
            cue = _Cue("name", named.group("name"), base + named.start("name"))
    if cue is None and verb is None and (found := _VERB.search(rest)) is not None:
        if (
            rest.startswith(("a ", "an ", "A ", "An "))
            and (unnamed := _UNNAMED_SOURCE.match(rest)) is not None
        ):
            return _unnamed_source(unnamed, base)
        if "spokes" in rest:
            cue = _spokesperson(rest, found.start(), base)
        # (a name before "according to" is no subject of it: "“…” of former Vice President Joe
        # Biden, according to internal emails")
        if cue is None and not found.group(0).startswith("according"):
            cue = _cue_after_role(rest, found.start(), base)
    if cue is None and it and rest.startswith("it") and _IT_SAID.match(rest):
        cue = _Cue("it", "it", base)
    if " No. " in rest and (cue is None or cue.kind == "name" and cue.text.endswith(" No")):
        cue = _numbered(rest, base, cue)
    return cue


# the number that ends a name after "No." ("Juror No. 8"), no other name after it (_numbered)
_NUMBER_AFTER_NO = r"(?<=\bNo)\.[^\S\n]+\d+\b(?![^\S\n]+[A-Z])"
_NUMBER_ENDS_NAME = re.compile(_NUMBER_AFTER_NO)
_NUMBERED_SUBJECT = re.compile(rf"(?P<name>{_NAME}{_NUMBER_AFTER_NO})[^\S\n]+{_BETWEEN}(?:{_VERB.pattern})")


def _numbered(rest: str, offset: int, cue: _Cue | None) -> _Cue | None:
    """2a: a name that ends with "No." and a number, which a name run does not hold: `," said Juror
    No. 8, one of` (the cue found is "Juror No"), `," Juror No. 12 said` (none found)."""
    if cue is None:
        m = _NUMBERED_SUBJECT.match(rest)
        return _Cue("name", m.group("name"), offset) if m is not None else None
    number = _NUMBER_ENDS_NAME.match(rest, cue.at - offset + len(cue.text))
    return _Cue("name", cue.text + number.group(0), cue.at) if number is not None else cue


def _unnamed_source(m: re.Match[str], offset: int) -> _Cue:
    """An unnamed source brought in with "a" or "an" (_UNNAMED_SOURCE) is someone new, no one
    named before: the organisation named with it speaks ("a Twitter representative told" ->
    Twitter, "an Interior official said" -> Interior), as for a spokesperson; with none, or with a
    party's or a nation's word ("a Republican representative", "a senior official", "a British
    official") or a grouping of teams ("an Eastern Conference executive"), nobody named does."""
    org, head = m.group("org"), m.group("head")
    words = org.split() if org else []
    if any(w.lower() in _NOT_ORGANISATION or w.endswith(_DEMONYM_ENDS) for w in words) or (
        words and words[-1].lower() in _MEMBERS_GROUPINGS
    ):
        words = []
    if words and head:  # "a Biden administration official"
        return _Cue("group", f"{org}{head}", offset + m.start("org"))
    if words:
        return _Cue("name", org.rstrip(), offset + m.start("org"))
    if head:  # "a senior administration official": the administration named before
        return _Cue("group", f"the {head}", offset + m.start("head"))
    return _Cue("unnamed", "", offset + m.start())


# what a speech verb reports when it brings in a clause of its own ("said he is relieved", "said
# Tuesday that"), not the quote before it
_REPORTED_CLAUSE = re.compile(
    r"(?:[^\S\n]+(?:on[^\S\n]+)?[MTWFS][a-z]{2,5}day)?[^\S\n]+"
    r"(?:that|he|she|it|they|we|I|the|a|an|his|her|their|its|there|this)\b"
)


def _spokesperson(window: str, verb: int, offset: int) -> _Cue | None:
    """An unnamed spokesperson, the subject of the verb at `verb`, speaks for the organisation named
    with it ("A Downing Street spokesman said", "a spokeswoman for the Obama campaign said")."""
    m = _SPOKESPERSON_SUBJECT.search(window, 0, verb)
    if m is None:
        return None
    org = m.group("before") or m.group("after")
    return _Cue("name", org, offset + m.start("before" if m.group("before") else "after"))


def _cue_after_role(rest: str, verb: int, offset: int) -> _Cue | None:
    """2a: a name after a role right after the quote, the subject of the verb at `verb` (`," Kings
    coach Marc Crawford said`, `," Comcast executive vice president David Cohen said`): up to
    MAX_ROLE_WORDS words before the name, one of them a role, none a preposition but "of" (not `,"
    the report by Smith said`)."""
    # (asked first, cheaply: a role word before the verb)
    if _ROLE_WORD.search(rest, 0, verb) is None:
        return None
    subject = _subject_before(rest, verb)
    if subject is None or not (name := subject.group("name")):
        return None
    words = rest[: subject.start()].split()
    if not 1 <= len(words) <= MAX_ROLE_WORDS or not _ROLE_WORDS.fullmatch(rest, 0, subject.start()):
        return None
    lower = [w.lower().rstrip(",") for w in words]
    # (a preposition makes the name its object, a conjunction another clause's subject: ," though
    # Judge James Bodiford said jurors ...; "and" joins roles: "team president and general manager")
    if any(w in _PREPOSITIONS and w != "of" for w in lower) or any(w in _CLAUSE_OPENERS for w in words):
        return None
    # a role among the words, or a few words in lower case before a titled name (," newly
    # sworn-in Senate Majority Leader Chuck Schumer said)
    titled = len(_strip_phrase(name)[0]) < len(name.split())
    # (a hyphenated role by its last part: "co-CEO", "editor-in-chief")
    heads = [w.rpartition("-")[2] for w in lower]
    if not any(w in _ROLE_HEADS or w in _PERSON_NOUNS for w in heads) and not (
        titled and len(words) <= 3 and all(w.islower() for w in words)
    ):
        return None
    return _cue(subject, offset)


def _described_name(rest: str, at: int) -> re.Match[str] | None:
    """A person's name after a few words in lower case that describe it, the subject after an
    inverting verb ending at `at` ("said owner Ted Leonsis, who", "said former Massachusetts Gov.
    Michael Dukakis", "said 17 - year - old Jeremy Ortiz"): two names or more, or a name after a
    title, and no word of a clause ("said he told John Smith")."""
    m = _DESCRIBED_NAME.match(rest, at)
    if m is None or any(w in _NOT_DESCRIPTION for w in m.group("words").split()):
        return None
    words = m.group("name").split()
    tokens, _ = _strip_phrase(m.group("name"))
    if not tokens or not _looks_personal(tokens):
        return None
    # one name only after a title ("said head Coach Ryan"), not after a place's word ("a New Yorker"),
    # or after a determiner and its description ("said the 36 - year - old Klitschko", "said an
    # upbeat Colaiacovo")
    titled = len(tokens) < len(words) and words[-2].lower().rstrip(".") not in _TITLE_PREFIXES
    return m if len(tokens) > 1 or titled or (m.group("det") and len(words) == 1) else None


def _statement_from(m: re.Match[str] | None, offset: int) -> _Cue | None:
    """The source a statement is from (_STATEMENT_FROM): the person named in apposition to its
    owner's role ("Grimm's attorney, William McGinley"), the owner of an office ("Harry Reid's
    office"), else the source itself; None for a role of the owner's with no name."""
    if m is None:
        return None
    if m.group("apposed"):
        return _Cue("name", m.group("apposed"), offset + m.start("apposed"))
    if m.group("role") not in (None, "office"):
        return None
    return _Cue("name", m.group("source"), offset + m.start("source"))


def _as_saying(window: str) -> str:
    """The window with "X was quoted (by Y) as saying" written "X said", and "Y quoted X as saying"
    written "X said" (`," Bayern general manager Uli Hoeness was quoted as saying`, `," Xinhua
    quoted Erekat as saying`), padded with spaces to keep every offset."""
    passive = _QUOTED_PASSIVE.search(window)
    if passive is not None:
        said = " said".ljust(passive.end() - passive.start())
        return window[: passive.start()] + said + window[passive.end() :]
    active = _QUOTED_ACTIVE.search(window)
    if active is None:
        return window
    said = " said".ljust(active.end() - active.end("obj"))
    return " " * active.start("obj") + active.group("obj") + said + window[active.end() :]


_ACCORDING_TO = re.compile(r"\baccording to\b")


def _according_to(window: str, offset: int) -> _Cue | None:
    """2a: `, according to X` after the quote, before any other quote."""
    if "according to" not in window:  # (most windows: no search)
        return None
    according = _ACCORDING_TO.search(window.split(_QUOTE_HOLE.strip())[0])
    if according is None:
        return None
    return _source_after(window, according.end(), offset)


def _source_after(window: str, at: int, offset: int) -> _Cue | None:
    """The source after "according to" ending at `at`: the person after a role ("according to
    Wilson Center director Rojansky", not 'Wilson Center'), else the subject there."""
    named = _ROLE_THEN_NAME.match(window, at)
    if named is not None:
        return _Cue("name", named.group("name"), offset + named.start("name"))
    return _cue(_SUBJECT_AFTER.match(window, at), offset)


# nouns for people that may stand before a name like a role ("witness Devonte Brown", "his brother
# Philonise Floyd"), though "the witness" alone is nobody named (not in _ROLE_HEADS)
_PERSON_NOUNS = frozenset(
    [
        "witness",
        "resident",
        "neighbour",
        "neighbor",
        "passenger",
        "victim",
        "student",
        "survivor",
        "mother",
        "father",
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "sister",
        "friend",
        "partner",
        # who speaks for someone ("her agent, Mark Roesler, said")
        "agent",
        "publicist",
        # sport positions ("Canucks forward Taylor Pyatt", "running back Rashard Mendenhall")
        "forward",
        "defenceman",
        "defenseman",
        "goaltender",
        "goalie",
        "guard",
        "center",
        "centre",
        "back",
        "tackle",
        "leader",
    ]
)
# words of a role before a name (_cue_after_role): no more, and no punctuation between them
MAX_ROLE_WORDS = 6
_ROLE_WORDS = re.compile(r"(?:[\w.&’'\-]+[^\S\n]+)*[\w.&’'\-]+,?[^\S\n]+")  # ("his mother, Jane Smith")
_ROLES_AND_NOUNS = sorted(_PERSON_NOUNS | _ROLE_HEADS)
_ROLE_WORD = re.compile(_word_alternatives(_ROLES_AND_NOUNS), re.IGNORECASE)
# a role, then the name, after a verb whose subject may follow ("said running back Rashard Mendenhall",
# "said White House press secretary Jay Carney", "said Vancouver police spokesperson Tim Fanning")
_ROLE_THEN_NAME = re.compile(
    r"[^\S\n]+(?:(?!(?:that|who|which|when|while|because|if|as|on|in|at)\b)[\w.’'\-]+[^\S\n]+){0,3}"
    rf"(?:{'|'.join(_ROLES_AND_NOUNS)})"
    rf"[^\S\n]+(?P<name>{_NAME})(?={_INVERTED_SUBJECT_END.pattern})"
)
# a person noun or a role, then the name in apposition, after a verb ("said his mother, Jane Smith")
_NOUN_THEN_NAME = re.compile(
    rf"[^\S\n]+(?:his|her|their|the|an?)[^\S\n]+(?:[\w\-]+[^\S\n]+){{0,2}}?"
    rf"(?:{'|'.join(_ROLES_AND_NOUNS)}),[^\S\n]+(?P<name>{_NAME})"
)
# an unnamed spokesperson and the organisation named with it, just before a verb (_spokesperson)
_SPOKESPERSON_SUBJECT = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)[^\S\n]+(?:(?P<before>{_NAME})[^\S\n]+spokes(?:man|woman|person)"
    rf"|spokes(?:man|woman|person)[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?(?P<after>{_NAME}"
    rf"(?:[^\S\n]+(?:{'|'.join(sorted(_GROUP_HEADS))}))?))[^\S\n]+{_BETWEEN}$"
)
_CLAUSE_OPENERS = (_CONJUNCTIONS | _CLAUSE_WORDS) - {"and", "or"}
# an unnamed source brought in with an indefinite article, right after a quote (`," a Twitter
# representative told`, `," an Interior official said`, `," a senior administration official
# said`): capitalised words that name an organisation (group "org"), lower-case words, a source's
# head, its verb
_UNNAMED_SOURCE = re.compile(
    rf"(?:[Aa]n?)[^\S\n]+(?:(?!(?:{'|'.join(sorted(_ORG_HEADS))})\b)[a-z][\w\-]*[^\S\n]+){{0,2}}(?P<org>(?:{_CAP}[^\S\n]+){{1,3}})?"
    rf"(?:(?P<head>{'|'.join(sorted(_ORG_HEADS))})[^\S\n]+)?(?:[a-z][\w\-]*[^\S\n]+){{0,2}}"
    r"(?:official|representative|employee|staffer|aide|source|executive|insider|adviser|advisor|officer)"
    rf"[^\S\n]+{_BETWEEN}(?:{_VERB.pattern})"
)
# words of a party or a nation before an unnamed source ("a Republican representative", "a Democratic
# aide", "an American official"), which name no organisation that speaks
_NOT_ORGANISATION = frozenset(
    {"republican", "democratic", "democrat", "gop", "senior", "former", "u.s.", "us", "eu", "un"}
)
_DEMONYM_ENDS = ("an", "ese", "ish", "ic", "i")
# the last word of a grouping of teams, whose unnamed source is some member's ("an Eastern Conference
# executive said": a team's executive, not the conference speaking)
_MEMBERS_GROUPINGS = frozenset({"conference", "division"})
# a name after lower-case words that describe it, after a verb whose subject may follow ("said owner
# Ted Leonsis", "said 32-year-old protester Paris Kyriakides"; _described_name)
_DESCRIBED_NAME = re.compile(
    rf"[^\S\n]+(?:(?P<det>an?|the)[^\S\n]+)?(?P<words>(?:(?:[a-z\d][\w’'\-]*|-)[^\S\n]+){{1,5}})"
    rf"(?P<name>{_NAME})(?={_INVERTED_SUBJECT_END.pattern})"
)
# a statement from a named source, which speaks for it ("said the statement from Grimm's attorney,
# William McGinley", "reads a statement from Senate Majority Leader Harry Reid's office", "the
# statement from the White House said", "A statement from Buckingham Palace on Friday said:")
_STATEMENT_FROM = (
    r"\b(?:[Aa]n?|[Tt]he)[^\S\n]+(?:[a-z]+[^\S\n]+)?statement[^\S\n]+(?:from|by)[^\S\n]+(?:the[^\S\n]+)?"
    rf"(?P<source>{_NAME})(?:[’']s[^\S\n]+(?P<role>[a-z]+)(?:,[^\S\n]+(?P<apposed>{_NAME}))?)?"
)
_STATEMENT_AFTER = re.compile(
    rf"(?:(?:said|says|read|reads|stated)[^\S\n]+)?{_STATEMENT_FROM}(?=[^\S\n]*[,.;:(]|[^\S\n]+(?:"
    rf"(?:[a-z]+ly|on|[A-Z][a-z]+day)[^\S\n]+)*(?:said|says|read|reads|stated|added)\b(?![^\S\n]*:))"
)
_STATEMENT_BEFORE = re.compile(
    rf"{_STATEMENT_FROM}(?:[^\S\n]+(?:on[^\S\n]+)?[A-Z][a-z]+day)?[^\S\n]+(?:said|says|read|reads|stated)"
    r"[^\S\n]*[:,]?[^\S\n]*$"
)
# title words that are no title before a lone name ("a New Yorker", "the then Speaker")
_TITLE_PREFIXES = frozenset(
    {"new", "then", "former", "fellow", "us", "u.s", "uk", "house", "senate", "state", "home"}
)
# a person's titles before a lone surname (titled_person): the titles but those that may open the name
# of an organisation or a place, or only modify another title
_PERSON_TITLES = (
    _TITLES
    - _TITLE_PREFIXES
    - {
        "general",
        "foreign",
        "defense",
        "defence",
        "treasury",
        "interior",
        "majority",
        "minority",
        "district",
        "executive",
        "vice",
        "prime",
        "deputy",
        "assistant",
        "acting",
        "chief",
        "whip",
        "leader",
        "director",
    }
)
_ARTICLE_END = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_POSSESSIVE_AFTER = re.compile(r"\s?[’']s\b")
# lower-case words that modify a title before a name ("former Vice President Joe Biden"), and a
# title before "of" ("Secretary of State"): _subject_like looks before them
_TITLE_MODIFIERS = frozenset({"former", "then", "acting", "late", "outgoing", "incoming", "retired"})
# words that open a clause or an object, not a description: "said he told John Smith"
_NOT_DESCRIPTION = (
    _PREPOSITIONS
    | _CONJUNCTIONS
    | _CLAUSE_WORDS
    | {"he", "she", "they", "it", "we", "i", "you", "not", "no", "is", "was", "were", "are", "be", "been"}
    | {"has", "had", "have", "would", "will", "could", "should", "can", "may", "might", "must", "did", "do"}
    | {"does", "told", "said", "says", "asked", "called", "named", "thanked", "met", "and", "or"}
)
# a preposition just before a name ("the mayor of London")
_PREPOSITION_END = re.compile(r"\b(?:of|for|in|at|from)\s+(?:the\s+)?$")
# "X was quoted (by the New York Times) as saying", "Xinhua quoted Erekat as saying" (_as_saying)
_QUOTED_PASSIVE = re.compile(
    r"\s+(?:is|was|were|been)\s+quoted(?:\s+(?:by|in)\s+[^,;:\"“”◊]{1,60}?)?\s+as\s+saying\b"
)
_QUOTED_ACTIVE = re.compile(r"\bquoted\s+(?!(?:by|in)\b)(?P<obj>[^,;:\"“”◊]{1,60}?)\s+as\s+saying\b")
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|be)\s+$")  # before a participle
_SUBJECT_BEFORE_VERB = re.compile(rf"{_SUBJECT_LEAD}\s+{_BETWEEN}(?:{_VERB.pattern})")


def _cue_before(window: str, offset: int, people: _People, it: bool = False) -> _Cue | None:
    """2b: the speech verb nearest before the quote that has a subject; with `it`, also "It said
    “…”" and "which it called “…”" (an "it" cue, _it; not "it is called")."""
    if "statement" in window and (cue := _statement_from(_STATEMENT_BEFORE.search(window), offset)):
        return cue
    for verb in reversed(list(_VERB.finditer(window))):
        word = verb.group(0)
        if word in ("according to", "According to"):
            cue = _source_after(window, verb.end(), offset)
            if cue is not None:
                return cue
            continue
        if word in _PARTICIPLE and _VERB_THEN.search(window, 0, verb.start()):
            continue  # "Hutchinson said, adding, “…”": it goes on with that verb's speaker
        if "spokes" in window and (cue := _spokesperson(window, verb.start(), offset)) is not None:
            return cue
        # a participle hangs on its clause ("Biden downplayed it as Blinken left for China, saying"),
        # unless it is a tense ("Gen. Joseph Dunford is calling the report “…”")
        hangs = word in _PARTICIPLE and not _PROGRESSIVE.search(
            window, max(0, verb.start() - 7), verb.start()
        )
        subject = None if hangs else _subject_before(window, verb.start())
        if (
            subject is not None
            and subject.group("name")
            and window[subject.end("name") : verb.start()].strip() == ","
            and _in_participle(window, subject.start())
        ):
            # "A mother, recounting what her child told her to the Journal, said": the clause's
            # subject, or no one named
            return _clause_subject(window[: verb.start()], offset, people) or _Cue("unnamed", "", offset)
        if subject is None and it and not hangs and (m := _IT_BEFORE.search(window, 0, verb.start())):
            return _Cue("it_before", "it", offset + m.start())
        if subject is not None and _place_object(subject, people):
            # "A BP spokesman based in America described": the organisation it speaks for
            located = _LOCATED_BEFORE.search(window, 0, subject.start()) if "spokes" in window else None
            if (
                located is not None
                and (cue := _spokesperson(window, located.start() + 1, offset)) is not None
            ):
                return cue
            # "A federal judge in Maryland added": the clause's subject; if it names none, the
            # speaker is unnamed (no statement of an earlier speaker goes on)
            return _clause_subject(window[: verb.start()], offset, people) or _Cue("unnamed", "", offset)
        cue = _cue(subject, offset)
        # "said Gov. Perry: “…”", not a verb whose object is a person ("interrupted to ask Mr Mansfield")
        if cue is None and word in _INVERTING_VERBS:
            cue = _cue(_SUBJECT_AFTER.match(window, verb.end()), offset)
            cue = cue if cue is not None and cue.kind == "name" else None
        if cue is None:  # "Grimm stormed back, leaned into him and said, “…”"
            cue = _clause_subject(window[: verb.start()], offset, people)
        if cue is not None:
            return cue
    return None


def _in_participle(window: str, at: int) -> bool:
    """A name at `at` is in a phrase set off by a comma that opens with a participle in -ing ("A
    mother ..., recounting what her child told her to the Journal, said", "The ministry, citing
    Reuters, said"; the caller asks for the comma that closes it): the participle's object, no
    subject; not "including" ("Leaders, including Obama, said")."""
    comma = window.rfind(",", 0, at)
    if comma < 0:
        return False
    m = _PARTICIPLE_OPENS.match(window, comma + 1, at)
    return m is not None and m.group(1) != "including"


# a lower-case word in -ing after a comma (_in_participle)
_PARTICIPLE_OPENS = re.compile(r"[^\S\n]+([a-z]{3,}ing)\b")


def _subject_matches(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """pattern.finditer(text, pos, endpos) for a pattern of subjects (_SUBJECT_BEFORE,
    _CLAUSE_SUBJECT), tried only where a subject can start (_SUBJECT_START), not at every position
    (their pronouns open with a word boundary, which keeps the regex engine from skipping ahead)."""
    while (start := _SUBJECT_START.search(text, pos, endpos)) is not None:
        found = pattern.match(text, start.start(), endpos)
        if found is None:
            pos = start.start() + 1
        else:
            yield found
            pos = found.end()


def _subject_before(window: str, end: int) -> re.Match[str] | None:
    """_SUBJECT_BEFORE.search(window[:end]) (a search anchored at the end tries every start)."""
    return next(_subject_matches(_SUBJECT_BEFORE, window, 0, end), None)


def _place_object(subject: re.Match[str], people: _People) -> bool:
    """A name before a speech verb that is a place after a preposition, not the subject: "A
    federal judge in Maryland added", "Dr Simon Boxall, oceanographer at the ... center in
    Southampton, Hampshire, said", "the lawsuit from Nebraska and Oklahoma, where ..., argues".
    A spokesperson's principal and a document's author stay ("a spokesman for China said", "A
    statement from Beijing said"), as does a person of the article with a place's name ("with
    Allen")."""
    name = subject.group("name")
    if not name:
        return False
    # after "based in" and the like (_LOCATED_BEFORE, in the 30 characters before the subject: the
    # longest of its words, a preposition and their spaces), a place the gazetteer may not know ("A
    # BP spokesman based in America described"); else a place the gazetteer knows (asked first:
    # most subjects are neither)
    located = (
        _LOCATED_BEFORE.search(subject.string, max(0, subject.start() - 30), subject.start()) is not None
    )
    if not located and name.casefold() not in _places():
        return False
    if people.is_person(name) or _person_in_apposition(subject):
        return False
    if located:
        return True
    before = subject.string[max(0, subject.start() - 80) : subject.start()].split()
    while len(before) > 1 and before[-1] in ("and", "or") and before[-2][:1].isupper():
        before = before[:-2]  # "from Nebraska and Oklahoma"
    if not before or before[-1] not in _PREPOSITIONS:
        return False
    return not any(w.lower() in _DOCUMENTS or w.lower().startswith("spokes") for w in before[-4:-1])


# words that place a speaker before a preposition and a place ("a spokesman based in America")
_LOCATED = frozenset({"based", "located", "stationed", "speaking", "reporting", "writing"})
# ... the words and the preposition, before the place
_LOCATED_BEFORE = re.compile(
    rf"[^\S\n]+(?:{'|'.join(sorted(_LOCATED))})[^\S\n]+(?:{'|'.join(sorted(_PREPOSITIONS))})[^\S\n]+$"
)


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """The words for a country's people made of its one-word name and "i" or "n" ("pakistani",
    "azerbaijani", "iraqi", "nigerian", "syrian"), casefolded; no given name is one."""
    countries = [n.casefold() for n in places.country_names() if " " not in n]
    return frozenset(c + end for c in countries for end in ("i", "n"))


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Casefolded names of countries, US states, continents and cities of PLACE_MIN_POPULATION
    and more (analyse.places)."""
    names = {*places.city_names(PLACE_MIN_POPULATION), *places.country_names()}
    names.update(places.us_state_names(), places.continent_names())
    return frozenset(n.casefold() for n in names)


def _clause_subject(left: str, offset: int, people: _People) -> _Cue | None:
    """The first person, pronoun or role ("the governor") of a clause that stands where a subject
    stands (not after "of", "to", "the" ...): "Biden downplayed it as Blinken left, saying" -> Biden."""
    # a leading subordinate clause has its own subject ("After reporter Michael Scotto finished
    # his report, Grimm stormed back ... and said")
    lead = _SUBORDINATE.match(left)
    for m in _subject_matches(_CLAUSE_SUBJECT, left, lead.end() if lead else 0, len(left)):
        if not _subject_like(left, m.start()) or _credit(left, m.start(), m.end()):
            continue
        cue = _cue(m, offset)
        if cue is None:
            continue
        # an organisation speaks, unless it is part of a title ("Fox News host Glenn Beck"); a
        # surname after a person's title is a person ("President Trump returned ... to excoriating
        # the press as “…”")
        if (
            cue.kind == "name"
            and not people.is_person(cue.text)
            and (_organisation(cue.text) is None or _BEFORE_ROLE.match(left, m.end()))
            and not people.titled_person(cue.text, offset + m.start())
        ):
            continue
        return cue
    return None


def _credit(text: str, start: int, end: int) -> bool:
    """A name at text[start:end] in brackets of its own that credit a wire or a photo: after a
    dateline, before a dash or a colon ("WASHINGTON (AP) — Former U.S. Ambassador William Taylor
    provided", "Beijing (PTI):"), or opening a sentence ("(CNN)For the Fourth of July", ". ( AP )
    The Obama appointee"); no subject. Not an acronym brought in after its name ("Reckitt
    Benckiser (RB) on Friday issued")."""
    opened = text.rfind("(", max(0, start - 2), start)
    closed = text.find(")", end, end + 2)
    if opened < 0 or closed < 0:
        return False
    if text[closed + 1 : closed + 4].lstrip()[:1] in _CREDIT_AFTER:
        return True
    before = text[max(0, opened - 2) : opened].rstrip(" ")
    return not before or before[-1] in ".\n"


# what follows a credit's closing bracket (_credit): a dash or a colon (a set: "" is none of them)
_CREDIT_AFTER = frozenset("—–-:")


def _person_in_apposition(m: re.Match[str]) -> re.Match[str] | None:
    """The person's name that opens the apposition of a subject name following a preposition: a
    place or an organisation, then who speaks ("The mayor of London, Sadiq Khan, said", "The MP for
    Ashfield, Lee Anderson, said"); a full name (two words or more, titles taken off), no place
    ("Bishop Daniel Jenky, of Peoria, Ill., said")."""
    if m.end() <= m.end("name") or not _PREPOSITION_END.search(m.string, max(0, m.start() - 16), m.start()):
        return None
    comma = _APPOSITION_START.match(m.string, m.end("name"))
    inner = _NAME_RE.match(m.string, comma.end()) if comma is not None else None
    if inner is None or inner.end() > m.end():
        return None
    tokens = _strip_phrase(inner.group(1))[0]
    if len(tokens) < 2 or not _looks_personal(tokens) or inner.group(1).casefold() in _places():
        return None
    return inner


# a party's initial and a hyphen before a state's abbreviation: a lawmaker's tag, no name ("R-TX")
_PARTY_TAG = re.compile(r"(?<![\w.])[RDI]-[A-Z]")


def _party_tag(text: str, at: int) -> bool:
    """The name run at `at` is a party's tag ("R-TX") or the state in one ("N.Y." of "R-N.Y.")."""
    if text[at + 1 : at + 2] == "-":
        start = at
    elif at > 1 and text[at - 1] == "-":
        start = at - 2
    else:  # (most runs: no pattern asked)
        return False
    return _PARTY_TAG.match(text, start) is not None


def _cue(m: re.Match[str] | None, offset: int) -> _Cue | None:
    """The speaker phrase a subject match holds; None for no match or a name run that holds no
    name ("Tuesday", "Asked")."""
    if m is None:
        return None
    if m.group("name"):
        run = m.group("name")
        at = m.start("name")
        # (the characters around the run first: most runs are no tag)
        if (m.string[at + 1 : at + 2] == "-" or m.string[at - 1 : at] == "-") and _party_tag(m.string, at):
            return None  # "Sen. John Cornyn, R-TX, who heads ..., said", "Rep. Peter King, R-N.Y.,"
        inner = _person_in_apposition(m)
        if inner is not None:
            return _Cue("name", inner.group(1), offset + inner.start(1))
        name = _name_of(run)
        if name is None and m.start("name") > m.start():
            # "the Chancellor told the Commons", "the Prime Minister said": a role (_resolve)
            words = run.split()
            if words[-1].lower() in _ROLE_HEADS and all(w.lower() in _TITLES for w in words):
                return _Cue("np", m.group(0)[: m.end("name") - m.start()], offset + m.start())
        elif name is None and run.casefold() in _SURNAME_TITLES:
            name = run  # a title that is also a surname, alone ("King said" of Billy King: _resolve)
        return _Cue("name", name, offset + m.start("name")) if name else None
    kind = next(k for k in ("pron", "group", "np") if k in m.re.groupindex and m.group(k))
    return _Cue(kind, m.group(kind), offset + m.start(kind))


# ---------------------------------------------------------------------------------------------------
# find_quotes
# ---------------------------------------------------------------------------------------------------
# words a crowd chants or a sign reads, not one person's ("drawing boos and chants of “send her
# back”", "the crowd began chanting “lock her up”", "signs reading “…”"): no speaker, rather than
# the sentence's subject or "he"
_CHANT_BEFORE = re.compile(
    r"\b(?:(?:chants|cries|shouts)\s+of|chanting|chanted|signs?\s+(?:reading|that\s+read))\s*[,:]?\s*$"
)

_CHANT_ENDS = ("of", "ing", "ed", "read")
# a name for a thing ("a procedure known as “top kill”", "the so-called “Loop Current”", "a fake
# nude image, known as a “deepfake.”"): no one's words, not the sentence's subject's; the
# statement the sentence brings in goes on past it ("a so-called “safe third country” deal ...,
# calling it a “landmark agreement”")
_TERM_BEFORE = re.compile(r"\b(?:[Kk]nown[^\S\n]+as(?:[^\S\n]+(?:an?|the))?|[Ss]o-called)$")
# an indefinite pronoun as the subject of the verb right before a quote ("everyone screams “BIG
# GOVERNMENT”", "Someone asked “Is ...?”", "No one thinks “Hey ...”", "someone shouted “President
# Obama,”", "everyone who thought “Great!”"): no one named, not the statement of whoever spoke last
_ANYONE_BEFORE = re.compile(
    r"\b(?:(?:[Ee]very|[Ss]ome|[Aa]ny)(?:one|body)|[Nn]o(?:body|[^\S\n]one))(?:[^\S\n]+who)?"
    r"(?:[^\S\n]+(?!(?:a|an|the|to|of|in|on|at|for|with|else)\b)[a-z]+){1,2}$"
)


def find_quotes(text: str, article_id: str = "", names: Sequence[Mention] | None = None) -> list[Quote]:
    """Every direct quote of an article with its speaker, in text order (see the module docstring).

    `names`: the article's entity mentions, if already found; without them the names are read from
    the text's capitalised word runs.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quotes takes one article's text as a str, got {type(text).__name__}")
    lines = _lines(text)
    spans = _quote_spans(text, lines)
    if not spans:
        return []
    text = _lead_case(text)
    sentences = split_sentences(text)
    people = _People(text, names, sentences, spans)
    starts = people.starts  # (the sentences' starts, listed once)
    speakers: list[str | None] = []
    history: list[tuple[int, str]] = []  # (offset, name) of named speakers, for pronouns
    out = []
    titles = _titles(text, spans)
    for i, span in enumerate(spans):
        cue = _find_cue(text, spans, i, sentences, starts, people)
        speaker: str | None = None
        quoted_only = False  # words quoted inside a sentence, not the statement going on (2c)
        if cue is not None and cue.kind in _IT_KINDS:
            speaker = _it(cue, people, history, text, spans)
            if speaker is None:  # no organisation or document to be "it": as if "it said" were no cue
                cue = _find_cue(text, spans, i, sentences, starts, people, it=False)
        if cue is None:
            speaker, quoted_only = _continued(
                text, spans, i, speakers, lines, sentences, starts, people, history
            )
        elif cue.kind not in _IT_KINDS:
            speaker = _resolve(cue, people, history, text, spans)
        if speaker in _SEATS:
            speaker = _seated(speaker, text)
        # (a cue after the quote, `," Trump said`, brings in no chant)
        if speaker is not None and (cue is None or cue.at < span.start) and _chanted(text, span.outer_start):
            speaker = None
        speakers.append(speaker)
        if speaker is not None:
            history.append((span.start, speaker))
        if titles[i]:
            continue  # the title of a show or a book: its cue still serves the quotes after it
        out.append(
            Quote(
                article_id=article_id,
                quote=_quote_text(text, span),
                speaker=None if quoted_only or speaker and _thing_quoted(text, span) else speaker,
                start=span.start,
                end=span.end,
            )
        )
    return out


def _lead_case(text: str) -> str:
    """The text with the first word of a paragraph in its lead (the first MAX_LEAD_CHARS) that is
    written in capitals (UK tabloids, the Business Times: "KELLY Osbourne has blasted", "SINGAPORE
    Press Holdings reported") in the case of the name it opens, when it is a given name or a place,
    so that the name is the one the article writes after ("Kelly Osbourne"); an acronym stays ("HSBC
    Holdings"). The same length: offsets hold."""
    head = "\n" + text[:MAX_LEAD_CHARS]
    if _LEAD_CAPITALS.search(head) is None:
        return text
    return _LEAD_CAPITALS.sub(_lead_word, head)[1:] + text[MAX_LEAD_CHARS:]


def _lead_word(m: re.Match[str]) -> str:
    word = m.group(1)
    folded = word.casefold()
    return "\n" + word.capitalize() if folded in _given_names() or folded in _places() else m.group(0)


def _chanted(text: str, at: int) -> bool:
    """Whether the quote opening at `at` is what a crowd chants or a sign reads (_CHANT_BEFORE),
    or what someone unnamed says (_ANYONE_BEFORE)."""
    before = text[max(0, at - 40) : at].rstrip(" ,:")
    # how the last word ends, or "one"/"body", first: the patterns are searched before few quotes
    if before.endswith(_CHANT_ENDS) and _CHANT_BEFORE.search(before) is not None:
        return True
    return ("one " in before or "body " in before) and _ANYONE_BEFORE.search(before) is not None


def _named_thing(text: str, at: int) -> bool:
    """Whether the quote opening at `at` is a name for a thing (_TERM_BEFORE)."""
    before = text[max(0, at - 20) : at]
    # ("known" or "called" in it first: the pattern is searched before few quotes)
    return ("known" in before or "called" in before) and _TERM_BEFORE.search(before.rstrip(" ")) is not None


def _thing_quoted(text: str, span: _Span) -> bool:
    """Whether the quote is a name for a thing, after "known as" (_named_thing) or before a noun
    for a method or plan (_thing_name, asked only of short quotes)."""
    return _named_thing(text, span.outer_start) or (
        span.end - span.start <= MAX_THING_CHARS and _thing_name(text, span)
    )


def _thing_name(text: str, span: _Span) -> bool:
    """Whether a quote of two or three words is the name of the thing the noun after it names
    (`its high-risk " top kill " operation`, `the “Recall Express” campaign bus`, `a " clean energy "
    bill`): nobody's words. One word is often the speaker's own (`a “catch-and-release” policy`,
    `the “rigged” system`), and so are words of degree (`" very strong " plans`)."""
    # (the noun first: few quotes come before one)
    if _THING_AFTER.match(text, span.outer_end) is None:
        return False
    words = text[span.start : span.end].split()
    return text[span.end - 1] not in ".,!?" and 2 <= len(words) <= 3 and words[0].lower() not in _DEGREE


MAX_THING_CHARS = 40  # longer than any name of two or three words that _thing_name reads (asked first)


_DEGREE = frozenset({"very", "so", "too", "most", "more", "less", "really", "truly", "deeply", "highly"})


# nouns for a method, a plan or a campaign that a name in quotes comes before (_thing_name)
_THING_AFTER = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:operation|procedure|method|process|technique|maneuver|manoeuvre|attempt|"
    r"approach|strategy|mode|option|campaign|movement|initiative|program|programme|plan|policy|bill|"
    r"rule|system|device|project|scheme|slogan|label|category)s?\b"
)


def _seated(place: str, text: str) -> str:
    """The organisation that `place` (_SEATS) stands for, when the text names it; else the place."""
    return next((org for org in _SEATS[place] if re.search(rf"\b{org}\b", text)), place)


def _sentence_at(starts: list[int], pos: int) -> int:
    """The index of the sentence holding `pos`: the last that starts at or before it (0 if none)."""
    return max(bisect_right(starts, pos) - 1, 0)


def _blank(text: str, start: int, end: int, spans: list[_Span]) -> str:
    """text[start:end] with every quote in it replaced by a hole. `spans` are in text order
    (_quote_spans): the first that starts at `end` or after ends the pass.

    In a text of more than FEW_SPANS quotes the pass starts at the first quote whose `reach` passes
    `start`: every quote before it ends at or before `start`, so (with start <= end, and each quote
    starting before it ends: _quote_spans keeps those with a word inside) none of them starts at
    `end` or after, and the pass would only have gone by them. It no longer goes over every quote
    before the part (20,000 quotes in one text took 15 s)."""
    parts, at = [], start
    for s in spans if len(spans) <= FEW_SPANS or start > end else _reaching(spans, start):
        if s.outer_start >= end:
            break
        if s.outer_end <= start:
            continue
        parts.append(text[at : max(s.outer_start, at)])
        parts.append(_QUOTE_HOLE)
        at = max(at, s.outer_end)
    parts.append(text[at:end])
    return "".join(parts)


def _reaching(spans: list[_Span], at: int) -> Iterator[_Span]:
    """The spans from the first whose `reach` passes `at` (_blank)."""
    for k in range(bisect_right(spans, at, key=_REACH), len(spans)):
        yield spans[k]


def _find_cue(
    text: str,
    spans: list[_Span],
    i: int,
    sentences: list,
    starts: list[int],
    people: _People,
    it: bool = True,
) -> _Cue | None:
    span = spans[i]
    first = sentences[_sentence_at(starts, span.outer_start)]
    last = sentences[_sentence_at(starts, max(span.outer_end - 1, span.outer_start))]
    line_end = people.line_end(span.outer_end)
    after_end = min(max(last.end, span.outer_end), line_end)
    after = _blank(text, span.outer_end, after_end, spans)
    if "(" in after and after.count("(") > after.count(")"):
        # a sentence end inside brackets is none (tokenized: `," Rep. Bart Stupak ( D-Mich . ) said`):
        # on to the end of the sentence that closes them
        after_end = _bracket_closed(text, sentences, starts, after_end, line_end)
        after = _blank(text, span.outer_end, after_end, spans)
    cue = _cue_after(after, span.outer_end, it, _ends_sentence(text, span))
    later = None  # a cue in the next sentence that brings in a quote of its own
    long_next = None  # a longer next sentence with no quote in it (below)
    if (
        cue is not None
        and last.start >= span.end
        and i + 1 < len(spans)
        and spans[i + 1].outer_start < after_end
        and _ends_sentence(text, span)
    ):
        # tokenized, the closing mark split off into the next sentence (`coastline . " Sen. Bill
        # Nelson said , " One of`): as below, a cue that brings in the next quote is this one's only
        # when no cue comes before this one
        cue = None
    if cue is None and not after.strip(" .,;:!?") and after_end < line_end:
        # "…intentional.” Biden said." split as two sentences: a short next sentence that is a cue
        nxt = sentences[_sentence_at(starts, after_end + 1)]
        verb = _VERB.search(nxt.text)
        # a verb with an object of its own opens a new statement ("Republican officials dismissed
        # that criticism.")
        if (
            nxt.start >= after_end
            and nxt.end <= line_end
            and (verb is None or verb.group(0) not in _OBJECT_VERBS)
        ):
            if len(nxt.text.split()) <= 12:
                cue = _cue_after(_blank(text, nxt.start, nxt.end, spans), nxt.start)
                if i + 1 < len(spans) and spans[i + 1].outer_start < nxt.end:
                    # it brings in the next quote: it is this one's only when no cue comes before
                    # this one (“Rejoice.” Ms Sturgeon said: “No.” after Mrs Thatcher said: ...; “I
                    # wish you could hear them…” Dexter says, laughing, “They go crazy!”)
                    cue, later = None, cue
            elif i + 1 == len(spans) or spans[i + 1].outer_start >= nxt.end:
                long_next = nxt
    if cue is None:
        before_start, before = _before(text, spans, i, sentences, starts, first)
        cue = _cue_before(before, before_start, people, it) or later
    if (
        cue is None
        and long_next is not None
        and _WORD.search(text, first.start, span.outer_start) is None
        and _SUBJECT_BEFORE_VERB.match(long_next.text)
    ):
        # `“Apologize for what?” Biden told CNN when asked about Booker's call outside a fundraiser
        # Wednesday evening in Rockville, Maryland.`: a quote that is its sentence, no cue before it,
        # and the next sentence, with no quote in it, opens with who spoke (not "Kennon said he is
        # relieved": _cue_after)
        cue = _cue_after(long_next.text, long_next.start, ended=True)
    if cue is None:
        cue = _according_to(after, span.outer_end)
    return cue


def _bracket_closed(text: str, sentences: list, starts: list[int], end: int, line_end: int) -> int:
    """Where a cue window after a quote that ends at `end` inside brackets ends: the end of the
    sentence that holds the closing bracket (within MAX_BRACKET_CHARS, on the line), else `end`."""
    close = text.find(")", end, min(line_end, end + MAX_BRACKET_CHARS))
    return end if close < 0 else min(max(sentences[_sentence_at(starts, close)].end, close + 1), line_end)


def _bracket_opened(text: str, sentences: list, starts: list[int], first: Sentence, span: _Span) -> int:
    """Where the sentence of a quote starts for its cue before it: the start of the sentence before
    when the bracket it closes was opened there, on the same line (`Sen. Ben Cardin ( D-Md . ) asked
    President Obama , " …`: the sentence splitter ends one at " . ")."""
    at = first.start
    close = text.find(")", at, span.outer_start)
    if close < 0 or text.count("(", at, close) or at == 0:
        return at
    opened = text.rfind("(", max(0, at - MAX_BRACKET_CHARS), at)
    if (
        opened < 0
        or text.find(")", opened, at) >= 0
        or text.find("\n", opened, at) >= 0
        or not _NAME_BEFORE_TAG.search(text, max(0, opened - MAX_BRACKET_CHARS), opened)
    ):
        return at
    return sentences[_sentence_at(starts, opened)].start


# a name's last word right before a bracket, the tag's (not a citation: `" ( IPCC TAR , p. 774 . )`)
_NAME_BEFORE_TAG = re.compile(r"[A-Z][\w’'\-]*[^\S\n]*$")


def _ends_sentence(text: str, span: _Span) -> bool:
    """Whether the quote's words end with . ! or ? (spaces after them aside), read from its end
    (not a copy of the quote)."""
    k = span.end
    while k > span.start and text[k - 1].isspace():
        k -= 1
    return k > span.start and text[k - 1] in ".!?"


def _before(
    text: str, spans: list[_Span], i: int, sentences: list, starts: list[int], first: Sentence
) -> tuple[int, str]:
    """Where the part of quote i's sentence (`first`) before it starts, and that part with quotes
    blanked. What lies before an earlier quote of the sentence is that quote's cue: the part starts
    after it. A sentence that opens inside a tag in brackets starts with the one before
    (_bracket_opened)."""
    sentence_start = first.start
    if text.find(")", sentence_start, spans[i].outer_start) >= 0:  # (few sentences hold one)
        sentence_start = _bracket_opened(text, sentences, starts, first, spans[i])
    # (a line break before the sentence would not count: not searched back to the start of a long line)
    start = max(sentence_start, text.rfind("\n", sentence_start, spans[i].outer_start) + 1)
    if i > 0 and spans[i - 1].outer_end > start:
        start = spans[i - 1].outer_end
    return start, _blank(text, start, spans[i].outer_start, spans)


def _resolve(
    cue: _Cue, people: _People, history: list[tuple[int, str]], text: str, spans: list[_Span]
) -> str | None:
    if cue.kind == "unnamed":
        return None
    after_the = text.startswith(("the ", "The "), max(0, cue.at - 4))
    if (
        (after_the or cue.text.startswith(("the ", "The ")))
        and cue.kind in ("name", "np")
        and _national(cue, text)
    ):
        # "said the Frenchman", "the Spaniard said", "the Serb said" (sport's copy): the most recent
        # salient person, as "the Texas governor" is
        head = cue.text.split()[-1].lower()
        gender = "f" if head.endswith("woman") else "m" if head.endswith("man") and head != "german" else None
        return _salient(cue, people, history, gender)
    if cue.kind == "name":
        if cue.text.endswith(_PARTY_MEMBERS) and after_the:
            # "the Kentucky Republican said", "the New York Democrat told", "the Conservative MP
            # said": a role, as "the Texas governor" is (3c)
            return people.by_title(cue.text, cue.at) or _salient(
                cue, people, history, None, people.lawmakers_owning(cue.at)
            )
        if after_the and (named := _named_after_outlet(cue.text.split())):
            # "Writing in The Mirror Linda said": the outlet's name, then the person's
            return _resolve(_Cue("name", " ".join(named), cue.at), people, history, text, spans)
        tokens, _ = _strip_phrase(cue.text)
        start = _connected_start(text, cue.at, cue.text)
        if start < cue.at and not (tokens and tokens[0].lower() in _given_names()):
            # "the U.S. Centers for Disease Control and Prevention said", "Anthony H. Cordesman of
            # the Center for Strategic and International Studies said": the organisation the run
            # was cut from, or the person before its "of"; not a person's own name ("National
            # Organization for Women President Terry O'Neill")
            phrase = text[start : cue.at] + cue.text
            person = _name_of(phrase)
            if person is not None and person != phrase and len(person.split()) > 1:
                return _resolve(_Cue("name", person, start), people, history, text, spans)
            if any(map(_organisation_word, phrase.split())):
                return phrase
        if (
            len(tokens) == 1
            and not text.startswith(cue.text, cue.at)
            and (of := _OF.search(text, cue.at, cue.at + 120)) is not None
            and text.startswith(cue.text, of.end())
            and any(w.lower() in _ORG_WORDS for w in text[cue.at : of.start()].split())
        ):
            # "the Board of Elections acknowledged", "the House of Representatives has approved": one
            # word after an organisation's "of" is the organisation's, not a person's surname
            return _group_name(text[cue.at : of.end() + len(cue.text)])
        if not tokens:  # a title alone, or a surname that is one ("King said" of Peter King)
            if " " in cue.text.strip():
                return None
            word = _surname(cue.text.split())
            return people.full.get(word) or (
                people.named_with_title(word) if word in _SURNAME_TITLES else None
            )
        return _organisation(cue.text) or people.fullest(cue.text)
    if cue.kind == "group":
        return _group(cue, people)
    if cue.kind == "np":
        words = cue.text.split()
        head = words[-1].lower()
        # "the White House", "the Department of Defense"; not a role ("the Labour MP")
        if words[-1][:1].isupper() and head not in _ROLE_HEADS:
            at = len(words)
            while at > 1 and words[at - 1][:1].isupper():
                at -= 1
            # a name after a clause word ("the Times that Gray"), a role ("Kidman's spokesperson
            # Catherine Olim") or a noun for a person ("Biden’s son Hunter Biden"), not the end of an
            # organisation's name ("the March for Life")
            # (or after words that describe, told by their form: "the somber-looking Lofven said", "the
            # unusually subdued Trump", "the 37-year-old Haugen")
            if at > 1 and (
                words[at - 1] in _CLAUSE_WORDS
                or words[at - 1] in _ROLE_HEADS
                or words[at - 1] in _PERSON_NOUNS
                or _noun_then_person(words, at)
                or (words[0].lower() == "the" and all(_describing_form(w) for w in words[1:at]))
            ):
                return _resolve(_Cue("name", " ".join(words[at:]), cue.at), people, history, text, spans)
            # the whole name, which the phrase may have cut short ("According to the LA Times")
            rest = _NAME_RE.match(text, cue.at + len(cue.text) + 1)
            if rest is not None and text[cue.at + len(cue.text)] == " " and not _POSSESSIVE.search(words[-1]):
                words += rest.group(1).split()
                while words[-1].lower() in _WEEKDAYS:  # "said The News Monday"
                    words.pop()
            words[-1] = _POSSESSIVE.sub("", words[-1])  # "the NYPD's statement"
            return " ".join(words[1:]) if words[0].lower() == "the" else " ".join(words)
        if head in _DOCUMENTS:  # "the ad says"
            return _author(cue, people, history, text, spans)
        if head in _ORG_HEADS:  # "the Obama campaign said", "the group has drafted"
            return _group(cue, people)
        titled = people.by_title(cue.text, cue.at)
        if head in _PEOPLE_HEADS:  # "Republican lawmakers"; "the senators", who were named before
            return titled or _group(cue, people)
        if titled is None and head.startswith("spokes"):  # an unnamed "the spokesperson said"
            return people.spoken_for(cue.at)
        if titled is None and head in _ROLE_HEADS:  # "the Texas governor continues"
            # "the mayor of Washington, DC, suggested" brings in an office holder the article has
            # not named, not one it spoke of before
            if text.startswith(" of ", cue.at + len(cue.text)):
                return None
            # "the judge" whom the article names nowhere (by_title) is no one named: in a trial's
            # story the salient person is the defendant ("Chauvin ... was found guilty. The judge
            # ... thanked them for “heavy duty jury service”")
            if head in _UNNAMED_JUDGES and len(words) == 2:
                return None
            return _salient(cue, people, history, None)
        if titled is None and head in _UNNAMED_GROUP_HEADS and len(words) == 2:  # "the navy said"
            return people.described_group(cue.at, head)
        return titled
    return _pronoun(cue, people, history)


def _noun_then_person(words: Sequence[str], at: int) -> bool:
    """The words of a phrase from `at` on are a person's name (a given name and a surname at
    least) after a noun in lower case that describes them ("the geologist Jill Schneiderman", "the
    actress's rep Jack Ketsoyan"); not after a preposition or a conjunction ("the brother of George
    Floyd")."""
    before = words[at - 1]
    return (
        len(words) - at >= 2
        and before.islower()
        and before not in _PREPOSITIONS
        and before not in _CONJUNCTIONS
        and words[at].lower() in _given_names()
        and _looks_personal_run(tuple(words[at:]))
    )


def _connected_start(text: str, at: int, run: str) -> int:
    """Where a name that runs on over "of", "for", "on" (and "the" after them), "and" or "&" to
    the name run at `at` starts (capitalised words and those words between them: "Centers for
    Disease Control and | Prevention", "Anthony H. Cordesman of the Center for Strategic and |
    International Studies"); `at` when the run is not so cut. An "and" joins words of one name ("Food and Drug
    Administration"), not two names: not before "the" ("ABC and the Academy"), nor after a given
    name or a place ("Barack Obama and Congress", "United States and South Korea"), nor before a
    run of three words or more ("Department of Homeland Security and Federal Emergency Management
    Agency"). A title's word or a possessive ends the name ("Acting Director of | Citizenship and
    Immigration Services")."""
    if not text.endswith(_CONNECTOR_ENDS, max(0, at - 5), at):
        return at
    words = [(m.start(), m.group()) for m in _TOKEN.finditer(text, max(0, at - 120), at)]
    k = start = len(words)
    while k:
        j = k - 1 if words[k - 1][1] == "the" else k
        joining = j and words[j - 1][1] in _JOINING
        if not j or words[j - 1][1] not in _CONNECTORS or joining and (j < k or run.count(" ") > 1):
            break
        n = j - 1
        while (
            n
            and _CAPITALISED.fullmatch(words[n - 1][1])
            and words[n - 1][1].lower() not in _NOT_NAME
            and words[n - 1][1].lower() not in _TITLES
        ):
            n -= 1
        if (
            n == j - 1
            or joining
            and run.rstrip(".") not in _FIRM_ENDS
            and (
                words[n][1].lower() in _given_names()
                or " ".join(w for _, w in words[n : j - 1]).casefold() in _places()
            )
        ):
            break
        k = start = n
    return words[start][0] if start < len(words) else at


def _organisation_word(word: str) -> bool:
    """A word of organisations ("Board", "Association"; "Centers" as "center")."""
    word = word.lower().rstrip(".")
    return word in _NOT_PERSON or word.endswith("s") and word[:-1] in _NOT_PERSON


# the words over which a name runs on (_connected_start), and those of them that join two words of
# one name rather than a name to its complement
_CONNECTORS = frozenset({"of", "for", "and", "on", "&"})
_JOINING = frozenset({"and", "&"})
# a capitalised word of such a name (no comma after it, "ET Monday, and", nor a possessive, "Trump’s
# Health and Human Services")
_CAPITALISED = re.compile(r"[A-Z][\w.\-]*(?:[’'][A-Za-rt-z][\w\-]*)?")
# the words that end a firm's name after "&" or "and", whatever name opens it ("Leigh Day & Co")
_FIRM_ENDS = frozenset({"Co", "Company", "Sons", "Partners", "Associates"})
# how the 5 characters before a cut run end (asked first: most runs are not cut)
_CONNECTOR_ENDS = (" of ", " for ", " and ", " on ", " & ", " the ")
_TOKEN = re.compile(r"\S+")


# one of a nation's people, as sport's copy names a player ("the Frenchman", "the Spaniard"); the
# words that also name the nation as a group ("the English", "the French") are left out
_NATIONALS = frozenset(
    {
        "frenchman",
        "frenchwoman",
        "englishman",
        "englishwoman",
        "irishman",
        "irishwoman",
        "scotsman",
        "scotswoman",
        "welshman",
        "welshwoman",
        "dutchman",
        "dutchwoman",
        "spaniard",
        "greek",
        "serb",
        "croat",
        "swede",
        "dane",
        "pole",
        "briton",
        "brit",
        "scot",
        "finn",
        "turk",
        "czech",
        "slovak",
        "slovenian",
        "american",
        "german",
        "italian",
        "argentine",
        "argentinian",
        "brazilian",
        "canadian",
        "mexican",
        "chilean",
        "colombian",
        "uruguayan",
        "peruvian",
        "australian",
        "aussie",
        "kiwi",
        "belgian",
        "austrian",
        "norwegian",
        "russian",
        "ukrainian",
        "belarusian",
        "georgian",
        "romanian",
        "bulgarian",
        "hungarian",
        "portuguese",
        "japanese",
        "korean",
        "african",
        "nigerian",
        "ghanaian",
        "kenyan",
        "ethiopian",
        "moroccan",
        "egyptian",
    }
)


def _national(cue: _Cue, text: str) -> bool:
    """The cue is "the" and one word for one of a nation's people, before a mark or a speech verb
    ("the Frenchman said", "said the Spaniard."; not "the American Petroleum Institute", "the
    Canadian expert, Ian Smillie")."""
    if cue.text.startswith(("the ", "The ")):
        word = cue.text[4:]
    elif text.endswith(("the ", "The "), max(0, cue.at - 4), cue.at):
        word = cue.text
    else:  # (most cues: nothing split)
        return False
    at = cue.at + len(cue.text)
    word = word.lower()
    return (word in _NATIONALS or word in _demonyms()) and (
        text[at : at + 1] in ("", ".", ",", ";", ":") or _VERB.match(text, at + 1) is not None
    )


def _named_after_outlet(words: Sequence[str]) -> Sequence[str]:
    """The person's name that ends a run after "The" ("The Mirror Linda", "The Guardian Sam
    Wollaston"): a given name and a surname, or a common given name alone ("Linda"; not "the Holy
    See"), after words none of which is a given name; () if none."""
    given = _given_names()
    for i in range(1, len(words)):
        word = words[i].lower()
        if word in given:
            alone = i == len(words) - 1
            if (
                (word in _FIRST_NAMES or not alone)
                and len(words) - i <= 2
                and _looks_personal_run(tuple(words[i:]))
            ):
                return words[i:]
            return ()
        if i == 1 and words[0].lower() in given:  # "the Christian Science Monitor"
            return ()
    return ()


def _describing_form(word: str) -> bool:
    """A lower-case word shaped as an adjective or an adverb: hyphenated ("somber-looking",
    "37-year-old") or ending in -ed, -ly or -ing ("subdued", "usually", "grinning")."""
    return word.islower() and ("-" in word or word.endswith(("ed", "ly", "ing")))


_UNNAMED_JUDGES = frozenset({"judge", "magistrate"})
# the titles of a party's members that "the Kentucky Republican" may mean (_People.lawmakers_owning)
_LAWMAKER_TITLES = frozenset(
    {"sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov", "governor"}
)
# a party's member named by the party and the place ("the Kentucky Republican"), or by the party or the seat and a parliament's title ("the Conservative
# MP", "the Hartlepool MP")
_PARTY_MEMBERS = (" Republican", " Democrat", " Independent", " MP", " MEP", " MSP")


def _group(cue: _Cue, people: _People) -> str | None:
    """An organisation or group phrase: itself when it names one ("the Obama campaign",
    "Republican lawmakers"), else the one it refers back to ("the campaign", "the group")."""
    name = _group_name(cue.text)
    if any(w[:1].isupper() for w in name.split()[:-1]):
        return name
    head = name.split()[-1].lower()
    if head in _COMPANY_HEADS:
        # "Microsoft said it would cooperate. “…,” the company said"; "Transocean , meanwhile ,
        # sought to place blame"
        found = [
            named
            for acted in (False, True)
            if (named := people.organisation_before(cue.at, companies=True, acted=acted)) is not None
        ]
        if found:
            return max(found)[1]
    return people.recent_group(cue.at, head) or people.described_group(cue.at, head)


def _it(
    cue: _Cue, people: _People, history: list[tuple[int, str]], text: str, spans: list[_Span]
) -> str | None:
    """3g: `,” it said`: the organisation or the document named last as a subject before the cue
    (organisation_before, document_before), a document by its author (_author); None when there is
    none. After the quote an organisation that spoke comes before one that acted later; before it
    ("The White House tried to ..., what it called a “robust” response") the later one."""
    spoke = people.organisation_before(cue.at)
    acted = people.organisation_before(cue.at, acted=True)
    named = max(filter(None, (spoke, acted)), default=None) if cue.kind == "it_before" else spoke or acted
    document = people.document_before(cue.at)
    if document is not None and (named is None or document[0] > named[0]):
        return _author(_Cue("np", document[1], document[0]), people, history, text, spans)
    return named[1] if named is not None else None


def _author(
    cue: _Cue, people: _People, history: list[tuple[int, str]], text: str, spans: list[_Span]
) -> str | None:
    """Who speaks through a document ("the ad says"): its owner ("the Romney campaign's ad"), or
    the subject of the sentence that last brought in a document of its kind ("The Romney campaign
    retorted with an ad of its own"), outside quotes; None when no one is named."""
    words = cue.text.split()
    owners = [i for i, w in enumerate(words[:-1]) if re.search(r"[’']s$", w)]
    if owners:  # "the Romney campaign's ad", "The group's first ad"
        owner = _Cue("np", " ".join(words[: owners[-1] + 1]), cue.at)
        name = _group_name(owner.text)
        if name.split()[-1].lower() in _GROUP_HEADS:
            return _group(owner, people)
        return _organisation(name) or people.fullest(name)
    named = re.fullmatch(rf"(?:[Tt]he|[Aa]n?)\s+({_NAME})\s+\S+", cue.text)
    if named:  # "the Washington Post report", "the NAACP resolution"
        return _organisation(named.group(1)) or people.fullest(named.group(1))
    kind = _DOCUMENTS[words[-1].lower()]
    kinds = "|".join(w for w, k in _DOCUMENTS.items() if k == kind)
    for m in reversed(list(re.finditer(rf"\b(?:{kinds})\b", text[: cue.at]))):
        if people.quoted(m.start()):
            continue
        sentence = people.sentence_at(m.start())
        start = max(sentence.start, text.rfind("\n", sentence.start, m.start()) + 1)
        subject = _clause_subject(_blank(text, start, m.start(), spans), start, people)
        if subject is None or subject.kind == "np" and subject.text.split()[-1].lower() in _DOCUMENTS:
            return None
        return _resolve(subject, people, history, text, spans)
    return None


def _pronoun(cue: _Cue, people: _People, history: list[tuple[int, str]]) -> str | None:
    """3b: the person a he/she refers to."""
    word = cue.text.lower()
    if word == "they":
        return None
    return _salient(cue, people, history, "m" if word == "he" else "f")


def _salient(
    cue: _Cue,
    people: _People,
    history: list[tuple[int, str]],
    gender: str | None,
    owners: Sequence[tuple[int, str]] = (),
) -> str | None:
    """The most recent subject-like mention or named speaker before a cue, outside quotes, whose
    gender is not known to differ from `gender`: who "he", "she" or "the Texas governor" is; with
    `owners` (offset, name, latest first), those mentions too."""
    runs = people.runs_before(cue.at)
    if owners:
        runs = heapq.merge(runs, owners, key=itemgetter(0), reverse=True)
    for name in _latest_first(runs, history, cue.at):
        known = people.gender_of(name)
        if gender is None or known is None or known == gender:
            return name
    return None


def _latest_first(runs: Iterator[tuple[int, str]], history: list[tuple[int, str]], at: int) -> Iterator[str]:
    """The names of `runs` (latest first) and of the named speakers of `history` before `at` that
    are no organisation, merged latest first. (A run is never quoted and a speaker's offset is
    inside a quote: no offset is in both.)"""
    earlier = sorted((start, name) for start, name in history if start < at and _organisation(name) is None)
    k = len(earlier)
    for start, name in runs:
        while k and earlier[k - 1][0] > start:
            k -= 1
            yield earlier[k][1]
        yield name
    while k:
        k -= 1
        yield earlier[k][1]


def _continued(
    text: str,
    spans: list[_Span],
    i: int,
    speakers: list[str | None],
    lines: list[tuple[int, int]],
    sentences: list,
    starts: list[int],
    people: _People,
    history: list[tuple[int, str]],
) -> tuple[str | None, bool]:
    """2c: a quote with no cue of its own goes on with the statement before it; 2d: a quote inside
    a sentence ("Perry pledges to end “Obama's war on religion”") is the sentence subject's. With
    it, whether the quote is only words quoted (_fragment), which no one is shown to have said:
    the statement still goes on past it."""
    span = spans[i]
    first = sentences[_sentence_at(starts, span.outer_start)]
    same_line = i > 0 and spans[i - 1].line_end == span.line  # a quote before it in the paragraph
    if same_line and spans[i - 1].outer_end > first.start:
        return speakers[i - 1], False  # the statement goes on in its sentence
    before_start, before = _before(text, spans, i, sentences, starts, first)
    if same_line:
        # the statement goes on, unless a sentence of its own names who uses the words ("The New
        # York Times’ ‘1619 Project’ ... Cotton used the opportunity to accuse them of spreading
        # “fake news.”")
        own = _quoting_subject(before, before_start, people) if _WORD.search(before) else None
        if own is not None:
            return _resolve(own, people, history, text, spans), False
        # a word or two in quotes inside a later sentence is a scare quote or a term ("the great
        # conflation of fear often egged on by “the science” is"), not the statement going on
        return speakers[i - 1], speakers[i - 1] is not None and _fragment(text, span, first.end)
    if _WORD.search(before):
        cue = _quoting_subject(before, before_start, people)
        if cue is None and _PARTICIPLE_LEAD.match(before):
            cue = _main_subject_after(text, span, first.end, spans, people)
        return (_resolve(cue, people, history, text, spans) if cue is not None else None), False
    if not span.opens_line or span.line == 0:
        return None, False
    if i > 0 and spans[i - 1].line_end == span.line - 1:
        return speakers[i - 1], False
    ps, pe = lines[span.line - 1]
    last = sentences[_sentence_at(starts, pe - 1)]
    start = max(last.start, ps)
    cue = _cue_before(_blank(text, start, pe, spans), start, people)
    return (_resolve(cue, people, history, text, spans) if cue is not None else None), False


def _main_subject_after(
    text: str, span: _Span, sentence_end: int, spans: list[_Span], people: _People
) -> _Cue | None:
    """2d for a quote in a leading clause that opens with a participle and has no subject of its
    own ("After praising the fence for being so “clean and orderly”, in contrast to ..., he told his
    viewers"): the subject of the main clause after it, after one of the next commas."""
    window = _blank(text, span.outer_end, max(sentence_end, span.outer_end), spans)
    starts = [0] if text[span.end - 1 : span.end] == "," else []
    starts += [m.end() for m in itertools.islice(_COMMA.finditer(window), MAX_CLAUSE_COMMAS)]
    for at in starts:
        m = _CLAUSE_SUBJECT.match(window, at + len(window[at:]) - len(window[at:].lstrip()))
        if m is not None and (cue := _cue(m, span.outer_end)) is not None:
            return cue
    return None


# a sentence that opens with a subordinate word and a participle, no subject (_main_subject_after)
_PARTICIPLE_LEAD = re.compile(r"\s*(?:After|While|Before|When|Despite|Since|Upon|By)\s+[a-z]+ing\b")
_COMMA = re.compile(r",\s+")
MAX_CLAUSE_COMMAS = 3  # commas after the quote tried for the main clause's subject


def _quoting_subject(before: str, offset: int, people: _People) -> _Cue | None:
    """2d: the subject of the clause that quotes the words: of the last main clause after ", but"
    when it has one ("House Judiciary Democrats ... took a big step -- but Republicans laughed it off
    as a “…”"), else of the sentence (_clause_subject)."""
    but = max(before.rfind(", but "), before.rfind("- but "), before.rfind("— but "), before.rfind("; but "))
    if but >= 0:
        at = before.index("but ", but) + 4
        cue = _clause_subject(before[at:], offset + at, people)
        if cue is not None:
            return cue
    return _clause_subject(before, offset, people)


def _fragment(text: str, span: _Span, sentence_end: int) -> bool:
    """A quote of at most MAX_FRAGMENT_WORDS words that opens in lower case, holds no end of a
    clause and is followed by more of its sentence, with no speech verb in it (", Fox said", "he
    claimed"): words quoted inside a sentence, not one said."""
    quote = text[span.start : span.end]
    if not quote[:1].islower() or quote.rstrip()[-1:] in ".,;:!?" or len(quote.split()) > MAX_FRAGMENT_WORDS:
        return False
    if _FRAGMENT_GOES_ON.match(text, span.outer_end) is None:
        return False
    return _VERB.search(text, span.outer_end, max(sentence_end, span.outer_end)) is None


# ---------------------------------------------------------------------------------------------------
# one statement, several wordings
# ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Wording:
    """A quote's content words (negations kept): in text order as stems, as a set of stems, and
    themselves in text order (for their weights, _weight)."""

    sequence: tuple[str, ...]
    words: frozenset[str]
    content: tuple[str, ...]


@lru_cache(maxsize=1 << 14)  # group_statements asks for each quote once per pair it is in
def _wording(quote: str) -> _Wording:
    words = _WORDS.findall(quote.lower().replace("n’t", " not").replace("n't", " not"))
    content = tuple(w for w in words if w not in _STOPWORDS or w in _NEGATIONS)
    sequence = tuple(map(_stem, content))
    return _Wording(sequence, frozenset(sequence), content)


@lru_cache(maxsize=1 << 14)
def _weight(quote: str) -> dict[str, float]:
    """Each stem of a quote's wording and its weight: the idf of its first word. Asked only of the
    quotes that same_statement gets as far as weighing (most pairs fail before)."""
    idf = _idf()
    rare = idf[""]
    wording = _wording(quote)
    weight: dict[str, float] = {}
    for stem, word in zip(wording.sequence, wording.content, strict=True):
        if stem not in weight:
            weight[stem] = idf.get(word, rare)
    return weight


def _pairs(sequence: tuple[str, ...]) -> set[tuple[str, str]]:
    return set(zip(sequence, sequence[1:], strict=False))


def _content_words(quote: str) -> frozenset[str]:
    return _wording(quote).words


@lru_cache(maxsize=1)
def _idf() -> dict[str, float]:
    """log(documents / documents holding the word) from WORD_FREQUENCIES_FILE; "" is the weight of
    a word too rare to be listed (counted as half the list's least count)."""
    lines = resources.files("newsprism.analyse").joinpath(WORD_FREQUENCIES_FILE).read_text(encoding="utf-8")
    counts: dict[str, int] = {}
    documents = 0
    for line in lines.splitlines():
        key, _, value = line.partition("\t")
        if key == "# documents":
            documents = int(value)
        elif key and not key.startswith("#"):
            counts[key] = int(value)
    if not documents or not counts:
        raise ValueError(f"{WORD_FREQUENCIES_FILE} has no counts: rebuild it with bench/word_frequencies.py")
    idf = {w: math.log(documents / c) for w, c in counts.items()}
    idf[""] = math.log(documents / (min(counts.values()) / 2))
    return idf


def _stem(word: str) -> str:
    """A crude suffix cut so that "talks"/"talk" and "wanted"/"want" meet; never below 4 letters:
    the first of -ing, -ed, -es and -s that the word ends with and that leaves 4 letters or more
    (asked by the last letter: most words end with none of them)."""
    n = len(word)
    if word.endswith("s"):
        if n >= 6 and word.endswith("es"):
            return word[:-2]
        return word[:-1] if n >= 5 else word
    if word.endswith("ed"):
        return word[:-2] if n >= 6 else word
    if word.endswith("ing"):
        return word[:-3] if n >= 7 else word
    return word


def same_statement(a: str, b: str) -> bool:
    """True when two quotes are one statement worded differently: within a stretch of the longer
    one (SAME_STATEMENT_SPREAD), the shorter one's content words (negations kept) are mostly there,
    by count (SAME_STATEMENT_OVERLAP) and by weight, rare words counting more
    (SAME_STATEMENT_WEIGHT)."""
    wa, wb = _wording(a), _wording(b)
    if not wa.words or not wb.words:
        return False
    if len(wa.words) > len(wb.words):
        wa, wb, a = wb, wa, b
    if len(wa.words) < SAME_STATEMENT_MIN_WORDS:
        return wa.words == wb.words
    if (wa.words & _NEGATIONS) != (wb.words & _NEGATIONS):
        return False
    if len(wa.words & wb.words) < SAME_STATEMENT_OVERLAP * len(wa.words):
        return False
    # one passage: two content words side by side in both ("deserve respect"), not the same words
    # scattered ("America's war ... not Obama's war" is no passage of "the war ... was not ... a
    # war of Obama's choosing")
    if not _pairs(wa.sequence) & _pairs(wb.sequence):
        return False
    weights = _weight(a)  # (a is the shorter quote)
    need_count = SAME_STATEMENT_OVERLAP * len(wa.words)
    need_weight = SAME_STATEMENT_WEIGHT * sum(weights.values())
    # the best stretch of the longer wording: a window sliding over its content words
    width = SAME_STATEMENT_SPREAD * len(wa.sequence)
    seq = wb.sequence
    held: Counter[str] = Counter()
    count = weight = 0.0
    for i, stem in enumerate(seq):
        if stem in wa.words:
            held[stem] += 1
            if held[stem] == 1:
                count, weight = count + 1, weight + weights[stem]
        if i >= width:
            gone = seq[i - width]
            if gone in wa.words:
                held[gone] -= 1
                if held[gone] == 0:
                    count, weight = count - 1, weight - weights[gone]
        if count >= need_count and weight >= need_weight:
            return True
    return False


# group_statements cuts a word's list of quotes to one entry for each quote text in each group, and
# skips a pass known to join nothing, only in a list (and among quotes) holding at least this many
# copies (speed only: fewer add at most as many steps to a pass, less than the bookkeeping costs)
MANY_COPIES = 16


def group_statements(quotes: Iterable[Quote]) -> list[tuple[Quote, ...]]:
    """Quotes grouped into statements, in first-seen order: two quotes join when they are the same
    statement and so are their groups' first quotes. A quote of fewer than SAME_STATEMENT_MIN_WORDS
    content words joins only where its group and the other have one named speaker between them
    (by last word, as the scorer compares speakers: "Clinton" is "Hillary Clinton"): a scare-quoted
    word in two articles ("birthers", "47 percent") is a shared word, not a shared statement. Longer
    quotes are not held to their speakers: an article that names the spokesman and one that names
    the White House, or a wrong attribution, must not split one statement.

    Candidates come by prefix filtering, as in set-similarity joins: a quote with n content words
    needs t = ceil(SAME_STATEMENT_OVERLAP * n) of them in a longer partner, so the partner holds one
    of its n - t + 1 rarest words; only quotes found through those words are compared, so the cost
    follows the rare shared words, not the square of the number of quotes. Copies of one quote (a
    wire story in many outlets) share all their words: a word's list of quotes keeps, once groups
    have joined, one entry for each quote text in each group (cut), so the copies of a story cost
    about as many steps as there are copies, not their square."""
    items = list(quotes)
    parent = list(range(len(items)))
    # the named speaker of each group (by its root), "" while none is named
    speaker = [q.speaker or "" for q in items]

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    words = [_content_words(q.quote) for q in items]
    posting: defaultdict[str, list[int]] = defaultdict(list)
    for k, ws in enumerate(words):
        for w in ws:
            posting[w].append(k)
    frequency = {w: len(ks) for w, ks in posting.items()}  # quotes that hold the word
    sizes = [len(ws) for ws in words]
    texts: dict[str, int] = {}
    text_of: list[int] = []  # each quote's text, by its first quote (asked only for many copies)
    if len(items) > MANY_COPIES:
        text_of = [texts.setdefault(q.quote, k) for k, q in enumerate(items)]
    copies = len(text_of) - len(texts) >= MANY_COPIES
    joins = 0
    # the words whose list holds a quote text more than once (the words of a copy), with the joins
    # made when it was last cut; short lists are left whole (the cut costs as much as a pass)
    repeated: dict[str, int] = {}
    if copies:
        repeated = {
            w: 0
            for k, first in enumerate(text_of)
            if first != k
            for w in words[k]
            if len(posting[w]) >= MANY_COPIES
        }

    def cut(w: str, joins: int) -> None:
        """Keep in w's list the first entry for each quote text in each group. A later copy of the
        same text in the same group (for ever: groups only join) is answered as the first was:
        joined (then it is in k's group), or passed by. Except that a short quote's speaker test
        changes within a pass when k's group gets its first name: a copy passed by before for want
        of a name might join after. But a group that has two quotes and no named speaker holds only
        long quotes (a short quote joins only where a speaker is named), and a long quote is never
        the same statement as a short one (whose words must all be the same): no copy cut could
        have joined later in the pass."""
        firsts, seen = [], set()
        for j in posting[w]:
            key = (text_of[j], root(j))
            if key not in seen:
                seen.add(key)
                firsts.append(j)
        posting[w], repeated[w] = firsts, joins
        if len({text_of[j] for j in firsts}) == len(firsts):
            del repeated[w]  # (one entry for each text: none to cut again)

    # (a text, its group's first quote's text): the joins made when a short quote of the text, in
    # a group of that first quote that names no one, last asked its partners and joined none
    idle: dict[tuple[int, int], int] = {}
    for k, ws in enumerate(words):
        n = sizes[k]
        if not n:
            continue
        short = n < SAME_STATEMENT_MIN_WORDS
        need = n if short else math.ceil(SAME_STATEMENT_OVERLAP * n)
        rk = root(k)  # (it stays the root of k's group while k's partners are asked: they join under it)
        # copies of a short quote that no one is named for: a pass with no join since the last pass
        # of the same two texts joins none either. It asks the same partners the same questions
        # (a group's answers hang on its first quote's text and its speaker), less its own group,
        # plus the last pass's group, which it does not join: both name no one.
        idle_key = None
        if copies and short and not speaker[rk]:
            idle_key = (text_of[k], text_of[rk])
            if idle.get(idle_key) == joins:
                continue
            joins_before = joins
        # (by frequency, then by word: a stable sort of the sorted words)
        for w in sorted(sorted(ws), key=frequency.__getitem__)[: n - need + 1]:
            if repeated and repeated.get(w, joins) < joins:
                cut(w, joins)
            for j in posting[w]:
                if sizes[j] < n:
                    continue
                rj = root(j)
                if rj == rk:
                    continue
                # a word or two in quotes is a statement only when someone is named as saying it,
                # and no one else ("47 percent" is Paul Ryan's in one article, Joe Biden's in another)
                if short and not ((speaker[rk] or speaker[rj]) and _one_speaker(speaker[rk], speaker[rj])):
                    continue
                if (
                    same_statement(items[k].quote, items[j].quote)
                    # and their groups' first quotes too: a short quote inside two long ones must
                    # not chain them into one statement
                    and same_statement(items[rk].quote, items[rj].quote)
                ):
                    parent[rj] = rk
                    speaker[rk] = speaker[rk] or speaker[rj]
                    joins += 1
        if idle_key is not None and joins == joins_before:
            idle[idle_key] = joins
    groups: dict[int, list[Quote]] = {}
    for k, q in enumerate(items):
        groups.setdefault(root(k), []).append(q)
    return [tuple(g) for g in groups.values()]


def _one_speaker(a: str, b: str) -> bool:
    """Two speakers may be one: either is unnamed, their last words are equal ("Clinton", "Hillary
    Clinton"), or one is the other's initials ("NRA", "National Rifle Association")."""
    if not a or not b:
        return True
    wa, wb = _WORDS.findall(a), _WORDS.findall(b)
    if not wa or not wb or wa[-1].casefold() == wb[-1].casefold():
        return True
    initials = ("".join(w[0] for w in wa if w[0].isupper()), "".join(w[0] for w in wb if w[0].isupper()))
    return b in initials[:1] or a in initials[1:]
