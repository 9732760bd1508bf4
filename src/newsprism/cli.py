"""The `newsprism` command: a thin skin over newsprism.pipeline."""

from __future__ import annotations

import os
import signal
import sys


def _interrupted_early(signum: int, frame: object) -> None:
    """Ctrl-C while the command's own modules load: nothing is written yet, and the traceback of
    whatever was being imported (20-50 lines of it) told the user nothing."""
    os.write(2, b"interrupted: before any output was written; run the command again\n")
    os._exit(130)


# Only as the `newsprism` program (not when a program or a test imports this module), and only
# where Ctrl-C is not ignored (a background job's); _Commands.main hands it back to Python.
if os.path.basename(sys.argv[0]).removesuffix(".exe") == "newsprism" and (
    signal.getsignal(signal.SIGINT) is signal.default_int_handler
):
    signal.signal(signal.SIGINT, _interrupted_early)

import contextlib  # noqa: E402 - after the handler: these imports are the time it covers
import errno  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import re  # noqa: E402
import stat  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Iterator, Sequence  # noqa: E402
from datetime import timedelta  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Protocol  # noqa: E402

import typer  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.markup import escape  # noqa: E402
from rich.progress import BarColumn, Progress, ProgressColumn, SpinnerColumn, TaskID, TextColumn  # noqa: E402
from rich.text import Text  # noqa: E402
from typer.core import TyperCommand, TyperGroup  # noqa: E402

from newsprism.errors import home_left, home_of, locked_advice, locked_folder  # noqa: E402
from newsprism.output.files import check_writable, loop_of_links, written_in_place  # noqa: E402
from newsprism.records import EARLIER_RUN, Article  # noqa: E402

if TYPE_CHECKING:
    from newsprism.llm import LLMSettings

# What each command takes, for a usage error's second line (the framework's usage line read
# "newsprism digest [OPTIONS] {inputs}...", and said nothing of -o, which is required).
_USAGE = {
    "digest": "newsprism digest INPUT... -o OUTDIR [-j N] [-q]",
    "timeline": "newsprism timeline INPUT... -o TIMELINES.jsonl [--group-by FIELD] [--max-dates N]",
    "summarize": "newsprism summarize GROUPS.jsonl -o SUMMARIES.jsonl [--words N]",
}
# A required argument or option left out, in words that say what to give
_MISSING = {
    "inputs": "no INPUT given: name the files or folders of news pages to read (- reads standard input)",
    "groups": "no GROUPS.jsonl given: name the file of groups to summarise (- reads standard input)",
}


# click's usage errors, from typer's own BadParameter: typer 0.12 re-exports click's, later ones
# carry a copy of click inside (typer._click), whose classes the click package's are not
_USAGE_ERROR: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")
_CLICK_ERROR: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def _no_type_shown(param: Any) -> Any:
    """A parameter whose help row shows no value type: typer drew "<bool>" beside every flag (-q,
    -h: as if each took a value, `-q true`) and "<list[Path]>", a Python type, beside INPUT."""
    with contextlib.suppress(AttributeError, TypeError):  # another typer: its own rows
        param.metavar = "" if getattr(param, "is_flag", False) else param.metavar
        if param.param_type_name == "argument":
            param.display_type_rich = lambda ctx=None: None
    return param


class _Command(TyperCommand):
    """A command whose help shows a value's name (OUTDIR, N) and no Python types (_no_type_shown),
    and whose help's usage line is the one its usage errors give (_USAGE)."""

    def get_params(self, ctx: Any) -> list[Any]:
        return [_no_type_shown(p) for p in super().get_params(ctx)]

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        """ "INPUT... -o OUTDIR [OPTIONS]": typer's "[OPTIONS] {INPUT}..." put the input in braces,
        which a shell reads as a list to expand (`digest {INPUT}...`), and named no -o, which every
        command requires."""
        usage = _USAGE.get(self.name or "")
        if usage is None:
            return list(super().collect_usage_pieces(ctx))
        return [usage.removeprefix(f"newsprism {self.name} ").split(" [", 1)[0], "[OPTIONS]"]


class _Commands(TyperGroup):
    """The commands, with a usage error said in two plain lines (what is wrong, and the command's
    usage and where its help is) and exit code 2: typer drew each in a box of 3-5 lines, its
    usage line naming no required -o. Everything else is typer's."""

    interrupt_said = False  # a command said what its Ctrl-C left (_interrupted)

    def get_params(self, ctx: Any) -> list[Any]:
        return [_no_type_shown(p) for p in super().get_params(ctx)]

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        _Commands.interrupt_said = False
        err.stdout_is_output, err.quiet = False, False  # a program's earlier command (a test's)
        argv = list(sys.argv[1:] if args is None else args)
        _no_empty_word(argv)
        _one_output(argv)
        if signal.getsignal(signal.SIGINT) is _interrupted_early:  # from here the commands say it
            signal.signal(signal.SIGINT, signal.default_int_handler)
        with _terminate_as_interrupt():
            self._main(args, prog_name, complete_var, argv, **extra)

    def _main(
        self,
        args: Sequence[str] | None,
        prog_name: str | None,
        complete_var: str | None,
        argv: list[str],
        **extra: Any,
    ) -> NoReturn:
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except SystemExit as e:
            # The help (`newsprism | head -2`) to a reader that stopped reading: rich (which draws
            # typer's help) and click take the broken pipe for a failure, exit 1 in silence ("a
            # bug in newsprism", says the help's own epilog). It is what `-o - | head` is: 141,
            # as `cat` and `git log` give. Each has already pointed standard output at nothing
            # (rich) or made its flush quiet (click's wrapper), so the exit writes nothing more.
            if e.code == 1 and (
                isinstance(e.__context__, BrokenPipeError)
                or type(sys.stdout).__name__ == "PacifyFlushWrapper"
            ):
                sys.exit(141)
            raise
        except _USAGE_ERROR as e:
            if type(e).__name__ != "NoArgsIsHelpError":  # `newsprism` alone: its help is printed
                _usage_error(e, argv)
            sys.exit(getattr(e, "exit_code", 2))
        except _CLICK_ERROR as e:
            getattr(e, "show", print)()
            sys.exit(getattr(e, "exit_code", 1))
        except typer.Abort:
            err.print("[red]aborted[/]", highlight=False)
            sys.exit(1)
        except OSError as e:
            # The help or the version to standard output that cannot take it (`newsprism --help >
            # /dev/full`): a traceback of rich's and exit 1, "a bug". The commands say their own
            # files' errors (_os_error); what reaches here unsaid is typer's help, or a bug.
            if e.filename is not None or not _asks_help(argv):
                raise
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the exit's flush
            err.print(
                f"[red]error[/]: cannot write to standard output: {escape(e.strerror or str(e))}",
                highlight=False,
            )
            sys.exit(2)
        if code == 130 and not self.interrupt_said:
            # Ctrl-C before the command's work began (its modules loading): typer exits 130 in
            # silence, and the user cannot tell whether anything was written
            ended = _terminate_as_interrupt.received
            err.print(
                f"[red]{_ENDED_BY.get(ended, 'interrupted') if ended else 'interrupted'}[/]: before any "
                "output was written; run the command again",
                highlight=False,
            )
            code = 128 + ended if ended else code
        sys.exit(code if isinstance(code, int) else 0)


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, taken as Ctrl-C is (_terminate_as_interrupt); `signum` says which."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


# What each signal ended, as the line says it; the exit status is 128 + the signal's number, the
# status a shell gives a command that the signal ended (143, 129)
_ENDED_BY: dict[int, str] = {int(signal.SIGTERM): "terminated"}
if hasattr(signal, "SIGHUP"):  # none on Windows
    _ENDED_BY[int(signal.SIGHUP)] = "hung up"


class _TerminateAsInterrupt:
    """SIGTERM or SIGHUP while a command runs is Ctrl-C. SIGTERM is what `kill PID`, `timeout 600
    newsprism ...` and a stopped service send, SIGHUP what a closed terminal (a dropped ssh session)
    sends. Each killed the process outright: digest's new output folder was left holding a hidden
    .newsprism-writing/ with half an articles.jsonl, timeline's scratch file stayed for good, the
    workers printed two BrokenPipeError tracebacks, and the shell said 143 with no word (journey
    11). Raised as Terminated (a KeyboardInterrupt), it takes Ctrl-C's way out: everything
    half-written removed, one line, exit 128 + the signal. Once: a second one kills, as one that
    insists should. A signal ignored when the command started stays ignored (`nohup` ignores
    SIGHUP so that a run outlives its terminal). The handlers are put back when the command ends
    (a program or a test that runs the commands keeps its own)."""

    received: int | None = None  # the signal that ended the run

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        from newsprism.workers import handled

        self.received = None
        with handled(_ENDED_BY, self._handle, keep=lambda handler: handler is signal.SIG_DFL):
            yield

    def _handle(self, signum: int, frame: object) -> None:
        self.received = signum
        signal.signal(signum, signal.SIG_DFL)
        raise Terminated(signum)


_terminate_as_interrupt = _TerminateAsInterrupt()


def _asks_help(argv: list[str]) -> bool:
    """Whether the command line asks for a help or the version: -h/--help/--version before any
    `--`, or no command (its help is printed)."""
    words = argv[: argv.index("--")] if "--" in argv else argv
    return not words or any(w in ("-h", "--help", "--version") for w in words)


# the options that take a value (the others, -q and -h, are flags)
_VALUED = frozenset(
    ["-o", "--output", "-j", "--jobs", "--summary-words", "--words", "--group-by", "--max-dates"]
)
# empty is none: `--llm-url "$LLM_URL"` with no LLM_URL set is the rewrite off, as without the option
_EMPTY_IS_NONE = frozenset(["--llm-url", "--llm-model"])


def _command_named(args: Sequence[str]) -> str | None:
    """The command a command line runs: its first word that names one (a page named `digest` comes
    after it)."""
    return next((a for a in args if a in _USAGE), None)


def _no_empty_word(args: list[str]) -> None:
    """Refuse an empty word on the command line: what a shell variable that is not set gives
    (`digest "$DATA" -o "$OUT"`). A path of no characters is the current folder: `-o ''` wrote the
    six outputs among the user's own files there, and an empty INPUT read the whole current folder,
    down every subfolder (journey 10)."""
    command = _command_named(args)
    for i, arg in enumerate(args):
        option = arg[:-1] if arg.startswith("--") and arg.endswith("=") else None
        if (
            (arg != "" and option is None)
            or option in _EMPTY_IS_NONE
            or (i and args[i - 1] in _EMPTY_IS_NONE)
        ):
            continue
        if option is None and i and args[i - 1] in _VALUED:
            option = args[i - 1]
        unset = "as a shell variable that is not set gives"
        if option:
            what = (
                f"{option} is given an empty value (''), {unset} ({option} \"$VAR\"): give {option} its value"
            )
        elif command == "summarize":
            what = f"an empty GROUPS ('') is given, {unset} (\"$GROUPS\"): name the GROUPS.jsonl file"
        else:
            what = (
                f"an empty INPUT ('') is given, {unset} (\"$DATA\"): it would read the whole current "
                "folder; name the files or folders to read"
            )
        _usage_lines(what, command)
        sys.exit(2)


def _outputs_given(args: list[str]) -> list[str | None]:
    """Each -o value on the command line, in order, as click reads it: `-o X`, `-oX`, `--output X`,
    `--output=X`, and -o last in a group of flags (`-qo X`); the value of another option (`--group-by
    -o`) is no -o, and every word after `--` is an input."""
    outputs: list[str | None] = []
    words = iter(args)
    for word in words:
        if word == "--":
            break
        if word.startswith("--output="):
            outputs.append(word.removeprefix("--output="))
        elif word == "--output":
            outputs.append(next(words, None))
        elif word.startswith("-") and not word.startswith("--"):
            for at, letter in enumerate(word[1:], 2):  # -o X, -oX, a group of short options: -qo X
                if letter in "oj":  # each takes the rest of the word, else the next word
                    value = word[at:] or next(words, None)
                    if letter == "o":
                        outputs.append(value)
                    break
        elif word in _VALUED or word in _EMPTY_IS_NONE:
            next(words, None)  # a long option's value, whatever it looks like
    return outputs


def _one_output(args: list[str]) -> None:
    """Refuse an -o of a ~ the shell left as it is (below), and -o given twice (`digest data -o a -o b`): click keeps the last and the run wrote b in
    silence, while the user who typed a may be waiting for it there. -j and the other options keep
    click's last-wins, which a shell alias relies on (`alias nd='newsprism digest -j 4'`, then `nd
    data -o out -j 1`)."""
    outputs = [o for o in _outputs_given(args) if o is not None]  # -o last, with no value: click says so
    if _asks_help(args):
        return
    command = _command_named(args)
    if len(outputs) > 1:
        named = " and ".join(f"'{o}'" for o in outputs)
        _usage_lines(
            f"-o is given {len(outputs)} times ({named}): a run writes one output; give -o once", command
        )
        sys.exit(2)
    home = next((o for o in outputs if home_of(o) and not os.path.lexists(o.split("/", 1)[0])), None)
    if home is not None:
        # `--output=~/out` or `-o "~/out"`: the shell leaves the ~ as it is there, and the run made
        # a folder named ~ in the current one (which `rm -rf ~` would then take for the home folder)
        _usage_lines(f"-o '{home}' {home_left(home)}", command)
        sys.exit(2)
    spaced = next(((o, at) for o in outputs if (at := _spaced_name(o)) is not None), None)
    if spaced is not None:
        given, at = spaced
        parts = given.split("/")
        kind = "file" if at == len(parts) - 1 and command != "digest" else "folder"
        _usage_lines(
            f"-o {_one_line(repr(given))}: the name {_one_line(repr(parts[at]))} begins or ends with a space, "
            f'so a {kind} of that name would be made, space and all (a quoted "$OUT ", a pasted name?): '
            f"give -o {_one_line(repr('/'.join(p.strip() for p in parts)))}; to write to a name with the "
            "space, make it first",
            command,
        )
        sys.exit(2)


def _spaced_name(output: str) -> int | None:
    """Where, in an -o path's names, the first one is that begins or ends with white space and is
    not there yet (`-o "out "` made a folder `out ` in silence, which `ls` shows as `out`, and the
    next run's `-o out` made another), else None. One that exists is the user's: written to."""
    parts = output.split("/")
    for at, name in enumerate(parts):
        if name != name.strip() and name.strip() and not os.path.lexists("/".join(parts[: at + 1])):
            return at
    return None


def _usage_lines(message: str, command: str | None) -> None:
    """A usage error's two lines on stderr: what is wrong, then how the command is run."""
    usage = _USAGE.get(command or "", "newsprism digest|timeline|summarize ...")
    helps = f"newsprism {command} --help" if command else "newsprism --help"
    err.print(f"[red]error[/]: {escape(message)}", highlight=False)
    err.print(f"usage: {escape(usage)} ({escape(helps)} says more)", highlight=False)


def _usage_error(e: Any, argv: Sequence[str] = ()) -> None:
    """Two lines for a usage error: what is wrong, then how the command is run."""
    command = (
        e.ctx.command.name
        if e.ctx is not None and e.ctx.parent is not None
        # an option's missing value ("option '-o' requires an argument") comes with no context
        else _command_named(argv)
    )
    message = e.format_message()
    missing = type(e).__name__ == "MissingParameter" and e.param is not None
    if missing and e.param.name in _MISSING:
        message = _MISSING[e.param.name]
    elif missing and e.param.name == "output":
        what = (
            "the folder to write the outputs in: -o OUTDIR"
            if command == "digest"
            else "the file to write: -o FILE"
        )
        message = f"no -o given: name {what}"
        if "--" in argv and {"-o", "--output"} & set(argv[argv.index("--") :]):
            # `digest -- -n.txt -o out`: after --, -o is a file name too
            message += " before -- (every word after -- is an input)"
    else:
        message = message[:1].lower() + message[1:]
    option = getattr(e, "option_name", None)
    if type(e).__name__ == "NoSuchOption" and option:
        # a page named -n.txt (`digest -n.txt -o out`): "no such option: -n" named no file
        named = next((a for a in argv if a.startswith(option) and os.path.lexists(a)), None)
        if named is not None:
            message += (
                f" ('{named}' is a file: name it ./{named}, or put -- before the inputs and -o before --)"
            )
    _usage_lines(message, command)


app = typer.Typer(
    cls=_Commands,
    add_completion=False,
    # -h as well as --help, as most tools take it (it was "no such option: -h")
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    help="newsprism: turn a heap of scraped news pages into clean articles, events, stories, quotes, "
    "cross-checked claims and cited briefings. Run `newsprism COMMAND --help` for a command's inputs.",
    # where a script or a scheduler reads how a run went (README's "exit status 2" said only one)
    epilog="Exit status: 0 the run is done (a page that cannot be read is a dropped row with its "
    "reason, not a failure); 2 the command line, an input path or the output cannot be used, said "
    "in one line, nothing written; 130 interrupted (Ctrl-C): output files and folders are left as "
    "they were, never half-written; 143 / 129 ended by SIGTERM (kill, timeout) / SIGHUP (the "
    "terminal closed), as Ctrl-C; 141 the reader "
    "of -o - stopped reading (| head); "
    "1 a bug in newsprism (please report it).",
)


class _Said(Console):
    """The console of the command's lines, where a file name that is not valid UTF-8 shows its odd
    bytes as \\xe9, as articles.jsonl's source does (ingest.sources._printable): Python holds them
    as lone surrogates, which printed as \\udce9 in the errors and the summary line."""

    def print(self, *objects: Any, **kwargs: Any) -> None:
        shown = [
            o.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            if isinstance(o, str)
            else o
            for o in objects
        ]
        try:
            super().print(*shown, **kwargs)
        except OSError:  # the lines cannot be written (2>/dev/full, 2>>log on a full disk): they stop
            if not self.stderr:
                raise
            self._lines_gone(broken_pipe=False)

    # timeline and summarize with `-o -`: the command's output is standard output (_dash_out)
    stdout_is_output = False

    def on_broken_pipe(self) -> None:
        """The reader of the command's lines went away (`digest seeds -o out 2>&1 | head -1`).

        rich's own answer is SystemExit(1) at once: digest died at its first warning after the
        reader's last line, with no file written (exit 141, as a pipe's reader gone is told). Its
        lines are not its output: its output is files, and a user who read one line of its talk
        still wants them. So the lines stop here (the stream is pointed at /dev/null: the exit's
        flush and any later line write nowhere, quietly) and the run goes on to its end and its
        own exit status, as `make 2>&1 | head` does. Where the command's output is standard output
        and standard output is that same broken pipe (`timeline ... -o - 2>&1 | head -1`), the
        output's reader is gone too: the command stops at once, 141, as at its output's own
        broken pipe (_os_error)."""
        if not self.stderr:
            super().on_broken_pipe()
            return
        self._lines_gone(broken_pipe=True)

    def _lines_gone(self, *, broken_pipe: bool) -> None:
        """Point the lines' stream at /dev/null; a broken pipe that is standard output's too ends
        the command (141). Any other failure (a full disk) leaves standard output to meet its own."""
        del self._buffer[:]  # what failed to go out: not to be written again
        output_gone = False
        try:
            lines = self.file.fileno()
            output_gone = broken_pipe and self.stdout_is_output and _same_file(lines, sys.stdout.fileno())
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, lines)
            if output_gone:
                os.dup2(null, sys.stdout.fileno())
            os.close(null)
        except (OSError, ValueError, AttributeError):  # no descriptor (a test's capture): say no more
            self.quiet = True
        if output_gone:
            raise SystemExit(141)


def _same_file(a: int, b: int) -> bool:
    """Whether two descriptors are one file (one pipe: `2>&1`)."""
    sa, sb = os.fstat(a), os.fstat(b)
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


err = _Said(stderr=True, soft_wrap=True)


# the optional summary rewrite (llm.py), on `digest` and `summarize`
LLMUrl = Annotated[
    str | None,
    typer.Option(
        "--llm-url",
        metavar="URL",
        help="OpenAI-compatible endpoint (e.g. http://localhost:8080/v1) that rewrites each "
        "summary, keeping its citations; off by default",
    ),
]
LLMModel = Annotated[str | None, typer.Option("--llm-model", metavar="NAME", help="model name for --llm-url")]


# the inputs of digest and timeline: every name in ingest.sources.FORMATS (a test holds them equal).
# readable=False: an input the user may not read is refused by ingest.check_paths, in one line
# that says what to do (typer's "Invalid value for 'inputs': path 'x' is not readable." was
# followed by the usage, as if the command line were wrong)
INPUTS_HELP = (
    "files or folders (read recursively) of .txt/.text, .html/.htm/.xhtml, .json/.jsonl/.ndjson, "
    ".warc and RSS/Atom .xml/.rss/.atom/.rdf pages, or .gz of them; a file named here is read whatever "
    "its name; - (or /dev/stdin) reads standard input. A JSON record: id, text or html, and optionally "
    "title, published, url, outlet, authors"
)

# `-j` on digest and timeline: the meaning workers.usable_jobs gives `jobs` everywhere
JOBS_HELP = "worker processes: 0 (the default) = one per core; more than the cores is capped at the cores"

# digest's --summary-words and summarize's --words: what a budget does (summarise.selection). A
# summary is whole sentences, so `--words 20` gave 37 words and said nothing of why
WORDS_HELP = (
    "in words, roughly: whole sentences are added while the summary is shorter than N, each "
    "ending it at most a tenth past N; where the best opening sentence alone is longer, a summary "
    "opening on an article's lead that fits is taken, else that one whole sentence"
)


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
    kind (one message template) in the whole run, then one line at the end counting the rest.

    Worker processes (forked by the stages' pools: a report worker's "event ...: no report") do
    not print: each forked copy of this handler counted on its own, so `-j 2` printed twice the
    cap and no worker's rest was ever counted. A worker appends its record as one JSON line to
    `relay`, a scratch file every fork shares (O_APPEND: whole lines, whatever the order), and the
    command's process reads the new lines on each poll (each document, stage and event, and at
    the end) and counts them with its own. A file, not a pipe: a worker never waits on a reader
    that is waiting on the worker's result.

    The extract package's warnings (a page's "readability failed", "extraction failed") are not
    printed here: each is the note or the dropped reason of that page's article, which the
    command shows with the page's name, capped as the other per-document warnings (_Warnings),
    and silences with -q; here they printed each failure a second time, without the page."""

    REPEATS = 3
    PER_DOCUMENT = "newsprism.extract"

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen: Counter[tuple[str, str]] = Counter()
        self.pid = os.getpid()
        self.relay: int | None = None
        self.relayed = 0  # bytes of `relay` read
        if os.name == "posix":  # only forked workers inherit this handler (and the file)
            import fcntl

            try:
                with tempfile.TemporaryFile() as f:  # no name: gone when the last fork closes it
                    self.relay = os.dup(f.fileno())
                fcntl.fcntl(self.relay, fcntl.F_SETFL, fcntl.fcntl(self.relay, fcntl.F_GETFL) | os.O_APPEND)
            except OSError:  # no scratch space (TMPDIR full or read-only): workers print their own
                self.relay = None

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == self.PER_DOCUMENT or record.name.startswith(self.PER_DOCUMENT + "."):
            return
        line = (record.name, str(record.msg), record.getMessage())
        if os.getpid() == self.pid:
            self.poll()
            self._count(*line)
        else:
            try:
                if self.relay is None:
                    raise OSError("no relay")
                os.write(self.relay, (json.dumps(line) + "\n").encode("utf-8"))
            except OSError:  # the scratch space is gone or full: said here, counted here
                self._count(*line)

    def poll(self) -> None:
        """Count and print what the workers have relayed since the last poll."""
        if self.relay is None or os.getpid() != self.pid:
            return
        size = os.fstat(self.relay).st_size
        if size <= self.relayed:
            return
        new = os.pread(self.relay, size - self.relayed, self.relayed)
        new = new[: new.rfind(b"\n") + 1]  # whole lines only: one may be being written
        self.relayed += len(new)
        for line in new.splitlines():
            self._count(*json.loads(line))

    def _count(self, name: str, template: str, message: str) -> None:
        key = (name, template)
        self.seen[key] += 1
        if self.seen[key] <= self.REPEATS:
            err.print(f"[yellow]warning[/]: {escape(_one_line(message))}", highlight=False)

    def close(self) -> None:
        self.poll()
        for (_, template), n in self.seen.items():
            if n > self.REPEATS:
                kind = template.replace("%s", "...").replace("%r", "...")
                err.print(f"[yellow]warning[/]: and {n - self.REPEATS} more, {escape(kind)}", highlight=False)
        self.seen.clear()
        if self.relay is not None and os.getpid() == self.pid:
            os.close(self.relay)
            self.relay = None
        super().close()


@contextlib.contextmanager
def _log_lines(handler: _LogLines | None = None) -> Iterator[_LogLines]:
    """While a command runs, newsprism's warnings go to stderr (see _LogLines)."""
    package = logging.getLogger("newsprism")
    handler = handler or _LogLines()
    package.addHandler(handler)
    try:
        yield handler
    finally:
        package.removeHandler(handler)
        handler.close()


class _RunClock(ProgressColumn):
    """The time since the command's display began, whatever the step: each step is a task of its
    own (reading, then linking, then reporting N of M events), and rich's elapsed column went back
    to 0:00:00 at the report, so a run of eight minutes showed one of a few seconds."""

    def __init__(self) -> None:
        super().__init__()
        self.start = time.monotonic()

    def render(self, task: Any) -> Text:
        return Text(str(timedelta(seconds=int(time.monotonic() - self.start))), style="progress.elapsed")


class _Display(Protocol):
    """What the commands ask of their progress display, on a terminal (rich's Progress, redrawn in
    place) or in a log (_ProgressLines, a line at a time): a task per step, counted as it goes
    (`counted`: "documents", "of 4263 events"; `note`: "3 dropped", the timeline being built),
    its name changed as the next step starts. The commands make the same calls of either (timeline
    asked which one it had, to choose a description a terminal shows and a log counts instead)."""

    @property
    def console(self) -> Console: ...
    def __enter__(self) -> Any: ...
    def __exit__(self, *exc: Any) -> Any: ...
    def add_task(
        self, description: str, /, *, total: int | None = None, counted: str, note: str = ""
    ) -> TaskID: ...
    def update(
        self, task: TaskID, /, *, advance: int = 0, description: str | None = None, note: str = ""
    ) -> None: ...
    def advance(self, task: TaskID, /, advance: int = 1) -> None: ...
    def remove_task(self, task: TaskID, /) -> None: ...


class _ProgressLines:
    """Progress as plain lines, for a stderr that is no terminal (`2> run.log`, nohup, cron, a CI
    job's log): the display below draws only on a terminal, and such a run said nothing until its
    last line (minutes at 10,000 pages: was it stuck?). Each line is the run's clock, then what
    is being done: "0:00:14 reading: 10000 documents, 0 dropped" as a step ends, the next step's
    name as it starts ("0:00:14 linking articles: copies"), and, within a long step, how far it
    is at most every EVERY_SECONDS ("0:01:10 reporting: 1200 of 4263 events"). No line before the
    first document (an input refused at the start says only its error), and none with --quiet.
    It takes the calls the commands make of rich's Progress, which it stands in for (_Display)."""

    # a line a long step within a log's reading pace: a 200k digest (about 15 minutes) writes
    # about 90 of them, where a line per 1,000 documents was one a second while reading
    EVERY_SECONDS = 10.0

    def __init__(self) -> None:
        self.console = err
        self.start = self.said_at = time.monotonic()
        self.tasks: dict[TaskID, dict[str, Any]] = {}
        self.began = False  # a first document (or group) was counted: the lines may start
        self.last = ""  # the last line's words, without its clock

    def __enter__(self) -> _ProgressLines:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, description: str, total: int | None = None, **fields: Any) -> TaskID:
        task = TaskID(max(self.tasks, default=-1) + 1)
        self.tasks[task] = {
            "description": description,
            "total": total,
            "completed": 0,
            "at_start": 0,
            **fields,
        }
        if self.began:  # "reporting: 0 of 4263 events"
            self._say(self._count(self.tasks[task]) if total is not None else description)
        return task

    def update(
        self, task: TaskID, *, advance: int = 0, description: str | None = None, **fields: Any
    ) -> None:
        state = self.tasks[task]
        state.update(fields)
        if description is not None and description != state["description"]:
            self._ended(state)
            state["description"], state["at_start"] = description, state["completed"]
            if self.began:
                self._say(description)
        if advance:
            state["completed"] += advance
            if not self.began:
                # the wait before the first document is the start (imports, the worker pool), not
                # the step's pace: a loaded machine's 11 s start said "reading: 1 document", then
                # "reading: 99 documents" a second later
                self.began, self.said_at = True, time.monotonic()
            if time.monotonic() - self.said_at >= self.EVERY_SECONDS:
                self._say(self._count(state))

    def advance(self, task: TaskID, advance: int = 1) -> None:
        self.update(task, advance=advance)

    def remove_task(self, task: TaskID) -> None:
        self._ended(self.tasks.pop(task))

    def _ended(self, state: dict[str, Any]) -> None:
        """A step's last count, when it counted anything (the linking steps count nothing) and
        the line before did not say it already."""
        if state["completed"] != state["at_start"] and (line := self._count(state)) != self.last:
            self._say(line)

    @staticmethod
    def _count(state: dict[str, Any]) -> str:
        """ "reading: 1200 documents, 3 dropped", "reporting: 1 of 2 events", "reading: 1 document"."""
        n, counted = state["completed"], state["counted"]
        if n == 1 and not counted.startswith("of "):
            counted = counted.removesuffix("s")
        note = f", {state['note']}" if state.get("note") else ""
        return f"{state['description']}: {n} {counted}{note}"

    def _say(self, what: str) -> None:
        self.last, self.said_at = what, time.monotonic()
        clock = timedelta(seconds=int(self.said_at - self.start))
        err.print(f"{clock} {_one_line(what)}", markup=False, highlight=False)


def _progress(quiet: bool, *columns: ProgressColumn) -> _Display:
    """A progress display on stderr: what is being done, how many of what (each task's `counted`
    field) so far, the time spent (nothing with --quiet; it vanishes when done, leaving the summary
    line). Only on a terminal: into a log file or a pipe it drew nothing but a blank line at its
    end, before the error or summary line; there it is plain lines (_ProgressLines)."""
    if not quiet and not err.is_terminal:
        return _ProgressLines()
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}[/]"),
        TextColumn("{task.completed} {task.fields[counted]}"),
        *columns,
        _RunClock(),
        console=err,
        disable=quiet or not err.is_terminal,
        transient=True,
    )


class _Warnings:
    """One line on stderr for a dropped document and for each thing reading set aside, but at most
    REPEATS lines of one kind (the same words but for numbers): mixed-dev's gold.jsonl, given by
    mistake, printed 1,272 lines of "not a news document" and buried the rest, as a folder of
    thousands of pages with no article would. The lines left out are counted, and said in one line
    per kind at the end, with where each one is written in full (`articles`, digest's
    articles.jsonl: a dropped document's reason, a kept one's notes).

    And at most LINES lines in all, and KINDS count lines at the end: kinds differ in their words,
    and a heap whose every record had its own unreadable date ('published': "Posted by ...")
    printed three lines of each of thousands of kinds. The rest is one line. All of it is counted
    in this process (workers hand their articles back), so `-j 2` prints what `-j 1` does."""

    REPEATS = 3
    LINES = 20  # with KINDS count lines, the rest's line and the summary: a 30-line screen
    KINDS = 8
    _NUMBER = re.compile(r"\d+")

    def __init__(self, articles: Path | None = None) -> None:
        self.articles = articles
        self.seen: Counter[str] = Counter()
        self.shown: Counter[str] = Counter()
        self.dropped: set[str] = set()  # the kinds that are a dropped reason, not a note
        self.lines = 0
        # a kind's first line and which of its numbers differ in the later ones: the count line
        # says N only for those ("line N:"), not for "ISO 8601" or "RFC 822" in every line's words
        self.first: dict[str, str] = {}
        self.varying: dict[str, set[int]] = {}

    def __call__(self, progress: _Display, art: Article) -> None:
        lines = [f"dropped: {art.dropped}"] if art.dropped else []
        # an earlier run's notes, read back from its articles.jsonl, were said in that run: they are
        # in this run's articles.jsonl again, not on the screen again
        notes = [note for note in art.notes if not note.startswith(EARLIER_RUN)]
        for n, line in enumerate(lines + notes):
            key = self._NUMBER.sub("N", line)  # `line 7:` and `line 8:` are one kind
            self.seen[key] += 1
            first = self._NUMBER.findall(self.first.setdefault(key, line))
            changed = (
                i for i, (a, b) in enumerate(zip(first, self._NUMBER.findall(line), strict=True)) if a != b
            )
            self.varying.setdefault(key, set()).update(changed)
            if n < len(lines):
                self.dropped.add(key)
            if self.seen[key] <= self.REPEATS and self.lines < self.LINES:
                self.shown[key] += 1
                self.lines += 1
                progress.console.print(
                    f"[yellow]warning[/]: {escape(_one_line(f'{_source_of(art.source, line)}: {line}'))}",
                    markup=True,
                    highlight=False,
                )

    def close(self) -> None:
        left = [(kind, n - self.shown[kind]) for kind, n in self.seen.items() if n > self.shown[kind]]
        for kind, n in left[: self.KINDS]:
            said = self._said(kind)
            err.print(
                f"[yellow]warning[/]: and {n} more, {escape(_one_line(said))}{self._where(kind)}",
                highlight=False,
            )
        if rest := left[self.KINDS :]:
            where = f"; each is in {self.articles}" if self.articles else ""
            more = _count(sum(n for _, n in rest), "more warning")
            err.print(
                f"[yellow]warning[/]: and {more} of {_count(len(rest), 'other kind')}{escape(where)}",
                highlight=False,
            )

    def _said(self, kind: str) -> str:
        """A kind's words for its count line: its first line, with N for the numbers that differ."""
        varying, at = self.varying[kind], iter(range(len(kind)))  # at: the number's index in the line
        return self._NUMBER.sub(lambda m: "N" if next(at) in varying else m.group(), self.first[kind])

    def _where(self, kind: str) -> str:
        if self.articles is None:
            return ""
        said = "with its reason" if kind in self.dropped else "in its article's notes"
        return escape(f"; each is in {self.articles} {said}")


# A JSON Lines record's source names its line ("bad.jsonl#line 2"), and so do the reasons reading
# gives for a line ("malformed JSON on line 2: ...", "line 2: the input ends inside this record"):
# the warning said the line twice, "bad.jsonl#line 2: dropped: malformed JSON on line 2: ..."
_LINE_OF_SOURCE = re.compile(r"#line (\d+)$")


def _source_of(source: str, said: str) -> str:
    """The source as a warning names it: without its "#line N" where the words after it name that
    line themselves (articles.jsonl's `source` keeps it whole)."""
    at = _LINE_OF_SOURCE.search(source)
    if at is None or not re.search(rf"\bline {at.group(1)}\b", said):
        return source
    return source[: at.start()]


# A control character in a file's name or a record's value (a newline, ESC): printed as it is,
# `name<newline>with newline.txt` broke its warning over two lines, and ESC [ ... m would restyle the
# user's terminal. Each is shown escaped, as articles.jsonl's JSON and `ls -b` show it.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _one_line(text: str) -> str:
    return _CONTROL.sub(lambda m: _ESCAPES.get(m.group(), f"\\x{ord(m.group()):02x}"), text)


def _count(n: int, one: str, many: str | None = None) -> str:
    """A count and its noun, "1 document" or "2 documents" (the last lines said "1 documents: 1
    articles kept")."""
    return f"{n} {one if n == 1 else many or one + 's'}"


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
    `whole`: the earlier run's, or all the new run's where the Ctrl-C came once they were moved in,
    told by the folder's articles.jsonl against `before` (it said "nothing new was written" of
    the new outputs). timeline and summarize write their one file whole or not at all (output.files.
    replacing): `before` is its state when the command started (_file_state); a file changed
    since holds the whole new output (a Ctrl-C after it was moved in: "was being written and
    holds only part of the output" said robust21's message, of a whole file). Standard output or
    a pipe is written as it goes, and stops where it was cut."""
    where = escape(str(output))
    if _file_state(output / "articles.jsonl" if whole else output) == before:
        said = f"nothing new was written to {where} (what was there is left as it was)"
        again = "; run the command again to write it"
    elif not whole and (written_in_place(output) or not output.is_file()):
        said, again = f"the output to {where} stops where it was cut", "; run the command again to write it"
    else:
        said, again = f"{where} was written whole before the interrupt", ""
    _Commands.interrupt_said = True
    stop = sys.exc_info()[1]
    ended = stop.signum if isinstance(stop, Terminated) else signal.SIGINT
    err.print(f"[red]{_ENDED_BY.get(ended, 'interrupted')}[/]: {said}{again}", highlight=False)
    raise typer.Exit(128 + ended)


def _file_state(path: Path) -> tuple[int, int] | None:
    """A regular file's (modification time, size), which writing it changes; None for no file."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size) if stat.S_ISREG(st.st_mode) else None


# Errors that only writing meets: a write's error carries no file name (a full disk said "error:
# No space left on device: check the path, ..." and named no file), so it is the output's
_WRITING_ERRORS = frozenset([errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS])


def _os_error(e: OSError, output: Path | None = None) -> NoReturn:
    """A file error no reader reports as a dropped document: the output file, or summarize's
    GROUPS file. One line, no traceback. Nothing is left half-written (output.files.replacing).

    `-o - | head` is no error: the reader took what it wanted and closed the pipe. The command
    stops in silence with 141 (128 + SIGPIPE), as `cat` and `git log` do (it said "error: Broken
    pipe: check the path, its permissions and the free space", exit 2)."""
    if isinstance(e, BrokenPipeError) and output is not None and written_in_place(output):
        with contextlib.suppress(OSError):  # the exit's flush of what is left must not fail
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(141)
    name = e.filename or (output if e.errno in _WRITING_ERRORS else None)
    where = f"'{name}': " if name else ""
    advice = (
        "free some space there or give another -o"
        if e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
        else "check the path, its permissions and the free space"
    )
    err.print(f"[red]error[/]: {escape(where + (e.strerror or str(e)))}: {advice}", highlight=False)
    raise typer.Exit(2)


def _nothing_read(inputs: list[Path], output: Path | None = None) -> None:
    """A warning when the inputs held no file newsprism reads (an empty folder, other formats)."""
    from newsprism.ingest.sources import FORMATS

    names = ", ".join(escape(str(p)) for p in inputs)
    if output is not None and output.resolve() in {p.resolve() for p in inputs if p.is_dir()}:
        # `digest out -o out`: "a folder is read for files named .jsonl ..." of a folder holding
        # articles.jsonl puzzled; its own outputs are not read back, as they are to be replaced
        err.print(
            f"[yellow]warning[/]: no documents found in {names}: the outputs of a digest into "
            f"{escape(str(output))} are not read back as its input; to digest its articles again, "
            f"name {escape(str(output / 'articles.jsonl'))} and give another -o",
            highlight=False,
        )
        return
    err.print(
        f"[yellow]warning[/]: no documents found in {names}: a folder is read for files named "
        f"{' '.join(sorted(FORMATS))} (or .gz of them), and for pages saved under their address's name "
        "(.php, .aspx, no extension); name another file on the command line to read it",
        highlight=False,
    )


def _kept_earlier(output: Path, why: str) -> None:
    """timeline/summarize -o FILE that read nothing (or timeline that kept no article) leave an
    earlier non-empty FILE as it was (as digest leaves its folder's outputs), and say so: the
    file's date and lines are not this run's."""
    err.print(
        f"{why}, nothing written: the earlier {escape(str(output))} is left as it was",
        highlight=False,
    )


# `-` for standard input or output, as other command-line tools read it (it was taken as a file
# named "-": `summarize g.jsonl -o -` wrote a file of that name)
STDIN, STDOUT = Path("/dev/stdin"), Path("/dev/stdout")


def _shown(output: Path) -> str:
    """An output file as the last line names it: `-o -` is "standard output" ("-> /dev/stdout"
    named a file the user never typed)."""
    return "standard output" if output == STDOUT else escape(str(output))


def _dash_in(paths: list[Path]) -> list[Path]:
    return [STDIN if str(p) == "-" else p for p in paths]


def _dash_out(path: Path) -> Path:
    return STDOUT if str(path) == "-" else path


def _stdout_open(output: Path) -> None:
    """`-o -` with standard output closed (`>&-`, a service with none): refused before any reading;
    the whole input was read, then "error: '/dev/stdout': No such file or directory"."""
    if output != STDOUT:
        return
    try:
        os.fstat(1)
    except OSError:
        _refuse("-o -: standard output is closed, so there is nothing to write to: give -o a file")


def _from_terminal(
    inputs: list[Path], what: str, example: str
) -> tuple[list[Path], contextlib.AbstractContextManager[None]]:
    """`-` read from a terminal: say so (nothing piped in, the command sat waiting without a word,
    as if it hung), then read what is typed or pasted, up to Ctrl-D, before the run begins.

    Read first, and whole: read as the run went, the progress display redrew its line ten times a
    second over the user's typing, and Ctrl-D with nothing typed made a dropped row ("empty file:
    nothing came through the pipe") and a run of empty outputs. Nothing typed is no input: with
    no other input the command stops (exit 2, nothing written), else the other inputs are read.
    Returns the inputs and a context in which `-` reads the typed text (ingest.streams.typed)."""
    if STDIN not in inputs or sys.stdin is None or not sys.stdin.isatty():
        return inputs, contextlib.nullcontext()
    from newsprism.ingest.streams import typed

    err.print(
        f"reading the {what} from the terminal (standard input, -): type or paste them and end "
        f"with Ctrl-D, or press Ctrl-C and pipe them in (cat FILE | newsprism ... -)",
        highlight=False,
    )
    chunks = []
    # the terminal went away (its window closed: EIO): what came is all that comes
    with contextlib.suppress(OSError):
        while chunk := os.read(sys.stdin.fileno(), 1 << 16):  # b"": Ctrl-D at the start of a line
            chunks.append(chunk)
    text = b"".join(chunks)
    if text.strip():
        return inputs, typed(STDIN, text)
    others = [p for p in inputs if p != STDIN]
    if not others:
        _refuse(
            f"no input: nothing was typed at standard input (-) before Ctrl-D: type or paste the {what} "
            f"first, or pipe them in ({example})"
        )
    err.print("nothing was typed at standard input (-): reading the other inputs", highlight=False)
    return others, contextlib.nullcontext()


def _check_output_file(output: Path, inputs: list[Path], command: str, example: str) -> None:
    """Refuse, before any reading, an output file that cannot be: a folder (it failed only after
    the whole input was read), or an input (`summarize g.jsonl -o g.jsonl` wrote its summaries over
    the groups it had read, and `timeline data -o data/a.jsonl` over an input in the folder: the
    input was lost). An earlier timeline in an input folder may be replaced."""
    if output.is_dir():
        _refuse(
            f"-o '{output}' is a folder: {command} writes one file; give a file name, such as {output / example}"
        )
    if loop := loop_of_links(output):  # read_documents' exclusion of it failed with a traceback
        _refuse(f"-o '{output}' is {loop}: give another output file")
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


def _output_reachable(output: Path) -> None:
    """Refuse an -o under a folder the user may not enter (errors.locked_folder), before anything
    is read: asking whether it was there ended each command in a traceback (exit 1)."""
    if (locked := locked_folder(output)) is not None:
        _refuse(f"cannot write -o '{output}': {locked_advice(locked)}, or give another -o")


def _output_folder(output: Path) -> None:
    """Make the output file's folder before any reading: a folder that cannot be made (a typo'd
    path, a file of that name, no permission) failed only once every input was read."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError as e:
        _refuse(f"-o '{output}': '{e.filename}' is a file, not a folder; give another output path")
    except OSError as e:
        _os_error(e)
    try:
        check_writable(output)  # a read-only or full folder failed only after the whole input was read
    except OSError as e:
        _refuse(
            f"cannot write -o '{output}': {e.strerror or e}; give another -o, or free space or fix the "
            "permissions there"
        )


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


def _version(asked: bool) -> None:
    if asked:
        from newsprism import __version__

        typer.echo(f"newsprism {__version__}")
        raise typer.Exit()


# --version, on the program and on each command: `newsprism digest --version` (where a user adds it
# to the command line they have) was "no such option: --version"
Version = Annotated[
    bool,
    typer.Option("--version", help="Print newsprism's version and exit.", is_eager=True, callback=_version),
]


@app.callback()
def main(version: Version = False) -> None:
    """newsprism: turn a heap of scraped news pages into clean articles and briefings."""


@app.command(
    "digest",
    cls=_Command,
    short_help="Read news pages and write their articles, events, stories, quotes and a briefing.",
    # one line each: typer's help keeps a docstring's line breaks ("... and write" alone on a line)
    help="Read news pages, extract clean articles, group them into events and stories, and write "
    "OUTDIR/articles.jsonl, events.jsonl, stories.jsonl, quotes.jsonl and briefing.{html,md}.",
)
def digest_cmd(
    inputs: Annotated[list[Path], typer.Argument(help=INPUTS_HELP, readable=False, metavar="INPUT")],
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            metavar="OUTDIR",
            readable=False,  # an output is to be written: _output_reachable and the writers say why not
            help="folder to write articles.jsonl and the rest in (made if missing); a run replaces "
            "the outputs of an earlier run there and leaves other files alone",
        ),
    ],
    jobs: Annotated[
        int,
        typer.Option("-j", "--jobs", min=0, help=JOBS_HELP, metavar="N"),
    ] = 0,
    quiet: Annotated[
        bool, typer.Option("-q", "--quiet", help="no progress bar or per-document warnings")
    ] = False,
    summary_words: Annotated[
        int,
        typer.Option(
            "--summary-words", min=10, metavar="N", help=f"length of each event's summary {WORDS_HELP}"
        ),
    ] = 60,
    llm_url: LLMUrl = None,
    llm_model: LLMModel = None,
    version: Version = False,
) -> None:
    """Read news pages, extract clean articles, group them into events and stories, and write
    OUTPUT/articles.jsonl, events.jsonl, stories.jsonl, quotes.jsonl and briefing.{html,md}."""
    from newsprism.errors import NewsprismError
    from newsprism.pipeline import digest

    if str(output) == "-":
        _refuse("-o -: digest writes a folder of six files, not one stream; give a folder name")
    _output_reachable(output)
    inputs, typed = _from_terminal(
        _dash_in(inputs), "documents", "cat docs.jsonl | newsprism digest - -o OUT"
    )
    workers = _workers(jobs, quiet)
    before = _file_state(output / "articles.jsonl")
    progress = _progress(quiet, BarColumn(bar_width=None), TextColumn("[dim]{task.fields[note]}"))
    task = progress.add_task("reading", total=None, counted="documents", note="0 dropped")
    dropped = 0
    warn = _Warnings(output / "articles.jsonl")
    logs = _LogLines()

    def on_article(art: Article) -> None:
        nonlocal dropped
        dropped += art.dropped is not None
        if not quiet:
            warn(progress, art)
        logs.poll()
        progress.update(task, advance=1, note=f"{dropped} dropped")

    def on_stage(stage: str, total: int | None) -> None:
        """Each later step replaces the reading line; the report counts its events to `total`."""
        nonlocal task
        logs.poll()
        if total is None:
            progress.update(task, description=stage)
            return
        progress.remove_task(task)
        task = progress.add_task(stage, total=total, counted=f"of {total} events", note="")

    def on_event() -> None:
        logs.poll()
        progress.advance(task)

    try:
        with typed, progress, _log_lines(logs):
            result = digest(
                inputs,
                output,
                jobs=workers,
                summary_words=summary_words,
                llm=_llm_settings(llm_url, llm_model),
                on_article=on_article,
                on_stage=on_stage,
                on_event=on_event,
            )
    except NewsprismError as e:  # a missing input, an output folder that cannot be written
        err.print(f"[red]error[/]: {escape(str(e))}", highlight=False)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        _interrupted(output, before, whole=True)
    warn.close()
    for mine, aside in result.set_aside:  # said even with --quiet: the user's file has a new name
        err.print(
            f"[yellow]warning[/]: {escape(str(mine))} was not written by newsprism: it is kept as "
            f"{escape(str(aside))} (digest writes its own {escape(mine.name)} there)",
            highlight=False,
        )
    if result.documents == 0:
        _nothing_read(inputs, output)
    if result.kept_earlier:
        err.print(
            f"nothing read, nothing written: the earlier outputs in {escape(str(result.outdir))} are left as they were",
            highlight=False,
        )
        return
    copies = f" ({_count(result.copies, 'copy', 'copies')})" if result.copies else ""
    err.print(
        f"{_count(result.documents, 'document')}: {_count(result.kept, 'article')} kept{copies}, "
        f"{result.dropped} dropped; {_count(result.events, 'event')} in "
        f"{_count(result.stories, 'story', 'stories')} -> {result.outdir}/articles.jsonl, events.jsonl, "
        "stories.jsonl, quotes.jsonl, briefing.html, briefing.md",
        highlight=False,
    )


@app.command(
    "timeline",
    cls=_Command,
    short_help="Dated timelines of news articles: one over all, or one per --group-by value.",
    help="Build dated timelines from news articles: one over all of them, or one per --group-by value. "
    'Writes one line per timeline: {"topic", "entries": [{"date", "text", "article_ids"}]}.',
)
def timeline_cmd(
    inputs: Annotated[list[Path], typer.Argument(help=INPUTS_HELP, readable=False, metavar="INPUT")],
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            metavar="FILE",
            readable=False,  # an output is to be written: _output_reachable and the writers say why not
            help="TIMELINES.jsonl to write (replaced if it is there, kept if no timeline is found; - for standard output)",
        ),
    ],
    group_by: Annotated[
        str | None,
        typer.Option(
            "--group-by", metavar="FIELD", help="one timeline per value of this JSONL field (e.g. topic)"
        ),
    ] = None,
    max_dates: Annotated[
        int | None,
        typer.Option(
            "--max-dates",
            min=1,
            metavar="N",
            help="dates per timeline (default: every date several articles name)",
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option("-j", "--jobs", min=0, help=JOBS_HELP, metavar="N"),
    ] = 0,
    quiet: Annotated[
        bool, typer.Option("-q", "--quiet", help="no progress bar, per-document warnings or summary line")
    ] = False,
    version: Version = False,
) -> None:
    """Build dated timelines from news articles: one over all of them, or one per --group-by value.
    Writes one line per timeline: {"topic", "entries": [{"date", "text", "article_ids"}]}."""
    from newsprism.errors import NewsprismError
    from newsprism.ingest import check_paths
    from newsprism.timeline import write_timelines

    inputs, output = _dash_in(inputs), _dash_out(output)
    err.stdout_is_output = output == STDOUT
    _stdout_open(output)
    _output_reachable(output)
    inputs, typed = _from_terminal(inputs, "documents", "cat docs.jsonl | newsprism timeline - -o t.jsonl")
    try:  # before the output's folder is made: a missing input left a new, empty folder behind
        check_paths(inputs)
    except NewsprismError as e:
        _refuse(str(e))
    _check_output_file(output, inputs, "timeline", "timelines.jsonl")
    before = _file_state(output)
    progress = _progress(quiet, TextColumn("[dim]{task.fields[note]}"))
    task = progress.add_task("reading", total=None, counted="documents", note="")
    warn = _Warnings()
    logs = _LogLines()

    def on_article(art: Article) -> None:
        if not quiet:
            warn(progress, art)
        logs.poll()
        progress.update(task, advance=1)

    built = 0

    def on_stage(stage: str) -> None:
        """Each timeline as it is begun ("timeline <topic>"): one step that counts the timelines
        built, the one being built its note (a terminal shows it; a log's line per timeline was 115
        lines for --group-by outlet of 10,000 pages)."""
        nonlocal task, built
        logs.poll()
        if built == 0:
            progress.remove_task(task)
            task = progress.add_task("building timelines", counted="timelines", note=stage)
        else:
            progress.update(task, advance=1, note=stage)
        built += 1

    try:
        with typed, progress, _log_lines(logs):
            run = write_timelines(
                inputs,
                output,
                group_by=group_by,
                max_dates=max_dates,
                jobs=_workers(jobs, quiet),
                on_article=on_article,
                on_stage=on_stage,
            )
    except NewsprismError as e:
        err.print(f"[red]error[/]: {escape(str(e))}", highlight=False)
        raise typer.Exit(2) from None
    except OSError as e:
        _os_error(e, output)
    except KeyboardInterrupt:
        _interrupted(output, before)
    warn.close()
    if run.documents == 0:
        _nothing_read(inputs)
    if run.kept_earlier:  # said even with --quiet, as digest says it: the file is not this run's
        _kept_earlier(run.output, "nothing read" if run.documents == 0 else "no article kept")
        return
    if run.ungrouped and not quiet:
        # "1 articles have no 'author' field: left out" (of what, the user asked)
        have = "has" if run.ungrouped == 1 else "have"
        err.print(
            f"[yellow]warning[/]: {_count(run.ungrouped, 'article')} {have} no '{escape(str(group_by))}' "
            "field: left out of the timelines",
            highlight=False,
        )
    if not quiet:
        err.print(
            f"{_count(run.documents, 'document')}: {_count(run.articles, 'article')} in "
            f"{_count(run.timelines, 'timeline')} -> {_shown(run.output)}",
            highlight=False,
        )


@app.command(
    "summarize",
    cls=_Command,
    short_help="A cited summary of each group of documents in a GROUPS.jsonl.",
    help="Write a cited extractive summary of each group of documents: one line per group, "
    '{"id", "summary", "sentences": [{"text", "article_ids"}], "headline"}.',
)
def summarize_cmd(
    groups: Annotated[
        Path,
        typer.Argument(
            readable=False,  # refused below, in words that say what to do
            metavar="GROUPS",
            help='GROUPS.jsonl: one {"id", "documents": [{"id"?, "title", "text"}]} per line; - reads standard input',
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            metavar="FILE",
            readable=False,  # an output is to be written: _output_reachable and the writers say why not
            help="SUMMARIES.jsonl to write (replaced if it is there, kept if no group is read; - for standard output)",
        ),
    ],
    words: Annotated[
        int, typer.Option("--words", min=1, metavar="N", help=f"length of each summary {WORDS_HELP}")
    ] = 60,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="no progress bar or summary line")] = False,
    llm_url: LLMUrl = None,
    llm_model: LLMModel = None,
    version: Version = False,
) -> None:
    """Write a cited extractive summary of each group of documents: one line per group,
    {"id", "summary", "sentences": [{"text", "article_ids"}], "headline"}."""
    from newsprism.errors import InputNotFound, NewsprismError
    from newsprism.llm import rewrite_or_keep
    from newsprism.summarise import write_summaries

    settings = _llm_settings(llm_url, llm_model)
    [groups], output = _dash_in([groups]), _dash_out(output)
    err.stdout_is_output = output == STDOUT
    _stdout_open(output)
    _output_reachable(output)
    if (locked := locked_folder(groups)) is not None:
        _refuse(f"cannot read the GROUPS file '{groups}': {locked_advice(locked)}")
    if groups == STDIN and not groups.exists():  # closed: /dev/stdin is a link to nothing
        _refuse(
            "standard input (-) is closed, so there is nothing to read from it: pipe the groups in "
            "(e.g. cat groups.jsonl | newsprism summarize - -o s.jsonl) or give a GROUPS file"
        )
    if groups.is_file() and not os.access(groups, os.R_OK):
        _refuse(
            f"cannot read the GROUPS file '{groups}': permission denied: let the user running "
            "newsprism read it (chmod a+r)"
        )
    _, typed = _from_terminal([groups], "groups", "cat groups.jsonl | newsprism summarize - -o s.jsonl")
    _check_output_file(output, [groups], "summarize", "summaries.jsonl")
    before = _file_state(output)

    progress = _progress(quiet)
    task = progress.add_task("summarising", total=None, counted="groups")
    try:
        with typed, progress, _log_lines():
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
        _os_error(e, output)
    except KeyboardInterrupt:
        _interrupted(output, before)
    if run.groups == 0:
        err.print(
            f"[yellow]warning[/]: no groups in {escape(str(groups))}: it holds no line; each line is one "
            'group, {"id": ..., "documents": [{"id"?, "title", "text"}, ...]}',
            highlight=False,
        )
    if run.kept_earlier:
        _kept_earlier(run.output, "nothing read")
        return
    if run.unsummarised and not quiet:
        # its line's "summary": "" was the only word of it (a group of no documents, or of texts
        # with no sentence a summary may take: a headline alone, a line of a few words)
        shown = ", ".join(f"'{gid}'" for gid in run.unsummarised[: _Warnings.REPEATS])
        more = (
            f" and {len(run.unsummarised) - _Warnings.REPEATS} more"
            if len(run.unsummarised) > _Warnings.REPEATS
            else ""
        )
        err.print(
            f"[yellow]warning[/]: {_count(len(run.unsummarised), 'group')} got an empty summary, "
            f"{escape(shown)}{more}: it has no document, or none that holds a sentence a summary may "
            "take (a whole sentence of prose, not a headline or a few words)",
            highlight=False,
        )
    if not quiet:
        err.print(
            f"{_count(run.groups, 'group')} of {_count(run.documents, 'document')} summarised -> {_shown(run.output)}",
            highlight=False,
        )


if __name__ == "__main__":
    app()
