"""Write folders of pathological inputs for `newsprism digest` (robustness audit, session 14).

    .venv/bin/python bench/pathological_inputs.py /tmp/path
    for d in /tmp/path/*/; do /usr/bin/time -f "$d %U s %M KB" newsprism digest $d -o $d.out -j 1 -q; done

Each folder holds one case: pages (.txt, .html) go through extraction; .jsonl texts reach the
analysis (entities, quotes, summaries) with a second, ordinary article so that an event forms.
"""

import json
import random
import sys
from pathlib import Path

BASE = (
    "The city council voted on Tuesday to approve the new budget. Mayor Jane Porter said the plan "
    "would fund schools. "
)
QUOTE = "“We will build three new schools this year,” Porter said. "
WORDS = [
    "the",
    "council",
    "budget",
    "voted",
    "approve",
    "new",
    "schools",
    "fund",
    "mayor",
    "plan",
    "city",
    "tuesday",
]


def _jsonl(folder: Path, docs: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "a.jsonl").open("w") as f:
        for d in docs:
            f.write(json.dumps({"published": "2024-03-05", **d}) + "\n")


def _pair(folder: Path, text: str, title: str = "Council approves budget") -> None:
    _jsonl(
        folder,
        [
            {"id": f"{folder.name}0", "title": title, "text": text, "url": "http://site0.com/x"},
            {"id": f"{folder.name}1", "title": title, "text": BASE * 6, "url": "http://site1.com/x"},
        ],
    )


def main(root: Path) -> None:
    rng = random.Random(14)
    one_line = " ".join(rng.choice(WORDS) for _ in range(330_000))  # 2 MB, no full stop
    _pair(root / "one_line", one_line)
    _pair(root / "one_line_caps", " ".join(w.capitalize() for w in one_line.split()))
    _pair(root / "quote_marks", BASE + '"' * 50_000)
    _pair(root / "curly_marks", BASE + "“" * 25_000 + "”" * 25_000)
    for n in (5_000, 10_000, 40_000):  # n/2 short quotes in one text
        _pair(
            root / f"quotes_{n}", BASE + " ".join("“Yes,” said Porter." if i % 2 else '"' for i in range(n))
        )
    _pair(root / "names", BASE + " ".join(["Jane Porter"] * 10_000))
    _pair(root / "names_said", BASE + " ".join(["Jane Porter said."] * 10_000))
    _pair(root / "capitals_title", BASE * 5, "Council approves budget - " + "A" * 3000 + "!")
    _jsonl(root / "big_line", [{"id": "big", "title": "Big", "text": BASE * 170_000}])  # a 20 MB line
    for n in (1000, 3000):  # exact copies of one wire story with a quote
        _jsonl(
            root / f"copies_{n}",
            [
                {
                    "id": f"c{i}",
                    "title": "Council approves budget",
                    "text": (BASE + QUOTE) * 3,
                    "url": f"http://s{i}.com/a",
                }
                for i in range(n)
            ],
        )
    near = []
    for i in range(2000):  # rewritten copies: each sentence's words shuffled
        sentences = [s.split() for s in (BASE * 4).split(". ") if s.strip()]
        for s in sentences:
            rng.shuffle(s)
        text = ". ".join(" ".join(s).capitalize() for s in sentences) + "."
        near.append(
            {
                "id": f"n{i}",
                "title": f"Council approves budget {i}",
                "text": text,
                "url": f"http://s{i}.com/a",
            }
        )
    _jsonl(root / "near_copies", near)
    for n in (100, 300, 10_000):  # nested <div>s around one paragraph
        folder = root / f"divs_{n}"
        folder.mkdir(parents=True, exist_ok=True)
        body = "<div>" * n + "<p>" + BASE * 5 + "</p>" + "</div>" * n
        (folder / "a.html").write_text(
            f"<html><head><title>Deep page</title></head><body>{body}</body></html>"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/pathological"))
