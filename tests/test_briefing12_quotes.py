"""Quotes shows a statement in its fullest wording by its first speaker (B11-2), and a single-source claim
left to Quotes is one Quotes cites with each of its articles (B11-3) (briefing12, session 31).
Phrases from AllSides dev and heap-10000."""

from __future__ import annotations

from pathlib import Path

from newsprism.records import Claim
from test_briefing11_once import _one_event, _quote

# AllSides dev e-fadf08879e49: one outlet quotes a fragment first, another the whole sentence
MURTHY_FRAGMENT = "a serious threat to public health"
MURTHY = "Health misinformation is a serious threat to public health. It can cause confusion, sow mistrust."


def test_quotes_show_a_statement_in_its_longest_wording_not_its_first_fragment(tmp_path: Path) -> None:
    md, page = _one_event(
        tmp_path,
        quotes=(_quote("a0", MURTHY_FRAGMENT, "Vivek Murthy"), _quote("a1", MURTHY, "Vivek Murthy")),
    )
    assert f"> “{MURTHY}” — Vivek Murthy, Outlet a0, Outlet a1 [1][2]" in md
    assert f"“{MURTHY_FRAGMENT}”" not in md and f"“{MURTHY_FRAGMENT}”" not in page


def test_a_longer_wording_given_to_another_speaker_or_out_of_order_is_not_shown(tmp_path: Path) -> None:
    # heap-10000 e-085ef4eb43a1: Clare Spencer's sentence glued to the reporter's text and given to BP
    spencer = "The report is likely to turn attention back to BP"
    glued = f"by the oil giant . The new report criticises BP . {spencer} after several months"
    md, _ = _one_event(tmp_path, quotes=(_quote("a0", spencer, "Clare Spencer"), _quote("a1", glued, "BP")))
    assert f"> “{spencer}” — Clare Spencer, Outlet a0, Outlet a1 [1][2]" in md and "oil giant" not in md
    # the same speaker under another of his names ("Obama") is his: the longer wording is shown
    obama = "With smart, sustainable policies, we can grow our economy today and preserve the environment."
    md, _ = _one_event(
        tmp_path,
        quotes=(_quote("a0", "We can grow our economy today", "Barack Obama"), _quote("a1", obama, "Obama")),
    )
    assert f"> “{obama}” — Obama, Outlet a0, Outlet a1 [1][2]" in md


# heap-10000: a pull quote in a copy and its original (two articles, one report)
PITRE = "I wish we could get a day off from the oil, too"
PITRE_CLAIM = f"“{PITRE},” said Bobby Pitre."


def test_a_single_source_claim_quotes_cite_with_each_of_its_articles_is_left_to_them(tmp_path: Path) -> None:
    md, _ = _one_event(
        tmp_path,
        claims=(Claim(text=PITRE_CLAIM, status="single_source", article_ids=("a0", "a1")),),
        quotes=(_quote("a0", PITRE, "Bobby Pitre"), _quote("a1", PITRE, "Bobby Pitre")),
    )
    assert md.count("get a day off") == 1 and "**Single source:** *1 quoted under Quotes*" in md


def test_a_single_source_claim_stays_where_quotes_miss_one_of_its_articles(tmp_path: Path) -> None:
    # the second article's text holds no quote of it (or one grouped under another statement): the
    # claim is the one line citing that outlet
    md, _ = _one_event(
        tmp_path,
        claims=(Claim(text=PITRE_CLAIM, status="single_source", article_ids=("a0", "a1")),),
        quotes=(_quote("a0", PITRE, "Bobby Pitre"), _quote("a1", "We keep working on the boats", "Bobby Pitre", "st-2")),
    )  # fmt: skip
    assert f"- {PITRE_CLAIM} [1][2]" in md
    assert f"> “{PITRE}” — Bobby Pitre, Outlet a0 [1]" in md
