"""Review of the 0.3.0 send path: failing regression tests (each names the defect it shows)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections.abc import Iterator
from typing import Any, ClassVar
from unittest import mock

import httpx
import pytest
import wrapt

from scenarios import WORKFLOW_FULL, WORKSPACE_SID
from support import LoopbackServer, QuietHandler, Recorder, make_client
from taskrouter_client import AuthenticatedClient, Client, RetryPolicy, errors
from taskrouter_client.api.workflows import fetch_workflow

WORKFLOW_SID = WORKFLOW_FULL["sid"]


class _BadRedirect(QuietHandler):
    def do_GET(self) -> None:
        body = b"x" * 100
        self.send_response(302)
        self.send_header("Location", "//[::1")  # httpx: "Invalid URL in location header"
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def bad_redirect_server() -> Iterator[LoopbackServer]:
    server = LoopbackServer(_BadRedirect)
    yield server
    server.stop()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_unparsable_redirect_location_gives_the_connection_back(
    mode: str, bad_redirect_server: LoopbackServer
) -> None:
    """_sent() builds next_request before the answer is read; when httpx cannot parse the
    Location, _Pool.call raises without closing the answer, so its connection is never given
    back: with one connection the next call ends in PoolTimeout. httpx's send closes it."""
    client = Client(
        base_url=bad_redirect_server.url,
        retry=RetryPolicy(max_retries=0),
        timeout=httpx.Timeout(5.0, pool=1.0),
        httpx_args={"limits": httpx.Limits(max_connections=1)},
    )

    async def arun() -> list[str]:
        async with client:
            return [await acall() for _ in range(2)]

    async def acall() -> str:
        try:
            await client.arequest(method="get", url="/v1/x")
        except errors.TaskRouterError as exc:
            return type(exc).__name__ + ": " + str(exc).split(":")[1].strip()
        return "ok"

    def call() -> str:
        try:
            client.request(method="get", url="/v1/x")
        except errors.TaskRouterError as exc:
            return type(exc).__name__ + ": " + str(exc).split(":")[1].strip()
        return "ok"

    if mode == "sync":
        with client:
            results = [call() for _ in range(2)]
    else:
        results = asyncio.run(arun())
    assert results == ["NetworkError: RemoteProtocolError"] * 2


@pytest.mark.parametrize("attr", ["request", "send"])
def test_a_patch_on_the_pool_itself_still_runs(attr: str) -> None:
    """mock.patch.object(client.get_httpx_client(), "request"/"send") (the instance, not the class)
    ran before 0.3.0 (Client.request went through http.request); the short way skips it, as
    _stock_methods looks at type(http) only."""
    client = make_client(Recorder(lambda request: httpx.Response(200, json={"real": True}), judge=False))
    fake = httpx.Response(200, json={"mocked": True}, request=httpx.Request("GET", "https://x"))
    with mock.patch.object(client.get_httpx_client(), attr, return_value=fake) as patched:
        response = client.request(method="get", url="/v1/x")
    assert patched.called and response.json() == {"mocked": True}


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_form_with_a_bytes_key_is_written_as_httpx_writes_it(mode: str) -> None:
    """_form_body writes str(key): b'Friendly Name' becomes b%27Friendly+Name%27; httpx's
    urlencode writes the key's bytes (Friendly+Name)."""
    recorder = Recorder(lambda request: httpx.Response(200), judge=False)
    client = make_client(recorder, httpx_async_args={"transport": recorder})
    kwargs = {"method": "post", "url": "/v1/x", "data": {b"Friendly Name": "a"}}
    if mode == "sync":
        client.request(**kwargs)
    else:
        asyncio.run(client.arequest(**kwargs))
    assert recorder.requests[0].content == b"Friendly+Name=a"


def test_a_base_url_set_on_the_pool_is_used() -> None:
    """The short way's per-path URL memo is not keyed by the pool's base_url: after
    get_httpx_client().base_url = ..., calls still go to the old host (httpx's path follows)."""
    hosts: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        return httpx.Response(200)

    client = make_client(Recorder(answer, judge=False))
    client.request(method="get", url="/v1/x")
    client.get_httpx_client().base_url = httpx.URL("https://taskrouter.dublin.ie1.twilio.com")
    client.request(method="get", url="/v1/x")
    assert hosts == ["taskrouter.twilio.com", "taskrouter.dublin.ie1.twilio.com"]


class _HalfBody(QuietHandler):
    half_sent: ClassVar[threading.Event] = threading.Event()

    def do_GET(self) -> None:
        body = json.dumps(WORKFLOW_FULL).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[:10])
        self.wfile.flush()
        type(self).half_sent.set()
        time.sleep(1.0)
        with contextlib.suppress(OSError):
            self.wfile.write(body[10:])


@pytest.fixture
def half_body_server() -> Iterator[LoopbackServer]:
    server = LoopbackServer(_HalfBody)
    yield server
    server.stop()


def test_aiohttp_aclose_while_a_call_reads_its_body_ends_the_call(half_body_server: LoopbackServer) -> None:
    """Pre-existing (also at ef20358): on async_backend='aiohttp', aclose() while a call is reading
    its answer leaves the call waiting until the call's deadline (forever with
    RetryPolicy(deadline=None) and no timeout in seconds), then a RequestTimeoutError; on the
    httpx backend the call ends at once in a NetworkError."""
    pytest.importorskip("aiohttp")
    client = AuthenticatedClient(
        username="AC" + "a" * 32, password="pw", base_url=half_body_server.url, async_backend="aiohttp"
    )

    async def main() -> tuple[object, float]:
        _HalfBody.half_sent.clear()
        call = asyncio.create_task(fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client, timeout=4))
        # aclose() once the answer is being read (the server has sent its head and 10 bytes), not
        # before the request has left: a call not yet sent goes out on a new pool, as it should.
        assert await asyncio.to_thread(_HalfBody.half_sent.wait, 3)
        await asyncio.sleep(0.1)
        start = time.monotonic()
        await client.aclose()
        try:
            outcome: object = await call
        except errors.TaskRouterError as exc:
            outcome = exc
        return outcome, time.monotonic() - start

    outcome, waited = asyncio.run(main())
    # The read is woken at once: the GET then ends in a NetworkError or, being safe to send again,
    # is retried and sent on a new pool (the server answers that one after its 1 s pause). Either
    # way it does not wait for the call's 4 s deadline.
    assert waited < 3.0 and not isinstance(outcome, errors.RequestTimeoutError), (outcome, waited)


class _SlowCreate(QuietHandler):
    posts: ClassVar[list[float]] = []

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        type(self).posts.append(time.monotonic())
        time.sleep(0.5)
        body = json.dumps(WORKFLOW_FULL).encode()
        try:
            self.send_response(201)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_aclose_during_a_sent_post_does_not_send_it_again(backend: str) -> None:
    """80c78ab: on async_backend='aiohttp' any aiohttp failure while session.closed becomes
    RuntimeError, and arequest then sends the call again on a new pool, even a POST whose request
    already reached the server (aclose() while it waits for the answer): two Workflows created.
    At ef20358 it was a NetworkError and one POST, as on the httpx backend."""
    if backend == "aiohttp":
        pytest.importorskip("aiohttp")
    from support import request_body
    from taskrouter_client.api.workflows import create_workflow

    handler: type[_SlowCreate] = type("Handler", (_SlowCreate,), {"posts": []})
    server = LoopbackServer(handler)
    client = AuthenticatedClient(username="AC" + "a" * 32, password="pw", base_url=server.url, async_backend=backend)

    async def main() -> object:
        call = asyncio.create_task(create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body()))
        for _ in range(300):  # aclose() once the create has reached the server, not before it left
            if handler.posts:
                break
            await asyncio.sleep(0.01)
        await client.aclose()
        try:
            return await call
        except errors.TaskRouterError as exc:
            return exc
        finally:
            await client.aclose()

    try:
        outcome = asyncio.run(main())
        time.sleep(0.7)
    finally:
        server.stop()
    assert len(handler.posts) == 1, outcome
    assert isinstance(outcome, errors.NetworkError)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_tracing_wrapper_added_after_the_first_calls_runs(mode: str) -> None:
    """Instrumentation added once the client has made calls (ddtrace wraps httpx's send with
    ``wrapt``, whose wrappers compare and hash equal to the function they wrap): the next call
    takes httpx's own send path, so the wrapper runs. The short way's memo of which methods are
    httpx's own is kept by identity (by equality, it took the wrapper for the plain method)."""
    recorder = Recorder(lambda request: httpx.Response(200, json={}), judge=False)
    client = make_client(recorder, httpx_async_args={"transport": recorder})
    cls: Any = httpx.Client if mode == "sync" else httpx.AsyncClient
    seen: list[str] = []

    def tracer(wrapped: Any, instance: Any, args: Any, kwargs: Any) -> Any:
        seen.append(args[0].url.path)
        return wrapped(*args, **kwargs)

    async def two_calls() -> None:
        await client.arequest(method="get", url="/v1/before")
        wrapt.wrap_function_wrapper(cls, "send", tracer)
        await client.arequest(method="get", url="/v1/after")

    original = cls.__dict__["send"]
    try:
        if mode == "sync":
            client.request(method="get", url="/v1/before")  # the short way; its methods remembered
            wrapt.wrap_function_wrapper(cls, "send", tracer)
            client.request(method="get", url="/v1/after")
        else:
            asyncio.run(two_calls())
    finally:
        cls.send = original
    assert seen == ["/v1/after"]
