"""A client's settings: where requests go (base URLs, regions, edges, credentials taken out of the
URL), the default timeout and headers, and the checks that refuse a setting or a call's input
before anything is sent. Copied from templates/runtime/_config.py by `make generate`; do not edit
the generated copy."""

import ipaddress
import platform
import re
from collections.abc import Mapping

import httpx

from ._provenance import PACKAGE_VERSION
from .errors import ConfigurationError, InvalidRequestError, redact_url

DEFAULT_BASE_URL = "https://taskrouter.twilio.com"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""5 s to connect, 30 s for each read, write and pool wait. The official SDK waits forever."""

USER_AGENT = (
    f"taskrouter-client/{PACKAGE_VERSION} (Python {platform.python_version()}; "
    f"{platform.system() or 'unknown'} {platform.machine() or 'unknown'}) httpx/{httpx.__version__}"
)
DEFAULT_HEADERS = {"Accept": "application/json", "User-Agent": USER_AGENT}

_NAME_PART = re.compile(r"[A-Za-z0-9-]+")
_HOST_NAME = re.compile(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.?")


def base_url_for(region: str | None = None, edge: str | None = None) -> str:
    """The TaskRouter base URL for a region and edge: ``taskrouter.{edge}.{region}.twilio.com``;
    a region alone gives ``taskrouter.{region}.twilio.com``, an edge alone implies region us1."""
    for name, value in (("region", region), ("edge", edge)):
        if value is not None and not _NAME_PART.fullmatch(value):
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
    parsed = _parse(url)
    if parsed is None or not _is_host(parsed.host):
        raise ConfigurationError(f"base_url must be a valid https:// URL, got {redact_url(url)!r}")
    if parsed.path not in ("", "/") or parsed.query or parsed.fragment:
        raise ConfigurationError(f"base_url must have no path, query or fragment, got {redact_url(url)!r}")
    if parsed.scheme == "https" or (parsed.scheme == "http" and _is_loopback(parsed.host)):
        return url
    raise ConfigurationError(
        f"base_url must be https:// (or http:// to localhost for a local stand-in), got {redact_url(url)!r}"
    )


def _parse(url: str) -> httpx.URL | None:
    if not url.isprintable() or any(c.isspace() for c in url):
        return None
    try:
        return httpx.URL(url)
    except httpx.InvalidURL:
        return None


def split_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """``url`` without its ``user:password@`` part, and that user and password (percent-decoded),
    or None when it has none. The client sends them as HTTP Basic: no URL that any layer logs
    (httpx's, httpcore's, aiohttp's, this package's) then holds them."""
    parsed = _parse(url)
    if parsed is None or not (parsed.username or parsed.password):
        return url, None
    return str(parsed.copy_with(userinfo=b"")).rstrip("/"), (parsed.username, parsed.password)


_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")  # printable ASCII and tabs


def _refusal(
    error: type[ConfigurationError] | type[InvalidRequestError], field: str, message: str
) -> ConfigurationError | InvalidRequestError:
    """The error refusing a setting (ConfigurationError) or a call's input (InvalidRequestError,
    naming ``field``)."""
    return error(message) if error is ConfigurationError else error(field, "type", message)


SECRET_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})
"""Headers that carry credentials, in lower case: never told to a hook or recorded by the stub."""


def without_secrets(headers: Mapping[str, str] | httpx.Headers) -> dict[str, str]:
    """``headers`` without the ones that carry credentials (:data:`SECRET_HEADERS`)."""
    return {name: value for name, value in headers.items() if name.lower() not in SECRET_HEADERS}


def check_headers(headers: object, error: type[ConfigurationError] | type[InvalidRequestError]) -> None:
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


def check_timeout(timeout: object, error: type[ConfigurationError] | type[InvalidRequestError]) -> None:
    """A timeout is None, an ``httpx.Timeout`` or a finite number of seconds above 0."""
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < float("inf"):
        message = f"timeout must be None, an httpx.Timeout or seconds above 0, got {timeout!r}"
        raise _refusal(error, "timeout", message)


def mask(value: str) -> str:
    """The first characters of a user name (a SID's prefix says which kind it is), never more."""
    return value[:6] + "..." if len(value) > 6 else "***"
