from collections.abc import Mapping
from typing import Any

import httpx

from ..._input import path_segment
from ..._operation import Operation
from ..._request import ApiRequest
from ...client import AuthenticatedClient, Client, RetryPolicy
from ...models.twilio_error import TwilioError
from ...models.update_worker_channel_request import UpdateWorkerChannelRequest
from ...models.worker_channel import WorkerChannel
from ...types import UNSET, Response, Unset

_OPERATION: Operation[WorkerChannel] = Operation(
    "update_worker_channel",
    responses=(
        (200, 200, WorkerChannel, True),
        (400, 499, TwilioError, False),
        (500, 599, TwilioError, False),
    ),
    body_type=UpdateWorkerChannelRequest,
)


def _request(
    client: AuthenticatedClient | Client,
    workspace_sid: str,
    worker_sid: str,
    sid: str,
    *,
    body: UpdateWorkerChannelRequest | Unset = UNSET,
) -> ApiRequest:
    """Check the input against the spec (unless the client says not to), then describe the request."""
    if client.validate_requests:
        _OPERATION.check(
            {
                "WorkspaceSid": workspace_sid,
                "WorkerSid": worker_sid,
                "Sid": sid,
            },
            {},
            body,
        )
    headers: dict[str, Any] = {}

    _body: dict[str, Any] = {}
    if not isinstance(body, Unset):
        _body["data"] = _OPERATION.wire(body)

    return ApiRequest(
        "POST",
        "/v1/Workspaces/{workspace_sid}/Workers/{worker_sid}/Channels/{sid}".format(
            workspace_sid=path_segment("WorkspaceSid", workspace_sid),
            worker_sid=path_segment("WorkerSid", worker_sid),
            sid=path_segment("Sid", sid),
        ),
        headers=headers,
        content_type="application/x-www-form-urlencoded",
        **_body,
    )


def sync_detailed(
    workspace_sid: str,
    worker_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkerChannelRequest | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TwilioError | WorkerChannel]:
    """Update worker channel

    Args:
        workspace_sid (str):
        worker_sid (str):
        sid (str):
        body (UpdateWorkerChannelRequest | Unset):
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
            sid=sid,
            body=body,
        ),
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


def sync(
    workspace_sid: str,
    worker_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkerChannelRequest | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> WorkerChannel:
    """Update worker channel

    Args:
        workspace_sid (str):
        worker_sid (str):
        sid (str):
        body (UpdateWorkerChannelRequest | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        WorkerChannel; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        _OPERATION.send(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                worker_sid=worker_sid,
                sid=sid,
                body=body,
            ),
            timeout=timeout,
            headers=headers,
            retry=retry,
        )
    )


async def asyncio_detailed(
    workspace_sid: str,
    worker_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkerChannelRequest | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TwilioError | WorkerChannel]:
    """Update worker channel

    Args:
        workspace_sid (str):
        worker_sid (str):
        sid (str):
        body (UpdateWorkerChannelRequest | Unset):
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
            sid=sid,
            body=body,
        ),
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


async def asyncio(
    workspace_sid: str,
    worker_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkerChannelRequest | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> WorkerChannel:
    """Update worker channel

    Args:
        workspace_sid (str):
        worker_sid (str):
        sid (str):
        body (UpdateWorkerChannelRequest | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        WorkerChannel; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        await _OPERATION.asend(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                worker_sid=worker_sid,
                sid=sid,
                body=body,
            ),
            timeout=timeout,
            headers=headers,
            retry=retry,
        )
    )


def unwrap(response: Response[TwilioError | WorkerChannel]) -> WorkerChannel:
    """The success value of a ``*_detailed`` answer, or its typed error: keeps the raise-on-error
    form while the Response's headers (request id, rate limits) stay in reach."""
    return _OPERATION.unwrap(response)
