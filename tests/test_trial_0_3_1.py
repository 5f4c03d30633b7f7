"""A downstream trial of 0.3.1 (the answer read whole inside the retrying transport): defects found
while using the client on real sockets the way a user would, all fixed in the commit after the one
adding this file. Each test says what the user does, what they got and what they should get:
an answer a user's transport read already is left as it is; every call of Client.request/arequest
(httpx's own send path too) reads its answer inside the retry loop; a transport closed meanwhile
sends nothing more (the call goes out on a new pool)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import threading
import time
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from scenarios import WORKFLOW_FULL, WORKSPACE_SID
from support import LoopbackServer, QuietHandler, make_client
from taskrouter_client import errors
from taskrouter_client.api.workflows import fetch_workflow
from taskrouter_client.client import AuthenticatedClient, RetryPolicy
from taskrouter_client.models import Workflow

WORKFLOW_SID: str = WORKFLOW_FULL["sid"]
BODY = json.dumps(WORKFLOW_FULL).encode()


def _fetch(mode: str, client: AuthenticatedClient, **kwargs: Any) -> Workflow:
    if mode == "sync":
        with client:
            return fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client, **kwargs)

    async def run() -> Workflow:
        async with client:
            return await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client, **kwargs)

    return asyncio.run(run())


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


# --- 1. A transport of the user's that reads the answer ------------------------------------------


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
def test_a_transport_of_yours_that_reads_the_answer_does_not_hang_the_call(
    mode: str, backend: str, twilio: LoopbackServer
) -> None:
    """The user gives ``httpx_args={"transport": ...}`` a logging transport that wraps httpx's
    own transport and calls ``response.read()`` before returning the answer, then fetches a
    Workflow from a server that keeps the connection alive.

    They get: the call hangs until its deadline (here the call's ``timeout=3``; 60 s by default),
    the GET is sent again, and it ends in ``RequestTimeoutError`` - the retrying transport now
    reads ``response.stream`` again although the answer was read already (``_read_whole`` /
    ``_aread_whole`` ignore ``response._content``), so it waits on the idle connection for bytes
    that never come. 0.3.0 returned the Workflow.

    They should get: the Workflow, at once, sent once (an answer already read is handed over as
    it is)."""
    transport = _ReadingTransport()
    client = make_client(
        base_url=twilio.url,
        async_backend=backend,
        httpx_args={"transport": transport},
        retry=RetryPolicy(backoff_base=0),
    )
    start = time.monotonic()
    try:
        workflow = _fetch(mode, client, timeout=3)
    except errors.TransportError as exc:
        pytest.fail(f"{type(exc).__name__} after {time.monotonic() - start:.1f}s: {exc}")
    assert workflow.sid == WORKFLOW_SID
    assert time.monotonic() - start < 2
    assert transport.logged == [len(BODY)]


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_an_answer_your_mock_transport_read_keeps_its_body(mode: str) -> None:
    """The user's ``httpx.MockTransport`` handler builds an answer from an iterator of chunks (an
    async iterator for the async client) and reads it (``response.read()`` / ``await
    response.aread()``, e.g. to log it) before returning it.

    They get, sync: ``DecodeError`` ("empty body") for a 200 with a whole Workflow in it: the
    retrying transport iterates the spent stream again and replaces the content with ``b""``;
    async: a raw ``httpx.StreamConsumed`` (outside the package's error types) from ``_aread_whole``
    iterating the spent async generator.

    They should get: the Workflow (as in 0.3.0, and as a bare httpx.Client gives it)."""

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
    assert _fetch(mode, client).sid == WORKFLOW_SID


# --- 2. A body that breaks off, on httpx's own send path ------------------------------------------


class _CookieThenCut(QuietHandler):
    """The first answer sets a load balancer's cookie; the second breaks off halfway (the
    connection then closes); the others are whole. ``server.seen`` counts the requests."""

    def do_GET(self) -> None:
        seen: list[str] = self.server.seen  # type: ignore[attr-defined]
        seen.append(self.command)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        if len(seen) == 1:
            self.send_header("Set-Cookie", "AWSALB=abc; Path=/")
        self.end_headers()
        if len(seen) == 2:
            self.wfile.write(BODY[: len(BODY) // 2])
            self.close_connection = True
        else:
            self.wfile.write(BODY)


def _hook_sync(response: httpx.Response) -> None:
    pass


async def _hook_async(response: httpx.Response) -> None:
    pass


@pytest.mark.parametrize("route", ["cookie_set_by_the_api", "event_hook"])
@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_get_whose_body_breaks_off_is_retried_on_httpxs_own_send_path(mode: str, backend: str, route: str) -> None:
    """The API's load balancer sets a cookie on one answer (so later calls take httpx's own send
    path, as the guide says), or the user has a response event hook; then a GET's answer breaks
    off halfway.

    They get, on the sync client and the async client's default (httpx) backend:
    ``NetworkError`` (RemoteProtocolError), the GET sent once; on the aiohttp backend the same
    call is sent again and returns the Workflow. The answer is read whole under the retrying
    transport only on the short path (``_READ_BY_TRANSPORT`` is set by ``_Pool.call`` /
    ``_AsyncPool.call`` only).

    They should get what the guide promises ("Idempotent methods (GET, PUT, DELETE) retry those
    always, an answer whose body breaks off included: a call's answer is read whole within the
    retrying transport, on every backend"; "httpx's send path still runs ... Nothing is
    bypassed"): the GET sent again and the Workflow, on every backend and every route."""
    server = LoopbackServer(_CookieThenCut)
    server.httpd.seen = []  # type: ignore[attr-defined]
    try:
        httpx_args: dict[str, Any] = {}
        if route == "event_hook":
            httpx_args["event_hooks"] = {"response": [_hook_sync if mode == "sync" else _hook_async]}
        client = make_client(
            base_url=server.url, async_backend=backend, httpx_args=httpx_args, retry=RetryPolicy(backoff_base=0)
        )
        if mode == "sync":
            with client:
                fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
                workflow = fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
        else:

            async def run() -> Workflow:
                async with client:
                    await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client)
                    return await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client)

            workflow = asyncio.run(run())
        assert workflow.sid == WORKFLOW_SID
        assert server.httpd.seen == ["GET", "GET", "GET"]  # type: ignore[attr-defined]
    finally:
        server.stop()


# --- 3. close() while a GET's body is being read ----------------------------------------------------


class _Trickle(QuietHandler):
    """The first answer's body trickles (a byte every 50 ms); the others come whole."""

    def do_GET(self) -> None:
        seen: list[str] = self.server.seen  # type: ignore[attr-defined]
        seen.append(self.command)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        if len(seen) > 1:
            self.wfile.write(BODY)
            return
        for byte in BODY:
            try:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            except OSError:
                return
            time.sleep(0.05)


def _closing_during_the_read(mode: str, client: AuthenticatedClient) -> Callable[[], Any]:
    if mode == "sync":
        result: dict[str, Any] = {}

        def fetch() -> None:
            try:
                result["workflow"] = fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
            except errors.NetworkError:
                result["workflow"] = None  # ending the call is fine too

        def run_sync() -> Any:
            thread = threading.Thread(target=fetch)
            thread.start()
            time.sleep(0.5)
            client.close()
            thread.join(10)
            client.close()
            return result.get("workflow")

        return run_sync

    async def run() -> Any:
        task = asyncio.create_task(fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client))
        await asyncio.sleep(0.5)
        await client.aclose()
        workflow = await task
        await client.aclose()
        return workflow

    return lambda: asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_get_sent_again_after_close_leaves_no_socket_open(mode: str) -> None:
    """The user closes the client (``close()`` from another thread, ``aclose()`` from another
    task) while a GET's answer is being read, and closes it again once the call has ended.

    They get: the GET is sent again (the broken-off read is now a failed attempt) on the pool that
    was just closed - httpcore's pool accepts it - and the call returns the Workflow, but its
    connection stays in that closed, orphaned pool: nothing closes it, and the socket is left to
    the garbage collector (``ResourceWarning: unclosed <socket.socket ...>``). The guide says a
    call that loses the race with ``close()`` "goes out on a new pool".

    They should get: no socket left open once the client is closed: the retry goes out on a new
    pool of the client's (closed by the next ``close()``), or the call ends in ``NetworkError``."""
    server = LoopbackServer(_Trickle)
    server.httpd.seen = []  # type: ignore[attr-defined]
    try:
        client = make_client(base_url=server.url, retry=RetryPolicy(backoff_base=0))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with contextlib.suppress(errors.NetworkError):  # ending the call is fine too
                _closing_during_the_read(mode, client)()
            del client
            gc.collect()
        unclosed = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
        assert unclosed == []
    finally:
        server.stop()
