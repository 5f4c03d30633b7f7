"""Against Prism, the spec's own mock, started on loopback by the `prism` fixture (request
validation on): the client's requests pass Prism's checks, Prism's answers pass the client's,
and a request that breaks the spec is refused by Prism (422) and surfaces as a typed error."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import yaml

from scenarios import TEST_PASSWORD, TEST_USERNAME, WORKSPACE_SID
from support import SPEC_PATH, Recorder, call, request_body, validate_response
from taskrouter_client import AuthenticatedClient, errors
from taskrouter_client.api.workflows import create_workflow
from taskrouter_client.client import RetryPolicy
from taskrouter_client.models import Workflow


def _client(url: str, recorder: Recorder | None = None, **kwargs: Any) -> AuthenticatedClient:
    httpx_args = {"transport": recorder} if recorder else {}
    return AuthenticatedClient(
        username=TEST_USERNAME, password=TEST_PASSWORD, base_url=url, httpx_args=httpx_args, **kwargs
    )


def _spec_example() -> dict[str, object]:
    example: dict[str, object] = yaml.safe_load(SPEC_PATH.read_text())["components"]["examples"]["WorkflowCreated"][
        "value"
    ]
    return example


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_create_through_prism(prism: str, mode: str) -> None:
    recorder = Recorder()
    workflow = call(mode, _client(prism, recorder))
    assert isinstance(workflow, Workflow)
    expected = _spec_example()
    assert workflow.sid == expected["sid"]
    assert workflow.friendly_name == expected["friendly_name"]
    assert workflow.links is not None and workflow.links.statistics == expected["links"]["statistics"]  # type: ignore[index]
    [(request, response)] = recorder.exchanges
    assert response.status_code == 201
    assert str(request.url).startswith(f"{prism}/v1/Workspaces/{WORKSPACE_SID}/Workflows")
    validate_response(httpx.Request("POST", f"https://taskrouter.twilio.com{request.url.path}"), response)


def test_concurrent_async_creates_through_prism(prism: str) -> None:
    async def run() -> list[Workflow]:
        async with _client(prism) as client:
            return await asyncio.gather(
                *(create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body()) for _ in range(20))
            )

    workflows = asyncio.run(run())
    assert len(workflows) == 20
    assert all(isinstance(w, Workflow) for w in workflows)


@pytest.mark.parametrize(
    ("workspace", "changes"),
    [
        ("WS123", {}),
        (WORKSPACE_SID, {"task_reservation_timeout": 0}),
        (WORKSPACE_SID, {"assignment_callback_url": "not a url"}),
    ],
    ids=["short workspace sid", "timeout below minimum", "callback not a uri"],
)
def test_prism_refuses_what_breaks_the_spec_and_the_client_raises_a_typed_error(
    prism: str, workspace: str, changes: dict[str, object]
) -> None:
    body = request_body(**changes)
    # The client's own checks would stop this before sending; switch them off to see Prism's.
    with pytest.raises(errors.InvalidRequestError):
        call("sync", _client(prism), body=body, workspace_sid=workspace)
    recorder = Recorder(judge=False)  # spec-breaking on purpose
    unchecked = _client(prism, recorder, validate_requests=False, retry=RetryPolicy(max_retries=0))
    with pytest.raises(errors.BadRequestError) as caught:
        call("sync", unchecked, body=body, workspace_sid=workspace)
    assert caught.value.status_code == 422
    assert caught.value.code == 20001
    assert len(recorder.requests) == 1


def test_prism_refuses_a_request_without_credentials(prism: str) -> None:
    recorder = Recorder(judge=False)  # no Authorization: breaks the spec's security on purpose
    anonymous = AuthenticatedClient(username="x", password="y", base_url=prism, httpx_args={"transport": recorder})
    anonymous.set_httpx_client(httpx.Client(base_url=prism, transport=recorder))
    with pytest.raises(errors.AuthenticationError) as caught:
        call("sync", anonymous)
    assert caught.value.status_code == 401
    assert "Authorization" not in recorder.requests[0].headers
