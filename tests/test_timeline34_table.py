"""timeline34: the timex table (tests/data/timex_cases.jsonl, read by tests/test_analyse_timex.py and
bench/timex.py) holds one real phrase of each reading this helper mended: DOTTED_ABBR, EVE_OF, SURNAME_DAY,
PAST_PLAN, ANY_SUCH_DAY (three of them non-dates) and SUBORDINATE_VERB."""

import json
from pathlib import Path

CASES_PATH = Path(__file__).parent / "data" / "timex_cases.jsonl"
SOURCES = {
    ("heap train-1905-1", "Thursday"),
    ("heap train-1096-2", "Tuesday"),
    ("heap l3s_gn1-915ff932-cc4b-4717-ab02-93edb8345397", "Sunday"),
    ("t17 bpoil_washingtonpost/1144", "May"),
    ("t17 bpoil_foxnews/1155", "Saturday night"),
    ("heap cleanportaleval-tv_msnbc_com_news_28", "Sunday"),
    ("heap val-220-1", "Tuesday"),
}


def test_the_table_holds_a_phrase_of_each_mended_reading() -> None:
    rows = [json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines()]
    assert {(row["source"], row["phrase"]) for row in rows} >= SOURCES
