"""The article's people (_People), read once per article for the speaker resolution
(speakers.py): who is named in full (surname -> fullest name), their gender (honorific, a common
given name), their titles, the groups, organisations and documents the article names, and the name
runs before a given point (the antecedents a pronoun or a role phrase may mean). The rules that use
them are in speakers.py (2c, 2d, 3b-3f); the name itself is read in names.py (3a, 3g).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property
from operator import itemgetter

from newsprism.analyse.sentences import Sentence, split_sentences
from newsprism.records import Mention

from .cues import _ARTICLE_END, _POSSESSIVE_AFTER, _caption, _unsigned
from .lexicon import (
    _ACTED_AFTER_NAME,
    _ANY_GROUP,
    _DATE_WORDS,
    _DOCUMENT_SUBJECT,
    _FEMALE_NAMES,
    _FIRST_NAMES,
    _GROUP_RE,
    _HONORIFIC_GENDER,
    _MALE_NAMES,
    _NOT_COMPANY_WORDS,
    _NOT_NAME,
    _NOT_PERSON,
    _PERSON_NOUNS,
    _QUANTITY,
    _SPEECH_AFTER_NAME,
    _SPOKESPERSON_FOR,
    _SURNAME_HONORIFICS,
    _SURNAME_TITLES,
    _TITLES,
    _VERB_AFTER_NAME,
    MAX_ANTECEDENT_SENTENCES,
    _given_names,
    _same_given,
)
from .marks import _sentence_at, _Span
from .names import (
    _AFTER_DESCRIBED_GROUP,
    _SPACES,
    _described_group,
    _gerund_opens,
    _group_name,
    _group_subject_like,
    _last_word,
    _looks_personal,
    _looks_personal_run,
    _name_of,
    _nicknamed,
    _one_letter_apart,
    _organisation,
    _organisation_name,
    _stands_as_subject,
    _strip_phrase,
    _stripped_phrase,
    _subject_like,
    _surname,
    _title_in_apposition,
    _titled_surname,
    _titles_before_names,
    _written_in_lower_case,
)
from .patterns import (
    _CAPTION_TAIL,
    _GROUP_HEADS,
    _LOWER_WORDS,
    _NAME_RE,
    _PEOPLE_HEADS,
    _POSSESSIVE,
    _PREPOSITIONS,
    _VERB,
)

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


# distinct words _People._personal asks of the text one by one (a substring search of the text each)
# before it finds all of the text's lower-case words in one pass instead (_LOWER_WORDS.findall), so
# that a text of thousands of distinct capitalised words is read a bounded number of times, not once
# per word. The pass costs about 90 such searches (a 20,000-character heap text: 0.7 ms against
# 8 us), so it only pays for itself past some 90 more words; a news article asks far fewer (heap-10000
# + dev: at most 125, seven texts over 100: with 100 here those seven paid for a pass they did not
# recoup, find_quotes +0.2% CPU), so the pass is kept for texts four times beyond that: the worst
# text costs about 500 + 90 searches, some 6.5 passes, however many names it has. The answers are
# the same either way (_written_in_lower_case(text, w) is `w in set(_LOWER_WORDS.findall(text))`).
LOWER_WORD_SCANS = 500


# a caption's tail after its name, up to the quote's opening mark (_People.captions)
_CAPTION_QUOTE = re.compile(_CAPTION_TAIL + '["“]')

# words after which a titled name is an object or a subordinate clause's subject, no antecedent
# (_People.runs_before with entity mentions: "works for Rep. Stephen Fincher", "whether President
# Obama is", "his comment that President Obama subscribed")
_OBJECT_LEADS = _PREPOSITIONS | {"that", "whether"}
# characters before a run that _OBJECT_LEADS' words are looked for in: the longest ("throughout")
# and two spaces
_OBJECT_LEAD_CHARS = max(map(len, _OBJECT_LEADS)) + 2


# a word for a man or a woman right before a name in apposition ("her father, Jay Jolly", "his wife
# Supriya Jindal"): the person's gender, where neither an honorific nor a common given name tells it
_GENDERED_BEFORE = re.compile(
    r"\b(?:(?P<m>father|husband|son|brother|uncle|grandfather|grandson|nephew|boyfriend|widower)"
    r"|(?P<f>mother|wife|daughter|sister|aunt|grandmother|granddaughter|niece|girlfriend|widow))"
    r"[^\S\n]*,?[^\S\n]+$"
)
# the first pronoun after a name in its sentence, with no capitalised word (another name) between:
# "so Supriya Jindal figured she knew". Only "he", "she" and "his": "her" and "him" are objects as
# often ("John Smith thanked her"); and not after a speech verb, whose clause is about anyone
# ("Defence barrister Rhianydd Clement said he had a job": the man she defends)
_PRONOUN_AFTER = re.compile(r",?[^\S\n]+(?:[^\sA-Z]\S*[^\S\n]+){0,6}?(?P<p>he|she|his)\b")
# a possessive opening an apposition right after the name is another's ("Kendall Marsh, his chief of
# staff", "Dana Lee, his wife": the man the name works for or is married to, review23), no gender of it
_APPOSED_POSSESSIVE = re.compile(r"[^\S\n]*,[^\S\n]*(?:his|her)\b")
# the mentions of a name its gender is looked for at (the first few say it, if any does)
MAX_GENDER_MENTIONS = 4

# a hyphen a tokenized page writes with a space on each side, then a capitalised word that ends a
# name (no capitalised word after it): "Strauss - Kahn" (_People._register_spaced_compounds)
_SPACED_HYPHEN = re.compile(r"[^\S\n]+-[^\S\n]+([A-Z][a-z][\w’']*)\b(?![\-’'])(?![^\S\n]+[A-Z])")

# the first person singular in a quote: a person's words, not an organisation's (_spoke_as_one)
_FIRST_PERSON_ONE = re.compile(r"\b(?:I|me|my|myself|mine)\b")


# the longest apposition in commas between a name and its speech verb that _speaking_names reads: a
# role and its employer ("BP 's senior vice-president of exploration and production", 52 characters),
# not a clause that runs on to another subject
MAX_APPOSITION_CHARS = 80
# a name run's speech verb: right after it, or after an apposition in commas ("Kent Wells , BP 's
# senior vice-president , said"; _speaking_names)
_SPEAKS_AFTER = re.compile(rf"[^\S\n]*(?:,[^,.;\n\"“”]{{1,{MAX_APPOSITION_CHARS}}},[^\S\n]*)?{_VERB.pattern}")
_SPEAKS_BEFORE = re.compile(r"\b(?:said|says|according[^\S\n]+to)[^\S\n]+$")


def _speaking_names(text: str, runs: Sequence[re.Match[str]]) -> set[str]:
    """Names of two words, a given name (_given_names) and a surname that is also a common word of
    the article ("Kent Wells" in an article on oil wells, "David Rose" where shares rose), that are
    the subject of a speech verb ("BP Vice-President Kent Wells said", ", said Kent Wells", "according
    to Kent Wells"). _personal takes no run with a word the article writes in lower case ("Libya
    Attack" in a headline), which leaves such a speaker nameless: "Wells said" and "he" then find
    no one or an earlier person. A given name that speaks is a person's; one that only acts may be
    a thing's ("Tom Walker arrived with a walker")."""
    found = set()
    for m in runs:
        tokens, _ = _stripped_phrase(m[1])
        if len(tokens) != 2 or tokens[0].lower() not in _given_names():
            continue
        name = " ".join(tokens)
        if name in found:
            continue
        if _SPEAKS_AFTER.match(text, m.end(1)) or _SPEAKS_BEFORE.search(
            text, max(0, m.start() - 16), m.start()
        ):
            found.add(name)
    return found


# how many sentences of narration after "the company said" may name the company that speaks, when
# none is named before (organisation_after): the next after the statement ("the company said in a
# statement . " … " Kraft said the plant would be closed") and one more
MAX_NAMED_AFTER_SENTENCES = 2


# the word right before a title, on the same line (_People._title_named)
_WORD_BEFORE = re.compile(r"([\w.&’'\-]+)[^\S\n]+$")


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
        # every name run; a BBC pull quote's furniture ("End Quote", `... do n't really care " End
        # Quote Kristine Florida , USA He added :`) is no part of its signer's name
        self.found = [found for m in runs if (found := _unsigned(m.start(), m[1])) is not None]
        self.full: dict[str, str] = {}  # surname (casefolded) -> fullest person name
        self.given_first: dict[str, str] = {}  # first word (casefolded) -> a full name
        self.lower_case: dict[str, bool] = {}  # word -> whether the text writes it in lower case
        self.lower_words: set[str] | None = None  # every word in lower case, once asked enough (_personal)
        self.gender: dict[str, str] = {}  # surname -> "m" / "f"
        self.text_gender: dict[str, str | None] = {}  # full name -> "m" / "f" / None (_told_gender)
        self.subject_runs: dict[int, tuple[int, str] | None] = {}  # (_subject_run)
        self.skip: dict[int, int] = {}  # a run that is no subject run -> the next below that may be
        self.word_matches: dict[re.Pattern[str], list[tuple[int, int]]] = {}  # (matches_before)
        self.titled_names: dict[tuple[tuple[str, ...], bool], list[tuple[int, str]]] = {}  # (titled)
        self.line_from, self.line_to = 0, -1  # (line_end's last answer)
        self.speaking: set[str] = set()  # given name + common-word surname that speaks (_speaking_names)
        if names is not None:
            for mention in names:
                if mention.type == "person":
                    self._register(mention.name.split())
            return
        # a run of one word (most runs) is no full name and has no honorific before a name: only the
        # runs of more words are stripped and registered
        # (and no run that a gerund opens at a sentence's start: "Painting Biden’s calls")
        longer = [
            m for m in runs if m[2] and ("ing " not in m[1] or not _gerund_opens(text, m.start(), m[1]))
        ]
        self.speaking = _speaking_names(text, longer)
        named: Iterable[tuple[Sequence[str], str | None]]
        named = map(_stripped_phrase, [phrase for m in longer for phrase in _owner_and_run(m[1])])
        nicknamed = _nicknamed(text, spans)
        if nicknamed:  # put in text order among the runs
            ordered = sorted(
                [(m.start(), _stripped_phrase(phrase)) for m in longer for phrase in _owner_and_run(m[1])]
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
        if " - " in text:  # (a tokenized page's hyphens: most texts have none)
            self._register_spaced_compounds(longer)

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
            subjects = self._subject_mentions
            for k in range(bisect_left(subjects, at, key=itemgetter(0)) - 1, -1, -1):
                start, name, run_start, preposition = subjects[k]
                if not (run_start >= own and preposition):
                    yield start, name
            return
        # (a run found to be no subject run is passed by through self.skip: the next run below it
        # that may be one; each pronoun went back over every run before it, n times n runs)
        k = bisect_left(self.found, at, key=itemgetter(0)) - 1
        passed = []  # runs passed since the last subject run
        while k >= 0:
            if (below := self.skip.get(k)) is not None:
                passed.append(k)
                k = below
                continue
            run = self._subject_run(k)
            if run is None:
                passed.append(k)
                k -= 1
                continue
            for j in passed:
                self.skip[j] = k
            passed.clear()
            if not (run[0] >= own and _PREPOSITION_RUN.match(self.text, run[0])):
                yield run
            k -= 1
        for j in passed:
            self.skip[j] = -1

    @cached_property
    def _subject_mentions(self) -> list[tuple[int, str, int, bool]]:
        """(offset, fullest name, where its run starts, whether a preposition opens the run) of
        each person mention outside quotes that stands as a subject, sorted (runs_before with entity
        mentions): found once, not for each pronoun again (n mentions for each of n pronouns)."""
        found = []
        for m in self.names or ():
            if m.type != "person" or self.quoted(m.start):
                continue
            start = self.run_start(m.start)
            # (a title before the mention is part of its run: "who works for Rep. Stephen
            # Fincher" is the preposition's object, as the run "Rep. Stephen Fincher" is)
            if (
                _stands_as_subject(self.text, m.start, m.end)
                and not (
                    start < m.start
                    and _last_word(self.text[max(0, start - _OBJECT_LEAD_CHARS) : start].rstrip())
                    in _OBJECT_LEADS
                )
                and not (start < m.start and _gerund_opens(self.text, start, self.text[start : m.end]))
                and not self.captions(m.end)
            ):
                preposition = _PREPOSITION_RUN.match(self.text, start) is not None
                found.append((m.start, self.fullest(m.name), start, preposition))
        # (the order runs_before gave: by offset, then name; a run's start and preposition follow
        # from the offset)
        return sorted(found)

    def matches_before(self, pattern: re.Pattern[str], longest: int, at: int) -> Iterator[int]:
        """The starts of pattern.finditer(text[:at]), latest first, for a pattern of whole words
        (word boundaries around alternatives, the `longest` of them so many characters). The text
        is searched once for each pattern, not for each cue again (n times its length for n cues):
        the matches of the whole text that start more than the longest word before `at` are those
        of text[:at] (their words and the boundaries after them were read with no character from
        `at` on); the rest up to `at` is searched again."""
        found = self.word_matches.get(pattern)
        if found is None:
            found = self.word_matches[pattern] = [(m.start(), m.end()) for m in pattern.finditer(self.text)]
        clear = at - longest - 2
        k = bisect_left(found, clear, key=itemgetter(0))
        tail = max(clear, found[k - 1][1] if k else 0, 0)
        yield from reversed([m.start() for m in pattern.finditer(self.text, tail, at)])
        for j in range(k - 1, -1, -1):
            yield found[j][0]

    def captions(self, end: int) -> bool:
        """Whether the name that ends at `end` is a caption's over the quote after it (cues._caption:
        `Doug Suttles of BP : " … "`): the quote's speaker, no subject a later pronoun means."""
        tail = _CAPTION_QUOTE.match(self.text, end)
        if tail is None:
            return False
        at = tail.end() - 1  # (the quote's opening mark; it ends where the text inside quotes does)
        closed = self.inside.find(0, at)
        return (
            _caption(self.text, at, len(self.text) if closed < 0 else closed, self.sentence_at(end).start)
            is not None
        )

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
            and (
                self.is_person(run)
                or self.titled_person(run, at)
                or self._kin_named(run, at)
                or self._titled_before(run, at)
            )
            and _stands_as_subject(self.text, at, at + len(run))
            and not _gerund_opens(self.text, at, run)
            and not self.captions(at + len(run))
        ):
            found = (at, self.fullest(run))
        self.subject_runs[k] = found
        return found

    def _titled_before(self, run: str, at: int) -> bool:
        """A surname alone that a person's title brought in before `at` ("President Obama plans to
        ... . Obama has taken a tougher tone"): the same person, whom a pronoun may mean, though the
        article never gives the given name."""
        first = self._titled_surnames.get(run)
        return first is not None and first < at

    @cached_property
    def _titled_surnames(self) -> dict[str, int]:
        """surname -> where a run first names it after a person's title (titled_person), outside
        quotes; found once for the text."""
        found: dict[str, int] = {}
        for at, run in self.found:
            # (the title's word first, a cheap no for most runs: "Tony Hayward", "Gulf of Mexico")
            if " " in run and _titled_surname(run) and not self.quoted(at) and self.titled_person(run, at):
                found.setdefault(run.split()[-1], at)
        return found

    def _kin_named(self, run: str, at: int) -> bool:
        """A given name alone after a noun for a person that opens its sentence with a possessive
        ("Her brother Jack went on"): a person, though the article never gives the surname."""
        if " " in run or run.lower() not in _given_names():
            return False
        m = _KIN_BEFORE.search(self.text, max(0, at - KIN_BEFORE_CHARS), at)
        return m is not None and m[1] in _PERSON_NOUNS

    def lawmakers_owning(self, at: int) -> list[tuple[int, str]]:
        """(offset, fullest name), latest first, of each lawmaker or governor named with the title
        in the possessive before `at`, outside quotes ("the gist of Senator Tim Scott’s rebuttal"):
        whom "the South Carolina Republican" may mean, though the name stands as no subject."""
        owning = self._lawmakers_owning
        return owning[: bisect_left(owning, at, key=itemgetter(0))][::-1]

    @cached_property
    def _lawmakers_owning(self) -> list[tuple[int, str]]:
        """lawmakers_owning's mentions in the whole text, in text order: found once, not for each
        cue again (n runs for each of n cues)."""
        found = []
        for start, run in self.found:
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
        return found

    def persons_owning(self, at: int) -> list[tuple[int, str]]:
        """(offset, fullest name), latest first, of each person the article names in the possessive
        before `at`, outside quotes ("The president 's swipe at Hayward 's gaffes"): whom a role
        right after may rename, though the name stands as no subject."""
        owning = self._persons_owning
        return owning[: bisect_left(owning, at, key=itemgetter(0))][::-1]

    @cached_property
    def _persons_owning(self) -> list[tuple[int, str]]:
        """persons_owning's mentions in the whole text, in text order, found once."""
        found = []
        for start, run in self.found:
            if self.quoted(start):
                continue
            if _POSSESSIVE.search(run):
                run = _POSSESSIVE.sub("", run)
            elif not _POSSESSIVE_AFTER.match(self.text, start + len(run)):
                continue
            if self.is_person(run):
                found.append((start, self.fullest(run)))
        return found

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
            [(m.start(), _group_name(m[0]), m[0].split()[-1].lower()) for m in _GROUP_RE.finditer(self.text)]
            + [
                (at, org, org.split()[-1].lower())
                for at, run in self.found
                if (org := _organisation(run)) is not None
            ]
        )

    def _register(self, tokens: Sequence[str]) -> None:
        if not 2 <= len(tokens) <= 4 or not self._personal(tokens):
            return
        if all(t.casefold().rstrip(".,") in _DATE_WORDS for t in tokens):
            return  # a dateline's date ("Thu May 14 , 2009"): no one whom "he" could mean
        # a surname alone means the person first named in full with it (news introduce the
        # subject first: "Barack Obama", then "his daughter Malia Obama"); a longer form of that same
        # name replaces it ("John Boehner" -> "John A. Boehner")
        key, name = _surname(tokens), " ".join(tokens)
        known = self.full.get(key)
        if known is None or (len(tokens) > len(known.split()) and tokens[0] == known.split()[0]):
            self.full[key] = name
        # family name first ("Wang Wenbin" is "Wang"), asked only when no surname matches
        self.given_first.setdefault(tokens[0].casefold(), " ".join(tokens))

    def _register_spaced_compounds(self, runs: Sequence[re.Match[str]]) -> None:
        """A compound surname that a tokenized page spaces around its hyphen ("IMF chief Dominique
        Strauss - Kahn", then "Strauss - Kahn said"), which the name run ends at: the full name
        after a given name is registered as "Dominique Strauss-Kahn", under its two halves' keys,
        so that "Kahn" (the run a later "Strauss - Kahn said" gives) and "Dominique Strauss" are that
        person. Only a compound the article writes again without the given name, as a surname
        ("Strauss - Kahn said"): a dash between a name and the next word of a list or a line
        ("Venus Williams - Esther Vergeer", "Red Sox - Teixeira") comes once."""
        for m in runs:
            hyphen = _SPACED_HYPHEN.match(self.text, m.end(1))
            if hyphen is None:
                continue
            tokens, _ = _stripped_phrase(m[1])
            if len(tokens) < 2 or tokens[0].lower() not in _given_names() or not self._personal(tokens):
                continue
            written = f"{tokens[-1]}{hyphen[0]}"
            if self.text.count(written) < 2:
                continue
            name = " ".join([*tokens[:-1], f"{tokens[-1]}-{hyphen[1]}"])
            for key in (_surname(tokens), hyphen[1].casefold(), _surname([name])):
                self.full[key] = name

    def fullest(self, phrase: str) -> str:
        """The fullest name the article gives for a name phrase ("Mr. Steele" -> "Michael Steele")."""
        tokens, _ = _strip_phrase(phrase)
        if not tokens:  # (a title word alone: the person named in full with it, is_person)
            return self.title_person(phrase) or phrase.strip()
        full = self.full.get(_surname(tokens))
        # ("de Blasio" -> "Bill de Blasio": a particle opens no given name; "J. Ortiz" and "Mike
        # Smith" are "Jerry Ortiz" and "Michael Smith", but "Jeremy Ortiz" is not "Jerry Ortiz",
        # his father: _same_given)
        if full is not None and (
            len(tokens) == 1 or tokens[0].islower() or _same_given(full.split()[0], tokens[0])
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

    def is_named_person(self, phrase: str) -> bool:
        """is_person, or a title word alone that is the surname of a person the article named in
        full ("King said" of Charles King, as _resolve reads it). Asked of a speech verb's subject;
        not of 3b's runs, where "King" alone is as often a title or another King ("with King" of
        Martin Luther King is no "she")."""
        return self.is_person(phrase) or self.title_person(phrase) is not None

    def title_person(self, phrase: str) -> str | None:
        """The person a title word written as a name means: alone ("King said" of Charles King,
        title_surname) or after an honorific ("Mr. King", honorific_title_surname); else None."""
        words = phrase.split()
        if len(words) == 1 and not _strip_phrase(phrase)[0]:
            return self.title_surname(_surname(words))
        return self.honorific_title_surname(phrase)

    def honorific_title_surname(self, phrase: str) -> str | None:
        """The person "Mr. King" means: an honorific that stands only before a surname
        (_SURNAME_HONORIFICS), then a title word that is the surname of one the article named in full
        (title_surname: "Larry King"). An honorific of the other gender than that person's means
        someone else ("Mrs. King" is not Larry King); "Dr." tells none. None for any other phrase."""
        words = phrase.split()
        if (
            len(words) != 2
            or (honorific := words[0].lower().rstrip(".")) not in _SURNAME_HONORIFICS
            or _strip_phrase(words[1])[0]
        ):
            return None
        full = self.title_surname(_surname(words))
        if full is None:
            return None
        wanted, told = _HONORIFIC_GENDER.get(honorific), self.gender_of(full)
        return None if wanted and told and told != wanted else full

    def title_surname(self, word: str) -> str | None:
        """The person a title word written alone as a name means (`word` casefolded, the run's
        whole text: "King said" of Charles King, "said Major" of John Major): one the article named in
        full with that word as surname; else None (a title of no one named so: "the King said")."""
        return self.full.get(word) or (self.named_with_title(word) if word in _SURNAME_TITLES else None)

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
        lower-case words found (_People 25% faster over heap-10000); after LOWER_WORD_SCANS words
        asked, the text's lower-case words are found once (one pass for the rest, not one each:
        5,000 distinct names in a text read it 5,000 times)."""
        if not _looks_personal_run(tuple(tokens)):
            return False
        # (a given name and a surname that is also a common word of the article, the subject of a
        # speech verb: _speaking_names; its given name is still asked below)
        surname_word = len(tokens) == 2 and " ".join(tokens) in self.speaking
        for k, token in enumerate(tokens):
            if token.islower():  # a particle ("Bill de Blasio"), lower case by its nature
                continue
            if surname_word and k == 1:
                continue
            word = token.lower()
            known = self.lower_case.get(word)
            if known is None:
                lower_words = self.lower_words
                if lower_words is None and len(self.lower_case) < LOWER_WORD_SCANS:
                    # (most words of names are not in the text in lower case at all: "in" tells fast)
                    known = self.lower_case[word] = word in self.text and _written_in_lower_case(
                        self.text, word
                    )
                else:
                    if lower_words is None:
                        lower_words = self.lower_words = set(_LOWER_WORDS.findall(self.text))
                    known = self.lower_case[word] = word in lower_words
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
        head alone on the way ("The company cut 500 jobs") names none: it refers back in turn. The
        groups with the head are read from `at` back (bisected), not every group of the text."""
        groups = self.groups if head in _ANY_GROUP else self.groups_by_head.get(head, [])
        for k in range(bisect_left(groups, at, key=itemgetter(0)) - 1, -1, -1):
            start, name, its_head = groups[k]
            if (
                not self.quoted(start)
                and (head in _ANY_GROUP or its_head == head)
                and _group_subject_like(self.text, start)
                and not (head == "administration" and name.endswith("Administration"))
            ):
                if name.lower() != its_head or its_head not in _GROUP_HEADS:
                    return _organisation_name(name) or name
                head = its_head
        return None

    @cached_property
    def groups_by_head(self) -> dict[str, list[tuple[int, str, str]]]:
        """groups by head, for recent_group; "the administration" in lower case is a government
        ("the Obama administration"), so no agency whose name ends with the word ("National Oceanic
        and Atmospheric Administration", "Food and Drug Administration") is among its groups."""
        by_head: dict[str, list[tuple[int, str, str]]] = {}
        for group in self.groups:
            if not (group[2] == "administration" and group[1].endswith("Administration")):
                by_head.setdefault(group[2], []).append(group)
        return by_head

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
            (m.start(), _group_name(m[0]), m.end())
            for m in _GROUP_RE.finditer(self.text)
            if m[0].split()[-1].lower() not in _PEOPLE_HEADS and verb.match(self.text, m.end())
        ]
        found += [
            (at, org or run, at + len(run))
            for at, run in self.found
            if verb.match(self.text, at + len(run))
            and ((org := _organisation(run)) is not None or _name_of(run) == run)
            and run.casefold() not in _FIRST_NAMES
            and not self.is_person(run)
            and not _QUANTITY.match(run)  # "Thousands signed contracts"
            and not self._spoke_as_one(at)
        ]
        return sorted(
            (at, name, _SPEECH_AFTER_NAME.match(self.text, end) is not None)
            for at, run, end in found
            if (name := _organisation_name(run)) is not None and (name == run or not self._names_person(name))
        )

    def _spoke_as_one(self, at: int) -> bool:
        """Whether the run at `at` speaks right after a quote said in the first person singular
        (`" ... there 's more doubt in my mind ... , " Weiss said`): a person, whom the text names
        by a surname alone, not an organisation ("the company" or "it" refers to), which says
        "we"."""
        j = at - 1
        while j >= 0 and self.text[j] in " \t,":
            j -= 1
        if j < 0 or not self.inside[j]:
            return False
        i = j
        while i > 0 and self.inside[i - 1]:
            i -= 1
        return _FIRST_PERSON_ONE.search(self.text, i, j) is not None

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

    def organisation_after(self, at: int) -> tuple[int, str] | None:
        """(offset, name) of the company that speaks next, as the subject of a speech verb outside
        quotes, after `at` in its sentence or the MAX_NAMED_AFTER_SENTENCES after: whom "the company
        said" means when the text names no company before it (`"This is a sad day for the Kraft Foods
        family," the company said in a statement . " … " Kraft said the plant would be closed`). A
        run that no listed given name opens, no surname of a person named in full, nor a plural noun
        for people ("Experts say"); the runs are read, not `organisations`, which leave out a word the
        names took for a given name ("Kraft" of "Kraft Foods"). None when the cue's own sentence names
        before it someone or something no person named in full ("James Hackett , chief executive of
        Anadarko Petroleum , said ... for what the company has described as": that company, maybe)."""
        k = _sentence_at(self.starts, at) if self.starts else 0
        first = bisect_left(self.found, self.starts[k] if self.starts else 0, key=itemgetter(0))
        after = bisect_right(self.found, at, key=itemgetter(0))
        if any(
            not self.quoted(start) and not self._named_in_full(run) for start, run in self.found[first:after]
        ):
            return None
        # (the statement's own quoted sentences after the cue do not count)
        hi, told = len(self.text), 0
        for start in self.starts[k + 1 :]:
            if not self.quoted(start) and not self.quoted(start + 1):
                told += 1
                if told > MAX_NAMED_AFTER_SENTENCES:
                    hi = start
                    break
        for start, run in self.found[after:]:
            if start >= hi:
                break
            if (
                _SPEECH_AFTER_NAME.match(self.text, start + len(run)) is None
                or self.quoted(start)
                or not _group_subject_like(self.text, start)
            ):
                continue
            name = _organisation_name(run)
            if name is None or self._named_in_full(name) or name.lower().removesuffix("s") in _PERSON_NOUNS:
                continue
            tokens, _ = _strip_phrase(name)
            if (
                not tokens
                or _surname(tokens) in self.full
                and self.full[_surname(tokens)].split()[-1] == tokens[-1]
            ):
                continue  # (a surname of a person named in full: "Smith said")
            if any(w.lower() in _NOT_COMPANY_WORDS for w in name.split()):
                continue
            if self.text.find(name.split()[0], 0, at) < 0:
                # "the company" points back at a firm the text gave before, if only inside a quote or
                # not as a subject ("... the Kraft Foods family," the company said): one first named
                # after the cue is another speaker ("the company said . Greenpeace said ...")
                continue
            return start, name
        return None

    def _named_in_full(self, run: str) -> bool:
        """A run that a listed given name opens after its titles ("Lt. Frank Vanore", "Andy Ryan")."""
        tokens, _ = _strip_phrase(run)
        return len(tokens) > 1 and tokens[0].lower() in _given_names()

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
                return m.start(), m[0]
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
        return f"{_SPACES.sub(' ', found[1].strip())} {head}"

    def spoken_for(self, at: int) -> str | None:
        """Whom an unnamed "the spokesperson" speaks for: the organisation of the nearest "a
        spokesperson for Google" or "A Microsoft spokesperson" before `at`."""
        found = [m for m in _SPOKESPERSON_FOR.finditer(self.text, 0, at)]
        if not found:
            return None
        org = found[-1]["after"] or found[-1]["before"]
        return _group_name(org) or None

    def gender_of(self, name: str) -> str | None:
        """ "m" or "f" from an honorific the article gives ("Ms. Lauten") or a common first name
        (_FEMALE_NAMES, _MALE_NAMES); None when unknown."""
        tokens = name.split()
        if len(tokens) > 1:
            # a given name that tells the gender comes first: an honorific is read by surname, and a
            # couple or a family shares one ("Mrs. Jindal" is not "Bobby Jindal")
            first = tokens[0].lower()
            female, male = first in _FEMALE_NAMES, first in _MALE_NAMES
            if female != male:
                return "f" if female else "m"
        known = self.gender.get(_surname(tokens))
        if known is None and len(tokens) > 1:
            return self._told_gender(name)
        return known

    def _told_gender(self, name: str) -> str | None:
        """The gender the article's words give a full name that no honorific or common given name
        tells: a word for a man or a woman before it in apposition (_GENDERED_BEFORE), or the first
        "he", "his" or "she" after it in its sentence (_PRONOUN_AFTER); None when none does, or
        when they disagree."""
        if name in self.text_gender:
            return self.text_gender[name]
        text, told = self.text, set()
        at = text.find(name)
        for _ in range(MAX_GENDER_MENTIONS):
            if at < 0:
                break
            if (kin := _GENDERED_BEFORE.search(text, max(0, at - 16), at)) is not None:
                told.add("m" if kin["m"] else "f")
            elif (
                not self.quoted(at)
                and (pronoun := _PRONOUN_AFTER.match(text, at + len(name), self.sentence_at(at).end))
                and _VERB.search(text, at + len(name), pronoun.start("p")) is None
                and not _APPOSED_POSSESSIVE.match(text, at + len(name))
            ):
                told.add("f" if pronoun["p"] == "she" else "m")
            at = text.find(name, at + len(name))
        found = self.text_gender[name] = told.pop() if len(told) == 1 else None
        return found

    def by_title(self, phrase: str, at: int) -> str | None:
        """The person the article gives a title to ("the secretary of state" -> "Antony Blinken"),
        the mention nearest before `at` first; the title's leading modifiers are dropped one by one
        until it is found ("the former Pennsylvania senator" -> "senator")."""
        words = tuple(w for w in phrase.split() if w.lower() not in ("the", "a", "an"))
        # a lesser office the phrase names itself ("the deputy secretary") is the title asked for
        lesser = any(w.lower() in _LESSER_WORDS for w in words)
        named_dropped = False  # (a capitalised modifier dropped: the employer or place the phrase named)
        employer = ""  # (the first such modifier)
        while words:
            hits = self.titled(words, lesser)
            if hits and named_dropped and (owned := self._owned_by(employer, at)) is not None:
                # "the Blackburn manager" of "Blackburn's Mark Hughes": the person the article names
                # with the employer's possessive, not a holder of the bare title elsewhere ("Manchester
                # United, whose manager, Alex Ferguson"); only for a title the article gives someone
                # ("the Deloitte research said" is not "Deloitte's Greg Pellegrino")
                return owned
            if hits:
                before = [h for h in hits if h[0] < at]
                if named_dropped and len(before) > 1:
                    # (not one whose title names another employer or place: "Portsmouth manager
                    # Harry Redknapp" is not "the Blackburn manager")
                    unnamed = [h for h in before if not self._title_named(h[0])]
                    if len(unnamed) > 1:
                        return self._most_named(unnamed, at)
                return self.fullest((max(before) if before else min(hits))[1])
            if words[0].lower() in _LESSER_WORDS:
                break  # "the vice president" is never "President Barack Obama"
            if not named_dropped and words[0][:1].isupper():
                named_dropped, employer = True, words[0]
            words = words[1:]
        same_role = _SAME_ROLE.get(phrase.rsplit(None, 1)[-1].lower()) if phrase.strip() else None
        if same_role is not None:
            # "the company 's co-general counsel , Rachel Clingman , said ... . The lawyer said":
            # one role under another of its words, the name right after it (a comma between, as
            # tokenized text writes it too), the nearest before `at`
            named = [
                (m.start(), m["name"])
                for m in same_role.finditer(self.text, 0, at)
                if self.is_person(m["name"])
            ]
            if named:
                return self.fullest(max(named)[1])
        return None

    def _owned_by(self, employer: str, at: int) -> str | None:
        """The fullest name of the last person named right after the employer's possessive before
        `at` ("Blackburn's Mark Hughes"), outside quotes; None when there is none."""
        found = None
        for m in re.finditer(rf"\b{re.escape(employer)}[^\S\n]?[’']s[^\S\n]+", self.text[:at]):
            name = _NAME_RE.match(self.text, m.end())
            if name is not None and not self.quoted(m.start()) and self.is_person(name[1]):
                found = self.fullest(name[1])
        return found

    def _title_named(self, start: int) -> bool:
        """Whether a capitalised word other than an article stands right before the title at `start`
        ("Portsmouth manager Harry Redknapp"): the title names an employer or a place of its own."""
        m = _WORD_BEFORE.search(self.text, max(0, start - 40), start)
        return m is not None and m[1][:1].isupper() and m[1] not in ("The", "A", "An")

    def _most_named(self, hits: list[tuple[int, str]], at: int) -> str:
        """Of the people given a title before `at` (by_title), the one whose surname the text writes
        most often before `at`, the nearest of them on a tie: a phrase that names the holder's
        employer ("the Fox News host") when the article gave the title without it ("talk show host
        Glenn Beck", then "radio host Rush Limbaugh" in passing) means the person the story is about,
        not the last one given the bare title."""
        people = {self.fullest(name): start for start, name in sorted(hits)}
        return max(
            people,
            key=lambda name: (
                len(re.findall(rf"\b{re.escape(name.split()[-1])}\b", self.text[:at])),
                people[name],
            ),
        )

    def titled(self, words: tuple[str, ...], lesser: bool = False) -> list[tuple[int, str]]:
        """(offset, name) of each person the article gives the title `words` (by_title), found once
        for the article; not one with a lesser office's word before the title ("Vice President Joe
        Biden" for "president"), unless `lesser` (the phrase asked for names one)."""
        hits = self.titled_names.get((words, lesser))
        if hits is not None:
            return hits
        hits = []
        # "Secretary of State Antony Blinken", "the aide, Elizabeth Lauten": the title is
        # evidence enough that a name follows
        for start, end in _titles_before_names(self.text, words):
            if not lesser and _LESSER_OFFICE.search(self.text, max(0, start - 12), start) is not None:
                continue  # "Vice President Joe Biden" is not "the president"
            name = _NAME_RE.match(self.text, end)
            tokens = _strip_phrase(name[1])[0] if name is not None else []
            if name is not None and tokens and _looks_personal(tokens):
                hits.append((start, name[1]))
        # "Vivian Balakrishnan, Singapore's foreign minister"
        hits += [
            (start, run)
            for start, run in self.before_comma
            if _title_in_apposition(self.text, start + len(run), words) and self.is_person(run)
        ]
        self.titled_names[(words, lesser)] = hits
        return hits

    @cached_property
    def before_comma(self) -> list[tuple[int, str]]:
        """The name runs a comma follows, the only ones a title may follow in apposition."""
        return [(start, run) for start, run in self.found if self.text.startswith(",", start + len(run))]


def _owner_and_run(run: str) -> tuple[str, ...]:
    """The run, after the name that a possessive inside it ends ("Andy Murray" of "Andy Murray’s
    Grand Slam season", the article's first words): the owner is named in full there, though
    _stripped keeps only what follows the possessive."""
    words = run.split()
    for k in range(1, len(words) - 1):  # (an owner of two words or more, a word after it)
        if _POSSESSIVE.search(words[k]):
            return (" ".join([*words[:k], _POSSESSIVE.sub("", words[k])]), run)
    return (run,)


# the words news uses for one role, for a role phrase whose own word the article gives no name
# (by_title): a lawyer is an attorney or a counsel, the name after the word that the article gives
# (not "Attorney General Eric Holder", an office of its own)
_ROLE_THEN_NAME = (
    r"(?![^\S\n]+[Gg]eneral\b)[^\S\n]*,?[^\S\n]*(?P<name>[A-Z][\w'’.\-]*(?:[^\S\n]+[A-Z][\w'’.\-]*){1,3})"
)
_SAME_ROLE = {
    "lawyer": re.compile(rf"\b(?:[Aa]ttorney|[Cc]ounsel){_ROLE_THEN_NAME}"),
    "attorney": re.compile(rf"\b(?:[Ll]awyer|[Cc]ounsel){_ROLE_THEN_NAME}"),
    "counsel": re.compile(rf"\b(?:[Ll]awyer|[Aa]ttorney){_ROLE_THEN_NAME}"),
}

# a word that makes a title another, lesser office right before it ("Vice President", "Deputy
# Secretary", "Lieutenant Governor", "Assistant Attorney General"): a person so titled does not hold
# the title that follows it (_People.titled)
_LESSER_WORDS = frozenset({"vice", "deputy", "assistant", "under", "lieutenant", "lt."})
_LESSER_OFFICE = re.compile(
    r"\b(?:[Vv]ice|[Dd]eputy|[Aa]ssistant|[Uu]nder|[Ll]ieutenant|[Ll]t\.)[^\S\n]*-?[^\S\n]*$"
)


# heads of organisations besides _ORG_HEADS that news writes in lower case after a name ("the Indian
# navy", "the Minneapolis police"), for "the navy said" (_People.described_group)
_UNNAMED_GROUP_HEADS = frozenset({"navy", "army", "military", "team", "club", "police"})
# a possessive and a noun that open a sentence right before a name (_People._kin_named)
_KIN_BEFORE = re.compile(r"(?:^|[.!?”\"]\s+|\n)(?:Her|His|Their|My|Our) ([a-z]+) $")
# how far before a name _KIN_BEFORE is searched: its longest match whose noun is one of
# _PERSON_NOUNS (10 letters at most: "goaltender", "defenceman") with one space after the mark is 19
# characters ("? Their goaltender "); the rest leaves room for more white space after the mark
KIN_BEFORE_CHARS = 30

# the titles of a party's members that "the Kentucky Republican" may mean (_People.lawmakers_owning)
_LAWMAKER_TITLES = frozenset(
    {"sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov", "governor"}
)
