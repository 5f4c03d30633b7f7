"""Errors raised by the client. Copied from templates/runtime/errors.py by `make generate`; do not edit the generated copy.

Every error derives from :class:`TaskRouterError`:

- :class:`ApiError` (also an :class:`UnexpectedStatus`): the API answered with an error status.
  Subclasses: :class:`BadRequestError` (400), :class:`AuthenticationError` (401, and
  :class:`PermissionDeniedError` for 403), :class:`NotFoundError` (404),
  :class:`RateLimitError` (429), :class:`ServerError` (5xx).
- :class:`DecodeError`: a success answer whose body does not match the spec.
- :class:`TransportError`: no answer: :class:`NetworkError` or :class:`RequestTimeoutError`.
- :class:`InvalidRequestError` (also a ``ValueError``): bad input, refused before sending.
- :class:`ConfigurationError` (also a ``ValueError``): a client that cannot be built as asked.
"""

import datetime
import email.utils
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

if TYPE_CHECKING:
    from ._metadata import CallMeta

_SNIPPET = 200
_BOUND = 500  # characters of any text from an answer that an error's str() or repr() shows


def _snippet(content: bytes) -> str:
    text = content[: _SNIPPET * 32].decode("utf-8", errors="replace")
    text = re.sub(r"<[^>]*>", " ", text) if "<" in text else text
    text = " ".join(text.split())
    return text[:_SNIPPET] + ("..." if len(text) > _SNIPPET or len(content) > _SNIPPET * 32 else "")


def _bounded(text: str) -> str:
    """``text`` as an error's message shows it: at most ``_BOUND`` characters, and how many there were."""
    return text if len(text) <= _BOUND else f"{text[:_BOUND]}... ({len(text):,} characters)"


def redact_url(url: str) -> str:
    """``url`` without any user:password part."""
    try:
        parts = urlsplit(url)
    except ValueError:  # not a URL that parses: drop anything up to an "@" after "//"
        return re.sub(r"//[^/]*@", "//", url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _rebuild(cls: type[BaseException], args: tuple[Any, ...]) -> BaseException:
    error = cls.__new__(cls)
    BaseException.__init__(error, *args)
    return error


class TaskRouterError(Exception):
    """The base of every error this client raises. Every one survives ``pickle`` and
    ``copy.deepcopy`` with its type, message and attributes (process pools, task queues)."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own reduce calls cls(*args), which keyword-only constructors refuse.
        return (_rebuild, (type(self), self.args), dict(self.__dict__))


class UnexpectedStatus(TaskRouterError):
    """The generator's error for an HTTP status; here the base of every :class:`ApiError`."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code: int = status_code
        self.content = content

        super().__init__(f"Unexpected status code: {status_code}\n\nResponse content:\n{_snippet(content)}")


class ApiError(UnexpectedStatus):
    """The API answered with a status that is not a success.

    Attributes: ``status_code``; Twilio's ``code``, ``message``, ``more_info`` and ``details``
    (each None when the body did not carry it); ``headers`` of the answer; ``request_id``
    (``Twilio-Request-Id``); ``method`` and ``url`` of the request; ``content``, the raw body.
    ``str()`` and ``repr()`` show at most 500 characters of any text the answer carried; the
    attributes hold it whole.
    """

    def __init__(
        self,
        *,
        status_code: int,
        content: bytes = b"",
        headers: Mapping[str, str] | None = None,
        method: str = "",
        url: str = "",
        code: int | None = None,
        message: str | None = None,
        more_info: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        self.status_code: int = int(status_code)
        self.content = content
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.method = method
        self.url: str = redact_url(url)
        self.code = code
        self.message = message
        self.more_info = more_info
        self.details = details
        self.request_id: str | None = self.headers.get("Twilio-Request-Id")
        Exception.__init__(self, self._summary())

    def _summary(self) -> str:
        text = f"HTTP {self.status_code}"
        if self.code is not None:
            text += f" (Twilio error {self.code})"
        text += f": {_bounded(self.message or 'no message')}"
        if self.url:
            text += f" [{self.method} {self.url}]"
        if self.request_id:
            text += f" request id {_bounded(self.request_id)}"
        if self.more_info:
            text += f" - see {_bounded(self.more_info)}"
        return text

    def __repr__(self) -> str:
        message = None if self.message is None else _bounded(self.message)
        return f"{type(self).__name__}(status_code={self.status_code!r}, code={self.code!r}, message={message!r})"

    @property
    def meta(self) -> "CallMeta":
        """What the error answer said besides its body: request id, rate limits (a 429's
        ``remaining``), ETag (:class:`~._metadata.CallMeta`)."""
        from ._metadata import CallMeta

        return CallMeta.of(self.status_code, self.headers, self.method, self.url)


class BadRequestError(ApiError):
    """400 (or 422): the API refused the request's content (Twilio code 20001 and friends)."""


class AuthenticationError(ApiError):
    """401: the credentials were refused (Twilio code 20003)."""


class PermissionDeniedError(AuthenticationError):
    """403: the credentials may not do this."""


class NotFoundError(ApiError):
    """404: the Workspace (or another resource in the path) does not exist (Twilio code 20404)."""


class RateLimitError(ApiError):
    """429: too many requests; nothing was processed. ``retry_after`` is the wait the API asked
    for, in seconds, or None. The client retries these itself before raising."""

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.headers.get("Retry-After"))


class ServerError(ApiError):
    """5xx: the API failed. The request may or may not have been processed."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: BadRequestError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[ApiError]:
    """The ApiError subclass for an HTTP status."""
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if 500 <= status_code <= 599:
        return ServerError
    return ApiError


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def api_error(
    *,
    status_code: int,
    content: bytes,
    headers: Mapping[str, str],
    method: str = "",
    url: str = "",
    parsed: Any = None,
) -> ApiError:
    """Build the typed error for an answer. ``parsed`` is the decoded error model, or None when
    the body was empty or not JSON; RFC 9457 fields (``detail``, ``title``) fill a missing message."""
    code: int | None = None
    message: str | None = None
    more_info: str | None = None
    details: Mapping[str, Any] | None = None
    extra: Mapping[str, Any] = {}
    if parsed is not None:
        raw_code = getattr(parsed, "code", None)
        code = raw_code if isinstance(raw_code, int) and not isinstance(raw_code, bool) else None
        message = _opt_str(getattr(parsed, "message", None))
        more_info = _opt_str(getattr(parsed, "more_info", None))
        raw_details: Any = getattr(parsed, "details", None)
        details = raw_details.to_dict() if callable(getattr(raw_details, "to_dict", None)) else None
        extra = getattr(parsed, "additional_properties", {})
    if message is None:
        message = _opt_str(extra.get("detail")) or _opt_str(extra.get("title"))
    if message is None and content.strip():
        message = _snippet(content)
    if more_info is None:
        more_info = _opt_str(extra.get("type"))
    return error_class_for(status_code)(
        status_code=status_code,
        content=content,
        headers=headers,
        method=method,
        url=url,
        code=code,
        message=message,
        more_info=more_info,
        details=details,
    )


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.UTC)
        seconds = (when - datetime.datetime.now(datetime.UTC)).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


class DecodeError(TaskRouterError):
    """An answer whose body does not match the spec (not JSON, a missing attribute, a wrong type,
    a date that does not parse). ``where`` is the JSON path of the first mismatch.

    For a success status (``accepted`` is True) the API **did** process the request: a create
    happened, and ``sid`` names what was created when the body had one. Do not send it again."""

    def __init__(
        self,
        *,
        status_code: int,
        content: bytes,
        headers: Mapping[str, str],
        where: str,
        reason: str,
        method: str = "",
        url: str = "",
        sid: str | None = None,
    ) -> None:
        self.status_code: int = int(status_code)
        self.content = content
        self.headers = headers
        self.where = where
        self.reason = reason
        self.method = method
        self.url: str = redact_url(url)
        self.sid = sid
        self.accepted: bool = 200 <= self.status_code <= 299
        self.request_id: str | None = headers.get("Twilio-Request-Id")
        if self.accepted:
            made = f" (sid {sid})" if sid else ""
            text = f"HTTP {status_code}: the API accepted {method} {self.url}{made}, but its answer"
        else:
            text = f"HTTP {status_code} answer to {method} {self.url}"
        super().__init__(f"{text} does not match the spec at {_bounded(where)}: {_bounded(reason)}")

    @property
    def meta(self) -> "CallMeta":
        """What the answer said besides its body (:class:`~._metadata.CallMeta`): for an
        accepted call, its request id is the one to give Twilio support."""
        from ._metadata import CallMeta

        return CallMeta.of(self.status_code, self.headers, self.method, self.url)


class UnsafeLinkError(TaskRouterError):
    """A link in an answer (a next page) that leads away from the client's own scheme, host and
    port. It is not followed, so credentials never travel to another host."""

    def __init__(self, *, url: str, base_url: str) -> None:
        self.url: str = redact_url(url)
        self.base_url: str = redact_url(base_url)
        super().__init__(f"refusing to follow {self.url}: it is not on {self.base_url}")


class TransportError(TaskRouterError):
    """No answer came back. ``method`` and ``url`` name the request; ``sent`` says whether it was
    sent (False: it never left, and sending it again repeats nothing; True: it may have been
    processed, and a create sent again may create twice)."""

    def __init__(self, message: str, *, method: str = "", url: str = "", sent: bool = True) -> None:
        self.method = method
        self.url: str = redact_url(url)
        self.sent = sent
        super().__init__(f"{_bounded(message)} [{method} {self.url}]")


class NetworkError(TransportError):
    """The connection failed or broke. When it broke after the request was sent, the request
    may have been processed."""


class RequestTimeoutError(TransportError):
    """A timeout (connect, write, read or pool) expired. After a read timeout the request may
    have been processed."""


class InvalidRequestError(TaskRouterError, ValueError):
    """Input that breaks the spec; nothing was sent. ``field`` names the input and ``rule`` the
    schema keyword it broke (``pattern``, ``minimum``, ``required``, ...)."""

    def __init__(self, field: str, rule: str, message: str) -> None:
        self.field = field
        self.rule = rule
        super().__init__(message)


class DocumentError(TaskRouterError, ValueError):
    """A JSON document read from text (a Workflow's ``configuration``) that is not JSON or breaks
    its schema. ``where`` is the JSON path of the first mismatch (``$.task_routing.filters[0]``),
    ``rule`` the schema keyword it broke, ``reason`` what was wrong."""

    def __init__(self, where: str, rule: str, reason: str) -> None:
        self.where = where
        self.rule = rule
        self.reason = reason
        super().__init__(f"{where}: {reason}")


class ConfigurationError(TaskRouterError, ValueError):
    """A client cannot be built as asked (missing credentials, an insecure base URL, ...)."""


__all__ = [
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "DecodeError",
    "DocumentError",
    "InvalidRequestError",
    "NetworkError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ServerError",
    "TaskRouterError",
    "TransportError",
    "UnexpectedStatus",
    "UnsafeLinkError",
    "api_error",
    "error_class_for",
    "parse_retry_after",
    "redact_url",
]
