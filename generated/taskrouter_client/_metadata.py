"""Metadata: what a call's answer said besides its body (Twilio's request id, the status, the
rate-limit headers, the ETag), reachable from the value a call returned without changing its type.
Copied from templates/runtime/_metadata.py by `make generate`; do not edit the generated copy.

``meta(result)`` looks the value up in a registry keyed by identity and held by weak references:
the models are slotted attrs classes (no attribute to spare, and unhashable, so no
``WeakKeyDictionary``); an entry goes when its value does. A ``*_detailed`` call's ``Response`` has
the same as ``response.meta``, an error as ``error.meta``.
"""

import weakref
from collections.abc import Iterable, Mapping
from http import HTTPStatus
from types import MappingProxyType
from typing import Any

import httpx
from attrs import field, frozen

from .types import Response, status_of


@frozen
class RateLimit:
    """Twilio's rate-limit headers of an answer: ``X-Rate-Limit-Limit`` and ``-Remaining`` as
    integers (None when absent or not a whole number; the header's text stays in
    ``CallMeta.headers``), ``-Config`` as given."""

    limit: int | None
    remaining: int | None
    config: str | None


@frozen
class CallMeta:
    """What an answer said besides its body: ``status_code``; ``request_id`` (``Twilio-Request-Id``,
    the id Twilio support asks for); ``rate_limit`` (None when the answer had no rate-limit
    header); ``etag`` (``ETag``, as given: pass it back as an update's ``if_match``); the request's
    ``method`` and ``url``; and the answer's ``headers`` (a read-only copy, read in any case; not
    compared or hashed)."""

    status_code: HTTPStatus | int
    request_id: str | None
    rate_limit: RateLimit | None
    etag: str | None
    method: str
    url: str
    headers: Mapping[str, str] = field(repr=False, eq=False)

    @classmethod
    def of(cls, status_code: int, headers: Mapping[str, str], method: str, url: str) -> "CallMeta":
        """The metadata of an answer with this status and these headers, to this request."""
        limit, remaining, config = (
            headers.get(name) for name in ("X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Config")
        )
        rate_limit = None
        if limit is not None or remaining is not None or config is not None:
            rate_limit = RateLimit(_whole(limit), _whole(remaining), config)
        return cls(
            status_of(status_code),
            headers.get("Twilio-Request-Id"),
            rate_limit,
            headers.get("ETag"),
            method,
            url,
            MappingProxyType(httpx.Headers(headers)),
        )


def _whole(value: str | None) -> int | None:
    value = value.strip() if value is not None else None
    return int(value) if value and value.isascii() and value.isdigit() else None


class _Origin:
    """The answer a value came from, kept small: not its body."""

    __slots__ = ("headers", "method", "status_code", "url")

    def __init__(self, response: Response[Any]) -> None:
        self.status_code = response.status_code
        self.headers = response.headers
        self.method = response.method
        self.url = response.url


def note(value: object, response: Response[Any], items: str | None) -> None:
    """Note that ``value`` (a success's model) came from ``response``, and so did each model in its
    list ``items`` (a page's)."""
    origin = remember(value, response)
    if items is not None:
        found = getattr(value, items, None)
        if isinstance(found, list):
            remember_each(found, origin)


class _Entry(weakref.ref[Any]):
    """A weak reference to a value a call returned, with its key and its origin: one object per
    value (no closure), removed from the registry by its own callback when the value goes."""

    __slots__ = ("key", "origin")
    key: int
    origin: _Origin


def _forget(entry: _Entry) -> None:
    if _ORIGINS.get(entry.key) is entry:  # (not an entry that replaced it)
        del _ORIGINS[entry.key]


# id(value) -> its entry. The callback removes an entry when its value goes, before its id can be
# reused.
_ORIGINS: dict[int, _Entry] = {}


def remember(value: object, origin: _Origin | Response[Any]) -> _Origin:
    """Note that ``value`` came from ``origin`` (an answer); a value that cannot be weakly
    referenced (None, a plain list) is not noted. Returns the origin noted."""
    if isinstance(origin, Response):
        origin = _Origin(origin)
    if value is None:
        return origin
    try:
        entry = _Entry(value, _forget)
    except TypeError:
        return origin
    entry.key, entry.origin = id(value), origin
    _ORIGINS[entry.key] = entry
    return origin


def remember_each(values: Iterable[object], origin: _Origin) -> None:
    """Note each of ``values`` (a page's items) as coming from ``origin``."""
    for value in values:
        remember(value, origin)


def origin_of(value: object) -> _Origin | None:
    entry = _ORIGINS.get(id(value))
    if entry is None or entry() is not value:
        return None
    return entry.origin


def _referable(value: object) -> bool:
    try:
        weakref.ref(value)
    except TypeError:
        return False
    return True


def meta(result: object) -> CallMeta:
    """What the answer that gave ``result`` said besides its body (:class:`CallMeta`): for the
    value a call returned, each item of a list's page (its page's answer), a ``Page``, a
    ``*_detailed`` call's ``Response`` and an API error. Raises ``LookupError`` for anything else:
    ``None`` (a call that answers no body: use its ``*_detailed`` form), a copy or a value built by
    hand."""
    if isinstance(result, Response):
        return result.meta
    found = getattr(result, "meta", None) if isinstance(result, BaseException) else None
    if isinstance(found, CallMeta):
        return found
    origin = origin_of(result)
    if origin is None:
        if result is not None and not _referable(result):
            raise LookupError(
                f"a {type(result).__name__} cannot carry a call's metadata: use the call's *_detailed form "
                "and its Response.meta"
            )
        what = "None" if result is None else f"this {type(result).__name__}"
        raise LookupError(
            f"{what} was not returned by a call of this client (a call that answers no body has its "
            "metadata on its *_detailed form's Response.meta)"
        )
    return CallMeta.of(origin.status_code, origin.headers, origin.method, origin.url)
