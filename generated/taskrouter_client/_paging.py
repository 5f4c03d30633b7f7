"""Paging: every item of every page of a list operation, one page fetched at a time, following
``meta.next_page_url`` only where the credentials may go. Copied from templates/runtime/_paging.py
by `make generate`; do not edit the generated copy."""

import functools
import re
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from . import errors
from ._operation import Operation, Timeout
from ._request import ApiRequest

if TYPE_CHECKING:
    from .client import Client


def stream(
    operation: Operation[Any],
    client: "Client",
    request: ApiRequest,
    *,
    limit: int | None = None,
    timeout: Timeout = None,
    headers: Mapping[str, str] | None = None,
) -> Iterator[Any]:
    """Every item of every page, fetching one page at a time as the iteration needs it, stopping
    after ``limit`` items. ``limit`` is checked now, before anything is sent."""
    _check_limit(limit)
    return _stream(operation, client, _sized(operation, request, limit), limit, timeout, headers)


def _stream(
    operation: Operation[Any],
    client: "Client",
    first: ApiRequest,
    limit: int | None,
    timeout: Timeout,
    headers: Mapping[str, str] | None,
) -> Iterator[Any]:
    count, seen = 0, _Seen(client, first)
    request: ApiRequest | None = first
    while request is not None and limit != 0:
        page = operation.unwrap(operation.send(client, request, timeout=timeout, headers=headers))
        items, next_url = _page(operation, page)
        for item in items:
            yield item
            count += 1
            if limit is not None and count >= limit:
                return
        request = seen.next(request, next_url) if next_url else None


def astream(
    operation: Operation[Any],
    client: "Client",
    request: ApiRequest,
    *,
    limit: int | None = None,
    timeout: Timeout = None,
    headers: Mapping[str, str] | None = None,
) -> AsyncIterator[Any]:
    """The async twin of :func:`stream`."""
    _check_limit(limit)
    return _astream(operation, client, _sized(operation, request, limit), limit, timeout, headers)


async def _astream(
    operation: Operation[Any],
    client: "Client",
    first: ApiRequest,
    limit: int | None,
    timeout: Timeout,
    headers: Mapping[str, str] | None,
) -> AsyncIterator[Any]:
    count, seen = 0, _Seen(client, first)
    request: ApiRequest | None = first
    while request is not None and limit != 0:
        page = operation.unwrap(await operation.asend(client, request, timeout=timeout, headers=headers))
        items, next_url = _page(operation, page)
        for item in items:
            yield item
            count += 1
            if limit is not None and count >= limit:
                return
        request = seen.next(request, next_url) if next_url else None


def _page(operation: Operation[Any], page: Any) -> tuple[list[Any], str | None]:
    items = getattr(page, operation.items or "", None)
    next_url = getattr(getattr(page, "meta", None), "next_page_url", None)
    return (list(items) if isinstance(items, list) else []), (next_url if isinstance(next_url, str) else None)


class _Seen:
    """The pages of one stream, by URL (its query in a fixed order), so that a link back to a page
    already fetched ends the stream instead of looping."""

    def __init__(self, client: "Client", first: ApiRequest) -> None:
        self._base = httpx.URL(client.base_url)
        self._keys = {_page_key(self._base.join(first.url).copy_merge_params(first.params or {}))}

    def next(self, request: ApiRequest, url: str) -> ApiRequest | None:
        """The request for the page at ``url``, or None when it was fetched already. A link is
        followed only on the client's own scheme, host and port; a link to a TaskRouter host of
        another region or edge (``https://taskrouter.twilio.com`` while the client talks to
        ``taskrouter.dublin.ie1.twilio.com``, as the API may answer) is read on the client's own
        host, as the official SDK does. Credentials never follow a link anywhere else."""
        base = self._base
        target = base.join(url)
        if (target.scheme, target.host, target.port) != (base.scheme, base.host, base.port):
            if not (target.scheme == "https" and target.port is None and _taskrouter_host().fullmatch(target.host)):
                raise errors.UnsafeLinkError(url=str(target), base_url=str(base))
            target = target.copy_with(scheme=base.scheme, host=base.host, port=base.port)
        key = _page_key(target)
        if key in self._keys:
            return None
        self._keys.add(key)
        return request.with_url(str(target))


def _sized(operation: Operation[Any], request: ApiRequest, limit: int | None) -> ApiRequest:
    """With a ``limit`` and no page size given, ask for pages no larger than the limit (as the
    official SDK does), within the spec's ``PageSize`` range."""
    rule = operation.query_rules.get("PageSize")
    params = request.params
    if limit and rule is not None and params is not None and "PageSize" not in params:
        request.params = {**params, "PageSize": max(rule.get("minimum", 1), min(limit, rule.get("maximum", limit)))}
    return request


@functools.cache
def _taskrouter_host() -> re.Pattern[str]:
    """Hosts of TaskRouter in every region and edge (taskrouter.twilio.com,
    taskrouter.dublin.ie1.twilio.com); compiled when a first link is followed, not at import."""
    return re.compile(r"taskrouter(\.[a-z0-9-]+)*\.twilio\.com")


def _page_key(url: httpx.URL) -> str:
    """A page's URL with its query in a fixed order, so the same page is known however its
    link orders the parameters."""
    return str(url.copy_with(query=None)) + "?" + "&".join(sorted(f"{k}={v}" for k, v in url.params.multi_items()))


def _check_limit(limit: object) -> None:
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
        raise errors.InvalidRequestError("limit", "minimum", f"limit must be None or an integer >= 0, got {limit!r}")
