"""Logs: what each attempt of a call tells the package's logger, with every secret kept out. Copied
from templates/runtime/_logs.py by `make generate`; do not edit the generated copy.

The logger is named after the package (``taskrouter_client``, or the path it was vendored to) and
has a ``NullHandler``: nothing is printed until the application configures logging, or sets
``TASKROUTER_LOG=info`` or ``TASKROUTER_LOG=debug`` (read when the package is imported), which
sends the package's records to stderr at that level (to the root logger's handlers instead, when the
application has set some up: never printed twice).

- INFO: one record per attempt of a call: method, URL (no user or password), status (or the
  failure's type, a cancellation's included), elapsed milliseconds, attempt n of m, Twilio's
  request id; and one per retry or retry given up (the retrying transport's).
- DEBUG: for each attempt, also the request's and the answer's headers and bodies, each body cut
  at :data:`BODY_BOUND` characters (a retried answer's body is not read: that would spend the
  call's time; logging never changes what a call does). Redacted: ``Authorization``, ``Proxy-Authorization``,
  ``Cookie``, ``Set-Cookie`` and any header whose name says token, secret, password, key,
  signature, credential, session or auth, the request's and the answer's; the values they carry
  (an HTTP Basic password, the Basic form, a bearer token, a cookie's value, one the answer sets),
  and a proxy's credentials, wherever else they appear: URL, other headers, bodies; and the user
  and password of any URL in a record (a callback URL's, as written or form-encoded). The Basic
  user name (an Account or API key SID) is shown as its first characters. Bodies are shown
  otherwise whole: customer data (a Task's attributes) included.

Records are only built when the logger is enabled for their level: with logging off, an attempt
costs one level check.
"""

import base64
import binascii
import json
import logging
import os
import re
import sys
import warnings
from collections.abc import Iterable, Mapping
from typing import TextIO
from urllib.parse import quote, quote_plus

import httpx

from ._config import SECRET_HEADERS
from .errors import redact_url

logger: logging.Logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)

SWITCH = "TASKROUTER_LOG"
"""The environment variable that turns the package's logs on: ``info`` or ``debug``."""

LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
BODY_BOUND = 2000
"""Characters of a body a DEBUG record shows; the rest is counted, not shown."""

REDACTED = "[redacted]"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_SECRET_HEADERS = SECRET_HEADERS | {"set-cookie"}  # (what a request carries, and what an answer sets)
_SECRET_NAME = re.compile(r"token|secret|passw|key|signature|credential|session|auth", re.IGNORECASE)
# A URL's user[:password]@, as written and form-encoded ("https%3A%2F%2Fuser%3Apass%40host").
_USERINFO = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*://)[^/\s@\"'?#<>\\]+@")
_USERINFO_ENCODED = re.compile(r"(%3A%2F%2F)(?:(?!%2F|&|\s|\"|').)+?%40", re.IGNORECASE)
_SHORTEST_SECRET = 4  # shorter values would redact ordinary text; no credential is this short


def setup(environ: Mapping[str, str] | None = None) -> None:
    """Give the package's logger its ``NullHandler`` (once), and turn its records on, to stderr,
    when :data:`SWITCH` says ``info`` or ``debug``. Another value is refused with a warning."""
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())
    value = (os.environ if environ is None else environ).get(SWITCH, "").strip().lower()
    if not value or value == "off":
        return
    level = LEVELS.get(value)
    if level is None:
        warnings.warn(f"{SWITCH}={value!r} is not 'info', 'debug' or 'off': the package logs nothing", stacklevel=2)
        return
    if not any(isinstance(handler, _SwitchHandler) for handler in logger.handlers):
        handler = _SwitchHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(handler)
    logger.setLevel(level)


class _SwitchHandler(logging.StreamHandler[TextIO]):
    """The stderr handler :data:`SWITCH` adds (once, however often the package is set up). A
    record also reaches the root logger's handlers: when the application has set some up, they
    show it, and this handler does not show it a second time."""

    def emit(self, record: logging.LogRecord) -> None:
        if not any(not isinstance(handler, logging.NullHandler) for handler in logging.getLogger().handlers):
            super().emit(record)


def enabled() -> bool:
    """Whether an attempt is logged at all (INFO or lower)."""
    return logger.isEnabledFor(logging.INFO)


def proxy_authorizations(proxies: Iterable[httpx.Proxy]) -> tuple[str, ...]:
    """The ``Proxy-Authorization`` values the proxies send (their URL's credentials, their own
    headers): secrets no request of the client's carries where a log can see them, but that an
    answer may echo."""
    found = []
    for proxy in proxies:
        if proxy.raw_auth is not None:
            user, password = proxy.raw_auth
            found.append("Basic " + base64.b64encode(user + b":" + password).decode())
        found += [value for name, value in proxy.headers.items() if _is_secret_header(name)]
    return tuple(found)


def attempt(
    request: httpx.Request,
    response: httpx.Response | None,
    error: BaseException | None,
    number: int,
    attempts: int,
    seconds: float,
    proxies: tuple[str, ...] = (),
) -> None:
    """Log one attempt: its INFO line and, at DEBUG, its headers and bodies (redacted; the
    ``Proxy-Authorization`` values of ``proxies`` too)."""
    secrets = _Secrets(request, proxies, response)
    url = secrets.scrub(redact_url(str(request.url)))
    if response is None:
        outcome = type(error).__name__ if error is not None else "no answer"
    else:
        outcome = str(response.status_code)
        if error is not None:
            outcome += f", then {type(error).__name__}"
    request_id = response.headers.get("Twilio-Request-Id") if response is not None else None
    logger.info(
        "%s %s -> %s in %.1f ms (attempt %d of %d)%s",
        request.method,
        url,
        outcome,
        seconds * 1000,
        number,
        attempts,
        f", request id {secrets.scrub(request_id)}" if request_id else "",
    )
    if not logger.isEnabledFor(logging.DEBUG):
        return
    sent = _request_body(request)
    if response is None:
        answer = "no answer"
    else:
        answer = f"answer headers {secrets.headers(response.headers)} body {secrets.body(_response_body(response))}"
    logger.debug(
        "%s %s request headers %s body %s; %s",
        request.method,
        url,
        secrets.headers(request.headers),
        secrets.body(sent),
        answer,
    )


def _url(request: httpx.Request, proxies: tuple[str, ...]) -> str:
    return _Secrets(request, proxies).scrub(redact_url(str(request.url)))


def retrying(
    request: httpx.Request, why: str, retry: int, retries: int, wait: float, proxies: tuple[str, ...] = ()
) -> None:
    logger.info(
        "retrying %s %s after %s (retry %d of %d, waiting %.2fs)",
        request.method,
        _url(request, proxies),
        why,
        retry,
        retries,
        wait,
    )


def not_retrying(request: httpx.Request, why: str, proxies: tuple[str, ...] = ()) -> None:
    logger.info(
        "not retrying %s %s after %s: the call's deadline comes first", request.method, _url(request, proxies), why
    )


def not_sent(request: httpx.Request, proxies: tuple[str, ...] = ()) -> None:
    logger.info(
        "not sending %s %s again: the call's deadline passed during the wait", request.method, _url(request, proxies)
    )


def _request_body(request: httpx.Request) -> bytes | None:
    try:
        return request.content
    except httpx.RequestNotRead:
        return None


def _response_body(response: httpx.Response) -> bytes | None:
    try:
        return response.content
    except httpx.ResponseNotRead:
        return None


def _masked(user: str) -> str:
    """A user name's first characters (a SID's prefix says which kind it is), never more."""
    return user[:6] + "..." if len(user) > 6 else REDACTED


class _Secrets:
    """The secrets one request carries, and how text is shown without them: each value of a
    secret header, and for HTTP Basic the password, ``user:password`` and its base64 form, as
    written and as a URL or JSON would escape them; the user name is shown masked."""

    __slots__ = ("_longest", "_values")

    def __init__(
        self, request: httpx.Request, proxies: tuple[str, ...] = (), response: httpx.Response | None = None
    ) -> None:
        found: dict[str, str] = {}
        sources = [request.headers] if response is None else [request.headers, response.headers]
        for headers in sources:
            for name, value in headers.items():
                if _is_secret_header(name):
                    self._add(found, name, value)
        for value in proxies:
            self._add(found, "proxy-authorization", value)
        values = sorted(found.items(), key=lambda item: len(item[0]), reverse=True)
        self._values = values
        self._longest = max((len(secret) for secret, _ in values), default=0)

    @staticmethod
    def _add(found: dict[str, str], name: str, value: str) -> None:
        parts = [value]
        scheme, _, token = value.strip().partition(" ")
        if name.lower() == "cookie":
            parts += [piece.partition("=")[2] for piece in value.split(";")]
        elif name.lower() == "set-cookie":  # its value; not its attributes (Path=/, Expires=...)
            parts.append(value.split(";")[0].partition("=")[2])
        elif token:
            parts.append(token.strip())
            if scheme.lower() == "basic":
                try:
                    decoded = base64.b64decode(token.strip(), validate=True).decode()
                except (binascii.Error, UnicodeDecodeError, ValueError):
                    decoded = ""
                user, _, password = decoded.partition(":")
                parts += [decoded, password]
                if len(user) >= _SHORTEST_SECRET:
                    found.setdefault(user, _masked(user))
        for part in parts:
            part = part.strip()
            if len(part) < _SHORTEST_SECRET:
                continue
            for form in (part, quote_plus(part), quote(part, safe=""), json.dumps(part)[1:-1]):
                found[form] = REDACTED

    def scrub(self, text: str) -> str:
        for secret, shown in self._values:
            if secret in text:
                text = text.replace(secret, shown)
        if "@" in text or "%40" in text:  # a URL's user and password, written or form-encoded
            text = _USERINFO_ENCODED.sub(r"\1[redacted]%40", _USERINFO.sub(r"\1[redacted]@", text))
        return text

    def headers(self, headers: httpx.Headers) -> dict[str, str]:
        return {name: REDACTED if _is_secret_header(name) else self.scrub(value) for name, value in headers.items()}

    def body(self, content: bytes | None) -> str:
        """A body as a DEBUG record shows it: its text (secrets redacted), cut at :data:`BODY_BOUND`
        characters, and its size."""
        if content is None:
            return "(not read)"
        if not content:
            return "(empty)"
        # Redacted before it is cut, over enough text that a secret across the cut is found whole.
        raw = content[: (BODY_BOUND + self._longest) * 4]
        text = self.scrub(raw.decode("utf-8", errors="replace"))
        shown = text[:BODY_BOUND]
        more = len(text) > BODY_BOUND or len(raw) < len(content)
        return f"{shown!r}{'...' if more else ''} ({len(content):,} bytes)"


def _is_secret_header(name: str) -> bool:
    return name.lower() in _SECRET_HEADERS or _SECRET_NAME.search(name) is not None
