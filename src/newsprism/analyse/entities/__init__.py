"""Named entities of one article, with roles, and their merge across the articles of an event.

`find_mentions(text) -> list[Mention]` finds the people, organisations and places an article names;
`merge_entities({article_id: mentions}) -> list[Entity]` merges them across the articles of one
event ("Blinken" = "Antony Blinken" = "Secretary of State Blinken").

There is no pretrained tagger offline, so the method is rules over capitalisation, with gazetteers
that ship inside packages and a given-name list shipped here (data/given_names.txt, US Census).
The steps, in the order find_mentions runs them (each module's docstring holds its rules, numbered
as they always were):

    tokens.py       1.  tokens, and candidates: runs of capitalised words, what is no name
    roles.py        2.  a name's role: a title in the run, a role noun before it, an apposition
    types.py        3.  a candidate's type, first cue wins (and _candidates, which makes them)
    context.py      3.  the type of a name left untyped, from the words around its mentions
    coreference.py  4.  within the article: a lone surname to the full name, a person's best role
    departments.py  a department's field alone ("Interior said"): the department, a title or no name
    mentions.py     find_mentions: the steps put together, and the checks on a finished mention
    merge.py        merge_entities: one event's mentions merged into entities

and what they share, which imports none of the steps:

    vocabulary.py   word lists, token patterns, the gazetteers (places, given names, news words)
    names.py        a name's keys: _norm, surname keys, the countries' keys

A module imports only modules named before it in: vocabulary, names, tokens, roles, types,
context, coreference, departments, mentions, merge (no cycles). They import each other relatively, so that a
copy of the package loads under another name (bench/entities_ab.py's reference).
"""

from .mentions import find_mentions
from .merge import merge_entities

__all__ = ["find_mentions", "merge_entities"]
