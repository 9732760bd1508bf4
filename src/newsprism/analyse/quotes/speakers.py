"""Who a cue means: the speaker phrase resolved to one of the article's people (_resolve; the
people, _People, are read in people.py: surname -> fullest name, gender, titles, groups,
documents), the statement that goes on (2c) and a quote with no speech verb (2d). The name itself
is read in names.py (3a, 3g).

2. The attribution cue (a and b in cues.py):
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
      foreign minister"); a lawyer is also named an attorney or a counsel ("the company 's
      co-general counsel , Rachel Clingman , said ... . The lawyer said", people._SAME_ROLE).
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
"""

from __future__ import annotations

import heapq
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from operator import attrgetter, itemgetter, methodcaller

from .cues import (
    _before,
    _clause_subject,
    _Cue,
    _cue,
    _cue_after,
    _cue_before,
    _fragment,
    _honorific_title,
)
from .lexicon import (
    _AIDE_NOUNS,
    _CLAUSE_SUBJECT,
    _CLAUSE_WORDS,
    _COMPANY_HEADS,
    _CONJUNCTIONS,
    _DATE_WORDS,
    _NATION_TITLES,
    _NOT_NAME,
    _NOT_PERSON,
    _ORG_WORDS,
    _PERSON_NOUNS,
    _ROLE_HEADS,
    _SPEECH_AFTER_NAME,
    _TITLES,
    _WEEKDAYS,
    _demonyms,
    _given_names,
    _places,
)
from .marks import _blank, _sentence_at, _Span
from .names import (
    _group_name,
    _is_acronym,
    _looks_personal,
    _looks_personal_run,
    _name_of,
    _named_after_outlet,
    _organisation,
    _strip_phrase,
    _subject_like,
    _surname,
    _written_in_lower_case,
)
from .patterns import (
    _DOCUMENTS,
    _GROUP_HEADS,
    _NAME,
    _NAME_RE,
    _OBJECT_VERBS,
    _OF,
    _ORG_HEADS,
    _PAIRED,
    _PARTICLES,
    _PEOPLE_HEADS,
    _POSSESSIVE,
    _PREPOSITIONS,
    _SPEECH_VERBS,
    _SUBJECT_BEFORE,
    _VERB,
    _WORD,
    MAX_FRAGMENT_WORDS,
)
from .people import _UNNAMED_GROUP_HEADS, _People
from .statements import _STOPWORDS


def _holder_at(words: list[str], people: _People, at: int) -> str | None:
    """The person the article names as holding the role before "of" at the place or the
    organisation after it (`words`: "The mayor of Seattle on Wednesday"), written either way
    ("mayor of Seattle Jenny Durkan", "Seattle Mayor Jenny Durkan"), the mention nearest before
    `at` first; None where the article names no one so (speakers._resolve)."""
    of = words.index("of")
    role = [w for w in words[:of] if w.lower() not in ("the", "a", "an")]
    where = list(itertools.takewhile(lambda w: w[:1].isupper(), words[of + 1 :]))
    end = at + len(" ".join(words))
    hits = [
        hit
        for hit in people.titled((*role, "of", *where)) + people.titled((*where, *role))
        if not at <= hit[0] <= end  # (not the phrase's own title: "the mayor of New" before "Orleans")
    ]
    if not role:
        return None
    if not hits:
        return _holder_named_next(people, at, end)
    before = [h for h in hits if h[0] < at]
    return people.fullest((max(before) if before else min(hits))[1])


# the sentences after the one of a role's phrase in which the person it means may be named as the
# next speaker (_holder_named_next): news bring in a role, then the name ("The chief executive of BP
# told a British newspaper ... . Tony Hayward , in an interview with the Guardian ... , said :")
MAX_HOLDER_NEXT_SENTENCES = 2
# an aside in commas between the name and its speech verb that opens with no article (", in an
# interview with the Guardian newspaper at the company 's Houston crisis center ,", 84 characters): a
# description (", a fisherman from Venice ,") brings in someone else
MAX_HOLDER_ASIDE_CHARS = 100
_HOLDER_SPEAKS = re.compile(
    rf"[^\S\n]*(?:,[^\S\n]+(?!(?:an?|the|who)\b)[^,.;\n\"“”]{{1,{MAX_HOLDER_ASIDE_CHARS}}},[^\S\n]*)?"
    rf"(?:{_VERB.pattern})"
)


def _holder_named_next(people: _People, at: int, end: int) -> str | None:
    """The person a role "of" a place or an organisation means when the article gives no one that
    title (_holder_at): the first person named in full after the phrase (`end`), within
    MAX_HOLDER_NEXT_SENTENCES sentences after its own, when that name is the subject of a speech verb
    and its surname is written nowhere before the phrase (`at`: a person named before is someone
    else, "Mayor Ray Nagin ... the mayor of Gulf Shores"), and no title opens the name (one of its
    own is another office's: "Rep. Ed Markey said"); None otherwise."""
    last = _sentence_at(people.starts, end) + MAX_HOLDER_NEXT_SENTENCES
    limit = people.sentences[last].end if last < len(people.sentences) else len(people.text)
    for start, run in people.found[bisect_left(people.found, end, key=itemgetter(0)) :]:
        if start >= limit:
            return None
        tokens, honorific = _strip_phrase(run)
        if len(tokens) < 2 or people.quoted(start) or not people.is_person(run):
            continue
        if honorific is None and len(tokens) < len(run.split()):
            return None  # "Rep. Ed Markey said": a title of his own, another office's holder
        surname = re.escape(tokens[-1])
        if re.search(rf"\b{surname}\b", people.text[:at]) or not _HOLDER_SPEAKS.match(
            people.text, start + len(run)
        ):
            return None
        return people.fullest(run)
    return None


# a recording the article attributes to a person ("An audio recording attributed to Osama bin Laden",
# "a videotape from Ayman al-Zawahiri"): "the speaker" on it is that person (_resolve)
_RECORDED_VOICE = re.compile(
    r"\b(?:audio|video|recording|recorded|tape|audiotape|videotape)(?:[^\S\n]+(?:message|recording|tape|statement))?"
    rf"[^\S\n]+(?:attributed[^\S\n]+to|from|by)[^\S\n]+(?P<name>{_NAME})"
)


def _resolve(
    cue: _Cue, people: _People, history: list[tuple[int, str]], text: str, spans: list[_Span]
) -> str | None:
    if cue.kind == "unnamed":
        return None
    if cue.kind in ("name", "group") and (paired := _paired_group(text, cue, people)) is not None:
        # "Top US and Chinese naval officials discussed", "said Republican and Democratic
        # lawmakers": the cue is one half of "X and Y <people>", one group of both, given whole as
        # "Republican lawmakers" is (_group), not the half the cue caught ('Top US', 'Republican')
        return paired
    if cue.kind == "source":  # "an Obama aide said" (cues._unnamed_source)
        if _person_owned(cue.text, people, text, cue.at):
            return None
        cue = _Cue("name", cue.text, cue.at)
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
    if (
        cue.kind == "name"
        and text[max(0, cue.at - 40) : cue.at].rstrip().endswith(_OWNER_ENDS)  # (most names: a cheap no)
        and _OWNER_BEFORE.search(text, max(0, cue.at - MAX_OWNER_BEFORE_CHARS), cue.at)
    ):
        # "A friend of Smith told reporters", "An aide to Obama said", "a lawyer for Smith said":
        # the name is whose friend, aide or lawyer speaks, someone the text does not name here
        return None
    if cue.kind == "name" and _unnamed_plural(cue.text, text, cue.at):
        # "Critics say ...", "Scientists said": an unnamed group, as "critics said" is in lower case
        return None
    if cue.kind == "name" and (held := _held_at(text, cue, people)) is not None:
        # "The ranking Republican on the House Energy and Commerce Committee said", "A Democratic
        # member of the House Judiciary Committee says": the run is the body where the speaker
        # holds a role, not the speaker
        return _holder_of(held, cue, people, history, text, spans)
    if cue.kind == "name" or cue.kind == "signed":  # (a name that signs a quote: cues._signed)
        if cue.text.endswith(_PARTY_MEMBERS) and after_the:
            # "the Kentucky Republican said", "the New York Democrat told", "the Conservative MP
            # said": a role, as "the Texas governor" is (3c)
            return people.by_title(cue.text, cue.at) or _salient(
                cue, people, history, None, people.lawmakers_owning(cue.at)
            )
        if (member := _PARTY_MEMBER_NAMED.fullmatch(cue.text)) is not None and _looks_personal_run(
            tuple(member["name"].split())
        ):
            # "said the committee 's chairman , Michigan Democrat John Conyers": the lawmaker's
            # place and party before the name are no part of it
            return _resolve(
                _Cue("name", member["name"], cue.at + member.start("name")), people, history, text, spans
            )
        if after_the and (named := _named_after_outlet(cue.text.split())):
            # "Writing in The Mirror Linda said": the outlet's name, then the person's
            return _resolve(_Cue("name", " ".join(named), cue.at), people, history, text, spans)
        tokens, _ = _strip_phrase(cue.text)
        if (
            (owned := _OWNED_SURNAME.fullmatch(cue.text)) is not None
            and owned["owner"].lower() not in _STOPWORDS  # (a contraction: "It’s Farrell, though, who")
            and (
                person := people.title_person(owned["surname"])
                or people.full.get(_surname([owned["surname"]]))
            )
        ):
            # "PUND-It's King said" of Charles King, "Dell's Cannell said" of Eric Cannell: an owner's
            # possessive before the surname of a person the article names in full (a firm's analyst or
            # manager); the run keeps the owner when it stands before one name (_stripped)
            return person
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
            if cue.text.strip() in _NATION_TITLES:
                # "while the US said China had “…”": the country, whose short name is also a title's
                # word before a name ("US Secretary of State Antony Blinken")
                return cue.text.strip()
            if " " in cue.text.strip():
                # "said Mr. King" of Larry King; else one named only so ("Mrs. King", his wife)
                return people.honorific_title_surname(cue.text) or (
                    cue.text.strip() if _honorific_title(cue.text) else None
                )
            return people.title_surname(_surname(cue.text.split()))
        if len(tokens) == 1 and (full := people.full.get(_surname(tokens))) is not None:
            # "Fox said" of Wendy Fox, named in full before: the person, though the word alone
            # names an organisation too (Fox News)
            return full
        if (
            len(tokens) > 2
            and _is_acronym(tokens[0])
            and people.is_person(person_run := " ".join(tokens[1:]))
        ):
            # an organisation's acronym run into a person's full name ("The former boss of BP Tony
            # Hayward has admitted"): the person, whom the article names so, not an organisation
            return people.fullest(person_run)
        return _organisation(cue.text) or people.fullest(cue.text)
    if cue.kind == "group":
        if " and " in cue.text and _paired_person(cue.text, people):
            # (a whole "X and Y <people>" subject, cues._cue_after, with a person in it: "McCain and
            # Republican lawmakers said" is no one group, and no one of them alone)
            return None
        return _group(cue, people)
    if cue.kind == "np":
        words = cue.text.split()
        head = words[-1].lower()
        if (
            "of" in words[2:-1]
            and words[words.index("of") - 1].lower() in _ROLE_HEADS
            and words[words.index("of") + 1][:1].isupper()  # (not "the secretary of state")
        ):
            # "The chief executive of BP told", "The mayor of Seattle on Wednesday told": a role held
            # at the organisation or the place after "of", not that organisation: its holder, the
            # person the article gives that role at that place to ("Seattle Mayor Jenny Durkan"), or
            # no one named (not any other holder of the role: "President Barack Obama" is not "the
            # president of Azerbaijan")
            return _holder_at(words, people, cue.at)
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
                or _described_tail(words, at, people)
            ):
                return _resolve(_Cue("name", " ".join(words[at:]), cue.at), people, history, text, spans)
            # the whole name, which the phrase may have cut short ("According to the LA Times")
            rest = _NAME_RE.match(text, cue.at + len(cue.text) + 1)
            if rest is not None and text[cue.at + len(cue.text)] == " " and not _POSSESSIVE.search(words[-1]):
                words += rest[1].split()
                while words[-1].lower() in _WEEKDAYS:  # "said The News Monday"
                    words.pop()
            words[-1] = _POSSESSIVE.sub("", words[-1])  # "the NYPD's statement"
            return " ".join(words[1:]) if words[0].lower() == "the" else " ".join(words)
        if head in _DOCUMENTS:  # "the ad says"
            return _author(cue, people, history, text, spans)
        if head in _ORG_HEADS:  # "the Obama campaign said", "the group has drafted"
            return _group(cue, people)
        titled = people.by_title(cue.text, cue.at)
        owner = _owner_words(words)
        if titled is None and owner and head in _AIDE_NOUNS:
            # "The senator 's aide said", "Smith 's lawyer said": the aide speaks, whom the text does
            # not name, as "An aide to the senator said" (cues._aide_of)
            return None
        if titled is None and owner and (head.startswith("spokes") or head == "office"):
            # "The senator 's spokesman said", "said Smith 's spokeswoman": he speaks for the owner,
            # as "A spokesman for the senator said" does; so does the owner's office ("Prime
            # Minister Benjamin Netanyahu’s office said"), when its owner is a person ("Georgia's
            # Secretary of State's office says" is no one the article names; a surname alone is one
            # when the article writes "who" of it: "Cameron , who took office last month")
            kind = "np" if owner[0].lower() == "the" else "name"
            principal = _resolve(_Cue(kind, " ".join(owner), cue.at), people, history, text, spans)
            if head != "office" or principal and (people.is_person(principal) or _who_of(text, principal)):
                return principal
            return None
        if head in _PEOPLE_HEADS:  # "Republican lawmakers"; "the senators", who were named before
            return titled or _group(cue, people)
        if titled is None and head.startswith("spokes"):  # an unnamed "the spokesperson said"
            return people.spoken_for(cue.at)
        if titled is None and (age := _AGE_NOUN.fullmatch(head)) is not None:
            # "the 46-year-old said": an age that stands for a person renames the one the article
            # gave that age ("Brad Pitt , 46 ,", "the 46-year-old actor Brad Pitt"), else the
            # person it named last, however many sentences of narration about them stand between
            # (an age is no office that another may hold, as a role is: _role_named_before)
            if (aged := _aged(text, age["years"], cue.at, people)) is not None:
                return aged
            found = _named_at(_salient_found(cue, people, history, None), history, cue)
            return found[1] if found is not None else None
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
            if _unnamed_role(text, cue, head, people):
                return None
            if head == "speaker" and (voices := list(_RECORDED_VOICE.finditer(text, 0, cue.at))):
                # "An audio recording attributed to Osama bin Laden called on ... . " … ," the
                # speaker says": the voice on the recording, not a House speaker the article names
                # no one as; the last recording named before the quote ("a videotape from Ayman
                # al-Zawahiri" last month is another's)
                return people.fullest(voices[-1]["name"])
            return _role_named_before(cue, people, history)
        if titled is None and head in _UNNAMED_GROUP_HEADS:
            if len(words) == 2:  # "the navy said"
                return people.described_group(cue.at, head)
            if words[0].lower() == "the" and all(w[:1].isupper() for w in words[1:-1]):
                # "the Indian navy said", "the U.S. military said": the organisation as written, as
                # "the Iraqi government said" is (_group)
                return " ".join(words[1:])
        return titled
    return _pronoun(cue, people, history, spans)


# an age written as the noun of a phrase ("the 46-year-old said"), tokenised or not
_AGE_NOUN = re.compile(r"(?P<years>\d{1,3})-year-old")
# a name run (_aged)
_AGED_NAME = r"[A-Z][\w.’'\-]*(?:[^\S\n]+[A-Z][\w.’'\-]*)*"


def _aged(text: str, years: str, at: int, people: _People) -> str | None:
    """The person the text before `at` last gives the age `years`: after the name between commas
    ("Brad Pitt , 46 , said") or as the age before a name ("the 46-year-old actor Brad Pitt");
    None when it gives that age to no person."""
    aged = re.compile(
        rf"(?P<before>{_AGED_NAME})[^\S\n]?,[^\S\n]+{years}[^\S\n]?[,.]"
        rf"|\b{years}-year-old[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+){{0,2}}(?P<after>{_AGED_NAME})"
    )
    runs = (m["before"] or m["after"] for m in aged.finditer(text, 0, at))
    named = [run for run in runs if people.is_person(run)]
    return people.fullest(named[-1]) if named else None


def _who_of(text: str, name: str) -> bool:
    """Whether the text writes a relative "who" right after the name ("Cameron , who took office"):
    a person, though named by the surname alone."""
    return re.search(rf"(?<![\w’'\-]){re.escape(name)}[^\S\n]?,[^\S\n]+who\b", text) is not None


def _owner_words(words: Sequence[str]) -> list[str]:
    """The words of a noun phrase before its possessive ("the senator" of "the senator 's aide",
    "Smith" of "Smith's spokesman"); none when it holds no possessive before its head."""
    for k in range(len(words) - 2, -1, -1):
        if words[k] in ("'s", "’s"):
            return list(words[:k])
        if _POSSESSIVE.search(words[k]):
            return [*words[:k], _POSSESSIVE.sub("", words[k])]
    return []


# a lawmaker's place and party, then a name of two words or more ("Michigan Democrat John Conyers",
# "Texas Republican Joe Barton"; tokenized copies swap them: "Democrat Michigan John Conyers")
_PARTY_MEMBER_NAMED = re.compile(
    r"(?:[A-Z][\w.\-]*[^\S\n]+)*(?:Republican|Democrat|Independent)[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+(?=\S+[^\S\n]+\S))?"
    r"(?P<name>[A-Z][\w.’'\-]*(?:[^\S\n]+[A-Z][\w.’'\-]*)+)"
)
# an owner's possessive, then one capitalised word (_resolve); the owner may be words ("Raymond
# James's Morris")
_OWNED_SURNAME = re.compile(r"(?P<owner>\S+(?:[^\S\n]+\S+)*?)['’]s[^\S\n]+(?P<surname>[A-Z][\w\-]*)")
# "X and Y <people>" (patterns._PAIRED)
_PAIRED_GROUP = re.compile(_PAIRED)
# how far before the cue the first half may start ("Top US and " before "Chinese officials")
MAX_PAIRED_BEFORE_CHARS = 40


def _paired_group(text: str, cue: _Cue, people: _People) -> str | None:
    """The whole "X and Y <people>" group that a name or group cue is one half of ("Top US" or
    "Chinese naval officials" in "Top US and Chinese naval officials"), as written; None when the
    cue is no such half, or a half is a person ("Sen. John McCain and Republican lawmakers said",
    "McCain and Republican lawmakers": a title, a given name or a surname of the article's people;
    the person speaks, as before)."""
    end = cue.at + len(cue.text)
    if not (text.startswith(" and ", end) or text.endswith(" and ", max(0, cue.at - 5), cue.at)):
        return None  # (most cues: a cheap no)
    lo = max(0, cue.at - MAX_PAIRED_BEFORE_CHARS)
    for m in _PAIRED_GROUP.finditer(text, lo, end + 80):
        if m.start() <= cue.at and m.end() >= end:
            # (the match must begin at a word's start: not inside "McCain and ...")
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "’'-."):
                continue
            return None if _paired_person(m[0], people) else m[0]
    return None


def _paired_person(group: str, people: _People) -> bool:
    """Whether a half of an "X and Y <people>" group is a person: a title, a given name or a surname
    of the article's people ("Sen. John McCain and Republican lawmakers", "McCain and Republican
    lawmakers"); not an acronym, which is a place's or a body's ("US" is no "U.S. Attorney")."""
    for word in group.split():
        w = word.rstrip(".").lower()
        if word[:1].isupper() and (
            w in _given_names() or w in people.full or (w in _TITLES and not word.isupper())
        ):
            return True
    return False


# an unnamed person brought in as someone's relation, aide or lawyer, right before the name
# (_resolve): not a spokesperson or a representative, who speaks for the name ("a spokesman for
# BP said" -> BP, the package's convention)
_OWNER_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Tt]wo|[Ss]ome|[Ss]everal)[^\S\n]+(?:[a-z\-]+[^\S\n]+){0,2}"
    r"(?:friend|aide|adviser|advisor|staffer|lawyer|attorney|son|daughter|wife|husband|brother|sister|"
    r"mother|father|cousin|uncle|aunt|nephew|niece|colleague|neighbou?r|relative|associate)s?"
    r"[^\S\n]+(?:of|for|to|close[^\S\n]+to)[^\S\n]+(?:the[^\S\n]+)?$"
)
# the longest such phrase: a determiner, two words, the noun and "close to the"
MAX_OWNER_BEFORE_CHARS = 60
_OWNER_ENDS = ("of", "for", "to", "the")  # how _OWNER_BEFORE ends, spaces aside


# a determiner, up to three words and a role or a body's member, then "of", "on", "at" or "for" (and
# "the", "US") and up to four capitalised words (a possessive, or the "and" or "of" of a name among
# them) before a name run that the role is held at: "The Democratic leaders of the US House | Energy
# and Commerce Committee", "the chief of Customs and | Border Protection" (_held_at)
_HELD_AT = re.compile(
    r"(?P<det>\b(?:[Aa]n?|[Tt]he))[^\S\n]+(?:[\w\-]+[^\S\n]+){0,3}?(?P<role>[A-Za-z][a-z\-]*)[^\S\n]+"
    r"(?:of|on|at|for)[^\S\n]+(?:the[^\S\n]+)?(?:U\.?S\.?[^\S\n]+)?"
    r"(?:(?:[A-Z][\w.&\-]*(?:[’']s)?|and|of|&)[^\S\n]+){0,4}$"
)
MAX_HELD_AT_CHARS = 100  # (a determiner, three words, the role, "of the US", three words)
# how the text before the run ends when _HELD_AT may match: a preposition, "the", "US" or a
# capitalised word ("House" in "the US House | Energy"; asked first: most runs follow none)
_HELD_AT_ENDS = re.compile(r"(?:\b(?:of|on|at|for|the)|[A-Z][\w.&\-]*(?:[’']s)?)[^\S\n]+$")
# the roles held at a body (_HELD_AT): roles, groups of people in office and a body's members (an
# official too: "a top official at the U.S. Interior Department said" is unnamed, as "A senior
# Interior official said" is); not a spokesperson or a representative, who speaks for the body ("A
# spokesman for BP said" is BP's word)
_HELD_AT_ROLES = (_ROLE_HEADS | _PEOPLE_HEADS | {"member", "members", "republican", "head"}) - {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
}
# a person's name in apposition right after the body's run (", Henry Waxman and Bart Stupak ,")
_APPOSED_AFTER = re.compile(r"[^\S\n]?,[^\S\n]+(?P<name>[A-Z][\w.’'\-]*(?:[^\S\n]+[A-Z][\w.’'\-]*)+)")
# ... or right before the role ("Collins, R-Ga., the ranking member on the Judiciary Committee"),
# a party's tag between at most
_APPOSED_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w.’'\-]*(?:[^\S\n]+[A-Z][\w.’'\-]*)*)[^\S\n]?,[^\S\n]+(?:[A-Z]\S{0,8}[^\S\n]?,[^\S\n]+)?$"
)


def _held_at(text: str, cue: _Cue, people: _People) -> re.Match[str] | None:
    """The role phrase (_HELD_AT) right before the name run of `cue` (the run it was cut from, if
    cut: _connected_start) when the run is no person's name: the body where the role is held. (One
    word alone looks like a surname, "Transocean": a person only where the article names one so.)"""
    tokens = _strip_phrase(cue.text)[0]
    if people.is_person(cue.text) or len(tokens) > 1 and _looks_personal(tokens):
        return None
    start = _connected_start(text, cue.at, cue.text)
    if _HELD_AT_ENDS.search(text, max(0, start - 30), start) is None:
        return None
    m = _HELD_AT.search(text, max(0, start - MAX_HELD_AT_CHARS), start)
    return m if m is not None and m["role"].lower() in _HELD_AT_ROLES else None


def _holder_of(
    held: re.Match[str],
    cue: _Cue,
    people: _People,
    history: list[tuple[int, str]],
    text: str,
    spans: list[_Span],
) -> str | None:
    """Who holds the role of `held` at the body that `cue` names: the person in apposition after the
    body's run or before the role ("Collins, R-Ga., the ranking member on the Judiciary Committee,
    told"), the first of two; else, after "the", the person just named whom the role renames
    ("Barton decried ... . The ranking Republican on the House Energy and Commerce Committee said",
    _role_named_before); else (after "a") someone the text does not name."""
    after = _APPOSED_AFTER.match(text, cue.at + len(cue.text))
    if after is not None and _looks_personal(_strip_phrase(after["name"])[0]):
        return _resolve(_Cue("name", after["name"], after.start("name")), people, history, text, spans)
    before = _APPOSED_BEFORE.search(text, max(0, held.start() - MAX_HELD_AT_CHARS), held.start())
    if before is not None and people.is_person(before["name"]):
        return people.fullest(before["name"])
    if held["det"].lower() == "the":
        return _sentence_subject_before(held.start(), people)
    return None


def _sentence_subject_before(at: int, people: _People) -> str | None:
    """The person a role phrase at `at` renames: the first person named as a subject in the latest
    sentence before it that names one ("Barton made that apology to Hayward ... , in which Barton
    decried ... . The ranking Republican on the House Energy and Commerce Committee said": Barton,
    not Hayward, named later in that sentence), when no sentence of narration stands between
    (MAX_ROLE_GAP_SENTENCES, as for _role_named_before)."""
    runs = people.runs_before(at)
    first = next(runs, None)
    if first is None:
        return None
    latest = _sentence_at(people.starts, first[0])
    between = range(latest + 1, _sentence_at(people.starts, at))
    if sum(not people.quoted(people.starts[k]) for k in between) > MAX_ROLE_GAP_SENTENCES:
        return None
    same = itertools.takewhile(lambda run: _sentence_at(people.starts, run[0]) == latest, runs)
    return [first, *same][-1][1]


def _described_tail(words: Sequence[str], at: int, people: _People) -> bool:
    """Whether the capitalised words[at:] of a "the" phrase are a name that a word in lower case
    describes: "the deadpan Suttles said", "the moderate Manchin announced", "the oil BP said" (a
    page that lost its full stop). A person's name or an organisation's, not a group of people
    ("the two top congressional Republicans" are two, not the party); not after a preposition ("the
    US embassy in Baghdad") nor a word that joins a name's ("the Bank of America")."""
    before = words[at - 1]
    if (
        words[0].lower() != "the"
        or not before.islower()
        or before in _PREPOSITIONS
        or before in _CONNECTORS
        or before in _PARTICLES
    ):
        return False
    tail = " ".join(words[at:])
    if people.is_person(tail):
        return True
    return _organisation(_POSSESSIVE.sub("", tail)) is not None and words[-1].lower() not in _PEOPLE_HEADS


def _person_owned(org: str, people: _People, text: str, at: int) -> bool:
    """Whether the capitalised words before an unnamed source's noun at `at` ("an Obama aide", "the
    Spears staffer") name a person of the article, not an organisation: a surname (or the whole
    name) that the article gives in full with a given name first ("Barack Obama", "Britney
    Spears"), somewhere other than in the source's own words; not a word of an organisation ("a
    Transocean official", "a Google employee"). A given name is asked for, not only a full name
    registered, since a run such as "Surrey Police" or "Uber Eats" may register as a person's name
    too. The full name must be written elsewhere: an article brings a person in by name before
    (or after) it cites the person's aides, so a two-word owner it names nowhere else is a firm
    named like a person ("A Morgan Stanley official said", the only "Morgan Stanley" there)."""
    if _organisation(org) is not None:
        return False
    tokens, _ = _strip_phrase(org)
    full = people.full.get(_surname(tokens)) if tokens else None
    if full is None:
        return False
    first = full.split()[0]
    if first.lower() not in _given_names() or (len(tokens) > 1 and tokens[0] != first):
        return False
    return _written_elsewhere(text, full, at, at + len(org))


def _written_elsewhere(text: str, name: str, lo: int, hi: int) -> bool:
    """Whether `name` is written in `text` outside text[lo:hi]."""
    found = text.find(name)
    while found >= 0:
        if found + len(name) <= lo or found >= hi:
            return True
        found = text.find(name, found + 1)
    return False


def _unnamed_role(text: str, cue: _Cue, head: str, people: _People) -> bool:
    """Whether a role phrase with no name ("the aide said", "the official said") means a source the
    article brought in unnamed: the last mention of its head before it, outside quotes, opens a
    clause with "a", "an", "one" or "another" (`An aide to the ... Committee, who spoke on
    condition of anonymity, said`, `," said a Western diplomat, who requested anonymity. ... ,"
    the diplomat added`): someone new, no one named, not the most recent salient person. A mention in apposition to a name or after a verb
    ("Clapper, a former intelligence official,", "is an aide to") is that person's title, so the
    rule does not hold there; mentions with "the" on the way refer back in turn."""
    for start, end in _mentions_back(text, head, cue.at):
        if people.quoted(start):
            continue
        phrase = _ROLE_PHRASE.search(text, max(0, start - MAX_ROLE_PHRASE_CHARS), start)
        if phrase is None:
            return False  # a role named otherwise ("White House official Jen Psaki")
        if phrase["det"].lower() in ("the", "this", "that"):
            continue  # "the official" again: back to where it was brought in
        # an indefinite source opens its clause: at a line's or sentence's start, after a closing
        # quote mark and its comma, or after the verb that brings it in (", said a Western diplomat")
        at = phrase.start("det")
        if _CLAUSE_OPENS_BEFORE.search(text, max(0, at - 12), at) is not None:
            return True
        # after a comma, a subject when a verb follows it ("Several hours earlier, a senior
        # administration official also pushed back"), not a name's apposition, which a comma, a
        # preposition or a relative word ends ("Clapper, a former official at the NSA, said")
        verb = _WORD_AFTER_ROLE.match(text, end)
        return (
            text.endswith(",", 0, at - 1)
            and verb is not None
            and verb[1] not in _PREPOSITIONS
            and verb[1] not in _NOT_VERB_AFTER_ROLE
        )
    return False


def _mentions_back(text: str, word: str, at: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each mention of a lower-case `word` before `at`, or of it capitalised, as a
    whole word, latest first (found from `at` back: the one wanted is mostly near)."""
    upper = word.capitalize()
    lower_at, upper_at = text.rfind(word, 0, at), text.rfind(upper, 0, at)  # (each searched once)
    while lower_at >= 0 or upper_at >= 0:
        k = max(lower_at, upper_at)
        if k == lower_at:
            lower_at = text.rfind(word, 0, k)
        else:
            upper_at = text.rfind(upper, 0, k)
        end = k + len(word)
        if not (k > 0 and text[k - 1].isalnum() or text[end : end + 1].isalnum()):
            yield k, end


# a role's determiner and at most four words before the role word, the last determiner before it
# (_unnamed_role): "A senior fire department official", "one union official", "the official"; no
# punctuation between
_ROLE_PHRASE = re.compile(
    r"(?s:.*)\b(?P<det>[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Tt]his|[Tt]hat)(?:[^\S\n]+[\w\-’']+){0,4}[^\S\n]+$"
)
_WORD_AFTER_ROLE = re.compile(r"[^\S\n]+([a-z]+)\b")
_NOT_VERB_AFTER_ROLE = frozenset({"who", "whose", "whom", "which", "that", "and", "or", "but"})
MAX_ROLE_PHRASE_CHARS = 60  # a determiner and four words before a role word ("A senior fire department")
# what stands before an indefinite source that opens its clause (_unnamed_role)
_CLAUSE_OPENS_BEFORE = re.compile(
    r"(?:^|\n|[.!?][^\S\n]+|[,.!?][\"”’'][^\S\n]*|\b(?:said|says|told|added|according[^\S\n]+to)[^\S\n]+)$"
)


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
    words = [(m.start(), m[0]) for m in _TOKEN.finditer(text, max(0, at - 120), at)]
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
                # (not an acronym that is also a given name: "UN Food and Agriculture
                # Organisation", whose "UN" the names list holds as Kim Jong Un's)
                words[n][1].lower() in _given_names()
                and not _is_acronym(words[n][1])
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


def _describing_form(word: str) -> bool:
    """A lower-case word shaped as an adjective or an adverb: hyphenated ("somber-looking",
    "37-year-old") or ending in -ed, -ly or -ing ("subdued", "usually", "grinning")."""
    return word.islower() and ("-" in word or word.endswith(("ed", "ly", "ing")))


_UNNAMED_JUDGES = frozenset({"judge", "magistrate"})
# a party's member named by the party and the place ("the Kentucky Republican"), or by the party or the seat and a parliament's title ("the Conservative
# MP", "the Hartlepool MP")
_PARTY_MEMBERS = (" Republican", " Democrat", " Independent", " MP", " MEP", " MSP")
# a sentence's first word is capitalised as a sentence's, not as a name's
_SENTENCE_OPENS = re.compile(r"(?:^|\n|[.!?][\"”’']?[^\S\n]+)$")
# people heads that name a party's members in capitals ("Democrats said"), a group all the same
_PARTY_PLURALS = frozenset({"democrats", "republicans", "conservatives", "liberals"})


def _unnamed_plural(run: str, text: str, at: int) -> bool:
    """Whether a one-word name cue is a plural noun for people that opens its sentence ("Critics say",
    "Scientists said", "Lawyers argued"): a people head (_PEOPLE_HEADS but a party's members), the
    plural of a role or a noun for a person, or a trade in "-ists"; no one named, as in lower case."""
    if " " in run or not run.endswith("s") or not _SENTENCE_OPENS.search(text, max(0, at - 3), at):
        return False
    word = run.lower()
    if word in _PARTY_PLURALS:
        return False
    singular = (
        word[:-1],
        word[:-2] if word.endswith("es") else "",
        word[:-3] + "y" if word.endswith("ies") else "",
    )
    return (
        word in _PEOPLE_HEADS
        or word.endswith("ists")
        or any(w in _ROLE_HEADS or w in _PERSON_NOUNS for w in singular if w)
    )


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
        if (before := people.recent_group(cue.at, head) or people.described_group(cue.at, head)) is not None:
            return before
        # none named before: the company that speaks next ("the company said in a statement . " … "
        # Kraft said the plant would be closed")
        after = people.organisation_after(cue.at)
        return after[1] if after is not None else None
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
    if cue.kind == "it_spokesperson" and named is not None:
        # (`," a spokeswoman said` speaks for the person who acted since the organisation did, if one
        # did: "Greenpeace staged a protest ... . Prince Charles later spoke at a dinner . " … , " a
        # spokesman said" is the prince's, no one named; not one the organisation's own sentence
        # names, "The head of BP 's Gulf Coast restoration unit , Bob Dudley , told ...")
        person = next(people.runs_before(cue.at), None)
        if person is not None and person[0] > named[0] and named[1] not in people.sentence_at(person[0]).text:
            return None
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
        return _organisation(named[1]) or people.fullest(named[1])
    kind = _DOCUMENTS[words[-1].lower()]
    pattern, longest = _DOCUMENT_KINDS[kind]
    for at in people.matches_before(pattern, longest, cue.at):
        if people.quoted(at):
            continue
        if (
            (source := _DOCUMENT_FROM.match(text, at)) is not None
            and not _POSSESSIVE.search(source[1])
            and not _LOWER_WORD_NEXT.match(text, source.end())
            and _DOCUMENT_LEAD.search(text, max(0, at - MAX_DOCUMENT_LEAD_CHARS), at) is not None
        ):
            # "according to a statement from the Marine Corps . ... “…,” the statement said", "the
            # lawsuit from Nebraska and Oklahoma": the author named with the document (not an owner,
            # "the statement from Grimm's attorney", nor a place before a role, "released by the New
            # York State attorney general, Letitia James", nor a document a verb's subject acts on,
            # "House Democrats have signed a letter from Representative Peter Welch": the clause's
            # subject below, or no one)
            return _organisation(source[1]) or people.fullest(source[1])
        sentence = people.sentence_at(at)
        start = max(sentence.start, text.rfind("\n", sentence.start, at) + 1)
        subject = _clause_subject(_blank(text, start, at, spans), start, people)
        if subject is None or subject.kind == "np" and subject.text.split()[-1].lower() in _DOCUMENTS:
            return None
        return _resolve(subject, people, history, text, spans)
    return None


# a document's word, then its author after "from" or "by" ("a statement from the Marine Corps", "a
# letter by Senator Smith"): _author
_DOCUMENT_FROM = re.compile(
    rf"[\w\-]+[^\S\n]+(?:from|by)[^\S\n]+(?:the[^\S\n]+)?({_NAME}(?:[^\S\n]+and[^\S\n]+{_NAME})?)"
)
# what a document so named stands after: "according to", a clause's or a quote's edge, or a
# sentence's start, then its determiner and up to two words ("according to the report from", ", the
# report from", "The lawsuit from"); not a verb whose object it is ("have signed a letter from")
_DOCUMENT_LEAD = re.compile(
    r"(?:\baccording[^\S\n]+to|[,.:;\"”“]|^)[^\S\n]*(?:[Tt]he|[Aa]n?)[^\S\n]+(?:[\w\-’']+[^\S\n]+){0,2}$"
)
MAX_DOCUMENT_LEAD_CHARS = 60  # ("according to the preliminary accident " and room)
_LOWER_WORD_NEXT = re.compile(
    r"[^\S\n]+[a-z]"
)  # (a role after the name: "the New York State attorney general")
# the words of each kind of document (_DOCUMENTS: "ad", "ads", "advertisement", ... for "ad"), and
# the length of the longest
_DOCUMENT_KINDS = {
    kind: (
        re.compile(rf"\b(?:{'|'.join(w for w, k in _DOCUMENTS.items() if k == kind)})\b"),
        max(len(w) for w, k in _DOCUMENTS.items() if k == kind),
    )
    for kind in sorted(set(_DOCUMENTS.values()))
}


def _pronoun(
    cue: _Cue, people: _People, history: list[tuple[int, str]], spans: Sequence[_Span] = ()
) -> str | None:
    """3b: the person a he/she refers to; not a name in a clause an earlier sentence reports, but
    who reports it (_reporter)."""
    word = cue.text.lower()
    if word == "they":
        return None
    gender = "m" if word == "he" else "f"
    found = _salient_found(cue, people, history, gender)
    if found is None:
        # no person named before: a surname alone that speaks in the sentence before the pronoun's
        # ("Mort has dismissed the rumours . He said : " … "")
        own = _sentence_at(people.starts, cue.at)
        return _surname_alone_between(people, people.starts[own - 1] - 1 if own else -1, cue.at, gender)
    at, name = found
    if at >= 0 and (alone := _surname_alone_between(people, at, cue.at, gender)) is not None:
        return alone
    unnamed = _UNNAMED_SPEAKER_OPENS.search(people.text, at, cue.at) if at >= 0 else None
    if unnamed is not None and not any(unnamed.end() < spoke < cue.at for spoke, _ in history):
        # "A US oil lawyer said most indemnity agreements would protect BP . Such a finding would
        # have " … " , he said": a sentence between opens with a speaker the text does not name,
        # whom the pronoun means, not the person named before (unless a named speaker's quote
        # comes after it: "A representative said she never recovered ... . " … ," her agent, Mark
        # Roesler, said ... . " … ," she said in 1998"); a spokesperson speaks for the
        # organisation named with him ("A BP spokesman told BBC News ... . " … ," he said": BP)
        org = unnamed["org"] or unnamed["for"]
        return _group_name(org) if org and unnamed["noun"].startswith("spokes") else None
    return (at >= 0 and _reporter(cue, at, name, people, history, spans, gender)) or name


def _surname_alone_between(people: _People, at: int, end: int, gender: str | None = None) -> str | None:
    """A capitalised word that the article never gives a full name, the subject of a speech verb
    between the person's run at `at` and the pronoun at `end`, outside quotes (or of any verb there,
    when the word spoke so before: "Mort has dismissed the rumours . ... with Ashley enjoying a
    winter break , Mort was there ... . He said :"): a word of no organisation, place, title or given
    name that the text writes nowhere in lower case and names again (`Paddy Ashdown , a former leader
    ... , is a leading candidate to replace Koenigs . After two years as special representative ,
    Koenigs said he leaves the country ... . " … , " he said`: Koenigs, whose given name the article
    never writes); the pronoun means that person, whom the name runs cannot tell a person, unless the
    article gives the word the other gender than the pronoun's (_surname_gender: "Merkel said she
    ... . " … , " he said" is not Merkel's but the man's named before). None when there is none."""
    k = bisect_right(people.found, at, key=itemgetter(0))
    found = None
    for start, run in people.found[k:]:
        if start >= end:
            break
        # (the verb after the run first: most runs are followed by none)
        spoke = _SPEECH_AFTER_NAME.match(people.text, start + len(run)) is not None
        if not spoke and _FINITE_AFTER.match(people.text, start + len(run)) is None:
            continue
        word = _surname_alone(people, start, run)
        if word is None or gender is not None and _surname_gender(people, word) not in (None, gender):
            continue
        if spoke or (
            any(
                _SPEECH_AFTER_NAME.match(people.text, before + len(other)) is not None
                and _surname_alone(people, before, other) == word
                for before, other in people.found[: bisect_left(people.found, start, key=itemgetter(0))]
                if other.startswith(word)
            )
        ):
            found = word
    return found


def _surname_gender(people: _People, word: str) -> str | None:
    """The gender the article gives a surname alone: its honorific ("Mrs Merkel"), else the pronoun
    right after its own speech verb ("Merkel said she would wait"), where every such mention agrees;
    None when none tells or they disagree ("Merkel said he was wrong" beside "Merkel said she")."""
    if (known := people.gender_of(word)) is not None:
        return known
    told = {
        _PRONOUN_GENDERS[pronoun["p"]]
        for mention in re.finditer(rf"\b{re.escape(word)}\b", people.text)
        if (verb := _SPEECH_AFTER_NAME.match(people.text, mention.end())) is not None
        and (pronoun := _PRONOUN_AFTER_VERB.match(people.text, verb.end())) is not None
    }
    return told.pop() if len(told) == 1 else None


# the subject pronoun of the clause a speech verb brings in ("said she would", "said that he had"):
# who the subject of the verb is, most often (_surname_gender)
_PRONOUN_AFTER_VERB = re.compile(r"[^\S\n]+(?:that[^\S\n]+)?(?P<p>he|she)\b")


def _surname_alone(people: _People, start: int, run: str) -> str | None:
    """The run at `start` as a surname alone standing as a subject outside quotes (_surname_alone_between),
    possessive aside; None for any other run."""
    word = run.removesuffix("'s").removesuffix("’s")
    # (the word's own tests first, the text's after: most runs fail the first)
    if (
        " " in word
        or not word.isalpha()
        or word.lower() in _STOPWORDS  # ("I", "He", "When" open a sentence)
        or word.lower() in _TITLES
        or word.lower() in _given_names()
        or word.casefold() in _places()
        or word.lower() in _DATE_WORDS
        or people.text[start - 1 : start] == "-"  # (the end of a compound: "al-Qaida was")
        or people.quoted(start)
        or _organisation(word) is not None
        or people.is_person(word)
        or not _subject_like(people.text, start)
        or people.text.count(word) < MIN_SURNAME_ALONE_MENTIONS
        or _written_in_lower_case(people.text, word.lower())
        or _speaks_as_it(people.text, word)
    ):
        return None
    return word


def _speaks_as_it(text: str, word: str) -> bool:
    """Whether the text has the word speak of itself as "it": a firm's statement ("Halliburton said it
    had followed BP 's orders", "Anadarko said its share ..."), no person whom "he" or "she" may mean."""
    at = text.find(word)
    while at >= 0:
        verb = _SPEECH_AFTER_NAME.match(text, at + len(word))
        if verb is not None and _ITSELF_AFTER.match(text, verb.end()) is not None:
            return True
        at = text.find(word, at + len(word))
    return False


# a firm's "its", or its "it" before an auxiliary and a verb other than "be" (a person's "said it
# would be a mistake" tells of a thing)
_ITSELF_AFTER = re.compile(
    r"[^\S\n]+(?:its\b|it[^\S\n]+(?:had|has|would|will|could)[^\S\n]+(?!(?:not[^\S\n]+)?(?:be|been)\b))"
)
# an auxiliary or a past tense right after a surname alone that spoke before (_surname_alone_between)
_FINITE_AFTER = re.compile(r"[^\S\n]+(?:was|is|has|had|did|would|will|[a-z]{2,}ed)\b")
MIN_SURNAME_ALONE_MENTIONS = 2  # (a surname the article names again: "replace Koenigs", "Koenigs said")


# the speech verbs of a question, whose answer is the one asked's ("A journalist asked whether he
# would resign . " … , " he said": the person named before answers; _UNNAMED_SPEAKER_OPENS)
_ASKING = r"ask(?:s|ed)?\b"
# a sentence that opens with an indefinite person and a speech verb ("A US oil lawyer said", "One
# analyst told", "A BP spokesman told", after a conjunction too: "But one international official said
# he expected battles ahead"): a speaker the text does not name (_pronoun); two words in lower
# case at most before the capitalised words of an organisation (group "org"), one after them, then a
# noun for a person or a role (group "noun"), maybe with the organisation after it, after "for" (group
# "for": "A spokeswoman for the HPA said that they had not yet identified the source")
_UNNAMED_SPEAKER_OPENS = re.compile(
    rf"(?:^|[.!?][\"”’']?[^\S\n]+|\n)(?:A|An|One|Another|(?:But|And|Yet)[^\S\n]+(?:a|an|one|another))"
    rf"[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+){{0,2}}"
    rf"(?P<org>(?:[A-Z][\w&.\-]*[^\S\n]+){{1,3}})?(?:[a-z][\w\-]*[^\S\n]+)?"
    rf"(?P<noun>{'|'.join(sorted(_PERSON_NOUNS | _ROLE_HEADS | _AIDE_NOUNS))})"
    rf"(?:[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?(?P<for>[A-Z][\w&.\-]*(?:[^\S\n]+[A-Z][\w&.\-]*){{0,3}}))?"
    rf"[^\S\n]+(?!{_ASKING})(?:{_VERB.pattern})",
    re.MULTILINE,
)


def _reporter(
    cue: _Cue,
    at: int,
    name: str,
    people: _People,
    history: list[tuple[int, str]],
    spans: Sequence[_Span],
    gender: str,
) -> str | None:
    """The person who reports the clause that the name at `at` (the one a pronoun would mean) stands
    in, in an earlier sentence: the subject of the speech verb before it there, a person of the
    pronoun's gender ("The former butler, who ..., said that he did not believe the Princess and
    Mr Fayed planned to marry ... “It was not an engagement ring,” he told the High Court": the
    butler, not Mr Fayed). A pronoun that brings in a quote goes on with the one who spoke, not with
    someone he spoke of; None when no such verb or subject."""
    sentence = people.sentence_at(at)
    if sentence.end > cue.at or people.text.count(" ", sentence.start, at) < MIN_REPORTED_AT_WORDS:
        # the pronoun's own sentence (its subject earlier in it comes first, 3b), or a name with
        # too few words before it to follow a subject and a speech verb (most: "Smith said")
        return None
    verb = None
    for verb in _VERB.finditer(people.text, sentence.start, at):  # noqa: B007 (the last one)
        pass
    if verb is None or verb[0] in _NOT_REPORTING or people.quoted(verb.start()):
        return None
    between = people.text[verb.end() : at].rstrip()
    if _CLAUSE_BREAK.search(between) is not None:
        # words quoted inside the reported clause are no break (`Mayor Keisha Lance Bottoms told
        # protesters Sunday to "clear out" of an area near where Rayshard Brooks was killed`)
        # (the spans in text order from the first after the verb: not every span of the text)
        fragments = []
        for k in range(bisect_left(spans, verb.end(), key=attrgetter("outer_start")), len(spans)):
            span = spans[k]
            if span.outer_start >= at:
                break
            if span.outer_end <= at and len(people.text[span.start : span.end].split()) <= MAX_FRAGMENT_WORDS:
                fragments.append(span)
        if fragments:
            between = _blank(people.text, verb.end(), at, fragments).rstrip()
    if (
        not between.strip(" ,")
        and not (
            between.strip() == ","
            and _PARENTHETICAL.search(
                people.text, max(0, verb.start() - MAX_PARENTHETICAL_CHARS), verb.start()
            )
        )
        or between.endswith(",")
        and between.strip() != ","
        or _CLAUSE_BREAK.search(between) is not None
    ):
        # the name is the verb's own subject after it (", said Ziccardi, a professor"), or opens a
        # clause after a comma, not the reported one ("When he announced his side to journalists
        # ..., Keegan had only 10 names"); a comma right after the verb sets off no clause, but after
        # a pronoun's cue set off by commas (", he added, President Barack Obama wants": reported);
        # nor after a quote or a sentence's end that the splitter missed (`," he said.??"The banks
        # ..."??Baumhof explained`)
        return None
    window = _blank(people.text, sentence.start, verb.end(), list(spans))
    subject = _cue_before(window, sentence.start, people)
    if subject is None or subject.kind not in _REPORTER_KINDS:
        return None
    if subject.kind == "pron":
        found = _salient_found(subject, people, history, "m" if subject.text.lower() == "he" else "f")
        reporter = found[1] if found is not None else None
    else:
        reporter = _resolve(subject, people, history, people.text, list(spans))
    if reporter is None or reporter == name or not people.is_person(reporter):
        return None  # (a person the article names in full: not "Police said ...")
    known = people.gender_of(reporter)
    return reporter if known is None or known == gender else None


# the fewest words before a name that a clause reports in its sentence: a subject and a speech verb
# ("Obama said Biden would", "He said Biden would": two spaces before the name at least)
MIN_REPORTED_AT_WORDS = 2
# a quote mark or the end of a sentence between a speech verb and a name (_reporter)
_CLAUSE_BREAK = re.compile(r"[\"“”]|[.!?;][^\S\n]")
# a pronoun's cue set off by a comma before the verb (", he added,"), searched up to the verb
_PARENTHETICAL = re.compile(r",[^\S\n]*(?:he|she)[^\S\n]+$")
MAX_PARENTHETICAL_CHARS = 12  # (", she " with room for spaces)
# the cues whose subject may report a clause: a person's name, a role ("The former butler"), a pronoun
_REPORTER_KINDS = frozenset({"name", "np", "pron"})
# speech verbs that bring in no reported clause: a label's ("called"), a participle's, "according to"
_NOT_REPORTING = (
    frozenset(_OBJECT_VERBS)
    | frozenset(v for v in _SPEECH_VERBS if v.endswith("ing"))
    | {
        "according to",
        "According to",
    }
)


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
    found = _salient_found(cue, people, history, gender, owners)
    return found[1] if found is not None else None


# how many sentences of narration may stand between the person a role phrase renames and the role:
# none, as in "Elizabeth Warren promised ... . The Massachusetts senator famously" (the person's own
# quoted sentences between do not count); further back the most recent person is as often someone
# else ("The Galveston mayor said" after two sentences about "Vice President Biden")
MAX_ROLE_GAP_SENTENCES = 0
# offices one person does not hold two of at once: a person the article gives one ("Senator Bernie
# Sanders", "the health secretary , Alan Johnson") is not "the governor", "the prime minister"
_OFFICES = frozenset(
    {
        "president",
        "governor",
        "senator",
        "congressman",
        "congresswoman",
        "representative",
        "mayor",
        "secretary",
        "minister",
        "premier",
        "chancellor",
        "ambassador",
        "sheriff",
        "judge",
        "commissioner",
    }
)
# the words that make an office another one beside it: the vice president is not the president,
# the lieutenant governor not the governor, the deputy prime minister not the prime minister
_RANKS = {"vice": "vice", "deputy": "deputy", "lieutenant": "lieutenant", "lt.": "lieutenant"}
_RANKS |= {"assistant": "assistant", "under": "under", "prime": "prime", "foreign": "foreign"}
# an office right before a name, up to two ranks before it, a comma between maybe ("Sen. Bernie
# Sanders", "the health secretary , Alan Johnson", "Mayor Bloomberg", "Vice President Joe Biden")
_OFFICE_BEFORE = re.compile(
    rf"(?<![\w.])(?i:(?P<rank>(?:(?:{'|'.join(map(re.escape, sorted(_RANKS)))})[^\S\n]+){{0,2}})"
    rf"(?:(?P<office>{'|'.join(sorted(_OFFICES))})|(?P<abbreviation>sen|gov|rep)\.))[^\S\n]*,?[^\S\n]*$"
)
_ABBREVIATED_OFFICES = {"sen": "senator", "gov": "governor", "rep": "representative"}
# the longest office before a name and its comma: "congresswoman , " (18) and some room; two ranks
# before it: "Deputy Prime Minister " (22), "Lt. Gov. " (9)
MAX_OFFICE_BEFORE_CHARS = 24


def _role_named_before(cue: _Cue, people: _People, history: list[tuple[int, str]]) -> str | None:
    """Who a role phrase that the article gives to no name means ("the Texas governor continues",
    "said the president"): news renames by a role the person it has just named ("Donald Trump
    says ... . The US president said"), so the most recent salient person, when no sentence of
    narration stands between (MAX_ROLE_GAP_SENTENCES) and the article gives that person no other
    office; else no one the article names ("A spokesman for the governor said" where only
    "Senator Bernie Sanders" is named)."""
    found = _named_at(_salient_found(cue, people, history, None), history, cue)
    # a person named only as an owner counts too ("The president 's swipe at Hayward 's gaffes is
    # also fair . The chief executive 's “…”"), unless the sentence names a subject, who comes first
    # ("Mitch McConnell declared “case closed” on Robert Mueller’s investigation . The GOP leader")
    # ... a role one holds at the head of something: "the lawyer", "the officer", "the detective" after
    # "Paul Manafort 's appeal", "John Smith 's car" is who acts on the owner's things, not the owner
    owners = people.persons_owning(cue.at) if cue.text.split()[-1].lower() in _OWNER_ROLES else []
    # ... and a subject in the role's own sentence is someone else, whom it would call "he" ("Flashman
    # ... appears to have represented in Fraser's mind ..., which the author described as “…”")
    owning = _named_at(_salient_found(cue, people, history, None, owners), history, cue) if owners else None
    if owning is not None and (
        found is None
        or _sentence_at(people.starts, owning[0]) != _sentence_at(people.starts, found[0])
        or _sentence_at(people.starts, found[0]) == _sentence_at(people.starts, cue.at)
    ):
        found = owning
    if found is None:
        return None
    at, name = found
    between = range(_sentence_at(people.starts, at) + 1, _sentence_at(people.starts, cue.at))
    told = sum(not people.quoted(people.starts[k]) for k in between)
    if told > MAX_ROLE_GAP_SENTENCES:
        return None
    words = cue.text.lower().split()
    head, ranks = words[-1], _ranks(words[-3:-1])
    if head in _OFFICES and "former" not in words and _other_office(people.text, name, (ranks, head)):
        return None
    return name


# the roles that rename a person named only as an owner (_role_named_before): offices and the heads of
# a body ("The chief executive 's", "The GOP leader"), not a trade that serves or acts on others
_OWNER_ROLES = _OFFICES | {
    "executive",
    "chief",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "boss",
    "author",  # a book's, the owner of the work ("Fraser's novel ... . The author said")
}


def _named_at(
    found: tuple[int, str] | None, history: list[tuple[int, str]], cue: _Cue
) -> tuple[int, str] | None:
    """_salient_found's person and where the text names it, a named speaker of history (-1) where
    its latest quote before the cue is; None for none."""
    if found is None or found[0] >= 0:
        return found
    name = found[1]
    at = max((start for start, spoke in history if spoke == name and start < cue.at), default=-1)
    return (at, name) if at >= 0 else None


def _ranks(words: Sequence[str]) -> tuple[str, ...]:
    """The ranks (_RANKS) that end `words`, in order: ("vice",) of "the vice", () of "the"."""
    k = len(words)
    while k and words[k - 1] in _RANKS:
        k -= 1
    return tuple(_RANKS[w] for w in words[k:])


def _other_office(text: str, name: str, office: tuple[tuple[str, ...], str]) -> bool:
    """Whether the article writes an office other than `office` (its ranks and its head) right
    before `name` or its surname (_OFFICE_BEFORE: "Senator Sanders" too; "Vice President Joe
    Biden" holds another office than "the president")."""
    for written in {name, name.split()[-1]}:
        at = text.find(written)
        while at >= 0:
            m = _OFFICE_BEFORE.search(text, max(0, at - MAX_OFFICE_BEFORE_CHARS), at)
            if (
                m is not None
                and (
                    _ranks(m["rank"].lower().split()),
                    (m["office"] or _ABBREVIATED_OFFICES[m["abbreviation"].lower()]).lower(),
                )
                != office
            ):
                return True
            at = text.find(written, at + len(written))
    return False


def _salient_found(
    cue: _Cue,
    people: _People,
    history: list[tuple[int, str]],
    gender: str | None,
    owners: Sequence[tuple[int, str]] = (),
) -> tuple[int, str] | None:
    """_salient's person and where the text names it: the run's offset, -1 for a named speaker of
    `history`."""
    runs = people.runs_before(cue.at)
    if owners:
        runs = heapq.merge(runs, owners, key=itemgetter(0), reverse=True)
    for at, name in _latest_first(runs, history, cue.at):
        known = people.gender_of(name)
        if gender is not None and at > 0 and _role_complement(people.text, at):
            continue  # (`Gary Bratt , owner of Chaise N ' Rays Rentals , ... " he said`: not 'Rays Rentals')
        if gender is not None and at > 0 and _in_relative_clause(people.text, at):
            continue
        if gender is not None and at > 0 and _fronted_before(people.text, at, cue.at):
            continue
        if gender is None or known is None or known == gender:
            return at, name
        # a surname alone that opens the pronoun's sentence or the one before, written so before
        # the article names a relative of the other gender in full, is the one the pronoun means
        # (further back, or not opening its sentence, it passed a woman for "she": bpoil_guardian/1051
        # Palin's words went to the "Obama" of "the Obama administration 's plans")
        if (
            at > 0
            and _sentence_at(people.starts, cue.at) - _sentence_at(people.starts, at) <= 1
            and _opens_sentence(people.text, people.sentence_at(at).start, at)
            and (alone := _surname_before_full(people.text, at, name)) is not None
        ):
            return at, alone
    return None


def _surname_before_full(text: str, at: int, name: str) -> str | None:
    """The surname written alone at `at` when the article writes it so before it first names `name`
    in full, and `name` is of the other gender than the pronoun asks (`At the White House : President
    Obama applauded ...` long before `first lady Michelle Obama`, then `Obama holds a major press
    conference in which he declares`, copy-000886-298649): the surname alone is someone the article
    takes as known, not the relative it names in full later; None otherwise (a surname alone after
    the full name is that person: "Merkel said ... he said" is another's)."""
    surname = name.split()[-1]
    if len(name.split()) < 2 or not text.startswith(surname, at) or _WORD_CHAR.match(text, at + len(surname)):
        return None
    first_full, first_alone = text.find(name), text.find(surname)
    return surname if first_full >= 0 and first_alone < min(first_full, at) else None


_WORD_CHAR = re.compile(r"\w")


def _opens_sentence(text: str, start: int, at: int) -> bool:
    """Whether the run at `at` opens its sentence (from `start`), or a timeline's entry after its
    label and a colon (`At the White House : Obama travels`): the subject, not a modifier ("the
    Obama administration 's plans", which means no one who speaks)."""
    before = text[start:at].strip()
    return not before or before.endswith(":")


def _fronted_before(text: str, at: int, pronoun: int) -> bool:
    """Whether the run at `at` stands right before the pronoun at `pronoun` with a comma alone
    between (`Mitt Romney ... sounded almost exactly the same note : Obama , he said , should be "
    … "`): the subject of the clause the pronoun's speech verb breaks into, or someone addressed,
    never whom the pronoun means."""
    run = _NAME_RE.match(text, at)
    return run is not None and text[run.end() : pronoun].strip() == ","


def _in_relative_clause(text: str, at: int) -> bool:
    """Whether the run at `at` stands inside a relative clause set off by commas after its sentence's
    subject, the subject's verb after the closing comma (`Hopkins , who is now a partner with Golden
    Boy Promotions who look after Hatton , said the struggling economy had placed ... . " … , " he
    said`): the subject acts and speaks, not the person the clause names."""
    opening = _RELATIVE_OPENS.search(text, max(0, at - MAX_RELATIVE_CHARS), at)
    if opening is None or _CLAUSE_END.search(text, opening.end(), at) is not None:
        return False
    closing = text.find(",", at, at + MAX_RELATIVE_CHARS)
    return (
        closing >= 0
        and _CLAUSE_END.search(text, at, closing) is None
        and _VERB.match(text, closing + 1 + (len(text[closing + 1 :]) - len(text[closing + 1 :].lstrip(" "))))
        is not None
    )


# a comma and a relative pronoun that open a clause about the subject before them (_in_relative_clause)
_RELATIVE_OPENS = re.compile(r",[^\S\n]*(?:who|whose|which)\b")
# a mark that ends a clause or a sentence inside the relative clause's stretch: then it is no one clause
_CLAUSE_END = re.compile(r"[,.;:!?\"“”\n]")
MAX_RELATIVE_CHARS = 120  # (", who is now a partner with Golden Boy Promotions who look after " is 65)


def _role_complement(text: str, at: int) -> bool:
    """Whether the run at `at` is in the complement of a role in an apposition (`Gary Bratt , owner
    of Chaise N ' Rays Rentals`, "Dr David Morens , director of the National Institute of ..."): where
    the person works or what they lead, a business, a body or a place, never the "he" or "she"
    after it. Only a role in lower case after a comma: a title before a name is no apposition
    ("Secretary of State Condoleezza Rice", "As crews worked ... , Secretary of Homeland Security Janet
    Napolitano pressured BP")."""
    m = _ROLE_OF.search(text, max(0, at - MAX_ROLE_OF_CHARS), at)
    return m is not None and m["role"] in _ROLE_OF_HEADS


# a comma, a role word (two words before it at most: "managing director") and "of", then the
# capitalised words of the complement before the run (_role_complement)
_ROLE_OF = re.compile(
    r",[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+){0,2}?(?P<role>[a-z\-]+)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:(?:[A-Z][\w'’.&\-]*|['’])[^\S\n]+){0,4}$"
)
MAX_ROLE_OF_CHARS = 90  # (", the managing director of the " and four words of a name)
_ROLE_OF_HEADS = _ROLE_HEADS | {"owner", "co-owner", "proprietor", "head"}


def _latest_first(
    runs: Iterator[tuple[int, str]], history: list[tuple[int, str]], at: int
) -> Iterator[tuple[int, str]]:
    """The names of `runs` (latest first) and of the named speakers of `history` before `at` that
    are no organisation, merged latest first, each with its run's offset (-1 for a speaker). (A run
    is never quoted and a speaker's offset is inside a quote: no offset is in both.) `history` is in
    text order (find_quotes appends each quote's speaker in turn): it is read back from `at` as far
    as the runs go, not sorted for each pronoun (n speakers for each of n quotes)."""
    k = bisect_left(history, at, key=itemgetter(0))
    for start, name in runs:
        while k and history[k - 1][0] > start:
            k -= 1
            if _organisation(history[k][1]) is None:
                yield -1, history[k][1]
        yield start, name
    while k:
        k -= 1
        if _organisation(history[k][1]) is None:
            yield -1, history[k][1]


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
        if (agent := _prompted(text, spans[i - 1].outer_end, span.outer_start)) is not None:
            # (the name at the end of the object: "BFF Putin"; a role alone names no one here)
            words = agent.split()
            name = next(
                (" ".join(words[k:]) for k in range(len(words)) if people.is_person(" ".join(words[k:]))),
                None,
            )
            return (people.fullest(name) if name is not None else None), False
        return speakers[i - 1], False  # the statement goes on in its sentence
    before_start, before = _before(text, spans, i, sentences, starts, first)
    if same_line:
        # the statement goes on, unless a sentence of its own names who uses the words ("The New
        # York Times’ ‘1619 Project’ ... Cotton used the opportunity to accuse them of spreading
        # “fake news.”")
        aside = _SPEECH_ASIDE.search(before) if _WORD.search(before) and " sa" in before else None
        if aside is not None:
            # "It is likely , analysts said , that the bill will be “…”": the quote's own sentence
            # names who says it in an aside, not the statement before going on (an unnamed plural
            # or any subject the patterns do not read: no one named)
            subject = _SUBJECT_BEFORE.match(before, aside.start("subject"), aside.end("subject") + 1)
            cue = _cue(subject, before_start)
            return (_resolve(cue, people, history, text, spans) if cue is not None else None), False
        own = _quoting_subject(before, before_start, people) if _WORD.search(before) else None
        if own is None and (it := _it_subject(before, before_start)) is not None:
            return _it(it, people, history, text, spans), False
        if own is not None:
            if _passive_subject(before, own.at - before_start + len(own.text)):
                return None, False
            return _resolve(own, people, history, text, spans), False
        if (
            own is None
            and not _WORD.search(before)  # (the quote opens its sentence)
            and (told := _told_before(text, spans, i, sentences, starts, people, history)) is not None
        ):
            return _resolve(told, people, history, text, spans), False
        if not _WORD.search(before) and bisect_left(starts, first.start) > bisect_right(
            starts, spans[i - 1].outer_end
        ):
            named = _narrated(text, span, sentences, starts, first, people, history, spans)
            if named is not None:
                return named, False
        if not _WORD.search(before) and _told_other_gender(
            text, first, sentences, starts, people, speakers[i - 1]
        ):
            return None, False
        # words quoted inside a sentence after two or more sentences of narration with no quote are
        # the writer's (`This is certainly not " Obama 's Katrina , "`, `Headlining this time was
        # Sting , who performed his song Fragile , dedicating it to " all the people in the Gulf ...
        # "`): a statement goes on past its cue's sentence, not past the writer's own
        if (
            _WORD.search(before)
            and bisect_left(starts, first.start) - bisect_right(starts, spans[i - 1].outer_end)
            >= MIN_NARRATION_SENTENCES
        ):
            return None, False
        # a word or two in quotes inside a later sentence is a scare quote or a term ("the great
        # conflation of fear often egged on by “the science” is"), not the statement going on; so is
        # each of a list of short quotes (`with crosses for tuna , shrimp and oyster catches , but also "
        # beach sunrises " , " seafood gumbo " , ... and " dog on beach " .`: labels)
        return speakers[i - 1], speakers[i - 1] is not None and (
            _fragment(text, span, first.end) or _in_quoted_list(text, spans, i)
        )
    if _WORD.search(before):
        cue = _quoting_subject(before, before_start, people)
        if cue is not None and _passive_subject(before, cue.at - before_start + len(cue.text)):
            return None, False
        if cue is None and (it := _it_subject(before, before_start)) is not None:
            return _it(it, people, history, text, spans), False
        if cue is None and _PARTICIPLE_LEAD.match(before):
            cue = _main_subject_after(text, span, first.end, spans, people)
        return (_resolve(cue, people, history, text, spans) if cue is not None else None), False
    if not span.opens_line:
        # a quote that opens its sentence inside a paragraph with no quote before it: rule 9's
        # paraphrase, then the quote ("Dukes walked out of the courthouse ... saying she feels no
        # anger toward her bosses . “Wal-Mart may be a big company ...”"), else no one named
        told = _told_before(text, spans, i, sentences, starts, people, history)
        return (_resolve(told, people, history, text, spans) if told is not None else None), False
    if span.line == 0:
        return None, False
    if i > 0 and spans[i - 1].line_end == span.line - 1:
        return speakers[i - 1], False
    ps, pe = lines[span.line - 1]
    last = sentences[_sentence_at(starts, pe - 1)]
    start = max(last.start, ps)
    cue = _cue_before(_blank(text, start, pe, spans), start, people)
    return (_resolve(cue, people, history, text, spans) if cue is not None else None), False


def _prompted(text: str, start: int, end: int) -> str | None:
    """The one a participle after a quote moves to speak, between that quote and the next in its
    sentence (`with the commander-in-chief ripping the Democratic presidential candidate as a
    “loser,” prompting the former Big Apple mayor to describe him as a “barking clown.”`): the
    other side's words, not the statement going on; None if there is no such clause."""
    if end - start > MAX_PROMPTED_CHARS or "ing " not in text[start:end]:
        return None
    m = _PROMPTED.search(text, start, end)
    return m["agent"] if m is not None else None


# a participle that moves someone to speak, its object (the one who speaks) and the infinitive of a
# speech or label verb (_prompted)
_PROMPTED = re.compile(
    r"\b(?:prompting|leading|causing|forcing|spurring|moving|provoking|pushing|inviting|drawing)[^\S\n]+"
    r"(?P<agent>[^,;:.!?\"“”\n]{2,60}?)[^\S\n]+to[^\S\n]+(?:[a-z]+[^\S\n]+)?"
    r"(?:describe|call|label|brand|dub|say|tell|ask|accuse|respond|reply|retort|quip|write|tweet|dismiss|"
    r"fire[^\S\n]+back|hit[^\S\n]+back|counter)\b"
)
MAX_PROMPTED_CHARS = 160  # (the clause between two quotes of a sentence; 87 in train-864-1)


# a list of quotes (_in_quoted_list): at least MIN_LISTED_QUOTES of at most MAX_FRAGMENT_WORDS words
# each, one after another with only a comma, "and" or "or" between (at most MAX_LIST_JOIN_CHARS): two
# are often the speaker's own words ("called it " enraging " and " heartbreaking "", quotes40)
MIN_LISTED_QUOTES = 3
MAX_LIST_JOIN_CHARS = 12
_LIST_JOIN = re.compile(r"[^\S\n]*[,;]?[^\S\n]*(?:(?:and|or)[^\S\n]+)?")


def _in_quoted_list(text: str, spans: Sequence[_Span], i: int) -> bool:
    """Whether quote i is one of a list of short quotes (MIN_LISTED_QUOTES or more, _LIST_JOIN
    between): words or labels listed, as a short term in lower case is (_fragment)."""

    def short(k: int) -> bool:
        return len(text[spans[k].start : spans[k].end].split()) <= MAX_FRAGMENT_WORDS

    def joined(k: int) -> bool:  # quote k and the next one, side by side in a list
        gap = spans[k + 1].outer_start - spans[k].outer_end
        return (
            0 <= gap <= MAX_LIST_JOIN_CHARS
            and _LIST_JOIN.fullmatch(text, spans[k].outer_end, spans[k + 1].outer_start) is not None
        )

    if not short(i):
        return False
    first = last = i
    while first > 0 and short(first - 1) and joined(first - 1):
        first -= 1
    while last + 1 < len(spans) and short(last + 1) and joined(last):
        last += 1
    if last - first + 1 < MIN_LISTED_QUOTES:
        return False
    # (a list its sentence says someone said is that one's words: `has been " slow " , " inept " and
    # " disgraceful " , he added`)
    end = spans[last].outer_end
    stop = _LIST_CLAUSE_END.search(text, end)
    return _cue_after(text[end : stop.start() if stop else len(text)], end) is None


# where the clause after a list of quotes ends: its sentence's stop, or a line's end
_LIST_CLAUSE_END = re.compile(r"[.!?;\n]")


def _told_other_gender(
    text: str, first, sentences: list, starts: list[int], people: _People, last: str | None
) -> bool:
    """Whether the sentence right before a quote that opens its sentence reports words by a "he" or
    "she" whose gender is not that of the statement's last speaker (`" ... ," said John Smith . The
    governor agreed . She said the vote was close . " We have the votes ... "`): the narration has
    turned to someone else, so the quote does not go on with him (review28)."""
    k = bisect_left(starts, first.start)
    if last is None or k == 0:
        return False
    told = sentences[k - 1]
    cue = _cue_before(text[told.start : told.end], told.start, people)
    if cue is None or cue.kind != "pron" or cue.text.lower() not in _PRONOUN_GENDERS:
        return False
    known = people.gender_of(last)
    return known is not None and known != _PRONOUN_GENDERS[cue.text.lower()]


def _narrated(
    text: str,
    span: _Span,
    sentences: list,
    starts: list[int],
    first,
    people: _People,
    history: list[tuple[int, str]],
    spans: list[_Span],
) -> str | None:
    """A quote that opens its sentence after a sentence of narration with no speech verb, in the
    paragraph of an earlier quote, when that sentence's subject is a person written by name
    ("Robert Booy , head of clinical research ... , believes there is a simple explanation ... . "
    It 's likely ... "": Booy, not the speaker of the quote before). The newswire brings a new
    speaker in by a sentence about them as often as by a speech verb. Not a pronoun or a role: those
    as often go on with the speaker before ("He feels certain BP will pull out much sooner . ""), which
    the caller keeps; not a quote with a speech verb after it in its sentence, whose cue that is."""
    told = sentences[bisect_left(starts, first.start) - 1]
    closing = sentences[_sentence_at(starts, span.outer_end)]
    if _VERB.search(text, span.outer_end, max(closing.end, span.outer_end)) is not None or (
        _COMMA_ENDED.match(text, span.end, span.outer_end + 2) or _COMMA_ENDED.match(text, span.outer_end)
    ):
        return None  # (a cue of its own after the quote: `," Edward McNally , a lawyer ...`)
    if text[told.start : told.end].rstrip().endswith("?"):
        return None  # (a question is put to someone: "Does Le Cras think it will work ?")
    cue = _clause_subject(text[told.start : told.end], told.start, people)
    if cue is None or cue.kind != "name" or not people.is_person(cue.text) or len(cue.text.split()) < 2:
        return None
    # the name opens the sentence, after an opening phrase set off by a comma at most ("However , Dr
    # David Morens ... is not convinced"): not a place or a thing after a word ("At Fort Jackson ,
    # one of the youngsters perched", "The Exxon Valdez is going to pale")
    lead = text[told.start : cue.at].strip()
    opening = cue.text.split()[0].lower()  # (a run may take the sentence's first word: "At Fort Jackson")
    if lead and not lead.endswith(",") or opening in _PREPOSITIONS or opening in _SENTENCE_OPENERS:
        return None
    return _resolve(cue, people, history, text, spans)


# capitalised words that open a sentence before a name, taken into its run by _clause_subject (_narrated)
_SENTENCE_OPENERS = frozenset(["the", "at", "in", "on", "does", "did", "do", "is", "was", "but", "and"])


# sentences of narration between the last quote and words quoted inside a later sentence, past which
# those words are no more the statement's (_continued)
MIN_NARRATION_SENTENCES = 2


def _told_before(
    text: str,
    spans: list[_Span],
    i: int,
    sentences: list,
    starts: list[int],
    people: _People,
    history: list[tuple[int, str]],
) -> _Cue | None:
    """2c's exception: a quote that opens its sentence after a sentence of narration that reports
    someone's words ("But for the first time Tony Hayward defended his move , and said he would do
    it again . " I have to confess ... "", "Jones disagreed and said it would fail . " It is a bad
    plan . ""): the newswire's paraphrase, then the quote, so the one named speaks, not the speaker
    of the quote before the narration. The named subject of that sentence's speech verb
    (_cue_before), when no quote is in it."""
    span = spans[i]
    k = _sentence_at(starts, span.outer_start) - 1
    if (
        k < 0
        or i > 0
        and sentences[k].start < spans[i - 1].outer_end
        or sentences[k + 1].start > span.outer_start
    ):
        return None
    # (a speech verb after the quote in its own sentence is its cue, one the cues did not read:
    # `," a spokesman said`, `," Transocean 's Newman said`)
    closing = sentences[_sentence_at(starts, span.outer_end)]  # (the sentence the quote ends in)
    if _VERB.search(text, span.outer_end, max(closing.end, span.outer_end)) is not None:
        return None
    # a quote that ends in a comma goes on to a cue of its own after it, whatever its verb
    comma = _COMMA_ENDED.match(text, span.end, span.outer_end + 2) or _COMMA_ENDED.match(text, span.outer_end)
    # (a quote that the sentence goes on from with no mark, to a verb whose subject it is, is a phrase
    # the writer mentions, not words spoken: "“The city will recover” is a phrase residents have heard
    # before", review26)
    if comma is None and _WRITER_GOES_ON.match(text, span.outer_end) and closing.end > span.outer_end + 1:
        return None
    told = sentences[k]
    # (a speech verb whose own subject is a phrase after a comma at the sentence's end: "Bernie
    # Sanders will cancel campaign events ... , his campaign said ." The campaign speaks, no one named)
    last = max(_VERB.finditer(text, told.start, told.end), key=_match_start, default=None)
    if last is not None and _TAG_SUBJECT.search(
        text, max(told.start, last.start() - MAX_TAG_SUBJECT_CHARS), last.start()
    ):
        return None
    cue = _cue_before(text[told.start : told.end], told.start, people)
    # (a person: an organisation's sentence before a quote is as often a paraphrase of another's
    # words, "BP says it is still generating new ideas . " We 've taken bits ... , " a spokesman")
    if cue is None:
        return None
    if cue.kind == "np" and (outer := _outer_teller(text, told.start, cue, people)) is not None:
        cue = outer  # ("Kessler said the data suggested that ... . " It appeared ... "": Kessler)
    if cue.kind in ("pron", "np"):
        if not _told_by_referent(
            text, cue, told, sentences[k - 1] if k else told, span, spans, people, history
        ):
            return None
    elif cue.kind != "name" or not people.is_named_person(cue.text):
        return None
    # the sentence's own speaker, not one its speaker reports: no speech verb before the name but an
    # inverted one right before it ("Allen said BP 's Kent Wells told him the pressure was rising . "
    # We are watching it closely . "": Allen goes on, review23; ", said Bill Salvin , a BP spokesman
    # . "" is Salvin's)
    for verb in _VERB.finditer(text, told.start, cue.at):
        opening = text[told.start : verb.start()].rstrip()
        if opening and not opening.endswith((",", '"', "”")):
            return None  # (the verb has its own subject before it: no inverted verb of the name)
    # a question put to a named person: the one asked answers ("Mathews asked John Guide , the BP
    # well team leader , whether cost-consciousness colored decisions . " No sir , " ...", t17
    # bpoil_washingtonpost/1435, review23)
    if (asked := _ASKS_A_PERSON.match(text, cue.at + len(cue.text))) is not None:
        if not people.is_person(asked["name"]):
            return None
        cue = _Cue("name", asked["name"], asked.start("name"))
    # the cue after a quote that ends in a comma (one whose verb _VERB does not list) must be that
    # one's: "he" or "she", or its surname (`No sir , " Guide answered`, `antivirals , " he informed
    # the news conference`); another subject speaks (`J.P. Morgan said , " summarizes Luca Di Leo`,
    # `then , " was a post on microblogging site Twitter`, `,” the statement reads`): no one named
    if comma is not None:
        after = text[comma.end() : comma.end() + _AFTER_COMMA_CHARS].lstrip(" \"”’'").split()
        if not after or not (after[0] in _PRONOUN_GENDERS or cue.text.split()[-1] in after[:3]):
            return None
        told_gender = _PRONOUN_GENDERS[cue.text.lower()] if cue.kind == "pron" else people.gender_of(cue.text)
        if after[0] in _PRONOUN_GENDERS and told_gender not in (None, _PRONOUN_GENDERS[after[0]]):
            return None  # (`," he informed the BBC` after a sentence about Imogen Foulkes)
    return cue


def _outer_teller(text: str, start: int, cue: _Cue, people: _People) -> _Cue | None:
    """The person who reports the clause whose subject is `cue`, a noun phrase, in a sentence of
    narration that opens at `start`: "Kessler said the data suggested that the process ... stopped
    . " It appeared that nothing stopped it ... "": the nearest verb before the quote is "suggested",
    whose subject is the data; the one who speaks is Kessler, whose "said" the clause hangs on. Only
    for that shape, a person named as the subject of the sentence's first speech verb and the noun
    phrase right after it (a "that" at most between). Not when the noun phrase is itself one whose
    words could be quoted (a person, a group, an organisation or a document: "Smith said the report
    found ... . " ... "" may quote the report), which _told_before goes on to read as it did."""
    words = cue.text.split()
    head = words[-1].lower()
    if (
        head in _ROLE_HEADS
        or head in _PERSON_NOUNS
        or head in _GROUP_HEADS
        or head in _COMPANY_HEADS
        or head in _DOCUMENTS
        or head in _QUOTABLE_TEXTS
        or head.rstrip("s") in _PERSON_NOUNS
        or head.endswith(_PEOPLE_ENDS)
    ):
        return None
    verb = _VERB.search(text, start, cue.at)
    if verb is None or _THAT_GAP.fullmatch(text, verb.end(), cue.at) is None:
        return None
    outer = _cue_before(text[start : verb.end()], start, people)
    if outer is None or outer.kind != "name" or not people.is_person(outer.text):
        return None
    return outer


# texts besides _DOCUMENTS whose words an article quotes ("the study said"): a noun phrase headed so
# may be the quote's source (_outer_teller)
_QUOTABLE_TEXTS = frozenset(
    {"study", "studies", "paper", "survey", "poll", "analysis", "review", "research", "findings", "book"}
)
# plural nouns for people ("scientists", "researchers", "officials", "residents", "Americans"):
# _outer_teller
_PEOPLE_ENDS = ("ists", "ers", "ians", "ans", "ors", "als", "ents", "ees")
# what stands between a speech verb and the subject of the clause it reports (_outer_teller)
_THAT_GAP = re.compile(r"[^\S\n]+(?:that[^\S\n]+)?")


def _told_by_referent(
    text: str,
    cue: _Cue,
    told,
    before,
    span: _Span,
    spans: list[_Span],
    people: _People,
    history: list[tuple[int, str]],
) -> bool:
    """Whether the sentence of narration `told` before a quote reports the words of a person it names
    by "he" or "she" or by a role ("Bartlit said he found no evidence ... . But he also noted that
    time and money were always factors . " Any time you are talking about $ 1.5 m a day , money
    enters into it . "", "Among his reasons, the Democratic governor said the visit may worsen social
    divisions. "I, along with other community leaders ..."" of Tony Evers), safely enough to give that
    person the quote, as _told_before gives it the subject written by name: the paraphrase, then the
    quote. Safe when:
    - the pronoun or role is the subject of the speech verb right after it (one adverb at most
      between: "he also noted", "she said"), not of a participle or a passive on the way ("The
      president is facing an inquiry after asking ...", "he was told by authorities");
    - the quote is a statement, more words than a term or a scare quote (MAX_FRAGMENT_WORDS), that
      ends its sentence, not a name for something ("" Swine flu " or " H1N1 " ?");
    - a role is one the article gives a named person (3c's by_title: "the Democratic governor" ->
      Tony Evers), not a role it names no one by ("The US TV show host explained": not the last
      name of the line-up before it), nor an unnamed source ("The official asked not to be
      identified");
    - the person a pronoun means (3b) is of the pronoun's gender as the article tells it, and is
      named in the sentence before it or its own, or speaks the quote just before them: a pronoun's
      referent is nearly always that close, and farther back an unnamed speaker may stand between
      whom 3b cannot see ("said a captain of one of the air boats . ... He said the air boats were
      carrying ..." is the captain's, not Thad Allen's, named ten sentences back)."""
    verb = _TOLD_VERB.match(text, cue.at + len(cue.text))
    if verb is None or verb[0].endswith("ing"):
        return False
    quote = text[span.start : span.end].rstrip()
    if len(quote.split()) <= MAX_FRAGMENT_WORDS or not (
        quote.endswith((".", "!", "?")) or _TOLD_QUOTE_ENDS.match(text, span.outer_end)
    ):
        return False
    if cue.kind == "np":
        return cue.text.split()[-1].lower() in _ROLE_HEADS and people.by_title(cue.text, cue.at) is not None
    if cue.text.lower() not in _PRONOUN_GENDERS:
        return False
    found = _salient_found(cue, people, history, _PRONOUN_GENDERS[cue.text.lower()])
    if found is None:
        return False
    at, name = found
    if people.gender_of(name) != _PRONOUN_GENDERS[cue.text.lower()]:
        # 3b takes a person whose gender the article does not tell as readily as one whose it does;
        # to hand on a quote, the gender must be told (a given name, an honorific, a pronoun after
        # the name): "Malik said ... . “…,” she said . She said Ms Bhutto was ... . “…”" is not
        # 'Father Asi', a man by a title that gender_of does not read, named nearer
        return False
    if at >= 0:
        # and the one person of the pronoun's gender named there: with two, 3b takes the later, the
        # object as often as the subject ("Tom Brown spoke after Jim White on Monday . He said ..." is
        # no safe "he"; review28)
        return at >= before.start and not any(
            other != name and people.gender_of(other) == _PRONOUN_GENDERS[cue.text.lower()]
            for _, other in _runs_since(people, cue.at, before.start)
        )
    # a speaker (3b's -1): of a quote in the sentence before or in the pronoun's own
    k = bisect_left(history, before.start, key=itemgetter(0))
    return any(spoken == name for quoted_at, spoken in history[k:] if quoted_at < cue.at)


def _runs_since(people: _People, at: int, start: int) -> Iterator[tuple[int, str]]:
    """3b's person runs (people.runs_before) between `start` and `at`, latest first."""
    for run in people.runs_before(at):
        if run[0] < start:
            return
        yield run


# a speech verb right after a subject, one adverb at most between ("he also noted", "she said"):
# _told_by_referent
_TOLD_VERB = re.compile(rf"[^\S\n]+(?:[a-z]+ly[^\S\n]+|also[^\S\n]+|then[^\S\n]+)?{_VERB.pattern}")
# a quote that ends its sentence at its closing mark (`she said . " ... "` then `.`)
_TOLD_QUOTE_ENDS = re.compile(r"[^\S\n]*[.!?]")


# the writer's sentence going on after a quote, its verb right after the closing mark (_told_before)
_WRITER_GOES_ON = re.compile(r"[^\S\n]+(?:is|are|was|were|has|have|had|became|remains|sounds|means)\b")
# how much of the text after a quote's closing comma _told_before reads for the cue's subject
_AFTER_COMMA_CHARS = 60
_PRONOUN_GENDERS = {"he": "m", "she": "f"}


# a quote's own text or its closing mark ending in a comma (_told_before)
_COMMA_ENDED = re.compile(r"[^\S\n]*,|[^\S\n]*[\"”’'][^\S\n]*,")
# a speech verb's subject after a comma, a determiner and a noun or two (", his campaign said",
# ", the company said"): _told_before
_TAG_SUBJECT = re.compile(
    r",[^\S\n]*(?:his|her|their|its|the|a|an)[^\S\n]+[a-z][\w\-]*(?:[^\S\n]+[a-z][\w\-]*)?[^\S\n]+$"
)
MAX_TAG_SUBJECT_CHARS = 40  # (a comma, a determiner, two words of up to 12 letters and spaces)
_match_start = methodcaller("start")
# a question put to a named person right after the asker (_told_before)
_ASKS_A_PERSON = re.compile(
    r"[^\S\n]+(?:asked|questioned|pressed|quizzed)[^\S\n]+(?P<name>[A-Z][\w'’.-]+(?:[^\S\n]+[A-Z][\w'’.-]+)*)"
)


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


def _passive_subject(before: str, end: int) -> bool:
    """Whether the subject that ends at `end` in `before` is that of a passive verb (`Al-Megrahi ,
    who suffered from prostate cancer , was released ... by Scottish officials on " compassionate
    grounds "`): words said about it, not its own."""
    return " was " in before[end:] and _PASSIVE_AFTER.match(before, end) is not None


# a passive verb right after a subject, a clause in commas between (_passive_subject); not one that
# brings in what the subject does or is asked ("was forced to make up ... something that made it look
# “fumbling”", "was headed to Kenosha ... golfers who “choke”", "was questioned why ... (“…”)")
_PASSIVE_AFTER = re.compile(
    r"(?:[^\S\n]*,[^,\n]{1,80},)?[^\S\n]+was[^\S\n]+(?:[a-z]+ly[^\S\n]+)?[a-z]+ed\b(?![^\S\n]+(?:to|why|whether|how|if|about)\b)"
)


def _it_subject(before: str, offset: int) -> _Cue | None:
    """2d for "It" as the subject of a sentence that reports speech before words quoted in it ("It
    did not commit to waiving the cap at the hearing , ... , and said in a statement on Friday that
    the cap " is not relevant . ""): an "it" cue (_it), the organisation or document named last, as
    3g's "It said" is. Not "It 's", "It is", "It was": "it" there stands for no one ("It is likely")."""
    m = _IT_SUBJECT.match(before)
    if m is None or _VERB.search(before, m.end()) is None:
        return None
    return _Cue("it_before", "it", offset + m.start("it"))


# "It" opening a sentence before a verb in lower case that is no form of "be" or "seem"
# (_it_subject)
_IT_SUBJECT = re.compile(
    r"[^\S\n]*(?P<it>It)[^\S\n]+(?!(?:is|was|'s|’s|has[^\S\n]+been|had[^\S\n]+been|seems|seemed|appears|appeared|"
    r"looks|looked|will[^\S\n]+be|would[^\S\n]+be|could[^\S\n]+be|may[^\S\n]+be|might[^\S\n]+be|remains|"
    r"took|takes|happened|means|meant)\b)[a-z]"
)


# a sentence that opens with a subordinate word and a participle, no subject (_main_subject_after)
_PARTICIPLE_LEAD = re.compile(r"\s*(?:After|While|Before|When|Despite|Since|Upon|By)\s+[a-z]+ing\b")
_COMMA = re.compile(r",\s+")
MAX_CLAUSE_COMMAS = 3  # commas after the quote tried for the main clause's subject


# a speech verb and its subject set off by commas inside a sentence, before its quote ("It is likely ,
# analysts said , that the bill will be"): up to MAX_ASIDE_SUBJECT_CHARS for the subject
MAX_ASIDE_SUBJECT_CHARS = 60
_SPEECH_ASIDE = re.compile(
    rf",[^\S\n]*(?P<subject>[^,.;:!?\"“”\n]{{1,{MAX_ASIDE_SUBJECT_CHARS}}}?)[^\S\n]+(?:said|says|say)[^\S\n]*,"
)


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
