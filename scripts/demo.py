"""`make demo`: the TaskRouter flow a team runs, through the generated client: create a TaskQueue, a
Workflow routing to it (typed routing rules; sync, then a second one async), a Task the Workflow
routes, read the queue's statistics, and list the Workflows.

Without credentials it starts Prism (a local stand-in serving openapi.yaml) on loopback, talks
to it and stops it. With TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN (or TWILIO_API_KEY +
TWILIO_API_SECRET) and TWILIO_WORKSPACE_SID in the environment it talks to the live API instead,
and deletes what it made (the Task, the two Workflows, the TaskQueue) unless --keep is given.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Mapping
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated"))

import stand_in  # noqa: E402
from taskrouter_client import AuthenticatedClient  # noqa: E402
from taskrouter_client.api.task_queues import (  # noqa: E402
    create_task_queue,
    delete_task_queue,
    fetch_task_queue_real_time_statistics,
)
from taskrouter_client.api.tasks import create_task, delete_task  # noqa: E402
from taskrouter_client.api.workflows import create_workflow, delete_workflow, list_workflow  # noqa: E402
from taskrouter_client.errors import TaskRouterError  # noqa: E402
from taskrouter_client.models import (  # noqa: E402
    CreateTaskQueueRequest,
    CreateTaskRequest,
    CreateWorkflowRequest,
    DefaultFilter,
    TaskRouting,
    Workflow,
    WorkflowConfiguration,
    WorkflowFilter,
    WorkflowTarget,
)

STAND_IN_WORKSPACE = "WS" + "0" * 32
CREDENTIAL_VARS = (("TWILIO_API_KEY", "TWILIO_API_SECRET"), ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"))


def live_settings(environ: Mapping[str, str]) -> str | None:
    """The Workspace SID when the environment asks for the live API, else None."""
    has_credentials = any(environ.get(a) and environ.get(b) for a, b in CREDENTIAL_VARS)
    workspace = environ.get("TWILIO_WORKSPACE_SID")
    return workspace if has_credentials and workspace else None


def workflow_request(queue_sid: str, label: str) -> CreateWorkflowRequest:
    """A Workflow sending sales Tasks to the queue (typed routing rules, checked before sending)."""
    routing = WorkflowConfiguration(
        task_routing=TaskRouting(
            filters=[
                WorkflowFilter(
                    filter_friendly_name="Sales",
                    expression="type == 'sales'",
                    targets=[WorkflowTarget(queue=queue_sid, priority=5, timeout=300)],
                )
            ],
            default_filter=DefaultFilter(queue=queue_sid),
        )
    )
    return CreateWorkflowRequest(
        friendly_name=f"taskrouter-client demo ({label})",
        configuration=routing,
        assignment_callback_url="https://example.com/assignment",
        task_reservation_timeout=120,
    )


def show(label: str, workflow: Workflow) -> None:
    print(f"{label}: created Workflow {workflow.sid}")
    print(f"    friendly_name            {workflow.friendly_name}")
    print(f"    workspace_sid            {workflow.workspace_sid}")
    print(f"    task_reservation_timeout {workflow.task_reservation_timeout} s")
    print(f"    date_created             {workflow.date_created.isoformat() if workflow.date_created else None}")
    print(f"    url                      {workflow.url}")
    if workflow.configuration:
        routing = json.loads(workflow.configuration).get("task_routing", {})
        print(f"    filters                  {[f.get('filter_friendly_name') for f in routing.get('filters', [])]}")


async def create_async(client: AuthenticatedClient, workspace: str, body: CreateWorkflowRequest) -> Workflow:
    async with client:
        return await create_workflow.asyncio(workspace, client=client, body=body)


def run(environ: Mapping[str, str], keep: bool) -> int:
    live = live_settings(environ)
    stand_in_url: AbstractContextManager[str | None] = stand_in.prism() if live is None else nullcontext(None)
    with stand_in_url as url:
        if url is None:
            assert live is not None
            workspace = live
            print("Talking to the live TaskRouter API (credentials found in the environment).")
        else:
            workspace = STAND_IN_WORKSPACE
            print(f"No live credentials: talking to Prism, a local stand-in serving openapi.yaml at {url}.")

        def new_client() -> AuthenticatedClient:
            if url is None:
                return AuthenticatedClient.from_env(environ)
            return AuthenticatedClient.from_auth_token("AC" + "0" * 32, "stand-in-token", base_url=url)

        client = new_client()
        print(f"Client: {client!r}\n")
        try:
            with client:
                queue = create_task_queue.sync(
                    workspace, client=client, body=CreateTaskQueueRequest(friendly_name="taskrouter-client demo sales")
                )
                print(f"created TaskQueue {queue.sid} ({queue.friendly_name}, {queue.task_order})")
                first = create_workflow.sync(workspace, client=client, body=workflow_request(queue.sid, "sync"))
            show("sync", first)
            second = asyncio.run(create_async(new_client(), workspace, workflow_request(queue.sid, "async")))
            show("async", second)
            with new_client() as other:
                task = create_task.sync(
                    workspace,
                    client=other,
                    body=CreateTaskRequest(workflow_sid=first.sid, attributes='{"type": "sales"}'),
                )
                print(f"created Task {task.sid}: {task.assignment_status}, routed by {task.workflow_sid}")
                statistics = fetch_task_queue_real_time_statistics.sync(workspace, queue.sid, client=other)
                waiting, available = statistics.total_tasks, statistics.total_available_workers
                print(f"queue {queue.sid}: {waiting} task(s), {available} worker(s) available")
                names = [w.friendly_name for w in list_workflow.stream(workspace, client=other, limit=5)]
                print(f"listed (first page, up to 5): {names}")
                if live is not None and not keep:
                    delete_task.sync(workspace, task.sid, client=other)
                    print(f"deleted {task.sid}")
                    for workflow in (first, second):
                        delete_workflow.sync(workspace, workflow.sid, client=other)
                        print(f"deleted {workflow.sid}")
                    delete_task_queue.sync(workspace, queue.sid, client=other)
                    print(f"deleted {queue.sid}")
        except TaskRouterError as error:
            print(f"failed: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    print("\nDone:", "live API" if live else "local stand-in (Prism); nothing left running.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", action="store_true", help="keep what the demo created on the live API")
    args = parser.parse_args(argv)
    return run(os.environ, args.keep)


if __name__ == "__main__":
    sys.exit(main())
