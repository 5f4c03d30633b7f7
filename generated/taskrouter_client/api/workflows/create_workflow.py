from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_workflow_request import CreateWorkflowRequest
from ...models.twilio_error import TwilioError
from ...models.workflow import Workflow
from ...types import (
    Response,
    SchemaMismatch,
    check_path_parameter,
    check_request_body,
    decode_error_model,
    decode_model,
    status_of,
)

# The request body's rules, rendered from its schema in openapi.yaml.
_BODY_RULES: dict[str, dict[str, Any]] = {
    "FriendlyName": {
        "required": True,
        "type": ("string",),
        "minLength": 1,
    },
    "Configuration": {
        "required": True,
        "type": ("string",),
        "minLength": 1,
        "contentMediaType": "application/json",
    },
    "AssignmentCallbackUrl": {
        "required": False,
        "type": ("string",),
        "pattern": "^[hH][tT][tT][pP][sS]?://[^/?#\\s]+[^\\s]*$",
        "format": "uri",
    },
    "FallbackAssignmentCallbackUrl": {
        "required": False,
        "type": ("string",),
        "pattern": "^[hH][tT][tT][pP][sS]?://[^/?#\\s]+[^\\s]*$",
        "format": "uri",
    },
    "TaskReservationTimeout": {
        "required": False,
        "type": ("integer",),
        "minimum": 1.0,
        "maximum": 86400.0,
    },
}
_BODY_CLOSED = True


def _check_input(
    workspace_sid: str,
    *,
    body: CreateWorkflowRequest,
) -> None:
    """Refuse input that breaks the spec, before anything is sent."""
    check_path_parameter("WorkspaceSid", workspace_sid)
    if not isinstance(body, CreateWorkflowRequest):
        raise errors.InvalidRequestError(
            "body", "type", f"body must be a CreateWorkflowRequest, got {type(body).__name__}"
        )
    check_request_body(body.to_dict(), _BODY_RULES, closed=_BODY_CLOSED)
    return None


def _get_kwargs(
    workspace_sid: str,
    *,
    body: CreateWorkflowRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Workspaces/{workspace_sid}/Workflows".format(
            workspace_sid=quote(str(workspace_sid), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TwilioError | Workflow | None:
    if response.status_code == 201:
        return decode_model(Workflow, response)
    if 400 <= response.status_code <= 499:
        return decode_error_model(TwilioError, response)
    if 500 <= response.status_code <= 599:
        return decode_error_model(TwilioError, response)
    if client.raise_on_unexpected_status:
        raise errors.api_error(
            status_code=response.status_code,
            content=response.content,
            headers=response.headers,
            method=response.request.method,
            url=str(response.request.url),
        )
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TwilioError | Workflow]:
    try:
        parsed = _parse_response(client=client, response=response)
    except SchemaMismatch as exc:
        raise errors.DecodeError(
            status_code=response.status_code,
            content=response.content,
            headers=response.headers,
            where=exc.where,
            reason=exc.reason,
            method=response.request.method,
            url=str(response.request.url),
        ) from None
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        method=response.request.method,
        url=str(response.request.url),
    )


def _unwrap(response: Response[TwilioError | Workflow]) -> Workflow:
    """The parsed success value, or the typed error for the answer."""
    if 200 <= response.status_code <= 299 and isinstance(response.parsed, Workflow):
        return response.parsed
    raise errors.api_error(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        method=response.method,
        url=response.url,
        parsed=response.parsed,
    )


def sync_detailed(
    workspace_sid: str,
    *,
    client: AuthenticatedClient,
    body: CreateWorkflowRequest,
    timeout: httpx.Timeout | float | None = None,
) -> Response[TwilioError | Workflow]:
    """Create a Workflow

    Creates a Workflow in the given Workspace and answers the new Workflow.

    Args:
        workspace_sid (str):
        body (CreateWorkflowRequest): The form fields of a Create Workflow request.
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.

    Raises:
        errors.InvalidRequestError: The input breaks the spec; nothing was sent.
        errors.TransportError: No answer (errors.NetworkError, errors.RequestTimeoutError).
        errors.DecodeError: A success answer that does not match the spec.
        errors.ApiError: Only with Client.raise_on_unexpected_status, for a status the spec does not document.

    Returns:
        Response[TwilioError | Workflow]: ``parsed`` is the error model for an error
        status, or None when that body is not JSON of the documented shape.
    """

    if client.validate_requests:
        _check_input(
            workspace_sid=workspace_sid,
            body=body,
        )

    kwargs = _get_kwargs(
        workspace_sid=workspace_sid,
        body=body,
    )

    response = client.request(timeout=timeout, **kwargs)

    return _build_response(client=client, response=response)


def sync(
    workspace_sid: str,
    *,
    client: AuthenticatedClient,
    body: CreateWorkflowRequest,
    timeout: httpx.Timeout | float | None = None,
) -> Workflow:
    """Create a Workflow

    Creates a Workflow in the given Workspace and answers the new Workflow.

    Args:
        workspace_sid (str):
        body (CreateWorkflowRequest): The form fields of a Create Workflow request.
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.

    Raises:
        errors.InvalidRequestError: The input breaks the spec; nothing was sent.
        errors.TransportError: No answer (errors.NetworkError, errors.RequestTimeoutError).
        errors.DecodeError: A success answer that does not match the spec.
        errors.ApiError: The API answered with an error (a subclass per status: BadRequestError,
            AuthenticationError, NotFoundError, RateLimitError, ServerError, ...).

    Returns:
        Workflow
    """

    return _unwrap(
        sync_detailed(
            workspace_sid=workspace_sid,
            client=client,
            body=body,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    workspace_sid: str,
    *,
    client: AuthenticatedClient,
    body: CreateWorkflowRequest,
    timeout: httpx.Timeout | float | None = None,
) -> Response[TwilioError | Workflow]:
    """Create a Workflow

    Creates a Workflow in the given Workspace and answers the new Workflow.

    Args:
        workspace_sid (str):
        body (CreateWorkflowRequest): The form fields of a Create Workflow request.
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.

    Raises:
        errors.InvalidRequestError: The input breaks the spec; nothing was sent.
        errors.TransportError: No answer (errors.NetworkError, errors.RequestTimeoutError).
        errors.DecodeError: A success answer that does not match the spec.
        errors.ApiError: Only with Client.raise_on_unexpected_status, for a status the spec does not document.

    Returns:
        Response[TwilioError | Workflow]: ``parsed`` is the error model for an error
        status, or None when that body is not JSON of the documented shape.
    """

    if client.validate_requests:
        _check_input(
            workspace_sid=workspace_sid,
            body=body,
        )

    kwargs = _get_kwargs(
        workspace_sid=workspace_sid,
        body=body,
    )

    response = await client.arequest(timeout=timeout, **kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_sid: str,
    *,
    client: AuthenticatedClient,
    body: CreateWorkflowRequest,
    timeout: httpx.Timeout | float | None = None,
) -> Workflow:
    """Create a Workflow

    Creates a Workflow in the given Workspace and answers the new Workflow.

    Args:
        workspace_sid (str):
        body (CreateWorkflowRequest): The form fields of a Create Workflow request.
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.

    Raises:
        errors.InvalidRequestError: The input breaks the spec; nothing was sent.
        errors.TransportError: No answer (errors.NetworkError, errors.RequestTimeoutError).
        errors.DecodeError: A success answer that does not match the spec.
        errors.ApiError: The API answered with an error (a subclass per status: BadRequestError,
            AuthenticationError, NotFoundError, RateLimitError, ServerError, ...).

    Returns:
        Workflow
    """

    return _unwrap(
        await asyncio_detailed(
            workspace_sid=workspace_sid,
            client=client,
            body=body,
            timeout=timeout,
        )
    )
