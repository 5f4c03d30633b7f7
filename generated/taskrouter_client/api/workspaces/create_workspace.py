from collections.abc import Mapping
from typing import Any

import httpx

from ..._operation import Operation
from ..._request import ApiRequest
from ...client import AuthenticatedClient, Client, RetryPolicy
from ...models.create_workspace_request import CreateWorkspaceRequest
from ...models.twilio_error import TwilioError
from ...models.workspace import Workspace
from ...types import Response

_OPERATION: Operation[Workspace] = Operation(
    "create_workspace",
    responses=(
        (201, 201, Workspace, True),
        (400, 499, TwilioError, False),
        (500, 599, TwilioError, False),
    ),
    body_type=CreateWorkspaceRequest,
)


def _request(
    client: AuthenticatedClient | Client,
    *,
    body: CreateWorkspaceRequest,
) -> ApiRequest:
    """Check the input against the spec (unless the client says not to), then describe the request."""
    if client.validate_requests:
        _OPERATION.check(
            {},
            {},
            body,
        )
    headers: dict[str, Any] = {}

    _body: dict[str, Any] = {}
    _body["data"] = _OPERATION.wire(body)

    return ApiRequest(
        "POST",
        "/v1/Workspaces",
        headers=headers,
        content_type="application/x-www-form-urlencoded",
        **_body,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWorkspaceRequest,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TwilioError | Workspace]:
    """Create workspace

    Args:
        body (CreateWorkspaceRequest):
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
            body=body,
        ),
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWorkspaceRequest,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Workspace:
    """Create workspace

    Args:
        body (CreateWorkspaceRequest):
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
                body=body,
            ),
            timeout=timeout,
            headers=headers,
            retry=retry,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWorkspaceRequest,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TwilioError | Workspace]:
    """Create workspace

    Args:
        body (CreateWorkspaceRequest):
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
            body=body,
        ),
        timeout=timeout,
        headers=headers,
        retry=retry,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWorkspaceRequest,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Workspace:
    """Create workspace

    Args:
        body (CreateWorkspaceRequest):
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
