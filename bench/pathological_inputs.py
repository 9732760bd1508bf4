"""Write folders of pathological inputs for `newsprism digest` (robustness audits, sessions 14, 15).

    .venv/bin/python bench/pathological_inputs.py /tmp/path        # session 14's cases
    .venv/bin/python bench/pathological_inputs.py /tmp/p15 15      # session 15's cases
    .venv/bin/python bench/pathological_inputs.py /tmp/p19 19      # session 19's run-on sentences (quotes)
    for d in /tmp/path/*/; do /usr/bin/time -f "$d %U s %M KB" newsprism digest $d -o $d.out -j 1 -q; done

Session 15 also writes groups_<n>.jsonl (one group of n articles) for `newsprism summarize`, and
its dates_<n> folders are for `newsprism timeline` too.

Each folder holds one case: pages (.txt, .html) go through extraction; .jsonl texts reach the
analysis (entities, quotes, summaries) with a second, ordinary article so that an event forms.
"""

import gzip
import json
import os
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


def _warc_record(i: int) -> bytes:
    """One WARC response record holding a small HTML page."""
    page = (
        f"<html><head><title>Council approves budget {i}</title></head><body><p>{BASE * 3}</p>"
        f"<p>Reporter {i} wrote this.</p></body></html>"
    ).encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{i:08d}-0000-0000-0000-000000000000>\r\n"
        f"WARC-Date: 2024-03-05T08:00:00Z\r\nWARC-Target-URI: http://site{i}.com/a\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
VOCAB = [
    "apple",
    "river",
    "stone",
    "cloud",
    "forest",
    "harbor",
    "engine",
    "silver",
    "garden",
    "market",
    "bridge",
    "signal",
    "winter",
    "lantern",
    "copper",
    "meadow",
    "valley",
    "rocket",
    "thunder",
    "island",
    "canyon",
    "pepper",
    "marble",
    "violet",
    "orchard",
    "falcon",
    "granite",
    "harvest",
    "compass",
]


def session15(root: Path) -> None:
    rng = random.Random(15)
    for n in (1250, 5000):  # a crawl of tiny pages, one gzip member a record
        folder = root / f"warc_{n}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "crawl.warc.gz").write_bytes(b"".join(gzip.compress(_warc_record(i)) for i in range(n)))
    folder = root / "warc_cut"  # 50 records, cut inside record 30 (gzip members, plain, one gzip stream)
    folder.mkdir(parents=True, exist_ok=True)
    members = [gzip.compress(_warc_record(i)) for i in range(50)]
    (folder / "gz.warc.gz").write_bytes(
        b"".join(members)[: sum(map(len, members[:29])) + len(members[29]) // 2]
    )
    plain = b"".join(map(_warc_record, range(50)))
    (folder / "plain.warc").write_bytes(plain[: len(plain) * 59 // 100])
    whole = gzip.compress(plain)
    (folder / "onestream.warc.gz").write_bytes(whole[: len(whole) // 2])
    for n in (5000, 20_000):
        folder = root / f"rss_{n}"
        folder.mkdir(parents=True, exist_ok=True)
        items = "".join(
            f"<item><title>Council approves budget {i}</title><link>http://s{i}.com/a</link>"
            f"<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><description>{BASE * 2} Item {i}.</description></item>"
            for i in range(n)
        )
        (folder / "feed.xml").write_text(
            f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'
        )
    for n in (25_000, 100_000):  # one-line records, all with the same title
        title = "Council approves budget"
        _jsonl(
            root / f"same_title_{n}", [{"id": f"t{i}", "title": title, "text": title + "."} for i in range(n)]
        )
    odd = {
        "punct": ".,;:!?-" * 3000,
        "digits": "1234567890 " * 3000,
        "oneword": "a" * 100_000,
        "emoji": "\U0001f600\U0001f389\U0001f525 " * 5000,
        "rtl": "قال رئيس البلدية إن المجلس وافق على الميزانية الجديدة. " * 50 + "\u202e" * 100,
        "nul": "The council met.\x00\x00 Mayor Porter said yes.\x00" * 50,
        "lone": "The council met. \ud800 Mayor Porter said yes. \udfff" * 50,  # json.dumps writes \ud800
    }
    _jsonl(
        root / "odd_texts",
        [{"id": k, "title": k + " \ud800", "text": v} for k, v in odd.items()]
        + [{"id": "ok", "title": "Council approves budget", "text": BASE * 6}],
    )
    html = root / "html_odd"
    html.mkdir(parents=True, exist_ok=True)
    pages = {
        "p100k": "<p>" + BASE + "</p>" + "<p>Line of text here.</p>" * 100_000,
        "attr5mb": f'<div data-x="{"x" * 5_000_000}"><p>{BASE * 4}</p></div>',
        "script50k": "<script>var a=1;</script>" * 50_000 + f"<p>{BASE * 4}</p>",
        "badcharset": f"<p>{BASE * 4}</p>",
    }
    for name, body in pages.items():
        meta = '<meta charset="x-no-such-encoding">' if name == "badcharset" else ""
        (html / f"{name}.html").write_text(
            f"<html><head>{meta}<title>Council approves budget</title></head><body>{body}</body></html>"
        )
    (html / "utf16.txt").write_bytes((BASE * 5).encode("utf-16-le"))  # no byte-order mark
    (html / "utf16be.txt").write_bytes((BASE * 5).encode("utf-16-be"))
    names = root / "odd_names"
    names.mkdir(parents=True, exist_ok=True)
    for name in [
        "new\nline.txt",
        "tab\tand space .txt",
        "quote\"'.txt",
        "back\\slash.html",
        "ünïcode.txt",
        "-dash.txt",
    ]:
        (names / name).write_text(BASE * 4)
    (Path(os.fsdecode(os.fsencode(names) + b"/bad\xff\xfename.txt"))).write_bytes((BASE * 4).encode())
    loop = root / "symlink_loop"
    (loop / "sub").mkdir(parents=True, exist_ok=True)
    (loop / "sub" / "a.txt").write_text(BASE * 4)
    links = {"sub/up": "..", "self": ".", "x.txt": "y.txt", "y.txt": "x.txt", "dangling.txt": "nowhere.txt"}
    for link, target in links.items():
        if not (loop / link).is_symlink():
            (loop / link).symlink_to(target)
    for n in (2500, 10_000):  # one date, the same five words: one huge posting list
        title = "alpha beta gamma delta epsilon"
        docs = [
            {"id": f"w{i}", "title": title, "text": title.capitalize() + ".", "url": f"http://s{i}.com/a"}
            for i in range(n)
        ]
        _jsonl(root / f"same_words_{n}", docs)
    for n in (1250, 5000):  # 1,000 dates an article (43 / 172 MB)
        _jsonl(
            root / f"dates_{n}",
            [
                {
                    "id": f"d{i}",
                    "title": f"Council history {i}",
                    "text": " ".join(
                        f"On {MONTHS[(i + j) % 12]} {1 + (i * 7 + j) % 28}, {1990 + (j * 13 + i) % 34} the council met."
                        for j in range(1000)
                    ),
                    "url": f"http://s{i}.com/a",
                }
                for i in range(n)
            ],
        )
    for n in (1000, 3000):  # distinct articles of one event; and the same as one summarize group
        docs = []
        for i in range(n):
            own = " ".join(rng.choice(VOCAB) for _ in range(40)).capitalize() + ". "
            quote = f"“We will build {i % 50 + 2} new schools,” Porter said. "
            title = f"Council approves budget, Porter says {rng.choice(VOCAB)}"
            docs.append(
                {
                    "id": f"e{i}",
                    "title": title,
                    "text": BASE * 2 + quote + own + BASE,
                    "url": f"http://s{i}.com/a",
                }
            )
        _jsonl(root / f"event_{n}", docs)
        group = {"id": "g", "documents": [{k: d[k] for k in ("id", "title", "text")} for d in docs]}
        (root / f"groups_{n}.jsonl").write_text(json.dumps(group) + "\n")


def session19(root: Path) -> None:
    """Run-on sentences for find_quotes (quotes25): each case once at n and 4n, to see that the
    time grows as the text does (it grew as its square: 2,000 speech verbs in one sentence, 13.5 s)."""
    for n in (1000, 4000):
        cases = {
            # a relative clause with a speech verb, n times, before the quote: each verb's subject
            "verbs": "The butler, who claims " * n + 'that, said "no".',
            "participles": "Smith left, saying " * n + '"no".',
            "spokespeople": "a spokesman for them claims " * n + 'that, said "no".',
            # n quotes in one sentence: each one's cue after it
            "quotes": '"a," he said, ' * n + "end.",
            "signed": '"No." - ' * n + "Tony Hayward",
            # n quotes whose "he" goes back to the one name before them
            "pronouns": "John Smith met Jane Doe. " + "“Yes,” he said. " * n,
        }
        for name, text in cases.items():
            _pair(root / f"runon_{name}_{n}", BASE + text)


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/pathological")
    if sys.argv[2:] == ["15"]:
        session15(out)
    elif sys.argv[2:] == ["19"]:
        session19(out)
    else:
        main(out)
