"""Timeouts and the call's deadline: timeouts on by default, a call's ``timeout=`` overriding the
client's and reaching the request, each attempt's timeouts cut to the time left, the deadline
bounding retries, their waits and the reading of a body; and, on real loopback sockets on the
sync client and both async backends, every bound ending the call in time in a typed error:
the read timeout between arrivals of data (the head's included) and only once the request has
been sent (not during a pool wait or a slow upload), the call's deadline whatever arrives, a
deadline passing before anything was sent said to be a connect timeout, the caller's own
cancellation or ``asyncio.timeout`` left as they are, and many calls at once each to its bound."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

import support
from scenarios import TEST_PASSWORD, WORKFLOW_FULL
from support import LoopbackServer, QuietHandler, Recorder, call, make_client, named_bytes
from taskrouter_client import AuthenticatedClient, errors
from taskrouter_client.client import DEFAULT_TIMEOUT, RetryPolicy

BODY = json.dumps(WORKFLOW_FULL).encode()


# The sync client, and the async client on each backend (the ``backend`` fixture): a sync call
# sends through httpx's own transport whatever the async backend.
WAYS = pytest.mark.parametrize(
    ("mode", "backend"),
    [("sync", "httpx"), ("asyncio", "httpx"), ("asyncio", "aiohttp")],
    indirect=["backend"],
    ids=["sync", "asyncio-httpx", "asyncio-aiohttp"],
)


def created() -> httpx.Response:
    return httpx.Response(201, json=WORKFLOW_FULL)


def busy(retry_after: str) -> httpx.Response:
    return httpx.Response(429, headers={"Retry-After": retry_after})


def send(mode: str, client: AuthenticatedClient, path: str, **kwargs: Any) -> httpx.Response:
    """GET ``path`` through the client's own send path, the way ``mode`` names (``asyncio``: on a
    fresh event loop), closing the client after."""
    if mode == "sync":
        with client:
            return support.send(client, "GET", path, **kwargs)

    async def run() -> httpx.Response:
        async with client:
            return await support.asend(client, "GET", path, **kwargs)

    return asyncio.run(run())


# --- Timeouts on the client and on each call ------------------------------------------------------


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
    client.close()


@WAYS
def test_a_read_timeout_raises_and_is_not_retried(
    mode: str, backend: str, silent_server: tuple[str, list[int]]
) -> None:
    url, accepted = silent_server
    client = make_client(base_url=url, timeout=httpx.Timeout(0.3), retry=RetryPolicy(), async_backend=backend)
    with pytest.raises(errors.RequestTimeoutError) as caught:
        call(mode, client)
    assert accepted == [1]
    assert caught.value.url.startswith(url)
    assert caught.value.sent is True
    assert TEST_PASSWORD not in str(caught.value)


@WAYS
def test_a_timeout_per_call_overrides_the_clients(
    mode: str, backend: str, silent_server: tuple[str, list[int]]
) -> None:
    url, _ = silent_server
    client = make_client(base_url=url, retry=RetryPolicy(), async_backend=backend)  # 30 s reads
    started = time.monotonic()
    with pytest.raises(errors.RequestTimeoutError):
        call(mode, client, timeout=0.2)
    unbounded = make_client(base_url=url, timeout=None, retry=RetryPolicy(deadline=0.3), async_backend=backend)
    with pytest.raises(errors.RequestTimeoutError):  # the deadline bounds a call with no timeouts
        call(mode, unbounded)
    assert time.monotonic() - started < 5


def test_timeout_per_call_reaches_the_request() -> None:
    recorder = Recorder(lambda request: created())
    call("sync", make_client(recorder), timeout=httpx.Timeout(7.0, connect=2.0))
    call("sync", make_client(recorder))
    assert recorder.requests[0].extensions["timeout"] == httpx.Timeout(7.0, connect=2.0).as_dict()
    assert recorder.requests[1].extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()


def test_each_attempts_timeouts_are_cut_to_the_time_left() -> None:
    recorder = Recorder(lambda request: created())
    call("sync", make_client(recorder, retry=RetryPolicy(deadline=2.0)), timeout=httpx.Timeout(30.0))
    assert all(0 < value <= 2.0 for value in recorder.requests[0].extensions["timeout"].values())


# --- The deadline bounds retries and their waits ----------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_calls_timeout_bounds_its_retries_and_waits(mode: str) -> None:
    recorder = Recorder(lambda request: busy("0.3"))
    client = make_client(recorder, retry=RetryPolicy())
    started = time.monotonic()
    with pytest.raises(errors.RateLimitError):
        call(mode, client, timeout=0.5)
    assert time.monotonic() - started < 0.5
    assert len(recorder.requests) == 2  # the second wait would have ended past the deadline


def test_the_default_deadline_bounds_a_429_storm() -> None:
    assert RetryPolicy().deadline == 60.0
    waits: list[float] = []
    recorder = Recorder(lambda request: busy("120"))
    with pytest.raises(errors.RateLimitError):
        call("sync", make_client(recorder, retry=RetryPolicy(sleep=waits.append)))
    assert waits == [] and len(recorder.requests) == 1  # a 60 s wait would end past the 60 s deadline


# --- Bounds on real sockets ---------------------------------------------------------------------


class _Paced(QuietHandler):
    """GET ``/late/DELAY``: the Workflow after DELAY seconds. ``/never/SECONDS``: nothing for
    SECONDS, then the connection closes. ``/pieces/N/GAP``: the head at once, then the body in N
    pieces, each GAP seconds after the last. ``/hold/SECONDS``: the head and 3 of 100 bytes,
    then nothing for SECONDS. ``/split/HEAD/BODY``: the head after HEAD seconds, the body BODY
    seconds after it. ``/sized/NAME/SIZE/PIECES/GAP``: SIZE bytes made from NAME in PIECES
    writes GAP seconds apart. POST ``/drain/GAP``: the body read in 64 KiB pieces GAP seconds
    apart, then answered at once with the number of bytes read."""

    def do_GET(self) -> None:
        kind, *args = urlsplit(self.path).path.split("/")[1:]
        try:
            if kind == "never":
                time.sleep(float(args[0]))
                self.close_connection = True
                return
            if kind == "sized":
                body = named_bytes(args[0], int(args[1]))
                step, gap = max(1, -(-len(body) // int(args[2]))), float(args[3])
                self.wfile.write(f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n\r\n".encode())
                for start in range(0, len(body), step):
                    self.wfile.write(body[start : start + step])
                    self.wfile.flush()
                    time.sleep(gap)
                return
            if kind in ("late", "split"):
                time.sleep(float(args[0]))
            length = 100 if kind == "hold" else len(BODY)
            self.wfile.write(
                f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n".encode()
            )
            self.wfile.flush()
            if kind == "pieces":
                count, gap = int(args[0]), float(args[1])
                size = -(-len(BODY) // count)
                for start in range(0, len(BODY), size):
                    time.sleep(gap)
                    self.wfile.write(BODY[start : start + size])
                    self.wfile.flush()
            elif kind == "split":
                time.sleep(float(args[1]))
                self.wfile.write(BODY)
            elif kind == "hold":
                self.wfile.write(b"abc")
                self.wfile.flush()
                time.sleep(float(args[0]))
                self.close_connection = True
            else:
                self.wfile.write(BODY)
        except OSError:
            self.close_connection = True

    def do_POST(self) -> None:
        gap = float(self.path.split("/")[-1])
        length = int(self.headers["Content-Length"])
        got = 0
        while got < length:
            got += len(self.rfile.read(min(65536, length - got)))
            time.sleep(gap)
        self.send_response(200)
        self.send_header("Content-Length", str(len(str(got))))
        self.end_headers()
        self.wfile.write(str(got).encode())


@pytest.fixture(scope="module")
def paced() -> Iterator[LoopbackServer]:
    server = LoopbackServer(_Paced)
    server.httpd.socket.listen(128)  # (socketserver's 5: 20 connects at once lose SYNs, 1 s each)
    yield server
    server.stop()


def _client(server: LoopbackServer, backend: str, **settings: Any) -> AuthenticatedClient:
    settings.setdefault("retry", RetryPolicy(max_retries=0))
    return make_client(base_url=server.url, async_backend=backend, **settings)


NO_RETRIES = RetryPolicy(max_retries=0)
TRICKLED = len(BODY) // 100 + 1  # the body in pieces of about 100 bytes

# path, the call's timeout, the client's retry policy, when the call must end (seconds)
BOUNDS: dict[str, tuple[str, Any, RetryPolicy, float]] = {
    "no_head_read_timeout": ("/late/2", httpx.Timeout(5.0, read=0.4), NO_RETRIES, 0.4),
    "no_head_call_timeout": ("/never/3", 0.5, NO_RETRIES, 0.5),
    "body_stops_read_timeout": ("/hold/2", httpx.Timeout(5.0, read=0.4), NO_RETRIES, 0.4),
    "body_stops_call_timeout": ("/hold/3", 0.5, NO_RETRIES, 0.5),
    "body_stops_no_deadline": ("/hold/2", httpx.Timeout(5.0, read=0.5), RetryPolicy(max_retries=0, deadline=None), 0.5),
    "body_trickles_call_timeout": (f"/pieces/{TRICKLED}/0.4", 1.0, RetryPolicy(), 1.0),
    "body_flows_call_timeout": ("/pieces/30/0.1", 0.7, NO_RETRIES, 0.7),
    "body_flows_retry_deadline": ("/pieces/30/0.1", httpx.Timeout(0.3), RetryPolicy(max_retries=0, deadline=1.0), 1.0),
    "slow_head_retry_deadline": ("/late/1.5", httpx.Timeout(5.0), RetryPolicy(max_retries=0, deadline=0.6), 0.6),
    "retried_no_head_retry_deadline": (
        "/never/3",
        httpx.Timeout(0.4),
        RetryPolicy(max_retries=5, backoff_base=0, deadline=1.0),
        1.0,
    ),
    "retried_body_stops_call_timeout": ("/hold/3", 1.0, RetryPolicy(max_retries=5, backoff_base=0), 1.0),
}


@pytest.mark.parametrize("case", sorted(BOUNDS))
@WAYS
def test_a_bound_passed_ends_the_call_in_time_with_a_typed_error(
    paced: LoopbackServer, mode: str, backend: str, case: str
) -> None:
    """No head within the read timeout, a body that stops, a body that keeps trickling in past
    the call's ``timeout=`` in seconds or ``RetryPolicy.deadline``, retries under a deadline:
    the call ends about when its nearest bound passes, in RequestTimeoutError (caused by httpx's
    ReadTimeout, never an aiohttp or asyncio error), with no cancellation left pending on the
    caller's task."""
    path, timeout, retry, limit = BOUNDS[case]
    client = _client(paced, backend, retry=retry)
    if mode == "sync":
        start = time.monotonic()
        with client, pytest.raises(errors.RequestTimeoutError) as caught:
            support.send(client, "GET", path, timeout=timeout)
        error, took, cancelling = caught.value, time.monotonic() - start, 0
    else:

        async def main() -> tuple[errors.RequestTimeoutError, float, int]:
            async with client:
                start = time.monotonic()
                with pytest.raises(errors.RequestTimeoutError) as caught:
                    await support.asend(client, "GET", path, timeout=timeout)
                took = time.monotonic() - start
                task = asyncio.current_task()
                assert task is not None
                await asyncio.sleep(0.01)  # no cancellation left pending on the task
                return caught.value, took, task.cancelling()

        error, took, cancelling = asyncio.run(main())
    assert isinstance(error.__cause__, httpx.ReadTimeout), repr(error.__cause__)
    assert error.sent is True
    assert limit - 0.05 <= took < limit + 0.8, took
    assert cancelling == 0


@WAYS
def test_data_that_keeps_coming_keeps_the_call_alive_past_the_read_timeout(
    paced: LoopbackServer, mode: str, backend: str
) -> None:
    """7 pieces 0.2 s apart: 1.4 s in all against a 0.5 s read timeout, which bounds each wait for
    data (as httpx means it), not the whole body."""
    client = _client(paced, backend, timeout=httpx.Timeout(5.0, read=0.5))
    start = time.monotonic()
    response = send(mode, client, "/pieces/7/0.2")
    assert response.content == BODY
    assert time.monotonic() - start >= 1.3


@WAYS
def test_the_heads_arrival_moves_the_read_clock(paced: LoopbackServer, mode: str, backend: str) -> None:
    """The head after 0.4 s, the body 0.4 s after it: no wait for data is longer than the 0.6 s
    read timeout, so the call is answered (the head's arrival counts as data)."""
    client = _client(paced, backend, timeout=httpx.Timeout(5.0, read=0.6))
    assert send(mode, client, "/split/0.4/0.4").status_code == 200


@pytest.mark.parametrize("deadline", [60.0, None])
def test_the_read_clock_starts_when_the_request_is_sent(
    paced: LoopbackServer, backend: str, deadline: float | None
) -> None:
    """One connection: the second call waits ~0.9 s in the pool, longer than the 0.5 s read
    timeout, then is answered at once. The wait is the pool timeout's to bound, not the read's,
    with a deadline or none."""

    async def main() -> list[int]:
        async with _client(
            paced,
            backend,
            timeout=httpx.Timeout(5.0, read=0.5),
            retry=RetryPolicy(max_retries=0, deadline=deadline),
            httpx_args={"limits": httpx.Limits(max_connections=1)},
        ) as client:

            async def get(path: str) -> int:
                return (await support.asend(client, "GET", path)).status_code

            first = asyncio.create_task(get("/pieces/3/0.3"))  # holds the connection ~0.9 s
            await asyncio.sleep(0.05)
            return list(await asyncio.gather(first, get("/late/0")))

    assert asyncio.run(main()) == [200, 200]


def test_the_read_clock_starts_when_the_upload_is_done(paced: LoopbackServer, backend: str) -> None:
    """A body sent in 8 pieces 0.12 s apart (~1 s), answered as soon as it is all read: the
    upload is longer than the 0.4 s read timeout, which bounds waits for the answer only."""

    async def body() -> AsyncIterator[bytes]:
        for _ in range(8):
            await asyncio.sleep(0.12)
            yield b"x" * 1000

    async def main() -> tuple[httpx.Response, float]:
        async with _client(paced, backend, timeout=httpx.Timeout(5.0, read=0.4)) as client:
            start = time.monotonic()
            response = await support.asend(
                client, "POST", "/drain/0", content=body(), headers={"Content-Length": "8000"}
            )
            return response, time.monotonic() - start

    response, took = asyncio.run(main())
    assert response.status_code == 200 and response.content == b"8000"
    assert took > 0.9  # (the upload really was slow)


def test_an_answer_that_arrived_in_time_while_the_loop_was_busy(paced: LoopbackServer) -> None:
    """On aiohttp: the whole answer is on the socket 0.1 s after sending; the event loop is then
    busy for 0.8 s. When it runs again, the data that came in time counts before the read timer
    that is due by then (aiohttp puts the timer back as data arrives, in the loop's order): the
    answer is not a timeout. (On httpx's own transport a read is bounded by anyio's ``fail_after``,
    which, due too when the loop runs again, may cancel the read its data already woke: a loop
    blocked past a read timeout there can end the call in ReadTimeout.)"""

    async def main() -> int:
        async with _client(paced, "aiohttp", timeout=httpx.Timeout(5.0, read=0.5)) as client:
            await support.asend(client, "GET", "/late/0")  # the connection, made once
            call = asyncio.create_task(support.asend(client, "GET", "/late/0.1"))
            await asyncio.sleep(0.02)  # the request is sent, its answer awaited
            time.sleep(0.8)  # the loop is busy; the answer arrives meanwhile
            return (await call).status_code

    assert asyncio.run(main()) == 200


def test_the_deadline_passing_in_a_pool_wait_is_a_connect_timeout(paced: LoopbackServer, backend: str) -> None:
    """One connection, held 1.2 s by a first call; a second call with a 0.6 s deadline waits
    for it in the pool: nothing was sent, and the error says so (``.sent`` False, caused by
    httpx's ConnectTimeout on aiohttp, where the pool wait is part of connecting, and by its
    PoolTimeout on httpx's own transport). The first call is answered."""
    expected = httpx.ConnectTimeout if backend == "aiohttp" else httpx.PoolTimeout

    async def main() -> tuple[BaseException, float]:
        async with _client(
            paced,
            backend,
            timeout=httpx.Timeout(5.0),
            retry=RetryPolicy(max_retries=0, deadline=None),
            httpx_args={"limits": httpx.Limits(max_connections=1)},
        ) as client:
            holder = asyncio.create_task(support.asend(client, "GET", "/late/1.2"))
            await asyncio.sleep(0.1)
            start = time.monotonic()
            with pytest.raises(errors.RequestTimeoutError) as caught:
                await support.asend(client, "GET", "/late/0", timeout=0.6)  # a 0.6 s deadline
            took = time.monotonic() - start
            assert (await holder).status_code == 200
            return caught.value, took

    error, took = asyncio.run(main())
    assert isinstance(error, errors.RequestTimeoutError)
    assert isinstance(error.__cause__, expected), repr(error.__cause__)
    assert error.sent is False
    assert 0.55 <= took < 1.4


@WAYS
def test_a_deadline_in_a_tcp_connect_is_a_connect_timeout(mode: str, backend: str) -> None:
    """A listener whose accept queue is full: the connection never gets made (SYNs dropped), and
    the call's 0.7 s deadline passing then says nothing was sent (ConnectTimeout)."""
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
        client = make_client(
            base_url=url,
            async_backend=backend,
            timeout=httpx.Timeout(5.0),
            retry=RetryPolicy(max_retries=0, deadline=0.7),
        )
        start = time.monotonic()
        with pytest.raises(errors.RequestTimeoutError) as caught:
            send(mode, client, "/late/0")
        took = time.monotonic() - start
    finally:
        for filler in fillers:
            filler.close()
        listener.close()
    assert isinstance(caught.value.__cause__, httpx.ConnectTimeout), repr(caught.value.__cause__)
    assert caught.value.sent is False
    assert 0.65 <= took < 1.5


def test_an_outer_asyncio_timeout_and_the_calls_own(paced: LoopbackServer, backend: str) -> None:
    """The caller's ``asyncio.timeout`` passing first is the caller's TimeoutError, and the
    call's bounds, ended with it, cancel nothing later; the call's own bound passing first inside
    a longer ``asyncio.timeout`` is the call's timeout, and the outer one never goes off."""

    async def main() -> tuple[BaseException | None, BaseException | None, int]:
        async with _client(paced, backend, timeout=1.0) as client:
            outer: BaseException | None = None
            try:
                async with asyncio.timeout(0.4):
                    await support.asend(client, "GET", "/late/1.5")
            except TimeoutError as exc:
                outer = exc
            await asyncio.sleep(0.9)  # past the call's own deadline: nothing cancels this sleep
            inner: BaseException | None = None
            async with asyncio.timeout(1.2):
                try:
                    await support.asend(client, "GET", "/late/1.5", timeout=0.4)
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


def test_the_callers_cancellation_stays_a_cancellation(paced: LoopbackServer, backend: str) -> None:
    """A call cancelled by its caller mid-answer ends in CancelledError (not a timeout), and
    leaves nothing behind that cancels the task later, once its bounds would have passed."""

    async def main() -> tuple[int, float]:
        async with _client(paced, backend, timeout=httpx.Timeout(0.8, read=0.5)) as client:
            task = asyncio.create_task(support.asend(client, "GET", "/hold/1.5"))
            await asyncio.sleep(0.35)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            start = time.monotonic()
            await asyncio.sleep(0.6)  # past both bounds: no stray cancellation of this task
            return task.cancelling(), time.monotonic() - start

    cancelling, slept = asyncio.run(main())
    assert cancelling == 1 and slept >= 0.55


def test_many_calls_at_once_some_stalled(paced: LoopbackServer, backend: str) -> None:
    """20 calls at once: the stalled ones end at their read bound, the others are answered,
    each with its own body."""

    async def timed(client: AuthenticatedClient, path: str) -> tuple[Any, float]:
        start = time.monotonic()
        try:
            outcome: Any = await support.asend(client, "GET", path)
        except errors.TaskRouterError as exc:
            outcome = exc
        return outcome, time.monotonic() - start

    async def main() -> list[tuple[Any, float]]:
        async with _client(paced, backend, timeout=httpx.Timeout(3.0, read=0.5)) as client:
            paths = ["/hold/1.5" if i % 4 == 0 else f"/sized/m{i}/{50000 + i}/5/0.05" for i in range(20)]
            return list(await asyncio.gather(*(timed(client, p) for p in paths)))

    outcomes = asyncio.run(main())
    for index, (outcome, took) in enumerate(outcomes):
        if index % 4 == 0:
            assert isinstance(outcome, errors.RequestTimeoutError) and 0.45 <= took < 1.3, (outcome, took)
        else:
            assert isinstance(outcome, httpx.Response), outcome
            assert outcome.content == named_bytes(f"m{index}", 50000 + index)


class _EarlyAnswer:
    """A raw server that reads a request's head, answers a head and the first byte of a body at
    once without reading the request's body, then sends nothing more."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.conns: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)
            head = b""
            while b"\r\n\r\n" not in head:
                head += conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")

    def stop(self) -> None:
        self.sock.close()
        for conn in self.conns:
            conn.close()


@pytest.mark.filterwarnings("ignore:Sending a large body directly:ResourceWarning")
def test_a_server_answering_before_reading_the_body_then_stalling_ends_in_the_timeouts(
    backend: str, request: pytest.FixtureRequest
) -> None:
    """Read timeout 0.5 s, write timeout 1 s, deadline 5 s; a 64 MiB body the server never reads;
    the head (and a byte of the body) arrives at once, then nothing: the call ends within the
    timeouts (a write or read timeout), long before its deadline, and leaving ``async with``
    right after closes the client at once (the connection given up mid-upload does not hold
    the close until the server reads the rest or hangs up)."""
    server = _EarlyAnswer()
    client = make_client(
        base_url=server.url,
        async_backend=backend,
        timeout=httpx.Timeout(5.0, read=0.5, write=1.0),
        retry=RetryPolicy(max_retries=0, deadline=5.0),
    )

    async def use() -> float:
        async with client:
            start = time.monotonic()
            with pytest.raises(errors.RequestTimeoutError):
                await support.asend(client, "POST", "/v1/upload", content=b"x" * (64 << 20))
            return time.monotonic() - start  # (and leave `async with` at once)

    async def main() -> tuple[float, float, bool]:
        start = time.monotonic()
        task = asyncio.create_task(use())
        done, _ = await asyncio.wait({task}, timeout=3.0)
        if not done:
            server.stop()  # the server hangs up: that lets a close waiting on it end
        return await task, time.monotonic() - start, bool(done)

    try:
        took, closed_after, closed_in_time = asyncio.run(main())
    finally:
        server.stop()
    assert took < 3.0
    assert closed_in_time and closed_after < took + 1.0, closed_after


class _NeverReads:
    """A raw server that accepts a connection and then neither reads nor answers: an upload larger
    than the sockets' buffers stalls."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.conns: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            self.conns.append(conn)

    def stop(self) -> None:
        self.sock.close()
        for conn in self.conns:
            conn.close()


@WAYS
@pytest.mark.filterwarnings("ignore:Sending a large body directly:ResourceWarning")
def test_a_stalled_upload_ends_in_the_calls_deadline(mode: str, backend: str) -> None:
    """A 16 MiB body the server never reads, no write timeout set: the call's deadline (1 s) ends
    it, on every backend (aiohttp has no write timeout of its own), in a RequestTimeoutError that
    says the request may have been processed (part of it was sent). (On aiohttp the connection
    given up mid-upload closes once the server reads the rest or hangs up, as it does here before
    the event loop ends.)"""
    server = _NeverReads()
    client = make_client(
        base_url=server.url,
        async_backend=backend,
        timeout=httpx.Timeout(None),
        retry=RetryPolicy(max_retries=0, deadline=1.0),
    )
    start = time.monotonic()
    try:
        with pytest.raises(errors.RequestTimeoutError) as caught:
            if mode == "sync":
                with client:
                    support.send(client, "POST", "/v1/upload", content=b"x" * (16 << 20))
            else:

                async def run() -> None:
                    async with client:
                        try:
                            await support.asend(client, "POST", "/v1/upload", content=b"x" * (16 << 20))
                        finally:
                            server.stop()
                            await asyncio.sleep(0.2)

                asyncio.run(run())
    finally:
        server.stop()
    took = time.monotonic() - start - (0.2 if mode != "sync" else 0.0)
    assert 0.9 <= took < 2.5, took
    assert caught.value.sent is True


def test_a_retry_wait_that_overruns_the_deadline_says_an_earlier_attempt_was_sent() -> None:
    """The policy makes no wait that ends past the deadline, but a sleep can run late: the retry is
    then not sent, and the error says that the earlier attempt was (a 503 to a POST, with
    retry_unsafe), not that nothing was."""

    def late_sleep(seconds: float) -> None:
        time.sleep(seconds + 0.5)

    recorder = Recorder(lambda request: httpx.Response(503))
    policy = RetryPolicy(
        max_retries=3, retry_unsafe=True, backoff_base=0.1, backoff_max=0.1, deadline=0.4, sleep=late_sleep
    )
    client = make_client(recorder, retry=policy)
    with pytest.raises(errors.RequestTimeoutError) as caught:
        call("sync", client)
    assert len(recorder.requests) == 1
    assert caught.value.sent is True
    assert "earlier attempt was sent" in str(caught.value)
