"""Direct quotes in an article and who said them, by rule.

find_quotes(text, article_id, names) -> list[Quote], in text order; same_statement(a, b) and
group_statements(quotes) tell when quotes in different articles are one statement worded apart.

The stages, in the order they run (each module's docstring holds its rules, numbered
as they always were, so that comments like "2d" or "3f" still point at one place):

    marks.py       1.  quote spans: quote marks paired into spans (1a), titles that are no quotes (1b)
    cues.py        2.  the attribution cue after a quote (2a) or before it (2b): the speaker phrase
    names.py       3a, 3g: a speaker phrase read as a name (titles, particles, words before a name)
    people.py      the article's people (_People): full names, gender, titles, groups, documents
    speakers.py    2c, 2d, 3b-3f: who a cue means among them: a pronoun, a title, an organisation
                   or a group, a document's author; the statement that goes on
    find.py        find_quotes: spans, cues and speakers put together; what is nobody's words
    statements.py  same_statement, group_statements: one statement worded apart across articles

and the words they share, which import nothing of the stages:

    patterns.py    speech verbs, the shape of a name, a subject (the cue patterns of 2)
    lexicon.py     word lists: titles, roles, groups, words that are no name, given names (3),
                   the gazetteer's places and demonyms

A module imports only modules named after it in: find, speakers, people, cues, names, marks,
statements, lexicon, patterns (no cycles: cues names people's _People for type checking only;
names reads word frequencies and stopwords from statements). They import each other relatively, so that a
copy of the package loads under another name (bench/quotes_ab.py's reference).

Names come from `names` (entity mentions) when given, else from capitalised word runs of the text.
"""

from .find import find_quotes
from .marks import MAX_UNMARKED_LINES
from .people import KIN_BEFORE_CHARS
from .statements import group_statements, same_statement

__all__ = [
    "KIN_BEFORE_CHARS",
    "MAX_UNMARKED_LINES",
    "find_quotes",
    "group_statements",
    "same_statement",
]
