"""entities34c: a programme, project or initiative that speaks is the body that runs it (an
organisation), no person; a law or a plan that "says" is no speaker (other). The first case is cut
from the heap-10000 article named in its comment; the others are made up (the review's class: "World
Food Programme", "UN Environment Programme" typed person before a speech verb)."""

from newsprism.analyse.entities import find_mentions


def _types(text: str, name: str) -> list[str]:
    return [m.type for m in find_mentions(text) if m.name == name]


def test_a_project_whose_founders_wrote_is_an_organisation() -> None:
    # heap train-829-0: "the founders of the Lincoln Project wrote in a New York Times opinion piece"
    text = (
        "“Patriotism and the survival of our nation are a higher calling than mere politics,” the "
        "founders of the Lincoln Project wrote in a New York Times opinion piece published Tuesday."
    )
    assert _types(text, "Lincoln Project") == ["organization"]


def test_a_un_programme_before_a_speech_verb_is_an_organisation() -> None:
    text = (
        "The UN Environment Programme warned on Monday that the floods would spread. The World Food "
        "Programme said aid had stopped."
    )
    assert _types(text, "UN Environment Programme") == ["organization"]
    assert _types(text, "World Food Programme") == ["organization"]


def test_a_law_that_says_is_no_person() -> None:
    text = "The Clean Air Act says that a state must file a plan. The Marshall Plan said nothing of it."
    assert _types(text, "Clean Air Act") == ["other"]
    assert _types(text, "Marshall Plan") == ["other"]


def test_a_speaker_named_by_two_words_stays_a_person() -> None:
    text = "Rauno Kestila said the show would go on."
    assert _types(text, "Rauno Kestila") == ["person"]


def test_a_programme_named_for_a_person_holds_no_title() -> None:
    # heap train-1553-2: "withhold grant money from the Edward Byrne Memorial Justice Assistance
    # Grant Program" ("Justice" a judge's title cut off a person "Assistance Grant Program")
    text = (
        "A court stopped the administration’s 2017 move to withhold grant money from the Edward Byrne "
        "Memorial Justice Assistance Grant Program, which dispenses over $250 million a year."
    )
    mentions = find_mentions(text)
    assert [m.type for m in mentions if "Grant Program" in m.name] == ["other"]
    assert not [m for m in mentions if m.type == "person"]


def test_a_un_programme_is_an_organisation_a_governments_is_a_scheme() -> None:
    # heap bpoil_foxnews/650: "offers of help from ... Spain , Sweden and the U.N. Environmental
    # Program"; heap 11_5ecbplus: "with the assistance of the United Nations Development Programme"
    text = (
        "Offers came from Norway, Spain, Sweden and the U.N. Environmental Program. A seminar is "
        "organised with the assistance of the United Nations Development Programme. Banks repaid "
        "the Troubled Asset Relief Program."
    )
    assert _types(text, "U.N. Environmental Program") == ["organization"]
    assert _types(text, "United Nations Development Programme") == ["organization"]
    assert _types(text, "Troubled Asset Relief Program") == ["other"]
