"""Clients for the TaskRouter API: their settings, their pools and how a call is sent. Copied from
templates/runtime/client.py by `make generate`; do not edit the generated copy.

A call goes: endpoint function → :class:`~._operation.Operation` → :meth:`Client._send` (this
module: the httpx request built, sent, and httpx's failures turned into this package's errors) →
``httpx.Client.send`` → :class:`~._retries.RetryTransport` → the backend's transport.
"""

import os
import ssl
from collections.abc import Mapping
from typing import Any, Self

import httpx
from attrs import define, evolve, field, fields

from ._config import (
    DEFAULT_BASE_URL,
    DEFAULT_HEADERS,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    base_url_for,
    check_base_url,
    check_headers,
    check_timeout,
    mask,
    split_credentials,
)
from ._deadlines import CALL, Deadline
from ._pools import Pools
from ._request import ApiRequest, wire_body
from ._retries import RetryEvent, RetryPolicy, RetryTransport
from ._transports import AIOHTTP_MISSING, ASYNC_BACKENDS, aiohttp_installed, async_maker, compose
from .errors import ConfigurationError, InvalidRequestError, NetworkError, RequestTimeoutError, TransportError

Timeout = httpx.Timeout | float | None

_HIDDEN_HTTPX_ARGS = frozenset({"auth", "headers", "cookies", "proxy", "proxies", "mounts", "cert"})
# httpx's failures of a request that never left (nothing to fear from sending it again).
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
_URL_MEMO_SIZE = 256
_KEEP = object()  # with_options: the timeout not given


def _restore(cls: type["Client"], kwargs: dict[str, Any]) -> "Client":
    return cls(**kwargs)


class _Shared:
    """What a client made by ``with_options`` takes over from its origin: the pools, the given
    httpx clients, and the headers it adds to each call."""

    __slots__ = ("given_async_client", "given_client", "headers", "pools")

    def __init__(
        self,
        pools: Pools,
        given_client: httpx.Client | None,
        given_async_client: httpx.AsyncClient | None,
        headers: dict[str, str],
    ) -> None:
        self.pools = pools
        self.given_client = given_client
        self.given_async_client = given_async_client
        self.headers = headers


@define(repr=False)
class Client:
    """A client for the TaskRouter API with no credentials of its own (for a local stand-in,
    or with ``httpx_args={"auth": ...}``); :class:`AuthenticatedClient` sends HTTP Basic.

    ``base_url``: where requests go; by default ``https://taskrouter.twilio.com``, or the host
    of ``region`` and ``edge``. Only https://, or http:// to ``localhost`` or a loopback address,
    with no path (see :func:`check_base_url`). A ``user:password@`` in it is taken out of the URL
    and sent as HTTP Basic credentials, so no URL that is logged holds it.

    ``cookies``, ``headers``: sent with every request (``Accept: application/json`` and a
    ``User-Agent`` naming this library are sent unless ``headers`` replaces them).

    ``timeout``: an ``httpx.Timeout`` or seconds; :data:`DEFAULT_TIMEOUT` unless given
    (``None`` waits forever). Each call also takes ``timeout=``. Seconds also bound the whole
    call, retries included, as does ``retry.deadline``.

    ``retry``: a :class:`RetryPolicy`; ``RetryPolicy(max_retries=0)`` turns retries off.

    ``verify_ssl``, ``follow_redirects``, ``httpx_args``: passed to both httpx clients, whose
    transports are built as a bare ``httpx.Client`` / ``httpx.AsyncClient`` would build them
    (``limits``, ``http2``, ``verify``, ``cert``, ``proxy``, ``mounts``, proxies from the
    environment with ``trust_env``). ``httpx_async_args`` replaces keys for the async client only,
    e.g. its own ``transport``. Every transport, yours, proxies' and mounts' alike, is wrapped by
    the retrying transport. A sync-only transport in ``httpx_args`` serves the sync client only:
    async calls then raise ConfigurationError until ``httpx_async_args`` gives one.

    ``raise_on_unexpected_status``: make ``*_detailed`` functions raise :class:`~.errors.ApiError`
    for a status the spec does not document. The plain functions always raise for an error.

    ``validate_requests``: check input against the spec before sending (the default). Turn it off
    only when the API accepts something the spec does not describe yet.

    ``async_backend``: what the async client's own transports (default and proxies) run on:
    ``"httpx"`` (httpcore, the default) or ``"aiohttp"`` (the ``aiohttp`` extra; asyncio only).

    The httpx clients (the pools) are built on first use, once even when many threads start at
    once, and one async pool per event loop. ``close()`` / ``await aclose()`` (or leaving
    ``with`` / ``async with``) closes them once the calls running on them have ended; the client
    stays usable and opens new pools when used again. An async pool still open when its event
    loop ends is closed by that loop's shutdown (``asyncio.run``, ``trio.run``).

    ``with_options`` gives a client for some calls (another retry policy, timeout or headers) on
    this client's pools; ``with_headers`` / ``with_cookies`` / ``with_timeout`` give a new client with its own pools;
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
    _url: str = field(default=DEFAULT_BASE_URL, init=False, eq=False)
    _url_credentials: tuple[str, str] | None = field(default=None, init=False, eq=False)
    _urls: dict[str, httpx.URL] = field(factory=dict, init=False, eq=False)
    _pools: Pools = field(init=False, eq=False)
    _given_client: httpx.Client | None = field(default=None, init=False, eq=False)
    _given_async_client: httpx.AsyncClient | None = field(default=None, init=False, eq=False)
    # A client made by with_options shares its origin's pools and given clients (it does not own
    # them: closing it leaves them open) and sends its own headers and timeout with each call.
    _shared_from: "_Shared | None" = field(default=None, kw_only=True, alias="_shared_from", eq=False)
    _owns_pools: bool = field(default=True, init=False, eq=False)
    _option_headers: dict[str, str] = field(factory=dict, init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if self._base_url is None:
            self._base_url = base_url_for(self.region, self.edge)
        elif (self.region is not None or self.edge is not None) and self._base_url != base_url_for(
            self.region, self.edge
        ):
            raise ConfigurationError("give either base_url or region/edge, not both")
        check_base_url(self._base_url)
        self._url, self._url_credentials = split_credentials(self._base_url)
        if self.async_backend not in ASYNC_BACKENDS:
            raise ConfigurationError(f"async_backend must be 'httpx' or 'aiohttp', got {self.async_backend!r}")
        if self.async_backend == "aiohttp" and not aiohttp_installed():
            raise ConfigurationError(AIOHTTP_MISSING)
        check_timeout(self._timeout, ConfigurationError)
        check_headers(self._headers, ConfigurationError)
        shared = self._shared_from
        if shared is None:
            self._pools = Pools(self._new_httpx_client, self._new_async_httpx_client)
        else:
            self._pools, self._owns_pools = shared.pools, False
            self._given_client, self._given_async_client = shared.given_client, shared.given_async_client
            self._option_headers = shared.headers
            self._shared_from = None  # (what it held is this client's now; a copy of it shares nothing)

    @property
    def base_url(self) -> str:
        """Where requests go (without the credentials a ``base_url`` held)."""
        return self._url

    def _repr_fields(self) -> list[str]:
        fields = [f"base_url={self.base_url!r}", f"timeout={self._timeout!r}", f"retry={self.retry!r}"]
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
        settings = {a.alias: getattr(self, a.name) for a in fields(type(self)) if a.init and a.alias != "_shared_from"}
        return (_restore, (type(self), settings))

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one (with its own pools) that also sends ``headers``."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client like this one (with its own pools) that also sends ``cookies``."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> Self:
        """A new client like this one (with its own pools) with another timeout (or seconds)."""
        check_timeout(timeout, ConfigurationError)
        return evolve(self, timeout=timeout)

    def with_options(
        self,
        *,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None | object = _KEEP,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client for some calls: this one with another retry policy, timeout or extra headers,
        on this client's own connection pools (no second pool; nothing of this client changes).

        Closing the derived client leaves the shared pools open; closing this client closes them
        for both (a later call of either opens new ones, as after any close)."""
        changes: dict[str, Any] = {}
        if retry is not None:
            changes["retry"] = retry
        if timeout is not _KEEP:
            check_timeout(timeout, ConfigurationError)
            changes["timeout"] = timeout
        if headers:
            check_headers(headers, ConfigurationError)
            changes["headers"] = {**self._headers, **headers}
        shared = _Shared(
            self._pools, self._given_client, self._given_async_client, {**self._option_headers, **(headers or {})}
        )
        return evolve(self, _shared_from=shared, **changes)

    # --- The httpx clients -------------------------------------------------------------------

    def _auth(self) -> httpx.Auth | None:
        return None if self._url_credentials is None else httpx.BasicAuth(*self._url_credentials)

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

    def _new_httpx_client(self) -> httpx.Client:
        return httpx.Client(**compose(self._httpx_kwargs({}), self.retry, make=httpx.HTTPTransport, sync=True))

    def _new_async_httpx_client(self, loop: object) -> httpx.AsyncClient:
        kwargs = self._httpx_kwargs(self._httpx_async_args)
        make = async_maker(self.async_backend)
        if self.async_backend == "aiohttp":
            from ._aiohttp import asyncio_only

            asyncio_only(loop)
            context = kwargs.get("verify")
            shared = context is self._httpx_kwargs({}).get("verify")
            if isinstance(context, ssl.SSLContext) and shared and self._httpx_args.get("http2"):
                # httpx's HTTP/2 transport offers h2 on the context it is given (ALPN): shared, the
                # aiohttp side would offer it too, and could not speak what the server then chose.
                raise ConfigurationError(
                    "async_backend='aiohttp' with an SSLContext shared with the HTTP/2 sync client: give the "
                    "async client a context of its own, httpx_async_args={'verify': another_context}"
                )
        return httpx.AsyncClient(**compose(kwargs, self.retry, make=make, sync=False))

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._given_client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client calls go through: the one given to :meth:`set_httpx_client`, or this
        client's own, built on first use."""
        return self._given_client if self._given_client is not None else self._pools.http()

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._given_async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient calls on the running event loop go through: the one given to
        :meth:`set_async_httpx_client`, or this client's own for this loop, built on first use."""
        given = self._given_async_client
        return given if given is not None else self._pools.async_http()

    def close(self) -> None:
        """Close the sync pool (a given httpx.Client too) once the calls running on it have ended.
        The client stays usable: a later call opens a new pool. Async pools are closed by
        :meth:`aclose` or when their loop ends. A client made by :meth:`with_options` closes nothing:
        the pools are its origin's."""
        if not self._owns_pools:
            return
        self._pools.close()
        if self._given_client is not None:
            self._given_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def aclose(self) -> None:
        """Close the running event loop's pool (a given httpx.AsyncClient too) and the sync pool,
        each once the calls running on it have ended. The client stays usable."""
        if not self._owns_pools:
            return
        await self._pools.aclose()
        if self._given_client is not None:
            self._given_client.close()
        if self._given_async_client is not None:
            await self._given_async_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    # --- Sending -----------------------------------------------------------------------------

    def _deadline(self, timeout: object, retry: RetryPolicy | None) -> Deadline:
        """The call's deadline: its retry policy's ``deadline`` or the call's (else the client's)
        timeout in seconds, whichever is shorter; and that policy (the call's, else the client's),
        which the retrying transport follows."""
        timeout = self._timeout if timeout is None else timeout
        policy = self.retry if retry is None else retry
        seconds = policy.deadline
        if isinstance(timeout, int | float) and not isinstance(timeout, bool):
            seconds = float(timeout) if seconds is None else min(seconds, float(timeout))
        return Deadline(seconds, policy)

    def _target(self, http: httpx.Client | httpx.AsyncClient, path: str) -> httpx.URL | str:
        """Where a path goes: on this client's own pools, the whole URL (joined once per path, a
        bounded memo); on a client given to ``set_httpx_client``, the path, which it joins itself."""
        if http is self._given_client or http is self._given_async_client:
            return path
        urls = self._urls
        found = urls.get(path)
        if found is None:
            if len(urls) >= _URL_MEMO_SIZE:
                urls.clear()
            found = urls[path] = httpx.URL(path if "://" in path else self._url.rstrip("/") + path)
        return found

    def _build(
        self, http: httpx.Client | httpx.AsyncClient, request: ApiRequest, timeout: Timeout, retry: RetryPolicy | None
    ) -> httpx.Request:
        content, content_type = wire_body(request)
        headers = request.headers
        if self._option_headers:
            headers = {**self._option_headers, **headers}
        if content_type is not None and not any(name.lower() == "content-type" for name in headers):
            headers = {"Content-Type": content_type, **headers}
        if timeout is None and not self._owns_pools:
            timeout = self._timeout  # (its own, not that of its origin's pools)
        return http.build_request(
            request.method,
            self._target(http, request.url),
            params=request.params,
            headers=headers,
            content=content,
            files=request.files,
            timeout=httpx.USE_CLIENT_DEFAULT if timeout is None and self._owns_pools else timeout,
            extensions={CALL: self._deadline(timeout, retry)},
        )

    def _failure(self, exc: httpx.RequestError, request: ApiRequest) -> TransportError:
        """httpx's failure as this package's error (the one place where that happens), saying
        whether the request was sent and so may have been processed."""
        kind = RequestTimeoutError if isinstance(exc, httpx.TimeoutException) else NetworkError
        sent = not isinstance(exc, _NEVER_SENT)
        what = "timed out" if kind is RequestTimeoutError else "failed"
        when = "after it was sent (it may have been processed)" if sent else "before it was sent"
        url = request.url if "://" in request.url else self._url.rstrip("/") + request.url
        return kind(f"request {what} {when}: {type(exc).__name__}: {exc}", method=request.method, url=url, sent=sent)

    def _send(self, request: ApiRequest, timeout: Timeout, retry: RetryPolicy | None = None) -> httpx.Response:
        """Send one call (its retries included, by ``retry`` or the client's policy) and read its answer."""
        check_timeout(timeout, InvalidRequestError)
        http = self._given_client
        pool = None if http is not None else self._pools.acquire()
        try:
            if pool is not None:
                http = pool.http
            assert http is not None
            return http.send(self._build(http, request, timeout, retry))
        except httpx.RequestError as exc:  # transport failures, an undecodable body, redirect loops
            raise self._failure(exc, request) from exc
        finally:
            if pool is not None:
                self._pools.release(pool)

    async def _asend(self, request: ApiRequest, timeout: Timeout, retry: RetryPolicy | None = None) -> httpx.Response:
        """The async twin of :meth:`_send`."""
        check_timeout(timeout, InvalidRequestError)
        http = self._given_async_client
        pool = None if http is not None else await self._pools.aacquire()
        try:
            if pool is not None:
                http = pool.http
            assert http is not None
            return await http.send(self._build(http, request, timeout, retry))
        except httpx.RequestError as exc:
            raise self._failure(exc, request) from exc
        finally:
            if pool is not None:
                await self._pools.arelease(pool)


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
        return [f"username={mask(self.username)!r}", "password='***'", *super()._repr_fields()]

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
    "ASYNC_BACKENDS",
    "DEFAULT_BASE_URL",
    "DEFAULT_HEADERS",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "AuthenticatedClient",
    "Client",
    "RetryEvent",
    "RetryPolicy",
    "RetryTransport",
    "base_url_for",
    "check_base_url",
]
