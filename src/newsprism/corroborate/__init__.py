"""Cross-checked claims for one event: what several outlets share, what one says, where they differ.

In:  the Articles of ONE event, and `duplicate_of` (a copy's id -> its original's id, from dedup).
Out: a list of Claims: conflicts first, then corroborated, then single-source statements.

How:
  1. statements: each article's text is cut into sentences (analyse.sentences); a long sentence is
     cut again at a semicolon or a contrastive clause (", while", ", but", ...); statements of fewer
     than MIN_WORDS words are left out;
  2. words: content words only (English function words out), lower-cased, possessives and demonyms
     folded ("China's", "Chinese" -> "china"), cut to a light stem ("divestment" ~ "divest");
  3. alignment: the event's statements are TF-IDF vectors (IDF learnt from the event's own
     statements, so "Blinken" in every sentence weighs little and "balloon" much); two statements
     of different articles align when their cosine >= ALIGN_COSINE and they share >= MIN_SHARED
     content words, unless both give figures and none of them agree ("rose 37,000 to 412,000" /
     "rose by 2,000 to 373,000": two weeks' reports; clock times and years are no figures); below
     SURE_COSINE they must also share MIN_PLAIN_SHARED content words outside names (the event's
     names alone, "Perry ... Mitt Romney", are its topic, not one fact; nor, both told, the words
     of who tells them: "Interior Secretary Ken Salazar told"; two told statements however alike
     share SURE_TOLD_SHARED words beyond those: one teller's two quotes; nor, however alike, share
     only the words of one name: "WHO says it has confirmed 236 cases" / "kept updated by the World
     Health Organisation"; nor hold a photo's caption,
     "June 7 : Obama meets ..."), nor report two acts
     ("had opposed Amendment 64" / "voters approved Amendment 64": predicates.py); a statement
     is matched only by one that holds its main clause's fact, not only the background in the
     clauses hung on it ("fired Atkinson, who had told Congress about the whistleblower
     complaint" / "Atkinson handled the whistleblower complaint": predicates._Backing); aligned
     pairs are joined strongest first into claims, at most one statement of an article per claim;
  4. status: a claim is corroborated when its articles come from >= 2 independent outlets: a copy
     (a key of duplicate_of) counts as its original, articles of one outlet count once, an article
     without an outlet is its own outlet, and outlets printing one sentence of narration of
     ECHO_WORDS words or more word for word (or within NEAR_EDITS words, one in NEAR_SHARE of a
     long one) count once for that claim
     (a wire paragraph they both ran: align._independent; a quote's words are the speaker's); else it is
     single-source, kept only when it is informative (a name, number or date, and a verb of
     something happening) and ranked by how much it carries;
  5. conflicts: in a pair of related statements of different outlets, a name, number, date or place
     of one and a different one of the other fill the same slot when the content words right around
     them agree ("his Chinese counterpart Chen Gang" / "his Chinese counterpart, Qin Gang"); a person
     named two ways anywhere in the event after the same role word ("Gov. Rick Perry" / "Gov. Oscar
     Perry") is one too. Names conflict only when one word is plainly different, not a spelling
     variant or short form ("Stacy"/"Stacey", "Chuck"/"Charles"), an initial ("R. MacDonald"), a
     place inside the other ("British" / "London's Parliament"), a country written after the
     thing's number ("the 9th U.S." / "Ninth Circuit Court"; "Russian" / "Fifth Fleet" conflict)
     or a company's name (the owner's: "Transocean" / "Deepwater Horizon"). Guards
     against false conflicts: the other article must not give the value anywhere (one article just
     naming more people, two numbers about two things both stated), one name inside the other is the
     same person ("Steele" / "Michael Steele"), a hedged or round number within ROUND_TOLERANCE of the
     other agrees ("about 5,000" / "5,120"), numbers in different units or currencies are not compared,
     nor clock times and years ("6:41pm" / "18:41", "1950s" / "'50s"), nor a count of two things
     with a count of one ("420 passengers and crew" / "246 passengers"), nor spans of time counted
     up to the writing in reports written apart ("after four / eight days of riots"); two statements
     whose figures all differ, or whose dates all differ, report two things or two days, so their
     other values are not cross-checked; two names of one place are one ("Persian / Arabian Gulf");
  6. the claim text is the clearest wording of a group: the statement most like the others, without
     a leading pronoun or quotation mark, of a readable length, among those another outlet's member
     backs whole (3.).

Claims are capped at MAX_CLAIMS per event (conflicts and corroborated ones first).

The package's modules are those steps, each taking in what the ones before it give out:

    words.py       2.  a text's words: content words, light stems, demonyms and synonyms folded,
                       read once per word (_words); the number words (every step)
    numbers.py     a statement's figures (_numbers): value, unit (measure word, currency, percent,
                   a pair's or a part's mark, a span's anchor), hedge and range
    values.py      the values a statement gives (_values): dates, figures and names, each with the
                   content words around it (its slot) as a _Value; place_names()
    statements.py  1.  an article in, its statements out (_statements: sentences, long ones cut at
                       clauses, short lines and furniture left out), each with its words, weights and
                       values (_Statement); how informative a single-source statement is
    align.py       3.  the event's statements in, their TF-IDF cosines and shared words out
                       (_similarities, _PlainWords); 4. the outlet each article counts for
                       (_sources); 6. a group's clearest wording (_clearest)
    predicates.py  3.  two aligned statements in, whether they report two acts (_Acts: the past,
                       present and future verbs of each, in sense groups: "raised" / "an
                       increase", "lost" / "fell", idioms as their sense: "stopped by" / "met with"),
                       and the words two told statements share outside their tellers (_Untold);
                       whether one backs the other's main clause or only its hung clauses (_Backing)
    compare.py     5.  two values of one slot: whether they fill it (_same_slot) and contradict each
                       other (_differ), and the guards against false conflicts (_Facts: what an
                       article states anywhere; _other_figures, _one_count, _written_apart, ...)
    conflicts.py   5.  the event's statements and cosines in, its conflict Claims out (_conflicts)
    __init__.py    corroborate(): the steps in order, the claims ranked and capped (MAX_CLAIMS)

A module imports only modules named before it in that list; they import each other relatively.
The names src/, tests/ and bench/ read from newsprism.corroborate when it was one module are
imported here from the module that holds each (`from .words import _words as _words`).

"""

from __future__ import annotations

import gc
import itertools
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import cache
from operator import itemgetter

import numpy as np

from newsprism.analyse.leadin import shown
from newsprism.records import Article, Claim, ClaimStatus

from .align import (
    ALIGN_COSINE,
    MIN_PLAIN_SHARED,
    MIN_SHARED,
    SMALL_GROUP,
    SURE_COSINE,
    SURE_TOLD_SHARED,
    _clearest,
    _Cosines,
    _independent,
    _originals,
    _PlainWords,
    _similarities,
    _sources,
    _wording,
)
from .align import _Shared as _Shared
from .compare import _Facts, _facts, _figures, _other_figures
from .conflicts import RELATED_COSINE, _conflicts
from .numbers import _HEDGE_ENDS as _HEDGE_ENDS
from .numbers import _HEDGES as _HEDGES
from .numbers import _NUMBER as _NUMBER
from .numbers import _cores as _cores
from .numbers import _inside as _inside
from .numbers import _number_matches as _number_matches
from .predicates import _Acts, _Backing, _Untold
from .statements import NAME_WEIGHT as NAME_WEIGHT
from .statements import _informative, _read, _Statement, _statements
from .values import _DATE as _DATE
from .values import _date_matches as _date_matches
from .values import _values as _values
from .values import place_names as place_names
from .words import _WORD as _WORD
from .words import _holds_number_word as _holds_number_word
from .words import _stem as _stem
from .words import _word as _word
from .words import _words as _words

__all__ = ["corroborate", "place_names"]
MAX_CLAIMS = 30  # per event: a reader scans about a page; events of dozens of articles would
# otherwise list hundreds of single-source sentences
# An event of more articles is cross-checked on this many of them, spread evenly over it (originals
# before copies, which add no outlet): every pair of statements is compared (a dense matrix of their
# cosines, and aligned groups read pair by pair), so 250 articles of one story took 600 MB and 3,000
# would take tens of GB. The dev events hold at most 22 articles (heap-10000), and MAX_CLAIMS
# claims are told from a hundred outlets as well as from thousands.
MAX_ARTICLES = 100
# pairs whose cosines are read at once for the groups' means: 1M pairs, 24 MB with their indices
MEAN_BATCH = 1 << 20
# a claim's rank, lowest first: (-sources, -mean cosine) or (-carried, first position), then its members
_Rank = tuple[float, float, tuple[int, ...]]


def corroborate(articles: Sequence[Article], duplicate_of: Mapping[str, str] | None = None) -> list[Claim]:
    """The claims of one event's articles: conflicts, then corroborated, then single-source statements
    (at most MAX_CLAIMS). `duplicate_of` maps a copy's id to its original's id (from dedup)."""
    if isinstance(articles, Article):
        raise TypeError("corroborate() takes the articles of one event (a list), not a single Article")
    # the collector is paused while the event is read: its statements, values and words (tens of
    # thousands of tuples, none in a reference cycle) all live until the claims are returned, and
    # the collector would walk them again and again, promoting them to older generations
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _corroborate(articles, duplicate_of)
    finally:
        if collecting:
            gc.enable()


def _corroborate(articles: Sequence[Article], duplicate_of: Mapping[str, str] | None) -> list[Claim]:
    duplicate_of = duplicate_of or {}
    articles = _cross_checked([a for a in articles if a.kept and a.text], duplicate_of)
    sources = _sources(articles, duplicate_of)
    read = cache(_read)  # copies in an event repeat their original's statements: each read once
    per_article = {a.id: _statements(a, sources[a.id], read) for a in articles}
    statements = [s for a in articles for s in per_article[a.id]]
    if not statements:
        return []
    # the lowest cosine any step tests a pair against: those below are summed again when read
    cosine, shared = _similarities(statements, min(ALIGN_COSINE, RELATED_COSINE))
    article_of = np.array(_article_indices(statements))

    # 3. claims: each statement with its best match in every other article it aligns with; a group
    # inside another one is the same claim
    rows, cols = cosine.pairs(ALIGN_COSINE)  # the other tests on these pairs only
    questions = [k for k, s in enumerate(statements) if s.question]
    if questions:  # a question backs no claim (statements._question)
        asks = np.zeros(len(statements), dtype=bool)
        asks[questions] = True
        stated = ~(asks[rows] | asks[cols])
        rows, cols = rows[stated], cols[stated]
    articles_of_match = article_of[cols]
    different = article_of[rows] != articles_of_match
    rows, cols, articles_of_match = rows[different], cols[different], articles_of_match[different]
    aligned = shared(rows, cols) >= MIN_SHARED
    rows, cols, articles_of_match = rows[aligned], cols[aligned], articles_of_match[aligned]
    # a pair below SURE_COSINE must share words beyond the names: the event's names alone (who, where)
    # align two statements that say different things of them; nor may it hold a photo's caption (the
    # event's background in its words: statements._CAPTION)
    alike = cosine.values(rows, cols)
    loose = np.flatnonzero(alike < SURE_COSINE)
    plain = _PlainWords(statements)
    untold = _Untold(plain)  # who tells is no fact told (predicates._teller)
    if len(loose):
        keep = np.ones(len(rows), dtype=bool)
        keep[loose] = [
            untold.shared(i, j) >= MIN_PLAIN_SHARED and not (statements[i].caption or statements[j].caption)
            for i, j in zip(rows[loose].tolist(), cols[loose].tolist(), strict=True)
        ]
        rows, cols, articles_of_match, alike = rows[keep], cols[keep], articles_of_match[keep], alike[keep]
    # two told statements however alike must share a word beyond the names and their tellers' words:
    # one teller's two quotes are two facts ('"From our perspective the job is half done," said Noah
    # Greenwald of the Center for Biological Diversity' / '"Secretary Salazar took an important
    # step today ...," said Noah Greenwald'); nor may two statements share only the words of one name,
    # who they are about ("The World Health Organisation says it has confirmed 236 cases" / "We will
    # be kept continually updated by the World Health Organisation": align._PlainWords.one_name)
    sure = np.flatnonzero(alike >= SURE_COSINE)
    if len(sure):
        keep = np.ones(len(rows), dtype=bool)
        keep[sure] = [
            (not (untold.teller(i) and untold.teller(j)) or untold.shared(i, j) >= SURE_TOLD_SHARED)
            and not plain.one_name(i, j)
            for i, j in zip(rows[sure].tolist(), cols[sure].tolist(), strict=True)
        ]
        rows, cols, articles_of_match = rows[keep], cols[keep], articles_of_match[keep]
    # two statements that both give figures must agree on one of them (_other_figures)
    figures = {i: f for i in np.unique(rows).tolist() if (f := _figures(statements[i]))}
    counted = np.zeros(len(statements), dtype=bool)
    counted[list(figures)] = True
    both = np.flatnonzero(counted[rows] & counted[cols])
    if len(both):
        keep = np.ones(len(rows), dtype=bool)
        # asked once per unordered pair: the pairs come both ways, (i, j) and (j, i), and the answer
        # is the same (_agree_numbers is symmetric: each branch tests both orders or is order-free)
        other = cache(lambda i, j: _other_figures(figures[i], figures[j]))
        keep[both] = [
            not other(min(i, j), max(i, j))
            for i, j in zip(rows[both].tolist(), cols[both].tolist(), strict=True)
        ]
        rows, cols, articles_of_match = rows[keep], cols[keep], articles_of_match[keep]
    # two statements that report two acts say two things of the same people (predicates.py)
    if len(rows):
        acts = _Acts([s.text for s in statements])
        keep = np.array(
            [not acts.other(i, j) for i, j in zip(rows.tolist(), cols.tolist(), strict=True)], dtype=bool
        )
        rows, cols, articles_of_match = rows[keep], cols[keep], articles_of_match[keep]
    # a statement is backed by a match that holds its main clause's fact, not only its background's
    # ("fired Michael Atkinson, who had told Congress about the whistleblower complaint" / "Atkinson
    # handled the anonymous whistleblower complaint": backing.py); the match's own row may keep the pair
    backing = _Backing(statements)
    if len(rows):
        keep = np.array(
            [not backing.partial(i, j) for i, j in zip(rows.tolist(), cols.tolist(), strict=True)], dtype=bool
        )
        rows, cols, articles_of_match = rows[keep], cols[keep], articles_of_match[keep]
    # every aligned pair by statement, then article, the best cosine first (the first statement of
    # equal ones): the first pair of each statement and article is its best match there
    order = np.lexsort((cols, -cosine.values(rows, cols), articles_of_match, rows))
    rows, cols, articles_of_match = rows[order], cols[order], articles_of_match[order]
    first = np.ones(len(rows), dtype=bool)
    first[1:] = (rows[1:] != rows[:-1]) | (articles_of_match[1:] != articles_of_match[:-1])
    best: dict[int, list[int]] = {}
    for i, j in zip(rows[first].tolist(), cols[first].tolist(), strict=True):
        best.setdefault(i, [i]).append(j)
    groups = {tuple(sorted(members)) for members in best.values()}
    groups.update((i,) for i in range(len(statements)) if i not in best and not statements[i].question)
    containing: dict[int, list[frozenset[int]]] = defaultdict(list)
    for g in sorted(groups, key=len, reverse=True):
        members = frozenset(g)
        if not any(members < other for other in containing[g[0]]):
            for k in g:
                containing[k].append(members)
    kept = {m for ms in containing.values() for m in ms}
    in_claim = {k for m in kept if len(m) > 1 for k in m}
    kept = {m for m in kept if len(m) > 1 or next(iter(m)) not in in_claim}

    by_id = {a.id: a for a in articles}

    @cache  # an article's facts are read only where a conflict is to be checked against them
    def facts(article_id: str) -> _Facts:
        return _facts(per_article[article_id], by_id[article_id])

    conflicts = _conflicts(statements, cosine, facts, _originals(articles, duplicate_of))
    # the claims are ranked first and only those kept are written: MAX_CLAIMS in all, conflicts first
    room = max(MAX_CLAIMS - len(conflicts), 0)
    corroborated: list[tuple[_Rank, ClaimStatus]] = []
    single_source: list[tuple[int, ...]] = []
    several: list[tuple[int, tuple[int, ...]]] = []  # (sources, members) of the groups of two sources or more
    wording = cache(lambda k: _wording(statements[k].text))  # statements stand in many groups
    for members in kept:
        ids = tuple(sorted(members))
        n_sources = _independent(ids, statements, wording)
        if n_sources >= 2:
            several.append((n_sources, ids))
        else:
            single_source.append(ids)
    # a large event's groups' cosines (pairs a < b), read once for their means, kept for their wording
    among: dict[tuple[int, ...], np.ndarray] = {}
    for (n_sources, ids), mean in zip(
        several, _mean_cosines([ids for _, ids in several], cosine, among), strict=True
    ):
        corroborated.append(((-n_sources, -mean, ids), "corroborated"))
    # groups may share statements, so the rank ends in the group's members: distinct for every group
    by_rank = itemgetter(0)
    claims: list[Claim] = []
    texts: set[str] = set()  # the wordings shown so far

    def take(candidates: list[tuple[_Rank, ClaimStatus]]) -> None:
        """Claims from the best-ranked candidates until there is no room. Groups overlap: two that
        show the same wording are one claim (an event's copies give each statement many groups),
        shown once. Sharing statements alone does not make two groups one claim: at half the
        smaller group's statements, distinct facts went too (mixed-dev: "A police station in
        Athens was firebombed on Saturday night" under the riots' other claims)."""
        for rank, status in sorted(candidates, key=by_rank):
            if len(claims) >= room:
                return
            claim = _claim(rank[-1], status, statements, cosine, among.get(rank[-1]), backing)
            if claim.text not in texts:
                claims.append(claim)
                texts.add(claim.text)

    take(corroborated)
    if len(claims) < room:  # single-source statements fill what is left, the most informative first
        single: list[tuple[_Rank, ClaimStatus]] = []
        for ids in single_source:
            if all(statements[k].cut for k in ids):
                continue  # half a sentence from one outlet: what it claims is cut off
            carried = max(_informative(statements[k]) for k in ids)
            if carried:
                single.append(((-carried, min(statements[k].position for k in ids), ids), "single_source"))
        take(single)
    return conflicts + claims


def _cross_checked(articles: list[Article], duplicate_of: Mapping[str, str]) -> list[Article]:
    """The articles an event is cross-checked on, in the event's order: all of them up to
    MAX_ARTICLES; beyond, MAX_ARTICLES originals spread evenly over the event where it has more
    originals than that, else every original and the first copies."""
    if len(articles) <= MAX_ARTICLES:
        return articles
    originals = [k for k, a in enumerate(articles) if a.id not in duplicate_of]
    if len(originals) > MAX_ARTICLES:
        chosen = [originals[k * len(originals) // MAX_ARTICLES] for k in range(MAX_ARTICLES)]
    else:
        copies = [k for k, a in enumerate(articles) if a.id in duplicate_of]
        chosen = originals + copies[: MAX_ARTICLES - len(originals)]
    return [articles[k] for k in sorted(chosen)]


def _mean_cosines(
    groups: Sequence[tuple[int, ...]], cosine: _Cosines, among: dict[tuple[int, ...], np.ndarray]
) -> list[float]:
    """Each group's mean cosine over its pairs a < b, row by row (its members sorted), summed as
    np.mean sums them; the pairs of many groups read at once (most lie below what the event's
    cosines hold, so they are summed again: once per batch, not once per group), MEAN_BATCH pairs
    at most at a time, each group's kept in `among` (for _clearest: read again, they would be
    summed again). A small event's (its whole matrix held) are read group by group."""
    if (dense := cosine.dense) is not None:
        return [
            float(np.mean([dense[a, b] for a in ids for b in ids if a < b]))
            if len(ids) <= SMALL_GROUP
            else float(np.mean(dense[np.ix_(ids, ids)][np.triu_indices(len(ids), 1)]))
            for ids in groups
        ]
    means: list[float] = []
    start = 0
    while start < len(groups):
        end, size = start, 0
        while end < len(groups) and (
            end == start or size + len(groups[end]) * (len(groups[end]) - 1) // 2 <= MEAN_BATCH
        ):
            size += len(groups[end]) * (len(groups[end]) - 1) // 2
            end += 1
        firsts, seconds, bounds = [], [], [0]
        for ids in groups[start:end]:
            a, b = np.triu_indices(len(ids), 1)
            members = np.array(ids, dtype=np.intp)
            firsts.append(members[a])
            seconds.append(members[b])
            bounds.append(bounds[-1] + len(a))
        values = cosine.values(np.concatenate(firsts), np.concatenate(seconds))
        for ids, (x, y) in zip(groups[start:end], itertools.pairwise(bounds), strict=True):
            among[ids] = pairs = values[x:y].copy()
            means.append(float(np.mean(pairs)))
        start = end
    return means


def _claim(
    ids: tuple[int, ...],
    status: ClaimStatus,
    statements: Sequence[_Statement],
    cosine: _Cosines,
    among: np.ndarray | None = None,
    backing: _Backing | None = None,
) -> Claim:
    """The claim of a group of statements: its clearest wording, each article's first statement;
    `among`: the group's cosines of its pairs a < b when read already (_mean_cosines). A corroborated
    claim is worded by a member that another outlet's member backs whole (`backing`: a long
    statement whose background alone another one tells is no wording of what that one backs)."""
    evidence: dict[str, str] = {}
    for k in ids:
        evidence.setdefault(statements[k].article_id, statements[k].text)
    clearest = _clearest(ids, statements, cosine, among)
    # the clearest member is most often backed whole (a statement without hung clauses always is): the
    # others are asked only when it is not
    if backing is not None and status == "corroborated" and not backing.backed(clearest, ids):
        backed = [k for k in ids if backing.backed(k, ids)]
        if backed:
            clearest = _clearest(ids, statements, cosine, among, backed)
    text = shown(statements[clearest].text)
    return Claim(text=text, status=status, article_ids=tuple(evidence), evidence=evidence)


def _article_indices(statements: Sequence[_Statement]) -> list[int]:
    index: dict[str, int] = {}
    return [index.setdefault(s.article_id, len(index)) for s in statements]
