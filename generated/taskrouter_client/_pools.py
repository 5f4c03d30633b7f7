"""Pools: the httpx clients a :class:`~.client.Client` sends through, one for sync calls and one
per event loop for async calls, built on first use, counted while calls run on them, closed when
the client closes and their last call has ended, and forgotten by a forked child. Copied from
templates/runtime/_pools.py by `make generate`; do not edit the generated copy."""

import gc
import os
import sys
import threading
import weakref
from collections.abc import AsyncGenerator, Callable
from typing import Generic, TypeVar

import httpx

H = TypeVar("H", httpx.Client, httpx.AsyncClient)


def loop_key() -> object:
    """The running event loop (asyncio's loop, trio's token), or None outside one. Neither is
    imported here: a loop runs only where its library was imported (so importing this module
    does not cost asyncio's import)."""
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None:
        try:
            return asyncio.get_running_loop()
        except RuntimeError:
            pass
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            return trio.lowlevel.current_trio_token()
        except RuntimeError:
            pass
    return None


def _loop_closed(key: object) -> bool:
    is_closed = getattr(key, "is_closed", None)  # asyncio's loops; trio's tokens have none
    return bool(is_closed is not None and is_closed())


class Pool(Generic[H]):
    """One httpx client and the number of calls running on it. A retired pool (its client was
    closed while calls ran) takes no new call and is closed by the last one to end."""

    __slots__ = ("calls", "http", "retired")

    def __init__(self, http: H) -> None:
        self.http: H = http
        self.calls = 0
        self.retired = False


# A forked child's copies of its parent's pools: kept, never used and never closed (closing them
# would end the parent's TLS sessions and take its sockets out of an epoll set both share).
_INHERITED: list[object] = []
_ALL: "weakref.WeakSet[Pools]" = weakref.WeakSet()


class Pools:
    """The pools of one client. ``build`` makes the sync httpx client; ``build_async(key)`` the
    async one for the event loop ``key``. Many threads starting at once share one pool."""

    def __init__(self, build: Callable[[], httpx.Client], build_async: Callable[[object], httpx.AsyncClient]) -> None:
        self._build = build
        self._build_async = build_async
        self._forget()
        _ALL.add(self)

    def _forget(self) -> None:
        self._lock = threading.Lock()
        self._sync: Pool[httpx.Client] | None = None
        self._async: dict[object, Pool[httpx.AsyncClient]] = {}
        self._closers: dict[object, AsyncGenerator[None, None]] = {}

    def after_fork(self) -> None:
        """In a forked child: start with no pool and a fresh lock (one held at fork time would
        never be released here)."""
        _INHERITED.extend((self._sync, self._async, self._closers))
        self._forget()

    # --- Sync -------------------------------------------------------------------------------

    def http(self) -> httpx.Client:
        """The sync httpx client, built on first use (for ``get_httpx_client``: not counted)."""
        with self._lock:
            if self._sync is None:
                self._sync = Pool(self._build())
            return self._sync.http

    def acquire(self) -> Pool[httpx.Client]:
        """The sync pool, with one more call counted on it."""
        with self._lock:
            pool = self._sync
            if pool is None:
                pool = self._sync = Pool(self._build())
            pool.calls += 1
            return pool

    def release(self, pool: Pool[httpx.Client]) -> None:
        """A call on ``pool`` has ended: close it if it was retired and this was its last call."""
        with self._lock:
            pool.calls -= 1
            last = pool.retired and pool.calls == 0
        if last:
            pool.http.close()

    def close(self) -> None:
        """Retire the sync pool: closed now, or by the last call still running on it."""
        with self._lock:
            pool, self._sync = self._sync, None
            if pool is None:
                return
            pool.retired = True
            idle = pool.calls == 0
        if idle:
            pool.http.close()

    # --- Async ------------------------------------------------------------------------------

    def async_http(self) -> httpx.AsyncClient:
        """The running loop's async httpx client, built on first use (not counted)."""
        key = loop_key()
        with self._lock:
            pool = self._async.get(key)
            if pool is None:
                pool = self._async[key] = Pool(self._new_async(key))
            return pool.http

    def _new_async(self, key: object) -> httpx.AsyncClient:
        """A new pool for the loop ``key``. Pools of loops closed meanwhile (``loop.close()``
        without shutting down its async generators, which would have closed them) are let go
        first: they cannot be closed from another loop (their sockets belong to the closed one),
        so Python collects them now, which closes their sockets."""
        dead = [found for found in self._async if _loop_closed(found)]
        for other in dead:
            del self._async[other]
            self._closers.pop(other, None)
        if dead:
            gc.collect()  # (rare: only after a loop was closed without its shutdown)
        return self._build_async(key)

    async def aacquire(self) -> Pool[httpx.AsyncClient]:
        """The running loop's pool, with one more call counted on it. A new pool is closed when
        its loop ends (``asyncio.run``, ``trio.run``), as the loop shuts down its async generators."""
        key = loop_key()
        closer = None
        with self._lock:
            pool = self._async.get(key)
            if pool is None:
                pool = self._async[key] = Pool(self._new_async(key))
            pool.calls += 1
            if key is not None and key not in self._closers:
                closer = self._closers[key] = self._close_at_loop_end(key, pool)
        if closer is not None:
            await closer.asend(None)
        return pool

    async def arelease(self, pool: Pool[httpx.AsyncClient]) -> None:
        """The async twin of :meth:`release`."""
        with self._lock:
            pool.calls -= 1
            last = pool.retired and pool.calls == 0
        if last:
            await pool.http.aclose()

    async def aclose(self) -> None:
        """Retire the running loop's pool (closed now, or by the last call still running on it)
        and the sync pool."""
        self.close()
        key = loop_key()
        with self._lock:
            closer = self._closers.pop(key, None)
            pool = self._async.pop(key, None) if closer is None else None
        if closer is not None:
            await closer.aclose()  # (it retires the pool, below)
        elif pool is not None:
            await self._retire(pool)

    async def _close_at_loop_end(self, key: object, pool: Pool[httpx.AsyncClient]) -> AsyncGenerator[None, None]:
        # An async generator: an event loop closes those still open when it shuts down.
        try:
            yield
        finally:
            with self._lock:
                self._closers.pop(key, None)
                if self._async.get(key) is pool:
                    del self._async[key]
            await self._retire(pool)

    async def _retire(self, pool: Pool[httpx.AsyncClient]) -> None:
        with self._lock:
            pool.retired = True
            idle = pool.calls == 0
        if idle:
            await pool.http.aclose()


def _after_fork_in_child() -> None:
    for pools in list(_ALL):
        pools.after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
