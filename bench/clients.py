"""One client's creates over a real socket, in a process of its own so that its CPU and peak RSS are
its own: ``python bench/clients.py CLIENT BASE_URL N CONCURRENCY`` prints one JSON object.

Every client is a context manager giving a callable that creates one Workflow and reads the answer
(sync clients) or a coroutine function doing so (async clients); one runner times them all.
``python bench/clients.py growth BASE_URL N`` prints this client's RSS growth over N sync creates.

Only the public call API of taskrouter_client is used (``AuthenticatedClient``, ``CreateWorkflowRequest``,
``create_workflow.sync/asyncio``), so the bench survives rewrites of the runtime.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager, asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "tests")]

import httpx  # noqa: E402

from scenarios import ACCOUNT_SID, REQUEST_FIELDS, TEST_PASSWORD, WORKSPACE_SID  # noqa: E402
from taskrouter_client import AuthenticatedClient  # noqa: E402
from taskrouter_client.api.workflows import create_workflow  # noqa: E402
from taskrouter_client.client import RetryPolicy  # noqa: E402
from taskrouter_client.models import CreateWorkflowRequest  # noqa: E402

PATH = f"/v1/Workspaces/{WORKSPACE_SID}/Workflows"
AUTH = (ACCOUNT_SID, TEST_PASSWORD)
# The form Twilio's page documents: the same five fields every client sends.
FORM = {
    "FriendlyName": REQUEST_FIELDS["friendly_name"],
    "Configuration": REQUEST_FIELDS["configuration"],
    "AssignmentCallbackUrl": REQUEST_FIELDS["assignment_callback_url"],
    "FallbackAssignmentCallbackUrl": REQUEST_FIELDS["fallback_assignment_callback_url"],
    "TaskReservationTimeout": str(REQUEST_FIELDS["task_reservation_timeout"]),
}
TWILIO_BASE = "https://taskrouter.twilio.com"

SyncCall = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]


@contextmanager
def httpx_sync(base_url: str) -> Iterator[SyncCall]:
    with httpx.Client(base_url=base_url) as client:
        yield lambda: client.post(PATH, data=FORM, auth=AUTH).json()


@asynccontextmanager
async def httpx_async(base_url: str) -> AsyncIterator[AsyncCall]:
    async with httpx.AsyncClient(base_url=base_url) as client:

        async def call() -> object:
            return (await client.post(PATH, data=FORM, auth=AUTH)).json()

        yield call


@asynccontextmanager
async def httpx_aiohttp(base_url: str) -> AsyncIterator[AsyncCall]:
    """Plain ``httpx_aiohttp.HttpxAiohttpClient`` (httpx's client on httpx-aiohttp's transport): where
    a design on public APIs only starts; this client's aiohttp backend is compared with it."""
    import httpx_aiohttp

    async with httpx_aiohttp.HttpxAiohttpClient(base_url=base_url) as client:

        async def call() -> object:
            return (await client.post(PATH, data=FORM, auth=AUTH)).json()

        yield call


def _ours(base_url: str, async_backend: str = "httpx", **settings: Any) -> AuthenticatedClient:
    return AuthenticatedClient.from_auth_token(
        ACCOUNT_SID, TEST_PASSWORD, base_url=base_url, async_backend=async_backend, **settings
    )


@contextmanager
def ours_sync(base_url: str) -> Iterator[SyncCall]:
    body = CreateWorkflowRequest(**REQUEST_FIELDS)
    with _ours(base_url) as client:
        yield lambda: create_workflow.sync(WORKSPACE_SID, client=client, body=body)


@asynccontextmanager
async def ours_async(base_url: str, async_backend: str = "httpx", **settings: Any) -> AsyncIterator[AsyncCall]:
    body = CreateWorkflowRequest(**REQUEST_FIELDS)
    async with _ours(base_url, async_backend, **settings) as client:
        yield lambda: create_workflow.asyncio(WORKSPACE_SID, client=client, body=body)


def ours_aiohttp(base_url: str) -> AbstractAsyncContextManager[AsyncCall]:
    """This client's async calls with ``async_backend="aiohttp"``."""
    return ours_async(base_url, "aiohttp")


def ours_aiohttp_unbounded(base_url: str) -> AbstractAsyncContextManager[AsyncCall]:
    """As ``ours_aiohttp`` with every bound off (``timeout=None``, no deadline): what twilio-python's
    async calls are, to show what the bounds cost (context, not a target)."""
    return ours_async(base_url, "aiohttp", timeout=None, retry=RetryPolicy(deadline=None))


def _loopback(base: type[Any], base_url: str) -> Any:
    """An instance of twilio's http client class ``base`` that sends every request to ``base_url``
    instead of Twilio: the SDK builds the URL, this swaps its origin, the request goes out as usual."""

    class Loopback(base):  # type: ignore[misc]
        def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            if not url.startswith(TWILIO_BASE):
                raise ValueError(f"unexpected URL {url}")
            return super().request(method, base_url + url.removeprefix(TWILIO_BASE), *args, **kwargs)

    return Loopback()


@contextmanager
def twilio_sync(base_url: str) -> Iterator[SyncCall]:
    from twilio.http.http_client import TwilioHttpClient
    from twilio.rest import Client

    workflows = (
        Client(*AUTH, http_client=_loopback(TwilioHttpClient, base_url))
        .taskrouter.v1.workspaces(WORKSPACE_SID)
        .workflows
    )
    yield lambda: workflows.create(**REQUEST_FIELDS)  # its keyword names are the SDK's


@asynccontextmanager
async def twilio_async(base_url: str) -> AsyncIterator[AsyncCall]:
    from twilio.http.async_http_client import AsyncTwilioHttpClient
    from twilio.rest import Client

    http_client = _loopback(AsyncTwilioHttpClient, base_url)
    workflows = Client(*AUTH, http_client=http_client).taskrouter.v1.workspaces(WORKSPACE_SID).workflows
    try:
        yield lambda: workflows.create_async(**REQUEST_FIELDS)
    finally:
        await http_client.close()


@asynccontextmanager
async def twilio_async_bounded(base_url: str) -> AsyncIterator[AsyncCall]:
    """twilio-python's async create bounded as this client's calls are by default (60 s). Its async
    client sets no timeout on a request (``AsyncTwilioHttpClient(timeout=...)`` is not passed to
    aiohttp; resource methods pass ``timeout=None``), so a caller bounds it with asyncio.timeout."""
    async with twilio_async(base_url) as create:

        async def call() -> object:
            async with asyncio.timeout(60):
                return await create()

        yield call


SYNC_CLIENTS: dict[str, Callable[[str], AbstractContextManager[SyncCall]]] = {
    "httpx_sync": httpx_sync,
    "ours_sync": ours_sync,
    "twilio_sync": twilio_sync,
}
ASYNC_CLIENTS: dict[str, Callable[[str], AbstractAsyncContextManager[AsyncCall]]] = {
    "httpx_async": httpx_async,
    "httpx_aiohttp": httpx_aiohttp,
    "ours_async": ours_async,
    "ours_aiohttp": ours_aiohttp,
    "twilio_async": twilio_async,
    "ours_aiohttp_unbounded": ours_aiohttp_unbounded,
    "twilio_async_bounded": twilio_async_bounded,
}


def _run_sync(call: SyncCall, count: int) -> None:
    for _ in range(count):
        call()


async def _run_async(call: AsyncCall, count: int, concurrency: int) -> None:
    """``count`` calls by ``concurrency`` workers, each starting a call as soon as its last one ends."""
    left = count

    async def worker() -> None:
        nonlocal left
        while left > 0:
            left -= 1
            await call()

    await asyncio.gather(*(worker() for _ in range(concurrency)))


def measure(name: str, base_url: str, count: int, concurrency: int) -> dict[str, float]:
    """req/s and CPU seconds per call of ``count`` creates after a warm-up, and this process's peak RSS
    (``requests_sent`` counts the warm-up too)."""
    warm_up = max(50, count // 10)

    def timed(run: Callable[[int], None]) -> dict[str, float]:
        run(warm_up)
        wall, cpu = time.perf_counter(), time.process_time()
        run(count)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        return {"requests_per_s": count / wall, "cpu_per_call_s": cpu / count, "requests_sent": warm_up + count}

    if name in SYNC_CLIENTS:
        with SYNC_CLIENTS[name](base_url) as call:
            figures = timed(lambda n: _run_sync(call, n))
    else:
        with asyncio.Runner() as runner:  # one event loop for the client's whole life
            manager = ASYNC_CLIENTS[name](base_url)
            acall = runner.run(manager.__aenter__())
            try:
                figures = timed(lambda n: runner.run(_run_async(acall, n, concurrency)))
            finally:
                runner.run(manager.__aexit__(None, None, None))
    return figures | {"peak_rss_mib": _status_mib("VmHWM")}


def _status_mib(field: str) -> float:
    """A memory figure of this process from /proc/self/status: ``VmRSS`` now, ``VmHWM`` at its peak.
    (Not ``ru_maxrss``: Linux carries it over from the parent across fork and exec.)"""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024  # kB
    raise RuntimeError(f"no {field} in /proc/self/status")


def growth(base_url: str, count: int, warm_up: int = 500) -> dict[str, float]:
    """Resident memory this client gains over ``count`` sync creates, after ``warm_up`` of them."""
    with ours_sync(base_url) as call:
        _run_sync(call, warm_up)
        before = _status_mib("VmRSS")
        _run_sync(call, count)
        after = _status_mib("VmRSS")
    return {"calls": float(count), "rss_before_mib": before, "rss_after_mib": after, "growth_mib": after - before}


if __name__ == "__main__":
    mode, url, *numbers = sys.argv[1:]
    result = growth(url, int(numbers[0])) if mode == "growth" else measure(mode, url, *map(int, numbers))
    print(json.dumps(result))
