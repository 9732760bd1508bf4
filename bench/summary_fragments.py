"""Summary candidates that cannot stand alone, counted by class (summaries17).

    .venv/bin/python bench/summary_fragments.py [--show 8] [--groups 0]       # NeuS texts' candidates
    .venv/bin/python bench/summary_fragments.py --digest D                     # a digest's events.jsonl summaries
    .venv/bin/python bench/summary_fragments.py --heads [--show 8]             # NeuS shortened heads with no comma, by first word

Every candidate sentence summarise would consider (cleaned, past _is_junk, the anaphor and writer's
voice rules, with the shortened variants) of every NeuS group's documents, or every sentence of a
digest's event summaries, is put in the first class it falls in; the counts and samples are printed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from newsprism.analyse.sentences import split_sentences
from newsprism.summarise.candidates import _article_candidates, _Candidate

ROOT = Path(__file__).resolve().parents[1]
NEUS = ROOT.parent / "shared" / "data" / "summaries" / "neus"

SUB = re.compile(
    r"^(?:Though|Although|Because|While|Whereas|Unless|Since|If|When|Whenever|As|Even though|Even if|Once|Until|After|Before)\b"
)
NOT_OPEN = re.compile(r"^Not\b")
PREPOSITION_OPEN = re.compile(
    r"^(?:In|On|For|With|Without|During|Despite|Amid|Following|Under|Given|Asked|Speaking|Citing)\b"
)


def classify(text: str) -> str | None:
    if SUB.match(text) and "," not in text:
        return "subordinate alone"
    if NOT_OPEN.match(text):
        return "opens on Not"
    if PREPOSITION_OPEN.match(text) and "," not in text:
        return "adverbial opening alone"
    return None


def neus_candidate_lists(limit: int = 0) -> Iterator[list[_Candidate]]:
    """The candidates of each distinct NeuS document text (of the first `limit` groups; 0: all)."""
    groups = [json.loads(line) for line in (NEUS / "groups.jsonl").read_text(encoding="utf-8").splitlines()]
    seen: set[str] = set()
    for g in groups[:limit] if limit else groups:
        for i, d in enumerate(g["documents"]):
            if d["text"] not in seen:
                seen.add(d["text"])
                yield list(_article_candidates(i, [s.text for s in split_sentences(d["text"])]))


def neus_candidates(limit: int) -> list[str]:
    return [c.text for candidates in neus_candidate_lists(limit) for c in candidates]


def neus_heads() -> list[str]:
    """The shortened variants (_shortened's heads) of the NeuS candidates that hold no comma."""
    return [
        c.text
        for candidates in neus_candidate_lists()
        for previous, c in zip(candidates, candidates[1:], strict=False)
        if previous.position == c.position and "," not in c.text
    ]


def digest_sentences(path: Path) -> list[str]:
    out: list[str] = []
    for line in (path / "events.jsonl").read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        summary = event.get("summary") or []
        for s in summary if isinstance(summary, list) else [summary]:
            out.append(s["text"] if isinstance(s, dict) else str(s))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--digest", type=Path)
    parser.add_argument("--groups", type=int, default=0)
    parser.add_argument("--show", type=int, default=8)
    parser.add_argument("--heads", action="store_true")
    args = parser.parse_args()
    if args.heads:
        heads = neus_heads()
        print(f"{len(heads)} shortened heads with no comma")
        print(Counter(h.split()[0] for h in heads).most_common(40))
        for h in heads:
            if SUB.match(h) or PREPOSITION_OPEN.match(h):
                print("  -", h[:200])
        return
    texts = digest_sentences(args.digest) if args.digest else neus_candidates(args.groups)
    classes: dict[str, list[str]] = defaultdict(list)
    for t in texts:
        c = classify(t)
        if c:
            classes[c].append(t)
    print(f"{len(texts)} sentences")
    rng = random.Random(7)
    for c, items in sorted(classes.items()):
        print(f"\n## {c}: {len(items)}")
        for t in rng.sample(items, min(args.show, len(items))):
            print("  -", t[:200])


if __name__ == "__main__":
    main()
