"""rewrite_summary against a small OpenAI-compatible server on 127.0.0.1 (no other network)."""

from __future__ import annotations

import json
import re
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsprism.errors import NewsprismError
from newsprism.llm import DEFAULT_MODEL, LLMError, rewrite_summary
from newsprism.records import SummarySentence

# an extractive summary of NeuS group train-0 (shared/data/summaries/neus), as summarise gives it
SUMMARY = [
    SummarySentence(
        text="President Trump on Monday slammed former Secretary of State John Kerry for reportedly "
        "working to save the Iran nuclear deal.",
        article_ids=("train-0-0",),
    ),
    SummarySentence(
        text="President Trump on Monday castigated John F. Kerry following a report that the former "
        "secretary of state was engaged in unusual shadow diplomacy in a bid to preserve the pact he "
        "helped negotiate to limit Iran’s nuclear program.",
        article_ids=("train-0-1",),
    ),
    SummarySentence(
        text="Liberals tried to criminalize contacts with Russia.",
        article_ids=("train-0-2",),
    ),
]


@dataclass
class ChatServer:
    """What the fake endpoint answers, and every request it got (path, headers, JSON body)."""

    url: str
    # the answer's text, built from the numbered input sentences the request carried
    reply: Callable[[dict[int, str]], str] = lambda numbered: ""
    status: int = 200
    raw: bytes | None = None  # a body sent as it is, instead of a chat completion
    delay: float = 0.0
    requests: list[tuple[str, dict[str, str], dict]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ChatServer]:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    state: ChatServer

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            state.requests.append((self.path, dict(self.headers), body))
            state.release.wait(state.delay)
            user = body["messages"][-1]["content"]
            numbered = {int(n): text for n, text in re.findall(r"^\[(\d+)\] (.*)$", user, re.MULTILINE)}
            completion = {
                "object": "chat.completion",
                "model": body["model"],
                "choices": [{"index": 0, "message": {"role": "assistant", "content": state.reply(numbered)}}],
            }
            payload = state.raw if state.raw is not None else json.dumps(completion).encode()
            try:
                self.send_response(state.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except OSError:  # the client gave up waiting (the timeout test)
                pass

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state = ChatServer(url=f"http://127.0.0.1:{httpd.server_address[1]}")
    thread = threading.Thread(target=httpd.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield state
    state.release.set()
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def test_request_carries_model_temperature_and_only_the_numbered_sentences(server: ChatServer) -> None:
    server.reply = lambda numbered: " ".join(f"{text[:-1]} [{n}]." for n, text in numbered.items())
    rewrite_summary(SUMMARY, url=server.url, model="llama-3-8b", words=40)
    [(path, headers, body)] = server.requests
    assert path == "/v1/chat/completions"
    assert headers["Content-Type"] == "application/json"
    assert "Authorization" not in headers
    assert body["model"] == "llama-3-8b"
    assert body["temperature"] == 0
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    user = body["messages"][1]["content"]
    assert "about 40 words" in user
    # the summary sentences, numbered, and nothing else of the articles
    assert re.findall(r"^\[(\d+)\] (.*)$", user, re.MULTILINE) == [
        (str(n), s.text) for n, s in enumerate(SUMMARY, 1)
    ]


def test_echoed_sentences_keep_their_own_articles(server: ChatServer) -> None:
    server.reply = lambda numbered: " ".join(f"{text[:-1]} [{n}]." for n, text in numbered.items())
    rewritten = rewrite_summary(SUMMARY, url=server.url)
    assert rewritten == SUMMARY
    assert server.requests[0][2]["model"] == DEFAULT_MODEL


@pytest.mark.parametrize(
    "answer",
    [
        "Trump attacked Kerry's shadow diplomacy to save the Iran deal [1][2]. Liberals once tried to "
        "criminalize contacts with Russia [3].",
        "Trump attacked Kerry's shadow diplomacy to save the Iran deal. [1][2] Liberals once tried to "
        "criminalize contacts with Russia. [3]",
        "Trump attacked Kerry's shadow diplomacy to save the Iran deal [1, 2]. Liberals once tried to "
        "criminalize contacts with Russia [3].",
        "Trump attacked Kerry's shadow diplomacy [2] to save the Iran deal [1]. Liberals once tried to "
        "criminalize contacts with Russia [3].",
        "- Trump attacked Kerry's shadow diplomacy to save the Iran deal [2][1].\n- Liberals once tried "
        "to criminalize contacts with Russia [3].",
        "<think>Sentences 1 and 2 say the same. [1]</think>\nTrump attacked Kerry's shadow diplomacy to "
        "save the Iran deal [1][2]. Liberals once tried to criminalize contacts with Russia [3].",
    ],
    ids=["before-stop", "after-stop", "comma-list", "inside", "bullets", "think-block"],
)
def test_markers_map_back_to_the_union_of_article_ids(server: ChatServer, answer: str) -> None:
    server.reply = lambda numbered: answer
    assert rewrite_summary(SUMMARY, url=server.url) == [
        SummarySentence(
            text="Trump attacked Kerry's shadow diplomacy to save the Iran deal.",
            article_ids=("train-0-0", "train-0-1"),
        ),
        SummarySentence(
            text="Liberals once tried to criminalize contacts with Russia.", article_ids=("train-0-2",)
        ),
    ]


def test_sentences_without_a_valid_marker_are_dropped(
    server: ChatServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.reply = lambda numbered: (
        "Here is the summary. "  # no marker
        "Trump attacked John Kerry over the Iran nuclear deal [1]. "
        "Kerry met Iran's foreign minister three times [4]. "  # there is no sentence 4
        "Liberals tried to criminalize contacts with Russia [0][3]."  # nor a sentence 0
    )
    with caplog.at_level("WARNING", logger="newsprism.llm"):
        rewritten = rewrite_summary(SUMMARY, url=server.url)
    assert rewritten == [
        SummarySentence(
            text="Trump attacked John Kerry over the Iran nuclear deal.", article_ids=("train-0-0",)
        )
    ]
    assert len(caplog.records) == 3
    assert "three times" in caplog.text


def test_an_answer_with_nothing_citable_raises(server: ChatServer) -> None:
    server.reply = lambda numbered: "Trump attacked John Kerry over the Iran nuclear deal."
    with pytest.raises(LLMError, match=r"without usable citation markers like \[1\]"):
        rewrite_summary(SUMMARY, url=server.url)


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (
            {"status": 500, "raw": b'{"error": "model not loaded"}'},
            r"HTTP 500: .*model not loaded.*serves model",
        ),
        ({"status": 401, "raw": b'{"error": "bad key"}'}, r"HTTP 401.*OPENAI_API_KEY"),
        ({"raw": b"<html>not json"}, r"did not answer with an OpenAI chat completion.*not json"),
        ({"raw": b'{"choices": []}'}, r"did not answer with an OpenAI chat completion"),
        ({"delay": 5.0}, r"did not answer within 0.2 s; give a longer timeout"),
    ],
    ids=["http-500", "http-401", "not-json", "no-choices", "timeout"],
)
def test_endpoint_failures_raise_llm_error(server: ChatServer, setup: dict, message: str) -> None:
    for name, value in setup.items():
        setattr(server, name, value)
    with pytest.raises(LLMError, match=message):
        rewrite_summary(SUMMARY, url=server.url, timeout=0.2)


def test_a_server_that_is_not_running_raises_llm_error() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(LLMError, match="cannot reach the LLM.*check that the server is running"):
        rewrite_summary(SUMMARY, url=f"http://127.0.0.1:{port}", timeout=5)


def test_llm_error_is_a_newsprism_error() -> None:
    assert issubclass(LLMError, NewsprismError)


@pytest.mark.parametrize(
    ("key", "env", "sent"),
    [("k-arg", None, "Bearer k-arg"), (None, "k-env", "Bearer k-env"), ("k-arg", "k-env", "Bearer k-arg")],
)
def test_api_key_is_sent_as_bearer_token(
    server: ChatServer, monkeypatch: pytest.MonkeyPatch, key: str | None, env: str | None, sent: str
) -> None:
    if env is not None:
        monkeypatch.setenv("OPENAI_API_KEY", env)
    server.reply = lambda numbered: "Trump attacked John Kerry over the Iran nuclear deal [1]."
    rewrite_summary(SUMMARY, url=server.url, api_key=key)
    assert server.requests[0][1]["Authorization"] == sent


@pytest.mark.parametrize("suffix", ["", "/", "/v1", "/v1/", "/v1/chat/completions"])
def test_server_root_base_url_and_full_url_reach_the_same_endpoint(server: ChatServer, suffix: str) -> None:
    server.reply = lambda numbered: "Trump attacked John Kerry over the Iran nuclear deal [1]."
    rewrite_summary(SUMMARY, url=server.url + suffix)
    assert server.requests[0][0] == "/v1/chat/completions"


def test_likely_mistakes_are_refused_without_a_request(server: ChatServer) -> None:
    assert rewrite_summary([], url=server.url) == []
    with pytest.raises(TypeError, match="list of SummarySentence"):
        rewrite_summary(SUMMARY[0], url=server.url)  # type: ignore[arg-type]
    with pytest.raises(LLMError, match="not an http"):
        rewrite_summary(SUMMARY, url="127.0.0.1:8080")
    assert server.requests == []


# --- the commands: --llm-url on `newsprism summarize` and `newsprism digest` -----------------------


def _merged_reply(numbered: dict[int, str]) -> str:
    """One rewritten sentence citing every input sentence: the citations must come back as the union."""
    return (
        "The outlets report the same happening in their own words "
        + "".join(f"[{n}]" for n in numbered)
        + "."
    )


def test_summarize_with_llm_url_keeps_the_citations(server: ChatServer, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsprism.cli import app

    docs = [{"id": s.article_ids[0], "title": "Trump and Kerry", "text": s.text} for s in SUMMARY]
    groups = tmp_path / "groups.jsonl"
    groups.write_text(json.dumps({"id": "g1", "documents": docs}) + "\n", encoding="utf-8")
    server.reply = _merged_reply
    out = tmp_path / "s.jsonl"
    result = CliRunner().invoke(
        app, ["summarize", str(groups), "-o", str(out), "-q", "--llm-url", server.url]
    )
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["summary"].startswith("The outlets report the same happening")
    (sentence,) = row["sentences"]
    plain = CliRunner().invoke(app, ["summarize", str(groups), "-o", str(tmp_path / "p.jsonl"), "-q"])
    assert plain.exit_code == 0
    extractive = json.loads((tmp_path / "p.jsonl").read_text(encoding="utf-8"))
    assert set(sentence["article_ids"]) == {a for s in extractive["sentences"] for a in s["article_ids"]}
    content = server.requests[0][2]["messages"][-1]["content"]
    assert re.findall(r"^\[\d+\] (.*)$", content, re.MULTILINE) == [
        s["text"] for s in extractive["sentences"]
    ]


def test_digest_with_an_endpoint_that_fails_keeps_extractive_summaries(
    server: ChatServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from newsprism.llm import LLMSettings
    from newsprism.pipeline import digest

    for s in SUMMARY:
        record = {"id": s.article_ids[0], "title": "Trump slams Kerry over Iran deal", "text": s.text}
        (tmp_path / f"{s.article_ids[0]}.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    server.status = 500
    digest([tmp_path], tmp_path / "out", llm=LLMSettings(url=server.url))
    events = [
        json.loads(x) for x in (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert all(e["summary"] for e in events)
    assert "kept the extractive summary" in caplog.text and server.requests
