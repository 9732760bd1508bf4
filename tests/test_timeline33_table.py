"""timeline33: the timex table (tests/data/timex_cases.jsonl, read by tests/test_analyse_timex.py and
bench/timex.py) holds one real phrase of each reading this helper mended: TIMETABLE_CLAUSE, AHEAD_OF_NOW,
SPLIT_INTENT_TOLD, PAST_INTENT, SLATED, COMMENT_STAMP, NAMED_DAY_BEFORE (two of them non-dates). The rows
are the lead's to add: /tmp/h30/timeline33/timex_cases.diff."""

import json
from pathlib import Path

CASES_PATH = Path(__file__).parent / "data" / "timex_cases.jsonl"
SOURCES = {
    ("t17 bpoil_reuters/1853", "Wednesday"),
    ("t17 bpoil_reuters/163", "Tuesday"),
    ("heap train-2055-0", "Thursday"),
    ("t17 bpoil_reuters/1749", "Monday"),
    ("t17 bpoil_bbc/380", "Wednesday"),
    ("t17 bpoil_reuters/1263", "Thursday"),
    ("basil d3a1ce0a-fc48-4827-a278-8f0ce8c7a519_2", "June 25"),
    ("t17 H1N1_bbc/746", "This morning"),
    ("t17 bpoil_guardian/2111", "Monday"),
    ("t17 bpoil_guardian/132", "Wednesday"),
}


def test_the_table_holds_a_phrase_of_each_mended_reading() -> None:
    rows = [json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines()]
    assert {(row["source"], row["phrase"]) for row in rows} >= SOURCES
