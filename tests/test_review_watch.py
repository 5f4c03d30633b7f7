"""Review of the aiohttp backend's one-timer ``Watch`` (client.py): cases where it ends a call in a
timeout that aiohttp's own read timer (the code before the change) did not, against httpx's
meaning of the read timeout (the longest wait for data, between arrivals of data).

Each test passed on aiohttp's own sock_read and total timers and failed on the first Watch, which
learnt of data only from its body loop and ended a call when no bound ran yet; fixed since: the
connections' Protocol tells the watch when the request is sent and when data arrives, and a timer
going off before any bound runs waits."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from support import LoopbackServer, QuietHandler, make_client
from taskrouter_client import AuthenticatedClient
from taskrouter_client.client import RetryPolicy

pytest.importorskip("aiohttp")

BODY = b'{"sid": "WW0123456789abcdef0123456789abcdef"}'


class _Timed(QuietHandler):
    """``/split/HEAD/BODY``: the head after HEAD seconds, the body BODY seconds later.
    ``/pieces/N/GAP``: the head at once, then the body in N pieces GAP seconds apart.
    ``/late/DELAY``: the whole answer after DELAY seconds."""

    def do_GET(self) -> None:
        _, kind, *numbers = self.path.split("/")
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(BODY)}\r\n\r\n".encode()
        try:
            if kind == "split":
                time.sleep(float(numbers[0]))
                self.wfile.write(head)
                self.wfile.flush()
                time.sleep(float(numbers[1]))
                self.wfile.write(BODY)
            elif kind == "pieces":
                count, gap = int(numbers[0]), float(numbers[1])
                self.wfile.write(head)
                self.wfile.flush()
                size = -(-len(BODY) // count)
                for start in range(0, len(BODY), size):
                    time.sleep(gap)
                    self.wfile.write(BODY[start : start + size])
                    self.wfile.flush()
            else:
                time.sleep(float(numbers[0]))
                self.wfile.write(head + BODY)
            self.wfile.flush()
        except OSError:
            self.close_connection = True


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    server = LoopbackServer(_Timed)
    yield server
    server.stop()


def _client(server: LoopbackServer, **settings: Any) -> AuthenticatedClient:
    settings.setdefault("retry", RetryPolicy(max_retries=0))
    return make_client(base_url=server.url, async_backend="aiohttp", **settings)


def test_the_heads_arrival_moves_the_read_clock(server: LoopbackServer) -> None:
    """The head after 0.4 s, the body 0.4 s after the head: no wait for data is longer than the
    0.6 s read timeout. aiohttp's read timer is put back on every arrival of data, the head's
    included; the watch learns of data only from the body loop (``watch.data()`` after each
    ``readany()``), so its read clock runs from the connection being ready to the body's first
    chunk (0.8 s) and the call ends in ReadTimeout at 0.6 s."""

    async def main() -> int:
        async with _client(server, timeout=httpx.Timeout(5.0, read=0.6)) as client:
            return (await client.arequest(method="get", url="/split/0.4/0.4")).status_code

    assert asyncio.run(main()) == 200


def test_a_pool_wait_longer_than_the_read_timeout_with_no_deadline(server: LoopbackServer) -> None:
    """As test_aiohttp_watch's pool-wait test, with ``RetryPolicy(deadline=None)`` (documented:
    no deadline). The second call waits ~0.9 s for the one connection (pool timeout 5 s). The
    watch is armed at the read timeout (0.5 s); when it goes off before the connection is ready
    ``_limit()`` returns the deadline, None here, so it ends the call as if a bound had passed:
    ConnectTimeout at 0.5 s, although neither the pool timeout nor the read timeout was passed.
    (A connect or DNS lookup slower than the read timeout, within the connect timeout, ends
    the same way.)"""

    async def main() -> list[Any]:
        async with _client(
            server,
            timeout=httpx.Timeout(5.0, read=0.5),
            retry=RetryPolicy(max_retries=0, deadline=None),
            httpx_args={"limits": httpx.Limits(max_connections=1)},
        ) as client:

            async def call(path: str) -> int:
                return (await client.arequest(method="get", url=path)).status_code

            first = asyncio.create_task(call("/pieces/3/0.3"))  # holds the connection ~0.9 s
            await asyncio.sleep(0.05)
            return list(await asyncio.gather(first, call("/late/0")))

    assert asyncio.run(main()) == [200, 200]


def test_an_answer_that_arrived_in_time_while_the_loop_was_busy(server: LoopbackServer) -> None:
    """The whole answer is on the socket 0.1 s after sending; the event loop is then busy for
    0.8 s (a blocking callback elsewhere). When the loop runs again, aiohttp's protocol gets the
    data (its data_received puts its read timer back) before due timers run, so the old code
    answered 200. The watch's timer runs in that same loop iteration, before the task has resumed
    and called ``watch.data()``: it sees no data since the connection was ready and cancels the
    call, ReadTimeout for an answer that had fully arrived within the read timeout."""

    async def main() -> int:
        async with _client(server, timeout=httpx.Timeout(5.0, read=0.5)) as client:
            await client.arequest(method="get", url="/late/0")  # the connection, made once
            call = asyncio.create_task(client.arequest(method="get", url="/late/0.1"))
            await asyncio.sleep(0.02)  # the request is sent, its answer awaited
            time.sleep(0.8)  # the loop is busy; the answer arrives meanwhile
            return (await call).status_code

    assert asyncio.run(main()) == 200
