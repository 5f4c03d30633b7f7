"""Answers the spec does not promise, read strictly: a success body that breaks the spec (a wrong
type, a missing attribute, not JSON, nested past sense, text or an object where an array belongs)
is a DecodeError that says the API accepted the call; a nullable attribute left out is None with
a warning; both documented date forms are aware datetimes; an undocumented 2xx is the documented
success and an undocumented 3xx an ApiError; an error body of the wrong shape never becomes a
TwilioError."""

from __future__ import annotations

import datetime
import importlib
import json
import logging
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from scenarios import WORKFLOW_FULL
from support import MODES, Recorder, call, generated_package, make_client
from taskrouter_client import errors
from taskrouter_client.api.workflows import create_workflow
from taskrouter_client.models import Workflow
from taskrouter_client.types import Response, parse_datetime

UTC = datetime.UTC


def _with(**changes: Any) -> bytes:
    return json.dumps(WORKFLOW_FULL | changes).encode()


# --- A success answer either fits the spec or raises DecodeError --------------------------------

BAD_201_BODIES: dict[str, tuple[bytes, str, str]] = {
    "date does not parse": (_with(date_created="yesterday"), "$.date_created", "not an ISO 8601 or RFC 2822"),
    "date is a number": (_with(date_updated=1400064602), "$.date_updated", "expected datetime or NoneType"),
    "integer is text": (_with(task_reservation_timeout="ninety"), "$.task_reservation_timeout", "expected int"),
    "integer is a bool": (_with(task_reservation_timeout=True), "$.task_reservation_timeout", "expected int"),
    "integer is null": (_with(task_reservation_timeout=None), "$.task_reservation_timeout", "expected int"),
    "string is a number": (_with(friendly_name=7), "$.friendly_name", "expected NoneType or str"),
    "links is text": (_with(links="none"), "$.links", "expected a WorkflowLinks or null"),
    "link is a number": (_with(links={"statistics": 5}), "$.links.statistics", "expected str"),
    "extra link is a number": (_with(links={"tasks": 5}), "$.links.tasks", "expected str"),
    "attribute missing": (
        json.dumps({k: v for k, v in WORKFLOW_FULL.items() if k != "task_reservation_timeout"}).encode(),
        "$.task_reservation_timeout",
        "a required attribute is missing",
    ),
    "not JSON": (b"<html>created</html>", "$", "body is not JSON"),
    "truncated JSON": (_with()[:40], "$", "body is not JSON"),
    "empty": (b"", "$", "empty body"),
    "a list": (b"[]", "$", "expected a JSON object, got list"),
    "null": (b"null", "$", "expected a JSON object, got NoneType"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", BAD_201_BODIES)
def test_a_201_that_breaks_the_spec_raises_decode_error(case: str, mode: str) -> None:
    body, where, reason = BAD_201_BODIES[case]
    client = make_client(Recorder(lambda request: httpx.Response(201, content=body)))
    with pytest.raises(errors.DecodeError) as caught:
        call(mode, client)
    assert caught.value.where == where
    assert reason in caught.value.reason
    assert caught.value.status_code == 201
    assert caught.value.content == body
    assert f"does not match the spec at {where}" in str(caught.value)
    assert caught.value.accepted is True
    assert "the API accepted POST" in str(caught.value)
    if b'"sid": "WW' in body:
        assert caught.value.sid == WORKFLOW_FULL["sid"]
        assert f"(sid {WORKFLOW_FULL['sid']})" in str(caught.value)


DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("mode", MODES)
def test_a_deeply_nested_body_is_a_decode_or_api_error(mode: str) -> None:
    with pytest.raises(errors.DecodeError):
        call(mode, make_client(Recorder(lambda request: httpx.Response(201, content=DEEP))))
    client = make_client(Recorder(lambda request: httpx.Response(400, content=DEEP)))
    if mode.endswith("_detailed"):
        response = call(mode, client)
        assert isinstance(response, Response)
        assert response.status_code == 400 and response.parsed is None
        with pytest.raises(errors.BadRequestError):
            create_workflow.unwrap(response)
    else:
        with pytest.raises(errors.BadRequestError):
            call(mode, client)


@pytest.mark.parametrize("mode", MODES)
def test_a_nullable_attribute_left_out_decodes_as_none_with_a_warning(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Twilio's own description marks no attribute required, and older answers lack links."""
    body = {k: v for k, v in WORKFLOW_FULL.items() if k not in ("links", "friendly_name")}
    client = make_client(Recorder(lambda request: httpx.Response(201, json=body)))
    with caplog.at_level(logging.WARNING, logger="taskrouter_client"):
        result = call(mode, client)
    workflow = result.parsed if isinstance(result, Response) else result
    assert isinstance(workflow, Workflow)
    assert workflow.links is None and workflow.friendly_name is None
    assert workflow.sid == WORKFLOW_FULL["sid"]
    assert any("$.links" in r.getMessage() and "$.friendly_name" in r.getMessage() for r in caplog.records)


def _answering(status: int, body: Any) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    return answer


@pytest.mark.parametrize("identity", ["sid", "account_sid", "workspace_sid", "url"])
@pytest.mark.parametrize("mode", MODES)
def test_an_answer_without_the_workflows_identity_is_a_decode_error(mode: str, identity: str) -> None:
    """TaskRouter never answers a Workflow without its identity: the spec makes it non-nullable
    (docs/taskrouter-facts.md), so a Workflow's sid is a str, and an answer that leaves it out or
    gives null is refused, naming it."""
    for body in (
        {k: v for k, v in WORKFLOW_FULL.items() if k != identity},
        WORKFLOW_FULL | {identity: None},
    ):
        client = make_client(Recorder(_answering(201, body), judge=False))
        with pytest.raises(errors.DecodeError) as caught:
            call(mode, client)
        assert caught.value.where == f"$.{identity}"
        assert caught.value.accepted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2014-05-14T10:50:02Z", datetime.datetime(2014, 5, 14, 10, 50, 2, tzinfo=UTC)),
        ("2014-05-14T12:50:02+02:00", datetime.datetime(2014, 5, 14, 10, 50, 2, tzinfo=UTC)),
        ("2014-05-14T10:50:02", datetime.datetime(2014, 5, 14, 10, 50, 2, tzinfo=UTC)),
        ("Wed, 14 May 2014 10:50:02 +0000", datetime.datetime(2014, 5, 14, 10, 50, 2, tzinfo=UTC)),
        ("Wed, 14 May 2014 10:50:02 GMT", datetime.datetime(2014, 5, 14, 10, 50, 2, tzinfo=UTC)),
        ("Wed, 14 May 2014 12:50:02 +0200", datetime.datetime(2014, 5, 14, 10, 50, 2, tzinfo=UTC)),
    ],
)
def test_dates_in_both_documented_forms_become_aware_datetimes(text: str, expected: datetime.datetime) -> None:
    client = make_client(Recorder(lambda request: httpx.Response(201, json=WORKFLOW_FULL | {"date_created": text})))
    workflow = call("sync", client)
    assert isinstance(workflow, Workflow)
    assert workflow.date_created == expected
    assert workflow.date_created is not None and workflow.date_created.tzinfo is not None
    assert parse_datetime(text) == expected


# --- Statuses the spec does not document ------------------------------------------------------


@pytest.mark.parametrize("status", [200, 202])
@pytest.mark.parametrize("mode", MODES)
def test_an_undocumented_success_status_is_read_as_the_documented_success(status: int, mode: str) -> None:
    """A request the API accepted is never reported as a failure, whatever 2xx it answers."""
    client = make_client(Recorder(lambda request: httpx.Response(status, json=WORKFLOW_FULL)))
    result = call(mode, client)
    workflow = result.parsed if isinstance(result, Response) else result
    assert isinstance(workflow, Workflow)
    assert workflow.sid == WORKFLOW_FULL["sid"]


@pytest.mark.parametrize("status", [302, 304])
@pytest.mark.parametrize("mode", MODES)
def test_a_status_the_spec_does_not_document(status: int, mode: str) -> None:
    client = make_client(Recorder(lambda request: httpx.Response(status, json=WORKFLOW_FULL)))
    if mode.endswith("_detailed"):
        response = call(mode, client)
        assert isinstance(response, Response)
        assert response.status_code == status
        assert response.parsed is None
        strict = make_client(
            Recorder(lambda request: httpx.Response(status, json=WORKFLOW_FULL)), raise_on_unexpected_status=True
        )
        with pytest.raises(errors.ApiError) as caught:
            call(mode, strict)
        assert caught.value.status_code == status
    else:
        with pytest.raises(errors.ApiError) as caught:
            call(mode, client)
        assert type(caught.value) is errors.ApiError
        assert caught.value.status_code == status


# --- Error bodies -------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_an_error_body_of_the_wrong_shape_is_never_handed_over_as_a_twilio_error(mode: str) -> None:
    body = {"code": "twenty", "message": 5, "status": 400}
    text = json.dumps(body, separators=(",", ":"))
    client = make_client(Recorder(lambda request: httpx.Response(400, content=text.encode())))
    if mode.endswith("_detailed"):
        response = call(mode, client)
        assert isinstance(response, Response)
        assert response.parsed is None
        return
    with pytest.raises(errors.BadRequestError) as caught:
        call(mode, client)
    assert caught.value.code is None
    assert caught.value.message == text  # the raw body, not a half-trusted field


# --- Arrays, in a shape TaskRouter's spec does not have yet -------------------------------------

GADGET_SID = "GG" + "a" * 32
GADGET = {"sid": GADGET_SID, "tags": ["a", None], "names": ["a"]}
GADGET_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Gadgets", "version": "9.9.9"},
    "paths": {
        "/v1/Gadgets/{Sid}": {
            "get": {
                "operationId": "FetchGadget",
                "parameters": [
                    {
                        "name": "Sid",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "pattern": "^GG[0-9a-f]{32}$"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "the gadget",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gadget"}}},
                    }
                },
            },
        }
    },
    "components": {
        "schemas": {
            "Gadget": {
                "type": "object",
                "required": ["sid", "tags", "names"],
                "properties": {
                    "sid": {"type": "string"},
                    "tags": {"type": "array", "items": {"type": ["string", "null"]}},
                    "names": {"type": "array", "items": {"type": "string"}},
                },
            },
        }
    },
}


@pytest.fixture(scope="module")
def gadgets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The package generated from GADGET_SPEC with `make generate`'s command and templates."""
    with generated_package(GADGET_SPEC, "gadgets", tmp_path_factory.mktemp("gadgets")) as package:
        yield package


def _fetch_gadget(package: ModuleType, answer: Any) -> Any:
    """The gadget ``answer`` decodes to, or the client's error."""
    client = package.Client(
        base_url="http://127.0.0.1",
        httpx_args={"transport": httpx.MockTransport(lambda request: httpx.Response(200, json=answer))},
    )
    operation = importlib.import_module("gadgets_client.api.default.fetch_gadget")
    errors_module = importlib.import_module("gadgets_client.errors")
    try:
        return operation.sync(GADGET_SID, client=client)
    except errors_module.TaskRouterError as exc:
        return exc
    finally:
        client.close()


def test_a_gadget_that_fits_the_spec_decodes(gadgets: ModuleType) -> None:
    """The control for the test below: the answer as the spec has it is read as given."""
    gadget = _fetch_gadget(gadgets, GADGET)
    assert (gadget.sid, gadget.tags, gadget.names) == (GADGET_SID, ["a", None], ["a"])


@pytest.mark.parametrize("wrong", ["abc", {"x": 1, "y": 2}], ids=["string", "object"])
@pytest.mark.parametrize("field", ["names", "tags"])
def test_an_array_answered_as_a_string_or_object_is_a_decode_error(gadgets: ModuleType, field: str, wrong: Any) -> None:
    """`names` (array of string) answered as "abc" is a DecodeError, and so is `tags` (array of
    nullable strings, the union the template reads by annotated assignment), never decoded as
    ['a', 'b', 'c'] (or the object's keys): a value the answer does not hold."""
    result = _fetch_gadget(gadgets, GADGET | {field: wrong})
    decode_error = importlib.import_module("gadgets_client.errors").DecodeError
    assert isinstance(result, decode_error), result
    assert result.where == f"$.{field}"


# --- Answers of other operations ----------------------------------------------------------------


@pytest.mark.parametrize("body", [{}, {"unrelated": 1}])
def test_an_object_with_none_of_the_model_s_attributes_is_not_that_model(body: dict[str, Any]) -> None:
    from taskrouter_client.api.workflows import fetch_workflow_statistics

    recorder = Recorder(lambda request: httpx.Response(200, json=body))
    with make_client(recorder) as client, pytest.raises(errors.DecodeError) as caught:
        fetch_workflow_statistics.sync(WORKFLOW_FULL["workspace_sid"], WORKFLOW_FULL["sid"], client=client)
    assert "not a WorkflowStatistics" in caught.value.reason


def test_a_body_on_a_204_is_ignored() -> None:
    from taskrouter_client.api.workflows import delete_workflow

    recorder = Recorder(lambda request: httpx.Response(204, content=b"{}"))
    with make_client(recorder) as client:
        result = delete_workflow.sync_detailed(WORKFLOW_FULL["workspace_sid"], WORKFLOW_FULL["sid"], client=client)
    assert (result.status_code, result.parsed) == (204, None)
