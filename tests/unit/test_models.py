"""Models as values: UNSET is one readable value that survives copying and pickling, so a copied
or unpickled request model sends exactly what the original sends, and a decoded Workflow equals
its copies."""

from __future__ import annotations

import copy
import pickle

import httpx
import pytest

from scenarios import CONFIGURATION, WORKFLOW_FULL, WORKSPACE_SID
from support import Recorder, call, make_client
from taskrouter_client.api.workflows import create_workflow
from taskrouter_client.models import CreateWorkflowRequest, Workflow
from taskrouter_client.types import UNSET, Unset


def created() -> httpx.Response:
    return httpx.Response(201, json=WORKFLOW_FULL)


@pytest.mark.parametrize("validate", [True, False])
def test_a_copied_request_model_sends_exactly_what_the_original_sends(validate: bool) -> None:
    body = CreateWorkflowRequest(friendly_name="Sales", configuration=CONFIGURATION)
    recorder = Recorder(lambda request: created(), judge=validate)
    with make_client(recorder, validate_requests=validate) as client:
        for twin in (body, copy.deepcopy(body), copy.copy(body), pickle.loads(pickle.dumps(body))):
            assert twin.task_reservation_timeout is UNSET
            create_workflow.sync(WORKSPACE_SID, client=client, body=twin)
    assert len(recorder.requests) == 4
    assert len({request.content for request in recorder.requests}) == 1


def test_unset_is_one_readable_value_and_a_workflow_equals_its_copies() -> None:
    assert repr(UNSET) == "UNSET" and Unset() is UNSET and not UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET and copy.deepcopy(UNSET) is UNSET
    workflow = call("sync", make_client(Recorder(lambda request: created())))
    assert isinstance(workflow, Workflow)
    assert copy.deepcopy(workflow) == workflow == pickle.loads(pickle.dumps(workflow))
