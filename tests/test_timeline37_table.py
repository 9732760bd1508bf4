"""timeline37: the timex table (tests/data/timex_cases.jsonl, read by tests/test_analyse_timex.py and
bench/timex.py) holds one real phrase of each reading this helper mended: YEAR_OF_CLAUSE, OWNER_DAY,
DASH_RANGE, a day's period to the end of a month, THAT_YEAR, and a guard of OWNER_DAY's (an owner's day
half a year back stays behind the page)."""

import json
from pathlib import Path

CASES_PATH = Path(__file__).parent / "data" / "timex_cases.jsonl"
SOURCES = {
    ("t17 bpoil_washingtonpost/175", "January"),
    ("t17 bpoil_reuters/1603", "May 28"),
    ("t17 bpoil_bbc/761", "22 April"),
    ("t17 bpoil_reuters/170", "November"),
    ("t17 H1N1_reuters/322", "June"),
    ("t17 bpoil_foxnews/1319", "April 20"),
}


def test_the_table_holds_a_phrase_of_each_mended_reading() -> None:
    rows = [json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines()]
    assert {(row["source"], row["phrase"]) for row in rows} >= SOURCES
