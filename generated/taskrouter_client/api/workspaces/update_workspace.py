from collections.abc import Mapping
from typing import Any

import httpx

from ..._input import path_segment
from ..._operation import Operation
from ..._request import ApiRequest
from ...client import AuthenticatedClient, Client, RetryPolicy
from ...models.twilio_error import TwilioError
from ...models.update_workspace_request import UpdateWorkspaceRequest
from ...models.workspace import Workspace
from ...types import UNSET, Response, Unset

_OPERATION: Operation[Workspace] = Operation(
    "update_workspace",
    responses=(
        (200, 200, Workspace, True),
        (400, 499, TwilioError, False),
        (500, 599, TwilioError, False),
    ),
    body_type=UpdateWorkspaceRequest,
)


def _request(
    client: AuthenticatedClient | Client,
    sid: str,
    *,
    body: UpdateWorkspaceRequest | Unset = UNSET,
) -> ApiRequest:
    """Check the input against the spec (unless the client says not to), then describe the request."""
    if client.validate_requests:
        _OPERATION.check(
            {
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
        "/v1/Workspaces/{sid}".format(
            sid=path_segment("Sid", sid),
        ),
        headers=headers,
        content_type="application/x-www-form-urlencoded",
        **_body,
    )


def sync_detailed(
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkspaceRequest | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TwilioError | Workspace]:
    """Update workspace

    Args:
        sid (str):
        body (UpdateWorkspaceRequest | Unset):
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
            sid=sid,
            body=body,
        ),
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


def sync(
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkspaceRequest | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Workspace:
    """Update workspace

    Args:
        sid (str):
        body (UpdateWorkspaceRequest | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Workspace; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        _OPERATION.send(
            client,
            _request(
                client,
                sid=sid,
                body=body,
            ),
            timeout=timeout,
            headers=headers,
            retry=retry,
        )
    )


async def asyncio_detailed(
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkspaceRequest | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TwilioError | Workspace]:
    """Update workspace

    Args:
        sid (str):
        body (UpdateWorkspaceRequest | Unset):
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
            sid=sid,
            body=body,
        ),
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


async def asyncio(
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkspaceRequest | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Workspace:
    """Update workspace

    Args:
        sid (str):
        body (UpdateWorkspaceRequest | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Workspace; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        await _OPERATION.asend(
            client,
            _request(
                client,
                sid=sid,
                body=body,
            ),
            timeout=timeout,
            headers=headers,
            retry=retry,
        )
    )


def unwrap(response: Response[TwilioError | Workspace]) -> Workspace:
    """The success value of a ``*_detailed`` answer, or its typed error: keeps the raise-on-error
    form while the Response's headers (request id, rate limits) stay in reach."""
    return _OPERATION.unwrap(response)
