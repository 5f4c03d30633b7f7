"""Retries: which answers and failures a call sends again (``RetryPolicy``), how long it waits
between attempts, that a nonsense policy is refused, that an answer read by the retrying
transport is whole (a body that breaks off is a failed attempt; one a transport of yours read
already is kept) and has its elapsed time, and how many requests reach a loopback server, on the
sync client and on both async backends. Faults come from ``httpx.MockTransport`` handlers under
the retrying transport, or from loopback servers that hang up, cut bodies short or refuse."""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import trio

import support
from scenarios import WORKFLOW_FULL, WORKSPACE_SID
from support import MODES, LoopbackServer, QuietHandler, Recorder, call, make_client, request_body
from taskrouter_client import AuthenticatedClient, errors
from taskrouter_client.api.workflows import create_workflow, fetch_workflow
from taskrouter_client.client import RetryPolicy
from taskrouter_client.models import Workflow
from taskrouter_client.types import Response

UTC = datetime.UTC
WORKFLOW_SID: str = WORKFLOW_FULL["sid"]
BODY = json.dumps(WORKFLOW_FULL).encode()


# The sync client, and the async client on each backend (the ``backend`` fixture): a sync call
# sends through httpx's own transport whatever the async backend.
WAYS = pytest.mark.parametrize(
    ("mode", "backend"),
    [("sync", "httpx"), ("asyncio", "httpx"), ("asyncio", "aiohttp")],
    indirect=["backend"],
    ids=["sync", "asyncio-httpx", "asyncio-aiohttp"],
)


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
    """Waits of a policy, kept instead of spent."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    def policy(self, **kwargs: Any) -> RetryPolicy:
        return RetryPolicy(sleep=self.sleep, async_sleep=self.async_sleep, **kwargs)


async def no_wait(seconds: float) -> None:
    pass


def fetch(mode: str, client: AuthenticatedClient, **kwargs: Any) -> Workflow:
    """Fetch the Workflow the way ``mode`` names (``asyncio``: on a fresh event loop)."""
    if mode == "sync":
        with client:
            return fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client, **kwargs)

    async def run() -> Workflow:
        async with client:
            return await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client, **kwargs)

    return asyncio.run(run())


# --- The policy: what is sent again, and after which wait ----------------------------------------


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
    assert caught.value.sent is True


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
    "kwargs",
    [
        {"max_retries": -1},
        {"backoff_base": -0.1},
        {"backoff_max": -1.0},
        {"max_retry_after": -5.0},
        {"deadline": 0},
        {"deadline": -1.0},
    ],
)
def test_a_nonsense_retry_policy_is_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(errors.ConfigurationError):
        RetryPolicy(**kwargs)


def test_retry_waits_work_under_trio() -> None:
    recorder = Recorder(sequence(httpx.Response(429, headers={"Retry-After": "0.01"}), created()))
    client = make_client(recorder, retry=RetryPolicy())

    async def create() -> Workflow:
        async with client:
            return await create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body())

    assert isinstance(trio.run(create), Workflow)
    assert len(recorder.requests) == 2


# --- Answers a transport of yours read already ----------------------------------------------------


class _Twilio(QuietHandler):
    """Answers every GET with the Workflow, keeping the connection alive."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)


@pytest.fixture
def twilio() -> Iterator[LoopbackServer]:
    server = LoopbackServer(_Twilio)
    yield server
    server.stop()


class _ReadingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A user's logging transport: sends through httpx's own transport and reads the answer (to
    log its body) before handing it back - the usual shape of such a wrapper."""

    def __init__(self) -> None:
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()
        self.logged: list[int] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._sync.handle_request(request)
        self.logged.append(len(response.read()))
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._async.handle_async_request(request)
        self.logged.append(len(await response.aread()))
        return response

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_transport_of_yours_that_reads_the_answer_does_not_hang_the_call(mode: str, twilio: LoopbackServer) -> None:
    """A logging transport in ``httpx_args`` reads the answer before handing it back, from a
    server that keeps the connection alive: the Workflow comes at once, sent once (an answer read
    already is handed over as it is, not waited on again until the deadline). Such a transport
    serves both async backends alike: the backend builds only the client's own transports."""
    transport = _ReadingTransport()
    client = make_client(base_url=twilio.url, httpx_args={"transport": transport}, retry=RetryPolicy(backoff_base=0))
    start = time.monotonic()
    try:
        workflow = fetch(mode, client, timeout=3)
    except errors.TransportError as exc:
        pytest.fail(f"{type(exc).__name__} after {time.monotonic() - start:.1f}s: {exc}")
    assert workflow.sid == WORKFLOW_SID
    assert time.monotonic() - start < 2
    assert transport.logged == [len(BODY)]


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_an_answer_your_mock_transport_read_keeps_its_body(mode: str) -> None:
    """A ``MockTransport`` handler builds an answer from an iterator of chunks (an async one for
    the async client) and reads it before returning it: the call gets the Workflow, as a bare
    httpx client would (not an empty body, nor httpx's StreamConsumed)."""

    def handler(request: httpx.Request) -> httpx.Response:
        response = httpx.Response(200, headers={"Content-Type": "application/json"}, content=iter([BODY]))
        response.read()
        return response

    async def chunks() -> AsyncIterator[bytes]:
        yield BODY

    async def async_handler(request: httpx.Request) -> httpx.Response:
        response = httpx.Response(200, headers={"Content-Type": "application/json"}, content=chunks())
        await response.aread()
        return response

    transport = httpx.MockTransport(handler if mode == "sync" else async_handler)
    client = make_client(httpx_args={"transport": transport})
    assert fetch(mode, client).sid == WORKFLOW_SID


# --- Answers read whole inside the retry loop, on real sockets ------------------------------------


class _Canned(QuietHandler):
    """Answers every request with the Workflow (201 for a POST), the server's ``seen`` counting
    requests."""

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.seen.append(self.command)  # type: ignore[attr-defined]
        self.send_response(201 if self.command == "POST" else 200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    do_GET = do_POST = _answer


@pytest.mark.parametrize(
    "settings",
    [
        {},
        {"cookies": {"session": "s1"}},
        {"follow_redirects": True},
        {"httpx_async_args": {"event_hooks": {"response": [lambda response: asyncio.sleep(0)]}}},
    ],
    ids=["plain", "cookies", "follow_redirects", "response_hook"],
)
def test_a_whole_answer_has_its_elapsed_time(backend: str, settings: dict[str, Any]) -> None:
    """An answer the retrying transport read whole has ``response.elapsed``, on both backends and
    with the settings that run more of httpx's send (cookies, redirects to follow, event hooks),
    never httpx's RuntimeError "'.elapsed' may only be accessed after the response has been read
    or closed"."""
    server = LoopbackServer(_Canned)
    server.httpd.seen = []  # type: ignore[attr-defined]
    client = make_client(base_url=server.url, async_backend=backend, **settings)

    async def run() -> httpx.Response:
        async with client:
            return await support.asend(client, "GET", "/v1/x")

    try:
        response = asyncio.run(run())
    finally:
        server.stop()
    assert response.json() == WORKFLOW_FULL
    assert isinstance(response.elapsed, datetime.timedelta)
    assert response.elapsed >= datetime.timedelta(0)


class _CutShort(QuietHandler):
    """Answers the Workflow (201 for a POST); the answer to request number ``cut`` (1-based)
    breaks off halfway and its connection closes; the first sets a load balancer's cookie. The
    server's ``seen`` counts the requests."""

    cut = 1

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        seen: list[str] = self.server.seen  # type: ignore[attr-defined]
        seen.append(self.command)
        self.send_response(201 if self.command == "POST" else 200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        if len(seen) == 1:
            self.send_header("Set-Cookie", "AWSALB=abc; Path=/")
        self.end_headers()
        if len(seen) == self.cut:
            self.wfile.write(BODY[: len(BODY) // 2])
            self.close_connection = True
        else:
            self.wfile.write(BODY)

    do_GET = do_POST = _answer


def _hook_sync(response: httpx.Response) -> None:
    pass


async def _hook_async(response: httpx.Response) -> None:
    pass


@pytest.mark.parametrize("route", ["plain", "cookie_set_by_the_api", "event_hook"])
@WAYS
def test_a_get_whose_body_breaks_off_is_sent_again(mode: str, backend: str, route: str) -> None:
    """The answer is read whole under the retrying transport on every backend and whatever runs
    around it (a cookie the API's load balancer set on an earlier answer, a response event hook):
    a GET whose body breaks off halfway is a failed attempt, sent again (an idempotent call), and
    the call returns the Workflow."""
    handler = type("Handler", (_CutShort,), {"cut": 1 if route == "plain" else 2})
    server = LoopbackServer(handler)
    server.httpd.seen = []  # type: ignore[attr-defined]
    httpx_args: dict[str, Any] = {}
    if route == "event_hook":
        httpx_args["event_hooks"] = {"response": [_hook_sync if mode == "sync" else _hook_async]}
    client = make_client(
        base_url=server.url, async_backend=backend, httpx_args=httpx_args, retry=RetryPolicy(backoff_base=0)
    )
    try:
        if mode == "sync":
            with client:
                if route != "plain":
                    fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
                workflow = fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
        else:

            async def run() -> Workflow:
                async with client:
                    if route != "plain":
                        await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client)
                    return await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client)

            workflow = asyncio.run(run())
    finally:
        server.stop()
    assert workflow.sid == WORKFLOW_SID
    expected = ["GET", "GET"] if route == "plain" else ["GET", "GET", "GET"]
    assert server.httpd.seen == expected  # type: ignore[attr-defined]


# --- Loopback servers that refuse, hang up or drop every request ----------------------------------


@WAYS
def test_a_refused_connection_is_a_network_error(mode: str, backend: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens once this closes
    client = make_client(
        base_url=f"http://127.0.0.1:{port}",
        retry=RetryPolicy(max_retries=1, sleep=lambda s: None, async_sleep=no_wait),
        async_backend=backend,
    )
    with pytest.raises(errors.NetworkError) as caught:
        call(mode, client)
    assert "ConnectError" in str(caught.value)
    assert caught.value.sent is False
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


class _RawServer:
    """A loopback server on a bare socket: for each connection, reads one request (its head and
    its Content-Length body), counts it in ``requests``, then ``answer`` (bytes to send, possibly
    none) and closes the connection."""

    def __init__(self, answer: bytes = b"") -> None:
        self.answer = answer
        self.requests = 0
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.sock.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(5)
                data = b""
                try:
                    while b"\r\n\r\n" not in data:
                        more = connection.recv(65536)
                        if not more:
                            break
                        data += more
                    head, _, body = data.partition(b"\r\n\r\n")
                    length = 0
                    for line in head.split(b"\r\n")[1:]:
                        name, _, value = line.partition(b":")
                        if name.strip().lower() == b"content-length":
                            length = int(value)
                    while len(body) < length:
                        more = connection.recv(65536)
                        if not more:
                            break
                        body += more
                except OSError:
                    continue
                if b"\r\n\r\n" not in data:
                    continue  # a connection that sent no request
                self.requests += 1
                if self.answer:
                    connection.sendall(self.answer)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()


@WAYS
@pytest.mark.parametrize("where", ["hangup", "truncated"])
def test_a_hang_up_after_sending_a_create_is_a_network_error_not_retried(mode: str, backend: str, where: str) -> None:
    """The server reads the create, then hangs up without a word, or promises 100 bytes of body,
    sends 10 and hangs up: a NetworkError saying the request was sent, and the create that may
    have happened is never sent again (the default policy retries GETs, not POSTs)."""
    server = _RawServer(b"" if where == "hangup" else b'HTTP/1.1 201 Created\r\nContent-Length: 100\r\n\r\n{"sid": "')
    client = make_client(
        base_url=server.url,
        retry=RetryPolicy(sleep=lambda s: None, async_sleep=no_wait),
        async_backend=backend,
    )
    try:
        with pytest.raises(errors.NetworkError) as caught:
            call(mode, client)
    finally:
        server.stop()
    assert not isinstance(caught.value, errors.RequestTimeoutError)
    assert caught.value.sent is True
    assert server.requests == 1


@pytest.mark.parametrize("max_retries", [0, 1, 3])
@pytest.mark.parametrize("method", ["GET", "POST"])
@WAYS
def test_a_dropped_connection_reaches_the_server_at_most_max_retries_plus_one_times(
    mode: str, backend: str, method: str, max_retries: int
) -> None:
    """A server that reads each request and closes the connection without an answer: a GET (an
    endpoint call), or a POST with ``retry_unsafe=True`` (so that it is retried too), reaches it
    ``max_retries + 1`` times, never more, on every backend (aiohttp's own second try of a GET on
    a dropped connection would double it), and ends in a NetworkError saying it was sent."""
    server = _RawServer()
    client = make_client(
        base_url=server.url,
        async_backend=backend,
        retry=RetryPolicy(
            max_retries=max_retries, backoff_base=0, retry_unsafe=True, sleep=lambda s: None, async_sleep=no_wait
        ),
    )
    try:
        with pytest.raises(errors.NetworkError) as caught:
            if method == "GET":
                fetch(mode, client)
            elif mode == "sync":
                with client:
                    support.send(client, "POST", "/v1/x", data={"FriendlyName": "a"})
            else:

                async def post() -> None:
                    async with client:
                        await support.asend(client, "POST", "/v1/x", data={"FriendlyName": "a"})

                asyncio.run(post())
    finally:
        server.stop()
    assert caught.value.sent is True
    assert caught.value.method == method
    assert server.requests == max_retries + 1
