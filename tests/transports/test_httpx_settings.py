"""What httpx's features and a client's httpx settings do on the wire, on the sync client and on
both async backends: proxies (from the environment, given, with credentials), ``limits``,
``verify``, HTTP/2, mounts, transports of your own, event hooks, cookies, redirects, auth flows,
client-wide query parameters, headers (the client's and a call's), an httpx client of your own,
instrumentation wrapping httpx's send, and which backend a client may use at all. Faults and
servers are real loopback sockets (TLS, a tunnelling proxy, an HTTP/2 server) or httpx transports."""

from __future__ import annotations

import asyncio
import functools
import json
import os
import re
import select
import socket
import ssl
import string
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import h2.config
import h2.connection
import h2.events
import h2.exceptions
import httpx
import pytest
import trio
import wrapt
from hypothesis import given
from hypothesis import strategies as st

from scenarios import WORKFLOW_FULL, WORKSPACE_SID
from support import LoopbackServer, QuietHandler, Recorder, asend, call, make_client, request_body, send
from support import tls_loopback_server as tls_server
from taskrouter_client import Client, errors
from taskrouter_client._provenance import PACKAGE_VERSION
from taskrouter_client.api.workflows import create_workflow, fetch_workflow
from taskrouter_client.client import USER_AGENT, RetryPolicy
from taskrouter_client.models import Workflow

PATH = f"/v1/Workspaces/{WORKSPACE_SID}/Workflows"
WORKFLOW_SID: str = WORKFLOW_FULL["sid"]
BODY = json.dumps(WORKFLOW_FULL).encode()
GENERATED = str(Path(__file__).resolve().parents[2] / "generated")
NO_WAIT = RetryPolicy(sleep=lambda seconds: None)


def created() -> httpx.Response:
    return httpx.Response(201, json=WORKFLOW_FULL)


def busy(retry_after: str = "0") -> httpx.Response:
    return httpx.Response(429, headers={"Retry-After": retry_after})


def answers(*responses: httpx.Response) -> Callable[[httpx.Request], httpx.Response]:
    """A handler giving ``responses`` in order, then the last one again and again."""
    pending = list(responses)
    return lambda request: pending.pop(0) if len(pending) > 1 else pending[0]


def answer(request: httpx.Request) -> httpx.Response:
    """TaskRouter's answer to a create (201), a fetch or an update (200) of a Workflow."""
    status = 201 if request.method == "POST" and request.url.path.endswith("/Workflows") else 200
    return httpx.Response(status, json=WORKFLOW_FULL)


def detailed(mode: str, client: Any, function: Any, *args: Any, **kwargs: Any) -> Any:
    """``function.sync_detailed`` (``mode`` "sync") or ``asyncio_detailed`` on a new event loop,
    with the client closed after."""
    if mode == "sync":
        with client:
            return function.sync_detailed(*args, client=client, **kwargs)

    async def run() -> Any:
        async with client:
            return await function.asyncio_detailed(*args, client=client, **kwargs)

    return asyncio.run(run())


def fetch(mode: str, client: Any) -> Any:
    return detailed(mode, client, fetch_workflow, WORKSPACE_SID, WORKFLOW_SID)


def raw(mode: str, client: Client, method: str, url: str, **request: Any) -> httpx.Response:
    """One call of ``method`` on ``url`` through the client's own send path, the client closed after."""
    if mode == "sync":
        with client:
            return send(client, method, url, **request)

    async def run() -> httpx.Response:
        async with client:
            return await asend(client, method, url, **request)

    return asyncio.run(run())


# --- Servers on loopback -------------------------------------------------------------------------


class Origin:
    """A TaskRouter stand-in on loopback (plain, or TLS with a self-signed certificate), which also
    serves as a forwarding proxy: it answers a request whatever host its absolute URI names. Each
    POST's request line and ``Proxy-Authorization`` are kept; the first ``busy_first`` are answered
    429 (``Retry-After: 0``), the others 201 with the Workflow, each after ``hold`` seconds.
    ``connections`` counts the connections made, ``peak`` the most open at once."""

    def __init__(self, busy_first: int = 1, hold: float = 0.0, tls_folder: Path | None = None) -> None:
        self.lines: list[str] = []
        self.proxy_credentials: list[str | None] = []
        self.busy_first = busy_first
        self.hold = hold
        self.connections = 0
        self.peak = 0
        self.barrier: threading.Barrier | None = None
        self._open = 0
        self._lock = threading.Lock()
        handler = self._handler()
        self.trusted: ssl.SSLContext | None = None
        if tls_folder is None:
            self.server = LoopbackServer(handler)
        else:
            self.server, self.trusted = tls_server(handler, tls_folder)
        self.server.httpd.socket.listen(256)  # (socketserver's 5: many connects at once lose SYNs)
        self.url = self.server.url

    def _handler(self) -> type[QuietHandler]:
        origin = self

        class Handler(QuietHandler):
            def setup(self) -> None:
                super().setup()
                with origin._lock:
                    origin.connections += 1
                    origin._open += 1
                    origin.peak = max(origin.peak, origin._open)

            def finish(self) -> None:
                with origin._lock:
                    origin._open -= 1
                super().finish()

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with origin._lock:
                    origin.lines.append(self.requestline)
                    origin.proxy_credentials.append(self.headers.get("Proxy-Authorization"))
                    refused = len(origin.lines) <= origin.busy_first
                if origin.barrier is not None:
                    origin.barrier.wait()
                time.sleep(origin.hold)
                status, body, extra = (429, b"", {"Retry-After": "0"}) if refused else (201, BODY, {})
                self.send_response(status)
                for name, value in {"Content-Type": "application/json", **extra}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler

    def stop(self) -> None:
        self.server.stop()


class Tunnel:
    """An HTTP proxy on loopback that tunnels ``CONNECT`` (what https:// goes through); ``seen``
    keeps each first line."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.seen: list[str] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            head = b""
            while b"\r\n\r\n" not in head:
                data = conn.recv(65536)
                if not data:
                    return
                head += data
            first = head.split(b"\r\n", 1)[0].decode()
            self.seen.append(first)
            method, target, _ = first.split(" ")
            if method != "CONNECT":
                conn.sendall(b"HTTP/1.1 405 Tunnels only\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                return
            host, port = target.rsplit(":", 1)
            conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            with socket.create_connection((host, int(port))) as upstream:
                rest = head.split(b"\r\n\r\n", 1)[1]
                if rest:
                    upstream.sendall(rest)
                peers = {conn: upstream, upstream: conn}
                while True:
                    readable, _, _ = select.select(list(peers), [], [], 10)
                    if not readable:
                        return
                    for sock in readable:
                        try:
                            data = sock.recv(65536)
                        except OSError:
                            return
                        if not data:
                            return
                        peers[sock].sendall(data)

    def stop(self) -> None:
        self.listener.close()


class H2Origin:
    """A TLS server on loopback (a self-signed certificate) that speaks HTTP/2 to a client offering
    it (ALPN) and HTTP/1.1 to any other, answering each request 201 with the Workflow. ``protocols``
    keeps the protocol each connection spoke."""

    def __init__(self, folder: Path) -> None:
        cert, key = folder / "cert.pem", folder / "key.pem"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
             "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
            check=True,
            capture_output=True,
        )  # fmt: skip
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(cert, key)
        self.context.set_alpn_protocols(["h2", "http/1.1"])
        self.cafile = str(cert)
        self.trusted = ssl.create_default_context(cafile=self.cafile)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"https://127.0.0.1:{self.listener.getsockname()[1]}"
        self.protocols: list[str] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, plain: socket.socket) -> None:
        try:
            with self.context.wrap_socket(plain, server_side=True) as conn:
                http2 = conn.selected_alpn_protocol() == "h2"
                self.protocols.append("HTTP/2" if http2 else "HTTP/1.1")
                if http2:
                    self._http2(conn)
                else:
                    self._http1(conn)
        except (OSError, h2.exceptions.ProtocolError):
            return  # (a client speaking HTTP/1.1 after choosing h2 is told so by the connection's end)

    @staticmethod
    def _http2(conn: ssl.SSLSocket) -> None:
        h2c = h2.connection.H2Connection(config=h2.config.H2Configuration(client_side=False))
        h2c.initiate_connection()
        conn.sendall(h2c.data_to_send())
        while data := conn.recv(65536):
            for event in h2c.receive_data(data):
                if isinstance(event, h2.events.DataReceived) and event.stream_id is not None:
                    h2c.acknowledge_received_data(event.flow_controlled_length or 0, event.stream_id)
                elif isinstance(event, h2.events.StreamEnded) and event.stream_id is not None:
                    head = {":status": "201", "content-type": "application/json", "content-length": str(len(BODY))}
                    h2c.send_headers(event.stream_id, list(head.items()))
                    h2c.send_data(event.stream_id, BODY, end_stream=True)
            conn.sendall(h2c.data_to_send())

    @staticmethod
    def _http1(conn: ssl.SSLSocket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            data = conn.recv(65536)
            if not data:
                return
            head += data
        head, _, body = head.partition(b"\r\n\r\n")
        length = re.search(rb"(?i)\r\ncontent-length: *(\d+)", head)
        while length and len(body) < int(length.group(1)):
            body += conn.recv(65536)
        conn.sendall(
            b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: close\r\n"
            + b"Content-Length: %d\r\n\r\n" % len(BODY)
            + BODY
        )

    def stop(self) -> None:
        self.listener.close()


@pytest.fixture
def server() -> Iterator[Origin]:
    running = Origin()
    yield running
    running.stop()


@pytest.fixture
def tls(tmp_path: Path) -> Iterator[Origin]:
    running = Origin(busy_first=0, tls_folder=tmp_path)
    yield running
    running.stop()


@pytest.fixture
def tunnel() -> Iterator[Tunnel]:
    running = Tunnel()
    yield running
    running.stop()


@pytest.fixture
def h2_origin(tmp_path: Path) -> Iterator[H2Origin]:
    running = H2Origin(tmp_path)
    yield running
    running.stop()


# --- Proxies -------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_proxies_from_the_environment_are_used_and_retried_through(
    mode: str, backend: str, server: Origin, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", server.url)
    client = make_client(base_url="http://localhost:9", retry=NO_WAIT, async_backend=backend)  # nothing listens on 9
    assert isinstance(call(mode, client), Workflow)
    assert server.lines == [f"POST http://localhost:9{PATH} HTTP/1.1"] * 2


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_an_explicit_proxy_is_retried_through(mode: str, backend: str, server: Origin) -> None:
    client = make_client(
        base_url="http://localhost:9", retry=NO_WAIT, httpx_args={"proxy": server.url}, async_backend=backend
    )
    assert isinstance(call(mode, client), Workflow)
    assert server.lines == [f"POST http://localhost:9{PATH} HTTP/1.1"] * 2


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_an_explicit_proxy_keeps_verify_ssl(mode: str, backend: str, tls: Origin, tunnel: Tunnel) -> None:
    """https:// through a tunnelling proxy to a server with a self-signed certificate: refused
    (never sent) by default, answered with ``verify_ssl=False``: the setting reaches the proxy's
    transport too."""
    proxy = {"proxy": tunnel.url}
    insecure = make_client(base_url=tls.url, verify_ssl=False, httpx_args=proxy, async_backend=backend)
    assert isinstance(call(mode, insecure), Workflow)
    with pytest.raises(errors.NetworkError) as caught:
        call(mode, make_client(base_url=tls.url, httpx_args=proxy, async_backend=backend))
    assert caught.value.sent is False
    port = tls.url.rsplit(":", 1)[1]
    assert tunnel.seen == [f"CONNECT 127.0.0.1:{port} HTTP/1.1"] * 2
    assert tls.lines == [f"POST {PATH} HTTP/1.1"]


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_proxy_with_credentials_gets_them_on_both_backends(mode: str, backend: str, server: Origin) -> None:
    proxy = server.url.replace("http://", "http://user:pa55@")
    client = make_client(
        base_url="http://localhost:9", retry=NO_WAIT, httpx_args={"proxy": proxy}, async_backend=backend
    )
    assert isinstance(call(mode, client), Workflow)
    assert server.proxy_credentials == ["Basic dXNlcjpwYTU1"] * 2


# --- Limits, verify, HTTP/2: the transports' own settings ---------------------------------------


def _creates_at_once(mode: str, client: Any, count: int) -> list[Any]:
    """``count`` creates at once (threads, or tasks on one event loop), each one's outcome."""
    if mode == "sync":
        outcomes: list[Any] = [None] * count

        def one(index: int) -> None:
            try:
                outcomes[index] = create_workflow.sync(WORKSPACE_SID, client=client, body=request_body())
            except Exception as exc:
                outcomes[index] = exc

        with client:
            threads = [threading.Thread(target=one, args=(i,)) for i in range(count)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(30)
        return outcomes

    async def run() -> list[Any]:
        async with client:
            creates = (create_workflow.asyncio(WORKSPACE_SID, client=client, body=request_body()) for _ in range(count))
            return list(await asyncio.gather(*creates, return_exceptions=True))

    return asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_limits_bound_the_connections_on_every_backend(mode: str, backend: str) -> None:
    """``limits=httpx.Limits(max_connections=2)``: four creates at once, each answered after
    0.3 s, never have more than two connections open."""
    server = Origin(busy_first=0, hold=0.3)
    try:
        client = make_client(
            base_url=server.url, async_backend=backend, httpx_args={"limits": httpx.Limits(max_connections=2)}
        )
        outcomes = _creates_at_once(mode, client, 4)
    finally:
        server.stop()
    assert all(isinstance(outcome, Workflow) for outcome in outcomes), outcomes
    assert server.peak == 2 and len(server.lines) == 4


def test_unbounded_limits_reach_the_aiohttp_transport() -> None:
    """``max_connections=None``: 101 creates at once each hold a connection until all 101 are
    open (aiohttp's own default stops at 100); ``max_keepalive_connections=0``: no connection is
    kept for the next call."""
    server = Origin(busy_first=0)
    server.barrier = threading.Barrier(101, timeout=10)
    try:
        client = make_client(
            base_url=server.url,
            async_backend="aiohttp",
            httpx_args={"limits": httpx.Limits(max_connections=None, max_keepalive_connections=0)},
        )
        outcomes = _creates_at_once("asyncio", client, 101)
        server.barrier = None
        outcomes += [call("asyncio", client) for _ in range(2)]
    finally:
        server.stop()
    assert all(isinstance(outcome, Workflow) for outcome in outcomes), outcomes
    assert server.peak == 101 and server.connections == 103


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_verify_ssl_reaches_every_transport(mode: str, backend: str, tls: Origin) -> None:
    """A server with a self-signed certificate: refused by default (the request never left),
    answered with ``verify_ssl=False`` or with a context trusting the certificate."""
    with pytest.raises(errors.NetworkError) as caught:
        call(mode, make_client(base_url=tls.url, async_backend=backend))
    assert caught.value.sent is False and "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
    for verify in (False, tls.trusted):
        assert isinstance(call(mode, make_client(base_url=tls.url, verify_ssl=verify, async_backend=backend)), Workflow)
    assert len(tls.lines) == 2


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_http2_reaches_httpx_own_transports(mode: str, h2_origin: H2Origin) -> None:
    client = make_client(base_url=h2_origin.url, verify_ssl=h2_origin.trusted, httpx_args={"http2": True})
    response = call(f"{mode}_detailed", client)
    assert isinstance(response.parsed, Workflow)  # type: ignore[union-attr]
    assert h2_origin.protocols == ["HTTP/2"]


def test_the_aiohttp_backend_refuses_http2_and_socks_proxies_and_trio(h2_origin: H2Origin) -> None:
    with pytest.raises(errors.ConfigurationError, match=r"HTTP/1\.1 only"):
        make_client(async_backend="aiohttp", httpx_args={"http2": True}).get_async_httpx_client()
    # the same settings with http2 for the sync client only: it speaks HTTP/2, aiohttp HTTP/1.1
    both = make_client(
        base_url=h2_origin.url,
        verify_ssl=False,
        async_backend="aiohttp",
        httpx_args={"http2": True},
        httpx_async_args={"http2": False},
    )
    assert isinstance(call("sync", both), Workflow)
    assert isinstance(call("asyncio", both), Workflow)
    assert h2_origin.protocols == ["HTTP/2", "HTTP/1.1"]
    with pytest.raises(errors.ConfigurationError, match="socks5"):
        make_client(async_backend="aiohttp", httpx_args={"proxy": "socks5://127.0.0.1:9"}).get_async_httpx_client()

    async def under_trio() -> None:
        await create_workflow.asyncio(WORKSPACE_SID, client=make_client(async_backend="aiohttp"), body=request_body())

    with pytest.raises(errors.ConfigurationError, match="asyncio only"):
        trio.run(under_trio)


def test_an_ssl_context_shared_with_an_http2_sync_client_is_refused_for_aiohttp(h2_origin: H2Origin) -> None:
    """``verify_ssl`` an SSLContext (one trusting a private CA), HTTP/2 for the sync client only:
    httpx's HTTP/2 transport offers h2 on the context it is given, so aiohttp, sharing it, would
    offer h2 too and could not speak what the server chose. Refused when the async client is built,
    with what to do; with a context of its own the async client speaks HTTP/1.1 and the sync client
    HTTP/2, to a server offering both."""
    shared = make_client(
        base_url=h2_origin.url,
        verify_ssl=h2_origin.trusted,
        async_backend="aiohttp",
        httpx_args={"http2": True},
        httpx_async_args={"http2": False},
    )
    with pytest.raises(errors.ConfigurationError, match=r"httpx_async_args=\{'verify'"):
        call("asyncio", shared)
    own = make_client(
        base_url=h2_origin.url,
        verify_ssl=h2_origin.trusted,
        async_backend="aiohttp",
        httpx_args={"http2": True},
        httpx_async_args={"http2": False, "verify": ssl.create_default_context(cafile=h2_origin.cafile)},
    )
    assert isinstance(call("sync", own), Workflow)
    assert isinstance(call("asyncio", own), Workflow)
    assert h2_origin.protocols == ["HTTP/2", "HTTP/1.1"]


# --- Which backend ---------------------------------------------------------------------------------


def test_an_unknown_or_missing_backend_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(errors.ConfigurationError, match="'httpx' or 'aiohttp'"):
        make_client(async_backend="curl")
    built = make_client(async_backend="aiohttp")  # while aiohttp is there
    monkeypatch.setitem(sys.modules, "aiohttp", None)  # as if it were not installed
    monkeypatch.delitem(sys.modules, "taskrouter_client._aiohttp", raising=False)
    with pytest.raises(errors.ConfigurationError, match=r"pip install 'taskrouter-client\[aiohttp\]'"):
        make_client(async_backend="aiohttp")
    with pytest.raises(errors.ConfigurationError, match="aiohttp extra"):
        built.get_async_httpx_client()


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
    """Beyond what ``import httpx`` itself loads (httpx 0.27 imports both; 0.28 neither), importing
    the package and building a client loads neither, nor the models of other operations."""
    code = (
        "import sys\n"
        "import httpx\n"
        "before = {'anyio', 'asyncio'} & set(sys.modules)\n"
        "from taskrouter_client import AuthenticatedClient\n"
        "from taskrouter_client.api.workflows import create_workflow\n"
        "from taskrouter_client.models import CreateWorkflowRequest\n"
        "AuthenticatedClient.from_auth_token('AC1', 'x')\n"
        "assert {'anyio', 'asyncio'} & set(sys.modules) == before, sorted(sys.modules)\n"
        "assert 'taskrouter_client.models.workflow_page' not in sys.modules, sorted(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONPATH": GENERATED})


# --- Mounts and transports of your own -----------------------------------------------------------


class SyncOnly(httpx.BaseTransport):
    """A transport for sync clients only, answering with ``handler``; ``requests`` keeps each."""

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response]) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_mounted_transport_is_retried_through(mode: str) -> None:
    mounted = Recorder(answers(busy(), created()))
    client = make_client(retry=NO_WAIT, httpx_args={"mounts": {"https://taskrouter.twilio.com": mounted}})
    assert isinstance(call(mode, client), Workflow)
    assert len(mounted.requests) == 2


def test_sync_and_async_transports_are_given_separately_and_wrapped() -> None:
    """A sync-only transport in ``httpx_args`` serves (and is retried through on) the sync client;
    async calls then need one of their own in ``httpx_async_args``, also retried through."""
    sync_only = SyncOnly(answers(busy(), created()))
    client = make_client(retry=NO_WAIT, httpx_args={"transport": sync_only})
    assert isinstance(call("sync", client), Workflow)
    assert len(sync_only.requests) == 2
    with pytest.raises(errors.ConfigurationError, match="httpx_async_args"):
        call("asyncio", client)
    recorder = Recorder(answers(busy(), created()))
    both = make_client(retry=NO_WAIT, httpx_args={"transport": sync_only}, httpx_async_args={"transport": recorder})
    assert isinstance(call("asyncio", both), Workflow)
    assert len(recorder.requests) == 2 and len(sync_only.requests) == 2


# --- Headers -------------------------------------------------------------------------------------


def test_accept_and_user_agent() -> None:
    recorder = Recorder(lambda request: created())
    call("asyncio", make_client(recorder))
    request = recorder.requests[0]
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"] == USER_AGENT
    version = re.escape(PACKAGE_VERSION)
    assert re.fullmatch(rf"taskrouter-client/{version} \(Python 3\.\d+\.\d+\S*; \S+ \S+\) httpx/\S+", USER_AGENT)


def test_headers_given_to_the_client_are_sent_and_can_replace_the_defaults() -> None:
    recorder = Recorder(lambda request: created())
    client = make_client(recorder, headers={"User-Agent": "mine/1.0"}).with_headers({"X-Team": "sales"})
    call("sync", client)
    assert recorder.requests[0].headers["User-Agent"] == "mine/1.0"
    assert recorder.requests[0].headers["X-Team"] == "sales"


CLIENT_HEADERS = {"X-A": "client", "X-Keep": "kept"}
CALL_HEADER_NAMES = st.sampled_from(["X-A", "x-a", "X-a", "User-Agent", "user-agent", "ACCEPT", "accept", "X-New"])
CALL_HEADER_VALUES = st.text(alphabet=string.ascii_letters + string.digits + " \t-/;=", max_size=5)


@given(st.dictionaries(CALL_HEADER_NAMES, CALL_HEADER_VALUES, max_size=5))
def test_a_calls_headers_replace_the_clients_of_the_same_name_in_any_spelling(call_headers: dict[str, str]) -> None:
    """A call's ``headers=`` replace every header of the client (its own and the defaults) of the
    same name, however either spells it, all of the call's being sent in their order; the
    client's other headers are kept."""
    recorder = Recorder(lambda request: httpx.Response(200, json=WORKFLOW_FULL), judge=False)
    client = make_client(recorder, headers=CLIENT_HEADERS)
    with client:
        fetch_workflow.sync_detailed(WORKSPACE_SID, WORKFLOW_SID, client=client, headers=call_headers)
    sent = recorder.requests[-1].headers
    clients = {**CLIENT_HEADERS, "Accept": "application/json", "User-Agent": USER_AGENT}
    for name in [*clients, "X-New"]:
        given_for_it = [value for key, value in call_headers.items() if key.lower() == name.lower()]
        assert sent.get_list(name) == (given_for_it or ([clients[name]] if name in clients else [])), name


def test_a_users_own_httpx_client_is_used_as_given() -> None:
    # The user's own httpx client carries none of ours (not even auth): the spec's check is off.
    recorder = Recorder(lambda request: created(), judge=False)
    client = make_client().set_httpx_client(httpx.Client(base_url="https://proxy.example", transport=recorder))
    call("sync", client)
    assert str(recorder.requests[0].url).startswith("https://proxy.example/v1/")
    async_recorder = Recorder(lambda request: created(), judge=False)

    async def run() -> Workflow:
        async_client = make_client().set_async_httpx_client(
            httpx.AsyncClient(base_url="https://proxy.example", transport=async_recorder)
        )
        async with async_client:
            return await create_workflow.asyncio(WORKSPACE_SID, client=async_client, body=request_body())

    assert isinstance(asyncio.run(run()), Workflow)
    assert len(async_recorder.requests) == 1
    assert str(async_recorder.requests[0].url).startswith("https://proxy.example/v1/")


# --- What httpx's send does: hooks, cookies, redirects, auth, parameters --------------------------


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
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
    detailed(mode, client, create_workflow, WORKSPACE_SID, body=request_body())
    assert seen == ["POST"]


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_cookies_are_sent(mode: str) -> None:
    recorder = Recorder(answer)
    fetch(mode, make_client(recorder, cookies={"affinity": "a1"}))
    assert recorder.requests[0].headers["Cookie"] == "affinity=a1"


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_cookie_the_api_sets_is_kept_and_sent_back_as_httpx_does(mode: str) -> None:
    """A Set-Cookie (a load balancer's sticky cookie) goes in the jar and is sent back."""

    def with_cookie(request: httpx.Request) -> httpx.Response:
        response = answer(request)
        response.headers["Set-Cookie"] = "tracking=1; Path=/"
        return response

    recorder = Recorder(with_cookie)
    client = make_client(recorder)

    async def twice() -> None:
        async with client:
            for _ in range(2):
                await fetch_workflow.asyncio_detailed(WORKSPACE_SID, WORKFLOW_SID, client=client)

    if mode == "sync":
        with client:
            for _ in range(2):
                fetch_workflow.sync_detailed(WORKSPACE_SID, WORKFLOW_SID, client=client)
    else:
        asyncio.run(twice())
    assert [r.headers.get("Cookie") for r in recorder.requests] == [None, "tracking=1"]


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_redirects_are_followed_when_asked(mode: str) -> None:
    def moved(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/old"):
            return httpx.Response(307, headers={"Location": request.url.path.removesuffix("/old")})
        return answer(request)

    recorder = Recorder(moved, judge=False)
    client = make_client(recorder, follow_redirects=True)
    path = f"{PATH}/{WORKFLOW_SID}"
    response = raw(mode, client, "get", path + "/old")
    assert response.status_code == 200 and [r.url.path for r in recorder.requests] == [path + "/old", path]


def test_an_unfollowed_redirect_has_its_next_request() -> None:
    recorder = Recorder(lambda request: httpx.Response(302, headers={"Location": "/v1/elsewhere"}), judge=False)
    response = raw("sync", make_client(recorder), "get", "/v1/x")
    assert response.next_request is not None
    assert response.next_request.url.path == "/v1/elsewhere"


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_redirect_loop_is_a_network_error(mode: str) -> None:
    def loop(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": request.url.path})

    client = make_client(Recorder(loop, judge=False), follow_redirects=True)
    with pytest.raises(errors.NetworkError, match="TooManyRedirects"):
        fetch(mode, client)


class _BadRedirect(QuietHandler):
    def do_GET(self) -> None:
        body = b"x" * 100
        self.send_response(302)
        self.send_header("Location", "//[::1")  # httpx: "Invalid URL in location header"
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_an_unparsable_redirect_location_gives_the_connection_back(mode: str, backend: str) -> None:
    """A 302 whose Location httpx cannot parse is a NetworkError, and its connection goes back to
    the pool: with one connection allowed, the next call gets it (no PoolTimeout)."""
    server = LoopbackServer(_BadRedirect)
    client = Client(
        base_url=server.url,
        retry=RetryPolicy(max_retries=0),
        timeout=httpx.Timeout(5.0, pool=1.0),
        async_backend=backend,
        httpx_args={"limits": httpx.Limits(max_connections=1)},
    )

    def outcome(error: errors.TaskRouterError) -> str:
        return type(error).__name__ + ": " + str(error).split(":")[1].strip()

    async def acall() -> str:
        try:
            await asend(client, "get", "/v1/x")
        except errors.TaskRouterError as exc:
            return outcome(exc)
        return "ok"

    async def arun() -> list[str]:
        async with client:
            return [await acall() for _ in range(2)]

    def scall() -> str:
        try:
            send(client, "get", "/v1/x")
        except errors.TaskRouterError as exc:
            return outcome(exc)
        return "ok"

    try:
        if mode == "sync":
            with client:
                results = [scall() for _ in range(2)]
        else:
            results = asyncio.run(arun())
    finally:
        server.stop()
    assert results == ["NetworkError: RemoteProtocolError"] * 2


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_an_auth_flow_of_your_own_runs(mode: str) -> None:
    class Signed(httpx.Auth):
        def auth_flow(self, request: httpx.Request) -> Any:
            request.headers["X-Signature"] = "signed:" + request.method
            yield request

    recorder = Recorder(answer, judge=False)  # the spec asks for Basic
    fetch(mode, make_client(recorder, httpx_args={"auth": Signed()}))
    assert recorder.requests[0].headers["X-Signature"] == "signed:GET"
    assert "Authorization" not in recorder.requests[0].headers


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_client_wide_query_parameters_are_sent(mode: str) -> None:
    recorder = Recorder(answer, judge=False)
    fetch(mode, make_client(recorder, httpx_args={"params": {"Region": "x"}}))
    assert recorder.requests[0].url.params["Region"] == "x"


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_body_that_is_not_its_content_encoding_is_a_package_error(mode: str) -> None:
    def bad_gzip(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}, content=b"not gzip"
        )

    with pytest.raises(errors.TaskRouterError):
        fetch(mode, make_client(Recorder(bad_gzip, judge=False)))


# --- Instrumentation that wraps httpx's send (Sentry, ddtrace) -------------------------------------


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_wrapped_httpx_send_still_runs(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """sentry_sdk's HttpxIntegration and ddtrace's httpx integration wrap ``httpx.Client.send`` /
    ``httpx.AsyncClient.send`` to open a span and add trace-propagation headers: every call goes
    through them."""
    ran: list[str] = []
    real_send, real_asend = httpx.Client.send, httpx.AsyncClient.send

    @functools.wraps(real_send)
    def sync_send(self: httpx.Client, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        ran.append("sync")
        request.headers["sentry-trace"] = "trace-1"
        return real_send(self, request, **kwargs)

    @functools.wraps(real_asend)
    async def async_send(self: httpx.AsyncClient, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        ran.append("async")
        request.headers["sentry-trace"] = "trace-1"
        return await real_asend(self, request, **kwargs)

    monkeypatch.setattr(httpx.Client, "send", sync_send)
    monkeypatch.setattr(httpx.AsyncClient, "send", async_send)
    recorder = Recorder(answer, judge=False)
    fetch(mode, make_client(recorder))
    assert ran == ["sync" if mode == "sync" else "async"]
    assert recorder.requests[0].headers.get("sentry-trace") == "trace-1"


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_tracing_wrapper_added_after_the_first_calls_runs(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Instrumentation added once the client has made calls (ddtrace wraps httpx's send with
    ``wrapt``, whose wrappers compare and hash equal to the function they wrap): the next call
    goes through the wrapper."""
    recorder = Recorder(lambda request: httpx.Response(200, json={}), judge=False)
    client = make_client(recorder)
    cls: Any = httpx.Client if mode == "sync" else httpx.AsyncClient
    monkeypatch.setattr(cls, "send", cls.__dict__["send"])  # put back after the test
    seen: list[str] = []

    def tracer(wrapped: Any, instance: Any, args: Any, kwargs: Any) -> Any:
        seen.append(args[0].url.path)
        return wrapped(*args, **kwargs)

    async def two_calls() -> None:
        async with client:
            await asend(client, "get", "/v1/before")
            wrapt.wrap_function_wrapper(cls, "send", tracer)
            await asend(client, "get", "/v1/after")

    if mode == "sync":
        with client:
            send(client, "get", "/v1/before")
            wrapt.wrap_function_wrapper(cls, "send", tracer)
            send(client, "get", "/v1/after")
    else:
        asyncio.run(two_calls())
    assert seen == ["/v1/after"]
