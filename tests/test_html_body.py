"""html_body's block features: what is worked out once per page gives the same rows as before."""

from __future__ import annotations

from newsprism.extract.html_blocks import page_blocks, parse_page
from newsprism.extract.html_body import FEATURE_NAMES, _BlockView, _coverage, _ngram_sets, block_features

LEAD = "The council voted on Tuesday to close the old bridge to all traffic for the winter months."
REST = "Engineers found cracks in two of its piers last spring, and repairs will start in März."
PAGE = (
    '<html><body><ul class="nav"><li><a href="/">Home</a></li><li><a href="/n">News</a></li></ul>'
    f'<div class="story"><h1>Bridge closed</h1><p>{LEAD}</p><p class="caption">A photo.</p>'
    f"<p>{REST}</p></div><div class='footer'>© 2024 The Gazette</div></body></html>"
)


def _blocks():
    tree = parse_page(PAGE)
    assert tree is not None
    return page_blocks(tree)


def test_block_words_are_its_word_tokens() -> None:
    blocks = _blocks()
    rest = next(b for b in blocks if b.text == REST)
    assert rest.words[-3:] == ["start", "in", "März"]
    assert rest.words is rest.words  # split once
    assert [b.words for b in blocks if b.text == "© 2024 The Gazette"] == [["2024", "The", "Gazette"]]


def test_coverage_counts_every_4gram_of_the_block() -> None:
    grams = _ngram_sets("a b c d")
    # five 4-grams, two of them (the repeated "a b c d") in the text
    assert _coverage(["a", "b", "c", "d", "a", "b", "c", "d"], grams) == 2 / 5
    # a block under four tokens is looked up whole
    assert _coverage(["b", "c"], grams) == 1.0
    assert _coverage(["c", "b"], grams) == 0.0
    assert _coverage([], grams) == 0.0


def test_a_shared_view_gives_the_rows_of_a_fresh_one() -> None:
    blocks = _blocks()
    read = f"{LEAD}\n{REST}"
    traf = f"Bridge closed\n{LEAD}\nA photo.\n{REST}"
    view = _BlockView(blocks)
    # the view keeps each text's coverage: scoring with one text and then another must not mix them
    with_view = [block_features(blocks, v, r, view) for v, r in ((None, read), (traf, read), (traf, traf))]
    fresh = [block_features(blocks, v, r) for v, r in ((None, read), (traf, read), (traf, traf))]
    assert with_view == fresh
    readability, trafilatura = FEATURE_NAMES.index("readability"), FEATURE_NAMES.index("trafilatura")
    caption = [b.text for b in blocks].index("A photo.")
    votes = fresh[1][caption]
    assert (votes[readability], votes[trafilatura]) == (0.0, 1.0)
    assert all(len(row) == len(FEATURE_NAMES) for rows in fresh for row in rows)
