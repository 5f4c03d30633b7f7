"""The aiohttp backend's bounds for a call read whole (``Client.arequest``, every endpoint call):
the pool's ticker while they are far off, then one asyncio timer of the attempt's own keep the
call's deadline and the read timeout between arrivals of data (client.py, ``Ticker`` and
``Watch``), where aiohttp armed three timers. These tests hold them to what aiohttp's own timers
did, on real sockets, with bounds near enough for a timer at once and (``ticker_first``) far
enough to wait with the ticker first: data that keeps coming keeps the call alive past the read timeout,
the read clock starts when the request has been sent (not during a pool wait), the call's deadline
ends it whatever arrives, a cancellation from the caller stays a cancellation, and a timeout
leaves the task as it was (no cancellation left pending)."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scenarios import WORKFLOW_FULL
from support import LoopbackServer, QuietHandler, make_client
from taskrouter_client import AuthenticatedClient, errors
from taskrouter_client import client as client_module
from taskrouter_client.client import RetryPolicy

pytest.importorskip("aiohttp")

BODY = json.dumps(WORKFLOW_FULL).encode()


class _Paced(QuietHandler):
    """``/pieces/N/GAP``: the head at once, then the body in N pieces GAP seconds apart.
    ``/late/DELAY``: the whole answer after DELAY seconds. ``/hold/SECONDS``: the head, 3 of 100
    bytes, then nothing for SECONDS. ``/split/HEAD/BODY``: the head after HEAD seconds, the
    body BODY seconds after it."""

    def do_GET(self) -> None:
        _, kind, *numbers = self.path.split("/")
        try:
            if kind in ("late", "split"):
                time.sleep(float(numbers[0]))
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
            length = 100 if kind == "hold" else len(BODY)
            self.wfile.write(f"Content-Length: {length}\r\n\r\n".encode())
            self.wfile.flush()
            if kind == "pieces":
                count, gap = int(numbers[0]), float(numbers[1])
                size = -(-len(BODY) // count)
                for start in range(0, len(BODY), size):
                    time.sleep(gap)
                    self.wfile.write(BODY[start : start + size])
                    self.wfile.flush()
            elif kind == "split":
                time.sleep(float(numbers[1]))
                self.wfile.write(BODY)
            elif kind == "hold":
                self.wfile.write(b"abc")
                self.wfile.flush()
                time.sleep(float(numbers[0]))
                self.close_connection = True
            else:
                self.wfile.write(BODY)
        except OSError:
            self.close_connection = True


@pytest.fixture(scope="module")
def paced() -> Iterator[LoopbackServer]:
    server = LoopbackServer(_Paced)
    yield server
    server.stop()


@pytest.fixture(autouse=True, params=["own_timer", "ticker_first"])
def _near(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """``ticker_first``: every bound of these tests counts as far off (over 0.2 s away), so it
    waits with the pool's ticker (looking every 0.05 s) before a timer of its own takes it."""
    if request.param == "ticker_first":
        monkeypatch.setattr(client_module, "_WATCH_NEAR", 0.2)
        monkeypatch.setattr(client_module, "_WATCH_TICK", 0.05)


def _client(server: LoopbackServer, **settings: Any) -> AuthenticatedClient:
    settings.setdefault("retry", RetryPolicy(max_retries=0))
    return make_client(base_url=server.url, async_backend="aiohttp", **settings)


def test_data_that_keeps_coming_keeps_the_call_alive_past_the_read_timeout(paced: LoopbackServer) -> None:
    """7 pieces 0.2 s apart: 1.4 s in all against a 0.5 s read timeout, as httpx's read timeout
    means (each wait for data, not the whole body). The one timer goes off at 0.5 s, finds data
    came meanwhile, and is put back."""

    async def main() -> tuple[httpx.Response, float]:
        async with _client(paced, timeout=httpx.Timeout(5.0, read=0.5)) as client:
            start = time.monotonic()
            response = await client.arequest(method="get", url="/pieces/7/0.2")
            return response, time.monotonic() - start

    response, took = asyncio.run(main())
    assert response.content == BODY
    assert took >= 1.3


@pytest.mark.parametrize(
    ("path", "timeout", "limit"),
    [
        ("/late/2", httpx.Timeout(5.0, read=0.4), 0.4),  # no head within the read timeout
        ("/hold/2", httpx.Timeout(5.0, read=0.4), 0.4),  # the body stops
        ("/pieces/20/0.1", 0.7, 0.7),  # data keeps coming, the call's deadline passes
    ],
    ids=["no_head", "body_stops", "deadline"],
)
def test_a_bound_passed_ends_the_call_in_a_timeout(
    paced: LoopbackServer, path: str, timeout: Any, limit: float
) -> None:
    async def main() -> tuple[BaseException, float, int]:
        async with _client(paced, timeout=timeout) as client:
            start = time.monotonic()
            with pytest.raises(errors.RequestTimeoutError) as caught:
                await client.arequest(method="get", url=path)
            took = time.monotonic() - start
            task = asyncio.current_task()
            assert task is not None
            await asyncio.sleep(0.01)  # no cancellation left pending on the task
            return caught.value, took, task.cancelling()

    error, took, cancelling = asyncio.run(main())
    assert isinstance(error.__cause__, httpx.ReadTimeout)
    assert limit - 0.05 <= took < limit + 0.8
    assert cancelling == 0


@pytest.mark.parametrize("deadline", [60.0, None])
def test_the_read_clock_starts_when_the_request_is_sent(paced: LoopbackServer, deadline: float | None) -> None:
    """One connection: the second call waits ~0.9 s in the pool, longer than the 0.5 s read
    timeout, then is answered at once. The wait is the pool timeout's to bound, not the read's;
    with no deadline, the timer going off during the wait finds no bound running yet (a review
    found it ending the call in ConnectTimeout)."""

    async def main() -> list[Any]:
        async with _client(
            paced,
            timeout=httpx.Timeout(5.0, read=0.5),
            retry=RetryPolicy(max_retries=0, deadline=deadline),
            httpx_args={"limits": httpx.Limits(max_connections=1)},
        ) as client:

            async def call(path: str) -> Any:
                return (await client.arequest(method="get", url=path)).status_code

            first = asyncio.create_task(call("/pieces/3/0.3"))  # holds the connection ~0.9 s
            await asyncio.sleep(0.05)
            return list(await asyncio.gather(first, call("/late/0")))

    assert asyncio.run(main()) == [200, 200]


def test_the_heads_arrival_moves_the_read_clock(paced: LoopbackServer) -> None:
    """The head after 0.4 s, the body 0.4 s after it: no wait for data is longer than the 0.6 s
    read timeout. The protocol reports every arrival of data, the head's included (a review found
    the first watch hearing only of the body's, and ending this call at 0.6 s)."""

    async def main() -> int:
        async with _client(paced, timeout=httpx.Timeout(5.0, read=0.6)) as client:
            return (await client.arequest(method="get", url="/split/0.4/0.4")).status_code

    assert asyncio.run(main()) == 200


def test_an_answer_that_arrived_in_time_while_the_loop_was_busy(paced: LoopbackServer) -> None:
    """The whole answer is on the socket 0.1 s after sending; the event loop is then busy for
    0.8 s. When it runs again, the protocol gets the data before due timers run, as aiohttp's own
    read timer did: the answer is not a timeout (a review found the first watch, told of data
    only once the task resumed, ending it in ReadTimeout)."""

    async def main() -> int:
        async with _client(paced, timeout=httpx.Timeout(5.0, read=0.5)) as client:
            await client.arequest(method="get", url="/late/0")  # the connection, made once
            call = asyncio.create_task(client.arequest(method="get", url="/late/0.1"))
            await asyncio.sleep(0.02)  # the request is sent, its answer awaited
            time.sleep(0.8)  # the loop is busy; the answer arrives meanwhile
            return (await call).status_code

    assert asyncio.run(main()) == 200


def test_the_deadline_passing_in_a_pool_wait_is_a_connect_timeout(paced: LoopbackServer) -> None:
    """Nothing was sent: the error says so (ConnectTimeout, as aiohttp's total timer said)."""

    async def main() -> BaseException:
        async with _client(
            paced,
            timeout=httpx.Timeout(5.0),
            retry=RetryPolicy(max_retries=0, deadline=None),
            httpx_args={"limits": httpx.Limits(max_connections=1)},
        ) as client:
            holder = asyncio.create_task(client.arequest(method="get", url="/late/1.5"))
            await asyncio.sleep(0.1)
            with pytest.raises(errors.RequestTimeoutError) as caught:
                await client.arequest(method="get", url="/late/0", timeout=0.5)  # a 0.5 s deadline
            assert (await holder).status_code == 200
            return caught.value

    assert isinstance(asyncio.run(main()).__cause__, httpx.ConnectTimeout)


def test_the_callers_cancellation_stays_a_cancellation(paced: LoopbackServer) -> None:
    async def main() -> int:
        async with _client(paced, timeout=httpx.Timeout(5.0, read=2.0)) as client:
            task = asyncio.create_task(client.arequest(method="get", url="/late/1"))
            await asyncio.sleep(0.2)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return task.cancelling()

    assert asyncio.run(main()) == 1


def test_no_timer_of_its_own_for_a_call_far_from_its_bounds(paced: LoopbackServer) -> None:
    """What the ticker is for: calls answered long before their bounds (60 s) arm no asyncio
    timer of their own (aiohttp armed three each: its total timer, and its read timer twice);
    the pool's ticker, one timer a second while calls are in flight, looks after them all."""
    armed: list[str] = []

    async def main() -> float:
        loop = asyncio.get_running_loop()
        call_at = loop.call_at

        def counting(when: float, callback: Any, *args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is threading.main_thread():
                armed.append(getattr(callback, "__qualname__", repr(callback)))
            return call_at(when, callback, *args, **kwargs)

        async with _client(paced, timeout=60) as client:
            await client.arequest(method="get", url="/late/0")  # the connection, made once
            loop.call_at = counting  # type: ignore[method-assign,assignment]
            start = time.monotonic()
            for _ in range(10):  # (on the one connection: a new one would arm aiohttp's connect timer)
                await client.arequest(method="get", url="/late/0")
            loop.call_at = call_at  # type: ignore[method-assign]
            took = time.monotonic() - start
            if client_module._WATCH_TICK < 1:  # (ticker_first) with no call in flight, it stops
                await asyncio.sleep(2 * client_module._WATCH_TICK + 0.05)
                ticks = [h for h in loop._scheduled if "Ticker._tick" in repr(h) and not h.cancelled()]  # type: ignore[attr-defined]
                assert ticks == []
            return took

    took = asyncio.run(main())
    assert all(name.endswith("Ticker._tick") for name in armed), armed
    assert len(armed) <= 2 + took / client_module._WATCH_TICK  # the ticker's own, once a tick
