"""English function words shared by the stages that weigh content words (copies, claims, summaries).

Each stage adds its own news filler to this list ("said", weekdays, "reportedly", ...); the lists
that serve other ends stay with their stage (language detection leaves out words other languages
share, entities list capitalised sentence openers).
"""

from __future__ import annotations

__all__ = ["ENGLISH_STOPWORDS", "word_set"]


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a list written as text."""
    return frozenset(text.split())


ENGLISH_STOPWORDS = word_set(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just may me might more most mr mrs ms must my myself no nor not now of off on once only
    or other our ours ourselves out over own s said same says shall she should so some such t than
    that the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your
    yours yourself"""
)
