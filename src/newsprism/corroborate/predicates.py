"""Who did what (step 3 of corroborate): the acts two statements report, one act or two.

In:  two aligned statements' texts. Out: _other_acts(): whether they report two acts, so that the
pair backs no claim; _Acts: an event's statements' acts, read once each; _Untold: the words two told
statements share outside who tells them (_teller: "Salazar told a Senate subcommittee" is no fact);
_Backing: whether one statement backs another's main clause or only the clauses hung on it (its
background: "fired Atkinson, who had told Congress about the whistleblower complaint").

Two statements of one event share its names and topic words whatever each says of them ("Mr.
Suthers had opposed Amendment 64" / "Colorado voters approved Amendment 64"): the bag of words
aligns them, the verbs tell them apart. claims28b measured a test of each statement's first verb and
dropped it: it lost two right claims per wrong one, because outlets tell one act in two verbs ("lost
33,000 jobs" / "employment fell", "raised interest rates" / "announced an increase in interest
rates"), one outlet reports what another attributes ("Hazen said" / "They found that ..."), and a
table verb deep in a statement is no act of its subject. Here:

- a statement's acts are its verbs in a finite past form ("signed", "denied", "fell"), lower case (a
  capitalised "Rose" or "Hunt" is a name), not after a determiner ("a cut", "the shot": a noun), nor
  in a relative clause ("the officer , who has been charged , said"), a subordinate one ("lifted
  sanctions after Ankara agreed", up to its comma) or after "according to" (the source);
- a future act is a modal and its bare verb ("will pay", "would not cut"; claims30), read like a
  past one ("will be tested": the participle's act); "the will of" is a noun; a present act a table
  verb's -s form right after its subject, a capitalised name or a pronoun ("BP denies"; "budget
  cuts" is a noun), or a determiner's noun with an object after it ("the company denies the charge";
  claims31); an act going on a form of "be" and a table verb's -ing form ("is halting applications",
  "is investigating"; "is backing down" a phrasal verb's, unknown: claims33);
- the verbs of speech are no act (_SPEECH): "Hazen said" and "the species is new" report one fact,
  whoever tells it;
- a verb taking an infinitive reports the infinitive's act ("vowed to make it illegal": a ban;
  "plans to testify": speech, none; "agreed to divest": the table does not know divesting, so the
  agreement), an aspect verb its gerund's ("started drilling": the drilling) (claims31);
- idioms are read as their sense (claims30): a phrasal verb of one sense as that sense's act
  ("stopped by" a town: a visit; "stepped down": a resignation; "was stopped by police" the verb's
  own), "struck a deal" an agreement; "spent" a time span, "hard hit" and a compound adjective
  ("government-backed") are no act the table knows;
- a past verb of the sense groups (_GROUP_TEXT) stands for its groups; another one ("took",
  "applied", any other word in -ed), or a table verb before a particle ("struck down", "called
  on"), is an act the table does not know: a statement whose first act is unknown is not judged;
- two statements report one act when a group of an act of either is a group of a verb the other
  holds in any form, a noun or a bare verb too ("announced another increase" holds "raised"'s
  group: "increase"; "Esper said he had lost confidence in Spencer and alleged that Spencer
  proposed a deal" / "Spencer resigned ... over a compromise Spencer proposed").

Measured on heap-10000's 4,312 claims corroborated by two originals or more (claims29, read by
hand): 29 lost, 12 right and 17 wrong, and 6 new wordings, 4 right; every earlier variant without
the groups, the unknown first act and the clauses lost more right claims than wrong. claims30's
idioms, future and present acts: bench/README.md "claims30"; claims31's infinitives, aspects, present
acts after a lower-case subject and sense groups: "claims31"; claims32's tellers: "claims32".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.analyse.stopwords import word_set

from .align import _PlainWords
from .statements import _Statement
from .words import _words

# speech and attribution: who tells, not what happened (a statement is judged by its other verbs);
# "called" names or calls for ("what he called", "called for", "called on")
_SPEECH = word_set(
    """
    said says told stated added noted explained claimed insisted argued commented remarked declared
    wrote replied answered asked described testified informed acknowledged announced confirmed
    reported revealed disclosed indicated suggested believed thought felt called
    """
)

# Sense groups: verbs (lemmas) English news uses for one act, one group a line, its name first. A verb
# may stand in several groups ("lose" a vote and "lose" jobs; "fire" a gun and "fire" an employee; a
# motion "defeated", "rejected" or "blocked"). Left out, as no one act: light verbs whose object says
# the act ("give", "hold", "make"), verbs mostly read as participles ("released by", "a document
# released Thursday", "left him angry") and "admit" (said, admitted to a hospital, admitted guilt).
_GROUP_TEXT = """
up: raise increase rise hike boost climb jump soar grow gain surge double
down: lower decrease fall drop decline lose cut reduce slash plunge sink slump shed tumble halve
deny: deny refute reject dispute dismiss rebuff
death: kill die murder slay execute
hurt: injure wound hurt
detain: arrest detain capture seize apprehend jail confiscate
justice: arrest detain charge accuse indict prosecute sue convict find sentence plead jail acquit
probe: investigate probe examine review open
approve: approve pass adopt vote endorse back ratify sign agree accept
leave: resign quit
withdraw: withdraw
apologise: apologise apologize regret
oust: fire dismiss sack oust remove suspend purge
meet: meet visit host
attack: attack strike hit bomb shell raid target shoot fire kill
blast: explode blast burst blow
win: win beat defeat
lose: lose defeat
outvoted: defeat reject block deny
spill: leak spill gush flow
stop: stop halt end suspend cease close shut pause block ban bar cap plug seal contain outlaw dissolve
begin: open launch begin start unveil introduce
delay: cancel postpone delay scrap suspend forgo abandon shelve
pay: pay spend donate fund
save: rescue save evacuate
flee: flee escape evacuate
crash: crash collide
criticise: criticise criticize condemn attack slam blast accuse
support: support back endorse praise
oppose: oppose reject criticise criticize
check: test examine monitor
choose: elect choose vote appoint nominate pick select
threaten: threaten warn vow
order: order require direct demand urge
drill: drill dig bore
offer: offer propose plan introduce
"""
# irregular past forms (a regular one, -ed, is made), and forms read as nouns anywhere ("denial")
_IRREGULAR = {
    "rise": "rose risen",
    "fall": "fell fallen",
    "lose": "lost",
    "cut": "cut",
    "grow": "grew grown",
    "win": "won",
    "beat": "beat beaten",
    "hit": "hit",
    "shed": "shed",
    "sink": "sank sunk",
    "slay": "slew slain",
    "hold": "held",
    "find": "found",
    "strike": "struck",
    "shoot": "shot",
    "flee": "fled",
    "meet": "met",
    "pay": "paid",
    "spend": "spent",
    "give": "gave given",
    "begin": "began begun",
    "quit": "quit",
    "leave": "left",
    "blow": "blew blown",
    "forgo": "forwent forgone",
    "burst": "burst",
    "dig": "dug",
    "bore": "bored",
    "choose": "chose chosen",
    "shut": "shut",
    "put": "put",
    "bar": "barred",
    "ban": "banned",
    "plug": "plugged",
    "cap": "capped",
    "drop": "dropped",
    "slam": "slammed",
    "stop": "stopped",
    "plan": "planned",
    "target": "targeted",
    "jail": "jailed",
    "sue": "sued",
    "die": "died",
    "lie": "lied",
    "plead": "pleaded pled",
    "double": "doubled",
    "halve": "halved",
    "vote": "voted",
    "slash": "slashed",
}
_NOUNS = {
    "deny": "denial",
    "approve": "approval",
    "resign": "resignation",
    "appoint": "appointment",
    "nominate": "nomination",
    "convict": "conviction",
    "acquit": "acquittal",
    "dismiss": "dismissal",
    "remove": "removal",
    "withdraw": "withdrawal",
    "refuse": "refusal",
    "endorse": "endorsement",
    "condemn": "condemnation",
    "investigate": "investigation",
    "arrest": "arrest",
    "increase": "increase",
    "decrease": "decrease",
    "rise": "rise",
    "fall": "fall",
    "drop": "drop",
    "decline": "decline",
    "loss": "loss",
    "lose": "loss losses",
    "kill": "killing",
    "die": "death dead",
    "injure": "injury injuries injured",
    "explode": "explosion",
    "crash": "crash",
    "attack": "attack",
    "strike": "strike",
    "release": "release",
    "sentence": "sentence",
    "charge": "charges charge",
    "hike": "hike",
    "cut": "cuts",
    "raise": "raise",
    "win": "victory",
    "defeat": "defeat",
    "spill": "spill",
    "leak": "leak",
    "ban": "ban",
    "suspend": "suspension",
    "delay": "delay",
    "test": "test",
    "probe": "probe",
    "sue": "lawsuit suit",
    "vote": "vote",
    "meet": "meeting talks",
    "visit": "visit",
    "threaten": "threat",
    "warn": "warning",
    "pay": "payment",
    "evacuate": "evacuation",
    "rescue": "rescue",
    "capture": "capture",
}


def _groups() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for line in _GROUP_TEXT.strip().splitlines():
        name, verbs = line.split(":")
        for verb in verbs.split():
            groups.setdefault(verb, set()).add(name)
    return {verb: frozenset(names) for verb, names in groups.items()}


_GROUPS = _groups()


def _past(lemma: str) -> str:
    """A regular verb's past form ("die": "died", "deny": "denied", "sign": "signed")."""
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _forms(lemma: str) -> list[str]:
    """A regular verb's bare, -s, -ing and past forms."""
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma[:-1] + "ing", lemma + "d"]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma + "ing", lemma[:-1] + "ied"]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):  # "forgo": "forgoes"
        return [lemma, lemma + "es", lemma + "ing", lemma + "ed"]
    return [lemma, lemma + "s", lemma + "ing", lemma + "ed"]


def _doubled(lemma: str) -> list[str]:
    """A past form doubling the last consonant, as British spelling and short verbs write it
    ("cancel": "cancelled", "plan": "planned")."""
    vowels = "aeiou"
    if (
        len(lemma) >= 3
        and lemma[-1] not in vowels + "wxy"
        and lemma[-2] in vowels
        and lemma[-3] not in vowels
    ):
        return [lemma + lemma[-1] + "ed"]
    return []


def _tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The past forms read as an act (-> the verb's groups) and every form of each verb (-> its groups)."""
    past: dict[str, set[str]] = {}
    anywhere: dict[str, set[str]] = {}
    for lemma, groups in _GROUPS.items():
        irregular = _IRREGULAR.get(lemma, "").split()
        for form in irregular or [_past(lemma), *_doubled(lemma)]:
            past.setdefault(form, set()).update(groups)
        for form in [*_forms(lemma), *irregular, *_doubled(lemma), *_NOUNS.get(lemma, "").split()]:
            anywhere.setdefault(form, set()).update(groups)
    return (
        {w: frozenset(g) for w, g in past.items() if w not in _SPEECH},
        {w: frozenset(g) for w, g in anywhere.items()},
    )


_PAST, _ANYWHERE = _tables()
_WORD = re.compile(r"[A-Za-z]+")
_TOKEN = re.compile(r"[A-Za-z]+|,")  # words and commas (a clause ends at a comma)
_DETERMINERS = word_set("a an the this that these those his her its their our your my one")
_RELATIVE = frozenset(["who", "which", "whose", "whom"])
RELATIVE_REACH = 3  # words after "who" / "which" read as its clause's ("who has been charged")
_SOURCE = re.compile(r"\baccording to\b.*", re.I | re.S)


# past forms of common verbs outside the table: a statement whose first act is one of them (or another
# word in -ed) reports an act the table does not know ("took", "applied"), however many table verbs
# follow in its other clauses
_OTHER_PAST = word_set(
    """
    took went came made gave got saw knew brought became ran sent set put spoke stood kept led drew
    broke built sought heard caught taught fought sold bought meant threw flew drove wore hid left
    """
)
# a verb before one of these is a phrasal verb, another act than the verb's ("struck down" a law,
# "shut down" a station, "blasted off" to space, "turned out"); not "on" nor "over", which more often
# open a day or a cause ("resigned on Monday", "resigned over the post")
_PARTICLES = word_set("down up off out back away")
_UNKNOWN: frozenset[str] = frozenset()  # an act the table does not know
# phrasal verbs of one sense, read as that sense's act (not the verb's own: "stopped by" a town is a
# visit, no halt; "stepped down" a resignation): lemma, particle, groups
_PHRASAL_TEXT = """
stop by: meet
drop by: meet
step down: leave
shut down: stop
close down: stop
turn down: deny
call off: delay
blow up: blast
gun down: attack death
"""
# before "by", a form of "be" makes the verb a passive ("was stopped by police"): the verb's own act
_PASSIVE = word_set("is are was were be been being get got gets")
# a time span after "spent" (within SPAN_REACH words) is time passed, no payment ("spent about three
# months repelling all attempts", "spent two weeks in hospital"): an act the table does not know
_SPAN = word_set(
    """
    second seconds minute minutes hour hours day days night nights week weeks weekend month months
    year years decade decades time
    """
)
SPAN_REACH = 3
# "hard hit" is an adjective's idiom, no strike ("Egypt has been harder hit by the virus")
_HARD = word_set("hard harder hardest")
# "struck a deal" is an agreement, no strike: "strike" with one of these in the next DEAL_REACH words
_DEALS = word_set("deal deals agreement agreements bargain accord compromise pact truce ceasefire")
DEAL_REACH = 3
_STRIKE = word_set("strike struck")


def _struck_deal(lowered: Sequence[str], k: int) -> bool:
    """Whether the verb at k strikes a deal ("struck an agreement with the UAE", "will strike a deal")."""
    return lowered[k] in _STRIKE and not _DEALS.isdisjoint(lowered[k + 1 : k + 1 + DEAL_REACH])


_AGREE = frozenset(["approve"])  # the group of a deal struck
# "made it illegal", "to make bump stocks illegal": a ban (the noun in the next ILLEGAL_REACH words)
_MAKE = word_set("make makes made making")
_ILLEGAL = word_set("illegal unlawful")
ILLEGAL_REACH = 3
_BAN = frozenset(["stop"])


def _made_illegal(lowered: Sequence[str], k: int) -> bool:
    """Whether the verb at k makes something illegal ("vowed to make it illegal")."""
    return lowered[k] in _MAKE and not _ILLEGAL.isdisjoint(lowered[k + 1 : k + 1 + ILLEGAL_REACH])


# a compound's first part that is a prefix leaves its verb an act ("re-elected", "co-founded"); after
# any other first part the compound is an adjective ("government-backed", "state-owned", "hard-hit")
_PREFIXES = word_set("re co pre un non anti mis over under out self")
_COMPOUND = re.compile(r"\b([A-Za-z]+)-([A-Za-z]+)\b")


# a future act: a modal, at most one adverb, and a bare verb ("will pay", "would not cut"); a table
# verb stands for its groups, any other bare verb is an act the table does not know; "be" and "have"
# leave the act to the participle after them ("will be tested"), speech is no act ("will say")
_MODALS = word_set("will would shall")
_BETWEEN = word_set("also not now soon likely still then probably never only first")
_BARE_SPEECH = word_set(
    """
    say tell state add note explain claim insist argue comment remark declare write reply answer ask
    describe testify inform acknowledge announce confirm report reveal disclose indicate suggest
    believe think feel call
    """
)
_AUXILIARIES = word_set("be have do get")


def _future(tokens: Sequence[str], lowered: Sequence[str], k: int) -> frozenset[str] | None:
    """The act of the modal at k: its bare verb's groups, _UNKNOWN for another verb, None for none."""
    v = k + 1
    if v < len(tokens) and lowered[v] in _BETWEEN:
        v += 1
    return _bare(tokens, lowered, v)


def _bare(tokens: Sequence[str], lowered: Sequence[str], v: int) -> frozenset[str] | None:
    """The act of the bare verb at v (after a modal or "to"): its groups, _UNKNOWN for another verb,
    None for none (speech, "be", "have")."""
    if v >= len(tokens) or not tokens[v].islower() or tokens[v] == ",":
        return None
    verb = lowered[v]
    if verb in _AUXILIARIES or verb in _BARE_SPEECH or verb in _BETWEEN:
        return None
    if (to := _infinitive(tokens, lowered, v)) is not None:  # "will seek to ban": the ban
        return _meant(_bare(tokens, lowered, to), _GROUPS.get(verb))
    after = lowered[v + 1] if v + 1 < len(tokens) else ""
    if verb in _ASPECT and (gerund := _gerund(tokens, lowered, v + 1)) is not None:
        return gerund  # "will begin drilling": the drilling
    if (phrasal := _PHRASAL_ANYWHERE.get((verb, after))) is not None:
        return phrasal
    if _struck_deal(lowered, v):
        return _AGREE
    if _made_illegal(lowered, v):
        return _BAN
    groups = _GROUPS.get(verb)
    return _UNKNOWN if groups is None or after in _PARTICLES else groups


# A verb that takes an infinitive tells what its subject means, agrees, tries or refuses to do; the act
# is the infinitive's ("vowed to make it illegal": the making; "plans to testify": speech, none;
# "voted to purge Cheney": the purge; "elected to stop the bout": the stop), so that "will ban" and
# "vowed to make it illegal" are not two acts. Not after a form of "be" ("is planned to intercept",
# "was elected to the Senate": a passive); "move to" is left out (a move to a town).
_CATENATIVE_TEXT = """
plan intend vow pledge promise threaten aim seek hope want expect decide try attempt prepare agree
refuse decline fail vote elect choose opt begin start continue resume need wish offer
"""


def _catenatives() -> frozenset[str]:
    """Every finite form of the verbs that take an infinitive ("vowed", "plans", "sought")."""
    forms: set[str] = set()
    for lemma in _CATENATIVE_TEXT.split():
        forms.update(_forms(lemma), _doubled(lemma), _IRREGULAR.get(lemma, "").split())
    return frozenset(forms) | {"sought"}  # ("chose", "chosen": _IRREGULAR)


_CATENATIVES = _catenatives()


def _infinitive(tokens: Sequence[str], lowered: Sequence[str], k: int) -> int | None:
    """The index of the bare verb of "to" after the verb at k that takes one ("agreed to dissolve",
    "voted not to indict"), or None: another verb, no "to", "to" before a name, a determiner or a
    figure ("agreed to the deal", "rose to 272")."""
    if lowered[k] not in _CATENATIVES or (k and lowered[k - 1] in _PASSIVE):
        return None
    to = k + 2 if k + 2 < len(tokens) and lowered[k + 1] == "not" else k + 1
    if to + 1 >= len(tokens) or lowered[to] != "to":
        return None
    verb = tokens[to + 1]
    return to + 1 if verb.islower() and verb != "," and verb not in _DETERMINERS else None


def _meant(act: frozenset[str] | None, own: frozenset[str] | None) -> frozenset[str] | None:
    """The act of a verb taking an infinitive: the infinitive's; where the table does not know it,
    the verb's own, if the table knows that ("agreed to divest": an agreement; "declined to hear");
    None (speech, "be") stays none ("plans to testify")."""
    return own if act == _UNKNOWN and own else act


# "began drilling", "started work": the act begun is the gerund's (or the work's, no act of the table)
_ASPECT = word_set(
    "begin began begun begins start started starts continue continued continues resume resumed resumes"
)


def _gerunds() -> dict[str, frozenset[str]]:
    """The -ing forms of the table's verbs ("drilling", "paying", "stopping") -> their groups."""
    gerunds: dict[str, frozenset[str]] = {}
    for lemma, groups in _GROUPS.items():
        for past in [_forms(lemma)[2], *(form[:-2] + "ing" for form in _doubled(lemma))]:
            gerunds[past] = groups
    return gerunds


_GERUNDS = _gerunds()


def _gerund(tokens: Sequence[str], lowered: Sequence[str], g: int) -> frozenset[str] | None:
    """The act of the gerund (or "work") at g after an aspect verb, None when there is none."""
    if g >= len(tokens) or not tokens[g].islower():
        return None
    word = lowered[g]
    if word in _GERUNDS:
        return _GERUNDS[word]
    return _UNKNOWN if word == "work" or (word.endswith("ing") and len(word) > 5) else None


# a present act: a table verb's -s form right after its subject, a capitalised name or a pronoun ("BP
# denies", "the Committee begins", "it examines"), or after a determiner's noun when an object follows
# ("the company denies the allegations", "the agency fines Google"); else the -s form is read as a
# plural noun ("budget cuts", "the attacks"), as it most often is
_SUBJECTS = word_set("he she it they who")
# -s forms read as a plural noun more often than as a verb: right after a determiner more often than
# right after he / she / it, over heap-10000's texts and the dev clustering sets' (claims31,
# /tmp/h26/claims31/sfreq.py: "attacks" 68 to 6, "charges" 54 to 1, "plans" 90 to 66; "supports" 0 to
# 31); after a lower-case subject these are left unread ("the air strikes the day before")
_PLURAL_NOUNS = word_set(
    """
    plans attacks charges votes tests funds cuts leaks demands orders signs targets delays wounds
    reviews fires spills ends passes arrests backs hosts gains probes strikes bombs bars surges
    disputes injures sentences flows doubles murders raids bans caps plugs drills jails shells beats
    nominates vows
    """
)
# an object's first word after a verb: a determiner or a quantifier ("denies the", "cuts its", "fines
# all"); "this" / "that" are left out ("the budget cuts this year")
_OBJECTS = word_set("a an the its his her their our any all some no another")
SUBJECT_REACH = 3  # words from a determiner to the -s form: "the federal agency denies"
_FUNCTION = word_set(
    """
    and or but of to in on at for with by from as than is are was were be been has have had not no
    also that which who
    """
)


def _after_subject(tokens: Sequence[str], lowered: Sequence[str], k: int) -> bool:
    """Whether the -s form at k follows its subject: a capitalised word or a pronoun right before it,
    or a determiner's noun phrase (lower-case content words) with an object after it."""
    before = lowered[k - 1]
    if before in _DETERMINERS or (lowered[k] in _PLURAL_NOUNS and k == 1):
        return False  # "Budget cuts ..." opening a statement: its capital makes no name
    if tokens[k - 1][:1].isupper() or before in _SUBJECTS:
        return True
    if lowered[k] in _PLURAL_NOUNS or k + 1 >= len(tokens):
        return False
    if not (lowered[k + 1] in _OBJECTS or (tokens[k + 1][:1].isupper() and tokens[k + 1] != "I")):
        return False
    for j in range(k - 1, max(k - 1 - SUBJECT_REACH, -1), -1):
        if lowered[j] in _DETERMINERS and j < k - 1:
            return True
        if not tokens[j].islower() or lowered[j] in _FUNCTION or tokens[j] == ",":
            return False
    return False


def _present() -> dict[str, frozenset[str]]:
    """The -s forms of the table's verbs (not speech's: "says") -> their groups."""
    return {_forms(lemma)[1]: groups for lemma, groups in _GROUPS.items() if _forms(lemma)[1] not in _SPEECH}


_PRESENT = _present()


def _phrasal() -> tuple[dict[tuple[str, str], frozenset[str]], dict[tuple[str, str], frozenset[str]]]:
    """The phrasal verbs' past forms with their particle (-> the groups), and every form of them."""
    past: dict[tuple[str, str], frozenset[str]] = {}
    anywhere: dict[tuple[str, str], frozenset[str]] = {}
    for line in _PHRASAL_TEXT.strip().splitlines():
        verb, names = line.split(":")
        lemma, particle = verb.split()
        groups = frozenset(names.split())
        irregular = _IRREGULAR.get(lemma, "").split()
        for form in irregular or [_past(lemma), *_doubled(lemma)]:
            past[form, particle] = groups
        for form in [*_forms(lemma), *irregular, *_doubled(lemma)]:
            anywhere[form, particle] = groups
    return past, anywhere


_PHRASAL_PAST, _PHRASAL_ANYWHERE = _phrasal()
_PHRASAL_FORMS = frozenset(form for form, _ in _PHRASAL_PAST)  # a past form that may open one
# a form of "be" before a table verb's -ing form makes it an act going on ("is halting", "were cutting")
_BE_FORMS = word_set("is are was were am")
# every word _acts reads as a verb, besides a lower-case -ed word: a modal, a verb taking an
# infinitive, a table verb's -s, -ing (after "be") or past form, a phrasal verb's, another common
# past; any other word is passed over at once (most of a statement's words: the test is a set's)
_VERB_FORMS = (
    _MODALS
    | _CATENATIVES
    | frozenset(_PRESENT)
    | frozenset(_PAST)
    | _PHRASAL_FORMS
    | _OTHER_PAST
    | frozenset(_GERUNDS)
)
_PHRASAL_FIRSTS = frozenset(form for form, _ in _PHRASAL_ANYWHERE)  # any form that may open one


def _compound(match: re.Match[str]) -> str:
    """A hyphenated compound as _acts reads it: its words after a prefix, else one word of no act."""
    return match.group(0) if match.group(1).lower() in _PREFIXES else "Compound"


def _in_relative(lowered: Sequence[str], k: int) -> bool:
    """Whether the word at k is in a relative clause: "who" or "which" within RELATIVE_REACH before it."""
    return not _RELATIVE.isdisjoint(lowered[max(k - RELATIVE_REACH, 0) : k])


# a subordinate clause's act dates or explains the main one ("lifted sanctions after Ankara agreed",
# "a day after she accused Trump"): its words up to the next comma are read as no act of the statement
_SUBORDINATE = word_set("after before when because while until although though if since")
# the words _acts stops at: a verb it reads (_VERB_FORMS; a lower-case -ed word besides), a comma that
# ends a clause and a subordinate clause's opening
_WATCHED = _VERB_FORMS | _SUBORDINATE | {","}


# a bracket's words are an aside ("Chuck Schumer (D., N.Y.) proposed"): its commas close no clause
_BRACKETS = re.compile(r"\([^()]*\)")
# "hit a 14-year low", "hit their lowest level": a level reached (a market's), no strike
_LEVELS = word_set("low lows lowest high highs highest record records level levels peak bottom")
LEVEL_REACH = 3  # words after "hit" read for the level: "a 14-year low", "their lowest level"
# a fighter "stopped X in the 11th round": a win inside the distance, no halt ("Klitschko stopped
# Thompson in the 11th round" / "had beaten Thompson"; the round in the next ROUND_REACH words:
# "Tony Thompson in the th round", the ordinal's digits dropped)
_STOPS = word_set("stop stops stopped")
_ROUNDS = word_set("round rounds")
ROUND_REACH = 6
_WIN = frozenset(["win"])


def _fight_round(lowered: list[str], k: int) -> bool:
    """Whether a round of a fight follows the verb at `k` within ROUND_REACH words: "round" or
    "rounds" not before "of" ("stopped enrichment ahead of a new round of talks", "a round of
    layoffs": a round of something else), and no referee stops it ("The referee stopped the fight in
    the third round": a halt)."""
    if k and lowered[k - 1] == "referee":
        return False
    window = lowered[k + 1 : k + 1 + ROUND_REACH]
    return any(w in _ROUNDS and lowered[k + 2 + i : k + 3 + i] != ["of"] for i, w in enumerate(window))


# "found that ...", "accepted that ...": what one concludes or concedes is told, as "said" tells it
_TELLING_THAT = word_set("found accepted")


def _acts(text: str) -> tuple[frozenset[str], ...]:
    """The groups of each act a statement reports (a past form, a modal and its bare verb, a present
    -s form after its subject, a phrasal verb: a table verb's groups, or none for another verb's; a
    verb taking an infinitive is the infinitive's act, an aspect verb its gerund's), in text order."""
    text = _SOURCE.sub("", text)
    if "(" in text:
        text = _BRACKETS.sub(" ", text)
    tokens = _TOKEN.findall(_COMPOUND.sub(_compound, text) if "-" in text else text)
    lowered = [w.lower() for w in tokens]
    found: list[frozenset[str]] = []
    subordinate = False
    read = -1  # an infinitive's verb, read with the verb before it
    for k, word in enumerate(tokens):
        low = lowered[k]
        if low not in _WATCHED and not (len(word) > 4 and word.endswith("ed") and word.islower()):
            continue  # no verb _acts reads, nor a clause's end or opening (most words)
        if low == ",":
            subordinate = False
            continue
        if low in _SUBORDINATE:
            subordinate = True
        if subordinate or k == read:
            continue
        if low in _MODALS:
            future = _future(tokens, lowered, k)
            if (
                future is not None
                and not (k and lowered[k - 1] in _DETERMINERS)  # "the will of the people": a noun
                and not _in_relative(lowered, k)
            ):
                found.append(future)
            continue
        if (
            word.endswith("s")
            and k
            and lowered[k - 1] not in _DETERMINERS
            # "oil companies' plans to cope": a plural noun's -s form after a lower-case word is the noun
            and (word not in _PLURAL_NOUNS or tokens[k - 1][:1].isupper() or lowered[k - 1] in _SUBJECTS)
            and (to := _infinitive(tokens, lowered, k)) is not None
            and not _in_relative(lowered, k)
        ):  # "Cohen plans to testify", "the agency wants to ban"
            if (act := _meant(_bare(tokens, lowered, to), _PRESENT.get(word))) is not None:
                found.append(act)
            read = to
            continue
        if word in _GERUNDS and k and lowered[k - 1] in _BE_FORMS and not _in_relative(lowered, k):
            # "is halting applications": the act going on; "is backing down" another (_PARTICLES)
            following = lowered[k + 1] if k + 1 < len(tokens) else ""
            found.append(_UNKNOWN if following in _PARTICLES else _GERUNDS[word])
            continue
        if word in _PRESENT and k and _after_subject(tokens, lowered, k) and not _in_relative(lowered, k):
            found.append(_UNKNOWN if _level(lowered, k) else _PRESENT[word])
            continue
        groups = _PAST.get(word)
        after = lowered[k + 1] if k + 1 < len(tokens) else ""
        phrasal = None
        if word in _PHRASAL_FORMS:
            phrasal = _PHRASAL_PAST.get((word, after))
            if phrasal is not None and after == "by" and k and lowered[k - 1] in _PASSIVE:
                phrasal = None  # "was stopped by police": the verb's own act
        if (
            groups is None
            and phrasal is None
            and not (word in _OTHER_PAST or (word.islower() and len(word) > 4 and word.endswith("ed")))
        ):
            continue
        # lower case only: "Rose", "Hunt" are names; "the embattled", "a cut" no acts
        if (
            (word in _SPEECH and phrasal is None)
            or (k and lowered[k - 1] in _DETERMINERS)
            or (low in _TELLING_THAT and after == "that")
        ):
            continue
        if _in_relative(lowered, k):
            continue
        if (to := _infinitive(tokens, lowered, k)) is not None:  # "vowed to make it illegal"
            if (act := _meant(_bare(tokens, lowered, to), groups)) is not None:
                found.append(act)
            read = to
            continue
        if low in _ASPECT and (gerund := _gerund(tokens, lowered, k + 1)) is not None:
            groups = gerund  # "began drilling": the drilling
        elif phrasal is not None:
            groups = phrasal
        elif _struck_deal(lowered, k):
            groups = _AGREE
        elif _made_illegal(lowered, k):
            groups = _BAN
        elif low in _STOPS and _fight_round(lowered, k):
            groups = _WIN
        elif _denied(lowered, k):
            groups = _DENIED  # "No one was injured": no act done (_NOBODY)
        elif (
            groups is None
            or after in _PARTICLES
            or (low == "spent" and not _SPAN.isdisjoint(lowered[k + 1 : k + 1 + SPAN_REACH]))
            or (low == "hit" and ((k and lowered[k - 1] in _HARD) or _level(lowered, k)))
        ):
            groups = _UNKNOWN
        found.append(groups)
    return tuple(found)


# An act denied by its subject is none done: "No one was injured" and "All 32 people on board escaped
# unharmed" tell one fact (heap-10000 event 932) though "injured" is a hurt and "escaped" a flight; a
# verb with "no", "nobody" or "none" in the NOBODY_REACH words before it ("no one was", "none of them
# were") is an act of its own, a denial (_DENIED), which a statement that denies one as well holds,
# or one that tells of no harm (_DENYING: "unharmed"): not one with an act done, "Two workers were
# injured" (was any act, so "No one was killed" and that were one fact).
_NOBODY = frozenset(["no", "nobody", "none"])
NOBODY_REACH = 3
_DENIED = frozenset(["denied"])
_DENYING = frozenset(["unharmed", "unhurt", "uninjured", "safely"])
# the words after which "no" is an answer, no subject ("Mr. Sestak said no and went on to win", BASIL)
_ANSWER_ENDS = frozenset(["and", "or", "but", "to", ",", ".", ";"])


def _denied(lowered: Sequence[str], k: int) -> bool:
    """Whether the verb at k is denied by its subject (_NOBODY in the NOBODY_REACH words before it),
    not by an answer's "no" ("said no and went on")."""
    return any(
        lowered[j] in _NOBODY and not (lowered[j] == "no" and lowered[j + 1] in _ANSWER_ENDS)
        for j in range(max(0, k - NOBODY_REACH), k)
    )


def _level(lowered: Sequence[str], k: int) -> bool:
    """Whether "hit" at k reaches a level ("hit a 14-year low", "hits new highs")."""
    return lowered[k] in ("hit", "hits") and not _LEVELS.isdisjoint(lowered[k + 1 : k + 1 + LEVEL_REACH])


def _held(text: str) -> frozenset[str]:
    """The groups of every table verb a statement holds in any form (a noun, a bare verb)."""
    words = _WORD.findall(text.lower())
    held = {g for w in words if (groups := _ANYWHERE.get(w)) for g in groups}
    if not _DENYING.isdisjoint(words):
        held.update(_DENIED)  # "escaped unharmed" holds what "No one was injured" tells
    # a phrasal verb in any form ("calling for Schiff to step down"); most statements hold none
    if not _PHRASAL_FIRSTS.isdisjoint(words):
        for k in range(len(words) - 1):
            groups = _PHRASAL_ANYWHERE.get((words[k], words[k + 1]))
            if groups is not None and not (words[k + 1] == "by" and k and words[k - 1] in _PASSIVE):
                held.update(groups)
    if not _STRIKE.isdisjoint(words) and any(_struck_deal(words, k) for k in range(len(words))):
        held.update(_AGREE)  # "have struck a deal": an agreement, as "agreed" holds
    if not _MAKE.isdisjoint(words) and any(_made_illegal(words, k) for k in range(len(words))):
        held.update(_BAN)
    return frozenset(held)


def _other_acts(a: str, b: str) -> bool:
    """Whether two statements report two acts: the first act of each is known, and no group of any
    act of either is among the verbs the other holds."""
    return _Acts([a, b]).other(0, 1)


class _Acts:
    """An event's statements' acts and the groups of the verbs they hold, read when first asked for,
    once per text: an event's copies repeat their original's statements (a fifth of heap-10000's
    statements read for acts are another's text in the same event)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.acts: dict[str, tuple[frozenset[str], ...]] = {}
        self.held: dict[str, frozenset[str]] = {}

    def _read(self, i: int) -> tuple[frozenset[str], ...]:
        text = self.texts[i]
        acts = self.acts.get(text)
        if acts is None:
            acts = self.acts[text] = _acts(text)
        return acts

    def _holds(self, i: int) -> frozenset[str]:
        text = self.texts[i]
        held = self.held.get(text)
        if held is None:
            held = self.held[text] = _held(text)
        return held

    def other(self, i: int, j: int) -> bool:
        """Whether statements i and j report two acts (_other_acts)."""
        acts_i, acts_j = self._read(i), self._read(j)
        if not (acts_i and acts_j and acts_i[0] and acts_j[0]):
            return False  # an act the table does not know: no judgement
        held_i, held_j = self._holds(i), self._holds(j)
        if _DENIED in acts_i:
            held_i |= _DENIED
        if _DENIED in acts_j:
            held_j |= _DENIED
        return not any(groups & held_j for groups in acts_i) and not any(groups & held_i for groups in acts_j)


# Who tells a statement is no part of the fact it tells: "Interior Secretary Ken Salazar told a Senate
# subcommittee Wednesday that the moratorium needs to stay in place" and "Interior Secretary Ken Salazar
# told lawmakers in Washington the government was aware of the moratorium 's impact" share the teller's
# words and one topic word (heap-10000 event 499, claims_precision31's W). Where both statements of a
# pair are told, the words only their tellers hold are left out of what the pair must share beyond
# names (MIN_PLAIN_SHARED); the day told on stays ("said Tuesday": the day of the news). The teller is
# the words before a verb of telling that opens the statement (no verb among them: "Police arrested
# five men and said" tells an act first), or a closing clause after a comma that holds one
# (", officials said on Monday ."; ", according to the Coast Guard ."). claims32 measured the teller
# left out of every pair, told or not: 100 claims lost, half of them right ("Two business associates
# ... were arrested ... , a spokesman for the U.S. attorney 's office in Manhattan said" / "A spokesman
# for he Manhattan U.S. Attorney 's office confirmed the arrests"): one outlet's attribution often is
# the other's subject.
# the verbs of telling: "said" and news writing's other ones, so one teller's two remarks told with two
# verbs share no teller's words ("BP chief operating officer Doug Suttles emphasised that there was no
# reason for celebration" / "BP chief operating officer, Doug Suttles, said engineers would be checking",
# heap-10000 event 524; claims38, heap-10000 uncapped, every claim out read: 10 out, 8 wrong, most one
# teller's two remarks; 2 right: "Hayward insisted the oil should be put in context" / 'Hayward said:
# "The Gulf of Mexico is a very big ocean"', and "BP had no immediate comment"; the dev events: none)
_TELLING = (
    r"(?:said|says|told|tells|testified|announced|added|argued|argues|emphasi[sz]ed|stressed|insisted|noted"
    r"|wrote|warned|promised|explained|acknowledged|claimed|maintained|cautioned|conceded)"
)
TELLER_REACH = 160  # characters before the verb: a name and a long apposition ("Retired Adm. Thad
# Allen , the government 's point man on the spill response ,", 70)
_HEAD_TELLER = re.compile(rf"^(?P<who>[^;:\"“”]{{0,{TELLER_REACH}}}?)\b{_TELLING}\b")
# a closing attribution: the verb and at most 5 words after it ("said on Monday .", "told reporters in
# Houston"), or "according to" and what follows it
_TAIL_TELLER = re.compile(
    rf",\s+[^,;]{{0,60}}?\b(?:{_TELLING}(?:\s+[^\s,;]+){{0,5}}|according to\b[^,;]{{0,60}}?)[\s.!?\"”’]*$"
)
# a verb in the words before a verb of telling: they tell something else first ("Police arrested five men
# and said", "Mexico will receive 2.5 million doses ... , the official said"; a common irregular past:
# "Tehran's seismologic center put the quake's magnitude at 5.9, but the U.S. Geological Survey ...
# said", claims35), or hold a relative clause ("Hayward , who has faced withering criticism , said")
_NOT_TELLER = re.compile(
    r"(?<![\w'’-])(?:[a-z]+ed|will|would|shall|should|can|could|may|might|must|is|are|was|were|be|been"
    rf"|has|have|had|do|does|did|to|{'|'.join(sorted(_OTHER_PAST))})(?![\w'’-])"
)


# what both patterns need somewhere in a statement, a search that stops at the first
_TELLING_WORDS = re.compile(rf"\b(?:{_TELLING}|according to)\b")


def _teller(text: str) -> str:
    """The words of a statement that say who tells it (its head before a verb of telling, or its
    closing attribution), "" when none."""
    if _TELLING_WORDS.search(text) is None:
        return ""  # no verb of telling nor "according to" anywhere: most statements (a cheap test)
    head = _HEAD_TELLER.match(text)
    if head is not None and _NOT_TELLER.search(head.group("who")) is None:
        return head.group("who")
    tail = _TAIL_TELLER.search(text)
    return tail.group() if tail is not None else ""


class _Untold:
    """Each statement's teller (_teller) and its plain words (align._PlainWords) but those only its
    teller holds, each read when first asked for: what two statements share of them is what they tell
    alike. A statement's untold words are read only when the other one is told too."""

    def __init__(self, plain: _PlainWords) -> None:
        self.plain = plain
        self.tellers: dict[int, str] = {}
        self.by_text: dict[str, str] = {}
        self.words: dict[int, frozenset[str]] = {}

    def teller(self, i: int) -> str:
        """Statement i's teller, "" when it has none."""
        teller = self.tellers.get(i)
        if teller is None:
            text = self.plain.statements[i].text
            teller = self.by_text.get(text)
            if teller is None:  # an event's copies repeat their original's statements: read once
                teller = self.by_text[text] = _teller(text)
            self.tellers[i] = teller
        return teller

    def untold(self, i: int) -> frozenset[str]:
        """Statement i's plain words but those only its teller holds."""
        if i not in self.words:
            words = self.plain[i]
            teller = self.teller(i)
            if teller:
                text = self.plain.statements[i].text
                words = words - (_stems(teller) - _stems(text.replace(teller, " ", 1)) - _DAYS)
            self.words[i] = words
        return self.words[i]

    def shared(self, i: int, j: int) -> int:
        """The plain words two statements share, those of their tellers left out when both are told."""
        if self.teller(i) and self.teller(j):
            return len(self.untold(i) & self.untold(j))
        return self.plain.shared(i, j)


def _stems(text: str) -> frozenset[str]:
    """A text's content words, as a statement holds them (words._words)."""
    return frozenset(token[0] for token in _words(text)[2] if token[0] is not None)


# the day a teller told it on ("told a Senate subcommittee Wednesday", "officials said Tuesday") is the
# day of the news: two tellings of one day are one telling more likely than two
_DAYS = _stems("Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday")


# Whether one statement backs another whole (claims34): its main clause, not a part. _Backing.partial(i,
# j): whether statement j backs only what statement i tells in the clauses hung on its main one, so
# that i's wording is no claim j backs.
#
# A long statement tells its fact in its main clause and background in the clauses hung on it:
# "President Donald Trump on Friday fired Intelligence Community Inspector General Michael Atkinson,
# who had told Congress about the whistleblower complaint that led to Trump's impeachment" /
# "Atkinson handled the anonymous whistleblower complaint that triggered Trump's impeachment last
# year" (heap-10000 event 273). The two share the background's words and align; shown in the long
# statement's words, the claim would say the firing is backed. A statement's main clause is its text
# less (_main_clause):
#
# - a clause after a comma opened by a relative word ("who", "which", "whose", "where") or a
#   subordinating one ("after", "as", "when", "while", "since", "although", ...), up to the next comma
#   (past a name's or a number's apposition: "Mattioli, whose 6-year-old son, James Mattioli, was
#   killed"), a dash, a semicolon or the end; one opening the statement, up to its comma ("When he had
#   finished introducing the report,"); a subordinating word before a pronoun without a comma ("as
#   they begin a procedure"), up to the main clause's verb;
# - an aside between dashes or in brackets (a dash among a statement's first DASH_AFTER words is a
#   dateline's: "WASHINGTON – Legally married same-sex couples ...").
#
# Conditions ("if", "unless"), causes ("because") and limits ("until") stay: they are part of what is
# claimed ("If BP were found to have committed gross negligence ..., the fine could be up to $4,300
# per barrel"), and so do relative clauses without a comma ("a resident who lives in a nearby
# building told ..."), which say whom the statement is about (both lost more right claims than
# wrong ones on heap-10000: bench/README.md "claims34").
#
# j backs only a part of i when i has hung clauses and j shares fewer than MAIN_SHARED of its main
# clause's content words, not all of them, and fewer than of the words only its hung clauses hold.
# The test is one way: the pair still backs j where j's main clause is in i (j's wording is then
# shown), and a claim is shown in the words of a member another outlet backs whole (__init__._claim).
# Measured on heap-10000 and the dev sets' gold events, every change read: bench/README.md "claims34".

# content words of a main clause another statement must share (unless it shares all of them): two are
# an event's names and a day ("Biden said Thursday there's no question the debates will take place" /
# "Pelosi on Thursday said there should not be any 2020 presidential debates": "thursday", "debate");
# three or more a fact told in two outlets' words ("fire a Taser", "police": heap-10000 event 1759)
MAIN_SHARED = 3
DASH_AFTER = 4  # words before a dash: fewer are a dateline or a heading, not a main clause
APPOSITION = 4  # words of a name or a number between two commas inside a hung clause ("James Mattioli")

_SUBORDINATING = word_set("after before as while when whereas since although though despite during")
# the lower-case words that open a clause hung on the main one after a comma ("the WHO" is a name)
_OPENING = _SUBORDINATING | word_set("who whom whose which where")
# a clause opening the statement, up to its comma ("When he had finished introducing the report,")
_LEADING = re.compile(rf"^\s*(?:{'|'.join(sorted(_SUBORDINATING))})\b[^,;]{{0,200}},", re.I)
_DASH = re.compile(r"\s(?:—|–|--)\s")
_BRACKETED = re.compile(r"\([^()]*\)")
_CLAUSE_TOKEN = re.compile(r"\d[\d,.]*\d|[\w'’-]+|[,;—–]")
_ENDS = frozenset([";", "—", "–"])
_PRONOUNS = word_set("he she it they we i you")
# the words that show the main clause's verb after a subordinate clause without a comma, unless they
# follow one of _INNER ("as they begin a procedure BP is calling", "when they were in high school says")
_MAIN_VERBS = word_set(
    "is are was were will would has have had can could may might must should said says told tells does did"
)
_INNER = _PRONOUNS | word_set("that when who which and but or")
# what any hung clause or aside needs somewhere in a statement (a search that stops at the first), in
# its lower-cased text (a third faster than a search ignoring case): most statements have none, and are
# their main clause without being read word by word
_OPENINGS, _SUBORDINATINGS = "|".join(sorted(_OPENING)), "|".join(sorted(_SUBORDINATING))
_HUNG_CUE = re.compile(
    rf"\(|\s(?:—|–|--)\s|,[\s\"'“”‘’]*(?:{_OPENINGS})\b|^\s*(?:{_SUBORDINATINGS})\b"
    rf"|\b(?:{_SUBORDINATINGS})[^\w'’-]+(?:{'|'.join(sorted(_PRONOUNS))})\b"
)


def _main_clause(text: str) -> tuple[str, bool]:
    """A statement less its hung clauses and asides, and whether it has any."""
    if _HUNG_CUE.search(text.lower()) is None:
        return text, False
    main = _BRACKETED.sub(" ", text)
    dash = _DASH.search(main)
    if dash is not None and len(main[: dash.start()].split()) >= DASH_AFTER:
        closing = _DASH.search(main, dash.end())
        main = main[: dash.start()] + (" " + main[closing.end() :] if closing is not None else "")
    main = _LEADING.sub(" ", main)
    hung = main != text
    tokens = _CLAUSE_TOKEN.findall(main)
    kept: list[str] = []
    k = 0
    while k < len(tokens):
        if tokens[k] == "," and k + 1 < len(tokens) and tokens[k + 1] in _OPENING:
            k, hung = _clause_end(tokens, k + 1), True
        elif (
            tokens[k].lower() in _SUBORDINATING and k + 1 < len(tokens) and tokens[k + 1].lower() in _PRONOUNS
        ):
            k, hung = _verb_after(tokens, k), True
        else:
            kept.append(tokens[k])
            k += 1
    return " ".join(kept), hung


def _clause_end(tokens: Sequence[str], start: int) -> int:
    """Where a clause hung after a comma, opening at token `start`, ends: at the next comma that
    closes no name's or number's apposition, a dash, a semicolon, or the end."""
    k = start + 1
    while k < len(tokens):
        if tokens[k] in _ENDS:
            return k
        if tokens[k] == ",":
            after = next(
                (m for m in range(k + 1, len(tokens)) if tokens[m] == "," or tokens[m] in _ENDS), None
            )
            if after is None or not _apposition(tokens[k + 1 : after]):
                return k
            k = after  # past the apposition's closing comma
        k += 1
    return len(tokens)


def _apposition(words: Sequence[str]) -> bool:
    """Whether the words between two commas are a name's or a number's apposition ("James Mattioli",
    "35")."""
    return 0 < len(words) <= APPOSITION and all(w[0].isupper() or w[0].isdigit() for w in words)


def _verb_after(tokens: Sequence[str], start: int) -> int:
    """Where a subordinate clause without a comma (its word and a pronoun at `start`) ends: at a
    comma, a dash or a semicolon, or at the main clause's verb (_MAIN_VERBS)."""
    for k in range(start + 3, len(tokens)):
        if (
            tokens[k] == ","
            or tokens[k] in _ENDS
            or (tokens[k] in _MAIN_VERBS and tokens[k - 1].lower() not in _INNER)
        ):
            return k
    return len(tokens)


class _Backing:
    """An event's statements' main clauses, each read when first asked for, and the pairs asked."""

    def __init__(self, statements: Sequence[_Statement]) -> None:
        self.statements = statements
        self.mains: dict[int, tuple[frozenset[str], frozenset[str]] | None] = {}
        # a text's main clause's content words (None without a hung clause), read once per text: an
        # event's copies repeat their original's statements
        self.main_stems: dict[str, frozenset[str] | None] = {}
        self.words: dict[int, frozenset[str]] = {}
        self.asked: dict[tuple[int, int], bool] = {}

    def _words(self, i: int) -> frozenset[str]:
        words = self.words.get(i)
        if words is None:
            words = self.words[i] = frozenset(self.statements[i].words)
        return words

    def _main(self, i: int) -> tuple[frozenset[str], frozenset[str]] | None:
        """Statement i's main clause's content words and those only its hung clauses hold; None when
        it has no hung clause."""
        if i not in self.mains:
            text = self.statements[i].text
            if text in self.main_stems:
                stems = self.main_stems[text]
            else:
                main, hung = _main_clause(text)
                stems = self.main_stems[text] = _stems(main) if hung else None
            if stems is not None:
                words = self._words(i)
                told = stems & words
                self.mains[i] = (told, words - told)
            else:
                self.mains[i] = None
        return self.mains[i]

    def backed(self, i: int, members: Sequence[int]) -> bool:
        """Whether a member of another outlet among `members` backs statement i whole."""
        source = self.statements[i].source
        return any(self.statements[m].source != source and not self.partial(i, m) for m in members)

    def partial(self, i: int, j: int) -> bool:
        """Whether statement j backs only a part of statement i: i has hung clauses, and j shares
        fewer than MAIN_SHARED of its main clause's words (and not all of them), and fewer than of the
        words only its hung clauses hold."""
        main = self.mains[i] if i in self.mains else self._main(i)
        if main is None:
            return False  # most statements: no hung clause
        answer = self.asked.get((i, j))
        if answer is None:
            told, hung = main
            other = self._words(j)
            shared = len(told & other)
            answer = self.asked[(i, j)] = (
                shared < MAIN_SHARED and shared < len(told) and shared < len(hung & other)
            )
        return answer
