"""Step 2 of find_mentions: a name's role from the words around it.

2. Roles. a. A title inside the run ("US Secretary of State Antony Blinken", "Shanghai Communist
   Party Secretary Chen Jining") is the role of the name after it; its office goes on over "and"
   up to a given name ("Secretary of Housing and Urban Development Julian Castro"; with no name
   after it, no person: "the Secretary of Housing and Urban Development"), but not once a name
   has begun in it ("Secretary of State Hillary Clinton and Democratic allies"), and after its "of"
   up to a place or a given name ("Chief of Police Scott Russell", "President of Mexico Felipe
   Calderon"; with neither, one or two words after "of" are the office's domain, no person:
   "Governor of Qeshm", "the President of Exxon"); a title's
   "-designate" or "-elect" is the title's ("Speaker-designate Nancy Pelosi"). b. A role noun in lower case
   just before the name, with its modifiers ("Chinese Foreign Ministry spokesman Wang Wenbin").
   c. An apposition after the name ("Vivian Balakrishnan, Singapore's foreign minister,") or
   before it ("Biden's national security adviser, Jake Sullivan"). d. A relative role ("his
   Chinese counterpart Qin Gang", "his predecessor, Mike Pompeo") borrows the role of the person
   it is relative to (the nearest person named before it in the sentence).
"""

from __future__ import annotations

from collections.abc import Sequence

from .tokens import _dateline_place, _Tokens
from .vocabulary import (
    CLAUSE_WORDS,
    DETERMINERS,
    DOTTED_ACRONYM,
    FUNCTION_WORDS,
    LONG_CAPITALS,
    MAX_APPOSITION_WORDS,
    PERSON_VERBS,
    QUOTES,
    RELATIVE_ROLES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    RULING_VERBS,
    SPOUSE_HEADS,
    SPOUSE_RANKS,
    TIME_PREFIXES,
    TITLE_HEADS,
    _is_given_name,
)


def _role_before(tokens: _Tokens, first: int) -> tuple[str | None, str | None]:
    """A lower-case role phrase right before a name (2b) or before ", name" (2c): (role, relative)."""
    text, lower, cap = tokens.text, tokens.lower, tokens.cap
    if tokens.opens[first]:
        # a name that opens a sentence has no role before it: the words there end the one before,
        # which the page's extraction glued to it ("End Quote Jane Lubchenco NOAA chief Surface
        # samples confirmed": a quote box's role line, tokens._box_role_end)
        return None, None
    k = first - 1
    if (
        k >= 0
        and text[k] == ","
        and k - 1 >= 0
        and (lower[k - 1] in ROLE_NOUNS or _spouse_title(tokens, k - 1))
    ):
        k -= 1
    spouse = k >= 0 and lower[k] in SPOUSE_HEADS and _spouse_title(tokens, k)
    if k < 0 or not spouse and (lower[k] not in ROLE_NOUNS or cap[k]):
        return None, None
    end = k
    begin = k - 1 if spouse else k  # ("first lady": two words)
    relative = RELATIVE_ROLES.get(lower[k])
    j = begin - 1
    while (
        j >= 0 and not tokens.newline[j + 1]
    ):  # (a heading above is no part of it: "at CPAC / Fox News host")
        low = lower[j]
        if (
            low in ROLE_MODIFIERS
            or low in ROLE_NOUNS
            or text[j] == "-"
            and not _dash(tokens, j)
            or cap[j]
            and low not in FUNCTION_WORDS
            or "-" in low
            and _time_prefixed(text[j])
        ):
            begin = j
        elif low == "s" and j >= 2 and text[j - 1] in ("'", "’") and cap[j - 2]:
            begin = j - 2  # "Biden's national security adviser"
            j -= 2
        else:
            break
        j -= 1
    # a capitalised run that ends a sentence before the role is not part of it
    while begin < (end - 1 if spouse else end) and tokens.opens[begin] and lower[begin] in FUNCTION_WORDS:
        begin += 1
    role = " ".join(_join_tokens(tokens, begin, end + 1).split())
    return role, relative


def _dash(tokens: _Tokens, j: int) -> bool:
    """The "-" at j is a dash, which no role reaches over, not a hyphen that tokenised text spaced out
    ("then - assistant coach", "co - counsel"): one of the two of "--" ("NEWCASTLE, England --
    Portsmouth manager Harry Redknapp"), or a spaced "-" after a dateline that opens the line, a town
    in capitals with its country or state ("NEWCASTLE, England - Newcastle manager Sam Allardyce",
    "MONTREAL - General manager Bob Gainey"; not "BP - Amoco": an acronym)."""
    text, gaps, cap, newline = tokens.text, tokens.gaps, tokens.cap, tokens.newline
    if j + 1 < len(text) and text[j + 1] == "-" and not gaps[j + 1] or text[j - 1] == "-" and not gaps[j]:
        return True
    if not gaps[j]:
        return False
    i = j - 1
    while i > 0 and not newline[i] and (cap[i - 1] or text[i - 1] == ","):
        i -= 1
    return (i == 0 or bool(newline[i])) and LONG_CAPITALS.match(text[i]) is not None


def _spouse_title(tokens: _Tokens, k: int) -> bool:
    """Token k is the head of a spouse's title in lower case ("first lady", "second gentleman"; the
    rank may open the sentence: "First lady Melania Trump")."""
    return (
        k >= 1
        and tokens.lower[k] in SPOUSE_HEADS
        and not tokens.cap[k]
        and tokens.lower[k - 1] in SPOUSE_RANKS
    )


def _time_prefixed(word: str) -> bool:
    """A capitalised word after a time prefix ("ex-Soviet", "then-Texas"): the role's qualifier, as
    "former Soviet" is ("the ex-Soviet leader Mikhail Gorbachev" was only "leader")."""
    prefix, _, rest = word.partition("-")
    return prefix.casefold() in TIME_PREFIXES and rest[:1].isupper()


def _name(tokens: _Tokens, begin: int, end: int) -> str:
    """A name as the article writes it, less a nickname in quotes and the dots of an acronym
    ("William "Mo" Cowan" -> "William Cowan", "N.A.A.C.P." -> "NAACP", but "U.S." stays)."""
    text = tokens.text
    if end - begin == 1:  # two names in three
        word = text[begin]
        return word.replace(".", "") if "." in word and DOTTED_ACRONYM.fullmatch(word) else word
    words: list[str] = []
    i = begin
    while i < end:
        word = text[i]
        if word in QUOTES and i + 2 < end and text[i + 2] in QUOTES:
            i += 3
            continue
        if "." in word and DOTTED_ACRONYM.fullmatch(word):
            word = word.replace(".", "")
        if words and (not tokens.gaps[i] or _tokenised_possessive(text, i, end)):
            words[-1] += word  # "People's", "AT&T"; a tokenised "Moody 's" or "McDonald’ s" is "Moody's"
        else:
            words.append(word)
        i += 1
    return " ".join(words)


def _tokenised_possessive(text: Sequence[str], i: int, end: int) -> bool:
    """Token i is the apostrophe or the "s" of a possessive written apart ("Moody 's", "BBC ’ s"),
    which joins the word before it."""
    word = text[i]
    return (
        word == "s" and text[i - 1] in ("'", "’") or word in ("'", "’") and i + 1 < end and text[i + 1] == "s"
    )


def _join_tokens(tokens: _Tokens, begin: int, end: int) -> str:
    parts: list[str] = []
    text = tokens.text
    for i in range(begin, end):
        word = text[i]
        if parts and (not tokens.gaps[i] or _tokenised_possessive(text, i, end)):
            parts[-1] += word  # ("Biden's national security adviser", a tokenised "BBC 's")
        else:
            parts.append(word)
    return " ".join(parts)


# what _apposition_after gives for a comma before a list's next item, a titled full name: no role,
# but the name before the comma is an item of a list of people (types._apposition)
LIST_ITEM = ""


def _possessive_run(tokens: _Tokens, j: int) -> bool:
    """The capitalised words from token j end in a possessive ("Donald Trump’s", "Bill Clinton 's")."""
    text, cap = tokens.text, tokens.cap
    n = len(text)
    while j < n and cap[j]:
        if text[j].endswith(("'s", "’s")):
            return True
        j += 1
    return j < n and (
        text[j] in ("'s", "’s", "'", "’") or text[j] == "s" and j > 0 and text[j - 1] in ("'", "’")
    )


def _apposition_after(tokens: _Tokens, last: int) -> tuple[str | None, str | None]:
    """ ", Singapore's foreign minister," after a name (2c): (role, relative); LIST_ITEM where the
    comma starts a list's next item, a titled full name."""
    text, lower, cap = tokens.text, tokens.lower, tokens.cap
    n = len(text)
    if last >= n or text[last] != ",":
        return None, None
    j = last + 1
    while j < n and lower[j] in DETERMINERS:
        j += 1
    begin = j
    if j >= n or not (cap[j] or lower[j] in ROLE_MODIFIERS or lower[j] in ROLE_NOUNS):
        return None, None  # "Wang Yi, and a likely meeting ..." is no apposition
    has_role = False
    titled_run = True  # every word so far capitalised or a role word: a title before a name, maybe
    relative = None
    words = 0
    dateline = False  # the role ends where a dateline's town in capitals begins
    while j < n and words <= MAX_APPOSITION_WORDS:
        low = lower[j]
        if text[j] in (",", ".", ";", ":", ")", "(", "—", "–", "“", "”", '"', "|") or low in CLAUSE_WORDS:
            break  # (a page's "|" ends a byline's line: "Health and Science Editor WASHINGTON | Wed Apr 29")
        if j > begin and _dateline_place(tokens, j):
            dateline = True
            break  # "By Alister Doyle , Environment Correspondent OSLO , June 7": the dateline's town
        if low in PERSON_VERBS or low in RULING_VERBS:
            return None, None  # "... the First Amendment, a federal judge ruled": a clause's subject
        if (
            low == "and"
            and j + 2 < n
            and cap[j + 1]
            and lower[j + 1].rstrip(".") in TITLE_HEADS
            and cap[j + 2]
            and _is_given_name(lower[j + 2])
        ):
            # "Boehner , Cantor and Rep. Mike Pence , R-Ind . , said", "Tom Cotton, Josh Hawley and
            # Pat Toomey and Representative Chris Smith,": a list of people, a title and the next
            # one's given name after "and", no apposition of the first (not "Jack Moore, President
            # and Chief Executive Officer,")
            return None, None
        if (
            has_role
            and titled_run
            and cap[j]
            and j + 1 < n
            and cap[j + 1]
            and _is_given_name(low)
            and low not in ROLE_NOUNS
            and low.rstrip(".") not in TITLE_HEADS
            and not _possessive_run(tokens, j)
        ):
            # "Joe Biden, Emmanuel Macron, German Chancellor Olaf Scholz and others": the title runs
            # straight into a capitalised full name, so it is that name's own title (2a/2b) and the
            # comma starts the list's next item, no apposition of the name before it. (A full name
            # after a lower-case link word stays an apposition: "Hunter Biden, son of President Joe
            # Biden,", "a former aide to Senator John Smith,"; so does one whose titled name is a
            # possessor: "Robert Reich, President Bill Clinton's labor secretary,".)
            k = j
            while k < n and cap[k]:
                k += 1
            # a list only where it goes on after that name (", ..." or "and ..."); "Inside, Speaker
            # Nancy Pelosi was ..." and "through Inauguration Day, CEO Mark Zuckerberg announced" are
            # an opener and a clause's subject
            return (LIST_ITEM if k < n and lower[k] in (",", "and", "or") else None), None
        if not (cap[j] or low in ROLE_MODIFIERS or low in ROLE_NOUNS):
            titled_run = False
        if (
            low in ROLE_NOUNS
            or (cap[j] and low.rstrip(".") in TITLE_HEADS)
            or low in SPOUSE_HEADS
            and j > begin
            and _spouse_title(tokens, j)
        ):
            has_role = True
            relative = relative or RELATIVE_ROLES.get(low)
        words += 1
        j += 1
    end_ok = j >= n or text[j] in (",", ".", ";", ")", "—", "–") or dateline
    if not has_role or not end_ok or j == begin:
        return None, None
    # the role ends at its last role word: "foreign minister who ..." never reaches here
    return _join_tokens(tokens, begin, j), relative
