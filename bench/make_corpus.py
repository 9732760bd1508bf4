"""Build large article heaps with planted copies from the dev articles, to measure dedup and scale.

In:  the dev articles in ../shared/data: clustering/{allsides,basil,ecbplus}/docs.jsonl (mixed-dev is
     their union), quotes/basil/docs.jsonl, timelines/t17/docs.jsonl, the documents of
     summaries/neus/groups.jsonl and the gold bodies of extraction/*/gold.jsonl.
Out: OUT/heap-<size>.jsonl, one article per line in the DESIGN.md input format (id, title, text,
     published, outlet, url), and OUT/heap-<size>.truth.jsonl, one line per planted copy:
     {"id", "original", "kind", "source"} where `original` is the root of its group (a copy of a copy
     points to the first original), `kind` is exact, near or rewritten and `source` the article the
     copy was made from.

How the heap is made (all seeded, so the same command writes the same bytes):
  1. pool: every distinct dev article (same id or same normalised text kept once), with natural
     copies removed (an article half of whose long sentences already appear in a kept one, and
     every copy newsprism's CopyDetector finds with loose thresholds, LOOSE, so that the planted
     copies are the only ones), in groups (a gold event, a T17 topic, a NeuS triple, else alone);
  2. dates: an article keeps its date; a group without dates gets one between 2008 and 2024;
  3. clones, when the heap is larger than the pool: a whole group rewritten under a vocabulary
     rotation (each content word replaced by another word of about the same corpus frequency,
     the same rotation for the whole group, so a cloned event is as coherent as its source and
     shares no content shingles with it) and moved in time by whole years and some days;
  4. copies (COPY_SHARE of the heap), each dated 1-14 days after what it copies (some undated):
     exact (same text, another outlet), near (boilerplate lines added or removed, a few words
     changed, truncated) and rewritten (sentences shuffled within paragraphs, synonyms and word
     swaps, sentences dropped, a name changed); COPY_OF_COPY of them copy an earlier copy.

    .venv/bin/python bench/make_corpus.py [--sizes 10000 50000 200000] [--out bench/out] [--seed 7]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from newsprism.analyse.sentences import split_sentences
from newsprism.dedup import CopyDetector
from newsprism.records import Article

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
COPY_SHARE = 0.12  # share of the heap that is planted copies, split evenly between the kinds
COPY_OF_COPY = 0.1  # share of copies made from an earlier copy (their truth is the root)
KINDS = ("exact", "near", "rewritten")
# natural copies left out of the pool: far looser than CopyDetector's defaults
LOOSE = {
    "near_jaccard": 0.3,
    "near_containment": 0.5,
    "rewrite_containment": 0.3,
    "rewrite_share": 0.4,
    "sentence_match": 0.4,
}
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
STOP_RANK = 300  # the most frequent words keep their form in clones (function words)
ROTATION_BIN = 40  # clones swap words within bins of this many words of neighbouring frequency
OUTLETS = [
    "Daily Ledger", "Morning Courier", "The Evening Post", "Metro Wire", "Valley Herald",
    "Coastal Times", "Capital Gazette", "North Star News", "The Observer Online", "Harbor Chronicle",
    "Prairie Sentinel", "Lakeside Tribune", "News Roundup 24", "Global Digest", "Citizen Journal",
]  # fmt: skip
BOILERPLATE = [
    "Advertisement",
    "Sign up for our daily newsletter to get the latest headlines in your inbox.",
    "Copyright {year} {outlet}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "Follow us on Twitter and Facebook for more updates.",
    "Read more: {outlet} coverage of the story.",
    "This article originally appeared on {outlet}.",
    "Story continues below advertisement",
    "Reporting by staff; editing by the news desk.",
]
# synonyms a rewriting farm uses; both directions are applied
_SYNONYM_TEXT = (
    "said:stated told:informed announced:declared big:large small:little big:huge begin:start "
    "began:started buy:purchase help:assist show:demonstrate shows:demonstrates showed:revealed "
    "get:obtain got:received need:require needs:requires try:attempt tried:attempted use:utilize "
    "used:employed enough:sufficient many:numerous often:frequently about:approximately "
    "quickly:rapidly important:significant main:primary hard:difficult end:conclusion "
    "ended:concluded fight:battle killed:slain kill:slay attack:assault attacks:assaults "
    "country:nation countries:nations people:individuals children:kids officials:authorities "
    "official:spokesperson leader:head leaders:heads government:administration law:legislation "
    "plan:proposal plans:proposals vote:ballot voters:electors city:town company:firm "
    "companies:firms job:position jobs:positions money:funds cost:price costs:prices "
    "increase:rise increased:rose decrease:decline decreased:declined said:noted says:notes "
    "also:additionally but:however asked:questioned meeting:talks week:week-long warned:cautioned "
    "claimed:alleged support:backing supported:backed criticized:slammed criticism:condemnation "
    "expected:anticipated likely:probably several:multiple recent:latest former:ex-"
)
SYNONYMS = dict(pair.split(":") for pair in _SYNONYM_TEXT.split())
SYNONYMS.update({v: k for k, v in list(SYNONYMS.items())})
NAMES = [
    "Anderson", "Baker", "Carter", "Dawson", "Ellis", "Fischer", "Garcia", "Hughes", "Ibrahim",
    "Jensen", "Kowalski", "Larsen", "Moreno", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    title: str | None
    text: str
    published: str | None
    outlet: str | None
    url: str | None
    group: str


def _read(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def _records(data: Path, source: str) -> Iterator[tuple[dict, str]]:
    """(record, group) for one source of SOURCES."""
    kind, _, name = source.partition("/")
    if kind == "clustering":
        events = {g["id"]: g["event"] for g in _read(data / "clustering" / name / "gold.jsonl")}
        for d in _read(data / "clustering" / name / "docs.jsonl"):
            yield d, f"{name}:{events.get(d['id'], d['id'])}"
    elif kind == "quotes":
        for d in _read(data / "quotes" / name / "docs.jsonl"):
            yield d, f"quotes:{d['id'].rsplit('_', 1)[0]}"
    elif kind == "timelines":
        for d in _read(data / "timelines" / name / "docs.jsonl"):
            yield {**d, "outlet": d["topic"].split("_")[-1]}, f"t17:{d['topic']}"
    elif kind == "summaries":
        for g in _read(data / "summaries" / name / "groups.jsonl"):
            for i, d in enumerate(g["documents"]):
                yield {"id": f"{g['id']}-{i}", **d}, f"neus:{g['id']}"
    elif kind == "extraction":
        for d in _read(data / "extraction" / name / "gold.jsonl"):
            yield {**d, "id": f"{name}-{d['id']}"}, f"x:{name}-{d['id']}"


SOURCES = (
    "clustering/allsides",
    "clustering/basil",
    "clustering/ecbplus",
    "quotes/basil",
    "timelines/t17",
    "summaries/neus",
    "extraction/l3s_gn1",
    "extraction/cleanportaleval",
)


def load_pool(data: Path, sources: tuple[str, ...] = SOURCES) -> list[Item]:
    """Every distinct dev article, in a fixed order, without natural copies (step 1)."""
    raw = [
        Item(d["id"], d.get("title"), d["text"], d.get("published"), d.get("outlet"), d.get("url"), group)
        for source in sources
        for d, group in _records(data, source)
    ]
    raw.sort(key=lambda it: it.id)
    seen_ids: set[str] = set()
    seen_long: set[int] = set()
    pool: list[Item] = []
    for it in raw:
        if it.id in seen_ids or len(it.text.split()) < 15:
            continue
        seen_ids.add(it.id)
        # a sentence of 8+ words seen in an earlier article marks a natural copy or a shared quote;
        # half of them seen (or the whole text) makes it a copy we did not plant: leave it out
        longs = {_digest(_norm(s.text)) for s in split_sentences(it.text) if len(s.text.split()) >= 8}
        longs.add(_digest(_norm(it.text)))
        if len(longs & seen_long) * 2 >= len(longs):
            continue
        seen_long |= longs
        pool.append(it)
    arts = [Article(id=it.id, source="pool", text=it.text, published=it.published) for it in pool]
    copies = CopyDetector(**LOOSE).fit(arts).duplicate_of_
    return [it for it in pool if it.id not in copies]


def _group_dates(pool: list[Item], rng: random.Random) -> list[Item]:
    """Step 2: a group without dates gets one day in 2008-2024 and articles within 3 days of it."""
    start = date(2008, 1, 1)
    base: dict[str, date] = {}
    out = []
    for it in pool:
        if it.published:
            out.append(it)
            continue
        day = base.setdefault(it.group, start + timedelta(days=rng.randrange(17 * 365)))
        out.append(replace(it, published=(day + timedelta(days=rng.randrange(4))).isoformat()))
    return out


def _outlet(it: Item, rng: random.Random) -> Item:
    outlet = it.outlet or rng.choice(OUTLETS)
    url = it.url or f"https://{_slug(outlet)}.example/{it.published or 'n.d.'}/{_slug(it.id)}"
    return replace(it, outlet=outlet, url=url)


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


class Rotation:
    """Step 3: content words rotated within frequency bins, one offset per bin and clone."""

    def __init__(self, pool: list[Item]) -> None:
        counts = Counter(w.lower() for it in pool for w in WORD.findall(it.text))
        ranked = sorted(counts, key=lambda w: (-counts[w], w))
        self.bins: list[list[str]] = []
        self.where: dict[str, tuple[int, int]] = {}
        for start in range(STOP_RANK, len(ranked), ROTATION_BIN):
            words = ranked[start : start + ROTATION_BIN]
            for i, w in enumerate(words):
                self.where[w] = (len(self.bins), i)
            self.bins.append(words)

    def mapping(self, words: set[str], seed: str) -> dict[str, str]:
        out = {}
        for w in words:
            lw = w.lower()
            if lw not in self.where:
                continue
            b, i = self.where[lw]
            words_b = self.bins[b]
            new = words_b[(i + 1 + _digest(f"{seed}/{b}") % (len(words_b) - 1 or 1)) % len(words_b)]
            if w.isupper() and len(w) > 1:
                new = new.upper()
            elif w[:1].isupper():
                new = new[:1].upper() + new[1:]
            out[w] = new
        return out

    def apply(self, text: str | None, mp: dict[str, str]) -> str | None:
        if text is None:
            return None
        return WORD.sub(lambda m: mp.get(m.group(), m.group()), text)


def _clones(pool: list[Item], target: int, rotation: Rotation, rng: random.Random) -> list[Item]:
    groups: dict[str, list[Item]] = {}
    for it in pool:
        groups.setdefault(it.group, []).append(it)
    order = sorted(groups)
    out: list[Item] = []
    round_ = 0
    while len(out) < target:
        round_ += 1
        rng.shuffle(order)
        for g in order:
            if len(out) >= target:
                break
            members = groups[g]
            seed = f"{g}~{round_}"
            words = {w for it in members for w in WORD.findall(f"{it.title or ''} {it.text}")}
            mp = rotation.mapping(words, seed)
            shift = timedelta(days=365 * rng.randint(-8, 3) + rng.randint(-60, 60))
            for it in members[: target - len(out)]:
                day = date.fromisoformat(it.published or "2015-06-01") + shift
                day = min(max(day, date(2000, 1, 1)), date(2025, 12, 31))
                out.append(
                    Item(
                        f"{it.id}~c{round_}",
                        rotation.apply(it.title, mp),
                        rotation.apply(it.text, mp) or "",
                        day.isoformat(),
                        None,
                        None,
                        seed,
                    )
                )
    return out


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def near_copy(text: str, rng: random.Random, outlet: str, year: str) -> str:
    """Small edits: boilerplate lines added or removed, a few words changed, truncation."""
    paras = _paragraphs(text)
    edits = rng.sample(["boiler", "drop", "words", "truncate"], rng.randint(1, 3))
    if "truncate" in edits and len(paras) >= 4:
        paras = paras[: max(3, round(len(paras) * rng.uniform(0.6, 0.9)))]
    if "drop" in edits and len(paras) >= 4:
        del paras[rng.choice([0, len(paras) - 1])]
    if "words" in edits:
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(paras))
            words = paras[i].split()
            j = rng.randrange(len(words))
            if rng.random() < 0.5 and len(words) > 3:
                del words[j]
            else:
                words[j] = SYNONYMS.get(words[j], rng.choice(["reportedly", "also", "now", "recently"]))
            paras[i] = " ".join(words)
    if "boiler" in edits or edits == ["truncate"]:
        for _ in range(rng.randint(1, 2)):
            line = rng.choice(BOILERPLATE).format(outlet=outlet, year=year)
            paras.insert(rng.choice([0, len(paras)]), line)
    return "\n\n".join(paras)


def rewritten_copy(text: str, rng: random.Random) -> str:
    """A content farm's paraphrase: sentences shuffled within paragraphs, synonyms and swaps,
    sentences dropped, one name changed."""
    paras = []
    for para in _paragraphs(text):
        sents = [s.text for s in split_sentences(para)]
        # one-line texts (T17) have a single paragraph: shuffle within windows of three sentences
        for k in range(0, len(sents), 3):
            window = sents[k : k + 3]
            rng.shuffle(window)
            sents[k : k + 3] = window
        paras.append(sents)
    total = sum(len(p) for p in paras)
    drop = int(total * rng.uniform(0.1, 0.25))
    for _ in range(drop):
        candidates = [i for i, p in enumerate(paras) if len(p) > 1] or [i for i, p in enumerate(paras) if p]
        if sum(len(p) for p in paras) <= 2 or not candidates:
            break
        p = paras[rng.choice(candidates)]
        del p[rng.randrange(len(p))]
    out_paras = []
    for sents in paras:
        if not sents:
            continue
        para = " ".join(sents)
        words = para.split(" ")
        for i, w in enumerate(words):
            core = w.strip(".,;:!?\"'“”‘’()").lower()
            if core in SYNONYMS and rng.random() < 0.7:
                words[i] = w.lower().replace(core, SYNONYMS[core]) if w.islower() else w
            elif rng.random() < 0.04 and i + 1 < len(words) and w.isalpha() and words[i + 1].isalpha():
                words[i], words[i + 1] = words[i + 1], words[i]
        out_paras.append(" ".join(words))
    text2 = "\n\n".join(out_paras)
    names = sorted({m.group() for m in re.finditer(r"(?<=[a-z] )[A-Z][a-z]{3,}\b", text2)})
    if names:
        old = rng.choice(names)
        text2 = re.sub(rf"\b{old}\b", rng.choice(NAMES), text2)
    return text2


def _sentences(text: str) -> int:
    return len(split_sentences(text))


def plant_copies(originals: list[Item], n: int, rng: random.Random) -> tuple[list[Item], list[dict]]:
    """Step 4: n copies of random originals (or of earlier copies), with their truth."""
    copies: list[Item] = []
    truth: list[dict] = []
    root: dict[str, str] = {}
    for k in range(n):
        kind = KINDS[k % 3]
        src = rng.choice(copies) if copies and rng.random() < COPY_OF_COPY else rng.choice(originals)
        tries = 0
        while kind != "exact" and _sentences(src.text) < (4 if kind == "rewritten" else 2) and tries < 20:
            src, tries = rng.choice(originals), tries + 1
        outlet = rng.choice([o for o in OUTLETS if o != src.outlet])
        day = date.fromisoformat(src.published or "2015-06-01") + timedelta(days=rng.randint(1, 14))
        if kind == "exact":
            text, title = src.text, src.title
        elif kind == "near":
            text = near_copy(src.text, rng, outlet, str(day.year))
            title = src.title if rng.random() < 0.5 or not src.title else f"{src.title} | {outlet}"
        else:
            text = rewritten_copy(src.text, rng)
            title = rewritten_copy(src.title, rng) if src.title else None
        cid = f"copy-{k:06d}-{_digest(src.id) % 10**6:06d}"
        published = None if rng.random() < 0.05 else day.isoformat()
        if src.published is None:
            published = None
        copy = Item(
            cid, title, text, published, outlet, f"https://{_slug(outlet)}.example/{day}/{cid}", src.group
        )
        copies.append(copy)
        root[cid] = root.get(src.id, src.id)
        truth.append({"id": cid, "original": root[cid], "kind": kind, "source": src.id})
    return copies, truth


def make_heap(
    size: int, seed: int, data: Path = DATA, pool: list[Item] | None = None
) -> tuple[list[dict], list[dict]]:
    """The heap's articles (in a shuffled order) and the truth of its planted copies."""
    rng = random.Random(seed)
    pool = _group_dates(pool if pool is not None else load_pool(data), rng)
    n_copies = int(size * COPY_SHARE)
    n_orig = size - n_copies
    if n_orig <= len(pool):
        originals = rng.sample(pool, n_orig)
    else:
        originals = pool + _clones(pool, n_orig - len(pool), Rotation(pool), rng)
    originals = [_outlet(it, rng) for it in originals]
    copies, truth = plant_copies(originals, n_copies, rng)
    items = originals + copies
    rng.shuffle(items)
    fields = ("id", "title", "text", "published", "outlet", "url")
    return [{f: getattr(it, f) for f in fields} for it in items], truth


def write_heap(size: int, seed: int, out: Path, pool: list[Item] | None = None) -> tuple[Path, Path]:
    articles, truth = make_heap(size, seed, pool=pool)
    out.mkdir(parents=True, exist_ok=True)
    heap, side = out / f"heap-{size}.jsonl", out / f"heap-{size}.truth.jsonl"
    with heap.open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    with side.open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(t) + "\n" for t in truth)
    return heap, side


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 200_000])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    pool = load_pool(DATA)
    print(f"pool: {len(pool)} distinct dev articles", file=sys.stderr)
    for size in args.sizes:
        heap, side = write_heap(size, args.seed, args.out, pool=pool)
        print(f"{size}: {heap} {side}", file=sys.stderr)


if __name__ == "__main__":
    main()
