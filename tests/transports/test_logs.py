"""The package's logs: one INFO record per attempt of a call (method, URL, status, elapsed ms,
attempt n of m, Twilio's request id), DEBUG adding headers and bodies with every secret redacted;
for every calling form of the generated functions, on the sync client and both async backends, over
a real socket. No record of any logger (this package's, httpx's, httpcore's, aiohttp's, asyncio's)
holds a secret the client sends: the password, its Basic form, a configured secret header or
cookie. The package's own records hold none even when the server echoes them back and sets a
cookie of its own (httpcore's DEBUG records show answer headers as they came: not this package's
to redact). ``TASKROUTER_LOG`` turns the records on, to stderr, without any logging set up."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import re
import subprocess
import sys
import time
import traceback
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest
from loopback_taskrouter import MISSING_SID, ROUTE, SESSION_COOKIE, WORKFLOW_SID, TaskRouterServer, taskrouter

from scenarios import WORKSPACE_SID
from support import ROOT
from taskrouter_client import AuthenticatedClient, RetryPolicy, _logs
from taskrouter_client.api.workflows import create_workflow, delete_workflow, fetch_workflow, list_workflow
from taskrouter_client.errors import NetworkError, NotFoundError, RateLimitError, RequestTimeoutError
from taskrouter_client.models import CreateWorkflowRequest

__all__ = ["taskrouter"]

USER = "SK" + "5" * 32
PASSWORD = "api-s3cret-Value+/=&%"  # characters a form, a URL and JSON each escape
TOKEN = "configured-header-t0ken"
BASIC = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
COOKIE = "client-cookie-s3cret"
SENT = (PASSWORD, BASIC, f"{USER}:{PASSWORD}", TOKEN, COOKIE)  # what the client sends
ECHOED = (*SENT, SESSION_COOKIE.partition("=")[2])  # and the cookie the echoing server sets
PATTERN = re.compile(
    r"(?P<method>[A-Z]+) (?P<url>\S+) -> (?P<outcome>.+?) in (?P<ms>[\d.]+) ms "
    r"\(attempt (?P<n>\d+) of (?P<m>\d+)\)(, request id (?P<id>RQ\w+))?"
)
CONFIGURATION = '{"task_routing": {"filters": [], "default_filter": {"queue": "WQ' + "b" * 32 + '"}}}'


def client_for(server: TaskRouterServer, backend: str) -> AuthenticatedClient:
    return AuthenticatedClient.from_api_key(
        USER,
        PASSWORD,
        base_url=server.url,
        headers={"X-Api-Token": TOKEN},
        cookies={"pref": COOKIE},
        retry=RetryPolicy(max_retries=2, backoff_base=0.001),
        async_backend=backend,
    )


def every_form_sync(client: AuthenticatedClient, server: TaskRouterServer) -> int:
    """Every calling form, sync: returns how many calls were made."""
    body = CreateWorkflowRequest(friendly_name=f"named {PASSWORD}", configuration=CONFIGURATION)
    server.busy(1)  # the first fetch answers 503, then is retried
    fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
    fetch_workflow.sync_detailed(WORKSPACE_SID, WORKFLOW_SID, client=client)
    create_workflow.sync(WORKSPACE_SID, client=client, body=body)
    delete_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
    assert len(list(list_workflow.stream(WORKSPACE_SID, client=client))) == 2
    assert len(list(list_workflow.pages(WORKSPACE_SID, client=client))) == 2
    assert len(list_workflow.all(WORKSPACE_SID, client=client, limit=None)) == 2
    with pytest.raises(NotFoundError):
        fetch_workflow.sync(WORKSPACE_SID, MISSING_SID, client=client)
    return 11


async def every_form_async(client: AuthenticatedClient, server: TaskRouterServer) -> int:
    body = CreateWorkflowRequest(friendly_name=f"named {PASSWORD}", configuration=CONFIGURATION)
    server.busy(1)
    await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client)
    await fetch_workflow.asyncio_detailed(WORKSPACE_SID, WORKFLOW_SID, client=client)
    await create_workflow.asyncio(WORKSPACE_SID, client=client, body=body)
    await delete_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client)
    assert len([w async for w in list_workflow.stream_async(WORKSPACE_SID, client=client)]) == 2
    assert len([p async for p in list_workflow.pages_async(WORKSPACE_SID, client=client)]) == 2
    assert len(await list_workflow.all_async(WORKSPACE_SID, client=client, limit=None)) == 2
    with pytest.raises(NotFoundError):
        await fetch_workflow.asyncio(WORKSPACE_SID, MISSING_SID, client=client)
    return 11


def run_every_form(server: TaskRouterServer, backend: str) -> int:
    client = client_for(server, backend)
    if backend == "sync":
        with client:
            return every_form_sync(client, server)

    async def run() -> int:
        async with client:
            return await every_form_async(client, server)

    return asyncio.run(run())


def shown(record: logging.LogRecord) -> str:
    """Everything of a record a handler could show: its message, arguments and traceback."""
    text = record.getMessage() + repr(record.args)
    if record.exc_info and record.exc_info[1] is not None:
        text += "".join(traceback.format_exception(record.exc_info[1]))
    return text


def ours(caplog: pytest.LogCaptureFixture, level: int) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "taskrouter_client" and r.levelno == level]


@pytest.mark.parametrize("echo", [False, True], ids=["plain", "echoing"])
@pytest.mark.parametrize("level", [logging.INFO, logging.DEBUG], ids=["info", "debug"])
@pytest.mark.parametrize("backend", ["sync", "httpx", "aiohttp"])
def test_every_calling_form_logs_each_attempt_and_no_secret(
    backend: str, level: int, echo: bool, taskrouter: TaskRouterServer, caplog: pytest.LogCaptureFixture
) -> None:
    taskrouter.echo = echo
    with caplog.at_level(level):  # the root logger: every logger's records are captured
        calls = run_every_form(taskrouter, "httpx" if backend == "sync" else backend)

    sent = taskrouter.requests
    assert len(sent) == calls + 1  # one retry
    lines = [PATTERN.fullmatch(record.getMessage()) for record in ours(caplog, logging.INFO)]
    attempts = [line for line in lines if line is not None]
    assert len(attempts) == len(sent), [r.getMessage() for r in ours(caplog, logging.INFO)]
    for line, (method, path, _) in zip(attempts, sent, strict=True):
        assert line["method"] == method
        assert line["url"] == taskrouter.url + path
        assert line["m"] == "3" and float(line["ms"]) >= 0
        assert line["id"] is not None and line["id"].startswith("RQ")
    outcomes = [(line["outcome"], line["n"]) for line in attempts]
    assert outcomes[:2] == [("503", "1"), ("200", "2")]  # the retried fetch: each attempt its own line
    assert ("201", "1") in outcomes and ("204", "1") in outcomes and ("404", "1") in outcomes
    retries = [r.getMessage() for r in ours(caplog, logging.INFO) if r.getMessage().startswith("retrying")]
    assert len(retries) == 1 and "HTTP 503 (retry 1 of 2" in retries[0]

    details = ours(caplog, logging.DEBUG)
    if level == logging.INFO:
        assert details == []
    else:
        assert len(details) == len(sent)
        create = next(r.getMessage() for r in details if r.getMessage().startswith("POST"))
        assert "'authorization': '[redacted]'" in create and "'x-api-token': '[redacted]'" in create
        assert "'content-type': 'application/x-www-form-urlencoded'" in create
        assert "FriendlyName=named+%5Bredacted%5D" in create or "FriendlyName=named+[redacted]" in create
        assert "'cookie': '[redacted]'" in create and "'twilio-request-id': 'RQ" in create
        assert details[0].getMessage().startswith("GET ") and "'twilio-request-id': 'RQ" in details[0].getMessage()
        if echo:
            assert "'set-cookie': '[redacted]'" in create and "'x-echo-authorization': '[redacted]'" in create
            assert "seen=[redacted]" in create  # the answer's body: its echo of the Basic form

    assert caplog.records
    for record in caplog.records:
        if echo and record.name != "taskrouter_client":
            continue
        text = shown(record)
        for secret in ECHOED if echo else SENT:
            assert secret not in text, (record.name, text)


def test_a_failed_attempt_logs_its_error_and_a_body_is_cut_at_its_bound(
    taskrouter: TaskRouterServer, caplog: pytest.LogCaptureFixture
) -> None:
    client = client_for(taskrouter, "httpx")
    long_name = "x" * (_logs.BODY_BOUND * 2)
    body = CreateWorkflowRequest(friendly_name=long_name, configuration=CONFIGURATION)
    with caplog.at_level(logging.DEBUG), client:
        create_workflow.sync(WORKSPACE_SID, client=client, body=body)
    [detail] = ours(caplog, logging.DEBUG)
    message = detail.getMessage()
    # both bodies (the answer names the Workflow as asked) are cut at the bound, and sized
    assert message.count("x" * (_logs.BODY_BOUND // 2)) == 2 and "x" * (_logs.BODY_BOUND + 1) not in message
    assert re.search(r"xxx'\.\.\. \([\d,]+ bytes\); answer headers", message)

    caplog.clear()
    taskrouter.stop()  # nothing listens: each attempt fails to connect, and is retried
    with caplog.at_level(logging.INFO), client, pytest.raises(NetworkError):
        fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
    lines = [PATTERN.fullmatch(r.getMessage()) for r in ours(caplog, logging.INFO)]
    failed = [(line["outcome"], line["n"]) for line in lines if line is not None]
    assert failed == [("ConnectError", "1"), ("ConnectError", "2"), ("ConnectError", "3")]


def test_a_secret_across_the_bound_of_a_body_is_not_shown_in_part() -> None:
    request = httpx.Request("POST", "https://x.test/v1", headers={"Authorization": f"Basic {BASIC}"})
    secrets = _logs._Secrets(request)
    content = ("y" * (_logs.BODY_BOUND - 5) + PASSWORD + "z" * 10).encode()
    text = secrets.body(content)
    assert PASSWORD[:5] not in text and text.endswith("[reda'... (2,026 bytes)")


@pytest.mark.parametrize(
    "form",
    [PASSWORD, quote_plus(PASSWORD), quote(PASSWORD, safe=""), json.dumps(PASSWORD)[1:-1], BASIC, f"{USER}:{PASSWORD}"],
)
def test_a_secret_is_redacted_in_each_form_text_carries_it(form: str) -> None:
    request = httpx.Request("GET", "https://x.test/v1", headers={"Authorization": f"Basic {BASIC}"})
    secrets = _logs._Secrets(request)
    shown_text = secrets.scrub(f"before {form} after")
    assert shown_text == "before [redacted] after"


def test_the_user_name_of_basic_credentials_shows_its_kind_only() -> None:
    request = httpx.Request("GET", "https://x.test/v1", headers={"Authorization": f"Basic {BASIC}"})
    assert _logs._Secrets(request).scrub(f'{{"account_sid": "{USER}"}}') == '{"account_sid": "SK5555..."}'


def test_with_logging_off_no_record_is_built(
    taskrouter: TaskRouterServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    built: list[str] = []
    for name in ("attempt", "retrying", "not_retrying", "not_sent"):
        monkeypatch.setattr(_logs, name, lambda *args, name=name, **kwargs: built.append(name))
    with caplog.at_level(logging.WARNING):
        run_every_form(taskrouter, "httpx")
    assert built == []
    caplog.clear()
    with caplog.at_level(logging.INFO):
        run_every_form(taskrouter, "httpx")
    assert built.count("attempt") == len(taskrouter.requests) // 2 and built.count("retrying") == 1


def test_logging_changes_no_outcome(taskrouter: TaskRouterServer, caplog: pytest.LogCaptureFixture) -> None:
    """A retried 503 whose body stalls: the retry goes out at once, logging off or at DEBUG (a
    retried answer's body is not read for its record: that would spend the call's deadline). On
    httpx's backend: the aiohttp backend reads every answer of a call whole, retried or not."""
    backend = "httpx"
    taskrouter.state.stall = 5.0
    outcomes = []
    for level in (logging.WARNING, logging.DEBUG):
        taskrouter.busy(1)
        client = client_for(taskrouter, backend)
        client = client.with_options(retry=RetryPolicy(max_retries=2, backoff_base=0.001, deadline=2.0))
        started = time.monotonic()

        async def run(client: AuthenticatedClient = client) -> str | None:
            async with client:
                workflow = await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client)
                return workflow.sid

        with caplog.at_level(level):
            outcomes.append((asyncio.run(run()), time.monotonic() - started < 1.5))
    assert outcomes == [(WORKFLOW_SID, True), (WORKFLOW_SID, True)]
    assert [method for method, _, _ in taskrouter.requests] == ["GET"] * 4


def test_each_end_of_a_retry_is_logged(taskrouter: TaskRouterServer, caplog: pytest.LogCaptureFixture) -> None:
    """A body that breaks off (then retried), a retry the deadline forbids, and one whose wait ran
    past the deadline."""
    client = client_for(taskrouter, "httpx")
    with caplog.at_level(logging.INFO), client:
        taskrouter.state.truncated = 1
        fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
        taskrouter.state.limited = 1
        with pytest.raises(RateLimitError):
            fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client, retry=RetryPolicy(deadline=5.0))
        taskrouter.busy(1)
        late = RetryPolicy(backoff_base=0.001, deadline=0.5, sleep=lambda seconds: time.sleep(seconds + 0.6))
        with pytest.raises(RequestTimeoutError):
            fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client, retry=late)
    messages = [r.getMessage() for r in ours(caplog, logging.INFO)]
    outcomes = [(m["outcome"], m["n"]) for m in map(PATTERN.fullmatch, messages) if m is not None]
    assert outcomes[0][0].startswith("200, then ") and outcomes[:2] == [(outcomes[0][0], "1"), ("200", "2")]
    assert outcomes[2:] == [("429", "1"), ("503", "1")]
    url = f"{taskrouter.url}{ROUTE}/{WORKFLOW_SID}"
    assert f"not retrying GET {url} after HTTP 429: the call's deadline comes first" in messages
    assert f"not sending GET {url} again: the call's deadline passed during the wait" == messages[-1]


SWITCHED = """
import sys
from taskrouter_client import AuthenticatedClient
from taskrouter_client.api.workflows import fetch_workflow
client = AuthenticatedClient.from_api_key(sys.argv[2], sys.argv[3], base_url=sys.argv[1])
fetch_workflow.sync(sys.argv[4], sys.argv[5], client=client)
client.close()
"""


def _switched(server: TaskRouterServer, value: str | None, setup: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != _logs.SWITCH} | {"PYTHONPATH": str(ROOT / "generated")}
    if value is not None:
        env[_logs.SWITCH] = value
    return subprocess.run(
        [sys.executable, "-c", setup + "\n" + SWITCHED, server.url, USER, PASSWORD, WORKSPACE_SID, WORKFLOW_SID],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.mark.parametrize("value", ["info", "DEBUG"])
def test_the_switch_logs_to_stderr_with_no_logging_set_up(taskrouter: TaskRouterServer, value: str) -> None:
    result = _switched(taskrouter, value)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    attempt = [line for line in lines if f"INFO taskrouter_client: GET {taskrouter.url}{ROUTE}/" in line]
    assert len(attempt) == 1 and "-> 200 in" in attempt[0] and "(attempt 1 of 4), request id RQ" in attempt[0]
    debug = [line for line in lines if " DEBUG taskrouter_client: " in line]
    assert len(debug) == (1 if value == "DEBUG" else 0)
    assert PASSWORD not in result.stderr and BASIC not in result.stderr


def test_the_switch_prints_nothing_twice_when_the_application_set_up_logging(taskrouter: TaskRouterServer) -> None:
    """Its records then go to the application's handlers (here basicConfig's, to stderr) alone."""
    result = _switched(taskrouter, "info", setup="import logging; logging.basicConfig(format='APP %(message)s')")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if f"GET {taskrouter.url}{ROUTE}/" in line]
    assert len(lines) == 1 and lines[0].startswith("APP GET ")


def test_the_switch_off_or_unknown_prints_nothing_but_a_warning(taskrouter: TaskRouterServer) -> None:
    for value in (None, "", "off"):
        result = _switched(taskrouter, value)
        assert (result.returncode, result.stderr) == (0, ""), value
    result = _switched(taskrouter, "verbose")
    assert result.returncode == 0
    assert "TASKROUTER_LOG='verbose' is not 'info', 'debug' or 'off'" in result.stderr
    assert "taskrouter_client:" not in result.stderr


@pytest.mark.parametrize(
    "name", ["X-Api-Key", "X-Access-Key", "Ocp-Apim-Subscription-Key", "X-API_KEY", "Private-Key", "X-Session-Id"]
)
def test_a_header_whose_name_says_it_is_secret_is_redacted_with_its_value(name: str) -> None:
    request = httpx.Request("GET", "https://x.test/v1", headers={name: "value-of-the-header"})
    secrets = _logs._Secrets(request)
    assert secrets.headers(request.headers) == {"host": "x.test", name.lower(): "[redacted]"}
    assert secrets.scrub("echoed: value-of-the-header") == "echoed: [redacted]"


@pytest.mark.parametrize("backend", ["sync", "httpx", "aiohttp"])
def test_a_proxys_credentials_are_redacted_where_an_answer_echoes_them(
    backend: str, taskrouter: TaskRouterServer, caplog: pytest.LogCaptureFixture
) -> None:
    """The server is the proxy too (it forwards to itself) and echoes what it got in the body."""
    taskrouter.echo = True
    proxy_password = "Pr0xy-passw0rd"
    proxy_basic = base64.b64encode(f"puser:{proxy_password}".encode()).decode()
    proxy = taskrouter.url.replace("http://", f"http://puser:{proxy_password}@")
    client = AuthenticatedClient.from_api_key(
        USER, PASSWORD, base_url="http://localhost:9", async_backend="httpx" if backend == "sync" else backend,
        httpx_args={"proxy": proxy},
    )  # fmt: skip
    with caplog.at_level(logging.DEBUG):
        if backend == "sync":
            with client:
                workflow = fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
        else:

            async def run() -> Any:
                async with client:
                    return await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client)

            workflow = asyncio.run(run())
    assert f"proxy={proxy_basic}" in str(workflow.assignment_callback_url)  # it went through the proxy, echoed
    [detail] = ours(caplog, logging.DEBUG)
    assert "proxy=[redacted]" in detail.getMessage()
    for record in ours(caplog, logging.INFO) + ours(caplog, logging.DEBUG):
        for secret in (proxy_password, proxy_basic, PASSWORD, BASIC):
            assert secret not in shown(record)


def test_a_cancelled_attempt_is_logged(taskrouter: TaskRouterServer, caplog: pytest.LogCaptureFixture) -> None:
    taskrouter.state.delay = 0.5
    client = client_for(taskrouter, "httpx")

    async def run() -> None:
        async with client:
            await asyncio.wait_for(fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client), 0.1)

    with caplog.at_level(logging.INFO), pytest.raises(TimeoutError):
        asyncio.run(run())
    lines = [PATTERN.fullmatch(r.getMessage()) for r in ours(caplog, logging.INFO)]
    assert [(line["outcome"], line["n"]) for line in lines if line is not None] == [("CancelledError", "1")]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('{"url": "https://cb:Cb-Pa55@example.com/x"}', '{"url": "https://[redacted]@example.com/x"}'),
        ("Url=https%3A%2F%2Fcb%3ACb-Pa55%40example.com%2Fx&A=1", "Url=https%3A%2F%2F[redacted]%40example.com%2Fx&A=1"),
        ("https://example.com/?to=a@b.c and mailto:a@b.c", "https://example.com/?to=a@b.c and mailto:a@b.c"),
    ],
)
def test_the_user_and_password_of_any_url_in_a_record_are_redacted(text: str, shown: str) -> None:
    assert _logs._Secrets(httpx.Request("GET", "https://x.test/v1")).scrub(text) == shown


def test_a_cookie_the_answer_sets_is_redacted_in_its_body_too() -> None:
    request = httpx.Request("GET", "https://x.test/v1")
    response = httpx.Response(
        200, headers={"Set-Cookie": "sid=answer-s3cret; Path=/; Expires=Wed, 21 Oct 2037 07:28:00 GMT"}
    )
    secrets = _logs._Secrets(request, (), response)
    assert secrets.scrub("the session is answer-s3cret, Path=/") == "the session is [redacted], Path=/"


def test_the_retry_records_show_no_secret_the_url_carries(caplog: pytest.LogCaptureFixture) -> None:
    token = "query-t0ken-value"
    request = httpx.Request("GET", f"https://x.test/v1?Token={token}", headers={"X-Token": token})
    with caplog.at_level(logging.INFO):
        _logs.retrying(request, "HTTP 503", 1, 3, 0.5)
        _logs.not_retrying(request, "HTTP 429")
        _logs.not_sent(request)
    assert len(caplog.records) == 3
    for record in caplog.records:
        assert token not in record.getMessage() and "Token=[redacted]" in record.getMessage()
