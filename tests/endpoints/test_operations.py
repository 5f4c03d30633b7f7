"""Every operation of the spec, from one table (tests/operations.py), in all four call forms:
recorded answers (validated by openapi-core with the requests), the error contract, the input
rules, retries by method, and paging."""

from __future__ import annotations

import asyncio
import base64
import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from operations import LIST_URL, OPERATIONS, PAGE_META, Operation
from scenarios import RATE_HEADERS, TEST_PASSWORD, TEST_USERNAME, WORKFLOW_FULL, WORKSPACE_SID
from support import MODES, Recorder, make_client, validate_request, validate_response
from taskrouter_client import AuthenticatedClient, errors
from taskrouter_client._rules import OPERATIONS as RULES
from taskrouter_client.api.workflows import list_workflow
from taskrouter_client.client import RetryPolicy
from taskrouter_client.models import TwilioError, Workflow
from taskrouter_client.types import Response, parse_datetime

RECORDED = [pytest.param(op, marks=pytest.mark.scenario(f"op_{name}"), id=name) for name, op in OPERATIONS.items()]
TABLE = [pytest.param(op, id=name) for name, op in OPERATIONS.items()]


def invoke(op: Operation, mode: str, client: AuthenticatedClient, *args: Any, **kwargs: Any) -> Any:
    """Call ``op`` the way ``mode`` names (async on a fresh event loop), with the table's input
    unless ``args``/``kwargs`` say otherwise."""
    function = getattr(op.module, mode)
    arguments = args or op.args
    kwargs = op.kwargs | kwargs
    if mode.startswith("asyncio"):

        async def run() -> Any:
            async with client:
                return await function(*arguments, client=client, **kwargs)

        return asyncio.run(run())
    with client:
        return function(*arguments, client=client, **kwargs)


def _wire(value: Any) -> Any:
    """A JSON value with every date-time string read as the instant it names."""
    if isinstance(value, dict):
        return {key: _wire(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_wire(item) for item in value]
    if isinstance(value, str) and len(value) >= 20 and value[4] == "-" and value[10] == "T":
        return parse_datetime(value)
    return value


def parsed_of(result: Any, mode: str) -> Any:
    if mode.endswith("_detailed"):
        assert isinstance(result, Response)
        return result.parsed
    return result


# --- Recorded answers ---------------------------------------------------------------------------


@pytest.mark.vcr
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", RECORDED)
def test_every_operation_against_its_recorded_answer(op: Operation, mode: str) -> None:
    recorder = Recorder()
    result = invoke(op, mode, make_client(recorder))

    [(request, response)] = recorder.exchanges
    assert (request.method, str(request.url)) == (op.method, op.url)
    credentials = base64.b64encode(f"{TEST_USERNAME}:{TEST_PASSWORD}".encode()).decode()
    assert request.headers["Authorization"] == f"Basic {credentials}"
    assert request.headers["Accept"] == "application/json"
    if op.form is None:
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
        assert dict(parse_qsl(request.content.decode(), strict_parsing=True)) == op.form
    validate_request(request)
    validate_response(request, response)

    parsed: Any = parsed_of(result, mode)
    if op.parsed is None:
        assert parsed is None
    else:
        assert isinstance(parsed, op.parsed)
        assert _wire(parsed.to_dict()) == _wire(op.answer)  # every recorded attribute, value for value
    if mode.endswith("_detailed"):
        assert result.status_code == op.status
        assert result.headers["X-Rate-Limit-Remaining"] == RATE_HEADERS["X-Rate-Limit-Remaining"]
        assert op.module.unwrap(result) == parsed  # the raise-on-error form, headers in reach


# --- The error contract, every operation ------------------------------------------------------

ERRORS = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    404: errors.NotFoundError,
    429: errors.RateLimitError,
    500: errors.ServerError,
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", sorted(ERRORS))
@pytest.mark.parametrize("op", TABLE)
def test_every_operation_maps_error_answers_to_typed_errors(op: Operation, status: int, mode: str) -> None:
    body = {
        "code": 20000 + status,
        "message": "refused",
        "more_info": "https://www.twilio.com/docs/errors",
        "status": status,
    }
    recorder = Recorder(lambda request: httpx.Response(status, json=body, headers={"Twilio-Request-Id": "RQ1"}))
    client = make_client(recorder)
    if mode.endswith("_detailed"):
        result = invoke(op, mode, client)
        assert result.status_code == status
        assert isinstance(result.parsed, TwilioError) and result.parsed.code == 20000 + status
        with pytest.raises(ERRORS[status]):
            op.module.unwrap(result)
        return
    with pytest.raises(ERRORS[status]) as caught:
        invoke(op, mode, client)
    assert type(caught.value) is ERRORS[status]
    assert (caught.value.code, caught.value.message, caught.value.request_id) == (20000 + status, "refused", "RQ1")
    assert caught.value.method == op.method


@pytest.mark.parametrize("op", [p for p in TABLE if p.values[0].parsed is not None])  # type: ignore[union-attr]
def test_every_operation_maps_an_odd_success_body_to_a_decode_error(op: Operation) -> None:
    recorder = Recorder(lambda request: httpx.Response(op.status, content=b"<html>ok</html>"))
    with pytest.raises(errors.DecodeError) as caught:
        invoke(op, "sync", make_client(recorder))
    assert caught.value.accepted and caught.value.where == "$"


@pytest.mark.parametrize("body", [{}, {"unrelated": 1}])
def test_an_object_with_none_of_the_model_s_attributes_is_not_that_model(body: dict[str, Any]) -> None:
    op = OPERATIONS["fetch_workflow_statistics"]
    recorder = Recorder(lambda request: httpx.Response(200, json=body))
    with pytest.raises(errors.DecodeError) as caught:
        invoke(op, "sync", make_client(recorder))
    assert "not a WorkflowStatistics" in caught.value.reason


@pytest.mark.parametrize("sid", ["..", ".", ""])
def test_a_dot_segment_never_reaches_the_path_even_with_the_checks_off(sid: str) -> None:
    """With validation off, ``..`` would turn a Workflow delete into a Workspace delete."""
    op = OPERATIONS["delete_workflow"]
    recorder = Recorder(lambda request: httpx.Response(204), judge=False)
    with pytest.raises(errors.InvalidRequestError) as caught:
        invoke(op, "sync", make_client(recorder, validate_requests=False), WORKSPACE_SID, sid)
    assert (caught.value.field, caught.value.rule) == ("Sid", "path")
    assert recorder.requests == []


def test_a_link_back_to_the_first_page_ends_the_stream() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        meta = PAGE_META | {"next_page_url": f"{LIST_URL}?PageSize=50&FriendlyName=Sales"}  # the first page, reordered
        return httpx.Response(200, json={"meta": meta, "workflows": [WORKFLOW_FULL]})

    recorder = Recorder(answer)
    with make_client(recorder) as client:
        assert len(list(list_workflow.stream(WORKSPACE_SID, client=client, friendly_name="Sales", page_size=50))) == 1
    assert len(recorder.requests) == 1


def test_a_body_on_a_204_is_ignored() -> None:
    op = OPERATIONS["delete_workflow"]
    recorder = Recorder(lambda request: httpx.Response(204, content=b"{}"))
    assert invoke(op, "sync", make_client(recorder)) is None


# --- Input rules, every path parameter ---------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", TABLE)
def test_every_path_parameter_is_checked_by_its_own_schema(op: Operation, mode: str) -> None:
    """A Workspace SID where a Workflow SID belongs (and the other way round) is refused by the
    parameter's own pattern, whatever the parameter is called; nothing is sent."""
    swapped = {"WS": "WW", "WW": "WS"}
    path_parameters = tuple(RULES[op.name]["path"])  # wire names, in path order
    assert len(path_parameters) == len(op.args)
    for index, name in enumerate(path_parameters):
        args = list(op.args)
        args[index] = swapped[args[index][:2]] + args[index][2:]
        recorder = Recorder(lambda request: httpx.Response(500))
        with pytest.raises(errors.InvalidRequestError) as caught:
            invoke(op, mode, make_client(recorder), *args)
        assert (caught.value.field, caught.value.rule) == (name, "pattern")
        assert recorder.requests == []


QUERY_CASES = [
    ("list_workflow", {"page_size": 0}, "PageSize", "minimum"),
    ("list_workflow", {"page_size": 1001}, "PageSize", "maximum"),
    ("list_workflow", {"page_size": True}, "PageSize", "type"),
    ("list_workflow", {"page_size": "50"}, "PageSize", "type"),
    ("list_workflow", {"page": -1}, "Page", "minimum"),
    ("list_workflow", {"friendly_name": None}, "FriendlyName", "type"),
    ("fetch_workflow_statistics", {"start_date": "yesterday"}, "StartDate", "type"),
    ("fetch_workflow_statistics", {"start_date": "2024-01-01T00:00:00Z"}, "StartDate", "type"),
    ("fetch_workflow_statistics", {"end_date": datetime.datetime(2024, 1, 2)}, "EndDate", "format"),
    ("fetch_workflow_statistics", {"minutes": 0}, "Minutes", "minimum"),
    ("fetch_workflow_cumulative_statistics", {"split_by_wait_time": "5;30"}, "SplitByWaitTime", "pattern"),
    ("fetch_workflow_real_time_statistics", {"task_channel": ""}, "TaskChannel", "minLength"),
    ("update_workflow", {"body": "FriendlyName=x"}, "body", "type"),
]


@pytest.mark.parametrize(("name", "kwargs", "field", "rule"), QUERY_CASES)
def test_query_parameters_and_bodies_are_checked_before_sending(
    name: str, kwargs: dict[str, Any], field: str, rule: str
) -> None:
    recorder = Recorder(lambda request: httpx.Response(500))
    with pytest.raises(errors.InvalidRequestError) as caught:
        invoke(OPERATIONS[name], "sync", make_client(recorder), **kwargs)
    assert (caught.value.field, caught.value.rule) == (field, rule)
    assert recorder.requests == []


def test_a_body_field_enum_and_type_are_checked() -> None:
    from taskrouter_client.models import UpdateWorkflowRequest

    recorder = Recorder(lambda request: httpx.Response(500))
    body = UpdateWorkflowRequest(re_evaluate_tasks="maybe")  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidRequestError) as caught:
        invoke(OPERATIONS["update_workflow"], "sync", make_client(recorder), body=body)
    assert (caught.value.field, caught.value.rule) == ("ReEvaluateTasks", "type")
    assert recorder.requests == []


# --- Retries follow the method ----------------------------------------------------------------


@pytest.mark.parametrize("op", TABLE)
def test_a_503_is_retried_only_for_idempotent_methods(op: Operation) -> None:
    answers = iter(
        [
            httpx.Response(503),
            httpx.Response(op.status, content=op.body(), headers={"Content-Type": "application/json"}),
        ]
    )
    recorder = Recorder(lambda request: next(answers))
    client = make_client(recorder, retry=RetryPolicy(max_retries=1, sleep=lambda seconds: None))
    if op.idempotent:
        result = invoke(op, "sync", client)
        assert len(recorder.requests) == 2
        assert result is None if op.parsed is None else isinstance(result, op.parsed)
    else:
        with pytest.raises(errors.ServerError):
            invoke(op, "sync", client)
        assert len(recorder.requests) == 1


# --- Paging -------------------------------------------------------------------------------------


def _pages(count: int, per_page: int, next_host: str = "https://taskrouter.twilio.com") -> Recorder:
    """A list answered in ``count`` pages of ``per_page`` Workflows, linked by next_page_url."""

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("Page", "0"))
        more = page + 1 < count
        link = f"{next_host}/v1/Workspaces/{WORKSPACE_SID}/Workflows?PageSize={per_page}&Page={page + 1}"
        meta = PAGE_META | {
            "page": page,
            "page_size": per_page,
            "next_page_url": f"{link}&PageToken=PT{page + 1}" if more else None,
        }
        items = [WORKFLOW_FULL | {"friendly_name": f"wf {page}.{i}"} for i in range(per_page)]
        return httpx.Response(200, json={"meta": meta, "workflows": items})

    return Recorder(answer)


def test_stream_fetches_one_page_at_a_time_and_stops_at_the_limit() -> None:
    recorder = _pages(count=3, per_page=2)
    with make_client(recorder) as client:
        items = list_workflow.stream(WORKSPACE_SID, client=client, page_size=2)
        assert isinstance(items, Iterator)
        assert recorder.requests == []  # lazy: nothing fetched before the first item is asked for
        first = next(items)
        assert isinstance(first, Workflow) and first.friendly_name == "wf 0.0"
        assert len(recorder.requests) == 1
        assert [w.friendly_name for w in items] == ["wf 0.1", "wf 1.0", "wf 1.1", "wf 2.0", "wf 2.1"]
        assert [str(r.url) for r in recorder.requests][1:] == [
            f"{LIST_URL}?PageSize=2&Page={n}&PageToken=PT{n}" for n in (1, 2)
        ]
        limited = list(list_workflow.stream(WORKSPACE_SID, client=client, page_size=2, limit=3))
    assert [w.friendly_name for w in limited] == ["wf 0.0", "wf 0.1", "wf 1.0"]
    assert len(recorder.requests) == 3 + 2  # the limited stream never asked for the third page


def test_stream_async_pages_the_same_way() -> None:
    recorder = _pages(count=2, per_page=2)

    async def run() -> list[str | None]:
        async with make_client(recorder) as client:
            items = list_workflow.stream_async(WORKSPACE_SID, client=client, page_size=2)
            assert isinstance(items, AsyncIterator)
            return [w.friendly_name async for w in items]

    assert asyncio.run(run()) == ["wf 0.0", "wf 0.1", "wf 1.0", "wf 1.1"]


@pytest.mark.parametrize(
    "host", ["https://attacker.example", "http://taskrouter.twilio.com", "https://taskrouter.twilio.com:8443"]
)
def test_credentials_never_follow_a_next_page_link_elsewhere(host: str) -> None:
    recorder = _pages(count=2, per_page=1, next_host=host)
    with make_client(recorder) as client, pytest.raises(errors.UnsafeLinkError) as caught:
        list(list_workflow.stream(WORKSPACE_SID, client=client))
    assert len(recorder.requests) == 1
    assert host in str(caught.value)


@pytest.mark.parametrize("limit", [-1, True, 1.5])
def test_a_bad_limit_is_refused_before_sending(limit: Any) -> None:
    recorder = _pages(count=1, per_page=1)
    with make_client(recorder) as client, pytest.raises(errors.InvalidRequestError):
        list_workflow.stream(WORKSPACE_SID, client=client, limit=limit)
    assert recorder.requests == []


def test_a_page_link_that_repeats_ends_the_stream() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        meta = PAGE_META | {"next_page_url": f"{LIST_URL}?Page=1&PageToken=same"}
        return httpx.Response(200, json={"meta": meta, "workflows": [WORKFLOW_FULL]})

    recorder = Recorder(answer)
    with make_client(recorder) as client:
        assert len(list(list_workflow.stream(WORKSPACE_SID, client=client))) == 2
    assert len(recorder.requests) == 2


def test_the_operation_table_covers_the_spec() -> None:
    assert sorted(OPERATIONS) == sorted(RULES)


def test_a_link_to_the_global_host_is_read_on_the_client_s_regional_host() -> None:
    """TaskRouter may answer links on taskrouter.twilio.com to a regional client; like the
    official SDK, the next page is fetched on the client's own host, never elsewhere."""
    recorder = _pages(count=2, per_page=1)  # links on https://taskrouter.twilio.com
    client = make_client(recorder, region="ie1", edge="dublin")
    with client:
        assert len(list(list_workflow.stream(WORKSPACE_SID, client=client))) == 2
    assert [r.url.host for r in recorder.requests] == ["taskrouter.dublin.ie1.twilio.com"] * 2


def test_a_limit_asks_for_pages_no_larger_than_it() -> None:
    recorder = _pages(count=1, per_page=3)
    with make_client(recorder) as client:
        list(list_workflow.stream(WORKSPACE_SID, client=client, limit=3))
        list(list_workflow.stream(WORKSPACE_SID, client=client, limit=5000))
        list(list_workflow.stream(WORKSPACE_SID, client=client, limit=2, page_size=7))
        list(list_workflow.stream(WORKSPACE_SID, client=client))
    assert [r.url.params.get("PageSize") for r in recorder.requests] == ["3", "1000", "7", None]
