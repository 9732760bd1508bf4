"""html_blocks / html_body / html_meta: a URL as an element's id, islands of kept blocks, headlines
in an element named a title."""

from __future__ import annotations

from newsprism.extract.html_blocks import Block, page_blocks, parse_page
from newsprism.extract.html_body import ISLAND_BLOCKS, _BlockView, _without_islands
from newsprism.extract.html_meta import headline, page_meta

LEAD = "The council voted on Tuesday to close the old bridge to all traffic for the winter months."
REST = "Engineers found cracks in two of its piers last spring, and repairs will start in March."


def _blocks_of(page: str) -> list[Block]:
    tree = parse_page(page)
    assert tree is not None
    return page_blocks(tree)


def test_a_url_in_an_id_gives_no_hint_words() -> None:
    # CleanEval's wrapper around the whole page: the URL's words ("comments", "photo") would
    # reach every block as class/id words
    page = (
        '<text id="http://blogs.example.com/2013/02/27/comments-on-the-front-page-photo">'
        f'<html><body><div class="entry-content"><p>{LEAD}</p></div></body></html></text>'
    )
    hints = _blocks_of(page)[0].hints
    assert hints == frozenset({"entry", "content"})
    # a class that is no URL keeps its words
    assert _blocks_of(f'<html><body><div class="photo-caption"><p>{LEAD}</p></div></body></html>')[
        0
    ].hints == {
        "photo",
        "caption",
    }


def _block(text: str, heading: bool = False) -> Block:
    return Block(text=text, tag="h1" if heading else "p", hints=frozenset(), heading=heading)


def test_a_short_kept_block_far_from_the_others_is_an_island() -> None:
    far = ISLAND_BLOCKS + 1
    blocks = (
        [_block("D.C.")] + [_block("Menu")] * (far - 1) + [_block(LEAD), _block("By Jane Doe"), _block(REST)]
    )
    view = _BlockView(blocks)
    first = far
    # "D.C." lies ISLAND_BLOCKS + 1 blocks above the article: it leaves; the short byline between
    # two paragraphs stays
    assert _without_islands(view, [0, first, first + 1, first + 2]) == [first, first + 1, first + 2]
    # one block closer, it stays
    assert _without_islands(view, [1, first, first + 2]) == [1, first, first + 2]
    # a heading, or a block of a sentence or more, is no island however far
    blocks[0] = _block("Bridge closed", heading=True)
    assert _without_islands(_BlockView(blocks), [0, first]) == [0, first]
    blocks[0] = _block(REST)
    assert _without_islands(_BlockView(blocks), [0, first]) == [0, first]
    # a lone kept block is the whole text
    assert _without_islands(view, [0]) == [0]


def test_the_headline_in_an_element_named_a_title_comes_before_the_blocks_above_it() -> None:
    # no <title>, no heading: the plain blocks right above the body are a menu's heading, an
    # author's bare name and a date line, then the headline in a "readArticleTitle" element
    page = (
        "<html><body><div class='menuHead'>Featured Links</div><div>Luke Van Leuveren</div>"
        "<div>29 Dec, 2007</div><div class='readArticleTitle'>PlayStation Store updated</div>"
        f"<p>{LEAD}</p><p>{REST}</p></body></html>"
    )
    tree = parse_page(page)
    assert tree is not None
    blocks = page_blocks(tree)
    assert headline(page_meta(tree), blocks, 3, f"{LEAD}\n\n{REST}") == "PlayStation Store updated"
    # without the class the first plain block of the window is taken, as before
    tree = parse_page(page.replace("readArticleTitle", "box"))
    assert tree is not None
    assert headline(page_meta(tree), page_blocks(tree), 3, f"{LEAD}\n\n{REST}") == "Featured Links"
    # a subtitle is no title
    tree = parse_page(page.replace("readArticleTitle", "subtitle"))
    assert tree is not None
    assert headline(page_meta(tree), page_blocks(tree), 3, f"{LEAD}\n\n{REST}") == "Featured Links"


def test_captions_that_open_the_text_and_short_credit_lines_leave() -> None:
    from newsprism.extract.html_body import _without_leading_captions

    caption = "Singer Amy Winehouse arrives at the MTV Movie Awards in Los Angeles, in this June 3, 2007, file photo."
    later = "The mayor, left, speaks in this photo taken at the opening of the bridge in 1998 by the river."
    blocks = [
        _block("Kevork Djansezian, file"),
        _block(caption),
        _block(LEAD),
        _block("Photo: US Air Force"),
        _block(later),
        _block(REST),
    ]
    view = _BlockView(blocks)
    # the caption and credit above the first paragraph leave; further down a credit line short of
    # a sentence leaves, a caption sentence stays (there the golds disagree)
    assert _without_leading_captions(view, list(range(6))) == [2, 4, 5]
    # a credit line of a sentence or more stays
    blocks[3] = _block("Photo: US Air Force crews load the munitions onto the bomber at the base in Guam.")
    assert _without_leading_captions(_BlockView(blocks), list(range(6))) == [2, 3, 4, 5]


def test_a_tail_of_table_cells_after_the_articles_paragraphs_leaves() -> None:
    from newsprism.extract.html_body import _without_cell_tail

    def cell(text: str) -> Block:
        return Block(text=text, tag="td", hints=frozenset())

    blocks = [
        _block(LEAD),
        _block(REST),
        cell("A publication by the"),
        cell("Path Publishing Group."),
        cell("Come see us again."),
    ]
    view = _BlockView(blocks)
    # the imprint cells after a left block leave
    assert _without_cell_tail(view, [0, 1, 3, 4]) == [0, 1]
    # right below the last paragraph (no left block between) they stay
    assert _without_cell_tail(view, [0, 1, 2, 3, 4]) == [0, 1, 2, 3, 4]
    # number cells (a scorecard) stay
    blocks[3], blocks[4] = cell("1-3, 2-41, 3-44"), cell("4-46, 5-73")
    assert _without_cell_tail(_BlockView(blocks), [0, 1, 3, 4]) == [0, 1, 3, 4]
    # an article of table cells keeps its cells
    cells = [cell(LEAD), cell(REST), _block("Menu"), cell(LEAD)]
    assert _without_cell_tail(_BlockView(cells), [0, 1, 3]) == [0, 1, 3]


def test_a_block_sharing_one_word_with_the_body_beats_a_title_sharing_none() -> None:
    review = (
        "I caught the film Juno recently. The movie is about a girl who gets pregnant at sixteen "
        "and decides to give the baby to a couple."
    )
    page = (
        "<html><head><title>Summit Daily News for Breckenridge, Keystone, Copper and Frisco Colorado"
        " - Arts and Entertainment</title></head><body><p>January 20, 2008</p>"
        "<p>Graceful girl in a similar world</p><p>Get Arts and Entertainment Feeds</p>"
        "<p>By LESLIE BREFELD</p><p>January 17, 2008</p><p>Comments</p><p>Print Email</p>"
        f"<p>{review}</p></body></html>"
    )
    tree = parse_page(page)
    assert tree is not None
    blocks = page_blocks(tree)
    # the headline stands 6 blocks above the body, past the plain blocks right above it
    assert headline(page_meta(tree), blocks, 7, review) == "Graceful girl in a similar world"
    # with no block sharing a word, the title is kept
    other = "The council voted on Tuesday to close the old bridge for the winter months."
    assert headline(page_meta(tree), blocks, 7, other).startswith("Summit Daily News for Breckenridge")


def test_a_deck_right_below_the_h1_gives_way_to_the_h1() -> None:
    deck = "Hugh's efforts to promote free-range chickens are admirable, but insisting on them costs"
    body = (
        "He is such a great cook and publicist, Hugh, that the two parts of his campaign for "
        "free-range chickens blur. Battery farms answer that shoppers want cheap chickens."
    )
    menu = "".join(f"<p><a href='/{w}'>{w}</a></p>" for w in ("Latest", "Show all", "Webfeeds"))
    page = (
        f"<html><body><h1>Battery power</h1><p>{deck}</p><h2>Anne Perkins</h2>{menu}"
        f"<p>January 7, 2008 4:30 PM | Printable version</p><p>{body}</p></body></html>"
    )
    blocks = _blocks_of(page)
    start = next(i for i, b in enumerate(blocks) if b.text == body)
    tree = parse_page(page)
    assert tree is not None
    assert headline(page_meta(tree), blocks, start, body) == "Battery power"
    # a deck below a plain block stays the headline
    plain = page.replace("<h1>Battery power</h1>", "<p>Battery power</p>")
    tree = parse_page(plain)
    assert tree is not None
    assert headline(page_meta(tree), _blocks_of(plain), start, body) == deck


def test_a_teaser_cut_short_above_a_more_link_leaves_the_body() -> None:
    from newsprism.extract.html_body import _without_teasers

    teaser = "Lucky the cat has one less life and may have his tail amputated but he is truly lucky to..."
    page = (
        f"<html><body><h4>Today's paper</h4><p>{teaser}</p><ul><li><a href='/cat'>[ more ]</a></li></ul>"
        f"<h1>Bridge closes</h1><p>{LEAD}</p><p>{REST}</p></body></html>"
    )
    blocks = _blocks_of(page)
    view = _BlockView(blocks)
    at = {b.text: i for i, b in enumerate(blocks)}
    kept = [at[teaser], at[LEAD], at[REST]]
    assert _without_teasers(view, kept) == [at[LEAD], at[REST]]
    # a page that is one story's teaser keeps it
    assert _without_teasers(view, [at[teaser]]) == [at[teaser]]
    # an ellipsis with no "more" link after it stays
    plain = page.replace("[ more ]", "Cats")
    view = _BlockView(_blocks_of(plain))
    assert _without_teasers(view, kept) == kept
