"""Conflicts (step 5 of corroborate): where related statements of two outlets disagree.

In:  the event's statements, their cosines (align.py) and each article's _Facts (compare.py).
Out: _conflicts(): the conflict Claims, pairs sharing a value merged (three outlets saying 60, 60
and 61 make one conflict), each article's own wording of its value in the claim's `evidence`
(_excerpt: its statement, a long one trimmed to the words around the value), so that a reader can
check each side.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import cache

import numpy as np

from newsprism.analyse.leadin import shown
from newsprism.records import Claim

from .align import ALIGN_COSINE, _clearest, _Cosines, _PlainWords
from .compare import (
    _baseline,
    _clock_digits,
    _companies,
    _differ,
    _estimates_of_two,
    _Facts,
    _figures,
    _homes_of_two,
    _is_figure,
    _numbered_country,
    _one_count,
    _other_days,
    _other_figures,
    _other_name,
    _owner_named,
    _places_apart,
    _planned,
    _possible,
    _rate,
    _reading,
    _region_codes,
    _same_slot,
    _tallied_apart,
    _told,
    _with_unit,
    _written_apart,
)
from .numbers import _TALLY
from .statements import _Statement
from .values import _Value

RELATED_COSINE = 0.15  # a conflict needs related statements; the slot context decides the rest
# a statement of this many values or fewer is compared value by value as written: a repeat among a
# few costs a few pairs, less than hashing every value (most statements hold one to three)
FEW_VALUES = 8
# A conflict's evidence: each side's statement, as long as a reader takes in at a glance beside the
# other's (two lines of a page; half the heap-10000's conflict statements are longer than 31 words,
# a tenth longer than 50). A longer one keeps the words around the disputed value: EVIDENCE_LEAD
# before it (the subject and verb that say what it counts: "BP had estimated the well had leaked
# some ...") and the rest after it, with an ellipsis where words are cut.
EVIDENCE_WORDS = 30
EVIDENCE_LEAD = 12
EVIDENCE_TAIL = 8  # words after the value that a window from the sentence's start must still hold
# ("62,000 barrels of oil per day"); else the window starts EVIDENCE_LEAD words before the value


# a value of a statement compared as written: (statement, the value's text)
_Node = tuple[int, str]


def _conflicts(
    statements: Sequence[_Statement],
    cosine: _Cosines,
    facts: Callable[[str], _Facts],
    original_of: Mapping[str, str] | None = None,
) -> list[Claim]:
    """5. pairs of related statements of two outlets whose values of one slot contradict each other;
    pairs sharing a value are merged, so three outlets saying 60, 60 and 61 make one conflict.
    `facts` reads an article's _Facts; `original_of` maps a copy's id to its original's.

    The steps: 1. the related pairs whose values may fill one slot (_candidate_pairs); 2. each
    pair's values that fill one slot and differ, past the guards against false conflicts
    (_Disputes); 3. a person named two ways after one role anywhere in the event (_role_conflicts);
    4. the disputes sharing a value joined into one claim each (_joined, _conflict_claims)."""
    original_of = original_of or {}
    sides = _Sides(statements, facts, original_of)
    # the event's one-word companies, read when a name pair first asks (most events have no such pair)
    companies = cache(lambda: _companies(v for s in statements for v in s.values))
    found: list[tuple[_Node, _Node]] = []
    with_unit: dict[_Node, str] = {}  # a figure compared with another system's, with its unit
    pairs, lasts, firsts = _candidate_pairs(statements, cosine)
    # the readers are made only for an event with such a pair (a cache costs 2 µs to make: 15 of them
    # for each of heap-10000's 2,535 events were about 1% of corroborate's time)
    if pairs:
        disputes = _Disputes(statements, facts, original_of, sides, companies)
        for i, j, close in pairs:
            last, first = lasts[i] & lasts[j], firsts[i] & firsts[j]
            disputes.read(i, j, close, last, first, found, with_unit)
    found.extend(_role_conflicts(statements, facts, sides, companies))
    return _conflict_claims(_joined(found), statements, cosine, with_unit)


class _Sides:
    """The outlet a statement's value speaks for: a copy whose original (in the event) gives the
    value repeats its original, and speaks for the original's outlet (its source); else its own.
    Two pages of one outlet are no two outlets' dispute: a copy of one BBC page against another
    BBC page is the BBC against itself (heap-10000: two pages' country lists, blog feeds, photo
    credits, the Guardian's print stamps, a storm's winds in two Reuters stories), while a copy
    that changed its original's value (a copy's own wording) speaks for itself."""

    def __init__(
        self, statements: Sequence[_Statement], facts: Callable[[str], _Facts], original_of: Mapping[str, str]
    ) -> None:
        self.statements, self.facts, self.original_of = statements, facts, original_of
        self.in_event = {s.article_id for s in statements}
        self.of = cache(self._side)

    def _side(self, i: int, value: _Value) -> str:
        s = self.statements[i]
        original = self.original_of.get(s.article_id)
        if original is not None and original in self.in_event and self.facts(original).states(value):
            return s.source
        return s.outlet


def _candidate_pairs(
    statements: Sequence[_Statement], cosine: _Cosines
) -> tuple[list[tuple[int, int, bool]], list[set[str]], list[set[str]]]:
    """The related pairs (i < j, by i then j, as a matrix's upper triangle is read) of two outlets
    whose values may fill one slot, each with whether it is aligned (ALIGN_COSINE); and each
    statement's values' last words before them and first words after them."""
    outlets: dict[str, int] = {}
    outlet_of = np.array([outlets.setdefault(s.outlet, len(outlets)) for s in statements])
    # two values fill one slot only with a content word right next to both (_same_slot): statements
    # whose values have no such neighbour in common are passed over
    lasts = [{v.before[-1] for v in s.values if v.before} for s in statements]
    firsts = [{v.after[0] for v in s.values if v.after} for s in statements]
    has_neighbour = np.array([bool(b or a) for b, a in zip(lasts, firsts, strict=True)])
    # related pairs of two outlets (two outlets are two articles) among the statements with one
    rows, cols = cosine.pairs(RELATED_COSINE)
    related = (rows < cols) & has_neighbour[rows] & has_neighbour[cols] & (outlet_of[rows] != outlet_of[cols])
    rows, cols = rows[related], cols[related]
    aligned = (cosine.values(rows, cols) >= ALIGN_COSINE).tolist()
    # only values next to a neighbour both statements have can fill one slot (_same_slot)
    pairs = [
        (i, j, close)
        for i, j, close in zip(rows.tolist(), cols.tolist(), aligned, strict=True)
        if not (lasts[i].isdisjoint(lasts[j]) and firsts[i].isdisjoint(firsts[j]))
    ]
    return pairs, lasts, firsts


class _Disputes:
    """Step 2: the values of a related pair of statements that fill one slot and differ, past the
    guards against false conflicts. Each guard reads a statement, a value or a pair once, not once
    per pair of their values (a statement of N figures against another of N made N * N calls, each
    reading every figure or the whole text: cubic)."""

    def __init__(
        self,
        statements: Sequence[_Statement],
        facts: Callable[[str], _Facts],
        original_of: Mapping[str, str],
        sides: _Sides,
        companies: Callable[[], frozenset[str]],
    ) -> None:
        self.statements, self.facts, self.original_of = statements, facts, original_of
        self.sides, self.companies = sides, companies
        self.clocks = cache(lambda i: _clock_digits(statements[i].text))
        self.plain = _PlainWords(statements)
        self.figures = cache(lambda i: _figures(statements[i]))
        self.other_figures = cache(lambda i, j: _other_figures(self.figures(i), self.figures(j)))
        self.dates = cache(lambda i: [v.key for v in statements[i].values if v.kind == "date"])
        # a statement's distinct values: a value written again with the same neighbours ("about 5
        # million, more than 4 million, " n times) is compared once, not n * n times (each pair's answer
        # and its entry (statement, text) are the same for equal values)
        self.distinct = cache(
            lambda i: vs if len(vs := statements[i].values) <= FEW_VALUES else tuple(dict.fromkeys(vs))
        )
        # a tally word anywhere in a statement (numbers._TALLY) marks every count of it; "now" marks its
        # verb's figure only (_Value.tally)
        self.tally = cache(lambda i: _TALLY.search(statements[i].text) is not None)
        # each reads a statement's text: asked once per statement and value, or per pair, not once per
        # pair of values (400 figures against 400 took 150 s of CPU; tests/test_corroborate_facts_index)
        self.planned = cache(lambda i, v: _planned(statements[i].text, v))
        self.told = cache(lambda i, v: _told(statements[i].text, v))
        self.rate = cache(lambda i, v: _rate(statements[i].text, v))
        self.reading = cache(lambda i, v: _reading(statements[i].text, v))
        self.possible = cache(lambda i, v: _possible(statements[i].text, v))
        self.baseline = cache(lambda i, v: _baseline(statements[i].text, v))
        self.estimates = cache(lambda i, j: _estimates_of_two(statements[i], statements[j]))
        # the countries and US states each article names (its statements read together)
        self.regions = cache(
            lambda article_id: _region_codes(
                " ".join(s.text for s in statements if s.article_id == article_id)
            )
        )
        self.places_apart = cache(
            lambda i, j: _places_apart(
                statements[i],
                statements[j],
                self.regions(statements[i].article_id),
                self.regions(statements[j].article_id),
            )
        )

    def read(
        self,
        i: int,
        j: int,
        close: bool,
        last: set[str],
        first: set[str],
        found: list[tuple[_Node, _Node]],
        with_unit: dict[_Node, str],
    ) -> None:
        """The disputed values of statements i and j (`close`: aligned), their neighbours in common
        `last` (before a value) and `first` (after one), added to `found` (and a figure of two
        systems of units to `with_unit`, with its unit)."""
        b_values = [
            v
            for v in self.distinct(j)
            if (v.before and v.before[-1] in last) or (v.after and v.after[0] in first)
        ]
        for va in self.distinct(i):
            if not ((va.before and va.before[-1] in last) or (va.after and va.after[0] in first)):
                continue
            for vb in b_values:
                if not (_same_slot(va, vb) and _differ(va, vb)):
                    continue
                if not close and not (va.kind == "name" and _other_name(va.key, vb.key)):
                    continue  # the rest of the two statements must agree (a name conflict is
                    # surer: the two names share a word in the same place)
                if not (self._counted_alike(i, j, va, vb) and self._named_alike(i, j, va, vb)):
                    continue
                if not (self._told_alike(i, j, va, vb) and self._read_alike(i, j, va, vb)):
                    continue
                if self.sides.of(i, va) == self.sides.of(j, vb):
                    continue  # a copy repeating one BBC page against another BBC page (_Sides)
                if va.unit != vb.unit:  # "110km" / "110 miles" (compare._SYSTEMS): shown with their units
                    with_unit[(i, va.text)], with_unit[(j, vb.text)] = _with_unit(va), _with_unit(vb)
                found.append(((i, va.text), (j, vb.text)))

    def _counted_alike(self, i: int, j: int, va: _Value, vb: _Value) -> bool:
        """Whether two figures count one thing at one time (a name or a date passes): no clock time
        or year, no count of two things against one, no spans counted up to two writings, no tallies
        of two days."""
        if va.kind != "number":
            return True
        a, b = self.statements[i], self.statements[j]
        if not (_is_figure(va, self.clocks(i)) and _is_figure(vb, self.clocks(j))):
            return False  # a clock time ("6:41pm" / "18:41") or a year ("1950s" / "'50s")
        if not _one_count(i, j, va, vb, self.plain, self.figures, self.other_figures):
            return False
        if _written_apart(va, vb, a.day, b.day):
            return False  # "after eight days of riots" / "four days of riots" a day before
        return not (
            (va.tally or vb.tally or self.tally(i) or self.tally(j)) and _tallied_apart(a.day, b.day, va, vb)
        )  # "the UK total to 28" / "the UK total to 34" two days later

    def _named_alike(self, i: int, j: int, va: _Value, vb: _Value) -> bool:
        """Whether two names name one thing (a number or a date passes): not two people's homes, a
        company and what it owns, nor a numbered thing of a country."""
        if va.kind != "name":
            return True
        a, b = self.statements[i], self.statements[j]
        if _homes_of_two(a.text, va, b.text, vb):
            return False  # "Johnson, of Burnsville" / "LaSalle, 36, of Minneapolis"
        if _owner_named(va.key, vb.key, self.companies()):
            return False  # "Transocean Horizon" / "Deepwater Horizon" (compare._owner_named)
        return not _numbered_country(a.text, va, b.text, vb)  # "the 9th U.S." / "the Ninth Circuit"

    def _told_alike(self, i: int, j: int, va: _Value, vb: _Value) -> bool:
        """Whether the two statements report one thing: two statements whose figures all differ
        report two things, and two whose dates all differ report two days, so their other values
        are not cross-checked ("the week ended May 1 fell to 498,000" / "the week ended Oct. 9 fell
        to 293,000"; "23,725 barrels on Thursday" / "16,830 barrels on Wednesday"); and neither
        article gives both values (two things, not one disputed)."""
        a, b = self.statements[i], self.statements[j]
        if va.kind != "number" and self.other_figures(i, j):
            return False
        if va.kind != "date" and _other_days(self.dates(i), self.dates(j)):
            return False
        return not (self.facts(b.article_id).states(va) or self.facts(a.article_id).states(vb))

    def _read_alike(self, i: int, j: int, va: _Value, vb: _Value) -> bool:
        """The checks that read a statement's words around a value, asked of the few pairs left
        (each is a filter: their order changes no answer, only what is read): whether both values
        are read the same way (planned or done, told on their day, possible or read, a baseline, a
        rate, a reading of two days, two officials' estimates, two places)."""
        a, b = self.statements[i], self.statements[j]
        if va.kind == "date" and self.planned(i, va) != self.planned(j, vb):
            return False  # "said on Thursday" / "plans to speak ... on Saturday" (compare._PLAN)
        if va.kind == "date" and va.after != vb.after and (self.told(i, va) or self.told(j, vb)):
            return False  # "Allen said on Sunday that the well ..." / "Allen said Friday that this
            # discovery ...": two tellings, each of its own (compare._TOLD); one told on two
            # days ("Cameron said on Thursday his government" / "on Friday his government") is one
        if va.kind == "number" and self.possible(i, va) != self.possible(j, vb):
            return False  # "looking for readings of 8,000" / "is currently 6,700" (compare._possible)
        if va.kind == "number" and self.baseline(i, va) != self.baseline(j, vb):
            return False  # "compared with $ 2.9 bn for ... 2009" / "a profit of $ 5.6 billion" (compare._BASELINE)
        if va.kind == "number" and self.rate(i, va) != self.rate(j, vb):
            return False  # "62,000 barrels of oil per day" / "some 4 million barrels" (compare._RATE)
        if (
            va.kind == "number"
            and self.original_of.get(a.article_id, a.article_id)
            != self.original_of.get(b.article_id, b.article_id)
            and a.day is not None
            and b.day is not None
            and a.day != b.day
            and (self.reading(i, va) or self.reading(j, vb))
        ):
            return False  # "49 vessels ... are working" / "Seventy vessels ... were working" two days later
        if va.kind == "number" and self.estimates(i, j):
            return False  # two officials' worst cases (compare._ESTIMATE)
        # "Georgia's primary" / "The primary" of Louisiana's report (compare._places_apart)
        return va.kind == "name" or not self.places_apart(i, j)


def _role_conflicts(
    statements: Sequence[_Statement],
    facts: Callable[[str], _Facts],
    sides: _Sides,
    companies: Callable[[], frozenset[str]],
) -> list[tuple[_Node, _Node]]:
    """Step 3: a person named two ways anywhere in the event, with the same role right before the
    name ("Gov. Rick Perry" / "Gov. Oscar Perry"): the statements need not be alike."""
    found: list[tuple[_Node, _Node]] = []
    people: dict[tuple[int, str], list[tuple[int, _Value]]] = defaultdict(list)
    for i, s in enumerate(statements):
        for v in s.values:
            if v.kind == "name" and len(v.key) >= 2 and v.before:
                people[(len(v.key), v.key[-1])].append((i, v))
    for mentions in people.values():
        for (i, va), (j, vb) in itertools.combinations(mentions, 2):
            a, b = statements[i], statements[j]
            if (
                a.outlet == b.outlet
                or va.before[-1] != vb.before[-1]
                or not _other_name(va.key, vb.key)
                or _owner_named(va.key, vb.key, companies())
                or _numbered_country(a.text, va, b.text, vb)
            ):
                continue
            if not (facts(b.article_id).states(va) or facts(a.article_id).states(vb)) and sides.of(
                i, va
            ) != sides.of(j, vb):
                found.append(((i, va.text), (j, vb.text)))
    return found


def _joined(found: Sequence[tuple[_Node, _Node]]) -> list[list[_Node]]:
    """Step 4: the disputes sharing a statement's value joined, each group's values sorted, the
    groups in order."""
    parent: dict[_Node, _Node] = {}

    def root(node: _Node) -> _Node:
        # path halving: thousands of conflicts of one value no longer walk a chain each (the groups
        # are the same whatever node stands for them)
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for x, y in found:
        parent[root(x)] = root(y)
    groups: dict[_Node, list[_Node]] = defaultdict(list)
    for node in sorted(parent):
        groups[root(node)].append(node)
    return sorted(groups.values())


def _conflict_claims(
    groups: Sequence[Sequence[_Node]],
    statements: Sequence[_Statement],
    cosine: _Cosines,
    with_unit: Mapping[_Node, str],
) -> list[Claim]:
    """Each joined group's claim: each article's value (the first it gives) and its statement trimmed
    around it (_excerpt); a group whose articles give one value only is none."""
    claims = []
    for nodes in groups:
        ids = sorted({i for i, _ in nodes})
        values: dict[str, str] = {}
        evidence: dict[str, str] = {}
        for i, value in nodes:
            values.setdefault(statements[i].article_id, with_unit.get((i, value), value))
            if statements[i].article_id not in evidence:
                evidence[statements[i].article_id] = _excerpt(statements[i].text, value)
        if len(set(values.values())) < 2:
            continue
        text = shown(statements[_clearest(ids, statements, cosine)].text)
        claims.append(
            Claim(text=text, status="conflict", article_ids=tuple(values), values=values, evidence=evidence)
        )
    return claims


def _excerpt(text: str, value: str) -> str:
    """A statement shortened to EVIDENCE_WORDS words around `value` (as written in it), an ellipsis
    marking each cut; a statement of EVIDENCE_WORDS words or fewer is given whole."""
    words = text.split()
    if len(words) <= EVIDENCE_WORDS:
        return text
    m = re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text)  # "four", not in "fourteen"
    first = len(text[: m.start()].split()) if m else 0  # the value's first word
    last = first + max(len(value.split()), 1)  # after its last word
    if last + EVIDENCE_TAIL <= EVIDENCE_WORDS:
        start = 0
    else:
        start = max(0, min(first - EVIDENCE_LEAD, len(words) - EVIDENCE_WORDS))
    end = start + EVIDENCE_WORDS
    return ("… " if start else "") + " ".join(words[start:end]) + (" …" if end < len(words) else "")
