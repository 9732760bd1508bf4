"""The words of a statement (step 2 of corroborate): content words only (English function words
out), lower-cased, possessives and demonyms folded ("China's", "Chinese" -> "china"), cut to a light
stem ("divestment" ~ "divest"), synonyms joined.

In:  a statement's text. Out: _words(text): where each word starts, the word, and what it is
(_Token: its stems as content and as a slot's context, whether it is a figure or holds a number
word), each word read once per run. The number words (_NUMBER_WORDS) the figures are read with.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsprism.analyse.numberwords import TENS
from newsprism.analyse.stopwords import ENGLISH_STOPWORDS, word_set
from newsprism.memo import WordTable

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d[\d,.]*")
# _WORD on a text whose letters are ASCII (_NOT_TYPOGRAPHIC): the same matches, a cheaper class test
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:['’\-][A-Za-z]+)*|\d[\d,.]*")
# English function words and news filler: never content, never a slot's context
_STOPWORDS = ENGLISH_STOPWORDS | word_set(
    """dr say told according one two three re ve ll d m although though however still even already
    yet recently earlier later meanwhile likely reportedly since among amid including"""
)
# words before a name that say what the person is ("Foreign Minister Wang Yi"): left out of the name.
# British honours too: "Lord Coe" (bbc) is "Sebastian Coe" (foxnews), not another Coe ("lady" is not
# one: "Lady Gaga")
_TITLES_TEXT = """
    president vice secretary minister prime foreign deputy chairman chairwoman chair chief spokesman
    spokeswoman spokesperson senator sen rep representative gov governor mayor general gen admiral
    adm commander director ambassador leader king queen prince princess pope judge justice attorney
    officer sergeant sgt lieutenant lt colonel col captain capt mr mrs ms dr professor prof former
    acting envoy premier chancellor speaker whip ceo founder adviser advisor counselor sheriff
    detective inspector superintendent commissioner coach manager chairperson executive lawyer
    officials official
    lord sir dame baroness baron
"""
_TITLES = frozenset(_TITLES_TEXT.split())
# adjective -> country, so "Chinese" and "China's" are one word (the commonest in English news)
_DEMONYMS = {
    "american": "us",
    "america": "us",
    "u.s": "us",
    "united": "us",  # "United States": "states" is then a stop-ish word shared by both
    "chinese": "china",
    "russian": "russia",
    "ukrainian": "ukraine",
    "british": "britain",
    "uk": "britain",
    "french": "france",
    "german": "germany",
    "japanese": "japan",
    "korean": "korea",
    "indian": "india",
    "iranian": "iran",
    "iraqi": "iraq",
    "israeli": "israel",
    "palestinian": "palestine",
    "syrian": "syria",
    "afghan": "afghanistan",
    "pakistani": "pakistan",
    "mexican": "mexico",
    "canadian": "canada",
    "european": "europe",
    "taiwanese": "taiwan",
    "turkish": "turkey",
    "egyptian": "egypt",
    "saudi": "saudi",
}
_SUFFIXES = ("ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly")
STEM_LENGTH = 6  # stems cut to 6 letters: "postponed" ~ "postpone", "divestment" ~ "divest"
# words two outlets use for one thing (one set per line, the first word stands for all): the
# commonest paraphrases of English news reports, so "postponed the trip" meets "canceled the visit";
# also the forms the light stem cannot join, a stem under 3 letters left ("died", "dying": "he later
# died" / "was pronounced dead", heap-10000 event 946) or a noun's "-ager" ("teen" / "teenager");
# claims38, heap-10000 uncapped: 7 new claims (6 right), 2 out (1 wrong, 1 right told in a hub)
_SYNONYM_TEXT = """
    visit trip tour
    cancel postpone delay scrap
    spy surveillance espionage
    weapon arms armament munitions
    law bill legislation measure act
    kill slay
    dead death die died dying fatality
    attack assault strike raid
    aid assistance help support
    war conflict fight combat
    approve pass adopt
    ban prohibit outlaw
    talk negotiation discussion
    meet meeting
    arrest detain
    lawmaker congressman congresswoman
    election vote ballot
    leader head
    company firm
    soldier troop
    injure wound hurt
    president presidency
    teen teenager teenage
"""


def _light_stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if w in _DEMONYMS:
        return _DEMONYMS[w]
    for suffix in _SUFFIXES:
        if len(w) - len(suffix) >= 3 and w.endswith(suffix):
            if suffix == "s" and w[-2] in "su":
                break  # "pass", "status": no plural
            w = w[: -len(suffix)]
            break
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "bann(ing)" -> "ban"
    return w[:STEM_LENGTH]


_SYNONYMS = {
    _light_stem(word): _light_stem(line.split()[0])
    for line in _SYNONYM_TEXT.strip().splitlines()
    for word in line.split()
}


@lru_cache(maxsize=1 << 16)  # a news vocabulary; every statement stems the same words again
def _stem(word: str) -> str:
    stem = _light_stem(word)
    return _SYNONYMS.get(stem, stem)


def _word(token: str) -> tuple[str | None, str | None]:
    """A token's stem as a content word and as a slot's context; None where it is neither (a
    number, a function word; titles are context but not content)."""
    # titles are no content: "US Secretary of State Antony Blinken" in every other sentence would
    # make them all alike
    w = token.lower().replace("’", "'").removesuffix("'s")
    if w[0].isdigit() or w in _STOPWORDS:
        return None, None
    return (None if w in _TITLES else _stem(w)), _stem(token)


# what a statement needs of each of its words, read once per word: its stems as content and context
# (_word), whether it starts with a digit and whether it holds a number word (_cores), and whether it
# is a slot's context (1) or not (0)
_Token = tuple[str | None, str | None, bool, bool, int]
# a statement's words (_WORD): where each starts, the word, and what it is (_Token)
_Words = tuple[list[int], list[str], list[_Token]]
_MAX_TOKENS = 1 << 17  # words kept; the dict starts again when full (a long run's rare words)


def _token(token: str) -> _Token:
    content, context = _word(token)
    return content, context, token[0].isdigit(), _holds_number_word(token), int(context is not None)


# a news vocabulary: every statement reads the same words again (memo.WordTable)
_TOKENS = WordTable(_token, _MAX_TOKENS)


def _words(text: str) -> _Words:
    ascii_letters = text.isascii() or not _NOT_TYPOGRAPHIC.search(text)
    matches = list((_ASCII_WORD if ascii_letters else _WORD).finditer(text))
    tokens = list(map(re.Match.group, matches))
    read = list(map(_TOKENS.__getitem__, tokens))
    return list(map(re.Match.start, matches)), tokens, read


_NUMBER_WORD_TEXT = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
_NUMBER_WORDS = {w: i for i, w in enumerate(_NUMBER_WORD_TEXT.split())} | TENS | {"dozen": 12}
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS)
_JOINER = re.compile(r"['’\-]")  # inside a word of _WORD ("twenty-one", "don't")
# a character other than ASCII and the typographic marks of news text: curly quotes, dashes, the
# ellipsis and the no-break space are no word characters and lower-case to themselves, so a text
# without any other is read as an ASCII one (the slow number search is for the rest)
_NOT_TYPOGRAPHIC = re.compile(r"[^\x00-\x7f’‘“”—–…\xa0]")


def _holds_number_word(word: str) -> bool:
    return not _NUMBER_WORD_SET.isdisjoint(_JOINER.split(word.lower()))
