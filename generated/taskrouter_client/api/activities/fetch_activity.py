from collections.abc import Mapping

import httpx

from ..._input import path_segment
from ..._operation import Operation
from ..._request import ApiRequest
from ...client import AuthenticatedClient, Client, RetryPolicy
from ...models.activity import Activity
from ...models.twilio_error import TwilioError
from ...types import Response

_OPERATION: Operation[Activity] = Operation(
    "fetch_activity",
    responses=(
        (200, 200, Activity, True),
        (400, 499, TwilioError, False),
        (500, 599, TwilioError, False),
    ),
)


def _request(
    client: AuthenticatedClient | Client,
    workspace_sid: str,
    sid: str,
) -> ApiRequest:
    """Check the input against the spec (unless the client says not to), then describe the request."""
    if client.validate_requests:
        _OPERATION.check(
            {
                "WorkspaceSid": workspace_sid,
                "Sid": sid,
            },
            {},
        )

    return ApiRequest(
        "GET",
        "/v1/Workspaces/{workspace_sid}/Activities/{sid}".format(
            workspace_sid=path_segment("WorkspaceSid", workspace_sid),
            sid=path_segment("Sid", sid),
        ),
    )


def sync_detailed(
    workspace_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[Activity | TwilioError]:
    """Fetch activity

    Args:
        workspace_sid (str):
        sid (str):
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
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Activity:
    """Fetch activity

    Args:
        workspace_sid (str):
        sid (str):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Activity; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        _OPERATION.send(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                sid=sid,
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
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[Activity | TwilioError]:
    """Fetch activity

    Args:
        workspace_sid (str):
        sid (str):
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
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Activity:
    """Fetch activity

    Args:
        workspace_sid (str):
        sid (str):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Activity; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        await _OPERATION.asend(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                sid=sid,
            ),
            timeout=timeout,
            headers=headers,
            retry=retry,
        )
    )


def unwrap(response: Response[Activity | TwilioError]) -> Activity:
    """The success value of a ``*_detailed`` answer, or its typed error: keeps the raise-on-error
    form while the Response's headers (request id, rate limits) stay in reach."""
    return _OPERATION.unwrap(response)
