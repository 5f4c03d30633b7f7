"""The user guide's provisioning example (generated/README.md, rendered from templates/guide.md.jinja),
run as written against answers from the operations table."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx

from operations import PAGE_META
from scenarios import CONFIGURATION, WORKFLOW_FULL, WORKFLOW_SID, WORKSPACE_SID
from support import ROOT, Recorder, make_client


def readme_example() -> dict[str, Any]:
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "generated" / "README.md").read_text(), re.S)
    [source] = [block for block in blocks if "def provision(" in block]
    namespace: dict[str, Any] = {}
    exec(compile(source, "generated/README.md", "exec"), namespace)
    return namespace


def answers(existing: bool) -> Recorder:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            workflows = [WORKFLOW_FULL] if existing else []
            return httpx.Response(200, json={"meta": PAGE_META, "workflows": workflows})
        return httpx.Response(200 if existing else 201, json=WORKFLOW_FULL)

    return Recorder(answer)


def test_provisioning_creates_when_missing_and_updates_when_present() -> None:
    provision = readme_example()["provision"]
    for existing, path_end in ((False, "/Workflows"), (True, f"/Workflows/{WORKFLOW_SID}")):
        recorder = answers(existing)
        with make_client(recorder) as client:
            workflow = provision(client, WORKSPACE_SID, "Sales", CONFIGURATION)
        assert workflow.sid == WORKFLOW_SID
        get, post = recorder.requests
        assert get.url.params["FriendlyName"] == "Sales"
        assert post.method == "POST" and post.url.path.endswith(path_end)


def test_provisioning_async_does_the_same() -> None:
    provision_async = readme_example()["provision_async"]
    for existing in (False, True):
        recorder = answers(existing)

        async def run(recorder: Recorder = recorder) -> Any:
            async with make_client(recorder) as client:
                return await provision_async(client, WORKSPACE_SID, "Sales", CONFIGURATION)

        assert asyncio.run(run()).sid == WORKFLOW_SID
        assert recorder.requests[-1].url.path.endswith(f"/{WORKFLOW_SID}") is existing
