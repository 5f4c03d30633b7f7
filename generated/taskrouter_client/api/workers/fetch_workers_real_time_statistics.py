from collections.abc import Mapping
from typing import Any

import httpx

from ..._input import path_segment
from ..._operation import Operation
from ..._request import ApiRequest
from ...client import AuthenticatedClient, Client, RetryPolicy
from ...models.twilio_error import TwilioError
from ...models.workers_real_time_statistics import WorkersRealTimeStatistics
from ...types import UNSET, Response, Unset

_OPERATION: Operation[WorkersRealTimeStatistics] = Operation(
    "fetch_workers_real_time_statistics",
    responses=(
        (200, 200, WorkersRealTimeStatistics, True),
        (400, 499, TwilioError, False),
        (500, 599, TwilioError, False),
    ),
)


def _request(
    client: AuthenticatedClient | Client,
    workspace_sid: str,
    *,
    task_channel: str | Unset = UNSET,
) -> ApiRequest:
    """Check the input against the spec (unless the client says not to), then describe the request."""
    if client.validate_requests:
        _OPERATION.check(
            {
                "WorkspaceSid": workspace_sid,
            },
            {
                "TaskChannel": task_channel,
            },
        )

    params: dict[str, Any] = {}

    params["TaskChannel"] = task_channel

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return ApiRequest(
        "GET",
        "/v1/Workspaces/{workspace_sid}/Workers/RealTimeStatistics".format(
            workspace_sid=path_segment("WorkspaceSid", workspace_sid),
        ),
        params=params,
    )


def sync_detailed(
    workspace_sid: str,
    *,
    client: AuthenticatedClient | Client,
    task_channel: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TwilioError | WorkersRealTimeStatistics]:
    """Fetch workers real time statistics

    Args:
        workspace_sid (str):
        task_channel (str | Unset):
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
            task_channel=task_channel,
        ),
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


def sync(
    workspace_sid: str,
    *,
    client: AuthenticatedClient | Client,
    task_channel: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> WorkersRealTimeStatistics:
    """Fetch workers real time statistics

    Args:
        workspace_sid (str):
        task_channel (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        WorkersRealTimeStatistics; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        _OPERATION.send(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                task_channel=task_channel,
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
    task_channel: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TwilioError | WorkersRealTimeStatistics]:
    """Fetch workers real time statistics

    Args:
        workspace_sid (str):
        task_channel (str | Unset):
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
            task_channel=task_channel,
        ),
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


async def asyncio(
    workspace_sid: str,
    *,
    client: AuthenticatedClient | Client,
    task_channel: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> WorkersRealTimeStatistics:
    """Fetch workers real time statistics

    Args:
        workspace_sid (str):
        task_channel (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        WorkersRealTimeStatistics; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        await _OPERATION.asend(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                task_channel=task_channel,
            ),
            timeout=timeout,
            headers=headers,
            retry=retry,
        )
    )


def unwrap(response: Response[TwilioError | WorkersRealTimeStatistics]) -> WorkersRealTimeStatistics:
    """The success value of a ``*_detailed`` answer, or its typed error: keeps the raise-on-error
    form while the Response's headers (request id, rate limits) stay in reach."""
    return _OPERATION.unwrap(response)
