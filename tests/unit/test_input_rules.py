"""Input rules: a call's parameters, body fields and headers are checked against the spec before
anything is sent; what breaks a rule is an InvalidRequestError naming the field and the rule, and
no request leaves. The edges of the ranges pass. A generated package with an array field and an
anyOf of a string and a model checks those too."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from scenarios import WORKFLOW_FULL, WORKSPACE_SID
from support import MODES, Recorder, call, generated_package, make_client, request_body
from taskrouter_client import errors
from taskrouter_client.api.workflows import create_workflow, fetch_workflow

WORKFLOW_SID = WORKFLOW_FULL["sid"]


def created() -> httpx.Response:
    return httpx.Response(201, json=WORKFLOW_FULL)


# --- Parameters and body fields ------------------------------------------------------------------

BAD_INPUT: dict[str, tuple[dict[str, Any], str, str]] = {
    "workspace sid ..": ({"workspace_sid": ".."}, "WorkspaceSid", "minLength"),
    "workspace sid short": ({"workspace_sid": "WS123"}, "WorkspaceSid", "minLength"),
    "workspace sid of a workflow": ({"workspace_sid": "WW" + "a" * 32}, "WorkspaceSid", "pattern"),
    "workspace sid with a slash": ({"workspace_sid": "WS" + "a" * 31 + "/"}, "WorkspaceSid", "pattern"),
    "workspace sid not hex": ({"workspace_sid": "WS" + "g" * 32}, "WorkspaceSid", "pattern"),
    "workspace sid not a str": ({"workspace_sid": 12}, "WorkspaceSid", "type"),
    "empty friendly name": ({"friendly_name": ""}, "FriendlyName", "minLength"),
    "friendly name None": ({"friendly_name": None}, "FriendlyName", "type"),
    "configuration not JSON": ({"configuration": "string"}, "Configuration", "contentMediaType"),
    "configuration empty": ({"configuration": ""}, "Configuration", "minLength"),
    "callback relative": ({"assignment_callback_url": "/assign"}, "AssignmentCallbackUrl", "pattern"),
    "callback ftp": ({"assignment_callback_url": "ftp://example.com/"}, "AssignmentCallbackUrl", "pattern"),
    "callback no host": ({"fallback_assignment_callback_url": "https://"}, "FallbackAssignmentCallbackUrl", "pattern"),
    "callback with a space": (
        {"fallback_assignment_callback_url": "https://example.com/a b"},
        "FallbackAssignmentCallbackUrl",
        "pattern",
    ),
    "timeout zero": ({"task_reservation_timeout": 0}, "TaskReservationTimeout", "minimum"),
    "timeout too long": ({"task_reservation_timeout": 86401}, "TaskReservationTimeout", "maximum"),
    "timeout as text": ({"task_reservation_timeout": "42"}, "TaskReservationTimeout", "type"),
    "timeout as bool": ({"task_reservation_timeout": True}, "TaskReservationTimeout", "type"),
    "timeout as float": ({"task_reservation_timeout": 1.5}, "TaskReservationTimeout", "type"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", BAD_INPUT)
def test_bad_input_is_refused_before_sending(case: str, mode: str) -> None:
    changes, field, rule = BAD_INPUT[case]
    changes = dict(changes)
    recorder = Recorder(lambda request: created())
    workspace = changes.pop("workspace_sid", WORKSPACE_SID)
    with pytest.raises(errors.InvalidRequestError) as caught:
        call(mode, make_client(recorder), body=request_body(**changes), workspace_sid=workspace)
    assert isinstance(caught.value, ValueError)
    assert caught.value.field == field
    assert caught.value.rule == rule
    assert str(caught.value).startswith(field)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("workspace_sid", "fields", "field"),
    [
        (WORKSPACE_SID, {"friendly_name": "Sales \ud800"}, "FriendlyName"),
        ("WS" + "a" * 31 + "\udc00", {}, "WorkspaceSid"),
        (WORKSPACE_SID, {"assignment_callback_url": "https://example.com/cb\n"}, "AssignmentCallbackUrl"),
        (WORKSPACE_SID, {"assignment_callback_url": "https://@"}, "AssignmentCallbackUrl"),
        (WORKSPACE_SID, {"assignment_callback_url": "https://:0"}, "AssignmentCallbackUrl"),
    ],
)
def test_unsendable_text_and_broken_urls_are_refused(workspace_sid: str, fields: dict[str, Any], field: str) -> None:
    recorder = Recorder(lambda request: created())
    with make_client(recorder) as client, pytest.raises(errors.InvalidRequestError) as caught:
        create_workflow.sync(workspace_sid, client=client, body=request_body(**fields))
    assert caught.value.field == field
    assert recorder.requests == []


# The smallest values the configuration's schema allows: no filters, priority and timeout 0.
EDGE_CONFIGURATION = (
    '{"task_routing":{"filters":[{"expression":"1==1","targets":[{"queue":"WQ' + "A" * 32 + '",'
    '"priority":0,"timeout":0}]}],"default_filter":{"queue":"WQ' + "0" * 32 + '"}}}'
)


def test_the_edges_of_the_ranges_are_accepted() -> None:
    recorder = Recorder(lambda request: created())
    for timeout in (1, 86400):
        call("sync", make_client(recorder), body=request_body(task_reservation_timeout=timeout))
    call(
        "sync",
        make_client(recorder),
        workspace_sid="WS" + "A" * 32,
        body=request_body(assignment_callback_url="http://example.com", configuration=EDGE_CONFIGURATION),
    )
    assert len(recorder.requests) == 3


def test_a_body_of_the_wrong_type_is_refused() -> None:
    recorder = Recorder(lambda request: created())
    with make_client(recorder) as client, pytest.raises(errors.InvalidRequestError) as caught:
        create_workflow.sync(WORKSPACE_SID, client=client, body={"FriendlyName": "x"})  # type: ignore[arg-type]
    assert caught.value.field == "body"
    assert recorder.requests == []


def test_fields_the_spec_does_not_know_are_refused() -> None:
    body = request_body()
    body_dict = body.to_dict()
    recorder = Recorder(lambda request: created())

    class Extended(type(body)):  # type: ignore[misc]
        def to_dict(self) -> dict[str, Any]:
            return body_dict | {"Priority": 5}

    extended = Extended(friendly_name="x", configuration=body.configuration)
    with make_client(recorder) as client, pytest.raises(errors.InvalidRequestError) as caught:
        create_workflow.sync(WORKSPACE_SID, client=client, body=extended)
    assert (caught.value.field, caught.value.rule) == ("Priority", "additionalProperties")
    assert recorder.requests == []


# --- Headers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [{"X-Note": "naïve"}, {"X-Note": "a\r\nX-Injected: 1"}, {"Bad Name": "x"}, {"X-Number": 5}, {"X-Nul": "a\x00"}],
)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_header_that_cannot_be_sent_is_refused_before_sending(mode: str, headers: dict[str, Any]) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=WORKFLOW_FULL))
    client = make_client(recorder)

    async def arun() -> None:
        async with client:
            await fetch_workflow.asyncio_detailed(WORKSPACE_SID, WORKFLOW_SID, client=client, headers=headers)

    with pytest.raises(errors.InvalidRequestError) as caught:
        if mode == "sync":
            with client:
                fetch_workflow.sync_detailed(WORKSPACE_SID, WORKFLOW_SID, client=client, headers=headers)
        else:
            asyncio.run(arun())
    assert caught.value.field == "headers" and recorder.requests == []


# --- A generated package: an array field, an anyOf of a string and a model -----------------------

PART = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
GADGET_SID = "GG" + "a" * 32
GADGET = {"sid": GADGET_SID, "tags": ["a", None], "names": ["a"]}
GADGETS_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Gadgets", "version": "9.9.9"},
    "paths": {
        "/v1/Gadgets/{Sid}": {
            "parameters": [
                {
                    "name": "Sid",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": "^GG[0-9a-f]{32}$"},
                }
            ],
            "put": {
                "operationId": "ReplaceGadget",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GadgetRequest"}}},
                },
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
            "Part": PART,
            "GadgetRequest": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "tags": {"type": "array", "items": {"type": ["string", "null"]}},
                    "names": {"type": "array", "items": {"type": "string"}},
                    "detail": {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/Part"}]},
                },
            },
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
    """The package generated from GADGETS_SPEC with `make generate`'s command and templates."""
    with generated_package(GADGETS_SPEC, "gadget_rules", tmp_path_factory.mktemp("gadget_rules")) as package:
        yield package


def _gadget_call(package: ModuleType, **fields: Any) -> tuple[Any, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=GADGET)

    client = package.Client(base_url="http://127.0.0.1", httpx_args={"transport": httpx.MockTransport(handler)})
    operation = importlib.import_module("gadget_rules_client.api.default.replace_gadget")
    models = importlib.import_module("gadget_rules_client.models")
    errors_module = importlib.import_module("gadget_rules_client.errors")
    try:
        result: Any = operation.sync(GADGET_SID, client=client, body=models.GadgetRequest(**fields))
    except errors_module.TaskRouterError as exc:
        result = exc
    finally:
        client.close()
    return result, sent


@pytest.mark.parametrize("field", ["names", "tags"])
def test_a_string_for_an_array_is_refused_before_sending(gadgets: ModuleType, field: str) -> None:
    """GadgetRequest(names="ab") or (tags="ab") is an InvalidRequestError, nothing sent (not
    {"tags": ["a", "b"]}, the characters as the items)."""
    result, sent = _gadget_call(gadgets, **{field: "ab"})
    assert isinstance(result, importlib.import_module("gadget_rules_client.errors").InvalidRequestError), sent
    assert (result.field, result.rule) == (field, "type")
    assert sent == []


def test_the_model_member_of_an_anyof_is_checked_before_sending(gadgets: ModuleType) -> None:
    """detail: anyOf [string, Part]; Part(name=5) breaks Part's `name: string`: refused, not sent
    as {"detail": {"name": 5}}."""
    part = importlib.import_module("gadget_rules_client.models").Part(name=5)
    result, sent = _gadget_call(gadgets, detail=part)
    assert isinstance(result, importlib.import_module("gadget_rules_client.errors").InvalidRequestError), [
        r.content for r in sent
    ]
    assert (result.field, result.rule) == ("detail", "anyOf")
    assert sent == []


@pytest.mark.parametrize("sid", ["..", ".", ""])
def test_a_dot_segment_never_reaches_the_path_even_with_the_checks_off(sid: str) -> None:
    """With validation off, ``..`` would turn a Workflow delete into a Workspace delete."""
    from taskrouter_client.api.workflows import delete_workflow

    recorder = Recorder(lambda request: httpx.Response(204), judge=False)
    with make_client(recorder, validate_requests=False) as client, pytest.raises(errors.InvalidRequestError) as caught:
        delete_workflow.sync(WORKSPACE_SID, sid, client=client)
    assert (caught.value.field, caught.value.rule) == ("Sid", "path")
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("call_with", "field", "rule"),
    [
        ({"friendly_name": None}, "FriendlyName", "type"),
        ({"body": "FriendlyName=x"}, "body", "type"),
    ],
    ids=["null query value", "body that is not the model"],
)
def test_a_value_no_spec_rule_names_is_refused_too(call_with: dict[str, Any], field: str, rule: str) -> None:
    from taskrouter_client.api.workflows import list_workflow, update_workflow

    recorder = Recorder(lambda request: httpx.Response(500))
    with make_client(recorder) as client, pytest.raises(errors.InvalidRequestError) as caught:
        if "body" in call_with:
            update_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client, **call_with)
        else:
            list_workflow.sync(WORKSPACE_SID, client=client, **call_with)
    assert (caught.value.field, caught.value.rule) == (field, rule)
    assert recorder.requests == []
