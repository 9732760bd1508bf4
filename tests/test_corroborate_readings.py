"""corroborate: two readings of a figure (claims21) — a decimal written "3. 8" (ECB+'s tokenised texts)
is one number, and a plural measure word ("miles", "minutes", "degrees") is a unit as its singular is.

Real sentences of ecbplus (the Qeshm quakes, 20_2ecb / 20_2ecbplus; the Wasilla church fire, 13_1ecb /
13_4ecb) and of the heap's reports; where two outlets must disagree, one real sentence is paired with
the same report carrying another value.
"""

from __future__ import annotations

import pytest

from newsprism.analyse.sentences import split_sentences
from newsprism.corroborate import _values, _words, corroborate
from newsprism.records import Article, Claim


def article(aid: str, text: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text)


def conflicts(a: str, b: str) -> list[Claim]:
    return [c for c in corroborate([article("a", a), article("b", b)]) if c.status == "conflict"]


def figures(text: str) -> list[tuple[float, str]]:
    return [(v.number, v.unit) for v in _values(text, False, _words(text)) if v.kind == "number"]


QUAKE_PLUS = "The seismological bases of Tehran University registered a quake measuring 3. 8 on the Richter scale at 09: 10 hours (0440 GMT) on Monday."


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (QUAKE_PLUS, 3.8),
        (
            "A series of aftershocks have hit the island since it was first rocked by a magnitude - 5. 9 earthquake early Sunday afternoon.",
            5.9,
        ),
        (
            "Power was restored after a blackout caused by the quake, which struck on Sunday with a force of about 6. 0 on the Richter scale.",
            6.0,
        ),
    ],
)
def test_a_spaced_decimal_is_one_number(text: str, number: float) -> None:
    # the sentence splitter reads the number after a number as part of it (sentences.py rule 3e): one
    # sentence holds "3. 8", and corroborate reads it as the splitter does, one figure
    assert len(split_sentences(text)) == 1
    values = [n for n, _ in figures(text)]
    assert number in values
    assert int(number) not in values or number == int(number)
    assert round(number % 1 * 10) not in values or number % 1 == 0


def test_a_spaced_decimal_agrees_with_the_decimal() -> None:
    # before: 3 against 3.8, a conflict
    written = QUAKE_PLUS.replace("3. 8", "3.8")
    assert conflicts(written, QUAKE_PLUS) == []
    other = conflicts(written, QUAKE_PLUS.replace("3. 8", "4. 2"))
    assert [sorted(c.values.values()) for c in other] == [["3.8", "4. 2"]]


def test_degrees_on_the_richter_scale_is_a_magnitude() -> None:
    # 20_2ecb's aftershocks "from 2.8 to 3.8 degrees on the Richter scale" are 20_2ecbplus's "quake
    # measuring 3. 8 on the Richter scale": no unit, so its 3.8 meets the other report's and the two
    # Qeshm quakes' 5.6 / "3. 8" (two events, two years apart, each with Monday aftershocks) is no conflict
    assert figures(
        "The quake has been followed by frequent aftershocks varying from 2.8 to 3.8 degrees on the Richter scale on Monday."
    ) == [(2.8, ""), (3.8, "")]
    ecb = (
        "An earthquake measuring 5.6 on the Richter scale jolted Qeshm island off Iran's southern coast on Sunday, followed by several aftershocks on Monday.\n"
        "The quake has been followed by frequent aftershocks varying from 2.8 to 3.8 degrees on the Richter scale on Monday."
    )
    plus = (
        "The sixth aftershock shook this southern Iranian island in the Persian Gulf on Monday.\n"
        "A series of aftershocks have hit the island since it was first rocked by a magnitude - 5. 9 earthquake early Sunday afternoon.\n"
        + QUAKE_PLUS
    )
    assert conflicts(ecb, plus) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # "80mph": a unit glued to its figure is its unit too (claims23)
        (
            "The hurricane has winds of 80mph and was located about 255 miles south-east of Brownsville .",
            "mph mile",
        ),
        ("Relief workers reached the village 45 minutes after the quake.", "minute"),
        ("Firefighters fought the blaze in temperatures of minus 17 degrees.", "degree"),
        ("The fire destroyed 300 acres of forest .", "acre"),
        ("The ship carried 2,000 metres of cable .", "meter"),
        ("The rig lies in 5,000 feet of water .", "foot"),
    ],
)
def test_a_plural_measure_word_is_a_unit(text: str, unit: str) -> None:
    # _stem cuts "miles" to "mil", "degrees" to "degre": the plural names its singular's unit
    assert [u.split()[0] for _, u in figures(text) if u.strip()] == unit.split()


def test_singular_and_plural_are_one_unit() -> None:
    # "1 mile" and "2 miles" are compared (before, the plural had no unit: never compared)
    one = "The plane went down about 1 mile from the runway, police said."
    assert [sorted(c.values.values()) for c in conflicts(one, one.replace("1 mile", "2 miles"))] == [
        ["1", "2"]
    ]
    assert conflicts(one.replace("1 mile", "2 miles"), one.replace("1 mile", "2 miles")) == []


def test_a_span_in_minutes_counted_up_to_the_writing() -> None:
    # a plural "minutes" is a span word again: "another 30 minutes" counts from the writing (claims20)
    assert [u for _, u in figures("The rescue would take another 30 minutes , officials said .")] == [
        " minute another"
    ]


def test_minus_a_bare_count_is_a_temperature() -> None:
    # ecbplus 13_1ecb / 13_4ecb: "minus 17 degrees" and "minus 20" (no unit word) stay a conflict
    # now that "degrees" is a unit
    assert figures("Outside temperatures were minus 20 as firefighters battled the blaze.") == [
        (20.0, " degree")
    ]
    found = conflicts(
        "Firefighters fought the blaze in temperatures of minus 17 degrees.",
        "Firefighters fought the blaze in temperatures of minus 20.",
    )
    assert [sorted(c.values.values()) for c in found] == [["17", "20"]]
    # no "minus" before it: a bare count, as before
    assert figures("Outside, 20 firefighters battled the blaze.") == [(20.0, "")]


def test_spellings_of_one_unit() -> None:
    # heap (BP oil spill): "6,811 pounds per square inch" and "about 6,800 lbs per square inch"
    pounds = figures("The pressure inside the cap is currently at 6,811 pounds per square inch .")
    lbs = figures("BP said yesterday the level was about 6,800 lbs per square inch ( psi ) .")
    assert pounds[0][1] == lbs[0][1] == " pound"
    assert figures("a 3 km stretch")[0][1] == figures("a 3 kilometres stretch")[0][1] == " kilome"


def test_a_conversion_in_brackets_takes_the_figure_s_hedge() -> None:
    # heap (BP oil spill, BBC / Reuters): "more than 110km ( 70 miles )" allows Reuters' 100 miles
    bbc = "The oil leak has already soiled more than 110km ( 70 miles ) of Louisiana 's coastline , threatening fragile marshlands ."
    assert figures(bbc) == [(110.0, " kilome"), (70.0, " mile")]  # "110km": its unit glued to it (claims23)
    assert [v.hedge for v in _values(bbc, False, _words(bbc)) if v.kind == "number"] == [
        "at least",
        "at least",
    ]
    reuters = "The oil leak has already soiled 100 miles of Louisiana 's coastline , threatening fragile marshlands ."
    assert conflicts(bbc, reuters) == []
    # 60 miles is below "more than 70 miles": still a conflict
    assert len(conflicts(bbc, reuters.replace("100 miles", "60 miles"))) == 1
