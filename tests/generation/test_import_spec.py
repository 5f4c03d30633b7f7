"""`make import-spec` (scripts/import_spec.py): openapi.yaml is what Twilio's description and our
overlay give, byte for byte, with every one of Twilio's operations; the conventions hold for each
operation; the overlay is applied as OpenAPI Overlay 1.0 says; each contradiction is reported."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

import import_spec
from support import SPEC_PATH

TWILIO = yaml.safe_load(import_spec.SOURCE.read_text(encoding="utf-8"))
SPEC = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        operation["operationId"]: operation
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in import_spec.HTTP_METHODS
    }


def test_openapi_yaml_is_what_the_command_writes_every_time() -> None:
    first, _ = import_spec.build()
    second, _ = import_spec.build()
    assert first == second
    assert SPEC_PATH.read_text(encoding="utf-8") == first


def test_every_operation_of_twilio_s_description_is_in_the_spec() -> None:
    assert sorted(_operations(SPEC)) == sorted(_operations(TWILIO))
    assert len(_operations(SPEC)) == 61


@pytest.mark.parametrize("operation_id", sorted(_operations(SPEC)))
def test_every_operation_follows_the_conventions(operation_id: str) -> None:
    operation = _operations(SPEC)[operation_id]
    assert operation["responses"]["4XX"] == {"$ref": "#/components/responses/ClientError"}
    assert operation["responses"]["5XX"] == {"$ref": "#/components/responses/ServerError"}
    assert len(operation["tags"]) == 1 and operation["summary"]
    for status, response in operation["responses"].items():
        for header in response.get("headers", {}):
            assert header in import_spec.RATE_HEADERS, (status, header)
        for media in response.get("content", {}).values():
            assert "$ref" in media["schema"], "a named schema, never an inline one"


def test_identity_attributes_are_required_and_never_null() -> None:
    """(In every schema the conventions write; the overlay's hand-maintained ones say their own.)"""
    overlay = yaml.safe_load(import_spec.OVERLAY.read_text(encoding="utf-8"))
    [hand_maintained] = [a["update"] for a in overlay["actions"] if a["target"] == "$.components.schemas"]
    checked = 0
    for name, schema in SPEC["components"]["schemas"].items():
        if name in hand_maintained:
            continue
        for attribute in import_spec.IDENTITY:
            if attribute in schema.get("properties", {}):
                assert attribute in schema["required"], (name, attribute)
                assert "null" not in str(schema["properties"][attribute].get("type")), (name, attribute)
                checked += 1
    assert checked > 60


def test_resources_are_named_by_their_path() -> None:
    assert import_spec.resource_of("/v1/Workspaces/{WorkspaceSid}/TaskQueues/{TaskQueueSid}/Statistics") == "TaskQueues"
    assert import_spec.resource_of("/v1/Workspaces/{WorkspaceSid}/CumulativeStatistics") == "Workspaces"
    assert import_spec.resource_of("/v1/Workspaces") == "Workspaces"
    assert import_spec.schema_name("taskrouter.v1.workspace.task_queue.task_queue_statistics") == "TaskQueueStatistics"
    assert import_spec.schema_name("task_queue_enum_task_order") == "TaskQueueTaskOrder"
    assert import_spec.schema_name("taskrouter.v1.workspace") == "Workspace"
    assert {tag["name"] for tag in SPEC["tags"]} == {
        "Activities",
        "Events",
        "TaskChannels",
        "TaskQueues",
        "Tasks",
        "Workers",
        "Workflows",
        "Workspaces",
    }


def test_the_contradictions_of_twilio_s_examples_are_reported_and_fixed() -> None:
    _, report = import_spec.build()
    lines = "\n".join(report.lines)
    assert "request CreateActivity example create.Available: 'true' read as a boolean" in lines
    assert "OperatingUnitSid: a field the schema does not have, dropped" in lines
    assert "an empty URI made null" in lines
    create_activity = _operations(SPEC)["CreateActivity"]["requestBody"]["content"]
    assert create_activity["application/x-www-form-urlencoded"]["examples"]["create"]["value"]["Available"] is True


def test_the_workflow_resource_comes_from_the_overlay() -> None:
    overlay = yaml.safe_load(import_spec.OVERLAY.read_text(encoding="utf-8"))
    [paths] = [a["update"] for a in overlay["actions"] if a["target"] == "$.paths"]
    for route, item in paths.items():
        assert SPEC["paths"][route] == item
    assert all(action.get("description") for action in overlay["actions"]), "each action says why"


def test_an_overlay_removes_merges_and_appends() -> None:
    spec = {"info": {"title": "a", "version": "1"}, "tags": [{"name": "x"}], "paths": {"/a": {"get": {}}}}
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.paths['/a']", "remove": True, "description": "gone"},
            {"target": "$.info", "update": {"title": "b", "summary": "s"}, "description": "merged"},
            {"target": "$", "update": {"tags": [{"name": "y"}]}, "description": "appended"},
            {"target": "$.tags[?@.name == 'x']", "update": {"description": "the x"}, "description": "filter"},
        ],
    }
    result = import_spec.apply_overlay(copy.deepcopy(spec), overlay, import_spec.Report())
    assert result == {
        "info": {"title": "b", "version": "1", "summary": "s"},
        "tags": [{"name": "x", "description": "the x"}, {"name": "y"}],
        "paths": {},
    }


def test_an_overlay_action_that_selects_nothing_is_an_error() -> None:
    overlay = {"overlay": "1.0.0", "actions": [{"target": "$.paths['/missing']", "remove": True}]}
    with pytest.raises(SystemExit, match="selects nothing"):
        import_spec.apply_overlay({"paths": {}}, overlay, import_spec.Report())
