"""The one table of operations the suite runs over: how to call each, what it must send, and the
recorded answer (tests/cassettes/<operation>.yaml, written by `make cassettes`) it gets back.

Answers come from twilio-python's own test suite (the bodies its integration tests mock for each
operation, which are also the examples in Twilio's OpenAPI description; see the README's
cassette table), with the configuration replaced by a JSON document as TaskRouter stores it.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from scenarios import CONFIGURATION, RATE_HEADERS, WORKFLOW_FULL, WORKFLOW_SID, WORKFLOW_URL, WORKSPACE_SID
from taskrouter_client.api.workflows import (
    create_workflow,
    delete_workflow,
    fetch_workflow,
    fetch_workflow_cumulative_statistics,
    fetch_workflow_real_time_statistics,
    fetch_workflow_statistics,
    list_workflow,
    update_workflow,
)
from taskrouter_client.models import (
    CreateWorkflowRequest,
    UpdateWorkflowRequest,
    Workflow,
    WorkflowCumulativeStatistics,
    WorkflowPage,
    WorkflowRealTimeStatistics,
    WorkflowStatistics,
)

TWILIO_PYTHON = "twilio-python's integration test for this operation (= Twilio's OpenAPI example)"
BASE = "https://taskrouter.twilio.com"
LIST_URL = f"{BASE}/v1/Workspaces/{WORKSPACE_SID}/Workflows"


@dataclass(frozen=True)
class Operation:
    module: ModuleType
    args: tuple[str, ...]
    kwargs: dict[str, Any]
    method: str
    url: str  # what is sent, query string included
    form: dict[str, str] | None  # the form body sent, or None
    status: int
    answer: dict[str, Any] | None  # the recorded body, or None for none
    parsed: type[Any] | None  # what sync() returns (None: returns None)
    origin: str = TWILIO_PYTHON
    headers: dict[str, str] = field(default_factory=lambda: dict(RATE_HEADERS))

    @property
    def name(self) -> str:
        return self.module.__name__.rsplit(".", 1)[1]

    @property
    def idempotent(self) -> bool:
        return self.method in ("GET", "DELETE")

    @property
    def path_parameters(self) -> tuple[str, ...]:
        """Wire names of the path parameters, in path order."""
        table = self.module._OPERATION
        return tuple(table._path_rules)

    def body(self) -> bytes:
        return b"" if self.answer is None else json.dumps(self.answer).encode()


PAGE_META = {
    "first_page_url": f"{LIST_URL}?PageSize=50&Page=0",
    "key": "workflows",
    "next_page_url": None,
    "page": 0,
    "page_size": 50,
    "previous_page_url": None,
    "url": f"{LIST_URL}?PageSize=50&Page=0",
}
STATISTICS = {
    "account_sid": WORKFLOW_FULL["account_sid"],
    "url": f"{WORKFLOW_URL}/Statistics",
    "cumulative": {
        "avg_task_acceptance_time": 0.0,
        "end_time": "2008-01-02T00:00:00Z",
        "reservations_accepted": 0,
        "reservations_rejected": 0,
        "reservations_timed_out": 0,
        "start_time": "2008-01-02T00:00:00Z",
        "tasks_canceled": 0,
        "tasks_entered": 0,
        "tasks_moved": 0,
        "tasks_timed_out_in_workflow": 0,
    },
    "realtime": {
        "longest_task_waiting_age": 0,
        "longest_task_waiting_sid": "WT" + "a" * 32,
        "tasks_by_status": {"assigned": 1, "pending": 0, "reserved": 0, "wrapping": 0},
        "total_tasks": 1,
    },
    "workflow_sid": WORKFLOW_SID,
    "workspace_sid": WORKSPACE_SID,
}
REAL_TIME = {
    "longest_task_waiting_age": 100,
    "longest_task_waiting_sid": "WT" + "a" * 32,
    "url": f"{WORKFLOW_URL}/RealTimeStatistics",
    "tasks_by_priority": {},
    "workspace_sid": WORKSPACE_SID,
    "tasks_by_status": {"reserved": 0, "pending": 0, "assigned": 0, "wrapping": 0},
    "workflow_sid": WORKFLOW_SID,
    "total_tasks": 100,
    "account_sid": WORKFLOW_FULL["account_sid"],
}
_SPLIT = {
    "above": {"tasks_canceled": 0, "reservations_accepted": 0},
    "below": {"tasks_canceled": 0, "reservations_accepted": 0},
}
CUMULATIVE = {
    "avg_task_acceptance_time": 100,
    "tasks_canceled": 100,
    "start_time": "2015-07-30T20:00:00Z",
    "account_sid": WORKFLOW_FULL["account_sid"],
    "tasks_moved": 100,
    "tasks_entered": 100,
    "wait_duration_until_canceled": {"avg": 0, "min": 0, "max": 0, "total": 0},
    "wait_duration_until_accepted": {"avg": 0, "min": 0, "max": 0, "total": 0},
    "split_by_wait_time": {"5": _SPLIT, "10": _SPLIT},
    "reservations_canceled": 100,
    "end_time": "2015-07-30T20:00:00Z",
    "workflow_sid": WORKFLOW_SID,
    "reservations_created": 100,
    "reservations_accepted": 100,
    "reservations_rescinded": 100,
    "workspace_sid": WORKSPACE_SID,
    "reservations_rejected": 100,
    "url": f"{WORKFLOW_URL}/CumulativeStatistics",
    "tasks_deleted": 100,
    "tasks_timed_out_in_workflow": 100,
    "tasks_completed": 100,
    "reservations_timed_out": 100,
}
START = datetime.datetime(2015, 7, 30, 20, 0, tzinfo=datetime.UTC)
END = datetime.datetime(2015, 7, 30, 21, 0, tzinfo=datetime.UTC)
DATES = "StartDate=2015-07-30T20%3A00%3A00%2B00%3A00&EndDate=2015-07-30T21%3A00%3A00%2B00%3A00"

OPERATIONS: dict[str, Operation] = {
    op.name: op
    for op in [
        Operation(
            create_workflow,
            (WORKSPACE_SID,),
            {"body": CreateWorkflowRequest(friendly_name="Sales", configuration=CONFIGURATION)},
            "POST",
            LIST_URL,
            {"FriendlyName": "Sales", "Configuration": CONFIGURATION},
            201,
            WORKFLOW_FULL,
            Workflow,
            "the Create Workflow page's example (see scenarios.py)",
        ),
        Operation(
            list_workflow,
            (WORKSPACE_SID,),
            {"friendly_name": "Sales", "page_size": 50},
            "GET",
            f"{LIST_URL}?FriendlyName=Sales&PageSize=50",
            None,
            200,
            {"meta": PAGE_META, "workflows": [WORKFLOW_FULL]},
            WorkflowPage,
        ),
        Operation(
            fetch_workflow,
            (WORKSPACE_SID, WORKFLOW_SID),
            {},
            "GET",
            WORKFLOW_URL,
            None,
            200,
            WORKFLOW_FULL,
            Workflow,
        ),
        Operation(
            update_workflow,
            (WORKSPACE_SID, WORKFLOW_SID),
            {"body": UpdateWorkflowRequest(friendly_name="Sales 2026", re_evaluate_tasks=True)},
            "POST",
            WORKFLOW_URL,
            {"FriendlyName": "Sales 2026", "ReEvaluateTasks": "true"},
            200,
            WORKFLOW_FULL | {"friendly_name": "Sales 2026"},
            Workflow,
        ),
        Operation(
            delete_workflow,
            (WORKSPACE_SID, WORKFLOW_SID),
            {},
            "DELETE",
            WORKFLOW_URL,
            None,
            204,
            None,
            None,
        ),
        Operation(
            fetch_workflow_statistics,
            (WORKSPACE_SID, WORKFLOW_SID),
            {"minutes": 240, "start_date": START, "end_date": END},
            "GET",
            f"{WORKFLOW_URL}/Statistics?Minutes=240&{DATES}",
            None,
            200,
            STATISTICS,
            WorkflowStatistics,
        ),
        Operation(
            fetch_workflow_real_time_statistics,
            (WORKSPACE_SID, WORKFLOW_SID),
            {"task_channel": "voice"},
            "GET",
            f"{WORKFLOW_URL}/RealTimeStatistics?TaskChannel=voice",
            None,
            200,
            REAL_TIME,
            WorkflowRealTimeStatistics,
        ),
        Operation(
            fetch_workflow_cumulative_statistics,
            (WORKSPACE_SID, WORKFLOW_SID),
            {"split_by_wait_time": "5,10", "task_channel": "voice"},
            "GET",
            f"{WORKFLOW_URL}/CumulativeStatistics?TaskChannel=voice&SplitByWaitTime=5%2C10",
            None,
            200,
            CUMULATIVE,
            WorkflowCumulativeStatistics,
        ),
    ]
}
