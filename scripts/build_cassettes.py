"""Write tests/cassettes/<scenario>.yaml for every scenario in tests/scenarios.py.

Each request goes through the real client (vcrpy records it at the transport) to an
httpx.MockTransport that gives the scenario's documented answer. Run by `make cassettes`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import vcr

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "tests")]

from operations import OPERATIONS, Operation  # noqa: E402
from recording import CASSETTES, vcr_settings  # noqa: E402
from scenarios import (  # noqa: E402
    REQUEST_FIELDS,
    ROUTING_TEXT,
    SCENARIOS,
    TEST_PASSWORD,
    TEST_USERNAME,
    WORKSPACE_SID,
    Scenario,
)
from taskrouter_client import AuthenticatedClient  # noqa: E402
from taskrouter_client.api.workflows import create_workflow  # noqa: E402
from taskrouter_client.client import RetryPolicy  # noqa: E402
from taskrouter_client.models import CreateWorkflowRequest, WorkflowConfiguration  # noqa: E402
from taskrouter_client.types import parse_json_document  # noqa: E402


def build(scenario: Scenario) -> Path:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(scenario.status, headers=scenario.response_headers(), content=scenario.body)

    path = CASSETTES / f"{scenario.name}.yaml"
    path.unlink(missing_ok=True)
    client = AuthenticatedClient(
        username=TEST_USERNAME,
        password=TEST_PASSWORD,
        retry=RetryPolicy(max_retries=0),
        httpx_args={"transport": httpx.MockTransport(answer)},
    )
    fields = dict(REQUEST_FIELDS)
    if scenario.typed:
        fields["configuration"] = parse_json_document(WorkflowConfiguration, ROUTING_TEXT)
    recorder = vcr.VCR(record_mode="all", **vcr_settings())
    with recorder.use_cassette(str(path)), client:
        create_workflow.sync_detailed(WORKSPACE_SID, client=client, body=CreateWorkflowRequest(**fields))
    return path


def build_operation(operation: Operation) -> Path:
    """tests/cassettes/op_<operation>.yaml: the table's call, through the client, and its answer."""

    def answer(request: httpx.Request) -> httpx.Response:
        headers = operation.headers | ({"Content-Type": "application/json"} if operation.answer is not None else {})
        return httpx.Response(operation.status, headers=headers, content=operation.body())

    path = CASSETTES / f"op_{operation.name}.yaml"
    path.unlink(missing_ok=True)
    client = AuthenticatedClient(
        username=TEST_USERNAME,
        password=TEST_PASSWORD,
        retry=RetryPolicy(max_retries=0),
        httpx_args={"transport": httpx.MockTransport(answer)},
    )
    recorder = vcr.VCR(record_mode="all", **vcr_settings())
    with recorder.use_cassette(str(path)), client:
        operation.module.sync_detailed(*operation.args, client=client, **operation.kwargs)
    return path


def main() -> None:
    CASSETTES.mkdir(exist_ok=True)
    for scenario in SCENARIOS.values():
        print(f"wrote {build(scenario).name}  ({scenario.origin})")
    for operation in OPERATIONS.values():
        print(f"wrote {build_operation(operation).name}  ({operation.origin})")


if __name__ == "__main__":
    main()
