"""Deadlines: the time a whole call may take, every attempt, retry wait and body read included.
Copied from templates/runtime/_deadlines.py by `make generate`; do not edit the generated copy.

A call of the client's own carries one request extension, :data:`CALL`, holding its
:class:`Deadline`. The retrying transport reads it to cut each attempt's timeouts to the time left
and to read the answer whole within the attempt, bounded by the deadline; the aiohttp transport
reads it to bound its own reads. A request without it (one a user sends through
``get_httpx_client()`` themselves) is retried by the policy alone and its answer left unread.
"""

import time
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx

CALL = "taskrouter_client.deadline"
"""The request extension holding the call's :class:`Deadline`."""


class Deadline:
    """When a call must have ended, on ``time.monotonic()``'s clock (``at`` None: no bound), and
    the call's retry policy (``retry``; None: the retrying transport's own), which a client made by
    ``with_options`` or a call's ``retry=`` sets on pools it shares."""

    __slots__ = ("at", "retry")

    def __init__(self, seconds: float | None, retry: Any = None) -> None:
        self.at: float | None = None if seconds is None else time.monotonic() + seconds
        self.retry = retry

    def left(self) -> float | None:
        """Seconds left (0 or less once passed), or None for no bound."""
        return None if self.at is None else self.at - time.monotonic()

    def __repr__(self) -> str:
        left = self.left()
        return "Deadline(None)" if left is None else f"Deadline({left:.3f}s left)"


def deadline_of(request: httpx.Request) -> Deadline | None:
    """The deadline of a call of the client's own, or None for any other request."""
    found = request.extensions.get(CALL)
    return found if isinstance(found, Deadline) else None


def cut_timeouts(request: httpx.Request, timeouts: Mapping[str, float | None] | None, deadline: Deadline) -> None:
    """Cut each of an attempt's timeouts (connect, read, write, pool) to the call's time left;
    raise PoolTimeout (nothing was sent) when none is left."""
    left = deadline.left()
    if left is None or timeouts is None:
        return
    if left <= 0:
        raise httpx.PoolTimeout("the call's deadline has passed", request=request)
    if all(value is not None and value <= left for value in timeouts.values()):
        if request.extensions["timeout"] is not timeouts:  # cut on an earlier attempt
            request.extensions["timeout"] = timeouts
        return
    request.extensions["timeout"] = {
        name: left if value is None else min(value, left) for name, value in timeouts.items()
    }


class DeadlineStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An answer's body that ends in ReadTimeout once the call's deadline has passed: each read
    is bounded by the read timeout, and this bounds the reads together (a body trickling in)."""

    def __init__(self, stream: Any, at: float, request: httpx.Request) -> None:
        self._stream = stream
        self._at = at
        self._request = request

    def _check(self) -> None:
        if time.monotonic() > self._at:
            raise httpx.ReadTimeout("the call's deadline passed while its answer was read", request=self._request)

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self._check()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            self._check()
            yield chunk

    def close(self) -> None:
        self._stream.close()

    async def aclose(self) -> None:
        await self._stream.aclose()


def read_whole(request: httpx.Request, response: httpx.Response, deadline: Deadline) -> None:
    """Read the answer's body now, each chunk within the call's deadline: a body that breaks off
    or runs past the deadline is a failed attempt, inside the retry loop."""
    if deadline.at is not None:
        response.stream = DeadlineStream(response.stream, deadline.at, request)
    response.read()


async def aread_whole(request: httpx.Request, response: httpx.Response, deadline: Deadline) -> None:
    """The async twin of :func:`read_whole`."""
    if deadline.at is not None:
        response.stream = DeadlineStream(response.stream, deadline.at, request)
    await response.aread()
