"""The `newsprism` command: a thin skin over newsprism.pipeline."""

from __future__ import annotations

import contextlib
import logging
import re
import stat
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsprism.records import Article

if TYPE_CHECKING:
    from newsprism.llm import LLMSettings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="newsprism: turn a heap of scraped news pages into clean articles, events, stories, quotes, "
    "cross-checked claims and cited briefings. Run `newsprism COMMAND --help` for a command's inputs.",
)
err = Console(stderr=True, soft_wrap=True)


# the optional summary rewrite (llm.py), on `digest` and `summarize`
LLMUrl = Annotated[
    str | None,
    typer.Option(
        "--llm-url",
        help="OpenAI-compatible endpoint (e.g. http://localhost:8080/v1) that rewrites each "
        "summary, keeping its citations; off by default",
    ),
]
LLMModel = Annotated[str | None, typer.Option("--llm-model", help="model name for --llm-url")]


# the inputs of digest and timeline: every name in ingest.sources.FORMATS (a test holds them equal)
INPUTS_HELP = (
    "files or folders (read recursively) of .txt/.text, .html/.htm/.xhtml, .json/.jsonl/.ndjson, "
    ".warc and RSS/Atom .xml/.rss/.atom pages, or .gz of them; a file named here is read whatever "
    "its name; - (or /dev/stdin) reads standard input"
)

# `-j` on digest and timeline: the meaning workers.usable_jobs gives `jobs` everywhere
JOBS_HELP = "worker processes: 0 (the default) = one per core; more than the cores is capped at the cores"


def _llm_settings(url: str | None, model: str | None) -> LLMSettings | None:
    """The --llm-url settings; a URL that is no http(s) URL is refused before any work (each event
    failed on it, one by one), and --llm-model alone is said to do nothing."""
    from newsprism.llm import LLMSettings

    if url and not url.startswith(("http://", "https://")):
        _refuse(f"--llm-url '{url}' is not an http(s) URL: give e.g. http://127.0.0.1:8080/v1")
    if model and not url:
        err.print("[yellow]warning[/]: --llm-model does nothing without --llm-url", highlight=False)
    return LLMSettings(url=url, model=model) if url else None


class _LogLines(logging.Handler):
    """The library's warnings (newsprism's loggers) on stderr, one line each: the package leaves
    logging to the application, and the command set up none, so they were lost (`--llm-url` to a
    server that is down kept every extractive summary without a word). At most REPEATS of one
    kind (one message template), then one line counting the rest."""

    REPEATS = 3

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen: Counter[tuple[str, str]] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        key = (record.name, str(record.msg))
        self.seen[key] += 1
        if self.seen[key] <= self.REPEATS:
            err.print(f"[yellow]warning[/]: {escape(record.getMessage())}", highlight=False)

    def close(self) -> None:
        for (_, template), n in self.seen.items():
            if n > self.REPEATS:
                kind = template.replace("%s", "...").replace("%r", "...")
                err.print(f"[yellow]warning[/]: and {n - self.REPEATS} more, {escape(kind)}", highlight=False)
        self.seen.clear()
        super().close()


@contextlib.contextmanager
def _log_lines() -> Iterator[None]:
    """While a command runs, newsprism's warnings go to stderr (see _LogLines)."""
    package = logging.getLogger("newsprism")
    handler = _LogLines()
    package.addHandler(handler)
    try:
        yield
    finally:
        package.removeHandler(handler)
        handler.close()


def _progress(quiet: bool, *columns: ProgressColumn) -> Progress:
    """A progress display on stderr: what is being done, how many of what (each task's `counted`
    field) so far, the time spent (nothing with --quiet; it vanishes when done, leaving the summary
    line). Only on a terminal: into a log file or a pipe it drew nothing but a blank line at its
    end, before the error or summary line."""
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}[/]"),
        TextColumn("{task.completed} {task.fields[counted]}"),
        *columns,
        TimeElapsedColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
        transient=True,
    )


class _Warnings:
    """One line on stderr for a dropped document and for each thing reading set aside, but at most
    REPEATS lines of one kind (the same words but for numbers): mixed-dev's gold.jsonl, given by
    mistake, printed 1,272 lines of "not a news document" and buried the rest, as a folder of
    thousands of pages with no article would. The lines left out are counted, and said in one line
    per kind at the end (`where` says where each one is written in full)."""

    REPEATS = 3
    _NUMBER = re.compile(r"\d+")

    def __init__(self, where: str) -> None:
        self.where = where
        self.seen: Counter[str] = Counter()

    def __call__(self, progress: Progress, art: Article) -> None:
        lines = [f"dropped: {art.dropped}"] if art.dropped else []
        for line in lines + list(art.notes):
            key = self._NUMBER.sub("N", line)  # `line 7:` and `line 8:` are one kind
            self.seen[key] += 1
            if self.seen[key] <= self.REPEATS:
                progress.console.print(
                    f"[yellow]warning[/]: {escape(art.source)}: {escape(line)}", markup=True, highlight=False
                )

    def close(self) -> None:
        for kind, n in self.seen.items():
            if n > self.REPEATS:
                err.print(
                    f"[yellow]warning[/]: and {n - self.REPEATS} more, {escape(kind)}{self.where}",
                    highlight=False,
                )


def _workers(jobs: int, quiet: bool) -> int:
    """The worker processes for `-j`: one per core for 0, and never more than the cores."""
    from newsprism.workers import usable_jobs

    workers = usable_jobs(jobs)
    if jobs > workers and not quiet:
        err.print(
            f"[yellow]warning[/]: -j {jobs}: this run may use {workers} cores; using {workers} workers "
            "(more would only take turns on them)",
            highlight=False,
        )
    return workers


def _interrupted(output: Path, before: tuple[int, int] | None = None, *, whole: bool = False) -> NoReturn:
    """Ctrl-C: say what is left, and exit as a shell expects of an interrupted command (130).

    digest writes its folder's files all at once at its end (pipeline.digest), so they are left
    `whole`. timeline and summarize write their one file as they go: `before` is its state when
    the command started (_file_state), and the message says whether it was touched (it said
    "nothing new was written" of a timelines file cut halfway)."""
    where = escape(str(output))
    if whole or _file_state(output) == before:
        said = f"nothing new was written to {where} (what was there is left as it was)"
    elif not output.is_file():
        said = f"the output to {where} stops where it was cut"
    else:
        said = f"{where} was being written and holds only part of the output"
    err.print(f"[red]interrupted[/]: {said}; run the command again to write it", highlight=False)
    raise typer.Exit(130)


def _file_state(path: Path) -> tuple[int, int] | None:
    """A regular file's (modification time, size), which writing it changes; None for no file."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size) if stat.S_ISREG(st.st_mode) else None


def _os_error(e: OSError) -> NoReturn:
    """A file error no reader reports as a dropped document: the output file, or summarize's
    GROUPS file. One line, no traceback."""
    where = f"'{e.filename}': " if e.filename else ""
    err.print(
        f"[red]error[/]: {escape(where + (e.strerror or str(e)))}: check the path, its permissions and the free space",
        highlight=False,
    )
    raise typer.Exit(2)


def _nothing_read(inputs: list[Path]) -> None:
    """A warning when the inputs held no file newsprism reads (an empty folder, other formats)."""
    from newsprism.ingest.sources import FORMATS

    names = ", ".join(escape(str(p)) for p in inputs)
    err.print(
        f"[yellow]warning[/]: no documents found in {names}: a folder is read for files named "
        f"{' '.join(sorted(FORMATS))} (or .gz of them); name another file on the command line to read it",
        highlight=False,
    )


# `-` for standard input or output, as other command-line tools read it (it was taken as a file
# named "-": `summarize g.jsonl -o -` wrote a file of that name)
STDIN, STDOUT = Path("/dev/stdin"), Path("/dev/stdout")


def _dash_in(paths: list[Path]) -> list[Path]:
    return [STDIN if str(p) == "-" else p for p in paths]


def _dash_out(path: Path) -> Path:
    return STDOUT if str(path) == "-" else path


def _check_output_file(output: Path, inputs: list[Path], command: str, example: str) -> None:
    """Refuse, before any reading, an output file that cannot be: a folder (it failed only after
    the whole input was read), or an input (`summarize g.jsonl -o g.jsonl` wrote its summaries over
    the groups it had read, and `timeline data -o data/a.jsonl` over an input in the folder: the
    input was lost). An earlier timeline in an input folder may be replaced."""
    if output.is_dir():
        _refuse(
            f"-o '{output}' is a folder: {command} writes one file; give a file name, such as {output / example}"
        )
    _output_folder(output)
    if not output.is_file():
        # nothing there, or a stream (`-o -` to a terminal or a pipe) that writing destroys
        # nothing in: `summarize - -o -` on a terminal was refused, its stdin and stdout being
        # one device
        return
    target = output.resolve()
    for path in inputs:
        root = path.resolve()
        if target == root:
            _refuse(
                f"-o '{output}' is also an input: writing it would destroy what it holds; give another output file"
            )
        if root.is_dir() and target.is_relative_to(root) and not _earlier_output(output):
            _refuse(
                f"-o '{output}' is a file in the input folder '{path}': writing it would destroy that "
                "input; give an output file outside the input folders"
            )


def _output_folder(output: Path) -> None:
    """Make the output file's folder before any reading: a folder that cannot be made (a typo'd
    path, a file of that name, no permission) failed only once every input was read."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError as e:
        _refuse(f"-o '{output}': '{e.filename}' is a file, not a folder; give another output path")
    except OSError as e:
        _os_error(e)


def _earlier_output(path: Path) -> bool:
    """Whether a file holds nothing or a timeline run's lines: its first line is {"topic", "entries"}
    as timeline writes it (a news record with a 'summary' field is an input, not an earlier output).
    Told by its start and fields, not parsed: a first timeline of over 1 MB (a long topic's dates)
    was not JSON within the 1 MB read, and the re-run into it was refused."""
    from newsprism.ingest.sources import written_so

    return written_so(path, b'{"topic": ', (b'"entries": [',))


def _refuse(message: str) -> NoReturn:
    err.print(f"[red]error[/]: {escape(message)}", highlight=False)
    raise typer.Exit(2)


@app.callback()
def main() -> None:
    """newsprism: turn a heap of scraped news pages into clean articles and briefings."""


@app.command("digest")
def digest_cmd(
    inputs: Annotated[list[Path], typer.Argument(help=INPUTS_HELP)],
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            help="folder to write articles.jsonl and the rest in (made if missing); a run replaces "
            "the outputs of an earlier run there and leaves other files alone",
        ),
    ],
    jobs: Annotated[
        int,
        typer.Option("-j", "--jobs", min=0, help=JOBS_HELP),
    ] = 0,
    quiet: Annotated[
        bool, typer.Option("-q", "--quiet", help="no progress bar or per-document warnings")
    ] = False,
    summary_words: Annotated[
        int, typer.Option("--summary-words", min=10, help="length of each event's summary, in words")
    ] = 60,
    llm_url: LLMUrl = None,
    llm_model: LLMModel = None,
) -> None:
    """Read news pages, extract clean articles, group them into events and stories, and write
    OUTPUT/articles.jsonl, events.jsonl, stories.jsonl, quotes.jsonl and briefing.{html,md}."""
    from newsprism.errors import NewsprismError
    from newsprism.pipeline import digest

    if str(output) == "-":
        _refuse("-o -: digest writes a folder of six files, not one stream; give a folder name")
    inputs = _dash_in(inputs)
    workers = _workers(jobs, quiet)
    progress = _progress(quiet, BarColumn(bar_width=None), TextColumn("[dim]{task.fields[note]}"))
    task = progress.add_task("reading", total=None, counted="documents", note="0 dropped")
    dropped = 0
    warn = _Warnings(f"; each is in {output / 'articles.jsonl'} with its reason")

    def on_article(art: Article) -> None:
        nonlocal dropped
        dropped += art.dropped is not None
        if not quiet:
            warn(progress, art)
        progress.update(task, advance=1, note=f"{dropped} dropped")

    def on_stage(stage: str, total: int | None) -> None:
        """Each later step replaces the reading line; the report counts its events to `total`."""
        nonlocal task
        if total is None:
            progress.update(task, description=stage)
            return
        progress.remove_task(task)
        task = progress.add_task(stage, total=total, counted=f"of {total} events", note="")

    try:
        with progress, _log_lines():
            result = digest(
                inputs,
                output,
                jobs=workers,
                summary_words=summary_words,
                llm=_llm_settings(llm_url, llm_model),
                on_article=on_article,
                on_stage=on_stage,
                on_event=lambda: progress.advance(task),
            )
    except NewsprismError as e:  # a missing input, an output folder that cannot be written
        err.print(f"[red]error[/]: {escape(str(e))}", highlight=False)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        _interrupted(output, whole=True)
    warn.close()
    for mine, aside in result.set_aside:  # said even with --quiet: the user's file has a new name
        err.print(
            f"[yellow]warning[/]: {escape(str(mine))} was not written by newsprism: it is kept as "
            f"{escape(str(aside))} (digest writes its own {escape(mine.name)} there)",
            highlight=False,
        )
    if result.documents == 0:
        _nothing_read(inputs)
    err.print(
        f"{result.documents} documents: {result.kept} articles kept, {result.dropped} dropped -> "
        f"{result.outdir}/articles.jsonl, events.jsonl, stories.jsonl, quotes.jsonl, briefing.html, "
        "briefing.md",
        highlight=False,
    )


@app.command("timeline")
def timeline_cmd(
    inputs: Annotated[list[Path], typer.Argument(help=INPUTS_HELP)],
    output: Annotated[
        Path,
        typer.Option(
            "-o", "--output", help="TIMELINES.jsonl to write (replaced if it is there; - for standard output)"
        ),
    ],
    group_by: Annotated[
        str | None,
        typer.Option("--group-by", help="one timeline per value of this JSONL field (e.g. topic)"),
    ] = None,
    max_dates: Annotated[
        int | None,
        typer.Option(
            "--max-dates", min=1, help="dates per timeline (default: every date several articles name)"
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option("-j", "--jobs", min=0, help=JOBS_HELP),
    ] = 0,
    quiet: Annotated[
        bool, typer.Option("-q", "--quiet", help="no progress bar, per-document warnings or summary line")
    ] = False,
) -> None:
    """Build dated timelines from news articles: one over all of them, or one per --group-by value.
    Writes one line per timeline: {"topic", "entries": [{"date", "text", "article_ids"}]}."""
    from newsprism.errors import NewsprismError
    from newsprism.timeline import write_timelines

    inputs, output = _dash_in(inputs), _dash_out(output)
    _check_output_file(output, inputs, "timeline", "timelines.jsonl")
    before = _file_state(output)
    progress = _progress(quiet)
    task = progress.add_task("reading", total=None, counted="documents")
    warn = _Warnings("")

    def on_article(art: Article) -> None:
        if not quiet:
            warn(progress, art)
        progress.update(task, advance=1)

    try:
        with progress, _log_lines():
            run = write_timelines(
                inputs,
                output,
                group_by=group_by,
                max_dates=max_dates,
                jobs=_workers(jobs, quiet),
                on_article=on_article,
                on_stage=lambda stage: progress.update(task, description=stage),
            )
    except NewsprismError as e:
        err.print(f"[red]error[/]: {escape(str(e))}", highlight=False)
        raise typer.Exit(2) from None
    except OSError as e:
        _os_error(e)
    except KeyboardInterrupt:
        _interrupted(output, before)
    warn.close()
    if run.documents == 0:
        _nothing_read(inputs)
    if run.ungrouped and not quiet:
        err.print(
            f"[yellow]warning[/]: {run.ungrouped} articles have no '{group_by}' field: left out",
            highlight=False,
        )
    if not quiet:
        err.print(
            f"{run.documents} documents: {run.articles} articles in {run.timelines} timelines -> {run.output}",
            highlight=False,
        )


@app.command("summarize")
def summarize_cmd(
    groups: Annotated[
        Path,
        typer.Argument(
            help='GROUPS.jsonl: one {"id", "documents": [{"id"?, "title", "text"}]} per line; - reads standard input'
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "-o", "--output", help="SUMMARIES.jsonl to write (replaced if it is there; - for standard output)"
        ),
    ],
    words: Annotated[int, typer.Option("--words", min=1, help="length of each summary in words")] = 60,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="no progress bar or summary line")] = False,
    llm_url: LLMUrl = None,
    llm_model: LLMModel = None,
) -> None:
    """Write a cited extractive summary of each group of documents: one line per group,
    {"id", "summary", "sentences": [{"text", "article_ids"}], "headline"}."""
    from newsprism.errors import InputNotFound, NewsprismError
    from newsprism.llm import rewrite_or_keep
    from newsprism.summarise import write_summaries

    settings = _llm_settings(llm_url, llm_model)
    [groups], output = _dash_in([groups]), _dash_out(output)
    if groups == STDIN and not groups.exists():  # closed: /dev/stdin is a link to nothing
        _refuse(
            "standard input (-) is closed, so there is nothing to read from it: pipe the groups in "
            "(e.g. cat groups.jsonl | newsprism summarize - -o s.jsonl) or give a GROUPS file"
        )
    _check_output_file(output, [groups], "summarize", "summaries.jsonl")
    before = _file_state(output)

    progress = _progress(quiet)
    task = progress.add_task("summarising", total=None, counted="groups")
    try:
        with progress, _log_lines():
            run = write_summaries(
                groups,
                output,
                words=words,
                rewrite=(lambda gid, s: rewrite_or_keep(s, settings, words, f"group {gid}"))
                if settings
                else None,
                on_group=lambda _: progress.advance(task),
            )
    except InputNotFound:  # its own words: "give a file or a folder of news pages" is digest's
        err.print(
            f"[red]error[/]: GROUPS file '{escape(str(groups))}' does not exist: give the path of a "
            "GROUPS.jsonl file (see newsprism summarize --help for its lines)",
            highlight=False,
        )
        raise typer.Exit(2) from None
    except NewsprismError as e:
        err.print(f"[red]error[/]: {escape(str(e))}", highlight=False)
        raise typer.Exit(2) from None
    except OSError as e:
        _os_error(e)
    except KeyboardInterrupt:
        _interrupted(output, before)
    if run.groups == 0:
        err.print(
            f"[yellow]warning[/]: no groups in {escape(str(groups))}: it holds no line; each line is one "
            'group, {"id": ..., "documents": [{"id"?, "title", "text"}, ...]}',
            highlight=False,
        )
    if not quiet:
        err.print(
            f"{run.groups} groups of {run.documents} documents summarised -> {run.output}", highlight=False
        )


if __name__ == "__main__":
    app()
