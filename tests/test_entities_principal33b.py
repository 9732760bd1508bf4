"""A lone surname shared by several people of the article goes to the one the article names in full
far more often (entities33b; the cases cut from heap-10000 articles named in their comments)."""

from newsprism.analyse.entities import find_mentions


def _lone(text: str, word: str) -> list[str]:
    return [m.name for m in find_mentions(text) if text[m.start : m.end] == word]


def test_a_daughter_named_last_does_not_take_her_fathers_surname() -> None:
    # heap:copy-000634-958794 (readers' comments on Dick Cheney, named in full 12 times; Liz Cheney twice in between)
    text = (
        "Former Vice President Dick Cheney ran Halliburton. Dick Cheney wrote the rules. "
        "Critics blame Dick Cheney for the spill. Dick Cheney kept quiet. His daughter Liz Cheney defended him on television. "
        "Liz Cheney said the attacks were unfair. Where 's Cheney now ? In the bunker , no doubt ."
    )
    assert _lone(text, "Cheney") == ["Dick Cheney"]


def test_a_wife_introduced_once_does_not_take_the_coachs_surname() -> None:
    # heap:l3s_gn1-7cc11b64-4fa3-4bcc-a989-6fe0ccbf2c71 (Joe Paterno; "wife Sue Paterno" once)
    text = (
        "Joe Paterno was asked about his age. Joe Paterno laughed. Fans cheered Joe Paterno, "
        "including wife Sue Paterno. When asked about it Friday, Paterno smiled and shrugged it off."
    )
    assert _lone(text, "Paterno") == ["Joe Paterno"]


def test_two_namings_against_one_leave_the_nearest() -> None:
    # heap:train-2343-1: "Michelle Obama" twice, "Barack Obama" once; the man is Barack
    text = (
        "Former President Barack Obama placed second. Trump's first-place finish ends a 12-year run as "
        "most admired man for Obama. Michelle Obama was the most admired woman. Michelle Obama led."
    )
    assert _lone(text, "Obama") == ["Barack Obama"]


def test_the_one_titled_bearer_takes_the_surname_where_none_is_named_more() -> None:
    # heap:copy-001150-366159 (Reuters: "Prime Minister Silvio Berlusconi" and "Veronica Berlusconi")
    text = (
        "Prime Minister Silvio Berlusconi's wife Veronica Berlusconi said she wants a divorce. "
        "Veronica Berlusconi said the party was trashy. Berlusconi told reporters in Warsaw it was absurd."
    )
    assert _lone(text, "Berlusconi") == ["Silvio Berlusconi"]


def test_the_younger_one_is_not_the_titled_one() -> None:
    # heap:train-1241-0 ("the younger Biden's taxes" is Hunter's)
    text = (
        "President-elect Joe Biden defended his son Hunter Biden amid an ongoing investigation into "
        "the younger Biden's taxes."
    )
    assert _lone(text, "Biden") == ["Hunter Biden"]
