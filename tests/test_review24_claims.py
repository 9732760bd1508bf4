"""review24: claims27's possibility words (compare._possible) on plain text: a modal of another
clause, a stated count after 'could', and the month written in capitals, each hiding a real conflict
(an xfail per bug; controls beside them still conflict)."""

from __future__ import annotations

from newsprism.corroborate import corroborate
from newsprism.records import Article, Claim


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, outlet=aid)


def _conflicts(*texts: str) -> list[Claim]:
    arts = [_article(f"outlet{k}", t) for k, t in enumerate(texts)]
    return [c for c in corroborate(arts) if c.status == "conflict"]


OTHER = "The pressure within the well is currently 5,200 pounds per square inch , said Mr Wells ."


def test_controls_conflict() -> None:
    rising = "The pressure within the well , which engineers say is still rising , is currently 6,700 pounds per square inch , said Mr Wells ."
    assert len(_conflicts(rising, OTHER)) == 1
    assert (
        len(
            _conflicts(
                "Officials confirmed only 12 deaths in the town on Tuesday .",
                "Officials confirmed 20 deaths in the town on Tuesday .",
            )
        )
        == 1
    )
    may = "By May 20 the pressure within the well was 6,700 pounds per square inch , said Mr Wells ."
    assert len(_conflicts(may, may.replace("6,700", "5,200"))) == 1


def test_a_modal_in_a_relative_clause_leaves_the_figure_stated() -> None:
    text = "The pressure within the well , which engineers say may still rise , is currently 6,700 pounds per square inch , said Mr Wells ."
    assert len(_conflicts(text, OTHER)) == 1


def test_could_confirm_is_a_stated_count() -> None:
    assert (
        len(
            _conflicts(
                "Officials could confirm only 12 deaths in the town on Tuesday .",
                "Officials confirmed 20 deaths in the town on Tuesday .",
            )
        )
        == 1
    )


def test_the_month_in_capitals_is_no_modal() -> None:
    caps = "By MAY 20 the pressure within the well was 6,700 pounds per square inch , said Mr Wells ."
    plain = "By May 20 the pressure within the well was 5,200 pounds per square inch , said Mr Wells ."
    assert len(_conflicts(caps, plain)) == 1


def _statuses(*texts: str) -> list[tuple[str, tuple[str, ...]]]:
    arts = [_article(f"outlet{k}", t) for k, t in enumerate(texts)]
    return [(c.status, c.article_ids) for c in corroborate(arts)]


STATED = "The top kill procedure is stopping the oil leak from the well , BP said ."


def test_a_plain_question_backs_no_claim() -> None:
    # control: statements._question's own case
    asked = "Is the top kill procedure stopping the oil leak from the well ?"
    assert ("corroborated", ("outlet0", "outlet1")) not in _statuses(asked, STATED)


def test_a_question_with_scare_quotes_backs_no_claim() -> None:
    asked = 'Is the " top kill " procedure stopping the oil leak from the well ?'
    assert ("corroborated", ("outlet0", "outlet1")) not in _statuses(asked, STATED)
