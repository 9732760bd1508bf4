"""The attribution cue (2): the speaker phrase right after a quote or before it, read in the
quote's sentence with every quote in it blanked out (_Cue: its kind, its text, where it stands).

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
      Mansfield said: “Yes.”); a person's name after a dash that signs the quote (`" … " - Tony
      Hayward`, _signed); the agent after a label in the passive (`has been labeled "suspicious" by
      James Steele`, _agent);
   b. before it: `Perry stated, “`, `X, the foreign minister, said “…”`, `he called the deal “…”`,
      `…, saying “…”`, `According to Anna Lee, the plan is “…”`, `Dunford is calling the report
      “…”`: the speech verb nearest the quote that has a subject (a noun phrase ends before a
      conjunction: `Moore declined to identify the donor but said, “…”` is Moore's, 2d); an
      unnamed spokesperson is the organisation named with it (`A Surrey Police spokeswoman said`);
      a label verb in the passive (`a man who was dubbed “…”`) is no cue, and a label in a reduced
      relative (`an operation dubbed “…”`, _ends_labelled) no one's words (find._labelled);
      a caption's name before a colon over a pull quote that a page ran into its text (`Doug Suttles
      of BP : " … "`, _caption), asked before any cue after the quote, as a "signed" cue;
   (c and d, a statement that goes on and a quote with no speech verb, are read in speakers.py.)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsprism.analyse.sentences import Sentence

from .lexicon import (
    _AIDE_NOUNS,
    _BEFORE_ROLE,
    _CLAUSE_SUBJECT,
    _CLAUSE_WORDS,
    _CONJUNCTIONS,
    _HONORIFIC_GENDER,
    _IT_BEFORE,
    _IT_SAID,
    _NATION_TITLES,
    _PERSON_NOUNS,
    _ROLE_AFTER_NAME,
    _ROLE_HEADS,
    _SUBORDINATE,
    _SURNAME_HONORIFICS,
    _SURNAME_TITLES,
    _TITLE_MODIFIERS,
    _TITLE_PREFIXES,
    _TITLES,
    _given_names,
    _places,
)
from .marks import _blank, _sentence_at, _Span
from .names import (
    _department_holder,
    _looks_personal,
    _name_of,
    _organisation,
    _organisation_name,
    _strip_phrase,
    _subject_like,
    _written_in_lower_case,
)
from .patterns import (
    _ABBREV,
    _BETWEEN,
    _CAP,
    _CAPTION_TAIL,
    _CUE_LEAD,
    _DOCUMENTS,
    _FRAGMENT_GOES_ON,
    _GROUP,
    _GROUP_HEADS,
    _INVERTED_SUBJECT_END,
    _INVERTING_VERBS,
    _LOST_LETTER_TAIL,
    _NAME,
    _NAME_OF_ON,
    _NAME_RE,
    _OF,
    _ORG_HEADS,
    _PAIRED,
    _PARTICIPLE,
    _PARTICLE_FIRST,
    _POSSESSIVE_END,
    _PREPOSITIONS,
    _QUOTE_HOLE,
    _SUBJECT_AFTER,
    _SUBJECT_BEFORE,
    _SUBJECT_LEAD,
    _SUBJECT_START,
    _VERB,
    _VERB_THEN,
    MAX_APPOSITION_CHARS,
    MAX_BRACKET_CHARS,
    MAX_FRAGMENT_WORDS,
    _word_alternatives,
)

if TYPE_CHECKING:
    from .people import _People


@dataclass(frozen=True, slots=True)
class _Cue:
    """A speaker phrase found by a cue: what kind it is, its text and where it stands."""

    # "name", "pron", "group", "np", "unnamed" (a speaker the text does not name), "signed" (a name
    # that signs the quote, _signed) or _IT_KINDS
    kind: str
    text: str
    at: int  # offset in the article text, for recency


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
    if (owner := _TOKENIZED_OWNER.match(rest)) is not None:
        # `," Cameron 's office said .`, `," BP 's Doug Suttles said`: the tokenizer's possessive
        # (the tokenized pages of the dev sets split it off) read as the written "Cameron's office"
        rest = rest[: owner.end()] + rest[owner.end() + 1 :]
    if "statement" in rest and (cue := _statement_from(_STATEMENT_AFTER.match(rest), base)) is not None:
        return cue
    if " and " in rest[:MAX_TWO_SPEAKERS_CHARS] and (two := _two_speakers(rest, base)) is not None:
        return two
    subject = _SUBJECT_BEFORE_VERB.match(rest)
    if ended and subject is not None and _REPORTED_CLAUSE.match(rest, subject.end()):
        # `… folks of this world . " Kennon said he is relieved`: a quote that ends its sentence, then
        # a new sentence whose verb reports a clause of its own, not this quote
        return None
    cue = _cue(subject, base)
    if (
        cue is not None
        and cue.kind == "name"
        and _OWNED_RUN.search(cue.text)
        and (held := _role_comma_name(rest, base))
    ):
        # `," BP's CEO, Tony Hayward, told`: the role's holder in apposition speaks, not the run of
        # capitals "BP's CEO" that the apposition hangs on
        cue = held
    if cue is None and rest[:1].islower() and (particle := _PARTICLE_FIRST.match(rest)) is not None:
        # `,” de Blasio said`: a surname that opens with its particle in lower case
        named = _SUBJECT_BEFORE_VERB.match(rest, particle.end())
        if named is not None and named["name"] and named.start("name") == particle.end():
            cue = _Cue("name", rest[: named.end("name")], base)
    if cue is None and not ended:
        # `," Romney informed Denver Fox affiliate KDVR-TV`, `," Pleasant answered , fixated on the
        # computer screen`: a verb that speaks only right after a quote that ends in a comma, its
        # subject first (`the review was informed by`, `an informed decision`, `until those questions
        # are answered`: no speech; _AFTER_COMMA_VERBS' patterns)
        for word, pattern in _AFTER_COMMA_VERBS:
            if rest.find(word, 0, MAX_INFORMED_AT) >= 0 and (after := pattern.match(rest)) is not None:
                cue = _cue(after, base)  # (most quotes: the find is a cheap no)
                break
    verb = _VERB.match(rest)
    if (
        cue is None
        # (a capital opens the group before its verb, or an inverting verb comes first)
        and (rest[:1].isupper() or verb is not None and verb[0] in _INVERTING_VERBS)
        and rest.find(" and ", 0, MAX_PAIRED_CHARS) >= 0
        and (paired := _PAIRED_SUBJECT.match(rest))
        and not _titled_half(paired["group"] or paired["after"])
    ):
        # `," US and Chinese officials said`, `," said Republican and Democratic lawmakers`: one group
        # of both halves, the subject before or after the verb, as "Chinese officials said" is
        part = "group" if paired["group"] else "after"
        return _Cue("group", paired[part], base + paired.start(part))
    if cue is None and rest[:1] in _KIN_FIRST_LETTERS and _KIN_SUBJECT.match(rest):
        return _Cue("unnamed", "", base)  # `,” her father said` (_KIN_SUBJECT)
    if (
        cue is None
        and verb is not None
        and verb[0] in _INVERTING_VERBS
        and (unnamed := _UNNAMED_AFTER.match(rest, verb.end())) is not None
        and (unnamed["org"] or not unnamed["spokes"])
    ):
        # `," said a BP spokesman`, `," said one BP adviser, who spoke on the condition of
        # anonymity`, `," said the Democratic staffer`: an unnamed source after the verb, as before it
        # (a spokesperson with no organisation named speaks for the one the text is about: below)
        return _unnamed_source(unnamed, base)
    if cue is None and verb is not None and verb[0] in _INVERTING_VERBS and "spokes" in rest:
        cue = _spokesperson_after(rest, base) or _bare_spokesperson(rest, base, it)
    # (a participle right after the quote hangs on its sentence's subject, and what follows it is
    # its object: `He said the oil giant was a " trusted partner " , adding the spill " does not make a
    # difference "`, not 'the spill')
    if cue is None and verb is not None and verb[0] not in _PARTICIPLE:
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
        if cue is not None and after is not None and (owned := _OWNED_SPEAKER.match(rest, after.end())):
            # "said the senator 's aide .", "said Smith 's spokesman": the one the possessive owns, as
            # before the verb ("The senator 's aide said")
            start = after.start(cue.kind)
            cue = _Cue("np", rest[start : owned.end("noun")], base + start)
        if (
            cue is not None
            and after is not None
            and cue.kind == "np"
            and " of " in cue.text
            and cue.text.split(" of ", 1)[0].rsplit(None, 1)[-1].lower() in _ROLE_HEADS
            and (holder := _HOLDER_AFTER_ROLE.match(rest, after.end())) is not None
            and len(holder["name"].split()) >= 2
            and _looks_personal(holder["name"].split())
        ):
            # ", says the chairman of Kazakhstan's atomic energy committee Temir Zhantikin .": the
            # role's holder, named where the role's phrase ends
            cue = _Cue("name", holder["name"], base + holder.start("name"))
        # ," said his mother, Jane Smith; ," said running back Rashard Mendenhall
        named = _NOUN_THEN_NAME.match(rest, verb.end())
        if named is None and verb[0] == "according to":
            # (the source after a role, as _source_after reads it: "according to Troy police Lt.
            # Gerry Scherlinck")
            named = _role_then_name(rest, verb.end())
            if named is None and cue is None:
                # (a name after words in lower case that describe it, as after an inverting verb:
                # "according to retired Coast Guard Adm. Thad Allen")
                named = _described_name(rest, verb.end())
        elif named is None and verb[0] in _INVERTING_VERBS:
            named = _role_then_name(rest, verb.end()) or _owned_name_after(rest, verb.end())
            # a phrase cut at a number is no subject ("said the 36 - year - old Klitschko")
            if named is None and (cue is None or (cue.kind == "np" and cue.text[-1:].isdigit())):
                named = _described_name(rest, verb.end())
        if named is not None:
            cue = _Cue("name", named["name"], base + named.start("name"))
    if cue is None and verb is None and (found := _VERB.search(rest)) is not None:
        if rest.startswith(_INDEFINITE_STARTS) and (unnamed := _UNNAMED_SOURCE.match(rest)) is not None:
            return _unnamed_source(unnamed, base)
        if rest[:1].isupper() and "," in rest:
            # (before the spokesperson's organisation: `," David Nicholas , a BP spokesman wrote` is his)
            cue = _name_comma_role(rest, base) or _name_comma_who(rest, base)
        if cue is None and "spokes" in rest:
            cue = _spokesperson(rest, found.start(), base) or _spokesperson_after(rest, base)
            if cue is None:
                cue = _bare_spokesperson(rest, base, it)
        # (a name before "according to" is no subject of it: "“…” of former Vice President Joe
        # Biden, according to internal emails")
        if cue is None and not found[0].startswith("according"):
            cue = _cue_after_role(rest, found.start(), base)
        if cue is None and "," in rest:
            cue = _role_comma_name(rest, base)
    if cue is None and it and rest.startswith("it") and _IT_SAID.match(rest):
        cue = _Cue("it", "it", base)
    if " No. " in rest and (cue is None or cue.kind == "name" and cue.text.endswith(" No")):
        cue = _numbered(rest, base, cue)
    if cue is None and lead is not None and lead.lastindex:  # (a dash in the lead)
        cue = _signed(rest, base)
    if cue is None and "who" in rest:
        cue = _named_only_as(rest, base)
    return cue


# the comma before a subject and its speech verb that end the sentence a quote stands inside
# (_cue_ending_sentence)
_COMMA_BEFORE_SUBJECT = re.compile(r",[^\S\n]*(?=\S)")
# a capitalised word that ends a text (_cue_ending_sentence)
_NAME_ENDS = re.compile(r"\b[A-Z][\w’'\-]*[^\S\n]*$")
# what may follow that verb to the sentence's end: an object or a phrase, no clause of its own (" in
# a statement", " Reuters", " on NBC 's ... "): no comma, semicolon or colon, up to this many characters
MAX_TAIL_AFTER_VERB_CHARS = 60


def _cue_ending_sentence(after: str, offset: int) -> _Cue | None:
    """The speaker of a quote that stands inside its sentence, read at the sentence's end: the
    words after the closing mark go on in lower case to the first comma, then a subject and a speech
    verb end the sentence (`" We are not waiting for them . We are going to build it " ourselves ,
    Jindal said .`, `“a deterioration of security” in a shooting, Mr. Hutchinson said.`); None
    otherwise.
    `after`: the sentence from the quote's closing mark on (find._find_cue's window)."""
    if not after.lstrip(" ")[:1].islower():
        return None
    comma = _COMMA_BEFORE_SUBJECT.search(after)
    if comma is None:
        return None
    subject = _SUBJECT_BEFORE_VERB.match(after, comma.end())
    # (not a run before "according to", the source's, nor one whose verb comes after a comma: "the
    # Bahamas-based Barracuda Tanker Corporation , itself part-owned by ... , insisted", an
    # apposition of the phrase before the comma)
    if subject is None or subject[0].endswith("according to") or "," in subject[0]:
        return None
    if subject["np"] and _NAME_ENDS.search(after, 0, comma.start()):
        # (a role after a name and its comma is the name's apposition as well as a subject: `“…”
        # than Harris, the president said` is no one's to tell here)
        return None
    tail = after[subject.end() :].rstrip(" .!?\n")
    if len(tail) > MAX_TAIL_AFTER_VERB_CHARS or any(c in tail for c in ",;:"):
        return None
    return _cue(subject, offset)


# the rest of a role's phrase "of" an organisation after an inverting verb, then its holder's name that
# ends the clause (", says the chairman of Kazakhstan's atomic energy committee Temir Zhantikin ."):
# up to MAX_HOLDER_AFTER_CHARS of words with no stop, colon or quote between (the role's longest
# tail, as before a name in apposition: _ROLE_COMMA_NAME), a comma maybe before the name (_cue_after);
# none of them a relative's or a passive's word, whose clause names someone else ("says the president
# of the foundation set up by Bill Gates", "the chairman of the company that employs Tony Hayward")
MAX_HOLDER_AFTER_CHARS = 60
_HOLDER_AFTER_ROLE = re.compile(
    rf"(?:(?!\b(?:by|that|which|who|whom|whose)\b)[^,.;:!?\"“”◊\n]){{0,{MAX_HOLDER_AFTER_CHARS}}}?"
    rf"[^\S\n]*,?[^\S\n]+(?P<name>{_NAME})(?=[^\S\n]*(?:[.,;]|$))"
)
# a possessive inside a run of capitals ("BP's CEO"): _cue_after
_OWNED_RUN = re.compile(r"\w['’]s[^\S\n]")
# a name right after a quote, then a possessive the tokenizer split off (" 's ") and a speech verb
# after up to 3 more words with no comma between (`," Cameron 's office said`, `," BP 's Doug Suttles
# said`; not `," BP 's CEO , Tony Fischer , informed`, whose holder in apposition is read
# elsewhere): _cue_after
_TOKENIZED_OWNER = re.compile(
    rf"{_NAME}(?=[^\S\n]['’]s[^\S\n]+(?:[\w.\-]+[^\S\n]+){{0,3}}{_BETWEEN}(?:{_VERB.pattern}))"
)


# a possessive, then an aide or a spokesperson it owns (up to two describing words: "the senator 's
# top aide"), ending the subject after an inverting verb (_cue_after)
_OWNED_SPEAKER = re.compile(
    r"[^\S\n]*['’]s[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+){0,2}?"
    rf"(?P<noun>(?:{'|'.join(sorted(_AIDE_NOUNS))}|spokes(?:man|woman|person)))(?={_INVERTED_SUBJECT_END.pattern})"
)


# a source who gives a name of theirs only, in a relative clause of the cue (`," said one , who
# identified himself only as Daryl .`, `," said a worker who would give only his first name, Daryl`):
# the name is who spoke, the only name the text gives them
_NAMED_ONLY_AS = re.compile(
    r"\bwho[^\S\n]+(?:would[^\S\n]+|did[^\S\n]+)?(?:identified|identify|gave|give|introduced)[^\S\n]+"
    r"(?:only[^\S\n]+)?(?:(?:him|her)self|(?:his|her)[^\S\n]+(?:(?:first|last)[^\S\n]+)?name)"
    rf"(?:[^\S\n]+only)?(?:[^\S\n]+as[^\S\n]+|[^\S\n]*,[^\S\n]*)(?P<name>{_NAME})"
)
# how far into the cue's window the clause may start: the verb and a short subject before it
MAX_NAMED_ONLY_AS_AT = 60


# a role set before its holder's name, the name between commas, then the verb (`," a spokesman ,
# Philip Crowley , said`, `," BP 's CEO , Tony Hayward , told`, `," one visitor , Grace Vondohlen ,
# said`): the name in apposition is the verb's subject, as "spokesman Philip Crowley said" is
# (_cue_after_role). The role opens with a determiner or a possessive and holds no comma, stop,
# colon or quote, so the phrase before the name is one noun phrase, not a clause of its own; up to
# MAX_ROLE_COMMA_CHARS of it (the longest of heap-10000's: "the Obama administration 's point man
# for the disaster", 49 characters)
MAX_ROLE_COMMA_CHARS = 60
# words in lower case that may describe the name after the comma ("the candidate, regional bureaucrat
# Resulberdy Mammedov, said"): a title of two or three words ("former deputy minister")
MAX_DESCRIBING_WORDS = 3
_ROLE_COMMA_NAME = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.]*[^\S\n]?['’]s)[^\S\n]"
    rf"[^,.;:!?\"“”\n]{{1,{MAX_ROLE_COMMA_CHARS}}}?[^\S\n]*,[^\S\n]*(?P<words>(?:[a-z][\w\-]*[^\S\n]+){{0,{MAX_DESCRIBING_WORDS}}})"
    rf"(?P<name>{_NAME}{_LOST_LETTER_TAIL})[^\S\n]*,[^\S\n]*{_BETWEEN}(?:{_VERB.pattern})"
)


def _role_comma_name(rest: str, offset: int) -> _Cue | None:
    """The name of _ROLE_COMMA_NAME right after the quote, if it names a person (two words or
    more: not "the company , BP , said"), the words in lower case before it a description, no
    clause ("the chairman , who met John Brown , said")."""
    m = _ROLE_COMMA_NAME.match(rest)
    if m is None or len(m["name"].split()) < 2 or any(w in _NOT_DESCRIPTION for w in m["words"].split()):
        return None
    return _Cue("name", m["name"], offset + m.start("name"))


# the mirror of _ROLE_COMMA_NAME: the name first, then its role after a comma with no closing comma
# before the verb (`," Oswald Clint , oil analyst at Bernstein said`, `," Robert Reeves , Anadarko 's
# general counsel said`, `," David Nicholas , a BP spokesman wrote`): the name is the verb's subject,
# the role its apposition, as in "Oswald Clint , oil analyst at Bernstein , said" with the comma the
# writer left out. The role opens with a determiner, a possessive or a word in lower case (not "Jones
# and Brown said", a list of names; not a pronoun: `," John Smith , she later said` is hers, to him)
# and holds no comma, stop, colon or quote, so it is one noun phrase;
# up to MAX_ROLE_COMMA_CHARS of it, as before a name
_NAME_COMMA_ROLE = re.compile(
    rf"(?P<name>{_NAME})[^\S\n]*,[^\S\n]*"
    r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.]*[^\S\n]?['’]s|(?!(?:he|she|they|we|it|who)\b)[a-z][a-z-]+)[^\S\n]"
    rf"[^,.;:!?\"“”\n]{{0,{MAX_ROLE_COMMA_CHARS}}}?[^\S\n]"
    rf"(?:{_VERB.pattern})"
)


def _name_comma_role(rest: str, offset: int) -> _Cue | None:
    """The name of _NAME_COMMA_ROLE right after the quote, if it names a person: two words or more,
    as _role_comma_name takes, that look personal (not a fronted place or date: `" In Hopedale ,
    oysterboat captain Michael Anglin says`, `" In June , the scientists ...`)."""
    m = _NAME_COMMA_ROLE.match(rest)
    if m is None or len(words := m["name"].split()) < 2 or not _looks_personal(words):
        return None
    if _KIN_LISTED.match(rest, m.end("name")) is not None:
        # `," John Smith, his wife and their two children said`: a list of the family, no
        # apposition; they speak together, no one person
        return _Cue("unnamed", "", offset + m.start("name"))
    return _Cue("name", m["name"], offset + m.start("name"))


# the name, then a relative clause or an apposition about it in commas, then the verb (`," Kimberly
# Mertz , who works at a marina in rural Venice , Louisiana , said`, `,” Margie Miller, who lost her
# husband, Joel, said`, `,” Matt Bennett, a spokesman for Third Way, a left-leaning research group,
# said`, `," Akhtar Zamin, the home minister for southern Sindh province, of which Karachi is the
# capital, said`): the name is the verb's subject, as with any apposition (patterns._APPOSITION, which
# holds no comma: a relative clause or a role holds a place's, an organisation's or a name's own). The
# clause opens with "who" or "whose", the apposition with a determiner or a possessive pronoun; it runs
# to the first comma before a speech verb, and holds no stop, colon or quote (one clause); up to
# MAX_APPOSITION_CHARS, the longest apposition read elsewhere
_NAME_COMMA_WHO = re.compile(
    rf"(?P<name>{_NAME})[^\S\n]*,[^\S\n]*(?:who(?:se)?|[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)[^\S\n]"
    rf"[^.;:!?\"“”\n]{{1,{MAX_APPOSITION_CHARS}}}?[^\S\n]*,[^\S\n]*(?:{_VERB.pattern})"
)


def _name_comma_who(rest: str, offset: int) -> _Cue | None:
    """The name of _NAME_COMMA_WHO right after the quote, if it names a person: two words or more that
    look personal, as _name_comma_role takes."""
    m = _NAME_COMMA_WHO.match(rest)
    if m is None or len(words := m["name"].split()) < 2 or not _looks_personal(words):
        return None
    return _Cue("name", m["name"], offset + m.start("name"))


def _named_only_as(rest: str, offset: int) -> _Cue | None:
    """The name of _NAMED_ONLY_AS in the cue's clause (no stop, colon or semicolon before it)."""
    m = _NAMED_ONLY_AS.search(rest)
    if m is None or m.start() > MAX_NAMED_ONLY_AS_AT or any(c in rest[: m.start()] for c in ".;:!?"):
        return None
    return _Cue("name", m["name"], offset + m.start("name"))


def _signed(rest: str, offset: int) -> _Cue | None:
    """2a: a person's name after a dash after the quote, with nothing after it but a comma, a full
    stop, a bracket, another quote or the end of the line (`" - Tony Hayward " There 's`, `" --
    Llewellyn H. Rockwell Jr.`, `" - Elaine Seniuk , Enfield , Canada`, `" - Mike , Stony Plain`):
    the quote signed, as an epigraph or a reader's letter is (a "signed" cue: its statement goes on
    to no quote after it, find_quotes). A name of two words or more that looks
    personal, or a given name alone; not a sentence that goes on after a dash (`" - BP is stressing`,
    `" -- The Minerals Management Service , the regulatory agency that failed`), nor a wire's name
    (`" - Sapa`)."""
    m = _SIGNED.match(rest)
    if m is None:
        return None
    tokens, honorific = _strip_phrase(m["name"])
    if honorific is not None or len(tokens) != len(m["name"].split()):
        return None  # (a title, an article before the name: a sentence's subject more likely)
    personal = _looks_personal(tokens) if len(tokens) > 1 else tokens[0].lower() in _given_names()
    return _Cue("signed", m["name"], offset) if personal else None


def _caption(text: str, at: int, end: int, sentence_start: int) -> _Cue | None:
    """2b: a person's name, maybe after a title and before "of" and an organisation, then a colon
    right before the quote from `at` to `end` (its marks): a caption over a pull quote that a page
    ran into its text (`... to contain and clean up the spill . Doug Suttles of BP : " We 've had
    periods of pumping ... " He said US Energy Secretary Steven Chu was ...`, BBC's, or after the
    headline: `First UK swine flu patient death Prof. John Oxford : " … "`), or a writer whose
    words a digest quotes (`... greenhouse gas emissions , reports Sindya Bhanoo : " … "`). The
    quote is the name's whatever cue comes after it, and a "signed" cue, as a name signing a quote
    after it is: no statement goes on from it, and no later pronoun means it (find_quotes, people's
    subject runs). Not a name that a speech verb, an apposition or a preposition brings in (`He
    added , with a reference to Gen. David H. Petraeus : “…”`, `Billy Nugesser , president of the
    coastal Plaquemines Parish : "…"`, `in the depths of the Great Depression : “…”`), a speech verb
    set before its subject (`Added Gibbs : "…"`), nor words quoted inside a sentence that goes on
    after them (`Sen. Lindsey Graham: “Anything short” of Russia collusion will ...`)."""
    m = _CAPTION_BEFORE.search(text, max(sentence_start, at - MAX_CAPTION_CHARS), at)
    if m is None or _SENTENCE_GOES_ON.match(text, end):
        return None
    tokens, _ = _strip_phrase(m["name"])
    if (
        len(tokens) < 2
        or tokens[0].lower() in _INVERTING_VERBS
        or not _looks_personal(tokens)
        or any(token.lower() in _NUMBER_WORDS for token in tokens)
    ):
        return None
    lead = text[sentence_start : m.start()]
    if not _REPORTS_BEFORE.search(lead) and (
        "," in lead or _OBJECT_BEFORE.search(lead) or _VERB.search(lead) is not None
    ):
        return None
    return _Cue("signed", m["name"], m.start())


# the capitalised words of a caption's name (a title, a given name, a surname: up to 5) and its tail
# right before a quote's opening mark (_caption); the characters read back for them
_CAPTION_BEFORE = re.compile(
    rf"(?<![\w.’'\-])(?P<name>[A-Z][\w.’'\-]*(?:[^\S\n]+[A-Z][\w.’'\-]*){{1,4}}){_CAPTION_TAIL}$"
)
MAX_CAPTION_CHARS = 120
# a number spelt out is no word of a person's name: a caption's run with one names a stage, a level
# or a thing's number ("The WHO defines Phase Six : " Phase 6 , the pandemic phase , is ... "", T17
# H1N1_bbc/348: was the speaker "Phase Six")
_NUMBER_WORDS = frozenset(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
)
# a word in lower case right after a quote's closing mark, a comma aside: its sentence goes on, the
# quote is no pull quote under a caption (_caption)
_SENTENCE_GOES_ON = re.compile(r"[^\S\n]*[,;]?[^\S\n]*[a-z]")
# "reports" after a comma right before the name: the verb, set before its subject, of a writer whose
# article a digest quotes (_caption; no speech verb of _VERB, where it is more often the noun)
_REPORTS_BEFORE = re.compile(r",[^\S\n]+reports?[^\S\n]+$")
# a preposition, maybe an article and an owner's possessive, right before the name: its object
# (_caption: "to BP 's Lamar McKay :", "of the Great Depression :")
_OBJECT_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_PREPOSITIONS))})[^\S\n]+(?:(?:the|a|an)[^\S\n]+)?"
    rf"(?:[A-Z][\w.&\-]*(?:[^\S\n]+[A-Z][\w.&\-]*)*[^\S\n]?['’]s[^\S\n]+)?$"
)


# a name that signs the quote before it (_signed), then what may follow it: punctuation, another
# quote, the end of the line, or a pronoun or an article that opens the next sentence where a page
# lost its line breaks (`" - Carl-Henric Svanberg He 's not the only one`)
_SIGNED = re.compile(
    rf"(?P<name>{_NAME})(?=[^\S\n]*(?:[,.;(]|{_QUOTE_HOLE.strip()}|\n|$)|[^\S\n]+(?:He|She|It|They|We|I|The|This)\b)"
)


# the number that ends a name after "No." ("Juror No. 8"), no other name after it (_numbered)
_NUMBER_AFTER_NO = r"(?<=\bNo)\.[^\S\n]+\d+\b(?![^\S\n]+[A-Z])"
_NUMBER_ENDS_NAME = re.compile(_NUMBER_AFTER_NO)
_NUMBERED_SUBJECT = re.compile(rf"(?P<name>{_NAME}{_NUMBER_AFTER_NO})[^\S\n]+{_BETWEEN}(?:{_VERB.pattern})")


def _numbered(rest: str, offset: int, cue: _Cue | None) -> _Cue | None:
    """2a: a name that ends with "No." and a number, which a name run does not hold: `," said Juror
    No. 8, one of` (the cue found is "Juror No"), `," Juror No. 12 said` (none found)."""
    if cue is None:
        m = _NUMBERED_SUBJECT.match(rest)
        return _Cue("name", m["name"], offset) if m is not None else None
    number = _NUMBER_ENDS_NAME.match(rest, cue.at - offset + len(cue.text))
    return _Cue("name", cue.text + number[0], cue.at) if number is not None else cue


def _unnamed_source(m: re.Match[str], offset: int) -> _Cue:
    """An unnamed source brought in with "a" or "an" (_UNNAMED_SOURCE) is someone new, no one
    named before: the organisation named with it speaks ("a Twitter representative told" ->
    Twitter, "an Interior official said" -> Interior), as for a spokesperson; with none, or with a
    party's or a nation's word ("a Republican representative", "a senior official", "a British
    official") or a grouping of teams ("an Eastern Conference executive"), nobody named does."""
    org, head = m["org"], m["head"]
    words = org.split() if org else []
    # (a demonym is the last of the words, the one that describes the source: "a South African
    # official", "a Pakistani Taliban official"; a word before another is an organisation's first,
    # "a Morgan Stanley official", "a Goldman Sachs executive", "a European Union official")
    if any(w.lower() in _NOT_ORGANISATION for w in words) or (
        words and (words[-1].endswith(_DEMONYM_ENDS) or words[-1].lower() in _MEMBERS_GROUPINGS)
    ):
        words = []
    if words and head:  # "a Biden administration official"
        return _Cue("group", f"{org}{head}", offset + m.start("org"))
    if (
        words
        and not m.groupdict().get("spokes")
        and _SPEAKS_FOR.search(m.string, m.end("org"), m.end()) is None
    ):
        # "an Obama aide said", "said the Spears staffer": a "source" cue, which _resolve reads as
        # the organisation's name unless the article names a person so ("Barack Obama"): a
        # person's aide, adviser or staffer is someone else, whom the text does not name (a
        # spokesperson speaks for the person: "an Obama spokesman" stays Obama's, and so does a
        # representative, whose job is to speak for the person: "a Cruise representative said")
        return _Cue("source", org.rstrip(), offset + m.start("org"))
    if words:
        return _Cue("name", org.rstrip(), offset + m.start("org"))
    if head:  # "a senior administration official": the administration named before
        return _Cue("group", f"the {head}", offset + m.start("head"))
    return _Cue("unnamed", "", offset + m.start())


# an "X and Y <people>" group (patterns._PAIRED) as the subject right after a quote, before its
# verb or after an inverting one (_cue_after); the longest: two halves of three words, two
# describing words and the head, about 100 characters, with the verb and the words between
_PAIRED_SUBJECT = re.compile(
    rf"(?P<group>{_PAIRED})[^\S\n]+{_BETWEEN}(?:{_VERB.pattern})"
    rf"|(?:{'|'.join(sorted(_INVERTING_VERBS))})[^\S\n]+(?P<after>{_PAIRED})"
)
MAX_PAIRED_CHARS = 140


def _titled_half(group: str) -> bool:
    """Whether a half of an "X and Y <people>" group is a person by its words: a title or a given
    name ("said Sen. John McCain and Republican lawmakers": the senator is the subject, as before);
    speakers._paired_person asks the article's surnames as well. An acronym is no title ("US")."""
    return any(
        word[:1].isupper()
        and ((w := word.rstrip(".").lower()) in _given_names() or (w in _TITLES and not word.isupper()))
        for word in group.split()
    )


# the unnamed source's noun for one who speaks on the name's behalf, as a spokesperson does
# (_unnamed_source): "a Cruise representative said" is Tom Cruise's word, not someone else's
_SPEAKS_FOR = re.compile(r"\brepresentatives?\b")

# what a speech verb reports when it brings in a clause of its own ("said he is relieved", "said
# Tuesday that"), not the quote before it
# ("said Halliburton would be vulnerable": a name, then a modal or an auxiliary, opens a clause too;
# so does "that" after a phrase of time or place, a clause's subject after it: "said after meeting with
# Cabinet officials at the White House that the"; not a relative "that" of the phrase's noun, "Obama
# said in an interview that aired on Sunday", which reports the quote before)
MAX_PHRASE_BEFORE_THAT_CHARS = 80
_THAT_SUBJECT = r"(?:(?:he|she|it|they|we|I|the|a|an|his|her|their|its|there|this)\b|[A-Z])"
_REPORTED_CLAUSE = re.compile(
    r"(?:[^\S\n]+(?:on[^\S\n]+)?[MTWFS][a-z]{2,5}day)?[^\S\n]+"
    r"(?:(?:that|he|she|it|they|we|I|the|a|an|his|her|their|its|there|this)\b"
    rf"|(?:after|before|while|during|in|at|on)[^\S\n][^.;:!?\"“”\n]{{1,{MAX_PHRASE_BEFORE_THAT_CHARS}}}?[^\S\n]that"
    rf"[^\S\n]+{_THAT_SUBJECT}"
    r"|[A-Z][\w’'.\-]*(?:[^\S\n]+[A-Z][\w’'.\-]*){0,3}[^\S\n]+"
    r"(?:would|will|is|was|were|are|has|had|have|could|should|may|might|must|can)\b)"
)


def _spokesperson(window: str, verb: int, offset: int) -> _Cue | None:
    """An unnamed spokesperson, the subject of the verb at `verb`, speaks for the organisation named
    with it ("A Downing Street spokesman said", "a spokeswoman for the Obama campaign said")."""
    m = _SPOKESPERSON_SUBJECT.search(window, max(0, verb - MAX_SUBJECT_CHARS), verb)
    if m is None:
        return None
    org = m["before"] or m["after"]
    return _Cue("name", org, offset + m.start("before" if m["before"] else "after"))


# whom a spokesperson speaks "for": a name, or two runs joined by "and" ("the National Oceanic and
# Atmospheric Administration", which a name run stops at), and a group's head (_SPOKESPERSON_AFTER,
# _SPOKESPERSON_SUBJECT)
_SPOKEN_FOR = rf"{_NAME}(?:[^\S\n]+and[^\S\n]+{_NAME})?(?:[^\S\n]+(?:{'|'.join(sorted(_GROUP_HEADS))}))?"
# an unnamed spokesperson "for" someone right after a quote, before its verb or after an inverting
# one (`," a spokesman for the senator said`, `," said a spokeswoman for the Vermont senator .`, `,"
# said a spokesman for Nosdra .`): he speaks for the one he represents, as "A spokesman for the
# senator said : " …"" before a quote is read (the subject found before that verb is "the senator"),
# so the role (group "np", up to two describing words, as _AIDE_OF allows) or the name after "for"
# (group "org", as _SPOKESPERSON_SUBJECT reads it before a verb) is the cue; a name in apposition
# after an inverting verb is the spokesperson's own (`," said a spokesman for the senator , Tom Brown
# .`); before a verb, `," a spokesman for the senator , Tom Brown , said` is left to _role_comma_name
_SPOKESPERSON_AFTER = re.compile(
    rf"[^\S\n]*(?P<verb>(?:{'|'.join(sorted(_INVERTING_VERBS))})[^\S\n]+)?(?:[Aa]n?|[Tt]he)[^\S\n]+"
    r"spokes(?:man|woman|person)[^\S\n]+for[^\S\n]+"
    rf"(?:(?P<np>the[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+|[A-Z][a-z]+[^\S\n]+){{0,2}}(?:{'|'.join(sorted(_ROLE_HEADS))}))"
    rf"|(?:the[^\S\n]+)?(?P<org>{_SPOKEN_FOR}))"
    rf"(?:[^\S\n]*,[^\S\n]*(?P<name>{_NAME}))?"
    rf"(?P<after>[^\S\n]+{_BETWEEN}(?:{_VERB.pattern})|(?=[^\S\n]*(?:,(?![^\S\n]*[A-Z])|[.;:)]|$)|[^\S\n]+(?:who|from)\b))"
)


# a spokesperson named with no one they speak for, right after a quote, before its verb or after an
# inverting one (`," a spokeswoman said .`, `," said a spokesman .`), maybe with words in lower case
# before the noun (group "words": `," a government spokesman said`)
_BARE_SPOKESPERSON = re.compile(
    rf"[^\S\n]*(?P<verb>(?:{'|'.join(sorted(_INVERTING_VERBS))})[^\S\n]+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)[^\S\n]+"
    r"(?P<words>(?:[a-z][\w\-]*[^\S\n]+){1,2})?spokes(?:man|woman|person)"
    rf"(?P<after>[^\S\n]+{_BETWEEN}(?:{_VERB.pattern})|(?=[^\S\n]*(?:[.;:)]|,(?![^\S\n]*[A-Z])|$)))"
)


def _bare_spokesperson(rest: str, offset: int, it: bool) -> _Cue | None:
    """A spokesperson right after a quote who speaks for no one named with them (_BARE_SPOKESPERSON):
    the organisation the text made speak or act last, as for `,” it said` (an "it" cue, _it: `BP
    denied that Hayward was close to resigning . " … , " a spokeswoman said`), never the person
    named before, whose statement the quote does not go on with; with `it` false (none found), a
    "spokesperson" cue: the organisation whose statement goes on, if the quote's statement is one's
    (find_quotes); with words before the noun (`," a government spokesman said`), no one named."""
    m = _BARE_SPOKESPERSON.match(rest)
    # (the verb must follow when no inverting verb came first, and the clause must end when one did)
    if m is None or bool(m["verb"]) == bool(m["after"].strip()):
        return None
    if m["words"]:
        return _Cue("unnamed", "", offset + m.start())
    return _Cue("it_spokesperson" if it else "spokesperson", "it", offset + m.start())


def _spokesperson_after(rest: str, offset: int) -> _Cue | None:
    """A spokesperson for someone right after a quote (_SPOKESPERSON_AFTER): the role, an "np" cue,
    or the name, as the subject before the verb is when the spokesperson comes before the quote;
    the spokesperson's own name when an inverting verb brought it in apposition."""
    m = _SPOKESPERSON_AFTER.match(rest)
    # (the verb must follow when no inverting verb came first, and the clause must end when one
    # did: `," said a spokesman for the senator .`, not `," said a spokesman for the senator said`)
    if m is None or bool(m["verb"]) == bool(m["after"].strip()):
        return None
    if m["name"]:
        # (a name in apposition only after an inverting verb, and a person's: two words or more)
        if not m["verb"] or len(m["name"].split()) < 2:
            return None
        return _Cue("name", m["name"], offset + m.start("name"))
    if m["np"]:
        return _Cue("np", m["np"], offset + m.start("np"))
    return _Cue("name", m["org"], offset + m.start("org"))


# two people named as the subject right after a quote, "and" between, each maybe after a title
# (`, " Secretary of Homeland Security Janet Napolitano and Secretary of the Interior Ken Salazar said
# in a joint statement`, `, " Waxman and Stupak wrote`); within MAX_TWO_SPEAKERS_CHARS of the quote
MAX_TWO_SPEAKERS_CHARS = 120
_TWO_SPEAKERS = re.compile(
    rf"(?P<first>{_NAME_OF_ON})[^\S\n]+and[^\S\n]+(?P<second>{_NAME_OF_ON})[^\S\n]+{_BETWEEN}(?:{_VERB.pattern})"
)


def _two_speakers(rest: str, offset: int) -> _Cue | None:
    """2a: two people who say a quote together (_TWO_SPEAKERS): the first named, as one signs a
    joint statement first; not when a half is no person's name ("the National Oceanic and
    Atmospheric Administration said", "BP America Chairman and President Lamar McKay told"), nor
    when "and" is inside a department's name."""
    m = _TWO_SPEAKERS.match(rest)
    if m is None or _department_holder(rest, m.start("first"), m.end("second")) is not None:
        # ("Secretary of Health and Human Services Kathleen Sebelius said": one department's holder)
        return None
    for half in ("first", "second"):
        tokens = _strip_phrase(_name_of(m[half]) or m[half])[0]
        if not tokens or not _looks_personal(tokens):
            return None
    # ("Secretary of Homeland Security Janet Napolitano": the person of a title's run "of" a place,
    # as _cue reads it)
    first = _name_of(m["first"]) or m["first"]
    return _Cue("name", first, offset + m.start("first") + max(0, m["first"].rfind(first)))


def _cue_after_role(rest: str, verb: int, offset: int) -> _Cue | None:
    """2a: a name after a role right after the quote, the subject of the verb at `verb` (`," Kings
    coach Marc Crawford said`, `," Comcast executive vice president David Cohen said`): up to
    MAX_ROLE_WORDS words before the name, one of them a role, none a preposition but "of" (not `,"
    the report by Smith said`)."""
    # (asked first, cheaply: a role word, or a title's abbreviation's full stop, before the verb, or
    # a word in lower case first)
    if not rest[:1].islower() and "." not in rest[:verb] and _ROLE_WORD.search(rest, 0, verb) is None:
        return None
    subject = _subject_before(rest, verb)
    if subject is None or not (name := subject["name"]):
        return None
    start = subject.start()
    first, _, named = name.partition(" ")
    if rest[start - 1 : start] == "-" and first.lower() in _ROLE_HEADS and named:
        # `," Daily Wire co-CEO Jeremy Boreing told`: the run of capitals opens inside the hyphenated
        # role, whose last part in capitals ("CEO") is no word of the name
        start += len(first) + 1
        name = named
    words = rest[:start].split()
    if not 1 <= len(words) <= MAX_ROLE_WORDS or not _ROLE_WORDS.fullmatch(rest, 0, start):
        return None
    lower = [w.lower().rstrip(",") for w in words]
    # (a preposition makes the name its object, a conjunction another clause's subject: ," though
    # Judge James Bodiford said jurors ...; "and" joins roles: "team president and general manager")
    if any(w in _PREPOSITIONS and w != "of" for w in lower) or any(w in _CLAUSE_OPENERS for w in words):
        return None
    # a role among the words, or a few words in lower case before a titled name (," newly
    # sworn-in Senate Majority Leader Chuck Schumer said), the last of them in lower case: it ends a
    # name run, so capitalised words before it are the force's or the office's place, not the name's
    # (," Boston police Sgt. Mary Smith said, as "said Troy police Lt. Gerry Scherlinck" is read:
    # _ROLE_THEN_NAME); not a possessive, which owns the noun taken for the verb ("“extraordinary,”
    # and rejected Mr. Trump’s claims")
    tokens = _strip_phrase(name)[0]
    titled = len(tokens) < len(name.split())
    # (a hyphenated role by its last part: "co-CEO", "editor-in-chief")
    heads = [w.rpartition("-")[2] for w in lower]
    # (or words in lower case alone before a person's full name: `," defensive end Vonnie Holliday
    # said`, `," an unusually stoic Sam Mitchell told reporters`)
    described = len(tokens) >= 2 and all(w.islower() for w in words) and _looks_personal(tokens)
    if not any(w in _ROLE_HEADS or w in _PERSON_NOUNS for w in heads) and not (
        (titled or described) and len(words) <= 3 and words[-1].islower() and not name.endswith(("’s", "'s"))
    ):
        return None
    return _cue(subject, offset) if start == subject.start() else _Cue("name", name, offset + start)


def _described_name(rest: str, at: int) -> re.Match[str] | None:
    """A person's name after a few words in lower case that describe it, the subject after an
    inverting verb ending at `at` ("said owner Ted Leonsis, who", "said former Massachusetts Gov.
    Michael Dukakis", "said 17 - year - old Jeremy Ortiz"): two names or more, or a name after a
    title, and no word of a clause ("said he told John Smith")."""
    m = _DESCRIBED_NAME.match(rest, at)
    if m is None or any(w in _NOT_DESCRIPTION for w in m["words"].split()):
        return None
    words = m["name"].split()
    tokens, _ = _strip_phrase(m["name"])
    if not tokens or not _looks_personal(tokens):
        return None
    # one name only after a title ("said head Coach Ryan"), not after a place's word ("a New Yorker"),
    # or after a determiner and its description ("said the 36 - year - old Klitschko", "said an
    # upbeat Colaiacovo")
    titled = len(tokens) < len(words) and words[-2].lower().rstrip(".") not in _TITLE_PREFIXES
    return m if len(tokens) > 1 or titled or (m["det"] and len(words) == 1) else None


def _statement_from(m: re.Match[str] | None, offset: int) -> _Cue | None:
    """The source a statement is from (_STATEMENT_FROM): the person named in apposition to its
    owner's role ("Grimm's attorney, William McGinley"), the owner of an office ("Harry Reid's
    office"), else the source itself; None for a role of the owner's with no name."""
    if m is None:
        return None
    if m["apposed"]:
        return _Cue("name", m["apposed"], offset + m.start("apposed"))
    if m["role"] is not None and m["role"] not in _OWN_WORDS:
        return None
    return _Cue("name", m["source"], offset + m.start("source"))


# what a statement or a quote may come from that is its owner's own words or office ("a statement
# from Harry Reid's office", "the full quote from Gavin Schmidt 's interview :"), not a person of
# the owner's ("Grimm's attorney") (_statement_from)
_OWN_WORDS = frozenset({"office", "interview", "remarks", "speech", "testimony", "letter", "tweet", "post"})


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
    return " " * active.start("obj") + active["obj"] + said + window[active.end() :]


_ACCORDING_TO = re.compile(r"\baccording to\b")


def _according_to(window: str, offset: int) -> _Cue | None:
    """2a: `, according to X` after the quote, before any other quote."""
    if "according to" not in window:  # (most windows: no search)
        return None
    according = _ACCORDING_TO.search(window.split(_QUOTE_HOLE.strip())[0])
    if according is None:
        return None
    return _source_after(window, according.end(), offset)


def _document_issuer(window: str, offset: int) -> _Cue | None:
    """2a: the person named as the subject of the last "issued a memo" (a document's noun after a
    verb that puts it out) in `window`, the sentence before a quote: the quote is the document's
    words, the issuer's, and an "according to" far after the quote (`Attorney General Bill Barr
    issued a memo to federal prosecutors authorizing them to probe “specific allegations” of voter
    fraud ahead of ..., according to NBC News`) names who reported the sentence (find._find_cue)."""
    if not any(verb in window for verb in _ISSUING_VERBS):  # (most sentences: no search)
        return None
    issued = list(_ISSUED_DOCUMENT.finditer(window))
    if not issued:
        return None
    cue = _cue(_subject_before(window, issued[-1].start()), offset)
    return cue if cue is not None and cue.kind == "name" else None


# verbs that put a document out, then (_ISSUED_DOCUMENT) a determiner, up to two words and the document
_ISSUING_VERBS = ("issued", "sent", "released", "signed", "circulated", "drafted")
_ISSUED_DOCUMENT = re.compile(
    rf"\b(?:{'|'.join(_ISSUING_VERBS)})[^\S\n]+(?:a|an|the|his|her|its|their)[^\S\n]+"
    rf"(?:[\w\-]+[^\S\n]+){{0,2}}?(?:{'|'.join(sorted(_DOCUMENTS, key=len, reverse=True))})\b"
)


def _source_after(window: str, at: int, offset: int) -> _Cue | None:
    """The source after "according to" ending at `at`: the person after a role ("according to
    Wilson Center director Rojansky", not 'Wilson Center'), else the subject there."""
    named = _role_then_name(window, at)
    if named is not None:
        return _Cue("name", named["name"], offset + named.start("name"))
    return _cue(_SUBJECT_AFTER.match(window, at), offset)


# words of a role before a name (_cue_after_role): no more, and no punctuation between them
MAX_ROLE_WORDS = 6
_ROLE_WORDS = re.compile(r"(?:[\w.&’'\-]+[^\S\n]+)*[\w.&’'\-]+,?[^\S\n]+")  # ("his mother, Jane Smith")
_ROLES_AND_NOUNS = sorted(_PERSON_NOUNS | _ROLE_HEADS)
# ... in lower case, capitalised ("BP 's outgoing Chief Executive Tony Hayward", "Rosneft 's President ,
# Eduard Khudainatov") or, three letters at most, in capitals ("the platform's CEO John Matze"): the
# forms listed, which a pattern matches three times as fast as `(?i:...)`; a longer role in capitals
# ("White House CORRESPONDENT Alex Wagner") is asked in any case only where more capitals than an
# acronym's follow, which few words are
MAX_ROLE_ACRONYM_LETTERS = 3
_ROLES_EITHER_CASE = "|".join(
    [
        *_ROLES_AND_NOUNS,
        *(w.capitalize() for w in _ROLES_AND_NOUNS),
        *(w.upper() for w in _ROLES_AND_NOUNS if len(w) <= MAX_ROLE_ACRONYM_LETTERS),
        rf"(?=[A-Z]{{{MAX_ROLE_ACRONYM_LETTERS + 1}}})(?i:{'|'.join(_ROLES_AND_NOUNS)})",
    ]
)
_ROLE_WORD = re.compile(_word_alternatives(_ROLES_AND_NOUNS), re.IGNORECASE)
# a role, then the name, after a verb whose subject may follow ("said running back Rashard Mendenhall",
# "said White House press secretary Jay Carney", "said Vancouver police spokesperson Tim Fanning"); a
# title's abbreviation is a role as well after a word in lower case or a possessive, which ends a name
# run ("said Troy police Lt. Gerry Scherlinck": not the place 'Troy'; "said the CDC 's Dr. Lyle
# Petersen"), not after a capitalised word, which the name run reads ("said Kerry St. P")
_NOT_ROLE_WORD = r"(?!(?:that|who|which|when|while|because|if|as|on|in|at|he|she|they|we|it|I|you)\b)"
# the words of an organisation and of a role's modifiers before the role (_ROLE_THEN_NAME: "said Los
# Angeles Times White House correspondent Alex Wagner", "said BP 's outgoing Chief Executive Tony
# Hayward"); none a subject pronoun, which opens the clause the verb reports ("said he would have
# fired BP CEO Tony Hayward"); 7 for the longest read in heap-10000 ("said University of Rhode Island
# ocean engineering professor Malcolm Spaulding", "said House Environment and Natural Resources Committee
# Chairman Ed Markey": 5 gave the organisation or a word of it; 7 changes no other speaker there)
MAX_WORDS_BEFORE_ROLE = 7
_ROLE_THEN_NAME = re.compile(
    rf"[^\S\n]+(?:(?:{_NOT_ROLE_WORD}[\w.’'\-]+[^\S\n]+){{0,{MAX_WORDS_BEFORE_ROLE}}}(?:{_ROLES_EITHER_CASE})"
    rf"|(?:{_NOT_ROLE_WORD}[\w.’'\-]+[^\S\n]+){{0,2}}{_NOT_ROLE_WORD}(?:[a-z][\w’'\-]*|[’']s)[^\S\n]+"
    rf"(?:{_ABBREV}[^\S\n]+)*{_ABBREV})"
    rf"[^\S\n]+(?P<name>{_NAME})(?={_INVERTED_SUBJECT_END.pattern})"
)


def _role_then_name(window: str, at: int) -> re.Match[str] | None:
    """_ROLE_THEN_NAME at `at`, unless a person's name and "and" stand among the words before the role:
    two people, the first with a title ("said Secretary of State Hillary Clinton and Defense Secretary
    Robert Gates": the first named, _two_speakers' convention), not one role's modifiers ("said House
    Environment and Natural Resources Committee Chairman Ed Markey")."""
    named = _ROLE_THEN_NAME.match(window, at)
    if named is None or " and " not in window[at : named.start("name")]:
        return named
    for joined in _NAME_BEFORE_AND.finditer(window, at, named.start("name")):
        tokens = _strip_phrase(joined[1])[0]
        if len(tokens) >= 2 and _looks_personal(tokens):
            return None
    return named


# a name run right before "and" (_role_then_name)
_NAME_BEFORE_AND = re.compile(rf"({_NAME})[^\S\n]+and[^\S\n]")


# an organisation's possessive, then a person's name that ends the subject, after a verb whose
# subject may follow ("says CNN 's Wolf Blitzer ,", "said NOAA's Steve Murawski.", "said Point Carbon
# 's Brochman .", the tokenizer's " 's " too): the person, not the organisation (_cue_after)
_OWNED_NAME_AFTER = re.compile(
    rf"[^\S\n]+(?:the[^\S\n]+)?{_NAME}[^\S\n]?['’]s[^\S\n]+(?P<name>{_NAME})(?={_INVERTED_SUBJECT_END.pattern})"
)


# how far after the verb the owner's possessive may end (an owner of several words: "the National
# Wildlife Federation 's")
MAX_OWNED_AFTER_CHARS = 80


def _owned_name_after(rest: str, at: int) -> re.Match[str] | None:
    """The _OWNED_NAME_AFTER right after a verb ending at `at` whose name is a person's, no title
    alone ("said Rosneft 's President , Eduard Khudainatov": the apposition's, _NOUN_THEN_NAME)."""
    # (a possessive's "s" after an apostrophe within the subject's reach first: most subjects have none)
    reach = rest[at : at + MAX_OWNED_AFTER_CHARS]
    if "'s" not in reach and "’s" not in reach:
        return None
    m = _OWNED_NAME_AFTER.match(rest, at)
    return m if m is not None and _strip_phrase(m["name"])[0] else None


# a person noun or a role, then the name in apposition, after a verb ("said his mother, Jane Smith";
# a possessive before it, tokenized too: `," said Smith 's lawyer , John Doe .`);
# the determiner may be left out before a role of an organisation's (`," said WHO director general ,
# Margaret Chan`: the person, not the organisation that opens the role)
_NOUN_THEN_NAME = re.compile(
    rf"[^\S\n]+(?:(?:his|her|their|the|an?)[^\S\n]+)?(?:[\w’'\-]+[^\S\n]+){{0,2}}?"
    rf"(?:{_ROLES_EITHER_CASE})[^\S\n]?,[^\S\n]+(?P<name>{_NAME})"
)
# an unnamed spokesperson and the organisation named with it, just before a verb (_spokesperson);
# after "for", a name of two runs joined by "and" ("the National Oceanic and Atmospheric
# Administration", which a name run stops at) and its acronym in brackets, which the verb follows
# ("( Noaa ) said", "(EPA) said": an agency's short name given once, tokenized or not)
_SPOKESPERSON_SUBJECT = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)[^\S\n]+(?:(?P<before>{_NAME})[^\S\n]+spokes(?:man|woman|person)"
    rf"|spokes(?:man|woman|person)[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?(?P<after>{_SPOKEN_FOR})"
    r"(?:[^\S\n]*\([^\S\n]*[A-Z][A-Za-z.&\-]*[^\S\n]*\))?)[^\S\n]+"
    rf"{_BETWEEN}$"
)
_CLAUSE_OPENERS = (_CONJUNCTIONS | _CLAUSE_WORDS) - {"and", "or"}
# an unnamed source brought in with an indefinite article, "one" or "another", right after a quote
# (`," a Twitter representative told`, `," an Interior official said`, `," a senior administration
# official said`, `," one union official said`): capitalised words that name an organisation
# (group "org"), lower-case words, a source's head, its verb
# ... and right after a verb whose subject may follow (`," said a BP spokesman`, `," said the
# Democratic staffer`): "the" too, and a spokesperson; then no name in apposition (`," said a White
# House spokesman, Eric Schultz`: his), but the end of the clause, or a clause about the source
# the nouns of an unnamed source (_UNNAMED_AFTER, _UNNAMED_SOURCE): a source by its post or by the
# news trade's words for one who speaks unnamed ("one Western diplomat told Reuters", "said one analyst
# who asked not to be named")
_SOURCE_NOUNS = (
    "official|representative|employee|staffer|aide|source|executive|insider|adviser|advisor|officer|"
    "diplomat|analyst"
)
# a clause about the source between it and its verb, up to MAX_SOURCE_CLAUSE_CHARS with no stop or
# quote ("an administration official who spoke on the condition of anonymity said")
MAX_SOURCE_CLAUSE_CHARS = 80
_SOURCE_CLAUSE = rf"(?:who|familiar|close|speaking)\b[^.;:!?\"“”\n]{{0,{MAX_SOURCE_CLAUSE_CHARS}}}?,?"
_UNNAMED_AFTER = re.compile(
    rf"[^\S\n]+(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)[^\S\n]+(?:(?!(?:{'|'.join(sorted(_ORG_HEADS))})\b)[a-z][\w\-]*[^\S\n]+){{0,2}}"
    rf"(?P<org>(?:{_CAP}[^\S\n]+){{1,3}})?(?:(?P<head>{'|'.join(sorted(_ORG_HEADS))})[^\S\n]+)?(?:[a-z][\w\-]*[^\S\n]+){{0,2}}"
    rf"(?:{_SOURCE_NOUNS}|"
    r"(?P<spokes>spokesman|spokeswoman|spokesperson))"
    r"(?=[^\S\n]*(?:,(?![^\S\n]*[A-Z])|[.;:)]|$)|[^\S\n]+(?:who|said|says|told|added|familiar|close|speaking)\b)"
)
_UNNAMED_SOURCE = re.compile(
    rf"(?:[Aa]n?|[Oo]ne|[Aa]nother)[^\S\n]+(?:(?!(?:{'|'.join(sorted(_ORG_HEADS))})\b)[a-z][\w\-]*[^\S\n]+){{0,2}}(?P<org>(?:{_CAP}[^\S\n]+){{1,3}})?"
    rf"(?:(?P<head>{'|'.join(sorted(_ORG_HEADS))})[^\S\n]+)?(?:[a-z][\w\-]*[^\S\n]+){{0,2}}"
    rf"(?:{_SOURCE_NOUNS})(?:[^\S\n]*,?[^\S\n]+{_SOURCE_CLAUSE})?"
    rf"[^\S\n]+{_BETWEEN}(?:{_VERB.pattern})"
)
_INDEFINITE_STARTS = ("a ", "an ", "A ", "An ", "one ", "One ", "another ", "Another ")
# words of a party or a nation before an unnamed source ("a Republican representative", "a Democratic
# aide", "an American official"), which name no organisation that speaks
# (nor a region's adjective: "one Western diplomat told Reuters")
_NOT_ORGANISATION = frozenset(
    {"republican", "democratic", "democrat", "gop", "senior", "former", "u.s.", "us", "eu", "un"}
    | {"western", "eastern", "northern", "southern", "arab", "gulf"}
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
# ... or released by one ("said a statement released by publicist Julie Polkes", "A statement issued
# by the Scottish Government said :"): who releases it speaks, and a lower-case role before the name
# is no part of it; or a quote from one ("a quote from Obama:")
_STATEMENT_FROM = (
    r"\b(?:[Aa]n?|[Tt]he)[^\S\n]+(?:[a-z]+[^\S\n]+)?(?:statement|quote)[^\S\n]+(?:(?:released|issued)[^\S\n]+)?"
    rf"(?:from|by)[^\S\n]+(?:the[^\S\n]+)?(?:{_word_alternatives(_ROLES_AND_NOUNS)}[^\S\n]+(?=[A-Z]))?"
    rf"(?P<source>{_NAME})(?:[^\S\n]?[’']s[^\S\n]+(?P<role>[a-z]+)(?:,[^\S\n]+(?P<apposed>{_NAME}))?)?"
)
_STATEMENT_AFTER = re.compile(
    rf"(?:(?:said|says|read|reads|stated)[^\S\n]+)?{_STATEMENT_FROM}(?=[^\S\n]*[,.;:(]|[^\S\n]+(?:"
    rf"(?:[a-z]+ly|on|[A-Z][a-z]+day)[^\S\n]+)*(?:said|says|read|reads|stated|added)\b(?![^\S\n]*:))"
)
# (or a colon right after the source: "a statement from the White House: “…”", "a quote from Obama:")
_STATEMENT_BEFORE = re.compile(
    rf"{_STATEMENT_FROM}(?:(?:[^\S\n]+(?:on[^\S\n]+)?[A-Z][a-z]+day)?[^\S\n]+(?:said|says|read|reads|stated)"
    r"[^\S\n]*[:,]?|[^\S\n]*:)[^\S\n]*$"
)
_ARTICLE_END = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_POSSESSIVE_AFTER = re.compile(r"\s?[’']s\b")
# words that open a clause or an object, not a description: "said he told John Smith"
_NOT_DESCRIPTION = (
    _PREPOSITIONS
    | _CONJUNCTIONS
    | _CLAUSE_WORDS
    | {"he", "she", "they", "it", "we", "i", "you", "not", "no", "is", "was", "were", "are", "be", "been"}
    | {"has", "had", "have", "would", "will", "could", "should", "can", "may", "might", "must", "did", "do"}
    | {"does", "told", "said", "says", "asked", "called", "named", "thanked", "met", "and", "or"}
    # a word that relates the name to the role's holder, no description of it: the lawyer
    # "representing John Smith" is not Smith, the family "including cousin Mary Jones" not Jones
    | {"representing", "including", "defending", "advising", "replacing", "succeeding", "joining"}
    | {"like", "unlike", "alongside", "besides", "beside", "behind", "opposing", "supporting"}
)
# a preposition just before a name ("the mayor of London", "the UK ambassador to Washington")
_PREPOSITION_END = re.compile(r"\b(?:of|for|in|at|from|to)\s+(?:the\s+)?$")
# "X was quoted (by the New York Times) as saying", "Xinhua quoted Erekat as saying" (_as_saying)
_QUOTED_PASSIVE = re.compile(
    r"\s+(?:is|was|were|been)\s+quoted(?:\s+(?:by|in)\s+[^,;:\"“”◊]{1,60}?)?\s+as\s+saying\b"
)
_QUOTED_ACTIVE = re.compile(r"\bquoted\s+(?!(?:by|in)\b)(?P<obj>[^,;:\"“”◊]{1,60}?)\s+as\s+saying\b")
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|be)\s+$")  # before a participle
# verbs that put a label on their object ("dubbed", "described as", "branded"): in the passive
# (_PASSIVE_BE right before) the subject is what was labelled, so it is no speaker. Speech verbs
# proper are left out: "was quoted as saying" brings in the subject's own words, and "saying" is
# read before "quoted"; "was told"/"was asked" are other rules' business.
_LABEL_VERBS = frozenset(
    ["called", "described", "dubbed", "labeled", "labelled", "termed", "branded", "characterized", "hailed"]
    # ("remembered" is a speech verb, "remembers Hosking": in the passive, "is remembered as “…”", a label)
    + ["remembered"]
)
# "called" with a particle is summoned, not named ("Police said they were called to the shop")
_SUMMONED = re.compile(r"[^\S\n]+(?:to|at|in|into|out|off|on|for|back|up|upon|away|before)\b")
# the agent of a label in the passive, then the label ("described by BP as “", "called by Palestinians
# a “"), right before the quote
_LABEL_AGENT = re.compile(
    r"[^\S\n]+by[^\S\n]+(?P<agent>[^\"“”.,;:◊\n]{2,60}?)[^\S\n]+(?:as[^\S\n]+)?(?:(?:an?|the)[^\S\n]+)?[\"“]?[^\S\n]*$"
)
# a form of "be" ending the text, an adverb between at most ("was widely described as", "is often
# described as")
_PASSIVE_BE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)[^\S\n]+(?:(?:[a-z]+ly|often|also|sometimes|now|still|once)[^\S\n]+)?$"
)
# verbs of judging that label their object ("a man considered to be a “career criminal”", "the race
# was deemed “too close to call”", "is regarded as"): no speech verbs, so no cue of theirs; in the
# passive the words are a label, no one's (_ends_labelled, find._labelled). Those marked True take
# "as" before the label ("regarded as", not "regarded the")
_JUDGING_VERBS = {"considered": False, "deemed": False, "regarded": True, "viewed": True, "seen": True}
# ... and the label verbs that need "as" before a quote that is their label in the passive ("a plan
# described as “…”"; "described “very active efforts”", "hailed “significant progress”" is the
# subject's object, active)
_LABEL_NEEDS_AS = frozenset({"described", "characterized", "hailed", "remembered"})
# words between a label verb and its quote: "as", "to be", an article
_LABEL_TAIL = frozenset({"as", "to", "be", "a", "an", "the"})
# adverbs between a noun and the verb of its reduced passive ("Mitag, locally called", "BP's CEO,
# variously dubbed", "so called"), and words that cannot end a noun phrase that is the verb's
# subject: a subject pronoun, a quantifier ("what some called"), "what"/"which"/"that" ("a team
# which it called")
_REDUCED_ADVERBS = frozenset({"often", "also", "sometimes", "now", "still", "once", "so", "later", "first"})
_NO_NOUN = frozenset(
    {"he", "she", "they", "we", "i", "you", "it", "who", "which", "that", "what", "whom", "whose"}
    | {"some", "many", "others", "most", "few", "all", "both", "several", "one", "none", "people"}
)
# relative pronouns: one before the noun that precedes the verb makes that noun the verb's subject
# ("a move that one senior House staffer called “…”", "what aides called “…”")
_RELATIVES = frozenset({"that", "which", "what", "whom", "who"})
# what stops the noun phrase before a reduced passive's verb, read backwards: a preposition, a form
# of "be" or "have" (the relative before them is their subject: "a group that has been formed called")
_NP_STOPS = _PREPOSITIONS | {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"}
# a noun phrase before a reduced passive is at most this many words, relative pronoun included
MAX_LABELLED_NP_WORDS = 5
_SUBJECT_BEFORE_VERB = re.compile(rf"{_SUBJECT_LEAD}\s+{_BETWEEN}(?:{_VERB.pattern})")
# "informed" as a speech verb right after a quote that ends in a comma (_cue_after), its subject
# first, an adverb at most between, and an object after it that is no passive's agent or a clause
# ("was informed by", "informed of", "informed that": no "was" or "has been" is let between, as
# _BETWEEN would)
_SUBJECT_INFORMED = re.compile(
    rf"{_SUBJECT_LEAD}[^\S\n]+(?:[a-z]+ly[^\S\n]+|also[^\S\n]+|then[^\S\n]+)?informed[^\S\n]+"
    r"(?!(?:by|of|about|that|on|and|or|with|in|decision|choice|consent|sources?|opinion)\b)[\w\-]"
)
# "answered" as a speech verb right after a quote that ends in a comma (_cue_after), its subject
# first, an adverb at most between, no passive's agent after it
_SUBJECT_ANSWERED = re.compile(
    rf"{_SUBJECT_LEAD}[^\S\n]+(?:[a-z]+ly[^\S\n]+|then[^\S\n]+)?answered\b(?![^\S\n]+by\b)"
)
# the verbs that speak only right after a quote ending in a comma, in the order they are asked
_AFTER_COMMA_VERBS = (("informed", _SUBJECT_INFORMED), ("answered", _SUBJECT_ANSWERED))
# the farthest "informed" (or "answered") may start after the quote's closing mark: a subject of a name and an
# apposition (_APPOSITION's longest) and an adverb
MAX_INFORMED_AT = 160
# the patterns anchored at a verb that _cue_before asks of the text before each verb of the
# sentence are searched only as far back as they can reach (a search from the sentence's start made
# a run-on sentence of n verbs cost n times its length): _VERB_THEN, a speech verb of up to 13
# letters ("characterized"), a comma and spaces; _IT_BEFORE, "It" and two adverbs ("It also
# reportedly")
MAX_VERB_THEN_CHARS = 40
MAX_IT_BEFORE_CHARS = 80


def _cue_before(window: str, offset: int, people: _People, it: bool = False) -> _Cue | None:
    """2b: the speech verb nearest before the quote that has a subject; with `it`, also "It said
    “…”" and "which it called “…”" (an "it" cue, _it; not "it is called")."""
    if ("statement" in window or "quote from" in window) and (
        cue := _statement_from(_STATEMENT_BEFORE.search(window), offset)
    ):
        return cue
    passive = False
    outlet = _outlet_reporting(window, people) if "report" in window else None
    aside = outlet is not None and _aside(window, outlet.at)
    for verb in reversed(list(_VERB.finditer(window))):
        word = verb[0]
        if (
            outlet is not None
            and not aside
            and (
                outlet.at > verb.start()
                or word in _PARTICIPLE
                and _VERB.search(window, outlet.at, verb.start()) is None
            )
        ):
            # the outlet reports the words, a participle after it hangs on its verb ("TMZ.com
            # reported ..., adding that")
            return _Cue("name", outlet.text, offset + outlet.at)
        if word in ("according to", "According to"):
            cue = _source_after(window, verb.end(), offset)
            if cue is not None:
                return cue
            continue
        if word in _PARTICIPLE and _VERB_THEN.search(
            window, max(0, verb.start() - MAX_VERB_THEN_CHARS), verb.start()
        ):
            continue  # "Hutchinson said, adding, “…”": it goes on with that verb's speaker
        if (
            (agent := _LABEL_AGENT.match(window, verb.end())) is not None
            and _PASSIVE_BE.search(window, max(0, verb.start() - 24), verb.start())
            and (cue := _cue(_SUBJECT_AFTER.fullmatch(agent["agent"]), offset)) is not None
        ):
            # the agent of a speech verb in the passive gave the words ("The action was described by
            # BP as “…”", "a move that was denounced by Palestinians as a “…”")
            return _Cue(cue.kind, cue.text, cue.at + agent.start("agent"))
        if (
            word in _LABEL_VERBS
            and _PASSIVE_BE.search(window, max(0, verb.start() - 24), verb.start())
            and not (word == "called" and _SUMMONED.match(window, verb.end()))
        ):
            # a label in the passive ("a man who was dubbed “…”", "has been described as the “…”"):
            # its subject is who was labelled, not who speaks, and no one named in the sentence
            # said it unless an earlier verb brings in a speaker ("Smith said the plan was dubbed")
            passive = True
            continue
        if "spokes" in window and (cue := _spokesperson(window, verb.start(), offset)) is not None:
            return cue
        # a participle hangs on its clause ("Biden downplayed it as Blinken left for China, saying"),
        # unless it is a tense ("Gen. Joseph Dunford is calling the report “…”")
        hangs = word in _PARTICIPLE and not _PROGRESSIVE.search(
            window, max(0, verb.start() - 7), verb.start()
        )
        if hangs and word == "saying" and (act := _reported_act(window, verb.start(), offset)) is not None:
            return act
        subject = None if hangs else _subject_before(window, verb.start())
        if (
            not hangs
            and (subject is None or subject["name"] in _POSSESSIVE_OPENERS)
            and _kin_before(window, verb.start())
        ):
            # "Her family said : “…”" (_KIN_SUBJECT; asked only where no subject, or a possessive
            # taken for a name at a sentence's start, stands before the verb: most verbs have one)
            return _Cue("unnamed", "", offset)
        if (
            subject is not None
            and subject["name"]
            and window[subject.end("name") : verb.start()].strip() == ","
            and _in_participle(window, subject.start())
            or subject is not None
            and subject["name"]
            and _GERUND_FOR.search(window, max(0, subject.start() - 40), subject.start()) is not None
        ):
            # "A mother, recounting what her child told her to the Journal, said": the clause's
            # subject, or no one named; a relative clause's antecedent ("The former butler, who
            # claims to have been a close confidante of the Princess, said": not 'Princess')
            return (
                _antecedent(window, subject.start(), offset)
                or _clause_subject(window[: verb.start()], offset, people)
                or _Cue("unnamed", "", offset)
            )
        if (
            subject is None
            and it
            and not hangs
            and (m := _IT_BEFORE.search(window, max(0, verb.start() - MAX_IT_BEFORE_CHARS), verb.start()))
        ):
            return _Cue("it_before", "it", offset + m.start())
        if subject is not None and _member_from(subject, people):
            # "a toxicologist from Texas Tech University is scheduled to tell": the toxicologist
            # speaks, whom the sentence does not name
            return _Cue("unnamed", "", offset)
        if subject is not None and _aide_of(window, subject):
            # "An aide to the senator said", "A lawyer for the governor said": the aide speaks
            return _Cue("unnamed", "", offset)
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
        if subject is not None and (
            (apposed := _apposed_before(window, subject.start(), people)) is not None
            or (apposed := _titled_apposition(window, subject, people)) is not None
        ):
            # "Habeeb Nizamudin, a growth officer of the media planning agency Lodestar Universal
            # said:", "Klaus Regling, Chief Executive EFSF said:": the run before the verb ends an
            # apposition whose closing comma the writer left out; the person it describes speaks
            return _Cue("name", apposed[1], offset + apposed.start(1))
        if (
            subject is not None
            and subject["name"]
            and (
                ally := _UNNAMED_ALLY.search(
                    window, max(0, subject.start("name") - MAX_ALLY_LEAD_CHARS), verb.start()
                )
            )
            is not None
        ):
            # "a senior Cabinet ally warned that Tory messages were “resonating”", "an Obama ally
            # said": an ally speaks as himself, for neither the person nor the body named with him,
            # and the sentence does not name him
            return _Cue("unnamed", "", offset + ally.start())
        cue = _cue(subject, offset)
        # "said Gov. Perry: “…”", not a verb whose object is a person ("interrupted to ask Mr Mansfield")
        if cue is None and word in _INVERTING_VERBS:
            after = _SUBJECT_AFTER.match(window, verb.end())
            cue = _cue(after, offset)
            # (not the subject of the clause the verb reports: "DeMint, who said Afghanistan is a
            # war, said Steele needs to “refocus”")
            clause = after is not None and _VERB_AFTER_SUBJECT.match(window, after.end())
            cue = cue if cue is not None and cue.kind == "name" and not clause else None
        if cue is None:
            # "a move that one senior House staffer called “…”", "what some called": the subject of
            # a relative clause, a source the text does not name; else the clause's subject ("Grimm
            # stormed back, leaned into him and said, “…”")
            cue = (
                # (a participle hangs on the main clause, not on the relative's antecedent: "Mr Dudley
                # also defended Tony Hayward, who was widely criticised, saying he had done “…”")
                (not hangs and _after_relative(window, verb.start(), offset))
                or _unnamed_before(window, verb, offset)
                or _relative_source(window, verb.start(), offset)
                or _subordinate_subject(window, verb.start(), offset)
                or _clause_subject(window[: verb.start()], offset, people)
            )
        if cue is not None:
            return cue
    if outlet is not None:
        return _Cue("name", outlet.text, offset + outlet.at)
    return _Cue("unnamed", "", offset) if passive else None


# a person's name, a comma and an apposition that opens with "a" or "an", up to the subject found
# before a verb, with no comma, stop, colon or quote between (_apposed_before): the apposition's
# closing comma left out (`Professor Jonathan Ball , an expert in molecular virology at the
# University of Nottingham said :`)
_APPOSITION_OPEN = re.compile(
    rf"({_NAME})(?:[^\S\n]*,[^\S\n]*\d{{1,3}})?[^\S\n]*,[^\S\n]+(?:an?)[^\S\n]+"
    rf"(?:[^,.;:!?\"“”◊\n]{{1,{MAX_APPOSITION_CHARS}}}$|[^.;:!?\"“”◊\n]{{1,{MAX_APPOSITION_CHARS}}},[^\S\n]*$)"
)


def _apposed_before(window: str, start: int, people: _People) -> re.Match[str] | None:
    """The _APPOSITION_OPEN that ends at `start`, the subject's start, if its name is a person's that
    the article names (people.is_person: in full, or by the surname of one named in full), not a
    place after a preposition ("At Grand Isle , a local fisherman , Bill Smith , said"). The
    apposition holds a preposition before the subject ("a growth officer of ... Lodestar
    Universal", "a spokesman for Transocean"): words that only describe the subject ("After talks
    with Gordon Brown, a smiling Barack Obama said") are the subject's own, no apposition."""
    m = _APPOSITION_OPEN.search(window, max(0, start - MAX_APPOSITION_CHARS - 60), start)
    if m is None or m[1].split()[0].lower() in _PREPOSITIONS or not people.is_person(m[1]):
        return None
    if _PREPOSITIONS.isdisjoint(w.lower() for w in window[m.end(1) : start].split()):
        return None
    return m


# a person's name, a comma and up to MAX_ROLE_WORDS words before the subject found before a verb
# (_titled_apposition: the words of a role with no article, "chief executive of the", or none when
# the subject's run opens with them, "Chief Executive EFSF")
_TITLE_APPOSITION = re.compile(rf"({_NAME})[^\S\n]*,[^\S\n]+((?:[\w\-]+[^\S\n]+){{0,{MAX_ROLE_WORDS}}})$")
# words that join a role's words to the organisation it is held at ("chief executive of the")
_ROLE_JOINS = frozenset({"of", "the", "at", "for", "to", "and"})
MAX_TITLED_APPOSITION_CHARS = 140  # (a name of four words, a comma and MAX_ROLE_WORDS words)


def _titled_apposition(window: str, subject: re.Match[str], people: _People) -> re.Match[str] | None:
    """The _TITLE_APPOSITION that ends where the subject's run starts, when its words and the
    run's first words are a role with no article before the organisation the run names ("Klaus
    Regling, Chief Executive EFSF said:", "Tom Smith, chief executive of BP said:"): the apposition's
    closing comma left out. The run is no person's name ("After meeting Tom Smith, President Barack
    Obama said" is Obama's), and the name before the comma is a person the article names."""
    run = subject["name"]
    if not run or _looks_personal(_strip_phrase(run)[0]):
        return None
    start = subject.start("name")
    m = _TITLE_APPOSITION.search(window, max(0, start - MAX_TITLED_APPOSITION_CHARS), start)
    if m is None or m[1].split()[0].lower() in _PREPOSITIONS or not people.is_person(m[1]):
        return None
    words = [w.lower() for w in m[2].split()]
    titles = [
        w.lower().rstrip(".")
        for w in itertools.takewhile(lambda w: w.lower().rstrip(".") in _TITLES, run.split())
    ]
    role = [w for w in words + titles if w not in _ROLE_JOINS]
    if not role or not all(w in _TITLES or w in _ROLE_HEADS or w in _TITLE_MODIFIERS for w in role):
        return None
    return m


# an indefinite person described by a relation to a person or a body named before the noun ("a senior
# Cabinet ally", "an Obama ally", "a close Trump confidant"), the subject of the verb that follows:
# someone the text does not name (_cue_before); unlike a spokesperson or an official, he speaks for
# neither (_unnamed_source)
_ALLY_NOUNS = ("ally", "friend", "confidant", "confidante", "loyalist")
_UNNAMED_ALLY = re.compile(
    rf"(?<![\w’'])(?:[Aa]n?|[Oo]ne|[Aa]nother)[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+){{0,2}}(?:{_CAP}[^\S\n]+){{1,3}}"
    rf"(?:[a-z][\w\-]*[^\S\n]+)?(?:{'|'.join(_ALLY_NOUNS)})[^\S\n]+{_BETWEEN}$"
)
MAX_ALLY_LEAD_CHARS = 40  # ("another senior " and room: the article and two words before the name)

# an outlet, by its name, that reports the words quoted after it ("TMZ.com reported Tuesday that he
# was treated for a heart problem, adding that Eminem's weight had "ballooned"", "But, the Times
# reported, "…"", "The New York Times reports on what went on the day before"): a site's name keeps
# its ".com"; a word of time may come between ("recently reported")
_OUTLET_REPORTED = re.compile(
    rf"(?P<name>{_NAME})(?P<site>\.com)?[^\S\n]+(?:(?:also|first|earlier|previously|recently|has|had|later)[^\S\n]+)?"
    r"(?:reported|reports)\b(?=[^\S\n]*\S)"
)


def _outlet_reporting(window: str, people: _People) -> _Cue | None:
    """The last outlet of _OUTLET_REPORTED in the window (its `at` the name's offset in the
    window): a name that is no person's ("Smith reported" is a reporter's, or a clause's subject),
    nor, opening its sentence, a word the article writes in lower case too ("Media reports say",
    "Earlier reports": a noun)."""
    found = None
    for m in _OUTLET_REPORTED.finditer(window):
        name = _organisation_name(m["name"])
        if name is None or people.is_person(name):
            continue
        opens = not window[: m.start()].rstrip(" ")[-1:].strip(_SENTENCE_ENDS)
        if opens and _written_in_lower_case(people.text, name.split()[0].lower()):
            continue
        found = _Cue("name", name + (m["site"] or ""), m.end("name") - len(name))
    return found


# "as" right before an outlet's name (_aside)
_AS_BEFORE = re.compile(r"\b[Aa]s[^\S\n]+(?:the[^\S\n]+)?$")


def _aside(window: str, at: int) -> bool:
    """Whether the outlet of _outlet_reporting at `at` is named in an aside: "as" before it and no
    "that" after its verb ("Smith said that, as Reuters reported last week, the talks had “stalled”",
    "even as Labor Department reports showed “stubborn” unemployment"). An aside tells where the news
    was read, not who says the words: the clause's own speaker comes first. "as BP reported that a
    “static kill” ..." (while BP reported it, t17 bpoil_guardian) is BP's telling."""
    if _AS_BEFORE.search(window, 0, at) is None:
        return False
    m = _OUTLET_REPORTED.match(window, at)
    return m is None or not window[m.end() :].lstrip().startswith("that ")


_SENTENCE_ENDS = '.!?\n"”'  # (the last mark of a sentence before the next opens: _outlet_reporting)


# a relative, a friend, an aide or a lawyer of someone named by a possessive pronoun, the subject of
# the verb (`,” her father said`, `Her family said : “…”`, `His lawyer told reporters`): someone
# the text does not name there, not the one the pronoun means, nor the speaker before (a name in
# apposition, "his mother, Jane Smith, said", is read as a name); a spokesperson or a
# representative speaks for the person and is left out (the package's convention)
_KIN_NOUNS = frozenset(
    {
        *("mother", "father", "mom", "dad", "wife", "husband", "son", "daughter", "brother", "sister"),
        *("family", "parents", "grandmother", "grandfather", "grandson", "granddaughter", "uncle", "aunt"),
        *("cousin", "nephew", "niece", "widow", "widower", "fiancé", "fiancée", "fiance", "fiancee"),
        *("girlfriend", "boyfriend", "stepfather", "stepmother", "relative", "relatives", "children"),
        *("friend", "friends", "aide", "aides", "lawyer", "lawyers", "attorney", "attorneys"),
        *("adviser", "advisers", "advisor", "advisors"),
    }
)
# a relative joined to the name before it by "and" after a comma (`John Smith, his wife and their two
# children said`): the name opens a list of people, not an apposition (_name_comma_role)
_KIN_LISTED = re.compile(
    rf"[^\S\n]*,[^\S\n]*(?:[Hh]is|[Hh]er|[Tt]heir)[^\S\n]+(?:{'|'.join(sorted(_KIN_NOUNS))})[^\S\n]+(?:and|&)\b"
)

_KIN = (
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[^\S\n]+(?:[a-z\-]+[^\S\n]+)?"
    rf"(?:{'|'.join(sorted(_KIN_NOUNS, key=lambda w: (-len(w), w)))})[^\S\n]+"
)
_KIN_SUBJECT = re.compile(
    rf"{_KIN}{_BETWEEN}(?:{_VERB.pattern})(?=[^\S\n]*[:,.]|[^\S\n]+(?:in|on|at|to|that)\b|[^\S\n]*$)"
)


def _kin_before(window: str, verb: int) -> bool:
    """Whether a relative's phrase (_KIN) is the subject right before the verb at `verb`: tried
    from each possessive pronoun within MAX_KIN_SUBJECT_CHARS (most verbs: none), not at every
    position before the verb."""
    for possessive in _POSSESSIVE_WORD.finditer(window, max(0, verb - MAX_KIN_SUBJECT_CHARS), verb):
        if _KIN_BEFORE_VERB.match(window, possessive.start(), verb):
            return True
    return False


_KIN_FIRST_LETTERS = frozenset("HhTt")  # (_KIN's possessive pronouns start so: a cheap no)
_POSSESSIVE_OPENERS = frozenset({"His", "Her", "Their"})  # (read as a one-word name: _subject_before)
_POSSESSIVE_WORD = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[^\S\n]")
_KIN_BEFORE_VERB = re.compile(rf"{_KIN}{_BETWEEN}$")  # (searched up to the verb: _cue_before)
# the longest such subject before its verb: the pronoun, a describing word, the noun, two words between
MAX_KIN_SUBJECT_CHARS = 60

# a reported clause whose subject, a name, made a call or sent words, right before a participle
# ("told reporters Friday that Hiller called 911, saying “…”": _reported_act)
_ACT_VERBS = ("called", "phoned", "rang", "texted", "tweeted", "wrote", "emailed", "e-mailed", "radioed")
_REPORTED_ACT = re.compile(
    rf"\b(?:said|says|told|tells|reported|reports)\b[^.;:“”\"◊]*?\b(?:that[^\S\n]+)?(?P<name>{_NAME})"
    rf"[^\S\n]+(?:{'|'.join(_ACT_VERBS)})\b[^.;:“”\"◊,]*,[^\S\n]*$"
)
# how far back the reporting verb may be from the participle ("Cpl. Janice Leader, a 911
# dispatcher, told reporters Friday that Hiller called 911, saying": about 60 characters)
MAX_REPORTED_ACT_CHARS = 160


def _reported_act(window: str, verb: int, offset: int) -> _Cue | None:
    """The subject of a reported clause that tells of a call or a message, for "saying" right after
    that clause: "Leader told reporters that Hiller called 911, saying “I'm the one you're looking
    for”" -> Hiller, who made the call the participle tells the words of; not the reporter. A clause
    of another verb leaves the participle to the main clause ("Fauci told lawmakers that the US
    will be increasing testing, saying", "Utsler told them not to worry, saying")."""
    lo = max(0, verb - MAX_REPORTED_ACT_CHARS)
    if not any(act in window[lo:verb] for act in _ACT_VERBS):  # (most participles: a cheap no)
        return None
    m = _REPORTED_ACT.search(window, lo, verb)
    if m is None or m["name"].split()[0] in ("The", "A", "An", "This", "That", "It"):
        return None
    return _Cue("name", m["name"], offset + m.start("name"))


# a finite verb right after a name, which makes the name the subject of a clause of its own
# ("said Steele needs to", "told reporters Smith was"), not a subject after its verb ("said Gov. Perry:")
_VERB_AFTER_SUBJECT = re.compile(
    r"[^\S\n]+(?:is|was|are|were|has|had|have|will|would|should|could|can|must|may|might|did|does|"
    r"[a-z]{2,}[^\Ws]s)\b"
)


def _unnamed_before(window: str, verb: re.Match[str], offset: int) -> _Cue | None:
    """An unnamed source brought in with "a", "an", "one" or "another" as the subject of the verb
    before the quote (`A BP executive said the corporation would "…"`, `A U.S. official says it is
    "…"`, `A House Democratic leadership aide added, "…"`): read as after the quote
    (_unnamed_source), not the clause's subject or an earlier speaker's statement going on. The
    source's noun stands within MAX_UNNAMED_SOURCE_CHARS before the verb."""
    near = max(0, verb.start() - MAX_UNNAMED_SOURCE_CHARS)
    if _SOURCE_NOUN.search(window, near, verb.start()) is None:  # (most verbs: none)
        return None
    for article in _INDEFINITE.finditer(window, near, verb.start()):
        m = _UNNAMED_SOURCE.match(window, article.start(), verb.end())
        if m is not None and m.end() == verb.end():
            if _DESCRIBES_BEFORE.search(window, max(0, m.start() - 40), m.start()):
                # "Enter Ms. Lauten — a former Republican National Committee new media aide who
                # describes herself": a description of the person named before, who speaks
                return None
            return _unnamed_source(m, offset)
    return None


# the nouns of an unnamed source (_UNNAMED_SOURCE) and the words that bring one in (_unnamed_before)
_SOURCE_NOUN = re.compile(
    r"\b(?:official|representative|employee|staffer|aide|source|executive|insider|adviser|advisor|officer)\b"
)
# what makes an indefinite source a description of someone else, not a subject (_unnamed_before): a
# name and a comma or a dash before it (apposition), or a verb whose complement it is ("is an aide")
_DESCRIBES_BEFORE = re.compile(
    r"(?:[A-Z][\w.’'\-]*[^\S\n]*(?:,|[—–]|--?)|\b(?:is|was|are|were|be|been|became|becomes|as))[^\S\n]*$"
)
_INDEFINITE = re.compile(r"(?<![\w’'\-])(?:[Aa]n?|[Oo]ne|[Aa]nother)(?=[^\S\n])")
# the farthest an unnamed source's article stands before its verb: two words in lower case, three
# capitalised, two more in lower case, the noun and _BETWEEN's four words ("One senior House
# Democratic leadership aide on Tuesday said") fit in ~100 characters
MAX_UNNAMED_SOURCE_CHARS = 120


def _relative_source(window: str, verb: int, offset: int) -> _Cue | None:
    """An "unnamed" cue when the speech verb at `verb` has for its subject a noun phrase in lower
    case that a relative pronoun brings in ("a move that one senior House staffer called", "what
    some called", "what aides called", "which critics have long described as"): someone the text
    does not name, not the subject of the clause around (the caller found no name, pronoun or
    "the ..." phrase right before the verb). At most MAX_LABELLED_NP_WORDS words between the
    relative and the verb, a word that may head a source's phrase last (_source_head), none a
    preposition, a form of "be" or "have", a word of time or one ending in punctuation."""
    near = window[max(0, verb - MAX_RELATIVE_SOURCE_CHARS) : verb]
    if "that" not in near and "wh" not in near:  # (most verbs: no relative before them)
        return None
    words = near.split()
    while words and (words[-1] in _RELATIVE_VERB_LEADS or words[-1].endswith("ly")):
        words.pop()  # "which critics have long described as"
    if not words or not _source_head(words[-1]):
        return None
    for k in range(len(words) - 2, max(-1, len(words) - 2 - MAX_LABELLED_NP_WORDS), -1):
        word = words[k]
        if word in _RELATIVES:
            return _Cue("unnamed", "", offset + verb)
        if word in _NP_STOPS or word in _NOT_SOURCE_HEADS or word in _TIME_WORDS or not word[-1:].isalnum():
            return None
    return None


def _subordinate_subject(window: str, verb: int, offset: int) -> _Cue | None:
    """An "unnamed" cue when the speech verb at `verb` ends a clause that a subordinator opens
    inside the sentence, with a phrase of "the" or "a" for its subject that names no one the
    patterns read ("Defense Secretary Mark T. Esper said Monday that ..., shortly after the U.S.
    military said in a letter to Iraqi officials that U.S. forces would be relocating “…”"): that
    clause has a subject of its own, so the first subject of the sentence (Esper), which
    _clause_subject would give, did not say it. The caller found no name, pronoun or role right
    before the verb. Up to MAX_SUBORDINATE_NP_WORDS words after the article, none a preposition, a
    form of "be" or "have", a relative or a conjunction (the verb would be another clause's), the
    last no document or part of a page."""
    near = window[max(0, verb - MAX_SUBORDINATE_NP_CHARS) : verb]
    m = _SUBORDINATE_NP.search(near)
    if m is None:
        return None
    words = m["np"].split()
    if not words[-1].isalpha() or not words[-1].islower():
        return None  # (a name last: the caller's business)
    if any(w in _NP_STOPS or w in _RELATIVES or w in _SUBORDINATORS or w in _CONJUNCTIONS for w in words):
        return None  # (a verb joined to a clause before: "after the oil stopped spewing and told")
    if words[-1] in _DOCUMENTS or words[-1] in _PAGE_PARTS:
        return None  # (a document speaks for its author, whom the sentence names: _clause_subject)
    return _Cue("unnamed", "", offset + verb)


# the subordinators that open a clause inside a sentence after its main clause (_subordinate_subject);
# "as" is left out ("such as", "as well as": no clause)
_SUBORDINATORS = frozenset(
    {"after", "when", "while", "because", "since", "before", "until", "although", "though", "once"}
)
# the parts of a page that speak for its publisher ("The Washington Post is facing backlash after a
# headline characterized ... as an “…”"), as a document does for its author (_subordinate_subject)
_PAGE_PARTS = frozenset({"headline", "editorial", "column", "article", "story", "caption"})
MAX_SUBORDINATE_NP_WORDS = 4  # ("the U.S. military", "the company 's lawyers")
_SUBORDINATE_NP = re.compile(
    rf"\b(?:{'|'.join(sorted(_SUBORDINATORS))})[^\S\n]+(?:the|a|an)[^\S\n]+"
    rf"(?P<np>(?:[\w.&’'\-]+[^\S\n]+){{1,{MAX_SUBORDINATE_NP_WORDS}}})$"
)
# characters before the verb read: a subordinator, an article and four words
MAX_SUBORDINATE_NP_CHARS = 80


def _source_head(word: str) -> bool:
    """A word in lower case that may head a source's phrase: a noun or a quantifier ("aides",
    "staffer", "some"); not a pronoun, a determiner, a preposition, a form of "be" or "have" (a
    passive: "engineers who will be asked"), a word of time ("who last month said") or a
    participle before its noun ("that debunked claims"), nor a verb of saying or thinking: the
    source then reports a clause whose subject is the relative itself ("Trump, who aides say called
    the inquiry “a witch hunt”", "who sources say told aides": Trump's words)."""
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_SOURCE_HEADS
        and word not in _NP_STOPS
        and word not in _TIME_WORDS
        and word not in _REPORTING_WORDS
        and not word.endswith("ed")
    )


# verbs of saying or thinking, in the forms that do not end in "ed" (those _source_head leaves out
# already), between a relative and the verb it is the subject of ("who aides say called")
_REPORTING_WORDS = frozenset(
    {"say", "says", "said", "tell", "tells", "told", "think", "thinks", "thought", "believe", "believes"}
    | {"claim", "claims", "allege", "alleges", "insist", "insists", "report", "reports", "know", "knows"}
    | {"knew", "feel", "feels", "felt", "fear", "fears", "suspect", "suspects", "write", "writes", "wrote"}
)


# words between a relative clause's subject and its verb ("that critics have long called"), or
# between the relative and its verb when the relative is the subject ("who then added")
_RELATIVE_VERB_LEADS = frozenset(
    {"have", "has", "had", "would", "will", "also", "once", "long", "often", "now", "then", "later", "again"}
    | {"first", "just", "never", "not", "still", "earlier", "previously", "recently"}
)
# words of a time phrase before a verb, which is no subject ("who last month said")
_TIME_WORDS = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "night", "morning", "afternoon"}
    | {"evening", "weekend", "time", "today", "yesterday", "tonight", "ago", "last", "next"}
)
# no head of an unnamed source's phrase: a pronoun (its own rules), a determiner (the verb after it
# is a participle before its noun: "that his promised wall"), a relative or a conjunction
_NOT_SOURCE_HEADS = (
    frozenset({"he", "she", "they", "we", "i", "you", "it", "and", "or", "but"})
    | frozenset(
        {"his", "her", "its", "their", "our", "my", "your", "the", "a", "an", "this", "these", "those"}
    )
    | _RELATIVES
)
# the characters before a verb that _relative_source reads: a relative and MAX_LABELLED_NP_WORDS
# words, auxiliaries and an adverb
MAX_RELATIVE_SOURCE_CHARS = 120


def _agent(after: str, offset: int, before: str) -> _Cue | None:
    """The agent of a label verb in the passive right before the quote, named by "by" right after
    it (`has been labeled "suspicious" by James Steele, chief of`, `three cities labeled “anarchist
    jurisdictions” by the Justice Department`, `called " risky " by Congressional investigators`):
    who labelled it, the speaker. `after` is the window after the quote, at `offset`."""
    # (the caller asks first for a "by" after the quote: few quotes are followed by one)
    if not before.endswith(_LABEL_ENDS) or _ends_labelled(before) is None:
        return None
    return _cue(_AGENT.match(after), offset)


# how the window after a quote opens when "by" follows it (a comma after the mark, or none)
_AGENT_STARTS = (" by ", "by ", ", by ", " , by ")
# "by" and the agent after a quote: a group ("Congressional investigators") or a name
_AGENT = re.compile(rf"[^\S\n]*,?[^\S\n]*by[^\S\n]+(?:the[^\S\n]+)?(?:(?P<group>{_GROUP})|(?P<name>{_NAME}))")


def _ends_labelled(window: str) -> str | None:
    """How the label verb is in the passive that the window ends with, "as", "to be" or an article
    after it at most: what it labels is the words quoted next, and its subject no speaker. "be": a
    label verb after a form of "be" (_PASSIVE_BE: "has been labeled “"), "judged": a verb of judging
    after one ("the race was deemed “"); "reduced": a noun labelled in a reduced relative or in
    apposition, a name for a thing (_reduced); else None."""
    # (the callers ask first how the window ends, _LABEL_ENDS or _LABEL_GATE: most end with no such
    # verb)
    tail = window[-MAX_LABEL_TAIL_CHARS:].split()
    k = len(tail)
    while k > 1 and tail[k - 1] in _LABEL_TAIL:
        k -= 1
    if k == 0:
        return None
    verb = tail[k - 1]
    after = tail[k:]
    if verb in _LABEL_VERBS:
        if verb in _LABEL_NEEDS_AS and after[:1] != ["as"]:
            return None
    elif verb not in _JUDGING_VERBS or _JUDGING_VERBS[verb] and after[:1] != ["as"]:
        return None
    if after[:1] == ["to"] and after[1:2] != ["be"] or after.count("as") + after.count("be") > 1:
        return None
    end = len(window.rstrip())
    for word in reversed(after):
        end = window.rindex(word, 0, end)
    start = window.rindex(verb, 0, end)
    if start and window[start - 1].isalnum():
        return None  # (the tail began inside a word: "re|called a “")
    before = window[:start].rstrip()
    if _PASSIVE_BE.search(before + " ", max(0, len(before) - 24)) is not None:
        return "be" if verb in _LABEL_VERBS else "judged"
    return "reduced" if _reduced(before, verb) else None


# how a window that _ends_labelled reads may end: a label or judging verb, with the space before the
# quote mark or without, or a word of _LABEL_TAIL and that space
_LABEL_ENDS = tuple(
    f"{word}{end}" for word in sorted(_LABEL_VERBS | _JUDGING_VERBS.keys()) for end in (" ", "")
) + tuple(f" {word} " for word in sorted(_LABEL_TAIL))
# ... by the two characters before the last one (a space before the quote mark): a set, asked of a
# slice of the text (cheaper than str.endswith with the ~30 endings, asked before every quote)
_LABEL_GATE = frozenset(end[-3:-1] for end in _LABEL_ENDS)
# the characters a label verb and what follows it before the quote span at most ("characterized as
# the", "considered to be an", spaces)
MAX_LABEL_TAIL_CHARS = 32


def _reduced(before: str, verb: str) -> bool:
    """The label verb that follows `before` labels the noun before it with no form of "be" (a reduced
    relative: `in an operation dubbed "`, "a man considered to be a “", "15 large oil-recovery ships
    dubbed “"), or in apposition ("Mitag, locally called “", "the effort, dubbed “", "-- called a “"),
    or it opens the sentence ("Dubbed “…”, the car"). Not after a name or a pronoun ("a fight he
    called “", "a team President Trump dubbed “", "which it called “"), nor after a noun a relative
    pronoun brings in ("what aides called “", "a move that one senior House staffer called “": the
    subject) or a comma that closes a phrase after one ("what George W. Bush, in his 2000 campaign,
    described as “"), nor after a person's noun before "called" ("a woman called “Help!”" may be
    shouting)."""
    words = before[-MAX_LABELLED_BEFORE_CHARS:].split()
    while words and (words[-1].endswith("ly") and words[-1].isalpha() or words[-1] in _REDUCED_ADVERBS):
        if words[-1] == "so":
            return True  # "so called “…”": a name someone uses
        words.pop()
    if not words:
        return True
    if words[-1][-1] in ",(—–" or words[-1] in ("-", "--"):
        # in apposition, unless the comma closes a phrase set off after a relative and its subject
        # ("what George W. Bush, in his 2000 campaign,"; not "that the leak was fixed by replacing
        # the assembly, called a “choke line”": one comma)
        near = words[-MAX_RELATIVE_WORDS:-1]
        opened = next((k for k in range(len(near) - 1, -1, -1) if near[k].endswith(",")), None)
        return opened is None or not any(w in _RELATIVES for w in near[:opened])
    noun = words[-1]
    if not noun.replace("-", "").isalpha() or not noun.islower() or noun in _NO_NOUN or noun in _NP_STOPS:
        return False
    if verb == "called" and (noun in _PERSON_NOUNS or noun in _ROLE_HEADS or noun in _HUMANS):
        return False
    for k in range(len(words) - 2, max(-1, len(words) - 1 - MAX_LABELLED_NP_WORDS), -1):
        word = words[k]
        if word in _RELATIVES:
            # the noun is the subject of the relative clause, unless a verb follows the relative
            # ("immigrants that blocked ...": that is the verb's subject)
            follows = words[k + 1]
            return follows.endswith("ed") and follows != noun
        if word in _NP_STOPS or not word[-1:].isalnum():
            break
    return True


# the text before a label verb that _reduced reads, and the words before an apposition's comma it
# looks for a relative pronoun in ("what George W. Bush, in his 2000 campaign,": a relative, a name
# of up to four words, a phrase of up to five)
MAX_LABELLED_BEFORE_CHARS = 100
MAX_RELATIVE_WORDS = 10
# people whom "called" may be shouting of, not named ("a man called “Hello?”")
_HUMANS = frozenset({"man", "men", "woman", "women", "person", "boy", "girl", "guy", "child", "crowd"})


def _antecedent(window: str, at: int, offset: int) -> _Cue | None:
    """The subject that a relative clause set off by commas follows, when the name at `at` is in
    that clause ("The former butler, who claims to have been a close confidante of the Princess,
    said" -> "The former butler"; _in_participle found the clause): the verb after the clause is
    its antecedent's."""
    comma = window.rfind(",", 0, at)
    if comma < 0 or _WHO.match(window, comma + 1) is None:
        return None
    before = window[:comma] + " "  # (_SUBJECT_BEFORE reads a subject before spaces and the verb)
    return _cue(_subject_before(before, len(before)), offset)


_WHO = re.compile(r"[^\S\n]+who\b")


def _after_relative(window: str, verb: int, offset: int) -> _Cue | None:
    """The subject before a relative clause set off by commas right before the verb at `verb`
    ("Obama, whom reporters asked about it, said", "Smith, who his aides said was tired, said"):
    the verb is its antecedent's, not the clause's subject's, nor an unnamed source's of the
    clause's own verb. The clause is read back MAX_SUBJECT_CHARS at most."""
    end = verb
    while end > 0 and window[end - 1] in " \t":
        end -= 1
    if not window.startswith(",", end - 1):
        return None
    comma = window.rfind(",", max(0, end - MAX_SUBJECT_CHARS), end - 1)
    if comma < 0 or _RELATIVE_OPENS.match(window, comma + 1, end) is None:
        return None
    before = window[:comma] + " "  # (_SUBJECT_BEFORE reads a subject before spaces and the verb)
    return _cue(_subject_before(before, len(before)), offset)


_RELATIVE_OPENS = re.compile(r"[^\S\n]+(?:who|whom|whose)\b")


def _in_participle(window: str, at: int) -> bool:
    """A name at `at` is in a phrase set off by a comma that opens with a participle in -ing ("A
    mother ..., recounting what her child told her to the Journal, said", "The ministry, citing
    Reuters, said"; the caller asks for the comma that closes it): the participle's object, no
    subject; not "including" ("Leaders, including Obama, said")."""
    comma = window.rfind(",", 0, at)
    if comma < 0:
        return False
    m = _PARTICIPLE_OPENS.match(window, comma + 1, at)
    return m is not None and m[1] != "including"


# a gerund and "for" right before a name, one lower-case word between at most ("booed her for
# voting for newly-elected Speaker Nancy Pelosi (D-Calif.) tweeted"): the name is its object, no
# subject (a name's own "for" is capitalised before: "National Organization for Women")
_GERUND_FOR = re.compile(r"\b[a-z]{3,}ing[^\S\n]+for[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+)?$")
# a lower-case word in -ing after a comma (_in_participle), or a relative pronoun ("The back rower,
# who is likely to fill a mentoring role with Wales, added": the name is in the relative clause)
_PARTICIPLE_OPENS = re.compile(r"[^\S\n]+([a-z]{3,}ing|who|which)\b")


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
    """_SUBJECT_BEFORE.search(window[:end]) (a search anchored at the end tries every start), its
    start within MAX_SUBJECT_CHARS of `end`: each verb of a sentence asks, and a search from the
    sentence's start made a run-on sentence of n verbs cost n times its length."""
    return next(_subject_matches(_SUBJECT_BEFORE, window, max(0, end - MAX_SUBJECT_CHARS), end), None)


# the longest subject phrase before a verb that _subject_before reads: a name with two "of"s and an
# "in" ("Howard J. Osofsky of the Louisiana State University Health Sciences Center in New Orleans",
# ~100 characters), a tag in brackets (MAX_BRACKET_CHARS), an apposition (up to 80 characters and
# its commas) and up to four words between it and the verb (~60): about 300, with room to spare.
# Over heap-200000 and the dev texts the longest found was 166 characters (the 99.9th percentile 108)
MAX_SUBJECT_CHARS = 400
# how far before its verb _clause_subject reads the clause for its subject: a clause's subject sits
# within a few hundred characters of its verb (over heap-200000 and the dev texts the farthest found
# was 699 characters, the 99.9th percentile 462, and no sentence part before a verb passed 922).
# Only a run-on sentence (a page that lost its punctuation) is longer; scanning it whole for each
# of its verbs made it cost n times its length
MAX_CLAUSE_CHARS = 1000


def _place_object(subject: re.Match[str], people: _People) -> bool:
    """A name before a speech verb that is a place after a preposition, not the subject: "A
    federal judge in Maryland added", "Dr Simon Boxall, oceanographer at the ... center in
    Southampton, Hampshire, said", "the lawsuit from Nebraska and Oklahoma, where ..., argues".
    A spokesperson's principal and a document's author stay ("a spokesman for China said", "A
    statement from Beijing said"), as does a person of the article with a place's name ("with
    Allen")."""
    name = subject["name"]
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


# an aide, an adviser, a staffer or a lawyer "to" or "for" someone, right before the subject taken
# for the verb's ("An aide to the senator said", "a lawyer for Smith told"): the noun phrase is the
# subject and the one named after "to"/"for" is whom he works for, not the speaker. The aide is
# someone else, as "an Obama aide" is (_unnamed_source) and "his aide" is (_KIN). A spokesperson or a
# representative is left out: he speaks for the principal (the package's convention). Up to two
# describing words between the article and the noun ("a senior aide", "a former campaign adviser")
_AIDE_OF = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Tt]he)[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+){0,2}"
    rf"(?:{'|'.join(sorted(_AIDE_NOUNS))})s?[^\S\n]+(?:to|for)[^\S\n]+$"
)
# the longest such phrase before the subject: the article, two describing words, the noun, "to"
MAX_AIDE_CHARS = 60


def _aide_of(window: str, subject: re.Match[str]) -> bool:
    """Whether the subject found before a verb is the object of "an aide to" (_AIDE_OF), and no
    name in apposition follows it ("An aide to the senator, Tom Brown, said" is Tom Brown's)."""
    if _person_in_apposition(subject) is not None:
        return False
    start = subject.start()
    return _AIDE_OF.search(window, max(0, start - MAX_AIDE_CHARS), start) is not None


def _member_from(subject: re.Match[str], people: _People) -> bool:
    """A name before a speech verb that only says where an unnamed person of the subject is from:
    "a toxicologist from Texas Tech University is scheduled to tell", "a researcher from the
    University of Iowa said". The person noun is the subject, and the sentence does not name him.
    A document or an announcement from a source is the source's ("A statement from Waitrose said"),
    and so are the words of one who speaks for it ("an official from the EPA said": _AGENTS_FROM);
    a person after "from" ("a message from Obama") is no place of origin and stays."""
    name = subject["name"]
    if not name or people.is_person(name):
        return False
    # (in the MAX_NOUN_FROM_CHARS before the name)
    before = _NOUN_FROM.search(subject.string, max(0, subject.start() - MAX_NOUN_FROM_CHARS), subject.start())
    if before is None:
        return False
    noun = before["noun"].lower()
    if noun in _AGENTS_FROM:
        return False
    # a person noun: a role or a calling (_ROLE_HEADS, _PERSON_NOUNS), or a science's practitioner
    # the list lacks ("toxicologist", "hydrologist")
    return noun in _ROLE_HEADS or noun in _PERSON_NOUNS or noun.endswith("ologist")


# an article, at most two describing words, a noun and "from" (with "the") right before a name
# (_member_from), read in the last MAX_NOUN_FROM_CHARS before it: the article, three words of about
# 13 letters ("a senior environmental toxicologist"), "from the" and their spaces come to about 55
MAX_NOUN_FROM_CHARS = 60
_NOUN_FROM = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+){0,2}?(?P<noun>[a-z][\w\-]*)"
    r"[^\S\n]+from[^\S\n]+(?:the[^\S\n]+)?$"
)
# who speaks for the organisation he is from (the unnamed sources of _UNNAMED_SOURCE and a
# spokesperson): "an official from the EPA said" is the EPA's word
_AGENTS_FROM = frozenset(
    {"official", "representative", "employee", "staffer", "aide", "source", "executive", "insider"}
    | {"adviser", "advisor", "officer", "spokesman", "spokeswoman", "spokesperson"}
)


# words that place a speaker before a preposition and a place ("a spokesman based in America")
_LOCATED = frozenset({"based", "located", "stationed", "speaking", "reporting", "writing"})
# ... the words and the preposition, before the place
_LOCATED_BEFORE = re.compile(
    rf"[^\S\n]+(?:{'|'.join(sorted(_LOCATED))})[^\S\n]+(?:{'|'.join(sorted(_PREPOSITIONS))})[^\S\n]+$"
)


def _clause_subject(left: str, offset: int, people: _People) -> _Cue | None:
    """The first person, pronoun or role ("the governor") of a clause that stands where a subject
    stands (not after "of", "to", "the" ...): "Biden downplayed it as Blinken left, saying" -> Biden."""
    # a leading subordinate clause has its own subject ("After reporter Michael Scotto finished
    # his report, Grimm stormed back ... and said")
    lead = _SUBORDINATE.match(left)
    start = lead.end() if lead else 0
    if len(left) - start > MAX_CLAUSE_CHARS:  # (a run-on sentence: its last MAX_CLAUSE_CHARS, from a word)
        start = len(left) - MAX_CLAUSE_CHARS
        while start < len(left) and not left[start].isspace():
            start += 1
    for m in _subject_matches(_CLAUSE_SUBJECT, left, start, len(left)):
        if not _subject_like(left, m.start()) or _credit(left, m.start(), m.end()):
            continue
        cue = _cue(m, offset)
        if cue is None:
            continue
        if cue.kind == "name" and (firm := _FIRM_AMPERSAND.match(left, cue.at - offset + len(cue.text))):
            # a run cut at a firm's "&" ("Standard & Poor 's affirmed BP 's credit rating but revised
            # its outlook to " Negative "", bpoil_washingtonpost/1951): the firm, not 'Standard'
            return _Cue("name", cue.text + firm[1], cue.at)
        if (
            cue.kind == "name"
            and (owned := _OWNED_PERSON.match(left, cue.at - offset + len(cue.text))) is not None
            and (owned[1] or _POSSESSIVE_END.search(cue.text))
            and owned[2] in _KIN_NOUNS
        ):
            # "Retired Lt. Gen. Michael Flynn's son sparred with Jake Tapper over the “pizzagate”
            # conspiracy": the subject is the relative or the aide the name owns, someone the text does
            # not name here; a subject later in the sentence may say it ("Amy Winehouse's husband
            # appeared in court ..., and the troubled singer ... whispered, “…”")
            continue
        if cue.text.isupper() and _LABEL_COLON.match(left, cue.at - offset + len(cue.text)):
            # a line's label in capitals before a colon names the line, a fact-check's item or an
            # interview's questioner, not the subject of the sentence after it ("CLAIM: The
            # Washington Post reported youth puberty blockers are “reversible”", "AP: Rogers & Cowan
            # ... issued a statement criticizing Morton for not interviewing “…”")
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


_LABEL_COLON = re.compile(r"[^\S\n]*:")
# the rest of a firm's name after its "&" (_clause_subject), its possessive left out
_FIRM_AMPERSAND = re.compile(r"([^\S\n]*&[^\S\n]*[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*)*)")
# the noun a possessive right after a name owns ("Flynn's son", "Flynn 's son"): _clause_subject
_OWNED_PERSON = re.compile(r"([^\S\n]?['’]s)?[^\S\n]+([a-z]+)\b")


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


# the comma that opens an apposition, a space before it as tokenized text writes it ("the UK
# ambassador to Washington , Sir Nigel Sheinwald , said")
_APPOSED_COMMA = re.compile(r"[^\S\n]*,[^\S\n]+")


def _person_in_apposition(m: re.Match[str]) -> re.Match[str] | None:
    """The person's name that opens the apposition of a subject name following a preposition: a
    place or an organisation, then who speaks ("The mayor of London, Sadiq Khan, said", "The MP for
    Ashfield, Lee Anderson, said", "the UK ambassador to Washington , Sir Nigel Sheinwald , said",
    a title's "of" inside the run: "The Prime Minister of Israel, Benjamin Netanyahu, said"); a full
    name (two words or more, titles taken off), no place ("Bishop Daniel Jenky, of Peoria, Ill., said")."""
    if m.end() <= m.end("name"):
        return None
    if not _PREPOSITION_END.search(m.string, max(0, m.start() - 16), m.start()) and not (
        m["name"] and _title_of_run(m["name"])
    ):
        return None
    comma = _APPOSED_COMMA.match(m.string, m.end("name"))
    inner = _NAME_RE.match(m.string, comma.end()) if comma is not None else None
    if inner is None or inner.end() > m.end():
        return None
    tokens = _strip_phrase(inner[1])[0]
    if len(tokens) < 2 or not _looks_personal(tokens) or inner[1].casefold() in _places():
        return None
    return inner


def _person_apposed_to_title(m: re.Match[str]) -> re.Match[str] | None:
    """The person's full name in apposition right after or right before a subject run that ends with
    a title and names no one ("Scotland 's Health Secretary , Nicola Sturgeon , called the death “…”",
    `," Captain Manohar Nambiar, Chief Public Relations Officer, Defence, said`): who speaks, not the
    office; a full name (two words or more, titles taken off), no place."""
    run = m["name"]
    last = run.rsplit(None, 1)[-1].lower().rstrip(".")
    if last not in _TITLES and last not in _ROLE_HEADS or last in _SURNAME_TITLES:
        return None
    at, end = m.start("name"), m.end("name")
    for inner in (
        _APPOSED_AFTER_TITLE.match(m.string, end),
        _APPOSED_BEFORE_TITLE.search(m.string, max(0, at - MAX_APPOSITION_CHARS), at),
    ):
        if inner is None:
            continue
        tokens = _strip_phrase(inner[1])[0]
        if len(tokens) >= 2 and _looks_personal(tokens) and inner[1].casefold() not in _places():
            return inner
    return None


# a name between commas right after a title's run, or a name and a comma right before it
# (_person_apposed_to_title)
_APPOSED_AFTER_TITLE = re.compile(rf"[^\S\n]*,[^\S\n]+({_NAME})[^\S\n]*,")
_APPOSED_BEFORE_TITLE = re.compile(rf"(?<![\w.’'\-])({_NAME})[^\S\n]*,[^\S\n]+$")


def _unheld(run: str, name: str) -> bool:
    """The name _name_of read in a title's run "of" a place ("Mayor of London", `run`) is the whole
    run ("Chief Executive of BP") or only the place after "of": one word, or a place the gazetteer
    knows ("New Zealand"); not a longer part that may end with its holder's name ("Secretary of
    Homeland Security Chad Wolf", whose given name is no listed one)."""
    place = _OF.split(run, maxsplit=1)[-1]
    return name == run or name == place and (" " not in place or place.casefold() in _places())


def _title_of_run(run: str) -> bool:
    """A run that is a title, "of" and a place or an organisation ("Prime Minister of Israel",
    "Chief Executive of BP"): nothing but titles before its first "of"."""
    parts = _OF.split(run, maxsplit=1)
    return len(parts) == 2 and not _strip_phrase(parts[0])[0]


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


_PULL_QUOTE_SIGN = ("End Quote ", "Start Quote ")  # (_unsigned)


def _unsigned(start: int, run: str) -> tuple[int, str] | None:
    """A name run (_People.found) that a BBC pull quote's box opens ("End Quote Kristine Florida ,
    USA He added"): the box repeats beside the text what someone said, and its signer is no one the
    text's flow names there, so no pronoun after it means the signer: None. When the run goes on
    past the signature into the name of the next sentence's subject, an honorific showing where
    (`End Quote Simon Boxall Southampton University Dr Chris Reddy of the Woods Hole ... said`), it
    is kept without the box's words."""
    if not run.startswith(_PULL_QUOTE_SIGN):
        return start, run
    cut = run.index("Quote ") + len("Quote ")
    later = run[cut:].split()[1:]
    if not any(
        w.rstrip(".").casefold() in _HONORIFIC_GENDER or w.rstrip(".").casefold() in _SURNAME_HONORIFICS
        for w in later
    ):
        return None
    return start + cut, run[cut:]


def _cue(m: re.Match[str] | None, offset: int) -> _Cue | None:
    """The speaker phrase a subject match holds; None for no match or a name run that holds no
    name ("Tuesday", "Asked")."""
    if m is None:
        return None
    if m["name"]:
        run = m["name"]
        at = m.start("name")
        # (the characters around the run first: most runs are no tag)
        if (m.string[at + 1 : at + 2] == "-" or m.string[at - 1 : at] == "-") and _party_tag(m.string, at):
            return None  # "Sen. John Cornyn, R-TX, who heads ..., said", "Rep. Peter King, R-N.Y.,"
        if run.startswith(_PULL_QUOTE_SIGN) and _unsigned(at, run) is None:
            # `... for costs " End Quote Fred Bartlit National Commission on the BP ... Drilling Among
            # the claims , Democrats Henry Waxman ... claiming`: a page lost the full stop after a BBC
            # pull quote's box, whose signer is no subject of the sentence after it
            return None
        inner = _person_in_apposition(m) or _person_apposed_to_title(m)
        if inner is not None:
            return _Cue("name", inner[1], offset + inner.start(1))
        if run.endswith((" He", " She")):
            # "End Quote Kristine Florida , USA He added :": a page lost the full stop before the
            # pronoun, which the run took in; the pronoun is the subject
            pronoun = run.rsplit(None, 1)[1]
            return _Cue("pron", pronoun, offset + m.end("name") - len(pronoun))
        if (" of " in run or m.string.endswith(_DEPARTMENT_JOIN_ENDS, max(0, at - 5), at)) and (
            held := _department_holder(m.string, at, m.end("name"))
        ) is not None:
            # "Secretary of Health and Human Services Kathleen Sebelius said": the title's holder,
            # not the part of the department a run was cut to
            return _Cue("name", held[1], offset + held[0])
        name = _name_of(run)
        if name is not None and _title_of_run(run) and _unheld(run, name):
            # "the Mayor of London said", "the Chief Executive of BP said": a role at the place or
            # the organisation after "of" with no holder named in the run (_name_of gives the place
            # or the whole run): the role's holder the article names (speakers._holder_at) or no
            # one, never the place; with no article before it, no phrase _holder_at reads: no one
            article = _ARTICLE_END.search(m.string, m.start(), at)
            if article is None:
                return None
            return _Cue("np", m.string[article.start() : m.end("name")], offset + article.start())
        # (a word before the run, not only the spaces a subject after its verb opens with: `," said
        # King , who added` is Troy King's surname, as "King said" is)
        if name is None and m.string[m.start() : m.start("name")].strip():
            # "the Chancellor told the Commons", "the Prime Minister said": a role (_resolve)
            words = run.split()
            if words[-1].lower() in _ROLE_HEADS and all(w.lower() in _TITLES for w in words):
                return _Cue("np", m[0][: m.end("name") - m.start()], offset + m.start())
            if run in _NATION_TITLES and not _PREPOSITION_END.search(m.string, max(0, at - 16), at):
                # "while the US said China had “…”": the country; not "one of the most senior
                # scientists in the US , commented", whose subject is further back
                name = run
        elif name is None and (run.casefold() in _SURNAME_TITLES or _honorific_title(run)):
            # a title that is also a surname, alone ("King said" of Billy King: _resolve) or after an
            # honorific that only a surname follows ("said Mr. King" of Larry King)
            name = run
        return _Cue("name", name, offset + m.start("name")) if name else None
    kind = next(k for k in ("pron", "group", "np") if k in m.re.groupindex and m[k])
    return _Cue(kind, m[kind], offset + m.start(kind))


# what a run cut at a department's joining word follows (_cue asks _department_holder then)
_DEPARTMENT_JOIN_ENDS = (" and ", " of ", " & ", " the ")


def _honorific_title(run: str) -> bool:
    """ "Mr. King", "Dr King": an honorific that stands only before a surname, then a title word
    that is also one (_SURNAME_HONORIFICS, _SURNAME_TITLES); people.honorific_title_surname finds
    whom it means."""
    words = run.split()
    return (
        len(words) == 2
        and words[0].lower().rstrip(".") in _SURNAME_HONORIFICS
        and words[1].casefold() in _SURNAME_TITLES
    )


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
