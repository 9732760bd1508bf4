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


def _conflicts(
    statements: Sequence[_Statement],
    cosine: _Cosines,
    facts: Callable[[str], _Facts],
    original_of: Mapping[str, str] | None = None,
) -> list[Claim]:
    """5. pairs of related statements of two outlets whose values of one slot contradict each other;
    pairs sharing a value are merged, so three outlets saying 60, 60 and 61 make one conflict.
    `facts` reads an article's _Facts; `original_of` maps a copy's id to its original's."""
    original_of = original_of or {}
    in_event = {s.article_id for s in statements}

    @cache
    def side(i: int, value: _Value) -> str:
        """The outlet a statement's value speaks for: a copy whose original (in the event) gives the
        value repeats its original, and speaks for the original's outlet (its source); else its own.
        Two pages of one outlet are no two outlets' dispute: a copy of one BBC page against another
        BBC page is the BBC against itself (heap-10000: two pages' country lists, blog feeds, photo
        credits, the Guardian's print stamps, a storm's winds in two Reuters stories), while a copy
        that changed its original's value (a copy's own wording) speaks for itself."""
        s = statements[i]
        original = original_of.get(s.article_id)
        if original is not None and original in in_event and facts(original).states(value):
            return s.source
        return s.outlet

    found: list[tuple[tuple[int, str], tuple[int, str]]] = []
    with_unit: dict[tuple[int, str], str] = {}  # a figure compared with another system's, with its unit
    outlets: dict[str, int] = {}
    outlet_of = np.array([outlets.setdefault(s.outlet, len(outlets)) for s in statements])
    # two values fill one slot only with a content word right next to both (_same_slot): statements
    # whose values have no such neighbour in common are passed over
    lasts = [{v.before[-1] for v in s.values if v.before} for s in statements]
    firsts = [{v.after[0] for v in s.values if v.after} for s in statements]
    has_neighbour = np.array([bool(b or a) for b, a in zip(lasts, firsts, strict=True)])
    # the event's one-word companies, read when a name pair first asks (most events have no such pair)
    companies = cache(lambda: _companies(v for s in statements for v in s.values))
    # related pairs of two outlets (two outlets are two articles) among the statements with one
    # (the pairs i < j, by i then j, as a matrix's upper triangle is read)
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
    # the readers below are made only for an event with such a pair (a cache costs 2 µs to make: 15
    # of them for each of heap-10000's 2,535 events were about 1% of corroborate's time)
    if pairs:
        clocks = cache(lambda i: _clock_digits(statements[i].text))
        plain = _PlainWords(statements)
        figures = cache(lambda i: _figures(statements[i]))
        # asked once per statement or pair, not once per pair of their values (a statement of N figures
        # against another of N made N * N calls, each reading every figure or the whole text: cubic)
        other_figures = cache(lambda i, j: _other_figures(figures(i), figures(j)))
        dates = cache(lambda i: [v.key for v in statements[i].values if v.kind == "date"])
        # a statement's distinct values: a value written again with the same neighbours ("about 5
        # million, more than 4 million, " n times) is compared once, not n * n times (each pair's answer
        # and its entry (statement, text) are the same for equal values)
        distinct = cache(
            lambda i: vs if len(vs := statements[i].values) <= FEW_VALUES else tuple(dict.fromkeys(vs))
        )
        # a tally word anywhere in a statement (numbers._TALLY) marks every count of it; "now" marks its
        # verb's figure only (_Value.tally)
        tally = cache(lambda i: _TALLY.search(statements[i].text) is not None)
        # each reads a statement's text: asked once per statement and value, or per pair, not once per
        # pair of values (400 figures against 400 took 150 s of CPU; tests/test_corroborate_facts_index)
        planned = cache(lambda i, v: _planned(statements[i].text, v))
        told = cache(lambda i, v: _told(statements[i].text, v))
        rate = cache(lambda i, v: _rate(statements[i].text, v))
        reading = cache(lambda i, v: _reading(statements[i].text, v))
        possible = cache(lambda i, v: _possible(statements[i].text, v))
        baseline = cache(lambda i, v: _baseline(statements[i].text, v))
        estimates = cache(lambda i, j: _estimates_of_two(statements[i], statements[j]))
        # the countries and US states each article names (its statements read together)
        regions = cache(
            lambda article_id: _region_codes(
                " ".join(s.text for s in statements if s.article_id == article_id)
            )
        )
        places_apart = cache(
            lambda i, j: _places_apart(
                statements[i],
                statements[j],
                regions(statements[i].article_id),
                regions(statements[j].article_id),
            )
        )
        for i, j, close in pairs:
            a, b = statements[i], statements[j]
            last, first = lasts[i] & lasts[j], firsts[i] & firsts[j]
            b_values = [
                v
                for v in distinct(j)
                if (v.before and v.before[-1] in last) or (v.after and v.after[0] in first)
            ]
            for va in distinct(i):
                if not ((va.before and va.before[-1] in last) or (va.after and va.after[0] in first)):
                    continue
                for vb in b_values:
                    if not (_same_slot(va, vb) and _differ(va, vb)):
                        continue
                    if not close and not (va.kind == "name" and _other_name(va.key, vb.key)):
                        continue  # the rest of the two statements must agree (a name conflict is
                        # surer: the two names share a word in the same place)
                    if va.kind == "number" and not (_is_figure(va, clocks(i)) and _is_figure(vb, clocks(j))):
                        continue  # a clock time ("6:41pm" / "18:41") or a year ("1950s" / "'50s")
                    if va.kind == "number" and not _one_count(i, j, va, vb, plain, figures, other_figures):
                        continue
                    if va.kind == "number" and _written_apart(va, vb, a.day, b.day):
                        continue  # "after eight days of riots" / "four days of riots" a day before
                    if (
                        va.kind == "number"
                        and (va.tally or vb.tally or tally(i) or tally(j))
                        and _tallied_apart(a.day, b.day, va, vb)
                    ):
                        continue  # "the UK total to 28" / "the UK total to 34" two days later
                    if va.kind == "name" and _homes_of_two(a.text, va, b.text, vb):
                        continue  # "Johnson, of Burnsville" / "LaSalle, 36, of Minneapolis"
                    if va.kind == "name" and _owner_named(va.key, vb.key, companies()):
                        continue  # "Transocean Horizon" / "Deepwater Horizon" (compare._owner_named)
                    if va.kind == "name" and _numbered_country(a.text, va, b.text, vb):
                        continue  # "the 9th U.S. Circuit Court" / "the Ninth Circuit Court"
                    # two statements whose figures all differ report two things, and two whose dates
                    # all differ report two days: their other values are not cross-checked ("the week
                    # ended May 1 fell to 498,000" / "the week ended Oct. 9 fell to 293,000"; "23,725
                    # barrels on Thursday" / "16,830 barrels on Wednesday")
                    if va.kind != "number" and other_figures(i, j):
                        continue
                    if va.kind != "date" and _other_days(dates(i), dates(j)):
                        continue
                    if facts(b.article_id).states(va) or facts(a.article_id).states(vb):
                        continue  # each article gives both values: two things, not one disputed
                    # the checks that read a statement's words around a value, asked of the few pairs left
                    # (each is a filter: their order changes no answer, only what is read)
                    if va.kind == "date" and planned(i, va) != planned(j, vb):
                        continue  # "said on Thursday" / "plans to speak ... on Saturday" (compare._PLAN)
                    if va.kind == "date" and va.after != vb.after and (told(i, va) or told(j, vb)):
                        continue  # "Allen said on Sunday that the well ..." / "Allen said Friday that this
                        # discovery ...": two tellings, each of its own (compare._TOLD); one told on two
                        # days ("Cameron said on Thursday his government" / "on Friday his government") is one
                    if va.kind == "number" and possible(i, va) != possible(j, vb):
                        continue  # "looking for readings of 8,000" / "is currently 6,700" (compare._possible)
                    if va.kind == "number" and baseline(i, va) != baseline(j, vb):
                        continue  # "compared with $ 2.9 bn for ... 2009" / "a profit of $ 5.6 billion" (compare._BASELINE)
                    if va.kind == "number" and rate(i, va) != rate(j, vb):
                        continue  # "62,000 barrels of oil per day" / "some 4 million barrels" (compare._RATE)
                    if (
                        va.kind == "number"
                        and original_of.get(a.article_id, a.article_id)
                        != original_of.get(b.article_id, b.article_id)
                        and a.day is not None
                        and b.day is not None
                        and a.day != b.day
                        and (reading(i, va) or reading(j, vb))
                    ):
                        continue  # "49 vessels ... are working" / "Seventy vessels ... were working" two days later
                    if va.kind == "number" and estimates(i, j):
                        continue  # two officials' worst cases (compare._ESTIMATE)
                    if va.kind != "name" and places_apart(i, j):
                        continue  # "Georgia's primary" / "The primary" of Louisiana's report (compare._places_apart)
                    if side(i, va) == side(j, vb):
                        continue  # a copy repeating one BBC page against another BBC page (side)
                    if va.unit != vb.unit:  # "110km" / "110 miles" (compare._SYSTEMS): shown with their units
                        with_unit[(i, va.text)], with_unit[(j, vb.text)] = _with_unit(va), _with_unit(vb)
                    found.append(((i, va.text), (j, vb.text)))
    # a person named two ways anywhere in the event, with the same role right before the name
    # ("Gov. Rick Perry" / "Gov. Oscar Perry"): the statements need not be alike
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
            if not (facts(b.article_id).states(va) or facts(a.article_id).states(vb)) and side(i, va) != side(
                j, vb
            ):
                found.append(((i, va.text), (j, vb.text)))
    # join conflicts that share a statement's value
    parent: dict[tuple[int, str], tuple[int, str]] = {}

    def root(node: tuple[int, str]) -> tuple[int, str]:
        # path halving: thousands of conflicts of one value no longer walk a chain each (the groups
        # are the same whatever node stands for them)
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for x, y in found:
        parent[root(x)] = root(y)
    groups: dict[tuple[int, str], list[tuple[int, str]]] = defaultdict(list)
    for node in sorted(parent):
        groups[root(node)].append(node)
    claims = []
    for nodes in sorted(groups.values()):
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
