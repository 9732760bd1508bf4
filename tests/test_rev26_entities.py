"""review26: entities31's 9d1a59c drops one word in capitals typed an organisation where it ends as an
inflected English word does, but the code does not ask what typed it: a firm's noun right before it
names a firm ("The insurer PROGRESSIVE"). The fix: /tmp/h23/review26/entities.patch (dev +
heap-10000 texts with such a word: mentions identical)."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities.mentions import find_mentions


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


# made-up, wire wording
@pytest.mark.xfail(
    strict=True, reason="9d1a59c: a firm named by its noun dropped as an inflected word (entities.patch)"
)
def test_rev26_firm_noun_keeps_a_firm_in_capitals() -> None:
    assert ("PROGRESSIVE", "organization") in _names(
        "The insurer PROGRESSIVE reported higher profits on Tuesday."
    )


# ... and 9d1a59c's own cases stay dropped (real: T17 bpoil_reuters/403, bpoil_washingtonpost/2095)
@pytest.mark.parametrize(
    "text",
    [
        "CEO HAYWARD LOSES HIS JOB - UNLIKELY , FOR NOW Tony Hayward has been a target",
        "I refer to all the METHANE that PRESSURIZED the flow of this gusher",
    ],
)
def test_rev26_inflected_capitals_still_no_name(text: str) -> None:
    names = [name for name, _ in _names(text)]
    assert "UNLIKELY" not in names and "PRESSURIZED" not in names
