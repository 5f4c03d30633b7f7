from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx

from ... import _paging
from ..._input import path_segment
from ..._operation import Operation
from ..._request import ApiRequest
from ...client import AuthenticatedClient, Client, RetryPolicy
from ...models import Task
from ...models.task_page import TaskPage
from ...models.twilio_error import TwilioError
from ...types import UNSET, Page, Response, Unset

_OPERATION: Operation[TaskPage] = Operation(
    "list_task",
    responses=(
        (200, 200, TaskPage, True),
        (400, 499, TwilioError, False),
        (500, 599, TwilioError, False),
    ),
    items="tasks",
)


def _request(
    client: AuthenticatedClient | Client,
    workspace_sid: str,
    *,
    priority: int | Unset = UNSET,
    assignment_status: list[str] | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    workflow_name: str | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_queue_name: str | Unset = UNSET,
    evaluate_task_attributes: str | Unset = UNSET,
    routing_target: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    has_addons: bool | Unset = UNSET,
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
                "Priority": priority,
                "AssignmentStatus": assignment_status,
                "WorkflowSid": workflow_sid,
                "WorkflowName": workflow_name,
                "TaskQueueSid": task_queue_sid,
                "TaskQueueName": task_queue_name,
                "EvaluateTaskAttributes": evaluate_task_attributes,
                "RoutingTarget": routing_target,
                "Ordering": ordering,
                "HasAddons": has_addons,
                "PageSize": page_size,
                "Page": page,
                "PageToken": page_token,
            },
        )

    params: dict[str, Any] = {}

    params["Priority"] = priority

    json_assignment_status: list[str] | Unset = UNSET
    if not isinstance(assignment_status, Unset):
        json_assignment_status = assignment_status

    params["AssignmentStatus"] = json_assignment_status

    params["WorkflowSid"] = workflow_sid

    params["WorkflowName"] = workflow_name

    params["TaskQueueSid"] = task_queue_sid

    params["TaskQueueName"] = task_queue_name

    params["EvaluateTaskAttributes"] = evaluate_task_attributes

    params["RoutingTarget"] = routing_target

    params["Ordering"] = ordering

    params["HasAddons"] = has_addons

    params["PageSize"] = page_size

    params["Page"] = page

    params["PageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return ApiRequest(
        "GET",
        "/v1/Workspaces/{workspace_sid}/Tasks".format(
            workspace_sid=path_segment("WorkspaceSid", workspace_sid),
        ),
        params=params,
    )


def sync_detailed(
    workspace_sid: str,
    *,
    client: AuthenticatedClient | Client,
    priority: int | Unset = UNSET,
    assignment_status: list[str] | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    workflow_name: str | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_queue_name: str | Unset = UNSET,
    evaluate_task_attributes: str | Unset = UNSET,
    routing_target: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    has_addons: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TaskPage | TwilioError]:
    """List task

    Args:
        workspace_sid (str):
        priority (int | Unset):
        assignment_status (list[str] | Unset):
        workflow_sid (str | Unset):
        workflow_name (str | Unset):
        task_queue_sid (str | Unset):
        task_queue_name (str | Unset):
        evaluate_task_attributes (str | Unset):
        routing_target (str | Unset):
        ordering (str | Unset):
        has_addons (bool | Unset):
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
            priority=priority,
            assignment_status=assignment_status,
            workflow_sid=workflow_sid,
            workflow_name=workflow_name,
            task_queue_sid=task_queue_sid,
            task_queue_name=task_queue_name,
            evaluate_task_attributes=evaluate_task_attributes,
            routing_target=routing_target,
            ordering=ordering,
            has_addons=has_addons,
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
    priority: int | Unset = UNSET,
    assignment_status: list[str] | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    workflow_name: str | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_queue_name: str | Unset = UNSET,
    evaluate_task_attributes: str | Unset = UNSET,
    routing_target: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    has_addons: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> TaskPage:
    """List task

    Args:
        workspace_sid (str):
        priority (int | Unset):
        assignment_status (list[str] | Unset):
        workflow_sid (str | Unset):
        workflow_name (str | Unset):
        task_queue_sid (str | Unset):
        task_queue_name (str | Unset):
        evaluate_task_attributes (str | Unset):
        routing_target (str | Unset):
        ordering (str | Unset):
        has_addons (bool | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        TaskPage; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        _OPERATION.send(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                priority=priority,
                assignment_status=assignment_status,
                workflow_sid=workflow_sid,
                workflow_name=workflow_name,
                task_queue_sid=task_queue_sid,
                task_queue_name=task_queue_name,
                evaluate_task_attributes=evaluate_task_attributes,
                routing_target=routing_target,
                ordering=ordering,
                has_addons=has_addons,
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
    priority: int | Unset = UNSET,
    assignment_status: list[str] | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    workflow_name: str | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_queue_name: str | Unset = UNSET,
    evaluate_task_attributes: str | Unset = UNSET,
    routing_target: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    has_addons: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Response[TaskPage | TwilioError]:
    """List task

    Args:
        workspace_sid (str):
        priority (int | Unset):
        assignment_status (list[str] | Unset):
        workflow_sid (str | Unset):
        workflow_name (str | Unset):
        task_queue_sid (str | Unset):
        task_queue_name (str | Unset):
        evaluate_task_attributes (str | Unset):
        routing_target (str | Unset):
        ordering (str | Unset):
        has_addons (bool | Unset):
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
            priority=priority,
            assignment_status=assignment_status,
            workflow_sid=workflow_sid,
            workflow_name=workflow_name,
            task_queue_sid=task_queue_sid,
            task_queue_name=task_queue_name,
            evaluate_task_attributes=evaluate_task_attributes,
            routing_target=routing_target,
            ordering=ordering,
            has_addons=has_addons,
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
    priority: int | Unset = UNSET,
    assignment_status: list[str] | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    workflow_name: str | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_queue_name: str | Unset = UNSET,
    evaluate_task_attributes: str | Unset = UNSET,
    routing_target: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    has_addons: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> TaskPage:
    """List task

    Args:
        workspace_sid (str):
        priority (int | Unset):
        assignment_status (list[str] | Unset):
        workflow_sid (str | Unset):
        workflow_name (str | Unset):
        task_queue_sid (str | Unset):
        task_queue_name (str | Unset):
        evaluate_task_attributes (str | Unset):
        routing_target (str | Unset):
        ordering (str | Unset):
        has_addons (bool | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        TaskPage; an error answer raises its errors.ApiError subclass.
    """

    return _OPERATION.unwrap(
        await _OPERATION.asend(
            client,
            _request(
                client,
                workspace_sid=workspace_sid,
                priority=priority,
                assignment_status=assignment_status,
                workflow_sid=workflow_sid,
                workflow_name=workflow_name,
                task_queue_sid=task_queue_sid,
                task_queue_name=task_queue_name,
                evaluate_task_attributes=evaluate_task_attributes,
                routing_target=routing_target,
                ordering=ordering,
                has_addons=has_addons,
                page_size=page_size,
                page=page,
                page_token=page_token,
            ),
            timeout=timeout,
            headers=headers,
            retry=retry,
        )
    )


def unwrap(response: Response[TaskPage | TwilioError]) -> TaskPage:
    """The success value of a ``*_detailed`` answer, or its typed error: keeps the raise-on-error
    form while the Response's headers (request id, rate limits) stay in reach."""
    return _OPERATION.unwrap(response)


def stream(
    workspace_sid: str,
    *,
    client: AuthenticatedClient | Client,
    priority: int | Unset = UNSET,
    assignment_status: list[str] | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    workflow_name: str | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_queue_name: str | Unset = UNSET,
    evaluate_task_attributes: str | Unset = UNSET,
    routing_target: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    has_addons: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None = None,
) -> Iterator[Task]:
    """List task

    Args:
        workspace_sid (str):
        priority (int | Unset):
        assignment_status (list[str] | Unset):
        workflow_sid (str | Unset):
        workflow_name (str | Unset):
        task_queue_sid (str | Unset):
        task_queue_name (str | Unset):
        evaluate_task_attributes (str | Unset):
        routing_target (str | Unset):
        ordering (str | Unset):
        has_addons (bool | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Every Task of every page, one page fetched at a time, up to `limit`; a next-page link off the client's host raises errors.UnsafeLinkError.
    """

    return _paging.stream(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            priority=priority,
            assignment_status=assignment_status,
            workflow_sid=workflow_sid,
            workflow_name=workflow_name,
            task_queue_sid=task_queue_sid,
            task_queue_name=task_queue_name,
            evaluate_task_attributes=evaluate_task_attributes,
            routing_target=routing_target,
            ordering=ordering,
            has_addons=has_addons,
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
    priority: int | Unset = UNSET,
    assignment_status: list[str] | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    workflow_name: str | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_queue_name: str | Unset = UNSET,
    evaluate_task_attributes: str | Unset = UNSET,
    routing_target: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    has_addons: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None = None,
) -> AsyncIterator[Task]:
    """List task

    Args:
        workspace_sid (str):
        priority (int | Unset):
        assignment_status (list[str] | Unset):
        workflow_sid (str | Unset):
        workflow_name (str | Unset):
        task_queue_sid (str | Unset):
        task_queue_name (str | Unset):
        evaluate_task_attributes (str | Unset):
        routing_target (str | Unset):
        ordering (str | Unset):
        has_addons (bool | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        The async twin of stream(): `async for` over every Task.
    """

    return _paging.astream(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            priority=priority,
            assignment_status=assignment_status,
            workflow_sid=workflow_sid,
            workflow_name=workflow_name,
            task_queue_sid=task_queue_sid,
            task_queue_name=task_queue_name,
            evaluate_task_attributes=evaluate_task_attributes,
            routing_target=routing_target,
            ordering=ordering,
            has_addons=has_addons,
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
    priority: int | Unset = UNSET,
    assignment_status: list[str] | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    workflow_name: str | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_queue_name: str | Unset = UNSET,
    evaluate_task_attributes: str | Unset = UNSET,
    routing_target: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    has_addons: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> Iterator[Page[Task]]:
    """List task

    Args:
        workspace_sid (str):
        priority (int | Unset):
        assignment_status (list[str] | Unset):
        workflow_sid (str | Unset):
        workflow_name (str | Unset):
        task_queue_sid (str | Unset):
        task_queue_name (str | Unset):
        evaluate_task_attributes (str | Unset):
        routing_target (str | Unset):
        ordering (str | Unset):
        has_addons (bool | Unset):
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
            priority=priority,
            assignment_status=assignment_status,
            workflow_sid=workflow_sid,
            workflow_name=workflow_name,
            task_queue_sid=task_queue_sid,
            task_queue_name=task_queue_name,
            evaluate_task_attributes=evaluate_task_attributes,
            routing_target=routing_target,
            ordering=ordering,
            has_addons=has_addons,
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
    priority: int | Unset = UNSET,
    assignment_status: list[str] | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    workflow_name: str | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_queue_name: str | Unset = UNSET,
    evaluate_task_attributes: str | Unset = UNSET,
    routing_target: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    has_addons: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
) -> AsyncIterator[Page[Task]]:
    """List task

    Args:
        workspace_sid (str):
        priority (int | Unset):
        assignment_status (list[str] | Unset):
        workflow_sid (str | Unset):
        workflow_name (str | Unset):
        task_queue_sid (str | Unset):
        task_queue_name (str | Unset):
        evaluate_task_attributes (str | Unset):
        routing_target (str | Unset):
        ordering (str | Unset):
        has_addons (bool | Unset):
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
            priority=priority,
            assignment_status=assignment_status,
            workflow_sid=workflow_sid,
            workflow_name=workflow_name,
            task_queue_sid=task_queue_sid,
            task_queue_name=task_queue_name,
            evaluate_task_attributes=evaluate_task_attributes,
            routing_target=routing_target,
            ordering=ordering,
            has_addons=has_addons,
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
    priority: int | Unset = UNSET,
    assignment_status: list[str] | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    workflow_name: str | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_queue_name: str | Unset = UNSET,
    evaluate_task_attributes: str | Unset = UNSET,
    routing_target: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    has_addons: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None,
) -> list[Task]:
    """List task

    Args:
        workspace_sid (str):
        priority (int | Unset):
        assignment_status (list[str] | Unset):
        workflow_sid (str | Unset):
        workflow_name (str | Unset):
        task_queue_sid (str | Unset):
        task_queue_name (str | Unset):
        evaluate_task_attributes (str | Unset):
        routing_target (str | Unset):
        ordering (str | Unset):
        has_addons (bool | Unset):
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):
        timeout: this call's timeout (an httpx.Timeout or seconds); None keeps the client's.
        headers: extra headers for this call.
        retry: this call's RetryPolicy; None keeps the client's.

    Returns:
        Every Task up to `limit`, in a list. `limit` is required: `limit=None` asks for all of them.
    """

    return _paging.gather(
        _OPERATION,
        client,
        _request(
            client,
            workspace_sid=workspace_sid,
            priority=priority,
            assignment_status=assignment_status,
            workflow_sid=workflow_sid,
            workflow_name=workflow_name,
            task_queue_sid=task_queue_sid,
            task_queue_name=task_queue_name,
            evaluate_task_attributes=evaluate_task_attributes,
            routing_target=routing_target,
            ordering=ordering,
            has_addons=has_addons,
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
    priority: int | Unset = UNSET,
    assignment_status: list[str] | Unset = UNSET,
    workflow_sid: str | Unset = UNSET,
    workflow_name: str | Unset = UNSET,
    task_queue_sid: str | Unset = UNSET,
    task_queue_name: str | Unset = UNSET,
    evaluate_task_attributes: str | Unset = UNSET,
    routing_target: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    has_addons: bool | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None = None,
    headers: Mapping[str, str] | None = None,
    retry: RetryPolicy | None = None,
    limit: int | None,
) -> list[Task]:
    """List task

    Args:
        workspace_sid (str):
        priority (int | Unset):
        assignment_status (list[str] | Unset):
        workflow_sid (str | Unset):
        workflow_name (str | Unset):
        task_queue_sid (str | Unset):
        task_queue_name (str | Unset):
        evaluate_task_attributes (str | Unset):
        routing_target (str | Unset):
        ordering (str | Unset):
        has_addons (bool | Unset):
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
            priority=priority,
            assignment_status=assignment_status,
            workflow_sid=workflow_sid,
            workflow_name=workflow_name,
            task_queue_sid=task_queue_sid,
            task_queue_name=task_queue_name,
            evaluate_task_attributes=evaluate_task_attributes,
            routing_target=routing_target,
            ordering=ordering,
            has_addons=has_addons,
            page_size=page_size,
            page=page,
            page_token=page_token,
        ),
        limit=limit,
        timeout=timeout,
        headers=headers,
        retry=retry,
    )
