"""A client you can deploy: httpx settings and proxies with retries on every route, closing and
reuse, threads and event loops, copies that share nothing, pickling, deadlines, odd input."""

from __future__ import annotations

import asyncio
import copy
import json
import multiprocessing
import os
import pickle
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio

from scenarios import CONFIGURATION, TEST_PASSWORD, WORKFLOW_FULL, WORKSPACE_SID
from support import LoopbackServer, QuietHandler, Recorder, call, make_client, request_body
from taskrouter_client import AuthenticatedClient, Client, errors
from taskrouter_client import client as client_module
from taskrouter_client.api.workflows import create_workflow
from taskrouter_client.client import RetryPolicy, RetryTransport
from taskrouter_client.models import CreateWorkflowRequest, Workflow
from taskrouter_client.types import UNSET, Unset

PATH = f"/v1/Workspaces/{WORKSPACE_SID}/Workflows"
GENERATED = str(Path(__file__).resolve().parent.parent / "generated")


def created() -> httpx.Response:
    return httpx.Response(201, json=WORKFLOW_FULL)


def busy(retry_after: str = "0") -> httpx.Response:
    return httpx.Response(429, headers={"Retry-After": retry_after})


def answers(*responses: httpx.Response) -> Callable[[httpx.Request], httpx.Response]:
    pending = list(responses)
    return lambda request: pending.pop(0) if len(pending) > 1 else pending[0]


NO_WAIT = RetryPolicy(sleep=lambda seconds: None)


# --- A loopback HTTP server (origin or proxy): records request lines, answers 429 then 201 -----


class Server(LoopbackServer):
    def __init__(self, busy_first: int = 1) -> None:
        self.lines: list[str] = []
        self.busy_first = busy_first
        outer = self

        class Handler(QuietHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                outer.lines.append(self.requestline)
                if len(outer.lines) <= outer.busy_first:
                    status, body, extra = 429, b"", {"Retry-After": "0"}
                else:
                    status, body, extra = 201, json.dumps(WORKFLOW_FULL).encode(), {}
                self.send_response(status)
                for name, value in {"Content-Type": "application/json", **extra}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        super().__init__(Handler)


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.stop()


def transport_of(http: httpx.Client | httpx.AsyncClient) -> Any:
    """The transport under the retrying one that wraps httpx's default."""
    outer: Any = http._transport
    assert isinstance(outer, RetryTransport)
    return outer._transport or outer._async_transport


# --- 1. Transport composition ------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_proxies_from_the_environment_are_used_and_retried_through(
    mode: str, backend: str, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", server.url)
    client = make_client(base_url="http://localhost:9", retry=NO_WAIT, async_backend=backend)  # nothing listens on 9
    assert isinstance(call(mode, client), Workflow)
    assert server.lines == [f"POST http://localhost:9{PATH} HTTP/1.1"] * 2


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_an_explicit_proxy_is_retried_through_and_keeps_verify_ssl(mode: str, backend: str, server: Server) -> None:
    client = make_client(
        base_url="http://localhost:9", retry=NO_WAIT, httpx_args={"proxy": server.url}, async_backend=backend
    )
    assert isinstance(call(mode, client), Workflow)
    assert server.lines == [f"POST http://localhost:9{PATH} HTTP/1.1"] * 2
    insecure = make_client(verify_ssl=False, httpx_args={"proxy": server.url}, async_backend=backend)
    for http in (insecure.get_httpx_client(), insecure.get_async_httpx_client()):
        (mount,) = http._mounts.values()
        assert isinstance(mount, RetryTransport)
        assert ssl_context_of(mount).verify_mode == ssl.CERT_NONE
    insecure.close()


def ssl_context_of(transport: RetryTransport) -> ssl.SSLContext:
    inner: Any = transport._transport or transport._async_transport
    context: ssl.SSLContext = inner._pool._ssl_context if hasattr(inner, "_pool") else inner.ssl_context
    return context


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_proxy_with_credentials_gets_them_on_both_backends(mode: str, backend: str, server: Server) -> None:
    seen: list[str | None] = []
    handler = server.httpd.RequestHandlerClass
    original = handler.do_POST  # type: ignore[attr-defined]

    def do_post(self: Any) -> None:
        seen.append(self.headers.get("Proxy-Authorization"))
        original(self)

    handler.do_POST = do_post  # type: ignore[attr-defined]
    proxy = server.url.replace("http://", "http://user:pa55@")
    client = make_client(
        base_url="http://localhost:9", retry=NO_WAIT, httpx_args={"proxy": proxy}, async_backend=backend
    )
    assert isinstance(call(mode, client), Workflow)
    assert seen == ["Basic dXNlcjpwYTU1"] * 2


def test_limits_and_verify_reach_the_aiohttp_transports_and_http2_socks_and_trio_are_refused() -> None:
    client = make_client(
        verify_ssl=False, async_backend="aiohttp", httpx_args={"limits": httpx.Limits(max_connections=2)}
    )
    http = client.get_async_httpx_client()
    transport = transport_of(http)
    assert transport.ssl_context.verify_mode == ssl.CERT_NONE

    async def check_session() -> None:
        session = transport.get_client()
        assert session.connector is not None and session.connector.limit == 2
        await session.close()

    asyncio.run(check_session())
    assert transport_of(client.get_httpx_client())._pool._max_connections == 2  # sync: httpx's own
    client.close()
    unbounded = make_client(
        async_backend="aiohttp",
        httpx_args={"limits": httpx.Limits(max_connections=None, max_keepalive_connections=0)},
    )
    assert transport_of(unbounded.get_async_httpx_client()).limits.max_connections is None
    with pytest.raises(errors.ConfigurationError, match=r"HTTP/1\.1 only"):
        make_client(async_backend="aiohttp", httpx_args={"http2": True}).get_async_httpx_client()
    # the same settings with http2 for the sync client only
    both = make_client(async_backend="aiohttp", httpx_args={"http2": True}, httpx_async_args={"http2": False})
    assert transport_of(both.get_httpx_client())._pool._http2 is True
    assert transport_of(both.get_async_httpx_client()).limits is not None
    with pytest.raises(errors.ConfigurationError, match="socks5"):
        make_client(async_backend="aiohttp", httpx_args={"proxy": "socks5://127.0.0.1:9"}).get_async_httpx_client()

    async def under_trio() -> None:
        await create_workflow.asyncio(WORKSPACE_SID, client=make_client(async_backend="aiohttp"), body=request_body())

    with pytest.raises(errors.ConfigurationError, match="asyncio only"):
        trio.run(under_trio)


def test_an_unknown_or_missing_backend_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(errors.ConfigurationError, match="'httpx' or 'aiohttp'"):
        make_client(async_backend="curl")
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # as if it were not installed
    monkeypatch.setattr(client_module, "_aiohttp_client_class", None)
    with pytest.raises(errors.ConfigurationError, match=r"pip install 'taskrouter-client\[aiohttp\]'"):
        make_client(async_backend="aiohttp")
    with pytest.raises(errors.ConfigurationError, match="aiohttp extra"):
        client_module._aiohttp_async_client()


def test_the_default_backend_never_imports_aiohttp() -> None:
    code = (
        "import sys\n"
        "from taskrouter_client import AuthenticatedClient\n"
        "from taskrouter_client.api.workflows import create_workflow\n"
        "AuthenticatedClient(username='AC1', password='x').get_async_httpx_client()\n"
        "assert 'aiohttp' not in sys.modules and 'httpx_aiohttp' not in sys.modules, sorted(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONPATH": GENERATED})


def test_importing_and_building_a_client_imports_neither_anyio_nor_asyncio() -> None:
    code = (
        "import sys\n"
        "from taskrouter_client import AuthenticatedClient\n"
        "from taskrouter_client.api.workflows import create_workflow\n"
        "from taskrouter_client.models import CreateWorkflowRequest\n"
        "AuthenticatedClient.from_auth_token('AC1', 'x')\n"
        "assert 'anyio' not in sys.modules and 'asyncio' not in sys.modules, sorted(sys.modules)\n"
        "assert 'taskrouter_client.models.workflow_page' not in sys.modules, sorted(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONPATH": GENERATED})


def test_limits_http2_and_verify_reach_httpx_own_transports() -> None:
    client = make_client(verify_ssl=False, httpx_args={"limits": httpx.Limits(max_connections=2), "http2": True})
    for http in (client.get_httpx_client(), client.get_async_httpx_client()):
        pool = transport_of(http)._pool
        assert pool._max_connections == 2
        assert pool._http2 is True
        assert pool._ssl_context.verify_mode == ssl.CERT_NONE
    client.close()


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_mounted_transport_is_retried_through(mode: str) -> None:
    mounted = Recorder(answers(busy(), created()))
    client = make_client(retry=NO_WAIT, httpx_args={"mounts": {"https://taskrouter.twilio.com": mounted}})
    assert isinstance(call(mode, client), Workflow)
    assert len(mounted.requests) == 2


def test_sync_and_async_transports_are_given_separately_and_wrapped() -> None:
    sync_only = httpx.HTTPTransport()
    client = make_client(httpx_args={"transport": sync_only})
    assert transport_of(client.get_httpx_client()) is sync_only
    with pytest.raises(errors.ConfigurationError, match="httpx_async_args"):
        call("asyncio", client)
    recorder = Recorder(answers(busy(), created()))
    both = make_client(retry=NO_WAIT, httpx_args={"transport": sync_only}, httpx_async_args={"transport": recorder})
    assert isinstance(call("asyncio", both), Workflow)
    assert len(recorder.requests) == 2
    client.close()


# --- 2. Lifecycle ------------------------------------------------------------------------------


def test_a_client_used_outside_with_can_be_entered_closed_and_used_again() -> None:
    recorder = Recorder(lambda request: created())
    client = make_client(recorder)
    create_workflow.sync(WORKSPACE_SID, client=client, body=request_body())
    first = client.get_httpx_client()
    with client:
        create_workflow.sync(WORKSPACE_SID, client=client, body=request_body())
    assert first.is_closed
    create_workflow.sync(WORKSPACE_SID, client=client, body=request_body())  # a new pool
    assert client.get_httpx_client() is not first
    client.close()
    client.close()
    assert len(recorder.requests) == 3


def test_one_client_serves_successive_event_loops_and_closes_each_pool(server: Server, backend: str) -> None:
    server.busy_first = 0
    client = make_client(base_url=server.url, async_backend=backend)

    async def create() -> Workflow:
        return await create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body())

    for _ in range(2):
        assert isinstance(asyncio.run(create()), Workflow)
    if backend == "httpx":  # aiohttp runs under asyncio only (tested above)
        assert isinstance(trio.run(create), Workflow)
    assert client._async_clients == {}  # each loop's pool was closed as its loop ended
    assert len(server.lines) == (3 if backend == "httpx" else 2)


@pytest.mark.asyncio
async def test_aclose_closes_the_running_loops_pool_on_a_socket(server: Server, backend: str) -> None:
    server.busy_first = 0
    client = make_client(base_url=server.url, async_backend=backend)
    async with client:
        await create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body())
        http = client.get_async_httpx_client()
        session = transport_of(http).client if backend == "aiohttp" else None
    assert http.is_closed
    assert session is None or session.closed
    await create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body())
    await client.aclose()
    assert len(server.lines) == 2


@pytest.mark.asyncio
async def test_aclose_closes_the_running_loops_pool() -> None:
    client = make_client(Recorder(lambda request: created()))
    async with client:
        await create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body())
        http = client.get_async_httpx_client()
    assert http.is_closed
    await create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body())
    await client.aclose()


def test_threads_starting_at_once_share_one_pool() -> None:
    client = make_client()
    barrier = threading.Barrier(16)
    seen: list[httpx.Client] = []

    def first_use() -> None:
        barrier.wait()
        seen.append(client.get_httpx_client())

    threads = [threading.Thread(target=first_use) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(http) for http in seen}) == 1
    client.close()


# --- 3. with_headers / with_cookies / with_timeout ---------------------------------------------


def test_with_headers_cookies_and_timeout_leave_the_original_unchanged() -> None:
    recorder = Recorder(lambda request: created())
    original = make_client(recorder)
    create_workflow.sync(WORKSPACE_SID, client=original, body=request_body())  # its pool is open
    tenant = original.with_headers({"X-Tenant": "a"}).with_cookies({"c": "1"}).with_timeout(3)
    create_workflow.sync(WORKSPACE_SID, client=tenant, body=request_body())
    create_workflow.sync(WORKSPACE_SID, client=original, body=request_body())
    _, scoped, later = recorder.requests
    assert scoped.headers["X-Tenant"] == "a" and scoped.headers["Cookie"] == "c=1"
    assert "X-Tenant" not in later.headers and "Cookie" not in later.headers
    assert scoped.extensions["timeout"]["read"] <= 3.0 < later.extensions["timeout"]["read"]
    assert tenant.get_httpx_client() is not original.get_httpx_client()
    tenant.close()
    original.close()


# --- 4. Pickling and copying -------------------------------------------------------------------

HEADERS = httpx.Headers({"Twilio-Request-Id": "RQ1", "Retry-After": "3"})
ERRORS: list[errors.TaskRouterError] = [
    *(
        errors.api_error(
            status_code=status, content=b'{"message":"x"}', headers=HEADERS, method="POST", url="https://h/x"
        )
        for status in (400, 401, 403, 404, 418, 429, 500, 503)
    ),
    errors.UnexpectedStatus(418, b"teapot"),
    errors.DecodeError(
        status_code=201,
        content=b"{}",
        headers=HEADERS,
        where="$.sid",
        reason="missing",
        method="POST",
        url="https://h/x",
        sid="WW1",
    ),
    errors.TransportError("boom", method="POST", url="https://h/x"),
    errors.NetworkError("broken", method="GET", url="https://u:p@h/x"),
    errors.RequestTimeoutError("slow", method="POST", url="https://h/x"),
    errors.InvalidRequestError("FriendlyName", "maxLength", "too long"),
    errors.ConfigurationError("no credentials"),
    errors.UnsafeLinkError(url="https://evil/x", base_url="https://h"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda error: type(error).__name__)
def test_every_error_survives_pickle_and_deepcopy(error: errors.TaskRouterError) -> None:
    for twin in (pickle.loads(pickle.dumps(error)), copy.deepcopy(error)):
        assert type(twin) is type(error)
        assert str(twin) == str(error) and twin.args == error.args
        assert {k: (dict(v) if isinstance(v, httpx.Headers) else v) for k, v in vars(twin).items()} == {
            k: (dict(v) if isinstance(v, httpx.Headers) else v) for k, v in vars(error).items()
        }
    if isinstance(error, errors.RateLimitError):
        assert pickle.loads(pickle.dumps(error)).retry_after == 3.0


def fail_in_worker(status: int) -> None:
    raise errors.api_error(
        status_code=status, content=b'{"code": 20001, "message": "bad"}', headers={}, url="https://h/x"
    )


def test_an_api_error_crosses_a_process_pool() -> None:
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=spawn) as pool, pytest.raises(errors.BadRequestError) as caught:
        pool.submit(fail_in_worker, 400).result(timeout=60)
    assert caught.value.status_code == 400
    assert caught.value.url == "https://h/x" and "bad" in str(caught.value)


@pytest.mark.parametrize("validate", [True, False])
def test_a_copied_request_model_sends_exactly_what_the_original_sends(validate: bool) -> None:
    body = CreateWorkflowRequest(friendly_name="Sales", configuration=CONFIGURATION)
    recorder = Recorder(lambda request: created(), judge=validate)
    client = make_client(recorder, validate_requests=validate)
    for twin in (body, copy.deepcopy(body), copy.copy(body), pickle.loads(pickle.dumps(body))):
        assert twin.task_reservation_timeout is UNSET
        create_workflow.sync(WORKSPACE_SID, client=client, body=twin)
    assert len({request.content for request in recorder.requests}) == 1
    client.close()


def test_unset_is_one_readable_value_and_a_workflow_equals_its_copies() -> None:
    assert repr(UNSET) == "UNSET" and Unset() is UNSET and not UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET and copy.deepcopy(UNSET) is UNSET
    workflow = call("sync", make_client(Recorder(lambda request: created())))
    assert copy.deepcopy(workflow) == workflow == pickle.loads(pickle.dumps(workflow))


def test_a_client_pickles_its_settings_not_its_pool_and_hides_its_password(backend: str) -> None:
    client = AuthenticatedClient.from_api_key(
        "SK" + "a" * 32, TEST_PASSWORD, headers={"X-Team": "s"}, timeout=7, async_backend=backend
    )
    client.get_httpx_client()  # an open pool does not travel
    for twin in (pickle.loads(pickle.dumps(client)), copy.deepcopy(client)):
        assert isinstance(twin, AuthenticatedClient)
        assert repr(twin) == repr(client) and TEST_PASSWORD not in repr(twin)
        assert twin._client is None
        assert twin.async_backend == backend
        assert twin.get_httpx_client().headers["X-Team"] == "s"
        twin.close()
    client.close()


# --- 5. Bounded calls --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_calls_timeout_bounds_its_retries_and_waits(mode: str) -> None:
    recorder = Recorder(lambda request: busy("0.3"))
    client = make_client(recorder, retry=RetryPolicy())
    started = time.monotonic()
    with pytest.raises(errors.RateLimitError):
        call(mode, client, timeout=0.5)
    assert time.monotonic() - started < 0.5
    assert len(recorder.requests) == 2  # the second wait would have ended past the deadline


def test_the_default_deadline_bounds_a_429_storm() -> None:
    assert RetryPolicy().deadline == 60.0
    waits: list[float] = []
    recorder = Recorder(lambda request: busy("120"))
    with pytest.raises(errors.RateLimitError):
        call("sync", make_client(recorder, retry=RetryPolicy(sleep=waits.append)))
    assert waits == [] and len(recorder.requests) == 1  # a 60 s wait would end past the 60 s deadline


def test_each_attempts_timeouts_are_cut_to_the_time_left() -> None:
    recorder = Recorder(lambda request: created())
    call("sync", make_client(recorder, retry=RetryPolicy(deadline=2.0)), timeout=httpx.Timeout(30.0))
    assert all(0 < value <= 2.0 for value in recorder.requests[0].extensions["timeout"].values())


def test_a_nonsense_deadline_is_refused() -> None:
    with pytest.raises(errors.ConfigurationError):
        RetryPolicy(deadline=0)


def test_retry_waits_work_under_trio() -> None:
    recorder = Recorder(answers(busy("0.01"), created()))
    client = make_client(recorder, retry=RetryPolicy())

    async def create() -> Workflow:
        async with client:
            return await create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body())

    assert isinstance(trio.run(create), Workflow)
    assert len(recorder.requests) == 2


# --- 6. Odd input and bodies -------------------------------------------------------------------

DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("mode", ["sync", "sync_detailed", "asyncio", "asyncio_detailed"])
def test_a_deeply_nested_body_is_a_decode_or_api_error(mode: str) -> None:
    with pytest.raises(errors.DecodeError):
        call(mode, make_client(Recorder(lambda request: httpx.Response(201, content=DEEP))))
    client = make_client(Recorder(lambda request: httpx.Response(400, content=DEEP)))
    if mode.endswith("_detailed"):
        response = call(mode, client)
        assert response.status_code == 400 and response.parsed is None  # type: ignore[union-attr]
        with pytest.raises(errors.BadRequestError):
            create_workflow.unwrap(response)  # type: ignore[arg-type]
    else:
        with pytest.raises(errors.BadRequestError):
            call(mode, client)


@pytest.mark.parametrize(
    ("workspace_sid", "fields", "field"),
    [
        (WORKSPACE_SID, {"friendly_name": "Sales \ud800"}, "FriendlyName"),
        ("WS" + "a" * 31 + "\udc00", {}, "WorkspaceSid"),
        (WORKSPACE_SID, {"assignment_callback_url": "https://example.com/cb\n"}, "AssignmentCallbackUrl"),
        (WORKSPACE_SID, {"assignment_callback_url": "https://@"}, "AssignmentCallbackUrl"),
        (WORKSPACE_SID, {"assignment_callback_url": "https://:0"}, "AssignmentCallbackUrl"),
    ],
)
def test_unsendable_text_and_broken_urls_are_refused(workspace_sid: str, fields: dict[str, Any], field: str) -> None:
    recorder = Recorder(lambda request: created())
    with pytest.raises(errors.InvalidRequestError) as caught:
        create_workflow.sync(workspace_sid, client=make_client(recorder), body=request_body(**fields))
    assert caught.value.field == field
    assert recorder.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "https://taskrouter.twilio.com\n",
        "https://task router.twilio.com",
        "https:// example.com",
        "https://[::1",
        "http://evil.localhost:4010",
        "https://taskrouter.twilio.com/v1",
        "https://taskrouter.twilio.com/?x=1",
    ],
)
def test_a_malformed_or_unsafe_base_url_is_a_configuration_error(url: str) -> None:
    with pytest.raises(errors.ConfigurationError):
        Client(base_url=url)


def test_a_base_url_with_a_final_slash_works() -> None:
    recorder = Recorder(lambda request: created())
    call("sync", make_client(recorder, base_url="https://taskrouter.twilio.com/"))
    assert recorder.requests[0].url.path == PATH
    assert TEST_PASSWORD not in repr(make_client())


# --- Forks, races, nonsense timeouts (found by a downstream trial) ------------------------------


def _report_child_state(client: AuthenticatedClient, conn: Any) -> None:
    conn.send((client._client is None, client._async_clients == {}, client._lock.acquire(blocking=False)))


def test_a_forked_child_starts_with_no_pool_and_a_free_lock() -> None:
    """A Celery prefork or gunicorn --preload worker must not share the parent's connections, nor
    inherit a lock some thread held at fork time."""
    client = make_client(Recorder(lambda request: created()))
    pool = client.get_httpx_client()
    context = multiprocessing.get_context("fork")
    parent_end, child_end = context.Pipe()
    with client._lock:  # held by this thread when the child is forked
        child = context.Process(target=_report_child_state, args=(client, child_end))
        child.start()
    child.join(30)
    assert child.exitcode == 0
    assert parent_end.recv() == (True, True, True)
    assert client.get_httpx_client() is pool  # the parent keeps its own
    client.close()


def test_a_close_that_wins_the_race_with_a_first_call_does_not_escape(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(lambda request: created())
    client = make_client(recorder)
    handed_out = type(client).get_httpx_client
    raced: list[httpx.Client] = []

    def close_right_after(self: AuthenticatedClient) -> httpx.Client:
        http = handed_out(self)
        if not raced:
            raced.append(http)
            self.close()  # another thread's close() lands between getting the pool and sending
        return http

    monkeypatch.setattr(type(client), "get_httpx_client", close_right_after)
    workflow = create_workflow.sync(WORKSPACE_SID, client=client, body=request_body())
    assert isinstance(workflow, Workflow) and raced[0].is_closed
    assert len(recorder.requests) == 1
    client.close()


@pytest.mark.parametrize("timeout", [0, -1, True, float("nan"), float("inf"), "5"])
def test_a_nonsense_timeout_is_refused_before_sending(timeout: Any) -> None:
    recorder = Recorder(lambda request: created())
    client = make_client(recorder)
    with pytest.raises(errors.InvalidRequestError) as caught:
        create_workflow.sync(WORKSPACE_SID, client=client, body=request_body(), timeout=timeout)
    assert caught.value.field == "timeout"
    assert recorder.requests == []
    with pytest.raises(errors.ConfigurationError):
        client.with_timeout(timeout)
    with pytest.raises(errors.ConfigurationError):
        make_client(recorder, timeout=timeout)
    client.close()
