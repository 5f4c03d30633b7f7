"""Control per call: ``client.with_options(retry=, timeout=, headers=)`` gives a client on the
same connection pools (no second pool; the original unchanged; closing the derived one leaves
the pools open, closing the original closes them for both, a later call reopens); ``retry=`` on
one call; and the ``on_retry`` hooks, told each retry with the request's credentials kept out.
On a loopback server, on the sync client and on both async backends."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest

from scenarios import TEST_PASSWORD, WORKFLOW_FULL, WORKSPACE_SID
from support import LoopbackServer, QuietHandler, make_client
from taskrouter_client import AuthenticatedClient, errors
from taskrouter_client.api.workflows import fetch_workflow
from taskrouter_client.client import RetryPolicy
from taskrouter_client.models import Workflow

WORKFLOW_SID: str = WORKFLOW_FULL["sid"]
BODY = json.dumps(WORKFLOW_FULL).encode()
WAYS = pytest.mark.parametrize(
    ("mode", "backend"),
    [("sync", "httpx"), ("asyncio", "httpx"), ("asyncio", "aiohttp")],
    indirect=["backend"],
    ids=["sync", "asyncio-httpx", "asyncio-aiohttp"],
)
NO_WAIT: dict[str, Any] = {"backoff_base": 0.0, "backoff_max": 0.0}


class _Flaky(QuietHandler):
    """Answers 503 to the first ``failures`` requests (the server's), then the Workflow; keeps
    each request's headers and the port it came from (one per connection)."""

    def do_GET(self) -> None:
        server: Any = self.server
        server.seen.append((dict(self.headers), self.client_address[1]))
        if len(server.seen) <= server.failures:
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    running = LoopbackServer(_Flaky)
    running.httpd.seen = []  # type: ignore[attr-defined]
    running.httpd.failures = 0  # type: ignore[attr-defined]
    yield running
    running.stop()


def seen(server: LoopbackServer) -> list[tuple[dict[str, str], int]]:
    found: list[tuple[dict[str, str], int]] = server.httpd.seen  # type: ignore[attr-defined]
    return found


def fetch_with(mode: str, *clients: AuthenticatedClient, **kwargs: Any) -> list[Workflow | Exception]:
    """Fetch the Workflow through each client in turn, in one event loop for async; each result or
    error kept. The clients are not closed."""
    if mode == "sync":
        results: list[Workflow | Exception] = []
        for client in clients:
            try:
                results.append(fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client, **kwargs))
            except errors.TaskRouterError as error:
                results.append(error)
        return results

    async def run() -> list[Workflow | Exception]:
        found: list[Workflow | Exception] = []
        for client in clients:
            try:
                found.append(await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client, **kwargs))
            except errors.TaskRouterError as error:
                found.append(error)
        for client in clients:
            await client.aclose()
        return found

    return asyncio.run(run())


@WAYS
def test_a_derived_client_shares_the_connections_and_sends_its_own_options(
    mode: str, backend: str, server: LoopbackServer
) -> None:
    client = make_client(base_url=server.url, async_backend=backend, headers={"X-Team": "sales"})
    derived = client.with_options(headers={"X-Call": "batch"}, timeout=5.0, retry=RetryPolicy(max_retries=1))
    assert derived.retry.max_retries == 1 and client.retry.max_retries == 0  # the original unchanged
    results = fetch_with(mode, client, derived, client)
    client.close()
    assert all(isinstance(result, Workflow) for result in results)
    (first, port1), (second, port2), (third, port3) = seen(server)
    assert port1 == port2 == port3  # one connection: the derived client has no pool of its own
    assert "x-call" not in {k.lower() for k in first} and "x-call" not in {k.lower() for k in third}
    assert second["X-Call"] == "batch" and second["X-Team"] == "sales"


@WAYS
def test_a_derived_client_retries_by_its_own_policy(mode: str, backend: str, server: LoopbackServer) -> None:
    server.httpd.failures = 2  # type: ignore[attr-defined]
    client = make_client(base_url=server.url, async_backend=backend, retry=RetryPolicy(max_retries=0))
    derived = client.with_options(retry=RetryPolicy(max_retries=2, **NO_WAIT))
    [refused] = fetch_with(mode, client)
    [fetched] = fetch_with(mode, derived)
    client.close()
    assert isinstance(refused, errors.ServerError)
    assert isinstance(fetched, Workflow)
    assert len(seen(server)) == 1 + 2  # no retry on the client; two on the derived one


@WAYS
def test_one_call_s_retry_policy_overrides_the_client_s(mode: str, backend: str, server: LoopbackServer) -> None:
    server.httpd.failures = 1  # type: ignore[attr-defined]
    client = make_client(base_url=server.url, async_backend=backend, retry=RetryPolicy(max_retries=3, **NO_WAIT))
    [refused] = fetch_with(mode, client, retry=RetryPolicy(max_retries=0))
    [fetched] = fetch_with(mode, client)
    client.close()
    assert isinstance(refused, errors.ServerError) and isinstance(fetched, Workflow)
    assert len(seen(server)) == 2


def test_closing_a_derived_client_leaves_the_pools_open_and_closing_the_original_closes_them(
    server: LoopbackServer,
) -> None:
    client = make_client(base_url=server.url)
    derived = client.with_options(headers={"X-Call": "1"})
    fetch_with("sync", derived)
    pool = client.get_httpx_client()
    assert derived.get_httpx_client() is pool
    derived.close()
    assert not pool.is_closed
    fetch_with("sync", client)
    client.close()
    assert pool.is_closed
    assert isinstance(fetch_with("sync", derived)[0], Workflow)  # a later call reopens, for both
    assert derived.get_httpx_client() is client.get_httpx_client() is not pool
    client.close()
    assert len({port for _, port in seen(server)}) == 2


def test_with_options_refuses_bad_settings() -> None:
    client = make_client()
    with pytest.raises(errors.ConfigurationError):
        client.with_options(timeout=-1)
    with pytest.raises(errors.ConfigurationError):
        client.with_options(headers={"X-Bad": "a\r\nb"})


@WAYS
def test_on_retry_is_told_each_retry_without_the_credentials(mode: str, backend: str, server: LoopbackServer) -> None:
    server.httpd.failures = 2  # type: ignore[attr-defined]
    told: list[Any] = []

    async def told_async(event: Any) -> None:
        told.append(("async", event))

    hooks: dict[str, Any] = {"on_retry": told.append}
    if backend == "aiohttp":
        hooks["on_retry_async"] = told_async
    policy = RetryPolicy(max_retries=3, **NO_WAIT, **hooks)
    client = make_client(base_url=server.url, async_backend=backend, retry=policy)
    [fetched] = fetch_with(mode, client)
    client.close()
    assert isinstance(fetched, Workflow)
    events = [entry[1] if isinstance(entry, tuple) else entry for entry in told]
    assert [(e.attempt, e.reason, e.status, e.method) for e in events] == [
        (1, "HTTP 503", 503, "GET"),
        (2, "HTTP 503", 503, "GET"),
    ]
    assert all(isinstance(entry, tuple) for entry in told) is (backend == "aiohttp")  # the async hook, when given
    for event in events:
        assert event.delay == 0.0 and event.url.endswith(f"/Workflows/{WORKFLOW_SID}")
        assert "authorization" not in {k.lower() for k in event.headers}
        assert TEST_PASSWORD not in repr(event)


def test_a_hook_that_fails_does_not_fail_the_call(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    server.httpd.failures = 1  # type: ignore[attr-defined]

    def broken(event: Any) -> None:
        raise RuntimeError("metrics are down")

    client = make_client(base_url=server.url, retry=RetryPolicy(max_retries=1, **NO_WAIT, on_retry=broken))
    [fetched] = fetch_with("sync", client)
    client.close()
    assert isinstance(fetched, Workflow)
    assert "the on_retry hook failed" in caplog.text
