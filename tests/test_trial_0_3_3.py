"""A downstream user's trial of this release's runtime changes, on real loopback sockets:

- the aiohttp backend's bounds kept by the pool's ``Ticker`` while far off, then by the
  attempt's own timer (``Watch``), held to what aiohttp's own timers and httpx mean;
- the aiohttp backend's connections read into one buffer per event loop (``Protocol``, a
  buffered protocol): every body whole and to its own call, over TLS, through an HTTP proxy
  (forwarded and tunnelled), streamed to a slow reader (reading paused and resumed), delimited by
  EOF, and with the pool closed while reads are in flight;
- the running loop (``_loop_key``; a shortcut keeping the loop found last in a thread was tried
  and dropped: it got the nested loop below wrong): each call on the pool of the loop it runs in,
  for loops in turn, in threads, nested (a loop run inside another, as nest_asyncio lets
  notebooks do), under trio, in forked and spawned children.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import pickle
import select
import socket
import ssl
import threading
import time
import warnings
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from support import LoopbackServer, QuietHandler, make_client, named_bytes, tls_loopback_server
from taskrouter_client import AuthenticatedClient, errors
from taskrouter_client import client as client_module
from taskrouter_client.client import RetryPolicy

pytest.importorskip("aiohttp")


class _Trial(QuietHandler):
    """``/sized/NAME/SIZE/PIECES/GAP``: SIZE bytes made from NAME, in PIECES writes GAP seconds
    apart. ``/eof/NAME/SIZE``: the same, no Content-Length, the end told by closing. ``/chunked/
    NAME/SIZE/PIECES``: chunked. ``/hold/SECONDS``: the head and 3 of 100 bytes, then nothing.
    ``/late/SECONDS``: the whole answer after SECONDS. ``/drain/GAP`` (POST): the body read in
    64 KiB pieces GAP seconds apart, then answered at once. The path may come in absolute form
    (through a forwarding proxy)."""

    def _parts(self) -> list[str]:
        return urlsplit(self.path).path.split("/")[1:]

    def do_GET(self) -> None:
        kind, *args = self._parts()
        try:
            if kind == "sized":
                name, size, pieces, gap = args[0], int(args[1]), int(args[2]), float(args[3])
                body = named_bytes(name, size)
                self.send_response(200)
                self.send_header("Content-Length", str(size))
                self.end_headers()
                step = max(1, -(-size // pieces))
                for start in range(0, size, step):
                    self.wfile.write(body[start : start + step])
                    self.wfile.flush()
                    if gap:
                        time.sleep(gap)
            elif kind == "eof":
                body = named_bytes(args[0], int(args[1]))
                self.send_response(200)
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
                self.close_connection = True
            elif kind == "chunked":
                body = named_bytes(args[0], int(args[1]))
                self.send_response(200)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                step = max(1, -(-len(body) // int(args[2])))
                for start in range(0, len(body), step):
                    piece = body[start : start + step]
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\n\r\n")
            elif kind == "hold":
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc")
                self.wfile.flush()
                time.sleep(float(args[0]))
                self.close_connection = True
            elif kind == "late":
                time.sleep(float(args[0]))
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")
            else:
                self.send_error(404)
        except OSError:
            self.close_connection = True

    def do_POST(self) -> None:
        _, *args = self._parts()
        length = int(self.headers["Content-Length"])
        got = 0
        while got < length:
            got += len(self.rfile.read(min(65536, length - got)))
            time.sleep(float(args[0]))
        self.send_response(200)
        self.send_header("Content-Length", str(len(str(got))))
        self.end_headers()
        self.wfile.write(str(got).encode())


class _Proxy:
    """An HTTP proxy on loopback: ``CONNECT`` tunnels, and a plain request is relayed to the
    host its absolute URI names, with the rest of that connection. ``seen`` keeps each first
    line."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.seen: list[str] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            head = b""
            while b"\r\n\r\n" not in head:
                data = conn.recv(65536)
                if not data:
                    return
                head += data
            first = head.split(b"\r\n", 1)[0].decode()
            self.seen.append(first)
            method, target, _ = first.split(" ")
            if method == "CONNECT":
                host, port = target.rsplit(":", 1)
                conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                head = head.split(b"\r\n\r\n", 1)[1]
            else:
                parts = urlsplit(target)
                host, port = parts.hostname or "", str(parts.port)
            with socket.create_connection((host, int(port))) as upstream:
                if head:
                    upstream.sendall(head)
                self._relay(conn, upstream)

    @staticmethod
    def _relay(one: socket.socket, other: socket.socket) -> None:
        peers = {one: other, other: one}
        while True:
            readable, _, _ = select.select(list(peers), [], [], 10)
            if not readable:
                return
            for sock in readable:
                try:
                    data = sock.recv(65536)
                except OSError:
                    return
                if not data:
                    return
                peers[sock].sendall(data)

    def stop(self) -> None:
        self.listener.close()


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    served = LoopbackServer(_Trial)
    served.httpd.socket.listen(128)  # (socketserver's 5: 20 connects at once lose SYNs, 1 s each)
    yield served
    served.stop()


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LoopbackServer, ssl.SSLContext]]:
    """``_Trial`` over TLS (a self-signed certificate for 127.0.0.1)."""
    served, trusted = tls_loopback_server(_Trial, tmp_path_factory.mktemp("tls"))
    yield served, trusted
    served.stop()


@pytest.fixture(scope="module")
def proxy() -> Iterator[_Proxy]:
    proxied = _Proxy()
    yield proxied
    proxied.stop()


def _client(url: str, **settings: Any) -> AuthenticatedClient:
    settings.setdefault("retry", RetryPolicy(max_retries=0))
    return make_client(base_url=url, async_backend="aiohttp", **settings)


@pytest.fixture
def far(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every bound over 0.3 s away counts as far off: it waits with the pool's ticker (looking
    every 0.1 s) before a timer of its own takes it, as a bound of 5 s or more does."""
    monkeypatch.setattr(client_module, "_WATCH_NEAR", 0.3)
    monkeypatch.setattr(client_module, "_WATCH_TICK", 0.1)


# --- one read buffer per event loop ------------------------------------------------------------


async def _streamed(pool: httpx.AsyncClient, path: str, pause: float) -> bytes:
    """A streamed answer read by a slow reader (``pause`` after each chunk): aiohttp pauses
    reading the connection while its buffer is full, and resumes it as the reader catches up."""
    pieces = []
    async with pool.stream("GET", path) as response:
        assert response.status_code == 200
        async for chunk in response.aiter_raw():
            pieces.append(chunk)
            if pause:
                await asyncio.sleep(pause)
    return b"".join(pieces)


def _mixed(client: AuthenticatedClient, tag: str) -> tuple[list[Any], list[bytes]]:
    """Calls read whole and streamed to a slow reader at once, on many connections: paths to ask
    for, and the bodies each must get."""
    big = client_module._READ_BUFFER_SIZE
    whole = [f"/sized/{tag}w{i}/{(i * 40013) % (3 * big) + 1}/{i % 5 + 1}/0" for i in range(16)]
    whole += [f"/eof/{tag}e/{2 * big + 7}", f"/chunked/{tag}c/{big + 3}/9"]
    streamed = [f"/sized/{tag}s{i}/{3 * big + i}/1/0" for i in range(3)]
    expected = [named_bytes(p.split("/")[2], int(p.split("/")[3])) for p in whole + streamed]
    return [*whole, *streamed], expected


async def _run_mixed(client: AuthenticatedClient, tag: str) -> None:
    paths, expected = _mixed(client, tag)
    pool = client.get_async_httpx_client()
    streamed = [p for p in paths if f"/{tag}s" in p]
    got = await asyncio.gather(
        *(client.arequest(method="get", url=p) for p in paths if p not in streamed),
        *(_streamed(pool, p, 0.01) for p in streamed),
    )
    bodies = [g if isinstance(g, bytes) else g.content for g in got]  # type: ignore[attr-defined]
    for path, body, want in zip(paths, bodies, expected, strict=True):
        assert body == want, path


def test_bodies_whole_and_each_to_its_call_plain_and_streamed(server: LoopbackServer) -> None:
    """Calls read whole, EOF-delimited and chunked answers, and streams read slowly (their
    connections paused and resumed while others read into the same buffer), all at once."""

    async def main() -> None:
        async with _client(server.url) as client:
            await _run_mixed(client, "p")

    asyncio.run(main())


def test_bodies_whole_over_tls(tls: tuple[LoopbackServer, ssl.SSLContext]) -> None:
    served, trusted = tls

    async def main() -> None:
        async with _client(served.url, verify_ssl=trusted) as client:
            await _run_mixed(client, "t")

    asyncio.run(main())


@pytest.mark.parametrize("scheme", ["http", "https"], ids=["forwarded", "tunnelled"])
def test_bodies_whole_through_a_proxy(
    server: LoopbackServer, tls: tuple[LoopbackServer, ssl.SSLContext], proxy: _Proxy, scheme: str
) -> None:
    """Through an HTTP proxy: forwarded for http://, a CONNECT tunnel then TLS for https://
    (aiohttp starts TLS over the tunnel's connection, with a second protocol of the pool's)."""
    served, trusted = tls
    url = served.url if scheme == "https" else server.url
    before = len(proxy.seen)

    async def main() -> None:
        async with _client(url, verify_ssl=trusted, httpx_args={"proxy": proxy.url}) as client:
            await _run_mixed(client, scheme[:2])

    asyncio.run(main())
    seen = proxy.seen[before:]
    assert seen and all(line.startswith("CONNECT " if scheme == "https" else "GET http://") for line in seen)


def test_the_pool_closed_while_reads_are_in_flight(server: LoopbackServer) -> None:
    """aclose() while calls read whole and a stream are mid-body: each ends at once in an error
    (none waits for its bound), and the client's next call, on a new pool, is answered whole."""

    async def main() -> tuple[list[Any], float, bytes]:
        client = _client(server.url, timeout=10)
        pool = client.get_async_httpx_client()
        paths = [f"/sized/x{i}/400000/40/0.05" for i in range(4)]
        calls = [asyncio.create_task(client.arequest(method="get", url=p)) for p in paths]
        stream = asyncio.create_task(_streamed(pool, "/sized/xs/400000/40/0.05", 0))
        await asyncio.sleep(0.4)
        start = time.monotonic()
        await client.aclose()
        outcomes = await asyncio.gather(*calls, stream, return_exceptions=True)
        took = time.monotonic() - start
        after = (await client.arequest(method="get", url="/sized/after/300000/3/0")).content
        await client.aclose()
        return list(outcomes), took, after

    outcomes, took, after = asyncio.run(main())
    assert all(isinstance(o, errors.NetworkError | httpx.ReadError) for o in outcomes), outcomes
    assert took < 2.5  # (the calls' 3 s timeout, had aclose() not woken them)
    assert after == named_bytes("after", 300000)


def test_each_pool_reads_into_its_own_buffer_not_another_loops(server: LoopbackServer) -> None:
    """Two threads, each with its loop and its pool of one client, reading large answers at
    once: a buffer is never shared across loops (two loops fill buffers at the same time)."""
    results: dict[int, list[bytes]] = {}
    buffers: dict[int, set[int]] = {}
    client = _client(server.url)

    def run(index: int) -> None:
        async def main() -> list[bytes]:
            paths = [f"/sized/th{index}-{i}/{300000 + i}/6/0" for i in range(8)]
            answers = await asyncio.gather(*(client.arequest(method="get", url=p) for p in paths))
            pool: Any = client.get_async_httpx_client()
            connector = pool._transport._async_transport.client.connector
            buffers[index] = {id(pr._read_buffer.obj) for key in connector._conns for pr, _ in connector._conns[key]}
            return [a.content for a in answers]

        results[index] = asyncio.run(main())

    threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(results) == [0, 1, 2, 3]
    assert all(len(found) == 1 for found in buffers.values()), buffers  # one per loop...
    assert len(set().union(*buffers.values())) == 4  # ...and not another loop's
    for index, bodies in results.items():
        assert bodies == [named_bytes(f"th{index}-{i}", 300000 + i) for i in range(8)]


# --- bounds: the pool's ticker, then a timer of the attempt's own ------------------------------


@pytest.fixture(params=["near", "far"])
def reach(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """``far``: every bound of these tests waits with the ticker first (see :func:`far`)."""
    if request.param == "far":
        monkeypatch.setattr(client_module, "_WATCH_NEAR", 0.3)
        monkeypatch.setattr(client_module, "_WATCH_TICK", 0.1)
    return str(request.param)


async def _timed(client: AuthenticatedClient, path: str, **kwargs: Any) -> tuple[Any, float]:
    start = time.monotonic()
    try:
        outcome: Any = await client.arequest(method="get", url=path, **kwargs)
    except Exception as exc:
        outcome = exc
    return outcome, time.monotonic() - start


@pytest.mark.parametrize(
    ("path", "timeout", "deadline", "bound"),
    [
        ("/sized/keep/3000/6/0.2", httpx.Timeout(5.0, read=0.5), 60.0, None),  # gaps under the read timeout
        ("/hold/1.5", httpx.Timeout(5.0, read=0.5), 60.0, 0.5),  # the body stops
        ("/sized/flow/3000/30/0.1", 0.8, 60.0, 0.8),  # data keeps coming, the call's deadline passes
        ("/late/1.5", httpx.Timeout(5.0, read=5.0), 0.6, 0.6),  # retry's deadline, before the read bound
        ("/hold/1.5", httpx.Timeout(5.0, read=0.5), None, 0.5),  # no deadline at all
    ],
    ids=["flowing", "stalled", "deadline", "retry_deadline", "no_deadline"],
)
def test_bounds_near_and_far(
    server: LoopbackServer, reach: str, path: str, timeout: Any, deadline: float | None, bound: float | None
) -> None:
    async def main() -> tuple[Any, float, int]:
        retry = RetryPolicy(max_retries=0, deadline=deadline)
        async with _client(server.url, timeout=timeout, retry=retry) as client:
            outcome, took = await _timed(client, path)
            await asyncio.sleep(0.01)
            task = asyncio.current_task()
            assert task is not None
            return outcome, took, task.cancelling()

    outcome, took, cancelling = asyncio.run(main())
    assert cancelling == 0
    if bound is None:
        assert isinstance(outcome, httpx.Response) and outcome.status_code == 200
        assert took >= 1.0
    else:
        assert isinstance(outcome, errors.RequestTimeoutError), outcome
        assert isinstance(outcome.__cause__, httpx.ReadTimeout)
        assert bound - 0.05 <= took < bound + 0.8, took


def test_an_outer_asyncio_timeout_and_the_calls_own(server: LoopbackServer, reach: str) -> None:
    """The caller's ``asyncio.timeout`` passing first is the caller's TimeoutError, and the
    call's timer, ended with it, cancels nothing later; the call's own bound passing first inside
    a longer ``asyncio.timeout`` is the call's timeout, and the outer one never goes off."""

    async def main() -> tuple[BaseException | None, BaseException | None, int]:
        async with _client(server.url, timeout=1.0) as client:
            outer: BaseException | None = None
            try:
                async with asyncio.timeout(0.4):
                    await client.arequest(method="get", url="/late/1.5")
            except TimeoutError as exc:
                outer = exc
            await asyncio.sleep(0.9)  # past the call's own deadline: nothing cancels this sleep
            inner: BaseException | None = None
            async with asyncio.timeout(1.2):
                try:
                    await client.arequest(method="get", url="/late/1.5", timeout=0.4)
                except errors.RequestTimeoutError as exc:
                    inner = exc
                await asyncio.sleep(0.1)
            task = asyncio.current_task()
            assert task is not None
            return outer, inner, task.cancelling()

    outer, inner, cancelling = asyncio.run(main())
    assert isinstance(outer, TimeoutError) and not isinstance(outer, errors.RequestTimeoutError)
    assert isinstance(inner, errors.RequestTimeoutError) and isinstance(inner.__cause__, httpx.ReadTimeout)
    assert cancelling == 0


def test_the_callers_cancellation_stays_a_cancellation(server: LoopbackServer, reach: str) -> None:
    async def main() -> tuple[int, float]:
        async with _client(server.url, timeout=httpx.Timeout(0.8, read=0.5)) as client:
            task = asyncio.create_task(client.arequest(method="get", url="/hold/1.5"))
            await asyncio.sleep(0.35)  # (far: with the ticker still)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            start = time.monotonic()
            await asyncio.sleep(0.6)  # past both bounds: no stray cancellation of this task
            return task.cancelling(), time.monotonic() - start

    cancelling, slept = asyncio.run(main())
    assert cancelling == 1 and slept >= 0.55


def test_a_deadline_in_a_pool_wait_is_a_connect_timeout(server: LoopbackServer, reach: str) -> None:
    async def main() -> tuple[Any, float, int]:
        async with _client(server.url, timeout=5.0, httpx_args={"limits": httpx.Limits(max_connections=1)}) as client:
            holder = asyncio.create_task(client.arequest(method="get", url="/late/1.2"))
            await asyncio.sleep(0.1)
            outcome, took = await _timed(client, "/late/0", timeout=0.6)
            assert (await holder).status_code == 200
            return outcome, took, 0

    outcome, took, _ = asyncio.run(main())
    assert isinstance(outcome, errors.RequestTimeoutError) and isinstance(outcome.__cause__, httpx.ConnectTimeout)
    assert 0.55 <= took < 1.4


def test_a_deadline_in_a_tcp_connect_is_a_connect_timeout(reach: str) -> None:
    """A listener whose accept queue is full: the connection never gets made (SYNs dropped), and
    the deadline passing then says nothing was sent."""
    listener = socket.create_server(("127.0.0.1", 0), backlog=0)
    fillers = []
    try:
        for _ in range(4):  # fill the accept queue
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(listener.getsockname())
            fillers.append(filler)
        time.sleep(0.1)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"

        async def main() -> tuple[Any, float]:
            async with _client(url, timeout=httpx.Timeout(0.7, connect=5.0)) as client:
                return await _timed(client, "/late/0")

        outcome, took = asyncio.run(main())
    finally:
        for filler in fillers:
            filler.close()
        listener.close()
    assert isinstance(outcome, errors.RequestTimeoutError), outcome
    assert isinstance(outcome.__cause__, httpx.ConnectTimeout), repr(outcome.__cause__)
    assert 0.65 <= took < 1.5


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
def test_the_read_clock_starts_when_the_upload_is_done(server: LoopbackServer, reach: str, backend: str) -> None:
    """A body sent in 8 pieces 0.12 s apart (~1 s), answered as soon as it is all read: the
    upload is longer than the 0.4 s read timeout, which bounds waits for the answer only, on
    aiohttp as on httpx."""

    async def body() -> Any:
        for _ in range(8):
            await asyncio.sleep(0.12)
            yield b"x" * 1000

    async def main() -> tuple[Any, float]:
        client = make_client(base_url=server.url, async_backend=backend, timeout=httpx.Timeout(5.0, read=0.4))
        async with client:
            start = time.monotonic()
            response = await client.arequest(
                method="post", url="/drain/0", content=body(), headers={"Content-Length": "8000"}
            )
            return response, time.monotonic() - start

    response, took = asyncio.run(main())
    assert response.status_code == 200 and response.content == b"8000"
    assert took > 0.9  # (the upload really was slow)


def test_many_calls_at_once_some_stalled(server: LoopbackServer, reach: str) -> None:
    """20 calls at once: the stalled ones end at their read bound, the others are answered, and
    once none is in flight the ticker stops at its next look (no tick scheduled, no watch held).
    (The deadline is retry's 60 s: a watch whose first timer goes off in a long connect waits
    for it with the ticker, even in ``near``.)"""

    async def main() -> tuple[list[tuple[Any, float]], list[Any], int]:
        async with _client(server.url, timeout=httpx.Timeout(3.0, read=0.5)) as client:
            paths = ["/hold/1.5" if i % 4 == 0 else f"/sized/m{i}/{50000 + i}/5/0.05" for i in range(20)]
            outcomes = await asyncio.gather(*(_timed(client, p) for p in paths))
            await asyncio.sleep(client_module._WATCH_TICK + 0.1)  # the ticker's next look finds none
            loop = asyncio.get_running_loop()
            ticks = [h for h in loop._scheduled if "Ticker" in repr(h) and not h.cancelled()]  # type: ignore[attr-defined]
            pool = await client._async_client()
            transport: Any = pool._transport._async_transport  # type: ignore[attr-defined]
            held = len(transport._ticker.watches) if transport._ticker is not None else 0
            return list(outcomes), ticks, held

    outcomes, ticks, held = asyncio.run(main())
    for index, (outcome, took) in enumerate(outcomes):
        if index % 4 == 0:
            assert isinstance(outcome, errors.RequestTimeoutError) and 0.45 <= took < 1.3, (outcome, took)
        else:
            assert outcome.content == named_bytes(f"m{index}", 50000 + index)
    assert ticks == [] and held == 0


# --- the running loop: each call on its own loop's pool ------------------------------------------


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


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
def test_a_loop_run_inside_another_uses_its_own_pool(server: LoopbackServer, backend: str) -> None:
    client = make_client(base_url=server.url, async_backend=backend)

    async def inner() -> tuple[object, object, bytes, object]:
        response = await client.arequest(method="get", url="/sized/inner/5000/1/0", timeout=3)
        loop = asyncio.get_running_loop()
        return client_module._loop_key(), loop, response.content, client.get_async_httpx_client()

    async def outer() -> tuple[Any, ...]:
        first = await client.arequest(method="get", url="/sized/outer/5000/1/0")  # the outer loop's pool
        outer_pool = client.get_async_httpx_client()
        key, loop, body, inner_pool = _in_a_loop_run_inside(inner())
        again = await client.arequest(method="get", url="/sized/again/5000/1/0")
        await client.aclose()
        return key, loop, body, inner_pool, outer_pool, first.content, again.content

    key, loop, body, inner_pool, outer_pool, first, again = asyncio.run(outer())
    assert key is loop
    assert inner_pool is not outer_pool
    assert (first, body, again) == (named_bytes("outer", 5000), named_bytes("inner", 5000), named_bytes("again", 5000))


def test_threads_each_running_loops_in_turn(server: LoopbackServer) -> None:
    """Six threads, each running three loops in turn, all calling through one client at once:
    each call on the pool of the loop it runs in (its aiohttp connector that loop's), every
    answer its call's, and no pool left open."""
    client = _client(server.url)
    turns: list[tuple[int, int]] = []
    failures: list[BaseException] = []

    async def calls(tag: str) -> None:
        paths = [f"/sized/{tag}-{i}/{1000 + i}/1/0" for i in range(10)]
        answers = await asyncio.gather(*(client.arequest(method="get", url=p) for p in paths))
        assert [a.content for a in answers] == [named_bytes(f"{tag}-{i}", 1000 + i) for i in range(10)]
        pool: Any = client.get_async_httpx_client()
        assert pool._transport._async_transport.client.connector._loop is asyncio.get_running_loop()

    def run(index: int) -> None:
        try:
            for turn in range(3):
                asyncio.run(calls(f"t{index}-{turn}"))
                turns.append((index, turn))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert failures == []
    assert len(turns) == 18 and client._async_clients == {}


def test_a_loop_in_a_worker_thread_while_the_outer_one_calls(server: LoopbackServer) -> None:
    """asyncio.to_thread running asyncio.run while the outer loop's calls are in flight: two
    pools, each call answered whole, the outer loop's pool the same before and after."""
    client = _client(server.url)

    async def calls(tag: str) -> tuple[object, list[bytes]]:
        paths = [f"/sized/{tag}{i}/{20000 + i}/2/0" for i in range(10)]
        answers = await asyncio.gather(*(client.arequest(method="get", url=p) for p in paths))
        return client.get_async_httpx_client(), [a.content for a in answers]

    async def main() -> None:
        (outer_pool, outer), (_, nested) = await asyncio.gather(calls("o"), asyncio.to_thread(asyncio.run, calls("n")))
        assert outer == [named_bytes(f"o{i}", 20000 + i) for i in range(10)]
        assert nested == [named_bytes(f"n{i}", 20000 + i) for i in range(10)]
        assert (await calls("p"))[0] is outer_pool
        await client.aclose()

    asyncio.run(main())


def test_trio_after_asyncio_in_one_thread(server: LoopbackServer) -> None:
    """The default backend under trio, in a thread whose asyncio loop was found (and is still
    open, its Runner idle): trio's token is the key, not the asyncio loop."""
    trio = pytest.importorskip("trio")
    client = make_client(base_url=server.url)

    async def under_trio() -> tuple[object, bytes]:
        response = await client.arequest(method="get", url="/sized/trio/3000/1/0")
        return client_module._loop_key(), response.content

    async def under_asyncio() -> bytes:
        return (await client.arequest(method="get", url="/sized/aio/3000/1/0")).content

    with asyncio.Runner() as runner:
        assert runner.run(under_asyncio()) == named_bytes("aio", 3000)
        key, body = trio.run(under_trio)
        assert runner.run(under_asyncio()) == named_bytes("aio", 3000)
    assert type(key).__name__ == "TrioToken" and body == named_bytes("trio", 3000)


def _child_calls(client: AuthenticatedClient, queue: Any) -> None:
    async def main() -> list[bool]:
        paths = [f"/sized/child{os.getpid()}-{i}/{100000 + i}/2/0" for i in range(4)]
        answers = await asyncio.gather(*(client.arequest(method="get", url=p) for p in paths))
        return [
            a.content == named_bytes(p.split("/")[2], 100000 + i)
            for i, (a, p) in enumerate(zip(answers, paths, strict=True))
        ]

    try:
        queue.put(all(asyncio.run(main())))
    except BaseException as exc:
        queue.put(repr(exc))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.parametrize(("method", "scheme"), [("fork", "http"), ("fork", "https"), ("spawn", "http")])
def test_children_call_and_the_parent_goes_on(
    server: LoopbackServer, tls: tuple[LoopbackServer, ssl.SSLContext], method: str, scheme: str
) -> None:
    """Children (forked from inside the running loop, or spawned with the client pickled) make
    calls of their own; the parent's pool, idle connections included, still serves it after.
    (A forked child drops its parent's pools; aiohttp closed their connections when collected,
    which took their sockets out of the epoll set parent and child share: the parent's next
    calls on them waited for their timeout.)"""
    served, trusted = tls
    url = served.url if scheme == "https" else server.url
    client = _client(url, timeout=3, **({"verify_ssl": trusted} if scheme == "https" else {}))
    context: Any = multiprocessing.get_context(method)

    async def main() -> tuple[list[Any], list[bytes], float]:
        await asyncio.gather(*(client.arequest(method="get", url=f"/sized/pre{i}/100/1/0") for i in range(4)))
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
        assert [child.exitcode for child in children] == [0, 0]  # (else queue.get() would wait forever)
        results = [queue.get() for _ in children]
        start = time.monotonic()
        after = await asyncio.gather(*(client.arequest(method="get", url=f"/sized/post{i}/100/1/0") for i in range(4)))
        took = time.monotonic() - start
        await client.aclose()
        return results, [a.content for a in after], took

    assert method == "fork" or pickle.loads(pickle.dumps(client)) == client
    results, after, took = asyncio.run(main())
    assert results == [True, True]
    assert after == [named_bytes(f"post{i}", 100) for i in range(4)] and took < 2.5  # (the hang: 3 s)
