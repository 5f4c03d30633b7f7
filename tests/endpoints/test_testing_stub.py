"""``taskrouter_client.testing.StubTransport``, the stand-in a downstream team's tests use: answers
a test sets, typed errors for a status it sets, the calls recorded without credentials, a route
with fewer parameters matched first, an unknown request or operation said plainly, and the same on
the async client of each backend. (Every operation's default answer: test_every_operation.py.)"""

from __future__ import annotations

import asyncio

import pytest

from scenarios import CONFIGURATION, WORKFLOW_SID, WORKSPACE_SID
from support import send
from taskrouter_client import errors
from taskrouter_client.api.task_queues import fetch_task_queue, fetch_task_queue_statistics
from taskrouter_client.api.tasks import list_task
from taskrouter_client.api.workflows import create_workflow, fetch_workflow, list_workflow
from taskrouter_client.models import CreateWorkflowRequest, Workflow
from taskrouter_client.testing import StubTransport

QUEUE_SID = "WQ" + "b" * 32


def test_an_answer_the_test_sets_is_what_the_call_returns() -> None:
    stub = StubTransport()
    stub.answer("FetchWorkflow", {**stub.default("fetch_workflow"), "friendly_name": "Sales"})
    with stub.client() as client:
        assert fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client).friendly_name == "Sales"
        stub.reset()
        assert fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client).friendly_name != "Sales"
    assert len(stub.calls) == 1


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequestError),
        (404, errors.NotFoundError),
        (429, errors.RateLimitError),
        (503, errors.ServerError),
    ],
)
def test_a_status_the_test_sets_raises_its_typed_error(status: int, error: type[errors.ApiError]) -> None:
    stub = StubTransport()
    stub.fail("fetch_task_queue", status, code=20001, message="no such queue")
    with stub.client() as client, pytest.raises(error) as caught:
        fetch_task_queue.sync(WORKSPACE_SID, QUEUE_SID, client=client)
    assert (caught.value.status_code, caught.value.code, caught.value.message) == (status, 20001, "no such queue")


def test_the_calls_are_recorded_without_credentials() -> None:
    stub = StubTransport()
    with stub.client() as client:
        create_workflow.sync(
            WORKSPACE_SID,
            client=client,
            body=CreateWorkflowRequest(friendly_name="Sales", configuration=CONFIGURATION),
            headers={"X-Request": "1"},
        )
    [call] = stub.calls_to("CreateWorkflow")
    assert (call.operation, call.method, dict(call.body)) == (
        "create_workflow",
        "POST",
        {"FriendlyName": "Sales", "Configuration": CONFIGURATION},
    )
    assert call.headers["x-request"] == "1" and "authorization" not in call.headers
    assert "stub-token" not in repr(stub.calls)


def test_repeated_values_are_all_recorded_and_cookies_are_not() -> None:
    stub = StubTransport()
    with stub.client(cookies={"session": "a-secret-cookie"}) as client:
        list_task.sync(WORKSPACE_SID, client=client, assignment_status=["pending", "assigned"])
    [call] = stub.calls
    assert call.params.get_list("AssignmentStatus") == ["pending", "assigned"]
    assert "cookie" not in call.headers and "a-secret-cookie" not in repr(call)


def test_queued_answers_are_the_pages_of_a_list_in_order() -> None:
    stub = StubTransport()
    page = stub.default("list_workflow")
    [item] = page["workflows"]
    link = page["meta"]["url"] + "&PageToken=PT1"
    first = {**page, "workflows": [item, item], "meta": {**page["meta"], "next_page_url": link}}
    last = {**page, "workflows": [item], "meta": {**page["meta"], "next_page_url": None}}
    stub.queue("list_workflow", first, last)
    with stub.client() as client:
        pages = list(list_workflow.pages(WORKSPACE_SID, client=client))
        assert [(len(p.items), p.next_page_token) for p in pages] == [(2, "PT1"), (1, None)]
        assert len(list_workflow.all(WORKSPACE_SID, client=client, limit=None)) == 1  # the queue is spent


def test_an_answer_that_is_not_json_is_refused_when_set() -> None:
    stub = StubTransport()
    with pytest.raises(TypeError, match="use its to_dict"):
        stub.answer("fetch_workflow", Workflow.from_dict(stub.default("fetch_workflow")))


def test_a_route_with_fewer_parameters_is_matched_first() -> None:
    stub = StubTransport()
    with stub.client() as client:
        fetch_task_queue_statistics.sync(WORKSPACE_SID, QUEUE_SID, client=client)
        fetch_task_queue.sync(WORKSPACE_SID, QUEUE_SID, client=client)
    assert [call.operation for call in stub.calls] == ["fetch_task_queue_statistics", "fetch_task_queue"]


def test_an_unknown_request_or_operation_is_said_plainly() -> None:
    stub = StubTransport()
    with stub.client() as client:
        answer = send(client, "GET", "/v1/Nowhere")
    assert answer.status_code == 404 and "no operation for GET /v1/Nowhere" in answer.text
    assert stub.calls[0].operation is None
    with pytest.raises(KeyError, match="no operation 'FetchNothing'"):
        stub.answer("FetchNothing")


def test_the_async_client_of_each_backend_is_answered(backend: str) -> None:
    stub = StubTransport()

    async def run() -> Workflow:
        async with stub.client(async_backend=backend) as client:
            return await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client)

    assert asyncio.run(run()).sid.startswith("WW")
    assert [call.operation for call in stub.calls] == ["fetch_workflow"]
