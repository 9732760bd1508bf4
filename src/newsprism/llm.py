"""Optional abstractive rewrite of a cited summary through an OpenAI-compatible chat endpoint.

rewrite_summary(sentences, url=...) -> list[SummarySentence]: the extractive summary goes in, each
sentence with the articles that support it; a fluent rewrite comes out whose every sentence still
cites its articles. Off by default: newsprism never needs a model, and only the caller that is
given an endpoint (a local llama.cpp, vLLM or Ollama server, or any OpenAI-compatible service)
calls this. Only the summary sentences are sent, never the articles.

The request is a POST to {url}/v1/chat/completions ({url}/chat/completions for an OpenAI-style
base URL ending in /v1, {url} itself when it ends in /chat/completions), JSON with the model,
temperature 0 and these messages, over stdlib urllib only:

    system: You rewrite news summaries. Use only facts stated in the numbered sentences you are
            given; add nothing, and keep names, numbers and dates exactly as written.
    user:   Rewrite the numbered sentences below as one fluent, neutral summary of about {words}
            words. End every sentence of your summary with the numbers, in square brackets, of
            the sentences it draws on, for example [1] or [2][3]. Answer with the summary only.

            [1] first extractive sentence
            [2] second extractive sentence ...

How the answer is read:
  1. `<think>` blocks (reasoning models), list bullets and list numbers are removed;
  2. the markers ([2], [2][3], [2, 3]) are taken out of the text and the rest is split into
     sentences; a marker belongs to the sentence it ends or stands in, so "... Kerry [1]." and
     "... Kerry. [1]" both cite [1] for that sentence;
  3. a sentence with no marker, or with a number that is not an input sentence, cannot be cited and
     is dropped (logged); the others take the union of their input sentences' article ids.
If nothing citable remains, or the endpoint cannot be reached, fails, times out or answers
something that is not a chat completion, LLMError says what happened: the caller keeps the
extractive summary and warns.
"""

from __future__ import annotations

import http.client
import json
import logging
import os
import re
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.analyse.sentences import split_sentences
from newsprism.errors import NewsprismError
from newsprism.records import SummarySentence

__all__ = ["DEFAULT_MODEL", "LLMError", "LLMSettings", "rewrite_or_keep", "rewrite_summary"]

logger = logging.getLogger(__name__)

# OpenAI's small chat model; llama.cpp's server ignores the name, vLLM and Ollama want the name of
# the model they serve (pass it as `model`)
DEFAULT_MODEL = "gpt-4o-mini"

# how much of an error body goes into an LLMError message: enough for the server's one-line reason
ERROR_BODY_CHARS = 200

SYSTEM_PROMPT = (
    "You rewrite news summaries. Use only facts stated in the numbered sentences you are given; "
    "add nothing, and keep names, numbers and dates exactly as written."
)
USER_PROMPT = (
    "Rewrite the numbered sentences below as one fluent, neutral summary of about {words} words. "
    "End every sentence of your summary with the numbers, in square brackets, of the sentences it "
    "draws on, for example [1] or [2][3]. Answer with the summary only.\n\n{numbered}"
)

# one or more citation markers, with the space before them: " [2]", "[2][3]", " [2, 3]"
_MARKERS = re.compile(r"\s*(?:\[\s*\d+(?:\s*,\s*\d+)*\s*\])+")
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL)
_BULLET = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+", re.MULTILINE)


class LLMError(NewsprismError):
    """The LLM endpoint gave no usable summary; the message says why and what to do."""


def rewrite_summary(
    sentences: Sequence[SummarySentence],
    *,
    url: str,
    model: str = DEFAULT_MODEL,
    words: int = 60,
    api_key: str | None = None,
    timeout: float = 60.0,
) -> list[SummarySentence]:
    """Rewrite an extractive summary as fluent prose of about `words` words, keeping citations.

    `api_key` (or else the OPENAI_API_KEY environment variable) is sent as a Bearer token when set.
    Raises LLMError when the endpoint gives nothing usable.
    """
    if isinstance(sentences, (str, SummarySentence)):
        raise TypeError("rewrite_summary takes a list of SummarySentence, not a single one")
    if not sentences:
        return []
    numbered = "\n".join(f"[{n}] {s.text}" for n, s in enumerate(sentences, 1))
    messages = [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": USER_PROMPT.format(words=words, numbered=numbered)},
    ]
    answer = _chat(
        _endpoint(url),
        {"model": model, "messages": messages, "temperature": 0},
        api_key=api_key if api_key is not None else os.environ.get("OPENAI_API_KEY"),
        timeout=timeout,
    )
    rewritten = _cite(answer, sentences)
    if not rewritten:
        raise LLMError(
            f"the LLM at {url} (model '{model}') answered without usable citation markers like [1] "
            f"in any sentence: {answer[:ERROR_BODY_CHARS]!r}; try a model that follows instructions "
            "better, or run without the LLM to keep the extractive summary"
        )
    return rewritten


def _endpoint(url: str) -> str:
    """The chat-completions URL for a server root, an OpenAI-style base URL (…/v1) or the full URL."""
    if not url.startswith(("http://", "https://")):
        raise LLMError(f"LLM URL '{url}' is not an http(s) URL: give e.g. http://127.0.0.1:8080")
    url = url.rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    if url.endswith("/v1"):
        return url + "/chat/completions"
    return url + "/v1/chat/completions"


def _chat(endpoint: str, body: dict[str, object], *, api_key: str | None, timeout: float) -> str:
    """POST one chat completion and return the answer's text."""
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    request = urllib.request.Request(endpoint, data=json.dumps(body).encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace")[:ERROR_BODY_CHARS]
        error.close()
        hint = (
            "set OPENAI_API_KEY (or pass the key) for this server"
            if error.code in (401, 403)
            else f"check the URL and that the server serves model '{body['model']}'"
        )
        raise LLMError(f"the LLM at {endpoint} answered HTTP {error.code}: {detail!r}; {hint}") from error
    except (OSError, http.client.HTTPException) as error:  # URLError and TimeoutError are OSErrors
        reason = getattr(error, "reason", error)
        if isinstance(reason, TimeoutError):
            raise LLMError(
                f"the LLM at {endpoint} did not answer within {timeout:g} s; "
                "give a longer timeout or a faster model"
            ) from error
        raise LLMError(
            f"cannot reach the LLM at {endpoint} ({reason}); check that the server is running and the URL"
        ) from error
    try:
        content = json.loads(raw)["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError) as error:
        raise LLMError(
            f"the LLM at {endpoint} did not answer with an OpenAI chat completion "
            f"({type(error).__name__}: {raw[:ERROR_BODY_CHARS].decode('utf-8', 'replace')!r}); check that the URL is an "
            "OpenAI-compatible server"
        ) from error
    if not isinstance(content, str):
        raise LLMError(
            f"the LLM at {endpoint} answered with no text (content {content!r}); try again or another model"
        )
    return content


def _cite(answer: str, sources: Sequence[SummarySentence]) -> list[SummarySentence]:
    """The answer's sentences that cite input sentences, each with their article ids (steps 1-3)."""
    answer = _BULLET.sub("", _THINK.sub("", answer)).strip()
    # 2. take the markers out, remembering where each stood in the text without them
    pieces: list[str] = []
    markers: list[tuple[int, list[int]]] = []  # (offset in the plain text, numbers)
    at = length = 0
    for match in _MARKERS.finditer(answer):
        pieces.append(answer[at : match.start()])
        length += len(pieces[-1])
        markers.append((length, [int(n) for n in re.findall(r"\d+", match.group())]))
        at = match.end()
    plain = "".join(pieces) + answer[at:]
    sentences = split_sentences(plain)
    cited: list[list[int]] = [[] for _ in sentences]
    for offset, numbers in markers if sentences else []:
        # the last sentence begun before the marker: it ends there, or the marker stands inside it
        owner = max((i for i, s in enumerate(sentences) if s.start < offset), default=0)
        cited[owner].extend(numbers)
    # 3. keep what can be cited
    result = []
    for sentence, numbers in zip(sentences, cited, strict=True):
        if not numbers or not all(1 <= n <= len(sources) for n in numbers):
            logger.warning(
                "dropped a rewritten sentence that cites %s: %r", numbers or "nothing", sentence.text
            )
            continue
        ids = dict.fromkeys(i for n in sorted(set(numbers)) for i in sources[n - 1].article_ids)
        result.append(SummarySentence(text=" ".join(sentence.text.split()), article_ids=tuple(ids)))
    return result


@dataclass(frozen=True, slots=True, kw_only=True)
class LLMSettings:
    """An OpenAI-compatible endpoint that rewrites extractive summaries (off when not given)."""

    url: str
    model: str | None = None


def rewrite_or_keep(
    sentences: list[SummarySentence], settings: LLMSettings, words: int, what: str
) -> list[SummarySentence]:
    """The summary rewritten through the endpoint, or, when that fails, the extractive one as it
    was, with a warning naming `what` (an event or group id) and the reason."""
    if not sentences:
        return sentences
    try:
        return rewrite_summary(
            sentences, url=settings.url, model=settings.model or DEFAULT_MODEL, words=words
        )
    except LLMError as e:
        logger.warning("%s: kept the extractive summary: %s", what, e)
        return sentences
