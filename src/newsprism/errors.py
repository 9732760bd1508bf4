"""Every exception newsprism raises, in one tree.

    NewsprismError                 base: catch this to catch them all
    ├── InputNotFound              a path given on the command line does not exist
    ├── InputUnreadable            (ingest.sources) one the user running newsprism may not read
    ├── GroupFieldMissing          no input record has the field asked for by --group-by
    ├── MalformedGroups            a line of a `summarize` GROUPS.jsonl is not a group of documents
    └── UnreadableDocument         one document cannot be read or used (the run goes on:
                                   the pipeline records it as `dropped` with the message)

A document-level problem never stops a run: stages catch `UnreadableDocument` and turn it into a
dropped Article. Only mistakes in what the user asked for (a missing path) stop the run.
"""

from __future__ import annotations

import difflib
import os
import re


class NewsprismError(Exception):
    """Base class of newsprism's exceptions."""


class InputNotFound(NewsprismError):
    def __init__(self, path: str) -> None:
        what = f"it {home_left(path)}" if home_of(path) else "give a file or a folder of news pages"
        # a path of "https://x" reads "https:/x" (its slashes made one): shown as it was typed
        url = _URL.match(path)
        shown = _shown(f"{url.group(1)}://{path[url.end() :]}" if url else path)
        if url:
            what = (
                "newsprism reads saved pages and does not fetch them (it runs offline): save the page "
                f"first (curl -o page.html '{shown}', or wget) and give the file"
            )
        elif len(parts := path.split(",")) > 1 and all(
            p.strip() and os.path.lexists(p.strip()) for p in parts
        ):
            listed = " ".join(f"'{_shown(p.strip())}'" for p in parts)
            what = f"name each input as a word of its own, with spaces between: {listed}"
        elif not home_of(path) and (near := _near(path)) is not None:
            what += f" (is it '{_shown(near)}'?)"
        super().__init__(f"input path '{shown}'{_from_here(path) if not url else ''} does not exist: {what}")
        self.path = path


def _from_here(path: str) -> str:
    """Where a path that climbs out of the current folder leads: README's first command names
    `../shared/seeds`, which is there only beside the clone it was written in, and "input path
    '../shared/seeds' does not exist" did not say where it was looked for."""
    if os.path.isabs(path) or ".." not in path.split(os.sep):
        return ""
    try:
        here = os.getcwd()
    except OSError:  # the current folder was removed under the shell: no place to name
        return ""
    return (
        f" (that is '{_shown(os.path.normpath(os.path.join(here, path)))}', from the folder '{_shown(here)}')"
    )


# A web address given as an input (`digest https://example.com/story.html -o out`): a path made of
# it has its "//" as one "/"
_URL = re.compile(r"(?i)(https?|ftp)://?")


# Names this close to a missing one (difflib's ratio) are offered: 'mesy' for 'messy' (0.89),
# 'artciles' for 'articles' (0.88); 'news' for 'data' is not (0.25)
NEAR_RATIO = 0.8


def _near(path: str) -> str | None:
    """The path a user may have meant: the same without the space or line end a copy took along
    ("data ", "data\n" from a pasted line or `$(cat list)`), or the name in its folder closest to
    the one typed ('mesy', 'Messy' for 'messy'). "does not exist" of a path shown as 'data '
    did not say what was wrong with it."""
    stripped = path.strip()
    if stripped != path and stripped and os.path.lexists(stripped):
        return stripped
    folder, name = os.path.split(path.rstrip("/"))
    try:
        names = os.listdir(folder or ".")
    except OSError:  # its folder is missing too: nothing near to offer
        return None
    same = [n for n in names if n.lower() == name.lower()]
    close = same or difflib.get_close_matches(name, names, n=1, cutoff=NEAR_RATIO)
    return os.path.join(folder, close[0]) if close else None


# A control character in a path (a pasted line's newline): shown escaped, so the message stays one
# line and shows it
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _shown(path: str) -> str:
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], path)


def home_of(path: str) -> str | None:
    """The home folder a shell makes of the path's leading `~` or `~user` unquoted (`~backup` is
    user backup's, /var/backups on Debian), or None: no ~, or a `~name` of no user, which the shell
    leaves as it is and which names a folder called `~name` (`~old`)."""
    head = path.split("/", 1)[0]
    home = os.path.expanduser(head) if head.startswith("~") else head
    return None if home == head else home


def home_left(path: str) -> str:
    """What to do with a path starting with a ~ the shell left as it is: `"~/data"` in quotes, or
    `--output=~/out` (bash expands no ~ after `--output=`), names a folder called ~ here. A
    `"~backup"` is another user's home to the shell (`~backup` unquoted wrote into /var/backups),
    and the user may have meant a folder of that name here: both ways are said."""
    head = path.split("/", 1)[0]
    home = "your home folder" if head == "~" else f"user {head[1:]}'s home folder"
    fix = f"write {path} unquoted, or {os.path.expanduser(path)}"
    if head != "~":
        fix = f"for that folder {fix}; for a folder named {head} here, write ./{path}"
    return f"starts with a ~ the shell did not turn into {home} (it does not in quotes, nor after --output=): {fix}"


def locked_folder(path: str | os.PathLike[str]) -> str | None:
    """The first folder on the way to `path` that the user running newsprism may not enter (it
    lacks the x permission for them: another user's home, mode 700), or None. Anything under such
    a folder cannot even be looked at: Python's "does it exist" raised PermissionError there, and
    each command ended in a traceback (exit 1, "a bug") for an input or an -o inside one. A folder
    on the way that is not there is no lock: the path's own check says it is missing."""
    folder = os.path.dirname(os.path.normpath(path))
    ways = []
    while folder and folder not in ways:
        ways.append(folder)
        folder = os.path.dirname(folder)
    for folder in reversed(ways):  # from the top down: the first lock is the one to open
        if os.path.isdir(folder) and not os.access(folder, os.X_OK):
            return folder
    return None


def locked_advice(locked: str) -> str:
    """What to say of a folder on the way that may not be entered (locked_folder)."""
    return (
        f"permission denied: the user running newsprism may not enter the folder '{_shown(locked)}' "
        f"on its way (let them: chmod a+rx '{_shown(locked)}')"
    )


class GroupFieldMissing(NewsprismError):
    """--group-by FIELD that none of the `articles` kept has; `first`: none of the first `articles`
    records read has it, and the run stops there rather than read the rest (timeline._grouped)."""

    def __init__(self, field: str, articles: int, fields: list[str], *, first: bool = False) -> None:
        have = ", ".join(fields) if fields else "none besides id, text, title, published, outlet, url"
        which = f"the first {articles} records read" if first else f"the {articles} articles"
        later = "; if later records have it, name their files first" if first else ""
        # one article: "none of the 1 articles has" read as a form's words, not a sentence
        lacking = f"none of {which} has a '{field}' field"
        if articles == 1:
            lacking = f"the {'first record read' if first else 'one article'} has no '{field}' field"
        super().__init__(
            f"{lacking} to group by (the JSONL records' other fields: {have}): give one of those, or "
            f"leave out --group-by for one timeline{later}"
        )
        self.field = field


class MalformedGroups(NewsprismError):
    def __init__(self, path: str, line: int, problem: str) -> None:
        super().__init__(
            f"{path}, line {line}: {problem}; each line must be a JSON object "
            '{"id": ..., "documents": [{"id"?, "title", "text"}, ...]}'
        )
        self.path = path
        self.line = line


class UnreadableDocument(NewsprismError):
    """A document cannot be used; the message is the reason recorded as `dropped`."""
