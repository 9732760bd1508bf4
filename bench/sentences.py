"""Sentence splitter: speed, and agreement of its boundaries with a naive splitter.

In:  clustering dev docs (../shared/data/clustering/{basil,allsides,ecbplus}/docs.jsonl), texts only.
Out: sentences per second and MB/s for newsprism's splitter and for the naive one (a cut after
     [.!?] + closing quotes + space + capital, and at blank lines), the share of the naive one's
     boundaries newsprism keeps and the share of newsprism's the naive one has, and a sample of
     the boundaries they disagree on (to read, there is no gold).

    .venv/bin/python bench/sentences.py [--show 20]

--classes counts instead the classes of wrong breaks found by reading (session 17) over the dev texts
of mixed-dev, NeuS and T17 (each distinct text once): at each cut made at a stop, not at a line break,
a sentence that ends on a plural title ("Sens."), between two parts of a number ("5. | 9"), on an
article or a word before a calibre's decimal ("a. | 357"), on a spaced "p. m." before any word, on a
quoted "?"/"!" before its attribution ("...?” | Biden asked."), before a closing mark (") ,", "…"),
a two-word rank cut by a stray stop ("Rear. | Adm."), a 3-digit figure after a word ("hit. | 308"), a "?"
for a lost currency sign ("earns? | 900 a month"), a sentence opening on a tokenised quote it does not
close (T17: a closing quote cut off the sentence before, or a quotation running on over sentences), a
sentence that runs on over T17's list bullet ("•" written "cents"), or of 3 words or fewer; --show N
prints N of each.

    .venv/bin/python bench/sentences.py --classes [--show 5]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

from newsprism.analyse.sentences import split_sentences

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "clustering"
NAIVE = re.compile(r"(?<=[.!?])[\"'”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|\n\s*\n")


def naive_ends(text: str) -> set[int]:
    ends = set()
    for match in NAIVE.finditer(text):
        end = match.end()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        ends.add(end)
    return ends - {0, len(text.rstrip())}


SHARED = DATA.parent
SAYS = r"(?:said|says|wrote|writes|asked|asks|added|adds|tweeted|told|replied|responded|continued|explained)"
CLASSES: dict[str, Callable[[str, str], bool]] = {
    "plural title": lambda s, n: bool(re.search(r"\b(?:Sens|Reps|Govs|Drs)\.$", s)),
    "inside a number": lambda s, n: bool(re.search(r"\d\.$", s)) and n[:1].isdigit() and not s.endswith(" ."),
    "article or word before a decimal": lambda s, n: (
        bool(re.search(r"\b(?:a|an|the|loaded|her|his)\.$", s)) and n[:1].isdigit()
    ),
    "spaced p. m.": lambda s, n: bool(re.search(r"\d\s+[ap]\. m\.$", s)),
    "quoted ?/! | attribution": lambda s, n: (
        bool(re.search(r"[?!][”\"’']$", s))
        and bool(re.match(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3} " + SAYS + r"\b(?! that)", n))
    ),
    "next opens on a closing mark": lambda s, n: (
        n[:1] in ")]}?!.…" or (n[:1] in "”’" and not n[1:2].isupper())
    ),
    # session 18
    "two-word rank (Rear. | Adm.)": lambda s, n: (
        bool(re.search(r"\b(?:Rear|Vice)\.$", s)) and n.startswith("Adm")
    ),
    "3-digit figure after a word (hit. | 308)": lambda s, n: (
        bool(re.search(r"[A-Za-z]\.$", s)) and bool(re.match(r"\d{3},?\s", n))
    ),
    "lost currency sign (earns? | 900)": lambda s, n: bool(re.search(r"[a-z]\?$", s)) and n[:1].isdigit(),
    "opens on a quote it leaves open (T17)": lambda s, n: n.startswith('" ') and n.count('"') % 2 == 1,
    "T17 bullet glued on (. | cents There)": lambda s, n: bool(re.search(r"[.?!] \"? ?cents [A-Z]", s)),
    "3 words or fewer": lambda s, n: len(s.split()) <= 3,
}


def dev_texts() -> list[str]:
    """The distinct texts of mixed-dev, NeuS (every group's documents) and T17."""
    texts = [json.loads(line)["text"] for line in (DATA / "mixed-dev" / "docs.jsonl").open(encoding="utf-8")]
    for line in (SHARED / "summaries" / "neus" / "groups.jsonl").open(encoding="utf-8"):
        texts += [d["text"] for d in json.loads(line)["documents"]]
    texts += [
        json.loads(line)["text"]
        for line in (SHARED / "timelines" / "t17" / "docs.jsonl").open(encoding="utf-8")
    ]
    return list(dict.fromkeys(texts))


def classes(show: int) -> None:
    counts = dict.fromkeys(CLASSES, 0)
    shown: dict[str, list[str]] = {name: [] for name in CLASSES}
    total = 0
    for text in dev_texts():
        sentences = split_sentences(text)
        total += len(sentences)
        for one, nxt in zip(sentences, sentences[1:], strict=False):
            if "\n" in text[one.end : nxt.start]:
                continue  # a cut at a line break: rule 2, not a stop
            for name, test in CLASSES.items():
                if test(one.text, nxt.text):
                    counts[name] += 1
                    shown[name].append(f"{one.text[-50:]!r} | {nxt.text[:40]!r}")
    print(f"{total} sentences")
    for name, count in counts.items():
        print(f"  {name:35} {count:5d}")
        for line in shown[name][:show]:
            print(f"      {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show", type=int, default=15, help="disagreements (or sentences of each class) to print"
    )
    parser.add_argument(
        "--classes", action="store_true", help="count the classes of wrong breaks (see above)"
    )
    args = parser.parse_args()
    if args.classes:
        classes(args.show)
        return
    texts = [
        json.loads(line)["text"]
        for name in ("basil", "allsides", "ecbplus")
        for line in (DATA / name / "docs.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    chars = sum(map(len, texts))
    start = time.perf_counter()
    ours = [split_sentences(t) for t in texts]
    seconds = time.perf_counter() - start
    count = sum(map(len, ours))
    print(
        f"newsprism  {count:7d} sentences  {count / seconds:9.0f} sentences/s  {chars / seconds / 1e6:5.2f} MB/s"
    )
    start = time.perf_counter()
    theirs = [naive_ends(t) for t in texts]
    seconds = time.perf_counter() - start
    print(f"naive      {sum(map(len, theirs)) + len(texts):7d} sentences  {chars / seconds / 1e6:20.2f} MB/s")
    both = only_ours = only_naive = 0
    differ = []
    for text, sentences, naive in zip(texts, ours, theirs, strict=True):
        mine = {s.end for s in sentences[:-1]}
        both += len(mine & naive)
        only_ours += len(mine - naive)
        only_naive += len(naive - mine)
        differ += [("newsprism only", text, e) for e in mine - naive]
        differ += [("naive only", text, e) for e in naive - mine]
    print(f"boundaries: both {both}, newsprism only {only_ours}, naive only {only_naive}")
    print(
        f"agreement: {both / max(1, both + only_naive):.3f} of naive's kept, {both / max(1, both + only_ours):.3f} of ours shared"
    )
    random.seed(0)
    for who, text, end in random.sample(differ, min(args.show, len(differ))):
        print(f"  {who:15} ...{text[max(0, end - 50) : end]!r} | {text[end : end + 30]!r}")


if __name__ == "__main__":
    main()
