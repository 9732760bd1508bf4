"""find_quotes: every direct quote of an article with its speaker, in text order: the quote
spans (marks.py), then for each its cue (cues.py) and the speaker it means (speakers.py).

   A cue whose subject is none of these ("a spokesman said" with no organisation near, a letter
   from a group the article does not name) gives no speaker; nor does an indefinite pronoun
   ("everyone screams “BIG GOVERNMENT”", "Someone asked “…”"); a name for a thing ("a procedure
   known as “top kill”", the so-called “Loop Current”, two or three words before a noun for a
   method or a plan: `its high-risk " top kill " operation`, or ending with an event's noun: `a
   "social media summit"`; a name given in the passive, "referred to as a “score”", an alias; a
   label a reduced relative gives, `in an operation dubbed " top kill "`, "a man considered to be a
   “career criminal”", _labelled) is no one's words.

   An unnamed speaker whose quote runs straight into a quote that names its speaker bare, first
   written there ("a toxicologist ... is scheduled to tell ... " created an eco-toxicological
   experiment " . " The bottom line is ... , " said Ron Kendall ."), is that person (_named_next).

Names come from `names` (entity mentions) when given, else from capitalised word runs of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.analyse.sentences import split_sentences
from newsprism.records import Mention, Quote

from .cues import (
    _AGENT,
    _AGENT_STARTS,
    _LABEL_ENDS,
    _LABEL_GATE,
    _SUBJECT_BEFORE_VERB,
    MAX_LABEL_TAIL_CHARS,
    MAX_LABELLED_BEFORE_CHARS,
    _according_to,
    _agent,
    _before,
    _bracket_closed,
    _caption,
    _Cue,
    _cue_after,
    _cue_before,
    _cue_ending_sentence,
    _document_issuer,
    _ends_labelled,
)
from .lexicon import _IT_KINDS, _SEATS, _given_names, _places
from .marks import (
    _EVENT_WORD,
    MAX_LIST_BETWEEN_CHARS,
    _blank,
    _lines,
    _quote_spans,
    _quote_text,
    _sentence_at,
    _Span,
    _titles,
)
from .names import _organisation
from .patterns import _LEAD_CAPITALS, _OBJECT_VERBS, _VERB, _WORD, MAX_LEAD_CHARS
from .speakers import _continued, _in_quoted_list, _it, _People, _resolve

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
# nude image, known as a “deepfake.”", "what are known in the drilling industry as “ice plugs”",
# "known collectively as the “Squad”"): no one's words, not the sentence's subject's; the
# statement the sentence brings in goes on past it ("a so-called “safe third country” deal ...,
# calling it a “landmark agreement”")
_TERM_BEFORE = re.compile(
    r"\b(?:[Kk]nown(?:[^\S\n]+(?:in|to|among|by|within|[a-z]+ly)\b[^\"“”.\n]{0,40}?)?[^\S\n]+as(?:[^\S\n]+(?:an?|the))?"
    r"|[Ss]o-called)$"
    # a noun in apposition that the name in quotes names (", a procedure called a “top kill”")
    r"|,[^\S\n]*an?[^\S\n]+[a-z]+[^\S\n]+called(?:[^\S\n]+an?)?$"
    # a name given in the passive ("an official analysis and price tag, referred to as a “score”"),
    # or of something unnamed ("a patent for something called a “Microstructure Chromatograph”"); not
    # "which he referred to as a “disaster”", the subject's words
    r"|(?:,|\b(?:is|are|was|were|be|been|being))[^\S\n]+referred[^\S\n]+to[^\S\n]+as(?:[^\S\n]+(?:an?|the))?$"
    r"|\b(?:[Ss]omething|[Ss]omeone|[Aa]nything|[Aa]nyone)[^\S\n]+called(?:[^\S\n]+(?:an?|the))?$"
    # a false name (`he uses the alias "Crazy T"`, "under the alias of “…”")
    r"|\balias(?:es)?(?:[^\S\n]+of)?$"
    # a term's meaning (`" fiat " -- a Latin term meaning " let it be done . "`, "a Latin phrase that
    # means, “Leave no one behind.”"): a translation, no one's words
    r"|\b(?:term|word|phrase|expression)s?[^\S\n]+(?:that[^\S\n]+)?(?:meaning|means)[^\S\n]*[,:]?$"
)
# the title of a work that another made a version of ("Green Day's version of "I Fought the Law."",
# "an Indian version of " Big Brother ."", "the Canadian Broadcasting Corporation’s version of "Home
# Alone 2""): a song's, a show's or a film's name, no one's words (_named_thing)
_VERSION_OF = re.compile(r"\bversions?[^\S\n]+of$")
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
    if spans and ("Report abuse" in text or "wrote" in text):  # (a cheap no for most texts)
        thread = _comments_start(text)
        spans = [s for s in spans if s.outer_start < thread]
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
    found: dict[int, _Cue | None] = {}  # (cues read ahead by _cue_ahead, read once)
    listed = False  # the quote before is one of a list of words quoted only (_in_quoted_list)
    cited: set[int] = set()  # the quotes a writer cites with "as X put it" (_put_it)
    put_it = "put it" in text  # (a cheap no for most texts)
    for i, span in enumerate(spans):
        cue = found.pop(i) if i in found else _find_cue(text, spans, i, sentences, starts, people)
        speaker: str | None = None
        quoted_only = False  # words quoted inside a sentence, not the statement going on (2c)
        if cue is not None and cue.kind in _IT_KINDS:
            speaker = _it(cue, people, history, text, spans)
            if speaker is None:  # no organisation or document to be "it": as if "it said" were no cue
                cue = _find_cue(text, spans, i, sentences, starts, people, it=False)
        if (
            cue is None
            and (ahead := _cue_ahead(text, spans, i, sentences, starts, people, found)) is not None
        ):
            speaker = _resolve(ahead, people, history, text, spans)
        elif cue is None:
            speaker, quoted_only = _continued(
                text,
                spans,
                i,
                _going_on(speakers, cited, spans, i, starts),
                lines,
                sentences,
                starts,
                people,
                history,
            )
            # (the rest of a list of words quoted only: `" beach sunrises " , " seafood gumbo " ,
            # ...`, whose first is so, goes on with it)
            quoted_only = quoted_only or listed and _in_quoted_list(text, spans, i)
        elif cue.kind == "spokesperson":
            # `The Department of Energy and Climate Change said ... . " … , " said a spokesman`: an
            # unnamed spokesperson goes on with an organisation's statement, never a person's
            speaker, quoted_only = _continued(
                text, spans, i, speakers, lines, sentences, starts, people, history
            )
            if speaker is not None and _organisation(speaker) is None:
                speaker = None
        elif cue.kind not in _IT_KINDS:  # (a "signed" cue is read as a "name", _resolve)
            speaker = _resolve(cue, people, history, text, spans)
        if (
            speaker is None
            and cue is not None
            and cue.kind in _UNNAMED_KINDS
            and (named := _named_next(text, spans, i, sentences, starts, people, found, cue)) is not None
        ):
            speaker = named
        if speaker in _SEATS:
            speaker = _seated(speaker, text)
        elif speaker is not None and "-based " in speaker:
            speaker = _BASED.sub("", speaker)
        if speaker is not None and _addressed(text, span, speaker, people):
            speaker = None
        # (a cue after the quote, `," Trump said`, brings in no chant)
        if speaker is not None and (cue is None or cue.at < span.start) and _chanted(text, span.outer_start):
            speaker = None
        if (labelled := _transcript_label(text, span, people)) is not None:
            speaker = labelled
        # (a signed quote's statement goes on to no quote after it: `" … " -- Barack Obama , June
        # 2008 Posted by : ...`, the comments after it are others')
        speakers.append(speaker if cue is None or cue.kind != "signed" else None)
        if put_it and _put_it(text, spans, i, sentences, starts, cue):
            cited.add(i)
        listed = quoted_only and _in_quoted_list(text, spans, i)
        if speaker is not None and (cue.kind != "signed" if cue is not None else not titles[i]):
            # (a caption's or a signature's name is whose words these are, none that a pronoun after
            # means: `Doug Suttles of BP : " … " He said US Energy Secretary Steven Chu was ...` is
            # Obama's, named before the caption; nor is a title's that no cue names, whose speaker is
            # only carried on: `Angelina Jolie and actor Brad Pitt pose at the premiere of " Salt "`
            # makes Jolie no speaker; a cue's name is one: `Bob Dudley said on " Fox News Sunday "`)
            history.append((span.start, speaker))
        if titles[i]:
            continue  # the title of a show or a book: its cue still serves the quotes after it
        out.append(
            Quote(
                article_id=article_id,
                quote=_quote_text(text, span),
                speaker=None if quoted_only or speaker and _no_ones_words(text, spans, i) else speaker,
                start=span.start,
                end=span.end,
            )
        )
    return out


def _transcript_label(text: str, span: _Span, people: _People) -> str | None:
    """The person a transcript's label names at the opening of a quote (`One final quote from Dr
    Jernigan ... responding to a question from Emma Hitt at MedScape : " Dan Jernigan : Your question
    is , what numbers of individuals ... "`, `Jon Cohen from Science Magazine put this question : " Jon
    Cohen : Dr. Jernigan , you said ..."`): a given name and a surname that the article wrote before
    the quote, a colon, then a statement of MIN_LABELLED_WORDS words or more. Not a book's title
    (`" Tom Cruise : An Unauthorized Biography "`), a sign or a slogan (`" George W. Bush : ` You 're
    Fired . "`): short; nor an address with a title (`" President Obama : BP took my business and my
    money . "`) or a greeting (`" Dear Parents : …"`): no given name."""
    m = _LABEL.match(text, span.start, span.end)
    if m is None or m["given"].casefold() not in _given_names():
        return None
    if len(text[m.end() : span.end].split()) < MIN_LABELLED_WORDS:
        return None
    surname = m["name"].split()[-1]
    if re.search(rf"\b{re.escape(surname)}\b", text[: span.outer_start]) is None:
        return None
    return people.fullest(m["name"]) if people.is_person(m["name"]) else m["name"]


# a transcript's label: a given name, maybe an initial, a surname, a colon (_transcript_label)
_LABEL = re.compile(
    r"[^\S\n]*(?P<name>(?P<given>[A-Z][a-z]+)(?:[^\S\n]+[A-Z]\.)?[^\S\n]+[A-Z][\w'’\-]+)[^\S\n]?:[^\S\n]"
)
MIN_LABELLED_WORDS = (
    8  # (a statement after the label; a title or a slogan is shorter: "An Unauthorized Biography")
)


def _put_it(
    text: str, spans: list[_Span], i: int, sentences: list, starts: list[int], cue: _Cue | None
) -> bool:
    """Whether quote i's sentence brings it in with "put it" (`As US comedian Bill Maher put it , "
    … "`, `Shakespeare definitely put it best , in that famous balcony scene from " Romeo and Juliet
    " : " … "`, `" … " , as Hayward put it .`): a writer citing a line in the argument of his own
    text. Not "put it" and a place it is put ("to scoop up the oil and put it into big plastic
    garbage bags"), nor a quote with a cue of its own after it (`Clarke put it this way : " … , "
    Clarke said . " … "`: a statement, which goes on). The sentence is read with its quotes blanked."""
    span = spans[i]
    if cue is None or cue.at < span.outer_start:
        first = sentences[_sentence_at(starts, span.outer_start)]
        return _PUT_IT.search(_blank(text, first.start, span.outer_start, spans)) is not None
    last = sentences[_sentence_at(starts, max(span.outer_end - 1, span.outer_start))]
    end = min(max(last.end, span.outer_end), span.outer_end + MAX_PUT_IT_AFTER_CHARS)
    return _PUT_IT.search(_blank(text, span.outer_end, end, spans)) is not None


_PUT_IT = re.compile(
    r"\bput[^\S\n]+it\b(?![^\S\n]+(?:in|into|on|onto|at|over|through|to|up|down|back|out|off|aside|away"
    r"|together|forward|under|behind|before|there|here)\b)"
)
MAX_PUT_IT_AFTER_CHARS = 60  # (`, " was the way La Stampa of Turin put it .` after the quote)


def _going_on(
    speakers: list[str | None], cited: set[int], spans: list[_Span], i: int, starts: list[int]
) -> list[str | None]:
    """The speakers a quote with no cue may go on with (2c): a cited line ("put it", _put_it) is no
    statement that goes on past its sentence: the writer's own words follow (the Guardian's `As US
    comedian Bill Maher put it , " You know what happens ... ?` with its close mark lost, the rest
    of the column paired into quotes; Reuters' `Shakespeare definitely put it best ... : " … "`,
    then `" You wo n't believe this , " begins the letter from the House Democratic campaign
    committee`)."""
    if i - 1 not in cited or _sentence_at(starts, spans[i].outer_start) == _sentence_at(
        starts, spans[i - 1].outer_start
    ):
        return speakers  # (in the sentence of the cited line, it goes on: 2c's first case)
    return [*speakers[:-1], None]


def _addressed(text: str, span: _Span, speaker: str, people: _People) -> bool:
    """Whether the quote opens by calling the speaker by name (`In Pleasant 's office , a rig worker
    looked over . " Chris , what 's that water ? " he asked`: not Chris Pleasant, whom the worker
    asks): no one says his own name to open what he says, so the cue was read wrong, and the quote
    is left without a speaker rather than given to the one addressed."""
    m = _VOCATIVE.match(text, span.start, span.end)
    return m is not None and m["name"] in speaker.split() and people.is_person(speaker)


# a name (after an honorific or "Hey", "Oh" ...) and a comma that open a quote: the one addressed
_VOCATIVE = re.compile(
    r"[^\S\n]*(?:(?:Hey|Oh|Well|Yes|No|Look|Listen)[^\S\n]*,?[^\S\n]+)?"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?[^\S\n]+)?(?P<name>[A-Z][a-z]+)[^\S\n]?,"
)


def _named_next(
    text: str,
    spans: list[_Span],
    i: int,
    sentences: list,
    starts: list[int],
    people: _People,
    found: dict[int, _Cue | None],
    cue: _Cue,
) -> str | None:
    """The person an unnamed speaker turns out to be, named at the very next quote: "On Wednesday , a
    toxicologist from Texas Tech University is scheduled to tell a Senate hearing that the ... use of
    dispersants " created an eco-toxicological experiment " . " The bottom line is ... , " said Ron
    Kendall ." A news story brings a person in with a description or a name and a description; a name
    first written bare, in the cue of the quote that follows at once, is the one described just
    before. Safe only so:
    - this quote's cue comes before it and has an unnamed subject ("a toxicologist ... is scheduled to
      tell", "an expert said"), and nothing but a full stop stands between this quote and the next;
    - the next quote's cue comes after it and is a person's name that ends its sentence (no
      description of its own: ", said Ron Kendall , a professor at ..." brings in someone new), and
      the name's surname is written nowhere before that cue (a person named before may be anyone).
    The next quote's cue is read once and kept in `found`, as _cue_ahead does."""
    span = spans[i]
    if i + 1 == len(spans) or cue.at >= span.outer_start:
        return None
    if _ONE_DESCRIBED.search(text, cue.at, span.outer_start) is None:
        # a group ("Her family said", "what critics called") or a label is no one person
        return None
    nxt = spans[i + 1]
    if (
        text[span.outer_end : nxt.outer_start].strip(" .!?\t")
        or nxt.outer_start - span.outer_end > MAX_GAP_CHARS
    ):
        return None
    if i + 1 not in found:
        found[i + 1] = _find_cue(text, spans, i + 1, sentences, starts, people)
    later = found[i + 1]
    if later is None or later.kind != "name" or later.at < nxt.outer_end:
        return None
    if _NAME_ENDS_SENTENCE.match(text, later.at + len(later.text)) is None:
        # or a description that says "the" of the noun this quote's speaker was given ("a toxicologist
        # ... said " … " . " … , " Ron Kendall , the toxicologist , said"): the one described before
        described = _THE_APPOSITION.match(text, later.at + len(later.text))
        if described is None:
            return None
        own = sentences[_sentence_at(starts, span.outer_start)]
        # (not as the one an aide works for: "A lawyer for the mayor said : " … " " … , " said John
        # Smith , the mayor": the lawyer spoke first, the mayor second)
        head = re.escape(described["head"])
        if re.search(rf"(?<!\bfor the )(?<!\bto the )\b{head}\b", text[own.start : span.outer_start]) is None:
            return None
    if not people.is_person(later.text):
        return None
    person = people.fullest(later.text)
    surname = person.split()[-1]
    if re.search(rf"\b{re.escape(surname)}\b", text[: later.at]) is not None:
        return None
    return person


# the cue kinds of a subject the text does not name where it speaks ("a toxicologist ... is scheduled
# to tell": "unnamed"; "an expert said": "np"): _named_next
_UNNAMED_KINDS = frozenset({"unnamed", "np"})
# one person brought in by a description, an indefinite article and a word in lower case ("a
# toxicologist from Texas Tech University", "an expert", "one analyst"): the person the next quote
# names; a plural subject ("Her family said", "what critics called", "Scientists say") is a group,
# and a labelled term's caller is no one the next quote names (_named_next)
_ONE_DESCRIBED = re.compile(r"\b(?:[Aa]n?|[Oo]ne) [a-z]")
# a name that ends its sentence, with no description after it (_named_next)
_NAME_ENDS_SENTENCE = re.compile(r"[^\S\n]*[.!?]")
# ... or with "the" and a noun (one word before it at most) in commas (_named_next)
_THE_APPOSITION = re.compile(
    r"[^\S\n]*,[^\S\n]*the[^\S\n]+(?:[a-z\-]+[^\S\n]+)?(?P<head>[a-z\-]+)[^\S\n]*(?:,|[.!?])"
)
MAX_GAP_CHARS = 6  # (between two quotes: a space, a full stop, a space: `" . "`)


# a page that kept its readers' comments after the article: the Washington Post's blogs sign each
# comment after it (`... clean this up ??? Posted by : clairevb | June 7 , 2010 12:24 PM | Report
# abuse`), the BBC's before it (`At 11:09 am on 09 Jun 2010 , Ann wrote : I 'm actually quite
# happy that BP ...`, `At 19:56 29th Apr 2009 , JadedJean wrote :`). A reader's words are no statement of the article: what they quote is a
# reader's quoting (scare quotes, slogans, hearsay), and the speakers read there were the article's
# people or junk ('Cheers Posted', 'ZERO European'). MIN_COMMENT_SIGNS signs make a thread (one may
# be a signed letter); the Post's thread starts at its post's own byline before the first comment
# (`By Chris Cillizza | May 27 , 2010 ; 2:08 PM ET`), where the page kept it, since the first
# comment's sign comes after it. The BBC's stamp gives its month in three letters ("09 Jun 2010", all
# 1,584 of t17 and heap-10000): a story quoting dated emails writes it out ("At 8:45 pm on 14 April
# 2010, Brian Morel wrote: "..."", review23), and its quotes are the story's.
_COMMENT_SIGN = re.compile(
    r"Posted[^\S\n]+by[^\S\n]*:[^\S\n]*[^|\n]{1,60}\|[^|\n]{5,40}\|[^\S\n]*Report[^\S\n]+abuse"
    r"|(?P<before>\bAt[^\S\n]+\d{1,2}:\d\d(?:[^\S\n]*[ap]m)?[^\S\n]+(?:on[^\S\n]+)?\d{1,2}(?:st|nd|rd|th)?[^\S\n]+[A-Z][a-z]{2}"
    r"[^\S\n]+\d{4}[^\S\n]*,[^\S\n]*[^:\n]{1,60}?[^\S\n]wrote[^\S\n]*:)"
)
_POST_BYLINE = re.compile(
    r"\bBy[^\S\n]+[^|\n]{3,60}\|[^\S\n]*[A-Z][a-z]+[^\S\n]+\d{1,2}[^\S\n]*,[^\S\n]*\d{4}[^\S\n]*;"
    r"[^\S\n]*\d{1,2}:\d\d[^\S\n]*[AP]M[^\S\n]+ET\b"
)
MIN_COMMENT_SIGNS = 2


def _comments_start(text: str) -> int:
    """Where the readers' comments that close a page start (_COMMENT_SIGN), len(text) if none."""
    signs = _COMMENT_SIGN.finditer(text)
    first = next(signs, None)
    if first is None or next(signs, None) is None:
        return len(text)
    if first["before"]:
        return first.start()
    bylines = list(_POST_BYLINE.finditer(text, 0, first.start()))
    return bylines[-1].end() if bylines else first.start()


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
    word = m[1]
    folded = word.casefold()
    return "\n" + word.capitalize() if folded in _given_names() or folded in _places() else m[0]


def _chanted(text: str, at: int) -> bool:
    """Whether the quote opening at `at` is what a crowd chants or a sign reads (_CHANT_BEFORE),
    or what someone unnamed says (_ANYONE_BEFORE)."""
    before = text[max(0, at - 40) : at].rstrip(" ,:")
    # how the last word ends, or "one"/"body", first: the patterns are searched before few quotes
    if before.endswith(_CHANT_ENDS) and _CHANT_BEFORE.search(before) is not None:
        return True
    return ("one " in before or "body " in before) and _ANYONE_BEFORE.search(before) is not None


# words given as examples of a kind of word ("stop using terms such as “alien,” “illegal alien” and
# “assimilation”", `Words such as " informal " , " quiet " or " easy-going " are often used to
# describe his manner`, "slogans such as “BP kills”", "comments ... such as “I want my life back”"):
# no one's words here, not the sentence's subject's; not after "used"/"uses" ("Mitt Romney has used
# words like “phony,” “fraud” and “con man”": his)
_EXAMPLES_BEFORE = re.compile(
    r"(?<!\bused[^\S\n])(?<!\buses[^\S\n])"
    r"(?:\b(?:words|terms|phrases|slogans|labels|names|expressions)[^\S\n]+like|\bsuch[^\S\n]+as)[^\S\n]?$"
)
# what stands between two examples of a list (`" informal " , " quiet " or`, "“alien,” “illegal alien”")
_EXAMPLES_BETWEEN = re.compile(r"[^\S\n]*[,;]?[^\S\n]*(?:(?:and|or)[^\S\n]+)?")


def _example(text: str, spans: Sequence[_Span], i: int) -> bool:
    """Whether span i is an example of a kind of word (_EXAMPLES_BEFORE), or follows one in its
    list (_EXAMPLES_BETWEEN)."""
    while True:
        at = spans[i].outer_start
        # ("as" or "like" right before the mark first: few spans have it)
        if text.endswith(_EXAMPLES_ENDS, 0, at) and _EXAMPLES_BEFORE.search(text, max(0, at - 40), at):
            return True
        if i == 0 or at - spans[i - 1].outer_end > MAX_LIST_BETWEEN_CHARS:
            return False
        if _EXAMPLES_BETWEEN.fullmatch(text, spans[i - 1].outer_end, at) is None:
            return False
        i -= 1  # the span before it in a list: an example?


_EXAMPLES_ENDS = ("as", "like", "as ", "like ")  # (a space before the mark: tokenized)


# words mentioned as words, after "the word", "the term", "the phrase", "the words", "the national
# motto" ("the term “misinformation” has been thrown around", "the word “suspected” was crucial",
# "a receipt ... which contains the words “engagement ring”", "reaffirming the national motto, “In
# God We Trust,”", "I also dislike the term “denier”"): no one's words here, not the sentence's
# subject's; unless the verb right before is one of using them ("Santorum ... used the word
# “theology”", "Hayward went for the phrase “absolutely gutted”", "directing the word “bastard” at",
# "unveiled the slogan “Drill Here, Drill Now, Pay Less”", "defended the use of the term “phony”")
_MENTION_NOUNS = (
    "word",
    "words",
    "term",
    "terms",
    "phrase",
    "phrases",
    "motto",
    "slogan",
    "hashtag",
    "expression",
)
_MENTION_BEFORE = re.compile(
    rf"(?<![\w-])(?P<verb>[\w-]+[^\S\n]+(?:for[^\S\n]+|of[^\S\n]+)?)?\b[Tt]he[^\S\n]+(?:[a-z]+[^\S\n]+)?"
    rf"(?:{'|'.join(_MENTION_NOUNS)})[^\S\n]?[,:]?[^\S\n]?$"
)
_USING = re.compile(
    r"(?:use[sd]?|using|utter(?:s|ed|ing)?|went|go(?:es)?|direct(?:s|ed|ing)?|coin(?:s|ed)?|invok(?:es|ed|ing)|"
    r"unveil(?:s|ed|ing)?|chose|choose|adopt(?:s|ed)?|repeat(?:s|ed|ing)?|employ(?:s|ed|ing)?)[^\S\n]+(?:for[^\S\n]+|of[^\S\n]+)?"
)
# how the text before such a quote ends, a space, a comma or a colon after it aside (_mentioned asks
# first)
_MENTION_TAILS = frozenset(noun[-4:] for noun in _MENTION_NOUNS)
# ... its last two characters before the mark's place (a space before the mark, or none after a comma
# or a colon)
_MENTION_ENDS = frozenset(noun[-2:] for noun in _MENTION_NOUNS) | frozenset(
    f"{noun[-1]}{mark}" for noun in _MENTION_NOUNS for mark in ",:"
)


def _no_ones_words(text: str, spans: Sequence[_Span], i: int) -> bool:
    """Whether quote i is no one's words though its sentence names a speaker: an example
    (_example), a name for a thing (_thing_quoted) or words mentioned as such (_mentioned)."""
    span = spans[i]
    # the two characters before the space before the mark: the cheap gate of the last two tests
    ends = text[span.outer_start - 3 : span.outer_start - 1]
    return (
        _example(text, spans, i)
        or _thing_quoted(text, span, ends)
        or _explained_term(text, span)
        or ends in _MENTION_ENDS
        and _mentioned(text, span.outer_start)
    )


def _explained_term(text: str, span: _Span) -> bool:
    """Whether the quote is a term that the sentence explains right after it, a dash and a noun phrase
    with its clause or its "of" (`he had grown up on "tuppenny bloods" - the children's comics that
    robustly extolled the valour of men and war`, `a " negative pressure test " -- a procedure that
    reduces the fluid pressure`, `“nuclear winter” — the consequence of nuclear war`): the writer's
    name for a thing, no one's words. A short quote in lower case only; a dash before a phrase of
    time ("-- a day after his release") or a clause (`a "miracle" – the shooter's gun jammed`) is
    no explanation."""
    words = text[span.start : span.end].split()
    return (
        len(words) <= MAX_EXPLAINED_TERM_WORDS
        and words[0][:1].islower()
        and _TERM_EXPLAINED_AFTER.match(text, span.outer_end) is not None
    )


MAX_EXPLAINED_TERM_WORDS = 4  # ("negative pressure test", "tuppenny bloods": a term, not a statement)
# a dash, an article and up to three words of a noun phrase, then its relative pronoun or its "of";
# not a noun for what was said, which tells of the speaker's words, no term (`said the leak was
# "relatively tiny" -- a remark that angered the coast`, `"not good enough" - the strongest words of`)
_TERM_EXPLAINED_AFTER = re.compile(
    r"[^\S\n]*(?:-|–|—|--)[^\S\n]*(?:the|a|an)[^\S\n]+"
    r"(?!(?:[\w’'\-]+[^\S\n]+){0,3}?(?:remark|comment|statement|claim|words?|assessment|admission|"
    r"description|promise|pledge|warning|boast|quip|retort|reply|answer|response)s?\b)"
    r"(?:[\w’'\-]+[^\S\n]+){0,3}?(?:that|which|who|of)\b"
)


def _mentioned(text: str, at: int) -> bool:
    """Whether the quote opening at `at` is a word or words mentioned as such (_MENTION_BEFORE), not
    after a verb of using them (_USING)."""
    # (the caller asks first for the two characters before the space before the mark, _MENTION_ENDS;
    # then the last four letters of a noun: the pattern is searched before few quotes)
    if text[max(0, at - 7) : at].rstrip(" ,:")[-4:] not in _MENTION_TAILS:
        return False
    m = _MENTION_BEFORE.search(text, max(0, at - 60), at)
    return m is not None and (m["verb"] is None or _USING.fullmatch(m["verb"]) is None)


# characters before a quote that _TERM_BEFORE is searched in: ", a procedure called a " and two more
TERM_BEFORE_CHARS = 32
# ... at most, for "known", a word after it, 40 more characters, " as the " and a space before the mark
MAX_TERM_BEFORE_CHARS = 72


def _named_thing(text: str, at: int) -> bool:
    """Whether the quote opening at `at` is a name for a thing (_TERM_BEFORE)."""
    before = text[max(0, at - TERM_BEFORE_CHARS) : at]
    # ("known" or "called" in it first, or an end of the alternatives with neither, or with "known"
    # further back: the pattern is searched before few quotes)
    if ("known" in before or "called" in before or "mean" in before) and _TERM_BEFORE.search(
        before.rstrip(" ")
    ) is not None:
        return True
    # the alternatives that hold neither in the last TERM_BEFORE_CHARS end with "as" and an article
    # at most, or "alias" ("referred to as a", "what are known in the drilling industry as", "the alias")
    tail = before[-8:]
    if " of" in tail and _VERSION_OF.search(before.rstrip(" ")) is not None:
        return True
    if " as" not in tail and "alias" not in tail:
        return False
    return _TERM_BEFORE.search(text[max(0, at - MAX_TERM_BEFORE_CHARS) : at].rstrip(" ")) is not None


def _thing_quoted(text: str, span: _Span, ends: str) -> bool:
    """Whether the quote is a name for a thing, after "known as" (_named_thing) or a label verb in
    a reduced relative or in the passive (_labelled), or before a noun for a method or plan
    (_thing_name, asked only of short quotes). `ends`: the two characters before the last one before
    the quote's mark (_LABEL_GATE)."""
    return (
        _named_thing(text, span.outer_start)
        or ends in _LABEL_GATE
        and _labelled(text, span)
        or (span.end - span.start <= MAX_THING_CHARS and _thing_name(text, span))
    )


def _labelled(text: str, span: _Span) -> bool:
    """Whether the quote is the label a reduced relative or an apposition gives a noun (`in an
    operation dubbed " top kill "`, "a man considered to be a “career criminal”", "Super typhoon
    Mitag, locally called “Mina”"), or a verb of judging in the passive ("the race was deemed “too
    close to call”"): cues._ends_labelled. A name for a thing, no one's words here; the statement
    the sentence brings in goes on past it, as after "known as". Not when "by" names who labelled
    it after the quote (cues._agent: "three cities labeled “anarchist jurisdictions” by the Justice
    Department")."""
    at = span.outer_start
    window = text[max(0, at - MAX_LABEL_TAIL_CHARS - MAX_LABELLED_BEFORE_CHARS) : at]
    return (
        window.endswith(_LABEL_ENDS)
        and _ends_labelled(window) in _NO_ONES_LABELS
        and _AGENT.match(text, span.outer_end) is None
    )


# what _ends_labelled tells of a label that is no one's words (a label verb after a form of "be"
# is the cue's business: cues._cue_before)
_NO_ONES_LABELS = frozenset({"reduced", "judged"})


def _thing_name(text: str, span: _Span) -> bool:
    """Whether a quote of two or three words is the name of the thing the noun after it names
    (`its high-risk " top kill " operation`, `the “Recall Express” campaign bus`, `a " clean energy "
    bill`), or of the event its own last word names (`hosted ... a "social media summit"`): nobody's
    words. One word is often the speaker's own (`a “catch-and-release” policy`,
    `the “rigged” system`), and so are words of degree (`" very strong " plans`), a phrase with its
    own article (`described the leak as " a significant event "`) and a list of words that describe
    (`refusing to say the Holocaust was a “factual, historical event”`)."""
    # (the noun first: few quotes come before one or end with an event's)
    if _THING_AFTER.match(text, span.outer_end) is None and (
        # (a quote that ends with a letter of an event's word's end and has a space, before the word
        # is looked for)
        text[span.end - 1] not in _EVENT_ENDS
        or _EVENT_WORD.fullmatch(text, text.rfind(" ", span.start, span.end) + 1, span.end) is None
    ):
        return False
    words = text[span.start : span.end].split()
    return (
        text[span.end - 1] not in ".,!?"
        and 2 <= len(words) <= 3
        and words[0].lower() not in _DEGREE
        and words[0].lower() not in _ARTICLES
        and not any(w.endswith(",") for w in words)
    )


MAX_THING_CHARS = 40  # longer than any name of two or three words that _thing_name reads (asked first)


_DEGREE = frozenset({"very", "so", "too", "most", "more", "less", "really", "truly", "deeply", "highly"})
_ARTICLES = frozenset({"a", "an", "the"})
# the last letters of _EVENT_WORD's words and their plurals (_thing_name asks for one first)
_EVENT_ENDS = frozenset("tymenlahrpos")


# nouns for a method, a plan or a campaign that a name in quotes comes before (_thing_name), and for a
# law, a rule or a measure (`the "public charge" change`, `“red flag” laws`, `"net neutrality"
# regulations`, `a “place of celebration” standard`, `a “time certain” vote`: the measure's name, no
# one's words; 13 changed over heap-10000 and the dev texts, all such names)
_THING_AFTER = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:operation|procedure|method|process|technique|maneuver|manoeuvre|attempt|"
    r"approach|strategy|mode|option|campaign|movement|initiative|program|programme|plan|policy|bill|"
    r"rule|system|device|project|scheme|slogan|label|category|change|amendment|provision|law|requirement|"
    r"ban|vote|mandate|standard|doctrine|clause|test|regulation)s?\b"
)


# where an organisation or a person is based, glued to the name that a name run reads it with
# ("New York-based Human Rights Watch said", read from "York-based"; "Houston-based Anadarko",
# "Geneva-based WHO"): not part of the name, when a capitalised name follows it
_BASED = re.compile(r"^(?:[A-Z][\w.&]*[^\S\n]+)*[A-Z][\w.&]*-based[^\S\n]+(?=[A-Z])")


def _seated(place: str, text: str) -> str:
    """The organisation that `place` (_SEATS) stands for, when the text names it; else the place."""
    return next((org for org in _SEATS[place] if re.search(rf"\b{org}\b", text)), place)


# how much of the rest of its sentence after a quote _find_cue reads for the cue there: the cue
# opens that part (`,” Mr. Steele said`), and what is sought further on (a verb after a role, "according
# to") is within a clause of it. Over heap-200000 and the dev texts no such part passed 913 characters;
# only a run-on sentence is longer, and blanking the rest of it for each of its n quotes cost n times
# its length
MAX_AFTER_CHARS = 1000


def _cue_ahead(
    text: str,
    spans: list[_Span],
    i: int,
    sentences: list,
    starts: list[int],
    people: _People,
    found: dict[int, _Cue | None],
) -> _Cue | None:
    """The cue after a later quote of the same sentence, when the next quote there with a cue has it
    after itself: the sentence's words in quotes are all that speaker's (`" Greece is a unique case "
    because of its " precarious debt dynamics " and because it " has cheated , " EU Commissioner Olli
    Rehn said .`: not the speaker before, Van Rompuy). A later quote with its cue before it ("and
    Smith said “…”") brings in a speaker of its own: None. Not for one word in quotes, a writer's
    term or scare quote as often (`two out of 37 brokers have an " underperform " or " sell "
    rating ... , " according to Thomson Reuters data`), nor for a source that "according to" names.
    The cues read are kept in `found` for find_quotes."""
    span = spans[i]
    if i + 1 == len(spans) or not _SPACE_INSIDE.search(text, span.start, span.end):
        return None
    if _NAMING_BEFORE.search(text, max(0, span.outer_start - MAX_NAMING_CHARS), span.outer_start):
        return (
            None  # (a title: 'The blog , titled “From the Desk of Donald J. Trump ,” ... Jason Miller told')
        )
    end = sentences[_sentence_at(starts, span.outer_start)].end
    for j in range(i + 1, min(len(spans), i + 1 + MAX_QUOTES_AHEAD)):
        if spans[j].outer_start >= end:
            return None
        if j not in found:
            found[j] = _find_cue(text, spans, j, sentences, starts, people)
        cue = found[j]
        if cue is None:
            continue
        if (
            cue.at < spans[j].outer_end
            or cue.kind in _IT_KINDS
            or "according" in text[spans[j].outer_end : cue.at + len(cue.text)]
        ):
            return None
        return cue
    return None


# how many later quotes of its sentence _cue_ahead reads for a cue: over heap-10000 and the dev texts
# none is found past the second (Rehn's sentence: 1 gives 4 speakers fewer, 2 and 3 the same as no
# limit), so 6 leaves room; a run-on sentence of thousands of quotes with no cue is not read again
# from each of them
MAX_QUOTES_AHEAD = 6
_SPACE_INSIDE = re.compile(r"\w\s+\w")  # (two words or more in quotes: _cue_ahead)
# the words that give a work or a thing its name right before a quote (_cue_ahead): the words in
# quotes are a title, no one's speech, so the cue later in the sentence is not theirs ("The blog ,
# titled “From the Desk of Donald J. Trump ,” has been permanently shut down ..., senior aide Jason
# Miller told CNBC")
_NAMING_BEFORE = re.compile(r"\b(?:titled|entitled|headlined|dubbed|nicknamed|named)[^\S\n]*[,:]?[^\S\n]*$")
MAX_NAMING_CHARS = 16  # ("nicknamed" with a colon and spaces)


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
    if ":" in text[max(0, span.outer_start - 3) : span.outer_start] and (
        caption := _caption(text, span.outer_start, span.outer_end, first.start)
    ):
        return caption  # (asked first: a pull quote's caption names its speaker before any cue after it)
    line_end = people.line_end(span.outer_end)
    after_end = min(max(last.end, span.outer_end), line_end)
    # (the window read for the cue after the quote stops MAX_AFTER_CHARS on, in a longer sentence)
    after = _blank(text, span.outer_end, min(after_end, span.outer_end + MAX_AFTER_CHARS), spans)
    if "(" in after and after.count("(") > after.count(")"):
        # a sentence end inside brackets is none (tokenized: `," Rep. Bart Stupak ( D-Mich . ) said`):
        # on to the end of the sentence that closes them
        after_end = _bracket_closed(text, sentences, starts, after_end, line_end)
        after = _blank(text, span.outer_end, min(after_end, span.outer_end + MAX_AFTER_CHARS), spans)
    cue = _cue_after(after, span.outer_end, it, _ends_sentence(text, span))
    if (
        cue is None
        and not _ends_sentence(text, span)
        and (ending := _cue_ending_sentence(after, span.outer_end)) is not None
        and _VERB.search(text, first.start, span.outer_start) is None
    ):
        # a quote inside its sentence, whose subject and speech verb end it, with no speech verb
        # before the quote that could be its cue ("While Xi has called for “win-win” cooperation,
        # Biden has called China ...": Xi's)
        cue = ending
    if (
        cue is not None
        and after.find("according", 0, MAX_ACCORDING_AT) >= 0  # (most quotes: a cheap no)
        and _ACCORDING_AFTER.match(after)
        and _WORD.search(text, first.start, span.outer_start) is not None
    ):
        # `Adm. Hossein Khanzadi ... said Iran can deliver another “…,” according to the semi-official
        # Tasnim news agency`, `BP told congressional investigators that ... may have been a “…,”
        # according to a memo`: a quote inside a sentence whose own speech verb has a named
        # subject is that subject's words; "according to" after it names who reported them
        before_start, before = _before(text, spans, i, sentences, starts, first)
        named = _cue_before(before, before_start, people, it)
        if named is not None and named.kind == "name":
            cue = named
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
        # that criticism.", "Media expert Dana Livingston Ward echoed Selig 's sentiments .")
        if (
            nxt.start >= after_end
            and nxt.end <= line_end
            and (
                verb is None
                or verb[0] not in _OBJECT_VERBS
                and not _OBJECT_AFTER_VERB.match(nxt.text, verb.end())
            )
        ):
            if len(nxt.text.split()) <= 12:
                cue = _cue_after(
                    _blank(text, nxt.start, nxt.end, spans), nxt.start, ended=_ends_sentence(text, span)
                )
                if (
                    i + 1 < len(spans)
                    and spans[i + 1].outer_start < nxt.end
                    or _WORD.search(text, first.start, span.outer_start) is not None
                ):
                    # it brings in the next quote, or this one is words quoted inside its sentence
                    # (`Trump said a warning from President Emmanuel Macron ... was “a very
                    # dangerous statement.” Macron ...`): it is this one's only when no cue comes
                    # before this one (“Rejoice.” Ms Sturgeon said: “No.” after Mrs Thatcher said:
                    # ...; “I wish you could hear them…” Dexter says, laughing, “They go crazy!”)
                    cue, later = None, cue
            elif i + 1 == len(spans) or spans[i + 1].outer_start >= nxt.end:
                long_next = nxt
    if cue is None:
        before_start, before = _before(text, spans, i, sentences, starts, first)
        cue = (
            after.startswith(_AGENT_STARTS)
            and _agent(after, span.outer_end, before)
            or _cue_before(before, before_start, people, it)
            or later
        )
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
        if cue is not None and not _ACCORDING_AFTER.match(after):
            # "according to" further on in the sentence names who reported it; the words in quotes
            # inside it are a document's that a person named before them put out
            cue = _document_issuer(text[first.start : span.outer_start], first.start) or cue
    return cue


# an owner's possessive right after the verb of the sentence after a quote ("Media expert Dana
# Livingston Ward echoed Selig 's sentiments ."): the verb's object, a statement of its own, no cue of
# the quote before it (_find_cue); a determiner may open the clause a speech verb reports ("Gibbs
# says the administration is just focused on what 's right")
_OBJECT_AFTER_VERB = re.compile(r"[^\S\n]+[A-Z][\w\-]*[^\S\n]?['’]s[^\S\n]+[a-z]")


# "according to" right after a quote's closing mark and a comma (_cue)
_ACCORDING_AFTER = re.compile(r"[^\w\n]{0,4}according[^\S\n]+to\b")
MAX_ACCORDING_AT = 4 + len("according")  # (where _ACCORDING_AFTER's word may end, at the latest)


def _ends_sentence(text: str, span: _Span) -> bool:
    """Whether the quote's words end with . ! or ? (spaces after them aside, and the closing mark of
    a quote inside it: `figured ` we 'll sort it all out later . ' "`), read from its end (not a
    copy of the quote)."""
    k = span.end
    while k > span.start and (text[k - 1].isspace() or text[k - 1] in "'’" and text[k - 2 : k - 1] in " .!?"):
        k -= 1
    return k > span.start and text[k - 1] in ".!?"
