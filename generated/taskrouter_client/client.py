"""Clients for the TaskRouter API. Copied from templates/runtime/client.py by `make generate`; do not edit the generated copy."""

import datetime
import ipaddress
import logging
import os
import platform
import random
import re
import ssl
import sys
import threading
import time
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Self, TypeVar, cast

import httpx
from attrs import define, evolve, field, fields, frozen
from httpx._client import ClientState

from ._provenance import PACKAGE_VERSION as __version__
from .errors import (
    ConfigurationError,
    InvalidRequestError,
    NetworkError,
    RequestTimeoutError,
    parse_retry_after,
    redact_url,
)

logger: logging.Logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)

DEFAULT_BASE_URL = "https://taskrouter.twilio.com"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""5 s to connect, 30 s for each read, write and pool wait. The official SDK waits forever."""

USER_AGENT = (
    f"taskrouter-client/{__version__} (Python {platform.python_version()}; "
    f"{platform.system() or 'unknown'} {platform.machine() or 'unknown'}) httpx/{httpx.__version__}"
)
DEFAULT_HEADERS = {"Accept": "application/json", "User-Agent": USER_AGENT}

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_SERVER_ERROR_STATUSES = frozenset({500, 502, 503, 504})


def base_url_for(region: str | None = None, edge: str | None = None) -> str:
    """The TaskRouter base URL for a region and edge: ``taskrouter.{edge}.{region}.twilio.com``;
    a region alone gives ``taskrouter.{region}.twilio.com``, an edge alone implies region us1."""
    for name, value in (("region", region), ("edge", edge)):
        if value is not None and not re.fullmatch(r"[A-Za-z0-9-]+", value):
            raise ConfigurationError(f"{name} must be letters, digits and '-', got {value!r}")
    if edge and not region:
        region = "us1"
    host = ".".join(part for part in ("taskrouter", edge, region, "twilio.com") if part)
    return f"https://{host}"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_HOST_NAME = re.compile(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.?")


def _is_host(host: str) -> bool:
    if _HOST_NAME.fullmatch(host):
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def check_base_url(url: str) -> str:
    """``url`` if it is HTTPS, or plain HTTP to ``localhost`` or a loopback address (a local
    stand-in), with a valid host and no path, query or fragment (the endpoints' paths start with
    ``/v1/``); raises ConfigurationError for anything else, so credentials never travel in clear
    text and never go to a host nobody meant."""
    try:
        parsed = httpx.URL(url) if url.isprintable() and not any(c.isspace() for c in url) else None
    except httpx.InvalidURL:
        parsed = None
    if parsed is None or not _is_host(parsed.host):
        raise ConfigurationError(f"base_url must be a valid https:// URL, got {redact_url(url)!r}")
    if parsed.path not in ("", "/") or parsed.query or parsed.fragment:
        raise ConfigurationError(f"base_url must have no path, query or fragment, got {redact_url(url)!r}")
    if parsed.scheme == "https" or (parsed.scheme == "http" and _is_loopback(parsed.host)):
        return url
    raise ConfigurationError(
        f"base_url must be https:// (or http:// to localhost for a local stand-in), got {redact_url(url)!r}"
    )


async def _anyio_sleep(seconds: float) -> None:
    """``anyio.sleep``; anyio is imported on the first wait, not with this module (most programs
    never retry, and importing anyio is a noticeable part of this package's import time)."""
    import anyio

    await anyio.sleep(seconds)


DEADLINE_EXTENSION = "taskrouter.deadline"
"""The request extension holding the ``time.monotonic()`` by which a call must end."""
WHOLE_BODY_EXTENSION = "taskrouter.whole_body"
"""The request extension saying that the caller reads the whole answer at once: the aiohttp
transport then reads it in one go instead of handing back a stream of chunks."""


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
    ``max_retries=0`` turns retries off.

    ``deadline``: seconds a whole call may take, every attempt and wait included (``None``: no
    bound). A retry whose wait would end past it is not made; each attempt's timeouts are cut
    to the time left. A call's ``timeout=`` in seconds is a tighter deadline for that call.

    ``sleep`` / ``async_sleep``: how the waits are spent (``time.sleep``; ``anyio.sleep``, which
    runs under asyncio and trio alike).
    """

    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 20.0
    max_retry_after: float = 60.0
    retry_unsafe: bool = False
    deadline: float | None = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, eq=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_anyio_sleep, repr=False, eq=False)

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
        if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
            return True
        return self._unsafe_allowed(method)

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (0-based)."""
        if response is not None:
            asked = parse_retry_after(response.headers.get("Retry-After"))
            if asked is not None:
                return min(asked, self.max_retry_after)
        return random.uniform(0.0, min(self.backoff_max, self.backoff_base * (2**attempt)))


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport that sends again what ``policy`` says is safe to send again.

    It wraps a transport that really sends (``transport`` for sync clients, ``async_transport``
    for async ones), below auth, so each attempt carries the same request, headers and body.
    The client wraps every transport of its httpx clients (the default one, proxies, mounts).
    """

    def __init__(
        self,
        policy: RetryPolicy,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.policy = policy
        self._transport = transport
        self._async_transport = async_transport
        self._closed = False

    def _wait(
        self, request: httpx.Request, attempt: int, response: httpx.Response | None, error: Exception | None
    ) -> float | None:
        """Seconds to wait before sending again, or None to stop here."""
        policy = self.policy
        if attempt >= policy.max_retries:
            return None
        if response is not None:
            if not policy.retries_status(request.method, response.status_code):
                return None
            wait, why = policy.delay(attempt, response), f"HTTP {response.status_code}"
        else:
            if not isinstance(error, httpx.TransportError) or not policy.retries_error(request.method, error):
                return None
            wait, why = policy.delay(attempt), type(error).__name__
        left = _time_left(request)
        if left is not None and wait >= left:
            logger.info(
                "not retrying %s %s after %s: the call's deadline comes first",
                request.method,
                redact_url(str(request.url)),
                why,
            )
            return None
        logger.info(
            "retrying %s %s after %s (retry %d of %d, waiting %.2fs)",
            request.method,
            redact_url(str(request.url)),
            why,
            attempt + 1,
            policy.max_retries,
            wait,
        )
        return wait

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            raise RuntimeError("RetryTransport has no sync transport")
        timeouts = request.extensions.get("timeout")
        whole = request.extensions.get(_READ_BY_TRANSPORT)
        attempt = 0
        while True:
            if attempt:
                self._check_open()
            _cut_timeouts(request, timeouts)
            try:
                response = self._transport.handle_request(request)
                wait = self._wait(request, attempt, response, None)
                if wait is None:
                    # read whole here, a body that breaks off is a failed attempt like any other
                    return _read_whole(request, response, whole) if whole else _bounded(request, response)
                response.close()
            except httpx.TransportError as error:
                wait = self._wait(request, attempt, None, error)
                if wait is None:
                    raise
            self.policy.sleep(wait)
            attempt += 1

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async_transport is None:
            raise RuntimeError("RetryTransport has no async transport")
        timeouts = request.extensions.get("timeout")
        whole = request.extensions.get(_READ_BY_TRANSPORT)
        attempt = 0
        while True:
            if attempt:
                self._check_open()
            _cut_timeouts(request, timeouts)
            try:
                response = await self._async_transport.handle_async_request(request)
                wait = self._wait(request, attempt, response, None)
                if wait is None:
                    if not whole or _read_already(response):
                        return _bounded(request, response)
                    if isinstance(response.stream, httpx.ByteStream):  # bytes already (aiohttp)
                        return _handed_over(response, b"".join(response.stream), whole)
                    return await _aread_whole(request, response, whole)
                await response.aclose()
            except httpx.TransportError as error:
                wait = self._wait(request, attempt, None, error)
                if wait is None:
                    raise
            await self.policy.async_sleep(wait)
            attempt += 1

    def _check_open(self) -> None:
        """Before sending again: a transport closed meanwhile (the client's close() or aclose()
        from elsewhere) sends nothing more; the client sends the call on a new pool instead."""
        if self._closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")

    def close(self) -> None:
        self._closed = True
        if self._transport is not None:
            self._transport.close()

    async def aclose(self) -> None:
        self._closed = True
        if self._async_transport is not None:
            await self._async_transport.aclose()


class _DeadlineStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An answer's body that ends in ReadTimeout once the call's deadline has passed: each read
    is bounded by the read timeout, and this bounds the reads together (a body trickling in)."""

    def __init__(self, stream: Any, deadline: float, request: httpx.Request) -> None:
        self._stream = stream
        self._deadline = deadline
        self._request = request

    def _check(self) -> None:
        if time.monotonic() > self._deadline:
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


def _bounded(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """``response`` with its body bounded by the call's deadline (a body already read is not)."""
    deadline = request.extensions.get(DEADLINE_EXTENSION)
    if deadline is not None and not isinstance(response.stream, httpx.ByteStream):
        response.stream = _DeadlineStream(response.stream, float(deadline), request)
    return response


def _read_already(response: httpx.Response) -> bool:
    """Whether the answer's body was read (or streamed) before the retrying transport saw it: by a
    transport of the user's that reads it (a logging wrapper, a mock); it is left as it is."""
    return hasattr(response, "_content") or response.is_stream_consumed


def _read_whole(request: httpx.Request, response: httpx.Response, how: object) -> httpx.Response:
    """``response`` with its body read now, for a caller that reads it whole anyway (the client's
    ``request``/``arequest``): each chunk bounded by the call's deadline as
    :class:`_DeadlineStream` bounds it, then handed over as :func:`_handed_over` says."""
    if _read_already(response):
        return _bounded(request, response)
    stream = response.stream
    if isinstance(stream, httpx.ByteStream):
        return _handed_over(response, b"".join(stream), how)
    if not isinstance(stream, httpx.SyncByteStream):
        raise RuntimeError("Attempted to call a sync iterator on an async stream.")  # as httpx says
    deadline = request.extensions.get(DEADLINE_EXTENSION)
    try:
        body = b"".join(_DeadlineStream(stream, float(deadline), request) if deadline is not None else stream)
    finally:
        stream.close()
    return _handed_over(response, body, how)


async def _aread_whole(request: httpx.Request, response: httpx.Response, how: object) -> httpx.Response:
    """The async twin of :func:`_read_whole` (for a stream not read yet)."""
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):
        raise RuntimeError("Attempted to call an async iterator on a sync stream.")  # as httpx says
    deadline = request.extensions.get(DEADLINE_EXTENSION)
    try:
        bounded = _DeadlineStream(stream, float(deadline), request) if deadline is not None else stream
        body = b"".join([chunk async for chunk in bounded])
    finally:
        await stream.aclose()
    return _handed_over(response, body, how)


def _handed_over(response: httpx.Response, body: bytes, how: object) -> httpx.Response:
    """``response`` holding ``body`` as bytes httpx reads (and decodes) on ``read()``; for the
    short way (``how`` is ``_AS_READ``) and nothing to decode (no ``Content-Encoding``), already
    read, as httpx's ``read()`` leaves it, without its chunk loop and decoder set-up."""
    response.stream = httpx.ByteStream(body)
    if how is _AS_READ:
        for _, lower, _ in response.headers._list:
            if lower == b"content-encoding":
                return response
        response._content = body
        response._num_bytes_downloaded = len(body)
        response.is_stream_consumed = response.is_closed = True
    return response


def _time_left(request: httpx.Request) -> float | None:
    deadline = request.extensions.get(DEADLINE_EXTENSION)
    return None if deadline is None else float(deadline) - time.monotonic()


def _cut_timeouts(request: httpx.Request, timeouts: Mapping[str, float | None] | None) -> None:
    """Cut each of the attempt's timeouts (connect, read, write, pool) to the call's time left."""
    left = _time_left(request)
    if left is None or timeouts is None:
        return
    if left <= 0:
        raise httpx.PoolTimeout("the call's deadline has passed", request=request)
    request.extensions["timeout"] = {
        name: left if value is None else min(value, left) for name, value in timeouts.items()
    }


_httpx_logger = logging.getLogger("httpx")
_FORM_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
# Each byte as urllib.parse.quote_plus writes it: unreserved bytes as they are, a space as "+",
# any other as %XX (upper case).
_FORM_BYTE = [chr(b) if b in _FORM_SAFE else "+" if b == 32 else f"%{b:02X}" for b in range(256)]
_FORM_SAFE_BYTES = bytes(sorted(_FORM_SAFE))
_FORM_CHAR = {chr(b): _FORM_BYTE[b] for b in range(256) if b not in _FORM_SAFE}


# isinstance against a tuple made once: ``str | int`` in a call builds a union object each time.
_FORM_SCALARS = (str, int, float)
_SEQUENCES = (list, tuple)
_NUMBERS = (int, float)
# Form field names as written, by name: the same few (the spec's) call after call; bounded.
_FORM_NAMES: dict[str, str] = {}
_FORM_NAMES_SIZE = 1024


def _form_text(value: object) -> str | None:
    """A form value as httpx writes it (``true``/``false``, ``""`` for None), or None for a
    value of another kind, which httpx's own encoder is left to write."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, _FORM_SCALARS):
        return str(value)
    return None


def _form_body(data: Mapping[Any, Any]) -> bytes | None:
    """``data`` encoded as httpx encodes a form (``urlencode(..., doseq=True)``, byte for byte),
    in half the time, or None when a value is of a kind left to httpx."""
    parts = []
    names = _FORM_NAMES
    for key, value in data.items():
        name = names.get(key) if type(key) is str else None
        if name is None:
            # a bytes key is its bytes already (each one a code point below 256 read as Latin-1)
            name = key.decode("latin-1").translate(_FORM_BYTE) if isinstance(key, bytes) else _form_quote(str(key))
            if type(key) is str:
                if len(names) >= _FORM_NAMES_SIZE:
                    names.clear()
                names[key] = name
        for item in value if isinstance(value, _SEQUENCES) else (value,):
            text = _form_text(item)
            if text is None:
                return None
            parts.append(name + "=" + _form_quote(text))
    return "&".join(parts).encode("ascii")


def _form_quote(text: str) -> str:
    """``text`` as ``quote_plus`` writes it: its UTF-8 bytes, each through ``_FORM_BYTE`` (a byte
    is a code point below 256 once read as Latin-1). ``str.translate`` maps them in C, a character
    at a time; a long text (a JSON document) takes a third less time as one ``str.replace`` per
    distinct character to write ("%" first, the space last, after any "+")."""
    if not text.isascii():
        text = text.encode().decode("latin-1")
    if len(text) < 64:
        return text.translate(_FORM_BYTE)
    written = set(text.encode("latin-1").translate(None, _FORM_SAFE_BYTES).decode("latin-1"))
    if "%" in written:
        text = text.replace("%", "%25")
    for char in written.difference("% "):
        text = text.replace(char, _FORM_CHAR[char])
    return text.replace(" ", "+") if " " in written else text


_PLAIN_ARGS = frozenset({"params", "data", "json", "content", "headers"})
# Whether httpx's methods the short way stands in for (request, send, _send_single_request) are
# httpx's own: when one is wrapped or replaced (tracing and APM agents such as Sentry's and
# ddtrace's wrap send and _send_single_request; tests patch request), calls take httpx's own path,
# so the wrapper runs.
_STOCK_TRIOS: dict[tuple[int, int, int], tuple[tuple[object, object, object], bool]] = {}
_STOCK_NAMES = frozenset({"request", "send", "_send_single_request"})


def _stock_methods(cls: type[httpx.Client] | type[httpx.AsyncClient]) -> bool:
    """Whether the methods of ``cls`` the short way stands in for are httpx's own, remembered
    per trio of functions by identity: a method replaced or wrapped later is another key (a
    ``wrapt`` wrapper, as ddtrace's, compares and hashes equal to the function it wraps)."""
    functions = (cls.request, cls.send, cls._send_single_request)
    key = (id(functions[0]), id(functions[1]), id(functions[2]))
    found = _STOCK_TRIOS.get(key)
    if (
        found is not None
        and found[0][0] is functions[0]
        and found[0][1] is functions[1]
        and found[0][2] is functions[2]
    ):
        return found[1]
    stock = all(_is_stock(function) for function in functions)
    if len(_STOCK_TRIOS) < 64:
        _STOCK_TRIOS[key] = (functions, stock)  # (the functions kept: their ids are not reused)
    return stock


def _is_stock(function: object) -> bool:
    """Whether ``function`` is httpx's own, neither wrapped nor replaced (:func:`_stock_methods`
    remembers the answer)."""
    code = getattr(function, "__code__", None)
    client_module = sys.modules.get("httpx._client")
    return (
        not hasattr(function, "__wrapped__")
        and getattr(function, "__module__", None) == "httpx._client"
        and code is not None
        and client_module is not None
        and code.co_filename == client_module.__file__
    )


_URL_MEMO_SIZE = 256


def _plain_request(
    http: "_Pool | _AsyncPool",
    method: str,
    url: str,
    timeout: Any,
    extensions: dict[str, Any] | None,
    kwargs: dict[str, Any],
) -> httpx.Request | None:
    """The request ``http.request(...)`` would send, built with less work, or None when the call
    needs what only httpx's own send path does: event hooks, redirects to follow, a cookie jar,
    auth other than HTTP Basic, client-wide query parameters, per-call cookies or files.

    What it skips: parsing the base URL and the path again on every call (the joined URL is
    remembered per path, a bounded memo), the cookie jar, the auth generator (the Basic header is
    the one httpx.BasicAuth computed once). Like httpx's send, it marks an unopened pool opened."""
    hooks = http.event_hooks
    auth = http.auth
    if (
        hooks["request"]
        or hooks["response"]
        or http.follow_redirects
        or http.params
        or not kwargs.keys() <= _PLAIN_ARGS
        or not (auth is None or isinstance(auth, httpx.BasicAuth))
        or getattr(
            http.cookies.jar, "_cookies", True
        )  # (len() walks the jar in Python; an emptied jar takes httpx's path)
        or not _stock_methods(type(http))
        or not _STOCK_NAMES.isdisjoint(vars(http))
    ):
        return None
    if http.is_closed:
        raise RuntimeError("Cannot send a request, as the client has been closed.")
    if http._state is ClientState.UNOPENED:  # as httpx's send does; never back from CLOSED
        http._state = ClientState.OPENED
    urls = http._urls
    if http._urls_base is not http._base_url:  # base_url set on the pool: the memo is for another
        urls.clear()
        http._urls_base = http._base_url
    found = urls.get(url)
    if found is None:
        if len(urls) >= _URL_MEMO_SIZE:
            urls.clear()
        merged = http._merge_url(url)
        found = urls[url] = (merged, merged.netloc, bool(merged.username or merged.password))
    target, netloc, credentials = found
    if auth is None and credentials:
        return None  # httpx sends a URL's user:password as HTTP Basic
    params = kwargs.pop("params", None)
    if params is not None:  # replacing the URL's own query, as httpx.Request(params=...) does
        target = httpx.URL(target, params=params)
        netloc = target.netloc
    given = kwargs.pop("headers", None)
    raw = _merged_headers(http.headers, given) if given else http.headers.raw
    timeouts = (http.timeout if timeout is httpx.USE_CLIENT_DEFAULT else httpx.Timeout(timeout)).as_dict()
    extensions = {"timeout": timeouts} if extensions is None else {"timeout": timeouts, **extensions}
    if extensions.get(_READ_BY_TRANSPORT) is _AS_BYTES:  # the caller sets the answer's elapsed time
        extensions[_READ_BY_TRANSPORT] = _AS_READ
    wire = _wire_body(kwargs)
    if wire is None:  # a JSON body, or a form value httpx writes itself
        request = httpx.Request(method, target, headers=raw, extensions=extensions, **kwargs)
        if auth is not None:  # last, where httpx.BasicAuth's flow puts it
            request.headers["Authorization"] = auth._auth_header
        return request
    body, defaults = wire
    # The headers in the order httpx.Request puts them: Host (and Content-Length: 0 for a POST,
    # PUT or PATCH without a body) first, then the client's and the call's, then the body's.
    names = {name.lower() for name, _ in raw}
    for name, value in defaults:
        if name.lower() not in names:
            raw.append((name, value))
            names.add(name.lower())
    head = []
    if b"host" not in names and target.host:
        head.append((b"Host", netloc))
    if b"content-length" not in names and b"transfer-encoding" not in names and method.upper() in _BODY_METHODS:
        head.append((b"Content-Length", b"0"))
    raw = head + raw
    if auth is not None:  # as httpx.BasicAuth's flow sets it: in place of one given, else last
        basic = auth._auth_header.encode("ascii")
        raw = (
            _replaced(raw, b"Authorization", basic) if b"authorization" in names else [*raw, (b"Authorization", basic)]
        )
    # What httpx.Request(method, target, stream=httpx.ByteStream(body), extensions=extensions)
    # followed by read() holds, without the constructor's work on what is built already (a copy
    # of the URL, empty headers replaced next, a copy of the extensions).
    request = object.__new__(httpx.Request)
    request.method = method.upper()
    request.url = target
    request.headers = _headers(raw)
    request.extensions = extensions
    request.stream = httpx.ByteStream(body)
    request._content = body
    return request


def _headers(raw: list[tuple[bytes, bytes]] | tuple[tuple[bytes, bytes], ...]) -> httpx.Headers:
    """``httpx.Headers(raw)`` for pairs that are bytes already, without its per-item coercion
    (two calls a header): the same ``(name, lower-cased name, value)`` items."""
    headers = object.__new__(httpx.Headers)  # (its constructor makes two ABC isinstance checks)
    headers._list = [(name, name.lower(), value) for name, value in raw]
    headers._encoding = None
    return headers


def _stream_response(
    status: int, headers: httpx.Headers, stream: httpx.ByteStream, request: httpx.Request, extensions: dict[str, Any]
) -> httpx.Response:
    """``httpx.Response(status, stream=stream, request=request, extensions=extensions)`` given
    headers built already, without the constructor's copies and ABC isinstance checks."""
    response = object.__new__(httpx.Response)
    response.status_code = status
    response.headers = headers
    response._request = request
    response.next_request = None
    response.extensions = extensions
    response.history = []
    response.is_closed = response.is_stream_consumed = False
    response.default_encoding = "utf-8"
    response.stream = stream
    response._num_bytes_downloaded = 0
    return response


def _merged_headers(headers: httpx.Headers, given: Any) -> list[tuple[bytes, bytes]]:
    """``headers`` updated with a call's ``given`` headers, as raw pairs, as httpx.Client's
    ``_merge_headers`` does: each name given drops the client's headers of that name, and the
    given ones come last. A dict of ASCII strings is merged here; anything else by httpx.Headers."""
    if type(given) is dict:
        try:
            pairs = [(name.encode("ascii"), value.encode("ascii")) for name, value in given.items()]
        except (AttributeError, UnicodeEncodeError):
            pass
        else:
            dropped = {name.lower() for name, _ in pairs}
            return [pair for pair in headers.raw if pair[0].lower() not in dropped] + pairs
    merged = httpx.Headers(headers)
    merged.update(given)
    return merged.raw


def _replaced(raw: list[tuple[bytes, bytes]], key: bytes, value: bytes) -> list[tuple[bytes, bytes]]:
    """``raw`` with the header ``key`` set as ``httpx.Headers.__setitem__`` sets it: at the place
    of its first occurrence (the others dropped), or at the end."""
    lower = key.lower()
    places = [index for index, (found, _) in enumerate(raw) if found.lower() == lower]
    if not places:
        return [*raw, (key, value)]
    kept = [item for index, item in enumerate(raw) if index not in places[1:]]
    kept[places[0]] = (key, value)
    return kept


_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Set by Client.request/arequest: RetryTransport reads the final answer whole, inside its retry
# loop (a body that breaks off is a failed attempt), into bytes httpx then reads (_AS_BYTES); the
# short way (_plain_request, for _Pool.call and _AsyncPool.call) asks for it already read
# (_AS_READ), and its calls set the elapsed time themselves, which httpx's own send would not do for an answer it did not read.
_READ_BY_TRANSPORT = "taskrouter_client.read_by_transport"
_AS_BYTES = "bytes"
_AS_READ = "read"
_FORM_TYPE = (b"Content-Type", b"application/x-www-form-urlencoded")


def _wire_body(kwargs: Mapping[str, Any]) -> tuple[bytes, list[tuple[bytes, bytes]]] | None:
    """The body httpx.Request would send for ``content=`` or a form in ``data=``, and the headers
    it would add for it, or None for what is left to httpx (a JSON body, a form value of another
    kind, both content and data)."""
    content, data = kwargs.get("content"), kwargs.get("data")
    if (
        kwargs.get("json") is not None
        or data is not None
        and (content is not None or (type(data) is not dict and not isinstance(data, Mapping)))
    ):
        return None
    if content is not None:
        if isinstance(content, str):
            content = content.encode("utf-8")
        if not isinstance(content, bytes):
            return None
        return content, [(b"Content-Length", str(len(content)).encode())] if content else []
    if data:
        body = _form_body(data)
        if body is None:
            return None
        return body, [(b"Content-Length", str(len(body)).encode()), _FORM_TYPE]
    return b"", []


def _sent(http: "_Pool | _AsyncPool", request: httpx.Request, response: httpx.Response) -> None:
    """What httpx's send does to an answer: its request, its encoding, the cookies it sets (the
    jar is then no longer empty, and later calls take httpx's own path, which sends them back),
    the request a redirect not followed points to, and httpx's own log line."""
    response.request = request
    response.default_encoding = http._default_encoding
    names = [lower for _, lower, _ in response.headers._list]
    if b"set-cookie" in names:
        http.cookies.extract_cookies(response)
    if response.status_code in _REDIRECT_STATUSES and b"location" in names:  # has_redirect_location
        response.next_request = http._build_redirect_request(request, response)
    if _httpx_logger.isEnabledFor(logging.INFO):
        _httpx_logger.info(
            'HTTP Request: %s %s "%s %d %s"',
            request.method,
            request.url,
            response.http_version,
            response.status_code,
            response.reason_phrase,
        )


class _Pool(httpx.Client):
    """The httpx.Client this library builds for its own sync calls: an httpx.Client in every way,
    with :meth:`call`, which sends straight to the transport httpx would pick (proxies, mounts and
    the retrying transport included) when httpx's send would add nothing to the request."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # path: (joined URL, its netloc, whether it holds credentials)
        self._urls: dict[str, tuple[httpx.URL, bytes, bool]] = {}
        self._urls_base: httpx.URL = self._base_url

    def call(
        self, method: str, url: str, *, timeout: Any, extensions: dict[str, Any] | None, **kwargs: Any
    ) -> httpx.Response:
        request = _plain_request(self, method, url, timeout, extensions, kwargs)
        if request is None:
            response = self.request(method, url, timeout=timeout, extensions=extensions, **kwargs)
        else:
            start = time.perf_counter()
            try:
                response = self._transport_for_url(request.url).handle_request(request)
            except httpx.RequestError as exc:
                exc.request = request
                raise
            try:
                _sent(self, request, response)
                response.read()
            except BaseException:
                response.close()
                raise
            response.elapsed = datetime.timedelta(seconds=time.perf_counter() - start)
        if self.is_closed:  # closed meanwhile (from another thread or task)
            _close_again(response)
        return response


def _close_again(response: httpx.Response) -> None:
    """Close the connection of an answer that came on a pool closed while the call was on its
    way (``close()`` from another thread): the pool closed the connections it held, but this
    one was still being made, and would stay open, held by nothing (httpcore's network stream)."""
    stream = response.extensions.get("network_stream")
    if stream is not None:
        stream.close()


async def _aclose_again(response: httpx.Response) -> None:
    """The async twin of :func:`_close_again` (``aclose()`` from another task)."""
    stream = response.extensions.get("network_stream")
    if stream is not None:
        await stream.aclose()


class _AsyncPool(httpx.AsyncClient):
    """The async twin of :class:`_Pool`."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # path: (joined URL, its netloc, whether it holds credentials)
        self._urls: dict[str, tuple[httpx.URL, bytes, bool]] = {}
        self._urls_base: httpx.URL = self._base_url

    async def call(
        self, method: str, url: str, *, timeout: Any, extensions: dict[str, Any] | None, **kwargs: Any
    ) -> httpx.Response:
        request = _plain_request(self, method, url, timeout, extensions, kwargs)
        if request is None:
            response = await self.request(method, url, timeout=timeout, extensions=extensions, **kwargs)
        else:
            start = time.perf_counter()
            try:
                response = await self._transport_for_url(request.url).handle_async_request(request)
            except httpx.RequestError as exc:
                exc.request = request
                raise
            try:
                _sent(self, request, response)
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
            response.elapsed = datetime.timedelta(seconds=time.perf_counter() - start)
        if self.is_closed:  # closed meanwhile (from another thread or task)
            await _aclose_again(response)
        return response


ASYNC_BACKENDS = ("httpx", "aiohttp")
"""What the async client's own transports run on: httpx's (httpcore, the default) or aiohttp's
(the ``aiohttp`` extra: ``pip install 'taskrouter-client[aiohttp]'``), whose pool costs the same per
request at any concurrency."""

_AIOHTTP_MISSING = (
    "async_backend='aiohttp' needs the aiohttp extra: pip install 'taskrouter-client[aiohttp]' "
    "(httpx-aiohttp and aiohttp)"
)
_aiohttp_client_class: type[httpx.AsyncClient] | None = None
# The aiohttp backend's bounds (Watch, Ticker): a bound this many seconds away or more waits with
# the pool's ticker, which looks every _WATCH_TICK seconds; a nearer one has a timer of its own.
_WATCH_NEAR = 5.0
_WATCH_TICK = 1.0
_READ_BUFFER_SIZE = 64 * 1024  # aiohttp's read_bufsize; asyncio reads a plain protocol's data in 256 KiB
_DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)  # httpx's


def _aiohttp_installed() -> bool:
    from importlib.util import find_spec

    return find_spec("aiohttp") is not None and find_spec("httpx_aiohttp") is not None


def _aiohttp_async_client() -> type[httpx.AsyncClient]:
    """An httpx.AsyncClient whose own transports (default and proxies) send through aiohttp;
    aiohttp is imported on the first use of the backend, never before."""
    global _aiohttp_client_class
    if _aiohttp_client_class is None:
        _aiohttp_client_class = _define_aiohttp_client()
    return _aiohttp_client_class


def _define_aiohttp_client() -> type[httpx.AsyncClient]:  # noqa: C901
    try:
        import asyncio
        import base64
        import contextvars
        import functools

        import aiohttp
        import httpx_aiohttp
        import yarl
        from aiohttp.client_proto import ResponseHandler
    except ImportError as exc:
        raise ConfigurationError(_AIOHTTP_MISSING) from exc

    def error_type(exc: BaseException) -> type[httpx.TransportError] | None:
        """httpx's error for an aiohttp failure, saying as httpx would whether the request left:
        only ConnectError and ConnectTimeout (a pool wait included) mean it never did."""
        if isinstance(exc, ConnectorClosed):
            return httpx.ConnectError
        if isinstance(exc, aiohttp.ConnectionTimeoutError):
            return httpx.ConnectTimeout
        if isinstance(exc, aiohttp.ServerTimeoutError | TimeoutError):
            return httpx.ReadTimeout
        if isinstance(exc, aiohttp.ClientProxyConnectionError | aiohttp.ClientHttpProxyError):
            return httpx.ProxyError
        if isinstance(exc, aiohttp.ClientConnectorError):
            return httpx.ConnectError
        if isinstance(exc, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
            return httpx.UnsupportedProtocol
        if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError):
            return httpx.RemoteProtocolError
        if isinstance(exc, aiohttp.ClientError):
            return httpx.ReadError
        return None

    def translated(exc: BaseException, request: httpx.Request) -> BaseException:
        kind = error_type(exc)
        return exc if kind is None else kind(f"{type(exc).__name__}: {exc}", request=request)

    class Ticker:
        """One timer per pool for the far-off bounds of every call in flight: once a second it
        looks at each watch it holds and hands those whose bound is near (under
        ``_WATCH_NEAR`` seconds away) to a timer of their own. A call answered long before its
        bounds (the usual call, under a 60 s deadline) arms no timer of its own: arming one and
        cancelling it cost a heap entry and Python-level comparisons in asyncio's timer heap,
        about a tenth of a call's CPU at 50 concurrent calls (``make bench``)."""

        __slots__ = ("loop", "watches", "_handle", "_context")

        def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
            self.loop = loop
            self.watches: set[Watch] = set()
            self._handle: asyncio.TimerHandle | None = None
            self._context = contextvars.Context()  # the ticks hold no call's context

        def add(self, watch: "Watch") -> None:
            self.watches.add(watch)
            if self._handle is None:
                self._handle = self.loop.call_at(self.loop.time() + _WATCH_TICK, self._tick, context=self._context)

        def _tick(self) -> None:
            now = self.loop.time()
            for watch in list(self.watches):
                watch.tick(now)
            watches = self.watches
            self._handle = self.loop.call_at(now + _WATCH_TICK, self._tick, context=self._context) if watches else None

        def stop(self) -> None:
            if self._handle is not None:
                self._handle.cancel()
                self._handle = None
            self.watches.clear()

    class Watch:
        """The bounds of one attempt read whole (the call's deadline, the read timeout between
        arrivals of data), kept in place of the three timers aiohttp arms for them (its total
        timer, and a read timer armed when the request is sent and armed again on each arrival
        of data) by the pool's :class:`Ticker` while they are far off, then by one timer of the
        attempt's own, at the bound.

        That timer is put back later only when it goes off before a bound is really passed
        (data came meanwhile, or the request was sent late). The read clock is aiohttp's: it
        starts when the request has been sent or data arrives (an answer can come before the body
        is all sent), and each arrival of data moves it on, which :class:`Protocol` reports as it
        happens. When a bound passes, the task is cancelled and the cancellation turned into a
        timeout on the way out, as ``asyncio.timeout`` does."""

        __slots__ = (
            "_loop",
            "_task",
            "_ticker",
            "_cancelling",
            "_deadline",
            "_read",
            "_last",
            "_handle",
            "_when",
            "_ticked",
            "connected",
            "reading",
            "expired",
        )

        def __init__(self, task: asyncio.Task[Any], ticker: Ticker, left: float | None, read: float | None) -> None:
            self._loop = loop = ticker.loop
            self._task = task
            self._ticker = ticker
            self._cancelling = task.cancelling()
            now = loop.time()
            self._deadline = None if left is None else now + left
            self._read = read
            self._last = now
            self.connected = self.reading = self.expired = self._ticked = False
            self._handle: asyncio.TimerHandle | None = None
            self._when: float | None = None
            when = self._deadline if read is None else now + read if left is None else now + min(left, read)
            if when is not None:
                self._arm(when, now)

        def _limit(self) -> float | None:
            """When the attempt must end as things stand (None: no bound runs yet)."""
            if self._read is None or not self.reading:
                return self._deadline
            ends = self._last + self._read
            return ends if self._deadline is None or ends < self._deadline else self._deadline

        def _arm(self, when: float, now: float) -> None:
            """Be woken at ``when``: by the ticker while it is far off, else by a timer."""
            if when - now >= _WATCH_NEAR:
                if not self._ticked:
                    self._ticked = True
                    self._ticker.add(self)
                return
            self._when = when
            self._handle = self._loop.call_at(when, self._fire)

        def tick(self, now: float) -> None:
            """The ticker's look: the bound near now goes to a timer of the attempt's own."""
            limit = self._limit()
            if limit is not None and limit - now < _WATCH_NEAR:
                self._ticked = False
                self._ticker.watches.discard(self)
                if self._handle is None:
                    self._arm(limit, now)

        def _fire(self) -> None:
            self._handle = None
            limit = self._limit()
            if limit is None:
                return  # no bound runs before the read clock starts (pool wait, connect, write)
            now = self._loop.time()
            if now < limit:
                self._arm(limit, now)  # data came meanwhile, or the read clock started late
                return
            self.expired = True
            self._task.cancel()

        def on_sent(self) -> None:
            """The request has been sent (or data arrived first): the read clock starts."""
            self.reading = True
            self._last = now = self._loop.time()
            if self.expired or self._read is None:
                return
            limit = self._limit()
            if limit is None:
                return
            if self._handle is None:
                self._arm(limit, now)
            elif self._when is not None and limit < self._when:  # armed for a later bound (a long pool wait)
                self._handle.cancel()
                self._handle = None
                self._arm(limit, now)

        def on_data(self) -> None:
            """Data arrived: the read clock starts again (the timer is not touched once running)."""
            if self.reading:
                self._last = self._loop.time()
            else:
                self.on_sent()

        def end(self, error: BaseException | None) -> bool:
            """Stop the timer; True when ``error`` is this watch's own cancellation (the caller
            raises the timeout instead), as ``asyncio.timeout`` decides it."""
            if self._handle is not None:
                self._handle.cancel()
                self._handle = None
            if self._ticked:
                self._ticked = False
                self._ticker.watches.discard(self)
            if not self.expired:
                return False
            return self._task.uncancel() <= self._cancelling and isinstance(error, asyncio.CancelledError)

    watching: contextvars.ContextVar[Watch | None] = contextvars.ContextVar("taskrouter_client_watch", default=None)

    class Protocol(ResponseHandler, asyncio.BufferedProtocol):
        """aiohttp's protocol for a connection, telling the :class:`Watch` of the attempt it
        carries (set by :meth:`Connector.connect`) when its request has been sent and when data
        arrives (where aiohttp's own read timer is started and put back).

        Data is read into the loop's one buffer (``buffer``; asyncio reads a buffered protocol's
        data with ``recv_into``) and handed on as bytes of its size: asyncio's own read of a plain
        protocol's data allocates 256 KiB for each arrival, three system calls (``mmap``,
        ``mremap``, ``munmap``) per answer on Linux. One buffer serves every connection of every
        pool of the loop: asyncio fills it and calls :meth:`buffer_updated` at once, in the
        loop's thread, before it reads anything else."""

        watch: Watch | None = None

        def __init__(self, loop: asyncio.AbstractEventLoop, buffer: memoryview) -> None:
            super().__init__(loop)
            self._read_buffer = buffer
            self._forks = _forks  # the process's, as the at-fork hook counts them

        def get_buffer(self, sizehint: int) -> memoryview:
            return self._read_buffer

        def buffer_updated(self, nbytes: int) -> None:
            self.data_received(self._read_buffer[:nbytes].tobytes())

        def start_timeout(self) -> None:  # called by aiohttp once the request is sent
            watch = self.watch  # (set by Connector.connect for each request)
            if watch is not None:
                watch.on_sent()
            super().start_timeout()

        def data_received(self, data: bytes) -> None:
            watch = self.watch
            if watch is not None and data:
                watch.on_data()
            super().data_received(data)

        def close(self) -> None:
            if self._forks != _forks:
                # A connection of the parent's, in a forked child (whose pools, forgotten at fork,
                # aiohttp closes when they are collected): closing its transport would take the
                # socket out of the epoll set the child shares with its parent, whose loop would
                # never hear of that connection's data again. The child's copy closes with it.
                return
            # A connection given up with a request still being written (a timeout, a server that
            # answered without reading the body): drop what is queued, as httpcore does, instead
            # of a close that waits for a write nobody will read (the socket never closed).
            transport = self.transport
            if transport is not None and transport.get_write_buffer_size():
                transport.abort()
            super().close()

        def abort(self) -> None:
            if self._forks == _forks:  # (not a parent's connection in a forked child: see close)
                super().abort()

    buffers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, memoryview] = weakref.WeakKeyDictionary()

    def read_buffer(loop: asyncio.AbstractEventLoop) -> memoryview:
        """The one buffer every pool of ``loop`` reads into (see :class:`Protocol`)."""
        try:
            buffer = buffers.get(loop)
            if buffer is None:
                buffer = buffers[loop] = memoryview(bytearray(_READ_BUFFER_SIZE))
        except TypeError:  # a loop that takes no weak reference: a buffer for this pool
            buffer = memoryview(bytearray(_READ_BUFFER_SIZE))
        return buffer

    class ConnectorClosed(aiohttp.ClientConnectionError):
        """The pool closed (``aclose()`` elsewhere) before the request got a connection."""

    # The hooks Protocol overrides, where aiohttp starts and puts back its own read timer; without
    # them (an aiohttp older than those tested) calls keep aiohttp's own timers, as streamed ones do.
    watchable = all(callable(getattr(ResponseHandler, hook, None)) for hook in ("start_timeout", "data_received"))

    class Connector(aiohttp.TCPConnector):
        """aiohttp's connector, its connections speaking :class:`Protocol`, telling the attempt's
        :class:`Watch` when its connection is ready (before that, nothing of it has left)."""

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            # aiohttp's own factory, with our protocol (a ResponseHandler) and its loop's read buffer
            buffer = read_buffer(self._loop)
            self._factory = cast(
                "functools.partial[ResponseHandler]", functools.partial(Protocol, loop=self._loop, buffer=buffer)
            )

        async def connect(self, req: Any, traces: Any, timeout: aiohttp.ClientTimeout) -> Any:
            try:
                connection = await super().connect(req, traces, timeout)
            except aiohttp.ClientConnectionError as exc:
                if self.closed and not isinstance(exc, aiohttp.ClientConnectorError):
                    # closed while this request waited for its connection: it never left
                    raise ConnectorClosed(str(exc)) from exc
                raise
            watch = watching.get()
            protocol = connection.protocol
            if isinstance(protocol, Protocol):  # the attempt's watch hears of data from now on
                protocol.watch = watch
            elif watch is not None:  # (not our protocol, in an aiohttp we do not know: the read
                watch.on_sent()  # clock starts now, too early rather than never)
            if watch is not None:
                watch.connected = True
            return connection

    class AiohttpStream(httpx.AsyncByteStream):
        def __init__(
            self, response: aiohttp.ClientResponse, request: httpx.Request, reading: "weakref.WeakSet[Any]"
        ) -> None:
            self._response = response
            self._request = request
            self._reading = reading

        async def __aiter__(self) -> AsyncIterator[bytes]:
            try:
                async for chunk in self._response.content.iter_chunked(65536):
                    yield chunk
            except (aiohttp.ClientError, TimeoutError) as exc:
                raise translated(exc, self._request) from exc

        async def aclose(self) -> None:
            self._reading.discard(self._response)
            self._response.release()

    class AiohttpTransport(httpx_aiohttp.AiohttpTransport):
        """httpx-aiohttp's transport with httpx's semantics kept: exact URLs, no second cookie
        jar, ``limits`` mapped whole, errors that tell whether the request left, the call's
        deadline and read timeout kept for an answer read whole by the pool's :class:`Ticker`
        while far off, then by one timer of the attempt's own (:class:`Watch`), and by aiohttp's
        total and read timers for one streamed; refuses what aiohttp cannot do (HTTP/2, SOCKS)."""

        def __init__(
            self,
            *,
            verify: ssl.SSLContext | str | bool = True,
            cert: Any = None,
            trust_env: bool = True,
            http1: bool = True,
            http2: bool = False,
            limits: httpx.Limits = _DEFAULT_LIMITS,
            proxy: httpx.Proxy | None = None,
        ) -> None:
            if http2:
                raise ConfigurationError(
                    "async_backend='aiohttp' speaks HTTP/1.1 only: drop http2 for the async client "
                    "(httpx_async_args={'http2': False}) or use async_backend='httpx'"
                )
            if proxy is not None and proxy.url.scheme not in ("http", "https"):
                raise ConfigurationError(
                    f"async_backend='aiohttp' has no {proxy.url.scheme}:// proxies; use async_backend='httpx'"
                )
            super().__init__(verify=verify, cert=cert, trust_env=trust_env, limits=limits, proxy=proxy)
            # The answers being read: closing the transport wakes their reads (aiohttp does not
            # when its session closes), so a call ends in ReadError instead of waiting forever.
            # (Those read whole here are always let go in a finally: a plain set, cheaper.)
            self._reading: weakref.WeakSet[aiohttp.ClientResponse] = weakref.WeakSet()
            self._reading_whole: set[aiohttp.ClientResponse] = set()
            self._url: httpx.URL | None = None  # the last URL sent to, and its yarl form
            self._timeouts: dict[tuple[float | None, float | None], aiohttp.ClientTimeout] = {}
            self._yarl = yarl.URL()
            self._ticker: Ticker | None = None
            self._proxy_url = yarl.URL(str(proxy.url), encoded=True) if proxy is not None else None
            self._proxy_headers = dict(proxy.headers) if proxy is not None else None
            if proxy is not None and proxy.raw_auth is not None:
                user, password = proxy.raw_auth  # as httpcore sends them
                credentials = base64.b64encode(user + b":" + password).decode("ascii")
                self._proxy_headers = {**dict(proxy.headers), "Proxy-Authorization": f"Basic {credentials}"}

        async def aclose(self) -> None:
            for response in [*self._reading, *self._reading_whole]:
                response.content.set_exception(aiohttp.ClientConnectionError("the client was closed"))
            self._reading.clear()
            self._reading_whole.clear()
            if self._ticker is not None:
                self._ticker.stop()
            await super().aclose()

        def get_client(self) -> aiohttp.ClientSession:
            limits = self.limits
            keepalive: dict[str, Any] = (
                {"force_close": True}
                if limits.max_keepalive_connections == 0
                else {"keepalive_timeout": limits.keepalive_expiry}
            )
            connector = Connector(ssl=self.ssl_context, limit=limits.max_connections or 0, **keepalive)
            return aiohttp.ClientSession(
                connector=connector, cookie_jar=aiohttp.DummyCookieJar(), auto_decompress=False, trust_env=False
            )

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            session = self.client
            if not isinstance(session, aiohttp.ClientSession):
                session = self.client = self.get_client()
            timeouts = request.extensions.get("timeout") or {}
            left, read = _time_left(request), timeouts.get("read")
            if left is not None and read is not None and read >= left:
                read = None  # the total timeout (the time left) ends the call first: no read timer
            try:
                data: Any = request.content or None
            except httpx.RequestNotRead:
                data = request.stream
            items = request.headers._list  # (name as written, lower-cased, value)
            try:  # the names as written (not lower-cased), as httpcore sends them
                headers = [(name.decode("ascii"), value.decode("ascii")) for name, _, value in items]
            except UnicodeDecodeError:
                headers = request.headers.multi_items()
            if len({lower for _, lower, _ in items}) < len(items):
                # A name given twice: aiohttp keeps every header of a name only when all are
                # spelled alike (a second spelling replaces the first), so each takes the first's.
                spelled: dict[str, str] = {}
                headers = [(spelled.setdefault(name.lower(), name), value) for name, value in headers]
            if self._proxy_headers and request.url.scheme == "http":  # forwarded, not tunnelled
                headers += self._proxy_headers.items()
            url = request.url
            if url is not self._url:  # the same URL object call after call (the pool's memo)
                self._yarl, self._url = yarl.URL(str(url), encoded=True), url
            whole = bool(request.extensions.get(WHOLE_BODY_EXTENSION))
            watched = whole and watchable and (left is not None or read is not None)
            task = asyncio.current_task() if watched else None
            if task is None:  # aiohttp keeps the bounds (an answer streamed later, or none)
                timeout = aiohttp.ClientTimeout(
                    total=left, connect=timeouts.get("pool"), sock_connect=timeouts.get("connect"), sock_read=read
                )
                return await self._answer(session, request, headers, data, timeout, whole)
            ticker, loop = self._ticker, task.get_loop()
            if ticker is None or ticker.loop is not loop:
                ticker = self._ticker = Ticker(loop)
            watch = Watch(task, ticker, left, read)
            bounds = (timeouts.get("pool"), timeouts.get("connect"))
            kept = self._timeouts.get(bounds)  # the same few, call after call (a ClientTimeout is frozen)
            if kept is None:
                if len(self._timeouts) >= 64:
                    self._timeouts.clear()
                kept = self._timeouts[bounds] = aiohttp.ClientTimeout(connect=bounds[0], sock_connect=bounds[1])
            token = watching.set(watch)
            try:
                answer = await self._answer(session, request, headers, data, kept, whole)
            except asyncio.CancelledError as exc:
                if watch.end(exc):
                    if watch.connected:
                        raise httpx.ReadTimeout(
                            "the attempt's read timeout or deadline passed", request=request
                        ) from None
                    raise httpx.ConnectTimeout(
                        "the call's deadline passed before a connection was ready", request=request
                    ) from None
                raise
            except BaseException as exc:
                watch.end(exc)
                raise
            finally:
                watching.reset(token)
            watch.end(None)
            return answer

        async def _answer(
            self,
            session: aiohttp.ClientSession,
            request: httpx.Request,
            headers: Any,
            data: Any,
            timeout: aiohttp.ClientTimeout,
            whole: bool,
        ) -> httpx.Response:
            try:
                response = await session.request(
                    request.method,
                    self._yarl,
                    headers=headers,
                    data=data,
                    allow_redirects=False,
                    compress=False,
                    timeout=timeout,
                    server_hostname=request.extensions.get("sni_hostname"),
                    proxy=self._proxy_url,
                    proxy_headers=self._proxy_headers,
                )
            except (aiohttp.ClientError, TimeoutError) as exc:
                kind = error_type(exc)
                if session.closed and kind in (httpx.ConnectError, httpx.ConnectTimeout):
                    # aclose() from another task closed the pool before this request left
                    raise RuntimeError("Cannot send a request, as the client has been closed.") from exc
                raise translated(exc, request) from exc
            except asyncio.CancelledError:
                # aiohttp cancels the calls waiting for a connection when its session closes
                # (aclose() from another task): that is not this task's cancellation.
                task = asyncio.current_task()
                if session.closed and task is not None and not task.cancelling():
                    raise RuntimeError("Cannot send a request, as the client has been closed.") from None
                raise
            if whole:
                # The caller reads the whole answer now anyway: no httpx chunk loop.
                self._reading_whole.add(response)
                try:
                    body = await response.read()
                except (aiohttp.ClientError, TimeoutError) as exc:
                    raise translated(exc, request) from exc
                finally:
                    self._reading_whole.discard(response)
                    response.release()
                answer = _stream_response(
                    response.status,
                    _headers(response.raw_headers),
                    httpx.ByteStream(body),
                    request,
                    {"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode()},
                )
                how = request.extensions.get(_READ_BY_TRANSPORT)
                return _handed_over(answer, body, how) if how else answer  # as RetryTransport would
            self._reading.add(response)
            return httpx.Response(
                status_code=response.status,
                headers=response.raw_headers,
                stream=AiohttpStream(response, request, self._reading),
                request=request,
                extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode()},
            )

    class AiohttpAsyncClient(_AsyncPool):
        """An httpx.AsyncClient built as httpx builds one, its own transports on aiohttp."""

        def _init_transport(
            self,
            verify: ssl.SSLContext | str | bool = True,
            cert: Any = None,
            trust_env: bool = True,
            http1: bool = True,
            http2: bool = False,
            limits: httpx.Limits = _DEFAULT_LIMITS,
            transport: httpx.AsyncBaseTransport | None = None,
        ) -> httpx.AsyncBaseTransport:
            if transport is not None:
                return transport
            return AiohttpTransport(verify=verify, cert=cert, trust_env=trust_env, http2=http2, limits=limits)

        def _init_proxy_transport(
            self,
            proxy: httpx.Proxy,
            verify: ssl.SSLContext | str | bool = True,
            cert: Any = None,
            trust_env: bool = True,
            http1: bool = True,
            http2: bool = False,
            limits: httpx.Limits = _DEFAULT_LIMITS,
        ) -> httpx.AsyncBaseTransport:
            return AiohttpTransport(
                verify=verify, cert=cert, trust_env=trust_env, http2=http2, limits=limits, proxy=proxy
            )

    return AiohttpAsyncClient


def _mask(value: str) -> str:
    return value[:6] + "..." if len(value) > 6 else "***"


_HIDDEN_HTTPX_ARGS = frozenset({"auth", "headers", "cookies", "proxy", "proxies", "mounts", "cert"})

H = TypeVar("H", httpx.Client, httpx.AsyncClient)


def _loop_key() -> object:
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


def _restore(cls: type["Client"], kwargs: dict[str, Any]) -> "Client":
    return cls(**kwargs)


# Every client, so that a forked child (a Celery prefork or gunicorn --preload worker) starts with
# no pool and a fresh lock: a pool's connections are the parent's sockets, and a lock held at fork
# time would never be released in the child.
_CLIENTS: "weakref.WeakValueDictionary[int, Client]" = weakref.WeakValueDictionary()


# Forks in this process's line (a child counts one more than its parent): the aiohttp backend's
# connections made under a smaller count are a parent's (Protocol.close).
_forks = 0


def _forget_pools_after_fork() -> None:
    global _forks
    _forks += 1
    for client in list(_CLIENTS.values()):
        client._forget_pools()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_pools_after_fork)


@define(repr=False)
class Client:
    """A client for the TaskRouter API with no credentials of its own (for a local stand-in,
    or with ``httpx_args={"auth": ...}``); :class:`AuthenticatedClient` sends HTTP Basic.

    ``base_url``: where requests go; by default ``https://taskrouter.twilio.com``, or the host
    of ``region`` and ``edge``. Only https://, or http:// to ``localhost`` or a loopback address,
    with no path (see :func:`check_base_url`).

    ``cookies``, ``headers``: sent with every request (``Accept: application/json`` and a
    ``User-Agent`` naming this library are sent unless ``headers`` replaces them).

    ``timeout``: an ``httpx.Timeout`` or seconds; :data:`DEFAULT_TIMEOUT` unless given
    (``None`` waits forever). Each call also takes ``timeout=``. Seconds also bound the whole
    call, retries included, as does ``retry.deadline``.

    ``retry``: a :class:`RetryPolicy`; ``RetryPolicy(max_retries=0)`` turns retries off.

    ``verify_ssl``, ``follow_redirects``, ``httpx_args``: passed to both httpx clients, which
    build their transports as a bare ``httpx.Client`` / ``httpx.AsyncClient`` would (``limits``,
    ``http2``, ``verify``, ``cert``, ``proxy``, ``mounts``, proxies from the environment with
    ``trust_env``). ``httpx_async_args`` replaces keys for the async client only, e.g. its own
    ``transport``. Every transport, yours, proxies' and mounts' alike, is wrapped by the retrying
    transport. A sync-only transport in ``httpx_args`` serves the sync client only: async calls
    then raise ConfigurationError until ``httpx_async_args`` gives one.

    ``raise_on_unexpected_status``: make ``*_detailed`` functions raise :class:`~.errors.ApiError`
    for a status the spec does not document. The plain functions always raise for an error.

    ``validate_requests``: check input against the spec before sending (the default). Turn it off
    only when the API accepts something the spec does not describe yet.

    ``async_backend``: what the async client's own transports (default and proxies) run on:
    ``"httpx"`` (httpcore, the default) or ``"aiohttp"`` (the ``aiohttp`` extra; asyncio only),
    whose pool's cost per request stays flat as concurrency grows. A transport or mount you give
    is used as given. On aiohttp: HTTP/1.1 only (``http2`` is refused), no SOCKS proxies, no
    write timeout, ``max_keepalive_connections`` other than 0 is not enforced (idle connections
    are kept up to ``max_connections``), a proxy's own ``ssl_context`` is not used; the call's
    deadline also bounds each attempt.

    The httpx clients (the pools) are built on first use, once even when many threads start at
    once, and one async pool per event loop. ``close()`` / ``await aclose()`` (or leaving
    ``with`` / ``async with``) closes them; the client stays usable and opens new pools when
    used again. An async pool still open when its event loop ends is closed by that loop's
    shutdown (``asyncio.run``, ``trio.run``).

    ``with_headers`` / ``with_cookies`` / ``with_timeout`` give a new client with its own pools;
    the original is unchanged. Copying or pickling a client copies its settings, not its pools.

    ``set_httpx_client`` / ``set_async_httpx_client`` replace the httpx clients whole: your client's
    own auth, timeout and transport then apply instead of these settings.
    """

    _base_url: str | None = field(default=None, alias="base_url")
    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    region: str | None = field(default=None, kw_only=True)
    edge: str | None = field(default=None, kw_only=True)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _httpx_async_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_async_args")
    retry: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    validate_requests: bool = field(default=True, kw_only=True)
    async_backend: str = field(default="httpx", kw_only=True)
    _lock: threading.Lock = field(factory=threading.Lock, init=False, eq=False)
    _client: httpx.Client | None = field(default=None, init=False, eq=False)
    _given_client: httpx.Client | None = field(default=None, init=False, eq=False)
    _async_clients: dict[object, httpx.AsyncClient] = field(factory=dict, init=False, eq=False)
    _closers: dict[object, AsyncGenerator[None, None]] = field(factory=dict, init=False, eq=False)
    _given_async_client: httpx.AsyncClient | None = field(default=None, init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if self._base_url is None:
            self._base_url = base_url_for(self.region, self.edge)
        elif (self.region is not None or self.edge is not None) and self._base_url != base_url_for(
            self.region, self.edge
        ):
            raise ConfigurationError("give either base_url or region/edge, not both")
        check_base_url(self._base_url)
        if self.async_backend not in ASYNC_BACKENDS:
            raise ConfigurationError(f"async_backend must be 'httpx' or 'aiohttp', got {self.async_backend!r}")
        if self.async_backend == "aiohttp" and not _aiohttp_installed():
            raise ConfigurationError(_AIOHTTP_MISSING)
        _check_timeout(self._timeout, ConfigurationError)
        _check_headers(self._headers, ConfigurationError)
        _CLIENTS[id(self)] = self

    def _forget_pools(self) -> None:
        """Drop (without closing: they belong to the parent process) the pools and the lock."""
        self._lock = threading.Lock()
        self._client = None
        self._async_clients = {}
        self._closers = {}

    @property
    def base_url(self) -> str:
        """Where requests go."""
        return self._base_url or DEFAULT_BASE_URL

    def _repr_fields(self) -> list[str]:
        fields = [f"base_url={redact_url(self.base_url)!r}", f"timeout={self._timeout!r}", f"retry={self.retry!r}"]
        for name, args in (("httpx_args", self._httpx_args), ("httpx_async_args", self._httpx_async_args)):
            shown = {k: v for k, v in args.items() if k not in _HIDDEN_HTTPX_ARGS}
            hidden = sorted(k for k in args if k in _HIDDEN_HTTPX_ARGS)
            if shown or hidden:
                fields.append(f"{name}={shown!r}" + (f" (+{', '.join(hidden)} hidden)" if hidden else ""))
        return fields

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(self._repr_fields())})"

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle and copy the settings only: the copy builds its own pools."""
        settings = {a.alias: getattr(self, a.name) for a in fields(type(self)) if a.init}
        return (_restore, (type(self), settings))

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one (with its own pools) that also sends ``headers``."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client like this one (with its own pools) that also sends ``cookies``."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> Self:
        """A new client like this one (with its own pools) with another timeout (or seconds)."""
        _check_timeout(timeout, ConfigurationError)
        return evolve(self, timeout=timeout)

    def _auth(self) -> httpx.Auth | None:
        return None

    def _httpx_kwargs(self, overrides: Mapping[str, Any]) -> dict[str, Any]:
        args = {**self._httpx_args, **overrides}
        auth = args.pop("auth", None) or self._auth()
        return {
            "base_url": self.base_url,
            "cookies": self._cookies,
            "headers": {**DEFAULT_HEADERS, **self._headers},
            "timeout": self._timeout,
            "follow_redirects": self._follow_redirects,
            "verify": self._verify_ssl,
            "auth": auth,
            **args,
        }

    def _async_kwargs(self) -> dict[str, Any]:
        kwargs = self._httpx_kwargs(self._httpx_async_args)
        given = [kwargs.get("transport"), *(kwargs.get("mounts") or {}).values()]
        if any(t is not None and not isinstance(t, httpx.AsyncBaseTransport) for t in given):
            raise ConfigurationError(
                "httpx_args holds a sync-only transport: give the async client its own, "
                "e.g. httpx_async_args={'transport': httpx.AsyncHTTPTransport(...)}"
            )
        return kwargs

    def _wrapped(self, http: H) -> H:
        """``http`` with each of its transports (default, proxies, mounts) under a RetryTransport."""
        policy = self.retry
        if isinstance(http, httpx.Client):
            http._transport = RetryTransport(policy, transport=http._transport)
            http._mounts = {p: t and RetryTransport(policy, transport=t) for p, t in http._mounts.items()}
        else:
            http._transport = RetryTransport(policy, async_transport=http._transport)
            http._mounts = {p: t and RetryTransport(policy, async_transport=t) for p, t in http._mounts.items()}
        return http

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._given_client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client calls go through: the one given to :meth:`set_httpx_client`, or this
        client's own, built on first use."""
        if self._given_client is not None:
            return self._given_client
        client = self._client
        if client is not None:  # the common case: no lock
            return client
        with self._lock:
            if self._client is None:
                self._client = self._wrapped(_Pool(**self._httpx_kwargs({})))
            return self._client

    def close(self) -> None:
        """Close the sync pool (a given httpx.Client too). The client stays usable: a later call
        opens a new pool. Async pools are closed by :meth:`aclose` or when their loop ends."""
        with self._lock:
            client, self._client = self._client, None
        for http in (client, self._given_client):
            if http is not None:
                http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._given_async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient calls on the running event loop go through: the one given to
        :meth:`set_async_httpx_client`, or this client's own for this loop, built on first use."""
        if self._given_async_client is not None:
            return self._given_async_client
        key = _loop_key()
        with self._lock:
            client = self._async_clients.get(key)
            if client is None:
                client = self._async_clients[key] = self._wrapped(self._new_async_client(key))
            return client

    def _new_async_client(self, key: object) -> httpx.AsyncClient:
        kwargs = self._async_kwargs()
        if self.async_backend == "httpx":
            return _AsyncPool(**kwargs)
        asyncio = sys.modules.get("asyncio")
        if key is not None and (asyncio is None or not isinstance(key, asyncio.AbstractEventLoop)):
            raise ConfigurationError("async_backend='aiohttp' runs under asyncio only; use async_backend='httpx'")
        return _aiohttp_async_client()(**kwargs)

    async def _close_at_loop_end(self, key: object) -> AsyncGenerator[None, None]:
        # An async generator: event loops close the ones still open when they shut down.
        try:
            yield
        finally:
            self._closers.pop(key, None)
            with self._lock:
                client = self._async_clients.pop(key, None)
            if client is not None:
                await client.aclose()

    def _known_async_client(self) -> httpx.AsyncClient | None:
        """This loop's pool when it is open already (the common case: no coroutine, no lock)."""
        if self._given_async_client is None:
            key = _loop_key()
            if key in self._closers:
                return self._async_clients.get(key)
        return None

    async def _async_client(self) -> httpx.AsyncClient:
        key = _loop_key()
        if self._given_async_client is None and key in self._closers:  # the common case: no lock
            known = self._async_clients.get(key)
            if known is not None:
                return known
        client = self.get_async_httpx_client()
        if client is not self._given_async_client and key is not None and key not in self._closers:
            closer = self._closers[key] = self._close_at_loop_end(key)
            await closer.asend(None)
        return client

    async def aclose(self) -> None:
        """Close the async pool of the running event loop (a given httpx.AsyncClient too) and
        the sync pool. The client stays usable."""
        self.close()
        key = _loop_key()
        with self._lock:  # before any await: a pool another task opens meanwhile is not this one
            client = self._async_clients.pop(key, None)
        closer = self._closers.pop(key, None)
        if closer is not None:
            await closer.aclose()
        for http in (client, self._given_async_client):
            if http is not None:
                await http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    def _extensions(self, timeout: object, *, whole_body: bool = False) -> dict[str, Any]:
        """A call's request extensions: the answer read by the retrying transport (and, for
        ``whole_body``, by the aiohttp transport in one go), and the deadline that bounds the whole
        call: ``retry.deadline`` or the call's (else the client's) timeout in seconds, whichever is
        shorter."""
        extensions: dict[str, Any] = {_READ_BY_TRANSPORT: _AS_BYTES}
        if whole_body:
            extensions[WHOLE_BODY_EXTENSION] = True
        timeout = self._timeout if timeout is None else timeout
        seconds = self.retry.deadline
        if isinstance(timeout, _NUMBERS) and not isinstance(timeout, bool):
            seconds = float(timeout) if seconds is None else min(seconds, float(timeout))
        if seconds is not None:
            extensions[DEADLINE_EXTENSION] = time.monotonic() + seconds
        return extensions

    def request(self, *, timeout: httpx.Timeout | float | None | object = None, **kwargs: Any) -> httpx.Response:
        """Send one request (retries included) and read its answer; httpx's failures come out as
        :class:`~.errors.RequestTimeoutError` or :class:`~.errors.NetworkError`."""
        _check_timeout(timeout, InvalidRequestError)
        extensions = self._extensions(timeout)
        try:
            http = self.get_httpx_client()
            try:
                return _send(http, _timeout_arg(timeout), extensions, kwargs)
            except RuntimeError:
                if http is self._given_client or not http.is_closed:
                    raise
                # close() from another thread won the race with this first call: the client is
                # reusable, so the call goes out on a new pool.
                return _send(self.get_httpx_client(), _timeout_arg(timeout), extensions, kwargs)
        except httpx.TimeoutException as exc:
            raise _transport_error(RequestTimeoutError, exc, self.base_url, kwargs) from exc
        except httpx.RequestError as exc:  # transport failures, an undecodable body, redirect loops
            raise _transport_error(NetworkError, exc, self.base_url, kwargs) from exc

    async def arequest(self, *, timeout: httpx.Timeout | float | None | object = None, **kwargs: Any) -> httpx.Response:
        """The async twin of :meth:`request`."""
        _check_timeout(timeout, InvalidRequestError)
        extensions = self._extensions(timeout, whole_body=True)
        try:
            http = self._known_async_client() or await self._async_client()
            try:
                return await _asend(http, _timeout_arg(timeout), extensions, kwargs)
            except RuntimeError:
                if http is self._given_async_client or not http.is_closed:
                    raise
                http = await self._async_client()  # aclose() won the race: a new pool
                return await _asend(http, _timeout_arg(timeout), extensions, kwargs)
        except httpx.TimeoutException as exc:
            raise _transport_error(RequestTimeoutError, exc, self.base_url, kwargs) from exc
        except httpx.RequestError as exc:  # transport failures, an undecodable body, redirect loops
            raise _transport_error(NetworkError, exc, self.base_url, kwargs) from exc


_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")  # printable ASCII and tabs


def _refusal(
    error: type[ConfigurationError] | type[InvalidRequestError], field: str, message: str
) -> ConfigurationError | InvalidRequestError:
    """The error refusing a setting (ConfigurationError) or a call's input (InvalidRequestError,
    naming ``field``)."""
    return error(message) if error is ConfigurationError else error(field, "type", message)


def _check_headers(headers: object, error: type[ConfigurationError] | type[InvalidRequestError]) -> None:
    """Header names are HTTP tokens and values printable ASCII (tabs allowed): anything else
    (a non-ASCII character, a line break that would start another header) is refused before
    anything is sent."""
    if not isinstance(headers, Mapping):
        message = f"headers must be a mapping of names to values, got {type(headers).__name__}"
        raise _refusal(error, "headers", message)
    for name, value in headers.items():
        bad = None
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            bad = f"header name {name!r} is not an HTTP token"
        elif not isinstance(value, str):
            bad = f"header {name} must be text, got {type(value).__name__}"
        elif not _HEADER_VALUE.fullmatch(value):
            bad = f"header {name} must be printable ASCII (no line breaks or other control characters)"
        if bad is not None:
            raise _refusal(error, "headers", bad)


def _check_timeout(timeout: object, error: type[ConfigurationError] | type[InvalidRequestError]) -> None:
    """A timeout is None, an ``httpx.Timeout`` or a finite number of seconds above 0."""
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < float("inf"):
        message = f"timeout must be None, an httpx.Timeout or seconds above 0, got {timeout!r}"
        raise _refusal(error, "timeout", message)


def _send(
    http: httpx.Client, timeout: Any, extensions: dict[str, Any] | None, kwargs: dict[str, Any]
) -> httpx.Response:
    """One request through ``http``: this library's own pools take the short way (:meth:`_Pool.call`),
    a client given to :meth:`Client.set_httpx_client` is used as it is."""
    if isinstance(http, _Pool):
        return http.call(timeout=timeout, extensions=extensions, **kwargs)
    return http.request(timeout=timeout, extensions=extensions, **kwargs)


def _asend(
    http: httpx.AsyncClient, timeout: Any, extensions: dict[str, Any] | None, kwargs: dict[str, Any]
) -> Awaitable[httpx.Response]:
    """The async twin of :func:`_send`: the call's coroutine, for the caller to await (no
    coroutine of its own in between)."""
    if isinstance(http, _AsyncPool):
        return http.call(timeout=timeout, extensions=extensions, **kwargs)
    return http.request(timeout=timeout, extensions=extensions, **kwargs)


def _timeout_arg(timeout: object) -> Any:
    """``timeout=None`` from a call means "the client's timeout"; pass ``httpx.Timeout(None)`` to
    wait forever."""
    return httpx.USE_CLIENT_DEFAULT if timeout is None else timeout


def _transport_error(
    cls: type[NetworkError] | type[RequestTimeoutError], exc: Exception, base_url: str, kwargs: Mapping[str, Any]
) -> NetworkError | RequestTimeoutError:
    method = str(kwargs.get("method", "")).upper()
    url = str(kwargs.get("url", ""))
    url = url if url.startswith(("http://", "https://")) else base_url.rstrip("/") + url
    what = "timed out" if cls is RequestTimeoutError else "failed"
    return cls(f"request {what}: {type(exc).__name__}: {exc}", method=method, url=url)


@define(repr=False)
class AuthenticatedClient(Client):
    """A :class:`Client` that sends HTTP Basic credentials: an API key SID (``SK...``) and its
    secret (recommended), or an Account SID (``AC...``) and its Auth Token.

    Build one with :meth:`from_api_key`, :meth:`from_auth_token` or :meth:`from_env`. The
    password never appears in ``repr()``, ``str()``, logs or errors.
    """

    username: str = field(kw_only=True)
    _password: str = field(kw_only=True, alias="password")
    account_sid: str | None = field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if not self.username or not self._password:
            raise ConfigurationError("username and password must both be non-empty")

    def _auth(self) -> httpx.Auth | None:
        return httpx.BasicAuth(self.username, self._password)

    def _repr_fields(self) -> list[str]:
        return [f"username={_mask(self.username)!r}", "password='***'", *super()._repr_fields()]

    @classmethod
    def from_auth_token(cls, account_sid: str, auth_token: str, **kwargs: Any) -> Self:
        """A client that signs in with an Account SID and its Auth Token."""
        return cls(username=account_sid, password=auth_token, account_sid=account_sid, **kwargs)

    @classmethod
    def from_api_key(cls, api_key_sid: str, api_secret: str, *, account_sid: str | None = None, **kwargs: Any) -> Self:
        """A client that signs in with an API key SID and its secret (Twilio's advice for production)."""
        return cls(username=api_key_sid, password=api_secret, account_sid=account_sid, **kwargs)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> Self:
        """A client from ``TWILIO_API_KEY`` + ``TWILIO_API_SECRET`` (preferred) or
        ``TWILIO_ACCOUNT_SID`` + ``TWILIO_AUTH_TOKEN``, with ``TWILIO_REGION`` and ``TWILIO_EDGE``
        unless ``base_url``, ``region`` or ``edge`` is given. Raises ConfigurationError naming
        what is missing."""
        env = os.environ if environ is None else environ

        def get(name: str) -> str | None:
            return env.get(name) or None

        if "base_url" not in kwargs:
            kwargs.setdefault("region", get("TWILIO_REGION"))
            kwargs.setdefault("edge", get("TWILIO_EDGE"))
        account_sid = get("TWILIO_ACCOUNT_SID")
        key, secret = get("TWILIO_API_KEY"), get("TWILIO_API_SECRET")
        if key or secret:
            if not (key and secret):
                absent = "TWILIO_API_SECRET" if key else "TWILIO_API_KEY"
                raise ConfigurationError(f"{absent} is not set (TWILIO_API_KEY and TWILIO_API_SECRET go together)")
            return cls.from_api_key(key, secret, account_sid=account_sid, **kwargs)
        token = get("TWILIO_AUTH_TOKEN")
        if account_sid and token:
            return cls.from_auth_token(account_sid, token, **kwargs)
        missing = [n for n, v in (("TWILIO_ACCOUNT_SID", account_sid), ("TWILIO_AUTH_TOKEN", token)) if not v]
        raise ConfigurationError(
            f"no Twilio credentials: set TWILIO_API_KEY and TWILIO_API_SECRET, or {' and '.join(missing)}"
        )


__all__ = [
    "DEADLINE_EXTENSION",
    "WHOLE_BODY_EXTENSION",
    "DEFAULT_BASE_URL",
    "DEFAULT_HEADERS",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "AuthenticatedClient",
    "Client",
    "RetryPolicy",
    "RetryTransport",
    "base_url_for",
    "check_base_url",
]
