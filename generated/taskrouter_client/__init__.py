"""A client library for accessing Twilio TaskRouter Workflows.

## Install or vendor

- Install: `pip install ./generated` from the taskrouter-client repository (a wheel named
  `taskrouter-client`). Runtime dependencies: `httpx>=0.27,<0.29` and `attrs>=23.1`.
- Vendor: copy the `taskrouter_client/` directory under any package of yours, e.g.
  `acme/third_party/taskrouter_client`; its imports are all relative. The repository's
  `make vendor DEST=acme/third_party/taskrouter_client` does this, writes `VENDORED.json` (version,
  spec hash, a hash of every file) and refuses to overwrite a copy that was edited by hand.
  Import it by its new name: `from acme.third_party.taskrouter_client import AuthenticatedClient`.

Version 0.1.0. Versions follow the spec's `info.version`: while it is 0.x, a
breaking change bumps the minor number and anything else the patch number; from 1.0 on,
breaking changes bump the major number. The repository's CHANGELOG.md lists each version.

## Create a Workflow

```python
import json
from taskrouter_client import AuthenticatedClient
from taskrouter_client.api.workflows import create_workflow
from taskrouter_client.models import CreateWorkflowRequest

client = AuthenticatedClient.from_env()  # or .from_api_key(...) / .from_auth_token(...)
body = CreateWorkflowRequest(
    friendly_name="Sales",
    configuration=json.dumps({"task_routing": {"default_filter": {"queue": "WQ0123456789abcdef0123456789abcdef"}}}),
    assignment_callback_url="https://example.com/assign",  # optional
    task_reservation_timeout=120,  # optional, 1..86400 seconds
)
with client:
    workflow = create_workflow.sync("WS0123456789abcdef0123456789abcdef", client=client, body=body)
print(workflow.sid, workflow.date_created)  # date_created is a timezone-aware datetime
```

Async is the same call with `await create_workflow.asyncio(...)` inside `async with client:`.
One client can serve many concurrent calls; it keeps one connection pool per sync/async side.
Pass model fields by keyword, as above: their order follows the spec.

Each function comes in four forms:

| function | returns | on an error answer |
| --- | --- | --- |
| `sync(...)`, `await asyncio(...)` | the `Workflow` | raises an `ApiError` subclass |
| `sync_detailed(...)`, `await asyncio_detailed(...)` | `Response`: `status_code`, `headers`, `content`, `parsed`, `method`, `url` | returns it: `parsed` is a `TwilioError`, or `None` when the body is not JSON of that shape |

Every form takes `timeout=` (seconds or an `httpx.Timeout`) for that call.

## Credentials

HTTP Basic. The password never appears in `repr()`, `str()`, log records or error messages
(`AuthenticatedClient(username='SK0123...', password='***', ...)`).

```python
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

## Regions, edges and HTTPS

`AuthenticatedClient.from_env(...)` reads `TWILIO_REGION`/`TWILIO_EDGE`; or pass `region=`/`edge=`:
the host is `taskrouter.{edge}.{region}.twilio.com` (region alone: `taskrouter.{region}.twilio.com`;
edge alone implies `us1`). `base_url=` overrides both. Only `https://` is accepted, except
`http://` to this machine (`localhost`, `127.0.0.0/8`, `::1`) for a local stand-in.

## Errors

Everything the client raises derives from `taskrouter_client.errors.TaskRouterError`:

| error | when | what it carries |
| --- | --- | --- |
| `BadRequestError` (400, 422) | the API refused the content (Twilio 20001) | `status_code`, `code`, `message`, `more_info`, `details`, `headers`, `request_id`, `method`, `url`, `content` |
| `AuthenticationError` (401), `PermissionDeniedError` (403) | credentials refused (20003) | same |
| `NotFoundError` (404) | no such Workspace (20404) | same |
| `RateLimitError` (429) | after the retries ran out (20429) | same, and `retry_after` |
| `ServerError` (5xx, 520...) | the API failed; the create may or may not have happened | same |
| `ApiError` | any other status, including 499 or an undocumented 200/204/302 | same; `ApiError` is also the generator's `UnexpectedStatus` |
| `DecodeError` | a 201 whose body breaks the spec: not JSON, a missing attribute, a wrong type, a date that does not parse | `where` (JSON path), `reason`, `status_code`, `content`, `headers` |
| `NetworkError`, `RequestTimeoutError` (both `TransportError`) | no answer | `method`, `url` |
| `InvalidRequestError` (also `ValueError`) | input that breaks the spec; **nothing was sent** | `field`, `rule` |
| `ConfigurationError` (also `ValueError`) | a client that cannot be built as asked | |

Any body maps to these: Twilio's JSON, RFC 9457 problem details (`detail`/`title` become the
message, the rest stays reachable as `error_model["instance"]`), an empty body, an HTML page,
truncated JSON. No raw `KeyError`, `JSONDecodeError` or `ValueError` escapes, and no value of the
wrong type is returned: dates are aware `datetime`s (ISO 8601 or RFC 2822; no offset means UTC),
integers are `int`, and an attribute the API adds later is kept in `additional_properties`
(`workflow["new_attribute"]`), also inside `links`.

## Retries

On by default (`RetryPolicy(max_retries=3, backoff_base=0.5, backoff_max=20, max_retry_after=60)`),
in an httpx transport under the auth layer, so each attempt is the same request:

- Retried, any method: `429` (nothing was processed), waiting what `Retry-After` asks
  (seconds or an HTTP date, capped at `max_retry_after`), else exponential backoff with full
  jitter; and a connection that failed before the request left (connect error, connect or pool
  timeout).
- Not retried for a create (POST): a 5xx and any failure after the request was sent (read
  timeout, dropped connection). Twilio has no idempotency key: the first attempt may have created
  the Workflow, and a retry would create a second. `RetryPolicy(retry_unsafe=True)` opts in.
  Idempotent methods (GET, PUT, DELETE) retry those always.
- `RetryPolicy(max_retries=0)` turns retries off. Each retry logs one INFO record on the
  `taskrouter_client` logger (method, URL, reason, wait), never a header.

## Timeouts

On by default: 5 s to connect, 30 s for each read, write and pool wait (`DEFAULT_TIMEOUT`; the
official SDK waits forever). Per client: `timeout=httpx.Timeout(...)` or seconds; per call:
`create_workflow.sync(..., timeout=10)`. `httpx.Timeout(None)` waits forever.

## Input checks

Before sending, every call checks its input against rules rendered from the spec into the
generated module: `FriendlyName` non-empty; `Configuration` a JSON document; callback URLs
absolute `http(s)`; `TaskReservationTimeout` an integer 1-86400; no unknown fields; the
`WorkspaceSid` has the Twilio SID shape (`WS` and 32 hex digits), so `..` cannot escape the path.
A failed check raises `InvalidRequestError` and nothing is sent. `Client(validate_requests=False)`
turns the checks off, for the day the API accepts something the spec does not describe yet.

## Headers

`Content-Type: application/x-www-form-urlencoded`, `Accept: application/json`, and
`User-Agent: taskrouter-client/0.1.0 (Python ...; OS machine) httpx/...`.
`headers=` adds to or replaces them. Success answers carry Twilio's `X-Rate-Limit-Limit`,
`X-Rate-Limit-Remaining` and `X-Rate-Limit-Config`, readable in a `Response`'s `headers`.

## Changing this package

Do not edit it: it is generated from the taskrouter-client repository's `openapi.yaml` and
`templates/` by openapi-python-client, and a hand edit is lost at the next regeneration (and
makes `make vendor` refuse to overwrite the copy). Change the spec or a template there instead.
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
