"""The summariser's faster readings (speed22) give what the plain definitions give: the same words,
sets iterating in the same order (quality.features sums floats over a candidate's terms), the same
verdicts."""

from __future__ import annotations

import re
from itertools import chain
from operator import itemgetter

from newsprism.summarise import candidates, quality, words
from newsprism.summarise.words import _STOPWORDS, _TOKEN, _reading, _Words

TEXTS = [
    "WASHINGTON (AP) - The Senate voted 51-49 on Tuesday to pass the $1.9 trillion bill, the first in 2021.",
    "In the 1000s and 1990s, 3 of 4 MPs' aides said the U.S. Fed's chair, Mr. O'Neill, spoke.",
    "“It’s over,” he said! Prices rose 3.5% — the most since 2008 — as rock'n'roll fans' tickets sold.",
    "Ο ΚΟΣΜΟΣ ΜΑΣ. Héllo Wörld, São Paulo’s mayor said on Monday; ² and ½ are no digits here.",
    "a_B _c d''E 'F x'_Y 123ABC abc123 'Quoted' words and O'Brien'S rock'n'Roll.",
    "",
    "the of and to in",
    "I think you are right about my plans, said the man from War I in (I-Vt.) me-too.",
]


def _old_reading(text: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """_reading as the comprehensions wrote it before speed22."""
    tokens = _TOKEN.findall(text.lower())
    stems = [words._stem(w) for w in tokens]
    content = [None if w in _STOPWORDS else x for w, x in zip(tokens, stems, strict=True)]
    terms = frozenset({x for x, w in zip(content, tokens, strict=True) if x is not None and not w.isdigit()})
    concepts = {x for x in content if x is not None}
    concepts.update(
        f"{a} {b}" for a, b in zip(content, content[1:], strict=False) if a is not None and b is not None
    )
    return terms, frozenset(concepts), tuple(stems)


def test_a_reading_has_the_same_sets_in_the_same_order() -> None:
    more = [" ".join(TEXTS), *(t.upper() for t in TEXTS), *(t.lower() for t in TEXTS)]
    for text in TEXTS + more:
        _reading.cache_clear()
        words._words.cache_clear()
        new, old = _reading(text), _old_reading(text)
        assert new == old
        assert list(new[0]) == list(old[0]) and list(new[1]) == list(old[1])
        read = _Words.of(text)
        assert list(read.term_set()) == list(old[0])
        assert list(read.concepts()) == list(old[1])


def test_the_ascii_words_are_the_unicode_pattern_s() -> None:
    for text in TEXTS:
        for variant in (text, text.upper(), text.encode("ascii", "ignore").decode()):
            assert _Words.of(variant).tokens == _TOKEN.findall(variant.lower())


def test_furniture_words_are_tested_one_by_one_as_listed() -> None:
    for word in candidates._FURNITURE_WORDS:
        assert candidates._holds_furniture_word(f"x {word} y")
    assert not candidates._holds_furniture_word("the senate voted on the bill on tuesday")
    for text in TEXTS + ["Sign up for our newsletter.", "This site uses cookies.", "Read more on our page."]:
        lowered = text.lower()
        assert candidates._holds_furniture_word(lowered) == any(
            w in lowered for w in candidates._FURNITURE_WORDS
        )


def test_the_voice_pattern_matches_as_without_its_lookahead() -> None:
    plain = re.compile(candidates._VOICE.pattern.removeprefix("(?=[IMmYy])"))
    assert plain.pattern != candidates._VOICE.pattern
    samples = TEXTS + [
        "You're right.",
        "My word.",
        "It is me.",
        "Your call, your vote.",
        "I'm here.",
        "I-95 closed.",
        "World War I ended.",
        "Sen. Bernie Sanders (I-Vt.) spoke.",
        "Yours truly.",
        "Tim said you know.",
    ]
    for text in samples:
        assert [m.span() for m in candidates._VOICE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_junk_with_its_word_count_given_is_junk_without() -> None:
    samples = TEXTS + [
        '"He said so," she added to the reporters there.',
        "“A quote alone, with nothing else to it.”",
        'A "quote here and" there and " one more',
        "Why did the senate vote against the bill today?",
        "The bill passed the house and the senate and.",
    ]
    for text in filter(None, samples):
        assert candidates._is_junk(text, len(text.split())) == candidates._is_junk(text)


def _old_shares(text: str) -> tuple[float, float]:
    tokens = _TOKEN.findall(text)
    return (
        sum(map(_STOPWORDS.__contains__, map(str.lower, tokens))) / (len(tokens) or 1),
        sum(map(str.isupper, map(itemgetter(0), tokens[1:]))) / (len(tokens) or 1),
    )


def test_word_shares_are_those_of_the_text_s_words() -> None:
    extra = [
        "O'Neill and McDonald's 'Big' 'mac",
        "x_Y _Z a'B 'C d''E",
        "123 ABC",
        "  Hello World",
        "a-B c.D e,F",
    ]
    for text in chain(TEXTS, extra, (t.title() for t in TEXTS)):
        assert quality._word_shares(text) == _old_shares(text)
