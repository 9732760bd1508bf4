"""timeline36: the timex table (tests/data/timex_cases.jsonl, read by tests/test_analyse_timex.py and
bench/timex.py) holds one real phrase of each reading this helper mended: NEGATED_PRESENT, RANGE_BETWEEN,
HAPPENED_THERE, DATELINE_DAY, BY_MONTH, and a guard of HAPPENED_THERE's (a day "on" after a happening is its
clause's) and of BY_MONTH's (a past perfect after it)."""

import json
from pathlib import Path

CASES_PATH = Path(__file__).parent / "data" / "timex_cases.jsonl"
SOURCES = {
    ("t17 bpoil_washingtonpost/673", "August"),
    ("heap train-1625-2", "September"),
    ("heap 6034_right", "January"),
    ("t17 bpoil_reuters/1882", "April 29"),
    ("t17 bpoil_guardian/695", "Thursday"),
    ("t17 bpoil_bbc/1426", "August"),
    ("t17 bpoil_washingtonpost/86", "early April"),
}


def test_the_table_holds_a_phrase_of_each_mended_reading() -> None:
    rows = [json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines()]
    assert {(row["source"], row["phrase"]) for row in rows} >= SOURCES
