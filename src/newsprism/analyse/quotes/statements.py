"""One statement, several wordings: same_statement(a, b) and group_statements(quotes) tell when
quotes in different articles are one statement worded apart (content words shared, weighed by
their rarity in news: SAME_STATEMENT_*); a short quote joins only quotes of its speaker.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsprism.records import Quote

from .patterns import _WORDS

# --- same_statement ------------------------------------------------------------------------------
# Two wordings are one statement when this share of the shorter one's content words is in the
# other. Paraphrased quotes keep their content words and lose or change function words and tense
# ("it was more embarrassing" / "it's more embarrassing": 3 of 3); distinct statements on one
# story share the story's vocabulary but rarely over half of a sentence's content words.
SAME_STATEMENT_OVERLAP = 0.7
# ... and this share of their weight, a word weighing its rarity in news (log of 10,000 articles
# over those holding it: analyse/data/word_df.txt), so that "I don't think we need to translate
# that" is not "I think we need to be very, very careful not to ...": 3 of 4 words, but the rare
# one missing. On BASIL dev (bench/quotes.py) 0.5 still joins 24 pairs of quotes across events,
# 0.6 15 (5 after the window below), and 0.7 splits a spokeswoman's quote from its shorter wording.
SAME_STATEMENT_WEIGHT = 0.6
# the shorter wording is found within a stretch of the longer one at most this many times its
# length (in content words): a partial quote is a passage of the full one, not words strewn over
# a long speech ("not putting people back to work" is no passage of a 60-word quote)
SAME_STATEMENT_SPREAD = 2
# a statement needs this many content words to be matched on overlap; shorter ones (scare quotes
# like "phony") must be equal, or every article using the word would be one statement, and in
# group_statements they must also have one named speaker ("amnesty" in two stories is a word, not
# a statement)
SAME_STATEMENT_MIN_WORDS = 3
WORD_FREQUENCIES_FILE = "data/word_df.txt"
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "then",
        "so",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "it's",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "such",
        "only",
        "own",
        "same",
        "than",
        "too",
        "very",
        "can",
        "will",
        "just",
        "do",
        "does",
        "did",
        "doing",
        "have",
        "has",
        "had",
        "having",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "shall",
        "about",
        "into",
        "over",
        "after",
        "before",
        "again",
        "further",
        "once",
        "also",
        "s",
        "t",
        "d",
        "ll",
        "re",
        "ve",
        "m",
    ]
)
_NEGATIONS = frozenset({"not", "no", "never", "nothing", "nobody", "none", "nor", "cannot"})


# ---------------------------------------------------------------------------------------------------
# one statement, several wordings
# ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Wording:
    """A quote's content words (negations kept): in text order as stems, as a set of stems, and
    themselves in text order (for their weights, _weight)."""

    sequence: tuple[str, ...]
    words: frozenset[str]
    content: tuple[str, ...]


@lru_cache(maxsize=1 << 14)  # group_statements asks for each quote once per pair it is in
def _wording(quote: str) -> _Wording:
    words = _WORDS.findall(quote.lower().replace("n’t", " not").replace("n't", " not"))
    content = tuple(w for w in words if w not in _STOPWORDS or w in _NEGATIONS)
    sequence = tuple(map(_stem, content))
    return _Wording(sequence, frozenset(sequence), content)


@lru_cache(maxsize=1 << 14)
def _weight(quote: str) -> dict[str, float]:
    """Each stem of a quote's wording and its weight: the idf of its first word. Asked only of the
    quotes that same_statement gets as far as weighing (most pairs fail before)."""
    idf = _idf()
    rare = idf[""]
    wording = _wording(quote)
    weight: dict[str, float] = {}
    for stem, word in zip(wording.sequence, wording.content, strict=True):
        if stem not in weight:
            weight[stem] = idf.get(word, rare)
    return weight


def _pairs(sequence: tuple[str, ...]) -> set[tuple[str, str]]:
    return set(zip(sequence, sequence[1:], strict=False))


def _content_words(quote: str) -> frozenset[str]:
    return _wording(quote).words


@lru_cache(maxsize=1)
def _idf() -> dict[str, float]:
    """log(documents / documents holding the word) from WORD_FREQUENCIES_FILE; "" is the weight of
    a word too rare to be listed (counted as half the list's least count)."""
    lines = resources.files("newsprism.analyse").joinpath(WORD_FREQUENCIES_FILE).read_text(encoding="utf-8")
    counts: dict[str, int] = {}
    documents = 0
    for line in lines.splitlines():
        key, _, value = line.partition("\t")
        if key == "# documents":
            documents = int(value)
        elif key and not key.startswith("#"):
            counts[key] = int(value)
    if not documents or not counts:
        raise ValueError(f"{WORD_FREQUENCIES_FILE} has no counts: rebuild it with bench/word_frequencies.py")
    idf = {w: math.log(documents / c) for w, c in counts.items()}
    idf[""] = math.log(documents / (min(counts.values()) / 2))
    return idf


def _stem(word: str) -> str:
    """A crude suffix cut so that "talks"/"talk" and "wanted"/"want" meet; never below 4 letters:
    the first of -ing, -ed, -es and -s that the word ends with and that leaves 4 letters or more
    (asked by the last letter: most words end with none of them)."""
    n = len(word)
    if word.endswith("s"):
        if n >= 6 and word.endswith("es"):
            return word[:-2]
        return word[:-1] if n >= 5 else word
    if word.endswith("ed"):
        return word[:-2] if n >= 6 else word
    if word.endswith("ing"):
        return word[:-3] if n >= 7 else word
    return word


def same_statement(a: str, b: str) -> bool:
    """True when two quotes are one statement worded differently: within a stretch of the longer
    one (SAME_STATEMENT_SPREAD), the shorter one's content words (negations kept) are mostly there,
    by count (SAME_STATEMENT_OVERLAP) and by weight, rare words counting more
    (SAME_STATEMENT_WEIGHT)."""
    wa, wb = _wording(a), _wording(b)
    if not wa.words or not wb.words:
        return False
    if len(wa.words) > len(wb.words):
        wa, wb, a = wb, wa, b
    if len(wa.words) < SAME_STATEMENT_MIN_WORDS:
        return wa.words == wb.words
    if (wa.words & _NEGATIONS) != (wb.words & _NEGATIONS):
        return False
    if len(wa.words & wb.words) < SAME_STATEMENT_OVERLAP * len(wa.words):
        return False
    # one passage: two content words side by side in both ("deserve respect"), not the same words
    # scattered ("America's war ... not Obama's war" is no passage of "the war ... was not ... a
    # war of Obama's choosing")
    if not _pairs(wa.sequence) & _pairs(wb.sequence):
        return False
    weights = _weight(a)  # (a is the shorter quote)
    need_count = SAME_STATEMENT_OVERLAP * len(wa.words)
    need_weight = SAME_STATEMENT_WEIGHT * sum(weights.values())
    # the best stretch of the longer wording: a window sliding over its content words
    width = SAME_STATEMENT_SPREAD * len(wa.sequence)
    seq = wb.sequence
    held: Counter[str] = Counter()
    count = weight = 0.0
    for i, stem in enumerate(seq):
        if stem in wa.words:
            held[stem] += 1
            if held[stem] == 1:
                count, weight = count + 1, weight + weights[stem]
        if i >= width:
            gone = seq[i - width]
            if gone in wa.words:
                held[gone] -= 1
                if held[gone] == 0:
                    count, weight = count - 1, weight - weights[gone]
        if count >= need_count and weight >= need_weight:
            return True
    return False


# group_statements cuts a word's list of quotes to one entry for each quote text in each group, and
# skips a pass known to join nothing, only in a list (and among quotes) holding at least this many
# copies (speed only: fewer add at most as many steps to a pass, less than the bookkeeping costs)
MANY_COPIES = 16


def group_statements(quotes: Iterable[Quote]) -> list[tuple[Quote, ...]]:
    """Quotes grouped into statements, in first-seen order: two quotes join when they are the same
    statement and so are their groups' first quotes. A quote of fewer than SAME_STATEMENT_MIN_WORDS
    content words joins only where its group and the other have one named speaker between them
    (by last word, as the scorer compares speakers: "Clinton" is "Hillary Clinton"): a scare-quoted
    word in two articles ("birthers", "47 percent") is a shared word, not a shared statement. Longer
    quotes are not held to their speakers: an article that names the spokesman and one that names
    the White House, or a wrong attribution, must not split one statement.

    Candidates come by prefix filtering, as in set-similarity joins: a quote with n content words
    needs t = ceil(SAME_STATEMENT_OVERLAP * n) of them in a longer partner, so the partner holds one
    of its n - t + 1 rarest words; only quotes found through those words are compared, so the cost
    follows the rare shared words, not the square of the number of quotes. Copies of one quote (a
    wire story in many outlets) share all their words: a word's list of quotes keeps, once groups
    have joined, one entry for each quote text in each group (cut), so the copies of a story cost
    about as many steps as there are copies, not their square."""
    items = list(quotes)
    parent = list(range(len(items)))
    # the named speaker of each group (by its root), "" while none is named
    speaker = [q.speaker or "" for q in items]

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    words = [_content_words(q.quote) for q in items]
    posting: defaultdict[str, list[int]] = defaultdict(list)
    for k, ws in enumerate(words):
        for w in ws:
            posting[w].append(k)
    frequency = {w: len(ks) for w, ks in posting.items()}  # quotes that hold the word
    sizes = [len(ws) for ws in words]
    texts: dict[str, int] = {}
    text_of: list[int] = []  # each quote's text, by its first quote (asked only for many copies)
    if len(items) > MANY_COPIES:
        text_of = [texts.setdefault(q.quote, k) for k, q in enumerate(items)]
    copies = len(text_of) - len(texts) >= MANY_COPIES
    joins = 0
    # the words whose list holds a quote text more than once (the words of a copy), with the joins
    # made when it was last cut; short lists are left whole (the cut costs as much as a pass)
    repeated: dict[str, int] = {}
    if copies:
        repeated = {
            w: 0
            for k, first in enumerate(text_of)
            if first != k
            for w in words[k]
            if len(posting[w]) >= MANY_COPIES
        }

    def cut(w: str, joins: int) -> None:
        """Keep in w's list the first entry for each quote text in each group. A later copy of the
        same text in the same group (for ever: groups only join) is answered as the first was:
        joined (then it is in k's group), or passed by. Except that a short quote's speaker test
        changes within a pass when k's group gets its first name: a copy passed by before for want
        of a name might join after. But a group that has two quotes and no named speaker holds only
        long quotes (a short quote joins only where a speaker is named), and a long quote is never
        the same statement as a short one (whose words must all be the same): no copy cut could
        have joined later in the pass."""
        firsts, seen = [], set()
        for j in posting[w]:
            key = (text_of[j], root(j))
            if key not in seen:
                seen.add(key)
                firsts.append(j)
        posting[w], repeated[w] = firsts, joins
        if len({text_of[j] for j in firsts}) == len(firsts):
            del repeated[w]  # (one entry for each text: none to cut again)

    # (a text, its group's first quote's text): the joins made when a short quote of the text, in
    # a group of that first quote that names no one, last asked its partners and joined none
    idle: dict[tuple[int, int], int] = {}
    for k, ws in enumerate(words):
        n = sizes[k]
        if not n:
            continue
        short = n < SAME_STATEMENT_MIN_WORDS
        need = n if short else math.ceil(SAME_STATEMENT_OVERLAP * n)
        rk = root(k)  # (it stays the root of k's group while k's partners are asked: they join under it)
        # copies of a short quote that no one is named for: a pass with no join since the last pass
        # of the same two texts joins none either. It asks the same partners the same questions
        # (a group's answers hang on its first quote's text and its speaker), less its own group,
        # plus the last pass's group, which it does not join: both name no one.
        idle_key = None
        if copies and short and not speaker[rk]:
            idle_key = (text_of[k], text_of[rk])
            if idle.get(idle_key) == joins:
                continue
            joins_before = joins
        # (by frequency, then by word: a stable sort of the sorted words)
        for w in sorted(sorted(ws), key=frequency.__getitem__)[: n - need + 1]:
            if repeated and repeated.get(w, joins) < joins:
                cut(w, joins)
            for j in posting[w]:
                if sizes[j] < n:
                    continue
                rj = root(j)
                if rj == rk:
                    continue
                # a word or two in quotes is a statement only when someone is named as saying it,
                # and no one else ("47 percent" is Paul Ryan's in one article, Joe Biden's in another)
                if short and not ((speaker[rk] or speaker[rj]) and _one_speaker(speaker[rk], speaker[rj])):
                    continue
                if (
                    same_statement(items[k].quote, items[j].quote)
                    # and their groups' first quotes too: a short quote inside two long ones must
                    # not chain them into one statement
                    and same_statement(items[rk].quote, items[rj].quote)
                ):
                    parent[rj] = rk
                    speaker[rk] = speaker[rk] or speaker[rj]
                    joins += 1
        if idle_key is not None and joins == joins_before:
            idle[idle_key] = joins
    groups: dict[int, list[Quote]] = {}
    for k, q in enumerate(items):
        groups.setdefault(root(k), []).append(q)
    return [tuple(g) for g in groups.values()]


def _one_speaker(a: str, b: str) -> bool:
    """Two speakers may be one: either is unnamed, their last words are equal ("Clinton", "Hillary
    Clinton"), or one is the other's initials ("NRA", "National Rifle Association")."""
    if not a or not b:
        return True
    wa, wb = _WORDS.findall(a), _WORDS.findall(b)
    if not wa or not wb or wa[-1].casefold() == wb[-1].casefold():
        return True
    initials = ("".join(w[0] for w in wa if w[0].isupper()), "".join(w[0] for w in wb if w[0].isupper()))
    return b in initials[:1] or a in initials[1:]
