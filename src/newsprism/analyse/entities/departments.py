"""A US executive department's field alone ("Interior said", "the Interior and Commerce
departments", "the Departments of Homeland Security and Justice", "secretary of State"): the
department, a title's words or no name, by the words around a list of fields (find_mentions reads
the candidates' fates before it types the rest; entities26)."""

from __future__ import annotations

from .tokens import _Candidate, _Tokens
from .vocabulary import DEPARTMENT_FIELDS, _words

# a department's field alone (vocabulary.DEPARTMENT_FIELDS), as a name's words and by their first
# ... as a candidate's name writes them: "Interior", "INTERIOR", "Health and Human Services" (a run's
# words are capitalised but "and", and the _department_fields scan wants no other spelling)
FIELD_SPELLINGS = frozenset(
    spelling
    for field in DEPARTMENT_FIELDS
    for spelling in (
        " ".join(w if w == "and" else w.capitalize() for w in field),
        " ".join(w if w == "and" else w.upper() for w in field),
    )
)
FIELDS_BY_FIRST = {
    first: sorted((f for f in DEPARTMENT_FIELDS if f[0] == first), key=len, reverse=True)
    for first in {f[0] for f in DEPARTMENT_FIELDS}
}
# the words around a field that make it a department's ("the Interior and Commerce departments",
# "Departments of Homeland Security and Justice", "Dept. of the Interior") or an office's title ("the
# Interior and Commerce secretaries", "secretary of Homeland Security"), and the committees whose
# name a field opens ("the House Energy and Commerce subcommittee")
DEPARTMENT_WORDS = _words("department departments dept depts")
SECRETARY_WORDS = _words("secretary secretaries")
# a field before an adviser's noun is the adviser's brief, a title's words: "Obama's Homeland Security
# adviser John Brennan", "the president's Energy adviser" (a White House post, no department's). Not
# "Treasury", the department's own name, whose advisers work in it ("a Treasury adviser")
ADVISER_WORDS = _words("adviser advisor advisers advisors czar")
COMMITTEE_WORDS = _words("committee committees subcommittee subcommittees panel panels caucus")
# what joins two fields in a list ("Departments of Interior, Homeland Security, Energy, and Defense")
FIELD_JOINS = frozenset(((",",), ("and",), ("&",), ("or",), (",", "and")))


def _department_fields(tokens: _Tokens, cands: list[_Candidate]) -> tuple[dict[int, str], list[_Candidate]]:
    """The candidates that are a department's field alone (DEPARTMENT_FIELDS), by their first token:
    the department's name ("Interior Department": one key with "Department of the Interior" in
    merge), or "" for no name. The words around a list of fields name what they are fields of:
    "department(s) of" before or "departments" after ("the Interior and Commerce departments") make
    each the department; "secretary of" before or "secretary" / "secretaries" after a title's words
    (the office is its holder's, a person or none: "then-Secretary of State, Hillary Clinton"), and
    "committee" after, or "and" and a capitalised word that is no field, a fragment of a longer
    name ("the Homeland Security and Governmental Affairs Committee", "Energy and Climate Change
    minister"): no name. A list's "Departments" or "Dept." before "of" is no name alone either.

    A field alone elsewhere ("Interior has established", "the Treasury said") is the department
    when the article names that department or its secretary in one of these ways, as a field's word
    alone is a common noun too ("another State", "Energy giant BP"); a field of two words or more
    names nothing else ("Homeland Security sat back"). "State" alone is a government's adjective as
    often ("State television", "State governments", "State law"): the department only in a list's
    words. Else a field alone names nothing, but "Treasury", the department's own name in the US
    and the UK ("the Treasury said"), which stays an organisation, and "Labor", a party's name too
    (left as it was). With the fates, the departments of a list that no candidate names
    (_titles_listed)."""
    lower, text = tokens.lower, tokens.text
    n = len(lower)
    found: list[tuple[int, int, tuple[str, ...]]] = []  # capitalised fields: (first, end, field)
    taken = 0  # (a field's words open no other)
    for i in [i for i, low in enumerate(lower) if low in FIELDS_BY_FIRST]:
        if i < taken:
            continue
        for field in FIELDS_BY_FIRST[lower[i]]:
            end = i + len(field)
            if tuple(lower[i:end]) == field and all(
                text[j][0].isupper() or lower[j] == "and" for j in range(i, end)
            ):
                found.append((i, end, field))
                taken = end
                break
    kinds: dict[int, str] = {}  # a field's first token -> "department", "title", "none" or "alone"
    evident: set[tuple[str, ...]] = set()  # fields the article names as a department's or a title's
    heads: set[int] = set()  # "Departments" of "the Departments of Commerce and Defense"
    listed: list[tuple[int, int, tuple[str, ...]]] = []  # the fields of a list of departments
    start = 0
    while start < len(found):
        stop = start + 1  # the list found[start:stop]
        while stop < len(found) and tuple(lower[found[stop - 1][1] : found[stop][0]]) in FIELD_JOINS:
            stop += 1
        first, last = found[start][0], found[stop - 1][1]
        j = first - 1 - (first > 0 and lower[first - 1] == "the")
        before = ""
        if j > 0 and lower[j] == "of":
            head = j - 1 - (lower[j - 1] == "." and j > 1)  # "Dept. of"
            before = lower[head]
            if before in DEPARTMENT_WORDS:
                heads.add(head)
        after = lower[last] if last < n else ""
        if before in DEPARTMENT_WORDS or after in DEPARTMENT_WORDS:
            kind = "department"
            if before or text[last].islower():  # ("Justice Department spokesman Peter Carr": his title's)
                listed.extend(found[start:stop])
        elif (
            before in SECRETARY_WORDS
            or after in SECRETARY_WORDS
            or after in ADVISER_WORDS
            and all(field not in UNDEPARTED for _, _, field in found[start:stop])
        ):
            kind = "title"
        elif after in COMMITTEE_WORDS or (
            after in ("and", "&") and last + 1 < n and text[last + 1][0].isupper()
        ):
            kind = "none"
        else:
            kind = "alone"
        for f, _, field in found[start:stop]:
            kinds[f] = kind
            if kind in ("department", "title"):
                evident.add(field)
        start = stop
    fates: dict[int, str] = {}
    ends = {f: (end, field) for f, end, field in found}
    for c in cands:
        if c.first in heads and c.last - c.first == 1:
            fates[c.first] = ""  # the fields after it are the departments: "Departments" alone names none
            continue
        end, field = ends.get(c.first, (0, ()))
        if end != c.last or c.name.casefold() != " ".join(field):
            continue
        kind = kinds[c.first]
        if kind == "alone" and (len(field) > 1 or field in evident and field != ("state",)):
            kind = "department"
        if kind == "department":
            fates[c.first] = f"{c.name} Department"
        elif kind != "alone" or field not in UNDEPARTED:
            fates[c.first] = ""
        elif field == ("treasury",):
            fates[c.first] = c.name
    return fates, _titles_listed(tokens, cands, listed)


def _titles_listed(
    tokens: _Tokens, cands: list[_Candidate], listed: list[tuple[int, int, tuple[str, ...]]]
) -> list[_Candidate]:
    """The departments of a list that no candidate names: a field that is a title's word alone
    ("Justice", no name as "Justice Kennedy"'s title) in "the Departments of Homeland Security and
    Justice", "the Justice and Commerce departments", "the Justice department"."""
    covered: set[int] | None = None
    new = []
    for first, end, _ in listed:
        if covered is None:
            covered = {j for c in cands for j in range(c.first, c.last)}
        if first not in covered:
            name = f"{' '.join(tokens.text[first:end])} Department"
            new.append(
                _Candidate(
                    first=first, last=end, type="organization", name=name, sentence=tokens.sentence[first]
                )
            )
    return new


# the fields alone that name something with no department in the article (_department_fields)
UNDEPARTED = frozenset((("treasury",), ("labor",)))
