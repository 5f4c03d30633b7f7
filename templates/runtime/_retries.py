"""Retries: when a request is sent again (:class:`RetryPolicy`) and the httpx transport that does
it (:class:`RetryTransport`), on every route of every backend. Copied from
templates/runtime/_retries.py by `make generate`; do not edit the generated copy."""

import datetime
import random
import time
from collections.abc import Awaitable, Callable, Mapping

import httpx
from attrs import field, frozen

from . import _logs
from ._config import without_secrets
from ._deadlines import Deadline, aread_whole, cut_timeouts, deadline_of, read_whole
from .errors import ConfigurationError, parse_retry_after, redact_url

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_SERVER_ERROR_STATUSES = frozenset({500, 502, 503, 504})
# Failures of a request that never left: sending it again cannot repeat anything.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


async def _anyio_sleep(seconds: float) -> None:
    """``anyio.sleep``; anyio is imported on the first wait, not with this module (most programs
    never retry, and importing anyio is a noticeable part of this package's import time)."""
    import anyio

    await anyio.sleep(seconds)


@frozen
class RetryEvent:
    """What ``RetryPolicy.on_retry`` is told before a request is sent again: which retry this is
    (``attempt``, 1 for the first), why (``reason``: ``"HTTP 503"`` or the exception's type name,
    with ``status`` or ``error``), the wait chosen in seconds (``delay``), and the request, its
    credentials kept out: ``method``, ``url`` (no user or password) and ``headers`` (no
    ``Authorization``, ``Cookie`` or ``Proxy-Authorization``)."""

    attempt: int
    reason: str
    delay: float
    method: str
    url: str
    headers: dict[str, str]
    status: int | None = None
    error: str | None = None


@frozen
class RetryPolicy:
    """When and how long the client waits to send a request again.

    Retried by default, for every method: a ``429`` (nothing was processed; ``Retry-After`` is
    honoured, in seconds or as an HTTP date, up to ``max_retry_after``) and a connection that
    failed before the request was sent (connect error, connect or pool timeout).

    Not retried by default for POST (a create): a 5xx and a failure after the request was sent
    (read timeout, broken connection), because Twilio has no idempotency key and the first
    attempt may have created the Workflow. ``retry_unsafe=True`` opts in to those too.
    Idempotent methods (GET, PUT, DELETE, ...) retry them always.

    Waits grow as ``backoff_base * 2**attempt`` up to ``backoff_max``, with full jitter.
    ``max_retries=0`` turns retries off: at most ``max_retries + 1`` requests reach the server
    for one call, on every backend.

    ``deadline``: seconds a whole call may take, every attempt and wait included (``None``: no
    bound). A retry whose wait would end past it is not made; each attempt's timeouts are cut
    to the time left. A call's ``timeout=`` in seconds is a tighter deadline for that call.

    ``sleep`` / ``async_sleep``: how the waits are spent (``time.sleep``; ``anyio.sleep``, which
    runs under asyncio and trio alike).

    ``on_retry``: called with a :class:`RetryEvent` before each wait, for metrics; an async call
    awaits ``on_retry_async`` instead when it is given. A hook that raises is logged and the call
    goes on.
    """

    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 20.0
    max_retry_after: float = 60.0
    retry_unsafe: bool = False
    deadline: float | None = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, eq=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_anyio_sleep, repr=False, eq=False)
    on_retry: Callable[[RetryEvent], None] | None = field(default=None, repr=False, eq=False)
    on_retry_async: Callable[[RetryEvent], Awaitable[None]] | None = field(default=None, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if self.max_retries < 0:
            raise ConfigurationError(f"max_retries must be 0 or more, got {self.max_retries}")
        if self.backoff_base < 0 or self.backoff_max < 0 or self.max_retry_after < 0:
            raise ConfigurationError("backoff_base, backoff_max and max_retry_after must not be negative")
        if self.deadline is not None and not self.deadline > 0:
            raise ConfigurationError(f"deadline must be None or more than 0 seconds, got {self.deadline}")

    def _unsafe_allowed(self, method: str) -> bool:
        return self.retry_unsafe or method.upper() in _IDEMPOTENT_METHODS

    def retries_status(self, method: str, status_code: int) -> bool:
        """Whether an answer with this status is sent again (retries left permitting)."""
        if status_code == 429:
            return True
        return status_code in _SERVER_ERROR_STATUSES and self._unsafe_allowed(method)

    def retries_error(self, method: str, error: httpx.TransportError) -> bool:
        """Whether a failed attempt is sent again: always when the request never left."""
        return isinstance(error, _NEVER_SENT) or self._unsafe_allowed(method)

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (0-based)."""
        if response is not None:
            asked = parse_retry_after(response.headers.get("Retry-After"))
            if asked is not None:
                return min(asked, self.max_retry_after)
        return random.uniform(0.0, min(self.backoff_max, self.backoff_base * (2**attempt)))


def _cut(request: httpx.Request, timeouts: Mapping[str, float | None] | None, deadline: Deadline, sent: bool) -> None:
    """Cut the attempt's timeouts to the call's time left. A retry whose wait overran the
    deadline (the policy leaves no wait that ends past it, but a sleep can run late) is not
    sent, and the error says whether an earlier attempt was (``sent``)."""
    try:
        cut_timeouts(request, timeouts, deadline)
    except httpx.PoolTimeout:
        if not sent:
            raise
        raise httpx.ReadTimeout(
            "the call's deadline passed before it could be sent again (an earlier attempt was sent)",
            request=request,
        ) from None


def _told(hook: Callable[[RetryEvent], None], event: RetryEvent) -> None:
    try:
        hook(event)
    except Exception:
        _logs.logger.warning("the on_retry hook failed; the call goes on", exc_info=True)


async def _atold(hook: Callable[[RetryEvent], Awaitable[None]], event: RetryEvent) -> None:
    try:
        await hook(event)
    except Exception:
        _logs.logger.warning("the on_retry_async hook failed; the call goes on", exc_info=True)


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport that sends again what ``policy`` says is safe to send again.

    It wraps a transport that really sends (``transport`` for sync clients, ``async_transport``
    for async ones), below auth, so each attempt carries the same request, headers and body.
    The client wraps every transport of its httpx clients with one (the default, proxies', mounts',
    a transport of yours). For a call of the client's own (a request carrying its
    :class:`~._deadlines.Deadline`), each attempt's timeouts are cut to the time left and the answer
    is read whole inside the attempt: a body that breaks off is a failed attempt like any other.
    """

    def __init__(
        self,
        policy: RetryPolicy,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        *,
        proxy_authorizations: tuple[str, ...] = (),
    ) -> None:
        self.policy = policy
        self._transport = transport
        self._async_transport = async_transport
        # (the credentials of the proxy under it, which no request here carries: kept out of logs)
        self._proxy_authorizations = proxy_authorizations

    def _policy(self, deadline: Deadline | None) -> RetryPolicy:
        """The call's own policy (``with_options``, a call's ``retry=``), else this transport's."""
        if deadline is not None and isinstance(deadline.retry, RetryPolicy):
            return deadline.retry
        return self.policy

    def _wait(
        self,
        policy: RetryPolicy,
        request: httpx.Request,
        attempt: int,
        deadline: Deadline | None,
        found: httpx.Response | Exception,
    ) -> RetryEvent | str | None:
        """The retry to make (its wait in ``delay``); or None to stop here, or, when the policy
        would retry but the wait would end past the call's deadline, why it would have."""
        if attempt >= policy.max_retries:
            return None
        status = error = None
        if isinstance(found, httpx.Response):
            if not policy.retries_status(request.method, found.status_code):
                return None
            wait, status, why = policy.delay(attempt, found), found.status_code, f"HTTP {found.status_code}"
        else:
            if not isinstance(found, httpx.TransportError) or not policy.retries_error(request.method, found):
                return None
            wait, error = policy.delay(attempt), type(found).__name__
            why = error
        left = deadline.left() if deadline is not None else None
        if left is not None and wait >= left:
            return why
        url = redact_url(str(request.url))
        return RetryEvent(attempt + 1, why, wait, request.method, url, without_secrets(request.headers), status, error)

    def _log(
        self,
        policy: RetryPolicy,
        request: httpx.Request,
        attempt: int,
        start: float,
        found: httpx.Response | None,
        error: BaseException | None,
        decision: RetryEvent | str | None,
    ) -> None:
        """The attempt's records (its line, then its retry's or why there is none)."""
        seconds = time.perf_counter() - start
        proxies = self._proxy_authorizations
        _logs.attempt(request, found, error, attempt + 1, policy.max_retries + 1, seconds, proxies)
        if isinstance(decision, RetryEvent):
            _logs.retrying(request, decision.reason, decision.attempt, policy.max_retries, decision.delay, proxies)
        elif decision is not None:
            _logs.not_retrying(request, decision, proxies)

    def _cut(
        self, request: httpx.Request, timeouts: Mapping[str, float | None] | None, deadline: Deadline, sent: bool
    ) -> None:
        """:func:`_cut`, and the record of a retry the deadline stopped after its wait."""
        try:
            _cut(request, timeouts, deadline, sent)
        except httpx.TimeoutException:
            if _logs.enabled():
                _logs.not_sent(request, self._proxy_authorizations)
            raise

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            raise httpx.UnsupportedProtocol("this transport serves async clients only", request=request)
        deadline = deadline_of(request)
        policy = self._policy(deadline)
        timeouts = request.extensions.get("timeout")
        attempt, sent = 0, False
        while True:
            if deadline is not None:
                self._cut(request, timeouts, deadline, sent)
            start = time.perf_counter()
            response = None
            try:
                response = self._transport.handle_request(request)
                retry = self._wait(policy, request, attempt, deadline, response)
                if not isinstance(retry, RetryEvent):
                    if deadline is not None:
                        read_whole(request, response, deadline)
                        response.elapsed = datetime.timedelta(seconds=time.perf_counter() - start)
                    if _logs.enabled():
                        self._log(policy, request, attempt, start, response, None, retry)
                    return response
                if _logs.enabled():  # (a retried answer's body is not read: that would spend the call's time)
                    self._log(policy, request, attempt, start, response, None, retry)
                response.close()
                sent = True
            except httpx.TransportError as error:
                if response is not None:
                    response.close()
                sent = sent or response is not None or not isinstance(error, _NEVER_SENT)
                retry = self._wait(policy, request, attempt, deadline, error)
                if _logs.enabled():
                    self._log(policy, request, attempt, start, response, error, retry)
                if not isinstance(retry, RetryEvent):
                    raise
            except BaseException as error:  # not a failure of the request's: told, and raised
                if _logs.enabled():
                    self._log(policy, request, attempt, start, response, error, None)
                raise
            if policy.on_retry is not None:
                _told(policy.on_retry, retry)
            policy.sleep(retry.delay)
            attempt += 1

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async_transport is None:
            raise httpx.UnsupportedProtocol("this transport serves sync clients only", request=request)
        deadline = deadline_of(request)
        policy = self._policy(deadline)
        timeouts = request.extensions.get("timeout")
        attempt, sent = 0, False
        while True:
            if deadline is not None:
                self._cut(request, timeouts, deadline, sent)
            start = time.perf_counter()
            response = None
            try:
                response = await self._async_transport.handle_async_request(request)
                retry = self._wait(policy, request, attempt, deadline, response)
                if not isinstance(retry, RetryEvent):
                    if deadline is not None:
                        await aread_whole(request, response, deadline)
                        response.elapsed = datetime.timedelta(seconds=time.perf_counter() - start)
                    if _logs.enabled():
                        self._log(policy, request, attempt, start, response, None, retry)
                    return response
                if _logs.enabled():
                    self._log(policy, request, attempt, start, response, None, retry)
                await response.aclose()
                sent = True
            except httpx.TransportError as error:
                if response is not None:
                    await response.aclose()
                sent = sent or response is not None or not isinstance(error, _NEVER_SENT)
                retry = self._wait(policy, request, attempt, deadline, error)
                if _logs.enabled():
                    self._log(policy, request, attempt, start, response, error, retry)
                if not isinstance(retry, RetryEvent):
                    raise
            except BaseException as error:  # cancelled, or not a failure of the request's: told, and raised
                if _logs.enabled():
                    self._log(policy, request, attempt, start, response, error, None)
                raise
            if policy.on_retry_async is not None:
                await _atold(policy.on_retry_async, retry)
            elif policy.on_retry is not None:
                _told(policy.on_retry, retry)
            await policy.async_sleep(retry.delay)
            attempt += 1

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    async def aclose(self) -> None:
        if self._async_transport is not None:
            await self._async_transport.aclose()
