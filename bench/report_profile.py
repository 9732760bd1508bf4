"""The report stage alone, on a digest's own articles and links: its CPU, a hash of its reports, and
with --profile where its time goes.

In:  input files for `newsprism digest` (e.g. bench/out/heap-10000.jsonl). The first run extracts
     them and links the kept articles as the digest does (pipeline.extract_all, corpus.link_corpus)
     and keeps both in --cache (a pickle); later runs read them from there, so each run times the
     report stage only.
Out: report.report_stories over the whole corpus with --jobs workers (1: in this process): its CPU
     (this process's and the workers', RUSAGE_SELF and RUSAGE_CHILDREN, so the machine's other
     jobs do not distort it) and wall seconds, the stories and events reported, and a sha1 of every
     story's report (its repr, stories in id order): two trees whose hashes agree reported the
     same headlines, summaries, entities, claims, quotes and timelines. With --profile FILE (-j 1
     only) a cProfile dump there and bench/digest_profile.py's tables. With --every K only every
     K-th story is reported (by size, biggest first, as bench/report_pool.py picks them: the
     sample keeps the heap's mix of story sizes), with its events.

    .venv/bin/python bench/report_profile.py bench/out/heap-10000.jsonl --cache /tmp/r10k.pkl [--jobs 1] [--every 1] [--profile FILE]

Run it with PYTHONPATH=<tree>/src to time another tree's report on the same cache (the cache holds
records.Article and corpus.CorpusLinks: a tree whose records differ needs its own cache).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import hashlib
import pickle
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from digest_profile import rank  # noqa: E402
from newsprism.corpus import CorpusLinks, link_corpus  # noqa: E402
from newsprism.ingest import read_documents  # noqa: E402
from newsprism.pipeline import extract_all  # noqa: E402
from newsprism.records import Article  # noqa: E402
from newsprism.report import report_stories  # noqa: E402


def linked(inputs: list[Path], cache: Path) -> tuple[list[Article], CorpusLinks]:
    """The kept articles of `inputs` and their links, as the digest makes them (kept in `cache`)."""
    if cache.exists():
        kept, links = pickle.loads(cache.read_bytes())
        return kept, links
    kept = [a for a in extract_all(read_documents(inputs), jobs=1) if a.kept]
    links = link_corpus(kept)
    cache.write_bytes(pickle.dumps((kept, links), protocol=pickle.HIGHEST_PROTOCOL))
    return kept, links


def sampled(links: CorpusLinks, every: int) -> CorpusLinks:
    """The links of every `every`-th story by size (articles of its events, biggest first; ties by
    id), with their events only."""
    size: dict[str, int] = {}
    for e in links.events:
        size[e.story_id] = size.get(e.story_id, 0) + len(e.article_ids)
    chosen = set(sorted(size, key=lambda s: (-size[s], s))[::every])
    return dataclasses.replace(
        links,
        events=[e for e in links.events if e.story_id in chosen],
        stories=[s for s in links.stories if s.id in chosen],
    )


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, required=True, help="the articles' and links' pickle")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--every", type=int, default=1, help="report every K-th story only (biggest first)")
    parser.add_argument("--profile", type=Path, help="profile the report (-j 1) and write the dump here")
    args = parser.parse_args()
    if args.profile and args.jobs != 1:
        parser.error("--profile times this process only: run it with --jobs 1")
    kept, links = linked(args.inputs, args.cache)
    if args.every > 1:
        links = sampled(links, args.every)
    profiler = cProfile.Profile(time.process_time) if args.profile else None
    cpu, wall = _cpu(), time.perf_counter()
    if profiler:
        profiler.enable()
    told = {story.story_id: repr(story) for story in report_stories(kept, links, jobs=args.jobs)}
    if profiler:
        profiler.disable()
    cpu, wall = _cpu() - cpu, time.perf_counter() - wall
    digest = hashlib.sha1()
    for story_id in sorted(told):
        digest.update(told[story_id].encode())
    print(
        f"{sum(len(e.article_ids) for e in links.events)} articles in {len(links.events)} events, "
        f"{len(told)} stories; -j {args.jobs}: "
        f"CPU {cpu:.2f} s, wall {wall:.2f} s; reports sha1 {digest.hexdigest()[:12]}"
    )
    if profiler and args.profile:
        profiler.dump_stats(str(args.profile))
        rank(args.profile)


if __name__ == "__main__":
    main()
