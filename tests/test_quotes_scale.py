"""find_quotes and group_statements on many quotes: the work grows with the quotes, not their
square, and the groups of copies are those that comparing every copy gives (session 15)."""

import sys
from collections.abc import Callable

from newsprism.analyse.quotes import find_quotes, group_statements
from newsprism.records import Quote

STORY = [
    ("We will build three new schools this year", "Jane Porter"),
    ("Yes", "Jane Porter"),
    ("a great day", None),  # short, no one named: copies stay apart
    ("miracle", None),
    ("The budget is balanced and fair to all", "Bob Smith"),
]


def _quotes(pairs: list[tuple[str, str | None]]) -> list[Quote]:
    return [
        Quote(article_id=f"a{i}", quote=t, speaker=s, start=0, end=len(t)) for i, (t, s) in enumerate(pairs)
    ]


def _grouped(pairs: list[tuple[str, str | None]]) -> list[list[int]]:
    quotes = _quotes(pairs)
    index = {id(q): k for k, q in enumerate(quotes)}
    return [[index[id(q)] for q in g] for g in group_statements(quotes)]


def _lines_run(names: set[str], call: Callable[[], object]) -> int:
    """How many lines of the functions named `names` run during call(): the work, not its time."""
    count = 0

    def local(frame, event, arg):  # noqa: ANN001, ANN202
        nonlocal count
        count += event == "line"
        return local

    sys.settrace(lambda frame, event, arg: local if frame.f_code.co_name in names else None)
    try:
        call()
    finally:
        sys.settrace(None)
    return count


def test_copies_of_a_short_quote_join_only_where_a_speaker_is_named():
    # no one named: each copy is its own statement
    assert _grouped([("miracle", None)] * 30) == [[k] for k in range(30)]
    # a named copy brings in the unnamed ones before and after it; another name stays apart
    pairs = [("miracle", None)] * 20 + [("miracle", "Jane Porter")] + [("miracle", None)] * 20
    pairs += [("miracle", "Bob Smith")] * 20 + [("miracle", None)] * 5
    assert _grouped(pairs) == [list(range(41)) + list(range(61, 66)), list(range(41, 61))]
    pairs = (
        [("47 percent", "Paul Ryan")] * 20 + [("47 percent", None)] * 20 + [("47 percent", "Joe Biden")] * 20
    )
    assert _grouped(pairs) == [list(range(40)), list(range(40, 60))]


def test_copies_of_a_long_quote_join_whoever_is_named():
    pairs = [("We will build three new schools this year", None)] * 20
    pairs += [("We will build three new schools", "Jane Porter")] * 20
    pairs += [("Three new schools will open this year in the city", None)] * 20
    assert _grouped(pairs) == [list(range(60))]


def test_copies_of_a_story_group_as_its_quotes():
    groups = _grouped(STORY * 50)
    # one group for each quote that joins its copies, one for each copy of the unnamed short ones
    assert sorted(len(g) for g in groups) == [1] * 100 + [50, 50, 50]
    assert groups[0] == list(range(0, 250, 5))


def test_group_statements_work_grows_with_the_copies_not_their_square():
    # every copy of a quote shares every word with the others: the lists of quotes that hold a
    # word were gone through whole for each copy (3,000 copies of a story: 162M steps)
    def work(copies: int) -> int:
        quotes = _quotes(STORY * copies)
        return _lines_run({"group_statements", "root", "cut"}, lambda: group_statements(quotes))

    assert work(400) < 6 * work(100)  # 4 times the copies: about 4 times the work (was 16)


def test_quote_holes_work_grows_with_the_quotes_not_their_square():
    # _blank went over every quote of the text before the part it blanked, for each part
    def work(n: int) -> int:
        text = "The council voted on Tuesday. " + " ".join(["“Yes,” said Jane Porter."] * n)
        return _lines_run({"_blank", "_reaching"}, lambda: find_quotes(text))

    assert work(2000) < 6 * work(500)
