"""quotes29: a tokenised page's spaced straight double marks (bpoil_*, copy-* pages: `" It seems
clear , " said Plater .`) pair by the tokens around them (marks._tokenised_side), so one mark the
page lost no longer turns every quote after it inside out. Cases from heap-10000 pages."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text, "x", None)]


# bpoil_reuters/1846: the page lost the mark that closes King's quote
LOST_MARK = (
    "Nearly 100 lawsuits have already been filed across the Gulf region . "
    '" This is not just an environmental disaster , this is a legal disaster , Alabama Attorney '
    'General Troy King told reporters on Wednesday . " It seems clear that this one will eclipse '
    'the Exxon Valdez payout , " said Zygmunt J.B. Plater , who chaired a legal task force . " The '
    "hit in terms of economics is going to be measurable and it 's going to be greater , \" said "
    "Plater , a law professor at Boston College ."
)


def test_a_lost_mark_turns_no_quote_after_it_inside_out() -> None:
    quotes = [q for q, _ in _quotes(LOST_MARK)]
    # the narration between two quotes was the quote (was 'said Zygmunt J.B. Plater , who chaired ...')
    assert not any(q.startswith("said") for q in quotes)
    assert (
        quotes[-1] == "The hit in terms of economics is going to be measurable and it 's going to be greater"
    )
    assert (
        "The hit in terms of economics is going to be measurable and it 's going to be greater",
        "Zygmunt J.B. Plater",
    ) in _quotes(LOST_MARK)


def test_a_comma_and_a_speech_verb_after_a_spaced_mark_close_it() -> None:
    # bpoil_bbc/1619 in its words, the first mark lost: `, " says Prof Brammer` closes
    text = (
        'the families of the 11 men who died . No one cares how the crisis is affecting him , " says '
        'Prof Brammer . " Getting his life back probably means being able to drop his kids off , " he '
        "said ."
    )
    assert [q for q, _ in _quotes(text)] == [
        "Getting his life back probably means being able to drop his kids off"
    ]


def test_tokenised_quotes_that_pair_in_turn_are_kept() -> None:
    # controls: whole pages pair as before; a quote may open with a lower-case word after a comma
    text = (
        '" We will not rest , " Holder told reporters . He said , " we are looking at everything . " '
        'The " static kill " of the well worked .'
    )
    assert [q for q, _ in _quotes(text)] == [
        "We will not rest",
        "we are looking at everything .",
        "static kill",
    ]


def test_a_spaced_mark_after_a_colon_opens() -> None:
    # H1N1_guardian/845: a quote over paragraphs joined into one line leaves one opening mark over
    # (`... this particular virus . " Today Cuba`); the colon's quote is the column's, not narration
    text = (
        'Ferguson said the virus " could spread widely . He declined to put a number on it . '
        '" One of the key decisions is when to switch to making a vaccine against this virus . " '
        "Today Cuba confirmed its first case . In a newspaper column , the former Cuban leader wrote "
        ': " Mexican authorities did not inform the world , while they waited for Obama \'s visit . " '
        "At least 61 people have been killed ."
    )
    quotes = [q for q, _ in _quotes(text)]
    assert (
        quotes[-1] == "Mexican authorities did not inform the world , while they waited for Obama 's visit ."
    )
    assert not any(q.startswith("At least") for q in quotes)


def test_a_closing_mark_with_no_quote_open_turns_the_mark_before() -> None:
    # bpoil_bbc/1276: a lost mark earlier put the pairing out of step; `men , " Mr Benton said`
    # can only close, so the spaced mark before it opened Benton's quote, and his next quote is his
    text = (
        'The " pods " hold the " electronics and hydraulics . This is where Mr Benton said the problem '
        'had been found . " We saw a leak on the pod , so we informed the company men , " Mr Benton '
        'said of the earlier problem . " They have a control room where they could turn off that pod . " '
        "Mr Benton said his supervisor replied ."
    )
    quotes = _quotes(text)
    assert ("We saw a leak on the pod , so we informed the company men", "Benton") in quotes
    assert quotes[-1] == ("They have a control room where they could turn off that pod .", "Benton")
    assert not any(q.startswith("This is where") for q, _ in quotes)
