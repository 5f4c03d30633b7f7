from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx

from ... import _paging
from ..._input import path_segment
from ..._operation import Operation
from ..._request import ApiRequest
from ...client import AuthenticatedClient, Client, RetryPolicy
from ...models import WorkerChannel
from ...models.twilio_error import TwilioError
from ...models.worker_channel_page import WorkerChannelPage
from ...types import UNSET, Page, Response, Unset

_OPERATION: Operation[WorkerChannelPage] = Operation(
    "list_worker_channel",
    responses=(
        (200, 200, WorkerChannelPage, True),
        (400, 499, TwilioError, False),
        (500, 599, TwilioError, False),
    ),
    items="channels",
)


def _request(
    client: AuthenticatedClient | Client,
    workspace_sid: str,
    worker_sid: str,
    *,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ApiRequest:
    """Check the input against the spec (unless the client says not to), then describe the request."""
    if client.validate_requests:
        _OPERATION.check(
            {
                "WorkspaceSid": workspace_sid,
                "WorkerSid": worker_sid,
            },
            {
                "PageSize": page_size,
                "Page": page,
                "PageToken": page_token,
            },
        )

    params: dict[str, Any] = {}

    params["PageSize"] = page_size

    params["Page"] = page

    params["PageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return ApiRequest(
        "GET",
        "/v1/Workspaces/{workspace_sid}/Workers/{worker_sid}/Channels".format(
            workspace_sid=path_segment("WorkspaceSid", workspace_sid),
            worker_sid=path_segment("WorkerSid", worker_sid),
        ),
        params=params,
    )


def sync_detailed(
    workspace_sid: str,
    worker_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TwilioError | WorkerChannelPage]:
    """List worker channel

    Args:
        workspace_sid (str):
        worker_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Response: `parsed` is the success model, the error model, or None.
    """

    return _OPERATION.send(
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            worker_sid=worker_sid,
            page_size=page_size,
            page=page,
            page_token=page_token,
        ),
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


def sync(
    workspace_sid: str,
    worker_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> WorkerChannelPage:
    """List worker channel

    Args:
        workspace_sid (str):
        worker_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        WorkerChannelPage; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        _OPERATION.send(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                worker_sid=worker_sid,
                page_size=page_size,
                page=page,
                page_token=page_token,
            ),
            timeout=timeout,
            headers=headers,
            retry=retry,
        )
    )


async def asyncio_detailed(
    workspace_sid: str,
    worker_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TwilioError | WorkerChannelPage]:
    """List worker channel

    Args:
        workspace_sid (str):
        worker_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Response: `parsed` is the success model, the error model, or None.
    """

    return await _OPERATION.asend(
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            worker_sid=worker_sid,
            page_size=page_size,
            page=page,
            page_token=page_token,
        ),
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


async def asyncio(
    workspace_sid: str,
    worker_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> WorkerChannelPage:
    """List worker channel

    Args:
        workspace_sid (str):
        worker_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        WorkerChannelPage; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        await _OPERATION.asend(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                worker_sid=worker_sid,
                page_size=page_size,
                page=page,
                page_token=page_token,
            ),
            timeout=timeout,
            headers=headers,
            retry=retry,
        )
    )


def unwrap(response: Response[TwilioError | WorkerChannelPage]) -> WorkerChannelPage:
    """The success value of a ``*_detailed`` answer, or its typed error: keeps the raise-on-error
    form while the Response's headers (request id, rate limits) stay in reach."""
    return _OPERATION.unwrap(response)


def stream(
    workspace_sid: str,
    worker_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None = None,
) -> Iterator[WorkerChannel]:
    """List worker channel

    Args:
        workspace_sid (str):
        worker_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Every WorkerChannel of every page, one page fetched at a time, up to `limit`; a next-page link off the client's host raises errors.UnsafeLinkError.
    """

    return _paging.stream(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            worker_sid=worker_sid,
            page_size=page_size,
            page=page,
            page_token=page_token,
        ),
        limit=limit,
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


def stream_async(
    workspace_sid: str,
    worker_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None = None,
) -> AsyncIterator[WorkerChannel]:
    """List worker channel

    Args:
        workspace_sid (str):
        worker_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        The async twin of stream(): `async for` over every WorkerChannel.
    """

    return _paging.astream(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            worker_sid=worker_sid,
            page_size=page_size,
            page=page,
            page_token=page_token,
        ),
        limit=limit,
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


def pages(
    workspace_sid: str,
    worker_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Iterator[Page[WorkerChannel]]:
    """List worker channel

    Args:
        workspace_sid (str):
        worker_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Every page (its items, meta and next_page_token), one fetched at a time as the iteration needs it.
    """

    return _paging.pages(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            worker_sid=worker_sid,
            page_size=page_size,
            page=page,
            page_token=page_token,
        ),
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


def pages_async(
    workspace_sid: str,
    worker_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> AsyncIterator[Page[WorkerChannel]]:
    """List worker channel

    Args:
        workspace_sid (str):
        worker_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        The async twin of pages().
    """

    return _paging.apages(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            worker_sid=worker_sid,
            page_size=page_size,
            page=page,
            page_token=page_token,
        ),
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


def all(
    workspace_sid: str,
    worker_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None,
) -> list[WorkerChannel]:
    """List worker channel

    Args:
        workspace_sid (str):
        worker_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Every WorkerChannel up to `limit`, in a list. `limit` is required: `limit=None` asks for all of them.
    """

    return _paging.gather(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            worker_sid=worker_sid,
            page_size=page_size,
            page=page,
            page_token=page_token,
        ),
        limit=limit,
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


async def all_async(
    workspace_sid: str,
    worker_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None,
) -> list[WorkerChannel]:
    """List worker channel

    Args:
        workspace_sid (str):
        worker_sid (str):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        The async twin of all().
    """

    return await _paging.agather(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            worker_sid=worker_sid,
            page_size=page_size,
            page=page,
            page_token=page_token,
        ),
        limit=limit,
        timeout=timeout,
        headers=headers,
        retry=retry,
    )
