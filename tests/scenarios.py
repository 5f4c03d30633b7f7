"""The recorded scenarios: what each cassette holds and where its answer comes from.

`make cassettes` (scripts/build_cassettes.py) writes one vcrpy cassette per scenario by sending
the request through the real client (vcrpy recording) to an httpx.MockTransport that gives the
answer below. The answers are Twilio's documented examples (the Create Workflow page,
docs/taskrouter-facts.md), not live recordings; `make record` records the `live_*` cassettes against the real API.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

WORKSPACE_SID = "WS" + "a" * 32
ACCOUNT_SID = "AC" + "a" * 32
WORKFLOW_SID = "WW" + "a" * 32
QUEUE_SID = "WQ" + "b" * 32
DEFAULT_QUEUE_SID = "WQ" + "c" * 32
# Stand-in credentials: never a real account's. Tests check that no cassette holds them.
TEST_USERNAME = ACCOUNT_SID
TEST_PASSWORD = "test-auth-token-not-a-secret"

BASE = "https://taskrouter.twilio.com"
PATH = f"/v1/Workspaces/{WORKSPACE_SID}/Workflows"
WORKFLOW_URL = f"{BASE}{PATH}/{WORKFLOW_SID}"

CONFIGURATION = json.dumps(
    {
        "task_routing": {
            "filters": [
                {
                    "filter_friendly_name": "Sales",
                    "expression": "type == 'sales'",
                    "targets": [{"queue": QUEUE_SID, "priority": 5, "timeout": 300}],
                }
            ],
            "default_filter": {"queue": DEFAULT_QUEUE_SID},
        }
    },
    separators=(",", ":"),
)

SUPPORT_QUEUE_SID = "WQ" + "d" * 32
# A sales/support routing document with every documented key of a target, and a key the spec does
# not name (kept and sent back as it came). created_typed sends it as a WorkflowConfiguration model.
ROUTING: dict[str, Any] = {
    "task_routing": {
        "filters": [
            {
                "filter_friendly_name": "Returning customer",
                "expression": "customer_value == 'gold' AND type == 'sales'",
                "targets": [
                    {"queue": QUEUE_SID, "known_worker_sid": "task.last_agent_sid", "timeout": 30, "priority": 10},
                    {
                        "queue": QUEUE_SID,
                        "expression": "worker.skills HAS 'en'",
                        "order_by": "worker.level DESC",
                        "skip_if": "workers.available == 0",
                        "priority": 5,
                        "timeout": 300,
                    },
                ],
            },
            {
                "filter_friendly_name": "Support",
                "expression": "type == 'support'",
                "targets": [
                    {"queue": SUPPORT_QUEUE_SID, "known_worker_friendly_name": "task.requested_agent", "timeout": 60},
                    {"queue": SUPPORT_QUEUE_SID, "priority": 0, "timeout": 0, "routing_hint": "overflow"},
                ],
            },
        ],
        "default_filter": {"queue": DEFAULT_QUEUE_SID},
    }
}
ROUTING_TEXT = json.dumps(ROUTING, separators=(",", ":"))

# The request every scenario sends (all five fields), and its form encoding.
REQUEST_FIELDS: dict[str, Any] = {
    "friendly_name": "Sales, Marketing, Support Workflow",
    "configuration": CONFIGURATION,
    "assignment_callback_url": "https://example.com/",
    "fallback_assignment_callback_url": "https://example2.com/",
    "task_reservation_timeout": 120,
}

LINKS = {
    "statistics": f"{WORKFLOW_URL}/Statistics",
    "real_time_statistics": f"{WORKFLOW_URL}/RealTimeStatistics",
    "cumulative_statistics": f"{WORKFLOW_URL}/CumulativeStatistics",
}

WORKFLOW_FULL: dict[str, Any] = {
    "account_sid": ACCOUNT_SID,
    "assignment_callback_url": "https://example.com/",
    "configuration": CONFIGURATION,
    "date_created": "2014-05-14T10:50:02Z",
    "date_updated": "2014-05-14T23:26:06Z",
    "document_content_type": "application/json",
    "fallback_assignment_callback_url": "https://example2.com/",
    "friendly_name": "Sales, Marketing, Support Workflow",
    "links": LINKS,
    "sid": WORKFLOW_SID,
    "task_reservation_timeout": 120,
    "url": WORKFLOW_URL,
    "workspace_sid": WORKSPACE_SID,
}

# Every attribute null that the spec lets be null: all but the Workflow's identity and its
# task_reservation_timeout (docs/taskrouter-facts.md).
WORKFLOW_IDENTITY = ("account_sid", "sid", "url", "workspace_sid", "task_reservation_timeout")
WORKFLOW_NULLS: dict[str, Any] = {key: None for key in WORKFLOW_FULL} | {
    key: WORKFLOW_FULL[key] for key in WORKFLOW_IDENTITY
}

WORKFLOW_UNKNOWN: dict[str, Any] = WORKFLOW_FULL | {
    "links": LINKS | {"tasks": f"{WORKFLOW_URL}/Tasks"},
    "routing_version": 3,
    "labels": {"team": "sales"},
}

RATE_HEADERS = {
    "X-Rate-Limit-Limit": "100",
    "X-Rate-Limit-Remaining": "99",
    "X-Rate-Limit-Config": "Workflows",
    "Twilio-Request-Id": "RQ" + "d" * 32,
}


def _twilio_error(code: int, message: str, status: int) -> bytes:
    return json.dumps(
        {"code": code, "message": message, "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": status}
    ).encode()


@dataclass(frozen=True)
class Scenario:
    name: str
    status: int
    body: bytes
    origin: str
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "application/json"
    # Whether the answer is one the spec describes (odd answers are recorded on purpose).
    on_spec: bool = True
    # Whether the request's Configuration is ROUTING, given as a WorkflowConfiguration model.
    typed: bool = False

    def response_headers(self) -> dict[str, str]:
        headers = dict(self.headers)
        if self.content_type:
            headers["Content-Type"] = self.content_type
        return headers


PAGE = "the Create Workflow page's response example, with real-shaped SIDs"
FACTS = "the error shapes listed in docs/taskrouter-facts.md"

SCENARIOS: dict[str, Scenario] = {
    s.name: s
    for s in [
        Scenario("created_full", 201, json.dumps(WORKFLOW_FULL).encode(), PAGE, RATE_HEADERS),
        Scenario(
            "created_typed",
            201,
            json.dumps(WORKFLOW_FULL | {"configuration": ROUTING_TEXT}).encode(),
            "the page's example; the request's routing document (ROUTING) built as a model",
            RATE_HEADERS,
            typed=True,
        ),
        Scenario(
            "created_nulls",
            201,
            json.dumps(WORKFLOW_NULLS).encode(),
            "the page's example, every nullable attribute null",
        ),
        Scenario(
            "created_unknown",
            201,
            json.dumps(WORKFLOW_UNKNOWN).encode(),
            "the page's example plus attributes and links the spec does not name",
        ),
        Scenario(
            "error_400",
            400,
            _twilio_error(20001, "Invalid workflow configuration: default_filter is required", 400),
            FACTS,
            {"Twilio-Request-Id": "RQ" + "e" * 32},
        ),
        Scenario("error_401", 401, _twilio_error(20003, "Authenticate", 401), FACTS),
        Scenario(
            "error_404",
            404,
            _twilio_error(20404, f"The requested resource {PATH} was not found", 404),
            FACTS,
        ),
        Scenario(
            "error_429",
            429,
            _twilio_error(20429, "Too Many Requests", 429),
            FACTS,
            {"Retry-After": "0"},
        ),
        Scenario("error_500", 500, _twilio_error(20500, "Internal Server Error", 500), FACTS),
        Scenario("error_503", 503, _twilio_error(20503, "Service Unavailable", 503), FACTS),
        Scenario(
            "error_problem_json",
            400,
            json.dumps(
                {
                    "type": "https://www.twilio.com/docs/api/errors/20001",
                    "title": "Bad Request",
                    "status": 400,
                    "code": 20001,
                    "detail": "FriendlyName is too long",
                    "instance": PATH,
                }
            ).encode(),
            "an RFC 9457 problem body, as some newer Twilio services send",
            content_type="application/problem+json",
            on_spec=False,
        ),
        Scenario("error_empty", 502, b"", "a proxy's empty 502", content_type=None, on_spec=False),
        Scenario(
            "error_html",
            503,
            b"<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>",
            "a proxy's HTML 503 page",
            content_type="text/html",
            on_spec=False,
        ),
        Scenario(
            "error_truncated",
            500,
            _twilio_error(20500, "Internal Server Error", 500)[:25],
            "a Twilio error body cut short",
            on_spec=False,
        ),
        Scenario(
            "error_499",
            499,
            b"",
            "a status outside the IANA list (client closed request)",
            content_type=None,
            on_spec=False,
        ),
        Scenario(
            "error_520",
            520,
            b"<html>520: Web server is returning an unknown error</html>",
            "a CDN's 520 page",
            content_type="text/html",
            on_spec=False,
        ),
    ]
}


# A page of the Workflow list, as its `meta` comes (paging tests and the guide's examples).
LIST_URL = f"https://taskrouter.twilio.com/v1/Workspaces/{WORKSPACE_SID}/Workflows"
PAGE_META = {
    "first_page_url": f"{LIST_URL}?PageSize=50&Page=0",
    "key": "workflows",
    "next_page_url": None,
    "page": 0,
    "page_size": 50,
    "previous_page_url": None,
    "url": f"{LIST_URL}?PageSize=50&Page=0",
}
