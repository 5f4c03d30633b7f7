"""The Workflow configuration as typed models: built in Python, checked against the spec before
anything is sent (errors name the path inside the document), sent as compact JSON text in the
Configuration form field, and read back from a Workflow as the same models."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import yaml

from scenarios import (
    CONFIGURATION,
    DEFAULT_QUEUE_SID,
    QUEUE_SID,
    ROUTING,
    ROUTING_TEXT,
    SCENARIOS,
    SUPPORT_QUEUE_SID,
    WORKFLOW_FULL,
    WORKFLOW_SID,
    WORKSPACE_SID,
)
from support import MODES, SPEC_PATH, Recorder, call, make_client, request_body
from taskrouter_client import _input, errors
from taskrouter_client.api.workflows import update_workflow
from taskrouter_client.errors import DocumentError
from taskrouter_client.models import (
    DefaultFilter,
    TaskRouting,
    UpdateWorkflowRequest,
    Workflow,
    WorkflowConfiguration,
    WorkflowFilter,
    WorkflowTarget,
)
from taskrouter_client.types import UNSET, Response, dump_json_document, parse_json_document

Q = "WQ" + "e" * 32


def sales_and_support() -> WorkflowConfiguration:
    """ROUTING (tests/scenarios.py), written as the README shows it."""
    sales = WorkflowFilter(
        filter_friendly_name="Returning customer",
        expression="customer_value == 'gold' AND type == 'sales'",
        targets=[
            WorkflowTarget(queue=QUEUE_SID, known_worker_sid="task.last_agent_sid", timeout=30, priority=10),
            WorkflowTarget(
                queue=QUEUE_SID,
                expression="worker.skills HAS 'en'",
                order_by="worker.level DESC",
                skip_if="workers.available == 0",
                priority=5,
                timeout=300,
            ),
        ],
    )
    overflow = WorkflowTarget(queue=SUPPORT_QUEUE_SID, priority=0, timeout=0)
    overflow["routing_hint"] = "overflow"  # a key the spec does not name yet
    support = WorkflowFilter(
        filter_friendly_name="Support",
        expression="type == 'support'",
        targets=[
            WorkflowTarget(queue=SUPPORT_QUEUE_SID, known_worker_friendly_name="task.requested_agent", timeout=60),
            overflow,
        ],
    )
    return WorkflowConfiguration(
        task_routing=TaskRouting(filters=[sales, support], default_filter=DefaultFilter(queue=DEFAULT_QUEUE_SID))
    )


def _sent_configuration(request: httpx.Request) -> str:
    return dict(parse_qsl(request.content.decode(), keep_blank_values=True))["Configuration"]


def _compact(document: Any) -> str:
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False)


# --- Create and update with a typed configuration ---------------------------------------------


@pytest.mark.vcr
@pytest.mark.scenario("created_typed")
@pytest.mark.parametrize("mode", MODES)
def test_create_with_a_typed_configuration_against_a_recorded_answer(mode: str) -> None:
    recorder = Recorder()  # judges the request by openapi.yaml (openapi-core)
    result = call(mode, make_client(recorder), body=request_body(configuration=sales_and_support()))

    [request] = recorder.requests
    sent = _sent_configuration(request)
    assert json.loads(sent) == ROUTING
    assert sent == dump_json_document(sales_and_support())
    assert sent == _compact(json.loads(sent))  # compact: no whitespace between tokens
    workflow = result.parsed if isinstance(result, Response) else result
    assert isinstance(workflow, Workflow)
    assert workflow.configuration == ROUTING_TEXT  # the raw text stays available
    assert parse_json_document(WorkflowConfiguration, workflow.configuration) == sales_and_support()


def test_the_typed_scenario_answers_the_documented_workflow() -> None:
    assert json.loads(SCENARIOS["created_typed"].body) == WORKFLOW_FULL | {"configuration": ROUTING_TEXT}


@pytest.mark.parametrize("typed", [True, False])
def test_update_with_a_configuration(typed: bool) -> None:
    workflow = WORKFLOW_FULL | {"configuration": ROUTING_TEXT}
    recorder = Recorder(lambda request: httpx.Response(200, json=workflow))
    configuration: str | WorkflowConfiguration = sales_and_support() if typed else ROUTING_TEXT
    with make_client(recorder) as client:
        updated = update_workflow.sync(
            WORKSPACE_SID,
            WORKFLOW_SID,
            client=client,
            body=UpdateWorkflowRequest(configuration=configuration, re_evaluate_tasks=True),
        )
    [request] = recorder.requests
    assert request.method == "POST" and request.url.path.endswith(WORKFLOW_SID)
    sent = _sent_configuration(request)
    assert json.loads(sent) == ROUTING
    if not typed:
        assert sent == ROUTING_TEXT  # a string is sent as given
    assert parse_json_document(WorkflowConfiguration, updated.configuration) == sales_and_support()


def test_a_typed_configuration_is_serialised_even_without_checks() -> None:
    recorder = Recorder(lambda request: httpx.Response(201, json=WORKFLOW_FULL))
    call("sync", make_client(recorder, validate_requests=False), body=request_body(configuration=sales_and_support()))
    assert json.loads(_sent_configuration(recorder.requests[0])) == ROUTING


# --- Round trips ---------------------------------------------------------------------------------


def _spec_examples() -> list[str]:
    spec = yaml.safe_load(SPEC_PATH.read_text())
    minimal = spec["paths"]["/v1/Workspaces/{WorkspaceSid}/Workflows"]["post"]["requestBody"]["content"]
    return [
        spec["components"]["examples"]["WorkflowCreated"]["value"]["configuration"],
        minimal["application/x-www-form-urlencoded"]["examples"]["minimal"]["value"]["Configuration"],
    ]


# Twilio's documented examples (Workflows overview, Lifecycle of a Task, Known Agent Routing, Skip
# Timeout), with real-shaped queue SIDs where the page shows a placeholder.
DOCUMENTED = [
    {
        "task_routing": {
            "filters": [
                {
                    "expression": 'type=="Support"',
                    "filter_friendly_name": "Support Calls",
                    "targets": [
                        {"queue": QUEUE_SID, "timeout": 15, "expression": "worker.id IN task.preferred_agents"},
                        {"queue": SUPPORT_QUEUE_SID, "timeout": 15},
                    ],
                },
                {
                    "expression": 'type=="Sales"',
                    "filter_friendly_name": "Sales Calls",
                    "targets": [{"queue": QUEUE_SID, "timeout": 15}],
                },
            ],
            "default_filter": {"queue": DEFAULT_QUEUE_SID},
        }
    },
    {
        "task_routing": {
            "filters": [
                {
                    "filter_friendly_name": "Assign to Worker",
                    "expression": "transferTargetType == 'worker'",
                    "targets": [{"queue": QUEUE_SID, "known_worker_sid": "task.transferTargetSid"}],
                }
            ],
            "default_filter": {"queue": QUEUE_SID},
        }
    },
    {
        "task_routing": {
            "filters": [
                {
                    "expression": "1==1",
                    "targets": [
                        {"queue": QUEUE_SID, "timeout": 10, "skip_if": "workers.available == 0"},
                        {"queue": SUPPORT_QUEUE_SID, "timeout": 10, "order_by": "worker.finance ASC"},
                    ],
                }
            ],
            "default_filter": {"queue": DEFAULT_QUEUE_SID},
        }
    },
    {"task_routing": {"filters": [], "default_filter": {"queue": QUEUE_SID}}},
    ROUTING,
]


@pytest.mark.parametrize("text", _spec_examples() + [json.dumps(d, indent=2) for d in DOCUMENTED])
def test_documented_examples_round_trip(text: str) -> None:
    model = parse_json_document(WorkflowConfiguration, text)
    dumped = dump_json_document(model)
    assert json.loads(dumped) == json.loads(text)
    assert dumped == _compact(json.loads(dumped))  # compact, strict JSON
    assert parse_json_document(WorkflowConfiguration, dumped) == model


def test_the_models_read_what_the_document_says() -> None:
    model = parse_json_document(WorkflowConfiguration, ROUTING_TEXT)
    assert model == sales_and_support()
    assert model.task_routing.default_filter.queue == DEFAULT_QUEUE_SID
    assert isinstance(model.task_routing.filters, list)
    first, second = model.task_routing.filters[0].targets
    assert (first.known_worker_sid, first.known_worker_friendly_name, first.priority) == (
        "task.last_agent_sid",
        UNSET,
        10,
    )
    assert (second.order_by, second.skip_if, second.timeout) == ("worker.level DESC", "workers.available == 0", 300)
    assert model.task_routing.filters[1].targets[1]["routing_hint"] == "overflow"


# --- Refused before sending, naming the path inside the document --------------------------------


def _document(*targets: dict[str, Any], filters_before: int = 0) -> dict[str, Any]:
    filters = [{"expression": "1==1", "targets": [{"queue": Q}]} for _ in range(filters_before)]
    return {
        "task_routing": {
            "filters": [*filters, {"expression": "type == 'sales'", "targets": list(targets)}],
            "default_filter": {"queue": Q},
        }
    }


TARGET = "Configuration.task_routing.filters[2].targets[0]"
BAD_TEXT: dict[str, tuple[str, str, str]] = {
    "queue sid of a workspace": (
        _compact(_document({"queue": "WS" + "e" * 32}, filters_before=2)),
        f"{TARGET}.queue",
        "pattern",
    ),
    "queue sid short": (_compact(_document({"queue": "WQ123"}, filters_before=2)), f"{TARGET}.queue", "minLength"),
    "queue missing": (_compact(_document({"timeout": 5}, filters_before=2)), f"{TARGET}.queue", "required"),
    "both known-worker keys": (
        _compact(_document({"queue": Q, "known_worker_sid": "a", "known_worker_friendly_name": "b"}, filters_before=2)),
        TARGET,
        "not",
    ),
    "negative timeout": (
        _compact(_document({"queue": Q, "timeout": -1}, filters_before=2)),
        f"{TARGET}.timeout",
        "minimum",
    ),
    "negative priority": (
        _compact(_document({"queue": Q, "priority": -5}, filters_before=2)),
        f"{TARGET}.priority",
        "minimum",
    ),
    "priority as text": (
        _compact(_document({"queue": Q, "priority": "5"}, filters_before=2)),
        f"{TARGET}.priority",
        "type",
    ),
    "timeout as bool": (
        _compact(_document({"queue": Q, "timeout": True}, filters_before=2)),
        f"{TARGET}.timeout",
        "type",
    ),
    "timeout as float": (
        _compact(_document({"queue": Q, "timeout": 1.5}, filters_before=2)),
        f"{TARGET}.timeout",
        "type",
    ),
    "empty targets": (
        _compact(_document(filters_before=2)),
        "Configuration.task_routing.filters[2].targets",
        "minItems",
    ),
    "filter without expression": (
        '{"task_routing":{"filters":[{"targets":[{"queue":"' + Q + '"}]}],"default_filter":{"queue":"' + Q + '"}}}',
        "Configuration.task_routing.filters[0].expression",
        "required",
    ),
    "no default filter": ('{"task_routing":{"filters":[]}}', "Configuration.task_routing.default_filter", "required"),
    "no task_routing": ('{"taskrouting":{}}', "Configuration.task_routing", "required"),
    "an array": ("[]", "Configuration", "type"),
    "a number": ("42", "Configuration", "type"),
    "a string": ('"text"', "Configuration", "type"),
    "null": ("null", "Configuration", "type"),
    "NaN": ('{"task_routing":{"default_filter":{"queue":"' + Q + '"},"x":NaN}}', "Configuration", "contentMediaType"),
    "Infinity": (
        '{"task_routing":{"default_filter":{"queue":"' + Q + '"}},"x":-Infinity}',
        "Configuration",
        "contentMediaType",
    ),
    "nested too deeply": ("[" * 100_000 + "]" * 100_000, "Configuration", "contentMediaType"),
    "YAML": ("task-routing:\n  - filter: \n      - 1 == 1\n", "Configuration", "contentMediaType"),
}


@pytest.mark.parametrize("case", BAD_TEXT)
def test_a_bad_document_is_refused_before_sending(case: str) -> None:
    text, field, rule = BAD_TEXT[case]
    recorder = Recorder(lambda request: httpx.Response(201, json=WORKFLOW_FULL))
    with pytest.raises(errors.InvalidRequestError) as caught:
        call("sync", make_client(recorder), body=request_body(configuration=text))
    assert (caught.value.field, caught.value.rule) == (field, rule)
    assert str(caught.value).startswith(field)
    assert recorder.requests == []
    # The same text read back from a Workflow: a typed error at the same path.
    with pytest.raises(DocumentError) as read:
        parse_json_document(WorkflowConfiguration, text)
    assert (read.value.where, read.value.rule) == (field.replace("Configuration", "$", 1), rule)
    assert isinstance(read.value, errors.TaskRouterError)


def _deep(levels: int) -> Any:
    value: Any = 1
    for _ in range(levels):
        value = [value]
    return value


def _typed_bad() -> dict[str, tuple[WorkflowConfiguration, str, str]]:
    def with_target(target: WorkflowTarget, **extra: Any) -> WorkflowConfiguration:
        filters = [WorkflowFilter(expression="1==1", targets=[target])]
        routing = TaskRouting(filters=filters, default_filter=DefaultFilter(queue=Q))
        routing.additional_properties.update(extra)
        return WorkflowConfiguration(task_routing=routing)

    target = "Configuration.task_routing.filters[0].targets[0]"
    no_targets = WorkflowConfiguration(
        task_routing=TaskRouting(
            filters=[WorkflowFilter(expression="1==1", targets=[])], default_filter=DefaultFilter(queue=Q)
        )
    )
    return {
        "queue": (with_target(WorkflowTarget(queue="WQ" + "g" * 32)), f"{target}.queue", "pattern"),
        "both known workers": (
            with_target(WorkflowTarget(queue=Q, known_worker_sid="a", known_worker_friendly_name="b")),
            target,
            "not",
        ),
        "negative timeout": (with_target(WorkflowTarget(queue=Q, timeout=-1)), f"{target}.timeout", "minimum"),
        "negative priority": (with_target(WorkflowTarget(queue=Q, priority=-1)), f"{target}.priority", "minimum"),
        "bool priority": (with_target(WorkflowTarget(queue=Q, priority=True)), f"{target}.priority", "type"),
        "empty targets": (no_targets, "Configuration.task_routing.filters[0].targets", "minItems"),
        "NaN": (with_target(WorkflowTarget(queue=Q), x=float("nan")), "Configuration.task_routing.x", "type"),
        "not JSON": (with_target(WorkflowTarget(queue=Q), x={1, 2}), "Configuration.task_routing.x", "type"),
        "NaN priority": (
            with_target(WorkflowTarget(queue=Q, priority=float("nan"))),  # type: ignore[arg-type]
            f"{target}.priority",
            "type",
        ),
        "nested too deeply": (
            with_target(WorkflowTarget(queue=Q), x=_deep(100_000)),
            "Configuration",
            "contentMediaType",
        ),
    }


# Every case with the checks on; with them off (validate_requests=False) only what cannot be
# serialised as JSON is still refused.
TYPED_CASES = [(case, True) for case in _typed_bad()] + [
    (case, False) for case, (_, _, rule) in _typed_bad().items() if rule == "contentMediaType"
]


@pytest.mark.parametrize(("case", "validate"), TYPED_CASES)
def test_a_bad_model_is_refused_before_sending(case: str, validate: bool) -> None:
    model, field, rule = _typed_bad()[case]
    recorder = Recorder(lambda request: httpx.Response(201, json=WORKFLOW_FULL))
    with pytest.raises(errors.InvalidRequestError) as caught:
        call("sync", make_client(recorder, validate_requests=validate), body=request_body(configuration=model))
    assert (caught.value.field, caught.value.rule) == (field, rule)
    assert recorder.requests == []
    with pytest.raises(errors.InvalidRequestError) as dumped:
        dump_json_document(model, name="Configuration")
    assert (dumped.value.field, dumped.value.rule) == (field, rule)


@pytest.mark.parametrize("validate", [True, False])
def test_a_plain_dict_where_a_model_belongs_is_refused_as_input(validate: bool) -> None:
    """The generated to_dict() of a model holding a dict in a model's place would raise a raw
    AttributeError; it is refused as input instead, checks on or off, and nothing is sent."""
    routing = WorkflowConfiguration(
        task_routing=TaskRouting(
            filters=[{"expression": "1==1", "targets": [{"queue": Q}]}],  # type: ignore[list-item]
            default_filter=DefaultFilter(queue=Q),
        )
    )
    recorder = Recorder(lambda request: httpx.Response(201, json=WORKFLOW_FULL))
    with pytest.raises(errors.InvalidRequestError) as caught:
        call("sync", make_client(recorder, validate_requests=validate), body=request_body(configuration=routing))
    assert (caught.value.field, caught.value.rule) == ("Configuration.task_routing.filters[0]", "type")
    assert "must be a WorkflowFilter, got dict" in str(caught.value)
    assert recorder.requests == []
    with pytest.raises(errors.InvalidRequestError) as dumped:
        dump_json_document(routing, name="Configuration")
    assert (dumped.value.field, dumped.value.rule) == ("Configuration.task_routing.filters[0]", "type")


def _misused(case: str) -> WorkflowConfiguration:
    target = WorkflowTarget(queue=Q)
    default = DefaultFilter(queue=Q)
    if case == "a target without its list":
        one_filter = WorkflowFilter(expression="1==1", targets=target)  # type: ignore[arg-type]
        routing = TaskRouting(filters=[one_filter], default_filter=default)
    elif case == "no default filter":
        routing = TaskRouting(filters=[], default_filter=None)  # type: ignore[arg-type]
    else:
        one_filter = WorkflowFilter(expression="1==1", targets=[target])
        routing = TaskRouting(filters=one_filter, default_filter=default)  # type: ignore[arg-type]
    return WorkflowConfiguration(task_routing=routing)


MISUSES = {
    "a target without its list": ("Configuration.task_routing.filters[0].targets", "a list of WorkflowTarget"),
    "no default filter": ("Configuration.task_routing.default_filter", "a DefaultFilter"),
    "a filter without its list": ("Configuration.task_routing.filters", "a list of WorkflowFilter"),
}


@pytest.mark.parametrize("validate", [True, False])
@pytest.mark.parametrize("case", MISUSES)
def test_a_model_where_a_list_belongs_or_none_where_a_model_does_is_refused_by_its_path(
    case: str, validate: bool
) -> None:
    """Routing models put together wrongly (no list brackets, None for a model) never reach the
    generated to_dict(), which raised a raw KeyError or AttributeError: an InvalidRequestError names
    the path inside the document and what belongs there, checks on or off, and nothing is sent."""
    field, wanted = MISUSES[case]
    recorder = Recorder(lambda request: httpx.Response(201, json=WORKFLOW_FULL))
    with pytest.raises(errors.InvalidRequestError) as caught:
        call("sync", make_client(recorder, validate_requests=validate), body=request_body(configuration=_misused(case)))
    assert (caught.value.field, caught.value.rule) == (field, "type")
    assert f"must be {wanted}" in str(caught.value)
    assert recorder.requests == []
    with pytest.raises(errors.InvalidRequestError) as dumped:
        dump_json_document(_misused(case), name="Configuration")
    assert (dumped.value.field, dumped.value.rule) == (field, "type")


def test_a_lone_surrogate_escaped_in_the_text_is_refused() -> None:
    text = '{"task_routing":{"default_filter":{"queue":"' + Q + '"}},"x":"\\ud800"}'
    recorder = Recorder(lambda request: httpx.Response(201, json=WORKFLOW_FULL))
    with pytest.raises(errors.InvalidRequestError) as caught:
        call("sync", make_client(recorder), body=request_body(configuration=text))
    assert (caught.value.field, caught.value.rule) == ("Configuration", "contentMediaType")
    assert recorder.requests == []


# --- Reading back ----------------------------------------------------------------------------------


def test_twilio_fixture_configuration_reads_as_a_typed_error() -> None:
    """twilio-python's fixtures carry a YAML-ish configuration: a DocumentError, never a raw
    JSONDecodeError or KeyError."""
    spec = yaml.safe_load(SPEC_PATH.read_text())
    text = spec["components"]["examples"]["WorkflowPage"]["value"]["workflows"][0]["configuration"]
    with pytest.raises(DocumentError) as caught:
        parse_json_document(WorkflowConfiguration, text)
    assert caught.value.where == "$" and caught.value.rule == "contentMediaType"
    assert isinstance(caught.value, ValueError) and not isinstance(caught.value, json.JSONDecodeError)


@pytest.mark.parametrize(
    "value", [None, 42, b"\xff", b'{"task_routing":{"default_filter":{"queue":"' + Q.encode() + b'"}}}']
)
def test_reading_other_values(value: Any) -> None:
    if isinstance(value, bytes) and value.startswith(b"{"):
        assert parse_json_document(WorkflowConfiguration, value).task_routing.default_filter.queue == Q
        return
    with pytest.raises(DocumentError) as caught:
        parse_json_document(WorkflowConfiguration, value)
    assert caught.value.where == "$"


def test_a_model_without_document_rules_is_still_decoded_strictly() -> None:
    """parse_json_document is generic over the model class: one without a contentSchema rule is
    read by its annotations alone."""
    assert parse_json_document(DefaultFilter, '{"queue":"x","y":1}') == DefaultFilter.from_dict({"queue": "x", "y": 1})
    with pytest.raises(DocumentError) as caught:
        parse_json_document(DefaultFilter, '{"queue":5}')
    assert caught.value.where == "$.queue"
    with pytest.raises(DocumentError) as missing:
        parse_json_document(DefaultFilter, "{}")
    assert missing.value.rule == "required"


def test_a_text_that_passed_is_not_parsed_again_and_another_text_still_is() -> None:
    """The same routing rules, call after call, are checked once (the per-call cost); any other
    text is still checked in full, and the memory is bounded."""
    _input._CHECKED_DOCUMENTS.clear()
    recorder = Recorder(lambda request: httpx.Response(201, json=WORKFLOW_FULL))
    client = make_client(recorder)
    for _ in range(3):
        call("sync", client, body=request_body(configuration=CONFIGURATION))
    assert [text for _, text in _input._CHECKED_DOCUMENTS] == [CONFIGURATION]  # one entry for three calls
    broken = CONFIGURATION.replace('"queue":"WQ', '"queue":"WX')
    with pytest.raises(errors.InvalidRequestError) as caught:
        call("sync", client, body=request_body(configuration=broken))
    assert caught.value.rule == "pattern"
    assert len(recorder.requests) == 3
    for index in range(300):
        _input.check_json_text("Configuration", json.dumps({"n": index}))
    assert len(_input._CHECKED_DOCUMENTS) <= 256
