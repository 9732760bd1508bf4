"""entities34: a spouse's title ("first lady") is a role, and it tells the bearers of one surname
apart: an office's title or "Mr" before a lone surname fits no bearer titled as the spouse. Each case
is cut from the heap-10000 article named in its comment."""

from newsprism.analyse.entities import find_mentions, merge_entities


def _people(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[m.start : m.end], m.name, m.role) for m in find_mentions(text) if m.type == "person"]


def test_first_lady_is_a_role() -> None:
    # heap train-307-2, train-427-1, train-2279-0, val-163-2
    assert _people("First lady Melania Trump on Wednesday explained it.") == [
        ("Melania Trump", "Melania Trump", "First lady")
    ]
    assert _people("US First Lady Melania Trump has announced a campaign.")[0][2] == "US First Lady"
    text = "The funeral for former first lady Barbara Bush was held on Saturday."
    assert _people(text)[0][1:] == ("Barbara Bush", "former first lady")
    text = "Biden and Harris, along with first lady Jill Biden and second gentleman Doug Emhoff, emerged."
    roles = {name: role for _, name, role in _people(text)}
    assert roles["Jill Biden"] == "first lady"
    assert roles["Doug Emhoff"] == "second gentleman"


def test_the_presidents_title_fits_no_first_lady() -> None:
    # heap train-638-1: "President Trump" was Melania Trump, who showed the role "President"
    text = (
        "President Trump declared victory early Wednesday, as Trump hinted the White House would push "
        "the Supreme Court. The president, speaking from the East Room of the White House, alongside "
        "first lady Melania Trump, Vice President Mike Pence and second lady Karen Pence, thanked "
        "his supporters."
    )
    people = _people(text)
    assert people[0] == ("Trump", "Trump", "President")
    assert people[1] == ("Trump", "Trump", "President")  # (untitled: the nearest, the titled "Trump")
    assert ("Melania Trump", "Melania Trump", "first lady") in people
    assert ("Karen Pence", "Karen Pence", "second lady") in people


def test_nor_a_relative_introduced_by_the_relation() -> None:
    # heap train-1013-0: "President Trump" went to Barron once Melania was no fit
    text = (
        "President Trump on Wednesday gathered reporters in the Oval Office. “We’re going to have to "
        "do something about it,” Trump said at the impromptu briefing. “She’s got a son,” Trump said, "
        "referencing first lady Melania Trump, who was present, and their teenage son Barron Trump."
    )
    names = [name for _, name, _ in _people(text)]
    assert names == ["Trump", "Trump", "Trump", "Melania Trump", "Barron Trump"]


def test_mr_is_no_first_lady_but_the_couple_named_equally_stays_apart() -> None:
    # heap train-442-2: "Mr Trump" went to the nearest full name, Melania Trump
    text = (
        "US President Donald Trump and First Lady Melania Trump have met the Queen. Mr and Mrs Trump "
        "laid a wreath. Minutes before arriving in the UK, Mr Trump criticised the Mayor of London."
    )
    people = _people(text)
    assert people[0][1:] == ("Donald Trump", "US President")
    assert people[1][1:] == ("Melania Trump", "First Lady")
    assert people[2] == ("Trump", "Melania Trump", "First Lady")  # "Mrs Trump"
    assert people[3] == ("Trump", "Donald Trump", "US President")  # "Mr Trump"


def test_the_first_lady_makes_no_principal_of_herself() -> None:
    # heap train-835-0: the titled-principal rule (entities33b) still gives "Biden" to the
    # President-elect, not to the "incoming first lady"
    text = (
        "President-elect Joe Biden and incoming first lady Jill Biden received initial injections of "
        "the vaccine on Monday. “I’m doing this to demonstrate that people should be prepared,” Biden said."
    )
    assert _people(text)[-1] == ("Biden", "Joe Biden", "President-elect")


def test_an_event_keeps_the_titled_surname_from_the_first_lady() -> None:
    # d10 event of heap train-1013-0 and train-2041-1: merge joined the lone "Trump" (President) to
    # the event's one full name, Melania Trump, who showed "President" again
    a = (
        "President Trump on Wednesday gathered reporters in the Oval Office. “She’s got a son,” Trump "
        "said, referencing first lady Melania Trump, who was present, and their teenage son Barron Trump."
    )
    b = "First lady Melania Trump visited a hospital on Tuesday."
    entities = {e.name: e for e in merge_entities({"a": find_mentions(a), "b": find_mentions(b)})}
    assert entities["Trump"].role == "President"
    assert entities["Melania Trump"].role == "first lady"
    assert entities["Barron Trump"].role is None
