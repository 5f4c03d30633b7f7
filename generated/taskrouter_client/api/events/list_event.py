import datetime
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx

from ... import _paging
from ..._input import path_segment
from ..._operation import Operation
from ..._request import ApiRequest
from ...client import AuthenticatedClient, Client, RetryPolicy
from ...models import Event
from ...models.event_page import EventPage
from ...models.twilio_error import TwilioError
from ...types import UNSET, Page, Response, Unset

_OPERATION: Operation[EventPage] = Operation(
    "list_event",
    responses=(
        (200, 200, EventPage, True),
        (400, 499, TwilioError, False),
        (500, 599, TwilioError, False),
    ),
    items="events",
)


def _request(
    client: AuthenticatedClient | Client,
    workspace_sid: str,
    *,
    end_date: datetime.datetime | Unset = UNSET,
    event_type: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    reservation_sid: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_sid: str | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    sid: str | Unset = UNSET,
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
                "EventType": event_type,
                "Minutes": minutes,
                "ReservationSid": reservation_sid,
                "StartDate": start_date,
                "TaskQueueSid": task_queue_sid,
                "TaskSid": task_sid,
                "WorkerSid": worker_sid,
                "WorkflowSid": workflow_sid,
                "TaskChannel": task_channel,
                "Sid": sid,
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

    params["EventType"] = event_type

    params["Minutes"] = minutes

    params["ReservationSid"] = reservation_sid

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["StartDate"] = json_start_date

    params["TaskQueueSid"] = task_queue_sid

    params["TaskSid"] = task_sid

    params["WorkerSid"] = worker_sid

    params["WorkflowSid"] = workflow_sid

    params["TaskChannel"] = task_channel

    params["Sid"] = sid

    params["PageSize"] = page_size

    params["Page"] = page

    params["PageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return ApiRequest(
        "GET",
        "/v1/Workspaces/{workspace_sid}/Events".format(
            workspace_sid=path_segment("WorkspaceSid", workspace_sid),
        ),
        params=params,
    )


def sync_detailed(
    workspace_sid: str,
    *,
    client: AuthenticatedClient | Client,
    end_date: datetime.datetime | Unset = UNSET,
    event_type: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    reservation_sid: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_sid: str | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[EventPage | TwilioError]:
    """List event

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        event_type (str | Unset):
        minutes (int | Unset):
        reservation_sid (str | Unset):
        start_date (datetime.datetime | Unset):
        task_queue_sid (str | Unset):
        task_sid (str | Unset):
        worker_sid (str | Unset):
        workflow_sid (str | Unset):
        task_channel (str | Unset):
        sid (str | Unset):
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
            event_type=event_type,
            minutes=minutes,
            reservation_sid=reservation_sid,
            start_date=start_date,
            task_queue_sid=task_queue_sid,
            task_sid=task_sid,
            worker_sid=worker_sid,
            workflow_sid=workflow_sid,
            task_channel=task_channel,
            sid=sid,
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
    event_type: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    reservation_sid: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_sid: str | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> EventPage:
    """List event

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        event_type (str | Unset):
        minutes (int | Unset):
        reservation_sid (str | Unset):
        start_date (datetime.datetime | Unset):
        task_queue_sid (str | Unset):
        task_sid (str | Unset):
        worker_sid (str | Unset):
        workflow_sid (str | Unset):
        task_channel (str | Unset):
        sid (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        EventPage; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        _OPERATION.send(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                end_date=end_date,
                event_type=event_type,
                minutes=minutes,
                reservation_sid=reservation_sid,
                start_date=start_date,
                task_queue_sid=task_queue_sid,
                task_sid=task_sid,
                worker_sid=worker_sid,
                workflow_sid=workflow_sid,
                task_channel=task_channel,
                sid=sid,
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
    event_type: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    reservation_sid: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_sid: str | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[EventPage | TwilioError]:
    """List event

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        event_type (str | Unset):
        minutes (int | Unset):
        reservation_sid (str | Unset):
        start_date (datetime.datetime | Unset):
        task_queue_sid (str | Unset):
        task_sid (str | Unset):
        worker_sid (str | Unset):
        workflow_sid (str | Unset):
        task_channel (str | Unset):
        sid (str | Unset):
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
            event_type=event_type,
            minutes=minutes,
            reservation_sid=reservation_sid,
            start_date=start_date,
            task_queue_sid=task_queue_sid,
            task_sid=task_sid,
            worker_sid=worker_sid,
            workflow_sid=workflow_sid,
            task_channel=task_channel,
            sid=sid,
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
    event_type: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    reservation_sid: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_sid: str | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> EventPage:
    """List event

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        event_type (str | Unset):
        minutes (int | Unset):
        reservation_sid (str | Unset):
        start_date (datetime.datetime | Unset):
        task_queue_sid (str | Unset):
        task_sid (str | Unset):
        worker_sid (str | Unset):
        workflow_sid (str | Unset):
        task_channel (str | Unset):
        sid (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        EventPage; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        await _OPERATION.asend(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                end_date=end_date,
                event_type=event_type,
                minutes=minutes,
                reservation_sid=reservation_sid,
                start_date=start_date,
                task_queue_sid=task_queue_sid,
                task_sid=task_sid,
                worker_sid=worker_sid,
                workflow_sid=workflow_sid,
                task_channel=task_channel,
                sid=sid,
                page_size=page_size,
                page=page,
                page_token=page_token,
            ),
            timeout=timeout,
            headers=headers,
            retry=retry,
        )
    )


def unwrap(response: Response[EventPage | TwilioError]) -> EventPage:
    """The success value of a ``*_detailed`` answer, or its typed error: keeps the raise-on-error
    form while the Response's headers (request id, rate limits) stay in reach."""
    return _OPERATION.unwrap(response)


def stream(
    workspace_sid: str,
    *,
    client: AuthenticatedClient | Client,
    end_date: datetime.datetime | Unset = UNSET,
    event_type: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    reservation_sid: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_sid: str | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None = None,
) -> Iterator[Event]:
    """List event

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        event_type (str | Unset):
        minutes (int | Unset):
        reservation_sid (str | Unset):
        start_date (datetime.datetime | Unset):
        task_queue_sid (str | Unset):
        task_sid (str | Unset):
        worker_sid (str | Unset):
        workflow_sid (str | Unset):
        task_channel (str | Unset):
        sid (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Every Event of every page, one page fetched at a time, up to `limit`; a next-page link off the client's host raises errors.UnsafeLinkError.
    """

    return _paging.stream(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            end_date=end_date,
            event_type=event_type,
            minutes=minutes,
            reservation_sid=reservation_sid,
            start_date=start_date,
            task_queue_sid=task_queue_sid,
            task_sid=task_sid,
            worker_sid=worker_sid,
            workflow_sid=workflow_sid,
            task_channel=task_channel,
            sid=sid,
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
    event_type: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    reservation_sid: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_sid: str | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None = None,
) -> AsyncIterator[Event]:
    """List event

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        event_type (str | Unset):
        minutes (int | Unset):
        reservation_sid (str | Unset):
        start_date (datetime.datetime | Unset):
        task_queue_sid (str | Unset):
        task_sid (str | Unset):
        worker_sid (str | Unset):
        workflow_sid (str | Unset):
        task_channel (str | Unset):
        sid (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        The async twin of stream(): `async for` over every Event.
    """

    return _paging.astream(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            end_date=end_date,
            event_type=event_type,
            minutes=minutes,
            reservation_sid=reservation_sid,
            start_date=start_date,
            task_queue_sid=task_queue_sid,
            task_sid=task_sid,
            worker_sid=worker_sid,
            workflow_sid=workflow_sid,
            task_channel=task_channel,
            sid=sid,
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
    event_type: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    reservation_sid: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_sid: str | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Iterator[Page[Event]]:
    """List event

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        event_type (str | Unset):
        minutes (int | Unset):
        reservation_sid (str | Unset):
        start_date (datetime.datetime | Unset):
        task_queue_sid (str | Unset):
        task_sid (str | Unset):
        worker_sid (str | Unset):
        workflow_sid (str | Unset):
        task_channel (str | Unset):
        sid (str | Unset):
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
            event_type=event_type,
            minutes=minutes,
            reservation_sid=reservation_sid,
            start_date=start_date,
            task_queue_sid=task_queue_sid,
            task_sid=task_sid,
            worker_sid=worker_sid,
            workflow_sid=workflow_sid,
            task_channel=task_channel,
            sid=sid,
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
    event_type: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    reservation_sid: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_sid: str | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> AsyncIterator[Page[Event]]:
    """List event

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        event_type (str | Unset):
        minutes (int | Unset):
        reservation_sid (str | Unset):
        start_date (datetime.datetime | Unset):
        task_queue_sid (str | Unset):
        task_sid (str | Unset):
        worker_sid (str | Unset):
        workflow_sid (str | Unset):
        task_channel (str | Unset):
        sid (str | Unset):
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
            event_type=event_type,
            minutes=minutes,
            reservation_sid=reservation_sid,
            start_date=start_date,
            task_queue_sid=task_queue_sid,
            task_sid=task_sid,
            worker_sid=worker_sid,
            workflow_sid=workflow_sid,
            task_channel=task_channel,
            sid=sid,
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
    event_type: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    reservation_sid: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_sid: str | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None,
) -> list[Event]:
    """List event

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        event_type (str | Unset):
        minutes (int | Unset):
        reservation_sid (str | Unset):
        start_date (datetime.datetime | Unset):
        task_queue_sid (str | Unset):
        task_sid (str | Unset):
        worker_sid (str | Unset):
        workflow_sid (str | Unset):
        task_channel (str | Unset):
        sid (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Every Event up to `limit`, in a list. `limit` is required: `limit=None` asks for all of them.
    """

    return _paging.gather(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            end_date=end_date,
            event_type=event_type,
            minutes=minutes,
            reservation_sid=reservation_sid,
            start_date=start_date,
            task_queue_sid=task_queue_sid,
            task_sid=task_sid,
            worker_sid=worker_sid,
            workflow_sid=workflow_sid,
            task_channel=task_channel,
            sid=sid,
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
    event_type: str | Unset = UNSET,
    minutes: int | Unset = UNSET,
    reservation_sid: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_sid: str | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    task_channel: str | Unset = UNSET,
    sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None,
) -> list[Event]:
    """List event

    Args:
        workspace_sid (str):
        end_date (datetime.datetime | Unset):
        event_type (str | Unset):
        minutes (int | Unset):
        reservation_sid (str | Unset):
        start_date (datetime.datetime | Unset):
        task_queue_sid (str | Unset):
        task_sid (str | Unset):
        worker_sid (str | Unset):
        workflow_sid (str | Unset):
        task_channel (str | Unset):
        sid (str | Unset):
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
            event_type=event_type,
            minutes=minutes,
            reservation_sid=reservation_sid,
            start_date=start_date,
            task_queue_sid=task_queue_sid,
            task_sid=task_sid,
            worker_sid=worker_sid,
            workflow_sid=workflow_sid,
            task_channel=task_channel,
            sid=sid,
            page_size=page_size,
            page=page,
            page_token=page_token,
        ),
        limit=limit,
        timeout=timeout,
        headers=headers,
        retry=retry,
    )
