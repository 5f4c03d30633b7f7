"""Create Workflow against recorded 201 answers, in all four calling styles: the request the
client sends, and every attribute it parses."""

from __future__ import annotations

import base64
import datetime
import json
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from scenarios import (
    ACCOUNT_SID,
    CONFIGURATION,
    LINKS,
    PATH,
    SCENARIOS,
    TEST_PASSWORD,
    TEST_USERNAME,
    WORKFLOW_FULL,
    WORKFLOW_IDENTITY,
    WORKFLOW_SID,
    WORKFLOW_URL,
    WORKSPACE_SID,
)
from support import MODES, Recorder, call, make_client, request_body, validate_request, validate_response
from taskrouter_client._provenance import PACKAGE_VERSION
from taskrouter_client.models import Workflow, WorkflowLinks
from taskrouter_client.types import UNSET, Response

UTC = datetime.UTC


def _workflow(result: Workflow | Response[Any], mode: str) -> Workflow:
    """The parsed Workflow, checking the detailed Response around it when there is one."""
    if mode.endswith("_detailed"):
        assert isinstance(result, Response)
        assert result.status_code == 201
        assert result.method == "POST"
        assert result.url == f"https://taskrouter.twilio.com{PATH}"
        assert isinstance(result.parsed, Workflow)
        return result.parsed
    assert isinstance(result, Workflow)
    return result


def _form(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.content.decode(), keep_blank_values=True, strict_parsing=True)


@pytest.mark.vcr
@pytest.mark.scenario("created_full")
@pytest.mark.parametrize("mode", MODES)
def test_request_is_what_the_spec_and_twilio_expect(mode: str) -> None:
    recorder = Recorder()
    call(mode, make_client(recorder))

    [request] = recorder.requests
    assert request.method == "POST"
    assert str(request.url) == f"https://taskrouter.twilio.com{PATH}"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"].startswith(f"taskrouter-client/{PACKAGE_VERSION} (Python 3.")
    expected_auth = base64.b64encode(f"{TEST_USERNAME}:{TEST_PASSWORD}".encode()).decode()
    assert request.headers["Authorization"] == f"Basic {expected_auth}"
    assert _form(request) == [
        ("FriendlyName", "Sales, Marketing, Support Workflow"),
        ("Configuration", CONFIGURATION),
        ("AssignmentCallbackUrl", "https://example.com/"),
        ("FallbackAssignmentCallbackUrl", "https://example2.com/"),
        ("TaskReservationTimeout", "120"),
    ]
    validate_request(request)


@pytest.mark.vcr
@pytest.mark.scenario("created_full")
@pytest.mark.parametrize("mode", MODES)
def test_every_attribute_is_parsed(mode: str) -> None:
    recorder = Recorder()
    workflow = _workflow(call(mode, make_client(recorder)), mode)

    assert workflow.account_sid == ACCOUNT_SID
    assert workflow.assignment_callback_url == "https://example.com/"
    assert workflow.configuration == CONFIGURATION
    assert json.loads(workflow.configuration or "")["task_routing"]["default_filter"]["queue"].startswith("WQ")
    assert workflow.date_created == datetime.datetime(2014, 5, 14, 10, 50, 2, tzinfo=UTC)
    assert workflow.date_updated == datetime.datetime(2014, 5, 14, 23, 26, 6, tzinfo=UTC)
    assert workflow.date_created.utcoffset() == datetime.timedelta(0)
    assert workflow.document_content_type == "application/json"
    assert workflow.fallback_assignment_callback_url == "https://example2.com/"
    assert workflow.friendly_name == "Sales, Marketing, Support Workflow"
    assert isinstance(workflow.links, WorkflowLinks)
    assert workflow.links.statistics == LINKS["statistics"]
    assert workflow.links.real_time_statistics == LINKS["real_time_statistics"]
    assert workflow.links.cumulative_statistics == LINKS["cumulative_statistics"]
    assert workflow.links.additional_properties == {}
    assert workflow.sid == WORKFLOW_SID
    assert workflow.task_reservation_timeout == 120
    assert workflow.url == WORKFLOW_URL
    assert workflow.workspace_sid == WORKSPACE_SID
    assert workflow.additional_properties == {}
    assert workflow.to_dict() == WORKFLOW_FULL | {
        "date_created": "2014-05-14T10:50:02+00:00",
        "date_updated": "2014-05-14T23:26:06+00:00",
    }
    [(request, response)] = recorder.exchanges
    validate_response(request, response)


@pytest.mark.vcr
@pytest.mark.scenario("created_full")
@pytest.mark.parametrize("mode", ["sync_detailed", "asyncio_detailed"])
def test_detailed_keeps_rate_limit_headers_and_raw_body(mode: str) -> None:
    result = call(mode, make_client(Recorder()))
    assert isinstance(result, Response)
    assert result.headers["X-Rate-Limit-Limit"] == "100"
    assert result.headers["X-Rate-Limit-Remaining"] == "99"
    assert result.headers["X-Rate-Limit-Config"] == "Workflows"
    assert result.headers["Twilio-Request-Id"] == "RQ" + "d" * 32
    assert json.loads(result.content) == WORKFLOW_FULL


@pytest.mark.vcr
@pytest.mark.scenario("created_nulls")
@pytest.mark.parametrize("mode", MODES)
def test_null_attributes_are_none(mode: str) -> None:
    recorder = Recorder()
    workflow = _workflow(call(mode, make_client(recorder)), mode)
    for name in WORKFLOW_FULL:
        if name in WORKFLOW_IDENTITY:
            assert getattr(workflow, name) == WORKFLOW_FULL[name], name
        else:
            assert getattr(workflow, name) is None, name
    assert workflow.to_dict() == json.loads(SCENARIOS["created_nulls"].body)
    [(request, response)] = recorder.exchanges
    validate_response(request, response)


@pytest.mark.vcr
@pytest.mark.scenario("created_unknown")
@pytest.mark.parametrize("mode", MODES)
def test_unknown_attributes_and_links_are_kept(mode: str) -> None:
    workflow = _workflow(call(mode, make_client(Recorder())), mode)
    assert workflow.additional_properties == {"routing_version": 3, "labels": {"team": "sales"}}
    assert workflow["routing_version"] == 3
    assert "labels" in workflow
    assert isinstance(workflow.links, WorkflowLinks)
    assert workflow.links.statistics == LINKS["statistics"]
    assert workflow.links.additional_keys == ["tasks"]
    assert workflow.links["tasks"] == f"{WORKFLOW_URL}/Tasks"
    assert workflow.to_dict() == json.loads(SCENARIOS["created_unknown"].body) | {
        "date_created": "2014-05-14T10:50:02+00:00",
        "date_updated": "2014-05-14T23:26:06+00:00",
    }


@pytest.mark.parametrize("mode", MODES)
def test_optional_fields_not_given_are_left_out(mode: str) -> None:
    """Optional fields are absent from the body, not sent empty."""
    created = httpx.Response(201, json=WORKFLOW_FULL)
    recorder = Recorder(lambda request: created)
    call(
        mode,
        make_client(recorder),
        body=request_body(
            **dict.fromkeys(
                ["assignment_callback_url", "fallback_assignment_callback_url", "task_reservation_timeout"], UNSET
            )
        ),
    )
    [request] = recorder.requests
    assert _form(request) == [("FriendlyName", "Sales, Marketing, Support Workflow"), ("Configuration", CONFIGURATION)]
    validate_request(request)


def test_the_pages_own_request_example_goes_out_field_for_field() -> None:
    """The endpoint page's curl line, sent through the client. Its Configuration ("string") is
    not JSON, so the client refuses it by default; with validate_requests=False it goes out
    exactly as the page's -d argument, in the same order."""
    page_curl_data = (
        "AssignmentCallbackUrl=https%3A%2F%2Fexample.com&Configuration=string"
        "&FallbackAssignmentCallbackUrl=https%3A%2F%2Fexample.com&FriendlyName=string&TaskReservationTimeout=42"
    )
    page_fields = dict(parse_qsl(page_curl_data))
    body = request_body(
        friendly_name=page_fields["FriendlyName"],
        configuration=page_fields["Configuration"],
        assignment_callback_url=page_fields["AssignmentCallbackUrl"],
        fallback_assignment_callback_url=page_fields["FallbackAssignmentCallbackUrl"],
        task_reservation_timeout=int(page_fields["TaskReservationTimeout"]),
    )
    recorder = Recorder(lambda request: httpx.Response(201, json=WORKFLOW_FULL))
    call("sync", make_client(recorder, validate_requests=False), body=body)
    [request] = recorder.requests
    assert request.method == "POST"
    assert request.url.path == "/v1/Workspaces/{WorkspaceSid}/Workflows".replace("{WorkspaceSid}", WORKSPACE_SID)
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert sorted(_form(request)) == sorted(parse_qsl(page_curl_data))
    assert "&".join(sorted(request.content.decode().split("&"))) == page_curl_data
