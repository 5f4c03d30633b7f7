"""Property-based: bodies and requests drawn from the spec's own schemas (hypothesis-jsonschema).

- Every spec-valid 201 body decodes to a Workflow whose to_dict() round-trips.
- Every spec-valid error body decodes to a TwilioError (and an ApiError) that round-trips.
- Every spec-valid CreateWorkflowRequest is accepted by the client's checks, and the request it
  sends validates against openapi.yaml with openapi-core.
"""

from __future__ import annotations

import copy
import datetime
import json
import os
from functools import cache
from typing import Any
from urllib.parse import parse_qsl

import httpx
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from scenarios import WORKSPACE_SID
from support import SPEC_PATH, Recorder, make_client, validate_request, validate_response
from taskrouter_client.api.workflows import create_workflow
from taskrouter_client.errors import BadRequestError, api_error
from taskrouter_client.models import CreateWorkflowRequest, TwilioError, Workflow
from taskrouter_client.types import parse_datetime

# `make test` and CI draw the full count (HYPOTHESIS_PROFILE=full); a bare `pytest` run a few.
EXAMPLES = 1000 if os.environ.get("HYPOTHESIS_PROFILE") == "full" else 50
PROPERTY_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@cache
def component(name: str) -> dict[str, Any]:
    """A component schema of openapi.yaml with its local $refs inlined."""
    schemas = yaml.safe_load(SPEC_PATH.read_text())["components"]["schemas"]

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(copy.deepcopy(schemas[node["$ref"].rsplit("/", 1)[1]]))
            return {key: inline(value) for key, value in node.items() if key != "description"}
        if isinstance(node, list):
            return [inline(item) for item in node]
        return node

    result: dict[str, Any] = inline(schemas[name])
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


def _configuration_documents() -> st.SearchStrategy[str]:
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=8),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
        max_leaves=8,
    )
    return json_values.map(json.dumps)


def _requests() -> st.SearchStrategy[dict[str, Any]]:
    schema = component("CreateWorkflowRequest")
    schema["properties"]["Configuration"] = {"type": "string"}  # replaced below by a JSON document
    return st.builds(
        lambda fields, configuration: fields | {"Configuration": configuration},
        from_schema(schema),
        _configuration_documents(),
    )


def test_every_spec_valid_request_is_sent_and_validates() -> None:
    drawn: list[dict[str, Any]] = []

    @PROPERTY_SETTINGS
    @given(fields=_requests())
    def check(fields: dict[str, Any]) -> None:
        drawn.append(fields)
        check_request(fields)

    check()
    assert len(drawn) >= EXAMPLES
    assert any("TaskReservationTimeout" in fields for fields in drawn)


def check_request(fields: dict[str, Any]) -> None:
    body = CreateWorkflowRequest.from_dict(fields)
    recorder = Recorder(lambda request: httpx.Response(201, json=_minimal_workflow()))
    with make_client(recorder) as client:
        create_workflow.sync(WORKSPACE_SID, client=client, body=body)
    [request] = recorder.requests
    validate_request(request)
    sent = dict(parse_qsl(request.content.decode(), keep_blank_values=True))
    assert sent == {key: str(value) for key, value in fields.items()}


@cache
def _minimal_workflow() -> dict[str, Any]:
    return dict.fromkeys(component("Workflow")["required"]) | {"task_reservation_timeout": 120}


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
