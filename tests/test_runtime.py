"""The production runtime: strict decoding, retries, timeouts, credentials, regions, input
validation and headers. Faults are injected through httpx transports (MockTransport) or a
loopback socket that never answers."""

from __future__ import annotations

import asyncio
import base64
import datetime
import email.utils
import json
import logging
import re
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scenarios import TEST_PASSWORD, TEST_USERNAME, WORKFLOW_FULL, WORKSPACE_SID
from support import MODES, Recorder, call, make_client, request_body
from taskrouter_client import AuthenticatedClient, Client, errors
from taskrouter_client._provenance import PACKAGE_VERSION
from taskrouter_client.api.workflows import create_workflow
from taskrouter_client.client import DEFAULT_TIMEOUT, USER_AGENT, RetryPolicy, base_url_for
from taskrouter_client.models import Workflow
from taskrouter_client.types import Response, parse_datetime

UTC = datetime.UTC


def created(body: dict[str, Any] | None = None) -> httpx.Response:
    return httpx.Response(201, json=WORKFLOW_FULL if body is None else body)


class sequence:
    """A handler giving ``answers`` in order (an exception is raised as a transport failure);
    ``attempts`` counts every request it saw, failed ones included."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.pending = list(answers)
        self.attempts = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        answer = self.pending.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


class Sleeps:
    def __init__(self) -> None:
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    def policy(self, **kwargs: Any) -> RetryPolicy:
        return RetryPolicy(sleep=self.sleep, async_sleep=self.async_sleep, **kwargs)


# --- Decoding: a success answer either fits the spec or raises DecodeError ----------------------


def _with(**changes: Any) -> bytes:
    return json.dumps(WORKFLOW_FULL | changes).encode()


BAD_201_BODIES: dict[str, tuple[bytes, str, str]] = {
    "date does not parse": (_with(date_created="yesterday"), "$.date_created", "not an ISO 8601 or RFC 2822"),
    "date is a number": (_with(date_updated=1400064602), "$.date_updated", "expected datetime or NoneType"),
    "integer is text": (_with(task_reservation_timeout="ninety"), "$.task_reservation_timeout", "expected int"),
    "integer is a bool": (_with(task_reservation_timeout=True), "$.task_reservation_timeout", "expected int"),
    "integer is null": (_with(task_reservation_timeout=None), "$.task_reservation_timeout", "expected int"),
    "string is a number": (_with(friendly_name=7), "$.friendly_name", "expected NoneType or str"),
    "links is text": (_with(links="none"), "$.links", "expected NoneType or WorkflowLinks"),
    "link is a number": (_with(links={"statistics": 5}), "$.links.statistics", "expected str"),
    "extra link is a number": (_with(links={"tasks": 5}), "$.links.tasks", "expected str"),
    "attribute missing": (
        json.dumps({k: v for k, v in WORKFLOW_FULL.items() if k != "task_reservation_timeout"}).encode(),
        "$",
        "required attribute 'task_reservation_timeout' is missing",
    ),
    "not JSON": (b"<html>created</html>", "$", "body is not JSON"),
    "truncated JSON": (_with()[:40], "$", "body is not JSON"),
    "empty": (b"", "$", "empty body"),
    "a list": (b"[]", "$", "expected a JSON object, got list"),
    "null": (b"null", "$", "expected a JSON object, got NoneType"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", BAD_201_BODIES)
def test_a_201_that_breaks_the_spec_raises_decode_error(case: str, mode: str) -> None:
    body, where, reason = BAD_201_BODIES[case]
    client = make_client(Recorder(lambda request: httpx.Response(201, content=body)))
    with pytest.raises(errors.DecodeError) as caught:
        call(mode, client)
    assert caught.value.where == where
    assert reason in caught.value.reason
    assert caught.value.status_code == 201
    assert caught.value.content == body
    assert f"does not match the spec at {where}" in str(caught.value)
    assert caught.value.accepted is True
    assert "the API accepted POST" in str(caught.value)
    if b'"sid": "WW' in body:
        assert caught.value.sid == WORKFLOW_FULL["sid"]
        assert f"(sid {WORKFLOW_FULL['sid']})" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_a_nullable_attribute_left_out_decodes_as_none_with_a_warning(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Twilio's own description marks no attribute required, and older answers lack links."""
    body = {k: v for k, v in WORKFLOW_FULL.items() if k not in ("links", "sid")}
    client = make_client(Recorder(lambda request: httpx.Response(201, json=body)))
    with caplog.at_level(logging.WARNING, logger="taskrouter_client"):
        result = call(mode, client)
    workflow = result.parsed if isinstance(result, Response) else result
    assert isinstance(workflow, Workflow)
    assert workflow.links is None and workflow.sid is None
    assert workflow.friendly_name == WORKFLOW_FULL["friendly_name"]
    assert any("$.links" in r.getMessage() and "$.sid" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2014-05-14T10:50:02Z", datetime.datetime(2014, 5, 14, 10, 50, 2, tzinfo=UTC)),
        ("2014-05-14T12:50:02+02:00", datetime.datetime(2014, 5, 14, 10, 50, 2, tzinfo=UTC)),
        ("2014-05-14T10:50:02", datetime.datetime(2014, 5, 14, 10, 50, 2, tzinfo=UTC)),
        ("Wed, 14 May 2014 10:50:02 +0000", datetime.datetime(2014, 5, 14, 10, 50, 2, tzinfo=UTC)),
        ("Wed, 14 May 2014 10:50:02 GMT", datetime.datetime(2014, 5, 14, 10, 50, 2, tzinfo=UTC)),
        ("Wed, 14 May 2014 12:50:02 +0200", datetime.datetime(2014, 5, 14, 10, 50, 2, tzinfo=UTC)),
    ],
)
def test_dates_in_both_documented_forms_become_aware_datetimes(text: str, expected: datetime.datetime) -> None:
    client = make_client(Recorder(lambda request: created(WORKFLOW_FULL | {"date_created": text})))
    workflow = call("sync", client)
    assert isinstance(workflow, Workflow)
    assert workflow.date_created == expected
    assert workflow.date_created is not None and workflow.date_created.tzinfo is not None
    assert parse_datetime(text) == expected


@pytest.mark.parametrize("status", [200, 202])
@pytest.mark.parametrize("mode", MODES)
def test_an_undocumented_success_status_is_read_as_the_documented_success(status: int, mode: str) -> None:
    """A request the API accepted is never reported as a failure, whatever 2xx it answers."""
    client = make_client(Recorder(lambda request: httpx.Response(status, json=WORKFLOW_FULL)))
    result = call(mode, client)
    workflow = result.parsed if isinstance(result, Response) else result
    assert isinstance(workflow, Workflow)
    assert workflow.sid == WORKFLOW_FULL["sid"]


@pytest.mark.parametrize("status", [302, 304])
@pytest.mark.parametrize("mode", MODES)
def test_a_status_the_spec_does_not_document(status: int, mode: str) -> None:
    client = make_client(Recorder(lambda request: httpx.Response(status, json=WORKFLOW_FULL)))
    if mode.endswith("_detailed"):
        response = call(mode, client)
        assert isinstance(response, Response)
        assert response.status_code == status
        assert response.parsed is None
        strict = make_client(
            Recorder(lambda request: httpx.Response(status, json=WORKFLOW_FULL)), raise_on_unexpected_status=True
        )
        with pytest.raises(errors.ApiError) as caught:
            call(mode, strict)
        assert caught.value.status_code == status
    else:
        with pytest.raises(errors.ApiError) as caught:
            call(mode, client)
        assert type(caught.value) is errors.ApiError
        assert caught.value.status_code == status


# --- Retries -----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_429_is_retried_after_the_wait_the_api_asked_for(mode: str) -> None:
    sleeps = Sleeps()
    recorder = Recorder(sequence(httpx.Response(429, headers={"Retry-After": "2"}), created()))
    result = call(mode, make_client(recorder, retry=sleeps.policy()))
    assert isinstance(result, Workflow | Response)
    assert len(recorder.requests) == 2
    assert recorder.requests[0].content == recorder.requests[1].content
    assert recorder.requests[1].headers["Authorization"].startswith("Basic ")
    assert sleeps.waits == [2.0]


def test_retry_after_as_an_http_date_is_honoured_and_capped() -> None:
    sleeps = Sleeps()
    soon = email.utils.format_datetime(datetime.datetime.now(UTC) + datetime.timedelta(seconds=30), usegmt=True)
    later = email.utils.format_datetime(datetime.datetime.now(UTC) + datetime.timedelta(hours=2), usegmt=True)
    recorder = Recorder(
        sequence(
            httpx.Response(429, headers={"Retry-After": soon}),
            httpx.Response(429, headers={"Retry-After": later}),
            created(),
        )
    )
    call("sync", make_client(recorder, retry=sleeps.policy(max_retry_after=60.0, deadline=None)))
    assert len(recorder.requests) == 3
    assert 25.0 < sleeps.waits[0] <= 30.0
    assert sleeps.waits[1] == 60.0


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_429_without_retry_after_backs_off_exponentially_with_jitter(mode: str) -> None:
    sleeps = Sleeps()
    answers = [httpx.Response(429) for _ in range(4)]
    recorder = Recorder(sequence(*answers))
    policy = sleeps.policy(max_retries=3, backoff_base=1.0, backoff_max=3.0)
    with pytest.raises(errors.RateLimitError):
        call(mode, make_client(recorder, retry=policy))
    assert len(recorder.requests) == 4
    assert len(sleeps.waits) == 3
    for wait, cap in zip(sleeps.waits, [1.0, 2.0, 3.0], strict=True):
        assert 0.0 <= wait <= cap


@pytest.mark.parametrize("mode", MODES)
def test_a_connection_that_failed_before_sending_is_retried(mode: str) -> None:
    sleeps = Sleeps()
    recorder = Recorder(sequence(httpx.ConnectError("connection refused"), created()))
    result = call(mode, make_client(recorder, retry=sleeps.policy()))
    assert isinstance(result, Workflow | Response)
    assert len(recorder.requests) == 1  # the failed attempt got no answer to record
    assert len(sleeps.waits) == 1


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
@pytest.mark.parametrize(
    "failure", [httpx.ReadTimeout("read timed out"), httpx.RemoteProtocolError("server hung up")], ids=type
)
def test_a_failure_after_sending_a_create_is_not_retried(mode: str, failure: Exception) -> None:
    handler = sequence(failure, created())
    expected = errors.RequestTimeoutError if isinstance(failure, httpx.TimeoutException) else errors.NetworkError
    with pytest.raises(expected) as caught:
        call(mode, make_client(Recorder(handler), retry=Sleeps().policy()))
    assert handler.attempts == 1
    assert caught.value.method == "POST"
    assert isinstance(caught.value, errors.TransportError)


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_503_is_not_retried_by_default(mode: str) -> None:
    recorder = Recorder(sequence(httpx.Response(503), created()))
    with pytest.raises(errors.ServerError):
        call(mode, make_client(recorder, retry=Sleeps().policy()))
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_retry_unsafe_opts_in_to_5xx_and_read_failures(mode: str) -> None:
    handler = sequence(httpx.Response(503), httpx.ReadTimeout("slow"), created())
    result = call(mode, make_client(Recorder(handler), retry=Sleeps().policy(retry_unsafe=True)))
    assert isinstance(result, Workflow)
    assert handler.attempts == 3


def test_idempotent_methods_retry_5xx_and_posts_do_not() -> None:
    policy = RetryPolicy()
    assert policy.retries_status("GET", 503)
    assert policy.retries_status("DELETE", 502)
    assert not policy.retries_status("POST", 503)
    assert policy.retries_status("POST", 429)
    assert not policy.retries_status("GET", 400)
    request = httpx.Request("GET", "https://taskrouter.twilio.com/")
    assert policy.retries_error("GET", httpx.ReadTimeout("slow", request=request))
    assert not policy.retries_error("POST", httpx.ReadTimeout("slow", request=request))
    assert policy.retries_error("POST", httpx.PoolTimeout("busy", request=request))


def test_max_retries_zero_turns_retries_off() -> None:
    recorder = Recorder(sequence(httpx.Response(429, headers={"Retry-After": "1"}), created()))
    with pytest.raises(errors.RateLimitError):
        call("sync", make_client(recorder, retry=RetryPolicy(max_retries=0)))
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    "kwargs", [{"max_retries": -1}, {"backoff_base": -0.1}, {"backoff_max": -1.0}, {"max_retry_after": -5.0}]
)
def test_a_nonsense_retry_policy_is_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(errors.ConfigurationError):
        RetryPolicy(**kwargs)


# --- Timeouts ----------------------------------------------------------------------------------


@pytest.fixture
def silent_server() -> Iterator[tuple[str, list[int]]]:
    """A loopback server that accepts connections, reads the request and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.1)
    accepted: list[int] = []
    held: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            accepted.append(1)
            held.append(connection)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", accepted
    stop.set()
    thread.join(timeout=2)
    for connection in held:
        connection.close()
    server.close()


def test_timeouts_are_on_by_default(backend: str) -> None:
    client = make_client(async_backend=backend)
    assert httpx.Timeout(30.0, connect=5.0) == DEFAULT_TIMEOUT
    assert client.get_httpx_client().timeout == DEFAULT_TIMEOUT
    assert client.get_async_httpx_client().timeout == DEFAULT_TIMEOUT


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_read_timeout_raises_and_is_not_retried(
    mode: str, backend: str, silent_server: tuple[str, list[int]]
) -> None:
    url, accepted = silent_server
    client = AuthenticatedClient(
        username=TEST_USERNAME, password=TEST_PASSWORD, base_url=url, timeout=httpx.Timeout(0.3), async_backend=backend
    )
    with pytest.raises(errors.RequestTimeoutError) as caught:
        call(mode, client)
    assert accepted == [1]
    assert caught.value.url.startswith(url)
    assert TEST_PASSWORD not in str(caught.value)


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_timeout_per_call_overrides_the_clients(
    mode: str, backend: str, silent_server: tuple[str, list[int]]
) -> None:
    url, _ = silent_server
    client = AuthenticatedClient(
        username=TEST_USERNAME, password=TEST_PASSWORD, base_url=url, async_backend=backend
    )  # 30 s reads
    with pytest.raises(errors.RequestTimeoutError):
        call(mode, client, timeout=0.2)
    started = time.monotonic()
    unbounded = AuthenticatedClient(
        username=TEST_USERNAME,
        password=TEST_PASSWORD,
        base_url=url,
        timeout=None,
        retry=RetryPolicy(deadline=0.3),
        async_backend=backend,
    )
    with pytest.raises(errors.RequestTimeoutError):  # the deadline bounds a call with no timeouts
        call(mode, unbounded)
    assert time.monotonic() - started < 5


def test_timeout_per_call_reaches_the_request() -> None:
    recorder = Recorder(lambda request: created())
    call("sync", make_client(recorder), timeout=httpx.Timeout(7.0, connect=2.0))
    call("sync", make_client(recorder))
    assert recorder.requests[0].extensions["timeout"] == httpx.Timeout(7.0, connect=2.0).as_dict()
    assert recorder.requests[1].extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()


def test_with_timeout_gives_a_new_client_with_that_timeout() -> None:
    client = make_client()
    http = client.get_httpx_client()
    changed = client.with_timeout(httpx.Timeout(3.0))
    assert http.timeout == DEFAULT_TIMEOUT
    assert changed.get_httpx_client().timeout == httpx.Timeout(3.0)
    assert client.with_timeout(2.5).get_httpx_client().timeout == httpx.Timeout(2.5)
    client.close()


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_refused_connection_is_a_network_error(mode: str, backend: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens once this closes
    client = AuthenticatedClient(
        username=TEST_USERNAME,
        password=TEST_PASSWORD,
        base_url=f"http://127.0.0.1:{port}",
        retry=RetryPolicy(max_retries=1, sleep=lambda s: None, async_sleep=no_wait),
        async_backend=backend,
    )
    with pytest.raises(errors.NetworkError) as caught:
        call(mode, client)
    assert "ConnectError" in str(caught.value)


async def no_wait(seconds: float) -> None:
    pass


@pytest.fixture
def rude_server() -> Iterator[tuple[str, list[str]]]:
    """A loopback server that reads each request, then either hangs up without a word (first
    ``seen`` starts with ``"hangup"``) or promises 100 bytes of body, sends 10 and hangs up."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.1)
    seen: list[str] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            with connection:
                data = b""
                while b"\r\n\r\n" not in data:
                    data += connection.recv(65536)
                seen.append("request")
                if seen[0] != "hangup":
                    connection.sendall(b'HTTP/1.1 201 Created\r\nContent-Length: 100\r\n\r\n{"sid": "')

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", seen
    stop.set()
    thread.join(timeout=2)
    server.close()


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
@pytest.mark.parametrize("where", ["hangup", "truncated"])
def test_a_hang_up_after_sending_a_create_is_a_network_error_not_retried(
    mode: str, backend: str, where: str, rude_server: tuple[str, list[str]]
) -> None:
    url, seen = rude_server
    client = AuthenticatedClient(
        username=TEST_USERNAME,
        password=TEST_PASSWORD,
        base_url=url,
        retry=RetryPolicy(sleep=lambda s: None, async_sleep=no_wait),
        async_backend=backend,
    )
    if where == "hangup":
        seen.append("hangup")
    with pytest.raises(errors.NetworkError) as caught:
        call(mode, client)
    assert not isinstance(caught.value, errors.RequestTimeoutError)
    assert seen.count("request") == 1  # a create that may have happened is never sent again


# --- Credentials -------------------------------------------------------------------------------

SECRET = "f00dfacef00dfacef00dfacef00dface"


def _auth_header(request: httpx.Request) -> tuple[str, str]:
    scheme, _, value = request.headers["Authorization"].partition(" ")
    assert scheme == "Basic"
    username, _, password = base64.b64decode(value).decode().partition(":")
    return username, password


def _sent_credentials(client: AuthenticatedClient) -> tuple[str, str]:
    recorder = Recorder(lambda request: created())
    client = AuthenticatedClient(
        username=client.username, password=client._password, httpx_args={"transport": recorder}
    )
    call("sync", client)
    return _auth_header(recorder.requests[0])


def test_from_auth_token() -> None:
    client = AuthenticatedClient.from_auth_token("AC" + "1" * 32, SECRET)
    assert _sent_credentials(client) == ("AC" + "1" * 32, SECRET)
    assert client.account_sid == "AC" + "1" * 32


def test_from_api_key() -> None:
    client = AuthenticatedClient.from_api_key("SK" + "2" * 32, SECRET, account_sid="AC" + "1" * 32)
    assert _sent_credentials(client) == ("SK" + "2" * 32, SECRET)
    assert client.account_sid == "AC" + "1" * 32


@pytest.mark.parametrize(
    ("environ", "username", "base_url"),
    [
        (
            {"TWILIO_ACCOUNT_SID": "AC" + "1" * 32, "TWILIO_AUTH_TOKEN": SECRET},
            "AC" + "1" * 32,
            "https://taskrouter.twilio.com",
        ),
        (
            {
                "TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
                "TWILIO_AUTH_TOKEN": "other",
                "TWILIO_API_KEY": "SK" + "2" * 32,
                "TWILIO_API_SECRET": SECRET,
                "TWILIO_REGION": "ie1",
            },
            "SK" + "2" * 32,
            "https://taskrouter.ie1.twilio.com",
        ),
        (
            {"TWILIO_API_KEY": "SK" + "2" * 32, "TWILIO_API_SECRET": SECRET, "TWILIO_EDGE": "dublin"},
            "SK" + "2" * 32,
            "https://taskrouter.dublin.us1.twilio.com",
        ),
    ],
)
def test_from_env(environ: dict[str, str], username: str, base_url: str) -> None:
    client = AuthenticatedClient.from_env(environ)
    assert client.username == username
    assert client.base_url == base_url
    assert _sent_credentials(client)[1] == SECRET


def test_from_env_reads_os_environ_and_a_given_base_url_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", SECRET)
    monkeypatch.setenv("TWILIO_REGION", "au1")
    assert AuthenticatedClient.from_env().base_url == "https://taskrouter.au1.twilio.com"
    assert AuthenticatedClient.from_env(base_url="http://localhost:4010").base_url == "http://localhost:4010"


@pytest.mark.parametrize(
    ("environ", "named"),
    [
        ({}, "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN"),
        ({"TWILIO_ACCOUNT_SID": "AC" + "1" * 32}, "or TWILIO_AUTH_TOKEN"),
        ({"TWILIO_AUTH_TOKEN": SECRET}, "or TWILIO_ACCOUNT_SID"),
        ({"TWILIO_API_KEY": "SK" + "2" * 32}, "TWILIO_API_SECRET is not set"),
        ({"TWILIO_API_SECRET": SECRET}, "TWILIO_API_KEY is not set"),
        ({"TWILIO_ACCOUNT_SID": "", "TWILIO_AUTH_TOKEN": ""}, "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN"),
    ],
)
def test_from_env_names_what_is_missing(environ: dict[str, str], named: str) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        AuthenticatedClient.from_env(environ)
    assert named in str(caught.value)
    assert SECRET not in str(caught.value)


def test_empty_credentials_are_refused() -> None:
    with pytest.raises(errors.ConfigurationError):
        AuthenticatedClient(username="AC" + "1" * 32, password="")


def test_no_secret_in_repr_str_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    encoded = base64.b64encode(f"{'AC' + '1' * 32}:{SECRET}".encode()).decode()
    answers = sequence(
        httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(401, json={"code": 20003}), created()
    )
    recorder = Recorder(answers)

    def new() -> AuthenticatedClient:
        return AuthenticatedClient.from_auth_token(
            "AC" + "1" * 32,
            SECRET,
            retry=Sleeps().policy(),
            httpx_args={"transport": recorder, "auth": httpx.BasicAuth("AC" + "1" * 32, SECRET)},
        )

    client = new()
    shown: list[str] = [repr(client), str(client)]
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(errors.AuthenticationError) as caught:
            call("sync", client)
        shown += [repr(client), str(client), str(caught.value), repr(caught.value)]
        response = call("sync_detailed", new())
        shown += [repr(response), str(response)]
    assert len(recorder.requests) == 3
    shown += [record.getMessage() for record in caplog.records]
    assert any("retrying POST" in record.getMessage() for record in caplog.records)
    assert "password='***'" in repr(client)
    assert "auth" in repr(client) and "hidden" in repr(client)
    for text in shown:
        assert SECRET not in text
        assert encoded not in text


# --- Regions, edges, HTTPS ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "edge", "url"),
    [
        (None, None, "https://taskrouter.twilio.com"),
        ("ie1", None, "https://taskrouter.ie1.twilio.com"),
        ("au1", "sydney", "https://taskrouter.sydney.au1.twilio.com"),
        (None, "dublin", "https://taskrouter.dublin.us1.twilio.com"),
    ],
)
def test_region_and_edge_pick_the_host(region: str | None, edge: str | None, url: str) -> None:
    assert base_url_for(region, edge) == url
    recorder = Recorder(lambda request: created())
    call("sync", make_client(recorder, region=region, edge=edge))
    assert str(recorder.requests[0].url).startswith(url + "/v1/Workspaces/")


@pytest.mark.parametrize("region", ["", "ie1.evil.com/", "ie 1", "ié1"])
def test_a_bad_region_is_refused(region: str) -> None:
    with pytest.raises(errors.ConfigurationError):
        base_url_for(region)


def test_base_url_and_region_together_are_refused() -> None:
    with pytest.raises(errors.ConfigurationError):
        Client(base_url="https://taskrouter.twilio.com", region="ie1")


def test_a_regional_client_survives_with_headers_and_with_timeout() -> None:
    recorder = Recorder(lambda request: created())
    client = make_client(recorder, region="ie1").with_headers({"X-Team": "sales"}).with_timeout(httpx.Timeout(3.0))
    assert client.base_url == "https://taskrouter.ie1.twilio.com"
    call("sync", client)
    assert recorder.requests[0].url.host == "taskrouter.ie1.twilio.com"


@pytest.mark.parametrize(
    "url", ["http://taskrouter.twilio.com", "http://10.0.0.5:4010", "ftp://taskrouter.twilio.com", "taskrouter"]
)
def test_plain_http_is_refused_except_to_this_machine(url: str) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        make_client(base_url=url)
    assert "https://" in str(caught.value)


@pytest.mark.parametrize("url", ["http://localhost:4010", "http://127.0.0.1:4010", "http://[::1]:4010"])
def test_plain_http_to_this_machine_is_allowed(url: str) -> None:
    assert make_client(base_url=url).base_url == url


def test_credentials_in_a_base_url_never_show() -> None:
    client = make_client(base_url=f"https://user:{SECRET}@taskrouter.twilio.com")
    assert SECRET not in repr(client)
    assert errors.redact_url(f"https://user:{SECRET}@host:8443/x") == "https://host:8443/x"


# --- Input validation: refused before anything is sent -----------------------------------------

BAD_INPUT: dict[str, tuple[dict[str, Any], str, str]] = {
    "workspace sid ..": ({"workspace_sid": ".."}, "WorkspaceSid", "minLength"),
    "workspace sid short": ({"workspace_sid": "WS123"}, "WorkspaceSid", "minLength"),
    "workspace sid of a workflow": ({"workspace_sid": "WW" + "a" * 32}, "WorkspaceSid", "pattern"),
    "workspace sid with a slash": ({"workspace_sid": "WS" + "a" * 31 + "/"}, "WorkspaceSid", "pattern"),
    "workspace sid not hex": ({"workspace_sid": "WS" + "g" * 32}, "WorkspaceSid", "pattern"),
    "workspace sid not a str": ({"workspace_sid": 12}, "WorkspaceSid", "type"),
    "empty friendly name": ({"friendly_name": ""}, "FriendlyName", "minLength"),
    "friendly name None": ({"friendly_name": None}, "FriendlyName", "type"),
    "configuration not JSON": ({"configuration": "string"}, "Configuration", "contentMediaType"),
    "configuration empty": ({"configuration": ""}, "Configuration", "minLength"),
    "callback relative": ({"assignment_callback_url": "/assign"}, "AssignmentCallbackUrl", "pattern"),
    "callback ftp": ({"assignment_callback_url": "ftp://example.com/"}, "AssignmentCallbackUrl", "pattern"),
    "callback no host": ({"fallback_assignment_callback_url": "https://"}, "FallbackAssignmentCallbackUrl", "pattern"),
    "callback with a space": (
        {"fallback_assignment_callback_url": "https://example.com/a b"},
        "FallbackAssignmentCallbackUrl",
        "pattern",
    ),
    "timeout zero": ({"task_reservation_timeout": 0}, "TaskReservationTimeout", "minimum"),
    "timeout too long": ({"task_reservation_timeout": 86401}, "TaskReservationTimeout", "maximum"),
    "timeout as text": ({"task_reservation_timeout": "42"}, "TaskReservationTimeout", "type"),
    "timeout as bool": ({"task_reservation_timeout": True}, "TaskReservationTimeout", "type"),
    "timeout as float": ({"task_reservation_timeout": 1.5}, "TaskReservationTimeout", "type"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", BAD_INPUT)
def test_bad_input_is_refused_before_sending(case: str, mode: str) -> None:
    changes, field, rule = BAD_INPUT[case]
    changes = dict(changes)
    recorder = Recorder(lambda request: created())
    workspace = changes.pop("workspace_sid", WORKSPACE_SID)
    with pytest.raises(errors.InvalidRequestError) as caught:
        call(mode, make_client(recorder), body=request_body(**changes), workspace_sid=workspace)
    assert isinstance(caught.value, ValueError)
    assert caught.value.field == field
    assert caught.value.rule == rule
    assert str(caught.value).startswith(field)
    assert recorder.requests == []


# The smallest values the configuration's schema allows: no filters, priority and timeout 0.
EDGE_CONFIGURATION = (
    '{"task_routing":{"filters":[{"expression":"1==1","targets":[{"queue":"WQ' + "A" * 32 + '",'
    '"priority":0,"timeout":0}]}],"default_filter":{"queue":"WQ' + "0" * 32 + '"}}}'
)


def test_the_edges_of_the_ranges_are_accepted() -> None:
    recorder = Recorder(lambda request: created())
    for timeout in (1, 86400):
        call("sync", make_client(recorder), body=request_body(task_reservation_timeout=timeout))
    call(
        "sync",
        make_client(recorder),
        workspace_sid="WS" + "A" * 32,
        body=request_body(assignment_callback_url="http://example.com", configuration=EDGE_CONFIGURATION),
    )
    assert len(recorder.requests) == 3


def test_a_body_of_the_wrong_type_is_refused() -> None:
    client = make_client(Recorder(lambda request: created()))
    with pytest.raises(errors.InvalidRequestError) as caught:
        create_workflow.sync(WORKSPACE_SID, client=client, body={"FriendlyName": "x"})  # type: ignore[arg-type]
    assert caught.value.field == "body"


def test_fields_the_spec_does_not_know_are_refused() -> None:
    body = request_body()
    body_dict = body.to_dict()
    client = make_client(Recorder(lambda request: created()))

    class Extended(type(body)):  # type: ignore[misc]
        def to_dict(self) -> dict[str, Any]:
            return body_dict | {"Priority": 5}

    extended = Extended(friendly_name="x", configuration=body.configuration)
    with pytest.raises(errors.InvalidRequestError) as caught:
        create_workflow.sync(WORKSPACE_SID, client=client, body=extended)
    assert (caught.value.field, caught.value.rule) == ("Priority", "additionalProperties")


# --- Headers -----------------------------------------------------------------------------------


def test_accept_and_user_agent() -> None:
    recorder = Recorder(lambda request: created())
    call("asyncio", make_client(recorder))
    request = recorder.requests[0]
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"] == USER_AGENT
    version = re.escape(PACKAGE_VERSION)
    assert re.fullmatch(rf"taskrouter-client/{version} \(Python 3\.\d+\.\d+\S*; \S+ \S+\) httpx/\S+", USER_AGENT)


def test_headers_given_to_the_client_are_sent_and_can_replace_the_defaults() -> None:
    recorder = Recorder(lambda request: created())
    client = make_client(recorder, headers={"User-Agent": "mine/1.0"}).with_headers({"X-Team": "sales"})
    call("sync", client)
    assert recorder.requests[0].headers["User-Agent"] == "mine/1.0"
    assert recorder.requests[0].headers["X-Team"] == "sales"


def test_a_users_own_httpx_client_is_used_as_given() -> None:
    # The user's own httpx client carries none of ours (not even auth): the spec's check is off.
    recorder = Recorder(lambda request: created(), judge=False)
    client = make_client().set_httpx_client(httpx.Client(base_url="https://proxy.example", transport=recorder))
    call("sync", client)
    assert str(recorder.requests[0].url).startswith("https://proxy.example/v1/")
    async_recorder = Recorder(lambda request: created(), judge=False)

    async def run() -> Workflow:
        async_client = make_client().set_async_httpx_client(
            httpx.AsyncClient(base_url="https://proxy.example", transport=async_recorder)
        )
        return await create_workflow.asyncio(WORKSPACE_SID, client=async_client, body=request_body())

    assert isinstance(asyncio.run(run()), Workflow)
    assert len(async_recorder.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_an_error_body_of_the_wrong_shape_is_never_handed_over_as_a_twilio_error(mode: str) -> None:
    body = {"code": "twenty", "message": 5, "status": 400}
    client = make_client(Recorder(lambda request: httpx.Response(400, json=body)))
    if mode.endswith("_detailed"):
        response = call(mode, client)
        assert isinstance(response, Response)
        assert response.parsed is None
        return
    with pytest.raises(errors.BadRequestError) as caught:
        call(mode, client)
    assert caught.value.code is None
    assert caught.value.message == json.dumps(body, separators=(",", ":"))  # the raw body, not a half-trusted field
