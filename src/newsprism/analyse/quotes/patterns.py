"""The patterns the cues (2) are read with, shared by the stages: speech verbs and verbs that take
an object, the shape of a name (particles, abbreviations, a name's words), subjects, heads of
organisations, people and documents, and the limits that go with them (MAX_*, MIN_*).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# --- 2. cues ------------------------------------------------------------------------------------
# "acknowledged", "admitted", "conceded" in the present tense, and "summarized": speech verbs whose
# subject may follow them, read after quotes in heap-10000 with no cue found (`,” Cohen admits`, `,"
# admits the director`, `,” summarized Senor`); not "remarks", "answers", nouns as often ("Emanuel ,
# in his remarks to ABC , criticized"), nor "answered", a passive as often ("until those questions are
# answered satisfactorily")
_ADMITS_VERBS = ("acknowledges", "admits", "concedes", "summarized", "summarised", "summarizes", "summarises")
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
    # "as Hayward put it , “…”", "Shakespeare definitely put it best , ... : “…”": words someone put so
    "put it",
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
    *_ADMITS_VERBS,
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
    "remembered",
    "remembers",
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
    "crowed",  # (boasted: "," Trump crowed at a news conference")
    "pointed out",  # ("However, King pointed out that both VMware and EMC will continue ... . "…"")
    "points out",
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
        "remembered",
        "remembers",
        "concluded",
        "declared",
        "observed",
        "acknowledged",
        "admitted",
        "conceded",
        "remarked",
        *_ADMITS_VERBS,
        "countered",
        "quipped",
        "joked",
        "cautioned",
    ]
)
# what may follow a subject after its verb (", said Adam Babich, director", "said Uhlmann of the
# University of Michigan.", "said pensioner Sandy Lamb from Chester .")
_INVERTED_SUBJECT_END = re.compile(r"\s*(?:[,.;:(]|$|(?:of|who|in|at|from)\b)")
# participles take the subject of the clause they hang on ("Biden downplayed it, saying: “…”")
_PARTICIPLE = frozenset(v for v in _SPEECH_VERBS if v.endswith("ing"))
# words allowed between a subject and its verb ("Biden was quick to retort", "Dukes once told", "Mr
# Wen is reported to have replied"), or between a verb and its subject ("explained newly-minted
# Speaker John Boehner")
_BETWEEN = (
    r"(?:(?:[a-z]+ly(?:-[a-z]+)?|also|once|later|then|again|has|had|have|was|were|is|would|will|did|does|"
    r"first|just|quick|to|not|never|had|been|recently|earlier|previously|who|reported|understood|"
    # words said ahead, from an advance text ("McConnell is expected to say", "Biden is set to tell")
    r"expected|set|due|scheduled|"
    r"(?:on\s+)?[MTWFS][a-z]{2,5}day)\s+){0,4}"  # "President Trump on Friday said"
)
# a capitalised word, an initial or a title abbreviation ("Mr.", "Sen.", "U.S.", "O’Brien")
# (and the ranks and offices of police and prosecutors in AP style: "Dist. Atty. Steve Cooley", "Det.
# Mark Smith", "Cpl.", "Insp.")
_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Adm|Rev|St|Jr|Sr|Pres|Amb|Atty|Supt|Prof|Dist|Det|Cpl|Insp"
)
_ABBREV = rf"(?:{_ABBREVIATIONS})\."
# (each abbreviation is a capital, 1 to 3 small letters and a full stop: the lookahead asks that once
# before the alternatives are tried one by one)
_CAP = rf"(?:(?=[A-Z][a-z]{{1,3}}\.){_ABBREV}|(?:[A-Z]\.){{2,}}|[A-Z]\.(?=\s+[A-Z])|[A-Z][\w’'\-]*\w|[A-Z])"
_PARTICLES = ("de", "da", "di", "del", "der", "van", "von", "bin", "ibn", "al", "la", "le")
_PARTICLE = rf"(?:{'|'.join(_PARTICLES)})"
# a particle in lower case that opens a surname right after a quote (`,” de Blasio said`: _cue_after)
_PARTICLE_FIRST = re.compile(rf"{_PARTICLE}[^\S\n]+(?=[A-Z])")
# a surname that opens with a particle glued to it in lower case ("Mike deBoisblanc"), after a name
# (or joined by a hyphen: "Salih al-Mutlak", "Nouri al-Maliki", "Ahmed el-Gabali")
_GLUED_PARTICLES = ("de", "di", "da", "du", "la", "le", "van", "von", "al-", "el-")
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
# (its last word no conjunction: "Moore declined to identify the donor but said" is Moore's); the word
# before the last may be a dotted abbreviation ("the U.S. military", "the U.K. government"), which no
# word of a clause ends ("the behavior of the U.S. when he responded", "the U.S. code that says")
_NOT_HEAD_AFTER_DOTS = (
    "that|who|which|when|while|as|after|before|because|if|where|whether|since|but|and|or|yet|so|"
    "he|she|it|they|we|i|you|is|was|were|are|has|had|have|will|would|could|can|may|might|must|should"
)
_NP = (
    rf"(?:\b(?:the|The)|{_CAP}[’']s)\s+(?:(?:[\w’'\-]+\s+){{0,3}}?(?!(?:but|and|or|yet)\b)[\w’'\-]+"
    rf"|(?:[\w’'\-]+\s+){{0,2}}?(?:[A-Z]\.){{2,}}\s+(?!(?:{_NOT_HEAD_AFTER_DOTS})\b)[a-z][\w’'\-]*)"
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
# "X and Y <people>": capitalised words (the first half, as "US" or "Top US"), "and", capitalised
# words (the second), up to two lower-case words that describe ("naval") and a plural people head
# ("officials", "lawmakers": _PEOPLE_HEADS); the halves are at most three words each, as a nation's,
# a party's or a place's adjective is (speakers._paired_group, cues._cue_after)
_PAIRED = (
    r"(?:[A-Z][\w.’'\-]*[^\S\n]+){0,2}[A-Z][\w.’'\-]*[^\S\n]+and[^\S\n]+"
    r"(?:[A-Z][\w.’'\-]*[^\S\n]+){1,3}(?:[a-z][a-z\-]*[^\S\n]+){0,2}"
    rf"(?:{'|'.join(sorted(_PEOPLE_HEADS))})\b"
)
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
# (MAX_APPOSITION_CHARS: a role and the organisation it is held at run to about 100 characters, ",
# a clinical social worker and counselor at West Jefferson Behavior Medicine Center ," is 84; 80
# cut such a cue off, and the quote went to the speaker before. One longer than
# MAX_SHORT_APPOSITION_CHARS opens in lower case, as a role or a description does: a capital may
# open a clause of its own, "After a red-carpet airport arrival in Tel Aviv , Bush flew by helicopter
# to Jerusalem for talks with ... Shimon Peres , who cautioned", no apposition of 'Tel Aviv')
MAX_SHORT_APPOSITION_CHARS = 80
MAX_APPOSITION_CHARS = 120
_APPOSITION = (
    rf"(?:\s*\((?!\s?[A-Z]{{3,6}}\s?\))[^()“”\"◊\n]{{1,{MAX_BRACKET_CHARS}}}\))?"
    rf"(?:(?:\s*,\s*\d{{1,3}})?\s*,(?![^,]*\b(?:{'|'.join(_SPEECH_VERBS)})\b)(?:[^,“”\"◊]{{1,{MAX_SHORT_APPOSITION_CHARS}}}|[^\S\n]*[a-z][^,“”\"◊]{{{MAX_SHORT_APPOSITION_CHARS},{MAX_APPOSITION_CHARS}}}),|\s*,)?"
)
# a name with an "of" before its verb, which may run on over another "of" and an "in" ("Rev. John
# Paul Hopping of Our Lady of Guadalupe, told", "Howard J. Osofsky of the Louisiana State University
# Health Sciences Center in New Orleans said"); _name_of reads the person before the first "of". Not
# "in The" ("Writing in The Mirror Linda said"), nor an "in" after a name with no "of" ("Brad
# Sandler, a bankruptcy attorney with Pachulski Stang Ziehl & Jones in Wilmington, Delaware, said")
_NAME_OF_ON = (
    rf"{_NAME}(?:\s+of\s+(?:the\s+)?{_NAME}(?:\s+of\s+(?:the\s+)?{_NAME})?(?:\s+in\s+(?!The\b){_NAME})?)?"
)
# a name's last word that a page cut at a letter it lost (an accent: "Jos Angel C rdova" of José
# Ángel Córdova, H1N1_guardian/1194): a capital alone, a space, the rest in lower case, right before
# a comma (the name's apposition or its own)
_LOST_LETTER_TAIL = r"(?:(?<=[^\S\n][A-Z])[^\S\n][a-z]{2,}(?=[^\S\n]*,))?"
_SUBJECT_LEAD = (
    rf"(?:(?P<pron>{_PRONOUN})|(?P<group>{_GROUP}){_APPOSITION}"
    rf"|(?:[Tt]he\s+)?(?P<name>{_NAME_OF_ON}{_LOST_LETTER_TAIL}){_APPOSITION}|(?P<np>{_NP}))"
)
# subject just before a verb, with an apposition between ("Rep. Gregory Meeks, D-N.Y., said")
_SUBJECT_BEFORE = re.compile(rf"{_SUBJECT_LEAD}\s+{_BETWEEN}$")
# where a form of _SUBJECT_LEAD or _CLAUSE_SUBJECT may start: a capital, the h, s or t that opens a
# word (a pronoun, "the"), or a "the " inside one (_SUBJECT_LEAD's `[Tt]he\s+` before a name has no
# word boundary); an h, s or t inside a word opens none of them, and most of those letters are
_SUBJECT_START = re.compile(r"[A-Z]|\b[hst]|the\s")
# subject just after a verb ("said Brendan Buck", "says Perry", "according to Mr. Reid")
_SUBJECT_AFTER = re.compile(rf"\s*{_BETWEEN}{_SUBJECT}")
# what follows the name of a caption over a quote, a pull quote's label (cues._caption): "of" or
# "from", or a comma, and the organisation's capitalised words, if any, then a colon (`Doug Suttles
# of BP : " We 've had periods of pumping ... "`, `Mike O'Berry , US Coast Guard : " … "`, `Prof.
# John Oxford : " We are preparing ... "`)
_CAPTION_TAIL = (
    r"(?:(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?=of|from))(?:(?:of|from)[^\S\n]+)?(?:the[^\S\n]+)?"
    r"[A-Z][\w&.’'\-]*(?:[^\S\n]+[A-Z][\w&.’'\-]*){0,3})?[^\S\n]*:[^\S\n]*"
)
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
# every word the text writes in lower case, as _written_in_lower_case reads them (_People._personal,
# once the words asked make it worth one pass)
_LOWER_WORDS = re.compile(r"(?<![\w’'])[a-z][a-z’'\-]+")
_WORDS = re.compile(r"\w+")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w")
# the letters of a word in lower case ("attack" in "the attack", not in "Libya Attack")
_LOWER_WORD_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz’'-")
# (the same characters as one class, `[\s,;:—–\-]*`, with those from the first dash on in group 1:
# `lastindex` tells a dash in the lead, `" - Tony Hayward`, cues._signed)
_CUE_LEAD = re.compile(r"[\s,;:]*([—–\-][\s,;:—–\-]*)?")
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
_FRAGMENT_GOES_ON = re.compile(r"\s*(?:[-–—,]\s*)?[a-z(]")

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
