from collections.abc import Mapping
from typing import Any

import httpx

from ..._input import path_segment
from ..._operation import Operation
from ..._request import ApiRequest
from ...client import AuthenticatedClient, Client, RetryPolicy
from ...models.task import Task
from ...models.twilio_error import TwilioError
from ...models.update_task_request import UpdateTaskRequest
from ...types import UNSET, Response, Unset

_OPERATION: Operation[Task] = Operation(
    "update_task",
    responses=(
        (200, 200, Task, True),
        (400, 499, TwilioError, False),
        (500, 599, TwilioError, False),
    ),
    body_type=UpdateTaskRequest,
)


def _request(
    client: AuthenticatedClient | Client,
    workspace_sid: str,
    sid: str,
    *,
    body: UpdateTaskRequest | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> ApiRequest:
    """Check the input against the spec (unless the client says not to), then describe the request."""
    if client.validate_requests:
        _OPERATION.check(
            {
                "WorkspaceSid": workspace_sid,
                "Sid": sid,
            },
            {},
            body,
        )
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _body: dict[str, Any] = {}
    if not isinstance(body, Unset):
        _body["data"] = _OPERATION.wire(body)

    return ApiRequest(
        "POST",
        "/v1/Workspaces/{workspace_sid}/Tasks/{sid}".format(
            workspace_sid=path_segment("WorkspaceSid", workspace_sid),
            sid=path_segment("Sid", sid),
        ),
        headers=headers,
        content_type="application/x-www-form-urlencoded",
        **_body,
    )


def sync_detailed(
    workspace_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTaskRequest | Unset = UNSET,
    if_match: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[Task | TwilioError]:
    """Update task

    Args:
        workspace_sid (str):
        sid (str):
        if_match (str | Unset):
        body (UpdateTaskRequest | Unset):
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
            sid=sid,
            body=body,
            if_match=if_match,
        ),
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


def sync(
    workspace_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTaskRequest | Unset = UNSET,
    if_match: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Task:
    """Update task

    Args:
        workspace_sid (str):
        sid (str):
        if_match (str | Unset):
        body (UpdateTaskRequest | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Task; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        _OPERATION.send(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                sid=sid,
                body=body,
                if_match=if_match,
            ),
            timeout=timeout,
            headers=headers,
            retry=retry,
        )
    )


async def asyncio_detailed(
    workspace_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTaskRequest | Unset = UNSET,
    if_match: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[Task | TwilioError]:
    """Update task

    Args:
        workspace_sid (str):
        sid (str):
        if_match (str | Unset):
        body (UpdateTaskRequest | Unset):
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
            sid=sid,
            body=body,
            if_match=if_match,
        ),
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


async def asyncio(
    workspace_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTaskRequest | Unset = UNSET,
    if_match: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Task:
    """Update task

    Args:
        workspace_sid (str):
        sid (str):
        if_match (str | Unset):
        body (UpdateTaskRequest | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Task; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        await _OPERATION.asend(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                sid=sid,
                body=body,
                if_match=if_match,
            ),
            timeout=timeout,
            headers=headers,
            retry=retry,
        )
    )


def unwrap(response: Response[Task | TwilioError]) -> Task:
    """The success value of a ``*_detailed`` answer, or its typed error: keeps the raise-on-error
    form while the Response's headers (request id, rate limits) stay in reach."""
    return _OPERATION.unwrap(response)
