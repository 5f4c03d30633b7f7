"""Recorded against the live API by `make record` (needs TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN or
TWILIO_API_KEY + TWILIO_API_SECRET, TWILIO_WORKSPACE_SID and TWILIO_TASK_QUEUE_SID). Replayed
from tests/cassettes/live_*.yaml afterwards; skipped while no such cassette exists.

Recording scrubs credentials and replaces the live account, Workspace and TaskQueue SIDs by the
stand-ins below, so a replay sends exactly what was recorded."""

from __future__ import annotations

import json
import os

import pytest

from scenarios import DEFAULT_QUEUE_SID, WORKSPACE_SID
from support import make_client
from taskrouter_client import AuthenticatedClient
from taskrouter_client.api.workflows import create_workflow, delete_workflow
from taskrouter_client.models import CreateWorkflowRequest, Workflow


@pytest.mark.live
@pytest.mark.vcr
@pytest.mark.scenario("live_create_workflow")
def test_live_create_and_clean_up(record_mode: str) -> None:
    if record_mode == "none":
        client, workspace, queue = make_client(), WORKSPACE_SID, DEFAULT_QUEUE_SID
    else:
        client = AuthenticatedClient.from_env()
        workspace, queue = os.environ["TWILIO_WORKSPACE_SID"], os.environ["TWILIO_TASK_QUEUE_SID"]
    body = CreateWorkflowRequest(
        friendly_name="taskrouter-client recording",
        configuration=json.dumps({"task_routing": {"default_filter": {"queue": queue}}}),
        task_reservation_timeout=60,
    )
    with client:
        workflow = create_workflow.sync(workspace, client=client, body=body)
        assert isinstance(workflow, Workflow)
        assert workflow.friendly_name == "taskrouter-client recording"
        assert workflow.task_reservation_timeout == 60
        assert workflow.workspace_sid == workspace
        assert workflow.date_created is not None and workflow.date_created.tzinfo is not None
        assert workflow.sid is not None
        deleted = delete_workflow.sync_detailed(workspace, workflow.sid, client=client)
        assert deleted.status_code == 204
