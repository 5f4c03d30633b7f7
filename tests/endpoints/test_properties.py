"""Property-based: bodies and requests drawn from the spec's own schemas (hypothesis-jsonschema).

- Every spec-valid 201 body decodes to a Workflow whose to_dict() round-trips.
- Every spec-valid error body decodes to a TwilioError (and an ApiError) that round-trips.
- Every spec-valid Workflow configuration (unknown keys at every level included) reads into the
  typed models and dumps back to the same document, as compact JSON text.
- Every spec-valid CreateWorkflowRequest is accepted by the client's checks, and the request it
  sends validates against openapi.yaml with openapi-core.
"""

from __future__ import annotations

import datetime
import json
from functools import cache
from typing import Any
from urllib.parse import parse_qsl

import httpx
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from scenarios import CONFIGURATION, WORKFLOW_NULLS, WORKSPACE_SID
from spec_operations import inline
from support import SPEC_PATH, Recorder, make_client, validate_request, validate_response
from taskrouter_client.api.workflows import create_workflow
from taskrouter_client.errors import BadRequestError, api_error
from taskrouter_client.models import CreateWorkflowRequest, TwilioError, Workflow, WorkflowConfiguration
from taskrouter_client.types import dump_json_document, parse_datetime, parse_json_document

# The loaded hypothesis profile (tests/conftest.py): 400 examples under `make test`, fewer in a
# focused run.
EXAMPLES = settings().max_examples
PROPERTY_SETTINGS = settings()


@cache
def component(name: str) -> dict[str, Any]:
    """A component schema of openapi.yaml with its local $refs inlined."""
    spec = yaml.safe_load(SPEC_PATH.read_text())
    result: dict[str, Any] = inline(spec, spec["components"]["schemas"][name])
    return result


def _same_instant(wire: Any, parsed: datetime.datetime | None) -> bool:
    return parsed is None if wire is None else parse_datetime(wire) == parsed


def test_every_spec_valid_201_body_decodes_and_round_trips() -> None:
    drawn: list[dict[str, Any]] = []

    @PROPERTY_SETTINGS
    @given(body=from_schema(component("Workflow")))
    def check(body: dict[str, Any]) -> None:
        drawn.append(body)
        check_body(body)

    check()
    assert len(drawn) >= EXAMPLES
    assert any(body["date_created"] for body in drawn) and any(body["links"] is None for body in drawn)


def check_body(body: dict[str, Any]) -> None:
    request = httpx.Request("POST", f"https://taskrouter.twilio.com/v1/Workspaces/{WORKSPACE_SID}/Workflows")
    response = httpx.Response(201, json=body, request=request)
    validate_response(request, response)  # the drawn body is valid by openapi-core too

    parsed = create_workflow._OPERATION.build_response(make_client(), response).parsed
    assert isinstance(parsed, Workflow)
    assert isinstance(parsed.task_reservation_timeout, int)
    for name in ("date_created", "date_updated"):
        value = getattr(parsed, name)
        assert value is None or (isinstance(value, datetime.datetime) and value.tzinfo is not None)
        assert _same_instant(body[name], value)

    wire = parsed.to_dict()
    assert json.loads(json.dumps(wire)) == wire  # JSON-ready
    dates = {"date_created", "date_updated"}
    assert {k: v for k, v in wire.items() if k not in dates} == {k: v for k, v in body.items() if k not in dates}
    again = Workflow.from_dict(wire)
    assert again.to_dict() == wire
    assert again == parsed


def _compact(document: Any) -> str:
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False)


def test_every_spec_valid_routing_document_round_trips() -> None:
    """(300 documents under the full profile: drawing one takes ~100 ms, ten times a Workflow.)"""
    drawn: list[dict[str, Any]] = []

    @settings(PROPERTY_SETTINGS, max_examples=min(300, EXAMPLES))
    @given(document=from_schema(component("WorkflowConfiguration")))
    def check(document: dict[str, Any]) -> None:
        drawn.append(document)
        text = _compact(document)
        model = parse_json_document(WorkflowConfiguration, text)
        dumped = dump_json_document(model)
        assert json.loads(dumped) == document  # unknown keys survive, at every level
        assert dumped == _compact(json.loads(dumped))
        assert parse_json_document(WorkflowConfiguration, dumped) == model
        assert WorkflowConfiguration.from_dict(model.to_dict()) == model

    check()
    assert len(drawn) >= min(300, EXAMPLES)
    assert any(len(d) > 1 or len(d["task_routing"]) > 2 for d in drawn)  # unknown keys were drawn


# A few spec-valid routing documents: drawing a document takes ~85 ms, and the document space
# is covered by the 400 drawn documents above; here the request's other fields vary.
_DOCUMENTS = [
    json.loads(CONFIGURATION),
    {"task_routing": {"default_filter": {"queue": "WQ" + "0" * 32}}},
    {
        "task_routing": {
            "filters": [{"expression": "1==1", "targets": [{"queue": "WQ" + "1" * 32, "known_worker_sid": "x"}]}],
            "default_filter": {"queue": "WQ" + "2" * 32},
            "later_key": [1, None],
        }
    },
]


def _requests() -> st.SearchStrategy[dict[str, Any]]:
    """Fields of a request, the Configuration a spec-valid document as compact JSON text."""
    schema = component("CreateWorkflowRequest")
    schema["properties"]["Configuration"] = {"type": "string"}  # replaced below by a document
    return st.builds(
        lambda fields, document: fields | {"Configuration": _compact(document)},
        from_schema(schema),
        st.sampled_from(_DOCUMENTS),
    )


def test_every_spec_valid_request_is_sent_and_validates() -> None:
    drawn: list[dict[str, Any]] = []

    @PROPERTY_SETTINGS
    @given(fields=_requests(), as_model=st.booleans())
    def check(fields: dict[str, Any], as_model: bool) -> None:
        drawn.append(fields)
        check_request(fields, as_model=as_model)

    check()
    assert len(drawn) >= EXAMPLES
    assert any("TaskReservationTimeout" in fields for fields in drawn)


def check_request(fields: dict[str, Any], *, as_model: bool = False) -> None:
    """Send the fields (the Configuration as its text, or as the model read from that text): the
    request validates and carries the same fields, the Configuration the same compact JSON."""
    body = CreateWorkflowRequest.from_dict(fields)
    if as_model:
        body.configuration = parse_json_document(WorkflowConfiguration, fields["Configuration"])
    recorder = Recorder(lambda request: httpx.Response(201, json=_minimal_workflow()))
    with make_client(recorder) as client:
        create_workflow.sync(WORKSPACE_SID, client=client, body=body)
    [request] = recorder.requests
    validate_request(request)
    sent = dict(parse_qsl(request.content.decode(), keep_blank_values=True))
    configuration = sent.pop("Configuration")
    assert json.loads(configuration) == json.loads(fields["Configuration"])
    assert as_model or configuration == fields["Configuration"]
    assert sent == {key: str(value) for key, value in fields.items() if key != "Configuration"}


@cache
def _minimal_workflow() -> dict[str, Any]:
    """A Workflow with every attribute that may be null null (scenarios.WORKFLOW_NULLS)."""
    return WORKFLOW_NULLS


def test_every_spec_valid_error_body_decodes_and_round_trips() -> None:
    drawn: list[dict[str, Any]] = []

    @settings(PROPERTY_SETTINGS, max_examples=min(300, EXAMPLES))
    @given(body=from_schema(component("TwilioError")))
    def check(body: dict[str, Any]) -> None:
        drawn.append(body)
        request = httpx.Request("POST", f"https://taskrouter.twilio.com/v1/Workspaces/{WORKSPACE_SID}/Workflows")
        response = httpx.Response(400, json=body, request=request)
        validate_response(request, response)
        parsed = create_workflow._OPERATION.build_response(make_client(), response).parsed
        assert isinstance(parsed, TwilioError)
        assert parsed.to_dict() == body
        assert TwilioError.from_dict(parsed.to_dict()) == parsed
        error = api_error(status_code=400, content=response.content, headers=response.headers, parsed=parsed)
        assert isinstance(error, BadRequestError)
        assert error.code == body.get("code")
        assert error.details == body.get("details")

    check()
    assert len(drawn) >= min(300, EXAMPLES)
    assert any(isinstance(body.get("details"), dict) for body in drawn)
