"""The event's headline: its articles' titles (and its summary) in; the title that shares the
most content with the other titles and the summary, without its outlet suffix (" - Reuters",
" | Political News"), out (headline). A story's: its events' summaries and titles in; the event
that says most of what the others say out (central_event), whose heading can head the story.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsprism.records import SummarySentence

from .words import _QUOTES, _terms

# Shorter titles are mostly labels ("Free Speech", "Top Stories"); one still wins when it is alone.
MIN_HEADLINE_WORDS = 4

# " - Reuters", " | Political News", " — The New York Times": a short tail of capitalised words. A
# word runs to its end ((?![...]) below): else a long run of capitals that is not at the title's end
# ("- AAAA…A!") was tried split every way into up to five words, n^5 steps (80 letters took 0.5 s)
_OUTLET_SUFFIX = re.compile(r"\s+[|–—-]\s+(?:(?:[A-Z0-9][\w.&'’]*(?![\w.&'’])|of|the|and|&|on)\s*){1,5}$")


def _strip_outlet(title: str) -> str:
    """ "Senate passes bill - Reuters" -> "Senate passes bill": trailing " | Section" and " - Outlet"
    tails go, as long as three words are left."""
    title = " ".join(title.split())
    while True:
        stripped = _OUTLET_SUFFIX.sub("", title)
        if stripped == title or len(stripped.split()) < 3:
            return title
        title = stripped


def headline(titles: Sequence[str], summary: Sequence[SummarySentence] = ()) -> str | None:
    """The headline among `titles` that shares the most content with the other headlines and the
    summary, without its outlet suffix; None when there is no title."""
    if isinstance(titles, str):
        raise TypeError("headline() takes a sequence of headlines, not one string")
    cleaned = [_strip_outlet(t) for t in titles if t and t.strip()]
    if not cleaned:
        return None
    # a headline states what happened: a label ("Free Speech", "Premier League") or a question
    # ("Are Democrats Too Woke for Voters?") is used only when no title states anything
    stating = [
        t
        for t in cleaned
        if len(t.split()) >= MIN_HEADLINE_WORDS and not t.rstrip(_QUOTES + "'’ ").endswith("?")
    ]
    cleaned = stating or cleaned
    term_sets = [frozenset(_terms(t)) for t in cleaned]
    context = Counter(w for s in summary for w in set(_terms(s.text)))

    # the share of each other headline's terms that i holds, summed over the other headlines: each
    # term carries 1 / size of every headline holding it (linear in the headlines, not their
    # pairs: 3,000 copies of one wire story spent 3 s here), less i's own share (1 when it has terms)
    weight: dict[str, float] = {}
    for t in term_sets:
        for w in t:
            weight[w] = weight.get(w, 0.0) + 1 / len(t)

    def score(i: int) -> float:
        others = sum(weight[w] for w in term_sets[i]) - (1 if term_sets[i] else 0)
        return others + sum(1 for w in term_sets[i] if context[w]) / (len(term_sets[i]) or 1) + 1e-3 * -i

    return cleaned[max(range(len(cleaned)), key=score)]


def central_event(
    summaries: Sequence[Sequence[SummarySentence]], titles: Sequence[str | None] = ()
) -> int | None:
    """The index of a story's most central event: the one whose title and summary hold the most of
    the other events' words (each other event's share of its terms that this one holds, summed), the
    one of most summary sentences' citations, then the first, among equals. None for no events.
    A story without a title of its own can be headed by that event's heading, which says what
    happened ("There are 311 confirmed cases of H1N1 in Scotland …"), where the names its events
    share say only where and who ("Story of 3 events: H1N1, UK, England": briefing12's B11-1)."""
    if not summaries:
        return None
    texts = [
        " ".join([(titles[i] or "") if i < len(titles) else "", *(s.text for s in summary)])
        for i, summary in enumerate(summaries)
    ]
    term_sets = [frozenset(_terms(t)) for t in texts]
    # as headline(): each term weighs 1 / size of every event's terms holding it, so the sum is linear
    weight: dict[str, float] = {}
    for t in term_sets:
        for w in t:
            weight[w] = weight.get(w, 0.0) + 1 / len(t)

    def score(i: int) -> tuple[float, int, int]:
        others = sum(weight[w] for w in term_sets[i]) - (1 if term_sets[i] else 0)
        cited = len({a for s in summaries[i] for a in s.article_ids})
        return (others, cited, -i)

    return max(range(len(summaries)), key=score)
