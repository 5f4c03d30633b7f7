"""Helpers shared by the tests: a transport that keeps every exchange, the four ways to call an
endpoint, and openapi-core validation of httpx requests and answers against openapi.yaml."""

from __future__ import annotations

import asyncio
import hashlib
import importlib
import os
import shutil
import ssl
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import yaml
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from scenarios import REQUEST_FIELDS, TEST_PASSWORD, TEST_USERNAME, WORKSPACE_SID
from taskrouter_client import AuthenticatedClient, Client
from taskrouter_client._request import ApiRequest
from taskrouter_client.api.workflows import create_workflow
from taskrouter_client.client import RetryPolicy
from taskrouter_client.models import CreateWorkflowRequest, Workflow
from taskrouter_client.types import Response

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"
MODES = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sits under the client's retrying transport and keeps each attempt's request and answer.
    By default it sends through httpx's real transports (which vcrpy replays from cassettes).

    The spec judges every request it sees (openapi-core), unless ``judge=False`` for a test
    that sends a spec-breaking request on purpose."""

    def __init__(self, handler: Handler | None = None, *, judge: bool = True, openapi: OpenAPI | None = None) -> None:
        self.judge = judge
        self.openapi = openapi
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []
        self._sync: httpx.BaseTransport = httpx.MockTransport(handler) if handler else httpx.HTTPTransport()
        self._async: httpx.AsyncBaseTransport = httpx.MockTransport(handler) if handler else httpx.AsyncHTTPTransport()

    @property
    def requests(self) -> list[httpx.Request]:
        return [request for request, _ in self.exchanges]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        if self.judge:
            validate_request(request, any_host=True, openapi=self.openapi)
        response = self._sync.handle_request(request)
        response.read()
        self.exchanges.append((request, response))
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        if self.judge:
            validate_request(request, any_host=True, openapi=self.openapi)
        response = await self._async.handle_async_request(request)
        await response.aread()
        self.exchanges.append((request, response))
        return response

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler speaking HTTP/1.1 (keep-alive) that logs nothing."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass


class LoopbackServer:
    """``handler`` served on a free 127.0.0.1 port, one thread per connection, at ``url``."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def named_bytes(name: str, size: int) -> bytes:
    """``size`` bytes made from ``name``, differing from any other name's at every offset (bodies
    that show which call an answer went to)."""
    seed = hashlib.sha256(name.encode()).digest()
    return (seed * (size // len(seed) + 1))[:size]


def tls_loopback_server(handler: type[BaseHTTPRequestHandler], folder: Path) -> tuple[LoopbackServer, ssl.SSLContext]:
    """``handler`` served over TLS at ``https://127.0.0.1:PORT``, with a self-signed certificate
    for 127.0.0.1 made by openssl in ``folder``, and a client context trusting it."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.fail("openssl is needed to make the test certificate")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    server = LoopbackServer(handler)
    serving = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    serving.load_cert_chain(cert, key)
    server.httpd.socket = serving.wrap_socket(server.httpd.socket, server_side=True)
    server.url = server.url.replace("http://", "https://")
    return server, ssl.create_default_context(cafile=str(cert))


def send(client: Client, method: str, url: str, *, timeout: Any = None, **request: Any) -> httpx.Response:
    """One call through the client's own send path, as every endpoint function sends (its pools,
    retries, deadline, error translation): ``request`` holds ``ApiRequest``'s keywords (``params``,
    ``headers``, ``data``, ``json``, ``content``, ``content_type``). For the runtime's tests, which
    need paths and answers no operation has."""
    return client._send(ApiRequest(method, url, **request), timeout)


async def asend(client: Client, method: str, url: str, *, timeout: Any = None, **request: Any) -> httpx.Response:
    """The async twin of :func:`send`."""
    return await client._asend(ApiRequest(method, url, **request), timeout)


def make_client(recorder: Recorder | None = None, **kwargs: Any) -> AuthenticatedClient:
    kwargs.setdefault("retry", RetryPolicy(max_retries=0))
    httpx_args = kwargs.pop("httpx_args", {})
    if recorder is not None:
        httpx_args["transport"] = recorder
    return AuthenticatedClient(username=TEST_USERNAME, password=TEST_PASSWORD, httpx_args=httpx_args, **kwargs)


def request_body(**overrides: Any) -> CreateWorkflowRequest:
    return CreateWorkflowRequest(**(REQUEST_FIELDS | overrides))


def call(
    mode: str,
    client: AuthenticatedClient,
    body: CreateWorkflowRequest | None = None,
    workspace_sid: str = WORKSPACE_SID,
    **kwargs: Any,
) -> Workflow | Response[Any]:
    """Create a workflow the way ``mode`` names (each call on a fresh event loop for async)."""
    body = body if body is not None else request_body()
    function = getattr(create_workflow, mode)
    if mode.startswith("asyncio"):

        async def run() -> Any:
            async with client:
                return await function(workspace_sid, client=client, body=body, **kwargs)

        result: Any = asyncio.run(run())
    else:
        with client:
            result = function(workspace_sid, client=client, body=body, **kwargs)
    assert isinstance(result, Workflow | Response)
    return result


# --- openapi-core adapters (openapi-core ships none for httpx) ---------------------------------


SPEC_SERVER = "https://taskrouter.twilio.com"


class OpenAPIRequest:
    def __init__(self, request: httpx.Request, host_url: str | None = None) -> None:
        url = urlsplit(str(request.url))
        self.host_url = host_url or f"{url.scheme}://{url.netloc}"
        self.path = url.path
        self.method = request.method.lower()
        self.body: bytes | None = request.content or None
        self.content_type = request.headers.get("Content-Type", "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qs(url.query)),
            header=Headers(dict(request.headers)),
            cookie=ImmutableMultiDict(),
        )


class OpenAPIResponse:
    def __init__(self, response: httpx.Response) -> None:
        self.data = response.content
        self.status_code = response.status_code
        self.content_type = response.headers.get("Content-Type", "")
        self.headers = Headers(dict(response.headers))


@cache
def spec() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC_PATH))


def validate_request(request: httpx.Request, *, any_host: bool = False, openapi: OpenAPI | None = None) -> None:
    """Raise openapi-core's error if the request breaks openapi.yaml (or ``openapi``): its server
    URL too, unless ``any_host`` (a regional host, a local stand-in) judges only path, headers and
    body."""
    (openapi or spec()).validate_request(OpenAPIRequest(request, SPEC_SERVER if any_host else None))


def validate_response(request: httpx.Request, response: httpx.Response, *, openapi: OpenAPI | None = None) -> None:
    (openapi or spec()).validate_response(OpenAPIRequest(request), OpenAPIResponse(response))


@contextmanager
def generated_package(spec: Mapping[str, Any], name: str, work: Path) -> Iterator[ModuleType]:
    """The package `make generate`'s command, settings and templates make from ``spec`` (in
    ``work``), imported as ``{name}_client`` while the block runs, then forgotten."""
    package = f"{name}_client"
    spec_path = work / f"{name}.yaml"
    spec_path.write_text(yaml.safe_dump(dict(spec)))
    config = yaml.safe_load((ROOT / "generator-config.yaml").read_text())
    config |= {"project_name_override": f"{name}-client", "package_name_override": package}
    config.pop("package_version_override", None)
    config["post_hooks"] = [hook.replace("taskrouter_client", package) for hook in config["post_hooks"]]
    (work / "config.yaml").write_text(yaml.safe_dump(config))
    venv_bin = str(ROOT / ".venv" / "bin")
    env = os.environ | {
        "TASKROUTER_ROOT": str(ROOT),
        "TASKROUTER_SPEC": str(spec_path),
        "PATH": venv_bin + os.pathsep + os.environ["PATH"],
    }
    command = [
        str(Path(venv_bin) / "openapi-python-client"),
        "generate",
        "--path",
        str(spec_path),
        "--config",
        str(work / "config.yaml"),
        "--meta",
        "uv",
        "--custom-template-path",
        str(ROOT / "templates"),
        "--output-path",
        str(work / "out"),
        "--fail-on-warning",
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(work / "out"))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(work / "out"))
        for module in [m for m in sys.modules if m == package or m.startswith(f"{package}.")]:
            del sys.modules[module]
        shutil.rmtree(work / "out", ignore_errors=True)
