"""Every Python block of the user guide (generated/README.md, rendered from
templates/guide.md.jinja, also the package's docstring) runs as written, against a stand-in for
TaskRouter, and passes ``mypy --strict``. The provisioning functions it defines are then driven
through both of their paths."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import yaml
from loopback_taskrouter import TaskRouterServer, taskrouter
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import ConsoleSpanExporter, SpanExportResult
from opentelemetry.trace import SpanKind

from scenarios import CONFIGURATION, PAGE_META, WORKFLOW_FULL, WORKFLOW_SID, WORKSPACE_SID
from spec_operations import operations
from support import ROOT, SPEC_PATH, Recorder, make_client

__all__ = ["taskrouter"]
from taskrouter_client import AuthenticatedClient

README = ROOT / "generated" / "README.md"
OPERATIONS = operations(yaml.safe_load(SPEC_PATH.read_text()), "taskrouter_client")


def blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(), re.S)


ETAG = '"etag-1"'
TOLD = {"Twilio-Request-Id": "RQ" + "1" * 32, "X-Rate-Limit-Remaining": "42", "ETag": ETAG}


def stand_in(existing: bool = True) -> Recorder:
    """TaskRouter as the guide's calls need it: a list finds one Workflow (or none), a create or an
    update answers the Workflow with the configuration it was sent; every answer carries a request
    id, a rate-limit header and an ETag."""

    def answer(request: httpx.Request) -> httpx.Response:
        response = workflows(request)
        response.headers.update(TOLD)
        return response

    def workflows(request: httpx.Request) -> httpx.Response:
        if "/Workflows" not in request.url.path:  # another resource: its operation's example answer
            return spec_answer(request)
        if request.method == "GET" and request.url.path.endswith("/Workflows"):
            workflows = [WORKFLOW_FULL] if existing else []
            return httpx.Response(200, json={"meta": PAGE_META, "workflows": workflows})
        if request.method == "GET":
            return httpx.Response(200, json=WORKFLOW_FULL)
        sent = parse_qs(request.content.decode())
        workflow = WORKFLOW_FULL | {"configuration": sent.get("Configuration", [WORKFLOW_FULL["configuration"]])[0]}
        return httpx.Response(201 if request.url.path.endswith("/Workflows") else 200, json=workflow)

    return Recorder(answer)


def spec_answer(request: httpx.Request) -> httpx.Response:
    """The first success example of the spec's operation that ``request`` calls."""
    for op in OPERATIONS:
        pattern = re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(op.route))
        if op.method == request.method and re.fullmatch(pattern, request.url.path):
            answer = op.successes[0]
            return httpx.Response(answer.status, json=answer.body)
    return httpx.Response(404, json={"code": 20404, "message": "no such operation"})


@pytest.fixture
def from_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorder]:
    """``AuthenticatedClient.from_env()`` gives a client of the stand-in (the guide's blocks build
    their clients with it); the clients the blocks built are closed afterwards."""
    recorder = stand_in()
    made: list[AuthenticatedClient] = []

    def build(cls: type[AuthenticatedClient], *args: Any, **kwargs: Any) -> AuthenticatedClient:
        kwargs.pop("async_backend", None)
        client = make_client(recorder, **kwargs)
        made.append(client)
        return client

    monkeypatch.setattr(AuthenticatedClient, "from_env", classmethod(build))
    yield recorder
    for client in made:
        client.close()
    undo_global_settings()


def undo_global_settings() -> None:
    """What a block set for the whole process: the package logger's level, httpx's tracing."""
    logging.getLogger("taskrouter_client").setLevel(logging.NOTSET)
    instrumentor = HTTPXClientInstrumentor()
    if instrumentor.is_instrumented_by_opentelemetry:
        instrumentor.uninstrument()


def block_with(text: str) -> str:
    [source] = [block for block in blocks() if text in block]
    return source


def test_the_guide_has_its_examples() -> None:
    found = blocks()
    assert len(found) >= 6
    assert any("def provision(" in block for block in found)
    assert any("WorkflowConfiguration(" in block for block in found)


@pytest.mark.parametrize("index", range(len(blocks())))
def test_every_python_block_of_the_guide_runs_as_written(index: int, from_env: Recorder) -> None:
    source = blocks()[index]
    namespace: dict[str, Any] = {"__name__": f"guide_block_{index}"}
    exec(compile(source, f"generated/README.md (block {index + 1})", "exec"), namespace)
    # module-level calls (a list's pages and items: one page each here)
    calls = re.findall(r"^(?:\w+ = |for \w+ in )?\w+\.(?:sync|sync_detailed|all|pages|stream)\(", source, re.M)
    assert len(from_env.requests) == len(calls), "each call the block makes reaches the stand-in"


def test_the_downstream_tests_of_the_guide_pass() -> None:
    """The guide's example of a team's own tests (on the testing stub): each test function passes."""
    [source] = [block for block in blocks() if "StubTransport" in block]
    namespace: dict[str, Any] = {"__name__": "guide_downstream_tests"}
    exec(compile(source, "generated/README.md", "exec"), namespace)
    tests = [value for name, value in namespace.items() if name.startswith("test_")]
    assert len(tests) == 2
    for test in tests:
        test()


def test_every_python_block_of_the_guide_passes_mypy_strict(tmp_path: Path) -> None:
    for index, source in enumerate(blocks()):
        (tmp_path / f"guide_block_{index}.py").write_text(source)
    env = os.environ | {"MYPYPATH": str(ROOT / "generated")}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", os.devnull, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _provisioning() -> dict[str, Any]:
    [source] = [block for block in blocks() if "def provision(" in block]
    namespace: dict[str, Any] = {}
    exec(compile(source, "generated/README.md", "exec"), namespace)
    return namespace


def test_provisioning_creates_when_missing_and_updates_when_present() -> None:
    provision = _provisioning()["provision"]
    for existing, path_end in ((False, "/Workflows"), (True, f"/Workflows/{WORKFLOW_SID}")):
        recorder = stand_in(existing)
        with make_client(recorder) as client:
            workflow = provision(client, WORKSPACE_SID, "Sales", CONFIGURATION)
        assert workflow.sid == WORKFLOW_SID
        get, post = recorder.requests
        assert get.url.params["FriendlyName"] == "Sales"
        assert post.method == "POST" and post.url.path.endswith(path_end)


def test_provisioning_async_does_the_same() -> None:
    provision_async = _provisioning()["provision_async"]
    for existing in (False, True):
        recorder = stand_in(existing)

        async def run(recorder: Recorder = recorder) -> Any:
            async with make_client(recorder) as client:
                return await provision_async(client, WORKSPACE_SID, "Sales", CONFIGURATION)

        assert asyncio.run(run()).sid == WORKFLOW_SID
        assert recorder.requests[-1].url.path.endswith(f"/{WORKFLOW_SID}") is existing


def test_the_logging_example_logs_each_attempt(from_env: Recorder, caplog: pytest.LogCaptureFixture) -> None:
    source = block_with("logging.basicConfig(")
    assert not logging.getLogger("taskrouter_client").isEnabledFor(logging.INFO)
    exec(compile(source, "generated/README.md", "exec"), {"__name__": "guide_logs"})  # its setLevel turns them on
    [line] = [r.getMessage() for r in caplog.records if r.name == "taskrouter_client"]
    assert line.startswith("GET https://taskrouter.twilio.com/v1/Workspaces/WS")
    assert line.endswith(
        f"-> 200 in {line.split(' in ')[1].split(' ms')[0]} ms (attempt 1 of 1), request id RQ{'1' * 32}"
    )


def test_the_metadata_example_reads_the_answers_and_sends_the_etag_back(from_env: Recorder) -> None:
    namespace: dict[str, Any] = {"__name__": "guide_meta"}
    exec(compile(block_with("meta(task)"), "generated/README.md", "exec"), namespace)
    told = namespace["told"]
    assert (told.request_id, told.status_code, told.etag) == ("RQ" + "1" * 32, 200, ETAG)
    assert told.rate_limit.remaining == 42
    _, updated, deleted = from_env.requests
    assert updated.method == "POST" and updated.headers["If-Match"] == ETAG
    assert deleted.method == "DELETE" and namespace["deleted"].meta.request_id == "RQ" + "1" * 32


def test_the_tracing_example_gives_a_span_per_attempt(
    taskrouter: TaskRouterServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Against a real socket (the instrumentation sees httpx's own transports, not a mock); the
    spans the block's exporter is given are kept."""
    made: list[AuthenticatedClient] = []
    exported: list[ReadableSpan] = []

    def export(self: ConsoleSpanExporter, spans: Any) -> SpanExportResult:
        exported.extend(spans)
        return SpanExportResult.SUCCESS

    monkeypatch.setattr(ConsoleSpanExporter, "export", export)

    def build(cls: type[AuthenticatedClient], /, **kwargs: Any) -> AuthenticatedClient:
        made.append(make_client(base_url=taskrouter.url, **kwargs))
        return made[-1]

    monkeypatch.setattr(AuthenticatedClient, "from_env", classmethod(build))
    try:
        exec(compile(block_with("HTTPXClientInstrumentor()"), "generated/README.md", "exec"), {"__name__": "guide"})
    finally:
        undo_global_settings()
    [span] = exported
    assert span.kind is SpanKind.CLIENT and span.attributes is not None
    assert span.attributes["http.method"] == "GET" and span.attributes["http.status_code"] == 200
    assert str(span.attributes["http.url"]).startswith(taskrouter.url + "/v1/Workspaces/WS")
