"""Regressions found by a downstream-style trial of the 0.3.0 send path (the short way of
``_Pool.call`` / ``_AsyncPool.call``) and of the async backends. Each test states what a user of
httpx (or of this package before 8734aab) gets and the package no longer does. They fail on
purpose until fixed; repro scripts live with the trial report."""

from __future__ import annotations

import asyncio
import functools
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scenarios import TEST_PASSWORD, TEST_USERNAME, WORKFLOW_FULL, WORKSPACE_SID
from support import LoopbackServer, QuietHandler, Recorder, make_client
from taskrouter_client import AuthenticatedClient, Client, errors
from taskrouter_client.api.workflows import fetch_workflow
from taskrouter_client.client import RetryPolicy

WORKFLOW_SID = WORKFLOW_FULL["sid"]


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=WORKFLOW_FULL)


# --- 1. Instrumentation that wraps httpx's send (Sentry, ddtrace) is bypassed -------------------


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_wrapped_httpx_send_still_runs(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """sentry_sdk's HttpxIntegration and ddtrace's httpx integration wrap ``httpx.Client.send`` /
    ``httpx.AsyncClient.send`` to open a span and add trace-propagation headers. Before 8734aab
    every call went through them; the short way calls the transport directly and skips them."""
    ran: list[str] = []
    real_send, real_asend = httpx.Client.send, httpx.AsyncClient.send

    @functools.wraps(real_send)
    def send(self: httpx.Client, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        ran.append("sync")
        request.headers["sentry-trace"] = "trace-1"
        return real_send(self, request, **kwargs)

    @functools.wraps(real_asend)
    async def asend(self: httpx.AsyncClient, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        ran.append("async")
        request.headers["sentry-trace"] = "trace-1"
        return await real_asend(self, request, **kwargs)

    monkeypatch.setattr(httpx.Client, "send", send)
    monkeypatch.setattr(httpx.AsyncClient, "send", asend)
    recorder = Recorder(ok, judge=False)
    client = make_client(recorder, httpx_async_args={"transport": recorder})
    if mode == "sync":
        fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
    else:
        asyncio.run(fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client))
    assert ran, "the instrumented httpx send never ran"
    assert recorder.requests[0].headers.get("sentry-trace") == "trace-1"


# --- 2. Credentials in the base URL (httpx sends them as Basic auth) ---------------------------


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_credentials_in_the_base_url_are_sent(mode: str) -> None:
    """check_base_url accepts ``https://user:secret@host`` (and repr redacts it); httpx, and the
    package before 8734aab, send it as HTTP Basic. The short way sends no Authorization."""
    recorder = Recorder(ok, judge=False)
    client = Client(
        base_url="https://SKkey:secret@taskrouter.twilio.com",
        retry=RetryPolicy(max_retries=0),
        httpx_args={"transport": recorder},
        httpx_async_args={"transport": recorder},
    )
    if mode == "sync":
        client.request(method="get", url="/v1/x")
    else:
        asyncio.run(client.arequest(method="get", url="/v1/x"))
    assert recorder.requests[0].headers.get("Authorization") == httpx.BasicAuth("SKkey", "secret")._auth_header


# --- 3. A redirect not followed: httpx sets response.next_request -------------------------------


def test_an_unfollowed_redirect_has_its_next_request() -> None:
    recorder = Recorder(lambda request: httpx.Response(302, headers={"Location": "/v1/elsewhere"}), judge=False)
    response = make_client(recorder).request(method="get", url="/v1/x")
    assert response.next_request is not None
    assert response.next_request.url.path == "/v1/elsewhere"


# --- 4. A body that says gzip but is not: a raw httpx.DecodingError (pre-existing) --------------


def test_a_body_that_is_not_its_content_encoding_is_a_package_error() -> None:
    def bad_gzip(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}, content=b"not gzip"
        )

    client = make_client(Recorder(bad_gzip, judge=False))
    with pytest.raises(errors.TaskRouterError):
        fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)


# --- Real sockets ----------------------------------------------------------------------------------


class _SlowServer(LoopbackServer):
    """Answers every GET with the Workflow after ``delay`` seconds, or trickled in 100-byte pieces
    ``trickle`` seconds apart."""

    def __init__(self, delay: float = 0.0, trickle: float = 0.0) -> None:
        body = json.dumps(WORKFLOW_FULL).encode()

        class Handler(QuietHandler):
            def do_GET(self) -> None:
                time.sleep(delay)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for start in range(0, len(body), 100 if trickle else len(body)):
                    self.wfile.write(body[start : start + (100 if trickle else len(body))])
                    self.wfile.flush()
                    time.sleep(trickle)

        super().__init__(Handler)


@pytest.fixture
def slow_server() -> Iterator[_SlowServer]:
    server = _SlowServer(delay=0.5)
    yield server
    server.stop()


@pytest.fixture
def trickling_server() -> Iterator[_SlowServer]:
    server = _SlowServer(trickle=0.4)
    yield server
    server.stop()


def test_aiohttp_aclose_while_a_call_waits_for_a_connection(slow_server: _SlowServer) -> None:
    """With async_backend='aiohttp', aclose() cancels aiohttp's waiters for a pooled connection:
    the waiting call ends in a raw CancelledError (nobody cancelled its task). On the httpx backend
    it completes on a new pool. Pre-existing (the aiohttp backend, 18d648c)."""
    pytest.importorskip("aiohttp")
    client = AuthenticatedClient(
        username=TEST_USERNAME,
        password=TEST_PASSWORD,
        base_url=slow_server.url,
        async_backend="aiohttp",
        httpx_args={"limits": httpx.Limits(max_connections=1)},
    )

    async def main() -> list[Any]:
        async def call() -> Any:
            try:
                return await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client)
            except asyncio.CancelledError:
                return "CancelledError"
            except errors.TaskRouterError as exc:
                return exc

        first = asyncio.create_task(call())
        second = asyncio.create_task(call())  # waits for the one connection
        await asyncio.sleep(0.2)
        await client.aclose()
        results = [await first, await second]
        await client.aclose()
        return results

    assert "CancelledError" not in asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_call_timeout_in_seconds_bounds_a_trickling_body(mode: str, trickling_server: _SlowServer) -> None:
    """The guide: a whole call ends within the call's ``timeout=`` in seconds. On the httpx backend
    a body arriving in small pieces (each read under the read timeout) runs on for ~5.6 s.
    Pre-existing (the aiohttp backend honours it through its total timeout)."""
    client = AuthenticatedClient(username=TEST_USERNAME, password=TEST_PASSWORD, base_url=trickling_server.url)
    start = time.monotonic()
    with client, pytest.raises(errors.RequestTimeoutError):
        if mode == "sync":
            fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client, timeout=1)
        else:

            async def run() -> None:
                async with client:
                    await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client, timeout=1)

            asyncio.run(run())
    assert time.monotonic() - start < 2.5
