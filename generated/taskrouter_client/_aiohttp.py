"""The aiohttp backend: an httpx transport that sends through aiohttp's public ``ClientSession``
(``Client(async_backend="aiohttp")``, the ``aiohttp`` extra). Copied from templates/runtime/_aiohttp.py
by `make generate`; do not edit the generated copy.

It is an ``httpx.AsyncBaseTransport`` like httpx's own, under the retrying transport, so every
guarantee of the client holds on it: retries exactly as the policy says (aiohttp's own second try of
an idempotent request on a dropped connection is turned off, by a client middleware), the call's
deadline, per-call timeouts, proxies, ``limits``, ``verify``. aiohttp is imported with this module,
on the first async call of a client that asked for it.
"""

import asyncio
import base64
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import httpx
import yarl  # aiohttp's own URL type (aiohttp depends on it)

from ._deadlines import deadline_of
from .errors import ConfigurationError

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)  # httpx's
_EXTENSIONS = {"http_version": b"HTTP/1.1"}
_MEMO_SIZE = 256
_NO_CEILING = float("inf")  # aiohttp rounds timeouts of 5 s and more up to a whole second; not these
_SMALL_BODY = 64 * 1024  # a body this small goes into the socket's buffers without waiting
_GRACE = 0.05


class _Broken(aiohttp.ClientConnectionError):
    """A connection that broke while the request was sent or answered (the cause is aiohttp's own
    error): raised in place of aiohttp's so that aiohttp does not send the request again."""


async def _no_second_try(request: aiohttp.ClientRequest, handler: Callable[..., Awaitable[Any]]) -> Any:
    """A client middleware: aiohttp sends an idempotent request a second time when its connection
    drops, under the retry policy's own count. Its errors for that (a disconnect, an OS error after
    the connection was made) leave here as :class:`_Broken`, which aiohttp does not retry."""
    try:
        return await handler(request)
    except aiohttp.ClientConnectorError:
        raise  # never connected: aiohttp does not retry these either
    except (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError) as exc:
        raise _Broken(f"{type(exc).__name__}: {exc}") from exc


def _error_type(exc: BaseException) -> type[httpx.TransportError]:
    """httpx's error for an aiohttp failure, telling as httpx does whether the request left: only
    ConnectError and ConnectTimeout (a pool wait included) mean it never did."""
    if isinstance(exc, _Broken):
        exc = exc.__cause__ or exc
        return httpx.RemoteProtocolError if isinstance(exc, aiohttp.ServerDisconnectedError) else httpx.ReadError
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout
    if isinstance(exc, aiohttp.ServerTimeoutError | TimeoutError):
        return httpx.ReadTimeout
    if isinstance(exc, aiohttp.ClientProxyConnectionError):
        return httpx.ConnectError  # the proxy could not be reached: as httpx says it
    if isinstance(exc, aiohttp.ClientHttpProxyError):
        return httpx.ProxyError
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError
    if isinstance(exc, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
        return httpx.UnsupportedProtocol
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError):
        return httpx.RemoteProtocolError
    return httpx.ReadError


def _translated(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    return _error_type(exc)(f"{type(exc).__name__}: {exc}", request=request)


class _Body(httpx.AsyncByteStream):
    """An answer streamed from aiohttp, for a request that is not a call of the client's own."""

    def __init__(
        self, response: aiohttp.ClientResponse, request: httpx.Request, streaming: set[aiohttp.ClientResponse]
    ) -> None:
        self._response = response
        self._request = request
        self._streaming = streaming

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_chunked(65536):
                yield chunk
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _translated(exc, self._request) from exc

    async def aclose(self) -> None:
        self._response.release()


async def _read_whole(
    response: aiohttp.ClientResponse, at: float | None, request: httpx.Request, reading: set[aiohttp.ClientResponse]
) -> bytes:
    """The whole body of a call's answer: each arrival of data within the read timeout (aiohttp's
    read timer), and all of them within the call's deadline, as on httpx's own transport. A read
    that fails or is given up aborts the connection (a request still being sent on it is dropped,
    not left queued for a graceful close that would wait on the server)."""
    reader, chunks = response.content, []
    reading.add(response)
    try:
        while chunk := await reader.readany():
            if at is not None and time.monotonic() > at:
                raise httpx.ReadTimeout("the call's deadline passed while its answer was read", request=request)
            chunks.append(chunk)
    except BaseException:
        connection = response.connection
        transport = connection.transport if connection is not None else None
        if transport is not None:
            transport.abort()
        response.close()
        raise
    finally:
        reading.discard(response)
    response.release()
    return b"".join(chunks)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An httpx transport on one aiohttp ``ClientSession`` (made on first use, on the running
    event loop), keeping httpx's meaning: exact URLs, no cookie jar of aiohttp's (httpx keeps the
    cookies), ``limits`` as aiohttp's connection limit, errors that tell whether the request left,
    the ``timeout`` extension's pool/connect/read bounds. A call of the client's own (a request
    carrying its deadline) is read whole here, within the deadline; any other answer is streamed.
    It refuses what aiohttp cannot do: HTTP/2 and SOCKS proxies."""

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        cert: Any = None,
        trust_env: bool = True,
        http1: bool = True,
        http2: bool = False,
        limits: httpx.Limits = DEFAULT_LIMITS,
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
        self.ssl_context = (
            verify
            if isinstance(verify, ssl.SSLContext)
            else httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)
        )
        self.limits = limits
        self._session: aiohttp.ClientSession | None = None
        self._urls: dict[str, yarl.URL] = {}  # str(URL): its yarl form (the same few, call after call)
        self._timeouts: dict[tuple[float | None, float | None, float | None], aiohttp.ClientTimeout] = {}
        self._streaming: set[aiohttp.ClientResponse] = set()
        self._proxy: Any = None
        self._proxy_headers: dict[str, str] | None = None
        if proxy is not None:
            self._proxy = str(proxy.url)
            self._proxy_headers = dict(proxy.headers)
            if proxy.raw_auth is not None:  # as httpcore sends them
                user, password = proxy.raw_auth
                credentials = base64.b64encode(user + b":" + password).decode("ascii")
                self._proxy_headers["Proxy-Authorization"] = f"Basic {credentials}"

    def _new_session(self) -> aiohttp.ClientSession:
        limits = self.limits
        keepalive: dict[str, Any] = (
            {"force_close": True}
            if limits.max_keepalive_connections == 0
            else {"keepalive_timeout": limits.keepalive_expiry}
        )
        connector = aiohttp.TCPConnector(ssl=self.ssl_context, limit=limits.max_connections or 0, **keepalive)
        return aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            trust_env=False,
            middlewares=(_no_second_try,),
        )

    def _url(self, url: httpx.URL) -> yarl.URL:
        text = str(url)
        found = self._urls.get(text)
        if found is None:
            if len(self._urls) >= _MEMO_SIZE:
                self._urls.clear()
            found = self._urls[text] = yarl.URL(text, encoded=True)
        return found

    def _timeout(self, request: httpx.Request) -> aiohttp.ClientTimeout:
        """aiohttp's bounds for this attempt, from httpx's ``timeout`` extension (cut to the call's
        time left by the retrying transport): pool (aiohttp's ``connect``: the pool wait and the
        connection), connect and read. The same few, call after call: kept (a bounded memo)."""
        timeouts = request.extensions.get("timeout") or {}
        key = (timeouts.get("pool"), timeouts.get("connect"), timeouts.get("read"))
        found = self._timeouts.get(key)
        if found is None:
            if len(self._timeouts) >= _MEMO_SIZE:
                self._timeouts.clear()
            found = self._timeouts[key] = aiohttp.ClientTimeout(
                total=None, connect=key[0], sock_connect=key[1], sock_read=key[2], ceil_threshold=_NO_CEILING
            )
        return found

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session
        if session is None:
            session = self._session = self._new_session()
        try:
            data: Any = request.content or None
        except httpx.RequestNotRead:
            data = request.stream
        raw = request.headers.raw
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in raw]
        if len({name.lower() for name, _ in raw}) < len(raw):
            # A name given twice: aiohttp keeps every header of a name only when all are spelled
            # alike (a second spelling replaces the first), so each takes the first's spelling.
            spelled: dict[str, str] = {}
            headers = [(spelled.setdefault(name.lower(), name), value) for name, value in headers]
        if self._proxy_headers and request.url.scheme == "http":  # forwarded, not tunnelled
            headers += self._proxy_headers.items()
        deadline = deadline_of(request)
        left = deadline.left() if deadline is not None else None
        # aiohttp has no write timeout: a body that may not fit the socket's buffers is sent within
        # the call's deadline (a grace later than aiohttp's own bounds, which are cut to it).
        guarded = data is not None and not (isinstance(data, bytes) and len(data) <= _SMALL_BODY)
        sending = session.request(
            request.method,
            self._url(request.url),
            headers=headers,
            data=data,
            allow_redirects=False,
            compress=False,
            timeout=self._timeout(request),
            server_hostname=request.extensions.get("sni_hostname"),
            proxy=self._proxy,
            proxy_headers=self._proxy_headers,
        )
        try:
            if guarded and left is not None:
                try:
                    async with asyncio.timeout(left + _GRACE):
                        response = await sending
                except TimeoutError as exc:
                    if isinstance(exc, aiohttp.ClientError):
                        raise
                    raise httpx.WriteTimeout("the call's deadline passed while it was sent", request=request) from exc
            else:
                response = await sending
            body = None if deadline is None else await _read_whole(response, deadline.at, request, self._streaming)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _translated(exc, request) from exc
        extensions = {**_EXTENSIONS, "reason_phrase": (response.reason or "").encode()}
        if body is not None:  # a call of the client's own: read whole, as bytes httpx reads
            stream: httpx.AsyncByteStream = httpx.ByteStream(body)
        else:
            stream = _Body(response, request, self._streaming)
            self._streaming.add(response)
        return httpx.Response(
            response.status, headers=response.raw_headers, stream=stream, request=request, extensions=extensions
        )

    async def aclose(self) -> None:
        session, self._session = self._session, None
        # Answers still being read end in an error now (aiohttp does not wake their reads when its
        # session closes): calls read whole, when the httpx client is closed under them by hand, and
        # answers streamed through get_async_httpx_client().
        for response in list(self._streaming):
            response.content.set_exception(aiohttp.ClientConnectionError("the client was closed"))
        self._streaming.clear()
        if session is not None:
            await session.close()


def asyncio_only(key: object) -> None:
    """Refuse a loop that is not asyncio's (trio's token): aiohttp runs under asyncio only."""
    if key is not None and not isinstance(key, asyncio.AbstractEventLoop):
        raise ConfigurationError("async_backend='aiohttp' runs under asyncio only; use async_backend='httpx'")
