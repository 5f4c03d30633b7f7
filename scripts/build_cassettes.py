"""Write tests/cassettes/<scenario>.yaml for every scenario in tests/scenarios.py.

Each request goes through the real client (vcrpy records it at the transport) to an
httpx.MockTransport that gives the scenario's documented answer. Run by `make cassettes`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import vcr

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "tests")]

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


def record(name: str, response: httpx.Response, send: Callable[[AuthenticatedClient], object]) -> Path:
    """tests/cassettes/<name>.yaml: what ``send`` sends through the real client (vcrpy recording
    at the transport) to a MockTransport that gives ``response``."""
    path = CASSETTES / f"{name}.yaml"
    path.unlink(missing_ok=True)
    client = AuthenticatedClient(
        username=TEST_USERNAME,
        password=TEST_PASSWORD,
        retry=RetryPolicy(max_retries=0),
        httpx_args={"transport": httpx.MockTransport(lambda request: response)},
    )
    recorder = vcr.VCR(record_mode="all", **vcr_settings())
    with recorder.use_cassette(str(path)), client:
        send(client)
    return path


def build(scenario: Scenario) -> Path:
    fields = dict(REQUEST_FIELDS)
    if scenario.typed:
        fields["configuration"] = parse_json_document(WorkflowConfiguration, ROUTING_TEXT)
    answer = httpx.Response(scenario.status, headers=scenario.response_headers(), content=scenario.body)
    return record(
        scenario.name,
        answer,
        lambda client: create_workflow.sync_detailed(
            WORKSPACE_SID, client=client, body=CreateWorkflowRequest(**fields)
        ),
    )


def main() -> None:
    CASSETTES.mkdir(exist_ok=True)
    for scenario in SCENARIOS.values():
        print(f"wrote {build(scenario).name}  ({scenario.origin})")


if __name__ == "__main__":
    main()
