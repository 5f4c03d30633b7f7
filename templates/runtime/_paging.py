"""Paging: every item of every page of a list operation, one page fetched at a time, following
``meta.next_page_url`` only where the credentials may go; or the pages themselves (:class:`Page`),
or every item gathered into a list up to a limit. Copied from templates/runtime/_paging.py
by `make generate`; do not edit the generated copy."""

import functools
import re
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator, Mapping
from contextlib import aclosing, closing
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import errors
from ._metadata import origin_of, remember
from ._operation import Operation, Timeout
from ._request import ApiRequest

if TYPE_CHECKING:
    from ._retries import RetryPolicy
    from .client import Client


T = TypeVar("T")


class _Options:
    """A listing's per-call options, passed to each page's call."""

    __slots__ = ("call",)

    def __init__(self, timeout: Timeout, headers: Mapping[str, str] | None, retry: "RetryPolicy | None") -> None:
        self.call: dict[str, Any] = {"timeout": timeout, "headers": headers, "retry": retry}


class Page(Generic[T]):
    """One page of a list: its ``items``, its ``meta`` (the answer's ``meta``: ``page``,
    ``page_size``, ``url``, ``next_page_url``, ...), the whole answer as ``model``,
    ``next_page_url`` (None on the last page) and ``next_page_token``, the ``PageToken`` of the page
    after it, to resume from later with ``page_token=`` (None on the last page, and when the link
    carries none: whether there is a next page is ``next_page_url``'s to say)."""

    __slots__ = ("__weakref__", "items", "meta", "model", "next_page_token", "next_page_url")

    def __init__(self, items: list[T], model: Any, next_page_url: str | None) -> None:
        self.items = items
        self.model = model
        self.meta: Any = getattr(model, "meta", None)
        self.next_page_url = next_page_url
        self.next_page_token: str | None = (
            httpx.URL(next_page_url).params.get("PageToken") if next_page_url is not None else None
        )

    def __repr__(self) -> str:
        return f"Page(items={len(self.items)}, next_page_token={self.next_page_token!r})"


def stream(
    operation: Operation[Any],
    client: "Client",
    request: ApiRequest,
    *,
    limit: int | None = None,
    timeout: Timeout = None,
    headers: Mapping[str, str] | None = None,
    retry: "RetryPolicy | None" = None,
) -> Iterator[Any]:
    """Every item of every page, fetching one page at a time as the iteration needs it, stopping
    after ``limit`` items. ``limit`` is checked now, before anything is sent."""
    _check_limit(limit)
    return _stream(operation, client, _sized(operation, request, limit), limit, _Options(timeout, headers, retry))


def _stream(
    operation: Operation[Any],
    client: "Client",
    first: ApiRequest,
    limit: int | None,
    options: "_Options",
) -> Iterator[Any]:
    if limit == 0:
        return
    count = 0
    with closing(_pages(operation, client, first, options)) as found:
        for page in found:
            for item in page.items:
                yield item
                count += 1
                if limit is not None and count >= limit:
                    return


def astream(
    operation: Operation[Any],
    client: "Client",
    request: ApiRequest,
    *,
    limit: int | None = None,
    timeout: Timeout = None,
    headers: Mapping[str, str] | None = None,
    retry: "RetryPolicy | None" = None,
) -> AsyncIterator[Any]:
    """The async twin of :func:`stream`."""
    _check_limit(limit)
    return _astream(operation, client, _sized(operation, request, limit), limit, _Options(timeout, headers, retry))


async def _astream(
    operation: Operation[Any],
    client: "Client",
    first: ApiRequest,
    limit: int | None,
    options: "_Options",
) -> AsyncIterator[Any]:
    if limit == 0:
        return
    count = 0
    async with aclosing(_apages(operation, client, first, options)) as found:
        async for page in found:
            for item in page.items:
                yield item
                count += 1
                if limit is not None and count >= limit:
                    return


def pages(
    operation: Operation[Any],
    client: "Client",
    request: ApiRequest,
    *,
    timeout: Timeout = None,
    headers: Mapping[str, str] | None = None,
    retry: "RetryPolicy | None" = None,
) -> Iterator[Page[Any]]:
    """Every page, one fetched at a time as the iteration needs it (see :func:`stream` for the links)."""
    return _pages(operation, client, request, _Options(timeout, headers, retry))


def _pages(
    operation: Operation[Any],
    client: "Client",
    first: ApiRequest,
    options: "_Options",
) -> Generator[Page[Any], None, None]:
    seen = _Seen(client, first)
    request: ApiRequest | None = first
    while request is not None:
        page = operation.unwrap(operation.send(client, request, **options.call))
        items, next_url = _page(operation, page)
        yield _noted(Page(items, page, next_url))
        request = seen.next(request, next_url) if next_url else None


def apages(
    operation: Operation[Any],
    client: "Client",
    request: ApiRequest,
    *,
    timeout: Timeout = None,
    headers: Mapping[str, str] | None = None,
    retry: "RetryPolicy | None" = None,
) -> AsyncIterator[Page[Any]]:
    """The async twin of :func:`pages`."""
    return _apages(operation, client, request, _Options(timeout, headers, retry))


async def _apages(
    operation: Operation[Any],
    client: "Client",
    first: ApiRequest,
    options: "_Options",
) -> AsyncGenerator[Page[Any], None]:
    seen = _Seen(client, first)
    request: ApiRequest | None = first
    while request is not None:
        page = operation.unwrap(await operation.asend(client, request, **options.call))
        items, next_url = _page(operation, page)
        yield _noted(Page(items, page, next_url))
        request = seen.next(request, next_url) if next_url else None


def gather(
    operation: Operation[Any],
    client: "Client",
    request: ApiRequest,
    *,
    limit: int | None,
    timeout: Timeout = None,
    headers: Mapping[str, str] | None = None,
    retry: "RetryPolicy | None" = None,
) -> list[Any]:
    """Every item, up to ``limit``, in a list. ``limit`` has no default: a list of a whole
    Workspace's Tasks can be large, so ``limit=None`` (everything) must be asked for."""
    return list(stream(operation, client, request, limit=limit, timeout=timeout, headers=headers, retry=retry))


async def agather(
    operation: Operation[Any],
    client: "Client",
    request: ApiRequest,
    *,
    limit: int | None,
    timeout: Timeout = None,
    headers: Mapping[str, str] | None = None,
    retry: "RetryPolicy | None" = None,
) -> list[Any]:
    """The async twin of :func:`gather`."""
    items = astream(operation, client, request, limit=limit, timeout=timeout, headers=headers, retry=retry)
    return [item async for item in items]


def _noted(page: Page[Any]) -> Page[Any]:
    """The page, noted as coming from the answer its model (and each item, noted by
    ``Operation.build_response``) came from: ``meta(page)``."""
    origin = origin_of(page.model)
    if origin is not None:
        remember(page, origin)
    return page


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
