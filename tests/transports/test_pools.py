"""The pools a client sends through (one for sync calls, one per event loop for async calls): built
on first use, once even when many threads start at once; closed by ``close()`` / ``aclose()`` (or
leaving ``with`` / ``async with``) once the calls running on them have ended, each of those calls
finishing normally and sent once, every socket closed after; a call made after closing opens a new
pool. Each event loop has its own (loops in turn, in threads, a loop run inside another, trio), the
pool of a loop is closed when the loop ends, and a forked child never uses its parent's pools. On
real loopback sockets, on both async backends."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import multiprocessing
import os
import pickle
import ssl
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import trio

import support
from scenarios import WORKFLOW_FULL, WORKSPACE_SID
from support import (
    LoopbackServer,
    QuietHandler,
    Recorder,
    asend,
    make_client,
    named_bytes,
    request_body,
    tls_loopback_server,
)
from taskrouter_client import AuthenticatedClient, errors
from taskrouter_client.api.workflows import create_workflow, fetch_workflow, update_workflow
from taskrouter_client.client import RetryPolicy
from taskrouter_client.models import UpdateWorkflowRequest, Workflow

WORKFLOW_SID: str = WORKFLOW_FULL["sid"]
BODY = json.dumps(WORKFLOW_FULL).encode()


def answer(request: httpx.Request) -> httpx.Response:
    """TaskRouter's answer to a create (201) or any other call on a Workflow (200)."""
    status = 201 if request.method == "POST" and request.url.path.endswith("/Workflows") else 200
    return httpx.Response(status, json=WORKFLOW_FULL)


# --- TaskRouter on loopback ------------------------------------------------------------------------


class Site:
    """TaskRouter on loopback (plain, or TLS with a self-signed certificate trusted by
    ``trusted``). A call on a Workflow (``/v1/...``) is answered with the Workflow (201 for a
    create, else 200) after ``hold`` seconds, its body in ``pieces`` writes ``gap`` seconds apart;
    ``answering`` is set once an answer's head and first piece are out. ``/sized/NAME/SIZE/PIECES/GAP``
    is answered with SIZE bytes made from NAME (``named_bytes``) in PIECES writes GAP seconds
    apart. ``seen`` keeps each request's method and path; ``connections`` counts the connections
    open now (a socket the client closes is closed here at once)."""

    def __init__(self, tls_folder: Path | None = None) -> None:
        self.seen: list[str] = []
        self.hold = 0.0
        self.pieces = 1
        self.gap = 0.0
        self.answering = threading.Event()
        self.connections = 0
        self._lock = threading.Lock()
        handler = self._handler()
        self.trusted: ssl.SSLContext | None = None
        if tls_folder is None:
            self.server = LoopbackServer(handler)
        else:
            self.server, self.trusted = tls_loopback_server(handler, tls_folder)
        self.server.httpd.socket.listen(256)  # (socketserver's 5: many connects at once lose SYNs)
        self.url = self.server.url

    def _handler(self) -> type[QuietHandler]:
        site = self

        class Handler(QuietHandler):
            def setup(self) -> None:
                super().setup()
                with site._lock:
                    site.connections += 1

            def finish(self) -> None:
                with site._lock:
                    site.connections -= 1
                super().finish()

            def _write(self, status: int, body: bytes, pieces: int, gap: float) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                step = max(1, -(-len(body) // pieces))
                try:
                    for start in range(0, len(body), step):
                        self.wfile.write(body[start : start + step])
                        self.wfile.flush()
                        site.answering.set()
                        if start + step < len(body):
                            time.sleep(gap)
                except OSError:
                    self.close_connection = True

            def _answer(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                path = urlsplit(self.path).path
                with site._lock:
                    site.seen.append(f"{self.command} {path}")
                kind, *args = path.split("/")[1:]
                if kind == "sized":
                    name, size, pieces, gap = args[0], int(args[1]), int(args[2]), float(args[3])
                    self._write(200, named_bytes(name, size), pieces, gap)
                    return
                time.sleep(site.hold)
                created = self.command == "POST" and path.endswith("/Workflows")
                self._write(201 if created else 200, BODY, site.pieces, site.gap)

            do_GET = do_POST = _answer

        return Handler

    def creates(self) -> int:
        return sum(1 for line in self.seen if line.startswith("POST ") and line.endswith("/Workflows"))

    def wait_closed(self, seconds: float = 3.0) -> int:
        """The connections still open after up to ``seconds`` waiting for none to be."""
        end = time.monotonic() + seconds
        while self.connections and time.monotonic() < end:
            time.sleep(0.01)
        return self.connections

    def stop(self) -> None:
        self.server.stop()


@pytest.fixture
def site() -> Iterator[Site]:
    running = Site()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def shared_site() -> Iterator[Site]:
    """A Site serving a whole module's ``/sized`` calls (none of which changes it)."""
    running = Site()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def tls_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    running = Site(tmp_path_factory.mktemp("tls"))
    yield running
    running.stop()


@contextlib.contextmanager
def no_socket_left() -> Iterator[None]:
    """Fails when a socket, transport or session is found unclosed by the garbage collector
    while the block runs or right after (a ResourceWarning)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


def sized(name: str, size: int, pieces: int = 1, gap: float = 0.0) -> str:
    return f"/sized/{name}/{size}/{pieces}/{gap}"


async def pool_after_a_call(client: AuthenticatedClient) -> httpx.AsyncClient:
    """The running loop's pool, once a call has been made on it."""
    await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client)
    return client.get_async_httpx_client()


# --- Built on first use, closed, used again --------------------------------------------------------


def test_a_client_used_outside_with_can_be_entered_closed_and_used_again() -> None:
    recorder = Recorder(lambda request: answer(request))
    client = make_client(recorder)
    create_workflow.sync(WORKSPACE_SID, client=client, body=request_body())
    first = client.get_httpx_client()
    with client:
        create_workflow.sync(WORKSPACE_SID, client=client, body=request_body())
    assert first.is_closed
    create_workflow.sync(WORKSPACE_SID, client=client, body=request_body())  # a new pool
    assert client.get_httpx_client() is not first
    client.close()
    client.close()
    assert len(recorder.requests) == 3


def test_threads_starting_at_once_share_one_pool() -> None:
    client = make_client()
    barrier = threading.Barrier(16)
    seen: list[httpx.Client] = []

    def first_use() -> None:
        barrier.wait()
        seen.append(client.get_httpx_client())

    threads = [threading.Thread(target=first_use) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 16 and len({id(http) for http in seen}) == 1
    client.close()


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_close_that_wins_the_race_with_a_first_call_does_not_escape(mode: str) -> None:
    """``close()`` (another thread's, or ``aclose()`` another task's) landing after a call has
    taken its pool and before it is sent (here: from a request hook): the pool stays open for the
    call, which is sent once and answered, then closes; the next call opens a new one."""
    recorder = Recorder(answer)
    raced: list[httpx.Client | httpx.AsyncClient] = []
    open_after_close: list[bool] = []

    def hook(request: httpx.Request) -> None:
        if not raced:
            raced.append(client.get_httpx_client())
            client.close()
            open_after_close.append(not raced[0].is_closed)

    async def ahook(request: httpx.Request) -> None:
        if not raced:
            raced.append(client.get_async_httpx_client())
            await client.aclose()
            open_after_close.append(not raced[0].is_closed)

    client = make_client(
        recorder,
        httpx_args={"event_hooks": {"request": [hook]}},
        httpx_async_args={"event_hooks": {"request": [ahook]}},
    )

    async def arun() -> tuple[Workflow, bool, httpx.AsyncClient]:
        workflow = await create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body())
        closed = raced[0].is_closed
        await create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body())
        later = client.get_async_httpx_client()
        await client.aclose()
        return workflow, closed, later

    if mode == "sync":
        workflow = create_workflow.sync(WORKSPACE_SID, client=client, body=request_body())
        closed = raced[0].is_closed
        create_workflow.sync(WORKSPACE_SID, client=client, body=request_body())
        later: Any = client.get_httpx_client()
        client.close()
    else:
        workflow, closed, later = asyncio.run(arun())
    assert isinstance(workflow, Workflow)
    assert open_after_close == [True] and closed  # closed once the call had ended, not before
    assert later is not raced[0] and later.is_closed
    assert len(recorder.requests) == 2


# --- Closing while calls run: they finish, then the pool closes -------------------------------------


def test_close_from_another_thread_while_a_get_is_read_lets_it_finish(site: Site) -> None:
    """``close()`` from another thread while a GET's answer trickles in (10 pieces 0.1 s apart):
    the GET is sent once and answered, its connection closed as soon as it has ended (before any
    other close), and nothing is left open."""
    site.pieces, site.gap = 10, 0.1
    client = make_client(base_url=site.url, retry=RetryPolicy(backoff_base=0))
    result: dict[str, Any] = {}

    def fetch() -> None:
        try:
            result["outcome"] = fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
        except Exception as exc:
            result["outcome"] = exc

    with no_socket_left():
        thread = threading.Thread(target=fetch)
        thread.start()
        assert site.answering.wait(3)
        client.close()
        thread.join(10)
        left = site.wait_closed()
        client.close()
    assert isinstance(result["outcome"], Workflow), result
    assert left == 0
    assert site.seen == [f"GET /v1/Workspaces/{WORKSPACE_SID}/Workflows/{WORKFLOW_SID}"]


def test_aclose_while_a_call_reads_its_body_lets_it_finish(site: Site, backend: str) -> None:
    """``aclose()`` from another task while a GET's answer is read (its head and half its body
    came, the rest comes 1 s later): the call is answered (sent once, within the 3 s it had left), its
    pool and every socket closed once it has ended."""
    site.pieces, site.gap = 2, 1.0
    client = make_client(base_url=site.url, async_backend=backend)

    async def main() -> tuple[object, float, httpx.AsyncClient, int]:
        call = asyncio.create_task(fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client, timeout=4))
        assert await asyncio.to_thread(site.answering.wait, 3)
        await asyncio.sleep(0.1)
        pool = client.get_async_httpx_client()
        start = time.monotonic()
        await client.aclose()
        try:
            outcome: object = await asyncio.wait_for(call, 10)
        except Exception as exc:
            outcome = exc
        return outcome, time.monotonic() - start, pool, await asyncio.to_thread(site.wait_closed)

    with no_socket_left():
        outcome, waited, pool, left = asyncio.run(main())
    assert isinstance(outcome, Workflow), outcome
    assert waited < 3.0 and pool.is_closed and left == 0
    assert site.seen == [f"GET /v1/Workspaces/{WORKSPACE_SID}/Workflows/{WORKFLOW_SID}"]


def test_aclose_during_a_sent_post_lets_it_finish_and_sends_it_once(site: Site, backend: str) -> None:
    """``aclose()`` while a create waits for its answer (the server takes 0.5 s): the create is
    answered, one Workflow made, and its connection closed once it has ended."""
    site.hold = 0.5
    client = make_client(base_url=site.url, async_backend=backend)

    async def main() -> tuple[object, int]:
        call = asyncio.create_task(create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body()))
        for _ in range(300):  # aclose() once the create has reached the server, not before it left
            if site.seen:
                break
            await asyncio.sleep(0.01)
        await client.aclose()
        try:
            outcome: object = await asyncio.wait_for(call, 10)
        except Exception as exc:
            outcome = exc
        left = await asyncio.to_thread(site.wait_closed)
        await client.aclose()
        return outcome, left

    with no_socket_left():
        outcome, left = asyncio.run(main())
        time.sleep(0.7)  # (a create sent again would have reached the server by now)
    assert isinstance(outcome, Workflow), outcome
    assert site.creates() == 1 and left == 0


def test_aclose_while_a_call_waits_for_a_connection_lets_both_finish(site: Site, backend: str) -> None:
    """One connection allowed, two calls (the server takes 0.5 s each), ``aclose()`` while the
    second waits for the connection: both are answered, sent once each, never a CancelledError,
    and the connection is closed once the second has ended."""
    site.hold = 0.5
    client = make_client(
        base_url=site.url, async_backend=backend, httpx_args={"limits": httpx.Limits(max_connections=1)}
    )

    async def main() -> tuple[list[Any], int]:
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
        results = [await asyncio.wait_for(first, 10), await asyncio.wait_for(second, 10)]
        left = await asyncio.to_thread(site.wait_closed)
        await client.aclose()
        return results, left

    with no_socket_left():
        results, left = asyncio.run(main())
    assert all(isinstance(result, Workflow) for result in results), results
    assert len(site.seen) == 2 and left == 0


def test_aclose_while_first_calls_connect_lets_them_finish(site: Site, backend: str) -> None:
    """``aclose()`` right after three first calls have started (the pool made, their connections
    being opened): all three are answered, each sent once, and no socket is left open."""
    client = make_client(base_url=site.url, async_backend=backend)

    async def main() -> tuple[list[Any], int]:
        calls = [
            asyncio.create_task(
                update_workflow.asyncio(
                    WORKSPACE_SID, WORKFLOW_SID, client=client, body=UpdateWorkflowRequest(friendly_name="x")
                )
            )
            for _ in range(3)
        ]
        await asyncio.sleep(0)  # each call has started: a pool is made, connections are being opened
        await client.aclose()
        results = await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), 10)
        left = await asyncio.to_thread(site.wait_closed)
        await client.aclose()
        return list(results), left

    with no_socket_left():
        results, left = asyncio.run(main())
    assert all(isinstance(result, Workflow) for result in results), results
    assert len(site.seen) == 3 and left == 0


def test_the_pool_closed_while_reads_are_in_flight(shared_site: Site, backend: str) -> None:
    """``aclose()`` while four calls are mid-body (each 400 kB in 40 pieces 0.05 s apart): each is
    answered whole, in its own time; the pool closes once the last has ended; the client's next
    call, on a new pool, is answered whole."""
    client = make_client(base_url=shared_site.url, async_backend=backend, timeout=10)

    async def main() -> tuple[list[Any], float, httpx.AsyncClient, bool, bytes, httpx.AsyncClient]:
        paths = [sized(f"{backend}-x{i}", 400000, 40, 0.05) for i in range(4)]
        calls = [asyncio.create_task(asend(client, "get", path)) for path in paths]
        await asyncio.sleep(0.4)
        pool = client.get_async_httpx_client()
        start = time.monotonic()
        await client.aclose()
        closed_at_once = pool.is_closed
        outcomes = await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), 10)
        took = time.monotonic() - start
        after = (await asend(client, "get", sized(f"{backend}-after", 300000, 3))).content
        new_pool = client.get_async_httpx_client()
        await client.aclose()
        return list(outcomes), took, pool, closed_at_once, after, new_pool

    outcomes, took, pool, closed_at_once, after, new_pool = asyncio.run(main())
    for index, outcome in enumerate(outcomes):
        assert isinstance(outcome, httpx.Response), outcome
        assert outcome.content == named_bytes(f"{backend}-x{index}", 400000)
    assert not closed_at_once and pool.is_closed
    assert took < 2.5  # (the bodies' own time: 2 s from their start)
    assert after == named_bytes(f"{backend}-after", 300000) and new_pool is not pool and new_pool.is_closed


async def _streamed(pool: httpx.AsyncClient, path: str) -> bytes:
    """A streamed answer, read on httpx's own API as it comes."""
    pieces = []
    async with pool.stream("GET", path) as response:
        assert response.status_code == 200
        async for chunk in response.aiter_raw():
            pieces.append(chunk)
    return b"".join(pieces)


def test_a_stream_of_your_own_ends_at_once_when_the_pool_closes_under_it(shared_site: Site, backend: str) -> None:
    """A stream read on ``get_async_httpx_client()`` with httpx's own API is no call of the client's
    (``aclose()`` does not wait for it): when the pool closes under it, once the client's last call
    on it has ended, the stream ends at once in httpx's ReadError, never waiting for its bounds."""
    client = make_client(base_url=shared_site.url, async_backend=backend, timeout=10)

    async def main() -> tuple[bytes, object, float]:
        call = asyncio.create_task(asend(client, "get", sized(f"{backend}-call", 400000, 20, 0.05)))
        stream = asyncio.create_task(_streamed(client.get_async_httpx_client(), sized("stream", 400000, 60, 0.05)))
        await asyncio.sleep(0.4)
        await client.aclose()
        body = (await asyncio.wait_for(call, 10)).content  # the pool closes as this call ends (~1 s in)
        start = time.monotonic()
        try:
            outcome: object = await asyncio.wait_for(stream, 5)
        except Exception as exc:
            outcome = exc
        return body, outcome, time.monotonic() - start

    body, outcome, took = asyncio.run(main())
    assert body == named_bytes(f"{backend}-call", 400000)
    assert isinstance(outcome, httpx.ReadError), outcome
    assert took < 1.0


def test_a_call_ends_at_once_when_its_httpx_client_is_closed_by_hand_under_it(shared_site: Site, backend: str) -> None:
    """Closing the pool's httpx client yourself (``get_async_httpx_client().aclose()``) while a call
    of the client's own reads its answer: the call ends at once in a NetworkError, on both
    backends, not at its deadline (aiohttp does not wake a read when its session closes)."""
    client = make_client(base_url=shared_site.url, async_backend=backend, timeout=30)

    async def main() -> tuple[object, float]:
        call = asyncio.create_task(asend(client, "get", sized(f"{backend}-by-hand", 400000, 60, 0.05)))
        await asyncio.sleep(0.4)
        start = time.monotonic()
        await client.get_async_httpx_client().aclose()
        try:
            outcome: object = await asyncio.wait_for(call, 10)
        except Exception as exc:
            outcome = exc
        took = time.monotonic() - start
        await client.aclose()
        return outcome, took

    outcome, took = asyncio.run(main())
    assert isinstance(outcome, errors.NetworkError), outcome
    assert outcome.sent is True
    assert took < 1.0, took


def test_threads_each_in_with_client_all_succeed(site: Site) -> None:
    """16 threads, each creating a Workflow inside its own ``with client:`` of one shared client
    (each leaving closes the pool the others are using): every create is answered and made once,
    never a bare RuntimeError, and no socket is left open."""
    client = make_client(base_url=site.url)
    barrier = threading.Barrier(16)
    outcomes: list[Any] = [None] * 16

    def one(index: int) -> None:
        barrier.wait()
        try:
            with client:
                outcomes[index] = create_workflow.sync(WORKSPACE_SID, client=client, body=request_body())
        except BaseException as exc:
            outcomes[index] = exc

    with no_socket_left():
        threads = [threading.Thread(target=one, args=(i,)) for i in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        left = site.wait_closed()
    assert all(isinstance(outcome, Workflow) for outcome in outcomes), outcomes
    assert site.creates() == 16 and left == 0


def test_tasks_each_in_async_with_client_all_succeed(site: Site, backend: str) -> None:
    """200 tasks, each creating a Workflow inside its own ``async with client:`` of one shared
    client: every create is answered and made once, never a bare RuntimeError, and no socket is
    left open."""
    client = make_client(base_url=site.url, async_backend=backend)

    async def one() -> Workflow:
        async with client:
            return await create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body())

    async def main() -> tuple[list[Any], int]:
        outcomes = await asyncio.wait_for(asyncio.gather(*(one() for _ in range(200)), return_exceptions=True), 30)
        return list(outcomes), await asyncio.to_thread(site.wait_closed)

    with no_socket_left():
        outcomes, left = asyncio.run(main())
    assert all(isinstance(outcome, Workflow) for outcome in outcomes), [
        outcome for outcome in outcomes if not isinstance(outcome, Workflow)
    ][:3]
    assert site.creates() == 200 and left == 0


# --- Event loops: each its own pool ----------------------------------------------------------------


def test_one_client_serves_successive_event_loops_and_closes_each_pool(site: Site, backend: str) -> None:
    client = make_client(base_url=site.url, async_backend=backend)
    pools: list[httpx.AsyncClient] = []

    async def create() -> Workflow:
        workflow = await create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body())
        pools.append(client.get_async_httpx_client())
        return workflow

    for _ in range(2):
        assert isinstance(asyncio.run(create()), Workflow)
    if backend == "httpx":  # aiohttp runs under asyncio only (tests/transports/test_httpx_settings.py)
        assert isinstance(trio.run(create), Workflow)
    assert len({id(pool) for pool in pools}) == len(pools)  # each loop its own pool...
    assert all(pool.is_closed for pool in pools)  # ...closed as its loop ended
    assert site.creates() == (3 if backend == "httpx" else 2) and site.wait_closed() == 0


@pytest.mark.asyncio
async def test_aclose_closes_the_running_loops_pool_on_a_socket(site: Site, backend: str) -> None:
    client = make_client(base_url=site.url, async_backend=backend)
    async with client:
        await create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body())
        http = client.get_async_httpx_client()
    assert http.is_closed
    assert await asyncio.to_thread(site.wait_closed) == 0
    await create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body())
    assert client.get_async_httpx_client() is not http
    await client.aclose()
    assert site.creates() == 2


@pytest.mark.asyncio
async def test_aclose_closes_the_running_loops_pool() -> None:
    client = make_client(Recorder(answer))
    async with client:
        await create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body())
        http = client.get_async_httpx_client()
    assert http.is_closed
    await create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body())
    await client.aclose()


def test_each_loop_in_turn_in_one_thread_has_its_own_pool() -> None:
    """Loops run one after another in one thread: each call on the pool of the loop it runs in
    (the same for two runs of one loop), closed as that loop ends; outside any loop, none of
    theirs."""
    client = make_client(Recorder(answer))
    pools = []
    for _ in range(3):
        with asyncio.Runner() as runner:
            pool = runner.run(pool_after_a_call(client))
            assert runner.run(pool_after_a_call(client)) is pool
            pools.append(pool)
        assert pool.is_closed
    assert len({id(pool) for pool in pools}) == 3
    outside = client.get_async_httpx_client()  # no loop runs here now
    assert all(outside is not pool for pool in pools)


def test_a_loop_moved_to_another_thread_keeps_its_pool() -> None:
    """A loop run in one thread, then in another while a second loop runs in the first: each
    thread's calls go to the pool of the loop running in it."""
    client = make_client(Recorder(answer))
    first = asyncio.new_event_loop()
    try:
        first_pool = first.run_until_complete(pool_after_a_call(client))
        results: dict[str, Any] = {}
        ready, done = threading.Event(), threading.Event()

        def other() -> None:
            async def hold() -> None:
                results["other"] = await pool_after_a_call(client)
                ready.set()
                await asyncio.get_running_loop().run_in_executor(None, done.wait)

            first.run_until_complete(hold())

        thread = threading.Thread(target=other)
        thread.start()
        assert ready.wait(5)
        try:
            with asyncio.Runner() as runner:  # here, while `first` runs in the other thread
                here = runner.run(pool_after_a_call(client))
        finally:
            done.set()
            thread.join(5)
        assert results["other"] is first_pool
        assert here is not first_pool and here.is_closed and not first_pool.is_closed
    finally:
        first.run_until_complete(first.shutdown_asyncgens())
        first.run_until_complete(first.shutdown_default_executor())
        first.close()
    assert first_pool.is_closed


def _in_a_loop_run_inside(coroutine: Any) -> Any:
    """``coroutine`` run to its end on a new loop run inside the one running in this thread, as a
    sync wrapper (``new_event_loop().run_until_complete``) does in a notebook under nest_asyncio:
    asyncio's running loop is the inner one meanwhile, the outer one's thread id stays set."""
    outer = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)  # what nest_asyncio's run_until_complete allows
    inner = asyncio.new_event_loop()
    try:
        return inner.run_until_complete(coroutine)
    finally:
        inner.run_until_complete(inner.shutdown_asyncgens())  # (closes the inner loop's pool)
        inner.close()
        asyncio.events._set_running_loop(outer)


def test_a_loop_run_inside_another_uses_its_own_pool(shared_site: Site, backend: str) -> None:
    client = make_client(base_url=shared_site.url, async_backend=backend)

    async def inner() -> tuple[bytes, httpx.AsyncClient]:
        response = await asend(client, "get", sized("inner", 5000), timeout=3)
        return response.content, client.get_async_httpx_client()

    async def outer() -> tuple[Any, ...]:
        first = await asend(client, "get", sized("outer", 5000))  # the outer loop's pool
        outer_pool = client.get_async_httpx_client()
        body, inner_pool = _in_a_loop_run_inside(inner())
        again = await asend(client, "get", sized("again", 5000))
        same = client.get_async_httpx_client() is outer_pool
        await client.aclose()
        return body, inner_pool, outer_pool, first.content, again.content, same

    body, inner_pool, outer_pool, first, again, same = asyncio.run(outer())
    assert inner_pool is not outer_pool and same
    assert inner_pool.is_closed and outer_pool.is_closed
    assert (first, body, again) == (named_bytes("outer", 5000), named_bytes("inner", 5000), named_bytes("again", 5000))


def test_threads_each_running_loops_in_turn(shared_site: Site, backend: str) -> None:
    """Six threads, each running three loops in turn, all calling through one client at once:
    each call on the pool of the loop it runs in, every answer its call's, each pool closed as
    its loop ends."""
    client = make_client(base_url=shared_site.url, async_backend=backend)
    pools: list[httpx.AsyncClient] = []
    failures: list[BaseException] = []

    async def calls(tag: str) -> None:
        paths = [sized(f"{backend}-{tag}-{i}", 1000 + i) for i in range(10)]
        answers = await asyncio.gather(*(asend(client, "get", path) for path in paths))
        assert [a.content for a in answers] == [named_bytes(f"{backend}-{tag}-{i}", 1000 + i) for i in range(10)]
        pools.append(client.get_async_httpx_client())

    def run(index: int) -> None:
        try:
            for turn in range(3):
                asyncio.run(calls(f"t{index}-{turn}"))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert failures == []
    assert len({id(pool) for pool in pools}) == 18 and all(pool.is_closed for pool in pools)


def test_a_loop_in_a_worker_thread_while_the_outer_one_calls(shared_site: Site, backend: str) -> None:
    """asyncio.to_thread running asyncio.run while the outer loop's calls are in flight: two
    pools, each call answered whole, the outer loop's pool the same before and after."""
    client = make_client(base_url=shared_site.url, async_backend=backend)

    async def calls(tag: str) -> tuple[httpx.AsyncClient, list[bytes]]:
        paths = [sized(f"{backend}-{tag}{i}", 20000 + i, 2) for i in range(10)]
        answers = await asyncio.gather(*(asend(client, "get", path) for path in paths))
        return client.get_async_httpx_client(), [a.content for a in answers]

    async def main() -> None:
        (outer_pool, outer), (nested_pool, nested) = await asyncio.gather(
            calls("o"), asyncio.to_thread(asyncio.run, calls("n"))
        )
        assert outer == [named_bytes(f"{backend}-o{i}", 20000 + i) for i in range(10)]
        assert nested == [named_bytes(f"{backend}-n{i}", 20000 + i) for i in range(10)]
        assert nested_pool is not outer_pool and nested_pool.is_closed
        assert (await calls("p"))[0] is outer_pool
        await client.aclose()

    asyncio.run(main())


def test_trio_after_asyncio_in_one_thread(shared_site: Site) -> None:
    """The default backend under trio, in a thread whose asyncio loop was found (and is still
    open, its Runner idle): the trio call has a pool of its own, not the asyncio loop's."""
    client = make_client(base_url=shared_site.url)

    async def under_trio() -> tuple[httpx.AsyncClient, bytes]:
        response = await asend(client, "get", sized("trio", 3000))
        return client.get_async_httpx_client(), response.content

    async def under_asyncio() -> tuple[httpx.AsyncClient, bytes]:
        response = await asend(client, "get", sized("aio", 3000))
        return client.get_async_httpx_client(), response.content

    with asyncio.Runner() as runner:
        asyncio_pool, body = runner.run(under_asyncio())
        assert body == named_bytes("aio", 3000)
        trio_pool, trio_body = trio.run(under_trio)
        assert runner.run(under_asyncio()) == (asyncio_pool, named_bytes("aio", 3000))
    assert trio_pool is not asyncio_pool and trio_body == named_bytes("trio", 3000)
    assert trio_pool.is_closed and asyncio_pool.is_closed


# --- Forked and spawned children -----------------------------------------------------------------


def _child_calls_while_a_lock_was_held(client: AuthenticatedClient, parents: httpx.Client, conn: Any) -> None:
    workflow = create_workflow.sync(WORKSPACE_SID, client=client, body=request_body())
    conn.send((isinstance(workflow, Workflow), client.get_httpx_client() is not parents))


def test_a_forked_child_starts_with_no_pool_and_a_free_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Celery prefork or gunicorn --preload worker must not share the parent's connections, nor
    wait for a lock some thread held at fork time: forked while another thread is building a
    pool (the pools' lock held), the child calls on a pool of its own; the parent keeps its own."""
    client = make_client(Recorder(answer))
    pool = client.get_httpx_client()
    parent, building, release = os.getpid(), threading.Event(), threading.Event()
    real_init = httpx.AsyncClient.__init__

    def slow_init(self: httpx.AsyncClient, *args: Any, **kwargs: Any) -> None:
        if os.getpid() == parent:
            building.set()
            release.wait(10)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(httpx.AsyncClient, "__init__", slow_init)
    builder = threading.Thread(target=client.get_async_httpx_client)  # a pool built under the lock
    builder.start()
    context = multiprocessing.get_context("fork")
    parent_end, child_end = context.Pipe()
    try:
        assert building.wait(5)
        child = context.Process(target=_child_calls_while_a_lock_was_held, args=(client, pool, child_end))
        child.start()
        child.join(30)
    finally:
        release.set()
        builder.join(10)
        if child.is_alive():
            child.kill()
            child.join()
    assert child.exitcode == 0
    assert parent_end.recv() == (True, True)
    assert client.get_httpx_client() is pool  # the parent keeps its own
    client.close()
    parent_end.close()
    child_end.close()


def _child_pools(client: AuthenticatedClient, parents: list[httpx.AsyncClient], queue: Any) -> None:
    async def main() -> httpx.AsyncClient:
        return await pool_after_a_call(client)

    found = [client.get_async_httpx_client(), asyncio.run(main())]
    queue.put([any(pool is parent for parent in parents) for pool in found])


def test_a_forked_child_does_not_take_its_parents_loop() -> None:
    """Forked from inside a running loop: in the child no loop runs (asyncio says so, by the pid),
    and neither outside a loop nor in a loop of its own does the child use a pool of the parent's
    (that of the parent's loop, or the one it has outside any loop)."""
    client = make_client(Recorder(answer))
    outside = client.get_async_httpx_client()  # the parent's pool outside any loop
    context = multiprocessing.get_context("fork")

    async def main() -> Any:
        pool = await pool_after_a_call(client)
        queue = context.SimpleQueue()
        child = context.Process(target=_child_pools, args=(client, [outside, pool], queue))
        child.start()
        await asyncio.to_thread(child.join, 10)
        if child.is_alive():
            child.kill()
        assert child.exitcode == 0  # (else queue.get() would wait forever)
        found = queue.get()
        assert client.get_async_httpx_client() is pool
        return found

    assert asyncio.run(main()) == [False, False]


def _child_calls(client: AuthenticatedClient, queue: Any) -> None:
    async def main() -> list[bool]:
        paths = [sized(f"child{os.getpid()}-{i}", 100000 + i, 2) for i in range(4)]
        answers = await asyncio.gather(*(asend(client, "get", path) for path in paths))
        return [
            a.content == named_bytes(p.split("/")[2], 100000 + i)
            for i, (a, p) in enumerate(zip(answers, paths, strict=True))
        ]

    try:
        queue.put(all(asyncio.run(main())))
    except BaseException as exc:
        queue.put(repr(exc))


@pytest.mark.parametrize(("method", "scheme"), [("fork", "http"), ("fork", "https"), ("spawn", "http")])
def test_children_call_and_the_parent_goes_on(
    shared_site: Site, tls_site: Site, backend: str, method: str, scheme: str
) -> None:
    """Children (forked from inside the running loop, or spawned with the client pickled) make
    calls of their own; the parent's pool, idle connections included, still serves it after,
    at once. (A child closing the parent's pools it inherited would end the parent's TLS
    sessions and take its sockets out of the epoll set both share: the parent's next calls on
    them would wait for their timeout.)"""
    site = tls_site if scheme == "https" else shared_site
    client = make_client(base_url=site.url, async_backend=backend, timeout=3, verify_ssl=site.trusted or True)
    context: Any = multiprocessing.get_context(method)

    async def main() -> tuple[list[Any], list[bytes], float]:
        await asyncio.gather(*(asend(client, "get", sized(f"pre{i}", 100)) for i in range(4)))
        queue = context.SimpleQueue()
        children = [context.Process(target=_child_calls, args=(client, queue)) for _ in range(2)]
        with warnings.catch_warnings():
            # As outside pytest, where ResourceWarning is ignored: pytest's "error" filter turns
            # the warning of a pool dropped in a child into an exception that pytest keeps, and
            # with it the pool, which then never closes its (the parent's) connections.
            warnings.simplefilter("ignore", ResourceWarning)
            for child in children:
                child.start()
        await asyncio.to_thread(lambda: [child.join(20) for child in children])
        for child in children:
            if child.is_alive():
                child.kill()
        assert [child.exitcode for child in children] == [0, 0]  # (else queue.get() would wait forever)
        results = [queue.get() for _ in children]
        start = time.monotonic()
        after = await asyncio.gather(*(asend(client, "get", sized(f"post{i}", 100)) for i in range(4)))
        took = time.monotonic() - start
        await client.aclose()
        return results, [a.content for a in after], took

    assert method == "fork" or pickle.loads(pickle.dumps(client)) == client
    results, after, took = asyncio.run(main())
    assert results == [True, True]
    assert after == [named_bytes(f"post{i}", 100) for i in range(4)] and took < 2.5  # (the hang: 3 s)


def _child_warns(client: AuthenticatedClient, queue: Any) -> None:
    """In a forked child: call, close, collect; report every warning raised, unraisable ones too."""
    seen: list[str] = []
    sys.unraisablehook = lambda unraisable: seen.append(repr(unraisable.exc_value))
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with client:
                support.send(client, "GET", sized("child", 100))
            gc.collect()
        seen += [f"{w.category.__name__}: {w.message}" for w in caught]
        queue.put(seen)
    except BaseException as exc:
        queue.put([repr(exc)])


def test_a_forked_child_warns_of_no_socket_of_its_parents(shared_site: Site) -> None:
    """The parent's idle connections, inherited by a forked child, are neither used, closed nor
    collected there: the child calls on a pool of its own and leaves with no ResourceWarning."""
    client = make_client(base_url=shared_site.url)
    support.send(client, "GET", sized("parent", 100))  # an idle connection in the parent's pool
    context: Any = multiprocessing.get_context("fork")
    queue = context.SimpleQueue()
    child = context.Process(target=_child_warns, args=(client, queue))
    child.start()
    child.join(20)
    assert child.exitcode == 0
    assert queue.get() == []
    assert support.send(client, "GET", sized("parent again", 100)).status_code == 200
    client.close()


def test_pools_of_loops_closed_without_their_shutdown_are_let_go_at_the_next_new_loop(
    shared_site: Site, backend: str
) -> None:
    """30 event loops each closed by hand (``loop.close()`` without ``shutdown_asyncgens()``, which
    would have closed their pools): each pool is let go, its sockets closed, when the next loop's
    pool is made, so the connections do not pile up."""
    client = make_client(base_url=shared_site.url, async_backend=backend)

    def open_sockets() -> int:
        count = 0
        for fd in os.listdir("/proc/self/fd"):
            with contextlib.suppress(OSError):  # (the listing's own descriptor is gone already)
                count += "socket" in os.readlink(f"/proc/self/fd/{fd}")
        return count

    before = open_sockets()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # (what Python says as it collects them)
        for index in range(30):
            loop = asyncio.new_event_loop()
            loop.run_until_complete(asend(client, "get", sized(f"loop{index}", 100)))
            loop.close()
        asyncio.run(asend(client, "get", sized("last", 100)))  # its own pool; every one before let go
    assert open_sockets() - before <= 2, open_sockets() - before
    client.close()
