import datetime
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx

from ... import _paging
from ..._input import path_segment
from ..._operation import Operation
from ..._request import ApiRequest
from ...client import AuthenticatedClient, Client, RetryPolicy
from ...models import TaskQueuesStatistics
from ...models.task_queues_statistics_page import TaskQueuesStatisticsPage
from ...models.twilio_error import TwilioError
from ...types import UNSET, Page, Response, Unset

_OPERATION: Operation[TaskQueuesStatisticsPage] = Operation(
    "list_task_queues_statistics",
    responses=(
        (200, 200, TaskQueuesStatisticsPage, True),
        (400, 499, TwilioError, False),
        (500, 599, TwilioError, False),
    ),
    items="task_queues_statistics",
)


def _request(
    client: AuthenticatedClient | Client,
    workspace_sid: str,
    *,
    end_date: datetime.datetime | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    split_by_wait_time: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ApiRequest:
    """Check the input against the spec (unless the client says not to), then describe the request."""
    if client.validate_requests:
        _OPERATION.check(
            {
                "WorkspaceSid": workspace_sid,
            },
            {
                "EndDate": end_date,
                "FriendlyName": friendly_name,
                "Minutes": minutes,
                "StartDate": start_date,
                "TaskChannel": task_channel,
                "SplitByWaitTime": split_by_wait_time,
                "PageSize": page_size,
                "Page": page,
                "PageToken": page_token,
            },
        )

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["EndDate"] = json_end_date

    params["FriendlyName"] = friendly_name

    params["Minutes"] = minutes

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["StartDate"] = json_start_date

    params["TaskChannel"] = task_channel

    params["SplitByWaitTime"] = split_by_wait_time

    params["PageSize"] = page_size

    params["Page"] = page

    params["PageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return ApiRequest(
        "GET",
        "/v1/Workspaces/{workspace_sid}/TaskQueues/Statistics".format(
            workspace_sid=path_segment("WorkspaceSid", workspace_sid),
        ),
        params=params,
    )


def sync_detailed(
    workspace_sid: str,
    *,
    client: AuthenticatedClient | Client,
    end_date: datetime.datetime | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    split_by_wait_time: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TaskQueuesStatisticsPage | TwilioError]:
    """List task queues statistics

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        friendly_name (str | Unset):
        minutes (int | Unset):
        start_date (datetime.datetime | Unset):
        task_channel (str | Unset):
        split_by_wait_time (str | Unset):
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
            end_date=end_date,
            friendly_name=friendly_name,
            minutes=minutes,
            start_date=start_date,
            task_channel=task_channel,
            split_by_wait_time=split_by_wait_time,
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
    *,
    client: AuthenticatedClient | Client,
    end_date: datetime.datetime | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    split_by_wait_time: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> TaskQueuesStatisticsPage:
    """List task queues statistics

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        friendly_name (str | Unset):
        minutes (int | Unset):
        start_date (datetime.datetime | Unset):
        task_channel (str | Unset):
        split_by_wait_time (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        TaskQueuesStatisticsPage; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        _OPERATION.send(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                end_date=end_date,
                friendly_name=friendly_name,
                minutes=minutes,
                start_date=start_date,
                task_channel=task_channel,
                split_by_wait_time=split_by_wait_time,
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
    *,
    client: AuthenticatedClient | Client,
    end_date: datetime.datetime | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    split_by_wait_time: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TaskQueuesStatisticsPage | TwilioError]:
    """List task queues statistics

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        friendly_name (str | Unset):
        minutes (int | Unset):
        start_date (datetime.datetime | Unset):
        task_channel (str | Unset):
        split_by_wait_time (str | Unset):
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
            end_date=end_date,
            friendly_name=friendly_name,
            minutes=minutes,
            start_date=start_date,
            task_channel=task_channel,
            split_by_wait_time=split_by_wait_time,
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
    *,
    client: AuthenticatedClient | Client,
    end_date: datetime.datetime | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    split_by_wait_time: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> TaskQueuesStatisticsPage:
    """List task queues statistics

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        friendly_name (str | Unset):
        minutes (int | Unset):
        start_date (datetime.datetime | Unset):
        task_channel (str | Unset):
        split_by_wait_time (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        TaskQueuesStatisticsPage; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        await _OPERATION.asend(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                end_date=end_date,
                friendly_name=friendly_name,
                minutes=minutes,
                start_date=start_date,
                task_channel=task_channel,
                split_by_wait_time=split_by_wait_time,
                page_size=page_size,
                page=page,
                page_token=page_token,
            ),
            timeout=timeout,
            headers=headers,
            retry=retry,
        )
    )


def unwrap(response: Response[TaskQueuesStatisticsPage | TwilioError]) -> TaskQueuesStatisticsPage:
    """The success value of a ``*_detailed`` answer, or its typed error: keeps the raise-on-error
    form while the Response's headers (request id, rate limits) stay in reach."""
    return _OPERATION.unwrap(response)


def stream(
    workspace_sid: str,
    *,
    client: AuthenticatedClient | Client,
    end_date: datetime.datetime | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    split_by_wait_time: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None = None,
) -> Iterator[TaskQueuesStatistics]:
    """List task queues statistics

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        friendly_name (str | Unset):
        minutes (int | Unset):
        start_date (datetime.datetime | Unset):
        task_channel (str | Unset):
        split_by_wait_time (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Every TaskQueuesStatistics of every page, one page fetched at a time, up to `limit`; a next-page link off the client's host raises errors.UnsafeLinkError.
    """

    return _paging.stream(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            end_date=end_date,
            friendly_name=friendly_name,
            minutes=minutes,
            start_date=start_date,
            task_channel=task_channel,
            split_by_wait_time=split_by_wait_time,
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
    *,
    client: AuthenticatedClient | Client,
    end_date: datetime.datetime | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    split_by_wait_time: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None = None,
) -> AsyncIterator[TaskQueuesStatistics]:
    """List task queues statistics

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        friendly_name (str | Unset):
        minutes (int | Unset):
        start_date (datetime.datetime | Unset):
        task_channel (str | Unset):
        split_by_wait_time (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        The async twin of stream(): `async for` over every TaskQueuesStatistics.
    """

    return _paging.astream(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            end_date=end_date,
            friendly_name=friendly_name,
            minutes=minutes,
            start_date=start_date,
            task_channel=task_channel,
            split_by_wait_time=split_by_wait_time,
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
    *,
    client: AuthenticatedClient | Client,
    end_date: datetime.datetime | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    split_by_wait_time: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Iterator[Page[TaskQueuesStatistics]]:
    """List task queues statistics

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        friendly_name (str | Unset):
        minutes (int | Unset):
        start_date (datetime.datetime | Unset):
        task_channel (str | Unset):
        split_by_wait_time (str | Unset):
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
            end_date=end_date,
            friendly_name=friendly_name,
            minutes=minutes,
            start_date=start_date,
            task_channel=task_channel,
            split_by_wait_time=split_by_wait_time,
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
    *,
    client: AuthenticatedClient | Client,
    end_date: datetime.datetime | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    split_by_wait_time: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> AsyncIterator[Page[TaskQueuesStatistics]]:
    """List task queues statistics

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        friendly_name (str | Unset):
        minutes (int | Unset):
        start_date (datetime.datetime | Unset):
        task_channel (str | Unset):
        split_by_wait_time (str | Unset):
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
            end_date=end_date,
            friendly_name=friendly_name,
            minutes=minutes,
            start_date=start_date,
            task_channel=task_channel,
            split_by_wait_time=split_by_wait_time,
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
    *,
    client: AuthenticatedClient | Client,
    end_date: datetime.datetime | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    split_by_wait_time: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None,
) -> list[TaskQueuesStatistics]:
    """List task queues statistics

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        friendly_name (str | Unset):
        minutes (int | Unset):
        start_date (datetime.datetime | Unset):
        task_channel (str | Unset):
        split_by_wait_time (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Every TaskQueuesStatistics up to `limit`, in a list. `limit` is required: `limit=None` asks for all of them.
    """

    return _paging.gather(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            end_date=end_date,
            friendly_name=friendly_name,
            minutes=minutes,
            start_date=start_date,
            task_channel=task_channel,
            split_by_wait_time=split_by_wait_time,
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
    *,
    client: AuthenticatedClient | Client,
    end_date: datetime.datetime | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    split_by_wait_time: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None,
) -> list[TaskQueuesStatistics]:
    """List task queues statistics

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        friendly_name (str | Unset):
        minutes (int | Unset):
        start_date (datetime.datetime | Unset):
        task_channel (str | Unset):
        split_by_wait_time (str | Unset):
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
            end_date=end_date,
            friendly_name=friendly_name,
            minutes=minutes,
            start_date=start_date,
            task_channel=task_channel,
            split_by_wait_time=split_by_wait_time,
            page_size=page_size,
            page=page,
            page_token=page_token,
        ),
        limit=limit,
        timeout=timeout,
        headers=headers,
        retry=retry,
    )
