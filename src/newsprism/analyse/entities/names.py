"""The keys of a name that the stages share: `_norm` (the key merge_entities joins on), a
person's surname keys and suffix ("Jr."), the countries' keys (`_countries`) and the acronyms a
name may go by (`_initials`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

from newsprism.analyse import places as gazetteer

from .vocabulary import (
    CHINESE_SURNAMES,
    COUNTRY_KEYS,
    EAST_ASIAN_GIVEN,
    INITIAL_SKIPS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    WORD,
)


def _one_name_twice_words(lows: Sequence[str]) -> bool:
    """Three words in lower case, the first again after "and": one firm's name ("johnson and
    johnson"), as _one_name_twice finds it in a text."""
    return len(lows) == 3 and lows[1] == "and" and lows[0] == lows[2]


@lru_cache(maxsize=1 << 14)  # a person's name comes back article after article, event after event
def _surname_keys(name: str) -> tuple[str, ...]:
    words = name.split()
    if len(words) < 2:
        return ()
    keys = [_surname_word(words).casefold().rstrip(".")]
    if keys[0][2:3] == "-" and keys[0][:2] in NAME_PARTICLES:
        keys.append(keys[0][3:])  # "Bashar al-Assad" is "Assad" alone
    if len(words) == 2 and (words[0].casefold() in CHINESE_SURNAMES or EAST_ASIAN_GIVEN.fullmatch(words[1])):
        keys.append(words[0].casefold())  # the surname first: "Wang Yi", "Tsai Ing-wen", "Kim Jong-un"
    return tuple(keys)


def _surname_word(words: list[str]) -> str:
    """The last word of a name of two or more words less a generational suffix ("Samuel A. Alito
    Jr." -> "Alito"; normalised keys too: "samuel a alito jr" -> "alito")."""
    if len(words) > 2 and words[-1].casefold().rstrip(".") in NAME_SUFFIXES:
        return words[-2].rstrip(",")
    return words[-1]


def _suffixed(name: str) -> bool:
    """A name that ends in a generational suffix ("Donald Trump Jr.", "donald trump jr")."""
    return name.rsplit(" ", 1)[-1].casefold().rstrip(".") in NAME_SUFFIXES


@lru_cache(maxsize=1 << 16)  # an event's names come back mention after mention
def _norm(name: str) -> str:
    low = name.casefold().replace("u.s.", "us").replace("’", "'")
    if not low.isascii():  # "Guillain-Barré" is "Guillain-Barre", "José" "Jose"
        low = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()
    words = WORD.findall(low)
    if _one_name_twice_words(words):
        del words[1]  # "Johnson and Johnson" is "Johnson & Johnson" (whose "&" is no word)
    return " ".join(words)


@cache
def _countries() -> frozenset[str]:
    """Normalised country names (analyse.places: GeoNames, ISO 3166) and the short forms news use
    ("us")."""
    names = {_norm(n) for n in (*gazetteer.country_names(), *gazetteer.iso_country_names())}
    return frozenset(names | set(COUNTRY_KEYS) | set(COUNTRY_KEYS.values()))


@lru_cache(maxsize=1 << 14)
def _initials(key: str) -> tuple[str, ...]:
    """The acronyms a normalised name may go by: its words' first letters without "of", "the",
    "and", "for" and a possessive's "s" ("asia pacific economic cooperation" -> "apec"), the same
    before a last "and" complement ("centers for disease control and prevention" -> "cdc"), and
    with its "of" ("people s bank of china" -> "pboc", "bank of england" -> "boe")."""
    words = [w for w in key.split() if w not in INITIAL_SKIPS]
    out = ["".join(w[0] for w in words)]
    if " and " in key:
        head = [w for w in key.rsplit(" and ", 1)[0].split() if w not in INITIAL_SKIPS]
        out.append("".join(w[0] for w in head))
    if " of " in key:
        out.append("".join(w[0] for w in key.split() if w == "of" or w not in INITIAL_SKIPS))
    return tuple(i for i in out if len(i) >= 2)
