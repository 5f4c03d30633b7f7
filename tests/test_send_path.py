"""The short way a call takes through the client's own pools (``_Pool.call``): straight to the
transport httpx would pick, skipping what httpx's send would do for nothing. It must send, byte for
byte, what httpx's own send path sends, and give the call back to that path whenever the client
needs something only it does (hooks, redirects, cookies, other auth, client-wide parameters)."""

from __future__ import annotations

import asyncio
import datetime
import gzip
import json
import logging
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_deploy import Server, transport_of

import support
from scenarios import WORKFLOW_FULL, WORKSPACE_SID
from support import LoopbackServer, QuietHandler, Recorder, assert_form_encoded_as_httpx, make_client, request_body
from taskrouter_client import client as client_module
from taskrouter_client import errors
from taskrouter_client.api.workflows import (
    create_workflow,
    delete_workflow,
    fetch_workflow,
    list_workflow,
    update_workflow,
)
from taskrouter_client.models import UpdateWorkflowRequest

WORKFLOW_SID = WORKFLOW_FULL["sid"]
PAGE = {
    "workflows": [WORKFLOW_FULL],
    "meta": {
        "page": 0,
        "page_size": 50,
        "first_page_url": "https://taskrouter.twilio.com/v1/Workspaces/WS/Workflows?PageSize=50&Page=0",
        "previous_page_url": None,
        "url": "https://taskrouter.twilio.com/v1/Workspaces/WS/Workflows?PageSize=50&Page=0",
        "next_page_url": None,
        "key": "workflows",
    },
}


def answer(request: httpx.Request) -> httpx.Response:
    if request.method == "DELETE":
        return httpx.Response(204)
    if request.method == "GET" and request.url.path.endswith("/Workflows"):
        return httpx.Response(200, json=PAGE)
    return httpx.Response(
        201 if request.method == "POST" and request.url.path.endswith("Workflows") else 200, json=WORKFLOW_FULL
    )


# Each: the call, made the sync way (`function.sync_detailed`) or the async way (`asyncio_detailed`).
CALLS: dict[str, tuple[Any, dict[str, Any]]] = {
    "create": (create_workflow, {"workspace_sid": WORKSPACE_SID, "body": request_body()}),
    "create_with_headers_and_timeout": (
        create_workflow,
        {"workspace_sid": WORKSPACE_SID, "body": request_body(), "headers": {"X-Trace": "t1"}, "timeout": 7.5},
    ),
    "list_with_query": (
        list_workflow,
        {"workspace_sid": WORKSPACE_SID, "friendly_name": "Sales & Support", "page_size": 20},
    ),
    "fetch": (fetch_workflow, {"workspace_sid": WORKSPACE_SID, "sid": WORKFLOW_SID}),
    "update": (
        update_workflow,
        {
            "workspace_sid": WORKSPACE_SID,
            "sid": WORKFLOW_SID,
            "body": UpdateWorkflowRequest(friendly_name="ünïcode + more"),
        },
    ),
    "delete": (delete_workflow, {"workspace_sid": WORKSPACE_SID, "sid": WORKFLOW_SID}),
}


def _wire(request: httpx.Request) -> tuple[Any, ...]:
    """All of a request that reaches the transport: method, URL, headers in order, body, and its
    timeouts (to the second: a call's deadline cuts them to the time left)."""
    timeouts = {name: None if value is None else round(value) for name, value in request.extensions["timeout"].items()}
    return (request.method, str(request.url), request.headers.raw, request.read(), timeouts)


async def _ahook(request: httpx.Request) -> None:
    return None


def _send(mode: str, name: str, client: Any) -> Any:
    module, kwargs = CALLS[name]
    if mode == "sync":
        with client:
            return module.sync_detailed(client=client, **kwargs)

    async def run() -> Any:
        async with client:
            return await module.asyncio_detailed(client=client, **kwargs)

    return asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(CALLS))
def test_the_short_way_sends_exactly_what_httpx_sends(mode: str, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    httpx_way = Recorder(answer)
    if mode == "sync":
        reference_client = make_client(httpx_way, httpx_args={"event_hooks": {"request": [lambda request: None]}})
    else:
        reference_client = make_client(httpx_async_args={"event_hooks": {"request": [_ahook]}, "transport": httpx_way})
    reference = _send(mode, name, reference_client)

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the short way fell back to httpx's send")

    short_way = Recorder(answer)
    pool = client_module._AsyncPool if mode == "async" else client_module._Pool
    monkeypatch.setattr(pool, "_send_handling_redirects", refuse)
    result = _send(mode, name, make_client(short_way))

    assert len(httpx_way.requests) == len(short_way.requests) == 1
    assert _wire(short_way.requests[0]) == _wire(httpx_way.requests[0])
    assert (result.status_code, result.content, result.parsed) == (
        reference.status_code,
        reference.content,
        reference.parsed,
    )


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_answer_from_the_short_way_is_a_whole_httpx_response(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    seen: list[httpx.Response] = []
    client = make_client(Recorder(answer))

    async def arun() -> None:
        async with client:
            seen.append(
                await client.arequest(method="get", url=f"/v1/Workspaces/{WORKSPACE_SID}/Workflows/{WORKFLOW_SID}")
            )

    with caplog.at_level(logging.INFO, logger="httpx"):
        if mode == "sync":
            with client:
                seen.append(
                    client.request(method="get", url=f"/v1/Workspaces/{WORKSPACE_SID}/Workflows/{WORKFLOW_SID}")
                )
        else:
            asyncio.run(arun())
    response = seen[0]
    assert isinstance(response.elapsed, datetime.timedelta) and response.elapsed >= datetime.timedelta(0)
    assert response.request.url == f"http://127.0.0.1/v1/Workspaces/{WORKSPACE_SID}/Workflows/{WORKFLOW_SID}".replace(
        "http://127.0.0.1", client.base_url
    )
    assert response.is_closed and response.json() == WORKFLOW_FULL
    assert response.encoding == "utf-8"
    assert [r.getMessage() for r in caplog.records] == [f'HTTP Request: GET {response.request.url} "HTTP/1.1 200 OK"']


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_transport_failure_on_the_short_way_carries_its_request(mode: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    client = make_client(Recorder(refuse))
    with pytest.raises(errors.NetworkError) as caught:
        _send(mode, "fetch", client)
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert cause.request.url.path == f"/v1/Workspaces/{WORKSPACE_SID}/Workflows/{WORKFLOW_SID}"


def test_the_short_way_remembers_a_bounded_number_of_urls() -> None:
    client = make_client(Recorder(answer))
    with client:
        for number in range(client_module._URL_MEMO_SIZE + 10):
            client.request(method="get", url=f"/v1/Workspaces/WS{number:032x}/Workflows/{WORKFLOW_SID}")
        pool = client.get_httpx_client()
        assert isinstance(pool, client_module._Pool)
        assert 0 < len(pool._urls) <= client_module._URL_MEMO_SIZE
        # a remembered URL is the one httpx joins, with its netloc (the Host header)
        for path, (url, netloc, credentials) in pool._urls.items():
            assert url == pool._merge_url(path)
            assert netloc == url.netloc
            assert credentials is False


# --- What only httpx's send does: the call goes that way, and it happens ----------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_event_hooks_run(mode: str) -> None:
    seen: list[str] = []

    def sync_hook(request: httpx.Request) -> None:
        seen.append(request.method)

    async def async_hook(request: httpx.Request) -> None:
        seen.append(request.method)

    recorder = Recorder(answer)
    if mode == "sync":
        client = make_client(recorder, httpx_args={"event_hooks": {"request": [sync_hook]}})
    else:
        client = make_client(httpx_async_args={"event_hooks": {"request": [async_hook]}, "transport": recorder})
    _send(mode, "create", client)
    assert seen == ["POST"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_cookies_are_sent(mode: str) -> None:
    recorder = Recorder(answer)
    client = make_client(recorder, cookies={"affinity": "a1"}, httpx_async_args={"transport": recorder})
    _send(mode, "fetch", client)
    assert recorder.requests[0].headers["Cookie"] == "affinity=a1"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_redirects_are_followed_when_asked(mode: str) -> None:
    def moved(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/old"):
            return httpx.Response(307, headers={"Location": request.url.path.removesuffix("/old")})
        return answer(request)

    recorder = Recorder(moved, judge=False)
    client = make_client(recorder, follow_redirects=True, httpx_async_args={"transport": recorder})
    path = f"/v1/Workspaces/{WORKSPACE_SID}/Workflows/{WORKFLOW_SID}"

    async def arun() -> httpx.Response:
        async with client:
            return await client.arequest(method="get", url=path + "/old")

    if mode == "sync":
        with client:
            response = client.request(method="get", url=path + "/old")
    else:
        response = asyncio.run(arun())
    assert response.status_code == 200 and [r.url.path for r in recorder.requests] == [path + "/old", path]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_auth_flow_of_your_own_runs(mode: str) -> None:
    class Signed(httpx.Auth):
        def auth_flow(self, request: httpx.Request) -> Any:
            request.headers["X-Signature"] = "signed:" + request.method
            yield request

    recorder = Recorder(answer, judge=False)  # the spec asks for Basic
    client = make_client(recorder, httpx_args={"auth": Signed()}, httpx_async_args={"transport": recorder})
    _send(mode, "fetch", client)
    assert recorder.requests[0].headers["X-Signature"] == "signed:GET"
    assert "Authorization" not in recorder.requests[0].headers


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_client_wide_query_parameters_are_sent(mode: str) -> None:
    recorder = Recorder(answer, judge=False)
    client = make_client(recorder, httpx_args={"params": {"Region": "x"}}, httpx_async_args={"transport": recorder})
    _send(mode, "fetch", client)
    assert recorder.requests[0].url.params["Region"] == "x"


def test_a_cookie_the_api_sets_is_kept_and_sent_back_as_httpx_does() -> None:
    """A Set-Cookie (a load balancer's sticky cookie) goes in the jar; the next call then takes
    httpx's own path, which sends it back."""

    def with_cookie(request: httpx.Request) -> httpx.Response:
        response = answer(request)
        response.headers["Set-Cookie"] = "tracking=1; Path=/"
        return response

    recorder = Recorder(with_cookie)
    client = make_client(recorder)
    with client:
        for _ in range(2):
            fetch_workflow.sync_detailed(WORKSPACE_SID, WORKFLOW_SID, client=client)
    assert [r.headers.get("Cookie") for r in recorder.requests] == [None, "tracking=1"]


# --- The form encoder: httpx's bytes, faster -----------------------------------------------------

FORM_VALUES = st.one_of(
    st.text(),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
    st.lists(st.one_of(st.text(max_size=20), st.integers(), st.booleans()), max_size=3),
)


@given(st.dictionaries(st.text(max_size=20), FORM_VALUES, max_size=6))
def test_the_form_encoder_writes_what_httpx_writes(form: dict[str, Any]) -> None:
    assert_form_encoded_as_httpx(form)


@pytest.mark.parametrize("value", [b"bytes", object(), {"nested": "dict"}, 1j])
def test_a_form_value_of_another_kind_is_left_to_httpx(value: object) -> None:
    assert client_module._form_body({"Field": value}) is None


# --- aiohttp: one read when the caller wants the whole answer, a stream otherwise -----------------


@pytest.mark.asyncio
@pytest.mark.parametrize("whole", [True, False])
async def test_the_aiohttp_transport_reads_the_whole_answer_only_when_asked(whole: bool) -> None:
    server = Server(busy_first=0)
    try:
        client = make_client(async_backend="aiohttp", base_url=server.url)
        async with client:
            transport = transport_of(client.get_async_httpx_client())
            extensions = {client_module.WHOLE_BODY_EXTENSION: True} if whole else {}
            request = httpx.Request("POST", server.url + "/x", content=b"a=b", extensions=extensions)
            response = await transport.handle_async_request(request)
            assert isinstance(response.stream, httpx.ByteStream) is whole
            assert json.loads(await response.aread()) == WORKFLOW_FULL
            await response.aclose()
    finally:
        server.stop()


class _FramingServer(LoopbackServer):
    """Answers ``GET /gzip``, ``/chunked`` and ``/plain`` with the Workflow: gzip-encoded, in
    chunks without a length, or as it is."""

    def __init__(self) -> None:
        class Handler(QuietHandler):
            def do_GET(self) -> None:
                body = json.dumps(WORKFLOW_FULL).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                if self.path == "/gzip":
                    body = gzip.compress(body)
                    self.send_header("Content-Encoding", "gzip")
                if self.path == "/chunked":
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    half = len(body) // 2
                    for part in (body[:half], body[half:], b""):
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
                    return
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        super().__init__(Handler)


def undated(response: httpx.Response) -> list[tuple[bytes, bytes]]:
    return [(name, value) for name, value in response.headers.raw if name.lower() != b"date"]


@pytest.mark.parametrize("framing", ["gzip", "chunked", "plain"])
def test_an_answer_read_whole_by_aiohttp_is_what_httpx_reads(framing: str) -> None:
    """The aiohttp transport hands over a body it read in one go as a response already read
    (no chunk loop) only when there is nothing to decode: a gzip body is still decoded by httpx,
    a chunked one gets no invented Content-Length, and both backends give the same response."""
    pytest.importorskip("aiohttp")
    server = _FramingServer()
    try:
        with make_client(base_url=server.url) as client:
            expected = client.request(method="get", url=f"/{framing}")

        async def fetch(backend: str) -> httpx.Response:
            async with make_client(base_url=server.url, async_backend=backend) as client:
                return await client.arequest(method="get", url=f"/{framing}")

        for backend in ("httpx", "aiohttp"):
            response = asyncio.run(fetch(backend))
            assert response.json() == WORKFLOW_FULL
            assert response.content == expected.content
            assert undated(response) == undated(expected)
            assert ("content-length" in response.headers) is (framing != "chunked")
            assert response.num_bytes_downloaded == expected.num_bytes_downloaded
            assert response.is_closed and response.is_stream_consumed
    finally:
        server.stop()


class _CutShortServer(LoopbackServer):
    """Answers the first request with half its body (then closes the connection), the next ones
    whole; ``seen`` counts the requests."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        outer = self

        class Handler(QuietHandler):
            def answer(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                outer.seen.append(self.command)
                body = json.dumps(WORKFLOW_FULL).encode()
                self.send_response(201 if self.command == "POST" else 200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if len(outer.seen) == 1:
                    self.wfile.write(body[: len(body) // 2])
                    self.close_connection = True
                else:
                    self.wfile.write(body)

            do_GET = do_POST = answer

        super().__init__(Handler)


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_body_that_breaks_off_is_a_failed_attempt(mode: str, backend: str) -> None:
    """The answer is read whole under the retrying transport on every backend: a GET whose body
    breaks off is sent again (an idempotent call), a create is not (NetworkError, sent once)."""
    server = _CutShortServer()
    try:
        client = make_client(
            base_url=server.url, async_backend=backend, retry=client_module.RetryPolicy(backoff_base=0)
        )
        if mode == "sync":
            with client:
                assert fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client).sid == WORKFLOW_SID
        else:

            async def fetch() -> Any:
                async with client:
                    return await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client)

            assert asyncio.run(fetch()).sid == WORKFLOW_SID
        assert server.seen == ["GET", "GET"]
    finally:
        server.stop()
    server = _CutShortServer()
    try:
        with pytest.raises(errors.NetworkError):
            call_mode = "sync" if mode == "sync" else "asyncio"
            support.call(call_mode, make_client(base_url=server.url, async_backend=backend))
        assert server.seen == ["POST"]
    finally:
        server.stop()


RAW_CALLS: dict[str, dict[str, Any]] = {
    "post_without_a_body": {"method": "post", "url": "/v1/Workspaces/WS/Workflows"},
    "put_with_an_empty_form": {"method": "put", "url": "/v1/x", "data": {}},
    "post_bytes": {"method": "post", "url": "/v1/x", "content": b"\x00raw"},
    "post_text": {"method": "post", "url": "/v1/x", "content": "ünï"},
    "post_empty_bytes": {"method": "post", "url": "/v1/x", "content": b""},
    "post_json": {"method": "post", "url": "/v1/x", "json": {"a": [1, "ü"]}},
    "form_with_lists_and_odd_values": {
        "method": "post",
        "url": "/v1/x",
        "data": {"A b": ["1 2", True, None], "ü": 1.5, "e": "", "f": False},
    },
    "get_with_list_params": {"method": "get", "url": "/v1/x?keep=1", "params": {"Page": [1, 2], "Name": "a b&c"}},
    "headers_override_content_type_accept_host": {
        "method": "post",
        "url": "/v1/x",
        "data": {"a": "b"},
        "headers": {"content-type": "text/plain", "ACCEPT": "*/*", "Host": "elsewhere.example"},
    },
    "headers_give_authorization_and_length": {
        "method": "post",
        "url": "/v1/x",
        "content": b"abc",
        "headers": {"authorization": "Bearer x", "Content-Length": "3", "X-A": "1"},
    },
    "delete_with_a_header": {"method": "delete", "url": "/v1/x/y", "headers": {"X-Trace": "t"}},
    "absolute_url": {"method": "get", "url": "https://taskrouter.twilio.com/v1/x?a=1"},
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(RAW_CALLS))
def test_any_request_the_short_way_builds_is_httpxs(mode: str, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def sent(recorder: Recorder, **kwargs: Any) -> httpx.Request:
        client = make_client(**kwargs)

        async def arun() -> None:
            async with client:
                await client.arequest(**RAW_CALLS[name])

        if mode == "sync":
            with client:
                client.request(**RAW_CALLS[name])
        else:
            asyncio.run(arun())
        (request,) = recorder.requests
        return request

    httpx_way, short_way = Recorder(answer, judge=False), Recorder(answer, judge=False)
    hooks = {"request": [_ahook if mode == "async" else (lambda request: None)]}
    key = "httpx_async_args" if mode == "async" else "httpx_args"
    reference = sent(httpx_way, **{key: {"event_hooks": hooks, "transport": httpx_way}})

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the short way fell back to httpx's send")

    pool = client_module._AsyncPool if mode == "async" else client_module._Pool
    if name != "post_json":  # JSON bodies are built by httpx.Request itself, on the short way too
        monkeypatch.setattr(pool, "_send_handling_redirects", refuse)
    assert _wire(sent(short_way, **{key: {"transport": short_way}})) == _wire(reference)


# --- Input and failures that must come out as the package's errors ------------------------------


@pytest.mark.parametrize(
    "headers",
    [{"X-Note": "naïve"}, {"X-Note": "a\r\nX-Injected: 1"}, {"Bad Name": "x"}, {"X-Number": 5}, {"X-Nul": "a\x00"}],
)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_header_that_cannot_be_sent_is_refused_before_sending(mode: str, headers: dict[str, Any]) -> None:
    recorder = Recorder(answer)
    client = make_client(recorder)
    module, kwargs = CALLS["fetch"]

    async def arun() -> None:
        async with client:
            await module.asyncio_detailed(client=client, headers=headers, **kwargs)

    with pytest.raises(errors.InvalidRequestError) as caught:
        if mode == "sync":
            with client:
                module.sync_detailed(client=client, headers=headers, **kwargs)
        else:
            asyncio.run(arun())
    assert caught.value.field == "headers" and recorder.requests == []


def test_a_client_header_that_cannot_be_sent_is_refused_when_the_client_is_built() -> None:
    with pytest.raises(errors.ConfigurationError, match="printable ASCII"):
        make_client(headers={"X-Team": "Zoë"})
    with pytest.raises(errors.ConfigurationError, match="printable ASCII"):
        make_client().with_headers({"X-Team": "a\nb"})


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_redirect_loop_is_a_network_error(mode: str) -> None:
    def loop(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": request.url.path})

    recorder = Recorder(loop, judge=False)
    client = make_client(recorder, follow_redirects=True, httpx_async_args={"transport": recorder})
    with pytest.raises(errors.NetworkError, match="TooManyRedirects"):
        _send(mode, "fetch", client)
