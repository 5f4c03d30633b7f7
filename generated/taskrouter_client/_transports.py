"""Transports: what each httpx client of a :class:`~.client.Client` sends through, composed as httpx
composes its own (a default transport, one per proxy, from ``proxy=`` or the environment, and
your ``mounts``), each under the retrying transport, on the chosen backend. Copied from
templates/runtime/_transports.py by `make generate`; do not edit the generated copy.

httpx builds these itself when given none; it is given them here, built with its public
constructors, so that no route escapes the retrying transport.
"""

import ipaddress
from collections.abc import Callable, Mapping
from typing import Any
from urllib.request import getproxies

import httpx

from ._logs import proxy_authorizations
from ._retries import RetryPolicy, RetryTransport
from .errors import ConfigurationError

ASYNC_BACKENDS = ("httpx", "aiohttp")
"""What the async client's own transports run on: httpx's (httpcore, the default) or aiohttp's
(the ``aiohttp`` extra: ``pip install 'taskrouter-client[aiohttp]'``)."""

AIOHTTP_MISSING = "async_backend='aiohttp' needs the aiohttp extra: pip install 'taskrouter-client[aiohttp]'"

# The httpx.Client arguments its own transports are built with.
_TRANSPORT_ARGS = ("verify", "cert", "trust_env", "http1", "http2", "limits")


def aiohttp_installed() -> bool:
    from importlib.util import find_spec

    return find_spec("aiohttp") is not None


def environment_proxies() -> dict[str, str | None]:
    """The proxies of ``HTTP_PROXY``/``HTTPS_PROXY``/``ALL_PROXY`` by URL pattern, and ``None`` (no
    proxy) for each ``NO_PROXY`` entry, read as httpx reads them for a client with
    ``trust_env=True`` (curl's rules: ``*`` turns every proxy off; ``.example.com`` matches its
    subdomains, ``example.com`` the domain too)."""
    found = getproxies()
    routes: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        url = found.get(scheme)
        if url:
            routes[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    for host in (entry.strip() for entry in found.get("no", "").split(",")):
        if host == "*":
            return {}
        if not host:
            continue
        if "://" in host:
            routes[host] = None
        elif host.lower() == "localhost" or _is_ip(host, 4):
            routes[f"all://{host}"] = None
        elif _is_ip(host, 6):
            routes[f"all://[{host}]"] = None
        else:
            routes[f"all://*{host}"] = None
    return routes


def _is_ip(host: str, version: int) -> bool:
    try:
        return ipaddress.ip_address(host.split("/")[0]).version == version
    except ValueError:
        return False


def compose(args: Mapping[str, Any], policy: RetryPolicy, *, make: Callable[..., Any], sync: bool) -> dict[str, Any]:
    """The keyword arguments of an ``httpx.Client`` (``sync``) or ``httpx.AsyncClient`` with its
    ``transport`` and ``mounts`` built: ``make(**settings)`` (and ``make(proxy=..., **settings)``
    for each proxy) builds the backend's transports from httpx's transport settings (``verify``,
    ``cert``, ``trust_env``, ``http1``, ``http2``, ``limits``); a ``transport`` or ``mounts`` given
    are used as given. Each one is wrapped by a :class:`~._retries.RetryTransport`. Proxies come
    from ``proxy=``, else from the environment unless ``trust_env=False`` or a transport is given,
    as httpx decides."""
    kwargs = dict(args)
    settings = {name: kwargs.pop(name) for name in _TRANSPORT_ARGS if name in kwargs}
    given = kwargs.pop("transport", None)
    proxy = kwargs.pop("proxy", None)
    mounts = dict(kwargs.pop("mounts", None) or {})
    if not sync:
        for transport in (given, *mounts.values()):
            if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
                raise ConfigurationError(
                    "httpx_args holds a sync-only transport: give the async client its own, "
                    "e.g. httpx_async_args={'transport': httpx.AsyncHTTPTransport(...)}"
                )
    routes: dict[str, Any] = {}
    proxies: dict[str, httpx.Proxy] = {}  # by route: their credentials are kept out of the logs
    if proxy is not None:
        proxies["all://"] = proxy if isinstance(proxy, httpx.Proxy) else httpx.Proxy(proxy)
        routes["all://"] = make(proxy=proxies["all://"], **settings)
    elif settings.get("trust_env", True) and given is None:
        for pattern, url in environment_proxies().items():
            if url is not None:
                proxies[pattern] = httpx.Proxy(url)
            routes[pattern] = None if url is None else make(proxy=proxies[pattern], **settings)
    routes.update(mounts)

    def wrapped(transport: Any, pattern: str | None = None) -> RetryTransport:
        secrets = proxy_authorizations([proxies[pattern]]) if pattern in proxies else ()
        if sync:
            return RetryTransport(policy, transport=transport, proxy_authorizations=secrets)
        return RetryTransport(policy, async_transport=transport, proxy_authorizations=secrets)

    kwargs["transport"] = wrapped(given if given is not None else make(**settings))
    kwargs["mounts"] = {
        pattern: None if route is None else wrapped(route, pattern) for pattern, route in routes.items()
    }
    if "trust_env" in settings:
        kwargs["trust_env"] = settings["trust_env"]
    return kwargs


def async_maker(backend: str) -> Callable[..., httpx.AsyncBaseTransport]:
    """The constructor of the async client's own transports on ``backend``."""
    if backend == "httpx":
        return httpx.AsyncHTTPTransport
    try:
        from ._aiohttp import AiohttpTransport
    except ImportError as exc:
        raise ConfigurationError(AIOHTTP_MISSING) from exc
    return AiohttpTransport
