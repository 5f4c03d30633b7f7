from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx

from ... import _paging
from ..._input import path_segment
from ..._operation import Operation
from ..._request import ApiRequest
from ...client import AuthenticatedClient, Client, RetryPolicy
from ...models import TaskReservation
from ...models.task_reservation_page import TaskReservationPage
from ...models.task_reservation_status import TaskReservationStatus
from ...models.twilio_error import TwilioError
from ...types import UNSET, Page, Response, Unset

_OPERATION: Operation[TaskReservationPage] = Operation(
    "list_task_reservation",
    responses=(
        (200, 200, TaskReservationPage, True),
        (400, 499, TwilioError, False),
        (500, 599, TwilioError, False),
    ),
    items="reservations",
)


def _request(
    client: AuthenticatedClient | Client,
    workspace_sid: str,
    task_sid: str,
    *,
    reservation_status: TaskReservationStatus | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ApiRequest:
    """Check the input against the spec (unless the client says not to), then describe the request."""
    if client.validate_requests:
        _OPERATION.check(
            {
                "WorkspaceSid": workspace_sid,
                "TaskSid": task_sid,
            },
            {
                "ReservationStatus": reservation_status,
                "WorkerSid": worker_sid,
                "PageSize": page_size,
                "Page": page,
                "PageToken": page_token,
            },
        )

    params: dict[str, Any] = {}

    json_reservation_status: str | Unset = UNSET
    if not isinstance(reservation_status, Unset):
        json_reservation_status = reservation_status

    params["ReservationStatus"] = json_reservation_status

    params["WorkerSid"] = worker_sid

    params["PageSize"] = page_size

    params["Page"] = page

    params["PageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return ApiRequest(
        "GET",
        "/v1/Workspaces/{workspace_sid}/Tasks/{task_sid}/Reservations".format(
            workspace_sid=path_segment("WorkspaceSid", workspace_sid),
            task_sid=path_segment("TaskSid", task_sid),
        ),
        params=params,
    )


def sync_detailed(
    workspace_sid: str,
    task_sid: str,
    *,
    client: AuthenticatedClient | Client,
    reservation_status: TaskReservationStatus | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TaskReservationPage | TwilioError]:
    """List task reservation

    Args:
        workspace_sid (str):
        task_sid (str):
        reservation_status (TaskReservationStatus | Unset): The current status of the reservation.
            Can be: `pending`, `accepted`, `rejected`, or `timeout`.
        worker_sid (str | Unset):
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
            task_sid=task_sid,
            reservation_status=reservation_status,
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
    task_sid: str,
    *,
    client: AuthenticatedClient | Client,
    reservation_status: TaskReservationStatus | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> TaskReservationPage:
    """List task reservation

    Args:
        workspace_sid (str):
        task_sid (str):
        reservation_status (TaskReservationStatus | Unset): The current status of the reservation.
            Can be: `pending`, `accepted`, `rejected`, or `timeout`.
        worker_sid (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        TaskReservationPage; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        _OPERATION.send(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                task_sid=task_sid,
                reservation_status=reservation_status,
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
    task_sid: str,
    *,
    client: AuthenticatedClient | Client,
    reservation_status: TaskReservationStatus | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TaskReservationPage | TwilioError]:
    """List task reservation

    Args:
        workspace_sid (str):
        task_sid (str):
        reservation_status (TaskReservationStatus | Unset): The current status of the reservation.
            Can be: `pending`, `accepted`, `rejected`, or `timeout`.
        worker_sid (str | Unset):
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
            task_sid=task_sid,
            reservation_status=reservation_status,
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
    task_sid: str,
    *,
    client: AuthenticatedClient | Client,
    reservation_status: TaskReservationStatus | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> TaskReservationPage:
    """List task reservation

    Args:
        workspace_sid (str):
        task_sid (str):
        reservation_status (TaskReservationStatus | Unset): The current status of the reservation.
            Can be: `pending`, `accepted`, `rejected`, or `timeout`.
        worker_sid (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        TaskReservationPage; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        await _OPERATION.asend(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                task_sid=task_sid,
                reservation_status=reservation_status,
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


def unwrap(response: Response[TaskReservationPage | TwilioError]) -> TaskReservationPage:
    """The success value of a ``*_detailed`` answer, or its typed error: keeps the raise-on-error
    form while the Response's headers (request id, rate limits) stay in reach."""
    return _OPERATION.unwrap(response)


def stream(
    workspace_sid: str,
    task_sid: str,
    *,
    client: AuthenticatedClient | Client,
    reservation_status: TaskReservationStatus | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None = None,
) -> Iterator[TaskReservation]:
    """List task reservation

    Args:
        workspace_sid (str):
        task_sid (str):
        reservation_status (TaskReservationStatus | Unset): The current status of the reservation.
            Can be: `pending`, `accepted`, `rejected`, or `timeout`.
        worker_sid (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Every TaskReservation of every page, one page fetched at a time, up to `limit`; a next-page link off the client's host raises errors.UnsafeLinkError.
    """

    return _paging.stream(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            task_sid=task_sid,
            reservation_status=reservation_status,
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
    task_sid: str,
    *,
    client: AuthenticatedClient | Client,
    reservation_status: TaskReservationStatus | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None = None,
) -> AsyncIterator[TaskReservation]:
    """List task reservation

    Args:
        workspace_sid (str):
        task_sid (str):
        reservation_status (TaskReservationStatus | Unset): The current status of the reservation.
            Can be: `pending`, `accepted`, `rejected`, or `timeout`.
        worker_sid (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        The async twin of stream(): `async for` over every TaskReservation.
    """

    return _paging.astream(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            task_sid=task_sid,
            reservation_status=reservation_status,
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
    task_sid: str,
    *,
    client: AuthenticatedClient | Client,
    reservation_status: TaskReservationStatus | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Iterator[Page[TaskReservation]]:
    """List task reservation

    Args:
        workspace_sid (str):
        task_sid (str):
        reservation_status (TaskReservationStatus | Unset): The current status of the reservation.
            Can be: `pending`, `accepted`, `rejected`, or `timeout`.
        worker_sid (str | Unset):
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
            task_sid=task_sid,
            reservation_status=reservation_status,
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
    task_sid: str,
    *,
    client: AuthenticatedClient | Client,
    reservation_status: TaskReservationStatus | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> AsyncIterator[Page[TaskReservation]]:
    """List task reservation

    Args:
        workspace_sid (str):
        task_sid (str):
        reservation_status (TaskReservationStatus | Unset): The current status of the reservation.
            Can be: `pending`, `accepted`, `rejected`, or `timeout`.
        worker_sid (str | Unset):
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
            task_sid=task_sid,
            reservation_status=reservation_status,
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
    task_sid: str,
    *,
    client: AuthenticatedClient | Client,
    reservation_status: TaskReservationStatus | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None,
) -> list[TaskReservation]:
    """List task reservation

    Args:
        workspace_sid (str):
        task_sid (str):
        reservation_status (TaskReservationStatus | Unset): The current status of the reservation.
            Can be: `pending`, `accepted`, `rejected`, or `timeout`.
        worker_sid (str | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Every TaskReservation up to `limit`, in a list. `limit` is required: `limit=None` asks for all of them.
    """

    return _paging.gather(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            task_sid=task_sid,
            reservation_status=reservation_status,
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
    task_sid: str,
    *,
    client: AuthenticatedClient | Client,
    reservation_status: TaskReservationStatus | Unset = UNSET,
    worker_sid: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None,
) -> list[TaskReservation]:
    """List task reservation

    Args:
        workspace_sid (str):
        task_sid (str):
        reservation_status (TaskReservationStatus | Unset): The current status of the reservation.
            Can be: `pending`, `accepted`, `rejected`, or `timeout`.
        worker_sid (str | Unset):
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
            task_sid=task_sid,
            reservation_status=reservation_status,
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
