"""Steps 3 to 5: an event and each candidate's quality in; candidate summaries out, as lists of
candidate indices in reading order.

_select: the greedy selection under the word budget, quality times the share of the concept weight
not yet covered (a second wording of a told fact scores near zero); _lead: an article's own
opening; _pool: the selection opening on each of the OPENINGS best sentences and on each article's
lead, and each lead whole or cut after any sentence, the pool ranking.py chooses from;
_reading_order: the order a summary prints its sentences in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import repeat
from typing import TYPE_CHECKING

from .candidates import _CLOSING_CHARS, _Candidate
from .words import _QUOTES

if TYPE_CHECKING:
    from .event import _Event


# Openings tried for the candidate summaries, the best sentences by quality: NeuS groups hold 7
# candidates on average; 6 and 12 gave the same ROUGE on groups 300-1299 (0.415 / 0.190 / 0.283 and
# 0.415 / 0.190 / 0.282), and each opening is one more greedy selection to run.
OPENINGS = 6

# Tuned on NeuS dev groups 300-1299 (`bench/summaries.py --start 300 --limit 1000`); each moved
# ROUGE by less than 0.003 within the ranges tried, so they are set by reason first.
# A summary may end this far over `words` rather than stop short of it (1.0-1.3 tried: 1.1 keeps
# the mean length just under the budget; longer gains ROUGE-2 and loses ROUGE-L).
BUDGET_SLACK = 1.1
# Redundancy: quality x (uncovered share of the concept weight) ** NOVELTY_POWER. 0.25-1 tried on
# NeuS (3 short documents, little repetition); 0.5 keeps a near-copy of a told fact out.
NOVELTY_POWER = 0.5
# Two sentences repeat each other when more than this share of the shorter one's content words are
# in the other ("McCain will discontinue treatment for brain cancer" / "... is suspending treatment
# for his brain cancer"): the second is never chosen. Dev ROUGE prefers repeats (no filter: R2
# 0.186 on groups 300-1299; 0.6: 0.180; 0.5: 0.175), but a reader does not; at 0.5 sentences that
# add a new fact to a shared subject start to go.
REDUNDANT = 0.6


def _repeats(a: _Candidate, b: _Candidate) -> bool:
    """True when either sentence shares more than REDUNDANT of its content words with the other."""
    return len(a.terms & b.terms) > REDUNDANT * min(len(a.terms), len(b.terms))


def _select(
    event: _Event,
    quality: Sequence[float],
    words: int,
    opening: Sequence[int] = (),
    ranked: Sequence[int] | None = None,
) -> list[int]:
    """Greedy budgeted selection: the best quality times the share of the sentence's concept weight
    not yet covered (a second wording of a covered fact scores near zero), after the `opening`
    sentences when given. `ranked`: the candidates of positive quality, best first (_ranked).

    Each step takes the first candidate (by index) of the best gain. The gain is never more than
    the quality (the weights are whole numbers: the uncovered weight is at most the whole, novelty
    at most 1), so the candidates are read best quality first and the step ends at one whose
    quality is under the best gain found: none after it can reach it. Whether a candidate repeats
    a chosen sentence (_repeats) is asked only of the candidates read."""
    candidates, weights = event.candidates, event.weights
    covered: set[str] = set()
    chosen: list[int] = []
    repeating: set[int] = set()  # the sentences read so far that repeat one already chosen
    length = 0
    limit = words * BUDGET_SLACK
    left = _ranked(quality) if ranked is None else ranked
    # the sentences chosen (article, position): their candidates (a sentence and its main-clause
    # variant) are passed over in `left`, which is never copied (a pool of thousands of selections
    # filtering every candidate after each choice was quadratic); `remaining` counts the others
    taken: set[tuple[int, int]] = set()
    remaining = len(left)
    while remaining and length < words:
        best, best_gain = (opening[len(chosen)], 1.0) if len(chosen) < len(opening) else (-1, 0.0)
        for k in left if best < 0 else ():
            c = candidates[k]
            if taken and (c.article, c.position) in taken:
                continue
            if quality[k] < best_gain:
                break  # novelty is at most 1: neither this one nor any after can reach the best
            if (length + c.n_words > limit and chosen) or k in repeating:
                continue
            if any(_repeats(c, candidates[j]) for j in chosen):
                repeating.add(k)  # and it will while this selection lasts
                continue
            novelty = sum(map(weights.get, c.concepts - covered, repeat(0.0))) / event.totals[k]
            gain = quality[k] * novelty**NOVELTY_POWER
            if gain > best_gain or (gain == best_gain and k < best):
                best, best_gain = k, gain
        if best < 0:
            break
        chosen.append(best)
        # the sentence and its main-clause variant are one choice
        here = (candidates[best].article, candidates[best].position)
        if here not in taken:
            taken.add(here)
            remaining -= sum(quality[k] > 0 for k in event.places().get(here, ()))
        covered |= candidates[best].concepts
        length += candidates[best].n_words
    return chosen


def _ranked(quality: Sequence[float]) -> list[int]:
    """The candidates of positive quality, best first (by index among equals)."""
    return sorted((k for k, q in enumerate(quality) if q > 0), key=lambda k: -quality[k])


def _lead(
    candidates: Sequence[_Candidate],
    quality: Sequence[float],
    article: int,
    words: int,
    of_article: Sequence[int] | None = None,
) -> list[int]:
    """The article's own opening: its sentences in order (the main clause alone where the whole
    sentence would overrun the budget), up to the budget, never one repeating another.
    `of_article`: the article's candidates in index order, when known (else all are read)."""
    chosen: list[int] = []
    taken: set[int] = set()
    length = 0
    if of_article is None:
        of_article = [k for k, c in enumerate(candidates) if c.article == article]
    mine = [k for k in of_article if quality[k] > 0]
    for k in sorted(mine, key=lambda k: (candidates[k].position, -candidates[k].n_words)):
        c = candidates[k]
        if length >= words:
            break
        if c.position in taken or (chosen and length + c.n_words > words * BUDGET_SLACK):
            continue
        if any(_repeats(c, candidates[j]) for j in chosen):
            continue
        chosen.append(k)
        taken.add(c.position)
        length += c.n_words
    return chosen


def _reading_order(
    candidates: Sequence[_Candidate], chosen: Sequence[int], leads: Mapping[int, int] | None = None
) -> list[int]:
    """The chosen sentences as the summary prints them: the first chosen opens (a quote, "“I
    think...,” Biden said", is moved behind the first statement of fact), or its article's lead where
    the summary holds that too, whole (`leads`: each article's first candidate position): a detail
    never comes before its own article's lead ("The decision Thursday could push the law closer to
    ..." before "Texas can continue banning most abortions after ...", heap-10000 5615_center; 7 of
    60 heap summaries read opened so; NeuS dev ROUGE-L +0.0012 on either half). The others follow
    by their position in their articles, so leads come before details. Sentences cut off before
    their stop (_unfinished) go last, so that no sentence runs on from one; a cut-off opening goes
    last too when another article's whole lead can open instead (NeuS dev: run-on summaries 146 ->
    53 of 2,569)."""
    first = next((k for k in chosen if candidates[k].text[:1] not in _QUOTES), chosen[0])
    if leads is not None:
        article, position = candidates[first].article, candidates[first].position
        lead = leads[article]
        if lead < position:
            first = next(
                (
                    k
                    for k in chosen
                    if candidates[k].article == article
                    and candidates[k].position == lead
                    and candidates[k].text[:1] not in _QUOTES
                    and not _unfinished(candidates[k].text)
                ),
                first,
            )
    rest = sorted(
        (k for k in chosen if k != first), key=lambda k: (candidates[k].position, candidates[k].article)
    )
    whole = [k for k in rest if not _unfinished(candidates[k].text)]
    cut = [k for k in rest if k not in whole]
    if _unfinished(candidates[first].text) and whole and candidates[whole[0]].position == 0:
        return [*whole, first, *cut]
    return [first, *whole, *cut]


# What ends a whole sentence (_unfinished): a stop, a headline's "!", a question, and the same in CJK,
# Arabic and Devanagari script, whose sentences must not all be taken for cut-off ones.
_STOPS = ".!?。！？؟।"


def _unfinished(text: str) -> bool:
    """Whether a sentence ends on none of _STOPS (past closing quotes and brackets): a text its
    page or feed cut ("... has won the country's election for"; NeuS excerpts often end so), or a
    headline without a stop (analyse.leadin.cut_off is another thing: a stop in an ellipsis). Followed by another sentence it reads as one run-on: "... since
    democracy was restored Brazil's Supreme Electoral Tribunal declared ..."."""
    return text.rstrip(_CLOSING_CHARS + ")")[-1:] not in _STOPS


# The last word of a sentence cut inside a phrase, before the word it calls for (_cut_short): an
# article, a conjunction, a preposition that takes an object, a possessive, or one lower-case letter
# (a word cut in two: "... said in a s"). Not "up", "in", "on", "said", "this": a sentence may end so.
_CUT_SHORT = re.compile(
    r"(?:^|\s)(?:a|an|the|and|or|but|nor|of|for|from|with|at|by|into|onto|than|to|as|if|because|whether|"
    r"his|their|its|our|my|your|whose|other|another|every|[b-z])[,;:—–-]?$|[,;:—–-]$"
)


def _cut_short(text: str) -> bool:
    """Whether a sentence without a final stop (_unfinished) was cut inside a phrase: it ends on a
    word that calls for another ("... as lawmakers explored other", "... will face the", "...
    urged the") or on a comma or a dash. One ending on a word that can close a sentence ("... to
    drug-related offenses", "... now stands at 1,000,555") most often lost only its stop."""
    return _unfinished(text) and bool(_CUT_SHORT.search(text.rstrip(_CLOSING_CHARS + ")")))


def _opens(event: _Event, k: int) -> bool:
    """Whether candidate k can open a summary: it does not lean on a sentence before it in its
    article (_Event.leaning: "The move ...", "The first alternative is ...", "Woods, 45, ...") and was
    not cut inside a phrase (_cut_short)."""
    return k not in event.leaning and not _cut_short(event.candidates[k].text)


def _pool(event: _Event, quality: Sequence[float], words: int) -> list[list[int]]:
    """The candidate summaries, in reading order: the greedy selection opening on each of the
    OPENINGS best sentences, or on each article's own lead; each lead alone, whole or cut after any
    of its sentences. Only those whose first sentence can open a summary (_opens) are kept, where
    there are any: a summary must not open on a sentence that needs an earlier one (NeuS dev: 51 of
    2,569 opened on one that leans back, 22 on one cut inside a phrase; ROUGE moved by 0.0003 or less
    on either half of the groups). Keeping only openings on each article's first sentence that is
    not junk went too far on web pages: it opened on photo captions and page headers. Of those, the
    ones holding one sentence without a stop at most (_unfinished) are kept, where there are any:
    two such run on into each other whatever their order (NeuS dev: 8 summaries, in groups whose
    every lead is an excerpt cut inside its first sentence; ROUGE moved by 0.0001 or less)."""
    candidates = event.candidates
    ranked = _ranked(quality)
    of_article: dict[int, list[int]] = {}
    for k, c in enumerate(candidates):
        of_article.setdefault(c.article, []).append(k)
    leads = [_lead(candidates, quality, a, words, of_article[a]) for a in sorted(of_article)]
    selections = [
        _select(event, quality, words, opening, ranked)
        for opening in [[k] for k in ranked[:OPENINGS]] + leads
    ]
    # each lead as it is and cut after each of its sentences: a short account of short articles
    selections += [lead[:n] for lead in leads for n in range(1, len(lead) + 1)]
    lead_at = {a: candidates[ks[0]].position for a, ks in of_article.items()}  # in position order
    pool = {tuple(_reading_order(candidates, chosen, lead_at)) for chosen in selections if chosen}
    opening = [p for p in pool if _opens(event, p[0])]
    whole = [p for p in opening or pool if sum(map(_unfinished, (candidates[k].text for k in p))) <= 1]
    return [list(p) for p in sorted(whole or opening or pool)]


def _over_budget(event: _Event, chosen: Sequence[int], words: int) -> bool:
    """Whether a summary runs past `words` * BUDGET_SLACK: its opening sentence alone is longer, as
    `summarize --words 20` printed a 44-word sentence (robust31's journey 17)."""
    return sum(event.candidates[k].n_words for k in chosen) > words * BUDGET_SLACK


def _lead_opens(event: _Event, k: int, lead_at: Mapping[int, int]) -> bool:
    """Whether candidate k can open a summary within a small budget: its article's first candidate, or
    that sentence's main clause alone (_shortened), that can open a summary (_opens), whole (not
    _unfinished) and no quotation. A later sentence that is short enough may lean on the text before
    it where _leans_back does not tell ("The full text of the email has been declassified", robust31's
    draft opened so); a lead stands alone."""
    c = event.candidates[k]
    return (
        c.position == lead_at[c.article]
        and c.text[:1] not in _QUOTES
        and not _unfinished(c.text)
        and _opens(event, k)
    )


def _within_budget(
    event: _Event, quality: Sequence[float], words: int, pool: Sequence[list[int]]
) -> list[int]:
    """pool[0], the summary the ranker chose, or, where its opening sentence alone runs past the
    budget (`summarize --words 20` printed a 44-word sentence, robust31's journey 17), the
    best-ranked of the pool within the budget that opens on a lead (_lead_opens: most often an
    article's own lead, whole); else the selection opening on the best such lead that fits, filled by
    _select; else pool[0] still: whole sentences, never one cut. `pool`: the candidate summaries,
    best ranked first (ranking._best_summary)."""
    chosen = pool[0]
    if not chosen or event.candidates[chosen[0]].n_words <= words * BUDGET_SLACK:
        # within the budget, or over it by sentences added after an opening that fits, as the
        # selection allows (NeuS dev at 60 words: such summaries replaced lost R2 0.0001, 2 of 5 worse)
        return chosen
    candidates = event.candidates
    lead_at: dict[int, int] = {}
    for c in candidates:  # in position order within each article
        lead_at.setdefault(c.article, c.position)
    fits = [p for p in pool if not _over_budget(event, p, words) and _lead_opens(event, p[0], lead_at)]
    if fits:
        return fits[0]
    limit = words * BUDGET_SLACK
    openings = [
        k
        for k, c in enumerate(candidates)
        if quality[k] > 0 and c.n_words <= limit and _lead_opens(event, k, lead_at)
    ]
    if not openings:
        return chosen
    opening = max(openings, key=lambda k: (quality[k], -k))
    return _reading_order(candidates, _select(event, quality, words, [opening]), lead_at)
