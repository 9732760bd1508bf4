"""Build analyse/data/acronym_uses.txt: how 10,000 news articles use each acronym, as a name or as a noun.

An organisation's acronym is written as a name: it owns things and speaks ("BP 's rig", "CNN
said", "told NBC", "according to the EPA"). A common noun's acronym is counted and owned instead:
"a PR war", "an MRI", "their GP", "two DVDs". One article says too little to tell them apart ("a
CNN poll" is as much a modifier as "a PR stunt"); over the corpus it does: "PR" is written 88 times
and never as a name, "CNN" 369 times and 157 of them as a name. entities.mentions reads this table
(vocabulary._common_acronyms). The articles are bench/out/heap-10000.jsonl's, as for word_df.txt;
acronyms of fewer than MIN_OCCURRENCES uses in MIN_ARTICLES articles are left out (too few to
count on), and the known organisations' and places' names, which never need it.

    .venv/bin/python bench/entity_acronyms.py [--docs bench/out/heap-10000.jsonl]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsprism.analyse.entities.mentions import MAX_THING_ACRONYM, _acronym_use
from newsprism.analyse.entities.tokens import _tokens
from newsprism.analyse.entities.vocabulary import KNOWN_ORGS, PLURAL_ACRONYM, _places

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsprism" / "analyse" / "data" / "acronym_uses.txt"
MIN_OCCURRENCES = 8  # uses, singular, over the corpus
MIN_ARTICLES = 3  # (one article's repetitions are one writer's habit)


def uses(text: str, occurrences: Counter[str], names: Counter[str], nouns: Counter[str]) -> set[str]:
    """Count one article's uses of each acronym (mentions._acronym_use); the acronyms it writes."""
    tokens = _tokens(text)
    seen: set[str] = set()
    for i, word in enumerate(tokens.text):
        plural = PLURAL_ACRONYM.fullmatch(word) is not None
        acronym = word[:-1] if plural else word
        if not (1 < len(acronym) <= MAX_THING_ACRONYM and acronym.isalpha() and acronym.isupper()):
            continue
        use = _acronym_use(tokens, i)
        nouns[acronym] += use == "noun"  # (an organisation has no plural: "two DVDs" counts)
        if not plural:
            seen.add(acronym)
            occurrences[acronym] += 1
            names[acronym] += use == "name"
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "bench" / "out" / "heap-10000.jsonl")
    args = parser.parse_args()
    occurrences: Counter[str] = Counter()
    names: Counter[str] = Counter()
    nouns: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    n = 0
    with args.docs.open(encoding="utf-8") as lines:
        for line in lines:
            articles.update(uses(json.loads(line).get("text") or "", occurrences, names, nouns))
            n += 1
    known = KNOWN_ORGS | _places()
    kept = sorted(
        (
            a
            for a, c in occurrences.items()
            if c >= MIN_OCCURRENCES and articles[a] >= MIN_ARTICLES and a.casefold() not in known
        ),
        key=lambda a: (-occurrences[a], a),
    )
    with OUT.open("w", encoding="utf-8") as out:
        out.write(
            f"# documents\t{n}\n# acronym\tuses\tarticles\tas a name\tas a noun (bench/entity_acronyms.py)\n"
        )
        out.writelines(f"{a}\t{occurrences[a]}\t{articles[a]}\t{names[a]}\t{nouns[a]}\n" for a in kept)
    print(f"{len(kept)} acronyms of {len(occurrences)} from {n} articles -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
