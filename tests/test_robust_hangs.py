"""Adversarial inputs that once made a digest stage run for ever (robustness audit, session 14)."""

import os
import signal
import subprocess
import sys

from newsprism.summarise.headlines import _strip_outlet, headline

# a regex search holds the interpreter lock, so a thread's join(timeout) cannot stop it: the
# adversarial call runs in a child process that is stopped at the limit. The limit is on the
# child's CPU time (RLIMIT_CPU), which other work on a shared machine does not lengthen: 30 s of
# wall time failed the 100,000-quote case (5 s of CPU) on 2 cores under a load of 7. The wall
# limit only backs it up where there is no RLIMIT_CPU.
LIMIT_S = 30
WALL_LIMIT_S = 600


def _cpu_limit() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (LIMIT_S, LIMIT_S + 5))


def _finishes(code: str) -> str:
    """The output of `code` run by a fresh interpreter, failing when it runs past LIMIT_S of CPU."""
    posix = os.name == "posix"
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=WALL_LIMIT_S if posix else LIMIT_S,
            preexec_fn=_cpu_limit if posix else None,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError(f"did not finish in {WALL_LIMIT_S if posix else LIMIT_S} s") from None
    if posix and done.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        raise AssertionError(f"ran past {LIMIT_S} s of CPU")
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_outlet_suffix_on_a_long_run_of_capitals_ends():
    # a separator, then a long run of capitals that does not end the title: the suffix pattern
    # used to try every split of the run into up to five words (80 letters 0.5 s, 160 about 15 s)
    code = (
        "from newsprism.summarise.headlines import _strip_outlet, headline\n"
        "title = 'Senate passes the budget bill - ' + 'A' * 5000 + '!'\n"
        "print(_strip_outlet(title) == title, headline([title]) == title)\n"
    )
    assert _finishes(code).split() == ["True", "True"]


def test_outlet_suffix_still_goes():
    assert _strip_outlet("Senate passes the budget bill - Reuters") == "Senate passes the budget bill"
    assert _strip_outlet("Senate passes bill | Political News") == "Senate passes bill"
    assert _strip_outlet("Senate passes bill — The New York Times") == "Senate passes bill"
    assert _strip_outlet("Senate passes bill - AP") == "Senate passes bill"
    # too little left: kept
    assert _strip_outlet("Senate passes - Reuters") == "Senate passes - Reuters"


def test_headline_of_an_event_of_many_copies_ends():
    # 40,000 copies of one wire story: the headline score compared every pair of headlines (about
    # 0.9 s for 3,000, so minutes here); the most shared headline still wins, less its outlet
    code = (
        "from newsprism.summarise import headline\n"
        "titles = ['Council approves the new city budget - Reuters'] * 40000\n"
        "titles += ['Storm hits the coast overnight', 'Mayor Porter opens schools in the city']\n"
        "print(headline(titles))\n"
    )
    assert _finishes(code).strip() == "Council approves the new city budget"


def test_headline_prefers_the_title_sharing_most_with_the_others():
    titles = [
        "Council approves budget for schools",
        "Budget for schools approved",
        "Storm hits the coast today",
    ]
    assert headline(titles) == "Council approves budget for schools"
    assert (
        headline(["Storm hits the coast today", "Council approves budget for schools"])
        == "Storm hits the coast today"
    )


def test_quotes_of_a_text_with_100000_quotes_on_one_line_end():
    # the quote holes (_blank) went over every quote before the part, and each quote's line end was
    # searched for up to the end of the text, for each quote: 30,000 quotes took 7.9 s
    code = (
        "from newsprism.analyse.quotes import find_quotes\n"
        "text = 'The council met. ' + ' '.join(['“Yes,” said Jane Porter.'] * 100000)\n"
        "quotes = find_quotes(text)\n"
        "print(len(quotes), {q.speaker for q in quotes})\n"
    )
    assert _finishes(code).strip() == "100000 {'Jane Porter'}"


def test_statement_groups_of_30000_copies_of_a_story_end():
    # every copy of a quote shares every word with the others: each copy went through the lists of
    # all of them (1,000 copies of a story of five quotes: 0.44 s, so about 400 s here)
    code = (
        "from newsprism.analyse.quotes import group_statements\n"
        "from newsprism.records import Quote\n"
        "story = [('We will build three new schools this year', 'Jane Porter'), ('Yes', 'Jane Porter'),\n"
        "         ('a great day', None), ('The budget is balanced and fair to all', 'Bob Smith')]\n"
        "quotes = [Quote(article_id=f'a{i}', quote=t, speaker=s, start=0, end=1)\n"
        "          for i in range(30000) for t, s in story]\n"
        "print(sorted({len(g) for g in group_statements(quotes)}))\n"
    )
    assert _finishes(code).strip() == "[1, 30000]"
