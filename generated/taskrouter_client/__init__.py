"""A client library for accessing Twilio TaskRouter.

## Install or vendor

- Install: `pip install ./generated` from the taskrouter-client repository (a wheel named
  `taskrouter-client`). Python 3.11 or later; runtime dependencies: `httpx>=0.27,<0.30`,
  `attrs>=23.1` and `anyio>=4.0` (httpx's own dependency). License: MIT. The optional `aiohttp`
  extra (`pip install './generated[aiohttp]'`: `aiohttp>=3.12.4,<4`) adds the aiohttp async backend
  (see "Async backends"). Both ends of every bound are tested (the repository's `make matrix`:
  Python 3.11 with every dependency at its lower bound, Python 3.13 with the newest releases the
  bounds admit, Python 3.12 with the versions pinned for development).
- Vendor: copy the `taskrouter_client/` directory under any package of yours, e.g.
  `acme/third_party/taskrouter_client`; its imports are all relative. The repository's
  `make vendor DEST=acme/third_party/taskrouter_client` does this, writes `VENDORED.json` (version,
  spec hash, a hash of every file) and refuses to overwrite a copy that was edited by hand.
  Import it by its new name: `from acme.third_party.taskrouter_client import AuthenticatedClient`.

Version 0.4.3. Versions follow the spec's `info.version`: while it is 0.x, a
breaking change bumps the minor number and anything else the patch number; from 1.0 on,
breaking changes bump the major number. The repository's CHANGELOG.md lists each version.

## Create a Workflow

```python
import json

from taskrouter_client import AuthenticatedClient
from taskrouter_client.api.workflows import create_workflow
from taskrouter_client.models import CreateWorkflowRequest

# One client for the whole program: it keeps the connection pools (build it once, share it).
client = AuthenticatedClient.from_env()  # or .from_api_key(...) / .from_auth_token(...)

body = CreateWorkflowRequest(
    friendly_name="Sales",
    configuration=json.dumps({"task_routing": {"default_filter": {"queue": "WQ0123456789abcdef0123456789abcdef"}}}),
    assignment_callback_url="https://example.com/assign",  # optional
    task_reservation_timeout=120,  # optional, 1..86400 seconds
)
workflow = create_workflow.sync("WS0123456789abcdef0123456789abcdef", client=client, body=body)
print(workflow.sid, workflow.date_created)  # a str, and a timezone-aware datetime (or None)

client.close()  # at shutdown (or use the client in a `with` block that spans its whole use)
```

Async is the same call with `await create_workflow.asyncio(...)`; `await client.aclose()` closes
the pool of the running event loop. One client serves many threads and tasks at once: it keeps
one connection pool for sync calls and one per event loop for async calls. Build it once and
close it when the program stops: a `with client:` around each call would close the shared pool
after every call (it still works, since calls running on a pool finish before it closes and the
next call opens a new pool, but each call then pays for a new connection). Pass model fields by
keyword, as above: their order follows the spec.

Each function comes in four forms:

| function | returns | on an error answer |
| --- | --- | --- |
| `sync(...)`, `await asyncio(...)` | the `Workflow` | raises an `ApiError` subclass |
| `sync_detailed(...)`, `await asyncio_detailed(...)` | `Response`: `status_code`, `headers`, `content`, `parsed`, `method`, `url` | returns it: `parsed` is a `TwilioError`, or `None` when the body is not JSON of that shape |

Every form takes `timeout=` (seconds or an `httpx.Timeout`) and `headers=` (extra headers) for
that call, and accepts a plain `Client` (a local stand-in) as well as an `AuthenticatedClient`.
To keep the raising form and still read a successful answer's headers (`Twilio-Request-Id`,
`X-Rate-Limit-Remaining`), call `*_detailed` and pass the `Response` to the module's `unwrap()`:

```python
from taskrouter_client import AuthenticatedClient
from taskrouter_client.api.workflows import fetch_workflow

client = AuthenticatedClient.from_env()
workspace_sid, workflow_sid = "WS0123456789abcdef0123456789abcdef", "WW0123456789abcdef0123456789abcdef"
response = fetch_workflow.sync_detailed(workspace_sid, workflow_sid, client=client)
workflow = fetch_workflow.unwrap(response)  # the Workflow, or the typed error raised
print(workflow.friendly_name, response.headers.get("Twilio-Request-Id"), response.headers.get("X-Rate-Limit-Remaining"))
```


## Operations

One module per operation, in one package per tag of the spec; path parameters are positional, in
path order, everything else is keyword-only. A body goes out in its operation's media type, with
that `Content-Type`. This table is generated from the spec with the package, so it always lists
what the package has:

`taskrouter_client.api.activities`:

| function | request | body | answer |
| --- | --- | --- | --- |
| `fetch_activity` | `GET /v1/Workspaces/{workspace_sid}/Activities/{sid}` | none | `Activity` (200) |
| `update_activity` | `POST /v1/Workspaces/{workspace_sid}/Activities/{sid}` | `UpdateActivityRequest` as `application/x-www-form-urlencoded` | `Activity` (200) |
| `delete_activity` | `DELETE /v1/Workspaces/{workspace_sid}/Activities/{sid}` | none | none (204) |
| `list_activity` | `GET /v1/Workspaces/{workspace_sid}/Activities`, `friendly_name=`, `available=`, `page_size=`, `page=`, `page_token=` | none | `ActivityPage` (200); `stream()`, `stream_async()` |
| `create_activity` | `POST /v1/Workspaces/{workspace_sid}/Activities` | `CreateActivityRequest` as `application/x-www-form-urlencoded` | `Activity` (201) |

`taskrouter_client.api.events`:

| function | request | body | answer |
| --- | --- | --- | --- |
| `fetch_event` | `GET /v1/Workspaces/{workspace_sid}/Events/{sid}` | none | `Event` (200) |
| `list_event` | `GET /v1/Workspaces/{workspace_sid}/Events`, `end_date=`, `event_type=`, `minutes=`, `reservation_sid=`, `start_date=`, `task_queue_sid=`, `task_sid=`, `worker_sid=`, `workflow_sid=`, `task_channel=`, `sid=`, `page_size=`, `page=`, `page_token=` | none | `EventPage` (200); `stream()`, `stream_async()` |

`taskrouter_client.api.task_channels`:

| function | request | body | answer |
| --- | --- | --- | --- |
| `fetch_task_channel` | `GET /v1/Workspaces/{workspace_sid}/TaskChannels/{sid}` | none | `TaskChannel` (200) |
| `update_task_channel` | `POST /v1/Workspaces/{workspace_sid}/TaskChannels/{sid}` | `UpdateTaskChannelRequest` as `application/x-www-form-urlencoded` | `TaskChannel` (200) |
| `delete_task_channel` | `DELETE /v1/Workspaces/{workspace_sid}/TaskChannels/{sid}` | none | none (204) |
| `list_task_channel` | `GET /v1/Workspaces/{workspace_sid}/TaskChannels`, `page_size=`, `page=`, `page_token=` | none | `TaskChannelPage` (200); `stream()`, `stream_async()` |
| `create_task_channel` | `POST /v1/Workspaces/{workspace_sid}/TaskChannels` | `CreateTaskChannelRequest` as `application/x-www-form-urlencoded` | `TaskChannel` (201) |

`taskrouter_client.api.task_queues`:

| function | request | body | answer |
| --- | --- | --- | --- |
| `fetch_task_queue` | `GET /v1/Workspaces/{workspace_sid}/TaskQueues/{sid}` | none | `TaskQueue` (200) |
| `update_task_queue` | `POST /v1/Workspaces/{workspace_sid}/TaskQueues/{sid}` | `UpdateTaskQueueRequest` as `application/x-www-form-urlencoded` | `TaskQueue` (200) |
| `delete_task_queue` | `DELETE /v1/Workspaces/{workspace_sid}/TaskQueues/{sid}` | none | none (204) |
| `list_task_queue` | `GET /v1/Workspaces/{workspace_sid}/TaskQueues`, `friendly_name=`, `evaluate_worker_attributes=`, `worker_sid=`, `ordering=`, `page_size=`, `page=`, `page_token=` | none | `TaskQueuePage` (200); `stream()`, `stream_async()` |
| `create_task_queue` | `POST /v1/Workspaces/{workspace_sid}/TaskQueues` | `CreateTaskQueueRequest` as `application/x-www-form-urlencoded` | `TaskQueue` (201) |
| `create_task_queue_bulk_real_time_statistics` | `POST /v1/Workspaces/{workspace_sid}/TaskQueues/RealTimeStatistics` | `CreateTaskQueueBulkRealTimeStatisticsRequest` as `application/json` | `TaskQueueBulkRealTimeStatistics` (200) |
| `fetch_task_queue_cumulative_statistics` | `GET /v1/Workspaces/{workspace_sid}/TaskQueues/{task_queue_sid}/CumulativeStatistics`, `end_date=`, `minutes=`, `start_date=`, `task_channel=`, `split_by_wait_time=` | none | `TaskQueueCumulativeStatistics` (200) |
| `fetch_task_queue_real_time_statistics` | `GET /v1/Workspaces/{workspace_sid}/TaskQueues/{task_queue_sid}/RealTimeStatistics`, `task_channel=` | none | `TaskQueueRealTimeStatistics` (200) |
| `fetch_task_queue_statistics` | `GET /v1/Workspaces/{workspace_sid}/TaskQueues/{task_queue_sid}/Statistics`, `end_date=`, `minutes=`, `start_date=`, `task_channel=`, `split_by_wait_time=` | none | `TaskQueueStatistics` (200) |
| `list_task_queues_statistics` | `GET /v1/Workspaces/{workspace_sid}/TaskQueues/Statistics`, `end_date=`, `friendly_name=`, `minutes=`, `start_date=`, `task_channel=`, `split_by_wait_time=`, `page_size=`, `page=`, `page_token=` | none | `TaskQueuesStatisticsPage` (200); `stream()`, `stream_async()` |

`taskrouter_client.api.tasks`:

| function | request | body | answer |
| --- | --- | --- | --- |
| `fetch_task` | `GET /v1/Workspaces/{workspace_sid}/Tasks/{sid}` | none | `Task` (200) |
| `update_task` | `POST /v1/Workspaces/{workspace_sid}/Tasks/{sid}`, `if_match=` | `UpdateTaskRequest` as `application/x-www-form-urlencoded` | `Task` (200) |
| `delete_task` | `DELETE /v1/Workspaces/{workspace_sid}/Tasks/{sid}`, `if_match=` | none | none (204) |
| `list_task` | `GET /v1/Workspaces/{workspace_sid}/Tasks`, `priority=`, `assignment_status=`, `workflow_sid=`, `workflow_name=`, `task_queue_sid=`, `task_queue_name=`, `evaluate_task_attributes=`, `routing_target=`, `ordering=`, `has_addons=`, `page_size=`, `page=`, `page_token=` | none | `TaskPage` (200); `stream()`, `stream_async()` |
| `create_task` | `POST /v1/Workspaces/{workspace_sid}/Tasks` | `CreateTaskRequest` as `application/x-www-form-urlencoded` | `Task` (201) |
| `list_task_reservation` | `GET /v1/Workspaces/{workspace_sid}/Tasks/{task_sid}/Reservations`, `reservation_status=`, `worker_sid=`, `page_size=`, `page=`, `page_token=` | none | `TaskReservationPage` (200); `stream()`, `stream_async()` |
| `fetch_task_reservation` | `GET /v1/Workspaces/{workspace_sid}/Tasks/{task_sid}/Reservations/{sid}` | none | `TaskReservation` (200) |
| `update_task_reservation` | `POST /v1/Workspaces/{workspace_sid}/Tasks/{task_sid}/Reservations/{sid}`, `if_match=` | `UpdateTaskReservationRequest` as `application/x-www-form-urlencoded` | `TaskReservation` (200) |

`taskrouter_client.api.workers`:

| function | request | body | answer |
| --- | --- | --- | --- |
| `list_worker` | `GET /v1/Workspaces/{workspace_sid}/Workers`, `activity_name=`, `activity_sid=`, `available=`, `friendly_name=`, `target_workers_expression=`, `task_queue_name=`, `task_queue_sid=`, `ordering=`, `page_size=`, `page=`, `page_token=` | none | `WorkerPage` (200); `stream()`, `stream_async()` |
| `create_worker` | `POST /v1/Workspaces/{workspace_sid}/Workers` | `CreateWorkerRequest` as `application/x-www-form-urlencoded` | `Worker` (201) |
| `fetch_worker` | `GET /v1/Workspaces/{workspace_sid}/Workers/{sid}` | none | `Worker` (200) |
| `update_worker` | `POST /v1/Workspaces/{workspace_sid}/Workers/{sid}`, `if_match=` | `UpdateWorkerRequest` as `application/x-www-form-urlencoded` | `Worker` (200) |
| `delete_worker` | `DELETE /v1/Workspaces/{workspace_sid}/Workers/{sid}`, `if_match=` | none | none (204) |
| `list_worker_channel` | `GET /v1/Workspaces/{workspace_sid}/Workers/{worker_sid}/Channels`, `page_size=`, `page=`, `page_token=` | none | `WorkerChannelPage` (200); `stream()`, `stream_async()` |
| `fetch_worker_channel` | `GET /v1/Workspaces/{workspace_sid}/Workers/{worker_sid}/Channels/{sid}` | none | `WorkerChannel` (200) |
| `update_worker_channel` | `POST /v1/Workspaces/{workspace_sid}/Workers/{worker_sid}/Channels/{sid}` | `UpdateWorkerChannelRequest` as `application/x-www-form-urlencoded` | `WorkerChannel` (200) |
| `fetch_worker_instance_statistics` | `GET /v1/Workspaces/{workspace_sid}/Workers/{worker_sid}/Statistics`, `minutes=`, `start_date=`, `end_date=`, `task_channel=` | none | `WorkerInstanceStatistics` (200) |
| `list_worker_reservation` | `GET /v1/Workspaces/{workspace_sid}/Workers/{worker_sid}/Reservations`, `reservation_status=`, `page_size=`, `page=`, `page_token=` | none | `WorkerReservationPage` (200); `stream()`, `stream_async()` |
| `fetch_worker_reservation` | `GET /v1/Workspaces/{workspace_sid}/Workers/{worker_sid}/Reservations/{sid}` | none | `WorkerReservation` (200) |
| `update_worker_reservation` | `POST /v1/Workspaces/{workspace_sid}/Workers/{worker_sid}/Reservations/{sid}`, `if_match=` | `UpdateWorkerReservationRequest` as `application/x-www-form-urlencoded` | `WorkerReservation` (200) |
| `fetch_worker_statistics` | `GET /v1/Workspaces/{workspace_sid}/Workers/Statistics`, `minutes=`, `start_date=`, `end_date=`, `task_queue_sid=`, `task_queue_name=`, `friendly_name=`, `task_channel=` | none | `WorkerStatistics` (200) |
| `fetch_workers_cumulative_statistics` | `GET /v1/Workspaces/{workspace_sid}/Workers/CumulativeStatistics`, `end_date=`, `minutes=`, `start_date=`, `task_channel=` | none | `WorkersCumulativeStatistics` (200) |
| `fetch_workers_real_time_statistics` | `GET /v1/Workspaces/{workspace_sid}/Workers/RealTimeStatistics`, `task_channel=` | none | `WorkersRealTimeStatistics` (200) |

`taskrouter_client.api.workflows`:

| function | request | body | answer |
| --- | --- | --- | --- |
| `list_workflow` | `GET /v1/Workspaces/{workspace_sid}/Workflows`, `friendly_name=`, `page_size=`, `page=`, `page_token=` | none | `WorkflowPage` (200); `stream()`, `stream_async()` |
| `create_workflow` | `POST /v1/Workspaces/{workspace_sid}/Workflows` | `CreateWorkflowRequest` as `application/x-www-form-urlencoded` | `Workflow` (201) |
| `fetch_workflow` | `GET /v1/Workspaces/{workspace_sid}/Workflows/{sid}` | none | `Workflow` (200) |
| `update_workflow` | `POST /v1/Workspaces/{workspace_sid}/Workflows/{sid}` | `UpdateWorkflowRequest` as `application/x-www-form-urlencoded` | `Workflow` (200) |
| `delete_workflow` | `DELETE /v1/Workspaces/{workspace_sid}/Workflows/{sid}` | none | none (204) |
| `fetch_workflow_statistics` | `GET /v1/Workspaces/{workspace_sid}/Workflows/{workflow_sid}/Statistics`, `minutes=`, `start_date=`, `end_date=`, `task_channel=`, `split_by_wait_time=` | none | `WorkflowStatistics` (200) |
| `fetch_workflow_real_time_statistics` | `GET /v1/Workspaces/{workspace_sid}/Workflows/{workflow_sid}/RealTimeStatistics`, `task_channel=` | none | `WorkflowRealTimeStatistics` (200) |
| `fetch_workflow_cumulative_statistics` | `GET /v1/Workspaces/{workspace_sid}/Workflows/{workflow_sid}/CumulativeStatistics`, `end_date=`, `minutes=`, `start_date=`, `task_channel=`, `split_by_wait_time=` | none | `WorkflowCumulativeStatistics` (200) |

`taskrouter_client.api.workspaces`:

| function | request | body | answer |
| --- | --- | --- | --- |
| `fetch_workspace` | `GET /v1/Workspaces/{sid}` | none | `Workspace` (200) |
| `update_workspace` | `POST /v1/Workspaces/{sid}` | `UpdateWorkspaceRequest` as `application/x-www-form-urlencoded` | `Workspace` (200) |
| `delete_workspace` | `DELETE /v1/Workspaces/{sid}` | none | none (204) |
| `list_workspace` | `GET /v1/Workspaces`, `friendly_name=`, `page_size=`, `page=`, `page_token=` | none | `WorkspacePage` (200); `stream()`, `stream_async()` |
| `create_workspace` | `POST /v1/Workspaces` | `CreateWorkspaceRequest` as `application/x-www-form-urlencoded` | `Workspace` (201) |
| `fetch_workspace_cumulative_statistics` | `GET /v1/Workspaces/{workspace_sid}/CumulativeStatistics`, `end_date=`, `minutes=`, `start_date=`, `task_channel=`, `split_by_wait_time=` | none | `WorkspaceCumulativeStatistics` (200) |
| `fetch_workspace_real_time_statistics` | `GET /v1/Workspaces/{workspace_sid}/RealTimeStatistics`, `task_channel=` | none | `WorkspaceRealTimeStatistics` (200) |
| `fetch_workspace_statistics` | `GET /v1/Workspaces/{workspace_sid}/Statistics`, `minutes=`, `start_date=`, `end_date=`, `task_channel=`, `split_by_wait_time=` | none | `WorkspaceStatistics` (200) |

**Paging.** `list_workflow.stream(workspace_sid, *, client, limit=None, page_size=…, …)` is an
iterator of `Workflow` and `list_workflow.stream_async(...)` an async iterator (the names of the
official SDK). They are lazy: one page is fetched when the iteration needs it, and none after
`limit` items. They follow `meta.next_page_url` only on the client's own scheme, host and port:
a link anywhere else raises `UnsafeLinkError` and the credentials never travel there.
`list_workflow.pages(...)` (and `pages_async`) yields the pages themselves, each a
`taskrouter_client.types.Page` with its `items`, its `meta`, the whole answer as `model` and
`next_page_token` (the `page_token=` to resume from later; None on the last page);
`list_workflow.all(..., limit=...)` (and `all_async`) gathers the items into a list, and has no
default `limit`: `limit=None` asks for every item, which must be said. Any operation whose answer
has a list of models and `meta.next_page_url` gets these six functions from the template; nothing
is written per operation.

```python
from taskrouter_client import AuthenticatedClient
from taskrouter_client.api.workflows import list_workflow

WORKSPACE = "WS" + "a" * 32  # your Workspace SID
client = AuthenticatedClient.from_env()
first_ten = list_workflow.all(WORKSPACE, client=client, limit=10)
resume_from = None
for page in list_workflow.pages(WORKSPACE, client=client, page_size=50):
    print(page.meta.page, len(page.items), [workflow.friendly_name for workflow in page.items])
    resume_from = page.next_page_token
client.close()
```

**Provisioning idempotently** (look a Workflow up by name, create it if missing, else update it):

```python
from taskrouter_client import AuthenticatedClient
from taskrouter_client.api.workflows import create_workflow, list_workflow, update_workflow
from taskrouter_client.models import CreateWorkflowRequest, UpdateWorkflowRequest, Workflow


def provision(client: AuthenticatedClient, workspace_sid: str, name: str, configuration: str) -> Workflow:
    existing = next(list_workflow.stream(workspace_sid, client=client, friendly_name=name, limit=1), None)
    if existing is None:
        create = CreateWorkflowRequest(friendly_name=name, configuration=configuration)
        return create_workflow.sync(workspace_sid, client=client, body=create)
    update = UpdateWorkflowRequest(configuration=configuration, re_evaluate_tasks=True)
    return update_workflow.sync(workspace_sid, existing.sid, client=client, body=update)


async def provision_async(client: AuthenticatedClient, workspace_sid: str, name: str, configuration: str) -> Workflow:
    existing = None
    async for workflow in list_workflow.stream_async(workspace_sid, client=client, friendly_name=name, limit=1):
        existing = workflow
    if existing is None:
        create = CreateWorkflowRequest(friendly_name=name, configuration=configuration)
        return await create_workflow.asyncio(workspace_sid, client=client, body=create)
    update = UpdateWorkflowRequest(configuration=configuration, re_evaluate_tasks=True)
    return await update_workflow.asyncio(workspace_sid, existing.sid, client=client, body=update)
```

## The TaskRouter flow

What a team runs, end to end: a TaskQueue, a Workflow routing to it (typed routing rules), a Task
the Workflow routes, and the queue's statistics. Every resource of TaskRouter v1 is in the package
the same way (`api.workspaces`, `api.activities`, `api.task_channels`, `api.task_queues`,
`api.workers`, `api.tasks`, `api.events`, `api.workflows`; the table above lists each function):

```python
from taskrouter_client import AuthenticatedClient
from taskrouter_client.api.task_queues import create_task_queue, fetch_task_queue_real_time_statistics
from taskrouter_client.api.tasks import create_task
from taskrouter_client.api.workflows import create_workflow
from taskrouter_client.models import (
    CreateTaskQueueRequest,
    CreateTaskRequest,
    CreateWorkflowRequest,
    DefaultFilter,
    TaskRouting,
    WorkflowConfiguration,
)

WORKSPACE = "WS" + "a" * 32  # your Workspace SID
client = AuthenticatedClient.from_env()
queue_body = CreateTaskQueueRequest(friendly_name="Sales", target_workers="skills HAS 'sales'")
queue = create_task_queue.sync(WORKSPACE, client=client, body=queue_body)
routing = WorkflowConfiguration(task_routing=TaskRouting(default_filter=DefaultFilter(queue=queue.sid)))
workflow_body = CreateWorkflowRequest(friendly_name="Sales", configuration=routing)
workflow = create_workflow.sync(WORKSPACE, client=client, body=workflow_body)
task_body = CreateTaskRequest(workflow_sid=workflow.sid, attributes='{"type": "sales"}')
task = create_task.sync(WORKSPACE, client=client, body=task_body)
statistics = fetch_task_queue_real_time_statistics.sync(WORKSPACE, queue.sid, client=client)
print(task.sid, task.assignment_status, statistics.total_tasks)
client.close()
```

`make demo` in the repository runs this flow against a local stand-in, or live with credentials.

## Routing rules as typed models

`Configuration` (of `CreateWorkflowRequest` and `UpdateWorkflowRequest`) takes the JSON text as
before, or a `WorkflowConfiguration`: models generated from the spec's schemas
(`WorkflowConfiguration` → `TaskRouting` → `WorkflowFilter` → `WorkflowTarget`, `DefaultFilter`),
so an editor completes the keys and `mypy --strict` checks them. Filters are evaluated top to
bottom; a Task follows the targets of the first filter it matches, in order, else `default_filter`.

```python
from taskrouter_client import AuthenticatedClient
from taskrouter_client.api.workflows import create_workflow
from taskrouter_client.models import (
    CreateWorkflowRequest,
    DefaultFilter,
    TaskRouting,
    WorkflowConfiguration,
    WorkflowFilter,
    WorkflowTarget,
)
from taskrouter_client.types import parse_json_document

SALES, SUPPORT, EVERYONE = "WQ" + "b" * 32, "WQ" + "d" * 32, "WQ" + "c" * 32  # your TaskQueue SIDs
routing = WorkflowConfiguration(
    task_routing=TaskRouting(
        filters=[
            WorkflowFilter(
                filter_friendly_name="Returning customer",
                expression="customer_value == 'gold' AND type == 'sales'",
                targets=[
                    # the agent who served them last, for 30 s; then the best English speaker
                    WorkflowTarget(queue=SALES, known_worker_sid="task.last_agent_sid", timeout=30, priority=10),
                    WorkflowTarget(
                        queue=SALES,
                        expression="worker.skills HAS 'en'",
                        order_by="worker.level DESC",
                        skip_if="workers.available == 0",
                        priority=5,
                        timeout=300,
                    ),
                ],
            ),
            WorkflowFilter(
                filter_friendly_name="Support",
                expression="type == 'support'",
                targets=[
                    WorkflowTarget(queue=SUPPORT, known_worker_friendly_name="task.requested_agent", timeout=60),
                    WorkflowTarget(queue=SUPPORT, priority=0, timeout=0),
                ],
            ),
        ],
        default_filter=DefaultFilter(queue=EVERYONE),
    )
)
client = AuthenticatedClient.from_env()
workspace_sid = "WS0123456789abcdef0123456789abcdef"
workflow = create_workflow.sync(
    workspace_sid, client=client, body=CreateWorkflowRequest(friendly_name="Sales and support", configuration=routing)
)
again = parse_json_document(WorkflowConfiguration, workflow.configuration)  # the same models back
assert again == routing
```

- **On the wire** the field is always the JSON text: a model is sent as compact JSON
  (`separators=(",", ":")`, strict: no NaN or Infinity). `dump_json_document(routing)` gives that
  text yourself (after the same checks); a string you pass is sent as given.
- **Checked before sending**, text or model, against the spec's `WorkflowConfiguration` schema
  (the text field's `contentSchema`): a TaskQueue SID `^WQ[0-9a-fA-F]{32}$`, `priority`/`timeout`
  integers ≥ 0, at least one target per filter, `expression` and `targets` in every filter,
  `default_filter` present, `known_worker_sid` **or** `known_worker_friendly_name` (never both), a
  JSON object (not `[]`, `42`, `"text"`, `null`), strict JSON, no nesting past sense. The
  `InvalidRequestError`'s `field` is the **path inside the document, prefixed by the form field**:
  `Configuration.task_routing.filters[2].targets[0].queue` (`rule` `pattern`, or `minLength` for a
  SID too short); `rule` is the schema
  keyword broken (`pattern`, `minimum`, `minItems`, `required`, `not`, `type`, or
  `contentMediaType` for text that is not strict JSON). Nothing is sent.
- **Reading back**: `parse_json_document(Model, text)` (generic over the model class; the raw text
  stays in `workflow.configuration`) checks the text against the same schema and raises
  `errors.DocumentError` (a `TaskRouterError` and `ValueError`; `where` is the JSON path such as
  `$.task_routing.filters[0].targets[1].timeout`, plus `rule` and `reason`), never a raw
  `JSONDecodeError`, `KeyError` or `RecursionError`. Twilio's own fixtures hold a YAML-ish
  configuration (a `task-routing:` YAML-like text): that is a `DocumentError` too.
- **Keys Twilio adds later** survive a read and a write: every model keeps them in
  `additional_properties` (`target["routing_hint"]`), and they are sent back as they came.

How it is described: the request field is `oneOf: [WorkflowConfigurationText, WorkflowConfiguration]`,
where `WorkflowConfigurationText` is `{type: string, contentMediaType: application/json,
contentSchema: WorkflowConfiguration}`. The generator types the field `str | WorkflowConfiguration`;
`scripts/postgen.py` writes the rules of the text member (and of every `contentSchema`, by model
class, as `_rules.DOCUMENTS`); the runtime sends any document held as a model in a field whose
rule says `contentMediaType: application/json` as that JSON text. Nothing in it names an
operation or a field. The known-worker rule is the schema's `not: {required: [known_worker_sid,
known_worker_friendly_name]}`: the generator accepts and ignores `not`, the runtime enforces it.

## Credentials

HTTP Basic. The password never appears in `repr()`, `str()`, log records or error messages
(`AuthenticatedClient(username='SK0123...', password='***', ...)`).

```python
from taskrouter_client import AuthenticatedClient

AuthenticatedClient.from_api_key("SK...", "secret", account_sid="AC...")  # Twilio's advice for production
AuthenticatedClient.from_auth_token("AC...", "auth token")
AuthenticatedClient.from_env()  # TWILIO_API_KEY+TWILIO_API_SECRET, else TWILIO_ACCOUNT_SID+TWILIO_AUTH_TOKEN
```

`from_env` raises `ConfigurationError` naming the variables that are missing. The client also
takes `base_url`, `headers`, `cookies`, `verify_ssl`, `follow_redirects`, `httpx_args` (an `auth`
or `transport` there is used; a transport is wrapped by the retrying one),
`raise_on_unexpected_status`, `with_headers`/`with_timeout`, and
`set_httpx_client`/`set_async_httpx_client` (your own httpx client is then used as given: its
auth, timeout and transport instead of ours). There is no Bearer `token=`: TaskRouter does not
take Bearer tokens.

## Closing, threads, event loops, copies

- **One client, shared.** Build a client once and share it across threads and tasks; close it
  when the program stops. Pools are built on first use under a lock: many threads starting at
  once share one pool.
- **Closing.** `client.close()` / `await client.aclose()` (or leaving `with` / `async with`)
  closes the pools **once the calls running on them have ended**: a `close()` from any thread or
  task never cuts a call short (each still ends within its own deadline). The client is
  **reusable**: a call made after `close()` opens a new pool, so a client used once outside `with`
  can still be entered and closed. `close()` closes the sync pool; `aclose()` the running event
  loop's pool and the sync pool.
- **Event loops.** The async side keeps one pool per event loop (asyncio or trio), so one client
  serves `asyncio.run(...)` after `asyncio.run(...)`, and each thread running its own loop has its
  own pool. A pool still open when its loop ends is closed by that loop's shutdown (`asyncio.run`,
  `trio.run`). A pool whose loop was closed without that shutdown (`loop.close()` without
  `shutdown_asyncgens()`) cannot be closed from another loop: the client lets it go at its next
  new pool, and its sockets close when Python collects it; `await client.aclose()` before closing
  such a loop closes it properly.
- **Forks.** A child process forked from one that used the client (a Celery prefork or gunicorn
  `--preload` worker) starts with no pool and a fresh lock: it never uses, nor closes, the
  parent's connections (it keeps its copies of them untouched, so the parent's TLS sessions and
  its event loop's watch on those sockets are never disturbed).
- **`with_headers` / `with_cookies` / `with_timeout`** (an `httpx.Timeout` or seconds) return a
  new client that shares nothing mutable with the original: it builds its own pools on first use,
  and the original's headers, cookies and timeout do not change. Close each client you used.
- **Pickling and copying.** Every error the package raises survives `pickle` (process pools,
  task queues) with its type, message and attributes; request and response models survive
  `pickle` and `copy.deepcopy` (a copied request sends exactly what the original sends). A client
  pickles and copies its settings, never its pools (the copy opens its own); `httpx_args` must be
  picklable for that. The pickle of an `AuthenticatedClient` holds its password in clear text
  (as the process memory does) - treat it like the secret itself; `repr()` never shows it.

## httpx settings and proxies

`httpx_args` go to both httpx clients and mean what they mean to a bare `httpx.Client` /
`httpx.AsyncClient`: `limits`, `http2=True` (needs `httpx[http2]`), `verify`/`cert`, `proxy`,
`mounts`, `event_hooks`, `params`, `auth`, and proxies from
`HTTPS_PROXY`/`HTTP_PROXY`/`ALL_PROXY`/`NO_PROXY` (`trust_env=True`, httpx's default; a
`transport=` of your own turns environment proxies off, as in httpx). `verify_ssl=` is httpx's
`verify`, for direct and proxied connections alike. The client builds the transports with httpx's
public constructors, as a bare httpx client would build them (the default one, one per proxy,
yours and your mounts'), and wraps **every** one with the retrying transport, so retries and
deadlines apply on every route and nothing is bypassed. `httpx_async_args` replaces keys for the
async client only: a sync-only `httpx_args={"transport": httpx.HTTPTransport(...)}` serves sync
calls, and async calls raise `ConfigurationError` until you give
`httpx_async_args={"transport": httpx.AsyncHTTPTransport(...)}` (a transport that serves both
sides, like `httpx.MockTransport`, may go in `httpx_args` alone).

## How a call is sent

Every call takes the same few steps, each in a module named after it:

1. the endpoint function (`api/workflows/create_workflow.py`) checks its input against the
   operation's rules (`_input.py`, rules from `_rules.py`) and describes the request
   (`_request.ApiRequest`);
2. `_operation.Operation.send` writes the body in the operation's media type and decides its
   `Content-Type` (`_request.py`, `_forms.py`, `_documents.py`), then hands it to the client;
3. `Client._send` (`client.py`) builds an `httpx.Request` with the call's deadline
   (`_deadlines.py`) and sends it with `httpx.Client.send` on the client's pool (`_pools.py`),
   turning httpx's failures into `NetworkError` / `RequestTimeoutError` (the one place that does);
4. httpx runs its own send path (auth, event hooks, cookies, redirects, the transport for the
   URL) down to the retrying transport (`_retries.py`), which sends through the backend's
   transport (httpx's own, or `_aiohttp.py`) as the `RetryPolicy` says, reading each answer whole
   within the attempt;
5. `Operation.build_response` decodes the answer strictly (`_decoding.py`) or raises its typed
   error (`errors.py`); list operations page through `_paging.py`.

Only public APIs of httpx and aiohttp are used, so an upgrade of either within the declared
range needs no change here. Tracing and APM agents that wrap `httpx.Client.send` or httpx's
transports see every call.

## Async backends

By default the async client sends through httpx's own transport (httpcore). Its pool scans every
connection on each request, so its CPU per call grows with concurrency. Under asyncio with many
concurrent calls, choose aiohttp's pool, whose cost per call stays flat, with one argument (it
needs the `aiohttp` extra):

```python
from taskrouter_client import AuthenticatedClient

client = AuthenticatedClient.from_env(async_backend="aiohttp")
```

The backend is an httpx transport on aiohttp's public `ClientSession`, so the httpx API is
unchanged: calls, `get_async_httpx_client()` (an `httpx.AsyncClient`), retries (exactly as the
`RetryPolicy` says: aiohttp's own second try of an idempotent request on a dropped connection is
turned off), deadlines, timeouts, `verify_ssl`/`verify`/`cert`, `limits`, `proxy` and environment
proxies (`NO_PROXY` included), closing per event loop and pickling all work the same. aiohttp is
imported on first async use, never by the default backend; asking for it without the extra raises
`ConfigurationError`. A `transport` or `mounts` you give is used as given. What aiohttp cannot do,
precisely: it runs under asyncio only (trio raises `ConfigurationError`); HTTP/1.1 only
(`http2=True` raises `ConfigurationError`: give `httpx_async_args={"http2": False}`); no
`socks5://` proxies (`ConfigurationError`); no write timeout (the connect, read and pool timeouts
apply, each cut to the call's time left, and the deadline bounds reading the answer);
`max_keepalive_connections` is not enforced except 0 (idle connections are kept up to
`max_connections`); `local_address`, `uds`, `socket_options` and `retries` of
`httpx.AsyncHTTPTransport` do not apply.

## Regions, edges and HTTPS

`AuthenticatedClient.from_env(...)` reads `TWILIO_REGION`/`TWILIO_EDGE`; or pass `region=`/`edge=`:
the host is `taskrouter.{edge}.{region}.twilio.com` (region alone: `taskrouter.{region}.twilio.com`;
edge alone implies `us1`). `base_url=` overrides both. Only `https://` is accepted, except
`http://` to this machine (`localhost`, `127.0.0.0/8`, `::1`; not `*.localhost`) for a local
stand-in. A `base_url` must be a valid URL with a host name or IP literal and **no path** (the
endpoints' paths already start with `/v1/`), query or fragment: anything else, a newline or a
space included, raises `ConfigurationError` when the client is built.

## Errors

Everything the client raises derives from `taskrouter_client.errors.TaskRouterError`:

| error | when | what it carries |
| --- | --- | --- |
| `BadRequestError` (400, 422) | the API refused the content (Twilio 20001) | `status_code`, `code`, `message`, `more_info`, `details`, `headers`, `request_id`, `method`, `url`, `content` |
| `AuthenticationError` (401), `PermissionDeniedError` (403) | credentials refused (20003) | same |
| `NotFoundError` (404) | no such Workspace or Workflow (20404) | same |
| `RateLimitError` (429) | after the retries ran out (20429) | same, and `retry_after` |
| `ServerError` (5xx, 520...) | the API failed; the create may or may not have happened | same |
| `ApiError` | any other error status (499, 418, ...) and a 1xx/3xx answer; an undocumented 2xx is read as the documented success | same; `ApiError` is also the generator's `UnexpectedStatus` |
| `DecodeError` | a success answer (any 2xx) whose body breaks the spec: not JSON, a missing attribute, a wrong type, a date that does not parse; `accepted` is then True and `sid` names what was made | `where` (JSON path), `reason`, `status_code`, `content`, `headers` |
| `NetworkError`, `RequestTimeoutError` (both `TransportError`) | no answer, or one that could not be read (a body that is not its `Content-Encoding`, a redirect loop with `follow_redirects=True`) | `method`, `url`, `sent`: False when the request never left (sending it again repeats nothing), True when it may have been processed (the message says which) |
| `InvalidRequestError` (also `ValueError`) | input that breaks the spec; **nothing was sent** | `field`, `rule` |
| `ConfigurationError` (also `ValueError`) | a client that cannot be built as asked | |

Any body maps to these: Twilio's JSON, RFC 9457 problem details (`detail`/`title` become the
message, `type` the `more_info`; the rest, such as `instance`, stays in the `*_detailed` form's
`response.parsed.additional_properties`), an empty body, an HTML page,
truncated JSON. No raw `KeyError`, `JSONDecodeError` or `ValueError` escapes, and no value of the
wrong type is returned: dates are aware `datetime`s (ISO 8601 or RFC 2822; no offset means UTC),
integers are `int`, and an attribute the API adds later is kept in `additional_properties`
(`workflow["new_attribute"]`), also inside `links`. A Workflow's identity (`sid`, `account_sid`,
`workspace_sid`, `url`) is always there: an answer without it is a `DecodeError` naming it; the
other attributes may be null, and one an answer leaves out is None (with a logged warning).
An enum value a newer API added (TaskRouter adds values without a new version) is kept as it
came, with a logged warning naming the field (`$.task_order: 'PRIORITY' is not a value the spec
names`): an enum's type is its known values or their base type (`Literal["FIFO", "LIFO"] | str`),
so match on the known values and keep a branch for the rest. A request's enum must be a value the
spec names: the client refuses any other before sending.

An error's `str()` and `repr()` show at most 500 characters of any text the answer carried (a
1 MB message, an HTML page), so logs and tracebacks stay readable; `content` keeps the whole body
and `message` Twilio's message as it came.

**Input that cannot be sent** is refused the same way wherever it is: a routing model put together
wrongly (a `WorkflowTarget` without its list's brackets, a plain dict where a model belongs,
`default_filter=None`) is an `InvalidRequestError` whose `field` is the path inside the document
(`Configuration.task_routing.filters[0].targets`) and whose message says what belongs there,
never a raw `KeyError` or `AttributeError` from a model's `to_dict()`.

## Retries

On by default (`RetryPolicy(max_retries=3, backoff_base=0.5, backoff_max=20, max_retry_after=60)`),
in an httpx transport under the auth layer, so each attempt is the same request:

- Retried, any method: `429` (nothing was processed), waiting what `Retry-After` asks
  (seconds or an HTTP date, capped at `max_retry_after`), else exponential backoff with full
  jitter; and a connection that failed before the request left (connect error, connect or pool
  timeout).
- Not retried for a POST (create and update): a 5xx and any failure after the request was sent
  (read timeout, dropped connection). Twilio has no idempotency key: the first attempt may have
  created the Workflow, and a retry would create a second. An update is safe to repeat, but the
  policy goes by method; `RetryPolicy(retry_unsafe=True)` opts in for both. Idempotent methods
  (GET, PUT, DELETE) retry those always, an answer whose body breaks off included: a call's
  answer is read whole within the retrying transport, on every backend.
- `RetryPolicy(max_retries=N)`: at most N+1 requests reach the server for one call, on every
  backend; `max_retries=0` turns retries off. Each attempt and each retry logs an INFO record
  on the `taskrouter_client` logger (see [Logs, metadata and tracing](#logs-metadata-and-tracing)).
- Waits sleep with `anyio.sleep`, so async retries work under asyncio and trio alike.

**Per call, and for some calls.** Every function takes `retry=` (a `RetryPolicy` for that call
alone). `client.with_options(retry=..., timeout=..., headers=...)` gives a client for a batch of
calls that shares this client's connection pools: no second pool, nothing of the original
changed. Closing the derived client leaves the shared pools open; closing the original closes
them for both (a later call of either opens new ones, as after any close). `on_retry` (and, for
async calls, `on_retry_async`) is told each retry before its wait, for metrics: a
`RetryEvent` with the retry's number, the reason (`"HTTP 503"` or the exception's type name),
the wait chosen and the request with its credentials kept out (method, URL without user or
password, headers without `Authorization` or cookies). A hook that raises is logged; the call
goes on.

```python
import logging

from taskrouter_client import AuthenticatedClient, RetryPolicy
from taskrouter_client.api.workflows import list_workflow
from taskrouter_client.client import RetryEvent


def count_retry(event: RetryEvent) -> None:
    logging.getLogger("metrics").info("retry %d: %s %s after %s", event.attempt, event.method, event.url, event.reason)


WORKSPACE = "WS" + "a" * 32  # your Workspace SID
client = AuthenticatedClient.from_env(retry=RetryPolicy(on_retry=count_retry))
nightly = client.with_options(timeout=120.0, headers={"X-Job": "nightly"}, retry=RetryPolicy(max_retries=6))
everything = list_workflow.all(WORKSPACE, client=nightly, limit=None)
first_page = list_workflow.sync(WORKSPACE, client=client, retry=RetryPolicy(max_retries=0))
client.close()
```

## Timeouts

On by default: 5 s to connect, 30 s for each read, write and pool wait (`DEFAULT_TIMEOUT`; the
official SDK waits forever). Per client: `timeout=httpx.Timeout(...)` or seconds; per call:
`create_workflow.sync(..., timeout=10)`. `httpx.Timeout(None)` lifts the
per-phase limits; the deadline below still applies (`RetryPolicy(deadline=None)` lifts it too).
A timeout in seconds must be a finite number above 0: anything else (`0`, `-1`, `True`, `"5"`,
NaN) is an `InvalidRequestError` for a call (nothing is sent) and a `ConfigurationError` for a
client.

**Deadlines.** A whole call, every attempt and every retry wait included, ends within
`RetryPolicy(deadline=60.0)` seconds by default (`deadline=None`: no bound), or within the
call's (else the client's) `timeout=` when that is given in seconds, whichever is shorter. A
retry whose wait would end past the deadline is not made (the last answer or failure is raised,
e.g. `RateLimitError`), and each attempt's connect/read/write/pool timeouts are cut to the time
left. Reading an answer's body is bounded too: a body trickling in, each piece within the read
timeout, ends in `RequestTimeoutError` once the deadline has passed. An `httpx.Timeout` object
bounds each phase only; the policy's deadline still applies.

## Input checks

Before sending, every call checks its input against the rules of **its own operation in
`openapi.yaml`**: every path parameter by its own schema whatever its name (`Sid` must be a
`WW…` SID, `WorkspaceSid` a `WS…` one; `..` or `/` never reaches the path), every query parameter
(type — `True` is not an integer —, range, enum, `date-time` formats) and every body field (type,
length, pattern, range, enum, `format: uri` as an absolute URL with a host, a `Configuration` that
is strict JSON, no unknown fields). The generator drops parameters' schemas before its templates
run, so its post-hook `scripts/postgen.py` reads the same spec and writes the rules into the
package as data (`_rules.py`, by operation); the runtime (`_input.py`) applies them, with
regexes compiled once. Patterns end at the end of the text (a JSON Schema `$` does not admit a
trailing newline). A failed check raises `InvalidRequestError` naming the field and the rule,
and nothing is sent. `Client(validate_requests=False)` turns the checks off, for the day the API
accepts something the spec does not describe yet.

## Headers

Every call sends `Accept: application/json` and
`User-Agent: taskrouter-client/0.4.3 (Python ...; OS machine) httpx/...`,
and a body in its operation's media type, with that `Content-Type` (a form,
`application/x-www-form-urlencoded`, for every TaskRouter operation with a body; JSON for an
operation whose spec says `application/json`). Client `headers=` and a call's `headers=` add to
or replace them (a call's win); a header name must be an HTTP token and a value printable
ASCII (no line breaks), in `headers=` and in an operation's header parameters alike, else
`InvalidRequestError` for a call and `ConfigurationError` for a client, before anything is sent. Success answers carry Twilio's `X-Rate-Limit-Limit`,
`X-Rate-Limit-Remaining` and `X-Rate-Limit-Config`: `meta(result).rate_limit` reads them (below).

## Logs, metadata and tracing

**Logs.** Off by default: the `taskrouter_client` logger (named after the package, or the path
you vendored it to) has a `NullHandler`, and nothing is printed until your application configures
logging or sets `TASKROUTER_LOG` (`info`, `debug`, or `off`, read when the package is imported;
it sends the package's records to stderr with no logging set up, `TASKROUTER_LOG=debug python
app.py`, and to the root logger's handlers alone once your application has set some up, so nothing
is printed twice). At INFO, one record per attempt of a call: method, URL, status (or the
failure's type, a cancellation's included), elapsed milliseconds, attempt n of m and Twilio's
request id, such as
`GET https://taskrouter.twilio.com/v1/Workspaces/WS.../Workflows/WW... -> 200 in 84.2 ms (attempt 1 of 4), request id RQ...`;
and one per retry, or retry the call's deadline stopped. DEBUG adds each attempt's request and
answer headers and bodies, a body cut at 2,000 characters (a retried answer's body is not read for
it: logging never changes what a call does or how long it takes). Redacted: `Authorization`,
`Proxy-Authorization`, `Cookie`, `Set-Cookie` and any header whose name says token, secret,
password, key, signature, credential, session or auth, and the values they carry (the password,
its Basic form, a token, a cookie, one the answer sets, a proxy's credentials from `proxy=` or the
environment) wherever else they appear, URL and bodies included, and the user and password of any
URL in a record (a callback URL's); the Basic user name (your Account or API key SID) shows its
first six characters. Bodies are otherwise shown as they are: a Task's attributes (customer data)
included, so treat DEBUG records as you treat that data. Calls through a client given to `set_httpx_client` are logged by httpx alone.
httpx's and httpcore's own loggers hold no request header either; at DEBUG, httpcore's shows the
answer's headers as they came. With `http2=True`, the `hpack` logger at DEBUG shows request
headers (all but `Authorization` and `Proxy-Authorization`, which h2 marks sensitive): keep it at
INFO if a header of yours carries a secret.

```python
import logging

from taskrouter_client import AuthenticatedClient
from taskrouter_client.api.workflows import list_workflow

logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
logging.getLogger("taskrouter_client").setLevel(logging.INFO)  # DEBUG: headers and bodies too

client = AuthenticatedClient.from_env()
page = list_workflow.sync("WS" + "a" * 32, client=client)
client.close()
```

**What a success tells.** `meta(result)` gives what the answer of the call that returned
`result` said besides its body, without changing the result's type: a `CallMeta` with
`request_id` (`Twilio-Request-Id`, what Twilio support asks for), `status_code`, `rate_limit`
(`RateLimit(limit, remaining, config)`, the two counts as integers; None without the headers),
`etag` (pass it back as an update's `if_match`), `method`, `url` and every answer header. It
works on the model a call returned (every TaskRouter operation returns one), each item of a list
(its own page's answer), each `Page`; a `*_detailed` call's `Response` has the same as
`response.meta` (for a call that returns `None`, such as a delete, that is where it is; its
`parsed` model has it too), and an error as `error.meta`. `meta` of anything else (a copy, a model
built by hand, `None`, a list or dict) raises `LookupError`. The values are held weakly: `meta`
keeps nothing alive. Not to be confused with `page.meta`, Twilio's paging block of a list's
answer (`meta(page)` is the call's).

```python
from taskrouter_client import AuthenticatedClient, meta
from taskrouter_client.api.tasks import delete_task, fetch_task, update_task
from taskrouter_client.models import UpdateTaskRequest

workspace_sid, task_sid = "WS" + "a" * 32, "WT" + "a" * 32
client = AuthenticatedClient.from_env()
task = fetch_task.sync(workspace_sid, task_sid, client=client)
told = meta(task)
print(told.request_id, told.status_code, told.rate_limit)
# Change the Task only if nobody did since it was read ("*": whatever its state)
task = update_task.sync(
    workspace_sid, task_sid, client=client, body=UpdateTaskRequest(priority=5), if_match=told.etag or "*"
)
deleted = delete_task.sync_detailed(workspace_sid, task_sid, client=client)
print(deleted.status_code, deleted.meta.request_id)
client.close()
```

**Tracing.** The client needs no tracing code of its own: OpenTelemetry's instrumentations
see each attempt of a call as one client span, with the standard HTTP attributes (method, URL,
status), and carry its trace context to the server. On the sync client and the default async
backend, `opentelemetry-instrumentation-httpx`'s `HTTPXClientInstrumentor().instrument()`
(it instruments httpx's own transports, which the retrying transport calls once per attempt;
`instrument_client()` on the client's httpx clients would wrap the retrying transport instead,
one span per call). With `async_backend="aiohttp"` no httpx transport sends the request:
`opentelemetry-instrumentation-aiohttp-client`'s `AioHttpClientInstrumentor().instrument()`
traces it (called before the client's first async call on a loop). Both are tested; neither is
a dependency of this package.

```python
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import ConsoleSpanExporter, SimpleSpanProcessor

from taskrouter_client import AuthenticatedClient
from taskrouter_client.api.workflows import list_workflow

provider = TracerProvider()  # yours: in production an OTLP exporter in a BatchSpanProcessor
provider.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter()))
HTTPXClientInstrumentor().instrument(tracer_provider=provider)

client = AuthenticatedClient.from_env()
page = list_workflow.sync("WS" + "a" * 32, client=client)
client.close()
```

## Testing your code

`taskrouter_client.testing.StubTransport` stands in for TaskRouter in your own tests, with no
network and no new dependency: it answers each operation with the spec's example of its answer
(or the answer your test sets with `stub.answer(...)`; `stub.queue(...)` gives answers in turn,
such as the pages of a list), records every call (without the credentials: `stub.calls`,
`stub.calls_to(...)`, each with its `params` and `body`), and gives the typed error of a status
your test sets (`stub.fail(...)`). `stub.client()` is a client it answers; sync and async calls,
on either backend. Name an operation by its endpoint module or its operationId.

```python
import pytest

from taskrouter_client import AuthenticatedClient, errors
from taskrouter_client.api.workflows import create_workflow
from taskrouter_client.models import CreateWorkflowRequest, Workflow
from taskrouter_client.testing import StubTransport

ROUTING = '{"task_routing": {"default_filter": {"queue": "WQ' + "b" * 32 + '"}}}'


def create_sales_workflow(client: AuthenticatedClient, workspace_sid: str) -> Workflow:  # your code
    body = CreateWorkflowRequest(friendly_name="Sales", configuration=ROUTING)
    return create_workflow.sync(workspace_sid, client=client, body=body)


def test_the_sales_workflow_is_created() -> None:
    stub = StubTransport()
    stub.answer("create_workflow", {**stub.default("create_workflow"), "friendly_name": "Sales"})
    workflow = create_sales_workflow(stub.client(), "WS" + "a" * 32)
    assert workflow.friendly_name == "Sales"
    [call] = stub.calls_to("CreateWorkflow")
    assert call.body["FriendlyName"] == "Sales"


def test_a_missing_workspace_is_an_error() -> None:
    stub = StubTransport()
    stub.fail("create_workflow", 404, code=20404, message="Workspace not found")
    with pytest.raises(errors.NotFoundError):
        create_sales_workflow(stub.client(), "WS" + "a" * 32)
```

## Changing this package

Do not edit it: it is generated from the taskrouter-client repository's `openapi.yaml` (itself
written from Twilio's description of TaskRouter v1 and the project's overlay) and `templates/` by
openapi-python-client, and a hand edit is lost at the next regeneration (and
makes `make vendor` refuse to overwrite the copy). Change the spec or a template there instead.
"""

from . import _logs
from ._metadata import CallMeta, RateLimit, meta
from ._provenance import PACKAGE_VERSION as __version__
from .client import AuthenticatedClient, Client, RetryPolicy

# The package's records go nowhere until the application configures logging or sets
# TASKROUTER_LOG=info|debug (no "No handlers could be found" fallback to stderr).
_logs.setup()

__all__ = (
    "AuthenticatedClient",
    "CallMeta",
    "Client",
    "RateLimit",
    "RetryPolicy",
    "__version__",
    "meta",
)
